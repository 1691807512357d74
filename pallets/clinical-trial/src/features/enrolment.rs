//! Enrolment: a participant asks to enrol on the strength of their research consent to the
//! trial's sponsor; an investigator of the sponsor confirms the request or screens it out;
//! only confirmed participants count toward the target enrolment. Participants re-consent
//! after an amendment and withdraw at any time.
//!
//! Pending requests are not capped per trial: a cap would let throwaway accounts block the
//! queue for real participants. Each request costs its account the fee of `enrol`, is one per
//! account and trial (the enrolment is keyed by both), and one account asks at most
//! `MaxEnrolmentAttempts` times, so enrol–withdraw cycling ends.

use crate::{
	Config, Enrolment, EnrolmentStatus, Enrolments, Error, Event, Pallet, ParticipantsByVersion,
	ProtocolVersion, ScreeningReason, TrialId, TrialStatus, Trials, SPONSOR_ROLES,
};
use frame_support::{ensure, traits::Get};
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Records the request of `who` to enrol in `trial_id` under its protocol version in
	/// force: a pending enrolment, which the sponsor's site confirms or screens out.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::NotRecruiting`] unless the trial is `Recruiting`;
	/// - [`Error::SponsorSuspended`] unless the trial's sponsor organisation is active;
	/// - [`Error::AlreadyEnrolled`] if `who` is pending or enrolled;
	/// - [`Error::EnrolmentAttemptsExhausted`] if `who` asked `MaxEnrolmentAttempts` times;
	/// - [`Error::EnrolmentFull`] if the trial has its target enrolment confirmed;
	/// - [`Error::NoResearchConsent`], [`Error::ConsentRevoked`], [`Error::ConsentExpired`],
	///   [`Error::ConsentNotYetValid`], [`Error::ConsentReadRateExceeded`] unless `who` has an
	///   active research consent, to the trial's sponsor with the read action, for the trial
	///   and that version;
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_enrol(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Recruiting, Error::<T>::NotRecruiting);
		Self::ensure_sponsor_active(trial.sponsor)?;
		let previous = Enrolments::<T>::get(trial_id, &who);
		let previous_status = previous.map(|enrolment| enrolment.status);
		ensure!(
			previous_status.is_none_or(|status| !status.is_active()),
			Error::<T>::AlreadyEnrolled
		);
		let attempts = previous
			.map_or(0, |enrolment| enrolment.attempts)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;
		ensure!(attempts <= T::MaxEnrolmentAttempts::get(), Error::<T>::EnrolmentAttemptsExhausted);
		ensure!(trial.enrolled < trial.registration.target_enrolment, Error::<T>::EnrolmentFull);
		let protocol_version = trial.current_protocol_version;
		let consent = Self::research_consent(&who, trial_id, protocol_version, trial.sponsor)?;
		let pending = trial.pending.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let at_version = ParticipantsByVersion::<T>::get(trial_id, protocol_version)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;

		trial.pending = pending;
		match previous_status {
			Some(EnrolmentStatus::Withdrawn) => {
				trial.withdrawn = trial.withdrawn.saturating_sub(1);
			}
			Some(EnrolmentStatus::ScreenedOut(_)) => {
				trial.screened_out = trial.screened_out.saturating_sub(1);
			}
			Some(EnrolmentStatus::Pending | EnrolmentStatus::Enrolled) | None => {}
		}
		ParticipantsByVersion::<T>::insert(trial_id, protocol_version, at_version);
		let enrolment = Enrolment {
			protocol_version,
			consent,
			requested_at: Self::now(),
			decided_at: None,
			reconsented_at: None,
			status: EnrolmentStatus::Pending,
			withdrawn_at: None,
			attempts,
		};
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::EnrolmentRequested {
			trial: trial_id,
			participant: who,
			protocol_version,
			consent,
			attempt: attempts,
		});
		Ok(())
	}

	/// Confirms, for the sponsor `who` acts for, the pending enrolment of `participant` in
	/// `trial_id`: the participant is enrolled and counts toward the target enrolment. Their
	/// research consent is checked again, and the enrolment records the consent that holds
	/// now. A suspended sponsor's members act for nobody, so a suspended sponsor confirms
	/// nothing.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`] for an `Investigator` or `Admin`:
	///   [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotASponsor`],
	///   [`Error::NotPermittedToManageTrial`], [`Error::UnknownTrial`],
	///   [`Error::NotTrialSponsor`];
	/// - [`Error::NotRecruiting`] unless the trial is `Recruiting`;
	/// - [`Error::NotPending`] unless the enrolment is pending;
	/// - [`Error::ReconsentRequired`] if it is under an older protocol version than the one in
	///   force;
	/// - [`Error::EnrolmentFull`] if the trial has its target enrolment confirmed;
	/// - the consent errors of [`Self::do_enrol`];
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_confirm_enrolment(
		who: T::AccountId,
		trial_id: TrialId,
		participant: T::AccountId,
	) -> DispatchResult {
		let (sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		ensure!(trial.status == TrialStatus::Recruiting, Error::<T>::NotRecruiting);
		let mut enrolment = Self::pending_enrolment(trial_id, &participant)?;
		ensure!(
			enrolment.protocol_version == trial.current_protocol_version,
			Error::<T>::ReconsentRequired
		);
		ensure!(trial.enrolled < trial.registration.target_enrolment, Error::<T>::EnrolmentFull);
		let consent =
			Self::research_consent(&participant, trial_id, enrolment.protocol_version, sponsor)?;
		let enrolled = trial.enrolled.checked_add(1).ok_or(Error::<T>::Overflow)?;

		trial.enrolled = enrolled;
		trial.pending = trial.pending.saturating_sub(1);
		enrolment.status = EnrolmentStatus::Enrolled;
		enrolment.consent = consent;
		enrolment.decided_at = Some(Self::now());
		Enrolments::<T>::insert(trial_id, &participant, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::EnrolmentConfirmed {
			trial: trial_id,
			participant,
			consent,
			by: who,
		});
		Ok(())
	}

	/// Screens out, for the sponsor `who` acts for, the pending enrolment of `participant` in
	/// `trial_id`, for `reason`. Allowed whatever the trial's status, so that a site can clear
	/// its queue after recruitment closes. The participant may ask again while they have
	/// attempts left.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`] for an `Investigator` or `Admin`:
	///   [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotASponsor`],
	///   [`Error::NotPermittedToManageTrial`], [`Error::UnknownTrial`],
	///   [`Error::NotTrialSponsor`];
	/// - [`Error::NotPending`] unless the enrolment is pending;
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_screen_out(
		who: T::AccountId,
		trial_id: TrialId,
		participant: T::AccountId,
		reason: ScreeningReason,
	) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		let mut enrolment = Self::pending_enrolment(trial_id, &participant)?;
		let screened_out = trial.screened_out.checked_add(1).ok_or(Error::<T>::Overflow)?;

		trial.screened_out = screened_out;
		trial.pending = trial.pending.saturating_sub(1);
		Self::decrement_participants_by_version(trial_id, enrolment.protocol_version);
		enrolment.status = EnrolmentStatus::ScreenedOut(reason);
		enrolment.decided_at = Some(Self::now());
		Enrolments::<T>::insert(trial_id, &participant, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::EnrolmentScreenedOut {
			trial: trial_id,
			participant,
			reason,
			by: who,
		});
		Ok(())
	}

	/// Moves the pending or confirmed enrolment of `who` in `trial_id` to the protocol version
	/// in force.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::TrialEnded`] if the trial is completed or terminated;
	/// - [`Error::NotEnrolled`] unless `who` is pending or enrolled;
	/// - [`Error::ReconsentNotNeeded`] if the enrolment is under the version in force;
	/// - the consent errors of [`Self::do_enrol`];
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_reconsent(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let trial = Self::trial_of(trial_id)?;
		ensure!(!trial.status.has_ended(), Error::<T>::TrialEnded);
		let mut enrolment = Self::active_enrolment(trial_id, &who)?;
		let current = trial.current_protocol_version;
		ensure!(enrolment.needs_reconsent(current), Error::<T>::ReconsentNotNeeded);
		let consent = Self::research_consent(&who, trial_id, current, trial.sponsor)?;
		let at_current = ParticipantsByVersion::<T>::get(trial_id, current)
			.checked_add(1)
			.ok_or(Error::<T>::Overflow)?;

		Self::decrement_participants_by_version(trial_id, enrolment.protocol_version);
		ParticipantsByVersion::<T>::insert(trial_id, current, at_current);
		enrolment.protocol_version = current;
		enrolment.consent = consent;
		enrolment.reconsented_at = Some(Self::now());
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Self::deposit_event(Event::ParticipantReconsented {
			trial: trial_id,
			participant: who,
			protocol_version: current,
			consent,
		});
		Ok(())
	}

	/// Withdraws `who` from `trial_id` (or withdraws their pending request), whatever the
	/// trial's status.
	///
	/// # Errors
	///
	/// - [`Error::UnknownTrial`];
	/// - [`Error::NotEnrolled`] unless `who` is pending or enrolled;
	/// - [`Error::Overflow`] if a count would overflow.
	pub fn do_withdraw(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let mut trial = Self::trial_of(trial_id)?;
		let mut enrolment = Self::active_enrolment(trial_id, &who)?;
		let withdrawn = trial.withdrawn.checked_add(1).ok_or(Error::<T>::Overflow)?;

		trial.withdrawn = withdrawn;
		if enrolment.status == EnrolmentStatus::Pending {
			trial.pending = trial.pending.saturating_sub(1);
		} else {
			trial.enrolled = trial.enrolled.saturating_sub(1);
		}
		Self::decrement_participants_by_version(trial_id, enrolment.protocol_version);
		enrolment.status = EnrolmentStatus::Withdrawn;
		enrolment.withdrawn_at = Some(Self::now());
		Enrolments::<T>::insert(trial_id, &who, enrolment);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::ParticipantWithdrawn { trial: trial_id, participant: who });
		Ok(())
	}

	/// The enrolment of `who` in `trial_id` while pending or enrolled, or
	/// [`Error::NotEnrolled`].
	fn active_enrolment(trial_id: TrialId, who: &T::AccountId) -> Result<Enrolment, Error<T>> {
		Enrolments::<T>::get(trial_id, who)
			.filter(|enrolment| enrolment.status.is_active())
			.ok_or(Error::<T>::NotEnrolled)
	}

	/// The enrolment of `who` in `trial_id` while pending, or [`Error::NotPending`].
	fn pending_enrolment(trial_id: TrialId, who: &T::AccountId) -> Result<Enrolment, Error<T>> {
		Enrolments::<T>::get(trial_id, who)
			.filter(|enrolment| enrolment.status == EnrolmentStatus::Pending)
			.ok_or(Error::<T>::NotPending)
	}

	/// One fewer pending or enrolled participant of `trial_id` at `version`.
	fn decrement_participants_by_version(trial_id: TrialId, version: ProtocolVersion) {
		let count = ParticipantsByVersion::<T>::get(trial_id, version).saturating_sub(1);
		if count == 0 {
			ParticipantsByVersion::<T>::remove(trial_id, version);
		} else {
			ParticipantsByVersion::<T>::insert(trial_id, version, count);
		}
	}
}
