// @polkadot/api helpers shared by the end-to-end tests.

import { options } from '@healthchain/api';
import { ApiPromise, WsProvider } from '@polkadot/api';

import { TIMED_OUT, withTimeout } from './node.mjs';

/** Default time allowed to connect an ApiPromise and fetch metadata. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 60_000;

/** Default time allowed for a submitted extrinsic to be included in a block. */
export const DEFAULT_INCLUSION_TIMEOUT_MS = 120_000;

/**
 * Connects an ApiPromise to `wsUrl`, with @healthchain/api's options (the `clinicalTrial_*`
 * RPC and the runtime's transaction extensions), and waits until it is ready. The caller
 * must `await api.disconnect()` when done, or the test process will not exit.
 *
 * @param {string} wsUrl
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<ApiPromise>}
 */
export async function connectApi(wsUrl, { timeoutMs = DEFAULT_CONNECT_TIMEOUT_MS } = {}) {
	const provider = new WsProvider(wsUrl, 1_000);
	try {
		const created = ApiPromise.create({ ...options, provider, throwOnConnect: true, noInitWarn: true });
		const outcome = await withTimeout(created, timeoutMs);
		if (outcome === TIMED_OUT) {
			// Make sure a late connection does not keep sockets open.
			created.then((late) => late.disconnect()).catch(() => {});
			throw new Error(`could not connect @polkadot/api to ${wsUrl} within ${timeoutMs} ms`);
		}
		return outcome;
	} catch (err) {
		await provider.disconnect().catch(() => {});
		throw new Error(`connecting @polkadot/api to ${wsUrl} failed: ${err.message}`, { cause: err });
	}
}

/**
 * Turns a DispatchError into a readable message, decoding module errors
 * through the runtime metadata.
 *
 * @param {ApiPromise} api
 * @param {import('@polkadot/types/interfaces').DispatchError} dispatchError
 * @returns {string}
 */
export function describeDispatchError(api, dispatchError) {
	if (dispatchError.isModule) {
		try {
			const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
			const doc = docs.join(' ').trim();
			return `${section}.${name}${doc ? `: ${doc}` : ''}`;
		} catch (err) {
			return `${dispatchError.toString()} (could not decode module error: ${err.message})`;
		}
	}
	return dispatchError.toString();
}

/**
 * Signs and submits `tx`, resolving once it is in a block and succeeded.
 * Rejects if the extrinsic fails to dispatch, is invalid, dropped or usurped,
 * or is not included within the timeout.
 *
 * @param {ApiPromise} api
 * @param {import('@polkadot/api/types').SubmittableExtrinsic<'promise'>} tx
 * @param {import('@polkadot/keyring/types').KeyringPair} signer
 * @param {{ timeoutMs?: number }} [options]
 * @returns {Promise<{ blockHash: string, txHash: string, events: any[], result: any }>}
 */
export function signAndSendInBlock(api, tx, signer, { timeoutMs = DEFAULT_INCLUSION_TIMEOUT_MS } = {}) {
	const label = `${tx.method.section}.${tx.method.method}`;
	return new Promise((resolve, reject) => {
		let unsubscribe = null;
		let settled = false;
		let lastStatus = 'not yet submitted';
		const finish = (settle, value) => {
			if (settled) {
				return;
			}
			settled = true;
			clearTimeout(timer);
			if (unsubscribe) {
				unsubscribe();
			}
			settle(value);
		};
		const timer = setTimeout(() => {
			finish(reject, new Error(`${label} was not included in a block within ${timeoutMs} ms (last status: ${lastStatus})`));
		}, timeoutMs);

		tx.signAndSend(signer, (result) => {
			const { status, dispatchError, events } = result;
			lastStatus = status.type;
			if (status.isInvalid || status.isDropped || status.isUsurped) {
				finish(reject, new Error(`${label} was rejected by the transaction pool: ${status.type}`));
				return;
			}
			if (dispatchError) {
				finish(reject, new Error(`${label} failed to dispatch: ${describeDispatchError(api, dispatchError)}`));
				return;
			}
			if (status.isInBlock || status.isFinalized) {
				const blockHash = (status.isInBlock ? status.asInBlock : status.asFinalized).toHex();
				finish(resolve, { blockHash, txHash: tx.hash.toHex(), events, result });
			}
		})
			.then((unsub) => {
				if (settled) {
					unsub();
				} else {
					unsubscribe = unsub;
				}
			})
			.catch((err) => finish(reject, new Error(`submitting ${label} failed: ${err.message}`, { cause: err })));
	});
}

