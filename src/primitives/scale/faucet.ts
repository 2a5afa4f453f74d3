// spec: economy §5.1 and Appendix B (faucet types)
import { boundedBytes, boundedVec, option, struct } from '../codec/describe.js';
import type { ValueOf } from '../codec/types.js';
import { AccountId, CommunityIdentifier, NativeBalance } from './common.js';
import { PurposeId } from './reputationCommitments.js';

/** Bound of `FaucetNameType`. */
export const FAUCET_NAME_MAX = 64;
/** `FaucetNameType`: bytes, at most 64. */
export const FaucetName = boundedBytes(FAUCET_NAME_MAX, 'FaucetName');
export type FaucetName = ValueOf<typeof FaucetName>;

/** Bound of `WhiteListType`. */
export const WHITELIST_MAX = 1024;
/** `WhiteListType`: `BoundedVec<CommunityIdentifier, 1024>`. */
export const WhiteList = boundedVec(CommunityIdentifier, WHITELIST_MAX, 'WhiteList');
export type WhiteList = ValueOf<typeof WhiteList>;

/** `Faucet<AccountId, Balance> { name, purpose_id, whitelist, drip_amount, creator }`; `whitelist: None` admits every community. */
export const Faucet = struct(
  ['encointer_primitives', 'faucet', 'Faucet'],
  {
    name: { type: FaucetName, typeName: 'FaucetNameType' },
    purpose_id: { type: PurposeId, typeName: 'PurposeIdType' },
    whitelist: { type: option(WhiteList), typeName: 'Option<WhiteListType>' },
    drip_amount: { type: NativeBalance, typeName: 'Balance' },
    creator: { type: AccountId, typeName: 'AccountId' },
  },
  {
    params: [
      { name: 'AccountId', type: AccountId },
      { name: 'Balance', type: NativeBalance },
    ],
  },
);
export type Faucet = ValueOf<typeof Faucet>;
