// spec: ceremonies §5.4 (`next_phase`, scheduler origin = Root), tooling §1.5 (auto-wrap), §1.7.4 (`admin next-phase`)
import { enumType } from '../common/convert.js';
import type { CeremonyPhase } from '../common/types.js';
import type { Connection } from '../connection/connect.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import { findEvent, type SignerInput, type SubmitOptions, submitExtrinsic } from '../tx/submitExtrinsic.js';

export interface NextPhaseParameters extends SubmitOptions {
  /** The sudo key on dev chains (//Alice). */
  signer: SignerInput;
  /** Default `auto`: `Sudo.sudo(next_phase)` when the chain has Sudo. */
  wrap?: WrapCall | undefined;
}

export type NextPhaseReturnType = IncludedExtrinsic & { readonly phase: CeremonyPhase };

/**
 * Advances the ceremony phase (`EncointerScheduler.next_phase`, wrapped in Sudo) and returns the new phase.
 * @example const { phase } = await nextPhase(conn, { signer: alice }); // 'Assigning'
 */
export const nextPhase = async (conn: Connection, p: NextPhaseParameters): Promise<NextPhaseReturnType> => {
  const tx = await wrapPrivileged(conn, conn.api.tx.EncointerScheduler.next_phase(), p.wrap);
  const included = await submitExtrinsic(conn, tx, p.signer, p);
  const changed = findEvent(included, 'EncointerScheduler', 'PhaseChangedTo');
  const phase =
    changed !== undefined
      ? enumType<CeremonyPhase>(changed.value)
      : enumType<CeremonyPhase>(
          await conn.api.query.EncointerScheduler.CurrentPhase.getValue({ at: included.block.hash }),
        );
  return { ...included, phase };
};
