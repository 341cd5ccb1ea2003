//! Vocabularies: the words extractors and the document parser recognise.
//!
//! They are YAML data under `rules/vocab/` (embedded in the binary) so that users can extend
//! them with `--rules DIR` (files in `DIR/vocab/` add to the built-in lists) without touching code.

use crate::yaml::{self, YamlError};
use serde::Deserialize;
use std::collections::HashMap;

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Places {
    #[serde(default)]
    pub countries: Vec<Country>,
    #[serde(default)]
    pub regions: Vec<Region>,
    #[serde(default)]
    pub cities: Vec<City>,
    /// Groups of countries that share laws (`EU`).
    #[serde(default)]
    pub groups: Vec<CountryGroup>,
    /// Cities of the gazetteer with fewer people are places only where the text says they are
    /// one (a "Location:" value, "based in", "Troy, MI").
    #[serde(default)]
    pub cities_alone_from: Option<u32>,
    /// Words that name a quarter of any city ("Financial District", "Uptown"): a city's name
    /// made of them alone is a place only with its region or country after it.
    #[serde(default)]
    pub quarter_words: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CountryGroup {
    pub code: String,
    pub name: String,
    pub members: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub code: String,
    pub names: Vec<String>,
    #[serde(default)]
    pub ambiguous: bool,
    /// Dates written with numbers put the month first ("05/08/2025" is May 8); elsewhere the
    /// day comes first.
    #[serde(default)]
    pub month_first: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub code: String,
    pub country: String,
    pub name: String,
    #[serde(default)]
    pub abbr: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub name: String,
    #[serde(default)]
    pub region: Option<String>,
    pub country: String,
    /// The code of the city's (or county's) own jurisdiction, for places with their own
    /// employment laws: `US-NY-NYC`.
    #[serde(default)]
    pub local: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub ambiguous: bool,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayVocab {
    #[serde(default)]
    pub currencies: Vec<Currency>,
    #[serde(default)]
    pub periods: Vec<PeriodWords>,
    #[serde(default)]
    pub multipliers: Vec<Multiplier>,
    #[serde(default)]
    pub vague: Vec<String>,
    /// Words between the two amounts of a range, in every language.
    #[serde(default)]
    pub ranges: RangeWords,
}

/// "30,000 to 40,000", "zwischen 55.000 und 65.000", "de 25000 à 30000".
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RangeWords {
    /// Words that make a range on their own ("to", "bis", "à", "do", "até").
    #[serde(default)]
    pub to: Vec<String>,
    /// Words that make a range only after one of `between` ("and", "und", "y", "et").
    #[serde(default)]
    pub and: Vec<String>,
    #[serde(default)]
    pub between: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Currency {
    pub code: String,
    #[serde(default)]
    pub symbols: Vec<String>,
    #[serde(default)]
    pub words: Vec<String>,
    /// Words that name the currency only with a pay period after them ("30,000 pounds per
    /// year", where "lift 50 pounds" is a weight).
    #[serde(default)]
    pub words_with_period: Vec<String>,
    #[serde(default)]
    pub countries: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PeriodWords {
    #[serde(deserialize_with = "period_name")]
    pub period: String,
    pub words: Vec<String>,
}

/// A value of a vocabulary's closed list (`type: FULL_TIME`, `period: hour`): any other is an
/// error where it is written that names the accepted ones, never a silently ignored entry.
fn one_of<'de, D: serde::Deserializer<'de>>(
    d: D,
    key: &str,
    allowed: &[&str],
) -> Result<String, D::Error> {
    let value = String::deserialize(d)?;
    if allowed.contains(&value.as_str()) {
        return Ok(value);
    }
    Err(serde::de::Error::custom(format!(
        "unknown {key} `{value}`; expected one of {}",
        allowed.join(", ")
    )))
}

fn period_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    one_of(d, "period", crate::facts::PERIODS)
}

fn employment_type_name<'de, D: serde::Deserializer<'de>>(d: D) -> Result<String, D::Error> {
    one_of(d, "type", crate::facts::EMPLOYMENT_TYPES)
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Multiplier {
    pub suffix: String,
    pub factor: f64,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionVocab {
    #[serde(default)]
    pub sections: Vec<SectionNames>,
    #[serde(default)]
    pub labels: Vec<LabelNames>,
    /// Front-matter keys that state a fact (`workplace_type:` the work arrangement): keys are
    /// not labels, whose names may mean another fact in a body's `Label: value` line.
    #[serde(default)]
    pub front_matter: Vec<FrontMatterKeys>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FrontMatterKeys {
    pub fact: String,
    pub keys: Vec<String>,
    /// For a key whose value is a yes/no flag (`remote: true`): the values that say yes.
    #[serde(default)]
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SectionNames {
    pub kind: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LabelNames {
    pub fact: String,
    pub names: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChromeVocab {
    #[serde(default)]
    pub lines: Vec<String>,
    #[serde(default)]
    pub patterns: Vec<ChromePattern>,
    /// Headings of a page's lists of other postings ("Similar jobs").
    #[serde(default)]
    pub other_postings: OtherPostings,
    /// Items of a site's navigation bar ("Home", "Companies", "Salaries"): a run of them
    /// copied one a line is chrome, where one alone may be posting text.
    #[serde(default)]
    pub navigation: Vec<String>,
    /// The most words of an item of `navigation`: a longer line is none (every line of a
    /// posting is asked, most of them sentences).
    #[serde(skip)]
    pub navigation_words: usize,
}

/// Headings after which a page lists other postings: a line equal to one of `lines`, or
/// starting with one of `starts` ("More jobs at Acme"), compared as labels are.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherPostings {
    #[serde(default)]
    pub lines: Vec<String>,
    #[serde(default)]
    pub starts: Vec<String>,
    /// A short line with one of `nouns` and one of `marks` heads such a list too ("Other
    /// roles you might like", "More nursing jobs in Tampa").
    #[serde(default)]
    pub nouns: Vec<String>,
    #[serde(default)]
    pub marks: Vec<String>,
}

/// Employment and contract types (a user's `vocab/employment.yaml`; the built-in words are in the
/// language packs, `rules/vocab/lang/<code>.yaml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmploymentVocab {
    #[serde(default)]
    pub types: Vec<TypeWords>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypeWords {
    #[serde(rename = "type", deserialize_with = "employment_type_name")]
    pub kind: String,
    pub words: Vec<String>,
    /// The user's file the words come from, for an error about them (empty for the built-in
    /// vocabulary).
    #[serde(skip)]
    pub file: String,
}

/// A language pack (`rules/vocab/lang/<code>.yaml`): the words of one language for each fact
/// the extractors read. Adding a language is adding a pack; the extractors read the words of
/// every pack.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LanguagePack {
    /// ISO 639-1 code: `de`.
    pub language: String,
    /// The language's English name: `German`.
    pub name: String,
    /// The ISO 639-3 code the language detector (whatlang) gives the language: `deu`. Words of
    /// benefits and statements count only in postings of the language.
    pub detector: String,
    /// Common words of the language that are not English words ("para", "und"): they tell
    /// the language of a text too short for the detector's model.
    #[serde(default)]
    pub common_words: Vec<String>,
    #[serde(default)]
    pub pay: PackPay,
    /// Words between the two numbers of a range, of pay and of durations.
    #[serde(default)]
    pub ranges: RangeWords,
    /// Whether the language joins words into compounds ("Arbeitsstunde", "werkuur",
    /// "arbetstimme"): a pay period word may then end a longer word.
    #[serde(default)]
    pub compounds: bool,
    /// Employment and contract types: type (`FULL_TIME`, ...) → words.
    #[serde(default)]
    pub employment: std::collections::BTreeMap<String, Vec<String>>,
    /// Words that state a type only as the whole value of a type field ("Vertragsart: Stage",
    /// "Jornada: Temporal"): too ambiguous in running text. Type → words.
    #[serde(default)]
    pub field_values: std::collections::BTreeMap<String, Vec<String>>,
    /// Nouns for a job ("Stelle", "poste", "functie"): a contract word beside one states the
    /// role's terms in running text too ("un poste en CDI", "een full-time functie").
    #[serde(default)]
    pub job_nouns: Vec<String>,
    /// Words right before a type that make it a wish, not the terms ("liefst fulltime",
    /// "vorzugsweise in Vollzeit", "de préférence à temps plein").
    #[serde(default)]
    pub preferably: Vec<String>,
    /// Words a few words before a permanent contract that make it a prospect, not the terms:
    /// "with a view to a permanent role", "Übernahme in ein unbefristetes Arbeitsverhältnis",
    /// "possibilité de CDI". The fixed-term contract beside it is then the terms.
    #[serde(default)]
    pub prospect: Vec<String>,
    /// Type words that state the type with no word around them, in a title or a line about
    /// the kind of work (Chinese "全职", "是否全职：是"), with the words of that construction.
    #[serde(default)]
    pub bare_types: PackBareTypes,
    /// Words that name a contract's work, not its terms ("Contract Specialist"), and the
    /// seniority, work arrangement and fixed-term words, read with the packs of a posting's
    /// languages.
    #[serde(default)]
    pub type_words: PackTypeWords,
    #[serde(default)]
    pub seniority: PackSeniority,
    #[serde(default)]
    pub arrangement: PackArrangement,
    #[serde(default)]
    pub fixed_term: PackFixedTerm,
    #[serde(default)]
    pub work_week: PackWorkWeek,
    #[serde(default)]
    pub titles: PackTitles,
    #[serde(default)]
    pub durations: PackDurations,
    #[serde(default)]
    pub dates: PackDates,
    #[serde(default)]
    pub experience: PackExperience,
    #[serde(default)]
    pub technologies: PackTechnologies,
    /// Numbers written as words, with their values: "two years", "a six-month contract".
    #[serde(default)]
    pub numbers: std::collections::BTreeMap<String, f64>,
    /// Concrete benefits: kind (`health`, `time_off`, ...) → words.
    #[serde(default)]
    pub benefits: std::collections::BTreeMap<String, Vec<String>>,
    /// Concrete benefits as patterns (regular expressions, matched ignoring case): kind →
    /// patterns, for what a list of words does not say ("medical, dental and vision
    /// insurance", "20 days of paid vacation").
    #[serde(default)]
    pub benefit_patterns: std::collections::BTreeMap<String, Vec<String>>,
    /// Bare words that name a benefit in a short line of a benefits section ("Medical",
    /// "401k"): kind → phrases (see [`crate::re::phrase_alternation`]).
    #[serde(default)]
    pub benefits_bare: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub not_benefits: PackNotBenefits,
    #[serde(default)]
    pub eeo: PackEeo,
    #[serde(default)]
    pub citizenship: PackCitizenship,
    #[serde(default)]
    pub location: PackLocation,
    /// Section kind (`benefits`, `requirements`, ...) → headings that start such a section.
    #[serde(default)]
    pub sections: std::collections::BTreeMap<String, Vec<String>>,
    /// Fact (`location`, `pay`, ...) → labels of `Label: value` lines that state it.
    #[serde(default)]
    pub labels: std::collections::BTreeMap<String, Vec<String>>,
}

/// A language's words around places.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackLocation {
    /// Words right before a place name that make it the place of work ("in", "à", "w", "i").
    #[serde(default)]
    pub placing: Vec<String>,
    /// Words right before a place name that make it the place of work even where the name is
    /// also a common word ("based in Reading", "relocate to Mobile"). A space stands for any
    /// spaces or tabs.
    #[serde(default)]
    pub strong_placing: Vec<String>,
    /// Words that may stand between a placing word and the place, at most two ("in the greater
    /// Denver area").
    #[serde(default)]
    pub placing_between: Vec<String>,
    /// How many other words may stand there as well, after those ("in sunny Denver"): none
    /// unless given.
    #[serde(default)]
    pub placing_gap: usize,
    /// Placing words that alone do not place the job in a country ("people in Canada", "In the
    /// United States, ..."): there a country counts only after a word of `strong_placing`.
    #[serde(default)]
    pub mere_placing: Vec<String>,
    /// Words and phrases saying the work is remote ("teletrabajo", "praca zdalna", "fully
    /// remote"), matched as phrases (see docs/languages.md).
    #[serde(default)]
    pub remote: Vec<String>,
    /// Places that may follow a word of `remote_alone` with a dash, a colon, a comma or a
    /// bracket between or nothing ("Remote - US", "Remote (Canada)"): the work is remote
    /// within them.
    #[serde(default)]
    pub remote_regions: Vec<String>,
    /// Words saying the work is remote only where they stand in a title, a heading or a
    /// location's value ("Remote", "Virtual"): in running text they are other words ("remote
    /// sensing").
    #[serde(default)]
    pub remote_alone: Vec<String>,
    /// Common words and names that are also the name of a city ("Mobile", "Reading", "Essen"):
    /// such a name is a place only where the text says it is one (a "Location:" value,
    /// "based in", "Reading, UK").
    #[serde(default)]
    pub not_places: Vec<String>,
    /// Words right before a place that make it the employer's seat, not where the job is
    /// ("headquartered in").
    #[serde(default)]
    pub seat: Vec<String>,
    /// The forms a language gives its cities' names after a word that places ("w Krakowie"),
    /// one case or a list of them ("w okolicach Krakowa" too).
    #[serde(default, deserialize_with = "one_or_many")]
    pub name_forms: Vec<PlaceNameForms>,
}

/// A value, or a list of them. Told apart by the data's shape (a mapping or a list), so that
/// an error inside one ("unknown field `endngs`") is the error reported, with its place.
fn one_or_many<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct OneOrMany<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for OneOrMany<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a mapping, or a list of them")
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, seq: A) -> Result<Vec<T>, A::Error> {
            Vec::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Vec<T>, A::Error> {
            T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(|v| vec![v])
        }
    }
    d.deserialize_any(OneOrMany(std::marker::PhantomData))
}

/// One pack's words before a place of work (see [`PackLocation`]).
#[derive(Debug, Clone, Default)]
pub struct PlacingWords {
    pub placing: Vec<String>,
    pub strong: Vec<String>,
    pub between: Vec<String>,
    pub gap: usize,
    pub mere: Vec<String>,
}

/// The forms a language gives the names of its country's cities ("Kraków", "w Krakowie"): read
/// as those cities' names where a word places them.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlaceNameForms {
    /// The ISO 3166-1 code of the country whose cities' names take these forms.
    pub country: String,
    /// An ending of a one-word name and the ending that replaces it; the longest that fits
    /// ("ów" → "owie").
    #[serde(default)]
    pub endings: Vec<(String, String)>,
    /// The same for the adjectives of a name of several words ("Zielona Góra" → "Zielonej
    /// Górze", "Gorzów Wielkopolski" → "Gorzowie Wielkopolskim"): an ending and its
    /// replacement, the longest that fits.
    #[serde(default)]
    pub adjective_endings: Vec<(String, String)>,
    /// Forms no ending makes: a name and its form ("Łódź" → "Łodzi").
    #[serde(default)]
    pub names: std::collections::BTreeMap<String, String>,
}

/// Most words a name of several words may have for its forms to be made (each word may be a
/// noun or an adjective, so the forms double with each word).
const MAX_FORM_WORDS: usize = 3;

impl PlaceNameForms {
    /// The other forms of `name` (in lower case), in lower case. A name of several words
    /// ("zielona góra", "bielsko-biała") takes, in each word, the form of a noun or of an
    /// adjective: which a word is, its ending does not tell ("Góra" is a noun, "Zielona" an
    /// adjective), so each combination is a form; those that are no Polish are found nowhere.
    pub fn forms_of(&self, name: &str) -> Vec<String> {
        let named = |n: &String| n.chars().flat_map(char::to_lowercase).eq(name.chars());
        if let Some((_, form)) = self.names.iter().find(|(n, _)| named(n)) {
            return vec![form.to_lowercase()];
        }
        // Words and the separators after them ("bielsko" "-", "biała" "").
        let mut words: Vec<(&str, &str)> = Vec::new();
        let mut rest = name;
        while !rest.is_empty() {
            let end = rest.find([' ', '-']).unwrap_or(rest.len());
            let sep = rest[end..].chars().next().map_or(0, char::len_utf8);
            words.push((&rest[..end], &rest[end..end + sep]));
            rest = &rest[end + sep..];
        }
        if words.len() > MAX_FORM_WORDS
            || words
                .iter()
                .any(|(w, _)| w.is_empty() || w.contains(|c: char| !c.is_alphabetic()))
        {
            return Vec::new();
        }
        let mut forms = vec![String::new()];
        for (word, sep) in &words {
            let mut own = vec![replace_ending(&self.endings, word)];
            if words.len() > 1 {
                own.push(replace_ending(&self.adjective_endings, word));
            }
            let own: Vec<String> = own.into_iter().flatten().collect();
            forms = forms
                .iter()
                .flat_map(|f| own.iter().map(move |w| format!("{f}{w}{sep}")))
                .collect();
        }
        forms.sort();
        forms.dedup();
        forms
    }
}

/// `word` with the longest of `endings` that fits replaced, if any fits.
fn replace_ending(endings: &[(String, String)], word: &str) -> Option<String> {
    let (ending, replacement) = endings
        .iter()
        .filter(|(ending, _)| word.ends_with(ending.as_str()) && word.len() > ending.len())
        .max_by_key(|(ending, _)| ending.len())?;
    Some(format!(
        "{}{replacement}",
        &word[..word.len() - ending.len()]
    ))
}

/// A language's pay words.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackPay {
    /// Period (`hour`, `day`, `week`, `month`, `year`) → the words naming it after an amount
    /// ("€ pro Monat", "€ par an").
    #[serde(default)]
    pub periods: std::collections::BTreeMap<String, Vec<String>>,
    /// Words between an amount and its period word: "per", "pro", "par", "al", "im".
    #[serde(default)]
    pub per: Vec<String>,
    /// Words that may stand between an amount and its period: "brutto", "gross", "bruts".
    #[serde(default)]
    pub gross_net: Vec<String>,
    /// Period → words before an amount that name its period ("Jahresgehalt", "Mensuel de",
    /// "hourly rate of"); a word may go on ("monatlich" covers "monatliches").
    #[serde(default)]
    pub before: std::collections::BTreeMap<String, Vec<String>>,
    /// Words right before an amount that make it the top of the pay: "up to", "bis zu", "max.".
    #[serde(default)]
    pub up_to: Vec<String>,
    /// Words right before an amount that make it the bottom: "ab", "à partir de", "desde".
    #[serde(default)]
    pub from: Vec<String>,
    /// Words shortly after an amount that make it the bottom: "Überzahlung möglich" (more may
    /// be paid, as Austrian postings say).
    #[serde(default)]
    pub open_above: Vec<String>,
    /// Words after an amount, a times sign and a number that count its payments in a year
    /// ("950 € x 14 meses", "1.500 € x 14 pagas"): each is a month's pay.
    #[serde(default)]
    pub payments: Vec<String>,
    /// Words near an amount that say it is pay: "salary", "Gehalt", "salaire".
    #[serde(default)]
    pub words: Vec<String>,
    /// Like `words`, as whole words, that do not go on ("pay" is not "payment"). Also where
    /// they make "up to" among the benefits pay.
    #[serde(default)]
    pub whole_words: Vec<String>,
    /// Words shortly before an amount that make it something other than the role's pay: a
    /// budget, an allowance ("Weiterbildungsbudget", "presupuesto para formación").
    #[serde(default)]
    pub not_pay: Vec<String>,
    /// Phrases shortly before an amount that make it something other than the role's pay,
    /// as whole words ("sales", "series A", "salary cap"; see docs/languages.md).
    #[serde(default)]
    pub not_pay_phrases: Vec<String>,
    /// Phrases later in an amount's clause that say what it is for, when that is not the
    /// role's pay ("$1,500 a year learning allowance", "$500 referral bonus").
    #[serde(default)]
    pub not_pay_later: Vec<String>,
    /// Phrases right after a number that make it no amount of pay at all: a magnitude, a
    /// share, a count ("$5 billion", "40%", "10+ years", "500 employees").
    #[serde(default)]
    pub not_amount_after: Vec<String>,
    /// Words right after an amount that make it something other than the role's pay: a
    /// magnitude of company figures ("R$130 milhões"), a reimbursement ("R$280 reembolso").
    #[serde(default)]
    pub not_pay_after: Vec<String>,
    /// Words right before an amount that make it something other than the role's pay:
    /// funding, a valuation, a budget ("raised $5M", "valued at", "more than"). A word may end
    /// a longer one ("turnover").
    #[serde(default)]
    pub not_pay_before: Vec<String>,
    /// Words right after an amount that leave its top open: "$20 an hour and up", "or more".
    #[serde(default)]
    pub and_up: Vec<String>,
    /// Words between an amount and a bonus or allowance named after it that add that to the
    /// pay ("$50,000 plus bonus", "base + bonus"): the amount is still the pay.
    #[serde(default)]
    pub adds_to_pay: Vec<String>,
    /// Words a few characters before or after an amount that make it something other than the
    /// role's pay, as Chinese writes them against it ("完成 1200 万美元私募轮": funding).
    #[serde(default)]
    pub not_pay_beside: Vec<String>,
    /// Words beside a pay label that make its value one end of a range: `min` ("Salary Low",
    /// "Minimum Pay"), `max` ("Salary High", "Pay Range Max").
    #[serde(default)]
    pub label_bounds: PackBounds,
    /// Words right after a number that multiply it, with their factor: "tys." (Polish
    /// thousand: "8-10 tys. zł"), "mil" (Portuguese and Spanish: "R$ 6 mil"). Only in postings
    /// of the pack's language: English "mil" is a million.
    #[serde(default)]
    pub multipliers: std::collections::BTreeMap<String, f64>,
}

/// The words of [`PackPay::label_bounds`].
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackBounds {
    #[serde(default)]
    pub min: Vec<String>,
    #[serde(default)]
    pub max: Vec<String>,
}

impl PackBounds {
    /// The end of a range a label's first or last word names, and the label's other words
    /// (lower case; parentheses and dashes divide words: "Salary (min)").
    pub fn split(&self, label: &str) -> Option<(Bound, Vec<String>)> {
        let key = normalize_label(label);
        let words: Vec<String> = key
            .split(|c: char| c.is_whitespace() || matches!(c, '(' | ')' | '-' | '/' | ','))
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect();
        let bound_of = |w: &String| {
            if self.min.contains(w) {
                Some(Bound::Min)
            } else if self.max.contains(w) {
                Some(Bound::Max)
            } else {
                None
            }
        };
        match (bound_of(words.last()?), bound_of(words.first()?)) {
            (Some(b), _) => Some((b, words[..words.len() - 1].to_vec())),
            (None, Some(b)) => Some((b, words[1..].to_vec())),
            (None, None) => None,
        }
    }
}

/// Which end of a pay range a label's value is ("Salary Low" is the bottom).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bound {
    Min,
    Max,
}

/// A language's words for job titles that name a man or a woman.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackTitles {
    /// Job nouns that name a man or a woman ("Entwickler", "vendeur", "vendeuse"); a German
    /// feminine form in "-in" counts with its masculine one, and in a language that makes
    /// compounds a noun counts at the end of one ("Softwareentwickler").
    #[serde(default)]
    pub gendered: Vec<String>,
    /// What a title carries to say whom the job is for, compared ignoring case anywhere in
    /// the title: "m/w/d", "*in", "h/f", "·e". A marker of one sex ("(m)", "(h)") is one too:
    /// `language/gendered` reports it.
    #[serde(default)]
    pub markers: Vec<String>,
}

