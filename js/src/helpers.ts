// Helpers that compute, off chain, exactly what the runtime checks on chain: a document's
// content hashes, the Merkle commitment of bulk anchors and medicine batches
// (healthchain_primitives::merkle), and GS1 check digits (pallet-drug-trace's `Gtin`).

import { hexToU8a, isHex, stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { blake2AsU8a, sha256AsU8a } from '@polkadot/util-crypto';

/** The leaf and inner-node domain prefixes of healthchain_primitives::merkle. */
const LEAF_PREFIX = new Uint8Array([0x00]);
const NODE_PREFIX = new Uint8Array([0x01]);

/** A `0x`-prefixed hex string. */
export type HexString = `0x${string}`;

/** A 32-byte hash: `0x` and 64 hex digits, or its bytes. */
export type HashLike = string | Uint8Array;

/** A GTIN or its data digits: a string of decimal digits, a number or a bigint. */
export type GtinLike = string | number | bigint;

/** The two content hashes the chain accepts for a document, as `0x`-hex. */
export interface DocumentHashes {
	/** SHA-256 (`HashAlgorithm::Sha2_256`). */
	sha256: HexString;
	/** BLAKE2b-256 (`HashAlgorithm::Blake2_256`). */
	blake2_256: HexString;
}

/**
 * The bytes of a 32-byte hash given as `0x` and 64 hex digits, or as its bytes; throws on
 * anything else.
 */
function hash32(hash: HashLike): Uint8Array {
	const bytes = typeof hash === 'string' ? (isHex(hash) ? hexToU8a(hash) : null) : hash;
	if (bytes === null) {
		throw new TypeError(`a hash is 0x and 64 hex digits, not ${JSON.stringify(hash)}`);
	}
	if (bytes.length !== 32) {
		throw new TypeError(`a hash is 32 bytes, this one is ${bytes.length}`);
	}
	return bytes;
}

/** The bytes of a document or a serial: a string is text (its UTF-8), never hex. */
function contentBytes(content: string | Uint8Array): Uint8Array {
	return typeof content === 'string' ? stringToU8a(content) : content;
}

/**
 * The two content hashes the chain accepts for a document (`HashAlgorithm::Sha2_256` and
 * `HashAlgorithm::Blake2_256`), as `0x`-hex. A string is hashed as text (its UTF-8 bytes).
 */
export function documentHashes(document: string | Uint8Array): DocumentHashes {
	const bytes = contentBytes(document);
	return { sha256: u8aToHex(sha256AsU8a(bytes)), blake2_256: u8aToHex(blake2AsU8a(bytes, 256)) };
}

/**
 * The item a medicine batch's serial tree commits to for `serial`: BLAKE2-256 of its bytes (a
 * string's UTF-8 bytes, as pallet-drug-trace's `serial_hash` hashes the serial it is given).
 */
export function serialHash(serial: string | Uint8Array): HexString {
	return u8aToHex(blake2AsU8a(contentBytes(serial), 256));
}

/** Orders two 32-byte hashes as the runtime compares `H256`s: bytewise. */
function compareHashes(a: Uint8Array, b: Uint8Array): number {
	for (let i = 0; i < 32; i += 1) {
		if (a[i] !== b[i]) {
			return a[i] - b[i];
		}
	}
	return 0;
}

/**
 * A tree's leaf for `item`: BLAKE2-256 of `0x00 ‖ item`.
 */
export function leafHash(item: HashLike): Uint8Array {
	return blake2AsU8a(u8aConcat(LEAF_PREFIX, hash32(item)), 256);
}

/**
 * The parent of two nodes: BLAKE2-256 of `0x01 ‖ lower ‖ higher`, so a proof needs no
 * left/right flags.
 */
export function nodeHash(a: HashLike, b: HashLike): Uint8Array {
	const [x, y] = [hash32(a), hash32(b)];
	const [low, high] = compareHashes(x, y) <= 0 ? [x, y] : [y, x];
	return blake2AsU8a(u8aConcat(NODE_PREFIX, low, high), 256);
}

/** The level above `level`: pairs hashed together, an odd last node carried up unchanged. */
function nextLevel(level: Uint8Array[]): Uint8Array[] {
	const up: Uint8Array[] = [];
	for (let i = 0; i < level.length; i += 2) {
		up.push(i + 1 < level.length ? nodeHash(level[i], level[i + 1]) : level[i]);
	}
	return up;
}

/**
 * The Merkle root over `items` (32-byte hashes, in order), as the runtime computes it; `null`
 * for no items.
 */
export function merkleRoot(items: HashLike[]): HexString | null {
	let level = items.map(leafHash);
	while (level.length > 1) {
		level = nextLevel(level);
	}
	return level.length === 0 ? null : u8aToHex(level[0]);
}

/**
 * The inclusion proof of `items[index]`: the sibling hashes from the leaf up (a level where
 * the node has no sibling adds none); `null` when `index` is outside `items`.
 */
export function merkleProof(items: HashLike[], index: number): HexString[] | null {
	if (!Number.isInteger(index) || index < 0 || index >= items.length) {
		return null;
	}
	let level = items.map(leafHash);
	let position = index;
	const siblings: HexString[] = [];
	while (level.length > 1) {
		const sibling = position ^ 1;
		if (sibling < level.length) {
			siblings.push(u8aToHex(level[sibling]));
		}
		level = nextLevel(level);
		position = Math.floor(position / 2);
	}
	return siblings;
}

/**
 * Whether `proof` shows `item` to be under `root`, as the runtime's `verify_proof` decides.
 */
export function verifyMerkleProof(root: HashLike, item: HashLike, proof: HashLike[]): boolean {
	const computed = proof.reduce<Uint8Array>((node, sibling) => nodeHash(node, sibling), leafHash(item));
	return compareHashes(computed, hash32(root)) === 0;
}

/** The digits of a GTIN given as a string of digits, a number or a bigint. */
function gtinDigits(value: GtinLike, what: string): string {
	const digits = typeof value === 'string' ? value : String(value);
	if (!/^[0-9]+$/.test(digits)) {
		throw new TypeError(`${what} must be decimal digits, not ${JSON.stringify(String(value))}`);
	}
	return digits;
}

/**
 * The GS1 mod-10 check digit of `data` (a GTIN without its last digit): weights 3, 1, 3, …
 * from the right, the sum rounded up to the next multiple of 10.
 */
export function gtinCheckDigit(data: GtinLike): number {
	const digits = gtinDigits(data, 'the data digits');
	let sum = 0;
	for (let i = 0; i < digits.length; i += 1) {
		const digit = digits.charCodeAt(digits.length - 1 - i) - 48;
		sum += digit * (i % 2 === 0 ? 3 : 1);
	}
	return (10 - (sum % 10)) % 10;
}

/**
 * Whether `gtin` is one the chain accepts: not zero, at most 14 digits once leading zeros are
 * dropped (GTIN-8, -12 and -13 are GTIN-14 zero-padded), its last digit the check digit.
 */
export function isValidGtin(gtin: GtinLike): boolean {
	let digits: string;
	try {
		digits = gtinDigits(gtin, 'a GTIN').replace(/^0+/, '');
	} catch {
		return false;
	}
	if (digits.length === 0 || digits.length > 14) {
		return false;
	}
	const data = digits.slice(0, -1);
	return gtinCheckDigit(data === '' ? '0' : data) === Number(digits.at(-1));
}

/**
 * The GTIN the chain stores (a `u64`, as a bigint) for the GTIN-13 or GTIN-14 data digits
 * `data`, with its check digit appended.
 */
export function gtinWithCheckDigit(data: string): bigint {
	const digits = gtinDigits(data, 'the data digits');
	if (digits.length > 13) {
		throw new RangeError(`a GTIN has at most 13 data digits, not ${digits.length}`);
	}
	const gtin = BigInt(`${digits}${gtinCheckDigit(digits)}`);
	if (gtin === 0n) {
		throw new RangeError('a GTIN is not zero: the data digits are all zeros');
	}
	return gtin;
}
