// spec: reference-metadata-spec30 EncointerBazaar (storage names/hashers, calls, events, errors) and BazaarApi
import { describe, expect, it } from 'vitest';
import { ourPallet, referencePallet, withoutDocs } from '../encointerBalances/referenceMetadata.js';
import { createBazaarPallet } from './pallet.js';
import { BAZAAR_API } from './runtimeApi.js';
import { BusinessRegistry, OfferingRegistry } from './storage.js';

const pallet = createBazaarPallet();
const ours = ourPallet(pallet);
const ref = referencePallet('EncointerBazaar');

describe('EncointerBazaar matches the spec-30 reference metadata', () => {
  it('pallet index 64, no constants', () => {
    expect(pallet.index).toBe(64);
    expect(ours.constants).toEqual(ref.constants);
  });

  it('storage: names, order, modifiers, hashers, key and value types, defaults', () => {
    expect(ours.storage).toEqual(ref.storage);
    expect(BusinessRegistry.itemKey).toBe(
      '0x19891a8d19ea8a5c38a9546956ac70ee89c93dc3a7e6426ec56d6b9f947fd40d',
    );
    expect(OfferingRegistry.itemKey).toBe(
      '0x19891a8d19ea8a5c38a9546956ac70ee96bc3ba1b2295380bb15e6e446bc228d',
    );
  });

  it('calls: indices, argument names, type names and types', () => {
    expect(withoutDocs(ours.calls)).toEqual(withoutDocs(ref.calls));
  });

  it('events and errors: names, indices, fields and docs', () => {
    expect(ours.events).toEqual(ref.events);
    expect(ours.errors).toEqual(ref.errors);
  });

  it('BazaarApi: method names, inputs and outputs', () => {
    expect(
      BAZAAR_API.methods.map((m) => ({
        name: m.name,
        inputs: m.inputs.map((i) => [i.name, i.type.path.join('::')]),
        output: m.output.def().tag,
      })),
    ).toEqual([
      {
        name: 'get_offerings',
        inputs: [['business', 'encointer_primitives::bazaar::BusinessIdentifier']],
        output: 'sequence',
      },
      {
        name: 'get_businesses',
        inputs: [['community', 'encointer_primitives::communities::CommunityIdentifier']],
        output: 'sequence',
      },
    ]);
  });
});
