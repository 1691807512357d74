//! How many documents a second a bulk anchor's manifest takes, as `healthchain bulk-anchor`
//! makes it: each document's SHA-256, then the Merkle tree over them and every document's
//! inclusion proof. Reading the files is left out: that is the disk's speed, not the tool's.
//! The chain's side is one `bulk_anchor` per import, whatever its size.
//!
//! cargo run --release --manifest-path client/Cargo.toml --example bulk_rate -- [DOCUMENTS] [BYTES]
//! (default: 100,000 documents of 4 KiB)

use std::time::Instant;

use healthchain_client::{bulk::Manifest, hashing};

fn main() -> Result<(), String> {
	let mut args = std::env::args().skip(1);
	let mut number = |default: usize| -> Result<usize, String> {
		args.next()
			.map_or(Ok(default), |arg| arg.parse().map_err(|_| format!("not a count: {arg}")))
	};
	let documents = number(100_000)?;
	let bytes = number(4096)?.max(8);

	// Distinct synthetic contents: the document's number in its first eight bytes.
	let started = Instant::now();
	let mut content = vec![0u8; bytes];
	let hashed: Vec<(String, hashing::Hash)> = (0..documents)
		.map(|i| {
			content[..8].copy_from_slice(&(i as u64).to_le_bytes());
			(format!("scans/{i:08}.pdf"), hashing::sha256(&content))
		})
		.collect();
	let hashing = started.elapsed().as_secs_f64();

	let started = Instant::now();
	let manifest = Manifest::build(&hashed, "ImagingReport", "s3://hospital-archive/manifest")
		.ok_or("no documents")?;
	let tree = started.elapsed().as_secs_f64();
	let proof_hashes: usize = manifest.documents.iter().map(|entry| entry.proof.len()).sum();

	let rate = |seconds: f64| documents as f64 / seconds.max(f64::EPSILON);
	println!("documents:                    {documents} of {bytes} bytes");
	println!("SHA-256 of each:              {hashing:.3} s  ({:.0} documents/s)", rate(hashing));
	println!(
		"tree and every proof:         {tree:.3} s  ({:.0} documents/s; {proof_hashes} proof hashes)",
		rate(tree)
	);
	println!(
		"manifest, all in:             {:.3} s  ({:.0} documents/s)",
		hashing + tree,
		rate(hashing + tree)
	);
	println!("root:                         {}", manifest.root);
	Ok(())
}
