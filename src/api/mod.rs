//! The management API: an HTTP client with retries and a deadline, the paging every listing
//! goes through, and the wire types it speaks.

mod client;
pub mod decode;
pub mod paging;
pub(crate) mod retry;
mod status;
mod transport;
pub mod types;

pub use client::{Client, ClientOptions, Deletion, MAX_RETRIES};
pub use transport::seconds as display_seconds;
