// spec: tooling §1.5 (dispatch results), §1.6 (exit codes), §12 item 4 (decode module errors)
import { EncointerError } from '../../primitives/common/errors.js';
import type { BlockInfo, HexString } from '../common/types.js';

/** A dispatch error resolved against the metadata: `pallet` is set for module errors. */
export interface DispatchErrorInfo {
  /** The `DispatchError` variant: `Module`, `BadOrigin`, `Token`, `Arithmetic`, … */
  readonly kind: string;
  readonly pallet: string | undefined;
  /** The pallet error variant (`AttestationPhaseRequired`) or the runtime error (`BadOrigin`, `FundsUnavailable`). */
  readonly error: string;
  /** The error's doc lines from the metadata. */
  readonly docs: readonly string[];
}

/** One event of an extrinsic, as papi decoded it. */
export interface ChainEvent {
  readonly pallet: string;
  readonly name: string;
  readonly value: unknown;
}

/** Where and how an extrinsic was included. */
export interface IncludedExtrinsic {
  readonly txHash: HexString;
  readonly block: BlockInfo & { readonly index: number };
  readonly events: readonly ChainEvent[];
}

const describe = (info: DispatchErrorInfo): string =>
  `${info.pallet === undefined ? '' : `${info.pallet}.`}${info.error}${
    info.docs.length > 0 ? `: ${info.docs.join(' ').trim()}` : ''
  }`;

/**
 * The extrinsic was included but its dispatch failed (`System.ExtrinsicFailed`, or a failed `Sudo.Sudid` result).
 * `name` is the error variant, e.g. `AttestationPhaseRequired`; the fee was paid.
 */
export class ExtrinsicFailedError extends EncointerError {
  readonly pallet: string | undefined;
  readonly error: string;
  readonly docs: readonly string[];
  readonly dispatchError: DispatchErrorInfo;
  readonly included: IncludedExtrinsic;
  /** True when the outer extrinsic succeeded but the call wrapped in `Sudo.sudo` failed. */
  readonly viaSudo: boolean;

  constructor(info: DispatchErrorInfo, included: IncludedExtrinsic, viaSudo = false) {
    super(info.error, `extrinsic failed${viaSudo ? ' (inside sudo)' : ''}: ${describe(info)}`, [
      `transaction ${included.txHash} in block #${included.block.number} ${included.block.hash}`,
    ]);
    this.pallet = info.pallet;
    this.error = info.error;
    this.docs = info.docs;
    this.dispatchError = info;
    this.included = included;
    this.viaSudo = viaSudo;
  }
}

const VALIDITY_HINTS: Readonly<Record<string, string>> = {
  Payment: 'the signer cannot pay the fee: fund the account first (e.g. `encointer account fund`)',
  Stale: 'the nonce was already used: another transaction of this signer got in first',
  Future: 'the nonce is ahead of the account: an earlier transaction of this signer is missing',
  BadProof: 'the signature does not verify: wrong key, or a chain with another genesis/runtime',
  AncientBirthBlock: 'the transaction references a block the chain no longer knows',
  ExhaustsResources: 'the block is full: retry later or send fewer calls at once',
  Call: 'the call cannot be dispatched in the current state',
  BadSigner: 'this signer may not send this call',
  Custom: 'rejected by a runtime check',
};

/** The node refused the transaction before inclusion (transaction pool validity). */
export class TransactionRejectedError extends EncointerError {
  /** The validity error path, e.g. `Invalid.Payment`. */
  readonly reason: string;

  constructor(reason: string, detail?: string) {
    const leaf = reason.split('.').at(-1) ?? reason;
    const hint = VALIDITY_HINTS[leaf];
    super(
      'TransactionRejected',
      `the node rejected the transaction: ${reason}${hint ? ` — ${hint}` : ''}`,
      detail ? [detail] : [],
    );
    this.reason = reason;
  }
}

/** The transaction was not included within the time allowed. */
export class TransactionTimeoutError extends EncointerError {
  readonly txHash: HexString | undefined;

  constructor(timeoutMs: number, txHash: HexString | undefined) {
    super(
      'TransactionTimeout',
      `the transaction${txHash ? ` ${txHash}` : ''} was not included within ${timeoutMs} ms; is the node producing blocks?`,
    );
    this.txHash = txHash;
  }
}

/** The chain lacks what a helper needs (a pallet, a call, a runtime API). */
export class UnsupportedByChainError extends EncointerError {
  constructor(what: string, hint?: string) {
    super('UnsupportedByChain', `this chain has no ${what}${hint ? `; ${hint}` : ''}`);
  }
}