/**
 * Returns a short, readable list of `section.Method` names for a list of event records.
 *
 * @param {any[]} records
 * @returns {string}
 */
export function eventNames(records) {
	return records.map(({ event }) => `${event.section}.${event.method}`).join(', ') || '(none)';
}

/**
 * The event `section.method` among a block's event `records`; throws, listing the events
 * there were, if there is none.
 *
 * @param {ApiPromise} api
 * @param {any[]} records
 * @param {string} section e.g. 'clinicalTrial'
 * @param {string} method e.g. 'TrialRegistered'
 * @returns {any} the event
 */
export function findEvent(api, records, section, method) {
	const record = records.find(({ event }) => api.events[section][method].is(event));
	if (!record) throw new Error(`expected ${section}.${method}, got: ${eventNames(records)}`);
	return record.event;
}

/**
 * An event's fields, by their camelCased Rust names.
 *
 * @param {any} event e.g. the result of `findEvent`
 * @returns {Record<string, any>}
 */
export function eventFields(event) {
	return Object.fromEntries(event.data.names.map((name, i) => [name, event.data[i]]));
}

/**
 * The number of the block `blockHash`, and its timestamp (`pallet_timestamp`'s `now`, the
 * chain's clock that pallets read while executing that block), in milliseconds.
 *
 * @param {ApiPromise} api
 * @param {string} blockHash
 * @returns {Promise<{ number: number, now: number }>}
 */
export async function blockTime(api, blockHash) {
	const [header, at] = await Promise.all([api.rpc.chain.getHeader(blockHash), api.at(blockHash)]);
	return { number: header.number.toNumber(), now: (await at.query.timestamp.now()).toNumber() };
}

/**
 * Passes `proposal` through the consortium council: `proposer` proposes it with threshold
 * `voters.length + 1`, the proposer and each of `voters` vote aye, and `proposer` closes
 * the motion.
 * Resolves with the events of the closing block.
 *
 * @param {ApiPromise} api
 * @param {any} proposal a call, e.g. api.tx.organizations.registerOrganization(...)
 * @param {import('@polkadot/keyring/types').KeyringPair} proposer
 * @param {import('@polkadot/keyring/types').KeyringPair[]} voters
 * @returns {Promise<any[]>}
 */
export async function councilMotion(api, proposal, proposer, voters) {
	const lengthBound = proposal.method.encodedLength;
	const { weight } = await api.call.transactionPaymentCallApi.queryCallInfo(proposal.method, lengthBound);
	const threshold = voters.length + 1;

	const proposed = await signAndSendInBlock(api, api.tx.council.propose(threshold, proposal, lengthBound), proposer);
	const record = proposed.events.find(({ event }) => api.events.council.Proposed.is(event));
	if (!record) {
		throw new Error(`council.propose emitted no council.Proposed event: ${eventNames(proposed.events)}`);
	}
	const [, proposalIndex, proposalHash] = record.event.data;

	for (const voter of [proposer, ...voters]) {
		await signAndSendInBlock(api, api.tx.council.vote(proposalHash, proposalIndex, true), voter);
	}
	const closed = await signAndSendInBlock(
		api,
		api.tx.council.close(proposalHash, proposalIndex, weight, lengthBound),
		proposer,
	);
	return closed.events;
}

/**
 * The terms of a consent grant to organisation `org` for treatment, every record category,
 * from now on: `read` and `write` say what it permits; `validUntil` (ms since the Unix epoch)
 * ends it, `null` never.
 *
 * @param {{ org: number, read?: boolean, write?: boolean, validUntil?: number | null }} terms
 */
export function treatmentConsent({ org, read = false, write = false, validUntil = null }) {
	return {
		grantee: { Organization: org },
		actions: { read, write },
		categories: 'All',
		purpose: 'Treatment',
		validFrom: null,
		validUntil,
	};
}
