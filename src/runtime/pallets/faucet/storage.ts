// spec: economy §5.1 (storage), reference-metadata-spec30 EncointerFaucet (names, hashers, defaults)
import { Faucet, NativeBalance } from '../../../primitives/scale/index.js';
import { key, storageOf } from '../../framework/storage.js';
import { AccountId32 } from '../../types/substrate.js';

export const PALLET = 'EncointerFaucet';

const storage = storageOf(PALLET);

/** Faucets by their derived account. */
export const Faucets = storage.map('Faucets', key('Identity', AccountId32), Faucet, { docs: [] as string[] });

/** The native deposit reserved on the creator of each new faucet. */
export const ReserveAmount = storage.value('ReserveAmount', NativeBalance, { default: 0n });

export const faucetStorage = [Faucets, ReserveAmount];
