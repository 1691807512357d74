// End-to-end tests for `healthchain-node --dev`.
//
// One node is started for the whole suite; the tests run in order and the last
// one restarts the node on the same base path to check that state persists.

import assert from 'node:assert/strict';
import path from 'node:path';
import { after, before, describe, it } from 'node:test';

import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady, mnemonicGenerate } from '@polkadot/util-crypto';

import { connectApi, eventNames, signAndSendInBlock } from './lib/chain.mjs';
import {
	DEFAULT_START_TIMEOUT_MS,
	DEFAULT_STOP_TIMEOUT_MS,
	headerNumber,
	makeTempDir,
	parseBlockNumber,
	rpc,
	startNode,
	waitFor,
	withNodeLogs,
} from './lib/node.mjs';

/** Block time the dev node is asked to seal blocks at. */
const DEV_BLOCK_TIME_MS = 1_000;

/** Arguments passed to the node on top of the ones startNode always passes. */
const NODE_EXTRA_ARGS = ['--dev-block-time', String(DEV_BLOCK_TIME_MS)];

/** Chain properties the dev chain spec must advertise. */
const EXPECTED_PROPERTIES = { tokenSymbol: 'HCT', tokenDecimals: 12, ss58Format: 42 };

/** The crates whose types this project defines: the pallets, their runtime APIs, the
 * primitives and the runtime. */
const OUR_TYPE_PATHS =
	/^(pallet_(organizations|ehr_anchor|consent|drug_trace|clinical_trial)(_runtime_api)?|healthchain_(primitives|runtime))::/;

/** One HCT in plancks (12 decimals). */
const HCT = 10n ** 12n;

/** Amount sent to a fresh account by the transfer test. */
const TRANSFER_AMOUNT = 10n * HCT;

const CLEAN_EXIT = { code: 0, signal: null };

// Suite-level state; the restart test relies on what the transfer test recorded.
let tmp = null;
let basePath = null;
let node = null;
let restartedNode = null;
let api = null;
/** @type {{ recipient: string, amount: bigint, blockHash: string } | null} */
let transferred = null;

const currentNodes = () => [node, restartedNode];

