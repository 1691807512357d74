//! Test doubles of the cross-pallet traits, for pallet mocks (std only).
//!
//! A pallet that asks [`OrganizationRegistry`] in its calls names [`MockRegistry`] in its mock
//! runtime's `Config` and sets up, per test, which accounts act for which organisations:
//!
//! ```
//! use healthchain_primitives::{
//! 	testing::MockRegistry, MemberRole, OrganizationKind, OrganizationRegistry, RegistryError,
//! };
//!
//! const PHARMACIST: u64 = 7;
//! MockRegistry::clear();
//! MockRegistry::set(PHARMACIST, 1, OrganizationKind::Pharmacy, MemberRole::Pharmacist);
//! assert!(<MockRegistry as OrganizationRegistry<u64>>::ensure_acting_as(
//! 	&PHARMACIST,
//! 	&[OrganizationKind::Pharmacy],
//! 	&[MemberRole::Pharmacist],
//! )
//! .is_ok());
//! MockRegistry::suspend(1);
//! assert_eq!(
//! 	<MockRegistry as OrganizationRegistry<u64>>::acting_for(&PHARMACIST),
//! 	Err(RegistryError::OrganizationSuspended),
//! );
//! ```
//!
//! The state is thread-local, and each test runs on its own thread, so tests do not see each
//! other's members. Call [`MockRegistry::clear`] when a thread runs more than one scenario.
//!
//! [`MockConsent`] does the same for [`ConsentProvider`]: a test grants, revokes or expires
//! consent, names delegates and opens break-glass cases, then reads back what was logged.

use crate::organizations::{
	MemberRole, Membership, OrgId, OrganizationKind, OrganizationRegistry, OrganizationStatus,
	RegistryError,
};
#[cfg(feature = "runtime-benchmarks")]
use crate::BreakGlassId;
use crate::{
	consent::{
		AccessBasis, AccessRequest, ConsentAction, ConsentError, ConsentId, ConsentProvider,
		PurposeOfUse, TrialProtocol,
	},
	records::{RecordCategory, RecordId},
};
use codec::Encode;
#[cfg(feature = "runtime-benchmarks")]
use sp_runtime::DispatchError;
use std::{
	any::{type_name, TypeId},
	cell::RefCell,
	collections::BTreeMap,
};

