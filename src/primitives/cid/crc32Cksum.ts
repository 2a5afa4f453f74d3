// spec: ceremonies §6.2 (CRC-32/CKSUM of the SCALE bootstrapper list)
// Written here rather than taken from a library: the common CRC-32 packages implement the reflected
// CRC-32/ISO-HDLC, not the POSIX cksum variant the CID digest uses.

const POLY = 0x04c11db7;

const TABLE: Uint32Array = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 24;
    for (let k = 0; k < 8; k++) c = c & 0x80000000 ? (c << 1) ^ POLY : c << 1;
    t[i] = c >>> 0;
  }
  return t;
})();

/**
 * CRC-32/CKSUM: poly 0x04C11DB7, init 0, no reflection, xorout 0xFFFFFFFF (check("123456789") = 0x765E7680).
 * Unlike the `cksum` tool, no length bytes are appended.
 */
export const crc32Cksum = (data: Uint8Array): number => {
  let crc = 0;
  for (const byte of data) crc = ((crc << 8) ^ TABLE[((crc >>> 24) ^ byte) & 0xff]!) >>> 0;
  return (crc ^ 0xffffffff) >>> 0;
};
