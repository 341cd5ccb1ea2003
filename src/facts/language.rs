//! The language a posting is written in, by whatlang's trigram model, for the words that
//! only mean something in one language ("CDD" is a French fixed-term contract, and Customer Due
//! Diligence in English; "B2B" a Polish contract, and a kind of business in English).

use crate::source::Span;

/// How much of a posting is read to tell its language: enough for the model, bounded for
/// postings of megabytes, and read again after each change in a language server. 2 KB tells
/// the same languages as 4 KB on every posting of the corpus, in half the time.
const SAMPLE: usize = 2048;

/// whatlang's code for English, the language of the built-in patterns.
pub const ENGLISH: &str = "eng";

/// The language of a text as whatlang's ISO 639-3 code (`deu`), or `None` when the text is too
/// short or mixed to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    Detector::all().detect(text)
}

/// A detector that tells apart English and the languages of `codes` (whatlang's codes of the
/// packs): only the languages a posting can be read in are worth telling, and comparing a text
/// with fewer languages' models is faster.
///
/// `packs` are each pack's detector code and common words (`common_words`), which tell the
/// language of a text too short for the model.
pub fn detector<'a>(packs: impl IntoIterator<Item = (&'a str, &'a [String])>) -> Detector {
    let packs: Vec<(&str, &[String])> = packs.into_iter().collect();
    let mut langs: Vec<whatlang::Lang> = packs
        .iter()
        .map(|(code, _)| *code)
        .chain([ENGLISH])
        .filter_map(whatlang::Lang::from_code)
        .collect();
    langs.sort_by_key(|l| l.code());
    langs.dedup();
    let mut words: Vec<(&'static str, Vec<String>)> = Vec::new();
    for (code, list) in packs {
        let Some(lang) = whatlang::Lang::from_code(code) else {
            continue;
        };
        if !list.is_empty() {
            words.push((lang.code(), list.iter().map(|w| w.to_lowercase()).collect()));
        }
    }
    let key = hash(&(langs.iter().map(|l| l.code()).collect::<Vec<_>>(), &words));
    Detector {
        whatlang: whatlang::Detector::with_allowlist(langs),
        key,
        words,
    }
}

/// whatlang's detector of some languages, which remembers what it told of the texts it read
/// last on this thread: a language server lints a posting again after every change, and most
/// of its sections are as they were (telling them again was most of a re-lint).
#[derive(Clone)]
pub struct Detector {
    whatlang: whatlang::Detector,
    /// Which languages it tells, in the memory's keys.
    key: u64,
    /// Each language's common words, for texts too short for the model.
    words: Vec<(&'static str, Vec<String>)>,
}

/// How many texts' languages a thread remembers: every section of a long posting.
const REMEMBERED: usize = 256;

thread_local! {
    static TOLD: std::cell::RefCell<std::collections::VecDeque<(u64, Option<&'static str>)>> =
        const { std::cell::RefCell::new(std::collections::VecDeque::new()) };
}

fn hash(value: &impl std::hash::Hash) -> u64 {
    use std::hash::{BuildHasher, BuildHasherDefault, DefaultHasher};
    BuildHasherDefault::<DefaultHasher>::default().hash_one(value)
}

impl Detector {
    /// Every language whatlang knows.
    pub fn all() -> Self {
        Detector {
            whatlang: whatlang::Detector::new(),
            key: 0,
            words: Vec::new(),
        }
    }

    /// The language of the start of `text` (up to [`SAMPLE`] bytes), when it can be told.
    fn detect(&self, text: &str) -> Option<&'static str> {
        let end = crate::re::floor_char_boundary(text, SAMPLE.min(text.len()));
        let text = &text[..end];
        let key = hash(&(self.key, text));
        let known = TOLD.with_borrow(|told| told.iter().find(|(k, _)| *k == key).map(|t| t.1));
        if let Some(code) = known {
            return code;
        }
        let code = self
            .whatlang
            .detect(text)
            .filter(whatlang::Info::is_reliable)
            .map(|info| info.lang().code())
            .or_else(|| self.by_common_words(text));
        TOLD.with_borrow_mut(|told| {
            if told.len() == REMEMBERED {
                told.pop_front();
            }
            told.push_back((key, code));
        });
        code
    }
}

/// A text of more words than this that the model cannot tell is mixed, not short: its common
/// words do not tell it either.
const SHORT_WORDS: usize = 80;

/// How much of a short text's common words must be one language's for it to be told by them:
/// the score (each common word counts 1, shared among the languages that list it) of the best
/// language, and how many times the runner-up's it must be.
const COMMON_MIN: f64 = 2.0;
const COMMON_LEAD: f64 = 1.5;

impl Detector {
    /// The language of a short text the model is unsure of ("Buscamos camarero/a para
    /// temporada de verano en Málaga": two lines of Spanish the trigrams take for
    /// Portuguese), by the packs' common words: a word counts for each language that lists
    /// it, shared among them ("de" is Spanish, French, Dutch and Portuguese). `None` when the
    /// text is long, or no language leads by enough.
    fn by_common_words(&self, text: &str) -> Option<&'static str> {
        if self.words.is_empty() {
            return None;
        }
        let mut score = vec![0.0_f64; self.words.len()];
        let mut count = 0;
        for word in text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
        {
            count += 1;
            if count > SHORT_WORDS {
                return None;
            }
            let word = word.to_lowercase();
            let listed: Vec<usize> = (0..self.words.len())
                .filter(|&i| self.words[i].1.contains(&word))
                .collect();
            for &i in &listed {
                score[i] += 1.0 / listed.len() as f64;
            }
        }
        let best = (0..score.len()).max_by(|&a, &b| score[a].total_cmp(&score[b]))?;
        let second = (0..score.len())
            .filter(|&i| i != best)
            .map(|i| score[i])
            .fold(0.0, f64::max);
        (score[best] >= COMMON_MIN && score[best] >= COMMON_LEAD * second)
            .then_some(self.words[best].0)
    }
}

