// The record gateway's web viewer. The page talks to the chain itself (the node's WebSocket
// RPC, read through the runtime APIs) and signs with the user's own key: the Polkadot.js
// extension, or on a development chain the well-known development keys. The gateway only
// serves these files, its settings (/viewer/config.json) and, to a reader whose read the chain
// has logged, the document.

import { options } from '@healthchain/api';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Development accounts offered when the gateway says the chain is a development one: the
 * SDK's six and the demo consortium's members (runtime/src/demo_consortium.rs). */
const DEV_ACCOUNTS = [
	'Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie',
	'HospitalPractitioner', 'HospitalPharmacist', 'ClinicPractitioner', 'LabPractitioner',
	'PharmacyPharmacist', 'HospitalAdmin', 'ClinicAdmin',
];

/** Rows per page of each list (the runtime's page size). */
const PAGE = 100;

/** How long a submitted transaction may take to be finalised. */
const FINALITY_TIMEOUT_MS = 120_000;

/** Signed out after this long without a key press, click or scroll (automatic logoff). */
const IDLE_SIGN_OUT_MS = 15 * 60 * 1000;

const $ = (id) => document.getElementById(id);

const state = {
	settings: null,
	api: null,
	/** { address, name, pair?, injector? } */
	user: null,
};

function say(text, { error = false } = {}) {
	const status = $('status');
	status.textContent = text;
	status.classList.toggle('error', error);
}

/** A cell of plain text (never HTML: every value shown comes from the chain or a server). */
function cell(text, className) {
	const td = document.createElement('td');
	td.textContent = text;
	if (className) td.className = className;
	return td;
}

function fillTable(section, rows, empty) {
	const body = $(section).querySelector('tbody');
	body.replaceChildren();
	if (rows.length === 0) {
		const tr = document.createElement('tr');
		const td = cell(empty);
		td.colSpan = $(section).querySelectorAll('thead th').length;
		tr.append(td);
		body.append(tr);
		return;
	}
	for (const cells of rows) {
		const tr = document.createElement('tr');
		tr.append(...cells);
		body.append(tr);
	}
}

const time = (ms) => new Date(Number(ms)).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
const short = (address) => `${address.slice(0, 6)}…${address.slice(-6)}`;
const variant = (codec) => codec.type;

function who(account) {
	return state.names.get(account.toString()) ?? short(account.toString());
}

/** `organisation N (Kind)`, the kind read once from the registry. */
async function organisation(id) {
	const key = Number(id);
	if (!state.organisations.has(key)) {
		const found = await state.api.call.organizationsApi.organization(key);
		state.organisations.set(key, found.isSome ? found.unwrap().kind.type : 'unknown');
	}
	return `organisation ${key} (${state.organisations.get(key)})`;
}

/** The organisation and role an account acts for, or null. */
async function membership(address) {
	const found = await state.api.call.organizationsApi.organizationOf(address);
	if (found.isNone) return null;
	const [org, role] = found.unwrap();
	return { org: org.toNumber(), role: role.type };
}

// ---------------------------------------------------------------- signing in

async function signInWithExtension() {
	const extensions = await web3Enable('Healthchain records');
	if (extensions.length === 0) {
		say('No Polkadot.js extension answered: install it, or allow this site in it.', { error: true });
		return;
	}
	const accounts = (await web3Accounts()).filter((a) => !a.type || a.type === 'sr25519');
	const list = $('extension-accounts');
	list.replaceChildren();
	if (accounts.length === 0) {
		say('The extension holds no sr25519 account.', { error: true });
		return;
	}
	for (const account of accounts) {
		const li = document.createElement('li');
		const button = document.createElement('button');
		button.type = 'button';
		button.textContent = `${account.meta.name ?? 'account'} (${short(account.address)})`;
		button.addEventListener('click', async () => {
			const injector = await web3FromAddress(account.address);
			await signedIn({ address: account.address, name: account.meta.name ?? short(account.address), injector });
		});
		li.append(button);
		list.append(li);
	}
	say('Choose the account to sign in with.');
}

