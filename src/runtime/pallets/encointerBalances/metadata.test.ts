// spec: reference-metadata-spec30 EncointerBalances (storage names/hashers, calls, events, errors, constants); economy §2.8
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../primitives/common/bytes.js';
import { createEncointerBalancesPallet } from './pallet.js';
import { ourPallet, referencePallet, withoutDocs } from './referenceMetadata.js';
import { Balance, DemurragePerBlock, FeeConversionFactor, TotalIssuance } from './storage.js';
import { ALICE, CID, isRoot } from './testSupport.js';

const ours = ourPallet(createEncointerBalancesPallet({ isCeremonyMaster: isRoot }));
const ref = referencePallet('EncointerBalances');

describe('EncointerBalances matches the spec-30 reference metadata', () => {
  it('pallet index 63', () => {
    expect(createEncointerBalancesPallet({ isCeremonyMaster: isRoot }).index).toBe(63);
  });

  it('storage: names, order, modifiers, hashers, key and value types, defaults', () => {
    expect(ours.storage).toEqual(ref.storage);
  });

  it('storage keys: twox128(prefix) ++ twox128(name) as listed in the reference', () => {
    expect(TotalIssuance.itemKey).toBe('0xda1c278283c2287f6c7474ab9b82f51b57c875e4cff74148e4628f264b974c80');
    expect(Balance.itemKey).toBe('0xda1c278283c2287f6c7474ab9b82f51b4ea8ea0c01faa42b6eb344a85c47b387');
    expect(DemurragePerBlock.itemKey).toBe(
      '0xda1c278283c2287f6c7474ab9b82f51b6fceb44b6fa28dbef2a4a5fc9eb774ae',
    );
    expect(FeeConversionFactor.itemKey).toBe(
      '0xda1c278283c2287f6c7474ab9b82f51b40e616be63276ad8307aa70e63acc0d7',
    );
    // Blake2_128Concat keys end with the SCALE key itself.
    expect(Balance.key(CID, ALICE).endsWith(toHex(ALICE).slice(2))).toBe(true);
  });

  it('calls: indices, argument names, type names and types', () => {
    expect(withoutDocs(ours.calls)).toEqual(withoutDocs(ref.calls));
  });

  it('events: spec-30 variants 0–3 unchanged, Burned appended as 4 (economy §2.8)', () => {
    expect(ours.events.slice(0, 4)).toEqual(ref.events);
    expect(ours.events[4]).toEqual({
      name: 'Burned',
      index: 4,
      fields: [
        {
          name: null,
          typeName: 'CommunityIdentifier',
          type: 'encointer_primitives::communities::CommunityIdentifier',
        },
        { name: null, typeName: 'T::AccountId', type: 'sp_core::crypto::AccountId32' },
        { name: null, typeName: 'BalanceType', type: 'substrate_fixed::FixedU128' },
      ],
      docs: ['Token burn success `[community_id, who, amount]`'],
    });
  });

  it('errors: names, indices and docs', () => {
    expect(ours.errors).toEqual(ref.errors);
  });

  it('constants: DefaultDemurrage and ExistentialDeposit with the reference values', () => {
    expect(ours.constants).toEqual(ref.constants);
    expect(ours.constants.map((c) => c.value)).toEqual([
      '0x73a9a8f0e30100000000000000000000',
      '0xa48d23d6e25300000000000000000000',
    ]);
  });
});