thread_local! {
	/// Encoded account → its membership.
	static MEMBERS: RefCell<BTreeMap<Vec<u8>, Membership>> = const { RefCell::new(BTreeMap::new()) };
	/// Organisation → its kind and status.
	static ORGANIZATIONS: RefCell<BTreeMap<OrgId, (OrganizationKind, OrganizationStatus)>> =
		const { RefCell::new(BTreeMap::new()) };
	/// The account type the double was first used with, to catch `set(1, ..)` (an `i32`)
	/// being asked about with a `u64`: both encode, to different keys.
	static ACCOUNT_TYPE: RefCell<Option<(TypeId, &'static str)>> = const { RefCell::new(None) };
	/// [`MockConsent`]'s state.
	static CONSENT: RefCell<ConsentState> = const { RefCell::new(ConsentState::new()) };
}

/// An in-memory [`OrganizationRegistry`] for any account type that encodes.
///
/// Accounts are keyed by their SCALE encoding, so set them up with the same Rust type the
/// mock runtime uses (`const ALICE: u64 = 1`, not a bare literal, which would be an `i32`);
/// the double panics with a clear message if two account types are mixed.
pub struct MockRegistry;

impl MockRegistry {
	/// Makes `who` a member of `org` with `role`, replacing any membership it had. Creates
	/// `org` as an active organisation of `kind` if it does not exist; otherwise sets its
	/// kind to `kind` and keeps its status.
	pub fn set<AccountId: Encode + 'static>(
		who: AccountId,
		org: OrgId,
		kind: OrganizationKind,
		role: MemberRole,
	) {
		let key = Self::key(&who);
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut()
				.entry(org)
				.and_modify(|(existing_kind, _)| *existing_kind = kind)
				.or_insert((kind, OrganizationStatus::Active));
		});
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role });
		});
	}

	/// Removes `who`'s membership, if any.
	pub fn remove<AccountId: Encode + 'static>(who: AccountId) {
		let key = Self::key(&who);
		MEMBERS.with(|members| {
			members.borrow_mut().remove(&key);
		});
	}

	/// Suspends `org`: its members' [`acting_for`](OrganizationRegistry::acting_for) answers
	/// [`RegistryError::OrganizationSuspended`]. Does nothing for an unknown organisation.
	pub fn suspend(org: OrgId) {
		Self::set_status(org, OrganizationStatus::Suspended);
	}

	/// Reactivates a suspended `org`. Does nothing for an unknown organisation.
	pub fn reactivate(org: OrgId) {
		Self::set_status(org, OrganizationStatus::Active);
	}

	/// Forgets every organisation and member.
	pub fn clear() {
		MEMBERS.with(|members| members.borrow_mut().clear());
		ORGANIZATIONS.with(|orgs| orgs.borrow_mut().clear());
		ACCOUNT_TYPE.with(|account_type| *account_type.borrow_mut() = None);
	}

	/// The kind and status of `org`, if it exists.
	fn status_of(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)> {
		ORGANIZATIONS.with(|orgs| orgs.borrow().get(&org).copied())
	}

	fn set_status(org: OrgId, status: OrganizationStatus) {
		ORGANIZATIONS.with(|orgs| {
			if let Some((_, existing)) = orgs.borrow_mut().get_mut(&org) {
				*existing = status;
			}
		});
	}

	/// The storage key of `who`, after checking it has the account type used so far.
	fn key<AccountId: Encode + 'static>(who: &AccountId) -> Vec<u8> {
		account_key(who)
	}
}

/// `who`'s encoding, after checking it has the account type the doubles were first used with.
fn account_key<AccountId: Encode + 'static>(who: &AccountId) -> Vec<u8> {
	let this = (TypeId::of::<AccountId>(), type_name::<AccountId>());
	let (first_id, first_name) =
		ACCOUNT_TYPE.with(|account_type| *account_type.borrow_mut().get_or_insert(this));
	if first_id != this.0 {
		panic!(
			"test double used with account type {} after {}: give accounts the mock \
			 runtime's AccountId type (e.g. `const ALICE: u64 = 1`)",
			this.1, first_name
		);
	}
	who.encode()
}

impl<AccountId: Encode + 'static> OrganizationRegistry<AccountId> for MockRegistry {
	fn acting_for(who: &AccountId) -> Result<Membership, RegistryError> {
		let key = Self::key(who);
		let membership = MEMBERS
			.with(|members| members.borrow().get(&key).copied())
			.ok_or(RegistryError::NotAMember)?;
		match Self::status_of(membership.org) {
			Some((kind, OrganizationStatus::Active)) => Ok(Membership { kind, ..membership }),
			Some((_, OrganizationStatus::Suspended)) => Err(RegistryError::OrganizationSuspended),
			None => Err(RegistryError::NotAMember),
		}
	}

	fn member_of(who: &AccountId) -> Option<OrgId> {
		let key = Self::key(who);
		MEMBERS.with(|members| members.borrow().get(&key).map(|membership| membership.org))
	}

	fn organization_status(org: OrgId) -> Option<(OrganizationKind, OrganizationStatus)> {
		Self::status_of(org)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn register_for_benchmark(
		kind: OrganizationKind,
		admin: &AccountId,
	) -> Result<OrgId, DispatchError> {
		let key = Self::key(admin);
		if MEMBERS.with(|members| members.borrow().contains_key(&key)) {
			return Err(DispatchError::Other(
				"MockRegistry: admin already belongs to an organisation",
			));
		}
		let org = ORGANIZATIONS
			.with(|orgs| orgs.borrow().keys().next_back().map_or(0, |last| last.saturating_add(1)));
		ORGANIZATIONS.with(|orgs| {
			orgs.borrow_mut().insert(org, (kind, OrganizationStatus::Active));
		});
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role: MemberRole::Admin });
		});
		Ok(org)
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_member_for_benchmark(
		org: OrgId,
		who: &AccountId,
		role: MemberRole,
	) -> Result<(), DispatchError> {
		let key = Self::key(who);
		let (kind, _) = Self::status_of(org)
			.ok_or(DispatchError::Other("MockRegistry: unknown organisation"))?;
		if MEMBERS.with(|members| members.borrow().contains_key(&key)) {
			return Err(DispatchError::Other(
				"MockRegistry: account already belongs to an organisation",
			));
		}
		MEMBERS.with(|members| {
			members.borrow_mut().insert(key, Membership { org, kind, role });
		});
		Ok(())
	}
}

