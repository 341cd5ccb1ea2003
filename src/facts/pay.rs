//! Pay: amounts and ranges with currency and period.
//!
//! Recognises `$80,000 – $95,000 per year`, `€45k-55k`, `USD 30/hour`, `28000-45000` in a
//! `Salary:` field, `up to $30/hr`, `$80k+`, front matter (`salary_min`/`salary_max`, `pay`,
//! `compensation`) and Liquid includes such as `{% include salary_range.html min="$1" max="$2" %}`.
//! Numbers that are not pay (funding, revenue, `401(k)`, years, phone numbers, pay grades) are
//! left alone.

use super::scan::{Scan, Segment, SegmentKind, match_span};
use super::{Fact, Location};
use crate::document::Document;
use crate::re::{PackPattern, Regex, WordSet, around_words};
use crate::source::Span;
use crate::vocab::PayVocab;
use std::collections::HashMap;

/// A pay period, named as rules and `extract` name it (`hour`).
#[derive(strum::IntoStaticStr, strum::VariantNames, strum::EnumIter, strum::EnumString)]
#[strum(serialize_all = "lowercase")]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Period {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl Period {
    /// How many of this period make a full-time year (2,080 hours, 260 days, 52 weeks).
    pub fn per_year(self) -> f64 {
        match self {
            Period::Hour => 2080.0,
            Period::Day => 260.0,
            Period::Week => 52.0,
            Period::Month => 12.0,
            Period::Year => 1.0,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }

    pub(crate) fn parse(s: &str) -> Option<Period> {
        s.parse().ok()
    }
}

/// A stated amount or range. `up to $X` has no minimum; `$X+` no maximum.
#[derive(Debug, Clone, PartialEq)]
pub struct Pay {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: Option<String>,
    pub period: Option<Period>,
}

impl Pay {
    /// The amounts as full-time annual pay: by the stated period, or for amounts without one
    /// when they are salary-sized (at least 10,000).
    pub fn annual(&self) -> Option<(Option<f64>, Option<f64>)> {
        let factor = match self.period {
            Some(p) => p.per_year(),
            None if self.min.or(self.max).is_some_and(|v| v >= 10_000.0) => 1.0,
            None => return None,
        };
        Some((self.min.map(|v| v * factor), self.max.map(|v| v * factor)))
    }
}

/// The pay patterns compiled from the vocabulary.
#[derive(Clone)]
pub struct PayMatcher {
    amount: Regex,
    symbol_currency: HashMap<String, String>,
    /// Currency words that count only before a pay period (`words_with_period`), lower case.
    period_currency: HashMap<String, String>,
    period_words: HashMap<String, Period>,
    /// Period words that may end a compound ("Einsatzstunde"), longest first.
    period_tails: Vec<(String, Period)>,
    period_after: Regex,
    /// "x 14 meses": payments counted after an amount, each a month's pay (`pay.payments`).
    payments: Option<Regex>,
    /// "Jahresgehalt von", "Mensuel de", "hourly rate of": a period named before an amount,
    /// one group per period.
    period_before: Option<Regex>,
    /// A period word before the amount anywhere in a passage, for
    /// [`PayMatcher::period_in_sentence_before`].
    period_word: Option<Regex>,
    /// The words of `period_before`, lower case, longest first, with their periods: a match
    /// names the period of the longest word it starts with ("stawka dzienna" is a day's rate
    /// where "stawka" alone is an hour's).
    period_before_words: Vec<(String, Period)>,
    /// "up to", "bis zu", "hasta" right before an amount: its top.
    up_to: Option<Regex>,
    /// "ab", "à partir de", "od" right before an amount: its bottom.
    from: Option<Regex>,
    /// "Überzahlung möglich" shortly after an amount: its bottom.
    open_above: Option<WordSet>,
    /// Pay words of every language pack ("Gehalt", "salaire"), that may go on.
    pay_words: Option<WordSet>,
    /// The packs' pay words that do not go on ("pay", not "payment").
    whole_pay_words: Option<WordSet>,
    /// Words of the language packs shortly before an amount that make it something else
    /// ("Budget", "presupuesto").
    not_pay: Option<WordSet>,
    /// The packs' `not_pay_phrases`: the same as whole words ("sales", "series A").
    not_pay_phrases: Option<PackPattern>,
    /// The packs' `not_pay_later`: later in the amount's clause, what it is for ("$1,500 a
    /// year learning allowance").
    not_pay_later: Option<PackPattern>,
    /// The packs' `not_amount_after`: right after a number, it is no amount of pay at all
    /// ("$5 billion", "40%", "10 years", "500 employees").
    not_amount_after: Option<PackPattern>,
    /// The not-pay words that count inside a compound ([`crate::vocab::LanguageWords::not_pay_parts`]).
    not_pay_parts: Option<WordSet>,
    /// The packs' `not_pay_after`, as the first word after an amount.
    not_pay_after: Option<WordSet>,
    /// The packs' `not_pay_before`, right before an amount ("raised", "valued at").
    not_pay_before: Option<PackPattern>,
    /// The packs' `and_up`, right after an amount: its top is open ("and up", "or more").
    and_up: Option<WordSet>,
    /// The packs' `adds_to_pay`: a bonus after one is on top of the pay ("plus bonus").
    adds_to_pay: Option<WordSet>,
    /// The packs' `not_pay_beside`, a few characters before or after an amount ("私募").
    not_pay_beside: Option<WordSet>,
    multipliers: HashMap<String, f64>,
    /// Currencies written as a bare shared symbol ("$") mean the local currency in these countries.
    local_currency: HashMap<String, String>,
    /// The symbols and words of each currency that do not end another currency's ("USD", "US$",
    /// not "$" of "CA$"), in lower case: a currency named so is not a bare symbol to read as
    /// the local one.
    own_names: HashMap<String, Vec<String>>,
    /// Currency per country, for amounts without any currency.
    country_currency: HashMap<String, String>,
    /// Gross and net words ("brutto", "net"): between two amounts they make the second
    /// another statement of the first, not an alternative to it.
    gross_net: Option<WordSet>,
    /// Words that join a range only after a "between" word ("and", "und", "y").
    and_words: Vec<String>,
    between_words: Vec<String>,
    /// Words of a pay label that make its value one end of a range ("Salary Low").
    label_bounds: crate::vocab::PackBounds,
}

/// How far after an amount a word that opens its top may be: the rest of its sentence and the
/// next one ("EUR 56.000,- brutto. Eine Überzahlung ist möglich"), as far as this (two long
/// sentences of running text).
const OPEN_ABOVE_WINDOW: usize = 300;

/// How much the highest of alternative amounts may be of the lowest
/// ([`PayMatcher::join_alternatives`]): rates by qualification, pay that rises after a time.
const ALTERNATIVES_RATIO: f64 = 2.0;

/// How many characters may stand between two alternative amounts ("até dez/2020 (").
const ALTERNATIVES_GAP: usize = 40;

/// How far before an amount stating no period its pay words may state one in the sentence
/// before ("ein monatliches Bruttogehalt gemäß Kollektivvertrag. Stufe 2 (3.828,-)").
const SENTENCE_BEFORE_WINDOW: usize = 200;

/// How far from its end a paragraph before the amount's own may state its period ("Base
/// annual salary is one part of our pay." // "Salary Range" // "$165,000 - $200,000"): one
/// long sentence.
const PARAGRAPH_BEFORE_WINDOW: usize = 300;

/// At most this many cells in a table's header row whose cells name the ends of a range
/// ("| Location | Grade | Minimum | Midpoint | Maximum |").
const HEADER_CELLS_MAX: usize = 8;

/// How many segments before an amount's own may state its period (a paragraph and a
/// heading).
const SEGMENTS_BEFORE: usize = 2;

/// How far after a period word the pay word it describes may be ("monatliches Bruttogehalt").
const PERIOD_PAY_WORD_GAP: usize = 30;

/// An amount: "80,000.00", "45.000,50", "25000,00" and "14,5" (a decimal comma), "24.50", "18",
/// and "3.828,-" (no cents, as German-speaking postings write it); "110'000.–" (thousands
/// grouped by an apostrophe, as Swiss postings write them).
const AMOUNT: &str = concat!(
    r"\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{1,3}(?:\.\d{3})+(?:,\d{1,2}|,(?:-|–){1,2})?",
    r"|\d{1,3}(?:(?:'|’)\d{3})+(?:\.\d{1,2}|\.(?:-|–){1,2})?",
    // "45 000 €", "3 800,50 zł": thousands grouped by a space (or a no-break space).
    "|\\d{1,3}(?:(?: |\u{a0}|\u{202f})\\d{3})+(?:,\\d{1,2})?(?-u:\\b)",
    // "$45, 700": scraped text with a space after each thousands comma.
    r"|\d{1,3}(?:, \d{3})+(?:\.\d{1,2})?(?-u:\b)",
    r"|\d+,\d{1,2}\b|\d+,(?:-|–){1,2}|\d+(?:\.\d{1,2})?"
);

fn alternation(words: &[String]) -> String {
    crate::re::word_alternation(words, false)
}

/// `words` as a group, or `None` for no words (see [`crate::re::word_alternation`]).
fn word_pattern(words: &[String], prefix: bool) -> Option<String> {
    let alts = crate::re::word_alternation(words, prefix);
    (!alts.is_empty()).then(|| format!("(?:{alts})"))
}

