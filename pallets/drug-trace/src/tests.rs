//! The supply chain's behaviour, one test per behaviour.

#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, serial_hash, Batch, BatchByLot, BatchId, BatchOf, BatchShipmentCount, BatchShipments,
	BatchStatus, Batches, CloneSuspicions, ColdChain, ColdChainRecord, Custodians, DispenseRecord,
	DispensedSerials, Disposition, Error, Event, Exposure, Gtin, HolderCount, Holding, Holdings,
	Lot, MemberRole, NextBatchId, NextShipmentId, OpenRecalls, OrgId, OrganizationKind,
	PackVerification, PartnerHoldings, Product, Products, QuantityInTransit, Recall, RecallClass,
	RecallCloser, RecallOpener, RefusalReason, ResolvedReport, ResolvedReports, Serial,
	SerialProof, Shipment, ShipmentId, ShipmentStatus, Shipments, StockRef, SuspectReport,
	SuspectReports, WriteOffReason,
};
use frame_support::{assert_noop, assert_ok, traits::IntegrityTest};
use healthchain_primitives::{merkle, testing::MockRegistry};
use sp_core::H256;
use sp_runtime::{
	traits::{BadOrigin, BlakeTwo256, Hash},
	DispatchResult,
};

const MANUFACTURER: OrgId = 1;
const DISTRIBUTOR: OrgId = 2;
const PHARMACY: OrgId = 3;
const HOSPITAL: OrgId = 4;
const REGULATOR: OrgId = 5;
const OTHER_MANUFACTURER: OrgId = 6;
const CLINIC: OrgId = 7;
/// An organisation the registry does not know.
const NOWHERE: OrgId = 99;

const MFR_ADMIN: u64 = 10;
const MFR_LOGISTICS: u64 = 11;
/// The manufacturer's cold-chain sensor gateway.
const MFR_DEVICE: u64 = 12;
/// A company physician of the manufacturer.
const MFR_PRACTITIONER: u64 = 13;
const DIST_LOGISTICS: u64 = 20;
const DIST_DEVICE: u64 = 21;
/// A distributor's responsible pharmacist, who does not handle its stock.
const DIST_PHARMACIST: u64 = 22;
const PHARMACIST: u64 = 30;
const PHARMACY_LOGISTICS: u64 = 31;
const PHARMACY_DEVICE: u64 = 32;
const HOSPITAL_PHARMACIST: u64 = 40;
const HOSPITAL_LOGISTICS: u64 = 41;
/// An auditor of the regulator.
const AUDITOR: u64 = 50;
const REGULATOR_ADMIN: u64 = 51;
const REGULATOR_DEVICE: u64 = 52;
const OTHER_MFR_ADMIN: u64 = 60;
const CLINIC_DOCTOR: u64 = 70;
/// An account that belongs to no organisation.
const STRANGER: u64 = 99;

const MINUTE: u64 = 60_000;
/// One block (6 s) after `NOW`.
const LATER: u64 = NOW + 6_000;
/// The test batches' expiry: a year after `NOW`.
const EXPIRY: u64 = NOW + 365 * 24 * 60 * MINUTE;
/// The test product tolerates 30 minutes outside its range.
const TOLERANCE: u64 = 30 * MINUTE;

/// GS1's example GTIN-14.
const GTIN: Gtin = Gtin(10_614_141_000_415);
/// An EAN-13, as a GTIN-14 with a leading zero.
const OTHER_GTIN: Gtin = Gtin(4_006_381_333_931);
/// 2.00 °C to 8.00 °C.
const MIN_CENTI_C: i32 = 200;
const MAX_CENTI_C: i32 = 800;
const COOL: i32 = 500;
const TOO_WARM: i32 = 2_500;

/// The packs of a test batch.
const QUANTITY: u32 = 10;

/// The consortium of the tests, in the registry double: a manufacturer (admin, logistics,
/// sensor gateway, practitioner), a distributor, a pharmacy, a hospital, a regulator, another
/// manufacturer and a clinic.
fn consortium() {
	let manufacturer = OrganizationKind::Manufacturer;
	MockRegistry::set(MFR_ADMIN, MANUFACTURER, manufacturer, MemberRole::Admin);
	MockRegistry::set(MFR_LOGISTICS, MANUFACTURER, manufacturer, MemberRole::Logistics);
	MockRegistry::set(MFR_DEVICE, MANUFACTURER, manufacturer, MemberRole::Device);
	MockRegistry::set(MFR_PRACTITIONER, MANUFACTURER, manufacturer, MemberRole::Practitioner);
	let distributor = OrganizationKind::Distributor;
	MockRegistry::set(DIST_LOGISTICS, DISTRIBUTOR, distributor, MemberRole::Logistics);
	MockRegistry::set(DIST_DEVICE, DISTRIBUTOR, distributor, MemberRole::Device);
	MockRegistry::set(DIST_PHARMACIST, DISTRIBUTOR, distributor, MemberRole::Pharmacist);
	let pharmacy = OrganizationKind::Pharmacy;
	MockRegistry::set(PHARMACIST, PHARMACY, pharmacy, MemberRole::Pharmacist);
	MockRegistry::set(PHARMACY_LOGISTICS, PHARMACY, pharmacy, MemberRole::Logistics);
	MockRegistry::set(PHARMACY_DEVICE, PHARMACY, pharmacy, MemberRole::Device);
	let hospital = OrganizationKind::Hospital;
	MockRegistry::set(HOSPITAL_PHARMACIST, HOSPITAL, hospital, MemberRole::Pharmacist);
	MockRegistry::set(HOSPITAL_LOGISTICS, HOSPITAL, hospital, MemberRole::Logistics);
	let regulator = OrganizationKind::Regulator;
	MockRegistry::set(AUDITOR, REGULATOR, regulator, MemberRole::Auditor);
	MockRegistry::set(REGULATOR_ADMIN, REGULATOR, regulator, MemberRole::Admin);
	MockRegistry::set(REGULATOR_DEVICE, REGULATOR, regulator, MemberRole::Device);
	MockRegistry::set(OTHER_MFR_ADMIN, OTHER_MANUFACTURER, manufacturer, MemberRole::Admin);
	MockRegistry::set(CLINIC_DOCTOR, CLINIC, OrganizationKind::Clinic, MemberRole::Practitioner);
}

/// Fresh test externalities with the consortium set up.
fn consortium_ext() -> sp_io::TestExternalities {
	let ext = new_test_ext();
	consortium();
	ext
}

fn set_time(now: u64) {
	Timestamp::set_timestamp(now);
}

/// The hash of the test product's master data.
fn metadata() -> H256 {
	H256::repeat_byte(0x9d)
}

/// The hash of test document `byte` (transaction information, recall notice, report).
fn document(byte: u8) -> H256 {
	H256::repeat_byte(byte)
}

/// The hash of the test recall notices and suspect reports.
fn reason() -> H256 {
	document(0x7e)
}

/// Lot number `text`.
fn lot(text: &str) -> Lot<Test> {
	Lot::<Test>::try_from(text.as_bytes().to_vec()).expect("test lots fit MaxLotLength")
}

/// The bytes of the `index`-th serial number of a test batch.
fn serial_bytes(index: u32) -> Vec<u8> {
	format!("SN-{index:04}").into_bytes()
}

/// The `index`-th serial number of a test batch.
fn serial(index: u32) -> Serial<Test> {
	Serial::<Test>::try_from(serial_bytes(index)).expect("test serials fit MaxSerialLength")
}

/// What the Merkle tree of a batch of `quantity` packs commits to: `BlakeTwo256` of each
/// serial, as the README tells manufacturers.
fn serial_items(quantity: u32) -> Vec<H256> {
	(0..quantity).map(|index| BlakeTwo256::hash(&serial_bytes(index))).collect()
}

/// The serials root of a batch of `quantity` packs (zero for none).
fn root_of(quantity: u32) -> H256 {
	merkle::root(&serial_items(quantity)).unwrap_or_default()
}

/// The inclusion proof of the `index`-th serial of a batch of `quantity` packs.
fn proof_of(quantity: u32, index: u32) -> Vec<H256> {
	merkle::proof(&serial_items(quantity), index as usize).expect("the serial is in the batch")
}

/// The same, bounded for `dispense`.
fn proof(index: u32) -> SerialProof<Test> {
	SerialProof::<Test>::try_from(proof_of(QUANTITY, index)).expect("test proofs fit")
}

/// `who` registers product `gtin`: 2–8 °C, 30 minutes' tolerance.
fn register_by(who: u64, gtin: Gtin) -> DispatchResult {
	DrugTrace::register_product(
		RuntimeOrigin::signed(who),
		gtin,
		metadata(),
		MIN_CENTI_C,
		MAX_CENTI_C,
		TOLERANCE,
	)
}

/// The manufacturer registers `GTIN`.
fn registered() {
	assert_ok!(register_by(MFR_LOGISTICS, GTIN));
}

/// `who` commissions `quantity` packs of `gtin`, lot `lot_text`, expiring at `expiry`.
fn commission_with(
	who: u64,
	gtin: Gtin,
	lot_text: &str,
	expiry: u64,
	quantity: u32,
) -> DispatchResult {
	DrugTrace::commission_batch(
		RuntimeOrigin::signed(who),
		gtin,
		lot(lot_text),
		expiry,
		quantity,
		root_of(quantity),
	)
}

/// `who` commissions `quantity` packs of `gtin`, lot `lot_text`, expiring at `EXPIRY`.
fn commission_by(who: u64, gtin: Gtin, lot_text: &str, quantity: u32) -> DispatchResult {
	commission_with(who, gtin, lot_text, EXPIRY, quantity)
}

/// The manufacturer commissions `QUANTITY` packs of the registered `GTIN`, lot `lot_text`;
/// returns the batch.
fn batch_of(lot_text: &str) -> BatchId {
	let batch = NextBatchId::<Test>::get();
	assert_ok!(commission_by(MFR_LOGISTICS, GTIN, lot_text, QUANTITY));
	batch
}

/// The manufacturer registers `GTIN` and commissions `QUANTITY` packs of lot "LOT-A";
/// returns the batch.
fn commissioned() -> BatchId {
	registered();
	batch_of("LOT-A")
}

/// `who` ships `quantity` packs of `batch` to `to`.
fn ship_by(who: u64, batch: BatchId, to: OrgId, quantity: u32) -> DispatchResult {
	DrugTrace::ship(RuntimeOrigin::signed(who), batch, to, quantity, document(0xd0))
}

/// `who` ships `quantity` packs of `batch` to `to`, which must succeed; returns the shipment.
fn shipped(who: u64, batch: BatchId, to: OrgId, quantity: u32) -> ShipmentId {
	let shipment = NextShipmentId::<Test>::get();
	assert_ok!(ship_by(who, batch, to, quantity));
	shipment
}

/// `who` confirms receipt of `shipment`.
fn receive_by(who: u64, shipment: ShipmentId) -> DispatchResult {
	DrugTrace::receive(RuntimeOrigin::signed(who), shipment)
}

/// `sender` ships `quantity` packs of `batch` to `to`, and `receiver` receives them; returns
/// the shipment.
fn delivered(sender: u64, batch: BatchId, to: OrgId, quantity: u32, receiver: u64) -> ShipmentId {
	let shipment = shipped(sender, batch, to, quantity);
	assert_ok!(receive_by(receiver, shipment));
	shipment
}

/// A batch of `QUANTITY` packs along the usual path: the manufacturer ships 6 to the
/// distributor, which ships 4 on to the pharmacy; both shipments received. The manufacturer
/// keeps 4, the distributor 2, the pharmacy 4: three holders, the mock's most.
fn supply_path() -> BatchId {
	let batch = commissioned();
	delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 6, DIST_LOGISTICS);
	delivered(DIST_LOGISTICS, batch, PHARMACY, 4, PHARMACY_LOGISTICS);
	batch
}

/// `who` records `centi_c` measured at `at` for `stock`.
fn temperature_by(who: u64, stock: StockRef, centi_c: i32, at: u64) -> DispatchResult {
	DrugTrace::record_temperature(RuntimeOrigin::signed(who), stock, centi_c, at)
}

/// What `holder` holds of `batch`.
fn shelf(batch: BatchId, holder: OrgId) -> StockRef {
	StockRef::Holding { batch, holder }
}

/// `device` records two readings `TOLERANCE` apart outside the range for `stock`, ending at
/// `NOW`: the stock is quarantined.
fn overheat(device: u64, stock: StockRef) {
	assert_ok!(temperature_by(device, stock, TOO_WARM, NOW - TOLERANCE));
	assert_ok!(temperature_by(device, stock, TOO_WARM, NOW));
}

/// `who` dispenses the `index`-th pack of `batch` (a batch of `QUANTITY` packs).
fn dispense_by(who: u64, batch: BatchId, index: u32) -> DispatchResult {
	DrugTrace::dispense(RuntimeOrigin::signed(who), batch, serial(index), proof(index))
}

/// `who` recalls `batch` (class I).
fn recall_by(who: u64, batch: BatchId) -> DispatchResult {
	DrugTrace::recall(RuntimeOrigin::signed(who), batch, RecallClass::ClassI, reason())
}

/// `who` closes the recall of `batch`.
fn close_by(who: u64, batch: BatchId) -> DispatchResult {
	DrugTrace::close_recall(RuntimeOrigin::signed(who), batch)
}

/// Governance (root, in the mock) closes the recall of `batch`.
fn close_by_governance(batch: BatchId) -> DispatchResult {
	DrugTrace::close_recall(RuntimeOrigin::root(), batch)
}

/// `who` reports `batch` as suspect.
fn report_by(who: u64, batch: BatchId) -> DispatchResult {
	report_with(who, batch, reason())
}

/// `who` reports `batch` as suspect, with the report hashing to `evidence`.
fn report_with(who: u64, batch: BatchId, evidence: H256) -> DispatchResult {
	DrugTrace::report_suspect(RuntimeOrigin::signed(who), batch, evidence)
}

/// `who` resolves the suspect report of `batch`.
fn resolve_by(who: u64, batch: BatchId, legitimate: bool) -> DispatchResult {
	DrugTrace::resolve_suspect(RuntimeOrigin::signed(who), batch, legitimate)
}

/// `who` releases `stock` from quarantine.
fn release_by(who: u64, stock: StockRef) -> DispatchResult {
	DrugTrace::release_stock(RuntimeOrigin::signed(who), stock)
}

/// `who` refuses `shipment` for `reason`.
fn refuse_by(who: u64, shipment: ShipmentId, reason: RefusalReason) -> DispatchResult {
	DrugTrace::refuse_shipment(RuntimeOrigin::signed(who), shipment, reason)
}

