// Helpers for end-to-end tests that run a real `healthchain-node --dev` process.
//
// Nothing here depends on @polkadot/*: these helpers only spawn the binary, talk
// plain JSON-RPC over HTTP and manage temporary directories and logs.

import { spawn } from 'node:child_process';
import { constants as fsConstants, createWriteStream } from 'node:fs';
import { access, mkdtemp, rm, stat } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** Environment variable that must point at the node binary under test. */
export const NODE_BINARY_ENV = 'HEALTHCHAIN_NODE';

/** Default time allowed for a node to answer `system_health` after spawning. */
export const DEFAULT_START_TIMEOUT_MS = 180_000;

/** Default time allowed for a node to exit after SIGINT. */
export const DEFAULT_STOP_TIMEOUT_MS = 60_000;

/** How many lines of the node log to print when something fails. */
export const LOG_TAIL_LINES = 80;

const LOG_BUFFER_LINES = 400;
const HEALTH_POLL_INTERVAL_MS = 500;
const HEALTH_REQUEST_TIMEOUT_MS = 2_000;
const DEFAULT_RPC_TIMEOUT_MS = 30_000;

let nodeCounter = 0;
let rpcIdCounter = 0;

/** Child processes still running; killed if the test process exits without stopping them. */
const liveChildren = new Set();

process.once('exit', () => {
	for (const child of liveChildren) {
		try {
			child.kill('SIGKILL');
		} catch {
			// The process may already be gone; nothing else can be done at exit time.
		}
	}
});

/** Value `withTimeout` resolves with when the timeout wins. */
export const TIMED_OUT = Symbol('timed out');

/**
 * Resolves with `promise`'s value, or with TIMED_OUT after `timeoutMs`. The
 * timer is cancelled when the promise settles so it never keeps the process alive.
 *
 * @template T
 * @param {Promise<T>} promise
 * @param {number} timeoutMs
 * @returns {Promise<T | typeof TIMED_OUT>}
 */
export async function withTimeout(promise, timeoutMs) {
	const controller = new AbortController();
	const timer = sleep(timeoutMs, TIMED_OUT, { signal: controller.signal }).catch(() => TIMED_OUT);
	try {
		return await Promise.race([promise, timer]);
	} finally {
		controller.abort();
	}
}

/**
 * Resolves the node binary from HEALTHCHAIN_NODE and checks that it is an
 * executable regular file.
 *
 * @returns {Promise<string>} absolute path of the binary
 */
export async function resolveNodeBinary() {
	const configured = process.env[NODE_BINARY_ENV];
	if (!configured) {
		throw new Error(
			`${NODE_BINARY_ENV} is not set: point it at a built healthchain-node binary, ` +
				`e.g. ${NODE_BINARY_ENV}=$PWD/target/release/healthchain-node npm test`,
		);
	}
	const binary = path.resolve(configured);
	let info;
	try {
		info = await stat(binary);
	} catch (err) {
		throw new Error(`${NODE_BINARY_ENV}=${configured}: cannot stat ${binary} (${err.code ?? err.message})`);
	}
	if (!info.isFile()) {
		throw new Error(`${NODE_BINARY_ENV}=${configured}: ${binary} is not a regular file`);
	}
	try {
		await access(binary, fsConstants.X_OK);
	} catch {
		throw new Error(`${NODE_BINARY_ENV}=${configured}: ${binary} is not executable`);
	}
	return binary;
}

/**
 * Finds `count` distinct free TCP ports on 127.0.0.1 by binding to port 0.
 * All listeners are held open together so the ports returned are distinct.
 *
 * @param {number} count
 * @returns {Promise<number[]>}
 */
export async function getFreePorts(count) {
	const servers = [];
	try {
		for (let i = 0; i < count; i += 1) {
			const server = net.createServer();
			servers.push(server);
			await new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(0, '127.0.0.1', resolve);
			});
		}
		return servers.map((server) => server.address().port);
	} finally {
		await Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))));
	}
}

/**
 * Sends one JSON-RPC 2.0 request over HTTP.
 *
 * @param {string} httpUrl e.g. http://127.0.0.1:9944
 * @param {string} method
 * @param {unknown[]} [params]
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<any>} the `result` member of the response
 */
