//! Consent's logic: the `do_*` functions behind the calls (each first runs a `check_*` that
//! reads and validates everything, so a refused call leaves no trace), the
//! [`ConsentProvider`] answers other pallets rely on, the feeless allowance, and the reads
//! behind the runtime API.

use crate::{
	AccessBasis, AccessLog, AccessLogEntry, AccessLogEntryOf, AccessLogHead, AccessLogHeads,
	AccessRequest, AwaitingReview, BreakGlassCase, BreakGlassCaseOf, BreakGlassCases, BreakGlassId,
	BreakGlassReview, CasesOfOrganization, CategoryScope, Config, ConsentAction, ConsentError,
	ConsentGrant, ConsentGrantOf, ConsentId, ConsentPageOf, ConsentProvider, ConsentStatus,
	ConsentTermsOf, DelegateKind, DelegateOf, Delegates, EmergencyReason, Error, Event,
	FeelessUsage, Grantee, Grants, LiveAccountGrants, LiveGrantOf, LiveGrantsOf,
	LiveOrganizationGrants, MemberRole, Membership, Moment, NextBreakGlassId, NextConsentId,
	Onboarded, OnboardingRecord, OnboardingRecordOf, OpenBreakGlass, OpenCasesOfOrganization,
	OpenCasesOfPractitioner, OrgId, OrganizationKind, OrganizationRegistry, Pallet, PatientGrantAt,
	PatientGrantCount, PeriodUsage, PurposeOfUse, ReadRate, RecordId, RegistryError,
	StoredGrantCount, TrialProtocol,
};
#[cfg(feature = "runtime-benchmarks")]
use crate::{ConsentActions, ConsentTerms};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{Consideration, Get, Time},
	BoundedVec,
};
use frame_system::{
	ensure_signed,
	pallet_prelude::{BlockNumberFor, OriginFor},
};
use sp_core::H256;
use sp_runtime::{
	traits::{CheckedDiv, Zero},
	DispatchError, DispatchResult,
};

/// The organisations whose practitioners may break the glass: those that give emergency care.
const EMERGENCY_PROVIDERS: &[OrganizationKind] =
	&[OrganizationKind::Hospital, OrganizationKind::Clinic];

/// The organisations whose admins and practitioners onboard (and off-board) patients.
const CARE_ORGANIZATIONS: &[OrganizationKind] = &[
	OrganizationKind::Hospital,
	OrganizationKind::Clinic,
	OrganizationKind::Laboratory,
	OrganizationKind::Pharmacy,
];

/// The roles that onboard (and off-board) patients.
const ONBOARDING_ROLES: &[MemberRole] = &[MemberRole::Admin, MemberRole::Practitioner];

/// A list of break-glass cases that may still be open, with when each ends.
type OpenCases<Bound> = BoundedVec<(BreakGlassId, Moment), Bound>;

/// A patient's delegates, as stored.
type DelegatesOf<T> =
	BoundedVec<(<T as frame_system::Config>::AccountId, DelegateKind), <T as Config>::MaxDelegates>;

/// What a `grant` writes, worked out and checked before anything is written.
pub(crate) struct GrantPlan<T: Config> {
	/// The new grant's id.
	consent: ConsentId,
	/// The id after it.
	next_consent: ConsentId,
	/// The grant's index in the patient's history.
	index: u32,
	/// The patient's grant count after it.
	next_index: u32,
	/// The patient's count of stored grants after it.
	stored: u32,
	/// The grant.
	grant: ConsentGrantOf<T>,
	/// The patient's live list for the grantee, pruned if it had to be, with the new grant's
	/// entry.
	live: LiveGrantsOf<T>,
}

/// A grant [`Pallet::check_prune_grants`] found prunable: its id, its place in the patient's
/// history, and its grantee (whose live list may still hold it).
pub(crate) type PrunedGrant<T> = (ConsentId, u32, Grantee<<T as frame_system::Config>::AccountId>);

impl<T: Config> Pallet<T> {
	/// Grants `terms` on `patient`'s records, signed by `by` (the patient or one of the
	/// patient's delegates), and returns the new grant's id. If the patient's live list for
	/// the grantee is full, the grants in it that have ended (revoked or expired) leave it
	/// first.
	///
	/// # Errors
	///
	/// - [`Error::NotPatientOrDelegate`] if `by` neither is `patient` nor one of its delegates;
	/// - [`Error::NoActions`] if the terms allow neither read nor write;
	/// - [`Error::NoCategories`] if they list no category;
	/// - [`Error::DuplicateCategory`] if they list a category twice;
	/// - [`Error::InvalidPeriod`] if `valid_until` is not after the start;
	/// - [`Error::PeriodAlreadyEnded`] if `valid_until` is not in the future;
	/// - [`Error::UnknownOrganization`] if the grantee organisation does not exist;
	/// - [`Error::CannotGrantToSelf`] if the grantee account is the patient;
	/// - [`Error::DelegateCannotGrantToSelf`] if `by` is a delegate granting to itself or to
	///   an organisation it acts for;
	/// - [`Error::TooManyGrants`] if the live list for the grantee stays full after pruning;
	/// - [`Error::Overflow`] if the consent ids or the patient's grant count are exhausted.
	pub fn do_grant(
		by: T::AccountId,
		patient: T::AccountId,
		terms: ConsentTermsOf<T>,
	) -> Result<ConsentId, DispatchError> {
		let GrantPlan { consent, next_consent, index, next_index, stored, grant, live } =
			Self::check_grant(&by, &patient, &terms)?;

		let grantee = grant.grantee.clone();
		NextConsentId::<T>::put(next_consent);
		Grants::<T>::insert(consent, grant);
		Self::put_live_list(&patient, &grantee, live);
		PatientGrantAt::<T>::insert(&patient, index, consent);
		PatientGrantCount::<T>::insert(&patient, next_index);
		StoredGrantCount::<T>::insert(&patient, stored);
		Self::count_consent_call(&by);
		Self::deposit_event(Event::ConsentGranted { consent, patient, grantee, by });
		Ok(consent)
	}

	/// Revokes grant `consent` on behalf of `by` (its patient or one of the patient's
	/// delegates). From now on the grant permits nothing: its record in [`Grants`] and its
	/// entry in the patient's live list (if it is still there) both say so.
	///
	/// # Errors
	///
	/// - [`Error::UnknownConsent`] if no grant has this id;
	/// - [`Error::NotPatientOrDelegate`] if `by` neither is its patient nor a delegate;
	/// - [`Error::AlreadyRevoked`] if it is already revoked.
	pub fn do_revoke(by: T::AccountId, consent: ConsentId) -> DispatchResult {
		let mut grant = Self::check_revoke(&by, consent)?;

		let patient = grant.patient.clone();
		let mut live = Self::live_list(&patient, &grant.grantee);
		let mut in_live_list = false;
		for entry in live.iter_mut().filter(|entry| entry.id == consent) {
			entry.revoked = true;
			in_live_list = true;
		}
		if in_live_list {
			Self::put_live_list(&patient, &grant.grantee, live);
		}
		grant.status = ConsentStatus::Revoked;
		grant.revoked_at = Some(Self::now());
		grant.revoked_by = Some(by.clone());
		Grants::<T>::insert(consent, grant);
		Self::count_consent_call(&by);
		Self::deposit_event(Event::ConsentRevoked { consent, patient, by });
		Ok(())
	}

