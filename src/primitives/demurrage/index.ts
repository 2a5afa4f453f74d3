export { applyDemurrage, type BalanceEntry } from './applyDemurrage.js';
export { demurrageFactor } from './demurrageFactor.js';
export { lnScaled } from './naturalLog.js';
export { DEFAULT_DEMURRAGE, rateFromHalfLife, rateFromRetainedFraction } from './rate.js';
