// spec: ceremonies §7.8 — meetup validation: who gets rewarded, exclusion reasons, early payout
export * from './attestations.js';
export * from './earlyPayout.js';
export * from './localIndices.js';
export * from './meetupValidation.js';
export * from './threshold.js';
export * from './types.js';
export * from './votes.js';
