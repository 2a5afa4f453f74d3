// spec: substrate-compat §5.2–5.6 (checks of a signed extrinsic), §6.3 (events per extrinsic), §7.4, §9 (pool validity)
/**
 * The block executive over an assembled runtime (FRAME's `frame_executive` + `frame_system` block bookkeeping):
 * block initialization and finalization, applying extrinsics (signature, signed extensions, fee, dispatch, events),
 * and transaction validation for the pool.
 */
import { u32, unitStruct, vec } from '../../primitives/codec/describe.js';
import type { Type } from '../../primitives/codec/types.js';
import { concatBytes } from '../../primitives/common/bytes.js';
import { blake2_256 } from '../../primitives/common/hashing.js';
import { verifyMultiSignature } from '../crypto/verify.js';
import { type EraValue, eraBirth, eraDeath } from '../extrinsic/era.js';
import { Extra, encodeAdditionalSigned, SIGNED_EXTENSIONS } from '../extrinsic/signedExtensions.js';
import {
  decodeExtrinsic,
  type Extrinsic,
  encodeExtrinsic,
  signingPayload,
  uncheckedExtrinsicType,
} from '../extrinsic/uncheckedExtrinsic.js';
import type { MetadataExtras, RuntimeApiInfo } from '../framework/metadata.js';
import { NONE, type Origin, type RuntimeCallValue, signed } from '../framework/pallet.js';
import type { Runtime } from '../framework/runtime.js';
import { OverlayState, type StateReader } from '../framework/state.js';
import type { NativeCurrency } from '../pallets/balances/currency.js';
import { randomSeed as collectiveFlipSeed } from '../pallets/randomness/randomness.js';
import { incAccountNonce } from '../pallets/system/accounts.js';
import { dispatchErrorOf } from '../pallets/system/dispatchErrors.js';
import { EXTRINSIC_INDEX_KEY } from '../pallets/system/genesis.js';
import {
  Account,
  AllExtrinsicsLen,
  BlockHash,
  BlockNumber,
  BlockWeight,
  DigestOf,
  EVENTS_KEY,
  EventCount,
  EventTopics,
  ExecutionPhase,
  ExtrinsicCount,
  LastRuntimeUpgrade,
  ParentHash,
} from '../pallets/system/storage.js';
import {
  classKey,
  type DigestValue,
  type EventRecordValue,
  eventRecordType,
  type HeaderValue,
  type PerDispatchClassWeightValue,
} from '../pallets/system/types.js';
import { type AssetFeeCharger, CannotPayFeeError, FeeCharger } from '../pallets/transactionPayment/charge.js';
import {
  computeFee,
  computeFeeDetails,
  type FeeConfig,
  transactionPriority,
} from '../pallets/transactionPayment/fees.js';
import type { FeeDetailsValue, RuntimeDispatchInfoValue } from '../pallets/transactionPayment/types.js';
import {
  type AccountId,
  MultiAddress,
  MultiSignature,
  type MultiSignatureValue,
  Phase,
  type PhaseValue,
  type RuntimeVersionValue,
  type WeightValue,
} from '../types/substrate.js';
import { BlockEnv } from './blockEnv.js';
import { type CallInfo, callInfoFrom } from './dispatchInfo.js';
import { EventLog } from './eventLog.js';
import {
  type ApplyExtrinsicResultValue,
  combineValidity,
  type DispatchOutcome,
  defaultValidTransaction,
  invalid,
  type TransactionSourceValue,
  TransactionValidityException,
  type TransactionValidityValue,
  unknown,
  type ValidTransactionValue,
} from './validity.js';

const U64_MAX = (1n << 64n) - 1n;

export interface ExecutiveConfig {
  readonly runtime: Runtime;
  /** The runtime version (spec and transaction versions enter every signature). */
  readonly version: () => RuntimeVersionValue;
  /** How many block hashes `System.BlockHash` keeps (block 0's is kept forever). */
  readonly blockHashCount: number;
  readonly fees: FeeConfig;
  readonly currency: NativeCurrency;
  /** Weight, class and pays-fee of a call (default: from the runtime's call declarations). */
  readonly callInfo?: (call: RuntimeCallValue) => CallInfo;
  /** Pays fees for `ChargeAssetTxPayment { asset_id: Some(cid) }`; without it such transactions cannot pay. */
  readonly assetFeeCharger?: AssetFeeCharger;
  /** The block's randomness seed (default: the collective-flip mix of `RandomnessCollectiveFlip.RandomMaterial`). */
  readonly randomSeed?: (state: StateReader, blockNumber: number) => Uint8Array;
  /** The header's extrinsics root (default: blake2_256 of the concatenated extrinsics, as chopsticks does). */
  readonly extrinsicsRoot?: (extrinsics: readonly Uint8Array[]) => Uint8Array;
}

