//! Evaluating compiled rules against one posting.

use super::{AppliesC, Check, CompareC, CompareOp, Cond, OperandC, Rule, Scope, Test};
use crate::document::{BlockKind, Document};
use crate::facts::{Record, Records, Value};
use crate::finding::{Finding, Label};
use crate::jurisdiction::Jurisdictions;
use crate::laws::{Covering, Duty, Employer, Law};
use crate::source::Span;
use std::collections::{BTreeMap, HashMap};

/// What rules are evaluated against.
pub struct EvalContext<'a> {
    pub text: &'a str,
    pub doc: &'a Document,
    pub records: &'a Records,
    /// Where the posting's job is.
    pub jurisdictions: &'a Jurisdictions,
    /// The date the posting is judged at.
    pub as_of: jiff::civil::Date,
    /// The laws that may cover the posting, and what the employer is.
    pub laws: &'a [Law],
    pub employer: &'a Employer,
}

/// A span a condition matched, and the fact record behind it.
#[derive(Debug, Clone)]
struct Hit {
    span: Span,
    label: Option<String>,
    record: Option<(&'static str, usize)>,
}

/// Evaluates `rules` and returns their findings in source order.
pub fn evaluate<'r>(rules: impl IntoIterator<Item = &'r Rule>, ctx: &EvalContext) -> Vec<Finding> {
    use rayon::prelude::*;
    // Side by side: a rule's patterns compile on its first use, which is much of the work of a
    // one-shot `check`. The findings come out in rule order whatever the threads do.
    let rules: Vec<&Rule> = rules.into_iter().collect();
    let mut out: Vec<Finding> = rules
        .par_iter()
        .flat_map_iter(|rule| {
            let mut found = Vec::new();
            evaluate_rule(rule, ctx, &mut found);
            found
        })
        .collect();
    out.sort_by_key(|f| (f.start(), f.rule.clone()));
    out
}

fn applies(a: &AppliesC, ctx: &EvalContext) -> bool {
    if a.from.is_some_and(|d| ctx.as_of < d) || a.until.is_some_and(|d| ctx.as_of > d) {
        return false;
    }
    a.jurisdictions.is_empty() || a.jurisdictions.iter().any(|j| ctx.jurisdictions.is_in(j))
}

