//! Benchmarks of every call, each in its worst case.
//!
//! No call's cost depends on how many products, batches, shipments or dispensed packs exist:
//! each reads and writes the keys it names. What varies is bounded by the pallet's constants,
//! and each benchmark sets the bound's worst case up, so none has components:
//!
//! - `recall` notifies `MaxHoldersPerBatch` holders (the manufacturer and
//!   `MaxHoldersPerBatch - 1` customers awaiting a pack each) and supersedes a suspect
//!   report;
//! - `dispense` hashes a serial of `MaxSerialLength` bytes and checks a proof of
//!   `MaxProofDepth` hashes. A tree of `2^MaxProofDepth` serials is far too big to build, and
//!   needs not be: any path of sibling hashes leads from the serial's leaf to some root, and
//!   the benchmark's batch commits to that root, so the proof is valid and as long as a proof
//!   can be. The pharmacy dispenses its last pack, so its holding and cold-chain record go;
//! - `ship` empties the sender's custody (its cold-chain record is removed; the holding stays
//!   for the packs in transit) into a partner that becomes a new holder and custodian;
//! - `record_temperature` ends an excursion's tolerance: the stock is quarantined and both
//!   events are emitted; `receive` takes in a shipment quarantined in transit and frees the
//!   sender's holder slot; `refuse_shipment` returns a shipment quarantined in transit to
//!   its sender and frees the receiver's slot;
//! - `dispose_stock` destroys the last packs of a recalled batch, so the holding, its index
//!   entry and cold-chain record are removed;
//! - `report_suspect` is by a trading partner, whose custodian record and resolved report are
//!   read (a regulator's report reads neither);
//! - `commission_batch` stores the longest lot.
//!
//! Each benchmark uses its own accounts (the `index` passed to [`consortium`]): the registry
//! test double keeps its members across the benchmarks of one test run, and an account
//! belongs to one organisation at most. The clock may stand at 0 (a benchmark's storage is
//! wiped, the timestamp with it), so every time is relative to [`now`].

use super::*;
use alloc::vec::Vec;
use frame_benchmarking::v2::*;
use frame_support::traits::{Get, Time};
use frame_system::RawOrigin;
use healthchain_primitives::merkle;
use sp_core::H256;

const SEED: u32 = 0;

/// A valid GTIN-14: GS1's own example.
const GTIN: Gtin = Gtin(10_614_141_000_415);

/// The benchmark batches' shelf life: a year, in milliseconds.
const SHELF_LIFE_MS: Moment = 31_536_000_000;

/// 2.00 °C and 8.00 °C, the usual range of refrigerated medicines, and a reading outside it.
const MIN_CENTI_C: i32 = 200;
const MAX_CENTI_C: i32 = 800;
const TOO_WARM_CENTI_C: i32 = 2_500;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

fn now<T: Config>() -> Moment {
	<T::Time as Time>::now()
}

/// The organisations of one benchmark, each with the members the benchmarks sign with.
struct Consortium<T: Config> {
	manufacturer: OrgId,
	/// `Logistics` of the manufacturer.
	logistics: T::AccountId,
	/// The manufacturer's cold-chain sensor gateway.
	device: T::AccountId,
	distributor: OrgId,
	/// `Logistics` of the distributor.
	distributor_logistics: T::AccountId,
	pharmacy: OrgId,
	/// `Pharmacist` of the pharmacy.
	pharmacist: T::AccountId,
	/// The pharmacy's cold-chain sensor gateway.
	pharmacy_device: T::AccountId,
	regulator: OrgId,
	/// `Auditor` of the regulator.
	auditor: T::AccountId,
}

/// An active organisation of `kind`, registered with its own admin.
fn organization<T: Config>(
	kind: OrganizationKind,
	name: &'static str,
	index: u32,
) -> Result<OrgId, BenchmarkError> {
	let admin: T::AccountId = account(name, index, SEED);
	Ok(T::Registry::register_for_benchmark(kind, &admin)?)
}

/// A new member of `org` in `role`.
fn member<T: Config>(
	org: OrgId,
	role: MemberRole,
	name: &'static str,
	index: u32,
) -> Result<T::AccountId, BenchmarkError> {
	let who: T::AccountId = account(name, index, SEED);
	T::Registry::add_member_for_benchmark(org, &who, role)?;
	Ok(who)
}