/** What block initialization needs from the header being built. */
export interface BlockStart {
  readonly number: number;
  readonly parentHash: Uint8Array;
  /** Pre-runtime digest items (e.g. an Aura slot); the block's digest starts with them. */
  readonly digest?: DigestValue;
}

/** A finalized block's header, without the state root (the node computes that over the committed state). */
export type UnsealedHeader = Omit<HeaderValue, 'state_root'>;

export interface FinalizedBlock {
  readonly header: UnsealedHeader;
  /** The block body, in applied order (each extrinsic's full encoding). */
  readonly extrinsics: readonly Uint8Array[];
}

interface Signer {
  readonly who: AccountId;
  readonly xt: Extrinsic & { signed: NonNullable<Extrinsic['signed']> };
}

/**
 * Checks `signature` over `message` for `account`. The default is `verifyMultiSignature`; a node may pass one that
 * first looks the exact triple up among signatures it already verified (in parallel, at submission), and verifies
 * anything else itself, so the check is never skipped, only not repeated.
 */
export type SignatureVerifier = (
  signature: MultiSignatureValue,
  message: Uint8Array,
  account: AccountId,
) => boolean;

/** What a signed extrinsic's signature must sign, and who signed it (FRAME's `check` before the verification). */
export interface SignatureCheck {
  readonly signature: MultiSignatureValue;
  readonly message: Uint8Array;
  readonly account: AccountId;
}

/** An event record this builder wrote into `System.Events`, with its encoding. */
export interface BuiltEventRecord {
  readonly phase: PhaseValue;
  readonly pallet: string;
  /** The pallet's event value (`{ tag, value }`). */
  readonly event: unknown;
  /** The SCALE `EventRecord`, as stored. */
  readonly bytes: Uint8Array;
}

/** Validates transactions for the pool against one fixed state (see `Executive.transactionValidator`). */
export type TransactionValidator = (
  source: TransactionSourceValue,
  xt: Uint8Array | Extrinsic,
  verify?: SignatureVerifier,
) => TransactionValidityValue;

/** Options of a block being built. */
export interface BlockOptions {
  /** How signatures are checked (default: `verifyMultiSignature`, every time). */
  readonly verifySignature?: SignatureVerifier;
}

/** The executive of one runtime: stateless between calls; block state lives in the `BlockBuilder` it returns. */
export class Executive {
  readonly runtime: Runtime;
  readonly fees: FeeConfig;
  readonly currency: NativeCurrency;
  readonly callInfo: (call: RuntimeCallValue) => CallInfo;
  /** The runtime's `UncheckedExtrinsic` (its wire encoding, length prefix included). */
  readonly uncheckedExtrinsic: Type<Uint8Array>;
  // biome-ignore lint/suspicious/noExplicitAny: the record's event is the runtime's event enum
  readonly eventRecord: Type<any>;
  private readonly charger: FeeCharger;
  private readonly runtimeType: Type<undefined>;
  private lastAdditional:
    | {
        readonly birthRaw: Uint8Array;
        readonly genesisRaw: Uint8Array | undefined;
        readonly specVersion: number;
        readonly transactionVersion: number;
        readonly bytes: Uint8Array;
      }
    | undefined;

  constructor(private readonly config: ExecutiveConfig) {
    this.runtime = config.runtime;
    this.fees = config.fees;
    this.currency = config.currency;
    this.callInfo = config.callInfo ?? callInfoFrom(config.runtime);
    this.charger = new FeeCharger(config.currency, config.assetFeeCharger);
    this.uncheckedExtrinsic = uncheckedExtrinsicType(config.runtime.callType, {
      address: MultiAddress,
      signature: MultiSignature,
      extra: Extra,
    });
    this.eventRecord = eventRecordType(config.runtime.eventType);
    this.runtimeType = unitStruct([config.runtime.crate, 'Runtime']);
  }

  version(): RuntimeVersionValue {
    return this.config.version();
  }

