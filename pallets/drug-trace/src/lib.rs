#![doc = include_str!("../README.md")]
#![cfg_attr(not(feature = "std"), no_std)]
#![deny(missing_docs)]

extern crate alloc;

pub use healthchain_primitives::{
	MemberRole, Membership, Moment, OrgId, OrganizationKind, OrganizationRegistry,
	OrganizationStatus, RegistryError,
};
pub use pallet::*;
pub use types::*;
pub use weights::WeightInfo;

mod features;
mod impls;
mod types;
pub mod weights;

#[cfg(feature = "runtime-benchmarks")]
mod benchmarking;
#[cfg(test)]
mod mock;
#[cfg(test)]
mod tests;

/// What the benchmarks need from the runtime beyond the pallet's own calls.
#[cfg(feature = "runtime-benchmarks")]
pub trait BenchmarkHelper {
	/// Makes the chain's clock (`Config::Time`) read `now`.
	fn set_time(now: Moment);
}

#[frame_support::pallet]
pub mod pallet {
	use super::*;
	use frame_support::pallet_prelude::*;
	use frame_system::pallet_prelude::*;
	use sp_core::H256;

	/// The layout of this pallet's storage. Version 1 is the first one declared: it brought
	/// the custodian and resolved-report records, outgoing stock, cold-chain exposure and
	/// disposed packs. No chain ran an earlier layout, so no migration is owed.
	const STORAGE_VERSION: StorageVersion = StorageVersion::new(1);

	#[pallet::pallet]
	#[pallet::storage_version(STORAGE_VERSION)]
	pub struct Pallet<T>(_);

	#[pallet::config]
	pub trait Config: frame_system::Config {
		/// The consortium registry: which organisation, of which kind, an account acts for,
		/// and in which role; and whether an organisation exists and is active.
		type Registry: OrganizationRegistry<Self::AccountId>;

		/// The chain's clock, in milliseconds since the Unix epoch (`pallet-timestamp`).
		/// Expiry, readings and every record's time are measured against it.
		type Time: frame_support::traits::Time<Moment = Moment>;

		/// The consortium's governance (council or root): it may close any open recall,
		/// whoever opened it.
		type GovernanceOrigin: EnsureOrigin<Self::RuntimeOrigin>;

		/// How long, in milliseconds, after a suspect report of a batch was resolved the same
		/// organisation must wait before reporting that batch again (with other evidence).
		#[pallet::constant]
		type SuspectReportCooldown: Get<Moment>;

		/// The longest lot number, in bytes (GS1 AI 10 allows 20 characters). At least 1.
		#[pallet::constant]
		type MaxLotLength: Get<u32>;

		/// The longest serial number, in bytes (GS1 AI 21 allows 20 characters). At least 1.
		#[pallet::constant]
		type MaxSerialLength: Get<u32>;

		/// The most hashes a serial's inclusion proof may have: a batch holds at most
		/// `2^MaxProofDepth` packs.
		#[pallet::constant]
		type MaxProofDepth: Get<u32>;

		/// The most trading partners that may hold, await or have in transit stock of one
		/// batch at once. Bounds the notices a recall emits. At least 2 (the manufacturer and a
		/// customer).
		#[pallet::constant]
		type MaxHoldersPerBatch: Get<u32>;

		/// The most items one page of the read functions (and the runtime API) returns.
		/// At least 1.
		#[pallet::constant]
		type MaxPageSize: Get<u32>;

		/// The weights of this pallet's calls.
		type WeightInfo: WeightInfo;

		/// Sets the chain's clock for benchmarks that need time to pass.
		#[cfg(feature = "runtime-benchmarks")]
		type BenchmarkHelper: BenchmarkHelper;
	}

	/// Every registered product, by GTIN.
	#[pallet::storage]
	pub type Products<T> = StorageMap<_, Blake2_128Concat, Gtin, Product>;

	/// The id the next batch gets.
	#[pallet::storage]
	pub type NextBatchId<T> = StorageValue<_, BatchId, ValueQuery>;

	/// Every batch, by id.
	#[pallet::storage]
	pub type Batches<T: Config> = StorageMap<_, Twox64Concat, BatchId, BatchOf<T>>;