/// Who a [`MockConsent`] grant is to.
#[derive(Clone, PartialEq, Eq, Debug)]
enum MockGrantee {
	Organization(OrgId),
	Account(Vec<u8>),
}

/// The state of a [`MockConsent`] grant, as a test sets it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum MockGrantState {
	/// Permits what it covers.
	Active,
	/// Revoked by the patient.
	Revoked,
	/// Past its period.
	Expired,
	/// Before its period.
	NotYetValid,
}

#[derive(Clone, Debug)]
struct MockGrant {
	id: ConsentId,
	patient: Vec<u8>,
	grantee: MockGrantee,
	action: ConsentAction,
	/// `None`: every category.
	category: Option<RecordCategory>,
	purpose: PurposeOfUse,
	state: MockGrantState,
}

/// One read [`MockConsent::record_read`] logged.
#[derive(Clone, PartialEq, Eq, Debug)]
pub struct MockRead {
	/// The accessor's encoded account.
	pub accessor: Vec<u8>,
	/// What permitted the read.
	pub basis: AccessBasis,
	/// The record read, if one was named.
	pub record: Option<RecordId>,
}

struct ConsentState {
	next_id: ConsentId,
	grants: Vec<MockGrant>,
	/// (patient, delegate), encoded.
	delegates: Vec<(Vec<u8>, Vec<u8>)>,
	/// (patient, accessor, case id), encoded: open break-glass cases.
	break_glass: Vec<(Vec<u8>, Vec<u8>, u64)>,
	/// (patient, read), in order.
	log: Vec<(Vec<u8>, MockRead)>,
	rate_exceeded: bool,
}

impl ConsentState {
	const fn new() -> Self {
		Self {
			next_id: 0,
			grants: Vec::new(),
			delegates: Vec::new(),
			break_glass: Vec::new(),
			log: Vec::new(),
			rate_exceeded: false,
		}
	}

	fn next_id(&mut self) -> u64 {
		let id = self.next_id;
		self.next_id = self.next_id.saturating_add(1);
		id
	}
}

/// An in-memory [`ConsentProvider`] for any account type that encodes, keyed like
/// [`MockRegistry`] (use the mock runtime's account type).
///
/// A grant covers a request when patient, grantee (the accessor's organisation or the
/// accessor itself), action, category (or every category) and purpose all match. If several
/// match, an active one permits; otherwise the first one's state is the refusal.
pub struct MockConsent;

