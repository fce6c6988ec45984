//! `rotate`: create the replacement first, copying the old key's limit, reset period, BYOK
//! setting, workspace and (if still ahead) expiry; deliver its secret; only then disable,
//! delete or keep the old key. The new key takes the old name, so the old key is renamed in
//! the same PATCH that disables it. Any failure stops, says what exists now, and gives the
//! one command that finishes the job. Everything after the create addresses keys by hash.

use dialoguer::console::Term;
use dialoguer::Confirm;
use jiff::Timestamp;
use serde_json::{json, Value};

use super::secret_delivery::{not_delivered, shell_quote, Destination};
use super::{pick, Context};
use crate::api::types::{CreateKeyRequest, Key, UpdateKeyRequest};
use crate::cli::RotateArgs;
use crate::config::Format;
use crate::error::{Details, Error, Kind, Result};
use crate::notice;
use crate::render::values::{dollars, short_hash};
use crate::render::views::Step;
use crate::sanitize::for_terminal;

/// What happens to the old key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OldKey {
    Disable,
    Delete,
    Keep,
}

impl OldKey {
    fn done(self) -> &'static str {
        match self {
            OldKey::Disable => "disabled",
            OldKey::Delete => "deleted",
            OldKey::Keep => "kept",
        }
    }
}

/// The rotation worked out from the old key and the flags, before anything is sent.
#[derive(Debug)]
struct Plan {
    old: Key,
    create: CreateKeyRequest,
    old_key: OldKey,
    /// The old key's new name, when it is renamed.
    rename_old: Option<String>,
    /// Why the old key's expiry is not carried over, when it has one and the new key gets
    /// none.
    expiry_dropped: Option<String>,
    /// This very command, naming the old key by hash: what starts the rotation over.
    again: String,
}

pub fn run(args: &RotateArgs, context: &mut Context) -> Result<()> {
    let old_key = if args.delete_old {
        OldKey::Delete
    } else if args.keep_old {
        OldKey::Keep
    } else {
        OldKey::Disable
    };
    // Decided before any request: a deletion nobody confirmed never starts, and a secret
    // the output would drop is never issued.
    if !args.dry_run {
        Destination::check(args.key_only, args.key_file.as_deref(), context)?;
    }
    let can_ask = pick::can_prompt(&context.settings);
    if old_key == OldKey::Delete && !args.yes && !args.dry_run && !can_ask {
        return Err(Error::new(
            Kind::NotInteractive,
            format!(
                "refusing to delete the old key without confirmation: {}",
                pick::why_not_asked(&context.settings)
            ),
        )
        .with_hint("pass --yes to rotate and delete the old key without asking"));
    }
    let workspace = args.search.workspace_id.as_ref();
    let selector = match &args.key {
        Some(selector) => selector.clone(),
        None => pick::one(context, workspace, "Rotate which key?")?,
    };
    let old = context.search(workspace)?.key(&selector)?;
    if old.fields.disabled == Some(true) {
        // Its replacement would be a working key where someone switched one off.
        return Err(Error::usage(format!(
            "'{}' ({}) is disabled: rotating it would put a working key in its place",
            for_terminal(old.name()),
            old.hash()
        ))
        .with_hint(format!(
            "if it should be in service again, enable it first (orkeys enable {}) and rotate it then",
            old.hash()
        )));
    }
    let plan = plan(args, old, old_key, context.settings.output.now);
    if args.dry_run {
        return show_plan(&plan, context);
    }
    if old_key != OldKey::Keep && !args.yes && can_ask {
        confirm(&plan)?;
    }
    if let Some(why) = &plan.expiry_dropped {
        notice::warning(&format!(
            "{}, so the new key never expires; set one with --expires-in or --expires-at",
            for_terminal(why)
        ));
    }
    let destination = Destination::claim(args.key_only, args.key_file.as_deref(), context)?;
    let json_document = destination.is_output() && context.settings.output.format == Format::Json;
    let new = match context
        .api
        .client(&context.settings)?
        .create_key(&plan.create)
    {
        Ok(new) => new,
        Err(failure) => {
            destination.abandon();
            return Err(create_failed(&plan, failure.error, failure.outcome_unknown));
        }
    };
    // The secret reaches the user before the old key is touched; with --json the whole
    // document goes out first, so that nothing that happens to the old key (a failure, a
    // signal, a closed pipe) can take the secret with it.
    if json_document {
        print_document(&plan, &new, context)?;
    } else {
        destination
            .deliver(&new, context)
            .map_err(|e| old_key_untouched(&plan, &new, e))?;
    }
    let old_after = finish_old_key(&plan, &new, context)?;
    if !json_document {
        notice::notice(&match old_after {
            OldKey::Keep if plan.rename_old.is_none() => format!(
                "the old key {} was kept as it is",
                short_hash(plan.old.hash())
            ),
            done => format!(
                "the old key {} was {}{}",
                short_hash(plan.old.hash()),
                done.done(),
                plan.rename_old
                    .as_ref()
                    .filter(|_| done != OldKey::Delete)
                    .map(|name| format!(" and renamed '{}'", for_terminal(name)))
                    .unwrap_or_default()
            ),
        });
    }
    Ok(())
}

