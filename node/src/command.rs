//! Dispatches the command line: a subcommand, the development node, or the collator.

use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use healthchain_runtime::opaque::Block;
use std::future::Future;

use log::info;
use sc_cli::{CliConfiguration, Result, SubstrateCli};
use sc_service::TaskManager;
use sp_runtime::traits::HashingFor;

use crate::{
	cli::{Cli, RelayChainCli, Subcommand},
	service::{new_partial, HostFunctions},
};

/// Runs a chain-operation subcommand on the node's database.
macro_rules! construct_async_run {
	(|$components:ident, $cli:ident, $cmd:ident, $config:ident| $( $code:tt )* ) => {{
		let runner = $cli.create_runner($cmd)?;
		runner.async_run(|$config| {
			let $components = new_partial(&$config)?;
			let task_manager = $components.task_manager;
			{ $( $code )* }.map(|v| (v, task_manager))
		})
	}}
}

/// Parses the command line and runs what it asks for.
pub fn run() -> Result<()> {
	let cli = Cli::from_args();

	match &cli.subcommand {
		Some(Subcommand::Key(cmd)) => cmd.run(&cli),
		Some(Subcommand::BuildSpec(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| cmd.run(config.chain_spec, config.network))
		}
		Some(Subcommand::ExportChainSpec(cmd)) => {
			let spec = cli.load_spec(&cmd.chain)?;
			cmd.run(spec)
		}
		Some(Subcommand::CheckBlock(cmd)) => {
			construct_async_run!(|components, cli, cmd, config| {
				Ok(cmd.run(components.client, components.import_queue))
			})
		}
		Some(Subcommand::ExportBlocks(cmd)) => {
			construct_async_run!(|components, cli, cmd, config| {
				Ok(cmd.run(components.client, config.database))
			})
		}
		Some(Subcommand::ExportState(cmd)) => {
			construct_async_run!(|components, cli, cmd, config| {
				Ok(cmd.run(components.client, config.chain_spec))
			})
		}
		Some(Subcommand::ImportBlocks(cmd)) => {
			construct_async_run!(|components, cli, cmd, config| {
				Ok(cmd.run(components.client, components.import_queue))
			})
		}
		Some(Subcommand::Revert(cmd)) => {
			construct_async_run!(|components, cli, cmd, config| {
				Ok(cmd.run(components.client, components.backend, None))
			})
		}
		Some(Subcommand::PurgeChain(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			let polkadot_cli = RelayChainCli::new(runner.config(), &cli.relay_chain_args);
			runner.sync_run(|config| {
				match SubstrateCli::create_configuration(
					&polkadot_cli,
					&polkadot_cli,
					config.tokio_handle.clone(),
				) {
					Ok(polkadot_config) => cmd.run(config, polkadot_config),
					// The spec names a relay chain this node has not built in (rococo-local,
					// say) and none was given after `--`: the embedded relay node's databases
					// are still found under its own base path.
					Err(error) if !polkadot_cli.names_chain() => {
						let relay_base = polkadot_cli
							.base_path()?
							.ok_or("the relay chain's base path is unknown")?
							.path()
							.to_path_buf();
						log::warn!(
							"{error}; purging the relay chain databases under {relay_base:?}"
						);
						crate::purge::purge_without_relay_spec(cmd, &config, &relay_base)
					}
					Err(error) => Err(format!("Relay chain argument error: {error}").into()),
				}
			})
		}
		Some(Subcommand::ExportGenesisHead(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|config| {
				let partials = new_partial(&config)?;
				cmd.run(partials.client)
			})
		}
		Some(Subcommand::ExportGenesisWasm(cmd)) => {
			let runner = cli.create_runner(cmd)?;
			runner.sync_run(|_config| {
				let spec = cli.load_spec(&cmd.shared_params.chain.clone().unwrap_or_default())?;
				cmd.run(&*spec)
			})
		}
		Some(Subcommand::Benchmark(cmd)) => match cmd {
			// Runs against the runtime given by `--runtime` (built with `runtime-benchmarks`),
			// so the node itself never needs that feature.
			BenchmarkCmd::Pallet(cmd) => {
				let chain = cmd
					.shared_params
					.chain
					.as_ref()
					.map(|chain| cli.load_spec(chain))
					.transpose()?;
				cmd.run_with_spec::<HashingFor<Block>, HostFunctions>(chain)
			}
			BenchmarkCmd::Block(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| {
					let partials = new_partial(&config)?;
					cmd.run(partials.client)
				})
			}
			BenchmarkCmd::Machine(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| cmd.run(&config, SUBSTRATE_REFERENCE_HARDWARE.clone()))
			}
			BenchmarkCmd::Overhead(cmd) => cmd
				.run_with_default_builder_and_spec::<Block, HostFunctions>(
					cmd.shared_params
						.chain
						.as_ref()
						.map(|chain| cli.load_spec(chain))
						.transpose()?,
				),
			// Fills a block with one kind of extrinsic on the chain's genesis state and times
			// it; the state the healthcare calls need comes from scripts/full-blocks.sh.
			BenchmarkCmd::Extrinsic(cmd) => {
				let runner = cli.create_runner(cmd)?;
				runner.sync_run(|config| {
					let client = new_partial(&config)?.client;
					let (inherent_data, digest) =
						crate::benchmarking::first_block_inherents(&client)?;
					let factory = crate::benchmarking::checked_factory(
						&client,
						cmd.params.pallet.as_deref(),
						cmd.params.extrinsic.as_deref(),
						&inherent_data,
						&digest,
						&crate::benchmarking::Runs {
							max_per_block: cmd.params.bench.max_ext_per_block,
							warmup: cmd.params.bench.warmup,
							repeat: cmd.params.bench.repeat,
						},
					)?;
					cmd.run(client, inherent_data, digest, &factory)
				})
			}
			#[allow(unreachable_patterns)]
			_ => Err("This benchmark subcommand is not supported by healthchain-node.".into()),
		},
		None => run_node(&cli),
	}
}

