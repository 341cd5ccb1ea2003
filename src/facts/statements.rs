//! Statements a posting makes about the employer: equal opportunity / non-discrimination.
//!
//! An EEO statement says the employer does not discriminate or is an equal-opportunity
//! employer: "X is an equal opportunity employer", "EOE M/F/D/V", "all qualified applicants will
//! receive consideration without regard to race, ...", "we do not discriminate on the basis of
//! ...", "affirmative action employer". Saying that diversity matters ("Equal opportunity is
//! important to us", "we value diversity") is not a statement of non-discrimination.

use super::Fact;
use super::scan::{Scan, match_span};
use crate::re::{PackPattern, Regex, WordSet, phrase_alternation};
use crate::source::Span;

/// What an equal-opportunity statement's paragraph covers, for the duties of US federal
/// contractors: VEVRAA (protected veterans), Section 503 (disability), and before 2025-01-21
/// EO 11246 (its list of grounds, or "Equal Opportunity Employer").
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Eeo {
    pub veterans: bool,
    pub disability: bool,
    pub eo11246: bool,
}

/// Places where the posting states non-discrimination or equal opportunity.
pub fn eeo(scan: &Scan, words: &EeoWords) -> Vec<Fact<Eeo>> {
    let mut found: Vec<Fact<Eeo>> = words
        .patterns
        .iter()
        .filter(|(code, _)| scan.counts_in(code))
        .flat_map(|(_, re)| per_paragraph(scan, re.get(), |paragraph| words.facets(paragraph)))
        .collect();
    // In the order of the text, whichever pack's pattern found them.
    found.sort_by_key(|f| f.span.start);
    words.find(scan, &mut found);
    found
}

/// Non-discrimination statements in the words of the language packs: a whole phrase
/// ("égalité des chances"), or a "regardless of" word followed by a protected ground in the
/// same sentence ("unabhängig von Geschlecht, Herkunft und Alter"). Counted in postings of
/// the pack's language. Word lists, so matched with aho-corasick (see [`WordSet`]).
#[derive(Clone)]
pub struct EeoWords {
    /// (detector code, the pack's `eeo.patterns`) of each pack that has them.
    patterns: Vec<(String, PackPattern)>,
    /// Every pack's phrases and "regardless" words.
    cues: Option<WordSet>,
    /// For each cue: the detector code of its pack, and whether it is a whole statement.
    cue_of: Vec<(String, bool)>,
    /// Every pack's protected grounds, each counting from the start of a word.
    grounds: Option<WordSet>,
    /// The detector codes of the packs that name each ground.
    ground_of: Vec<Vec<String>>,
    /// The length in bytes of the longest ground.
    longest_ground: usize,
    /// Every pack's phrases that say what a statement covers (see [`Eeo`]).
    veterans: PackPattern,
    disability: PackPattern,
    tagline: PackPattern,
    /// Each pack's `eeo.tagline_grounds`, lowercased: the grounds EO 11246's tagline lists.
    tagline_grounds: Vec<Vec<Vec<String>>>,
}

/// How far (in characters) a protected ground may follow its "regardless of" word.
const GROUNDS_WINDOW: usize = 150;