async function signInWithDevAccount(event) {
	event.preventDefault();
	const name = $('dev-account').value;
	const pair = state.keyring.addFromUri(`//${name}`);
	await signedIn({ address: pair.address, name, pair });
}

async function signedIn(user) {
	state.user = user;
	const member = await membership(user.address);
	user.member = member;
	$('who').textContent = member
		? `${user.name}: ${member.role} of ${await organisation(member.org)}`
		: `${user.name} (${short(user.address)})`;
	$('who').hidden = false;
	$('sign-out').hidden = false;
	$('sign-in').hidden = true;
	$('tabs').hidden = false;
	say('');
	active();
	await show(member ? 'open' : 'records');
}

/** Restarts the idle timer; signs out when it runs out. */
function active() {
	clearTimeout(state.idle);
	if (state.user) state.idle = setTimeout(() => signOut('Signed out after 15 minutes without activity.'), IDLE_SIGN_OUT_MS);
}

function signOut(message = 'Signed out.') {
	clearTimeout(state.idle);
	state.user = null;
	$('who').hidden = true;
	$('sign-out').hidden = true;
	$('tabs').hidden = true;
	for (const tab of document.querySelectorAll('.tab')) tab.hidden = true;
	$('document').hidden = true;
	$('sign-in').hidden = false;
	$('document-text').textContent = '';
	say(message);
}

/** Signs `message` (a string) with the user's key: hex. The extension signs it wrapped in
 * <Bytes>…</Bytes>, which the gateway accepts. */
async function signMessage(message) {
	const { user } = state;
	if (user.pair) return u8aToHex(user.pair.sign(stringToU8a(message)));
	const { signature } = await user.injector.signer.signRaw({
		address: user.address,
		data: stringToHex(message),
		type: 'bytes',
	});
	return signature;
}

/** Signs and submits `tx`, resolving when it is finalised, rejecting with the pallet's error
 * in words when it fails. */
function submit(tx) {
	const { user, api } = state;
	const label = `${tx.method.section}.${tx.method.method}`;
	return new Promise((resolve, reject) => {
		let unsubscribe = () => {};
		const timer = setTimeout(() => {
			unsubscribe();
			reject(new Error(`${label} was not finalised within ${FINALITY_TIMEOUT_MS / 1000} s`));
		}, FINALITY_TIMEOUT_MS);
		const done = (settle, value) => {
			clearTimeout(timer);
			unsubscribe();
			settle(value);
		};
		const callback = ({ status, dispatchError, events }) => {
			if (status.isInvalid || status.isDropped || status.isUsurped) {
				done(reject, new Error(`${label} was not accepted: ${status.type}`));
			} else if (dispatchError) {
				done(reject, new Error(describe(api, dispatchError)));
			} else if (status.isFinalized) {
				done(resolve, events);
			}
		};
		const sent = user.pair
			? tx.signAndSend(user.pair, callback)
			: tx.signAndSend(user.address, { signer: user.injector.signer }, callback);
		sent.then((unsub) => {
			unsubscribe = unsub;
		}, (error) => done(reject, error));
	});
}

function describe(api, dispatchError) {
	if (dispatchError.isModule) {
		const { section, name, docs } = api.registry.findMetaError(dispatchError.asModule);
		return `the chain refused: ${section}.${name}${docs.length ? ` (${docs.join(' ').trim()})` : ''}`;
	}
	return `the chain refused: ${dispatchError.toString()}`;
}

// ---------------------------------------------------------------- the tabs

async function show(tab) {
	for (const button of document.querySelectorAll('#tabs button')) {
		button.setAttribute('aria-selected', String(button.dataset.tab === tab));
	}
	for (const section of document.querySelectorAll('.tab')) section.hidden = section.id !== tab;
	try {
		if (tab === 'records') await loadRecords();
		if (tab === 'grants') await loadGrants();
		if (tab === 'log') await loadLog();
	} catch (error) {
		say(`Could not read the chain: ${error.message}`, { error: true });
	}
}

