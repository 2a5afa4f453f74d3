// spec: ceremonies §1 (PalletString), §9.11
/** Bound of `PalletString` (`BoundedVec<u8, 256>`). */
export const PALLET_STRING_MAX = 256;

/** `PalletString::truncate_from`: keeps the first 256 bytes (genesis and test data; decoding refuses longer input). */
export const truncatePalletString = (bytes: Uint8Array): Uint8Array => bytes.slice(0, PALLET_STRING_MAX);
