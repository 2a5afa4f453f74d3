// spec: ceremonies §6.1, §6.4 — locations, geohash buckets and the communities pallet's distance rules
export * from './distance.js';
export * from './errors.js';
export * from './geohash.js';
export * from './location.js';
export * from './locationIndex.js';
export * from './nearbyLocations.js';
export * from './neighborBuckets.js';
export * from './validateLocation.js';