	/// The batch of each (GTIN, lot): what a pack's printed identifiers lead to.
	#[pallet::storage]
	pub type BatchByLot<T: Config> =
		StorageDoubleMap<_, Blake2_128Concat, Gtin, Blake2_128Concat, Lot<T>, BatchId>;

	/// What each trading partner holds, awaits or has in transit of each batch. A holding
	/// with nothing in custody, incoming or outgoing is removed (its holder slot freed).
	#[pallet::storage]
	pub type Holdings<T> = StorageDoubleMap<_, Twox64Concat, BatchId, Twox64Concat, OrgId, Holding>;

	/// The same holdings keyed by partner, then batch, so that a partner's holdings are
	/// listed without a scan.
	#[pallet::storage]
	pub type PartnerHoldings<T> =
		StorageDoubleMap<_, Twox64Concat, OrgId, Twox64Concat, BatchId, ()>;

	/// How many trading partners hold, await or have in transit stock of each batch: its
	/// [`Holdings`] entries, at most `MaxHoldersPerBatch`.
	#[pallet::storage]
	pub type HolderCount<T> = StorageMap<_, Twox64Concat, BatchId, u32, ValueQuery>;

	/// The id the next shipment gets.
	#[pallet::storage]
	pub type NextShipmentId<T> = StorageValue<_, ShipmentId, ValueQuery>;

	/// Every shipment, by id, in transit or received.
	#[pallet::storage]
	pub type Shipments<T> = StorageMap<_, Twox64Concat, ShipmentId, Shipment>;

	/// How many shipments each batch has had: the length of its [`BatchShipments`] list.
	#[pallet::storage]
	pub type BatchShipmentCount<T> = StorageMap<_, Twox64Concat, BatchId, u32, ValueQuery>;

	/// Each batch's shipments in shipping order (index 0 is the first): its custody history.
	#[pallet::storage]
	pub type BatchShipments<T> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Twox64Concat, u32, ShipmentId>;

	/// How many packs of each batch are in transit: the sum of its shipments in transit.
	#[pallet::storage]
	pub type QuantityInTransit<T> = StorageMap<_, Twox64Concat, BatchId, u32, ValueQuery>;

	/// The latest reading of each stock with readings. Removed with the stock in custody (a
	/// holding left with nothing in custody, a received or refused shipment). The exposure
	/// the readings add up to is kept with the stock, in its holding or shipment.
	#[pallet::storage]
	pub type ColdChain<T> = StorageMap<_, Blake2_128Concat, StockRef, ColdChainRecord>;

	/// Every dispensed pack, by batch and serial hash ([`serial_hash`]).
	#[pallet::storage]
	pub type DispensedSerials<T: Config> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Blake2_128Concat, H256, DispenseRecordOf<T>>;

	/// How many times each already dispensed serial was presented for dispensing again: the
	/// suspected clones.
	#[pallet::storage]
	pub type CloneSuspicions<T> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Blake2_128Concat, H256, u32, ValueQuery>;

	/// The open recalls, by batch. Closing a recall removes it; the batch stays recalled.
	#[pallet::storage]
	pub type OpenRecalls<T> = StorageMap<_, Twox64Concat, BatchId, Recall>;

	/// The open suspect-product reports, by batch: exactly the quarantined batches.
	#[pallet::storage]
	pub type SuspectReports<T> = StorageMap<_, Twox64Concat, BatchId, SuspectReport>;

	/// Every trading partner that ever held (or was shipped) stock of each batch, with when
	/// it first did: the manufacturer from commissioning, a receiver from the shipment to it.
	/// Those, and regulators, may report the batch as suspect. Never removed: a past holder
	/// stays one. At most one entry per shipment of the batch, plus the manufacturer.
	#[pallet::storage]
	pub type Custodians<T> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Twox64Concat, OrgId, Moment>;

	/// The latest resolved suspect report of each batch by each reporting organisation: the
	/// same organisation may report that batch again only with another reason hash and after
	/// `SuspectReportCooldown`. At most one entry per (batch, organisation).
	#[pallet::storage]
	pub type ResolvedReports<T> =
		StorageDoubleMap<_, Twox64Concat, BatchId, Twox64Concat, OrgId, ResolvedReport>;

