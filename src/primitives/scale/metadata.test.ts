// The protocol types as a metadata lookup (substrate-compat §7.2, §7.5; reference-metadata-spec30 type appendix).
import { v14Lookup } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { isType } from '../codec/describe.js';
import { type LookupEntry, TypeRegistry } from '../codec/registry.js';
import type { AnyType } from '../codec/types.js';
import * as scale from './index.js';

const exported = Object.entries(scale).filter(([, v]) => isType(v)) as [string, AnyType][];
const registry = new TypeRegistry();
const ids = new Map(exported.map(([name, type]) => [name, registry.id(type)]));
const lookup = registry.lookup();
const entryOf = (name: string): LookupEntry => lookup[ids.get(name)!]!;
const withPath = (path: string): LookupEntry[] => lookup.filter((e) => e.path.join('::') === path);

// Paths of the reference runtime (reference-metadata-spec30.json lookup) for the types it already has.
const REFERENCE_PATHS = [
  ['AccountId', 'sp_core::crypto::AccountId32'],
  ['H256', 'primitive_types::H256'],
  ['MultiSignature', 'sp_runtime::MultiSignature'],
  ['Ed25519Signature', 'sp_core::ed25519::Signature'],
  ['Sr25519Signature', 'sp_core::sr25519::Signature'],
  ['EcdsaSignature', 'sp_core::ecdsa::Signature'],
  ['GeoHash', 'geohash::GeoHash'],
  ['CommunityIdentifier', 'encointer_primitives::communities::CommunityIdentifier'],
  ['Location', 'encointer_primitives::communities::Location'],
  ['I64F64', 'substrate_fixed::FixedI128'],
  ['Degree', 'substrate_fixed::FixedI128'],
  ['U64F64', 'substrate_fixed::FixedU128'],
  ['BalanceType', 'substrate_fixed::FixedU128'],
  ['CeremonyPhaseType', 'encointer_primitives::scheduler::CeremonyPhaseType'],
  ['ParticipantType', 'encointer_primitives::ceremonies::ParticipantType'],
  ['MeetupResult', 'encointer_primitives::ceremonies::MeetupResult'],
  ['ExclusionReason', 'encointer_meetup_validation::ExclusionReason'],
  ['Reputation', 'encointer_primitives::ceremonies::Reputation'],
  ['AssignmentParams', 'encointer_primitives::ceremonies::AssignmentParams'],
  ['Assignment', 'encointer_primitives::ceremonies::Assignment'],
  ['AssignmentCount', 'encointer_primitives::ceremonies::AssignmentCount'],
  ['ProofOfAttendance', 'encointer_primitives::ceremonies::ProofOfAttendance'],
  ['CommunityMetadata', 'encointer_primitives::communities::CommunityMetadata'],
  ['AnnouncementSigner', 'encointer_primitives::communities::AnnouncementSigner'],
  ['CommunityRules', 'encointer_primitives::communities::CommunityRules'],
  ['BalanceEntry', 'encointer_primitives::balances::BalanceEntry'],
  ['BusinessData', 'encointer_primitives::bazaar::BusinessData'],
  ['BusinessIdentifier', 'encointer_primitives::bazaar::BusinessIdentifier'],
  ['OfferingData', 'encointer_primitives::bazaar::OfferingData'],
  ['Faucet', 'encointer_primitives::faucet::Faucet'],
  ['Proposal', 'encointer_primitives::democracy::Proposal'],
  ['ProposalState', 'encointer_primitives::democracy::ProposalState'],
  ['Tally', 'encointer_primitives::democracy::Tally'],
  ['Vote', 'encointer_primitives::democracy::Vote'],
  ['ProposalAction', 'encointer_primitives::democracy::ProposalAction'],
  ['ProposalActionIdentifier', 'encointer_primitives::democracy::ProposalActionIdentifier'],
  ['PalletString', 'bounded_collections::bounded_vec::BoundedVec'],
  ['Bootstrappers', 'bounded_collections::bounded_vec::BoundedVec'],
] as const;

