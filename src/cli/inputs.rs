//! Turning command-line paths into postings to read.

use hirelint::audit::export::Row;
use hirelint::source::{ReadError, Source};
use hirelint::vocab::RecordsVocab;
use std::path::{Path, PathBuf};

/// The postings a command reads: paths, and the name to give standard input.
#[derive(clap::Args)]
pub struct InputArgs {
    /// Files or folders (`.md`, `.markdown`, `.txt`, `.html`, `.htm` in folders); `-` reads stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The file name to report (and pick the format by) for stdin.
    #[arg(long, value_name = "PATH")]
    pub stdin_filename: Option<String>,
}

impl InputArgs {
    /// The postings to read, and the paths that could not be walked. Files found in folders
    /// that `excluded` says to skip (a config's `exclude`) are left out; files named on the
    /// command line are always read.
    pub fn collect_with(
        &self,
        excluded: &mut dyn FnMut(&Path) -> bool,
    ) -> (Vec<Input>, Vec<(String, String)>) {
        collect(&self.paths, self.stdin_filename.as_deref(), excluded)
    }
}

/// A path that could not be walked, and why.
pub type Problem = (String, String);

/// Where a posting comes from.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin { name: String },
    File(PathBuf),
}

impl Input {
    /// The name findings and facts are reported under.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin { name } => name.clone(),
            Input::File(path) => path.display().to_string(),
        }
    }

    /// Where the posting's config is looked for: the file, or for stdin its
    /// `--stdin-filename` in the current folder.
    pub fn config_path(&self) -> PathBuf {
        match self {
            Input::Stdin { name } => PathBuf::from(name),
            Input::File(path) => path.clone(),
        }
    }

    pub fn read(&self) -> Result<Source, ReadError> {
        match self {
            Input::Stdin { name } => Source::read_stdin(name),
            Input::File(path) => Source::read(path),
        }
    }

    /// The postings of the input: the posting, or each posting of a JSON file of postings (an
    /// ATS or job-board API response, read with `records`).
    pub fn read_postings(&self, records: &RecordsVocab) -> Result<Vec<Source>, ReadError> {
        let source = self.read()?;
        let name = self.name();
        if !hirelint::audit::records::is_json(Path::new(&name)) {
            return Ok(vec![source]);
        }
        let mut postings = Vec::new();
        let columns = hirelint::audit::export::Columns::default();
        for row in hirelint::audit::records::rows(&name, &source.text, records, &columns) {
            match row {
                Row::Posting(mut p) => {
                    p.decoded = source.decoded.as_ref().map(|d| d.for_part());
                    postings.push(p);
                }
                Row::Broken { name, why } => return Err(ReadError::Records { name, why }),
            }
        }
        if postings.is_empty() {
            return Err(ReadError::Records {
                name,
                why: "no postings in this JSON file".into(),
            });
        }
        Ok(postings)
    }

    /// The one posting of the input; a JSON file with several is an error that says how to
    /// read them.
    pub fn read_one(&self, records: &RecordsVocab) -> Result<Source, ReadError> {
        let mut postings = self.read_postings(records)?;
        if postings.len() > 1 {
            return Err(ReadError::Records {
                name: self.name(),
                why: format!(
                    "holds {} postings; `hirelint audit {}` reads each of them",
                    postings.len(),
                    self.name()
                ),
            });
        }
        let mut one = postings.remove(0);
        // Named after the file, whose one posting it is.
        one.name = self.name();
        Ok(one)
    }
}

/// Extensions read when walking folders. Files named explicitly are read whatever their name.
const POSTING_EXTENSIONS: &[&str] = &["md", "markdown", "txt", "html", "htm"];

/// Expands folders (sorted, hidden entries skipped) and keeps files named explicitly.
/// Problems (a missing path, a symlink loop) are returned beside the inputs so that the other
/// files are still checked.
fn collect(
    paths: &[PathBuf],
    stdin_name: Option<&str>,
    excluded: &mut dyn FnMut(&Path) -> bool,
) -> (Vec<Input>, Vec<(String, String)>) {
    let mut inputs = Vec::new();
    let mut problems = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            inputs.push(Input::Stdin {
                name: stdin_name.unwrap_or("<stdin>").to_string(),
            });
            continue;
        }
        match std::fs::metadata(path) {
            Ok(m) if m.is_dir() => walk(path, &mut inputs, &mut problems, excluded),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(e) => problems.push((path.display().to_string(), format!("cannot read: {e}"))),
        }
    }
    (inputs, problems)
}

fn walk(
    dir: &Path,
    inputs: &mut Vec<Input>,
    problems: &mut Vec<(String, String)>,
    excluded: &mut dyn FnMut(&Path) -> bool,
) {
    let files = walk_files(dir, problems, &mut |p| is_posting_file(p) && !excluded(p));
    inputs.extend(files.into_iter().map(Input::File));
}

/// Whether a file's extension makes it a posting when folders are walked.
pub fn is_posting_file(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| POSTING_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()))
}

/// The files under `dir` that `wanted` keeps, in name order; hidden entries are skipped, and
/// what cannot be walked (a symlink loop) goes to `problems`.
pub fn walk_files(
    dir: &Path,
    problems: &mut Vec<(String, String)>,
    wanted: &mut dyn FnMut(&Path) -> bool,
) -> Vec<PathBuf> {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
        });
    let mut files = Vec::new();
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                if wanted(e.path()) {
                    files.push(e.into_path());
                }
            }
            Ok(_) => {}
            Err(e) => {
                let path = e
                    .path()
                    .map_or_else(|| dir.display().to_string(), |p| p.display().to_string());
                let why = if e.loop_ancestor().is_some() {
                    "symlink loop, skipped".to_string()
                } else {
                    e.to_string()
                };
                problems.push((path, why));
            }
        }
    }
    files
}
