//! Standalone development mode (`--dev`): one process, no relay chain.
//!
//! Blocks are sealed locally — on a timer, or for each transaction with `--instant-seal`,
//! and on demand through `engine_createBlock` — with the relay chain's inherent data
//! mocked, so the runtime executes exactly as it would on a relay chain. The node accepts
//! no peers.

use std::{sync::Arc, time::Duration};

use codec::Encode;
use cumulus_client_parachain_inherent::MockValidationDataInherentDataProvider;
use cumulus_primitives_core::{CollectCollationInfo, ParaId, RelayParentOffsetApi};
use futures::{channel::mpsc, future, stream, Stream, StreamExt};
use healthchain_runtime::{opaque::Block, Hash};
use polkadot_primitives::{HeadData, UpgradeGoAhead};
use sc_consensus::LongestChain;
use sc_consensus_manual_seal::{
	consensus::aura::AuraConsensusDataProvider, EngineCommand, ManualSealParams,
};
use sc_network::config::FullNetworkConfiguration;
use sc_service::{Configuration, PartialComponents, TaskManager};
use sc_transaction_pool_api::TransactionPool as _;
use sp_api::ProvideRuntimeApi;
use sp_consensus_aura::SlotDuration;
use sp_runtime::traits::Header as _;

use crate::{
	cli::DevSealMode,
	service::{new_partial, ParachainClient},
};

/// The mocked relay chain's slot.
pub(crate) const RELAY_CHAIN_SLOT_DURATION_MILLIS: u64 = 6000;

/// How many engine commands (timer ticks, transactions, RPC requests) may wait to be served.
const COMMAND_QUEUE_DEPTH: usize = 1024;

/// Starts the standalone development node.
pub fn start_dev_node(
	mut config: Configuration,
	mode: DevSealMode,
) -> sc_service::error::Result<TaskManager> {
	let PartialComponents {
		client,
		backend,
		mut task_manager,
		import_queue,
		keystore_container,
		select_chain: _,
		transaction_pool,
		other: (_, mut telemetry, _),
	} = new_partial(&config)?;

	// A development chain is private to this process.
	config.network.default_peers_set.in_peers = 0;
	config.network.default_peers_set.out_peers = 0;
	let net_config = FullNetworkConfiguration::<_, _, sc_network::Litep2pNetworkBackend>::new(
		&config.network,
		None,
	);

	let (network, system_rpc_tx, tx_handler_controller, sync_service, _bitswap) =
		sc_service::build_network(sc_service::BuildNetworkParams {
			config: &config,
			client: client.clone(),
			transaction_pool: transaction_pool.clone(),
			spawn_handle: task_manager.spawn_handle(),
			spawn_essential_handle: task_manager.spawn_essential_handle(),
			import_queue,
			net_config,
			block_announce_validator_builder: None,
			warp_sync_config: None,
			block_relay: None,
			metrics: sc_network::NotificationMetrics::new(None),
			gap_sync_body_policy: None,
		})?;

	if config.offchain_worker.enabled {
		crate::service::start_offchain_workers(
			&client,
			&backend,
			&transaction_pool,
			keystore_container.keystore(),
			network.clone(),
			config.role.is_authority(),
			&task_manager,
		)?;
	}

	let proposer = sc_basic_authorship::ProposerFactory::new(
		task_manager.spawn_handle(),
		client.clone(),
		transaction_pool.clone(),
		config.prometheus_registry(),
		telemetry.as_ref().map(|telemetry| telemetry.handle()),
	);

	let slot_duration = sc_consensus_aura::slot_duration(&*client)?;
	let para_id = crate::service::parachain_id(&client)?;

	// Engine commands arrive from the RPC (`engine_createBlock`, `engine_finalizeBlock`) and
	// from the sealing trigger of the chosen mode.
	let (rpc_sink, rpc_commands) = mpsc::channel::<EngineCommand<Hash>>(COMMAND_QUEUE_DEPTH);
	let trigger: std::pin::Pin<Box<dyn Stream<Item = EngineCommand<Hash>> + Send>> = match mode {
		DevSealMode::Interval(millis) => Box::pin(seal_every(Duration::from_millis(millis))),
		// `create_empty: true` although only a transaction triggers the seal: manual seal
		// judges a block empty by comparing its extrinsic count with the number of inherent
		// *data* entries, and the mocked relay chain provides one entry (`sysi1338`) that
		// yields no extrinsic, so a block holding one transaction would be judged empty and
		// dropped.
		DevSealMode::Instant => {
			Box::pin(transaction_pool.import_notification_stream().map(|_| seal_command(true)))
		}
	};
	let commands_stream = stream::select(trigger, rpc_commands);

	let authorship = sc_consensus_manual_seal::run_manual_seal(ManualSealParams {
		block_import: client.clone(),
		env: proposer,
		client: client.clone(),
		pool: transaction_pool.clone(),
		select_chain: LongestChain::new(backend.clone()),
		commands_stream,
		// Aura digests matching the mocked timestamps, as the runtime's Aura pallet expects.
		consensus_data_provider: Some(Box::new(
			AuraConsensusDataProvider::<Block>::new_with_slot_duration(slot_duration),
		)),
		create_inherent_data_providers: dev_inherent_data_providers(
			client.clone(),
			para_id,
			slot_duration,
		),
	});
	task_manager.spawn_essential_handle().spawn_blocking("manual-seal", None, authorship);

	let rpc_builder = crate::rpc::builder(client.clone(), transaction_pool.clone(), Some(rpc_sink));

	sc_service::spawn_tasks(sc_service::SpawnTasksParams {
		network,
		client,
		keystore: keystore_container.keystore(),
		task_manager: &mut task_manager,
		transaction_pool,
		rpc_builder,
		backend,
		system_rpc_tx,
		tx_handler_controller,
		sync_service,
		config,
		telemetry: telemetry.as_mut(),
		tracing_execute_block: None,
	})?;

	Ok(task_manager)
}