	/// Names `delegate` a delegate of `patient`, of `kind`.
	///
	/// # Errors
	///
	/// - [`Error::CannotDelegateToSelf`] if `delegate` is `patient`;
	/// - [`Error::AlreadyDelegate`] if it already is a delegate of `patient`;
	/// - [`Error::TooManyDelegates`] if `patient` has `MaxDelegates` delegates.
	pub fn do_add_delegate(
		patient: T::AccountId,
		delegate: T::AccountId,
		kind: DelegateKind,
	) -> DispatchResult {
		let delegates = Self::check_add_delegate(&patient, &delegate, kind)?;

		Delegates::<T>::insert(&patient, delegates);
		DelegateOf::<T>::insert(&delegate, &patient, kind);
		Self::count_consent_call(&patient);
		Self::deposit_event(Event::DelegateAdded { patient, delegate, kind });
		Ok(())
	}

	/// Ends `delegate`'s delegation for `patient`, at the request of `by` (either of them).
	///
	/// # Errors
	///
	/// - [`Error::NotPatientOrDelegate`] if `by` is neither `patient` nor `delegate`;
	/// - [`Error::NotADelegate`] if `delegate` is not a delegate of `patient`.
	pub fn do_remove_delegate(
		by: T::AccountId,
		patient: T::AccountId,
		delegate: T::AccountId,
	) -> DispatchResult {
		let delegates = Self::check_remove_delegate(&by, &patient, &delegate)?;

		if delegates.is_empty() {
			Delegates::<T>::remove(&patient);
		} else {
			Delegates::<T>::insert(&patient, delegates);
		}
		DelegateOf::<T>::remove(&delegate, &patient);
		Self::count_consent_call(&by);
		Self::deposit_event(Event::DelegateRemoved { patient, delegate, by });
		Ok(())
	}