/// A section of fewer characters is not told apart from the rest: the model needs some words,
/// and a short line of another language ("Deutsch: fließend") does not make a posting bilingual.
/// Low all the same: a language found in error only lets its pack's words count, as every
/// pack's did before languages were told; one missed loses the facts its words state.
const SECTION_MIN: usize = 100;

/// At most this much of a posting's sections is read to find further languages, and this much
/// of its lines for their scripts.
const SECTIONS_BUDGET: usize = 64 * 1024;
const SCRIPTS_BUDGET: usize = 256 * 1024;

/// How much of a section is read to tell its language.
const SECTION_SAMPLE: usize = 1024;

/// The languages a posting is written in, as whatlang's codes: its body's, then those of the
/// running text (paragraphs and list items) of sections long enough to tell (the second half of
/// a bilingual posting), then those of any of its `lines` in a script that tells its language
/// alone (Han is Chinese, Hangul Korean: "月薪：4000–8000 美元" in an English posting). Empty
/// when none can be told.
pub fn languages(
    detector: &Detector,
    text: &str,
    body: Span,
    sections: &[Vec<Span>],
    lines: impl Iterator<Item = Span>,
) -> Vec<&'static str> {
    let detect = |text: &str| detector.detect(text);
    let mut found: Vec<&'static str> = detect(&text[body.range()]).into_iter().collect();
    let mut add = |code| {
        if !found.contains(&code) {
            found.push(code);
        }
    };
    let mut read = 0;
    let mut sample = String::new();
    for blocks in sections {
        if read >= SECTIONS_BUDGET {
            break;
        }
        sample.clear();
        for b in blocks {
            if sample.len() >= SECTION_SAMPLE {
                break;
            }
            sample.push_str(&text[b.range()]);
            sample.push('\n');
        }
        if sample.chars().nth(SECTION_MIN).is_none() {
            continue;
        }
        read += sample.len();
        if let Some(code) = detect(&sample) {
            add(code);
        }
    }
    let mut read = 0;
    for line in lines.take_while(|l| {
        read += l.len();
        read <= SCRIPTS_BUDGET
    }) {
        let line = &text[line.range()];
        if line.is_ascii() || whatlang::detect_script(line) == Some(whatlang::Script::Latin) {
            continue;
        }
        // A script of one language is told with full confidence, in a word.
        if let Some(info) = detector.whatlang.detect(line)
            && info.confidence() >= 1.0
        {
            add(info.lang().code());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bilingual_posting_has_both_languages() {
        let en = "We are hiring a warehouse team lead to plan shifts, train new colleagues and keep our stock counts right. You will report to the site manager and work closely with transport planners. ";
        let de = "Wir suchen eine Teamleitung für unser Lager, die Schichten plant, neue Kolleginnen und Kollegen einarbeitet und unsere Bestände im Blick behält. Sie berichten an die Standortleitung. ";
        let text = format!(
            "# Team lead\n\n{}\n\n## Auf Deutsch\n\n{de}{de}\n",
            en.repeat(6)
        );
        let body = Span::new(0, text.len());
        let at = |s: &str| text.find(s).unwrap();
        let sections = [
            vec![Span::new(at(en), at(en) + 6 * en.len())],
            vec![Span::new(at(de), at(de) + 2 * de.len())],
        ];
        let none = std::iter::empty;
        let all = Detector::all();
        assert_eq!(
            languages(&all, &text, body, &sections, none()),
            vec![ENGLISH, "deu"]
        );
        // Without them, the body's language alone.
        let first = Span::new(0, at("## Auf"));
        assert_eq!(languages(&all, &text, first, &[], none()), vec![ENGLISH]);
        // A short section of another language does not count.
        let short = format!("{en}{en}{en}\n\nDeutsch: fließend in Wort und Schrift.\n");
        let at = short.find("Deutsch").unwrap();
        let sections = [vec![Span::new(0, at)], vec![Span::new(at, short.len())]];
        let short_body = Span::new(0, short.len());
        assert_eq!(
            languages(&all, &short, short_body, &sections, none()),
            vec![ENGLISH]
        );
        // A line in the script of one language counts, however short.
        let pay = format!("{en}{en}\n\n月薪：4000–8000 美元\n");
        let line = Span::new(pay.find("月薪").unwrap(), pay.len() - 1);
        let body = Span::new(0, pay.len());
        assert_eq!(
            languages(&all, &pay, body, &[], [line].into_iter()),
            vec![ENGLISH, "cmn"]
        );
        // A line of Latin letters does not.
        let line = Span::new(0, en.len());
        assert_eq!(
            languages(&all, &pay, body, &[], [line].into_iter()),
            vec![ENGLISH]
        );
    }

    #[test]
    fn a_detector_remembers_only_what_it_told_itself() {
        let de = "Wir suchen ab sofort eine engagierte Pflegefachkraft in Vollzeit für unser Team in der Innenstadt.";
        let english_only = detector([]);
        let german_too = detector([("deu", &[][..])]);
        let first = english_only.detect(de);
        assert_ne!(first, Some("deu"));
        // Told again from memory, the same; another detector's memory is not its own.
        assert_eq!(english_only.detect(de), first);
        assert_eq!(german_too.detect(de), Some("deu"));
        assert_eq!(english_only.detect(de), first);
    }

    #[test]
    fn a_short_text_is_told_by_its_common_words() {
        let es = [
            "el",
            "la",
            "para",
            "de",
            "en",
            "y",
            "contrato",
            "horas",
            "semanales",
        ]
        .map(String::from);
        let pt = ["para", "de", "em", "contrato", "horas", "semanais"].map(String::from);
        let d = detector([("spa", &es[..]), ("por", &pt[..])]);
        let short = "Buscamos cocinero para la temporada de invierno en Cádiz. Contrato de temporada, 40 horas semanales.";
        assert_eq!(d.by_common_words(short), Some("spa"));
        assert_eq!(d.detect(short), Some("spa"));
        // Words both languages list do not tell them apart.
        assert_eq!(d.by_common_words("Contrato para 40 horas."), None);
        // English has none of them.
        assert_eq!(
            d.by_common_words("Line cook wanted for the winter season in Denver, 40 hours a week."),
            None
        );
        // A long text the model cannot tell is mixed, not short.
        assert_eq!(d.by_common_words(&format!("{short} ").repeat(8)), None);
    }

    #[test]
    fn english_and_other_languages_are_told_apart() {
        assert_eq!(
            detect(
                "We are looking for a customer success manager who will complete customer due diligence and onboard new clients."
            ),
            Some(ENGLISH)
        );
        assert_eq!(
            detect(
                "Nous recherchons un technicien de maintenance pour un contrat à durée déterminée de six mois dans notre usine."
            ),
            Some("fra")
        );
        assert_eq!(
            detect(
                "Wir suchen ab sofort eine engagierte Pflegefachkraft in Vollzeit für unser Team in der Innenstadt."
            ),
            Some("deu")
        );
        assert_eq!(detect("CDD"), None);
    }
}
