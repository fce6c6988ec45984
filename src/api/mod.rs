//! The management API: an HTTP client with retries and the wire types it speaks.

mod client;
mod retry;
pub mod types;

pub use client::{Client, ClientOptions};
