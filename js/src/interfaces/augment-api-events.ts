// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/events';

import type { ApiTypes, AugmentedEvent } from '@polkadot/api-base/types';
import type { Bytes, Null, Option, Result, U8aFixed, Vec, bool, i32, u128, u32, u64, u8 } from '@polkadot/types-codec';
import type { AccountId32, H256 } from '@polkadot/types/interfaces/runtime';
import type { CumulusPrimitivesCoreAggregateMessageOrigin, FrameSupportDispatchPostDispatchInfo, FrameSupportMessagesProcessMessageError, FrameSupportTokensMiscBalanceStatus, FrameSystemDispatchEventInfo, HealthchainPrimitivesConsentAccessBasis, HealthchainPrimitivesOrganizationsMemberRole, HealthchainPrimitivesOrganizationsOrganizationKind, HealthchainPrimitivesRecordsRecordCategory, HealthchainRuntimeOriginCaller, HealthchainRuntimeRuntimeHoldReason, PalletBalancesUnexpectedKind, PalletClinicalTrialLiftedBy, PalletClinicalTrialOutcomeDiscrepancy, PalletClinicalTrialScreeningReason, PalletClinicalTrialSeverity, PalletClinicalTrialTrialStatus, PalletConsentAccessLogEntry, PalletConsentDelegateKind, PalletConsentEmergencyReason, PalletConsentGrantee, PalletDrugTraceBatchStatus, PalletDrugTraceDisposition, PalletDrugTraceRecallClass, PalletDrugTraceRecallCloser, PalletDrugTraceRefusalReason, PalletDrugTraceStockRef, PalletEhrAnchorEnteredInErrorReason, SpRuntimeDispatchError, SpRuntimeDispatchErrorWithPostInfo, SpWeightsWeightV2Weight, StagingXcmV5AssetAssets, StagingXcmV5Location, StagingXcmV5Response, StagingXcmV5TraitsOutcome, StagingXcmV5Xcm, XcmV3TraitsSendError, XcmV5TraitsError, XcmVersionedAssets, XcmVersionedLocation } from '@polkadot/types/lookup';

export type __AugmentedEvent<ApiType extends ApiTypes> = AugmentedEvent<ApiType>;

