//! Runtime API of patient consent (`pallet-consent`).
//!
//! Answers, at any block: a patient's consent grants and access log (newest first, page by
//! page) with the head of the log's hash chain, whether an access is permitted and by which
//! grant or break-glass case, the break-glass cases awaiting an auditor's review and those
//! of one organisation, and a patient's delegates. Reachable with `state_call`
//! (`ConsentApi_consents`, `ConsentApi_check_access`, `ConsentApi_access_log`,
//! `ConsentApi_access_log_head`, `ConsentApi_break_glass_awaiting_review`,
//! `ConsentApi_break_glass_cases_of`, `ConsentApi_delegates`) and from Polkadot.js as
//! `api.call.consentApi.*`.
//!
//! Version 2 (no chain ran version 1): access-log indexes are `u64` (the log is a ring that
//! never fills), `consents` returns the next page's cursor (pruned grants leave gaps), and
//! `access_log_head` and `break_glass_cases_of` are new.
//!
//! The answers are the pallet's own types, re-exported here, so a client decodes exactly
//! what the chain stores. The grant type is a parameter of the API (`Grant`) because the
//! stored grant carries the runtime's category bound; the runtime names it
//! `pallet_consent::ConsentGrantOf<Runtime>`, which encodes as
//! `ConsentGrant<AccountId, BlockNumber, MaxCategoriesPerGrant>`.

#![cfg_attr(not(feature = "std"), no_std)]
#![warn(missing_docs)]

extern crate alloc;

use alloc::vec::Vec;
use codec::Codec;

pub use healthchain_primitives::OrgId;
pub use healthchain_primitives::{
	AccessBasis, AccessRequest, BreakGlassId, ConsentError, ConsentId, RecordId,
};
pub use pallet_consent::{
	AccessLogEntry, AccessLogHead, BreakGlassCase, BreakGlassReview, ConsentGrant, ConsentStatus,
	DelegateKind, EmergencyReason, Grantee,
};

sp_api::decl_runtime_apis! {
	/// Queries of patient consent.
	#[api_version(2)]
	pub trait ConsentApi<AccountId, BlockNumber, Grant>
	where
		AccountId: Codec,
		BlockNumber: Codec,
		Grant: Codec,
	{
		/// One page of `patient`'s consent grants, newest first, each with its status at the
		/// block's time (`Expired` worked out from its period): those still stored among the
		/// `limit` (capped at the pallet's `MaxPageSize`) indexes below `before` (from the
		/// newest when `None`), each as `(index, consent id, grant)`, and the `before` of the
		/// next page, `None` when the listing is over. Pruned grants leave gaps, so a page
		/// may be short, or empty, before the end.
		fn consents(
			patient: AccountId,
			before: Option<u32>,
			limit: u32,
		) -> (Vec<(u32, ConsentId, Grant)>, Option<u32>);

		/// Whether `request` is permitted at the block's time, and by which grant or
		/// break-glass case; otherwise why not. Records nothing.
		fn check_access(request: AccessRequest<AccountId>) -> Result<AccessBasis, ConsentError>;

		/// One page of `patient`'s access log, newest first: at most `limit` (capped at the
		/// pallet's `MaxPageSize`) of the entries still on chain (the newest
		/// `MaxAccessLogEntries`) whose index is below `before` (from the newest when `None`).
		/// Pass the last index as `before` for the next page. An empty page ends the listing.
		fn access_log(
			patient: AccountId,
			before: Option<u64>,
			limit: u32,
		) -> Vec<(u64, AccessLogEntry<AccountId, BlockNumber>)>;

		/// How many entries `patient`'s access log has ever had, and the head of the hash
		/// chain over all of them, against which an archive of the `AccessRecorded` events
		/// proves it is complete.
		fn access_log_head(patient: AccountId) -> AccessLogHead;

		/// One page of the break-glass cases no auditor has reviewed yet, each with whether it
		/// is overdue (its review deadline has passed): at most `limit` (capped at the pallet's
		/// `MaxPageSize`), after case `start_after` (the last id of the previous page), or
		/// from the first when `None`. An empty page ends the listing.
		fn break_glass_awaiting_review(
			start_after: Option<BreakGlassId>,
			limit: u32,
		) -> Vec<(BreakGlassId, BreakGlassCase<AccountId>, bool)>;

		/// One page of the break-glass cases opened by practitioners of organisation `org`,
		/// reviewed or not, each with whether it is overdue: at most `limit` (capped at the
		/// pallet's `MaxPageSize`), after case `start_after` (the last id of the previous
		/// page), or from the first when `None`. An empty page ends the listing.
		fn break_glass_cases_of(
			org: OrgId,
			start_after: Option<BreakGlassId>,
			limit: u32,
		) -> Vec<(BreakGlassId, BreakGlassCase<AccountId>, bool)>;

		/// The delegates (guardians, custodians) `patient` named, in the order named.
		fn delegates(patient: AccountId) -> Vec<(AccountId, DelegateKind)>;
	}
}
