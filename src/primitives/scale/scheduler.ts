// spec: ceremonies §1 and §5 (scheduler types)
import { unitEnum } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';

/** Variants of `CeremonyPhaseType` in index order; the default is `Registering`. */
export const CEREMONY_PHASES = ['Registering', 'Assigning', 'Attesting'] as const;
/** `CeremonyPhaseType`: `Registering`=0, `Assigning`=1, `Attesting`=2. */
export const CeremonyPhaseType = unitEnum(
  ['encointer_primitives', 'scheduler', 'CeremonyPhaseType'],
  CEREMONY_PHASES,
);
export type CeremonyPhaseType = ValueOf<typeof CeremonyPhaseType>;