/// `who` disposes of `quantity` packs of `batch` as `disposition` says.
fn dispose_by(who: u64, batch: BatchId, quantity: u32, disposition: Disposition) -> DispatchResult {
	DrugTrace::dispose_stock(RuntimeOrigin::signed(who), batch, quantity, disposition)
}

/// A holding of `quantity` packs in custody, `incoming` and `outgoing`, neither quarantined
/// nor exposed.
fn stock_at(quantity: u32, incoming: u32, outgoing: u32) -> Holding {
	Holding { quantity, incoming, outgoing, ..Holding::default() }
}

/// The cold-chain exposure of `org`'s stock of `batch` (none without a holding).
fn exposure(batch: BatchId, org: OrgId) -> Exposure {
	holding(batch, org).map(|holding| holding.exposure).unwrap_or_default()
}

/// An exposure of `total_ms`, of which `accepted_ms` accepted.
fn exposed(total_ms: u64, accepted_ms: u64) -> Exposure {
	Exposure { total_ms, accepted_ms }
}

/// What `org` holds of `batch`, if anything.
fn holding(batch: BatchId, org: OrgId) -> Option<Holding> {
	Holdings::<Test>::get(batch, org)
}

/// The packs in `org`'s custody of `batch`.
fn held(batch: BatchId, org: OrgId) -> u32 {
	holding(batch, org).map_or(0, |holding| holding.quantity)
}

/// Whether `org`'s stock of `batch` is quarantined.
fn quarantined(batch: BatchId, org: OrgId) -> bool {
	holding(batch, org).is_some_and(|holding| holding.quarantined)
}

/// Batch `id`, which must exist.
fn stored_batch(id: BatchId) -> BatchOf<Test> {
	DrugTrace::batch(id).expect("the batch exists")
}

/// The status of batch `id`, which must exist.
fn status(id: BatchId) -> BatchStatus {
	stored_batch(id).status
}

/// Shipment `id`, which must exist.
fn stored_shipment(id: ShipmentId) -> Shipment {
	Shipments::<Test>::get(id).expect("the shipment exists")
}

/// The last event must be `event`.
fn assert_event(event: Event<Test>) {
	System::assert_last_event(event.into());
}

/// This pallet's events so far, oldest first.
fn events() -> Vec<Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|record| match record.event {
			RuntimeEvent::DrugTrace(event) => Some(event),
			_ => None,
		})
		.collect()
}

/// The packs of `batch` in custody, in transit, dispensed and disposed of must add up to
/// those commissioned, the holdings' incoming and outgoing each to those in transit, and every
/// invariant hold.
fn assert_conserved(batch: BatchId) {
	let holders = DrugTrace::holders(batch);
	let in_custody: u32 = holders.iter().map(|(_, holding)| holding.quantity).sum();
	let incoming: u32 = holders.iter().map(|(_, holding)| holding.incoming).sum();
	let outgoing: u32 = holders.iter().map(|(_, holding)| holding.outgoing).sum();
	let in_transit = DrugTrace::in_transit(batch);
	let record = stored_batch(batch);
	assert_eq!(incoming, in_transit);
	assert_eq!(outgoing, in_transit);
	assert_eq!(in_custody + in_transit + record.dispensed + record.disposed, record.quantity);
	assert_ok!(DrugTrace::do_try_state());
}

// --- GTINs and serials ---

#[test]
fn gtin_check_digit_is_validated() {
	assert!(Gtin(10_614_141_000_415).is_valid(), "GTIN-14");
	assert!(Gtin(4_006_381_333_931).is_valid(), "GTIN-13, zero-padded");
	assert!(Gtin(36_000_291_452).is_valid(), "GTIN-12, zero-padded");
	assert!(Gtin(96_385_074).is_valid(), "GTIN-8, zero-padded");
	assert_eq!(Gtin::check_digit(1_061_414_100_041), 5);
	assert!(!Gtin(10_614_141_000_416).is_valid(), "wrong check digit");
	assert!(!Gtin(0).is_valid(), "zero");
	assert!(!Gtin(106_141_410_004_158).is_valid(), "15 digits, though its check digit is right");
	assert_eq!(Gtin::check_digit(10_614_141_000_415), 8);
}

#[test]
fn serial_hash_is_blake2_256_of_the_serial() {
	assert_eq!(serial_hash(b"SN-0001"), BlakeTwo256::hash(b"SN-0001"));
	assert_eq!(serial_hash(b"SN-0001"), H256(sp_io::hashing::blake2_256(b"SN-0001")));
}

// --- register_product ---

#[test]
fn manufacturer_registers_a_product() {
	consortium_ext().execute_with(|| {
		assert_ok!(register_by(MFR_LOGISTICS, GTIN));

		let product = Product {
			manufacturer: MANUFACTURER,
			metadata_hash: metadata(),
			min_temp_centi_c: MIN_CENTI_C,
			max_temp_centi_c: MAX_CENTI_C,
			max_excursion_ms: TOLERANCE,
			registered_at: NOW,
		};
		assert_eq!(Products::<Test>::get(GTIN), Some(product.clone()));
		assert_eq!(DrugTrace::product(GTIN), Some(product));
		assert_event(Event::ProductRegistered { gtin: GTIN, manufacturer: MANUFACTURER });
	});
}

#[test]
fn manufacturer_admin_registers_a_product() {
	consortium_ext().execute_with(|| {
		assert_ok!(register_by(MFR_ADMIN, OTHER_GTIN));

		let manufacturer = DrugTrace::product(OTHER_GTIN).map(|product| product.manufacturer);
		assert_eq!(manufacturer, Some(MANUFACTURER));
		assert_event(Event::ProductRegistered { gtin: OTHER_GTIN, manufacturer: MANUFACTURER });
	});
}

#[test]
fn register_product_refuses_an_invalid_gtin() {
	consortium_ext().execute_with(|| {
		for gtin in [Gtin(10_614_141_000_416), Gtin(0), Gtin(106_141_410_004_158)] {
			assert_noop!(register_by(MFR_LOGISTICS, gtin), Error::<Test>::InvalidGtin);
		}
	});
}

#[test]
fn register_product_refuses_an_empty_or_inverted_temperature_range() {
	consortium_ext().execute_with(|| {
		for (min, max) in [(MAX_CENTI_C, MIN_CENTI_C), (MIN_CENTI_C, MIN_CENTI_C)] {
			assert_noop!(
				DrugTrace::register_product(
					RuntimeOrigin::signed(MFR_LOGISTICS),
					GTIN,
					metadata(),
					min,
					max,
					TOLERANCE
				),
				Error::<Test>::InvalidTemperatureRange
			);
		}
	});
}

#[test]
fn register_product_refuses_a_registered_gtin() {
	consortium_ext().execute_with(|| {
		registered();

		assert_noop!(register_by(MFR_ADMIN, GTIN), Error::<Test>::DuplicateProduct);
		assert_noop!(register_by(OTHER_MFR_ADMIN, GTIN), Error::<Test>::DuplicateProduct);
	});
}

#[test]
fn only_a_manufacturers_admin_or_logistics_registers_products() {
	consortium_ext().execute_with(|| {
		assert_noop!(register_by(STRANGER, GTIN), Error::<Test>::NotAMember);
		assert_noop!(register_by(DIST_LOGISTICS, GTIN), Error::<Test>::NotAManufacturer);
		assert_noop!(register_by(AUDITOR, GTIN), Error::<Test>::NotAManufacturer);
		assert_noop!(register_by(MFR_DEVICE, GTIN), Error::<Test>::NotPermittedToManageProducts);
		assert_noop!(
			register_by(MFR_PRACTITIONER, GTIN),
			Error::<Test>::NotPermittedToManageProducts
		);
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(register_by(MFR_LOGISTICS, GTIN), Error::<Test>::OrganizationSuspended);
	});
}

// --- commission_batch ---

#[test]
fn manufacturer_commissions_a_batch_and_holds_all_of_it() {
	consortium_ext().execute_with(|| {
		registered();

		assert_ok!(commission_by(MFR_LOGISTICS, GTIN, "LOT-A", QUANTITY));

		let batch = Batch {
			gtin: GTIN,
			lot: lot("LOT-A"),
			expiry: EXPIRY,
			quantity: QUANTITY,
			serials_root: root_of(QUANTITY),
			manufacturer: MANUFACTURER,
			status: BatchStatus::Active,
			commissioned_at: NOW,
			dispensed: 0,
			disposed: 0,
		};
		assert_eq!(DrugTrace::batch(0), Some(batch.clone()));
		assert_eq!(NextBatchId::<Test>::get(), 1);
		assert_eq!(BatchByLot::<Test>::get(GTIN, lot("LOT-A")), Some(0));
		assert_eq!(DrugTrace::batch_by_lot(GTIN, b"LOT-A".to_vec()), Some((0, batch)));
		assert_eq!(holding(0, MANUFACTURER), Some(stock_at(QUANTITY, 0, 0)));
		assert_eq!(Custodians::<Test>::get(0, MANUFACTURER), Some(NOW));
		assert!(PartnerHoldings::<Test>::contains_key(MANUFACTURER, 0));
		assert_eq!(HolderCount::<Test>::get(0), 1);
		assert_eq!(DrugTrace::in_transit(0), 0);
		assert_event(Event::BatchCommissioned {
			batch: 0,
			gtin: GTIN,
			lot: lot("LOT-A"),
			manufacturer: MANUFACTURER,
			quantity: QUANTITY,
			expiry: EXPIRY,
		});
		assert_conserved(0);
	});
}

#[test]
fn the_same_lot_number_may_be_used_by_another_product() {
	consortium_ext().execute_with(|| {
		registered();
		assert_ok!(register_by(MFR_ADMIN, OTHER_GTIN));
		batch_of("LOT-A");

		assert_ok!(commission_by(MFR_ADMIN, OTHER_GTIN, "LOT-A", 1));

		assert_eq!(BatchByLot::<Test>::get(OTHER_GTIN, lot("LOT-A")), Some(1));
	});
}

#[test]
fn commission_refuses_an_unknown_product() {
	consortium_ext().execute_with(|| {
		assert_noop!(
			commission_by(MFR_LOGISTICS, OTHER_GTIN, "LOT-A", QUANTITY),
			Error::<Test>::UnknownProduct
		);
	});
}

#[test]
fn only_the_products_manufacturer_commissions_its_batches() {
	consortium_ext().execute_with(|| {
		registered();

		assert_noop!(
			commission_by(OTHER_MFR_ADMIN, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::NotProductManufacturer
		);
		assert_noop!(
			commission_by(DIST_LOGISTICS, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::NotAManufacturer
		);
		assert_noop!(
			commission_by(MFR_DEVICE, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::NotPermittedToManageProducts
		);
		assert_noop!(commission_by(STRANGER, GTIN, "LOT-A", QUANTITY), Error::<Test>::NotAMember);
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(
			commission_by(MFR_LOGISTICS, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn commission_refuses_an_empty_lot() {
	consortium_ext().execute_with(|| {
		registered();

		assert_noop!(commission_by(MFR_LOGISTICS, GTIN, "", QUANTITY), Error::<Test>::EmptyLot);
	});
}

#[test]
fn commission_refuses_zero_packs() {
	consortium_ext().execute_with(|| {
		registered();

		assert_noop!(commission_by(MFR_LOGISTICS, GTIN, "LOT-A", 0), Error::<Test>::ZeroQuantity);
	});
}

#[test]
fn commission_refuses_more_packs_than_proofs_can_reach() {
	consortium_ext().execute_with(|| {
		registered();

		assert_ok!(commission_by(MFR_LOGISTICS, GTIN, "LOT-16", 16));
		assert_noop!(
			commission_by(MFR_LOGISTICS, GTIN, "LOT-17", 17),
			Error::<Test>::BatchTooLarge
		);
	});
}

#[test]
fn commission_refuses_an_expiry_that_is_not_in_the_future() {
	consortium_ext().execute_with(|| {
		registered();

		assert_noop!(
			commission_with(MFR_LOGISTICS, GTIN, "LOT-A", NOW, QUANTITY),
			Error::<Test>::AlreadyExpired
		);
		assert_ok!(commission_with(MFR_LOGISTICS, GTIN, "LOT-A", NOW + 1, QUANTITY));
	});
}

#[test]
fn commission_refuses_a_lot_the_product_already_has() {
	consortium_ext().execute_with(|| {
		commissioned();

		assert_noop!(
			commission_by(MFR_ADMIN, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::DuplicateLot
		);
	});
}

#[test]
fn commission_refuses_when_batch_ids_are_exhausted() {
	consortium_ext().execute_with(|| {
		registered();
		NextBatchId::<Test>::put(u64::MAX);

		assert_noop!(
			commission_by(MFR_LOGISTICS, GTIN, "LOT-A", QUANTITY),
			Error::<Test>::Overflow
		);
	});
}

// --- ship ---

#[test]
fn shipping_puts_packs_in_transit_to_the_receiver() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_ok!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 6));

		assert_eq!(
			Shipments::<Test>::get(0),
			Some(Shipment {
				batch,
				from: MANUFACTURER,
				to: DISTRIBUTOR,
				quantity: 6,
				document_hash: document(0xd0),
				status: ShipmentStatus::InTransit,
				quarantined: false,
				shipped_at: NOW,
				received_at: None,
				exposure: Exposure::default(),
			})
		);
		assert_eq!(NextShipmentId::<Test>::get(), 1);
		assert_eq!(holding(batch, MANUFACTURER), Some(stock_at(4, 0, 6)));
		assert_eq!(holding(batch, DISTRIBUTOR), Some(stock_at(0, 6, 0)));
		assert_eq!(Custodians::<Test>::get(batch, DISTRIBUTOR), Some(NOW));
		assert!(PartnerHoldings::<Test>::contains_key(DISTRIBUTOR, batch));
		assert_eq!(HolderCount::<Test>::get(batch), 2);
		assert_eq!(DrugTrace::in_transit(batch), 6);
		assert_eq!(BatchShipmentCount::<Test>::get(batch), 1);
		assert_eq!(BatchShipments::<Test>::get(batch, 0), Some(0));
		assert_event(Event::Shipped {
			shipment: 0,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			document_hash: document(0xd0),
		});
		assert_conserved(batch);
	});
}

#[test]
fn shipping_everything_keeps_the_senders_holding_until_the_shipment_is_received() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(temperature_by(MFR_DEVICE, shelf(batch, MANUFACTURER), COOL, NOW));

		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, QUANTITY);

		// Nothing is left in custody, so the readings go; the holding stays for the packs in
		// transit, which come back to it if they are refused.
		assert_eq!(holding(batch, MANUFACTURER), Some(stock_at(0, 0, QUANTITY)));
		assert!(PartnerHoldings::<Test>::contains_key(MANUFACTURER, batch));
		assert!(!ColdChain::<Test>::contains_key(shelf(batch, MANUFACTURER)));
		assert_eq!(HolderCount::<Test>::get(batch), 2);
		assert_eq!(DrugTrace::in_transit(batch), QUANTITY);
		assert_conserved(batch);

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		assert_eq!(holding(batch, MANUFACTURER), None);
		assert!(!PartnerHoldings::<Test>::contains_key(MANUFACTURER, batch));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		// A past holder stays a custodian.
		assert_eq!(Custodians::<Test>::get(batch, MANUFACTURER), Some(NOW));
		assert_conserved(batch);
	});
}

