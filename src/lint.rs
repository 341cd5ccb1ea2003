//! One posting through the whole pipeline: Source → Document → Facts → Findings.

use crate::document::Document;
use crate::facts::{Extractor, Facts};
use crate::finding::Finding;
use crate::rules::{EvalContext, Rule, RuleSet, evaluate};
use crate::source::Source;
use std::borrow::Cow;

/// Options that change how postings are judged.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Judge every posting at this date instead of its own posting date.
    pub as_of: Option<jiff::civil::Date>,
}

/// The result of linting one posting.
#[derive(Debug)]
pub struct Linted {
    pub document: Document,
    pub facts: Facts,
    pub findings: Vec<Finding>,
    /// The date the posting was judged at.
    pub as_of: jiff::civil::Date,
}

/// A rule set with its extractors built: construct once, lint many postings.
pub struct Linter {
    pub rules: RuleSet,
    extractor: Cow<'static, Extractor>,
}

impl Linter {
    pub fn new(rules: RuleSet) -> Self {
        let extractor = match &rules.vocab {
            Cow::Borrowed(_) => Cow::Borrowed(&*crate::facts::BUILTIN_EXTRACTOR),
            Cow::Owned(v) => Cow::Owned(Extractor::new(v)),
        };
        Linter { rules, extractor }
    }

    /// Parses a posting and extracts its facts, without running rules.
    pub fn facts(&self, source: &Source) -> (Document, Facts) {
        let document = Document::parse(source, &self.rules.vocab);
        let facts = self.extractor.extract(source, &document);
        (document, facts)
    }

    /// Lints a posting with every rule.
    pub fn lint(&self, source: &Source, options: &LintOptions) -> Linted {
        self.lint_with(source, options, self.rules.rules.iter())
    }

    /// Lints a posting with the given rules only.
    pub fn lint_with<'r>(
        &self,
        source: &Source,
        options: &LintOptions,
        rules: impl IntoIterator<Item = &'r Rule>,
    ) -> Linted {
        let (document, facts) = self.facts(source);
        let as_of = options
            .as_of
            .or_else(|| posting_date(&facts))
            .unwrap_or_else(today);
        let records = facts.records(as_of.year());
        let ctx = EvalContext {
            text: &source.text,
            doc: &document,
            records: &records,
            jurisdictions: jurisdictions(&facts),
            as_of,
        };
        let findings = evaluate(rules, &ctx);
        Linted {
            document,
            facts,
            findings,
            as_of,
        }
    }
}

/// The posting's own date, to the day (a month alone means its first day).
fn posting_date(facts: &Facts) -> Option<jiff::civil::Date> {
    let d = facts.date_posted.as_ref()?.value;
    jiff::civil::Date::new(
        d.year?,
        d.month.unwrap_or(1) as i8,
        d.day.unwrap_or(1) as i8,
    )
    .ok()
}

pub fn today() -> jiff::civil::Date {
    jiff::tz::TimeZone::UTC
        .to_datetime(jiff::Timestamp::now())
        .date()
}

/// Jurisdiction codes of the posting's locations: regions and countries.
pub fn jurisdictions(facts: &Facts) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for l in &facts.locations {
        for code in [&l.value.region, &l.value.country].into_iter().flatten() {
            if !out.contains(code) {
                out.push(code.clone());
            }
        }
    }
    out
}
