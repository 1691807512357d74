//! Pallet configurations, one file per concern.

pub mod consensus;
pub mod governance;
pub mod healthcare;
pub mod monetary;
pub mod system;
pub mod xcm;
