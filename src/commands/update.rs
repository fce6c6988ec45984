//! `update`: sends only the fields given; `--no-limit` and `--limit-reset none` send `null`.

use super::{pick, Context};
use crate::api::types::UpdateKeyRequest;
use crate::cli::{ResetChange, UpdateArgs};
use crate::error::{Error, Result};
use crate::select::Search;

pub fn run(args: &UpdateArgs, context: &mut Context) -> Result<()> {
    let request = build_request(args);
    if request.is_empty() {
        return Err(
            Error::usage("nothing to update: give at least one change").with_hint(
                "for example --name, --limit USD, --no-limit, --limit-reset, --disable or --enable",
            ),
        );
    }
    // A key being moved may already be in its new workspace (say, the move is run again).
    let home = context.settings.workspace(args.from_workspace.as_ref());
    let workspaces = match (&args.from_workspace, &args.workspace_id) {
        (None, Some(target)) if home.as_ref() != Some(target) => vec![home, Some(target.clone())],
        _ => vec![home],
    };
    let selector = match &args.key {
        Some(selector) => selector.clone(),
        None => pick::one(context, args.from_workspace.as_ref(), "Update which key?")?,
    };
    let concurrency = context.settings.concurrency;
    let progress = context.settings.output.progress;
    let client = context.api.client(&context.settings)?;
    let hash = Search::in_order(client, workspaces, concurrency)
        .with_progress(progress)
        .named(std::slice::from_ref(&selector))?
        .remove(0)
        .hash;
    let updated = client.update_key(&hash, &request)?;
    context.printer.one(&updated)
}

pub fn build_request(args: &UpdateArgs) -> UpdateKeyRequest {
    let disabled = match (args.disable, args.enable) {
        (true, _) => Some(true),
        (_, true) => Some(false),
        _ => None,
    };
    let limit = match (args.limit, args.no_limit) {
        (Some(usd), _) => Some(Some(usd)),
        (None, true) => Some(None),
        (None, false) => None,
    };
    UpdateKeyRequest {
        name: args.name.clone(),
        disabled,
        limit,
        limit_reset: args.limit_reset.map(|change| match change {
            ResetChange::Daily => Some("daily"),
            ResetChange::Weekly => Some("weekly"),
            ResetChange::Monthly => Some("monthly"),
            ResetChange::None => None,
        }),
        include_byok_in_limit: args.include_byok_in_limit,
        workspace_id: args.workspace_id.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::{Cli, Command, KeysCommand};
    use clap::Parser;
    use proptest::prelude::*;
    use serde_json::{json, Map, Value};

    const HASH: &str = "f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943";
    const WORKSPACE: &str = "0df9e665-d932-5740-b2c7-b52af166bc11";

    /// What a user may ask `update` to change.
    #[derive(Debug, Clone)]
    struct Change {
        name: Option<String>,
        disabled: Option<bool>,
        /// `Some(None)`: `--no-limit`.
        limit: Option<Option<u32>>,
        reset: Option<Option<&'static str>>,
        byok: Option<bool>,
        workspace: bool,
    }

    fn changes() -> impl Strategy<Value = Change> {
        (
            proptest::option::of("[a-z][a-z0-9 _-]{0,20}"),
            proptest::option::of(any::<bool>()),
            proptest::option::of(proptest::option::of(0u32..100_000_000)),
            proptest::option::of(proptest::option::of(prop_oneof![
                Just("daily"),
                Just("weekly"),
                Just("monthly")
            ])),
            proptest::option::of(any::<bool>()),
            any::<bool>(),
        )
            .prop_map(|(name, disabled, limit, reset, byok, workspace)| Change {
                name,
                disabled,
                limit,
                reset,
                byok,
                workspace,
            })
    }

    /// The command line a user would type for `change`; limits are in cents.
    fn arguments(change: &Change) -> Vec<String> {
        let mut args = vec!["orkeys".to_string(), "update".into(), HASH.into()];
        let mut push = |flag: &str, value: Option<String>| {
            args.push(flag.to_string());
            args.extend(value);
        };
        if let Some(name) = &change.name {
            push("--name", Some(name.clone()));
        }
        match change.disabled {
            Some(true) => push("--disable", None),
            Some(false) => push("--enable", None),
            None => {}
        }
        match change.limit {
            Some(Some(cents)) => push(
                "--limit",
                Some(format!("{}.{:02}", cents / 100, cents % 100)),
            ),
            Some(None) => push("--no-limit", None),
            None => {}
        }
        match change.reset {
            Some(Some(period)) => push("--limit-reset", Some(period.to_string())),
            Some(None) => push("--limit-reset", Some("none".into())),
            None => {}
        }
        if let Some(byok) = change.byok {
            push("--include-byok-in-limit", Some(byok.to_string()));
        }
        if change.workspace {
            push("--workspace-id", Some(WORKSPACE.into()));
        }
        args
    }

    /// The body the API should receive, worked out independently of the code under test.
    fn expected(change: &Change) -> Value {
        let mut body = Map::new();
        if let Some(name) = &change.name {
            body.insert("name".into(), json!(name));
        }
        if let Some(disabled) = change.disabled {
            body.insert("disabled".into(), json!(disabled));
        }
        match change.limit {
            Some(Some(cents)) if cents % 100 == 0 => {
                body.insert("limit".into(), json!(cents / 100));
            }
            Some(Some(cents)) => {
                body.insert("limit".into(), json!(f64::from(cents) / 100.0));
            }
            Some(None) => {
                body.insert("limit".into(), Value::Null);
            }
            None => {}
        }
        if let Some(reset) = change.reset {
            body.insert("limit_reset".into(), json!(reset));
        }
        if let Some(byok) = change.byok {
            body.insert("include_byok_in_limit".into(), json!(byok));
        }
        if change.workspace {
            body.insert("workspace_id".into(), json!(WORKSPACE));
        }
        Value::Object(body)
    }

    proptest! {
        #[test]
        fn every_combination_of_flags_gives_exactly_the_intended_body(change in changes()) {
            let cli = Cli::try_parse_from(arguments(&change))
                .unwrap_or_else(|e| unreachable!("{e}"));
            let Command::Verb(KeysCommand::Update(args)) = cli.command else {
                unreachable!("an update");
            };
            let body = serde_json::to_value(build_request(&args))
                .unwrap_or_else(|e| unreachable!("{e}"));
            prop_assert_eq!(body, expected(&change));
        }
    }
}
