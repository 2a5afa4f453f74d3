// spec: economy §7 (treasuries: index 68, storage, calls, events, errors; new since spec 30) and the metadata of
// all three pallets together (reference-metadata-spec30 for 65 and 66)
import { decAnyMetadata } from '@polkadot-api/substrate-bindings';
import { describe, expect, it } from 'vitest';
import { bytes, struct, tuple, unitStruct } from '../../../primitives/codec/describe.js';
import { buildMetadataV14, buildMetadataV15, type MetadataExtras } from '../../framework/metadata.js';
import { MultiAddress, MultiSignature } from '../../types/substrate.js';
import { setup } from '../reputationCommitments/testSupport.js';
import { TREASURIES_API } from './runtimeApi.js';

const extras: MetadataExtras = {
  uncheckedExtrinsic: struct(['sp_runtime', 'generic', 'unchecked_extrinsic', 'UncheckedExtrinsic'], {
    bytes,
  }),
  address: MultiAddress,
  signature: MultiSignature,
  extra: tuple(),
  signedExtensions: [],
  runtimeType: unitStruct(['test_runtime', 'Runtime']),
  apis: [TREASURIES_API],
};

interface Md {
  lookup: { id: number; path: string[]; def: { tag: string; value: unknown } }[];
  pallets: {
    name: string;
    index: number;
    storage: {
      prefix: string;
      items: { name: string; type: { tag: string; value: { hashers: { tag: string }[] } } }[];
    };
    calls: number;
    events: number;
    errors: number;
    constants: { name: string; value: string }[];
  }[];
}

const variants = (md: Md, id: number) =>
  (md.lookup[id]!.def.value as { name: string; index: number }[]).map((v) => [v.index, v.name]);

describe('EncointerTreasuries declaration (economy §7)', () => {
  const { runtime } = setup();

  it.each([
    ['v14', buildMetadataV14],
    ['v15', buildMetadataV15],
  ] as const)(
    '%s metadata: index 68, storage, calls, events and errors in declaration order',
    (_v, build) => {
      const md = decAnyMetadata(build(runtime, extras)).metadata.value as unknown as Md;
      const p = md.pallets.find((x) => x.name === 'EncointerTreasuries')!;
      expect(p.index).toBe(68);
      expect(p.storage.items.map((i) => [i.name, i.type.value.hashers.map((h) => h.tag)])).toEqual([
        ['SwapNativeOptions', ['Blake2128Concat', 'Blake2128Concat']],
        ['SwapAssetOptions', ['Blake2128Concat', 'Blake2128Concat']],
      ]);
      expect(variants(md, p.calls)).toEqual([
        [0, 'swap_native'],
        [1, 'swap_asset'],
      ]);
      expect(variants(md, p.events)).toEqual([
        [0, 'SpentNative'],
        [1, 'SpentAsset'],
        [2, 'GrantedSwapNativeOption'],
        [3, 'GrantedSwapAssetOption'],
      ]);
      expect(variants(md, p.errors)).toEqual([
        [0, 'NoValidSwapOption'],
        [1, 'SwapRateNotDefined'],
        [2, 'SwapOverflow'],
        [3, 'InsufficientNativeFunds'],
        [4, 'InsufficientAllowance'],
        [5, 'PayoutError'],
      ]);
      expect(md.pallets.find((x) => x.name === 'EncointerReputationCommitments')?.index).toBe(65);
      const faucet = md.pallets.find((x) => x.name === 'EncointerFaucet')!;
      expect(faucet.index).toBe(66);
      expect(faucet.constants.map((c) => [c.name, c.value])).toEqual([['PalletId', '0x6563747266637430']]);
    },
  );
});