fn evaluate_rule(rule: &Rule, ctx: &EvalContext, out: &mut Vec<Finding>) {
    if rule.applies.as_ref().is_some_and(|a| !applies(a, ctx)) {
        return;
    }
    let (mut covering, mut exempt): (Vec<Covering>, bool) = match &rule.law {
        Some(link) => crate::laws::covering(
            ctx.laws,
            &link.duty,
            ctx.jurisdictions,
            ctx.as_of,
            ctx.employer,
        ),
        None => (Vec::new(), false),
    };
    // A law that lets a posting say something instead ("paid on commission only") does not
    // hold a posting that says it to the duty.
    if let Some(link) = &rule.law {
        let before = covering.len();
        covering.retain(|c| {
            !c.duty.except.iter().any(|name| {
                link.except.iter().any(|(n, cond)| {
                    n == name && eval(cond, &rule.scope, ctx, Some(c.duty)).is_some()
                })
            })
        });
        exempt |= covering.len() < before;
    }
    if covering.is_empty() && (exempt || rule.law.as_ref().is_some_and(|l| !l.elsewhere)) {
        return;
    }
    // The duty of the law a finding names: its parameters bound the rule's tests.
    let duty = covering.first().map(|c| c.duty);
    let law_message = rule
        .law
        .as_ref()
        .filter(|_| !covering.is_empty())
        .map(|l| &l.message);
    let when_hits = match &rule.when {
        Some(c) => match eval(c, &rule.scope, ctx, duty) {
            Some(h) => h,
            None => return,
        },
        None => Vec::new(),
    };
    let mut emit = |hits: Vec<Hit>, matched: Option<&str>, fix: Option<crate::finding::Fix>| {
        let bindings: BTreeMap<&str, usize> = hits.iter().filter_map(|h| h.record).collect();
        let requires = rule.law.as_ref().and_then(|l| l.requires.as_deref());
        let message = match law_message {
            Some(template) => law_sentence(template, requires, &covering, |t| {
                interpolate(t, &bindings, ctx, matched)
            }),
            None => interpolate(&rule.message, &bindings, ctx, matched),
        };
        let labels: Vec<Label> = hits
            .iter()
            .map(|h| Label {
                span: h.span,
                text: interpolate(h.label.as_deref().unwrap_or(""), &bindings, ctx, matched),
            })
            .collect();
        out.push(Finding {
            rule: rule.id.clone(),
            // A law raises a finding above the rule's own severity, never below what the rule
            // reports where no law applies.
            severity: match (
                covering.first(),
                rule.law.as_ref().is_some_and(|l| !l.elsewhere),
            ) {
                (None, _) if expected_elsewhere(rule, ctx) => super::schema::Severity::Info,
                (None, _) => rule.severity,
                (Some(c), true) => c.severity,
                (Some(c), false) => c.severity.max(rule.severity),
            },
            message,
            help: rule
                .help
                .as_ref()
                .map(|h| interpolate(h, &bindings, ctx, matched)),
            labels: {
                let mut labels = labels;
                if let Some((span, text)) = covering
                    .first()
                    .and_then(|c| ctx.jurisdictions.reason(&c.law.jurisdictions, &c.law.name))
                    && !labels.iter().any(|l: &Label| l.span == span)
                {
                    labels.push(Label { span, text });
                }
                labels
            },
            // The law that applies, never another place's: its page, else its first source.
            docs: match covering.first() {
                Some(c) => c
                    .law
                    .docs
                    .clone()
                    .or_else(|| c.law.sources.first().cloned()),
                None => rule.docs.clone(),
            },
            laws: covering.iter().map(|c| c.law.id.clone()).collect(),
            fix,
            suppressed: None,
        });
    };
    match &rule.check {
        Check::Forbid { cond, fixes } => {
            for hit in eval(cond, &rule.scope, ctx, duty).unwrap_or_default() {
                let matched = ctx.text[hit.span.range()].to_string();
                let mut hit = hit;
                if hit.label.is_none() {
                    hit.label = rule.label.clone().or_else(|| Some("found here".into()));
                }
                // A precondition met at the same place adds no label of its own.
                let span = hit.span;
                let fix = fixes.for_match(&matched, span);
                let mut hits = vec![hit];
                hits.extend(when_hits.iter().filter(|h| h.span != span).cloned());
                emit(hits, Some(&matched), fix);
            }
        }
        Check::Require(cond) => {
            if eval(cond, &rule.scope, ctx, duty).is_none() {
                let anchor = ctx.doc.anchor(ctx.text);
                let label = rule
                    .label
                    .clone()
                    .unwrap_or_else(|| "expected in this posting".into());
                let mut hits = vec![Hit {
                    span: anchor,
                    label: Some(label),
                    record: None,
                }];
                hits.extend(when_hits.iter().filter(|h| h.span != anchor).cloned());
                emit(hits, None, None);
            }
        }
        Check::Conflict(groups) => {
            // Alternative groups may describe the same contradiction ("Junior" and "entry-level"
            // against the same "5+ years"): report each span once.
            let mut reported: Vec<Span> = Vec::new();
            for group in groups {
                let sides: Option<Vec<Vec<Hit>>> = group
                    .iter()
                    .map(|c| eval(c, &rule.scope, ctx, duty))
                    .collect();
                let Some(sides) = sides else { continue };
                // One span per side: the first the condition matched.
                let mut hits: Vec<Hit> = sides
                    .into_iter()
                    .filter_map(|s| s.into_iter().next())
                    .collect();
                hits.dedup_by(|a, b| a.span == b.span);
                if hits.len() < 2 {
                    continue; // the same words cannot contradict themselves
                }
                if hits.iter().any(|h| reported.contains(&h.span)) {
                    continue;
                }
                reported.extend(hits.iter().map(|h| h.span));
                hits.extend(when_hits.iter().cloned());
                emit(hits, None, None);
            }
        }
        Check::Compare(c) => {
            for hits in compare(c, ctx) {
                let mut hits = hits;
                hits.extend(when_hits.iter().cloned());
                emit(hits, None, None);
            }
        }
    }
}

