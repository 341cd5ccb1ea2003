//! `hirelint check`: lint postings and report findings.

use super::inputs::{Input, InputArgs};
use super::{EXIT_ERROR, JudgeArgs, RuleArgs};
use clap::{Args, ValueEnum};
use hirelint::lint::Linter;
use hirelint::report::{FileResult, human, json};
use hirelint::rules::Severity;
use hirelint::source::Source;
use rayon::prelude::*;
use std::io::{IsTerminal, Write};

#[derive(Args)]
pub struct CheckArgs {
    #[command(flatten)]
    input: InputArgs,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    format: Format,
    /// Exit 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    fail_on: FailOn,
    #[command(flatten)]
    judge: JudgeArgs,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Copy, Clone, ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Copy, Clone, ValueEnum)]
enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    fn fails(self, s: Severity) -> bool {
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
    }
}

pub fn run(args: CheckArgs) -> Result<i32, i32> {
    let (inputs, problems) = args.input.collect();
    let rules = args.rules.load()?;
    let linter = Linter::new(rules);
    let options = args.judge.options();
    let lint_one = |input: &Input| {
        let read = match input {
            Input::Stdin { name } => Source::read_stdin(name),
            Input::File(path) => Source::read(path),
        };
        match read {
            Ok(source) => {
                let linted = linter.lint(&source, &options);
                FileResult {
                    name: source.name.clone(),
                    findings: linted.findings,
                    source: Some(source),
                    error: None,
                }
            }
            Err(e) => FileResult {
                name: input.name(),
                source: None,
                findings: Vec::new(),
                error: Some(e.to_string()),
            },
        }
    };
    // One posting (the editor case) needs no thread pool: starting one costs more than it saves.
    let mut results: Vec<FileResult> = if inputs.len() > 1 {
        inputs.par_iter().map(lint_one).collect()
    } else {
        inputs.iter().map(lint_one).collect()
    };
    for (name, why) in problems {
        results.push(FileResult {
            error: Some(format!("{name}: {why}")),
            name,
            source: None,
            findings: Vec::new(),
        });
    }
    let had_io_error = results.iter().any(|r| r.error.is_some());
    for r in results.iter().filter(|r| r.error.is_some()) {
        eprintln!("error: {}", r.error.as_deref().unwrap_or_default());
    }
    let stdout = std::io::stdout();
    let color = args.rules.color.enabled(stdout.is_terminal());
    let mut out = stdout.lock();
    let written = match args.format {
        Format::Human => human::write(&results, color, &mut out),
        Format::Json => json::write(&results, &mut out),
    };
    if let Err(e) = written.and_then(|_| out.flush()) {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("error: cannot write output: {e}");
        }
        return Err(EXIT_ERROR);
    }
    if had_io_error {
        return Ok(EXIT_ERROR);
    }
    let failed = results
        .iter()
        .flat_map(|r| &r.findings)
        .any(|f| args.fail_on.fails(f.severity));
    Ok(i32::from(failed))
}
