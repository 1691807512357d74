//! Runtime API of the medicine supply chain (`pallet-drug-trace`).
//!
//! Answers, at any block: what the chain says about one pack at the point of dispensing (its
//! GTIN, lot, serial and the serial's inclusion proof), a batch and its product, a batch's
//! custody history page by page, a trading partner's holdings, a batch's holders and
//! in-transit quantity, and the open recalls. Reachable with `state_call`
//! (`DrugTraceApi_verify_pack`, `DrugTraceApi_batch`, `DrugTraceApi_batch_by_lot`,
//! `DrugTraceApi_product`, `DrugTraceApi_custody_history`, `DrugTraceApi_holdings`,
//! `DrugTraceApi_holders`, `DrugTraceApi_in_transit`, `DrugTraceApi_open_recalls`, each with
//! its SCALE-encoded arguments) and from Polkadot.js as `api.call.drugTraceApi.*`.
//!
//! The answers are the pallet's own types, re-exported here, so a client decodes exactly
//! what the chain stores. The batch type carries the runtime's lot bound, so the API is
//! generic over `Lot`, the runtime's bounded byte vector for lot numbers; a runtime
//! implements it as
//!
//! ```ignore
//! impl pallet_drug_trace_runtime_api::DrugTraceApi<Block, pallet_drug_trace::Lot<Runtime>>
//! 	for Runtime
//! {
//! 	/* each method calls the pallet's read of the same name */
//! }
//! ```
//!
//! (`Lot<Runtime>` is `BoundedVec<u8, MaxLotLength>`, which encodes as a plain `Vec<u8>`.)

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;
use sp_core::H256;

pub use pallet_drug_trace::{
	Batch, BatchId, BatchStatus, Exposure, Gtin, Holding, Moment, OrgId, PackVerification, Product,
	Recall, RecallClass, RecallOpener, RefusalReason, Shipment, ShipmentId, ShipmentStatus,
};

sp_api::decl_runtime_apis! {
	/// Queries of the medicine supply chain.
	#[api_version(2)]
	pub trait DrugTraceApi<Lot>
	where
		Lot: Codec,
	{
		/// What the chain says about the pack of product `gtin`, lot `lot`, with serial number
		/// `serial` (the bytes printed on the pack), shown to be in its batch by `proof`
		/// (sibling hashes from the leaf up, as `healthchain_primitives::merkle::proof` builds
		/// them over the batch's `BlakeTwo256(serial)` items). Checked in this order:
		/// `Unknown` (no such GTIN and lot), `NotInBatch` (the proof fails, or the serial or
		/// proof is longer than the pallet allows), `AlreadyDispensed` (a suspected clone),
		/// `Recalled`, `Destroyed`, `Quarantined`, `Expired`, else `Genuine` with the batch
		/// and its expiry.
		fn verify_pack(
			gtin: Gtin,
			lot: Vec<u8>,
			serial: Vec<u8>,
			proof: Vec<H256>,
		) -> PackVerification;

		/// Batch `batch`: product, lot, expiry, quantity, serials root, manufacturer, status,
		/// commissioning time and packs dispensed; `None` if no such batch exists.
		fn batch(batch: BatchId) -> Option<Batch<Lot>>;

		/// The batch of product `gtin` with lot number `lot`, with its id; `None` if there is
		/// none.
		fn batch_by_lot(gtin: Gtin, lot: Vec<u8>) -> Option<(BatchId, Batch<Lot>)>;

		/// Product `gtin`: manufacturer, master-data hash, storage range and tolerated
		/// excursion; `None` if it is not registered.
		fn product(gtin: Gtin) -> Option<Product>;

		/// One page of `batch`'s custody history, oldest first: at most `limit` (capped at
		/// the pallet's `MaxPageSize`) shipments from the `start`-th (0 is the first), each
		/// with its id. The next page starts at `start` plus this page's length; an empty
		/// page ends the listing.
		fn custody_history(batch: BatchId, start: u32, limit: u32) -> Vec<(ShipmentId, Shipment)>;

		/// One page of the holdings of trading partner `org` (packs in custody, incoming and
		/// outgoing, quarantine, cold-chain exposure), each with its batch: at most `limit`
		/// (capped at the pallet's `MaxPageSize`), after batch `start_after` (the last batch of
		/// the previous page), or from the first when `None`. An empty page ends the listing.
		fn holdings(
			org: OrgId,
			start_after: Option<BatchId>,
			limit: u32,
		) -> Vec<(BatchId, Holding)>;

		/// Every holder of `batch`, receivers and senders of shipments in transit included,
		/// with its holding: at most the pallet's `MaxHoldersPerBatch`.
		fn holders(batch: BatchId) -> Vec<(OrgId, Holding)>;

		/// How many packs of `batch` are in transit.
		fn in_transit(batch: BatchId) -> u32;

		/// One page of the open recalls, each with its batch: at most `limit` (capped at the
		/// pallet's `MaxPageSize`), after batch `start_after` (the last batch of the previous
		/// page), or from the first when `None`. An empty page ends the listing.
		fn open_recalls(start_after: Option<BatchId>, limit: u32) -> Vec<(BatchId, Recall)>;
	}
}
