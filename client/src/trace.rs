//! Medicine traceability (`pallet-drug-trace`): verifying a pack at the counter, a batch and
//! where its stock is, and the recalls in force.

use subxt::utils::H256;

use crate::{
	hashing::{self, Hash},
	runtime::{
		self,
		runtime_types::pallet_drug_trace::types::{
			Gtin, Holding, PackVerification, Product, Recall,
		},
	},
	Error, Healthchain,
};

/// A batch as the chain holds it.
pub type Batch = runtime::runtime_types::pallet_drug_trace::types::Batch<
	runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec<u8>,
>;

/// A batch, its id, its product, who holds its stock and how many packs are in transit.
#[derive(Debug)]
pub struct BatchInfo {
	/// The batch's id.
	pub id: u64,
	/// The batch.
	pub batch: Batch,
	/// Its product, as the manufacturer registered it.
	pub product: Option<Product>,
	/// Each organisation holding (or sending) its stock, and what it holds.
	pub holders: Vec<(u32, Holding)>,
	/// Packs shipped and not yet received or refused.
	pub in_transit: u32,
}

/// The GS1 check digit of `data` (a GTIN without its last digit): weights 3, 1, 3, … from
/// the right, and the sum rounded up to a multiple of 10.
pub fn gtin_check_digit(data: u64) -> u64 {
	let mut sum = 0u64;
	let mut rest = data;
	let mut weight = 3;
	while rest > 0 {
		sum += (rest % 10) * weight;
		weight = 4 - weight;
		rest /= 10;
	}
	(10 - sum % 10) % 10
}

/// Parses a GTIN (8, 12, 13 or 14 digits, as printed on the pack), checking its check digit.
pub fn parse_gtin(text: &str) -> Result<u64, Error> {
	let digits = text.trim();
	let value = (matches!(digits.len(), 8 | 12 | 13 | 14)
		&& digits.bytes().all(|b| b.is_ascii_digit()))
	.then(|| digits.parse::<u64>().ok())
	.flatten()
	.filter(|&value| value != 0)
	.ok_or_else(|| Error::Input(format!("{text:?} is not a GTIN: 8, 12, 13 or 14 digits")))?;
	let check = gtin_check_digit(value / 10);
	if value % 10 != check {
		return Err(Error::Input(format!(
			"{text:?} is not a GTIN: its check digit should be {check}"
		)));
	}
	Ok(value)
}

/// A pack's item in its batch's tree: BLAKE2-256 of the serial number's bytes.
pub fn serial_hash(serial: &str) -> Hash {
	hashing::blake2_256(serial.as_bytes())
}

/// The inclusion proof of `serial` among a batch's `serials` (in the order the manufacturer
/// committed them); `None` when it is not one of them.
pub fn serial_proof(serials: &[String], serial: &str) -> Option<Vec<Hash>> {
	let items: Vec<Hash> = serials.iter().map(|s| serial_hash(s)).collect();
	let index = serials.iter().position(|s| s == serial)?;
	hashing::merkle_proof(&items, index)
}

/// A verification's answer as the runtime names it.
pub fn verification_name(verification: &PackVerification) -> &'static str {
	match verification {
		PackVerification::Unknown => "Unknown",
		PackVerification::NotInBatch => "NotInBatch",
		PackVerification::AlreadyDispensed { .. } => "AlreadyDispensed",
		PackVerification::Recalled => "Recalled",
		PackVerification::Destroyed => "Destroyed",
		PackVerification::Quarantined => "Quarantined",
		PackVerification::Expired { .. } => "Expired",
		PackVerification::Genuine { .. } => "Genuine",
	}
}

impl Healthchain {
	/// `DrugTraceApi::verify_pack`: whether the pack with this GTIN, lot and serial (and the
	/// serial's inclusion proof in its batch) is genuine and may be dispensed.
	pub async fn verify_pack(
		&self,
		gtin: u64,
		lot: &str,
		serial: &str,
		proof: &[Hash],
	) -> Result<PackVerification, Error> {
		let call = runtime::apis().drug_trace_api().verify_pack(
			Gtin(gtin),
			lot.as_bytes().to_vec(),
			serial.as_bytes().to_vec(),
			proof.iter().copied().map(H256).collect(),
		);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// The batch with this GTIN and lot, or with this id, with its product and holders.
	pub async fn batch(&self, which: BatchRef<'_>) -> Result<Option<BatchInfo>, Error> {
		let at = self.runtime().await?;
		let api = runtime::apis().drug_trace_api();
		let found = match which {
			BatchRef::Id(id) => at.call(api.batch(id)).await?.map(|batch| (id, batch)),
			BatchRef::Lot { gtin, lot } => {
				at.call(api.batch_by_lot(Gtin(gtin), lot.as_bytes().to_vec())).await?
			}
		};
		let Some((id, batch)) = found else { return Ok(None) };
		let product = at.call(api.product(Gtin(batch.gtin.0))).await?;
		let holders = at.call(api.holders(id)).await?;
		let in_transit = at.call(api.in_transit(id)).await?;
		Ok(Some(BatchInfo { id, batch, product, holders, in_transit }))
	}

	/// Every recall in force, in batch id order (the runtime answers in storage order), with the
	/// batch recalled.
	pub async fn open_recalls(&self) -> Result<Vec<(u64, Recall, Option<Batch>)>, Error> {
		let at = self.runtime().await?;
		let api = runtime::apis().drug_trace_api();
		let mut recalls = Vec::new();
		let mut start_after = None;
		loop {
			let page = at.call(api.open_recalls(start_after, crate::consent::PAGE)).await?;
			let Some((last, _)) = page.last() else {
				recalls.sort_by_key(|(id, _, _)| *id);
				return Ok(recalls);
			};
			start_after = Some(*last);
			for (id, recall) in page {
				recalls.push((id, recall, at.call(api.batch(id)).await?));
			}
		}
	}
}

/// How a batch is named: by its id, or by its GTIN and lot as printed on the pack.
#[derive(Debug, Clone, Copy)]
pub enum BatchRef<'a> {
	/// The batch's id on chain.
	Id(u64),
	/// The GTIN and lot number.
	Lot {
		/// The GTIN.
		gtin: u64,
		/// The lot number.
		lot: &'a str,
	},
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn gtins_are_checked_by_their_gs1_check_digit() {
		// GS1's own example GTIN-13, and the GTIN-14 and GTIN-8 forms of numbers.
		assert_eq!(parse_gtin("4006381333931").expect("valid"), 4006381333931);
		assert_eq!(parse_gtin("00012345600012").expect("valid"), 12345600012);
		assert_eq!(parse_gtin("96385074").expect("valid"), 96385074);
		for bad in ["4006381333932", "400638133393", "12345", "4006381333931x", "", "00000000"] {
			assert!(parse_gtin(bad).is_err(), "{bad:?}");
		}
	}

	#[test]
	fn a_serial_proof_leads_to_the_root_over_the_batch_serials() {
		let serials: Vec<String> = (0..7).map(|i| format!("SN{i:04}")).collect();
		let items: Vec<Hash> = serials.iter().map(|s| serial_hash(s)).collect();
		let root = hashing::merkle_root(&items).expect("seven");
		for serial in &serials {
			let proof = serial_proof(&serials, serial).expect("listed");
			assert!(hashing::verify_merkle_proof(&root, &serial_hash(serial), &proof));
		}
		assert_eq!(serial_proof(&serials, "SN9999"), None);
	}
}
