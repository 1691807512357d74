//! Results: the sponsor publishes the results of a trial whose results are due, and every
//! difference from the pre-registered outcomes is recorded on chain.

use crate::{
	has_duplicates, Config, Discrepancies, Error, Event, OutcomeCommitment, OutcomeDiscrepancy,
	Pallet, ReportedOutcomes, Results, TrialArtifact, TrialHashes, TrialId, TrialResults,
	SPONSOR_ROLES,
};
use alloc::vec::Vec;
use frame_support::ensure;
use sp_core::H256;
use sp_runtime::{DispatchError, DispatchResult};

impl<T: Config> Pallet<T> {
	/// Publishes the results of `trial_id` and records their outcome discrepancies.
	///
	/// # Errors
	///
	/// - those of [`Self::sponsor_trial`];
	/// - [`Error::ResultsNotAllowed`] unless the results are due: the trial recruited and is
	///   `Active`, `Completed` or `Terminated` (a trial terminated before it recruited owes
	///   none);
	/// - [`Error::ResultsAlreadyPublished`] if they were published;
	/// - [`Error::DuplicateOutcome`] if an outcome hash is reported twice;
	/// - [`Error::DuplicateHash`] if `results_hash` is already recorded for the trial;
	/// - [`Error::Overflow`] if the discrepancies exceed their bound (they cannot).
	pub fn do_publish_results(
		who: T::AccountId,
		trial_id: TrialId,
		results_hash: H256,
		reported: ReportedOutcomes<T>,
	) -> DispatchResult {
		let (_sponsor, trial) = Self::sponsor_trial(&who, trial_id, SPONSOR_ROLES)?;
		ensure!(trial.results_due(), Error::<T>::ResultsNotAllowed);
		ensure!(!TrialResults::<T>::contains_key(trial_id), Error::<T>::ResultsAlreadyPublished);
		let reported_hashes: Vec<H256> =
			reported.iter().map(|outcome| outcome.definition_hash).collect();
		ensure!(!has_duplicates(&reported_hashes), Error::<T>::DuplicateOutcome);
		Self::ensure_new_hash(trial_id, &results_hash)?;
		let discrepancies = Self::outcome_discrepancies(&trial.registration.outcomes, &reported)?;

		let count = u32::try_from(discrepancies.len()).unwrap_or(u32::MAX);
		for discrepancy in discrepancies.iter() {
			Self::deposit_event(Event::OutcomeDiscrepancyFound {
				trial: trial_id,
				discrepancy: *discrepancy,
			});
		}
		TrialHashes::<T>::insert(trial_id, results_hash, TrialArtifact::Results);
		let results = Results {
			results_hash,
			reported,
			discrepancies,
			published_by: who,
			published_at: Self::now(),
		};
		TrialResults::<T>::insert(trial_id, results);
		Self::deposit_event(Event::ResultsPublished {
			trial: trial_id,
			results_hash,
			discrepancies: count,
		});
		Ok(())
	}

	/// How `reported` differs from the pre-registered `commitments`: each commitment not
	/// reported is `Missing`, each reported as the other kind is `KindChanged` (in the
	/// commitments' order), then each reported outcome not pre-registered is `Unregistered`
	/// (in the reported order).
	///
	/// # Errors
	///
	/// [`Error::Overflow`] if the discrepancies exceed `MaxOutcomes + MaxReportedOutcomes`,
	/// which they cannot.
	pub fn outcome_discrepancies(
		commitments: &[OutcomeCommitment],
		reported: &ReportedOutcomes<T>,
	) -> Result<Discrepancies<T>, DispatchError> {
		let mut discrepancies = Discrepancies::<T>::default();
		for commitment in commitments {
			let found = match reported
				.iter()
				.find(|outcome| outcome.definition_hash == commitment.definition_hash)
			{
				None => Some(OutcomeDiscrepancy::Missing {
					kind: commitment.kind,
					definition_hash: commitment.definition_hash,
				}),
				Some(outcome) if outcome.kind != commitment.kind => {
					Some(OutcomeDiscrepancy::KindChanged {
						definition_hash: commitment.definition_hash,
						registered: commitment.kind,
						reported: outcome.kind,
					})
				}
				Some(_) => None,
			};
			if let Some(discrepancy) = found {
				discrepancies.try_push(discrepancy).map_err(|_| Error::<T>::Overflow)?;
			}
		}
		for outcome in reported.iter() {
			if !commitments
				.iter()
				.any(|commitment| commitment.definition_hash == outcome.definition_hash)
			{
				let discrepancy = OutcomeDiscrepancy::Unregistered {
					kind: outcome.kind,
					definition_hash: outcome.definition_hash,
				};
				discrepancies.try_push(discrepancy).map_err(|_| Error::<T>::Overflow)?;
			}
		}
		Ok(discrepancies)
	}
}
