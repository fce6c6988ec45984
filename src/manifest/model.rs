//! The manifest: what the account's keys should be, in TOML. Field names are the API's; a
//! field left out is not managed. Every error is found and reported at once, each with its
//! line, column and field, before any request.
//!
//! ```toml
//! [defaults]                     # applied to every key that does not set the field
//! limit_reset = "monthly"
//!
//! [[key]]
//! name = "customer-acme"
//! limit = 50                     # or "none": managed, and no limit
//! expires_at = "2027-12-31T23:59:59Z"
//! hash = "f01d52606dc8"          # optional: pin the entry to one existing key
//! ```

use std::collections::{HashMap, HashSet};

use jiff::Timestamp;
use toml::de::{DeTable, DeValue};
use toml::Spanned;

use crate::validate;

/// The managed fields of a key (or of `[defaults]`). `None`: not managed.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Fields {
    /// `Some(None)`: managed as "no limit".
    pub limit: Option<Option<f64>>,
    /// `Some(None)`: managed as "does not reset".
    pub limit_reset: Option<Option<&'static str>>,
    pub include_byok_in_limit: Option<bool>,
    pub disabled: Option<bool>,
    /// `Some(None)`: managed as "never expires".
    pub expires_at: Option<Option<Timestamp>>,
    pub workspace_id: Option<String>,
}

impl Fields {
    /// These fields, with `defaults` filling in what they leave out.
    pub fn over(&self, defaults: &Fields) -> Fields {
        Fields {
            limit: self.limit.or(defaults.limit),
            limit_reset: self.limit_reset.or(defaults.limit_reset),
            include_byok_in_limit: self
                .include_byok_in_limit
                .or(defaults.include_byok_in_limit),
            disabled: self.disabled.or(defaults.disabled),
            expires_at: self.expires_at.or(defaults.expires_at),
            workspace_id: self
                .workspace_id
                .clone()
                .or_else(|| defaults.workspace_id.clone()),
        }
    }
}

/// One `[[key]]` entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub name: String,
    /// A full hash or a unique prefix pinning the entry to one existing key.
    pub hash: Option<String>,
    /// The entry's own fields, not yet merged with `[defaults]`.
    pub fields: Fields,
    /// Where the entry starts, for messages.
    pub line: usize,
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Manifest {
    pub defaults: Fields,
    pub keys: Vec<Entry>,
}

impl Manifest {
    /// Each entry with `[defaults]` merged in.
    pub fn resolved(&self) -> Vec<(Entry, Fields)> {
        self.keys
            .iter()
            .map(|entry| (entry.clone(), entry.fields.over(&self.defaults)))
            .collect()
    }

    /// Every workspace the manifest names.
    pub fn workspaces(&self) -> Vec<String> {
        let mut named: Vec<String> = self
            .keys
            .iter()
            .filter_map(|e| e.fields.workspace_id.clone())
            .chain(self.defaults.workspace_id.clone())
            .collect();
        named.sort();
        named.dedup();
        named
    }
}

/// A problem in the file: where, which field, what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub column: usize,
    pub field: Option<String>,
    pub message: String,
}

impl Problem {
    /// `keys.toml:12:9: [[key]] 'acme', limit: a limit cannot be negative`.
    pub fn describe(&self, file: &str) -> String {
        match &self.field {
            Some(field) => format!(
                "{file}:{}:{}: {field}: {}",
                self.line, self.column, self.message
            ),
            None => format!("{file}:{}:{}: {}", self.line, self.column, self.message),
        }
    }
}

const KEY_FIELDS: [&str; 8] = [
    "name",
    "hash",
    "limit",
    "limit_reset",
    "include_byok_in_limit",
    "disabled",
    "expires_at",
    "workspace_id",
];

