//! `healthchain`, the command-line tool for Healthchain's users: verify a document, anchor one,
//! grant and check consent, read the registry. `healthchain --help` lists the commands;
//! every command's `--help` has an example.
//!
//! Exit codes (scripts can rely on them):
//! - 0: done; for `verify` and `consent check`, the answer is yes (Active; allowed);
//! - 1: the answer is no (`verify`: not Active or Unknown; `consent check`: refused);
//! - 2: bad input (an argument, a file, a key);
//! - 3: no Healthchain node answers at `--url`;
//! - 4: the chain refused the call (the pallet's error, in words);
//! - 5: anything else.

use std::{path::PathBuf, process::ExitCode};

use clap::{Args, Parser, Subcommand};
use healthchain_client::{
	consent::{grantee_in_words, parse_purpose, GrantEntry, GrantTerms},
	hashing::{self, to_hex},
	keys::KeySource,
	parse_account,
	records::{category_name, parse_category, status_name},
	runtime::runtime_types::pallet_consent::types::{CategoryScope, Grantee},
	ConsentCheck, Error, Healthchain, Verification, DEFAULT_URL,
};
use serde_json::json;

#[derive(Parser)]
#[command(
	name = "healthchain",
	version,
	about = "Healthchain's command-line tool: verify documents, anchor records, manage consent"
)]
struct Cli {
	/// The node to talk to.
	#[arg(long, global = true, default_value = DEFAULT_URL, env = "HEALTHCHAIN_URL")]
	url: String,
	/// Print one JSON object instead of a readable answer.
	#[arg(long, global = true)]
	json: bool,
	#[command(subcommand)]
	command: Command,
}

/// Where the signing key comes from: one of these, or the secret URI in HEALTHCHAIN_SURI.
#[derive(Args)]
struct KeyArgs {
	/// A secret URI (development accounts such as //Alice; anything else is visible to other
	/// users of this machine while the command runs: prefer --suri-file or HEALTHCHAIN_SURI).
	#[arg(long, conflicts_with_all = ["suri_file", "keystore"])]
	suri: Option<String>,
	/// A file holding the secret URI.
	#[arg(long, conflicts_with = "keystore")]
	suri_file: Option<PathBuf>,
	/// A Polkadot.js keystore (JSON) file, unlocked with the password in HEALTHCHAIN_KEYSTORE_PASSWORD.
	#[arg(long)]
	keystore: Option<PathBuf>,
}

impl KeyArgs {
	fn source(&self) -> KeySource {
		match (&self.suri, &self.suri_file, &self.keystore) {
			(Some(uri), _, _) => KeySource::Uri(uri.clone()),
			(_, Some(file), _) => KeySource::UriFile(file.clone()),
			(_, _, Some(file)) => KeySource::Keystore(file.clone()),
			_ => KeySource::Environment,
		}
	}
}

#[derive(Subcommand)]
enum Command {
	/// Is this document anchored, and is its record current? Hashes the file (SHA-256 and
	/// BLAKE2-256) and asks the chain.
	#[command(
		after_help = "Example:\n  healthchain verify discharge-summary.pdf\n  healthchain verify --json lab-report.pdf"
	)]
	Verify {
		/// The document.
		file: PathBuf,
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
	/// Grant, revoke or check consent.
	#[command(subcommand)]
	Consent(ConsentCommand),
	/// The consortium registry.
	#[command(subcommand)]
	Org(OrgCommand),
}

