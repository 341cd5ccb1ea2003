//! Gender-coded words: words associated with masculine or feminine stereotypes in job
//! advertisements (Gaucher, Friesen & Kay 2011), counted as the gender-decoder tool counts them,
//! with the exceptions and scoping described in `rules/vocab/gender-coded.yaml`.
//!
//! Only running text and list items are read: the title, headings and `Label:` fields name the
//! job rather than describe it, and equal-opportunity statements are legal boilerplate.

use super::Fact;
use super::scan::{Scan, SegmentKind};
use crate::source::Span;
use crate::vocab::{CodedStem, GenderCodedVocab};

/// Which stereotype a word is associated with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "lowercase")]
pub enum Coding {
    Masculine,
    Feminine,
}

impl Coding {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Which way a posting leans: the side with more coded words, or neither.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr, strum::VariantNames)]
#[strum(serialize_all = "lowercase")]
pub enum Lean {
    Masculine,
    Feminine,
    Neutral,
}

impl From<Option<Coding>> for Lean {
    fn from(c: Option<Coding>) -> Lean {
        match c {
            Some(Coding::Masculine) => Lean::Masculine,
            Some(Coding::Feminine) => Lean::Feminine,
            None => Lean::Neutral,
        }
    }
}

/// One coded word as written (lower-cased).
#[derive(Debug, Clone, PartialEq)]
pub struct CodedWord {
    pub coding: Coding,
    pub word: String,
}

/// A coded stem or word, ready to match lower-cased tokens.
#[derive(Debug, Clone)]
struct Entry {
    coding: Coding,
    text: String,
    /// A stem (prefix) or a whole word.
    stem: bool,
    /// Exception phrases, as lower-case words.
    except: Vec<Vec<String>>,
}

impl Entry {
    fn new(coding: Coding, s: &CodedStem) -> Option<Entry> {
        let (text, stem) = match (&s.stem, &s.word) {
            (Some(t), None) => (t, true),
            (None, Some(w)) => (w, false),
            _ => return None, // rejected when the vocabulary is read
        };
        Some(Entry {
            coding,
            text: text.to_lowercase(),
            stem,
            except: s
                .except
                .iter()
                .map(|p| p.split_whitespace().map(str::to_lowercase).collect())
                .filter(|p: &Vec<String>| !p.is_empty())
                .collect(),
        })
    }

    fn matches(&self, word: &str) -> bool {
        if self.stem {
            word.starts_with(&self.text)
        } else {
            word == self.text
        }
    }
}

/// The coded-word lists, compiled once per vocabulary.
#[derive(Debug, Clone)]
pub struct CodedMatcher {
    entries: Vec<Entry>,
    /// Indexes into `entries` by the first byte of the stem or word, in vocabulary order: a
    /// word is compared with the few entries that start like it.
    by_first: Vec<Vec<usize>>,
}

/// A word of running text: its span in the segment and its lower-cased text.
struct Token<'a> {
    start: usize,
    end: usize,
    lower: &'a str,
}

impl CodedMatcher {
    pub fn new(vocab: &GenderCodedVocab) -> Self {
        let masc = vocab
            .masculine
            .iter()
            .filter_map(|s| Entry::new(Coding::Masculine, s));
        let fem = vocab
            .feminine
            .iter()
            .filter_map(|s| Entry::new(Coding::Feminine, s));
        let entries: Vec<Entry> = masc.chain(fem).collect();
        let mut by_first = vec![Vec::new(); 256];
        for (i, e) in entries.iter().enumerate() {
            if let Some(&b) = e.text.as_bytes().first() {
                by_first[usize::from(b)].push(i);
            }
        }
        CodedMatcher { entries, by_first }
    }

    /// The first entry (in vocabulary order) that `word` matches.
    fn find(&self, word: &str) -> Option<&Entry> {
        let first = *word.as_bytes().first()?;
        self.by_first[usize::from(first)]
            .iter()
            .map(|&i| &self.entries[i])
            .find(|e| e.matches(word))
    }

    /// Coded words of the posting, in source order. `skip` are spans whose segments are not
    /// read (equal-opportunity statements).
    pub fn extract(&self, scan: &Scan, skip: &[Span]) -> Vec<Fact<CodedWord>> {
        let mut out = Vec::new();
        if self.entries.is_empty() {
            return out;
        }
        for seg in &scan.segments {
            if seg.is_title
                || seg.kind != SegmentKind::Text
                || matches!(seg.section.as_deref(), Some("eeo" | "legal"))
                || skip.iter().any(|s| seg.span.contains(*s))
            {
                continue;
            }
            let text = scan.slice(seg.span);
            let lower = text.to_ascii_lowercase();
            let tokens = tokenize(text, &lower);
            for (i, t) in tokens.iter().enumerate() {
                if is_name(text, t) {
                    continue;
                }
                if let Some((entry, end)) = self.entry_for(&tokens, i) {
                    out.push(Fact::new(
                        CodedWord {
                            coding: entry.coding,
                            word: t.lower[..end - t.start].to_string(),
                        },
                        Span::new(t.start, end).offset(seg.span.start),
                    ));
                }
            }
        }
        out
    }