  /** Decodes a full extrinsic; throws ExtrinsicDecodeError (RPC 1001) when the bytes are not one. */
  decode(bytes: Uint8Array): Extrinsic {
    return decodeExtrinsic(this.runtime.callType, bytes);
  }

  /** The bare (unsigned) extrinsic of a call: how inherents travel in a block body. */
  encodeBare(call: RuntimeCallValue): Uint8Array {
    return encodeExtrinsic(this.runtime.callType, { call });
  }

  /** What the metadata needs besides the pallets (for `buildMetadataV14/V15`). */
  metadataExtras(apis: readonly RuntimeApiInfo[]): MetadataExtras {
    return {
      uncheckedExtrinsic: this.uncheckedExtrinsic,
      address: MultiAddress,
      signature: MultiSignature,
      extra: Extra,
      signedExtensions: SIGNED_EXTENSIONS,
      runtimeType: this.runtimeType,
      apis,
      extraTypes: [this.eventRecord],
    };
  }

  /** Starts block `start.number` on `state` (which must hold the parent block's state). */
  initializeBlock(state: OverlayState, start: BlockStart, options: BlockOptions = {}): BlockBuilder {
    const v = this.version();
    const last = LastRuntimeUpgrade.get(state);
    const upgraded =
      last === undefined || v.spec_version > last.spec_version || v.spec_name !== last.spec_name;
    if (upgraded) LastRuntimeUpgrade.set(state, { spec_version: v.spec_version, spec_name: v.spec_name });
    initializeSystem(state, start);
    // Clients watch for this log to reload metadata (substrate-compat §5.1, §8); FRAME emits it from set_code.
    if (upgraded && last !== undefined) {
      DigestOf.mutate(state, (d) => ({
        logs: [...d.logs, { tag: 'RuntimeEnvironmentUpdated', value: undefined }],
      }));
    }
    const block = new BlockBuilder(this, state, start.number, new EventLog(), 0, options.verifySignature);
    block.runInitialize();
    return block;
  }

  /**
   * Continues the block whose state `state` holds (its events and extrinsic index are read back): for runtime
   * API calls such as `BlockBuilder_apply_extrinsic` on a block that is not being built here.
   */
  resumeBlock(state: OverlayState): BlockBuilder {
    const log = new EventLog();
    const raw = state.get(EVENTS_KEY);
    if (raw !== undefined) for (const r of this.readEventBytes(raw)) log.append(r);
    const index = state.get(EXTRINSIC_INDEX_KEY);
    return new BlockBuilder(
      this,
      state,
      BlockNumber.get(state),
      log,
      index === undefined ? 0 : u32.dec(index),
    );
  }

  private readEventBytes(raw: Uint8Array): Uint8Array[] {
    const records = vec(this.eventRecord).dec(raw) as EventRecordValue[];
    return records.map((r) => this.eventRecord.enc(r));
  }

  /** The decoded `System.Events` of a state. */
  readEvents(state: StateReader): EventRecordValue[] {
    const raw = state.get(EVENTS_KEY);
    return raw === undefined ? [] : (vec(this.eventRecord).dec(raw) as EventRecordValue[]);
  }

  /** The next nonce of an account (`AccountNonceApi_account_nonce`). */
  accountNonce(state: StateReader, who: AccountId): number {
    return Account.get(state, who).nonce;
  }

  /** The dispatch info and the fee without tip of an extrinsic of `len` bytes (`TransactionPaymentApi_query_info`). */
  queryInfo(state: StateReader, xt: Uint8Array | Extrinsic, len: number): RuntimeDispatchInfoValue {
    const x = this.toExtrinsic(xt);
    const info = this.callInfo(x.call);
    const partial_fee = x.signed === undefined ? 0n : computeFee(state, this.fees, len, info, 0n);
    return { weight: info.weight, class: info.class, partial_fee };
  }

  /** The fee parts of an extrinsic of `len` bytes (`TransactionPaymentApi_query_fee_details`). */
  queryFeeDetails(state: StateReader, xt: Uint8Array | Extrinsic, len: number): FeeDetailsValue {
    const x = this.toExtrinsic(xt);
    if (x.signed === undefined) return { inclusion_fee: undefined, tip: 0n };
    return computeFeeDetails(state, this.fees, len, this.callInfo(x.call), 0n);
  }

