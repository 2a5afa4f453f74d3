// spec: economy §5.3 (`set_reserve_amount`, ControllerOrigin = Root), tooling §1.7.8 (`faucet set-reserve-amount`)
import type { ReadOptions } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Sets the deposit future faucet creators reserve (`EncointerFaucet.set_reserve_amount`, wrapped in Sudo). */
export const setReserveAmount = async (
  conn: Connection,
  p: { signer: SignerInput; amount: bigint; wrap?: WrapCall } & SubmitOptions,
): Promise<IncludedExtrinsic> => {
  const call = conn.api.tx.EncointerFaucet.set_reserve_amount({ reserve_amount: p.amount });
  return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap), p.signer, p);
};

/** `EncointerFaucet.ReserveAmount`: native base units a faucet creator reserves. */
export const getReserveAmount = async (
  conn: Connection,
  { at = 'best' }: ReadOptions = {},
): Promise<bigint> => BigInt(await conn.api.query.EncointerFaucet.ReserveAmount.getValue({ at }));