/// A command that seals one block on the best block and finalises it.
fn seal_command(create_empty: bool) -> EngineCommand<Hash> {
	EngineCommand::SealNewBlock { create_empty, finalize: true, parent_hash: None, sender: None }
}

/// A block every `interval`, empty or not.
fn seal_every(interval: Duration) -> impl Stream<Item = EngineCommand<Hash>> + Send {
	stream::unfold((), move |()| async move {
		futures_timer::Delay::new(interval).await;
		Some((seal_command(true), ()))
	})
}

/// What [`dev_inherent_data_providers`] creates for each block.
type DevInherentDataProviders = Result<
	(sp_timestamp::InherentDataProvider, MockValidationDataInherentDataProvider<()>),
	Box<dyn std::error::Error + Send + Sync>,
>;

/// The inherent data of a development block: a timestamp and mocked relay-chain validation
/// data.
///
/// Each parachain block gets its own relay-chain slot, and the timestamp is that slot's start,
/// so Aura's slot, the relay chain's and the timestamp always agree. The mocked relay chain
/// starts two hours in the past so that sealing faster than one block per 6 s stays behind
/// the wall clock for a long while.
fn dev_inherent_data_providers(
	client: Arc<ParachainClient>,
	para_id: ParaId,
	slot_duration: SlotDuration,
) -> impl Fn(Hash, ()) -> future::Ready<DevInherentDataProviders> + Send + Sync {
	let initial_relay_slot = two_hours_ago_relay_slot();
	let relay_blocks_per_para_block = relay_blocks_per_para_block(slot_duration);

	move |parent: Hash, ()| {
		future::ready(mock_inherents(
			&client,
			parent,
			para_id,
			initial_relay_slot,
			relay_blocks_per_para_block,
		))
	}
}

/// The mocked relay chain's slot two hours before now.
pub(crate) fn two_hours_ago_relay_slot() -> u64 {
	let two_hours_ago = std::time::SystemTime::now()
		.checked_sub(Duration::from_secs(2 * 60 * 60))
		.and_then(|time| time.duration_since(std::time::UNIX_EPOCH).ok())
		.unwrap_or_default();
	u64::try_from(two_hours_ago.as_millis()).unwrap_or(u64::MAX) / RELAY_CHAIN_SLOT_DURATION_MILLIS
}

/// How many mocked relay-chain blocks pass per parachain block of `slot_duration`.
pub(crate) fn relay_blocks_per_para_block(slot_duration: SlotDuration) -> u32 {
	u32::try_from((slot_duration.as_millis() / RELAY_CHAIN_SLOT_DURATION_MILLIS).max(1))
		.unwrap_or(1)
}

/// The timestamp and mocked relay-chain validation data of the block on top of `parent`, whose
/// relay slot is `initial_relay_slot` plus `relay_blocks_per_para_block` per block number.
pub(crate) fn mock_inherents(
	client: &ParachainClient,
	parent: Hash,
	para_id: ParaId,
	initial_relay_slot: u64,
	relay_blocks_per_para_block: u32,
) -> Result<
	(sp_timestamp::InherentDataProvider, MockValidationDataInherentDataProvider<()>),
	Box<dyn std::error::Error + Send + Sync>,
> {
	let parent_header = client
		.header(parent)?
		.ok_or_else(|| format!("parent block {parent:?} is not in the database"))?;
	let block_number = parent_header.number().saturating_add(1);

	// A pending runtime upgrade needs the relay chain's go-ahead, which we grant at once.
	let upgrade_pending = client
		.runtime_api()
		.collect_collation_info(parent, &parent_header)
		.map(|info| info.new_validation_code.is_some())
		.unwrap_or_default();
	let relay_parent_offset = client.runtime_api().relay_parent_offset(parent).unwrap_or_default();

	let relay_slot = initial_relay_slot.saturating_add(
		u64::from(block_number).saturating_mul(u64::from(relay_blocks_per_para_block)),
	);
	let relay_offset = u32::try_from(relay_slot)
		.unwrap_or(u32::MAX)
		.saturating_sub(relay_blocks_per_para_block.saturating_mul(block_number));

	let validation_data = MockValidationDataInherentDataProvider::<()> {
		current_para_block: block_number,
		para_id,
		current_para_block_head: Some(HeadData(parent_header.encode())),
		relay_offset,
		relay_parent_offset,
		relay_blocks_per_para_block,
		para_blocks_per_relay_epoch: 10,
		upgrade_go_ahead: upgrade_pending.then_some(UpgradeGoAhead::GoAhead),
		..Default::default()
	};
	let timestamp = sp_timestamp::InherentDataProvider::new(
		relay_slot.saturating_mul(RELAY_CHAIN_SLOT_DURATION_MILLIS).into(),
	);
	Ok((timestamp, validation_data))
}
