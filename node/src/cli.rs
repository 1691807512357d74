//! The command line: subcommands, the node's own flags, and the embedded relay-chain node's.

use std::path::PathBuf;

use clap::{CommandFactory, FromArgMatches};
use sc_cli::{
	CliConfiguration, DefaultConfigurationValues, ImportParams, KeystoreParams, NetworkParams,
	RpcEndpoint, SharedParams, SubstrateCli,
};
use sc_service::{config::PrometheusConfig, BasePath, ChainSpec};

use crate::chain_spec::Extensions;

/// Block interval of `--dev` when neither `--dev-block-time` nor `--instant-seal` is given:
/// the runtime's own 6 s slot.
pub const DEFAULT_DEV_BLOCK_TIME_MS: u64 = 6000;

/// The subcommands.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, clap::Subcommand)]
pub enum Subcommand {
	/// Key management: generate, inspect and insert keys, node keys included.
	#[command(subcommand)]
	Key(sc_cli::KeySubcommand),

	/// Build a chain specification (prefer `export-chain-spec`).
	BuildSpec(sc_cli::BuildSpecCmd),

	/// Export a built-in chain specification as JSON.
	ExportChainSpec(sc_cli::ExportChainSpecCmd),

	/// Validate blocks.
	CheckBlock(sc_cli::CheckBlockCmd),

	/// Export blocks.
	ExportBlocks(sc_cli::ExportBlocksCmd),

	/// Export the state of a block as a chain specification.
	ExportState(sc_cli::ExportStateCmd),

	/// Import blocks.
	ImportBlocks(sc_cli::ImportBlocksCmd),

	/// Revert the chain to a previous state.
	Revert(sc_cli::RevertCmd),

	/// Remove the whole chain data, the parachain's and the embedded relay chain's.
	PurgeChain(cumulus_client_cli::PurgeChainCmd),

	/// Export the genesis head data, needed to register the parachain on a relay chain.
	#[command(alias = "export-genesis-state")]
	ExportGenesisHead(cumulus_client_cli::ExportGenesisHeadCommand),

	/// Export the genesis runtime (WASM), needed to register the parachain on a relay chain.
	ExportGenesisWasm(cumulus_client_cli::ExportGenesisWasmCommand),

	/// Benchmarks: `pallet` (run against a runtime built with `runtime-benchmarks`, given
	/// by `--runtime`), `block`, `machine`, `overhead`.
	#[command(subcommand)]
	Benchmark(frame_benchmarking_cli::BenchmarkCmd),
}

const AFTER_HELP_EXAMPLE: &str = color_print::cstr!(
	r#"<bold><underline>Examples:</></>
   <bold>healthchain-node --dev</>
           Run a standalone development chain (no relay chain) with the demo consortium,
           sealing a block every 6 s; RPC on ws://127.0.0.1:9944.
   <bold>healthchain-node --dev --instant-seal</>
           The same, sealing a block as soon as a transaction arrives.
   <bold>healthchain-node export-chain-spec --chain local > healthchain-local.json</>
           Export the two-collator local testnet specification.
   <bold>healthchain-node --collator --chain healthchain-local.json --base-path /var/lib/hc -- --chain rococo-local.json</>
           Run a collator; the arguments after -- configure the embedded relay-chain node.
 "#
);

/// `healthchain-node`.
#[derive(Debug, clap::Parser)]
#[command(
	propagate_version = true,
	args_conflicts_with_subcommands = true,
	subcommand_negates_reqs = true
)]
#[clap(after_help = AFTER_HELP_EXAMPLE)]
pub struct Cli {
	/// A subcommand; without one, the node runs.
	#[command(subcommand)]
	pub subcommand: Option<Subcommand>,

	/// The node's flags (those of a cumulus collator).
	#[command(flatten)]
	pub run: cumulus_client_cli::RunCmd,

	/// Standalone development mode: seal a block every this many milliseconds, with the
	/// relay chain mocked. Implied (6000 ms) by `--dev`.
	#[arg(long, value_name = "MILLISECONDS", conflicts_with = "instant_seal", value_parser = clap::value_parser!(u64).range(1..))]
	pub dev_block_time: Option<u64>,

