//! `hirelint rules` and `hirelint explain`.

use super::{EXIT_ERROR, RuleArgs};
use clap::{Args, ValueEnum};

#[derive(Args)]
pub struct RulesArgs {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Copy, Clone, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `pay/missing`.
    rule: String,
    #[command(flatten)]
    rules: RuleArgs,
}

pub fn list(args: RulesArgs) -> Result<i32, i32> {
    let set = args.rules.load()?;
    match args.format {
        Format::Text => {
            let width = set.rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            for r in &set.rules {
                println!(
                    "{:width$}  {:7}  {:8}  {}",
                    r.id,
                    r.severity.as_str(),
                    r.check.kind(),
                    r.summary
                );
            }
        }
        Format::Json => {
            let list: Vec<_> = set
                .rules
                .iter()
                .map(|r| {
                    serde_json::json!({
                        "id": r.id, "severity": r.severity.as_str(), "check": r.check.kind(),
                        "summary": r.summary, "help": r.help, "docs": r.docs, "origin": r.origin,
                    })
                })
                .collect();
            println!("{}", serde_json::to_string_pretty(&list).expect("json"));
        }
    }
    Ok(0)
}

pub fn explain(args: ExplainArgs) -> Result<i32, i32> {
    let set = args.rules.load()?;
    let Some(r) = set.rule(&args.rule) else {
        eprintln!(
            "error: no rule `{}`; `hirelint rules` lists them",
            args.rule
        );
        return Ok(EXIT_ERROR);
    };
    println!("{} ({}, {})\n", r.id, r.severity, r.check.kind());
    println!("{}\n", r.summary);
    if let Some(d) = &r.description {
        println!("{}\n", d.trim_end());
    }
    if let Some(h) = &r.help {
        println!("How to fix: {h}\n");
    }
    if let Some(a) = &r.applies {
        if !a.jurisdictions.is_empty() {
            println!("Applies in: {}", a.jurisdictions.join(", "));
        }
        if let Some(f) = a.from {
            println!("Applies from: {f}");
        }
        if let Some(u) = a.until {
            println!("Applies until: {u}");
        }
        println!();
    }
    for (title, list) in [
        ("Flagged", &r.bad_examples),
        ("Not flagged", &r.good_examples),
    ] {
        for e in list {
            println!("{title}:\n{}\n", indent(e));
        }
    }
    if let Some(d) = &r.docs {
        println!("Documentation: {d}");
    }
    println!("Defined in: {}", r.origin);
    Ok(0)
}

fn indent(s: &str) -> String {
    s.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}
