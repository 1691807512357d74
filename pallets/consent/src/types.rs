//! Consent's records, after HL7 FHIR `Consent` (grants) and `AuditEvent` (the access log).
//!
//! Every type here is generic over plain account, block-number and bound types (not over
//! the pallet's `Config`), so the runtime API returns them as stored; the pallet names its
//! concrete versions with the `*Of<T>` aliases.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use core::fmt::Debug;
use frame_support::{
	traits::Get, BoundedVec, CloneNoBound, DebugNoBound, EqNoBound, PartialEqNoBound,
};
use frame_system::pallet_prelude::BlockNumberFor;
use healthchain_primitives::{
	AccessBasis, AccessRequest, ConsentAction, ConsentError, ConsentId, MemberRole, Moment, OrgId,
	PurposeOfUse, RecordCategory, RecordId,
};
use scale_info::TypeInfo;
use sp_core::H256;
use sp_runtime::traits::{BlakeTwo256, Hash};

/// Who a grant lets in (FHIR `Consent.provision.actor`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub enum Grantee<AccountId> {
	/// Every member of an organisation, while they act for it.
	Organization(OrgId),
	/// One account, whatever organisation it acts for.
	Account(AccountId),
}

/// What a grant lets the grantee do (FHIR `Consent.provision.action`). At least one is true.
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
pub struct ConsentActions {
	/// See the patient's records.
	pub read: bool,
	/// Add records (or new versions of records) for the patient.
	pub write: bool,
}

impl ConsentActions {
	/// Read only.
	pub const READ: Self = Self { read: true, write: false };
	/// Write only.
	pub const WRITE: Self = Self { read: false, write: true };
	/// Read and write.
	pub const READ_WRITE: Self = Self { read: true, write: true };

	/// Whether these actions include `action`.
	pub fn permits(&self, action: ConsentAction) -> bool {
		match action {
			ConsentAction::Read => self.read,
			ConsentAction::Write => self.write,
		}
	}

	/// Whether at least one action is allowed.
	pub fn any(&self) -> bool {
		self.read || self.write
	}
}

/// Which of the patient's record categories a grant covers (FHIR `Consent.provision.class`).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCategories))]
pub enum CategoryScope<MaxCategories: Get<u32>> {
	/// Every category, including those added later.
	All,
	/// Only these categories: at least one, each at most once.
	Only(BoundedVec<RecordCategory, MaxCategories>),
}

impl<MaxCategories: Get<u32>> CategoryScope<MaxCategories> {
	/// Whether the scope includes `category`.
	pub fn covers(&self, category: RecordCategory) -> bool {
		match self {
			Self::All => true,
			Self::Only(categories) => categories.contains(&category),
		}
	}

	/// Whether a category is listed more than once.
	pub fn has_duplicates(&self) -> bool {
		let Self::Only(categories) = self else { return false };
		categories.iter().enumerate().any(|(position, category)| {
			categories.iter().skip(position.saturating_add(1)).any(|other| other == category)
		})
	}
}

/// The terms a patient (or delegate) grants: the argument of the `grant` call.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCategories))]
pub struct ConsentTerms<AccountId: Clone + PartialEq + Eq + Debug, MaxCategories: Get<u32>> {
	/// Who is let in.
	pub grantee: Grantee<AccountId>,
	/// Read, write or both.
	pub actions: ConsentActions,
	/// Which record categories.
	pub categories: CategoryScope<MaxCategories>,
	/// For which purpose; a request must name exactly this purpose to be covered.
	pub purpose: PurposeOfUse,
	/// When the grant starts to permit access (ms since the Unix epoch); `None`: now.
	pub valid_from: Option<Moment>,
	/// When it stops (exclusive); `None`: until revoked.
	pub valid_until: Option<Moment>,
}

/// A grant's status (FHIR `Consent.status`).
///
/// Storage holds `Active` or `Revoked`; `Expired` is worked out from the period at the time
/// of asking (see [`ConsentGrant::status_at`]), so nothing has to visit a grant when it ends.
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
pub enum ConsentStatus {
	/// In force (or not yet started: see [`ConsentGrant::check_at`]).
	Active,
	/// Revoked by the patient or a delegate; permits nothing from the moment of revocation.
	Revoked,
	/// Its period has ended.
	Expired,
}

