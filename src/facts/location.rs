//! Work locations: places from the place vocabulary, "City, ST" pairs, and remote arrangements.
//!
//! A place counts when it is the value of a `Location:` field or front-matter key, when it
//! appears as "City, ST" with a known region abbreviation, or when a known place follows a word
//! that places the job ("based in", "located in", "office in", ...) or stands in the title or a
//! heading. Names the vocabulary marks ambiguous ("Reading", "Georgia") only count in the first
//! two forms, and place names must be capitalised as written ("reading" is not a city).

use super::Fact;
use super::scan::{Scan, SegmentKind};
use crate::document::Document;
use crate::source::Span;
use crate::vocab::Places;
use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A work location as stated, with what it was recognised as.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Location {
    /// The words as written.
    pub text: String,
    pub city: Option<String>,
    /// ISO 3166-2 code of the state or province (`US-CO`).
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 code (`US`).
    pub country: Option<String>,
    /// An explicit remote arrangement ("Remote", "work from home").
    pub remote: bool,
}

#[derive(Debug, Clone, Copy)]
enum PlaceRef {
    Country(usize),
    Region(usize),
    City(usize),
}

pub struct PlaceMatcher {
    names: AhoCorasick,
    refs: Vec<(PlaceRef, bool)>,
    /// Postal abbreviation → region index ("CO" → Colorado).
    abbr: HashMap<String, usize>,
    /// Country code → country index.
    country_code: HashMap<String, usize>,
    places: PlacesData,
}

struct PlacesData {
    countries: Vec<(String, String)>,
    regions: Vec<(String, String, String)>,
    cities: Vec<(String, Option<String>, String)>,
}

