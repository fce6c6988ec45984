//! The sandbox's answers: the same paths, statuses, JSON shapes and error bodies as the
//! key-management API. Pure request-in, response-out over the state store; the HTTP server
//! around it only moves bytes.

use fastrand::Rng;
use jiff::Timestamp;
use reqwest::Url;
use serde_json::{json, Value};

use super::body;
use super::seed::{self, DEFAULT_WORKSPACE};
use super::state::{dollars, State, StoredKey};
use super::store::Store;
use super::{MANAGEMENT_KEY, ORDINARY_KEY};
use crate::validate;

/// A request, reduced to what the API looks at. `path` is below `/api/v1`.
#[derive(Debug)]
pub struct Request<'a> {
    pub method: &'a str,
    pub path: &'a str,
    pub query: &'a str,
    pub authorization: Option<&'a str>,
    pub body: &'a [u8],
}

#[derive(Debug, Clone, PartialEq)]
pub struct Response {
    pub status: u16,
    pub body: Value,
}

impl Response {
    fn ok(body: Value) -> Self {
        Response { status: 200, body }
    }

    /// The API's error body: `{"error": {"code": N, "message": "..."}}`.
    pub fn error(status: u16, message: &str) -> Self {
        Response {
            status,
            body: json!({"error": {"code": status, "message": message}}),
        }
    }
}

/// What the sandbox needs besides the request.
#[derive(Debug)]
pub struct Context<'a> {
    pub store: &'a Store,
    pub page_size: usize,
    pub now: Timestamp,
}

/// Who is calling.
enum Caller {
    Management,
    /// The sandbox's fixed ordinary key.
    Ordinary,
    /// A key created in the sandbox, by hash.
    Created(String),
}

pub fn handle(request: &Request, context: &Context, rng: &mut Rng) -> Response {
    // Seeds drawn up front: a missing state file is created with example keys, and a create
    // draws its secret, each from the server's random stream (reproducible with --seed).
    let (fresh_seed, secret_seed, now) = (rng.u64(..), rng.u64(..), context.now);
    let fresh = move || seed::fresh_state(&mut Rng::with_seed(fresh_seed), now);
    let route = Route::of(request.method, request.path);
    let outcome = match route {
        Route::NotFound => Ok(Response::error(404, "Not Found")),
        Route::MethodNotAllowed => Ok(Response::error(405, "Method Not Allowed")),
        Route::CurrentKey => context.store.read(fresh, |state| {
            match authenticate(state, request.authorization, context.now) {
                Ok(caller) => current_key(state, &caller),
                Err(response) => response,
            }
        }),
        Route::List => context.store.read(fresh, |state| {
            management_only(state, request, context.now)
                .unwrap_or_else(|| list(state, request.query, context))
        }),
        Route::Get(hash) => context.store.read(fresh, |state| {
            management_only(state, request, context.now).unwrap_or_else(|| {
                match find(state, hash) {
                    Some(key) => Response::ok(json!({"data": key.to_api()})),
                    None => not_found(),
                }
            })
        }),
        Route::Create => {
            let mut secret_rng = Rng::with_seed(secret_seed);
            context.store.write(fresh, |state| {
                if let Some(refused) = management_only(state, request, context.now) {
                    return (refused, false);
                }
                create(state, request.body, context.now, &mut secret_rng)
            })
        }
        Route::Update(hash) => context.store.write(fresh, |state| {
            if let Some(refused) = management_only(state, request, context.now) {
                return (refused, false);
            }
            update(state, hash, request.body, context.now)
        }),
        Route::Delete(hash) => context.store.write(fresh, |state| {
            if let Some(refused) = management_only(state, request, context.now) {
                return (refused, false);
            }
            match state.keys.iter().position(|k| k.hash == hash) {
                Some(index) => {
                    state.keys.remove(index);
                    (Response::ok(json!({"deleted": true})), true)
                }
                None => (not_found(), false),
            }
        }),
    };
    outcome.unwrap_or_else(|error| Response::error(500, &format!("sandbox: {}", error.message)))
}