/// One consent grant of a patient, as stored. The full history stays: a revoked or expired
/// grant is never deleted.
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCategories))]
// The bounds the `NoBound` derives need sit on the struct; the SCALE derives add where-clauses
// for the same parameters, which this lint counts as a second place.
#[allow(clippy::multiple_bound_locations)]
pub struct ConsentGrant<
	AccountId: Clone + PartialEq + Eq + Debug,
	BlockNumber: Clone + PartialEq + Eq + Debug,
	MaxCategories: Get<u32>,
> {
	/// The patient whose records the grant opens (FHIR `Consent.subject`).
	pub patient: AccountId,
	/// Who signed it: the patient or one of the patient's delegates (FHIR `Consent.grantor`).
	pub granted_by: AccountId,
	/// Who is let in.
	pub grantee: Grantee<AccountId>,
	/// Read, write or both.
	pub actions: ConsentActions,
	/// Which record categories.
	pub categories: CategoryScope<MaxCategories>,
	/// For which purpose.
	pub purpose: PurposeOfUse,
	/// Start of the period (inclusive), ms since the Unix epoch.
	pub valid_from: Moment,
	/// End of the period (exclusive); `None`: until revoked.
	pub valid_until: Option<Moment>,
	/// `Active` or `Revoked` in storage; see [`Self::status_at`] for the status now.
	pub status: ConsentStatus,
	/// When it was granted.
	pub created_at: Moment,
	/// The block it was granted in.
	pub created_block: BlockNumber,
	/// When it was revoked, if it was.
	pub revoked_at: Option<Moment>,
	/// Who revoked it, if anyone did.
	pub revoked_by: Option<AccountId>,
	/// The grant's place in its patient's history ([`crate::PatientGrantAt`]).
	pub index: u32,
}

impl<
		AccountId: Clone + PartialEq + Eq + Debug,
		BlockNumber: Clone + PartialEq + Eq + Debug,
		MaxCategories: Get<u32>,
	> ConsentGrant<AccountId, BlockNumber, MaxCategories>
{
	/// The status at `now`: `Revoked` once revoked, `Expired` from `valid_until` on,
	/// `Active` otherwise (including before `valid_from`).
	pub fn status_at(&self, now: Moment) -> ConsentStatus {
		stored_status_at(self.status, self.valid_until, now)
	}

	/// Whether the grant permits what it covers at `now`.
	///
	/// # Errors
	///
	/// [`ConsentError::ConsentRevoked`], [`ConsentError::ConsentExpired`] or
	/// [`ConsentError::ConsentNotYetValid`]: why it does not.
	pub fn check_at(&self, now: Moment) -> Result<(), ConsentError> {
		check_status(self.status_at(now), self.valid_from, now)
	}

	/// Whether the grant can never permit anything again (revoked or expired at `now`).
	pub fn has_ended_at(&self, now: Moment) -> bool {
		self.status_at(now) != ConsentStatus::Active
	}

	/// Whether the grant is about `request`, whatever its status and period: same patient;
	/// the grantee is the accessor's organisation or the accessor itself; the action, the
	/// category and (exactly) the purpose are included.
	pub fn covers(&self, request: &AccessRequest<AccountId>) -> bool {
		self.patient == request.patient
			&& terms_cover(&self.grantee, self.actions, &self.categories, self.purpose, request)
	}

	/// When the grant ended (was revoked, or its period ran out), if it has by `now`.
	pub fn ended_at(&self, now: Moment) -> Option<Moment> {
		let expired = self.valid_until.filter(|until| *until <= now);
		match (self.revoked_at, expired) {
			(Some(revoked), Some(expired)) => Some(revoked.min(expired)),
			(revoked, expired) => revoked.or(expired),
		}
	}

	/// The grant's entry, as grant `id`, in its patient's live list ([`LiveGrant`]): its
	/// terms, and whether it is revoked.
	pub fn live_grant(&self, id: ConsentId) -> LiveGrant<AccountId, MaxCategories> {
		LiveGrant {
			id,
			grantee: self.grantee.clone(),
			actions: self.actions,
			categories: self.categories.clone(),
			purpose: self.purpose,
			valid_from: self.valid_from,
			valid_until: self.valid_until,
			revoked: self.status == ConsentStatus::Revoked,
		}
	}
}

