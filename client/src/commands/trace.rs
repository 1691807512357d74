//! Medicine traceability: `pack verify`, `batch show`, `recall list`.

use std::path::PathBuf;

use clap::Subcommand;
use healthchain_client::{
	hashing::{parse_hash, to_hex},
	runtime::runtime_types::pallet_drug_trace::types::PackVerification,
	trace::{parse_gtin, serial_proof, verification_name, Batch, BatchRef},
	Error, Healthchain,
};
use serde_json::json;

use super::{count, hash_hex, organisation_in_words, Outcome};

#[derive(Subcommand)]
pub enum PackCommand {
	/// Is this pack genuine, and may it be dispensed? GTIN, lot and serial as printed in the
	/// pack's 2D code (GS1 AIs 01, 10 and 21).
	#[command(
		after_help = "Example:\n  healthchain pack verify 09501101530003 LOT-2026-A SN0004 --serials lot-2026-a.serials\n  healthchain pack verify 09501101530003 LOT-2026-A SN0004 --proof 0x1f… --proof 0x9c… --json"
	)]
	Verify {
		/// The GTIN (8, 12, 13 or 14 digits).
		gtin: String,
		/// The lot (batch) number.
		lot: String,
		/// The pack's serial number.
		serial: String,
		/// The serial's inclusion proof in its batch, a hash per flag, leaf to root (from the
		/// manufacturer's serialisation data).
		#[arg(long, conflicts_with = "serials")]
		proof: Vec<String>,
		/// A file with every serial number of the batch, one per line, in the order the
		/// manufacturer committed them: the proof is computed from it.
		#[arg(long)]
		serials: Option<PathBuf>,
	},
}

#[derive(Subcommand)]
pub enum BatchCommand {
	/// Shows a batch: its product, expiry, status, packs dispensed and who holds its stock.
	#[command(
		after_help = "Example:\n  healthchain batch show 09501101530003 LOT-2026-A\n  healthchain batch show --id 0 --json"
	)]
	Show {
		/// The GTIN.
		#[arg(required_unless_present = "id", requires = "lot")]
		gtin: Option<String>,
		/// The lot number.
		lot: Option<String>,
		/// The batch's id on chain instead.
		#[arg(long, conflicts_with_all = ["gtin", "lot"])]
		id: Option<u64>,
	},
}

#[derive(Subcommand)]
pub enum RecallCommand {
	/// Lists the recalls in force.
	#[command(after_help = "Example:\n  healthchain recall list --json")]
	List,
}

pub async fn pack(url: &str, command: PackCommand) -> Result<Outcome, Error> {
	let PackCommand::Verify { gtin, lot, serial, proof, serials } = command;
	let gtin_value = parse_gtin(&gtin)?;
	let proof = match serials {
		Some(path) => {
			let text = std::fs::read_to_string(&path).map_err(|e| Error::file(&path, e))?;
			let list: Vec<String> =
				text.lines().map(str::trim).filter(|l| !l.is_empty()).map(String::from).collect();
			serial_proof(&list, &serial).ok_or_else(|| {
				Error::Input(format!("{serial:?} is not one of the serials in {}", path.display()))
			})?
		}
		None => proof
			.iter()
			.map(|hash| {
				parse_hash(hash).ok_or_else(|| {
					Error::Input(format!("--proof {hash:?} is not a hash: 0x and 64 hex digits"))
				})
			})
			.collect::<Result<_, _>>()?,
	};
	let chain = Healthchain::connect(url).await?;
	let answer = chain.verify_pack(gtin_value, &lot, &serial, &proof).await?;
	let status = verification_name(&answer);
	let mut json = json!({ "status": status, "gtin": gtin, "lot": lot, "serial": serial });
	let text = match answer {
		PackVerification::Genuine { batch, expiry } => {
			json["batch"] = json!(batch);
			json["expiry"] = json!(expiry);
			format!("Genuine: pack of batch {batch}, may be dispensed (expires at {expiry} ms since the Unix epoch)")
		}
		PackVerification::AlreadyDispensed { dispensed_at } => {
			json["dispensedAt"] = json!(dispensed_at);
			format!("AlreadyDispensed: this serial was dispensed at {dispensed_at} ms; this pack is a suspected clone: do not dispense, report it")
		}
		PackVerification::Expired { expiry } => {
			json["expiry"] = json!(expiry);
			format!(
				"Expired: the batch expired at {expiry} ms since the Unix epoch: do not dispense"
			)
		}
		PackVerification::Unknown => {
			"Unknown: no batch of this GTIN has this lot: the pack was never commissioned".into()
		}
		PackVerification::NotInBatch => {
			"NotInBatch: the serial is not one of its batch's serials (or the proof is wrong)"
				.into()
		}
		PackVerification::Recalled => "Recalled: the batch is recalled: do not dispense".into(),
		PackVerification::Destroyed => {
			"Destroyed: the batch was confirmed illegitimate: do not dispense".into()
		}
		PackVerification::Quarantined => {
			"Quarantined: the batch is held as suspect: do not dispense".into()
		}
	};
	Ok(Outcome { text, json, yes: status == "Genuine" })
}