impl PayMatcher {
    /// # Errors
    /// When the packs' words make a pattern that does not compile (see
    /// [`crate::vocab::WordsError`]).
    pub fn new(
        vocab: &PayVocab,
        lang: &crate::vocab::LanguageWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "pay", e);
        let mut symbol_currency = HashMap::new();
        let mut period_currency = HashMap::new();
        let mut symbols = Vec::new();
        let mut words = Vec::new();
        let mut local_currency = HashMap::new();
        let mut country_currency = HashMap::new();
        for c in &vocab.currencies {
            for s in c.symbols.iter().chain(&c.words) {
                symbol_currency
                    .entry(s.to_lowercase())
                    .or_insert_with(|| c.code.clone());
            }
            for w in &c.words_with_period {
                period_currency
                    .entry(w.to_lowercase())
                    .or_insert_with(|| c.code.clone());
            }
            symbols.extend(c.symbols.iter().cloned());
            words.extend(c.words.iter().cloned());
            for country in &c.countries {
                country_currency
                    .entry(country.clone())
                    .or_insert_with(|| c.code.clone());
                if c.symbols.iter().any(|s| s.ends_with('$')) {
                    local_currency
                        .entry(country.clone())
                        .or_insert_with(|| c.code.clone());
                }
            }
        }
        let mut own_names: HashMap<String, Vec<String>> = HashMap::new();
        for c in &vocab.currencies {
            // A name that ends another currency's is what that currency is written as when
            // its country goes without saying: "$" of "CA$", "dollars" of "Canadian dollars".
            let shared = |name: &String| {
                let name = name.to_lowercase();
                vocab.currencies.iter().any(|o| {
                    o.code != c.code
                        && o.symbols
                            .iter()
                            .chain(&o.words)
                            .any(|n| n.to_lowercase().ends_with(&name))
                })
            };
            let own = c.symbols.iter().chain(&c.words).filter(|n| !shared(n));
            own_names
                .entry(c.code.clone())
                .or_default()
                .extend(own.map(|n| n.to_lowercase()));
        }
        // The vocabulary's multipliers, then those of the packs of the posting's languages.
        let all_multipliers = vocab
            .multipliers
            .iter()
            .map(|m| (&m.suffix, m.factor))
            .chain(lang.multipliers.iter().map(|(w, f)| (w, *f)));
        let mut multipliers: HashMap<String, f64> = HashMap::new();
        let mut mult_words: Vec<String> = Vec::new();
        for (word, factor) in all_multipliers {
            multipliers.insert(word.to_lowercase(), factor);
            mult_words.push(word.clone());
        }
        let mut period_words = HashMap::new();
        for p in &vocab.periods {
            if let Some(period) = Period::parse(&p.period) {
                for w in &p.words {
                    period_words.insert(w.to_lowercase(), period);
                }
            }
        }
        let period_list: Vec<String> = vocab
            .periods
            .iter()
            .flat_map(|p| p.words.iter().cloned())
            .collect();
        // Currencies are matched by their shape and checked against the vocabulary in code, so
        // that the pattern does not grow (and slow start-up) with every currency a user adds.
        // A symbol is optional letters and then a sign ("$", "US$", "€", "Kč", "円"), or a code
        // or abbreviation of letters standing as a word of its own ("USD", "Rs."). The signs,
        // and the letters of currency words that are not ASCII ("złoty", "đồng"), are read off
        // the vocabulary.
        // A letter that is not ASCII comes in both its cases ("ZŁ", "ZŁOTYCH"): the pattern
        // folds the case of ASCII letters only.
        let chars_of = |list: &[String], keep: &dyn Fn(char) -> bool| {
            let mut chars: Vec<String> = list
                .iter()
                .flat_map(|s| s.chars())
                .filter(|&ch| keep(ch))
                .flat_map(|ch| {
                    let cases = ch.to_uppercase().chain(ch.to_lowercase());
                    std::iter::once(ch).chain(cases.filter(move |c| !c.is_ascii()))
                })
                .map(|ch| regex::escape(&ch.to_string()))
                .collect();
            chars.sort();
            chars.dedup();
            chars
        };
        let signs = chars_of(&symbols, &|ch| {
            !ch.is_ascii_alphanumeric() && ch != '.' && !ch.is_whitespace()
        });
        let word_letters = chars_of(&words, &|ch| !ch.is_ascii() && ch.is_alphanumeric());
        let sign = if signs.is_empty() {
            String::from(r"\$")
        } else {
            format!("(?:{})", signs.join("|"))
        };
        let letter = if word_letters.is_empty() {
            String::from("[A-Za-z]")
        } else {
            format!("(?:[A-Za-z]|{})", word_letters.join("|"))
        };
        // "CAD $36.00": a code, a space and a sign are one symbol.
        let sym = format!(
            r"(?:[A-Za-z.]{{1,4}})?{sign}|(?-u:\b)[A-Za-z]{{2,4}}\s{sign}|(?-u:\b)[A-Za-z]{{2,4}}(?:\.|(?-u:\b))"
        );
        // After an amount: a symbol, or currency words ("euros", "US dollars", "pounds sterling").
        let all_cur = format!(r"{letter}+\.?(?:\s{letter}+){{0,2}}|(?:[A-Za-z.]{{1,4}})?{sign}");
        // A multiplier follows the digits directly ("80k", "100万"), longest first.
        let mut mult_sorted: Vec<&String> = mult_words.iter().collect();
        mult_sorted.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let mult = crate::re::glued_alternation(mult_sorted.iter().map(|w| w.as_str()));
        let mult = if mult.is_empty() {
            String::from("k")
        } else {
            format!(r"(?:{mult})")
        };
        // Range words from the vocabulary, in every language; ASCII ones as whole words.
        let range_list: Vec<String> = vocab
            .ranges
            .to
            .iter()
            .chain(&vocab.ranges.and)
            .cloned()
            .collect();
        let mut range_words = around_words(alternation(&range_list), |a| format!("|{a}"));
        // "minimaal € 3.100 en maximaal € 4.400", "mínimo de 1.500 € y máximo de 1.900 €": a
        // word of and, then a word of a top (maybe with a short word after it), joins the ends
        // of a range after a word of a bottom (checked where the range is read).
        let tops: Vec<String> = lang
            .up_to
            .iter()
            .chain(&lang.label_bounds.max)
            .cloned()
            .collect();
        let (ands, tops) = (alternation(&vocab.ranges.and), alternation(&tops));
        // Tried before the words of and alone, which would leave the top's word to the
        // up-to phrase of the second amount (below) and read "and" alone between two amounts.
        if !ands.is_empty() && !tops.is_empty() {
            range_words = format!(r"|(?:{ands})\s+(?:{tops})(?:\s+[a-z]{{1,3}})?{range_words}");
        }
        // A currency after the first amount of a range, as many languages write it ("55.000 €
        // und 65.000 €", "25000,00 Euros à 30000,00 Euros"): a sign or a currency word.
        let cur_words = alternation(&words);
        let mid_cur = if cur_words.is_empty() {
            format!("(?:[A-Za-z.]{{1,4}})?{sign}")
        } else {
            format!("(?:[A-Za-z.]{{1,4}})?{sign}|{cur_words}")
        };
        let periods = alternation(&period_list);
        // "$110K/yr - $180K/yr", "20 € pro Stunde - 25 € pro Stunde": the period may follow
        // each amount of a range, after a slash or a word of `per`.
        let per_word = around_words(alternation(&lang.per), |a| format!(r"|(?:{a})\s"));
        // "from $50,000 to a maximum of $70,000", "$18 - up to $22": an up-to phrase may open
        // the second amount of a range.
        let up_to_top = around_words(alternation(&lang.up_to), |a| format!(r"(?:(?:{a})\s*)?"));
        let amount = format!(
            r"(?i)(?P<c1>{sym})?\s?(?P<a1>{AMOUNT})(?:\s?(?P<m1>{mult}))?(?:(?P<pm>\s*(?:/{per_word})\s*(?:{periods}))?(?:\s?(?P<cm>{mid_cur}))?\s*(?P<sep>-|–|—|‒|−|&[nm]dash;|&#821[12];|~|～{range_words})\s*{up_to_top}(?P<c2>{sym})?\s?(?P<a2>{AMOUNT})(?:\s?(?P<m2>{mult}))?)?(?:\s?(?P<c3>{all_cur}))?"
        );
        // "/ month", "per year", "€ brutto im Jahr", "zł netto/h": an optional gross or net
        // word, a word for "per" and the period.
        // "9,67 euro/brutto/h": a slash may come before the gross or net word too.
        let gross = around_words(alternation(&lang.gross_net), |a| {
            format!(r"(?:/?\s*(?:{a})\s*)?")
        });
        let per = alternation(&lang.per);
        let per = if per.is_empty() {
            String::from("/")
        } else {
            format!("/|{per}")
        };
        // Compound words ending in a period word ("/ Einsatzstunde") in languages that make
        // them; words of four letters or more, so that a short one ("h") ends no word.
        let mut period_tails: Vec<(String, Period)> = lang
            .period_tails
            .iter()
            .filter(|(_, w)| w.chars().count() >= 4 && w.chars().all(char::is_alphabetic))
            .filter_map(|(p, w)| Some((w.clone(), Period::parse(p)?)))
            .collect();
        period_tails.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        period_tails.dedup();
        let tail = period_tails
            .iter()
            .map(|(w, _)| regex::escape(w))
            .collect::<Vec<_>>()
            .join("|");
        // A character of a word run on through ("Einsatzstunde").
        let w = crate::re::word_char("");
        let tail = around_words(tail, |a| format!(r"|(?P<tail>{w}{{2,}}?(?:{a}))(?-u:\b)"));
        let period_after =
            format!(r"(?i)^\s*{gross}(?:(?:{per})\s*|\()?\s*(?:(?P<p>{periods}){tail})");
        // One alternation of every period's words, longest first whatever their period, so
        // that the longest word wins ("stawka dzienna" over "stawka"); the period is looked up.
        let mut period_before_words: Vec<(String, Period)> = lang
            .period_before
            .iter()
            .filter_map(|(p, w)| Some((w.trim().to_lowercase(), Period::parse(p)?)))
            .filter(|(w, _)| !w.is_empty())
            .collect();
        period_before_words.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        period_before_words.dedup();
        let before_words: Vec<String> =
            period_before_words.iter().map(|(w, _)| w.clone()).collect();
        let before_words = word_pattern(&before_words, true);
        // The period word, the rest of its word, and then no sentence end or number up to the
        // amount.
        let period_before = before_words
            .as_ref()
            .map(|p| format!(r"(?i)(?P<w>{p}){w}*(?:[^.。\d])*$"));
        let period_word = before_words.map(|p| format!(r"(?i)(?P<w>{p}){w}*"));
        // Right before, on the same line: a header cell "Max" above a row's first amount is
        // no "max" of it.
        let right_before = |words: &[String]| {
            crate::re::words_regex(words, false, "", r"(?-i:[^\S\n])*:?(?-i:[^\S\n])*$")
        };
        // Words counted from their start anywhere near an amount: word sets, not patterns.
        let near = |words: &[String]| WordSet::new(words, true);
        // Right before an amount, each word also where it ends a longer one ("turnover"): no
        // boundary before it.
        let not_pay_before: Vec<String> = lang
            .not_pay_before
            .iter()
            .map(|w| w.trim())
            .filter(|w| !w.is_empty())
            .map(regex::escape)
            .collect();
        let now = !lang.user_files.is_empty();
        let not_pay_before = PackPattern::around(&not_pay_before.join("|"), now, |w| {
            format!(r"(?i)(?:{w})\s*$")
        })
        .map_err(error)?;
        let phrases = |words: &[String], make: &dyn Fn(&str) -> String| {
            PackPattern::around(&crate::re::phrase_alternation(words, true), now, make)
        };
        let not_pay_phrases =
            phrases(&lang.not_pay_phrases, &|p| format!("(?i){p}")).map_err(error)?;
        // In the amount's clause: no sentence end between.
        let not_pay_later = phrases(&lang.not_pay_later, &|p| {
            format!(r"(?i)^(?u:[^.;\n])*?(?P<what>{p})")
        })
        .map_err(error)?;
        // After a plus, perhaps: "$2B+ in funding". A "b" is billions ("$5B", "$1.2b."), not
        // the "b" of an abbreviation ("28.000 € b/a", bruto anual).
        let not_amount_after = phrases(&lang.not_amount_after, &|p| {
            format!(r"(?i)^\s*\+?\s*(?:b(?:[\s.,;:)!?+-]|$)|{p})")
        })
        .map_err(error)?;
        Ok(PayMatcher {
            amount: crate::re::compile_ascii(&amount).map_err(error)?,
            symbol_currency,
            period_currency,
            period_words,
            period_tails,
            period_after: crate::re::compile_ascii(&period_after).map_err(error)?,
            payments: word_pattern(&lang.payments, false)
                .map(|w| {
                    // "x 14 meses", "× 14 pagas", "·14薪", "*14薪", "/ 13～15薪".
                    crate::re::compile(&format!(
                        r"(?i)^\s*{gross}[x×*·/]\s*1[2-6](?:\s*[~～-]\s*1[2-6])?\s*(?:{w})"
                    ))
                })
                .transpose()
                .map_err(error)?,
            period_before: period_before
                .map(|p| crate::re::compile(&p))
                .transpose()
                .map_err(error)?,
            period_word: period_word
                .map(|p| crate::re::compile(&p))
                .transpose()
                .map_err(error)?,
            period_before_words,
            gross_net: near(&lang.gross_net).map_err(error)?,
            up_to: right_before(&lang.up_to).map_err(error)?,
            from: right_before(&lang.from).map_err(error)?,
            open_above: near(&lang.open_above).map_err(error)?,
            pay_words: near(&lang.pay_words).map_err(error)?,
            whole_pay_words: WordSet::new(&lang.pay_whole_words, false).map_err(error)?,
            not_pay: near(&lang.not_pay).map_err(error)?,
            not_pay_phrases,
            not_pay_later,
            not_amount_after,
            not_pay_parts: WordSet::inside_words(&lang.not_pay_parts).map_err(error)?,
            not_pay_after: near(&lang.not_pay_after).map_err(error)?,
            not_pay_before,
            and_up: WordSet::new(&lang.and_up, false).map_err(error)?,
            adds_to_pay: WordSet::new(&lang.adds_to_pay, false).map_err(error)?,
            not_pay_beside: WordSet::new(&lang.not_pay_beside, false).map_err(error)?,
            and_words: lower(&vocab.ranges.and),
            between_words: lower(&vocab.ranges.between),
            label_bounds: lang.label_bounds.clone(),
            multipliers,
            local_currency,
            own_names,
            country_currency,
        })
    }

    pub fn extract(
        &self,
        scan: &Scan,
        doc: &Document,
        locations: &[Fact<Location>],
    ) -> Vec<Fact<Pay>> {
        let country = locations.iter().find_map(|l| l.value.country.clone());
        let mut out: Vec<(u8, Fact<Pay>)> = Vec::new();
        // The spans of pay whose currency a field of its own names: the place changes it not.
        let mut stated_currency: Vec<Span> = Vec::new();
        // Front matter first: the site renders it as the posting's pay.
        if let Some(fm) = &doc.front_matter {
            // A key as its leaf (`salary_min`), or its path when that is how it reads
            // (`salary: {min: ..}` is `salary_min`).
            let flat = |f: &crate::document::FrontMatterField| {
                f.key.to_ascii_lowercase().replace(['.', ' ', '-'], "_")
            };
            let mins: Vec<_> = fm
                .fields
                .iter()
                .filter(|f| is_min_key(&f.leaf_key()) || is_min_key(&flat(f)))
                .collect();
            let maxs: Vec<_> = fm
                .fields
                .iter()
                .filter(|f| is_max_key(&f.leaf_key()) || is_max_key(&flat(f)))
                .collect();
            // Beside them in a salary object, or beside top-level keys at the top level
            // (`currency: USD` next to `salary_min:`): its currency and period.
            let parent_leaf = |key: &str| -> (String, String) {
                match key.rsplit_once('.') {
                    Some((p, leaf)) => (p.to_string(), leaf.to_ascii_lowercase()),
                    None => (String::new(), key.to_ascii_lowercase()),
                }
            };
            let sibling = |of: &crate::document::FrontMatterField, names: &[&str]| {
                let parent = parent_leaf(&of.key).0;
                fm.fields.iter().find_map(|f| {
                    let (p, leaf) = parent_leaf(&f.key);
                    (p == parent && names.contains(&leaf.as_str()))
                        .then(|| f.value.trim().to_string())
                })
            };
            for (i, min) in mins.iter().enumerate() {
                let max = maxs.get(i);
                let lo = self.parse_bare(&min.value);
                let hi = max.and_then(|m| self.parse_bare(&m.value));
                if lo.is_none() && hi.is_none() {
                    continue;
                }
                let span = max.map_or(min.value_span, |m| min.value_span.cover(m.value_span));
                let named = sibling(min, &["currency"])
                    .filter(|c| c.len() == 3 && c.chars().all(|c| c.is_ascii_alphabetic()))
                    .map(|c| c.to_ascii_uppercase());
                // A currency named in a field of its own is stated, whatever the place.
                if named.is_some() {
                    stated_currency.push(span);
                }
                let currency = lo
                    .as_ref()
                    .or(hi.as_ref())
                    .and_then(|(_, c)| c.clone())
                    .or(named);
                let period =
                    sibling(min, &["period", "unit", "interval", "unittext"]).and_then(|p| {
                        let p = p.to_ascii_lowercase();
                        Period::parse(&p).or_else(|| Period::parse(p.trim_end_matches("ly")))
                    });
                let pay = Pay {
                    min: lo.map(|l| l.0),
                    max: hi.map(|h| h.0),
                    currency,
                    period,
                };
                out.push((0, Fact::new(pay, span)));
            }
            for f in fm.fields.iter().filter(|f| is_pay_key(&f.leaf_key())) {
                let seg = Segment {
                    span: f.value_span,
                    kind: SegmentKind::FieldValue("pay".into()),
                    section: None,
                    is_title: false,
                    label: None,
                };
                for (_, fact) in self.in_segment(scan, &seg, &[]) {
                    out.push((0, fact));
                }
            }
        }
        // The first segment whose text may state the period of an amount after it: none before
        // the last segment pay was read in.
        let mut context_from = 0;
        // A field naming the bottom of a range ("Salary Low: 50000"), waiting for its top.
        let mut open_bottom: Option<usize> = None;
        for (i, seg) in scan.segments.iter().enumerate() {
            // A pay word right before an amount makes it the pay before others of its kind of
            // text ("Salary $80,000 - $95,000" after a calculator's "Benchmark $90,000").
            let rank = |introduced: bool| match &seg.kind {
                SegmentKind::FieldValue(f) if f == "pay" => 1,
                _ if seg.section.as_deref() == Some("pay") => 2 + u8::from(!introduced),
                _ => 4 + u8::from(!introduced),
            };
            let before = &scan.segments[context_from.max(i.saturating_sub(SEGMENTS_BEFORE))..i];
            let mut found = self.in_segment(scan, seg, before);
            if !found.is_empty() {
                context_from = i + 1;
            }
            let bounds = match (&seg.kind, seg.label) {
                (SegmentKind::FieldValue(f), Some(label)) if f == "pay" => {
                    let bound = self.label_bounds.split(scan.slice(label)).map(|(b, _)| b);
                    // One amount under a label naming an end of a range: "$30" read, its
                    // number read again ("30", as a `Salary:` field reads any number) is the
                    // same statement.
                    let bound = bound.filter(|_| {
                        let mut taken_here = super::Disjoint::default();
                        found.retain(|(_, f)| taken_here.insert(f.span));
                        found.len() == 1
                    });
                    vec![bound; found.len()]
                }
                (SegmentKind::Text, _) => {
                    let previous = i.checked_sub(1).map(|p| &scan.segments[p]);
                    self.row_bounds(scan, seg, previous, &found)
                }
                _ => vec![None; found.len()],
            };
            // The span of the last amount of this segment the loop judged: a candidate that
            // overlaps it is the same statement read again, which `taken` drops below.
            let mut judged: Option<Span> = None;
            for ((introduced, mut fact), bound) in found.into_iter().zip(bounds) {
                if judged.is_some_and(|s| s.end > fact.span.start) {
                    out.push((rank(introduced), fact));
                    continue;
                }
                judged = Some(fact.span);
                // A single amount, or one already read as that end ("max $61,000").
                let one_end = |b: &crate::vocab::Bound, p: &Pay| match b {
                    crate::vocab::Bound::Min => p.max.is_none() || p.min == p.max,
                    crate::vocab::Bound::Max => p.min.is_none() || p.min == p.max,
                };
                match bound {
                    Some(bound) if one_end(&bound, &fact.value) => {
                        match bound {
                            crate::vocab::Bound::Min => fact.value.max = None,
                            crate::vocab::Bound::Max => fact.value.min = None,
                        }
                        // "Salary High" after "Salary Low": one range.
                        if let (crate::vocab::Bound::Max, Some(at)) = (bound, open_bottom.take())
                            && same_currency(&out[at].1.value, &fact.value)
                        {
                            let (_, bottom) = &mut out[at];
                            bottom.value.max = fact.value.max;
                            bottom.value.currency =
                                bottom.value.currency.take().or(fact.value.currency.take());
                            bottom.value.period = bottom.value.period.or(fact.value.period);
                            bottom.span = bottom.span.cover(fact.span);
                            continue;
                        }
                        if bound == crate::vocab::Bound::Min {
                            open_bottom = Some(out.len());
                        }
                    }
                    _ => open_bottom = None,
                }
                out.push((rank(introduced), fact));
            }
            for fact in self.template_includes(scan, seg) {
                out.push((1, fact));
            }
        }
        out.sort_by_key(|(rank, f)| (*rank, f.span.start));
        let mut facts: Vec<Fact<Pay>> = Vec::new();
        let mut taken = super::Disjoint::default();
        for (_, mut f) in out {
            if !taken.insert(f.span) {
                continue;
            }
            if !stated_currency.contains(&f.span) {
                let written = &scan.text[f.span.range()];
                let before = &scan.text[..f.span.start];
                self.resolve_currency(&mut f.value, country.as_deref(), written, before);
            }
            facts.push(f);
        }
        inherit_periods(&mut facts);
        facts
    }

    /// A number as written in front matter (`'132,552'`, `$172,500`, `85k`).
    fn parse_bare(&self, s: &str) -> Option<(f64, Option<String>)> {
        let c = self.amount.captures(s.trim())?;
        let value = parse_amount(c.name("a1")?.as_str())?
            * self.multiplier(c.name("m1").map(|m| m.as_str()));
        let currency = c
            .name("c1")
            .and_then(|m| self.currency_of(m.as_str()))
            .or_else(|| {
                c.name("c3")
                    .and_then(|m| self.suffix_currency(m.as_str()).map(|(cur, _)| cur))
            });
        (value > 0.0).then_some((value, currency))
    }

    fn multiplier(&self, m: Option<&str>) -> f64 {
        m.and_then(|m| self.multipliers.get(&m.trim().to_lowercase()).copied())
            .unwrap_or(1.0)
    }

    /// The amounts of a segment, each with whether a pay word comes right before it.
    /// `segments_before` are the segments before it since the last one pay was read in, where a
    /// sentence may state the period of its first amount.
    fn in_segment(
        &self,
        scan: &Scan,
        seg: &Segment,
        segments_before: &[Segment],
    ) -> Vec<(bool, Fact<Pay>)> {
        let text = scan.slice(seg.span);
        // A `Salary:` value is pay whatever its shape; a pay section's text is only a place
        // where pay words are expected (its lists are also numbered and hold benefits).
        let in_pay_field = matches!(&seg.kind, SegmentKind::FieldValue(f) if f == "pay");
        let in_pay_section = seg.section.as_deref() == Some("pay");
        // "Up to" an amount among the benefits is what a benefit is worth ("Fertility HRA (up
        // to $10,000 per year)"), unless the line speaks of pay.
        let benefit_cap = seg.section.as_deref() == Some("benefits")
            && !in_pay_field
            && !self.whole_pay_word_in(text);
        let mut out = Vec::new();
        let mut pos = 0;
        // Where the last amount read as pay ends: pay words before it are its own.
        let mut last_pay_end = 0;
        // Where the number starts of the last amount with a currency before it that the words
        // around it made no pay.
        let mut not_pay_at = None;
        while let Some(found) = self.amount.find_at(text, pos) {
            // Most candidates are bare numbers ("2024", "5 years"), and finding an amount's
            // groups costs several times what finding it does: a bare number is pay only in a
            // pay field or section or after a pay word (see `pay_word_near` below), so
            // elsewhere it is passed over without its groups.
            if let Some(digits) = bare_number(found.as_str())
                && !in_pay_field
                && !in_pay_section
            {
                let a1_start = found.end() - digits.len();
                if !self.pay_word_near(near_before(&text[..a1_start])) {
                    pos = next_candidate(text, found.start(), Some(a1_start));
                    continue;
                }
            }
            let Some(mut c) = self.amount.captures_at(text, found.start()) else {
                break;
            };
            // "42 000 Kč": a multiplier letter that spells a currency's symbol with the letters
            // after it ("K" and "č") is the symbol, not a thousand: the amount is read without
            // it, and the symbol is its currency.
            let mut glued_symbol = None;
            let last_multiplier = c.name(if c.name("a2").is_some() { "m2" } else { "m1" });
            if let (Some(m), Some(s)) = (last_multiplier, c.name("c3"))
                && m.end() == s.start()
                && let Some((cur, len)) = self.suffix_currency(&text[m.start()..s.end()])
                && let Some(without) = self.amount.captures_at(&text[..m.start()], found.start())
            {
                glued_symbol = Some((m.start() + len, cur));
                c = without;
            }
            let whole = c.get(0).expect("group 0");
            let a1 = c.name("a1").expect("a1 takes part in every match");
            pos = next_candidate(
                text,
                whole.start(),
                c.name("c1").is_none().then(|| a1.start()),
            );
            // "or $25": letters before a sign that are no currency code are a word, and the
            // sign alone is the currency.
            let c1 = c.name("c1").and_then(|m| {
                self.currency_of(m.as_str())
                    .map(|cur| (m.start(), cur))
                    .or_else(|| {
                        let (word, sign) = m.as_str().rsplit_once(' ')?;
                        let cur = self.currency_of(sign)?;
                        Some((m.start() + word.len() + 1, cur))
                    })
            });
            let c3 = glued_symbol
                .or_else(|| {
                    c.name("c3").and_then(|m| {
                        self.suffix_currency(m.as_str())
                            .map(|(cur, len)| (m.start() + len, cur))
                            .or_else(|| self.period_currency_word(text, m, in_pay_field))
                    })
                })
                .or_else(|| {
                    // "60 TEUR", "60 T€": a multiplier word that ends with a currency's name
                    // (a pack's `multipliers`) names it.
                    let m = c.name(if c.name("a2").is_some() { "m2" } else { "m1" })?;
                    let word = m.as_str();
                    word.char_indices()
                        .skip(1)
                        .find_map(|(i, _)| self.currency_of(&word[i..]))
                        .map(|cur| (m.end(), cur))
                });
            // "$22 $25": a sign right before the next number is that amount's, not this one's;
            // a bare number right before another amount ("Step 1 $136,908") is none.
            let sign_of_next = c3
                .as_ref()
                .is_some_and(|(e, _)| text[*e..].starts_with(|ch: char| ch.is_ascii_digit()));
            let c3 = c3.filter(|_| !sign_of_next);
            if sign_of_next && c1.is_none() && c.name("a2").is_none() {
                continue;
            }
            let start = c1.as_ref().map_or(a1.start(), |(at, _)| *at);
            let core_end = ["m2", "a2", "m1", "a1"]
                .iter()
                .find_map(|g| c.name(g))
                .map_or(a1.end(), |m| m.end());
            let end = c3.as_ref().map_or(core_end, |(e, _)| *e);
            // "$80k+", "75+/hr": an open top, part of the amount.
            let plus = text[end..].starts_with('+');
            let end = end + usize::from(plus);
            let before = &text[..start];
            let after = &text[end..];
            // "3.828,-" is written only of money: it says pay as a currency does.
            let no_cents = ["a1", "a2"]
                .iter()
                .filter_map(|g| c.name(g))
                .any(|m| m.as_str().ends_with(['-', '–']));
            let has_currency = c1.is_some()
                || c.name("cm").is_some()
                || c.name("c2").is_some()
                || c3.is_some()
                || no_cents;
            let sep = c.name("sep").map(|m| m.as_str().to_lowercase());
            // "3 and 5" is only a range after "between".
            if sep.as_ref().is_some_and(|w| self.and_words.contains(w))
                && !self.between_words.iter().any(|b| ends_with_word(before, b))
            {
                continue;
            }
            // "3.100 en maximaal 4.400" only after a bottom's word ("minimaal").
            let and_top = sep.as_ref().is_some_and(|w| {
                !self.and_words.contains(w)
                    && w.split_whitespace()
                        .next()
                        .is_some_and(|a| self.and_words.iter().any(|x| x == a))
            });
            if and_top && !self.bottom_before(before) {
                continue;
            }
            // "more than $45,000", passed over for the words around it, is not read again as
            // "45,000" after its sign.
            if c1.is_none() && not_pay_at == Some(a1.start()) {
                // Nor the rest of it ("500" of "2,500").
                pos = pos.max(a1.end());
                continue;
            }
            let not_pay_here = c1.is_some().then_some(a1.start());
            // "max.100.000 €": an up-to or from word written with its dot against the amount.
            let after_abbreviation = before.ends_with('.')
                && (ends_with_one_of(&self.up_to, before) || ends_with_one_of(&self.from, before));
            if !plausible_context(before, after, &c, c3.is_some(), after_abbreviation)
                || self.no_amount_after(after)
                || self
                    .not_pay_before
                    .as_ref()
                    .is_some_and(|re| crate::re::before(re.get(), before, before.len()))
            {
                not_pay_at = not_pay_here;
                continue;
            }
            // The second amount's currency must be one the vocabulary knows.
            if c.name("c2")
                .is_some_and(|m| self.currency_of(m.as_str()).is_none())
            {
                continue;
            }
            // "Level 1 - $32.60 - 45.67": a currency before the second amount only, and a first
            // number far from it, make the first a number of something else; the amount starts
            // at the currency.
            let amount = |g: &str| c.name(g).and_then(|m| parse_amount(m.as_str()));
            if c.name("c2").is_some()
                && c1.is_none()
                && ["cm", "pm", "m1", "m2"].iter().all(|g| c.name(g).is_none())
                && c3.is_none()
                && amount("a1")
                    .zip(amount("a2"))
                    .is_some_and(|(lo, hi)| lo * 4.0 < hi || lo > hi)
            {
                continue;
            }
            // A list number at the start of a line: "1、周末双休", "2. Health insurance".
            if before.trim().is_empty()
                && c.name("sep").is_none()
                && after.starts_with(['、', '.', ')', '．'])
            {
                continue;
            }
            if benefit_cap && crate::re::before(&BENEFIT_CAP, before, before.len()) {
                continue;
            }
            // Revenue, funding, bonuses and caps near the number: not the role's pay.
            let near = near_before(before);
            if !in_pay_field && self.not_pay_near(near) {
                not_pay_at = not_pay_here;
                continue;
            }
            // "Expérience : 1 an": a number in a field that states another fact is that fact,
            // unless it carries a currency.
            if matches!(&seg.kind, SegmentKind::FieldValue(f) if f != "pay") && !has_currency {
                continue;
            }
            // "up to $1500/yr ProDev allowance": what the amount is for follows it.
            let head = super::experience::head_chars(after, 40);
            let not_pay_after = self
                .not_pay_after
                .as_ref()
                .is_some_and(|w| starts_with_word(w, head.trim_start()));
            if !in_pay_field && (self.for_something_else(head) || not_pay_after) {
                not_pay_at = not_pay_here;
                continue;
            }
            // "管理资产近8000万美元", "完成 1200 万美元私募轮": assets, funding, valuation; not
            // a word of the next clause ("日薪 200 元，提供午餐补贴": a meal subsidy besides).
            if !in_pay_field
                && self.not_pay_beside.as_ref().is_some_and(|w| {
                    w.is_match(clause_end(super::experience::tail_chars(before, 12)))
                        || w.is_match(clause_start(super::experience::head_chars(after, 8)))
                })
            {
                continue;
            }
            // "0-0" and other empty placeholders; "0-2000" is still a range.
            let zero = |g: &str| {
                c.name(g)
                    .is_none_or(|m| parse_amount(m.as_str()) == Some(0.0))
            };
            if zero("a1") && zero("a2") {
                continue;
            }
            // "月薪：15k-25k", "Hourly rate: $25": the field's label may say the period.
            let period = self
                .period_after(after)
                .or_else(|| c.name("pm").and_then(|m| self.period_after(m.as_str())))
                .or_else(|| self.paid_monthly(after).then_some(Period::Month))
                .or_else(|| self.period_before(before))
                .or_else(|| {
                    seg.label.and_then(|l| {
                        let label = format!("{} ", scan.slice(l).trim_end_matches([':', '：']));
                        self.period_before(&label)
                    })
                })
                .or_else(|| {
                    self.period_in_sentence_before(
                        &text[last_pay_end.min(start)..start],
                        SENTENCE_BEFORE_WINDOW,
                    )
                });
            let near = near_before(before);
            let pay_word_near = self.pay_word_near(near);
            // "9-14K" in the title, "25k~40k" on a line of its own: a range of thousands with
            // nothing else around it is how many postings (Chinese ones above all) state pay.
            let thousands_range = c.name("a2").is_some()
                && c.name("m2")
                    .or(c.name("m1"))
                    .is_some_and(|m| self.multiplier(Some(m.as_str())) >= 1000.0);
            let stands_alone = seg.is_title || text.trim().chars().nth(40).is_none();
            // "16 per hour" on a short line of its own (a job board's top card): a number
            // with "per hour" right after it is an hourly rate; days and weeks count other things.
            let hourly_alone = stands_alone && self.period_after(after) == Some(Period::Hour);
            if !(has_currency
                || in_pay_field
                || hourly_alone
                || (thousands_range && stands_alone)
                || ((pay_word_near || in_pay_section)
                    && (period.is_some() || c.name("a2").is_some())))
            {
                continue;
            }
            // In a `Salary:` field small numbers are hourly rates ("Salary range: 13-20").
            if !has_currency && !in_pay_field && looks_like_year_or_count(&c, after) {
                continue;
            }
            // A paragraph or heading before the first amount of a segment may state its period
            // too, once the amount is read as pay ("Base annual salary is one part of it." then
            // "$165,000 - $200,000" under a heading); it makes no number pay. Each on its own:
            // a period word at the end of one ("39 hours a week, hourly schedule") is not about
            // a pay word at the start of the next.
            let period = period.or_else(|| {
                segments_before
                    .iter()
                    .rev()
                    .take_while(|_| last_pay_end == 0)
                    .find_map(|s| {
                        self.period_in_sentence_before(scan.slice(s.span), PARAGRAPH_BEFORE_WINDOW)
                    })
            });
            let m1 = c.name("m1").map(|m| m.as_str());
            let m2 = c.name("m2").map(|m| m.as_str());
            let Some(mut a1) = c.name("a1").and_then(|m| parse_amount(m.as_str())) else {
                continue;
            };
            let a2 = c.name("a2").and_then(|m| parse_amount(m.as_str()));
            // "80-100k": the second amount's multiplier applies to the first.
            a1 *= self.multiplier(m1.or(if a2.is_some() { m2 } else { None }));
            // "1w-1.4wRMB" where the second multiplier was not read: a top below the bottom
            // takes the bottom's multiplier.
            let a2 = a2.map(|v| {
                let scaled = v * self.multiplier(m2);
                if m2.is_none() && m1.is_some() && scaled < a1 {
                    v * self.multiplier(m1)
                } else {
                    scaled
                }
            });
            if a1 < 0.0 || (a1 == 0.0 && a2.is_none_or(|v| v <= 0.0)) {
                continue;
            }
            // "$45,700 - $74,400 CAD": a code after says which dollar a bare sign is.
            let bare_sign = c.name("c1").is_some_and(|m| m.as_str().trim() == "$");
            let dollar_after = c3
                .as_ref()
                .map(|(_, cur)| cur.clone())
                .filter(|cur| bare_sign && self.is_dollar(cur));
            let currency = dollar_after
                .or_else(|| c1.map(|(_, cur)| cur))
                .or_else(|| c.name("cm").and_then(|m| self.currency_of(m.as_str())))
                .or_else(|| c.name("c2").and_then(|m| self.currency_of(m.as_str())))
                .or_else(|| c3.map(|(_, cur)| cur));
            let (min, max) = match a2 {
                Some(hi) => (Some(a1), Some(hi)),
                None if plus
                    || self.and_up_after(after)
                    || ends_with_one_of(&self.from, before)
                    || self
                        .open_above
                        .as_ref()
                        .is_some_and(|w| w.is_match(sentence_after(after))) =>
                {
                    (Some(a1), None)
                }
                None if ends_with_one_of(&self.up_to, before) => (None, Some(a1)),
                None => (Some(a1), Some(a1)),
            };
            let mut span_end = end;
            if let Some(p) = self.period_after.find(unglued(crate::re::head(after))) {
                span_end = end + p.end();
            }
            let span = Span::new(start, span_end).offset(seg.span.start);
            let span = trim_span(scan.text, span);
            last_pay_end = span_end;
            out.push((
                pay_word_near,
                Fact::new(
                    Pay {
                        min,
                        max,
                        currency,
                        period,
                    },
                    span,
                ),
            ));
        }
        self.join_alternatives(scan.text, out)
    }

    /// Amounts of one sentence that are alternatives to each other, as one pay from the lowest
    /// to the highest: a list of rates ("10,65 € 11,96 € 13,00 €", "$20, $22 or $25 an hour")
    /// or pay that changes ("R$ 7.200 até dez/2020 (R$ 8.000 a partir de jan/2021)"). Only
    /// single amounts of one currency, no period or the same one, within
    /// [`ALTERNATIVES_RATIO`] of each other (a shift differential is not an alternative to the
    /// pay), with no gross or net word between them ("3.000 € brutto (2.100 € netto)" states
    /// one pay twice).
    fn join_alternatives(
        &self,
        text: &str,
        facts: Vec<(bool, Fact<Pay>)>,
    ) -> Vec<(bool, Fact<Pay>)> {
        let single = |p: &Pay| p.min.is_some() && p.min == p.max;
        let mut out: Vec<(bool, Fact<Pay>)> = Vec::with_capacity(facts.len());
        // The last fact that overlaps none before it, and whether it is single amounts (one,
        // or joined ones). Candidates that overlap it ("$ 5.100" inside "R$ 5.100") stay for
        // `extract` to drop, as it drops every overlapping one.
        let mut last: Option<(usize, bool)> = None;
        for (near, f) in facts {
            let is_single = single(&f.value);
            if let Some((i, last_single)) = last {
                let (prev_near, prev) = &mut out[i];
                if f.span.start < prev.span.end {
                    out.push((near, f));
                    continue;
                }
                let gap = &text[prev.span.end..f.span.start];
                let (a, b) = (&prev.value, &f.value);
                let lo = a.min.zip(b.min).map(|(x, y)| x.min(y));
                let hi = a.max.zip(b.max).map(|(x, y)| x.max(y));
                let close = lo
                    .zip(hi)
                    .is_some_and(|(lo, hi)| lo > 0.0 && hi <= lo * ALTERNATIVES_RATIO);
                let periods_agree =
                    a.period.is_none() || b.period.is_none() || a.period == b.period;
                if last_single
                    && is_single
                    && close
                    && a.currency == b.currency
                    && periods_agree
                    && gap.chars().count() <= ALTERNATIVES_GAP
                    && !gap.contains('\n')
                    && !SENTENCE_END.is_match(gap)
                    && !self.gross_net.as_ref().is_some_and(|w| w.is_match(gap))
                {
                    let period = a.period.or(b.period);
                    prev.value.min = lo;
                    prev.value.max = hi;
                    prev.value.period = period;
                    prev.span = prev.span.cover(f.span);
                    *prev_near |= near;
                    continue;
                }
            }
            last = Some((out.len(), is_single));
            out.push((near, f));
        }
        out
    }

    /// `{% include job/salary_range.html min="$172,075" max="$183,500" %}`
    fn template_includes(&self, scan: &Scan, seg: &Segment) -> Vec<Fact<Pay>> {
        let mut out = Vec::new();
        let s = seg;
        for c in INCLUDE.captures_iter(scan.slice(seg.span)) {
            let name = c.name("name").map_or("", |m| m.as_str());
            if !INCLUDE_NAMES.iter().any(|n| name.contains(n)) {
                continue;
            }
            let params = c.name("params").map_or("", |m| m.as_str());
            let get = |name: &str| {
                PARAM
                    .captures_iter(params)
                    .find(|p| &p["k"] == name)
                    .map(|p| p["v"].to_string())
            };
            let lo = get("min").and_then(|v| self.parse_bare(&v));
            let hi = get("max").and_then(|v| self.parse_bare(&v));
            if lo.is_none() && hi.is_none() {
                continue;
            }
            let currency = lo.as_ref().or(hi.as_ref()).and_then(|(_, c)| c.clone());
            out.push(Fact::new(
                Pay {
                    min: lo.map(|v| v.0),
                    max: hi.map(|v| v.0),
                    currency,
                    period: None,
                },
                match_span(&c, s),
            ));
        }
        out
    }

    /// The currency a symbol or code stands for.
    fn currency_of(&self, token: &str) -> Option<String> {
        let token = token.trim().to_lowercase();
        self.symbol_currency.get(&token).cloned().or_else(|| {
            // "CAD $": the code says which dollar.
            let (code, sign) = token.split_once(' ')?;
            self.symbol_currency
                .contains_key(sign.trim())
                .then(|| self.symbol_currency.get(code).cloned())?
        })
    }

    /// The currency written after an amount, and how many bytes of `token` name it: the longest
    /// run of its first words that the vocabulary knows ("US dollars" in "US dollars per year").
    fn suffix_currency(&self, token: &str) -> Option<(String, usize)> {
        let ends: Vec<usize> = token
            .char_indices()
            .filter(|&(_, ch)| ch == ' ')
            .map(|(i, _)| i)
            .chain([token.len()])
            .collect();
        // A full stop after a code ends the sentence ("... $164,000 USD."), unless the
        // vocabulary writes the name with it.
        ends.iter().rev().find_map(|&end| {
            let name = &token[..end];
            self.currency_of(name).map(|c| (c, end)).or_else(|| {
                let name = name.strip_suffix('.')?;
                self.currency_of(name).map(|c| (c, name.len()))
            })
        })
    }

    /// A word of `words_with_period` that starts `m`, when a pay period follows it ("pounds
    /// per year"): its end and currency.
    /// A currency word of `words_with_period` ("pounds") right after an amount: a currency
    /// before a pay period ("30,000 pounds per year") or in a pay field ("Salary: 28,000
    /// pounds"); elsewhere it may be a weight ("lift 50 pounds").
    fn period_currency_word(
        &self,
        text: &str,
        m: crate::re::Match,
        in_pay_field: bool,
    ) -> Option<(usize, String)> {
        let word = m.as_str().split(' ').next()?;
        let cur = self.period_currency.get(&word.to_lowercase())?;
        let end = m.start() + word.len();
        (in_pay_field || self.period_after.is_match(&text[end..])).then(|| (end, cur.clone()))
    }

    fn is_dollar(&self, code: &str) -> bool {
        self.symbol_currency
            .iter()
            .any(|(sym, c)| c == code && sym.ends_with('$'))
    }

    /// Whether a pay word of English or of a language pack is in `near`.
    /// Which end of a range each amount of a table row is (`None` where nothing says), as the
    /// words of `label_bounds` name it: the row's own label ("| Low | $48,000 |", "Salary Max
    /// $61,000" where a page's cells run together, "Minimum\t$48,000" in a copied page), or a
    /// header row right above that holds only such words and labels ("| Min | Max |" over "|
    /// $48,000 | $61,000 |"), its words taken in order by the row's amounts.
    fn row_bounds(
        &self,
        scan: &Scan,
        seg: &Segment,
        previous: Option<&Segment>,
        found: &[(bool, Fact<Pay>)],
    ) -> Vec<Option<crate::vocab::Bound>> {
        let mut out = vec![None; found.len()];
        let text = scan.slice(seg.span);
        let mut k = 0;
        while k < found.len() {
            let at = found[k].1.span.start.saturating_sub(seg.span.start);
            let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
            let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
            // The amounts of this line that overlap none before them.
            let mut on_line = Vec::new();
            let mut end = 0;
            let mut next = k;
            while next < found.len() && found[next].1.span.start < seg.span.start + line_end {
                if found[next].1.span.start >= end {
                    on_line.push(next);
                    end = found[next].1.span.end;
                }
                next += 1;
            }
            // The line above: in this segment (past a Markdown table's `|---|` line), or the
            // last line of the segment before (a page's table row, a Markdown one, a list item).
            let above = text[..line_start]
                .lines()
                .rev()
                .find(|l| !l.trim().is_empty() && !is_table_rule(l))
                .or_else(|| {
                    (line_start == 0)
                        .then(|| previous.and_then(|p| scan.slice(p.span).lines().last()))
                        .flatten()
                });
            if let [only] = on_line[..] {
                let label = &text[line_start..found[only].1.span.start - seg.span.start];
                // A cell copied onto a line of its own ("Low" // "$48,000"), a list item
                // ("od" // "4500 zł"): the line above, when it is a label and nothing else.
                let label = if is_blank_label(label) {
                    above.unwrap_or_default()
                } else {
                    label
                };
                out[only] = self.row_label_bound(label);
            } else {
                let header = above.map(|l| self.header_bounds(l)).unwrap_or_default();
                if header.len() == on_line.len() {
                    for (j, bound) in on_line.into_iter().zip(header) {
                        out[j] = Some(bound);
                    }
                }
            }
            k = next;
        }
        out
    }

    /// The end of a range a row's label names: a bound word alone ("Low", "Max") or beside a
    /// pay word ("Salary Min", "Maximum pay").
    fn row_label_bound(&self, label: &str) -> Option<crate::vocab::Bound> {
        let label = label
            .replace(['|', '\t'], " ")
            .trim_matches(|c: char| {
                c.is_whitespace() || matches!(c, ':' | '*' | '_' | '#' | '-' | '–')
            })
            .to_string();
        if label.is_empty()
            || label.chars().any(|c| c.is_ascii_digit())
            || label.split_whitespace().count() > 5
        {
            return None;
        }
        let (bound, rest) = self.label_bounds.split(&label)?;
        (rest.is_empty() || self.pay_word_near(&rest.join(" "))).then_some(bound)
    }

    /// The ends of a range a header row names, in order: a short line without numbers whose
    /// cells (between `|`, tabs or wide gaps) name both ends, each cell that names one a bound
    /// word alone ("| Pay range | Low | High |", "Min\tMax"); a line without cells, only bound
    /// words ("Low High", as a page's header cells run together).
    fn header_bounds(&self, line: &str) -> Vec<crate::vocab::Bound> {
        if line.chars().any(|c| c.is_ascii_digit()) || line.contains(['.', '!', '?']) {
            return Vec::new();
        }
        let lower = line.to_lowercase();
        let bound_of = |w: &str| {
            let w = w.trim_matches(|c: char| c.is_whitespace() || matches!(c, ':' | '*' | '_'));
            if self.label_bounds.min.iter().any(|m| m == w) {
                Some(crate::vocab::Bound::Min)
            } else if self.label_bounds.max.iter().any(|m| m == w) {
                Some(crate::vocab::Bound::Max)
            } else {
                None
            }
        };
        let cells: Vec<&str> = lower
            .split(['|', '\t'])
            .flat_map(|c| c.split("  "))
            .filter(|c| !c.trim().is_empty())
            .collect();
        let bounds: Vec<crate::vocab::Bound> = if cells.len() > 1 {
            cells.iter().filter_map(|c| bound_of(c)).collect()
        } else {
            let words: Vec<Option<crate::vocab::Bound>> =
                lower.split_whitespace().map(bound_of).collect();
            if words.iter().any(Option::is_none) {
                return Vec::new();
            }
            words.into_iter().flatten().collect()
        };
        let both = bounds.contains(&crate::vocab::Bound::Min)
            && bounds.contains(&crate::vocab::Bound::Max);
        if both && cells.len() <= HEADER_CELLS_MAX {
            bounds
        } else {
            Vec::new()
        }
    }

    /// Whether a word of `not_pay` is in `near`, other than as part of a longer pay word
    /// ("bolsa-auxílio", an intern's pay, holds "auxílio", an allowance).
    fn not_pay_near(&self, near: &str) -> bool {
        if self
            .not_pay_phrases
            .as_ref()
            .is_some_and(|re| re.get().is_match(near))
        {
            return true;
        }
        let pay: Vec<_> = self
            .pay_words
            .as_ref()
            .map(|w| w.find_iter(near).map(|(m, _)| m.range()).collect())
            .unwrap_or_default();
        [&self.not_pay, &self.not_pay_parts]
            .into_iter()
            .flatten()
            .flat_map(|set| set.find_iter(near))
            .any(|(m, _)| {
                !pay.iter()
                    .any(|p| p.start <= m.start() && m.end() <= p.end && p.len() > m.range().len())
            })
    }

    /// Whether `after`, the text right after an amount, leaves its top open: a plus ("$80k+ +"
    /// after the one read with the amount) or a word of `and_up` ("$20 and up an hour").
    fn and_up_after(&self, after: &str) -> bool {
        let blank = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r');
        after.starts_with('+')
            || self.and_up.as_ref().is_some_and(|w| {
                starts_with_word(w, crate::re::head(after).trim_start_matches(blank))
            })
    }

    /// Whether `after`, the text right after an amount, says what the amount is for ("$1500/yr
    /// ProDev allowance", "$5,000 annual bonus"), rather than what comes on top of the pay
    /// ("plus bonus", "base + bonus": a sign or a word of `adds_to_pay` before it).
    fn for_something_else(&self, after: &str) -> bool {
        let Some(later) = &self.not_pay_later else {
            return false;
        };
        later
            .get()
            .captures(after)
            .and_then(|c| c.name("what"))
            .is_some_and(|what| {
                let between = &after[..what.start()];
                !(between.contains(['+', '＋'])
                    || self
                        .adds_to_pay
                        .as_ref()
                        .is_some_and(|w| w.is_match(between)))
            })
    }

    /// Whether a word of `not_amount_after` follows a number right after it ("$5 billion",
    /// "40%", "10+ years"): then it is no amount of pay.
    fn no_amount_after(&self, after: &str) -> bool {
        let Some(re) = &self.not_amount_after else {
            return false;
        };
        // The pattern's word boundaries are ASCII ones: its "m" (million) must not be the start
        // of "měsíčně".
        let head = crate::re::head(after);
        re.get().find(head).is_some_and(|m| {
            !(m.as_str().ends_with(|ch: char| ch.is_ascii_alphabetic())
                && head[m.end()..].starts_with(|ch: char| ch.is_alphabetic() && !ch.is_ascii()))
        })
    }

    fn pay_word_near(&self, near: &str) -> bool {
        self.whole_pay_word_in(near) || self.pay_words.as_ref().is_some_and(|w| w.is_match(near))
    }

    fn whole_pay_word_in(&self, text: &str) -> bool {
        self.whole_pay_words
            .as_ref()
            .is_some_and(|w| w.is_match(text))
    }

    /// The period a word before the amount names ("Jahresgehalt von", "hourly rate of").
    fn period_before(&self, before: &str) -> Option<Period> {
        let re = self.period_before.as_ref()?;
        let c = re.captures(super::experience::tail_chars(before, 40))?;
        self.period_of_word(c.name("w")?.as_str())
    }

    /// The period of the longest word of `period_before` that `word` starts with.
    fn period_of_word(&self, word: &str) -> Option<Period> {
        let word = word.to_lowercase();
        self.period_before_words
            .iter()
            .find(|(w, _)| word.starts_with(w.as_str()))
            .map(|(_, p)| *p)
    }

    /// The period that pay words in the sentence before state for an amount that states none
    /// ("ein monatliches Bruttogehalt gemäß Kollektivvertrag. Stufe 2 (3.828,-)"): a period
    /// word followed by a pay word, in the sentence of the amount or the one before, after
    /// the last amount read as pay.
    fn period_in_sentence_before(&self, before: &str, window: usize) -> Option<Period> {
        let re = self.period_word.as_ref()?;
        let window = super::experience::tail_chars(before, window);
        // The start of the sentence before: after the second-last sentence end.
        let ends: Vec<usize> = SENTENCE_END.find_iter(window).map(|m| m.end()).collect();
        let from = ends.len().checked_sub(2).map_or(0, |i| ends[i]);
        let passage = &window[from..];
        re.captures_iter(passage)
            .filter(|c| {
                let m = c.get(0).expect("group 0");
                // "Monatsgehalt" is a pay word itself.
                self.pay_word_near(m.as_str())
                    || self.pay_word_near(super::experience::head_chars(
                        &passage[m.end()..],
                        PERIOD_PAY_WORD_GAP,
                    ))
            })
            .last()
            .and_then(|c| self.period_of_word(c.name("w")?.as_str()))
    }

    fn period_after(&self, after: &str) -> Option<Period> {
        let c = self
            .period_after
            .captures(unglued(crate::re::head(after)))?;
        if let Some(tail) = c.name("tail") {
            let tail = tail.as_str().to_lowercase();
            return self
                .period_tails
                .iter()
                .find(|(w, _)| tail.ends_with(w.as_str()))
                .map(|(_, p)| *p);
        }
        self.period_words.get(&c["p"].to_lowercase()).copied()
    }

    /// A month's pay counted in payments a year after it ("950 € x 14 meses").
    fn paid_monthly(&self, after: &str) -> bool {
        self.payments
            .as_ref()
            .is_some_and(|re| re.is_match(crate::re::head(after)))
    }

    /// The currency of `pay` where the posting is (`country`), from what `written` states
    /// (`before` is the text before it).
    fn resolve_currency(&self, pay: &mut Pay, country: Option<&str>, written: &str, before: &str) {
        // After a place's comma ("San Mateo, CA$80/hour"), not after a label ("Salary: CA$70,000").
        let after_place = before.trim_end().ends_with(',');
        match (&pay.currency, country) {
            // "San Mateo, CA$80/hour": a state code run into "$" in a US posting is US dollars.
            (Some(code), Some("US")) if code != "USD" && self.is_dollar(code) && after_place => {
                pay.currency = Some("USD".into())
            }
            (Some(code), Some(country)) if code == "USD" && !self.names_own(code, written) => {
                // A bare "$" in a Canadian posting is Canadian dollars; "USD" stays.
                if let Some(local) = self.local_currency.get(country) {
                    pay.currency = Some(local.clone());
                }
            }
            (None, Some(country)) => pay.currency = self.country_currency.get(country).cloned(),
            _ => {}
        }
    }

    /// Whether `written` names currency `code` in a way no other currency shares ("USD",
    /// "US$52"), as a word of its own.
    fn names_own(&self, code: &str, written: &str) -> bool {
        let written = written.to_lowercase();
        let names = self.own_names.get(code).map_or(&[][..], Vec::as_slice);
        names.iter().any(|name| {
            written.match_indices(name.as_str()).any(|(i, _)| {
                let before = written[..i].chars().next_back();
                let after = written[i + name.len()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphabetic)
            })
        })
    }
}

