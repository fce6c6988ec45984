//! `create`: sends one POST and shows the one-time secret exactly where the user asked.

use std::path::Path;

use super::secret_delivery::{shell_quote, Destination};
use super::{pick, Context};
use crate::api::types::{CreateKeyRequest, ExternalUser};
use crate::cli::CreateArgs;
use crate::error::{Error, Result};
use crate::secret::Secret;

/// The API's minimum for an external user's own API key.
const MIN_EXTERNAL_KEY_LEN: usize = 32;

pub fn run(args: &CreateArgs, context: &mut Context) -> Result<()> {
    Destination::check(args.key_only, args.key_file.as_deref(), context)?;
    let request = build_request(args, context)?;
    // The secret's destination is claimed before the key exists, so a path that is taken or
    // unwritable fails here rather than after a secret was issued that nobody can store.
    let destination = Destination::claim(args.key_only, args.key_file.as_deref(), context)?;
    match context.api.client(&context.settings)?.create_key(&request) {
        Ok(created) => destination.deliver(&created, context),
        Err(failure) => {
            destination.abandon();
            let mut error = failure.error;
            if failure.outcome_unknown {
                error.hint = Some(format!(
                    "the key may have been created; do not run create again before checking with: orkeys get {}",
                    shell_quote(&request.name)
                ));
            }
            Err(error)
        }
    }
}

fn build_request(args: &CreateArgs, context: &Context) -> Result<CreateKeyRequest> {
    // Without --name, a person at a terminal is asked; anywhere else it is a usage error.
    let asked = match &args.name {
        Some(_) => None,
        None => Some(pick::new_key(
            &context.settings,
            args.limit,
            args.limit_reset,
        )?),
    };
    let name = match (&args.name, &asked) {
        (Some(name), _) => name.clone(),
        (None, Some(asked)) => asked.name.clone(),
        (None, None) => unreachable!("asked when no name was given"),
    };
    let limit = asked.as_ref().map_or(args.limit, |a| a.limit);
    let limit_reset = asked.as_ref().map_or(args.limit_reset, |a| a.limit_reset);
    let external = match &args.external_user {
        None => None,
        Some(user) => Some(ExternalUser {
            user: user.clone(),
            api_key: args
                .external_api_key_file
                .as_deref()
                .map(read_external_key)
                .transpose()?,
        }),
    };
    Ok(CreateKeyRequest {
        name,
        limit,
        limit_reset: limit_reset.map(|period| period.as_str()),
        include_byok_in_limit: args.include_byok_in_limit.then_some(true),
        expires_at: args.expires_at.clone().or_else(|| args.expires_in.clone()),
        workspace_id: context.settings.workspace(args.workspace_id.as_ref()),
        creator_user_id: args.creator_user_id.clone(),
        external,
    })
}

fn read_external_key(path: &Path) -> Result<Secret> {
    let text = std::fs::read_to_string(path).map_err(|e| {
        Error::io(
            &format!("could not read --external-api-key-file {}", path.display()),
            &e,
        )
    })?;
    let key = text.trim();
    if key.chars().count() < MIN_EXTERNAL_KEY_LEN || key.chars().any(char::is_whitespace) {
        return Err(Error::usage(format!(
            "the key in {} must be a single word of at least {MIN_EXTERNAL_KEY_LEN} characters",
            path.display()
        )));
    }
    Ok(Secret::new(key.to_string()))
}
