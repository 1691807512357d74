//! Consent: `consent grant|revoke|list|check`, `delegate add|remove|list`, `access-log` and
//! `break-glass open|review|list`.

use clap::Subcommand;
use healthchain_client::{
	consent::{
		basis_in_words, emergency_reason_name, grantee_in_words, parse_delegate_kind,
		parse_emergency_reason, parse_purpose, purpose_name, BreakGlassEntry, BreakGlassListing,
		GrantEntry, GrantTerms,
	},
	parse_account,
	records::{category_name, parse_category},
	runtime::runtime_types::pallet_consent::types::{CategoryScope, Grantee},
	ConsentCheck, Error, Healthchain,
};
use serde_json::json;

use super::{basis_json, count, grantee_json, parse_hash_or_file, KeyArgs, Outcome};

#[derive(Subcommand)]
pub enum ConsentCommand {
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
pub enum DelegateCommand {
	/// Lets an account act for the signer (the patient) on consent: grant, revoke, delegate.
	#[command(
		after_help = "Example:\n  healthchain delegate add 5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw --kind Guardian --suri //Dave"
	)]
	Add {
		/// The delegate's account.
		delegate: String,
		/// Guardian (a parent or legal guardian) or Custodian (a representative the patient chose).
		#[arg(long)]
		kind: String,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Ends a delegation (signed by the patient, or by the delegate stepping down).
	#[command(
		after_help = "Example:\n  healthchain delegate remove 5HGjWAeFDfFCWPsjFQdVV2Msvz2XtMktvgocEZcCj68kUMaw --suri //Dave"
	)]
	Remove {
		/// The delegate's account.
		delegate: String,
		/// The patient (default: the signer).
		#[arg(long)]
		patient: Option<String>,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Lists a patient's delegates.
	#[command(
		after_help = "Example:\n  healthchain delegate list --patient 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy"
	)]
	List {
		/// The patient.
		#[arg(long)]
		patient: String,
	},
}

#[derive(Subcommand)]
pub enum BreakGlassCommand {
	/// Opens emergency read access to a patient's records, for the chain's BreakGlassDuration;
	/// an auditor must review it.
	#[command(
		after_help = "Example:\n  healthchain break-glass open --patient 5DAAnrj7VHTznn2AWBemMuyBwZWs6FNFjdyVXUeYum3PTXFy \\\n    --reason Unconscious --suri //HospitalPractitioner"
	)]
	Open {
		/// The patient.
		#[arg(long)]
		patient: String,
		/// Why: Unconscious, LifeThreatening, CannotCommunicate or Other:<code>.
		#[arg(long)]
		reason: String,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Records a regulator auditor's review of a case.
	#[command(
		after_help = "Example:\n  healthchain break-glass review 0 --justified --finding @review-0.pdf --suri //RegulatorAuditor"
	)]
	Review {
		/// The case's id.
		case: u64,
		/// The access was justified.
		#[arg(long, conflicts_with = "unjustified", required_unless_present = "unjustified")]
		justified: bool,
		/// The access was not justified: it ends at once.
		#[arg(long)]
		unjustified: bool,
		/// The review report kept off chain: its hash (0x and 64 hex digits), or @FILE for the
		/// file's SHA-256.
		#[arg(long)]
		finding: String,
		#[command(flatten)]
		key: KeyArgs,
	},
	/// Lists the cases awaiting review, or every case of an organisation.
	#[command(
		after_help = "Example:\n  healthchain break-glass list\n  healthchain break-glass list --organization 0 --json"
	)]
	List {
		/// The cases opened by practitioners of this organisation, reviewed or not.
		#[arg(long)]
		organization: Option<u32>,
	},
}