	/// Standalone development mode: seal a block as soon as a transaction enters the pool.
	#[arg(long, conflicts_with = "dev_block_time")]
	pub instant_seal: bool,

	/// Skip the hardware benchmarks a collator runs at start-up.
	#[arg(long)]
	pub no_hardware_benchmarks: bool,

	/// Arguments for the embedded relay-chain node, after `--`.
	#[arg(raw = true)]
	pub relay_chain_args: Vec<String>,
}

/// How a standalone development node seals blocks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DevSealMode {
	/// A block every so many milliseconds, and on `engine_createBlock`.
	Interval(u64),
	/// A block for every transaction entering the pool, and on `engine_createBlock`.
	Instant,
}

impl Cli {
	/// The standalone development mode asked for, if any.
	pub fn dev_seal_mode(&self) -> Option<DevSealMode> {
		if self.instant_seal {
			Some(DevSealMode::Instant)
		} else if let Some(interval) = self.dev_block_time {
			Some(DevSealMode::Interval(interval))
		} else if self.run.base.is_dev().unwrap_or(false) {
			Some(DevSealMode::Interval(DEFAULT_DEV_BLOCK_TIME_MS))
		} else {
			None
		}
	}
}

/// The embedded relay-chain node's command line (the arguments after `--`).
#[derive(Debug)]
pub struct RelayChainCli {
	/// The relay-chain node's flags.
	pub base: polkadot_cli::RunCmd,
	/// The relay chain named by the parachain's chain spec, used when `--chain` is absent.
	pub chain_id: Option<String>,
	/// `<parachain base path>/polkadot`, used when `--base-path` is absent.
	pub base_path: Option<PathBuf>,
}

impl RelayChainCli {
	/// Parses `relay_chain_args`, the arguments given after `--` (without a binary name), for
	/// the parachain configured by `para_config`. Bad arguments end the process with clap's
	/// usage message, as for the node's own flags.
	pub fn new(para_config: &sc_service::Configuration, relay_chain_args: &[String]) -> Self {
		let base = polkadot_cli::RunCmd::command()
			.no_binary_name(true)
			.try_get_matches_from(relay_chain_args)
			.and_then(|matches| polkadot_cli::RunCmd::from_arg_matches(&matches))
			.unwrap_or_else(|error| error.exit());
		let chain_id = Extensions::try_get(&*para_config.chain_spec).map(|e| e.relay_chain.clone());
		let base_path = Some(para_config.base_path.path().join("polkadot"));
		Self { base, chain_id, base_path }
	}
}

impl SubstrateCli for Cli {
	fn impl_name() -> String {
		"Healthchain Node".into()
	}

	fn impl_version() -> String {
		env!("SUBSTRATE_CLI_IMPL_VERSION").into()
	}

	fn description() -> String {
		format!(
			"Healthchain parachain node.\n\nThe arguments before -- configure the parachain \
			 node; those after -- configure the embedded relay-chain node.\n\n\
			 {} [parachain-args] -- [relay-chain-args]",
			Self::executable_name()
		)
	}

	fn author() -> String {
		env!("CARGO_PKG_AUTHORS").into()
	}

	fn support_url() -> String {
		"https://healthchain.invalid/healthchain/issues".into()
	}

	fn copyright_start_year() -> i32 {
		2026
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		crate::chain_spec::load_spec(id)
	}
}

impl SubstrateCli for RelayChainCli {
	fn impl_name() -> String {
		Cli::impl_name()
	}

	fn impl_version() -> String {
		Cli::impl_version()
	}

	fn description() -> String {
		Cli::description()
	}

	fn author() -> String {
		Cli::author()
	}

	fn support_url() -> String {
		Cli::support_url()
	}

	fn copyright_start_year() -> i32 {
		Cli::copyright_start_year()
	}

	fn load_spec(&self, id: &str) -> Result<Box<dyn ChainSpec>, String> {
		polkadot_cli::Cli::from_iter([Self::executable_name()].iter()).load_spec(id).map_err(
			|error| {
				format!(
					"cannot load the relay chain `{id}`: {error}. healthchain-node has only \
					 polkadot, kusama, westend, paseo and rococo built in; give the relay \
					 chain's spec file after `--`, e.g. `healthchain-node --chain local ... -- \
					 --chain rococo-local-raw.json`"
				)
			},
		)
	}
}