  /** The dispatch info and fee of a bare call, as if signed (`TransactionPaymentCallApi_query_call_info`). */
  queryCallInfo(state: StateReader, call: RuntimeCallValue, len: number): RuntimeDispatchInfoValue {
    const info = this.callInfo(call);
    return {
      weight: info.weight,
      class: info.class,
      partial_fee: computeFee(state, this.fees, len, info, 0n),
    };
  }

  queryCallFeeDetails(state: StateReader, call: RuntimeCallValue, len: number): FeeDetailsValue {
    return computeFeeDetails(state, this.fees, len, this.callInfo(call), 0n);
  }

  /**
   * Validates a transaction for the pool against the state of block `blockHash` (FRAME's `validate_transaction`):
   * it runs as the first extrinsic of a fresh next block whose parent is `blockHash`, and leaves `state` untouched.
   * Throws ExtrinsicDecodeError for bytes that are not an extrinsic. `verify` checks the signature (default:
   * `verifyMultiSignature`; the runtime API always uses the default).
   *
   * @example
   * const v = executive.validateTransaction(state, 'External', bytes, bestHash);
   * if (!v.success) console.log(describeValidityError(v.value)); // e.g. "Transaction is outdated"
   */
  validateTransaction(
    state: StateReader,
    source: TransactionSourceValue,
    xt: Uint8Array | Extrinsic,
    blockHash: Uint8Array,
    verify: SignatureVerifier = verifyMultiSignature,
  ): TransactionValidityValue {
    return this.transactionValidator(state, blockHash)(source, xt, verify);
  }

  /**
   * `validateTransaction` for many transactions against the same state: the fresh next block they are validated
   * in is initialized once, and each validation runs in its own layer over it. `state` must not change while the
   * validator is in use (a node makes a new one per best block).
   */
  transactionValidator(state: StateReader, blockHash: Uint8Array): TransactionValidator {
    const next = new OverlayState(state);
    const number = BlockNumber.get(next) + 1;
    initializeSystem(next, { number, parentHash: blockHash });
    return (_source, xt, verify = verifyMultiSignature) => {
      const x = this.toExtrinsic(xt);
      const env = this.envFor(new OverlayState(next), number);
      try {
        return { success: true, value: this.validate(env, x, verify) };
      } catch (e) {
        if (e instanceof TransactionValidityException) return { success: false, value: e.error };
        throw e;
      }
    };
  }

  private validate(env: BlockEnv, xt: Extrinsic, verify: SignatureVerifier): ValidTransactionValue {
    const info = this.callInfo(xt.call);
    const len = xt.bytes.length;
    const signer =
      xt.signed === undefined ? undefined : this.checkSignature(env.state, xt, env.blockNumber, verify);
    if (info.class === 'Mandatory') throw invalid('MandatoryValidation');
    if (signer === undefined) {
      this.checkWeightLimits(env.state, info, len);
      throw unknown('NoUnsignedValidator');
    }
    const { who } = signer;
    const { era, nonce, tip, assetId } = signer.xt.signed.extra;
    let valid = defaultValidTransaction();
    // CheckMortality
    const death = eraDeath(era, env.blockNumber);
    valid = combineValidity(valid, {
      ...defaultValidTransaction(),
      longevity: saturatingSub(death, env.blockNumber),
    });
    // CheckNonce
    const account = Account.get(env.state, who);
    if (account.providers === 0 && account.sufficients === 0) throw invalid('Payment');
    if (nonce < account.nonce) throw invalid('Stale');
    valid = combineValidity(valid, {
      ...defaultValidTransaction(),
      provides: [nonceTag(who, nonce)],
      requires: nonce > account.nonce ? [nonceTag(who, nonce - 1)] : [],
    });
    // CheckWeight
    this.checkWeightLimits(env.state, info, len);
    // ChargeAssetTxPayment: the fee must be withdrawable now (in this scratch state).
    const fee = computeFee(env.state, this.fees, len, info, tip);
    this.withdrawFee(env, who, fee, assetId);
    const priority = transactionPriority(this.fees, info, len, tip, fee);
    return combineValidity(valid, { ...defaultValidTransaction(), priority });
  }

  /**
   * Resolves the signer and checks the signature over `call ++ extra ++ additionalSigned` (FRAME's `check`):
   * `Unknown(CannotLookup)` for a non-`Id` address, `AncientBirthBlock` when the era's birth block has no stored
   * hash, `BadProof` when the signature does not verify.
   */
  checkSignature(
    state: StateReader,
    xt: Extrinsic,
    current: number,
    verify: SignatureVerifier = verifyMultiSignature,
  ): Signer {
    const { signature, message, account } = this.signatureCheck(state, xt, current);
    if (!verify(signature, message, account)) throw invalid('BadProof');
    return { who: account, xt: xt as Signer['xt'] };
  }

