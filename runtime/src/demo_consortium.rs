//! The demo consortium of the `development` preset: one organisation of each kind, each with
//! its registered admin and the members its work needs.
//!
//! Every account is a development key derived from the well-known development phrase with
//! a hard junction named after it (`//HospitalAdmin`, `//PharmacyPharmacist`, ...): anyone can
//! sign as it, so it is for development only. The public keys are written out because the
//! runtime cannot derive keys; `runtime/tests/genesis.rs` checks each one against its URI.

use alloc::vec::Vec;

use healthchain_primitives::{MemberRole, OrganizationKind};
use hex_literal::hex;
use pallet_organizations::GenesisOrganization;
use sp_core::crypto::AccountId32;
use sp_runtime::traits::{BlakeTwo256, Hash};

use crate::AccountId;

/// A demo account: the junction of its development URI and its public key.
pub struct DemoAccount {
	/// The URI is `//` followed by this name.
	pub name: &'static str,
	/// The sr25519 public key, which is also the account id.
	pub public: [u8; 32],
}

impl DemoAccount {
	/// The account id.
	pub fn account(&self) -> AccountId {
		AccountId32::new(self.public)
	}
}

/// A demo organisation.
pub struct DemoOrganization {
	/// What it is.
	pub kind: OrganizationKind,
	/// The off-chain registration record it would have; only its hash goes on chain.
	pub record: &'static str,
	/// Its registered admin.
	pub admin: DemoAccount,
	/// Its other members.
	pub members: &'static [(DemoAccount, MemberRole)],
}

