//! `hirelint extract`: the facts the checks use, as JSON.

use super::inputs::InputArgs;
use super::{EXIT_ERROR, RuleArgs};
use clap::{Args, ValueEnum};
use hirelint::facts::{FactsJson, jsonld};
use std::io::Write;

#[derive(Args)]
pub struct ExtractArgs {
    #[command(flatten)]
    input: InputArgs,
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// Add the byte span each fact came from.
    #[arg(long)]
    spans: bool,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Copy, Clone, PartialEq, Eq, ValueEnum)]
enum Format {
    /// hirelint's facts (documented in docs/extract.md).
    Json,
    /// A schema.org JobPosting; required properties that cannot be filled are reported on
    /// stderr.
    Jsonld,
}

pub fn run(args: ExtractArgs) -> Result<i32, i32> {
    let (prepared, problems) = super::prepare(&args.input, &args.rules)?;
    let mut code = 0;
    for (name, why) in &problems {
        eprintln!("error: {name}: {why}");
        code = EXIT_ERROR;
    }
    let mut docs = Vec::new();
    for (input, _, linter) in &prepared {
        match input.read_postings(&linter.rules.vocab.records) {
            Ok(sources) => {
                if let Some(d) = sources.first().and_then(|s| s.decoded.as_ref()) {
                    eprintln!("note: {}: {}", input.name(), d.describe());
                }
                for source in sources {
                    let (doc, facts) = linter.facts(&source);
                    docs.push(match args.format {
                        Format::Json => {
                            serde_json::to_value(FactsJson::new(&source, &facts, args.spans))
                                .expect("facts serialize")
                        }
                        Format::Jsonld => {
                            let (posting, missing) = jsonld::job_posting(&source, &doc, &facts);
                            for m in missing {
                                eprintln!("warning: {}: JSON-LD has no {m}", source.name);
                            }
                            posting
                        }
                    });
                }
            }
            Err(e) => {
                eprintln!("error: {e}");
                code = EXIT_ERROR;
            }
        }
    }
    let value = if docs.len() == 1 && prepared.len() == 1 {
        docs.remove(0)
    } else {
        serde_json::Value::Array(docs)
    };
    let mut out = std::io::stdout().lock();
    let mut json = serde_json::to_string_pretty(&value).expect("JSON values serialize");
    if matches!(args.format, Format::Jsonld) {
        // JSON-LD is meant for a page's `<script type="application/ld+json">`: no string in
        // it may end the script.
        json = hirelint::report::json::script_safe(&json);
    }
    let written = writeln!(out, "{json}").and_then(|_| out.flush());
    match written {
        Ok(()) => Ok(code),
        // `hirelint extract ... | head`: the reader has what it wanted.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(code),
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            Err(EXIT_ERROR)
        }
    }
}
