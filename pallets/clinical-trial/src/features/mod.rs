//! The registry's logic, one file per topic (after `pallet-nfts`): the `do_*` functions behind
//! the calls, the reads behind the runtime API, and the invariants `try_state` checks.
//!
//! Every `do_*` checks everything before it writes anything, so a refused call leaves no
//! trace. No call and no read iterates over all trials or participants: each touches the keys
//! it names, one trial's outcomes (at most `MaxOutcomes` and `MaxReportedOutcomes`) or
//! protocol versions (at most `MaxProtocolVersions`), or one page of an index.

mod amendments;
mod common;
mod data;
mod enrolment;
mod invariants;
mod lifecycle;
mod reads;
mod registration;
mod results;
