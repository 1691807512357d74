//! Patient consent as other pallets see it: may this account, acting for this organisation,
//! read or write this patient's records of this category, for this purpose, now, and on the
//! strength of which consent?
//!
//! `pallet-consent` keeps the grants, the delegates, the break-glass cases and the access log,
//! and implements [`ConsentProvider`]. `pallet-ehr-anchor` asks it before a record is written
//! or read, `pallet-clinical-trial` asks it before a participant enrols; each is tested
//! against [`MockConsent`](crate::testing::MockConsent) instead of the real pallet.

use crate::{organizations::OrgId, records::RecordCategory, RecordId};
use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::DispatchError;

/// Identifies a consent grant. Assigned by `pallet-consent`, in grant order.
pub type ConsentId = u64;

/// Identifies a break-glass (emergency access) case. Assigned by `pallet-consent`.
pub type BreakGlassId = u64;

/// Identifies a clinical trial. Assigned by `pallet-clinical-trial`.
pub type TrialId = u32;

/// A trial's protocol version: 1 at registration, one more with each approved amendment.
pub type ProtocolVersion = u32;

/// What an access does with a patient's records (FHIR `Consent.provision.action`).
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
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum ConsentAction {
	/// See a record: fetch the document its locator points to.
	Read,
	/// Add a record (anchor a document) or a new version of one.
	Write,
}

/// A trial and the protocol version a research consent was given for.
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
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub struct TrialProtocol {
	/// The trial.
	pub trial: TrialId,
	/// The protocol version the participant was informed about.
	pub protocol_version: ProtocolVersion,
}

/// Why an access happens (FHIR `Consent.provision.purpose`, after the HL7 PurposeOfUse codes).
///
/// A grant covers a request only for the same purpose. `Research(None)` is research in
/// general; `Research(Some(p))` is research in one trial under one protocol version, and is
/// what enrolment in that trial requires.
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
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum PurposeOfUse {
	/// The patient's own care (HL7 `TREAT`).
	Treatment,
	/// Research (HL7 `HRESCH`), in general or for one trial and protocol version.
	Research(Option<TrialProtocol>),
	/// Billing and payment (HL7 `HPAYMT`).
	Payment,
	/// Healthcare operations: quality, audit, administration (HL7 `HOPERAT`).
	Operations,
	/// Public-health reporting (HL7 `PUBHLTH`).
	PublicHealth,
	/// Emergency treatment (HL7 `ETREAT`); break-glass access is always for this purpose.
	Emergency,
}

/// One access to ask about: who wants to do what with which of a patient's records, and why.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AccessRequest<AccountId> {
	/// The patient whose records are accessed.
	pub patient: AccountId,
	/// The account that accesses them.
	pub accessor: AccountId,
	/// The organisation the accessor acts for, if any; a grant to that organisation covers
	/// all its members.
	pub organization: Option<OrgId>,
	/// Read or write.
	pub action: ConsentAction,
	/// The category of the records.
	pub category: RecordCategory,
	/// Why.
	pub purpose: PurposeOfUse,
}

/// What permitted an access.
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
	Debug,
	serde::Serialize,
	serde::Deserialize,
)]
pub enum AccessBasis {
	/// An active consent grant of the patient.
	Consent(ConsentId),
	/// An open break-glass case (emergency reads only).
	BreakGlass(BreakGlassId),
}

/// Why consent refused an access. Pallets map each case to an error of their own.
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
	Debug,
)]
pub enum ConsentError {
	/// No grant of the patient, active or not, covers the request.
	NoConsent,
	/// The grant that would cover the request has been revoked.
	ConsentRevoked,
	/// The grant that would cover the request has expired.
	ConsentExpired,
	/// The grant that would cover the request is not valid yet.
	ConsentNotYetValid,
	/// This reader has read this patient's records as often as one reader may in one rate
	/// period; reads by anyone else are not affected.
	ReadRateExceeded,
}

/// The consent questions other pallets ask.
///
/// Expiry is evaluated at the moment of asking: a grant whose period has ended no longer
/// permits anything, whether or not anyone has marked it expired.
pub trait ConsentProvider<AccountId> {
	/// Which active grant (or, for an emergency read, which open break-glass case) permits
	/// `request` now. Records nothing.
	///
	/// # Errors
	///
	/// [`ConsentError::NoConsent`] if nothing covers the request; otherwise the reason the
	/// closest grant does not ([`ConsentError::ConsentRevoked`],
	/// [`ConsentError::ConsentExpired`], [`ConsentError::ConsentNotYetValid`]).
	fn permission(request: &AccessRequest<AccountId>) -> Result<AccessBasis, ConsentError>;

	/// Like [`permission`](Self::permission) for a read, and records the read in the
	/// patient's access log (with `record`, when one record is read) in the same step. The
	/// log never fills: it keeps the newest entries on chain and a hash chain over all.
	///
	/// # Errors
	///
	/// Those of [`permission`](Self::permission), and [`ConsentError::ReadRateExceeded`]
	/// when this reader has used up its reads of this patient's records for the period.
	fn record_read(
		request: &AccessRequest<AccountId>,
		record: Option<RecordId>,
	) -> Result<AccessBasis, ConsentError>;

	/// Whether `who` may act for `patient`: is the patient, or a delegate (guardian,
	/// custodian) the patient named.
	fn acts_for_patient(who: &AccountId, patient: &AccountId) -> bool;

	/// The active research consent `participant` gave for `trial` under exactly that protocol
	/// version: a grant to the trial's `sponsor` organisation that allows reading, for
	/// [`PurposeOfUse::Research`] of exactly that trial and version. A grant to anyone else,
	/// or for research in general, does not count.
	///
	/// # Errors
	///
	/// As for [`permission`](Self::permission).
	fn research_consent(
		participant: &AccountId,
		trial: TrialProtocol,
		sponsor: OrgId,
	) -> Result<ConsentId, ConsentError>;

	/// Benchmark set-up: makes `request` permitted by an active consent grant, in the worst
	/// case for a check (every list of grants the check reads filled to its bound with grants
	/// that do not cover the request, this grant the last), and returns its id.
	///
	/// # Errors
	///
	/// Whatever the consent pallet refuses (a full patient, for instance).
	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmark(request: &AccessRequest<AccountId>) -> Result<ConsentId, DispatchError>;

	/// Benchmark set-up: opens a break-glass case of `accessor` (which must be able to open
	/// one) on `patient`, and returns its id.
	///
	/// # Errors
	///
	/// Whatever the consent pallet refuses.
	#[cfg(feature = "runtime-benchmarks")]
	fn break_glass_for_benchmark(
		patient: &AccountId,
		accessor: &AccountId,
	) -> Result<BreakGlassId, DispatchError>;

	/// Benchmark set-up: names `delegate` a delegate of `patient`.
	///
	/// # Errors
	///
	/// Whatever the consent pallet refuses.
	#[cfg(feature = "runtime-benchmarks")]
	fn add_delegate_for_benchmark(
		patient: &AccountId,
		delegate: &AccountId,
	) -> Result<(), DispatchError>;
}
