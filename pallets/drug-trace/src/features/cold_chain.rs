//! The cold chain: temperature readings, the exposure they add up to, the quarantine it
//! triggers, and the release after review.
//!
//! Exposure is cumulative. The span between two readings counts as outside the product's
//! range if either of them is outside it (nobody knows when in between the temperature
//! crossed); a reading within the range resets nothing, and readings must move forward in
//! time, so an extra in-range reading cannot shorten a span. At a custody change (shipping,
//! receipt, refusal) the span from an outside reading to that moment is added to the
//! exposure the packs carry, since the next custodian's readings start afresh. The exposure is kept with the stock (its
//! holding or shipment) and travels with it: a shipment starts with its sender's holding's
//! exposure, and the holding that receives it (or gets it back, refused) takes the larger
//! of its own and the shipment's. A release accepts the exposure so far: only further
//! exposure can quarantine the stock again.

use super::Custody;
use crate::{
	Batches, ColdChain, ColdChainRecord, Config, Error, Event, Exposure, Holdings, Moment, Pallet,
	Products, Shipments, StockRef, MANUFACTURER_RELEASE_ROLES, MONITORING_ROLES,
	REGULATOR_RELEASE_ROLES,
};
use frame_support::ensure;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Records, on behalf of `who`, a reading of `centi_c` measured at `measured_at` for
	/// `stock`. If this reading or the stock's previous one is outside the product's range,
	/// the time between them is added to the stock's exposure. Once the exposure no release accepted
	/// reaches `max_excursion_ms` (with `max_excursion_ms = 0`: at the first reading outside
	/// the range), the stock is quarantined and `TemperatureExcursion` raises the alert,
	/// once: readings of quarantined stock still add to its exposure.
	///
	/// # Errors
	///
	/// - [`Error::UnknownStock`] if `stock` is a holding with no packs in custody;
	/// - [`Error::UnknownShipment`], [`Error::AlreadyReceived`], [`Error::AlreadyRefused`] if
	///   it is a shipment that does not exist or is no longer in transit;
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`] if `who` does not act for an
	///   active organisation;
	/// - [`Error::NotCustodian`] if that organisation is not the stock's custodian;
	/// - [`Error::NotPermittedToRecordTemperature`] unless `who` is `Logistics` or `Device`;
	/// - [`Error::ReadingFromTheFuture`] if `measured_at` is after now;
	/// - [`Error::ReadingOutOfOrder`] if it is not after the stock's latest reading;
	/// - [`Error::UnknownBatch`], [`Error::UnknownProduct`] if storage is inconsistent.
	pub fn do_record_temperature(
		who: T::AccountId,
		stock: StockRef,
		centi_c: i32,
		measured_at: Moment,
	) -> DispatchResult {
		let custody = Self::stock_in_custody(&stock)?;
		let membership = Self::membership(&who)?;
		ensure!(membership.org == custody.custodian, Error::<T>::NotCustodian);
		ensure!(
			MONITORING_ROLES.contains(&membership.role),
			Error::<T>::NotPermittedToRecordTemperature
		);
		ensure!(measured_at <= Self::now(), Error::<T>::ReadingFromTheFuture);
		let previous = ColdChain::<T>::get(stock);
		if let Some(previous) = &previous {
			// Strictly after: a reading at the same instant would add nothing but could
			// make the next span look as if it started in range.
			ensure!(measured_at > previous.last_measured_at, Error::<T>::ReadingOutOfOrder);
		}
		let batch = Batches::<T>::get(custody.batch).ok_or(Error::<T>::UnknownBatch)?;
		let product = Products::<T>::get(batch.gtin).ok_or(Error::<T>::UnknownProduct)?;

		let in_range = product.accepts(centi_c);
		// The span since the previous reading counts as outside the range if either end is.
		let span = previous
			.filter(|record| !in_range || !product.accepts(record.last_centi_c))
			.map_or(0, |record| measured_at.saturating_sub(record.last_measured_at));
		let exposure = custody.exposure.extended_by(span);
		let outside = !in_range || span > 0;
		let excursion =
			!custody.quarantined && outside && exposure.unaccepted_ms() >= product.max_excursion_ms;

		let record = ColdChainRecord { last_measured_at: measured_at, last_centi_c: centi_c };
		ColdChain::<T>::insert(stock, record);
		Self::set_cold_chain_state(&stock, custody.quarantined || excursion, exposure);
		Self::deposit_event(Event::TemperatureRecorded {
			stock,
			batch: custody.batch,
			centi_c,
			measured_at,
			in_range,
			exposure_ms: exposure.total_ms,
		});
		if excursion {
			Self::deposit_event(Event::TemperatureExcursion {
				stock,
				batch: custody.batch,
				centi_c,
				measured_at,
				exposure_ms: exposure.total_ms,
			});
		}
		Ok(())
	}

	/// Releases `stock` from its excursion quarantine on behalf of `who`. The stock's
	/// exposure is kept, and all of it so far accepted: only exposure beyond it can
	/// quarantine the stock again. Its latest reading is kept too, so if that was outside
	/// the range, the time until the next reading still counts.
	///
	/// # Errors
	///
	/// - [`Error::UnknownStock`], [`Error::UnknownShipment`], [`Error::AlreadyReceived`],
	///   [`Error::AlreadyRefused`] as for [`Self::do_record_temperature`];
	/// - [`Error::NotAMember`], [`Error::OrganizationSuspended`],
	///   [`Error::NotManufacturerOrRegulator`], [`Error::NotProductManufacturer`],
	///   [`Error::NotPermittedToRelease`] unless `who` acts as an `Auditor` of a regulator or
	///   an `Admin` of the batch's manufacturer;
	/// - [`Error::NotQuarantined`] if the stock is not quarantined;
	/// - [`Error::UnknownBatch`] if storage is inconsistent.
	pub fn do_release_stock(who: T::AccountId, stock: StockRef) -> DispatchResult {
		let custody = Self::stock_in_custody(&stock)?;
		let batch = Batches::<T>::get(custody.batch).ok_or(Error::<T>::UnknownBatch)?;
		let by_org = Self::ensure_manufacturer_or_regulator(
			&who,
			batch.manufacturer,
			MANUFACTURER_RELEASE_ROLES,
			REGULATOR_RELEASE_ROLES,
			Error::<T>::NotPermittedToRelease,
		)?
		.org;
		ensure!(custody.quarantined, Error::<T>::NotQuarantined);

		let accepted = custody.exposure.accepted();
		Self::set_cold_chain_state(&stock, false, accepted);
		Self::deposit_event(Event::StockReleased {
			stock,
			batch: custody.batch,
			by_org,
			accepted_ms: accepted.accepted_ms,
		});
		Ok(())
	}

	/// `exposure`, the exposure of `stock` of product `product`, with the span from its latest
	/// reading to `now` added if that reading was outside the range: what the packs carry
	/// out of this custody. The flag says whether that span took the exposure no release
	/// accepted to the product's tolerance: the packs must then be quarantined, as a reading
	/// would have quarantined them.
	pub(crate) fn exposure_until(
		stock: &StockRef,
		exposure: Exposure,
		product: &crate::Product,
		now: Moment,
	) -> (Exposure, bool) {
		let open_span = ColdChain::<T>::get(stock)
			.filter(|record| !product.accepts(record.last_centi_c))
			.map_or(0, |record| now.saturating_sub(record.last_measured_at));
		let carried = exposure.extended_by(open_span);
		let crossed = open_span > 0 && carried.unaccepted_ms() >= product.max_excursion_ms;
		(carried, crossed)
	}

	/// The batch, custodian, quarantine flag and exposure of `stock`: a holding with packs in
	/// custody (the custodian is the holder), or a shipment in transit (the custodian is the
	/// sender).
	pub(crate) fn stock_in_custody(stock: &StockRef) -> Result<Custody, DispatchError> {
		match *stock {
			StockRef::Holding { batch, holder } => {
				let holding = Holdings::<T>::get(batch, holder)
					.filter(|holding| holding.quantity > 0)
					.ok_or(Error::<T>::UnknownStock)?;
				Ok(Custody {
					batch,
					custodian: holder,
					quarantined: holding.quarantined,
					exposure: holding.exposure,
				})
			}
			StockRef::Shipment(shipment_id) => {
				let shipment =
					Shipments::<T>::get(shipment_id).ok_or(Error::<T>::UnknownShipment)?;
				Self::ensure_in_transit(&shipment)?;
				Ok(Custody {
					batch: shipment.batch,
					custodian: shipment.from,
					quarantined: shipment.quarantined,
					exposure: shipment.exposure,
				})
			}
		}
	}

	/// Sets the quarantine flag and exposure of `stock`, which exists.
	fn set_cold_chain_state(stock: &StockRef, quarantined: bool, exposure: Exposure) {
		match *stock {
			StockRef::Holding { batch, holder } => {
				Holdings::<T>::mutate(batch, holder, |holding| {
					if let Some(holding) = holding {
						holding.quarantined = quarantined;
						holding.exposure = exposure;
					}
				});
			}
			StockRef::Shipment(shipment_id) => {
				Shipments::<T>::mutate(shipment_id, |shipment| {
					if let Some(shipment) = shipment {
						shipment.quarantined = quarantined;
						shipment.exposure = exposure;
					}
				});
			}
		}
	}
}
