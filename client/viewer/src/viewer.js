// The record gateway's web viewer. The page talks to the chain itself (the node's WebSocket
// RPC, read through the runtime APIs) and signs with the user's own key: the Polkadot.js
// extension, or on a development chain the well-known development keys. The gateway only
// serves these files, its settings (/viewer/config.json) and, to a reader whose read the chain
// has logged, the document.
//
// Every value from the chain or the gateway goes into the page as text, never as HTML. Each
// sign-in is a session: work started in one (a list being read, a document being fetched)
// writes nothing into the page once that session has ended.

import { options } from '@healthchain/api';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { web3Accounts, web3Enable, web3FromAddress } from '@polkadot/extension-dapp';
import { Keyring } from '@polkadot/keyring';
import { stringToHex, stringToU8a, u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';

/** Development accounts offered when the gateway serves a development chain: the SDK's six
 * and the demo consortium's members (runtime/src/demo_consortium.rs). */
const DEV_ACCOUNTS = [
	'Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie',
	'HospitalPractitioner', 'HospitalPharmacist', 'ClinicPractitioner', 'LabPractitioner',
	'PharmacyPharmacist', 'HospitalAdmin', 'ClinicAdmin',
];

/** The roles the gateway releases documents to (threat model R1). */
const READER_ROLES = ['Practitioner', 'Pharmacist'];

/** Rows per page of each list (the runtime's page size). */
const PAGE = 100;

/** How long a submitted transaction may take to be finalised, from its submission. */
const FINALITY_TIMEOUT_MS = 120_000;

/** How long connecting to the node may take. */
const CONNECT_TIMEOUT_MS = 30_000;

/** Signed out after this long without a key press, click or scroll (automatic logoff),
 * measured on the wall clock (a suspended laptop does not stop it). */
const IDLE_SIGN_OUT_MS = 15 * 60 * 1000;
const IDLE_CHECK_MS = 5_000;

const $ = (id) => document.getElementById(id);

const state = {
	settings: null,
	api: null,
	keyring: null,
	/** Development accounts' names, by address. */
	names: new Map(),
	/** Organisation kinds, by id. */
	organisations: new Map(),
	/** { address, name, member, pair?, injector? } while signed in. */
	user: null,
	/** Counts sign-ins and sign-outs: work of an ended session is dropped. */
	session: 0,
	/** When the idle sign-out falls due (ms since the epoch). */
	idleDeadline: 0,
	/** Counts documents asked for: only the latest one asked for is shown. */
	opening: 0,
};

/** Thrown (and ignored) when the session an action started in has ended. */
class SessionEnded extends Error {}

/** The current session, to check after every wait. */
function currentSession() {
	const session = state.session;
	const user = state.user;
	if (!user) throw new SessionEnded();
	return {
		user,
		check() {
			if (state.session !== session) throw new SessionEnded();
		},
	};
}

function say(text, { error = false } = {}) {
	const status = $('status');
	status.textContent = text;
	status.classList.toggle('error', error);
}

/** Reports an action's failure, unless its session has ended. */
function failed(prefix) {
	return (error) => {
		if (!(error instanceof SessionEnded)) say(`${prefix}${error.message}`, { error: true });
	};
}

/** A cell of plain text. */
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

/** A chain time (ms since the epoch) in UTC; one outside JavaScript's dates as its number. */
function time(ms) {
	const date = new Date(Number(ms));
	if (Number.isNaN(date.getTime())) return `${ms} ms since 1970`;
	return date.toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' UTC');
}

const variant = (codec) => codec.type;

/** A development account by its name, anyone else by the whole address (a shortened one
 * could be matched by a look-alike). */
