//! The supply chain's records, after GS1 EPCIS: a product (what a GTIN is and how it must be
//! stored), a batch (one lot of it, with a commitment to its serial numbers), holdings (who
//! holds how much of a batch), shipments (custody hand-overs, and their refusal), cold-chain
//! readings and exposure, dispensed and disposed packs, recalls and suspect-product reports,
//! and the answers the runtime API gives.
//!
//! Nothing here can describe a patient: a dispensed pack is known by its serial's hash, the
//! pharmacy and the pharmacist's account, never by whom it was dispensed to. Documents (the
//! DSCSA transaction information and statement, a recall notice, a suspect-product report)
//! are known by their hashes.

use crate::Config;
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::BoundedVec;
use healthchain_primitives::{MemberRole, Moment, OrgId, OrganizationKind};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// A batch's lot number (GS1 Application Identifier 10: up to 20 characters), as bytes.
pub type Lot<T> = BoundedVec<u8, <T as Config>::MaxLotLength>;

/// A pack's serial number (GS1 Application Identifier 21: up to 20 characters), as bytes.
pub type Serial<T> = BoundedVec<u8, <T as Config>::MaxSerialLength>;

/// A Merkle inclusion proof of a serial in its batch: sibling hashes from the leaf up, as
/// `healthchain_primitives::merkle::proof` builds them.
pub type SerialProof<T> = BoundedVec<H256, <T as Config>::MaxProofDepth>;

/// Identifies a batch. Assigned by this pallet, in commissioning order.
pub type BatchId = u64;

/// Identifies a shipment. Assigned by this pallet, in shipping order.
pub type ShipmentId = u64;

/// The organisations that trade in medicines: they hold stock, ship it, receive it and
/// report suspect product.
pub const TRADING_PARTNERS: &[OrganizationKind] = &[
	OrganizationKind::Manufacturer,
	OrganizationKind::Distributor,
	OrganizationKind::Pharmacy,
	OrganizationKind::Hospital,
];

/// The organisations that register products and commission batches.
pub const MANUFACTURERS: &[OrganizationKind] = &[OrganizationKind::Manufacturer];

/// The organisations that dispense packs to patients.
pub const DISPENSERS: &[OrganizationKind] =
	&[OrganizationKind::Pharmacy, OrganizationKind::Hospital];

/// The organisations that oversee the supply chain: recall, clear or confirm suspect
/// product, release quarantined stock.
pub const REGULATORS: &[OrganizationKind] = &[OrganizationKind::Regulator];

/// The roles in which a manufacturer's member registers products and commissions batches.
pub const PRODUCT_ROLES: &[MemberRole] = &[MemberRole::Admin, MemberRole::Logistics];

/// The roles in which a trading partner's member ships and receives stock.
pub const STOCK_ROLES: &[MemberRole] = &[MemberRole::Admin, MemberRole::Logistics];

/// The roles in which a pharmacy's or hospital's member ships and receives stock: a
/// pharmacist too, who handles returns and deliveries in a small pharmacy.
pub const DISPENSER_STOCK_ROLES: &[MemberRole] =
	&[MemberRole::Admin, MemberRole::Logistics, MemberRole::Pharmacist];

/// The roles in which a custodian's member records temperature readings: its logistics
/// staff, and its machine accounts (a cold-chain sensor gateway).
pub const MONITORING_ROLES: &[MemberRole] = &[MemberRole::Logistics, MemberRole::Device];

/// The roles in which the batch's manufacturer recalls a batch or closes its recall.
pub const MANUFACTURER_RECALL_ROLES: &[MemberRole] = &[MemberRole::Admin, MemberRole::Logistics];

/// The roles in which a regulator recalls a batch or closes its recall.
pub const REGULATOR_RECALL_ROLES: &[MemberRole] = &[MemberRole::Auditor, MemberRole::Admin];

/// The roles in which a regulator reports a batch as suspect (a trading partner's member
/// reports in any role, for a batch its organisation holds or held).
pub const REGULATOR_REPORT_ROLES: &[MemberRole] = &[MemberRole::Auditor, MemberRole::Admin];

