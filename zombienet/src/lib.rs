//! What Healthchain's network tests share: the network of `healthchain-local.toml` spawned with
//! zombienet-sdk's native provider, and the few things the tests ask of the chains — finalised
//! heights, who authored a block, what the relay chain holds as the parachain's head, a
//! consented anchor from the demo consortium and its verification, and `kill -9` of a node.
//!
//! Calls and runtime APIs go through subxt's dynamic API (by pallet and call name, checked
//! against the live metadata), so the tests need no generated code and follow the runtime.

use std::{
	collections::BTreeSet,
	io::{Read, Write},
	net::TcpStream,
	str::FromStr,
	time::{Duration, Instant},
};

use anyhow::{anyhow, bail, Context, Result};
use zombienet_sdk::{
	subxt::{
		self,
		config::{substrate::DigestItem, Hasher},
		dynamic::{At, Value},
		ext::{
			codec::{Compact, Decode},
			scale_encode::EncodeAsType,
			scale_value::ValueDef,
			subxt_rpcs::rpc_params,
		},
		utils::H256,
		OnlineClient, PolkadotConfig,
	},
	subxt_signer::{sr25519::Keypair, SecretUri},
	AddCollatorOptions, LocalFileSystem, Network, NetworkConfig, NetworkConfigExt, NetworkNode,
};

/// Healthchain's para id (the `local` chain spec's).
pub const PARA_ID: u32 = 2000;
/// Aura's consensus engine id, in a block's pre-runtime digest.
const AURA_ENGINE: [u8; 4] = *b"aura";
/// The demo hospital's organisation id (runtime/src/demo_consortium.rs).
pub const DEMO_HOSPITAL: u32 = 0;

/// A client of one node, parachain or relay chain.
pub type Client = OnlineClient<PolkadotConfig>;
/// The spawned network.
pub type LocalNetwork = Network<LocalFileSystem>;

/// The environment variable naming the genesis runtime of the network: Healthchain's runtime
/// built with `fast-sessions` (one-minute sessions).
pub const GENESIS_WASM_VAR: &str = "HEALTHCHAIN_GENESIS_WASM";
/// The environment variable naming the runtime the upgrade scenario installs: the genesis
/// runtime built with `increment-spec-version` as well.
pub const UPGRADE_WASM_VAR: &str = "HEALTHCHAIN_UPGRADE_WASM";

/// The test runtime that environment variable `var` names; scripts/network-test.sh builds both
/// and sets the variables.
pub fn test_runtime(var: &str) -> Result<std::path::PathBuf> {
	let path = std::env::var_os(var).map(std::path::PathBuf::from).ok_or_else(|| {
		anyhow!("{var} is not set: run the network tests with scripts/network-test.sh")
	})?;
	if !path.is_file() {
		bail!("{var} names {}, which is not a file", path.display());
	}
	Ok(path)
}

/// Spawns the network that `zombienet/healthchain-local.toml` describes: a rococo-local relay
/// chain with two validators and Healthchain with two collators, its genesis runtime the one
/// [`GENESIS_WASM_VAR`] names (the toml's `{{HEALTHCHAIN_GENESIS_WASM}}`). `polkadot` (and its
/// two workers) and `healthchain-node` must be on `PATH`; scripts/network-test.sh puts them
/// there.
pub async fn spawn_local_network() -> Result<LocalNetwork> {
	// Read when the test runs (cargo sets it for a test process), not baked in with `env!`:
	// every clone shares one target directory and cargo decides freshness by modification
	// time, so a library built in another clone (CI's) can be reused here, and a baked-in path
	// would name that clone's directory.
	let dir = std::env::var_os("CARGO_MANIFEST_DIR")
		.map(std::path::PathBuf::from)
		.ok_or_else(|| anyhow!("CARGO_MANIFEST_DIR is not set: run the tests with cargo"))?;
	let path = dir.join("healthchain-local.toml");
	let toml =
		std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))?;
	let genesis = test_runtime(GENESIS_WASM_VAR)?;
	let toml = toml.replace("{{HEALTHCHAIN_GENESIS_WASM}}", &genesis.to_string_lossy());
	let config = NetworkConfig::load_from_toml_string_with_base_dir(&toml, &dir)
		.context("parsing healthchain-local.toml")?;
	config.spawn_native().await.context("spawning the network with the native provider")
}

