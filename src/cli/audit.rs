//! `hirelint audit`: folders and ATS exports (CSV, JSON Lines) of old postings, in parallel,
//! each judged at its own date, with a progress bar and a summary.

use super::inputs::is_posting_file;
use super::{EXIT_ERROR, FailOn, JudgeArgs, RuleArgs};
use clap::{Args, ValueEnum};
use hirelint::atomic_write::{Output, check_outputs};
use hirelint::audit::export::{Columns, Row, is_export, rows};
use hirelint::audit::{self, Audit, Outcome};
use hirelint::lint::{LintOptions, Linter};
use hirelint::source::Source;
use rayon::prelude::*;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

#[derive(Args)]
pub struct AuditArgs {
    /// Folders, posting files, and exports (`.csv`, `.jsonl`) where each row is a posting.
    #[arg(required = true, value_name = "PATH")]
    paths: Vec<PathBuf>,
    /// An export's column holding posting text; repeatable, joined as sections in this order
    /// (default: `description`).
    #[arg(long = "text-field", value_name = "COLUMN")]
    text_fields: Vec<String>,
    /// An export's column naming each row (`FILE:ID`; else `FILE:row N`).
    #[arg(long = "id-field", value_name = "COLUMN")]
    id_field: Option<String>,
    /// An export's column holding a fact: `location=job_location`, `date_posted=posted_at`,
    /// `title=...`, `salary_min=...`, `employment_type=...`; repeatable.
    #[arg(long = "field", value_name = "FACT=COLUMN", value_parser = parse_field)]
    fields: Vec<(String, String)>,
    /// `table`: the summary; `json`: a JSON array, one object per posting; `json-lines`: the
    /// same objects one per line, for streaming; `csv`: one row per posting. With the others
    /// than table, the summary goes to stderr.
    #[arg(long, value_enum, default_value_t = AuditFormat::Table)]
    format: AuditFormat,
    /// Write the output to this file instead of stdout.
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Also write a self-contained HTML report (charts and a sortable table) to this file.
    #[arg(long, value_name = "FILE")]
    report: Option<PathBuf>,
    /// Also write one row per finding to this CSV file.
    #[arg(long, value_name = "FILE")]
    findings_csv: Option<PathBuf>,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    /// Postings without a date of their own: `today` judges them at today's date (the
    /// default), `skip` leaves them out, a date (YYYY-MM-DD) judges them at that date. Date
    /// them instead with `--field date_posted=COLUMN`, or judge all at one date with `--as-of`.
    #[arg(long, value_name = "today|skip|DATE", default_value = "today", value_parser = parse_undated)]
    undated: UndatedArg,
    /// No progress bar (it is shown only on a terminal anyway).
    #[arg(long)]
    no_progress: bool,
    #[command(flatten)]
    judge: JudgeArgs,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum AuditFormat {
    Table,
    /// One JSON document whatever the number of postings (`[]` for none), as `check` writes
    /// one; written as the records come, so memory stays bounded.
    Json,
    /// JSON Lines, for tools that read a record at a time.
    #[value(alias = "jsonl")]
    JsonLines,
    Csv,
}

/// `--undated`, before today is known.
#[derive(Copy, Clone)]
enum UndatedArg {
    Today,
    Skip,
    Date(jiff::civil::Date),
}

fn parse_undated(s: &str) -> Result<UndatedArg, String> {
    match s {
        "today" => Ok(UndatedArg::Today),
        "skip" => Ok(UndatedArg::Skip),
        date => super::parse_date(date)
            .map(UndatedArg::Date)
            .map_err(|_| format!("expected `today`, `skip` or a date as YYYY-MM-DD, not `{date}`")),
    }
}

fn parse_field(s: &str) -> Result<(String, String), String> {
    match s.split_once('=') {
        Some((fact, column)) if !fact.trim().is_empty() && !column.trim().is_empty() => {
            Ok((fact.trim().to_string(), column.trim().to_string()))
        }
        _ => Err("expected FACT=COLUMN, e.g. location=job_location".into()),
    }
}

/// Postings are linted this many at a time: enough to keep every core busy, few enough that
/// memory stays small.
const CHUNK: usize = 256;

/// One unit of work: a posting to lint, or an input that could not be read.
enum Work {
    Posting(Source, Arc<Linter>, LintOptions),
    File(PathBuf, Arc<Linter>, LintOptions),
    Problem(String, String),
}

pub fn run(args: AuditArgs) -> Result<i32, i32> {
    let interrupted = Arc::new(AtomicBool::new(false));
    {
        let flag = interrupted.clone();
        // Ctrl-C: stop reading, and print the summary so far.
        let _ = ctrlc::set_handler(move || flag.store(true, Ordering::SeqCst));
    }
    let mut workspace = args.rules.workspace()?;
    // The laws by name and citation, for the report.
    let laws = match &args.report {
        Some(_) => args.rules.load()?.laws.into_owned(),
        None => Vec::new(),
    };
    if !args.judge.codes().is_empty() {
        super::check_jurisdictions(&args.judge.codes(), &args.rules.load()?)?;
    }
    let columns = Columns {
        text: args.text_fields.clone(),
        id: args.id_field.clone(),
        fields: args.fields.clone(),
    };
    // Inputs first (cheap: names and sizes), so that the progress bar knows the total.
    let mut inputs: Vec<PathBuf> = Vec::new();
    let mut problems: Vec<(String, String)> = Vec::new();
    for path in &args.paths {
        collect(path, &mut workspace, &mut inputs, &mut problems)
            .map_err(|e| args.rules.setup_failed(&e))?;
    }
    let total_bytes: u64 = inputs
        .iter()
        .filter_map(|p| std::fs::metadata(p).ok())
        .map(|m| m.len())
        .sum();
    let progress = if args.no_progress {
        indicatif::ProgressBar::hidden()
    } else {
        indicatif::ProgressBar::new(total_bytes)
    };
    progress.set_style(
        indicatif::ProgressStyle::with_template("{bar:30} {percent:>3}% {msg} (ETA {eta})")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let started = std::time::Instant::now();

    // No output may name an input (or another output): checked before any is opened.
    let named_outputs: Vec<(&str, &Path)> = [
        ("--output", &args.output),
        ("--findings-csv", &args.findings_csv),
        ("--report", &args.report),
    ]
    .into_iter()
    .filter_map(|(option, path)| path.as_deref().map(|p| (option, p)))
    .collect();
    let input_paths: Vec<&Path> = inputs.iter().map(PathBuf::as_path).collect();
    check_outputs(&named_outputs, &input_paths).map_err(|e| {
        eprintln!("error: {e}");
        EXIT_ERROR
    })?;
    // Outputs are written beside their files and put in place when the run is complete.
    let create = |path: &Path| {
        Output::create(path).map_err(|e| {
            eprintln!("error: cannot write {}: {e}", path.display());
            EXIT_ERROR
        })
    };
    let mut out: Sink = match &args.output {
        Some(path) => Sink::File(create(path)?),
        None => Sink::Stdout(std::io::BufWriter::new(std::io::stdout().lock())),
    };
    let mut findings_csv = match &args.findings_csv {
        Some(path) => {
            let mut w = csv::Writer::from_writer(create(path)?);
            w.write_record(audit::FINDINGS_HEADER)
                .map_err(|e| write_failed(path, e))?;
            Some(w)
        }
        None => None,
    };
    let report_output = args.report.as_deref().map(create).transpose()?;
    // CSV records go through a CSV writer over the output, which it then owns.
    let mut records_csv = None;
    if args.format == AuditFormat::Csv {
        let mut w = csv::Writer::from_writer(std::mem::replace(&mut out, Sink::None));
        if let Err(e) = w.write_record(audit::CSV_HEADER) {
            return output_failed(&args, e.into(), false);
        }
        records_csv = Some(w);
    }

    let undated = match args.undated {
        // One today for the whole run, also one that crosses midnight.
        UndatedArg::Today => audit::Undated::Today(hirelint::lint::today()),
        UndatedArg::Skip => audit::Undated::Skip,
        UndatedArg::Date(d) => audit::Undated::Date(d),
    };
    let mut summary = Audit::new(undated);
    let mut table = args
        .report
        .as_ref()
        .map(|_| audit::report::Table::default());
    for (name, why) in problems {
        summary.problem(name, why);
    }
    let mut fails = false;
    let mut records_written = 0usize;
    let mut queue = work(&inputs, &columns, &mut workspace, &args.judge, undated);
    loop {
        if interrupted.load(Ordering::SeqCst) {
            summary.interrupted = true;
            break;
        }
        let chunk: Vec<Work> = queue.by_ref().take(CHUNK).collect();
        if chunk.is_empty() {
            break;
        }
        // The flag is read per posting, so that Ctrl-C stops within one posting's time, not a
        // whole chunk's; postings not linted are left out of the summary.
        let done: Vec<Result<(Outcome, u64), (String, String)>> = chunk
            .into_par_iter()
            .filter(|_| !interrupted.load(Ordering::SeqCst))
            .map(|w| match w {
                Work::Posting(source, linter, options) => {
                    let size = source.text.len() as u64;
                    Ok((Outcome::of(&linter, source, &options), size))
                }
                Work::File(path, linter, options) => match Source::read(&path) {
                    Ok(source) => {
                        let size = source.file_text().len() as u64;
                        Ok((Outcome::of(&linter, source, &options), size))
                    }
                    // The summary lists the file by name, then why.
                    Err(e) => Err((path.display().to_string(), e.reason())),
                },
                Work::Problem(name, why) => Err((name, why)),
            })
            .collect();
        for d in done {
            match d {
                Ok((o, size)) => {
                    progress.inc(size);
                    if summary.skips(&o) {
                        continue;
                    }
                    summary.add(&o);
                    if let Some(t) = &mut table {
                        t.add(audit::report::Row::of(&o));
                    }
                    fails |= o.findings.iter().any(|f| args.fail_on.fails(f.severity));
                    let written = match args.format {
                        AuditFormat::Json => {
                            let sep = if records_written == 0 { "[\n" } else { ",\n" };
                            write!(out, "{sep}{}", audit::json_record(&o, undated))
                        }
                        AuditFormat::JsonLines => {
                            writeln!(out, "{}", audit::json_record(&o, undated))
                        }
                        AuditFormat::Csv => records_csv.as_mut().map_or(Ok(()), |w| {
                            w.write_record(audit::csv_record(&o, undated))
                                .map_err(io_error)
                        }),
                        AuditFormat::Table => Ok(()),
                    };
                    if let Err(e) = written {
                        return output_failed(&args, e, fails);
                    }
                    records_written += 1;
                    if let (Some(w), Some(path)) = (&mut findings_csv, &args.findings_csv) {
                        for row in audit::finding_rows(&o) {
                            w.write_record(row).map_err(|e| write_failed(path, e))?;
                        }
                    }
                }
                Err((name, why)) => summary.problem(name, why),
            }
        }
        let rate = summary.postings as f64 / started.elapsed().as_secs_f64().max(1e-9);
        progress.set_message(format!("{} postings, {rate:.0}/s", summary.postings));
    }
    progress.finish_and_clear();
    // The array is closed also when interrupted, so what was written reads as JSON.
    if args.format == AuditFormat::Json {
        let close = if records_written == 0 {
            "[]\n"
        } else {
            "\n]\n"
        };
        if let Err(e) = out.write_all(close.as_bytes()) {
            return output_failed(&args, e, fails);
        }
    }
    if let Some(w) = records_csv.take() {
        match w.into_inner() {
            Ok(inner) => out = inner,
            Err(e) => return output_failed(&args, e.into_error(), fails),
        }
    }
    let summary_text = summary.table();
    let flushed = if args.format == AuditFormat::Table {
        out.write_all(summary_text.as_bytes())
            .and_then(|()| out.flush())
    } else {
        eprint!("{summary_text}");
        out.flush()
    };
    if let Err(e) = flushed {
        return output_failed(&args, e, fails);
    }
    if summary.interrupted {
        // An interrupted run's outputs are incomplete: the files keep what they had.
        if !named_outputs.is_empty() {
            eprintln!("interrupted: output files were left as they were");
        }
        return Ok(130);
    }
    // The run is complete: every output file is put in place.
    if let (Some(mut output), Some(t)) = (report_output, table.take()) {
        let html = audit::report::html(&summary, t, &laws);
        output
            .write_all(html.as_bytes())
            .and_then(|()| output.commit())
            .map_err(|e| write_failed(output_path(&args.report), e))?;
    }
    if let Some(w) = findings_csv {
        w.into_inner()
            .map_err(|e| e.into_error())
            .and_then(Output::commit)
            .map_err(|e| write_failed(output_path(&args.findings_csv), e))?;
    }
    if let Sink::File(output) = out {
        output
            .commit()
            .map_err(|e| write_failed(output_path(&args.output), e))?;
    }
    if summary.postings == 0 && summary.problem_count > 0 {
        return Ok(EXIT_ERROR);
    }
    Ok(i32::from(fails))
}

/// Where the records go: standard output, or an output file put in place at the end.
enum Sink {
    Stdout(std::io::BufWriter<std::io::StdoutLock<'static>>),
    File(Output),
    /// While a CSV writer owns the real one.
    None,
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(w) => w.write(buf),
            Sink::File(w) => w.write(buf),
            Sink::None => Ok(buf.len()),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(w) => w.flush(),
            Sink::File(w) => w.flush(),
            Sink::None => Ok(()),
        }
    }
}

/// A CSV writer's error as the I/O error it is, when it is one (a closed pipe stays one).
fn io_error(e: csv::Error) -> std::io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => std::io::Error::other(format!("{other:?}")),
    }
}

