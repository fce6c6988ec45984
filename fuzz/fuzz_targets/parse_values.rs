#![no_main]
//! Fuzz target: `orkeys::fuzzing::parse_values` must never panic, whatever the bytes.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orkeys::fuzzing::parse_values(data);
});