/// One pack's [`PackTitles`], with the language it is for.
#[derive(Debug, Clone, Default)]
pub struct LanguageTitles {
    pub code: String,
    pub detector: String,
    pub compounds: bool,
    pub gendered: Vec<String>,
    pub markers: Vec<String>,
}

/// A language's words for a working week: "38,5 Stunden pro Woche", "35 heures
/// hebdomadaires" (35 hours or more is full-time, 30 or fewer part-time).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackWorkWeek {
    /// Words for hours after a number: "Stunden", "Std.", "heures", "h".
    #[serde(default)]
    pub hours: Vec<String>,
    /// Words for the week after them, with or without a word for "per": "Woche",
    /// "hebdomadaires", "semanales".
    #[serde(default)]
    pub week: Vec<String>,
    /// One word for both after a number: "Wochenstunden".
    #[serde(default)]
    pub hours_per_week: Vec<String>,
    /// Words for a workload, a share of a full week, before or after a percentage ("Pensum:
    /// 80%", "taux d'activité 80-100 %", "80% Pensum").
    #[serde(default)]
    pub workload: Vec<String>,
}

/// A language's words for the length of an engagement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackDurations {
    /// Unit (`day`, `week`, `month`, `year`) → its words ("Monate", "mois", "miesięcy").
    #[serde(default)]
    pub units: std::collections::BTreeMap<String, Vec<String>>,
    /// Words that introduce a length shortly before it: "Dauer", "durée", "na okres"; the
    /// contract nouns a length follows ("mission de 6 mois", "Praktikum für 6 Monate").
    #[serde(default)]
    pub before: Vec<String>,
    /// Words right after a length that make it something else: "Berufserfahrung",
    /// "d'expérience".
    #[serde(default)]
    pub not_after: Vec<String>,
    /// Words for one right before a unit: "a year", "an hour".
    #[serde(default)]
    pub one: Vec<String>,
    /// Words right before a length, a colon and spaces between: "for 6 months", "Duration: 12
    /// weeks", "a total of 10 weeks".
    #[serde(default)]
    pub just_before: Vec<String>,
    /// Words right before a length in weeks or months only: "over 12 weeks" (not "over 20
    /// years in business", nor "over 2 days" of interviews).
    #[serde(default)]
    pub before_weeks: Vec<String>,
    /// After a word of `just_before`, before the number: "for a period of 6 months".
    #[serde(default)]
    pub period_of: Vec<String>,
    /// After those, right before the number: "for about 6 months", "for up to 2 years".
    #[serde(default)]
    pub about: Vec<String>,
    /// What a length is of, right after its unit and a dash or space: "a 6-month internship".
    #[serde(default)]
    pub after: Vec<String>,
    /// Words between the unit and a word of `after`: "a 10-week paid internship".
    #[serde(default)]
    pub after_kind: Vec<String>,
    /// Unit → contract words that name one of it in one word: "jaarcontract" (a one-year
    /// contract).
    #[serde(default)]
    pub one_unit: std::collections::BTreeMap<String, Vec<String>>,
}

