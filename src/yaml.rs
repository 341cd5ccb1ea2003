//! The one place that knows how YAML is read (serde-saphyr).
//!
//! Rule files, vocabularies, front matter and (later) config files all go through here, so
//! every YAML error carries a line, a column and a byte offset into the text that was parsed,
//! and the parser's budgets (alias bombs, nesting depth) apply everywhere.

use serde::de::DeserializeOwned;
use std::fmt;

/// A value together with where it was written, for errors found after parsing
/// (an invalid regex, an unknown fact name, a duplicate rule id).
pub type Located<T> = serde_saphyr::Spanned<T>;

/// A YAML syntax or shape error, located in the parsed text.
#[derive(Debug, Clone)]
pub struct YamlError {
    pub message: String,
    /// 1-based line and column; 0 when the parser could not tell.
    pub line: usize,
    pub column: usize,
    /// Byte offset of the error in the parsed text.
    pub offset: usize,
}

impl fmt::Display for YamlError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} (line {}, column {})",
            self.message, self.line, self.column
        )
    }
}

impl std::error::Error for YamlError {}

/// Parses YAML text into `T`.
pub fn parse<T: DeserializeOwned>(text: &str) -> Result<T, YamlError> {
    serde_saphyr::from_str(text).map_err(|e| {
        let (line, column) = e
            .location()
            .map_or((0, 0), |l| (l.line() as usize, l.column() as usize));
        let offset = e
            .location()
            .and_then(|l| l.span().byte_offset())
            .map(|o| o as usize)
            .unwrap_or_else(|| offset_of(text, line, column));
        YamlError {
            message: plain_message(&e),
            line,
            column,
            offset,
        }
    })
}

/// Byte offset of something parsed as a [`Located`] value.
pub fn located_offset<T>(text: &str, value: &Located<T>) -> usize {
    let loc = value.referenced;
    loc.span()
        .byte_offset()
        .map(|o| o as usize)
        .unwrap_or_else(|| offset_of(text, loc.line() as usize, loc.column() as usize))
}

/// Byte length of a [`Located`] value's source text, when the parser recorded it.
pub fn located_len<T>(value: &Located<T>) -> usize {
    value.referenced.span().byte_len().unwrap_or(0) as usize
}

/// serde-saphyr's Display appends a location and sometimes a snippet; we render our own.
fn plain_message(e: &serde_saphyr::Error) -> String {
    if let Some(refused) = budget_message(e) {
        return refused;
    }
    let options = serde_saphyr::render_options! { snippets: serde_saphyr::SnippetMode::Off };
    let text = e.render_with_options(options);
    let first = text.lines().next().unwrap_or("invalid YAML").trim();
    // Drop a trailing " at line X column Y" that we report separately.
    match first.rfind(" at line ") {
        Some(i) => first[..i].trim_end_matches(',').to_string(),
        None => first.to_string(),
    }
}

/// The parser refuses YAML that would take unbounded time or memory (an alias bomb, absurd
/// nesting): say so in words rather than with the breach's debug form.
fn budget_message(mut e: &serde_saphyr::Error) -> Option<String> {
    use serde_saphyr::budget::BudgetBreach as B;
    loop {
        match e {
            serde_saphyr::Error::WithSnippet { error, .. }
            | serde_saphyr::Error::AliasError { error, .. } => e = error,
            serde_saphyr::Error::Budget { breach, .. } => {
                let why = match breach {
                    B::Nodes { nodes } => format!(
                        "the YAML holds more than {} values once its aliases are expanded",
                        nodes.saturating_sub(1)
                    ),
                    B::Depth { depth } => {
                        format!(
                            "the YAML is nested more than {} levels deep",
                            depth.saturating_sub(1)
                        )
                    }
                    B::Aliases { .. } | B::AliasAnchorRatio { .. } => {
                        "the YAML uses too many aliases (`*name`)".to_string()
                    }
                    B::ScalarBytes { .. } => "the YAML holds more than 64 MiB of text".to_string(),
                    other => format!("the YAML is too large to read safely ({other:?})"),
                };
                return Some(format!(
                    "{why}: refused, as an alias bomb or runaway file could exhaust memory"
                ));
            }
            _ => return None,
        }
    }
}

/// Byte offset of a 1-based line and (character) column.
pub fn offset_of(text: &str, line: usize, column: usize) -> usize {
    if line == 0 {
        return 0;
    }
    let mut start = 0;
    for (i, l) in text.split_inclusive('\n').enumerate() {
        if i + 1 == line {
            let col = column.saturating_sub(1);
            return start + l.char_indices().nth(col).map_or(l.len(), |(b, _)| b);
        }
        start += l.len();
    }
    text.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Thing {
        name: String,
        count: u32,
    }

    #[test]
    fn unknown_key_is_located() {
        let err = parse::<Thing>("name: a\ncount: 1\ncolour: red\n").unwrap_err();
        assert_eq!(err.line, 3, "{err:?}");
        assert!(err.message.contains("colour"), "{err:?}");
        assert_eq!(
            &"name: a\ncount: 1\ncolour: red\n"[err.offset..err.offset + 6],
            "colour"
        );
    }

    #[test]
    fn wrong_type_is_located() {
        let err = parse::<Thing>("name: a\ncount: many\n").unwrap_err();
        assert_eq!((err.line, err.column), (2, 8), "{err:?}");
    }

    #[test]
    fn alias_bomb_is_refused() {
        let mut y = String::from("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for i in 0..12 {
            let prev = if i == 0 {
                "a".to_string()
            } else {
                format!("b{}", i - 1)
            };
            y.push_str(&format!("b{i}: &b{i} [*{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}, *{prev}]\n"));
        }
        let r = parse::<serde_json::Value>(&y);
        assert!(r.is_err(), "an exponential alias expansion must be refused");
    }

    #[test]
    fn offsets_from_line_and_column() {
        assert_eq!(offset_of("ab\n€cd\n", 2, 2), 6);
        assert_eq!(offset_of("ab\n", 9, 1), 3);
    }
}
