// spec: ceremonies §6.2 — community identifiers: compute, compare, string and JSON forms
export * from './cidString.js';
export * from './communityIdentifier.js';
export * from './computeCid.js';
export * from './crc32Cksum.js';
