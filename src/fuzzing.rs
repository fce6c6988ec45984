//! Entry points for the fuzz targets in `fuzz/` and for the test that replays their corpora
//! on the stable toolchain. Each takes arbitrary bytes and must return without panicking,
//! whatever the bytes are; results are discarded.

use crate::api::decode;
use crate::api::types::Key;
use crate::config::{Format, OutputSettings};
use crate::render::Printer;

/// The bytes as text, the way a command-line argument or header value would arrive.
fn text(data: &[u8]) -> String {
    String::from_utf8_lossy(data).into_owned()
}

/// Every response decoder: listings, one key, a created key, the calling key, a delete,
/// activity rows and error bodies. Decoded keys are also written in every output format.
pub fn decode_response(data: &[u8]) {
    if let Ok(keys) = decode::key_list(data) {
        render_everywhere(&keys);
    }
    if let Ok(key) = decode::key(data) {
        render_everywhere(std::slice::from_ref(&key));
    }
    if let Ok(current) = decode::current(data) {
        for format in FORMATS {
            let _ = printer(format).one(&current);
        }
    }
    let _ = decode::created(data);
    let _ = decode::deleted(data);
    let _ = decode::activity(data);
    let _ = decode::error_message(data);
    let _ = crate::sanitize::snippet(data, 200);
}

/// KEY selectors (names, hash prefixes, full hashes) against a fixed set of keys.
pub fn select_key(data: &[u8]) {
    let selector = text(data);
    let keys: Vec<Key> = ["production", "ci", "ci", "日本語"]
        .iter()
        .enumerate()
        .filter_map(|(n, name)| {
            let hash = format!("{:064x}", 0xabc0_0000_u64 + n as u64);
            Key::from_value(&serde_json::json!({"hash": hash, "name": name})).ok()
        })
        .collect();
    let _ = crate::select::pick(&keys, &selector, None);
    let _ = crate::validate::is_full_hash(&selector);
}

/// Durations, dates, `Retry-After` values, dollar amounts, names, ids and counts.
pub fn parse_values(data: &[u8]) {
    let raw = text(data);
    let _ = crate::validate::usd(&raw);
    let _ = crate::validate::name(&raw);
    let _ = crate::validate::uuid(&raw);
    let _ = crate::validate::identifier(&raw);
    let _ = crate::validate::count(&raw);
    let _ = crate::validate::seconds(&raw);
    let _ = crate::validate::concurrency(&raw);
    let _ = crate::validate::expires_at(&raw);
    let _ = crate::validate::expires_in(&raw);
    let _ = crate::validate::utc_with_seconds(&raw);
    let _ = crate::api::retry::retry_after(&raw, jiff::Timestamp::now());
}

/// The manifest parser, and when it accepts the text, the plan against a small account and
/// an export of the account.
pub fn parse_manifest(data: &[u8]) {
    let text = text(data);
    if let Ok(manifest) = crate::manifest::model::parse(&text) {
        let keys: Vec<Key> = ["ci", "ci", "production"]
            .iter()
            .enumerate()
            .filter_map(|(n, name)| {
                let hash = format!("{:064x}", 0xabc0_0000_u64 + n as u64);
                Key::from_value(&serde_json::json!({"hash": hash, "name": name, "limit": 5})).ok()
            })
            .collect();
        let options = crate::manifest::diff::Options {
            prune: true,
            ..Default::default()
        };
        let _ = crate::manifest::diff::plan(&manifest, &keys, &options, jiff::Timestamp::now());
        let exported = crate::manifest::export::manifest(&keys, jiff::Timestamp::now());
        let _ = crate::manifest::model::parse(&exported);
    }
}

const FORMATS: [Format; 5] = [
    Format::Table,
    Format::Tsv,
    Format::Csv,
    Format::Json,
    Format::Jsonl,
];

fn render_everywhere(keys: &[Key]) {
    for format in FORMATS {
        let mut printer = printer(format);
        let _ = printer.list(keys);
        if let Some(key) = keys.first() {
            let _ = printer.one(key);
            let _ = printer.created(key);
        }
    }
}

fn printer(format: Format) -> Printer<Vec<u8>> {
    Printer::new(
        Vec::new(),
        OutputSettings {
            format,
            color: true,
            pretty_json: format == Format::Json,
            width: Some(60),
            fields: None,
            jq: None,
            progress: false,
            now: jiff::Timestamp::now(),
        },
    )
}