impl EeoWords {
    /// # Errors
    /// When the packs' words make a word set that cannot be built (see
    /// [`crate::vocab::WordsError`]).
    pub fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "eeo", e);
        let (mut cues, mut cue_of, mut grounds) = (vec![], vec![], vec![]);
        let mut ground_of: Vec<Vec<String>> = vec![];
        for (code, eeo) in &lang.eeo {
            // "Regardless" words count only where the pack names grounds to follow them.
            let regardless = if eeo.grounds.is_empty() {
                &[][..]
            } else {
                &eeo.regardless[..]
            };
            for (words, whole) in [(&eeo.phrases[..], true), (regardless, false)] {
                cues.extend(words.iter().cloned());
                cue_of.extend(words.iter().map(|_| (code.clone(), whole)));
            }
            // A ground of several packs ("gender", English and Dutch) is one word of the set,
            // with every pack that names it: a set reports one of equal words.
            for g in &eeo.grounds {
                let key = g.trim().to_lowercase();
                match grounds
                    .iter()
                    .position(|w: &String| w.trim().to_lowercase() == key)
                {
                    Some(i) => ground_of[i].push(code.clone()),
                    None => {
                        grounds.push(g.clone());
                        ground_of.push(vec![code.clone()]);
                    }
                }
            }
        }
        let phrases = |of: fn(&crate::vocab::PackEeo) -> &Vec<String>| {
            let words: Vec<String> = lang.eeo.iter().flat_map(|(_, e)| of(e).clone()).collect();
            PackPattern::new(format!("(?i){}", phrase_alternation(&words, true)))
        };
        // Each pack's statements as one pattern, ignoring case.
        let patterns = lang
            .eeo
            .iter()
            .filter(|(_, e)| !e.patterns.is_empty())
            .map(|(code, e)| (code.clone(), PackPattern::new(any_of(&e.patterns))))
            .collect();
        let words = EeoWords {
            patterns,
            cues: WordSet::new(&cues, false).map_err(error)?,
            cue_of,
            longest_ground: grounds.iter().map(String::len).max().unwrap_or(0),
            grounds: WordSet::new(&grounds, true).map_err(error)?,
            ground_of,
            veterans: phrases(|e| &e.veterans),
            disability: phrases(|e| &e.disability),
            tagline: phrases(|e| &e.tagline),
            tagline_grounds: lang
                .eeo
                .iter()
                .filter(|(_, e)| !e.tagline_grounds.is_empty())
                .map(|(_, e)| {
                    let lower = |g: &Vec<String>| g.iter().map(|w| w.to_lowercase()).collect();
                    e.tagline_grounds.iter().map(lower).collect()
                })
                .collect(),
        };
        // A user's words are compiled now, to tell what is wrong with them.
        if !lang.user_files.is_empty() {
            let patterns = words.patterns.iter().map(|(_, p)| p);
            for p in [&words.veterans, &words.disability, &words.tagline]
                .into_iter()
                .chain(patterns)
            {
                p.compile().map_err(error)?;
            }
        }
        Ok(words)
    }

    /// What the paragraph of a statement covers.
    fn facets(&self, paragraph: &str) -> Eeo {
        let lower = paragraph.to_lowercase();
        Eeo {
            veterans: self.veterans.get().is_match(paragraph),
            disability: self.disability.get().is_match(paragraph),
            eo11246: self.tagline.get().is_match(paragraph)
                || self.tagline_grounds.iter().any(|grounds| {
                    grounds
                        .iter()
                        .all(|g| g.iter().any(|w| lower.contains(w.as_str())))
                }),
        }
    }

    /// Compiles the patterns made of the packs' words now (see [`super::compile_patterns`]).
    pub(crate) fn compile(&self) {
        let patterns = self.patterns.iter().map(|(_, p)| p);
        for p in [&self.veterans, &self.disability, &self.tagline]
            .into_iter()
            .chain(patterns)
        {
            p.get();
        }
    }

    fn find(&self, scan: &Scan, out: &mut Vec<Fact<Eeo>>) {
        let Some(cues) = &self.cues else { return };
        for seg in &scan.segments {
            let text = scan.slice(seg.span);
            for (m, i) in cues.find_iter(text) {
                let (code, whole) = &self.cue_of[i];
                if !scan.counts_in(code) {
                    continue;
                }
                let end = if *whole {
                    Some(m.end())
                } else {
                    self.ground_after(text, m.end(), code)
                };
                if let Some(end) = end {
                    let span = Span::new(m.start(), end).offset(seg.span.start);
                    out.push(Fact::new(Eeo::default(), span));
                }
            }
        }
    }

    /// Where a protected ground of pack `code` ends that starts within [`GROUNDS_WINDOW`]
    /// characters of `from`, in the same sentence.
    fn ground_after(&self, text: &str, from: usize, code: &str) -> Option<usize> {
        let grounds = self.grounds.as_ref()?;
        // Enough bytes for the window and the longest ground; never the rest of a long line.
        let reach = crate::re::floor_char_boundary(
            text,
            (from + GROUNDS_WINDOW * 4 + self.longest_ground).min(text.len()),
        );
        let rest = &text[from..reach];
        let sentence = rest.find(['.', '!', '?', ';', '\n']).unwrap_or(rest.len());
        let window = rest[..sentence]
            .char_indices()
            .nth(GROUNDS_WINDOW)
            .map_or(sentence, |(i, _)| i);
        // A ground may start in the window and end after it ("Geschlecht" at its edge).
        grounds
            .find_iter(&rest[..sentence])
            .find(|(m, i)| m.start() <= window && self.ground_of[*i].iter().any(|c| c == code))
            .map(|(m, _)| from + m.end())
    }
}