	/// Onboards `patient` on behalf of `by`, a member of a care organisation: records it and
	/// gives the account a provider reference, so that it exists (and its nonce is kept)
	/// without holding tokens. The onboarding deposit is held from `by` until the patient is
	/// off-boarded ([`Self::do_offboard_patient`]).
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`] if `by` belongs to no organisation;
	/// - [`Error::OrganizationSuspended`] if its organisation is suspended;
	/// - [`Error::NotACareOrganization`] if that is not a hospital, clinic, laboratory or
	///   pharmacy;
	/// - [`Error::NotPermittedToOnboard`] if `by` is neither an admin nor a practitioner;
	/// - [`Error::AlreadyOnboarded`] if `patient` is already onboarded;
	/// - the balances pallet's error if `by` cannot pay the deposit.
	pub fn do_onboard_patient(by: T::AccountId, patient: T::AccountId) -> DispatchResult {
		let membership = Self::acting_as(
			&by,
			CARE_ORGANIZATIONS,
			ONBOARDING_ROLES,
			Error::<T>::NotACareOrganization,
			Error::<T>::NotPermittedToOnboard,
		)?;
		ensure!(!Onboarded::<T>::contains_key(&patient), Error::<T>::AlreadyOnboarded);

		// Taking the deposit is the first write: if it fails, nothing else happened.
		let deposit = T::OnboardingDeposit::new(&by, Self::onboarding_footprint())?;
		let at = frame_system::Pallet::<T>::block_number();
		let record = OnboardingRecord { org: membership.org, at, depositor: by.clone(), deposit };
		Onboarded::<T>::insert(&patient, record);
		frame_system::Pallet::<T>::inc_providers(&patient);
		Self::deposit_event(Event::PatientOnboarded { patient, org: membership.org, by });
		Ok(())
	}

	/// Off-boards `patient` on behalf of `by` (the patient, or an admin or practitioner of
	/// the onboarding organisation): the onboarding record and the feeless usage go, the
	/// provider reference onboarding gave is released and the deposit returns to its payer.
	///
	/// # Errors
	///
	/// - [`Error::NotOnboarded`] if `patient` is not onboarded;
	/// - [`Error::NotPermittedToOffboard`] if `by` is neither the patient nor an admin or
	///   practitioner of the onboarding organisation;
	/// - [`Error::CannotReleaseAccount`] if the patient's account still depends on that
	///   provider reference (it has consumers and no other provider);
	/// - [`Error::PatientWouldLoseItsAccount`] if `by` is not the patient and the reference is
	///   the account's only one.
	pub fn do_offboard_patient(by: T::AccountId, patient: T::AccountId) -> DispatchResult {
		let record = Self::check_offboard(&by, &patient)?;

		record.deposit.drop(&record.depositor)?;
		frame_system::Pallet::<T>::dec_providers(&patient)
			.map_err(|_| Error::<T>::CannotReleaseAccount)?;
		Onboarded::<T>::remove(&patient);
		FeelessUsage::<T>::remove(&patient);
		Self::deposit_event(Event::PatientOffboarded { patient, by });
		Ok(())
	}

	/// Everything [`Self::do_offboard_patient`] checks; returns the onboarding record.
	/// Writes nothing.
	pub(crate) fn check_offboard(
		by: &T::AccountId,
		patient: &T::AccountId,
	) -> Result<OnboardingRecordOf<T>, DispatchError> {
		let record = Onboarded::<T>::get(patient).ok_or(Error::<T>::NotOnboarded)?;
		let providers = frame_system::Pallet::<T>::providers(patient);
		if by != patient {
			let membership =
				T::Registry::ensure_acting_as(by, CARE_ORGANIZATIONS, ONBOARDING_ROLES)
					.map_err(|_| Error::<T>::NotPermittedToOffboard)?;
			ensure!(membership.org == record.org, Error::<T>::NotPermittedToOffboard);
			// A tokenless patient's onboarding reference is its account: releasing it would
			// leave the patient unable to sign anything (to revoke that organisation's grant,
			// say). Only the patient may give it up.
			ensure!(providers > 1, Error::<T>::PatientWouldLoseItsAccount);
		}
		let consumers = frame_system::Pallet::<T>::consumers(patient);
		ensure!(providers > 1 || consumers == 0, Error::<T>::CannotReleaseAccount);
		Ok(record)
	}

	/// Removes `consents`, grants of `patient` that ended at least `GrantRetention` ago:
	/// their records, their places in the history and their live-list entries.
	///
	/// # Errors
	///
	/// - [`Error::NothingToPrune`] if `consents` is empty;
	/// - [`Error::UnknownConsent`] if one of them does not exist (already pruned, say), or is
	///   named twice;
	/// - [`Error::NotThePatientsGrant`] if one is another patient's;
	/// - [`Error::GrantStillRetained`] if one is in force, or ended too recently.
	pub fn do_prune_grants(
		patient: T::AccountId,
		consents: BoundedVec<ConsentId, T::MaxPageSize>,
	) -> DispatchResult {
		let pruned = Self::check_prune_grants(&patient, &consents)?;

		for (consent, index, grantee) in &pruned {
			let mut live = Self::live_list(&patient, grantee);
			let live_before = live.len();
			live.retain(|entry| entry.id != *consent);
			if live.len() != live_before {
				Self::put_live_list(&patient, grantee, live);
			}
			Grants::<T>::remove(consent);
			PatientGrantAt::<T>::remove(&patient, index);
		}
		let count = u32::try_from(pruned.len()).unwrap_or(u32::MAX);
		StoredGrantCount::<T>::mutate(&patient, |stored| *stored = stored.saturating_sub(count));
		Self::deposit_event(Event::GrantsPruned { patient, count });
		Ok(())
	}

	/// Everything [`Self::do_prune_grants`] checks; returns each grant's id, place in the
	/// history and grantee. Writes nothing.
	pub(crate) fn check_prune_grants(
		patient: &T::AccountId,
		consents: &[ConsentId],
	) -> Result<Vec<PrunedGrant<T>>, DispatchError> {
		ensure!(!consents.is_empty(), Error::<T>::NothingToPrune);
		let now = Self::now();
		let retention = T::GrantRetention::get();
		let mut pruned: Vec<PrunedGrant<T>> = Vec::with_capacity(consents.len());
		for consent in consents.iter().copied() {
			ensure!(
				!pruned.iter().any(|(named, _, _)| *named == consent),
				Error::<T>::UnknownConsent
			);
			let grant = Grants::<T>::get(consent).ok_or(Error::<T>::UnknownConsent)?;
			ensure!(grant.patient == *patient, Error::<T>::NotThePatientsGrant);
			let ended_at = grant.ended_at(now).ok_or(Error::<T>::GrantStillRetained)?;
			ensure!(ended_at.saturating_add(retention) <= now, Error::<T>::GrantStillRetained);
			pruned.push((consent, grant.index, grant.grantee));
		}
		Ok(pruned)
	}

	/// Whether `patient` keeps few enough grants in storage for its next grant to be free:
	/// fewer than `MaxFeelessStoredGrants`.
	pub fn has_feeless_room(patient: &T::AccountId) -> bool {
		StoredGrantCount::<T>::get(patient) < T::MaxFeelessStoredGrants::get()
	}

	/// Opens a break-glass case: `accessor`, a practitioner of a hospital or clinic, may read
	/// `patient`'s records for [`PurposeOfUse::Emergency`] until `BreakGlassDuration` has
	/// passed. Returns the case id.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`] if `accessor` belongs to no organisation;
	/// - [`Error::OrganizationSuspended`] if its organisation is suspended;
	/// - [`Error::NotAnEmergencyProvider`] if that is not a hospital or clinic;
	/// - [`Error::NotAPractitioner`] if `accessor` is not a practitioner;
	/// - [`Error::CannotBreakGlassForSelf`] if `accessor` is `patient`;
	/// - [`Error::BreakGlassAlreadyOpen`] if `accessor` already has open emergency access to
	///   `patient`;
	/// - [`Error::TooManyOpenCases`] if `accessor` has `MaxOpenCasesPerPractitioner` cases
	///   open;
	/// - [`Error::OrganizationHasTooManyOpenCases`] if its organisation has
	///   `MaxOpenCasesPerOrganization` cases open;
	/// - [`Error::Overflow`] if the case ids are exhausted or a deadline overflows.
	pub fn do_break_glass(
		accessor: T::AccountId,
		patient: T::AccountId,
		reason: EmergencyReason,
	) -> Result<BreakGlassId, DispatchError> {
		let membership = Self::acting_as(
			&accessor,
			EMERGENCY_PROVIDERS,
			&[MemberRole::Practitioner],
			Error::<T>::NotAnEmergencyProvider,
			Error::<T>::NotAPractitioner,
		)?;
		ensure!(accessor != patient, Error::<T>::CannotBreakGlassForSelf);
		let now = Self::now();
		ensure!(
			Self::open_case(&patient, &accessor, now).is_none(),
			Error::<T>::BreakGlassAlreadyOpen
		);
		let expires_at =
			now.checked_add(T::BreakGlassDuration::get()).ok_or(Error::<T>::Overflow)?;
		let review_due =
			now.checked_add(T::BreakGlassReviewPeriod::get()).ok_or(Error::<T>::Overflow)?;
		let case = NextBreakGlassId::<T>::get();
		let next_case = case.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let org = membership.org;
		let practitioner_cases = Self::with_open_case(
			OpenCasesOfPractitioner::<T>::get(&accessor),
			(case, expires_at),
			now,
		)
		.ok_or(Error::<T>::TooManyOpenCases)?;
		let organization_cases =
			Self::with_open_case(OpenCasesOfOrganization::<T>::get(org), (case, expires_at), now)
				.ok_or(Error::<T>::OrganizationHasTooManyOpenCases)?;

		NextBreakGlassId::<T>::put(next_case);
		BreakGlassCases::<T>::insert(
			case,
			BreakGlassCase {
				patient: patient.clone(),
				accessor: accessor.clone(),
				org,
				role: membership.role,
				reason,
				opened_at: now,
				expires_at,
				review_due,
				review: None,
			},
		);
		OpenBreakGlass::<T>::insert(&patient, &accessor, case);
		OpenCasesOfPractitioner::<T>::insert(&accessor, practitioner_cases);
		OpenCasesOfOrganization::<T>::insert(org, organization_cases);
		CasesOfOrganization::<T>::insert(org, case, ());
		AwaitingReview::<T>::insert(case, ());
		Self::deposit_event(Event::BreakGlassOpened {
			case,
			patient,
			accessor,
			org,
			reason,
			expires_at,
		});
		Ok(case)
	}

	/// Records `reviewer`'s review of break-glass case `case`. The case leaves the review
	/// queue. If the access was not `justified`, or has already expired, the case stops
	/// being the pair's open case: an unjustified access ends at once.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`] if `reviewer` belongs to no organisation;
	/// - [`Error::OrganizationSuspended`] if its organisation is suspended;
	/// - [`Error::NotARegulator`] if that is not a regulator;
	/// - [`Error::NotAnAuditor`] if `reviewer` is not an auditor;
	/// - [`Error::UnknownBreakGlassCase`] if no case has this id;
	/// - [`Error::AlreadyReviewed`] if the case is already reviewed.
	pub fn do_review_break_glass(
		reviewer: T::AccountId,
		case: BreakGlassId,
		justified: bool,
		finding_hash: H256,
	) -> DispatchResult {
		let membership = Self::acting_as(
			&reviewer,
			&[OrganizationKind::Regulator],
			&[MemberRole::Auditor],
			Error::<T>::NotARegulator,
			Error::<T>::NotAnAuditor,
		)?;
		let mut record =
			BreakGlassCases::<T>::get(case).ok_or(Error::<T>::UnknownBreakGlassCase)?;
		ensure!(record.review.is_none(), Error::<T>::AlreadyReviewed);
		let now = Self::now();

		let closes_access = !justified || !record.is_open_at(now);
		let is_pairs_open_case =
			OpenBreakGlass::<T>::get(&record.patient, &record.accessor) == Some(case);
		if closes_access && is_pairs_open_case {
			OpenBreakGlass::<T>::remove(&record.patient, &record.accessor);
		}
		if closes_access {
			OpenCasesOfPractitioner::<T>::mutate(&record.accessor, |cases| {
				cases.retain(|(open, _)| *open != case)
			});
			OpenCasesOfOrganization::<T>::mutate(record.org, |cases| {
				cases.retain(|(open, _)| *open != case)
			});
		}
		record.review = Some(BreakGlassReview {
			reviewer: reviewer.clone(),
			org: membership.org,
			justified,
			finding_hash,
			at: now,
		});
		BreakGlassCases::<T>::insert(case, record);
		AwaitingReview::<T>::remove(case);
		Self::deposit_event(Event::BreakGlassReviewed { case, reviewer, justified });
		Ok(())
	}

	/// Everything [`Self::do_grant`] checks, and what it will write; writes nothing.
	pub(crate) fn check_grant(
		by: &T::AccountId,
		patient: &T::AccountId,
		terms: &ConsentTermsOf<T>,
	) -> Result<GrantPlan<T>, DispatchError> {
		ensure!(Self::acts_for(by, patient), Error::<T>::NotPatientOrDelegate);
		ensure!(terms.actions.any(), Error::<T>::NoActions);
		if let CategoryScope::Only(categories) = &terms.categories {
			ensure!(!categories.is_empty(), Error::<T>::NoCategories);
		}
		ensure!(!terms.categories.has_duplicates(), Error::<T>::DuplicateCategory);
		let now = Self::now();
		let valid_from = terms.valid_from.unwrap_or(now);
		if let Some(valid_until) = terms.valid_until {
			ensure!(valid_until > valid_from, Error::<T>::InvalidPeriod);
			ensure!(valid_until > now, Error::<T>::PeriodAlreadyEnded);
		}
		if let Grantee::Organization(org) = &terms.grantee {
			ensure!(
				T::Registry::organization_status(*org).is_some(),
				Error::<T>::UnknownOrganization
			);
		}
		if let Grantee::Account(account) = &terms.grantee {
			ensure!(account != patient, Error::<T>::CannotGrantToSelf);
		}
		if by != patient {
			ensure!(
				!Self::grants_to_itself(by, &terms.grantee),
				Error::<T>::DelegateCannotGrantToSelf
			);
		}
		let consent = NextConsentId::<T>::get();
		let grant = ConsentGrant {
			patient: patient.clone(),
			granted_by: by.clone(),
			grantee: terms.grantee.clone(),
			actions: terms.actions,
			categories: terms.categories.clone(),
			purpose: terms.purpose,
			valid_from,
			valid_until: terms.valid_until,
			status: ConsentStatus::Active,
			created_at: now,
			created_block: frame_system::Pallet::<T>::block_number(),
			revoked_at: None,
			revoked_by: None,
			index: PatientGrantCount::<T>::get(patient),
		};
		let mut live = Self::live_list(patient, &terms.grantee);
		if live.is_full() {
			live.retain(|entry| !entry.has_ended_at(now));
		}
		live.try_push(grant.live_grant(consent)).map_err(|_| Error::<T>::TooManyGrants)?;
		let next_consent = consent.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let index = grant.index;
		let next_index = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let stored =
			StoredGrantCount::<T>::get(patient).checked_add(1).ok_or(Error::<T>::Overflow)?;

		Ok(GrantPlan { consent, next_consent, index, next_index, stored, grant, live })
	}

	/// Everything [`Self::do_revoke`] checks; returns the grant. Writes nothing.
	pub(crate) fn check_revoke(
		by: &T::AccountId,
		consent: ConsentId,
	) -> Result<ConsentGrantOf<T>, DispatchError> {
		let grant = Grants::<T>::get(consent).ok_or(Error::<T>::UnknownConsent)?;
		ensure!(Self::acts_for(by, &grant.patient), Error::<T>::NotPatientOrDelegate);
		ensure!(grant.status != ConsentStatus::Revoked, Error::<T>::AlreadyRevoked);
		Ok(grant)
	}

	/// Everything [`Self::do_add_delegate`] checks; returns the patient's delegates with the
	/// new one. Writes nothing.
	pub(crate) fn check_add_delegate(
		patient: &T::AccountId,
		delegate: &T::AccountId,
		kind: DelegateKind,
	) -> Result<DelegatesOf<T>, DispatchError> {
		ensure!(delegate != patient, Error::<T>::CannotDelegateToSelf);
		ensure!(!DelegateOf::<T>::contains_key(delegate, patient), Error::<T>::AlreadyDelegate);
		let mut delegates = Delegates::<T>::get(patient);
		delegates.try_push((delegate.clone(), kind)).map_err(|_| Error::<T>::TooManyDelegates)?;
		Ok(delegates)
	}

	/// Everything [`Self::do_remove_delegate`] checks; returns the patient's delegates
	/// without `delegate`. Writes nothing.
	pub(crate) fn check_remove_delegate(
		by: &T::AccountId,
		patient: &T::AccountId,
		delegate: &T::AccountId,
	) -> Result<DelegatesOf<T>, DispatchError> {
		ensure!(by == patient || by == delegate, Error::<T>::NotPatientOrDelegate);
		ensure!(DelegateOf::<T>::contains_key(delegate, patient), Error::<T>::NotADelegate);
		let mut delegates = Delegates::<T>::get(patient);
		delegates.retain(|(named, _kind)| named != delegate);
		Ok(delegates)
	}

	/// Whether a consent call signed by `origin` is free: `origin` is signed by an account
	/// with feeless allowance left in this period.
	///
	/// The calls' `feeless_if` conditions use [`Self::feeless_if_valid`], which also requires
	/// the call to pass its checks.
	pub fn is_feeless(origin: &OriginFor<T>) -> bool {
		ensure_signed(origin.clone()).is_ok_and(|who| Self::has_feeless_allowance(&who))
	}

	/// Whether a consent call signed by `origin` is free: [`Self::is_feeless`], and `check`
	/// (the call's own checks, which write nothing) passes for the signer.
	///
	/// Requiring the call to succeed matters: a failed call's writes are rolled back, its
	/// use of the allowance with them, so a free call that fails would be free spam.
	pub fn feeless_if_valid<R>(
		origin: &OriginFor<T>,
		check: impl FnOnce(T::AccountId) -> Result<R, DispatchError>,
	) -> bool {
		match ensure_signed(origin.clone()) {
			Ok(who) => Self::has_feeless_allowance(&who) && check(who).is_ok(),
			Err(_) => false,
		}
	}

	/// Whether `who` is onboarded and has made fewer than `FeelessCallsPerPeriod` consent
	/// calls in the current feeless period.
	pub fn has_feeless_allowance(who: &T::AccountId) -> bool {
		Onboarded::<T>::contains_key(who)
			&& Self::feeless_calls_used(who) < T::FeelessCallsPerPeriod::get()
	}

	/// One page of `patient`'s grants, newest first, each with its status at the current
	/// time: those still stored among the `limit` (capped at `MaxPageSize`) indexes below
	/// `before` (below the patient's grant count when `None`), and the `before` of the next
	/// page (`None`: the listing is over). Pruned grants leave gaps, so a page may hold fewer
	/// than `limit` grants, or none, before the listing ends; it never reads more than
	/// `limit` indexes. Each item is `(index, consent id, grant)`; pass the returned next
	/// `before` for the next page, until it is `None`.
	pub fn consents(patient: &T::AccountId, before: Option<u32>, limit: u32) -> ConsentPageOf<T> {
		let now = Self::now();
		let end = Self::page_end(PatientGrantCount::<T>::get(patient), before);
		let start = end.saturating_sub(limit.min(T::MaxPageSize::get()));
		let grants = (start..end)
			.rev()
			.filter_map(|index| {
				let consent = PatientGrantAt::<T>::get(patient, index)?;
				let mut grant = Grants::<T>::get(consent)?;
				grant.status = grant.status_at(now);
				Some((index, consent, grant))
			})
			.collect();
		(grants, (start > 0).then_some(start))
	}

	/// Whether `request` is permitted now, and by which grant or break-glass case; the same
	/// answer as [`ConsentProvider::permission`]. Records nothing.
	///
	/// # Errors
	///
	/// As for [`ConsentProvider::permission`].
	pub fn check_access(
		request: &AccessRequest<T::AccountId>,
	) -> Result<AccessBasis, ConsentError> {
		Self::permission_at(request, Self::now())
	}

	/// One page of `patient`'s access log, newest first: at most `limit` (capped at
	/// `MaxPageSize`) of the entries still on chain with an index below `before` (all when
	/// `None`). Pass the last index as `before` for the next page. An empty page ends the
	/// listing; entries older than the newest `MaxAccessLogEntries` are in the chain's
	/// events, accountable through [`Self::access_log_head`].
	pub fn access_log(
		patient: &T::AccountId,
		before: Option<u64>,
		limit: u32,
	) -> Vec<(u64, AccessLogEntryOf<T>)> {
		let head = AccessLogHeads::<T>::get(patient);
		let end = before.map_or(head.entry_count, |before| before.min(head.entry_count));
		(head.oldest_kept(T::MaxAccessLogEntries::get())..end)
			.rev()
			.take(Self::page_size(limit))
			.filter_map(|index| {
				AccessLog::<T>::get(patient, Self::log_slot(index)).map(|entry| (index, entry))
			})
			.collect()
	}

	/// How many entries `patient`'s access log has ever had, and the hash chain's head over
	/// all of them.
	pub fn access_log_head(patient: &T::AccountId) -> AccessLogHead {
		AccessLogHeads::<T>::get(patient)
	}

	/// One page of the break-glass cases opened by practitioners of `org`, reviewed or not:
	/// at most `limit` (capped at `MaxPageSize`), after case `start_after` (the last id of
	/// the previous page), each with whether it is overdue now. Storage order; an empty page
	/// ends the listing.
	pub fn break_glass_cases_of(
		org: OrgId,
		start_after: Option<BreakGlassId>,
		limit: u32,
	) -> Vec<(BreakGlassId, BreakGlassCaseOf<T>, bool)> {
		let now = Self::now();
		let cases = match start_after {
			Some(cursor) => CasesOfOrganization::<T>::iter_key_prefix_from(
				org,
				CasesOfOrganization::<T>::hashed_key_for(org, cursor),
			),
			None => CasesOfOrganization::<T>::iter_key_prefix(org),
		};
		cases
			.take(Self::page_size(limit))
			.filter_map(|case| {
				BreakGlassCases::<T>::get(case).map(|record| {
					let overdue = record.is_overdue_at(now);
					(case, record, overdue)
				})
			})
			.collect()
	}

	/// One page of the break-glass cases awaiting review: at most `limit` (capped at
	/// `MaxPageSize`), after case `start_after` (the last id of the previous page), each with
	/// whether it is overdue now. Storage order, stable while the queue does not change; an
	/// empty page ends the listing.
	pub fn break_glass_awaiting_review(
		start_after: Option<BreakGlassId>,
		limit: u32,
	) -> Vec<(BreakGlassId, BreakGlassCaseOf<T>, bool)> {
		let now = Self::now();
		let cases = match start_after {
			Some(cursor) => AwaitingReview::<T>::iter_keys_from_key(cursor),
			None => AwaitingReview::<T>::iter_keys(),
		};
		cases
			.take(Self::page_size(limit))
			.filter_map(|case| {
				BreakGlassCases::<T>::get(case).map(|record| {
					let overdue = record.is_overdue_at(now);
					(case, record, overdue)
				})
			})
			.collect()
	}

	/// The delegates `patient` named, in the order they were named.
	pub fn delegates(patient: &T::AccountId) -> Vec<(T::AccountId, DelegateKind)> {
		Delegates::<T>::get(patient).into_inner()
	}

	/// Checks consent's invariants:
	///
	/// - every entry of a [`LiveAccountGrants`] or [`LiveOrganizationGrants`] list is a grant
	///   of that patient to that grantee, below [`NextConsentId`], listed once, whose record in
	///   [`Grants`] has the same terms, and is revoked exactly when the record says so; no
	///   stored list is empty, and every grant that has not ended is in its grantee's list;
	/// - [`Delegates`] and [`DelegateOf`] hold the same delegations;
	/// - a break-glass case awaits review ([`AwaitingReview`]) exactly when it exists and is
	///   unreviewed.
	///
	/// Always compiled, not only under `try-runtime`: the `try_state` hook calls it, and so
	/// do the unit tests and the runtime's call-sequence fuzzer (`runtime/tests/fuzz.rs`),
	/// after every block it applies.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_consent = NextConsentId::<T>::get();
		let account_lists = LiveAccountGrants::<T>::iter()
			.map(|(patient, account, live)| (patient, Grantee::Account(account), live));
		let organization_lists = LiveOrganizationGrants::<T>::iter()
			.map(|(patient, org, live)| (patient, Grantee::Organization(org), live));
		for (patient, grantee, live) in account_lists.chain(organization_lists) {
			ensure!(!live.is_empty(), "an empty live list is stored");
			for (position, entry) in live.iter().enumerate() {
				ensure!(entry.grantee == grantee, "a live grant is in another grantee's list");
				ensure!(entry.id < next_consent, "a live grant's id is not below NextConsentId");
				ensure!(
					live.iter().skip(position.saturating_add(1)).all(|other| other.id != entry.id),
					"a grant is in its patient's live list twice"
				);
				let grant = Grants::<T>::get(entry.id).ok_or("a live grant does not exist")?;
				ensure!(grant.patient == patient, "a live grant belongs to another patient");
				ensure!(
					entry.revoked == (grant.status == ConsentStatus::Revoked),
					"a live grant's revoked flag disagrees with its Grants record"
				);
				ensure!(
					*entry == grant.live_grant(entry.id),
					"a live grant's terms differ from its Grants record"
				);
			}
		}
		for (patient, delegates) in Delegates::<T>::iter() {
			for (delegate, kind) in delegates.iter() {
				ensure!(
					DelegateOf::<T>::get(delegate, &patient) == Some(*kind),
					"a Delegates entry has no matching DelegateOf entry"
				);
			}
		}
		for (delegate, patient, kind) in DelegateOf::<T>::iter() {
			ensure!(
				Delegates::<T>::get(&patient).contains(&(delegate, kind)),
				"a DelegateOf entry has no matching Delegates entry"
			);
		}
		for case in AwaitingReview::<T>::iter_keys() {
			let record =
				BreakGlassCases::<T>::get(case).ok_or("a case awaiting review does not exist")?;
			ensure!(record.review.is_none(), "a case awaiting review is already reviewed");
		}
		for (case, record) in BreakGlassCases::<T>::iter() {
			ensure!(
				record.review.is_some() || AwaitingReview::<T>::contains_key(case),
				"an unreviewed break-glass case is not awaiting review"
			);
			ensure!(
				CasesOfOrganization::<T>::contains_key(record.org, case),
				"a break-glass case is not listed for its organisation"
			);
		}
		for (patient, accessor, case) in OpenBreakGlass::<T>::iter() {
			ensure!(
				BreakGlassCases::<T>::get(case)
					.is_some_and(|record| record.patient == patient && record.accessor == accessor),
				"a pair's open break-glass case is another pair's"
			);
		}
		for (_, _, usage) in ReadRate::<T>::iter() {
			ensure!(
				usage.calls <= T::MaxReadsPerPeriod::get(),
				"a reader logged more reads than a period allows"
			);
		}
		for (org, case) in CasesOfOrganization::<T>::iter_keys() {
			ensure!(
				BreakGlassCases::<T>::get(case).is_some_and(|record| record.org == org),
				"a case is listed for an organisation that did not open it"
			);
		}
		for (accessor, cases) in OpenCasesOfPractitioner::<T>::iter() {
			for (case, expires_at) in cases.iter() {
				let record =
					BreakGlassCases::<T>::get(case).ok_or("an open case does not exist")?;
				ensure!(
					record.accessor == accessor && record.expires_at == *expires_at,
					"a practitioner's open case belongs to another or ends at another time"
				);
			}
		}
		for (org, cases) in OpenCasesOfOrganization::<T>::iter() {
			for (case, expires_at) in cases.iter() {
				let record =
					BreakGlassCases::<T>::get(case).ok_or("an open case does not exist")?;
				ensure!(
					record.org == org && record.expires_at == *expires_at,
					"an organisation's open case belongs to another or ends at another time"
				);
			}
		}
		let now = Self::now();
		for (consent, grant) in Grants::<T>::iter() {
			ensure!(
				PatientGrantAt::<T>::get(&grant.patient, grant.index) == Some(consent),
				"a grant is not at its place in its patient's history"
			);
			// Only an ended grant may leave its list: one in force that is missing would be
			// refused by every check.
			ensure!(
				grant.has_ended_at(now)
					|| Self::live_list(&grant.patient, &grant.grantee)
						.iter()
						.any(|entry| entry.id == consent),
				"a grant in force is not in its grantee's live list"
			);
		}
		let mut stored = alloc::collections::BTreeMap::<T::AccountId, u32>::new();
		for (patient, index, consent) in PatientGrantAt::<T>::iter() {
			ensure!(
				index < PatientGrantCount::<T>::get(&patient),
				"a patient's history holds an index beyond its grant count"
			);
			ensure!(Grants::<T>::contains_key(consent), "a patient's history names no grant");
			let count = stored.entry(patient).or_default();
			*count = count.saturating_add(1);
		}
		for (patient, count) in StoredGrantCount::<T>::iter() {
			ensure!(
				stored.get(&patient).copied().unwrap_or_default() == count,
				"a patient's stored grant count is wrong"
			);
		}
		for (patient, count) in stored {
			ensure!(
				StoredGrantCount::<T>::get(&patient) == count,
				"a patient's stored grants are not counted"
			);
		}
		for (patient, head) in AccessLogHeads::<T>::iter() {
			let kept =
				head.entry_count.saturating_sub(head.oldest_kept(T::MaxAccessLogEntries::get()));
			let stored = AccessLog::<T>::iter_prefix(&patient).count();
			ensure!(
				u64::try_from(stored).ok() == Some(kept),
				"a patient's access log keeps another number of entries than its head says"
			);
		}
		for (patient, record) in Onboarded::<T>::iter() {
			ensure!(
				frame_system::Pallet::<T>::providers(&patient) >= 1,
				"an onboarded patient has no provider reference"
			);
			ensure!(
				T::Registry::organization_status(record.org).is_some(),
				"a patient was onboarded by an unknown organisation"
			);
		}
		Ok(())
	}

	/// The chain's time now.
	fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// Whether `who` may act for `patient`: is the patient, or one of its delegates.
	pub(crate) fn acts_for(who: &T::AccountId, patient: &T::AccountId) -> bool {
		who == patient || DelegateOf::<T>::contains_key(who, patient)
	}

	/// Whether a grant to `grantee` would be a grant to `who` itself: its own account, or the
	/// organisation it belongs to (suspended or not: a grant made while it is suspended
	/// would work again once it is reactivated).
	fn grants_to_itself(who: &T::AccountId, grantee: &Grantee<T::AccountId>) -> bool {
		match grantee {
			Grantee::Account(account) => account == who,
			Grantee::Organization(org) => T::Registry::member_of(who) == Some(*org),
		}
	}

	/// `cases` without those that ended by `now`, with `case` added; `None` if that leaves
	/// no room.
	fn with_open_case<Bound: Get<u32>>(
		mut cases: OpenCases<Bound>,
		case: (BreakGlassId, Moment),
		now: Moment,
	) -> Option<OpenCases<Bound>> {
		cases.retain(|(_, expires_at)| now < *expires_at);
		cases.try_push(case).ok()?;
		Some(cases)
	}

	/// The access-log slot entry `index` lives in.
	fn log_slot(index: u64) -> u32 {
		let capacity = u64::from(T::MaxAccessLogEntries::get().max(1));
		u32::try_from(index.checked_rem(capacity).unwrap_or_default()).unwrap_or_default()
	}

	/// `who`'s membership, after checking it acts for an active organisation of one of
	/// `kinds` in one of `roles`; a wrong kind or role is refused with the given error.
	fn acting_as(
		who: &T::AccountId,
		kinds: &[OrganizationKind],
		roles: &[MemberRole],
		wrong_kind: Error<T>,
		wrong_role: Error<T>,
	) -> Result<Membership, Error<T>> {
		T::Registry::ensure_acting_as(who, kinds, roles).map_err(|error| match error {
			RegistryError::NotAMember => Error::<T>::NotAMember,
			RegistryError::OrganizationSuspended => Error::<T>::OrganizationSuspended,
			RegistryError::WrongOrganizationKind => wrong_kind,
			RegistryError::WrongRole => wrong_role,
		})
	}

	/// Which grant or open break-glass case permits `request` at `now`.
	fn permission_at(
		request: &AccessRequest<T::AccountId>,
		now: Moment,
	) -> Result<AccessBasis, ConsentError> {
		let refusal = match Self::first_valid_grant(
			&request.patient,
			&Self::grantees_of(request),
			now,
			|entry| entry.covers(request),
		) {
			Ok(consent) => return Ok(AccessBasis::Consent(consent)),
			Err(refusal) => refusal,
		};
		if request.action == ConsentAction::Read && request.purpose == PurposeOfUse::Emergency {
			if let Some(case) = Self::open_case(&request.patient, &request.accessor, now)
				.filter(|(_, record)| Self::case_still_binds(record, request))
			{
				return Ok(AccessBasis::BreakGlass(case.0));
			}
		}
		Err(refusal)
	}

	/// Whether break-glass case `record` still lets `request` through: the accessor still
	/// acts for the organisation it opened the case for, in the same role, the organisation
	/// is active and still gives emergency care, and the request is made for it.
	fn case_still_binds(
		record: &BreakGlassCaseOf<T>,
		request: &AccessRequest<T::AccountId>,
	) -> bool {
		request.organization == Some(record.org)
			&& T::Registry::acting_for(&request.accessor).is_ok_and(|membership| {
				membership.org == record.org
					&& membership.role == record.role
					&& EMERGENCY_PROVIDERS.contains(&membership.kind)
			})
	}

	/// The first (in grant order) of `patient`'s live grants to `grantees` that `covers` the
	/// question and permits at `now`. Failing that, the refusal of the first grant that
	/// covers it, or [`ConsentError::NoConsent`] if none does. One storage read per grantee:
	/// the patient's live list for it, which holds all a check needs of each grant (at most
	/// `MaxGrantsPerGrantee`).
	fn first_valid_grant(
		patient: &T::AccountId,
		grantees: &[Grantee<T::AccountId>],
		now: Moment,
		covers: impl Fn(&LiveGrantOf<T>) -> bool,
	) -> Result<ConsentId, ConsentError> {
		let mut entries: Vec<LiveGrantOf<T>> = grantees
			.iter()
			.flat_map(|grantee| Self::live_list(patient, grantee).into_inner())
			.collect();
		// Ids grow with every grant: the oldest grant answers first, whichever list it is in.
		entries.sort_unstable_by_key(|entry| entry.id);
		let mut refusal = None;
		for entry in entries.iter() {
			if !covers(entry) {
				continue;
			}
			match entry.check_at(now) {
				Ok(()) => return Ok(entry.id),
				Err(reason) => refusal = refusal.or(Some(reason)),
			}
		}
		Err(refusal.unwrap_or(ConsentError::NoConsent))
	}

	/// `patient`'s live list for `grantee` (empty if there is none).
	pub fn live_list(patient: &T::AccountId, grantee: &Grantee<T::AccountId>) -> LiveGrantsOf<T> {
		match grantee {
			Grantee::Account(account) => LiveAccountGrants::<T>::get(patient, account),
			Grantee::Organization(org) => LiveOrganizationGrants::<T>::get(patient, org),
		}
	}

	/// Stores `live` as `patient`'s live list for `grantee`; an empty list leaves storage.
	pub(crate) fn put_live_list(
		patient: &T::AccountId,
		grantee: &Grantee<T::AccountId>,
		live: LiveGrantsOf<T>,
	) {
		match (grantee, live.is_empty()) {
			(Grantee::Account(account), true) => LiveAccountGrants::<T>::remove(patient, account),
			(Grantee::Account(account), false) => {
				LiveAccountGrants::<T>::insert(patient, account, live)
			}
			(Grantee::Organization(org), true) => LiveOrganizationGrants::<T>::remove(patient, org),
			(Grantee::Organization(org), false) => {
				LiveOrganizationGrants::<T>::insert(patient, org, live)
			}
		}
	}

	/// The grantees whose live lists can hold a grant that covers `request`: the accessor,
	/// and the organisation it acts for.
	fn grantees_of(request: &AccessRequest<T::AccountId>) -> Vec<Grantee<T::AccountId>> {
		let mut grantees = alloc::vec![Grantee::Account(request.accessor.clone())];
		grantees.extend(request.organization.map(Grantee::Organization));
		grantees
	}

	/// The break-glass case `accessor` opened on `patient` that is open at `now`, if any.
	fn open_case(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		now: Moment,
	) -> Option<(BreakGlassId, BreakGlassCaseOf<T>)> {
		let case = OpenBreakGlass::<T>::get(patient, accessor)?;
		BreakGlassCases::<T>::get(case).filter(|record| record.is_open_at(now)).map(|r| (case, r))
	}

	/// The feeless period the current block falls in.
	fn feeless_period() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
			.checked_div(&T::FeelessPeriod::get())
			.unwrap_or_else(Zero::zero)
	}

	/// The read-rate period the current block falls in.
	fn read_rate_period() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
			.checked_div(&T::ReadRatePeriod::get())
			.unwrap_or_else(Zero::zero)
	}

	/// How many consent calls `who` made in the current feeless period.
	fn feeless_calls_used(who: &T::AccountId) -> u32 {
		let period = Self::feeless_period();
		FeelessUsage::<T>::get(who)
			.filter(|usage| usage.period == period)
			.map_or(0, |usage| usage.calls)
	}

	/// Counts a consent call against `who`'s feeless allowance, if `who` is onboarded
	/// (whether or not this call was free, so that the allowance bounds the free ones).
	fn count_consent_call(who: &T::AccountId) {
		if Onboarded::<T>::contains_key(who) {
			let calls = Self::feeless_calls_used(who).saturating_add(1);
			FeelessUsage::<T>::insert(who, PeriodUsage { period: Self::feeless_period(), calls });
		}
	}

	/// The index a newest-first page starts below.
	fn page_end(count: u32, before: Option<u32>) -> u32 {
		before.map_or(count, |before| before.min(count))
	}

	/// `limit`, capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}
}

