//! Command-line interface: argument parsing and the subcommands.

mod audit;
mod check;
mod config_cmd;
mod docs_md;
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
    /// Audit folders and ATS exports (CSV, JSON Lines) of postings: a summary, and records.
    Audit(audit::AuditArgs),
    /// Print postings in normal form, or check or rewrite them (--check, --write, --diff).
    Fmt(fmt::FmtArgs),
    /// Print the facts hirelint extracts from postings.
    Extract(extract::ExtractArgs),
    /// Print the configuration that applies to a posting.
    Config(config_cmd::ConfigArgs),
    /// Write a commented starter `hirelint.yaml`.
    Init(config_cmd::InitArgs),
    /// Run the language server (LSP over stdio) for editors.
    Lsp,
    /// List the rules in force.
    Rules(rules_cmd::RulesArgs),
    /// Print a rule's documentation.
    Explain(rules_cmd::ExplainArgs),
    /// List the laws: places, dates, duties, thresholds, sources.
    Laws(rules_cmd::LawsArgs),
    /// List the facts rules may name, with their fields.
    Facts(rules_cmd::FactsArgs),
    /// Run the `bad` and `good` examples of the rules in a folder.
    TestRules(rules_cmd::TestRulesArgs),
}

/// Options shared by commands that load rules.
#[derive(clap::Args, Clone)]
pub struct RuleArgs {
    /// Add the rule files (and `vocab/` files) in this folder to the built-in pack.
    #[arg(long = "rules", value_name = "DIR")]
    pub rules: Vec<PathBuf>,
    /// Use this config file for every posting instead of the nearest `hirelint.yaml`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
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
    /// How many people the employer employs: laws that apply from a number of employees
    /// (1 to 50) are judged by it. Unset, hirelint assumes a law applies and says so.
    #[arg(long, value_name = "N")]
    pub employees: Option<u32>,
    /// The employer is a public (government) employer: laws that exclude them do not apply.
    #[arg(long)]
    pub public_employer: bool,
    /// Where the employer is (`US-DE`): laws that reach the remote roles of employers located
    /// in their jurisdiction (Connecticut, Delaware, Illinois, New York State, Vermont) apply.
    #[arg(long, value_name = "CODE", value_parser = parse_jurisdiction)]
    pub employer_location: Option<String>,
}

impl JudgeArgs {
    /// The jurisdiction codes given: `--jurisdiction` and `--employer-location`.
    pub fn codes(&self) -> Vec<String> {
        let mut codes = self.jurisdictions.clone();
        codes.extend(self.employer_location.iter().cloned());
        codes
    }

