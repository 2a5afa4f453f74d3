/**
 * `defineEvents`/`defineErrors` with the type parameters FRAME gives a pallet's enums (`T`, or `T, I` for an
 * instantiable pallet such as Balances), so that the lookup matches the reference (reference-metadata-spec30).
 */
import { enumType, unitEnum, type VariantSpec } from '../../../primitives/codec/describe.js';
import { PalletError } from '../../framework/errors.js';
import type { ErrorsDecl } from '../../framework/pallet.js';

export type TypeParams = readonly { name: string; type: undefined }[];

export const PARAMS_T: TypeParams = [{ name: 'T', type: undefined }];
export const PARAMS_T_I: TypeParams = [
  { name: 'T', type: undefined },
  { name: 'I', type: undefined },
];

/** A pallet's `Event` enum at `path`, with FRAME's type parameters. */
// biome-ignore lint/suspicious/noExplicitAny: variant types are heterogeneous
export const palletEvents = <V extends Record<string, VariantSpec<any>>>(
  path: readonly string[],
  variants: V,
  params: TypeParams = PARAMS_T,
) => enumType(path, variants, { params, docs: ['The `Event` enum of this pallet'] });

/** A pallet's `Error` enum in index order, each variant with its doc line. */
export const palletErrors = <N extends string>(
  pallet: string,
  path: readonly string[],
  errors: readonly (readonly [N, string])[],
  params: TypeParams = PARAMS_T,
): ErrorsDecl<N> => {
  const names = errors.map(([n]) => n);
  const docs = new Map<N, string>(errors.map(([n, d]) => [n, d]));
  const type = unitEnum(path, names, {
    params,
    docs: ['The `Error` enum of this pallet.'],
    variantDocs: Object.fromEntries(errors.map(([n, d]) => [n, [d]])) as Partial<Record<N, string[]>>,
  });
  return {
    type,
    names,
    fail: (name) => new PalletError(pallet, name, names.indexOf(name), docs.get(name) ?? ''),
  };
};