/// Whether two amounts may be the two ends of one range: no currency, or the same.
fn same_currency(a: &Pay, b: &Pay) -> bool {
    a.currency.is_none() || b.currency.is_none() || a.currency == b.currency
}

/// The same amounts stated twice, once with their period ("bis 60.000 €" in a heading, "bis
/// zu 60.000 Euro jährlich" in the text): the statement without one has that period too.
fn inherit_periods(facts: &mut [Fact<Pay>]) {
    let same = |a: &Pay, b: &Pay| {
        a.min == b.min
            && a.max == b.max
            && (a.currency.is_none() || b.currency.is_none() || a.currency == b.currency)
    };
    for i in 0..facts.len() {
        if facts[i].value.period.is_some() {
            continue;
        }
        let mut periods = facts
            .iter()
            .filter(|f| same(&f.value, &facts[i].value))
            .filter_map(|f| f.value.period);
        // Only one period among them: two would be two different statements.
        if let Some(p) = periods.next()
            && periods.all(|q| q == p)
        {
            facts[i].value.period = Some(p);
        }
    }
}

/// The rest of an amount's sentence and the next sentence, at most [`OPEN_ABOVE_WINDOW`]
/// characters: where words that open its top may be.
fn sentence_after(after: &str) -> &str {
    let window = super::experience::head_chars(after, OPEN_ABOVE_WINDOW);
    match SENTENCE_END.find_iter(window).nth(1) {
        Some(m) => &window[..m.start()],
        None => window,
    }
}

