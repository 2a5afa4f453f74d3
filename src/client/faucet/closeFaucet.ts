// spec: economy §5.3 (`close_faucet` by the creator, `dissolve_faucet` by Root), tooling §1.7.8
import { toAddress } from '../common/convert.js';
import type { AccountInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Closes a nearly empty faucet; creator only (`EncointerFaucet.close_faucet`). */
export const closeFaucet = (
  conn: Connection,
  p: { signer: SignerInput; faucet: AccountInput } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerFaucet.close_faucet({ faucet_account: toAddress(p.faucet, 'faucet') }),
    p.signer,
    p,
  );

/** Dissolves a faucet and pays out its balance (`EncointerFaucet.dissolve_faucet`, Root: wrapped in Sudo). */
export const dissolveFaucet = async (
  conn: Connection,
  p: {
    signer: SignerInput;
    faucet: AccountInput;
    beneficiary: AccountInput;
    wrap?: WrapCall;
  } & SubmitOptions,
): Promise<IncludedExtrinsic> => {
  const call = conn.api.tx.EncointerFaucet.dissolve_faucet({
    faucet_account: toAddress(p.faucet, 'faucet'),
    beneficiary: toAddress(p.beneficiary, 'beneficiary'),
  });
  return submitExtrinsic(conn, await wrapPrivileged(conn, call, p.wrap), p.signer, p);
};