export async function rpc(httpUrl, method, params = [], { timeoutMs = DEFAULT_RPC_TIMEOUT_MS } = {}) {
	rpcIdCounter += 1;
	const body = JSON.stringify({ jsonrpc: '2.0', id: rpcIdCounter, method, params });
	let response;
	try {
		response = await fetch(httpUrl, {
			method: 'POST',
			headers: { 'Content-Type': 'application/json' },
			body,
			signal: AbortSignal.timeout(timeoutMs),
		});
	} catch (err) {
		throw new Error(`RPC ${method} to ${httpUrl} failed: ${err.cause?.message ?? err.message}`, { cause: err });
	}
	const text = await response.text();
	if (!response.ok) {
		throw new Error(`RPC ${method} to ${httpUrl}: HTTP ${response.status} ${response.statusText}: ${text.slice(0, 500)}`);
	}
	let payload;
	try {
		payload = JSON.parse(text);
	} catch {
		throw new Error(`RPC ${method} to ${httpUrl}: response is not JSON: ${text.slice(0, 500)}`);
	}
	if (payload.error) {
		const { code, message, data } = payload.error;
		const detail = data === undefined ? '' : ` (data: ${JSON.stringify(data)})`;
		const err = new Error(`RPC ${method} failed with code ${code}: ${message}${detail}`);
		err.rpcError = payload.error;
		throw err;
	}
	if (!('result' in payload)) {
		throw new Error(`RPC ${method} to ${httpUrl}: response has neither result nor error: ${text.slice(0, 500)}`);
	}
	return payload.result;
}

/**
 * Polls `predicate` until it returns a truthy value, which is then returned.
 * Errors thrown by the predicate count as "not yet" and the last one is
 * reported if the timeout expires.
 *
 * @template T
 * @param {() => T | Promise<T>} predicate
 * @param {{ timeoutMs?: number, intervalMs?: number, what?: string }} [options]
 * @returns {Promise<T>}
 */