/// How a language writes dates.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackDates {
    /// Whether numeric dates put the day first ("01/03/2026" is 1 March), as every language
    /// but English does; English leaves it to the country (`places.yaml`, `month_first`).
    #[serde(default)]
    pub day_first: bool,
    /// The language's month names and abbreviations, January first ("Mars 2026 - Augusti
    /// 2026", "von März bis August 2026").
    #[serde(default)]
    pub months: PackMonths,
    /// Words between the start and the end of an engagement, besides the range words of
    /// `ranges` (which are also pay's): "through", "and run through".
    #[serde(default)]
    pub to: Vec<String>,
    /// Right before the start of a range of dates, part of it: "from May 1 to June 30",
    /// "starting June 1 through August 21". (A word of `ranges.between` is one too, and the
    /// only one after which a word of `ranges.and` joins the two dates.)
    #[serde(default)]
    pub from: Vec<String>,
    /// A label alone on its line whose date is the next block: "Date posted", "Published on".
    #[serde(default)]
    pub posted_label: Vec<String>,
    /// Right before the posting date, near the top: "Posted 3/4/2024", "Listed: ...".
    #[serde(default)]
    pub posted: Vec<String>,
    /// Between a word of `posted` and its date, instead of a colon: "Posted on" (YAML reads
    /// a bare `on` as true: quote it).
    #[serde(default)]
    pub posted_on: Vec<String>,
    /// Right before the application deadline: "apply by", "applications close on".
    #[serde(default)]
    pub deadline: Vec<String>,
    /// Shortly before a range of dates, words that make it the application window, not the
    /// engagement: "applications accepted", "interviews".
    #[serde(default)]
    pub application: Vec<String>,
    /// A start date, then an end date, named in one sentence: "start date" ... "end date" (a
    /// space stands for any spaces).
    #[serde(default)]
    pub start_label: Vec<String>,
    #[serde(default)]
    pub end_label: Vec<String>,
    /// Right after a day's number in a date written the English way, its ordinal mark: "4th",
    /// "March 1st".
    #[serde(default)]
    pub ordinals: Vec<String>,
    /// Between a day and its month in such a date: "the 4th of March".
    #[serde(default)]
    pub day_of: Vec<String>,
}

/// A language's words around years of experience.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackExperience {
    /// Before a number of years in its sentence, they make it experience ("Experience: 4
    /// years").
    #[serde(default)]
    pub before: Vec<String>,
    /// Right after a number of years, they make it something else: "old", "ago", "of age".
    #[serde(default)]
    pub not_after: Vec<String>,
    /// The unit after a number of years: "years", "yrs".
    #[serde(default)]
    pub years: Vec<String>,
    /// Between two numbers of years, besides a dash: "3 to 5 years".
    #[serde(default)]
    pub to: Vec<String>,
    /// After the years, that they are a minimum: "5 years or more".
    #[serde(default)]
    pub or_more: Vec<String>,
    /// Right before the number, that it is a minimum: "at least 5 years", "mindestens 3 Jahre".
    #[serde(default)]
    pub at_least: Vec<String>,
    /// After the years, up to five words on, they make them experience: "5 years of hands-on
    /// experience", "3 ans d'expérience". A word ending in `*` may go on ("experience*" covers
    /// "experienced"); a space stands for any spaces.
    #[serde(default)]
    pub after: Vec<String>,
    /// Right after the years, that they are a minimum, with a word of `after` later in the
    /// sentence: "5 years minimum of relevant experience".
    #[serde(default)]
    pub then_at_least: Vec<String>,
    /// Right after the years, a word that joins them to what they are of, not counted among
    /// the five words before a word of `after`: "of" in "5 years of data or web analytics
    /// experience".
    #[serde(default)]
    pub of: Vec<String>,
}

impl PackExperience {
    fn extend(&mut self, other: PackExperience) {
        self.before.extend(other.before);
        self.not_after.extend(other.not_after);
        self.years.extend(other.years);
        self.to.extend(other.to);
        self.or_more.extend(other.or_more);
        self.at_least.extend(other.at_least);
        self.after.extend(other.after);
        self.then_at_least.extend(other.then_at_least);
        self.of.extend(other.of);
    }
}

/// A language's words around years asked for with a technology.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackTechnologies {
    /// Between two technologies of a list: "Java, Spring and Kubernetes", "AWS or GCP".
    #[serde(default)]
    pub and: Vec<String>,
    /// Before a technology that labels a number of years: "Experience with Docker (4+ years)".
    #[serde(default)]
    pub label_lead: Vec<String>,
    /// Between such a label and the years: "Kubernetes: min. 5 years", "Go: at least 3 years"
    /// (a space stands for any spaces).
    #[serde(default)]
    pub label_min: Vec<String>,
    /// What may stand between a number of years and the technology asked for, as patterns
    /// (regular expressions, matched ignoring case, from right after the years): "of hands-on
    /// experience with", "'s experience in". The longest match of any pack's counts.
    #[serde(default)]
    pub lead_in: Vec<String>,
}

impl PackTechnologies {
    fn extend(&mut self, other: PackTechnologies) {
        self.and.extend(other.and);
        self.label_lead.extend(other.label_lead);
        self.label_min.extend(other.label_min);
        self.lead_in.extend(other.lead_in);
    }
}

