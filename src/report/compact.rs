//! `path:line:col: severity[rule] message`, one finding per line: what editors' error parsers
//! and grep understand.

use super::FileResult;
use std::io::Write;

pub fn write(results: &[FileResult], out: &mut impl Write) -> std::io::Result<()> {
    for r in results {
        let Some(source) = &r.source else { continue };
        for f in r.findings.iter().filter(|f| f.is_active()) {
            let (line, col) = source.line_col(f.primary_start());
            // One line per finding: line breaks in a message would split it.
            let message = super::terminal_safe(&f.message).replace(['\n', '\r'], " ");
            writeln!(
                out,
                "{}:{line}:{col}: {}[{}] {message}",
                super::terminal_safe(&r.name),
                f.severity.as_str(),
                f.rule
            )?;
        }
    }
    Ok(())
}