impl PlaceMatcher {
    pub fn new(places: &Places) -> Self {
        let mut patterns: Vec<String> = Vec::new();
        let mut refs = Vec::new();
        for (i, c) in places.countries.iter().enumerate() {
            for n in &c.names {
                // Two-letter codes ("US") and short all-caps forms only count in location fields.
                let short_code =
                    n.len() <= 3 && n.chars().all(|ch| ch.is_ascii_uppercase() || ch == '.');
                patterns.push(n.clone());
                refs.push((PlaceRef::Country(i), c.ambiguous || short_code));
            }
        }
        for (i, r) in places.regions.iter().enumerate() {
            for n in std::iter::once(&r.name).chain(&r.aliases) {
                patterns.push(n.clone());
                refs.push((PlaceRef::Region(i), false));
            }
        }
        for (i, c) in places.cities.iter().enumerate() {
            for n in std::iter::once(&c.name).chain(&c.aliases) {
                patterns.push(n.clone());
                refs.push((PlaceRef::City(i), c.ambiguous));
            }
        }
        let names = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .build(&patterns)
            .expect("place names form a valid automaton");
        let abbr = places
            .regions
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.abbr.as_ref().map(|a| (a.clone(), i)))
            .collect();
        let country_code = places
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| (c.code.clone(), i))
            .collect();
        let data = PlacesData {
            countries: places
                .countries
                .iter()
                .map(|c| (c.code.clone(), c.names.first().cloned().unwrap_or_default()))
                .collect(),
            regions: places
                .regions
                .iter()
                .map(|r| (r.code.clone(), r.country.clone(), r.name.clone()))
                .collect(),
            cities: places
                .cities
                .iter()
                .map(|c| (c.name.clone(), c.region.clone(), c.country.clone()))
                .collect(),
        };
        PlaceMatcher {
            names,
            refs,
            abbr,
            country_code,
            places: data,
        }
    }

    pub fn extract(&self, scan: &Scan, doc: &Document) -> Vec<Fact<Location>> {
        let mut out: Vec<Fact<Location>> = Vec::new();
        let text = scan.text;
        // Front matter keys that name the place of work.
        if let Some(fm) = &doc.front_matter {
            for f in &fm.fields {
                let leaf = f
                    .key
                    .rsplit('.')
                    .next()
                    .unwrap_or(&f.key)
                    .to_ascii_lowercase();
                if matches!(
                    leaf.as_str(),
                    "location"
                        | "locations"
                        | "city"
                        | "job_location"
                        | "work_location"
                        | "office"
                        | "duty_station"
                ) && !f.value.trim().is_empty()
                {
                    out.extend(self.field_value(text, f.value_span));
                }
            }
        }
        for seg in &scan.segments {
            match &seg.kind {
                SegmentKind::FieldValue(fact) if fact == "location" => {
                    out.extend(self.field_value(text, seg.span))
                }
                SegmentKind::FieldValue(fact) if fact == "work_arrangement" => {
                    if REMOTE_WORD.is_match(scan.slice(seg.span)) {
                        out.push(Fact::new(
                            Location {
                                text: scan.slice(seg.span).to_string(),
                                remote: true,
                                ..Default::default()
                            },
                            seg.span,
                        ));
                    }
                }
                _ => {
                    let strong = seg.is_title || seg.kind == SegmentKind::Heading;
                    out.extend(self.in_text(text, seg.span, strong));
                }
            }
        }
        out.sort_by_key(|f| f.span.start);
        out.dedup_by(|a, b| b.span.contains(a.span));
        out
    }

    /// A `Location:` value: the whole value is the location, whatever it names.
    fn field_value(&self, text: &str, span: Span) -> Vec<Fact<Location>> {
        let value = text[span.range()].trim();
        if value.is_empty() || is_placeholder(value) {
            return Vec::new();
        }
        let mut loc = Location {
            text: value.to_string(),
            ..Default::default()
        };
        // "US, NY, New York" and "GB, , London": country code, region code, city.
        let parts: Vec<&str> = value.split(',').map(str::trim).collect();
        if parts.len() >= 2 && parts[0].len() == 2 && self.country_code.contains_key(parts[0]) {
            loc.country = Some(parts[0].to_string());
            let region = format!("{}-{}", parts[0], parts[1]);
            if self.places.regions.iter().any(|r| r.0 == region) {
                loc.region = Some(region);
            }
            if let Some(city) = parts.get(2).filter(|c| !c.is_empty()) {
                loc.city = Some(city.to_string());
            }
        }
        for (place, _, _) in self.find(value) {
            self.fill(&mut loc, place);
        }
        if let Some(c) = CITY_STATE.captures(value)
            && let Some(&r) = self.abbr.get(&c["st"])
        {
            self.fill(&mut loc, PlaceRef::Region(r));
            loc.city.get_or_insert_with(|| c["city"].trim().to_string());
        }
        loc.remote = REMOTE_WORD.is_match(value);
        vec![Fact::new(loc, span)]
    }

    fn in_text(&self, text: &str, span: Span, strong: bool) -> Vec<Fact<Location>> {
        let s = &text[span.range()];
        let mut out = Vec::new();
        for c in CITY_STATE.captures_iter(s) {
            let Some(&r) = self.abbr.get(&c["st"]) else {
                continue;
            };
            let city = c.name("city").expect("group");
            let city_text = trim_city(city.as_str());
            if city_text.is_empty() {
                continue;
            }
            let start = city.end() - city_text.len();
            let whole = Span::new(start, c.get(0).expect("group 0").end()).offset(span.start);
            let mut loc = Location {
                text: text[whole.range()].to_string(),
                city: Some(city_text.to_string()),
                ..Default::default()
            };
            self.fill(&mut loc, PlaceRef::Region(r));
            out.push(Fact::new(loc, whole));
        }
        for (place, ambiguous, m) in self.find(s) {
            if ambiguous {
                continue;
            }
            let before = &s[..m.start()];
            if !(strong || PLACING.is_match(before)) {
                continue;
            }
            let at = Span::new(m.start(), m.end()).offset(span.start);
            if out.iter().any(|f: &Fact<Location>| f.span.contains(at)) {
                continue;
            }
            let mut loc = Location {
                text: text[at.range()].to_string(),
                ..Default::default()
            };
            self.fill(&mut loc, place);
            out.push(Fact::new(loc, at));
        }
        for m in REMOTE_PHRASE.find_iter(s) {
            let at = Span::new(m.start(), m.end()).offset(span.start);
            out.push(Fact::new(
                Location {
                    text: m.as_str().to_string(),
                    remote: true,
                    ..Default::default()
                },
                at,
            ));
        }
        if strong {
            for m in REMOTE_WORD.find_iter(s) {
                let at = Span::new(m.start(), m.end()).offset(span.start);
                out.push(Fact::new(
                    Location {
                        text: m.as_str().to_string(),
                        remote: true,
                        ..Default::default()
                    },
                    at,
                ));
            }
        }
        out
    }

    /// Known place names in `s`: capitalised as written and on word boundaries.
    fn find<'s>(
        &'s self,
        s: &'s str,
    ) -> impl Iterator<Item = (PlaceRef, bool, aho_corasick::Match)> + 's {
        self.names.find_iter(s).filter_map(move |m| {
            let word_start = s[..m.start()]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            let word_end = s[m.end()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric());
            let capitalised = s[m.start()..]
                .chars()
                .next()
                .is_some_and(|c| !c.is_lowercase());
            let (place, ambiguous) = self.refs[m.pattern().as_usize()];
            (word_start && word_end && capitalised).then_some((place, ambiguous, m))
        })
    }

    fn fill(&self, loc: &mut Location, place: PlaceRef) {
        match place {
            PlaceRef::Country(i) => {
                loc.country
                    .get_or_insert_with(|| self.places.countries[i].0.clone());
            }
            PlaceRef::Region(i) => {
                let (code, country, _) = &self.places.regions[i];
                loc.region.get_or_insert_with(|| code.clone());
                loc.country.get_or_insert_with(|| country.clone());
            }
            PlaceRef::City(i) => {
                let (name, region, country) = &self.places.cities[i];
                // A city of the same name in another region: keep the region already known.
                if loc.region.is_some() && region.is_some() && loc.region != *region {
                    return;
                }
                loc.city.get_or_insert_with(|| name.clone());
                if let Some(r) = region {
                    loc.region.get_or_insert_with(|| r.clone());
                }
                loc.country.get_or_insert_with(|| country.clone());
            }
        }
    }
}

