//! `hirelint check`: lint postings and report findings.

use super::inputs::{Input, InputArgs};
use super::{EXIT_ERROR, FailOn, JudgeArgs, RuleArgs};
use clap::{Args, ValueEnum};
use hirelint::atomic_write::{Output, check_outputs, interrupted, rewrite, stop_on_interrupt};
use hirelint::baseline::Baseline;
use hirelint::fix;
use hirelint::lint::{LintOptions, Linter};
use hirelint::report::{FileResult, compact, github, human, json, junit, sarif};
use hirelint::rules::Rule;
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::sync::Arc;

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Report only findings that this baseline (from --write-baseline) does not know.
    #[arg(long, value_name = "FILE")]
    baseline: Option<std::path::PathBuf>,
    /// Write the findings to FILE as a baseline, and exit 0 (2 when a posting could not be read).
    #[arg(long, value_name = "FILE", conflicts_with = "baseline")]
    write_baseline: Option<std::path::PathBuf>,
    /// Write the report to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<std::path::PathBuf>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Apply the safe fixes rules offer (rewriting files atomically), then report what is left.
    #[arg(long)]
    fix: bool,
    /// Apply the fixes that need a person's eye too (implies --fix).
    #[arg(long)]
    unsafe_fixes: bool,
    /// Show the fixes as a unified diff instead of applying them (exit 1 when there are any).
    #[arg(long)]
    diff: bool,
    #[command(flatten)]
    judge: JudgeArgs,
    #[command(flatten)]
    rules: RuleArgs,
}

/// What fixing did to one posting.
#[derive(Default)]
struct FixOutcome {
    applied: usize,
    unsafe_left: usize,
    /// The fixed posting, for `--diff` and for stdin.
    fixed_text: Option<String>,
}

#[derive(Copy, Clone, ValueEnum)]
enum Format {
    /// miette reports for people.
    Human,
    /// One JSON document (documented in docs/check.md).
    Json,
    /// `path:line:col: severity[rule] message`, one per line.
    Compact,
    /// GitHub Actions annotations (workflow commands).
    Github,
    /// SARIF 2.1.0, for code-scanning tools.
    Sarif,
    /// JUnit XML, one test case per posting.
    Junit,
}