impl<T: Config> ConsentProvider<T::AccountId> for Pallet<T> {
	fn permission(request: &AccessRequest<T::AccountId>) -> Result<AccessBasis, ConsentError> {
		Self::permission_at(request, Self::now())
	}

	fn record_read(
		request: &AccessRequest<T::AccountId>,
		record: Option<RecordId>,
	) -> Result<AccessBasis, ConsentError> {
		let now = Self::now();
		let basis = Self::permission_at(request, now)?;
		// Emergency reads are not rate-limited: nothing may stand between a clinician and an
		// emergency. A break-glass case is bounded already (open cases per practitioner and
		// organisation, its duration) and reviewed; an emergency grant is the patient's own.
		let rate_limited = request.purpose != PurposeOfUse::Emergency;
		let period = Self::read_rate_period();
		let reads = ReadRate::<T>::get(&request.patient, &request.accessor)
			.filter(|usage| usage.period == period)
			.map_or(0, |usage| usage.calls);
		ensure!(
			!rate_limited || reads < T::MaxReadsPerPeriod::get(),
			ConsentError::ReadRateExceeded
		);
		let log = AccessLogHeads::<T>::get(&request.patient);
		let index = log.entry_count;

		let entry = AccessLogEntry {
			accessor: request.accessor.clone(),
			org: request.organization,
			basis,
			purpose: request.purpose,
			category: request.category,
			record,
			at: now,
			block: frame_system::Pallet::<T>::block_number(),
		};
		let chain_head = AccessLogHead::chain(log.head, index, &entry);
		let after = AccessLogHead { entry_count: index.saturating_add(1), head: chain_head };
		if rate_limited {
			let usage = PeriodUsage { period, calls: reads.saturating_add(1) };
			ReadRate::<T>::insert(&request.patient, &request.accessor, usage);
		}
		AccessLog::<T>::insert(&request.patient, Self::log_slot(index), &entry);
		AccessLogHeads::<T>::insert(&request.patient, after);
		Self::deposit_event(Event::AccessRecorded {
			patient: request.patient.clone(),
			index,
			entry,
			chain_head,
		});
		Ok(basis)
	}

