//! Consent (`pallet-consent`): grants, revocations and the check every read and write passes.

use subxt_signer::sr25519::Keypair;

use crate::{
	runtime::{
		self,
		runtime_types::{
			healthchain_primitives::{
				consent::{AccessBasis, AccessRequest, ConsentAction, ConsentError, PurposeOfUse},
				records::RecordCategory,
			},
			pallet_consent::types::{CategoryScope, ConsentActions, ConsentTerms, Grantee},
		},
	},
	AccountId, Error, Healthchain,
};

/// The terms of a grant, as the CLI takes them.
#[derive(Debug)]
pub struct GrantTerms {
	/// An organisation's practitioners, or one account.
	pub grantee: Grantee<AccountId>,
	/// Read, write, or both.
	pub read: bool,
	/// Write (anchor new records).
	pub write: bool,
	/// `None`: every category.
	pub categories: Option<Vec<RecordCategory>>,
	/// For which purpose.
	pub purpose: PurposeOfUse,
	/// End of the period (exclusive), ms since the Unix epoch; `None`: until revoked.
	pub valid_until: Option<u64>,
}

/// A consent grant as the chain holds it (its status worked out at the block's time).
pub type Grant = runtime::runtime_types::pallet_consent::types::ConsentGrant<AccountId, u32>;

/// One of a patient's grants: its place in the patient's history, its id, and the grant.
#[derive(Debug)]
pub struct GrantEntry {
	/// The grant's index in the patient's history (0: the first).
	pub index: u32,
	/// The consent id.
	pub id: u64,
	/// The grant.
	pub grant: Grant,
}

/// Who a grant lets in, in words: "organisation 0" or the account's address.
pub fn grantee_in_words(grantee: &Grantee<AccountId>) -> String {
	match grantee {
		Grantee::Organization(org) => format!("organisation {org}"),
		Grantee::Account(account) => account.to_string(),
	}
}

/// The answer of a consent check.
#[derive(Clone, Debug)]
pub enum ConsentCheck {
	/// Allowed, by this consent grant.
	Consent(u64),
	/// Allowed, by this open break-glass case.
	BreakGlass(u64),
	/// Refused, and why (as the runtime names it: `NoConsent`, `ConsentRevoked`, …).
	Refused(String),
}

impl ConsentCheck {
	/// "allowed by consent 3", "refused: NoConsent", …
	pub fn in_words(&self) -> String {
		match self {
			Self::Consent(id) => format!("allowed by consent {id}"),
			Self::BreakGlass(id) => format!("allowed by break-glass case {id}"),
			Self::Refused(why) => format!("refused: {why}"),
		}
	}
}

/// Parses a purpose of use: `Treatment`, `Payment`, `Operations`, `PublicHealth`, `Emergency`
/// or `Research` (any case).
pub fn parse_purpose(text: &str) -> Result<PurposeOfUse, Error> {
	Ok(match text.to_ascii_lowercase().as_str() {
		"treatment" => PurposeOfUse::Treatment,
		"research" => PurposeOfUse::Research(None),
		"payment" => PurposeOfUse::Payment,
		"operations" => PurposeOfUse::Operations,
		"publichealth" => PurposeOfUse::PublicHealth,
		"emergency" => PurposeOfUse::Emergency,
		_ =>
			return Err(Error::Input(format!(
				"unknown purpose {text:?}: one of Treatment, Research, Payment, Operations, PublicHealth, Emergency"
			))),
	})
}

impl Healthchain {
	/// Grants consent on `patient`'s records (signed by the patient or a delegate); answers the
	/// new grant's id.
	pub async fn grant(
		&self,
		signer: &Keypair,
		patient: AccountId,
		terms: GrantTerms,
	) -> Result<u64, Error> {
		if let Some(categories) = &terms.categories {
			let max = self
				.api()
				.constants()
				.at(&runtime::constants().consent().max_categories_per_grant())?;
			if categories.len() > max as usize {
				return Err(Error::Input(format!(
					"{} categories; a grant names at most {max} (or every category)",
					categories.len()
				)));
			}
		}
		let terms = ConsentTerms {
			grantee: terms.grantee,
			actions: ConsentActions { read: terms.read, write: terms.write },
			categories: match terms.categories {
				None => CategoryScope::All,
				Some(list) => CategoryScope::Only(
					runtime::runtime_types::bounded_collections::bounded_vec::BoundedVec(list),
				),
			},
			purpose: terms.purpose,
			valid_from: None,
			valid_until: terms.valid_until,
		};
		let (events, _) =
			self.submit(&runtime::tx().consent().grant(patient, terms), signer).await?;
		let granted =
			events.find_first::<runtime::consent::events::ConsentGranted>()?.ok_or_else(|| {
				Error::Other("the grant was included but emitted no ConsentGranted event".into())
			})?;
		Ok(granted.consent)
	}