/// Runs the node: standalone in development mode, otherwise as a parachain node.
fn run_node(cli: &Cli) -> Result<()> {
	let runner = cli.create_runner(&cli.run.normalize())?;

	if let Some(mode) = cli.dev_seal_mode() {
		return runner.run_node_until_exit(|config| async move {
			info!("🩺 Healthchain development node: {mode:?} sealing, relay chain mocked");
			crate::dev::start_dev_node(config, mode).map_err(Into::into)
		});
	}

	let polkadot_cli = RelayChainCli::new(runner.config(), &cli.relay_chain_args);
	let collator_options = cli.run.collator_options();

	runner.run_node_until_exit(|config| {
		let tokio_handle = config.tokio_handle.clone();
		until_interrupted(
			tokio_handle,
			start_parachain_node(cli, config, polkadot_cli, collator_options),
		)
	})
}

/// Starts the parachain node: the relay-chain node (embedded, or a client of
/// `--relay-chain-rpc-url`), then the parachain's own services.
async fn start_parachain_node(
	cli: &Cli,
	config: sc_service::Configuration,
	polkadot_cli: RelayChainCli,
	collator_options: cumulus_client_cli::CollatorOptions,
) -> Result<TaskManager> {
	let hwbench = (!cli.no_hardware_benchmarks)
		.then(|| {
			config.database.path().map(|database_path| {
				let _ = std::fs::create_dir_all(database_path);
				sc_sysinfo::gather_hwbench(Some(database_path), &SUBSTRATE_REFERENCE_HARDWARE)
			})
		})
		.flatten();

	let polkadot_config = SubstrateCli::create_configuration(
		&polkadot_cli,
		&polkadot_cli,
		config.tokio_handle.clone(),
	)
	.map_err(|err| format!("Relay chain argument error: {err}"))?;

	info!("✍️  Collating: {}", if config.role.is_authority() { "yes" } else { "no" });

	match config.network.network_backend {
		sc_network::config::NetworkBackendType::Libp2p => {
			crate::service::start_parachain_node::<sc_network::NetworkWorker<_, _>>(
				config,
				polkadot_config,
				collator_options,
				hwbench,
			)
			.await
		}
		sc_network::config::NetworkBackendType::Litep2p => {
			crate::service::start_parachain_node::<sc_network::Litep2pNetworkBackend>(
				config,
				polkadot_config,
				collator_options,
				hwbench,
			)
			.await
		}
	}
	.map_err(Into::into)
}

/// Runs `start`, unless SIGINT or SIGTERM arrives first.
///
/// Start-up can wait a long time for the relay chain (an RPC endpoint that is down, the
/// embedded relay node building its genesis), and sc-cli only listens for signals once
/// start-up is over. If a signal wins, start-up is abandoned (dropping what it had built
/// stops its tasks) and an empty task manager is returned: sc-cli's own signal handler has
/// seen the same signal, so the runner shuts down at once and the node exits cleanly.
async fn until_interrupted(
	tokio_handle: tokio::runtime::Handle,
	start: impl Future<Output = Result<TaskManager>>,
) -> Result<TaskManager> {
	use tokio::signal::unix::{signal, SignalKind};
	let mut interrupt = signal(SignalKind::interrupt())?;
	let mut terminate = signal(SignalKind::terminate())?;
	tokio::select! {
		started = start => started,
		_ = interrupt.recv() => stopped_during_start_up(tokio_handle),
		_ = terminate.recv() => stopped_during_start_up(tokio_handle),
	}
}

/// The empty task manager a node stopped during start-up hands back to sc-cli.
fn stopped_during_start_up(tokio_handle: tokio::runtime::Handle) -> Result<TaskManager> {
	info!("🛑 Stopped during start-up, before the relay chain was reached");
	TaskManager::new(tokio_handle, None)
		.map_err(|error| sc_service::Error::Other(error.to_string()).into())
}
