// spec: tooling §1.5 (privileged call wrapping: automatic rule, `-w/--wrap-call`)
import { getChainMetadata } from '../common/metadata.js';
import type { UnsafeTransaction } from '../common/unsafeApi.js';
import type { Connection } from '../connection/connect.js';
import { UnsupportedByChainError } from './errors.js';

/** `auto`: Sudo when the chain has it, else the plain call; `sudo`: must wrap; `none`: never wrap. */
export type WrapCall = 'auto' | 'sudo' | 'none';

/**
 * Wraps a call for a privileged origin: `Sudo.sudo(call)` on chains with a Sudo pallet (dev chains). Throws
 * UnsupportedByChainError for `sudo` on a chain without Sudo (the parachain's collective path is not implemented).
 */
export const wrapPrivileged = async (
  conn: Connection,
  tx: UnsafeTransaction,
  wrap: WrapCall = 'auto',
): Promise<UnsafeTransaction> => {
  if (wrap === 'none') return tx;
  const hasSudo = (await getChainMetadata(conn)).hasPallet('Sudo');
  if (!hasSudo) {
    if (wrap === 'sudo') {
      throw new UnsupportedByChainError(
        'Sudo pallet',
        'submit the call through governance (e.g. the council)',
      );
    }
    return tx;
  }
  return conn.api.tx.Sudo.sudo({ call: tx.decodedCall });
};