	fn acts_for_patient(who: &T::AccountId, patient: &T::AccountId) -> bool {
		Self::acts_for(who, patient)
	}

	fn research_consent(
		participant: &T::AccountId,
		trial: TrialProtocol,
		sponsor: OrgId,
	) -> Result<ConsentId, ConsentError> {
		let purpose = PurposeOfUse::Research(Some(trial));
		let sponsor_grants = [Grantee::Organization(sponsor)];
		Self::first_valid_grant(participant, &sponsor_grants, Self::now(), |entry| {
			entry.purpose == purpose
				&& entry.grantee == Grantee::Organization(sponsor)
				&& entry.actions.read
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmark(
		request: &AccessRequest<T::AccountId>,
	) -> Result<ConsentId, DispatchError> {
		let grantee = match request.organization {
			Some(org) => Grantee::Organization(org),
			None => Grantee::Account(request.accessor.clone()),
		};
		let actions = match request.action {
			ConsentAction::Read => ConsentActions::READ,
			ConsentAction::Write => ConsentActions::WRITE,
		};
		let terms = ConsentTerms {
			grantee,
			actions,
			categories: CategoryScope::Only(BoundedVec::truncate_from(alloc::vec![
				request.category
			])),
			purpose: request.purpose,
			valid_from: None,
			valid_until: None,
		};
		// Grants that a check compares in full and rejects: to the grantees the check reads
		// the lists of, as wide as the bounds allow, but for categories the request is not
		// about, so that each is compared category by category.
		let all_categories: Vec<crate::RecordCategory> =
			(0..T::MaxCategoriesPerGrant::get()).map(crate::RecordCategory::Other).collect();
		let filler = |grantee: Grantee<T::AccountId>| ConsentTerms {
			grantee,
			actions: ConsentActions::READ_WRITE,
			categories: CategoryScope::Only(BoundedVec::truncate_from(all_categories.clone())),
			purpose: request.purpose,
			valid_from: None,
			valid_until: Some(Self::now().saturating_add(1_000_000_000)),
		};
		let max = T::MaxGrantsPerGrantee::get();
		let room = |grantee: &Grantee<T::AccountId>| {
			let live = Self::live_list(&request.patient, grantee).len();
			max.saturating_sub(u32::try_from(live).unwrap_or(u32::MAX))
		};
		// The accessor's own list, when the grant goes to its organisation: read by the
		// check, filled to its bound.
		let accessor = Grantee::Account(request.accessor.clone());
		if terms.grantee != accessor {
			for _ in 0..room(&accessor) {
				Self::do_grant(
					request.patient.clone(),
					request.patient.clone(),
					filler(accessor.clone()),
				)?;
			}
		}
		// The grantee's list: leave room for this grant and one more, so that a benchmark may
		// set up a second grant for the same patient (a re-consent, say) on a list that is
		// then full.
		for _ in 0..room(&terms.grantee).saturating_sub(2) {
			Self::do_grant(
				request.patient.clone(),
				request.patient.clone(),
				filler(terms.grantee.clone()),
			)?;
		}
		Self::do_grant(request.patient.clone(), request.patient.clone(), terms)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn break_glass_for_benchmark(
		patient: &T::AccountId,
		accessor: &T::AccountId,
	) -> Result<BreakGlassId, DispatchError> {
		Self::do_break_glass(accessor.clone(), patient.clone(), EmergencyReason::Unconscious)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_delegate_for_benchmark(
		patient: &T::AccountId,
		delegate: &T::AccountId,
	) -> Result<(), DispatchError> {
		Self::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)
	}
}
