//! Tables for people at a terminal. A list keeps one line per row however narrow the
//! terminal: free-text columns (names) are cut with `…`, and when that is not enough whole
//! columns are dropped from the end. Hashes, money, dates and states are never cut or wrapped.

use comfy_table::presets::NOTHING;
use comfy_table::{Attribute, Cell as TableCell, CellAlignment, Color, ContentArrangement, Table};
use unicode_width::UnicodeWidthChar;

use super::columns::{Align, Cell, Column, Fit, Human, Row, Tone};

/// The narrowest a cut column gets before columns are dropped instead.
const MIN_SHRUNK_WIDTH: usize = 16;
/// Each column's padding: one space on either side.
const PADDING: usize = 2;

/// Rows under a header, fitted to `width` when one is given.
pub fn list<R: Row>(
    rows: &[R],
    columns: &[&Column<R>],
    human: &Human,
    color: bool,
    width: Option<usize>,
) -> String {
    let cells: Vec<Vec<Cell>> = rows
        .iter()
        .map(|row| {
            let object = row.object();
            columns
                .iter()
                .map(|c| (c.human)(row, &object, human))
                .collect()
        })
        .collect();
    let headers: Vec<&str> = columns.iter().map(|c| c.header).collect();
    let natural: Vec<usize> = (0..columns.len())
        .map(|i| {
            cells
                .iter()
                .map(|row| text_width(&row[i].text))
                .chain(std::iter::once(text_width(headers[i])))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let fits: Vec<Fit> = columns.iter().map(|c| c.fit).collect();
    let widths = width.map_or_else(|| natural.clone(), |w| fit(&natural, &fits, w));

    let mut table = new_table(color);
    let shown: Vec<usize> = (0..columns.len()).filter(|&i| widths[i] > 0).collect();
    table.set_header(
        shown
            .iter()
            .map(|&i| header_cell(&cut(headers[i], widths[i]), color)),
    );
    for row in &cells {
        table.add_row(shown.iter().map(|&i| {
            let cell = &row[i];
            styled(&cut(&cell.text, widths[i]), cell.tone, color)
        }));
    }
    for (position, &i) in shown.iter().enumerate() {
        if let Some(column) = table.column_mut(position) {
            if columns[i].align == Align::Right {
                column.set_cell_alignment(CellAlignment::Right);
            }
        }
    }
    table.trim_fmt()
}

/// One object, a field per line: `Title  value`. Values are never cut (a hash must stay
/// whole to be copied); a terminal narrower than a value wraps it softly.
pub fn detail<R: Row>(row: &R, columns: &[&Column<R>], human: &Human, color: bool) -> String {
    let mut table = new_table(color);
    let object = row.object();
    for column in columns {
        let cell = (column.human)(row, &object, human);
        table.add_row(vec![
            header_cell(column.title, color),
            styled(&cell.text, cell.tone, color),
        ]);
    }
    table.trim_fmt()
}

/// Column widths that fit `width`: free-text columns shrink first (never below
/// [`MIN_SHRUNK_WIDTH`]), then columns are dropped from the end (width 0), the first never.
/// Space freed by dropping goes back to the shrunk columns.
pub fn fit(natural: &[usize], fits: &[Fit], width: usize) -> Vec<usize> {
    for keep in (1..=natural.len()).rev() {
        let mut widths: Vec<usize> = natural.to_vec();
        widths[keep..].iter_mut().for_each(|w| *w = 0);
        let total = |widths: &[usize]| -> usize {
            widths.iter().filter(|&&w| w > 0).map(|w| w + PADDING).sum()
        };
        let mut excess = total(&widths).saturating_sub(width);
        if excess == 0 {
            return widths;
        }
        // Shrink the widest free-text columns first, a character at a time, so the room is
        // shared fairly between them.
        while excess > 0 {
            let widest = (0..keep)
                .filter(|&i| fits[i] == Fit::Shrink && widths[i] > MIN_SHRUNK_WIDTH)
                .max_by_key(|&i| (widths[i], std::cmp::Reverse(i)));
            match widest {
                Some(i) => {
                    widths[i] -= 1;
                    excess -= 1;
                }
                None => break,
            }
        }
        if excess == 0 {
            return widths;
        }
        if keep == 1 {
            // Even one column does not fit: cut it to the terminal, whatever it is.
            widths[0] = width.saturating_sub(PADDING).max(1);
            return widths;
        }
    }
    natural.to_vec()
}

/// Display width in terminal columns (a CJK character or an emoji takes two).
pub fn text_width(text: &str) -> usize {
    text.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// `text` cut to `width` columns with `…`, never inside a character.
pub fn cut(text: &str, width: usize) -> String {
    if text_width(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width.saturating_sub(1) {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

fn new_table(color: bool) -> Table {
    let mut table = Table::new();
    table.load_style(NOTHING);
    // The widths are decided here, not by comfy-table: it would wrap cells onto new lines.
    table.set_content_arrangement(ContentArrangement::Disabled);
    if color {
        table.enforce_styling();
    } else {
        table.force_no_tty();
    }
    table
}

fn header_cell(text: &str, color: bool) -> TableCell {
    let cell = TableCell::new(text);
    if color {
        cell.add_attribute(Attribute::Bold)
    } else {
        cell
    }
}

fn styled(text: &str, tone: Tone, color: bool) -> TableCell {
    let cell = TableCell::new(text);
    if !color {
        return cell;
    }
    match tone {
        Tone::Plain => cell,
        Tone::Good => cell.fg(Color::Green),
        Tone::Warn => cell.fg(Color::Yellow),
        Tone::Bad => cell.fg(Color::Red),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cutting_respects_character_boundaries_and_display_width() {
        assert_eq!(cut("customer-acme", 20), "customer-acme");
        assert_eq!(cut("customer-acme", 8), "custome…");
        assert_eq!(cut("café-résumé", 5), "café…");
        assert_eq!(cut("日本語のキー", 7), "日本語…");
        assert_eq!(cut("🚀🚀🚀", 4), "🚀…");
        assert_eq!(text_width(&cut("日本語のキー", 6)), 5);
    }

    #[test]
    fn fitting_shrinks_names_then_drops_columns_from_the_end() {
        let fits = [Fit::Shrink, Fit::Fixed, Fit::Fixed, Fit::Fixed];
        let natural = [30, 12, 8, 20];
        // Room for everything.
        assert_eq!(fit(&natural, &fits, 200), natural);
        // The name gives way first.
        let widths = fit(&natural, &fits, 70);
        assert_eq!(widths, [22, 12, 8, 20]);
        // Then the last column goes, and the name gets room back.
        let widths = fit(&natural, &fits, 50);
        assert_eq!(widths, [24, 12, 8, 0]);
        assert!(
            widths
                .iter()
                .filter(|&&w| w > 0)
                .map(|w| w + 2)
                .sum::<usize>()
                <= 50
        );
        // Fixed columns are never narrower than their content.
        for width in 20..=120 {
            let widths = fit(&natural, &fits, width);
            for i in 1..4 {
                assert!(
                    widths[i] == 0 || widths[i] == natural[i],
                    "{width}: {widths:?}"
                );
            }
        }
    }
}
