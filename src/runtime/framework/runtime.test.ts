import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { bytes, lazy, struct, tuple, u32, unitStruct } from '../../primitives/codec/describe.js';
import { AccountId32, MultiAddress, MultiSignature } from '../types/substrate.js';
import { BadOriginError } from './errors.js';
import { buildMetadataV14, buildMetadataV15, type MetadataExtras } from './metadata.js';
import {
  call,
  constant,
  defineErrors,
  defineEvents,
  definePallet,
  type Env,
  type Origin,
  ROOT,
  signed,
} from './pallet.js';
import { Runtime } from './runtime.js';
import { MemoryState, OverlayState } from './state.js';
import { key, storageOf } from './storage.js';

const store = storageOf('Counter');
const Count = store.value('Count', u32, { default: 0, docs: ['How often `bump` ran.'] });
const ByAccount = store.map('ByAccount', key('Blake2_128Concat', AccountId32), u32);
const errors = defineErrors(
  'Counter',
  ['pallet_counter', 'pallet', 'Error'],
  [['TooBig', 'The counter may not pass 10.'], 'NotAllowed'],
);
const events = defineEvents(['pallet_counter', 'pallet', 'Event'], {
  Bumped: { index: 0, fields: { by: u32, total: u32 } },
});

const counter = definePallet({
  name: 'Counter',
  index: 7,
  storage: [Count, ByAccount],
  events,
  errors,
  constants: { Max: constant(u32, 10, ['The largest count.']) },
  calls: {
    bump: call({
      index: 0,
      args: { by: u32 },
      dispatch: (env, origin, { by }) => {
        if (origin.kind !== 'Signed') throw new BadOriginError();
        const total = Count.mutate(env.state, (c) => c + by);
        ByAccount.mutate(env.state, origin.who, (c) => (c ?? 0) + by);
        // Written before the check on purpose: the rollback must undo it.
        if (total > 10) throw errors.fail('TooBig');
        env.deposit('Counter', { tag: 'Bumped', value: { by, total } });
      },
    }),
    as_root: call({
      index: 3,
      args: { call: lazy(() => runtime.callType) },
      dispatch: (env, origin, args) => {
        if (origin.kind !== 'Root') throw errors.fail('NotAllowed');
        env.dispatch(signed(new Uint8Array(32)), args.call);
      },
    }),
  },
});
const runtime: Runtime = new Runtime({ crate: 'test_runtime', pallets: [counter] });

const makeEnv = (state: OverlayState) => {
  const deposited: unknown[] = [];
  const env: Env = {
    state,
    blockNumber: 1,
    randomSeed: () => new Uint8Array(32),
    deposit: (pallet, event) => deposited.push({ tag: pallet, value: event }),
    dispatch: (origin: Origin, c) => runtime.dispatchUnchecked(env, origin, c),
  };
  return { env, deposited };
};

const alice = new Uint8Array(32).fill(1);

describe('runtime dispatch', () => {
  it('applies a successful call and records its event', () => {
    const state = new OverlayState(new MemoryState());
    const { env, deposited } = makeEnv(state);
    const result = runtime.dispatch(env, signed(alice), {
      tag: 'Counter',
      value: { tag: 'bump', value: { by: 4 } },
    });
    expect(result).toEqual({ ok: true });
    expect(Count.get(state)).toBe(4);
    expect(deposited).toEqual([{ tag: 'Counter', value: { tag: 'Bumped', value: { by: 4, total: 4 } } }]);
  });

  it('rolls back a failing call and reports the module error by pallet and variant index', () => {
    const state = new OverlayState(new MemoryState());
    const { env } = makeEnv(state);
    const result = runtime.dispatch(env, signed(alice), {
      tag: 'Counter',
      value: { tag: 'bump', value: { by: 11 } },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toEqual({ tag: 'Module', value: { index: 7, error: Uint8Array.of(0, 0, 0, 0) } });
    expect(runtime.describeError(result.error)).toBe('Counter.TooBig');
    expect(Count.get(state)).toBe(0);
    expect(ByAccount.exists(state, alice)).toBe(false);
  });

  it('checks origins and dispatches nested calls', () => {
    const state = new OverlayState(new MemoryState());
    const { env } = makeEnv(state);
    const inner = { tag: 'Counter', value: { tag: 'bump', value: { by: 2 } } };
    expect(runtime.dispatch(env, ROOT, inner)).toMatchObject({ ok: false, error: { tag: 'BadOrigin' } });
    expect(
      runtime.dispatch(env, ROOT, { tag: 'Counter', value: { tag: 'as_root', value: { call: inner } } }),
    ).toEqual({
      ok: true,
    });
    expect(Count.get(state)).toBe(2);
  });

  it('encodes calls as [pallet index, call index, args]', () => {
    expect(runtime.callType.enc({ tag: 'Counter', value: { tag: 'bump', value: { by: 1 } } })).toEqual(
      Uint8Array.of(7, 0, 1, 0, 0, 0),
    );
  });
});

describe('metadata generated from the declarations', () => {
  const Extra = tuple();
  const extras: MetadataExtras = {
    uncheckedExtrinsic: struct(['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'], {
      bytes,
    }),
    address: MultiAddress,
    signature: MultiSignature,
    extra: Extra,
    signedExtensions: [],
    runtimeType: unitStruct(['test_runtime', 'Runtime']),
    apis: [{ name: 'Core', methods: [{ name: 'version', inputs: [], output: u32 }] }],
  };

  it.each([
    ['v14', buildMetadataV14],
    ['v15', buildMetadataV15],
  ] as const)('%s decodes with polkadot-api and lists the pallet with its items', (version, build) => {
    const decoded = decAnyMetadata(build(runtime, extras));
    expect(decoded.metadata.tag).toBe(version);
    const md = decoded.metadata.value as {
      lookup: { id: number; path: string[]; def: { tag: string; value: unknown } }[];
      pallets: {
        name: string;
        index: number;
        calls: number;
        errors: number;
        storage: { items: { name: string; modifier: number; fallback: string }[] };
        constants: { name: string; value: string }[];
      }[];
    };
    const pallet = md.pallets[0]!;
    expect(pallet).toMatchObject({ name: 'Counter', index: 7 });
    expect(pallet.storage.items.map((i) => [i.name, i.modifier, i.fallback])).toEqual([
      ['Count', 1, '0x00000000'],
      ['ByAccount', 0, '0x00'],
    ]);
    expect(pallet.constants).toEqual([expect.objectContaining({ name: 'Max', value: '0x0a000000' })]);
    const callDef = md.lookup[pallet.calls]!.def as { value: { name: string; index: number }[] };
    expect(callDef.value.map((v) => [v.name, v.index])).toEqual([
      ['bump', 0],
      ['as_root', 3],
    ]);
    const errorDef = md.lookup[pallet.errors]!.def as { value: { name: string; docs: string[] }[] };
    expect(errorDef.value.map((v) => [v.name, v.docs])).toEqual([
      ['TooBig', ['The counter may not pass 10.']],
      ['NotAllowed', []],
    ]);
    expect(md.lookup.map((t) => t.id)).toEqual(md.lookup.map((_, i) => i));
  });
});