/// Adds a Healthchain collator named `name` to the running network. It syncs, but authors
/// only once governance has made it an invulnerable and its key is in the active set.
pub async fn add_collator(network: &mut LocalNetwork, name: &str) -> Result<()> {
	// `is_validator` makes zombienet start it with `--collator` (and give it a keystore).
	let options = AddCollatorOptions {
		command: Some("healthchain-node".try_into()?),
		is_validator: true,
		..Default::default()
	};
	network.add_collator(name, options, PARA_ID).await.with_context(|| format!("adding {name}"))
}

/// Prints a step of a test with the seconds since `start`, so a log shows where time goes.
pub fn step(start: Instant, what: &str) {
	println!("[{:>6.1}s] {what}", start.elapsed().as_secs_f64());
}

/// Polls `check` every two seconds until it answers `Some`, or fails after `timeout` saying
/// what it waited for and the last thing `check` saw.
pub async fn wait_for<T, F, Fut>(what: &str, timeout: Duration, mut check: F) -> Result<T>
where
	F: FnMut() -> Fut,
	Fut: std::future::Future<Output = Result<Option<T>>>,
{
	let deadline = Instant::now() + timeout;
	let mut last_error = None;
	loop {
		match check().await {
			Ok(Some(value)) => return Ok(value),
			Ok(None) => {}
			Err(error) => last_error = Some(error),
		}
		if Instant::now() >= deadline {
			bail!(
				"timed out after {}s waiting for {what}{}",
				timeout.as_secs(),
				last_error.map(|e| format!(" (last error: {e:#})")).unwrap_or_default()
			);
		}
		tokio::time::sleep(Duration::from_secs(2)).await;
	}
}

/// A client of `node`, once its RPC answers.
pub async fn client(node: &NetworkNode) -> Result<Client> {
	node.wait_client_with_timeout::<PolkadotConfig>(120u64)
		.await
		.with_context(|| format!("connecting to {}", node.name()))
}

/// The number of `client`'s chain's latest finalised block.
pub async fn finalized_number(client: &Client) -> Result<u64> {
	Ok(client.blocks().at_latest().await?.number().into())
}

/// Waits until `client`'s chain has finalised block `at_least` (failing after `timeout`, saying
/// `what` it waited for); the finalised number it then saw.
pub async fn wait_finalized(
	client: &Client,
	what: &str,
	at_least: u64,
	timeout: Duration,
) -> Result<u64> {
	wait_for(what, timeout, || async move {
		Ok(Some(finalized_number(client).await?).filter(|n| *n >= at_least))
	})
	.await
}

/// The hash of block `number` on `node`'s chain, if it has one.
pub async fn block_hash(node: &NetworkNode, number: u64) -> Result<Option<H256>> {
	let rpc = node.rpc().await?;
	Ok(rpc.request("chain_getBlockHash", rpc_params![number]).await?)
}

/// The number of Healthchain's head as the relay chain's latest finalised state holds it
/// (`paras.heads(2000)`): the parachain block the relay chain has included and finalised.
pub async fn relay_finalized_para_head(relay: &Client) -> Result<Option<u64>> {
	let key = vec![Value::unnamed_composite([Value::u128(PARA_ID.into())])];
	let address = subxt::dynamic::storage("Paras", "Heads", key);
	let Some(head) = relay.storage().at_latest().await?.fetch(&address).await? else {
		return Ok(None);
	};
	// `HeadData` is the SCALE-encoded parachain header: parent hash, then the compact number.
	let header = Vec::<u8>::decode(&mut head.encoded()).context("decoding HeadData")?;
	let mut number = header.get(32..).ok_or_else(|| anyhow!("HeadData shorter than a header"))?;
	let Compact(number) = Compact::<u32>::decode(&mut number).context("decoding the number")?;
	Ok(Some(number.into()))
}

