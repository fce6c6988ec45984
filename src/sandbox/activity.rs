//! What each key spent, day by day and model by model, as `GET /activity` reports it. Nothing
//! is stored: a key's rows are worked out from its hash and the date, so every run and every
//! process sees the same history, and from its usage fields, so the amounts roughly agree
//! with them. A key spends only between its creation and its last use, on two to four
//! models, skips some days, spends less at weekends and has one busy day in every 30.

use std::ops::AddAssign;

use jiff::civil::{Date, Weekday};
use jiff::{tz::TimeZone, Timestamp, ToSpan};
use serde_json::{json, Value};

use super::state::{dollars, StoredKey};

/// How many completed UTC days the API reports.
pub const WINDOW_DAYS: i32 = 30;

/// One provider's endpoint for a model.
#[derive(Debug)]
pub struct Endpoint {
    pub model: &'static str,
    pub permaslug: &'static str,
    pub provider: &'static str,
    pub id: &'static str,
    /// USD per million prompt and completion tokens.
    pub prices: (f64, f64),
    /// The share of completion tokens spent reasoning.
    pub reasoning: f64,
    /// The usual share of the model's requests this endpoint serves.
    pub share: f64,
}

/// Sorted by model and provider: the order of one date's rows.
#[rustfmt::skip]
pub const ENDPOINTS: [Endpoint; 8] = [
    endpoint("anthropic/claude-sonnet-4", "anthropic/claude-4-sonnet-20250522", "Amazon Bedrock", "2f1c7a3e-8b54-4d0e-9c61-3a7e5b2d9f04", (3.0, 15.0), 0.2, 0.25),
    endpoint("anthropic/claude-sonnet-4", "anthropic/claude-4-sonnet-20250522", "Anthropic", "8d3b6f19-2c7e-4a85-b0d4-6e1f9a7c3b52", (3.0, 15.0), 0.2, 0.75),
    endpoint("deepseek/deepseek-chat-v3-0324", "deepseek/deepseek-chat-v3-0324", "DeepInfra", "c4e2a817-5f3d-4b69-8a1e-0d7b3c9f6e21", (0.25, 0.85), 0.0, 1.0),
    endpoint("google/gemini-2.5-flash", "google/gemini-2.5-flash", "Google AI Studio", "5b9e0d42-7a1c-4f36-9e8b-2c4d6a0f8e13", (0.3, 2.5), 0.35, 0.8),
    endpoint("google/gemini-2.5-flash", "google/gemini-2.5-flash", "Google Vertex", "e7a4c3d0-1b9f-4e52-a6c8-9d0e2f4b7a65", (0.3, 2.5), 0.35, 0.2),
    endpoint("meta-llama/llama-3.3-70b-instruct", "meta-llama/llama-3.3-70b-instruct", "Groq", "9f0d2b7c-4e6a-4c18-b3f5-7a1e8d2c0b96", (0.59, 0.79), 0.0, 1.0),
    endpoint("openai/gpt-4.1", "openai/gpt-4.1-2025-04-14", "OpenAI", "550e8400-e29b-41d4-a716-446655440000", (2.0, 8.0), 0.0, 1.0),
    endpoint("openai/gpt-4.1-mini", "openai/gpt-4.1-mini-2025-04-14", "OpenAI", "3a6f8e21-0c5d-4b7a-9f2e-1d8c4b6a0e37", (0.4, 1.6), 0.0, 1.0),
];

/// Each model's endpoints, as a range of [`ENDPOINTS`].
const MODELS: [(usize, usize); 6] = [(0, 2), (2, 3), (3, 5), (5, 6), (6, 7), (7, 8)];

#[allow(clippy::too_many_arguments)]
const fn endpoint(
    model: &'static str,
    permaslug: &'static str,
    provider: &'static str,
    id: &'static str,
    prices: (f64, f64),
    reasoning: f64,
    share: f64,
) -> Endpoint {
    Endpoint {
        model,
        permaslug,
        provider,
        id,
        prices,
        reasoning,
        share,
    }
}

/// The sums one row reports.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Totals {
    pub usage: f64,
    pub byok_usage_inference: f64,
    pub requests: u64,
    pub prompt_tokens: u64,
    pub completion_tokens: u64,
    pub reasoning_tokens: u64,
}

