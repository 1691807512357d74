//! The supply chain's behaviour, one test per behaviour.

#![allow(clippy::arithmetic_side_effects)]

use crate::{
	mock::*, serial_hash, Batch, BatchByLot, BatchId, BatchOf, BatchShipmentCount, BatchShipments,
	BatchStatus, Batches, CloneSuspicions, ColdChain, ColdChainRecord, DispenseRecord,
	DispensedSerials, Error, Event, Gtin, HolderCount, Holding, Holdings, Lot, MemberRole,
	NextBatchId, NextShipmentId, OpenRecalls, OrgId, OrganizationKind, PackVerification,
	PartnerHoldings, Product, Products, QuantityInTransit, Recall, RecallClass, Serial,
	SerialProof, Shipment, ShipmentId, ShipmentStatus, Shipments, StockRef, SuspectReport,
	SuspectReports,
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

/// `who` reports `batch` as suspect.
fn report_by(who: u64, batch: BatchId) -> DispatchResult {
	DrugTrace::report_suspect(RuntimeOrigin::signed(who), batch, reason())
}

/// `who` resolves the suspect report of `batch`.
fn resolve_by(who: u64, batch: BatchId, legitimate: bool) -> DispatchResult {
	DrugTrace::resolve_suspect(RuntimeOrigin::signed(who), batch, legitimate)
}

/// `who` releases `stock` from quarantine.
fn release_by(who: u64, stock: StockRef) -> DispatchResult {
	DrugTrace::release_stock(RuntimeOrigin::signed(who), stock)
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

/// The packs of `batch` in custody, in transit and dispensed must add up to those
/// commissioned, the holdings' incoming to those in transit, and every invariant hold.
fn assert_conserved(batch: BatchId) {
	let holders = DrugTrace::holders(batch);
	let in_custody: u32 = holders.iter().map(|(_, holding)| holding.quantity).sum();
	let incoming: u32 = holders.iter().map(|(_, holding)| holding.incoming).sum();
	let in_transit = DrugTrace::in_transit(batch);
	let record = stored_batch(batch);
	assert_eq!(incoming, in_transit);
	assert_eq!(in_custody + in_transit + record.dispensed, record.quantity);
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
		};
		assert_eq!(DrugTrace::batch(0), Some(batch.clone()));
		assert_eq!(NextBatchId::<Test>::get(), 1);
		assert_eq!(BatchByLot::<Test>::get(GTIN, lot("LOT-A")), Some(0));
		assert_eq!(DrugTrace::batch_by_lot(GTIN, b"LOT-A".to_vec()), Some((0, batch)));
		assert_eq!(
			holding(0, MANUFACTURER),
			Some(Holding { quantity: QUANTITY, incoming: 0, quarantined: false })
		);
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
			})
		);
		assert_eq!(NextShipmentId::<Test>::get(), 1);
		assert_eq!(
			holding(batch, MANUFACTURER),
			Some(Holding { quantity: 4, incoming: 0, quarantined: false })
		);
		assert_eq!(
			holding(batch, DISTRIBUTOR),
			Some(Holding { quantity: 0, incoming: 6, quarantined: false })
		);
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
fn shipping_everything_removes_the_senders_holding() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(temperature_by(MFR_DEVICE, shelf(batch, MANUFACTURER), COOL, NOW));

		assert_ok!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, QUANTITY));

		assert_eq!(holding(batch, MANUFACTURER), None);
		assert!(!PartnerHoldings::<Test>::contains_key(MANUFACTURER, batch));
		assert!(!ColdChain::<Test>::contains_key(shelf(batch, MANUFACTURER)));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		assert_eq!(DrugTrace::in_transit(batch), QUANTITY);
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
		assert_ok!(report_by(DIST_LOGISTICS, batch));

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
		assert_ok!(report_by(DIST_LOGISTICS, batch));
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
		// A holder that ships all it has leaves room for its customer.
		assert_ok!(ship_by(DIST_LOGISTICS, batch, HOSPITAL, 2));
		assert_eq!(holding(batch, DISTRIBUTOR), None);
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
		assert_eq!(
			holding(batch, DISTRIBUTOR),
			Some(Holding { quantity: 6, incoming: 0, quarantined: false })
		);
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