#[test]
fn a_pharmacist_ships_a_return_to_the_distributor() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();

		let shipment = shipped(PHARMACIST, batch, DISTRIBUTOR, 1);

		assert_eq!(held(batch, PHARMACY), 3);
		assert_eq!(holding(batch, DISTRIBUTOR).map(|holding| holding.incoming), Some(1));
		assert_eq!(stored_shipment(shipment).from, PHARMACY);
		assert_conserved(batch);
	});
}

#[test]
fn only_a_trading_partners_stock_handlers_ship() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();

		assert_noop!(ship_by(STRANGER, batch, HOSPITAL, 1), Error::<Test>::NotAMember);
		assert_noop!(ship_by(CLINIC_DOCTOR, batch, HOSPITAL, 1), Error::<Test>::NotATradingPartner);
		assert_noop!(ship_by(AUDITOR, batch, HOSPITAL, 1), Error::<Test>::NotATradingPartner);
		assert_noop!(
			ship_by(MFR_DEVICE, batch, DISTRIBUTOR, 1),
			Error::<Test>::NotPermittedToHandleStock
		);
		assert_noop!(
			ship_by(MFR_PRACTITIONER, batch, DISTRIBUTOR, 1),
			Error::<Test>::NotPermittedToHandleStock
		);
		assert_noop!(
			ship_by(DIST_PHARMACIST, batch, PHARMACY, 1),
			Error::<Test>::NotPermittedToHandleStock
		);
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn ship_refuses_an_unknown_batch() {
	consortium_ext().execute_with(|| {
		commissioned();

		assert_noop!(ship_by(MFR_LOGISTICS, 7, DISTRIBUTOR, 1), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn ship_refuses_zero_packs() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 0), Error::<Test>::ZeroQuantity);
	});
}

#[test]
fn nobody_ships_more_than_they_hold() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, QUANTITY + 1),
			Error::<Test>::InsufficientStock
		);
		// The distributor holds none of the batch.
		assert_noop!(ship_by(DIST_LOGISTICS, batch, PHARMACY, 1), Error::<Test>::InsufficientStock);
		// Stock in transit to the distributor is not yet its to ship.
		shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_noop!(ship_by(DIST_LOGISTICS, batch, PHARMACY, 1), Error::<Test>::InsufficientStock);
		assert_noop!(ship_by(MFR_LOGISTICS, batch, PHARMACY, 5), Error::<Test>::InsufficientStock);
	});
}

#[test]
fn ship_refuses_shipping_to_oneself() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, MANUFACTURER, 1),
			Error::<Test>::CannotShipToSelf
		);
	});
}

#[test]
fn ship_refuses_a_recipient_that_is_not_an_active_trading_partner() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(ship_by(MFR_LOGISTICS, batch, NOWHERE, 1), Error::<Test>::UnknownOrganization);
		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, CLINIC, 1),
			Error::<Test>::RecipientNotATradingPartner
		);
		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, REGULATOR, 1),
			Error::<Test>::RecipientNotATradingPartner
		);
		MockRegistry::suspend(HOSPITAL);
		assert_noop!(ship_by(MFR_LOGISTICS, batch, HOSPITAL, 1), Error::<Test>::RecipientSuspended);
	});
}

#[test]
fn recalled_stock_cannot_be_shipped() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(MFR_ADMIN, batch));

		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1), Error::<Test>::BatchRecalled);
	});
}

#[test]
fn suspect_stock_cannot_be_shipped() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));

		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1),
			Error::<Test>::BatchQuarantined
		);
	});
}

#[test]
fn destroyed_stock_cannot_be_shipped() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));
		assert_ok!(resolve_by(AUDITOR, batch, false));

		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1), Error::<Test>::BatchDestroyed);
	});
}

#[test]
fn expired_stock_cannot_be_shipped() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		set_time(EXPIRY - 1);
		assert_ok!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1));
		set_time(EXPIRY);

		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1), Error::<Test>::BatchExpired);
	});
}

#[test]
fn quarantined_stock_cannot_be_shipped() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		overheat(MFR_DEVICE, shelf(batch, MANUFACTURER));

		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1),
			Error::<Test>::StockQuarantined
		);
	});
}

#[test]
fn a_batch_has_at_most_max_holders() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_eq!(HolderCount::<Test>::get(batch), 3);

		assert_noop!(ship_by(MFR_LOGISTICS, batch, HOSPITAL, 1), Error::<Test>::TooManyHolders);
		// A holder that ships all it has keeps its slot while the packs are in transit (a
		// refusal brings them back to it)...
		assert_noop!(ship_by(DIST_LOGISTICS, batch, HOSPITAL, 2), Error::<Test>::TooManyHolders);
		// ...and a holder left with nothing in custody, incoming or outgoing frees it.
		for index in 0..4 {
			assert_ok!(dispense_by(PHARMACIST, batch, index));
		}
		assert_eq!(holding(batch, PHARMACY), None);
		assert_eq!(HolderCount::<Test>::get(batch), 2);
		assert_ok!(ship_by(DIST_LOGISTICS, batch, HOSPITAL, 2));
		assert_eq!(HolderCount::<Test>::get(batch), 3);
		assert_conserved(batch);
	});
}

#[test]
fn ship_refuses_when_shipment_ids_are_exhausted() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		NextShipmentId::<Test>::put(u64::MAX);

		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1), Error::<Test>::Overflow);
	});
}

// --- receive ---

#[test]
fn the_receiver_confirms_receipt() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		set_time(LATER);

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		let received = stored_shipment(shipment);
		assert_eq!(received.status, ShipmentStatus::Received);
		assert_eq!(received.received_at, Some(LATER));
		assert_eq!(received.shipped_at, NOW);
		assert_eq!(holding(batch, DISTRIBUTOR), Some(stock_at(6, 0, 0)));
		assert_eq!(holding(batch, MANUFACTURER), Some(stock_at(4, 0, 0)));
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert!(!QuantityInTransit::<Test>::contains_key(batch));
		assert_event(Event::Received {
			shipment,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			batch_status: BatchStatus::Active,
			quarantined: false,
		});
		assert_conserved(batch);
	});
}

#[test]
fn a_pharmacist_receives_for_a_hospital() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, HOSPITAL, 2);

		assert_ok!(receive_by(HOSPITAL_PHARMACIST, shipment));

		assert_eq!(held(batch, HOSPITAL), 2);
	});
}

#[test]
fn receive_refuses_an_unknown_or_received_shipment() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 6, DIST_LOGISTICS);

		assert_noop!(receive_by(DIST_LOGISTICS, 9), Error::<Test>::UnknownShipment);
		assert_noop!(receive_by(DIST_LOGISTICS, shipment), Error::<Test>::AlreadyReceived);
	});
}

#[test]
fn only_the_receivers_stock_handlers_receive() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);

		assert_noop!(receive_by(STRANGER, shipment), Error::<Test>::NotAMember);
		assert_noop!(receive_by(MFR_LOGISTICS, shipment), Error::<Test>::NotReceiver);
		assert_noop!(receive_by(PHARMACY_LOGISTICS, shipment), Error::<Test>::NotReceiver);
		assert_noop!(receive_by(DIST_DEVICE, shipment), Error::<Test>::NotPermittedToHandleStock);
		assert_noop!(
			receive_by(DIST_PHARMACIST, shipment),
			Error::<Test>::NotPermittedToHandleStock
		);
		MockRegistry::suspend(DISTRIBUTOR);
		assert_noop!(receive_by(DIST_LOGISTICS, shipment), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn recalled_stock_in_transit_is_still_received_and_accounted_for() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_ok!(recall_by(AUDITOR, batch));

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		assert_eq!(held(batch, DISTRIBUTOR), 6);
		assert_event(Event::Received {
			shipment,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			batch_status: BatchStatus::Recalled,
			quarantined: false,
		});
		assert_conserved(batch);
	});
}

// --- refuse_shipment ---

#[test]
fn a_receiver_refuses_a_shipment_and_the_packs_return_to_the_sender() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_ok!(temperature_by(MFR_DEVICE, StockRef::Shipment(shipment), COOL, NOW));
		set_time(LATER);

		assert_ok!(refuse_by(DIST_LOGISTICS, shipment, RefusalReason::NotOrdered));

		let refused = stored_shipment(shipment);
		assert_eq!(
			refused.status,
			ShipmentStatus::Refused { reason: RefusalReason::NotOrdered, at: LATER }
		);
		assert_eq!(refused.received_at, None);
		assert_eq!(holding(batch, MANUFACTURER), Some(stock_at(QUANTITY, 0, 0)));
		// The receiver only awaited the packs: its holding goes, and its slot with it.
		assert_eq!(holding(batch, DISTRIBUTOR), None);
		assert!(!PartnerHoldings::<Test>::contains_key(DISTRIBUTOR, batch));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert!(!ColdChain::<Test>::contains_key(StockRef::Shipment(shipment)));
		assert_event(Event::ShipmentRefused {
			shipment,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			reason: RefusalReason::NotOrdered,
			quarantined: false,
		});
		assert_conserved(batch);
	});
}

#[test]
fn a_pharmacist_refuses_a_delivery_for_a_pharmacy_that_holds_the_batch() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		let shipment = shipped(DIST_LOGISTICS, batch, PHARMACY, 2);

		assert_ok!(refuse_by(PHARMACIST, shipment, RefusalReason::Other(42)));

		// The pharmacy keeps the holding it had; the distributor has its packs back.
		assert_eq!(holding(batch, PHARMACY), Some(stock_at(4, 0, 0)));
		assert_eq!(holding(batch, DISTRIBUTOR), Some(stock_at(2, 0, 0)));
		assert_eq!(HolderCount::<Test>::get(batch), 3);
		assert_conserved(batch);
	});
}

#[test]
fn a_sender_keeps_its_holder_slot_so_a_refused_shipment_can_always_return() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		// The distributor ships all it holds; the batch has its most holders.
		let shipment = shipped(DIST_LOGISTICS, batch, PHARMACY, 2);
		assert_eq!(holding(batch, DISTRIBUTOR), Some(stock_at(0, 0, 2)));
		// Nobody can take the distributor's slot while its packs are in transit...
		assert_noop!(ship_by(MFR_LOGISTICS, batch, HOSPITAL, 1), Error::<Test>::TooManyHolders);

		// ...so the refused packs always have a holding to return to.
		assert_ok!(refuse_by(PHARMACY_LOGISTICS, shipment, RefusalReason::Damaged));

		assert_eq!(holding(batch, DISTRIBUTOR), Some(stock_at(2, 0, 0)));
		assert_eq!(HolderCount::<Test>::get(batch), 3);
		assert_conserved(batch);
	});
}

#[test]
fn a_shipment_quarantined_in_transit_quarantines_its_sender_when_refused() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		overheat(MFR_DEVICE, StockRef::Shipment(shipment));

		assert_ok!(refuse_by(DIST_LOGISTICS, shipment, RefusalReason::ColdChainBreach));

		// The packs are mixed back into the manufacturer's stock, with their exposure.
		assert!(quarantined(batch, MANUFACTURER));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(TOLERANCE, 0));
		assert_event(Event::ShipmentRefused {
			shipment,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			reason: RefusalReason::ColdChainBreach,
			quarantined: true,
		});
		assert_noop!(ship_by(MFR_LOGISTICS, batch, PHARMACY, 1), Error::<Test>::StockQuarantined);
		assert_conserved(batch);
	});
}

#[test]
fn a_refused_shipment_is_not_received_refused_again_or_measured() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_ok!(refuse_by(DIST_LOGISTICS, shipment, RefusalReason::MissingDocuments));
		let carried = StockRef::Shipment(shipment);

		assert_noop!(receive_by(DIST_LOGISTICS, shipment), Error::<Test>::AlreadyRefused);
		assert_noop!(
			refuse_by(DIST_LOGISTICS, shipment, RefusalReason::Damaged),
			Error::<Test>::AlreadyRefused
		);
		assert_noop!(temperature_by(MFR_DEVICE, carried, COOL, NOW), Error::<Test>::AlreadyRefused);
		assert_noop!(release_by(AUDITOR, carried), Error::<Test>::AlreadyRefused);
	});
}

#[test]
fn only_the_receivers_stock_handlers_refuse_a_shipment_in_transit() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let received = delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 2, DIST_LOGISTICS);
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		let refuse = |who| refuse_by(who, shipment, RefusalReason::NotOrdered);

		assert_noop!(
			refuse_by(DIST_LOGISTICS, 9, RefusalReason::NotOrdered),
			Error::<Test>::UnknownShipment
		);
		assert_noop!(
			refuse_by(DIST_LOGISTICS, received, RefusalReason::NotOrdered),
			Error::<Test>::AlreadyReceived
		);
		assert_noop!(refuse(STRANGER), Error::<Test>::NotAMember);
		assert_noop!(refuse(MFR_LOGISTICS), Error::<Test>::NotReceiver);
		assert_noop!(refuse(PHARMACY_LOGISTICS), Error::<Test>::NotReceiver);
		assert_noop!(refuse(DIST_DEVICE), Error::<Test>::NotPermittedToHandleStock);
		assert_noop!(refuse(DIST_PHARMACIST), Error::<Test>::NotPermittedToHandleStock);
		MockRegistry::suspend(DISTRIBUTOR);
		assert_noop!(refuse(DIST_LOGISTICS), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn recalled_stock_in_transit_may_be_refused() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_ok!(recall_by(AUDITOR, batch));

		assert_ok!(refuse_by(DIST_LOGISTICS, shipment, RefusalReason::SuspectedFalsified));

		assert_eq!(held(batch, MANUFACTURER), QUANTITY);
		assert_conserved(batch);
	});
}

#[test]
fn a_receiver_that_refused_a_shipment_may_report_the_batch() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, HOSPITAL, 2);
		assert_ok!(refuse_by(HOSPITAL_LOGISTICS, shipment, RefusalReason::SuspectedFalsified));
		assert_eq!(holding(batch, HOSPITAL), None);

		assert_ok!(report_by(HOSPITAL_PHARMACIST, batch));

		assert_eq!(status(batch), BatchStatus::Quarantined);
		assert_conserved(batch);
	});
}

// --- returns and disposal ---

