//! `--jq EXPR`: a jq filter over a command's JSON output, run in-process with the jaq crates,
//! so a CI image needs no jq. Strings print raw (like `jq -r`); every other value as compact
//! JSON; one result per line.

use jaq_core::load::{lex, parse, Arena, File, Loader};
use jaq_core::{data, unwrap_valr, Compiler, Ctx, Vars};
use jaq_json::Val;

/// A filter that compiled, kept as its source: compiling again where it runs is cheap, and
/// keeps jaq's types out of the settings.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    code: String,
}

impl Filter {
    /// Parses and compiles `code`; the error is the parser's own explanation.
    pub fn new(code: &str) -> Result<Self, String> {
        compile(code, |_| Ok(()))?;
        Ok(Filter {
            code: code.to_string(),
        })
    }

    /// Runs the filter over one JSON document and gives each result as a line of output.
    pub fn run(&self, json: &str) -> Result<Vec<String>, String> {
        let input = jaq_json::read::parse_single(json.as_bytes())
            .map_err(|e| format!("the output is not JSON ({e})"))?;
        compile(&self.code, |filter| {
            let ctx = Ctx::<data::JustLut<Val>>::new(&filter.lut, Vars::new([]));
            filter
                .id
                .run((ctx, input))
                .map(unwrap_valr)
                .map(|result| {
                    result
                        .map(|value| line(&value))
                        .map_err(|e| format!("--jq failed: {e}"))
                })
                .collect()
        })
    }
}

/// Compiles `code` and hands the filter to `then`.
fn compile<T>(
    code: &str,
    then: impl FnOnce(
        &jaq_core::compile::Filter<jaq_core::Native<data::JustLut<Val>>>,
    ) -> Result<T, String>,
) -> Result<T, String> {
    let defs = jaq_core::defs()
        .chain(jaq_std::defs())
        .chain(jaq_json::defs());
    let funs = jaq_core::funs()
        .chain(jaq_std::funs())
        .chain(jaq_json::funs());
    let loader = Loader::new(defs);
    let arena = Arena::default();
    let modules = loader
        .load(&arena, File { code, path: () })
        .map_err(|errors| {
            let reasons: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, error)| match error {
                    jaq_core::load::Error::Io(errors) => {
                        errors.into_iter().map(|(_, e)| e).collect::<Vec<_>>()
                    }
                    jaq_core::load::Error::Lex(errors) => {
                        errors.iter().map(|e| lex_reason(code, e)).collect()
                    }
                    jaq_core::load::Error::Parse(errors) => {
                        errors.iter().map(|e| parse_reason(code, e)).collect()
                    }
                })
                .collect();
            format!("invalid --jq expression: {}", reasons.join("; "))
        })?;
    let filter = Compiler::default()
        .with_funs(funs)
        .compile(modules)
        .map_err(|errors| {
            let reasons: Vec<String> = errors
                .into_iter()
                .flat_map(|(_, errors)| errors)
                .map(|(name, undefined)| format!("undefined {} '{name}'", undefined.as_str()))
                .collect();
            format!("invalid --jq expression: {}", reasons.join("; "))
        })?;
    then(&filter)
}

/// `expected closing bracket at position 2`.
fn lex_reason(code: &str, (expected, rest): &lex::Error<&str>) -> String {
    let what = match expected {
        lex::Expect::Delim(open) => match *open {
            "(" => "closing parenthesis",
            "[" => "closing bracket",
            "{" => "closing brace",
            "\"" => "closing quote",
            _ => "closing delimiter",
        },
        other => other.as_str(),
    };
    if rest.is_empty() {
        format!("expected {what} at the end")
    } else {
        format!("expected {what} at position {}", position(code, rest))
    }
}

/// `expected term, found ')'`, or `... at the end`.
fn parse_reason(code: &str, (expected, found): &parse::Error<&str>) -> String {
    if found.is_empty() {
        format!("expected {} at the end", expected.as_str())
    } else {
        format!(
            "expected {}, found '{}' at position {}",
            expected.as_str(),
            found,
            position(code, found)
        )
    }
}

/// The 1-based character position of `part`, a slice of `code`.
fn position(code: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize).saturating_sub(code.as_ptr() as usize);
    code.get(..offset.min(code.len()))
        .map_or(1, |before| before.chars().count() + 1)
}

