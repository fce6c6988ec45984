//! The plan: the manifest against the account's keys, a pure function. Each entry becomes a
//! create, an update (the differing patchable fields), a replacement (a change the API cannot
//! patch, such as the expiry), or nothing; with pruning, keys the manifest does not name are
//! deleted.

use std::collections::HashSet;

use jiff::Timestamp;
use serde_json::{json, Value};

use super::model::{Entry, Fields, Manifest};
use crate::api::types::{CreateKeyRequest, Key, UpdateKeyRequest};
use crate::select::filter::Filter;

/// One field that differs: its name, the account's value and the manifest's.
#[derive(Debug, Clone, PartialEq)]
pub struct FieldChange {
    pub field: &'static str,
    pub old: Value,
    pub new: Value,
}

#[derive(Debug, Clone)]
pub enum Change {
    Create {
        entry: Entry,
        request: CreateKeyRequest,
        /// The create body has no `disabled`: a key declared disabled is disabled right
        /// after it is created.
        disable: bool,
    },
    Update {
        key: Key,
        changes: Vec<FieldChange>,
        request: UpdateKeyRequest,
    },
    /// A change only a new key can make: create `request`, then delete `key`.
    Replace {
        key: Key,
        changes: Vec<FieldChange>,
        request: CreateKeyRequest,
        /// Disable the new key once created: declared so, or the old key was disabled and
        /// the manifest does not manage `disabled`.
        disable: bool,
    },
    Unchanged {
        key: Key,
    },
    Delete {
        key: Key,
    },
}

impl Change {
    pub fn kind(&self) -> &'static str {
        match self {
            Change::Create { .. } => "create",
            Change::Update { .. } => "update",
            Change::Replace { .. } => "replace",
            Change::Unchanged { .. } => "unchanged",
            Change::Delete { .. } => "delete",
        }
    }
}

/// What the plan found that stops it: the manifest cannot be matched to the account.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    pub line: usize,
    pub message: String,
    /// The keys an ambiguous name matched, as the API sent them.
    pub candidates: Vec<serde_json::Map<String, Value>>,
    /// What to change in the manifest.
    pub remedy: &'static str,
}

#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub changes: Vec<Change>,
}

impl Plan {
    pub fn count(&self, kind: &str) -> usize {
        self.changes.iter().filter(|c| c.kind() == kind).count()
    }

    /// How many new keys an apply makes (replacements only with `--replace`).
    pub fn creates(&self, replace: bool) -> usize {
        self.count("create") + if replace { self.count("replace") } else { 0 }
    }

    /// Whether anything would be written.
    pub fn is_empty(&self) -> bool {
        self.changes
            .iter()
            .all(|c| matches!(c, Change::Unchanged { .. }))
    }

    /// `2 to create, 1 to update, 0 to replace, 0 to delete, 3 unchanged`.
    pub fn summary(&self) -> String {
        format!(
            "{} to create, {} to update, {} to replace, {} to delete, {} unchanged",
            self.count("create"),
            self.count("update"),
            self.count("replace"),
            self.count("delete"),
            self.count("unchanged")
        )
    }
}

/// Options of the comparison.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Delete keys the manifest does not name.
    pub prune: bool,
    /// With `prune`: only keys that pass this filter are candidates for deletion.
    pub prune_only: Filter,
}

