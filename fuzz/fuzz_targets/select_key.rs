#![no_main]
//! Fuzz target: `orkeys::fuzzing::select_key` must never panic, whatever the bytes.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orkeys::fuzzing::select_key(data);
});
