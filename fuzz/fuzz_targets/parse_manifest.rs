#![no_main]
//! Fuzz target: `orkeys::fuzzing::parse_manifest` must never panic, whatever the bytes.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orkeys::fuzzing::parse_manifest(data);
});
