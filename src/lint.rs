//! One posting through the whole pipeline: Source → Document → Facts → Findings.

use crate::document::Document;
use crate::facts::{Extractor, Facts};
use crate::finding::Finding;
use crate::jurisdiction::Jurisdictions;
use crate::laws::Employer;
use crate::rules::{EvalContext, Rule, RuleSet, evaluate};
use crate::source::Source;
use std::borrow::Cow;

/// Options that change how postings are judged.
#[derive(Debug, Clone, Default)]
pub struct LintOptions {
    /// Judge every posting at this date instead of its own posting date.
    pub as_of: Option<jiff::civil::Date>,
    /// Jurisdictions to assume when a posting names no place (`US-CO`).
    pub jurisdictions: Vec<String>,
    /// What the employer is, for laws limited to some employers.
    pub employer: Employer,
    /// The date that stands for today for postings without a date of their own (tests and
    /// examples pin it; `None` is the real today).
    pub today: Option<jiff::civil::Date>,
    /// Which rules run, at which severity (config `select`, `ignore`, `severity`).
    pub choice: crate::config::RuleChoice,
}

/// The result of linting one posting.
#[derive(Debug)]
pub struct Linted {
    pub document: Document,
    pub facts: Facts,
    pub findings: Vec<Finding>,
    /// The date the posting was judged at.
    pub as_of: jiff::civil::Date,
    /// Where the posting's job is, as laws see it.
    pub jurisdictions: Jurisdictions,
}

/// A rule set with its extractors built: construct once, lint many postings.
pub struct Linter {
    pub rules: RuleSet,
    extractor: Cow<'static, Extractor>,
    /// Set once [`Linter::compile_all`] has run.
    compiled_all: std::sync::OnceLock<()>,
}

impl Linter {
    pub fn new(mut rules: RuleSet) -> Self {
        // A user's vocabulary comes with its extractors, built when it was loaded.
        let extractor = rules
            .extractor
            .take()
            .map_or(Cow::Borrowed(&*crate::facts::BUILTIN_EXTRACTOR), Cow::Owned);
        Linter {
            rules,
            extractor,
            compiled_all: std::sync::OnceLock::new(),
        }
    }

    /// Compiles every pattern now rather than on first use, for a long-lived process (the
    /// language server), so that no keystroke waits for a pattern to compile.
    pub fn compile_all(&self) {
        self.compiled_all.get_or_init(|| {
            crate::facts::compile_patterns();
            for pattern in self.rules.patterns() {
                pattern.get();
            }
        });
    }

    /// Parses a posting and extracts its facts, without running rules.
    pub fn facts(&self, source: &Source) -> (Document, Facts) {
        let document = Document::parse(source, &self.rules.vocab);
        let facts = self.extractor.extract(source, &document);
        (document, facts)
    }

    /// Lints a posting with the rules `options` choose (every rule by default).
    pub fn lint(&self, source: &Source, options: &LintOptions) -> Linted {
        let chosen = self
            .rules
            .rules
            .iter()
            .filter(|r| options.choice.runs(&r.id));
        let mut linted = self.lint_with(source, options, chosen);
        let suppressions = crate::suppress::find(&source.text, &linted.document);
        crate::suppress::apply(&mut linted.findings, &suppressions);
        // Findings about suppressions follow the configuration like any rule's.
        linted.findings.retain(|f| options.choice.runs(&f.rule));
        for f in &mut linted.findings {
            f.severity = options.choice.severity_of(&f.rule, f.severity);
        }
        linted
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
            .or(options.today)
            .unwrap_or_else(today);
        let records = facts.records(as_of.year());
        let jurisdictions =
            Jurisdictions::of(&facts, &self.rules.vocab.places, &options.jurisdictions);
        let ctx = EvalContext {
            text: &source.text,
            doc: &document,
            records: &records,
            jurisdictions: &jurisdictions,
            as_of,
            laws: &self.rules.laws,
            employer: &options.employer,
        };
        let findings = evaluate(rules, &ctx);
        Linted {
            document,
            facts,
            findings,
            as_of,
            jurisdictions,
        }
    }
}

/// The posting's own date, to the day (a month alone means its first day).
pub fn posting_date(facts: &Facts) -> Option<jiff::civil::Date> {
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

#[cfg(test)]
mod compile_all_tests {
    use super::*;

    #[test]
    fn compile_all_compiles_every_rule_pattern() {
        let linter = Linter::new(RuleSet::load(&[] as &[&str]).unwrap());
        let patterns = linter.rules.patterns();
        assert!(
            patterns.iter().all(|p| !p.is_compiled()),
            "compiled on first use"
        );
        linter.compile_all();
        assert!(patterns.iter().all(|p| p.is_compiled()));
    }
}