fn lot_text(batch: &Batch) -> String {
	String::from_utf8_lossy(&batch.lot.0).into_owned()
}

pub async fn batch(url: &str, command: BatchCommand) -> Result<Outcome, Error> {
	let BatchCommand::Show { gtin, lot, id } = command;
	let gtin = gtin.as_deref().map(parse_gtin).transpose()?;
	let which = match (id, gtin, lot.as_deref()) {
		(Some(id), _, _) => BatchRef::Id(id),
		(None, Some(gtin), Some(lot)) => BatchRef::Lot { gtin, lot },
		_ => return Err(Error::Input("name the batch: GTIN and LOT, or --id N".into())),
	};
	let chain = Healthchain::connect(url).await?;
	let Some(info) = chain.batch(which).await? else {
		return Ok(Outcome::no("no such batch".into(), json!({ "found": false })));
	};
	let batch = &info.batch;
	let manufacturer = organisation_in_words(&chain, batch.manufacturer).await?;
	let mut text = format!(
		"batch {} of GTIN {:014}, lot {}\n  status:       {:?}\n  manufacturer: {manufacturer}\n  expiry:       {} ms since the Unix epoch\n  packs:        {} commissioned, {} dispensed, {} disposed, {} in transit\n  serials root: {}",
		info.id,
		batch.gtin.0,
		lot_text(batch),
		batch.status,
		batch.expiry,
		batch.quantity,
		batch.dispensed,
		batch.disposed,
		info.in_transit,
		hash_hex(&batch.serials_root),
	);
	if let Some(product) = &info.product {
		text.push_str(&format!(
			"\n  storage:      {:.2} to {:.2} °C",
			f64::from(product.min_temp_centi_c) / 100.0,
			f64::from(product.max_temp_centi_c) / 100.0
		));
	}
	for (org, holding) in &info.holders {
		text.push_str(&format!(
			"\n  held by organisation {org}: {} packs{}",
			holding.quantity,
			if holding.quarantined { " (quarantined)" } else { "" }
		));
	}
	Ok(Outcome::done(
		text,
		json!({
			"found": true, "batch": info.id, "gtin": format!("{:014}", batch.gtin.0), "lot": lot_text(batch),
			"status": format!("{:?}", batch.status), "manufacturer": batch.manufacturer, "expiry": batch.expiry,
			"quantity": batch.quantity, "dispensed": batch.dispensed, "disposed": batch.disposed,
			"inTransit": info.in_transit, "serialsRoot": hash_hex(&batch.serials_root),
			"commissionedAt": batch.commissioned_at,
			"storage": info.product.as_ref().map(|p| json!({ "minCentiC": p.min_temp_centi_c, "maxCentiC": p.max_temp_centi_c })),
			"holders": info.holders.iter().map(|(org, h)| json!({
				"organization": org, "quantity": h.quantity, "incoming": h.incoming, "outgoing": h.outgoing,
				"quarantined": h.quarantined,
			})).collect::<Vec<_>>(),
		}),
	))
}

pub async fn recall(url: &str, command: RecallCommand) -> Result<Outcome, Error> {
	let RecallCommand::List = command;
	let chain = Healthchain::connect(url).await?;
	let recalls = chain.open_recalls().await?;
	let mut text = format!("{} in force", count(recalls.len(), "recall"));
	let mut listed = Vec::new();
	for (id, recall, batch) in &recalls {
		let (gtin, lot) =
			batch.as_ref().map(|b| (format!("{:014}", b.gtin.0), lot_text(b))).unwrap_or_default();
		text.push_str(&format!(
			"\n  batch {id}  GTIN {gtin} lot {lot}  {:?}  by organisation {} ({:?})  at {} ms  notice {}",
			recall.class,
			recall.by_org,
			recall.opened_by,
			recall.at,
			to_hex(&recall.reason_hash.0),
		));
		listed.push(json!({
			"batch": id, "gtin": gtin, "lot": lot, "class": format!("{:?}", recall.class),
			"organization": recall.by_org, "openedBy": format!("{:?}", recall.opened_by),
			"at": recall.at, "reasonHash": to_hex(&recall.reason_hash.0),
		}));
	}
	Ok(Outcome::done(text, json!({ "recalls": listed })))
}
