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

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	#[pallet::pallet]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The consortium registry: which organisation, of which kind, an account acts for.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// The chain's clock, in milliseconds since the Unix epoch (`pallet-timestamp`).
		/// Consent periods and break-glass deadlines are measured against it.
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The most grants a patient's live list holds. Every consent check reads that list
		/// (one storage value) and walks it, so this bounds its cost and its proof size.
		/// Ended grants leave the list when a new grant needs room. At least 1.
		#[pallet::constant]
		type MaxGrantsPerPatient: Get<u32>;

		/// The most record categories one grant may list. At least 1.
		#[pallet::constant]
		type MaxCategoriesPerGrant: Get<u32>;

		/// The most delegates (guardians, custodians) a patient may name. At least 1.
		#[pallet::constant]
		type MaxDelegates: Get<u32>;

		/// The most entries a patient's access log holds; a read that would log one more is
		/// refused ([`ConsentError::AccessLogFull`]).
		#[pallet::constant]
		type MaxAccessLogEntries: Get<u32>;

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
	/// Consent checks do not read it: they read [`LiveGrants`].
	#[pallet::storage]
	pub type Grants<T: Config> = StorageMap<_, Twox64Concat, ConsentId, ConsentGrantOf<T>>;

	/// Each patient's live grants, in grant order: for each, what a consent check needs (its
	/// id, terms and whether it is revoked), so that a check reads this one value and no
	/// [`Grants`] record. Each entry mirrors its grant's record in [`Grants`]. Revoked and
	/// expired grants stay (so that a refusal can say why) until a new grant needs their room.
	#[pallet::storage]
	pub type LiveGrants<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, LiveGrantsOf<T>, ValueQuery>;

	/// How many grants each patient has ever received: the length of its
	/// [`PatientGrantAt`] list.
	#[pallet::storage]
	pub type PatientGrantCount<T: Config> =
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

	/// How many entries each patient's access log holds.
	#[pallet::storage]
	pub type AccessLogCount<T: Config> =
		StorageMap<_, Blake2_128Concat, T::AccountId, u32, ValueQuery>;

	/// Each patient's access log, by index (0 is the oldest read).
	#[pallet::storage]
	pub type AccessLog<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, T::AccountId, Twox64Concat, u32, AccessLogEntryOf<T>>;

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
		/// A read of a patient's records was permitted and logged.
		AccessRecorded {
			/// The patient.
			patient: T::AccountId,
			/// Who read.
			accessor: T::AccountId,
			/// The grant or break-glass case that permitted it.
			basis: AccessBasis,
			/// The record read, when one was named.
			record: Option<RecordId>,
			/// The entry's index in the patient's access log.
			index: u32,
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
		/// An id or counter would overflow.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxGrantsPerPatient::get() >= 1, "MaxGrantsPerPatient must be at least 1");
			assert!(
				T::MaxCategoriesPerGrant::get() >= 1,
				"MaxCategoriesPerGrant must be at least 1"
			);
			assert!(T::MaxDelegates::get() >= 1, "MaxDelegates must be at least 1");
			assert!(T::MaxPageSize::get() >= 1, "MaxPageSize must be at least 1");
			assert!(!T::FeelessPeriod::get().is_zero(), "FeelessPeriod must be at least 1 block");
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
		/// the allowance.
		///
		/// Origin: signed by an admin or practitioner of an active hospital, clinic,
		/// laboratory or pharmacy (who pays the fee).
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

		/// Records the review of break-glass case `case`: whether the access was `justified`,
		/// and the hash of the off-chain report. An unjustified finding ends the access at
		/// once.
		///
		/// Origin: signed by an auditor of an active regulator.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::review_break_glass())]
		pub fn review_break_glass(
			origin: OriginFor<T>,
			case: BreakGlassId,
			justified: bool,
			finding_hash: H256,
		) -> DispatchResult {
			let reviewer = ensure_signed(origin)?;
			Self::do_review_break_glass(reviewer, case, justified, finding_hash)
		}
	}
}
