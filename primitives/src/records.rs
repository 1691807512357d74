//! What other pallets need to know about anchored health records: their ids and the coded
//! set of document categories that consent is scoped by.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;

/// Identifies one version of an anchored health record. Assigned by `pallet-ehr-anchor`, in
/// anchoring order.
pub type RecordId = u64;

/// The class of a health record, after the LOINC document classes that HL7 FHIR uses for
/// `DocumentReference.type`. A code, never a description of the patient: it tells who may see
/// the record (consent is scoped by category), not what is in it.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	Clone,
	Copy,
	PartialEq,
	Eq,
	PartialOrd,
	Ord,
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum RecordCategory {
	/// A clinical or progress note (LOINC 11506-3).
	ClinicalNote,
	/// A discharge summary (LOINC 18842-5).
	DischargeSummary,
	/// A laboratory report (LOINC 11502-2).
	LaboratoryReport,
	/// A diagnostic imaging report (LOINC 18748-4).
	ImagingReport,
	/// A medication prescription or medication list (LOINC 57833-6).
	Prescription,
	/// An immunisation record (LOINC 11369-6).
	Immunization,
	/// Allergies and intolerances (LOINC 48765-2).
	AllergyIntolerance,
	/// A procedure note (LOINC 28570-0).
	ProcedureNote,
	/// A referral note (LOINC 57133-1).
	Referral,
	/// A plan of care (LOINC 18776-5).
	CarePlan,
	/// Data the patient recorded: a diary, a wearable's export, a questionnaire.
	PatientGenerated,
	/// Any other LOINC document class, as the code's digits with its check digit
	/// (`34133-9` is `Other(341339)`).
	Other(u32),
}