/// The records could not be written: a closed pipe on stdout (`| head`) ends the run quietly,
/// with the status so far; anything else is an error that names the output.
fn output_failed(args: &AuditArgs, e: std::io::Error, fails: bool) -> Result<i32, i32> {
    if args.output.is_none() && e.kind() == std::io::ErrorKind::BrokenPipe {
        return Ok(i32::from(fails));
    }
    let name = args
        .output
        .as_ref()
        .map_or("standard output".to_string(), |p| p.display().to_string());
    eprintln!("error: cannot write {name}: {e}");
    Err(EXIT_ERROR)
}

/// Prints why an output file could not be written; returns the exit code.
fn write_failed(path: &Path, e: impl Into<WriteError>) -> i32 {
    let WriteError(e) = e.into();
    eprintln!("error: cannot write {}: {e}", path.display());
    EXIT_ERROR
}

/// An I/O or CSV error, for [`write_failed`].
struct WriteError(std::io::Error);

impl From<std::io::Error> for WriteError {
    fn from(e: std::io::Error) -> Self {
        WriteError(e)
    }
}

impl From<csv::Error> for WriteError {
    fn from(e: csv::Error) -> Self {
        WriteError(io_error(e))
    }
}

fn output_path(path: &Option<PathBuf>) -> &Path {
    path.as_deref().unwrap_or(Path::new("-"))
}