/// Declares a pack's section of word lists: a struct whose fields are lists of words, each
/// `#[serde(default)]`, and `extend`, which adds another pack's words to them.
macro_rules! word_lists {
    ($(#[$attr:meta])* $name:ident { $($(#[$fattr:meta])* $field:ident: $ty:ty,)* }) => {
        $(#[$attr])*
        #[derive(Debug, Clone, Default, Deserialize)]
        #[serde(deny_unknown_fields)]
        pub struct $name {
            $($(#[$fattr])* #[serde(default)] pub $field: $ty,)*
        }

        impl $name {
            fn extend(&mut self, other: $name) {
                $(self.$field.extend(other.$field);)*
            }
        }
    };
}

word_lists! {
    /// A language's words of each seniority level.
    PackLevels {
        intern: Vec<String>,
        entry: Vec<String>,
        mid: Vec<String>,
        junior: Vec<String>,
        senior: Vec<String>,
        lead: Vec<String>,
        executive: Vec<String>,
    }
}

impl PackLevels {
    /// (level, words) in the order the levels are looked for: a level listed earlier wins
    /// where two start at the same place ("Mid-Senior" is mid).
    pub fn in_order(&self) -> [(&'static str, &[String]); 7] {
        [
            ("intern", &self.intern),
            ("entry", &self.entry),
            ("mid", &self.mid),
            ("junior", &self.junior),
            ("senior", &self.senior),
            ("lead", &self.lead),
            ("executive", &self.executive),
        ]
    }
}

/// A language's type words that need no word around them (see [`LanguagePack::bare_types`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackBareTypes {
    /// Type (`FULL_TIME`, ...) → words: "全职", "兼职".
    #[serde(default)]
    pub words: std::collections::BTreeMap<String, Vec<String>>,
    /// Right after a type word, part of it: "全职工作".
    #[serde(default)]
    pub after: Vec<String>,
    /// Right before a type word, a form's question ("是否全职"): the type counts only when
    /// an answer of `yes` follows it after a colon ("是否全职：是").
    #[serde(default)]
    pub question: Vec<String>,
    #[serde(default)]
    pub yes: Vec<String>,
    /// The other answers ("否").
    #[serde(default)]
    pub no: Vec<String>,
    /// Right before a type word, an option, not the terms: "也可兼职".
    #[serde(default)]
    pub option: Vec<String>,
    /// Between two type words, a choice that states neither: "全职或兼职" (a slash or a space
    /// is one in every language).
    #[serde(default)]
    pub or: Vec<String>,
    /// In a line's label, they make it a line about the kind of work, where a type word
    /// counts: "工作性质：全职", "职位类型：实习".
    #[serde(default)]
    pub labels: Vec<String>,
}

word_lists! {
    /// A language's words about contract types in running text.
    PackTypeWords {
        /// Phrases in which a contract word names the work, not the terms: "Contract
        /// Specialist", "smart contracts".
        not_terms: Vec<String>,
        /// Between two type words, a choice that states neither: "full-time or part-time",
        /// "permanent and/or contract" (a slash, "&" and a comma are one in every language).
        or: Vec<String>,
        /// Words for an intern, in running text that names the role: after a word of `as_a`
        /// and up to four capitalised words ("As a Partnerships Intern, you will"), or after
        /// a word of `seeking`, up to four words and one to four capitalised ones, capitalised
        /// (maybe plural: "seeking motivated Software Engineering Interns").
        intern_roles: Vec<String>,
        as_a: Vec<String>,
        seeking: Vec<String>,
        /// Type → words that state it where the words around them say they describe the role
        /// (a title, a type field, a line alone, before a noun of `nouns`), unlike the words of
        /// `employment`, which count wherever a posting in the language states its terms. A
        /// hyphen stands for a hyphen, an underscore, a space or nothing ("full-time").
        types: PackTypes,
        /// Words that take a type word's place but state no type ("apprenticeship").
        untyped: Vec<String>,
        /// Type → words that name it only as a value of structured data (schema.org
        /// `employmentType`: "FT", "1099").
        values: PackTypes,
        /// A type word before one describes the role ("a full-time position").
        nouns: Vec<String>,
        /// An intern's word (or an untyped one) before one is the role ("internship program").
        programs: Vec<String>,
        /// Words of a program of work that describe the role after a word of
        /// `program_before`, maybe an article of `articles`, and a word of `program_kinds` or
        /// a length in `program_units` ("this internship", "offering a paid internship", "a
        /// 10-week internship").
        program_words: Vec<String>,
        program_before: Vec<String>,
        program_kinds: Vec<String>,
        program_units: Vec<String>,
        articles: Vec<String>,
        /// Before a type word (maybe after an article): it is the role's ("this role is
        /// part-time"). After a word of `seeking` and an article too ("seeking a contractor").
        role_is: Vec<String>,
    }
}

word_lists! {
    /// A language's words of each employment type (see [`PackTypeWords::types`]), under the
    /// types' names.
    PackTypes {
        #[serde(rename = "FULL_TIME")]
        full_time: Vec<String>,
        #[serde(rename = "PART_TIME")]
        part_time: Vec<String>,
        #[serde(rename = "CONTRACTOR")]
        contractor: Vec<String>,
        #[serde(rename = "TEMPORARY")]
        temporary: Vec<String>,
        #[serde(rename = "INTERN")]
        intern: Vec<String>,
        #[serde(rename = "PERMANENT")]
        permanent: Vec<String>,
        #[serde(rename = "PER_DIEM")]
        per_diem: Vec<String>,
        #[serde(rename = "VOLUNTEER")]
        volunteer: Vec<String>,
    }
}

impl PackTypes {
    /// (type name, words) of each type.
    pub fn by_name(&self) -> [(&'static str, &[String]); 8] {
        [
            ("FULL_TIME", &self.full_time),
            ("PART_TIME", &self.part_time),
            ("CONTRACTOR", &self.contractor),
            ("TEMPORARY", &self.temporary),
            ("INTERN", &self.intern),
            ("PERMANENT", &self.permanent),
            ("PER_DIEM", &self.per_diem),
            ("VOLUNTEER", &self.volunteer),
        ]
    }
}

word_lists! {
    /// A language's words for the seniority of a role.
    PackSeniority {
        /// In a title or a seniority field, each level's words: the first found is the level.
        levels: PackLevels,
        /// In running text, a level's words between a word of `before` and a noun of `nouns`
        /// ("a junior role", "for entry-level candidates").
        before: Vec<String>,
        in_text: PackLevels,
        nouns: Vec<String>,
        /// In running text, a level's words that need no word before them, before a noun of
        /// `alone_nouns` ("Entry-level position").
        alone: PackLevels,
        alone_nouns: Vec<String>,
        /// In running text, a level's words of `sought` after a word of `seeking`, maybe an
        /// article of `articles` and one more word ("Wir suchen einen Praktikanten", "we are
        /// hiring a junior sales associate", "Buscamos un desarrollador junior").
        seeking: Vec<String>,
        articles: Vec<String>,
        sought: PackLevels,
        /// Level words that, ending a title's words, are the role itself and no level
        /// ("Warehouse Associate", "Kitchen Staff", "Account Executive").
        role_last: Vec<String>,
        /// Level words that, starting a title's words before a word that names no level, are
        /// part of the role and no level ("Executive Assistant", "Executive Chef"; "Executive
        /// Director" is a level).
        role_first: Vec<String>,
        /// Words of a title after which it names whom the role serves, whose level is not
        /// the role's ("Executive Assistant to the CEO", "Assistenz der Geschäftsführung").
        reports_to: Vec<String>,
    }
}

word_lists! {
    /// A language's words for where the work is done.
    PackArrangement {
        /// The work is remote and nothing else ("fully remote", "remote-first").
        fully_remote: Vec<String>,
        hybrid: Vec<String>,
        remote: Vec<String>,
        /// The work is on site when a noun of `onsite_nouns` follows ("on-site role").
        onsite: Vec<String>,
        onsite_nouns: Vec<String>,
        /// Being on site is an obligation: a word of `must`, maybe one of `able`, a verb of
        /// `go` and a place of `at` ("must be able to work in the office"); a word of `onsite`,
        /// one of `presence` and one of `required` ("in-person attendance is required"); a
        /// word of `relocation`, maybe `relocation_to` and a place, and one of `required`; a
        /// word of `relocate_must` before one of `relocate`; a phrase of `not_remote`.
        must: Vec<String>,
        able: Vec<String>,
        go: Vec<String>,
        at: Vec<String>,
        presence: Vec<String>,
        required: Vec<String>,
        relocation: Vec<String>,
        relocation_to: Vec<String>,
        relocate_must: Vec<String>,
        relocate: Vec<String>,
        not_remote: Vec<String>,
        /// The work is on site at a workplace: a phrase of `based`, up to three words, and a
        /// noun of `workplaces` ("based in our Chicago office", "based at our plant").
        based: Vec<String>,
        workplaces: Vec<String>,
        /// The word right after a word of `remote` or `hybrid` that makes it something else:
        /// "remote sensing", "hybrid cloud".
        not_after: Vec<String>,
        /// Words that state the arrangement only standing alone: as a field's value, a chip or
        /// a word in brackets ("Modalidad: Presencial", "Tryb pracy: hybrydowy", "(Hybride)"),
        /// where in running text they mean more ("cloud híbrido").
        alone: PackArrangementAlone,
        /// A share of the week at the office or away from it (see [`PackArrangementShare`]).
        share: PackArrangementShare,
    }
}

word_lists! {
    /// A language's words for a share of the week: a number (digits or a word of `numbers`),
    /// maybe a second after a word of `between` ("2 to 3"), a unit (`days` or `percent`), and
    /// near it in its sentence a word of `office` or `away`, and for days maybe one of `week`
    /// or `month` after it: "3 days a week in the office", "60 % Homeoffice", "remoto al 80%".
    /// A noun of `places` after a word of `at` and up to three others is at the office too
    /// ("in our Toronto office").
    PackArrangementShare {
        days: Vec<String>,
        percent: Vec<String>,
        between: Vec<String>,
        week: Vec<String>,
        month: Vec<String>,
        office: Vec<String>,
        places: Vec<String>,
        at: Vec<String>,
        away: Vec<String>,
        /// Words before a share that say it is for some only ("candidates near our Atlanta
        /// office"): the share is an option for them, not the role's arrangement.
        some: Vec<String>,
    }
}

word_lists! {
    /// A language's words for an arrangement that count standing alone (see
    /// [`PackArrangement::alone`]).
    PackArrangementAlone {
        fully_remote: Vec<String>,
        hybrid: Vec<String>,
        remote: Vec<String>,
        onsite: Vec<String>,
    }
}

word_lists! {
    /// A language's words that say a role is fixed-term.
    PackFixedTerm {
        /// Phrases that say so alone: "fixed-term", "seasonal position", "summer internship".
        phrases: Vec<String>,
        /// A length before what it is of: a number (in digits or a word of `numbers`), a unit
        /// of `units` and a word of `of` ("6-month contract", "one year appointment").
        numbers: Vec<String>,
        units: Vec<String>,
        of: Vec<String>,
        /// What a length comes after, in the languages that write it so: a word of `length_of`,
        /// a number and a unit of `units` ("contrat de 6 mois", "Vertrag für 12 Monate",
        /// "contract for 12 months").
        length_of: Vec<String>,
        /// The value of an appointment-type or job-type key that means a fixed term, maybe
        /// after a word of `value_lead` ("term", "this is a temporary").
        values: Vec<String>,
        value_lead: Vec<String>,
        /// Right before a fixed-term phrase, words that deny it ("not a", "no longer") or
        /// offer it as one choice of two: a word of `either`, one of `or` (or a slash), maybe
        /// an article ("a permanent or term appointment").
        denied: Vec<String>,
        either: Vec<String>,
        or: Vec<String>,
        articles: Vec<String>,
    }
}

/// A language's names of each month.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackMonths {
    #[serde(default)]
    pub january: Vec<String>,
    #[serde(default)]
    pub february: Vec<String>,
    #[serde(default)]
    pub march: Vec<String>,
    #[serde(default)]
    pub april: Vec<String>,
    #[serde(default)]
    pub may: Vec<String>,
    #[serde(default)]
    pub june: Vec<String>,
    #[serde(default)]
    pub july: Vec<String>,
    #[serde(default)]
    pub august: Vec<String>,
    #[serde(default)]
    pub september: Vec<String>,
    #[serde(default)]
    pub october: Vec<String>,
    #[serde(default)]
    pub november: Vec<String>,
    #[serde(default)]
    pub december: Vec<String>,
}

impl PackMonths {
    /// (month number, name) of every name.
    pub fn numbered(self) -> impl Iterator<Item = (u8, String)> {
        [
            self.january,
            self.february,
            self.march,
            self.april,
            self.may,
            self.june,
            self.july,
            self.august,
            self.september,
            self.october,
            self.november,
            self.december,
        ]
        .into_iter()
        .zip(1u8..)
        .flat_map(|(names, n)| names.into_iter().map(move |w| (n, w)))
    }
}

/// A language's phrases around a benefit's words that make them no benefit (see
/// [`crate::re::phrase_alternation`]).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackNotBenefits {
    /// Right after "health care": an industry or a trait ("a health care organization").
    #[serde(default)]
    pub care_after: Vec<String>,
    /// Right before "health care": care as a field ("in conventional health care").
    #[serde(default)]
    pub care_before: Vec<String>,
    /// Earlier in its sentence: a benefit the role does not have ("not eligible for").
    #[serde(default)]
    pub denied_before: Vec<String>,
    /// Earlier in its sentence: a list of protected traits ("without regard to age, ...").
    #[serde(default)]
    pub traits_before: Vec<String>,
    /// Right before a leave: the leave the role covers, not one it gives ("to cover a
    /// parental leave").
    #[serde(default)]
    pub leave_before: Vec<String>,
    /// Right after a leave: the same ("maternity leave cover").
    #[serde(default)]
    pub leave_after: Vec<String>,
}

/// A language's words of a non-discrimination statement.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackEeo {
    /// Whole statements: "Chancengleichheit ist für uns selbstverständlich" does not count;
    /// "employeur souscrivant à l'égalité des chances" does.
    #[serde(default)]
    pub phrases: Vec<String>,
    /// Statements as patterns (regular expressions, matched ignoring case), for what phrases
    /// do not say ("an equal opportunity and affirmative action employer", "does not
    /// discriminate on the basis of race, ...").
    #[serde(default)]
    pub patterns: Vec<String>,
    /// "unabhängig von", "sans distinction de": a statement when one of `grounds` follows in
    /// the same sentence.
    #[serde(default)]
    pub regardless: Vec<String>,
    /// Protected grounds: "Geschlecht", "origine", "discapacidad".
    #[serde(default)]
    pub grounds: Vec<String>,
    /// Phrases (see [`crate::re::phrase_alternation`]) in a statement's paragraph that say it
    /// covers protected veterans (VEVRAA): "protected veteran", "M/F/D/V".
    #[serde(default)]
    pub veterans: Vec<String>,
    /// Phrases in a statement's paragraph that say it covers people with a disability
    /// (Section 503): "disability", "Section 503".
    #[serde(default)]
    pub disability: Vec<String>,
    /// Phrases in a statement's paragraph that are the tagline of EO 11246 (a US federal
    /// contractor's duty before 2025-01-21): "Equal Opportunity Employer", "EOE".
    #[serde(default)]
    pub tagline: Vec<String>,
    /// The grounds EO 11246's tagline lists, each as its spellings ("color", "colour"): a
    /// statement's paragraph that names every one of them is the tagline too. Matched as
    /// parts of words, ignoring case.
    #[serde(default)]
    pub tagline_grounds: Vec<Vec<String>>,
}

/// A language's words of a requirement to hold a country's nationality
/// (`language/citizenship`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackCitizenship {
    /// A country's nationality as a requirement names it: "deutsche Staatsangehörigkeit",
    /// "nationalité française", "obywatelstwo polskie" (a phrase's last word may go on).
    #[serde(default)]
    pub required: Vec<String>,
    /// Words later in its sentence that make it no limit: another way to the right to work
    /// ("oder eine gültige Arbeitserlaubnis", "ou titre de séjour") or a denial ("nicht
    /// erforderlich").
    #[serde(default)]
    pub not_limit: Vec<String>,
    /// Words of its paragraph that tie it to a security clearance or a public office, for which
    /// a law asks for the nationality ("Sicherheitsüberprüfung", "habilitation", "säkerhetsklassad").
    #[serde(default)]
    pub clearance: Vec<String>,
    /// Like `clearance`, as phrases of whole words (see [`crate::re::phrase_alternation`]):
    /// "secret" but not "secretary", "TS/SCI" also "TS / SCI".
    #[serde(default)]
    pub clearance_phrases: Vec<String>,
    /// Statements that limit the job to citizens, as patterns (regular expressions, matched
    /// ignoring case): "U.S. citizens only", "must be a US citizen", "citizenship required".
    /// Counted in postings of any language.
    #[serde(default)]
    pub patterns: Vec<String>,
}

/// The words of every language pack for the facts that are not merged into another
/// vocabulary, each with the language it comes from.
#[derive(Debug, Clone, Default)]
pub struct LanguageWords {
    /// (code, name, detector code) of each pack, in load order.
    pub languages: Vec<(String, String, String)>,
    /// The packs' pay periods, beside those of the vocabulary files ([`PayVocab::periods`]).
    pub periods: Vec<PeriodWords>,
    /// The packs' words between the two numbers of a range, beside the vocabulary files'.
    pub ranges: RangeWords,
    /// The packs' employment and contract types, beside those of `vocab/employment.yaml`.
    pub types: Vec<TypeWords>,
    /// (type, word) of every pack's `field_values`: a type field's whole value.
    pub field_values: Vec<(String, String)>,
    /// The files of the packs a user added: an error in a pattern made of the packs' words is
    /// theirs (the built-in packs' patterns compile, the tests build them).
    pub user_files: Vec<String>,
    pub per: Vec<String>,
    pub gross_net: Vec<String>,
    pub period_before: Vec<(String, String)>,
    pub up_to: Vec<String>,
    pub from: Vec<String>,
    pub open_above: Vec<String>,
    pub payments: Vec<String>,
    pub pay_words: Vec<String>,
    pub pay_whole_words: Vec<String>,
    pub not_pay: Vec<String>,
    pub not_pay_phrases: Vec<String>,
    pub not_pay_later: Vec<String>,
    pub not_amount_after: Vec<String>,
    pub not_pay_after: Vec<String>,
    pub not_pay_before: Vec<String>,
    pub and_up: Vec<String>,
    pub adds_to_pay: Vec<String>,
    pub not_pay_beside: Vec<String>,
    /// Every pack's words for the ends of a pay range beside a label, in lower case.
    pub label_bounds: PackBounds,
    /// The packs' multiplier words and their factors ("tys.", 1000).
    pub multipliers: Vec<(String, f64)>,
    pub duration_units: Vec<(String, String)>,
    pub duration_before: Vec<String>,
    pub duration_not_after: Vec<String>,
    pub duration_one: Vec<String>,
    /// (word, value) of every pack's numbers written as words.
    pub numbers: Vec<(String, f64)>,
    /// Detector codes of the languages that write numeric dates day first.
    pub day_first: Vec<String>,
    /// (month number, name) of every pack's month names.
    pub months: Vec<(u8, String)>,
    /// Every pack's words between the start and end of an engagement (`dates.to`).
    pub date_to: Vec<String>,
    /// Every pack's words of durations beyond units, `before`, `not_after` and `one` (those
    /// are the fields above).
    pub durations: PackDurations,
    /// Every pack's words around the posting date, the deadline and the engagement's dates
    /// (`day_first`, `months` and `to` are the fields above).
    pub dates: PackDates,
    pub experience: PackExperience,
    pub technologies: PackTechnologies,
    /// (period, word) of the period words of languages that join words into compounds: such a
    /// word counts at the end of a longer one ("/ Einsatzstunde" is per hour).
    pub period_tails: Vec<(String, String)>,
    /// The words of `pay.not_pay` of languages that join words into compounds, of
    /// [`NOT_PAY_PART`] letters or more: such a word counts inside a longer one too
    /// ("opleidingsbudget", "Fahrtkostenzuschuss").
    pub not_pay_parts: Vec<String>,
    pub job_nouns: Vec<String>,
    /// The job nouns of languages that join words into compounds, of [`JOB_NOUN_TAIL`]
    /// letters or more: such a noun counts at the end of a longer one too
    /// ("tillsvidareanställning på heltid").
    pub job_noun_tails: Vec<String>,
    /// Every pack's words that make a type a wish ([`LanguagePack::preferably`]).
    pub preferably: Vec<String>,
    /// Every pack's words that make a permanent contract a prospect ([`LanguagePack::prospect`]).
    pub prospect: Vec<String>,
    /// (type, word) of every pack's `bare_types.words`; the other words of `bare_types` are in
    /// `bare_type_words` (its `words` left empty).
    pub bare_types: Vec<(String, String)>,
    pub bare_type_words: PackBareTypes,
    /// Every pack's words of `type_words`, `seniority`, `arrangement` and `fixed_term`.
    pub type_words: PackTypeWords,
    pub seniority: PackSeniority,
    pub arrangement: PackArrangement,
    pub fixed_term: PackFixedTerm,
    /// The words of every pack's working week.
    pub work_week: PackWorkWeek,
    pub titles: Vec<LanguageTitles>,
    /// (detector code, kind, word).
    pub benefits: Vec<(String, String, String)>,
    /// (detector code, kind → patterns) of each pack that has benefit patterns.
    pub benefit_patterns: Vec<(String, std::collections::BTreeMap<String, Vec<String>>)>,
    /// (kind, phrase) of every pack's bare words of a benefits section.
    pub benefits_bare: Vec<(String, String)>,
    /// Every pack's words around a benefit's that make it none.
    pub not_benefits: PackNotBenefits,
    /// (detector code, words) of each pack.
    pub eeo: Vec<(String, PackEeo)>,
    /// The words of every pack's citizenship requirements.
    pub citizenship: PackCitizenship,
    /// (detector code, words) of each pack.
    pub placing: Vec<(String, PlacingWords)>,
    pub remote: Vec<String>,
    pub remote_regions: Vec<String>,
    pub remote_alone: Vec<String>,
    pub not_places: Vec<String>,
    pub seat: Vec<String>,
    pub name_forms: Vec<PlaceNameForms>,
}

/// The fewest letters of a job noun that counts at the end of a compound: shorter ones end
/// other words too (Swedish "roll" ends "kontroll", Dutch "baan" ends "loopbaan").
pub const JOB_NOUN_TAIL: usize = 6;

/// How long a not-pay word must be to count inside a compound: "bonus" in "Jahresbonus",
/// while shorter ones would be found inside unrelated words.
pub const NOT_PAY_PART: usize = 5;

/// A language pack as loaded, with the user's file it comes from (empty for a built-in one).
#[derive(Debug, Clone)]
pub struct LoadedPack {
    pub pack: LanguagePack,
    pub file: String,
}

impl LanguageWords {
    /// The words of `packs`, in order.
    pub fn of<'a>(packs: impl IntoIterator<Item = &'a LoadedPack>) -> LanguageWords {
        let mut words = LanguageWords::default();
        for p in packs {
            words.add(&p.pack, &p.file);
            if !p.file.is_empty() {
                words.user_files.push(p.file.clone());
            }
        }
        words
    }

    /// Adds the words of a pack (`file`: the user's file it is, or empty).
    fn add(&mut self, p: &LanguagePack, file: &str) {
        let p = p.clone();
        let lang = self;
        lang.languages
            .push((p.language.clone(), p.name.clone(), p.detector.clone()));
        for (period, words) in p.pay.periods {
            if p.compounds {
                lang.period_tails
                    .extend(words.iter().map(|w| (period.clone(), w.to_lowercase())));
            }
            lang.periods.push(PeriodWords { period, words });
        }
        for (period, words) in p.pay.before {
            lang.period_before
                .extend(words.into_iter().map(|w| (period.clone(), w)));
        }
        lang.per.extend(p.pay.per);
        lang.gross_net.extend(p.pay.gross_net);
        lang.up_to.extend(p.pay.up_to);
        lang.from.extend(p.pay.from);
        lang.open_above.extend(p.pay.open_above);
        lang.payments.extend(p.pay.payments);
        lang.pay_words.extend(p.pay.words);
        lang.pay_whole_words.extend(p.pay.whole_words);
        if p.compounds {
            let long = p.pay.not_pay.iter().filter(|w| {
                let w = w.trim();
                !w.contains(' ') && w.chars().count() >= NOT_PAY_PART
            });
            lang.not_pay_parts.extend(long.cloned());
        }
        lang.not_pay.extend(p.pay.not_pay);
        lang.not_pay_phrases.extend(p.pay.not_pay_phrases);
        lang.not_pay_later.extend(p.pay.not_pay_later);
        lang.not_amount_after.extend(p.pay.not_amount_after);
        lang.not_pay_after.extend(p.pay.not_pay_after);
        lang.not_pay_before.extend(p.pay.not_pay_before);
        lang.and_up.extend(p.pay.and_up);
        lang.adds_to_pay.extend(p.pay.adds_to_pay);
        lang.not_pay_beside.extend(p.pay.not_pay_beside);
        lang.multipliers.extend(p.pay.multipliers);
        let lower = |w: Vec<String>| w.into_iter().map(|w| w.to_lowercase());
        lang.label_bounds.min.extend(lower(p.pay.label_bounds.min));
        lang.label_bounds.max.extend(lower(p.pay.label_bounds.max));
        lang.ranges.to.extend(p.ranges.to);
        lang.ranges.and.extend(p.ranges.and);
        lang.ranges.between.extend(p.ranges.between);
        for (kind, words) in p.employment {
            lang.types.push(TypeWords {
                kind,
                words,
                file: file.to_string(),
            });
        }
        for (kind, words) in p.bare_types.words {
            lang.bare_types
                .extend(words.into_iter().map(|w| (kind.clone(), w)));
        }
        let bare = &mut lang.bare_type_words;
        bare.after.extend(p.bare_types.after);
        bare.question.extend(p.bare_types.question);
        bare.yes.extend(p.bare_types.yes);
        bare.no.extend(p.bare_types.no);
        bare.option.extend(p.bare_types.option);
        bare.or.extend(p.bare_types.or);
        bare.labels.extend(p.bare_types.labels);
        for (kind, words) in p.field_values {
            lang.field_values
                .extend(words.into_iter().map(|w| (kind.clone(), w)));
        }
        for (unit, words) in p.durations.units {
            lang.duration_units
                .extend(words.into_iter().map(|w| (unit.clone(), w)));
        }
        lang.titles.push(LanguageTitles {
            code: p.language.clone(),
            detector: p.detector.clone(),
            compounds: p.compounds,
            gendered: p.titles.gendered,
            markers: p.titles.markers,
        });
        if p.compounds {
            let long = p
                .job_nouns
                .iter()
                .filter(|n| n.trim().chars().count() >= JOB_NOUN_TAIL);
            lang.job_noun_tails.extend(long.cloned());
        }
        lang.job_nouns.extend(p.job_nouns);
        lang.preferably.extend(p.preferably);
        lang.prospect.extend(p.prospect);
        lang.type_words.extend(p.type_words);
        lang.seniority.extend(p.seniority);
        lang.arrangement.extend(p.arrangement);
        lang.fixed_term.extend(p.fixed_term);
        lang.citizenship.required.extend(p.citizenship.required);
        lang.citizenship.not_limit.extend(p.citizenship.not_limit);
        lang.citizenship.clearance.extend(p.citizenship.clearance);
        lang.citizenship
            .clearance_phrases
            .extend(p.citizenship.clearance_phrases);
        lang.citizenship.patterns.extend(p.citizenship.patterns);
        lang.work_week.hours.extend(p.work_week.hours);
        lang.work_week.week.extend(p.work_week.week);
        lang.work_week
            .hours_per_week
            .extend(p.work_week.hours_per_week);
        lang.work_week.workload.extend(p.work_week.workload);
        lang.duration_before.extend(p.durations.before);
        lang.duration_not_after.extend(p.durations.not_after);
        lang.duration_one.extend(p.durations.one);
        lang.numbers.extend(p.numbers);
        if p.dates.day_first {
            lang.day_first.push(p.detector.clone());
        }
        lang.months.extend(p.dates.months.numbered());
        lang.date_to.extend(p.dates.to);
        lang.durations.just_before.extend(p.durations.just_before);
        lang.durations.before_weeks.extend(p.durations.before_weeks);
        lang.durations.period_of.extend(p.durations.period_of);
        lang.durations.about.extend(p.durations.about);
        lang.durations.after.extend(p.durations.after);
        lang.durations.after_kind.extend(p.durations.after_kind);
        for (unit, words) in p.durations.one_unit {
            lang.durations
                .one_unit
                .entry(unit)
                .or_default()
                .extend(words);
        }
        lang.dates.from.extend(p.dates.from);
        lang.dates.posted_label.extend(p.dates.posted_label);
        lang.dates.posted.extend(p.dates.posted);
        lang.dates.posted_on.extend(p.dates.posted_on);
        lang.dates.deadline.extend(p.dates.deadline);
        lang.dates.application.extend(p.dates.application);
        lang.dates.start_label.extend(p.dates.start_label);
        lang.dates.end_label.extend(p.dates.end_label);
        lang.dates.ordinals.extend(p.dates.ordinals);
        lang.dates.day_of.extend(p.dates.day_of);
        lang.experience.extend(p.experience);
        lang.technologies.extend(p.technologies);
        if !p.benefit_patterns.is_empty() {
            lang.benefit_patterns
                .push((p.detector.clone(), p.benefit_patterns));
        }
        for (kind, words) in p.benefits {
            lang.benefits.extend(
                words
                    .into_iter()
                    .map(|w| (p.detector.clone(), kind.clone(), w)),
            );
        }
        for (kind, words) in p.benefits_bare {
            lang.benefits_bare
                .extend(words.into_iter().map(|w| (kind.clone(), w)));
        }
        let not = p.not_benefits;
        lang.not_benefits.care_after.extend(not.care_after);
        lang.not_benefits.care_before.extend(not.care_before);
        lang.not_benefits.denied_before.extend(not.denied_before);
        lang.not_benefits.traits_before.extend(not.traits_before);
        lang.not_benefits.leave_before.extend(not.leave_before);
        lang.not_benefits.leave_after.extend(not.leave_after);
        lang.eeo.push((p.detector.clone(), p.eeo));
        let l = p.location;
        lang.placing.push((
            p.detector.clone(),
            PlacingWords {
                placing: l.placing,
                strong: l.strong_placing,
                between: l.placing_between,
                gap: l.placing_gap,
                mere: l.mere_placing,
            },
        ));
        lang.remote.extend(l.remote);
        lang.remote_regions.extend(l.remote_regions);
        lang.remote_alone.extend(l.remote_alone);
        lang.not_places.extend(l.not_places);
        lang.seat.extend(l.seat);
        lang.name_forms.extend(l.name_forms);
    }
}

