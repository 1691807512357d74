// End-to-end test of medicine traceability on `healthchain-node --dev`, driven through RPC by
// the demo consortium's accounts as their software would drive it: the manufacturer
// commissions a batch, it moves manufacturer → distributor → pharmacy, a temperature
// excursion quarantines a shipment (its time out of range adds up across readings, and the
// sender keeps the packs in transit as outgoing stock), a pack is dispensed and then verifies
// as AlreadyDispensed (a second dispense is flagged as a suspected clone), and a recall makes
// the rest of the batch verify as Recalled.

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { gtinWithCheckDigit, merkleProof, merkleRoot, serialHash } from '@healthchain/api';

import { eventFields, findEvent, signAndSendInBlock } from './lib/chain.mjs';
import { withNodeLogs } from './lib/node.mjs';
import { useDevNode } from './lib/suite.mjs';

/** Demo organisation ids (see runtime/src/demo_consortium.rs). */
const MANUFACTURER = 4;
const DISTRIBUTOR = 5;
const PHARMACY = 3;

/** The suite's dev node and its API connection (see lib/suite.mjs). */
let dev = null;
const account = (uri) => dev.account(uri);

// A batch's serial commitment, built with @healthchain/api as a manufacturer's software would:
// its items are the serials' hashes (`serialHash`), its root and proofs the runtime's Merkle
// tree (`merkleRoot`, `merkleProof`).
const serialItems = (serials) => serials.map(serialHash);

