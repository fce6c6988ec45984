//! Declarative keys: the TOML manifest (model), its comparison with the account (diff, a pure
//! function), the account written as one (export), and carrying a plan out (apply).

pub mod apply;
pub mod diff;
pub mod export;
pub mod model;
