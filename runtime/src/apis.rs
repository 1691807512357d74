//! The runtime APIs: what the node, Polkadot.js (`api.call.*`, `state_call`) and the
//! project's RPC namespaces may ask this runtime.

use alloc::vec::Vec;

use frame_support::{
	genesis_builder_helper::{build_state, get_preset},
	weights::Weight,
};
use healthchain_primitives::RecordId;
use sp_api::impl_runtime_apis;
use sp_core::{crypto::KeyTypeId, OpaqueMetadata};
use sp_runtime::{
	traits::Block as BlockT,
	transaction_validity::{TransactionSource, TransactionValidity},
	ApplyExtrinsicResult,
};
use sp_version::RuntimeVersion;
use xcm::{
	latest::prelude::AssetId, Version as XcmVersion, VersionedAsset, VersionedAssetId,
	VersionedAssets, VersionedLocation, VersionedXcm,
};
use xcm_runtime_apis::{
	dry_run::{CallDryRunEffects, Error as XcmDryRunApiError, XcmDryRunEffects},
	fees::Error as XcmPaymentApiError,
};

use crate::{
	configs::xcm::{LocationToAccountId, XcmConfig, XcmRouter},
	genesis_config_presets, AccountId, AuraId, Balance, Block, BlockNumber, ClinicalTrial,
	ConsensusHook, Consent, DrugTrace, EhrAnchor, Executive, InherentDataExt, Nonce, Organizations,
	OriginCaller, ParachainInfo, ParachainSystem, PolkadotXcm, Runtime, RuntimeCall, RuntimeEvent,
	RuntimeGenesisConfig, SessionKeys, System, TransactionPayment, RELAY_PARENT_OFFSET,
	SLOT_DURATION, VERSION,
};

/// A record anchor as this runtime stores it.
type RecordAnchorOf = pallet_ehr_anchor::RecordAnchorOf<Runtime>;