fn is_min_key(k: &str) -> bool {
    matches!(
        k,
        "salary_min"
            | "min_salary"
            | "pay_min"
            | "min_pay"
            | "min_payrange"
            | "salary_from"
            | "wage_min"
            | "compensation_min"
    )
}

fn is_max_key(k: &str) -> bool {
    matches!(
        k,
        "salary_max"
            | "max_salary"
            | "pay_max"
            | "max_pay"
            | "max_payrange"
            | "salary_to"
            | "wage_max"
            | "compensation_max"
    )
}

fn is_pay_key(k: &str) -> bool {
    matches!(
        k,
        "pay"
            | "salary"
            | "compensation"
            | "wage"
            | "pay_range"
            | "salary_range"
            | "base_salary"
            | "rate"
    )
}

crate::re::patterns! {
    /// What a benefit is worth says "up to" ("HRA (up to $10,000 per year)").
    static BENEFIT_CAP = r"(?i)\bup to\s*$";
    /// The end of a sentence: a full stop and a space, not a thousands dot ("3.828").
    static SENTENCE_END = r"(?:[.!?]|(?u:。))(?:\s|$)";
    /// A Liquid include tag with its file's name and parameters (see [`INCLUDE_NAMES`]).
    static INCLUDE = r"\{%-?\s*include\s+(?P<name>[\w./-]*)\s+(?P<params>(?u:[^%])*)-?%\}";
    static PARAM = r#"(?P<k>\w+)\s*=\s*"(?P<v>(?u:[^"])*)""#;
}

