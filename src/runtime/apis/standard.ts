// spec: substrate-compat §7.1 (metadata wrappers), §7.4 (API inputs/outputs), §8 (API versions);
// reference-metadata-spec30 "Runtime APIs"
/**
 * The Substrate runtime APIs the chain shell answers: Core, Metadata, BlockBuilder, TaggedTransactionQueue,
 * AccountNonceApi, TransactionPaymentApi and TransactionPaymentCallApi, in the reference's order and versions.
 * The lead registers the Encointer APIs after these.
 */
import {
  bool,
  bytes,
  fixedBytes,
  newtype,
  option,
  struct,
  tuple,
  u32,
  u64,
  u128,
  unit,
  vec,
} from '../../primitives/codec/describe.js';
import type { Executive } from '../executive/executive.js';
import { ApplyExtrinsicResult, TransactionSource, TransactionValidity } from '../executive/validity.js';
import { buildMetadataV14, buildMetadataV15 } from '../framework/metadata.js';
import type { OverlayState } from '../framework/state.js';
import { Header, type HeaderValue } from '../pallets/system/types.js';
import { weightToFee } from '../pallets/transactionPayment/fees.js';
import { FeeDetails, RuntimeDispatchInfo } from '../pallets/transactionPayment/types.js';
import { AccountId32, H256, RuntimeVersion, Weight, type WeightValue } from '../types/substrate.js';
import { method, type RuntimeApis, UnsupportedRuntimeApiError } from './registry.js';

export const OpaqueMetadata = newtype(['sp_core', 'OpaqueMetadata'], { type: bytes, typeName: 'Vec<u8>' });

const BTreeMapInherents = newtype(['BTreeMap'], vec(tuple(fixedBytes(8), bytes)), {
  params: [
    { name: 'K', type: fixedBytes(8) },
    { name: 'V', type: bytes },
  ],
});

export const InherentData = struct(['sp_inherents', 'InherentData'], {
  data: { type: BTreeMapInherents, typeName: 'BTreeMap<InherentIdentifier, Vec<u8>>' },
});

export const CheckInherentsResult = struct(['sp_inherents', 'CheckInherentsResult'], {
  okay: { type: bool, typeName: 'bool' },
  fatal_error: { type: bool, typeName: 'bool' },
  errors: { type: InherentData, typeName: 'InherentData' },
});

/** The metadata versions served (substrate-compat §7.1: exactly [14, 15]). */
export const METADATA_VERSIONS = [14, 15] as const;

/** The inherent identifier of the timestamp (`*b"timstap0"`). */
const TIMESTAMP_INHERENT = new TextEncoder().encode('timstap0');

const sameBytes = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Metadata bytes, rebuilt only when the set of APIs changes. */
class MetadataCache {
  private revision = -1;
  private v14: Uint8Array | undefined;
  private v15: Uint8Array | undefined;

  constructor(
    private readonly executive: Executive,
    private readonly apis: RuntimeApis,
  ) {}

  at(version: number): Uint8Array | undefined {
    if (this.revision !== this.apis.revision) {
      this.revision = this.apis.revision;
      this.v14 = undefined;
      this.v15 = undefined;
    }
    const extras = () => this.executive.metadataExtras(this.apis.metadataApis());
    if (version === 14) this.v14 ??= buildMetadataV14(this.executive.runtime, extras());
    if (version === 15) this.v15 ??= buildMetadataV15(this.executive.runtime, extras());
    return version === 14 ? this.v14 : version === 15 ? this.v15 : undefined;
  }
}

/**
 * Registers the standard APIs on `apis`, answered by `executive`. Returns a function giving the metadata bytes
 * of a version (what `state_getMetadata` serves for 14).
 *
 * @example
 * const apis = new RuntimeApis();
 * const metadataAt = registerStandardApis(apis, executive);
 * apis.call(state, 'Metadata_metadata_versions', new Uint8Array()); // 0x080e0000000f000000
 */
