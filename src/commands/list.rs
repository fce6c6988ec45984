//! `list` (every page, de-duplicated) and `get`.

use std::collections::HashSet;

use super::{resolve, Context};
use crate::api::types::{Key, ListQuery};
use crate::api::Client;
use crate::cli::{GetArgs, ListArgs};
use crate::error::Result;
use crate::render;

/// The API's page size: a shorter page is the last one.
const PAGE_SIZE: usize = 100;

pub fn run(args: &ListArgs, context: &mut Context) -> Result<()> {
    let query = ListQuery {
        include_disabled: args.include_disabled,
        include_expired: args.include_expired,
        workspace_id: args.workspace_id.clone(),
    };
    let keys = collect(
        context.client()?,
        &query,
        args.offset.unwrap_or(0),
        args.limit,
    )?;
    let output = context.printer.output();
    if keys.is_empty() && output.terminal && !output.json {
        let hidden = if args.include_disabled {
            ""
        } else {
            " (disabled keys are hidden: add --include-disabled)"
        };
        render::notice(&format!("no keys found{hidden}"));
    }
    Ok(context.printer.keys(&keys)?)
}

pub fn get(args: &GetArgs, context: &mut Context) -> Result<()> {
    let key = resolve::one(context.client()?, &args.key)?;
    Ok(context.printer.key(&key)?)
}

/// Follows pages from `offset` until a short or empty page, or until `limit` keys are in hand.
/// Offsets shift when keys are created or deleted mid-listing, so keys are de-duplicated by
/// hash, and a full page that brings nothing new ends the listing (a server ignoring `offset`
/// would otherwise loop forever).
pub fn collect(
    client: &Client,
    query: &ListQuery,
    offset: u64,
    limit: Option<u64>,
) -> Result<Vec<Key>> {
    let wanted = limit.map_or(usize::MAX, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let mut keys = Vec::new();
    let mut seen = HashSet::new();
    let mut offset = offset;
    while keys.len() < wanted {
        let page = client.list_page(query, offset)?;
        let page_len = page.len();
        let before = keys.len();
        for key in page {
            if seen.insert(key.hash().to_string()) {
                keys.push(key);
            }
        }
        if page_len < PAGE_SIZE || keys.len() == before {
            break;
        }
        offset += page_len as u64;
    }
    keys.truncate(wanted);
    Ok(keys)
}
