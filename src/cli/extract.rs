//! `hirelint extract`: the facts the checks use, as JSON.

use super::inputs::InputArgs;
use super::{EXIT_ERROR, RuleArgs};
use clap::{Args, ValueEnum};
use hirelint::facts::FactsJson;
use hirelint::lint::Linter;

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

#[derive(Copy, Clone, ValueEnum)]
enum Format {
    Json,
}

pub fn run(args: ExtractArgs) -> Result<i32, i32> {
    let Format::Json = args.format;
    let linter = Linter::new(args.rules.load()?);
    let (inputs, problems) = args.input.collect();
    let mut code = 0;
    for (name, why) in &problems {
        eprintln!("error: {name}: {why}");
        code = EXIT_ERROR;
    }
    let mut docs = Vec::new();
    for input in &inputs {
        match input.read() {
            Ok(source) => {
                let (_, facts) = linter.facts(&source);
                docs.push(
                    serde_json::to_value(FactsJson::new(&source, &facts, args.spans))
                        .expect("facts serialize"),
                );
            }
            Err(e) => {
                eprintln!("error: {e}");
                code = EXIT_ERROR;
            }
        }
    }
    let value = if docs.len() == 1 && inputs.len() == 1 {
        docs.remove(0)
    } else {
        serde_json::Value::Array(docs)
    };
    println!("{}", serde_json::to_string_pretty(&value).expect("json"));
    Ok(code)
}