/// What an include's file name holds when it renders pay (`job/salary_range.html`): names of
/// a site's files, as front matter's keys are ([`is_pay_key`]), not words of running text.
const INCLUDE_NAMES: [&str; 4] = ["salary", "pay", "compensation", "wage"];

/// Where to look for the next amount after a candidate that starts at `start` (its first
/// number at `number`, when no currency comes before it).
///
/// A rejected candidate ("15 - $134,789" in "GS-15 - $134,789") may hide a real one inside it:
/// look again from its next character, not from its end. Without a currency before it, the
/// candidate from its first digit would be this one again. Nor from inside a number: an amount
/// glued to a digit before it is rejected ([`plausible_context`]), so "23,456" in "123,456"
/// need not be tried.
fn next_candidate(text: &str, start: usize, number: Option<usize>) -> usize {
    let mut pos = start + text[start..].chars().next().map_or(1, char::len_utf8);
    if let Some(number) = number {
        pos = pos.max(number + 1);
    }
    let bytes = text.as_bytes();
    while bytes.get(pos).is_some_and(u8::is_ascii_digit) && bytes[pos - 1].is_ascii_digit() {
        pos += 1;
    }
    pos
}

/// The digits of a candidate amount that is a bare number ("2024", " 5": one optional space,
/// then only digits, dots and commas): one with no currency, multiplier or range, whose only
/// group is `a1`.
fn bare_number(candidate: &str) -> Option<&str> {
    let digits = candidate
        .strip_prefix([' ', '\t', '\n', '\x0B', '\x0C', '\r'])
        .unwrap_or(candidate);
    digits
        .bytes()
        .all(|b| b.is_ascii_digit() || b == b',' || b == b'.')
        .then_some(digits)
}

