// spec: economy §2.2 and Appendix B (community-currency balances)
import { bigInt, struct } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { BalanceType, BlockNumber } from './common.js';

/** `BalanceEntry<BlockNumber> { principal: BalanceType, last_update: BlockNumber }`: 16 + 4 bytes; default (0, 0). */
export const BalanceEntry = struct(
  ['encointer_primitives', 'balances', 'BalanceEntry'],
  {
    principal: { type: BalanceType, typeName: 'BalanceType' },
    last_update: { type: BlockNumber, typeName: 'BlockNumber' },
  },
  { params: [{ name: 'BlockNumber', type: BlockNumber }] },
);
export type BalanceEntry = ValueOf<typeof BalanceEntry>;

/** `FeeConversionFactorType`: u128. */
export const FeeConversionFactor = bigInt('u128', 'FeeConversionFactor');
export type FeeConversionFactor = ValueOf<typeof FeeConversionFactor>;
