//! The clinical-trial registry for researchers: `trial show|list|outcomes|find-hash`, on the
//! node's `clinicalTrial_*` RPC: `--json` prints its answer as it is.

use clap::Subcommand;
use healthchain_client::{
	trials::{HashInTrial, TrialFilter},
	Error, Healthchain,
};
use serde_json::{json, Value};

use super::{count, parse_hash_or_file, Outcome};

#[derive(Subcommand)]
pub enum TrialCommand {
	/// Shows a trial: its registration, status, protocol version and enrolment.
	#[command(
		after_help = "Example:\n  healthchain trial show 0\n  healthchain trial show 0 --json"
	)]
	Show {
		/// The trial's id.
		id: u32,
	},
	/// Lists trials, in id order, with the RPC's filters (one at most).
	#[command(
		after_help = "Example:\n  healthchain trial list --status Recruiting\n  healthchain trial list --condition C50.9 --json\n  healthchain trial list --sponsor 8 --limit 20 --start-after 40"
	)]
	List {
		/// In this status: Registered, Approved, Recruiting, Active, Completed, Terminated, Suspended.
		#[arg(long, group = "filter")]
		status: Option<String>,
		/// Studying this condition (its code, e.g. ICD-10 C50.9).
		#[arg(long, group = "filter")]
		condition: Option<String>,
		/// Of this sponsor (organisation id).
		#[arg(long, group = "filter")]
		sponsor: Option<u32>,
		/// Of this phase: EarlyPhase1, Phase1, Phase1Phase2, Phase2, Phase2Phase3, Phase3, Phase4, NotApplicable.
		#[arg(long, group = "filter")]
		phase: Option<String>,
		/// Only trials after this id.
		#[arg(long)]
		start_after: Option<u32>,
		/// At most this many (default: every one).
		#[arg(long)]
		limit: Option<usize>,
	},
	/// A trial's pre-registered outcomes, its published results, and how they differ.
	#[command(after_help = "Example:\n  healthchain trial outcomes 0")]
	Outcomes {
		/// The trial's id.
		id: u32,
	},
	/// Which record of a trial a document is: its registration data set, a protocol version,
	/// an outcome, an ethics decision, results, a data snapshot or adverse-event report.
	#[command(
		after_help = "Example:\n  healthchain trial find-hash 0 @protocol-v2.pdf\n  healthchain trial find-hash 0 0x5f0c…"
	)]
	FindHash {
		/// The trial's id.
		id: u32,
		/// The hash (0x and 64 hex digits), or @FILE: the file's SHA-256 and BLAKE2-256 are tried.
		hash: String,
	},
}

fn no_trial(id: u32) -> Outcome {
	Outcome::no(format!("no trial {id}"), json!({ "trial": id, "found": false }))
}

/// A JSON value as plain text: strings without quotes, `null` as "-".
fn plain(value: &Value) -> String {
	match value {
		Value::String(text) => text.clone(),
		Value::Null => "-".into(),
		Value::Array(items) => items.iter().map(plain).collect::<Vec<_>>().join(", "),
		other => other.to_string(),
	}
}

fn trial_line(trial: &Value) -> String {
	format!(
		"trial {}  {}  {}  {}  sponsor {}  {} of {} enrolled  \"{}\"",
		plain(&trial["id"]),
		plain(&trial["status"]),
		plain(&trial["phase"]),
		plain(&trial["conditions"]),
		plain(&trial["sponsor"]),
		plain(&trial["enrolled"]),
		plain(&trial["targetEnrolment"]),
		plain(&trial["title"]),
	)
}