/// Files to audit under `path`: postings and exports, walked in name order; hidden entries,
/// what the config excludes and binary files are skipped.
fn collect(
    path: &Path,
    workspace: &mut hirelint::workspace::Workspace,
    inputs: &mut Vec<PathBuf>,
    problems: &mut Vec<(String, String)>,
) -> Result<(), hirelint::workspace::SetupError> {
    match std::fs::metadata(path) {
        Err(e) => problems.push((path.display().to_string(), format!("cannot read: {e}"))),
        Ok(m) if m.is_file() => inputs.push(path.to_path_buf()),
        Ok(_) => {
            let mut failed = None;
            let files = super::inputs::walk_files(path, problems, &mut |p| {
                let excluded = workspace.excludes(p).unwrap_or_else(|e| {
                    failed.get_or_insert(e);
                    false
                });
                (is_export(p) || is_posting_file(p)) && !excluded && !is_binary(p)
            });
            if let Some(e) = failed {
                return Err(e);
            }
            inputs.extend(files);
        }
    }
    Ok(())
}

/// A NUL byte in the first 8 KB: not text.
fn is_binary(p: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 8192];
    std::fs::File::open(p)
        .and_then(|mut f| f.read(&mut head))
        .is_ok_and(|n| head[..n].contains(&0))
}