// --- record_temperature ---

#[test]
fn a_reading_within_the_range_is_recorded() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);

		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE));

		assert_eq!(
			ColdChain::<Test>::get(stock),
			Some(ColdChainRecord {
				last_measured_at: NOW - MINUTE,
				last_centi_c: COOL,
				excursion_since: None,
			})
		);
		assert!(!quarantined(batch, MANUFACTURER));
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: COOL,
			measured_at: NOW - MINUTE,
			in_range: true,
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

		assert_eq!(ColdChain::<Test>::get(stock).map(|record| record.excursion_since), Some(None));
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: MAX_CENTI_C,
			measured_at: NOW,
			in_range: true,
		});
	});
}

#[test]
fn an_excursion_shorter_than_the_tolerance_does_not_quarantine() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		let stock = shelf(batch, MANUFACTURER);
		let start = NOW - 20 * MINUTE;

		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, start));
		assert_ok!(temperature_by(MFR_DEVICE, stock, -100, NOW - 5 * MINUTE));
		assert_eq!(
			ColdChain::<Test>::get(stock).and_then(|record| record.excursion_since),
			Some(start)
		);
		assert_event(Event::TemperatureRecorded {
			stock,
			batch,
			centi_c: -100,
			measured_at: NOW - 5 * MINUTE,
			in_range: false,
		});

		// Back in range: the excursion ends, and the next one starts afresh.
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - 4 * MINUTE));
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, NOW));

		assert_eq!(
			ColdChain::<Test>::get(stock).and_then(|record| record.excursion_since),
			Some(NOW)
		);
		assert!(!quarantined(batch, MANUFACTURER));
		assert!(!events().iter().any(|event| matches!(event, Event::TemperatureExcursion { .. })));
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
		assert_eq!(
			ColdChain::<Test>::get(stock),
			Some(ColdChainRecord {
				last_measured_at: NOW,
				last_centi_c: TOO_WARM + 100,
				excursion_since: None,
			})
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
				},
				Event::TemperatureExcursion {
					stock,
					batch,
					centi_c: TOO_WARM + 100,
					since: start,
					measured_at: NOW,
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
			since: NOW - TOLERANCE,
			measured_at: NOW,
		});
		assert!(!quarantined(batch, MANUFACTURER));

		assert_ok!(receive_by(DIST_LOGISTICS, shipment));

		assert!(quarantined(batch, DISTRIBUTOR));
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
		assert_event(Event::StockReleased { stock, batch, by_org: REGULATOR });
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(ship_by(PHARMACIST, batch, DISTRIBUTOR, 1));
		assert_conserved(batch);
	});
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
		assert_ok!(temperature_by(MFR_DEVICE, stock, COOL, NOW - MINUTE));
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
		assert_ok!(report_by(DIST_LOGISTICS, batch));

		assert_ok!(recall_by(MFR_ADMIN, batch));

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
		assert_ok!(report_by(DIST_LOGISTICS, destroyed));
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
		assert_ok!(recall_by(AUDITOR, batch));

		assert_ok!(close_by(MFR_ADMIN, batch));

		assert!(!OpenRecalls::<Test>::contains_key(batch));
		assert_eq!(status(batch), BatchStatus::Recalled);
		assert_event(Event::RecallClosed { batch, by_org: MANUFACTURER });
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
fn only_the_manufacturer_or_a_regulator_closes_a_recall() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(recall_by(AUDITOR, batch));

		assert_noop!(close_by(STRANGER, batch), Error::<Test>::NotAMember);
		assert_noop!(close_by(OTHER_MFR_ADMIN, batch), Error::<Test>::NotProductManufacturer);
		assert_noop!(close_by(DIST_LOGISTICS, batch), Error::<Test>::NotManufacturerOrRegulator);
		assert_noop!(close_by(MFR_DEVICE, batch), Error::<Test>::NotPermittedToRecall);
		assert_ok!(close_by(MFR_LOGISTICS, batch));
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
fn only_a_trading_partner_reports_suspect_product() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();

		assert_noop!(report_by(STRANGER, batch), Error::<Test>::NotAMember);
		assert_noop!(report_by(CLINIC_DOCTOR, batch), Error::<Test>::NotATradingPartner);
		assert_noop!(report_by(AUDITOR, batch), Error::<Test>::NotATradingPartner);
		// Any member of a trading partner may report, whatever its role.
		assert_ok!(report_by(MFR_PRACTITIONER, batch));
		let other = batch_of("LOT-B");
		MockRegistry::suspend(DISTRIBUTOR);
		assert_noop!(report_by(DIST_LOGISTICS, other), Error::<Test>::OrganizationSuspended);
	});
}