	#[pallet::event]
	#[pallet::generate_deposit(pub(super) fn deposit_event)]
	pub enum Event<T: Config> {
		/// A manufacturer registered a product.
		ProductRegistered {
			/// The product's GTIN.
			gtin: Gtin,
			/// The manufacturer.
			manufacturer: OrgId,
		},
		/// A manufacturer commissioned a batch (EPCIS commissioning); it holds all of it.
		BatchCommissioned {
			/// The new batch.
			batch: BatchId,
			/// Its product.
			gtin: Gtin,
			/// Its lot number.
			lot: Lot<T>,
			/// The manufacturer.
			manufacturer: OrgId,
			/// How many packs.
			quantity: u32,
			/// Its expiry.
			expiry: Moment,
		},
		/// A trading partner shipped packs of a batch to another (EPCIS shipping).
		Shipped {
			/// The new shipment.
			shipment: ShipmentId,
			/// The batch.
			batch: BatchId,
			/// The sender.
			from: OrgId,
			/// The receiver.
			to: OrgId,
			/// How many packs.
			quantity: u32,
			/// The hash of the transaction information and statement.
			document_hash: H256,
		},
		/// The receiver confirmed receipt of a shipment (EPCIS receiving).
		Received {
			/// The shipment.
			shipment: ShipmentId,
			/// The batch.
			batch: BatchId,
			/// The sender.
			from: OrgId,
			/// The receiver.
			to: OrgId,
			/// How many packs.
			quantity: u32,
			/// The batch's status at receipt: anything but `Active` means the stock must not
			/// be used.
			batch_status: BatchStatus,
			/// Whether the shipment was quarantined in transit (the receiver's holding is
			/// quarantined with it).
			quarantined: bool,
		},
		/// A custodian recorded a temperature reading.
		TemperatureRecorded {
			/// The stock measured.
			stock: StockRef,
			/// Its batch.
			batch: BatchId,
			/// The reading, in hundredths of a degree Celsius.
			centi_c: i32,
			/// When it was measured.
			measured_at: Moment,
			/// Whether it lies within the product's range.
			in_range: bool,
			/// The stock's exposure so far: milliseconds outside the range, in all.
			exposure_ms: Moment,
		},
		/// Stock has spent, in all, as long outside its product's temperature range as the
		/// product tolerates (beyond what a release accepted), and is quarantined. This is
		/// the alert.
		TemperatureExcursion {
			/// The stock, now quarantined.
			stock: StockRef,
			/// Its batch.
			batch: BatchId,
			/// The reading that ended the tolerance.
			centi_c: i32,
			/// When the reading that ended the tolerance was measured.
			measured_at: Moment,
			/// The stock's exposure: milliseconds outside the range, in all.
			exposure_ms: Moment,
		},
		/// A pharmacist dispensed a pack.
		Dispensed {
			/// The batch.
			batch: BatchId,
			/// The hash of the pack's serial.
			serial_hash: H256,
			/// The pharmacy or hospital.
			pharmacy: OrgId,
			/// The pharmacist.
			pharmacist: T::AccountId,
		},
		/// A serial that was already dispensed was presented for dispensing again: the pack
		/// was not dispensed and is a suspected clone. This is the alert.
		SuspectedClone {
			/// The batch.
			batch: BatchId,
			/// The hash of the serial.
			serial_hash: H256,
			/// The pharmacy or hospital where it was presented.
			by_org: OrgId,
			/// How many times the serial has been presented again, this one included.
			attempts: u32,
		},
		/// A batch was recalled. A `RecallNotice` follows for every holder.
		BatchRecalled {
			/// The batch.
			batch: BatchId,
			/// The recall's class.
			class: RecallClass,
			/// The hash of the recall notice.
			reason_hash: H256,
			/// The manufacturer or regulator that recalled it.
			by_org: OrgId,
			/// How many holders are notified.
			holders: u32,
		},
		/// A holder (or awaited receiver) of a recalled batch must act on the recall.
		RecallNotice {
			/// The batch.
			batch: BatchId,
			/// The trading partner holding or awaiting its stock.
			holder: OrgId,
		},
		/// A recall was closed (completed); the batch stays recalled.
		RecallClosed {
			/// The batch.
			batch: BatchId,
			/// Governance, or the manufacturer or regulator that closed it.
			closed_by: RecallCloser,
		},
		/// A trading partner that holds or held a batch, or a regulator, reported it as suspect;
		/// it is quarantined.
		SuspectReported {
			/// The batch.
			batch: BatchId,
			/// The reporting partner or regulator.
			reporter_org: OrgId,
			/// The hash of the report.
			reason_hash: H256,
		},
		/// A regulator found a suspect batch legitimate; it is active again.
		SuspectCleared {
			/// The batch.
			batch: BatchId,
			/// The regulator.
			by_org: OrgId,
		},
		/// A regulator confirmed a suspect batch illegitimate; it is to be destroyed.
		SuspectConfirmed {
			/// The batch.
			batch: BatchId,
			/// The regulator.
			by_org: OrgId,
		},
		/// Quarantined stock was released after review.
		StockReleased {
			/// The stock.
			stock: StockRef,
			/// Its batch.
			batch: BatchId,
			/// The regulator or manufacturer that released it.
			by_org: OrgId,
			/// The exposure the release accepted (the stock's total so far): only exposure
			/// beyond it can quarantine the stock again.
			accepted_ms: Moment,
		},
		/// The receiver refused a shipment in transit: its packs are back in the sender's
		/// custody.
		ShipmentRefused {
			/// The shipment.
			shipment: ShipmentId,
			/// The batch.
			batch: BatchId,
			/// The sender, who has the packs back.
			from: OrgId,
			/// The receiver that refused them.
			to: OrgId,
			/// How many packs.
			quantity: u32,
			/// Why.
			reason: RefusalReason,
			/// Whether the shipment was quarantined in transit (the sender's holding is
			/// quarantined with it).
			quarantined: bool,
		},
		/// A trading partner destroyed or wrote off packs it held: they left the supply chain.
		StockDisposed {
			/// The batch.
			batch: BatchId,
			/// The trading partner that held them.
			holder: OrgId,
			/// How many packs.
			quantity: u32,
			/// Destroyed, or written off and why.
			disposition: Disposition,
		},
	}

