// spec: economy §8 (reputation commitments types)
import { bigInt, boundedBytes, option } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { H256 } from './common.js';

/** `PurposeIdType`: u64; the first registered purpose gets 0. */
export const PurposeId = bigInt('u64', 'PurposeId');
export type PurposeId = ValueOf<typeof PurposeId>;

/** Bound of `DescriptorType`. */
export const DESCRIPTOR_MAX = 128;
/** `DescriptorType`: an opaque purpose descriptor, at most 128 bytes. */
export const Descriptor = boundedBytes(DESCRIPTOR_MAX, 'Descriptor');
export type Descriptor = ValueOf<typeof Descriptor>;

/** `Commitments` value: `Option<H256>` (the key's presence is what counts; the hash is optional). */
export const CommitmentHash = option(H256);
export type CommitmentHash = ValueOf<typeof CommitmentHash>;