/// What the extractors read for postings in some languages: the vocabulary files' pay and
/// employment words with the pay periods, range words and contract types of those languages'
/// packs, and the packs' other words.
#[derive(Debug, Clone, Default)]
pub struct PackedWords {
    pub pay: PayVocab,
    pub employment: EmploymentVocab,
    pub lang: LanguageWords,
}

impl PackedWords {
    pub fn new<'a>(
        pay: &PayVocab,
        employment: &EmploymentVocab,
        packs: impl IntoIterator<Item = &'a LoadedPack>,
    ) -> PackedWords {
        let lang = LanguageWords::of(packs);
        let mut pay = pay.clone();
        pay.periods.extend(lang.periods.iter().cloned());
        pay.ranges.to.extend(lang.ranges.to.iter().cloned());
        pay.ranges.and.extend(lang.ranges.and.iter().cloned());
        pay.ranges
            .between
            .extend(lang.ranges.between.iter().cloned());
        let mut employment = employment.clone();
        employment.types.extend(lang.types.iter().cloned());
        PackedWords {
            pay,
            employment,
            lang,
        }
    }
}

/// Words around a title named in a sentence: "as a" before it, ", you" after it.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SentenceFrame {
    pub before: String,
    pub after: String,
}

/// The words job titles are made of (`rules/vocab/titles.yaml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TitleVocab {
    #[serde(default)]
    pub roles: Vec<String>,
    /// Endings that make another form of a role word for one person ("-in" of
    /// "Entwicklerin", "-a" of "programadora"): they count wherever a role word does.
    #[serde(default)]
    pub endings: Vec<String>,
    /// Endings of the plural ("Interns", "Entwicklerinnen"): they count only where a sentence
    /// already says a role follows ("seeking Pastry Interns who"). A line of a page with a
    /// plural is a department or a list ("Plant Operators", "Students"), not a title.
    #[serde(default)]
    pub plural_endings: Vec<String>,
    /// What a page or its saver writes around a title ("Job Description for ...", "... Job
    /// Details | ..."), in lower case.
    #[serde(default)]
    pub page_words: Vec<String>,
    /// What a list of postings is called ("jobs", "vacancies"): a heading that names one ("46
    /// jobs in India") is a search page's, not a title. In lower case.
    #[serde(default)]
    pub listing_words: Vec<String>,
    /// What a page writes before its employer's name ("About Acme", "At Acme, we"), in lower
    /// case: a name after them in a page's title is the employer's, not part of the title.
    #[serde(default)]
    pub employer_before: Vec<String>,
    /// How a posting without a title line names its role in a sentence ("As a Line Cook, you
    /// will"): the words before the title and what follows it, in lower case.
    #[serde(default)]
    pub named_in_sentence: Vec<SentenceFrame>,
    /// Words no title holds, in lower case: a line with one of them speaks to the reader or
    /// about the employer ("Currently in your final year", "You Lead the Way").
    #[serde(default)]
    pub sentence_words: Vec<String>,
    /// Words a title in Title Case leaves in lower case ("of", "and", "de"), in lower case.
    #[serde(default)]
    pub small_words: Vec<String>,
    /// Words for where the work is done ("remote", "hybrid"), in lower case: a line of them and
    /// places ("Remote - US") says where the job is, not its title.
    #[serde(default)]
    pub arrangement_words: Vec<String>,
    #[serde(skip)]
    role_set: std::collections::HashSet<String>,
    #[serde(skip)]
    sentence_set: std::collections::HashSet<String>,
    #[serde(skip)]
    small_set: std::collections::HashSet<String>,
}

