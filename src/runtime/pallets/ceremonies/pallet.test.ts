// spec: reference-metadata-spec30 EncointerCeremonies (call indices, storage names/hashers/defaults, events,
// errors, constants) and CeremoniesApi; ceremonies §7.14 (BootstrapperReputationIsUntransferrable)
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { bytes, struct, tuple, unitStruct } from '../../../primitives/codec/describe.js';
import { toHex } from '../../../primitives/common/bytes.js';
import { buildMetadataV14, buildMetadataV15, type MetadataExtras } from '../../framework/metadata.js';
import { Runtime } from '../../framework/runtime.js';
import { MultiAddress, MultiSignature } from '../../types/substrate.js';
import { DEV_CEREMONIES_CONFIG } from './config.js';
import { createCeremoniesPallet } from './pallet.js';
import { createCeremoniesApi } from './runtimeApi.js';

/** [name, twox128(name), modifier, fallback] in the reference's order (spec-30 storage table). */
const STORAGE = [
  ['BurnedBootstrapperNewbieTickets', '0x1b6b4f4f01f5df2248ac9332974a4273', 'Default', '0x00'],
  ['BurnedReputableNewbieTickets', '0x9f313f9c68fef227886bc16463f21bd6', 'Default', '0x00'],
  ['BootstrapperRegistry', '0x79ec0813348ee99c3ac826fed223b847', 'Optional', '0x00'],
  ['BootstrapperIndex', '0x7f0adfa903215393e9b5557e5aa6fb64', 'Default', '0x0000000000000000'],
  ['BootstrapperCount', '0xa44c3a625c24f2b24bdef0e2d56da6d0', 'Default', '0x0000000000000000'],
  ['ReputableRegistry', '0x4eafc427de86f208df3b178fe79d47e4', 'Optional', '0x00'],
  ['ReputableIndex', '0xbc2f6a38e501a7f8b98b8ea2ee4f735b', 'Default', '0x0000000000000000'],
  ['ReputableCount', '0x6ba96d23b346bf8f4f23cf9b2be90b1c', 'Default', '0x0000000000000000'],
  ['EndorseeRegistry', '0x9ac1b471648c29a2edc5ee7424651b24', 'Optional', '0x00'],
  ['EndorseeIndex', '0xecb94723afdfc49e593570aa419d1241', 'Default', '0x0000000000000000'],
  ['EndorseeCount', '0xd64065520cca04a517da597c8458cdf0', 'Default', '0x0000000000000000'],
  ['NewbieRegistry', '0x27fcc505f9f2f75363adfed14f8e3f44', 'Optional', '0x00'],
  ['NewbieIndex', '0x2ab63020a701ac8bacecd83d91fb1af6', 'Default', '0x0000000000000000'],
  ['NewbieCount', '0x51dd50a514b4dec8e344f8f7f4f51171', 'Default', '0x0000000000000000'],
  ['AssignmentCounts', '0x90846fb531cbbf3ffc6ca1c9c0201beb', 'Default', `0x${'00'.repeat(32)}`],
  ['Assignments', '0x29d2cd3dc23c8f16a6e4ffaa9ad1f9cf', 'Default', `0x${'00'.repeat(96)}`],
  ['ParticipantReputation', '0x2a1d07bbb100ca14e56bd0804262911a', 'Default', '0x00'],
  ['ReputationCount', '0x96ffe4ff018a819ff9dc89117d2ae4c7', 'Default', `0x${'00'.repeat(16)}`],
  ['GlobalReputationCount', '0xeabee049120096463dee7e2afe08b11d', 'Default', `0x${'00'.repeat(16)}`],
  ['Endorsees', '0xea19361dcbb6f5212955f453fc346dab', 'Default', '0x'],
  ['EndorseesCount', '0xf4393b85eac8d7c18f60dc098f4b7464', 'Default', '0x0000000000000000'],
  ['MeetupCount', '0x3d0a4546eaac23dd36cdccac770ea247', 'Default', '0x0000000000000000'],
  ['AttestationRegistry', '0xa9da909ff34c290eb0d55873949258b2', 'Optional', '0x00'],
  ['AttestationIndex', '0xf095cc95279ea7aa42da1a699074a0fe', 'Default', '0x0000000000000000'],
  ['AttestationCount', '0xd1df70899fe5fc5d1b6f2fe60a4e8241', 'Default', '0x0000000000000000'],
  ['MeetupParticipantCountVote', '0x502c24e19a326404a8142b87f5ad101f', 'Default', '0x00000000'],
  ['CeremonyReward', '0x352722e2c08a2f281f21247cbac030f0', 'Default', `0x${'00'.repeat(16)}`],
  ['LocationTolerance', '0x5badfe0f2fbf3bdc834d3f4942c9a198', 'Default', '0x00000000'],
  ['TimeTolerance', '0x1cd1a1157f8ecfa77f4b328693671260', 'Default', '0x0000000000000000'],
  ['IssuedRewards', '0xf80f22519a4d3f9ab07d845624b01e1b', 'Optional', '0x00'],
  ['InactivityCounters', '0x3d367c0032be4bb40cc7ab34aeda32ae', 'Optional', '0x00'],
  ['InactivityTimeout', '0xfaa6d24e2eac60688f05caa165a83643', 'Default', '0x00000000'],
  ['EndorsementTicketsPerBootstrapper', '0x5c03954ec993845da1c7ff36c91390da', 'Default', '0x00'],
  ['EndorsementTicketsPerReputable', '0x62427a522dbb88a4075bb479a6d8afcc', 'Default', '0x00'],
  ['ReputationLifetime', '0x5b9f3fcf38b37a818f89b07b85604d63', 'Default', '0x00000000'],
  ['MeetupTimeOffset', '0x55736ceb9d103a26198891982974f8fe', 'Default', '0x00000000'],
] as const;

