//! The clinical-trial registry, read through the node's `clinicalTrial_*` JSON-RPC (the
//! researcher RPC of docs/API.md): its answers are plain JSON, with the same filters and pages,
//! so what this library returns is what `curl` would show.

use serde_json::{json, Value};
use subxt::ext::subxt_rpcs::{self, client::RpcParams};

use crate::{hashing, Error, Healthchain};

/// The RPC's error code for "no trial has this id".
const NO_TRIAL: i32 = 4001;
/// JSON-RPC's "invalid params": a malformed filter, hash or name.
const INVALID_PARAMS: i32 = -32602;

/// Which trials a listing returns (the RPC's `filter`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrialFilter {
	/// Every trial.
	All,
	/// In this status (`Registered`, `Approved`, `Recruiting`, `Active`, `Completed`,
	/// `Terminated`, `Suspended`).
	Status(String),
	/// Studying this condition (its code, e.g. an ICD-10 code).
	Condition(String),
	/// Of this sponsor (organisation id).
	Sponsor(u32),
	/// Of this phase (`Phase1`, `Phase2`, …, as the runtime names them).
	Phase(String),
}

impl TrialFilter {
	/// The filter as the RPC takes it.
	pub fn to_json(&self) -> Value {
		match self {
			Self::All => json!("all"),
			Self::Status(status) => json!({ "status": status }),
			Self::Condition(code) => json!({ "condition": code }),
			Self::Sponsor(org) => json!({ "sponsor": org }),
			Self::Phase(phase) => json!({ "phase": phase }),
		}
	}
}

/// What `find_hash` found.
#[derive(Debug, Clone, PartialEq)]
pub enum HashInTrial {
	/// No trial has the id.
	NoTrial,
	/// The trial has no record with the hash.
	NotFound,
	/// The record of the trial the hash is (`{ "artifact": "Protocol", "version": 2 }`).
	Found(Value),
}

fn params(values: &[Value]) -> Result<RpcParams, Error> {
	let mut params = RpcParams::new();
	for value in values {
		params.push(value).map_err(|e| Error::Other(e.to_string()))?;
	}
	Ok(params)
}

impl Healthchain {
	/// Calls `clinicalTrial_<method>`; `None` when the node says no trial has the id.
	async fn trial_rpc(&self, method: &str, args: &[Value]) -> Result<Option<Value>, Error> {
		let method = format!("clinicalTrial_{method}");
		match self.rpc.request::<Value>(&method, params(args)?).await {
			Ok(answer) => Ok(Some(answer)),
			Err(subxt_rpcs::Error::User(refusal)) if refusal.code == NO_TRIAL => Ok(None),
			Err(subxt_rpcs::Error::User(refusal)) if refusal.code == INVALID_PARAMS => {
				Err(Error::Input(refusal.message))
			}
			Err(other) => Err(Error::Other(format!("{method}: {other}"))),
		}
	}

	/// Trial `id` (`clinicalTrial_trial`), or `None`.
	pub async fn trial(&self, id: u32) -> Result<Option<Value>, Error> {
		Ok(self.trial_rpc("trial", &[json!(id)]).await?.filter(|trial| !trial.is_null()))
	}

	/// Every trial `filter` selects, in id order, at most `limit` of them (`None`: all), after
	/// trial `start_after`.
	pub async fn trials(
		&self,
		filter: &TrialFilter,
		mut start_after: Option<u32>,
		limit: Option<usize>,
	) -> Result<Vec<Value>, Error> {
		let mut trials = Vec::new();
		loop {
			let wanted = limit.map_or(crate::consent::PAGE as usize, |limit| {
				limit.saturating_sub(trials.len()).min(crate::consent::PAGE as usize)
			});
			if wanted == 0 {
				return Ok(trials);
			}
			let page = self
				.trial_rpc("trials", &[filter.to_json(), json!(start_after), json!(wanted)])
				.await?
				.unwrap_or_default();
			let page = match page {
				Value::Array(page) => page,
				other => {
					return Err(Error::Other(format!("clinicalTrial_trials answered {other}")))
				}
			};
			let Some(last) = page
				.last()
				.and_then(|trial| trial["id"].as_u64())
				.and_then(|id| u32::try_from(id).ok())
			else {
				return Ok(trials);
			};
			start_after = Some(last);
			trials.extend(page);
		}
	}

	/// Trial `id`'s pre-registered outcomes and its published results with their
	/// discrepancies (`clinicalTrial_outcomeReport`), or `None` when there is no such trial.
	pub async fn outcome_report(&self, id: u32) -> Result<Option<Value>, Error> {
		self.trial_rpc("outcomeReport", &[json!(id)]).await
	}

	/// Which record of trial `id` has this hash (`clinicalTrial_findHash`): the registration
	/// data set, a protocol version, an outcome, a data snapshot, …
	pub async fn find_trial_hash(
		&self,
		id: u32,
		hash: &hashing::Hash,
	) -> Result<HashInTrial, Error> {
		Ok(match self.trial_rpc("findHash", &[json!(id), json!(hashing::to_hex(hash))]).await? {
			None => HashInTrial::NoTrial,
			Some(Value::Null) => HashInTrial::NotFound,
			Some(found) => HashInTrial::Found(found),
		})
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn filters_are_written_as_the_rpc_reads_them() {
		assert_eq!(TrialFilter::All.to_json(), json!("all"));
		assert_eq!(
			TrialFilter::Status("Recruiting".into()).to_json(),
			json!({"status": "Recruiting"})
		);
		assert_eq!(TrialFilter::Condition("C50.9".into()).to_json(), json!({"condition": "C50.9"}));
		assert_eq!(TrialFilter::Sponsor(8).to_json(), json!({"sponsor": 8}));
		assert_eq!(TrialFilter::Phase("Phase3".into()).to_json(), json!({"phase": "Phase3"}));
	}
}