	/// Every grant of `patient` still stored, newest first, each with its status at the
	/// latest block's time (pruned grants are gone: their events keep them).
	pub async fn consents(&self, patient: AccountId) -> Result<Vec<GrantEntry>, Error> {
		let at = self.runtime().await?;
		let mut entries = Vec::new();
		let mut before = None;
		loop {
			let call = runtime::apis().consent_api().consents(patient.clone(), before, PAGE);
			let (page, next) = at.call(call).await?;
			entries.extend(page.into_iter().map(|(index, id, grant)| GrantEntry {
				index,
				id,
				grant,
			}));
			match next {
				Some(next) => before = Some(next),
				None => return Ok(entries),
			}
		}
	}

	/// Revokes consent grant `consent` (signed by the patient or a delegate).
	pub async fn revoke(&self, signer: &Keypair, consent: u64) -> Result<(), Error> {
		self.submit(&runtime::tx().consent().revoke(consent), signer).await?;
		Ok(())
	}

	/// Whether `accessor` (a practitioner of `organization`, or an account) may `read` or
	/// write `patient`'s records of `category` for `purpose`, now.
	pub async fn check_access(
		&self,
		patient: AccountId,
		accessor: AccountId,
		organization: Option<u32>,
		write: bool,
		category: RecordCategory,
		purpose: PurposeOfUse,
	) -> Result<ConsentCheck, Error> {
		let request = AccessRequest {
			patient,
			accessor,
			organization,
			action: if write { ConsentAction::Write } else { ConsentAction::Read },
			category,
			purpose,
		};
		let call = runtime::apis().consent_api().check_access(request);
		let answer = self.runtime().await?.call(call).await?;
		Ok(match answer {
			Ok(AccessBasis::Consent(id)) => ConsentCheck::Consent(id),
			Ok(AccessBasis::BreakGlass(id)) => ConsentCheck::BreakGlass(id),
			Err(error) => ConsentCheck::Refused(error_name(&error)),
		})
	}
}

/// How many items to ask for per page: the runtime caps it at its own `MaxPageSize`.
pub(crate) const PAGE: u32 = 100;

fn error_name(error: &ConsentError) -> String {
	format!("{error:?}")
}

/// Who may act for a patient: a guardian or a custodian the patient chose.
pub type DelegateKind = runtime::runtime_types::pallet_consent::types::DelegateKind;

/// Why a practitioner broke the glass.
pub type EmergencyReason = runtime::runtime_types::pallet_consent::types::EmergencyReason;

/// One read of a patient's records that consent or break-glass permitted.
pub type AccessLogEntry =
	runtime::runtime_types::pallet_consent::types::AccessLogEntry<AccountId, u32>;

/// An emergency access and its review.
pub type BreakGlassCase = runtime::runtime_types::pallet_consent::types::BreakGlassCase<AccountId>;

/// A break-glass case: its id, the case, and whether it is unreviewed past its deadline.
#[derive(Debug)]
pub struct BreakGlassEntry {
	/// The case's id.
	pub id: u64,
	/// The case.
	pub case: BreakGlassCase,
	/// Whether nobody reviewed it by its deadline.
	pub overdue: bool,
}

/// Which break-glass cases to list.
#[derive(Debug, Clone, Copy)]
pub enum BreakGlassListing {
	/// Every case no auditor has reviewed yet, oldest first.
	AwaitingReview,
	/// The cases opened by practitioners of this organisation, reviewed or not.
	OpenedBy(u32),
}

/// Parses a delegate kind: `Guardian` or `Custodian` (any case).
pub fn parse_delegate_kind(text: &str) -> Result<DelegateKind, Error> {
	match text.to_ascii_lowercase().as_str() {
		"guardian" => Ok(DelegateKind::Guardian),
		"custodian" => Ok(DelegateKind::Custodian),
		_ => Err(Error::Input(format!("unknown delegate kind {text:?}: Guardian or Custodian"))),
	}
}

/// Parses why the glass is broken: `Unconscious`, `LifeThreatening`, `CannotCommunicate` (any
/// case) or `Other:N` (a code from the consortium's list).
pub fn parse_emergency_reason(text: &str) -> Result<EmergencyReason, Error> {
	Ok(match text.to_ascii_lowercase().as_str() {
		"unconscious" => EmergencyReason::Unconscious,
		"lifethreatening" => EmergencyReason::LifeThreatening,
		"cannotcommunicate" => EmergencyReason::CannotCommunicate,
		other => match other.strip_prefix("other:").map(str::parse::<u16>) {
			Some(Ok(code)) => EmergencyReason::Other(code),
			_ =>
				return Err(Error::Input(format!(
					"unknown emergency reason {text:?}: Unconscious, LifeThreatening, CannotCommunicate or Other:<number up to 65535>"
				))),
		},
	})
}

/// A reason as [`parse_emergency_reason`] reads it.
pub fn emergency_reason_name(reason: &EmergencyReason) -> String {
	match reason {
		EmergencyReason::Other(code) => format!("Other:{code}"),
		named => format!("{named:?}"),
	}
}

