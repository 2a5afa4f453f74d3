// spec: economy §6.7 — democracy passing test (minimum turnout + adaptive quorum biasing)
export * from './passing.js';
