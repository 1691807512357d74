//! Consent's logic: the `do_*` functions behind the calls (each first runs a `check_*` that
//! reads and validates everything, so a refused call leaves no trace), the
//! [`ConsentProvider`] answers other pallets rely on, the feeless allowance, and the reads
//! behind the runtime API.

use crate::{
	AccessBasis, AccessLog, AccessLogCount, AccessLogEntry, AccessLogEntryOf, AccessRequest,
	AwaitingReview, BreakGlassCase, BreakGlassCaseOf, BreakGlassCases, BreakGlassId,
	BreakGlassReview, CategoryScope, Config, ConsentAction, ConsentError, ConsentGrant,
	ConsentGrantOf, ConsentId, ConsentProvider, ConsentStatus, ConsentTermsOf, DelegateKind,
	DelegateOf, Delegates, EmergencyReason, Error, Event, FeelessUsage, Grantee, Grants,
	LiveGrantOf, LiveGrants, LiveGrantsOf, MemberRole, Membership, Moment, NextBreakGlassId,
	NextConsentId, Onboarded, OnboardingRecord, OpenBreakGlass, OrganizationKind,
	OrganizationRegistry, Pallet, PatientGrantAt, PatientGrantCount, PeriodUsage, PurposeOfUse,
	RecordId, RegistryError, TrialProtocol, WeightInfo,
};
#[cfg(feature = "runtime-benchmarks")]
use crate::{ConsentActions, ConsentTerms};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{Get, Time},
	weights::Weight,
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
	/// The grant.
	grant: ConsentGrantOf<T>,
	/// The patient's live list, pruned if it had to be, with the new grant's entry.
	live: LiveGrantsOf<T>,
}

