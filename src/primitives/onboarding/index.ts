// spec: economy §9 — permissionless community onboarding: weights, federated passing test, registration checks
export * from './application.js';
export * from './decision.js';
export * from './errors.js';
export * from './exponent.js';
export * from './federatedPassing.js';
export * from './iroot.js';
export * from './registration.js';
export * from './snapshot.js';
export * from './weight.js';
