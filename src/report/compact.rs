//! `path:line:col: severity[rule] message`, one finding per line: what editors' error parsers
//! and grep understand.

use super::FileResult;
use std::io::Write;

pub fn write(results: &[FileResult], out: &mut impl Write) -> std::io::Result<()> {
    for r in results {
        write_file(r, out)?;
    }
    Ok(())
}

/// The lines of one file.
pub fn write_file(r: &FileResult, out: &mut (impl Write + ?Sized)) -> std::io::Result<()> {
    let Some(source) = &r.source else {
        return Ok(());
    };
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
    Ok(())
}
