//! `hirelint fmt`: print, check or rewrite postings in normal form.

use super::inputs::{Input, InputArgs};
use super::{EXIT_ERROR, RuleArgs};
use clap::Args;
use hirelint::atomic_write::{interrupted, rewrite, stop_on_interrupt};
use hirelint::document::Document;
use hirelint::normalize::{Normalized, normalize};
use hirelint::source::{Format, Source};
use rayon::prelude::*;
use std::io::Write;

#[derive(Args)]
pub struct FmtArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Rewrite files in place instead of printing (atomically, keeping owner, permissions and
    /// extended attributes; files with hard links, read-only files and files changed since
    /// they were read are left alone, with a message).
    #[arg(long, conflicts_with = "check")]
    write: bool,
    /// Write nothing; exit 1 when a file is not in normal form.
    #[arg(long)]
    check: bool,
    /// Show the changes as a unified diff (exit 1 when there are any, unless writing).
    #[arg(long)]
    diff: bool,
    /// List the chrome lines removed, and why, on stderr.
    #[arg(long, short)]
    verbose: bool,
    #[command(flatten)]
    rules: RuleArgs,
}

/// One posting, read and normalized, or why it could not be read.
struct Formatted {
    input: Input,
    result: Result<(Source, Normalized), String>,
}

pub fn run(args: FmtArgs) -> Result<i32, i32> {
    let (prepared, problems) = super::prepare(&args.input, &args.rules)?;
    let print = !(args.write || args.check || args.diff);
    if args.write {
        stop_on_interrupt();
    }
    if print && prepared.len() != 1 {
        eprintln!(
            "error: fmt prints one posting to stdout, and {} were given; to format several, use --write, --check or --diff",
            prepared.len()
        );
        return Err(EXIT_ERROR);
    }
    let format_one = |(input, _, linter): &super::Prepared| Formatted {
        input: input.clone(),
        result: input.read().map_err(|e| e.to_string()).map(|source| {
            // The chrome vocabulary is the posting's: built-in, plus its config's rule folders.
            let vocab = &linter.rules.vocab;
            let doc = Document::parse(&source, vocab);
            let normalized = normalize(&source, &doc, vocab);
            (source, normalized)
        }),
    };
    let formatted: Vec<Formatted> = if prepared.len() > 1 {
        prepared.par_iter().map(format_one).collect()
    } else {
        prepared.iter().map(format_one).collect()
    };

    let mut failed = !problems.is_empty();
    for (name, why) in &problems {
        eprintln!("error: {name}: {why}");
    }
    let mut out = std::io::stdout().lock();
    let (mut changed, mut unchanged) = (0, 0);
    for f in &formatted {
        let (source, normalized) = match &f.result {
            Ok(done) => done,
            Err(e) => {
                eprintln!("error: {e}");
                failed = true;
                continue;
            }
        };
        if args.verbose {
            for r in &normalized.removed {
                let (line, _) = source.line_col(r.span.start);
                let text = source.slice(r.span).trim();
                eprintln!("{}:{line}: removed {text:?} ({})", source.name, r.why);
            }
        }
        // The normal form is UTF-8: a file read as another encoding changes when written.
        let is_changed = normalized.changed(source) || source.decoded.is_some();
        if let Some(d) = &source.decoded {
            let what = if args.write && source.format != Format::Html {
                "written as UTF-8"
            } else if print {
                "printed as UTF-8"
            } else {
                "`fmt --write` writes it as UTF-8"
            };
            eprintln!("note: {}: {}; {what}", source.name, d.describe());
        }
        if args.write && is_changed && source.format == Format::Html {
            // Reported below, not counted as reformatted.
        } else if is_changed {
            changed += 1;
        } else {
            unchanged += 1;
        }
        let to_stdout = print || (args.write && matches!(f.input, Input::Stdin { .. }));
        let written = if to_stdout {
            out.write_all(normalized.text.as_bytes())
        } else if args.diff && is_changed {
            write_diff(&mut out, source, normalized)
        } else {
            Ok(())
        };
        if let Err(e) = written.and_then(|()| out.flush()) {
            if e.kind() == std::io::ErrorKind::BrokenPipe {
                return Ok(i32::from(failed) * EXIT_ERROR);
            }
            eprintln!("error: cannot write output: {e}");
            return Err(EXIT_ERROR);
        }
        if args.check && is_changed && !args.diff {
            eprintln!("would reformat: {}", source.name);
        }
        if args.write && is_changed && source.format == Format::Html {
            // The normal form of a page is Markdown: writing it over the HTML would lose the page.
            eprintln!(
                "note: {}: an HTML page is not rewritten; `hirelint fmt {}` prints it as Markdown",
                source.name, source.name
            );
        } else if args.write
            && is_changed
            && let Input::File(path) = &f.input
            && let Err(e) = rewrite(path, source.file_bytes(), normalized.text.as_bytes())
        {
            eprintln!("error: {}: not rewritten: {e}", source.name);
            changed -= 1;
            failed = true;
        }
    }
    if args.write && interrupted() {
        eprintln!("interrupted: files not yet rewritten were left as they were");
        return Ok(130);
    }
    if !print {
        let verb = if args.write {
            "reformatted"
        } else {
            "would be reformatted"
        };
        eprintln!(
            "{changed} file{} {verb}, {unchanged} already in normal form",
            if changed == 1 { "" } else { "s" }
        );
    }
    if failed {
        return Ok(EXIT_ERROR);
    }
    Ok(i32::from(changed > 0 && !args.write && !print))
}

fn write_diff(
    out: &mut impl Write,
    source: &Source,
    normalized: &Normalized,
) -> std::io::Result<()> {
    let diff = similar::TextDiff::from_lines(source.file_text(), &normalized.text);
    let name = &source.name;
    write!(
        out,
        "{}",
        diff.unified_diff()
            .context_radius(2)
            .header(name, &format!("{name} (formatted)"))
    )
}
