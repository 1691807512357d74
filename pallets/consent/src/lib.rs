#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use healthchain_primitives::{
	AccessBasis, AccessRequest, BreakGlassId, ConsentAction, ConsentError, ConsentId,
	ConsentProvider, MemberRole, Membership, Moment, OrgId, OrganizationKind, OrganizationRegistry,
	ProtocolVersion, PurposeOfUse, RecordCategory, RecordId, RegistryError, TrialId, TrialProtocol,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod impls;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// What the benchmarks need from the runtime beyond the pallet's own calls.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Makes the chain's clock (`Config::Time`) read `now`.
	fn set_time(now: Moment);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::{
		pallet_prelude::*,
		traits::{Consideration, Footprint},
	};
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The storage layout's version. 1: the access log is a ring with a hash chain, break-glass
	/// cases are bound to an organisation and role, grants know their place in the history,
	/// onboarding holds a deposit. 2: the live lists are kept per (patient, grantee)
	/// ([`LiveAccountGrants`], [`LiveOrganizationGrants`]) instead of per patient. No chain
	/// ran version 0 or 1 beyond test networks started from genesis, so no migration is owed;
	/// a chain that ran version 1 would need one that moves each entry to its grantee's list.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(2);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	/// Why this pallet holds funds.
	#[pallet::composite_enum]
	pub enum HoldReason {
		/// The deposit a care organisation's member pays while a patient it onboarded stays
		/// onboarded.
		PatientOnboarding,
	}

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The consortium registry: which organisation, of which kind, an account acts for.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// The chain's clock, in milliseconds since the Unix epoch (`pallet-timestamp`).
		/// Consent periods and break-glass deadlines are measured against it.
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The most live grants a patient may have to one grantee (one account, or one
		/// organisation). A consent check reads the accessor's list and its organisation's list
		/// (one storage value each) and walks them, so this bounds its cost and its proof size.
		/// Ended grants leave a list when a new grant to the same grantee needs room. At least 1.
		#[pallet::constant]
		type MaxGrantsPerGrantee: Get<u32>;

		/// The most record categories one grant may list. At least 1.
		#[pallet::constant]
		type MaxCategoriesPerGrant: Get<u32>;

		/// The most delegates (guardians, custodians) a patient may name. At least 1.
		#[pallet::constant]
		type MaxDelegates: Get<u32>;

		/// How many of a patient's newest access-log entries stay on chain. The log never
		/// fills: a new entry takes the place of the oldest, and the hash chain in
		/// [`AccessLogHeads`] keeps every entry ever written accountable. At least 1.
		#[pallet::constant]
		type MaxAccessLogEntries: Get<u32>;

		/// How many reads of one patient's records one reader may log in one rate period;
		/// more are refused ([`ConsentError::ReadRateExceeded`]) for that reader only. At
		/// least 1.
		#[pallet::constant]
		type MaxReadsPerPeriod: Get<u32>;

		/// The length of a read-rate period, in blocks. At least 1.
		#[pallet::constant]
		type ReadRatePeriod: Get<BlockNumberFor<Self>>;

		/// The most break-glass cases one practitioner may have open at once. At least 1.
		#[pallet::constant]
		type MaxOpenCasesPerPractitioner: Get<u32>;

		/// The most break-glass cases one organisation's practitioners may have open at
		/// once. At least `MaxOpenCasesPerPractitioner`.
		#[pallet::constant]
		type MaxOpenCasesPerOrganization: Get<u32>;

		/// How long an ended (revoked or expired) grant stays in storage before it may be
		/// pruned, in milliseconds. Its events stay in the chain's history.
		#[pallet::constant]
		type GrantRetention: Get<Moment>;

		/// The most grants an onboarded patient keeps in storage and still grants free of
		/// fees: past it, `grant` costs the usual fee until the patient prunes (for free)
		/// its oldest ended grants. Bounds what feeless grants can leave in storage.
		#[pallet::constant]
		type MaxFeelessStoredGrants: Get<u32>;

		/// The deposit held from the member who onboards a patient, returned when the
		/// patient is off-boarded (`HoldConsideration` in the runtime).
		type OnboardingDeposit: Consideration<Self::AccountId, Footprint>;

		/// Sets the chain's clock for benchmarks that need time to pass.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;

		/// How long emergency access lasts once the glass is broken, in milliseconds.
		#[pallet::constant]
		type BreakGlassDuration: Get<Moment>;

		/// How long after a break-glass case opens it may stay unreviewed before it is
		/// overdue, in milliseconds.
		#[pallet::constant]
		type BreakGlassReviewPeriod: Get<Moment>;

		/// How many consent calls (`grant`, `revoke`, `add_delegate`, `remove_delegate`) an
		/// onboarded account makes without fees in one feeless period.
		#[pallet::constant]
		type FeelessCallsPerPeriod: Get<u32>;

		/// The length of a feeless period, in blocks. At least 1.
		#[pallet::constant]
		type FeelessPeriod: Get<BlockNumberFor<Self>>;

		/// The most items one page of the read functions (and the runtime API) returns.
		/// At least 1.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// The weights of this pallet's calls and of the consent checks other pallets make.
		type WeightInfo: WeightInfo;
	}

	/// The id the next consent grant gets.
	#[pallet::storage]
	pub type NextConsentId<T> = StorageValue<_, ConsentId, ValueQuery>;

	/// Every consent grant ever made, by id: the full history, revoked and expired included.
	/// Consent checks do not read it: they read [`LiveAccountGrants`] and
	/// [`LiveOrganizationGrants`].
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, ConsentId, ConsentGrantOf<T>>;

	/// Each patient's live grants to one account, in grant order: (patient, grantee) → for
	/// each grant, what a consent check needs (its id, terms and whether it is revoked), so
	/// that a check reads this one value and no [`Grants`] record. Each entry mirrors its
	/// grant's record in [`Grants`]. Revoked and expired grants stay (so that a refusal can
	/// say why) until a new grant to the same grantee needs their room.
	///
	/// Keyed by grantee as well as patient, so that a check reads only the lists that can
	/// concern its accessor, each at most `MaxGrantsPerGrantee` entries: the proof a check
	/// adds does not grow with the patient's grants to everyone else.
	#[pallet::storage]
	pub type LiveAccountGrants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		LiveGrantsOf<T>,
		ValueQuery,
	>;

	/// Each patient's live grants to one organisation (every member, while acting for it):
	/// (patient, organisation) → entries, as [`LiveAccountGrants`].
	#[pallet::storage]
	pub type LiveOrganizationGrants<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Twox64Concat,
		OrgId,
		LiveGrantsOf<T>,
		ValueQuery,
	>;

	/// How many grants each patient has ever received: the end of its [`PatientGrantAt`]
	/// list.
	#[pallet::storage]
	pub type PatientGrantCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// How many of each patient's grants are still in storage (not pruned).
	#[pallet::storage]
	pub type StoredGrantCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each patient's grants in grant order (index 0 is the first), for paging newest first.
	#[pallet::storage]
	pub type PatientGrantAt<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, ConsentId>;

	/// The delegates each patient named, and their kind.
	#[pallet::storage]
	pub type Delegates<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(T::AccountId, DelegateKind), T::MaxDelegates>,
		ValueQuery,
	>;

	/// The same delegations keyed by delegate, then patient, so that "does this account act
	/// for this patient?" is one read.
	#[pallet::storage]
	pub type DelegateOf<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		DelegateKind,
	>;

	/// The id the next break-glass case gets.
	#[pallet::storage]
	pub type NextBreakGlassId<T> = StorageValue<_, BreakGlassId, ValueQuery>;

	/// Every break-glass case, by id, reviewed or not.
	#[pallet::storage]
	pub type BreakGlassCases<T: Config> =
		StorageMap<_, Twox64Concat, BreakGlassId, BreakGlassCaseOf<T>>;

	/// The latest break-glass case of each (patient, practitioner) pair whose access has not
	/// been closed by a review; whether it is still open is read from the case's
	/// `expires_at`.
	#[pallet::storage]
	pub type OpenBreakGlass<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		BreakGlassId,
	>;

	/// The break-glass cases no auditor has reviewed yet.
	#[pallet::storage]
	pub type AwaitingReview<T> = StorageMap<_, Twox64Concat, BreakGlassId, ()>;

	/// Where each patient's access log stands: entries ever written and the hash chain's
	/// head over all of them.
	#[pallet::storage]
	pub type AccessLogHeads<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, AccessLogHead, ValueQuery>;

	/// Each patient's newest access-log entries, by slot: entry `i` is in slot
	/// `i % MaxAccessLogEntries`, where a newer entry replaces it in time.
	#[pallet::storage]
	pub type AccessLog<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, AccessLogEntryOf<T>>;

	/// How many reads each reader logged of each patient's records in its latest read-rate
	/// period: (patient, reader) → usage.
	#[pallet::storage]
	pub type ReadRate<T: Config> = StorageDoubleMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		Blake2_128Concat,
		T::AccountId,
		PeriodUsage<BlockNumberFor<T>>,
	>;

	/// Each practitioner's break-glass cases that may still be open, with when each ends,
	/// so that the per-practitioner bound is one read.
	#[pallet::storage]
	pub type OpenCasesOfPractitioner<T: Config> = StorageMap<
		_,
		Blake2_128Concat,
		T::AccountId,
		BoundedVec<(BreakGlassId, Moment), T::MaxOpenCasesPerPractitioner>,
		ValueQuery,
	>;

	/// Each organisation's break-glass cases that may still be open, with when each ends.
	#[pallet::storage]
	pub type OpenCasesOfOrganization<T: Config> = StorageMap<
		_,
		Twox64Concat,
		OrgId,
		BoundedVec<(BreakGlassId, Moment), T::MaxOpenCasesPerOrganization>,
		ValueQuery,
	>;

	/// Every break-glass case by the organisation whose practitioner opened it, for the
	/// reviewing regulator.
	#[pallet::storage]
	pub type CasesOfOrganization<T> =
		StorageDoubleMap<_, Twox64Concat, OrgId, Twox64Concat, BreakGlassId, ()>;

	/// The patients a care organisation onboarded: they may make consent calls without fees,
	/// within the feeless allowance.
	#[pallet::storage]
	pub type Onboarded<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, OnboardingRecordOf<T>>;

	/// How many consent calls each onboarded account made in its latest feeless period.
	#[pallet::storage]
	pub type FeelessUsage<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, PeriodUsage<BlockNumberFor<T>>>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A patient (or a delegate) granted consent.
		ConsentGranted {
			/// The new grant.
			consent: ConsentId,
			/// The patient.
			patient: T::AccountId,
			/// Who is let in.
			grantee: Grantee<T::AccountId>,
			/// Who signed: the patient or a delegate.
			by: T::AccountId,
		},
		/// A patient (or a delegate) revoked a grant; it permits nothing from now on.
		ConsentRevoked {
			/// The grant.
			consent: ConsentId,
			/// The patient.
			patient: T::AccountId,
			/// Who revoked it.
			by: T::AccountId,
		},
		/// A patient named a delegate.
		DelegateAdded {
			/// The patient.
			patient: T::AccountId,
			/// The delegate.
			delegate: T::AccountId,
			/// Guardian or custodian.
			kind: DelegateKind,
		},
		/// A delegation ended, at the patient's or the delegate's request.
		DelegateRemoved {
			/// The patient.
			patient: T::AccountId,
			/// The former delegate.
			delegate: T::AccountId,
			/// Who ended it: the patient or the delegate.
			by: T::AccountId,
		},
		/// A care organisation's member onboarded a patient.
		PatientOnboarded {
			/// The patient.
			patient: T::AccountId,
			/// The organisation.
			org: OrgId,
			/// The member who onboarded the patient.
			by: T::AccountId,
		},
		/// A patient was off-boarded: its consent calls are no longer feeless, its provider
		/// reference and the onboarding deposit are released.
		PatientOffboarded {
			/// The patient.
			patient: T::AccountId,
			/// Who off-boarded it: the patient or a member of the onboarding organisation.
			by: T::AccountId,
		},
		/// Grants of a patient, ended for longer than their retention, left storage.
		GrantsPruned {
			/// The patient.
			patient: T::AccountId,
			/// How many grants were removed.
			count: u32,
		},
		/// A practitioner broke the glass: emergency read access to a patient's records is
		/// open until `expires_at`. This is the alert; an auditor must review the case.
		BreakGlassOpened {
			/// The case.
			case: BreakGlassId,
			/// The patient.
			patient: T::AccountId,
			/// The practitioner.
			accessor: T::AccountId,
			/// The hospital or clinic the practitioner acts for.
			org: OrgId,
			/// Why.
			reason: EmergencyReason,
			/// When the access ends by itself.
			expires_at: Moment,
		},
		/// A regulator's auditor reviewed a break-glass case.
		BreakGlassReviewed {
			/// The case.
			case: BreakGlassId,
			/// The auditor.
			reviewer: T::AccountId,
			/// Whether the emergency access was justified.
			justified: bool,
		},
		/// A read of a patient's records was permitted and logged. The event carries the
		/// whole entry and the hash chain's new head, so an archive of these events can prove
		/// it holds the complete log (see [`AccessLogHead`]).
		AccessRecorded {
			/// The patient.
			patient: T::AccountId,
			/// The entry's index in the patient's access log (0 is the first read ever).
			index: u64,
			/// The entry: who read, for which organisation, on what basis, why, what, when.
			entry: AccessLogEntryOf<T>,
			/// The hash chain's head after this entry.
			chain_head: H256,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller is neither the patient nor one of the patient's delegates.
		NotPatientOrDelegate,
		/// The grant allows no action: at least one of read and write must be true.
		NoActions,
		/// The grant lists no category; use `CategoryScope::All` for every category.
		NoCategories,
		/// The grant lists a category more than once.
		DuplicateCategory,
		/// The grant's period ends before (or when) it starts.
		InvalidPeriod,
		/// The grant's period has already ended.
		PeriodAlreadyEnded,
		/// No organisation has this id.
		UnknownOrganization,
		/// A patient cannot grant consent to their own account.
		CannotGrantToSelf,
		/// The patient's live list is full of grants that have not ended.
		TooManyGrants,
		/// No consent grant has this id.
		UnknownConsent,
		/// The grant is already revoked.
		AlreadyRevoked,
		/// A patient cannot name themselves a delegate.
		CannotDelegateToSelf,
		/// The account already is a delegate of the patient.
		AlreadyDelegate,
		/// The patient has `MaxDelegates` delegates already.
		TooManyDelegates,
		/// The account is not a delegate of the patient.
		NotADelegate,
		/// The caller belongs to no organisation.
		NotAMember,
		/// The caller's organisation is suspended.
		OrganizationSuspended,
		/// Only members of a hospital, clinic, laboratory or pharmacy onboard patients.
		NotACareOrganization,
		/// Only an organisation's admins and practitioners onboard patients.
		NotPermittedToOnboard,
		/// The patient is already onboarded.
		AlreadyOnboarded,
		/// Only a hospital or clinic provides emergency care.
		NotAnEmergencyProvider,
		/// Only a practitioner breaks the glass.
		NotAPractitioner,
		/// A practitioner cannot break the glass on their own records.
		CannotBreakGlassForSelf,
		/// The caller already has open emergency access to this patient.
		BreakGlassAlreadyOpen,
		/// Only a regulator reviews break-glass cases.
		NotARegulator,
		/// Only an auditor reviews break-glass cases.
		NotAnAuditor,
		/// No break-glass case has this id.
		UnknownBreakGlassCase,
		/// The break-glass case is already reviewed.
		AlreadyReviewed,
		/// The practitioner has `MaxOpenCasesPerPractitioner` break-glass cases open.
		TooManyOpenCases,
		/// The organisation's practitioners have `MaxOpenCasesPerOrganization` cases open.
		OrganizationHasTooManyOpenCases,
		/// A delegate may not grant consent to itself or to an organisation it acts for: a
		/// delegation must not outlive its removal.
		DelegateCannotGrantToSelf,
		/// The account is not onboarded.
		NotOnboarded,
		/// Only the patient or an admin or practitioner of the onboarding organisation
		/// off-boards a patient.
		NotPermittedToOffboard,
		/// The patient's account cannot give up its provider reference yet (it has other
		/// references that depend on it).
		CannotReleaseAccount,
		/// Only the patient may off-board itself while the onboarding reference is its
		/// account's only one: an organisation must not leave a patient without an account.
		PatientWouldLoseItsAccount,
		/// Pruning names no grant.
		NothingToPrune,
		/// A grant to prune belongs to another patient.
		NotThePatientsGrant,
		/// A grant to prune is still in force, or ended less than `GrantRetention` ago.
		GrantStillRetained,
		/// An id or counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxGrantsPerGrantee::get() >= 1, "MaxGrantsPerGrantee must be at least 1");
			assert!(
				T::MaxCategoriesPerGrant::get() >= 1,
				"MaxCategoriesPerGrant must be at least 1"
			);
			assert!(T::MaxDelegates::get() >= 1, "MaxDelegates must be at least 1");
			assert!(T::MaxPageSize::get() >= 1, "MaxPageSize must be at least 1");
			assert!(!T::FeelessPeriod::get().is_zero(), "FeelessPeriod must be at least 1 block");
			assert!(T::MaxAccessLogEntries::get() >= 1, "MaxAccessLogEntries must be at least 1");
			assert!(T::MaxReadsPerPeriod::get() >= 1, "MaxReadsPerPeriod must be at least 1");
			assert!(!T::ReadRatePeriod::get().is_zero(), "ReadRatePeriod must be at least 1 block");
			assert!(
				T::MaxOpenCasesPerPractitioner::get() >= 1,
				"MaxOpenCasesPerPractitioner must be at least 1"
			);
			assert!(
				T::MaxOpenCasesPerOrganization::get() >= T::MaxOpenCasesPerPractitioner::get(),
				"MaxOpenCasesPerOrganization must fit one practitioner's cases"
			);
			assert!(T::BreakGlassDuration::get() >= 1, "BreakGlassDuration must be at least 1 ms");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Grants `terms` on `patient`'s records.
		///
		/// Origin: signed by the patient or one of the patient's delegates. Free for an
		/// onboarded signer within its feeless allowance, when the call will succeed.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::grant())]
		#[pallet::feeless_if(
			|origin: &OriginFor<T>, patient: &T::AccountId, terms: &ConsentTermsOf<T>| -> bool {
				Pallet::<T>::has_feeless_room(patient) &&
					Pallet::<T>::feeless_if_valid(origin, |by| {
						Pallet::<T>::check_grant(&by, patient, terms)
					})
			}
		)]
		pub fn grant(
			origin: OriginFor<T>,
			patient: T::AccountId,
			terms: ConsentTermsOf<T>,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_grant(by, patient, terms).map(|_consent| ())
		}

		/// Revokes grant `consent`, with immediate effect.
		///
		/// Origin: signed by the grant's patient or one of the patient's delegates. Free for
		/// an onboarded signer within its feeless allowance, when the call will succeed.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::revoke())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, consent: &ConsentId| -> bool {
			Pallet::<T>::feeless_if_valid(origin, |by| Pallet::<T>::check_revoke(&by, *consent))
		})]
		pub fn revoke(origin: OriginFor<T>, consent: ConsentId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_revoke(by, consent)
		}

		/// Names `delegate` a delegate (guardian or custodian) of the caller, who may then
		/// grant and revoke consent, and erase records, on the caller's behalf.
		///
		/// Origin: signed by the patient. Free for an onboarded patient within its feeless
		/// allowance, when the call will succeed.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::add_delegate())]
		#[pallet::feeless_if(
			|origin: &OriginFor<T>, delegate: &T::AccountId, kind: &DelegateKind| -> bool {
				Pallet::<T>::feeless_if_valid(origin, |patient| {
					Pallet::<T>::check_add_delegate(&patient, delegate, *kind)
				})
			}
		)]
		pub fn add_delegate(
			origin: OriginFor<T>,
			delegate: T::AccountId,
			kind: DelegateKind,
		) -> DispatchResult {
			let patient = ensure_signed(origin)?;
			Self::do_add_delegate(patient, delegate, kind)
		}

		/// Ends `delegate`'s delegation for `patient`.
		///
		/// Origin: signed by the patient or by the delegate itself. Free for an onboarded
		/// signer within its feeless allowance, when the call will succeed.
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::remove_delegate())]
		#[pallet::feeless_if(
			|origin: &OriginFor<T>, patient: &T::AccountId, delegate: &T::AccountId| -> bool {
				Pallet::<T>::feeless_if_valid(origin, |by| {
					Pallet::<T>::check_remove_delegate(&by, patient, delegate)
				})
			}
		)]
		pub fn remove_delegate(
			origin: OriginFor<T>,
			patient: T::AccountId,
			delegate: T::AccountId,
		) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_remove_delegate(by, patient, delegate)
		}

		/// Onboards `patient`: gives the account a provider reference, so that it can send
		/// transactions without holding tokens, and makes its consent calls feeless within
		/// the allowance. The onboarding deposit is held from the caller until the patient is
		/// off-boarded.
		///
		/// Origin: signed by an admin or practitioner of an active hospital, clinic,
		/// laboratory or pharmacy (who pays the fee and the deposit).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::onboard_patient())]
		pub fn onboard_patient(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_onboard_patient(by, patient)
		}

		/// Opens emergency read access to `patient`'s records for `BreakGlassDuration`, and
		/// raises the alert an auditor must review.
		///
		/// Origin: signed by a practitioner of an active hospital or clinic.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::break_glass())]
		pub fn break_glass(
			origin: OriginFor<T>,
			patient: T::AccountId,
			reason: EmergencyReason,
		) -> DispatchResult {
			let accessor = ensure_signed(origin)?;
			Self::do_break_glass(accessor, patient, reason).map(|_case| ())
		}

		/// Records the review of break-glass case `case_id`: whether the access was
		/// `justified`, and the hash of the off-chain report. An unjustified finding ends the
		/// access at once. (Not `case`: a JavaScript keyword cannot name a parameter of the
		/// TypeScript that @polkadot/typegen generates.)
		///
		/// Origin: signed by an auditor of an active regulator.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::review_break_glass())]
		pub fn review_break_glass(
			origin: OriginFor<T>,
			case_id: BreakGlassId,
			justified: bool,
			finding_hash: H256,
		) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			Self::do_review_break_glass(reviewer, case_id, justified, finding_hash)
		}

		/// Off-boards `patient`: its consent calls stop being feeless, the provider reference
		/// onboarding gave it is released and the onboarding deposit returns to whoever paid
		/// it. The patient's grants, delegates and log are untouched.
		///
		/// Origin: signed by the patient, or by an admin or practitioner of the organisation
		/// that onboarded it. Free for the patient when the call will succeed.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::offboard_patient())]
		#[pallet::feeless_if(|origin: &OriginFor<T>, patient: &T::AccountId| -> bool {
			ensure_signed(origin.clone()).is_ok_and(|by| {
				by == *patient && Pallet::<T>::check_offboard(&by, patient).is_ok()
			})
		})]
		pub fn offboard_patient(origin: OriginFor<T>, patient: T::AccountId) -> DispatchResult {
			let by = ensure_signed(origin)?;
			Self::do_offboard_patient(by, patient)
		}

		/// Removes `consents`, grants of `patient` that ended (revoked, or past their period)
		/// at least `GrantRetention` ago, from storage: the grant records, their place in the
		/// patient's history and, if still there, their live-list entries. The chain's events
		/// keep what they were.
		///
		/// Origin: signed by anyone (the caller pays; storage shrinks). Free for the patient
		/// (or a delegate) when it would succeed.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::prune_grants(consents.len() as u32))]
		#[pallet::feeless_if(
			|origin: &OriginFor<T>,
			 patient: &T::AccountId,
			 consents: &BoundedVec<ConsentId, T::MaxPageSize>| -> bool {
				ensure_signed(origin.clone()).is_ok_and(|by| {
					Pallet::<T>::acts_for(&by, patient) &&
						Pallet::<T>::check_prune_grants(patient, consents).is_ok()
				})
			}
		)]
		pub fn prune_grants(
			origin: OriginFor<T>,
			patient: T::AccountId,
			consents: BoundedVec<ConsentId, T::MaxPageSize>,
		) -> DispatchResult {
			ensure_signed(origin)?;
			Self::do_prune_grants(patient, consents)
		}
	}

	impl<T: Config> Pallet<T> {
		/// The onboarding deposit's footprint: one [`Onboarded`] record.
		pub(crate) fn onboarding_footprint() -> Footprint {
			Footprint::from_mel::<(T::AccountId, OnboardingRecordOf<T>)>()
		}
	}
}
