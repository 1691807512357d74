//! Suspect-product reports: those who touched a batch (or a regulator) report it, a
//! regulator's auditor resolves the report, and a resolved report is raised again only
//! with new evidence after a cool-down.

use crate::{
	BatchId, BatchStatus, Batches, Config, Custodians, Error, Event, MemberRole, Moment, OrgId,
	Pallet, ResolvedReport, ResolvedReports, SuspectReport, SuspectReports, REGULATORS,
	REGULATOR_REPORT_ROLES, TRADING_PARTNERS,
};
use frame_support::{ensure, traits::Get};
use sp_core::H256;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Reports `batch_id` as suspect on behalf of `who`, with the hash of the report: the
	/// batch is quarantined until a regulator resolves the report.
	///
	/// Only those who touched the batch report it: a member (in any role) of a trading
	/// partner that holds or held it (a custodian: its manufacturer, or a partner stock was
	/// shipped to, even if it refused the shipment), or an `Auditor` or `Admin` of a
	/// regulator. An organisation whose earlier report of the batch was resolved reports it
	/// again only with other evidence (another `reason_hash`) and once
	/// `SuspectReportCooldown` has passed since the resolution.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] unless `who` acts for an
	///   active organisation;
	/// - [`Error::NotATradingPartner`] if that is neither a trading partner nor a regulator;
	/// - [`Error::NotPermittedToReport`] if `who` is a regulator's member in another role
	///   than `Auditor` or `Admin`;
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NotAHolder`] if `who`'s trading partner never held the batch;
	/// - [`Error::BatchQuarantined`] if it is already reported;
	/// - [`Error::BatchRecalled`], [`Error::BatchDestroyed`] if it is recalled or destroyed;
	/// - [`Error::SameEvidence`] if the organisation's last resolved report of the batch had
	///   this `reason_hash`;
	/// - [`Error::ReportCoolingDown`] if that report was resolved less than
	///   `SuspectReportCooldown` ago.
	pub fn do_report_suspect(
		who: T::AccountId,
		batch_id: BatchId,
		reason_hash: H256,
	) -> DispatchResult {
		let membership = Self::membership(&who)?;
		let regulator = REGULATORS.contains(&membership.kind);
		if regulator {
			ensure!(
				REGULATOR_REPORT_ROLES.contains(&membership.role),
				Error::<T>::NotPermittedToReport
			);
		} else {
			ensure!(TRADING_PARTNERS.contains(&membership.kind), Error::<T>::NotATradingPartner);
		}
		let reporter_org = membership.org;
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		ensure!(
			regulator || Custodians::<T>::contains_key(batch_id, reporter_org),
			Error::<T>::NotAHolder
		);
		Self::ensure_active(&batch)?;
		let now = Self::now();
		Self::ensure_new_evidence(batch_id, reporter_org, reason_hash, now)?;

		batch.status = BatchStatus::Quarantined;
		Batches::<T>::insert(batch_id, batch);
		let report = SuspectReport { reporter_org, reason_hash, at: now };
		SuspectReports::<T>::insert(batch_id, report);
		Self::deposit_event(Event::SuspectReported { batch: batch_id, reporter_org, reason_hash });
		Ok(())
	}

	/// Resolves the suspect report of `batch_id` on behalf of the auditor `who`: a
	/// `legitimate` batch is active again, any other is destroyed. The report is removed,
	/// and remembered as the reporting organisation's latest resolved report of the batch.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotARegulator`],
	///   [`Error::NotAnAuditor`] unless `who` acts as an `Auditor` of an active regulator;
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NotSuspect`] unless it is quarantined with an open report.
	pub fn do_resolve_suspect(
		who: T::AccountId,
		batch_id: BatchId,
		legitimate: bool,
	) -> DispatchResult {
		let by_org = Self::acting_as(
			&who,
			REGULATORS,
			&[MemberRole::Auditor],
			Error::<T>::NotARegulator,
			Error::<T>::NotAnAuditor,
		)?
		.org;
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		ensure!(batch.status == BatchStatus::Quarantined, Error::<T>::NotSuspect);
		let report = SuspectReports::<T>::get(batch_id).ok_or(Error::<T>::NotSuspect)?;

		batch.status = if legitimate { BatchStatus::Active } else { BatchStatus::Destroyed };
		Batches::<T>::insert(batch_id, batch);
		SuspectReports::<T>::remove(batch_id);
		let resolved = ResolvedReport {
			reason_hash: report.reason_hash,
			legitimate,
			resolved_at: Self::now(),
		};
		ResolvedReports::<T>::insert(batch_id, report.reporter_org, resolved);
		let event = if legitimate {
			Event::SuspectCleared { batch: batch_id, by_org }
		} else {
			Event::SuspectConfirmed { batch: batch_id, by_org }
		};
		Self::deposit_event(event);
		Ok(())
	}

	/// Checks `reporter_org` may report `batch_id` with `reason_hash` at `now`: unless its
	/// last report of the batch was resolved, with other evidence and at least
	/// `SuspectReportCooldown` ago.
	fn ensure_new_evidence(
		batch_id: BatchId,
		reporter_org: OrgId,
		reason_hash: H256,
		now: Moment,
	) -> DispatchResult {
		if let Some(resolved) = ResolvedReports::<T>::get(batch_id, reporter_org) {
			ensure!(resolved.reason_hash != reason_hash, Error::<T>::SameEvidence);
			let cooled_at = resolved.resolved_at.saturating_add(T::SuspectReportCooldown::get());
			ensure!(now >= cooled_at, Error::<T>::ReportCoolingDown);
		}
		Ok(())
	}
}