    /// The entry token `i` counts for, and where the counted word ends: the whole token
    /// ("decision-making" for the stem "decisi"), or the first part of a hyphenated one when
    /// only that part matches ("kind-hearted" for the word "kind").
    fn entry_for(&self, tokens: &[Token], i: usize) -> Option<(&Entry, usize)> {
        let t = &tokens[i];
        if let Some(e) = self.find(t.lower) {
            return (!excepted(e, tokens, i, t.lower)).then_some((e, t.end));
        }
        let (first, _) = t.lower.split_once('-')?;
        let e = self.find(first)?;
        (!excepted(e, tokens, i, first)).then_some((e, t.start + first.len()))
    }
}

/// Whether token `i` (read as `word`) stands in one of the entry's exception phrases: the
/// phrase's words equal the tokens around it; a word ending in `*` is a prefix.
fn excepted(e: &Entry, tokens: &[Token], i: usize, word: &str) -> bool {
    e.except.iter().any(|phrase| {
        (0..phrase.len()).any(|at| {
            let Some(first) = i.checked_sub(at) else {
                return false;
            };
            if first + phrase.len() > tokens.len() {
                return false;
            }
            phrase.iter().enumerate().all(|(k, p)| {
                let tok = if first + k == i {
                    word
                } else {
                    tokens[first + k].lower
                };
                match p.strip_suffix('*') {
                    Some(prefix) => tok.starts_with(prefix),
                    None => tok == p,
                }
            })
        })
    })
}

/// Whether the token is capitalised inside a sentence, as names are ("Your Phone Connect",
/// "Trust Bank"): a word capitalised after a sentence ends, a bullet, a colon or at the start
/// of the text is an ordinary word, and so is a word in capitals ("LEADERSHIP").
fn is_name(text: &str, t: &Token) -> bool {
    let word = &text[t.start..t.end];
    let mut chars = word.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.any(|c| c.is_ascii_lowercase());
    if !capitalised {
        return false;
    }
    let before = text[..t.start].trim_end_matches([' ', '\t', '"', '\'', '(', '“', '‘']);
    !(before.is_empty()
        || before.ends_with([
            '.', '!', '?', ':', ';', '\n', '•', '·', '*', '-', '–', '—', '|', ')',
        ]))
}

/// Words: runs of ASCII letters and digits, joined by inner hyphens and apostrophes. `lower` is
/// `text` with ASCII letters lower-cased (same offsets).
fn tokenize<'a>(text: &str, lower: &'a str) -> Vec<Token<'a>> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !word(bytes[i]) {
            i += 1;
            continue;
        }
        let start = i;
        loop {
            while i < bytes.len() && word(bytes[i]) {
                i += 1;
            }
            let joins =
                i + 1 < bytes.len() && matches!(bytes[i], b'-' | b'\'') && word(bytes[i + 1]);
            if !joins {
                break;
            }
            i += 1;
        }
        out.push(Token {
            start,
            end: i,
            lower: &lower[start..i],
        });
    }
    out
}

/// The posting's balance of coded words, as the `gender_coded` fact presents it.
#[derive(Debug, Clone, PartialEq)]
pub struct Balance {
    pub masculine: usize,
    pub feminine: usize,
    /// Distinct words of each coding in order of first use, with counts: "competitive (2), lead";
    /// "none" when there are none.
    pub masculine_words: String,
    pub feminine_words: String,
}