enum Route<'a> {
    CurrentKey,
    List,
    Create,
    Get(&'a str),
    Update(&'a str),
    Delete(&'a str),
    NotFound,
    MethodNotAllowed,
}

impl<'a> Route<'a> {
    fn of(method: &str, path: &'a str) -> Self {
        let path = path.strip_suffix('/').unwrap_or(path);
        match (method, path) {
            ("GET", "/key") => Route::CurrentKey,
            (_, "/key") => Route::MethodNotAllowed,
            ("GET", "/keys") => Route::List,
            ("POST", "/keys") => Route::Create,
            (_, "/keys") => Route::MethodNotAllowed,
            _ => match path.strip_prefix("/keys/") {
                Some(hash) if !hash.is_empty() && !hash.contains('/') => match method {
                    "GET" => Route::Get(hash),
                    "PATCH" => Route::Update(hash),
                    "DELETE" => Route::Delete(hash),
                    _ => Route::MethodNotAllowed,
                },
                _ => Route::NotFound,
            },
        }
    }
}

fn authenticate(
    state: &State,
    authorization: Option<&str>,
    now: Timestamp,
) -> Result<Caller, Response> {
    let token = authorization
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .ok_or_else(|| Response::error(401, "Missing Authentication header"))?;
    if token == MANAGEMENT_KEY {
        return Ok(Caller::Management);
    }
    if token == ORDINARY_KEY {
        return Ok(Caller::Ordinary);
    }
    let hash = seed::sha256_hex(token);
    match find(state, &hash) {
        Some(key) if !key.disabled && !key.is_expired(now) => Ok(Caller::Created(hash)),
        _ => Err(Response::error(401, "User not found")),
    }
}

/// `None` when a management key is calling; otherwise the refusal to send.
fn management_only(state: &State, request: &Request, now: Timestamp) -> Option<Response> {
    match authenticate(state, request.authorization, now) {
        Ok(Caller::Management) => None,
        Ok(_) => Some(Response::error(
            403,
            "Only management keys can perform this operation",
        )),
        Err(response) => Some(response),
    }
}

fn find<'s>(state: &'s State, hash: &str) -> Option<&'s StoredKey> {
    state.keys.iter().find(|k| k.hash == hash)
}

fn not_found() -> Response {
    Response::error(404, "API key not found")
}

fn bad_request(message: &str) -> Response {
    Response::error(400, message)
}

fn current_key(state: &State, caller: &Caller) -> Response {
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
        Caller::Created(hash) => match find(state, hash) {
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
        "creator_user_id": "user_sandbox0000000000000000001",
        "rate_limit": rate_limit,
        "expires_at": own.expires_at,
        "allowed_data_regions": ["global"],
        "organization_id": null,
        "workspace_id": DEFAULT_WORKSPACE,
    }}))
}

