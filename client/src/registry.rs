//! The consortium registry (`pallet-organizations`).

use crate::{
	runtime::{self, runtime_types::healthchain_primitives::organizations::OrganizationKind},
	AccountId, Error, Healthchain,
};

/// An organisation as the registry holds it.
pub type Organization =
	runtime::runtime_types::pallet_organizations::types::Organization<AccountId, u32>;

/// An organisation and its id.
#[derive(Debug)]
pub struct OrganizationInfo {
	/// Its id.
	pub id: u32,
	/// What the registry holds.
	pub organization: Organization,
}

impl OrganizationInfo {
	/// "organisation 0 (Hospital)".
	pub fn describe(&self) -> String {
		format!("organisation {} ({})", self.id, kind_name(&self.organization.kind))
	}
}

/// An organisation kind, named as the runtime names it.
pub fn kind_name(kind: &OrganizationKind) -> String {
	format!("{kind:?}")
}

impl Healthchain {
	/// Organisation `id`, if it exists.
	pub async fn organization(&self, id: u32) -> Result<Option<OrganizationInfo>, Error> {
		let call = runtime::apis().organizations_api().organization(id);
		let found = self.runtime().await?.call(call).await?;
		Ok(found.map(|organization| OrganizationInfo { id, organization }))
	}

	/// Every member of organisation `org` and its role (as the runtime names it), in the
	/// registry's order.
	pub async fn members(&self, org: u32) -> Result<Vec<(AccountId, String)>, Error> {
		let at = self.runtime().await?;
		let mut members = Vec::new();
		let mut start_after = None;
		loop {
			let call = runtime::apis().organizations_api().members(
				org,
				start_after.clone(),
				crate::consent::PAGE,
			);
			let page = at.call(call).await?;
			let Some((last, _)) = page.last() else { return Ok(members) };
			start_after = Some(last.clone());
			members.extend(page.into_iter().map(|(account, role)| (account, format!("{role:?}"))));
		}
	}

	/// The organisation `account` belongs to, and its role there (as the runtime names it).
	pub async fn organization_of(
		&self,
		account: AccountId,
	) -> Result<Option<(u32, String)>, Error> {
		let call = runtime::apis().organizations_api().organization_of(account);
		let found = self.runtime().await?.call(call).await?;
		Ok(found.map(|(org, role)| (org, format!("{role:?}"))))
	}
}