pub fn run(args: CheckArgs) -> Result<i32, i32> {
    let (prepared, problems) = super::prepare(&args.input, &args.rules)?;
    let jobs: Vec<(Input, Arc<Linter>, LintOptions)> = prepared
        .into_iter()
        .map(|(input, settings, linter)| {
            let options = args.judge.options(&settings);
            (input, linter, options)
        })
        .collect();
    let fixing = args.fix || args.unsafe_fixes || args.diff;
    refuse_outputs_over_inputs(&args, &jobs)?;
    match jobs.first() {
        Some((_, linter, _)) => super::check_jurisdictions(&args.judge.codes(), &linter.rules)?,
        None => super::check_jurisdictions(&args.judge.codes(), hirelint::rules::builtin())?,
    }
    if fixing && !args.diff {
        stop_on_interrupt();
    }
    let lint_one = |(input, linter, options): &Job| {
        let read = input.read_one(&linter.rules.vocab.records);
        let source = match read {
            Ok(source) => source,
            Err(e) => {
                let failed = FileResult {
                    name: input.name(),
                    source: None,
                    findings: Vec::new(),
                    error: Some(e.to_string()),
                };
                return (failed, FixOutcome::default());
            }
        };
        if !fixing {
            let linted = linter.lint(&source, options);
            let result = FileResult {
                name: source.name.clone(),
                findings: linted.findings,
                source: Some(source),
                error: None,
            };
            return (result, FixOutcome::default());
        }
        let original = source.clone();
        let fixed = fix::fix(linter, source, options, args.unsafe_fixes);
        let mut outcome = FixOutcome {
            applied: fixed.applied,
            unsafe_left: fixed.unsafe_left,
            fixed_text: None,
        };
        let mut error = None;
        let changed = fixed.source.file_text() != original.file_text();
        if changed && (args.diff || matches!(input, Input::Stdin { .. })) {
            outcome.fixed_text = Some(fixed.source.file_text().to_string());
        } else if changed && let Input::File(path) = input {
            if let Err(e) = rewrite(
                path,
                original.file_bytes(),
                fixed.source.file_text().as_bytes(),
            ) {
                error = Some(format!(
                    "{}: the fixes were not written: {e}",
                    fixed.source.name
                ));
                outcome.applied = 0;
            } else if let Some(d) = &original.decoded {
                eprintln!(
                    "note: {}: {}; written as UTF-8 with the fixes",
                    original.name,
                    d.describe()
                );
            }
        }
        // With --diff, or when the fixes could not be written, the findings are those of the
        // file as it is on disk.
        let (source, findings) = if args.diff || error.is_some() {
            let findings = linter.lint(&original, options).findings;
            (original, findings)
        } else {
            (fixed.source, fixed.findings)
        };
        let result = FileResult {
            name: source.name.clone(),
            findings,
            source: Some(source),
            error,
        };
        (result, outcome)
    };
    // Without fixes, each posting of a JSON file of several (an ATS export) is linted as
    // `FILE:ID`; a file of one is named after the file. Fixes are for one posting's own file.
    let lint_each = |job: &Job| -> Vec<FileResult> {
        let (input, linter, options) = job;
        if !hirelint::audit::records::is_json(std::path::Path::new(&input.name())) {
            return vec![lint_one(job).0];
        }
        match input.read_postings(&linter.rules.vocab.records) {
            Ok(postings) if postings.len() > 1 => postings
                .into_iter()
                .map(|source| {
                    let linted = linter.lint(&source, options);
                    FileResult {
                        name: source.name.clone(),
                        findings: linted.findings,
                        source: Some(source),
                        error: None,
                    }
                })
                .collect(),
            _ => vec![lint_one(job).0],
        }
    };
    // Reports written file by file are written as the postings are linted, a chunk at a time:
    // nothing is held but counts (a check of many postings takes as little memory as one).
    let streamed = matches!(
        args.format,
        Format::Json | Format::Human | Format::Compact | Format::Github
    );
    if !fixing && args.write_baseline.is_none() && streamed {
        return stream(&args, &jobs, problems, &lint_each);
    }
    // One posting (the editor case) needs no thread pool: starting one costs more than it saves.
    let (mut results, outcomes): (Vec<FileResult>, Vec<FixOutcome>) = if fixing {
        if jobs.len() > 1 {
            jobs.par_iter().map(lint_one).unzip()
        } else {
            jobs.iter().map(lint_one).unzip()
        }
    } else {
        let results: Vec<FileResult> = if jobs.len() > 1 {
            jobs.par_iter().flat_map_iter(lint_each).collect()
        } else {
            jobs.iter().flat_map(lint_each).collect()
        };
        (results, Vec::new())
    };
    if fixing && interrupted() {
        eprintln!("interrupted: files not yet fixed were left as they were");
        return Ok(130);
    }
    if fixing {
        return finish_fixing(&args, &results, &outcomes, &problems, rules_of(&jobs));
    }
    for (name, why) in problems {
        results.push(FileResult {
            error: Some(format!("{name}: {why}")),
            name,
            source: None,
            findings: Vec::new(),
        });
    }
    if let Some(path) = &args.write_baseline {
        return write_baseline(path, &results);
    }
    if let Some(path) = &args.baseline {
        let mut baseline = Baseline::load(path).map_err(|e| {
            eprintln!("error: {e}");
            EXIT_ERROR
        })?;
        let known = baseline.remove_known(&mut results);
        if known > 0 {
            eprintln!(
                "{known} known finding(s) in {} not reported",
                path.display()
            );
        }
    }
    let had_io_error = results.iter().any(|r| r.error.is_some());
    for r in results.iter().filter(|r| r.error.is_some()) {
        eprintln!("error: {}", r.error.as_deref().unwrap_or_default());
    }
    let rules = rules_of(&jobs);
    let written = match &args.output {
        Some(path) => Output::create(path)
            .and_then(|mut file| {
                report(&args, &results, false, rules, &mut file)?;
                file.commit()
            })
            .map_err(|e| {
                eprintln!("error: cannot write {}: {e}", path.display());
                EXIT_ERROR
            }),
        None => {
            let stdout = std::io::stdout();
            let color = args.rules.color.enabled(stdout.is_terminal());
            let mut out = stdout.lock();
            let written = report(&args, &results, color, rules, &mut out);
            written.and_then(|_| out.flush()).map_err(|e| {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("error: cannot write output: {e}");
                }
                EXIT_ERROR
            })
        }
    };
    written?;
    if had_io_error {
        return Ok(EXIT_ERROR);
    }
    let failed = results
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.is_active() && args.fail_on.fails(f.severity));
    Ok(i32::from(failed))
}

/// A posting to check, with the linter and options of its config.
type Job = (Input, Arc<Linter>, LintOptions);

/// How many postings are linted before their part of a streamed report is written.
const CHUNK: usize = 64;

