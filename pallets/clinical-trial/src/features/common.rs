//! What the calls share: who the caller acts for, the trial they name, its status index, the
//! hash index, the clock and the research-consent check.

use crate::{
	Config, ConsentError, ConsentId, ConsentProvider, Error, MemberRole, Membership, Moment, OrgId,
	OrganizationKind, OrganizationRegistry, OrganizationStatus, Pallet, ProtocolVersion,
	RegistryError, Trial, TrialHashes, TrialId, TrialProtocol, TrialStatus, Trials, TrialsByStatus,
	ETHICS_COMMITTEES, INVESTIGATOR_ROLES, OVERSIGHT_BODIES, REVIEWER_ROLES, SPONSORS,
	SPONSOR_ROLES,
};
use frame_support::{ensure, traits::Time};
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// The pallet error for a consent refusal.
	pub fn consent_refusal(error: ConsentError) -> Error<T> {
		match error {
			ConsentError::NoConsent => Error::<T>::NoResearchConsent,
			ConsentError::ConsentRevoked => Error::<T>::ConsentRevoked,
			ConsentError::ConsentExpired => Error::<T>::ConsentExpired,
			ConsentError::ConsentNotYetValid => Error::<T>::ConsentNotYetValid,
			ConsentError::ReadRateExceeded => Error::<T>::ConsentReadRateExceeded,
		}
	}

	/// The trial `trial_id` for the sponsor `who` acts for in one of `roles`.
	///
	/// # Errors
	///
	/// [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotASponsor`], then
	/// [`Error::NotPermittedToManageTrial`] (for [`SPONSOR_ROLES`]) or
	/// [`Error::NotAnInvestigator`] (for [`INVESTIGATOR_ROLES`]); [`Error::UnknownTrial`];
	/// [`Error::NotTrialSponsor`] if the trial is another sponsor's.
	pub(crate) fn sponsor_trial(
		who: &T::AccountId,
		trial_id: TrialId,
		roles: &[MemberRole],
	) -> Result<(OrgId, Trial<T>), DispatchError> {
		let wrong_role = if roles == INVESTIGATOR_ROLES {
			Error::<T>::NotAnInvestigator
		} else {
			Error::<T>::NotPermittedToManageTrial
		};
		let sponsor =
			Self::acting_as(who, SPONSORS, roles, Error::<T>::NotASponsor, wrong_role)?.org;
		let trial = Self::trial_of(trial_id)?;
		ensure!(trial.sponsor == sponsor, Error::<T>::NotTrialSponsor);
		Ok((sponsor, trial))
	}

	/// Moves the trial of the sponsor `who` acts for from `from` to `to`.
	///
	/// # Errors
	///
	/// Those of [`Self::sponsor_trial`], and [`Error::InvalidTransition`] unless the trial is
	/// in `from`.
	pub(crate) fn sponsor_move(
		who: &T::AccountId,
		trial_id: TrialId,
		from: TrialStatus,
		to: TrialStatus,
	) -> DispatchResult {
		let (_sponsor, mut trial) = Self::sponsor_trial(who, trial_id, SPONSOR_ROLES)?;
		ensure!(trial.status == from, Error::<T>::InvalidTransition);
		Self::move_to(trial_id, &mut trial, to);
		Trials::<T>::insert(trial_id, trial);
		Ok(())
	}

	/// Sets the trial's status to `to`, keeping the status index in step. The caller stores
	/// the trial.
	pub(crate) fn move_to(trial_id: TrialId, trial: &mut Trial<T>, to: TrialStatus) {
		TrialsByStatus::<T>::remove(trial.status, trial_id);
		TrialsByStatus::<T>::insert(to, trial_id, ());
		trial.status = to;
	}

	/// The ethics committee `who` reviews for.
	///
	/// # Errors
	///
	/// [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	/// [`Error::NotAnEthicsCommittee`], [`Error::NotAReviewer`].
	pub(crate) fn ethics_reviewer(who: &T::AccountId) -> Result<OrgId, Error<T>> {
		Self::acting_as(
			who,
			ETHICS_COMMITTEES,
			REVIEWER_ROLES,
			Error::<T>::NotAnEthicsCommittee,
			Error::<T>::NotAReviewer,
		)
		.map(|membership| membership.org)
	}

	/// The ethics committee or regulator `who` reviews for.
	///
	/// # Errors
	///
	/// [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	/// [`Error::NotAnOversightBody`], [`Error::NotAReviewer`].
	pub(crate) fn oversight_reviewer(who: &T::AccountId) -> Result<OrgId, Error<T>> {
		Self::oversight_membership(who).map(|membership| membership.org)
	}

	/// The membership of `who` as a reviewer of an ethics committee or regulator.
	pub(crate) fn oversight_membership(who: &T::AccountId) -> Result<Membership, Error<T>> {
		Self::acting_as(
			who,
			OVERSIGHT_BODIES,
			REVIEWER_ROLES,
			Error::<T>::NotAnOversightBody,
			Error::<T>::NotAReviewer,
		)
	}

	/// Trial `trial_id`, or [`Error::UnknownTrial`].
	pub(crate) fn trial_of(trial_id: TrialId) -> Result<Trial<T>, Error<T>> {
		Trials::<T>::get(trial_id).ok_or(Error::<T>::UnknownTrial)
	}

	/// [`Error::DuplicateHash`] if `hash` is already recorded for `trial_id`.
	pub(crate) fn ensure_new_hash(trial_id: TrialId, hash: &H256) -> DispatchResult {
		ensure!(!TrialHashes::<T>::contains_key(trial_id, hash), Error::<T>::DuplicateHash);
		Ok(())
	}

	/// [`Error::SponsorSuspended`] unless the organisation `sponsor` is registered and active.
	pub(crate) fn ensure_sponsor_active(sponsor: OrgId) -> Result<(), Error<T>> {
		match <T::Registry as OrganizationRegistry<T::AccountId>>::organization_status(sponsor) {
			Some((_kind, OrganizationStatus::Active)) => Ok(()),
			_ => Err(Error::<T>::SponsorSuspended),
		}
	}

	/// The research consent `who` gave, to the trial's sponsor `sponsor`, for `trial_id` under
	/// `protocol_version`.
	///
	/// # Errors
	///
	/// The error [`Self::consent_refusal`] maps consent's refusal to.
	pub(crate) fn research_consent(
		who: &T::AccountId,
		trial_id: TrialId,
		protocol_version: ProtocolVersion,
		sponsor: OrgId,
	) -> Result<ConsentId, Error<T>> {
		let trial = TrialProtocol { trial: trial_id, protocol_version };
		<T::Consent as ConsentProvider<T::AccountId>>::research_consent(who, trial, sponsor)
			.map_err(Self::consent_refusal)
	}

	/// Now, in milliseconds since the Unix epoch.
	pub(crate) fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// The membership `who` acts in, for an active organisation of one of `kinds` in one of
	/// `roles`; `wrong_kind` and `wrong_role` are the errors for another kind or role.
	///
	/// # Errors
	///
	/// [`Error::NotAMember`], [`Error::OrganizationSuspended`], `wrong_kind`, `wrong_role`.
	pub(crate) fn acting_as(
		who: &T::AccountId,
		kinds: &[OrganizationKind],
		roles: &[MemberRole],
		wrong_kind: Error<T>,
		wrong_role: Error<T>,
	) -> Result<Membership, Error<T>> {
		<T::Registry as OrganizationRegistry<T::AccountId>>::ensure_acting_as(who, kinds, roles)
			.map_err(|error| match error {
				RegistryError::NotAMember => Error::<T>::NotAMember,
				RegistryError::OrganizationSuspended => Error::<T>::OrganizationSuspended,
				RegistryError::WrongOrganizationKind => wrong_kind,
				RegistryError::WrongRole => wrong_role,
			})
	}
}