/// What a consent check needs of one grant: an entry of the patient's live list.
///
/// The live list keeps these entries for all of a patient's live grants in one storage value,
/// so that a check reads one value, whose proof is a fraction of that of one read per grant.
/// [`ConsentGrant`] (in `Grants`) stays the full record; each entry mirrors its grant's terms
/// and revocation ([`ConsentGrant::live_grant`]).
#[derive(
	Encode,
	Decode,
	DecodeWithMemTracking,
	MaxEncodedLen,
	TypeInfo,
	CloneNoBound,
	PartialEqNoBound,
	EqNoBound,
	DebugNoBound,
)]
#[scale_info(skip_type_params(MaxCategories))]
pub struct LiveGrant<AccountId: Clone + PartialEq + Eq + Debug, MaxCategories: Get<u32>> {
	/// The grant's id (its full record is `Grants[id]`).
	pub id: ConsentId,
	/// Who is let in.
	pub grantee: Grantee<AccountId>,
	/// Read, write or both.
	pub actions: ConsentActions,
	/// Which record categories.
	pub categories: CategoryScope<MaxCategories>,
	/// For which purpose.
	pub purpose: PurposeOfUse,
	/// Start of the period (inclusive), ms since the Unix epoch.
	pub valid_from: Moment,
	/// End of the period (exclusive); `None`: until revoked.
	pub valid_until: Option<Moment>,
	/// Whether the grant is revoked.
	pub revoked: bool,
}

impl<AccountId: Clone + PartialEq + Eq + Debug, MaxCategories: Get<u32>>
	LiveGrant<AccountId, MaxCategories>
{
	/// The status at `now`, as [`ConsentGrant::status_at`] of the grant's record.
	pub fn status_at(&self, now: Moment) -> ConsentStatus {
		let stored = if self.revoked { ConsentStatus::Revoked } else { ConsentStatus::Active };
		stored_status_at(stored, self.valid_until, now)
	}

	/// Whether the grant permits what it covers at `now`, as [`ConsentGrant::check_at`].
	///
	/// # Errors
	///
	/// [`ConsentError::ConsentRevoked`], [`ConsentError::ConsentExpired`] or
	/// [`ConsentError::ConsentNotYetValid`]: why it does not.
	pub fn check_at(&self, now: Moment) -> Result<(), ConsentError> {
		check_status(self.status_at(now), self.valid_from, now)
	}

	/// Whether the grant can never permit anything again (revoked or expired at `now`).
	pub fn has_ended_at(&self, now: Moment) -> bool {
		self.status_at(now) != ConsentStatus::Active
	}

	/// Whether the grant is about `request`, whatever its status and period, given that it is
	/// a grant of `request.patient` (the live list it was read from is that patient's): as
	/// [`ConsentGrant::covers`].
	pub fn covers(&self, request: &AccessRequest<AccountId>) -> bool {
		terms_cover(&self.grantee, self.actions, &self.categories, self.purpose, request)
	}
}

/// The status at `now` of a grant stored as `stored` (`Active` or `Revoked`) whose period
/// ends at `valid_until`: `Expired` from `valid_until` on, unless revoked.
fn stored_status_at(
	stored: ConsentStatus,
	valid_until: Option<Moment>,
	now: Moment,
) -> ConsentStatus {
	let period_ended = valid_until.is_some_and(|until| until <= now);
	match stored {
		ConsentStatus::Active if period_ended => ConsentStatus::Expired,
		status => status,
	}
}

/// Whether a grant with `status` at `now`, whose period starts at `valid_from`, permits at
/// `now`; if not, why: revoked, then expired, then not yet valid.
fn check_status(
	status: ConsentStatus,
	valid_from: Moment,
	now: Moment,
) -> Result<(), ConsentError> {
	match status {
		ConsentStatus::Revoked => Err(ConsentError::ConsentRevoked),
		ConsentStatus::Expired => Err(ConsentError::ConsentExpired),
		ConsentStatus::Active if now < valid_from => Err(ConsentError::ConsentNotYetValid),
		ConsentStatus::Active => Ok(()),
	}
}

