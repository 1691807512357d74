//! The node's JSON-RPC: the one place where every RPC module is merged.
//!
//! Besides the standard Substrate RPC (`system_*`, `chain_*`, `state_*`, `author_*`, added by
//! `sc-service`), the node serves `system_accountNextIndex`, `payment_*`, and in development
//! mode `engine_createBlock` / `engine_finalizeBlock`. The project's own namespaces join
//! here, each a thin wrapper over a versioned runtime API:
//!
//! - `clinicalTrial_*` (`pallet-clinical-trial-rpc`): the clinical-trial registry in plain
//!   JSON — `clinicalTrial_trial`, `clinicalTrial_trials`, `clinicalTrial_protocolHistory`,
//!   `clinicalTrial_outcomeReport`, `clinicalTrial_enrolmentCounts`,
//!   `clinicalTrial_enrolment`, `clinicalTrial_dataSnapshots`, `clinicalTrial_adverseEvents`
//!   and `clinicalTrial_findHash`, over `ClinicalTrialApi`.

use std::sync::Arc;

use futures::channel::mpsc;
use healthchain_runtime::{opaque::Block, Hash, Runtime};
use jsonrpsee::RpcModule;
use pallet_clinical_trial_rpc::{ClinicalTrial, ClinicalTrialApiServer};
use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
use sc_consensus_manual_seal::{
	rpc::{ManualSeal, ManualSealApiServer},
	EngineCommand,
};
use substrate_frame_rpc_system::{System, SystemApiServer};

use crate::service::{ParachainClient, TransactionPool};

/// What the RPC modules need.
pub struct FullDeps {
	/// The client.
	pub client: Arc<ParachainClient>,
	/// The transaction pool.
	pub pool: Arc<TransactionPool>,
	/// Development mode only: where `engine_*` requests go.
	pub manual_seal: Option<mpsc::Sender<EngineCommand<Hash>>>,
}

/// The RPC builder `sc_service::spawn_tasks` takes: [`create_full`] for every connection.
pub fn builder(
	client: Arc<ParachainClient>,
	pool: Arc<TransactionPool>,
	manual_seal: Option<mpsc::Sender<EngineCommand<Hash>>>,
) -> Box<dyn Fn(sc_rpc::SubscriptionTaskExecutor) -> Result<RpcModule<()>, sc_service::Error>> {
	Box::new(move |_| {
		create_full(FullDeps {
			client: client.clone(),
			pool: pool.clone(),
			manual_seal: manual_seal.clone(),
		})
		.map_err(sc_service::Error::Application)
	})
}

/// Builds the node's RPC modules.
pub fn create_full(
	deps: FullDeps,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>> {
	let FullDeps { client, pool, manual_seal } = deps;
	let mut module = RpcModule::new(());

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(ClinicalTrial::<_, Block, Runtime>::new(client).into_rpc())?;
	if let Some(commands) = manual_seal {
		module.merge(ManualSeal::new(commands).into_rpc())?;
	}

	Ok(module)
}