/// Reads a manifest, or every problem in it.
pub fn parse(text: &str) -> Result<Manifest, Vec<Problem>> {
    let mut problems = Vec::new();
    let (document, syntax) = DeTable::parse_recoverable(text);
    for error in syntax {
        let (line, column) = position(text, error.span().map_or(0, |s| s.start));
        problems.push(Problem {
            line,
            column,
            field: None,
            message: error.message().replace('`', "'"),
        });
    }
    let mut manifest = Manifest::default();
    let mut reader = Reader {
        text,
        problems: &mut problems,
    };
    for (key, value) in document.get_ref() {
        match key.get_ref().as_ref() {
            "defaults" => match value.get_ref().as_table() {
                Some(table) => manifest.defaults = reader.fields(table, "[defaults]", false),
                None => reader.problem(value, None, "[defaults] must be a table"),
            },
            "key" => match value.get_ref().as_array() {
                Some(entries) => {
                    for entry in entries.iter() {
                        match entry.get_ref().as_table() {
                            Some(table) => {
                                if let Some(parsed) = reader.entry(entry, table) {
                                    manifest.keys.push(parsed);
                                }
                            }
                            None => reader.problem(entry, None, "each key is a [[key]] table"),
                        }
                    }
                }
                None => reader.problem(value, None, "keys are written as [[key]] tables"),
            },
            other => reader.problem(
                key,
                None,
                &format!("unknown table '{other}'; a manifest has [defaults] and [[key]] tables"),
            ),
        }
    }
    duplicate_names(&manifest, &mut problems, text);
    // On a line whose syntax is broken, the value read is whatever the parser recovered:
    // the syntax error is the one problem there.
    let broken: HashSet<usize> = problems
        .iter()
        .filter(|p| p.field.is_none())
        .map(|p| p.line)
        .collect();
    problems.retain(|p| p.field.is_none() || !broken.contains(&p.line));
    if problems.is_empty() {
        Ok(manifest)
    } else {
        problems.sort_by_key(|p| (p.line, p.column));
        problems.dedup();
        Err(problems)
    }
}

/// Two entries may share a name only when each is pinned to its key by hash.
fn duplicate_names(manifest: &Manifest, problems: &mut Vec<Problem>, _text: &str) {
    let mut first: HashMap<&str, &Entry> = HashMap::new();
    for entry in &manifest.keys {
        match first.get(entry.name.as_str()) {
            Some(earlier) if earlier.hash.is_none() || entry.hash.is_none() => {
                problems.push(Problem {
                    line: entry.line,
                    column: 1,
                    field: Some(format!("[[key]] '{}', name", entry.name)),
                    message: format!(
                        "the name is also used at line {}; pin each with hash = \"…\" to tell them apart",
                        earlier.line
                    ),
                });
            }
            Some(_) => {}
            None => {
                first.insert(&entry.name, entry);
            }
        }
    }
}

struct Reader<'t, 'p> {
    text: &'t str,
    problems: &'p mut Vec<Problem>,
}

impl Reader<'_, '_> {
    fn problem<T>(&mut self, at: &Spanned<T>, field: Option<String>, message: &str) {
        let (line, column) = position(self.text, at.span().start);
        self.problems.push(Problem {
            line,
            column,
            field,
            message: message.to_string(),
        });
    }

    fn entry(&mut self, at: &Spanned<DeValue>, table: &DeTable) -> Option<Entry> {
        let (line, _) = position(self.text, at.span().start);
        let name = match table.iter().find(|(k, _)| k.get_ref() == "name") {
            None => {
                self.problem(at, Some("[[key]]".into()), "every key needs a name");
                None
            }
            // Any name an existing key has is matched; the rules for a new key's name are
            // checked when the plan would create one.
            Some((_, value)) => match value.get_ref().as_str() {
                Some(name) if !name.is_empty() => Some(name.to_string()),
                Some(_) => {
                    self.problem(
                        value,
                        Some("[[key]], name".into()),
                        "a key name cannot be empty",
                    );
                    None
                }
                None => {
                    self.problem(value, Some("[[key]], name".into()), "must be a string");
                    None
                }
            },
        };
        let label = format!("[[key]] '{}'", name.as_deref().unwrap_or("?"));
        let hash = table
            .iter()
            .find(|(k, _)| k.get_ref() == "hash")
            .and_then(|(_, value)| match value.get_ref().as_str() {
                Some(hash)
                    if (hash.len() >= crate::select::MIN_PREFIX && hash.len() <= 64)
                        && hash.chars().all(|c| c.is_ascii_hexdigit()) =>
                {
                    Some(hash.to_ascii_lowercase())
                }
                _ => {
                    self.problem(
                        value,
                        Some(format!("{label}, hash")),
                        "must be a key's hash, or at least its first 6 hex digits",
                    );
                    None
                }
            });
        let fields = self.fields(table, &label, true);
        Some(Entry {
            name: name?,
            hash,
            fields,
            line,
        })
    }