function who(account) {
	const address = account.toString();
	return state.names.get(address) ?? address;
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

// ---------------------------------------------------------------- signing in and out

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
		button.textContent = `${account.meta.name ?? 'account'} (${account.address})`;
		button.addEventListener('click', () => {
			web3FromAddress(account.address)
				.then((injector) => signedIn({ address: account.address, name: account.meta.name ?? account.address, injector }))
				.catch(failed('Could not sign in: '));
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
	const member = await membership(user.address);
	const label = member ? `${user.name}: ${member.role} of ${await organisation(member.org)}` : `${user.name} (${user.address})`;
	clearSession();
	state.session += 1;
	state.user = { ...user, member };
	$('who').textContent = label;
	$('who').hidden = false;
	$('sign-out').hidden = false;
	$('sign-in').hidden = true;
	$('tabs').hidden = false;
	say('');
	active();
	await show(member ? 'open' : 'records');
}

/** Empties everything a session showed. */
function clearSession() {
	for (const section of ['records', 'grants', 'log']) $(section).querySelector('tbody').replaceChildren();
	$('extension-accounts').replaceChildren();
	$('open-record').value = '';
	clearDocument();
}

function clearDocument() {
	$('document').hidden = true;
	$('document-title').textContent = '';
	$('document-flag').textContent = '';
	$('document-text').textContent = '';
	const download = $('document-download');
	if (download.href) URL.revokeObjectURL(download.href);
	download.removeAttribute('href');
	download.hidden = true;
}

function signOut(message = 'Signed out.') {
	state.session += 1;
	state.user = null;
	clearSession();
	$('who').hidden = true;
	$('who').textContent = '';
	$('sign-out').hidden = true;
	$('tabs').hidden = true;
	for (const tab of document.querySelectorAll('.tab')) tab.hidden = true;
	$('sign-in').hidden = false;
	say(message);
}

/** Activity: the idle sign-out moves 15 minutes ahead. */
function active() {
	state.idleDeadline = Date.now() + IDLE_SIGN_OUT_MS;
}

function checkIdle() {
	if (state.user && Date.now() >= state.idleDeadline) signOut('Signed out after 15 minutes without activity.');
}

/** Signs `message` (a string) with `user`'s key: hex. The extension signs it wrapped in
 * <Bytes>…</Bytes>, which the gateway accepts. */
async function signMessage(user, message) {
	if (user.pair) return u8aToHex(user.pair.sign(stringToU8a(message)));
	const { signature } = await user.injector.signer.signRaw({
		address: user.address,
		data: stringToHex(message),
		type: 'bytes',
	});
	return signature;
}

/** Signs (in the wallet) and submits `tx` as `user`, resolving when it is finalised and
 * rejecting with the pallet's error in words when it fails. The time limit runs from the
 * submission, not from the wallet's prompt; when it runs out the outcome is unknown, and the
 * message says so. */
function submit(user, tx) {
	const { api } = state;
	const label = `${tx.method.section}.${tx.method.method}`;
	return new Promise((resolve, reject) => {
		let settled = false;
		let unsubscribe = null;
		let timer = null;
		const done = (settle, value) => {
			if (settled) return;
			settled = true;
			clearTimeout(timer);
			if (unsubscribe) unsubscribe();
			settle(value);
		};
		const callback = ({ status, dispatchError, events }) => {
			if (!timer && !settled) {
				timer = setTimeout(() => done(reject, new Error(
					`${label} was submitted but not finalised within ${FINALITY_TIMEOUT_MS / 1000} s: its outcome is unknown; look again before trying again`,
				)), FINALITY_TIMEOUT_MS);
			}
			if (status.isInvalid || status.isDropped || status.isUsurped) {
				done(reject, new Error(`${label} was not accepted: ${status.type}`));
			} else if (status.isFinalityTimeout) {
				done(reject, new Error(`${label} was included but not finalised: its outcome is unknown`));
			} else if (dispatchError) {
				done(reject, new Error(describe(api, dispatchError)));
			} else if (status.isFinalized) {
				done(resolve, events);
			}
		};
		const sent = user.pair
			? tx.signAndSend(user.pair, callback)
			: tx.signAndSend(user.address, { signer: user.injector.signer }, callback);
		sent.then(
			(unsub) => {
				if (settled) unsub();
				else unsubscribe = unsub;
			},
			(error) => done(reject, error),
		);
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
	if (!state.user) return;
	for (const button of document.querySelectorAll('#tabs button')) {
		button.setAttribute('aria-selected', String(button.dataset.tab === tab));
	}
	for (const section of document.querySelectorAll('.tab')) section.hidden = section.id !== tab;
	// A document on its way is not shown under another tab.
	state.opening += 1;
	clearDocument();
	const load = { records: loadRecords, grants: loadGrants, log: loadLog }[tab];
	if (load) await load().catch(failed('Could not read the chain: '));
}

/** Every entry of a newest-first listing paged by index: `fetchPage(before)` answers up to
 * PAGE `[index, …]` tuples older than `before` (`null`: from the newest). */
async function everyEntry(fetchPage) {
	const entries = [];
	let before = null;
	for (;;) {
		const page = await fetchPage(before);
		entries.push(...page);
		if (page.length < PAGE) return entries;
		before = page[page.length - 1][0];
	}
}

async function loadRecords() {
	const session = currentSession();
	const { address } = session.user;
	const rows = [];
	const records = await everyEntry((before) => state.api.call.ehrAnchorApi.patientRecords(address, before, PAGE));
	for (const [, id, anchor] of records) {
		const status = variant(anchor.status);
		const author = anchor.authorOrg.isSome
			? `${who(anchor.author)}, ${await organisation(anchor.authorOrg.unwrap())}`
			: who(anchor.author);
		// Those this gateway keeps can be opened here (an erased record keeps no locator).
		const open = cell('');
		if (keptHere(anchor.locator)) {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = 'Open';
			button.addEventListener('click', () => openOwnRecord(id.toString(), button));
			open.append(button);
		}
		rows.push([
			cell(id.toString()),
			cell(variant(anchor.category)),
			cell(status, `state-${status}`),
			cell(author),
			cell(time(anchor.createdAt.toString())),
			cell(anchor.contentHash.toHex(), 'hash'),
			open,
		]);
	}
	session.check();
	fillTable('records', rows, 'No record is anchored for you.');
}

function grantStatus(grant, now) {
	if (grant.status.isRevoked) return 'Revoked';
	if (grant.validUntil.isSome && now >= grant.validUntil.unwrap().toBigInt()) return 'Expired';
	if (now < grant.validFrom.toBigInt()) return 'NotYetInForce';
	return 'Active';
}

async function loadGrants() {
	const session = currentSession();
	const { api } = state;
	const now = (await api.query.timestamp.now()).toBigInt();
	const rows = [];
	let before = null;
	for (;;) {
		const [page, next] = await api.call.consentApi.consents(session.user.address, before, PAGE);
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
				revoke.addEventListener('click', () => revokeGrant(id.toString(), grantee, revoke));
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
	session.check();
	fillTable('grants', rows, 'You have granted nobody access.');
}

async function revokeGrant(id, grantee, button) {
	let session;
	try {
		session = currentSession();
	} catch {
		return;
	}
	if (!window.confirm(`Revoke grant ${id} to ${grantee}? Their next read is refused.`)) return;
	button.disabled = true;
	say(`Revoking grant ${id}: sign the transaction…`);
	try {
		await submit(session.user, state.api.tx.consent.revoke(id));
		session.check();
		await loadGrants();
		say(`Grant ${id} is revoked.`);
	} catch (error) {
		if (error instanceof SessionEnded) return;
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
	const session = currentSession();
	const { address } = session.user;
	const rows = [];
	const log = await everyEntry((before) => state.api.call.consentApi.accessLog(address, before, PAGE));
	for (const [, entry] of log) {
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
	session.check();
	fillTable('log', rows, 'Nobody has read your records.');
}

/** Asks this gateway for `path` with a request the session's user signs over a fresh nonce
 * (no wallet prompt once the session has ended). */
async function signedGet(session, path) {
	const { user } = session;
	const { nonce, audience } = await (await fetch('/auth/nonce', { cache: 'no-store' })).json();
	session.check();
	// Sign only for this gateway, and only a nonce of the gateway's shape.
	if (audience !== state.settings.gatewayUrl || !/^[0-9a-f]{80}$/.test(nonce)) {
		throw new Error('the gateway issued a nonce for another audience; nothing was signed');
	}
	const signature = await signMessage(user, `healthchain-gateway:v1:${audience}:${nonce}:GET:${path}`);
	return fetch(path, {
		headers: {
			'x-healthchain-account': user.address,
			'x-healthchain-nonce': nonce,
			'x-healthchain-signature': signature,
		},
		cache: 'no-store',
	});
}

/** Whether an anchor's locator names a document of this gateway. */
function keptHere(locator) {
	const here = `${state.settings.gatewayUrl}/documents/`;
	return locator.isSome && new TextDecoder().decode(locator.unwrap().toU8a(true)).startsWith(here);
}

/** Asks the gateway for `path` signed by the session's user (once more with a fresh nonce if
 * the first lapsed while the wallet asked), and throws the gateway's refusal in words. */
async function fetchDocument(session, path) {
	let response = await signedGet(session, path);
	if (response.status === 401) response = await signedGet(session, path);
	session.check();
	if (!response.ok) {
		const refusal = await response.json().catch(() => ({}));
		throw new Error(`the gateway answered ${response.status} ${refusal.refusal ?? ''}: ${refusal.detail ?? ''}`);
	}
	return response;
}

/** The patient opens one of their own records: the gateway releases it to the record's
 * patient without a read logged on chain (it is no disclosure). */
async function openOwnRecord(record, button) {
	let session;
	try {
		session = currentSession();
	} catch {
		return;
	}
	clearDocument();
	state.opening += 1;
	const opened = state.opening;
	say(`Opening record ${record}…`);
	button.disabled = true;
	try {
		const response = await fetchDocument(session, `/records/${record}`);
		if (await showDocument(session, opened, record, response)) say(`Record ${record} is open.`);
	} catch (error) {
		failed(`Record ${record} was not opened: `)(error);
	} finally {
		button.disabled = false;
	}
}

/** Checks what the gateway would refuse before the read is logged on chain (a logged read
 * that releases nothing is a needless entry on the patient's log), logs it (the reader's own
 * `requestAccess`), then asks the gateway for the document and shows it. */
async function openRecord(event) {
	event.preventDefault();
	let session;
	try {
		session = currentSession();
	} catch {
		return;
	}
	const { user } = session;
	const record = $('open-record').value.trim();
	const purpose = $('open-purpose').value;
	clearDocument();
	state.opening += 1;
	const opened = state.opening;
	say(`Opening record ${record}…`);
	const button = $('open-form').querySelector('button');
	button.disabled = true;
	try {
		if (!user.member || !READER_ROLES.includes(user.member.role)) {
			throw new Error('only practitioners and pharmacists of a member organisation receive documents');
		}
		const anchor = await state.api.call.ehrAnchorApi.record(record);
		session.check();
		if (anchor.isNone) throw new Error(`no record ${record} is anchored`);
		if (!keptHere(anchor.unwrap().locator)) throw new Error(`record ${record} is not kept by this gateway`);
		say(`Logging your read of record ${record} on chain: sign the transaction…`);
		await submit(user, state.api.tx.ehrAnchor.requestAccess(record, purpose));
		session.check();
		say(`Your read is logged. Asking the gateway for record ${record}…`);
		// A nonce that lapses while the wallet asks leaves the logged read unused.
		const response = await fetchDocument(session, `/records/${record}`);
		if (await showDocument(session, opened, record, response)) {
			say(`Record ${record} is open. Your read is on the patient's access log.`);
		}
	} catch (error) {
		failed(`Record ${record} was not opened: `)(error);
	} finally {
		button.disabled = false;
	}
}

/** Shows a released document, if it is still the latest one asked for (`opened`, the value
 * of `state.opening` when it was asked for) in this session. */
async function showDocument(session, opened, record, response) {
	const contentType = response.headers.get('content-type') ?? 'application/octet-stream';
	const status = response.headers.get('x-healthchain-record-status') ?? 'Active';
	const bytes = await response.arrayBuffer();
	session.check();
	if (opened !== state.opening) return false;
	clearDocument();
	$('document-title').textContent = `Record ${record} (${contentType}, ${bytes.byteLength} bytes)`;
	const flag = $('document-flag');
	flag.hidden = status === 'Active';
	flag.textContent = status === 'Active' ? '' : `This version is ${status}: a later or corrected version may exist.`;
	if (contentType.startsWith('text/') || contentType.includes('json')) {
		// Exactly as stored: reformatting JSON could change numbers or drop repeated keys.
		$('document-text').textContent = new TextDecoder().decode(bytes);
		$('document-text').hidden = false;
	} else {
		// Offered as bytes, never opened as its own type in this origin.
		const download = $('document-download');
		download.href = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
		download.download = `record-${record}`;
		download.hidden = false;
		$('document-text').hidden = true;
	}
	$('document').hidden = false;
	return true;
}

// ---------------------------------------------------------------- start

async function connect(nodeUrl) {
	const provider = new WsProvider(nodeUrl, 2_000);
	const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer from the chain at ${nodeUrl}`)), CONNECT_TIMEOUT_MS));
	const api = await Promise.race([ApiPromise.create({ ...options, provider, noInitWarn: true }), timeout]);
	api.on('disconnected', () => say('Lost the connection to the chain; reconnecting…', { error: true }));
	api.on('connected', () => say(''));
	return api;
}

async function start() {
	say('Connecting to the chain…');
	state.settings = await (await fetch('config.json', { cache: 'no-store' })).json();
	await cryptoWaitReady();
	state.keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
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
	state.api = await connect(state.settings.nodeUrl);
	$('extension').addEventListener('click', () => signInWithExtension().catch(failed('')));
	$('dev').addEventListener('submit', (event) => signInWithDevAccount(event).catch(failed('Could not sign in: ')));
	$('sign-out').addEventListener('click', () => signOut());
	$('open-form').addEventListener('submit', openRecord);
	for (const button of document.querySelectorAll('#tabs button')) {
		button.addEventListener('click', () => show(button.dataset.tab));
	}
	for (const event of ['keydown', 'pointerdown', 'scroll']) {
		document.addEventListener(event, active, { passive: true, capture: true });
	}
	setInterval(checkIdle, IDLE_CHECK_MS);
	document.addEventListener('visibilitychange', checkIdle);
	document.body.dataset.ready = 'true';
	say(`Connected to ${(await state.api.rpc.system.chain()).toString()}. Sign in.`);
}

start().catch((error) => say(`The viewer could not start: ${error.message}`, { error: true }));
