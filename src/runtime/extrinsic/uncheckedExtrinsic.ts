// spec: substrate-compat §5.2 (extrinsic v4), §5.3 (signed payload), §7.4 (UncheckedExtrinsic as an API argument)
/**
 * `UncheckedExtrinsic` v4: `Compact<u32>` length, then `0x84 ++ address ++ signature ++ extra ++ call` (signed) or
 * `0x04 ++ call` (bare). Decoding is strict: the length prefix must cover exactly the rest, and nothing may follow
 * the call.
 */
import { compact, createCodec, createDecoder } from 'scale-ts';
import { bytes as bytesType, DecodeError, makeType } from '../../primitives/codec/describe.js';
import type { Type } from '../../primitives/codec/types.js';
import { concatBytes } from '../../primitives/common/bytes.js';
import { EncointerError } from '../../primitives/common/errors.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import type { RuntimeCallValue } from '../framework/pallet.js';
import {
  MultiAddress,
  type MultiAddressValue,
  MultiSignature,
  type MultiSignatureValue,
} from '../types/substrate.js';
import { Extra, encodeExtra, extraFromTuple, type SignedExtra } from './signedExtensions.js';

/** The extrinsic format version this runtime declares and accepts. */
export const EXTRINSIC_VERSION = 4;
const SIGNED_BIT = 0x80;

/** Bytes that are not a well-formed extrinsic for this runtime (RPC 1001 "Extrinsic has invalid format"). */
export class ExtrinsicDecodeError extends EncointerError {
  constructor(message: string) {
    super('ExtrinsicDecodeError', `invalid extrinsic: ${message}`);
  }
}

export interface SignaturePart {
  readonly address: MultiAddressValue;
  readonly signature: MultiSignatureValue;
  readonly extra: SignedExtra;
  /** The extra exactly as it was encoded in the extrinsic (it is part of the signed payload). */
  readonly extraBytes: Uint8Array;
}

export interface Extrinsic {
  /** `undefined` for a bare extrinsic (an inherent). */
  readonly signed: SignaturePart | undefined;
  readonly call: RuntimeCallValue;
  readonly callBytes: Uint8Array;
  /** The full wire encoding, length prefix included: what blocks hold and what the tx hash covers. */
  readonly bytes: Uint8Array;
}

type Cursor = Uint8Array & { i: number };

const own = (b: Uint8Array): Uint8Array =>
  b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b); // a copy: Buffer#slice would return a view

// scale-ts' cursor is a Uint8Array subclass whose constructor needs an ArrayBuffer, so `slice`/`subarray` on it
// throw; copy through the (own, offset-0) buffer instead.
const copy = (cur: Cursor, start: number, end: number): Uint8Array =>
  new Uint8Array(cur.buffer, start, end - start).slice();

/**
 * Decodes a full extrinsic (with its length prefix) against the runtime's call enum.
 *
 * @example
 * const xt = decodeExtrinsic(runtime.callType, fromHex('0x280403000b7093291f9401'));
 * xt.call; // { tag: 'Timestamp', value: { tag: 'set', value: { now: 1735689606000n } } }
 */
export const decodeExtrinsic = (callType: Type<RuntimeCallValue>, bytes: Uint8Array): Extrinsic => {
  const parse = createDecoder((b) => {
    const cur = b as unknown as Cursor;
    const len = Number(compact.dec(b));
    if (cur.i + len !== cur.length) {
      throw new ExtrinsicDecodeError(`length prefix says ${len} bytes, but ${cur.length - cur.i} follow it`);
    }
    const version = cur[cur.i];
    cur.i += 1;
    if (version === undefined || (version & ~SIGNED_BIT) !== EXTRINSIC_VERSION) {
      throw new ExtrinsicDecodeError(
        `unsupported version byte ${version}; expected 0x84 (signed) or 0x04 (bare)`,
      );
    }
    let signed: SignaturePart | undefined;
    if (version & SIGNED_BIT) {
      const address = MultiAddress.codec.dec(b) as MultiAddressValue;
      const signature = MultiSignature.codec.dec(b) as MultiSignatureValue;
      const extraStart = cur.i;
      const extra = extraFromTuple(Extra.codec.dec(b));
      signed = { address, signature, extra, extraBytes: copy(cur, extraStart, cur.i) };
    }
    const callStart = cur.i;
    const call = callType.codec.dec(b);
    if (cur.i > cur.length) throw new ExtrinsicDecodeError('input too short');
    if (cur.i !== cur.length) throw new ExtrinsicDecodeError(`${cur.length - cur.i} bytes follow the call`);
    return { signed, call, callBytes: copy(cur, callStart, cur.i), bytes: copy(cur, 0, cur.length) };
  });
  try {
    return parse(own(bytes));
  } catch (e) {
    if (e instanceof ExtrinsicDecodeError) throw e;
    throw new ExtrinsicDecodeError(e instanceof Error ? e.message : String(e));
  }
};