impl TitleVocab {
    /// Whether a word of `line` is one of the role words, as it is or with one of the
    /// `endings`, also at the end of a compound ("Softwareentwickler", "Projektmanager"); not
    /// the start of another word ("intern" in "Internet", "lead" in "leadership").
    pub fn has_role_word(&self, line: &str) -> bool {
        self.has_role_word_with(line, &[])
    }

    /// Like [`has_role_word`](Self::has_role_word), and a role word in the plural counts too
    /// ("Pastry Interns"): for a title a sentence names.
    pub fn has_role_word_or_plural(&self, line: &str) -> bool {
        self.has_role_word_with(line, &self.plural_endings)
    }

    fn has_role_word_with(&self, line: &str, more_endings: &[String]) -> bool {
        // Words as written ("co-op") and their parts ("Analyst-Retail").
        let whole = line.split(|c: char| !c.is_alphanumeric() && c != '-');
        let parts = line.split(|c: char| !c.is_alphanumeric());
        whole
            .chain(parts)
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .any(|w| self.is_role_word(&w, more_endings))
    }

    fn is_role_word(&self, word: &str, more_endings: &[String]) -> bool {
        std::iter::once("")
            .chain(self.endings.iter().map(String::as_str))
            .chain(more_endings.iter().map(String::as_str))
            .filter_map(|e| word.strip_suffix(e))
            .any(|stem| {
                self.role_set.contains(stem)
                    // The end of a compound: a long role word after other letters.
                    || stem
                        .char_indices()
                        .skip(1)
                        .map(|(i, _)| &stem[i..])
                        .take_while(|rest| rest.chars().count() >= COMPOUND_PART)
                        .any(|rest| self.role_set.contains(rest))
            })
    }

    /// Builds the lookup set; call after the last words are added.
    fn index(&mut self) {
        self.role_set = self.roles.iter().cloned().collect();
        self.sentence_set = self.sentence_words.iter().cloned().collect();
        self.small_set = self.small_words.iter().cloned().collect();
    }

    /// Whether `word` (in lower case) is one a title leaves in lower case (`small_words`).
    pub fn is_small_word(&self, word: &str) -> bool {
        self.small_set.contains(word)
    }

    /// Whether a word of `line` is one no title holds (`sentence_words`).
    pub fn has_sentence_word(&self, line: &str) -> bool {
        line.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
            .filter(|w| !w.is_empty())
            .any(|w| {
                self.sentence_set
                    .contains(&w.to_lowercase().replace('’', "'"))
            })
    }
}

/// Role words at least this long count at the end of a compound word too.
const COMPOUND_PART: usize = 6;

/// Where a JSON file of postings keeps each posting and its facts (`rules/vocab/records.yaml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordsVocab {
    #[serde(default)]
    pub lists: Vec<String>,
    /// Fact name (a front matter key the extractors read) → dotted paths, in order.
    #[serde(default)]
    pub fields: std::collections::BTreeMap<String, Vec<String>>,
    #[serde(default)]
    pub pay: RecordPay,
    #[serde(default)]
    pub address_parts: Vec<String>,
    /// Ways to find the text: each a list of paths whose first decides.
    #[serde(default)]
    pub text: Vec<Vec<String>>,
    /// Paths of arrays of labelled values (Greenhouse's `metadata`: `{name, value}`): each
    /// becomes a `name: value` line at the top of the text.
    #[serde(default)]
    pub labelled: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RecordPay {
    #[serde(default)]
    pub min: Vec<String>,
    #[serde(default)]
    pub max: Vec<String>,
    #[serde(default)]
    pub currency: Vec<String>,
    #[serde(default)]
    pub period: Vec<String>,
    #[serde(default)]
    pub text: Vec<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChromePattern {
    pub id: String,
    pub why: String,
    pub regex: String,
}

/// Gender-coded words (`gender-coded.yaml`): word stems associated with masculine and
/// feminine stereotypes in job advertisements (Gaucher, Friesen & Kay 2011).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GenderCodedVocab {
    #[serde(default)]
    pub masculine: Vec<CodedStem>,
    #[serde(default)]
    pub feminine: Vec<CodedStem>,
}

/// A coded word: a `stem` every word starting with it matches, or one exact `word`; `except`
/// lists words and phrases it does not count in (see `gender-coded.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CodedStem {
    #[serde(default)]
    pub stem: Option<String>,
    #[serde(default)]
    pub word: Option<String>,
    #[serde(default)]
    pub except: Vec<String>,
}

/// Technologies with the year of their first public release (`technologies.yaml`).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TechVocab {
    #[serde(default)]
    pub technologies: Vec<Technology>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Technology {
    pub name: String,
    pub released: i16,
    /// Other spellings, matched ignoring case.
    #[serde(default)]
    pub names: Vec<String>,
    /// Spellings matched only as written ("Go", "Swift"), for names that are also words.
    #[serde(default)]
    pub exact: Vec<String>,
}

/// All vocabularies, merged from the built-in files and any user files, with lookup tables.
#[derive(Debug, Default, Clone)]
pub struct Vocabulary {
    pub places: Places,
    pub pay: PayVocab,
    pub sections: SectionVocab,
    pub chrome: ChromeVocab,
    pub gender_coded: GenderCodedVocab,
    pub technologies: TechVocab,
    pub records: RecordsVocab,
    pub titles: TitleVocab,
    pub employment: EmploymentVocab,
    /// The words of every language pack.
    pub lang: LanguageWords,
    /// The language packs, in load order: the extractors of a posting read those of its
    /// languages ([`crate::facts::Extractor`]).
    pub packs: Vec<std::sync::Arc<LoadedPack>>,
    /// The user's files added, in order.
    pub user_files: Vec<String>,
    section_by_name: HashMap<String, String>,
    fact_by_label: HashMap<String, String>,
    chrome_lines: HashMap<String, ()>,
    /// The chrome patterns of each file (indices into `chrome.patterns`): the built-in file,
    /// then each user file. Each file's patterns are one set, so that a user's file can never
    /// switch off the built-in chrome or another file's (a user's file is checked to compile as
    /// a set when it is loaded).
    chrome_files: Vec<std::ops::Range<usize>>,
    /// Each file's set, with the index of its first pattern. Compiled on first use.
    chrome_sets: std::sync::OnceLock<Vec<(usize, crate::re::RegexSet)>>,
    /// Why each pattern is chrome.
    chrome_why: Vec<String>,
    /// Names of countries and regions, normalized as labels are: a heading that is one of them
    /// divides the section above it by place ("Benefits" then "United States", "Canada").
    place_headings: std::collections::HashSet<String>,
}

/// Whether a vocabulary file is a language pack (`vocab/lang/<code>.yaml`).
pub fn is_pack_file(file: &str) -> bool {
    std::path::Path::new(file)
        .parent()
        .and_then(|d| d.file_name())
        .is_some_and(|d| d == "lang")
}

/// A pattern made of the words of vocabulary files that does not compile (a user's words can
/// make one too large): the files the words come from, the key they are under, what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct WordsError {
    pub files: Vec<String>,
    /// The key the words are under in those files (`durations`).
    pub key: &'static str,
    pub message: String,
}

impl WordsError {
    /// The error of a pattern made of the words of the language packs under `key`: the users'
    /// packs are named.
    pub fn of_packs(lang: &LanguageWords, key: &'static str, message: String) -> Self {
        WordsError {
            files: lang.user_files.clone(),
            key,
            message,
        }
    }

    /// The error at the key in the first of its files, whose texts `texts` holds (file,
    /// text); the other files are named in the message.
    pub fn locate(&self, texts: &[(String, String)]) -> VocabError {
        let (file, text) = self
            .files
            .first()
            .and_then(|f| texts.iter().find(|(name, _)| name == f))
            .cloned()
            .unwrap_or_else(|| {
                (
                    self.files.first().cloned().unwrap_or_default(),
                    String::new(),
                )
            });
        let others = self.files.get(1..).unwrap_or_default();
        let with = if others.is_empty() {
            String::new()
        } else {
            format!(" (with the words of {})", others.join(", "))
        };
        let offset = find_key(&text, self.key);
        let (line, column) = line_col(&text, offset);
        VocabError {
            file,
            text,
            error: YamlError {
                message: format!(
                    "the words under `{}`{with} make a pattern that does not compile: {}",
                    self.key, self.message
                ),
                line,
                column,
                offset,
            },
        }
    }
}

impl std::fmt::Display for WordsError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let files = if self.files.is_empty() {
            "the built-in vocabulary".to_string()
        } else {
            self.files.join(", ")
        };
        write!(
            f,
            "{files}: the words under `{}` make a pattern that does not compile: {}",
            self.key, self.message
        )
    }
}

/// A vocabulary file that could not be used.
#[derive(Debug)]
pub struct VocabError {
    pub file: String,
    pub text: String,
    pub error: YamlError,
}

include!(concat!(env!("OUT_DIR"), "/builtin_vocab.rs"));

/// The built-in vocabularies, ready to use. Shared, so that their lookup tables and patterns are
/// built once per process.
pub static BUILTIN: std::sync::LazyLock<Vocabulary> = std::sync::LazyLock::new(|| {
    let mut v = Vocabulary::builtin();
    v.finish();
    v
});

impl Vocabulary {
    /// The built-in vocabularies (`rules/vocab/*.yaml`, converted to JSON when hirelint is built).
    pub fn builtin() -> Vocabulary {
        use rayon::prelude::*;
        // Parsing the language packs is most of loading the built-in vocabulary, and every
        // process pays it before its first posting: they parse side by side, and are added in
        // their order.
        let packs: Vec<Option<LanguagePack>> = BUILTIN_VOCAB_JSON
            .par_iter()
            .map(|(file, json)| {
                is_pack_file(file).then(|| {
                    Syntax::Json
                        .parse(json)
                        .unwrap_or_else(|e| panic!("{file}: {e}"))
                })
            })
            .collect();
        let mut v = Vocabulary::default();
        for ((file, json), pack) in BUILTIN_VOCAB_JSON.iter().zip(packs) {
            match pack {
                Some(pack) => v.add_pack(pack, "", json),
                None => v.add_json(file, json).map_err(|e| e.error),
            }
            .unwrap_or_else(|e| panic!("{file}: {e}"));
        }
        v
    }

    /// Adds a vocabulary file that was converted to JSON at build time.
    fn add_json(&mut self, file: &str, json: &str) -> Result<(), VocabError> {
        self.add(file, json, Syntax::Json)
    }

    /// Adds the contents of one YAML vocabulary file, chosen by its file name.
    pub fn add_file(&mut self, file: &str, text: &str) -> Result<(), VocabError> {
        self.add(file, text, Syntax::Yaml)
    }