fn list(state: &State, query: &str, context: &Context) -> Response {
    let mut include_disabled = false;
    let mut include_expired = false;
    let mut offset = 0usize;
    let mut workspace = DEFAULT_WORKSPACE.to_string();
    let Ok(url) = Url::parse(&format!("http://sandbox/?{query}")) else {
        return bad_request("Invalid query string");
    };
    for (name, value) in url.query_pairs() {
        match name.as_ref() {
            "include_disabled" | "include_expired" => {
                let flag = match value.as_ref() {
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
    let mut visible: Vec<&StoredKey> = state
        .keys
        .iter()
        .filter(|k| k.workspace_id == workspace)
        .filter(|k| include_disabled || !k.disabled)
        .filter(|k| include_expired || !k.is_expired(context.now))
        .collect();
    visible.sort_by_key(|k| std::cmp::Reverse(k.seq));
    let page: Vec<Value> = visible
        .into_iter()
        .skip(offset)
        .take(context.page_size)
        .map(StoredKey::to_api)
        .collect();
    Response::ok(json!({"data": page}))
}

fn create(state: &mut State, body: &[u8], now: Timestamp, rng: &mut Rng) -> (Response, bool) {
    let new = match body::new_key(body, now) {
        Ok(new) => new,
        Err(message) => return (bad_request(&message), false),
    };
    let secret = seed::new_secret(rng);
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

fn update(state: &mut State, hash: &str, body: &[u8], now: Timestamp) -> (Response, bool) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sandbox::state::STATE_VERSION;

    /// Required members of a key object (list, get, create, update) in the API's OpenAPI
    /// description, plus `expires_at`, `external_user` and `last_used_at` from newer SDKs.
    const KEY_FIELDS: [&str; 23] = [
        "hash",
        "name",
        "label",
        "disabled",
        "limit",
        "limit_remaining",
        "limit_reset",
        "include_byok_in_limit",
        "usage",
        "usage_daily",
        "usage_weekly",
        "usage_monthly",
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_weekly",
        "byok_usage_monthly",
        "created_at",
        "updated_at",
        "creator_user_id",
        "workspace_id",
        "expires_at",
        "external_user",
        "last_used_at",
    ];
    /// Required members of `GET /key`'s `data`.
    const CURRENT_FIELDS: [&str; 18] = [
        "label",
        "limit",
        "usage",
        "usage_daily",
        "usage_weekly",
        "usage_monthly",
        "byok_usage",
        "byok_usage_daily",
        "byok_usage_weekly",
        "byok_usage_monthly",
        "is_free_tier",
        "is_management_key",
        "is_provisioning_key",
        "limit_remaining",
        "limit_reset",
        "include_byok_in_limit",
        "creator_user_id",
        "rate_limit",
    ];
    const WORKSPACE: &str = "0df9e665-d932-5740-b2c7-b52af166bc11";

    struct Sandbox {
        _dir: tempfile::TempDir,
        store: Store,
        rng: Rng,
        now: Timestamp,
    }

    impl Sandbox {
        /// An empty sandbox (no example keys), so counts are exact.
        fn new() -> Self {
            let dir = tempfile::tempdir().unwrap_or_else(|e| unreachable!("{e}"));
            let store = Store::new(dir.path().join("sandbox.json"));
            let empty = State {
                version: STATE_VERSION,
                next_seq: 0,
                keys: Vec::new(),
            };
            store.replace(empty).unwrap_or_else(|e| unreachable!("{e}"));
            let now = "2026-11-22T12:00:00Z"
                .parse()
                .unwrap_or_else(|_| unreachable!());
            Sandbox {
                _dir: dir,
                store,
                rng: Rng::with_seed(3),
                now,
            }
        }

        fn call_as(
            &mut self,
            key: Option<&str>,
            method: &str,
            target: &str,
            body: &str,
        ) -> Response {
            let (path, query) = target.split_once('?').unwrap_or((target, ""));
            let authorization = key.map(|k| format!("Bearer {k}"));
            let request = Request {
                method,
                path,
                query,
                authorization: authorization.as_deref(),
                body: body.as_bytes(),
            };
            let context = Context {
                store: &self.store,
                page_size: 3,
                now: self.now,
            };
            handle(&request, &context, &mut self.rng)
        }

        fn call(&mut self, method: &str, target: &str, body: &str) -> Response {
            self.call_as(Some(MANAGEMENT_KEY), method, target, body)
        }

        fn create(&mut self, body: Value) -> (Value, String) {
            let answer = self.call("POST", "/keys", &body.to_string());
            assert_eq!(answer.status, 201, "{:?}", answer.body);
            let secret = answer.body["key"].as_str().unwrap_or_default().to_string();
            (answer.body["data"].clone(), secret)
        }

        fn count(&self) -> usize {
            self.store
                .read(|| unreachable!(), |s| s.keys.len())
                .unwrap_or_else(|e| unreachable!("{e}"))
        }
    }

    fn assert_error(answer: &Response, status: u16, message: &str) {
        assert_eq!(answer.status, status, "{:?}", answer.body);
        assert_eq!(answer.body["error"]["code"], json!(status));
        let text = answer.body["error"]["message"].as_str().unwrap_or_default();
        assert!(text.contains(message), "expected '{message}' in '{text}'");
    }

    fn assert_key_shape(key: &Value) {
        let object = key.as_object().unwrap_or_else(|| unreachable!("{key}"));
        for field in KEY_FIELDS {
            assert!(object.contains_key(field), "key lacks {field}: {key}");
        }
        assert_eq!(
            object.len(),
            KEY_FIELDS.len(),
            "no undocumented fields: {key}"
        );
    }

    #[test]
    fn create_answers_201_with_a_real_looking_secret_once() {
        let mut sandbox = Sandbox::new();
        let (data, secret) =
            sandbox.create(json!({"name": "ci", "limit": 10, "limit_reset": "weekly"}));
        assert_key_shape(&data);
        assert!(
            secret.starts_with("sk-or-v1-") && secret.len() == 73,
            "{secret}"
        );
        assert_eq!(data["hash"], json!(seed::sha256_hex(&secret)));
        assert_eq!(data["label"], json!(seed::label(&secret)));
        assert!(!data["label"]
            .as_str()
            .unwrap_or_default()
            .contains(&secret[12..70]));
        assert_eq!(data["limit"], json!(10));
        assert_eq!(data["limit_remaining"], json!(10));
        assert_eq!(data["workspace_id"], json!(DEFAULT_WORKSPACE));
        let fetched = sandbox.call(
            "GET",
            &format!("/keys/{}", data["hash"].as_str().unwrap_or_default()),
            "",
        );
        assert_eq!(fetched.status, 200);
        assert_eq!(fetched.body, json!({"data": data}));
        assert!(
            !fetched.body.to_string().contains(&secret),
            "the secret is never returned again"
        );
    }

    #[test]
    fn create_takes_every_documented_field() {
        let mut sandbox = Sandbox::new();
        let (data, _) = sandbox.create(json!({
            "name": "acme", "limit": 12.5, "limit_reset": "monthly", "include_byok_in_limit": true,
            "expires_at": "2027-12-31T23:59:59Z", "workspace_id": WORKSPACE,
            "creator_user_id": "user_1", "external": {"user": "cust-1", "api_key": "x".repeat(32)},
            "ignored_unknown_field": 1
        }));
        assert_eq!(data["limit"], json!(12.5));
        assert_eq!(data["limit_reset"], json!("monthly"));
        assert_eq!(data["include_byok_in_limit"], json!(true));
        assert_eq!(data["expires_at"], json!("2027-12-31T23:59:59Z"));
        assert_eq!(data["workspace_id"], json!(WORKSPACE));
        assert_eq!(data["creator_user_id"], json!("user_1"));
        assert_eq!(data["external_user"], json!("cust-1"));
        assert!(
            !data.to_string().contains(&"x".repeat(32)),
            "an external key is never returned"
        );
    }

    #[test]
    fn create_validation_answers_400_and_creates_nothing() {
        let mut sandbox = Sandbox::new();
        let cases = [
            ("[1]", "JSON object"),
            ("not json", "JSON object"),
            (r#"{}"#, "name is required"),
            (r#"{"name": ""}"#, "name must not be empty"),
            (r#"{"name": "  "}"#, "name must not be empty"),
            (r#"{"name": 5}"#, "name must be a string"),
            (
                r#"{"name": "x", "limit": -1}"#,
                "limit must be a non-negative number",
            ),
            (
                r#"{"name": "x", "limit": "10"}"#,
                "limit must be a non-negative number",
            ),
            (
                r#"{"name": "x", "limit_reset": "yearly"}"#,
                "limit_reset must be one of",
            ),
            (
                r#"{"name": "x", "include_byok_in_limit": "yes"}"#,
                "must be a boolean",
            ),
            (
                r#"{"name": "x", "expires_at": "2027-12-31T23:59Z"}"#,
                "with seconds",
            ),
            (
                r#"{"name": "x", "expires_at": "2027-12-31T23:59:59+02:00"}"#,
                "UTC",
            ),
            (
                r#"{"name": "x", "expires_at": "2020-01-01T00:00:00Z"}"#,
                "in the future",
            ),
            (
                r#"{"name": "x", "workspace_id": "default"}"#,
                "workspace_id must be a UUID",
            ),
            (r#"{"name": "x", "creator_user_id": ""}"#, "creator_user_id"),
            (
                r#"{"name": "x", "external": {"api_key": "k"}}"#,
                "external.user is required",
            ),
            (
                r#"{"name": "x", "external": {"user": "u", "api_key": "short"}}"#,
                "at least 32",
            ),
        ];
        for (body, message) in cases {
            assert_error(&sandbox.call("POST", "/keys", body), 400, message);
        }
        assert_eq!(sandbox.count(), 0);
    }

    #[test]
    fn update_changes_only_what_is_sent_and_null_clears() {
        let mut sandbox = Sandbox::new();
        let (data, _) = sandbox.create(json!({"name": "ci", "limit": 10, "limit_reset": "daily"}));
        let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
        let answer = sandbox.call(
            "PATCH",
            &path,
            r#"{"limit": null, "limit_reset": null, "unknown": 1}"#,
        );
        assert_eq!(answer.status, 200, "{:?}", answer.body);
        assert_key_shape(&answer.body["data"]);
        assert_eq!(answer.body["data"]["limit"], Value::Null);
        assert_eq!(answer.body["data"]["limit_remaining"], Value::Null);
        assert_eq!(answer.body["data"]["limit_reset"], Value::Null);
        assert_eq!(answer.body["data"]["name"], json!("ci"));
        assert_eq!(
            answer.body["data"]["updated_at"],
            json!("2026-11-22T12:00:00Z")
        );

        let answer = sandbox.call(
            "PATCH",
            &path,
            &json!({"name": "renamed", "disabled": true, "limit": 3, "limit_reset": "weekly",
                    "include_byok_in_limit": true, "workspace_id": WORKSPACE})
            .to_string(),
        );
        assert_eq!(answer.status, 200);
        let updated = &answer.body["data"];
        assert_eq!(
            (
                &updated["name"],
                &updated["disabled"],
                &updated["limit"],
                &updated["limit_reset"],
                &updated["workspace_id"]
            ),
            (
                &json!("renamed"),
                &json!(true),
                &json!(3),
                &json!("weekly"),
                &json!(WORKSPACE)
            )
        );
    }

    #[test]
    fn update_validation_answers_400_and_changes_nothing() {
        let mut sandbox = Sandbox::new();
        let (data, _) = sandbox.create(json!({"name": "ci"}));
        let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
        for (body, message) in [
            ("{}", "No update fields provided"),
            (
                r#"{"expires_at": "2030-01-01T00:00:00Z"}"#,
                "No update fields provided",
            ),
            (
                r#"{"name": "ok", "limit": -5}"#,
                "limit must be a non-negative number",
            ),
            (r#"{"name": ""}"#, "name must be a non-empty string"),
            (r#"{"disabled": "true"}"#, "disabled must be a boolean"),
            (r#"{"limit_reset": "hourly"}"#, "limit_reset must be one of"),
            (r#"{"workspace_id": 7}"#, "workspace_id must be a UUID"),
            ("null", "JSON object"),
        ] {
            assert_error(&sandbox.call("PATCH", &path, body), 400, message);
        }
        let unchanged = sandbox.call("GET", &path, "");
        assert_eq!(unchanged.body["data"], data);
        assert_error(
            &sandbox.call("PATCH", "/keys/0000", r#"{"name": "x"}"#),
            404,
            "not found",
        );
    }

    #[test]
    fn list_pages_newest_first_and_filters() {
        let mut sandbox = Sandbox::new();
        let mut hashes = Vec::new();
        for n in 0..5 {
            let (data, _) = sandbox.create(json!({"name": format!("k{n}")}));
            hashes.push(data["hash"].as_str().unwrap_or_default().to_string());
        }
        let names = |answer: &Response| -> Vec<String> {
            answer.body["data"]
                .as_array()
                .map(|keys| {
                    keys.iter()
                        .map(|k| k["name"].as_str().unwrap_or_default().to_string())
                        .collect()
                })
                .unwrap_or_default()
        };
        let first = sandbox.call("GET", "/keys", "");
        assert_eq!(
            names(&first),
            ["k4", "k3", "k2"],
            "page size 3, newest first"
        );
        assert_key_shape(&first.body["data"][0]);
        assert_eq!(
            names(&sandbox.call("GET", "/keys?offset=3", "")),
            ["k1", "k0"]
        );
        assert_eq!(
            names(&sandbox.call("GET", "/keys?offset=9", "")),
            Vec::<String>::new()
        );

        sandbox.call(
            "PATCH",
            &format!("/keys/{}", hashes[4]),
            r#"{"disabled": true}"#,
        );
        sandbox.call(
            "PATCH",
            &format!("/keys/{}", hashes[3]),
            &json!({"workspace_id": WORKSPACE}).to_string(),
        );
        assert_eq!(names(&sandbox.call("GET", "/keys", "")), ["k2", "k1", "k0"]);
        assert_eq!(
            names(&sandbox.call("GET", "/keys?include_disabled=true", "")),
            ["k4", "k2", "k1"]
        );
        assert_eq!(
            names(&sandbox.call("GET", &format!("/keys?workspace_id={WORKSPACE}"), "")),
            ["k3"]
        );

        assert_error(&sandbox.call("GET", "/keys?offset=-1", ""), 400, "offset");
        assert_error(
            &sandbox.call("GET", "/keys?include_disabled=yes", ""),
            400,
            "true or false",
        );
        assert_error(
            &sandbox.call("GET", "/keys?workspace_id=x", ""),
            400,
            "UUID",
        );
    }

    #[test]
    fn expired_keys_are_hidden_unless_asked_for() {
        let mut sandbox = Sandbox::new();
        sandbox.create(json!({"name": "soon", "expires_at": "2026-11-22T12:00:01Z"}));
        sandbox.now = "2026-11-23T00:00:00Z"
            .parse()
            .unwrap_or_else(|_| unreachable!());
        assert_eq!(sandbox.call("GET", "/keys", "").body, json!({"data": []}));
        let all = sandbox.call("GET", "/keys?include_expired=true", "");
        assert_eq!(all.body["data"][0]["name"], json!("soon"));
    }

    #[test]
    fn delete_answers_deleted_true_then_404() {
        let mut sandbox = Sandbox::new();
        let (data, _) = sandbox.create(json!({"name": "gone"}));
        let path = format!("/keys/{}", data["hash"].as_str().unwrap_or_default());
        let answer = sandbox.call("DELETE", &path, "");
        assert_eq!(
            (answer.status, answer.body),
            (200, json!({"deleted": true}))
        );
        assert_error(&sandbox.call("DELETE", &path, ""), 404, "not found");
        assert_error(&sandbox.call("GET", &path, ""), 404, "not found");
        assert_eq!(sandbox.count(), 0);
    }

    #[test]
    fn authentication_and_permissions_match_the_api() {
        let mut sandbox = Sandbox::new();
        assert_error(
            &sandbox.call_as(None, "GET", "/keys", ""),
            401,
            "Missing Authentication header",
        );
        assert_error(
            &sandbox.call_as(Some("sk-or-v1-wrong"), "GET", "/keys", ""),
            401,
            "User not found",
        );
        for (method, path) in [
            ("GET", "/keys"),
            ("POST", "/keys"),
            ("GET", "/keys/abc"),
            ("DELETE", "/keys/abc"),
        ] {
            assert_error(
                &sandbox.call_as(Some(ORDINARY_KEY), method, path, "{}"),
                403,
                "Only management keys",
            );
        }
        assert_eq!(sandbox.count(), 0);

        let manager = sandbox.call("GET", "/key", "");
        assert_eq!(manager.status, 200);
        for field in CURRENT_FIELDS {
            assert!(
                manager.body["data"].get(field).is_some(),
                "GET /key lacks {field}"
            );
        }
        assert_eq!(manager.body["data"]["is_management_key"], json!(true));
        let ordinary = sandbox.call_as(Some(ORDINARY_KEY), "GET", "/key", "");
        assert_eq!(ordinary.body["data"]["is_management_key"], json!(false));

        // A key created in the sandbox can ask about itself, until it is disabled.
        let (data, secret) = sandbox.create(json!({"name": "app", "limit": 4}));
        let own = sandbox.call_as(Some(&secret), "GET", "/key", "");
        assert_eq!(own.body["data"]["label"], data["label"]);
        assert_eq!(own.body["data"]["limit"], json!(4));
        assert_error(
            &sandbox.call_as(Some(&secret), "GET", "/keys", ""),
            403,
            "Only management keys",
        );
        sandbox.call(
            "PATCH",
            &format!("/keys/{}", data["hash"].as_str().unwrap_or_default()),
            r#"{"disabled": true}"#,
        );
        assert_error(
            &sandbox.call_as(Some(&secret), "GET", "/key", ""),
            401,
            "User not found",
        );
    }

    #[test]
    fn unknown_routes_and_methods_are_refused() {
        let mut sandbox = Sandbox::new();
        assert_error(&sandbox.call("GET", "/models", ""), 404, "Not Found");
        assert_error(&sandbox.call("GET", "/keys/a/b", ""), 404, "Not Found");
        assert_error(&sandbox.call("PUT", "/keys", ""), 405, "Method Not Allowed");
        assert_error(&sandbox.call("POST", "/key", ""), 405, "Method Not Allowed");
        assert_error(
            &sandbox.call("POST", "/keys/abc", ""),
            405,
            "Method Not Allowed",
        );
        // A trailing slash is the same collection, as the upstream examples use it.
        assert_eq!(sandbox.call("GET", "/keys/", "").status, 200);
    }
}