#[test]
fn recalled_stock_is_returned_to_its_manufacturer_only() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(recall_by(MFR_ADMIN, batch));

		assert_noop!(ship_by(PHARMACIST, batch, DISTRIBUTOR, 4), Error::<Test>::BatchRecalled);
		let shipment = shipped(PHARMACIST, batch, MANUFACTURER, 4);
		assert_ok!(receive_by(MFR_LOGISTICS, shipment));

		assert_eq!(holding(batch, PHARMACY), None);
		assert_eq!(held(batch, MANUFACTURER), 8);
		assert_event(Event::Received {
			shipment,
			batch,
			from: PHARMACY,
			to: MANUFACTURER,
			quantity: 4,
			batch_status: BatchStatus::Recalled,
			quarantined: false,
		});
		assert_conserved(batch);
	});
}

#[test]
fn expired_or_destroyed_stock_is_returned_to_its_manufacturer() {
	consortium_ext().execute_with(|| {
		registered();
		let expiring = batch_of("LOT-E");
		let destroyed = batch_of("LOT-D");
		delivered(MFR_LOGISTICS, expiring, DISTRIBUTOR, 6, DIST_LOGISTICS);
		delivered(MFR_LOGISTICS, destroyed, DISTRIBUTOR, 6, DIST_LOGISTICS);
		assert_ok!(report_by(DIST_LOGISTICS, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));
		set_time(EXPIRY);

		assert_noop!(ship_by(DIST_LOGISTICS, expiring, PHARMACY, 1), Error::<Test>::BatchExpired);
		assert_ok!(ship_by(DIST_LOGISTICS, expiring, MANUFACTURER, 6));
		assert_noop!(
			ship_by(DIST_LOGISTICS, destroyed, PHARMACY, 1),
			Error::<Test>::BatchDestroyed
		);
		assert_ok!(ship_by(DIST_LOGISTICS, destroyed, MANUFACTURER, 6));
		assert_conserved(expiring);
		assert_conserved(destroyed);
	});
}

#[test]
fn suspect_stock_is_not_returned() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(report_by(PHARMACIST, batch));

		assert_noop!(ship_by(PHARMACIST, batch, MANUFACTURER, 1), Error::<Test>::BatchQuarantined);
	});
}

#[test]
fn a_return_carries_quarantined_stock_with_its_quarantine() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		overheat(PHARMACY_DEVICE, shelf(batch, PHARMACY));
		// Active stock that is quarantined does not move, even to its manufacturer...
		assert_noop!(ship_by(PHARMACIST, batch, MANUFACTURER, 4), Error::<Test>::StockQuarantined);
		assert_ok!(recall_by(MFR_ADMIN, batch));

		// ...but recalled stock goes back, quarantine and exposure with it.
		let shipment = shipped(PHARMACIST, batch, MANUFACTURER, 4);
		assert!(stored_shipment(shipment).quarantined);
		assert_eq!(stored_shipment(shipment).exposure, exposed(TOLERANCE, 0));
		assert_eq!(holding(batch, PHARMACY), Some(stock_at(0, 0, 4)));
		assert_ok!(receive_by(MFR_LOGISTICS, shipment));

		assert!(quarantined(batch, MANUFACTURER));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(TOLERANCE, 0));
		assert_conserved(batch);
	});
}

#[test]
fn a_holder_destroys_recalled_stock_and_frees_its_slot() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(temperature_by(PHARMACY_DEVICE, shelf(batch, PHARMACY), COOL, NOW));
		assert_ok!(recall_by(AUDITOR, batch));

		assert_ok!(dispose_by(PHARMACIST, batch, 4, Disposition::Destroyed));

		assert_eq!(holding(batch, PHARMACY), None);
		assert!(!PartnerHoldings::<Test>::contains_key(PHARMACY, batch));
		assert!(!ColdChain::<Test>::contains_key(shelf(batch, PHARMACY)));
		assert_eq!(HolderCount::<Test>::get(batch), 2);
		assert_eq!(stored_batch(batch).disposed, 4);
		assert_event(Event::StockDisposed {
			batch,
			holder: PHARMACY,
			quantity: 4,
			disposition: Disposition::Destroyed,
		});
		assert_conserved(batch);
	});
}

#[test]
fn expired_destroyed_or_excursion_quarantined_stock_is_destroyed() {
	consortium_ext().execute_with(|| {
		registered();
		let batch = batch_of("LOT-A");
		let illegitimate = batch_of("LOT-D");
		delivered(MFR_LOGISTICS, batch, PHARMACY, 4, PHARMACIST);
		assert_ok!(report_by(MFR_LOGISTICS, illegitimate));
		assert_ok!(resolve_by(AUDITOR, illegitimate, false));

		assert_ok!(dispose_by(MFR_LOGISTICS, illegitimate, QUANTITY, Disposition::Destroyed));
		overheat(PHARMACY_DEVICE, shelf(batch, PHARMACY));
		assert_ok!(dispose_by(PHARMACIST, batch, 1, Disposition::Destroyed));
		set_time(EXPIRY);
		assert_ok!(dispose_by(MFR_ADMIN, batch, 6, Disposition::Destroyed));

		assert_eq!(stored_batch(batch).disposed, 7);
		assert_eq!(holding(batch, MANUFACTURER), None);
		assert_eq!(holding(illegitimate, MANUFACTURER), None);
		assert_conserved(batch);
		assert_conserved(illegitimate);
	});
}

#[test]
fn usable_or_suspect_stock_is_not_destroyed() {
	consortium_ext().execute_with(|| {
		registered();
		let usable = batch_of("LOT-A");
		let suspect = batch_of("LOT-S");
		assert_ok!(report_by(MFR_LOGISTICS, suspect));

		assert_noop!(
			dispose_by(MFR_LOGISTICS, usable, 1, Disposition::Destroyed),
			Error::<Test>::StockStillUsable
		);
		// A suspect batch's stock is evidence until a regulator resolves the report.
		assert_noop!(
			dispose_by(MFR_LOGISTICS, suspect, 1, Disposition::Destroyed),
			Error::<Test>::BatchQuarantined
		);
		set_time(EXPIRY);
		assert_noop!(
			dispose_by(MFR_LOGISTICS, suspect, 1, Disposition::Destroyed),
			Error::<Test>::BatchQuarantined
		);
	});
}

#[test]
fn stock_is_written_off_with_a_reason_whatever_the_batch_status() {
	consortium_ext().execute_with(|| {
		registered();
		let active = batch_of("LOT-A");
		let suspect = batch_of("LOT-S");
		let recalled = batch_of("LOT-R");
		assert_ok!(report_by(MFR_LOGISTICS, suspect));
		assert_ok!(recall_by(MFR_ADMIN, recalled));
		let written_off = |reason| Disposition::WrittenOff(reason);

		assert_ok!(dispose_by(MFR_LOGISTICS, active, 1, written_off(WriteOffReason::Damaged)));
		assert_event(Event::StockDisposed {
			batch: active,
			holder: MANUFACTURER,
			quantity: 1,
			disposition: written_off(WriteOffReason::Damaged),
		});
		assert_ok!(dispose_by(MFR_LOGISTICS, suspect, 2, written_off(WriteOffReason::Stolen)));
		assert_ok!(dispose_by(MFR_LOGISTICS, recalled, 3, written_off(WriteOffReason::Lost)));
		assert_ok!(dispose_by(MFR_ADMIN, active, 1, written_off(WriteOffReason::Other(7))));

		assert_eq!(stored_batch(active).disposed, 2);
		assert_eq!(held(active, MANUFACTURER), QUANTITY - 2);
		assert_eq!(stored_batch(suspect).disposed, 2);
		assert_eq!(stored_batch(recalled).disposed, 3);
		for batch in [active, suspect, recalled] {
			assert_conserved(batch);
		}
	});
}

#[test]
fn dispose_refuses_what_is_not_in_custody() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		let lost = Disposition::WrittenOff(WriteOffReason::Lost);

		assert_noop!(dispose_by(MFR_LOGISTICS, 7, 1, lost), Error::<Test>::UnknownBatch);
		assert_noop!(dispose_by(MFR_LOGISTICS, batch, 0, lost), Error::<Test>::ZeroQuantity);
		assert_noop!(dispose_by(MFR_LOGISTICS, batch, 5, lost), Error::<Test>::InsufficientStock);
		// Packs in transit are not the receiver's yet, nor the sender's any more.
		assert_noop!(dispose_by(DIST_LOGISTICS, batch, 1, lost), Error::<Test>::InsufficientStock);
		assert_noop!(dispose_by(PHARMACIST, batch, 1, lost), Error::<Test>::InsufficientStock);
	});
}

#[test]
fn only_a_holders_stock_handlers_dispose_of_stock() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let lost = Disposition::WrittenOff(WriteOffReason::Lost);

		assert_noop!(dispose_by(STRANGER, batch, 1, lost), Error::<Test>::NotAMember);
		assert_noop!(dispose_by(AUDITOR, batch, 1, lost), Error::<Test>::NotATradingPartner);
		assert_noop!(dispose_by(CLINIC_DOCTOR, batch, 1, lost), Error::<Test>::NotATradingPartner);
		assert_noop!(
			dispose_by(MFR_DEVICE, batch, 1, lost),
			Error::<Test>::NotPermittedToHandleStock
		);
		assert_noop!(
			dispose_by(MFR_PRACTITIONER, batch, 1, lost),
			Error::<Test>::NotPermittedToHandleStock
		);
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(
			dispose_by(MFR_LOGISTICS, batch, 1, lost),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn a_holding_left_with_nothing_in_custody_drops_its_quarantine_and_exposure() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		let shipment = shipped(DIST_LOGISTICS, batch, PHARMACY, 1);
		overheat(PHARMACY_DEVICE, shelf(batch, PHARMACY));
		assert!(quarantined(batch, PHARMACY));

		// The spoiled packs are destroyed; only the incoming pack is left.
		assert_ok!(dispose_by(PHARMACIST, batch, 4, Disposition::Destroyed));

		assert_eq!(holding(batch, PHARMACY), Some(stock_at(0, 1, 0)));
		assert!(!ColdChain::<Test>::contains_key(shelf(batch, PHARMACY)));
		assert_ok!(receive_by(PHARMACIST, shipment));
		assert!(!quarantined(batch, PHARMACY));
		assert_ok!(dispense_by(PHARMACIST, batch, 5));
		assert_conserved(batch);
	});
}

// --- record_temperature ---

#[test]
fn a_reading_within_the_range_is_recorded() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);

		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE));

		assert_eq!(
			ColdChain::<Test>::get(stock),
			Some(ColdChainRecord { last_measured_at: NOW - MINUTE, last_centi_c: COOL })
		);
		assert!(!quarantined(batch, MANUFACTURER));
		assert_eq!(exposure(batch, MANUFACTURER), Exposure::default());
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: COOL,
			measured_at: NOW - MINUTE,
			in_range: true,
			exposure_ms: 0,
		});
	});
}

#[test]
fn the_range_includes_both_ends() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);

		assert_ok!(temperature_by(MFR_LOGISTICS, stock, MIN_CENTI_C, NOW - 1));
		assert_ok!(temperature_by(MFR_LOGISTICS, stock, MAX_CENTI_C, NOW));

		assert_eq!(exposure(batch, MANUFACTURER), Exposure::default());
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: MAX_CENTI_C,
			measured_at: NOW,
			in_range: true,
			exposure_ms: 0,
		});
	});
}

#[test]
fn exposure_below_the_tolerance_does_not_quarantine() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);

		// Outside the range from 20 to 5 minutes ago: 15 minutes.
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW - 20 * MINUTE));
		assert_eq!(exposure(batch, MANUFACTURER), Exposure::default());
		assert_ok!(temperature_by(MFR_DEVICE, stock, -100, NOW - 5 * MINUTE));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(15 * MINUTE, 0));
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: -100,
			measured_at: NOW - 5 * MINUTE,
			in_range: false,
			exposure_ms: 15 * MINUTE,
		});

		// Back in range: the minute since the last reading outside it counts too, and the
		// total is not reset.
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - 4 * MINUTE));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(16 * MINUTE, 0));
		// The span up to a reading outside the range counts too: nobody knows when in between
		// the temperature crossed. (It used not to, which let extra in-range readings hide
		// exposure.)
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(20 * MINUTE, 0));

		assert!(!quarantined(batch, MANUFACTURER));
		assert!(!events().iter().any(|event| matches!(event, Event::TemperatureExcursion { .. })));
		assert_conserved(batch);
	});
}

#[test]
fn an_excursion_longer_than_the_tolerance_quarantines_the_holding() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		let start = NOW - TOLERANCE;

		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, start));
		assert!(!quarantined(batch, MANUFACTURER));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM + 100, NOW));

		assert!(quarantined(batch, MANUFACTURER));
		assert_eq!(held(batch, MANUFACTURER), QUANTITY);
		assert_eq!(exposure(batch, MANUFACTURER), exposed(TOLERANCE, 0));
		assert_eq!(
			ColdChain::<Test>::get(stock),
			Some(ColdChainRecord { last_measured_at: NOW, last_centi_c: TOO_WARM + 100 })
		);
		let events = events();
		assert_eq!(
			events[events.len() - 2..],
			[
				Event::TemperatureRecorded {
					stock,
					batch,
					centi_c: TOO_WARM + 100,
					measured_at: NOW,
					in_range: false,
					exposure_ms: TOLERANCE,
				},
				Event::TemperatureExcursion {
					stock,
					batch,
					centi_c: TOO_WARM + 100,
					measured_at: NOW,
					exposure_ms: TOLERANCE,
				},
			]
		);
		assert_conserved(batch);
	});
}

#[test]
fn an_excursion_in_transit_quarantines_the_shipment_and_the_receivers_stock() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		let carried = StockRef::Shipment(shipment);

		overheat(MFR_DEVICE, carried);

		assert!(stored_shipment(shipment).quarantined);
		assert_event(Event::TemperatureExcursion {
			stock: carried,
			batch,
			centi_c: TOO_WARM,
			measured_at: NOW,
			exposure_ms: TOLERANCE,
		});
		assert!(!quarantined(batch, MANUFACTURER));

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		assert!(quarantined(batch, DISTRIBUTOR));
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(TOLERANCE, 0));
		assert!(!ColdChain::<Test>::contains_key(carried));
		assert_event(Event::Received {
			shipment,
			batch,
			from: MANUFACTURER,
			to: DISTRIBUTOR,
			quantity: 6,
			batch_status: BatchStatus::Active,
			quarantined: true,
		});
		assert_noop!(ship_by(DIST_LOGISTICS, batch, PHARMACY, 1), Error::<Test>::StockQuarantined);
		assert_conserved(batch);
	});
}

