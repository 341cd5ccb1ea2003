//! Checking and compiling rule files: every mistake is reported like a compiler error, with
//! the file, line and column (YAML syntax, unknown keys, invalid regexes, unknown facts,
//! duplicate ids, unknown `{placeholders}` in messages).

use super::schema::{BoundDef, CompareDef, CompareOp, Condition, Operand, RuleDef};
use super::{Bound, Check, Cond, Rule, Scope, Test};
use crate::facts::{FieldType, Value, fact_def};
use crate::source::Span;
use crate::yaml::{self, Located};
use std::collections::HashMap;

/// A rule file that cannot be used, located in its text.
#[derive(Debug, Clone)]
pub struct RuleError {
    pub file: String,
    pub text: String,
    pub span: Span,
    pub message: String,
    pub help: Option<String>,
}

impl std::fmt::Display for RuleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (line, col) = line_col(&self.text, self.span.start);
        write!(f, "{}:{line}:{col}: {}", self.file, self.message)
    }
}

impl std::error::Error for RuleError {}

pub fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, col)
}

/// Parses and compiles one rule file, whose `law` links name duties of the built-in laws.
pub fn compile_file(file: &str, text: &str) -> Result<Vec<Rule>, RuleError> {
    compile_file_with(file, text, &crate::laws::duty_names(&crate::laws::BUILTIN))
}

/// Parses and compiles one rule file; `duties` are the duties its `law` links may name.
pub fn compile_file_with(file: &str, text: &str, duties: &[&str]) -> Result<Vec<Rule>, RuleError> {
    compile_rules(file, text, duties, false)
}

/// A file of the built-in pack, embedded twice by `build.rs`: as JSON, which is read at every
/// start (several times cheaper than YAML), and as written, for errors.
pub struct BuiltinRuleFile {
    /// The path in the repository: `rules/pay.yaml`.
    pub name: &'static str,
    pub json: &'static str,
    pub yaml: &'static str,
}

/// Compiles a file of the built-in pack from its JSON; its patterns compile on first use.
/// The JSON carries no locations, so should that fail (the tests make sure it does not), the
/// YAML is compiled instead, for an error that points at the line as written.
pub(super) fn compile_builtin(
    file: &BuiltinRuleFile,
    duties: &[&str],
) -> Result<Vec<Rule>, RuleError> {
    let from_json = serde_json::from_str::<Vec<Located<RuleDef>>>(file.json)
        .map_err(|e| e.to_string())
        .and_then(|defs| {
            compile_defs(file.name, file.json, defs, duties, true).map_err(|e| e.message)
        });
    from_json.map_err(|message| {
        compile_rules(file.name, file.yaml, duties, true)
            .err()
            .unwrap_or_else(|| RuleError {
                file: file.name.to_string(),
                text: file.yaml.to_string(),
                span: Span::new(0, 0),
                message,
                help: None,
            })
    })
}

/// Parses and compiles one rule file written in YAML.
pub(super) fn compile_rules(
    file: &str,
    text: &str,
    duties: &[&str],
    lazy: bool,
) -> Result<Vec<Rule>, RuleError> {
    let defs: Vec<Located<RuleDef>> = yaml::parse(text).map_err(|e| {
        let end = text[e.offset.min(text.len())..]
            .find('\n')
            .map_or(text.len(), |i| e.offset + i)
            .max(e.offset);
        RuleError {
            file: file.to_string(),
            text: text.to_string(),
            span: Span::new(e.offset.min(text.len()), end.min(text.len())),
            message: e.message,
            help: Some("a rule file is a YAML list of rules; see docs/writing-rules.md".into()),
        }
    })?;
    compile_defs(file, text, defs, duties, lazy)
}