/// The Aura key that authored block `hash`: the authority of the slot in its pre-runtime
/// digest, among the authorities of its parent's state.
pub async fn block_author(client: &Client, hash: H256) -> Result<[u8; 32]> {
	let block = client.blocks().at(hash).await?;
	let slot = block
		.header()
		.digest
		.logs
		.iter()
		.find_map(|log| match log {
			DigestItem::PreRuntime(AURA_ENGINE, data) => Some(data.clone()),
			_ => None,
		})
		.ok_or_else(|| anyhow!("block {hash:?} has no Aura pre-runtime digest"))?;
	let slot = u64::decode(&mut slot.as_slice()).context("decoding the Aura slot")?;
	let parent = block.header().parent_hash;
	let authorities = client
		.storage()
		.at(parent)
		.fetch(&subxt::dynamic::storage("Aura", "Authorities", ()))
		.await?
		.ok_or_else(|| anyhow!("no Aura authorities at {parent:?}"))?;
	let authorities = Vec::<[u8; 32]>::decode(&mut authorities.encoded())?;
	let count = u64::try_from(authorities.len())?;
	let index = slot.checked_rem(count).ok_or_else(|| anyhow!("no Aura authorities"))?;
	Ok(authorities[usize::try_from(index)?])
}

/// Whether `node`'s keystore holds Aura key `key` (`author_hasKey`, an unsafe RPC method that
/// zombienet enables).
pub async fn holds_aura_key(node: &NetworkNode, key: [u8; 32]) -> Result<bool> {
	let rpc = node.rpc().await?;
	let key = format!("0x{}", hex_string(&key));
	Ok(rpc.request("author_hasKey", rpc_params![key, "aura"]).await?)
}

