// End-to-end tests for the modes a consortium validator runs outside `--dev`: a collator
// and a full node, with the embedded relay-chain node or a relay chain's RPC endpoint, and
// `purge-chain`. None needs the relay binaries: the embedded relay node runs Westend from
// the specs built into the node (it has no peers here, so it stays at genesis and the
// collator waits for it), and the RPC endpoint is a local TCP listener that records that
// the node tried to reach it.

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import {
	DEFAULT_START_TIMEOUT_MS,
	getFreePorts,
	headerNumber,
	makeTempDir,
	resolveNodeBinary,
	rpc,
	spawnNode,
	startNode,
	startNodeWith,
	waitFor,
	withNodeLogs,
} from './lib/node.mjs';

import { blake2AsHex, xxhashAsHex } from '@polkadot/util-crypto';

const run = promisify(execFile);

const CLEAN_EXIT = { code: 0, signal: null };

/** The para id of the built-in `local` spec (the runtime's `local_testnet` preset). */
const PARA_ID_LINE = /Parachain id: 2000\b/;

/**
 * The embedded relay node building Westend's genesis (its lines are prefixed): Westend's
 * genesis hash is 0xe143f238…13f3423e.
 */
const RELAY_WESTEND_LINE = /\[Relaychain\] .*Initializing Genesis block.*header-hash: 0xe143…423e/;

/** Flags every authority started here needs: a node key, and no start-up benchmarks. */
const AUTHORITY_FLAGS = ['--unsafe-force-node-key-generation', '--no-hardware-benchmarks'];

/** The parachain's database under a base path, and the relay chain's. */
const paraDatabase = (base) => path.join(base, 'chains', 'healthchain_local', 'db', 'full');
const relayDatabase = (base) => path.join(base, 'polkadot', 'chains', 'westend2', 'db', 'full');

/** Relay-node flags that keep its ports off the defaults, so nothing else on the machine collides. */
async function relayPortArgs() {
	const [port, rpcPort, prometheusPort] = await getFreePorts(3);
	return ['--port', String(port), '--rpc-port', String(rpcPort), '--prometheus-port', String(prometheusPort)];
}

/** Runs `healthchain-node args` to completion (killed after two minutes); resolves with its exit code and output. */
async function runNode(args) {
	const binary = await resolveNodeBinary();
	try {
		const { stdout, stderr } = await run(binary, args, { maxBuffer: 64 * 1024 * 1024, timeout: 120_000, killSignal: 'SIGKILL' });
		return { code: 0, stdout, stderr };
	} catch (err) {
		if (typeof err.code !== 'number') throw err;
		return { code: err.code, stdout: err.stdout, stderr: err.stderr };
	}
}

/**
 * Writes, in `dir`, the built-in `local` spec with Westend (built into the node) as its relay
 * chain, so that a collator's embedded relay node needs no spec file; answers its path.
 */
async function writeWestendSpec(dir) {
	const exported = await runNode(['export-chain-spec', '--chain', 'local']);
	assert.equal(exported.code, 0, exported.stderr);
	const spec = JSON.parse(exported.stdout);
	assert.equal(spec.relay_chain, 'rococo-local', 'the local spec names rococo-local as its relay chain');
	assert.equal(spec.para_id, 2000);
	const file = path.join(dir, 'healthchain-westend.json');
	await writeFile(file, JSON.stringify({ ...spec, relay_chain: 'westend' }));
	return file;
}

