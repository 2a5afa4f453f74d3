// spec: economy §5 (faucet: derived accounts §5.2, calls §5.3, who can drip §5.4); QUIRK: economy §10 item 23
/**
 * Faucets of the native token: anyone funds a named dispenser; every verified attendance `(cid, cindex)` in an
 * eligible community lets its holder drip once per faucet (a reputation commitment under the faucet's purpose).
 */

import { cidEquals } from '../../../primitives/cid/communityIdentifier.js';
import { bytes } from '../../../primitives/codec/describe.js';
import { bytesEqual, concatBytes } from '../../../primitives/common/bytes.js';
import { EncointerError } from '../../../primitives/common/errors.js';
import { blake2_256 } from '../../../primitives/common/hashing.js';
import type { CommunityIdentifier, Faucet, FaucetName, WhiteList } from '../../../primitives/scale/index.js';
import type { Env } from '../../framework/pallet.js';
import type { StateReader } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import type { NativeCurrency, Preservation } from '../balances/currency.js';
import { communityExists } from '../communities/communities.js';
import {
  commitReputation,
  DescriptorTooLongError,
  registerPurpose,
} from '../reputationCommitments/commitments.js';
import { type FaucetEvent, faucetErrors, PALLET } from './declarations.js';
import { reserveNamed, unreserveAllNamed } from './namedReserves.js';
import { type PalletId, palletAccount, palletIdOf } from './palletId.js';
import { Faucets, ReserveAmount } from './storage.js';

/** `*b"ectrfct0"`, the faucet pallet id of both reference runtimes. */
export const FAUCET_PALLET_ID: PalletId = palletIdOf('ectrfct0');

/** What the faucet logic needs besides state: the native currency and the runtime's parameters. */
export interface FaucetParams {
  readonly currency: NativeCurrency;
  readonly palletId: PalletId;
  /** `Balances.MaxReserves`: the creator's named reserves are bounded by it. */
  readonly maxReserves: number;
}

const emit = (env: Env, event: FaucetEvent) => env.deposit(PALLET, event);

/** `pallet id ‖ name`: the faucet's identifier, also its reputation-commitment purpose descriptor. */
export const faucetIdentifier = (name: FaucetName, palletId: PalletId = FAUCET_PALLET_ID): Uint8Array =>
  concatBytes(palletId, name);

/** The faucet account: blake2_256 of the SCALE `Vec<u8>` of the identifier (its compact length prefix included). */
export const faucetAccount = (name: FaucetName, palletId: PalletId = FAUCET_PALLET_ID): AccountId =>
  blake2_256(bytes.enc(faucetIdentifier(name, palletId)));

/** The named-reserve id of a faucet's deposit: the first 8 bytes of the faucet account. */
export const faucetReserveId = (account: AccountId): Uint8Array => account.slice(0, 8);

/** Where the remains of closed faucets go: the pallet's own account (`modl ‖ pallet id ‖ 0…`). */
export const catchBasinAccount = (palletId: PalletId = FAUCET_PALLET_ID): AccountId =>
  palletAccount(palletId);

/** The faucet stored at `account`, or `undefined`. */
export const faucetAt = (state: StateReader, account: AccountId): Faucet | undefined =>
  Faucets.get(state, account);

/**
 * `Currency::transfer`: nothing for a zero amount or a self-transfer, else a fungible transfer. Runs in its own
 * layer so that a caller mapping the failure to another error keeps no partial writes.
 */
const nativeTransfer = (
  env: Env,
  currency: NativeCurrency,
  from: AccountId,
  to: AccountId,
  amount: bigint,
  preservation: Preservation,
): void => {
  if (amount === 0n || bytesEqual(from, to)) return;
  env.state.transactional(() => currency.transfer(env, from, to, amount, preservation));
};

/** Runs `fn`; a dispatch failure inside becomes `error` (bugs, i.e. non-protocol errors, propagate). */
const mapFailure = (fn: () => void, error: () => Error): void => {
  try {
    fn();
  } catch (e) {
    if (e instanceof EncointerError) throw error();
    throw e;
  }
};

const requireFaucet = (state: StateReader, account: AccountId): Faucet => {
  const faucet = Faucets.get(state, account);
  if (faucet === undefined) throw faucetErrors.fail('InexsistentFaucet');
  return faucet;
};

/**
 * `create_faucet` (§5.3 idx 0): checks the whitelist and the drip amount, reserves `ReserveAmount` on the creator,
 * funds the faucet with `amount` (keep-alive), registers its commitment purpose and stores it. Returns the faucet
 * account.
 */
