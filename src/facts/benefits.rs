//! Benefits: concrete benefits the posting names.
//!
//! Several pay-transparency laws (Colorado, Washington, Illinois, Maryland, Minnesota, New
//! Jersey, Jersey City) require "a general description of benefits". Naming a kind of benefit
//! counts: health insurance, a retirement plan, paid time off or leave, equity, a bonus or
//! commission, other insurance, tuition or wellness support. "Great benefits" or "a competitive
//! benefits package" alone names none, and "is a bonus" (a nice-to-have skill) is not pay.

use super::Fact;
use super::scan::{Scan, SegmentKind, match_span};
use crate::re::{PackPattern, WordSet, phrase_alternation};
use crate::source::Span;
use std::collections::HashMap;

/// The kinds of benefit, as `extract` and rule messages name them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames, strum::EnumString,
)]
#[strum(serialize_all = "snake_case")]
pub enum Benefit {
    Health,
    Retirement,
    TimeOff,
    Equity,
    Bonus,
    Insurance,
    Other,
}

impl Benefit {
    pub fn as_str(self) -> &'static str {
        self.into()
    }

    fn from_name(name: &str) -> Option<Benefit> {
        name.parse().ok()
    }
}

pub const KINDS: &[&str] = <Benefit as strum::VariantNames>::VARIANTS;

/// The benefit words of the language packs ("Urlaubstage", "mutuelle", "vale-refeição"), each
/// counted at the start of a word and in postings of its language.
#[derive(Clone)]
pub struct BenefitWords {
    /// (detector code, pattern) of each pack's `benefit_patterns`: a group for each kind.
    patterns: Vec<(String, PackPattern)>,
    words: Option<WordSet>,
    /// For each word of `words`: (detector code of a pack that has it, the benefit it names),
    /// in the packs' order.
    kinds: Vec<Vec<(String, Benefit)>>,
    /// In a benefits section, a list of bare words names benefits: "Medical", "401k", "Bonus",
    /// "Credits for our coworking spaces", "Gym discount". A group for each kind.
    bare: PackPattern,
    /// "Health care" or "medical care" as an industry or a trait, not a benefit: "a health care
    /// organization", "medical care leave" (a protected trait).
    care_after: PackPattern,
    /// "Health care" as a field: "breaking the mold in conventional health care".
    care_before: PackPattern,
    /// A benefit the posting says the role does not have: "not eligible for benefits such as
    /// health coverage", "no benefits, such as paid time off".
    denied_before: PackPattern,
    /// A list of protected traits ("without regard to age, ... family or medical care leave"):
    /// what it names is no benefit.
    traits_before: PackPattern,
    /// A leave the role covers, not one it gives: "to cover a parental leave", "maternity
    /// leave cover".
    leave_before: PackPattern,
    leave_after: PackPattern,
}

