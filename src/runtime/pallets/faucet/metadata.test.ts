// spec: reference-metadata-spec30 EncointerFaucet (index, storage names/hashers, calls, events, errors, PalletId)
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Faucet } from '../../../primitives/scale/index.js';
import { NativeCurrency } from '../balances/currency.js';
import { ourPallet, referencePallet, withoutDocs } from '../encointerBalances/referenceMetadata.js';
import { createFaucetPallet } from './pallet.js';
import { Faucets, ReserveAmount } from './storage.js';

const pallet = createFaucetPallet({
  currency: new NativeCurrency({ existentialDeposit: 500n }),
  maxReserves: 50,
  isController: (o) => o.kind === 'Root',
});
const ours = ourPallet(pallet);
const ref = referencePallet('EncointerFaucet');

describe('EncointerFaucet matches the spec-30 reference metadata', () => {
  it('pallet index 66; constant PalletId = "ectrfct0"', () => {
    expect(pallet.index).toBe(66);
    expect(ours.constants).toEqual(ref.constants);
    expect(ours.constants[0]?.value).toBe('0x6563747266637430');
  });

  it('storage: names, order, modifiers, hashers, key and value types, defaults', () => {
    expect(ours.storage).toEqual(ref.storage);
    expect(Faucets.itemKey).toBe('0x377f249db077e74c71ad6c741f932846b0bf54cc57af653eed422fffd9cdfc77');
    expect(ReserveAmount.itemKey).toBe('0x377f249db077e74c71ad6c741f9328464570b66790b44bd273ef5ce80b0509b6');
  });

  it('calls: indices, argument names, type names and types', () => {
    expect(withoutDocs(ours.calls)).toEqual(withoutDocs(ref.calls));
  });

  it('events and errors: names, indices, fields and docs', () => {
    expect(ours.events).toEqual(ref.events);
    expect(ours.errors).toEqual(ref.errors);
  });

  it('the Faucet value type: path, field names and type names as in the reference type appendix', () => {
    const json = JSON.parse(
      readFileSync(
        new URL('../../../../../shared/spec/reference-metadata-spec30.json', import.meta.url),
        'utf8',
      ),
    );
    const types: {
      type: { path: string[]; def: { composite?: { fields: { name: string; typeName: string }[] } } };
    }[] = json.metadata.v15.metadata.v15.lookup.types;
    const ref = types.find((t) => t.type.path.join('::') === 'encointer_primitives::faucet::Faucet')!.type;
    const def = Faucet.def();
    expect(Faucet.path).toEqual(ref.path);
    if (def.tag !== 'composite') throw new Error('Faucet is not a struct');
    expect(def.value.map((f) => [f.name, f.typeName])).toEqual(
      ref.def.composite!.fields.map((f) => [f.name, f.typeName]),
    );
  });
});