/// The text shortly before an amount, where words that make it pay or not pay are looked for.
/// Whether `before`, the text before an amount, ends with one of the words of `re`.
/// `text` up to a word glued to the one before it, where a small letter runs into a capital:
/// "an hourTop benefits" lost the line break after "hour", which is the period.
fn unglued(text: &str) -> &str {
    let mut prev_lower = false;
    for (i, ch) in text.char_indices() {
        if prev_lower && ch.is_uppercase() {
            return &text[..i];
        }
        prev_lower = ch.is_lowercase();
    }
    text
}

/// Whether the text before an amount on its line is no label: cell borders, a bullet,
/// emphasis.
fn is_blank_label(label: &str) -> bool {
    label
        .chars()
        .all(|c| c.is_whitespace() || matches!(c, '|' | '*' | '_' | '-' | '•' | ':'))
}

/// A Markdown table's rule line (`|---|:---:|`).
fn is_table_rule(line: &str) -> bool {
    let line = line.trim();
    line.contains('-')
        && line
            .chars()
            .all(|c| matches!(c, '|' | '-' | ':' | ' ' | '\t'))
}

fn ends_with_one_of(re: &Option<Regex>, before: &str) -> bool {
    re.as_ref()
        .is_some_and(|re| re.is_match(super::experience::tail_chars(before, 30)))
}