impl BenefitWords {
    /// # Errors
    /// When the packs' words make a word set that cannot be built (see
    /// [`crate::vocab::WordsError`]).
    pub fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let mut index: HashMap<String, usize> = HashMap::new();
        let (mut list, mut kinds) = (Vec::new(), Vec::<Vec<(String, Benefit)>>::new());
        for (code, kind, word) in &lang.benefits {
            let (Some(kind), word) = (Benefit::from_name(kind), word.trim()) else {
                continue;
            };
            if word.is_empty() {
                continue;
            }
            let i = *index.entry(word.to_lowercase()).or_insert_with(|| {
                list.push(word.to_string());
                kinds.push(Vec::new());
                list.len() - 1
            });
            kinds[i].push((code.clone(), kind));
        }
        let error = |key, e| crate::vocab::WordsError::of_packs(lang, key, e);
        let words = WordSet::new(&list, true).map_err(|e| error("benefits", e))?;
        let groups: Vec<String> = KINDS
            .iter()
            .map(|kind| {
                let words: Vec<String> = lang
                    .benefits_bare
                    .iter()
                    .filter(|(k, _)| k == kind)
                    .map(|(_, w)| w.clone())
                    .collect();
                format!("(?P<{kind}>{})", phrase_alternation(&words, false))
            })
            .collect();
        let bare = PackPattern::new(format!(r"(?i)\b(?:{})\b", groups.join("|")));
        let not = &lang.not_benefits;
        let near = |words: &[String], template: &str| {
            PackPattern::new(template.replace("{}", &phrase_alternation(words, true)))
        };
        // A group for each kind, in the order of [`KINDS`]. The English pattern's lazy DFA has
        // more states than the default cache holds, which was cleared and built again all
        // through an audit: over every line of the corpus, in one thread, 532 ms with 1 MiB,
        // 179 ms with 2 MiB, 177 ms with 4 MiB.
        let patterns = lang
            .benefit_patterns
            .iter()
            .map(|(code, by_kind)| {
                let groups: Vec<String> = KINDS
                    .iter()
                    .filter_map(|kind| {
                        let p = by_kind.get(*kind).filter(|p| !p.is_empty())?;
                        Some(format!("(?P<{kind}>{})", p.join("|")))
                    })
                    .collect();
                let pattern = format!("(?i){}", groups.join("|"));
                (code.clone(), PackPattern::with_dfa_cache(pattern, 2 << 20))
            })
            .collect();
        let found = BenefitWords {
            patterns,
            words,
            kinds,
            bare,
            care_after: near(&not.care_after, r"(?i)^\s*{}"),
            care_before: near(&not.care_before, r"(?i){}\s+$"),
            // The dot of a one-letter abbreviation ends no sentence: "(i.e. annual bonus)".
            denied_before: near(
                &not.denied_before,
                r"(?i){}(?:(?u:[^.!?;])|(?-u:\b)[a-z]\.)*$",
            ),
            traits_before: near(&not.traits_before, r"(?i){}(?u:[^.!?;])*$"),
            leave_before: near(&not.leave_before, r"(?i){}\s+$"),
            leave_after: near(&not.leave_after, r"(?i)^\s*{}"),
        };
        // A user's words are compiled now, to tell what is wrong with them.
        if !lang.user_files.is_empty() {
            for (_, p) in &found.patterns {
                p.compile().map_err(|e| error("benefit_patterns", e))?;
            }
            found
                .bare
                .compile()
                .map_err(|e| error("benefits_bare", e))?;
            for p in found.context() {
                p.compile().map_err(|e| error("not_benefits", e))?;
            }
        }
        Ok(found)
    }

    fn context(&self) -> [&PackPattern; 6] {
        [
            &self.care_after,
            &self.care_before,
            &self.denied_before,
            &self.traits_before,
            &self.leave_before,
            &self.leave_after,
        ]
    }

    /// Compiles the patterns made of the packs' words now (see [`super::compile_patterns`]).
    pub(crate) fn compile(&self) {
        for (_, p) in &self.patterns {
            p.get();
        }
        self.bare.get();
        for p in self.context() {
            p.get();
        }
    }

    fn find(&self, scan: &Scan, out: &mut Vec<Fact<Benefit>>) {
        let Some(words) = &self.words else { return };
        for seg in &scan.segments {
            for (m, i) in words.find_iter(scan.slice(seg.span)) {
                // The word of a language that counts here.
                if let Some((_, kind)) = self.kinds[i].iter().find(|(code, _)| scan.counts_in(code))
                {
                    let span = Span::new(m.start(), m.end()).offset(seg.span.start);
                    out.push(Fact::new(*kind, span));
                }
            }
        }
    }
}

/// At most this many words in a line of a benefits section whose bare words ("Medical") name
/// benefits.
const BARE_WORDS_MAX: usize = 12;

/// Whether a match names a benefit where it stands: not "health care" as an industry ("a
/// health care organization"), nor a trait in a list of protected ones.
fn is_benefit_here(
    scan: &Scan,
    words: &BenefitWords,
    c: &crate::re::Captures<'_>,
    seg: &super::scan::Segment,
) -> bool {
    let text = scan.slice(seg.span);
    let m = c.get(0).expect("group 0 always matches");
    let care = m.as_str().to_ascii_lowercase();
    // Words just after or just before the match that make it something else.
    let beside = |after: &PackPattern, before: &PackPattern| {
        after.get().is_match(crate::re::head(&text[m.end()..]))
            || crate::re::before(before.get(), text, m.start())
    };
    if (care.ends_with("care") || care.ends_with("healthcare"))
        && beside(&words.care_after, &words.care_before)
    {
        return false;
    }
    if care.ends_with("leave") && beside(&words.leave_after, &words.leave_before) {
        return false;
    }
    let mut from = m.start().saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..m.start()];
    !words.traits_before.get().is_match(before) && !words.denied_before.get().is_match(before)
}

