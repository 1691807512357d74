//! The consortium registry: `org show|members`.

use clap::Subcommand;
use healthchain_client::{hashing::to_hex, Error, Healthchain};
use serde_json::json;

use super::{count, Outcome};

#[derive(Subcommand)]
pub enum OrgCommand {
	/// Shows an organisation.
	#[command(after_help = "Example:\n  healthchain org show 0")]
	Show {
		/// The organisation's id.
		id: u32,
	},
	/// Lists an organisation's members and their roles.
	#[command(
		after_help = "Example:\n  healthchain org members 0\n  healthchain org members 0 --json"
	)]
	Members {
		/// The organisation's id.
		id: u32,
	},
}

fn no_organisation(id: u32) -> Outcome {
	Outcome::no(format!("no organisation {id}"), json!({ "id": id, "found": false }))
}

pub async fn org(url: &str, command: OrgCommand) -> Result<Outcome, Error> {
	match command {
		OrgCommand::Members { id } => {
			let chain = Healthchain::connect(url).await?;
			if chain.organization(id).await?.is_none() {
				return Ok(no_organisation(id));
			}
			let members = chain.members(id).await?;
			let mut text = format!("organisation {id}: {}", count(members.len(), "member"));
			for (account, role) in &members {
				text.push_str(&format!("\n  {account}  {role}"));
			}
			let listed: Vec<_> = members
				.iter()
				.map(|(account, role)| json!({ "account": account.to_string(), "role": role }))
				.collect();
			Ok(Outcome::done(text, json!({ "id": id, "found": true, "members": listed })))
		}
		OrgCommand::Show { id } => {
			let chain = Healthchain::connect(url).await?;
			let Some(info) = chain.organization(id).await? else {
				return Ok(no_organisation(id));
			};
			let org = &info.organization;
			Ok(Outcome::done(
				format!(
					"{}\n  status:        {:?}\n  admin:         {}\n  metadata hash: {}\n  registered at: block #{}\n  members:       {}",
					info.describe(),
					org.status,
					org.admin,
					to_hex(&org.metadata_hash.0),
					org.registered_at,
					org.member_count
				),
				json!({
					"id": id, "found": true, "kind": format!("{:?}", org.kind), "status": format!("{:?}", org.status),
					"admin": org.admin.to_string(), "metadataHash": to_hex(&org.metadata_hash.0),
					"registeredAt": org.registered_at, "members": org.member_count,
				}),
			))
		}
	}
}
