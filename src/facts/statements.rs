//! Statements a posting makes about the employer: equal opportunity / non-discrimination.
//!
//! An EEO statement says the employer does not discriminate or is an equal-opportunity
//! employer: "X is an equal opportunity employer", "EOE M/F/D/V", "all qualified applicants will
//! receive consideration without regard to race, ...", "we do not discriminate on the basis of
//! ...", "affirmative action employer". Saying that diversity matters ("Equal opportunity is
//! important to us", "we value diversity") is not a statement of non-discrimination.

use super::Fact;
use super::scan::{Scan, match_span};
use crate::re::Regex;
use std::sync::LazyLock;

// Measured on the corpus (see README "Accuracy"): these agree with all 100 hand labels. There is
// no `\b` before "equal" because scraped text runs words together ("changeEqual Opportunity").
static EEO: LazyLock<Regex> = LazyLock::new(|| {
    crate::re::ascii(concat!(
        r"(?i)equal[\s-]*(?:employment[\s-]*)?opportunit(?:y|ies)[\s/,&()-]*(?:\(?EEO\)?[\s/,&-]*)?(?:(?:and|an)\s+|/\s*)?(?:affirmative[\s-]*action[\s/-]*)?(?:employer|workplace|institution|employment\b)",
        r"|(?i:\baffirmative[\s-]*action[\s/,&-]*(?:and\s+|/\s*)?(?:equal[\s-]*(?:employment[\s-]*)?opportunit(?:y|ies)[\s/-]*)?employer)",
        r"|(?i:\b(?:provides?|providing|committed\s+to|commitment\s+to|believes?\s+in|practice|policy\s+(?:is\s+)?to\s+provide|principles?\s+of|concept\s+(?:and\s+practice\s+)?of)\s+(?:the\s+principles?\s+of\s+|providing\s+|promoting\s+|diversity\s+and\s+)?equal\s+(?:employment\s+)?opportunit)",
        r"|(?i:(?:without\s+regard\s+(?:to|for)|regardless\s+of|(?:discriminat\w*|basis)\s+(?:against\s+\w+\s+)?(?:on\s+the\s+basis\s+of|based\s+(?:up)?on|because\s+of|due\s+to))(?u:[^.\n])*?\b(?:race|colou?r|religion|creed|national\s+origin|sexual\s+orientation|gender\s+identity|veteran|disabilit))",
        r"|(?i:\b(?:does|do|will|shall)\s+not\s+discriminate|\bnever\s+discriminate|\bnon-?discrimination\s+(?:policy|statement|laws?))",
        r"|\bEOE\b|\bE\.O\.E\b|(?i:\bEEO\s*(?:/\s*AA\s*)?(?:/\s*\w+\s*)?\s+employer)|\bEEO\s*/\s*AA\b|(?i:\bEEO\s+(?:statement|policy)\b)",
        r"|\b(?:M/F/D/V|M/F/V/D|F/M/D/V|M/F/Vet|M/F/D\b|Minorities\s*/\s*Females|Minorities/Women)|\((?:m/w/d|m/f/d|f/m/d)\)",
        r"|平等(?:的)?(?:就业)?机会的?雇主|平等就业|不会?因(?u:[^。\n])*?(?:种族|性别|宗教|国籍)"
    ))
});

/// Every match of `EEO` contains one of these.
const EEO_WORDS: &[&str] = &[
    "equal",
    "affirmative",
    "regard",
    "discriminat",
    "basis",
    "eoe",
    "e.o.e",
    "eeo",
    "m/f",
    "f/m",
    "m/w",
    "minorities",
    "平等",
    "不因",
    "不会因",
];

/// Places where the posting states non-discrimination or equal opportunity.
pub fn eeo(scan: &Scan) -> Vec<Fact<()>> {
    scan.matches_where(&EEO, EEO_WORDS)
        .map(|(c, seg)| Fact::new((), match_span(&c, seg)))
        .collect()
}

/// Compiles this module's patterns now (see [`crate::facts::warm_up`]).
pub(crate) fn warm_up() {
    LazyLock::force(&EEO);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn has_eeo(text: &str) -> bool {
        let src = Source::new("t", format!("Title\n\n{text}\n"), Format::Text);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        !eeo(&Scan::new(&src.text, &doc)).is_empty()
    }

    #[test]
    fn statements_of_non_discrimination() {
        assert!(has_eeo("Acme is an Equal Opportunity Employer."));
        assert!(has_eeo("EOE M/F/D/V"));
        assert!(has_eeo(
            "All qualified applicants will receive consideration for employment without regard to race, color, religion or sex."
        ));
        assert!(has_eeo(
            "We do not discriminate on the basis of age or disability."
        ));
        assert!(has_eeo("An affirmative action employer."));
        assert!(has_eeo("Equal Opportunity Employer - disability and vet"));
    }

    #[test]
    fn vague_phrases_are_not_statements() {
        assert!(!has_eeo("Equal opportunity is important to us."));
        assert!(!has_eeo("We value diversity and inclusion."));
        assert!(!has_eeo(
            "We offer equal opportunities to grow your career."
        ));
    }
}
