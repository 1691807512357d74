//! Benchmarks of every call, each in its worst case.
//!
//! No call's cost depends on how many records exist or how many a patient has: a patient's
//! next index is one counter, a hash is one key. What does vary is the size of what is read
//! and written, so every locator and key reference is `MaxLocatorLength` bytes long, and the
//! one collection a call walks, a record's version chain, is as long as the call allows
//! (`MaxVersions` for `erase`, `MaxVersions - 1` before `amend`). The registry and consent
//! checks take their most expensive branch: an organisation's practitioner with the
//! patient's consent, a patient's delegate. Consent's own worst case is set up through
//! `ConsentProvider::grant_for_benchmark` (the permitting grant last in a full list), so in
//! the runtime, where the real consent pallet answers, each benchmark measures the whole
//! call, consent's reads and writes included, and nothing is added on top.

use super::*;
use alloc::vec;
use frame_benchmarking::v2::*;
use frame_support::traits::Get;
use frame_system::RawOrigin;
use healthchain_primitives::ConsentId;
use sp_core::H256;

const SEED: u32 = 0;

fn assert_last_event<T: Config>(event: Event<T>) {
	frame_system::Pallet::<T>::assert_last_event(event.into());
}

/// A locator (or key reference) of the longest allowed length.
fn longest_locator<T: Config>() -> Result<Locator<T>, BenchmarkError> {
	let longest = vec![b'x'; T::MaxLocatorLength::get() as usize];
	Locator::<T>::try_from(longest)
		.map_err(|_| BenchmarkError::Stop("a locator longer than MaxLocatorLength"))
}

/// The `index`-th document hash of a benchmark.
fn document(index: u32) -> H256 {
	let mut bytes = [0u8; 32];
	bytes[..4].copy_from_slice(&index.to_be_bytes());
	bytes[31] = 1;
	H256(bytes)
}

/// The care organisation `practitioner` writes for as a `Practitioner`: a hospital registered
/// for it, or the one it already acts for. A runtime wipes its storage after every
/// benchmark, but the mock registry of the test suite keeps its members from one benchmark
/// to the next, so every benchmark uses the same practitioner account (the whitelisted
/// caller).
fn hospital_of<T: Config>(practitioner: &T::AccountId) -> Result<OrgId, BenchmarkError> {
	if let Ok(membership) = T::Registry::acting_for(practitioner) {
		return Ok(membership.org);
	}
	let admin: T::AccountId = account("admin", 0, SEED);
	let org = T::Registry::register_for_benchmark(OrganizationKind::Hospital, &admin)?;
	T::Registry::add_member_for_benchmark(org, practitioner, MemberRole::Practitioner)?;
	Ok(org)
}

/// Makes a consent grant permit `org`'s member `accessor` to `action` `patient`'s clinical
/// notes for treatment; returns the grant's id.
fn permit<T: Config>(
	patient: &T::AccountId,
	accessor: &T::AccountId,
	org: OrgId,
	action: ConsentAction,
) -> Result<ConsentId, BenchmarkError> {
	let request = AccessRequest {
		patient: patient.clone(),
		accessor: accessor.clone(),
		organization: Some(org),
		action,
		category: RecordCategory::ClinicalNote,
		purpose: PurposeOfUse::Treatment,
	};
	T::Consent::grant_for_benchmark(&request).map_err(BenchmarkError::from)
}

/// The hospital of `practitioner`, which holds consent to write `patient`'s clinical notes.
fn writer<T: Config>(
	practitioner: &T::AccountId,
	patient: &T::AccountId,
) -> Result<OrgId, BenchmarkError> {
	let org = hospital_of::<T>(practitioner)?;
	permit::<T>(patient, practitioner, org, ConsentAction::Write)?;
	Ok(org)
}

/// A clinical note `practitioner` wrote for `patient`, in a chain of `versions` versions
/// (at least 1) with the longest locators and key references; returns its latest version.
fn chain<T: Config>(
	practitioner: &T::AccountId,
	patient: &T::AccountId,
	versions: u32,
) -> Result<RecordId, BenchmarkError> {
	let mut latest = Pallet::<T>::do_anchor(
		practitioner.clone(),
		patient.clone(),
		RecordCategory::ClinicalNote,
		document(0),
		HashAlgorithm::Sha2_256,
		longest_locator::<T>()?,
		Some(longest_locator::<T>()?),
	)?;
	for index in 1..versions {
		latest = Pallet::<T>::do_amend(
			practitioner.clone(),
			latest,
			document(index),
			HashAlgorithm::Sha2_256,
			longest_locator::<T>()?,
			Some(longest_locator::<T>()?),
		)?;
	}
	Ok(latest)
}

#[benchmarks]
mod benchmarks {
	use super::*;

	// Worst case: an organisation's practitioner (registry and consent asked), the longest
	// locator and key reference. The patient's record count is one counter, so how many
	// records the patient already has does not matter.
	#[benchmark]
	fn anchor() -> Result<(), BenchmarkError> {
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		let org = writer::<T>(&practitioner, &patient)?;
		let locator = longest_locator::<T>()?;
		let key_reference = Some(longest_locator::<T>()?);
		let record = NextRecordId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(practitioner),
			patient.clone(),
			RecordCategory::ClinicalNote,
			document(0),
			HashAlgorithm::Sha2_256,
			locator,
			key_reference,
		);

