//! `healthchain`, the command-line tool for Healthchain's users: verify a document, anchor one
//! or a directory of them, grant and check consent, see who read a record, break the glass,
//! verify a medicine pack, read the trial registry and the consortium's. `healthchain --help`
//! lists the commands; every command's `--help` has an example.
//!
//! Exit codes (scripts can rely on them):
//! - 0: done; for a question (`verify`, `consent check`, `pack verify`, a lookup), the answer
//!   is yes (Active or Included; allowed; Genuine; found);
//! - 1: the answer is no (not Active, Unknown, refused, not Genuine, not found);
//! - 2: bad input (an argument, a file, a key);
//! - 3: no Healthchain node answers at `--url`;
//! - 4: the chain refused the call (the pallet's error, in words);
//! - 5: anything else.

mod commands;

use std::{path::PathBuf, process::ExitCode};

use clap::{Parser, Subcommand};
use commands::{
	consent::{BreakGlassCommand, ConsentCommand, DelegateCommand},
	registry::OrgCommand,
	trace::{BatchCommand, PackCommand, RecallCommand},
	trials::TrialCommand,
	KeyArgs, Outcome,
};
use healthchain_client::{Error, DEFAULT_URL};
use serde_json::json;

#[derive(Parser)]
#[command(
	name = "healthchain",
	version,
	about = "Healthchain's command-line tool: verify documents, anchor records, manage consent, trace medicines, read the trial registry"
)]
struct Cli {
	/// The node to talk to.
	#[arg(long, global = true, default_value = DEFAULT_URL, env = "HEALTHCHAIN_URL", hide_env_values = true)]
	url: String,
	/// Print one JSON object instead of a readable answer.
	#[arg(long, global = true)]
	json: bool,
	#[command(subcommand)]
	command: Command,
}

// Parsed once per run: the size of `Gateway` beside the others costs nothing worth a box.
#[allow(clippy::large_enum_variant)]
#[derive(Subcommand)]
enum Command {
	/// Is this document anchored, and is its record current? Hashes the file (SHA-256 and
	/// BLAKE2-256) and asks the chain; with --proof, whether it is part of a bulk anchor.
	#[command(
		after_help = "Example:\n  healthchain verify discharge-summary.pdf\n  healthchain verify --json lab-report.pdf\n  healthchain verify scans/0001.dcm --proof scans.manifest.json"
	)]
	Verify {
		/// The document.
		file: PathBuf,
		/// A bulk anchor's manifest (written by `bulk-anchor`): the document's inclusion proof
		/// in it is checked against the root on chain.
		#[arg(long = "proof")]
		manifest: Option<PathBuf>,
	},
	/// Anchors a document's SHA-256 for a patient, with the locator of the encrypted copy.
	#[command(
		after_help = "Example:\n  healthchain anchor report.pdf --patient 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty \\\n    --category LaboratoryReport --locator ehr://hospital-0/records/8841 --suri-file ~/.healthchain/practitioner"
	)]
	Anchor {
		/// The document.
		file: PathBuf,
		/// Whose record it is.
		#[arg(long)]
		patient: String,
		/// The record category: ClinicalNote, DischargeSummary, LaboratoryReport, ImagingReport,
		/// Prescription, Immunization, AllergyIntolerance, ProcedureNote, Referral, CarePlan,
		/// PatientGenerated or Other:<number>.
		#[arg(long)]
		category: String,
		/// Where the encrypted document is kept (an opaque URI; never personal data).
		#[arg(long)]
		locator: String,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Anchors every file under a directory in one transaction: the Merkle root over their
	/// SHA-256s. Writes the manifest (each file's inclusion proof) beside the directory.
	#[command(
		name = "bulk-anchor",
		after_help = "Example:\n  healthchain bulk-anchor scans/ --category ImagingReport --locator ehr://hospital-0/imports/2026-12 \\\n    --suri-file ~/.healthchain/device\n  healthchain verify scans/0001.dcm --proof scans.manifest.json"
	)]
	BulkAnchor {
		/// The directory (every regular file under it, recursively).
		dir: PathBuf,
		/// The record category of the import.
		#[arg(long)]
		category: String,
		/// Where the import's (encrypted) manifest is kept.
		#[arg(long)]
		locator: String,
		/// Where to write the manifest (default: DIR.manifest.json beside the directory).
		#[arg(long)]
		manifest: Option<PathBuf>,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Asks to read a record: the chain checks consent and logs the read in the patient's
	/// access log before anything is released, or refuses.
	#[command(
		name = "request-access",
		after_help = "Example:\n  healthchain request-access 12 --purpose Treatment --suri-file ~/.healthchain/practitioner"
	)]
	RequestAccess {
		/// The record's id.
		record: u64,
		/// The purpose of use.
		#[arg(long, default_value = "Treatment")]
		purpose: String,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Grant, revoke, list or check consent.
	#[command(subcommand)]
	Consent(ConsentCommand),
	/// A patient's delegates: guardians and custodians who act for them.
	#[command(subcommand)]
	Delegate(DelegateCommand),
	/// Who read a patient's records, when, and on what basis: newest first, a page at a time.
	#[command(
		name = "access-log",
		after_help = "Example:\n  healthchain access-log --patient 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy\n  healthchain access-log --patient 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy --before 40 --limit 20 --json"
	)]
	AccessLog {
		/// The patient.
		#[arg(long)]
		patient: String,
		/// Only entries older than this index (the `nextBefore` of the previous page).
		#[arg(long)]
		before: Option<u64>,
		/// At most this many entries (the chain caps a page at its MaxPageSize).
		#[arg(long, default_value_t = 20)]
		limit: u32,
	},
	/// Emergency access without consent, and its review.
	#[command(subcommand, name = "break-glass")]
	BreakGlass(BreakGlassCommand),
	/// Verify a medicine pack at the counter.
	#[command(subcommand)]
	Pack(PackCommand),
	/// A medicine batch and where its stock is.
	#[command(subcommand)]
	Batch(BatchCommand),
	/// Medicine recalls in force.
	#[command(subcommand)]
	Recall(RecallCommand),
	/// The clinical-trial registry, for researchers.
	#[command(subcommand)]
	Trial(TrialCommand),
	/// The consortium registry.
	#[command(subcommand)]
	Org(OrgCommand),
	/// The record gateway an organisation runs: stores documents encrypted, anchors them, and
	/// releases them only against a read the chain logged (docs/GATEWAY.md).
	#[command(subcommand)]
	Gateway(commands::gateway::GatewayCommand),
}