/// The roles in which the batch's manufacturer releases quarantined stock.
pub const MANUFACTURER_RELEASE_ROLES: &[MemberRole] = &[MemberRole::Admin];

/// The roles in which a regulator releases quarantined stock.
pub const REGULATOR_RELEASE_ROLES: &[MemberRole] = &[MemberRole::Auditor];

/// The roles in which a member of a trading partner of `kind` ships and receives stock.
pub fn stock_roles(kind: OrganizationKind) -> &'static [MemberRole] {
	if DISPENSERS.contains(&kind) {
		DISPENSER_STOCK_ROLES
	} else {
		STOCK_ROLES
	}
}

/// The hash a serial is known by on chain, and the item the batch's Merkle tree commits to:
/// `BlakeTwo256` (BLAKE2b-256) of the serial's bytes.
pub fn serial_hash(serial: &[u8]) -> H256 {
	<BlakeTwo256 as Hash>::hash(serial)
}

/// A Global Trade Item Number in its 14-digit form (GTIN-14). GTIN-8, GTIN-12 and GTIN-13
/// are the same number zero-padded on the left, so they are stored as they are: the value,
/// below 10^14, whose last digit is the GS1 mod-10 check digit.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct Gtin(pub u64);

impl Gtin {
	/// The first value with more than 14 digits.
	pub const LIMIT: u64 = 100_000_000_000_000;

	/// Whether this is a GTIN: not zero, at most 14 digits, and its last digit the GS1 check
	/// digit of the others (weights 3, 1, 3, ... from the right, sum rounded up to the next
	/// multiple of 10).
	pub fn is_valid(&self) -> bool {
		let Self(value) = *self;
		if value == 0 || value >= Self::LIMIT {
			return false;
		}
		let (data, check) = split_last_digit(value);
		Self::check_digit(data) == check
	}

	/// The GS1 check digit of the digits `data` (the GTIN without its last digit).
	pub fn check_digit(data: u64) -> u64 {
		let mut rest = data;
		let mut sum: u64 = 0;
		let mut weight: u64 = 3;
		while rest > 0 {
			let (next, digit) = split_last_digit(rest);
			sum = sum.saturating_add(digit.saturating_mul(weight));
			weight = if weight == 3 { 1 } else { 3 };
			rest = next;
		}
		let (_, units) = split_last_digit(sum);
		if units == 0 {
			0
		} else {
			10u64.saturating_sub(units)
		}
	}
}

/// `value` without its last decimal digit, and that digit.
fn split_last_digit(value: u64) -> (u64, u64) {
	(value.checked_div(10).unwrap_or(0), value.checked_rem(10).unwrap_or(0))
}

/// A medicine product: one GTIN of one manufacturer, and how it must be stored.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Product {
	/// The manufacturer (marketing-authorisation holder) that registered it.
	pub manufacturer: OrgId,
	/// The hash of the product's master data off chain (name, strength, dosage form, pack
	/// size, as GS1 GDSN or the manufacturer publishes them).
	pub metadata_hash: H256,
	/// The lowest storage temperature, in hundredths of a degree Celsius (200 = 2.00 °C).
	pub min_temp_centi_c: i32,
	/// The highest storage temperature, in hundredths of a degree Celsius (800 = 8.00 °C).
	pub max_temp_centi_c: i32,
	/// How long stock may stay outside the range before it is quarantined, in
	/// milliseconds (0: at the first reading outside it).
	pub max_excursion_ms: Moment,
	/// When it was registered: milliseconds since the Unix epoch.
	pub registered_at: Moment,
}

impl Product {
	/// Whether `centi_c` lies within the storage range, both ends included.
	pub fn accepts(&self, centi_c: i32) -> bool {
		(self.min_temp_centi_c..=self.max_temp_centi_c).contains(&centi_c)
	}
}

/// Where a batch stands.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum BatchStatus {
	/// In circulation: its stock may move and be dispensed (until it expires; then it only
	/// goes back to its manufacturer or is destroyed).
	Active,
	/// Reported as suspect: nothing moves, is dispensed or destroyed until a regulator clears
	/// it (back to `Active`) or confirms it illegitimate (`Destroyed`).
	Quarantined,
	/// Recalled by its manufacturer or a regulator, for good: nothing is dispensed, and its
	/// stock only goes back to its manufacturer or is destroyed.
	Recalled,
	/// Confirmed illegitimate by a regulator: its stock is to be destroyed (or returned to
	/// its manufacturer), and nothing else.
	Destroyed,
}

