// spec: ceremonies §7.2 (`ParticipantReputation`, `ReputationCount`), §7.4 (proof of attendance); ARCHITECTURE §5
/**
 * Raw storage entries (for the dev node's `dev_setStorage`) that make accounts look as if they had attended a
 * ceremony of a community and held native funds: what a large bot community needs to start at scale without
 * growing through dozens of ceremonies. Keys and values come from the runtime's own storage declarations.
 */
import { parseCid } from '../../src/primitives/cid/cidString.js';
import { fromHex, toHex } from '../../src/primitives/common/bytes.js';
import { TotalIssuance } from '../../src/runtime/pallets/balances/storage.js';
import {
  GlobalReputationCount,
  ParticipantReputation,
  ReputationCount,
} from '../../src/runtime/pallets/ceremonies/storage.js';
import { Account, IS_NEW_LOGIC } from '../../src/runtime/pallets/system/storage.js';

/** A `dev_setStorage` pair: hex key, hex value. */
export type StorageEntry = readonly [key: string, value: string];

/** The counters the seed increases; read them first (`state_getStorage`) and pass the raw values. */
export interface SeedCounterKeys {
  readonly reputationCount: string;
  readonly globalReputationCount: string;
  readonly totalIssuance: string;
}

/** Storage keys of the counters `attendanceSeed` adds to, for community `cid` and ceremony `cindex`. */
export const seedCounterKeys = (cid: string, cindex: number): SeedCounterKeys => ({
  reputationCount: ReputationCount.key([parseCid(cid), cindex]),
  globalReputationCount: GlobalReputationCount.key(cindex),
  totalIssuance: TotalIssuance.key(),
});

/** A stored u128 counter (`null`: absent, i.e. 0); the three counters share the u128 codec. */
export const decodeCounter = (hex: string | null): bigint =>
  hex === null ? 0n : ReputationCount.value.dec(fromHex(hex));

export interface AttendanceSeed {
  readonly cid: string;
  /** The ceremony the accounts attended: they register as reputables in `cindex + 1` with a proof for it. */
  readonly cindex: number;
  /** 32-byte account ids; none of them may already hold a reputation for `cindex` or a native account. */
  readonly accounts: readonly Uint8Array[];
  /** Native free balance each account gets (pays its fees). */
  readonly free: bigint;
  /** Current raw values of the counters (see `seedCounterKeys`). */
  readonly current: { readonly [K in keyof SeedCounterKeys]: string | null };
}

/**
 * Entries giving every account a `VerifiedUnlinked` reputation for (cid, cindex) and a native account with `free`,
 * and raising `ReputationCount`, `GlobalReputationCount` and `Balances.TotalIssuance` to match.
 */
export const attendanceSeed = (p: AttendanceSeed): StorageEntry[] => {
  const cc = [parseCid(p.cid), p.cindex] as const;
  const keys = seedCounterKeys(p.cid, p.cindex);
  const verified = toHex(ParticipantReputation.value.enc({ tag: 'VerifiedUnlinked', value: undefined }));
  const info = toHex(
    Account.value.enc({
      nonce: 0,
      consumers: 0,
      // A balance above the existential deposit provides for the account, as a transfer would.
      providers: 1,
      sufficients: 0,
      data: { free: p.free, reserved: 0n, frozen: 0n, flags: IS_NEW_LOGIC },
    }),
  );
  const n = BigInt(p.accounts.length);
  const entries: StorageEntry[] = [];
  for (const who of p.accounts) {
    entries.push([ParticipantReputation.key([cc[0], cc[1]], who), verified]);
    entries.push([Account.key(who), info]);
  }
  entries.push(
    [keys.reputationCount, toHex(ReputationCount.value.enc(decodeCounter(p.current.reputationCount) + n))],
    [
      keys.globalReputationCount,
      toHex(GlobalReputationCount.value.enc(decodeCounter(p.current.globalReputationCount) + n)),
    ],
    [keys.totalIssuance, toHex(TotalIssuance.value.enc(decodeCounter(p.current.totalIssuance) + n * p.free))],
  );
  return entries;
};