/// Compiles parsed rule definitions; `text` is what they were parsed from.
fn compile_defs(
    file: &str,
    text: &str,
    defs: Vec<Located<RuleDef>>,
    duties: &[&str],
    lazy: bool,
) -> Result<Vec<Rule>, RuleError> {
    let mut rules = Vec::new();
    let mut seen: HashMap<String, usize> = HashMap::new();
    for def in defs {
        let start = yaml::located_offset(text, &def);
        let c = Compiler {
            file,
            text,
            rule_id: def.value.id.value.clone(),
            rule_start: start,
            duties,
            lazy,
            has_match: def.value.forbid.is_some(),
            has_law: def.value.law.is_some(),
        };
        let rule = c.rule(def.value)?;
        if seen.insert(rule.id.clone(), rule.offset).is_some() {
            return Err(c.error_at(
                rule.offset,
                rule.id.len(),
                format!("duplicate rule id `{}`", rule.id),
                None,
            ));
        }
        rules.push(rule);
    }
    Ok(rules)
}

struct Compiler<'a> {
    file: &'a str,
    text: &'a str,
    /// The rule being compiled, named in errors about its patterns.
    rule_id: String,
    rule_start: usize,
    duties: &'a [&'a str],
    /// Compile patterns on first use (the built-in pack) rather than now.
    lazy: bool,
    /// The rule reports matched words (`forbid`), which `{match}` names; other rules have none.
    has_match: bool,
    /// The rule checks a law's duty, whose parameters its tests may name (`law.max_annual_width`).
    has_law: bool,
}

