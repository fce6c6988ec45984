//! Failure drills: `--faults 'GET /keys=429x2,POST /keys=500x1,*=503@0.1'` makes chosen
//! requests fail, a number of times (`xN`) or at a rate (`@P`), so that scripts can be tested
//! against rate limits and outages.

use std::str::FromStr;

use fastrand::Rng;

#[derive(Debug, Clone, Default)]
pub struct Faults {
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    /// `None` matches any method.
    method: Option<String>,
    path: PathPattern,
    status: u16,
    trigger: Trigger,
}

#[derive(Debug, Clone)]
enum PathPattern {
    Any,
    Exact(String),
    /// A path ending in `*`: everything starting with the rest.
    Prefix(String),
}

#[derive(Debug, Clone)]
enum Trigger {
    /// Fail this many more matching requests, then let them through.
    Times(u32),
    /// Fail each matching request with this probability.
    Rate(f64),
}

impl Faults {
    /// The status to fail this request with, if a rule says so. Rules are tried in order.
    pub fn check(&mut self, method: &str, path: &str, rng: &mut Rng) -> Option<u16> {
        let path = path.strip_suffix('/').unwrap_or(path);
        for rule in &mut self.rules {
            let method_matches = rule
                .method
                .as_deref()
                .is_none_or(|m| m.eq_ignore_ascii_case(method));
            let path_matches = match &rule.path {
                PathPattern::Any => true,
                PathPattern::Exact(p) => p == path,
                PathPattern::Prefix(p) => path.starts_with(p.as_str()),
            };
            if !(method_matches && path_matches) {
                continue;
            }
            let fires = match &mut rule.trigger {
                Trigger::Times(0) => false,
                Trigger::Times(left) => {
                    *left -= 1;
                    true
                }
                Trigger::Rate(p) => rng.f64() < *p,
            };
            if fires {
                return Some(rule.status);
            }
        }
        None
    }

    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }
}

impl FromStr for Faults {
    type Err = String;

    fn from_str(spec: &str) -> Result<Self, String> {
        let rules = spec
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(parse_rule)
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Faults { rules })
    }
}

const FORM: &str = "use TARGET=STATUSxCOUNT or TARGET=STATUS@RATE, where TARGET is `*` or `METHOD /path` (e.g. 'GET /keys=429x2,*=503@0.1')";

fn parse_rule(entry: &str) -> Result<Rule, String> {
    let (target, effect) = entry
        .rsplit_once('=')
        .ok_or_else(|| format!("'{entry}': {FORM}"))?;
    let (method, path) = match target.trim() {
        "*" => (None, PathPattern::Any),
        target => {
            let (method, path) = target
                .split_once(' ')
                .ok_or_else(|| format!("'{entry}': {FORM}"))?;
            let method = match method.trim() {
                "*" => None,
                m if m.chars().all(|c| c.is_ascii_alphabetic()) => Some(m.to_ascii_uppercase()),
                _ => return Err(format!("'{entry}': '{method}' is not an HTTP method")),
            };
            let path = path.trim();
            let path = path.strip_prefix("/api/v1").unwrap_or(path);
            if !path.starts_with('/') && path != "*" {
                return Err(format!(
                    "'{entry}': the path must start with / (like /keys)"
                ));
            }
            let pattern = match path {
                "*" => PathPattern::Any,
                p => match p.strip_suffix('*') {
                    Some(prefix) => PathPattern::Prefix(prefix.to_string()),
                    None => PathPattern::Exact(p.strip_suffix('/').unwrap_or(p).to_string()),
                },
            };
            (method, pattern)
        }
    };
    let (status, trigger) = if let Some((status, count)) = effect.split_once(['x', 'X']) {
        let count: u32 = count
            .trim()
            .parse()
            .ok()
            .filter(|n| *n > 0)
            .ok_or_else(|| {
                format!("'{entry}': the count after x must be a whole number above 0")
            })?;
        (status, Trigger::Times(count))
    } else if let Some((status, rate)) = effect.split_once('@') {
        let rate: f64 = rate
            .trim()
            .parse()
            .ok()
            .filter(|p: &f64| *p > 0.0 && *p <= 1.0)
            .ok_or_else(|| format!("'{entry}': the rate after @ must be above 0 and at most 1"))?;
        (status, Trigger::Rate(rate))
    } else {
        return Err(format!("'{entry}': {FORM}"));
    };
    let status: u16 = status
        .trim()
        .parse()
        .ok()
        .filter(|s| (400..=599).contains(s))
        .ok_or_else(|| {
            format!("'{entry}': the status must be an HTTP error status from 400 to 599")
        })?;
    Ok(Rule {
        method,
        path,
        status,
        trigger,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn faults(spec: &str) -> Faults {
        spec.parse().unwrap_or_else(|e| unreachable!("{e}"))
    }

    #[test]
    fn counted_faults_fire_that_many_times_then_stop() {
        let mut rng = Rng::with_seed(1);
        let mut f = faults("GET /keys=429x2, POST /keys=500x1");
        assert_eq!(f.check("GET", "/keys", &mut rng), Some(429));
        assert_eq!(f.check("POST", "/keys", &mut rng), Some(500));
        assert_eq!(f.check("GET", "/keys/", &mut rng), Some(429));
        assert_eq!(f.check("GET", "/keys", &mut rng), None);
        assert_eq!(f.check("POST", "/keys", &mut rng), None);
        assert_eq!(f.check("GET", "/keys/abc", &mut rng), None);
    }

    #[test]
    fn wildcards_and_prefixes_match_widely() {
        let mut rng = Rng::with_seed(1);
        let mut f = faults("DELETE /keys/*=503x1,*=502x1");
        assert_eq!(f.check("DELETE", "/keys/abc", &mut rng), Some(503));
        assert_eq!(f.check("GET", "/key", &mut rng), Some(502));
        assert_eq!(f.check("GET", "/key", &mut rng), None);
        let mut f = faults("* /api/v1/key=401x1");
        assert_eq!(f.check("GET", "/key", &mut rng), Some(401));
    }

    #[test]
    fn rates_fail_about_that_share_of_requests() {
        let mut rng = Rng::with_seed(42);
        let mut f = faults("*=503@0.1");
        let failed = (0..10_000)
            .filter(|_| f.check("GET", "/keys", &mut rng).is_some())
            .count();
        assert!((800..1200).contains(&failed), "{failed}");
    }

    #[test]
    fn bad_specs_say_what_is_wrong() {
        for (spec, why) in [
            ("GET /keys", "TARGET=STATUS"),
            ("GET /keys=429", "TARGET=STATUS"),
            ("GET /keys=200x1", "400 to 599"),
            ("GET /keys=429x0", "above 0"),
            ("GET /keys=503@1.5", "at most 1"),
            ("G3T /keys=503x1", "not an HTTP method"),
            ("GET keys=503x1", "must start with /"),
        ] {
            let error = spec.parse::<Faults>().expect_err(spec);
            assert!(error.contains(why), "{spec}: {error}");
        }
        assert!(faults("").is_empty());
    }
}