/// `Some(hits)` when the condition holds (`hits` may be empty for `not`), `None` when it does not.
/// `duty` is the covering law's duty, whose parameters bound numeric tests (`law.max_annual_width`).
fn eval(
    cond: &Cond,
    rule_scope: &[Scope],
    ctx: &EvalContext,
    duty: Option<&Duty>,
) -> Option<Vec<Hit>> {
    match cond {
        Cond::Fact {
            fact,
            field,
            test,
            where_,
            scope,
            label,
        } => {
            let scope = if scope.is_empty() { rule_scope } else { scope };
            let spans = scope_spans(scope, ctx);
            let records = ctx.records.get(fact)?;
            let hits: Vec<Hit> = records
                .iter()
                .enumerate()
                .filter(|(_, r)| {
                    spans
                        .as_ref()
                        .is_none_or(|s| s.iter().any(|sp| sp.contains(r.span)))
                })
                .filter(|(_, r)| {
                    passes(
                        test,
                        field.and_then(|f| r.fields.get(f)),
                        field.is_none(),
                        duty,
                    )
                })
                .filter(|(_, r)| {
                    where_
                        .iter()
                        .all(|(f, t)| passes(t, r.fields.get(f), false, duty))
                })
                .map(|(i, r)| Hit {
                    span: r.span,
                    label: label.clone(),
                    record: Some((fact, i)),
                })
                .collect();
            (!hits.is_empty()).then_some(hits)
        }
        Cond::Pattern {
            regexes,
            scope,
            label,
        } => {
            let scope = if scope.is_empty() { rule_scope } else { scope };
            let spans = scope_spans(scope, ctx).unwrap_or_else(|| default_text_spans(ctx));
            let mut hits = Vec::new();
            for span in spans {
                let s = &ctx.text[span.range()];
                for re in regexes {
                    for m in pattern_matches(re.get(), s) {
                        hits.push(Hit {
                            span: m.offset(span.start),
                            label: label.clone(),
                            record: None,
                        });
                    }
                }
            }
            hits.sort_by_key(|h| h.span);
            hits.dedup_by(|a, b| b.span.contains(a.span));
            (!hits.is_empty()).then_some(hits)
        }
        Cond::Any(list) => {
            // Each alternative once: one that holds may have no hits (`not`).
            let held: Vec<Vec<Hit>> = list
                .iter()
                .filter_map(|c| eval(c, rule_scope, ctx, duty))
                .collect();
            (!held.is_empty()).then(|| held.into_iter().flatten().collect())
        }
        Cond::All(list) => {
            let mut hits = Vec::new();
            for c in list {
                hits.extend(eval(c, rule_scope, ctx, duty)?);
            }
            Some(hits)
        }
        Cond::Not(inner) => match eval(inner, rule_scope, ctx, duty) {
            Some(_) => None,
            None => Some(Vec::new()),
        },
    }
}

/// The places a rule pattern flags in `s`: its non-empty matches or, when the pattern has a
/// group named `match`, that group of each match in which it took part. A match without the
/// group flags nothing, so alternatives written before the group state exceptions:
/// `(?i)competitive\s+salary|(?P<match>competitive)` flags "competitive" but not in "competitive
/// salary" (at one position the first alternative that matches wins, and the leftmost match is
/// found first, so an exception must start at or before the flagged words).
pub(crate) fn pattern_matches(re: &crate::re::Regex, s: &str) -> Vec<Span> {
    if re.has_group("match") {
        re.captures_iter(s)
            .filter_map(|c| c.name("match"))
            .filter(|m| m.start() < m.end())
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    } else {
        re.find_iter(s)
            .filter(|m| m.start() < m.end())
            .map(|m| Span::new(m.start(), m.end()))
            .collect()
    }
}

fn passes(test: &Test, value: Option<&Value>, bare: bool, duty: Option<&Duty>) -> bool {
    let num = || match value {
        Some(Value::Num(n)) => Some(*n),
        _ => None,
    };
    match test {
        // A bare fact is present when it has a record; a field when the record has a value.
        Test::Present => bare || value.is_some(),
        Test::Absent => value.is_none(),
        Test::In(allowed) => value.is_some_and(|v| allowed.contains(v)),
        Test::Above(b) => num().is_some_and(|n| n > b.value(duty)),
        Test::Below(b) => num().is_some_and(|n| n < b.value(duty)),
        Test::AtLeast(b) => num().is_some_and(|n| n >= b.value(duty)),
        Test::AtMost(b) => num().is_some_and(|n| n <= b.value(duty)),
    }
}