	#[pallet::error]
	pub enum Error<T> {
		/// The caller belongs to no organisation.
		NotAMember,
		/// The caller's organisation is suspended.
		OrganizationSuspended,
		/// Only a manufacturer registers products and commissions batches.
		NotAManufacturer,
		/// Products and batches are managed by a manufacturer's `Admin` or `Logistics`.
		NotPermittedToManageProducts,
		/// The caller does not act for the manufacturer of this product (or batch).
		NotProductManufacturer,
		/// The caller's organisation is not a trading partner (manufacturer, distributor,
		/// pharmacy or hospital); for a suspect report, nor a regulator.
		NotATradingPartner,
		/// Stock is shipped and received by a trading partner's `Admin` or `Logistics`, or by
		/// a `Pharmacist` of a pharmacy or hospital.
		NotPermittedToHandleStock,
		/// Only a pharmacy or hospital dispenses.
		NotADispenser,
		/// Only a pharmacist dispenses.
		NotAPharmacist,
		/// The caller acts neither for the batch's manufacturer nor for a regulator.
		NotManufacturerOrRegulator,
		/// A recall is made or closed by the manufacturer's `Admin` or `Logistics`, or a
		/// regulator's `Auditor` or `Admin`.
		NotPermittedToRecall,
		/// Quarantined stock is released by the manufacturer's `Admin` or a regulator's
		/// `Auditor`.
		NotPermittedToRelease,
		/// Only a regulator resolves a suspect-product report.
		NotARegulator,
		/// Only an auditor resolves a suspect-product report.
		NotAnAuditor,
		/// A regulator reports suspect product through its `Auditor` or `Admin`.
		NotPermittedToReport,
		/// The caller's organisation never held this batch: only a current or past holder (or
		/// a regulator) reports it as suspect.
		NotAHolder,
		/// The caller's organisation already reported this batch with this evidence, and the
		/// report was resolved: a new report needs new evidence (another reason hash).
		SameEvidence,
		/// The caller's organisation's last report of this batch was resolved less than
		/// `SuspectReportCooldown` ago.
		ReportCoolingDown,
		/// The caller does not act for the stock's custodian (the holder, or the sender of a
		/// shipment in transit).
		NotCustodian,
		/// Temperatures are recorded by the custodian's `Logistics` or `Device` members.
		NotPermittedToRecordTemperature,
		/// The caller does not act for the shipment's receiver.
		NotReceiver,
		/// The GTIN is zero, longer than 14 digits, or its check digit is wrong.
		InvalidGtin,
		/// The lowest storage temperature must be below the highest.
		InvalidTemperatureRange,
		/// A product with this GTIN is already registered.
		DuplicateProduct,
		/// No product has this GTIN.
		UnknownProduct,
		/// The lot number is empty.
		EmptyLot,
		/// A batch or shipment must hold at least one pack.
		ZeroQuantity,
		/// The expiry is not in the future.
		AlreadyExpired,
		/// A batch of this product with this lot number already exists.
		DuplicateLot,
		/// A batch holds at most `2^MaxProofDepth` packs: more could not be verified.
		BatchTooLarge,
		/// No batch has this id.
		UnknownBatch,
		/// No organisation has this id.
		UnknownOrganization,
		/// The receiving organisation is suspended.
		RecipientSuspended,
		/// The receiving organisation is not a trading partner.
		RecipientNotATradingPartner,
		/// A trading partner cannot ship to itself.
		CannotShipToSelf,
		/// The batch is recalled.
		BatchRecalled,
		/// The batch is quarantined as suspect.
		BatchQuarantined,
		/// The batch was confirmed illegitimate.
		BatchDestroyed,
		/// The batch has expired.
		BatchExpired,
		/// The caller's stock of this batch is quarantined after a temperature excursion.
		StockQuarantined,
		/// The caller holds fewer packs of this batch than it would ship or dispense.
		InsufficientStock,
		/// The batch has `MaxHoldersPerBatch` holders: the receiver cannot become another.
		TooManyHolders,
		/// No shipment has this id.
		UnknownShipment,
		/// The shipment has already been received.
		AlreadyReceived,
		/// The shipment was refused by its receiver.
		AlreadyRefused,
		/// No holding of that batch by that partner holds packs in custody.
		UnknownStock,
		/// The reading's time is in the future.
		ReadingFromTheFuture,
		/// The reading was not measured after the stock's latest reading.
		ReadingOutOfOrder,
		/// The serial is not one of the batch's serials: the proof does not lead to the
		/// batch's root.
		NotInBatch,
		/// The batch is already recalled.
		AlreadyRecalled,
		/// The batch has no open recall.
		NoOpenRecall,
		/// A regulator opened this recall: only a regulator (or governance) closes it.
		RecallOpenedByRegulator,
		/// Usable stock (of an active batch, not expired, not quarantined) is not destroyed:
		/// write it off with a reason instead.
		StockStillUsable,
		/// The batch is not quarantined as suspect.
		NotSuspect,
		/// The stock is not quarantined.
		NotQuarantined,
		/// A manufacturer cannot recall a batch with an open suspect report: only a regulator
		/// may supersede a report it has not resolved.
		SuspectReportPending,
		/// An id or counter would overflow, or storage is inconsistent.
		Overflow,
	}