impl PayMatcher {
    /// Whether a word of a bottom ends `before`: one of `from` ("minimaal"), or of
    /// `label_bounds.min` as one of its last two words ("mínimo de").
    fn bottom_before(&self, before: &str) -> bool {
        ends_with_one_of(&self.from, before) || {
            let tail = super::experience::tail_chars(before, 30).to_lowercase();
            let words: Vec<&str> = tail
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            words
                .iter()
                .rev()
                .take(2)
                .any(|w| self.label_bounds.min.iter().any(|m| m == w))
        }
    }
}

/// The text shortly before an amount, where words say whether it is pay.
fn near_before(before: &str) -> &str {
    let near = &before[crate::re::floor_char_boundary(before, before.len().saturating_sub(60))..];
    // A label on the amount's own line, under a line that is a whole field, says what the
    // amount is: "Expérience : 1 an" under "Salaire : selon profil" is not pay; under a
    // heading ("薪资福利" over "中高级：25k-35k") the heading's words count.
    let Some(i) = near.rfind('\n') else {
        return near;
    };
    let above = near[..i].rsplit('\n').next().unwrap_or("");
    let whole_field = |line: &str| {
        line.split_once([':', '：'])
            .is_some_and(|(_, value)| !value.trim().is_empty())
    };
    if near[i..].contains([':', '：']) && whole_field(above) {
        &near[i + 1..]
    } else {
        near
    }
}