const CALLS = [
  'register_participant',
  'upgrade_registration',
  'unregister_participant',
  'attest_attendees',
  'endorse_newcomer',
  'claim_rewards',
  'set_inactivity_timeout',
  'set_endorsement_tickets_per_bootstrapper',
  'set_endorsement_tickets_per_reputable',
  'set_reputation_lifetime',
  'set_meetup_time_offset',
  'set_time_tolerance',
  'set_location_tolerance',
  'purge_community_ceremony',
];

const EVENTS = [
  'ParticipantRegistered',
  'EndorsedParticipant',
  'AttestationsRegistered',
  'RewardsIssued',
  'InactivityTimeoutUpdated',
  'EndorsementTicketsPerBootstrapperUpdated',
  'EndorsementTicketsPerReputableUpdated',
  'ReputationLifetimeUpdated',
  'MeetupTimeOffsetUpdated',
  'TimeToleranceUpdated',
  'LocationToleranceUpdated',
  'CommunityCeremonyHistoryPurged',
  'NoReward',
  'InactivityCounterUpdated',
  'MeetupEvaluated',
];

const PALLET_PREFIX = '0xa7d291a8132b2cc65c41da45f4de7679';

const pallet = createCeremoniesPallet(DEV_CEREMONIES_CONFIG);
const runtime = new Runtime({ crate: 'test', pallets: [pallet] });
const extras: MetadataExtras = {
  uncheckedExtrinsic: struct(['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'], {
    bytes,
  }),
  address: MultiAddress,
  signature: MultiSignature,
  extra: tuple(),
  signedExtensions: [],
  runtimeType: unitStruct(['test_runtime', 'Runtime']),
  apis: [createCeremoniesApi(DEV_CEREMONIES_CONFIG)],
};

interface Md {
  lookup: { id: number; path: string[]; def: { tag: string; value: unknown } }[];
  pallets: {
    name: string;
    index: number;
    calls: number;
    events: number;
    errors: number;
    storage: { prefix: string; items: { name: string; modifier: number; fallback: string }[] };
    constants: { name: string; value: string }[];
  }[];
}

const variants = (md: Md, id: number) =>
  (md.lookup[id]!.def.value as { name: string; index: number }[]).map((v) => [v.index, v.name]);