    fn add(&mut self, file: &str, text: &str, syntax: Syntax) -> Result<(), VocabError> {
        let err = |error: YamlError| VocabError {
            file: file.to_string(),
            text: text.to_string(),
            error,
        };
        let stem = std::path::Path::new(file)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("");
        // A user's file, named in errors about patterns made of its words.
        let user_file = if syntax == Syntax::Yaml { file } else { "" };
        if !user_file.is_empty() {
            self.user_files.push(user_file.to_string());
        }
        if is_pack_file(file) {
            let pack: LanguagePack = syntax.parse(text).map_err(err)?;
            self.add_pack(pack, user_file, text).map_err(err)?;
            return Ok(());
        }
        match stem {
            // `country-names.yaml`: countries' names in the packs' languages, from CLDR
            // (scripts/country_names.py), kept apart from the hand-kept places.
            "places" | "country-names" => {
                let p: Places = syntax.parse(text).map_err(err)?;
                self.places.countries.extend(p.countries);
                self.places.regions.extend(p.regions);
                self.places.cities.extend(p.cities);
                self.places.groups.extend(p.groups);
                self.places.quarter_words.extend(p.quarter_words);
                if p.cities_alone_from.is_some() {
                    self.places.cities_alone_from = p.cities_alone_from;
                }
            }
            "pay" => {
                let p: PayVocab = syntax.parse(text).map_err(err)?;
                self.pay.currencies.extend(p.currencies);
                self.pay.periods.extend(p.periods);
                self.pay.multipliers.extend(p.multipliers);
                self.pay.vague.extend(p.vague);
                self.pay.ranges.to.extend(p.ranges.to);
                self.pay.ranges.and.extend(p.ranges.and);
                self.pay.ranges.between.extend(p.ranges.between);
            }
            "sections" => {
                let s: SectionVocab = syntax.parse(text).map_err(err)?;
                self.sections.sections.extend(s.sections);
                self.sections.labels.extend(s.labels);
                self.sections.front_matter.extend(s.front_matter);
            }
            "chrome" => {
                let c: ChromeVocab = syntax.parse(text).map_err(err)?;
                // A user's file is checked pattern by pattern, to point at the one that is
                // wrong; built-in patterns are checked by the tests.
                let user_file = matches!(syntax, Syntax::Yaml);
                let at = |p: &ChromePattern, message: String| {
                    let offset = text.find(&p.regex).unwrap_or(0);
                    let (line, column) = line_col(text, offset);
                    err(YamlError {
                        message,
                        line,
                        column,
                        offset,
                    })
                };
                for p in c.patterns.iter().filter(|_| user_file) {
                    if let Err(e) = crate::re::compile(&p.regex) {
                        return Err(at(
                            p,
                            format!("invalid regex in chrome pattern `{}`: {e}", p.id),
                        ));
                    }
                }
                if user_file && let Some((p, e)) = too_large_together(&c.patterns) {
                    return Err(at(
                        p,
                        format!(
                            "the chrome patterns of this file are too large to compile together from pattern `{}` on ({e}); simplify them or move some to a vocabulary of another rule folder",
                            p.id
                        ),
                    ));
                }
                let first = self.chrome.patterns.len();
                self.chrome.lines.extend(c.lines);
                self.chrome
                    .navigation
                    .extend(c.navigation.iter().map(|l| normalize_label(l)));
                self.chrome.navigation_words = self
                    .chrome
                    .navigation
                    .iter()
                    .map(|n| n.split_whitespace().count())
                    .max()
                    .unwrap_or(0);
                self.chrome.patterns.extend(c.patterns);
                let other = &mut self.chrome.other_postings;
                other
                    .lines
                    .extend(c.other_postings.lines.iter().map(|l| normalize_label(l)));
                other
                    .starts
                    .extend(c.other_postings.starts.iter().map(|l| normalize_label(l)));
                other
                    .nouns
                    .extend(c.other_postings.nouns.iter().map(|l| normalize_label(l)));
                other
                    .marks
                    .extend(c.other_postings.marks.iter().map(|l| normalize_label(l)));
                self.chrome_files.push(first..self.chrome.patterns.len());
            }
            "gender-coded" => {
                let g: GenderCodedVocab = syntax.parse(text).map_err(err)?;
                for s in g.masculine.iter().chain(&g.feminine) {
                    if s.stem.is_some() == s.word.is_some() {
                        let name = s
                            .stem
                            .as_ref()
                            .or(s.word.as_ref())
                            .map_or("", |n| n.as_str());
                        let offset = if name.is_empty() {
                            0
                        } else {
                            text.find(name).unwrap_or(0)
                        };
                        let (line, column) = line_col(text, offset);
                        return Err(err(YamlError {
                            message: "a coded word needs exactly one of `stem` and `word`".into(),
                            line,
                            column,
                            offset,
                        }));
                    }
                }
                self.gender_coded.masculine.extend(g.masculine);
                self.gender_coded.feminine.extend(g.feminine);
            }
            "technologies" => {
                let t: TechVocab = syntax.parse(text).map_err(err)?;
                self.technologies.technologies.extend(t.technologies);
            }
            "employment" => {
                let e: EmploymentVocab = syntax.parse(text).map_err(err)?;
                self.employment
                    .types
                    .extend(e.types.into_iter().map(|t| TypeWords {
                        file: user_file.to_string(),
                        ..t
                    }));
            }
            "titles" => {
                let t: TitleVocab = syntax.parse(text).map_err(err)?;
                // Every word list is compared in lower case.
                let titles = &mut self.titles;
                for (into, from) in [
                    (&mut titles.roles, &t.roles),
                    (&mut titles.endings, &t.endings),
                    (&mut titles.plural_endings, &t.plural_endings),
                    (&mut titles.page_words, &t.page_words),
                    (&mut titles.listing_words, &t.listing_words),
                    (&mut titles.employer_before, &t.employer_before),
                    (&mut titles.sentence_words, &t.sentence_words),
                    (&mut titles.small_words, &t.small_words),
                    (&mut titles.arrangement_words, &t.arrangement_words),
                ] {
                    into.extend(from.iter().map(|w| w.to_lowercase()));
                }
                self.titles
                    .named_in_sentence
                    .extend(t.named_in_sentence.into_iter().map(|f| SentenceFrame {
                        before: f.before.to_lowercase(),
                        after: f.after.to_lowercase(),
                    }));
            }
            "records" => {
                let r: RecordsVocab = syntax.parse(text).map_err(err)?;
                self.records.lists.extend(r.lists);
                for (fact, paths) in r.fields {
                    self.records.fields.entry(fact).or_default().extend(paths);
                }
                let pay = &mut self.records.pay;
                pay.min.extend(r.pay.min);
                pay.max.extend(r.pay.max);
                pay.currency.extend(r.pay.currency);
                pay.period.extend(r.pay.period);
                pay.text.extend(r.pay.text);
                self.records.address_parts.extend(r.address_parts);
                self.records.text.extend(r.text);
                self.records.labelled.extend(r.labelled);
            }
            other => {
                return Err(err(YamlError {
                    message: format!(
                        "unknown vocabulary file `{other}`: expected places, country-names, pay, sections, chrome, gender-coded, technologies, records, titles or employment (.yaml)"
                    ),
                    line: 1,
                    column: 1,
                    offset: 0,
                }));
            }
        }
        Ok(())
    }

    /// Adds a language pack (`file`: the user's file it is, or empty): its section names and
    /// labels to the section vocabulary, its words to [`LanguageWords`], and keeps the pack for
    /// the extractors of postings in its language. A key that names no period, unit, type or
    /// benefit kind is an error at that key.
    fn add_pack(&mut self, p: LanguagePack, file: &str, text: &str) -> Result<(), YamlError> {
        use crate::facts::{DURATION_UNITS, EMPLOYMENT_TYPES, PERIODS};
        let kinds = crate::facts::benefits::KINDS;
        let check = |what: &str, key: &str, allowed: &[&str]| -> Result<(), YamlError> {
            if allowed.contains(&key) {
                return Ok(());
            }
            let offset = find_key(text, key);
            let (line, column) = line_col(text, offset);
            Err(YamlError {
                message: format!(
                    "unknown {what} `{key}` in language pack `{}`: expected one of {}",
                    p.language,
                    allowed.join(", ")
                ),
                line,
                column,
                offset,
            })
        };
        for key in p.pay.periods.keys().chain(p.pay.before.keys()) {
            check("pay period", key, PERIODS)?;
        }
        for key in p.durations.units.keys().chain(p.durations.one_unit.keys()) {
            check("duration unit", key, DURATION_UNITS)?;
        }
        let types = p.employment.keys().chain(p.field_values.keys());
        for key in types.chain(p.bare_types.words.keys()) {
            check("employment type", key, EMPLOYMENT_TYPES)?;
        }
        for key in p.benefits.keys().chain(p.benefits_bare.keys()) {
            check("benefit kind", key, kinds)?;
        }
        if whatlang::Lang::from_code(&p.detector).is_none() {
            let offset = find_key(text, "detector");
            let (line, column) = line_col(text, offset);
            return Err(YamlError {
                message: format!(
                    "unknown detector code `{}` in language pack `{}`: give the ISO 639-3 code whatlang uses for the language (deu, fra, spa, ...)",
                    p.detector, p.language
                ),
                line,
                column,
                offset,
            });
        }
        self.lang.add(&p, file);
        if !file.is_empty() {
            self.lang.user_files.push(file.to_string());
        }
        for (kind, names) in &p.sections {
            self.sections.sections.push(SectionNames {
                kind: kind.clone(),
                names: names.clone(),
            });
        }
        for (fact, names) in &p.labels {
            self.sections.labels.push(LabelNames {
                fact: fact.clone(),
                names: names.clone(),
            });
        }
        self.packs.push(std::sync::Arc::new(LoadedPack {
            pack: p,
            file: file.to_string(),
        }));
        Ok(())
    }

    /// Builds the lookup tables; call after the last [`Vocabulary::add_file`].
    pub fn finish(&mut self) {
        self.titles.index();
        self.place_headings = self
            .places
            .countries
            .iter()
            .flat_map(|c| c.names.iter())
            .chain(
                self.places
                    .regions
                    .iter()
                    .flat_map(|r| std::iter::once(&r.name).chain(&r.aliases)),
            )
            .map(|n| normalize_label(n))
            .collect();
        self.section_by_name = self
            .sections
            .sections
            .iter()
            .flat_map(|s| {
                s.names
                    .iter()
                    .map(move |n| (normalize_label(n), s.kind.clone()))
            })
            .collect();
        self.fact_by_label = self
            .sections
            .labels
            .iter()
            .flat_map(|l| {
                l.names
                    .iter()
                    .map(move |n| (normalize_label(n), l.fact.clone()))
            })
            .collect();
        self.chrome_sets = std::sync::OnceLock::new();
        self.chrome_why = self
            .chrome
            .patterns
            .iter()
            .map(|p| format!("{} ({})", p.why, p.id))
            .collect();
        self.chrome_lines = self
            .chrome
            .lines
            .iter()
            .map(|l| (normalize_label(l), ()))
            .collect();
    }

    /// The section kind a heading names ("Requirements" → `requirements`).
    pub fn section_kind(&self, heading: &str) -> Option<&str> {
        let key = normalize_label(heading);
        if let Some(kind) = self.section_by_name.get(&key) {
            return Some(kind);
        }
        // "About Acme Corp" names the company section unless the vocabulary says otherwise.
        if key.starts_with("about ") {
            return Some("company");
        }
        None
    }

    /// Whether a heading names only a country or a region ("United States", "Ontario").
    pub fn is_place_heading(&self, heading: &str) -> bool {
        self.place_headings.contains(&normalize_label(heading))
    }

    /// The fact a `Label:` states ("Job Location" → `location`).
    pub fn label_fact(&self, label: &str) -> Option<&str> {
        let key = normalize_label(label);
        if let Some(fact) = self.fact_by_label.get(&key) {
            return Some(fact);
        }
        // "Posting Salary Low", "Maximum Pay": a pay label with a word for one end of a range.
        self.pay_label_bound(&key).map(|_| "pay")
    }

    /// Which end of a pay range a label names: a bound word first or last ("Minimum Salary",
    /// "Salary Low") beside a pay label, which may follow other words ("Posting Salary").
    pub fn pay_label_bound(&self, label: &str) -> Option<Bound> {
        let (bound, rest) = self.lang.label_bounds.split(label)?;
        // The rest, or its last words, is a pay label.
        (0..rest.len())
            .any(|i| {
                self.fact_by_label
                    .get(&rest[i..].join(" "))
                    .map(String::as_str)
                    == Some("pay")
            })
            .then_some(bound)
    }

    /// The chrome patterns as sets, one a file, each with the index of its first pattern;
    /// made on first use. (A user's file compiles as a set, checked when it is loaded; the
    /// built-in one, checked by the tests.)
    pub fn chrome_sets(&self) -> &[(usize, crate::re::RegexSet)] {
        self.chrome_sets.get_or_init(|| {
            self.chrome_files
                .iter()
                .filter_map(|r| {
                    let patterns = self.chrome.patterns[r.clone()].iter();
                    let set = crate::re::RegexSet::new(patterns.map(|p| p.regex.as_str()));
                    set.ok().map(|set| (r.start, set))
                })
                .collect()
        })
    }

    /// Whether a line heads a page's list of other postings ("Similar jobs", "More jobs at
    /// Acme"): nothing from it to the end of its region is this posting.
    pub fn heads_other_postings(&self, line: &str) -> bool {
        let shown = crate::document::shown(line);
        // The words normalize_label keeps: most lines are sentences, not worth lowering.
        let words = trim_label(&shown).split_whitespace().take(9).count();
        if words == 0 || words > 8 {
            return false;
        }
        let line = normalize_label(&shown);
        let other = &self.chrome.other_postings;
        other.lines.contains(&line)
                || other
                    .starts
                    .iter()
                    .any(|s| line.starts_with(s.as_str()) && line.len() > s.len())
                // A heading's shape: short, no sentence's punctuation.
                || (words <= SHORT_LIST_HEADING
                    && !line.contains(['.', ',', ';', '!', '?'])
                    && other.nouns.iter().any(|n| has_phrase(&line, n))
                    && other.marks.iter().any(|m| has_phrase(&line, m)))
    }

