// spec: tooling Appendix A (encointer_* RPC names and params); economy §1.2/§1.4 (fixed point as decimal strings),
// §2.2/§2.5 (getAllBalances), §3.2/§3.4 (queryAssetFeeDetails), §4.4 (bazaar JSON), §7 (treasury accounts);
// ceremonies §6.2 (cid JSON), §7.12 (get_reputations), §9.8 (CID table)
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devKey } from '../../src/node/testSupport.js';
import { toHex } from '../../src/primitives/common/bytes.js';
import { ss58Encode } from '../../src/primitives/common/ss58.js';
import { ONE } from '../../src/primitives/fixed/fixed.js';
import { locationFromDegrees } from '../../src/primitives/geo/location.js';
import { BalanceEntry, CommunityIdentifier, Reputation } from '../../src/primitives/scale/index.js';
import type { RuntimeCallValue } from '../../src/runtime/framework/pallet.js';
import { ParticipantReputation } from '../../src/runtime/pallets/ceremonies/storage.js';
import { Balance } from '../../src/runtime/pallets/encointerBalances/storage.js';
import { type NodeProcess, startNodeProcess } from './support/nodeProcess.js';
import { RawClient } from './support/rawClient.js';
import { RemoteSigner } from './support/signer.js';

const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map(
  (n) => devKey(`//${n}`),
) as [ReturnType<typeof devKey>, ...ReturnType<typeof devKey>[]];
const SIX = [alice, bob!, charlie!, dave!, eve!, ferdie!].map((k) => k.publicKey);
const ALICE = ss58Encode(alice.publicKey, 42);
const BOB = ss58Encode(bob!.publicKey, 42);

// ceremonies §9.8: (1,1) with the six dev bootstrappers → `s00tw79dF6b`, digest f08c911c.
const CID_JSON = { geohash: '0x7330307477', digest: '0xf08c911c' };
const CID = CommunityIdentifier.dec(`${CID_JSON.geohash}${CID_JSON.digest.slice(2)}`);
const UNKNOWN_HASH = `0x${'ef'.repeat(32)}`;
const bytes = (s: string) => [...Buffer.from(s)];

const ascii = (s: string) => new Uint8Array(Buffer.from(s));
const call = (pallet: string, name: string, args: object) =>
  ({ tag: pallet, value: { tag: name, value: args } }) as RuntimeCallValue;

