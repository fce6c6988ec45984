//! Makes server-supplied text safe to show: a key name can hold escape sequences that would
//! recolour, retitle or rewrite a terminal, and tabs or newlines that would break TSV rows.
//! Tables, tab-separated and CSV output all pass through here; JSON keeps the exact value,
//! because JSON escapes control characters itself.

/// For terminals and error lines: control characters (and the bidi controls that reorder
/// text) become visible escapes such as `\u{1b}`; everything else is kept.
pub fn for_terminal(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() || is_bidi_control(c) {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// For tab-separated output: backslash, tab, newline and carriage return are escaped so each
/// record stays one line with a fixed number of fields, and every other control or bidi
/// character is shown as an escape, as in tables: a piped row is often read on a terminal.
pub fn for_tsv(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() || is_bidi_control(c) => out.extend(c.escape_default()),
            _ => out.push(c),
        }
    }
    out
}

/// For CSV (RFC 4180): a field holding a comma, a quote, a newline or edge spaces is quoted,
/// with quotes doubled. Newlines and tabs stay as they are (quoted, they are data a CSV
/// reader expects); every other control or bidi character is shown as an escape, because a
/// carriage return or an escape sequence would rewrite the terminal the file is shown on.
pub fn for_csv(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        if (c.is_control() && c != '\n' && c != '\t') || is_bidi_control(c) {
            escaped.extend(c.escape_default());
        } else {
            escaped.push(c);
        }
    }
    let needs_quotes = escaped.contains([',', '"', '\n'])
        || escaped.starts_with([' ', '\t'])
        || escaped.ends_with([' ', '\t']);
    if needs_quotes {
        format!("\"{}\"", escaped.replace('"', "\"\""))
    } else {
        escaped
    }
}

/// The first `limit` characters of a response body, made safe for one error line.
pub fn snippet(body: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return "(empty body)".to_string();
    }
    // Secrets are scrubbed before the cut, so that the cut cannot leave part of one behind.
    let head: String = trimmed.chars().take(limit + 1024).collect();
    let scrubbed = crate::secret::redact(&head);
    let cut: String = scrubbed.chars().take(limit).collect();
    let more = if scrubbed.chars().count() > limit {
        "…"
    } else {
        ""
    };
    format!("{}{more}", for_terminal(&cut))
}

/// Characters that reorder how the text around them is displayed (Trojan Source).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn terminal_text_shows_escapes_instead_of_running_them() {
        assert_eq!(for_terminal("prod\u{1b}[2J"), "prod\\u{1b}[2J");
        assert_eq!(for_terminal("a\nb\tc"), "a\\nb\\tc");
        assert_eq!(for_terminal("evil\u{202e}txt"), "evil\\u{202e}txt");
        assert_eq!(for_terminal("café 🚀"), "café 🚀");
    }

    #[test]
    fn tsv_fields_stay_on_one_line() {
        assert_eq!(for_tsv("a\tb\nc\\d\re"), "a\\tb\\nc\\\\d\\re");
        assert_eq!(for_tsv("plain name"), "plain name");
    }

    #[test]
    fn tsv_and_csv_never_pass_terminal_controls_through() {
        for text in [
            "\u{1b}[31mred",
            "bell\u{7}",
            "c1\u{9b}2J",
            "rtl\u{202e}txt",
            "\u{2066}x",
        ] {
            for shown in [for_tsv(text), for_csv(text)] {
                assert!(
                    !shown.chars().any(|c| c.is_control() || is_bidi_control(c)),
                    "{text:?} became {shown:?}"
                );
            }
        }
        assert_eq!(for_tsv("\u{1b}[2J"), "\\u{1b}[2J");
    }

    #[test]
    fn csv_quotes_per_rfc_4180() {
        assert_eq!(for_csv("plain"), "plain");
        assert_eq!(for_csv("a,b"), "\"a,b\"");
        assert_eq!(for_csv("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(for_csv("two\nlines"), "\"two\nlines\"");
        assert_eq!(for_csv(" edge"), "\" edge\"");
        assert_eq!(for_csv("cr\rhere"), "cr\\rhere");
        assert_eq!(for_csv(""), "");
    }

    #[test]
    fn snippets_are_short_single_lines() {
        assert_eq!(snippet(b"", 200), "(empty body)");
        assert_eq!(snippet(b"  \n ", 200), "(empty body)");
        assert_eq!(
            snippet(b"<html>\n<h1>502</h1>", 200),
            "<html>\\n<h1>502</h1>"
        );
        let long = "x".repeat(500);
        assert_eq!(
            snippet(long.as_bytes(), 200),
            format!("{}…", "x".repeat(200))
        );
        assert_eq!(snippet(&[0xff, b'a'], 200), "\u{fffd}a");
    }

    #[test]
    fn a_key_across_the_cut_leaves_no_part_behind() {
        let key = format!("sk-or-v1-{}", "ab12".repeat(16));
        for at in [150, 183, 185, 199] {
            let body = format!("{}{key} and more", "x".repeat(at));
            let shown = snippet(body.as_bytes(), 200);
            assert!(!shown.contains("ab12"), "cut at {at}: {shown}");
        }
    }
}