#[test]
fn report_suspect_refuses_a_batch_that_is_not_active() {
	consortium_ext().execute_with(|| {
		registered();
		let suspect = batch_of("LOT-S");
		let recalled = batch_of("LOT-R");
		let destroyed = batch_of("LOT-D");
		assert_ok!(report_by(DIST_LOGISTICS, suspect));
		assert_ok!(recall_by(AUDITOR, recalled));
		assert_ok!(report_by(DIST_LOGISTICS, destroyed));
		assert_ok!(resolve_by(AUDITOR, destroyed, false));

		assert_noop!(report_by(PHARMACIST, suspect), Error::<Test>::BatchQuarantined);
		assert_noop!(report_by(PHARMACIST, recalled), Error::<Test>::BatchRecalled);
		assert_noop!(report_by(PHARMACIST, destroyed), Error::<Test>::BatchDestroyed);
		assert_noop!(report_by(PHARMACIST, 7), Error::<Test>::UnknownBatch);
	});
}

#[test]
fn a_regulator_clears_a_legitimate_batch() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(DIST_LOGISTICS, batch));

		assert_ok!(resolve_by(AUDITOR, batch, true));

		assert_eq!(status(batch), BatchStatus::Active);
		assert!(!SuspectReports::<Test>::contains_key(batch));
		assert_event(Event::SuspectCleared { batch, by_org: REGULATOR });
		assert_ok!(ship_by(MFR_LOGISTICS, batch, DISTRIBUTOR, 1));
		assert_conserved(batch);
	});
}