/// Compares. `keys` must be every key of every workspace the manifest touches, disabled and
/// expired ones included.
pub fn plan(
    manifest: &Manifest,
    keys: &[Key],
    options: &Options,
    now: Timestamp,
) -> Result<Plan, Vec<Conflict>> {
    let mut conflicts = Vec::new();
    let mut claimed: HashSet<&str> = HashSet::new();
    let resolved = manifest.resolved();
    // Pinned entries first, so a name shared with a pinned key matches the others.
    let mut matched: Vec<Option<&Key>> = vec![None; resolved.len()];
    for (index, (entry, _)) in resolved.iter().enumerate() {
        let Some(pin) = &entry.hash else { continue };
        let found: Vec<&Key> = keys
            .iter()
            .filter(|k| k.hash().starts_with(pin.as_str()))
            .collect();
        match found.as_slice() {
            [key] => {
                // Two entries for one key would undo each other on every apply.
                let earlier = matched
                    .iter()
                    .position(|m| m.is_some_and(|m| m.hash() == key.hash()));
                if let Some(earlier) = earlier {
                    conflicts.push(Conflict {
                        line: entry.line,
                        message: format!(
                            "'{}' is pinned to the same key ({}) as '{}' on line {}; a key can be declared once",
                            entry.name,
                            key.hash(),
                            resolved[earlier].0.name,
                            resolved[earlier].0.line
                        ),
                        candidates: Vec::new(),
                        remedy: "declare each key once: remove one of the entries",
                    });
                    continue;
                }
                claimed.insert(key.hash());
                matched[index] = Some(key);
            }
            [] => conflicts.push(Conflict {
                line: entry.line,
                message: format!("'{}' is pinned to hash {pin}, which no key has", entry.name),
                candidates: Vec::new(),
                remedy: "correct the pin (`orkeys list --json` shows every hash), or remove it to match by name",
            }),
            several => conflicts.push(Conflict {
                line: entry.line,
                message: format!(
                    "'{}' is pinned to hash {pin}, which {} keys start with; give more of it",
                    entry.name,
                    several.len()
                ),
                candidates: several.iter().map(|k| k.object()).collect(),
                remedy: "give more of the hash (the candidates are listed with --json)",
            }),
        }
    }
    for (index, (entry, _)) in resolved.iter().enumerate() {
        if entry.hash.is_some() {
            continue;
        }
        let found: Vec<&Key> = keys
            .iter()
            .filter(|k| k.name() == entry.name && !claimed.contains(k.hash()))
            .collect();
        match found.as_slice() {
            [] => {}
            [key] => {
                claimed.insert(key.hash());
                matched[index] = Some(key);
            }
            several => conflicts.push(Conflict {
                line: entry.line,
                message: format!(
                    "'{}' names {} keys in the account; pin it to one with hash = \"…\"",
                    entry.name,
                    several.len()
                ),
                candidates: several.iter().map(|k| k.object()).collect(),
                remedy:
                    "pin each such entry with hash = \"…\" (the candidates are listed with --json)",
            }),
        }
    }
    for ((entry, fields), key) in resolved.iter().zip(&matched) {
        let expires = fields.expires_at.flatten();
        let new_key_needed = key.is_none()
            || key.is_some_and(|k| {
                fields.expires_at.is_some()
                    && k.fields
                        .expires_at
                        .as_deref()
                        .and_then(|r| r.parse::<Timestamp>().ok())
                        != expires
            });
        if !new_key_needed {
            continue;
        }
        let why = crate::validate::name(&entry.name).err().or_else(|| {
            expires
                .filter(|t| *t <= now)
                .map(|t| format!("its expires_at ({t}) has passed"))
        });
        if let Some(why) = why {
            conflicts.push(Conflict {
                line: entry.line,
                message: format!(
                    "'{}' would need a new key, which cannot be created: {why}",
                    entry.name.escape_debug()
                ),
                candidates: Vec::new(),
                remedy: "correct the entry: a valid name, and an expires_at still ahead (or none)",
            });
        }
    }
    if !conflicts.is_empty() {
        return Err(conflicts);
    }
    let mut changes: Vec<Change> = resolved
        .iter()
        .zip(matched)
        .map(|((entry, fields), key)| match key {
            None => Change::Create {
                entry: entry.clone(),
                request: create_request(&entry.name, fields, None),
                disable: fields.disabled == Some(true),
            },
            Some(key) => compare(entry, fields, key),
        })
        .collect();
    if options.prune {
        changes.extend(
            keys.iter()
                .filter(|k| !claimed.contains(k.hash()))
                .filter(|k| options.prune_only.matches(k, now))
                .map(|key| Change::Delete { key: key.clone() }),
        );
    }
    Ok(Plan { changes })
}

