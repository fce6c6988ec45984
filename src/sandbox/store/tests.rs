//! The store keeps every update, reports damage, and parses a file once per change.

use super::*;

fn empty() -> State {
    State {
        version: STATE_VERSION,
        next_seq: 0,
        keys: Vec::new(),
    }
}

fn ok<T>(result: Result<T>) -> T {
    result.unwrap_or_else(|e| unreachable!("{e}"))
}

#[test]
fn missing_state_is_created_and_changes_persist() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let store = Store::new(dir.path().join("nested").join("sandbox.json"));
    assert_eq!(ok(store.read(empty, |s| s.keys.len())), 0);
    ok(store.write(empty, |s| {
        s.next_seq = 7;
        ((), true)
    }));
    assert_eq!(ok(store.read(empty, |s| s.next_seq)), 7);
    // Another process (another store, with its own cache) sees it too.
    let other = Store::new(store.path().to_path_buf());
    assert_eq!(ok(other.read(|| unreachable!(), |s| s.next_seq)), 7);
}

#[test]
fn unreadable_state_is_reported_and_left_alone() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let path = dir.path().join("sandbox.json");
    for (content, why) in [
        ("{not json", "is not valid JSON"),
        ("{\"version\": 99, \"keys\": []}", "format version 99"),
        ("{\"keys\": []}", "no format version"),
        (
            "{\"version\": 1, \"next_seq\": \"x\", \"keys\": []}",
            "is damaged",
        ),
    ] {
        std::fs::write(&path, content).unwrap_or_else(|e| unreachable!("{e}"));
        let store = Store::new(path.clone());
        let error = store.read(empty, |_| ()).expect_err(content);
        assert!(error.message.contains(why), "{}", error.message);
        let error = store.write(empty, |_| ((), true)).expect_err(content);
        assert!(error.message.contains("left as it is"), "{}", error.message);
        assert_eq!(
            std::fs::read_to_string(&path).ok().as_deref(),
            Some(content)
        );
    }
}

fn parses(store: &Store) -> usize {
    store.parses.load(std::sync::atomic::Ordering::Relaxed)
}

#[test]
fn an_unchanged_file_is_parsed_once() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let path = dir.path().join("sandbox.json");
    let writer = Store::new(path.clone());
    ok(writer.replace(empty()));
    // What a store wrote itself it already has.
    ok(writer.read(empty, |_| ()));
    assert_eq!(parses(&writer), 0);
    let reader = Store::new(path);
    for _ in 0..5 {
        ok(reader.read(empty, |_| ()));
    }
    assert_eq!(parses(&reader), 1);
    ok(writer.write(empty, |s| {
        s.next_seq = 1;
        ((), true)
    }));
    for _ in 0..5 {
        assert_eq!(ok(reader.read(empty, |s| s.next_seq)), 1);
    }
    assert_eq!(parses(&reader), 2);
    // A refused change rewrites nothing and keeps the cache.
    ok(reader.write(empty, |_| ((), false)));
    ok(reader.read(empty, |_| ()));
    assert_eq!(parses(&reader), 2);
}

#[test]
fn an_in_place_change_that_keeps_length_and_mtime_is_noticed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let path = dir.path().join("sandbox.json");
    let store = Store::new(path.clone());
    ok(store.replace(State {
        next_seq: 3,
        ..empty()
    }));
    assert_eq!(ok(store.read(empty, |s| s.next_seq)), 3);
    let metadata = std::fs::metadata(&path).unwrap_or_else(|e| unreachable!("{e}"));
    let mut same_length = vec![b' '; usize::try_from(metadata.len()).unwrap_or(0)];
    same_length[0] = b'x';
    std::fs::write(&path, &same_length).unwrap_or_else(|e| unreachable!("{e}"));
    if let Ok(modified) = metadata.modified() {
        let file = OpenOptions::new().write(true).open(&path);
        let _ = file.and_then(|f| f.set_modified(modified));
    }
    // Only the ctime, which nobody can set back, gives this change away.
    if cfg!(unix) {
        let error = store.read(empty, |_| ()).expect_err("noticed");
        assert!(
            error.message.contains("not valid JSON"),
            "{}",
            error.message
        );
    }
}

#[test]
fn a_write_by_another_process_is_noticed() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let path = dir.path().join("sandbox.json");
    let server = Store::new(path.clone());
    let other = Store::new(path);
    ok(server.replace(empty()));
    assert_eq!(ok(server.read(empty, |s| s.next_seq)), 0);
    // Many quick writes of the same length: only the file's identity tells them apart.
    for n in 1..=9 {
        ok(other.write(empty, |s| {
            s.next_seq = n;
            ((), true)
        }));
        assert_eq!(ok(server.read(empty, |s| s.next_seq)), n);
    }
}

#[test]
fn parallel_writers_in_one_process_lose_nothing() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
    let store = Store::new(dir.path().join("sandbox.json"));
    ok(store.replace(empty()));
    std::thread::scope(|scope| {
        for _ in 0..4 {
            let store = store.clone();
            scope.spawn(move || {
                for _ in 0..25 {
                    ok(store.write(empty, |s| {
                        s.next_seq += 1;
                        ((), true)
                    }));
                    ok(store.read(empty, |s| s.next_seq));
                }
            });
        }
    });
    assert_eq!(ok(store.read(empty, |s| s.next_seq)), 100);
    let other = Store::new(store.path().to_path_buf());
    assert_eq!(ok(other.read(empty, |s| s.next_seq)), 100);
}