#[test]
fn a_regulator_confirms_an_illegitimate_batch_which_is_destroyed() {
	consortium_ext().execute_with(|| {
		let batch = commissioned();
		assert_ok!(report_by(DIST_LOGISTICS, batch));

		assert_ok!(resolve_by(AUDITOR, batch, false));

		assert_eq!(status(batch), BatchStatus::Destroyed);
		assert!(!SuspectReports::<Test>::contains_key(batch));
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
		assert_ok!(report_by(DIST_LOGISTICS, batch));

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
		assert_ok!(report_by(DIST_LOGISTICS, batch));
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
		// An excursion running when the stock is released ends with the release.
		set_time(LATER);
		assert_ok!(temperature_by(MFR_DEVICE, stock, TOO_WARM, LATER));
		assert_eq!(
			ColdChain::<Test>::get(stock).and_then(|record| record.excursion_since),
			Some(LATER)
		);

		assert_ok!(release_by(MFR_ADMIN, stock));

		assert!(!quarantined(batch, MANUFACTURER));
		assert_eq!(ColdChain::<Test>::get(stock).and_then(|record| record.excursion_since), None);
		assert_event(Event::StockReleased { stock, batch, by_org: MANUFACTURER });
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
		assert_event(Event::StockReleased { stock: carried, batch, by_org: REGULATOR });
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
		let at = |quantity, incoming| Holding { quantity, incoming, quarantined: false };
		assert_eq!(stock(MANUFACTURER), at(10, 0));
		assert_conserved(batch);

		// Manufacturer → distributor: 6 packs in transit, then received.
		let first = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 6);
		assert_eq!((stock(MANUFACTURER), stock(DISTRIBUTOR)), (at(4, 0), at(0, 6)));
		assert_eq!(DrugTrace::in_transit(batch), 6);
		assert_conserved(batch);
		assert_ok!(receive_by(DIST_LOGISTICS, first));
		assert_eq!(stock(DISTRIBUTOR), at(6, 0));
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert_conserved(batch);

		// Distributor → pharmacy: 4 packs.
		let second = shipped(DIST_LOGISTICS, batch, PHARMACY, 4);
		assert_eq!((stock(DISTRIBUTOR), stock(PHARMACY)), (at(2, 0), at(0, 4)));
		assert_eq!(DrugTrace::in_transit(batch), 4);
		assert_conserved(batch);
		assert_ok!(receive_by(PHARMACY_LOGISTICS, second));
		assert_eq!(stock(PHARMACY), at(4, 0));
		assert_conserved(batch);

		// Pharmacy → patients: 2 packs.
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(dispense_by(PHARMACIST, batch, 1));
		assert_eq!(stock(PHARMACY), at(2, 0));
		assert_eq!(stored_batch(batch).dispensed, 2);
		assert_conserved(batch);

		// The rest follows the same path: the manufacturer and the distributor empty out.
		let third = shipped(MFR_LOGISTICS, batch, DISTRIBUTOR, 4);
		assert_eq!(holding(batch, MANUFACTURER), None);
		assert_eq!(stock(DISTRIBUTOR), at(2, 4));
		assert_conserved(batch);
		assert_ok!(receive_by(DIST_LOGISTICS, third));
		let fourth = shipped(DIST_LOGISTICS, batch, PHARMACY, 6);
		assert_eq!(holding(batch, DISTRIBUTOR), None);
		assert_eq!(stock(PHARMACY), at(2, 6));
		assert_eq!(DrugTrace::in_transit(batch), 6);
		assert_conserved(batch);
		assert_ok!(receive_by(PHARMACY_LOGISTICS, fourth));
		assert_eq!(stock(PHARMACY), at(8, 0));
		assert_eq!(HolderCount::<Test>::get(batch), 1);
		assert_conserved(batch);

		for index in 2..QUANTITY {
			assert_ok!(dispense_by(PHARMACIST, batch, index));
			assert_conserved(batch);
		}
		assert_eq!(holding(batch, PHARMACY), None);
		assert_eq!(HolderCount::<Test>::get(batch), 0);
		assert_eq!(DrugTrace::in_transit(batch), 0);
		assert_eq!(stored_batch(batch).dispensed, QUANTITY);
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
		assert_ok!(report_by(DIST_LOGISTICS, suspect));
		assert_ok!(report_by(DIST_LOGISTICS, destroyed));
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
		let awaited = Holding { quantity: 0, incoming: 1, quarantined: false };
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
				(MANUFACTURER, Holding { quantity: 4, incoming: 0, quarantined: false }),
				(DISTRIBUTOR, Holding { quantity: 1, incoming: 0, quarantined: false }),
				(PHARMACY, Holding { quantity: 4, incoming: 1, quarantined: false }),
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
		let carried = StockRef::Shipment(shipped(DIST_LOGISTICS, batch, PHARMACY, 1));
		overheat(MFR_DEVICE, shelf(batch, MANUFACTURER));
		assert_ok!(temperature_by(DIST_DEVICE, carried, COOL, NOW));
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(dispense_by(PHARMACIST, batch, 0));
		assert_ok!(release_by(AUDITOR, shelf(batch, MANUFACTURER)));
		let other = batch_of("LOT-B");
		assert_ok!(report_by(PHARMACIST, other));
		assert_ok!(recall_by(AUDITOR, batch));
		assert_ok!(close_by(AUDITOR, batch));
		let third = batch_of("LOT-C");
		assert_ok!(report_by(PHARMACIST, third));
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
