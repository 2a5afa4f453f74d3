// spec: economy §8 (storage), reference-metadata-spec30 EncointerReputationCommitments (names, hashers, defaults)
import { tuple } from '../../../primitives/codec/describe.js';
import { CommitmentHash, CommunityCeremony, Descriptor, PurposeId } from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32 } from '../../types/substrate.js';

export const PALLET = 'EncointerReputationCommitments';

const storage = storageOf(PALLET);

/** The id the next registered purpose gets; the first is 0. */
export const CurrentPurposeId = storage.value('CurrentPurposeId', PurposeId, { default: 0n });

/** Purpose descriptors by id. ValueQuery: an absent purpose reads as an empty descriptor, so use `exists`. */
export const Purposes = storage.map('Purposes', key('Identity', PurposeId), Descriptor, {
  default: new Uint8Array(),
});

/** `(purpose, account)` under a `(cid, cindex)`. */
export const PurposeAccount = tuple(PurposeId, AccountId32);

/**
 * Commitments of reputations: `((cid, cindex), (purpose, account))` → optional 32-byte hash. ValueQuery with
 * default `None`: the key's presence is what counts (`exists`), the stored value may itself be `None`.
 */
export const Commitments = storage.doubleMap(
  'Commitments',
  key('Blake2_128Concat', CommunityCeremony),
  key('Identity', PurposeAccount),
  CommitmentHash,
  { default: undefined },
);

export const reputationCommitmentsStorage = [CurrentPurposeId, Purposes, Commitments];
