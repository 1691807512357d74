//! The supply chain's logic: the `do_*` functions behind the calls, and the reads behind the
//! runtime API.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace (the one deliberate exception, a suspected clone, succeeds: see
//! [`Pallet::do_dispense`]). No call and no read iterates over all batches, shipments or
//! holdings: each touches the keys it names, one batch's holders (at most
//! `MaxHoldersPerBatch`) or one page of an index.

use crate::{
	serial_hash, stock_roles, Batch, BatchByLot, BatchId, BatchOf, BatchShipmentCount,
	BatchShipments, BatchStatus, Batches, CloneSuspicions, ColdChain, ColdChainRecord, Config,
	DispenseOutcome, DispenseRecord, DispensedSerials, Error, Event, Gtin, HolderCount, Holding,
	Holdings, Lot, MemberRole, Membership, Moment, NextBatchId, NextShipmentId, OpenRecalls, OrgId,
	OrganizationKind, OrganizationRegistry, OrganizationStatus, PackVerification, Pallet,
	PartnerHoldings, Product, Products, QuantityInTransit, Recall, RecallClass, RegistryError,
	Serial, SerialProof, Shipment, ShipmentId, ShipmentStatus, Shipments, StockRef, SuspectReport,
	SuspectReports, DISPENSERS, MANUFACTURERS, MANUFACTURER_RECALL_ROLES,
	MANUFACTURER_RELEASE_ROLES, MONITORING_ROLES, PRODUCT_ROLES, REGULATORS,
	REGULATOR_RECALL_ROLES, REGULATOR_RELEASE_ROLES, TRADING_PARTNERS,
};
use alloc::vec::Vec;
use frame_support::{
	ensure,
	traits::{Get, Time},
};
use healthchain_primitives::merkle;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Registers the product `gtin` for the manufacturer `who` acts for.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotAManufacturer`],
	///   [`Error::NotPermittedToManageProducts`] if `who` does not act as an `Admin` or
	///   `Logistics` member of an active manufacturer;
	/// - [`Error::InvalidGtin`] if `gtin` is not a valid GTIN;
	/// - [`Error::InvalidTemperatureRange`] unless `min_temp_centi_c < max_temp_centi_c`;
	/// - [`Error::DuplicateProduct`] if `gtin` is already registered.
	pub fn do_register_product(
		who: T::AccountId,
		gtin: Gtin,
		metadata_hash: H256,
		min_temp_centi_c: i32,
		max_temp_centi_c: i32,
		max_excursion_ms: Moment,
	) -> DispatchResult {
		let manufacturer = Self::acting_as(
			&who,
			MANUFACTURERS,
			PRODUCT_ROLES,
			Error::<T>::NotAManufacturer,
			Error::<T>::NotPermittedToManageProducts,
		)?
		.org;
		ensure!(gtin.is_valid(), Error::<T>::InvalidGtin);
		ensure!(min_temp_centi_c < max_temp_centi_c, Error::<T>::InvalidTemperatureRange);
		ensure!(!Products::<T>::contains_key(gtin), Error::<T>::DuplicateProduct);

		let product = Product {
			manufacturer,
			metadata_hash,
			min_temp_centi_c,
			max_temp_centi_c,
			max_excursion_ms,
			registered_at: Self::now(),
		};
		Products::<T>::insert(gtin, product);
		Self::deposit_event(Event::ProductRegistered { gtin, manufacturer });
		Ok(())
	}

	/// Commissions a batch of `quantity` packs of product `gtin`, lot `lot`, for the
	/// manufacturer `who` acts for, and returns its id. The manufacturer holds all of it.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`], [`Error::NotAManufacturer`],
	///   [`Error::NotPermittedToManageProducts`] as for [`Self::do_register_product`];
	/// - [`Error::UnknownProduct`] if `gtin` is not registered;
	/// - [`Error::NotProductManufacturer`] if another manufacturer registered it;
	/// - [`Error::EmptyLot`], [`Error::ZeroQuantity`] for an empty lot or no packs;
	/// - [`Error::BatchTooLarge`] for more than `2^MaxProofDepth` packs;
	/// - [`Error::AlreadyExpired`] unless `expiry` is in the future;
	/// - [`Error::DuplicateLot`] if the product already has a batch with this lot;
	/// - [`Error::Overflow`] if the batch ids are exhausted.
	pub fn do_commission_batch(
		who: T::AccountId,
		gtin: Gtin,
		lot: Lot<T>,
		expiry: Moment,
		quantity: u32,
		serials_root: H256,
	) -> Result<BatchId, DispatchError> {
		let manufacturer = Self::acting_as(
			&who,
			MANUFACTURERS,
			PRODUCT_ROLES,
			Error::<T>::NotAManufacturer,
			Error::<T>::NotPermittedToManageProducts,
		)?
		.org;
		let product = Products::<T>::get(gtin).ok_or(Error::<T>::UnknownProduct)?;
		ensure!(product.manufacturer == manufacturer, Error::<T>::NotProductManufacturer);
		ensure!(!lot.is_empty(), Error::<T>::EmptyLot);
		ensure!(quantity > 0, Error::<T>::ZeroQuantity);
		ensure!(Self::fits_proof_depth(quantity), Error::<T>::BatchTooLarge);
		let now = Self::now();
		ensure!(expiry > now, Error::<T>::AlreadyExpired);
		ensure!(!BatchByLot::<T>::contains_key(gtin, &lot), Error::<T>::DuplicateLot);
		let batch_id = NextBatchId::<T>::get();
		let next_batch_id = batch_id.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let batch = Batch {
			gtin,
			lot: lot.clone(),
			expiry,
			quantity,
			serials_root,
			manufacturer,
			status: BatchStatus::Active,
			commissioned_at: now,
			dispensed: 0,
		};
		NextBatchId::<T>::put(next_batch_id);
		Batches::<T>::insert(batch_id, batch);
		BatchByLot::<T>::insert(gtin, &lot, batch_id);
		let holding = Holding { quantity, incoming: 0, quarantined: false };
		Self::put_holding(batch_id, manufacturer, holding);
		Self::put_holder_count(batch_id, 1);
		Self::deposit_event(Event::BatchCommissioned {
			batch: batch_id,
			gtin,
			lot,
			manufacturer,
			quantity,
			expiry,
		});
		Ok(batch_id)
	}

	/// Ships `quantity` packs of `batch_id` from the trading partner `who` acts for to `to`,
	/// and returns the shipment's id. The packs leave the sender's holding (removed when
	/// nothing is left in it or incoming to it) and join the receiver's as incoming (a new
	/// holding if it had none).
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
	///   [`Error::BatchExpired`] unless the batch is active and not expired;
	/// - [`Error::StockQuarantined`] if the sender's stock is quarantined;
	/// - [`Error::InsufficientStock`] if the sender holds fewer than `quantity` packs;
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
		Self::ensure_usable(&batch, now)?;
		let sender = Self::unquarantined_holding(batch_id, from)?;
		let remaining =
			sender.quantity.checked_sub(quantity).ok_or(Error::<T>::InsufficientStock)?;
		let sender_after = Holding { quantity: remaining, ..sender };
		let receiver = Holdings::<T>::get(batch_id, to);
		let receiver_joins = receiver.is_none();
		let receiver_before = receiver.unwrap_or_default();
		let incoming =
			receiver_before.incoming.checked_add(quantity).ok_or(Error::<T>::Overflow)?;
		let receiver_after = Holding { incoming, ..receiver_before };
		let holders = Self::holders_after(batch_id, sender_after.is_empty(), receiver_joins)?;
		let in_transit = QuantityInTransit::<T>::get(batch_id)
			.checked_add(quantity)
			.ok_or(Error::<T>::Overflow)?;
		let shipment_id = NextShipmentId::<T>::get();
		let next_shipment_id = shipment_id.checked_add(1).ok_or(Error::<T>::Overflow)?;
		let index = BatchShipmentCount::<T>::get(batch_id);
		let shipment_count = index.checked_add(1).ok_or(Error::<T>::Overflow)?;

		let shipment = Shipment {
			batch: batch_id,
			from,
			to,
			quantity,
			document_hash,
			status: ShipmentStatus::InTransit,
			quarantined: false,
			shipped_at: now,
			received_at: None,
		};
		NextShipmentId::<T>::put(next_shipment_id);
		Shipments::<T>::insert(shipment_id, shipment);
		BatchShipments::<T>::insert(batch_id, index, shipment_id);
		BatchShipmentCount::<T>::insert(batch_id, shipment_count);
		Self::put_in_transit(batch_id, in_transit);
		Self::put_holding(batch_id, from, sender_after);
		Self::put_holding(batch_id, to, receiver_after);
		Self::put_holder_count(batch_id, holders);
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
	/// receiver's incoming into its custody, and a shipment quarantined in transit
	/// quarantines the receiver's holding. Allowed whatever the batch's status.
	///
	/// # Errors
	///
	/// - [`Error::UnknownShipment`] if `shipment_id` does not exist;
	/// - [`Error::AlreadyReceived`] if it was received;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NotReceiver`] if that organisation is not the receiver;
	/// - [`Error::NotPermittedToHandleStock`] if `who`'s role may not handle stock;
	/// - [`Error::UnknownBatch`], [`Error::Overflow`] if storage is inconsistent.
	pub fn do_receive(who: T::AccountId, shipment_id: ShipmentId) -> DispatchResult {
		let mut shipment = Shipments::<T>::get(shipment_id).ok_or(Error::<T>::UnknownShipment)?;
		ensure!(shipment.status == ShipmentStatus::InTransit, Error::<T>::AlreadyReceived);
		let membership = Self::membership(&who)?;
		ensure!(membership.org == shipment.to, Error::<T>::NotReceiver);
		ensure!(
			stock_roles(membership.kind).contains(&membership.role),
			Error::<T>::NotPermittedToHandleStock
		);
		let batch_id = shipment.batch;
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
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
		};
		let in_transit = QuantityInTransit::<T>::get(batch_id)
			.checked_sub(shipment.quantity)
			.ok_or(Error::<T>::Overflow)?;

		shipment.status = ShipmentStatus::Received;
		shipment.received_at = Some(Self::now());
		Shipments::<T>::insert(shipment_id, &shipment);
		ColdChain::<T>::remove(StockRef::Shipment(shipment_id));
		Self::put_in_transit(batch_id, in_transit);
		Self::put_holding(batch_id, shipment.to, received);
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

	/// Records, on behalf of `who`, a reading of `centi_c` measured at `measured_at` for
	/// `stock`. Out of the product's range, the reading starts an excursion (unless one is
	/// running); once an excursion has lasted `max_excursion_ms` (measured between its first
	/// reading and this one) the stock is quarantined, `TemperatureExcursion` raises the
	/// alert and the excursion ends. A reading within the range ends any excursion.
	///
	/// # Errors
	///
	/// - [`Error::UnknownStock`] if `stock` is a holding with no packs in custody;
	/// - [`Error::UnknownShipment`], [`Error::AlreadyReceived`] if it is a shipment that
	///   does not exist or is no longer in transit;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NotCustodian`] if that organisation is not the stock's custodian;
	/// - [`Error::NotPermittedToRecordTemperature`] unless `who` is `Logistics` or `Device`;
	/// - [`Error::ReadingFromTheFuture`] if `measured_at` is after now;
	/// - [`Error::ReadingOutOfOrder`] if it is before the stock's latest reading;
	/// - [`Error::UnknownBatch`], [`Error::UnknownProduct`] if storage is inconsistent.
	pub fn do_record_temperature(
		who: T::AccountId,
		stock: StockRef,
		centi_c: i32,
		measured_at: Moment,
	) -> DispatchResult {
		let (batch_id, custodian, _quarantined) = Self::stock_in_custody(&stock)?;
		let membership = Self::membership(&who)?;
		ensure!(membership.org == custodian, Error::<T>::NotCustodian);
		ensure!(
			MONITORING_ROLES.contains(&membership.role),
			Error::<T>::NotPermittedToRecordTemperature
		);
		ensure!(measured_at <= Self::now(), Error::<T>::ReadingFromTheFuture);
		let previous = ColdChain::<T>::get(stock);
		if let Some(previous) = &previous {
			ensure!(measured_at >= previous.last_measured_at, Error::<T>::ReadingOutOfOrder);
		}
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let product = Products::<T>::get(batch.gtin).ok_or(Error::<T>::UnknownProduct)?;

		let in_range = product.accepts(centi_c);
		let run_start = if in_range {
			None
		} else {
			Some(previous.and_then(|record| record.excursion_since).unwrap_or(measured_at))
		};
		let tolerance = product.max_excursion_ms;
		let excursion = run_start.filter(|since| measured_at.saturating_sub(*since) >= tolerance);
		let record = ColdChainRecord {
			last_measured_at: measured_at,
			last_centi_c: centi_c,
			excursion_since: if excursion.is_some() { None } else { run_start },
		};
		ColdChain::<T>::insert(stock, record);
		if excursion.is_some() {
			Self::set_quarantined(&stock, true);
		}
		Self::deposit_event(Event::TemperatureRecorded {
			stock,
			batch: batch_id,
			centi_c,
			measured_at,
			in_range,
		});
		if let Some(since) = excursion {
			Self::deposit_event(Event::TemperatureExcursion {
				stock,
				batch: batch_id,
				centi_c,
				since,
				measured_at,
			});
		}
		Ok(())
	}

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

	/// Recalls `batch_id` on behalf of `who`: the batch becomes `Recalled` for good (an open
	/// suspect report is superseded and removed), the recall is open until closed,
	/// `BatchRecalled` is emitted, then one `RecallNotice` for every holding of the batch.
	/// Holdings include receivers of shipments in transit (their holding exists from the
	/// moment the stock is shipped to them), so every partner who holds or will receive
	/// the batch is notified; at most `MaxHoldersPerBatch` notices.
	///
	/// # Errors
	///
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotManufacturerOrRegulator`], [`Error::NotProductManufacturer`],
	///   [`Error::NotPermittedToRecall`] unless `who` acts as an `Admin` or `Logistics`
	///   member of the batch's manufacturer or an `Auditor` or `Admin` of a regulator;
	/// - [`Error::AlreadyRecalled`] if the batch is recalled;
	/// - [`Error::BatchDestroyed`] if it was confirmed illegitimate.
	pub fn do_recall(
		who: T::AccountId,
		batch_id: BatchId,
		class: RecallClass,
		reason_hash: H256,
	) -> DispatchResult {
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let by_org = Self::ensure_manufacturer_or_regulator(
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

		batch.status = BatchStatus::Recalled;
		Batches::<T>::insert(batch_id, batch);
		SuspectReports::<T>::remove(batch_id);
		OpenRecalls::<T>::insert(batch_id, Recall { class, reason_hash, by_org, at: Self::now() });
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

	/// Closes the open recall of `batch_id` on behalf of `who`; the batch stays recalled.
	///
	/// # Errors
	///
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - the origin errors of [`Self::do_recall`];
	/// - [`Error::NoOpenRecall`] if the batch has no open recall.
	pub fn do_close_recall(who: T::AccountId, batch_id: BatchId) -> DispatchResult {
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let by_org = Self::ensure_manufacturer_or_regulator(
			&who,
			batch.manufacturer,
			MANUFACTURER_RECALL_ROLES,
			REGULATOR_RECALL_ROLES,
			Error::<T>::NotPermittedToRecall,
		)?;
		ensure!(OpenRecalls::<T>::contains_key(batch_id), Error::<T>::NoOpenRecall);

		OpenRecalls::<T>::remove(batch_id);
		Self::deposit_event(Event::RecallClosed { batch: batch_id, by_org });
		Ok(())
	}

	/// Reports `batch_id` as suspect on behalf of `who`: the batch is quarantined until a
	/// regulator resolves the report.
	///
	/// # Errors
	///
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotATradingPartner`] unless `who` is a member of an active trading partner;
	/// - [`Error::UnknownBatch`] if `batch_id` does not exist;
	/// - [`Error::BatchQuarantined`] if it is already reported;
	/// - [`Error::BatchRecalled`], [`Error::BatchDestroyed`] if it is recalled or destroyed.
	pub fn do_report_suspect(
		who: T::AccountId,
		batch_id: BatchId,
		reason_hash: H256,
	) -> DispatchResult {
		let reporter_org = Self::acting_as(
			&who,
			TRADING_PARTNERS,
			&[],
			Error::<T>::NotATradingPartner,
			Error::<T>::NotATradingPartner,
		)?
		.org;
		let mut batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		Self::ensure_active(&batch)?;

		batch.status = BatchStatus::Quarantined;
		Batches::<T>::insert(batch_id, batch);
		let report = SuspectReport { reporter_org, reason_hash, at: Self::now() };
		SuspectReports::<T>::insert(batch_id, report);
		Self::deposit_event(Event::SuspectReported { batch: batch_id, reporter_org, reason_hash });
		Ok(())
	}

	/// Resolves the suspect report of `batch_id` on behalf of the auditor `who`: a
	/// `legitimate` batch is active again, any other is destroyed. The report is removed.
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
		ensure!(
			batch.status == BatchStatus::Quarantined && SuspectReports::<T>::contains_key(batch_id),
			Error::<T>::NotSuspect
		);

		batch.status = if legitimate { BatchStatus::Active } else { BatchStatus::Destroyed };
		Batches::<T>::insert(batch_id, batch);
		SuspectReports::<T>::remove(batch_id);
		let event = if legitimate {
			Event::SuspectCleared { batch: batch_id, by_org }
		} else {
			Event::SuspectConfirmed { batch: batch_id, by_org }
		};
		Self::deposit_event(event);
		Ok(())
	}

	/// Releases `stock` from its excursion quarantine on behalf of `who`, and ends any
	/// excursion running for it (its latest reading is kept).
	///
	/// # Errors
	///
	/// - [`Error::UnknownStock`], [`Error::UnknownShipment`], [`Error::AlreadyReceived`] as
	///   for [`Self::do_record_temperature`];
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotManufacturerOrRegulator`], [`Error::NotProductManufacturer`],
	///   [`Error::NotPermittedToRelease`] unless `who` acts as an `Auditor` of a regulator or
	///   an `Admin` of the batch's manufacturer;
	/// - [`Error::NotQuarantined`] if the stock is not quarantined;
	/// - [`Error::UnknownBatch`] if storage is inconsistent.
	pub fn do_release_stock(who: T::AccountId, stock: StockRef) -> DispatchResult {
		let (batch_id, _custodian, quarantined) = Self::stock_in_custody(&stock)?;
		let batch = Batches::<T>::get(batch_id).ok_or(Error::<T>::UnknownBatch)?;
		let by_org = Self::ensure_manufacturer_or_regulator(
			&who,
			batch.manufacturer,
			MANUFACTURER_RELEASE_ROLES,
			REGULATOR_RELEASE_ROLES,
			Error::<T>::NotPermittedToRelease,
		)?;
		ensure!(quarantined, Error::<T>::NotQuarantined);

		Self::set_quarantined(&stock, false);
		ColdChain::<T>::mutate(stock, |record| {
			if let Some(record) = record {
				record.excursion_since = None;
			}
		});
		Self::deposit_event(Event::StockReleased { stock, batch: batch_id, by_org });
		Ok(())
	}

	/// What the chain says about the pack of product `gtin`, lot `lot`, with `serial`, shown
	/// to be in its batch by `proof`: checked in the order of [`PackVerification`]'s
	/// variants. A lot, serial or proof longer than the pallet allows is refused unread
	/// (`Unknown` for the lot, `NotInBatch` for the others).
	pub fn verify_pack(
		gtin: Gtin,
		lot: Vec<u8>,
		serial: Vec<u8>,
		proof: Vec<H256>,
	) -> PackVerification {
		let Some((batch_id, batch)) = Self::batch_by_lot(gtin, lot) else {
			return PackVerification::Unknown;
		};
		let max_serial = usize::try_from(T::MaxSerialLength::get()).unwrap_or(usize::MAX);
		let max_depth = usize::try_from(T::MaxProofDepth::get()).unwrap_or(usize::MAX);
		if serial.len() > max_serial || proof.len() > max_depth {
			return PackVerification::NotInBatch;
		}
		let serial_hash = serial_hash(&serial);
		if !merkle::verify_proof(&batch.serials_root, &serial_hash, &proof) {
			return PackVerification::NotInBatch;
		}
		if let Some(record) = DispensedSerials::<T>::get(batch_id, serial_hash) {
			return PackVerification::AlreadyDispensed { dispensed_at: record.at };
		}
		match batch.status {
			BatchStatus::Active => {}
			BatchStatus::Recalled => return PackVerification::Recalled,
			BatchStatus::Destroyed => return PackVerification::Destroyed,
			BatchStatus::Quarantined => return PackVerification::Quarantined,
		}
		if Self::now() >= batch.expiry {
			return PackVerification::Expired { expiry: batch.expiry };
		}
		PackVerification::Genuine { batch: batch_id, expiry: batch.expiry }
	}

	/// Batch `batch_id`, if it exists.
	pub fn batch(batch_id: BatchId) -> Option<BatchOf<T>> {
		Batches::<T>::get(batch_id)
	}

	/// The batch of product `gtin` with lot number `lot`, with its id, if it exists.
	pub fn batch_by_lot(gtin: Gtin, lot: Vec<u8>) -> Option<(BatchId, BatchOf<T>)> {
		let lot = Lot::<T>::try_from(lot).ok()?;
		let batch_id = BatchByLot::<T>::get(gtin, &lot)?;
		Batches::<T>::get(batch_id).map(|batch| (batch_id, batch))
	}

	/// Product `gtin`, if it is registered.
	pub fn product(gtin: Gtin) -> Option<Product> {
		Products::<T>::get(gtin)
	}

	/// One page of `batch_id`'s custody history, oldest first: at most `limit` (capped at
	/// `MaxPageSize`) shipments from the `start`-th (0 is the first). The next page starts
	/// at `start` plus this page's length; an empty page ends the listing.
	pub fn custody_history(
		batch_id: BatchId,
		start: u32,
		limit: u32,
	) -> Vec<(ShipmentId, Shipment)> {
		let count = BatchShipmentCount::<T>::get(batch_id);
		(start..count)
			.take(Self::page_size(limit))
			.filter_map(|index| {
				let shipment_id = BatchShipments::<T>::get(batch_id, index)?;
				Shipments::<T>::get(shipment_id).map(|shipment| (shipment_id, shipment))
			})
			.collect()
	}

	/// One page of the holdings of the trading partner `org`: at most `limit` (capped at
	/// `MaxPageSize`), after batch `start_after` (the last batch of the previous page), or
	/// from the first when `None`. Storage order, stable while the holdings do not change;
	/// an empty page ends the listing.
	pub fn holdings(
		org: OrgId,
		start_after: Option<BatchId>,
		limit: u32,
	) -> Vec<(BatchId, Holding)> {
		let batches = match start_after {
			Some(cursor) => PartnerHoldings::<T>::iter_key_prefix_from(
				org,
				PartnerHoldings::<T>::hashed_key_for(org, cursor),
			),
			None => PartnerHoldings::<T>::iter_key_prefix(org),
		};
		batches
			.take(Self::page_size(limit))
			.filter_map(|batch_id| {
				Holdings::<T>::get(batch_id, org).map(|holding| (batch_id, holding))
			})
			.collect()
	}

	/// Every holder of `batch_id` (receivers of shipments in transit included) with its
	/// holding: at most `MaxHoldersPerBatch`.
	pub fn holders(batch_id: BatchId) -> Vec<(OrgId, Holding)> {
		Holdings::<T>::iter_prefix(batch_id).collect()
	}

	/// How many packs of `batch_id` are in transit.
	pub fn in_transit(batch_id: BatchId) -> u32 {
		QuantityInTransit::<T>::get(batch_id)
	}

	/// One page of the open recalls: at most `limit` (capped at `MaxPageSize`), after batch
	/// `start_after` (the last batch of the previous page), or from the first when `None`.
	/// Storage order, stable while the recalls do not change; an empty page ends the
	/// listing.
	pub fn open_recalls(start_after: Option<BatchId>, limit: u32) -> Vec<(BatchId, Recall)> {
		let recalls = match start_after {
			Some(cursor) => OpenRecalls::<T>::iter_from_key(cursor),
			None => OpenRecalls::<T>::iter(),
		};
		recalls.take(Self::page_size(limit)).collect()
	}

	/// Checks the supply chain's invariants:
	///
	/// - every batch's id is below [`NextBatchId`], its (GTIN, lot) leads back to it in
	///   [`BatchByLot`], and its product is registered by its manufacturer;
	/// - **quantity is conserved**: for every batch, the packs in its holdings' custody plus
	///   those in transit plus those dispensed equal the packs commissioned;
	/// - every batch's in-transit quantity equals the incoming of its holdings and the sum of
	///   its shipments in transit;
	/// - every holding holds or awaits something, is indexed in [`PartnerHoldings`], and the
	///   batch's [`HolderCount`] is its number of holdings, at most `MaxHoldersPerBatch`;
	/// - every batch's dispensed count is its number of [`DispensedSerials`];
	/// - a batch is quarantined exactly when it has a suspect report, and has an open recall
	///   only if it is recalled;
	/// - every shipment's id is below [`NextShipmentId`], is in its batch's custody history,
	///   and has a receipt time exactly when received;
	/// - every index and cold-chain record names something that exists.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
	#[cfg(any(feature = "try-runtime", test))]
	pub fn do_try_state() -> Result<(), sp_runtime::TryRuntimeError> {
		let next_batch = NextBatchId::<T>::get();
		for (batch_id, batch) in Batches::<T>::iter() {
			ensure!(batch_id < next_batch, "a batch's id is not below NextBatchId");
			ensure!(
				BatchByLot::<T>::get(batch.gtin, &batch.lot) == Some(batch_id),
				"a batch's GTIN and lot do not lead back to it"
			);
			ensure!(
				Products::<T>::get(batch.gtin)
					.is_some_and(|product| product.manufacturer == batch.manufacturer),
				"a batch's product is not registered by its manufacturer"
			);
			Self::check_stock(batch_id, &batch)?;
			let quarantined = batch.status == BatchStatus::Quarantined;
			ensure!(
				quarantined == SuspectReports::<T>::contains_key(batch_id),
				"a batch is quarantined exactly when it has a suspect report"
			);
			ensure!(
				!OpenRecalls::<T>::contains_key(batch_id) || batch.status == BatchStatus::Recalled,
				"a batch with an open recall is not recalled"
			);
		}
		for (gtin, lot, batch_id) in BatchByLot::<T>::iter() {
			ensure!(
				Batches::<T>::get(batch_id)
					.is_some_and(|batch| batch.gtin == gtin && batch.lot == lot),
				"a BatchByLot entry names a batch of another GTIN or lot"
			);
		}
		for (org, batch_id) in PartnerHoldings::<T>::iter_keys() {
			ensure!(
				Holdings::<T>::contains_key(batch_id, org),
				"a PartnerHoldings entry names no holding"
			);
		}
		for batch_id in HolderCount::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "a HolderCount entry names no batch");
		}
		let next_shipment = NextShipmentId::<T>::get();
		for (shipment_id, shipment) in Shipments::<T>::iter() {
			ensure!(shipment_id < next_shipment, "a shipment's id is not below NextShipmentId");
			ensure!(Batches::<T>::contains_key(shipment.batch), "a shipment names no batch");
			ensure!(
				shipment.received_at.is_some() == (shipment.status == ShipmentStatus::Received),
				"a shipment has a receipt time iff it was received"
			);
		}
		for (stock, _record) in ColdChain::<T>::iter() {
			ensure!(Self::stock_in_custody(&stock).is_ok(), "a cold-chain record names no stock");
		}
		for (batch_id, _serial) in CloneSuspicions::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "a clone suspicion names no batch");
		}
		for batch_id in OpenRecalls::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "an open recall names no batch");
		}
		for batch_id in SuspectReports::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "a suspect report names no batch");
		}
		Ok(())
	}

	/// Checks one batch's stock: see [`Self::do_try_state`].
	#[cfg(any(feature = "try-runtime", test))]
	fn check_stock(batch_id: BatchId, batch: &BatchOf<T>) -> DispatchResult {
		let mut in_custody: u64 = 0;
		let mut incoming: u64 = 0;
		let mut holders: u32 = 0;
		for (org, holding) in Holdings::<T>::iter_prefix(batch_id) {
			ensure!(!holding.is_empty(), "an empty holding is stored");
			ensure!(
				PartnerHoldings::<T>::contains_key(org, batch_id),
				"a holding is missing from its partner's index"
			);
			in_custody = in_custody.saturating_add(u64::from(holding.quantity));
			incoming = incoming.saturating_add(u64::from(holding.incoming));
			holders = holders.saturating_add(1);
		}
		ensure!(holders == HolderCount::<T>::get(batch_id), "a batch's holder count is wrong");
		ensure!(holders <= T::MaxHoldersPerBatch::get(), "a batch has too many holders");

		let in_transit = u64::from(QuantityInTransit::<T>::get(batch_id));
		ensure!(incoming == in_transit, "a batch's incoming stock differs from its in-transit");
		let mut in_shipments: u64 = 0;
		let shipment_count = BatchShipmentCount::<T>::get(batch_id);
		for index in 0..shipment_count {
			let shipment_id = BatchShipments::<T>::get(batch_id, index)
				.ok_or("a batch's custody history has a gap")?;
			let shipment =
				Shipments::<T>::get(shipment_id).ok_or("a custody history names no shipment")?;
			ensure!(shipment.batch == batch_id, "a custody history names another batch's shipment");
			if shipment.status == ShipmentStatus::InTransit {
				in_shipments = in_shipments.saturating_add(u64::from(shipment.quantity));
			}
		}
		ensure!(
			in_shipments == in_transit,
			"a batch's in-transit quantity differs from its shipments in transit"
		);

		let dispensed = DispensedSerials::<T>::iter_key_prefix(batch_id).count();
		ensure!(
			u32::try_from(dispensed).ok() == Some(batch.dispensed),
			"a batch's dispensed count differs from its serials"
		);

		let accounted =
			in_custody.saturating_add(in_transit).saturating_add(u64::from(batch.dispensed));
		ensure!(
			accounted == u64::from(batch.quantity),
			"quantity is not conserved: custody + in transit + dispensed != commissioned"
		);
		Ok(())
	}

	/// The batch, custodian and quarantine flag of `stock`: a holding with packs in custody
	/// (the custodian is the holder), or a shipment in transit (the custodian is the sender).
	fn stock_in_custody(stock: &StockRef) -> Result<(BatchId, OrgId, bool), DispatchError> {
		match *stock {
			StockRef::Holding { batch, holder } => {
				let holding = Holdings::<T>::get(batch, holder)
					.filter(|holding| holding.quantity > 0)
					.ok_or(Error::<T>::UnknownStock)?;
				Ok((batch, holder, holding.quarantined))
			}
			StockRef::Shipment(shipment_id) => {
				let shipment =
					Shipments::<T>::get(shipment_id).ok_or(Error::<T>::UnknownShipment)?;
				ensure!(shipment.status == ShipmentStatus::InTransit, Error::<T>::AlreadyReceived);
				Ok((shipment.batch, shipment.from, shipment.quarantined))
			}
		}
	}

	/// Sets the quarantine flag of `stock`, which exists.
	fn set_quarantined(stock: &StockRef, quarantined: bool) {
		match *stock {
			StockRef::Holding { batch, holder } => {
				Holdings::<T>::mutate(batch, holder, |holding| {
					if let Some(holding) = holding {
						holding.quarantined = quarantined;
					}
				});
			}
			StockRef::Shipment(shipment_id) => {
				Shipments::<T>::mutate(shipment_id, |shipment| {
					if let Some(shipment) = shipment {
						shipment.quarantined = quarantined;
					}
				});
			}
		}
	}

	/// `org`'s holding of `batch_id`, if it is not quarantined.
	fn unquarantined_holding(batch_id: BatchId, org: OrgId) -> Result<Holding, DispatchError> {
		let holding = Holdings::<T>::get(batch_id, org).ok_or(Error::<T>::InsufficientStock)?;
		ensure!(!holding.quarantined, Error::<T>::StockQuarantined);
		Ok(holding)
	}

	/// Stores `org`'s holding of `batch_id`, with its index entry; removes both (and the
	/// holding's cold-chain record) when the holding is empty. The cold-chain record also
	/// goes when nothing is left in custody (only incoming stock): readings are of stock
	/// in custody. The caller keeps [`HolderCount`] right.
	fn put_holding(batch_id: BatchId, org: OrgId, holding: Holding) {
		if holding.quantity == 0 {
			ColdChain::<T>::remove(StockRef::Holding { batch: batch_id, holder: org });
		}
		if holding.is_empty() {
			Holdings::<T>::remove(batch_id, org);
			PartnerHoldings::<T>::remove(org, batch_id);
		} else {
			Holdings::<T>::insert(batch_id, org, holding);
			PartnerHoldings::<T>::insert(org, batch_id, ());
		}
	}

	/// How many holders `batch_id` has once a holder leaves (if `leaves`) and another joins
	/// (if `joins`).
	fn holders_after(batch_id: BatchId, leaves: bool, joins: bool) -> Result<u32, DispatchError> {
		let mut holders = HolderCount::<T>::get(batch_id);
		if leaves {
			holders = holders.checked_sub(1).ok_or(Error::<T>::Overflow)?;
		}
		if joins {
			holders = holders.checked_add(1).ok_or(Error::<T>::Overflow)?;
			ensure!(holders <= T::MaxHoldersPerBatch::get(), Error::<T>::TooManyHolders);
		}
		Ok(holders)
	}

	/// Stores `batch_id`'s holder count (removed at 0).
	fn put_holder_count(batch_id: BatchId, holders: u32) {
		if holders == 0 {
			HolderCount::<T>::remove(batch_id);
		} else {
			HolderCount::<T>::insert(batch_id, holders);
		}
	}

	/// Stores `batch_id`'s in-transit quantity (removed at 0).
	fn put_in_transit(batch_id: BatchId, quantity: u32) {
		if quantity == 0 {
			QuantityInTransit::<T>::remove(batch_id);
		} else {
			QuantityInTransit::<T>::insert(batch_id, quantity);
		}
	}

	/// Checks `batch` is active.
	fn ensure_active(batch: &BatchOf<T>) -> DispatchResult {
		match batch.status {
			BatchStatus::Active => Ok(()),
			BatchStatus::Quarantined => Err(Error::<T>::BatchQuarantined.into()),
			BatchStatus::Recalled => Err(Error::<T>::BatchRecalled.into()),
			BatchStatus::Destroyed => Err(Error::<T>::BatchDestroyed.into()),
		}
	}

	/// Checks `batch`'s stock may move or be dispensed at `now`: active and not expired.
	fn ensure_usable(batch: &BatchOf<T>, now: Moment) -> DispatchResult {
		Self::ensure_active(batch)?;
		ensure!(now < batch.expiry, Error::<T>::BatchExpired);
		Ok(())
	}

	/// Checks `to` is an active trading partner, to ship to.
	fn ensure_recipient(to: OrgId) -> DispatchResult {
		let (kind, status) =
			<T::Registry as OrganizationRegistry<T::AccountId>>::organization_status(to)
				.ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(status == OrganizationStatus::Active, Error::<T>::RecipientSuspended);
		ensure!(TRADING_PARTNERS.contains(&kind), Error::<T>::RecipientNotATradingPartner);
		Ok(())
	}

	/// Whether a batch of `quantity` packs fits a tree whose proofs have at most
	/// `MaxProofDepth` hashes.
	fn fits_proof_depth(quantity: u32) -> bool {
		match 2u64.checked_pow(T::MaxProofDepth::get()) {
			Some(capacity) => u64::from(quantity) <= capacity,
			None => true,
		}
	}

	/// The membership `who` ships and receives in: a trading partner's member in one of
	/// [`stock_roles`] of its kind.
	fn stock_handler(who: &T::AccountId) -> Result<Membership, DispatchError> {
		let membership = Self::acting_as(
			who,
			TRADING_PARTNERS,
			&[],
			Error::<T>::NotATradingPartner,
			Error::<T>::NotPermittedToHandleStock,
		)?;
		ensure!(
			stock_roles(membership.kind).contains(&membership.role),
			Error::<T>::NotPermittedToHandleStock
		);
		Ok(membership)
	}

	/// The organisation `who` acts for as a member of the batch's `manufacturer` in one of
	/// `manufacturer_roles`, or of a regulator in one of `regulator_roles`; `wrong_role` is
	/// the error for another role.
	fn ensure_manufacturer_or_regulator(
		who: &T::AccountId,
		manufacturer: OrgId,
		manufacturer_roles: &[MemberRole],
		regulator_roles: &[MemberRole],
		wrong_role: Error<T>,
	) -> Result<OrgId, DispatchError> {
		let membership = Self::membership(who)?;
		let roles = match membership.kind {
			OrganizationKind::Regulator => regulator_roles,
			OrganizationKind::Manufacturer if membership.org == manufacturer => manufacturer_roles,
			OrganizationKind::Manufacturer => return Err(Error::<T>::NotProductManufacturer.into()),
			_ => return Err(Error::<T>::NotManufacturerOrRegulator.into()),
		};
		ensure!(roles.contains(&membership.role), wrong_role);
		Ok(membership.org)
	}

	/// Now, in milliseconds since the Unix epoch.
	fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// `limit`, capped at `MaxPageSize`.
	fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}

	/// The membership `who` acts in, for any active organisation.
	fn membership(who: &T::AccountId) -> Result<Membership, Error<T>> {
		Self::acting_as(who, &[], &[], Error::<T>::NotAMember, Error::<T>::NotAMember)
	}

	/// The membership `who` acts in, for an active organisation of one of `kinds` in one of
	/// `roles` (an empty slice accepts any); `wrong_kind` and `wrong_role` are the errors
	/// for another kind or role.
	fn acting_as(
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