async function loadRecords() {
	const address = state.user.address;
	const rows = [];
	let before = null;
	for (;;) {
		const page = await state.api.call.ehrAnchorApi.patientRecords(address, before, PAGE);
		for (const [, id, anchor] of page) {
			const status = variant(anchor.status);
			rows.push([
				cell(id.toString()),
				cell(variant(anchor.category)),
				cell(status, `state-${status}`),
				cell(anchor.authorOrg.isSome ? `${who(anchor.author)}, ${await organisation(anchor.authorOrg.unwrap())}` : who(anchor.author)),
				cell(time(anchor.createdAt.toString())),
				cell(anchor.contentHash.toHex(), 'hash'),
			]);
		}
		if (page.length < PAGE) break;
		before = page[page.length - 1][0];
	}
	fillTable('records', rows, 'No record is anchored for you.');
}

function grantStatus(grant, now) {
	if (grant.status.isRevoked) return 'Revoked';
	if (grant.validUntil.isSome && now >= grant.validUntil.unwrap().toBigInt()) return 'Expired';
	if (now < grant.validFrom.toBigInt()) return 'NotYetInForce';
	return 'Active';
}

async function loadGrants() {
	const { api, user } = state;
	const now = (await api.query.timestamp.now()).toBigInt();
	const rows = [];
	let before = null;
	for (;;) {
		const [page, next] = await api.call.consentApi.consents(user.address, before, PAGE);
		for (const [, id, grant] of page) {
			const status = grantStatus(grant, now);
			const actions = [grant.actions.read.isTrue && 'read', grant.actions.write.isTrue && 'write']
				.filter(Boolean)
				.join(', ');
			const grantee = grant.grantee.isOrganization
				? await organisation(grant.grantee.asOrganization)
				: who(grant.grantee.asAccount);
			const categories = grant.categories.isAll
				? 'all'
				: grant.categories.asOnly.map((c) => c.type).join(', ');
			const until = grant.validUntil.isSome ? time(grant.validUntil.unwrap().toString()) : 'until revoked';
			const action = document.createElement('td');
			if (status !== 'Revoked' && status !== 'Expired') {
				const revoke = document.createElement('button');
				revoke.type = 'button';
				revoke.textContent = 'Revoke';
				revoke.dataset.grant = id.toString();
				revoke.addEventListener('click', () => revokeGrant(id.toString(), revoke));
				action.append(revoke);
			}
			rows.push([
				cell(id.toString()),
				cell(grantee),
				cell(actions),
				cell(categories),
				cell(variant(grant.purpose)),
				cell(`${time(grant.validFrom.toString())} – ${until}`),
				cell(status, `state-${status}`),
				action,
			]);
		}
		if (next.isNone) break;
		before = next.unwrap();
	}
	fillTable('grants', rows, 'You have granted nobody access.');
}

async function revokeGrant(id, button) {
	button.disabled = true;
	say(`Revoking grant ${id}: sign the transaction…`);
	try {
		await submit(state.api.tx.consent.revoke(id));
		say(`Grant ${id} is revoked.`);
		await loadGrants();
	} catch (error) {
		button.disabled = false;
		say(`Grant ${id} was not revoked: ${error.message}`, { error: true });
	}
}

function basis(entry) {
	if (entry.basis.isConsent) return `grant ${entry.basis.asConsent.toString()}`;
	if (entry.basis.isBreakGlass) return `emergency (break-glass case ${entry.basis.asBreakGlass.toString()})`;
	return variant(entry.basis);
}

async function loadLog() {
	const rows = [];
	let before = null;
	for (;;) {
		const page = await state.api.call.consentApi.accessLog(state.user.address, before, PAGE);
		for (const [, entry] of page) {
			rows.push([
				cell(time(entry.at.toString())),
				cell(who(entry.accessor)),
				cell(entry.org.isSome ? await organisation(entry.org.unwrap()) : '—'),
				cell(entry.record.isSome ? entry.record.unwrap().toString() : 'any of the category'),
				cell(variant(entry.category)),
				cell(variant(entry.purpose)),
				cell(basis(entry)),
			]);
		}
		if (page.length < PAGE) break;
		before = page[page.length - 1][0];
	}
	fillTable('log', rows, 'Nobody has read your records.');
}

/** Logs the read on chain (the reader's own `requestAccess`), then asks the gateway for the
 * document with a signed request, and shows it. */