describe('healthchain-node --dev', { concurrency: false }, () => {
	before(
		async () => {
			await cryptoWaitReady();
			tmp = await makeTempDir();
			basePath = path.join(tmp.dir, 'base');
			node = await startNode({ basePath, extraArgs: NODE_EXTRA_ARGS });
		},
		{ timeout: DEFAULT_START_TIMEOUT_MS + 60_000 },
	);

	after(
		async () => {
			const errors = [];
			if (api) {
				await api.disconnect().catch((err) => errors.push(err));
				api = null;
			}
			for (const running of [restartedNode, node]) {
				if (running) {
					await running.stop().catch((err) => errors.push(err));
				}
			}
			if (tmp) {
				await tmp.cleanup().catch((err) => errors.push(err));
			}
			if (errors.length > 0) {
				throw new AggregateError(errors, `cleanup failed: ${errors.map((err) => err.message).join('; ')}`);
			}
		},
		{ timeout: 2 * DEFAULT_STOP_TIMEOUT_MS + 30_000 },
	);

	it(
		'answers system_health over HTTP JSON-RPC',
		{ timeout: 30_000 },
		withNodeLogs(currentNodes, async () => {
			const health = await rpc(node.httpUrl, 'system_health');
			assert.ok(health && typeof health === 'object', `system_health should return an object, got ${JSON.stringify(health)}`);
			assert.equal(health.peers, 0, `a lone --dev node should have 0 peers, system_health: ${JSON.stringify(health)}`);
			assert.equal(health.isSyncing, false, `a lone --dev node should not be syncing, system_health: ${JSON.stringify(health)}`);

			const chain = await rpc(node.httpUrl, 'system_chain');
			assert.equal(typeof chain, 'string', `system_chain should return a string, got ${JSON.stringify(chain)}`);
			assert.ok(chain.trim().length > 0, 'system_chain should return a non-empty chain name');

			const properties = await rpc(node.httpUrl, 'system_properties');
			for (const [key, expected] of Object.entries(EXPECTED_PROPERTIES)) {
				assert.deepEqual(
					properties?.[key],
					expected,
					`system_properties.${key} should be ${JSON.stringify(expected)}, system_properties: ${JSON.stringify(properties)}`,
				);
			}
		}),
	);

	it(
		'produces blocks',
		{ timeout: 90_000 },
		withNodeLogs(currentNodes, async () => {
			const start = await headerNumber(node.httpUrl);
			const target = start + 2;
			let latest = start;
			await waitFor(
				async () => {
					latest = await headerNumber(node.httpUrl);
					return latest >= target;
				},
				{ timeoutMs: 60_000, intervalMs: DEV_BLOCK_TIME_MS / 2, what: `best block to reach #${target} (started at #${start})` },
			).catch((err) => {
				throw new Error(`${err.message}; best block is still #${latest}`, { cause: err });
			});
			assert.ok(latest >= target, `best block should have advanced from #${start} to at least #${target}, is #${latest}`);
		}),
	);

	it(
		'includes a signed transfer',
		{ timeout: 240_000 },
		withNodeLogs(currentNodes, async () => {
			api = await connectApi(node.wsUrl);
			const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
			const alice = keyring.addFromUri('//Alice');
			const recipient = keyring.addFromUri(mnemonicGenerate());

			const { data: before } = await api.query.system.account(recipient.address);
			assert.equal(before.free.toBigInt(), 0n, `the fresh recipient ${recipient.address} should start with no balance`);

			const tx = api.tx.balances.transferKeepAlive(recipient.address, TRANSFER_AMOUNT);
			const { blockHash, events } = await signAndSendInBlock(api, tx, alice, { timeoutMs: 120_000 });
			const names = eventNames(events);

			const success = events.find(({ event }) => api.events.system.ExtrinsicSuccess.is(event));
			assert.ok(success, `the transfer's events should include system.ExtrinsicSuccess, got: ${names}`);

			const transfer = events.find(({ event }) => api.events.balances.Transfer.is(event));
			assert.ok(transfer, `the transfer's events should include balances.Transfer, got: ${names}`);
			const [from, to, amount] = transfer.event.data;
			assert.equal(from.toHex(), u8aToHex(alice.publicKey), `balances.Transfer.from should be Alice, got ${from.toString()}`);
			assert.equal(
				to.toHex(),
				u8aToHex(recipient.publicKey),
				`balances.Transfer.to should be the recipient ${recipient.address}, got ${to.toString()}`,
			);
			assert.equal(amount.toBigInt(), TRANSFER_AMOUNT, `balances.Transfer.amount should be ${TRANSFER_AMOUNT}, got ${amount.toString()}`);

			const { data: afterTransfer } = await api.query.system.account(recipient.address);
			assert.equal(
				afterTransfer.free.toBigInt(),
				TRANSFER_AMOUNT,
				`the recipient's free balance should equal the transferred ${TRANSFER_AMOUNT}, got ${afterTransfer.free.toString()}`,
			);

			transferred = { recipient: recipient.address, amount: TRANSFER_AMOUNT, blockHash };
		}),
	);

	it(
		"names every field of the project's own types so that Polkadot.js keeps the name",
		{ timeout: 60_000 },
		withNodeLogs(currentNodes, async () => {
			// Polkadot.js renames a field that clashes with a codec's own members (`hash`,
			// `registry`, `entries`, `keys`, `new`, `size`) by appending `_`: `outcome.hash` would
			// then be the codec's hash, not the field. Every type our crates define (pallet calls,
			// events, storage values and runtime-API types) must keep its names.
			const lookup = api.registry.lookup;
			const renamed = [];
			let checked = 0;
			for (const { type } of lookup.types) {
				const path = type.path.map((segment) => segment.toString()).join('::');
				if (!OUR_TYPE_PATHS.test(path)) continue;
				checked += 1;
				const shapes = type.def.isComposite
					? [['', type.def.asComposite.fields]]
					: type.def.isVariant
						? type.def.asVariant.variants.map((variant) => [`::${variant.name}`, variant.fields])
						: [];
				for (const [variant, fields] of shapes) {
					for (const field of fields) {
						const [name, original] = lookup.sanitizeField(field.name);
						if (original !== null) renamed.push(`${path}${variant}.${original} (read as ${name})`);
					}
				}
			}
			assert.ok(checked >= 50, `expected the metadata to hold our crates' types, found ${checked}`);
			assert.deepEqual(renamed, [], `Polkadot.js renames these fields: ${renamed.join('; ')}`);
		}),
	);

	it(
		'seals a block on demand with engine_createBlock',
		{ timeout: 60_000 },
		withNodeLogs(currentNodes, async () => {
			const bestBefore = await headerNumber(node.httpUrl);
			const created = await rpc(node.httpUrl, 'engine_createBlock', [true, true, null]);
			assert.ok(created && typeof created === 'object', `engine_createBlock should return an object, got ${JSON.stringify(created)}`);
			assert.equal(typeof created.hash, 'string', `engine_createBlock result should have a string hash, got ${JSON.stringify(created)}`);
			assert.match(created.hash, /^0x[0-9a-fA-F]{64}$/, `engine_createBlock hash should be 0x-prefixed 32-byte hex, got ${created.hash}`);
			assert.equal(created.hash.length, 66, `engine_createBlock hash should be 66 characters long, got ${created.hash.length}`);

			const header = await rpc(node.httpUrl, 'chain_getHeader', [created.hash]);
			assert.ok(header, `chain_getHeader(${created.hash}) should return the block sealed by engine_createBlock`);
			const number = parseBlockNumber(header.number);
			assert.ok(number > bestBefore, `the sealed block #${number} should be above the previous best #${bestBefore}`);

			const finalizedHash = await rpc(node.httpUrl, 'chain_getFinalizedHead');
			const finalizedNumber = await headerNumber(node.httpUrl, finalizedHash);
			assert.ok(
				finalizedNumber >= number,
				`engine_createBlock(finalize = true) should finalize #${number}, finalized head is #${finalizedNumber}`,
			);
		}),
	);

	it(
		'keeps its state across a SIGINT restart',
		{ timeout: 2 * DEFAULT_STOP_TIMEOUT_MS + DEFAULT_START_TIMEOUT_MS + 120_000 },
		withNodeLogs(currentNodes, async () => {
			assert.ok(transferred, 'this test needs the state written by "includes a signed transfer", which did not complete');

			const rememberedNumber = await headerNumber(node.httpUrl);
			const rememberedHash = await rpc(node.httpUrl, 'chain_getBlockHash', [rememberedNumber]);
			assert.ok(rememberedHash, `chain_getBlockHash(${rememberedNumber}) returned nothing before the restart`);

			if (api) {
				await api.disconnect();
				api = null;
			}
			const firstExit = await node.stop();
			assert.deepEqual(firstExit, CLEAN_EXIT, `SIGINT should shut the node down cleanly, got ${JSON.stringify(firstExit)}`);

			restartedNode = await startNode({ basePath, extraArgs: NODE_EXTRA_ARGS });

			const bestAfter = await headerNumber(restartedNode.httpUrl);
			assert.ok(
				bestAfter >= rememberedNumber,
				`after the restart the best block #${bestAfter} should be at least the #${rememberedNumber} seen before it`,
			);
			const hashAfter = await rpc(restartedNode.httpUrl, 'chain_getBlockHash', [rememberedNumber]);
			assert.equal(hashAfter, rememberedHash, `block #${rememberedNumber} should still be ${rememberedHash} after the restart`);
			const inclusionHeader = await rpc(restartedNode.httpUrl, 'chain_getHeader', [transferred.blockHash]);
			assert.ok(inclusionHeader, `the block ${transferred.blockHash} that included the transfer should survive the restart`);

			const restartedApi = await connectApi(restartedNode.wsUrl);
			try {
				const { data } = await restartedApi.query.system.account(transferred.recipient);
				assert.equal(
					data.free.toBigInt(),
					transferred.amount,
					`after the restart ${transferred.recipient} should still hold ${transferred.amount}, got ${data.free.toString()}`,
				);
			} finally {
				await restartedApi.disconnect();
			}

			const secondExit = await restartedNode.stop();
			assert.deepEqual(secondExit, CLEAN_EXIT, `SIGINT should shut the restarted node down cleanly, got ${JSON.stringify(secondExit)}`);
		}),
	);
});
