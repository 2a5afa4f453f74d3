// spec: economy §8 (calls), reference-metadata-spec30 EncointerReputationCommitments (index 65, call args)
import {
  CeremonyIndex,
  CommitmentHash,
  CommunityIdentifier,
  Descriptor,
  PurposeId,
} from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import type { AccountId } from '../../types/substrate.js';
import { commitReputation, registerPurpose } from './commitments.js';
import { PALLET, reputationCommitmentsErrors, reputationCommitmentsEvents } from './declarations.js';
import { reputationCommitmentsStorage } from './storage.js';

export { PALLET };

/** The pallet has no configuration in the reference; the parameter keeps the `create<Name>Pallet(config)` shape. */
export type ReputationCommitmentsConfig = Record<string, never>;

const signer = (origin: Origin, name: string): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError(`${PALLET}.${name} needs a signed origin`);
  return origin.who;
};

/** Declares EncointerReputationCommitments (index 65): both calls are open to any signed account. */
export const createReputationCommitmentsPallet = (_config: ReputationCommitmentsConfig = {}): Pallet =>
  definePallet({
    name: PALLET,
    index: 65,
    callPath: ['pallet_encointer_reputation_commitments', 'pallet', 'Call'],
    storage: reputationCommitmentsStorage,
    events: reputationCommitmentsEvents,
    errors: reputationCommitmentsErrors,
    calls: {
      register_purpose: call({
        index: 0,
        args: { descriptor: { type: Descriptor, typeName: 'DescriptorType' } },
        docs: ['Register a commitment purpose; its id is the next free one, starting at 0.'],
        dispatch: (env, origin, { descriptor }) => {
          signer(origin, 'register_purpose');
          registerPurpose(env, descriptor);
        },
      }),
      commit_reputation: call({
        index: 1,
        args: {
          cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
          cindex: { type: CeremonyIndex, typeName: 'CeremonyIndexType' },
          purpose: { type: PurposeId, typeName: 'PurposeIdType' },
          commitment_hash: { type: CommitmentHash, typeName: 'Option<H256>' },
        },
        docs: ["Commit the signer's verified reputation at (cid, cindex) for a purpose, once."],
        dispatch: (env, origin, args) =>
          commitReputation(
            env,
            signer(origin, 'commit_reputation'),
            args.cid,
            args.cindex,
            args.purpose,
            args.commitment_hash,
          ),
      }),
    },
  });
