//! Dispensing (EPCIS decommissioning), with clone detection.

use crate::{
	serial_hash, BatchId, Batches, CloneSuspicions, Config, DispenseOutcome, DispenseRecord,
	DispensedSerials, Error, Event, Holding, MemberRole, Pallet, Serial, SerialProof, DISPENSERS,
};
use frame_support::ensure;
use healthchain_primitives::merkle;
use sp_runtime::DispatchError;

impl<T: Config> Pallet<T> {
	/// Dispenses, on behalf of the pharmacist `who`, the pack of `batch_id` with `serial`,
	/// which `proof` shows to be one of the batch's serials, and says what it did.
	///
	/// **A serial already dispensed is not dispensed again, and the call succeeds**: the
	/// attempt is counted in [`CloneSuspicions`] and `SuspectedClone` is emitted, and no stock
	/// changes. Failing would roll the record of the suspicion back, so the caller's software
	/// must read the events (or ask `verify_pack`, which answers `AlreadyDispensed`) to learn
	/// that the pack was refused. The check comes after the proof (so only a serial of the
	/// batch can be flagged) and before the batch's status and the pharmacy's stock (a clone
	/// turns up where there is no stock of the batch, or after a recall).
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotADispenser`],
	///   [`Error::NotAPharmacist`] unless `who` acts as a `Pharmacist` of an active pharmacy
	///   or hospital;
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NotInBatch`] if `proof` does not lead from the serial to the batch's root;
	/// - [`Error::BatchRecalled`], [`Error::BatchQuarantined`], [`Error::BatchDestroyed`],
	///   [`Error::BatchExpired`] unless the batch is active and not expired;
	/// - [`Error::StockQuarantined`] if the pharmacy's stock of the batch is quarantined;
	/// - [`Error::InsufficientStock`] if it holds no pack of the batch;
	/// - [`Error::Overflow`] if storage is inconsistent.
	pub fn do_dispense(
		who: T::AccountId,
		batch_id: BatchId,
		serial: Serial<T>,
		proof: SerialProof<T>,
	) -> Result<DispenseOutcome, DispatchError> {
		let pharmacy = Self::acting_as(
			&who,
			DISPENSERS,
			&[MemberRole::Pharmacist],
			Error::<T>::NotADispenser,
			Error::<T>::NotAPharmacist,
		)?
		.org;
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let serial_hash = serial_hash(serial.as_slice());
		ensure!(
			merkle::verify_proof(&batch.serials_root, &serial_hash, proof.as_slice()),
			Error::<T>::NotInBatch
		);
		if DispensedSerials::<T>::contains_key(batch_id, serial_hash) {
			let attempts = CloneSuspicions::<T>::get(batch_id, serial_hash).saturating_add(1);
			CloneSuspicions::<T>::insert(batch_id, serial_hash, attempts);
			Self::deposit_event(Event::SuspectedClone {
				batch: batch_id,
				serial_hash,
				by_org: pharmacy,
				attempts,
			});
			return Ok(DispenseOutcome::SuspectedClone { attempts });
		}
		let now = Self::now();
		Self::ensure_usable(&batch, now)?;
		let holding = Self::unquarantined_holding(batch_id, pharmacy)?;
		let remaining = holding.quantity.checked_sub(1).ok_or(Error::<T>::InsufficientStock)?;
		let after = Holding { quantity: remaining, ..holding };
		let holders = Self::holders_after(batch_id, after.is_empty(), false)?;
		batch.dispensed = batch.dispensed.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let record = DispenseRecord { pharmacy, pharmacist: who.clone(), at: now };
		DispensedSerials::<T>::insert(batch_id, serial_hash, record);
		Batches::<T>::insert(batch_id, batch);
		Self::put_holding(batch_id, pharmacy, after);
		Self::put_holder_count(batch_id, holders);
		Self::deposit_event(Event::Dispensed {
			batch: batch_id,
			serial_hash,
			pharmacy,
			pharmacist: who,
		});
		Ok(DispenseOutcome::Dispensed)
	}
}
