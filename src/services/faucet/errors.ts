// spec: tooling §4.2 (HTTP API; here with 4xx/503 JSON errors instead of Flask's 200/500)
import { EncointerError } from '../../primitives/common/errors.js';

/** Why a funding request was refused or failed; `code` is the `error` field of the JSON answer. */
export type FaucetErrorCode =
  | 'NoAccounts'
  | 'InvalidAddress'
  | 'TooManyAccounts'
  | 'OverCap'
  | 'FunderDry'
  | 'FundingFailed';

const STATUS: Readonly<Record<FaucetErrorCode, number>> = {
  NoAccounts: 400,
  InvalidAddress: 400,
  TooManyAccounts: 400,
  OverCap: 403,
  FunderDry: 503,
  FundingFailed: 502,
};

/**
 * A refused or failed funding request: `status` is the HTTP status, `body` the extra JSON fields of the answer
 * (for a partial failure: what was funded and what was not).
 */
export class FaucetError extends EncointerError {
  readonly code: FaucetErrorCode;
  readonly status: number;
  readonly body: Readonly<Record<string, unknown>>;

  constructor(code: FaucetErrorCode, message: string, body: Readonly<Record<string, unknown>> = {}) {
    super(code, message);
    this.code = code;
    this.status = STATUS[code];
    this.body = body;
  }
}
