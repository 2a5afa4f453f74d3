// spec: economy §1.4 (decimal text → fixed, ties to even), tooling §1.3 (CC amounts as decimal strings)

import { parseFixed } from '../../primitives/fixed/decimal.js';
import { U64F64 } from '../../primitives/fixed/fixed.js';

/** A CC amount: U64F64 bits, or decimal text such as `"0.5"`. */
export type CcAmount = bigint | string;

export const ccAmountBits = (amount: CcAmount, field = 'amount'): bigint =>
  typeof amount === 'bigint' ? amount : parseFixed(U64F64, amount, field);
