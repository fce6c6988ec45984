#![no_main]
//! Fuzz target: `orkeys::fuzzing::decode_response` must never panic, whatever the bytes.

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    orkeys::fuzzing::decode_response(data);
});
