// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/calls';

import type { HealthchainRuntimeRuntimeCall, PalletDrugTraceGtin } from '@healthchain/api/runtimeApis';
import type { ApiTypes, AugmentedCall, DecoratedCallBase } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, Text, Vec, bool, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AnyNumber, IMethod, ITuple } from '@polkadot/types-codec/types';
import type { Extrinsic } from '@polkadot/types/interfaces/extrinsics';
import type { OpaqueMetadata } from '@polkadot/types/interfaces/metadata';
import type { ParaId } from '@polkadot/types/interfaces/parachains';
import type { AccountId32, H256, Slot, SlotDuration } from '@polkadot/types/interfaces/runtime';
import type { CumulusPrimitivesCoreCollationInfo, CumulusPrimitivesCoreRelayProofRequest, HealthchainPrimitivesConsentAccessBasis, HealthchainPrimitivesConsentAccessRequest, HealthchainPrimitivesConsentConsentError, HealthchainPrimitivesOrganizationsMemberRole, HealthchainRuntimeOriginCaller, PalletClinicalTrialAdverseEvent, PalletClinicalTrialDataSnapshot, PalletClinicalTrialEnrolment, PalletClinicalTrialEnrolmentCounts, PalletClinicalTrialOutcomeCommitment, PalletClinicalTrialProtocolVersionRecord, PalletClinicalTrialResults, PalletClinicalTrialTrial, PalletClinicalTrialTrialArtifact, PalletClinicalTrialTrialFilter, PalletConsentAccessLogEntry, PalletConsentAccessLogHead, PalletConsentBreakGlassCase, PalletConsentConsentGrant, PalletConsentDelegateKind, PalletDrugTraceBatch, PalletDrugTraceHolding, PalletDrugTracePackVerification, PalletDrugTraceProduct, PalletDrugTraceRecall, PalletDrugTraceShipment, PalletEhrAnchorBulkAnchor, PalletEhrAnchorHashVerification, PalletEhrAnchorInclusionVerification, PalletEhrAnchorRecordAnchor, PalletOrganizationsInvitation, PalletOrganizationsOrganization, PalletTransactionPaymentFeeDetails, PalletTransactionPaymentRuntimeDispatchInfo, SpConsensusAuraSr25519AppSr25519Public, SpCoreCryptoKeyTypeId, SpInherentsCheckInherentsResult, SpInherentsInherentData, SpRuntimeBlockLazyBlock, SpRuntimeDispatchError, SpRuntimeExtrinsicInclusionMode, SpRuntimeHeader, SpRuntimeTransactionValidityTransactionSource, SpRuntimeTransactionValidityTransactionValidityError, SpRuntimeTransactionValidityValidTransaction, SpSessionRuntimeApiOpaqueGeneratedSessionKeys, SpVersionRuntimeVersion, SpWeightsWeightV2Weight, XcmRuntimeApisConversionsError, XcmRuntimeApisDryRunCallDryRunEffects, XcmRuntimeApisDryRunError, XcmRuntimeApisDryRunXcmDryRunEffects, XcmRuntimeApisFeesError, XcmRuntimeApisTrustedQueryError, XcmVersionedAsset, XcmVersionedAssetId, XcmVersionedAssets, XcmVersionedLocation, XcmVersionedXcm } from '@polkadot/types/lookup';
import type { IExtrinsic, Observable } from '@polkadot/types/types';

export type __AugmentedCall<ApiType extends ApiTypes> = AugmentedCall<ApiType>;
export type __DecoratedCallBase<ApiType extends ApiTypes> = DecoratedCallBase<ApiType>;