	#[pallet::hooks]
	impl<T: Config> Hooks<BlockNumberFor<T>> for Pallet<T> {
		fn integrity_test() {
			assert!(T::MaxLotLength::get() >= 1, "MaxLotLength must be at least 1");
			assert!(T::MaxSerialLength::get() >= 1, "MaxSerialLength must be at least 1");
			assert!(
				T::MaxHoldersPerBatch::get() >= 2,
				"MaxHoldersPerBatch must let a manufacturer ship to a customer"
			);
			assert!(T::MaxPageSize::get() >= 1, "MaxPageSize must be at least 1");
		}

		#[cfg(feature = "try-runtime")]
		fn try_state(_n: BlockNumberFor<T>) -> Result<(), sp_runtime::TryRuntimeError> {
			Self::do_try_state()
		}
	}

	#[pallet::call]
	impl<T: Config> Pallet<T> {
		/// Registers the product `gtin`, whose master data hashes to `metadata_hash`, to be
		/// stored between `min_temp_centi_c` and `max_temp_centi_c` (hundredths of a degree
		/// Celsius), tolerating `max_excursion_ms` outside that range.
		///
		/// Origin: signed by an `Admin` or `Logistics` member of an active manufacturer.
		#[pallet::call_index(0)]
		#[pallet::weight(T::WeightInfo::register_product())]
		pub fn register_product(
			origin: OriginFor<T>,
			gtin: Gtin,
			metadata_hash: H256,
			min_temp_centi_c: i32,
			max_temp_centi_c: i32,
			max_excursion_ms: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_register_product(
				who,
				gtin,
				metadata_hash,
				min_temp_centi_c,
				max_temp_centi_c,
				max_excursion_ms,
			)
		}