impl AddAssign for Totals {
    fn add_assign(&mut self, other: Totals) {
        self.usage += other.usage;
        self.byok_usage_inference += other.byok_usage_inference;
        self.requests += other.requests;
        self.prompt_tokens += other.prompt_tokens;
        self.completion_tokens += other.completion_tokens;
        self.reasoning_tokens += other.reasoning_tokens;
    }
}

/// The API's activity item, fields in the API's order; `workspace_id` only when grouping by
/// workspace.
pub fn item(date: Date, endpoint: &Endpoint, totals: &Totals, workspace: Option<&str>) -> Value {
    let mut item = json!({
        "date": date.to_string(),
        "model": endpoint.model,
        "model_permaslug": endpoint.permaslug,
        "endpoint_id": endpoint.id,
        "provider_name": endpoint.provider,
        "usage": dollars(micro(totals.usage)),
        "byok_usage_inference": dollars(micro(totals.byok_usage_inference)),
        "requests": totals.requests,
        "prompt_tokens": totals.prompt_tokens,
        "completion_tokens": totals.completion_tokens,
        "reasoning_tokens": totals.reasoning_tokens,
    });
    if let (Some(workspace), Some(object)) = (workspace, item.as_object_mut()) {
        object.insert("workspace_id".to_string(), json!(workspace));
    }
    item
}

/// The completed UTC days the API reports on: yesterday and the 29 days before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Window {
    pub oldest: Date,
    pub newest: Date,
}

impl Window {
    pub fn before(now: Timestamp) -> Self {
        let today = now.to_zoned(TimeZone::UTC).date();
        Window {
            oldest: today.saturating_sub(WINDOW_DAYS.days()),
            newest: today.saturating_sub(1.day()),
        }
    }

    pub fn contains(self, date: Date) -> bool {
        self.oldest <= date && date <= self.newest
    }
}

/// Calls `emit` with each of the key's rows in `window`: a date, an index into
/// [`ENDPOINTS`] and what was spent there. A key never used has none.
pub fn for_each_row(key: &StoredKey, window: Window, mut emit: impl FnMut(Date, usize, Totals)) {
    let date_of = |raw: Option<&str>| {
        raw.and_then(|raw| raw.parse::<Timestamp>().ok())
            .map(|at| at.to_zoned(TimeZone::UTC).date())
    };
    let Some(last_used) = date_of(key.last_used_at.as_deref()) else {
        return;
    };
    let created = date_of(Some(&key.created_at)).unwrap_or(window.oldest);
    let newest = window.newest.min(last_used);
    let oldest = window.oldest.max(created);
    let age_days = i64::from((newest - created).get_days()).clamp(1, i64::from(WINDOW_DAYS));
    // The current period's spend spread over the days it covers.
    #[allow(clippy::cast_precision_loss)]
    let per_day = key.usage_monthly.max(key.usage_weekly).max(key.usage_daily) / age_days as f64;
    if per_day <= 0.0 || oldest > newest {
        return;
    }
    let profile = Profile::of(key);
    let mut date = newest;
    while date >= oldest {
        let weight = profile.day_weight(date, date == last_used);
        if weight > 0.0 {
            profile.day(date, per_day * weight, &mut emit);
        }
        match date.yesterday() {
            Ok(before) => date = before,
            Err(_) => break,
        }
    }
}

/// How one key uses models, fixed by its hash.
struct Profile {
    hash: u64,
    /// Models and their shares of the key's spend; the first is the key's main model.
    models: Vec<(usize, f64)>,
    /// Typical prompt and completion tokens per request.
    shape: (f64, f64),
    /// The model whose calls go through the user's own provider key (BYOK), if any.
    byok: Option<usize>,
}

impl Profile {
    fn of(key: &StoredKey) -> Self {
        let hash = fnv(key.hash.as_bytes());
        let count = 2 + usize::try_from(mix(hash, 1) % 3).unwrap_or(0);
        let mut order: Vec<usize> = (0..MODELS.len()).collect();
        // A deterministic shuffle: sort by a per-key score.
        order.sort_by_key(|&model| mix(hash, 10 + model as u64));
        let models: Vec<(usize, f64)> = order
            .into_iter()
            .take(count)
            .enumerate()
            .map(|(rank, model)| {
                let main = if rank == 0 { 2.0 } else { 0.0 };
                (model, main + 0.3 + unit(mix(hash, 20 + model as u64)))
            })
            .collect();
        let total: f64 = models.iter().map(|(_, weight)| weight).sum();
        let models = models.into_iter().map(|(m, w)| (m, w / total)).collect();
        Profile {
            hash,
            byok: (key.byok_usage > 0.0).then(|| MODELS.len() - 1 - (hash % 2) as usize),
            models,
            shape: (
                600.0 + 3000.0 * unit(mix(hash, 2)),
                120.0 + 600.0 * unit(mix(hash, 3)),
            ),
        }
    }