/// The concrete benefits a posting names.
pub fn benefits(scan: &Scan, words: &BenefitWords) -> Vec<Fact<Benefit>> {
    let in_section = scan
        .segments
        .iter()
        .filter(|seg| {
            seg.section.as_deref() == Some("benefits")
                && seg.kind != SegmentKind::Heading
                // A list's short item, not a sentence about the company ("We are
                // reinventing healthcare").
                && scan.slice(seg.span).split_whitespace().count() <= BARE_WORDS_MAX
        })
        .flat_map(|seg| {
            words
                .bare
                .get()
                .captures_iter(scan.slice(seg.span))
                .map(move |c| (c, seg))
        });
    let mut found = words
        .patterns
        .iter()
        .filter(|(code, _)| scan.counts_in(code))
        .flat_map(|(_, re)| scan.matches(re.get()))
        .chain(in_section)
        .filter(|(c, seg)| is_benefit_here(scan, words, c, seg))
        .map(|(c, seg)| {
            let kind = KINDS
                .iter()
                .find(|kind| c.name(kind).is_some())
                .and_then(|kind| Benefit::from_name(kind))
                .unwrap_or(Benefit::Other);
            let mut span = match_span(&c, seg);
            // A word run into the next by a scraper ("Referral BonusPfizer"): without the
            // next word's capital.
            if scan.slice(span).ends_with(|c: char| c.is_ascii_uppercase()) {
                span.end -= 1;
            }
            Fact::new(kind, span)
        })
        .collect::<Vec<_>>();
    words.find(scan, &mut found);
    // A word in a benefits section may also be part of a phrase found anywhere: keep one.
    found.sort_by_key(|f| (f.span.start, std::cmp::Reverse(f.span.end)));
    found.dedup_by(|later, earlier| earlier.span.end > later.span.start);
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn kinds(text: &str) -> Vec<&'static str> {
        let src = Source::new("t", format!("Title\n\n{text}\n"), Format::Text);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let words = BenefitWords::new(&crate::rules::builtin_vocabulary().lang).unwrap();
        benefits(&Scan::new(&src.text, &doc), &words)
            .into_iter()
            .map(|f| f.value.as_str())
            .collect()
    }

    #[test]
    fn what_a_pay_range_leaves_out_is_no_benefit() {
        assert!(
            kinds("The range is base pay only and does not include other pay (i.e. annual bonus, commission).")
                .is_empty()
        );
        assert!(kinds("Figures do not reflect equity grants or a signing bonus.").is_empty());
        // A benefit in the next sentence still counts.
        assert_eq!(
            kinds("The range does not include bonus. We offer a 401(k) with a match."),
            ["retirement"]
        );
    }

    #[test]
    fn health_care_as_an_industry_or_a_trait_is_no_benefit() {
        assert!(kinds("Two years at a health care organization.").is_empty());
        assert!(kinds("We sell software to healthcare providers.").is_empty());
        assert!(
            kinds("We hire without regard to age, disability, family or medical care leave, or veteran status.")
                .is_empty()
        );
        // A benefit after such a list, in its own sentence, still counts.
        assert_eq!(
            kinds(
                "We hire without regard to age or disability. Health care coverage from day one."
            ),
            ["health"]
        );
        assert_eq!(kinds("Medical care plans for your family."), ["health"]);
    }

    /// The text of each benefit found in a Markdown posting.
    fn found_in_markdown(posting: &str) -> Vec<String> {
        let src = Source::new("t", posting, Format::Markdown);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let words = BenefitWords::new(&crate::rules::builtin_vocabulary().lang).unwrap();
        benefits(&Scan::new(&src.text, &doc), &words)
            .iter()
            .map(|f| src.slice(f.span).to_string())
            .collect()
    }

    #[test]
    fn bare_words_of_a_benefits_section_count_in_its_short_lines_only() {
        let posting = "# Courier\n\n## Perks\n\n- Dental\n- We are changing how healthcare reaches patients in every town across the region\n";
        let found = found_in_markdown(posting);
        assert_eq!(found, ["Dental"]);
    }

    #[test]
    fn credits_discounts_and_stipends_listed_as_benefits_count() {
        let posting = "# Host\n\n## Benefits\n\n- Credits for our guest houses\n- A discount in the shop\n- Highly competitive allowances\n\n## About us\n\nWe give store credits to customers.\n";
        let found = found_in_markdown(posting);
        // "Competitive allowances" names none in particular; outside the benefits section,
        // credits are the company's business.
        assert_eq!(found, ["Credits", "discount"]);
    }

    #[test]
    fn a_benefit_the_role_does_not_have_or_care_as_a_field_is_none() {
        assert!(
            kinds("Freelancers are not eligible for benefits such as health insurance or paid time off.")
                .is_empty()
        );
        assert!(
            kinds("We are reinventing care in conventional health care, for seniors.").is_empty()
        );
        // In the next sentence, a benefit counts again.
        assert_eq!(
            kinds("Contractors are not eligible. Employees get paid time off."),
            ["time_off"]
        );
    }

    #[test]
    fn words_around_a_benefit_are_read_from_the_phrases_of_the_pack() {
        // Bare words of a benefits section, a 401(k) written with a space.
        let posting = "# Driver\n\n## Benefits\n\n- 401 (k)\n- Vision\n- Stipends\n";
        assert_eq!(
            found_in_markdown(posting),
            ["401 (k)", "Vision", "Stipends"]
        );
        // Protected traits after "discriminate against anyone on", a denial with "be".
        assert!(
            kinds("We never discriminate against anyone on age, pregnancy or family leave.")
                .is_empty()
        );
        assert!(kinds("Seasonal staff will not be entitled to paid time off.").is_empty());
        assert!(kinds("We build tools for traditional health care.").is_empty());
        assert_eq!(
            kinds("Health care plan for staff and families."),
            ["health"]
        );
    }

    #[test]
    fn other_support_the_posting_names_is_a_benefit() {
        for text in [
            "A $600 yearly learning budget.",
            "Free lunch on office days.",
            "A free shift meal every shift.",
            "Relocation assistance available.",
            "Relocation services for out-of-town hires.",
            "Employee discounts on our products.",
            "A company car and fuel card.",
            "Employee travel credits every year.",
            "Transportation fee coverage for interns.",
        ] {
            assert_eq!(kinds(text), ["other"], "{text}");
        }
    }

    #[test]
    fn stipends_for_a_purpose_and_sabbaticals_are_benefits() {
        assert_eq!(kinds("A $120 monthly lunch stipend."), ["other"]);
        assert_eq!(
            kinds("Commuter stipend and a phone allowance."),
            ["other", "other"]
        );
        assert_eq!(kinds("A paid sabbatical after six years."), ["time_off"]);
        // A stipend as the pay of an internship names no benefit.
        assert!(kinds("Interns receive a monthly stipend.").is_empty());
    }

    #[test]
    fn a_leave_the_role_covers_is_no_benefit() {
        assert!(kinds("We need a temporary clerk to cover a parental leave.").is_empty());
        assert!(kinds("A 12-month maternity leave cover in our finance team.").is_empty());
        // The same leave offered to the one hired is.
        assert_eq!(kinds("We offer a generous parental leave."), ["time_off"]);
        assert_eq!(
            kinds("Parental leave top-up to 90% of salary."),
            ["time_off"]
        );
    }

    #[test]
    fn a_bonus_run_into_the_next_word_counts() {
        let src = Source::new(
            "t",
            "Title\n\nEligible for Employee Referral BonusAcme Corp\n",
            Format::Text,
        );
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let words = BenefitWords::new(&crate::rules::builtin_vocabulary().lang).unwrap();
        let found = benefits(&Scan::new(&src.text, &doc), &words);
        assert_eq!(found.len(), 1);
        assert_eq!(src.slice(found[0].span), "Referral Bonus");
    }

    #[test]
    fn concrete_benefits_are_named() {
        assert_eq!(
            kinds("We offer medical, dental and vision insurance."),
            ["health"]
        );
        assert_eq!(kinds("401(k) with a 4% match"), ["retirement"]);
        assert_eq!(
            kinds("20 days of paid vacation and parental leave"),
            ["time_off", "time_off"]
        );
        assert_eq!(kinds("Competitive salary plus equity."), ["equity"]);
        assert_eq!(kinds("An annual bonus of up to 10%."), ["bonus"]);
        assert_eq!(
            kinds("Life insurance and tuition reimbursement"),
            ["insurance", "other"]
        );
        assert_eq!(kinds("Unlimited PTO"), ["time_off"]);
        assert_eq!(kinds("提供五险一金和年终奖"), ["insurance", "bonus"]);
    }

    #[test]
    fn words_run_together_and_bare_words_in_a_benefits_section() {
        assert_eq!(
            kinds("Benefits:Competitive Salary401KMedicalBonus ProgramStock Options"),
            ["retirement", "bonus", "equity"]
        );
        assert_eq!(
            kinds("Comprehensive benefitsRetirement plan, PTO & holidays"),
            ["retirement", "time_off"]
        );
        assert_eq!(kinds("Competitive cash + real equity"), ["equity"]);
        assert_eq!(
            kinds("Stock options at a startupHealth & dental benefitsDaily lunches"),
            ["equity", "health"]
        );
        assert_eq!(
            kinds("Bonus plan and UNLIMITED time off. 100% matched retirement fund."),
            ["bonus", "time_off", "retirement"]
        );
        let src = Source::new(
            "t.md",
            "# Job\n\n## Benefits\n\n- Medical\n- 401k\n",
            Format::Markdown,
        );
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let words = BenefitWords::new(&crate::rules::builtin_vocabulary().lang).unwrap();
        let found: Vec<_> = benefits(&Scan::new(&src.text, &doc), &words)
            .into_iter()
            .map(|f| f.value)
            .collect();
        assert_eq!(found, [Benefit::Health, Benefit::Retirement]);
        // The same words elsewhere do not count.
        assert!(
            kinds("Our medical devices ship with a vision system and a leave-behind manual.")
                .is_empty()
        );
    }

    #[test]
    fn vague_or_unrelated_words_are_not_benefits() {
        assert!(kinds("Great benefits and a fun team!").is_empty());
        assert!(kinds("A competitive benefits package.").is_empty());
        assert!(kinds("Experience with Kubernetes is a bonus.").is_empty());
        assert!(kinds("We are committed to diversity, equity and inclusion.").is_empty());
        assert!(kinds("You will advise on pay equity and health policy research.").is_empty());
        assert!(kinds("Manage the vision for our product.").is_empty());
    }

    #[test]
    fn benefits_in_other_languages_count_in_postings_of_that_language() {
        assert_eq!(
            kinds(
                "Wir bieten dir 30 Tage Urlaub, ein Jobrad und eine betriebliche Altersvorsorge mit Zuschuss des Arbeitgebers."
            ),
            ["time_off", "other", "retirement", "other"]
        );
        assert_eq!(
            kinds(
                "Nous proposons une mutuelle prise en charge à 60 %, des tickets restaurant et une prime annuelle sur objectifs."
            ),
            ["health", "other", "bonus"]
        );
        assert_eq!(
            kinds(
                "Oferecemos plano de saúde, vale-refeição e participação nos lucros para toda a equipe."
            ),
            ["health", "other", "bonus"]
        );
        // Training offered, flexible hours and equipment, as postings in those languages name them.
        assert_eq!(
            kinds(
                "Bei uns erwarten dich vielfältige Weiterbildungsmöglichkeiten und ein strukturiertes Trainingsprogramm für den Einstieg."
            ),
            ["other", "other"]
        );
        assert_eq!(
            kinds(
                "Te ofrecemos un presupuesto para formación de 300 € al año y un horario libre para organizar tu semana."
            ),
            ["other", "other"]
        );
        assert_eq!(
            kinds(
                "Onze werktijden zijn flexibel en via de BYOD regeling kies je zelf je laptop voor het werk."
            ),
            ["other", "other"]
        );
        // A participle: insured on top of the statutory cover.
        assert_eq!(
            kinds(
                "Każdy monter pracujący na budowach za granicą jest dodatkowo ubezpieczony na koszt firmy, a nocleg zapewniamy w hotelu."
            ),
            ["insurance"]
        );
        // The same words in an English posting are English words.
        assert!(kinds("This prime location is two minutes from campus; each semester we host a premium variable-rate event.").is_empty());
    }

    /// Benefits as patterns are the packs' (`benefit_patterns`): a user's pack adds some, in
    /// postings of its language; one that does not compile is an error naming its key.
    #[test]
    fn a_users_pack_adds_benefit_patterns() {
        let file = "mine/vocab/lang/es.yaml";
        let head = "language: es\nname: Spanish\ndetector: spa\nbenefit_patterns:\n  other: ";
        let text = "# Dependiente de tienda\n\nBuscamos una persona para nuestra tienda de Valencia, con contrato indefinido y jornada completa de lunes a viernes.\n\nOfrecemos una cesta de Navidad para toda la plantilla.\n";
        let kinds = |pattern: &str| {
            let f = crate::facts::facts_with_pack(
                file,
                &format!("{head}['{pattern}']\n"),
                text,
                Format::Markdown,
            )
            .unwrap();
            f.benefits.iter().map(|b| b.value).collect::<Vec<_>>()
        };
        assert!(!kinds("ninguna\\s+cosa").contains(&Benefit::Other));
        assert!(kinds("cesta\\s+de\\s+navidad").contains(&Benefit::Other));
        let e = crate::facts::facts_with_pack(
            file,
            &format!("{head}['cesta\\s+(de']\n"),
            text,
            Format::Markdown,
        )
        .expect_err("an error");
        assert_eq!(
            (e.key, e.files),
            ("benefit_patterns", vec![file.to_string()])
        );
    }
}
