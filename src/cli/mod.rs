//! Command-line interface: argument parsing and the subcommands.

mod check;
mod extract;
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
    /// Print the facts hirelint extracts from postings.
    Extract(extract::ExtractArgs),
    /// List the rules in force.
    Rules(rules_cmd::RulesArgs),
    /// Print a rule's documentation.
    Explain(rules_cmd::ExplainArgs),
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
        Command::Extract(args) => extract::run(args),
        Command::Rules(args) => rules_cmd::list(args),
        Command::Explain(args) => rules_cmd::explain(args),
    };
    result.unwrap_or_else(|code| code)
}

/// Parses `YYYY-MM-DD` for `--as-of`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|e| format!("expected a date as YYYY-MM-DD: {e}"))
}
