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

fn error_name(error: &ConsentError) -> String {
	format!("{error:?}")
}
