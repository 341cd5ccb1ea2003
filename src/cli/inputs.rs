//! Turning command-line paths into postings to read.

use std::path::{Path, PathBuf};

/// Where a posting comes from.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin { name: String },
    File(PathBuf),
}

/// Extensions read when walking folders. Files named explicitly are read whatever their name.
const POSTING_EXTENSIONS: &[&str] = &["md", "markdown", "txt"];

/// Expands folders (sorted, hidden entries skipped) and keeps files named explicitly.
/// Problems (a missing path, a symlink loop) are returned beside the inputs so that the other
/// files are still checked.
pub fn collect(paths: &[PathBuf], stdin_name: Option<&str>) -> (Vec<Input>, Vec<(String, String)>) {
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
            Ok(m) if m.is_dir() => walk(path, &mut inputs, &mut problems),
            Ok(_) => inputs.push(Input::File(path.clone())),
            Err(e) => problems.push((path.display().to_string(), format!("cannot read: {e}"))),
        }
    }
    (inputs, problems)
}

fn walk(dir: &Path, inputs: &mut Vec<Input>, problems: &mut Vec<(String, String)>) {
    let walker = walkdir::WalkDir::new(dir)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| {
            e.depth() == 0 || !e.file_name().to_str().is_some_and(|n| n.starts_with('.'))
        });
    for entry in walker {
        match entry {
            Ok(e) if e.file_type().is_file() => {
                let wanted = e
                    .path()
                    .extension()
                    .and_then(|x| x.to_str())
                    .is_some_and(|x| POSTING_EXTENSIONS.contains(&x.to_ascii_lowercase().as_str()));
                if wanted {
                    inputs.push(Input::File(e.into_path()));
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
}
