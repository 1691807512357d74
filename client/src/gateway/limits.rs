//! What keeps one client from taking the gateway (and the node behind it) for itself: a rate
//! limit per signed account, and a time limit on a read.
//!
//! Every request that costs the node work is signed, so the limit is per account, which a
//! proxy in front does not blur the way it blurs client addresses. A token bucket: an
//! account may make `burst` requests at once, then one each `60 / per_minute` seconds.
//!
//! It bounds what one account (a member's runaway client, a stolen key) can ask of the
//! gateway. It does not stop a flood from freshly made keys, each of which starts with a full
//! bucket: limiting unsigned and new-account traffic by address is the proxy's job.

use std::{collections::HashMap, sync::Mutex, time::Duration};

use crate::AccountId;

/// The rate limit per account.
#[derive(Debug, Clone, Copy)]
pub struct RateLimit {
	/// Requests per minute, sustained.
	pub per_minute: u32,
	/// Requests at once, from a full bucket.
	pub burst: u32,
}

/// The buckets, by account.
pub struct Limiter {
	limit: RateLimit,
	buckets: Mutex<Buckets>,
}

#[derive(Default)]
struct Buckets {
	/// By the account's 32 bytes.
	by_account: HashMap<[u8; 32], Bucket>,
	/// When full buckets were last dropped.
	pruned_at_ms: u64,
}

struct Bucket {
	tokens: f64,
	at_ms: u64,
}

impl Limiter {
	pub fn new(limit: RateLimit) -> Self {
		Self { limit, buckets: Mutex::new(Buckets::default()) }
	}

	/// Takes one request from `account`'s bucket at `now_ms` (a monotonic clock): `Ok`, or
	/// how long until the next one is allowed.
	pub fn take(&self, account: &AccountId, now_ms: u64) -> Result<(), Duration> {
		let per_ms = f64::from(self.limit.per_minute.max(1)) / 60_000.0;
		let burst = f64::from(self.limit.burst.max(1));
		// A panic elsewhere while the lock was held leaves the buckets as they were.
		let mut buckets = self.buckets.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
		// A full bucket is no different from none: past 10,000 accounts, drop those (at most
		// once a second), so the map holds only the accounts active in the last refill period.
		if buckets.by_account.len() > 10_000 && now_ms.saturating_sub(buckets.pruned_at_ms) >= 1_000
		{
			buckets.pruned_at_ms = now_ms;
			buckets
				.by_account
				.retain(|_, b| b.tokens + now_ms.saturating_sub(b.at_ms) as f64 * per_ms < burst);
		}
		let bucket =
			buckets.by_account.entry(account.0).or_insert(Bucket { tokens: burst, at_ms: now_ms });
		let refilled = bucket.tokens + now_ms.saturating_sub(bucket.at_ms) as f64 * per_ms;
		bucket.tokens = refilled.min(burst);
		bucket.at_ms = now_ms;
		if bucket.tokens >= 1.0 {
			bucket.tokens -= 1.0;
			Ok(())
		} else {
			Err(Duration::from_millis(((1.0 - bucket.tokens) / per_ms).ceil() as u64))
		}
	}
}

#[cfg(test)]
mod tests {
	use super::*;

	#[test]
	fn an_account_gets_its_burst_then_its_rate_and_others_are_not_slowed() {
		let limiter = Limiter::new(RateLimit { per_minute: 60, burst: 3 });
		let busy = subxt::utils::AccountId32([1; 32]);
		for _ in 0..3 {
			assert_eq!(limiter.take(&busy, 1_000), Ok(()));
		}
		assert_eq!(limiter.take(&busy, 1_000), Err(Duration::from_millis(1_000)));
		assert_eq!(limiter.take(&busy, 1_500), Err(Duration::from_millis(500)));
		assert_eq!(limiter.take(&busy, 2_000), Ok(()));
		assert!(limiter.take(&busy, 2_000).is_err());
		assert_eq!(limiter.take(&subxt::utils::AccountId32([2; 32]), 2_000), Ok(()));
		// Refills to the burst, no further.
		for _ in 0..3 {
			assert_eq!(limiter.take(&busy, 60_000), Ok(()));
		}
		assert!(limiter.take(&busy, 60_000).is_err());
	}
}
