// A TypeScript program that uses @healthchain/api as an application would. It is type-checked
// (never run) by test/typed.test.mjs: the calls must compile with the runtime's types, and
// every `@ts-expect-error` line must fail to compile, which proves the augmentation is there
// (were it missing, those calls would be `any` and compile, and tsc would report the unused
// `@ts-expect-error`).

import { ApiPromise, WsProvider } from '@polkadot/api';
import type { u32, u64 } from '@polkadot/types';
import type { AccountId32, H256 } from '@polkadot/types/interfaces';
import type { ClinicalTrialInfo } from '@healthchain/api';
import { documentHashes, merkleProof, merkleRoot, options } from '@healthchain/api';

export async function use(url: string, patient: string, document: Uint8Array): Promise<void> {
	const api = await ApiPromise.create({ ...options, provider: new WsProvider(url) });

	// The clinicalTrial_* RPC, typed by the package's definitions.
	const trials = await api.rpc.clinicalTrial.trials({ Status: 'Recruiting' }, null, 10);
	const first: ClinicalTrialInfo | undefined = trials[0];
	const id: u32 | undefined = first?.id;
	const recruiting: boolean | undefined = first?.status.isRecruiting;
	const definition: H256 | undefined = first?.outcomes[0]?.definitionHash;
	const report = await api.rpc.clinicalTrial.outcomeReport(1);
	const discrepancies: number | undefined = report.results.unwrapOr(null)?.discrepancies.length;
	// @ts-expect-error a trial id is a number, not an object
	await api.rpc.clinicalTrial.trial({ trial: 'one' });

	// Calls, with the runtime's argument types.
	const { sha256 } = documentHashes(document);
	const anchor = api.tx.ehrAnchor.anchor(patient, 'LaboratoryReport', sha256, 'Sha2_256', 'ipfs://bafy-report', null);
	// @ts-expect-error anchor takes the patient, category, hash, algorithm, locator and key reference
	api.tx.ehrAnchor.anchor(patient);
	// @ts-expect-error the algorithm is Sha2_256 or Blake2_256
	api.tx.ehrAnchor.anchor(patient, 'LaboratoryReport', sha256, 'Md5', 'ipfs://bafy-report', null);

	// Runtime APIs.
	const log = await api.call.consentApi.accessLog(patient, null, 10);
	const accessor: AccountId32 | undefined = log[0]?.[1].accessor;
	const at: u64 | undefined = log[0]?.[1].at;
	const items = [sha256];
	const root = merkleRoot(items);
	const inclusion = await api.call.ehrAnchorApi.verifyInclusion(0, sha256, merkleProof(items, 0) ?? []);
	const included: boolean = inclusion.isIncluded;

	// Storage.
	const grant = await api.query.consent.grants(0);
	const grantee = grant.unwrapOr(null)?.grantee;
	// @ts-expect-error a grant's patient is an account, not a number
	const patientNumber: number | undefined = grant.unwrapOr(null)?.patient;

	console.log(id, recruiting, definition, discrepancies, anchor.method.section, accessor, at, root, included, grantee?.type, patientNumber);
	await api.disconnect();
}
