// spec: ceremonies §7.5 (`endorse_newcomer`), tooling §1.7.4 (`participant endorse`, one extrinsic per endorsee)
import { toAddress, toPapiCid } from '../common/convert.js';
import type { AccountInput, CidInput } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

/** Endorses a newcomer with one of the signer's tickets (`EncointerCeremonies.endorse_newcomer`). */
export const endorseNewcomer = (
  conn: Connection,
  p: { cid: CidInput; signer: SignerInput; newbie: AccountInput } & SubmitOptions,
): Promise<IncludedExtrinsic> =>
  submitExtrinsic(
    conn,
    conn.api.tx.EncointerCeremonies.endorse_newcomer({
      cid: toPapiCid(p.cid),
      newbie: toAddress(p.newbie, 'newbie'),
    }),
    p.signer,
    p,
  );