  /**
   * The signature, the signed message and the signer of a signed extrinsic in block `current`, without verifying
   * anything (what a node hands to its parallel verifier). Throws the validity errors of `checkSignature` that
   * come before the verification.
   */
  signatureCheck(state: StateReader, xt: Extrinsic, current: number): SignatureCheck {
    const part = xt.signed;
    if (part === undefined) throw new Error('checkSignature needs a signed extrinsic');
    if (part.address.tag !== 'Id') throw unknown('CannotLookup');
    const additional = this.sharedAdditionalSigned(state, part.extra.era, current);
    const message = signingPayload(xt.callBytes, part.extraBytes, additional);
    return { signature: part.signature, message, account: part.address.value };
  }

  /** The additionalSigned bytes the chain expects in block `current` (spec/tx version, genesis and birth hashes). */
  additionalSigned(state: StateReader, era: EraValue, current: number): Uint8Array {
    return this.sharedAdditionalSigned(state, era, current).slice();
  }

  /** `additionalSigned`, as bytes shared between calls (only read: the signing payload copies them). */
  private sharedAdditionalSigned(state: StateReader, era: EraValue, current: number): Uint8Array {
    const birth = eraBirth(era, current);
    const birthRaw = state.get(BlockHash.key(birth));
    if (birthRaw === undefined) throw invalid('AncientBirthBlock');
    const genesisRaw = birth === 0 ? birthRaw : state.get(BlockHash.key(0));
    const v = this.version();
    // Every transaction of a block (immortal ones all) signs the same bytes: reuse them while the stored hashes
    // (the same stored values) and the versions are the same.
    const last = this.lastAdditional;
    if (
      last !== undefined &&
      last.birthRaw === birthRaw &&
      last.genesisRaw === genesisRaw &&
      last.specVersion === v.spec_version &&
      last.transactionVersion === v.transaction_version
    ) {
      return last.bytes;
    }
    const bytes = encodeAdditionalSigned({
      specVersion: v.spec_version,
      transactionVersion: v.transaction_version,
      genesisHash: BlockHash.get(state, 0),
      birthHash: BlockHash.get(state, birth),
    });
    this.lastAdditional = {
      birthRaw,
      genesisRaw,
      specVersion: v.spec_version,
      transactionVersion: v.transaction_version,
      bytes,
    };
    return bytes;
  }

  /** `CheckWeight::do_validate`: the extrinsic alone must fit the class limits and the block length. */
  private checkWeightLimits(state: StateReader, info: CallInfo, len: number): void {
    this.checkExtrinsicWeight(info);
    this.nextBlockLength(state, info, len);
  }

  private checkExtrinsicWeight(info: CallInfo): void {
    const max = this.fees.blockWeights.per_class[classKey(info.class)].max_extrinsic;
    if (max !== undefined && anyGt(info.weight, max)) throw invalid('ExhaustsResources');
  }

  private nextBlockLength(state: StateReader, info: CallInfo, len: number): number {
    const next = (AllExtrinsicsLen.get(state) ?? 0) + len;
    if (next > this.fees.blockLength.max[classKey(info.class)]) throw invalid('ExhaustsResources');
    return next;
  }

  /** `CheckWeight::pre_dispatch`: block length and weight limits, then account for the extrinsic. */
  private preDispatchWeight(state: OverlayState, info: CallInfo, len: number): void {
    const nextLen = this.nextBlockLength(state, info, len);
    const nextWeight = this.consumedWeight(state, info);
    this.checkExtrinsicWeight(info);
    AllExtrinsicsLen.set(state, nextLen);
    BlockWeight.set(state, nextWeight);
  }