/// The postings of the inputs, lazily: files as they are, exports row by row.
fn work<'a>(
    inputs: &'a [PathBuf],
    columns: &'a Columns,
    workspace: &'a mut hirelint::workspace::Workspace,
    judge: &'a JudgeArgs,
    undated: audit::Undated,
) -> impl Iterator<Item = Work> + 'a {
    inputs
        .iter()
        .flat_map(move |path| -> Box<dyn Iterator<Item = Work>> {
            let (settings, linter) = match workspace.setup(path) {
                Ok(s) => s,
                Err(e) => {
                    let why = match e {
                        hirelint::workspace::SetupError::Config(c) => c.to_string(),
                        hirelint::workspace::SetupError::Rules(r) => r.to_string(),
                    };
                    return Box::new(std::iter::once(Work::Problem(
                        path.display().to_string(),
                        why,
                    )));
                }
            };
            let mut options = judge.options(&settings);
            options.today = undated.today();
            if !is_export(path) {
                return Box::new(std::iter::once(Work::File(path.clone(), linter, options)));
            }
            match rows(path, columns, &linter.rules.vocab.records) {
                Ok(rows) => Box::new(rows.map(move |row| match row {
                    Row::Posting(source) => Work::Posting(source, linter.clone(), options.clone()),
                    Row::Broken { name, why } => Work::Problem(name, why),
                })),
                Err(e) => Box::new(std::iter::once(Work::Problem(
                    path.display().to_string(),
                    format!("cannot read: {e}"),
                ))),
            }
        })
}