fn plan(args: &RotateArgs, old: Key, old_key: OldKey, now: Timestamp) -> Plan {
    let f = &old.fields;
    let name = args.name.clone().unwrap_or_else(|| old.name().to_string());
    // An expiry still ahead is copied; one already past would make the new key useless.
    let expires_at = args
        .expires_at
        .clone()
        .or_else(|| args.expires_in.clone())
        .or_else(|| {
            f.expires_at
                .as_deref()
                .and_then(|raw| raw.parse::<Timestamp>().ok())
                .filter(|t| *t > now)
                .map(|t| t.to_string())
        });
    let create = CreateKeyRequest {
        name: name.clone(),
        limit: f.spending.limit,
        limit_reset: f.spending.limit_reset.as_deref().and_then(|r| match r {
            "daily" => Some("daily"),
            "weekly" => Some("weekly"),
            "monthly" => Some("monthly"),
            _ => None,
        }),
        include_byok_in_limit: f.spending.include_byok_in_limit,
        expires_at,
        workspace_id: f.workspace_id.clone(),
        ..Default::default()
    };
    // So that the name keeps pointing at exactly one key.
    let rename_old = match (old_key, &args.old_name) {
        (OldKey::Delete, _) => None,
        (_, Some(old_name)) => Some(old_name.clone()),
        (_, None) if name == old.name() => Some(format!(
            "{} (rotated {})",
            old.name(),
            now.to_zoned(jiff::tz::TimeZone::UTC).date()
        )),
        (_, None) => None,
    };
    let expiry_dropped = match (&create.expires_at, &f.expires_at) {
        (None, Some(raw)) => Some(match raw.parse::<Timestamp>() {
            Ok(_) => "the old key's expiry has passed".to_string(),
            Err(_) => format!("the old key's expiry '{raw}' could not be read"),
        }),
        _ => None,
    };
    let again = command_again(std::env::args().skip(1), args.key.as_deref(), old.hash());
    Plan {
        old,
        create,
        old_key,
        rename_old,
        expiry_dropped,
        again,
    }
}

/// The command line as typed, with the KEY replaced by (or, after a picker, given as) the
/// old key's full hash: after a failure, the same rotation with the same flags.
fn command_again(
    typed: impl Iterator<Item = String>,
    selector: Option<&str>,
    hash: &str,
) -> String {
    let mut words: Vec<String> = typed.collect();
    let rotate = words.iter().position(|w| w == "rotate");
    let key = selector.and_then(|selector| {
        words
            .iter()
            .enumerate()
            .skip(rotate.map_or(0, |at| at + 1))
            .find(|(_, word)| word.as_str() == selector)
            .map(|(at, _)| at)
    });
    match (key, rotate) {
        (Some(at), _) => words[at] = hash.to_string(),
        (None, Some(at)) => words.insert(at + 1, hash.to_string()),
        (None, None) => words = vec!["rotate".to_string(), hash.to_string()],
    }
    let quoted: Vec<String> = words.iter().map(|w| shell_quote(w)).collect();
    format!("orkeys {}", quoted.join(" "))
}

