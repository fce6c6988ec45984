//! The sandbox's answers: the same paths, statuses, JSON shapes and error bodies as the API.
//! Pure request-in, response-out over the state store; the HTTP server around it only moves
//! bytes. Routing and authentication live here, the routes in `keys` and `activity`.

mod activity;
mod keys;
#[cfg(test)]
mod tests;

use jiff::Timestamp;
use reqwest::Url;
use serde_json::{json, Value};

use super::seed::{self, Fresh};
use super::state::{State, StoredKey};
use super::store::Store;
use super::{MANAGEMENT_KEY, ORDINARY_KEY};

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
    /// How a missing state file is filled again.
    pub fresh: Fresh,
    /// With a seed, created keys' secrets are derived from it and the key's sequence number,
    /// for reproducible runs; without, they are random.
    pub seed: Option<u64>,
}

/// Who is calling.
enum Caller {
    Management,
    /// The sandbox's fixed ordinary key.
    Ordinary,
    /// A key created in the sandbox, by hash.
    Created(String),
}

pub fn handle(request: &Request, context: &Context) -> Response {
    let fresh = || context.fresh.state(context.now);
    let management = "Only management keys can perform this operation";
    let outcome = match Route::of(request.method, request.path) {
        Route::NotFound => Ok(Response::error(404, "Not Found")),
        Route::MethodNotAllowed => Ok(Response::error(405, "Method Not Allowed")),
        Route::CurrentKey => context.store.read(fresh, |state| {
            match authenticate(state, request.authorization, context.now) {
                Ok(caller) => keys::current_key(state, &caller),
                Err(response) => response,
            }
        }),
        Route::Activity => context.store.read(fresh, |state| {
            let refusal = "Only management keys can fetch activity";
            management_only(state, request, context.now, refusal)
                .unwrap_or_else(|| activity::answer(state, request.query, context.now))
        }),
        Route::List => context.store.read(fresh, |state| {
            management_only(state, request, context.now, management)
                .unwrap_or_else(|| keys::list(state, request.query, context))
        }),
        Route::Get(hash) => context.store.read(fresh, |state| {
            management_only(state, request, context.now, management).unwrap_or_else(|| {
                match find(state, hash) {
                    Some(key) => Response::ok(json!({"data": key.to_api()})),
                    None => not_found(),
                }
            })
        }),
        Route::Create => context.store.write(fresh, |state| {
            match management_only(state, request, context.now, management) {
                Some(refused) => (refused, false),
                None => keys::create(state, request.body, context),
            }
        }),
        Route::Update(hash) => context.store.write(fresh, |state| {
            match management_only(state, request, context.now, management) {
                Some(refused) => (refused, false),
                None => keys::update(state, hash, request.body, context.now),
            }
        }),
        Route::Delete(hash) => context.store.write(fresh, |state| {
            match management_only(state, request, context.now, management) {
                Some(refused) => (refused, false),
                None => keys::delete(state, hash),
            }
        }),
    };
    outcome.unwrap_or_else(|error| Response::error(500, &format!("sandbox: {}", error.message)))
}

enum Route<'a> {
    CurrentKey,
    Activity,
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
            ("GET", "/activity") => Route::Activity,
            (_, "/key" | "/activity") => Route::MethodNotAllowed,
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

/// `None` when a management key is calling; otherwise the refusal to send (403 with
/// `message` for another valid key).
fn management_only(
    state: &State,
    request: &Request,
    now: Timestamp,
    message: &str,
) -> Option<Response> {
    match authenticate(state, request.authorization, now) {
        Ok(Caller::Management) => None,
        Ok(_) => Some(Response::error(403, message)),
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

/// The query's name-value pairs, decoded, or the API's 400.
fn query_pairs(query: &str) -> Result<Vec<(String, String)>, Response> {
    let url = Url::parse(&format!("http://sandbox/?{query}"))
        .map_err(|_| bad_request("Invalid query string"))?;
    Ok(url.query_pairs().into_owned().collect())
}