		/// Commissions a batch of `quantity` packs of product `gtin` with lot number `lot`,
		/// expiring at `expiry`, whose serial numbers the Merkle root `serials_root` commits
		/// to. The manufacturer holds all of it.
		///
		/// Origin: signed by an `Admin` or `Logistics` member of the product's manufacturer.
		#[pallet::call_index(1)]
		#[pallet::weight(T::WeightInfo::commission_batch())]
		pub fn commission_batch(
			origin: OriginFor<T>,
			gtin: Gtin,
			lot: Lot<T>,
			expiry: Moment,
			quantity: u32,
			serials_root: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_commission_batch(who, gtin, lot, expiry, quantity, serials_root)
				.map(|_batch| ())
		}

		/// Ships `quantity` packs of `batch` from the caller's organisation to the trading
		/// partner `to`, with the hash of the transaction information and statement. The
		/// packs leave the sender's custody and are in transit until `to` receives (or
		/// refuses) them. Stock of a recalled, confirmed-illegitimate or expired batch moves
		/// only back to its manufacturer (a return).
		///
		/// Origin: signed by an `Admin` or `Logistics` member of an active trading partner
		/// (or a `Pharmacist` of a pharmacy or hospital) holding the packs.
		#[pallet::call_index(2)]
		#[pallet::weight(T::WeightInfo::ship())]
		pub fn ship(
			origin: OriginFor<T>,
			batch: BatchId,
			to: OrgId,
			quantity: u32,
			document_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_ship(who, batch, to, quantity, document_hash).map(|_shipment| ())
		}

		/// Confirms receipt of `shipment`: its packs join the receiver's holding. Allowed
		/// whatever the batch's status (recalled stock must be accounted for too); the event
		/// reports the status.
		///
		/// Origin: signed by an `Admin` or `Logistics` member of the receiving organisation
		/// (or a `Pharmacist` of a receiving pharmacy or hospital).
		#[pallet::call_index(3)]
		#[pallet::weight(T::WeightInfo::receive())]
		pub fn receive(origin: OriginFor<T>, shipment: ShipmentId) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_receive(who, shipment)
		}

		/// Records a temperature reading of `centi_c` hundredths of a degree Celsius, measured
		/// at `measured_at`, for `stock`. Time outside the product's range adds up; once it
		/// reaches what the product tolerates, the stock is quarantined.
		///
		/// Origin: signed by a `Logistics` or `Device` member of the stock's custodian (the
		/// holder; for a shipment in transit, the sender).
		#[pallet::call_index(4)]
		#[pallet::weight(T::WeightInfo::record_temperature())]
		pub fn record_temperature(
			origin: OriginFor<T>,
			stock: StockRef,
			centi_c: i32,
			measured_at: Moment,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_record_temperature(who, stock, centi_c, measured_at)
		}

		/// Dispenses the pack of `batch` with serial number `serial`, shown to be one of the
		/// batch's serials by `proof`. A serial already dispensed is not dispensed again: the
		/// call succeeds, records the attempt and emits `SuspectedClone` (see the README).
		///
		/// Origin: signed by a `Pharmacist` of an active pharmacy or hospital that holds the
		/// batch.
		#[pallet::call_index(5)]
		#[pallet::weight(T::WeightInfo::dispense())]
		pub fn dispense(
			origin: OriginFor<T>,
			batch: BatchId,
			serial: Serial<T>,
			proof: SerialProof<T>,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispense(who, batch, serial, proof).map(|_outcome| ())
		}

