// spec: economy §5.3 (`create_faucet`), tooling §1.7.8 (`faucet create`)
import { textToBytes, toPapiCid } from '../common/convert.js';
import type { Address, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface CreateFaucetParameters extends SubmitOptions {
  signer: SignerInput;
  name: string;
  /** Native base units moved into the faucet. */
  amount: bigint;
  /** Native base units per drip (must exceed the existential deposit). */
  dripAmount: bigint;
  /** Communities whose reputation may drip; undefined: all. */
  whitelist?: readonly CidInput[] | undefined;
}

export interface CreateFaucetReturnType extends IncludedExtrinsic {
  /** From `FaucetCreated`. */
  readonly faucet: Address | undefined;
}

/** Creates a native-token faucet (`EncointerFaucet.create_faucet`); the creator also reserves the deposit. */
export const createFaucet = async (
  conn: Connection,
  p: CreateFaucetParameters,
): Promise<CreateFaucetReturnType> => {
  const included = await submitExtrinsic(
    conn,
    conn.api.tx.EncointerFaucet.create_faucet({
      name: textToBytes(p.name),
      amount: p.amount,
      whitelist: p.whitelist?.map((c) => toPapiCid(c)),
      drip_amount: p.dripAmount,
    }),
    p.signer,
    p,
  );
  const e = findEvent(included, 'EncointerFaucet', 'FaucetCreated');
  return { ...included, faucet: e === undefined ? undefined : ((e.value as unknown[])[0] as Address) };
};