/// A purpose of use in words: as [`parse_purpose`] reads it, or `Research(trial 3, protocol v2)`
/// for research in one trial (which only enrolment asks for).
pub fn purpose_name(purpose: &PurposeOfUse) -> String {
	match purpose {
		PurposeOfUse::Research(Some(scope)) => {
			format!("Research(trial {}, protocol v{})", scope.trial, scope.protocol_version)
		}
		PurposeOfUse::Research(None) => "Research".into(),
		named => format!("{named:?}"),
	}
}

/// What permitted a read: `consent 3` or `break-glass case 1`.
pub fn basis_in_words(basis: &AccessBasis) -> String {
	match basis {
		AccessBasis::Consent(id) => format!("consent {id}"),
		AccessBasis::BreakGlass(id) => format!("break-glass case {id}"),
	}
}

impl Healthchain {
	/// The most items the runtime returns in one page of a listing (its `MaxPageSize`).
	pub fn max_page_size(&self) -> Result<u32, Error> {
		Ok(self.api().constants().at(&runtime::constants().consent().max_page_size())?)
	}

	/// Lets `delegate` act for the signer (the patient) as `kind`.
	pub async fn add_delegate(
		&self,
		signer: &Keypair,
		delegate: AccountId,
		kind: DelegateKind,
	) -> Result<(), Error> {
		self.submit(&runtime::tx().consent().add_delegate(delegate, kind), signer).await?;
		Ok(())
	}

	/// Ends `delegate`'s delegation for `patient` (signed by the patient or the delegate).
	pub async fn remove_delegate(
		&self,
		signer: &Keypair,
		patient: AccountId,
		delegate: AccountId,
	) -> Result<(), Error> {
		self.submit(&runtime::tx().consent().remove_delegate(patient, delegate), signer).await?;
		Ok(())
	}

	/// `patient`'s delegates and their kinds.
	pub async fn delegates(
		&self,
		patient: AccountId,
	) -> Result<Vec<(AccountId, DelegateKind)>, Error> {
		let call = runtime::apis().consent_api().delegates(patient);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// One page of `patient`'s access log, newest first: at most `limit` entries older than
	/// index `before` (`None`: from the newest). An empty page ends the log.
	pub async fn access_log(
		&self,
		patient: AccountId,
		before: Option<u64>,
		limit: u32,
	) -> Result<Vec<(u64, AccessLogEntry)>, Error> {
		let call = runtime::apis().consent_api().access_log(patient, before, limit);
		Ok(self.runtime().await?.call(call).await?)
	}

	/// Opens emergency read access to `patient`'s records (signed by a practitioner of an
	/// active hospital or clinic); answers the case's id and when the access ends (ms since
	/// the Unix epoch).
	pub async fn break_glass(
		&self,
		signer: &Keypair,
		patient: AccountId,
		reason: EmergencyReason,
	) -> Result<(u64, u64), Error> {
		let (events, _) =
			self.submit(&runtime::tx().consent().break_glass(patient, reason), signer).await?;
		let opened = events
			.find_first::<runtime::consent::events::BreakGlassOpened>()?
			.ok_or_else(|| {
				Error::Other("the call was included but emitted no BreakGlassOpened event".into())
			})?;
		Ok((opened.case, opened.expires_at))
	}

	/// Records an auditor's review of break-glass case `case` (signed by an auditor of an
	/// active regulator): whether it was justified, and the hash of the report kept off chain.
	pub async fn review_break_glass(
		&self,
		signer: &Keypair,
		case: u64,
		justified: bool,
		finding_hash: crate::hashing::Hash,
	) -> Result<(), Error> {
		let call = runtime::tx().consent().review_break_glass(
			case,
			justified,
			subxt::utils::H256(finding_hash),
		);
		self.submit(&call, signer).await?;
		Ok(())
	}

	/// Every break-glass case of `listing`, in id order (the runtime answers in storage order).
	pub async fn break_glass_cases(
		&self,
		listing: BreakGlassListing,
	) -> Result<Vec<BreakGlassEntry>, Error> {
		let at = self.runtime().await?;
		let mut cases = Vec::new();
		let mut start_after = None;
		loop {
			let api = runtime::apis().consent_api();
			let page = match listing {
				BreakGlassListing::AwaitingReview => {
					at.call(api.break_glass_awaiting_review(start_after, PAGE)).await?
				}
				BreakGlassListing::OpenedBy(org) => {
					at.call(api.break_glass_cases_of(org, start_after, PAGE)).await?
				}
			};
			let Some((last, _, _)) = page.last() else {
				cases.sort_by_key(|entry: &BreakGlassEntry| entry.id);
				return Ok(cases);
			};
			start_after = Some(*last);
			cases.extend(page.into_iter().map(|(id, case, overdue)| BreakGlassEntry {
				id,
				case,
				overdue,
			}));
		}
	}
}
