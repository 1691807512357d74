//! `healthchain-node`: hosts the Healthchain runtime as a cumulus collator, or standalone
//! with `--dev`.

#![warn(missing_docs)]

mod chain_spec;
mod cli;
mod command;
mod dev;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
