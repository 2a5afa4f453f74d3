// spec: economy §5.2 (faucet_account = blake2_256(SCALE(PalletId ‖ name as Vec<u8>)))
import { concatBytes } from '../../primitives/common/bytes.js';
import { InvalidInputError } from '../../primitives/common/errors.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { ss58Encode } from '../../primitives/common/ss58.js';
import { textToBytes } from '../common/convert.js';

/** The pallet id of both Encointer runtimes. */
export const FAUCET_PALLET_ID = 'ectrfct0';

const compactLength = (n: number): Uint8Array => {
  if (n < 64) return Uint8Array.of(n << 2);
  if (n < 16_384) return Uint8Array.of(((n << 2) | 1) & 0xff, n >> 6);
  throw new InvalidInputError('name', `faucet names are at most 64 bytes, got ${n}`);
};

/**
 * The account of a faucet named `name`: blake2_256 of the SCALE-encoded (length-prefixed) `PalletId ‖ name`.
 * @example faucetAccount('FaucetNumberOne') // '5Dq3XugU1atZM8QGHxg2KfZahm2CzuBUDp8XyxL9wn8Q8Yx3'
 */
export const faucetAccount = (name: string, palletId = FAUCET_PALLET_ID): string => {
  const id = concatBytes(textToBytes(palletId), textToBytes(name));
  return ss58Encode(blake2_256(concatBytes(compactLength(id.length), id)));
};