/// What changes to turn `key` into what the entry describes.
fn compare(entry: &Entry, fields: &Fields, key: &Key) -> Change {
    let f = &key.fields;
    let s = &f.spending;
    let mut changes = Vec::new();
    let mut request = UpdateKeyRequest::default();
    if key.name() != entry.name {
        // Matched by a pinned hash: the manifest's name wins.
        changes.push(change("name", json!(key.name()), json!(entry.name)));
        request.name = Some(entry.name.clone());
    }
    if let Some(limit) = fields.limit {
        if !same_amount(s.limit, limit) {
            changes.push(change("limit", amount(s.limit), amount(limit)));
            request.limit = Some(limit);
        }
    }
    if let Some(reset) = fields.limit_reset {
        if s.limit_reset.as_deref() != reset {
            changes.push(change("limit_reset", json!(s.limit_reset), json!(reset)));
            request.limit_reset = Some(reset);
        }
    }
    if let Some(byok) = fields.include_byok_in_limit {
        if s.include_byok_in_limit.unwrap_or(false) != byok {
            changes.push(change(
                "include_byok_in_limit",
                json!(s.include_byok_in_limit.unwrap_or(false)),
                json!(byok),
            ));
            request.include_byok_in_limit = Some(byok);
        }
    }
    if let Some(disabled) = fields.disabled {
        if f.disabled.unwrap_or(false) != disabled {
            changes.push(change(
                "disabled",
                json!(f.disabled.unwrap_or(false)),
                json!(disabled),
            ));
            request.disabled = Some(disabled);
        }
    }
    if let Some(workspace) = &fields.workspace_id {
        if f.workspace_id.as_deref() != Some(workspace.as_str()) {
            changes.push(change(
                "workspace_id",
                json!(f.workspace_id),
                json!(workspace),
            ));
            request.workspace_id = Some(workspace.clone());
        }
    }
    // The API cannot change an expiry: a different one needs a new key.
    if let Some(expires) = fields.expires_at {
        let current = f
            .expires_at
            .as_deref()
            .and_then(|r| r.parse::<Timestamp>().ok());
        if current != expires {
            let mut all = changes;
            all.push(change(
                "expires_at",
                json!(current.map(|t| t.to_string())),
                json!(expires.map(|t| t.to_string())),
            ));
            return Change::Replace {
                key: key.clone(),
                changes: all,
                request: create_request(&entry.name, fields, Some(key)),
                disable: fields.disabled.unwrap_or(f.disabled.unwrap_or(false)),
            };
        }
    }
    if changes.is_empty() {
        Change::Unchanged { key: key.clone() }
    } else {
        Change::Update {
            key: key.clone(),
            changes,
            request,
        }
    }
}

/// The create body for an entry; a replacement keeps what the manifest does not manage from
/// the key it replaces.
fn create_request(name: &str, fields: &Fields, replacing: Option<&Key>) -> CreateKeyRequest {
    let old = replacing.map(|k| &k.fields);
    let old_spending = old.map(|f| &f.spending);
    let limit = fields
        .limit
        .unwrap_or_else(|| old_spending.and_then(|s| s.limit));
    let limit_reset = fields.limit_reset.unwrap_or_else(|| {
        old_spending
            .and_then(|s| s.limit_reset.as_deref())
            .and_then(|r| match r {
                "daily" => Some("daily"),
                "weekly" => Some("weekly"),
                "monthly" => Some("monthly"),
                _ => None,
            })
    });
    CreateKeyRequest {
        name: name.to_string(),
        limit,
        limit_reset,
        include_byok_in_limit: fields
            .include_byok_in_limit
            .or_else(|| old_spending.and_then(|s| s.include_byok_in_limit)),
        expires_at: fields
            .expires_at
            .flatten()
            .map(|t| t.to_string())
            .or_else(|| {
                old.and_then(|f| f.expires_at.clone())
                    .filter(|_| fields.expires_at.is_none())
            }),
        workspace_id: fields
            .workspace_id
            .clone()
            .or_else(|| old.and_then(|f| f.workspace_id.clone())),
        ..Default::default()
    }
}