fn is_placeholder(v: &str) -> bool {
    matches!(
        v.to_ascii_lowercase()
            .trim_matches(|c: char| !c.is_alphanumeric()),
        "" | "n/a" | "na" | "none" | "tbd" | "tba" | "-" | "null" | "unknown"
    ) || v.starts_with("{{")
}

fn trim_city(s: &str) -> &str {
    // The city is the last run of capitalised words before the comma.
    let words: Vec<&str> = s.split_whitespace().collect();
    let mut keep = 0;
    for w in words.iter().rev() {
        if w.chars().next().is_some_and(|c| c.is_uppercase()) && keep < 4 {
            keep += 1;
        } else {
            break;
        }
    }
    if keep == 0 {
        return "";
    }
    let tail = words[words.len() - keep..].join(" ");
    match s.rfind(&tail) {
        Some(i) => &s[i..],
        None => s.trim(),
    }
}

/// "Denver, CO", "St. Louis, MO 63101", "Burbank, CA"
static CITY_STATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?P<city>(?:[A-Z][\w.'’-]*\s){0,3}[A-Z][\w.'’-]*),\s*(?P<st>[A-Z]{2})\b(?:\s+\d{5}(?:-\d{4})?)?").expect("static")
});
/// Words that place the job at the place that follows.
static PLACING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:in|at|based|located|locations?|office|offices|headquartered|headquarters|hq|near|relocate to|work from|onsite|on-site|position in|role in|job in|team in)\b[\s:,(]*(?:the\s+)?(?:(?:greater|downtown|central|north|south|east|west|metro)\s+)?(?:[A-Z][\w.'’-]*\s){0,2}|[-–—|/(]\s*)$").expect("static")
});
static REMOTE_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:fully|100%|completely|entirely|totally|permanently)\s+remote\b|\bremote\s*(?:-|–|—|:|\(|,)?\s*(?:US|USA|U\.S\.|United States|Canada|Europe|EU|EMEA|UK|worldwide|anywhere|global)\b|\bremote[- ](?:role|position|job|opportunity|work|working|first|friendly|option|team member|employee|based|eligible)\b|\b(?:this|the) (?:role|position|job) (?:is|can be) (?:remote|done remotely)|\bwork(?:ing)? (?:from home|remotely|from anywhere)\b|\btelecommut\w*|\bWFH\b|\bwork at home\b").expect("static")
});
static REMOTE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:remote|virtual|telework|work from home|anywhere)\b").expect("static")
});

#[cfg(test)]
mod tests;
