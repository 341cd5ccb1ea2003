//! Titles that name a man or a woman without saying the job is open to every gender: in
//! German- and French-speaking postings a title carries "(m/w/d)" or "(H/F)", or a form that
//! names both ("Entwickler*in", "Développeur·euse"). The words and markers are the language
//! packs' (`titles`).

use super::Fact;
use super::scan::Scan;

/// A title with a gendered job noun and no marker: the noun and the language (ISO 639-1).
#[derive(Debug, Clone, PartialEq)]
pub struct UnmarkedTitle {
    pub word: String,
    pub language: String,
}

/// One language's gendered job nouns and markers.
#[derive(Debug, Clone)]
struct Words {
    code: String,
    detector: String,
    compounds: bool,
    gendered: std::collections::HashSet<String>,
    markers: Vec<String>,
}

#[derive(Debug, Clone, Default)]
pub struct TitleGenderWords {
    languages: Vec<Words>,
}

impl TitleGenderWords {
    pub fn new(lang: &crate::vocab::LanguageWords) -> Self {
        let languages = lang
            .titles
            .iter()
            .filter(|t| !t.gendered.is_empty())
            .map(|t| Words {
                code: t.code.clone(),
                detector: t.detector.clone(),
                compounds: t.compounds,
                gendered: t.gendered.iter().map(|w| w.to_lowercase()).collect(),
                markers: t.markers.iter().map(|m| m.to_lowercase()).collect(),
            })
            .collect();
        TitleGenderWords { languages }
    }

    /// The title, when it names a man or a woman in the posting's language and carries no
    /// marker.
    pub fn unmarked(&self, scan: &Scan, title: &Fact<String>) -> Option<Fact<UnmarkedTitle>> {
        let lower = title.value.to_lowercase();
        // A marker of any language: "(m/w/d)" in a French posting says it as well.
        if self
            .languages
            .iter()
            .flat_map(|w| &w.markers)
            .any(|m| lower.contains(m.as_str()))
        {
            return None;
        }
        self.languages.iter().find_map(|w| {
            let mut gendered = lower
                .split(|c: char| !c.is_alphanumeric())
                .filter(|part| w.is_gendered(part));
            let word = gendered.next()?;
            // Both forms ("Vendeur / Vendeuse", "Kaufmann oder Kauffrau") name everyone.
            if gendered.any(|other| other != word) {
                return None;
            }
            // Asked last: telling the language costs more than the lookups.
            // The title is in the language of the posting's start, not of a later section.
            if w.detector != super::language::ENGLISH && scan.language() != Some(&*w.detector) {
                return None;
            }
            let at = lower.find(word).unwrap_or(0);
            let original = title.value.get(at..at + word.len()).unwrap_or(word);
            Some(Fact::new(
                UnmarkedTitle {
                    word: original.to_string(),
                    language: w.code.clone(),
                },
                title.span,
            ))
        })
    }
}

impl Words {
    /// Whether `word` (lower case) is a gendered job noun: as listed, in its feminine form
    /// ("Entwicklerin"), or at the end of a compound where the language makes them
    /// ("Softwareentwickler").
    fn is_gendered(&self, word: &str) -> bool {
        let stems = [
            Some(word),
            word.strip_suffix("innen"),
            word.strip_suffix("in"),
        ];
        stems.into_iter().flatten().any(|stem| {
            self.gendered.contains(stem)
                || (self.compounds
                    && stem
                        .char_indices()
                        .skip(2)
                        .any(|(i, _)| self.gendered.contains(&stem[i..]) && stem.len() - i >= 4))
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::document::Document;
    use crate::source::{Format, Source};

    /// The gendered noun of the title of `text`, if the title carries no marker.
    fn unmarked(text: &str) -> Option<String> {
        let src = Source::new("t.md", text, Format::Markdown);
        let vocab = crate::rules::builtin_vocabulary();
        let doc = Document::parse(&src, vocab);
        let facts = crate::facts::BUILTIN_EXTRACTOR.extract(&src, &doc);
        facts
            .unmarked_title
            .map(|t| format!("{} {}", t.value.language, t.value.word))
    }

    const DE: &str = "Wir suchen Verstärkung für unser Team in Leipzig. Du arbeitest eng mit den Kolleginnen und Kollegen zusammen und bringst eigene Ideen ein.";
    const FR: &str = "Nous recrutons pour notre agence de Bordeaux. Vous travaillez avec toute l'équipe et vous accueillez nos clients chaque jour.";

    #[test]
    fn a_gendered_noun_without_a_marker() {
        assert_eq!(
            unmarked(&format!("# Softwareentwickler\n\n{DE}\n")).as_deref(),
            Some("de Softwareentwickler")
        );
        assert_eq!(
            unmarked(&format!("# Referentin Personal\n\n{DE}\n")).as_deref(),
            Some("de Referentin")
        );
        assert_eq!(
            unmarked(&format!("# Conseillère clientèle\n\n{FR}\n")).as_deref(),
            Some("fr Conseillère")
        );
    }

    #[test]
    fn markers_both_forms_and_neutral_nouns_are_not_reported() {
        for title in [
            "Softwareentwickler (m/w/d)",
            "Entwickler*in",
            "Berater:in Vertrieb",
            "Kaufmann/-frau im Einzelhandel",
            "Pflegefachkraft",
            "Leitung Buchhaltung",
            "Software Engineer",
        ] {
            assert_eq!(unmarked(&format!("# {title}\n\n{DE}\n")), None, "{title}");
        }
        for title in [
            "Vendeur (H/F)",
            "Vendeur / Vendeuse",
            "Développeur·euse",
            "Chargé(e) de mission",
            "Responsable comptable",
        ] {
            assert_eq!(unmarked(&format!("# {title}\n\n{FR}\n")), None, "{title}");
        }
    }

    #[test]
    fn only_in_a_posting_of_that_language() {
        // "Assistant" is French and English; in an English posting it is English.
        assert_eq!(
            unmarked(
                "# Assistant\n\nYou will support our office team in Denver with scheduling, travel and the calendar of the director.\n"
            ),
            None
        );
    }
}
