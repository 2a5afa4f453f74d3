// spec: economy §2.5 (getAllBalances), §3.4 (BalancesTxPaymentApi); reference-metadata-spec30 Runtime APIs
import { result, u128, unitEnum } from '../../../primitives/codec/describe.js';
import {
  type BalanceEntry,
  type CommunityIdentifier,
  CommunityIdentifier as CommunityIdentifierType,
} from '../../../primitives/scale/index.js';
import type { RuntimeApi } from '../../apis/registry.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { getCommunityIdentifiers } from '../communities/communities.js';
import { decayEntry, demurrageRate } from './balances.js';
import { balanceToAssetBalance } from './fees.js';
import { Balance } from './storage.js';

/**
 * The account's balance entries, one per registered community where it has an account, in `CommunityIdentifiers`
 * order. Without `blockNumber` the entries are raw, as `CommunitiesApi_get_all_balances` and the RPC return them
 * (clients apply demurrage themselves); with it, each entry is decayed to that block with its community's rate.
 */
export const getAllBalances = (
  state: StateReader,
  account: AccountId,
  blockNumber?: number,
): [CommunityIdentifier, BalanceEntry][] =>
  getCommunityIdentifiers(state).flatMap((cid): [CommunityIdentifier, BalanceEntry][] => {
    if (!Balance.exists(state, cid, account)) return [];
    const raw = Balance.get(state, cid, account);
    return [[cid, blockNumber === undefined ? raw : decayEntry(raw, demurrageRate(state, cid), blockNumber)]];
  });

/** `encointer_balances_tx_payment_rpc_runtime_api::Error`. */
export const BalancesTxPaymentApiError = unitEnum(
  ['encointer_balances_tx_payment_rpc_runtime_api', 'Error'],
  ['RuntimeError', 'DecodeError'],
);

/** `BalancesTxPaymentApi` (id `0x8be5ded630a43ad4`, version 1): native fee → CC (no min-1 rule, economy §3.4). */
export const BALANCES_TX_PAYMENT_API: RuntimeApi = {
  name: 'BalancesTxPaymentApi',
  version: 1,
  methods: [
    {
      name: 'balance_to_asset_balance',
      inputs: [
        { name: 'balance', type: u128 },
        { name: 'asset_id', type: CommunityIdentifierType },
      ],
      output: result(u128, BalancesTxPaymentApiError),
      run: (state, balance, assetId) => ({
        success: true,
        value: balanceToAssetBalance(state, balance as bigint, assetId as CommunityIdentifier),
      }),
    },
  ],
};