export const createFaucet = (
  env: Env,
  params: FaucetParams,
  creator: AccountId,
  name: FaucetName,
  amount: bigint,
  whitelist: WhiteList | undefined,
  dripAmount: bigint,
): AccountId => {
  const { state } = env;
  for (const cid of whitelist ?? []) {
    if (!communityExists(state, cid)) throw faucetErrors.fail('InvalidCommunityIdentifierInWhitelist');
  }
  if (dripAmount <= params.currency.ed) throw faucetErrors.fail('DripAmountTooSmall');
  const account = faucetAccount(name, params.palletId);
  if (Faucets.exists(state, account)) throw faucetErrors.fail('FaucetAlreadyExists');
  reserveNamed(
    env,
    params.currency,
    params.maxReserves,
    faucetReserveId(account),
    creator,
    ReserveAmount.get(state),
  );
  mapFailure(
    () => nativeTransfer(env, params.currency, creator, account, amount, 'Preserve'),
    () => faucetErrors.fail('InsuffiecientBalance'),
  );
  let purposeId: bigint;
  try {
    purposeId = registerPurpose(env, faucetIdentifier(name, params.palletId));
  } catch (e) {
    if (e instanceof DescriptorTooLongError) throw faucetErrors.fail('PurposeIdCreationFailed');
    throw e;
  }
  Faucets.set(state, account, {
    name,
    purpose_id: purposeId,
    whitelist,
    drip_amount: dripAmount,
    creator,
  });
  emit(env, { tag: 'FaucetCreated', value: [account, name] });
  return account;
};

/** Whether the faucet admits drips for `cid`: no whitelist admits every community, even later ones. */
export const isWhitelisted = (faucet: Faucet, cid: CommunityIdentifier): boolean =>
  faucet.whitelist === undefined || faucet.whitelist.some((c) => cidEquals(c, cid));

/**
 * `drip` (§5.3 idx 1): one drip per (faucet, cid, cindex, account), paid for by committing the verified reputation
 * under the faucet's purpose. QUIRK: economy §10 item 23 — limited per reputation, not per time.
 */
export const drip = (
  env: Env,
  params: FaucetParams,
  who: AccountId,
  account: AccountId,
  cid: CommunityIdentifier,
  cindex: number,
): void => {
  const faucet = requireFaucet(env.state, account);
  if (!isWhitelisted(faucet, cid)) throw faucetErrors.fail('CommunityNotInWhitelist');
  commitReputation(env, who, cid, cindex, faucet.purpose_id);
  mapFailure(
    () => nativeTransfer(env, params.currency, account, who, faucet.drip_amount, 'Preserve'),
    () => faucetErrors.fail('FaucetEmpty'),
  );
  emit(env, { tag: 'Dripped', value: [account, who, faucet.drip_amount] });
};

/** Releases the creator's deposit and deletes the faucet, then moves its whole free balance to `to`. */
const retire = (env: Env, params: FaucetParams, account: AccountId, faucet: Faucet, to: AccountId): void => {
  unreserveAllNamed(env, params.currency, faucetReserveId(account), faucet.creator);
  Faucets.remove(env.state, account);
  nativeTransfer(env, params.currency, account, to, params.currency.free(env.state, account), 'Expendable');
};

/** `dissolve_faucet` (§5.3 idx 2, Root): releases the deposit and pays the whole faucet out to `beneficiary`. */
export const dissolveFaucet = (
  env: Env,
  params: FaucetParams,
  account: AccountId,
  beneficiary: AccountId,
): void => {
  const faucet = requireFaucet(env.state, account);
  retire(env, params, account, faucet, beneficiary);
  emit(env, { tag: 'FaucetDissolved', value: account });
};

/**
 * `close_faucet` (§5.3 idx 3): the creator closes a faucet holding less than two drips; the deposit is released
 * and the rest goes to the catch-basin account.
 */
export const closeFaucet = (env: Env, params: FaucetParams, who: AccountId, account: AccountId): void => {
  const faucet = requireFaucet(env.state, account);
  if (!bytesEqual(who, faucet.creator)) throw faucetErrors.fail('NotCreator');
  if (params.currency.free(env.state, account) >= 2n * faucet.drip_amount) {
    throw faucetErrors.fail('FaucetNotEmpty');
  }
  retire(env, params, account, faucet, catchBasinAccount(params.palletId));
  emit(env, { tag: 'FaucetClosed', value: account });
};

/** `set_reserve_amount` (§5.3 idx 4): the deposit of future faucets; existing reserves are unchanged. */
export const setReserveAmount = (env: Env, amount: bigint): void => {
  ReserveAmount.set(env.state, amount);
  emit(env, { tag: 'ReserveAmountUpdated', value: amount });
};
