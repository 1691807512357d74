//! The FHIR R4 `DocumentReference` an upload of `application/fhir+json` must be: a record
//! system sends the document with its attachment inline (`data`, base64) or by reference
//! (`url`), and the gateway keeps the resource as posted. It is checked, not rewritten: a
//! resource that is not a `DocumentReference`, has no attachment, or whose inline data does
//! not decode or does not match its declared size, is refused before anything is stored.

use std::borrow::Cow;

use base64::Engine;
use serde::Deserialize;

/// The statuses a `DocumentReference` may have (FHIR R4 `DocumentReferenceStatus`).
const STATUSES: [&str; 3] = ["current", "superseded", "entered-in-error"];

/// The fields checked; every other is skipped unread (a 16 MiB body is not built into a
/// tree). A field given twice is refused (which of the two a reader takes is unclear).
#[derive(Deserialize)]
struct Resource<'a> {
	#[serde(rename = "resourceType", borrow)]
	resource_type: Option<Cow<'a, str>>,
	#[serde(borrow)]
	status: Option<Cow<'a, str>>,
	#[serde(borrow)]
	content: Option<Vec<Content<'a>>>,
}

#[derive(Deserialize)]
struct Content<'a> {
	#[serde(borrow)]
	attachment: Option<Attachment<'a>>,
}

#[derive(Deserialize)]
struct Attachment<'a> {
	#[serde(borrow)]
	data: Option<Cow<'a, str>>,
	#[serde(borrow)]
	url: Option<Cow<'a, str>>,
	size: Option<u64>,
}

/// The length of base64 `data` decoded, if it is base64; decoded a piece at a time, so an
/// attachment is never held twice.
fn decoded_length(data: &str) -> Option<u64> {
	let mut piece = [0u8; 3 * 1024];
	let mut length = 0u64;
	// 4,096 characters decode to at most 3,072 bytes; padding may only end the last piece.
	for chunk in data.as_bytes().chunks(4096) {
		let decoded =
			base64::engine::general_purpose::STANDARD.decode_slice(chunk, &mut piece).ok()?;
		length = length.saturating_add(decoded as u64);
	}
	Some(length)
}

/// Checks `body` is a FHIR R4 `DocumentReference` with at least one attachment; says what is
/// wrong when it is not.
pub fn check_document_reference(body: &[u8]) -> Result<(), String> {
	let resource: Resource =
		serde_json::from_slice(body).map_err(|e| format!("not a FHIR JSON resource: {e}"))?;
	match resource.resource_type.as_deref() {
		Some("DocumentReference") => {}
		Some(other) => return Err(format!("a {other}, not a DocumentReference")),
		None => return Err("no resourceType: not a FHIR resource".into()),
	}
	match resource.status.as_deref() {
		Some(status) if STATUSES.contains(&status) => {}
		_ => return Err(format!("status must be one of {}", STATUSES.join(", "))),
	}
	let content = resource
		.content
		.filter(|content| !content.is_empty())
		.ok_or("no content: a DocumentReference carries at least one attachment")?;
	for (index, item) in content.iter().enumerate() {
		let attachment = item
			.attachment
			.as_ref()
			.ok_or_else(|| format!("content[{index}] has no attachment"))?;
		match (&attachment.data, attachment.url.as_deref().filter(|url| !url.is_empty())) {
			(Some(data), _) => {
				let length =
					decoded_length(data).ok_or_else(|| {
						format!("content[{index}].attachment.data is not base64 (RFC 4648, no line breaks)")
					})?;
				if attachment.size.is_some_and(|size| size != length) {
					return Err(format!(
						"content[{index}].attachment.size is not the length of its data ({length} bytes)"
					));
				}
			}
			(None, Some(_)) => {}
			(None, None) => {
				return Err(format!("content[{index}].attachment has neither data nor url"))
			}
		}
	}
	Ok(())
}

#[cfg(test)]
mod tests {
	use super::*;

	fn document(content: &str) -> Vec<u8> {
		format!(r#"{{"resourceType":"DocumentReference","status":"current","content":{content}}}"#)
			.into_bytes()
	}

	#[test]
	fn a_document_reference_with_its_attachment_passes() {
		let inline = document(
			r#"[{"attachment":{"contentType":"text/plain","data":"U3ludGhldGlj","size":9}}]"#,
		);
		assert_eq!(check_document_reference(&inline), Ok(()));
		let by_url = document(r#"[{"attachment":{"url":"Binary/1"}}]"#);
		assert_eq!(check_document_reference(&by_url), Ok(()));
	}

	#[test]
	fn anything_else_is_refused_with_its_reason() {
		let refused = |body: &[u8], why: &str| {
			let error = check_document_reference(body).expect_err("refused");
			assert!(error.contains(why), "{error}");
		};
		refused(b"not json", "not a FHIR JSON resource");
		refused(
			br#"{"resourceType":"Patient","status":"current","resourceType":"DocumentReference","content":[{"attachment":{"url":"x"}}]}"#,
			"duplicate field",
		);
		refused(br#"{"resourceType":"Patient","name":[{"family":"X"}]}"#, "a Patient");
		refused(br#"{"status":"current"}"#, "no resourceType");
		refused(
			br#"{"resourceType":"DocumentReference","status":"draft","content":[]}"#,
			"status must be",
		);
		refused(&document("[]"), "no content");
		refused(&document(r#"[{"format":{}}]"#), "has no attachment");
		refused(&document(r#"[{"attachment":{"contentType":"text/plain"}}]"#), "neither data");
		refused(&document(r#"[{"attachment":{"data":"not base64!"}}]"#), "not base64");
		refused(&document(r#"[{"attachment":{"data":"U3ludGhldGlj","size":10}}]"#), "size");
		// An attachment longer than one decoding piece, and the length counted across pieces.
		let long = "QUJD".repeat(3000);
		let sized = |size: usize| {
			document(&format!(r#"[{{"attachment":{{"data":"{long}","size":{size}}}}}]"#))
		};
		assert_eq!(check_document_reference(&sized(9000)), Ok(()));
		refused(&sized(9001), "size");
	}
}
