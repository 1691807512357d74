//! JSON-RPC of the clinical-trial registry (`pallet-clinical-trial`): the `clinicalTrial_*`
//! namespace, a thin wrapper over the pallet's runtime API (`ClinicalTrialApi`) that answers
//! in plain JSON, so a researcher or an auditor can query the registry with `curl` and no
//! SCALE types.
//!
//! Every method takes, as its last parameter, the hash of the block to answer at (`at`);
//! without it (or with `null`), the best block.
//!
//! | method | parameters | answer |
//! |---|---|---|
//! | `clinicalTrial_trial` | `trial` | [`TrialJson`], or `null` if there is no such trial |
//! | `clinicalTrial_trials` | `filter`, `startAfter`, `limit` | a page of [`TrialJson`] |
//! | `clinicalTrial_protocolHistory` | `trial` | a list of [`ProtocolVersionJson`], oldest first |
//! | `clinicalTrial_outcomeReport` | `trial` | [`OutcomeReportJson`] |
//! | `clinicalTrial_enrolmentCounts` | `trial` | [`EnrolmentCountsJson`] |
//! | `clinicalTrial_enrolment` | `trial`, `participant` | [`EnrolmentJson`], or `null` if the account never enrolled |
//! | `clinicalTrial_dataSnapshots` | `trial`, `start`, `limit` | a page of [`DataSnapshotJson`] |
//! | `clinicalTrial_adverseEvents` | `trial`, `start`, `limit` | a page of [`AdverseEventJson`] |
//! | `clinicalTrial_findHash` | `trial`, `hash` | [`ArtifactJson`], or `null` if the hash is no record of the trial |
//!
//! A filter is `null` or `"all"`, `{"status": "Recruiting"}`, `{"condition": "C50.9"}`,
//! `{"sponsor": 8}` or `{"phase": "Phase3"}` (see [`parse_filter`]). A participant is an SS58
//! address or `0x` and 64 hex digits; a hash is `0x` and 64 hex digits. A page holds `limit`
//! items, [`DEFAULT_PAGE_SIZE`] when it is left out, at most the runtime's `MaxPageSize` (a
//! larger `limit` is capped, as the runtime caps it too); an empty page ends a listing.
//! `startAfter` is the last trial id of the previous page, `start` the index of the first
//! item wanted (0 when left out).
//!
//! Errors:
//!
//! | code | when |
//! |---|---|
//! | `-32602` (invalid params) | a malformed filter or an unknown status or phase name, a malformed hash or participant, `limit` 0; the message says what is accepted |
//! | [`UNKNOWN_TRIAL`] (4001) | every method but `clinicalTrial_trial` and `clinicalTrial_trials`, when no trial has the id at that block: `no trial <id> at block <hash>` |
//! | [`RUNTIME_ERROR`] (4000) | the runtime API call failed (an unknown block, a runtime without the API); the error is the `data` |
//!
//! The node merges it with
//!
//! ```ignore
//! module.merge(ClinicalTrial::<_, Block, Runtime>::new(client.clone()).into_rpc())?;
//! ```

#![warn(missing_docs)]

mod json;

use std::{marker::PhantomData, sync::Arc};

use codec::{Codec, Decode, DecodeAll};
use jsonrpsee::{
	core::RpcResult,
	proc_macros::rpc,
	types::error::{ErrorObject, ErrorObjectOwned, INVALID_PARAMS_CODE},
};
use pallet_clinical_trial::{is_valid_condition_code, Config, OrgId, Results, Trial, TrialFilter};
use serde_json::Value;
use sp_api::ProvideRuntimeApi;
use sp_blockchain::HeaderBackend;
use sp_core::{crypto::Ss58Codec, hexdisplay::HexDisplay, Get, H256};
use sp_runtime::traits::Block as BlockT;

pub use json::*;
pub use pallet_clinical_trial::{Phase, TrialId, TrialStatus};
pub use pallet_clinical_trial_runtime_api::ClinicalTrialApi as ClinicalTrialRuntimeApi;

/// JSON-RPC error code: the runtime API call failed. The message is "runtime API call
/// failed", the `data` the runtime API's error.
pub const RUNTIME_ERROR: i32 = 4000;

/// JSON-RPC error code: no trial has the id at the block asked about. The message is
/// `no trial <id> at block <hash>`.
pub const UNKNOWN_TRIAL: i32 = 4001;