/// A manufacturer, a distributor, a pharmacy and a regulator, with their members; `index`
/// keeps the accounts of different benchmarks apart.
fn consortium<T: Config>(index: u32) -> Result<Consortium<T>, BenchmarkError> {
	let manufacturer =
		organization::<T>(OrganizationKind::Manufacturer, "manufacturer-admin", index)?;
	let distributor = organization::<T>(OrganizationKind::Distributor, "distributor-admin", index)?;
	let pharmacy = organization::<T>(OrganizationKind::Pharmacy, "pharmacy-admin", index)?;
	let regulator = organization::<T>(OrganizationKind::Regulator, "regulator-admin", index)?;
	Ok(Consortium {
		manufacturer,
		logistics: member::<T>(manufacturer, MemberRole::Logistics, "logistics", index)?,
		device: member::<T>(manufacturer, MemberRole::Device, "device", index)?,
		distributor,
		distributor_logistics: member::<T>(
			distributor,
			MemberRole::Logistics,
			"distributor-logistics",
			index,
		)?,
		pharmacy,
		pharmacist: member::<T>(pharmacy, MemberRole::Pharmacist, "pharmacist", index)?,
		pharmacy_device: member::<T>(pharmacy, MemberRole::Device, "pharmacy-device", index)?,
		regulator,
		auditor: member::<T>(regulator, MemberRole::Auditor, "auditor", index)?,
	})
}

/// Registers the benchmarks' product for the manufacturer, tolerating `max_excursion_ms`
/// outside 2–8 °C.
fn register<T: Config>(
	parties: &Consortium<T>,
	max_excursion_ms: Moment,
) -> Result<(), BenchmarkError> {
	Pallet::<T>::do_register_product(
		parties.logistics.clone(),
		GTIN,
		H256::repeat_byte(0x9d),
		MIN_CENTI_C,
		MAX_CENTI_C,
		max_excursion_ms,
	)?;
	Ok(())
}

/// A lot number of the longest allowed length.
fn longest_lot<T: Config>() -> Result<Lot<T>, BenchmarkError> {
	let longest = alloc::vec![b'L'; T::MaxLotLength::get() as usize];
	Lot::<T>::try_from(longest).map_err(|_| BenchmarkError::Stop("a lot longer than MaxLotLength"))
}

/// A serial number of the longest allowed length.
fn longest_serial<T: Config>() -> Result<Serial<T>, BenchmarkError> {
	let longest = alloc::vec![b'S'; T::MaxSerialLength::get() as usize];
	Serial::<T>::try_from(longest)
		.map_err(|_| BenchmarkError::Stop("a serial longer than MaxSerialLength"))
}

/// A proof of `MaxProofDepth` hashes for `serial`, and the root it leads to.
fn longest_proof<T: Config>(serial: &[u8]) -> Result<(H256, SerialProof<T>), BenchmarkError> {
	let siblings: Vec<H256> = (0..T::MaxProofDepth::get())
		.map(|level| H256::repeat_byte(u8::try_from(level % 255).unwrap_or(0).saturating_add(1)))
		.collect();
	let leaf = merkle::leaf_hash(&serial_hash(serial));
	let root = siblings.iter().fold(leaf, |node, sibling| merkle::node_hash(&node, sibling));
	let siblings = SerialProof::<T>::try_from(siblings)
		.map_err(|_| BenchmarkError::Stop("a proof longer than MaxProofDepth"))?;
	Ok((root, siblings))
}

/// A batch of `quantity` packs of the benchmarks' product with the longest lot, committed to
/// `serials_root`, held by the manufacturer.
fn commissioned<T: Config>(
	parties: &Consortium<T>,
	quantity: u32,
	serials_root: H256,
) -> Result<BatchId, BenchmarkError> {
	let expiry = now::<T>().saturating_add(SHELF_LIFE_MS);
	Ok(Pallet::<T>::do_commission_batch(
		parties.logistics.clone(),
		GTIN,
		longest_lot::<T>()?,
		expiry,
		quantity,
		serials_root,
	)?)
}