/// Whether a grant's terms cover `request`, whoever the patient: the grantee is the accessor's
/// organisation or the accessor itself; the action, the category and (exactly) the purpose are
/// included.
fn terms_cover<AccountId: PartialEq, MaxCategories: Get<u32>>(
	grantee: &Grantee<AccountId>,
	actions: ConsentActions,
	categories: &CategoryScope<MaxCategories>,
	purpose: PurposeOfUse,
	request: &AccessRequest<AccountId>,
) -> bool {
	let grantee_matches = match grantee {
		Grantee::Organization(org) => request.organization == Some(*org),
		Grantee::Account(account) => *account == request.accessor,
	};
	grantee_matches
		&& actions.permits(request.action)
		&& categories.covers(request.category)
		&& purpose == request.purpose
}

/// The role of an account a patient names to act on the patient's behalf.
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
pub enum DelegateKind {
	/// A parent or legal guardian (of a minor, or of an adult who lacks capacity).
	Guardian,
	/// A custodian or representative the patient chose (a relative, a carer).
	Custodian,
}

/// Why a practitioner broke the glass: a code, never a clinical description.
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
pub enum EmergencyReason {
	/// The patient is unconscious.
	Unconscious,
	/// The patient's life is at risk.
	LifeThreatening,
	/// The patient is conscious but cannot communicate consent.
	CannotCommunicate,
	/// Another reason, as a code from the consortium's off-chain code list.
	Other(u16),
}

/// A regulator auditor's finding on a break-glass case.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct BreakGlassReview<AccountId> {
	/// The auditor.
	pub reviewer: AccountId,
	/// The regulator the auditor acts for.
	pub org: OrgId,
	/// Whether the emergency access was justified.
	pub justified: bool,
	/// Hash of the off-chain review report.
	pub finding_hash: H256,
	/// When the review was recorded.
	pub at: Moment,
}

/// An emergency ("break-glass") access: a practitioner opened read access to a patient's
/// records without consent, for a limited time, and must answer for it in a review.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct BreakGlassCase<AccountId> {
	/// The patient.
	pub patient: AccountId,
	/// The practitioner who broke the glass.
	pub accessor: AccountId,
	/// The hospital or clinic the practitioner acted for. The access holds only while the
	/// practitioner still acts for it, in the same role, and it is active.
	pub org: OrgId,
	/// The role the practitioner acted in when the case opened.
	pub role: MemberRole,
	/// Why.
	pub reason: EmergencyReason,
	/// When the case was opened.
	pub opened_at: Moment,
	/// When the emergency access ends by itself (exclusive).
	pub expires_at: Moment,
	/// When the case becomes overdue if nobody has reviewed it.
	pub review_due: Moment,
	/// The review, once recorded.
	pub review: Option<BreakGlassReview<AccountId>>,
}

impl<AccountId> BreakGlassCase<AccountId> {
	/// Whether the emergency access is still open at `now`.
	pub fn is_open_at(&self, now: Moment) -> bool {
		now < self.expires_at
	}

	/// Whether the case is unreviewed past its review deadline at `now`.
	pub fn is_overdue_at(&self, now: Moment) -> bool {
		self.review.is_none() && self.review_due <= now
	}
}

/// One read of a patient's records that consent (or break-glass) permitted (after FHIR
/// `AuditEvent`).
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct AccessLogEntry<AccountId, BlockNumber> {
	/// Who read.
	pub accessor: AccountId,
	/// The organisation the accessor acted for, if any.
	pub org: Option<OrgId>,
	/// The grant or break-glass case that permitted the read.
	pub basis: AccessBasis,
	/// Why.
	pub purpose: PurposeOfUse,
	/// The category read.
	pub category: RecordCategory,
	/// The record read, when one record was named.
	pub record: Option<RecordId>,
	/// When.
	pub at: Moment,
	/// In which block.
	pub block: BlockNumber,
}

