//! The reads behind the runtime API, the invariants `try_state` checks, and the checks and
//! storage helpers the calls share. The calls' `do_*` functions live in
//! [`features`](crate::features), one file per topic.
//!
//! No read iterates over all batches, shipments or holdings: each touches the keys it names,
//! one batch's holders (at most `MaxHoldersPerBatch`) or one page of an index.

use crate::{
	serial_hash, stock_roles, BatchByLot, BatchId, BatchOf, BatchShipmentCount, BatchShipments,
	BatchStatus, Batches, ColdChain, Config, DispensedSerials, Error, Exposure, Gtin, HolderCount,
	Holding, Holdings, Lot, MemberRole, Membership, Moment, OpenRecalls, OrgId, OrganizationKind,
	OrganizationRegistry, OrganizationStatus, PackVerification, Pallet, PartnerHoldings, Product,
	Products, QuantityInTransit, Recall, RegistryError, Shipment, ShipmentId, ShipmentStatus,
	Shipments, StockRef, TRADING_PARTNERS,
};
use crate::{
	CloneSuspicions, Custodians, NextBatchId, NextShipmentId, ResolvedReports, SuspectReports,
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
	///   those in transit plus those dispensed plus those disposed of equal the packs
	///   commissioned;
	/// - every batch's in-transit quantity equals the sum of its shipments in transit, and
	///   each holding's incoming (outgoing) equals the sum of the batch's shipments in transit
	///   to (from) its partner;
	/// - every holding holds, awaits or has in transit something, is indexed in
	///   [`PartnerHoldings`], names a custodian of the batch, and with nothing in custody is
	///   neither quarantined nor exposed; no exposure accepts more than its total; the
	///   batch's [`HolderCount`] is its number of holdings, at most `MaxHoldersPerBatch`;
	/// - every batch's dispensed count is its number of [`DispensedSerials`];
	/// - a batch is quarantined exactly when it has a suspect report, and has an open recall
	///   only if it is recalled;
	/// - every shipment's id is below [`NextShipmentId`], it is in its batch's custody
	///   history, its sender and receiver are custodians of the batch, and it has a receipt
	///   time exactly when received;
	/// - every index, custodian, resolved report and cold-chain record names something that
	///   exists.
	///
	/// Always compiled, not only under `try-runtime`: the `try_state` hook calls it, and so
	/// do the unit tests and the runtime's call-sequence fuzzer (`runtime/tests/fuzz.rs`),
	/// after every block it applies.
	///
	/// # Errors
	///
	/// A message naming the first invariant found broken.
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
			ensure!(
				Custodians::<T>::contains_key(batch_id, batch.manufacturer),
				"a batch's manufacturer is not its custodian"
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
			ensure!(
				Custodians::<T>::contains_key(shipment.batch, shipment.from)
					&& Custodians::<T>::contains_key(shipment.batch, shipment.to),
				"a shipment's sender or receiver is not a custodian of its batch"
			);
			ensure!(
				shipment.exposure.accepted_ms <= shipment.exposure.total_ms,
				"a shipment's accepted exposure exceeds its total"
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
		for (batch_id, _org) in Custodians::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "a custodian names no batch");
		}
		for (batch_id, _org) in ResolvedReports::<T>::iter_keys() {
			ensure!(Batches::<T>::contains_key(batch_id), "a resolved report names no batch");
		}
		Ok(())
	}

	/// Checks one batch's stock: see [`Self::do_try_state`].
	fn check_stock(batch_id: BatchId, batch: &BatchOf<T>) -> DispatchResult {
		use alloc::collections::BTreeMap;

		// Each partner's packs in the batch's shipments in transit: (to it, from it).
		let mut in_shipments: BTreeMap<OrgId, (u64, u64)> = BTreeMap::new();
		let mut in_transit_shipped: u64 = 0;
		let shipment_count = BatchShipmentCount::<T>::get(batch_id);
		for index in 0..shipment_count {
			let shipment_id = BatchShipments::<T>::get(batch_id, index)
				.ok_or("a batch's custody history has a gap")?;
			let shipment =
				Shipments::<T>::get(shipment_id).ok_or("a custody history names no shipment")?;
			ensure!(shipment.batch == batch_id, "a custody history names another batch's shipment");
			if shipment.status == ShipmentStatus::InTransit {
				let quantity = u64::from(shipment.quantity);
				in_transit_shipped = in_transit_shipped.saturating_add(quantity);
				let to = in_shipments.entry(shipment.to).or_default();
				to.0 = to.0.saturating_add(quantity);
				let from = in_shipments.entry(shipment.from).or_default();
				from.1 = from.1.saturating_add(quantity);
			}
		}

		let mut in_custody: u64 = 0;
		let mut holders: u32 = 0;
		for (org, holding) in Holdings::<T>::iter_prefix(batch_id) {
			ensure!(!holding.is_empty(), "an empty holding is stored");
			ensure!(
				PartnerHoldings::<T>::contains_key(org, batch_id),
				"a holding is missing from its partner's index"
			);
			ensure!(
				Custodians::<T>::contains_key(batch_id, org),
				"a holder is not a custodian of its batch"
			);
			ensure!(
				holding.quantity > 0
					|| (!holding.quarantined && holding.exposure == Exposure::default()),
				"a holding with nothing in custody is quarantined or exposed"
			);
			ensure!(
				holding.exposure.accepted_ms <= holding.exposure.total_ms,
				"a holding's accepted exposure exceeds its total"
			);
			let (to, from) = in_shipments.remove(&org).unwrap_or_default();
			ensure!(
				u64::from(holding.incoming) == to,
				"a holding's incoming differs from the shipments in transit to it"
			);
			ensure!(
				u64::from(holding.outgoing) == from,
				"a holding's outgoing differs from the shipments in transit from it"
			);
			in_custody = in_custody.saturating_add(u64::from(holding.quantity));
			holders = holders.saturating_add(1);
		}
		ensure!(
			in_shipments.values().all(|(to, from)| *to == 0 && *from == 0),
			"a shipment in transit names a partner with no holding"
		);
		ensure!(holders == HolderCount::<T>::get(batch_id), "a batch's holder count is wrong");
		ensure!(holders <= T::MaxHoldersPerBatch::get(), "a batch has too many holders");

		let in_transit = u64::from(QuantityInTransit::<T>::get(batch_id));
		ensure!(
			in_transit_shipped == in_transit,
			"a batch's in-transit quantity differs from its shipments in transit"
		);

		let dispensed = DispensedSerials::<T>::iter_key_prefix(batch_id).count();
		ensure!(
			u32::try_from(dispensed).ok() == Some(batch.dispensed),
			"a batch's dispensed count differs from its serials"
		);

		let accounted = in_custody
			.saturating_add(in_transit)
			.saturating_add(u64::from(batch.dispensed))
			.saturating_add(u64::from(batch.disposed));
		ensure!(
			accounted == u64::from(batch.quantity),
			"quantity is not conserved: custody + in transit + dispensed + disposed != commissioned"
		);
		Ok(())
	}

	/// `org`'s holding of `batch_id`, if it is not quarantined.
	pub(crate) fn unquarantined_holding(
		batch_id: BatchId,
		org: OrgId,
	) -> Result<Holding, DispatchError> {
		let holding = Holdings::<T>::get(batch_id, org).ok_or(Error::<T>::InsufficientStock)?;
		ensure!(!holding.quarantined, Error::<T>::StockQuarantined);
		Ok(holding)
	}

	/// Stores `org`'s holding of `batch_id`, with its index entry; removes both (and the
	/// holding's cold-chain record) when the holding is empty: nothing in custody, incoming
	/// or outgoing. When nothing is left in custody, the cold-chain record goes (readings are
	/// of stock in custody), and so do the quarantine flag and the exposure: they went with
	/// the packs. The caller keeps [`HolderCount`] right.
	pub(crate) fn put_holding(batch_id: BatchId, org: OrgId, mut holding: Holding) {
		if holding.quantity == 0 {
			ColdChain::<T>::remove(StockRef::Holding { batch: batch_id, holder: org });
			holding.quarantined = false;
			holding.exposure = Exposure::default();
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
	pub(crate) fn holders_after(
		batch_id: BatchId,
		leaves: bool,
		joins: bool,
	) -> Result<u32, DispatchError> {
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
	pub(crate) fn put_holder_count(batch_id: BatchId, holders: u32) {
		if holders == 0 {
			HolderCount::<T>::remove(batch_id);
		} else {
			HolderCount::<T>::insert(batch_id, holders);
		}
	}

	/// Stores `batch_id`'s in-transit quantity (removed at 0).
	pub(crate) fn put_in_transit(batch_id: BatchId, quantity: u32) {
		if quantity == 0 {
			QuantityInTransit::<T>::remove(batch_id);
		} else {
			QuantityInTransit::<T>::insert(batch_id, quantity);
		}
	}

	/// Checks `shipment` is in transit: not received, not refused.
	pub(crate) fn ensure_in_transit(shipment: &Shipment) -> DispatchResult {
		match shipment.status {
			ShipmentStatus::InTransit => Ok(()),
			ShipmentStatus::Received => Err(Error::<T>::AlreadyReceived.into()),
			ShipmentStatus::Refused { .. } => Err(Error::<T>::AlreadyRefused.into()),
		}
	}

	/// Checks `batch` is active.
	pub(crate) fn ensure_active(batch: &BatchOf<T>) -> DispatchResult {
		match batch.status {
			BatchStatus::Active => Ok(()),
			BatchStatus::Quarantined => Err(Error::<T>::BatchQuarantined.into()),
			BatchStatus::Recalled => Err(Error::<T>::BatchRecalled.into()),
			BatchStatus::Destroyed => Err(Error::<T>::BatchDestroyed.into()),
		}
	}

	/// Checks `batch`'s stock may move or be dispensed at `now`: active and not expired.
	pub(crate) fn ensure_usable(batch: &BatchOf<T>, now: Moment) -> DispatchResult {
		Self::ensure_active(batch)?;
		ensure!(now < batch.expiry, Error::<T>::BatchExpired);
		Ok(())
	}

	/// Checks `to` is an active trading partner, to ship to.
	pub(crate) fn ensure_recipient(to: OrgId) -> DispatchResult {
		let (kind, status) =
			<T::Registry as OrganizationRegistry<T::AccountId>>::organization_status(to)
				.ok_or(Error::<T>::UnknownOrganization)?;
		ensure!(status == OrganizationStatus::Active, Error::<T>::RecipientSuspended);
		ensure!(TRADING_PARTNERS.contains(&kind), Error::<T>::RecipientNotATradingPartner);
		Ok(())
	}

	/// The membership `who` ships and receives in: a trading partner's member in one of
	/// [`stock_roles`] of its kind.
	pub(crate) fn stock_handler(who: &T::AccountId) -> Result<Membership, DispatchError> {
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

	/// The membership `who` acts in as a member of the batch's `manufacturer` in one of
	/// `manufacturer_roles`, or of a regulator in one of `regulator_roles`; `wrong_role` is
	/// the error for another role.
	pub(crate) fn ensure_manufacturer_or_regulator(
		who: &T::AccountId,
		manufacturer: OrgId,
		manufacturer_roles: &[MemberRole],
		regulator_roles: &[MemberRole],
		wrong_role: Error<T>,
	) -> Result<Membership, DispatchError> {
		let membership = Self::membership(who)?;
		let roles = match membership.kind {
			OrganizationKind::Regulator => regulator_roles,
			OrganizationKind::Manufacturer if membership.org == manufacturer => manufacturer_roles,
			OrganizationKind::Manufacturer => return Err(Error::<T>::NotProductManufacturer.into()),
			_ => return Err(Error::<T>::NotManufacturerOrRegulator.into()),
		};
		ensure!(roles.contains(&membership.role), wrong_role);
		Ok(membership)
	}

	/// Now, in milliseconds since the Unix epoch.
	pub(crate) fn now() -> Moment {
		<T::Time as Time>::now()
	}

	/// `limit`, capped at `MaxPageSize`.
	pub(crate) fn page_size(limit: u32) -> usize {
		usize::try_from(limit.min(T::MaxPageSize::get())).unwrap_or(usize::MAX)
	}

	/// The membership `who` acts in, for any active organisation.
	pub(crate) fn membership(who: &T::AccountId) -> Result<Membership, Error<T>> {
		Self::acting_as(who, &[], &[], Error::<T>::NotAMember, Error::<T>::NotAMember)
	}

	/// The membership `who` acts in, for an active organisation of one of `kinds` in one of
	/// `roles` (an empty slice accepts any); `wrong_kind` and `wrong_role` are the errors
	/// for another kind or role.
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
