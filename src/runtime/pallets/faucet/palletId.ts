// spec: economy §5.2 (PalletId, pallet accounts), reference-metadata-spec30 EncointerFaucet constants (PalletId)
import { fixedBytes, newtype } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import { concatBytes } from '../../../primitives/common/bytes.js';
import { InvalidInputError } from '../../../primitives/common/errors.js';
import type { AccountId } from '../../types/substrate.js';

/** `frame_support::PalletId`: 8 bytes naming a pallet's funds (`*b"ectrfct0"`). */
export const PalletId = newtype(['frame_support', 'PalletId'], { type: fixedBytes(8), typeName: '[u8; 8]' });
export type PalletId = ValueOf<typeof PalletId>;

/** The 8 ASCII bytes of a pallet id, e.g. `palletIdOf('ectrfct0')`. */
export const palletIdOf = (text: string): PalletId => {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length !== 8) throw new InvalidInputError('palletId', `a pallet id has 8 bytes, got "${text}"`);
  return bytes;
};

const MODL = new TextEncoder().encode('modl');

/** `PalletId::into_account_truncating()`: `b"modl" ‖ id ‖ zero bytes` (32 bytes). */
export const palletAccount = (id: PalletId): AccountId => {
  const out = new Uint8Array(32);
  out.set(concatBytes(MODL, id));
  return out;
};
