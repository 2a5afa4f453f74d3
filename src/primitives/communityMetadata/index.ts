// spec: ceremonies §6.3, §9.11 — community metadata and demurrage validation
export * from './demurrage.js';
export * from './palletString.js';
export * from './types.js';
export * from './validate.js';
