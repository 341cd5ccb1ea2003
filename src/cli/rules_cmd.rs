//! `hirelint rules` and `hirelint explain`.

use super::{EXIT_ERROR, RuleArgs};
use clap::{Args, ValueEnum};
use std::fmt::Write as _;
use std::io::Write as _;

/// Text output is gathered in a `String` and written once: a closed pipe (`hirelint rules |
/// head`) ends the command quietly instead of panicking in `println!`.
macro_rules! outln {
    ($o:ident) => {
        $o.push('\n')
    };
    ($o:ident, $($t:tt)*) => {{
        let _ = writeln!($o, $($t)*);
    }};
}

fn emit(text: &str) -> Result<(), i32> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => {
            eprintln!("error: cannot write output: {e}");
            Err(EXIT_ERROR)
        }
    }
}

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
    /// The reference page in `docs/`.
    Markdown,
}

#[derive(Args)]
pub struct ExplainArgs {
    /// The rule id, e.g. `pay/missing`.
    rule: String,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Args)]
pub struct LawsArgs {
    /// Only the laws that apply in this jurisdiction (`US-NY` lists New York State's and New
    /// York City's), or with this id.
    filter: Option<String>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
    #[command(flatten)]
    rules: RuleArgs,
}

/// What `hirelint laws` and `explain` say of a law with no source page (its notes say why).
pub(super) const NO_SOURCES: &str = "none recorded (see its notes)";

/// One duty as `hirelint laws` and `explain` print it: "pay error since 2023-01-01 until
/// 2025-07-26 (unconfirmed; except commission-only): requires ...".
pub(super) fn duty_line(
    law: &hirelint::laws::Law,
    name: &str,
    duty: &hirelint::laws::Duty,
) -> String {
    let (severity, since) = law.duty_terms(name).unwrap_or((duty.severity, law.from.0));
    let mut line = format!("{name} {severity} since {since}");
    if let Some(u) = law.duty_until(duty) {
        let _ = write!(line, " until {u}");
    }
    let mut notes = Vec::new();
    if law.is_unconfirmed(duty) {
        notes.push("unconfirmed".to_string());
    }
    if !duty.except.is_empty() {
        notes.push(format!("except {}", duty.except.join(", ")));
    }
    if let Some(w) = duty.max_annual_width {
        notes.push(format!("at most {w} a year wide"));
    }
    if let Some(e) = duty.exempt_above {
        notes.push(format!("exempt above {e} a year"));
    }
    if !notes.is_empty() {
        let _ = write!(line, " ({})", notes.join("; "));
    }
    if let Some(r) = &duty.requires {
        let _ = write!(line, ": requires {r}");
    }
    line
}

/// Who a law reaches: employer size and kind, and remote roles.
pub(super) fn reach(law: &hirelint::laws::Law) -> String {
    let mut parts = vec![match law.employees {
        Some(n) if n > 1 => format!("employers with at least {n} employees"),
        _ => "all employers".to_string(),
    }];
    if !law.public_employers {
        parts.push("not public employers".into());
    }
    if law.employer.is_some() {
        parts.push("federal contractors only".into());
    }
    if !law.remote.is_empty() {
        let r: Vec<&str> = law.remote.iter().map(|r| r.as_str()).collect();
        parts.push(format!("remote roles: {}", r.join(", ")));
    }
    parts.join("; ")
}

