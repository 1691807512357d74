//! Dispatches the command line: a subcommand, the development node, or the collator.

use cumulus_primitives_core::{GetParachainInfo, ParaId};
use frame_benchmarking_cli::{BenchmarkCmd, SUBSTRATE_REFERENCE_HARDWARE};
use healthchain_runtime::opaque::Block;
use log::info;
use sc_cli::{Result, SubstrateCli};
use sc_client_api::HeaderBackend;
use sp_api::ProvideRuntimeApi;
use sp_runtime::traits::HashingFor;

use crate::{
	cli::{Cli, RelayChainCli, Subcommand},
	service::{new_partial, HostFunctions, ParachainClient},
};

/// The parachain id, as the runtime at the best block reports it.
pub fn parachain_id(client: &ParachainClient) -> std::result::Result<ParaId, sc_service::Error> {
	let best = client.info().best_hash;
	let para_id = client.runtime_api().parachain_id(best).map_err(|e| {
		sc_service::Error::Other(format!("cannot read the parachain id from the runtime: {e}"))
	})?;
	info!("🪪 Parachain id: {para_id:?}");
	Ok(para_id)
}

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
			let polkadot_cli = RelayChainCli::new(
				runner.config(),
				[RelayChainCli::executable_name()].iter().chain(cli.relay_chain_args.iter()),
			);
			runner.sync_run(|config| {
				let polkadot_config = SubstrateCli::create_configuration(
					&polkadot_cli,
					&polkadot_cli,
					config.tokio_handle.clone(),
				)
				.map_err(|err| format!("Relay chain argument error: {err}"))?;
				cmd.run(config, polkadot_config)
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

	let polkadot_cli = RelayChainCli::new(
		runner.config(),
		[RelayChainCli::executable_name()].iter().chain(cli.relay_chain_args.iter()),
	);
	let collator_options = cli.run.collator_options();

	runner.run_node_until_exit(|config| async move {
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
	})
}