/// A batch of one pack, shipped by the manufacturer to `to` and in transit.
fn in_transit_to<T: Config>(
	parties: &Consortium<T>,
	to: OrgId,
) -> Result<(BatchId, ShipmentId), BenchmarkError> {
	let batch_id = commissioned::<T>(parties, 1, H256::repeat_byte(0x5e))?;
	let shipment_id =
		Pallet::<T>::do_ship(parties.logistics.clone(), batch_id, to, 1, H256::repeat_byte(0xd0))?;
	Ok((batch_id, shipment_id))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Nothing varies: one registry read, one product written.
	#[benchmark]
	fn register_product() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(0)?;
		let caller = parties.logistics.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(
			RawOrigin::Signed(caller),
			GTIN,
			H256::repeat_byte(0x9d),
			MIN_CENTI_C,
			MAX_CENTI_C,
			1_800_000,
		);

		assert_last_event::<T>(Event::ProductRegistered {
			gtin: GTIN,
			manufacturer: parties.manufacturer,
		});
		Ok(())
	}

	// Worst case: the longest lot (stored twice: in the batch and as the lot index's key).
	#[benchmark]
	fn commission_batch() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(1)?;
		register::<T>(&parties, 0)?;
		let caller = parties.logistics.clone();
		frame_benchmarking::whitelist_account!(caller);
		let lot = longest_lot::<T>()?;
		let expiry = now::<T>().saturating_add(SHELF_LIFE_MS);
		let batch_id = NextBatchId::<T>::get();

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), GTIN, lot.clone(), expiry, 1, H256::repeat_byte(0x5e));

		assert_last_event::<T>(Event::BatchCommissioned {
			batch: batch_id,
			gtin: GTIN,
			lot,
			manufacturer: parties.manufacturer,
			quantity: 1,
			expiry,
		});
		Ok(())
	}

	// Worst case: the manufacturer ships all it holds, so its cold-chain record is removed
	// (its holding stays, for the packs in transit), to a distributor that becomes a new
	// holder and custodian.
	#[benchmark]
	fn ship() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(2)?;
		register::<T>(&parties, 0)?;
		let batch_id = commissioned::<T>(&parties, 1, H256::repeat_byte(0x5e))?;
		let held = StockRef::Holding { batch: batch_id, holder: parties.manufacturer };
		Pallet::<T>::do_record_temperature(parties.device.clone(), held, MIN_CENTI_C, now::<T>())?;
		let caller = parties.logistics.clone();
		frame_benchmarking::whitelist_account!(caller);
		let shipment_id = NextShipmentId::<T>::get();
		let document_hash = H256::repeat_byte(0xd0);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id, parties.distributor, 1, document_hash);

		assert_eq!(
			Holdings::<T>::get(batch_id, parties.manufacturer),
			Some(Holding { outgoing: 1, ..Holding::default() })
		);
		assert!(!ColdChain::<T>::contains_key(held));
		assert!(Custodians::<T>::contains_key(batch_id, parties.distributor));
		assert_last_event::<T>(Event::Shipped {
			shipment: shipment_id,
			batch: batch_id,
			from: parties.manufacturer,
			to: parties.distributor,
			quantity: 1,
			document_hash,
		});
		Ok(())
	}

	// Worst case: the shipment was quarantined in transit (the receiving holding is
	// quarantined with it) and has a cold-chain record to remove, and the sender's holding
	// is left empty (removed, its holder slot freed).
	#[benchmark]
	fn receive() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(3)?;
		register::<T>(&parties, 0)?;
		let (batch_id, shipment_id) = in_transit_to::<T>(&parties, parties.distributor)?;
		let carried = StockRef::Shipment(shipment_id);
		Pallet::<T>::do_record_temperature(
			parties.device.clone(),
			carried,
			TOO_WARM_CENTI_C,
			now::<T>(),
		)?;
		let caller = parties.distributor_logistics.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), shipment_id);

		assert!(!ColdChain::<T>::contains_key(carried));
		assert_eq!(Holdings::<T>::get(batch_id, parties.manufacturer), None);
		assert_last_event::<T>(Event::Received {
			shipment: shipment_id,
			batch: batch_id,
			from: parties.manufacturer,
			to: parties.distributor,
			quantity: 1,
			batch_status: BatchStatus::Active,
			quarantined: true,
		});
		Ok(())
	}

	// Worst case: a reading after an earlier one (the cold-chain record is read) that ends
	// the excursion's tolerance, so the shipment in transit is quarantined and the alert
	// emitted.
	#[benchmark]
	fn record_temperature() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(4)?;
		register::<T>(&parties, 0)?;
		let (batch_id, shipment_id) = in_transit_to::<T>(&parties, parties.distributor)?;
		let carried = StockRef::Shipment(shipment_id);
		// A reading in range, then, a minute later, one outside: the span between counts.
		let start = now::<T>();
		let at = start.saturating_add(60_000);
		T::BenchmarkHelper::set_time(at);
		Pallet::<T>::do_record_temperature(parties.device.clone(), carried, MIN_CENTI_C, start)?;
		let caller = parties.device.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), carried, TOO_WARM_CENTI_C, at);

		assert_eq!(Shipments::<T>::get(shipment_id).map(|stored| stored.quarantined), Some(true));
		assert_last_event::<T>(Event::TemperatureExcursion {
			stock: carried,
			batch: batch_id,
			centi_c: TOO_WARM_CENTI_C,
			measured_at: at,
			exposure_ms: 60_000,
		});
		Ok(())
	}

	// Worst case: the longest serial with a proof of `MaxProofDepth` hashes; the pharmacy's
	// last pack, so its holding, index entry and cold-chain record are removed.
	#[benchmark]
	fn dispense() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(5)?;
		register::<T>(&parties, 0)?;
		let serial = longest_serial::<T>()?;
		let (serials_root, siblings) = longest_proof::<T>(serial.as_slice())?;
		let batch_id = commissioned::<T>(&parties, 1, serials_root)?;
		let shipment_id = Pallet::<T>::do_ship(
			parties.logistics.clone(),
			batch_id,
			parties.pharmacy,
			1,
			H256::repeat_byte(0xd0),
		)?;
		Pallet::<T>::do_receive(parties.pharmacist.clone(), shipment_id)?;
		let shelf = StockRef::Holding { batch: batch_id, holder: parties.pharmacy };
		Pallet::<T>::do_record_temperature(
			parties.pharmacy_device.clone(),
			shelf,
			MIN_CENTI_C,
			now::<T>(),
		)?;
		let caller = parties.pharmacist.clone();
		frame_benchmarking::whitelist_account!(caller);
		let hashed = serial_hash(serial.as_slice());

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), batch_id, serial, siblings);

		assert_eq!(Holdings::<T>::get(batch_id, parties.pharmacy), None);
		assert!(!ColdChain::<T>::contains_key(shelf));
		assert_last_event::<T>(Event::Dispensed {
			batch: batch_id,
			serial_hash: hashed,
			pharmacy: parties.pharmacy,
			pharmacist: caller,
		});
		Ok(())
	}

	// Worst case: `MaxHoldersPerBatch` holders to notify (the manufacturer, and customers
	// awaiting one pack each), and a suspect report the recall supersedes.
	#[benchmark]
	fn recall() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(6)?;
		register::<T>(&parties, 0)?;
		let max_holders = T::MaxHoldersPerBatch::get();
		let batch_id = commissioned::<T>(&parties, max_holders, H256::repeat_byte(0x5e))?;
		for index in 1..max_holders {
			let customer = organization::<T>(OrganizationKind::Distributor, "holder", index)?;
			Pallet::<T>::do_ship(
				parties.logistics.clone(),
				batch_id,
				customer,
				1,
				H256::repeat_byte(0xd0),
			)?;
		}
		Pallet::<T>::do_report_suspect(
			parties.logistics.clone(),
			batch_id,
			H256::repeat_byte(0x5a),
		)?;
		let caller = parties.auditor.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id, RecallClass::ClassI, H256::repeat_byte(0x7e));

		assert_eq!(HolderCount::<T>::get(batch_id), max_holders);
		assert!(OpenRecalls::<T>::contains_key(batch_id));
		assert!(!SuspectReports::<T>::contains_key(batch_id));
		assert_eq!(
			Batches::<T>::get(batch_id).map(|stored| stored.status),
			Some(BatchStatus::Recalled)
		);
		Ok(())
	}

	// Nothing varies: a regulator closes the recall a regulator opened (the signed path reads
	// the registry; governance's reads nothing more than the recall).
	#[benchmark]
	fn close_recall() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(7)?;
		register::<T>(&parties, 0)?;
		let batch_id = commissioned::<T>(&parties, 1, H256::repeat_byte(0x5e))?;
		Pallet::<T>::do_recall(
			parties.auditor.clone(),
			batch_id,
			RecallClass::ClassII,
			H256::repeat_byte(0x7e),
		)?;
		let caller = parties.auditor.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id);

		assert_last_event::<T>(Event::RecallClosed {
			batch: batch_id,
			closed_by: RecallCloser::Organization(parties.regulator),
		});
		Ok(())
	}

	// Worst case: a trading partner (not a regulator) reports an active batch shipped to it,
	// so its custodian record and its resolved report are read. The resolved report is read
	// whether or not there is one; there is none here, since a benchmark cannot move the
	// clock past the cool-down.
	#[benchmark]
	fn report_suspect() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(8)?;
		register::<T>(&parties, 0)?;
		let (batch_id, _shipment_id) = in_transit_to::<T>(&parties, parties.distributor)?;
		let caller = parties.distributor_logistics.clone();
		frame_benchmarking::whitelist_account!(caller);
		let reason_hash = H256::repeat_byte(0x5a);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id, reason_hash);

		assert_last_event::<T>(Event::SuspectReported {
			batch: batch_id,
			reporter_org: parties.distributor,
			reason_hash,
		});
		Ok(())
	}

	// Nothing varies: both outcomes write the batch, remove the report and remember it as
	// resolved.
	#[benchmark]
	fn resolve_suspect() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(9)?;
		register::<T>(&parties, 0)?;
		let batch_id = commissioned::<T>(&parties, 1, H256::repeat_byte(0x5e))?;
		Pallet::<T>::do_report_suspect(
			parties.logistics.clone(),
			batch_id,
			H256::repeat_byte(0x5a),
		)?;
		let caller = parties.auditor.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id, false);

		assert!(ResolvedReports::<T>::contains_key(batch_id, parties.manufacturer));
		assert_last_event::<T>(Event::SuspectConfirmed {
			batch: batch_id,
			by_org: parties.regulator,
		});
		Ok(())
	}

	// Worst case: a holding quarantined by an excursion, with a cold-chain record to update.
	#[benchmark]
	fn release_stock() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(10)?;
		register::<T>(&parties, 0)?;
		let batch_id = commissioned::<T>(&parties, 1, H256::repeat_byte(0x5e))?;
		let held = StockRef::Holding { batch: batch_id, holder: parties.manufacturer };
		Pallet::<T>::do_record_temperature(
			parties.device.clone(),
			held,
			TOO_WARM_CENTI_C,
			now::<T>(),
		)?;
		let caller = parties.auditor.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), held);

		assert_eq!(
			Holdings::<T>::get(batch_id, parties.manufacturer).map(|stored| stored.quarantined),
			Some(false)
		);
		assert_last_event::<T>(Event::StockReleased {
			stock: held,
			batch: batch_id,
			by_org: parties.regulator,
			accepted_ms: 0,
		});
		Ok(())
	}

	// Worst case: the shipment was quarantined in transit and has a cold-chain record to
	// remove; its packs go back to the sender, whose holding is quarantined with them, and
	// the receiver's holding, which only awaited them, is removed (its slot freed).
	#[benchmark]
	fn refuse_shipment() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(11)?;
		register::<T>(&parties, 0)?;
		let (batch_id, shipment_id) = in_transit_to::<T>(&parties, parties.distributor)?;
		let carried = StockRef::Shipment(shipment_id);
		Pallet::<T>::do_record_temperature(
			parties.device.clone(),
			carried,
			TOO_WARM_CENTI_C,
			now::<T>(),
		)?;
		let caller = parties.distributor_logistics.clone();
		frame_benchmarking::whitelist_account!(caller);
		let reason = RefusalReason::ColdChainBreach;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), shipment_id, reason);

		assert!(!ColdChain::<T>::contains_key(carried));
		assert_eq!(Holdings::<T>::get(batch_id, parties.distributor), None);
		assert_eq!(
			Holdings::<T>::get(batch_id, parties.manufacturer)
				.map(|stored| (stored.quantity, stored.quarantined)),
			Some((1, true))
		);
		assert_last_event::<T>(Event::ShipmentRefused {
			shipment: shipment_id,
			batch: batch_id,
			from: parties.manufacturer,
			to: parties.distributor,
			quantity: 1,
			reason,
			quarantined: true,
		});
		Ok(())
	}

	// Worst case: destruction (the batch's status is checked) of the last packs of a recalled
	// batch, so the holding, its index entry and its cold-chain record are removed.
	#[benchmark]
	fn dispose_stock() -> Result<(), BenchmarkError> {
		let parties = consortium::<T>(12)?;
		register::<T>(&parties, 0)?;
		let batch_id = commissioned::<T>(&parties, 1, H256::repeat_byte(0x5e))?;
		let held = StockRef::Holding { batch: batch_id, holder: parties.manufacturer };
		Pallet::<T>::do_record_temperature(parties.device.clone(), held, MIN_CENTI_C, now::<T>())?;
		Pallet::<T>::do_recall(
			parties.auditor.clone(),
			batch_id,
			RecallClass::ClassI,
			H256::repeat_byte(0x7e),
		)?;
		let caller = parties.logistics.clone();
		frame_benchmarking::whitelist_account!(caller);

		#[extrinsic_call]
		_(RawOrigin::Signed(caller), batch_id, 1, Disposition::Destroyed);

		assert_eq!(Holdings::<T>::get(batch_id, parties.manufacturer), None);
		assert!(!ColdChain::<T>::contains_key(held));
		assert_eq!(Batches::<T>::get(batch_id).map(|stored| stored.disposed), Some(1));
		assert_last_event::<T>(Event::StockDisposed {
			batch: batch_id,
			holder: parties.manufacturer,
			quantity: 1,
			disposition: Disposition::Destroyed,
		});
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