/// One lot of a product: how many packs were made, until when they may be used, and a
/// commitment to their serial numbers.
///
/// Generic over the lot type (not over the pallet's `Config`), so the runtime API can return
/// it as stored; the pallet stores [`BatchOf`], whose lot is a
/// `BoundedVec<u8, MaxLotLength>`.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Batch<Lot> {
	/// The product.
	pub gtin: Gtin,
	/// The lot number (GS1 AI 10).
	pub lot: Lot,
	/// The end of the shelf life: milliseconds since the Unix epoch. From then on the batch
	/// is expired and none of it moves or is dispensed.
	pub expiry: Moment,
	/// How many packs were commissioned.
	pub quantity: u32,
	/// The root of the Merkle tree over the hashes ([`serial_hash`]) of the packs' serial
	/// numbers, built as `healthchain_primitives::merkle` builds it.
	pub serials_root: H256,
	/// The manufacturer that commissioned it.
	pub manufacturer: OrgId,
	/// Where it stands.
	pub status: BatchStatus,
	/// When it was commissioned: milliseconds since the Unix epoch.
	pub commissioned_at: Moment,
	/// How many of its packs have been dispensed.
	pub dispensed: u32,
	/// How many of its packs left the supply chain otherwise: destroyed or written off
	/// ([`Disposition`]).
	pub disposed: u32,
}

/// The batch as this pallet stores it.
pub type BatchOf<T> = Batch<Lot<T>>;

/// How long stock has spent outside its product's temperature range, in milliseconds, and
/// how much of that a review accepted.
///
/// The total only grows: a reading within the range does not reset it, and stock that
/// changes hands carries it along (see the README's *Cold chain*). Stock is quarantined
/// when its [`unaccepted_ms`](Self::unaccepted_ms) reaches the product's
/// `max_excursion_ms`; a release accepts the total so far, so only further exposure can
/// quarantine it again.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Exposure {
	/// Milliseconds outside the range, in all: the spans from each reading outside the
	/// range to the stock's next reading.
	pub total_ms: Moment,
	/// How much of `total_ms` a release after review accepted (at most `total_ms`).
	pub accepted_ms: Moment,
}

impl Exposure {
	/// The exposure no review has accepted: what counts towards quarantine.
	pub fn unaccepted_ms(&self) -> Moment {
		self.total_ms.saturating_sub(self.accepted_ms)
	}

	/// This exposure with `span_ms` more outside the range.
	pub fn extended_by(self, span_ms: Moment) -> Self {
		Self { total_ms: self.total_ms.saturating_add(span_ms), ..self }
	}

	/// This exposure with all of it accepted, as a release leaves it.
	pub fn accepted(self) -> Self {
		Self { accepted_ms: self.total_ms, ..self }
	}

	/// The exposure of stock mixed from this one and `other` (packs of one batch cannot be
	/// told apart once together): the larger total, and the larger unaccepted part, so that
	/// the mixture is quarantined no later than either part would have been.
	pub fn mixed_with(self, other: Self) -> Self {
		let total_ms = self.total_ms.max(other.total_ms);
		let unaccepted_ms = self.unaccepted_ms().max(other.unaccepted_ms());
		Self { total_ms, accepted_ms: total_ms.saturating_sub(unaccepted_ms) }
	}
}

/// What a trading partner holds of one batch.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	Default,
)]
pub struct Holding {
	/// Packs in the partner's custody: received (or commissioned, or returned by a refusal)
	/// and not shipped on, dispensed or disposed of.
	pub quantity: u32,
	/// Packs shipped to the partner and not received (or refused) yet.
	pub incoming: u32,
	/// Packs the partner shipped that are still in transit: they come back here if the
	/// receiver refuses them, so the holding stays while there are any.
	pub outgoing: u32,
	/// Whether the packs in custody are quarantined after a temperature excursion (or
	/// because a quarantined shipment was received or returned into them): they may not
	/// move or be dispensed until released.
	pub quarantined: bool,
	/// The cold-chain exposure of the packs in custody. Goes with them: reset when nothing
	/// is left in custody.
	pub exposure: Exposure,
}

