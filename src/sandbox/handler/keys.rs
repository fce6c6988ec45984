//! The key routes: `GET /key`, and listing, creating, reading, changing and deleting keys.

use serde_json::{json, Value};

use super::{bad_request, not_found, query_pairs, Caller, Context, Response};
use crate::sandbox::body;
use crate::sandbox::seed::{self, DEFAULT_WORKSPACE, EXAMPLE_CREATOR};
use crate::sandbox::state::{dollars, State, StoredKey};
use crate::sandbox::{MANAGEMENT_KEY, ORDINARY_KEY};
use crate::validate;

pub(super) fn current_key(state: &State, caller: &Caller) -> Response {
    let rate_limit = json!({"interval": "1h", "note": "This field is deprecated and safe to ignore.", "requests": 1000});
    // What the calling key is allowed and has spent; one lookup for a created key.
    struct Own {
        label: String,
        is_management: bool,
        limit: Option<f64>,
        limit_remaining: Option<f64>,
        limit_reset: Option<String>,
        usage: f64,
        expires_at: Option<String>,
    }
    let own = match caller {
        Caller::Management => Own {
            label: seed::label(MANAGEMENT_KEY),
            is_management: true,
            limit: None,
            limit_remaining: None,
            limit_reset: None,
            usage: 0.0,
            expires_at: None,
        },
        Caller::Ordinary => Own {
            label: seed::label(ORDINARY_KEY),
            is_management: false,
            limit: Some(10.0),
            limit_remaining: Some(8.5),
            limit_reset: Some("monthly".to_string()),
            usage: 1.5,
            expires_at: None,
        },
        Caller::Created(hash) => match super::find(state, hash) {
            Some(key) => Own {
                label: key.label.clone(),
                is_management: false,
                limit: key.limit,
                limit_remaining: key.limit_remaining(),
                limit_reset: key.limit_reset.clone(),
                usage: key.usage,
                expires_at: key.expires_at.clone(),
            },
            None => return Response::error(401, "User not found"),
        },
    };
    Response::ok(json!({"data": {
        "label": own.label,
        "limit": own.limit.map(dollars),
        "usage": dollars(own.usage),
        "usage_daily": 0,
        "usage_weekly": 0,
        "usage_monthly": dollars(own.usage),
        "byok_usage": 0,
        "byok_usage_daily": 0,
        "byok_usage_weekly": 0,
        "byok_usage_monthly": 0,
        "is_free_tier": false,
        "is_management_key": own.is_management,
        "is_provisioning_key": own.is_management,
        "limit_remaining": own.limit_remaining.map(dollars),
        "limit_reset": own.limit_reset,
        "include_byok_in_limit": false,
        "creator_user_id": EXAMPLE_CREATOR,
        "rate_limit": rate_limit,
        "expires_at": own.expires_at,
        "allowed_data_regions": ["global"],
        "organization_id": null,
        "workspace_id": DEFAULT_WORKSPACE,
    }}))
}

/// One page of the keys, newest first. The keys are kept in creation order, so a page is
/// read from the end of the list: no sorting, and only the keys up to the page are looked at.
pub(super) fn list(state: &State, query: &str, context: &Context) -> Response {
    let mut include_disabled = false;
    let mut include_expired = false;
    let mut offset = 0usize;
    let mut workspace = DEFAULT_WORKSPACE.to_string();
    let pairs = match query_pairs(query) {
        Ok(pairs) => pairs,
        Err(response) => return response,
    };
    for (name, value) in pairs {
        match name.as_str() {
            "include_disabled" | "include_expired" => {
                let flag = match value.as_str() {
                    "true" => true,
                    "false" => false,
                    _ => return bad_request(&format!("{name} must be true or false")),
                };
                if name == "include_disabled" {
                    include_disabled = flag;
                } else {
                    include_expired = flag;
                }
            }
            "offset" => match value.parse() {
                Ok(n) => offset = n,
                Err(_) => return bad_request("offset must be a non-negative integer"),
            },
            "workspace_id" => match validate::uuid(&value) {
                Ok(id) => workspace = id,
                Err(_) => return bad_request("workspace_id must be a UUID"),
            },
            _ => {}
        }
    }
    let page: Vec<Value> = state
        .keys
        .iter()
        .rev()
        .filter(|k| k.workspace_id == workspace)
        .filter(|k| include_disabled || !k.disabled)
        .filter(|k| include_expired || !k.is_expired(context.now))
        .skip(offset)
        .take(context.page_size)
        .map(StoredKey::to_api)
        .collect();
    Response::ok(json!({"data": page}))
}

pub(super) fn create(state: &mut State, body: &[u8], context: &Context) -> (Response, bool) {
    let now = context.now;
    let new = match body::new_key(body, now) {
        Ok(new) => new,
        Err(message) => return (bad_request(&message), false),
    };
    // The sequence number is handed out under the state's lock, so a seeded secret is
    // never given twice, whatever other processes share the state.
    let secret = match context.seed {
        Some(seed) => seed::derived_secret(seed, state.next_seq),
        None => seed::new_secret(&mut fastrand::Rng::new()),
    };
    let key = StoredKey {
        seq: state.next_seq,
        hash: seed::sha256_hex(&secret),
        name: new.name,
        label: seed::label(&secret),
        disabled: false,
        limit: new.limit,
        limit_reset: new.limit_reset,
        include_byok_in_limit: new.include_byok_in_limit,
        usage: 0.0,
        usage_daily: 0.0,
        usage_weekly: 0.0,
        usage_monthly: 0.0,
        byok_usage: 0.0,
        created_at: seed::timestamp(now),
        updated_at: None,
        expires_at: new.expires_at,
        creator_user_id: new.creator_user_id,
        workspace_id: new
            .workspace_id
            .unwrap_or_else(|| DEFAULT_WORKSPACE.to_string()),
        external_user: new.external_user,
        external_api_key_sha256: new.external_api_key_sha256,
        last_used_at: None,
    };
    state.next_seq += 1;
    let data = key.to_api();
    state.keys.push(key);
    let created = Response {
        status: 201,
        body: json!({"data": data, "key": secret}),
    };
    (created, true)
}

pub(super) fn update(
    state: &mut State,
    hash: &str,
    body: &[u8],
    now: jiff::Timestamp,
) -> (Response, bool) {
    let Some(key) = state.keys.iter_mut().find(|k| k.hash == hash) else {
        return (not_found(), false);
    };
    let changes = match body::key_changes(body) {
        Ok(changes) => changes,
        Err(message) => return (bad_request(&message), false),
    };
    changes.apply_to(key);
    key.updated_at = Some(seed::timestamp(now));
    (Response::ok(json!({"data": key.to_api()})), true)
}

pub(super) fn delete(state: &mut State, hash: &str) -> (Response, bool) {
    match state.keys.iter().position(|k| k.hash == hash) {
        Some(index) => {
            // `remove`, not `swap_remove`: the keys stay in creation order.
            state.keys.remove(index);
            (Response::ok(json!({"deleted": true})), true)
        }
        None => (not_found(), false),
    }
}
