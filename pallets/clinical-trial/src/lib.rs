#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use healthchain_primitives::{
	ConsentError, ConsentId, ConsentProvider, MemberRole, Membership, Moment, OrgId,
	OrganizationKind, OrganizationRegistry, OrganizationStatus, RegistryError, TrialProtocol,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod features;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The storage layout's version. 1: enrolments with a site step and an attempt count,
	/// trials with pending and screened-out counts and the time recruitment started,
	/// `ParticipantsByVersion`. No chain ran an earlier layout, so no migration is owed.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The consortium registry: which organisation, of which kind, an account acts for,
		/// and in which role.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// Patient consent: whether a participant gave research consent for a trial and
		/// protocol version (`pallet-consent`).
		type Consent: ConsentProvider<Self::AccountId>;

		/// The chain's clock, in milliseconds since the Unix epoch (`pallet-timestamp`).
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The chain's governance (council or root): it may lift any suspension, as the body
		/// that suspended the trial may.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// The longest public title, in bytes of UTF-8 (public registry text, never patient
		/// data). At least 1.
		#[pallet::constant]
		type MaxTitleLength: Get<u32>;

		/// The most conditions a trial may study. At least 1.
		#[pallet::constant]
		type MaxConditions: Get<u32>;

		/// The longest condition code (ICD-10 or MeSH, ASCII), in bytes. At least 1.
		#[pallet::constant]
		type MaxConditionCodeLength: Get<u32>;

		/// The most countries a trial may recruit in.
		#[pallet::constant]
		type MaxCountries: Get<u32>;

		/// The most ids in other registries a trial may list.
		#[pallet::constant]
		type MaxSecondaryIds: Get<u32>;

		/// The longest id in another registry, in bytes. At least 1.
		#[pallet::constant]
		type MaxSecondaryIdLength: Get<u32>;

		/// The most outcomes a trial may pre-register. At least 1.
		#[pallet::constant]
		type MaxOutcomes: Get<u32>;

		/// The most protocol versions a trial may have, the first included. At least 1.
		#[pallet::constant]
		type MaxProtocolVersions: Get<u32>;

		/// The most outcomes a results publication may report. At least 1.
		#[pallet::constant]
		type MaxReportedOutcomes: Get<u32>;

		/// The most items one page of the read functions (and the runtime API) returns.
		/// At least 1.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// How many times one account may ask to enrol in one trial (the first time
		/// included): bounds enrol–withdraw cycling and re-requests after a screening-out.
		/// At least 1.
		#[pallet::constant]
		type MaxEnrolmentAttempts: Get<u32>;

		/// The weights of this pallet's calls.
		type WeightInfo: WeightInfo;
	}

	/// The id the next trial gets.
	#[pallet::storage]
	pub type NextTrialId<T> = StorageValue<_, TrialId, ValueQuery>;

	/// Every trial, by id.
	#[pallet::storage]
	pub type Trials<T: Config> = StorageMap<_, Twox64Concat, TrialId, Trial<T>>;

	/// The trials in each status, so that they are listed without a scan. Kept in step with
	/// every transition.
	#[pallet::storage]
	pub type TrialsByStatus<T> =
		StorageDoubleMap<_, Twox64Concat, TrialStatus, Twox64Concat, TrialId, ()>;

	/// The trials studying each condition.
	#[pallet::storage]
	pub type TrialsByCondition<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, ConditionCode<T>, Twox64Concat, TrialId, ()>;

	/// The trials of each sponsor.
	#[pallet::storage]
	pub type TrialsBySponsor<T> =
		StorageDoubleMap<_, Twox64Concat, OrgId, Twox64Concat, TrialId, ()>;

	/// The trials of each phase.
	#[pallet::storage]
	pub type TrialsByPhase<T> = StorageDoubleMap<_, Twox64Concat, Phase, Twox64Concat, TrialId, ()>;

	/// Every protocol version of every trial, approved or pending; version 1 is the
	/// registered protocol. Never removed: the full history stays.
	#[pallet::storage]
	pub type ProtocolVersions<T> = StorageDoubleMap<
		_,
		Twox64Concat,
		TrialId,
		Twox64Concat,
		ProtocolVersion,
		ProtocolVersionRecord,
	>;

	/// Every participant's enrolment in each trial, whatever its status: one per account and
	/// trial. Pending enrolments are not capped per trial (a cap would let throwaway accounts
	/// block the queue); each costs its account the fee of `enrol`, and an account asks at
	/// most `MaxEnrolmentAttempts` times.
	#[pallet::storage]
	pub type Enrolments<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TrialId, Blake2_128Concat, T::AccountId, Enrolment>;

	/// How many participants of each trial, pending or enrolled, consented to each protocol
	/// version: the participants needing re-consent are the pending and enrolled ones less
	/// those at the current version, without iterating. No zero entries.
	#[pallet::storage]
	pub type ParticipantsByVersion<T> =
		StorageDoubleMap<_, Twox64Concat, TrialId, Twox64Concat, ProtocolVersion, u32, ValueQuery>;

	/// Each trial's data-snapshot commitments, by index (0 is the first).
	#[pallet::storage]
	pub type DataSnapshots<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TrialId, Twox64Concat, u32, DataSnapshot<T::AccountId>>;

	/// Each trial's adverse-event reports, by index (0 is the first).
	#[pallet::storage]
	pub type AdverseEvents<T: Config> =
		StorageDoubleMap<_, Twox64Concat, TrialId, Twox64Concat, u32, AdverseEvent<T::AccountId>>;

	/// Each trial's published results, with their outcome discrepancies.
	#[pallet::storage]
	pub type TrialResults<T: Config> = StorageMap<_, Twox64Concat, TrialId, Results<T>>;

	/// Every hash recorded for each trial and the record it is, so that "which artifact of
	/// this trial is this document?" is one read. A hash is recorded once per trial.
	#[pallet::storage]
	pub type TrialHashes<T> =
		StorageDoubleMap<_, Twox64Concat, TrialId, Blake2_128Concat, H256, TrialArtifact>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// An investigator registered a trial for its sponsor.
		TrialRegistered {
			/// The new trial.
			trial: TrialId,
			/// Its sponsor.
			sponsor: OrgId,
		},
		/// An ethics committee approved a trial (its protocol version 1).
		TrialApproved {
			/// The trial.
			trial: TrialId,
			/// The ethics committee.
			committee: OrgId,
			/// The hash of the decision.
			decision_hash: H256,
		},
		/// The sponsor opened recruitment.
		RecruitmentStarted {
			/// The trial.
			trial: TrialId,
		},
		/// The sponsor closed recruitment; the trial is active.
		RecruitmentClosed {
			/// The trial.
			trial: TrialId,
		},
		/// The sponsor completed the trial.
		TrialCompleted {
			/// The trial.
			trial: TrialId,
		},
		/// The sponsor terminated the trial early.
		TrialTerminated {
			/// The trial.
			trial: TrialId,
			/// The status it was terminated in.
			from: TrialStatus,
			/// The hash of the reason.
			reason_hash: H256,
		},
		/// An ethics committee or regulator suspended the trial.
		TrialSuspended {
			/// The trial.
			trial: TrialId,
			/// The ethics committee or regulator.
			by_org: OrgId,
			/// The status it was suspended in.
			from: TrialStatus,
			/// The hash of the reason.
			reason_hash: H256,
		},
		/// The body that suspended the trial, or governance, lifted the suspension.
		SuspensionLifted {
			/// The trial.
			trial: TrialId,
			/// The ethics committee or regulator that had suspended it, or governance.
			by: LiftedBy,
			/// The status the trial resumed in.
			status: TrialStatus,
		},
		/// The sponsor proposed a protocol amendment, pending ethics approval.
		AmendmentProposed {
			/// The trial.
			trial: TrialId,
			/// The new protocol version.
			version: ProtocolVersion,
			/// The hash of the amended protocol.
			protocol_hash: H256,
		},
		/// An ethics committee approved a protocol amendment; it is in force.
		AmendmentApproved {
			/// The trial.
			trial: TrialId,
			/// The protocol version now in force.
			version: ProtocolVersion,
			/// The ethics committee.
			committee: OrgId,
		},
		/// After an amendment, pending and enrolled participants must consent to the new
		/// version.
		ParticipantsNeedReconsent {
			/// The trial.
			trial: TrialId,
			/// The protocol version in force.
			version: ProtocolVersion,
			/// How many pending or enrolled participants consented to an older version.
			count: u32,
		},
		/// A participant asked to enrol; the enrolment is pending until an investigator of
		/// the sponsor confirms it or screens it out.
		EnrolmentRequested {
			/// The trial.
			trial: TrialId,
			/// The participant's account.
			participant: T::AccountId,
			/// The protocol version consented to.
			protocol_version: ProtocolVersion,
			/// The research consent, to the sponsor, that permitted it.
			consent: ConsentId,
			/// Which attempt of this account's this is, from 1.
			attempt: u32,
		},
		/// An investigator of the sponsor confirmed a pending enrolment: the participant is
		/// enrolled and counts toward the target enrolment.
		EnrolmentConfirmed {
			/// The trial.
			trial: TrialId,
			/// The participant's account.
			participant: T::AccountId,
			/// The research consent, checked again at confirmation.
			consent: ConsentId,
			/// The investigator (or admin) who confirmed it.
			by: T::AccountId,
		},
		/// An investigator of the sponsor screened out a pending enrolment.
		EnrolmentScreenedOut {
			/// The trial.
			trial: TrialId,
			/// The participant's account.
			participant: T::AccountId,
			/// Why, as a code.
			reason: ScreeningReason,
			/// The investigator (or admin) who screened it out.
			by: T::AccountId,
		},
		/// A pending or enrolled participant consented to the protocol version in force.
		ParticipantReconsented {
			/// The trial.
			trial: TrialId,
			/// The participant's account.
			participant: T::AccountId,
			/// The protocol version consented to.
			protocol_version: ProtocolVersion,
			/// The research consent for it.
			consent: ConsentId,
		},
		/// A pending or enrolled participant withdrew.
		ParticipantWithdrawn {
			/// The trial.
			trial: TrialId,
			/// The participant's account.
			participant: T::AccountId,
		},
		/// An investigator committed a data snapshot.
		DataSnapshotCommitted {
			/// The trial.
			trial: TrialId,
			/// The snapshot's index.
			index: u32,
			/// The hash of the snapshot.
			snapshot_hash: H256,
		},
		/// An investigator reported an adverse event.
		AdverseEventReported {
			/// The trial.
			trial: TrialId,
			/// The report's index.
			index: u32,
			/// How severe.
			severity: Severity,
		},
		/// The published results differ from the pre-registered outcomes. One event per
		/// discrepancy, before `ResultsPublished`.
		OutcomeDiscrepancyFound {
			/// The trial.
			trial: TrialId,
			/// The discrepancy.
			discrepancy: OutcomeDiscrepancy,
		},
		/// The sponsor published the trial's results.
		ResultsPublished {
			/// The trial.
			trial: TrialId,
			/// The hash of the results document.
			results_hash: H256,
			/// How many outcome discrepancies were found.
			discrepancies: u32,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller belongs to no organisation.
		NotAMember,
		/// The caller's organisation is suspended.
		OrganizationSuspended,
		/// Only a trial sponsor or research institute registers and runs trials.
		NotASponsor,
		/// Trials are registered, and their data committed, by an `Investigator`.
		NotAnInvestigator,
		/// A trial is run by its sponsor's `Investigator` or `Admin`.
		NotPermittedToManageTrial,
		/// The caller does not act for the trial's sponsor.
		NotTrialSponsor,
		/// Only an ethics committee approves trials and amendments.
		NotAnEthicsCommittee,
		/// Only an ethics committee or a regulator suspends a trial or lifts a suspension.
		NotAnOversightBody,
		/// Only the body that suspended the trial (or governance) lifts the suspension.
		NotTheSuspendingBody,
		/// Only the ethics committee that approved the trial approves its amendments, and
		/// suspends it (a regulator may suspend any trial).
		NotTheTrialsCommittee,
		/// Trials are reviewed by an ethics committee's or regulator's `Auditor` or `Admin`.
		NotAReviewer,
		/// The title is empty.
		EmptyTitle,
		/// The title is not UTF-8.
		InvalidTitle,
		/// A trial studies at least one condition.
		NoConditions,
		/// A condition code is empty or not printable ASCII.
		InvalidConditionCode,
		/// A condition is listed twice.
		DuplicateCondition,
		/// A country code is not two upper-case ASCII letters.
		InvalidCountryCode,
		/// A country is listed twice.
		DuplicateCountry,
		/// An id in another registry is empty.
		EmptySecondaryId,
		/// The target enrolment is zero.
		ZeroTargetEnrolment,
		/// A trial pre-registers at least one primary outcome.
		NoPrimaryOutcome,
		/// An outcome hash is listed twice.
		DuplicateOutcome,
		/// The hash is already recorded for this trial (as another document).
		DuplicateHash,
		/// No trial has this id.
		UnknownTrial,
		/// The trial's status does not allow this transition.
		InvalidTransition,
		/// The trial is completed or terminated.
		TrialEnded,
		/// The trial has no ethics approval yet: its protocol cannot be amended.
		TrialNotApproved,
		/// An amendment is already awaiting ethics approval.
		AmendmentPending,
		/// No amendment is awaiting ethics approval.
		NoPendingAmendment,
		/// The trial has `MaxProtocolVersions` protocol versions.
		TooManyProtocolVersions,
		/// The trial is not recruiting.
		NotRecruiting,
		/// The trial's sponsor organisation is suspended (or no longer registered): the trial
		/// takes no enrolments.
		SponsorSuspended,
		/// The trial has as many participants enrolled (confirmed) as its target enrolment.
		EnrolmentFull,
		/// The participant's enrolment is already pending or enrolled.
		AlreadyEnrolled,
		/// The account asked to enrol in this trial `MaxEnrolmentAttempts` times already.
		EnrolmentAttemptsExhausted,
		/// The participant is neither pending nor enrolled.
		NotEnrolled,
		/// The enrolment is not pending: there is no request to confirm or screen out.
		NotPending,
		/// The participant's consent is for the protocol version in force.
		ReconsentNotNeeded,
		/// The pending enrolment is under an older protocol version: the participant must
		/// re-consent before it is confirmed.
		ReconsentRequired,
		/// The participant gave no research consent for this trial and protocol version.
		NoResearchConsent,
		/// The participant revoked their research consent.
		ConsentRevoked,
		/// The participant's research consent has expired.
		ConsentExpired,
		/// The participant's research consent is not valid yet.
		ConsentNotYetValid,
		/// Consent refused for the participant's read rate. Research consent is never refused
		/// so; the error exists so that every consent refusal has one.
		ConsentReadRateExceeded,
		/// The trial never recruited: it has no data or adverse events to commit.
		TrialNotStarted,
		/// The period starts after it ends, or ends in the future.
		InvalidPeriod,
		/// Results are published when they are due: the trial recruited and is active,
		/// completed or terminated.
		ResultsNotAllowed,
		/// The trial's results are already published.
		ResultsAlreadyPublished,
		/// An id or counter would overflow, or storage is inconsistent.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxTitleLength::get() >= 1, "MaxTitleLength must be at least 1");
			assert!(T::MaxConditions::get() >= 1, "MaxConditions must be at least 1");
			assert!(
				T::MaxConditionCodeLength::get() >= 1,
				"MaxConditionCodeLength must be at least 1"
			);
			assert!(T::MaxSecondaryIdLength::get() >= 1, "MaxSecondaryIdLength must be at least 1");
			assert!(T::MaxOutcomes::get() >= 1, "MaxOutcomes must allow a primary outcome");
			assert!(
				T::MaxProtocolVersions::get() >= 1,
				"MaxProtocolVersions must allow the registered protocol"
			);
			assert!(T::MaxReportedOutcomes::get() >= 1, "MaxReportedOutcomes must be at least 1");
			assert!(T::MaxPageSize::get() >= 1, "MaxPageSize must be at least 1");
			assert!(
				T::MaxEnrolmentAttempts::get() >= 1,
				"MaxEnrolmentAttempts must allow a first enrolment"
			);
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers a trial for the caller's sponsor: its key fields, the hash of the full
		/// data set, its protocol (version 1) and its pre-registered outcomes. It starts
		/// `Registered`, awaiting ethics approval.
		///
		/// Origin: signed by an `Investigator` of an active trial sponsor or research
		/// institute.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_trial())]
		pub fn register_trial(
			origin: OriginFor<T>,
			registration: Registration<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_trial(who, registration).map(|_trial| ())
		}

		/// Approves `trial` (`Registered` → `Approved`) and its protocol version 1, with the
		/// hash of the decision.
		///
		/// Origin: signed by an `Auditor` or `Admin` of an active ethics committee.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::approve_trial())]
		pub fn approve_trial(
			origin: OriginFor<T>,
			trial: TrialId,
			decision_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_trial(who, trial, decision_hash)
		}

		/// Opens recruitment (`Approved` → `Recruiting`).
		///
		/// Origin: signed by an `Investigator` or `Admin` of the trial's sponsor.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::start_recruiting())]
		pub fn start_recruiting(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_start_recruiting(who, trial)
		}

		/// Closes recruitment (`Recruiting` → `Active`).
		///
		/// Origin: as for `start_recruiting`.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::close_recruitment())]
		pub fn close_recruitment(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_close_recruitment(who, trial)
		}

		/// Completes the trial (`Active` → `Completed`).
		///
		/// Origin: as for `start_recruiting`.
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::complete_trial())]
		pub fn complete_trial(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_complete_trial(who, trial)
		}

		/// Terminates the trial early, from any status but `Completed` and `Terminated`, with
		/// the hash of the reason.
		///
		/// Origin: as for `start_recruiting`.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::terminate_trial())]
		pub fn terminate_trial(
			origin: OriginFor<T>,
			trial: TrialId,
			reason_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_terminate_trial(who, trial, reason_hash)
		}

		/// Suspends an `Approved`, `Recruiting` or `Active` trial, with the hash of the reason.
		///
		/// Origin: signed by an `Auditor` or `Admin` of an active ethics committee or
		/// regulator.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::suspend_trial())]
		pub fn suspend_trial(
			origin: OriginFor<T>,
			trial: TrialId,
			reason_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_suspend_trial(who, trial, reason_hash)
		}

		/// Lifts a suspension: the trial resumes in the status it was suspended in.
		///
		/// Origin: [`Config::GovernanceOrigin`], or signed by an `Auditor` or `Admin` of the
		/// ethics committee or regulator that suspended the trial (while it is active).
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::lift_suspension())]
		pub fn lift_suspension(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let lifter = match T::GovernanceOrigin::try_origin(origin) {
				Ok(_) => Lifter::Governance,
				Err(origin) => Lifter::Reviewer(ensure_signed(origin)?),
			};
			Self::do_lift_suspension(lifter, trial)
		}

		/// Proposes a protocol amendment: the next protocol version, with the hashes of the
		/// amended protocol and of the summary of changes. It takes effect when an ethics
		/// committee approves it.
		///
		/// Origin: as for `start_recruiting`.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::propose_amendment())]
		pub fn propose_amendment(
			origin: OriginFor<T>,
			trial: TrialId,
			protocol_hash: H256,
			summary_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_propose_amendment(who, trial, protocol_hash, summary_hash).map(|_version| ())
		}

		/// Approves the pending amendment, with the hash of the decision: its version is in
		/// force, and participants enrolled under an older one need to re-consent.
		///
		/// Origin: as for `approve_trial`.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::approve_amendment())]
		pub fn approve_amendment(
			origin: OriginFor<T>,
			trial: TrialId,
			decision_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_approve_amendment(who, trial, decision_hash)
		}

		/// Asks to enrol the caller in a recruiting trial, on the strength of their active
		/// research consent, to the trial's sponsor, for the trial and its protocol version in
		/// force. The enrolment is pending until an investigator of the sponsor confirms it or
		/// screens it out; only confirmed participants count toward the target enrolment.
		///
		/// Origin: signed by the participant, who pays the call's fee. One enrolment per
		/// account and trial, requested at most `MaxEnrolmentAttempts` times.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::enrol())]
		pub fn enrol(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_enrol(who, trial)
		}

		/// Moves the caller's enrolment to the protocol version in force, on the strength of
		/// their research consent, to the sponsor, for it.
		///
		/// Origin: signed by a pending or enrolled participant needing re-consent.
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::reconsent())]
		pub fn reconsent(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_reconsent(who, trial)
		}

		/// Withdraws the caller from the trial, whatever its status, or withdraws their pending
		/// request.
		///
		/// Origin: signed by a pending or enrolled participant.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::withdraw())]
		pub fn withdraw(origin: OriginFor<T>, trial: TrialId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_withdraw(who, trial)
		}

		/// Commits a snapshot of the trial's data: its hash, how many records it holds and
		/// the period it covers (milliseconds since the Unix epoch, not in the future).
		///
		/// Origin: signed by an `Investigator` of the trial's sponsor.
		#[pallet::call_index(13)]
		#[pallet::weight(T::WeightInfo::commit_data_snapshot())]
		pub fn commit_data_snapshot(
			origin: OriginFor<T>,
			trial: TrialId,
			snapshot_hash: H256,
			record_count: u32,
			period_start: Moment,
			period_end: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commit_data_snapshot(
				who,
				trial,
				snapshot_hash,
				record_count,
				period_start,
				period_end,
			)
			.map(|_index| ())
		}

		/// Reports an adverse event of `severity`, with the hash of the report.
		///
		/// Origin: as for `commit_data_snapshot`.
		#[pallet::call_index(14)]
		#[pallet::weight(T::WeightInfo::report_adverse_event())]
		pub fn report_adverse_event(
			origin: OriginFor<T>,
			trial: TrialId,
			severity: Severity,
			report_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_adverse_event(who, trial, severity, report_hash).map(|_index| ())
		}

		/// Publishes the results of a trial whose results are due (it recruited, and is
		/// `Active`, `Completed` or `Terminated`): the hash of the results document and the
		/// outcomes reported. Each pre-registered outcome not reported, and each reported
		/// outcome not pre-registered (or reported as the other kind), is recorded as an
		/// outcome discrepancy and emitted as an event.
		///
		/// Origin: as for `start_recruiting`.
		#[pallet::call_index(15)]
		#[pallet::weight(T::WeightInfo::publish_results())]
		pub fn publish_results(
			origin: OriginFor<T>,
			trial: TrialId,
			results_hash: H256,
			reported: ReportedOutcomes<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_publish_results(who, trial, results_hash, reported)
		}

		/// Confirms the pending enrolment of `participant` after the site's screening: the
		/// participant is enrolled and counts toward the target enrolment. Their research
		/// consent is checked again.
		///
		/// Origin: signed by an `Investigator` or `Admin` of the trial's (active) sponsor.
		#[pallet::call_index(16)]
		#[pallet::weight(T::WeightInfo::confirm_enrolment())]
		pub fn confirm_enrolment(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_confirm_enrolment(who, trial, participant)
		}

		/// Screens out the pending enrolment of `participant`, with a coded reason.
		///
		/// Origin: as for `confirm_enrolment`.
		#[pallet::call_index(17)]
		#[pallet::weight(T::WeightInfo::screen_out())]
		pub fn screen_out(
			origin: OriginFor<T>,
			trial: TrialId,
			participant: T::AccountId,
			reason: ScreeningReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_screen_out(who, trial, participant, reason)
		}
	}
}
