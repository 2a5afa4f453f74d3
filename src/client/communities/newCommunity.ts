// spec: tooling §1.7.3 (`community new`), §8 (spec file); ceremonies §6.6 (`new_community`, `add_location`)
import { formatCid } from '../../primitives/cid/cidString.js';
import { type CommunityIdentifier, cidEquals } from '../../primitives/cid/communityIdentifier.js';
import { toHex } from '../../primitives/common/bytes.js';
import { validateCommunityMetadata } from '../../primitives/communityMetadata/validate.js';
import { I64F64 } from '../../primitives/fixed/fixed.js';
import { fromF64 } from '../../primitives/fixed/float.js';
import { fromPapiCid, textToBytes, toAddress, toPapiCid, toPapiLocation } from '../common/convert.js';
import type { Connection } from '../connection/connect.js';
import { getCurrentPhase } from '../scheduler/getCurrentPhase.js';
import { type CommunitySpec, specCid } from '../specFile.js';
import type { IncludedExtrinsic } from '../tx/errors.js';
import { getNextNonce } from '../tx/getNextNonce.js';
import { type WrapCall, wrapPrivileged } from '../tx/privileged.js';
import {
  findEvent,
  polkadotSignerOf,
  type SignerInput,
  type SubmitOptions,
  submitExtrinsic,
} from '../tx/submitExtrinsic.js';
import { WrongPhaseError } from './errors.js';

export interface NewCommunityParameters extends SubmitOptions {
  spec: CommunitySpec;
  signer: SignerInput;
  /** Default `none`: on the dev runtime any signed account may register a community. */
  wrap?: WrapCall | undefined;
}

export interface NewCommunityReturnType {
  readonly cid: CommunityIdentifier;
  readonly cidString: string;
  /** The `new_community` extrinsic. */
  readonly registered: IncludedExtrinsic;
  /** One `add_location` extrinsic per further location, in spec order. */
  readonly locationsAdded: readonly IncludedExtrinsic[];
}

/**
 * Per-block demurrage from a halving period H in blocks, `ln 2 / H`, computed in f64 and converted like
 * `Demurrage::from_num(f64)` (the reference CLI's float path, tooling §1.3).
 */
export const demurrageFromHalvingBlocks = (halvingBlocks: bigint): bigint =>
  fromF64(I64F64, Math.LN2 / Number(halvingBlocks));

const papiMetadata = (spec: CommunitySpec) => ({
  name: textToBytes(spec.meta.name),
  symbol: textToBytes(spec.meta.symbol),
  assets: textToBytes(spec.meta.assets),
  theme: spec.meta.theme === undefined ? undefined : textToBytes(spec.meta.theme),
  url: spec.meta.url === undefined ? undefined : textToBytes(spec.meta.url),
  announcement_signer:
    spec.meta.announcementSigner === undefined
      ? undefined
      : { type: 'Bip340', value: toHex(spec.meta.announcementSigner) },
  rules: { type: spec.meta.rules, value: undefined },
});

/**
 * Registers a community from a spec file: `new_community` with the first location (which fixes the CID), then one
 * `add_location` per further location, sent together with consecutive nonces. Checks the metadata locally first
 * (InvalidCommunityMetadataError) and the phase before adding locations (WrongPhaseError; the community exists
 * by then, as with the reference CLI's exit code 50).
 * @example
 * const { cidString } = await newCommunity(conn, { spec: await readCommunitySpecFile(path), signer: alice });
 */
export const newCommunity = async (
  conn: Connection,
  p: NewCommunityParameters,
): Promise<NewCommunityReturnType> => {
  const { spec } = p;
  validateCommunityMetadata({
    name: textToBytes(spec.meta.name),
    symbol: textToBytes(spec.meta.symbol),
    assets: textToBytes(spec.meta.assets),
    theme: spec.meta.theme === undefined ? undefined : textToBytes(spec.meta.theme),
    url: spec.meta.url === undefined ? undefined : textToBytes(spec.meta.url),
  });
  const expected = specCid(spec);
  const wrap = p.wrap ?? 'none';
  const call = conn.api.tx.EncointerCommunities.new_community({
    location: toPapiLocation(spec.locations[0]!),
    bootstrappers: spec.bootstrappers.map((b) => toAddress(b)),
    community_metadata: papiMetadata(spec),
    demurrage:
      spec.demurrageHalvingBlocks === undefined
        ? undefined
        : demurrageFromHalvingBlocks(spec.demurrageHalvingBlocks),
    nominal_income: spec.nominalIncome,
  });
  const registered = await submitExtrinsic(conn, await wrapPrivileged(conn, call, wrap), p.signer, p);
  const event = findEvent(registered, 'EncointerCommunities', 'CommunityRegistered');
  const cid = event === undefined ? expected : fromPapiCid(event.value);
  if (!cidEquals(cid, expected)) {
    throw new Error(`the chain registered ${formatCid(cid)} but the spec computes ${formatCid(expected)}`);
  }
  const rest = spec.locations.slice(1);
  const locationsAdded: IncludedExtrinsic[] = [];
  if (rest.length > 0) {
    const phase = await getCurrentPhase(conn, { at: registered.block.hash });
    if (phase !== 'Registering') {
      throw new WrongPhaseError(
        `community ${formatCid(cid)} was registered, but adding its other ${rest.length} location(s)`,
        'Registering',
        phase,
      );
    }
    const first = await getNextNonce(conn, polkadotSignerOf(p.signer).publicKey);
    const sent = await Promise.all(
      rest.map(async (location, i) => {
        const add = conn.api.tx.EncointerCommunities.add_location({
          cid: toPapiCid(cid),
          location: toPapiLocation(location),
        });
        return submitExtrinsic(conn, await wrapPrivileged(conn, add, wrap), p.signer, {
          ...p,
          nonce: first + i,
        });
      }),
    );
    locationsAdded.push(...sent);
  }
  return { cid, cidString: formatCid(cid), registered, locationsAdded };
};
