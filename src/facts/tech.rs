//! Years of experience asked for with a named technology: "10+ years of Kubernetes", "5 years'
//! React experience", "3+ years of hands-on experience with AWS and Terraform", "Kubernetes: 5
//! years", "Docker (4+ years)". The technologies and their release years are vocabulary
//! (`rules/vocab/technologies.yaml`).
//!
//! A technology counts only where it is what the years are about: right after the number of
//! years and a short lead-in ("of", "of professional experience with", "as a"), in a list that
//! starts there ("5+ years of Java, Spring and Kubernetes"), or as the label the years are the
//! value of. "5+ years of experience in software development with Kubernetes" is not read: the
//! years are about software development.

use super::Fact;
use super::numbers::{NumberWords, years_pattern};
use super::scan::Scan;
use crate::re::{PackPattern, plain_alternation, spaced_alternation};
use crate::source::Span;
use crate::vocab::TechVocab;

/// A number of years asked for with a technology.
#[derive(Debug, Clone, PartialEq)]
pub struct TechExperience {
    /// The technology's name as the vocabulary gives it.
    pub tech: String,
    /// The minimum number of years asked for.
    pub years: f64,
    /// The year of its first public release.
    pub released: i16,
}

/// Spellings of the vocabulary's technologies, longest first.
#[derive(Clone)]
pub struct TechMatcher {
    /// (spelling, case-sensitive, index into `techs`)
    spellings: Vec<(String, bool, usize)>,
    techs: Vec<(String, i16)>,
    /// A number of years, in digits or in the packs' words.
    years: crate::re::Regex,
    numbers: NumberWords,
    /// What separates the items of a list of technologies: punctuation, or the packs' words
    /// (`technologies.and`).
    list_sep: PackPattern,
    /// Before "5 years": "Kubernetes:" or "Kubernetes (" makes the years a value of the label,
    /// with the packs' words before the label and after it (`technologies.label_lead`,
    /// `label_min`).
    label_before: PackPattern,
    /// The packs' `technologies.lead_in`: what may stand between the years and the
    /// technology, each anchored right after the years.
    lead_in: Vec<PackPattern>,
}

impl TechMatcher {
    /// # Errors
    /// When the packs' number words make the pattern too large: the error names the users'
    /// packs.
    pub fn new(
        vocab: &TechVocab,
        lang: &crate::vocab::LanguageWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        // The packs' words for years, between two numbers and for "or more"
        // (`experience.years`, `to`, `or_more`).
        let e = &lang.experience;
        let to = crate::re::around_words(plain_alternation(&e.to), |to| format!("|{to}"));
        let unit = match plain_alternation(&e.years) {
            u if u.is_empty() => String::from(r"\b\B"),
            u => u,
        };
        let or_more = crate::re::around_words(plain_alternation(&e.or_more), |m| {
            format!(r"(?:\s+(?:{m})\b)?")
        });
        let (years, numbers) = years_pattern(lang, |num| {
            format!(
                r"(?i)\b(?P<min>{num})\s*\+?\s*(?:(?:-|–|—{to})\s*(?P<max>{num})\s*\+?\s*)?(?:{unit})\b\+?{or_more}"
            )
        })?;
        let mut spellings = Vec::new();
        let mut techs = Vec::new();
        for (i, t) in vocab.technologies.iter().enumerate() {
            techs.push((t.name.clone(), t.released));
            if !t.exact.iter().any(|e| e == &t.name) {
                spellings.push((t.name.clone(), false, i));
            }
            spellings.extend(t.names.iter().map(|n| (n.clone(), false, i)));
            spellings.extend(t.exact.iter().map(|n| (n.clone(), true, i)));
        }
        spellings.sort_by_key(|(s, _, _)| std::cmp::Reverse(s.len()));
        let words = &lang.technologies;
        let now = !lang.user_files.is_empty();
        let error = |e| crate::vocab::WordsError::of_packs(lang, "technologies", e);
        // After a comma, a word of letters alone: ", and/or" ends a list.
        let one_word: Vec<String> = (words.and.iter())
            .filter(|w| w.trim().chars().all(char::is_alphabetic))
            .cloned()
            .collect();
        // A word of the list and the spaces after it, as a choice: "|(?:and|or)\s+".
        let choice = |words: &[String]| {
            let alt = spaced_alternation(words, false);
            if alt.is_empty() {
                alt
            } else {
                format!(r"|(?:{alt})\s+")
            }
        };
        let (and, after_comma) = (choice(&words.and), choice(&one_word));
        let list_sep = format!(r"(?i)^\s*(?:,\s*(?:&\s+{after_comma})?|/\s*|&\s*|\+\s*{and})");
        let optional = crate::re::optional_words;
        let (lead, min) = (optional(&words.label_lead), optional(&words.label_min));
        let label_before = format!(
            r"(?i)(?:^|(?:[\n*;|,]|•|·)\s*){lead}(?P<label>[a-z0-9.][a-z0-9.#+/ -]{{0,40}}?)\s*(?::|：|\(|-\s|–\s)\s*{min}$"
        );
        let lead_in = words
            .lead_in
            .iter()
            .map(|p| PackPattern::checked(format!("(?i)^(?:{p})"), now))
            .collect::<Result<_, _>>()
            .map_err(error)?;
        Ok(TechMatcher {
            lead_in,
            spellings,
            techs,
            years,
            numbers,
            list_sep: PackPattern::checked(list_sep, now).map_err(error)?,
            label_before: PackPattern::checked(label_before, now).map_err(error)?,
        })
    }