#[derive(Subcommand)]
enum ConsentCommand {
	/// Lists a patient's grants, newest first, each with its status now.
	#[command(
		after_help = "Example:\n  healthchain consent list --patient 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy --json"
	)]
	List {
		/// The patient.
		#[arg(long)]
		patient: String,
	},
	/// Lets an organisation's practitioners (or one account) read or write the patient's records.
	#[command(
		after_help = "Example:\n  healthchain consent grant --organization 0 --read --write --purpose Treatment --suri //Dave"
	)]
	Grant {
		/// The patient (default: the signer, granting on their own records).
		#[arg(long)]
		patient: Option<String>,
		/// Grant to this organisation's practitioners.
		#[arg(long, conflicts_with = "account", required_unless_present = "account")]
		organization: Option<u32>,
		/// Grant to this account.
		#[arg(long)]
		account: Option<String>,
		/// Let them read.
		#[arg(long)]
		read: bool,
		/// Let them add records.
		#[arg(long)]
		write: bool,
		/// Only these categories (repeat the flag); default: every category.
		#[arg(long = "category")]
		categories: Vec<String>,
		/// The purpose of use: Treatment, Research, Payment, Operations, PublicHealth, Emergency.
		#[arg(long, default_value = "Treatment")]
		purpose: String,
		/// The grant ends at this time (ms since the Unix epoch); default: until revoked.
		#[arg(long)]
		until: Option<u64>,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Revokes a consent grant.
	#[command(
		after_help = "Example:\n  healthchain consent revoke 3 --suri-file ~/.healthchain/patient"
	)]
	Revoke {
		/// The grant's id.
		consent: u64,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Would the chain let this account read (or write) the patient's records now?
	#[command(
		after_help = "Example:\n  healthchain consent check --patient 5FHneW46xGXgs5mUiveU4sbTyGBzmstUspZC92UhjJM694ty \\\n    --accessor 5FLSigC9HGRKVhB9FiEo4Y3koPsNmBmLJbpXg2mp1hXcS59Y --organization 0 --category LaboratoryReport"
	)]
	Check {
		/// The patient.
		#[arg(long)]
		patient: String,
		/// Who would read or write.
		#[arg(long)]
		accessor: String,
		/// The organisation they act for, if any.
		#[arg(long)]
		organization: Option<u32>,
		/// Check a write instead of a read.
		#[arg(long)]
		write: bool,
		/// The record category.
		#[arg(long)]
		category: String,
		/// The purpose of use.
		#[arg(long, default_value = "Treatment")]
		purpose: String,
	},
}

#[derive(Subcommand)]
enum OrgCommand {
	/// Shows an organisation.
	#[command(after_help = "Example:\n  healthchain org show 0")]
	Show {
		/// The organisation's id.
		id: u32,
	},
	/// Lists an organisation's members and their roles.
	#[command(
		after_help = "Example:\n  healthchain org members 0\n  healthchain org members 0 --json"
	)]
	Members {
		/// The organisation's id.
		id: u32,
	},
}

/// A command's outcome: what to print, and whether the answer was yes.
struct Outcome {
	text: String,
	json: serde_json::Value,
	yes: bool,
}

impl Outcome {
	fn done(text: String, json: serde_json::Value) -> Self {
		Self { text, json, yes: true }
	}
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
	match cli.command {
		Command::Verify { file } => verify(&cli.url, &file).await,
		Command::Anchor { file, patient, category, locator, key } => {
			let bytes = std::fs::read(&file).map_err(|e| Error::file(&file, e))?;
			let patient = parse_account(&patient)?;
			let category = parse_category(&category)?;
			let signer = key.source().keypair()?;
			let hashes = hashing::document_hashes(&bytes);
			let chain = Healthchain::connect(&cli.url).await?;
			let anchored = chain.anchor(&signer, patient, category, &hashes, &locator).await?;
			Ok(Outcome::done(
				format!(
					"anchored as record {} in block #{} (SHA-256 {})",
					anchored.record_id,
					anchored.block_number,
					to_hex(&hashes.sha256)
				),
				json!({ "record": anchored.record_id, "block": anchored.block_number, "sha256": to_hex(&hashes.sha256) }),
			))
		}
		Command::Consent(command) => consent(&cli.url, command).await,
		Command::Org(OrgCommand::Members { id }) => {
			let chain = Healthchain::connect(&cli.url).await?;
			if chain.organization(id).await?.is_none() {
				return Ok(Outcome {
					text: format!("no organisation {id}"),
					json: json!({ "id": id, "found": false }),
					yes: false,
				});
			}
			let members = chain.members(id).await?;
			let mut text = format!("organisation {id}: {} members", members.len());
			for (account, role) in &members {
				text.push_str(&format!("\n  {account}  {role}"));
			}
			let listed: Vec<_> = members
				.iter()
				.map(|(account, role)| json!({ "account": account.to_string(), "role": role }))
				.collect();
			Ok(Outcome::done(text, json!({ "id": id, "found": true, "members": listed })))
		}
		Command::Org(OrgCommand::Show { id }) => {
			let chain = Healthchain::connect(&cli.url).await?;
			let Some(info) = chain.organization(id).await? else {
				return Ok(Outcome {
					text: format!("no organisation {id}"),
					json: json!({ "id": id, "found": false }),
					yes: false,
				});
			};
			let org = &info.organization;
			Ok(Outcome::done(
				format!(
					"{}\n  status:        {:?}\n  admin:         {}\n  metadata hash: {}\n  registered at: block #{}\n  members:       {}",
					info.describe(),
					org.status,
					org.admin,
					to_hex(&org.metadata_hash.0),
					org.registered_at,
					org.member_count
				),
				json!({
					"id": id, "found": true, "kind": format!("{:?}", org.kind), "status": format!("{:?}", org.status),
					"admin": org.admin.to_string(), "metadataHash": to_hex(&org.metadata_hash.0),
					"registeredAt": org.registered_at, "members": org.member_count,
				}),
			))
		}
	}
}