async function openRecord(event) {
	event.preventDefault();
	const record = $('open-record').value.trim();
	const purpose = $('open-purpose').value;
	$('document').hidden = true;
	const button = $('open-form').querySelector('button');
	button.disabled = true;
	try {
		say(`Logging your read of record ${record} on chain: sign the transaction…`);
		await submit(state.api.tx.ehrAnchor.requestAccess(record, purpose));
		say(`Your read is logged. Asking the gateway for record ${record}…`);
		const path = `/records/${record}`;
		const { nonce, audience } = await (await fetch('/auth/nonce')).json();
		const signature = await signMessage(`healthchain-gateway:v1:${audience}:${nonce}:GET:${path}`);
		const response = await fetch(path, {
			headers: {
				'x-healthchain-account': state.user.address,
				'x-healthchain-nonce': nonce,
				'x-healthchain-signature': signature,
			},
			cache: 'no-store',
		});
		if (!response.ok) {
			const refusal = await response.json().catch(() => ({}));
			throw new Error(`the gateway answered ${response.status} ${refusal.refusal ?? ''}: ${refusal.detail ?? ''}`);
		}
		await showDocument(record, response);
		say(`Record ${record} is open. Your read is on the patient's access log.`);
	} catch (error) {
		say(`Record ${record} was not opened: ${error.message}`, { error: true });
	} finally {
		button.disabled = false;
	}
}

async function showDocument(record, response) {
	const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
	const status = response.headers.get('x-healthchain-record-status') ?? 'Active';
	const bytes = await response.blob();
	$('document-title').textContent = `Record ${record} (${contentType}, ${bytes.size} bytes)`;
	const flag = $('document-flag');
	flag.hidden = status === 'Active';
	flag.textContent = status === 'Active' ? '' : `This version is ${status}: a later or corrected version may exist.`;
	const text = $('document-text');
	const download = $('document-download');
	if (contentType.startsWith('text/') || contentType.includes('json')) {
		let body = await bytes.text();
		try {
			if (contentType.includes('json')) body = JSON.stringify(JSON.parse(body), null, 2);
		} catch {
			// Shown as it is.
		}
		text.textContent = body;
		text.hidden = false;
		download.hidden = true;
	} else {
		if (download.href) URL.revokeObjectURL(download.href);
		download.href = URL.createObjectURL(bytes);
		download.download = `record-${record}`;
		download.hidden = false;
		text.hidden = true;
	}
	$('document').hidden = false;
}

// ---------------------------------------------------------------- start

async function start() {
	say('Connecting to the chain…');
	state.settings = await (await fetch('config.json', { cache: 'no-store' })).json();
	await cryptoWaitReady();
	state.keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
	state.names = new Map();
	state.organisations = new Map();
	if (state.settings.devAccounts) {
		const select = $('dev-account');
		for (const name of DEV_ACCOUNTS) {
			const option = document.createElement('option');
			option.value = name;
			option.textContent = name;
			select.append(option);
			state.names.set(state.keyring.addFromUri(`//${name}`).address, name);
		}
		$('dev').hidden = false;
	}
	state.api = await ApiPromise.create({
		...options,
		provider: new WsProvider(state.settings.nodeUrl),
		noInitWarn: true,
	});
	$('extension').addEventListener('click', () =>
		signInWithExtension().catch((error) => say(error.message, { error: true })),
	);
	$('dev').addEventListener('submit', (event) =>
		signInWithDevAccount(event).catch((error) => say(error.message, { error: true })),
	);
	$('sign-out').addEventListener('click', () => signOut());
	for (const event of ['keydown', 'pointerdown', 'scroll']) {
		document.addEventListener(event, active, { passive: true, capture: true });
	}
	$('open-form').addEventListener('submit', openRecord);
	for (const button of document.querySelectorAll('#tabs button')) {
		button.addEventListener('click', () => show(button.dataset.tab));
	}
	document.body.dataset.ready = 'true';
	say(`Connected to ${(await state.api.rpc.system.chain()).toString()}. Sign in.`);
}

start().catch((error) => say(`The viewer could not start: ${error.message}`, { error: true }));