    /// The front-matter keys (as leaf keys, lower case) that state `fact`.
    pub fn front_matter_keys(&self, fact: &str) -> Vec<String> {
        self.front_matter_words(fact, |k| &k.keys)
    }

    /// The values (lower case) that say yes for the flag keys of `fact` (`remote: true`).
    pub fn front_matter_values(&self, fact: &str) -> Vec<String> {
        self.front_matter_words(fact, |k| &k.values)
    }

    /// One list of the front-matter entries of `fact`, in lower case.
    fn front_matter_words(
        &self,
        fact: &str,
        list: impl Fn(&FrontMatterKeys) -> &Vec<String>,
    ) -> Vec<String> {
        self.sections
            .front_matter
            .iter()
            .filter(|k| k.fact == fact)
            .flat_map(|k| list(k).iter().map(|w| w.to_lowercase()))
            .collect()
    }

    /// Whether a whole line is an item of a site's navigation bar (`chrome.navigation`).
    pub fn is_navigation_item(&self, line: &str) -> bool {
        let shown = crate::document::shown(line);
        let most = self.chrome.navigation_words;
        // An item may carry a counter ("Saved Jobs (0)", "Messages (3)").
        let item = without_counter(trim_label(&shown));
        let words = item.split_whitespace().take(most + 1).count();
        words > 0 && words <= most && {
            let line = normalize_label(item);
            self.chrome.navigation.contains(&line)
        }
    }

    /// Why a whole line is page chrome, if it is.
    pub fn chrome_reason(&self, line: &str) -> Option<String> {
        // Judged as shown (and as fmt writes it): `Skip&nbsp;to content` is chrome too.
        let line = crate::document::shown(line);
        let trimmed = line.trim_start_matches(['•', '·', '*', '-', '|']).trim();
        if trimmed.is_empty() {
            return None;
        }
        // Chrome is short; a long line is posting text whatever it starts with. A line ending
        // in a colon introduces what follows (`Email:` above an address): it is a label.
        if trimmed.chars().count() > 200 || trimmed.ends_with([':', '：']) {
            return None;
        }
        if self.chrome_lines.contains_key(&normalize_label(trimmed)) {
            return Some("navigation or page control".to_string());
        }
        self.chrome_sets()
            .iter()
            .find_map(|(first, set)| set.first_match(trimmed).map(|i| first + i))
            .map(|i| self.chrome_why[i].clone())
    }
}

/// The first pattern from which `patterns` no longer compile as one set, and why; `None` when
/// they do. A set that fails stays failing as patterns are added (it only grows), so a binary
/// search over its prefixes finds the pattern in a few compilations.
fn too_large_together(patterns: &[ChromePattern]) -> Option<(&ChromePattern, String)> {
    let set = |n: usize| crate::re::RegexSet::new(patterns[..n].iter().map(|p| p.regex.as_str()));
    let e = set(patterns.len()).err()?;
    // The shortest failing prefix: `lo` compiles, `hi` does not.
    let (mut lo, mut hi) = (0, patterns.len());
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if set(mid).is_ok() { lo = mid } else { hi = mid }
    }
    Some((&patterns[hi - 1], set(hi).err().unwrap_or(e)))
}

/// How a vocabulary file is written: YAML, or JSON converted from YAML at build time.
#[derive(Clone, Copy, PartialEq)]
enum Syntax {
    Yaml,
    Json,
}

impl Syntax {
    fn parse<T: serde::de::DeserializeOwned>(self, text: &str) -> Result<T, YamlError> {
        match self {
            Syntax::Yaml => yaml::parse(text),
            Syntax::Json => serde_json::from_str(text).map_err(|e| YamlError {
                message: e.to_string(),
                line: e.line(),
                column: e.column(),
                offset: 0,
            }),
        }
    }
}

/// Lower-case, markup and trailing colon stripped, inner whitespace collapsed: the key under
/// which headings and labels are compared.
/// At most this many words in a line that heads other postings by its words, not by a list.
const SHORT_LIST_HEADING: usize = 6;

/// Whether `phrase` is in `line` as whole words (both as [`normalize_label`] writes them).
fn has_phrase(line: &str, phrase: &str) -> bool {
    !phrase.is_empty()
        && line.match_indices(phrase).any(|(i, _)| {
            let end = i + phrase.len();
            (i == 0 || line.as_bytes()[i - 1] == b' ')
                && (end == line.len() || line.as_bytes()[end] == b' ')
        })
}

pub fn normalize_label(s: &str) -> String {
    let s = trim_label(s);
    // Called for every line of every posting: one allocation, not one per word.
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if word.is_ascii() {
            let start = out.len();
            out.push_str(word);
            out[start..].make_ascii_lowercase();
        } else {
            out.push_str(&word.to_lowercase().replace('’', "'"));
        }
    }
    out
}

/// `s` without a counter in parentheses at its end ("Saved Jobs (0)" is "Saved Jobs").
fn without_counter(s: &str) -> &str {
    match s.strip_suffix(')').and_then(|r| r.rsplit_once('(')) {
        Some((head, n)) if !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) => {
            head.trim_end()
        }
        _ => s,
    }
}

/// A label without the markup and colon around it (`**Job Location:**`).
fn trim_label(s: &str) -> &str {
    s.trim()
        .trim_matches(|c: char| matches!(c, '*' | '_' | '#' | ':' | ' ' | '\t'))
}

/// Where `key:` is written in a YAML text (0 when it cannot be found).
fn find_key(text: &str, key: &str) -> usize {
    text.match_indices(key)
        .find(|(i, _)| {
            text[i + key.len()..]
                .trim_start_matches(['"', '\''])
                .starts_with(':')
        })
        .map_or(0, |(i, _)| i)
}

fn line_col(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_words_error_is_located_at_its_key_in_the_first_users_file() {
        let texts = [
            (
                "a/vocab/lang/cs.yaml".to_string(),
                "language: cs\nname: Czech\ndetector: ces\ndurations:\n  units: {}\n".to_string(),
            ),
            (
                "b/vocab/lang/sk.yaml".to_string(),
                "language: sk\n".to_string(),
            ),
        ];
        let e = WordsError {
            files: vec![texts[0].0.clone(), texts[1].0.clone()],
            key: "durations",
            message: "the pattern is too large once compiled (over 8 MiB)".into(),
        };
        let located = e.locate(&texts);
        assert_eq!(located.file, "a/vocab/lang/cs.yaml");
        assert_eq!((located.error.line, located.error.column), (4, 1));
        let m = &located.error.message;
        assert!(
            m.contains("the words under `durations` (with the words of b/vocab/lang/sk.yaml)"),
            "{m}"
        );
        assert!(m.ends_with("too large once compiled (over 8 MiB)"), "{m}");
        // No user's file: the built-in vocabulary is at fault.
        let builtin = WordsError {
            files: Vec::new(),
            ..e
        };
        assert!(
            builtin
                .to_string()
                .starts_with("the built-in vocabulary: the words under `durations`")
        );
    }

    #[test]
    fn labels_are_normalised() {
        assert_eq!(normalize_label("**Job  Location:**"), "job location");
        assert_eq!(normalize_label("## What You’ll Do"), "what you'll do");
    }

    #[test]
    fn unknown_vocabulary_file_is_an_error() {
        let mut v = Vocabulary::default();
        let e = v.add_file("vocab/colours.yaml", "a: 1").unwrap_err();
        assert!(e.error.message.contains("unknown vocabulary file"));
    }

    #[test]
    fn a_users_chrome_pattern_adds_to_the_built_in_ones() {
        let v = crate::rules::builtin_vocabulary();
        assert!(v.chrome_reason("Subscribe now").is_none());
        let mut extended = v.clone();
        extended
            .add_file(
                "vocab/chrome.yaml",
                "patterns:\n  - { id: subscribe, why: a newsletter box, regex: '(?i)^subscribe now$' }\n",
            )
            .unwrap();
        extended.finish();
        let why = extended.chrome_reason("Subscribe NOW").unwrap();
        assert!(why.contains("(subscribe)"), "{why}");
        assert!(extended.chrome_reason("Over 200 applicants").is_some());
    }

    #[test]
    fn builtin_chrome_patterns_compile_and_match() {
        let v = crate::rules::builtin_vocabulary();
        for p in &v.chrome.patterns {
            crate::re::compile(&p.regex).unwrap_or_else(|e| panic!("chrome pattern {}: {e}", p.id));
        }
        assert!(
            v.chrome_reason("We use cookies to improve your experience.")
                .is_some()
        );
        assert!(
            v.chrome_reason("Be among the first 25 applicants")
                .is_some()
        );
        assert!(v.chrome_reason("• Share this job").is_some());
        assert!(v.chrome_reason("Share your ideas with the team.").is_none());
        assert!(
            v.chrome_reason("Careers Home | Search Jobs | Saved Jobs (0) | Sign In")
                .is_some()
        );
        // A bar of the posting's own facts is no navigation.
        assert!(
            v.chrome_reason("Full-time | Remote | Jobs in Sales")
                .is_none()
        );
        // Each built-in file compiles as one set.
        assert_eq!(v.chrome_sets().len(), v.chrome_files.len());
    }

    #[test]
    fn a_users_chrome_file_too_large_as_a_set_is_located_and_the_built_in_stays() {
        // Each pattern compiles alone; together they are too large for one set.
        let mut text = String::from("patterns:\n  - { id: fix, why: test, regex: '^Fix it$' }\n");
        for k in 1..=12 {
            text.push_str(&format!(
                "  - id: big{k}\n    why: test\n    regex: '^z{k}(?:ab|cd){{30000}}$'\n"
            ));
        }
        let mut v = crate::rules::builtin_vocabulary().clone();
        let e = v.add_file("vocab/chrome.yaml", &text).unwrap_err();
        assert!(
            e.error.message.contains("too large to compile together"),
            "{}",
            e.error.message
        );
        assert!(e.error.message.contains("`big"), "{}", e.error.message);
        assert!(e.error.line > 2 && e.error.column > 1, "{e:?}");
        // Nothing of the file was taken, and the built-in chrome is still chrome.
        v.finish();
        assert!(v.chrome_reason("Fix it").is_none());
        let cookies = "We use cookies to improve your experience.";
        assert!(v.chrome_reason(cookies).is_some());
        // A user's file that compiles is a set of its own beside the built-in one.
        let fits = text.lines().take(5).collect::<Vec<_>>().join("\n");
        v.add_file("vocab/chrome.yaml", &fits).unwrap();
        v.finish();
        assert!(v.chrome_reason("Fix it").is_some());
        assert!(v.chrome_reason(cookies).is_some());
        assert_eq!(v.chrome_sets().len(), v.chrome_files.len());
    }

    /// A closed list's value that is not in it is an error at its place naming the accepted
    /// values, not an entry silently dropped.
    #[test]
    fn an_unknown_type_or_period_is_a_located_error() {
        let mut v = Vocabulary::default();
        let text = "types:\n  - type: FULL_TIME\n    words: [vollzeit]\n  - type: FULLTIME\n    words: [temps plein]\n";
        let e = v.add_file("vocab/employment.yaml", text).unwrap_err();
        let m = &e.error.message;
        assert!(m.contains("unknown type `FULLTIME`"), "{m}");
        assert!(m.contains("FULL_TIME, PART_TIME"), "{m}");
        assert_eq!((e.error.line, e.error.column), (4, 11), "{m}");
        let text = "periods:\n  - period: fortnight\n    words: [biweekly]\n";
        let e = v.add_file("vocab/pay.yaml", text).unwrap_err();
        assert!(
            e.error.message.contains("unknown period `fortnight`"),
            "{e:?}"
        );
        assert!(
            e.error.message.contains("hour, day, week, month, year"),
            "{e:?}"
        );
        assert_eq!(e.error.line, 2, "{e:?}");
        // Nothing of either file was taken; a known value is.
        assert!(v.employment.types.is_empty() && v.pay.periods.is_empty());
        v.add_file(
            "employment.yaml",
            "types:\n  - type: INTERN\n    words: [praktikum]\n",
        )
        .unwrap();
        assert_eq!(v.employment.types.len(), 1);
    }

    #[test]
    fn a_coded_word_needs_a_stem_or_a_word() {
        let mut v = Vocabulary::default();
        let text = "masculine:\n  - stem: lead\n    word: leader\n";
        let e = v.add_file("vocab/gender-coded.yaml", text).unwrap_err();
        assert!(
            e.error.message.contains("exactly one of"),
            "{}",
            e.error.message
        );
        assert_eq!(e.error.line, 2);
        v.add_file("gender-coded.yaml", "feminine:\n  - word: kind\n")
            .unwrap();
        assert_eq!(v.gender_coded.feminine.len(), 1);
    }

    #[test]
    fn bad_chrome_regex_is_located() {
        let mut v = Vocabulary::default();
        let text = "patterns:\n  - id: x\n    why: y\n    regex: 'a(b'\n";
        let e = v.add_file("chrome.yaml", text).unwrap_err();
        assert_eq!(e.error.line, 4);
        assert!(e.error.message.contains("invalid regex"));
    }
}