/// A result as a line: strings raw, the rest as compact JSON. A whole number computed in
/// floating point prints as jq prints it (`51`, not `51.0`).
fn line(value: &Val) -> String {
    match value {
        Val::TStr(bytes) | Val::BStr(bytes) => String::from_utf8_lossy(bytes).into_owned(),
        Val::Num(_) => {
            let text = value.to_string();
            // JSON has no NaN or infinity: print them as jq does.
            match text.as_str() {
                "NaN" => return "null".to_string(),
                "Infinity" => return json_float(f64::MAX),
                "-Infinity" => return json_float(-f64::MAX),
                _ => {}
            }
            match text.strip_suffix(".0") {
                Some(whole)
                    if whole
                        .trim_start_matches('-')
                        .chars()
                        .all(|c| c.is_ascii_digit()) =>
                {
                    whole.to_string()
                }
                _ => text,
            }
        }
        other => json_numbers(&other.to_string()),
    }
}

/// Compact JSON from jaq with `NaN` and infinities (which JSON cannot hold) written as jq
/// writes them; text inside strings is left alone.
fn json_numbers(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_string = false;
    let mut escaped = false;
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if in_string {
            in_string = escaped || c != '"';
            escaped = !escaped && c == '\\';
        } else if c == '"' {
            in_string = true;
        } else {
            let replaced = [
                ("NaN", "null".to_string()),
                ("-Infinity", json_float(-f64::MAX)),
                ("Infinity", json_float(f64::MAX)),
            ]
            .into_iter()
            .find(|(token, _)| rest.starts_with(token));
            if let Some((token, with)) = replaced {
                out.push_str(&with);
                rest = &rest[token.len()..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// A float the way JSON (and jq) writes it: `1.7976931348623157e+308`.
fn json_float(value: f64) -> String {
    serde_json::Number::from_f64(value).map_or_else(|| "null".to_string(), |n| n.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_json_cannot_hold_print_as_jq_prints_them_inside_values_too() {
        assert_eq!(
            json_numbers(r#"[NaN,-Infinity,{"a":Infinity,"NaN \"Infinity":"NaN"}]"#),
            r#"[null,-1.7976931348623157e+308,{"a":1.7976931348623157e+308,"NaN \"Infinity":"NaN"}]"#
        );
    }

    #[test]
    fn numbers_json_cannot_hold_print_as_jq_prints_them() {
        assert_eq!(
            run(".[0].usage / 0 | . - .").ok(),
            Some(vec!["null".to_string()])
        );
        assert_eq!(
            run(".[0].usage / 0").ok(),
            Some(vec!["1.7976931348623157e+308".to_string()])
        );
    }

    const KEYS: &str =
        r#"[{"name": "a", "usage": 12.5, "tags": null}, {"name": "b\tc", "usage": 3}]"#;

    fn run(code: &str) -> Result<Vec<String>, String> {
        Filter::new(code)?.run(KEYS)
    }

    #[test]
    fn strings_are_raw_and_everything_else_compact_json() {
        assert_eq!(
            run(".[] | select(.usage > 10) | .name").ok(),
            Some(vec!["a".to_string()])
        );
        assert_eq!(run(".[1].name").ok(), Some(vec!["b\tc".to_string()]));
        assert_eq!(
            run(".[0]").ok(),
            Some(vec![r#"{"name":"a","usage":12.5,"tags":null}"#.to_string()])
        );
        assert_eq!(
            run("map(.usage) | add").ok(),
            Some(vec!["15.5".to_string()])
        );
        assert_eq!(run(".[0].usage * 2").ok(), Some(vec!["25".to_string()]));
        assert_eq!(run("length").ok(), Some(vec!["2".to_string()]));
        assert_eq!(
            run(".[] | .tags").ok(),
            Some(vec!["null".into(), "null".into()])
        );
        assert_eq!(run("empty").ok(), Some(vec![]));
    }

    #[test]
    fn bad_expressions_say_what_the_parser_expected() {
        let unclosed = Filter::new(".[").expect_err("unclosed");
        assert_eq!(
            unclosed,
            "invalid --jq expression: expected closing bracket at the end"
        );
        let undefined = Filter::new("frobnicate(1)").expect_err("undefined");
        assert!(
            undefined.contains("undefined filter 'frobnicate'"),
            "{undefined}"
        );
        let dangling = Filter::new(".a |").expect_err("dangling");
        assert!(dangling.contains("expected term"), "{dangling}");
    }

    #[test]
    fn runtime_errors_are_errors_not_panics() {
        assert!(run("error(\"stop\")").is_err_and(|e| e.contains("stop")));
        assert!(run(".[0].name + 1").is_err());
    }
}
