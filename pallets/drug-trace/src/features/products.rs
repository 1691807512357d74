//! Products and batches: a manufacturer registers a GTIN and commissions its lots.

use crate::{
	Batch, BatchByLot, BatchId, BatchStatus, Batches, Config, Custodians, Error, Event, Gtin,
	Holding, Lot, Moment, NextBatchId, Pallet, Product, Products, MANUFACTURERS, PRODUCT_ROLES,
};
use frame_support::{ensure, traits::Get};
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
	/// manufacturer `who` acts for, and returns its id. The manufacturer holds all of it, and
	/// is the batch's first custodian.
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
			disposed: 0,
		};
		NextBatchId::<T>::put(next_batch_id);
		Batches::<T>::insert(batch_id, batch);
		BatchByLot::<T>::insert(gtin, &lot, batch_id);
		let holding = Holding { quantity, ..Holding::default() };
		Self::put_holding(batch_id, manufacturer, holding);
		Self::put_holder_count(batch_id, 1);
		Custodians::<T>::insert(batch_id, manufacturer, now);
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

	/// Whether a batch of `quantity` packs fits a tree whose proofs have at most
	/// `MaxProofDepth` hashes.
	fn fits_proof_depth(quantity: u32) -> bool {
		match 2u64.checked_pow(T::MaxProofDepth::get()) {
			Some(capacity) => u64::from(quantity) <= capacity,
			None => true,
		}
	}
}