/// A pack's patterns (regular expressions) as one, ignoring case: each its own group, so that
/// a flag in one stays in it.
pub(crate) fn any_of(patterns: &[String]) -> String {
    let groups: Vec<String> = patterns.iter().map(|p| format!("(?:{p})")).collect();
    format!("(?i){}", groups.join("|"))
}

/// A fact for each match of `re`, with what `read` makes of the match's paragraph. Each
/// paragraph is read once, however many matches it holds: a paragraph may be a whole posting
/// on one line.
fn per_paragraph<T: Copy>(scan: &Scan, re: &Regex, read: impl Fn(&str) -> T) -> Vec<Fact<T>> {
    let mut last: Option<(Span, T)> = None;
    scan.matches(re)
        .map(|(c, seg)| {
            let value = match last {
                Some((span, value)) if span == seg.span => value,
                _ => {
                    let value = read(scan.slice(seg.span));
                    last = Some((seg.span, value));
                    value
                }
            };
            Fact::new(value, match_span(&c, seg))
        })
        .collect()
}

/// A statement that limits the job to citizens ("U.S. citizens only", "must be a US citizen",
/// "citizenship required"), and whether its paragraph ties it to a security clearance or export
/// control, which a law or government contract requires (so the statement is allowed).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CitizenshipRequirement {
    pub clearance: bool,
}

/// Citizenship requirements in the words of the language packs ("deutsche
/// Staatsangehörigkeit", "nationalité française"), with the words that make one no limit and
/// those of a clearance or public office. Counted in postings of any language: the phrases name
/// a country's nationality.
#[derive(Clone)]
pub struct CitizenshipWords {
    required: Option<WordSet>,
    not_limit: Option<WordSet>,
    clearance: Option<WordSet>,
    /// Every pack's clearance words as phrases of whole words.
    clearance_phrases: PackPattern,
    /// Every pack's `citizenship.patterns`: statements that limit the job to citizens.
    patterns: Option<PackPattern>,
}

/// How far after a nationality words that make it no limit may be, in its sentence.
const NOT_LIMIT_WINDOW: usize = 120;

impl CitizenshipWords {
    /// # Errors
    /// When the packs' words make a word set that cannot be built (see
    /// [`crate::vocab::WordsError`]).
    pub fn new(lang: &crate::vocab::LanguageWords) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "citizenship", e);
        let words = &lang.citizenship;
        let near = |w: &[String]| WordSet::new(w, true).map_err(error);
        let clearance_phrases = PackPattern::new(format!(
            "(?i){}",
            phrase_alternation(&words.clearance_phrases, true)
        ));
        let patterns =
            (!words.patterns.is_empty()).then(|| PackPattern::new(any_of(&words.patterns)));
        if !lang.user_files.is_empty() {
            clearance_phrases.compile().map_err(error)?;
            if let Some(p) = &patterns {
                p.compile().map_err(error)?;
            }
        }
        Ok(CitizenshipWords {
            patterns,
            required: near(&words.required)?,
            not_limit: near(&words.not_limit)?,
            clearance: near(&words.clearance)?,
            clearance_phrases,
        })
    }

    /// Compiles the patterns made of the packs' words now (see [`super::compile_patterns`]).
    pub(crate) fn compile(&self) {
        self.clearance_phrases.get();
        if let Some(p) = &self.patterns {
            p.get();
        }
    }

    fn clearance(&self, paragraph: &str) -> bool {
        self.clearance_phrases.get().is_match(paragraph)
            || self
                .clearance
                .as_ref()
                .is_some_and(|words| words.is_match(paragraph))
    }
}

