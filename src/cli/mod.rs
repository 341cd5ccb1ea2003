//! Command-line interface: argument parsing and the subcommands.

mod check;
mod extract;
mod fmt;
mod inputs;
mod rules_cmd;

use clap::{Parser, Subcommand, ValueEnum};
use hirelint::report::human::{LoadDiagnostic, render};
use hirelint::rules::RuleSet;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Exit code for usage, config, rule-file and I/O errors.
pub const EXIT_ERROR: i32 = 2;

#[derive(Parser)]
#[command(
    name = "hirelint",
    version,
    about = "Lint job postings for legal and quality problems before they are published"
)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Lint postings (files, folders, or - for stdin) and report findings.
    Check(check::CheckArgs),
    /// Print postings in normal form, or check or rewrite them (--check, --write, --diff).
    Fmt(fmt::FmtArgs),
    /// Print the facts hirelint extracts from postings.
    Extract(extract::ExtractArgs),
    /// List the rules in force.
    Rules(rules_cmd::RulesArgs),
    /// Print a rule's documentation.
    Explain(rules_cmd::ExplainArgs),
    /// Run the `bad` and `good` examples of the rules in a folder.
    TestRules(rules_cmd::TestRulesArgs),
}

/// Options shared by commands that load rules.
#[derive(clap::Args, Clone)]
pub struct RuleArgs {
    /// Add the rule files (and `vocab/` files) in this folder to the built-in pack.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// When to color output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
}

/// How postings are judged: at which date, where, for which employer.
#[derive(clap::Args, Clone)]
pub struct JudgeArgs {
    /// Judge postings at this date (YYYY-MM-DD) instead of their own posting date.
    #[arg(long, value_parser = parse_date, value_name = "DATE")]
    pub as_of: Option<jiff::civil::Date>,
    /// Assume this jurisdiction (`US-CO`, `CA-ON`) for postings that name no place; repeatable.
    #[arg(long = "jurisdiction", value_name = "CODE", value_parser = parse_jurisdiction)]
    pub jurisdictions: Vec<String>,
    /// The employer is a US federal contractor: VEVRAA and Section 503 require an
    /// equal-opportunity statement covering protected veterans and disability.
    #[arg(long)]
    pub federal_contractor: bool,
    /// A law, regulation or government contract requires US citizenship for these jobs, so
    /// stating it is allowed.
    #[arg(long)]
    pub citizenship_required_by_law: bool,
}

impl JudgeArgs {
    pub fn options(&self) -> hirelint::lint::LintOptions {
        hirelint::lint::LintOptions {
            as_of: self.as_of,
            jurisdictions: self.jurisdictions.clone(),
            employer: hirelint::laws::Employer {
                federal_contractor: self.federal_contractor,
                citizenship_required_by_law: self.citizenship_required_by_law,
            },
            today: None,
        }
    }
}

fn parse_jurisdiction(s: &str) -> Result<String, String> {
    let ok = !s.is_empty()
        && s.split('-')
            .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok {
        Ok(s.to_ascii_uppercase())
    } else {
        Err("expected a code such as US-CO, US-NY-NYC, CA-ON or EU".into())
    }
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    pub fn enabled(self, stream_is_terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

impl RuleArgs {
    /// Loads the rule set, or prints a compiler-style error and returns the exit code.
    pub fn load(&self) -> Result<RuleSet, i32> {
        RuleSet::load(&self.rules).map_err(|e| {
            let color = self.color.enabled(std::io::stderr().is_terminal());
            eprint!("{}", render(&LoadDiagnostic::new(&e), color));
            EXIT_ERROR
        })
    }
}

pub fn run() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Rules(args) => rules_cmd::list(args),
        Command::Explain(args) => rules_cmd::explain(args),
        Command::TestRules(args) => rules_cmd::test_rules(args),
    };
    result.unwrap_or_else(|code| code)
}

/// Parses `YYYY-MM-DD` for `--as-of`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|e| format!("expected a date as YYYY-MM-DD: {e}"))
}