impl Balance {
    pub fn of(words: &[Fact<CodedWord>]) -> Balance {
        let list = |c: Coding| {
            let mut seen: Vec<(&str, usize)> = Vec::new();
            for w in words.iter().filter(|w| w.value.coding == c) {
                match seen.iter_mut().find(|(s, _)| *s == w.value.word) {
                    Some((_, n)) => *n += 1,
                    None => seen.push((&w.value.word, 1)),
                }
            }
            let total = seen.iter().map(|(_, n)| n).sum();
            if seen.is_empty() {
                return (total, "none".to_string());
            }
            let text = seen
                .iter()
                .map(|(w, n)| {
                    if *n > 1 {
                        format!("{w} ({n})")
                    } else {
                        w.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join(", ");
            (total, text)
        };
        let (masculine, masculine_words) = list(Coding::Masculine);
        let (feminine, feminine_words) = list(Coding::Feminine);
        Balance {
            masculine,
            feminine,
            masculine_words,
            feminine_words,
        }
    }

    /// The side with more words, if either.
    pub fn lean(&self) -> Option<Coding> {
        match self.masculine.cmp(&self.feminine) {
            std::cmp::Ordering::Greater => Some(Coding::Masculine),
            std::cmp::Ordering::Less => Some(Coding::Feminine),
            std::cmp::Ordering::Equal => None,
        }
    }

    /// How many more words the larger side has.
    pub fn margin(&self) -> usize {
        self.masculine.abs_diff(self.feminine)
    }

    /// The larger count over the smaller, the smaller counted as at least 1.
    pub fn ratio(&self) -> f64 {
        let (hi, lo) = if self.masculine >= self.feminine {
            (self.masculine, self.feminine)
        } else {
            (self.feminine, self.masculine)
        };
        hi as f64 / lo.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::Document;
    use crate::source::{Format, Source};

    fn coded(body: &str) -> Vec<(Coding, String)> {
        let src = Source::new("t", format!("Title\n\n{body}\n"), Format::Text);
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let scan = Scan::new(&src.text, &doc);
        let m = CodedMatcher::new(&crate::rules::builtin_vocabulary().gender_coded);
        m.extract(&scan, &[])
            .into_iter()
            .map(|f| {
                assert_eq!(
                    src.slice(f.span).to_ascii_lowercase(),
                    f.value.word,
                    "span and word agree"
                );
                (f.value.coding, f.value.word)
            })
            .collect()
    }

    fn words(body: &str) -> Vec<String> {
        coded(body).into_iter().map(|(_, w)| w).collect()
    }

    #[test]
    fn stems_and_words_are_counted() {
        let found = coded("We want a competitive, ambitious leader who is kind and supportive.");
        assert_eq!(
            found,
            vec![
                (Coding::Masculine, "competitive".to_string()),
                (Coding::Masculine, "ambitious".to_string()),
                (Coding::Masculine, "leader".to_string()),
                (Coding::Feminine, "kind".to_string()),
                (Coding::Feminine, "supportive".to_string()),
            ]
        );
        assert_eq!(
            words("You are self-reliant and co-operative."),
            ["self-reliant", "co-operative"]
        );
        assert_eq!(words("Strong decision-making skills."), ["decision-making"]);
    }

    #[test]
    fn exceptions_are_not_counted() {
        assert!(words("We offer a competitive salary and competitive benefits.").is_empty());
        assert!(words("Highly competitive compensation package.").is_empty());
        assert!(words("Handle confidential information with care.").is_empty());
        assert!(
            words("Experience with Active Directory; active duty veterans welcome.").is_empty()
        );
        assert!(words("Report to the committee. We are a data-driven company.").is_empty());
        assert!(words("Our analysts use analytics for analysis.").is_empty());
        assert!(words("Pay depending on experience; what kind of work; kindergarten.").is_empty());
        assert!(words("Technical competence and customer support tickets.").is_empty());
        assert!(
            words("Join the Your Phone Connect team; we Trust Bank.").is_empty(),
            "capitalised inside a sentence: a name"
        );
        assert_eq!(
            words("Lead the team. Trust: earned. LEADERSHIP"),
            ["lead", "trust", "leadership"]
        );
        assert_eq!(words("Strong analytical skills."), ["analytical"]);
        assert_eq!(words("A kind, warm manner."), ["kind", "warm"]);
    }

    #[test]
    fn only_running_text_is_read() {
        let src = Source::new(
            "t",
            "# Team Lead\n\n## Leadership\n\nSeniority: Lead\n\nYou will lead the team.\n\nAcme is an equal opportunity employer and does not discriminate against any individual.\n",
            Format::Markdown,
        );
        let doc = Document::parse(&src, crate::rules::builtin_vocabulary());
        let scan = Scan::new(&src.text, &doc);
        let words =
            crate::facts::statements::EeoWords::new(&crate::rules::builtin_vocabulary().lang)
                .unwrap();
        let eeo = crate::facts::statements::eeo(&scan, &words);
        let m = CodedMatcher::new(&crate::rules::builtin_vocabulary().gender_coded);
        let eeo_spans: Vec<Span> = eeo.iter().map(|f| f.span).collect();
        let found: Vec<String> = m
            .extract(&scan, &eeo_spans)
            .into_iter()
            .map(|f| f.value.word)
            .collect();
        assert_eq!(found, ["lead"]);
    }

    #[test]
    fn balance_counts_and_lists() {
        let w = |c, s: &str| {
            Fact::new(
                CodedWord {
                    coding: c,
                    word: s.into(),
                },
                Span::new(0, 0),
            )
        };
        let b = Balance::of(&[
            w(Coding::Masculine, "competitive"),
            w(Coding::Masculine, "lead"),
            w(Coding::Masculine, "competitive"),
            w(Coding::Feminine, "support"),
        ]);
        assert_eq!((b.masculine, b.feminine), (3, 1));
        assert_eq!(b.masculine_words, "competitive (2), lead");
        assert_eq!(b.lean(), Some(Coding::Masculine));
        assert_eq!((b.margin(), b.ratio()), (2, 3.0));
        assert_eq!(Balance::of(&[]).lean(), None);
        assert_eq!(Balance::of(&[]).feminine_words, "none");
    }
}