/// The demo consortium, in registration order: organisation ids 0 to 10.
pub const DEMO_CONSORTIUM: &[DemoOrganization] = &[
	DemoOrganization {
		kind: OrganizationKind::Hospital,
		record: "Healthchain demo: Example General Hospital",
		admin: DemoAccount {
			name: "HospitalAdmin",
			public: hex!("42fabaf1ac847c8c4b7222d42a519180f3c32d818e437869206b11963d5cc270"),
		},
		members: &[
			(
				DemoAccount {
					name: "HospitalPractitioner",
					public: hex!(
						"e44078c84b9f0cc9b2862dd8bd126a70c90e95db07fb3bdb847c779f23be2f57"
					),
				},
				MemberRole::Practitioner,
			),
			(
				DemoAccount {
					name: "HospitalPharmacist",
					public: hex!(
						"66b26afe429f126d1f6aad57fdf47259312ebd20dd7c42117ae0eaff3e2a9442"
					),
				},
				MemberRole::Pharmacist,
			),
		],
	},
	DemoOrganization {
		kind: OrganizationKind::Clinic,
		record: "Healthchain demo: Example Family Clinic",
		admin: DemoAccount {
			name: "ClinicAdmin",
			public: hex!("9e9cd2931fdc55f1dffa231a7e9a592f05efa4f196eb69c36525f60dafebbc78"),
		},
		members: &[(
			DemoAccount {
				name: "ClinicPractitioner",
				public: hex!("1ebe623617c3efbcf03ece4dce2b3c4fe5c189be258b78da99a12486da14fa0d"),
			},
			MemberRole::Practitioner,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::Laboratory,
		record: "Healthchain demo: Example Diagnostics Laboratory",
		admin: DemoAccount {
			name: "LabAdmin",
			public: hex!("7a3edda35a3286201389527d61094d50df5a803d99516617f05e320d269b8c18"),
		},
		members: &[(
			DemoAccount {
				name: "LabPractitioner",
				public: hex!("e478cf5cb6c30dd693177ed231f1ad23a22874d6447b963e8e9bc02e1563a812"),
			},
			MemberRole::Practitioner,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::Pharmacy,
		record: "Healthchain demo: Example Community Pharmacy",
		admin: DemoAccount {
			name: "PharmacyAdmin",
			public: hex!("60b532867a2507470119ca7d57c04a92fcd0c6c9ed8196b98d99bdcbfa39a924"),
		},
		members: &[(
			DemoAccount {
				name: "PharmacyPharmacist",
				public: hex!("8c6c5e1d1fd53ed574a6b195eadd5f4b99c73c3a0dca7d9747b09d334796123f"),
			},
			MemberRole::Pharmacist,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::Manufacturer,
		record: "Healthchain demo: Example Pharmaceuticals",
		admin: DemoAccount {
			name: "ManufacturerAdmin",
			public: hex!("4e70805733548db7d443a714502947c122b313842d3e70ae0cdd65a1db7b3a00"),
		},
		members: &[
			(
				DemoAccount {
					name: "ManufacturerLogistics",
					public: hex!(
						"d43bdd3713a208cef191cfced7800b2c3863de2a974d533c1aa1b2db01198015"
					),
				},
				MemberRole::Logistics,
			),
			(
				DemoAccount {
					name: "ManufacturerSensor",
					public: hex!(
						"a4e4f04ae41ad6a84aa1b96d66c7c7356e048482fa2c0fc159bfb04d35ff316d"
					),
				},
				MemberRole::Device,
			),
		],
	},
	DemoOrganization {
		kind: OrganizationKind::Distributor,
		record: "Healthchain demo: Example Medical Distribution",
		admin: DemoAccount {
			name: "DistributorAdmin",
			public: hex!("ae7e78ba23bfcc8c0ed3ad2275312404e60603afe35de89e6613a130e0548d1e"),
		},
		members: &[
			(
				DemoAccount {
					name: "DistributorLogistics",
					public: hex!(
						"32dcbd46ac7e9c1092f9b8799bbc8e513cd8b08e9c272ef38a7ff133d59d702d"
					),
				},
				MemberRole::Logistics,
			),
			(
				DemoAccount {
					name: "DistributorSensor",
					public: hex!(
						"9c97b8b893769d12ce5327d158df9c53beffb0e800bcac862bd49a466e5e462a"
					),
				},
				MemberRole::Device,
			),
		],
	},
	DemoOrganization {
		kind: OrganizationKind::EthicsCommittee,
		record: "Healthchain demo: Example Research Ethics Committee",
		admin: DemoAccount {
			name: "EthicsAdmin",
			public: hex!("8070fd60bd99b6b863e4997a836fb33f276efd2af6d1c210c55eb8b1d6b8d142"),
		},
		members: &[(
			DemoAccount {
				name: "EthicsReviewer",
				public: hex!("04fad9d8fe1d6433cec511c97da2c61245504e77288c77064678b016bddabf74"),
			},
			MemberRole::Auditor,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::Regulator,
		record: "Healthchain demo: Example Medicines Agency",
		admin: DemoAccount {
			name: "RegulatorAdmin",
			public: hex!("b8b9d4709d231f81ffa7fc61fd46115d39ea7d14444b5fafaadeff71ede43107"),
		},
		members: &[(
			DemoAccount {
				name: "RegulatorAuditor",
				public: hex!("3a72a13f483b0c1a99ceb5ad167088de316466d184307f9ba9a9fd03e026683b"),
			},
			MemberRole::Auditor,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::TrialSponsor,
		record: "Healthchain demo: Example Trials Sponsor",
		admin: DemoAccount {
			name: "SponsorAdmin",
			public: hex!("30ea0dfe128d37fedf5fe1d871765b80d94d7dc097ff81ffaedd24a161102a0f"),
		},
		members: &[(
			DemoAccount {
				name: "SponsorInvestigator",
				public: hex!("7ae32d5bede0410aecc105c8eb6eb6feea8625d88043999476b7fe766d40502b"),
			},
			MemberRole::Investigator,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::ResearchInstitute,
		record: "Healthchain demo: Example University Research Institute",
		admin: DemoAccount {
			name: "ResearchAdmin",
			public: hex!("3ec701bd6012fb116bd60ba67c84337702feef49bb3a89bc996751da2e2e724f"),
		},
		members: &[(
			DemoAccount {
				name: "ResearchInvestigator",
				public: hex!("d2e1f68e72849175772dafa9bda3ceb71ee89c2b03bc56408c4fcf8046b5fc19"),
			},
			MemberRole::Investigator,
		)],
	},
	DemoOrganization {
		kind: OrganizationKind::Insurer,
		record: "Healthchain demo: Example Health Insurance",
		admin: DemoAccount {
			name: "InsurerAdmin",
			public: hex!("e4c8d516ea57ece171de95e4fa8ff8b1f9398e8cc895f93035e5242cbfc0c96c"),
		},
		members: &[(
			DemoAccount {
				name: "InsurerAuditor",
				public: hex!("ac4aeceb6b4c2d672d09e150c90c3eea29a9387b6832747fefe34fad3532c658"),
			},
			MemberRole::Auditor,
		)],
	},
];

/// Every account of the demo consortium, admins first within each organisation.
pub fn demo_accounts() -> impl Iterator<Item = &'static DemoAccount> {
	DEMO_CONSORTIUM.iter().flat_map(|organization| {
		core::iter::once(&organization.admin)
			.chain(organization.members.iter().map(|(account, _)| account))
	})
}

/// The demo consortium as the registry's genesis config wants it.
pub fn genesis_organizations() -> Vec<GenesisOrganization<AccountId>> {
	DEMO_CONSORTIUM
		.iter()
		.map(|organization| GenesisOrganization {
			kind: organization.kind,
			admin: organization.admin.account(),
			metadata_hash: BlakeTwo256::hash(organization.record.as_bytes()),
			members: organization
				.members
				.iter()
				.map(|(account, role)| (account.account(), *role))
				.collect::<Vec<_>>(),
		})
		.collect::<Vec<_>>()
}