/// Spans a scope covers; `None` means "anywhere".
fn scope_spans(scope: &[Scope], ctx: &EvalContext) -> Option<Vec<Span>> {
    if scope.is_empty() {
        return None;
    }
    let doc = ctx.doc;
    let mut out = Vec::new();
    for s in scope {
        match s {
            Scope::Title => out.extend(doc.title),
            Scope::Body => out.extend(doc.text_blocks().map(|b| b.content)),
            Scope::Headings => out.extend(
                doc.blocks
                    .iter()
                    .filter(|b| matches!(b.kind, BlockKind::Heading { .. }))
                    .map(|b| b.content),
            ),
            Scope::ListItems => out.extend(
                doc.blocks
                    .iter()
                    .filter(|b| b.kind == BlockKind::ListItem)
                    .map(|b| b.content),
            ),
            Scope::Fields => out.extend(
                doc.blocks
                    .iter()
                    .filter(|b| matches!(b.kind, BlockKind::Field { .. }))
                    .map(|b| b.content),
            ),
            Scope::FrontMatter => out.extend(doc.front_matter.as_ref().map(|f| f.span)),
            Scope::Section(kind) => out.extend(
                doc.sections
                    .iter()
                    .filter(|s| s.kind.as_deref() == Some(kind))
                    .map(|s| s.span),
            ),
        }
    }
    Some(out)
}

/// Where patterns look by default: the posting's text blocks (not chrome, code or comments).
fn default_text_spans(ctx: &EvalContext) -> Vec<Span> {
    ctx.doc.text_blocks().map(|b| b.content).collect()
}

/// Each left record that the comparison holds for, with the first right value it holds
/// against: one finding per left record, however many right records there are. `outside`
/// holds only when the left value fits none of the right ranges (a posting may state the dates
/// of its application window beside those of the job).
fn compare(c: &CompareC, ctx: &EvalContext) -> Vec<Vec<Hit>> {
    let (lf, lfield) = c.left;
    let empty = Vec::new();
    let lefts: &Vec<Record> = ctx.records.get(lf).unwrap_or(&empty);
    let mut out = Vec::new();
    for (li, l) in lefts.iter().enumerate() {
        let Some(Value::Num(lv)) = l.fields.get(lfield) else {
            continue;
        };
        let lv = *lv;
        // The high bound of each record (`[dates.min_weeks, dates.max_weeks]`), or of none (a
        // number): a low bound is paired with the high bound of its own record.
        let highs: Option<HashMap<_, f64>> = c.right_high.as_ref().map(|h| {
            operand_values(h, lf, li, ctx)
                .into_iter()
                .map(|(v, hit)| (hit.and_then(|h| h.record), v))
                .collect()
        });
        let holds = |rv: f64, rhit: &Option<Hit>| -> Option<bool> {
            Some(match (&c.op, &highs) {
                (CompareOp::Between | CompareOp::Outside, Some(highs)) => {
                    let record = rhit.as_ref().and_then(|h| h.record);
                    let hv = highs.get(&record).or_else(|| highs.get(&None))?;
                    let (lo, hi) = (rv * (1.0 - c.tolerance), hv * (1.0 + c.tolerance));
                    let inside = lv >= lo && lv <= hi;
                    inside == (c.op == CompareOp::Between)
                }
                (op, _) => {
                    let close = (lv - rv).abs() <= c.tolerance * lv.abs().max(rv.abs());
                    match op {
                        CompareOp::Gt => lv > rv,
                        CompareOp::Ge => lv >= rv,
                        CompareOp::Lt => lv < rv,
                        CompareOp::Le => lv <= rv,
                        CompareOp::Eq => close,
                        _ => !close,
                    }
                }
            })
        };
        let judged: Vec<(bool, Option<Hit>)> = operand_values(&c.right, lf, li, ctx)
            .into_iter()
            .filter_map(|(rv, rhit)| holds(rv, &rhit).map(|h| (h, rhit)))
            .collect();
        if c.op == CompareOp::Outside && judged.iter().any(|(h, _)| !h) {
            continue;
        }
        let Some((_, rhit)) = judged.into_iter().find(|(h, _)| *h) else {
            continue;
        };
        let mut hits = vec![Hit {
            span: l.span,
            label: c.label_left.clone(),
            record: Some((lf, li)),
        }];
        if let Some(r) = rhit
            && r.span != l.span
        {
            hits.push(Hit {
                label: c.label_right.clone(),
                ..r
            });
        }
        out.push(hits);
    }
    out
}

