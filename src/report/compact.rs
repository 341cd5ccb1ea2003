//! `path:line:col: severity[rule] message`, one finding per line: what editors' error parsers
//! and grep understand.

use super::FileResult;
use std::io::Write;

pub fn write<W: Write>(results: &[FileResult], out: &mut W) -> std::io::Result<()> {
    super::each_file(results, out, write_file)
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