pub async fn trial(url: &str, command: TrialCommand) -> Result<Outcome, Error> {
	match command {
		TrialCommand::Show { id } => {
			let chain = Healthchain::connect(url).await?;
			let Some(trial) = chain.trial(id).await? else { return Ok(no_trial(id)) };
			let fields = [
				("title", "title"),
				("status", "status"),
				("sponsor", "sponsor"),
				("phase", "phase"),
				("study type", "studyType"),
				("conditions", "conditions"),
				("countries", "countries"),
				("target", "targetEnrolment"),
				("enrolled", "enrolled"),
				("pending", "pending"),
				("withdrawn", "withdrawn"),
				("protocol", "currentProtocolVersion"),
				("ethics", "ethicsCommittee"),
				("registered", "registeredAt"),
				("results due", "resultsDue"),
				("data set", "dataSetHash"),
				("protocol hash", "protocolHash"),
			];
			let mut text = format!("trial {id}");
			for (label, field) in fields {
				text.push_str(&format!("\n  {:<14} {}", format!("{label}:"), plain(&trial[field])));
			}
			Ok(Outcome::done(text, trial))
		}
		TrialCommand::List { status, condition, sponsor, phase, start_after, limit } => {
			let filter = match (status, condition, sponsor, phase) {
				(Some(status), ..) => TrialFilter::Status(status),
				(_, Some(condition), ..) => TrialFilter::Condition(condition),
				(_, _, Some(sponsor), _) => TrialFilter::Sponsor(sponsor),
				(_, _, _, Some(phase)) => TrialFilter::Phase(phase),
				_ => TrialFilter::All,
			};
			if limit == Some(0) {
				return Err(Error::Input("--limit must be at least 1".into()));
			}
			let chain = Healthchain::connect(url).await?;
			let trials = chain.trials(&filter, start_after, limit).await?;
			let mut text = count(trials.len(), "trial");
			for trial in &trials {
				text.push('\n');
				text.push_str(&format!("  {}", trial_line(trial)));
			}
			Ok(Outcome::done(text, json!({ "filter": filter.to_json(), "trials": trials })))
		}
		TrialCommand::Outcomes { id } => {
			let chain = Healthchain::connect(url).await?;
			let Some(report) = chain.outcome_report(id).await? else { return Ok(no_trial(id)) };
			let outcomes = report["outcomes"].as_array().cloned().unwrap_or_default();
			let mut text =
				format!("trial {id}: {}", count(outcomes.len(), "pre-registered outcome"));
			for outcome in &outcomes {
				text.push_str(&format!(
					"\n  #{} {:<9} {}",
					plain(&outcome["index"]),
					plain(&outcome["kind"]),
					plain(&outcome["definitionHash"])
				));
			}
			match &report["results"] {
				Value::Null => text.push_str("\n  results: not published"),
				results => {
					text.push_str(&format!(
						"\n  results: {} published at {} ms by {}",
						plain(&results["resultsHash"]),
						plain(&results["publishedAt"]),
						plain(&results["publishedBy"])
					));
					let discrepancies =
						results["discrepancies"].as_array().cloned().unwrap_or_default();
					if discrepancies.is_empty() {
						text.push_str("\n  no discrepancy: every pre-registered outcome is reported, and nothing else");
					}
					for d in &discrepancies {
						let detail = match d["type"].as_str() {
							Some("KindChanged") => format!(
								"registered {}, reported {}",
								plain(&d["registered"]),
								plain(&d["reported"])
							),
							_ => plain(&d["kind"]),
						};
						text.push_str(&format!(
							"\n  DISCREPANCY {}: {detail} {}",
							plain(&d["type"]),
							plain(&d["definitionHash"])
						));
					}
				}
			}
			Ok(Outcome::done(text, json!({ "trial": id, "found": true, "report": report })))
		}
		TrialCommand::FindHash { id, hash } => {
			let hashes = parse_hash_or_file(&hash, "the hash")?;
			let chain = Healthchain::connect(url).await?;
			for candidate in &hashes {
				match chain.find_trial_hash(id, candidate).await? {
					HashInTrial::NoTrial => return Ok(no_trial(id)),
					HashInTrial::NotFound => continue,
					HashInTrial::Found(artifact) => {
						let hex = healthchain_client::hashing::to_hex(candidate);
						let detail = artifact
							.as_object()
							.map(|fields| {
								fields
									.iter()
									.filter(|(key, _)| *key != "artifact")
									.map(|(key, value)| format!(" {key} {}", plain(value)))
									.collect::<String>()
							})
							.unwrap_or_default();
						return Ok(Outcome::done(
							format!(
								"{hex} is trial {id}'s {}{detail}",
								plain(&artifact["artifact"])
							),
							json!({ "trial": id, "found": true, "hash": hex, "artifact": artifact }),
						));
					}
				}
			}
			Ok(Outcome::no(
				format!("no record of trial {id} has this hash"),
				json!({ "trial": id, "found": false, "hashes": hashes.iter().map(healthchain_client::hashing::to_hex).collect::<Vec<_>>() }),
			))
		}
	}
}