describe('EncointerCeremonies declaration (reference-metadata-spec30)', () => {
  it('storage items: names, order, key prefixes, modifiers and defaults as the reference', () => {
    expect(pallet.storage!.map((i) => [i.name, i.itemKey, i.modifier, toHex(i.fallback)])).toEqual(
      STORAGE.map(([name, twox, modifier, fallback]) => [
        name,
        PALLET_PREFIX + twox.slice(2),
        modifier,
        fallback,
      ]),
    );
  });

  it.each([
    ['v14', buildMetadataV14],
    ['v15', buildMetadataV15],
  ] as const)(
    '%s metadata decodes and lists calls, events, errors and constants in reference order',
    (_v, build) => {
      const md = decAnyMetadata(build(runtime, extras)).metadata.value as unknown as Md;
      const p = md.pallets.find((x) => x.name === 'EncointerCeremonies')!;
      expect(p.index).toBe(61);
      expect(p.storage.items.map((i) => i.name)).toEqual(STORAGE.map(([n]) => n));
      expect(variants(md, p.calls)).toEqual(CALLS.map((n, i) => [i, n]));
      expect(variants(md, p.events)).toEqual(EVENTS.map((n, i) => [i, n]));
      const errors = variants(md, p.errors).map(([, n]) => n);
      expect(errors).toHaveLength(37);
      // Current pallet (§7.14): BootstrapperReputationIsUntransferrable follows BadAttendeeSignature.
      expect(errors.slice(0, 5)).toEqual([
        'ParticipantAlreadyRegistered',
        'BadProofOfAttendanceSignature',
        'BadAttendeeSignature',
        'BootstrapperReputationIsUntransferrable',
        'MeetupLocationNotFound',
      ]);
      expect(errors.at(-1)).toBe('TooManyAttestationsInBoundedVec');
      // Current dev runtime: MeetupSizeTarget 15 (spec-30 had 10), the others as spec-30.
      expect(p.constants.map((c) => [c.name, c.value])).toEqual([
        ['MeetupSizeTarget', '0x0f00000000000000'],
        ['MeetupMinSize', '0x0300000000000000'],
        ['MeetupNewbieLimitDivider', '0x0200000000000000'],
        ['MaxAttestations', '0x64000000'],
      ]);
    },
  );

  it('events carry unnamed fields with their Rust type names, NoReward named fields', () => {
    const md = decAnyMetadata(buildMetadataV14(runtime, extras)).metadata.value as unknown as Md;
    const p = md.pallets.find((x) => x.name === 'EncointerCeremonies')!;
    const defs = md.lookup[p.events]!.def.value as {
      name: string;
      fields: { name?: string; typeName?: string }[];
    }[];
    const fieldsOf = (name: string) =>
      defs.find((d) => d.name === name)!.fields.map((f) => [f.name, f.typeName]);
    expect(fieldsOf('ParticipantRegistered')).toEqual([
      [undefined, 'CommunityIdentifier'],
      [undefined, 'ParticipantType'],
      [undefined, 'T::AccountId'],
    ]);
    // A single unnamed field is carried unwrapped; the framework gives it no type name (see events.ts).
    expect(fieldsOf('InactivityTimeoutUpdated')).toEqual([[undefined, undefined]]);
    expect(fieldsOf('NoReward').map(([n]) => n)).toEqual([
      'cid',
      'cindex',
      'meetup_index',
      'account',
      'reason',
    ]);
  });

  it('encodes calls as [61, call index, args]', () => {
    const call = runtime.callType.enc({
      tag: 'EncointerCeremonies',
      value: {
        tag: 'claim_rewards',
        value: { cid: { geohash: new Uint8Array(5), digest: new Uint8Array(4) }, maybe_meetup_index: 1n },
      },
    });
    expect(toHex(call)).toBe(`0x3d05${'00'.repeat(9)}010100000000000000`);
    const setter = runtime.callType.enc({
      tag: 'EncointerCeremonies',
      value: { tag: 'set_meetup_time_offset', value: { meetup_time_offset: -1 } },
    });
    expect(toHex(setter)).toBe('0x3d0affffffff');
  });
});