export async function waitFor(predicate, { timeoutMs = 30_000, intervalMs = 500, what = 'condition' } = {}) {
	const deadline = Date.now() + timeoutMs;
	let lastError;
	for (;;) {
		try {
			const value = await predicate();
			if (value) {
				return value;
			}
			lastError = undefined;
		} catch (err) {
			lastError = err;
		}
		if (Date.now() >= deadline) {
			const suffix = lastError ? `; last error: ${lastError.message}` : '';
			throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${suffix}`, { cause: lastError });
		}
		await sleep(Math.min(intervalMs, Math.max(0, deadline - Date.now())));
	}
}

/**
 * Creates a fresh directory under os.tmpdir(). `cleanup()` removes it unless
 * KEEP_E2E_TMP=1, in which case its path is printed so logs can be inspected.
 *
 * @param {string} [prefix]
 * @returns {Promise<{ dir: string, cleanup: () => Promise<void> }>}
 */
export async function makeTempDir(prefix = 'healthchain-e2e-') {
	const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
	let cleaned = false;
	return {
		dir,
		async cleanup() {
			if (cleaned) {
				return;
			}
			cleaned = true;
			if (process.env.KEEP_E2E_TMP === '1') {
				process.stderr.write(`KEEP_E2E_TMP=1: keeping ${dir}\n`);
				return;
			}
			await rm(dir, { recursive: true, force: true, maxRetries: 3 });
		},
	};
}

/**
 * Spawns the node binary with `args` (any mode), its stdout and stderr going to `logPath`,
 * and returns a handle to it at once, without waiting for anything.
 *
 * `waitForLog(pattern)` resolves with the first log line matching `pattern` (a line
 * already printed counts) and rejects if the node exits first; `exited` resolves with
 * `{ code, signal }` once the process is gone and its log complete; `stop()` sends SIGINT
 * and waits for the exit (SIGKILL and an error after `timeoutMs`).
 *
 * @param {{ args: string[], logPath: string }} options
 * @returns {Promise<{
 *   proc: import('node:child_process').ChildProcess,
 *   args: string[], logPath: string,
 *   logTail: (lines?: number) => string,
 *   exited: Promise<{ code: number | null, signal: string | null, error?: Error }>,
 *   waitForLog: (pattern: RegExp, options?: { timeoutMs?: number }) => Promise<string>,
 *   stop: (options?: { timeoutMs?: number }) => Promise<{ code: number | null, signal: string | null }>,
 * }>}
 */
export async function spawnNode({ args, logPath }) {
	const binary = await resolveNodeBinary();
	const logStream = createWriteStream(logPath, { flags: 'a' });
	const logClosed = new Promise((resolve) => logStream.once('close', resolve));
	logStream.on('error', (err) => {
		process.stderr.write(`[e2e] cannot write node log ${logPath}: ${err.message}\n`);
	});
	logStream.write(`$ ${binary} ${args.join(' ')}\n`);

	// Keep the most recent lines in memory so tails never depend on file flushing.
	const recentLines = [];
	const lineWatchers = new Set();
	const partial = { stdout: '', stderr: '' };
	const record = (line) => {
		recentLines.push(line);
		if (recentLines.length > LOG_BUFFER_LINES) {
			recentLines.shift();
		}
		for (const watcher of lineWatchers) {
			watcher(line);
		}
	};
	const onChunk = (stream) => (chunk) => {
		const text = chunk.toString('utf8');
		logStream.write(text);
		const lines = (partial[stream] + text).split(/\r?\n/);
		partial[stream] = lines.pop();
		for (const line of lines) {
			record(line);
		}
	};
	const logTail = (lines = LOG_TAIL_LINES) => {
		const pending = [partial.stdout, partial.stderr].filter((line) => line.length > 0);
		return [...recentLines, ...pending].slice(-lines).join('\n');
	};

	const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
	liveChildren.add(proc);
	proc.stdout.on('data', onChunk('stdout'));
	proc.stderr.on('data', onChunk('stderr'));

	let exitInfo = null;
	const settle = (info, note) => {
		if (!exitInfo) {
			exitInfo = info;
			liveChildren.delete(proc);
			logStream.end(note);
		}
		return exitInfo;
	};
	const processGone = new Promise((resolve) => {
		proc.once('error', (err) => {
			record(`[e2e] failed to spawn ${binary}: ${err.message}`);
			resolve(settle({ code: null, signal: null, error: err }, ''));
		});
		// 'close' fires after the process exited and its stdio streams ended.
		proc.once('close', (code, signal) => {
			resolve(settle({ code, signal }, `\n[e2e] node exited with code ${code} signal ${signal}\n`));
		});
	});
	const exited = processGone.then(async (info) => {
		await logClosed;
		return info;
	});
	const describeExit = (info) =>
		info.error ? `could not be spawned (${info.error.message})` : `exited with code ${info.code} signal ${info.signal}`;

	const waitForLog = async (pattern, { timeoutMs = DEFAULT_START_TIMEOUT_MS } = {}) => {
		const seen = recentLines.find((line) => pattern.test(line));
		if (seen !== undefined) {
			return seen;
		}
		let watcher;
		const matched = new Promise((resolve) => {
			watcher = (line) => pattern.test(line) && resolve(line);
			lineWatchers.add(watcher);
		});
		try {
			const outcome = await withTimeout(Promise.race([matched, exited.then(() => exited)]), timeoutMs);
			if (typeof outcome === 'string') {
				return outcome;
			}
			const why = outcome === TIMED_OUT ? `did not log it within ${timeoutMs} ms` : describeExit(outcome);
			throw new Error(`waiting for a log line matching ${pattern}: node ${why}; log ${logPath}, last lines:\n${logTail()}`);
		} finally {
			lineWatchers.delete(watcher);
		}
	};

	let stopping = null;
	const stop = ({ timeoutMs = DEFAULT_STOP_TIMEOUT_MS } = {}) => {
		stopping ??= (async () => {
			if (!exitInfo) {
				proc.kill('SIGINT');
				if ((await withTimeout(exited, timeoutMs)) === TIMED_OUT) {
					proc.kill('SIGKILL');
					await exited;
					throw new Error(
						`node did not exit within ${timeoutMs} ms of SIGINT and was killed; log ${logPath}, last lines:\n${logTail()}`,
					);
				}
			}
			const { code, signal } = await exited;
			return { code, signal };
		})();
		return stopping;
	};

	return { proc, args, logPath, logTail, exited, waitForLog, stop, describeExit, hasExited: () => exitInfo !== null };
}

/**
 * Starts `healthchain-node --dev` on a base path with free RPC, p2p and
 * Prometheus ports and waits until its HTTP JSON-RPC answers `system_health`.
 *
 * The node's stdout and stderr go to `<dirname(basePath)>/node-<n>.log`.
 *
 * @param {{ basePath: string, extraArgs?: string[], startTimeoutMs?: number }} options
 * @returns {Promise<{
 *   proc: import('node:child_process').ChildProcess,
 *   rpcPort: number, p2pPort: number, prometheusPort: number,
 *   wsUrl: string, httpUrl: string, logPath: string, args: string[],
 *   logTail: (lines?: number) => string,
 *   stop: (options?: { timeoutMs?: number }) => Promise<{ code: number | null, signal: string | null }>,
 * }>}
 */
export async function startNode({ basePath, extraArgs = [], startTimeoutMs = DEFAULT_START_TIMEOUT_MS }) {
	if (!basePath) {
		throw new Error('startNode: basePath is required');
	}
	return startNodeWith({
		args: ['--dev', '--base-path', basePath, ...extraArgs],
		logDir: path.dirname(path.resolve(basePath)),
		startTimeoutMs,
	});
}

/**
 * Starts the node with `args` plus free RPC, p2p and Prometheus ports (and the flags every
 * test node gets), and waits until its HTTP JSON-RPC answers `system_health`. The log goes
 * to `<logDir>/node-<n>.log`.
 *
 * @param {{ args: string[], logDir: string, startTimeoutMs?: number }} options
 */
export async function startNodeWith({ args: modeArgs, logDir, startTimeoutMs = DEFAULT_START_TIMEOUT_MS }) {
	const [rpcPort, p2pPort, prometheusPort] = await getFreePorts(3);
	const args = [
		...modeArgs,
		'--rpc-port',
		String(rpcPort),
		'--port',
		String(p2pPort),
		'--prometheus-port',
		String(prometheusPort),
		'--no-telemetry',
		'--rpc-cors',
		'all',
		'--no-mdns',
	];
	// Arguments after `--` belong to the embedded relay-chain node: the node's own flags go
	// before them.
	const separator = modeArgs.indexOf('--');
	if (separator >= 0) {
		args.splice(separator, modeArgs.length - separator);
		args.push(...modeArgs.slice(separator));
	}

	nodeCounter += 1;
	const logPath = path.join(logDir, `node-${nodeCounter}.log`);
	const spawned = await spawnNode({ args, logPath });
	const httpUrl = `http://127.0.0.1:${rpcPort}`;
	const node = { ...spawned, rpcPort, p2pPort, prometheusPort, wsUrl: `ws://127.0.0.1:${rpcPort}`, httpUrl };

	const startedAt = Date.now();
	let lastError;
	for (;;) {
		if (spawned.hasExited()) {
			const info = await spawned.exited;
			throw new Error(
				`node ${spawned.describeExit(info)} before answering system_health; log ${logPath}, last lines:\n${spawned.logTail()}`,
			);
		}
		try {
			const health = await rpc(httpUrl, 'system_health', [], { timeoutMs: HEALTH_REQUEST_TIMEOUT_MS });
			if (health && typeof health === 'object') {
				return node;
			}
			lastError = new Error(`unexpected system_health result ${JSON.stringify(health)}`);
		} catch (err) {
			lastError = err;
		}
		if (Date.now() - startedAt >= startTimeoutMs) {
			spawned.proc.kill('SIGKILL');
			await spawned.exited;
			throw new Error(
				`node did not answer system_health on ${httpUrl} within ${startTimeoutMs} ms ` +
					`(last error: ${lastError?.message}); log ${logPath}, last lines:\n${spawned.logTail()}`,
			);
		}
		await withTimeout(spawned.exited, HEALTH_POLL_INTERVAL_MS);
	}
}

/**
 * Prints the tail of each node's log to stderr under a header.
 *
 * @param {Array<{ logPath: string, logTail: (lines?: number) => string } | null | undefined>} nodes
 * @param {string} [reason]
 */
export function printLogTails(nodes, reason = 'failure') {
	for (const node of nodes) {
		if (!node) {
			continue;
		}
		process.stderr.write(
			`\n----- ${reason}: last ${LOG_TAIL_LINES} lines of ${node.logPath} -----\n` +
				`${node.logTail(LOG_TAIL_LINES)}\n` +
				`----- end of ${node.logPath} -----\n`,
		);
	}
}

/**
 * Wraps a test body so that, if it throws, the tails of the logs of the nodes
 * returned by `getNodes()` are printed before the error is re-thrown.
 *
 * @template {unknown[]} A
 * @param {() => Array<object | null | undefined> | object | null | undefined} getNodes
 * @param {(...args: A) => Promise<void>} body
 * @returns {(...args: A) => Promise<void>}
 */
export function withNodeLogs(getNodes, body) {
	return async (...args) => {
		try {
			await body(...args);
		} catch (err) {
			const nodes = getNodes();
			printLogTails(Array.isArray(nodes) ? nodes : [nodes], `test failed (${err?.message?.split('\n')[0]})`);
			throw err;
		}
	};
}

/**
 * Reads a block header over JSON-RPC and returns its number as a JS number.
 *
 * @param {string} httpUrl
 * @param {string} [blockHash] best block when omitted
 * @returns {Promise<number>}
 */
export async function headerNumber(httpUrl, blockHash) {
	const header = await rpc(httpUrl, 'chain_getHeader', blockHash === undefined ? [] : [blockHash]);
	if (!header) {
		throw new Error(`chain_getHeader(${blockHash ?? 'best'}) returned ${JSON.stringify(header)}`);
	}
	return parseBlockNumber(header.number);
}

/**
 * Parses a block number as returned by the node's JSON-RPC (hex string or number).
 *
 * @param {string | number} value
 * @returns {number}
 */
export function parseBlockNumber(value) {
	if (typeof value === 'number' && Number.isSafeInteger(value)) {
		return value;
	}
	if (typeof value === 'string' && /^0x[0-9a-fA-F]+$/.test(value)) {
		return Number.parseInt(value, 16);
	}
	throw new Error(`not a block number: ${JSON.stringify(value)}`);
}