impl_runtime_apis! {
	impl sp_consensus_aura::AuraApi<Block, AuraId> for Runtime {
		fn slot_duration() -> sp_consensus_aura::SlotDuration {
			sp_consensus_aura::SlotDuration::from_millis(SLOT_DURATION)
		}

		fn authorities() -> Vec<AuraId> {
			pallet_aura::Authorities::<Runtime>::get().into_inner()
		}
	}

	impl cumulus_primitives_aura::AuraUnincludedSegmentApi<Block> for Runtime {
		fn can_build_upon(
			included_hash: <Block as BlockT>::Hash,
			slot: cumulus_primitives_aura::Slot,
		) -> bool {
			ConsensusHook::can_build_upon(included_hash, slot)
		}
	}

	impl sp_api::Core<Block> for Runtime {
		fn version() -> RuntimeVersion {
			VERSION
		}

		fn execute_block(block: <Block as BlockT>::LazyBlock) {
			Executive::execute_block(block)
		}

		fn initialize_block(header: &<Block as BlockT>::Header) -> sp_runtime::ExtrinsicInclusionMode {
			Executive::initialize_block(header)
		}
	}

	impl sp_api::Metadata<Block> for Runtime {
		fn metadata() -> OpaqueMetadata {
			OpaqueMetadata::new(Runtime::metadata().into())
		}

		fn metadata_at_version(version: u32) -> Option<OpaqueMetadata> {
			Runtime::metadata_at_version(version)
		}

		fn metadata_versions() -> Vec<u32> {
			Runtime::metadata_versions()
		}
	}

	impl sp_block_builder::BlockBuilder<Block> for Runtime {
		fn apply_extrinsic(extrinsic: <Block as BlockT>::Extrinsic) -> ApplyExtrinsicResult {
			Executive::apply_extrinsic(extrinsic)
		}

		fn finalize_block() -> <Block as BlockT>::Header {
			Executive::finalize_block()
		}

		fn inherent_extrinsics(data: sp_inherents::InherentData) -> Vec<<Block as BlockT>::Extrinsic> {
			data.create_extrinsics()
		}

		fn check_inherents(
			block: <Block as BlockT>::LazyBlock,
			data: sp_inherents::InherentData,
		) -> sp_inherents::CheckInherentsResult {
			data.check_extrinsics(&block)
		}
	}

	impl sp_transaction_pool::runtime_api::TaggedTransactionQueue<Block> for Runtime {
		fn validate_transaction(
			source: TransactionSource,
			tx: <Block as BlockT>::Extrinsic,
			block_hash: <Block as BlockT>::Hash,
		) -> TransactionValidity {
			Executive::validate_transaction(source, tx, block_hash)
		}
	}

	impl sp_offchain::OffchainWorkerApi<Block> for Runtime {
		fn offchain_worker(header: &<Block as BlockT>::Header) {
			Executive::offchain_worker(header)
		}
	}

	impl sp_session::SessionKeys<Block> for Runtime {
		fn generate_session_keys(
			owner: Vec<u8>,
			seed: Option<Vec<u8>>,
		) -> sp_session::OpaqueGeneratedSessionKeys {
			SessionKeys::generate(&owner, seed).into()
		}

		fn decode_session_keys(encoded: Vec<u8>) -> Option<Vec<(Vec<u8>, KeyTypeId)>> {
			SessionKeys::decode_into_raw_public_keys(&encoded)
		}
	}

	impl frame_system_rpc_runtime_api::AccountNonceApi<Block, AccountId, Nonce> for Runtime {
		fn account_nonce(account: AccountId) -> Nonce {
			System::account_nonce(account)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentApi<Block, Balance> for Runtime {
		fn query_info(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment_rpc_runtime_api::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_info(uxt, len)
		}

		fn query_fee_details(
			uxt: <Block as BlockT>::Extrinsic,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_fee_details(uxt, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl pallet_transaction_payment_rpc_runtime_api::TransactionPaymentCallApi<Block, Balance, RuntimeCall>
		for Runtime
	{
		fn query_call_info(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::RuntimeDispatchInfo<Balance> {
			TransactionPayment::query_call_info(call, len)
		}

		fn query_call_fee_details(
			call: RuntimeCall,
			len: u32,
		) -> pallet_transaction_payment::FeeDetails<Balance> {
			TransactionPayment::query_call_fee_details(call, len)
		}

		fn query_weight_to_fee(weight: Weight) -> Balance {
			TransactionPayment::weight_to_fee(weight)
		}

		fn query_length_to_fee(length: u32) -> Balance {
			TransactionPayment::length_to_fee(length)
		}
	}

	impl cumulus_primitives_core::CollectCollationInfo<Block> for Runtime {
		fn collect_collation_info(
			header: &<Block as BlockT>::Header,
		) -> cumulus_primitives_core::CollationInfo {
			ParachainSystem::collect_collation_info(header)
		}
	}

	impl cumulus_primitives_core::GetParachainInfo<Block> for Runtime {
		fn parachain_id() -> cumulus_primitives_core::ParaId {
			ParachainInfo::parachain_id()
		}
	}

	impl cumulus_primitives_core::RelayParentOffsetApi<Block> for Runtime {
		fn relay_parent_offset() -> u32 {
			RELAY_PARENT_OFFSET
		}

		fn max_claim_queue_offset() -> u8 {
			ParachainSystem::max_claim_queue_offset()
		}
	}

	impl cumulus_primitives_core::KeyToIncludeInRelayProof<Block> for Runtime {
		fn keys_to_prove() -> cumulus_primitives_core::RelayProofRequest {
			// The runtime reads nothing from relay-chain state beyond the standard proof.
			Default::default()
		}
	}

	impl xcm_runtime_apis::fees::XcmPaymentApi<Block> for Runtime {
		fn query_acceptable_payment_assets(
			xcm_version: XcmVersion,
		) -> Result<Vec<VersionedAssetId>, XcmPaymentApiError> {
			// No asset pays for XCM execution here (see `configs::xcm`).
			PolkadotXcm::query_acceptable_payment_assets(xcm_version, Vec::<AssetId>::new())
		}

		fn query_weight_to_asset_fee(
			weight: Weight,
			asset: VersionedAssetId,
		) -> Result<u128, XcmPaymentApiError> {
			type Trader = <XcmConfig as xcm_executor::Config>::Trader;
			PolkadotXcm::query_weight_to_asset_fee::<Trader>(weight, asset)
		}

		fn query_xcm_weight(message: VersionedXcm<()>) -> Result<Weight, XcmPaymentApiError> {
			PolkadotXcm::query_xcm_weight(message)
		}

		fn query_delivery_fees(
			destination: VersionedLocation,
			message: VersionedXcm<()>,
			asset_id: VersionedAssetId,
		) -> Result<VersionedAssets, XcmPaymentApiError> {
			type AssetExchanger = <XcmConfig as xcm_executor::Config>::AssetExchanger;
			PolkadotXcm::query_delivery_fees::<AssetExchanger>(destination, message, asset_id)
		}
	}

	impl xcm_runtime_apis::dry_run::DryRunApi<Block, RuntimeCall, RuntimeEvent, OriginCaller> for Runtime {
		fn dry_run_call(
			origin: OriginCaller,
			call: RuntimeCall,
			result_xcms_version: XcmVersion,
		) -> Result<CallDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_call::<Runtime, XcmRouter, OriginCaller, RuntimeCall>(
				origin,
				call,
				result_xcms_version,
			)
		}

		fn dry_run_xcm(
			origin_location: VersionedLocation,
			xcm: VersionedXcm<RuntimeCall>,
		) -> Result<XcmDryRunEffects<RuntimeEvent>, XcmDryRunApiError> {
			PolkadotXcm::dry_run_xcm::<XcmRouter>(origin_location, xcm)
		}
	}

	impl xcm_runtime_apis::conversions::LocationToAccountApi<Block, AccountId> for Runtime {
		fn convert_location(
			location: VersionedLocation,
		) -> Result<AccountId, xcm_runtime_apis::conversions::Error> {
			xcm_runtime_apis::conversions::LocationToAccountHelper::<
				AccountId,
				LocationToAccountId,
			>::convert_location(location)
		}
	}

	impl xcm_runtime_apis::trusted_query::TrustedQueryApi<Block> for Runtime {
		fn is_trusted_reserve(
			asset: VersionedAsset,
			location: VersionedLocation,
		) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_reserve(asset, location)
		}

		fn is_trusted_teleporter(
			asset: VersionedAsset,
			location: VersionedLocation,
		) -> xcm_runtime_apis::trusted_query::XcmTrustedQueryResult {
			PolkadotXcm::is_trusted_teleporter(asset, location)
		}
	}

	impl pallet_organizations_runtime_api::OrganizationsApi<Block, AccountId, BlockNumber> for Runtime {
		fn organization(
			org: healthchain_primitives::OrgId,
		) -> Option<pallet_organizations::Organization<AccountId, BlockNumber>> {
			Organizations::organization(org)
		}

		fn organization_of(
			account: AccountId,
		) -> Option<(healthchain_primitives::OrgId, healthchain_primitives::MemberRole)> {
			Organizations::organization_of(&account)
		}

		fn members(
			org: healthchain_primitives::OrgId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<(AccountId, healthchain_primitives::MemberRole)> {
			Organizations::members(org, start_after, limit)
		}

		fn invitations(
			org: healthchain_primitives::OrgId,
			start_after: Option<AccountId>,
			limit: u32,
		) -> Vec<(AccountId, pallet_organizations::Invitation<AccountId, BlockNumber>)> {
			Organizations::invitations(org, start_after, limit)
		}

		fn invitations_of(
			account: AccountId,
			start_after: Option<healthchain_primitives::OrgId>,
			limit: u32,
		) -> Vec<(healthchain_primitives::OrgId, pallet_organizations::Invitation<AccountId, BlockNumber>)> {
			Organizations::invitations_of(&account, start_after, limit)
		}
	}

	impl pallet_ehr_anchor_runtime_api::EhrAnchorApi<
		Block,
		AccountId,
		BlockNumber,
		pallet_ehr_anchor::Locator<Runtime>,
	> for Runtime {
		fn record(record: RecordId) -> Option<RecordAnchorOf> {
			EhrAnchor::record(record)
		}

		fn patient_records(
			patient: AccountId,
			before: Option<u32>,
			limit: u32,
		) -> Vec<(u32, RecordId, RecordAnchorOf)> {
			EhrAnchor::patient_records(&patient, before, limit)
		}

		fn verify_hash(
			content_hash: sp_core::H256,
		) -> pallet_ehr_anchor::HashVerification<RecordAnchorOf> {
			EhrAnchor::verify_hash(content_hash)
		}

		fn hash_anchors(
			content_hash: sp_core::H256,
			limit: u32,
		) -> Vec<(RecordId, RecordAnchorOf)> {
			EhrAnchor::hash_anchors(content_hash, limit)
		}

		fn verify_inclusion(
			bulk: pallet_ehr_anchor::BulkId,
			document_hash: sp_core::H256,
			proof: Vec<sp_core::H256>,
		) -> pallet_ehr_anchor::InclusionVerification<pallet_ehr_anchor::BulkAnchorOf<Runtime>> {
			EhrAnchor::verify_inclusion(bulk, document_hash, proof)
		}

		fn history(record: RecordId) -> Vec<(RecordId, RecordAnchorOf)> {
			EhrAnchor::history(record)
		}

		fn bulk_anchor(
			bulk: pallet_ehr_anchor::BulkId,
		) -> Option<pallet_ehr_anchor::BulkAnchorOf<Runtime>> {
			EhrAnchor::bulk(bulk)
		}
	}

	impl pallet_consent_runtime_api::ConsentApi<
		Block,
		AccountId,
		BlockNumber,
		pallet_consent::ConsentGrantOf<Runtime>,
	> for Runtime {
		fn consents(
			patient: AccountId,
			before: Option<u32>,
			limit: u32,
		) -> (
			Vec<(u32, healthchain_primitives::ConsentId, pallet_consent::ConsentGrantOf<Runtime>)>,
			Option<u32>,
		) {
			Consent::consents(&patient, before, limit)
		}

		fn check_access(
			request: healthchain_primitives::AccessRequest<AccountId>,
		) -> Result<healthchain_primitives::AccessBasis, healthchain_primitives::ConsentError> {
			Consent::check_access(&request)
		}

		fn access_log(
			patient: AccountId,
			before: Option<u64>,
			limit: u32,
		) -> Vec<(u64, pallet_consent::AccessLogEntry<AccountId, BlockNumber>)> {
			Consent::access_log(&patient, before, limit)
		}

		fn access_log_head(patient: AccountId) -> pallet_consent::AccessLogHead {
			Consent::access_log_head(&patient)
		}

		fn break_glass_awaiting_review(
			start_after: Option<healthchain_primitives::BreakGlassId>,
			limit: u32,
		) -> Vec<(healthchain_primitives::BreakGlassId, pallet_consent::BreakGlassCase<AccountId>, bool)> {
			Consent::break_glass_awaiting_review(start_after, limit)
		}

		fn break_glass_cases_of(
			org: healthchain_primitives::OrgId,
			start_after: Option<healthchain_primitives::BreakGlassId>,
			limit: u32,
		) -> Vec<(healthchain_primitives::BreakGlassId, pallet_consent::BreakGlassCase<AccountId>, bool)> {
			Consent::break_glass_cases_of(org, start_after, limit)
		}

		fn delegates(patient: AccountId) -> Vec<(AccountId, pallet_consent::DelegateKind)> {
			Consent::delegates(&patient)
		}
	}

	impl pallet_drug_trace_runtime_api::DrugTraceApi<Block, pallet_drug_trace::Lot<Runtime>>
		for Runtime
	{
		fn verify_pack(
			gtin: pallet_drug_trace::Gtin,
			lot: Vec<u8>,
			serial: Vec<u8>,
			proof: Vec<sp_core::H256>,
		) -> pallet_drug_trace::PackVerification {
			DrugTrace::verify_pack(gtin, lot, serial, proof)
		}

		fn batch(batch: pallet_drug_trace::BatchId) -> Option<pallet_drug_trace::BatchOf<Runtime>> {
			DrugTrace::batch(batch)
		}

		fn batch_by_lot(
			gtin: pallet_drug_trace::Gtin,
			lot: Vec<u8>,
		) -> Option<(pallet_drug_trace::BatchId, pallet_drug_trace::BatchOf<Runtime>)> {
			DrugTrace::batch_by_lot(gtin, lot)
		}

		fn product(gtin: pallet_drug_trace::Gtin) -> Option<pallet_drug_trace::Product> {
			DrugTrace::product(gtin)
		}

		fn custody_history(
			batch: pallet_drug_trace::BatchId,
			start: u32,
			limit: u32,
		) -> Vec<(pallet_drug_trace::ShipmentId, pallet_drug_trace::Shipment)> {
			DrugTrace::custody_history(batch, start, limit)
		}

		fn holdings(
			org: healthchain_primitives::OrgId,
			start_after: Option<pallet_drug_trace::BatchId>,
			limit: u32,
		) -> Vec<(pallet_drug_trace::BatchId, pallet_drug_trace::Holding)> {
			DrugTrace::holdings(org, start_after, limit)
		}

		fn holders(
			batch: pallet_drug_trace::BatchId,
		) -> Vec<(healthchain_primitives::OrgId, pallet_drug_trace::Holding)> {
			DrugTrace::holders(batch)
		}

		fn in_transit(batch: pallet_drug_trace::BatchId) -> u32 {
			DrugTrace::in_transit(batch)
		}

		fn open_recalls(
			start_after: Option<pallet_drug_trace::BatchId>,
			limit: u32,
		) -> Vec<(pallet_drug_trace::BatchId, pallet_drug_trace::Recall)> {
			DrugTrace::open_recalls(start_after, limit)
		}
	}

	impl pallet_clinical_trial_runtime_api::ClinicalTrialApi<
		Block,
		AccountId,
		pallet_clinical_trial::Trial<Runtime>,
		pallet_clinical_trial::Results<Runtime>,
	> for Runtime
	{
		fn trial(trial: pallet_clinical_trial::TrialId) -> Option<pallet_clinical_trial::Trial<Runtime>> {
			ClinicalTrial::trial(trial)
		}

		fn trials(
			filter: pallet_clinical_trial::TrialFilter,
			start_after: Option<pallet_clinical_trial::TrialId>,
			limit: u32,
		) -> Vec<(pallet_clinical_trial::TrialId, pallet_clinical_trial::Trial<Runtime>)> {
			ClinicalTrial::trials(filter, start_after, limit)
		}

		fn protocol_history(
			trial: pallet_clinical_trial::TrialId,
		) -> Vec<pallet_clinical_trial::ProtocolVersionRecord> {
			ClinicalTrial::protocol_history(trial)
		}

		fn outcome_report(
			trial: pallet_clinical_trial::TrialId,
		) -> Option<(
			Vec<pallet_clinical_trial::OutcomeCommitment>,
			Option<pallet_clinical_trial::Results<Runtime>>,
		)> {
			ClinicalTrial::outcome_report(trial)
		}

		fn enrolment_counts(
			trial: pallet_clinical_trial::TrialId,
		) -> Option<pallet_clinical_trial::EnrolmentCounts> {
			ClinicalTrial::enrolment_counts(trial)
		}

		fn enrolment(
			trial: pallet_clinical_trial::TrialId,
			participant: AccountId,
		) -> Option<pallet_clinical_trial::Enrolment> {
			ClinicalTrial::enrolment(trial, participant)
		}

		fn data_snapshots(
			trial: pallet_clinical_trial::TrialId,
			start: u32,
			limit: u32,
		) -> Vec<(u32, pallet_clinical_trial::DataSnapshot<AccountId>)> {
			ClinicalTrial::data_snapshots(trial, start, limit)
		}

		fn adverse_events(
			trial: pallet_clinical_trial::TrialId,
			start: u32,
			limit: u32,
		) -> Vec<(u32, pallet_clinical_trial::AdverseEvent<AccountId>)> {
			ClinicalTrial::adverse_events(trial, start, limit)
		}

		fn find_hash(
			trial: pallet_clinical_trial::TrialId,
			hash: sp_core::H256,
		) -> Option<pallet_clinical_trial::TrialArtifact> {
			ClinicalTrial::find_hash(trial, hash)
		}
	}

	impl sp_genesis_builder::GenesisBuilder<Block> for Runtime {
		fn build_state(config: Vec<u8>) -> sp_genesis_builder::Result {
			build_state::<RuntimeGenesisConfig>(config)
		}

		fn get_preset(id: &Option<sp_genesis_builder::PresetId>) -> Option<Vec<u8>> {
			get_preset::<RuntimeGenesisConfig>(id, genesis_config_presets::get_preset)
		}

		fn preset_names() -> Vec<sp_genesis_builder::PresetId> {
			genesis_config_presets::preset_names()
		}
	}

	#[cfg(feature = "try-runtime")]
	impl frame_try_runtime::TryRuntime<Block> for Runtime {
		fn on_runtime_upgrade(checks: frame_try_runtime::UpgradeCheckSelect) -> (Weight, Weight) {
			// try-runtime is an off-chain tool: a failed check must abort it loudly.
			let weight = Executive::try_runtime_upgrade(checks).unwrap();
			(weight, crate::configs::system::RuntimeBlockWeights::get().max_block)
		}

		fn execute_block(
			block: <Block as BlockT>::LazyBlock,
			state_root_check: bool,
			signature_check: bool,
			select: frame_try_runtime::TryStateSelect,
		) -> Weight {
			// As above: off-chain tooling only, where a failed check must abort.
			Executive::try_execute_block(block, state_root_check, signature_check, select).unwrap()
		}
	}

	#[cfg(feature = "runtime-benchmarks")]
	impl frame_benchmarking::Benchmark<Block> for Runtime {
		fn benchmark_metadata(extra: bool) -> (
			Vec<frame_benchmarking::BenchmarkList>,
			Vec<frame_support::traits::StorageInfo>,
		) {
			crate::benchmarks::metadata(extra)
		}

		fn dispatch_benchmark(
			config: frame_benchmarking::BenchmarkConfig,
		) -> Result<Vec<frame_benchmarking::BenchmarkBatch>, alloc::string::String> {
			crate::benchmarks::dispatch(config)
		}
	}
}