/// How many items a page holds when the call leaves `limit` out.
pub const DEFAULT_PAGE_SIZE: u32 = 20;

/// The `clinicalTrial_*` methods. Each takes, last, the block to answer at: `None` (or
/// left out) is the best block.
#[rpc(client, server)]
pub trait ClinicalTrialApi<BlockHash> {
	/// Trial `trial`, or `None` if no trial has that id.
	#[method(name = "clinicalTrial_trial")]
	fn trial(&self, trial: TrialId, at: Option<BlockHash>) -> RpcResult<Option<TrialJson>>;

	/// One page of the trials `filter` selects (all when `None`): at most `limit` (default
	/// [`DEFAULT_PAGE_SIZE`], capped at the runtime's `MaxPageSize`), after trial
	/// `start_after` (the last id of the previous page) or from the first.
	#[method(name = "clinicalTrial_trials")]
	fn trials(
		&self,
		filter: Option<TrialFilterJson>,
		#[argument(rename = "startAfter")] start_after: Option<TrialId>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<TrialJson>>;

	/// Every protocol version of `trial`, oldest first, a pending amendment included.
	#[method(name = "clinicalTrial_protocolHistory")]
	fn protocol_history(
		&self,
		trial: TrialId,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<ProtocolVersionJson>>;

	/// The pre-registered outcomes of `trial` and, once published, its results with their
	/// outcome discrepancies.
	#[method(name = "clinicalTrial_outcomeReport")]
	fn outcome_report(&self, trial: TrialId, at: Option<BlockHash>)
		-> RpcResult<OutcomeReportJson>;

	/// How many enrolments of `trial` are pending, enrolled (confirmed), screened out and
	/// withdrawn, and how many pending or enrolled participants need to re-consent.
	#[method(name = "clinicalTrial_enrolmentCounts")]
	fn enrolment_counts(
		&self,
		trial: TrialId,
		at: Option<BlockHash>,
	) -> RpcResult<EnrolmentCountsJson>;

	/// The enrolment of `participant` (an SS58 address or `0x` and 64 hex digits) in `trial`,
	/// or `None` if the account never enrolled.
	#[method(name = "clinicalTrial_enrolment")]
	fn enrolment(
		&self,
		trial: TrialId,
		participant: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<EnrolmentJson>>;

	/// One page of the data snapshots of `trial`, oldest first: at most `limit` (default
	/// [`DEFAULT_PAGE_SIZE`], capped at the runtime's `MaxPageSize`) from the `start`-th
	/// (default 0).
	#[method(name = "clinicalTrial_dataSnapshots")]
	fn data_snapshots(
		&self,
		trial: TrialId,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<DataSnapshotJson>>;

	/// One page of the adverse-event reports of `trial`, as `data_snapshots`.
	#[method(name = "clinicalTrial_adverseEvents")]
	fn adverse_events(
		&self,
		trial: TrialId,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<BlockHash>,
	) -> RpcResult<Vec<AdverseEventJson>>;

	/// Which record of `trial` the document hashing to `hash` (`0x` and 64 hex digits) is, or
	/// `None` if it is none of them.
	#[method(name = "clinicalTrial_findHash")]
	fn find_hash(
		&self,
		trial: TrialId,
		hash: String,
		at: Option<BlockHash>,
	) -> RpcResult<Option<ArtifactJson>>;
}

/// The `clinicalTrial_*` methods over a client whose runtime `R` implements the pallet's
/// runtime API.
pub struct ClinicalTrial<C, Block, R> {
	/// The client: the chain's database and the runtime's API.
	client: Arc<C>,
	/// The block and runtime types, which the methods need but do not hold.
	_marker: PhantomData<fn() -> (Block, R)>,
}

impl<C, Block, R> ClinicalTrial<C, Block, R> {
	/// The methods over `client`.
	pub fn new(client: Arc<C>) -> Self {
		Self { client, _marker: PhantomData }
	}
}

impl<C, Block, R> ClinicalTrial<C, Block, R>
where
	Block: BlockT,
	R: Config,
	R::AccountId: Codec + Ss58Codec + Clone + Send + Sync,
	Trial<R>: Codec,
	Results<R>: Codec,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ClinicalTrialRuntimeApi<Block, R::AccountId, Trial<R>, Results<R>>,
{
	/// The most items a page holds: the runtime's `MaxPageSize`.
	pub fn max_page_size() -> u32 {
		R::MaxPageSize::get()
	}

	/// The block to answer at: `at`, or the best block.
	fn block(&self, at: Option<Block::Hash>) -> Block::Hash {
		at.unwrap_or_else(|| self.client.info().best_hash)
	}

	/// One page of a trial's numbered commitments (data snapshots or adverse-event reports)
	/// at block `at`, each converted by `to_json`: the parameters checked, the trial checked,
	/// then `fetch` called with the block, the trial, the first index and the capped limit.
	fn trial_page<Item, Json>(
		&self,
		trial: TrialId,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
		fetch: impl FnOnce(
			&C::Api,
			Block::Hash,
			TrialId,
			u32,
			u32,
		) -> Result<Vec<(u32, Item)>, sp_api::ApiError>,
		to_json: impl Fn(u32, &Item) -> Json,
	) -> RpcResult<Vec<Json>> {
		let limit = page_limit(limit, Self::max_page_size())?;
		let at = self.block(at);
		let api = self.client.runtime_api();
		self.existing_trial(&api, at, trial)?;
		let page = fetch(&api, at, trial, start.unwrap_or(0), limit).map_err(runtime_error)?;
		Ok(page.iter().map(|(index, item)| to_json(*index, item)).collect())
	}

	/// Trial `trial` at block `at`, or the [`UNKNOWN_TRIAL`] error.
	fn existing_trial(&self, api: &C::Api, at: Block::Hash, trial: TrialId) -> RpcResult<Trial<R>> {
		api.trial(at, trial)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_trial(trial, at.as_ref()))
	}
}

impl<C, Block, R> ClinicalTrialApiServer<<Block as BlockT>::Hash> for ClinicalTrial<C, Block, R>
where
	Block: BlockT,
	R: Config,
	R::AccountId: Codec + Ss58Codec + Clone + Send + Sync,
	Trial<R>: Codec,
	Results<R>: Codec,
	C: ProvideRuntimeApi<Block> + HeaderBackend<Block> + Send + Sync + 'static,
	C::Api: ClinicalTrialRuntimeApi<Block, R::AccountId, Trial<R>, Results<R>>,
{
	fn trial(&self, trial: TrialId, at: Option<Block::Hash>) -> RpcResult<Option<TrialJson>> {
		let at = self.block(at);
		let found = self.client.runtime_api().trial(at, trial).map_err(runtime_error)?;
		Ok(found.map(|record| TrialJson::new(trial, &record)))
	}

	fn trials(
		&self,
		filter: Option<TrialFilterJson>,
		start_after: Option<TrialId>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<TrialJson>> {
		let filter = parse_filter(filter.as_ref())?;
		let limit = page_limit(limit, Self::max_page_size())?;
		let at = self.block(at);
		let page = self
			.client
			.runtime_api()
			.trials(at, filter, start_after, limit)
			.map_err(runtime_error)?;
		Ok(page.iter().map(|(id, trial)| TrialJson::new(*id, trial)).collect())
	}

	fn protocol_history(
		&self,
		trial: TrialId,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<ProtocolVersionJson>> {
		let at = self.block(at);
		let api = self.client.runtime_api();
		self.existing_trial(&api, at, trial)?;
		let history = api.protocol_history(at, trial).map_err(runtime_error)?;
		Ok(history.iter().map(ProtocolVersionJson::from).collect())
	}

	fn outcome_report(
		&self,
		trial: TrialId,
		at: Option<Block::Hash>,
	) -> RpcResult<OutcomeReportJson> {
		let at = self.block(at);
		// `None` means no such trial: no separate existence check is needed.
		let (outcomes, results) = self
			.client
			.runtime_api()
			.outcome_report(at, trial)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_trial(trial, at.as_ref()))?;
		Ok(OutcomeReportJson::new(&outcomes, results.as_ref()))
	}

	fn enrolment_counts(
		&self,
		trial: TrialId,
		at: Option<Block::Hash>,
	) -> RpcResult<EnrolmentCountsJson> {
		let at = self.block(at);
		// `None` means no such trial: no separate existence check is needed.
		let counts = self
			.client
			.runtime_api()
			.enrolment_counts(at, trial)
			.map_err(runtime_error)?
			.ok_or_else(|| unknown_trial(trial, at.as_ref()))?;
		Ok(EnrolmentCountsJson::from(&counts))
	}

	fn enrolment(
		&self,
		trial: TrialId,
		participant: String,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<EnrolmentJson>> {
		let participant = parse_account::<R::AccountId>(&participant)?;
		let at = self.block(at);
		let api = self.client.runtime_api();
		// Whether the participant must re-consent depends on the version in force.
		let current = self.existing_trial(&api, at, trial)?.current_protocol_version;
		let enrolment = api.enrolment(at, trial, participant).map_err(runtime_error)?;
		Ok(enrolment.map(|enrolment| EnrolmentJson::new(&enrolment, current)))
	}

	fn data_snapshots(
		&self,
		trial: TrialId,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<DataSnapshotJson>> {
		self.trial_page(
			trial,
			start,
			limit,
			at,
			|api, at, trial, start, limit| api.data_snapshots(at, trial, start, limit),
			DataSnapshotJson::new,
		)
	}

	fn adverse_events(
		&self,
		trial: TrialId,
		start: Option<u32>,
		limit: Option<u32>,
		at: Option<Block::Hash>,
	) -> RpcResult<Vec<AdverseEventJson>> {
		self.trial_page(
			trial,
			start,
			limit,
			at,
			|api, at, trial, start, limit| api.adverse_events(at, trial, start, limit),
			AdverseEventJson::new,
		)
	}

	fn find_hash(
		&self,
		trial: TrialId,
		hash: String,
		at: Option<Block::Hash>,
	) -> RpcResult<Option<ArtifactJson>> {
		let hash = parse_hash(&hash)?;
		let at = self.block(at);
		let api = self.client.runtime_api();
		self.existing_trial(&api, at, trial)?;
		let artifact = api.find_hash(at, trial, hash).map_err(runtime_error)?;
		Ok(artifact.map(ArtifactJson::from))
	}
}

/// An invalid-params error (`-32602`) saying what is wrong.
pub fn invalid_params(message: impl Into<String>) -> ErrorObjectOwned {
	ErrorObject::owned(INVALID_PARAMS_CODE, message, None::<()>)
}

/// The [`RUNTIME_ERROR`] error, with the runtime API's `error` as its data.
pub fn runtime_error(error: impl std::fmt::Display) -> ErrorObjectOwned {
	ErrorObject::owned(RUNTIME_ERROR, "runtime API call failed", Some(error.to_string()))
}

/// The [`UNKNOWN_TRIAL`] error: no trial `trial` at the block with hash `at`.
pub fn unknown_trial(trial: TrialId, at: &[u8]) -> ErrorObjectOwned {
	ErrorObject::owned(
		UNKNOWN_TRIAL,
		format!("no trial {trial} at block 0x{}", HexDisplay::from(&at)),
		None::<()>,
	)
}

/// The 32 bytes written as `0x` and 64 hex digits (either case), if `text` is that.
fn parse_hex_32(text: &str) -> Option<[u8; 32]> {
	let digits = text.strip_prefix("0x")?;
	// Checked first: `u8::from_str_radix` would take a sign, and `len` counts bytes.
	if digits.len() != 64 || !digits.bytes().all(|digit| digit.is_ascii_hexdigit()) {
		return None;
	}
	let mut bytes = [0u8; 32];
	for (byte, pair) in bytes.iter_mut().zip(digits.as_bytes().chunks_exact(2)) {
		*byte = u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()?;
	}
	Some(bytes)
}

/// A document hash written as `0x` and 64 hex digits.
///
/// # Errors
///
/// Invalid params, `hash must be 0x followed by 64 hex digits`, if it is not that.
pub fn parse_hash(hash: &str) -> Result<H256, ErrorObjectOwned> {
	parse_hex_32(hash)
		.map(H256)
		.ok_or_else(|| invalid_params("hash must be 0x followed by 64 hex digits"))
}

/// An account written as an SS58 address or as `0x` and the 64 hex digits of its 32 bytes.
///
/// # Errors
///
/// Invalid params, `participant must be an SS58 address or 0x-prefixed 32-byte hex`, if it
/// is neither (an SS58 address with a bad checksum included).
pub fn parse_account<AccountId: Decode + Ss58Codec>(
	account: &str,
) -> Result<AccountId, ErrorObjectOwned> {
	let parsed = if account.starts_with("0x") {
		parse_hex_32(account).and_then(|bytes| AccountId::decode_all(&mut bytes.as_slice()).ok())
	} else {
		AccountId::from_ss58check(account).ok()
	};
	parsed.ok_or_else(|| {
		invalid_params("participant must be an SS58 address or 0x-prefixed 32-byte hex")
	})
}

/// The names of `values`, comma-separated.
fn names<Item: Copy>(items: &[Item], name: fn(Item) -> &'static str) -> String {
	items.iter().map(|item| name(*item)).collect::<Vec<_>>().join(", ")
}

/// The error for a filter that is none of the accepted shapes.
fn malformed_filter() -> ErrorObjectOwned {
	invalid_params(format!(
		"filter must be null, \"all\", {{\"status\": <status>}}, {{\"condition\": \"<code>\"}}, \
		 {{\"sponsor\": <organisation id>}} or {{\"phase\": <phase>}}; statuses: {}; phases: {}",
		names(&TRIAL_STATUSES, status_name),
		names(&PHASES, phase_name),
	))
}

/// A trial status by its name (`"Recruiting"`).
///
/// # Errors
///
/// Invalid params listing the statuses, if `name` is none of them.
pub fn parse_status(name: &str) -> Result<TrialStatus, ErrorObjectOwned> {
	TRIAL_STATUSES.into_iter().find(|status| status_name(*status) == name).ok_or_else(|| {
		invalid_params(format!(
			"unknown trial status \"{name}\"; expected one of {}",
			names(&TRIAL_STATUSES, status_name),
		))
	})
}

/// A phase by its name (`"Phase3"`).
///
/// # Errors
///
/// Invalid params listing the phases, if `name` is none of them.
pub fn parse_phase(name: &str) -> Result<Phase, ErrorObjectOwned> {
	PHASES.into_iter().find(|phase| phase_name(*phase) == name).ok_or_else(|| {
		invalid_params(format!(
			"unknown phase \"{name}\"; expected one of {}",
			names(&PHASES, phase_name),
		))
	})
}

/// The trial filter `filter` writes: `None`, `null` or `"all"` for every trial;
/// `{"status": "<status>"}`, `{"condition": "<code>"}`, `{"sponsor": <organisation id>}` or
/// `{"phase": "<phase>"}`. Status and phase names are the Rust variant names.
///
/// # Errors
///
/// Invalid params saying what is accepted, if the filter is none of these, names an unknown
/// status or phase, or gives a condition code that is empty or not printable ASCII.
pub fn parse_filter(filter: Option<&Value>) -> Result<TrialFilter, ErrorObjectOwned> {
	match filter {
		None | Some(Value::Null) => Ok(TrialFilter::All),
		Some(Value::String(all)) if all == "all" => Ok(TrialFilter::All),
		Some(Value::Object(fields)) if fields.len() == 1 => match fields.iter().next() {
			Some((key, value)) => parse_filter_field(key, value),
			None => Err(malformed_filter()),
		},
		Some(_) => Err(malformed_filter()),
	}
}

/// The filter of the one field of a filter object.
fn parse_filter_field(key: &str, value: &Value) -> Result<TrialFilter, ErrorObjectOwned> {
	match (key, value) {
		("status", Value::String(name)) => parse_status(name).map(TrialFilter::Status),
		("phase", Value::String(name)) => parse_phase(name).map(TrialFilter::Phase),
		("condition", Value::String(code)) => {
			if is_valid_condition_code(code.as_bytes()) {
				Ok(TrialFilter::Condition(code.as_bytes().to_vec()))
			} else {
				Err(invalid_params(
					"condition must be a code of printable ASCII without spaces, such as \"C50.9\"",
				))
			}
		}
		("sponsor", Value::Number(id)) => id
			.as_u64()
			.and_then(|id| OrgId::try_from(id).ok())
			.map(TrialFilter::Sponsor)
			.ok_or_else(malformed_filter),
		_ => Err(malformed_filter()),
	}
}

/// The size of a page: `limit`, [`DEFAULT_PAGE_SIZE`] if `None`, capped at `max_page_size`
/// (the runtime's `MaxPageSize`, which caps it too).
///
/// # Errors
///
/// Invalid params, `limit must be at least 1`, if `limit` is 0.
pub fn page_limit(limit: Option<u32>, max_page_size: u32) -> Result<u32, ErrorObjectOwned> {
	match limit.unwrap_or(DEFAULT_PAGE_SIZE) {
		0 => Err(invalid_params("limit must be at least 1")),
		limit => Ok(limit.min(max_page_size)),
	}
}

#[cfg(test)]
mod tests {
	use super::*;
	use serde_json::json;
	use sp_core::crypto::AccountId32;

	/// `//Alice`'s account, in the generic Substrate SS58 format (42).
	const ALICE_SS58: &str = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";

	/// `//Alice`'s public key.
	const ALICE_HEX: &str = "0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d";

	#[test]
	fn hash_parses_from_0x_and_64_hex_digits() {
		let lower = format!("0x{}", "ab".repeat(32));
		assert_eq!(parse_hash(&lower), Ok(H256::repeat_byte(0xab)));
		let upper = format!("0x{}", "AB".repeat(32));
		assert_eq!(parse_hash(&upper), Ok(H256::repeat_byte(0xab)));
	}

	#[test]
	fn hash_without_0x_is_refused() {
		let error = invalid_params("hash must be 0x followed by 64 hex digits");
		assert_eq!(parse_hash(&"ab".repeat(32)), Err(error));
	}

	#[test]
	fn hash_of_wrong_length_is_refused() {
		let error = invalid_params("hash must be 0x followed by 64 hex digits");
		assert_eq!(parse_hash(&format!("0x{}", "ab".repeat(31))), Err(error.clone()));
		assert_eq!(parse_hash(&format!("0x{}0", "ab".repeat(32))), Err(error.clone()));
		assert_eq!(parse_hash("0x"), Err(error));
	}

	#[test]
	fn hash_with_non_hex_digits_is_refused() {
		let error = invalid_params("hash must be 0x followed by 64 hex digits");
		assert_eq!(parse_hash(&format!("0x{}zz", "ab".repeat(31))), Err(error.clone()));
		assert_eq!(parse_hash(&format!("0x+f{}", "ab".repeat(31))), Err(error.clone()));
		// 64 bytes, but not 64 digits.
		assert_eq!(parse_hash(&format!("0x{}é", "ab".repeat(31))), Err(error));
	}

	#[test]
	fn hash_renders_in_full_lower_case() {
		let hash = H256::repeat_byte(0xab);
		assert_eq!(hash_hex(&hash), format!("0x{}", "ab".repeat(32)));
	}

	#[test]
	fn account_parses_from_ss58_and_from_hex() {
		let alice = parse_account::<AccountId32>(ALICE_HEX);
		assert_eq!(alice.as_ref().map(account_ss58), Ok(ALICE_SS58.to_string()));
		assert_eq!(parse_account::<AccountId32>(ALICE_SS58), alice);
	}

	#[test]
	fn garbage_account_is_refused() {
		let error =
			invalid_params("participant must be an SS58 address or 0x-prefixed 32-byte hex");
		assert_eq!(parse_account::<AccountId32>("not an account"), Err(error.clone()));
		assert_eq!(parse_account::<AccountId32>(""), Err(error.clone()));
		assert_eq!(parse_account::<AccountId32>("0x1234"), Err(error.clone()));
		// Alice's address with its last character changed: a bad checksum.
		let corrupted = ALICE_SS58.replace("KutQY", "KutQZ");
		assert_eq!(parse_account::<AccountId32>(&corrupted), Err(error));
	}

	#[test]
	fn absent_null_and_all_filters_select_every_trial() {
		assert_eq!(parse_filter(None), Ok(TrialFilter::All));
		assert_eq!(parse_filter(Some(&Value::Null)), Ok(TrialFilter::All));
		assert_eq!(parse_filter(Some(&json!("all"))), Ok(TrialFilter::All));
	}

	#[test]
	fn each_filter_kind_parses() {
		assert_eq!(
			parse_filter(Some(&json!({ "status": "Recruiting" }))),
			Ok(TrialFilter::Status(TrialStatus::Recruiting)),
		);
		assert_eq!(
			parse_filter(Some(&json!({ "condition": "C50.9" }))),
			Ok(TrialFilter::Condition(b"C50.9".to_vec())),
		);
		assert_eq!(parse_filter(Some(&json!({ "sponsor": 8 }))), Ok(TrialFilter::Sponsor(8)));
		assert_eq!(
			parse_filter(Some(&json!({ "phase": "Phase3" }))),
			Ok(TrialFilter::Phase(Phase::Phase3)),
		);
	}

	#[test]
	fn every_status_and_phase_name_parses_back() {
		for status in TRIAL_STATUSES {
			assert_eq!(parse_status(status_name(status)), Ok(status));
		}
		for phase in PHASES {
			assert_eq!(parse_phase(phase_name(phase)), Ok(phase));
		}
	}

	#[test]
	fn unknown_status_is_refused_with_the_accepted_names() {
		assert_eq!(
			parse_filter(Some(&json!({ "status": "Bogus" }))),
			Err(invalid_params(
				"unknown trial status \"Bogus\"; expected one of Registered, Approved, \
				 Recruiting, Active, Completed, Terminated, Suspended"
			)),
		);
	}

	#[test]
	fn unknown_phase_is_refused_with_the_accepted_names() {
		assert_eq!(
			parse_filter(Some(&json!({ "phase": "Phase5" }))),
			Err(invalid_params(
				"unknown phase \"Phase5\"; expected one of EarlyPhase1, Phase1, Phase1Phase2, \
				 Phase2, Phase2Phase3, Phase3, Phase4, NotApplicable"
			)),
		);
	}

	#[test]
	fn malformed_filters_are_refused_with_the_accepted_shapes() {
		for filter in [
			json!("everything"),
			json!(3),
			json!({}),
			json!({ "colour": "red" }),
			json!({ "status": "Recruiting", "phase": "Phase3" }),
			json!({ "sponsor": "eight" }),
			json!({ "sponsor": -1 }),
			json!({ "sponsor": 4_294_967_296u64 }),
			json!({ "status": 2 }),
		] {
			let Err(error) = parse_filter(Some(&filter)) else {
				panic!("{filter} should be refused");
			};
			assert_eq!(error.code(), INVALID_PARAMS_CODE);
			assert!(error.message().contains("Recruiting"), "{}", error.message());
			assert!(error.message().contains("Phase2Phase3"), "{}", error.message());
		}
	}

	#[test]
	fn empty_condition_is_refused() {
		let Err(error) = parse_filter(Some(&json!({ "condition": "" }))) else {
			panic!("an empty condition should be refused");
		};
		assert_eq!(error.code(), INVALID_PARAMS_CODE);
	}

	#[test]
	fn limit_defaults_to_the_default_page_size() {
		assert_eq!(page_limit(None, 100), Ok(DEFAULT_PAGE_SIZE));
		assert_eq!(DEFAULT_PAGE_SIZE, 20);
	}

	#[test]
	fn zero_limit_is_refused() {
		assert_eq!(page_limit(Some(0), 100), Err(invalid_params("limit must be at least 1")));
	}

	#[test]
	fn limit_is_capped_at_the_max_page_size() {
		assert_eq!(page_limit(Some(1000), 100), Ok(100));
		assert_eq!(page_limit(Some(7), 100), Ok(7));
		assert_eq!(page_limit(Some(100), 100), Ok(100));
	}

	#[test]
	fn unknown_trial_names_the_trial_and_the_block() {
		let block = H256::repeat_byte(0x01);
		let error = unknown_trial(9999, block.as_bytes());
		assert_eq!(error.code(), UNKNOWN_TRIAL);
		assert_eq!(error.message(), format!("no trial 9999 at block 0x{}", "01".repeat(32)));
	}

	#[test]
	fn discrepancy_serialises_tagged_by_type() {
		let definition_hash = H256::repeat_byte(0x11);
		let missing = DiscrepancyJson::from(&pallet_clinical_trial::OutcomeDiscrepancy::Missing {
			kind: pallet_clinical_trial::OutcomeKind::Primary,
			definition_hash,
		});
		assert_eq!(
			serde_json::to_value(&missing).ok(),
			Some(json!({
				"type": "Missing",
				"kind": "Primary",
				"definitionHash": hash_hex(&definition_hash),
			})),
		);
		let changed =
			DiscrepancyJson::from(&pallet_clinical_trial::OutcomeDiscrepancy::KindChanged {
				definition_hash,
				registered: pallet_clinical_trial::OutcomeKind::Secondary,
				reported: pallet_clinical_trial::OutcomeKind::Primary,
			});
		assert_eq!(
			serde_json::to_value(&changed).ok(),
			Some(json!({
				"type": "KindChanged",
				"definitionHash": format!("0x{}", "11".repeat(32)),
				"registered": "Secondary",
				"reported": "Primary",
			})),
		);
	}

	#[test]
	fn artifact_serialises_tagged_by_artifact() {
		let protocol = ArtifactJson::from(pallet_clinical_trial::TrialArtifact::Protocol(2));
		assert_eq!(
			serde_json::to_value(&protocol).ok(),
			Some(json!({ "artifact": "Protocol", "version": 2 })),
		);
		let outcome = ArtifactJson::from(pallet_clinical_trial::TrialArtifact::Outcome(0));
		assert_eq!(
			serde_json::to_value(&outcome).ok(),
			Some(json!({ "artifact": "Outcome", "index": 0 })),
		);
		let results = ArtifactJson::from(pallet_clinical_trial::TrialArtifact::Results);
		assert_eq!(serde_json::to_value(&results).ok(), Some(json!({ "artifact": "Results" })));
	}

	#[test]
	fn enrolment_serialises_in_camel_case_with_reconsent() {
		let enrolment = pallet_clinical_trial::Enrolment {
			protocol_version: 1,
			consent: 7,
			requested_at: 1_000,
			decided_at: Some(2_000),
			reconsented_at: None,
			status: pallet_clinical_trial::EnrolmentStatus::Enrolled,
			withdrawn_at: None,
			attempts: 1,
		};
		assert_eq!(
			serde_json::to_value(EnrolmentJson::new(&enrolment, 2)).ok(),
			Some(json!({
				"protocolVersion": 1,
				"consent": 7,
				"requestedAt": 1_000,
				"decidedAt": 2_000,
				"reconsentedAt": null,
				"status": "Enrolled",
				"screeningReason": null,
				"withdrawnAt": null,
				"attempts": 1,
				"needsReconsent": true,
			})),
		);
	}

	#[test]
	fn a_screened_out_enrolment_serialises_with_its_reason() {
		let enrolment = pallet_clinical_trial::Enrolment {
			protocol_version: 2,
			consent: 9,
			requested_at: 1_000,
			decided_at: Some(2_000),
			reconsented_at: None,
			status: pallet_clinical_trial::EnrolmentStatus::ScreenedOut(
				pallet_clinical_trial::ScreeningReason::Other(7),
			),
			withdrawn_at: None,
			attempts: 2,
		};
		let json = serde_json::to_value(EnrolmentJson::new(&enrolment, 2)).ok();
		assert_eq!(
			json.as_ref().and_then(|value| value.get("status").cloned()),
			Some(json!("ScreenedOut"))
		);
		assert_eq!(
			json.as_ref().and_then(|value| value.get("screeningReason").cloned()),
			Some(json!({ "reason": "Other", "code": 7 }))
		);
		assert_eq!(
			json.as_ref().and_then(|value| value.get("needsReconsent").cloned()),
			Some(json!(false))
		);
		let not_eligible =
			ScreeningReasonJson::from(pallet_clinical_trial::ScreeningReason::NotEligible);
		assert_eq!(
			serde_json::to_value(not_eligible).ok(),
			Some(json!({ "reason": "NotEligible" }))
		);
	}

	#[test]
	fn enrolment_counts_serialise_in_camel_case() {
		let counts = pallet_clinical_trial::EnrolmentCounts {
			pending: 5,
			enrolled: 2,
			screened_out: 3,
			withdrawn: 1,
			needing_reconsent: 1,
		};
		assert_eq!(
			serde_json::to_value(EnrolmentCountsJson::from(&counts)).ok(),
			Some(json!({
				"pending": 5,
				"enrolled": 2,
				"screenedOut": 3,
				"withdrawn": 1,
				"needingReconsent": 1,
			})),
		);
	}

	#[test]
	fn suspension_serialises_in_camel_case() {
		let suspension = pallet_clinical_trial::Suspension {
			from: TrialStatus::Recruiting,
			by_org: 7,
			reason_hash: H256::repeat_byte(0xab),
			at: 1_000,
		};
		assert_eq!(
			serde_json::to_value(SuspensionJson::from(&suspension)).ok(),
			Some(json!({
				"from": "Recruiting",
				"byOrg": 7,
				"reasonHash": format!("0x{}", "ab".repeat(32)),
				"at": 1_000,
			})),
		);
	}
}