impl RelayChainCli {
	/// Whether the relay-chain arguments name a chain spec (`--chain`).
	pub fn names_chain(&self) -> bool {
		self.base.base.shared_params().chain.is_some()
	}
}

impl DefaultConfigurationValues for RelayChainCli {
	fn p2p_listen_port() -> u16 {
		30334
	}

	fn rpc_listen_port() -> u16 {
		9945
	}

	fn prometheus_listen_port() -> u16 {
		9616
	}
}

impl CliConfiguration<Self> for RelayChainCli {
	fn shared_params(&self) -> &SharedParams {
		self.base.base.shared_params()
	}

	fn import_params(&self) -> Option<&ImportParams> {
		self.base.base.import_params()
	}

	fn network_params(&self) -> Option<&NetworkParams> {
		self.base.base.network_params()
	}

	fn keystore_params(&self) -> Option<&KeystoreParams> {
		self.base.base.keystore_params()
	}

	fn base_path(&self) -> sc_cli::Result<Option<BasePath>> {
		Ok(self.shared_params().base_path()?.or_else(|| self.base_path.clone().map(Into::into)))
	}

	fn rpc_addr(&self, default_listen_port: u16) -> sc_cli::Result<Option<Vec<RpcEndpoint>>> {
		self.base.base.rpc_addr(default_listen_port)
	}

	fn prometheus_config(
		&self,
		default_listen_port: u16,
		chain_spec: &Box<dyn ChainSpec>,
	) -> sc_cli::Result<Option<PrometheusConfig>> {
		self.base.base.prometheus_config(default_listen_port, chain_spec)
	}

	fn init<F>(
		&self,
		_support_url: &String,
		_impl_version: &String,
		_logger_hook: F,
	) -> sc_cli::Result<()>
	where
		F: FnOnce(&mut sc_cli::LoggerBuilder),
	{
		// The parachain node has set up logging already; the relay chain's config only
		// describes the embedded node.
		Ok(())
	}

	fn chain_id(&self, is_dev: bool) -> sc_cli::Result<String> {
		let chain_id = self.base.base.chain_id(is_dev)?;
		Ok(if chain_id.is_empty() { self.chain_id.clone().unwrap_or_default() } else { chain_id })
	}

	fn role(&self, is_dev: bool) -> sc_cli::Result<sc_service::Role> {
		self.base.base.role(is_dev)
	}

	fn transaction_pool(
		&self,
		is_dev: bool,
	) -> sc_cli::Result<sc_service::config::TransactionPoolOptions> {
		self.base.base.transaction_pool(is_dev)
	}

	fn trie_cache_maximum_size(&self) -> sc_cli::Result<Option<usize>> {
		self.base.base.trie_cache_maximum_size()
	}

	fn rpc_methods(&self) -> sc_cli::Result<sc_service::config::RpcMethods> {
		self.base.base.rpc_methods()
	}

	fn rpc_max_connections(&self) -> sc_cli::Result<u32> {
		self.base.base.rpc_max_connections()
	}

	fn rpc_cors(&self, is_dev: bool) -> sc_cli::Result<Option<Vec<String>>> {
		self.base.base.rpc_cors(is_dev)
	}

	fn default_heap_pages(&self) -> sc_cli::Result<Option<u64>> {
		self.base.base.default_heap_pages()
	}

	fn force_authoring(&self) -> sc_cli::Result<bool> {
		self.base.base.force_authoring()
	}

	fn disable_grandpa(&self) -> sc_cli::Result<bool> {
		self.base.base.disable_grandpa()
	}

	fn max_runtime_instances(&self) -> sc_cli::Result<Option<usize>> {
		self.base.base.max_runtime_instances()
	}

	fn announce_block(&self) -> sc_cli::Result<bool> {
		self.base.base.announce_block()
	}

	fn telemetry_endpoints(
		&self,
		chain_spec: &Box<dyn ChainSpec>,
	) -> sc_cli::Result<Option<sc_telemetry::TelemetryEndpoints>> {
		self.base.base.telemetry_endpoints(chain_spec)
	}

	fn node_name(&self) -> sc_cli::Result<String> {
		self.base.base.node_name()
	}
}