pub async fn consent(url: &str, command: ConsentCommand) -> Result<Outcome, Error> {
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
			let mut text = format!("{} of {patient}, newest first", count(entries.len(), "grant"));
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
					"\n  consent {id}  {:?}  {}  {actions}  {}  {categories}  {until}",
					grant.status,
					grantee_in_words(&grant.grantee),
					purpose_name(&grant.purpose),
				));
				listed.push(json!({
					"index": index, "consent": id, "status": format!("{:?}", grant.status),
					"grantee": grantee_json(&grant.grantee), "read": grant.actions.read, "write": grant.actions.write,
					"categories": match &grant.categories {
						CategoryScope::All => serde_json::Value::Null,
						CategoryScope::Only(list) => json!(list.0.iter().map(category_name).collect::<Vec<_>>()),
					},
					"purpose": purpose_name(&grant.purpose), "validFrom": grant.valid_from, "validUntil": grant.valid_until,
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

pub async fn delegate(url: &str, command: DelegateCommand) -> Result<Outcome, Error> {
	match command {
		DelegateCommand::Add { delegate, kind, key } => {
			let delegate = parse_account(&delegate)?;
			let kind = parse_delegate_kind(&kind)?;
			let signer = key.source().keypair()?;
			let patient = signer.public_key().to_account_id();
			let kind_name = format!("{kind:?}");
			let chain = Healthchain::connect(url).await?;
			chain.add_delegate(&signer, delegate.clone(), kind).await?;
			Ok(Outcome::done(
				format!("{delegate} now acts for {patient} as {kind_name}"),
				json!({ "patient": patient.to_string(), "delegate": delegate.to_string(), "kind": kind_name }),
			))
		}
		DelegateCommand::Remove { delegate, patient, key } => {
			let delegate = parse_account(&delegate)?;
			let signer = key.source().keypair()?;
			let patient = match patient {
				Some(patient) => parse_account(&patient)?,
				None => signer.public_key().to_account_id(),
			};
			let chain = Healthchain::connect(url).await?;
			chain.remove_delegate(&signer, patient.clone(), delegate.clone()).await?;
			Ok(Outcome::done(
				format!("{delegate} no longer acts for {patient}"),
				json!({ "patient": patient.to_string(), "delegate": delegate.to_string(), "removed": true }),
			))
		}
		DelegateCommand::List { patient } => {
			let patient = parse_account(&patient)?;
			let chain = Healthchain::connect(url).await?;
			let delegates = chain.delegates(patient.clone()).await?;
			let mut text = format!("{} of {patient}", count(delegates.len(), "delegate"));
			for (account, kind) in &delegates {
				text.push_str(&format!("\n  {account}  {kind:?}"));
			}
			let listed: Vec<_> = delegates
				.iter()
				.map(
					|(account, kind)| json!({ "account": account.to_string(), "kind": format!("{kind:?}") }),
				)
				.collect();
			Ok(Outcome::done(text, json!({ "patient": patient.to_string(), "delegates": listed })))
		}
	}
}

/// Who read a patient's records, when and on what basis: one page, newest first.
pub async fn access_log(
	url: &str,
	patient: &str,
	before: Option<u64>,
	limit: u32,
) -> Result<Outcome, Error> {
	let patient = parse_account(patient)?;
	if limit == 0 {
		return Err(Error::Input("--limit must be at least 1".into()));
	}
	let chain = Healthchain::connect(url).await?;
	// The runtime caps a page at its MaxPageSize: a full page is one of that many.
	let full = limit.min(chain.max_page_size()?) as usize;
	let page = chain.access_log(patient.clone(), before, limit).await?;
	let mut text = format!("{} of {patient}'s records, newest first", count(page.len(), "read"));
	let mut listed = Vec::new();
	for (index, entry) in &page {
		let org =
			entry.org.map_or("no organisation".to_string(), |org| format!("organisation {org}"));
		let record =
			entry.record.map_or("records".to_string(), |record| format!("record {record}"));
		text.push_str(&format!(
			"\n  #{index}  at {} ms (block #{})  {} ({org})  read {record} ({})  for {}  allowed by {}",
			entry.at,
			entry.block,
			entry.accessor,
			category_name(&entry.category),
			purpose_name(&entry.purpose),
			basis_in_words(&entry.basis),
		));
		listed.push(json!({
			"index": index, "accessor": entry.accessor.to_string(), "organization": entry.org,
			"basis": basis_json(&entry.basis), "purpose": purpose_name(&entry.purpose),
			"category": category_name(&entry.category), "record": entry.record, "at": entry.at,
			"block": entry.block,
		}));
	}
	// The next page starts before the oldest entry of this one; a short page is the last, and
	// nothing comes before entry 0.
	let next =
		page.last().filter(|(index, _)| page.len() == full && *index > 0).map(|(index, _)| *index);
	if let Some(next) = next {
		text.push_str(&format!("\n  (older entries: --before {next})"));
	}
	Ok(Outcome::done(
		text,
		json!({ "patient": patient.to_string(), "entries": listed, "nextBefore": next }),
	))
}

fn case_json(entry: &BreakGlassEntry) -> serde_json::Value {
	let case = &entry.case;
	json!({
		"case": entry.id, "patient": case.patient.to_string(), "accessor": case.accessor.to_string(),
		"organization": case.org, "role": format!("{:?}", case.role), "reason": emergency_reason_name(&case.reason),
		"openedAt": case.opened_at, "expiresAt": case.expires_at, "reviewDue": case.review_due,
		"overdue": entry.overdue,
		"review": case.review.as_ref().map(|review| json!({
			"reviewer": review.reviewer.to_string(), "organization": review.org, "justified": review.justified,
			"findingHash": super::hash_hex(&review.finding_hash), "at": review.at,
		})),
	})
}

pub async fn break_glass(url: &str, command: BreakGlassCommand) -> Result<Outcome, Error> {
	match command {
		BreakGlassCommand::Open { patient, reason, key } => {
			let patient = parse_account(&patient)?;
			let reason = parse_emergency_reason(&reason)?;
			let signer = key.source().keypair()?;
			let chain = Healthchain::connect(url).await?;
			let (case, expires_at) = chain.break_glass(&signer, patient.clone(), reason).await?;
			Ok(Outcome::done(
				format!(
					"break-glass case {case} opened on {patient}'s records until {expires_at} ms since the Unix epoch; an auditor will review it"
				),
				json!({ "case": case, "patient": patient.to_string(), "expiresAt": expires_at }),
			))
		}
		BreakGlassCommand::Review { case, justified, unjustified: _, finding, key } => {
			let finding = parse_hash_or_file(&finding, "--finding")?[0];
			let signer = key.source().keypair()?;
			let chain = Healthchain::connect(url).await?;
			chain.review_break_glass(&signer, case, justified, finding).await?;
			let verdict = if justified { "justified" } else { "not justified: the access ended" };
			Ok(Outcome::done(
				format!("break-glass case {case} reviewed: {verdict}"),
				json!({ "case": case, "justified": justified, "findingHash": healthchain_client::hashing::to_hex(&finding) }),
			))
		}
		BreakGlassCommand::List { organization } => {
			let listing = match organization {
				Some(org) => BreakGlassListing::OpenedBy(org),
				None => BreakGlassListing::AwaitingReview,
			};
			let chain = Healthchain::connect(url).await?;
			let cases = chain.break_glass_cases(listing).await?;
			let mut text = match organization {
				Some(org) => {
					format!(
						"{} opened at organisation {org}",
						count(cases.len(), "break-glass case")
					)
				}
				None => format!("{} awaiting review", count(cases.len(), "break-glass case")),
			};
			for entry in &cases {
				let case = &entry.case;
				let review = match &case.review {
					Some(review) if review.justified => "reviewed: justified".to_string(),
					Some(_) => "reviewed: not justified".to_string(),
					None if entry.overdue => "OVERDUE for review".to_string(),
					None => format!("review due at {} ms", case.review_due),
				};
				text.push_str(&format!(
					"\n  case {}  patient {}  by {} (organisation {})  {}  opened at {} ms  {review}",
					entry.id,
					case.patient,
					case.accessor,
					case.org,
					emergency_reason_name(&case.reason),
					case.opened_at,
				));
			}
			Ok(Outcome::done(
				text,
				json!({ "cases": cases.iter().map(case_json).collect::<Vec<_>>() }),
			))
		}
	}
}