#[test]
fn quarantined_stock_moves_again_once_released() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		let stock = shelf(batch, PHARMACY);
		overheat(PHARMACY_DEVICE, stock);
		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::StockQuarantined);
		assert_noop!(ship_by(PHARMACIST, batch, DISTRIBUTOR, 1), Error::<Test>::StockQuarantined);

		assert_ok!(release_by(AUDITOR, stock));

		assert!(!quarantined(batch, PHARMACY));
		assert_eq!(ColdChain::<Test>::get(stock).map(|record| record.last_centi_c), Some(TOO_WARM));
		assert_event(Event::StockReleased {
			stock,
			batch,
			by_org: REGULATOR,
			accepted_ms: TOLERANCE,
		});
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(ship_by(PHARMACIST, batch, DISTRIBUTOR, 1));
		assert_conserved(batch);
	});
}

#[test]
fn alternating_in_and_out_of_range_readings_still_quarantine() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		let start = NOW - 60 * MINUTE;

		// Out, in, in, out, in, ten minutes apart: a span counts when either end is out of
		// range, and one in-range reading no longer wipes the slate.
		let readings = [TOO_WARM, COOL, COOL, TOO_WARM, COOL];
		let totals = [0, 10, 10, 20, 30];
		for (step, (centi_c, total)) in readings.into_iter().zip(totals).enumerate() {
			let at = start + step as u64 * 10 * MINUTE;
			assert_ok!(temperature_by(MFR_DEVICE, stock, centi_c, at));
			assert_eq!(exposure(batch, MANUFACTURER).total_ms, total * MINUTE);
		}

		assert!(quarantined(batch, MANUFACTURER));
		assert_event(Event::TemperatureExcursion {
			stock,
			batch,
			centi_c: COOL,
			measured_at: start + 40 * MINUTE,
			exposure_ms: TOLERANCE,
		});
		assert_noop!(
			ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1),
			Error::<Test>::StockQuarantined
		);
		assert_conserved(batch);
	});
}

// A custodian's member used to hide exposure by recording an in-range reading right after
// (or at the same instant as) each out-of-range one from the sensor: the next span then
// started "in range" and counted for nothing.
#[test]
fn in_range_readings_slipped_between_out_of_range_ones_hide_nothing() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		let start = NOW - 40 * MINUTE;
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, start));

		// The same instant is refused: readings move forward.
		assert_noop!(
			temperature_by(MFR_LOGISTICS, stock, COOL, start),
			Error::<Test>::ReadingOutOfOrder
		);
		// A millisecond later, then the sensor's next out-of-range reading: the span that
		// ends out of range counts all the same.
		assert_ok!(temperature_by(MFR_LOGISTICS, stock, COOL, start + 1));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, start + 15 * MINUTE));
		assert_ok!(temperature_by(MFR_LOGISTICS, stock, COOL, start + 15 * MINUTE + 1));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, start + 30 * MINUTE));

		assert_eq!(exposure(batch, MANUFACTURER).total_ms, 30 * MINUTE);
		assert!(quarantined(batch, MANUFACTURER));
	});
}

// Shipping straight after an out-of-range reading used to drop the span from that reading
// to the hand-over: the next custodian's readings start afresh.
#[test]
fn a_custody_change_carries_the_open_out_of_range_span() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(temperature_by(
			MFR_DEVICE,
			shelf(batch, MANUFACTURER),
			TOO_WARM,
			NOW - 20 * MINUTE
		));

		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_eq!(stored_shipment(shipment).exposure, exposed(20 * MINUTE, 0));

		// In transit, an out-of-range reading five minutes before receipt: five more minutes.
		set_time(NOW + 10 * MINUTE);
		assert_ok!(temperature_by(
			MFR_DEVICE,
			StockRef::Shipment(shipment),
			TOO_WARM,
			NOW + 5 * MINUTE
		));
		assert_ok!(receive_by(DIST_LOGISTICS, shipment));
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(25 * MINUTE, 0));
		assert_conserved(batch);
	});
}

#[test]
fn a_custody_change_does_not_launder_exposure() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		// Twenty minutes outside the range at the manufacturer.
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW - 40 * MINUTE));
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - 20 * MINUTE));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(20 * MINUTE, 0));

		// The shipment starts with the sender's exposure...
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_eq!(stored_shipment(shipment).exposure, exposed(20 * MINUTE, 0));
		// ...and the receiver's holding takes it over: its readings start afresh, its total
		// does not.
		assert_ok!(receive_by(DIST_LOGISTICS, shipment));
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(20 * MINUTE, 0));
		let received = shelf(batch, DISTRIBUTOR);
		assert_ok!(temperature_by(DIST_DEVICE, received, TOO_WARM, NOW - 10 * MINUTE));
		assert!(!quarantined(batch, DISTRIBUTOR));
		assert_ok!(temperature_by(DIST_DEVICE, received, TOO_WARM, NOW));

		// Ten more minutes make thirty in all.
		assert!(quarantined(batch, DISTRIBUTOR));
		assert_event(Event::TemperatureExcursion {
			stock: received,
			batch,
			centi_c: TOO_WARM,
			measured_at: NOW,
			exposure_ms: TOLERANCE,
		});
		assert_conserved(batch);
	});
}

#[test]
fn exposure_gathered_in_transit_follows_the_packs_into_either_holding() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let first = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 3);
		let second = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 3);
		for shipment in [first, second] {
			let carried = StockRef::Shipment(shipment);
			assert_ok!(temperature_by(MFR_DEVICE, carried, TOO_WARM, NOW - 25 * MINUTE));
			assert_ok!(temperature_by(MFR_DEVICE, carried, COOL, NOW));
			assert_eq!(stored_shipment(shipment).exposure, exposed(25 * MINUTE, 0));
		}

		// Refused, the packs bring their exposure back to the sender...
		assert_ok!(refuse_by(DIST_LOGISTICS, first, RefusalReason::ColdChainBreach));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(25 * MINUTE, 0));
		// ...received, to the receiver.
		assert_ok!(receive_by(DIST_LOGISTICS, second));
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(25 * MINUTE, 0));

		// Five more minutes outside the range at the manufacturer reach the tolerance.
		let stock = shelf(batch, MANUFACTURER);
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW - 5 * MINUTE));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW));
		assert!(quarantined(batch, MANUFACTURER));
		assert_conserved(batch);
	});
}

#[test]
fn the_receiver_takes_the_larger_exposure_and_unaccepted_part() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 2, DIST_LOGISTICS);
		// The distributor's stock: 40 minutes outside the range, all accepted on review.
		let held_stock = shelf(batch, DISTRIBUTOR);
		assert_ok!(temperature_by(DIST_DEVICE, held_stock, TOO_WARM, NOW - 40 * MINUTE));
		assert_ok!(temperature_by(DIST_DEVICE, held_stock, COOL, NOW));
		assert!(quarantined(batch, DISTRIBUTOR));
		assert_ok!(release_by(AUDITOR, held_stock));
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(40 * MINUTE, 40 * MINUTE));
		// A shipment with 20 minutes nobody accepted joins it.
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 2);
		let carried = StockRef::Shipment(shipment);
		assert_ok!(temperature_by(MFR_DEVICE, carried, TOO_WARM, NOW - 20 * MINUTE));
		assert_ok!(temperature_by(MFR_DEVICE, carried, COOL, NOW));

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		// The larger total, and the larger unaccepted part: 10 more minutes quarantine.
		assert_eq!(exposure(batch, DISTRIBUTOR), exposed(40 * MINUTE, 20 * MINUTE));
		assert!(!quarantined(batch, DISTRIBUTOR));
		assert_conserved(batch);
	});
}

#[test]
fn mixed_exposure_keeps_the_larger_total_and_unaccepted_part() {
	let reviewed = exposed(40 * MINUTE, 40 * MINUTE);
	let fresh = exposed(20 * MINUTE, 0);

	assert_eq!(reviewed.mixed_with(fresh), exposed(40 * MINUTE, 20 * MINUTE));
	assert_eq!(fresh.mixed_with(reviewed), exposed(40 * MINUTE, 20 * MINUTE));
	assert_eq!(fresh.mixed_with(Exposure::default()), fresh);
	assert_eq!(reviewed.mixed_with(reviewed), reviewed);
	assert_eq!(fresh.extended_by(MINUTE).accepted(), exposed(21 * MINUTE, 21 * MINUTE));
	assert_eq!(exposed(MINUTE, 0).unaccepted_ms(), MINUTE);
}

#[test]
fn record_temperature_refuses_stock_that_is_not_in_custody() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let received = delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 2, DIST_LOGISTICS);
		shipped(MFR_LOGISTICS, batch, PHARMACY, 2);

		assert_noop!(
			temperature_by(HOSPITAL_LOGISTICS, shelf(batch, HOSPITAL), COOL, NOW),
			Error::<Test>::UnknownStock
		);
		// The pharmacy only awaits its packs.
		assert_noop!(
			temperature_by(PHARMACY_DEVICE, shelf(batch, PHARMACY), COOL, NOW),
			Error::<Test>::UnknownStock
		);
		assert_noop!(
			temperature_by(MFR_DEVICE, StockRef::Shipment(9), COOL, NOW),
			Error::<Test>::UnknownShipment
		);
		assert_noop!(
			temperature_by(MFR_DEVICE, StockRef::Shipment(received), COOL, NOW),
			Error::<Test>::AlreadyReceived
		);
	});
}

#[test]
fn only_the_custodians_logistics_or_devices_record_temperatures() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let carried = StockRef::Shipment(shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6));

		// In transit, the sender is the custodian.
		assert_noop!(temperature_by(DIST_DEVICE, carried, COOL, NOW), Error::<Test>::NotCustodian);
		assert_noop!(
			temperature_by(DIST_DEVICE, shelf(batch, MANUFACTURER), COOL, NOW),
			Error::<Test>::NotCustodian
		);
		assert_noop!(
			temperature_by(MFR_ADMIN, carried, COOL, NOW),
			Error::<Test>::NotPermittedToRecordTemperature
		);
		assert_noop!(temperature_by(STRANGER, carried, COOL, NOW), Error::<Test>::NotAMember);
		assert_ok!(temperature_by(MFR_LOGISTICS, carried, COOL, NOW));
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(
			temperature_by(MFR_DEVICE, carried, COOL, NOW),
			Error::<Test>::OrganizationSuspended
		);
	});
}

#[test]
fn readings_from_the_future_or_out_of_order_are_refused() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);

		assert_noop!(
			temperature_by(MFR_DEVICE, stock, COOL, NOW + 1),
			Error::<Test>::ReadingFromTheFuture
		);
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE));
		assert_noop!(
			temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE - 1),
			Error::<Test>::ReadingOutOfOrder
		);
		// A second reading at the same instant is out of order too: readings move forward.
		assert_noop!(
			temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE),
			Error::<Test>::ReadingOutOfOrder
		);
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW));
	});
}

// --- dispense ---

#[test]
fn a_pharmacist_dispenses_a_pack() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		set_time(LATER);

		assert_ok!(dispense_by(PHARMACIST, batch, 3));

		let hashed = BlakeTwo256::hash(&serial_bytes(3));
		assert_eq!(held(batch, PHARMACY), 3);
		assert_eq!(
			DispensedSerials::<Test>::get(batch, hashed),
			Some(DispenseRecord { pharmacy: PHARMACY, pharmacist: PHARMACIST, at: LATER })
		);
		assert_eq!(stored_batch(batch).dispensed, 1);
		assert_event(Event::Dispensed {
			batch,
			serial_hash: hashed,
			pharmacy: PHARMACY,
			pharmacist: PHARMACIST,
		});
		assert_conserved(batch);
	});
}

#[test]
fn a_hospital_pharmacist_dispenses_a_pack() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, HOSPITAL, 2, HOSPITAL_LOGISTICS);

		assert_ok!(dispense_by(HOSPITAL_PHARMACIST, batch, 9));

		assert_eq!(held(batch, HOSPITAL), 1);
		assert_conserved(batch);
	});
}

#[test]
fn dispensing_the_last_pack_removes_the_holding() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, PHARMACY, 1, PHARMACIST);
		assert_ok!(temperature_by(PHARMACY_DEVICE, shelf(batch, PHARMACY), COOL, NOW));
		assert_eq!(HolderCount::<Test>::get(batch), 2);

		assert_ok!(dispense_by(PHARMACIST, batch, 0));

		assert_eq!(holding(batch, PHARMACY), None);
		assert!(!PartnerHoldings::<Test>::contains_key(PHARMACY, batch));
		assert!(!ColdChain::<Test>::contains_key(shelf(batch, PHARMACY)));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		assert_conserved(batch);
	});
}

#[test]
fn a_second_dispense_of_a_serial_is_flagged_as_a_suspected_clone() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		let hashed = BlakeTwo256::hash(&serial_bytes(0));

		// The call succeeds, so that the flag is kept; nothing is dispensed.
		assert_ok!(dispense_by(PHARMACIST, batch, 0));

		assert_eq!(held(batch, PHARMACY), 3);
		assert_eq!(stored_batch(batch).dispensed, 1);
		assert_eq!(CloneSuspicions::<Test>::get(batch, hashed), 1);
		assert_event(Event::SuspectedClone {
			batch,
			serial_hash: hashed,
			by_org: PHARMACY,
			attempts: 1,
		});

		assert_ok!(dispense_by(PHARMACIST, batch, 0));

		assert_eq!(CloneSuspicions::<Test>::get(batch, hashed), 2);
		assert_event(Event::SuspectedClone {
			batch,
			serial_hash: hashed,
			by_org: PHARMACY,
			attempts: 2,
		});
		assert_eq!(held(batch, PHARMACY), 3);
		assert_conserved(batch);
	});
}

#[test]
fn a_clone_is_flagged_where_it_turns_up_even_without_stock_or_after_a_recall() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(recall_by(MFR_ADMIN, batch));
		let hashed = BlakeTwo256::hash(&serial_bytes(0));

		assert_ok!(dispense_by(HOSPITAL_PHARMACIST, batch, 0));

		assert_eq!(CloneSuspicions::<Test>::get(batch, hashed), 1);
		assert_event(Event::SuspectedClone {
			batch,
			serial_hash: hashed,
			by_org: HOSPITAL,
			attempts: 1,
		});
		// An undispensed pack of the recalled batch is refused as recalled.
		assert_noop!(dispense_by(HOSPITAL_PHARMACIST, batch, 1), Error::<Test>::BatchRecalled);
	});
}

#[test]
fn dispense_refuses_a_serial_that_is_not_in_the_batch() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();

		assert_noop!(
			DrugTrace::dispense(RuntimeOrigin::signed(PHARMACIST), batch, serial(0), proof(1)),
			Error::<Test>::NotInBatch
		);
		let fake = Serial::<Test>::try_from(b"FAKE-0001".to_vec()).expect("fits");
		assert_noop!(
			DrugTrace::dispense(RuntimeOrigin::signed(PHARMACIST), batch, fake, proof(0)),
			Error::<Test>::NotInBatch
		);
		// A serial of the batch beyond its commissioned quantity is not in its tree.
		assert_noop!(
			DrugTrace::dispense(RuntimeOrigin::signed(PHARMACIST), batch, serial(10), proof(0)),
			Error::<Test>::NotInBatch
		);
	});
}

