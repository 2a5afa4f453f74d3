// spec: substrate-compat §1.2 — papi's dynamic ("unsafe") API, typed from the chain's own metadata at run time
/**
 * The dynamic API of polkadot-api without generated descriptors. Its shape is only known at run time (from the
 * chain's metadata), so it is `any` here, in this one place; every helper narrows what it reads at its boundary.
 */
// biome-ignore lint/suspicious/noExplicitAny: the dynamic API has no static types (no descriptors)
export type UnsafeApi = any;

/** A transaction of the dynamic API (`api.tx.Pallet.call(args)`). */
// biome-ignore lint/suspicious/noExplicitAny: see UnsafeApi
export type UnsafeTransaction = any;
