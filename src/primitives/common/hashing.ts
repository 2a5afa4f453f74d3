import { Blake2128, Blake2256, Twox128 } from '@polkadot-api/substrate-bindings';

/** BlakeTwo256: BLAKE2b with a 32-byte digest and no key (ceremonies §3). */
export const blake2_256 = (data: Uint8Array): Uint8Array => Blake2256(data);
export const blake2_128 = (data: Uint8Array): Uint8Array => Blake2128(data);
export const twox128 = (data: Uint8Array): Uint8Array => Twox128(data);
