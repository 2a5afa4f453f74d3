// spec: ceremonies §6.3 (CommunityMetadata::validate), §10 item 21
import { EncointerError } from '../common/errors.js';
import type { Bs58Error, CommunityMetadata, CommunityMetadataError, IpfsValidationError } from './types.js';

const MAX_NAME_LENGTH = 20;
const SYMBOL_LENGTH = 3;
const IPFS_CID_LENGTH = 46;
// QUIRK: ceremonies §10 item 21 — the reference refuses `len >= 20`, so a url has at most 19 bytes (docs say 20).
const URL_LENGTH_LIMIT = 20;
const BASE58_ALPHABET = new Set(
  Array.from('123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz', (c) => c.charCodeAt(0)),
);

/** The fields `validate` looks at; the signer and the rules are not validated. */
export type ValidatedMetadataFields = Pick<CommunityMetadata, 'name' | 'symbol' | 'assets' | 'theme' | 'url'>;

/** The metadata is invalid (communities error `InvalidCommunityMetadata`); `reason` is the reference's variant. */
export class InvalidCommunityMetadataError extends EncointerError {
  readonly reason: CommunityMetadataError;

  constructor(reason: CommunityMetadataError, explanation: string) {
    super(
      'InvalidCommunityMetadata',
      `invalid community metadata, ${formatMetadataError(reason)}: ${explanation}`,
    );
    this.reason = reason;
  }
}

/** Renders a reason the way the reference's Debug output nests it, e.g. `InvalidIpfsCid(InvalidLength(45))`. */
export function formatMetadataError(
  reason: CommunityMetadataError | IpfsValidationError | Bs58Error,
): string {
  const inner = typeof reason.value === 'number' ? String(reason.value) : formatMetadataError(reason.value);
  return `${reason.tag}(${inner})`;
}

const firstNonAscii = (bytes: Uint8Array): number => bytes.findIndex((b) => b > 127);

type Failure = [CommunityMetadataError, string];

function checkAscii(field: string, bytes: Uint8Array): Failure | undefined {
  const i = firstNonAscii(bytes);
  if (i < 0) return undefined;
  return [{ tag: 'InvalidAscii', value: i }, `${field} byte ${i} is 0x${bytes[i]!.toString(16)}, not ASCII`];
}

function checkIpfsCid(field: string, bytes: Uint8Array): Failure | undefined {
  const cid = (value: IpfsValidationError): CommunityMetadataError => ({ tag: 'InvalidIpfsCid', value });
  if (bytes.length !== IPFS_CID_LENGTH) {
    return [
      cid({ tag: 'InvalidLength', value: bytes.length }),
      `${field} must be an IPFS CID of exactly ${IPFS_CID_LENGTH} characters, got ${bytes.length}`,
    ];
  }
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b > 127) {
      const value: Bs58Error = { tag: 'NonAsciiCharacter', value: i };
      return [cid({ tag: 'InvalidBase58', value }), `${field} byte ${i} is 0x${b.toString(16)}, not ASCII`];
    }
    if (!BASE58_ALPHABET.has(b)) {
      const value: Bs58Error = { tag: 'NonBs58Character', value: i };
      const shown = JSON.stringify(String.fromCharCode(b));
      return [
        cid({ tag: 'InvalidBase58', value }),
        `${field} character ${i} (${shown}) is not in the Base58 alphabet`,
      ];
    }
  }
  return undefined;
}

/** The first rule the metadata breaks, in the reference's order, or `undefined` when it is valid. */
export function findMetadataError(meta: ValidatedMetadataFields): CommunityMetadataError | undefined {
  return firstFailure(meta)?.[0];
}

function firstFailure(meta: ValidatedMetadataFields): Failure | undefined {
  const ascii = checkAscii('name', meta.name) ?? checkAscii('symbol', meta.symbol);
  if (ascii) return ascii;
  const assets = checkIpfsCid('assets', meta.assets);
  if (assets) return assets;
  if (meta.name.length > MAX_NAME_LENGTH) {
    const n = meta.name.length;
    return [
      { tag: 'TooManyCharactersInName', value: n },
      `name has ${n} bytes, at most ${MAX_NAME_LENGTH} allowed`,
    ];
  }
  if (meta.symbol.length !== SYMBOL_LENGTH) {
    const n = meta.symbol.length;
    return [
      { tag: 'InvalidAmountCharactersInSymbol', value: n },
      `symbol has ${n} bytes, exactly ${SYMBOL_LENGTH} required`,
    ];
  }
  if (meta.url !== undefined) {
    const urlAscii = checkAscii('url', meta.url);
    if (urlAscii) return urlAscii;
    if (meta.url.length >= URL_LENGTH_LIMIT) {
      const n = meta.url.length;
      return [
        { tag: 'TooManyCharactersInUrl', value: n },
        `url has ${n} bytes, at most ${URL_LENGTH_LIMIT - 1} allowed`,
      ];
    }
  }
  if (meta.theme !== undefined) return checkIpfsCid('theme', meta.theme);
  return undefined;
}

/**
 * Checks community metadata like `CommunityMetadata::validate`; throws InvalidCommunityMetadataError naming the
 * reference variant of the first rule broken.
 * @example validateCommunityMetadata(defaultCommunityMetadata()) // passes
 */
export function validateCommunityMetadata(meta: ValidatedMetadataFields): void {
  const failure = firstFailure(meta);
  if (failure) throw new InvalidCommunityMetadataError(...failure);
}

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));

/** A fresh copy of the reference's default metadata (it passes validation). */
export const defaultCommunityMetadata = (): CommunityMetadata => ({
  name: ascii('Default'),
  symbol: ascii('DEF'),
  assets: ascii('Defau1tCidThat1s46Characters1nLength1111111111'),
  theme: undefined,
  url: ascii('DefaultUrl'),
  announcementSigner: undefined,
  rules: 'LoCo',
});