describe('encointer_* methods on the real node process (tooling Appendix A)', () => {
  let node: NodeProcess;
  let client: RawClient;
  let signer: RemoteSigner;
  let genesis: string;

  const errorOf = async (method: string, params: unknown[]) => (await client.call(method, params)).error;

  beforeAll(async () => {
    node = await startNodeProcess(['--tmp', '--manual-seal']);
    client = await RawClient.connect(node.url);
    genesis = await client.result('chain_getBlockHash', [0]);
    signer = new RemoteSigner(genesis);
    const calls = [
      call('EncointerCommunities', 'new_community', {
        location: locationFromDegrees(1, 1),
        bootstrappers: SIX,
        community_metadata: {
          name: ascii('Test'),
          symbol: ascii('TST'),
          assets: ascii('QmRgHZwX9ryGd5ZQpnMYAyvNmkd3SRmKnUKmLAuDufWKqK'),
          theme: undefined,
          url: undefined,
          announcement_signer: undefined,
          rules: 'LoCo',
        },
        demurrage: undefined,
        nominal_income: ONE,
      }),
      call('EncointerCeremonies', 'register_participant', { cid: CID, proof: undefined }),
      call('EncointerBazaar', 'create_business', { cid: CID, url: ascii('QmBusiness') }),
      call('EncointerBazaar', 'create_offering', { cid: CID, url: ascii('QmOffering') }),
    ];
    for (const [nonce, c] of calls.entries()) {
      await client.result('author_submitExtrinsic', [toHex(signer.sign(alice, c, nonce))]);
    }
    await client.result('dev_newBlock');
    expect(await client.result('author_pendingExtrinsics')).toEqual([]);
    // Community-currency balances and reputation have no quick extrinsic path: written into storage.
    await client.result('dev_setStorage', [
      [
        [
          Balance.key(CID, alice.publicKey),
          toHex(BalanceEntry.enc({ principal: 0x1e3f0a8a973n, last_update: 1 })),
        ],
        [
          Balance.key(CID, bob!.publicKey),
          toHex(BalanceEntry.enc({ principal: 0x53e2d6238da4n, last_update: 7 })),
        ],
        [
          ParticipantReputation.key([CID, 1], alice.publicKey),
          toHex(Reputation.enc({ tag: 'VerifiedUnlinked' } as never)),
        ],
        [
          ParticipantReputation.key([CID, 2], alice.publicKey),
          toHex(Reputation.enc({ tag: 'VerifiedLinked', value: 3 })),
        ],
      ],
    ]);
  });

  afterAll(async () => {
    await client?.close();
    expect(await node?.stop()).toBe(0);
  });

  it('encointer_getAllCommunities lists cid and name (bytes), and nothing at genesis', async () => {
    expect(await client.result('encointer_getAllCommunities')).toEqual([
      { cid: CID_JSON, name: bytes('Test') },
    ]);
    expect(await client.result('encointer_getAllCommunities', [genesis])).toEqual([]);
    expect((await errorOf('encointer_getAllCommunities', [UNKNOWN_HASH])).code).toBe(4003);
    expect((await errorOf('encointer_getAllCommunities', ['0x12'])).code).toBe(-32602);
  });

  it('encointer_getLocations: decimal-string degrees; the string cid form works too', async () => {
    expect(await client.result('encointer_getLocations', [CID_JSON])).toEqual([{ lat: '1', lon: '1' }]);
    expect(await client.result('encointer_getLocations', ['s00tw79dF6b'])).toEqual([{ lat: '1', lon: '1' }]);
    expect(
      await client.result('encointer_getLocations', [{ geohash: '0x7330307477', digest: '0x00000000' }]),
    ).toEqual([]);
    expect(await client.result('encointer_getLocations', [CID_JSON, genesis])).toEqual([]);
    expect((await errorOf('encointer_getLocations', [{ geohash: '0x73', digest: '0xf08c911c' }])).code).toBe(
      -32602,
    );
    expect((await errorOf('encointer_getLocations', [])).code).toBe(-32602);
  });

  it('encointer_getAllBalances: raw entries, principal as the decimal string of economy §1.4', async () => {
    expect(await client.result('encointer_getAllBalances', [ALICE])).toEqual([
      [CID_JSON, { principal: '0.0000001126760788207', lastUpdate: 1 }],
    ]);
    expect(await client.result('encointer_getAllBalances', [toHex(bob!.publicKey)])).toEqual([
      [CID_JSON, { principal: '0.000005', lastUpdate: 7 }],
    ]);
    expect(await client.result('encointer_getAllBalances', [ss58Encode(charlie!.publicKey, 42)])).toEqual([]);
    expect((await errorOf('encointer_getAllBalances', ['not-an-address'])).code).toBe(-32602);
  });

  it('encointer_getReputations: [cindex, {communityIdentifier, reputation}]', async () => {
    const reps = (await client.result('encointer_getReputations', [ALICE])) as [number, unknown][];
    expect(reps.sort((a, b) => a[0] - b[0])).toEqual([
      [1, { communityIdentifier: CID_JSON, reputation: 'VerifiedUnlinked' }],
      [2, { communityIdentifier: CID_JSON, reputation: { VerifiedLinked: 3 } }],
    ]);
    expect(await client.result('encointer_getReputations', [BOB])).toEqual([]);
    expect((await errorOf('encointer_getReputations', [ALICE, UNKNOWN_HASH])).code).toBe(4003);
  });

  it('bazaar: businesses, offerings, offerings of one business (economy §4.4 JSON)', async () => {
    expect(await client.result('encointer_bazaarGetBusinesses', [CID_JSON])).toEqual([
      // QUIRK: economy §4.1 — lastOid is the next offering id: 2 after one offering.
      { controller: ALICE, businessData: { url: bytes('QmBusiness'), lastOid: 2 } },
    ]);
    expect(await client.result('encointer_bazaarGetOfferings', [CID_JSON])).toEqual([
      { url: bytes('QmOffering') },
    ]);
    expect(
      await client.result('encointer_bazaarGetOfferingsForBusiness', [
        { communityIdentifier: CID_JSON, controller: ALICE },
      ]),
    ).toEqual([{ url: bytes('QmOffering') }]);
    expect(
      await client.result('encointer_bazaarGetOfferingsForBusiness', [
        { communityIdentifier: CID_JSON, controller: BOB },
      ]),
    ).toEqual([]);
    expect(await client.result('encointer_bazaarGetBusinesses', [CID_JSON, genesis])).toEqual([]);
    expect(
      (await errorOf('encointer_bazaarGetOfferingsForBusiness', [{ communityIdentifier: CID_JSON }])).code,
    ).toBe(-32602);
    expect((await errorOf('encointer_bazaarGetOfferings', [42])).code).toBe(-32602);
  });

  it('encointer_queryAssetFeeDetails converts each native fee part with economy §3.2', async () => {
    const nonce = await client.result('system_accountNextIndex', [ALICE]);
    const xt = toHex(signer.sign(alice, call('System', 'remark', { remark: new Uint8Array(10) }), nonce));
    const native = (await client.result('payment_queryFeeDetails', [xt])).inclusionFee;
    const cc = (await client.result('encointer_queryAssetFeeDetails', [CID_JSON, xt])).inclusionFee;
    // NI = 1 → R = 10^18; FCF = 100 000 (dev genesis): fee_cc = floor(F · 10^18 · 10^5 / 10^15) = F · 10^8.
    expect(BigInt(native.baseFee)).toBeGreaterThan(0n);
    expect(BigInt(native.lenFee)).toBeGreaterThan(0n);
    for (const part of ['baseFee', 'lenFee', 'adjustedWeightFee']) {
      expect(BigInt(cc[part]), part).toBe(BigInt(native[part]) * 10n ** 8n);
      expect(cc[part]).toMatch(/^0x[0-9a-f]+$/);
    }
    const bare = toHex(signer.bare(call('Timestamp', 'set', { now: 1n })));
    expect(await client.result('encointer_queryAssetFeeDetails', [CID_JSON, bare])).toEqual({
      inclusionFee: null,
    });
    expect(await errorOf('encointer_queryAssetFeeDetails', [CID_JSON, '0x0102'])).toMatchObject({
      code: 2,
      message: 'Unable to query fee details.',
    });
    expect((await errorOf('encointer_queryAssetFeeDetails', [CID_JSON])).code).toBe(-32602);
    expect((await errorOf('encointer_queryAssetFeeDetails', [CID_JSON, xt, UNKNOWN_HASH])).code).toBe(4003);
  });

  it('encointer_getCommunityTreasuryAccountUnchecked: the verified accounts of economy §7', async () => {
    const treasury = (p: unknown[]) => client.result('encointer_getCommunityTreasuryAccountUnchecked', p);
    expect(await treasury([null])).toBe('5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ');
    expect(await treasury([])).toBe('5FU79FVXdN3RYSj8857XjNT2SgeRrhk8iUzjb75X1yc8YDkZ');
    expect(await treasury([{ geohash: '0x0000000000', digest: '0x00000000' }])).toBe(
      '5D58hM12H6Gkc1h1chuzbbJ3FitGHAyTM6ECkdz4hi5dFheH',
    );
    expect(await treasury(['sqm1v79dF6b'])).toBe('5CWoc3mGF9VEnuZzBbPWxhKPvY743AGwxUbvkYQHS8yWZbem');
    expect((await errorOf('encointer_getCommunityTreasuryAccountUnchecked', [{ geohash: 1 }])).code).toBe(
      -32602,
    );
  });

  it('encointer_getOnboardingStatus: null for a proposal that is not an onboarding application', async () => {
    expect(await client.result('encointer_getOnboardingStatus', [7])).toBeNull();
    expect((await errorOf('encointer_getOnboardingStatus', ['seven'])).code).toBe(-32602);
  });

  it('lists every encointer_* method in rpc_methods', async () => {
    const { methods } = await client.result('rpc_methods');
    expect(methods.filter((m: string) => m.startsWith('encointer_')).sort()).toEqual([
      'encointer_bazaarGetBusinesses',
      'encointer_bazaarGetOfferings',
      'encointer_bazaarGetOfferingsForBusiness',
      'encointer_getAllBalances',
      'encointer_getAllCommunities',
      'encointer_getCommunityTreasuryAccountUnchecked',
      'encointer_getLocations',
      'encointer_getOnboardingStatus',
      'encointer_getReputations',
      'encointer_queryAssetFeeDetails',
    ]);
  });
});