  private consumedWeight(state: StateReader, info: CallInfo): PerDispatchClassWeightValue {
    const all = BlockWeight.get(state);
    const key = classKey(info.class);
    const limits = this.fees.blockWeights.per_class[key];
    const extrinsic = addWeight(info.weight, limits.base_extrinsic);
    const perClass = addWeight(all[key], extrinsic);
    const next = { ...all, [key]: perClass };
    const unlimited = limits.max_total === undefined && limits.reserved === undefined;
    if (!unlimited && (perClass.ref_time > U64_MAX || perClass.proof_size > U64_MAX))
      throw invalid('ExhaustsResources');
    if (limits.max_total !== undefined && anyGt(perClass, limits.max_total))
      throw invalid('ExhaustsResources');
    const total = addWeight(addWeight(next.normal, next.operational), next.mandatory);
    if (anyGt(total, this.fees.blockWeights.max_block) && limits.reserved !== undefined) {
      if (anyGt(perClass, limits.reserved)) throw invalid('ExhaustsResources');
    }
    return unlimited ? { ...next, [key]: capWeight(perClass) } : next;
  }

  private withdrawFee(
    env: BlockEnv,
    who: AccountId,
    fee: bigint,
    assetId: Parameters<FeeCharger['withdraw']>[3],
  ) {
    try {
      return this.charger.withdraw(env, who, fee, assetId);
    } catch (e) {
      if (e instanceof CannotPayFeeError) throw invalid('Payment');
      throw e;
    }
  }

  /**
   * Applies one extrinsic in `env`'s block (FRAME's `apply_extrinsic`): checks and pre-dispatch (nonce, weight,
   * fee) whose failure is a validity error that leaves no trace; then the dispatch in its own layer, the fee
   * correction, and `ExtrinsicSuccess`/`ExtrinsicFailed`. The nonce and the fee stay paid when the call fails.
   */
  applyIn(env: BlockEnv, xt: Extrinsic, verify: SignatureVerifier = verifyMultiSignature): DispatchOutcome {
    const info = this.callInfo(xt.call);
    const len = xt.bytes.length;
    if (xt.signed === undefined) {
      this.preDispatchWeight(env.state, info, len);
      const outcome = this.dispatch(env, NONE, xt.call);
      if (!outcome.success && info.class === 'Mandatory') throw invalid('BadMandatory');
      this.noteApplied(env, outcome, info, info.pays_fee);
      return outcome;
    }
    const { who } = this.checkSignature(env.state, xt, env.blockNumber, verify);
    const { nonce, tip, assetId } = xt.signed.extra;
    // CheckNonce
    const account = Account.get(env.state, who);
    if (account.providers === 0 && account.sufficients === 0) throw invalid('Payment');
    if (nonce !== account.nonce) throw invalid(nonce < account.nonce ? 'Stale' : 'Future');
    incAccountNonce(env, who);
    // CheckWeight
    this.preDispatchWeight(env.state, info, len);
    // ChargeAssetTxPayment
    const fee = computeFee(env.state, this.fees, len, info, tip);
    const paid = this.withdrawFee(env, who, fee, assetId);
    const outcome = this.dispatch(env, signed(who), xt.call);
    if (!outcome.success && info.class === 'Mandatory') throw invalid('BadMandatory');
    const pays = outcome.success && info.freeOnSuccess ? 'No' : info.pays_fee;
    const actualFee = computeFee(env.state, this.fees, len, { ...info, pays_fee: pays }, tip);
    this.charger.settle(env, who, paid, actualFee, tip);
    this.noteApplied(env, outcome, info, pays);
    return outcome;
  }

  private dispatch(env: BlockEnv, origin: Origin, call: RuntimeCallValue): DispatchOutcome {
    try {
      env.dispatch(origin, call);
      return { success: true, value: undefined };
    } catch (e) {
      const error = dispatchErrorOf(this.runtime, e);
      if (error === undefined) throw e;
      return { success: false, value: error };
    }
  }

  private noteApplied(env: BlockEnv, outcome: DispatchOutcome, info: CallInfo, pays: 'Yes' | 'No'): void {
    const base = this.fees.blockWeights.per_class[classKey(info.class)].base_extrinsic;
    const dispatch_info = { weight: addWeight(info.weight, base), class: info.class, pays_fee: pays };
    env.deposit(
      'System',
      outcome.success
        ? { tag: 'ExtrinsicSuccess', value: { dispatch_info } }
        : { tag: 'ExtrinsicFailed', value: { dispatch_error: outcome.value, dispatch_info } },
    );
  }

  /** An Env for block `number` on `state` (events are collected but go nowhere unless a builder flushes them). */
  envFor(state: OverlayState, number: number): BlockEnv {
    const seed = this.config.randomSeed ?? collectiveFlipSeed;
    return new BlockEnv(this.runtime, state, number, (s, n) => seed(s, n));
  }

