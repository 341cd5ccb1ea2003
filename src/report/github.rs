//! GitHub Actions workflow commands: each finding becomes an annotation on the pull request,
//! at its file, line and column.
//! <https://docs.github.com/actions/reference/workflow-commands-for-github-actions>

use super::FileResult;
use crate::rules::Severity;
use std::io::Write;

/// Escapes a command's message (`%`, CR, LF).
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a command's property value (also `:` and `,`, which separate properties).
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

pub fn write<W: Write>(results: &[FileResult], out: &mut W) -> std::io::Result<()> {
    super::each_file(results, out, write_file)
}

/// The annotations of one file.
pub fn write_file(r: &FileResult, out: &mut (impl Write + ?Sized)) -> std::io::Result<()> {
    let Some(source) = &r.source else {
        return Ok(());
    };
    for f in r.findings.iter().filter(|f| f.is_active()) {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let span = f
            .labels
            .first()
            .map_or_else(Default::default, |l| source.file_span(l.span));
        let (line, col) = source.line_col_in_file(span.start);
        let (end_line, end_col) = source.line_col_in_file(span.end);
        let title = format!("hirelint {}", f.rule);
        writeln!(
            out,
            "::{command} file={},line={line},col={col},endLine={end_line},endColumn={end_col},title={}::{}",
            escape_property(&r.name),
            escape_property(&title),
            escape_data(&f.message)
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaping() {
        assert_eq!(escape_data("50% off\nnow"), "50%25 off%0Anow");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
