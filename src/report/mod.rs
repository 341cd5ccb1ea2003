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