impl Holding {
	/// Whether the partner neither holds, awaits nor has in transit any of the batch (the
	/// holding is then removed and its holder slot freed).
	pub fn is_empty(&self) -> bool {
		self.quantity == 0 && self.incoming == 0 && self.outgoing == 0
	}
}

/// Where a shipment stands.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ShipmentStatus {
	/// Shipped, not yet received: the sender is the custodian.
	InTransit,
	/// The receiver confirmed receipt.
	Received,
	/// The receiver refused the shipment: its packs went back into the sender's custody.
	Refused {
		/// Why.
		reason: RefusalReason,
		/// When: milliseconds since the Unix epoch.
		at: Moment,
	},
}

/// Why a receiver refused a shipment: a code, never free text.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum RefusalReason {
	/// The receiver did not order it.
	NotOrdered,
	/// Another product, lot or quantity than ordered or documented.
	WrongProductOrQuantity,
	/// The packs or their packaging arrived damaged.
	Damaged,
	/// The goods arrived outside their storage conditions.
	ColdChainBreach,
	/// The transaction information or statement is missing or does not match.
	MissingDocuments,
	/// The goods look falsified or tampered with (report them as suspect too).
	SuspectedFalsified,
	/// Another reason, by a code the trading partners agree off chain.
	Other(u16),
}

/// How packs left a holding other than by shipping or dispensing.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum Disposition {
	/// Destroyed (incinerated, denatured): stock of a recalled, confirmed-illegitimate or
	/// expired batch, or stock quarantined after a temperature excursion.
	Destroyed,
	/// Written off for a reason: allowed whatever the batch's status.
	WrittenOff(WriteOffReason),
}

/// Why packs were written off: a code, never free text.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum WriteOffReason {
	/// Broken or spoiled beyond use.
	Damaged,
	/// Cannot be found.
	Lost,
	/// Stolen (the theft is reported to the authorities off chain).
	Stolen,
	/// Another reason, by a code the consortium agrees off chain.
	Other(u16),
}

/// One custody hand-over (an EPCIS shipping event, and the receiving event that closes it).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct Shipment {
	/// The batch shipped.
	pub batch: BatchId,
	/// The sending trading partner.
	pub from: OrgId,
	/// The receiving trading partner.
	pub to: OrgId,
	/// How many packs.
	pub quantity: u32,
	/// The hash of the DSCSA transaction information and transaction statement (or the
	/// EPCIS document) that goes with the goods, kept off chain by both partners.
	pub document_hash: H256,
	/// Where it stands.
	pub status: ShipmentStatus,
	/// Whether it was quarantined in transit after a temperature excursion.
	pub quarantined: bool,
	/// When it was shipped: milliseconds since the Unix epoch.
	pub shipped_at: Moment,
	/// When it was received, once it was.
	pub received_at: Option<Moment>,
	/// Its cold-chain exposure: the sender's holding's when it was shipped, plus what it
	/// gathered in transit.
	pub exposure: Exposure,
}

/// Stock that temperature readings and quarantine releases refer to: a partner's holding of
/// a batch, or a shipment in transit.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub enum StockRef {
	/// What `holder` holds of `batch`.
	Holding {
		/// The batch.
		batch: BatchId,
		/// The trading partner holding it.
		holder: OrgId,
	},
	/// A shipment in transit.
	Shipment(ShipmentId),
}

/// The latest temperature reading of one stock. Its exposure (the time spent outside the
/// range, in all) is kept with the stock: [`Holding::exposure`], [`Shipment::exposure`].
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ColdChainRecord {
	/// When the latest reading was measured: milliseconds since the Unix epoch. A reading
	/// measured before it is refused.
	pub last_measured_at: Moment,
	/// The latest reading, in hundredths of a degree Celsius. If it is outside the range,
	/// the time until the next reading counts as outside the range too.
	pub last_centi_c: i32,
}

