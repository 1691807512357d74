//! The lifecycle: ethics approval, recruitment, completion, termination, and suspension by an
//! oversight body, lifted by that body or by governance.

use crate::{
	Config, Error, Event, LiftedBy, Lifter, OrganizationKind, Pallet, ProtocolVersions, Suspension,
	TrialArtifact, TrialHashes, TrialId, TrialStatus, Trials, SPONSOR_ROLES,
};
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Approves `trial_id` and its protocol version in force for the ethics committee `who`
	/// acts for.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotAnEthicsCommittee`], [`Error::NotAReviewer`] unless `who` is an `Auditor`
	///   or `Admin` of an active ethics committee;
	/// - [`Error::UnknownTrial`];
	/// - [`Error::InvalidTransition`] unless the trial is `Registered`;
	/// - [`Error::DuplicateHash`] if `decision_hash` is already recorded for the trial.
	pub fn do_approve_trial(
		who: T::AccountId,
		trial_id: TrialId,
		decision_hash: H256,
	) -> DispatchResult {
		let committee = Self::ethics_reviewer(&who)?;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Registered, Error::<T>::InvalidTransition);
		Self::ensure_new_hash(trial_id, &decision_hash)?;
		let version = trial.current_protocol_version;
		let mut record =
			ProtocolVersions::<T>::get(trial_id, version).ok_or(Error::<T>::Overflow)?;

		record.approved_at = Some(Self::now());
		record.ethics_decision_hash = Some(decision_hash);
		ProtocolVersions::<T>::insert(trial_id, version, record);
		TrialHashes::<T>::insert(trial_id, decision_hash, TrialArtifact::EthicsDecision(version));
		trial.approval_hash = Some(decision_hash);
		trial.ethics_committee = Some(committee);
		Self::move_to(trial_id, &mut trial, TrialStatus::Approved);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialApproved { trial: trial_id, committee, decision_hash });
		Ok(())
	}

	/// Opens recruitment of `trial_id`: `Approved` → `Recruiting`, and records when, for good:
	/// from then on the trial has recruited.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Approved`.
	pub fn do_start_recruiting(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		ensure!(trial.status == TrialStatus::Approved, Error::<T>::InvalidTransition);

		// `Approved` is never reached again once recruiting, so this is the first time.
		trial.recruitment_started_at = Some(Self::now());
		Self::move_to(trial_id, &mut trial, TrialStatus::Recruiting);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::RecruitmentStarted { trial: trial_id });
		Ok(())
	}

	/// Closes recruitment of `trial_id`: `Recruiting` → `Active`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Recruiting`.
	pub fn do_close_recruitment(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		Self::sponsor_move(&who, trial_id, TrialStatus::Recruiting, TrialStatus::Active)?;
		Self::deposit_event(Event::RecruitmentClosed { trial: trial_id });
		Ok(())
	}

	/// Completes `trial_id`: `Active` → `Completed`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// `Active`.
	pub fn do_complete_trial(who: T::AccountId, trial_id: TrialId) -> DispatchResult {
		Self::sponsor_move(&who, trial_id, TrialStatus::Active, TrialStatus::Completed)?;
		Self::deposit_event(Event::TrialCompleted { trial: trial_id });
		Ok(())
	}

	/// Terminates `trial_id` early, from any status but `Completed` and `Terminated`. Its
	/// results are due if it had recruited.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`]; [`Error::InvalidTransition`] if the trial has
	/// ended; [`Error::DuplicateHash`] if `reason_hash` is already recorded for the trial.
	pub fn do_terminate_trial(
		who: T::AccountId,
		trial_id: TrialId,
		reason_hash: H256,
	) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		let from = trial.status;
		ensure!(!from.has_ended(), Error::<T>::InvalidTransition);
		Self::ensure_new_hash(trial_id, &reason_hash)?;

		TrialHashes::<T>::insert(trial_id, reason_hash, TrialArtifact::TerminationReason);
		trial.termination_reason = Some(reason_hash);
		trial.suspension = None;
		Self::move_to(trial_id, &mut trial, TrialStatus::Terminated);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialTerminated { trial: trial_id, from, reason_hash });
		Ok(())
	}

	/// Suspends `trial_id` for the ethics committee or regulator `who` acts for, which
	/// becomes the one body (with governance) that may lift the suspension. An ethics
	/// committee suspends only a trial it approved; any regulator may suspend any trial.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotAnOversightBody`], [`Error::NotAReviewer`] unless `who` is an `Auditor`
	///   or `Admin` of an active ethics committee or regulator;
	/// - [`Error::UnknownTrial`];
	/// - [`Error::NotTheTrialsCommittee`] if `who`'s ethics committee did not approve it;
	/// - [`Error::InvalidTransition`] unless the trial is `Approved`, `Recruiting` or
	///   `Active`.
	pub fn do_suspend_trial(
		who: T::AccountId,
		trial_id: TrialId,
		reason_hash: H256,
	) -> DispatchResult {
		let reviewer = Self::oversight_membership(&who)?;
		let by_org = reviewer.org;
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(
			reviewer.kind == OrganizationKind::Regulator || trial.ethics_committee == Some(by_org),
			Error::<T>::NotTheTrialsCommittee
		);
		let from = trial.status;
		ensure!(from.may_be_suspended(), Error::<T>::InvalidTransition);

		trial.suspension = Some(Suspension { from, by_org, reason_hash, at: Self::now() });
		Self::move_to(trial_id, &mut trial, TrialStatus::Suspended);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::TrialSuspended { trial: trial_id, by_org, from, reason_hash });
		Ok(())
	}

	/// Lifts the suspension of `trial_id`: it resumes in the status it was suspended in.
	/// `lifter` is governance, or an account that must review for the body that suspended it.
	///
	/// # Errors
	///
	/// - for [`Lifter::Reviewer`]: [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotAnOversightBody`], [`Error::NotAReviewer`] unless the account is an
	///   `Auditor` or `Admin` of an active ethics committee or regulator;
	/// - [`Error::UnknownTrial`];
	/// - [`Error::InvalidTransition`] unless the trial is `Suspended`;
	/// - for [`Lifter::Reviewer`]: [`Error::NotTheSuspendingBody`] unless the account's
	///   organisation is the one that suspended the trial;
	/// - [`Error::Overflow`] if the suspended trial has no suspension record (inconsistent
	///   storage).
	pub fn do_lift_suspension(lifter: Lifter<T::AccountId>, trial_id: TrialId) -> DispatchResult {
		let reviewing_org = match &lifter {
			Lifter::Governance => None,
			Lifter::Reviewer(who) => Some(Self::oversight_reviewer(who)?),
		};
		let mut trial = Self::trial_of(trial_id)?;
		ensure!(trial.status == TrialStatus::Suspended, Error::<T>::InvalidTransition);
		let suspension = trial.suspension.ok_or(Error::<T>::Overflow)?;
		if let Some(org) = reviewing_org {
			ensure!(org == suspension.by_org, Error::<T>::NotTheSuspendingBody);
		}
		let status = suspension.from;
		let by = reviewing_org.map_or(LiftedBy::Governance, LiftedBy::Organization);

		trial.suspension = None;
		Self::move_to(trial_id, &mut trial, status);
		Trials::<T>::insert(trial_id, trial);
		Self::deposit_event(Event::SuspensionLifted { trial: trial_id, by, status });
		Ok(())
	}
}
