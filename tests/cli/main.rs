//! Integration tests: the real binary against a local mock of the management API.

mod bulk;
mod common;

mod create;
mod errors;
mod examples;
mod fake_api;
mod fault_server;
mod faults;
mod generated;
mod list;
mod manifest;
mod modify;
mod output;
mod profiles;
mod prompts;
mod readme;
mod reports;
mod rotate;
mod sandbox;
mod sandbox_serve;
mod security;
mod terminal;