#[test]
fn only_a_pharmacist_of_a_pharmacy_or_hospital_dispenses() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();

		assert_noop!(dispense_by(STRANGER, batch, 0), Error::<Test>::NotAMember);
		assert_noop!(dispense_by(DIST_PHARMACIST, batch, 0), Error::<Test>::NotADispenser);
		assert_noop!(dispense_by(CLINIC_DOCTOR, batch, 0), Error::<Test>::NotADispenser);
		assert_noop!(dispense_by(PHARMACY_LOGISTICS, batch, 0), Error::<Test>::NotAPharmacist);
		MockRegistry::suspend(PHARMACY);
		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn dispense_refuses_an_unknown_batch() {
	consortium_ext().execute_with(|| {
		supply_path();

		assert_noop!(dispense_by(PHARMACIST, 7, 0), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn packs_of_a_recalled_suspect_or_destroyed_batch_are_not_dispensed() {
	consortium_ext().execute_with(|| {
		registered();
		let recalled = batch_of("LOT-R");
		let suspect = batch_of("LOT-S");
		let destroyed = batch_of("LOT-D");
		for batch in [recalled, suspect, destroyed] {
			delivered(MFR_LOGISTICS, batch, PHARMACY, 2, PHARMACIST);
		}
		assert_ok!(recall_by(MFR_LOGISTICS, recalled));
		assert_ok!(report_by(PHARMACIST, suspect));
		assert_ok!(report_by(PHARMACIST, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));

		assert_noop!(dispense_by(PHARMACIST, recalled, 0), Error::<Test>::BatchRecalled);
		assert_noop!(dispense_by(PHARMACIST, suspect, 0), Error::<Test>::BatchQuarantined);
		assert_noop!(dispense_by(PHARMACIST, destroyed, 0), Error::<Test>::BatchDestroyed);
	});
}

#[test]
fn expired_packs_are_not_dispensed() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		set_time(EXPIRY);

		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::BatchExpired);
	});
}

#[test]
fn a_pharmacy_dispenses_only_stock_it_holds() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::InsufficientStock);
		// Stock still in transit is not yet the pharmacy's.
		shipped(MFR_LOGISTICS, batch, PHARMACY, 2);
		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::InsufficientStock);
	});
}

// --- recall and close_recall ---

#[test]
fn a_recall_notifies_every_holder_and_awaited_receiver() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 6, DIST_LOGISTICS);
		shipped(DIST_LOGISTICS, batch, PHARMACY, 4);

		assert_ok!(recall_by(MFR_LOGISTICS, batch));

		assert_eq!(status(batch), BatchStatus::Recalled);
		assert_eq!(
			OpenRecalls::<Test>::get(batch),
			Some(Recall {
				class: RecallClass::ClassI,
				reason_hash: reason(),
				by_org: MANUFACTURER,
				opened_by: RecallOpener::Manufacturer,
				at: NOW,
			})
		);
		let events = events();
		let recall_events = &events[events.len() - 4..];
		assert_eq!(
			recall_events[0],
			Event::BatchRecalled {
				batch,
				class: RecallClass::ClassI,
				reason_hash: reason(),
				by_org: MANUFACTURER,
				holders: 3,
			}
		);
		let mut notified: Vec<OrgId> = recall_events[1..]
			.iter()
			.map(|event| match event {
				Event::RecallNotice { batch: recalled, holder } if *recalled == batch => *holder,
				other => panic!("expected a recall notice, got {other:?}"),
			})
			.collect();
		notified.sort();
		assert_eq!(notified, vec![MANUFACTURER, DISTRIBUTOR, PHARMACY]);
		assert_conserved(batch);
	});
}

#[test]
fn a_regulator_recalls_a_batch() {
	consortium_ext().execute_with(|| {
		registered();
		let first = batch_of("LOT-A");
		let second = batch_of("LOT-B");

		assert_ok!(DrugTrace::recall(
			RuntimeOrigin::signed(AUDITOR),
			first,
			RecallClass::ClassII,
			reason()
		));
		assert_ok!(DrugTrace::recall(
			RuntimeOrigin::signed(REGULATOR_ADMIN),
			second,
			RecallClass::ClassIII,
			reason()
		));

		assert_eq!(OpenRecalls::<Test>::get(first).map(|recall| recall.by_org), Some(REGULATOR));
		assert_eq!(
			OpenRecalls::<Test>::get(second).map(|recall| recall.opened_by),
			Some(RecallOpener::Regulator)
		);
		assert_eq!(
			OpenRecalls::<Test>::get(second).map(|recall| recall.class),
			Some(RecallClass::ClassIII)
		);
		assert_event(Event::RecallNotice { batch: second, holder: MANUFACTURER });
	});
}

#[test]
fn a_recall_supersedes_a_suspect_report() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));

		// Only a regulator's recall supersedes a report: see
		// `a_manufacturer_cannot_recall_its_suspect_batch_to_destroy_the_evidence`.
		assert_ok!(recall_by(AUDITOR, batch));

		assert_eq!(status(batch), BatchStatus::Recalled);
		assert!(!SuspectReports::<Test>::contains_key(batch));
		assert_noop!(resolve_by(AUDITOR, batch, true), Error::<Test>::NotSuspect);
		assert_conserved(batch);
	});
}

#[test]
fn recall_refuses_a_recalled_destroyed_or_unknown_batch() {
	consortium_ext().execute_with(|| {
		registered();
		let recalled = batch_of("LOT-R");
		let destroyed = batch_of("LOT-D");
		assert_ok!(recall_by(MFR_ADMIN, recalled));
		assert_ok!(report_by(MFR_LOGISTICS, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));

		assert_noop!(recall_by(AUDITOR, recalled), Error::<Test>::AlreadyRecalled);
		assert_noop!(recall_by(AUDITOR, destroyed), Error::<Test>::BatchDestroyed);
		assert_noop!(recall_by(AUDITOR, 7), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn only_the_manufacturer_or_a_regulator_recalls() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(recall_by(STRANGER, batch), Error::<Test>::NotAMember);
		assert_noop!(recall_by(OTHER_MFR_ADMIN, batch), Error::<Test>::NotProductManufacturer);
		assert_noop!(recall_by(DIST_LOGISTICS, batch), Error::<Test>::NotManufacturerOrRegulator);
		assert_noop!(recall_by(PHARMACIST, batch), Error::<Test>::NotManufacturerOrRegulator);
		assert_noop!(recall_by(MFR_DEVICE, batch), Error::<Test>::NotPermittedToRecall);
		assert_noop!(recall_by(MFR_PRACTITIONER, batch), Error::<Test>::NotPermittedToRecall);
		assert_noop!(recall_by(REGULATOR_DEVICE, batch), Error::<Test>::NotPermittedToRecall);
		MockRegistry::suspend(REGULATOR);
		assert_noop!(recall_by(AUDITOR, batch), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn closing_a_recall_keeps_the_batch_recalled() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(MFR_LOGISTICS, batch));

		assert_ok!(close_by(MFR_ADMIN, batch));

		assert!(!OpenRecalls::<Test>::contains_key(batch));
		assert_eq!(status(batch), BatchStatus::Recalled);
		assert_event(Event::RecallClosed {
			batch,
			closed_by: RecallCloser::Organization(MANUFACTURER),
		});
		assert_noop!(recall_by(AUDITOR, batch), Error::<Test>::AlreadyRecalled);
		assert_noop!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1), Error::<Test>::BatchRecalled);
		assert_conserved(batch);
	});
}

#[test]
fn close_recall_refuses_a_batch_without_an_open_recall() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(close_by(AUDITOR, batch), Error::<Test>::NoOpenRecall);
		assert_ok!(recall_by(AUDITOR, batch));
		assert_ok!(close_by(REGULATOR_ADMIN, batch));
		assert_noop!(close_by(AUDITOR, batch), Error::<Test>::NoOpenRecall);
		assert_noop!(close_by(AUDITOR, 7), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn only_the_manufacturer_or_a_regulator_closes_a_manufacturers_recall() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(MFR_ADMIN, batch));

		assert_noop!(close_by(STRANGER, batch), Error::<Test>::NotAMember);
		assert_noop!(close_by(OTHER_MFR_ADMIN, batch), Error::<Test>::NotProductManufacturer);
		assert_noop!(close_by(DIST_LOGISTICS, batch), Error::<Test>::NotManufacturerOrRegulator);
		assert_noop!(close_by(MFR_DEVICE, batch), Error::<Test>::NotPermittedToRecall);
		assert_noop!(close_by(REGULATOR_DEVICE, batch), Error::<Test>::NotPermittedToRecall);
		assert_ok!(close_by(MFR_LOGISTICS, batch));
		let other = batch_of("LOT-B");
		assert_ok!(recall_by(MFR_LOGISTICS, other));
		assert_ok!(close_by(AUDITOR, other));
		assert_event(Event::RecallClosed {
			batch: other,
			closed_by: RecallCloser::Organization(REGULATOR),
		});
	});
}

#[test]
fn the_manufacturer_cannot_close_a_regulators_recall() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(AUDITOR, batch));

		assert_noop!(close_by(MFR_ADMIN, batch), Error::<Test>::RecallOpenedByRegulator);
		assert_noop!(close_by(MFR_LOGISTICS, batch), Error::<Test>::RecallOpenedByRegulator);

		assert!(OpenRecalls::<Test>::contains_key(batch));
		assert_ok!(close_by(REGULATOR_ADMIN, batch));
		assert_event(Event::RecallClosed {
			batch,
			closed_by: RecallCloser::Organization(REGULATOR),
		});
		assert_conserved(batch);
	});
}

#[test]
fn a_regulators_recall_stays_a_regulators_after_its_organisation_is_rekinded() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(AUDITOR, batch));

		// Governance re-kinds the regulator: what opened the recall was recorded at opening.
		MockRegistry::set(AUDITOR, REGULATOR, OrganizationKind::Manufacturer, MemberRole::Auditor);

		assert_eq!(
			OpenRecalls::<Test>::get(batch).map(|recall| recall.opened_by),
			Some(RecallOpener::Regulator)
		);
		assert_noop!(close_by(MFR_ADMIN, batch), Error::<Test>::RecallOpenedByRegulator);
		assert_noop!(close_by(AUDITOR, batch), Error::<Test>::NotProductManufacturer);
		assert_ok!(close_by_governance(batch));
	});
}

#[test]
fn governance_closes_any_open_recall() {
	consortium_ext().execute_with(|| {
		registered();
		let by_regulator = batch_of("LOT-A");
		let by_manufacturer = batch_of("LOT-B");
		assert_ok!(recall_by(AUDITOR, by_regulator));
		assert_ok!(recall_by(MFR_ADMIN, by_manufacturer));

		assert_ok!(close_by_governance(by_regulator));
		assert_event(Event::RecallClosed {
			batch: by_regulator,
			closed_by: RecallCloser::Governance,
		});
		assert_ok!(close_by_governance(by_manufacturer));
		assert_event(Event::RecallClosed {
			batch: by_manufacturer,
			closed_by: RecallCloser::Governance,
		});

		assert!(DrugTrace::open_recalls(None, 10).is_empty());
		assert_eq!(status(by_regulator), BatchStatus::Recalled);
		assert_ok!(DrugTrace::do_try_state());
	});
}

#[test]
fn governance_close_refuses_a_batch_without_an_open_recall() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(close_by_governance(batch), Error::<Test>::NoOpenRecall);
		assert_noop!(close_by_governance(7), Error::<Test>::UnknownBatch);
		assert_ok!(recall_by(AUDITOR, batch));
		assert_ok!(close_by_governance(batch));
		assert_noop!(close_by_governance(batch), Error::<Test>::NoOpenRecall);
	});
}

// --- report_suspect and resolve_suspect ---

#[test]
fn a_trading_partner_reports_suspect_product_and_the_batch_is_quarantined() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();

		assert_ok!(report_by(PHARMACIST, batch));

		assert_eq!(status(batch), BatchStatus::Quarantined);
		assert_eq!(
			SuspectReports::<Test>::get(batch),
			Some(SuspectReport { reporter_org: PHARMACY, reason_hash: reason(), at: NOW })
		);
		assert_event(Event::SuspectReported {
			batch,
			reporter_org: PHARMACY,
			reason_hash: reason(),
		});
		assert_noop!(dispense_by(PHARMACIST, batch, 0), Error::<Test>::BatchQuarantined);
		assert_conserved(batch);
	});
}

#[test]
fn only_a_holder_or_a_regulator_reports_suspect_product() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(report_by(STRANGER, batch), Error::<Test>::NotAMember);
		assert_noop!(report_by(CLINIC_DOCTOR, batch), Error::<Test>::NotATradingPartner);
		assert_noop!(report_by(REGULATOR_DEVICE, batch), Error::<Test>::NotPermittedToReport);
		assert_noop!(report_by(DIST_LOGISTICS, batch), Error::<Test>::NotAHolder);
		// Any member of a holder may report, whatever its role.
		assert_ok!(report_by(MFR_PRACTITIONER, batch));
		let other = batch_of("LOT-B");
		shipped(MFR_LOGISTICS, other, DISTRIBUTOR, 1);
		MockRegistry::suspend(DISTRIBUTOR);
		assert_noop!(report_by(DIST_LOGISTICS, other), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn a_stranger_cannot_report_a_batch_it_never_held() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 6, DIST_LOGISTICS);

		// The hospital (and another manufacturer) never held the batch: their reports are
		// refused and the batch stays in circulation.
		assert_noop!(report_by(HOSPITAL_LOGISTICS, batch), Error::<Test>::NotAHolder);
		assert_noop!(report_by(HOSPITAL_PHARMACIST, batch), Error::<Test>::NotAHolder);
		assert_noop!(report_by(OTHER_MFR_ADMIN, batch), Error::<Test>::NotAHolder);
		assert_eq!(status(batch), BatchStatus::Active);
		assert!(!SuspectReports::<Test>::contains_key(batch));
		assert!(!Custodians::<Test>::contains_key(batch, HOSPITAL));

		// Once stock is shipped to it, it may: it can inspect the goods at its door.
		shipped(DIST_LOGISTICS, batch, HOSPITAL, 1);
		assert_eq!(Custodians::<Test>::get(batch, HOSPITAL), Some(NOW));
		assert_ok!(report_by(HOSPITAL_LOGISTICS, batch));
		assert_conserved(batch);
	});
}