fn change(field: &'static str, old: Value, new: Value) -> FieldChange {
    FieldChange { field, old, new }
}

fn same_amount(current: Option<f64>, wanted: Option<f64>) -> bool {
    match (current, wanted) {
        (Some(a), Some(b)) => (a - b).abs() < 1e-9,
        (None, None) => true,
        _ => false,
    }
}

fn amount(value: Option<f64>) -> Value {
    crate::api::types::amount_json(value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::manifest::model::parse;
    use crate::testing::now;

    const WORKSPACE: &str = "0df9e665-d932-5740-b2c7-b52af166bc11";

    fn key(hash: &str, name: &str, extra: Value) -> Key {
        let mut object = json!({"hash": hash, "name": name, "limit": 50, "limit_remaining": 40,
                                "limit_reset": "monthly", "include_byok_in_limit": false,
                                "disabled": false, "expires_at": null, "workspace_id": WORKSPACE,
                                "created_at": "2026-01-01T00:00:00Z"});
        if let (Some(base), Some(extra)) = (object.as_object_mut(), extra.as_object()) {
            base.extend(extra.clone());
        }
        Key::from_value(&object).unwrap_or_else(|e| unreachable!("{e}"))
    }

    fn plan_of(manifest: &str, keys: &[Key], options: &Options) -> Result<Plan, Vec<Conflict>> {
        let manifest = parse(manifest).unwrap_or_else(|e| unreachable!("{e:?}"));
        plan(&manifest, keys, options, now())
    }

    fn kinds(plan: &Plan) -> Vec<(&'static str, String)> {
        plan.changes
            .iter()
            .map(|c| {
                let name = match c {
                    Change::Create { entry, .. } => entry.name.clone(),
                    Change::Update { key, .. }
                    | Change::Replace { key, .. }
                    | Change::Unchanged { key }
                    | Change::Delete { key } => key.name().to_string(),
                };
                (c.kind(), name)
            })
            .collect()
    }

    #[test]
    fn every_kind_of_entry() {
        let keys = [
            key("aaaaaa01", "same", json!({})),
            key("aaaaaa02", "capped", json!({})),
            key(
                "aaaaaa03",
                "expiring",
                json!({"expires_at": "2027-01-01T00:00:00Z"}),
            ),
            key("aaaaaa04", "stray", json!({})),
        ];
        let manifest = "[defaults]\nlimit_reset = \"monthly\"\n\
                        [[key]]\nname = \"same\"\nlimit = 50\n\
                        [[key]]\nname = \"capped\"\nlimit = 75\ndisabled = true\n\
                        [[key]]\nname = \"expiring\"\nexpires_at = \"2028-01-01T00:00:00Z\"\n\
                        [[key]]\nname = \"new\"\nlimit = 5\n";
        let options = Options {
            prune: true,
            ..Options::default()
        };
        let plan = plan_of(manifest, &keys, &options).unwrap_or_else(|e| unreachable!("{e:?}"));
        assert_eq!(
            kinds(&plan),
            [
                ("unchanged", "same".to_string()),
                ("update", "capped".to_string()),
                ("replace", "expiring".to_string()),
                ("create", "new".to_string()),
                ("delete", "stray".to_string()),
            ]
        );
        let Change::Update {
            changes, request, ..
        } = &plan.changes[1]
        else {
            unreachable!("an update")
        };
        assert_eq!(
            changes,
            &[
                change("limit", json!(50), json!(75)),
                change("disabled", json!(false), json!(true)),
            ]
        );
        assert_eq!(
            serde_json::to_value(request).ok(),
            Some(json!({"limit": 75, "disabled": true}))
        );
        let Change::Create { request, .. } = &plan.changes[3] else {
            unreachable!("a create")
        };
        assert_eq!(
            serde_json::to_value(request).ok(),
            Some(json!({"name": "new", "limit": 5, "limit_reset": "monthly"}))
        );
        let Change::Replace { request, .. } = &plan.changes[2] else {
            unreachable!("a replacement")
        };
        assert_eq!(request.expires_at.as_deref(), Some("2028-01-01T00:00:00Z"));
        assert_eq!(request.limit, Some(50.0), "kept from the key it replaces");
        assert_eq!(
            plan.summary(),
            "1 to create, 1 to update, 1 to replace, 1 to delete, 1 unchanged"
        );
    }

    #[test]
    fn none_manages_the_absence_of_a_limit_or_reset() {
        let keys = [key("aaaaaa01", "open", json!({}))];
        let plan = plan_of(
            "[[key]]\nname = \"open\"\nlimit = \"none\"\nlimit_reset = \"none\"\n",
            &keys,
            &Options::default(),
        )
        .unwrap_or_else(|e| unreachable!("{e:?}"));
        let Change::Update { request, .. } = &plan.changes[0] else {
            unreachable!("an update")
        };
        assert_eq!(
            serde_json::to_value(request).ok(),
            Some(json!({"limit": null, "limit_reset": null}))
        );
    }

    #[test]
    fn unmanaged_fields_are_left_alone() {
        let keys = [key(
            "aaaaaa01",
            "k",
            json!({"disabled": true, "limit": 999}),
        )];
        let plan = plan_of("[[key]]\nname = \"k\"\n", &keys, &Options::default())
            .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert!(plan.is_empty());
    }

    #[test]
    fn prune_deletes_only_what_the_filter_lets_through() {
        let keys = [
            key("aaaaaa01", "customer-1", json!({})),
            key("aaaaaa02", "customer-2", json!({})),
            key("aaaaaa03", "internal", json!({})),
        ];
        let options = Options {
            prune: true,
            prune_only: Filter {
                name: glob::Pattern::new("customer-*").ok(),
                ..Filter::default()
            },
        };
        let plan = plan_of("[[key]]\nname = \"customer-1\"\n", &keys, &options)
            .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert_eq!(
            kinds(&plan),
            [
                ("unchanged", "customer-1".to_string()),
                ("delete", "customer-2".to_string())
            ]
        );
        let without = plan_of(
            "[[key]]\nname = \"customer-1\"\n",
            &keys,
            &Options::default(),
        )
        .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert_eq!(without.count("delete"), 0);
    }

    #[test]
    fn a_name_the_account_repeats_must_be_pinned() {
        let keys = [
            key("aaaaaa01", "ci", json!({})),
            key("bbbbbb02", "ci", json!({})),
        ];
        let conflicts =
            plan_of("[[key]]\nname = \"ci\"\n", &keys, &Options::default()).expect_err("ambiguous");
        assert!(
            conflicts[0].message.contains("names 2 keys"),
            "{conflicts:?}"
        );
        assert_eq!(conflicts[0].candidates.len(), 2);
        let pinned = plan_of(
            "[[key]]\nname = \"ci\"\nhash = \"bbbbbb\"\nlimit = 5\n[[key]]\nname = \"ci\"\nhash = \"aaaaaa\"\n",
            &keys,
            &Options::default(),
        )
        .unwrap_or_else(|e| unreachable!("{e:?}"));
        assert_eq!(
            kinds(&pinned),
            [
                ("update", "ci".to_string()),
                ("unchanged", "ci".to_string())
            ]
        );
        let missing = plan_of(
            "[[key]]\nname = \"x\"\nhash = \"cccccc\"\n",
            &keys,
            &Options::default(),
        )
        .expect_err("no such hash");
        assert!(missing[0].message.contains("which no key has"));
    }
}