/// Statements that limit the job to citizens, in English and in the words of the packs.
pub fn citizenship(scan: &Scan, words: &CitizenshipWords) -> Vec<Fact<CitizenshipRequirement>> {
    let mut out = match &words.patterns {
        Some(re) => per_paragraph(scan, re.get(), |paragraph| CitizenshipRequirement {
            clearance: words.clearance(paragraph),
        }),
        None => Vec::new(),
    };
    let Some(required) = &words.required else {
        return out;
    };
    let found = scan.segments.iter().flat_map(|seg| {
        required
            .find_iter(scan.slice(seg.span))
            .map(move |(m, _)| (m.range(), seg))
    });
    for (range, seg) in found {
        let paragraph = scan.slice(seg.span);
        let end = range.end;
        // The rest of its sentence: "die deutsche Staatsangehörigkeit oder eine gültige
        // Arbeitserlaubnis" asks for the right to work.
        let after = super::experience::head_chars(&paragraph[end..], NOT_LIMIT_WINDOW);
        let sentence = after
            .split(['.', '!', '?', ';', '\n'])
            .next()
            .unwrap_or(after);
        if words
            .not_limit
            .as_ref()
            .is_some_and(|words| words.is_match(sentence))
        {
            continue;
        }
        out.push(Fact::new(
            CitizenshipRequirement {
                clearance: words.clearance(paragraph),
            },
            Span::new(range.start, range.end).offset(seg.span.start),
        ));
    }
    out.sort_by_key(|f| f.span.start);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn found(text: &str) -> Vec<Fact<Eeo>> {
        let src = Source::new("t", format!("Title\n\n{text}\n"), Format::Text);
        let vocab = crate::rules::builtin_vocabulary();
        let doc = Document::parse(&src, vocab);
        eeo(
            &Scan::new(&src.text, &doc),
            &EeoWords::new(&vocab.lang).unwrap(),
        )
    }

    fn has_eeo(text: &str) -> bool {
        !found(text).is_empty()
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

    fn facets(text: &str) -> Eeo {
        found(text).iter().fold(Eeo::default(), |a, f| Eeo {
            veterans: a.veterans || f.value.veterans,
            disability: a.disability || f.value.disability,
            eo11246: a.eo11246 || f.value.eo11246,
        })
    }

    #[test]
    fn federal_contractor_taglines() {
        let short = facets("EOE including disability and vet");
        assert!(short.veterans && short.disability && short.eo11246);
        let long = facets(
            "All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability or protected veteran status.",
        );
        assert!(long.veterans && long.disability && long.eo11246);
        let partial = facets("We do not discriminate on the basis of race or religion.");
        assert!(!partial.veterans && !partial.disability && !partial.eo11246);
        assert!(facets("EOE M/F/D/V").veterans);
        assert!(!facets("Our vets clinic is an equal opportunity employer.").disability);
    }

    #[test]
    fn what_a_statement_covers_is_read_from_the_phrases_of_the_pack() {
        // "Section 503" with any spaces, "handicap" as a start of a word, the tagline run into
        // the word before it by a scraper.
        let tagline = facets("Acme Freight welcomes youEqual Opportunity Employer");
        assert!(tagline.eo11246 && !tagline.veterans && !tagline.disability);
        let law = facets("We do not discriminate, as Section  503 asks of us.");
        assert!(law.disability && !law.veterans && !law.eo11246);
        assert!(facets("We do not discriminate against handicapped people.").disability);
        assert!(facets("EOE M/F/Vet").veterans);
        assert!(!facets("Vetted suppliers only. We are an EOE.").veterans);
    }

    #[test]
    fn a_clearance_is_a_whole_word_and_its_spaces_are_free() {
        let clearance = |text: &str| {
            let src = Source::new("t", format!("Title\n\n{text}\n"), Format::Text);
            let vocab = crate::rules::builtin_vocabulary();
            let doc = Document::parse(&src, vocab);
            let words = CitizenshipWords::new(&vocab.lang).unwrap();
            citizenship(&Scan::new(&src.text, &doc), &words)
                .into_iter()
                .map(|f| f.value.clearance)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            clearance("US citizens only; the post needs TS / SCI."),
            [true]
        );
        assert_eq!(
            clearance("US citizens only, for federal positions."),
            [true]
        );
        assert_eq!(
            clearance("US citizens only. Reports to the Secretary."),
            [false]
        );
    }

    #[test]
    fn citizenship_limits_and_their_clearance_context() {
        let found = |text: &str| {
            let src = Source::new("t", format!("Title\n\n{text}\n"), Format::Text);
            let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
            let vocab = crate::rules::builtin_vocabulary();
            let words = CitizenshipWords::new(&vocab.lang).unwrap();
            citizenship(&Scan::new(&src.text, &doc), &words)
                .into_iter()
                .map(|f| f.value.clearance)
                .collect::<Vec<_>>()
        };
        assert_eq!(found("U.S. citizens only."), [false]);
        assert_eq!(found("Applicants must be a US citizen."), [false]);
        assert_eq!(found("US citizenship required."), [false]);
        assert_eq!(
            found("Must be a US citizen with an active TS/SCI clearance."),
            [true]
        );
        assert!(found("Must be authorized to work in the United States.").is_empty());
        assert!(found("We help citizens use public services.").is_empty());
        // The same in the words of the language packs.
        assert_eq!(
            found("Voraussetzung: die deutsche Staatsangehörigkeit."),
            [false]
        );
        assert_eq!(found("Vous êtes de nationalité française."), [false]);
        assert_eq!(found("Requisito: nacionalidad española."), [false]);
        assert_eq!(found("Requisiti: cittadinanza italiana."), [false]);
        assert_eq!(found("Je hebt de Nederlandse nationaliteit."), [false]);
        assert_eq!(found("Wymagamy obywatelstwa polskiego."), [false]);
        assert_eq!(found("É necessário ter nacionalidade brasileira."), [false]);
        assert_eq!(found("Du måste ha svenskt medborgarskap."), [false]);
        // One way to the right to work, or denied: no limit.
        assert!(
            found("Sie haben die deutsche Staatsangehörigkeit oder eine gültige Arbeitserlaubnis.")
                .is_empty()
        );
        assert!(found("Obywatelstwo polskie lub karta pobytu.").is_empty());
        assert!(found("Die deutsche Staatsangehörigkeit ist nicht erforderlich.").is_empty());
        // A clearance or public office in its paragraph asks for it by law.
        assert_eq!(
            found("Tjänsten är säkerhetsklassad och kräver svenskt medborgarskap."),
            [true]
        );
        assert_eq!(
            found("Poste soumis à une habilitation secret défense : nationalité française exigée."),
            [true]
        );
    }

    #[test]
    fn statements_in_other_languages() {
        assert!(has_eeo(
            "Wir freuen uns auf deine Bewerbung – unabhängig von Geschlecht, Herkunft, Religion oder Alter."
        ));
        assert!(has_eeo(
            "Tous nos postes sont ouverts aux personnes en situation de handicap. Nous recrutons sans distinction d'origine ou de sexe."
        ));
        assert!(has_eeo(
            "Valoramos a diversidade e contratamos independentemente de gênero, raça ou orientação sexual."
        ));
        // A "regardless" word without a protected ground is not a statement.
        assert!(!has_eeo(
            "Wir suchen Verstärkung für unser Team, unabhängig von deiner bisherigen Branche. Bewirb dich jetzt."
        ));
        // A gender marker in a title says the role is open to all genders; it is not a
        // statement of non-discrimination.
        assert!(!has_eeo(
            "Softwareentwickler (m/w/d) gesucht für unser Team in Köln."
        ));
        assert!(!has_eeo("Production Trainee M/F/D"));
    }

    #[test]
    fn a_ground_two_packs_name_counts_for_both() {
        // "gender" is an English and a Dutch ground: after Dutch "ongeacht" it counts.
        assert!(has_eeo(
            "Wij moedigen iedereen aan om bij ons team te solliciteren, ongeacht gender, want wij kijken naar wat je kunt en wie je bent."
        ));
        // And after the English pack's "on the grounds of", as before.
        assert!(has_eeo(
            "No applicant is turned away on the grounds of gender where they can do the work."
        ));
    }

    #[test]
    fn statements_in_the_words_of_the_english_pack() {
        // A commitment to equal access and a non-discriminatory process, in a statement under
        // a disability law: no "equal opportunity employer" and no "regardless of".
        assert!(has_eeo(
            "Our aim is to take down the obstacles that keep people from equal access to employment."
        ));
        assert!(has_eeo(
            "Fair Hiring: we run a non-discriminatory selection process with interviews in accessible formats."
        ));
        assert!(has_eeo(
            "No applicant is turned away on the grounds of disability where they can do the work."
        ));
        // A ground after its word names a protected trait; other grounds are no statement.
        assert!(!has_eeo(
            "Requests may be refused on the grounds of cost or missing paperwork."
        ));
        assert!(!has_eeo(
            "You will design non-discriminatory pricing models."
        ));
    }

    #[test]
    fn canadian_employment_equity_statements() {
        assert!(has_eeo(
            "Birchwood Transit is an employment equity employer and welcomes all applicants."
        ));
        assert!(has_eeo(
            "We are committed to employment equity and invite applications from women and Indigenous peoples."
        ));
        // The law named as a topic of the work is no statement.
        assert!(!has_eeo(
            "You will report on the firm's obligations under employment equity legislation."
        ));
    }

    #[test]
    fn vague_phrases_are_not_statements() {
        assert!(!has_eeo("Equal opportunity is important to us."));
        assert!(!has_eeo("We value diversity and inclusion."));
        assert!(!has_eeo(
            "We offer equal opportunities to grow your career."
        ));
    }

    /// Statements as patterns are the packs' (`eeo.patterns`): a user's pack adds some, counted
    /// in postings of its language.
    #[test]
    fn a_users_pack_adds_statement_patterns() {
        let pack = "language: fr\nname: French\ndetector: fra\neeo:\n  patterns: ['employeur\\s+inclusif\\s+et\\s+engag(?:é|e)']\n";
        let file = "mine/vocab/lang/fr.yaml";
        let french = "# Vendeur ou vendeuse (H/F)\n\nNotre magasin de Lyon recrute une personne pour conseiller nos clients et tenir la caisse.\n\nNous sommes un employeur inclusif et engagé.\n";
        let f = crate::facts::facts_with_pack(file, pack, french, Format::Markdown).unwrap();
        assert_eq!(f.eeo_statement.len(), 1, "{:?}", f.eeo_statement);
        // Not in a posting written only in English.
        let english = "# Sales Clerk\n\nOur store in Lyon is hiring a clerk to advise customers and run the till every weekday.\n\nWe are an employeur inclusif et engagé.\n";
        let f = crate::facts::facts_with_pack(file, pack, english, Format::Markdown).unwrap();
        assert!(f.eeo_statement.is_empty(), "{:?}", f.eeo_statement);
    }
}
