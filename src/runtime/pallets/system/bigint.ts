/** min/max for bigints (`Math.min` and `Math.max` throw on bigint arguments). */

export const minBigint = (a: bigint, b: bigint): bigint => (a < b ? a : b);

export const maxBigint = (a: bigint, b: bigint): bigint => (a > b ? a : b);