declare module '@polkadot/api-base/types/calls' {
  interface AugmentedCalls<ApiType extends ApiTypes> {
    /** 0xbc9d89904f5b923f/ */
    accountNonceApi: {
      /**
       * Get current account nonce of given `AccountId`.
       **/
      accountNonce: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<u32>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdd718d5cc53262d4/ */
    auraApi: {
      /**
       * Return the current set of authorities.
       **/
      authorities: AugmentedCall<ApiType, () => Observable<Vec<SpConsensusAuraSr25519AppSr25519Public>>>;
      /**
       * Returns the slot duration for Aura.,, Currently, only the value provided by this type at genesis will be used.
       **/
      slotDuration: AugmentedCall<ApiType, () => Observable<SlotDuration>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd7bdd8a272ca0d65/ */
    auraUnincludedSegmentApi: {
      /**
       * Whether it is legal to extend the chain, assuming the given block is the most, recently included one as-of the relay parent that will be built against, and, the given relay chain slot.,, This should be consistent with the logic the runtime uses when validating blocks to, avoid issues.,, When the unincluded segment is empty, i.e. `included_hash == at`, where at is the block, whose state we are querying against, this must always return `true` as long as the slot, is more recent than the included block itself.
       **/
      canBuildUpon: AugmentedCall<ApiType, (included_hash: H256 | string | Uint8Array, slot: Slot | AnyNumber | Uint8Array) => Observable<bool>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x40fe3ad401f8959a/ */
    blockBuilder: {
      /**
       * Apply the given extrinsic.,, Returns an inclusion outcome which specifies if this extrinsic is included in, this block or not.
       **/
      applyExtrinsic: AugmentedCall<ApiType, (extrinsic: Extrinsic | IExtrinsic | string | Uint8Array) => Observable<Result<Result<Null, SpRuntimeDispatchError>, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Check that the inherents are valid. The inherent data will vary from chain to chain.
       **/
      checkInherents: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array, data: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<SpInherentsCheckInherentsResult>>;
      /**
       * Finish the current block.
       **/
      finalizeBlock: AugmentedCall<ApiType, () => Observable<SpRuntimeHeader>>;
      /**
       * Generate inherent extrinsics. The inherent data will vary from chain to chain.
       **/
      inherentExtrinsics: AugmentedCall<ApiType, (inherent: SpInherentsInherentData | { data?: any } | string | Uint8Array) => Observable<Vec<Bytes>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xc47079d4ece0cefb/ */
    clinicalTrialApi: {
      /**
       * One page of the adverse-event reports of `trial`, as `data_snapshots`.
       **/
      adverseEvents: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array, start: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, PalletClinicalTrialAdverseEvent]>>>>;
      /**
       * One page of the data snapshots of `trial`, oldest first: at most `limit` (capped at, the pallet's `MaxPageSize`) from the `start`-th (0 is the first), each with its, index. An empty page ends the listing.
       **/
      dataSnapshots: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array, start: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, PalletClinicalTrialDataSnapshot]>>>>;
      /**
       * The enrolment of `participant` in `trial`, if any: its status (pending, enrolled,, screened out with the reason, withdrawn), protocol version, consent, times and, attempts.
       **/
      enrolment: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array, participant: AccountId32 | string | Uint8Array) => Observable<Option<PalletClinicalTrialEnrolment>>>;
      /**
       * How many enrolments of `trial` are pending, enrolled (confirmed by the sponsor's, site), screened out and withdrawn, and how many pending or enrolled participants, need to re-consent; `None` if no such trial exists.
       **/
      enrolmentCounts: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClinicalTrialEnrolmentCounts>>>;
      /**
       * Which record of `trial` the document hashing to `hash` is, if any.
       **/
      findHash: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array, hash: H256 | string | Uint8Array) => Observable<Option<PalletClinicalTrialTrialArtifact>>>;
      /**
       * The pre-registered outcomes of `trial` and, once published, its results with their, outcome discrepancies; `None` if no such trial exists.
       **/
      outcomeReport: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array) => Observable<Option<ITuple<[Vec<PalletClinicalTrialOutcomeCommitment>, Option<PalletClinicalTrialResults>]>>>>;
      /**
       * Every protocol version of `trial`, oldest first, a pending amendment included.
       **/
      protocolHistory: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array) => Observable<Vec<PalletClinicalTrialProtocolVersionRecord>>>;
      /**
       * Trial `trial`: sponsor, registration, status, protocol version in force, pending, amendment, approval and counts; `None` if no such trial exists.
       **/
      trial: AugmentedCall<ApiType, (trial: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletClinicalTrialTrial>>>;
      /**
       * One page of the trials `filter` selects (all, or by status, condition code bytes,, sponsor or phase), each with its id: at most `limit` (capped at the pallet's, `MaxPageSize`), after trial `start_after` (the last id of the previous page), or, from the first when `None`. An empty page ends the listing.
       **/
      trials: AugmentedCall<ApiType, (filter: PalletClinicalTrialTrialFilter | { All: any } | { Status: any } | { Condition: any } | { Sponsor: any } | { Phase: any } | string | Uint8Array, start_after: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, PalletClinicalTrialTrial]>>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xea93e3f16f3d6962/ */
    collectCollationInfo: {
      /**
       * Collect information about a collation.,, The given `header` is the header of the built block for that, we are collecting the collation info for.
       **/
      collectCollationInfo: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<CumulusPrimitivesCoreCollationInfo>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xc5ef2a0399e7295e/ */
    consentApi: {
      /**
       * One page of `patient`'s access log, newest first: at most `limit` (capped at the, pallet's `MaxPageSize`) of the entries still on chain (the newest, `MaxAccessLogEntries`) whose index is below `before` (from the newest when `None`)., Pass the last index as `before` for the next page. An empty page ends the listing.
       **/
      accessLog: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, before: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletConsentAccessLogEntry]>>>>;
      /**
       * How many entries `patient`'s access log has ever had, and the head of the hash, chain over all of them, against which an archive of the `AccessRecorded` events, proves it is complete.
       **/
      accessLogHead: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<PalletConsentAccessLogHead>>;
      /**
       * One page of the break-glass cases no auditor has reviewed yet, each with whether it, is overdue (its review deadline has passed): at most `limit` (capped at the pallet's, `MaxPageSize`), after case `start_after` (the last id of the previous page), or, from the first when `None`. An empty page ends the listing.
       **/
      breakGlassAwaitingReview: AugmentedCall<ApiType, (start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletConsentBreakGlassCase, bool]>>>>;
      /**
       * One page of the break-glass cases opened by practitioners of organisation `org`,, reviewed or not, each with whether it is overdue: at most `limit` (capped at the, pallet's `MaxPageSize`), after case `start_after` (the last id of the previous, page), or from the first when `None`. An empty page ends the listing.
       **/
      breakGlassCasesOf: AugmentedCall<ApiType, (org: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletConsentBreakGlassCase, bool]>>>>;
      /**
       * Whether `request` is permitted at the block's time, and by which grant or, break-glass case; otherwise why not. Records nothing.
       **/
      checkAccess: AugmentedCall<ApiType, (request: HealthchainPrimitivesConsentAccessRequest | { patient?: any; accessor?: any; organization?: any; action?: any; category?: any; purpose?: any } | string | Uint8Array) => Observable<Result<HealthchainPrimitivesConsentAccessBasis, HealthchainPrimitivesConsentConsentError>>>;
      /**
       * One page of `patient`'s consent grants, newest first, each with its status at the, block's time (`Expired` worked out from its period): those still stored among the, `limit` (capped at the pallet's `MaxPageSize`) indexes below `before` (from the, newest when `None`), each as `(index, consent id, grant)`, and the `before` of the, next page, `None` when the listing is over. Pruned grants leave gaps, so a page, may be short, or empty, before the end.
       **/
      consents: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, before: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<ITuple<[Vec<ITuple<[u32, u64, PalletConsentConsentGrant]>>, Option<u32>]>>>;
      /**
       * The delegates (guardians, custodians) `patient` named, in the order named.
       **/
      delegates: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array) => Observable<Vec<ITuple<[AccountId32, PalletConsentDelegateKind]>>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xdf6acb689907609b/ */
    core: {
      /**
       * Execute the given block.
       **/
      executeBlock: AugmentedCall<ApiType, (block: SpRuntimeBlockLazyBlock | { header?: any; extrinsics?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Initialize a block with the given header and return the runtime executive mode.
       **/
      initializeBlock: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<SpRuntimeExtrinsicInclusionMode>>;
      /**
       * Returns the version of the runtime.
       **/
      version: AugmentedCall<ApiType, () => Observable<SpVersionRuntimeVersion>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x6a4c30e2c60812cd/ */
    drugTraceApi: {
      /**
       * Batch `batch`: product, lot, expiry, quantity, serials root, manufacturer, status,, commissioning time and packs dispensed; `None` if no such batch exists.
       **/
      batch: AugmentedCall<ApiType, (batch: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletDrugTraceBatch>>>;
      /**
       * The batch of product `gtin` with lot number `lot`, with its id; `None` if there is, none.
       **/
      batchByLot: AugmentedCall<ApiType, (gtin: PalletDrugTraceGtin | AnyNumber | Uint8Array, lot: Bytes | string | Uint8Array) => Observable<Option<ITuple<[u64, PalletDrugTraceBatch]>>>>;
      /**
       * One page of `batch`'s custody history, oldest first: at most `limit` (capped at, the pallet's `MaxPageSize`) shipments from the `start`-th (0 is the first), each, with its id. The next page starts at `start` plus this page's length; an empty, page ends the listing.
       **/
      custodyHistory: AugmentedCall<ApiType, (batch: u64 | AnyNumber | Uint8Array, start: u32 | AnyNumber | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletDrugTraceShipment]>>>>;
      /**
       * Every holder of `batch`, receivers and senders of shipments in transit included,, with its holding: at most the pallet's `MaxHoldersPerBatch`.
       **/
      holders: AugmentedCall<ApiType, (batch: u64 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, PalletDrugTraceHolding]>>>>;
      /**
       * One page of the holdings of trading partner `org` (packs in custody, incoming and, outgoing, quarantine, cold-chain exposure), each with its batch: at most `limit`, (capped at the pallet's `MaxPageSize`), after batch `start_after` (the last batch of, the previous page), or from the first when `None`. An empty page ends the listing.
       **/
      holdings: AugmentedCall<ApiType, (org: u32 | AnyNumber | Uint8Array, start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletDrugTraceHolding]>>>>;
      /**
       * How many packs of `batch` are in transit.
       **/
      inTransit: AugmentedCall<ApiType, (batch: u64 | AnyNumber | Uint8Array) => Observable<u32>>;
      /**
       * One page of the open recalls, each with its batch: at most `limit` (capped at the, pallet's `MaxPageSize`), after batch `start_after` (the last batch of the previous, page), or from the first when `None`. An empty page ends the listing.
       **/
      openRecalls: AugmentedCall<ApiType, (start_after: Option<u64> | null | Uint8Array | u64 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletDrugTraceRecall]>>>>;
      /**
       * Product `gtin`: manufacturer, master-data hash, storage range and tolerated, excursion; `None` if it is not registered.
       **/
      product: AugmentedCall<ApiType, (gtin: PalletDrugTraceGtin | AnyNumber | Uint8Array) => Observable<Option<PalletDrugTraceProduct>>>;
      /**
       * What the chain says about the pack of product `gtin`, lot `lot`, with serial number, `serial` (the bytes printed on the pack), shown to be in its batch by `proof`, (sibling hashes from the leaf up, as `healthchain_primitives::merkle::proof` builds, them over the batch's `BlakeTwo256(serial)` items). Checked in this order:, `Unknown` (no such GTIN and lot), `NotInBatch` (the proof fails, or the serial or, proof is longer than the pallet allows), `AlreadyDispensed` (a suspected clone),, `Recalled`, `Destroyed`, `Quarantined`, `Expired`, else `Genuine` with the batch, and its expiry.
       **/
      verifyPack: AugmentedCall<ApiType, (gtin: PalletDrugTraceGtin | AnyNumber | Uint8Array, lot: Bytes | string | Uint8Array, serial: Bytes | string | Uint8Array, proof: Vec<H256> | (H256 | string | Uint8Array)[]) => Observable<PalletDrugTracePackVerification>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x91b1c8b16328eb92/ */
    dryRunApi: {
      /**
       * Dry run call V2.
       **/
      dryRunCall: AugmentedCall<ApiType, (origin: HealthchainRuntimeOriginCaller | { system: any } | { Council: any } | { PolkadotXcm: any } | { CumulusXcm: any } | string | Uint8Array, call: HealthchainRuntimeRuntimeCall | IMethod | string | Uint8Array, result_xcms_version: u32 | AnyNumber | Uint8Array) => Observable<Result<XcmRuntimeApisDryRunCallDryRunEffects, XcmRuntimeApisDryRunError>>>;
      /**
       * Dry run XCM program
       **/
      dryRunXcm: AugmentedCall<ApiType, (origin_location: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array, xcm: XcmVersionedXcm | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<XcmRuntimeApisDryRunXcmDryRunEffects, XcmRuntimeApisDryRunError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd829725705631bca/ */
    ehrAnchorApi: {
      /**
       * Bulk anchor `bulk`: importing organisation and account, category, Merkle root,, document count, manifest locator, creation block and time; `None` if no such bulk, anchor exists.
       **/
      bulkAnchor: AugmentedCall<ApiType, (bulk: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEhrAnchorBulkAnchor>>>;
      /**
       * Every record anchored with `content_hash`, each with its id: organisations', anchors first (oldest first), then patient-generated ones; at most `limit` (capped, at the pallet's `MaxPageSize`). New in version 2.
       **/
      hashAnchors: AugmentedCall<ApiType, (content_hash: H256 | string | Uint8Array, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletEhrAnchorRecordAnchor]>>>>;
      /**
       * Every version of the record `record` belongs to, oldest first, each with its id;, empty if no such record exists.
       **/
      history: AugmentedCall<ApiType, (record: u64 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u64, PalletEhrAnchorRecordAnchor]>>>>;
      /**
       * One page of `patient`'s records, newest first, each as (index in the patient's, list, record id, record): at most `limit` (capped at the pallet's `MaxPageSize`), with an index below `before`, or from the newest when `None`. The next page passes, the last index of this one as `before`; an empty page ends the listing.
       **/
      patientRecords: AugmentedCall<ApiType, (patient: AccountId32 | string | Uint8Array, before: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, u64, PalletEhrAnchorRecordAnchor]>>>>;
      /**
       * Record (version) `record`: patient, authoring organisation and account, category,, content hash and algorithm, locator and key reference (`None` once erased),, version links, creation block and time, status; `None` if no such record exists.
       **/
      record: AugmentedCall<ApiType, (record: u64 | AnyNumber | Uint8Array) => Observable<Option<PalletEhrAnchorRecordAnchor>>>;
      /**
       * What the chain knows about the document with hash `content_hash`: `Unknown`, or, the record anchored with it and its status (`Active`: current and unchanged;, `Superseded`, `EnteredInError`, `Erased`: genuine but not to be relied on as, current). When several authors anchored the hash, the earliest organisation's, anchor answers; a patient-generated anchor (its `author_org` is `None`) answers only, when no organisation anchored the hash.
       **/
      verifyHash: AugmentedCall<ApiType, (content_hash: H256 | string | Uint8Array) => Observable<PalletEhrAnchorHashVerification>>;
      /**
       * Whether `proof` (sibling hashes from the leaf up, as, `healthchain_primitives::merkle::proof` builds them) shows the document with hash, `document_hash` to be part of bulk anchor `bulk`: `Included` with the bulk anchor,, `NotIncluded`, `UnknownBulk`, or `ProofTooLong` (more than `MaxProofDepth` hashes,, not checked).
       **/
      verifyInclusion: AugmentedCall<ApiType, (bulk: u64 | AnyNumber | Uint8Array, document_hash: H256 | string | Uint8Array, proof: Vec<H256> | (H256 | string | Uint8Array)[]) => Observable<PalletEhrAnchorInclusionVerification>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xfbc577b9d747efd6/ */
    genesisBuilder: {
      /**
       * Build `RuntimeGenesisConfig` from a JSON blob not using any defaults and store it in the, storage.,, In the case of a FRAME-based runtime, this function deserializes the full, `RuntimeGenesisConfig` from the given JSON blob and puts it into the storage. If the, provided JSON blob is incorrect or incomplete or the deserialization fails, an error, is returned.,, Please note that provided JSON blob must contain all `RuntimeGenesisConfig` fields, no, defaults will be used.
       **/
      buildState: AugmentedCall<ApiType, (json: Bytes | string | Uint8Array) => Observable<Result<Null, Text>>>;
      /**
       * Returns a JSON blob representation of the built-in `RuntimeGenesisConfig` identified by, `id`.,, If `id` is `None` the function should return JSON blob representation of the default, `RuntimeGenesisConfig` struct of the runtime. Implementation must provide default, `RuntimeGenesisConfig`.,, Otherwise function returns a JSON representation of the built-in, named, `RuntimeGenesisConfig` preset identified by `id`, or `None` if such preset does not, exist. Returned `Vec<u8>` contains bytes of JSON blob (patch) which comprises a list of, (potentially nested) key-value pairs that are intended for customizing the default, runtime genesis config. The patch shall be merged (rfc7386) with the JSON representation, of the default `RuntimeGenesisConfig` to create a comprehensive genesis config that can, be used in `build_state` method.
       **/
      getPreset: AugmentedCall<ApiType, (id: Option<Text> | null | Uint8Array | Text | string) => Observable<Option<Bytes>>>;
      /**
       * Returns a list of identifiers for available builtin `RuntimeGenesisConfig` presets.,, The presets from the list can be queried with [`GenesisBuilder::get_preset`] method. If, no named presets are provided by the runtime the list is empty.
       **/
      presetNames: AugmentedCall<ApiType, () => Observable<Vec<Text>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xa2ddb6a58477bf63/ */
    getParachainInfo: {
      /**
       * Retrieve the parachain id used for runtime.
       **/
      parachainId: AugmentedCall<ApiType, () => Observable<ParaId>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x075f8cd374350e84/ */
    keyToIncludeInRelayProof: {
      /**
       * Returns relay chain storage proof requests.,, The collator will include them in the relay chain proof that is passed alongside the parachain inherent into the runtime.
       **/
      keysToProve: AugmentedCall<ApiType, () => Observable<CumulusPrimitivesCoreRelayProofRequest>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x9ffb505aa738d69c/ */
    locationToAccountApi: {
      /**
       * Converts `Location` to `AccountId`.
       **/
      convertLocation: AugmentedCall<ApiType, (location: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<AccountId32, XcmRuntimeApisConversionsError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37e397fc7c91f5e4/ */
    metadata: {
      /**
       * Returns the metadata of a runtime.
       **/
      metadata: AugmentedCall<ApiType, () => Observable<OpaqueMetadata>>;
      /**
       * Returns the metadata at a given version.,, If the given `version` isn't supported, this will return `None`., Use [`Self::metadata_versions`] to find out about supported metadata version of the runtime.
       **/
      metadataAtVersion: AugmentedCall<ApiType, (version: u32 | AnyNumber | Uint8Array) => Observable<Option<OpaqueMetadata>>>;
      /**
       * Returns the supported metadata versions.,, This can be used to call `metadata_at_version`.
       **/
      metadataVersions: AugmentedCall<ApiType, () => Observable<Vec<u32>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf78b278be53f454c/ */
    offchainWorkerApi: {
      /**
       * Starts the off-chain task for given block header.
       **/
      offchainWorker: AugmentedCall<ApiType, (header: SpRuntimeHeader | { parentHash?: any; number?: any; stateRoot?: any; extrinsicsRoot?: any; digest?: any } | string | Uint8Array) => Observable<Null>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xe5cf38f6dd874e3e/ */
    organizationsApi: {
      /**
       * One page of `org`'s pending invitations, expired ones included (they hold places, until declined, cancelled or renewed): at most `limit` (capped at the pallet's, `MaxPageSize`), starting after the invitation to `start_after` (the last account, of the previous page), or from the first when `None`. An empty page means the, listing is complete.
       **/
      invitations: AugmentedCall<ApiType, (org: u32 | AnyNumber | Uint8Array, start_after: Option<AccountId32> | null | Uint8Array | AccountId32 | string, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[AccountId32, PalletOrganizationsInvitation]>>>>;
      /**
       * One page of the invitations `account` holds, expired ones included: at most, `limit` (capped at the pallet's `MaxPageSize`), starting after the invitation from, organisation `start_after` (the last organisation of the previous page), or from, the first when `None`. An empty page means the listing is complete.
       **/
      invitationsOf: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array, start_after: Option<u32> | null | Uint8Array | u32 | AnyNumber, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[u32, PalletOrganizationsInvitation]>>>>;
      /**
       * One page of `org`'s members and their roles: at most `limit` (capped at the, pallet's `MaxPageSize`), starting after `start_after` (the last account of the, previous page), or from the first member when `None`. An empty page means the, listing is complete.
       **/
      members: AugmentedCall<ApiType, (org: u32 | AnyNumber | Uint8Array, start_after: Option<AccountId32> | null | Uint8Array | AccountId32 | string, limit: u32 | AnyNumber | Uint8Array) => Observable<Vec<ITuple<[AccountId32, HealthchainPrimitivesOrganizationsMemberRole]>>>>;
      /**
       * Organisation `org`: kind, status, registered admin, metadata hash, registration, block, member count and pending invitation count; `None` if no such organisation, exists.
       **/
      organization: AugmentedCall<ApiType, (org: u32 | AnyNumber | Uint8Array) => Observable<Option<PalletOrganizationsOrganization>>>;
      /**
       * The organisation `account` belongs to and its role there, whatever the, organisation's status; `None` if it belongs to none.
       **/
      organizationOf: AugmentedCall<ApiType, (account: AccountId32 | string | Uint8Array) => Observable<Option<ITuple<[u32, HealthchainPrimitivesOrganizationsMemberRole]>>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x04e70521a0d3d2f8/ */
    relayParentOffsetApi: {
      /**
       * Maximum claim queue offset for async backing flexibility.,, Bounds how far "into the future" a candidate may look in the claim queue when, selecting a core. The effective claim queue depth depends on the candidate version:,, - **V1/V2 candidates**: the claim queue is looked up at the candidate's `relay_parent`,,   which is `relay_parent_offset` blocks behind the relay-chain tip. The effective,   depth is `relay_parent_offset + max_claim_queue_offset`.,, - **V3 candidates**: the claim queue is looked up at the candidate's,   `scheduling_parent` — the relay-chain block of the *last finished* slot, decoupled,   from the execution-context `relay_parent`. The effective depth is just,   `max_claim_queue_offset`.,, Collators select a core via an offset in `[0, max_claim_queue_offset]`.,, - **V2 candidates**: `max_claim_queue_offset = 1` is sufficient. The claim queue is,   looked up at `relay_parent`, which sits behind the tip. Offset 0 covers synchronous,   backing in the next relay block; offset 1 covers asynchronous backing in the relay,   block after that.,, - **V3 candidates**: offset 0 is not reachable — the `scheduling_parent`,   is usually the leaf when picked, but its child is already being built, so there is,   no opportunity to land in the next relay block. Offset 1 is reachable under,   synchronous-backing semantics. For elastic scaling the last block in the bundle is,   built near the end of the current slot, which makes offset 1 too tight —,   `max_claim_queue_offset = 2` is the minimum cap that keeps elastic scaling viable.,, Note: this method was added in `api_version = 2`. Collators calling on runtimes that, only implement `api_version = 1` of [`RelayParentOffsetApi`] will receive an error, and should fall back to a sensible default (current collator defaults: `1` on the, V3 path, `0` on the V1/V2 path).,, See: <https://github.com/paritytech/polkadot-sdk/issues/8893>
       **/
      maxClaimQueueOffset: AugmentedCall<ApiType, () => Observable<u8>>;
      /**
       * Fetch the relay parent offset that is expected from the relay chain.,, This determines how many blocks behind the relay chain tip the relay parent should be.
       **/
      relayParentOffset: AugmentedCall<ApiType, () => Observable<u32>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xab3c0572291feb8b/ */
    sessionKeys: {
      /**
       * Decode the given public session keys.,, Returns the list of public raw public keys + key type.
       **/
      decodeSessionKeys: AugmentedCall<ApiType, (encoded: Bytes | string | Uint8Array) => Observable<Option<Vec<ITuple<[Bytes, SpCoreCryptoKeyTypeId]>>>>>;
      /**
       * Generate a set of session keys with optionally using the given seed., The keys should be stored within the keystore exposed via runtime, externalities.,, The seed needs to be a valid `utf8` string.,, Returns the concatenated SCALE encoded public keys.
       **/
      generateSessionKeys: AugmentedCall<ApiType, (owner: Bytes | string | Uint8Array, seed: Option<Bytes> | null | Uint8Array | Bytes | string) => Observable<SpSessionRuntimeApiOpaqueGeneratedSessionKeys>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xd2bc9897eed08f15/ */
    taggedTransactionQueue: {
      /**
       * Validate the transaction.,, This method is invoked by the transaction pool to learn details about given transaction., The implementation should make sure to verify the correctness of the transaction, against current state. The given `block_hash` corresponds to the hash of the block, that is used as current state.,, Note that this call may be performed by the pool multiple times and transactions, might be verified in any possible order.
       **/
      validateTransaction: AugmentedCall<ApiType, (source: SpRuntimeTransactionValidityTransactionSource | 'InBlock' | 'Local' | 'External' | number | Uint8Array, tx: Extrinsic | IExtrinsic | string | Uint8Array, block_hash: H256 | string | Uint8Array) => Observable<Result<SpRuntimeTransactionValidityValidTransaction, SpRuntimeTransactionValidityTransactionValidityError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x37c8bb1350a9a2a8/ */
    transactionPaymentApi: {
      /**
       * 
       **/
      queryFeeDetails: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * 
       **/
      queryInfo: AugmentedCall<ApiType, (uxt: Extrinsic | IExtrinsic | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * 
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * 
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0xf3ff14d5ab527059/ */
    transactionPaymentCallApi: {
      /**
       * Query fee details of a given encoded `Call`.
       **/
      queryCallFeeDetails: AugmentedCall<ApiType, (call: HealthchainRuntimeRuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentFeeDetails>>;
      /**
       * Query information of a dispatch class, weight, and fee of a given encoded `Call`.
       **/
      queryCallInfo: AugmentedCall<ApiType, (call: HealthchainRuntimeRuntimeCall | IMethod | string | Uint8Array, len: u32 | AnyNumber | Uint8Array) => Observable<PalletTransactionPaymentRuntimeDispatchInfo>>;
      /**
       * Query the output of the current `LengthToFee` given some input.
       **/
      queryLengthToFee: AugmentedCall<ApiType, (length: u32 | AnyNumber | Uint8Array) => Observable<u128>>;
      /**
       * Query the output of the current `WeightToFee` given some input.
       **/
      queryWeightToFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array) => Observable<u128>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x2609be83ac4468dc/ */
    trustedQueryApi: {
      /**
       * Returns if the location is a trusted reserve for the asset.,, # Arguments, * `asset`: `VersionedAsset`., * `location`: `VersionedLocation`.
       **/
      isTrustedReserve: AugmentedCall<ApiType, (asset: XcmVersionedAsset | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array, location: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<bool, XcmRuntimeApisTrustedQueryError>>>;
      /**
       * Returns if the asset can be teleported to the location.,, # Arguments, * `asset`: `VersionedAsset`., * `location`: `VersionedLocation`.
       **/
      isTrustedTeleporter: AugmentedCall<ApiType, (asset: XcmVersionedAsset | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array, location: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<bool, XcmRuntimeApisTrustedQueryError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
    /** 0x6ff52ee858e6c5bd/ */
    xcmPaymentApi: {
      /**
       * Returns a list of acceptable payment assets.,, # Arguments,, * `xcm_version`: Version.
       **/
      queryAcceptablePaymentAssets: AugmentedCall<ApiType, (xcm_version: u32 | AnyNumber | Uint8Array) => Observable<Result<Vec<XcmVersionedAssetId>, XcmRuntimeApisFeesError>>>;
      /**
       * Query delivery fees V2.,, Get delivery fees for sending a specific `message` to a `destination`., These always come in a specific asset, defined by the chain.,, # Arguments, * `message`: The message that'll be sent, necessary because most delivery fees are based on the,   size of the message., * `destination`: The destination to send the message to. Different destinations may use,   different senders that charge different fees.
       **/
      queryDeliveryFees: AugmentedCall<ApiType, (destination: XcmVersionedLocation | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array, message: XcmVersionedXcm | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array, asset_id: XcmVersionedAssetId | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<XcmVersionedAssets, XcmRuntimeApisFeesError>>>;
      /**
       * Converts a weight into a fee for the specified `AssetId`.,, # Arguments,, * `weight`: convertible `Weight`., * `asset`: `VersionedAssetId`.
       **/
      queryWeightToAssetFee: AugmentedCall<ApiType, (weight: SpWeightsWeightV2Weight | { refTime?: any; proofSize?: any } | string | Uint8Array, asset: XcmVersionedAssetId | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<u128, XcmRuntimeApisFeesError>>>;
      /**
       * Returns a weight needed to execute a XCM.,, # Arguments,, * `message`: `VersionedXcm`.
       **/
      queryXcmWeight: AugmentedCall<ApiType, (message: XcmVersionedXcm | { V3: any } | { V4: any } | { V5: any } | string | Uint8Array) => Observable<Result<SpWeightsWeightV2Weight, XcmRuntimeApisFeesError>>>;
      /**
       * Generic call
       **/
      [key: string]: DecoratedCallBase<ApiType>;
    };
  } // AugmentedCalls
} // declare module
