// spec: reference-metadata-spec30 EncointerReputationCommitments (index, storage names/hashers, calls, events, errors)
import { describe, expect, it } from 'vitest';
import { ourPallet, referencePallet, withoutDocs } from '../encointerBalances/referenceMetadata.js';
import { createReputationCommitmentsPallet } from './pallet.js';
import { Commitments, CurrentPurposeId, Purposes } from './storage.js';

const pallet = createReputationCommitmentsPallet();
const ours = ourPallet(pallet);
const ref = referencePallet('EncointerReputationCommitments');

describe('EncointerReputationCommitments matches the spec-30 reference metadata', () => {
  it('pallet index 65, no constants', () => {
    expect(pallet.index).toBe(65);
    expect(ours.constants).toEqual(ref.constants);
  });

  it('storage: names, order, modifiers, hashers, key and value types, defaults', () => {
    expect(ours.storage).toEqual(ref.storage);
    expect(CurrentPurposeId.itemKey).toBe(
      '0x3ab1e52fe7e27607bc1cb70613b457e3821ea5cb5c67b4fb6203ec830fadd256',
    );
    expect(Purposes.itemKey).toBe('0x3ab1e52fe7e27607bc1cb70613b457e386b4ede5258bf6ab704f7f9f7e650a68');
    expect(Commitments.itemKey).toBe('0x3ab1e52fe7e27607bc1cb70613b457e3ca407206ec1ab726b2636c4b145ac287');
  });

  it('calls: indices, argument names, type names and types', () => {
    expect(withoutDocs(ours.calls)).toEqual(withoutDocs(ref.calls));
  });

  it('events and errors: names, indices, fields and docs', () => {
    expect(ours.events).toEqual(ref.events);
    expect(ours.errors).toEqual(ref.errors);
  });
});