pub fn laws(args: LawsArgs) -> Result<i32, i32> {
    let set = args.rules.load()?;
    let filter = args.filter.as_deref().map(str::to_ascii_uppercase);
    // A law's id names that law alone (`de-agg-job-ads` is no place within `DE`).
    let by_id = |l: &hirelint::laws::Law| {
        filter
            .as_deref()
            .is_some_and(|f| l.id.eq_ignore_ascii_case(f))
    };
    let named = set.laws.iter().any(by_id);
    let chosen: Vec<&hirelint::laws::Law> = set
        .laws
        .iter()
        .filter(|l| match &filter {
            None => true,
            Some(_) if named => by_id(l),
            Some(f) => l.jurisdictions.iter().any(|c| {
                hirelint::jurisdiction::within(c, f) || hirelint::jurisdiction::within(f, c)
            }),
        })
        .collect();
    if chosen.is_empty() {
        eprintln!(
            "error: no law applies in or is named `{}`; `hirelint laws` lists them",
            args.filter.unwrap_or_default()
        );
        return Ok(EXIT_ERROR);
    }
    let mut o = String::new();
    match args.format {
        Format::Markdown => o = super::docs_md::laws(&chosen),
        Format::Text => {
            for l in chosen {
                let until = l
                    .until
                    .map(|u| format!(" until {}", u.0))
                    .unwrap_or_default();
                let unconfirmed = if l.unconfirmed { " (unconfirmed)" } else { "" };
                outln!(o, "{}: {}, {}{unconfirmed}", l.id, l.name, l.title);
                outln!(o, "  citation: {}", l.citation);
                outln!(o, "  places: {}", l.jurisdictions.join(", "));
                outln!(o, "  in force: from {}{until}", l.from.0);
                outln!(o, "  reaches: {}", reach(l));
                outln!(o, "  duties:");
                for (name, duty) in &l.duties {
                    outln!(o, "    {}", duty_line(l, name, duty));
                }
                if let Some(n) = &l.notes {
                    outln!(o, "  notes: {n}");
                }
                let checked = l.checked.map_or("never".to_string(), |d| d.0.to_string());
                outln!(o, "  last checked: {checked}");
                for s in l
                    .docs
                    .iter()
                    .chain(l.sources.iter().filter(|s| Some(*s) != l.docs.as_ref()))
                {
                    outln!(o, "  source: {s}");
                }
                if l.docs.is_none() && l.sources.is_empty() {
                    outln!(o, "  source: {NO_SOURCES}");
                }
                outln!(o);
            }
        }
        Format::Json => {
            let list: Vec<_> = chosen
                .iter()
                .map(|l| {
                    let duties: Vec<_> = l
                        .duties
                        .iter()
                        .map(|(name, d)| {
                            let (severity, since) =
                                l.duty_terms(name).unwrap_or((d.severity, l.from.0));
                            serde_json::json!({
                                "duty": name, "severity": severity.as_str(),
                                "from": since.to_string(),
                                "until": l.duty_until(d).map(|u| u.to_string()),
                                "unconfirmed": l.is_unconfirmed(d), "requires": d.requires,
                                "except": d.except, "max_annual_width": d.max_annual_width,
                                "exempt_above": d.exempt_above,
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "id": l.id, "name": l.name, "title": l.title, "citation": l.citation,
                        "docs": l.docs, "jurisdictions": l.jurisdictions,
                        "from": l.from.0.to_string(), "until": l.until.map(|u| u.0.to_string()),
                        "employees": l.employees, "public_employers": l.public_employers,
                        "remote": l.remote.iter().map(|r| r.as_str()).collect::<Vec<_>>(),
                        "federal_contractors_only": l.employer.is_some(),
                        "unconfirmed": l.unconfirmed, "duties": duties, "notes": l.notes,
                        "checked": l.checked.map(|d| d.0.to_string()), "sources": l.sources,
                    })
                })
                .collect();
            outln!(o, "{}", serde_json::to_string_pretty(&list).expect("json"));
        }
    }
    emit(&o)?;
    Ok(0)
}

pub fn list(args: RulesArgs) -> Result<i32, i32> {
    let mut o = String::new();
    let set = args.rules.load()?;
    match args.format {
        Format::Markdown => o = super::docs_md::rules(&set),
        Format::Text => {
            let width = set.rules.iter().map(|r| r.id.len()).max().unwrap_or(0);
            let places: Vec<String> = set
                .rules
                .iter()
                .map(|r| short_list(&set.jurisdictions_of(r)))
                .collect();
            let places_width = places.iter().map(|p| p.len()).max().unwrap_or(0);
            outln!(
                o,
                "{:width$}  {:7}  {:places_width$}  SUMMARY",
                "RULE",
                "DEFAULT",
                "LAWS IN"
            );
            for (r, p) in set.rules.iter().zip(&places) {
                outln!(
                    o,
                    "{:width$}  {:7}  {:places_width$}  {}",
                    r.id,
                    r.severity.as_str(),
                    p,
                    r.summary
                );
            }
            // The rules that check suppression comments themselves.
            for (id, summary) in hirelint::suppress::META_RULES {
                let severity = hirelint::suppress::META_SEVERITY.as_str();
                outln!(
                    o,
                    "{id:width$}  {severity:7}  {:places_width$}  {summary}",
                    "-"
                );
            }
        }
        Format::Json => {
            let list: Vec<_> = set
                .rules
                .iter()
                .map(|r| {
                    let laws: Vec<&str> = set.laws_of(r).iter().map(|l| l.id.as_str()).collect();
                    serde_json::json!({
                        "id": r.id, "severity": r.severity.as_str(), "check": r.check.kind(),
                        "summary": r.summary, "help": r.help, "docs": r.docs, "origin": r.origin,
                        "jurisdictions": set.jurisdictions_of(r), "laws": laws,
                        "patterns": r.patterns().iter().map(|p| p.as_str().to_string()).collect::<Vec<_>>(),
                    })
                })
                .collect();
            let mut list = list;
            list.extend(hirelint::suppress::META_RULES.iter().map(|(id, summary)| {
                serde_json::json!({
                    "id": id, "severity": hirelint::suppress::META_SEVERITY.as_str(),
                    "check": "suppression", "summary": summary,
                    "description": hirelint::suppress::meta_description(id),
                    "origin": "built-in",
                })
            }));
            outln!(o, "{}", serde_json::to_string_pretty(&list).expect("json"));
        }
    }
    emit(&o)?;
    Ok(0)
}

#[derive(Args)]
pub struct FactsArgs {
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

/// `hirelint facts`: the facts rules may name, with their fields.
pub fn facts(args: FactsArgs) -> Result<i32, i32> {
    let registry = hirelint::facts::REGISTRY;
    let mut o = String::new();
    match args.format {
        Format::Markdown => o = super::docs_md::facts(registry),
        Format::Text => {
            for f in registry {
                outln!(o, "{}: {}", f.name, f.doc);
                for (name, t) in f.fields {
                    outln!(
                        o,
                        "  {name}: {}",
                        super::docs_md::field_type(*t).replace('`', "")
                    );
                }
            }
        }
        Format::Json => {
            let list: Vec<_> = registry
                .iter()
                .map(|f| {
                    let fields: serde_json::Map<String, serde_json::Value> = f
                        .fields
                        .iter()
                        .map(|(name, t)| {
                            let t = match t {
                                hirelint::facts::FieldType::Num => "number".into(),
                                hirelint::facts::FieldType::Str => "string".into(),
                                hirelint::facts::FieldType::Bool => "boolean".into(),
                                hirelint::facts::FieldType::Enum(v) => serde_json::json!(v),
                            };
                            (name.to_string(), t)
                        })
                        .collect();
                    serde_json::json!({ "fact": f.name, "doc": f.doc, "fields": fields })
                })
                .collect();
            outln!(o, "{}", serde_json::to_string_pretty(&list).expect("json"));
        }
    }
    emit(&o)?;
    Ok(0)
}

pub fn explain(args: ExplainArgs) -> Result<i32, i32> {
    let mut o = String::new();
    let set = args.rules.load()?;
    if let Some((id, summary)) = hirelint::suppress::META_RULES
        .iter()
        .find(|(id, _)| *id == args.rule)
    {
        let severity = hirelint::suppress::META_SEVERITY;
        outln!(o, "{id} ({severity}, suppression)\n");
        outln!(o, "{summary}\n");
        if let Some(d) = hirelint::suppress::meta_description(id) {
            outln!(o, "{d}\n");
        }
        emit(&o)?;
        return Ok(0);
    }
    let Some(r) = set.rule(&args.rule) else {
        eprintln!(
            "error: no rule `{}`; `hirelint rules` lists them",
            args.rule
        );
        return Ok(EXIT_ERROR);
    };
    outln!(o, "{} ({}, {})\n", r.id, r.severity, r.check.kind());
    outln!(o, "{}\n", r.summary);
    if let Some(d) = &r.description {
        outln!(o, "{}\n", d.trim_end());
    }
    if let Some(h) = &r.help {
        outln!(o, "How to fix: {h}\n");
    }
    if let Some(a) = &r.applies {
        if !a.jurisdictions.is_empty() {
            outln!(o, "Applies in: {}", a.jurisdictions.join(", "));
        }
        if let Some(f) = a.from {
            outln!(o, "Applies from: {f}");
        }
        if let Some(u) = a.until {
            outln!(o, "Applies until: {u}");
        }
        outln!(o);
    }
    let laws = set.laws_of(r);
    if let Some(link) = &r.law {
        outln!(o, "Laws (duty `{}`):", link.duty);
        for l in &laws {
            let Some(duty) = l.duty_def(&link.duty) else {
                continue;
            };
            let (severity, since) = l.duty_terms(&link.duty).unwrap_or((r.severity, l.from.0));
            let until = l
                .duty_until(duty)
                .map(|u| format!(" until {u}"))
                .unwrap_or_default();
            let unconfirmed = if l.is_unconfirmed(duty) {
                " (unconfirmed)"
            } else {
                ""
            };
            outln!(
                o,
                "  {:<8} {} ({}): {}, {}, since {}{until}{unconfirmed}",
                severity.as_str(),
                l.name,
                l.jurisdictions.join(", "),
                l.title,
                l.citation,
                since
            );
            let requires = duty.requires.as_deref().or(link.requires.as_deref());
            if let Some(req) = requires {
                outln!(o, "           requires {req}");
            }
            outln!(o, "           {}", reach(l));
            let checked = l.checked.map_or("never".to_string(), |d| d.0.to_string());
            match l.docs.as_ref().or(l.sources.first()) {
                Some(s) => outln!(o, "           last checked {checked}: {s}"),
                None => outln!(o, "           last checked {checked}: {NO_SOURCES}"),
            }
        }
        if link.elsewhere {
            outln!(o, "  Elsewhere: {}\n", r.severity);
        } else {
            outln!(o, "  Elsewhere: not reported\n");
        }
    }
    for (safe, list) in fix_lists(r) {
        let title = if safe {
            "Fixes (--fix)"
        } else {
            "Fixes (--unsafe-fixes)"
        };
        outln!(o, "{title}: {list}\n");
    }
    for (title, list) in [
        ("Flagged", &r.bad_examples),
        ("Not flagged", &r.good_examples),
    ] {
        for e in list {
            outln!(o, "{title}:\n{}\n", indent(e));
        }
    }
    if let Some(d) = &r.docs {
        outln!(o, "Documentation: {d}");
    }
    outln!(o, "Defined in: {}", r.origin);
    emit(&o)?;
    Ok(0)
}

/// The fixes a `forbid` rule offers, the safe ones first: `(safe, "salesman → salesperson, ...")`.
pub(super) fn fix_lists(r: &hirelint::rules::Rule) -> Vec<(bool, String)> {
    let hirelint::rules::Check::Forbid { fixes, .. } = &r.check else {
        return Vec::new();
    };
    [true, false]
        .into_iter()
        .filter_map(|safe| {
            let list: Vec<String> = fixes
                .0
                .iter()
                .filter(|(_, (_, s))| *s == safe)
                .map(|(words, (replacement, _))| format!("{words} → {replacement}"))
                .collect();
            (!list.is_empty()).then(|| (safe, list.join(", ")))
        })
        .collect()
}

fn indent(s: &str) -> String {
    s.trim_end()
        .lines()
        .map(|l| format!("    {l}"))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A list of codes for a table cell: the first few, then how many more.
fn short_list(codes: &[String]) -> String {
    match codes.len() {
        0 => "-".to_string(),
        n if n <= 4 => codes.join(","),
        n => format!("{},+{}", codes[..3].join(","), n - 3),
    }
}

#[derive(Args)]
pub struct TestRulesArgs {
    /// A folder of rule files (and `vocab/`, `laws/`), as for `--rules`.
    dir: std::path::PathBuf,
    /// When to color output.
    #[arg(long, value_enum, default_value_t = super::ColorChoice::Auto)]
    color: super::ColorChoice,
}

/// `hirelint test-rules DIR`: runs the `bad` and `good` examples of the rules in DIR.
pub fn test_rules(args: TestRulesArgs) -> Result<i32, i32> {
    let mut o = String::new();
    // The folder on its own: a copy or fork of the built-in folder repeats the built-in ids.
    let rule_args = RuleArgs {
        rules: vec![args.dir.clone()],
        config: None,
        color: args.color,
    };
    let linter = hirelint::lint::Linter::new(rule_args.load_alone()?);
    let theirs: Vec<&hirelint::rules::Rule> = linter.rules.rules.iter().collect();
    if theirs.is_empty() {
        eprintln!("error: {}: no rule files (.yaml) found", args.dir.display());
        return Ok(EXIT_ERROR);
    }
    let untested: Vec<&str> = theirs
        .iter()
        .filter(|r| r.bad_examples.is_empty())
        .map(|r| r.id.as_str())
        .collect();
    let (run, failures) = hirelint::rules::examples::run(&linter, theirs.iter().copied());
    for f in &failures {
        outln!(o, "FAIL {f}");
    }
    for id in &untested {
        outln!(o, "warning: {id} has no `bad` example");
    }
    outln!(
        o,
        "{} rules, {run} examples: {} passed, {} failed",
        theirs.len(),
        run - failures.len(),
        failures.len()
    );
    emit(&o)?;
    Ok(i32::from(!failures.is_empty()))
}