/** What is needed to encode an extrinsic: the call, and for a signed one the signer's part. */
export interface ExtrinsicParts {
  readonly call: RuntimeCallValue;
  readonly signed?: {
    readonly address: MultiAddressValue;
    readonly signature: MultiSignatureValue;
    readonly extra: SignedExtra;
  };
}

const withLength = (body: Uint8Array): Uint8Array => concatBytes(compact.enc(body.length), body);

/** Encodes an extrinsic with its length prefix. */
export const encodeExtrinsic = (callType: Type<RuntimeCallValue>, parts: ExtrinsicParts): Uint8Array => {
  const call = callType.enc(parts.call);
  if (parts.signed === undefined) return withLength(concatBytes(Uint8Array.of(EXTRINSIC_VERSION), call));
  const { address, signature, extra } = parts.signed;
  return withLength(
    concatBytes(
      Uint8Array.of(SIGNED_BIT | EXTRINSIC_VERSION),
      MultiAddress.enc(address),
      MultiSignature.enc(signature),
      encodeExtra(extra),
      call,
    ),
  );
};

/** The bytes a signer signs: `call ++ extra ++ additionalSigned`, blake2_256-hashed when longer than 256 bytes. */
export const signingPayload = (
  callBytes: Uint8Array,
  extraBytes: Uint8Array,
  additionalSigned: Uint8Array,
) => {
  const payload = new Uint8Array(callBytes.length + extraBytes.length + additionalSigned.length);
  payload.set(callBytes);
  payload.set(extraBytes, callBytes.length);
  payload.set(additionalSigned, callBytes.length + extraBytes.length);
  return payload.length > 256 ? blake2_256(payload) : payload;
};

/** Who signs an extrinsic: the account id it is sent from, its signature scheme, and how it signs. */
export interface ExtrinsicSigner {
  readonly publicKey: Uint8Array;
  readonly scheme: MultiSignatureValue['tag'];
  readonly sign: (message: Uint8Array) => Uint8Array;
}

/**
 * Signs `call` with `extra` over `additionalSigned` (what the chain's signed extensions add) and encodes the
 * signed extrinsic, as a wallet does.
 */
export const encodeSignedExtrinsic = (
  callType: Type<RuntimeCallValue>,
  signer: ExtrinsicSigner,
  call: RuntimeCallValue,
  extra: SignedExtra,
  additionalSigned: Uint8Array,
): Uint8Array => {
  const message = signingPayload(callType.enc(call), encodeExtra(extra), additionalSigned);
  return encodeExtrinsic(callType, {
    call,
    signed: {
      address: { tag: 'Id', value: signer.publicKey },
      signature: { tag: signer.scheme, value: signer.sign(message) } as MultiSignatureValue,
      extra,
    },
  });
};

/** The transaction hash clients and the author RPC use: blake2_256 of the full encoding. */
export const extrinsicHash = (bytes: Uint8Array): Uint8Array => blake2_256(bytes);

const uxtCodec = createCodec(
  (v: Uint8Array) => v,
  createDecoder((b) => {
    const cur = b as unknown as Cursor;
    const start = cur.i;
    const len = Number(compact.dec(b));
    const end = cur.i + len;
    if (end > cur.length) throw new DecodeError('UncheckedExtrinsic', 'input too short');
    cur.i = end;
    return copy(cur, start, end);
  }),
);

const uxtTypes = new WeakMap<object, Type<Uint8Array>>();

/**
 * The described `UncheckedExtrinsic` for a runtime (its `Call` parameter is the runtime's call enum). A value is the
 * full wire encoding, length prefix included: metadata shows it as a composite around `Vec<u8>`, which encodes the
 * same way.
 */
export const uncheckedExtrinsicType = (
  callType: Type<RuntimeCallValue>,
  // biome-ignore lint/suspicious/noExplicitAny: the parameters are only described, never encoded through
  params: { address: Type<any>; signature: Type<any>; extra: Type<any> },
): Type<Uint8Array> => {
  let t = uxtTypes.get(callType);
  if (t === undefined) {
    t = makeType(
      uxtCodec,
      () => ({
        tag: 'composite',
        value: [{ name: undefined, type: bytesType, typeName: undefined, docs: [] }],
      }),
      {
        path: ['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'],
        params: [
          { name: 'Address', type: params.address },
          { name: 'Call', type: callType },
          { name: 'Signature', type: params.signature },
          { name: 'Extra', type: params.extra },
        ],
      },
    );
    uxtTypes.set(callType, t);
  }
  return t;
};
