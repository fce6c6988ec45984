//! Pure arithmetic over keys and activity rows: spend, history and hygiene findings. No I/O;
//! the commands fetch, these compute, the views print.

pub mod activity;
pub mod audit;
pub mod spend;