/// Lints the postings a chunk at a time and writes each file's part of the report (JSON, human,
/// compact, GitHub) as soon as its chunk is done, in input order; then the unreadable inputs
/// and the summary.
fn stream(
    args: &CheckArgs,
    jobs: &[Job],
    problems: Vec<(String, String)>,
    lint_each: &(dyn Fn(&Job) -> Vec<FileResult> + Sync),
) -> Result<i32, i32> {
    let mut baseline = match &args.baseline {
        Some(path) => Some(Baseline::load(path).map_err(|e| {
            eprintln!("error: {e}");
            EXIT_ERROR
        })?),
        None => None,
    };
    let mut file = match &args.output {
        Some(path) => Some(Output::create(path).map_err(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_ERROR
        })?),
        None => None,
    };
    let stdout = std::io::stdout();
    let color = file.is_none() && args.rules.color.enabled(stdout.is_terminal());
    let mut lock = stdout.lock();
    let out: &mut dyn Write = match &mut file {
        Some(f) => f,
        None => &mut lock,
    };
    let (mut summary, mut known) = (hirelint::report::Summary::default(), 0);
    let (mut had_io_error, mut failed) = (false, false);
    let mut json = None;
    let write_all = |out: &mut dyn Write| -> std::io::Result<()> {
        if let Format::Json = args.format {
            json = Some(json::Stream::start(out)?);
        }
        let mut each = |mut r: FileResult, out: &mut dyn Write| -> std::io::Result<()> {
            if let Some(b) = &mut baseline {
                known += b.remove_known(std::slice::from_mut(&mut r));
            }
            if let Some(e) = &r.error {
                eprintln!("error: {e}");
                had_io_error = true;
            }
            failed |= r
                .findings
                .iter()
                .any(|f| f.is_active() && args.fail_on.fails(f.severity));
            summary.add(hirelint::report::Summary::of(std::slice::from_ref(&r)));
            match (&args.format, &mut json) {
                (Format::Json, Some(stream)) => stream.file(&r, out),
                (Format::Human, _) => human::write_file(&r, color, out),
                (Format::Compact, _) => compact::write_file(&r, out),
                (Format::Github, _) => github::write_file(&r, out),
                _ => Ok(()),
            }
        };
        for chunk in jobs.chunks(CHUNK) {
            // One posting (the editor case) needs no thread pool.
            let results: Vec<FileResult> = if jobs.len() > 1 {
                chunk.par_iter().flat_map_iter(lint_each).collect()
            } else {
                chunk.iter().flat_map(lint_each).collect()
            };
            for r in results {
                each(r, out)?;
            }
        }
        for (name, why) in problems {
            let unread = FileResult {
                error: Some(format!("{name}: {why}")),
                name,
                source: None,
                findings: Vec::new(),
            };
            each(unread, out)?;
        }
        match (json.take(), &args.format) {
            (Some(stream), _) => stream.finish(&summary, out)?,
            (None, Format::Human) => writeln!(out, "{summary}")?,
            _ => {}
        }
        out.flush()
    };
    let written = write_all(out);
    let committed = written.and_then(|()| match file {
        Some(f) => f.commit(),
        None => Ok(()),
    });
    if let Err(e) = committed {
        match &args.output {
            Some(path) => eprintln!("error: cannot write {}: {e}", path.display()),
            None if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            None => eprintln!("error: cannot write output: {e}"),
        }
        return Err(EXIT_ERROR);
    }
    if let (Some(path), true) = (&args.baseline, known > 0) {
        eprintln!(
            "{known} known finding(s) in {} not reported",
            path.display()
        );
    }
    if had_io_error {
        return Ok(EXIT_ERROR);
    }
    Ok(i32::from(failed))
}

