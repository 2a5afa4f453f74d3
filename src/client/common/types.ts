// spec: STYLE (branded types where confusion is likely); tooling §1.1 (`--at`), §1.2 (account arguments)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';

/** A 0x-prefixed hex string. */
export type HexString = `0x${string}`;

/** An SS58 address as the chain's codecs give it (the chain's own prefix). */
export type Address = string;

/** Which block a read looks at: the best block (default), the finalized one, or a block hash. */
export type BlockRef = 'best' | 'finalized' | HexString;

export interface ReadOptions {
  /** Block to read at; default `'best'`, so a read right after an included extrinsic sees its effect. */
  at?: BlockRef | undefined;
}

/** A block identified by hash and number. */
export interface BlockInfo {
  readonly hash: HexString;
  readonly number: number;
}

/** A community identifier, or its string form (`sqm1v79KBZ3`). */
export type CidInput = CommunityIdentifier | string;

/** An account: SS58 address (any prefix) or 32-byte account id. */
export type AccountInput = string | Uint8Array;

export type CeremonyPhase = 'Registering' | 'Assigning' | 'Attesting';

export const CEREMONY_PHASES: readonly CeremonyPhase[] = ['Registering', 'Assigning', 'Attesting'];
