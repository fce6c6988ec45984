//! The views orkeys prints, each described once as columns.

pub mod audit;
mod common;
pub mod current;
pub mod key;
pub mod outcome;
pub mod plan;
pub mod setting;
pub mod step;
pub mod usage;

pub use outcome::{Done, Outcome};
pub use step::Step;
