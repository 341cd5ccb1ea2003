//! Outputs: thin layers over findings. No rule logic lives here.

pub mod compact;
pub mod github;
pub mod human;
pub mod json;
pub mod junit;
pub mod sarif;

use crate::finding::Finding;
use crate::rules::Severity;
use crate::source::Source;

/// One linted file, or one that could not be read.
pub struct FileResult {
    pub source: Option<Source>,
    pub name: String,
    pub findings: Vec<Finding>,
    pub error: Option<String>,
}

/// Counts by severity.
#[derive(Debug, Default, Clone, Copy, serde::Serialize)]
pub struct Summary {
    pub files: usize,
    pub errors: usize,
    pub warnings: usize,
    pub infos: usize,
    /// Findings silenced by inline suppressions (not in the counts above).
    pub suppressed: usize,
}

impl Summary {
    /// Adds the counts of `other`.
    pub fn add(&mut self, other: Summary) {
        self.files += other.files;
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
        self.suppressed += other.suppressed;
    }

    pub fn of(results: &[FileResult]) -> Summary {
        let mut s = Summary {
            files: results.len(),
            ..Summary::default()
        };
        for f in results.iter().flat_map(|r| &r.findings) {
            if !f.is_active() {
                s.suppressed += 1;
                continue;
            }
            match f.severity {
                Severity::Error => s.errors += 1,
                Severity::Warning => s.warnings += 1,
                Severity::Info => s.infos += 1,
            }
        }
        s
    }
}

/// Writes each file's part of a report in turn.
fn each_file<W: std::io::Write>(
    results: &[FileResult],
    out: &mut W,
    write_file: fn(&FileResult, &mut W) -> std::io::Result<()>,
) -> std::io::Result<()> {
    results.iter().try_for_each(|r| write_file(r, out))
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("{n} {word}")
    } else {
        format!("{n} {word}s")
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{}, {}, {} in {}",
            plural(self.errors, "error"),
            plural(self.warnings, "warning"),
            plural(self.infos, "info"),
            plural(self.files, "file")
        )?;
        if self.suppressed > 0 {
            write!(f, " ({} suppressed)", self.suppressed)?;
        }
        Ok(())
    }
}

/// Text from a posting made safe to print on a terminal: control characters (escape sequences
/// that retitle the terminal, recolor or hide text) become `?`, one for each byte they took, so
/// that byte offsets into the text stay right. Line breaks and tabs stay.
pub fn terminal_safe(s: &str) -> std::borrow::Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t');
    if !s.contains(unsafe_char) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if unsafe_char(c) {
            out.extend(std::iter::repeat_n('?', c.len_utf8()));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod terminal_tests {
    #[test]
    fn control_characters_become_one_question_mark_per_byte() {
        let s = "Sales\u{1b}]0;PWNED\u{7}\u{1b}[8m man\u{9b}2J\r\n\tok";
        let safe = super::terminal_safe(s);
        assert_eq!(safe, "Sales?]0;PWNED??[8m man??2J\r\n\tok");
        assert_eq!(safe.len(), s.len());
    }
}