  /** Encodes one `EventRecord` (no topics); `phaseBytes` may give `Phase.enc(phase)` already encoded. */
  encodeRecord(
    phase: PhaseValue,
    pallet: string,
    event: unknown,
    phaseBytes: Uint8Array = Phase.enc(phase),
  ): Uint8Array {
    const body = this.runtime.eventType.enc({ tag: pallet, value: event });
    // phase ++ event ++ topics (an empty Vec: 0x00, already there in the zeroed buffer).
    const out = new Uint8Array(phaseBytes.length + body.length + 1);
    out.set(phaseBytes);
    out.set(body, phaseBytes.length);
    return out;
  }

  extrinsicsRoot(extrinsics: readonly Uint8Array[]): Uint8Array {
    return this.config.extrinsicsRoot?.(extrinsics) ?? blake2_256(concatBytes(...extrinsics));
  }

  get blockHashCount(): number {
    return this.config.blockHashCount;
  }

  private toExtrinsic(xt: Uint8Array | Extrinsic): Extrinsic {
    return xt instanceof Uint8Array ? this.decode(xt) : xt;
  }
}

/**
 * One block being built: `initializeBlock` → `applyExtrinsic`* → `finalize`. `System.Events` is correct after each
 * step; the values written before `finalize` share a buffer, so do not roll back a layer holding one of them.
 */
export class BlockBuilder {
  readonly env: BlockEnv;
  private readonly body: Uint8Array[] = [];
  private readonly recorded: BuiltEventRecord[] = [];
  private finalized = false;

  constructor(
    private readonly executive: Executive,
    readonly state: OverlayState,
    readonly number: number,
    private readonly log: EventLog,
    private extrinsicIndex: number,
    private readonly verifySignature: SignatureVerifier = verifyMultiSignature,
  ) {
    this.env = executive.envFor(state, number);
    this.env.phase = { tag: 'ApplyExtrinsic', value: extrinsicIndex };
  }

  /** The extrinsics applied so far, in order. */
  get extrinsics(): readonly Uint8Array[] {
    return this.body;
  }

  /**
   * The event records this builder wrote, in order: after `finalize`, the block's `System.Events` for a block
   * started with `initializeBlock` (a resumed block's earlier records are not included). Saves decoding them.
   */
  get eventRecords(): readonly BuiltEventRecord[] {
    return this.recorded;
  }

  /** Runs the pallets' `on_initialize` hooks (events in phase Initialization) and opens extrinsic 0. */
  runInitialize(): void {
    this.env.phase = { tag: 'Initialization', value: undefined };
    for (const p of this.executive.runtime.pallets) p.hooks?.onInitialize?.(this.env);
    const base = this.executive.fees.blockWeights.base_block;
    BlockWeight.mutate(this.state, (w) => ({ ...w, mandatory: capWeight(addWeight(w.mandatory, base)) }));
    this.setIndex(0);
    this.flush();
  }

  /**
   * Applies an extrinsic (its full encoding, or decoded). `Err(TransactionValidityError)` when it may not be
   * included (nothing changes), else `Ok(dispatch outcome)` with its events recorded under ApplyExtrinsic(i).
   */
  applyExtrinsic(xt: Uint8Array | Extrinsic): ApplyExtrinsicResultValue {
    if (this.finalized) throw new Error(`block ${this.number} is already finalized`);
    const x = xt instanceof Uint8Array ? this.executive.decode(xt) : xt;
    const mark = this.env.pending.length;
    this.env.phase = { tag: 'ApplyExtrinsic', value: this.extrinsicIndex };
    let outcome: DispatchOutcome;
    try {
      outcome = this.state.transactional(() => this.executive.applyIn(this.env, x, this.verifySignature));
    } catch (e) {
      this.env.pending.length = mark;
      if (e instanceof TransactionValidityException) return { success: false, value: e.error };
      throw e;
    }
    this.body.push(x.bytes);
    this.setIndex(this.extrinsicIndex + 1);
    this.flush();
    return { success: true, value: outcome };
  }

  /** Applies an inherent: the bare extrinsic of `call` (e.g. `Timestamp.set`). */
  applyInherent(call: RuntimeCallValue): ApplyExtrinsicResultValue {
    return this.applyExtrinsic(this.executive.encodeBare(call));
  }