/// Disables (renaming), deletes or keeps (renaming) the old key, by hash.
fn finish_old_key(plan: &Plan, new: &Key, context: &mut Context) -> Result<OldKey> {
    let client = context.api.client(&context.settings)?;
    let hash = plan.old.hash();
    let result = match plan.old_key {
        OldKey::Delete => client.delete_key(hash).map(|_| ()),
        OldKey::Disable => client
            .update_key(
                hash,
                &UpdateKeyRequest {
                    disabled: Some(true),
                    name: plan.rename_old.clone(),
                    ..Default::default()
                },
            )
            .map(|_| ()),
        OldKey::Keep => match &plan.rename_old {
            Some(name) => client
                .update_key(
                    hash,
                    &UpdateKeyRequest {
                        name: Some(name.clone()),
                        ..Default::default()
                    },
                )
                .map(|_| ()),
            None => Ok(()),
        },
    };
    result.map(|()| plan.old_key).map_err(|error| {
        let (what, finish) = match plan.old_key {
            OldKey::Delete => ("deleted", format!("orkeys delete {hash} --yes")),
            OldKey::Disable => (
                "disabled",
                format!(
                    "orkeys update {hash} --disable{}",
                    rename_flag(plan.rename_old.as_deref())
                ),
            ),
            OldKey::Keep => (
                "renamed",
                format!("orkeys update {hash}{}", rename_flag(plan.rename_old.as_deref())),
            ),
        };
        Error::new(
            error.kind,
            format!(
                "the new key {} ({}) was created and its secret delivered, but the old key {} could not be {what}: {}; the old key is still {}",
                for_terminal(new.name()),
                new.hash(),
                hash,
                error.message,
                if plan.old.fields.disabled == Some(true) { "disabled" } else { "active" }
            ),
        )
        .with_hint(format!("finish the rotation with: {finish}"))
    })
}

fn rename_flag(name: Option<&str>) -> String {
    name.map(|n| format!(" --name {}", shell_quote(n)))
        .unwrap_or_default()
}

/// A create that failed: the old key was not touched; say whether a new key may exist.
fn create_failed(plan: &Plan, mut error: Error, outcome_unknown: bool) -> Error {
    let old = short_hash(plan.old.hash());
    if outcome_unknown {
        error.message = format!(
            "{}; the new key may have been created; the old key {old} was not touched",
            error.message
        );
        error.hint = Some(format!(
            "check before rotating again: orkeys list --match {} --include-disabled",
            shell_quote(&plan.create.name)
        ));
    } else {
        error.message = format!(
            "could not create the new key: {}; nothing changed, the old key {old} is as it was",
            error.message
        );
    }
    error
}

/// `{"old": Key, "new": Key, "key": "sk-or-v1-…", "old_action": …}`, printed once the new key
/// exists and before the old one is touched: `old_action` is what happens to the old key
/// next, and a failure there is reported on standard error with a non-zero exit.
fn print_document(plan: &Plan, new: &Key, context: &mut Context) -> Result<()> {
    let document = json!({
        "old": Value::Object(plan.old.object()),
        "new": Value::Object(new.object()),
        "key": new.secret().map(|s| s.expose().to_string()),
        "old_action": plan.old_key.done(),
    });
    context
        .printer
        .document(&document)
        .and_then(|()| context.printer.flush())
        .map_err(|e| old_key_untouched(plan, new, not_delivered(new, &e, "standard output")))
}

/// A secret that was not delivered stops the rotation before the old key: says that the
/// old key still works, and the one line that removes the new key and starts over.
fn old_key_untouched(plan: &Plan, new: &Key, mut error: Error) -> Error {
    if !matches!(error.details, Some(Details::SecretLost(_))) {
        return error;
    }
    error.message.push_str(&format!(
        "; the old key {} is untouched and still active",
        short_hash(plan.old.hash())
    ));
    error.with_hint(format!(
        "the new secret cannot be retrieved: `orkeys delete {} --yes && {}` removes the new key and starts over",
        new.hash(),
        plan.again
    ))
}