impl<T: Config> Pallet<T> {
	/// Grants `terms` on `patient`'s records, signed by `by` (the patient or one of the
	/// patient's delegates), and returns the new grant's id. If the patient's live list is
	/// full, the grants in it that have ended (revoked or expired) leave it first.
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
	/// - [`Error::TooManyGrants`] if the live list stays full after pruning;
	/// - [`Error::Overflow`] if the consent ids or the patient's grant count are exhausted.
	pub fn do_grant(
		by: T::AccountId,
		patient: T::AccountId,
		terms: ConsentTermsOf<T>,
	) -> Result<ConsentId, DispatchError> {
		let GrantPlan { consent, next_consent, index, next_index, grant, live } =
			Self::check_grant(&by, &patient, &terms)?;

		let grantee = grant.grantee.clone();
		NextConsentId::<T>::put(next_consent);
		Grants::<T>::insert(consent, grant);
		LiveGrants::<T>::insert(&patient, live);
		PatientGrantAt::<T>::insert(&patient, index, consent);
		PatientGrantCount::<T>::insert(&patient, next_index);
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
		let mut live = LiveGrants::<T>::get(&patient);
		let mut in_live_list = false;
		for entry in live.iter_mut().filter(|entry| entry.id == consent) {
			entry.revoked = true;
			in_live_list = true;
		}
		if in_live_list {
			LiveGrants::<T>::insert(&patient, live);
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
	/// without holding tokens. The reference is never released: onboarding is for good.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`] if `by` belongs to no organisation;
	/// - [`Error::OrganizationSuspended`] if its organisation is suspended;
	/// - [`Error::NotACareOrganization`] if that is not a hospital, clinic, laboratory or
	///   pharmacy;
	/// - [`Error::NotPermittedToOnboard`] if `by` is neither an admin nor a practitioner;
	/// - [`Error::AlreadyOnboarded`] if `patient` is already onboarded.
	pub fn do_onboard_patient(by: T::AccountId, patient: T::AccountId) -> DispatchResult {
		let membership = Self::acting_as(
			&by,
			&[
				OrganizationKind::Hospital,
				OrganizationKind::Clinic,
				OrganizationKind::Laboratory,
				OrganizationKind::Pharmacy,
			],
			&[MemberRole::Admin, MemberRole::Practitioner],
			Error::<T>::NotACareOrganization,
			Error::<T>::NotPermittedToOnboard,
		)?;
		ensure!(!Onboarded::<T>::contains_key(&patient), Error::<T>::AlreadyOnboarded);

		let at = frame_system::Pallet::<T>::block_number();
		Onboarded::<T>::insert(&patient, OnboardingRecord { org: membership.org, at });
		frame_system::Pallet::<T>::inc_providers(&patient);
		Self::deposit_event(Event::PatientOnboarded { patient, org: membership.org, by });
		Ok(())
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
	/// - [`Error::Overflow`] if the case ids are exhausted or a deadline overflows.
	pub fn do_break_glass(
		accessor: T::AccountId,
		patient: T::AccountId,
		reason: EmergencyReason,
	) -> Result<BreakGlassId, DispatchError> {
		let membership = Self::acting_as(
			&accessor,
			&[OrganizationKind::Hospital, OrganizationKind::Clinic],
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
		NextBreakGlassId::<T>::put(next_case);
		BreakGlassCases::<T>::insert(
			case,
			BreakGlassCase {
				patient: patient.clone(),
				accessor: accessor.clone(),
				org,
				reason,
				opened_at: now,
				expires_at,
				review_due,
				review: None,
			},
		);
		OpenBreakGlass::<T>::insert(&patient, &accessor, case);
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
		};
		let mut live = LiveGrants::<T>::get(patient);
		if live.is_full() {
			live.retain(|entry| !entry.has_ended_at(now));
		}
		live.try_push(grant.live_grant(consent)).map_err(|_| Error::<T>::TooManyGrants)?;
		let next_consent = consent.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let index = PatientGrantCount::<T>::get(patient);
		let next_index = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		Ok(GrantPlan { consent, next_consent, index, next_index, grant, live })
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
	/// time: at most `limit` (capped at `MaxPageSize`) grants with an index below `before`
	/// (all when `None`). Each item is `(index, consent id, grant)`; pass the last index as
	/// `before` for the next page. An empty page ends the listing.
	pub fn consents(
		patient: &T::AccountId,
		before: Option<u32>,
		limit: u32,
	) -> Vec<(u32, ConsentId, ConsentGrantOf<T>)> {
		let now = Self::now();
		let end = Self::page_end(PatientGrantCount::<T>::get(patient), before);
		(0..end)
			.rev()
			.take(Self::page_size(limit))
			.filter_map(|index| {
				let consent = PatientGrantAt::<T>::get(patient, index)?;
				let mut grant = Grants::<T>::get(consent)?;
				grant.status = grant.status_at(now);
				Some((index, consent, grant))
			})
			.collect()
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
	/// `MaxPageSize`) entries with an index below `before` (all when `None`). Pass the last
	/// index as `before` for the next page. An empty page ends the listing.
	pub fn access_log(
		patient: &T::AccountId,
		before: Option<u32>,
		limit: u32,
	) -> Vec<(u32, AccessLogEntryOf<T>)> {
		let end = Self::page_end(AccessLogCount::<T>::get(patient), before);
		(0..end)
			.rev()
			.take(Self::page_size(limit))
			.filter_map(|index| AccessLog::<T>::get(patient, index).map(|entry| (index, entry)))
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
	/// - every entry of a [`LiveGrants`] list is a grant of that patient, below
	///   [`NextConsentId`], listed once, whose record in [`Grants`] has the same terms, and is
	///   revoked exactly when the record says so;
	/// - [`Delegates`] and [`DelegateOf`] hold the same delegations;
	/// - a break-glass case awaits review ([`AwaitingReview`]) exactly when it exists and is
	///   unreviewed.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_consent = NextConsentId::<T>::get();
		for (patient, live) in LiveGrants::<T>::iter() {
			for (position, entry) in live.iter().enumerate() {
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
		}
		Ok(())
	}

	/// The chain's time now.
	fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// Whether `who` may act for `patient`: is the patient, or one of its delegates.
	fn acts_for(who: &T::AccountId, patient: &T::AccountId) -> bool {
		who == patient || DelegateOf::<T>::contains_key(who, patient)
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
		let refusal =
			match Self::first_valid_grant(&request.patient, now, |entry| entry.covers(request)) {
				Ok(consent) => return Ok(AccessBasis::Consent(consent)),
				Err(refusal) => refusal,
			};
		if request.action == ConsentAction::Read && request.purpose == PurposeOfUse::Emergency {
			if let Some(case) = Self::open_case(&request.patient, &request.accessor, now) {
				return Ok(AccessBasis::BreakGlass(case));
			}
		}
		Err(refusal)
	}

	/// The first of `patient`'s live grants that `covers` the question and permits at `now`.
	/// Failing that, the refusal of the first grant that covers it, or
	/// [`ConsentError::NoConsent`] if none does. One storage read: the patient's live list,
	/// which holds all a check needs of each grant (at most `MaxGrantsPerPatient`).
	fn first_valid_grant(
		patient: &T::AccountId,
		now: Moment,
		covers: impl Fn(&LiveGrantOf<T>) -> bool,
	) -> Result<ConsentId, ConsentError> {
		let mut refusal = None;
		for entry in LiveGrants::<T>::get(patient).iter() {
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

	/// The break-glass case through which `accessor` has emergency access to `patient` at
	/// `now`, if any.
	fn open_case(
		patient: &T::AccountId,
		accessor: &T::AccountId,
		now: Moment,
	) -> Option<BreakGlassId> {
		let case = OpenBreakGlass::<T>::get(patient, accessor)?;
		BreakGlassCases::<T>::get(case).filter(|record| record.is_open_at(now)).map(|_| case)
	}

	/// The feeless period the current block falls in.
	fn feeless_period() -> BlockNumberFor<T> {
		frame_system::Pallet::<T>::block_number()
			.checked_div(&T::FeelessPeriod::get())
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
		let index = AccessLogCount::<T>::get(&request.patient);
		ensure!(index < T::MaxAccessLogEntries::get(), ConsentError::AccessLogFull);
		let next_index = index.checked_add(1).ok_or(ConsentError::AccessLogFull)?;

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
		AccessLog::<T>::insert(&request.patient, index, entry);
		AccessLogCount::<T>::insert(&request.patient, next_index);
		Self::deposit_event(Event::AccessRecorded {
			patient: request.patient.clone(),
			accessor: request.accessor.clone(),
			basis,
			record,
			index,
		});
		Ok(basis)
	}

	fn acts_for_patient(who: &T::AccountId, patient: &T::AccountId) -> bool {
		Self::acts_for(who, patient)
	}

	fn research_consent(
		participant: &T::AccountId,
		trial: TrialProtocol,
	) -> Result<ConsentId, ConsentError> {
		let purpose = PurposeOfUse::Research(Some(trial));
		Self::first_valid_grant(participant, Self::now(), |entry| entry.purpose == purpose)
	}

	fn permission_weight() -> Weight {
		T::WeightInfo::check_permission()
	}

	fn record_read_weight() -> Weight {
		T::WeightInfo::log_read()
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
		Self::do_grant(request.patient.clone(), request.patient.clone(), terms)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_delegate_for_benchmark(
		patient: &T::AccountId,
		delegate: &T::AccountId,
	) -> Result<(), DispatchError> {
		Self::do_add_delegate(patient.clone(), delegate.clone(), DelegateKind::Guardian)
	}
}
