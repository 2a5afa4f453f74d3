// spec: economy §5.3 (calls, origins), reference-metadata-spec30 EncointerFaucet (index 66, args, PalletId)
import { option } from '../../../primitives/codec/describe.js';
import {
  CeremonyIndex,
  CommunityIdentifier,
  FaucetName,
  NativeBalance,
  WhiteList,
} from '../../../primitives/scale/index.js';
import { BadOriginError } from '../../framework/errors.js';
import { call, constant, definePallet, type Origin, type Pallet } from '../../framework/pallet.js';
import type { OverlayState } from '../../framework/state.js';
import type { AccountId } from '../../types/substrate.js';
import { AccountId32 } from '../../types/substrate.js';
import type { NativeCurrency } from '../balances/currency.js';
import { faucetErrors, faucetEvents, PALLET } from './declarations.js';
import {
  closeFaucet,
  createFaucet,
  dissolveFaucet,
  drip,
  FAUCET_PALLET_ID,
  type FaucetParams,
  setReserveAmount,
} from './faucet.js';
import { PalletId } from './palletId.js';
import { faucetStorage, ReserveAmount } from './storage.js';

export { PALLET };

export interface FaucetConfig {
  /** The shell's native currency (`shell.currency`). */
  readonly currency: NativeCurrency;
  /** `Balances.MaxReserves` (128 in the reference): bounds the creators' named reserves. */
  readonly maxReserves: number;
  /** `ControllerOrigin` of `set_reserve_amount` (Root in both reference runtimes). */
  readonly isController: (origin: Origin) => boolean;
  /** `*b"ectrfct0"` unless given. */
  readonly palletId?: Uint8Array;
}

export interface FaucetGenesis {
  /** The native deposit a faucet creator reserves. */
  readonly reserveAmount: bigint;
}

/** Dev chain (economy §5.1, encointer-node chain_spec): 10 ERT at 12 decimals. */
export const DEV_FAUCET_GENESIS: FaucetGenesis = { reserveAmount: 10_000_000_000_000n };
/** The spec-30 Gesell genesis as observed (reference-metadata-spec30 "Genesis storage"): 100 ERT. */
export const SPEC30_FAUCET_GENESIS: FaucetGenesis = { reserveAmount: 100_000_000_000_000n };
/** The reference unit-test mock (economy §5.4 vectors): 13. */
export const MOCK_FAUCET_GENESIS: FaucetGenesis = { reserveAmount: 13n };

/** Writes `ReserveAmount` (no event: there is no block yet). */
export const applyFaucetGenesis = (state: OverlayState, genesis: FaucetGenesis): void => {
  ReserveAmount.set(state, genesis.reserveAmount);
};

const signer = (origin: Origin, name: string): AccountId => {
  if (origin.kind !== 'Signed') throw new BadOriginError(`${PALLET}.${name} needs a signed origin`);
  return origin.who;
};

const faucetAccountArg = { type: AccountId32, typeName: 'T::AccountId' };
const balance = { type: NativeBalance, typeName: 'BalanceOf<T>' };

/** Declares EncointerFaucet (index 66). */
export const createFaucetPallet = (config: FaucetConfig): Pallet => {
  const params: FaucetParams = {
    currency: config.currency,
    maxReserves: config.maxReserves,
    palletId: config.palletId ?? FAUCET_PALLET_ID,
  };
  return definePallet({
    name: PALLET,
    index: 66,
    callPath: ['pallet_encointer_faucet', 'pallet', 'Call'],
    storage: faucetStorage,
    events: faucetEvents,
    errors: faucetErrors,
    constants: { PalletId: constant(PalletId, params.palletId) },
    calls: {
      create_faucet: call({
        index: 0,
        args: {
          name: { type: FaucetName, typeName: 'FaucetNameType' },
          amount: balance,
          whitelist: { type: option(WhiteList), typeName: 'Option<WhiteListType>' },
          drip_amount: balance,
        },
        docs: ['Create and fund a faucet; the signer reserves the current `ReserveAmount`.'],
        dispatch: (env, origin, args) => {
          createFaucet(
            env,
            params,
            signer(origin, 'create_faucet'),
            args.name,
            args.amount,
            args.whitelist,
            args.drip_amount,
          );
        },
      }),
      drip: call({
        index: 1,
        args: {
          faucet_account: faucetAccountArg,
          cid: { type: CommunityIdentifier, typeName: 'CommunityIdentifier' },
          cindex: { type: CeremonyIndex, typeName: 'CeremonyIndexType' },
        },
        docs: ['Receive one drip for a verified reputation at (cid, cindex), once per faucet.'],
        dispatch: (env, origin, args) =>
          drip(env, params, signer(origin, 'drip'), args.faucet_account, args.cid, args.cindex),
      }),
      dissolve_faucet: call({
        index: 2,
        args: { faucet_account: faucetAccountArg, beneficiary: faucetAccountArg },
        docs: ['Dissolve a faucet and pay out its funds (Root).'],
        dispatch: (env, origin, args) => {
          // QUIRK: economy §10 item 23 — Root regardless of the ControllerOrigin.
          if (origin.kind !== 'Root')
            throw new BadOriginError(`${PALLET}.dissolve_faucet needs the Root origin`);
          dissolveFaucet(env, params, args.faucet_account, args.beneficiary);
        },
      }),
      close_faucet: call({
        index: 3,
        args: { faucet_account: faucetAccountArg },
        docs: ['Close a nearly empty faucet (its creator); the rest goes to the pallet account.'],
        dispatch: (env, origin, args) =>
          closeFaucet(env, params, signer(origin, 'close_faucet'), args.faucet_account),
      }),
      set_reserve_amount: call({
        index: 4,
        args: { reserve_amount: balance },
        docs: ['Set the deposit of future faucets (ControllerOrigin).'],
        dispatch: (env, origin, args) => {
          if (!config.isController(origin)) {
            throw new BadOriginError(`${PALLET}.set_reserve_amount needs the ControllerOrigin`);
          }
          setReserveAmount(env, args.reserve_amount);
        },
      }),
    },
  });
};
