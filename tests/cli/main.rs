//! Integration tests: the real binary against a local mock of the management API.

mod common;

mod create;
mod errors;
mod generated;
mod list;
mod modify;
mod sandbox;
mod sandbox_serve;
mod terminal;