declare module '@polkadot/api-base/types/events' {
  interface AugmentedEvents<ApiType extends ApiTypes> {
    balances: {
      /**
       * A balance was set by root.
       **/
      BalanceSet: AugmentedEvent<ApiType, [who: AccountId32, free: u128], { who: AccountId32, free: u128 }>;
      /**
       * Some amount was burned from an account.
       **/
      Burned: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some debt has been dropped from the Total Issuance.
       **/
      BurnedDebt: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Held balance was burned from an account.
       **/
      BurnedHeld: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Some amount was deposited (e.g. for transaction fees).
       **/
      Deposit: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was removed whose balance was non-zero but below ExistentialDeposit,
       * resulting in an outright loss.
       **/
      DustLost: AugmentedEvent<ApiType, [account: AccountId32, amount: u128], { account: AccountId32, amount: u128 }>;
      /**
       * An account was created with some free balance.
       **/
      Endowed: AugmentedEvent<ApiType, [account: AccountId32, freeBalance: u128], { account: AccountId32, freeBalance: u128 }>;
      /**
       * Some balance was frozen.
       **/
      Frozen: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was placed on hold.
       **/
      Held: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was increased by `amount`, creating a credit to be balanced.
       **/
      Issued: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was locked.
       **/
      Locked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was minted into an account.
       **/
      Minted: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some credit was balanced and added to the TotalIssuance.
       **/
      MintedCredit: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was released from hold.
       **/
      Released: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, who: AccountId32, amount: u128 }>;
      /**
       * Total issuance was decreased by `amount`, creating a debt to be balanced.
       **/
      Rescinded: AugmentedEvent<ApiType, [amount: u128], { amount: u128 }>;
      /**
       * Some balance was reserved (moved from free to reserved).
       **/
      Reserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was moved from the reserve of the first account to the second account.
       * Final argument indicates the destination balance type.
       **/
      ReserveRepatriated: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus], { from: AccountId32, to: AccountId32, amount: u128, destinationStatus: FrameSupportTokensMiscBalanceStatus }>;
      /**
       * Some amount was restored into an account.
       **/
      Restored: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was removed from the account (e.g. for misbehavior).
       **/
      Slashed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some amount was suspended from an account (it can be restored later).
       **/
      Suspended: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was thawed.
       **/
      Thawed: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * The `TotalIssuance` was forcefully changed.
       **/
      TotalIssuanceForced: AugmentedEvent<ApiType, [old: u128, new_: u128], { old: u128, new_: u128 }>;
      /**
       * Transfer succeeded.
       **/
      Transfer: AugmentedEvent<ApiType, [from: AccountId32, to: AccountId32, amount: u128], { from: AccountId32, to: AccountId32, amount: u128 }>;
      /**
       * The `transferred` balance is placed on hold at the `dest` account.
       **/
      TransferAndHold: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128], { reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, transferred: u128 }>;
      /**
       * A transfer of `amount` on hold from `source` to `dest` was initiated.
       **/
      TransferOnHold: AugmentedEvent<ApiType, [reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128], { reason: HealthchainRuntimeRuntimeHoldReason, source: AccountId32, dest: AccountId32, amount: u128 }>;
      /**
       * An unexpected/defensive event was triggered.
       **/
      Unexpected: AugmentedEvent<ApiType, [PalletBalancesUnexpectedKind]>;
      /**
       * Some balance was unlocked.
       **/
      Unlocked: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Some balance was unreserved (moved from reserved to free).
       **/
      Unreserved: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * An account was upgraded.
       **/
      Upgraded: AugmentedEvent<ApiType, [who: AccountId32], { who: AccountId32 }>;
      /**
       * Some amount was withdrawn from the account (e.g. for transaction fees).
       **/
      Withdraw: AugmentedEvent<ApiType, [who: AccountId32, amount: u128], { who: AccountId32, amount: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    clinicalTrial: {
      /**
       * An investigator reported an adverse event.
       **/
      AdverseEventReported: AugmentedEvent<ApiType, [trial: u32, index: u32, severity: PalletClinicalTrialSeverity], { trial: u32, index: u32, severity: PalletClinicalTrialSeverity }>;
      /**
       * An ethics committee approved a protocol amendment; it is in force.
       **/
      AmendmentApproved: AugmentedEvent<ApiType, [trial: u32, version: u32, committee: u32], { trial: u32, version: u32, committee: u32 }>;
      /**
       * The sponsor proposed a protocol amendment, pending ethics approval.
       **/
      AmendmentProposed: AugmentedEvent<ApiType, [trial: u32, version: u32, protocolHash: H256], { trial: u32, version: u32, protocolHash: H256 }>;
      /**
       * An investigator committed a data snapshot.
       **/
      DataSnapshotCommitted: AugmentedEvent<ApiType, [trial: u32, index: u32, snapshotHash: H256], { trial: u32, index: u32, snapshotHash: H256 }>;
      /**
       * An investigator of the sponsor confirmed a pending enrolment: the participant is
       * enrolled and counts toward the target enrolment.
       **/
      EnrolmentConfirmed: AugmentedEvent<ApiType, [trial: u32, participant: AccountId32, consent: u64, by: AccountId32], { trial: u32, participant: AccountId32, consent: u64, by: AccountId32 }>;
      /**
       * A participant asked to enrol; the enrolment is pending until an investigator of
       * the sponsor confirms it or screens it out.
       **/
      EnrolmentRequested: AugmentedEvent<ApiType, [trial: u32, participant: AccountId32, protocolVersion: u32, consent: u64, attempt: u32], { trial: u32, participant: AccountId32, protocolVersion: u32, consent: u64, attempt: u32 }>;
      /**
       * An investigator of the sponsor screened out a pending enrolment.
       **/
      EnrolmentScreenedOut: AugmentedEvent<ApiType, [trial: u32, participant: AccountId32, reason: PalletClinicalTrialScreeningReason, by: AccountId32], { trial: u32, participant: AccountId32, reason: PalletClinicalTrialScreeningReason, by: AccountId32 }>;
      /**
       * The published results differ from the pre-registered outcomes. One event per
       * discrepancy, before `ResultsPublished`.
       **/
      OutcomeDiscrepancyFound: AugmentedEvent<ApiType, [trial: u32, discrepancy: PalletClinicalTrialOutcomeDiscrepancy], { trial: u32, discrepancy: PalletClinicalTrialOutcomeDiscrepancy }>;
      /**
       * A pending or enrolled participant consented to the protocol version in force.
       **/
      ParticipantReconsented: AugmentedEvent<ApiType, [trial: u32, participant: AccountId32, protocolVersion: u32, consent: u64], { trial: u32, participant: AccountId32, protocolVersion: u32, consent: u64 }>;
      /**
       * After an amendment, pending and enrolled participants must consent to the new
       * version.
       **/
      ParticipantsNeedReconsent: AugmentedEvent<ApiType, [trial: u32, version: u32, count: u32], { trial: u32, version: u32, count: u32 }>;
      /**
       * A pending or enrolled participant withdrew.
       **/
      ParticipantWithdrawn: AugmentedEvent<ApiType, [trial: u32, participant: AccountId32], { trial: u32, participant: AccountId32 }>;
      /**
       * The sponsor closed recruitment; the trial is active.
       **/
      RecruitmentClosed: AugmentedEvent<ApiType, [trial: u32], { trial: u32 }>;
      /**
       * The sponsor opened recruitment.
       **/
      RecruitmentStarted: AugmentedEvent<ApiType, [trial: u32], { trial: u32 }>;
      /**
       * The sponsor published the trial's results.
       **/
      ResultsPublished: AugmentedEvent<ApiType, [trial: u32, resultsHash: H256, discrepancies: u32], { trial: u32, resultsHash: H256, discrepancies: u32 }>;
      /**
       * The body that suspended the trial, or governance, lifted the suspension.
       **/
      SuspensionLifted: AugmentedEvent<ApiType, [trial: u32, by: PalletClinicalTrialLiftedBy, status: PalletClinicalTrialTrialStatus], { trial: u32, by: PalletClinicalTrialLiftedBy, status: PalletClinicalTrialTrialStatus }>;
      /**
       * An ethics committee approved a trial (its protocol version 1).
       **/
      TrialApproved: AugmentedEvent<ApiType, [trial: u32, committee: u32, decisionHash: H256], { trial: u32, committee: u32, decisionHash: H256 }>;
      /**
       * The sponsor completed the trial.
       **/
      TrialCompleted: AugmentedEvent<ApiType, [trial: u32], { trial: u32 }>;
      /**
       * An investigator registered a trial for its sponsor.
       **/
      TrialRegistered: AugmentedEvent<ApiType, [trial: u32, sponsor: u32], { trial: u32, sponsor: u32 }>;
      /**
       * An ethics committee or regulator suspended the trial.
       **/
      TrialSuspended: AugmentedEvent<ApiType, [trial: u32, byOrg: u32, from: PalletClinicalTrialTrialStatus, reasonHash: H256], { trial: u32, byOrg: u32, from: PalletClinicalTrialTrialStatus, reasonHash: H256 }>;
      /**
       * The sponsor terminated the trial early.
       **/
      TrialTerminated: AugmentedEvent<ApiType, [trial: u32, from: PalletClinicalTrialTrialStatus, reasonHash: H256], { trial: u32, from: PalletClinicalTrialTrialStatus, reasonHash: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    collatorSelection: {
      /**
       * A new candidate joined.
       **/
      CandidateAdded: AugmentedEvent<ApiType, [accountId: AccountId32, deposit: u128], { accountId: AccountId32, deposit: u128 }>;
      /**
       * Bond of a candidate updated.
       **/
      CandidateBondUpdated: AugmentedEvent<ApiType, [accountId: AccountId32, deposit: u128], { accountId: AccountId32, deposit: u128 }>;
      /**
       * A candidate was removed.
       **/
      CandidateRemoved: AugmentedEvent<ApiType, [accountId: AccountId32], { accountId: AccountId32 }>;
      /**
       * An account was replaced in the candidate list by another one.
       **/
      CandidateReplaced: AugmentedEvent<ApiType, [old: AccountId32, new_: AccountId32, deposit: u128], { old: AccountId32, new_: AccountId32, deposit: u128 }>;
      /**
       * An account was unable to be added to the Invulnerables because they did not have keys
       * registered. Other Invulnerables may have been set.
       **/
      InvalidInvulnerableSkipped: AugmentedEvent<ApiType, [accountId: AccountId32], { accountId: AccountId32 }>;
      /**
       * A new Invulnerable was added.
       **/
      InvulnerableAdded: AugmentedEvent<ApiType, [accountId: AccountId32], { accountId: AccountId32 }>;
      /**
       * An Invulnerable was removed.
       **/
      InvulnerableRemoved: AugmentedEvent<ApiType, [accountId: AccountId32], { accountId: AccountId32 }>;
      /**
       * The candidacy bond was set.
       **/
      NewCandidacyBond: AugmentedEvent<ApiType, [bondAmount: u128], { bondAmount: u128 }>;
      /**
       * The number of desired candidates was set.
       **/
      NewDesiredCandidates: AugmentedEvent<ApiType, [desiredCandidates: u32], { desiredCandidates: u32 }>;
      /**
       * New Invulnerables were set.
       **/
      NewInvulnerables: AugmentedEvent<ApiType, [invulnerables: Vec<AccountId32>], { invulnerables: Vec<AccountId32> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    consent: {
      /**
       * A read of a patient's records was permitted and logged. The event carries the
       * whole entry and the hash chain's new head, so an archive of these events can prove
       * it holds the complete log (see [`AccessLogHead`]).
       **/
      AccessRecorded: AugmentedEvent<ApiType, [patient: AccountId32, index: u64, entry: PalletConsentAccessLogEntry, chainHead: H256], { patient: AccountId32, index: u64, entry: PalletConsentAccessLogEntry, chainHead: H256 }>;
      /**
       * A practitioner broke the glass: emergency read access to a patient's records is
       * open until `expires_at`. This is the alert; an auditor must review the case.
       **/
      BreakGlassOpened: AugmentedEvent<ApiType, [case_: u64, patient: AccountId32, accessor: AccountId32, org: u32, reason: PalletConsentEmergencyReason, expiresAt: u64], { case: u64, patient: AccountId32, accessor: AccountId32, org: u32, reason: PalletConsentEmergencyReason, expiresAt: u64 }>;
      /**
       * A regulator's auditor reviewed a break-glass case.
       **/
      BreakGlassReviewed: AugmentedEvent<ApiType, [case_: u64, reviewer: AccountId32, justified: bool], { case: u64, reviewer: AccountId32, justified: bool }>;
      /**
       * A patient (or a delegate) granted consent.
       **/
      ConsentGranted: AugmentedEvent<ApiType, [consent: u64, patient: AccountId32, grantee: PalletConsentGrantee, by: AccountId32], { consent: u64, patient: AccountId32, grantee: PalletConsentGrantee, by: AccountId32 }>;
      /**
       * A patient (or a delegate) revoked a grant; it permits nothing from now on.
       **/
      ConsentRevoked: AugmentedEvent<ApiType, [consent: u64, patient: AccountId32, by: AccountId32], { consent: u64, patient: AccountId32, by: AccountId32 }>;
      /**
       * A patient named a delegate.
       **/
      DelegateAdded: AugmentedEvent<ApiType, [patient: AccountId32, delegate: AccountId32, kind: PalletConsentDelegateKind], { patient: AccountId32, delegate: AccountId32, kind: PalletConsentDelegateKind }>;
      /**
       * A delegation ended, at the patient's or the delegate's request.
       **/
      DelegateRemoved: AugmentedEvent<ApiType, [patient: AccountId32, delegate: AccountId32, by: AccountId32], { patient: AccountId32, delegate: AccountId32, by: AccountId32 }>;
      /**
       * Grants of a patient, ended for longer than their retention, left storage.
       **/
      GrantsPruned: AugmentedEvent<ApiType, [patient: AccountId32, count: u32], { patient: AccountId32, count: u32 }>;
      /**
       * A patient was off-boarded: its consent calls are no longer feeless, its provider
       * reference and the onboarding deposit are released.
       **/
      PatientOffboarded: AugmentedEvent<ApiType, [patient: AccountId32, by: AccountId32], { patient: AccountId32, by: AccountId32 }>;
      /**
       * A care organisation's member onboarded a patient.
       **/
      PatientOnboarded: AugmentedEvent<ApiType, [patient: AccountId32, org: u32, by: AccountId32], { patient: AccountId32, org: u32, by: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    council: {
      /**
       * A motion was approved by the required threshold.
       **/
      Approved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A proposal was closed because its threshold was reached or after its duration was up.
       **/
      Closed: AugmentedEvent<ApiType, [proposalHash: H256, yes: u32, no: u32], { proposalHash: H256, yes: u32, no: u32 }>;
      /**
       * A motion was not approved by the required threshold.
       **/
      Disapproved: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A motion was executed; result will be `Ok` if it returned without error.
       **/
      Executed: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A proposal was killed.
       **/
      Killed: AugmentedEvent<ApiType, [proposalHash: H256], { proposalHash: H256 }>;
      /**
       * A single member did some action; result will be `Ok` if it returned without error.
       **/
      MemberExecuted: AugmentedEvent<ApiType, [proposalHash: H256, result: Result<Null, SpRuntimeDispatchError>], { proposalHash: H256, result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Some cost for storing a proposal was burned.
       **/
      ProposalCostBurned: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * Some cost for storing a proposal was released.
       **/
      ProposalCostReleased: AugmentedEvent<ApiType, [proposalHash: H256, who: AccountId32], { proposalHash: H256, who: AccountId32 }>;
      /**
       * A motion (given hash) has been proposed (by given account) with a threshold (given
       * `MemberCount`).
       **/
      Proposed: AugmentedEvent<ApiType, [account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32], { account: AccountId32, proposalIndex: u32, proposalHash: H256, threshold: u32 }>;
      /**
       * A motion (given hash) has been voted on by given account, leaving
       * a tally (yes votes and no votes given respectively as `MemberCount`).
       **/
      Voted: AugmentedEvent<ApiType, [account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32], { account: AccountId32, proposalHash: H256, voted: bool, yes: u32, no: u32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    councilMembership: {
      /**
       * Phantom member, never used.
       **/
      Dummy: AugmentedEvent<ApiType, []>;
      /**
       * One of the members' keys changed.
       **/
      KeyChanged: AugmentedEvent<ApiType, []>;
      /**
       * The given member was added; see the transaction for who.
       **/
      MemberAdded: AugmentedEvent<ApiType, []>;
      /**
       * The given member was removed; see the transaction for who.
       **/
      MemberRemoved: AugmentedEvent<ApiType, []>;
      /**
       * The membership was reset; see the transaction for who the new set is.
       **/
      MembersReset: AugmentedEvent<ApiType, []>;
      /**
       * Two members were swapped; see the transaction for who.
       **/
      MembersSwapped: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    cumulusXcm: {
      /**
       * Downward message executed with the given outcome.
       * \[ id, outcome \]
       **/
      ExecutedDownward: AugmentedEvent<ApiType, [U8aFixed, StagingXcmV5TraitsOutcome]>;
      /**
       * Downward message is invalid XCM.
       * \[ id \]
       **/
      InvalidFormat: AugmentedEvent<ApiType, [U8aFixed]>;
      /**
       * Downward message is unsupported version of XCM.
       * \[ id \]
       **/
      UnsupportedVersion: AugmentedEvent<ApiType, [U8aFixed]>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    drugTrace: {
      /**
       * A manufacturer commissioned a batch (EPCIS commissioning); it holds all of it.
       **/
      BatchCommissioned: AugmentedEvent<ApiType, [batch: u64, gtin: u64, lot: Bytes, manufacturer: u32, quantity: u32, expiry: u64], { batch: u64, gtin: u64, lot: Bytes, manufacturer: u32, quantity: u32, expiry: u64 }>;
      /**
       * A batch was recalled. A `RecallNotice` follows for every holder.
       **/
      BatchRecalled: AugmentedEvent<ApiType, [batch: u64, class_: PalletDrugTraceRecallClass, reasonHash: H256, byOrg: u32, holders: u32], { batch: u64, class: PalletDrugTraceRecallClass, reasonHash: H256, byOrg: u32, holders: u32 }>;
      /**
       * A pharmacist dispensed a pack.
       **/
      Dispensed: AugmentedEvent<ApiType, [batch: u64, serialHash: H256, pharmacy: u32, pharmacist: AccountId32], { batch: u64, serialHash: H256, pharmacy: u32, pharmacist: AccountId32 }>;
      /**
       * A manufacturer registered a product.
       **/
      ProductRegistered: AugmentedEvent<ApiType, [gtin: u64, manufacturer: u32], { gtin: u64, manufacturer: u32 }>;
      /**
       * A recall was closed (completed); the batch stays recalled.
       **/
      RecallClosed: AugmentedEvent<ApiType, [batch: u64, closedBy: PalletDrugTraceRecallCloser], { batch: u64, closedBy: PalletDrugTraceRecallCloser }>;
      /**
       * A holder (or awaited receiver) of a recalled batch must act on the recall.
       **/
      RecallNotice: AugmentedEvent<ApiType, [batch: u64, holder: u32], { batch: u64, holder: u32 }>;
      /**
       * The receiver confirmed receipt of a shipment (EPCIS receiving).
       **/
      Received: AugmentedEvent<ApiType, [shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, batchStatus: PalletDrugTraceBatchStatus, quarantined: bool], { shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, batchStatus: PalletDrugTraceBatchStatus, quarantined: bool }>;
      /**
       * The receiver refused a shipment in transit: its packs are back in the sender's
       * custody.
       **/
      ShipmentRefused: AugmentedEvent<ApiType, [shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, reason: PalletDrugTraceRefusalReason, quarantined: bool], { shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, reason: PalletDrugTraceRefusalReason, quarantined: bool }>;
      /**
       * A trading partner shipped packs of a batch to another (EPCIS shipping).
       **/
      Shipped: AugmentedEvent<ApiType, [shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, documentHash: H256], { shipment: u64, batch: u64, from: u32, to: u32, quantity: u32, documentHash: H256 }>;
      /**
       * A trading partner destroyed or wrote off packs it held: they left the supply chain.
       **/
      StockDisposed: AugmentedEvent<ApiType, [batch: u64, holder: u32, quantity: u32, disposition: PalletDrugTraceDisposition], { batch: u64, holder: u32, quantity: u32, disposition: PalletDrugTraceDisposition }>;
      /**
       * Quarantined stock was released after review.
       **/
      StockReleased: AugmentedEvent<ApiType, [stock: PalletDrugTraceStockRef, batch: u64, byOrg: u32, acceptedMs: u64], { stock: PalletDrugTraceStockRef, batch: u64, byOrg: u32, acceptedMs: u64 }>;
      /**
       * A regulator found a suspect batch legitimate; it is active again.
       **/
      SuspectCleared: AugmentedEvent<ApiType, [batch: u64, byOrg: u32], { batch: u64, byOrg: u32 }>;
      /**
       * A regulator confirmed a suspect batch illegitimate; it is to be destroyed.
       **/
      SuspectConfirmed: AugmentedEvent<ApiType, [batch: u64, byOrg: u32], { batch: u64, byOrg: u32 }>;
      /**
       * A serial that was already dispensed was presented for dispensing again: the pack
       * was not dispensed and is a suspected clone. This is the alert.
       **/
      SuspectedClone: AugmentedEvent<ApiType, [batch: u64, serialHash: H256, byOrg: u32, attempts: u32], { batch: u64, serialHash: H256, byOrg: u32, attempts: u32 }>;
      /**
       * A trading partner that holds or held a batch, or a regulator, reported it as suspect;
       * it is quarantined.
       **/
      SuspectReported: AugmentedEvent<ApiType, [batch: u64, reporterOrg: u32, reasonHash: H256], { batch: u64, reporterOrg: u32, reasonHash: H256 }>;
      /**
       * Stock has spent, in all, as long outside its product's temperature range as the
       * product tolerates (beyond what a release accepted), and is quarantined. This is
       * the alert.
       **/
      TemperatureExcursion: AugmentedEvent<ApiType, [stock: PalletDrugTraceStockRef, batch: u64, centiC: i32, measuredAt: u64, exposureMs: u64], { stock: PalletDrugTraceStockRef, batch: u64, centiC: i32, measuredAt: u64, exposureMs: u64 }>;
      /**
       * A custodian recorded a temperature reading.
       **/
      TemperatureRecorded: AugmentedEvent<ApiType, [stock: PalletDrugTraceStockRef, batch: u64, centiC: i32, measuredAt: u64, inRange: bool, exposureMs: u64], { stock: PalletDrugTraceStockRef, batch: u64, centiC: i32, measuredAt: u64, inRange: bool, exposureMs: u64 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    ehrAnchor: {
      /**
       * Consent permitted a read of a record, and the read is in the patient's access log.
       **/
      AccessGranted: AugmentedEvent<ApiType, [record: u64, accessor: AccountId32, org: u32, basis: HealthchainPrimitivesConsentAccessBasis], { record: u64, accessor: AccountId32, org: u32, basis: HealthchainPrimitivesConsentAccessBasis }>;
      /**
       * An organisation anchored a bulk import.
       **/
      BulkAnchored: AugmentedEvent<ApiType, [bulk: u64, org: u32, category: HealthchainPrimitivesRecordsRecordCategory, documentCount: u32], { bulk: u64, org: u32, category: HealthchainPrimitivesRecordsRecordCategory, documentCount: u32 }>;
      /**
       * A new version of a record was anchored; the previous one is superseded.
       **/
      RecordAmended: AugmentedEvent<ApiType, [record: u64, previous: u64, version: u32], { record: u64, previous: u64, version: u32 }>;
      /**
       * A new record was anchored (version 1).
       **/
      RecordAnchored: AugmentedEvent<ApiType, [record: u64, patient: AccountId32, org: Option<u32>, category: HealthchainPrimitivesRecordsRecordCategory], { record: u64, patient: AccountId32, org: Option<u32>, category: HealthchainPrimitivesRecordsRecordCategory }>;
      /**
       * A record was marked entered in error.
       **/
      RecordEnteredInError: AugmentedEvent<ApiType, [record: u64, reason: PalletEhrAnchorEnteredInErrorReason], { record: u64, reason: PalletEhrAnchorEnteredInErrorReason }>;
      /**
       * A patient erased a record, every version of it: key services holding the keys
       * these versions' key references named must now destroy them.
       **/
      RecordErased: AugmentedEvent<ApiType, [firstVersion: u64, versions: u32, by: AccountId32], { firstVersion: u64, versions: u32, by: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    messageQueue: {
      /**
       * Message placed in overweight queue.
       **/
      OverweightEnqueued: AugmentedEvent<ApiType, [id: U8aFixed, origin: CumulusPrimitivesCoreAggregateMessageOrigin, pageIndex: u32, messageIndex: u32], { id: U8aFixed, origin: CumulusPrimitivesCoreAggregateMessageOrigin, pageIndex: u32, messageIndex: u32 }>;
      /**
       * This page was reaped.
       **/
      PageReaped: AugmentedEvent<ApiType, [origin: CumulusPrimitivesCoreAggregateMessageOrigin, index: u32], { origin: CumulusPrimitivesCoreAggregateMessageOrigin, index: u32 }>;
      /**
       * Message is processed.
       **/
      Processed: AugmentedEvent<ApiType, [id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, weightUsed: SpWeightsWeightV2Weight, success: bool], { id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, weightUsed: SpWeightsWeightV2Weight, success: bool }>;
      /**
       * Message discarded due to an error in the `MessageProcessor` (usually a format error).
       **/
      ProcessingFailed: AugmentedEvent<ApiType, [id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, error: FrameSupportMessagesProcessMessageError], { id: H256, origin: CumulusPrimitivesCoreAggregateMessageOrigin, error: FrameSupportMessagesProcessMessageError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    organizations: {
      /**
       * Governance named a new registered admin. The old one stays a member, as an admin.
       **/
      AdminChanged: AugmentedEvent<ApiType, [org: u32, oldAdmin: AccountId32, newAdmin: AccountId32], { org: u32, oldAdmin: AccountId32, newAdmin: AccountId32 }>;
      /**
       * An account accepted an invitation and is now a member.
       **/
      InvitationAccepted: AugmentedEvent<ApiType, [org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, invitedBy: AccountId32], { org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, invitedBy: AccountId32 }>;
      /**
       * An admin withdrew a pending invitation.
       **/
      InvitationCancelled: AugmentedEvent<ApiType, [org: u32, who: AccountId32, by: AccountId32], { org: u32, who: AccountId32, by: AccountId32 }>;
      /**
       * An account declined an invitation.
       **/
      InvitationDeclined: AugmentedEvent<ApiType, [org: u32, who: AccountId32], { org: u32, who: AccountId32 }>;
      /**
       * An admin invited an account to join; it becomes a member only if it accepts.
       **/
      MemberInvited: AugmentedEvent<ApiType, [org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, by: AccountId32, expiresAt: u32], { org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, by: AccountId32, expiresAt: u32 }>;
      /**
       * A member left its organisation.
       **/
      MemberLeft: AugmentedEvent<ApiType, [org: u32, who: AccountId32], { org: u32, who: AccountId32 }>;
      /**
       * An admin removed a member.
       **/
      MemberRemoved: AugmentedEvent<ApiType, [org: u32, who: AccountId32, by: AccountId32], { org: u32, who: AccountId32, by: AccountId32 }>;
      /**
       * Governance reactivated a suspended organisation.
       **/
      OrganizationReactivated: AugmentedEvent<ApiType, [org: u32], { org: u32 }>;
      /**
       * Governance registered an organisation; its admin became its first member.
       **/
      OrganizationRegistered: AugmentedEvent<ApiType, [org: u32, kind: HealthchainPrimitivesOrganizationsOrganizationKind, admin: AccountId32], { org: u32, kind: HealthchainPrimitivesOrganizationsOrganizationKind, admin: AccountId32 }>;
      /**
       * Governance suspended an organisation: its members act for nobody until it is
       * reactivated.
       **/
      OrganizationSuspended: AugmentedEvent<ApiType, [org: u32, reason: H256], { org: u32, reason: H256 }>;
      /**
       * An admin changed a member's role.
       **/
      RoleChanged: AugmentedEvent<ApiType, [org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, by: AccountId32], { org: u32, who: AccountId32, role: HealthchainPrimitivesOrganizationsMemberRole, by: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    parachainSystem: {
      /**
       * Downward messages were processed using the given weight.
       **/
      DownwardMessagesProcessed: AugmentedEvent<ApiType, [weightUsed: SpWeightsWeightV2Weight, dmqHead: H256], { weightUsed: SpWeightsWeightV2Weight, dmqHead: H256 }>;
      /**
       * Some downward messages have been received and will be processed.
       **/
      DownwardMessagesReceived: AugmentedEvent<ApiType, [count: u32], { count: u32 }>;
      /**
       * An upward message was sent to the relay chain.
       **/
      UpwardMessageSent: AugmentedEvent<ApiType, [messageHash: Option<U8aFixed>], { messageHash: Option<U8aFixed> }>;
      /**
       * The validation function was applied as of the contained relay chain block number.
       **/
      ValidationFunctionApplied: AugmentedEvent<ApiType, [relayChainBlockNum: u32], { relayChainBlockNum: u32 }>;
      /**
       * The relay-chain aborted the upgrade process.
       **/
      ValidationFunctionDiscarded: AugmentedEvent<ApiType, []>;
      /**
       * The validation function has been scheduled to apply.
       **/
      ValidationFunctionStored: AugmentedEvent<ApiType, []>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    polkadotXcm: {
      /**
       * `target` removed alias authorization for `aliaser`.
       **/
      AliasAuthorizationRemoved: AugmentedEvent<ApiType, [aliaser: StagingXcmV5Location, target: StagingXcmV5Location], { aliaser: StagingXcmV5Location, target: StagingXcmV5Location }>;
      /**
       * An `aliaser` location was authorized by `target` to alias it, authorization valid until
       * `expiry` block number.
       **/
      AliasAuthorized: AugmentedEvent<ApiType, [aliaser: StagingXcmV5Location, target: StagingXcmV5Location, expiry: Option<u64>], { aliaser: StagingXcmV5Location, target: StagingXcmV5Location, expiry: Option<u64> }>;
      /**
       * `target` removed all alias authorizations.
       **/
      AliasesAuthorizationsRemoved: AugmentedEvent<ApiType, [target: StagingXcmV5Location], { target: StagingXcmV5Location }>;
      /**
       * Some assets have been claimed from an asset trap
       **/
      AssetsClaimed: AugmentedEvent<ApiType, [hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets], { hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets }>;
      /**
       * Some assets have been placed in an asset trap.
       **/
      AssetsTrapped: AugmentedEvent<ApiType, [hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets], { hash_: H256, origin: StagingXcmV5Location, assets: XcmVersionedAssets }>;
      /**
       * Execution of an XCM message was attempted.
       **/
      Attempted: AugmentedEvent<ApiType, [outcome: StagingXcmV5TraitsOutcome], { outcome: StagingXcmV5TraitsOutcome }>;
      /**
       * Fees were paid from a location for an operation (often for using `SendXcm`).
       **/
      FeesPaid: AugmentedEvent<ApiType, [paying: StagingXcmV5Location, fees: StagingXcmV5AssetAssets], { paying: StagingXcmV5Location, fees: StagingXcmV5AssetAssets }>;
      /**
       * Expected query response has been received but the querier location of the response does
       * not match the expected. The query remains registered for a later, valid, response to
       * be received and acted upon.
       **/
      InvalidQuerier: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64, expectedQuerier: StagingXcmV5Location, maybeActualQuerier: Option<StagingXcmV5Location>], { origin: StagingXcmV5Location, queryId: u64, expectedQuerier: StagingXcmV5Location, maybeActualQuerier: Option<StagingXcmV5Location> }>;
      /**
       * Expected query response has been received but the expected querier location placed in
       * storage by this runtime previously cannot be decoded. The query remains registered.
       * 
       * This is unexpected (since a location placed in storage in a previously executing
       * runtime should be readable prior to query timeout) and dangerous since the possibly
       * valid response will be dropped. Manual governance intervention is probably going to be
       * needed.
       **/
      InvalidQuerierVersion: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * Expected query response has been received but the origin location of the response does
       * not match that expected. The query remains registered for a later, valid, response to
       * be received and acted upon.
       **/
      InvalidResponder: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64, expectedLocation: Option<StagingXcmV5Location>], { origin: StagingXcmV5Location, queryId: u64, expectedLocation: Option<StagingXcmV5Location> }>;
      /**
       * Expected query response has been received but the expected origin location placed in
       * storage by this runtime previously cannot be decoded. The query remains registered.
       * 
       * This is unexpected (since a location placed in storage in a previously executing
       * runtime should be readable prior to query timeout) and dangerous since the possibly
       * valid response will be dropped. Manual governance intervention is probably going to be
       * needed.
       **/
      InvalidResponderVersion: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * Query response has been received and query is removed. The registered notification has
       * been dispatched and executed successfully.
       **/
      Notified: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. The dispatch was unable to be
       * decoded into a `Call`; this might be due to dispatch function having a signature which
       * is not `(origin, QueryId, Response)`.
       **/
      NotifyDecodeFailed: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. There was a general error with
       * dispatching the notification call.
       **/
      NotifyDispatchError: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8], { queryId: u64, palletIndex: u8, callIndex: u8 }>;
      /**
       * Query response has been received and query is removed. The registered notification
       * could not be dispatched because the dispatch weight is greater than the maximum weight
       * originally budgeted by this runtime for the query result.
       **/
      NotifyOverweight: AugmentedEvent<ApiType, [queryId: u64, palletIndex: u8, callIndex: u8, actualWeight: SpWeightsWeightV2Weight, maxBudgetedWeight: SpWeightsWeightV2Weight], { queryId: u64, palletIndex: u8, callIndex: u8, actualWeight: SpWeightsWeightV2Weight, maxBudgetedWeight: SpWeightsWeightV2Weight }>;
      /**
       * A given location which had a version change subscription was dropped owing to an error
       * migrating the location to our new XCM format.
       **/
      NotifyTargetMigrationFail: AugmentedEvent<ApiType, [location: XcmVersionedLocation, queryId: u64], { location: XcmVersionedLocation, queryId: u64 }>;
      /**
       * A given location which had a version change subscription was dropped owing to an error
       * sending the notification to it.
       **/
      NotifyTargetSendFail: AugmentedEvent<ApiType, [location: StagingXcmV5Location, queryId: u64, error: XcmV5TraitsError], { location: StagingXcmV5Location, queryId: u64, error: XcmV5TraitsError }>;
      /**
       * An XCM message failed to process.
       **/
      ProcessXcmError: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, error: XcmV5TraitsError, messageId: U8aFixed], { origin: StagingXcmV5Location, error: XcmV5TraitsError, messageId: U8aFixed }>;
      /**
       * Query response has been received and is ready for taking with `take_response`. There is
       * no registered notification call.
       **/
      ResponseReady: AugmentedEvent<ApiType, [queryId: u64, response: StagingXcmV5Response], { queryId: u64, response: StagingXcmV5Response }>;
      /**
       * Received query response has been read and removed.
       **/
      ResponseTaken: AugmentedEvent<ApiType, [queryId: u64], { queryId: u64 }>;
      /**
       * An XCM message failed to send.
       **/
      SendFailed: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, destination: StagingXcmV5Location, error: XcmV3TraitsSendError, messageId: U8aFixed], { origin: StagingXcmV5Location, destination: StagingXcmV5Location, error: XcmV3TraitsSendError, messageId: U8aFixed }>;
      /**
       * An XCM message was sent.
       **/
      Sent: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, destination: StagingXcmV5Location, message: StagingXcmV5Xcm, messageId: U8aFixed], { origin: StagingXcmV5Location, destination: StagingXcmV5Location, message: StagingXcmV5Xcm, messageId: U8aFixed }>;
      /**
       * The supported version of a location has been changed. This might be through an
       * automatic notification or a manual intervention.
       **/
      SupportedVersionChanged: AugmentedEvent<ApiType, [location: StagingXcmV5Location, version: u32], { location: StagingXcmV5Location, version: u32 }>;
      /**
       * Query response received which does not match a registered query. This may be because a
       * matching query was never registered, it may be because it is a duplicate response, or
       * because the query timed out.
       **/
      UnexpectedResponse: AugmentedEvent<ApiType, [origin: StagingXcmV5Location, queryId: u64], { origin: StagingXcmV5Location, queryId: u64 }>;
      /**
       * An XCM version change notification message has been attempted to be sent.
       * 
       * The cost of sending it (borne by the chain) is included.
       **/
      VersionChangeNotified: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, result: u32, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, result: u32, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * A XCM version migration finished.
       **/
      VersionMigrationFinished: AugmentedEvent<ApiType, [version: u32], { version: u32 }>;
      /**
       * We have requested that a remote chain send us XCM version change notifications.
       **/
      VersionNotifyRequested: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * A remote has requested XCM version change notification from us and we have honored it.
       * A version information message is sent to them and its cost is included.
       **/
      VersionNotifyStarted: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * We have requested that a remote chain stops sending us XCM version change
       * notifications.
       **/
      VersionNotifyUnrequested: AugmentedEvent<ApiType, [destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed], { destination: StagingXcmV5Location, cost: StagingXcmV5AssetAssets, messageId: U8aFixed }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    preimage: {
      /**
       * A preimage has ben cleared.
       **/
      Cleared: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been noted.
       **/
      Noted: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * A preimage has been requested.
       **/
      Requested: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    session: {
      /**
       * The `NewSession` event in the current block also implies a new validator set to be
       * queued.
       **/
      NewQueued: AugmentedEvent<ApiType, []>;
      /**
       * New session has happened. Note that the argument is the session index, not the
       * block number as the type might suggest.
       **/
      NewSession: AugmentedEvent<ApiType, [sessionIndex: u32], { sessionIndex: u32 }>;
      /**
       * Validator has been disabled.
       **/
      ValidatorDisabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Validator has been re-enabled.
       **/
      ValidatorReenabled: AugmentedEvent<ApiType, [validator: AccountId32], { validator: AccountId32 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    skipFeelessPayment: {
      /**
       * A transaction fee was skipped.
       **/
      FeeSkipped: AugmentedEvent<ApiType, [origin: HealthchainRuntimeOriginCaller], { origin: HealthchainRuntimeOriginCaller }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    sudo: {
      /**
       * The sudo key has been updated.
       **/
      KeyChanged: AugmentedEvent<ApiType, [old: Option<AccountId32>, new_: AccountId32], { old: Option<AccountId32>, new_: AccountId32 }>;
      /**
       * The key was permanently removed.
       **/
      KeyRemoved: AugmentedEvent<ApiType, []>;
      /**
       * A sudo call just took place.
       **/
      Sudid: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * A [sudo_as](Pallet::sudo_as) call just took place.
       **/
      SudoAsDone: AugmentedEvent<ApiType, [sudoResult: Result<Null, SpRuntimeDispatchError>], { sudoResult: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    system: {
      /**
       * `:code` was updated to the code with the given hash.
       **/
      CodeUpdated: AugmentedEvent<ApiType, [hash_: H256], { hash_: H256 }>;
      /**
       * An extrinsic failed.
       **/
      ExtrinsicFailed: AugmentedEvent<ApiType, [dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo], { dispatchError: SpRuntimeDispatchError, dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An extrinsic completed successfully.
       **/
      ExtrinsicSuccess: AugmentedEvent<ApiType, [dispatchInfo: FrameSystemDispatchEventInfo], { dispatchInfo: FrameSystemDispatchEventInfo }>;
      /**
       * An account was reaped.
       **/
      KilledAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * A new account was created.
       **/
      NewAccount: AugmentedEvent<ApiType, [account: AccountId32], { account: AccountId32 }>;
      /**
       * An invalid authorized upgrade was rejected while trying to apply it.
       **/
      RejectedInvalidAuthorizedUpgrade: AugmentedEvent<ApiType, [codeHash: H256, error: SpRuntimeDispatchError], { codeHash: H256, error: SpRuntimeDispatchError }>;
      /**
       * On on-chain remark happened.
       **/
      Remarked: AugmentedEvent<ApiType, [sender: AccountId32, hash_: H256], { sender: AccountId32, hash_: H256 }>;
      /**
       * An upgrade was authorized.
       **/
      UpgradeAuthorized: AugmentedEvent<ApiType, [codeHash: H256, checkVersion: bool], { codeHash: H256, checkVersion: bool }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    transactionPayment: {
      /**
       * A transaction fee `actual_fee`, of which `tip` was added to the minimum inclusion fee,
       * has been paid by `who`.
       **/
      TransactionFeePaid: AugmentedEvent<ApiType, [who: AccountId32, actualFee: u128, tip: u128], { who: AccountId32, actualFee: u128, tip: u128 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    utility: {
      /**
       * Batch of dispatches completed fully with no error.
       **/
      BatchCompleted: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches completed but has errors.
       **/
      BatchCompletedWithErrors: AugmentedEvent<ApiType, []>;
      /**
       * Batch of dispatches did not complete fully. Index of first failing dispatch given, as
       * well as the error.
       **/
      BatchInterrupted: AugmentedEvent<ApiType, [index: u32, error: SpRuntimeDispatchError], { index: u32, error: SpRuntimeDispatchError }>;
      /**
       * A call was dispatched.
       **/
      DispatchedAs: AugmentedEvent<ApiType, [result: Result<Null, SpRuntimeDispatchError>], { result: Result<Null, SpRuntimeDispatchError> }>;
      /**
       * The fallback call was dispatched.
       **/
      IfElseFallbackCalled: AugmentedEvent<ApiType, [mainError: SpRuntimeDispatchError], { mainError: SpRuntimeDispatchError }>;
      /**
       * Main call was dispatched.
       **/
      IfElseMainSuccess: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with no error.
       **/
      ItemCompleted: AugmentedEvent<ApiType, []>;
      /**
       * A single item within a Batch of dispatches has completed with error.
       **/
      ItemFailed: AugmentedEvent<ApiType, [error: SpRuntimeDispatchError], { error: SpRuntimeDispatchError }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    whitelist: {
      CallWhitelisted: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A relayer (signed origin) executed a deferred dispatch.
       * 
       * Emitted whenever the deferred entry is consumed by a relayer, regardless of whether the
       * inner call itself succeeded; the inner call's outcome is reported separately by
       * [`Event::WhitelistedCallDispatched`].
       **/
      DeferredDispatchExecuted: AugmentedEvent<ApiType, [callHash: H256, who: AccountId32], { callHash: H256, who: AccountId32 }>;
      /**
       * A deferred dispatch entry has been removed after expiration.
       **/
      DeferredDispatchRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * A call dispatch has been deferred to a future provided block.
       **/
      DispatchDeferred: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      WhitelistedCallDispatched: AugmentedEvent<ApiType, [callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo>], { callHash: H256, result: Result<FrameSupportDispatchPostDispatchInfo, SpRuntimeDispatchErrorWithPostInfo> }>;
      WhitelistedCallRemoved: AugmentedEvent<ApiType, [callHash: H256], { callHash: H256 }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
    xcmpQueue: {
      /**
       * An HRMP message was sent to a sibling parachain.
       **/
      XcmpMessageSent: AugmentedEvent<ApiType, [messageHash: U8aFixed], { messageHash: U8aFixed }>;
      /**
       * Generic event
       **/
      [key: string]: AugmentedEvent<ApiType>;
    };
  } // AugmentedEvents
} // declare module
