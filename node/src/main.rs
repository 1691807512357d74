//! `healthchain-node`: hosts the Healthchain runtime as a cumulus collator, or standalone
//! with `--dev`.

#![warn(missing_docs)]
// The node returns polkadot-sdk's own error types (`sc_cli::Error`, `sc_service::Error`),
// as every Substrate node does; their size is the SDK's, and they travel only on the
// start-up and shutdown paths, never per block.
#![allow(clippy::result_large_err)]

mod benchmarking;
mod chain_spec;
mod cli;
mod command;
mod dev;
mod purge;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