    /// The technology whose spelling starts `s`, and the spelling's length. A spelling must end
    /// a word: "Go" does not start "Google" or "go-to-market".
    fn at_start(&self, s: &str) -> Option<(usize, usize)> {
        let b = s.as_bytes();
        self.spellings.iter().find_map(|(sp, exact, i)| {
            let n = sp.len();
            let head = b.get(..n)?;
            let same = if *exact {
                head == sp.as_bytes()
            } else {
                head.eq_ignore_ascii_case(sp.as_bytes())
            };
            let ends_word = b.get(n).is_none_or(|c| {
                !(c.is_ascii_alphanumeric() || matches!(c, b'-' | b'_' | b'+' | b'#'))
            });
            (same && ends_word).then_some((*i, n))
        })
    }

    /// The technology `s` is exactly (after trimming).
    fn whole(&self, s: &str) -> Option<usize> {
        let s = s.trim();
        self.at_start(s)
            .filter(|(_, n)| *n == s.len())
            .map(|(i, _)| i)
    }

    /// Compiles the patterns now (for the tests and the language server).
    pub fn compile(&self) {
        self.list_sep.get();
        self.label_before.get();
        for re in &self.lead_in {
            re.get();
        }
    }

    pub fn extract(&self, scan: &Scan) -> Vec<Fact<TechExperience>> {
        let mut out = Vec::new();
        if self.techs.is_empty() {
            return out;
        }
        for (c, seg) in scan.matches(&self.years) {
            let whole = c.get(0).expect("group 0");
            let Some(years) = c.name("min").and_then(|m| self.numbers.value(m.as_str())) else {
                continue;
            };
            if years > 40.0 || years <= 0.0 {
                continue;
            }
            let text = scan.slice(seg.span);
            // Offsets are in the segment; the fact spans `start..end`.
            let mut push = |i: usize, start: usize, end: usize| {
                let (name, released) = &self.techs[i];
                out.push(Fact::new(
                    TechExperience {
                        tech: name.clone(),
                        years,
                        released: *released,
                    },
                    Span::new(start, end).offset(seg.span.start),
                ));
            };
            // "Kubernetes: 5 years", "Docker (4+ years)"
            if let Some(l) =
                crate::re::captures_before(self.label_before.get(), text, whole.start())
                && let Some(label) = l.name("label")
                && let Some(i) = self.whole(label.as_str())
            {
                push(i, label.start(), whole.end());
                continue;
            }
            // "5+ years of Kubernetes", "5 years' experience with Java, Spring and Kubernetes"
            let mut at = whole.end();
            // The longest of the packs' lead-ins ("of hands-on experience with").
            let head = crate::re::head(&text[at..]);
            let Some(lead) = self
                .lead_in
                .iter()
                .filter_map(|re| re.get().find(head))
                .map(|m| m.end())
                .max()
            else {
                continue;
            };
            at += lead;
            while let Some((i, n)) = self.at_start(&text[at..]) {
                at += n;
                push(i, whole.start(), at);
                match self.list_sep.get().find(crate::re::head(&text[at..])) {
                    Some(sep) => at += sep.end(),
                    None => break,
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn techs(body: &str) -> Vec<(String, f64, String)> {
        let src = Source::new("t", format!("Title\n\n{body}\n"), Format::Text);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let scan = Scan::new(&src.text, &doc);
        let vocab = crate::rules::builtin_vocabulary();
        TechMatcher::new(&vocab.technologies, &vocab.lang)
            .unwrap()
            .extract(&scan)
            .into_iter()
            .map(|f| (f.value.tech, f.value.years, src.slice(f.span).to_string()))
            .collect()
    }

    fn names(body: &str) -> Vec<String> {
        techs(body).into_iter().map(|(t, _, _)| t).collect()
    }

    #[test]
    fn common_forms() {
        assert_eq!(
            techs("You have 10+ years of Kubernetes."),
            [(
                "Kubernetes".to_string(),
                10.0,
                "10+ years of Kubernetes".to_string()
            )]
        );
        assert_eq!(names("5 years' React experience"), ["React"]);
        assert_eq!(
            names("3-5 yrs experience with k8s in production"),
            ["Kubernetes"]
        );
        assert_eq!(
            names("5+ years of hands-on experience with AWS and Terraform."),
            ["AWS", "Terraform"]
        );
        assert_eq!(
            names("At least five years of professional software development experience with Go"),
            ["Go"]
        );
        assert_eq!(
            names("4 years as a React Native developer"),
            ["React Native"]
        );
        assert_eq!(techs("Kubernetes: 5 years (Required)")[0].1, 5.0);
        assert_eq!(
            techs("Experience with Docker (4+ years)")[0].2,
            "Docker (4+ years"
        );
        assert_eq!(
            names("5+ years of Java, Spring, Kubernetes and Docker"),
            ["Java"],
            "a list stops at a name the vocabulary does not know"
        );
        assert_eq!(
            names("7 years of Python/Django/Flask"),
            ["Python", "Django", "Flask"]
        );
    }

    #[test]
    fn the_vocabulary_is_consistent() {
        let v = &crate::rules::builtin_vocabulary().technologies;
        let mut seen = std::collections::HashMap::new();
        for t in &v.technologies {
            assert!((1950..=2030).contains(&t.released), "{}", t.name);
            let exact = t.exact.iter().map(|e| (e.clone(), true));
            let loose = std::iter::once(&t.name)
                .chain(&t.names)
                .map(|n| (n.to_lowercase(), false));
            for (spelling, _) in loose.chain(exact) {
                if let Some(other) = seen.insert(spelling.clone(), t.name.clone()) {
                    assert_eq!(other, t.name, "`{spelling}` names two technologies");
                }
            }
        }
    }

    #[test]
    fn the_english_pack_s_list_and_label_words() {
        // `technologies.and`: "and/or" joins two items, but not after a comma.
        assert_eq!(
            names("4 years of Python and/or Django"),
            ["Python", "Django"]
        );
        assert_eq!(
            names("4 years of Python, Django, and/or Flask"),
            ["Python", "Django"]
        );
        // `label_lead` before the label and `label_min` after it.
        assert_eq!(
            names("Exp. with Terraform: at least 3 years"),
            ["Terraform"]
        );
        assert_eq!(techs("* Docker - minimum. 2 years")[0].1, 2.0);
    }

    #[test]
    fn years_about_something_else() {
        assert!(names("5+ years of experience in software development with Kubernetes").is_empty());
        assert!(names("We have 20 years of go-to-market experience.").is_empty());
        assert!(names("10 years of Google Analytics").is_empty());
        assert!(names("5 years of SWIFT payments experience").is_empty());
        assert!(names("3 years of DBT (dialectical behavior therapy)").is_empty());
        assert!(names("Founded 12 years ago, we use Kubernetes.").is_empty());
        assert!(names("Applicants must be 18 years of age. Docker is a plus.").is_empty());
    }

    /// What stands between the years and a technology is the packs' (`technologies.lead_in`):
    /// a user's pack adds a language's.
    #[test]
    fn a_users_pack_adds_a_lead_in() {
        let text = "# Softwareentwickler (m/w/d)\n\nWir entwickeln Logistiksoftware in Leipzig.\n\nDu bringst 5 Jahre Erfahrung mit Kubernetes mit.\n";
        let pack = "language: de\nname: German\ndetector: deu\ntechnologies:\n  lead_in: ['\\s+(?:einschlägige\\s+)?Erfahrung\\s+(?:mit|in)\\s+']\n";
        let f =
            crate::facts::facts_with_pack("mine/vocab/lang/de.yaml", pack, text, Format::Markdown)
                .unwrap();
        let found: Vec<_> = f
            .tech_experience
            .iter()
            .map(|t| (t.value.tech.as_str(), t.value.years))
            .collect();
        assert_eq!(found, [("Kubernetes", 5.0)]);
        // The built-in packs have no German lead-in.
        let f = crate::facts::facts_with_pack(
            "mine/vocab/lang/de.yaml",
            "language: de\nname: German\ndetector: deu\n",
            text,
            Format::Markdown,
        )
        .unwrap();
        assert!(f.tech_experience.is_empty());
    }
}