impl MockConsent {
	/// Grants `org`'s members `action` on `patient`'s records of `category` (`None`: every
	/// category) for `purpose`; returns the grant's id.
	pub fn grant_to_organization<AccountId: Encode + 'static>(
		patient: AccountId,
		org: OrgId,
		action: ConsentAction,
		category: Option<RecordCategory>,
		purpose: PurposeOfUse,
	) -> ConsentId {
		Self::insert(&patient, MockGrantee::Organization(org), action, category, purpose)
	}

	/// Grants the account `grantee` `action` on `patient`'s records, as
	/// [`grant_to_organization`](Self::grant_to_organization) does for an organisation.
	pub fn grant_to_account<AccountId: Encode + 'static>(
		patient: AccountId,
		grantee: AccountId,
		action: ConsentAction,
		category: Option<RecordCategory>,
		purpose: PurposeOfUse,
	) -> ConsentId {
		let grantee = MockGrantee::Account(account_key(&grantee));
		Self::insert(&patient, grantee, action, category, purpose)
	}

	/// Sets the state of grant `id` (revoked, expired, ...). Does nothing for an unknown id.
	pub fn set_state(id: ConsentId, state: MockGrantState) {
		CONSENT.with(|consent| {
			if let Some(grant) = consent.borrow_mut().grants.iter_mut().find(|g| g.id == id) {
				grant.state = state;
			}
		});
	}

	/// Names `delegate` a delegate of `patient`.
	pub fn add_delegate<AccountId: Encode + 'static>(patient: AccountId, delegate: AccountId) {
		let pair = (account_key(&patient), account_key(&delegate));
		CONSENT.with(|consent| consent.borrow_mut().delegates.push(pair));
	}

	/// Opens a break-glass case: `accessor` may read every category of `patient`'s records
	/// for [`PurposeOfUse::Emergency`]. Returns the case id.
	pub fn open_break_glass<AccountId: Encode + 'static>(
		patient: AccountId,
		accessor: AccountId,
	) -> u64 {
		let (patient, accessor) = (account_key(&patient), account_key(&accessor));
		CONSENT.with(|consent| {
			let mut consent = consent.borrow_mut();
			let id = consent.next_id();
			consent.break_glass.push((patient, accessor, id));
			id
		})
	}

	/// Makes [`record_read`](ConsentProvider::record_read) fail with
	/// [`ConsentError::ReadRateExceeded`] (or succeed again).
	pub fn set_read_rate_exceeded(exceeded: bool) {
		CONSENT.with(|consent| consent.borrow_mut().rate_exceeded = exceeded);
	}

	/// The reads logged for `patient`, oldest first.
	pub fn reads_of<AccountId: Encode + 'static>(patient: AccountId) -> Vec<MockRead> {
		let patient = account_key(&patient);
		CONSENT.with(|consent| {
			consent
				.borrow()
				.log
				.iter()
				.filter(|(p, _)| *p == patient)
				.map(|(_, read)| read.clone())
				.collect()
		})
	}

	/// Forgets every grant, delegate, case and logged read.
	pub fn clear() {
		CONSENT.with(|consent| *consent.borrow_mut() = ConsentState::new());
	}

	fn insert<AccountId: Encode + 'static>(
		patient: &AccountId,
		grantee: MockGrantee,
		action: ConsentAction,
		category: Option<RecordCategory>,
		purpose: PurposeOfUse,
	) -> ConsentId {
		let patient = account_key(patient);
		CONSENT.with(|consent| {
			let mut consent = consent.borrow_mut();
			let id = consent.next_id();
			let state = MockGrantState::Active;
			consent.grants.push(MockGrant {
				id,
				patient,
				grantee,
				action,
				category,
				purpose,
				state,
			});
			id
		})
	}

	/// The outcome for the grants matching `matches`: an active one, else the first's refusal.
	fn decide(matches: impl Fn(&MockGrant) -> bool) -> Result<ConsentId, ConsentError> {
		CONSENT.with(|consent| {
			let consent = consent.borrow();
			let mut matching = consent.grants.iter().filter(|grant| matches(grant)).peekable();
			let first = matching.peek().map(|grant| grant.state);
			if let Some(active) = matching.find(|grant| grant.state == MockGrantState::Active) {
				return Ok(active.id);
			}
			Err(match first {
				None | Some(MockGrantState::Active) => ConsentError::NoConsent,
				Some(MockGrantState::Revoked) => ConsentError::ConsentRevoked,
				Some(MockGrantState::Expired) => ConsentError::ConsentExpired,
				Some(MockGrantState::NotYetValid) => ConsentError::ConsentNotYetValid,
			})
		})
	}
}

