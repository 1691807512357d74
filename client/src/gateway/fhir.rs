//! The FHIR R4 `DocumentReference` an upload of `application/fhir+json` must be: a record
//! system sends the document with its attachment inline (`data`, base64) or by reference
//! (`url`), and the gateway keeps the resource as posted. It is checked, not rewritten: a
//! resource that is not a `DocumentReference`, has no attachment, or whose inline data does
//! not decode or does not match its declared size, is refused before anything is stored.

use base64::Engine;
use serde_json::Value;

/// The statuses a `DocumentReference` may have (FHIR R4 `DocumentReferenceStatus`).
const STATUSES: [&str; 3] = ["current", "superseded", "entered-in-error"];

/// Checks `body` is a FHIR R4 `DocumentReference` with at least one attachment; says what is
/// wrong when it is not.
pub fn check_document_reference(body: &[u8]) -> Result<(), String> {
	let resource: Value = serde_json::from_slice(body).map_err(|e| format!("not JSON: {e}"))?;
	match resource.get("resourceType").and_then(Value::as_str) {
		Some("DocumentReference") => {}
		Some(other) => return Err(format!("a {other}, not a DocumentReference")),
		None => return Err("no resourceType: not a FHIR resource".into()),
	}
	match resource.get("status").and_then(Value::as_str) {
		Some(status) if STATUSES.contains(&status) => {}
		_ => return Err(format!("status must be one of {}", STATUSES.join(", "))),
	}
	let content = resource
		.get("content")
		.and_then(Value::as_array)
		.filter(|content| !content.is_empty())
		.ok_or("no content: a DocumentReference carries at least one attachment")?;
	for (index, item) in content.iter().enumerate() {
		let attachment = item
			.get("attachment")
			.and_then(Value::as_object)
			.ok_or_else(|| format!("content[{index}] has no attachment"))?;
		let data = attachment.get("data").map(|data| {
			data.as_str()
				.and_then(|data| base64::engine::general_purpose::STANDARD.decode(data).ok())
				.ok_or_else(|| format!("content[{index}].attachment.data is not base64"))
		});
		let url = attachment.get("url").and_then(Value::as_str).filter(|url| !url.is_empty());
		match (data, url) {
			(Some(data), _) => {
				let data = data?;
				if let Some(size) = attachment.get("size") {
					if size.as_u64() != Some(data.len() as u64) {
						return Err(format!(
							"content[{index}].attachment.size is not the length of its data ({} bytes)",
							data.len()
						));
					}
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
		refused(b"not json", "not JSON");
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
	}
}