  /** Applies the `Timestamp.set(now)` inherent. */
  applyTimestamp(now: bigint): ApplyExtrinsicResultValue {
    return this.applyInherent({ tag: 'Timestamp', value: { tag: 'set', value: { now } } });
  }

  /**
   * Runs the `on_finalize` hooks (phase Finalization), prunes `System.BlockHash`, clears the per-block System
   * items and returns the header (without state root) and body.
   */
  finalize(): FinalizedBlock {
    if (this.finalized) throw new Error(`block ${this.number} is already finalized`);
    this.finalized = true;
    ExtrinsicCount.set(this.state, this.extrinsicIndex);
    ExecutionPhase.set(this.state, { tag: 'Finalization', value: undefined });
    this.state.delete(EXTRINSIC_INDEX_KEY);
    this.env.phase = { tag: 'Finalization', value: undefined };
    for (const p of this.executive.runtime.pallets) p.hooks?.onFinalize?.(this.env);
    this.flush();
    if (this.log.count > 0) this.state.set(EVENTS_KEY, this.log.snapshot());
    ExecutionPhase.remove(this.state);
    AllExtrinsicsLen.remove(this.state);
    ExtrinsicCount.remove(this.state);
    const prune = this.number - this.executive.blockHashCount - 1;
    if (prune > 0) BlockHash.remove(this.state, prune);
    return {
      header: {
        parent_hash: ParentHash.get(this.state),
        number: this.number,
        extrinsics_root: this.executive.extrinsicsRoot(this.body),
        digest: DigestOf.get(this.state),
      },
      extrinsics: [...this.body],
    };
  }

  private setIndex(index: number): void {
    this.extrinsicIndex = index;
    this.state.set(EXTRINSIC_INDEX_KEY, u32.enc(index));
    ExecutionPhase.set(this.state, { tag: 'ApplyExtrinsic', value: index });
  }

  /** Encodes the pending events and writes `System.Events` and `System.EventCount`. */
  private flush(): void {
    const pending = this.env.pending;
    if (pending.length === 0) return;
    // The events of one step share one phase value: its bytes are encoded once.
    let phase: PhaseValue | undefined;
    let phaseBytes: Uint8Array = new Uint8Array();
    for (const e of pending) {
      if (e.phase !== phase) {
        phase = e.phase;
        phaseBytes = Phase.enc(phase);
      }
      const bytes = this.executive.encodeRecord(e.phase, e.pallet, e.event, phaseBytes);
      this.log.append(bytes);
      this.recorded.push({ phase: e.phase, pallet: e.pallet, event: e.event, bytes });
    }
    pending.length = 0;
    this.state.set(EVENTS_KEY, this.log.view());
    EventCount.set(this.state, this.log.count);
  }
}

/** `frame_system::initialize`: number, parent hash, digest, `BlockHash(n−1)`, and a clean slate of per-block items. */
const initializeSystem = (state: OverlayState, start: BlockStart): void => {
  if (!Number.isInteger(start.number) || start.number < 1) {
    throw new Error(`block number must be a positive integer, got ${start.number}`);
  }
  ExecutionPhase.set(state, { tag: 'Initialization', value: undefined });
  state.set(EXTRINSIC_INDEX_KEY, u32.enc(0));
  BlockNumber.set(state, start.number);
  DigestOf.set(state, start.digest ?? { logs: [] });
  ParentHash.set(state, start.parentHash);
  BlockHash.set(state, start.number - 1, start.parentHash);
  BlockWeight.remove(state);
  state.delete(EVENTS_KEY);
  EventCount.remove(state);
  EventTopics.clear(state);
};

const nonceTag = (who: AccountId, nonce: number): Uint8Array => concatBytes(who, u32.enc(nonce));

const saturatingSub = (a: bigint, b: number): bigint => (a > BigInt(b) ? a - BigInt(b) : 0n);

const addWeight = (a: WeightValue, b: WeightValue): WeightValue => ({
  ref_time: a.ref_time + b.ref_time,
  proof_size: a.proof_size + b.proof_size,
});

const capWeight = (a: WeightValue): WeightValue => ({
  ref_time: a.ref_time > U64_MAX ? U64_MAX : a.ref_time,
  proof_size: a.proof_size > U64_MAX ? U64_MAX : a.proof_size,
});

const anyGt = (a: WeightValue, b: WeightValue): boolean =>
  a.ref_time > b.ref_time || a.proof_size > b.proof_size;