impl<AccountId: Encode + 'static> ConsentProvider<AccountId> for MockConsent {
	fn permission(request: &AccessRequest<AccountId>) -> Result<AccessBasis, ConsentError> {
		let patient = account_key(&request.patient);
		let accessor = account_key(&request.accessor);
		let by_consent = Self::decide(|grant| {
			grant.patient == patient
				&& match &grant.grantee {
					MockGrantee::Organization(org) => request.organization == Some(*org),
					MockGrantee::Account(account) => *account == accessor,
				} && grant.action == request.action
				&& grant.category.is_none_or(|category| category == request.category)
				&& grant.purpose == request.purpose
		});
		if by_consent.is_err()
			&& request.action == ConsentAction::Read
			&& request.purpose == PurposeOfUse::Emergency
		{
			let case = CONSENT.with(|consent| {
				consent
					.borrow()
					.break_glass
					.iter()
					.find(|(p, a, _)| *p == patient && *a == accessor)
					.map(|(_, _, id)| *id)
			});
			if let Some(case) = case {
				return Ok(AccessBasis::BreakGlass(case));
			}
		}
		by_consent.map(AccessBasis::Consent)
	}

	fn record_read(
		request: &AccessRequest<AccountId>,
		record: Option<RecordId>,
	) -> Result<AccessBasis, ConsentError> {
		let basis = <Self as ConsentProvider<AccountId>>::permission(request)?;
		if CONSENT.with(|consent| consent.borrow().rate_exceeded) {
			return Err(ConsentError::ReadRateExceeded);
		}
		let read = MockRead { accessor: account_key(&request.accessor), basis, record };
		let patient = account_key(&request.patient);
		CONSENT.with(|consent| consent.borrow_mut().log.push((patient, read)));
		Ok(basis)
	}

	fn acts_for_patient(who: &AccountId, patient: &AccountId) -> bool {
		let (who, patient) = (account_key(who), account_key(patient));
		who == patient
			|| CONSENT.with(|consent| {
				consent.borrow().delegates.iter().any(|(p, d)| *p == patient && *d == who)
			})
	}

	fn research_consent(
		participant: &AccountId,
		trial: TrialProtocol,
		sponsor: OrgId,
	) -> Result<ConsentId, ConsentError> {
		let participant = account_key(participant);
		Self::decide(|grant| {
			grant.patient == participant
				&& grant.grantee == MockGrantee::Organization(sponsor)
				&& grant.action == ConsentAction::Read
				&& grant.purpose == PurposeOfUse::Research(Some(trial))
		})
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn grant_for_benchmark(request: &AccessRequest<AccountId>) -> Result<ConsentId, DispatchError> {
		let grantee = match request.organization {
			Some(org) => MockGrantee::Organization(org),
			None => MockGrantee::Account(account_key(&request.accessor)),
		};
		Ok(Self::insert(
			&request.patient,
			grantee,
			request.action,
			Some(request.category),
			request.purpose,
		))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn break_glass_for_benchmark(
		patient: &AccountId,
		accessor: &AccountId,
	) -> Result<BreakGlassId, DispatchError> {
		let (patient, accessor) = (account_key(patient), account_key(accessor));
		Ok(CONSENT.with(|consent| {
			let mut consent = consent.borrow_mut();
			let id = consent.next_id();
			consent.break_glass.push((patient, accessor, id));
			id
		}))
	}

	#[cfg(feature = "runtime-benchmarks")]
	fn add_delegate_for_benchmark(
		patient: &AccountId,
		delegate: &AccountId,
	) -> Result<(), DispatchError> {
		let pair = (account_key(patient), account_key(delegate));
		CONSENT.with(|consent| consent.borrow_mut().delegates.push(pair));
		Ok(())
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	const ALICE: u64 = 1;
	const BOB: u64 = 2;

	fn acting_for(who: u64) -> Result<Membership, RegistryError> {
		<MockRegistry as OrganizationRegistry<u64>>::acting_for(&who)
	}

	fn request(action: ConsentAction, purpose: PurposeOfUse) -> AccessRequest<u64> {
		AccessRequest {
			patient: ALICE,
			accessor: BOB,
			organization: Some(1),
			action,
			category: RecordCategory::LaboratoryReport,
			purpose,
		}
	}

	fn permission(request: &AccessRequest<u64>) -> Result<AccessBasis, ConsentError> {
		<MockConsent as ConsentProvider<u64>>::permission(request)
	}

	#[test]
	fn a_grant_to_the_organisation_permits_its_members_access() {
		MockConsent::clear();
		let read = request(ConsentAction::Read, PurposeOfUse::Treatment);
		assert_eq!(permission(&read), Err(ConsentError::NoConsent));
		let id = MockConsent::grant_to_organization(
			ALICE,
			1,
			ConsentAction::Read,
			None,
			PurposeOfUse::Treatment,
		);
		assert_eq!(permission(&read), Ok(AccessBasis::Consent(id)));
		assert_eq!(
			permission(&request(ConsentAction::Write, PurposeOfUse::Treatment)),
			Err(ConsentError::NoConsent)
		);
		assert_eq!(
			permission(&request(ConsentAction::Read, PurposeOfUse::Payment)),
			Err(ConsentError::NoConsent)
		);
	}

	#[test]
	fn a_revoked_or_expired_grant_refuses_with_its_reason() {
		MockConsent::clear();
		let read = request(ConsentAction::Read, PurposeOfUse::Treatment);
		let id = MockConsent::grant_to_account(
			ALICE,
			BOB,
			ConsentAction::Read,
			Some(RecordCategory::LaboratoryReport),
			PurposeOfUse::Treatment,
		);
		MockConsent::set_state(id, MockGrantState::Revoked);
		assert_eq!(permission(&read), Err(ConsentError::ConsentRevoked));
		MockConsent::set_state(id, MockGrantState::Expired);
		assert_eq!(permission(&read), Err(ConsentError::ConsentExpired));
	}

	#[test]
	fn break_glass_permits_emergency_reads_only() {
		MockConsent::clear();
		let case = MockConsent::open_break_glass(ALICE, BOB);
		assert_eq!(
			permission(&request(ConsentAction::Read, PurposeOfUse::Emergency)),
			Ok(AccessBasis::BreakGlass(case))
		);
		assert_eq!(
			permission(&request(ConsentAction::Write, PurposeOfUse::Emergency)),
			Err(ConsentError::NoConsent)
		);
	}

	#[test]
	fn record_read_logs_only_permitted_reads() {
		MockConsent::clear();
		let read = request(ConsentAction::Read, PurposeOfUse::Treatment);
		assert!(<MockConsent as ConsentProvider<u64>>::record_read(&read, Some(9)).is_err());
		let id =
			MockConsent::grant_to_organization(ALICE, 1, ConsentAction::Read, None, read.purpose);
		assert_eq!(
			<MockConsent as ConsentProvider<u64>>::record_read(&read, Some(9)),
			Ok(AccessBasis::Consent(id))
		);
		MockConsent::set_read_rate_exceeded(true);
		assert_eq!(
			<MockConsent as ConsentProvider<u64>>::record_read(&read, None),
			Err(ConsentError::ReadRateExceeded)
		);
		assert_eq!(
			MockConsent::reads_of(ALICE),
			vec![MockRead {
				accessor: BOB.encode(),
				basis: AccessBasis::Consent(id),
				record: Some(9)
			}]
		);
	}

	#[test]
	fn delegates_act_for_their_patient_only() {
		MockConsent::clear();
		MockConsent::add_delegate(ALICE, BOB);
		let acts = <MockConsent as ConsentProvider<u64>>::acts_for_patient;
		assert!(acts(&ALICE, &ALICE));
		assert!(acts(&BOB, &ALICE));
		assert!(!acts(&ALICE, &BOB));
	}

	#[test]
	fn research_consent_is_for_one_protocol_version() {
		MockConsent::clear();
		let v1 = TrialProtocol { trial: 4, protocol_version: 1 };
		let v2 = TrialProtocol { trial: 4, protocol_version: 2 };
		let id = MockConsent::grant_to_organization(
			ALICE,
			1,
			ConsentAction::Read,
			None,
			PurposeOfUse::Research(Some(v1)),
		);
		let research = <MockConsent as ConsentProvider<u64>>::research_consent;
		assert_eq!(research(&ALICE, v1, 1), Ok(id));
		assert_eq!(research(&ALICE, v2, 1), Err(ConsentError::NoConsent));
	}

	#[test]
	fn research_consent_is_to_the_sponsor_and_allows_reading() {
		MockConsent::clear();
		let trial = TrialProtocol { trial: 4, protocol_version: 1 };
		let purpose = PurposeOfUse::Research(Some(trial));
		MockConsent::grant_to_organization(ALICE, 2, ConsentAction::Read, None, purpose);
		MockConsent::grant_to_organization(ALICE, 1, ConsentAction::Write, None, purpose);
		MockConsent::grant_to_account(ALICE, BOB, ConsentAction::Read, None, purpose);
		let research = <MockConsent as ConsentProvider<u64>>::research_consent;
		assert_eq!(research(&ALICE, trial, 1), Err(ConsentError::NoConsent));
		let to_sponsor =
			MockConsent::grant_to_organization(ALICE, 1, ConsentAction::Read, None, purpose);
		assert_eq!(research(&ALICE, trial, 1), Ok(to_sponsor));
	}

	#[test]
	fn unknown_account_is_not_a_member() {
		MockRegistry::clear();
		assert_eq!(acting_for(ALICE), Err(RegistryError::NotAMember));
	}

	#[test]
	fn set_member_acts_for_its_organisation() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 3, OrganizationKind::Laboratory, MemberRole::Device);
		assert_eq!(
			acting_for(ALICE),
			Ok(Membership { org: 3, kind: OrganizationKind::Laboratory, role: MemberRole::Device })
		);
	}

	#[test]
	fn suspension_and_reactivation_apply_to_every_member() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Hospital, MemberRole::Admin);
		MockRegistry::set(BOB, 1, OrganizationKind::Hospital, MemberRole::Practitioner);
		MockRegistry::suspend(1);
		assert_eq!(acting_for(ALICE), Err(RegistryError::OrganizationSuspended));
		assert_eq!(acting_for(BOB), Err(RegistryError::OrganizationSuspended));
		MockRegistry::reactivate(1);
		assert!(acting_for(BOB).is_ok());
	}

	#[test]
	fn ensure_acting_as_checks_kind_then_role() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Pharmacy, MemberRole::Pharmacist);
		let ensure = |kinds: &[OrganizationKind], roles: &[MemberRole]| {
			<MockRegistry as OrganizationRegistry<u64>>::ensure_acting_as(&ALICE, kinds, roles)
		};
		assert!(ensure(&[], &[]).is_ok());
		assert_eq!(
			ensure(&[OrganizationKind::Hospital], &[MemberRole::Auditor]),
			Err(RegistryError::WrongOrganizationKind)
		);
		assert_eq!(
			ensure(&[OrganizationKind::Pharmacy], &[MemberRole::Auditor]),
			Err(RegistryError::WrongRole)
		);
		assert!(ensure(
			&[OrganizationKind::Hospital, OrganizationKind::Pharmacy],
			&[MemberRole::Pharmacist]
		)
		.is_ok());
	}

	#[test]
	fn removed_member_is_not_a_member() {
		MockRegistry::clear();
		MockRegistry::set(ALICE, 1, OrganizationKind::Clinic, MemberRole::Practitioner);
		MockRegistry::remove(ALICE);
		assert_eq!(acting_for(ALICE), Err(RegistryError::NotAMember));
	}

	#[test]
	#[should_panic(expected = "test double used with account type")]
	fn mixing_account_types_panics() {
		MockRegistry::clear();
		MockRegistry::set(1i32, 1, OrganizationKind::Clinic, MemberRole::Practitioner);
		let _ = acting_for(ALICE);
	}
}
