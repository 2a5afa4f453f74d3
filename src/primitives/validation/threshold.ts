// spec: ceremonies §7.8 (threshold), §9.12 (simplified threshold of the unit vectors)
import type { AttestationThreshold } from './types.js';

/** The pallet's threshold: `max(n > 5 ? n − 2 : n − 1, 1)`. */
export const palletThreshold: AttestationThreshold = (n) => Math.max(n > 5 ? n - 2 : n - 1, 1);

/** The simplified threshold `n − 1` used by the reference's unit vectors (§9.12); not used on chain. */
export const simplifiedThreshold: AttestationThreshold = (n) => n - 1;