/// A grantee as JSON: `{"organization": 0}` or `{"account": "5…"}`.
fn grantee_json(grantee: &Grantee<healthchain_client::AccountId>) -> serde_json::Value {
	match grantee {
		Grantee::Organization(org) => json!({ "organization": org }),
		Grantee::Account(account) => json!({ "account": account.to_string() }),
	}
}

async fn verify(url: &str, file: &PathBuf) -> Result<Outcome, Error> {
	let hashes = hashing::file_hashes(file).map_err(|e| Error::file(file, e))?;
	let chain = Healthchain::connect(url).await?;
	let verification = chain.verify_document(&hashes).await?;
	let status = verification.status_in_words();
	let yes = verification.is_active();
	Ok(match verification {
		Verification::Unknown { hashes } => Outcome {
			text: format!("Unknown: no record was anchored with this document's hashes\n  SHA-256:    {}\n  BLAKE2-256: {}", to_hex(&hashes.sha256), to_hex(&hashes.blake2_256)),
			json: json!({ "status": "Unknown", "sha256": to_hex(&hashes.sha256), "blake2_256": to_hex(&hashes.blake2_256) }),
			yes,
		},
		Verification::Known { record_id, algorithm, record, other_anchors } => {
			let author = match record.author_org {
				Some(org) => match chain.organization(org).await? {
					Some(info) => info.describe(),
					None => format!("organisation {org}"),
				},
				None => "the patient's side".to_string(),
			};
			let mut text = format!(
				"{status}\n  record:   {record_id} (version {} of record {})\n  anchored: by {author}, in block #{} at {} ms since the Unix epoch\n  category: {}\n  hash:     {algorithm} {}",
				record.version,
				record.first_version,
				record.created_block,
				record.created_at,
				category_name(&record.category),
				to_hex(&record.content_hash.0),
			);
			if other_anchors > 0 {
				text.push_str(&format!("\n  note:     {other_anchors} other record(s) were anchored with the same hash"));
			}
			Outcome {
				text,
				json: json!({
					"status": status_name(&record.status), "record": record_id, "supersededBy": record.superseded_by,
					"version": record.version, "firstVersion": record.first_version, "authorOrganization": record.author_org,
					"author": author, "block": record.created_block, "createdAt": record.created_at,
					"category": category_name(&record.category), "algorithm": algorithm,
					"hash": to_hex(&record.content_hash.0), "otherAnchors": other_anchors,
				}),
				yes,
			}
		},
	})
}