/// Where a patient's access log stands: how many entries it has ever had, and the head of
/// the hash chain over all of them.
///
/// Only the newest `MaxAccessLogEntries` entries stay on chain (a ring: entry `i` lives in
/// slot `i % MaxAccessLogEntries`), so the log never fills and no read is ever refused for
/// want of room. Every entry ever written is still accountable: `head` is
/// `blake2_256((previous head, i, entry i).encode())` over all of them from `H256::zero()`,
/// and each `AccessRecorded` event carries the entry and the new head. An archive that kept
/// the events can prove it holds the complete log by recomputing the head; one that lost or
/// altered an entry cannot.
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
	Default,
)]
pub struct AccessLogHead {
	/// Entries ever written: the next entry's index.
	pub entry_count: u64,
	/// The hash chain's head after the last entry (`H256::zero()` before the first).
	pub head: H256,
}

impl AccessLogHead {
	/// The head after appending entry `index` (encoded as `entry`) to a chain at `previous`.
	pub fn chain(previous: H256, index: u64, entry: &impl Encode) -> H256 {
		<BlakeTwo256 as Hash>::hash(&(previous, index, entry).encode())
	}

	/// The index of the oldest entry still on chain, for a ring of `capacity` slots.
	pub fn oldest_kept(&self, capacity: u32) -> u64 {
		self.entry_count.saturating_sub(u64::from(capacity))
	}
}

/// How a patient came to be onboarded: by a member of a care organisation, which gave the
/// account a provider reference so that it can send transactions without holding tokens.
#[derive(
	Encode, Decode, DecodeWithMemTracking, MaxEncodedLen, TypeInfo, Clone, PartialEq, Eq, Debug,
)]
pub struct OnboardingRecord<AccountId, BlockNumber, Ticket> {
	/// The organisation whose member onboarded the patient.
	pub org: OrgId,
	/// The block it happened in.
	pub at: BlockNumber,
	/// The member who onboarded the patient and whose deposit is held for it.
	pub depositor: AccountId,
	/// The deposit held from `depositor` while the patient stays onboarded.
	pub deposit: Ticket,
}

/// How many consent calls an account made in one feeless period.
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
pub struct PeriodUsage<BlockNumber> {
	/// The period: block number divided by `FeelessPeriod`.
	pub period: BlockNumber,
	/// Consent calls made in it.
	pub calls: u32,
}

/// The grant terms the pallet's `grant` call takes.
pub type ConsentTermsOf<T> = ConsentTerms<
	<T as frame_system::Config>::AccountId,
	<T as crate::Config>::MaxCategoriesPerGrant,
>;

/// A category scope with the pallet's bound.
pub type CategoryScopeOf<T> = CategoryScope<<T as crate::Config>::MaxCategoriesPerGrant>;

/// A consent grant as the pallet stores it.
pub type ConsentGrantOf<T> = ConsentGrant<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as crate::Config>::MaxCategoriesPerGrant,
>;

/// One page of a patient's grants, newest first, as `(index, consent id, grant)`, and the
/// `before` of the next page (`None`: the listing is over).
pub type ConsentPageOf<T> = (alloc::vec::Vec<(u32, ConsentId, ConsentGrantOf<T>)>, Option<u32>);

/// An entry of a patient's live list, with the pallet's category bound.
pub type LiveGrantOf<T> =
	LiveGrant<<T as frame_system::Config>::AccountId, <T as crate::Config>::MaxCategoriesPerGrant>;

/// A patient's live list for one grantee as the pallet stores it.
pub type LiveGrantsOf<T> = BoundedVec<LiveGrantOf<T>, <T as crate::Config>::MaxGrantsPerGrantee>;

/// A break-glass case as the pallet stores it.
pub type BreakGlassCaseOf<T> = BreakGlassCase<<T as frame_system::Config>::AccountId>;

/// An access-log entry as the pallet stores it.
pub type AccessLogEntryOf<T> =
	AccessLogEntry<<T as frame_system::Config>::AccountId, BlockNumberFor<T>>;

/// An onboarding record as the pallet stores it.
pub type OnboardingRecordOf<T> = OnboardingRecord<
	<T as frame_system::Config>::AccountId,
	BlockNumberFor<T>,
	<T as crate::Config>::OnboardingDeposit,
>;