/// One dispensed pack.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct DispenseRecord<AccountId> {
	/// The pharmacy or hospital that dispensed it.
	pub pharmacy: OrgId,
	/// The pharmacist who dispensed it.
	pub pharmacist: AccountId,
	/// When: milliseconds since the Unix epoch.
	pub at: Moment,
}

/// The dispense record as this pallet stores it.
pub type DispenseRecordOf<T> = DispenseRecord<<T as frame_system::Config>::AccountId>;

/// How dangerous a recalled product is (after the FDA's recall classes).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum RecallClass {
	/// Use may cause serious adverse health consequences or death.
	ClassI,
	/// Use may cause temporary or medically reversible adverse health consequences.
	ClassII,
	/// Use is not likely to cause adverse health consequences.
	ClassIII,
}

/// An open recall of a batch.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct Recall {
	/// Its class.
	pub class: RecallClass,
	/// The hash of the recall notice (reason, instructions), kept off chain.
	pub reason_hash: H256,
	/// The manufacturer or regulator that recalled the batch.
	pub by_org: OrgId,
	/// Which kind of body opened the recall, as it was then: a recall a regulator opened is
	/// closed only by a regulator (or governance), even if `by_org` is re-kinded later.
	pub opened_by: RecallOpener,
	/// When: milliseconds since the Unix epoch.
	pub at: Moment,
}

/// Which kind of body opened a recall.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum RecallOpener {
	/// The batch's manufacturer: its recall may be closed by it or by a regulator.
	Manufacturer,
	/// A regulator: its recall is closed only by a regulator or governance.
	Regulator,
}

/// Who closed a recall.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum RecallCloser {
	/// The consortium's governance (council or root).
	Governance,
	/// A member of this manufacturer or regulator.
	Organization(OrgId),
}

/// An open suspect-product report of a batch.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct SuspectReport {
	/// The trading partner (or regulator) that reported it.
	pub reporter_org: OrgId,
	/// The hash of the report (what was found, where), kept off chain.
	pub reason_hash: H256,
	/// When: milliseconds since the Unix epoch.
	pub at: Moment,
}

/// A suspect-product report a regulator resolved, remembered per batch and reporting
/// organisation: the same organisation reports the batch again only with other evidence and
/// after `SuspectReportCooldown`.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	Debug,
)]
pub struct ResolvedReport {
	/// The hash of the report that was resolved.
	pub reason_hash: H256,
	/// Whether the batch was found legitimate (cleared) or not (confirmed, destroyed).
	pub legitimate: bool,
	/// When it was resolved: milliseconds since the Unix epoch.
	pub resolved_at: Moment,
}

/// What the chain says about one pack at the point of dispensing (the DSCSA verification of
/// a product identifier), checked in this order.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum PackVerification {
	/// No batch of this GTIN has this lot number: the pack was never commissioned.
	Unknown,
	/// The batch exists, but the serial is not one of its serials (the proof does not lead
	/// to the batch's root, or the serial or proof is longer than the pallet allows).
	NotInBatch,
	/// The serial was already dispensed: this pack is a suspected clone.
	AlreadyDispensed {
		/// When the genuine pack was dispensed.
		dispensed_at: Moment,
	},
	/// The batch is recalled.
	Recalled,
	/// The batch was confirmed illegitimate by a regulator.
	Destroyed,
	/// The batch is quarantined as suspect.
	Quarantined,
	/// The batch has expired.
	Expired {
		/// Its expiry.
		expiry: Moment,
	},
	/// The pack is genuine and may be dispensed.
	Genuine {
		/// Its batch.
		batch: BatchId,
		/// Its expiry.
		expiry: Moment,
	},
}

/// What a `dispense` call did. Both outcomes are successful calls, so that the suspicion is
/// recorded: a failed call would roll it back.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum DispenseOutcome {
	/// The pack was dispensed.
	Dispensed,
	/// The serial had already been dispensed: nothing was dispensed, the attempt was
	/// recorded as a suspected clone.
	SuspectedClone {
		/// How many times the serial has been presented again.
		attempts: u32,
	},
}