    /// How much of a usual day's spend happens on `date`: none on about one day in five,
    /// less at weekends, six times as much on one date in every 30.
    fn day_weight(&self, date: Date, used: bool) -> f64 {
        let day = i64::from((date - Date::constant(1970, 1, 1)).get_days());
        let seed = self.hash ^ (day as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        if (day + (self.hash % 30) as i64).rem_euclid(30) == 0 {
            return 6.0;
        }
        if !used && unit(mix(seed, 1)) < 0.2 {
            return 0.0;
        }
        let weekend = matches!(date.weekday(), Weekday::Saturday | Weekday::Sunday);
        (0.55 + 0.9 * unit(mix(seed, 2))) * if weekend { 0.5 } else { 1.0 }
    }

    /// Splits a day's spend over the key's models (the lesser ones skip some days) and their
    /// endpoints, and turns each part into requests and tokens at the endpoint's prices.
    fn day(&self, date: Date, amount: f64, emit: &mut impl FnMut(Date, usize, Totals)) {
        let day = i64::from((date - Date::constant(1970, 1, 1)).get_days());
        let seed = self.hash ^ (day as u64).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        for (rank, &(model, share)) in self.models.iter().enumerate() {
            let salt = 100 + 10 * model as u64;
            if rank > 0 && unit(mix(seed, salt)) < 0.15 {
                continue;
            }
            let amount = amount * share * (0.7 + 0.6 * unit(mix(seed, salt + 1)));
            let (first, end) = MODELS[model];
            for (index, endpoint) in ENDPOINTS.iter().enumerate().take(end).skip(first) {
                // A model's second provider takes some days off.
                let secondary = endpoint.share < 0.5;
                if secondary && unit(mix(seed, salt + 2 + index as u64)) < 0.4 {
                    continue;
                }
                let jitter = 0.8 + 0.4 * unit(mix(seed, salt + 5 + index as u64));
                let totals = self.spend(endpoint, amount * endpoint.share, jitter);
                let totals = if self.byok == Some(model) {
                    // The provider bills the inference; OpenRouter charges a 5% fee.
                    Totals {
                        byok_usage_inference: totals.usage,
                        usage: micro(totals.usage * 0.05),
                        ..totals
                    }
                } else {
                    totals
                };
                emit(date, index, totals);
            }
        }
    }

    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss
    )]
    fn spend(&self, endpoint: &Endpoint, amount: f64, jitter: f64) -> Totals {
        let (prompt, completion) = (self.shape.0 * jitter, self.shape.1 / jitter);
        let (input, output) = endpoint.prices;
        let per_request = (prompt * input + completion * output) / 1e6;
        let requests = (amount / per_request).round().max(1.0) as u64;
        let prompt_tokens = (requests as f64 * prompt).round() as u64;
        let completion_tokens = (requests as f64 * completion).round() as u64;
        Totals {
            usage: micro((prompt_tokens as f64 * input + completion_tokens as f64 * output) / 1e6),
            byok_usage_inference: 0.0,
            requests,
            prompt_tokens,
            completion_tokens,
            reasoning_tokens: (completion_tokens as f64 * endpoint.reasoning * jitter).round()
                as u64,
        }
    }
}

/// Dollars to a millionth, as the API reports them.
pub fn micro(value: f64) -> f64 {
    (value * 1e6).round() / 1e6
}

/// A stable 64-bit hash of a key's hash (whatever a hand-edited state holds there).
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, &byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// SplitMix64 of `seed` and `salt`: independent-looking numbers from one seed.
fn mix(seed: u64, salt: u64) -> u64 {
    let mut z = seed.wrapping_add(salt.wrapping_mul(0x9e37_79b9_7f4a_7c15));
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// A number in `[0, 1)`.
#[allow(clippy::cast_precision_loss)]
fn unit(bits: u64) -> f64 {
    (bits >> 11) as f64 / (1u64 << 53) as f64
}