/// Values of an operand: a number, the same record's field, or every record of another fact.
fn operand_values(
    o: &OperandC,
    left_fact: &str,
    left_index: usize,
    ctx: &EvalContext,
) -> Vec<(f64, Option<Hit>)> {
    match o {
        OperandC::Number(n) => vec![(*n, None)],
        OperandC::Fact(f, field) => {
            let Some(records) = ctx.records.get(f) else {
                return Vec::new();
            };
            let pick: Vec<(usize, &Record)> = if *f == left_fact {
                records
                    .get(left_index)
                    .map(|r| vec![(left_index, r)])
                    .unwrap_or_default()
            } else {
                records.iter().enumerate().collect()
            };
            pick.into_iter()
                .filter_map(|(i, r)| match r.fields.get(field) {
                    Some(Value::Num(v)) => Some((
                        *v,
                        Some(Hit {
                            span: r.span,
                            label: None,
                            record: Some((f, i)),
                        }),
                    )),
                    _ => None,
                })
                .collect()
        }
    }
}

/// The message naming the law that covers the posting (the most severe, then the oldest) and,
/// briefly, any other: "New York City requires ... (§ 8-107(32), since 2022-11-01); so does
/// New York State (§ 194-b, since 2023-09-17)."
fn law_sentence(
    template: &str,
    requires: Option<&str>,
    covering: &[Covering],
    interpolate: impl Fn(&str) -> String,
) -> String {
    let first = &covering[0];
    let requires = first.duty.requires.as_deref().or(requires).unwrap_or("it");
    let mut named = template
        .replace("{law.name}", &first.law.name)
        .replace("{law.title}", &first.law.title)
        .replace("{law.citation}", &first.law.citation)
        .replace("{law.since}", &first.since.to_string())
        .replace("{law.requires}", requires);
    for param in crate::laws::DUTY_PARAMS {
        let value = first.duty.param(param).map_or_else(
            || "?".to_string(),
            |v| crate::facts::Value::Num(v).to_string(),
        );
        named = named.replace(&format!("{{law.{param}}}"), &value);
    }
    let mut message = interpolate(&named);
    // The others as binding by name only (their citations are in the finding's `laws`); a law
    // that binds less (a directive not yet transposed) is not "so does".
    let mut others: Vec<&str> = Vec::new();
    for c in covering[1..]
        .iter()
        .filter(|c| c.severity == first.severity)
    {
        let name = c.law.name.as_str();
        if name != first.law.name && !others.contains(&name) {
            others.push(name);
        }
    }
    if let Some((last, rest)) = others.split_last() {
        let trimmed = message.trim_end_matches('.').len();
        message.truncate(trimmed);
        if rest.is_empty() {
            message.push_str(&format!("; so does {last}."));
        } else {
            message.push_str(&format!("; so do {} and {last}.", rest.join(", ")));
        }
    }
    // What hirelint assumed, and what it could not verify.
    if let Some(n) = first.assumed_employees {
        message.push_str(&format!(
            " This assumes the employer has at least {n} employees (set `employees` in hirelint.yaml or pass --employees)."
        ));
    }
    if first.law.is_unconfirmed(first.duty) {
        let checked = first
            .law
            .checked
            .map(|d| format!(" when last checked ({})", d.0))
            .unwrap_or_default();
        message.push_str(&format!(
            " Unconfirmed: this law's terms could not be verified{checked}."
        ));
    }
    message
}

/// Fills `{fact.field}` from the records a finding matched (else the fact's first record) and
/// `{match}` from the matched text.
fn interpolate(
    template: &str,
    bindings: &BTreeMap<&str, usize>,
    ctx: &EvalContext,
    matched: Option<&str>,
) -> String {
    let fill = |c: &crate::re::Captures<'_>| {
        let name = c.get(1).map_or("", |m| m.as_str());
        if name == "match" {
            return matched.unwrap_or("").to_string();
        }
        let (fact, field) = name.split_once('.').unwrap_or((name, "value"));
        let index = bindings.get(fact).copied().unwrap_or(0);
        ctx.records
            .get(fact)
            .and_then(|rs| rs.get(index))
            .and_then(|r| r.fields.get(field))
            .map_or_else(|| "?".to_string(), |v| v.to_string())
    };
    super::compile::PLACEHOLDER.replace_all(template, fill)
}

/// Whether the posting is placed, and only outside the countries where what the rule asks is
/// expected of every posting (an equal-opportunity statement is a US convention).
fn expected_elsewhere(rule: &Rule, ctx: &EvalContext) -> bool {
    let Some(expected) = rule.law.as_ref().map(|l| &l.expected_in) else {
        return false;
    };
    let j = ctx.jurisdictions;
    let placed = !j.codes.is_empty() || !j.remote.is_empty();
    let expected_here = expected
        .iter()
        .any(|c| j.is_in(c) || j.remote_could_be_in(c));
    !expected.is_empty() && placed && !expected_here
}