export const registerStandardApis = (
  apis: RuntimeApis,
  executive: Executive,
): ((version: number) => Uint8Array | undefined) => {
  const metadata = new MetadataCache(executive, apis);
  const uxt = executive.uncheckedExtrinsic;
  const callType = executive.runtime.callType;
  const Block = struct(
    ['sp_runtime', 'generic', 'block', 'Block'],
    {
      header: { type: Header, typeName: 'Header' },
      extrinsics: { type: vec(uxt), typeName: 'Vec<Extrinsic>' },
    },
    {
      params: [
        { name: 'Header', type: Header },
        { name: 'Extrinsic', type: uxt },
      ],
    },
  );
  const executeBlock = (state: OverlayState, block: { header: HeaderValue; extrinsics: Uint8Array[] }) => {
    const { header } = block;
    const digest = { logs: header.digest.logs.filter((l) => l.tag !== 'Seal') };
    const builder = executive.initializeBlock(state, {
      number: header.number,
      parentHash: header.parent_hash,
      digest,
    });
    for (const [i, xt] of block.extrinsics.entries()) {
      const r = builder.applyExtrinsic(xt);
      if (!r.success)
        throw new UnsupportedRuntimeApiError('Core_execute_block', `extrinsic ${i} is not valid`);
    }
    builder.finalize();
  };

  apis.register({
    name: 'Core',
    version: 4,
    docs: ['The `Core` runtime api that every Substrate runtime needs to implement.'],
    methods: [
      method({
        name: 'version',
        inputs: [],
        output: RuntimeVersion,
        docs: ['Returns the version of the runtime.'],
        run: () => executive.version(),
      }),
      method({
        name: 'execute_block',
        inputs: [{ name: 'block', type: Block }],
        output: unit,
        docs: ['Execute the given block.'],
        run: (state, block) => executeBlock(state, block),
      }),
      method({
        name: 'initialize_block',
        inputs: [{ name: 'header', type: Header }],
        output: unit,
        docs: ['Initialize a block with the given header.'],
        run: (state, header: HeaderValue) => {
          executive.initializeBlock(state, {
            number: header.number,
            parentHash: header.parent_hash,
            digest: header.digest,
          });
        },
      }),
    ],
  });

  apis.register({
    name: 'Metadata',
    version: 2,
    docs: ['The `Metadata` api trait that returns metadata for the runtime.'],
    methods: [
      method({
        name: 'metadata',
        inputs: [],
        output: OpaqueMetadata,
        docs: ['Returns the metadata of a runtime.'],
        run: () => metadata.at(14),
      }),
      method({
        name: 'metadata_at_version',
        inputs: [{ name: 'version', type: u32 }],
        output: option(OpaqueMetadata),
        docs: [
          'Returns the metadata at a given version.',
          '',
          "If the given `version` isn't supported, this will return `None`.",
        ],
        run: (_state, version: number) => metadata.at(version),
      }),
      method({
        name: 'metadata_versions',
        inputs: [],
        output: vec(u32),
        docs: ['Returns the supported metadata versions.'],
        run: () => [...METADATA_VERSIONS],
      }),
    ],
  });

  apis.register({
    name: 'BlockBuilder',
    version: 6,
    docs: ['The `BlockBuilder` api trait that provides the required functionality for building a block.'],
    methods: [
      method({
        name: 'apply_extrinsic',
        inputs: [{ name: 'extrinsic', type: uxt }],
        output: ApplyExtrinsicResult,
        docs: [
          'Apply the given extrinsic.',
          '',
          'Returns an inclusion outcome which specifies if this extrinsic is included in',
          'this block or not.',
        ],
        run: (state, xt: Uint8Array) => executive.resumeBlock(state).applyExtrinsic(xt),
      }),
      method({
        name: 'finalize_block',
        inputs: [],
        output: Header,
        docs: ['Finish the current block.'],
        // The state root is the node's to compute over committed state; the runtime reports zero.
        run: (state) => ({
          ...executive.resumeBlock(state).finalize().header,
          state_root: new Uint8Array(32),
        }),
      }),
      method({
        name: 'inherent_extrinsics',
        inputs: [{ name: 'inherent', type: InherentData }],
        output: vec(uxt),
        docs: ['Generate inherent extrinsics. The inherent data will vary from chain to chain.'],
        run: (_state, data: { data: [Uint8Array, Uint8Array][] }) =>
          data.data
            .filter(([k]) => sameBytes(k, TIMESTAMP_INHERENT))
            .map(([, v]) =>
              executive.encodeBare({ tag: 'Timestamp', value: { tag: 'set', value: { now: u64.dec(v) } } }),
            ),
      }),
      method({
        name: 'check_inherents',
        inputs: [
          { name: 'block', type: Block },
          { name: 'data', type: InherentData },
        ],
        output: CheckInherentsResult,
        docs: ['Check that the inherents are valid. The inherent data will vary from chain to chain.'],
        run: () => ({ okay: true, fatal_error: false, errors: { data: [] } }),
      }),
    ],
  });

  apis.register({
    name: 'TaggedTransactionQueue',
    version: 3,
    docs: ['The `TaggedTransactionQueue` api trait for interfering with the transaction queue.'],
    methods: [
      method({
        name: 'validate_transaction',
        inputs: [
          { name: 'source', type: TransactionSource },
          { name: 'tx', type: uxt },
          { name: 'block_hash', type: H256 },
        ],
        output: TransactionValidity,
        docs: ['Validate the transaction.'],
        run: (state, source, tx: Uint8Array, blockHash: Uint8Array) =>
          executive.validateTransaction(state, source, tx, blockHash),
      }),
    ],
  });

  apis.register({
    name: 'AccountNonceApi',
    version: 1,
    docs: ['The API to query account nonce.'],
    methods: [
      method({
        name: 'account_nonce',
        inputs: [{ name: 'account', type: AccountId32 }],
        output: u32,
        docs: ['Get current account nonce of given `AccountId`.'],
        run: (state, account: Uint8Array) => executive.accountNonce(state, account),
      }),
    ],
  });

  const weightFee = (_state: OverlayState, weight: WeightValue) => weightToFee(executive.fees, weight);
  const lengthFee = (_state: OverlayState, length: number) => executive.fees.lengthToFee(length);

  apis.register({
    name: 'TransactionPaymentApi',
    version: 4,
    methods: [
      method({
        name: 'query_info',
        inputs: [
          { name: 'uxt', type: uxt },
          { name: 'len', type: u32 },
        ],
        output: RuntimeDispatchInfo,
        run: (state, xt: Uint8Array, len: number) => executive.queryInfo(state, xt, len),
      }),
      method({
        name: 'query_fee_details',
        inputs: [
          { name: 'uxt', type: uxt },
          { name: 'len', type: u32 },
        ],
        output: FeeDetails,
        run: (state, xt: Uint8Array, len: number) => executive.queryFeeDetails(state, xt, len),
      }),
      method({
        name: 'query_weight_to_fee',
        inputs: [{ name: 'weight', type: Weight }],
        output: u128,
        run: weightFee,
      }),
      method({
        name: 'query_length_to_fee',
        inputs: [{ name: 'length', type: u32 }],
        output: u128,
        run: lengthFee,
      }),
    ],
  });

  apis.register({
    name: 'TransactionPaymentCallApi',
    version: 3,
    methods: [
      method({
        name: 'query_call_info',
        inputs: [
          { name: 'call', type: callType },
          { name: 'len', type: u32 },
        ],
        output: RuntimeDispatchInfo,
        docs: ['Query information of a dispatch class, weight, and fee of a given encoded `Call`.'],
        run: (state, call, len: number) => executive.queryCallInfo(state, call, len),
      }),
      method({
        name: 'query_call_fee_details',
        inputs: [
          { name: 'call', type: callType },
          { name: 'len', type: u32 },
        ],
        output: FeeDetails,
        docs: ['Query fee details of a given encoded `Call`.'],
        run: (state, call, len: number) => executive.queryCallFeeDetails(state, call, len),
      }),
      method({
        name: 'query_weight_to_fee',
        inputs: [{ name: 'weight', type: Weight }],
        output: u128,
        docs: ['Query the output of the current `WeightToFee` given some input.'],
        run: weightFee,
      }),
      method({
        name: 'query_length_to_fee',
        inputs: [{ name: 'length', type: u32 }],
        output: u128,
        docs: ['Query the output of the current `LengthToFee` given some input.'],
        run: lengthFee,
      }),
    ],
  });

  return (version) => metadata.at(version);
};