async fn consent(url: &str, command: ConsentCommand) -> Result<Outcome, Error> {
	match command {
		ConsentCommand::Grant {
			patient,
			organization,
			account,
			read,
			write,
			categories,
			purpose,
			until,
			key,
		} => {
			if !read && !write {
				return Err(Error::Input(
					"a grant lets its grantee read, write or both: give --read, --write or both"
						.into(),
				));
			}
			let grantee = match (organization, account) {
				(Some(org), _) => Grantee::Organization(org),
				(None, Some(account)) => Grantee::Account(parse_account(&account)?),
				(None, None) => {
					return Err(Error::Input("give --organization or --account".into()))
				}
			};
			let categories = if categories.is_empty() {
				None
			} else {
				Some(categories.iter().map(|c| parse_category(c)).collect::<Result<Vec<_>, _>>()?)
			};
			let purpose = parse_purpose(&purpose)?;
			let signer = key.source().keypair()?;
			let patient = match patient {
				Some(patient) => parse_account(&patient)?,
				None => signer.public_key().to_account_id(),
			};
			let chain = Healthchain::connect(url).await?;
			let terms =
				GrantTerms { grantee, read, write, categories, purpose, valid_until: until };
			let id = chain.grant(&signer, patient.clone(), terms).await?;
			Ok(Outcome::done(
				format!("consent {id} granted on {patient}'s records"),
				json!({ "consent": id, "patient": patient.to_string() }),
			))
		}
		ConsentCommand::List { patient } => {
			let patient = parse_account(&patient)?;
			let chain = Healthchain::connect(url).await?;
			let entries = chain.consents(patient.clone()).await?;
			let mut text = format!("{} grants of {patient}, newest first", entries.len());
			let mut listed = Vec::new();
			for GrantEntry { index, id, grant } in &entries {
				let actions = match (grant.actions.read, grant.actions.write) {
					(true, true) => "read+write",
					(true, false) => "read",
					_ => "write",
				};
				let categories = match &grant.categories {
					CategoryScope::All => "every category".to_string(),
					CategoryScope::Only(list) => {
						list.0.iter().map(category_name).collect::<Vec<_>>().join(",")
					}
				};
				let until = grant
					.valid_until
					.map_or("until revoked".to_string(), |ms| format!("until {ms} ms"));
				text.push_str(&format!(
					"\n  consent {id}  {:?}  {}  {actions}  {:?}  {categories}  {until}",
					grant.status,
					grantee_in_words(&grant.grantee),
					grant.purpose,
				));
				listed.push(json!({
					"index": index, "consent": id, "status": format!("{:?}", grant.status),
					"grantee": grantee_json(&grant.grantee), "read": grant.actions.read, "write": grant.actions.write,
					"categories": match &grant.categories {
						CategoryScope::All => serde_json::Value::Null,
						CategoryScope::Only(list) => json!(list.0.iter().map(category_name).collect::<Vec<_>>()),
					},
					"purpose": format!("{:?}", grant.purpose), "validFrom": grant.valid_from, "validUntil": grant.valid_until,
					"grantedBy": grant.granted_by.to_string(),
				}));
			}
			Ok(Outcome::done(text, json!({ "patient": patient.to_string(), "grants": listed })))
		}
		ConsentCommand::Revoke { consent, key } => {
			let signer = key.source().keypair()?;
			let chain = Healthchain::connect(url).await?;
			chain.revoke(&signer, consent).await?;
			Ok(Outcome::done(
				format!("consent {consent} revoked"),
				json!({ "consent": consent, "revoked": true }),
			))
		}
		ConsentCommand::Check { patient, accessor, organization, write, category, purpose } => {
			let patient = parse_account(&patient)?;
			let accessor = parse_account(&accessor)?;
			let category = parse_category(&category)?;
			let purpose = parse_purpose(&purpose)?;
			let chain = Healthchain::connect(url).await?;
			let check = chain
				.check_access(patient, accessor, organization, write, category, purpose)
				.await?;
			let (allowed, basis, refusal) = match &check {
				ConsentCheck::Consent(id) => (true, json!({ "consent": id }), None),
				ConsentCheck::BreakGlass(id) => (true, json!({ "breakGlass": id }), None),
				ConsentCheck::Refused(why) => (false, serde_json::Value::Null, Some(why.clone())),
			};
			Ok(Outcome {
				text: check.in_words(),
				json: json!({ "allowed": allowed, "basis": basis, "refusal": refusal }),
				yes: allowed,
			})
		}
	}
}
