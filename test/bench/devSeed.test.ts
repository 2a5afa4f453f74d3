import { generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attendanceSeed, decodeCounter, seedCounterKeys } from '../../bench/support/devSeed.js';
import { formatCid } from '../../src/primitives/cid/cidString.js';
import { fromHex, toHex } from '../../src/primitives/common/bytes.js';
import { devKeyPair } from '../../src/primitives/common/devAccounts.js';
import { ONE } from '../../src/primitives/fixed/fixed.js';
import { locationFromDegrees } from '../../src/primitives/geo/location.js';
import { type CommunityIdentifier, ProofOfAttendanceMessage } from '../../src/primitives/scale/index.js';
import { createEncointerRuntime } from '../../src/runtime/encointerRuntime.js';
import { ROOT, type RuntimeCallValue, signed } from '../../src/runtime/framework/pallet.js';
import { createTestEnv, type TestEnv } from '../../src/runtime/framework/testEnv.js';
import { TotalIssuance } from '../../src/runtime/pallets/balances/storage.js';
import { ReputableCount, ReputationCount } from '../../src/runtime/pallets/ceremonies/storage.js';
import { registerCommunity } from '../../src/runtime/pallets/communities/communities.js';
import { issue } from '../../src/runtime/pallets/encointerBalances/balances.js';
import { Account } from '../../src/runtime/pallets/system/storage.js';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const FREE = 10n ** 15n;

/** A dev-runtime community in the Registering phase of ceremony 2, with issuance (so non-bootstrappers may join). */
const communityInCeremony2 = (): { env: TestEnv; cid: CommunityIdentifier } => {
  const er = createEncointerRuntime('dev');
  const env = createTestEnv(er.runtime);
  er.applyGenesis(env.state);
  const bootstrappers = [1, 2, 3].map((i) => new Uint8Array(32).fill(i));
  const cid = registerCommunity(env, {
    location: locationFromDegrees(20, 30),
    bootstrappers,
    community_metadata: {
      name: ascii('Seed Test'),
      symbol: ascii('SDT'),
      assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
      theme: undefined,
      url: undefined,
      announcement_signer: undefined,
      rules: 'LoCo',
    },
  });
  const next: RuntimeCallValue = { tag: 'EncointerScheduler', value: { tag: 'next_phase', value: {} } };
  for (let i = 0; i < 3; i++) expect(env.apply(ROOT, next).ok).toBe(true);
  issue(env, cid, bootstrappers[0]!, ONE);
  return { env, cid };
};

const ed25519Attendee = () => {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  const id = new Uint8Array(spki.subarray(spki.length - 32));
  return { id, sign: (m: Uint8Array) => new Uint8Array(sign(null, m, privateKey)) };
};

const registerWithProof = (env: TestEnv, cid: CommunityIdentifier, who: ReturnType<typeof ed25519Attendee>) =>
  env.apply(signed(who.id), {
    tag: 'EncointerCeremonies',
    value: {
      tag: 'register_participant',
      value: {
        cid,
        proof: {
          prover_public: who.id,
          ceremony_index: 1,
          community_identifier: cid,
          attendee_public: who.id,
          attendee_signature: { tag: 'Ed25519', value: who.sign(ProofOfAttendanceMessage.enc([who.id, 1])) },
        },
      },
    },
  });

const raw = (env: TestEnv, key: string): string | null => {
  const v = env.state.get(key);
  return v === undefined ? null : toHex(v);
};

describe('attendanceSeed (ceremonies §7.2, §7.4): accounts that attended ceremony 1', () => {
  it('uses the Substrate key of System.Account (known key of //Alice)', () => {
    expect(Account.key(devKeyPair('//Alice').publicKey)).toBe(
      '0x26aa394eea5630e07c48ae0c9558cef7b99d880ec681799c0cf30e8886371da9de1e86a9a8c739864cf3cc5ec2bea59fd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d',
    );
  });

  it('lets a seeded account register as Reputable with its proof; an unseeded one is refused', () => {
    const { env, cid } = communityInCeremony2();
    const [seeded, other] = [ed25519Attendee(), ed25519Attendee()];
    const keys = seedCounterKeys(formatCid(cid), 1);
    const reputationsBefore = ReputationCount.get(env.state, [cid, 1]);
    const issuanceBefore = TotalIssuance.get(env.state);
    const entries = attendanceSeed({
      cid: formatCid(cid),
      cindex: 1,
      accounts: [seeded.id],
      free: FREE,
      current: {
        reputationCount: raw(env, keys.reputationCount),
        globalReputationCount: raw(env, keys.globalReputationCount),
        totalIssuance: raw(env, keys.totalIssuance),
      },
    });
    for (const [k, v] of entries) env.state.set(k, fromHex(v));

    expect(Account.get(env.state, seeded.id).data.free).toBe(FREE);
    expect(ReputationCount.get(env.state, [cid, 1])).toBe(reputationsBefore + 1n);
    expect(TotalIssuance.get(env.state)).toBe(issuanceBefore + FREE);
    const ok = registerWithProof(env, cid, seeded);
    expect(ok.ok).toBe(true);
    expect(ReputableCount.get(env.state, [cid, 2])).toBe(1n);
    const refused = registerWithProof(env, cid, other);
    expect(refused.ok).toBe(false);
    expect(ReputableCount.get(env.state, [cid, 2])).toBe(1n);
  });

  it('decodeCounter reads absent counters as 0 and u128 little-endian values', () => {
    expect(decodeCounter(null)).toBe(0n);
    expect(decodeCounter('0x2a000000000000000000000000000000')).toBe(42n);
  });
});
