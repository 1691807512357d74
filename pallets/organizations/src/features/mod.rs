//! The `do_*` functions behind the calls, one file per topic, as in `pallet-nfts`.

mod invitations;
mod membership;
mod registration;
