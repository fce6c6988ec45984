//! The views orkeys prints, each described once as columns.

mod common;
pub mod current;
pub mod key;
pub mod outcome;
pub mod setting;

pub use outcome::{Done, Outcome};