/// Lower-case hex of `bytes`.
pub fn hex_string(bytes: &[u8]) -> String {
	bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The development key of `uri` (for example `//Dave`, `//HospitalPractitioner`). An error
/// does not repeat the URI: a secret URI is never printed.
pub fn dev_key(uri: &str) -> Result<Keypair> {
	let uri = SecretUri::from_str(uri).map_err(|e| anyhow!("a malformed secret URI: {e}"))?;
	Keypair::from_uri(&uri).map_err(|e| anyhow!("no key from a secret URI: {e}"))
}

/// An `AccountId32` argument.
fn account_id(key: &Keypair) -> Value {
	Value::unnamed_composite([Value::from_bytes(key.public_key().0)])
}

/// An `H256` argument.
fn h256(hash: [u8; 32]) -> Value {
	Value::unnamed_composite([Value::from_bytes(hash)])
}

/// `None` of any `Option`.
fn none() -> Value {
	Value::unnamed_variant("None", [])
}

/// A runtime call as a value, for calls that take one (`council.propose`, `utility.batch_all`,
/// `whitelist.dispatch_whitelisted_call_with_preimage`).
pub fn runtime_call(pallet: &str, call: &str, fields: Vec<(&str, Value)>) -> Value {
	Value::unnamed_variant(pallet, [Value::named_variant(call, fields)])
}

/// The SCALE encoding of runtime call `call` in `client`'s runtime.
fn encode_call(client: &Client, call: &Value) -> Result<Vec<u8>> {
	let metadata = client.metadata();
	let ty = metadata.outer_enums().call_enum_ty();
	call.encode_as_type(ty, metadata.types()).context("encoding a runtime call")
}

/// The weight of `call` (ref_time, proof_size), as `TransactionPaymentCallApi_query_call_info`
/// answers at the latest block.
async fn call_weight(client: &Client, call: &Value, length: u32) -> Result<(u128, u128)> {
	let query = subxt::dynamic::runtime_api_call(
		"TransactionPaymentCallApi",
		"query_call_info",
		vec![call.clone(), Value::u128(length.into())],
	);
	let info = client.runtime_api().at_latest().await?.call(query).await?.to_value()?;
	let field = |name: &str| {
		info.at("weight")
			.at(name)
			.and_then(|value| value.as_u128())
			.ok_or_else(|| anyhow!("query_call_info without weight.{name}: {info:?}"))
	};
	Ok((field("ref_time")?, field("proof_size")?))
}

/// The fields, in order, of the first event `pallet`.`variant` among `events`.
fn event_fields(
	events: &subxt::blocks::ExtrinsicEvents<PolkadotConfig>,
	pallet: &str,
	variant: &str,
) -> Result<Vec<Value<u32>>> {
	for event in events.iter() {
		let event = event?;
		if event.pallet_name() == pallet && event.variant_name() == variant {
			return Ok(event.field_values()?.into_values().collect());
		}
	}
	bail!("no {pallet}.{variant} event")
}

/// Passes `call` through the consortium council (three members; a motion needs two thirds):
/// `proposer` proposes it with a threshold of two, `proposer` and `seconder` vote aye (proposing
/// is not a vote), and `proposer` closes the motion, which executes it. Fails unless the call
/// succeeded. The events of the closing transaction and the number of its finalised block.
pub async fn council_motion(
	client: &Client,
	call: Value,
	proposer: &Keypair,
	seconder: &Keypair,
) -> Result<(subxt::blocks::ExtrinsicEvents<PolkadotConfig>, u64)> {
	let encoded = encode_call(client, &call)?;
	let length = u32::try_from(encoded.len())?;
	let (ref_time, proof_size) = call_weight(client, &call, length).await?;
	let propose = subxt::dynamic::tx(
		"Council",
		"propose",
		vec![Value::u128(2), call, Value::u128(length.into())],
	);
	let events = submit_finalized(client, &propose, proposer).await.context("council.propose")?;
	// Proposed { account, proposal_index, proposal_hash, threshold }
	let proposed = event_fields(&events, "Council", "Proposed")?;
	let index = proposed
		.get(1)
		.and_then(|index| index.as_u128())
		.ok_or_else(|| anyhow!("Proposed without a proposal index: {proposed:?}"))?;
	let hash = client.hasher().hash(&encoded);
	let vote = subxt::dynamic::tx(
		"Council",
		"vote",
		vec![h256(hash.0), Value::u128(index), Value::bool(true)],
	);
	for voter in [proposer, seconder] {
		submit_finalized(client, &vote, voter).await.context("council.vote")?;
	}
	let weight = Value::named_composite([
		("ref_time", Value::u128(ref_time)),
		("proof_size", Value::u128(proof_size)),
	]);
	let close = subxt::dynamic::tx(
		"Council",
		"close",
		vec![h256(hash.0), Value::u128(index), weight, Value::u128(length.into())],
	);
	let (events, block) =
		submit_finalized_in(client, &close, proposer).await.context("council.close")?;
	// Executed { proposal_hash, result }
	let executed = event_fields(&events, "Council", "Executed")?;
	match executed.get(1).map(|result| &result.value) {
		Some(ValueDef::Variant(result)) if result.name == "Ok" => Ok((events, block)),
		_ => bail!("the council's motion executed with {executed:?}"),
	}
}

/// A council motion that authorises the runtime upgrade to `code`: it whitelists
/// `system.authorize_upgrade(hash of code)` and dispatches it as root, in one
/// `utility.batch_all`, as runtime/src/configs/governance.rs describes. The block that executed
/// it.
pub async fn authorize_upgrade(
	client: &Client,
	code: &[u8],
	proposer: &Keypair,
	seconder: &Keypair,
) -> Result<u64> {
	let code_hash = client.hasher().hash(code);
	let authorize =
		runtime_call("System", "authorize_upgrade", vec![("code_hash", h256(code_hash.0))]);
	let call_hash = client.hasher().hash(&encode_call(client, &authorize)?);
	let motion = runtime_call(
		"Utility",
		"batch_all",
		vec![(
			"calls",
			Value::unnamed_composite([
				runtime_call("Whitelist", "whitelist_call", vec![("call_hash", h256(call_hash.0))]),
				runtime_call(
					"Whitelist",
					"dispatch_whitelisted_call_with_preimage",
					vec![("call", authorize)],
				),
			]),
		)],
	);
	let (events, block) = council_motion(client, motion, proposer, seconder).await?;
	// The whitelist dispatches the call and succeeds whatever the call's own result (that is in
	// `WhitelistedCallDispatched`): the authorisation's event is what counts.
	event_fields(&events, "System", "UpgradeAuthorized")
		.context("the motion ran, but the upgrade is not authorised")?;
	Ok(block)
}

/// `submitter` submits the authorised runtime `code` (`system.apply_authorized_upgrade`); the
/// block that stored it, for the relay chain to enact.
pub async fn apply_authorized_upgrade(
	client: &Client,
	code: &[u8],
	submitter: &Keypair,
) -> Result<u64> {
	let call =
		subxt::dynamic::tx("System", "apply_authorized_upgrade", vec![Value::from_bytes(code)]);
	let (events, block) = submit_finalized_in(client, &call, submitter)
		.await
		.context("system.apply_authorized_upgrade")?;
	// A code of the wrong name or version is refused with an event, not an error.
	if let Ok(rejected) = event_fields(&events, "System", "RejectedInvalidAuthorizedUpgrade") {
		bail!("the runtime refused the authorised code: {rejected:?}");
	}
	event_fields(&events, "ParachainSystem", "ValidationFunctionStored")?;
	Ok(block)
}

/// The `spec_version` of the runtime of `node`'s block `hash` (its latest block if `None`).
pub async fn spec_version(node: &NetworkNode, hash: Option<H256>) -> Result<u64> {
	let rpc = node.rpc().await?;
	let version: serde_json::Value =
		rpc.request("state_getRuntimeVersion", rpc_params![hash]).await?;
	version["specVersion"]
		.as_u64()
		.ok_or_else(|| anyhow!("state_getRuntimeVersion without specVersion: {version}"))
}

/// Makes `account` a collator: generates a new Aura key on `node` with
/// `author_rotateKeysWithOwner`, registers it with `session.set_keys` signed by `account`, and
/// passes `collatorSelection.add_invulnerable(account)` through the council. The new Aura key.
pub async fn join_as_collator(
	client: &Client,
	node: &NetworkNode,
	account: &Keypair,
	proposer: &Keypair,
	seconder: &Keypair,
) -> Result<[u8; 32]> {
	let rpc = node.rpc().await?;
	let owner = format!("0x{}", hex_string(&account.public_key().0));
	let generated: serde_json::Value =
		rpc.request("author_rotateKeysWithOwner", rpc_params![owner]).await?;
	let hex_field = |name: &str| -> Result<Vec<u8>> {
		let text = generated[name]
			.as_str()
			.ok_or_else(|| anyhow!("author_rotateKeysWithOwner without {name}: {generated}"))?;
		hex_bytes(text)
	};
	let keys = hex_field("keys")?;
	let proof = hex_field("proof")?;
	let aura: [u8; 32] =
		keys.as_slice().try_into().map_err(|_| anyhow!("session keys of {} bytes", keys.len()))?;
	let set_keys = subxt::dynamic::tx(
		"Session",
		"set_keys",
		vec![Value::named_composite([("aura", Value::from_bytes(aura))]), Value::from_bytes(proof)],
	);
	submit_finalized(client, &set_keys, account).await.context("session.set_keys")?;
	let add =
		runtime_call("CollatorSelection", "add_invulnerable", vec![("who", account_id(account))]);
	council_motion(client, add, proposer, seconder).await.context("the add_invulnerable motion")?;
	Ok(aura)
}

/// The Aura authorities of `client`'s latest finalised block.
pub async fn aura_authorities(client: &Client) -> Result<Vec<[u8; 32]>> {
	let authorities = client
		.storage()
		.at_latest()
		.await?
		.fetch(&subxt::dynamic::storage("Aura", "Authorities", ()))
		.await?
		.ok_or_else(|| anyhow!("no Aura authorities"))?;
	Ok(Vec::<[u8; 32]>::decode(&mut authorities.encoded())?)
}

/// The bytes of `0x`-prefixed hex `text`.
fn hex_bytes(text: &str) -> Result<Vec<u8>> {
	let digits = text.strip_prefix("0x").unwrap_or(text);
	if !digits.len().is_multiple_of(2) {
		bail!("odd-length hex");
	}
	(0..digits.len())
		.step_by(2)
		.map(|i| u8::from_str_radix(&digits[i..i + 2], 16).context("malformed hex"))
		.collect()
}

/// Signs `call` with `signer`, submits it to `client`'s node and waits until it is in a
/// finalised block and succeeded; the events of the transaction.
pub async fn submit_finalized(
	client: &Client,
	call: &subxt::tx::DynamicPayload,
	signer: &Keypair,
) -> Result<subxt::blocks::ExtrinsicEvents<PolkadotConfig>> {
	Ok(submit_finalized_in(client, call, signer).await?.0)
}

/// [`submit_finalized`], and the number of the block the transaction is in.
pub async fn submit_finalized_in(
	client: &Client,
	call: &subxt::tx::DynamicPayload,
	signer: &Keypair,
) -> Result<(subxt::blocks::ExtrinsicEvents<PolkadotConfig>, u64)> {
	let progress = client.tx().sign_and_submit_then_watch_default(call, signer).await?;
	let in_block = progress.wait_for_finalized().await?;
	let number = client.blocks().at(in_block.block_hash()).await?.number().into();
	Ok((in_block.wait_for_success().await?, number))
}

/// `patient` grants the demo hospital write access for treatment, every category
/// (`consent.grant`), through `client`'s node.
pub async fn grant_hospital_write(client: &Client, patient: &Keypair) -> Result<()> {
	let terms = Value::named_composite([
		("grantee", Value::unnamed_variant("Organization", [Value::u128(DEMO_HOSPITAL.into())])),
		(
			"actions",
			Value::named_composite([("read", Value::bool(false)), ("write", Value::bool(true))]),
		),
		("categories", Value::unnamed_variant("All", [])),
		("purpose", Value::unnamed_variant("Treatment", [])),
		("valid_from", none()),
		("valid_until", none()),
	]);
	let call = subxt::dynamic::tx("Consent", "grant", vec![account_id(patient), terms]);
	submit_finalized(client, &call, patient).await.context("consent.grant")?;
	Ok(())
}

/// `practitioner` anchors a laboratory report with `hash` for `patient`
/// (`ehrAnchor.anchor`), through `client`'s node; the record's id from `RecordAnchored`.
pub async fn anchor_lab_report(
	client: &Client,
	practitioner: &Keypair,
	patient: &Keypair,
	hash: [u8; 32],
) -> Result<u128> {
	let call = subxt::dynamic::tx(
		"EhrAnchor",
		"anchor",
		vec![
			account_id(patient),
			Value::unnamed_variant("LaboratoryReport", []),
			h256(hash),
			Value::unnamed_variant("Sha2_256", []),
			Value::from_bytes(b"ipfs://bafy-network-test-report"),
			none(),
		],
	);
	let events = submit_finalized(client, &call, practitioner).await.context("ehrAnchor.anchor")?;
	// RecordAnchored { record, .. }
	let anchored = event_fields(&events, "EhrAnchor", "RecordAnchored")?;
	anchored
		.first()
		.and_then(|id| id.as_u128())
		.ok_or_else(|| anyhow!("RecordAnchored without a record id: {anchored:?}"))
}

/// What `EhrAnchorApi_verify_hash` answers for `hash` at `client`'s latest finalised block:
/// `Some((record id, status))` when the hash is known, `None` when it is `Unknown`.
pub async fn verify_hash(client: &Client, hash: [u8; 32]) -> Result<Option<(u128, String)>> {
	let call = subxt::dynamic::runtime_api_call("EhrAnchorApi", "verify_hash", vec![h256(hash)]);
	let answer = client.runtime_api().at_latest().await?.call(call).await?.to_value()?;
	let ValueDef::Variant(variant) = &answer.value else {
		bail!("verify_hash answered a non-variant: {answer:?}");
	};
	match variant.name.as_str() {
		"Unknown" => Ok(None),
		"Known" => {
			let record = answer
				.at("record_id")
				.and_then(|id| id.as_u128())
				.ok_or_else(|| anyhow!("Known without record_id: {answer:?}"))?;
			let status = match answer.at("status").map(|status| &status.value) {
				Some(ValueDef::Variant(status)) => status.name.clone(),
				_ => bail!("Known without a status: {answer:?}"),
			};
			Ok(Some((record, status)))
		}
		other => bail!("verify_hash answered an unknown variant {other}"),
	}
}

/// The pid and command line of `node`'s `healthchain-node` process, found by the base path on
/// its command line.
fn node_process(node: &NetworkNode) -> Result<(u32, Vec<String>)> {
	let base = node.base_dir().to_string_lossy().into_owned();
	for entry in std::fs::read_dir("/proc")? {
		let entry = entry?;
		let Ok(pid) = entry.file_name().to_string_lossy().parse::<u32>() else { continue };
		let Ok(cmdline) = std::fs::read(entry.path().join("cmdline")) else { continue };
		let args: Vec<String> = cmdline
			.split(|byte| *byte == 0)
			.map(|arg| String::from_utf8_lossy(arg).into_owned())
			.collect();
		let ours =
			args.windows(2).any(|pair| pair[0] == "--base-path" && pair[1].starts_with(&base));
		if ours && args.first().is_some_and(|program| program.ends_with("healthchain-node")) {
			return Ok((pid, args));
		}
	}
	bail!("no healthchain-node process with base path {base}")
}

/// Sends SIGKILL to `node`'s process, as a crash or `kill -9` would; its database is left as
/// the kill found it. The pid killed.
pub fn kill_9(node: &NetworkNode) -> Result<u32> {
	let (pid, _) = node_process(node)?;
	let status = std::process::Command::new("kill")
		.args(["-KILL", &pid.to_string()])
		.status()
		.context("running kill")?;
	if !status.success() {
		bail!("kill -KILL {pid} failed: {status}");
	}
	Ok(pid)
}

/// The names of the metrics `node` exposes on its Prometheus endpoint (the port zombienet gave
/// it with `--prometheus-port`), without labels and without the `_bucket`/`_sum`/`_count`
/// suffixes of histograms.
pub fn metric_names(node: &NetworkNode) -> Result<BTreeSet<String>> {
	let (_, args) = node_process(node)?;
	let port = args
		.windows(2)
		.find(|pair| pair[0] == "--prometheus-port")
		.map(|pair| pair[1].clone())
		.ok_or_else(|| anyhow!("{} runs without --prometheus-port", node.name()))?;
	let mut stream = TcpStream::connect(("127.0.0.1", port.parse::<u16>()?))?;
	stream.set_read_timeout(Some(Duration::from_secs(30)))?;
	stream.write_all(b"GET /metrics HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n")?;
	let mut response = String::new();
	stream.read_to_string(&mut response)?;
	let (_, body) = response
		.split_once("\r\n\r\n")
		.ok_or_else(|| anyhow!("no HTTP body from {}'s metrics", node.name()))?;
	Ok(body
		.lines()
		.filter(|line| !line.starts_with('#') && !line.is_empty())
		.filter_map(|line| line.split(['{', ' ']).next())
		.map(|name| {
			["_bucket", "_sum", "_count"]
				.iter()
				.find_map(|suffix| name.strip_suffix(suffix))
				.unwrap_or(name)
				.to_string()
		})
		.collect())
}

/// The metrics docs/OPERATING.md tells operators to alert on; the network test checks that a
/// collator exposes every one.
pub const ALERT_METRICS: &[&str] = &[
	"substrate_block_height",
	"substrate_sub_libp2p_peers",
	"substrate_sync_peers",
	"substrate_sub_libp2p_is_major_syncing",
	"substrate_ready_transactions_number",
	"substrate_proposer_block_constructed",
	"substrate_proposer_block_proposal_time",
	"substrate_block_verification_and_import_time",
	"substrate_database_cache_bytes",
	"substrate_state_cache_bytes",
	"substrate_tasks_polling_duration",
	"substrate_unbounded_channel_len",
	"substrate_number_leaves",
	"substrate_process_start_time_seconds",
	"substrate_sub_txpool_validations_scheduled",
	"substrate_sub_txpool_validations_finished",
];