/// What ends a clause in running text, between an amount and the words beside it.
const CLAUSE_ENDS: [char; 6] = ['，', '。', '；', ';', '！', '？'];

/// The part of `before` (text up to an amount) in the amount's clause.
fn clause_end(before: &str) -> &str {
    before.rsplit(CLAUSE_ENDS).next().unwrap_or(before)
}

/// The part of `after` (text after an amount) in the amount's clause.
fn clause_start(after: &str) -> &str {
    after.split(CLAUSE_ENDS).next().unwrap_or(after)
}

/// Whether a word of `words` stands at the start of `text`.
fn starts_with_word(words: &WordSet, text: &str) -> bool {
    words.find(text).is_some_and(|m| m.start() == 0)
}

fn plausible_context(
    before: &str,
    after: &str,
    c: &crate::re::Captures<'_>,
    currency_after: bool,
    after_abbreviation: bool,
) -> bool {
    let a1 = c.name("a1").map_or("", |m| m.as_str());
    let m1 = c.name("m1").map(|m| m.as_str().to_lowercase());
    // 401(k), 403(b), 457(b) retirement plans.
    if matches!(a1, "401" | "403" | "457")
        && (m1.as_deref() == Some("k") || after.starts_with(['(', 'k', 'K', 'b']))
    {
        return false;
    }
    if after.starts_with(['(', 'k', 'K']) && matches!(a1, "401" | "403" | "457") {
        return false;
    }
    // Part of a longer token: "GS-14", "A320", "COVID-19", phone numbers, dates like 3/4/2024.
    if let Some(prev) = before.chars().next_back() {
        // ASCII only: Chinese writes numbers straight after words ("月薪15K").
        if prev.is_ascii_alphanumeric() || prev == '/' || prev == '#' {
            return false;
        }
        // After a dot only where it ends a word that opens an amount ("max.100.000 €"), not
        // a number, a version or a sentence ("1.5", "v.2", "per week.£150 per listing").
        if prev == '.' && !after_abbreviation {
            return false;
        }
        if prev == '-'
            && before
                .chars()
                .rev()
                .nth(1)
                .is_some_and(|p| p.is_ascii_alphanumeric())
        {
            return false;
        }
    }
    if after.starts_with(['/', '-', '.']) && after[1..].starts_with(|ch: char| ch.is_ascii_digit())
    {
        return false;
    }
    if after.starts_with(|ch: char| ch.is_ascii_alphabetic())
        && c.name("m1").is_none()
        && c.name("m2").is_none()
        && !currency_after
    {
        // "20th", "3rd", "5x", "2D": glued letters that are not a multiplier.
        let glued: String = after
            .chars()
            .take_while(|ch| ch.is_ascii_alphabetic())
            .collect();
        if !matches!(
            glued.to_lowercase().as_str(),
            "k" | "hr" | "h" | "ph" | "pa" | "pw" | "pm"
        ) {
            return false;
        }
    }
    true
}

/// Without a currency, "2019-2020", "3-5 years" and "10 people" are not pay.
fn looks_like_year_or_count(c: &crate::re::Captures<'_>, after: &str) -> bool {
    let year = |g: &str| {
        c.name(g)
            .and_then(|m| m.as_str().parse::<u32>().ok())
            .is_some_and(|y| (1950..=2100).contains(&y))
    };
    let small = c
        .name("a1")
        .and_then(|m| parse_amount(m.as_str()))
        .is_some_and(|v| v < 100.0)
        && c.name("m1").is_none()
        && c.name("m2").is_none();
    (year("a1") && c.name("m1").is_none())
        || (c.name("a2").is_some() && year("a2"))
        || (small && !after.trim_start().starts_with(['/', 'p', 'P', 'a', 'A']))
}

fn lower(words: &[String]) -> Vec<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

fn ends_with_word(s: &str, word: &str) -> bool {
    let t = s.trim_end().to_lowercase();
    t.ends_with(word)
        && t[..t.len() - word.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// "80,000" → 80000; "45.000,50" → 45000.5; "24.50" → 24.5.
pub fn parse_amount(s: &str) -> Option<f64> {
    // "3.828,-", "110'000.–": no cents.
    let s = s.trim_end_matches(['-', '–']).trim_end_matches([',', '.']);
    let spaced;
    let s = if s.contains([' ', '\u{a0}', '\u{202f}', '\'', '’']) {
        spaced = s.replace([' ', '\u{a0}', '\u{202f}', '\'', '’'], "");
        spaced.as_str()
    } else {
        s
    };
    let comma_groups = s.contains(',')
        && s.split(',')
            .skip(1)
            .all(|g| g.len() == 3 || g.contains('.'));
    let dot_thousands = s.matches('.').count() >= 1
        && s.split('.')
            .skip(1)
            .all(|g| g.len() == 3 || g.contains(','));
    let normalized = if comma_groups {
        s.replace(',', "")
    } else if dot_thousands
        && s.split('.')
            .skip(1)
            .all(|g| g.split(',').next().is_some_and(|x| x.len() == 3))
    {
        s.replace('.', "").replace(',', ".")
    } else {
        s.replace(',', ".")
    };
    normalized.parse::<f64>().ok()
}

fn trim_span(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    Span::new(span.start + lead, span.end - trail)
}

#[cfg(test)]
mod tests;
