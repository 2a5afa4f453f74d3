import { describe, expect, it } from 'vitest';
import type { ChainMetadata } from '../common/metadata.js';
import { resolveDispatchError } from './dispatchError.js';
import { ExtrinsicFailedError } from './errors.js';

const DOCS: Record<string, string[]> = {
  'EncointerCeremonies.AttestationPhaseRequired': [
    'the action can only be performed during attestation phase',
  ],
  'undefined.BadOrigin': ['Bad origin.'],
  'undefined.FundsUnavailable': ['Funds are unavailable.'],
};

const metadata = {
  hasPallet: () => true,
  errorDocs: (pallet: string | undefined, error: string) => DOCS[`${pallet}.${error}`] ?? [],
  moduleError: (index: number, error: number) =>
    index === 61 && error === 7
      ? { pallet: 'EncointerCeremonies', error: 'AttestationPhaseRequired' }
      : undefined,
} as unknown as ChainMetadata;

describe('resolveDispatchError (ARCHITECTURE §3 item 7: pallet error names and docs)', () => {
  it('reads papi’s mapped module errors', () => {
    const info = resolveDispatchError(
      { type: 'Module', value: { type: 'EncointerCeremonies', value: { type: 'AttestationPhaseRequired' } } },
      metadata,
    );
    expect(info).toEqual({
      kind: 'Module',
      pallet: 'EncointerCeremonies',
      error: 'AttestationPhaseRequired',
      docs: DOCS['EncointerCeremonies.AttestationPhaseRequired'],
    });
  });

  it('resolves a raw ModuleError { index, error } through the metadata', () => {
    const info = resolveDispatchError(
      { type: 'Module', value: { index: 61, error: '0x07000000' } },
      metadata,
    );
    expect(info.pallet).toBe('EncointerCeremonies');
    expect(info.error).toBe('AttestationPhaseRequired');
    const unknown = resolveDispatchError(
      { type: 'Module', value: { index: 99, error: '0x01000000' } },
      metadata,
    );
    expect(unknown).toMatchObject({ pallet: '#99', error: '#1' });
  });

  it('names runtime errors and their nested variants', () => {
    expect(resolveDispatchError({ type: 'BadOrigin' }, metadata)).toEqual({
      kind: 'BadOrigin',
      pallet: undefined,
      error: 'BadOrigin',
      docs: ['Bad origin.'],
    });
    expect(
      resolveDispatchError({ type: 'Token', value: { type: 'FundsUnavailable' } }, metadata),
    ).toMatchObject({
      kind: 'Token',
      error: 'FundsUnavailable',
      docs: ['Funds are unavailable.'],
    });
  });

  it('ExtrinsicFailedError carries pallet, error and docs, and its name is the error variant', () => {
    const info = resolveDispatchError(
      { type: 'Module', value: { type: 'EncointerCeremonies', value: { type: 'AttestationPhaseRequired' } } },
      metadata,
    );
    const e = new ExtrinsicFailedError(info, {
      txHash: '0x01',
      block: { hash: '0x02', number: 3, index: 1 },
      events: [],
    });
    expect(e.name).toBe('AttestationPhaseRequired');
    expect(e.pallet).toBe('EncointerCeremonies');
    expect(e.message).toBe(
      'extrinsic failed: EncointerCeremonies.AttestationPhaseRequired: the action can only be performed during attestation phase',
    );
  });
});
