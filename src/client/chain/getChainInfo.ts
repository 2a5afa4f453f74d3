// spec: tooling §0 (dev chain properties: ERT, 12 decimals, ss58Format), substrate-compat (chainSpec_v1)
import type { HexString } from '../common/types.js';
import type { Connection } from '../connection/connect.js';

export interface ChainInfo {
  readonly name: string;
  readonly genesisHash: HexString;
  /** `System.SS58Prefix`: the prefix the chain's codecs encode addresses with. */
  readonly ss58Prefix: number;
  readonly tokenSymbol: string | undefined;
  readonly tokenDecimals: number | undefined;
  readonly specName: string;
  readonly specVersion: number;
}

export type GetChainInfoReturnType = ChainInfo;

const first = <T>(v: T | T[] | undefined): T | undefined => (Array.isArray(v) ? v[0] : v);

/** Chain name, genesis, address prefix, native token and runtime version. */
export const getChainInfo = async (conn: Connection): Promise<GetChainInfoReturnType> => {
  const spec = await conn.client.getChainSpecData();
  const props = (spec.properties ?? {}) as {
    tokenSymbol?: string | string[];
    tokenDecimals?: number | number[];
  };
  const [ss58Prefix, version] = await Promise.all([
    conn.api.constants.System.SS58Prefix() as Promise<number>,
    conn.api.constants.System.Version() as Promise<{ spec_name: string; spec_version: number }>,
  ]);
  return {
    name: spec.name,
    genesisHash: spec.genesisHash as HexString,
    ss58Prefix,
    tokenSymbol: first(props.tokenSymbol),
    tokenDecimals: first(props.tokenDecimals),
    specName: version.spec_name,
    specVersion: version.spec_version,
  };
};