describe('healthchain-node outside --dev', { concurrency: false }, () => {
	let tmp = null;
	/** The `local` spec with Westend (built into the node) as its relay chain. */
	let westendSpec = null;
	let collatorBase = null;
	let fullNodeBase = null;
	let current = null;

	before(async () => {
		tmp = await makeTempDir('healthchain-modes-');
		await resolveNodeBinary();
		westendSpec = await writeWestendSpec(tmp.dir);
		collatorBase = path.join(tmp.dir, 'collator');
		fullNodeBase = path.join(tmp.dir, 'full-node');
	});

	after(async () => {
		if (tmp) await tmp.cleanup();
	});

	/** Runs `body` on the node `start()` returns, and stops that node whatever happens. */
	const withNode = async (start, body) => {
		current = await start();
		try {
			await body(current);
		} finally {
			if (!current.hasExited()) await current.stop().catch(() => {});
		}
	};

	it(
		'a collator starts the embedded relay node on the relay chain its spec names, with nothing after --, and stops on SIGINT',
		{ timeout: DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(
			() => [current],
			() =>
				withNode(
					() =>
						startNodeWith({
							args: ['--collator', '--alice', '--chain', westendSpec, '--base-path', collatorBase, ...AUTHORITY_FLAGS],
							logDir: tmp.dir,
						}),
					async (node) => {
						await node.waitForLog(/Collating: yes/);
						await node.waitForLog(PARA_ID_LINE);
						await node.waitForLog(RELAY_WESTEND_LINE);
						assert.deepEqual(await node.stop(), CLEAN_EXIT);
						assert.ok(existsSync(paraDatabase(collatorBase)), 'the parachain database exists');
						assert.ok(existsSync(relayDatabase(collatorBase)), 'the relay chain database exists');
					},
				),
		),
	);

	it(
		'a full node takes relay-chain arguments after -- and stops on SIGINT',
		{ timeout: DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(
			() => [current],
			async () => {
				const relayPorts = await relayPortArgs();
				await withNode(
					() =>
						startNodeWith({
							args: ['--chain', 'local', '--base-path', fullNodeBase, '--', '--chain', 'westend', ...relayPorts],
							logDir: tmp.dir,
						}),
					async (node) => {
						await node.waitForLog(/Collating: no/);
						await node.waitForLog(PARA_ID_LINE);
						await node.waitForLog(RELAY_WESTEND_LINE);
						assert.deepEqual(await node.stop(), CLEAN_EXIT);
						assert.ok(existsSync(relayDatabase(fullNodeBase)), 'the relay chain database exists');
					},
				);
			},
		),
	);

	it(
		'a collator with --relay-chain-rpc-url reaches for that endpoint instead of an embedded relay node, and stops on SIGINT',
		{ timeout: DEFAULT_START_TIMEOUT_MS + 60_000 },
		withNodeLogs(
			() => [current],
			async () => {
				// A listener that accepts and holds connections: the node's RPC client finds a
				// server that never completes the WebSocket handshake.
				const connections = [];
				const relayRpc = net.createServer((socket) => connections.push(socket));
				await new Promise((resolve) => relayRpc.listen(0, '127.0.0.1', resolve));
				const url = `ws://127.0.0.1:${relayRpc.address().port}`;
				try {
					const [rpcPort, port] = await getFreePorts(2);
					await withNode(
						() =>
							spawnNode({
								args: [
									'--collator',
									'--alice',
									'--chain',
									'local',
									'--tmp',
									'--rpc-port',
									String(rpcPort),
									'--port',
									String(port),
									'--no-prometheus',
									'--no-telemetry',
									...AUTHORITY_FLAGS,
									'--relay-chain-rpc-url',
									url,
									'--',
									'--chain',
									'westend',
									'--no-prometheus',
								],
								logPath: path.join(tmp.dir, 'rpc-collator.log'),
							}),
						async (node) => {
							await node.waitForLog(PARA_ID_LINE);
							await node.waitForLog(new RegExp(`Trying to connect to next external relaychain node.*${url}`));
							const deadline = Date.now() + 30_000;
							while (connections.length === 0 && Date.now() < deadline) {
								await new Promise((resolve) => setTimeout(resolve, 100));
							}
							assert.ok(connections.length > 0, `the node opened a connection to ${url}`);
							// The minimal relay-chain client logs with the same prefix, but builds no relay
							// chain of its own.
							assert.doesNotMatch(
								node.logTail(400),
								/\[Relaychain\] .*Initializing Genesis block/,
								'no embedded relay node started',
							);
							assert.deepEqual(await node.stop(), CLEAN_EXIT);
						},
					);
				} finally {
					for (const socket of connections) socket.destroy();
					await new Promise((resolve) => relayRpc.close(resolve));
				}
			},
		),
	);

	it('purge-chain -y removes the parachain and relay chain databases, the relay chain found from the spec', async () => {
		const purged = await runNode(['purge-chain', '--chain', westendSpec, '--base-path', collatorBase, '-y']);
		assert.equal(purged.code, 0, purged.stderr);
		assert.ok(!existsSync(paraDatabase(collatorBase)), 'the parachain database is gone');
		assert.ok(!existsSync(relayDatabase(collatorBase)), 'the relay chain database is gone');
		assert.match(purged.stdout, /removed/);
	});

	it('purge-chain -y removes both databases when the relay chain the spec names is not built in', async () => {
		assert.ok(existsSync(paraDatabase(fullNodeBase)) && existsSync(relayDatabase(fullNodeBase)));
		const purged = await runNode(['purge-chain', '--chain', 'local', '--base-path', fullNodeBase, '-y']);
		assert.equal(purged.code, 0, purged.stderr);
		assert.ok(!existsSync(paraDatabase(fullNodeBase)), 'the parachain database is gone');
		assert.ok(!existsSync(path.dirname(relayDatabase(fullNodeBase))), 'the relay chain database is gone');
	});

	it('a node whose relay chain is not built in and not given after -- says what to pass', async () => {
		const refused = await runNode(['--chain', 'local', '--tmp', '--no-hardware-benchmarks', ...(await relayPortArgs())]);
		assert.notEqual(refused.code, 0);
		assert.doesNotMatch(refused.stderr, /unexpected argument/);
		assert.match(refused.stderr, /cannot load the relay chain `rococo-local`/);
		assert.match(refused.stderr, /give the relay chain's spec file after `--`/);
	});
});

/** `//Alice`'s sr25519 public key: the development key `--alice` puts in the keystore. */
const ALICE_SR25519 = '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d';

/** A libp2p peer id of an ed25519 key, as `key generate-node-key` prints it. */
const PEER_ID = /\b(12D3KooW[1-9A-HJ-NP-Za-km-z]{44})\b/;

// docs/OPERATING.md sections 3, 6 and 8, as an operator runs them: keys made before the first
// start, a member's collator without development keys, and a backup of a stopped node's base
// path restored in another place.
describe("an operator's keys and backups (docs/OPERATING.md)", { concurrency: false }, () => {
	let tmp = null;
	let westendSpec = null;
	let memberBase = null;
	let peerId = null;
	let auraPublic = null;
	let current = null;

	before(async () => {
		tmp = await makeTempDir('healthchain-operator-');
		westendSpec = await writeWestendSpec(tmp.dir);
		memberBase = path.join(tmp.dir, 'member');
	});

	after(async () => {
		if (current && !current.hasExited()) await current.stop().catch(() => {});
		if (tmp) await tmp.cleanup();
	});

	/** Starts a member's collator on `base`: no `--alice`, no forced node key, Prometheus on. */
	const startMemberCollator = async (base) =>
		startNodeWith({
			args: ['--collator', '--chain', westendSpec, '--base-path', base, '--no-hardware-benchmarks', '--', ...(await relayPortArgs())],
			logDir: tmp.dir,
		});

	/** What the collator on `node` holds: its peer id, and whether it has each Aura key. */
	const identity = async (node) => ({
		peerId: await rpc(node.httpUrl, 'system_localPeerId'),
		hasAura: await rpc(node.httpUrl, 'author_hasKey', [auraPublic, 'aura']),
		hasAlice: await rpc(node.httpUrl, 'author_hasKey', [ALICE_SR25519, 'aura']),
	});

	it('key generate-node-key writes the node key under the base path, prints its peer id and never overwrites it', async () => {
		const generated = await runNode(['key', 'generate-node-key', '--base-path', memberBase, '--chain', westendSpec]);
		assert.equal(generated.code, 0, generated.stderr);
		const keyFile = path.join(memberBase, 'chains', 'healthchain_local', 'network', 'secret_ed25519');
		assert.ok(existsSync(keyFile), `the node key is at ${keyFile}`);
		peerId = generated.stderr.match(PEER_ID)?.[1];
		assert.ok(peerId, `a peer id on stderr: ${generated.stderr}`);
		assert.equal(generated.stdout, '', 'nothing secret on stdout');

		const again = await runNode(['key', 'generate-node-key', '--base-path', memberBase, '--chain', westendSpec]);
		assert.notEqual(again.code, 0, 'a second run refuses');
		assert.match(again.stderr, /a key already exists/);
	});

	it('benchmark machine compares this machine with the reference hardware and, with --allow-fail, exits 0 below it', async () => {
		const machineBase = path.join(tmp.dir, 'machine');
		const measured = await runNode(['benchmark', 'machine', '--base-path', machineBase, '--allow-fail']);
		assert.equal(measured.code, 0, measured.stderr);
		const report = `${measured.stdout}${measured.stderr}`;
		for (const row of [/CPU\s+\| BLAKE2-256 /, /CPU\s+\| SR25519-Verify/, /Memory\s+\| Copy/, /Disk\s+\| Seq Write/, /Disk\s+\| Rnd Write/]) {
			assert.match(report, row);
		}
		assert.match(report, /From \d+ benchmarks in total, \d+ passed and \d+ failed/);
	});

	it('key generate and key insert --suri FILE put an Aura key in the keystore of a stopped node', async () => {
		const generated = await runNode(['key', 'generate', '--scheme', 'sr25519', '--output-type', 'json']);
		assert.equal(generated.code, 0, generated.stderr);
		const { secretPhrase, publicKey } = JSON.parse(generated.stdout);
		assert.match(publicKey, /^0x[0-9a-f]{64}$/);
		auraPublic = publicKey;
		const suriFile = path.join(tmp.dir, 'aura.suri');
		await writeFile(suriFile, secretPhrase, { mode: 0o600 });

		const inserted = await runNode([
			'key',
			'insert',
			'--base-path',
			memberBase,
			'--chain',
			westendSpec,
			'--key-type',
			'aura',
			'--scheme',
			'sr25519',
			'--suri',
			suriFile,
		]);
		assert.equal(inserted.code, 0, inserted.stderr);
		assert.ok(!`${inserted.stdout}${inserted.stderr}`.includes(secretPhrase), 'the secret is not echoed');
		assert.ok(existsSync(path.join(memberBase, 'chains', 'healthchain_local', 'keystore')), 'the keystore exists');
	});

	it(
		"a member's collator starts on those keys, with no development key, and exposes its metrics",
		{ timeout: DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(
			() => [current],
			async () => {
				current = await startMemberCollator(memberBase);
				await current.waitForLog(/Collating: yes/);
				await current.waitForLog(PARA_ID_LINE);
				assert.deepEqual(await identity(current), { peerId, hasAura: true, hasAlice: false });
				const metrics = await (await fetch(`http://127.0.0.1:${current.prometheusPort}/metrics`)).text();
				assert.match(metrics, /^substrate_block_height\{/m, 'Prometheus answers with the node metrics');
				assert.deepEqual(await current.stop(), CLEAN_EXIT);
			},
		),
	);

	it(
		'a copy of the stopped collator’s base path, started elsewhere, is the same node: peer id, Aura key, chain',
		{ timeout: DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(
			() => [current],
			async () => {
				const restored = path.join(tmp.dir, 'restored');
				await cp(memberBase, restored, { recursive: true, preserveTimestamps: true });
				current = await startMemberCollator(restored);
				await current.waitForLog(/Collating: yes/);
				assert.deepEqual(await identity(current), { peerId, hasAura: true, hasAlice: false });
				assert.ok(existsSync(paraDatabase(restored)), 'the copied parachain database is used');
				assert.deepEqual(await current.stop(), CLEAN_EXIT);
			},
		),
	);

	it(
		'a copy of a stopped dev node’s base path restores its blocks: the same hashes, and it seals on top',
		{ timeout: 2 * DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(
			() => [current],
			async () => {
				const devBase = path.join(tmp.dir, 'dev');
				const blockHashes = async (node, upTo) =>
					Promise.all(Array.from({ length: upTo + 1 }, (_, n) => rpc(node.httpUrl, 'chain_getBlockHash', [n])));
				current = await startNode({ basePath: devBase, extraArgs: ['--dev-block-time', '1000'] });
				await waitFor(async () => (await headerNumber(current.httpUrl)) >= 3, {
					timeoutMs: 60_000,
					what: 'the dev node to seal block #3',
				});
				const originalHashes = await blockHashes(current, 3);
				assert.deepEqual(await current.stop(), CLEAN_EXIT);

				const restored = path.join(tmp.dir, 'dev-restored');
				await cp(devBase, restored, { recursive: true, preserveTimestamps: true });
				current = await startNode({ basePath: restored, extraArgs: ['--dev-block-time', '1000'] });
				const restoredBest = await headerNumber(current.httpUrl);
				assert.ok(restoredBest >= 3, `the restored node starts at #${restoredBest}, not below the #3 it held`);
				assert.deepEqual(await blockHashes(current, 3), originalHashes, 'blocks 0..=3 are the same in the copy');
				await waitFor(async () => (await headerNumber(current.httpUrl)) > restoredBest, {
					timeoutMs: 60_000,
					what: `the restored node to seal above #${restoredBest}`,
				});
				assert.deepEqual(await current.stop(), CLEAN_EXIT);
			},
		),
	);
});

/** The raw-storage key of a plain storage value: twox128(pallet) ++ twox128(item). */
const valueKey = (pallet, item) => `${xxhashAsHex(pallet, 128)}${xxhashAsHex(item, 128).slice(2)}`;

describe("a consortium's own chain spec (docs/OPERATING.md section 4)", { concurrency: false }, () => {
	let tmp = null;
	let current = null;

	before(async () => {
		tmp = await makeTempDir('healthchain-consortium-');
	});

	after(async () => {
		if (current && !current.hasExited()) await current.stop().catch(() => {});
		if (tmp) await tmp.cleanup();
	});

	/** A new sr25519 account, as `key generate` prints it. */
	const newAccount = async () => {
		const generated = await runNode(['key', 'generate', '--scheme', 'sr25519', '--output-type', 'json']);
		assert.equal(generated.code, 0, generated.stderr);
		return JSON.parse(generated.stdout);
	};

	it(
		'an exported spec edited for the consortium (its collators and council, no sudo key) gives every member the same genesis, and a node starts on it',
		{ timeout: DEFAULT_START_TIMEOUT_MS + 180_000 },
		withNodeLogs(
			() => [current],
			async () => {
				const collators = [await newAccount(), await newAccount()];
				const council = [await newAccount(), await newAccount(), await newAccount()];
				const exported = await runNode(['export-chain-spec', '--chain', 'local']);
				assert.equal(exported.code, 0, exported.stderr);
				const spec = JSON.parse(exported.stdout);
				const patch = spec.genesis.runtimeGenesis.patch;
				patch.collatorSelection.invulnerables = collators.map((key) => key.ss58Address);
				patch.session.keys = collators.map((key) => [key.ss58Address, key.ss58Address, { aura: key.ss58Address }]);
				patch.councilMembership.members = council.map((key) => key.ss58Address);
				patch.sudo = { key: null };
				// Westend is built into the node, so the node below needs no relay spec file.
				const edited = { ...spec, name: 'Healthchain Consortium', id: 'healthchain_consortium', relay_chain: 'westend' };
				const file = path.join(tmp.dir, 'consortium.json');
				await writeFile(file, JSON.stringify(edited, null, 2));

				// Two members build the raw spec from the same file: the same genesis.
				const rawArgs = ['build-spec', '--chain', file, '--raw', '--disable-default-bootnode'];
				const [first, second] = [await runNode(rawArgs), await runNode(rawArgs)];
				assert.equal(first.code, 0, first.stderr);
				assert.equal(first.stdout, second.stdout, 'raw specs built from one file are identical');
				const head = await runNode(['export-genesis-head', '--chain', file]);
				const builtIn = await runNode(['export-genesis-head', '--chain', 'local']);
				assert.equal(head.code, 0, head.stderr);
				assert.notEqual(head.stdout.trim(), builtIn.stdout.trim(), 'not the development genesis');

				// No sudo key; the collators are the invulnerables; the council is the consortium's.
				const top = JSON.parse(first.stdout).genesis.raw.top;
				assert.equal(top[valueKey('Sudo', 'Key')], undefined, 'no sudo key in genesis');
				const invulnerables = top[valueKey('CollatorSelection', 'Invulnerables')];
				const members = top[valueKey('CouncilMembership', 'Members')];
				for (const key of collators) assert.ok(invulnerables.includes(key.publicKey.slice(2)), 'a collator is an invulnerable');
				for (const key of council) assert.ok(members.includes(key.publicKey.slice(2)), 'a council member is in the council');
				assert.ok(!members.includes(ALICE_SR25519.slice(2)), 'Alice is not on the council');

				// A member's node on the spec: its block 0 is the genesis every member exported.
				current = await startNodeWith({
					args: ['--chain', file, '--tmp', ...AUTHORITY_FLAGS, '--', ...(await relayPortArgs())],
					logDir: tmp.dir,
				});
				const genesis = await rpc(current.httpUrl, 'chain_getBlockHash', [0]);
				assert.equal(genesis, blake2AsHex(head.stdout.trim()), 'the node runs the exported genesis');
				assert.deepEqual(await current.stop(), CLEAN_EXIT);
			},
		),
	);
});