		assert_last_event::<T>(Event::RecordAnchored {
			record,
			patient,
			org: Some(org),
			category: RecordCategory::ClinicalNote,
		});
		Ok(())
	}

	// Worst case: the authoring organisation's practitioner (registry and consent asked)
	// adds the last version a chain may have, so the version list read and written is as
	// long as it gets.
	#[benchmark]
	fn amend() -> Result<(), BenchmarkError> {
		let max_versions = T::MaxVersions::get();
		if max_versions < 2 {
			// No record can ever be amended: the call only fails.
			return Err(BenchmarkError::Weightless);
		}
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		writer::<T>(&practitioner, &patient)?;
		let previous = chain::<T>(&practitioner, &patient, max_versions.saturating_sub(1))?;
		let locator = longest_locator::<T>()?;
		let key_reference = Some(longest_locator::<T>()?);
		let record = NextRecordId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(practitioner),
			previous,
			document(max_versions),
			HashAlgorithm::Sha2_256,
			locator,
			key_reference,
		);

		assert_last_event::<T>(Event::RecordAmended { record, previous, version: max_versions });
		Ok(())
	}

	// Worst case: an organisation's record, so the registry is asked.
	#[benchmark]
	fn mark_entered_in_error() -> Result<(), BenchmarkError> {
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		writer::<T>(&practitioner, &patient)?;
		let record = chain::<T>(&practitioner, &patient, 1)?;
		let reason = EnteredInErrorReason::WrongPatient;

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner), record, reason);

		assert_last_event::<T>(Event::RecordEnteredInError { record, reason });
		Ok(())
	}

	// Worst case: a delegate (not the patient, so consent is asked) erases a chain of
	// `MaxVersions` versions, each with the longest locator and key reference.
	#[benchmark]
	fn erase() -> Result<(), BenchmarkError> {
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		let delegate: T::AccountId = account("delegate", 0, SEED);
		frame_benchmarking::whitelist_account!(delegate);
		writer::<T>(&practitioner, &patient)?;
		let versions = T::MaxVersions::get();
		let first_version = NextRecordId::<T>::get();
		let latest = chain::<T>(&practitioner, &patient, versions)?;
		T::Consent::add_delegate_for_benchmark(&patient, &delegate)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(delegate.clone()), latest);

		assert_last_event::<T>(Event::RecordErased { first_version, versions, by: delegate });
		Ok(())
	}

	// Worst case: the longest manifest locator. Nothing else varies.
	#[benchmark]
	fn bulk_anchor() -> Result<(), BenchmarkError> {
		let importer: T::AccountId = whitelisted_caller();
		let org = hospital_of::<T>(&importer)?;
		let document_count = 1_000u32.min(2u32.saturating_pow(T::MaxProofDepth::get()));
		let manifest_locator = longest_locator::<T>()?;
		let bulk = NextBulkId::<T>::get();

		#[extrinsic_call]
		_(
			RawOrigin::Signed(importer),
			RecordCategory::LaboratoryReport,
			H256::repeat_byte(0xb1),
			document_count,
			manifest_locator,
		);

		assert_last_event::<T>(Event::BulkAnchored {
			bulk,
			org,
			category: RecordCategory::LaboratoryReport,
			document_count,
		});
		Ok(())
	}

	// Consent lets a read through one of two ways; the call is charged the dearer. This one,
	// for an organisation's record with the longest locators: a grant last in a full list of
	// grants, then the reader's rate counter and the log entry are written.
	#[benchmark]
	fn request_access() -> Result<(), BenchmarkError> {
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		let org = writer::<T>(&practitioner, &patient)?;
		let record = chain::<T>(&practitioner, &patient, 1)?;
		let consent = permit::<T>(&patient, &practitioner, org, ConsentAction::Read)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(practitioner.clone()), record, PurposeOfUse::Treatment);

		let basis = AccessBasis::Consent(consent);
		assert_last_event::<T>(Event::AccessGranted { record, accessor: practitioner, org, basis });
		Ok(())
	}

	// The other way: an emergency read that no grant in a full list covers, let through by
	// an open break-glass case once the registry confirms the practitioner still acts for
	// its organisation, then the log entry (emergency reads are not rate-limited).
	#[benchmark]
	fn request_access_in_an_emergency() -> Result<(), BenchmarkError> {
		let practitioner: T::AccountId = whitelisted_caller();
		let patient: T::AccountId = account("patient", 0, SEED);
		let org = writer::<T>(&practitioner, &patient)?;
		let record = chain::<T>(&practitioner, &patient, 1)?;
		let case = T::Consent::break_glass_for_benchmark(&patient, &practitioner)?;

		#[block]
		{
			Pallet::<T>::request_access(
				RawOrigin::Signed(practitioner.clone()).into(),
				record,
				PurposeOfUse::Emergency,
			)?;
		}

		let basis = AccessBasis::BreakGlass(case);
		assert_last_event::<T>(Event::AccessGranted { record, accessor: practitioner, org, basis });
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
