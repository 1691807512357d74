//! Medicine traceability wired to the real consortium registry: the demo manufacturer,
//! distributor and pharmacy move a batch to a patient, and every pack stays accounted for.

// Test arithmetic on small, known values: an overflow would fail the test loudly.
#![allow(clippy::arithmetic_side_effects)]

mod common;

use common::{demo, with_development_chain, NOW};
use frame_support::{assert_noop, assert_ok};
use healthchain_primitives::{merkle, Moment, OrgId};
use healthchain_runtime::{DrugTrace, Runtime, RuntimeOrigin};
use pallet_drug_trace::{BatchId, Gtin, PackVerification};
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Demo organisations (see `demo_consortium.rs`).
const PHARMACY: OrgId = 3;
const MANUFACTURER: OrgId = 4;
const DISTRIBUTOR: OrgId = 5;
const YEAR: Moment = 365 * 24 * 60 * 60 * 1000;
/// GTIN-14 0950600013435 with its check digit 2.
const GTIN: Gtin = Gtin(9_506_000_134_352);

fn signed(name: &str) -> RuntimeOrigin {
	RuntimeOrigin::signed(demo(name))
}

fn serials() -> Vec<Vec<u8>> {
	(0..10u8).map(|i| format!("SN-{i:04}").into_bytes()).collect()
}

fn items() -> Vec<H256> {
	serials().iter().map(|serial| BlakeTwo256::hash(serial)).collect()
}

/// The manufacturer registers the product and commissions a batch of ten packs.
fn commission() -> BatchId {
	assert_ok!(DrugTrace::register_product(
		signed("ManufacturerLogistics"),
		GTIN,
		H256::repeat_byte(1),
		200,
		800,
		30 * 60 * 1000
	));
	let batch = pallet_drug_trace::NextBatchId::<Runtime>::get();
	assert_ok!(DrugTrace::commission_batch(
		signed("ManufacturerLogistics"),
		GTIN,
		b"LOT-1".to_vec().try_into().expect("a short lot"),
		NOW + YEAR,
		10,
		merkle::root(&items()).expect("ten items")
	));
	batch
}

/// Packs held, in transit, dispensed and disposed of add up to the batch's quantity.
fn assert_conserved(batch: BatchId) {
	let record = DrugTrace::batch(batch).expect("the batch exists");
	let held: u32 = DrugTrace::holders(batch).iter().map(|(_, holding)| holding.quantity).sum();
	assert_eq!(
		held + DrugTrace::in_transit(batch) + record.dispensed + record.disposed,
		record.quantity
	);
}

/// The manufacturer ships `quantity` packs to `to`, which receives them.
fn ship_and_receive(batch: BatchId, to: OrgId, receiver: &str, quantity: u32) {
	let shipment = pallet_drug_trace::NextShipmentId::<Runtime>::get();
	assert_ok!(DrugTrace::ship(
		signed("ManufacturerLogistics"),
		batch,
		to,
		quantity,
		H256::repeat_byte(2)
	));
	assert_ok!(DrugTrace::receive(signed(receiver), shipment));
}

fn held_by(batch: BatchId, org: OrgId) -> u32 {
	DrugTrace::holders(batch)
		.into_iter()
		.find(|(holder, _)| *holder == org)
		.map_or(0, |(_, holding)| holding.quantity)
}

fn dispense(batch: BatchId, index: usize) -> sp_runtime::DispatchResult {
	let serial = serials()[index].clone();
	let proof = merkle::proof(&items(), index).expect("in range");
	DrugTrace::dispense(
		signed("PharmacyPharmacist"),
		batch,
		serial.try_into().expect("a short serial"),
		proof.try_into().expect("a short proof"),
	)
}

#[test]
fn packs_are_conserved_from_manufacturer_to_patient() {
	with_development_chain(|| {
		let batch = commission();
		assert_eq!(held_by(batch, MANUFACTURER), 10);
		assert_conserved(batch);

		let shipment = pallet_drug_trace::NextShipmentId::<Runtime>::get();
		assert_ok!(DrugTrace::ship(
			signed("ManufacturerLogistics"),
			batch,
			DISTRIBUTOR,
			6,
			H256::repeat_byte(2)
		));
		assert_eq!((held_by(batch, MANUFACTURER), DrugTrace::in_transit(batch)), (4, 6));
		assert_conserved(batch);
		assert_ok!(DrugTrace::receive(signed("DistributorLogistics"), shipment));
		assert_eq!((held_by(batch, DISTRIBUTOR), DrugTrace::in_transit(batch)), (6, 0));

		// Nobody ships more than they hold.
		assert_noop!(
			DrugTrace::ship(signed("DistributorLogistics"), batch, PHARMACY, 7, H256::zero()),
			pallet_drug_trace::Error::<Runtime>::InsufficientStock
		);
		let shipment = pallet_drug_trace::NextShipmentId::<Runtime>::get();
		assert_ok!(DrugTrace::ship(
			signed("DistributorLogistics"),
			batch,
			PHARMACY,
			4,
			H256::repeat_byte(3)
		));
		assert_conserved(batch);
		assert_ok!(DrugTrace::receive(signed("PharmacyPharmacist"), shipment));

		assert_ok!(dispense(batch, 0));
		assert_ok!(dispense(batch, 1));
		assert_eq!(held_by(batch, PHARMACY), 2);
		assert_eq!(DrugTrace::batch(batch).expect("exists").dispensed, 2);
		assert_conserved(batch);

		// A clone of a dispensed pack is flagged, and takes nothing from stock.
		assert_ok!(dispense(batch, 0));
		assert_eq!(held_by(batch, PHARMACY), 2);
		assert_conserved(batch);
		let verify = |index: usize| {
			DrugTrace::verify_pack(
				GTIN,
				b"LOT-1".to_vec(),
				serials()[index].clone(),
				merkle::proof(&items(), index).expect("in range"),
			)
		};
		assert!(matches!(verify(0), PackVerification::AlreadyDispensed { .. }));
		assert!(matches!(verify(5), PackVerification::Genuine { .. }));
	});
}

