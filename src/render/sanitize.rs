//! Makes server-supplied text safe to show: a key name can hold escape sequences that would
//! recolour, retitle or rewrite a terminal, and tabs or newlines that would break TSV rows.

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
/// record stays one line with a fixed number of fields.
pub fn for_tsv(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ => out.push(c),
        }
    }
    out
}

/// The first `limit` characters of a response body, made safe for one error line.
pub fn snippet(body: &[u8], limit: usize) -> String {
    let text = String::from_utf8_lossy(body);
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return "(empty body)".to_string();
    }
    let cut: String = trimmed.chars().take(limit).collect();
    let more = if trimmed.chars().count() > limit {
        "…"
    } else {
        ""
    };
    format!("{}{more}", for_terminal(&cut))
}

fn is_bidi_control(c: char) -> bool {
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
}