		/// Recalls `batch` with `class`, for the reason in the notice hashing to
		/// `reason_hash`. Every holder (and awaited receiver) gets a `RecallNotice`.
		///
		/// Origin: signed by an `Admin` or `Logistics` member of the batch's manufacturer, or
		/// an `Auditor` or `Admin` of an active regulator.
		#[pallet::call_index(6)]
		#[pallet::weight(T::WeightInfo::recall())]
		pub fn recall(
			origin: OriginFor<T>,
			batch: BatchId,
			class: RecallClass,
			reason_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_recall(who, batch, class, reason_hash)
		}

		/// Closes the open recall of `batch` (the recall is complete); the batch stays
		/// recalled.
		///
		/// Origin: [`Config::GovernanceOrigin`], for any open recall; or signed as for
		/// `recall`, except that a recall a regulator opened is closed only by a regulator's
		/// `Auditor` or `Admin`.
		#[pallet::call_index(7)]
		#[pallet::weight(T::WeightInfo::close_recall())]
		pub fn close_recall(origin: OriginFor<T>, batch: BatchId) -> DispatchResult {
			match T::GovernanceOrigin::try_origin(origin) {
				Ok(_governance) => Self::do_close_recall_by_governance(batch),
				Err(origin) => {
					let who = ensure_signed(origin)?;
					Self::do_close_recall(who, batch)
				}
			}
		}

		/// Reports `batch` as suspect product, with the hash of the report: the batch is
		/// quarantined until a regulator resolves the report.
		///
		/// Origin: signed by any member of an active trading partner that holds or held the
		/// batch, or an `Auditor` or `Admin` of an active regulator.
		#[pallet::call_index(8)]
		#[pallet::weight(T::WeightInfo::report_suspect())]
		pub fn report_suspect(
			origin: OriginFor<T>,
			batch: BatchId,
			reason_hash: H256,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_report_suspect(who, batch, reason_hash)
		}

		/// Resolves the suspect-product report of `batch`: `legitimate` makes it active
		/// again, otherwise it is confirmed illegitimate and destroyed.
		///
		/// Origin: signed by an `Auditor` of an active regulator.
		#[pallet::call_index(9)]
		#[pallet::weight(T::WeightInfo::resolve_suspect())]
		pub fn resolve_suspect(
			origin: OriginFor<T>,
			batch: BatchId,
			legitimate: bool,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_resolve_suspect(who, batch, legitimate)
		}

		/// Releases `stock` (a holding or a shipment in transit) from the quarantine a
		/// temperature excursion put it in, accepting its exposure so far.
		///
		/// Origin: signed by an `Auditor` of an active regulator, or an `Admin` of the batch's
		/// manufacturer.
		#[pallet::call_index(10)]
		#[pallet::weight(T::WeightInfo::release_stock())]
		pub fn release_stock(origin: OriginFor<T>, stock: StockRef) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_release_stock(who, stock)
		}

		/// Refuses `shipment`, in transit to the caller's organisation, for `reason`: its packs
		/// go back into the sender's custody.
		///
		/// Origin: signed by an `Admin` or `Logistics` member of the receiving organisation
		/// (or a `Pharmacist` of a receiving pharmacy or hospital).
		#[pallet::call_index(11)]
		#[pallet::weight(T::WeightInfo::refuse_shipment())]
		pub fn refuse_shipment(
			origin: OriginFor<T>,
			shipment: ShipmentId,
			reason: RefusalReason,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_refuse_shipment(who, shipment, reason)
		}

		/// Takes `quantity` packs of `batch` out of the caller's organisation's custody for
		/// good: destroyed (stock of a recalled, confirmed-illegitimate or expired batch, or
		/// quarantined after an excursion), or written off with a reason (at any status).
		///
		/// Origin: signed by an `Admin` or `Logistics` member of an active trading partner
		/// (or a `Pharmacist` of a pharmacy or hospital) holding the packs.
		#[pallet::call_index(12)]
		#[pallet::weight(T::WeightInfo::dispose_stock())]
		pub fn dispose_stock(
			origin: OriginFor<T>,
			batch: BatchId,
			quantity: u32,
			disposition: Disposition,
		) -> DispatchResult {
			let who = ensure_signed(origin)?;
			Self::do_dispose_stock(who, batch, quantity, disposition)
		}
	}
}
