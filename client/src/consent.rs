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
#[derive(Debug)]
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
		let at = self.api().runtime_api().at_latest().await?;
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
		let answer = self.api().runtime_api().at_latest().await?.call(call).await?;
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
