// Auto-generated via `yarn polkadot-types-from-chain`, do not edit
/* eslint-disable */

// import type lookup before we augment - in some environments
// this is required to allow for ambient/previous definitions
import '@polkadot/api-base/types/errors';

import type { ApiTypes, AugmentedError } from '@polkadot/api-base/types';

export type __AugmentedError<ApiType extends ApiTypes> = AugmentedError<ApiType>;

declare module '@polkadot/api-base/types/errors' {
  interface AugmentedErrors<ApiType extends ApiTypes> {
    balances: {
      /**
       * Beneficiary account must pre-exist.
       **/
      DeadAccount: AugmentedError<ApiType>;
      /**
       * The delta cannot be zero.
       **/
      DeltaZero: AugmentedError<ApiType>;
      /**
       * Value too low to create account due to existential deposit.
       **/
      ExistentialDeposit: AugmentedError<ApiType>;
      /**
       * A vesting schedule already exists for this account.
       **/
      ExistingVestingSchedule: AugmentedError<ApiType>;
      /**
       * Transfer/payment would kill account.
       **/
      Expendability: AugmentedError<ApiType>;
      /**
       * Balance too low to send value.
       **/
      InsufficientBalance: AugmentedError<ApiType>;
      /**
       * The issuance cannot be modified since it is already deactivated.
       **/
      IssuanceDeactivated: AugmentedError<ApiType>;
      /**
       * Account liquidity restrictions prevent withdrawal.
       **/
      LiquidityRestrictions: AugmentedError<ApiType>;
      /**
       * Number of freezes exceed `MaxFreezes`.
       **/
      TooManyFreezes: AugmentedError<ApiType>;
      /**
       * Number of holds exceed `VariantCountOf<T::RuntimeHoldReason>`.
       **/
      TooManyHolds: AugmentedError<ApiType>;
      /**
       * Number of named reserves exceed `MaxReserves`.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * Vesting balance too high to send value.
       **/
      VestingBalance: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    clinicalTrial: {
      /**
       * The participant's enrolment is already pending or enrolled.
       **/
      AlreadyEnrolled: AugmentedError<ApiType>;
      /**
       * An amendment is already awaiting ethics approval.
       **/
      AmendmentPending: AugmentedError<ApiType>;
      /**
       * The participant's research consent has expired.
       **/
      ConsentExpired: AugmentedError<ApiType>;
      /**
       * The participant's research consent is not valid yet.
       **/
      ConsentNotYetValid: AugmentedError<ApiType>;
      /**
       * Consent refused for the participant's read rate. Research consent is never refused
       * so; the error exists so that every consent refusal has one.
       **/
      ConsentReadRateExceeded: AugmentedError<ApiType>;
      /**
       * The participant revoked their research consent.
       **/
      ConsentRevoked: AugmentedError<ApiType>;
      /**
       * A condition is listed twice.
       **/
      DuplicateCondition: AugmentedError<ApiType>;
      /**
       * A country is listed twice.
       **/
      DuplicateCountry: AugmentedError<ApiType>;
      /**
       * The hash is already recorded for this trial (as another document).
       **/
      DuplicateHash: AugmentedError<ApiType>;
      /**
       * An outcome hash is listed twice.
       **/
      DuplicateOutcome: AugmentedError<ApiType>;
      /**
       * An id in another registry is empty.
       **/
      EmptySecondaryId: AugmentedError<ApiType>;
      /**
       * The title is empty.
       **/
      EmptyTitle: AugmentedError<ApiType>;
      /**
       * The account asked to enrol in this trial `MaxEnrolmentAttempts` times already.
       **/
      EnrolmentAttemptsExhausted: AugmentedError<ApiType>;
      /**
       * The trial has as many participants enrolled (confirmed) as its target enrolment.
       **/
      EnrolmentFull: AugmentedError<ApiType>;
      /**
       * A condition code is empty or not printable ASCII.
       **/
      InvalidConditionCode: AugmentedError<ApiType>;
      /**
       * A country code is not two upper-case ASCII letters.
       **/
      InvalidCountryCode: AugmentedError<ApiType>;
      /**
       * The period starts after it ends, or ends in the future.
       **/
      InvalidPeriod: AugmentedError<ApiType>;
      /**
       * The title is not UTF-8.
       **/
      InvalidTitle: AugmentedError<ApiType>;
      /**
       * The trial's status does not allow this transition.
       **/
      InvalidTransition: AugmentedError<ApiType>;
      /**
       * A trial studies at least one condition.
       **/
      NoConditions: AugmentedError<ApiType>;
      /**
       * No amendment is awaiting ethics approval.
       **/
      NoPendingAmendment: AugmentedError<ApiType>;
      /**
       * A trial pre-registers at least one primary outcome.
       **/
      NoPrimaryOutcome: AugmentedError<ApiType>;
      /**
       * The participant gave no research consent for this trial and protocol version.
       **/
      NoResearchConsent: AugmentedError<ApiType>;
      /**
       * The caller belongs to no organisation.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * Only an ethics committee approves trials and amendments.
       **/
      NotAnEthicsCommittee: AugmentedError<ApiType>;
      /**
       * Trials are registered, and their data committed, by an `Investigator`.
       **/
      NotAnInvestigator: AugmentedError<ApiType>;
      /**
       * Only an ethics committee or a regulator suspends a trial or lifts a suspension.
       **/
      NotAnOversightBody: AugmentedError<ApiType>;
      /**
       * Trials are reviewed by an ethics committee's or regulator's `Auditor` or `Admin`.
       **/
      NotAReviewer: AugmentedError<ApiType>;
      /**
       * Only a trial sponsor or research institute registers and runs trials.
       **/
      NotASponsor: AugmentedError<ApiType>;
      /**
       * The participant is neither pending nor enrolled.
       **/
      NotEnrolled: AugmentedError<ApiType>;
      /**
       * The enrolment is not pending: there is no request to confirm or screen out.
       **/
      NotPending: AugmentedError<ApiType>;
      /**
       * A trial is run by its sponsor's `Investigator` or `Admin`.
       **/
      NotPermittedToManageTrial: AugmentedError<ApiType>;
      /**
       * The trial is not recruiting.
       **/
      NotRecruiting: AugmentedError<ApiType>;
      /**
       * Only the body that suspended the trial (or governance) lifts the suspension.
       **/
      NotTheSuspendingBody: AugmentedError<ApiType>;
      /**
       * Only the ethics committee that approved the trial approves its amendments, and
       * suspends it (a regulator may suspend any trial).
       **/
      NotTheTrialsCommittee: AugmentedError<ApiType>;
      /**
       * The caller does not act for the trial's sponsor.
       **/
      NotTrialSponsor: AugmentedError<ApiType>;
      /**
       * The caller's organisation is suspended.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * An id or counter would overflow, or storage is inconsistent.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The participant's consent is for the protocol version in force.
       **/
      ReconsentNotNeeded: AugmentedError<ApiType>;
      /**
       * The pending enrolment is under an older protocol version: the participant must
       * re-consent before it is confirmed.
       **/
      ReconsentRequired: AugmentedError<ApiType>;
      /**
       * The trial's results are already published.
       **/
      ResultsAlreadyPublished: AugmentedError<ApiType>;
      /**
       * Results are published when they are due: the trial recruited and is active,
       * completed or terminated.
       **/
      ResultsNotAllowed: AugmentedError<ApiType>;
      /**
       * The trial's sponsor organisation is suspended (or no longer registered): the trial
       * takes no enrolments.
       **/
      SponsorSuspended: AugmentedError<ApiType>;
      /**
       * The trial has `MaxProtocolVersions` protocol versions.
       **/
      TooManyProtocolVersions: AugmentedError<ApiType>;
      /**
       * The trial is completed or terminated.
       **/
      TrialEnded: AugmentedError<ApiType>;
      /**
       * The trial has no ethics approval yet: its protocol cannot be amended.
       **/
      TrialNotApproved: AugmentedError<ApiType>;
      /**
       * The trial never recruited: it has no data or adverse events to commit.
       **/
      TrialNotStarted: AugmentedError<ApiType>;
      /**
       * No trial has this id.
       **/
      UnknownTrial: AugmentedError<ApiType>;
      /**
       * The target enrolment is zero.
       **/
      ZeroTargetEnrolment: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    collatorSelection: {
      /**
       * Account is already a candidate.
       **/
      AlreadyCandidate: AugmentedError<ApiType>;
      /**
       * Account is already an Invulnerable.
       **/
      AlreadyInvulnerable: AugmentedError<ApiType>;
      /**
       * New deposit amount would be below the minimum candidacy bond.
       **/
      DepositTooLow: AugmentedError<ApiType>;
      /**
       * The updated deposit amount is equal to the amount already reserved.
       **/
      IdenticalDeposit: AugmentedError<ApiType>;
      /**
       * Could not insert in the candidate list.
       **/
      InsertToCandidateListFailed: AugmentedError<ApiType>;
      /**
       * Deposit amount is too low to take the target's slot in the candidate list.
       **/
      InsufficientBond: AugmentedError<ApiType>;
      /**
       * Cannot lower candidacy bond while occupying a future collator slot in the list.
       **/
      InvalidUnreserve: AugmentedError<ApiType>;
      /**
       * Account has no associated validator ID.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * Account is not a candidate.
       **/
      NotCandidate: AugmentedError<ApiType>;
      /**
       * Account is not an Invulnerable.
       **/
      NotInvulnerable: AugmentedError<ApiType>;
      /**
       * Could not remove from the candidate list.
       **/
      RemoveFromCandidateListFailed: AugmentedError<ApiType>;
      /**
       * The target account to be replaced in the candidate list is not a candidate.
       **/
      TargetIsNotCandidate: AugmentedError<ApiType>;
      /**
       * Leaving would result in too few candidates.
       **/
      TooFewEligibleCollators: AugmentedError<ApiType>;
      /**
       * The pallet has too many candidates.
       **/
      TooManyCandidates: AugmentedError<ApiType>;
      /**
       * There are too many Invulnerables.
       **/
      TooManyInvulnerables: AugmentedError<ApiType>;
      /**
       * Could not update the candidate list.
       **/
      UpdateCandidateListFailed: AugmentedError<ApiType>;
      /**
       * Validator ID is not yet registered.
       **/
      ValidatorNotRegistered: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    consent: {
      /**
       * The account already is a delegate of the patient.
       **/
      AlreadyDelegate: AugmentedError<ApiType>;
      /**
       * The patient is already onboarded.
       **/
      AlreadyOnboarded: AugmentedError<ApiType>;
      /**
       * The break-glass case is already reviewed.
       **/
      AlreadyReviewed: AugmentedError<ApiType>;
      /**
       * The grant is already revoked.
       **/
      AlreadyRevoked: AugmentedError<ApiType>;
      /**
       * The caller already has open emergency access to this patient.
       **/
      BreakGlassAlreadyOpen: AugmentedError<ApiType>;
      /**
       * A practitioner cannot break the glass on their own records.
       **/
      CannotBreakGlassForSelf: AugmentedError<ApiType>;
      /**
       * A patient cannot name themselves a delegate.
       **/
      CannotDelegateToSelf: AugmentedError<ApiType>;
      /**
       * A patient cannot grant consent to their own account.
       **/
      CannotGrantToSelf: AugmentedError<ApiType>;
      /**
       * The patient's account cannot give up its provider reference yet (it has other
       * references that depend on it).
       **/
      CannotReleaseAccount: AugmentedError<ApiType>;
      /**
       * A delegate may not grant consent to itself or to an organisation it acts for: a
       * delegation must not outlive its removal.
       **/
      DelegateCannotGrantToSelf: AugmentedError<ApiType>;
      /**
       * The grant lists a category more than once.
       **/
      DuplicateCategory: AugmentedError<ApiType>;
      /**
       * A grant to prune is still in force, or ended less than `GrantRetention` ago.
       **/
      GrantStillRetained: AugmentedError<ApiType>;
      /**
       * The grant's period ends before (or when) it starts.
       **/
      InvalidPeriod: AugmentedError<ApiType>;
      /**
       * The grant allows no action: at least one of read and write must be true.
       **/
      NoActions: AugmentedError<ApiType>;
      /**
       * The grant lists no category; use `CategoryScope::All` for every category.
       **/
      NoCategories: AugmentedError<ApiType>;
      /**
       * Only members of a hospital, clinic, laboratory or pharmacy onboard patients.
       **/
      NotACareOrganization: AugmentedError<ApiType>;
      /**
       * The account is not a delegate of the patient.
       **/
      NotADelegate: AugmentedError<ApiType>;
      /**
       * The caller belongs to no organisation.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * Only an auditor reviews break-glass cases.
       **/
      NotAnAuditor: AugmentedError<ApiType>;
      /**
       * Only a hospital or clinic provides emergency care.
       **/
      NotAnEmergencyProvider: AugmentedError<ApiType>;
      /**
       * Only a practitioner breaks the glass.
       **/
      NotAPractitioner: AugmentedError<ApiType>;
      /**
       * Only a regulator reviews break-glass cases.
       **/
      NotARegulator: AugmentedError<ApiType>;
      /**
       * Pruning names no grant.
       **/
      NothingToPrune: AugmentedError<ApiType>;
      /**
       * The account is not onboarded.
       **/
      NotOnboarded: AugmentedError<ApiType>;
      /**
       * The caller is neither the patient nor one of the patient's delegates.
       **/
      NotPatientOrDelegate: AugmentedError<ApiType>;
      /**
       * Only the patient or an admin or practitioner of the onboarding organisation
       * off-boards a patient.
       **/
      NotPermittedToOffboard: AugmentedError<ApiType>;
      /**
       * Only an organisation's admins and practitioners onboard patients.
       **/
      NotPermittedToOnboard: AugmentedError<ApiType>;
      /**
       * A grant to prune belongs to another patient.
       **/
      NotThePatientsGrant: AugmentedError<ApiType>;
      /**
       * The organisation's practitioners have `MaxOpenCasesPerOrganization` cases open.
       **/
      OrganizationHasTooManyOpenCases: AugmentedError<ApiType>;
      /**
       * The caller's organisation is suspended.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * An id or counter would overflow.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * Only the patient may off-board itself while the onboarding reference is its
       * account's only one: an organisation must not leave a patient without an account.
       **/
      PatientWouldLoseItsAccount: AugmentedError<ApiType>;
      /**
       * The grant's period has already ended.
       **/
      PeriodAlreadyEnded: AugmentedError<ApiType>;
      /**
       * The patient has `MaxDelegates` delegates already.
       **/
      TooManyDelegates: AugmentedError<ApiType>;
      /**
       * The patient's live list is full of grants that have not ended.
       **/
      TooManyGrants: AugmentedError<ApiType>;
      /**
       * The practitioner has `MaxOpenCasesPerPractitioner` break-glass cases open.
       **/
      TooManyOpenCases: AugmentedError<ApiType>;
      /**
       * No break-glass case has this id.
       **/
      UnknownBreakGlassCase: AugmentedError<ApiType>;
      /**
       * No consent grant has this id.
       **/
      UnknownConsent: AugmentedError<ApiType>;
      /**
       * No organisation has this id.
       **/
      UnknownOrganization: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    council: {
      /**
       * Members are already initialized!
       **/
      AlreadyInitialized: AugmentedError<ApiType>;
      /**
       * Duplicate proposals not allowed
       **/
      DuplicateProposal: AugmentedError<ApiType>;
      /**
       * Duplicate vote ignored
       **/
      DuplicateVote: AugmentedError<ApiType>;
      /**
       * Account is not a member
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Prime account is not a member
       **/
      PrimeAccountNotMember: AugmentedError<ApiType>;
      /**
       * Proposal is still active.
       **/
      ProposalActive: AugmentedError<ApiType>;
      /**
       * Proposal must exist
       **/
      ProposalMissing: AugmentedError<ApiType>;
      /**
       * The close call was made too early, before the end of the voting.
       **/
      TooEarly: AugmentedError<ApiType>;
      /**
       * There can only be a maximum of `MaxProposals` active proposals.
       **/
      TooManyProposals: AugmentedError<ApiType>;
      /**
       * Mismatched index
       **/
      WrongIndex: AugmentedError<ApiType>;
      /**
       * The given length bound for the proposal was too low.
       **/
      WrongProposalLength: AugmentedError<ApiType>;
      /**
       * The given weight bound for the proposal was too low.
       **/
      WrongProposalWeight: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    councilMembership: {
      /**
       * Already a member.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * Not a member.
       **/
      NotMember: AugmentedError<ApiType>;
      /**
       * Too many members.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    drugTrace: {
      /**
       * The expiry is not in the future.
       **/
      AlreadyExpired: AugmentedError<ApiType>;
      /**
       * The batch is already recalled.
       **/
      AlreadyRecalled: AugmentedError<ApiType>;
      /**
       * The shipment has already been received.
       **/
      AlreadyReceived: AugmentedError<ApiType>;
      /**
       * The shipment was refused by its receiver.
       **/
      AlreadyRefused: AugmentedError<ApiType>;
      /**
       * The batch was confirmed illegitimate.
       **/
      BatchDestroyed: AugmentedError<ApiType>;
      /**
       * The batch has expired.
       **/
      BatchExpired: AugmentedError<ApiType>;
      /**
       * The batch is quarantined as suspect.
       **/
      BatchQuarantined: AugmentedError<ApiType>;
      /**
       * The batch is recalled.
       **/
      BatchRecalled: AugmentedError<ApiType>;
      /**
       * A batch holds at most `2^MaxProofDepth` packs: more could not be verified.
       **/
      BatchTooLarge: AugmentedError<ApiType>;
      /**
       * A trading partner cannot ship to itself.
       **/
      CannotShipToSelf: AugmentedError<ApiType>;
      /**
       * A batch of this product with this lot number already exists.
       **/
      DuplicateLot: AugmentedError<ApiType>;
      /**
       * A product with this GTIN is already registered.
       **/
      DuplicateProduct: AugmentedError<ApiType>;
      /**
       * The lot number is empty.
       **/
      EmptyLot: AugmentedError<ApiType>;
      /**
       * The caller holds fewer packs of this batch than it would ship or dispense.
       **/
      InsufficientStock: AugmentedError<ApiType>;
      /**
       * The GTIN is zero, longer than 14 digits, or its check digit is wrong.
       **/
      InvalidGtin: AugmentedError<ApiType>;
      /**
       * The lowest storage temperature must be below the highest.
       **/
      InvalidTemperatureRange: AugmentedError<ApiType>;
      /**
       * The batch has no open recall.
       **/
      NoOpenRecall: AugmentedError<ApiType>;
      /**
       * Only a pharmacy or hospital dispenses.
       **/
      NotADispenser: AugmentedError<ApiType>;
      /**
       * The caller's organisation never held this batch: only a current or past holder (or
       * a regulator) reports it as suspect.
       **/
      NotAHolder: AugmentedError<ApiType>;
      /**
       * Only a manufacturer registers products and commissions batches.
       **/
      NotAManufacturer: AugmentedError<ApiType>;
      /**
       * The caller belongs to no organisation.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * Only an auditor resolves a suspect-product report.
       **/
      NotAnAuditor: AugmentedError<ApiType>;
      /**
       * Only a pharmacist dispenses.
       **/
      NotAPharmacist: AugmentedError<ApiType>;
      /**
       * Only a regulator resolves a suspect-product report.
       **/
      NotARegulator: AugmentedError<ApiType>;
      /**
       * The caller's organisation is not a trading partner (manufacturer, distributor,
       * pharmacy or hospital); for a suspect report, nor a regulator.
       **/
      NotATradingPartner: AugmentedError<ApiType>;
      /**
       * The caller does not act for the stock's custodian (the holder, or the sender of a
       * shipment in transit).
       **/
      NotCustodian: AugmentedError<ApiType>;
      /**
       * The serial is not one of the batch's serials: the proof does not lead to the
       * batch's root.
       **/
      NotInBatch: AugmentedError<ApiType>;
      /**
       * The caller acts neither for the batch's manufacturer nor for a regulator.
       **/
      NotManufacturerOrRegulator: AugmentedError<ApiType>;
      /**
       * Stock is shipped and received by a trading partner's `Admin` or `Logistics`, or by
       * a `Pharmacist` of a pharmacy or hospital.
       **/
      NotPermittedToHandleStock: AugmentedError<ApiType>;
      /**
       * Products and batches are managed by a manufacturer's `Admin` or `Logistics`.
       **/
      NotPermittedToManageProducts: AugmentedError<ApiType>;
      /**
       * A recall is made or closed by the manufacturer's `Admin` or `Logistics`, or a
       * regulator's `Auditor` or `Admin`.
       **/
      NotPermittedToRecall: AugmentedError<ApiType>;
      /**
       * Temperatures are recorded by the custodian's `Logistics` or `Device` members.
       **/
      NotPermittedToRecordTemperature: AugmentedError<ApiType>;
      /**
       * Quarantined stock is released by the manufacturer's `Admin` or a regulator's
       * `Auditor`.
       **/
      NotPermittedToRelease: AugmentedError<ApiType>;
      /**
       * A regulator reports suspect product through its `Auditor` or `Admin`.
       **/
      NotPermittedToReport: AugmentedError<ApiType>;
      /**
       * The caller does not act for the manufacturer of this product (or batch).
       **/
      NotProductManufacturer: AugmentedError<ApiType>;
      /**
       * The stock is not quarantined.
       **/
      NotQuarantined: AugmentedError<ApiType>;
      /**
       * The caller does not act for the shipment's receiver.
       **/
      NotReceiver: AugmentedError<ApiType>;
      /**
       * The batch is not quarantined as suspect.
       **/
      NotSuspect: AugmentedError<ApiType>;
      /**
       * The caller's organisation is suspended.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * An id or counter would overflow, or storage is inconsistent.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The reading's time is in the future.
       **/
      ReadingFromTheFuture: AugmentedError<ApiType>;
      /**
       * The reading was not measured after the stock's latest reading.
       **/
      ReadingOutOfOrder: AugmentedError<ApiType>;
      /**
       * A regulator opened this recall: only a regulator (or governance) closes it.
       **/
      RecallOpenedByRegulator: AugmentedError<ApiType>;
      /**
       * The receiving organisation is not a trading partner.
       **/
      RecipientNotATradingPartner: AugmentedError<ApiType>;
      /**
       * The receiving organisation is suspended.
       **/
      RecipientSuspended: AugmentedError<ApiType>;
      /**
       * The caller's organisation's last report of this batch was resolved less than
       * `SuspectReportCooldown` ago.
       **/
      ReportCoolingDown: AugmentedError<ApiType>;
      /**
       * The caller's organisation already reported this batch with this evidence, and the
       * report was resolved: a new report needs new evidence (another reason hash).
       **/
      SameEvidence: AugmentedError<ApiType>;
      /**
       * The caller's stock of this batch is quarantined after a temperature excursion.
       **/
      StockQuarantined: AugmentedError<ApiType>;
      /**
       * Usable stock (of an active batch, not expired, not quarantined) is not destroyed:
       * write it off with a reason instead.
       **/
      StockStillUsable: AugmentedError<ApiType>;
      /**
       * A manufacturer cannot recall a batch with an open suspect report: only a regulator
       * may supersede a report it has not resolved.
       **/
      SuspectReportPending: AugmentedError<ApiType>;
      /**
       * The batch has `MaxHoldersPerBatch` holders: the receiver cannot become another.
       **/
      TooManyHolders: AugmentedError<ApiType>;
      /**
       * No batch has this id.
       **/
      UnknownBatch: AugmentedError<ApiType>;
      /**
       * No organisation has this id.
       **/
      UnknownOrganization: AugmentedError<ApiType>;
      /**
       * No product has this GTIN.
       **/
      UnknownProduct: AugmentedError<ApiType>;
      /**
       * No shipment has this id.
       **/
      UnknownShipment: AugmentedError<ApiType>;
      /**
       * No holding of that batch by that partner holds packs in custody.
       **/
      UnknownStock: AugmentedError<ApiType>;
      /**
       * A batch or shipment must hold at least one pack.
       **/
      ZeroQuantity: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    ehrAnchor: {
      /**
       * The record is already marked entered in error.
       **/
      AlreadyEnteredInError: AugmentedError<ApiType>;
      /**
       * The record is already erased.
       **/
      AlreadyErased: AugmentedError<ApiType>;
      /**
       * A bulk anchor holds at most `2^MaxProofDepth` documents: more could not be
       * verified.
       **/
      BulkTooLarge: AugmentedError<ApiType>;
      /**
       * The consent that would permit this access has expired.
       **/
      ConsentExpired: AugmentedError<ApiType>;
      /**
       * The consent that would permit this access is not valid yet.
       **/
      ConsentNotYetValid: AugmentedError<ApiType>;
      /**
       * The consent that would permit this access has been revoked.
       **/
      ConsentRevoked: AugmentedError<ApiType>;
      /**
       * The same author (this organisation, or this patient's side) already anchored a
       * record with this content hash (it may since have been erased).
       **/
      DuplicateContentHash: AugmentedError<ApiType>;
      /**
       * A bulk anchor with this Merkle root already exists.
       **/
      DuplicateMerkleRoot: AugmentedError<ApiType>;
      /**
       * A bulk anchor must hold at least one document.
       **/
      EmptyBulk: AugmentedError<ApiType>;
      /**
       * The key reference is given but empty (leave it out instead).
       **/
      EmptyKeyReference: AugmentedError<ApiType>;
      /**
       * The locator is empty.
       **/
      EmptyLocator: AugmentedError<ApiType>;
      /**
       * No consent of the patient permits this access.
       **/
      NoConsent: AugmentedError<ApiType>;
      /**
       * The caller's organisation does not keep health records (it is not a hospital,
       * clinic, laboratory or pharmacy).
       **/
      NotACareOrganization: AugmentedError<ApiType>;
      /**
       * The caller belongs to no organisation.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * The caller's role may not do this: records are written by a `Practitioner` or
       * `Pharmacist`; marking one entered in error also accepts an `Admin`.
       **/
      NotAPractitioner: AugmentedError<ApiType>;
      /**
       * The caller does not act for the organisation that wrote the record.
       **/
      NotAuthoringOrganization: AugmentedError<ApiType>;
      /**
       * The caller is neither the record's patient nor a delegate of the patient.
       **/
      NotPatientOrDelegate: AugmentedError<ApiType>;
      /**
       * The caller's role may not anchor a bulk import (an `Admin`, `Practitioner` or
       * `Device` may).
       **/
      NotPermittedToImport: AugmentedError<ApiType>;
      /**
       * The caller's organisation is suspended.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * A counter would overflow (no ids left) or storage is inconsistent.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The patient, or a delegate, anchors only `PatientGenerated` records; clinical
       * records are anchored by the organisation that wrote them.
       **/
      PatientMayOnlyAnchorPatientGenerated: AugmentedError<ApiType>;
      /**
       * The reader has read this patient's records as often as one reader may in one
       * read-rate period; others' reads are not affected.
       **/
      ReadRateExceeded: AugmentedError<ApiType>;
      /**
       * The record was marked entered in error.
       **/
      RecordEnteredInError: AugmentedError<ApiType>;
      /**
       * The record was erased.
       **/
      RecordErased: AugmentedError<ApiType>;
      /**
       * The record has been superseded: amend its latest version.
       **/
      RecordSuperseded: AugmentedError<ApiType>;
      /**
       * This account (the patient or a delegate) has anchored `MaxPatientGeneratedRecords`
       * records for the patient.
       **/
      TooManyPatientGeneratedRecords: AugmentedError<ApiType>;
      /**
       * The organisation has anchored `MaxRecordsPerOrganization` records for this patient.
       **/
      TooManyRecordsFromOrganization: AugmentedError<ApiType>;
      /**
       * The record has `MaxVersions` versions.
       **/
      TooManyVersions: AugmentedError<ApiType>;
      /**
       * No record has this id.
       **/
      UnknownRecord: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    messageQueue: {
      /**
       * The message was already processed and cannot be processed again.
       **/
      AlreadyProcessed: AugmentedError<ApiType>;
      /**
       * There is temporarily not enough weight to continue servicing messages.
       **/
      InsufficientWeight: AugmentedError<ApiType>;
      /**
       * The referenced message could not be found.
       **/
      NoMessage: AugmentedError<ApiType>;
      /**
       * Page to be reaped does not exist.
       **/
      NoPage: AugmentedError<ApiType>;
      /**
       * Page is not reapable because it has items remaining to be processed and is not old
       * enough.
       **/
      NotReapable: AugmentedError<ApiType>;
      /**
       * The message is queued for future execution.
       **/
      Queued: AugmentedError<ApiType>;
      /**
       * The queue is paused and no message can be executed from it.
       * 
       * This can change at any time and may resolve in the future by re-trying.
       **/
      QueuePaused: AugmentedError<ApiType>;
      /**
       * Another call is in progress and needs to finish before this call can happen.
       **/
      RecursiveDisallowed: AugmentedError<ApiType>;
      /**
       * This message is temporarily unprocessable.
       * 
       * Such errors are expected, but not guaranteed, to resolve themselves eventually through
       * retrying.
       **/
      TemporarilyUnprocessable: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    organizations: {
      /**
       * The account is already the organisation's registered admin.
       **/
      AdminUnchanged: AugmentedError<ApiType>;
      /**
       * The account already holds an invitation from this organisation that has not
       * expired.
       **/
      AlreadyInvited: AugmentedError<ApiType>;
      /**
       * The account already belongs to an organisation (an account belongs to at most one):
       * to accept an invitation it leaves first; an organisation cannot invite its own
       * members.
       **/
      AlreadyMember: AugmentedError<ApiType>;
      /**
       * The organisation is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * The registered admin cannot lose the `Admin` role; governance names another one
       * first.
       **/
      CannotDemoteRegisteredAdmin: AugmentedError<ApiType>;
      /**
       * The registered admin cannot be removed; governance names another one first.
       **/
      CannotRemoveRegisteredAdmin: AugmentedError<ApiType>;
      /**
       * The invitation has expired: an admin invites the account again.
       **/
      InvitationExpired: AugmentedError<ApiType>;
      /**
       * The admin who made the invitation is no longer an admin of the organisation, so
       * the invitation no longer speaks for it: a current admin invites the account again.
       **/
      InviterNoLongerAdmin: AugmentedError<ApiType>;
      /**
       * The account belongs to another organisation.
       **/
      MemberOfAnotherOrganization: AugmentedError<ApiType>;
      /**
       * The account holds no invitation from this organisation.
       **/
      NoInvitation: AugmentedError<ApiType>;
      /**
       * The account is not a member of the organisation.
       **/
      NotAMember: AugmentedError<ApiType>;
      /**
       * The caller is not a member of the organisation with role `Admin`.
       **/
      NotOrganizationAdmin: AugmentedError<ApiType>;
      /**
       * The organisation is not suspended.
       **/
      NotSuspended: AugmentedError<ApiType>;
      /**
       * The organisation is suspended: its members cannot be managed.
       **/
      OrganizationSuspended: AugmentedError<ApiType>;
      /**
       * A counter would overflow (no organisation ids left) or storage is inconsistent.
       **/
      Overflow: AugmentedError<ApiType>;
      /**
       * The registered admin cannot leave; governance names another one first.
       **/
      RegisteredAdminCannotLeave: AugmentedError<ApiType>;
      /**
       * The member already has this role.
       **/
      RoleUnchanged: AugmentedError<ApiType>;
      /**
       * The organisation's members and pending invitations already number
       * `MaxMembersPerOrganization`.
       **/
      TooManyMembers: AugmentedError<ApiType>;
      /**
       * No organisation has this id.
       **/
      UnknownOrganization: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    parachainSystem: {
      /**
       * The inherent which supplies the host configuration did not run this block.
       **/
      HostConfigurationNotAvailable: AugmentedError<ApiType>;
      /**
       * No validation function upgrade is currently scheduled.
       **/
      NotScheduled: AugmentedError<ApiType>;
      /**
       * Attempt to upgrade validation function while existing upgrade pending.
       **/
      OverlappingUpgrades: AugmentedError<ApiType>;
      /**
       * Polkadot currently prohibits this parachain from upgrading its validation function.
       **/
      ProhibitedByPolkadot: AugmentedError<ApiType>;
      /**
       * The supplied validation function has compiled into a blob larger than Polkadot is
       * willing to run.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * The inherent which supplies the validation data did not run this block.
       **/
      ValidationDataNotAvailable: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    polkadotXcm: {
      /**
       * The given account is not an identifiable sovereign account for any location.
       **/
      AccountNotSovereign: AugmentedError<ApiType>;
      /**
       * The alias to remove authorization for was not found.
       **/
      AliasNotFound: AugmentedError<ApiType>;
      /**
       * The location is invalid since it already has a subscription from us.
       **/
      AlreadySubscribed: AugmentedError<ApiType>;
      /**
       * The given location could not be used (e.g. because it cannot be expressed in the
       * desired version of XCM).
       **/
      BadLocation: AugmentedError<ApiType>;
      /**
       * The version of the `Versioned` value used is not able to be interpreted.
       **/
      BadVersion: AugmentedError<ApiType>;
      /**
       * Could not check-out the assets for teleportation to the destination chain.
       **/
      CannotCheckOutTeleport: AugmentedError<ApiType>;
      /**
       * Could not re-anchor the assets to declare the fees for the destination chain.
       **/
      CannotReanchor: AugmentedError<ApiType>;
      /**
       * The destination `Location` provided cannot be inverted.
       **/
      DestinationNotInvertible: AugmentedError<ApiType>;
      /**
       * The assets to be sent are empty.
       **/
      Empty: AugmentedError<ApiType>;
      /**
       * Expiry block number is in the past.
       **/
      ExpiresInPast: AugmentedError<ApiType>;
      /**
       * The operation required fees to be paid which the initiator could not meet.
       **/
      FeesNotMet: AugmentedError<ApiType>;
      /**
       * The message execution fails the filter.
       **/
      Filtered: AugmentedError<ApiType>;
      /**
       * The unlock operation cannot succeed because there are still consumers of the lock.
       **/
      InUse: AugmentedError<ApiType>;
      /**
       * Invalid asset, reserve chain could not be determined for it.
       **/
      InvalidAssetUnknownReserve: AugmentedError<ApiType>;
      /**
       * Invalid asset, do not support remote asset reserves with different fees reserves.
       **/
      InvalidAssetUnsupportedReserve: AugmentedError<ApiType>;
      /**
       * Origin is invalid for sending.
       **/
      InvalidOrigin: AugmentedError<ApiType>;
      /**
       * Local XCM execution incomplete.
       **/
      LocalExecutionIncomplete: AugmentedError<ApiType>;
      /**
       * Local XCM execution incomplete with the actual XCM error and the index of the
       * instruction that caused the error.
       **/
      LocalExecutionIncompleteWithError: AugmentedError<ApiType>;
      /**
       * A remote lock with the corresponding data could not be found.
       **/
      LockNotFound: AugmentedError<ApiType>;
      /**
       * The owner does not own (all) of the asset that they wish to do the operation on.
       **/
      LowBalance: AugmentedError<ApiType>;
      /**
       * The referenced subscription could not be found.
       **/
      NoSubscription: AugmentedError<ApiType>;
      /**
       * There was some other issue (i.e. not to do with routing) in sending the message.
       * Perhaps a lack of space for buffering the message.
       **/
      SendFailure: AugmentedError<ApiType>;
      /**
       * Too many assets have been attempted for transfer.
       **/
      TooManyAssets: AugmentedError<ApiType>;
      /**
       * Too many locations authorized to alias origin.
       **/
      TooManyAuthorizedAliases: AugmentedError<ApiType>;
      /**
       * The asset owner has too many locks on the asset.
       **/
      TooManyLocks: AugmentedError<ApiType>;
      /**
       * Too many assets with different reserve locations have been attempted for transfer.
       **/
      TooManyReserves: AugmentedError<ApiType>;
      /**
       * The desired destination was unreachable, generally because there is a no way of routing
       * to it.
       **/
      Unreachable: AugmentedError<ApiType>;
      /**
       * The message's weight could not be determined.
       **/
      UnweighableMessage: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    preimage: {
      /**
       * Preimage has already been noted on-chain.
       **/
      AlreadyNoted: AugmentedError<ApiType>;
      /**
       * The user is not authorized to perform this action.
       **/
      NotAuthorized: AugmentedError<ApiType>;
      /**
       * The preimage cannot be removed since it has not yet been noted.
       **/
      NotNoted: AugmentedError<ApiType>;
      /**
       * The preimage request cannot be removed since no outstanding requests exist.
       **/
      NotRequested: AugmentedError<ApiType>;
      /**
       * A preimage may not be removed when there are outstanding requests.
       **/
      Requested: AugmentedError<ApiType>;
      /**
       * Preimage is too large to store on-chain.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * Too few hashes were requested to be upgraded (i.e. zero).
       **/
      TooFew: AugmentedError<ApiType>;
      /**
       * More than `MAX_HASH_UPGRADE_BULK_COUNT` hashes were requested to be upgraded at once.
       **/
      TooMany: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    session: {
      /**
       * Registered duplicate key.
       **/
      DuplicatedKey: AugmentedError<ApiType>;
      /**
       * Invalid ownership proof.
       **/
      InvalidProof: AugmentedError<ApiType>;
      /**
       * Key setting account is not live, so it's impossible to associate keys.
       **/
      NoAccount: AugmentedError<ApiType>;
      /**
       * No associated validator ID for account.
       **/
      NoAssociatedValidatorId: AugmentedError<ApiType>;
      /**
       * No keys are associated with this account.
       **/
      NoKeys: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    sudo: {
      /**
       * Sender must be the Sudo account.
       **/
      RequireSudo: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    system: {
      /**
       * The origin filter prevent the call to be dispatched.
       **/
      CallFiltered: AugmentedError<ApiType>;
      /**
       * Failed to extract the runtime version from the new runtime.
       * 
       * Either calling `Core_version` or decoding `RuntimeVersion` failed.
       **/
      FailedToExtractRuntimeVersion: AugmentedError<ApiType>;
      /**
       * The name of specification does not match between the current runtime
       * and the new runtime.
       **/
      InvalidSpecName: AugmentedError<ApiType>;
      /**
       * A multi-block migration is ongoing and prevents the current code from being replaced.
       **/
      MultiBlockMigrationsOngoing: AugmentedError<ApiType>;
      /**
       * Suicide called when the account has non-default composite data.
       **/
      NonDefaultComposite: AugmentedError<ApiType>;
      /**
       * There is a non-zero reference count preventing the account from being purged.
       **/
      NonZeroRefCount: AugmentedError<ApiType>;
      /**
       * No upgrade authorized.
       **/
      NothingAuthorized: AugmentedError<ApiType>;
      /**
       * The specification version is not allowed to decrease between the current runtime
       * and the new runtime.
       **/
      SpecVersionNeedsToIncrease: AugmentedError<ApiType>;
      /**
       * The submitted code is not authorized.
       **/
      Unauthorized: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    utility: {
      /**
       * Too many calls batched.
       **/
      TooManyCalls: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    whitelist: {
      /**
       * The dispatch has already been deferred.
       **/
      AlreadyDeferred: AugmentedError<ApiType>;
      /**
       * The call was already whitelisted; No-Op.
       **/
      CallAlreadyWhitelisted: AugmentedError<ApiType>;
      /**
       * The call was not whitelisted.
       **/
      CallIsNotWhitelisted: AugmentedError<ApiType>;
      /**
       * The deferred dispatch has expired.
       **/
      DeferredDispatchExpired: AugmentedError<ApiType>;
      /**
       * The deferred dispatch entry has not yet expired.
       **/
      DeferredDispatchNotExpired: AugmentedError<ApiType>;
      /**
       * No deferred dispatch entry exists for this call hash.
       **/
      DeferredDispatchNotFound: AugmentedError<ApiType>;
      /**
       * The weight of the decoded call was higher than the witness.
       **/
      InvalidCallWeightWitness: AugmentedError<ApiType>;
      /**
       * The preimage of the call hash could not be loaded.
       **/
      UnavailablePreImage: AugmentedError<ApiType>;
      /**
       * The call could not be decoded.
       **/
      UndecodableCall: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
    xcmpQueue: {
      /**
       * The execution is already resumed.
       **/
      AlreadyResumed: AugmentedError<ApiType>;
      /**
       * The execution is already suspended.
       **/
      AlreadySuspended: AugmentedError<ApiType>;
      /**
       * Setting the queue config failed since one of its values was invalid.
       **/
      BadQueueConfig: AugmentedError<ApiType>;
      /**
       * The message is too big.
       **/
      TooBig: AugmentedError<ApiType>;
      /**
       * There are too many active outbound channels.
       **/
      TooManyActiveOutboundChannels: AugmentedError<ApiType>;
      /**
       * Generic error
       **/
      [key: string]: AugmentedError<ApiType>;
    };
  } // AugmentedErrors
} // declare module
