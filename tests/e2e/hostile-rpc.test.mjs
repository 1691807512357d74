// Hostile input to a node's RPC, as an attacker on an exposed endpoint would send it, against
// the limits docs/OPERATING.md recommends for a public endpoint (PUBLIC_RPC_FLAGS):
// malformed JSON, wrong types, huge arrays and batches, deeply nested values, an oversized
// body, unknown methods, garbage SCALE to `state_call` and `author_submitExtrinsic`, every
// `clinicalTrial_*` method with each parameter wrong, and a burst of connections past
// `--rpc-max-connections`, unsafe methods, and a burst of calls past the per-connection rate
// limit. Every request must get a JSON-RPC error object (or, for a body over the size limit and
// a connection over the limit, a clean HTTP refusal), the node must keep sealing blocks
// throughout and answer normally afterwards, and its memory must stay bounded. The figures it
// saw (refusals, resident memory before and after) are printed.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import net from 'node:net';
import { describe, it } from 'node:test';

import { WsProvider } from '@polkadot/api';

import { rpc, waitFor, withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/**
 * The RPC limits docs/OPERATING.md recommends for an endpoint open to the public (section
 * "A public RPC endpoint"); keep the two in step. `--rpc-external` is left out only because
 * the test talks to localhost.
 */
const PUBLIC_RPC_FLAGS = [
	'--rpc-methods', 'safe',
	'--rpc-max-connections', '100',
	'--rpc-max-request-size', '1',
	'--rpc-max-response-size', '16',
	'--rpc-max-batch-request-len', '64',
	'--rpc-max-subscriptions-per-connection', '64',
	'--rpc-rate-limit', '1200',
];
/** The connection limit and the rate limit (calls per minute per connection) above. */
const MAX_CONNECTIONS = 100;
const RATE_LIMIT_PER_MINUTE = 1200;

/** A node sealing a block a second, with the public endpoint's limits. */
const dev = useDevNode({ extraArgs: ['--dev-block-time', '1000', ...PUBLIC_RPC_FLAGS] });

/** JSON-RPC error codes of the JSON-RPC 2.0 specification. */
const PARSE_ERROR = -32700;
const INVALID_REQUEST = -32600;
const METHOD_NOT_FOUND = -32601;
const INVALID_PARAMS = -32602;

/** POSTs `body` (a string, sent as it is) to the node; resolves with the HTTP status and the parsed JSON, if any. */
async function post(body) {
	const response = await fetch(dev.node.httpUrl, {
		method: 'POST',
		headers: { 'Content-Type': 'application/json' },
		body,
		signal: AbortSignal.timeout(60_000),
	});
	const text = await response.text();
	let json = null;
	try {
		json = JSON.parse(text);
	} catch {
		// Not JSON: the caller looks at the status.
	}
	return { status: response.status, json, text };
}

/**
 * POSTs `body` over a raw TCP connection; resolves with the start of whatever the node
 * answered (status line, headers and body) and the socket error, if any. A node refusing an
 * oversized body answers 413 as soon as it has read the headers and closes the connection while
 * the client is still sending; depending on timing the client reads the 413, or the close
 * resets the connection first (EPIPE, ECONNRESET) and the 413 is lost in flight.
 */
function postOverSocket(body) {
	return new Promise((resolve) => {
		const socket = net.connect(dev.node.rpcPort, '127.0.0.1');
		let answer = '';
		let error = null;
		socket.setTimeout(60_000, () => socket.destroy(new Error('no answer within 60 s')));
		socket.on('data', (chunk) => {
			answer += chunk.toString('latin1');
		});
		socket.on('error', (err) => {
			error = err.code ?? err.message;
		});
		socket.on('close', () => resolve({ answer, error }));
		socket.on('connect', () => {
			const payload = Buffer.from(body);
			socket.write(
				`POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n` +
					`Content-Length: ${payload.length}\r\nConnection: close\r\n\r\n`,
			);
			socket.end(payload);
		});
	});
}

/** Asserts that the node refused an oversized body: a 413, or the connection closed on the sender. */
function assertRefusedAsTooBig({ answer, error }, label) {
	const refused = /^HTTP\/1\.1 413\b/.test(answer) || (answer === '' && ['EPIPE', 'ECONNRESET'].includes(error));
	assert.ok(refused, `${label}: expected 413 or a closed connection, got ${JSON.stringify(answer.slice(0, 200))} (${error})`);
	return answer ? answer.split('\r\n')[0] : `connection closed (${error})`;
}

/** Sends one request object and asserts that the answer is a JSON-RPC error; returns it. */
async function expectRpcError(request, label) {
	const { status, json, text } = await post(JSON.stringify({ jsonrpc: '2.0', id: 7, ...request }));
	assert.ok(json && json.error, `${label}: expected a JSON-RPC error, got HTTP ${status}: ${text.slice(0, 300)}`);
	assert.equal(typeof json.error.code, 'number', `${label}: the error has a numeric code`);
	assert.equal(typeof json.error.message, 'string', `${label}: the error has a message`);
	assert.ok(!('result' in json), `${label}: an error response carries no result`);
	return json.error;
}

/** The node's best block number. */
async function bestNumber() {
	const header = await rpc(dev.node.httpUrl, 'chain_getHeader');
	return Number.parseInt(header.number, 16);
}

/** The node process's resident memory in MiB, from /proc. */
async function residentMiB() {
	const status = await readFile(`/proc/${dev.node.proc.pid}/status`, 'utf8');
	const kib = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
	return kib / 1024;
}

/**
 * Opens a WebSocket handshake on a raw TCP connection; resolves with the socket and whether
 * the server switched protocols (101) or refused (any other status, or closing the connection).
 */
function openWebSocket(port) {
	return new Promise((resolve) => {
		const socket = net.connect(port, '127.0.0.1');
		let answered = false;
		const finish = (accepted, detail) => {
			if (!answered) {
				answered = true;
				resolve({ socket, accepted, detail });
			}
		};
		socket.setTimeout(30_000, () => finish(false, 'timeout'));
		socket.on('error', (err) => finish(false, err.code ?? err.message));
		socket.on('close', () => finish(false, 'closed'));
		socket.once('data', (chunk) => {
			const statusLine = chunk.toString('latin1').split('\r\n')[0];
			finish(/^HTTP\/1\.1 101\b/.test(statusLine), statusLine);
		});
		socket.on('connect', () => {
			socket.write(
				'GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
					'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
			);
		});
	});
}

describe('hostile RPC input', { concurrency: false }, () => {
	let startBlock = 0;
	let startMiB = 0;
	let startedAt = 0;

	it(
		'answers malformed JSON, wrong types, unknown methods and bad requests with JSON-RPC errors',
		withNodeLogs(dev.nodes, async () => {
			startBlock = await bestNumber();
			startMiB = await residentMiB();
			startedAt = Date.now();

			for (const body of ['{"jsonrpc":"2.0","id":1,"method":', 'not json at all', '{"jsonrpc":"2.0","id":1,"method":"system_health",}']) {
				const { json, status, text } = await post(body);
				assert.ok(json?.error, `malformed ${JSON.stringify(body)}: HTTP ${status} ${text.slice(0, 200)}`);
				assert.equal(json.error.code, PARSE_ERROR, `malformed ${JSON.stringify(body)}`);
			}
			const notARequest = await post('{"jsonrpc":"2.0","id":1}');
			assert.equal(notARequest.json?.error?.code, INVALID_REQUEST, `no method: ${notARequest.text.slice(0, 200)}`);

			assert.equal((await expectRpcError({ method: 'no_suchMethod', params: [] }, 'unknown method')).code, METHOD_NOT_FOUND);
			assert.equal(
				(await expectRpcError({ method: 'chain_getBlockHash', params: ['not a number'] }, 'wrong type')).code,
				INVALID_PARAMS,
			);
			assert.equal(
				(await expectRpcError({ method: 'chain_getBlock', params: [{ a: 1 }] }, 'object for a hash')).code,
				INVALID_PARAMS,
			);
			assert.equal(
				(await expectRpcError({ method: 'state_getStorage', params: ['0xzz'] }, 'bad hex')).code,
				INVALID_PARAMS,
			);
			await expectRpcError({ method: 'chain_getBlockHash', params: 'a string' }, 'params neither an array nor an object');
		}),
	);

	it(
		'refuses huge arrays, a huge batch, deep nesting and an oversized body without falling over',
		withNodeLogs(dev.nodes, async () => {
			// 200,000 storage keys asked at once: a 14 MB body, over the 1 MiB request limit.
			const keys = Array.from({ length: 200_000 }, (_, i) => `0x${i.toString(16).padStart(64, '0')}`);
			const huge = assertRefusedAsTooBig(
				await postOverSocket(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'state_queryStorageAt', params: [keys] })),
				'200,000 keys',
			);
			// 10,000 keys fit in the limit: answered (one entry per key), or refused with an error.
			const some = await post(
				JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'state_queryStorageAt', params: [keys.slice(0, 10_000)] }),
			);
			assert.ok(some.json?.error || Array.isArray(some.json?.result), `10,000 keys: HTTP ${some.status} ${some.text.slice(0, 200)}`);
			console.log(
				`figure: state_queryStorageAt with 200,000 keys refused (${huge}); with 10,000 keys: ` +
					(some.json?.error ? `JSON-RPC error ${some.json.error.code} ${some.json.error.message}` : `answered, ${some.text.length} bytes`),
			);

			// A batch of 5,000 requests: over the batch limit of 64, refused as a whole.
			const batch = Array.from({ length: 5_000 }, (_, id) => ({ jsonrpc: '2.0', id, method: 'system_health', params: [] }));
			const batched = await post(JSON.stringify(batch));
			assert.ok(batched.json?.error, `batch of 5,000: HTTP ${batched.status} ${batched.text.slice(0, 200)}`);
			console.log(`figure: a batch of 5,000 requests refused: ${batched.json.error.code} ${batched.json.error.message}`);
			// A batch within the limit is answered in full.
			const small = await post(JSON.stringify(batch.slice(0, 64)));
			assert.equal(small.json?.length, 64, `batch of 64: HTTP ${small.status} ${small.text.slice(0, 200)}`);

			// 100,000 nested arrays as the parameter of a method that reads it: beyond any JSON
			// parser's recursion limit. (A method without parameters never parses them: there,
			// the same garbage is ignored and the method answers.)
			const nested = `{"jsonrpc":"2.0","id":1,"method":"chain_getBlockHash","params":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
			const deep = await post(nested);
			assert.ok(deep.json?.error, `deep nesting: HTTP ${deep.status} ${deep.text.slice(0, 200)}`);
			assert.ok([PARSE_ERROR, INVALID_PARAMS].includes(deep.json.error.code), `deep nesting: ${JSON.stringify(deep.json.error)}`);

			// 20 MiB: far over the request limit.
			const oversized = assertRefusedAsTooBig(
				await postOverSocket(
					JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'system_health', params: ['x'.repeat(20 * 1024 * 1024)] }),
				),
				'20 MiB body',
			);
			console.log(`figure: a 20 MiB body refused: ${oversized}`);
			await rpc(dev.node.httpUrl, 'system_health');
		}),
	);

	it(
		'answers garbage SCALE to state_call and author_submitExtrinsic with errors',
		withNodeLogs(dev.nodes, async () => {
			const calls = [
				['EhrAnchorApi_verify_hash', '0x01'],
				['EhrAnchorApi_verify_hash', `0x${'ff'.repeat(31)}`],
				['ConsentApi_access_log_head', '0x'],
				['Core_version', '0xdeadbeef'],
				['NoSuchApi_no_such_method', '0x00'],
				['Core_execute_block', '0x00'],
				['BlockBuilder_apply_extrinsic', '0x0102030405'],
			];
			for (const [method, data] of calls) {
				const error = await expectRpcError({ method: 'state_call', params: [method, data] }, `state_call ${method}`);
				assert.ok(error.message.length > 0, `state_call ${method}: ${JSON.stringify(error)}`);
			}
			for (const extrinsic of ['0x', '0x00', '0xdeadbeef', `0x${'00'.repeat(4096)}`, `0x84${'11'.repeat(200)}`]) {
				await expectRpcError({ method: 'author_submitExtrinsic', params: [extrinsic] }, `author_submitExtrinsic ${extrinsic.slice(0, 12)}`);
			}
		}),
	);

	it(
		'answers every clinicalTrial_* method with every parameter wrong with JSON-RPC errors',
		withNodeLogs(dev.nodes, async () => {
			const badTrials = ['zero', -1, 1.5, 2 ** 64, null, {}, [], '0x00'];
			const withTrial = [
				'clinicalTrial_trial',
				'clinicalTrial_protocolHistory',
				'clinicalTrial_outcomeReport',
				'clinicalTrial_enrolmentCounts',
				'clinicalTrial_dataSnapshots',
				'clinicalTrial_adverseEvents',
			];
			let errors = 0;
			for (const method of withTrial) {
				for (const trial of badTrials) {
					await expectRpcError({ method, params: [trial] }, `${method}(${JSON.stringify(trial)})`);
					errors += 1;
				}
				// A block hash that is no block, and one that is not a hash.
				await expectRpcError({ method, params: [0, `0x${'ab'.repeat(32)}`] }, `${method} at an unknown block`);
				await expectRpcError({ method, params: [0, 'yesterday'] }, `${method} at a non-hash`);
				errors += 2;
			}
			for (const participant of ['not an account', '0x1234', 42, `0x${'00'.repeat(33)}`]) {
				await expectRpcError({ method: 'clinicalTrial_enrolment', params: [0, participant] }, `clinicalTrial_enrolment(0, ${participant})`);
				errors += 1;
			}
			for (const hash of ['0x12', 'hash', 7, `0x${'00'.repeat(31)}`]) {
				await expectRpcError({ method: 'clinicalTrial_findHash', params: [0, hash] }, `clinicalTrial_findHash(0, ${hash})`);
				errors += 1;
			}
			for (const params of [[{ status: 'NoSuchStatus' }], ['filter'], [null, 'start'], [null, null, -5], [null, null, 1e12]]) {
				await expectRpcError({ method: 'clinicalTrial_trials', params }, `clinicalTrial_trials(${JSON.stringify(params)})`);
				errors += 1;
			}
			for (const params of [[0, 'start'], [0, 0, -1], [0, 0, 'ten']]) {
				await expectRpcError({ method: 'clinicalTrial_dataSnapshots', params }, `clinicalTrial_dataSnapshots(${JSON.stringify(params)})`);
				errors += 1;
			}
			console.log(`figure: ${errors} malformed clinicalTrial_* requests, each answered with a JSON-RPC error`);
		}),
	);

	it(
		'refuses connections past --rpc-max-connections, then serves again',
		withNodeLogs(dev.nodes, async () => {
			const attempts = MAX_CONNECTIONS * 3;
			const opened = await Promise.all(Array.from({ length: attempts }, () => openWebSocket(dev.node.rpcPort)));
			const accepted = opened.filter(({ accepted: ok }) => ok).length;
			const refusals = new Map();
			for (const { accepted: ok, detail } of opened) {
				if (!ok) refusals.set(detail, (refusals.get(detail) ?? 0) + 1);
			}
			console.log(
				`figure: ${attempts} concurrent WebSocket connections against a limit of ${MAX_CONNECTIONS}: ` +
					`${accepted} accepted, ${attempts - accepted} refused (${[...refusals].map(([why, n]) => `${n}× ${why}`).join('; ')})`,
			);
			for (const { socket } of opened) socket.destroy();
			// The suite's own API connection holds one slot.
			assert.ok(accepted <= MAX_CONNECTIONS, `${accepted} connections accepted past a limit of ${MAX_CONNECTIONS}`);
			assert.ok(accepted >= 1, 'no connection was accepted at all');

			// Once they are closed, the node answers again.
			await waitFor(() => rpc(dev.node.httpUrl, 'system_health'), { timeoutMs: 30_000, what: 'system_health after the burst' });
		}),
	);

	it(
		'refuses unsafe methods on the public endpoint',
		withNodeLogs(dev.nodes, async () => {
			for (const [method, params] of [
				['author_rotateKeys', []],
				['author_insertKey', ['aura', '//Alice', '0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d']],
				['author_hasKey', ['0xd43593c715fdd31c61141abd04a99fd6822c8558854ccde39a5684e7a56da27d', 'aura']],
				['system_addReservedPeer', ['/ip4/127.0.0.1/tcp/1/p2p/12D3KooWEyoppNCUx8Yx66oV9fJnriXwCcXwDDUA2kj6vnc6iDEp']],
				['author_removeExtrinsic', [[]]],
			]) {
				const error = await expectRpcError({ method, params }, `unsafe ${method}`);
				console.log(`figure: ${method} refused: ${error.code} ${error.message}`);
			}
		}),
	);

	it(
		'delays, then refuses calls past the per-connection rate limit',
		withNodeLogs(dev.nodes, async () => {
			const provider = new WsProvider(dev.node.wsUrl, false);
			provider.connect();
			await provider.isReady;
			try {
				const calls = RATE_LIMIT_PER_MINUTE * 2;
				const outcomes = await Promise.all(
					Array.from({ length: calls }, () =>
						provider.send('system_health', []).then(
							() => 'answered',
							(err) => (/-32999|rate limit/i.test(err.message) ? 'rate limited' : `error: ${err.message}`),
						),
					),
				);
				const counts = new Map();
				for (const outcome of outcomes) counts.set(outcome, (counts.get(outcome) ?? 0) + 1);
				console.log(
					`figure: ${calls} calls at once on one connection, limit ${RATE_LIMIT_PER_MINUTE}/min: ` +
						[...counts].map(([outcome, n]) => `${n} ${outcome}`).join(', '),
				);
				assert.deepEqual(
					[...counts.keys()].filter((outcome) => !['answered', 'rate limited'].includes(outcome)),
					[],
					'every call is answered or refused by the rate limit',
				);
				assert.ok((counts.get('rate limited') ?? 0) > 0, 'no call was refused by the rate limit');
				assert.ok((counts.get('answered') ?? 0) >= RATE_LIMIT_PER_MINUTE, 'calls within the limit were refused');
			} finally {
				await provider.disconnect();
			}
		}),
	);

	it(
		'kept sealing blocks throughout, with bounded memory',
		withNodeLogs(dev.nodes, async () => {
			const before = startBlock;
			const now = await waitFor(async () => ((await bestNumber()) > before + 2 ? bestNumber() : null), {
				timeoutMs: 60_000,
				what: 'new blocks after the hostile input',
			});
			const endMiB = await residentMiB();
			console.log(
				`figure: blocks #${before} to #${now} sealed in the ${((Date.now() - startedAt) / 1000).toFixed(0)} s of hostile input; resident memory ${startMiB.toFixed(0)} MiB before, ${endMiB.toFixed(0)} MiB after`,
			);
			// Generous: a debug node's memory moves with its caches; an unbounded buffer of the
			// 20 MiB body, the 200,000 keys or the 5,000-request batch would show as far more.
			assert.ok(endMiB < startMiB + 1024, `resident memory grew from ${startMiB.toFixed(0)} to ${endMiB.toFixed(0)} MiB`);
			assert.equal(dev.node.hasExited(), false, 'the node is still running');
			// The runtime logs "panicked at ... Bad input data provided to <api>" for each garbage
			// `state_call` it refuses (the SDK's runtime-API decoding; nothing is harmed). A panic
			// of the node itself is logged as "Thread '<name>' panicked" or "This is a bug".
			assert.doesNotMatch(dev.node.logTail(2000), /Thread '.*' panicked|This is a bug/, 'the node itself panicked');
		}),
	);
});
