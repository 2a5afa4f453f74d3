// spec: economy §6.2 (ProposalAction variants, payloads), tooling §1.7.6 (`democracy propose …`)
import type { CommunityIdentifier } from '../../primitives/cid/communityIdentifier.js';
import type { Location } from '../../primitives/geo/location.js';
import {
  bytesToText,
  fixedBits,
  fromPapiCid,
  fromPapiLocation,
  optional,
  textToBytes,
  toAddress,
  toCid,
  toPapiCid,
  toPapiLocation,
} from '../common/convert.js';
import type { AccountInput, Address, CidInput } from '../common/types.js';

/** The proposal actions the client builds and reads in typed form; others travel as papi's raw `{ type, value }`. */
export type ProposalAction =
  | { readonly type: 'AddLocation'; readonly cid: CidInput; readonly location: Location }
  | { readonly type: 'RemoveLocation'; readonly cid: CidInput; readonly location: Location }
  /** Per-block rate, I64F64 bits. */
  | { readonly type: 'UpdateDemurrage'; readonly cid: CidInput; readonly demurrage: bigint }
  /** U64F64 bits. */
  | { readonly type: 'UpdateNominalIncome'; readonly cid: CidInput; readonly nominalIncome: bigint }
  | { readonly type: 'SetInactivityTimeout'; readonly timeout: number }
  | { readonly type: 'Petition'; readonly cid: CidInput | undefined; readonly demand: string }
  | {
      readonly type: 'SpendNative';
      readonly cid: CidInput | undefined;
      readonly to: AccountInput;
      readonly amount: bigint;
    }
  | { readonly type: 'Raw'; readonly value: { type: string; value: unknown } };

/** A proposal action as read back: cids and accounts normalised. */
export type DecodedProposalAction =
  | {
      readonly type: 'AddLocation' | 'RemoveLocation';
      readonly cid: CommunityIdentifier;
      readonly location: Location;
    }
  | { readonly type: 'UpdateDemurrage'; readonly cid: CommunityIdentifier; readonly demurrage: bigint }
  | {
      readonly type: 'UpdateNominalIncome';
      readonly cid: CommunityIdentifier;
      readonly nominalIncome: bigint;
    }
  | { readonly type: 'SetInactivityTimeout'; readonly timeout: number }
  | { readonly type: 'Petition'; readonly cid: CommunityIdentifier | undefined; readonly demand: string }
  | {
      readonly type: 'SpendNative';
      readonly cid: CommunityIdentifier | undefined;
      readonly to: Address;
      readonly amount: bigint;
    }
  | { readonly type: 'Raw'; readonly value: { type: string; value: unknown } };

/** papi's value of a `ProposalAction`. */
export const toPapiProposalAction = (a: ProposalAction): { type: string; value: unknown } => {
  switch (a.type) {
    case 'AddLocation':
    case 'RemoveLocation':
      return { type: a.type, value: [toPapiCid(a.cid), toPapiLocation(a.location)] };
    case 'UpdateDemurrage':
      return { type: a.type, value: [toPapiCid(a.cid), a.demurrage] };
    case 'UpdateNominalIncome':
      return { type: a.type, value: [toPapiCid(a.cid), a.nominalIncome] };
    case 'SetInactivityTimeout':
      return { type: a.type, value: a.timeout };
    case 'Petition':
      return { type: a.type, value: [optional(a.cid, toPapiCid), textToBytes(a.demand)] };
    case 'SpendNative':
      return { type: a.type, value: [optional(a.cid, toPapiCid), toAddress(a.to, 'to'), a.amount] };
    case 'Raw':
      return a.value;
  }
};

/** Reads papi's value of a `ProposalAction`. */
export const fromPapiProposalAction = (v: { type: string; value: unknown }): DecodedProposalAction => {
  const t = v.value as unknown[];
  switch (v.type) {
    case 'AddLocation':
    case 'RemoveLocation':
      return { type: v.type, cid: fromPapiCid(t[0]), location: fromPapiLocation(t[1]) };
    case 'UpdateDemurrage':
      return { type: v.type, cid: fromPapiCid(t[0]), demurrage: fixedBits(t[1]) };
    case 'UpdateNominalIncome':
      return { type: v.type, cid: fromPapiCid(t[0]), nominalIncome: fixedBits(t[1]) };
    case 'SetInactivityTimeout':
      return { type: v.type, timeout: Number(v.value) };
    case 'Petition':
      return { type: v.type, cid: optional(t[0], fromPapiCid), demand: bytesToText(t[1]) };
    case 'SpendNative':
      return {
        type: v.type,
        cid: optional(t[0], fromPapiCid),
        to: t[1] as Address,
        amount: BigInt(t[2] as bigint),
      };
    default:
      return { type: 'Raw', value: v };
  }
};

/** Normalises a cid argument inside an action (for comparisons). */
export const actionCid = (a: ProposalAction): CommunityIdentifier | undefined =>
  'cid' in a && a.cid !== undefined ? toCid(a.cid) : undefined;
