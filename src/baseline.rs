//! Baselines: the findings a repository already had when it adopted hirelint, so that CI fails
//! only on new ones.
//!
//! A finding is known by its rule, its file (relative to the baseline's folder) and the text it
//! flags (whitespace made single spaces) — not by line numbers, so editing other parts of a
//! posting does not make old findings new. The same finding twice in one file counts twice.

use crate::report::FileResult;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Fingerprint {
    pub rule: String,
    pub file: String,
    pub text: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct BaselineFile {
    version: u32,
    findings: Vec<Entry>,
}

#[derive(Debug, Serialize, Deserialize)]
struct Entry {
    #[serde(flatten)]
    fingerprint: Fingerprint,
    #[serde(default = "one", skip_serializing_if = "is_one")]
    count: usize,
}

fn one() -> usize {
    1
}

fn is_one(n: &usize) -> bool {
    *n == 1
}

/// Known findings, counted by fingerprint.
#[derive(Debug, Default)]
pub struct Baseline {
    /// The folder file paths are relative to.
    dir: PathBuf,
    known: BTreeMap<Fingerprint, usize>,
}

impl Baseline {
    /// An empty baseline for the file at `path`.
    pub fn new(path: &Path) -> Baseline {
        Baseline {
            dir: folder_of(path),
            known: BTreeMap::new(),
        }
    }

    /// Reads a baseline file; the error says what is wrong and where.
    pub fn load(path: &Path) -> Result<Baseline, String> {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("{}: cannot read the baseline: {e}", path.display()))?;
        let file: BaselineFile = serde_json::from_str(&text).map_err(|e| {
            format!(
                "{}:{}:{}: not a hirelint baseline: {e}",
                path.display(),
                e.line(),
                e.column()
            )
        })?;
        if file.version != 1 {
            return Err(format!(
                "{}: baseline version {} is not one this hirelint reads (1)",
                path.display(),
                file.version
            ));
        }
        let mut b = Baseline::new(path);
        for e in file.findings {
            *b.known.entry(e.fingerprint).or_default() += e.count;
        }
        Ok(b)
    }

    /// Every active finding of `results`.
    pub fn record(&mut self, results: &[FileResult]) {
        for r in results {
            for fp in fingerprints(r, &self.dir) {
                *self.known.entry(fp).or_default() += 1;
            }
        }
    }

    /// Takes the findings the baseline knows out of `results`; returns how many.
    pub fn remove_known(&mut self, results: &mut [FileResult]) -> usize {
        let mut removed = 0;
        for r in results.iter_mut() {
            let prints = fingerprints(r, &self.dir);
            let mut prints = prints.into_iter();
            r.findings.retain(|f| {
                if !f.is_active() {
                    return true;
                }
                let fp = prints.next().expect("one fingerprint per active finding");
                match self.known.get_mut(&fp) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        removed += 1;
                        false
                    }
                    _ => true,
                }
            });
        }
        removed
    }

    pub fn len(&self) -> usize {
        self.known.values().sum()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    pub fn to_json(&self) -> String {
        let file = BaselineFile {
            version: 1,
            findings: self
                .known
                .iter()
                .map(|(fp, &count)| Entry {
                    fingerprint: fp.clone(),
                    count,
                })
                .collect(),
        };
        let mut s = serde_json::to_string_pretty(&file).expect("a baseline serializes");
        s.push('\n');
        s
    }
}

fn folder_of(path: &Path) -> PathBuf {
    let abs = absolute(path);
    abs.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// An absolute path with `.` and `..` taken away (`std::path::absolute` keeps `..`), so that
/// `../jobs/a.md` and `jobs/a.md` from the folder above name one file.
pub(crate) fn absolute(path: &Path) -> PathBuf {
    let abs = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut out = PathBuf::new();
    for part in abs.components() {
        match part {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The fingerprints of a file's active findings, in order.
fn fingerprints(r: &FileResult, dir: &Path) -> Vec<Fingerprint> {
    let Some(source) = &r.source else {
        return Vec::new();
    };
    let abs = absolute(Path::new(&r.name));
    let file = abs
        .strip_prefix(dir)
        .unwrap_or(&abs)
        .to_string_lossy()
        .replace('\\', "/");
    r.findings
        .iter()
        .filter(|f| f.is_active())
        .map(|f| {
            let flagged = f
                .labels
                .first()
                .map_or("", |l| source.text.get(l.span.range()).unwrap_or(""));
            Fingerprint {
                rule: f.rule.clone(),
                file: file.clone(),
                text: flagged.split_whitespace().collect::<Vec<_>>().join(" "),
            }
        })
        .collect()
}