impl Compiler<'_> {
    fn error_at(
        &self,
        offset: usize,
        len: usize,
        message: String,
        help: Option<String>,
    ) -> RuleError {
        let start = offset.min(self.text.len());
        RuleError {
            file: self.file.to_string(),
            text: self.text.to_string(),
            span: Span::new(start, (start + len).min(self.text.len())),
            message,
            help,
        }
    }

    /// An error about `needle`, located at its first occurrence in this rule.
    fn error_near(&self, needle: &str, message: String, help: Option<String>) -> RuleError {
        let from = self.rule_start.min(self.text.len());
        let found = if needle.is_empty() {
            None
        } else {
            self.text[from..].find(needle)
        };
        match found {
            Some(i) => self.error_at(from + i, needle.len(), message, help),
            // Quoted or escaped in the file: point at the rule.
            None => self.error_at(from, 0, message, help),
        }
    }

    fn rule(&self, def: RuleDef) -> Result<Rule, RuleError> {
        let id = def.id.value.clone();
        let id_offset = yaml::located_offset(self.text, &def.id);
        if !is_valid_id(&id) {
            return Err(self.error_at(
                id_offset,
                id.len(),
                format!("invalid rule id `{id}`"),
                Some("ids are lower-case words joined by `-`, in a family: `pay/missing`, `language/age`".into()),
            ));
        }
        let checks = [
            def.forbid.is_some(),
            def.require.is_some(),
            def.conflict.is_some(),
            def.compare.is_some(),
        ];
        if checks.iter().filter(|c| **c).count() != 1 {
            return Err(self.error_at(
                id_offset,
                id.len(),
                format!("rule `{id}` must have exactly one check"),
                Some("add one of `forbid`, `require`, `conflict` or `compare`".into()),
            ));
        }
        let scope = match &def.scope {
            Some(s) => self.scopes(&s.0)?,
            None => Vec::new(),
        };
        if def.fix.is_some() && def.forbid.is_none() {
            return Err(self.error_near(
                "fix",
                "only a `forbid` rule can have a `fix`".into(),
                Some("a fix replaces the words a `forbid` rule flags".into()),
            ));
        }
        let check = if let Some(c) = def.forbid {
            let mut fixes = super::Fixes::default();
            for (safe, map) in def
                .fix
                .into_iter()
                .flat_map(|f| [(true, f.safe), (false, f.unsafe_)])
            {
                for (words, replacement) in map {
                    let key = words
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase();
                    fixes.0.insert(key, (replacement, safe));
                }
            }
            Check::Forbid {
                cond: self.cond(c)?,
                fixes,
            }
        } else if let Some(c) = def.require {
            Check::Require(self.cond(c)?)
        } else if let Some(c) = def.conflict {
            let mut groups = Vec::new();
            for g in c.0 {
                if g.len() < 2 {
                    return Err(self.error_near(
                        "conflict",
                        "a conflict needs at least two conditions".into(),
                        None,
                    ));
                }
                groups.push(
                    g.into_iter()
                        .map(|c| self.cond(c))
                        .collect::<Result<Vec<_>, _>>()?,
                );
            }
            Check::Conflict(groups)
        } else if let Some(c) = def.compare {
            self.compare(c)?
        } else {
            unreachable!("exactly one check was verified above")
        };
        let when = def.when.map(|c| self.cond(c)).transpose()?;
        for text in [Some(&def.message), def.help.as_ref(), def.label.as_ref()]
            .into_iter()
            .flatten()
        {
            self.placeholders(text, false)?;
        }
        let law = match def.law {
            Some(link) => {
                if !self.duties.contains(&link.duty.as_str()) {
                    return Err(self.error_near(
                        &link.duty,
                        format!("no law has the duty `{}`", link.duty),
                        Some(format!(
                            "duties of the laws in rules/laws/ and your DIR/laws/: {}",
                            self.duties.join(", ")
                        )),
                    ));
                }
                self.placeholders(&link.message, true)?;
                let mut except = Vec::new();
                for (name, c) in link.except {
                    except.push((name, self.cond(c)?));
                }
                Some(super::LawRule {
                    duty: link.duty,
                    message: link.message,
                    requires: link.requires,
                    except,
                    elsewhere: link.elsewhere,
                    expected_in: link.expected_in,
                })
            }
            None => None,
        };
        let applies = match def.applies {
            Some(a) => Some(super::AppliesC {
                jurisdictions: a.jurisdictions.unwrap_or_default(),
                from: a.from.map(|d| self.date(&d)).transpose()?,
                until: a.until.map(|d| self.date(&d)).transpose()?,
            }),
            None => None,
        };
        let examples = def.examples.unwrap_or_default();
        let example_encoding = match &examples.saved_as {
            Some(label) => Some(
                encoding_rs::Encoding::for_label(label.as_bytes()).ok_or_else(|| {
                    self.error_near(
                        label,
                        format!("unknown encoding `{label}`"),
                        Some("name an encoding as HTML does: `windows-1252`, `utf-8`".into()),
                    )
                })?,
            ),
            None => None,
        };
        Ok(Rule {
            id,
            offset: id_offset,
            severity: def.severity,
            summary: def.summary.unwrap_or_else(|| def.message.clone()),
            message: def.message,
            help: def.help,
            docs: def.docs,
            description: def.description,
            label: def.label,
            scope,
            applies,
            law,
            when,
            check,
            bad_examples: examples.bad,
            good_examples: examples.good,
            example_employer: crate::laws::Employer {
                federal_contractor: examples.federal_contractor,
                citizenship_required_by_law: examples.citizenship_required_by_law,
                ..crate::laws::Employer::default()
            },
            example_encoding,
            origin: self.file.to_string(),
        })
    }

    fn date(&self, s: &str) -> Result<jiff::civil::Date, RuleError> {
        s.parse::<jiff::civil::Date>().map_err(|e| {
            self.error_near(
                s,
                format!("invalid date `{s}`: {e}"),
                Some("write dates as YYYY-MM-DD".into()),
            )
        })
    }

    fn scopes(&self, names: &[String]) -> Result<Vec<Scope>, RuleError> {
        names
            .iter()
            .map(|n| {
                Ok(match n.as_str() {
                    "title" => Scope::Title,
                    "body" => Scope::Body,
                    "headings" | "heading" => Scope::Headings,
                    "list_items" | "list_item" => Scope::ListItems,
                    "fields" => Scope::Fields,
                    "front_matter" => Scope::FrontMatter,
                    other => match other.strip_prefix("section:") {
                        Some(kind) => Scope::Section(kind.trim().to_string()),
                        None => {
                            return Err(self.error_near(
                                n,
                                format!("unknown scope `{n}`"),
                                Some("scopes: title, body, headings, list_items, fields, front_matter, section:<kind>".into()),
                            ));
                        }
                    },
                })
            })
            .collect()
    }

    fn cond(&self, c: Condition) -> Result<Cond, RuleError> {
        let kinds = [
            c.fact.is_some(),
            c.pattern.is_some(),
            c.any.is_some(),
            c.all.is_some(),
            c.not.is_some(),
        ];
        if kinds.iter().filter(|k| **k).count() != 1 {
            return Err(self.error_near(
                "",
                "a condition needs exactly one of `fact`, `pattern`, `any`, `all`, `not`".into(),
                None,
            ));
        }
        let scope = match &c.scope {
            Some(s) => self.scopes(&s.0)?,
            None => Vec::new(),
        };
        if let Some(label) = &c.label {
            self.placeholders(label, false)?;
        }
        let label = c.label.clone();
        if let Some(p) = &c.pattern {
            let mut regexes = Vec::new();
            for pat in &p.0 {
                // Unicode semantics, `(?-u)` for ASCII classes (see `re`). The built-in pack's
                // patterns compile on first use (the tests compile them all); a user's now, to
                // report errors where they are.
                let re = if self.lazy {
                    crate::re::LazyRegex::new(pat)
                } else {
                    crate::re::LazyRegex::compiled(pat).map_err(|e| {
                        self.error_near(
                            pat,
                            format!(
                                "invalid regex in rule `{}`: {}",
                                self.rule_id,
                                first_line(&e)
                            ),
                            Some(regex_help(&e)),
                        )
                    })?
                };
                regexes.push(std::sync::Arc::new(re));
            }
            return Ok(Cond::Pattern {
                regexes,
                scope,
                label,
            });
        }
        if let Some(list) = c.any {
            return Ok(Cond::Any(
                list.into_iter()
                    .map(|c| self.cond(c))
                    .collect::<Result<_, _>>()?,
            ));
        }
        if let Some(list) = c.all {
            return Ok(Cond::All(
                list.into_iter()
                    .map(|c| self.cond(c))
                    .collect::<Result<_, _>>()?,
            ));
        }
        if let Some(inner) = c.not {
            return Ok(Cond::Not(Box::new(self.cond(*inner)?)));
        }
        let name = c.fact.clone().unwrap_or_default();
        let (fact, field, ty) = self.fact_field(&name, true)?;
        let test = if c.absent == Some(true) {
            if field.is_none() {
                return Err(self.error_near(
                    &name,
                    format!("`absent` tests a field; name one, e.g. `{name}.min`"),
                    Some(
                        "for a posting without the fact at all, write `not: { fact: ... }`".into(),
                    ),
                ));
            }
            Test::Absent
        } else if let Some(v) = &c.is {
            Test::In(vec![self.value(&name, ty, v)?])
        } else if let Some(vs) = &c.in_ {
            Test::In(
                vs.iter()
                    .map(|v| self.value(&name, ty, v))
                    .collect::<Result<_, _>>()?,
            )
        } else if let Some(n) = &c.above {
            self.numeric(&name, ty)?;
            Test::Above(self.bound(n)?)
        } else if let Some(n) = &c.below {
            self.numeric(&name, ty)?;
            Test::Below(self.bound(n)?)
        } else if let Some(n) = &c.at_least {
            self.numeric(&name, ty)?;
            Test::AtLeast(self.bound(n)?)
        } else if let Some(n) = &c.at_most {
            self.numeric(&name, ty)?;
            Test::AtMost(self.bound(n)?)
        } else {
            Test::Present
        };
        let mut where_ = Vec::new();
        for (field_name, spec) in c.where_.iter().flatten() {
            let full = format!("{fact}.{field_name}");
            let (_, Some(f), ty) = self.fact_field(&full, false)? else {
                unreachable!("fact_field without a bare name always names a field")
            };
            where_.push((f, self.where_test(&full, ty, spec)?));
        }
        Ok(Cond::Fact {
            fact,
            field,
            test,
            where_,
            scope,
            label,
        })
    }

    /// One `where` entry: a value, a list of values, or a map of tests.
    fn where_test(
        &self,
        name: &str,
        ty: Option<FieldType>,
        spec: &serde_json::Value,
    ) -> Result<Test, RuleError> {
        use serde_json::Value as J;
        match spec {
            J::Array(vs) => Ok(Test::In(
                vs.iter()
                    .map(|v| self.value(name, ty, v))
                    .collect::<Result<_, _>>()?,
            )),
            J::Object(map) => {
                let mut tests = Vec::new();
                for (k, v) in map {
                    let num = || match v {
                        J::Number(n) => self.bound(&BoundDef::Number(n.as_f64().unwrap_or(0.0))),
                        J::String(p) => self.bound(&BoundDef::Param(p.clone())),
                        _ => Err(self.error_near(
                            k,
                            format!("`{k}` takes a number or a law's duty parameter"),
                            None,
                        )),
                    };
                    let t = match k.as_str() {
                        "is" => Test::In(vec![self.value(name, ty, v)?]),
                        "above" | "below" | "at_least" | "at_most" => {
                            self.numeric(name, ty)?;
                            match k.as_str() {
                                "above" => Test::Above(num()?),
                                "below" => Test::Below(num()?),
                                "at_least" => Test::AtLeast(num()?),
                                _ => Test::AtMost(num()?),
                            }
                        }
                        other => {
                            return Err(self.error_near(
                                other,
                                format!("unknown test `{other}` in `where`"),
                                Some("tests: is, above, below, at_least, at_most".into()),
                            ));
                        }
                    };
                    tests.push(t);
                }
                match tests.len() {
                    1 => Ok(tests.remove(0)),
                    _ => Err(self.error_near(
                        name.rsplit('.').next().unwrap_or(name),
                        format!("`where: {{ {name}: ... }}` takes one test"),
                        None,
                    )),
                }
            }
            J::Null => Ok(Test::Absent),
            v => Ok(Test::In(vec![self.value(name, ty, v)?])),
        }
    }

    /// Resolves `pay.min` to the fact, the field and its type. A bare fact name means its
    /// `value` field when it has one.
    fn fact_field(
        &self,
        name: &str,
        allow_bare: bool,
    ) -> Result<(&'static str, Option<&'static str>, Option<FieldType>), RuleError> {
        let (fact_name, field_name) = match name.split_once('.') {
            Some((f, x)) => (f, Some(x)),
            None => (name, None),
        };
        let Some(def) = fact_def(fact_name) else {
            let known: Vec<&str> = crate::facts::REGISTRY.iter().map(|d| d.name).collect();
            return Err(self.error_near(
                name,
                format!("unknown fact `{fact_name}`"),
                Some(format!("known facts: {}", known.join(", "))),
            ));
        };
        match field_name {
            Some(f) => match def.fields.iter().find(|(n, _)| *n == f) {
                Some((n, ty)) => Ok((def.name, Some(n), Some(*ty))),
                None => {
                    let known: Vec<&str> = def.fields.iter().map(|(n, _)| *n).collect();
                    Err(self.error_near(
                        name,
                        format!("fact `{fact_name}` has no field `{f}`"),
                        Some(format!("fields of `{fact_name}`: {}", known.join(", "))),
                    ))
                }
            },
            None if allow_bare => {
                let value = def.fields.iter().find(|(n, _)| *n == "value");
                Ok((def.name, value.map(|(n, _)| *n), value.map(|(_, t)| *t)))
            }
            None => Err(self.error_near(
                name,
                format!("`{name}` needs a field, e.g. `{name}.min`"),
                None,
            )),
        }
    }

    /// A numeric test's bound: a number, or `law.<parameter>` of the duty the rule checks.
    fn bound(&self, b: &BoundDef) -> Result<Bound, RuleError> {
        let written = match b {
            BoundDef::Number(n) => return Ok(Bound::Num(*n)),
            BoundDef::Param(p) => p,
        };
        let known = || {
            crate::laws::DUTY_PARAMS
                .iter()
                .map(|p| format!("law.{p}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let param = written
            .strip_prefix("law.")
            .and_then(|p| crate::laws::DUTY_PARAMS.iter().find(|k| **k == p));
        let Some(param) = param else {
            return Err(self.error_near(
                written,
                format!("`{written}` is neither a number nor a law's duty parameter"),
                Some(format!("a bound is a number or one of: {}", known())),
            ));
        };
        if !self.has_law {
            return Err(self.error_near(
                written,
                format!("`{written}` names a law's parameter, but this rule checks no law's duty"),
                Some("add `law: { duty: ... }` naming the duty whose laws set it".into()),
            ));
        }
        Ok(Bound::Law(param))
    }

    fn numeric(&self, name: &str, ty: Option<FieldType>) -> Result<(), RuleError> {
        match ty {
            Some(FieldType::Num) => Ok(()),
            _ => Err(self.error_near(
                name,
                format!(
                    "`{name}` is not a number; `above`/`below`/`at_least`/`at_most` compare numbers"
                ),
                None,
            )),
        }
    }

    fn value(
        &self,
        name: &str,
        ty: Option<FieldType>,
        v: &serde_json::Value,
    ) -> Result<Value, RuleError> {
        let bad = |what: String| self.error_near(name, what, None);
        match (ty, v) {
            (Some(FieldType::Num), serde_json::Value::Number(n)) => {
                Ok(Value::Num(n.as_f64().unwrap_or(0.0)))
            }
            (Some(FieldType::Bool), serde_json::Value::Bool(b)) => Ok(Value::Bool(*b)),
            (Some(FieldType::Str), serde_json::Value::String(s)) => Ok(Value::Str(s.clone())),
            (Some(FieldType::Enum(allowed)), serde_json::Value::String(s)) => {
                if allowed.contains(&s.as_str()) {
                    Ok(Value::Str(s.clone()))
                } else {
                    Err(self.error_near(
                        s,
                        format!("`{s}` is not a value of `{name}`"),
                        Some(format!("values of `{name}`: {}", allowed.join(", "))),
                    ))
                }
            }
            (None, _) => Err(bad(format!(
                "`{name}` has no value to compare; name a field, e.g. `{name}.min`"
            ))),
            (Some(t), other) => Err(bad(format!(
                "`{name}` expects a {t:?} value, not `{other}`"
            ))),
        }
    }

    fn compare(&self, c: CompareDef) -> Result<Check, RuleError> {
        let left = self.operand_fact(&c.left)?;
        let pair = matches!(c.op, CompareOp::Between | CompareOp::Outside);
        let right = match (&c.right, pair) {
            (Operand::Pair(a, b), true) => (self.operand(a)?, Some(self.operand(b)?)),
            (Operand::Pair(..), false) => {
                return Err(self.error_near(
                    "right",
                    "a pair of bounds needs `op: between` or `op: outside`".into(),
                    None,
                ));
            }
            (_, true) => {
                return Err(self.error_near(
                    "right",
                    format!("`op: {:?}` needs `right: [low, high]`", c.op).to_lowercase(),
                    None,
                ));
            }
            (single, false) => (self.operand(single)?, None),
        };
        Ok(Check::Compare(super::CompareC {
            left,
            op: c.op,
            right: right.0,
            right_high: right.1,
            tolerance: c.tolerance.unwrap_or(0.0),
            label_left: c.label_left,
            label_right: c.label_right,
        }))
    }

    fn operand_fact(&self, name: &str) -> Result<(&'static str, &'static str), RuleError> {
        let (fact, field, ty) = self.fact_field(name, false)?;
        self.numeric(name, ty)?;
        Ok((fact, field.expect("fields are required here")))
    }

    fn operand(&self, o: &Operand) -> Result<super::OperandC, RuleError> {
        match o {
            Operand::Number(n) => Ok(super::OperandC::Number(*n)),
            Operand::Fact(f) => self
                .operand_fact(f)
                .map(|(a, b)| super::OperandC::Fact(a, b)),
            Operand::Pair(..) => {
                Err(self.error_near("right", "pairs cannot be nested".into(), None))
            }
        }
    }

    /// Checks that `{placeholders}` name fact fields, `{match}` (in a rule that matches words),
    /// or (in a law message) the law; and that text in braces that looks like one is one
    /// (`{Pay.Min}`, `{pay.min }`, `{pay.min.extra}` would be printed as written).
    fn placeholders(&self, text: &str, law: bool) -> Result<(), RuleError> {
        let names = || {
            let facts = crate::facts::REGISTRY.iter().flat_map(|d| {
                d.fields.iter().map(move |(f, _)| match *f {
                    "value" => d.name.to_string(),
                    f => format!("{}.{f}", d.name),
                })
            });
            let laws = LAW_PLACEHOLDERS
                .iter()
                .filter(|_| law)
                .map(|l| l.to_string());
            let matched = self.has_match.then(|| "match".to_string());
            facts.chain(laws).chain(matched).collect::<Vec<String>>()
        };
        let near = |name: &str| {
            let wanted = name.trim().to_ascii_lowercase();
            let mut near: Vec<(usize, String)> = names()
                .into_iter()
                .map(|n| (crate::jurisdiction::edit_distance(&wanted, &n), n))
                .filter(|(d, _)| *d <= 2)
                .collect();
            near.sort();
            match near.first() {
                Some((_, n)) => format!("did you mean `{{{n}}}`? "),
                None => String::new(),
            }
        };
        for cap in BRACED.captures_iter(text) {
            let written = cap.get(0).map_or("", |m| m.as_str());
            let name = cap.get(1).map_or("", |m| m.as_str());
            if !name.bytes().any(|b| b.is_ascii_alphabetic()) {
                continue; // `{100}`: not meant as a placeholder
            }
            let well_formed = name.split('.').count() <= 2
                && name.split('.').all(|p| {
                    !p.is_empty() && p.bytes().all(|b| b.is_ascii_lowercase() || b == b'_')
                });
            let what = if !well_formed {
                "malformed placeholder"
            } else if name == "match" {
                if self.has_match {
                    continue;
                }
                return Err(self.error_near(
                    written,
                    "`{match}` names the words a `forbid` rule matched; this rule matches none"
                        .into(),
                    Some("name a fact field instead (`{pay.min}`), or write the words".into()),
                ));
            } else if law && LAW_PLACEHOLDERS.contains(&name) {
                continue;
            } else {
                let (fact, field) = name.split_once('.').unwrap_or((name, "value"));
                if fact_def(fact).is_some_and(|d| d.fields.iter().any(|(n, _)| *n == field)) {
                    continue;
                }
                "unknown placeholder"
            };
            return Err(self.error_near(
                written,
                format!("{what} `{written}`"),
                Some(format!(
                    "{}placeholders are a fact field in lower case, without spaces (`{{pay.min}}`, `hirelint facts` lists them){}",
                    near(name),
                    if self.has_match { " or `{match}`" } else { "" }
                )),
            ));
        }
        Ok(())
    }
}

/// Text in braces within a line, which may be meant as a placeholder; group 1 is inside.
static BRACED: std::sync::LazyLock<crate::re::Regex> =
    std::sync::LazyLock::new(|| crate::re::ascii(r"\{((?u:[^{}\n])*)\}"));

/// What a law message may name: `{law.name}` requires ... (`{law.citation}`, since `{law.since}`).
/// The duty's parameters too (`{law.max_annual_width}`, see `laws::DUTY_PARAMS`).
pub const LAW_PLACEHOLDERS: &[&str] = &[
    "law.name",
    "law.title",
    "law.citation",
    "law.since",
    "law.requires",
    "law.max_annual_width",
    "law.exempt_above",
];

/// A `{placeholder}` in a message; group 1 is its name.
pub static PLACEHOLDER: std::sync::LazyLock<crate::re::Regex> =
    std::sync::LazyLock::new(|| crate::re::ascii(r"\{([a-z_]+(?:\.[a-z_]+)?)\}"));

fn is_valid_id(id: &str) -> bool {
    let mut parts = id.split('/');
    let ok = |p: &str| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    parts.next().is_some_and(ok) && parts.all(ok)
}

fn first_line(s: &str) -> String {
    s.lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or(s)
        .trim()
        .to_string()
}

fn regex_help(message: &str) -> String {
    if message.contains("too large once compiled") {
        "counted repetitions such as `{100}` multiply a pattern's size; split it or use fewer alternatives".into()
    } else if message.contains("invalid UTF-8") {
        "under `(?-u)`, write a class that must match any character as `(?u:[^.])` or `(?u:.)`"
            .into()
    } else {
        "patterns use Rust `regex` syntax: no look-around or backreferences; escape `.`, `(`, `$` as `\\.`".into()
    }
}