describe('medicine traceability on healthchain-node --dev', { concurrency: false }, () => {
	dev = useDevNode();

	it(
		'follows a batch from commissioning to dispensing, an excursion and a recall',
		{ timeout: 300_000 },
		withNodeLogs(() => dev.nodes(), async () => {
			const logistics = account('//ManufacturerLogistics');
			const sensor = account('//ManufacturerSensor');
			const distributor = account('//DistributorLogistics');
			const pharmacist = account('//PharmacyPharmacist');
			const send = async (tx, signer) => (await signAndSendInBlock(dev.api, tx, signer)).events;

			const gtin = gtinWithCheckDigit('0950600013435');
			const lot = 'LOT-E2E-1';
			const serials = Array.from({ length: 10 }, (_, i) => `SN-E2E-${String(i).padStart(4, '0')}`);
			// Expiry in wall-clock time: a fresh instant-seal chain has no timestamp until its first block.
			const expiry = Date.now() + 365 * 24 * 3600 * 1000;

			// 2–8 °C, one minute of tolerated excursion.
			await send(dev.api.tx.drugTrace.registerProduct(gtin, `0x${'11'.repeat(32)}`, 200, 800, 60_000), logistics);
			const commissioned = findEvent(dev.api, 
				await send(
					dev.api.tx.drugTrace.commissionBatch(gtin, lot, expiry, serials.length, merkleRoot(serialItems(serials))),
					logistics,
				),
				'drugTrace',
				'BatchCommissioned',
			);
			const batch = commissioned.data[0].toNumber();

			// Manufacturer → distributor: 6 packs arrive in good order.
			const shipped = findEvent(dev.api, await send(dev.api.tx.drugTrace.ship(batch, DISTRIBUTOR, 6, `0x${'21'.repeat(32)}`), logistics), 'drugTrace', 'Shipped');
			const toDistributor = shipped.data[0].toNumber();
			assert.equal((await dev.api.call.drugTraceApi.inTransit(batch)).toNumber(), 6);
			await send(dev.api.tx.drugTrace.receive(toDistributor), distributor);
			assert.equal((await dev.api.call.drugTraceApi.inTransit(batch)).toNumber(), 0);

			// A second shipment of 2 packs spends two minutes at 12 °C: quarantined on its own.
			const warm = findEvent(dev.api, await send(dev.api.tx.drugTrace.ship(batch, DISTRIBUTOR, 2, `0x${'22'.repeat(32)}`), logistics), 'drugTrace', 'Shipped');
			const warmShipment = warm.data[0].toNumber();
			const chainNow = (await dev.api.query.timestamp.now()).toNumber();
			await send(dev.api.tx.drugTrace.recordTemperature({ Shipment: warmShipment }, 1200, chainNow - 120_000), sensor);
			const excursion = eventFields(findEvent(dev.api, 
				await send(dev.api.tx.drugTrace.recordTemperature({ Shipment: warmShipment }, 1200, chainNow), sensor),
				'drugTrace',
				'TemperatureExcursion',
			));
			assert.equal(excursion.stock.asShipment.toNumber(), warmShipment);
			assert.equal(excursion.measuredAt.toNumber(), chainNow);
			assert.equal(excursion.exposureMs.toNumber(), 120_000, 'the two minutes since the first warm reading count as out of range');
			const history = await dev.api.call.drugTraceApi.custodyHistory(batch, 0, 10);
			const quarantined = history.find(([id]) => id.toNumber() === warmShipment)[1];
			assert.equal(quarantined.quarantined.isTrue, true);
			assert.deepEqual(
				[quarantined.exposure.totalMs.toNumber(), quarantined.exposure.acceptedMs.toNumber()],
				[120_000, 0],
				'the shipment carries its exposure, none of it accepted',
			);

			// Distributor → pharmacy: 3 of the 6 good packs.
			const toPharmacy = findEvent(dev.api, await send(dev.api.tx.drugTrace.ship(batch, PHARMACY, 3, `0x${'23'.repeat(32)}`), distributor), 'drugTrace', 'Shipped');
			await send(dev.api.tx.drugTrace.receive(toPharmacy.data[0].toNumber()), pharmacist);
			const holdings = Object.fromEntries(
				(await dev.api.call.drugTraceApi.holders(batch)).map(([org, holding]) => [org.toNumber(), holding.quantity.toNumber()]),
			);
			assert.deepEqual(holdings, { [MANUFACTURER]: 2, [DISTRIBUTOR]: 3, [PHARMACY]: 3 });
			// The warm shipment is still in transit: out of the manufacturer's custody but still
			// its outgoing stock (it returns there if the distributor refuses it), and the
			// distributor's incoming.
			const inFlight = Object.fromEntries(
				(await dev.api.call.drugTraceApi.holders(batch)).map(([org, holding]) => [
					org.toNumber(),
					{ incoming: holding.incoming.toNumber(), outgoing: holding.outgoing.toNumber() },
				]),
			);
			assert.deepEqual(inFlight, {
				[MANUFACTURER]: { incoming: 0, outgoing: 2 },
				[DISTRIBUTOR]: { incoming: 2, outgoing: 0 },
				[PHARMACY]: { incoming: 0, outgoing: 0 },
			});

			// The pharmacist dispenses one pack to a patient; it then verifies as dispensed.
			const verify = (index) => dev.api.call.drugTraceApi.verifyPack(gtin, lot, serials[index], merkleProof(serialItems(serials), index));
			assert.equal((await verify(0)).type, 'Genuine');
			const proof = merkleProof(serialItems(serials), 0);
			findEvent(dev.api, await send(dev.api.tx.drugTrace.dispense(batch, serials[0], proof), pharmacist), 'drugTrace', 'Dispensed');
			assert.equal((await verify(0)).type, 'AlreadyDispensed');

			// The same serial again is not dispensed, but flagged as a suspected clone.
			findEvent(dev.api, await send(dev.api.tx.drugTrace.dispense(batch, serials[0], proof), pharmacist), 'drugTrace', 'SuspectedClone');
			assert.equal((await dev.api.call.drugTraceApi.holders(batch)).find(([org]) => org.toNumber() === PHARMACY)[1].quantity.toNumber(), 2);

			// A recall reaches every holder; the rest of the batch verifies as Recalled.
			const recallEvents = await send(dev.api.tx.drugTrace.recall(batch, 'ClassII', `0x${'31'.repeat(32)}`), account('//ManufacturerAdmin'));
			findEvent(dev.api, recallEvents, 'drugTrace', 'BatchRecalled');
			const notified = recallEvents
				.filter(({ event }) => dev.api.events.drugTrace.RecallNotice.is(event))
				.map(({ event }) => event.data[1].toNumber())
				.sort();
			assert.deepEqual(notified, [PHARMACY, MANUFACTURER, DISTRIBUTOR].sort());
			assert.equal((await verify(1)).type, 'Recalled');
			assert.equal((await verify(0)).type, 'AlreadyDispensed');
			const recalls = await dev.api.call.drugTraceApi.openRecalls(null, 10);
			assert.ok(recalls.some(([id]) => id.toNumber() === batch), 'the recall is listed as open');
		}),
	);
});