describe('every exported protocol type in one metadata lookup', () => {
  it('registers them all, and the lookup survives polkadot-api’s own V14 lookup codec unchanged', () => {
    expect(exported.length).toBeGreaterThan(90);
    expect(lookup.map((e) => e.id)).toEqual(lookup.map((_, i) => i));
    const encoded = v14Lookup.enc(lookup as Parameters<typeof v14Lookup.enc>[0]);
    expect(v14Lookup.dec(encoded)).toEqual(lookup);
  });

  it.each(REFERENCE_PATHS)('%s has the reference path %s', (name, path) => {
    expect(entryOf(name).path.join('::')).toBe(path);
  });

  it('gives every named struct and enum a path (new types under encointer_primitives::<module>)', () => {
    const anonymousNamed = exported.filter(([, t]) => {
      const tag = t.def().tag;
      return (tag === 'composite' || tag === 'variant') && t.path.length === 0;
    });
    expect(anonymousNamed.map(([name]) => name)).toEqual([]);
    expect(entryOf('SwapNativeOption').path).toEqual([
      'encointer_primitives',
      'treasuries',
      'SwapNativeOption',
    ]);
    expect(entryOf('OnboardingApplication').path).toEqual([
      'encointer_primitives',
      'onboarding',
      'OnboardingApplication',
    ]);
  });

  it('holds exactly one AccountId32, one H256, one FixedI128 and one FixedU128 (clients key on them)', () => {
    expect(withPath('sp_core::crypto::AccountId32')).toHaveLength(1);
    expect(withPath('primitive_types::H256')).toHaveLength(1);
    expect(withPath('substrate_fixed::FixedI128')).toHaveLength(1);
    expect(withPath('substrate_fixed::FixedU128')).toHaveLength(1);
    expect(withPath('sp_runtime::MultiSignature')).toHaveLength(1);
  });

  it('shares one entry between Rust aliases and between types that differ only in their error names', () => {
    expect(ids.get('Degree')).toBe(ids.get('I64F64'));
    expect(ids.get('NominalIncome')).toBe(ids.get('U64F64'));
    // PalletString and BoundedIpfsCid are both BoundedVec<u8, ConstU32<256>> (reference: one type id, 154).
    expect(ids.get('PalletString')).toBe(ids.get('BoundedIpfsCid'));
    expect(ids.get('FaucetName')).not.toBe(ids.get('PalletString'));
    // Option<Moment> and Option<u64>, Option<PalletString> and Option<BoundedIpfsCid>: one Option each.
    const options = lookup.filter((e) => e.path[0] === 'Option');
    const keys = options.map((e) => JSON.stringify(e.params));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('reference-metadata-spec30: CommunityIdentifier is { geohash: [u8; 5], digest: [u8; 4] }', () => {
    const cid = entryOf('CommunityIdentifier');
    expect(cid.params).toEqual([]);
    expect(cid.def.tag).toBe('composite');
    const fields = cid.def.value as { name: string; type: number; typeName: string }[];
    expect(fields.map((f) => [f.name, f.typeName])).toEqual([
      ['geohash', '[u8; 5]'],
      ['digest', '[u8; 4]'],
    ]);
    expect(lookup[fields[0]!.type]!.def).toEqual({
      tag: 'array',
      value: { len: 5, type: expect.any(Number) },
    });
  });

  it('reference-metadata-spec30: CeremonyPhaseType is Registering=0, Assigning=1, Attesting=2', () => {
    const phase = entryOf('CeremonyPhaseType');
    expect(phase.def.tag).toBe('variant');
    const variants = phase.def.value as { name: string; index: number; fields: unknown[] }[];
    expect(variants.map((v) => [v.name, v.index, v.fields.length])).toEqual([
      ['Registering', 0, 0],
      ['Assigning', 1, 0],
      ['Attesting', 2, 0],
    ]);
  });

  it('reference-metadata-spec30: BalanceEntry<BlockNumber = u32> { principal: FixedU128, last_update: u32 }', () => {
    const entry = entryOf('BalanceEntry');
    expect(entry.params).toEqual([{ name: 'BlockNumber', type: ids.get('BlockNumber') }]);
    expect(lookup[ids.get('BlockNumber')!]!.def).toEqual({
      tag: 'primitive',
      value: { tag: 'u32', value: undefined },
    });
    const fields = entry.def.value as { name: string; type: number; typeName: string }[];
    expect(fields).toEqual([
      { name: 'principal', type: ids.get('BalanceType'), typeName: 'BalanceType', docs: [] },
      { name: 'last_update', type: ids.get('BlockNumber'), typeName: 'BlockNumber', docs: [] },
    ]);
  });

  it('reference-metadata-spec30: FixedU128<Frac = U64> { bits: u128 }, U64 as seven typenum UInt levels', () => {
    const fixed = entryOf('U64F64');
    expect(fixed.def).toEqual({
      tag: 'composite',
      value: [{ name: 'bits', type: expect.any(Number), typeName: 'u128', docs: [] }],
    });
    expect(fixed.params.map((p) => p.name)).toEqual(['Frac']);
    // Walk msb links down to UTerm, collecting the lsb bits: 64 = 0b1000000.
    const bits: string[] = [];
    let at = lookup[fixed.params[0]!.type!]!;
    while (at.path.join('::') === 'typenum::uint::UInt') {
      const [msb, lsb] = at.def.value as { type: number }[];
      bits.unshift(lookup[lsb!.type]!.path.at(-1)!);
      at = lookup[msb!.type]!;
    }
    expect(at.path).toEqual(['typenum', 'uint', 'UTerm']);
    expect(bits.join('')).toBe('B1B0B0B0B0B0B0');
    expect(entryOf('I64F64').params).toEqual(fixed.params);
  });

  it('reference-metadata-spec30: ProofOfAttendance<Signature, AccountId> and bounded vectors as BoundedVec<T, S>', () => {
    expect(entryOf('ProofOfAttendance').params).toEqual([
      { name: 'Signature', type: ids.get('MultiSignature') },
      { name: 'AccountId', type: ids.get('AccountId') },
    ]);
    const bootstrappers = entryOf('Bootstrappers');
    expect(bootstrappers.params).toEqual([
      { name: 'T', type: ids.get('AccountId') },
      { name: 'S', type: undefined },
    ]);
    const [inner] = bootstrappers.def.value as { type: number; typeName: string }[];
    expect(inner!.typeName).toBe('Vec<T>');
    expect(lookup[inner!.type]!.def).toEqual({ tag: 'sequence', value: ids.get('AccountId') });
  });

  it('lists a multi-field variant field by field, as FRAME does (ProposalAction::AddLocation(cid, Location))', () => {
    const variants = entryOf('ProposalAction').def.value as {
      name: string;
      fields: { name?: string; type: number; typeName?: string }[];
    }[];
    const add = variants.find((v) => v.name === 'AddLocation')!;
    expect(add.fields.map((f) => [f.type, f.typeName])).toEqual([
      [ids.get('CommunityIdentifier'), 'CommunityIdentifier'],
      [ids.get('Location'), 'Location'],
    ]);
  });
});
