//! The `do_*` functions behind the calls, one file per topic, as in `pallet-nfts`: products
//! and batches, custody (shipping, receiving, refusing, disposing), the cold chain,
//! dispensing, recalls, and suspect-product reports.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace (the one deliberate exception, a suspected clone, succeeds: see
//! [`Pallet::do_dispense`](crate::Pallet::do_dispense)). No call iterates over all batches,
//! shipments or holdings: each touches the keys it names, or one batch's holders (at most
//! `MaxHoldersPerBatch`).

mod cold_chain;
mod custody;
mod dispensing;
mod products;
mod recalls;
mod suspects;

use crate::{BatchId, Exposure, OrgId};

/// What the cold-chain rules need to know of one stock in custody.
pub(crate) struct Custody {
	/// The stock's batch.
	pub(crate) batch: BatchId,
	/// Who has it in custody: the holder of a holding, the sender of a shipment in transit.
	pub(crate) custodian: OrgId,
	/// Whether it is quarantined after an excursion.
	pub(crate) quarantined: bool,
	/// Its exposure so far.
	pub(crate) exposure: Exposure,
}