#[test]
fn a_past_holder_reports_a_batch_it_no_longer_holds() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, QUANTITY, DIST_LOGISTICS);
		delivered(DIST_LOGISTICS, batch, PHARMACY, QUANTITY, PHARMACIST);
		assert_eq!(holding(batch, MANUFACTURER), None);
		assert_eq!(holding(batch, DISTRIBUTOR), None);

		assert_ok!(report_by(DIST_LOGISTICS, batch));

		assert_eq!(
			SuspectReports::<Test>::get(batch).map(|report| report.reporter_org),
			Some(DISTRIBUTOR)
		);
		assert_conserved(batch);
	});
}

#[test]
fn a_regulator_reports_a_batch_it_never_held() {
	consortium_ext().execute_with(|| {
		registered();
		let first = batch_of("LOT-A");
		let second = batch_of("LOT-B");

		assert_ok!(report_by(AUDITOR, first));
		assert_ok!(report_by(REGULATOR_ADMIN, second));

		assert_event(Event::SuspectReported {
			batch: second,
			reporter_org: REGULATOR,
			reason_hash: reason(),
		});
		assert_eq!(status(first), BatchStatus::Quarantined);
		assert_ok!(DrugTrace::do_try_state());
	});
}

#[test]
fn a_resolved_reporter_cannot_re_raise_with_the_same_evidence() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(report_with(PHARMACIST, batch, document(0xa1)));
		assert_ok!(resolve_by(AUDITOR, batch, true));
		assert_eq!(
			ResolvedReports::<Test>::get(batch, PHARMACY),
			Some(ResolvedReport {
				reason_hash: document(0xa1),
				legitimate: true,
				resolved_at: NOW
			})
		);
		set_time(NOW + SUSPECT_REPORT_COOLDOWN);

		// Long after the cool-down, the same evidence is still refused...
		assert_noop!(report_with(PHARMACIST, batch, document(0xa1)), Error::<Test>::SameEvidence);
		assert_noop!(
			report_with(PHARMACY_LOGISTICS, batch, document(0xa1)),
			Error::<Test>::SameEvidence
		);
		assert_eq!(status(batch), BatchStatus::Active);

		// ...and new evidence is heard.
		assert_ok!(report_with(PHARMACIST, batch, document(0xa2)));
		assert_eq!(status(batch), BatchStatus::Quarantined);
		assert_conserved(batch);
	});
}

#[test]
fn a_resolved_reporter_cannot_re_raise_within_the_cooldown() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		assert_ok!(report_with(PHARMACIST, batch, document(0xa1)));
		set_time(LATER);
		assert_ok!(resolve_by(AUDITOR, batch, true));

		set_time(LATER + SUSPECT_REPORT_COOLDOWN - 1);
		assert_noop!(
			report_with(PHARMACIST, batch, document(0xa2)),
			Error::<Test>::ReportCoolingDown
		);
		assert_eq!(status(batch), BatchStatus::Active);

		// The cool-down is the reporter's: another holder reports at once.
		assert_ok!(report_with(DIST_LOGISTICS, batch, document(0xa1)));
		assert_ok!(resolve_by(AUDITOR, batch, true));

		set_time(LATER + SUSPECT_REPORT_COOLDOWN);
		assert_ok!(report_with(PHARMACIST, batch, document(0xa2)));
		assert_eq!(
			SuspectReports::<Test>::get(batch),
			Some(SuspectReport {
				reporter_org: PHARMACY,
				reason_hash: document(0xa2),
				at: LATER + SUSPECT_REPORT_COOLDOWN,
			})
		);
		assert_conserved(batch);
	});
}

#[test]
fn report_suspect_refuses_a_batch_that_is_not_active() {
	consortium_ext().execute_with(|| {
		registered();
		let suspect = batch_of("LOT-S");
		let recalled = batch_of("LOT-R");
		let destroyed = batch_of("LOT-D");
		assert_ok!(report_by(MFR_LOGISTICS, suspect));
		assert_ok!(recall_by(AUDITOR, recalled));
		assert_ok!(report_by(MFR_LOGISTICS, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));

		assert_noop!(report_by(MFR_ADMIN, suspect), Error::<Test>::BatchQuarantined);
		assert_noop!(report_by(MFR_ADMIN, recalled), Error::<Test>::BatchRecalled);
		assert_noop!(report_by(MFR_ADMIN, destroyed), Error::<Test>::BatchDestroyed);
		assert_noop!(report_by(AUDITOR, destroyed), Error::<Test>::BatchDestroyed);
		assert_noop!(report_by(MFR_ADMIN, 7), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn a_regulator_clears_a_legitimate_batch() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));

		assert_ok!(resolve_by(AUDITOR, batch, true));

		assert_eq!(status(batch), BatchStatus::Active);
		assert!(!SuspectReports::<Test>::contains_key(batch));
		assert_eq!(
			ResolvedReports::<Test>::get(batch, MANUFACTURER),
			Some(ResolvedReport { reason_hash: reason(), legitimate: true, resolved_at: NOW })
		);
		assert_event(Event::SuspectCleared { batch, by_org: REGULATOR });
		assert_ok!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1));
		assert_conserved(batch);
	});
}

#[test]
fn a_regulator_confirms_an_illegitimate_batch_which_is_destroyed() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));

		assert_ok!(resolve_by(AUDITOR, batch, false));

		assert_eq!(status(batch), BatchStatus::Destroyed);
		assert!(!SuspectReports::<Test>::contains_key(batch));
		assert_eq!(
			ResolvedReports::<Test>::get(batch, MANUFACTURER).map(|resolved| resolved.legitimate),
			Some(false)
		);
		assert_event(Event::SuspectConfirmed { batch, by_org: REGULATOR });
		// The stock stays accounted for where it is, and never moves again.
		assert_eq!(held(batch, MANUFACTURER), QUANTITY);
		assert_conserved(batch);
	});
}

#[test]
fn only_a_regulators_auditor_resolves_a_suspect_report() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(MFR_LOGISTICS, batch));

		assert_noop!(resolve_by(STRANGER, batch, true), Error::<Test>::NotAMember);
		assert_noop!(resolve_by(MFR_ADMIN, batch, true), Error::<Test>::NotARegulator);
		assert_noop!(resolve_by(REGULATOR_ADMIN, batch, true), Error::<Test>::NotAnAuditor);
		MockRegistry::suspend(REGULATOR);
		assert_noop!(resolve_by(AUDITOR, batch, true), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn resolve_suspect_refuses_a_batch_that_is_not_suspect() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(resolve_by(AUDITOR, batch, true), Error::<Test>::NotSuspect);
		assert_noop!(resolve_by(AUDITOR, 7, true), Error::<Test>::UnknownBatch);
		assert_ok!(report_by(MFR_LOGISTICS, batch));
		assert_ok!(resolve_by(AUDITOR, batch, true));
		assert_noop!(resolve_by(AUDITOR, batch, false), Error::<Test>::NotSuspect);
	});
}

// --- release_stock ---

#[test]
fn the_manufacturers_admin_releases_a_quarantined_holding() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW - TOLERANCE - MINUTE));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW - MINUTE));
		// Quarantined stock still gathers exposure; the alert is not raised again.
		set_time(LATER);
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, LATER));
		let total = LATER - (NOW - TOLERANCE - MINUTE);
		assert_eq!(exposure(batch, MANUFACTURER), exposed(total, 0));
		assert_eq!(
			events()
				.iter()
				.filter(|event| matches!(event, Event::TemperatureExcursion { .. }))
				.count(),
			1
		);

		assert_ok!(release_by(MFR_ADMIN, stock));

		// The history is kept, and all of it accepted.
		assert!(!quarantined(batch, MANUFACTURER));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(total, total));
		assert_eq!(
			ColdChain::<Test>::get(stock).map(|record| record.last_measured_at),
			Some(LATER)
		);
		assert_event(Event::StockReleased {
			stock,
			batch,
			by_org: MANUFACTURER,
			accepted_ms: total,
		});
		assert_conserved(batch);
	});
}

#[test]
fn released_stock_is_quarantined_again_only_by_further_exposure() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		overheat(MFR_DEVICE, shelf(batch, MANUFACTURER));
		assert_ok!(release_by(AUDITOR, stock));

		// The last reading was outside the range: the time until the next one counts, beyond
		// what the release accepted, but 29 minutes more are not yet the tolerance.
		set_time(NOW + 29 * MINUTE);
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW + 29 * MINUTE));
		assert_eq!(exposure(batch, MANUFACTURER), exposed(TOLERANCE + 29 * MINUTE, TOLERANCE));
		assert!(!quarantined(batch, MANUFACTURER));

		// The minute up to the next reading, outside the range, is.
		set_time(NOW + 30 * MINUTE);
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW + 30 * MINUTE));
		assert!(quarantined(batch, MANUFACTURER));
		assert_event(Event::TemperatureExcursion {
			stock,
			batch,
			centi_c: TOO_WARM,
			measured_at: NOW + 30 * MINUTE,
			exposure_ms: 2 * TOLERANCE,
		});
		assert_conserved(batch);
	});
}

#[test]
fn a_regulator_releases_a_quarantined_shipment_in_transit() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		let carried = StockRef::Shipment(shipment);
		overheat(MFR_DEVICE, carried);

		assert_ok!(release_by(AUDITOR, carried));

		assert!(!stored_shipment(shipment).quarantined);
		assert_eq!(stored_shipment(shipment).exposure, exposed(TOLERANCE, TOLERANCE));
		assert_event(Event::StockReleased {
			stock: carried,
			batch,
			by_org: REGULATOR,
			accepted_ms: TOLERANCE,
		});
		assert_ok!(receive_by(DIST_LOGISTICS, shipment));
		assert!(!quarantined(batch, DISTRIBUTOR));
	});
}

#[test]
fn release_refuses_stock_that_is_not_quarantined_or_not_there() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let received = delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 2, DIST_LOGISTICS);

		assert_noop!(
			release_by(AUDITOR, shelf(batch, MANUFACTURER)),
			Error::<Test>::NotQuarantined
		);
		assert_noop!(release_by(AUDITOR, shelf(batch, HOSPITAL)), Error::<Test>::UnknownStock);
		assert_noop!(release_by(AUDITOR, StockRef::Shipment(9)), Error::<Test>::UnknownShipment);
		assert_noop!(
			release_by(AUDITOR, StockRef::Shipment(received)),
			Error::<Test>::AlreadyReceived
		);
	});
}

#[test]
fn only_a_regulators_auditor_or_the_manufacturers_admin_releases_stock() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		overheat(MFR_DEVICE, stock);

		assert_noop!(release_by(STRANGER, stock), Error::<Test>::NotAMember);
		assert_noop!(release_by(MFR_LOGISTICS, stock), Error::<Test>::NotPermittedToRelease);
		assert_noop!(release_by(MFR_DEVICE, stock), Error::<Test>::NotPermittedToRelease);
		assert_noop!(release_by(REGULATOR_ADMIN, stock), Error::<Test>::NotPermittedToRelease);
		assert_noop!(release_by(OTHER_MFR_ADMIN, stock), Error::<Test>::NotProductManufacturer);
		assert_noop!(release_by(DIST_LOGISTICS, stock), Error::<Test>::NotManufacturerOrRegulator);
		MockRegistry::suspend(MANUFACTURER);
		assert_noop!(release_by(MFR_ADMIN, stock), Error::<Test>::OrganizationSuspended);
	});
}

// --- the path of a pack, and conservation ---

#[test]
fn quantities_are_conserved_from_manufacturer_to_patient() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = |org| holding(batch, org).unwrap_or_default();
		let at = stock_at;
		assert_eq!(stock(MANUFACTURER), at(10, 0, 0));
		assert_conserved(batch);

		// Manufacturer → distributor: 6 packs in transit, then received.
		let first = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_eq!((stock(MANUFACTURER), stock(DISTRIBUTOR)), (at(4, 0, 6), at(0, 6, 0)));
		assert_eq!(DrugTrace::in_transit(batch), 6);
		assert_conserved(batch);
		assert_ok!(receive_by(DIST_LOGISTICS, first));
		assert_eq!((stock(MANUFACTURER), stock(DISTRIBUTOR)), (at(4, 0, 0), at(6, 0, 0)));
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert_conserved(batch);

		// Distributor → pharmacy: 4 packs.
		let second = shipped(DIST_LOGISTICS, batch, PHARMACY, 4);
		assert_eq!((stock(DISTRIBUTOR), stock(PHARMACY)), (at(2, 0, 4), at(0, 4, 0)));
		assert_eq!(DrugTrace::in_transit(batch), 4);
		assert_conserved(batch);
		assert_ok!(receive_by(PHARMACY_LOGISTICS, second));
		assert_eq!((stock(DISTRIBUTOR), stock(PHARMACY)), (at(2, 0, 0), at(4, 0, 0)));
		assert_conserved(batch);

		// Pharmacy → patients: 2 packs.
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(dispense_by(PHARMACIST, batch, 1));
		assert_eq!(stock(PHARMACY), at(2, 0, 0));
		assert_eq!(stored_batch(batch).dispensed, 2);
		assert_conserved(batch);

		// The rest follows the same path: the manufacturer and the distributor empty out,
		// each keeping its holding until what it shipped is received.
		let third = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 4);
		assert_eq!(stock(MANUFACTURER), at(0, 0, 4));
		assert_eq!(stock(DISTRIBUTOR), at(2, 4, 0));
		assert_conserved(batch);
		assert_ok!(receive_by(DIST_LOGISTICS, third));
		assert_eq!(holding(batch, MANUFACTURER), None);
		let fourth = shipped(DIST_LOGISTICS, batch, PHARMACY, 6);
		assert_eq!(stock(DISTRIBUTOR), at(0, 0, 6));
		assert_eq!(stock(PHARMACY), at(2, 6, 0));
		assert_eq!(DrugTrace::in_transit(batch), 6);
		assert_conserved(batch);
		assert_ok!(receive_by(PHARMACY_LOGISTICS, fourth));
		assert_eq!(holding(batch, DISTRIBUTOR), None);
		assert_eq!(stock(PHARMACY), at(8, 0, 0));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		assert_conserved(batch);

		// Two packs are damaged and written off; the rest is dispensed.
		let damaged = Disposition::WrittenOff(WriteOffReason::Damaged);
		assert_ok!(dispose_by(PHARMACIST, batch, 2, damaged));
		assert_eq!(stored_batch(batch).disposed, 2);
		assert_conserved(batch);
		for index in 2..QUANTITY - 2 {
			assert_ok!(dispense_by(PHARMACIST, batch, index));
			assert_conserved(batch);
		}
		assert_eq!(holding(batch, PHARMACY), None);
		assert_eq!(HolderCount::<Test>::get(batch), 0);
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert_eq!(stored_batch(batch).dispensed, QUANTITY - 2);
		assert!(DrugTrace::holders(batch).is_empty());
	});
}

// --- reads ---