    /// The managed fields of a `[[key]]` (`keyed`) or of `[defaults]`.
    fn fields(&mut self, table: &DeTable, label: &str, keyed: bool) -> Fields {
        let mut fields = Fields::default();
        for (key, value) in table {
            let name = key.get_ref().as_ref();
            let field = Some(format!("{label}, {name}"));
            let v = value.get_ref();
            match name {
                "name" | "hash" if keyed => {}
                "limit" => match (v.as_str(), number(v)) {
                    (Some("none"), _) => fields.limit = Some(None),
                    (_, Some(limit)) => match validate::usd(&limit.to_string()) {
                        Ok(limit) => fields.limit = Some(Some(limit)),
                        Err(why) => self.problem(value, field, &why),
                    },
                    _ => self.problem(value, field, "must be a number of dollars, or \"none\""),
                },
                "limit_reset" => match v.as_str() {
                    Some("daily") => fields.limit_reset = Some(Some("daily")),
                    Some("weekly") => fields.limit_reset = Some(Some("weekly")),
                    Some("monthly") => fields.limit_reset = Some(Some("monthly")),
                    Some("none") => fields.limit_reset = Some(None),
                    _ => self.problem(
                        value,
                        field,
                        "must be \"daily\", \"weekly\", \"monthly\" or \"none\"",
                    ),
                },
                "include_byok_in_limit" | "disabled" => match v.as_bool() {
                    Some(flag) if name == "disabled" => fields.disabled = Some(flag),
                    Some(flag) => fields.include_byok_in_limit = Some(flag),
                    None => self.problem(value, field, "must be true or false"),
                },
                "expires_at" => {
                    let text = v
                        .as_str()
                        .map(str::to_string)
                        .or_else(|| v.as_datetime().map(ToString::to_string));
                    match text.as_deref() {
                        Some("none") => fields.expires_at = Some(None),
                        Some(raw) => match validate::utc_with_seconds(raw) {
                            Ok(when) => fields.expires_at = Some(Some(when)),
                            Err(why) => self.problem(value, field, &why),
                        },
                        None => self.problem(
                            value,
                            field,
                            "must be a UTC time with seconds, like \"2027-12-31T23:59:59Z\", or \"none\"",
                        ),
                    }
                }
                "workspace_id" => match v.as_str().map(validate::uuid) {
                    Some(Ok(id)) => fields.workspace_id = Some(id),
                    Some(Err(why)) => self.problem(value, field, &why),
                    None => self.problem(value, field, "must be a workspace UUID"),
                },
                other => {
                    let allowed = if keyed {
                        KEY_FIELDS.join(", ")
                    } else {
                        KEY_FIELDS[2..].join(", ")
                    };
                    self.problem(
                        key,
                        Some(label.to_string()),
                        &format!("unknown field '{other}'; known fields: {allowed}"),
                    );
                }
            }
        }
        fields
    }
}

/// A TOML integer or float as a number.
fn number(value: &DeValue) -> Option<f64> {
    if let Some(integer) = value.as_integer() {
        return i64::from_str_radix(&integer.as_str().replace('_', ""), integer.radix())
            .ok()
            .map(|n| n as f64);
    }
    value
        .as_float()
        .and_then(|float| float.as_str().replace('_', "").parse().ok())
}

