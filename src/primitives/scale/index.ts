/**
 * SCALE codecs of every Encointer protocol type (spec: ceremonies §1, economy §2.2, §4.1, §5.1, §6.2, §7, §8,
 * §9.5 and Appendix B). Each export is a described type `Type<T>` plus its value type `T` under the same name.
 *
 * Value shapes (other modules build on these, keep them stable):
 * - Enums without data (CeremonyPhaseType, ParticipantType, MeetupResult, ExclusionReason, CommunityRules,
 *   Vote) are their variant name as a string literal: `'Registering'`. The variant lists are exported as
 *   constants (`CEREMONY_PHASES`, …) in index order.
 * - Enums with data in any variant are `{ tag, value }` (scale-ts/polkadot-api shape), `value: undefined` for
 *   variants without data: `{ tag: 'VerifiedLinked', value: 3 }`, `{ tag: 'Unverified', value: undefined }`.
 *   A variant with several unnamed fields carries a tuple array, one with named fields an object.
 * - Struct fields use the Rust field names (snake_case), as in the runtime metadata and polkadot-api:
 *   `BalanceEntry = { principal, last_update }`.
 * - `AccountId`, `H256`, signatures, geohash and digest are `Uint8Array`s of their exact length;
 *   `CommunityIdentifier = { geohash (5 bytes), digest (4 bytes) }`; `Location = { lat, lon }`.
 * - u8/u16/u32/i32 are `number`; u64/u128/i128 and every fixed-point value (raw I64F64/U64F64 bits) `bigint`.
 * - `Option<T>` is `T | undefined`; bounded byte vectors (`PalletString`, …) are `Uint8Array`.
 *
 * Bounds that are runtime configuration (MaxAttestations, MaxBootstrappers, MaxReputationCount, …) have a factory
 * (`attestationsCodec(max)`, …) next to a type with the dev-runtime bound. Where spec-30 (the 2023 runtime)
 * differs from the current protocol, the current protocol is encoded and the difference is noted beside the
 * type (Reputation, ProposalAction, ProposalState, Proposal, EnactmentQueue). One deliberate deviation from the
 * Kusama wire format: `AssetKind` is opaque bytes (see treasuries.ts).
 *
 * Every type is a described type (`Type<T>` from `../codec`): a strict SCALE codec plus its scale-info shape,
 * with the path of the reference runtime (reference-metadata-spec30 type appendix) or, for types new since
 * spec-30, `encointer_primitives::<module>::<Name>`. Each named struct/enum is declared once, so a metadata
 * lookup built from these types holds one entry per Rust type (one `AccountId32`, one `FixedU128`, …); Rust
 * aliases (`Degree`, `BalanceType`, …) are the same object as the type they alias.
 *
 * Strictness: encode range-checks every value; a top-level `dec` decodes exactly one value from hex, an
 * ArrayBuffer or any Uint8Array view (trailing bytes are an error). Errors are `EncodeError`, `DecodeError` and
 * `BoundExceededError` from `../codec`, each naming the protocol type. Compose new types with the combinators of
 * `../codec/describe.ts` to keep that strictness.
 */
export * from './balances.js';
export * from './bazaar.js';
export * from './ceremonies.js';
export * from './common.js';
export * from './communities.js';
export * from './democracy.js';
export * from './faucet.js';
export * from './onboarding.js';
export * from './reputationCommitments.js';
export * from './scheduler.js';
export * from './treasuries.js';
