//! Custody: shipping (and returns to the manufacturer), receiving, refusing a shipment, and
//! disposing of stock that leaves the supply chain.
//!
//! A holding stays while it has packs in custody, incoming or outgoing, so that a refused
//! shipment always finds its sender's holding (and its holder slot) to return to; a holding
//! left with none of them is removed and its slot freed, whichever call empties it.

use crate::{
	stock_roles, BatchId, BatchOf, BatchShipmentCount, BatchShipments, BatchStatus, Batches,
	ColdChain, Config, Custodians, Disposition, Error, Event, Holding, Holdings, Moment,
	NextShipmentId, OrgId, Pallet, Products, QuantityInTransit, RefusalReason, Shipment,
	ShipmentId, ShipmentStatus, Shipments, StockRef,
};
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Ships `quantity` packs of `batch_id` from the trading partner `who` acts for to `to`,
	/// and returns the shipment's id. The packs leave the sender's custody for its outgoing
	/// (the holding stays until the shipment is received or refused) and join the
	/// receiver's holding as incoming (a new holding if it had none); the receiver becomes a
	/// custodian of the batch if it was not one. The shipment carries the sender's
	/// cold-chain exposure.
	///
	/// Stock of a recalled or confirmed-illegitimate batch, or of an expired one, moves only
	/// back to the batch's manufacturer: a **return**, which may also carry stock
	/// quarantined after an excursion (the shipment is quarantined with it).
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotATradingPartner`], [`Error::NotPermittedToHandleStock`] if `who` does not
	///   act as an `Admin` or `Logistics` member of an active trading partner (or a
	///   `Pharmacist` of a pharmacy or hospital);
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::ZeroQuantity`] for no packs;
	/// - [`Error::CannotShipToSelf`] if `to` is the sender;
	/// - [`Error::UnknownOrganization`], [`Error::RecipientSuspended`],
	///   [`Error::RecipientNotATradingPartner`] unless `to` is an active trading partner;
	/// - [`Error::BatchRecalled`], [`Error::BatchQuarantined`], [`Error::BatchDestroyed`],
	///   [`Error::BatchExpired`] unless the batch is active and not expired, or this is a
	///   return (a suspect batch does not move at all);
	/// - [`Error::StockQuarantined`] if the sender's stock is quarantined (and this is not a
	///   return);
	/// - [`Error::InsufficientStock`] if the sender has fewer than `quantity` packs in
	///   custody;
	/// - [`Error::TooManyHolders`] if `to` would be one holder too many;
	/// - [`Error::Overflow`] if an id or counter would overflow.
	pub fn do_ship(
		who: T::AccountId,
		batch_id: BatchId,
		to: OrgId,
		quantity: u32,
		document_hash: H256,
	) -> Result<ShipmentId, DispatchError> {
		let from = Self::stock_handler(&who)?.org;
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(to != from, Error::<T>::CannotShipToSelf);
		Self::ensure_recipient(to)?;
		let now = Self::now();
		let sender = if Self::is_return(&batch, to, now) {
			Holdings::<T>::get(batch_id, from).ok_or(Error::<T>::InsufficientStock)?
		} else {
			Self::ensure_usable(&batch, now)?;
			Self::unquarantined_holding(batch_id, from)?
		};
		let remaining =
			sender.quantity.checked_sub(quantity).ok_or(Error::<T>::InsufficientStock)?;
		let outgoing = sender.outgoing.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		let sender_after = Holding { quantity: remaining, outgoing, ..sender };
		let receiver = Holdings::<T>::get(batch_id, to);
		let receiver_joins = receiver.is_none();
		let receiver_before = receiver.unwrap_or_default();
		let incoming =
			receiver_before.incoming.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		let receiver_after = Holding { incoming, ..receiver_before };
		// The sender keeps its holding (its outgoing is not zero): only the receiver can join.
		let holders = Self::holders_after(batch_id, false, receiver_joins)?;
		let in_transit = QuantityInTransit::<T>::get(batch_id)
			.checked_add(quantity)
			.ok_or(Error::<T>::Overflow)?;
		let shipment_id = NextShipmentId::<T>::get();
		let next_shipment_id = shipment_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let index = BatchShipmentCount::<T>::get(batch_id);
		let shipment_count = index.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let first_custody = !Custodians::<T>::contains_key(batch_id, to);
		let product = Products::<T>::get(batch.gtin).ok_or(Error::<T>::UnknownProduct)?;
		let sender_stock = StockRef::Holding { batch: batch_id, holder: from };
		let (exposure, crossed) =
			Self::exposure_until(&sender_stock, sender.exposure, &product, now);

		let shipment = Shipment {
			batch: batch_id,
			from,
			to,
			quantity,
			document_hash,
			status: ShipmentStatus::InTransit,
			// Only a return can carry quarantined stock; the hand-over itself may also take
			// the packs' exposure to the tolerance.
			quarantined: sender.quarantined || crossed,
			shipped_at: now,
			received_at: None,
			exposure,
		};
		NextShipmentId::<T>::put(next_shipment_id);
		Shipments::<T>::insert(shipment_id, shipment);
		BatchShipments::<T>::insert(batch_id, index, shipment_id);
		BatchShipmentCount::<T>::insert(batch_id, shipment_count);
		Self::put_in_transit(batch_id, in_transit);
		Self::put_holding(batch_id, from, sender_after);
		Self::put_holding(batch_id, to, receiver_after);
		Self::put_holder_count(batch_id, holders);
		if first_custody {
			Custodians::<T>::insert(batch_id, to, now);
		}
		Self::deposit_event(Event::Shipped {
			shipment: shipment_id,
			batch: batch_id,
			from,
			to,
			quantity,
			document_hash,
		});
		Ok(shipment_id)
	}

	/// Confirms, on behalf of `who`, receipt of `shipment_id`: its packs move from the
	/// receiver's incoming into its custody and leave the sender's outgoing (the sender's
	/// holding is removed, its slot freed, if that leaves it empty). The receiver's holding
	/// takes the larger of its own exposure and the shipment's, and a shipment quarantined
	/// in transit quarantines it. Allowed whatever the batch's status.
	///
	/// # Errors
	///
	/// - [`Error::UnknownShipment`] if `shipment_id` does not exist;
	/// - [`Error::AlreadyReceived`], [`Error::AlreadyRefused`] if it was received or refused;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NotReceiver`] if that organisation is not the receiver;
	/// - [`Error::NotPermittedToHandleStock`] if `who`'s role may not handle stock;
	/// - [`Error::UnknownBatch`], [`Error::Overflow`] if storage is inconsistent.
	pub fn do_receive(who: T::AccountId, shipment_id: ShipmentId) -> DispatchResult {
		let mut shipment = Shipments::<T>::get(shipment_id).ok_or(Error::<T>::UnknownShipment)?;
		Self::ensure_in_transit(&shipment)?;
		Self::ensure_receiving_handler(&who, &shipment)?;
		let batch_id = shipment.batch;
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let product = Products::<T>::get(batch.gtin).ok_or(Error::<T>::UnknownProduct)?;
		let now = Self::now();
		let (carried, crossed) = Self::exposure_until(
			&StockRef::Shipment(shipment_id),
			shipment.exposure,
			&product,
			now,
		);
		shipment.quarantined = shipment.quarantined || crossed;
		let holding = Holdings::<T>::get(batch_id, shipment.to).ok_or(Error::<T>::Overflow)?;
		let received = Holding {
			quantity: holding
				.quantity
				.checked_add(shipment.quantity)
				.ok_or(Error::<T>::Overflow)?,
			incoming: holding
				.incoming
				.checked_sub(shipment.quantity)
				.ok_or(Error::<T>::Overflow)?,
			quarantined: holding.quarantined || shipment.quarantined,
			exposure: holding.exposure.mixed_with(carried),
			..holding
		};
		let sender = Holdings::<T>::get(batch_id, shipment.from).ok_or(Error::<T>::Overflow)?;
		let sender_after = Holding {
			outgoing: sender.outgoing.checked_sub(shipment.quantity).ok_or(Error::<T>::Overflow)?,
			..sender
		};
		let holders = Self::holders_after(batch_id, sender_after.is_empty(), false)?;
		let in_transit = QuantityInTransit::<T>::get(batch_id)
			.checked_sub(shipment.quantity)
			.ok_or(Error::<T>::Overflow)?;

		shipment.status = ShipmentStatus::Received;
		shipment.received_at = Some(now);
		shipment.exposure = carried;
		Shipments::<T>::insert(shipment_id, &shipment);
		ColdChain::<T>::remove(StockRef::Shipment(shipment_id));
		Self::put_in_transit(batch_id, in_transit);
		Self::put_holding(batch_id, shipment.to, received);
		Self::put_holding(batch_id, shipment.from, sender_after);
		Self::put_holder_count(batch_id, holders);
		Self::deposit_event(Event::Received {
			shipment: shipment_id,
			batch: batch_id,
			from: shipment.from,
			to: shipment.to,
			quantity: shipment.quantity,
			batch_status: batch.status,
			quarantined: shipment.quarantined,
		});
		Ok(())
	}

	/// Refuses, on behalf of `who`, `shipment_id` for `reason`: the shipment is `Refused`,
	/// its packs leave the receiver's incoming (the receiver's holding is removed, its slot
	/// freed, if that leaves it empty) and go back from the sender's outgoing into its
	/// custody. The sender's holding takes the larger of its own exposure and the
	/// shipment's, and a shipment quarantined in transit quarantines it. The sender's
	/// holding exists as long as the shipment is in transit, so the packs always have a
	/// place to return to. Allowed whatever the batch's status.
	///
	/// # Errors
	///
	/// - [`Error::UnknownShipment`] if `shipment_id` does not exist;
	/// - [`Error::AlreadyReceived`], [`Error::AlreadyRefused`] if it was received or refused;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NotReceiver`] if that organisation is not the receiver;
	/// - [`Error::NotPermittedToHandleStock`] if `who`'s role may not handle stock;
	/// - [`Error::Overflow`] if storage is inconsistent.
	pub fn do_refuse_shipment(
		who: T::AccountId,
		shipment_id: ShipmentId,
		reason: RefusalReason,
	) -> DispatchResult {
		let mut shipment = Shipments::<T>::get(shipment_id).ok_or(Error::<T>::UnknownShipment)?;
		Self::ensure_in_transit(&shipment)?;
		Self::ensure_receiving_handler(&who, &shipment)?;
		let batch_id = shipment.batch;
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let product = Products::<T>::get(batch.gtin).ok_or(Error::<T>::UnknownProduct)?;
		let now = Self::now();
		let (carried, crossed) = Self::exposure_until(
			&StockRef::Shipment(shipment_id),
			shipment.exposure,
			&product,
			now,
		);
		shipment.quarantined = shipment.quarantined || crossed;
		let receiver = Holdings::<T>::get(batch_id, shipment.to).ok_or(Error::<T>::Overflow)?;
		let receiver_after = Holding {
			incoming: receiver
				.incoming
				.checked_sub(shipment.quantity)
				.ok_or(Error::<T>::Overflow)?,
			..receiver
		};
		let sender = Holdings::<T>::get(batch_id, shipment.from).ok_or(Error::<T>::Overflow)?;
		let sender_after = Holding {
			quantity: sender.quantity.checked_add(shipment.quantity).ok_or(Error::<T>::Overflow)?,
			outgoing: sender.outgoing.checked_sub(shipment.quantity).ok_or(Error::<T>::Overflow)?,
			quarantined: sender.quarantined || shipment.quarantined,
			exposure: sender.exposure.mixed_with(carried),
			..sender
		};
		let holders = Self::holders_after(batch_id, receiver_after.is_empty(), false)?;
		let in_transit = QuantityInTransit::<T>::get(batch_id)
			.checked_sub(shipment.quantity)
			.ok_or(Error::<T>::Overflow)?;

		shipment.status = ShipmentStatus::Refused { reason, at: now };
		shipment.exposure = carried;
		Shipments::<T>::insert(shipment_id, &shipment);
		ColdChain::<T>::remove(StockRef::Shipment(shipment_id));
		Self::put_in_transit(batch_id, in_transit);
		Self::put_holding(batch_id, shipment.from, sender_after);
		Self::put_holding(batch_id, shipment.to, receiver_after);
		Self::put_holder_count(batch_id, holders);
		Self::deposit_event(Event::ShipmentRefused {
			shipment: shipment_id,
			batch: batch_id,
			from: shipment.from,
			to: shipment.to,
			quantity: shipment.quantity,
			reason,
			quarantined: shipment.quarantined,
		});
		Ok(())
	}

	/// Takes `quantity` packs of `batch_id` out of the custody of the trading partner `who`
	/// acts for, for good, as `disposition` says, and counts them in the batch's
	/// `disposed`. The holding is removed (its slot freed) if that leaves it empty.
	///
	/// - [`Disposition::Destroyed`] is for stock of a recalled or confirmed-illegitimate
	///   batch, of an expired batch, or quarantined after a temperature excursion; not for a
	///   suspect batch, whose stock is evidence until a regulator resolves the report.
	/// - [`Disposition::WrittenOff`] (damaged, lost, stolen, other) is allowed whatever the
	///   batch's status: the packs are gone either way, and the chain records it.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotATradingPartner`], [`Error::NotPermittedToHandleStock`] as for
	///   [`Self::do_ship`];
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::ZeroQuantity`] for no packs;
	/// - [`Error::InsufficientStock`] if the partner has fewer than `quantity` packs in
	///   custody;
	/// - for destruction, [`Error::BatchQuarantined`] if the batch is suspect and
	///   [`Error::StockStillUsable`] if the stock is usable (active, not expired, not
	///   quarantined);
	/// - [`Error::Overflow`] if a counter would overflow.
	pub fn do_dispose_stock(
		who: T::AccountId,
		batch_id: BatchId,
		quantity: u32,
		disposition: Disposition,
	) -> DispatchResult {
		let holder = Self::stock_handler(&who)?.org;
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		let holding = Holdings::<T>::get(batch_id, holder).ok_or(Error::<T>::InsufficientStock)?;
		let remaining =
			holding.quantity.checked_sub(quantity).ok_or(Error::<T>::InsufficientStock)?;
		if disposition == Disposition::Destroyed {
			Self::ensure_destructible(&batch, &holding, Self::now())?;
		}
		let after = Holding { quantity: remaining, ..holding };
		let holders = Self::holders_after(batch_id, after.is_empty(), false)?;
		batch.disposed = batch.disposed.checked_add(quantity).ok_or(Error::<T>::Overflow)?;

		Batches::<T>::insert(batch_id, batch);
		Self::put_holding(batch_id, holder, after);
		Self::put_holder_count(batch_id, holders);
		Self::deposit_event(Event::StockDisposed {
			batch: batch_id,
			holder,
			quantity,
			disposition,
		});
		Ok(())
	}

	/// Whether shipping `batch` to `to` at `now` is a return: to the batch's manufacturer,
	/// of stock that may not move otherwise (recalled, confirmed illegitimate, or expired).
	/// A suspect batch is never returned: nothing of it moves until the report is resolved.
	fn is_return(batch: &BatchOf<T>, to: OrgId, now: Moment) -> bool {
		to == batch.manufacturer
			&& match batch.status {
				BatchStatus::Recalled | BatchStatus::Destroyed => true,
				BatchStatus::Active => now >= batch.expiry,
				BatchStatus::Quarantined => false,
			}
	}

	/// Checks `holding`'s stock of `batch` may be destroyed at `now`: see
	/// [`Self::do_dispose_stock`].
	fn ensure_destructible(batch: &BatchOf<T>, holding: &Holding, now: Moment) -> DispatchResult {
		match batch.status {
			BatchStatus::Recalled | BatchStatus::Destroyed => Ok(()),
			BatchStatus::Quarantined => Err(Error::<T>::BatchQuarantined.into()),
			BatchStatus::Active => {
				ensure!(now >= batch.expiry || holding.quarantined, Error::<T>::StockStillUsable);
				Ok(())
			}
		}
	}

	/// Checks `who` acts, in a stock-handling role, for the receiver of `shipment`.
	fn ensure_receiving_handler(who: &T::AccountId, shipment: &Shipment) -> DispatchResult {
		let membership = Self::membership(who)?;
		ensure!(membership.org == shipment.to, Error::<T>::NotReceiver);
		ensure!(
			stock_roles(membership.kind).contains(&membership.role),
			Error::<T>::NotPermittedToHandleStock
		);
		Ok(())
	}
}
