// spec: economy §8 (events, errors), reference-metadata-spec30 EncointerReputationCommitments (indices, docs)
import { unnamedField } from '../../../primitives/codec/describe.js';
import type { ValueOf } from '../../../primitives/codec/types.js';
import {
  CeremonyIndex,
  CommitmentHash,
  CommunityIdentifier,
  Descriptor,
  PurposeId,
} from '../../../primitives/scale/index.js';
import { defineErrors, defineEvents } from '../../framework/pallet.js';
import { AccountId32 } from '../../types/substrate.js';
import { PALLET } from './storage.js';

export { PALLET };

const path = (name: string) => ['pallet_encointer_reputation_commitments', 'pallet', name];

/** `pallet_encointer_reputation_commitments::Error`, in reference order (the names keep the reference's spelling). */
export const reputationCommitmentsErrors = defineErrors(PALLET, path('Error'), [
  ['AlreadyCommited', 'Participant already commited their reputation for this purpose'],
  ['NoReputation', 'Participant does not have reputation for the specified cid, cindex'],
  ['PurposeRegistryOverflow', 'Purposose registry is full'],
  ['InexistentPurpose', 'Inexsitent purpose'],
]);

const purpose = { type: PurposeId, typeName: 'PurposeIdType' };
const cindex = { type: CeremonyIndex, typeName: 'CeremonyIndexType' };

/** `pallet_encointer_reputation_commitments::Event` (unnamed fields, carried as arrays). */
export const reputationCommitmentsEvents = defineEvents(path('Event'), {
  RegisteredCommitmentPurpose: {
    index: 0,
    fields: [purpose, { type: Descriptor, typeName: 'DescriptorType' }] as const,
    docs: ['commitment purpose registered'],
  },
  CommitedReputation: {
    index: 1,
    fields: [
      { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
      cindex,
      purpose,
      { type: AccountId32, typeName: 'T::AccountId' },
      { type: CommitmentHash, typeName: 'Option<H256>' },
    ] as const,
    docs: ['reputation commited for purpose'],
  },
  CommitmentRegistryPurged: {
    index: 2,
    fields: unnamedField(CeremonyIndex, 'CeremonyIndexType'),
    docs: ['Commitment registry purged'],
  },
});

export type ReputationCommitmentsEvent = ValueOf<typeof reputationCommitmentsEvents>;
