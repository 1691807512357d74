//! Recalls: a manufacturer or a regulator recalls a batch and every holder is told; the
//! recall is closed when complete, by whoever may.

use crate::{
	BatchId, BatchStatus, Batches, Config, Error, Event, Holdings, OpenRecalls, OrgId,
	OrganizationKind, Pallet, Recall, RecallClass, RecallCloser, RecallOpener, SuspectReports,
	MANUFACTURER_RECALL_ROLES, REGULATOR_RECALL_ROLES,
};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Recalls `batch_id` on behalf of `who`: the batch becomes `Recalled` for good (an open
	/// suspect report is superseded and removed), the recall is open until closed and
	/// remembers whether a manufacturer or a regulator opened it, `BatchRecalled` is
	/// emitted, then one `RecallNotice` for every holding of the batch. Holdings include
	/// receivers of shipments in transit (their holding exists from the moment the stock is
	/// shipped to them) and senders of stock still in transit (it may come back), so every
	/// partner who holds, will receive or may get back the batch is notified; at most
	/// `MaxHoldersPerBatch` notices.
	///
	/// # Errors
	///
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotManufacturerOrRegulator`], [`Error::NotProductManufacturer`],
	///   [`Error::NotPermittedToRecall`] unless `who` acts as an `Admin` or `Logistics`
	///   member of the batch's manufacturer or an `Auditor` or `Admin` of a regulator;
	/// - [`Error::AlreadyRecalled`] if the batch is recalled;
	/// - [`Error::BatchDestroyed`] if it was confirmed illegitimate;
	/// - [`Error::SuspectReportPending`] if a manufacturer recalls a batch reported suspect:
	///   only a regulator may supersede a report it has not resolved.
	pub fn do_recall(
		who: T::AccountId,
		batch_id: BatchId,
		class: RecallClass,
		reason_hash: H256,
	) -> DispatchResult {
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let recaller = Self::ensure_manufacturer_or_regulator(
			&who,
			batch.manufacturer,
			MANUFACTURER_RECALL_ROLES,
			REGULATOR_RECALL_ROLES,
			Error::<T>::NotPermittedToRecall,
		)?;
		match batch.status {
			BatchStatus::Active | BatchStatus::Quarantined => {}
			BatchStatus::Recalled => return Err(Error::<T>::AlreadyRecalled.into()),
			BatchStatus::Destroyed => return Err(Error::<T>::BatchDestroyed.into()),
		}
		let holders: Vec<OrgId> = Holdings::<T>::iter_key_prefix(batch_id).collect();
		let notified = u32::try_from(holders.len()).unwrap_or(u32::MAX);
		let by_org = recaller.org;
		let opened_by = if recaller.kind == OrganizationKind::Regulator {
			RecallOpener::Regulator
		} else {
			RecallOpener::Manufacturer
		};
		// A recall supersedes an open suspect report and makes the stock destroyable: a
		// manufacturer must not turn the evidence against its batch into stock it may
		// destroy before a regulator has ruled on it.
		ensure!(
			opened_by == RecallOpener::Regulator || !SuspectReports::<T>::contains_key(batch_id),
			Error::<T>::SuspectReportPending
		);

		batch.status = BatchStatus::Recalled;
		Batches::<T>::insert(batch_id, batch);
		SuspectReports::<T>::remove(batch_id);
		let recall = Recall { class, reason_hash, by_org, opened_by, at: Self::now() };
		OpenRecalls::<T>::insert(batch_id, recall);
		Self::deposit_event(Event::BatchRecalled {
			batch: batch_id,
			class,
			reason_hash,
			by_org,
			holders: notified,
		});
		for holder in holders {
			Self::deposit_event(Event::RecallNotice { batch: batch_id, holder });
		}
		Ok(())
	}

	/// Closes the open recall of `batch_id` on behalf of `who`; the batch stays recalled. A
	/// recall a manufacturer opened is closed by the manufacturer or a regulator; one a
	/// regulator opened, only by a regulator (whoever opened it, as recorded at opening:
	/// re-kinding an organisation later changes nothing).
	///
	/// # Errors
	///
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - the origin errors of [`Self::do_recall`];
	/// - [`Error::NoOpenRecall`] if the batch has no open recall;
	/// - [`Error::RecallOpenedByRegulator`] if a regulator opened it and `who` acts for the
	///   manufacturer.
	pub fn do_close_recall(who: T::AccountId, batch_id: BatchId) -> DispatchResult {
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let closer = Self::ensure_manufacturer_or_regulator(
			&who,
			batch.manufacturer,
			MANUFACTURER_RECALL_ROLES,
			REGULATOR_RECALL_ROLES,
			Error::<T>::NotPermittedToRecall,
		)?;
		let recall = OpenRecalls::<T>::get(batch_id).ok_or(Error::<T>::NoOpenRecall)?;
		ensure!(
			recall.opened_by == RecallOpener::Manufacturer
				|| closer.kind == OrganizationKind::Regulator,
			Error::<T>::RecallOpenedByRegulator
		);

		OpenRecalls::<T>::remove(batch_id);
		let closed_by = RecallCloser::Organization(closer.org);
		Self::deposit_event(Event::RecallClosed { batch: batch_id, closed_by });
		Ok(())
	}

	/// Closes the open recall of `batch_id` on behalf of governance, whoever opened it; the
	/// batch stays recalled.
	///
	/// # Errors
	///
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NoOpenRecall`] if the batch has no open recall.
	pub fn do_close_recall_by_governance(batch_id: BatchId) -> DispatchResult {
		ensure!(Batches::<T>::contains_key(batch_id), Error::<T>::UnknownBatch);
		ensure!(OpenRecalls::<T>::contains_key(batch_id), Error::<T>::NoOpenRecall);

		OpenRecalls::<T>::remove(batch_id);
		let closed_by = RecallCloser::Governance;
		Self::deposit_event(Event::RecallClosed { batch: batch_id, closed_by });
		Ok(())
	}
}