    /// How to judge a posting: these options, else the posting's config settings.
    pub fn options(&self, settings: &hirelint::config::Settings) -> hirelint::lint::LintOptions {
        let mut options = settings.lint_options();
        options.as_of = self.as_of.or(options.as_of);
        if !self.jurisdictions.is_empty() {
            options.jurisdictions = self.jurisdictions.clone();
        }
        options.employer.federal_contractor |= self.federal_contractor;
        options.employer.citizenship_required_by_law |= self.citizenship_required_by_law;
        options.employer.employees = self.employees.or(options.employer.employees);
        options.employer.public |= self.public_employer;
        if let Some(loc) = &self.employer_location {
            options.employer.location = Some(loc.clone());
        }
        options
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

/// The lowest severity that makes the exit status 1.
#[derive(Copy, Clone, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Info,
    Never,
}

impl FailOn {
    pub fn fails(self, s: hirelint::rules::Severity) -> bool {
        use hirelint::rules::Severity;
        match self {
            FailOn::Error => s >= Severity::Error,
            FailOn::Warning => s >= Severity::Warning,
            FailOn::Info => true,
            FailOn::Never => false,
        }
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
    /// The config files and rule sets for this run, or a compiler-style error and the exit code.
    pub fn workspace(&self) -> Result<hirelint::workspace::Workspace, i32> {
        hirelint::workspace::Workspace::new(self.config.as_deref(), &self.rules)
            .map_err(|e| self.setup_failed(&e))
    }

    /// Prints why a config or rule set cannot be used; returns the exit code.
    pub fn setup_failed(&self, e: &hirelint::workspace::SetupError) -> i32 {
        let color = self.color.enabled(std::io::stderr().is_terminal());
        eprint!("{}", render(&LoadDiagnostic::setup(e), color));
        EXIT_ERROR
    }

    /// Loads the rule set, or prints a compiler-style error and returns the exit code.
    pub fn load(&self) -> Result<RuleSet, i32> {
        RuleSet::load(&self.rules).map_err(|e| self.load_failed(&e))
    }

    /// The one folder of `--rules` on its own, without the built-in rules (`test-rules`).
    pub fn load_alone(&self) -> Result<RuleSet, i32> {
        let dir = self
            .rules
            .first()
            .map_or(std::path::Path::new("."), |d| d.as_path());
        RuleSet::load_alone(dir).map_err(|e| self.load_failed(&e))
    }

    fn load_failed(&self, e: &hirelint::rules::LoadError) -> i32 {
        let color = self.color.enabled(std::io::stderr().is_terminal());
        eprint!("{}", render(&LoadDiagnostic::new(e), color));
        EXIT_ERROR
    }
}

pub fn run() -> i32 {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check::run(args),
        Command::Audit(args) => audit::run(args),
        Command::Fmt(args) => fmt::run(args),
        Command::Extract(args) => extract::run(args),
        Command::Config(args) => config_cmd::show(args),
        Command::Init(args) => config_cmd::init(args),
        Command::Lsp => match hirelint::lsp::run() {
            Ok(code) => Ok(code),
            Err(e) => {
                eprintln!("error: language server: {e}");
                Err(EXIT_ERROR)
            }
        },
        Command::Rules(args) => rules_cmd::list(args),
        Command::Explain(args) => rules_cmd::explain(args),
        Command::Laws(args) => rules_cmd::laws(args),
        Command::Facts(args) => rules_cmd::facts(args),
        Command::TestRules(args) => rules_cmd::test_rules(args),
    };
    result.unwrap_or_else(|code| code)
}

/// Parses `YYYY-MM-DD` for `--as-of`.
pub fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|e| format!("expected a date as YYYY-MM-DD: {e}"))
}

/// A posting to read, with the settings and the linter its config asks for.
pub type Prepared = (
    inputs::Input,
    hirelint::config::Settings,
    std::sync::Arc<hirelint::lint::Linter>,
);

/// The postings named on the command line (folders walked, leaving out what their configs
/// exclude), each with its settings and linter; and the paths that could not be walked. A config
/// or rule folder that cannot be used stops the run with a located error.
pub fn prepare(
    input: &inputs::InputArgs,
    rules: &RuleArgs,
) -> Result<(Vec<Prepared>, Vec<inputs::Problem>), i32> {
    let mut workspace = rules.workspace()?;
    let mut failed = None;
    let mut excluded = 0usize;
    let (inputs, problems) = input.collect_with(&mut |path| {
        let out = workspace.excludes(path).unwrap_or_else(|e| {
            failed.get_or_insert(e);
            false
        });
        excluded += usize::from(out);
        out
    });
    if let Some(e) = failed {
        return Err(rules.setup_failed(&e));
    }
    // Nothing to read is a mistake (a glob that excludes everything, an empty folder), not a
    // pass: a check that reads nothing must not turn CI green.
    if inputs.is_empty() && problems.is_empty() {
        let why = if excluded > 0 {
            format!("all {excluded} posting file(s) found are excluded by a config's `exclude`")
        } else {
            "the folders hold no .md, .markdown, .txt, .html or .htm files".to_string()
        };
        eprintln!("error: no postings were read: {why}");
        return Err(EXIT_ERROR);
    }
    let mut prepared = Vec::with_capacity(inputs.len());
    for input in inputs {
        let (settings, linter) = workspace
            .setup(&input.config_path())
            .map_err(|e| rules.setup_failed(&e))?;
        prepared.push((input, settings, linter));
    }
    Ok((prepared, problems))
}

/// `--jurisdiction` codes must be ones the rules know (a misspelt one would apply no law).
pub fn check_jurisdictions(codes: &[String], rules: &RuleSet) -> Result<(), i32> {
    let known = hirelint::jurisdiction::known_codes(rules);
    for code in codes {
        if let Some(why) = hirelint::jurisdiction::unknown(code, &known) {
            eprintln!("error: --jurisdiction: {why}");
            return Err(EXIT_ERROR);
        }
    }
    Ok(())
}