#[test]
fn verify_pack_answers_every_case_in_order() {
	consortium_ext().execute_with(|| {
		registered();
		let genuine = batch_of("LOT-G");
		let recalled = batch_of("LOT-R");
		let suspect = batch_of("LOT-S");
		let destroyed = batch_of("LOT-D");
		for batch in [genuine, recalled] {
			delivered(MFR_LOGISTICS, batch, PHARMACY, 2, PHARMACIST);
		}
		set_time(LATER);
		assert_ok!(dispense_by(PHARMACIST, genuine, 0));
		assert_ok!(dispense_by(PHARMACIST, recalled, 0));
		assert_ok!(recall_by(MFR_ADMIN, recalled));
		assert_ok!(report_by(MFR_LOGISTICS, suspect));
		assert_ok!(report_by(MFR_LOGISTICS, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));
		let verify = |gtin: Gtin, lot_text: &str, index: u32| {
			DrugTrace::verify_pack(
				gtin,
				lot_text.as_bytes().to_vec(),
				serial_bytes(index),
				proof_of(QUANTITY, index),
			)
		};

		assert_eq!(
			verify(GTIN, "LOT-G", 1),
			PackVerification::Genuine { batch: genuine, expiry: EXPIRY }
		);
		assert_eq!(verify(OTHER_GTIN, "LOT-G", 1), PackVerification::Unknown);
		assert_eq!(verify(GTIN, "LOT-X", 1), PackVerification::Unknown);
		assert_eq!(
			DrugTrace::verify_pack(GTIN, vec![b'L'; 21], serial_bytes(1), proof_of(QUANTITY, 1)),
			PackVerification::Unknown
		);
		assert_eq!(
			DrugTrace::verify_pack(GTIN, b"LOT-G".to_vec(), serial_bytes(1), proof_of(QUANTITY, 2)),
			PackVerification::NotInBatch
		);
		assert_eq!(
			DrugTrace::verify_pack(
				GTIN,
				b"LOT-G".to_vec(),
				b"FAKE-0001".to_vec(),
				proof_of(QUANTITY, 1)
			),
			PackVerification::NotInBatch
		);
		assert_eq!(
			DrugTrace::verify_pack(GTIN, b"LOT-G".to_vec(), vec![b'S'; 21], proof_of(QUANTITY, 1)),
			PackVerification::NotInBatch
		);
		assert_eq!(
			DrugTrace::verify_pack(GTIN, b"LOT-G".to_vec(), serial_bytes(1), vec![H256::zero(); 5]),
			PackVerification::NotInBatch
		);
		assert_eq!(
			verify(GTIN, "LOT-G", 0),
			PackVerification::AlreadyDispensed { dispensed_at: LATER }
		);
		// Already dispensed comes before the batch's status.
		assert_eq!(
			verify(GTIN, "LOT-R", 0),
			PackVerification::AlreadyDispensed { dispensed_at: LATER }
		);
		assert_eq!(verify(GTIN, "LOT-R", 1), PackVerification::Recalled);
		assert_eq!(verify(GTIN, "LOT-D", 1), PackVerification::Destroyed);
		assert_eq!(verify(GTIN, "LOT-S", 1), PackVerification::Quarantined);

		set_time(EXPIRY);
		assert_eq!(verify(GTIN, "LOT-G", 1), PackVerification::Expired { expiry: EXPIRY });
		// The batch's status comes before its expiry.
		assert_eq!(verify(GTIN, "LOT-R", 1), PackVerification::Recalled);
	});
}

#[test]
fn custody_history_pages_oldest_first() {
	consortium_ext().execute_with(|| {
		registered();
		let batch = batch_of("LOT-A");
		let other = batch_of("LOT-B");
		let first = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 1);
		shipped(MFR_LOGISTICS, other, DISTRIBUTOR, 1);
		let second = delivered(MFR_LOGISTICS, batch, PHARMACY, 2, PHARMACIST);
		let third = shipped(PHARMACIST, batch, DISTRIBUTOR, 1);
		let ids = |start, limit| -> Vec<ShipmentId> {
			DrugTrace::custody_history(batch, start, limit).into_iter().map(|(id, _)| id).collect()
		};

		// At most `MaxPageSize` (2) per page.
		assert_eq!(ids(0, 10), vec![first, second]);
		assert_eq!(ids(2, 10), vec![third]);
		assert_eq!(ids(3, 10), Vec::<ShipmentId>::new());
		assert_eq!(ids(1, 1), vec![second]);
		assert_eq!(ids(0, 0), Vec::<ShipmentId>::new());
		let history = DrugTrace::custody_history(batch, 1, 1);
		assert_eq!(history[0].1.status, ShipmentStatus::Received);
		assert_eq!(history[0].1.to, PHARMACY);
		assert!(DrugTrace::custody_history(7, 0, 10).is_empty());
	});
}

#[test]
fn holdings_page_through_a_partners_batches() {
	consortium_ext().execute_with(|| {
		registered();
		let batches = [batch_of("LOT-A"), batch_of("LOT-B"), batch_of("LOT-C")];
		for batch in batches {
			shipped(MFR_LOGISTICS, batch, PHARMACY, 1);
		}

		let first_page = DrugTrace::holdings(PHARMACY, None, 10);
		assert_eq!(first_page.len(), 2);
		let cursor = first_page.last().map(|(batch, _)| *batch);
		let second_page = DrugTrace::holdings(PHARMACY, cursor, 10);
		assert_eq!(second_page.len(), 1);
		let cursor = second_page.last().map(|(batch, _)| *batch);
		assert!(DrugTrace::holdings(PHARMACY, cursor, 10).is_empty());

		let mut listed: Vec<BatchId> =
			first_page.iter().chain(second_page.iter()).map(|(batch, _)| *batch).collect();
		listed.sort();
		assert_eq!(listed, batches.to_vec());
		let awaited = stock_at(0, 1, 0);
		assert!(first_page.iter().chain(&second_page).all(|(_, holding)| *holding == awaited));
		assert_eq!(DrugTrace::holdings(PHARMACY, None, 1).len(), 1);
		assert!(DrugTrace::holdings(HOSPITAL, None, 10).is_empty());
	});
}

#[test]
fn open_recalls_page_through_every_open_recall() {
	consortium_ext().execute_with(|| {
		registered();
		let batches = [batch_of("LOT-A"), batch_of("LOT-B"), batch_of("LOT-C")];
		let closed = batch_of("LOT-D");
		for batch in batches.into_iter().chain([closed]) {
			assert_ok!(recall_by(AUDITOR, batch));
		}
		assert_ok!(close_by(AUDITOR, closed));

		let first_page = DrugTrace::open_recalls(None, 10);
		assert_eq!(first_page.len(), 2);
		let second_page = DrugTrace::open_recalls(first_page.last().map(|(batch, _)| *batch), 10);
		assert_eq!(second_page.len(), 1);
		let cursor = second_page.last().map(|(batch, _)| *batch);
		assert!(DrugTrace::open_recalls(cursor, 10).is_empty());

		let mut listed: Vec<BatchId> =
			first_page.iter().chain(second_page.iter()).map(|(batch, _)| *batch).collect();
		listed.sort();
		assert_eq!(listed, batches.to_vec());
		assert!(first_page.iter().all(|(_, recall)| recall.by_org == REGULATOR));
	});
}

#[test]
fn holders_and_in_transit_show_where_a_batch_is() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		shipped(DIST_LOGISTICS, batch, PHARMACY, 1);

		let mut holders = DrugTrace::holders(batch);
		holders.sort_by_key(|(org, _)| *org);
		assert_eq!(
			holders,
			vec![
				(MANUFACTURER, stock_at(4, 0, 0)),
				(DISTRIBUTOR, stock_at(1, 0, 1)),
				(PHARMACY, stock_at(4, 1, 0)),
			]
		);
		assert_eq!(DrugTrace::in_transit(batch), 1);
		assert!(DrugTrace::holders(7).is_empty());
		assert_eq!(DrugTrace::batch(7), None);
		assert_eq!(DrugTrace::product(OTHER_GTIN), None);
		assert_eq!(DrugTrace::batch_by_lot(GTIN, b"LOT-X".to_vec()), None);
	});
}

// --- origins ---

#[test]
fn every_call_refuses_an_unsigned_origin() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		let unsigned = RuntimeOrigin::none;

		assert_noop!(
			DrugTrace::register_product(unsigned(), OTHER_GTIN, metadata(), 0, 1, 0),
			BadOrigin
		);
		assert_noop!(
			DrugTrace::commission_batch(unsigned(), GTIN, lot("LOT-B"), EXPIRY, 1, root_of(1)),
			BadOrigin
		);
		assert_noop!(DrugTrace::ship(unsigned(), batch, HOSPITAL, 1, document(1)), BadOrigin);
		assert_noop!(DrugTrace::receive(unsigned(), 0), BadOrigin);
		assert_noop!(
			DrugTrace::record_temperature(unsigned(), shelf(batch, PHARMACY), COOL, NOW),
			BadOrigin
		);
		assert_noop!(DrugTrace::dispense(unsigned(), batch, serial(0), proof(0)), BadOrigin);
		assert_noop!(
			DrugTrace::recall(unsigned(), batch, RecallClass::ClassI, reason()),
			BadOrigin
		);
		assert_noop!(DrugTrace::close_recall(unsigned(), batch), BadOrigin);
		assert_noop!(DrugTrace::report_suspect(unsigned(), batch, reason()), BadOrigin);
		assert_noop!(DrugTrace::resolve_suspect(unsigned(), batch, true), BadOrigin);
		assert_noop!(DrugTrace::release_stock(unsigned(), shelf(batch, PHARMACY)), BadOrigin);
		assert_noop!(
			DrugTrace::refuse_shipment(unsigned(), 0, RefusalReason::NotOrdered),
			BadOrigin
		);
		assert_noop!(
			DrugTrace::dispose_stock(unsigned(), batch, 1, Disposition::Destroyed),
			BadOrigin
		);
	});
}

// --- invariants ---

#[test]
fn integrity_test_accepts_the_mock_bounds() {
	DrugTrace::integrity_test();
}

#[test]
fn try_state_holds_after_every_kind_of_change() {
	consortium_ext().execute_with(|| {
		let batch = supply_path();
		let carried_id = shipped(DIST_LOGISTICS, batch, PHARMACY, 1);
		let carried = StockRef::Shipment(carried_id);
		overheat(MFR_DEVICE, shelf(batch, MANUFACTURER));
		assert_ok!(temperature_by(DIST_DEVICE, carried, COOL, NOW));
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(release_by(AUDITOR, shelf(batch, MANUFACTURER)));
		assert_ok!(refuse_by(
			PHARMACY_LOGISTICS,
			carried_id,
			RefusalReason::WrongProductOrQuantity
		));
		let other = batch_of("LOT-B");
		assert_ok!(report_by(MFR_LOGISTICS, other));
		assert_ok!(recall_by(AUDITOR, batch));
		shipped(PHARMACIST, batch, MANUFACTURER, 1);
		assert_ok!(dispose_by(DIST_LOGISTICS, batch, 1, Disposition::Destroyed));
		assert_ok!(close_by_governance(batch));
		let third = batch_of("LOT-C");
		assert_ok!(report_by(MFR_LOGISTICS, third));
		assert_ok!(resolve_by(AUDITOR, third, false));

		assert_ok!(DrugTrace::do_try_state());
	});
}

#[test]
fn try_state_detects_lost_stock() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		Holdings::<Test>::mutate(batch, MANUFACTURER, |holding| {
			if let Some(holding) = holding {
				holding.quantity = QUANTITY - 1;
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_wrong_holder_count() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		HolderCount::<Test>::insert(batch, 2);

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_quarantine_without_a_report() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		Batches::<Test>::mutate(batch, |stored| {
			if let Some(stored) = stored {
				stored.status = BatchStatus::Quarantined;
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_in_transit_stock_no_shipment_carries() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		Shipments::<Test>::mutate(shipment, |stored| {
			if let Some(stored) = stored {
				stored.status = ShipmentStatus::Received;
				stored.received_at = Some(NOW);
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_outgoing_stock_no_shipment_carries() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 6, DIST_LOGISTICS);
		Holdings::<Test>::mutate(batch, MANUFACTURER, |holding| {
			if let Some(holding) = holding {
				holding.outgoing = 1;
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_disposed_stock_that_does_not_add_up() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		Batches::<Test>::mutate(batch, |stored| {
			if let Some(stored) = stored {
				stored.disposed = 1;
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_a_holder_that_is_not_a_custodian() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		Custodians::<Test>::remove(batch, DISTRIBUTOR);

		assert!(DrugTrace::do_try_state().is_err());
	});
}

#[test]
fn try_state_detects_an_exposed_holding_with_nothing_in_custody() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		Holdings::<Test>::mutate(batch, DISTRIBUTOR, |holding| {
			if let Some(holding) = holding {
				holding.exposure = exposed(MINUTE, 0);
			}
		});

		assert!(DrugTrace::do_try_state().is_err());
	});
}

// A manufacturer used to recall its own batch while a suspect report was open: the report
// vanished unresolved, and the recalled stock could then be destroyed before any regulator
// ruled on it.
#[test]
fn a_manufacturer_cannot_recall_its_suspect_batch_to_destroy_the_evidence() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		delivered(MFR_LOGISTICS, batch, DISTRIBUTOR, 2, DIST_LOGISTICS);
		assert_ok!(report_by(DIST_LOGISTICS, batch));

		assert_noop!(recall_by(MFR_ADMIN, batch), Error::<Test>::SuspectReportPending);
		assert_noop!(
			dispose_by(MFR_LOGISTICS, batch, 1, Disposition::Destroyed),
			Error::<Test>::BatchQuarantined
		);
		// A regulator may recall it; the report gives way to the recall.
		assert_ok!(recall_by(AUDITOR, batch));
		assert_eq!(stored_batch(batch).status, BatchStatus::Recalled);
		assert_conserved(batch);
	});
}

// A hand-over used to add the open out-of-range span without checking the tolerance: stock
// that reached it there was quarantined only by its next out-of-range reading, if any came.
#[test]
fn a_hand_over_that_reaches_the_tolerance_quarantines_the_packs() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(temperature_by(
			MFR_DEVICE,
			shelf(batch, MANUFACTURER),
			TOO_WARM,
			NOW - TOLERANCE
		));

		let shipment = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);

		assert!(stored_shipment(shipment).quarantined);
		assert_eq!(stored_shipment(shipment).exposure, exposed(TOLERANCE, 0));
		assert_ok!(receive_by(DIST_LOGISTICS, shipment));
		assert!(quarantined(batch, DISTRIBUTOR));
		assert_noop!(ship_by(DIST_LOGISTICS, batch, PHARMACY, 1), Error::<Test>::StockQuarantined);
		assert_conserved(batch);
	});
}
