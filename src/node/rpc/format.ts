// spec: substrate-compat §3.2 (header JSON), §4.1 (chainHead runtime object), §8 (RuntimeVersion JSON)
/** The JSON shapes the RPC answers with. Hex is lowercase and `0x`-prefixed everywhere. */
import { toHex } from '../../primitives/common/bytes.js';
import { DigestItem, type HeaderValue } from '../../runtime/pallets/system/types.js';
import type { RuntimeVersionValue } from '../../runtime/types/substrate.js';

export interface HeaderJson {
  parentHash: string;
  number: string;
  stateRoot: string;
  extrinsicsRoot: string;
  digest: { logs: string[] };
}

/** The header as Substrate serializes it: `number` as minimal hex, each digest log as its SCALE hex. */
export const headerJson = (header: HeaderValue): HeaderJson => ({
  parentHash: toHex(header.parent_hash),
  number: `0x${header.number.toString(16)}`,
  stateRoot: toHex(header.state_root),
  extrinsicsRoot: toHex(header.extrinsics_root),
  digest: { logs: header.digest.logs.map((l) => toHex(DigestItem.enc(l))) },
});

/** `state_getRuntimeVersion` JSON: `apis` as [id, version] pairs; both `systemVersion` and `stateVersion`. */
export const runtimeVersionJson = (v: RuntimeVersionValue) => ({
  specName: v.spec_name,
  implName: v.impl_name,
  authoringVersion: v.authoring_version,
  specVersion: v.spec_version,
  implVersion: v.impl_version,
  apis: v.apis.map(([id, version]) => [toHex(id), version] as [string, number]),
  transactionVersion: v.transaction_version,
  systemVersion: v.state_version,
  stateVersion: v.state_version,
});

/** The chainHead_v1 runtime object: `apis` as an object, no authoring/system version. */
export const chainHeadRuntimeJson = (v: RuntimeVersionValue) => ({
  type: 'valid' as const,
  spec: {
    specName: v.spec_name,
    implName: v.impl_name,
    specVersion: v.spec_version,
    implVersion: v.impl_version,
    transactionVersion: v.transaction_version,
    apis: Object.fromEntries(v.apis.map(([id, version]) => [toHex(id), version])),
  },
});
