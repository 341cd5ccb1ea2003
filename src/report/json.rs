//! The JSON report: one stable document, version 1 (documented in docs/check.md).

use super::{FileResult, Summary};
use serde::Serialize;

#[derive(Serialize)]
pub struct Report<'a> {
    pub version: u32,
    pub files: Vec<FileJson<'a>>,
    pub summary: Summary,
}

#[derive(Serialize)]
pub struct FileJson<'a> {
    pub path: &'a str,
    pub findings: Vec<FindingJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'a str>,
}

#[derive(Serialize)]
pub struct FindingJson<'a> {
    pub rule: &'a str,
    pub severity: &'static str,
    pub message: &'a str,
    pub help: Option<&'a str>,
    pub docs: Option<&'a str>,
    /// Ids of the laws behind the finding (`rules/laws/`); empty when none covers the posting.
    pub laws: &'a [String],
    pub spans: Vec<SpanJson<'a>>,
    /// A replacement the rule offers (`check --fix`), in the file's coordinates; `null` when
    /// none.
    pub fix: Option<FixJson<'a>>,
    /// Silenced by an inline suppression: `{"reason": "..."}`; `null` when the finding counts.
    pub suppressed: Option<SuppressedJson<'a>>,
}

#[derive(Serialize)]
pub struct SuppressedJson<'a> {
    pub reason: &'a str,
}

#[derive(Serialize)]
pub struct FixJson<'a> {
    pub start: usize,
    pub end: usize,
    pub replacement: &'a str,
    /// Applied by `--fix`; otherwise only by `--unsafe-fixes`.
    pub safe: bool,
}

#[derive(Serialize)]
pub struct SpanJson<'a> {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub label: &'a str,
}

pub fn report(results: &[FileResult]) -> Report<'_> {
    Report {
        version: 1,
        files: results.iter().map(file).collect(),
        summary: Summary::of(results),
    }
}

/// One file of the report.
pub fn file(r: &FileResult) -> FileJson<'_> {
    {
        FileJson {
            path: &r.name,
            error: r.error.as_deref(),
            findings: r
                .findings
                .iter()
                .map(|f| FindingJson {
                    rule: &f.rule,
                    severity: f.severity.as_str(),
                    message: &f.message,
                    help: f.help.as_deref(),
                    docs: f.docs.as_deref(),
                    laws: &f.laws,
                    spans: f
                        .labels
                        .iter()
                        .map(|l| {
                            // Offsets, lines and columns in the file as read (for an HTML
                            // page, in its HTML).
                            let (span, (line, column), (end_line, end_column)) =
                                r.source.as_ref().map_or((l.span, (1, 1), (1, 1)), |s| {
                                    let span = s.file_span(l.span);
                                    (
                                        span,
                                        s.line_col_in_file(span.start),
                                        s.line_col_in_file(span.end),
                                    )
                                });
                            SpanJson {
                                start: span.start,
                                end: span.end,
                                line,
                                column,
                                end_line,
                                end_column,
                                label: &l.text,
                            }
                        })
                        .collect(),
                    fix: f.fix.as_ref().map(|x| {
                        let span = r.source.as_ref().map_or(x.span, |s| s.file_span(x.span));
                        FixJson {
                            start: span.start,
                            end: span.end,
                            replacement: &x.replacement,
                            safe: x.safe,
                        }
                    }),
                    suppressed: f
                        .suppressed
                        .as_deref()
                        .map(|reason| SuppressedJson { reason }),
                })
                .collect(),
        }
    }
}

pub fn write(results: &[FileResult], out: &mut impl std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &report(results)).map_err(io_error)?;
    writeln!(out)
}

/// The report written file by file (`check` of many postings): the same document as
/// [`write`], byte for byte, with nothing held but the counts.
pub struct Stream {
    files: usize,
}

impl Stream {
    pub fn start(out: &mut (impl std::io::Write + ?Sized)) -> std::io::Result<Stream> {
        write!(out, "{{\n  \"version\": 1,\n  \"files\": [")?;
        Ok(Stream { files: 0 })
    }

    pub fn file(
        &mut self,
        r: &FileResult,
        out: &mut (impl std::io::Write + ?Sized),
    ) -> std::io::Result<()> {
        let text = serde_json::to_string_pretty(&file(r)).map_err(io_error)?;
        out.write_all(if self.files == 0 { b"\n" } else { b",\n" })?;
        self.files += 1;
        // Pretty JSON has no line break inside a string: each line is indented as an element
        // of `files`.
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                out.write_all(b"\n")?;
            }
            write!(out, "    {line}")?;
        }
        Ok(())
    }

    pub fn finish(
        self,
        summary: &Summary,
        out: &mut (impl std::io::Write + ?Sized),
    ) -> std::io::Result<()> {
        if self.files > 0 {
            out.write_all(b"\n  ")?;
        }
        let text = serde_json::to_string_pretty(summary).map_err(io_error)?;
        write!(out, "],\n  \"summary\": ")?;
        for (i, line) in text.lines().enumerate() {
            if i > 0 {
                write!(out, "\n  ")?;
            }
            out.write_all(line.as_bytes())?;
        }
        writeln!(out, "\n}}")
    }
}

/// A JSON writing error as the I/O error behind it, so that callers can tell a closed pipe.
pub fn io_error(e: serde_json::Error) -> std::io::Error {
    match e.io_error_kind() {
        Some(kind) => std::io::Error::from(kind),
        None => std::io::Error::other(e),
    }
}

/// JSON that can sit inside an HTML `<script>` element: `<`, `>` and `&` (which only occur in
/// strings) are written as `\u003c`, `\u003e` and `\u0026`, so that no text in it (`</script>`,
/// `<!--`) can end or change the script. It reads as the same JSON.
pub fn script_safe(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod script_tests {
    #[test]
    fn script_safe_json_reads_the_same_and_has_no_markup() {
        let value = serde_json::json!({"id": "<!--<script>", "t": "a</script>&b"});
        let safe = super::script_safe(&value.to_string());
        assert!(!safe.contains(['<', '>', '&']), "{safe}");
        assert_eq!(
            serde_json::from_str::<serde_json::Value>(&safe).unwrap(),
            value
        );
    }
}
