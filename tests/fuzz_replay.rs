//! Replays every committed fuzz input (corpus and past crashes, in `fuzz/corpus/<target>/`)
//! through the same entry points the fuzz targets call, on the stable toolchain. A panic
//! fails the test and names the file.

use std::path::Path;

fn replay(target: &str, entry: fn(&[u8])) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/corpus")
        .join(target);
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "{} holds no inputs", dir.display());
    for path in entries {
        let data = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let outcome = std::panic::catch_unwind(|| entry(&data));
        assert!(outcome.is_ok(), "{} panicked", path.display());
    }
}

#[test]
fn response_decoding_corpus() {
    replay("decode_response", orkeys::fuzzing::decode_response);
}

#[test]
fn key_selector_corpus() {
    replay("select_key", orkeys::fuzzing::select_key);
}

#[test]
fn value_parsing_corpus() {
    replay("parse_values", orkeys::fuzzing::parse_values);
}

#[test]
fn manifest_corpus() {
    replay("parse_manifest", orkeys::fuzzing::parse_manifest);
}