/// 1-based line and column of a byte offset.
fn position(text: &str, offset: usize) -> (usize, usize) {
    let before = text.get(..offset.min(text.len())).unwrap_or(text);
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_manifest_reads_into_managed_fields_with_defaults_merged() {
        let manifest = parse(
            "[defaults]\nlimit_reset = \"monthly\"\ninclude_byok_in_limit = false\n\n\
             [[key]]\nname = \"customer-acme\"\nlimit = 50\ndisabled = false\n\
             expires_at = \"2027-12-31T23:59:59Z\"\nworkspace_id = \"0df9e665-d932-5740-b2c7-b52af166bc11\"\n\n\
             [[key]]\nname = \"ci-nightly\"\nhash = \"F01D52606DC8\"\nlimit = \"none\"\nlimit_reset = \"daily\"\n",
        )
        .unwrap_or_else(|e| unreachable!("{e:?}"));
        let resolved = manifest.resolved();
        let (acme, fields) = &resolved[0];
        assert_eq!(acme.name, "customer-acme");
        assert_eq!(acme.line, 5);
        assert_eq!(fields.limit, Some(Some(50.0)));
        assert_eq!(fields.limit_reset, Some(Some("monthly")), "from [defaults]");
        assert_eq!(fields.include_byok_in_limit, Some(false), "from [defaults]");
        assert!(fields.expires_at.is_some_and(|e| e.is_some()));
        let (ci, fields) = &resolved[1];
        assert_eq!(ci.hash.as_deref(), Some("f01d52606dc8"));
        assert_eq!(fields.limit, Some(None), "\"none\" manages no limit");
        assert_eq!(
            fields.limit_reset,
            Some(Some("daily")),
            "the key's own wins"
        );
        assert_eq!(fields.disabled, None, "left out: not managed");
        assert_eq!(
            manifest.workspaces(),
            ["0df9e665-d932-5740-b2c7-b52af166bc11"]
        );
    }

    #[test]
    fn every_problem_is_reported_at_once_with_line_column_and_field() {
        let text = "[defaults]\nlimt = 5\n\n[[key]]\nname = \"a\"\nlimit = -5\nlimit_reset = \"yearly\"\n\
                    expires_at = \"tomorrow\"\ndisabled = \"yes\"\nworkspace_id = \"w\"\ncolour = \"red\"\n\n\
                    [[key]]\nname = \"a\"\n\n[[key]]\nlimit = 5\n";
        let problems = parse(text).expect_err("problems");
        let described: Vec<String> = problems.iter().map(|p| p.describe("keys.toml")).collect();
        let expected = [
            "keys.toml:2:1: [defaults]: unknown field 'limt'",
            "keys.toml:6:9: [[key]] 'a', limit: a limit cannot be negative",
            "keys.toml:7:15: [[key]] 'a', limit_reset: must be",
            "keys.toml:8:14: [[key]] 'a', expires_at: 'tomorrow' is not a date and time",
            "keys.toml:9:12: [[key]] 'a', disabled: must be true or false",
            "keys.toml:10:16: [[key]] 'a', workspace_id: 'w' is not a workspace UUID",
            "keys.toml:11:1: [[key]] 'a': unknown field 'colour'",
            "keys.toml:13:1: [[key]] 'a', name: the name is also used at line 4",
            "keys.toml:16:1: [[key]]: every key needs a name",
        ];
        assert_eq!(described.len(), expected.len(), "{described:#?}");
        for (found, wanted) in described.iter().zip(expected) {
            assert!(found.starts_with(wanted), "{found}\n  wanted {wanted}");
        }
    }

    #[test]
    fn repeated_names_are_fine_when_each_is_pinned() {
        let pinned = "[[key]]\nname = \"ci\"\nhash = \"aaaaaa\"\n[[key]]\nname = \"ci\"\nhash = \"bbbbbb\"\n";
        assert_eq!(parse(pinned).map(|m| m.keys.len()), Ok(2));
    }

    #[test]
    fn syntax_errors_have_positions_too() {
        let problems = parse("[[key]]\nname = \"unclosed\n").expect_err("syntax");
        assert_eq!(problems[0].line, 2);
        // A missing value is one problem, not also a bad value recovered in its place.
        let problems =
            parse("[[key]]\nname = \"a\"\nlimit = \nexpires_at = 3\n").expect_err("syntax");
        let places: Vec<(usize, usize, bool)> = problems
            .iter()
            .map(|p| (p.line, p.column, p.field.is_some()))
            .collect();
        assert_eq!(places, [(3, 9, false), (4, 14, true)], "{problems:?}");
        for broken in ["1.2.3", "[1,", "\"5"] {
            let problems =
                parse(&format!("[[key]]\nname = \"a\"\nlimit = {broken}\n")).expect_err("syntax");
            assert!(
                problems.iter().all(|p| p.field.is_none()),
                "{broken}: {problems:?}"
            );
        }
    }

    #[test]
    fn toml_datetimes_and_strings_both_work_for_expiry() {
        let manifest = parse("[[key]]\nname = \"a\"\nexpires_at = 2027-12-31T23:59:59Z\n")
            .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert!(manifest.keys[0]
            .fields
            .expires_at
            .is_some_and(|e| e.is_some()));
    }
}