#[tokio::main]
async fn main() -> ExitCode {
	let cli = Cli::parse();
	let as_json = cli.json;
	match run(cli).await {
		Ok(outcome) => {
			if as_json {
				println!("{}", outcome.json);
			} else {
				println!("{}", outcome.text);
			}
			if outcome.yes {
				ExitCode::SUCCESS
			} else {
				ExitCode::from(1)
			}
		}
		Err(error) => {
			if as_json {
				println!("{}", json!({ "error": error.to_string() }));
			}
			eprintln!("healthchain: {error}");
			ExitCode::from(match error {
				Error::Input(_) | Error::Key(_) | Error::File { .. } => 2,
				Error::Unreachable { .. } => 3,
				Error::Refused { .. } | Error::Rejected(_) => 4,
				Error::Other(_) => 5,
			})
		}
	}
}

async fn run(cli: Cli) -> Result<Outcome, Error> {
	let url = cli.url.as_str();
	match cli.command {
		Command::Verify { file, manifest } => {
			commands::records::verify(url, &file, manifest.as_deref()).await
		}
		Command::Anchor { file, patient, category, locator, key } => {
			commands::records::anchor(url, &file, &patient, &category, &locator, &key).await
		}
		Command::BulkAnchor { dir, category, locator, manifest, key } => {
			commands::records::bulk_anchor(url, &dir, &category, &locator, manifest, &key).await
		}
		Command::RequestAccess { record, purpose, key } => {
			commands::records::request_access(url, record, &purpose, &key).await
		}
		Command::Consent(command) => commands::consent::consent(url, command).await,
		Command::Delegate(command) => commands::consent::delegate(url, command).await,
		Command::AccessLog { patient, before, limit } => {
			commands::consent::access_log(url, &patient, before, limit).await
		}
		Command::BreakGlass(command) => commands::consent::break_glass(url, command).await,
		Command::Pack(command) => commands::trace::pack(url, command).await,
		Command::Batch(command) => commands::trace::batch(url, command).await,
		Command::Recall(command) => commands::trace::recall(url, command).await,
		Command::Trial(command) => commands::trials::trial(url, command).await,
		Command::Org(command) => commands::registry::org(url, command).await,
		Command::Gateway(command) => commands::gateway::gateway(url, command).await,
	}
}