/// `--dry-run`: what would be created and what would happen to the old key.
fn show_plan(plan: &Plan, context: &mut Context) -> Result<()> {
    let c = &plan.create;
    if context.settings.output.format == Format::Json {
        let document = json!({
            "old": Value::Object(plan.old.object()),
            "create": serde_json::to_value(c).unwrap_or(Value::Null),
            "old_action": match plan.old_key { OldKey::Disable => "disable", OldKey::Delete => "delete", OldKey::Keep => "keep" },
            "old_new_name": plan.rename_old,
        });
        return context.printer.document(&document);
    }
    let limit = match (c.limit, c.limit_reset) {
        (None, _) => "no limit".to_string(),
        (Some(limit), Some(reset)) => format!("{} {reset}", dollars(limit)),
        (Some(limit), None) => dollars(limit),
    };
    // Raw text: every format escapes what it must (a table for the terminal, rows for
    // their readers, JSON by itself).
    let old = format!("{} ({})", plan.old.name(), short_hash(plan.old.hash()));
    let renamed = plan
        .rename_old
        .as_ref()
        .map(|n| format!(", renamed '{n}'"))
        .unwrap_or_default();
    let steps = [
        Step::new("create", format!("a new key named '{}'", c.name)),
        Step::new("limit", limit),
        Step::new(
            "byok in limit",
            if c.include_byok_in_limit == Some(true) {
                "yes"
            } else {
                "no"
            },
        ),
        Step::new(
            "workspace",
            c.workspace_id
                .clone()
                .unwrap_or_else(|| "the default workspace".into()),
        ),
        Step::new(
            "expires",
            match (&c.expires_at, &plan.expiry_dropped) {
                (Some(at), _) => at.clone(),
                (None, Some(why)) => format!("never ({why}; set one with --expires-in)"),
                (None, None) => "never".to_string(),
            },
        ),
        Step::new(
            "then",
            match plan.old_key {
                OldKey::Disable => format!("disable the old key {old}{renamed}"),
                OldKey::Delete => format!("delete the old key {old}"),
                OldKey::Keep => format!("keep the old key {old} working{renamed}"),
            },
        ),
    ];
    context.printer.list(&steps)?;
    context.printer.flush()?;
    notice::notice("dry run: nothing was created or changed");
    Ok(())
}

fn confirm(plan: &Plan) -> Result<()> {
    let old = format!(
        "{} ({})",
        for_terminal(plan.old.name()),
        short_hash(plan.old.hash())
    );
    let then = match plan.old_key {
        OldKey::Delete => "delete the old key (this cannot be undone)",
        _ => "disable the old key",
    };
    let prompt = format!("Rotate {old}: create its replacement, deliver the secret, then {then}?");
    match Confirm::new()
        .with_prompt(prompt)
        .default(false)
        .wait_for_newline(true)
        .interact_on(&Term::stderr())
    {
        Ok(true) => Ok(()),
        Ok(false) => Err(Error::new(Kind::Interrupted, "nothing was rotated")),
        Err(_) => Err(Error::new(
            Kind::Interrupted,
            "interrupted; nothing was rotated",
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::command_again;

    fn again(typed: &[&str], selector: Option<&str>) -> String {
        command_again(typed.iter().map(|w| w.to_string()), selector, "abc123")
    }

    #[test]
    fn starting_over_repeats_the_command_with_the_old_key_by_hash() {
        assert_eq!(
            again(
                &[
                    "--profile",
                    "work",
                    "rotate",
                    "staging",
                    "--key-file",
                    "s.key"
                ],
                Some("staging")
            ),
            "orkeys --profile work rotate abc123 --key-file s.key"
        );
        // After a picker, the hash is added.
        assert_eq!(
            again(&["rotate", "--delete-old", "--yes"], None),
            "orkeys rotate abc123 --delete-old --yes"
        );
        // Words are quoted for the shell.
        assert_eq!(
            again(&["rotate", "my key", "--name", "new name"], Some("my key")),
            "orkeys rotate abc123 --name 'new name'"
        );
    }
}