/// `--fix`, `--unsafe-fixes`, `--diff`: writes the diffs (or a fixed stdin posting) to stdout,
/// the report of what is left and a summary to stderr.
fn finish_fixing(
    args: &CheckArgs,
    results: &[FileResult],
    outcomes: &[FixOutcome],
    problems: &[(String, String)],
    rules: &[Rule],
) -> Result<i32, i32> {
    let mut failed = !problems.is_empty();
    for (name, why) in problems {
        eprintln!("error: {name}: {why}");
    }
    let mut out = std::io::stdout().lock();
    for (r, o) in results.iter().zip(outcomes) {
        if let Some(e) = &r.error {
            eprintln!("error: {e}");
            failed = true;
        }
        let (Some(fixed), Some(source)) = (&o.fixed_text, &r.source) else {
            continue;
        };
        let written = if args.diff {
            let diff = similar::TextDiff::from_lines(source.file_text(), fixed.as_str());
            let fixed_name = format!("{} (fixed)", r.name);
            write!(
                out,
                "{}",
                diff.unified_diff()
                    .context_radius(2)
                    .header(&r.name, &fixed_name)
            )
        } else {
            out.write_all(fixed.as_bytes())
        };
        if let Err(e) = written.and_then(|()| out.flush()) {
            if e.kind() != std::io::ErrorKind::BrokenPipe {
                eprintln!("error: cannot write output: {e}");
            }
            return Err(EXIT_ERROR);
        }
    }
    let applied: usize = outcomes.iter().map(|o| o.applied).sum();
    let files = outcomes.iter().filter(|o| o.applied > 0).count();
    let unsafe_left: usize = outcomes.iter().map(|o| o.unsafe_left).sum();
    let verb = if args.diff { "would fix" } else { "fixed" };
    let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
    let mut summary = format!(
        "{verb} {} in {}",
        plural(applied, "finding"),
        plural(files, "file")
    );
    if unsafe_left > 0 && !args.unsafe_fixes {
        summary.push_str(&format!("; {} more with --unsafe-fixes", unsafe_left));
    }
    if !args.diff {
        // What is left, reported as usual; on stderr when stdout carries a fixed posting.
        let stdin_fixed = outcomes.iter().any(|o| o.fixed_text.is_some());
        let reported = if stdin_fixed {
            let color = args.rules.color.enabled(std::io::stderr().is_terminal());
            report(args, results, color, rules, &mut std::io::stderr().lock())
        } else {
            let color = args.rules.color.enabled(std::io::stdout().is_terminal());
            report(args, results, color, rules, &mut out)
        };
        if reported.and_then(|()| out.flush()).is_err() {
            return Err(EXIT_ERROR);
        }
    }
    eprintln!("{summary}");
    if failed {
        return Ok(EXIT_ERROR);
    }
    if args.diff {
        return Ok(i32::from(applied > 0));
    }
    let fails = results
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| f.is_active() && args.fail_on.fails(f.severity));
    Ok(i32::from(fails))
}

fn report(
    args: &CheckArgs,
    results: &[FileResult],
    color: bool,
    rules: &[Rule],
    out: &mut impl Write,
) -> std::io::Result<()> {
    match args.format {
        Format::Human => human::write(results, color, out),
        Format::Json => json::write(results, out),
        Format::Compact => compact::write(results, out),
        Format::Github => github::write(results, out),
        Format::Sarif => sarif::write(results, rules, out),
        Format::Junit => junit::write(results, |s| args.fail_on.fails(s), out),
    }
}

/// The rules of the run, for formats that list them (SARIF): those of the first posting's
/// rule set (the built-in pack when there is none).
fn rules_of(jobs: &[(Input, Arc<Linter>, LintOptions)]) -> &[Rule] {
    // Not `map_or`: its default would load the built-in pack on every run.
    match jobs.first() {
        Some((_, linter, _)) => &linter.rules.rules[..],
        None => &hirelint::rules::builtin().rules[..],
    }
}

/// Refuses, before anything is written, a `--output` or `--write-baseline` that names a
/// posting, the baseline read, or each other.
fn refuse_outputs_over_inputs(
    args: &CheckArgs,
    jobs: &[(Input, Arc<Linter>, LintOptions)],
) -> Result<(), i32> {
    let mut outputs = Vec::new();
    if let Some(p) = &args.output {
        outputs.push(("--output", p.as_path()));
    }
    if let Some(p) = &args.write_baseline {
        outputs.push(("--write-baseline", p.as_path()));
    }
    let mut inputs: Vec<&std::path::Path> = jobs
        .iter()
        .filter_map(|(input, _, _)| match input {
            Input::File(path) => Some(path.as_path()),
            Input::Stdin { .. } => None,
        })
        .collect();
    inputs.extend(args.baseline.as_deref());
    check_outputs(&outputs, &inputs).map_err(|e| {
        eprintln!("error: {e}");
        EXIT_ERROR
    })
}

/// Writes the findings of the postings read as a baseline; the postings that could not be
/// read are named, and make the exit status 2: their findings are not in the baseline.
fn write_baseline(path: &std::path::Path, results: &[FileResult]) -> Result<i32, i32> {
    let mut baseline = Baseline::new(path);
    baseline.record(results);
    let json = baseline.to_json();
    let unread: Vec<&str> = results.iter().filter_map(|r| r.error.as_deref()).collect();
    for e in &unread {
        eprintln!("error: {e}");
    }
    let written = Output::create(path).and_then(|mut out| {
        out.write_all(json.as_bytes())?;
        out.commit()
    });
    match written {
        Ok(()) => {
            eprintln!("wrote {} finding(s) to {}", baseline.len(), path.display());
            if !unread.is_empty() {
                eprintln!(
                    "error: {} file(s) could not be read, and their findings are not in the baseline",
                    unread.len()
                );
                return Ok(EXIT_ERROR);
            }
            Ok(0)
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            Err(EXIT_ERROR)
        }
    }
}