#[test]
fn only_the_demo_manufacturer_commissions_and_only_a_regulator_resolves_a_suspect() {
	with_development_chain(|| {
		assert_noop!(
			DrugTrace::register_product(
				signed("DistributorLogistics"),
				GTIN,
				H256::zero(),
				200,
				800,
				0
			),
			pallet_drug_trace::Error::<Runtime>::NotAManufacturer
		);
		let batch = commission();
		ship_and_receive(batch, PHARMACY, "PharmacyPharmacist", 2);
		assert_ok!(DrugTrace::report_suspect(
			signed("PharmacyPharmacist"),
			batch,
			H256::repeat_byte(9)
		));
		assert_noop!(
			DrugTrace::resolve_suspect(signed("ManufacturerAdmin"), batch, true),
			pallet_drug_trace::Error::<Runtime>::NotARegulator
		);
		assert_ok!(DrugTrace::resolve_suspect(signed("RegulatorAuditor"), batch, true));
		assert!(matches!(
			DrugTrace::verify_pack(
				GTIN,
				b"LOT-1".to_vec(),
				serials()[3].clone(),
				merkle::proof(&items(), 3).expect("in range")
			),
			PackVerification::Genuine { .. }
		));
	});
}

// --- abuse paths closed (docs/THREAT-MODEL.md) ---

// Any trading partner used to be able to report any batch suspect, quarantining a competitor's
// stock everywhere.
#[test]
fn a_partner_that_never_held_a_batch_cannot_report_it_suspect() {
	with_development_chain(|| {
		let batch = commission();

		assert_noop!(
			DrugTrace::report_suspect(signed("DistributorLogistics"), batch, H256::repeat_byte(9)),
			pallet_drug_trace::Error::<Runtime>::NotAHolder
		);
		// A regulator may, holder or not.
		assert_ok!(DrugTrace::report_suspect(
			signed("RegulatorAuditor"),
			batch,
			H256::repeat_byte(9)
		));
	});
}

// A manufacturer used to be able to close the recall a regulator had opened on its batch.
#[test]
fn only_a_regulator_or_governance_closes_a_regulators_recall() {
	with_development_chain(|| {
		let batch = commission();
		assert_ok!(DrugTrace::recall(
			signed("RegulatorAuditor"),
			batch,
			pallet_drug_trace::RecallClass::ClassI,
			H256::repeat_byte(7)
		));

		assert_noop!(
			DrugTrace::close_recall(signed("ManufacturerAdmin"), batch),
			pallet_drug_trace::Error::<Runtime>::RecallOpenedByRegulator
		);
		assert_ok!(DrugTrace::close_recall(RuntimeOrigin::root(), batch));
	});
}

#[test]
fn refused_and_disposed_stock_stays_accounted_for() {
	with_development_chain(|| {
		let batch = commission();
		let shipment = pallet_drug_trace::NextShipmentId::<Runtime>::get();
		assert_ok!(DrugTrace::ship(
			signed("ManufacturerLogistics"),
			batch,
			DISTRIBUTOR,
			6,
			H256::repeat_byte(2)
		));
		assert_ok!(DrugTrace::refuse_shipment(
			signed("DistributorLogistics"),
			shipment,
			pallet_drug_trace::RefusalReason::Damaged
		));
		assert_eq!((held_by(batch, MANUFACTURER), DrugTrace::in_transit(batch)), (10, 0));
		assert_conserved(batch);

		assert_ok!(DrugTrace::dispose_stock(
			signed("ManufacturerLogistics"),
			batch,
			2,
			pallet_drug_trace::Disposition::WrittenOff(pallet_drug_trace::WriteOffReason::Damaged)
		));
		assert_eq!(held_by(batch, MANUFACTURER), 8);
		assert_conserved(batch);
	});
}
