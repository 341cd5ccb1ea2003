//! Work locations: places from the place vocabulary, "City, ST" pairs, and remote arrangements.
//!
//! A place counts when it is the value of a `Location:` field or front-matter key, when it
//! appears as "City, ST" with a known region abbreviation, or when a known place follows a word
//! that places the job ("based in", "located in", "office in", ...) or stands in the title or a
//! heading. Names the vocabulary marks ambiguous ("Reading", "Georgia"), the language packs'
//! `not_places` words ("Mobile", "Essen") and the gazetteer's smaller cities need a place
//! context: a `Location:` value, a region or country after a comma ("Reading, UK"), or a word
//! that says where the job is based ("based in", "located in"). Place names must be
//! capitalised as written ("reading" is not a city).
//!
//! Cities come from the gazetteer (`gazetteer.rs`, GeoNames) and from the place vocabulary,
//! which keeps what GeoNames lacks: countries, regions, and cities with laws of their own.

mod gazetteer;
mod word_hash;

use super::Fact;
use super::scan::{Scan, SegmentKind};
use crate::document::{Document, FrontMatter, FrontMatterField};
use crate::re::Regex;
use crate::source::Span;
use crate::vocab::Places;
use std::collections::HashMap;

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
    /// The city's or county's own jurisdiction, where it has employment laws of its own
    /// (`US-NY-NYC`).
    pub local: Option<String>,
    /// An explicit remote arrangement ("Remote", "work from home").
    pub remote: bool,
}

#[derive(Debug, Clone, Copy)]
enum PlaceRef {
    Country(usize),
    Region(usize),
    City(usize),
    /// A line of the gazetteer.
    Gazetteer(usize),
}

#[derive(Clone)]
pub struct PlaceMatcher {
    /// The front-matter keys that name the place of work (`sections.yaml`, `front_matter`).
    front_matter_keys: Vec<String>,
    /// The front-matter keys of a place's parts, city first, country last (`sections.yaml`,
    /// `location_part`): the parts of one object are one place ("Austin, TX").
    front_matter_parts: Vec<String>,
    /// Lower-cased place name → the place and whether the name is ambiguous. The first entry
    /// of a name wins, and the vocabulary lists the most populous place first.
    names: Vec<(String, (PlaceRef, bool))>,
    /// The first words of `names` ([`gazetteer::first_word`]).
    first_words: std::collections::HashSet<String>,
    /// The most words (alphanumeric runs) in any name: "Washington, D.C." has three.
    max_words: usize,
    /// Postal abbreviation → region index ("CO" → Colorado).
    abbr: HashMap<String, usize>,
    /// Country code → country index.
    country_code: HashMap<String, usize>,
    /// (lower-cased city name, region code) → the city's own jurisdiction, for "Ithaca, NY".
    locals: HashMap<(String, String), String>,
    places: PlacesData,
    /// Each language pack's words before a place of work ("in", "à", "w", "i"): short words of
    /// one language are other words in another ("a Vancouver-based start-up").
    placing: Vec<Placing>,
    /// The language packs' phrases for remote work ("fully remote", "teletrabajo", "praca
    /// zdalna", "Remote - US").
    remote: crate::re::PackPattern,
    /// A word every match of `remote` holds (see [`remote_cues`]): where none is, the pattern
    /// is not searched, nor compiled.
    remote_cues: Option<crate::re::WordSet>,
    /// The packs' words for remote work in a title, heading or value ("Remote", "Virtual").
    remote_alone: Option<crate::re::WordSet>,
    /// The language packs' words before the employer's seat ("headquartered in"), ending
    /// where a place follows.
    seat: Option<Regex>,
    /// Lower-cased common words that are also places' names: places only in a place context.
    not_places: std::collections::HashSet<String>,
    /// Gazetteer cities with fewer people need a place context.
    alone_from: u32,
    /// Lower-cased words that name a quarter of any city (see [`PlaceMatcher::is_quarter`]).
    quarter_words: std::collections::HashSet<String>,
    /// The packs' on-site and hybrid words that state the arrangement alone (`arrangement`:
    /// `onsite`, `hybrid` and their `alone` words), lower case: a place field holding one
    /// ("Work Location: In person") states the arrangement, not a place.
    workplace_words: std::collections::HashSet<String>,
    /// Words right after a word of `remote_alone` that make it something else
    /// (`arrangement.not_after`: "Remote Sensing Analyst"), lower case.
    not_remote_after: std::collections::HashSet<String>,
}

#[derive(Clone)]
struct PlacesData {
    countries: Vec<(String, String)>,
    regions: Vec<(String, String, String)>,
    /// Name, region, country and own jurisdiction.
    cities: Vec<(String, Option<String>, String, Option<String>)>,
    /// The cities' names in lower case.
    city_lower: Vec<String>,
}

impl PlaceMatcher {
    /// Reads the place of work from front matter under these keys (lower case),
    /// and place parts (`city`, `state`, `country`) under these.
    pub fn with_front_matter_keys(mut self, keys: Vec<String>, parts: Vec<String>) -> Self {
        self.front_matter_keys = keys;
        self.front_matter_parts = parts;
        self
    }

    /// # Errors
    /// When the packs' words make a pattern that does not compile (see
    /// [`crate::vocab::WordsError`]).
    pub fn new(
        places: &Places,
        lang: &crate::vocab::LanguageWords,
    ) -> Result<Self, crate::vocab::WordsError> {
        let error = |e| crate::vocab::WordsError::of_packs(lang, "location", e);
        // Names sorted in lower case, looked up with the word sequences that start at each
        // capitalised word, like the gazetteer's (see [`PlaceMatcher::find`]). Sorting 2,500 names
        // costs a fraction of a millisecond, where an Aho-Corasick automaton over them costs
        // several: the editor pays this at every start.
        let mut names: HashMap<String, (PlaceRef, bool)> = HashMap::new();
        // The gazetteer's longest names ("Santa Cruz de la Sierra") have five words.
        let mut max_words = 5;
        let not_places: std::collections::HashSet<String> =
            lang.not_places.iter().map(|w| w.to_lowercase()).collect();
        let mut add = |name: &str, place: PlaceRef, ambiguous: bool| {
            let mut ends = Vec::new();
            word_ends(name, usize::MAX, &mut ends);
            max_words = max_words.max(ends.len());
            let lower = name.to_lowercase();
            let ambiguous = ambiguous || not_places.contains(&lower);
            names.entry(lower).or_insert((place, ambiguous));
        };
        for (i, c) in places.countries.iter().enumerate() {
            for n in &c.names {
                // Two-letter codes ("US") and short all-caps forms only count in location fields.
                let short_code =
                    n.len() <= 3 && n.chars().all(|ch| ch.is_ascii_uppercase() || ch == '.');
                add(n, PlaceRef::Country(i), c.ambiguous || short_code);
            }
        }
        for (i, r) in places.regions.iter().enumerate() {
            for n in std::iter::once(&r.name).chain(&r.aliases) {
                add(n, PlaceRef::Region(i), false);
            }
        }
        for (i, c) in places.cities.iter().enumerate() {
            add(&c.name, PlaceRef::City(i), c.ambiguous);
            // A city's other names are not ambiguous for its name's sake: "Florence" is also a
            // first name, "Firenze" only the city.
            for n in &c.aliases {
                add(n, PlaceRef::City(i), false);
            }
        }
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
                .map(|c| {
                    (
                        c.name.clone(),
                        c.region.clone(),
                        c.country.clone(),
                        c.local.clone(),
                    )
                })
                .collect(),
            city_lower: places
                .cities
                .iter()
                .map(|c| c.name.to_lowercase())
                .collect(),
        };
        let locals = places
            .cities
            .iter()
            .filter_map(|c| Some((c, c.local.as_ref()?, c.region.as_ref()?)))
            .flat_map(|(c, local, region)| {
                std::iter::once(&c.name)
                    .chain(&c.aliases)
                    .map(move |n| ((n.to_lowercase(), region.clone()), local.clone()))
            })
            .collect();
        // Compiled on first use: a posting reads the words of its languages only. A user's
        // words are compiled now, so that an error is reported when their file is loaded.
        let now = !lang.user_files.is_empty();
        let placing = lang
            .placing
            .iter()
            .map(|(code, words)| Placing::new(code, words, now))
            .collect::<Result<Vec<_>, _>>()
            .map_err(error)?;
        let remote = remote_pattern(lang, now).map_err(error)?;
        let remote_cues = crate::re::WordSet::inside_words(&remote_cues(lang)).map_err(error)?;
        // The other forms of a country's cities' names ("w Krakowie"). The form itself says
        // a word places the city ("w", "we"), so it is no common word: like any name in
        // running text, it counts after a placing word.
        for forms in &lang.name_forms {
            for i in gazetteer::of_country(&forms.country) {
                for form in forms.forms_of(gazetteer::name(i)) {
                    add(&form, PlaceRef::Gazetteer(i), false);
                }
            }
        }
        let mut names: Vec<_> = names.into_iter().collect();
        names.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        let first_words = names
            .iter()
            .map(|(n, _)| gazetteer::first_word(n).to_string())
            .collect();
        Ok(PlaceMatcher {
            front_matter_keys: Vec::new(),
            front_matter_parts: Vec::new(),
            names,
            first_words,
            locals,
            max_words,
            abbr,
            country_code,
            places: data,
            // A place name starts with a capital: the words before it are matched without
            // regard to case, the name is not.
            placing,
            remote,
            remote_cues,
            remote_alone: crate::re::WordSet::new(&lang.remote_alone, false).map_err(error)?,
            seat: crate::re::words_regex(
                &lang.seat,
                false,
                "",
                // A short article between ("headquartered in the Denver area").
                r"[\s:,(]*(?:[a-z]{2,3}\s+)?$",
            )
            .map_err(error)?,
            not_places,
            alone_from: places.cities_alone_from.unwrap_or(0),
            quarter_words: places
                .quarter_words
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
            workplace_words: [
                &lang.arrangement.onsite,
                &lang.arrangement.hybrid,
                &lang.arrangement.alone.onsite,
                &lang.arrangement.alone.hybrid,
            ]
            .into_iter()
            .flatten()
            .map(|w| plain_words(w))
            .collect(),
            not_remote_after: lang
                .arrangement
                .not_after
                .iter()
                .map(|w| w.to_lowercase())
                .collect(),
        })
    }

    /// Compiles the packs' placing patterns now (see [`super::compile_patterns`]).
    pub fn compile(&self) {
        for p in &self.placing {
            for re in [&p.words, &p.strong, &p.mere].into_iter().flatten() {
                re.get();
            }
        }
        self.remote.get();
    }

    /// The vocabulary's place called `lower`.
    fn vocabulary(&self, lower: &str) -> Option<(PlaceRef, bool)> {
        let i = self
            .names
            .binary_search_by(|(n, _)| n.as_str().cmp(lower))
            .ok()?;
        Some(self.names[i].1)
    }

    /// The gazetteer's city of line `i`, called `lower`, and whether it needs a place context.
    fn gazetteer_place(&self, i: usize, lower: &str) -> (PlaceRef, bool) {
        let ambiguous =
            gazetteer::city(i).population < self.alone_from || self.not_places.contains(lower);
        (PlaceRef::Gazetteer(i), ambiguous)
    }

    /// Whether `place`, called `name`, is a city whose name is made of quarter words alone
    /// ("Financial District", "Uptown"): a quarter many cities have, which names a place only
    /// with its region or country after it.
    fn is_quarter(&self, place: PlaceRef, name: &str) -> bool {
        matches!(place, PlaceRef::City(_) | PlaceRef::Gazetteer(_))
            && name
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .all(|w| self.quarter_words.contains(&w.to_lowercase()))
    }

    /// The city called `lower` in `region` or `country`, when the text names both ("Pasadena,
    /// California" is not the larger Pasadena in Texas).
    fn city_in(
        &self,
        lower: &str,
        region: Option<&str>,
        country: Option<&str>,
    ) -> Option<PlaceRef> {
        let fits = |r: Option<&str>, c: &str| match (region, country) {
            (Some(want), _) => r == Some(want),
            (None, Some(want)) => c == want,
            (None, None) => false,
        };
        let fits_city = |i: usize| {
            let (_, r, c, _) = &self.places.cities[i];
            fits(r.as_deref(), c)
        };
        // The vocabulary's city of that name or alias, then others of its name.
        if let Some((PlaceRef::City(i), _)) = self.vocabulary(lower)
            && fits_city(i)
        {
            return Some(PlaceRef::City(i));
        }
        let hand = (0..self.places.cities.len())
            .find(|&i| self.places.city_lower[i] == lower && fits_city(i));
        if let Some(i) = hand {
            return Some(PlaceRef::City(i));
        }
        gazetteer::lookup(lower)
            .find(|(_, c)| fits(c.region, c.country))
            .map(|(i, _)| PlaceRef::Gazetteer(i))
    }

    /// Whether a value that stands alone (a field's, a title's) says the work is remote.
    fn says_remote(&self, value: &str) -> bool {
        self.remote_alone
            .as_ref()
            .is_some_and(|w| w.is_match(value))
            || self.remote_in(value).next().is_some()
    }

    /// The matches of the packs' remote phrases in `s`.
    fn remote_in<'h>(&self, s: &'h str) -> impl Iterator<Item = crate::re::Match<'h>> {
        let cued = self.remote_cues.as_ref().is_some_and(|c| c.is_match(s));
        cued.then(|| self.remote.get().find_iter(s))
            .into_iter()
            .flatten()
    }

    pub fn extract(&self, scan: &Scan, doc: &Document) -> Vec<Fact<Location>> {
        let mut out: Vec<Fact<Location>> = Vec::new();
        // Places of running text, kept apart until the fields' places are known.
        let mut prose: Vec<Fact<Location>> = Vec::new();
        let text = scan.text;
        // Front matter keys that name the place of work.
        if let Some(fm) = &doc.front_matter {
            let keys: Vec<&str> = self.front_matter_keys.iter().map(String::as_str).collect();
            let groups = place_parts(fm, &self.front_matter_parts, &keys);
            let in_group = |f: &FrontMatterField| {
                groups
                    .iter()
                    .flatten()
                    .any(|p| p.value_span == f.value_span)
            };
            for f in fm.fields_named(&keys).filter(|f| !in_group(f)) {
                out.extend(self.field_value(text, f.value_span));
            }
            for group in groups {
                match group.as_slice() {
                    [one] => out.extend(self.field_value(text, one.value_span)),
                    parts => {
                        let value: Vec<&str> = parts.iter().map(|f| f.value.trim()).collect();
                        let span = Span::new(
                            parts.iter().map(|f| f.value_span.start).min().unwrap_or(0),
                            parts.iter().map(|f| f.value_span.end).max().unwrap_or(0),
                        );
                        out.push(Fact::new(self.one_place(&value.join(", ")), span));
                    }
                }
            }
        }
        for seg in &scan.segments {
            match &seg.kind {
                SegmentKind::FieldValue(fact) if fact == "location" => {
                    out.extend(self.field_value(text, seg.span))
                }
                // An employer's name ("Company: Bank of Ireland") names no place of work.
                SegmentKind::FieldValue(fact) if fact == "company" => {}
                SegmentKind::FieldValue(fact) if fact == "work_arrangement" || fact == "remote" => {
                    let value = scan.slice(seg.span);
                    if self.says_remote(value) {
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
                    // A heading names a place outright ("Denver, CO"), except one that names
                    // the employer ("About Texas Instruments").
                    let strong = seg.is_title
                        || (seg.kind == SegmentKind::Heading
                            && seg.section.as_deref() != Some("company"));
                    let found = self.in_text(scan, seg.span, strong);
                    if strong {
                        out.extend(found);
                    } else {
                        prose.extend(found);
                    }
                }
            }
        }
        // Where the posting's fields place it, a place of running text in another country is
        // the company's other offices or a suburb the gazetteer lacks ("Location: AU, VIC,
        // Melbourne" … "our team in Collingwood" is no town in Ontario).
        let countries: Vec<String> = out.iter().filter_map(|f| f.value.country.clone()).collect();
        prose.retain(|f| {
            countries.is_empty()
                || f.value
                    .country
                    .as_ref()
                    .is_none_or(|c| countries.contains(c))
        });
        out.extend(prose);
        out.sort_by_key(|f| f.span.start);
        out.dedup_by(|a, b| b.span.contains(a.span));
        out
    }

    /// A `Location:` value: the whole value is the location, whatever it names; a value that
    /// lists several places ("Austin, TX; New York, NY") is a location for each, with its laws.
    fn field_value(&self, text: &str, span: Span) -> Vec<Fact<Location>> {
        let value = text[span.range()].trim();
        if value.is_empty() || is_placeholder(value) {
            return Vec::new();
        }
        // "Work Location: In person", "Location: Hybrid": the arrangement (read as such by
        // `employment::work_arrangement`), no place.
        if self.workplace_words.contains(&plain_words(value)) {
            return Vec::new();
        }
        let start = span.start + text[span.range()].find(value).unwrap_or(0);
        let mut pieces = Vec::new();
        let mut at = 0;
        let ends = PLACE_LIST.find_iter(value).map(|m| m.range());
        for sep in ends.chain(std::iter::once(value.len()..value.len())) {
            let piece = &value[at..sep.start];
            // "Austin, TX, Denver, CO": one piece per city and region.
            let pairs: Vec<_> = CITY_STATE
                .captures_iter(piece)
                .filter(|c| self.abbr.contains_key(&c["st"]))
                .map(|c| c.get(0).expect("group 0").range())
                .collect();
            if pairs.len() > 1 {
                pieces.extend(pairs.into_iter().map(|r| (at + r.start, &piece[r])));
            } else if !piece.trim().is_empty() {
                let trimmed = piece.trim();
                pieces.push((at + piece.find(trimmed).unwrap_or(0), trimmed));
            }
            at = sep.end;
        }
        let places: Vec<Fact<Location>> = pieces
            .iter()
            .map(|&(offset, piece)| {
                let at = Span::new(start + offset, start + offset + piece.len());
                Fact::new(self.one_place(piece), at)
            })
            .filter(|f| {
                let l = &f.value;
                l.city.is_some() || l.region.is_some() || l.country.is_some() || l.remote
            })
            .collect();
        if places.len() > 1 {
            return places;
        }
        let at = Span::new(start, start + value.len());
        vec![Fact::new(self.one_place(value), at)]
    }

    /// Whether `name` is a region of the country whose code is `code`: in "Gurgaon, Haryana,
    /// IN" the code after a region, ending the place, is its country (India), not a US state
    /// (Indiana); in "Ontario, CA, US" it is California.
    fn is_region_of_country(&self, name: &str, code: &str) -> bool {
        self.places
            .regions
            .iter()
            .any(|(_, country, region)| country == code && region.eq_ignore_ascii_case(name))
    }

    /// What one place as written names: its city, region, country, own jurisdiction.
    fn one_place(&self, value: &str) -> Location {
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
        // "Richmond, BC": the region written after the city wins over the most populous city
        // of that name (Richmond, Virginia), so it is read first.
        if let Some(c) = CITY_STATE.captures(value)
            && let Some(&r) = self.abbr.get(&c["st"])
            && !(self.is_region_of_country(c["city"].trim(), &c["st"])
                && value[c.get(0).expect("group 0").end()..]
                    .trim_matches(|ch: char| !ch.is_alphanumeric())
                    .is_empty())
        {
            self.fill(&mut loc, PlaceRef::Region(r));
            let city = self.city_named_like_region(c["city"].trim(), r);
            loc.city.get_or_insert(city);
        }
        let mut found = self.find(value);
        // A small town or a common word among other words ("Americas, Europe, Asia") is not
        // the place; alone ("Location: Reading") or before its region or country it is.
        let whole = |m: &PlaceMatch| {
            value[..m.start()].trim().is_empty()
                && value[m.end()..]
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .is_empty()
        };
        let next_is_area = |k: usize| {
            found.get(k + 1).is_some_and(|(p, _, n)| {
                matches!(p, PlaceRef::Region(_) | PlaceRef::Country(_))
                    && CHAIN_GAP.is_match(&value[found[k].2.end()..n.start()])
            })
        };
        let keep: Vec<bool> = (0..found.len())
            .map(|k| {
                let (place, ambiguous, m) = &found[k];
                if self.is_quarter(*place, &value[m.start()..m.end()]) {
                    return next_is_area(k);
                }
                !(matches!(place, PlaceRef::Gazetteer(_)) && *ambiguous)
                    || whole(m)
                    || next_is_area(k)
            })
            .collect();
        let mut k = 0;
        found.retain(|_| {
            k += 1;
            keep[k - 1]
        });
        self.fill_all(&mut loc, value, &found);
        // A field that is a city and its region's code without a comma ("Toowong QLD 4066"),
        // or whose city is not written as a name ("toronto, ON m1s1w7"): the region.
        if loc.region.is_none() {
            if let Some(place) = self.city_code_line(value, true) {
                loc.city = loc.city.or(place.city);
                loc.region = place.region;
                loc.country = place.country;
            } else if let Some(c) = CODE_AT_END.captures(value)
                && let Some(&r) = self.abbr.get(&c["st"])
                && !self.country_code.contains_key(&c["st"])
            {
                self.fill(&mut loc, PlaceRef::Region(r));
            }
        }
        self.fill_local(&mut loc);
        loc.remote = self.says_remote(value);
        loc
    }

    /// The place of a line that is only a city and its region's code, maybe with a postal
    /// code ("Brisbane QLD 4000", "Toronto ON M5V 2T6"): in running text the city must be
    /// one of that region or the postal code must be there ("Senior Engineer ME" is no
    /// place); in a place field (`field`) the value says it is a place.
    fn city_code_line(&self, line: &str, field: bool) -> Option<Location> {
        let c = CITY_CODE_LINE.captures(line.trim())?;
        let &r = self.abbr.get(&c["st"])?;
        // "Remote CA", "Hybrid ON": an arrangement in a region, read as such.
        let first = c["city"].trim();
        if self.says_remote(first) || self.workplace_words.contains(&plain_words(first)) {
            return None;
        }
        let city = self.city_named_like_region(first, r);
        let region = &self.places.regions[r].0;
        let known = self.city_in(&city.to_lowercase(), Some(region), None);
        // A ZIP code alone, five digits, is no such sign without a comma: US addresses have
        // one ("Job ID 19328" is no place in Idaho).
        let post = c.name("post").map(|p| p.as_str());
        let zip_alone = post.is_some_and(|p| p.len() == 5 && p.bytes().all(|b| b.is_ascii_digit()))
            && !line.contains(',');
        if known.is_none() && (post.is_none() || zip_alone) && !field {
            return None;
        }
        let mut loc = Location {
            text: line.trim().to_string(),
            ..Default::default()
        };
        self.fill(&mut loc, PlaceRef::Region(r));
        match known {
            Some(place) => self.fill(&mut loc, place),
            None => loc.city = Some(city),
        }
        Some(loc)
    }

    /// How many of `found` (at least one) make one place, and whether the region or country
    /// after a city or region says which place of its name it is ("Pasadena, California,
    /// United States", "Reading, UK").
    fn group(&self, s: &str, found: &[(PlaceRef, bool, PlaceMatch)]) -> (usize, bool) {
        let first = &found[0];
        let mut n = 1;
        while n < found.len() && self.is_area_after(s, &found[n - 1], &found[n]) {
            n += 1;
        }
        if n == 1 {
            return (1, false);
        }
        let area = self.country_of(found[1].0).map(str::to_string);
        let region = match found[1].0 {
            PlaceRef::Region(i) => Some(self.places.regions[i].0.as_str()),
            _ => None,
        };
        let fits = match first.0 {
            PlaceRef::City(_) | PlaceRef::Gazetteer(_) => {
                let lower = s[first.2.start()..first.2.end()].to_lowercase();
                self.city_in(&lower, region, area.as_deref()).is_some()
            }
            PlaceRef::Region(i) => area.as_deref() == Some(self.places.regions[i].1.as_str()),
            PlaceRef::Country(_) => false,
        };
        if fits { (n, true) } else { (1, false) }
    }

    /// Whether `next` is a region or country right after `prev`, after a comma.
    fn is_area_after(
        &self,
        s: &str,
        prev: &(PlaceRef, bool, PlaceMatch),
        next: &(PlaceRef, bool, PlaceMatch),
    ) -> bool {
        matches!(next.0, PlaceRef::Region(_) | PlaceRef::Country(_))
            && CHAIN_GAP.is_match(&s[prev.2.end()..next.2.start()])
    }

    /// The country a region or country reference names.
    fn country_of(&self, place: PlaceRef) -> Option<&str> {
        match place {
            PlaceRef::Country(i) => Some(&self.places.countries[i].0),
            PlaceRef::Region(i) => Some(&self.places.regions[i].1),
            PlaceRef::City(_) | PlaceRef::Gazetteer(_) => None,
        }
    }

    /// "NY, NY", "New York, New York": a city named as its region is the region's namesake
    /// city, "New York".
    fn city_named_like_region(&self, city: &str, region: usize) -> String {
        let (_, _, name) = &self.places.regions[region];
        let abbr = self
            .abbr
            .iter()
            .find(|&(_, &r)| r == region)
            .map(|(a, _)| a);
        if abbr.is_some_and(|a| a == city) {
            name.clone()
        } else {
            city.to_string()
        }
    }

    /// Fills `loc` from the places found in `s`: regions and countries first, so that a city
    /// is the one of that name in them ("Pasadena, California, United States").
    fn fill_all(&self, loc: &mut Location, s: &str, found: &[(PlaceRef, bool, PlaceMatch)]) {
        for (place, _, _) in found {
            if !matches!(place, PlaceRef::City(_) | PlaceRef::Gazetteer(_)) {
                self.fill(loc, *place);
            }
        }
        for (place, _, m) in found {
            if matches!(place, PlaceRef::City(_) | PlaceRef::Gazetteer(_)) {
                let lower = s[m.start()..m.end()].to_lowercase();
                let within = self.city_in(&lower, loc.region.as_deref(), loc.country.as_deref());
                self.fill(loc, within.unwrap_or(*place));
            }
        }
    }

    fn in_text(&self, scan: &Scan, span: Span, strong: bool) -> Vec<Fact<Location>> {
        let text = scan.text;
        let s = &text[span.range()];
        let mut out = Vec::new();
        // `strongly`: only words that say the job is there; `country`: a country, which a
        // mere English "in" or "at" does not place (see below).
        let placed = |at: usize, strongly: bool, country: bool| {
            let before = |re: &Option<crate::re::PackPattern>| {
                re.as_ref()
                    .is_some_and(|re| crate::re::before(re.get(), s, at))
            };
            let packs = || self.placing.iter().filter(|p| scan.counts_in(&p.code));
            if packs().any(|p| before(&p.strong)) {
                return true;
            }
            // A country after a mere "in" (see below).
            let mere = |p: &Placing| country && before(&p.mere);
            !strongly
                && (packs().any(|p| before(&p.words) && !mere(p))
                    || crate::re::before(&PLACE_MARK, s, at) && !packs().any(mere))
        };
        let place_lines = self.place_lines(s, span.start.saturating_sub(scan.body_start()));
        // A common word alone on a line ("Best,") is not a line of places.
        // A small town alone on one ("Deventer · Fulltime", "Saint-Nazaire (44)") is one.
        // A line in the header or with a code in brackets places only such a town: a page's
        // menu of countries or cities is no place of the job.
        let on_place_line = |at: usize, ambiguous: bool| {
            place_lines.iter().any(|l| {
                l.range.contains(&at)
                    && if l.weak {
                        ambiguous && l.towns
                    } else {
                        l.places > 1 || !ambiguous || l.towns
                    }
            })
        };
        // Lines of a city and its region's code ("Brisbane QLD 4000").
        let mut at = 0;
        for line in s.split_inclusive('\n') {
            let head = &line[..line.find(" · ").unwrap_or(line.len())];
            if head.len() <= 80
                && let Some(mut loc) = self.city_code_line(head, false)
            {
                let start = at + (head.len() - head.trim_start().len());
                let whole = Span::new(start, start + head.trim().len()).offset(span.start);
                loc.text = text[whole.range()].to_string();
                self.fill_local(&mut loc);
                out.push(Fact::new(loc, whole));
            }
            at += line.len();
        }
        // The cities of "City, ST" pairs that were not taken for places.
        let mut unknown: Vec<std::ops::Range<usize>> = Vec::new();
        // "City, ST" needs a comma.
        let cities = if s.contains(',') {
            CITY_STATE.captures_iter(s).collect()
        } else {
            Vec::new()
        };
        for c in cities {
            let Some(&r) = self.abbr.get(&c["st"]) else {
                continue;
            };
            let city = c.name("city").expect("group");
            let city_text = trim_city(city.as_str());
            // A list of state codes ("CA, WA, NY") pairs no city with a state ("NY, NY" is
            // New York City).
            if city_text.is_empty() || (self.abbr.contains_key(city_text) && city_text != &c["st"])
            {
                continue;
            }
            let start = city.end() - city_text.len();
            let end = c.get(0).expect("group 0").end();
            if out
                .iter()
                .any(|f: &Fact<Location>| f.span.contains(Span::new(start, end).offset(span.start)))
            {
                continue;
            }
            if self.at_seat(s, start) {
                unknown.push(start..end);
                continue;
            }
            let city_text = self.city_named_like_region(city_text, r);
            // "Power BI, MS", "Python, MS Excel": a state code counts after a city of that
            // state, or where the text says the job is there.
            let known = self
                .city_in(
                    &city_text.to_lowercase(),
                    Some(&self.places.regions[r].0),
                    None,
                )
                .is_some()
                || self.abbr.contains_key(&city_text)
                || city_text == self.places.regions[r].2;
            // "MS SQL", "MS Excel": a product after the code; "GA Chicago" is another place.
            let after = &s[end..];
            let product_after = ACRONYM_AFTER.find(after).is_some_and(|m| {
                let word = m.as_str().trim();
                !self.abbr.contains_key(word)
                    && self
                        .name_at(after, m.end() - word.len(), &mut Vec::new())
                        .is_none()
            });
            // A town the gazetteer lacks: where the text places the job there, or with its
            // ZIP code; not a name with an acronym ("Power BI, MS", "QA, QC").
            let acronym = city_text
                .split_whitespace()
                .any(|w| w.len() > 1 && !w.chars().any(char::is_lowercase));
            let zip = c
                .get(0)
                .expect("group 0")
                .as_str()
                .ends_with(|ch: char| ch.is_ascii_digit());
            let placed_here =
                strong || placed(start, acronym, false) || on_place_line(start, false) || zip;
            if !known && (product_after || !placed_here) {
                unknown.push(start..end);
                continue;
            }
            let whole = Span::new(start, end).offset(span.start);
            let mut loc = Location {
                text: text[whole.range()].to_string(),
                city: Some(city_text),
                ..Default::default()
            };
            self.fill(&mut loc, PlaceRef::Region(r));
            self.fill_local(&mut loc);
            out.push(Fact::new(loc, whole));
        }
        let found: Vec<_> = self
            .find(s)
            .into_iter()
            // "New Ulm, MN" is not Ulm.
            .filter(|(_, _, m)| !unknown.iter().any(|r| r.contains(&m.start())))
            .collect();
        let mut k = 0;
        while k < found.len() {
            let (group, qualified) = self.group(s, &found[k..]);
            let place = &found[k..k + group];
            // The city before, after a comma ("Blenheim, Marlborough").
            let city_before = k.checked_sub(1).map(|j| &found[j]).filter(|prev| {
                matches!(prev.0, PlaceRef::City(_) | PlaceRef::Gazetteer(_))
                    && CHAIN_GAP.is_match(&s[prev.2.end()..place[0].2.start()])
            });
            k += group;
            let (start, end) = (place[0].2.start(), place[place.len() - 1].2.end());
            // A small town after a city of another country is that city's district or region,
            // which the gazetteer lacks: "Blenheim, Marlborough" is in New Zealand, not in
            // Marlborough, Massachusetts.
            if !qualified
                && place[0].1
                && matches!(place[0].0, PlaceRef::Gazetteer(_))
                && let Some(prev) = city_before
            {
                let country = |p: PlaceRef| {
                    let mut l = Location::default();
                    self.fill(&mut l, p);
                    l.country
                };
                if country(prev.0) != country(place[0].0) {
                    continue;
                }
            }
            // A town followed by an area it is not in, or by another capitalised word, is
            // another thing ("Noord Holland", "Marin County", "Gap Inc.").
            let longer_name = s[end..]
                .trim_start_matches([' ', '\t'])
                .chars()
                .next()
                .is_some_and(char::is_uppercase);
            let area_after = found
                .get(k)
                .is_some_and(|next| self.is_area_after(s, &place[0], next));
            if !qualified && place[0].1 && (area_after || longer_name) {
                continue;
            }
            let first = &place[0];
            if !qualified && self.is_quarter(first.0, &s[first.2.start()..first.2.end()]) {
                continue;
            }
            if self.at_seat(s, start) {
                continue;
            }
            // Qualified, a common word is as sure a place as any other name.
            let ambiguous = place[0].1 && !qualified;
            // A country after a mere English "in" or "at" in running text is where people live, a
            // market or the reach of a law ("people in Canada", "In the United States, pay
            // ..."): it places the job only with words that say so ("based in", "role in"). The
            // packs' placing words are each language's own judgement.
            let country_alone = group == 1 && matches!(first.0, PlaceRef::Country(_));
            let counts = on_place_line(start, ambiguous)
                || placed(start, ambiguous, country_alone)
                || strong && !ambiguous;
            let at = Span::new(start, end).offset(span.start);
            if !counts || out.iter().any(|f: &Fact<Location>| f.span.contains(at)) {
                continue;
            }
            let mut loc = Location {
                text: text[at.range()].to_string(),
                ..Default::default()
            };
            self.fill_all(&mut loc, s, place);
            self.fill_local(&mut loc);
            out.push(Fact::new(loc, at));
        }
        let remote = |m: crate::re::Match| {
            // "Remote (Canada)", "Remote - US": remote within the country it names, with its
            // closing bracket.
            let end =
                m.end() + usize::from(m.as_str().contains('(') && s[m.end()..].starts_with(')'));
            let mut location = self.one_place(&s[m.start()..end]);
            location.remote = true;
            Fact::new(location, Span::new(m.start(), end).offset(span.start))
        };
        out.extend(self.remote_in(s).map(remote));
        // In a title or heading a bare "Remote" is an arrangement, not "remote sensing".
        // Not before a word that makes it something else ("Remote Sensing Analyst").
        if strong {
            if let Some(words) = &self.remote_alone {
                let other_thing = |m: &crate::re::Match| {
                    let next = s[m.end()..]
                        .trim_start_matches([' ', '-'])
                        .split(|c: char| !c.is_alphanumeric())
                        .next()
                        .unwrap_or("");
                    self.not_remote_after.contains(&next.to_lowercase())
                };
                out.extend(
                    words
                        .find_iter(s)
                        .filter(|(m, _)| !other_thing(m))
                        .map(|(m, _)| remote(m)),
                );
            }
        }
        out
    }

    /// Whether the place at `at` in `s` follows words that make it the employer's seat
    /// ("headquartered in Boston, MA"): where the company is, not where the job is.
    fn at_seat(&self, s: &str, at: usize) -> bool {
        self.seat
            .as_ref()
            .is_some_and(|re| crate::re::before(re, s, at))
    }

    /// The lines of `s` that name places and nothing else, up to a " · " ("Budapest,
    /// Hungary · 1 week ago · 23 applicants"): the place line of a copied job page.
    /// A line of places with a postal or department code in brackets ("Saint-Nazaire (44)"),
    /// or alone in the posting's header (`offset`: where `s` starts in the body), is one for
    /// a small town.
    fn place_lines(&self, s: &str, offset: usize) -> Vec<PlaceLine> {
        let mut out = Vec::new();
        let mut at = 0;
        for line in s.split_inclusive('\n') {
            let head = &line[..line.find(" · ").unwrap_or(line.trim_end().len())];
            // A place alone among a page's chips ("Padova · Tempo pieno", "· Köln ·") is one
            // too.
            let chips = line.contains('·');
            let header = offset + at < HEADER;
            if head.len() <= 80
                && (head.contains(',') || chips || header || POSTAL_DISTRICT.is_match(head))
            {
                let found = self.find(head);
                let mut rest = head.as_bytes().to_vec();
                for (_, _, m) in &found {
                    rest[m.start()..m.end()].fill(b' ');
                }
                // A town the gazetteer lacks, first, before its region ("DesMoines, Iowa -
                // USA"): the line still names places only.
                if let Some((PlaceRef::Region(_), _, m)) = found.first()
                    && UNKNOWN_TOWN.is_match(&head[..m.start()])
                {
                    rest[..m.start()].fill(b' ');
                }
                // Besides the places, only words for a part of a city ("South West London")
                // and a postal district in brackets ("(SW1Y)").
                let rest = String::from_utf8_lossy(&rest).into_owned();
                let rest = POSTAL_DISTRICT.replace_all(&rest, |_| " ".to_string());
                let only_places = !found.is_empty()
                    && rest
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(|w| self.quarter_words.contains(&w.to_lowercase()));
                // An address ending in a postal code after a comma ("Northfield General
                // Hospital, Derby, DE22 3NE"): the place right before the code is the job's,
                // not a name in the building's or street's.
                if !only_places
                    && let Some(code) = ADDRESS_END.find(head)
                    && let Some((place, _, m)) = found.last()
                    && matches!(place, PlaceRef::City(_) | PlaceRef::Gazetteer(_))
                    && CHAIN_GAP.is_match(&head[m.end()..code.start() + 1])
                {
                    // A common word ("March") is still no town.
                    let word = head[m.start()..m.end()].to_lowercase();
                    out.push(PlaceLine {
                        range: at + m.start()..at + m.end(),
                        places: 1,
                        towns: !self.not_places.contains(&word),
                        weak: false,
                    });
                }
                if only_places {
                    let towns = found.iter().all(|(place, ambiguous, m)| {
                        !ambiguous
                            || matches!(place, PlaceRef::Gazetteer(_))
                                && !self
                                    .not_places
                                    .contains(&head[m.start()..m.end()].to_lowercase())
                    });
                    let weak = !head.contains(',') && !chips;
                    out.push(PlaceLine {
                        range: at..at + head.len(),
                        places: found.len(),
                        towns,
                        weak,
                    });
                }
            }
            at += line.len();
        }
        out
    }

    /// Known place names in `s`: capitalised as written and on word boundaries; the longest
    /// name wins where names overlap ("New York City" over "New York").
    fn find(&self, s: &str) -> Vec<(PlaceRef, bool, PlaceMatch)> {
        let mut out = Vec::new();
        let mut pos = 0;
        let mut ends = Vec::new();
        while pos < s.len() {
            let Some(start) = next_capitalised_word(s, pos) else {
                break;
            };
            match self.name_at(s, start, &mut ends) {
                Some(hit) => {
                    pos = hit.2.end;
                    out.push(hit);
                }
                None => pos = start + s[start..].chars().next().map_or(1, char::len_utf8),
            }
        }
        out
    }

    /// The longest place name of `s` that starts at `start` (`ends` is a buffer reused from
    /// word to word).
    fn name_at(
        &self,
        s: &str,
        start: usize,
        ends: &mut Vec<usize>,
    ) -> Option<(PlaceRef, bool, PlaceMatch)> {
        let limit = self.max_words * 2;
        word_ends(&s[start..], limit, ends);
        let ends = &ends[..ends.len().min(limit)];
        // ASCII words (most) are lowered once, for the longest candidate; its prefixes
        // are the shorter ones in lower case.
        let longest = ends.last().map_or("", |&len| &s[start..start + len]);
        let lower_ascii = longest.is_ascii().then(|| longest.to_ascii_lowercase());
        // Most capitalised words start no name: one look at the first word tells.
        let first_len = *ends.first()?;
        let first = match &lower_ascii {
            Some(lower) => std::borrow::Cow::Borrowed(&lower[..first_len]),
            None => std::borrow::Cow::Owned(s[start..start + first_len].to_lowercase()),
        };
        if !self.first_words.contains(first.as_ref()) && !gazetteer::may_start_with(&first) {
            return None;
        }
        // The names that may still match narrow from word to word, so that the search stops
        // at the first word no name continues with.
        let mut vocabulary = 0..self.names.len();
        let mut cities = 0..gazetteer::len();
        let mut found = None;
        for &len in ends {
            let end = start + len;
            let lower = match &lower_ascii {
                Some(lower) => std::borrow::Cow::Borrowed(&lower[..len]),
                // Lowering other letters may not keep prefixes (final sigma): start over.
                None => {
                    vocabulary = 0..self.names.len();
                    cities = 0..gazetteer::len();
                    std::borrow::Cow::Owned(s[start..end].to_lowercase())
                }
            };
            vocabulary = sorted_prefix_range(vocabulary, &lower, |i| self.names[i].0.as_str());
            cities = gazetteer::starting_with(cities, &lower);
            if vocabulary.is_empty() && cities.is_empty() {
                if lower_ascii.is_some() {
                    break;
                }
                continue;
            }
            if s[end..].chars().next().is_some_and(char::is_alphanumeric) {
                continue;
            }
            let hit =
                if vocabulary.start < vocabulary.end && self.names[vocabulary.start].0 == *lower {
                    Some(self.names[vocabulary.start].1)
                } else if cities.start < cities.end && gazetteer::name(cities.start) == &*lower {
                    Some(self.gazetteer_place(cities.start, &lower))
                } else {
                    None
                };
            // "BRA", "SP": codes in capitals are not the towns of that name.
            let code = len <= 3 && s[start..end].chars().all(|c| c.is_ascii_uppercase());
            if let Some((place, ambiguous)) = hit
                && !(code && matches!(place, PlaceRef::Gazetteer(_)))
            {
                // The longest name wins.
                found = Some((place, ambiguous, PlaceMatch { start, end }));
            }
        }
        found
    }

    /// "Ithaca, NY": a city named with its region is in the city's own jurisdiction too.
    fn fill_local(&self, loc: &mut Location) {
        if loc.local.is_some() {
            return;
        }
        if let (Some(city), Some(region)) = (&loc.city, &loc.region) {
            loc.local = self
                .locals
                .get(&(city.to_lowercase(), region.clone()))
                .cloned();
        }
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
                let (name, region, country, local) = &self.places.cities[i];
                // A city of the same name in another region: keep the region already known.
                if loc.region.is_some() && region.is_some() && loc.region != *region {
                    return;
                }
                loc.city.get_or_insert_with(|| name.clone());
                if loc.local.is_none() {
                    loc.local.clone_from(local);
                }
                if let Some(r) = region {
                    loc.region.get_or_insert_with(|| r.clone());
                }
                loc.country.get_or_insert_with(|| country.clone());
            }
            PlaceRef::Gazetteer(i) => {
                let city = gazetteer::city(i);
                // A city of the same name in another region or country: keep what is known.
                let other_region = loc.region.is_some()
                    && city.region.is_some()
                    && loc.region.as_deref() != city.region;
                if other_region || loc.country.as_deref().is_some_and(|c| c != city.country) {
                    return;
                }
                loc.city.get_or_insert_with(|| city.name.to_string());
                if let Some(r) = city.region {
                    loc.region.get_or_insert_with(|| r.to_string());
                }
                loc.country.get_or_insert_with(|| city.country.to_string());
            }
        }
    }
}

/// Where a place name was found.
#[derive(Debug, Clone, Copy)]
struct PlaceMatch {
    start: usize,
    end: usize,
}

impl PlaceMatch {
    fn start(&self) -> usize {
        self.start
    }
    fn end(&self) -> usize {
        self.end
    }
}

/// The start of the next word at or after `from` that does not begin in lower case.
fn next_capitalised_word(s: &str, from: usize) -> Option<usize> {
    let mut prev = s[..from].chars().next_back();
    for (i, c) in s[from..].char_indices() {
        let starts_word = c.is_alphanumeric() && prev.is_none_or(|p| !p.is_alphanumeric());
        if starts_word && !c.is_lowercase() {
            return Some(from + i);
        }
        prev = Some(c);
    }
    None
}

/// Byte lengths at which the words of `s` end, within the next few words, into `ends`: after
/// each alphanumeric run, and after a dot that follows one ("St.", "D.C."). It stops once it
/// has `limit` of them (the caller's buffer is reused from word to word).
fn word_ends(s: &str, limit: usize, ends: &mut Vec<usize>) {
    ends.clear();
    let mut prev_alnum = false;
    for (i, c) in s.char_indices() {
        let alnum = c.is_alphanumeric();
        if prev_alnum && !alnum {
            ends.push(i);
            if c == '.' {
                ends.push(i + 1);
            }
        }
        if c == '\n' || ends.len() > 16 || ends.len() >= limit || i > 64 {
            return;
        }
        prev_alnum = alnum;
    }
    if prev_alnum {
        ends.push(s.len());
    }
}

/// The indices within `within` of a list sorted by `key` whose keys start with `prefix`.
fn sorted_prefix_range<'k>(
    within: std::ops::Range<usize>,
    prefix: &str,
    key: impl Fn(usize) -> &'k str,
) -> std::ops::Range<usize> {
    let partition = |range: std::ops::Range<usize>, below: &dyn Fn(&str) -> bool| {
        let (mut lo, mut hi) = (range.start, range.end);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if below(key(mid)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        lo
    };
    let first = partition(within.clone(), &|k| k < prefix);
    let end = partition(first..within.end, &|k| k.starts_with(prefix));
    first..end
}

/// `s` in lower case, its words joined by single spaces, without the marks around it.
fn plain_words(s: &str) -> String {
    s.trim_matches(|c: char| !c.is_alphanumeric())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
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

/// Whether the gazetteer knows a city called `name` (a page's title template puts the city
/// after the title: "Line Cook in Leeds | Acme").
pub fn names_a_city(name: &str) -> bool {
    gazetteer::lookup(&name.to_lowercase()).next().is_some()
}

crate::re::patterns! {
    /// "Denver, CO", "St. Louis, MO 63101", "Burbank, CA"
    /// (The city's words are on its line: a page's lines above it are not part of it.)
    static CITY_STATE = r"(?P<city>(?:[A-Z](?:[\w.'-]|’)*[ \t]){0,3}[A-Z](?:[\w.'-]|’)*),[ \t]*(?P<st>[A-Z]{2})\b(?:[ \t]+\d{5}(?:-\d{4})?)?";
    /// A line that is only a city, a region's code and maybe a postal code, with or without a
    /// comma, as Australian and Canadian addresses are written: "Brisbane QLD 4000",
    /// "Toronto ON M5V 2T6", "Wagga Wagga, NSW 2650".
    static CITY_CODE_LINE = r"^(?P<city>(?:[A-Z](?:[\w.'-]|’)*[ \t]){0,3}[A-Z](?:[\w.'-]|’)*)(?:,[ \t]*|[ \t]+)(?P<st>[A-Z]{2,3})(?:[ \t]+(?P<post>\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d))?$";
    /// A region's code ending a place field after a comma, maybe with a postal code, whatever
    /// comes before: "toronto, ON m1s1w7", "-, ON".
    static CODE_AT_END = r",[ \t]*(?P<st>[A-Z]{2,3})(?:[ \t]+[A-Za-z0-9]{3,7}(?:[ \t][A-Za-z0-9]{3})?)?[ \t]*$";
    /// Up to three capitalised words, then a comma, at the start of a line: a town the
    /// gazetteer lacks before its region ("DesMoines, Iowa - USA").
    static UNKNOWN_TOWN = r"^[ \t]*(?:[A-Z](?:[\w.'-]|’)*[ \t]){0,2}[A-Z](?:[\w.'-]|’)*[ \t]*,[ \t]*$";
    /// A postal code ending an address after a comma: British ("DE22 3NE") or Canadian ("K1A
    /// 0B1"); not digits alone, which a year is too ("31 March, 2026").
    static ADDRESS_END = r",[ \t]*(?:[A-Z]{1,2}[0-9][A-Z0-9]?[ \t]?[0-9][A-Z]{2}|[A-Z][0-9][A-Z][ \t]?[0-9][A-Z][0-9])[ \t]*$";
    /// Between two places of one chain: "Pasadena, California".
    static CHAIN_GAP = r"^\s*,\s*$";
    /// An acronym or name right after a state code: "MS SQL", "MS Excel" are products.
    static ACRONYM_AFTER = r"^[ \t]+(?:[A-Z]{2,}|[A-Z][a-z]+)\b";
    /// Between the places of a list in one value: "Austin, TX; New York, NY".
    static PLACE_LIST = r"\s*(?:;|\||•|·|\s/\s|\bor\b)\s*";
    /// A postal district in brackets after a place: "(SW1Y)", "(10115)".
    static POSTAL_DISTRICT = r"\(\s*[A-Z0-9]*[0-9][A-Z0-9]*(?:\s[A-Z0-9]{1,4})?\s*\)";
    /// A dash, a bar, a slash or a bracket before a place: "Line Cook - Denver", "(Leeds)"; a
    /// dot between a page's chips: "Vollzeit · Köln" (not a bullet at a line's start).
    /// A mark may end the line before ("Swindon, UK /" above "Singapore"); a dot may not.
    static PLACE_MARK = r"(?:(?:[-|/(]|–|—)\s*|(?u:\S)[ \t]*·[ \t]*)$";
}

/// One language pack's patterns of the words before a place of work (see
/// [`crate::vocab::PlacingWords`]), compiled on first use.
#[derive(Clone)]
struct Placing {
    /// The detector code of the pack's language.
    code: String,
    /// Words that place the job at the place that follows ("in", "à").
    words: Option<crate::re::PackPattern>,
    /// Words that do so even for a name that is also a common word ("based in Reading").
    strong: Option<crate::re::PackPattern>,
    /// Words that alone do not place the job in a country ("people in Canada"), with a short
    /// article or determiner after them ("in the").
    mere: Option<crate::re::PackPattern>,
}

impl Placing {
    fn new(code: &str, w: &crate::vocab::PlacingWords, now: bool) -> Result<Self, String> {
        // Bounded words share their boundaries: a smaller automaton, compiled faster.
        let pattern = |words: &[String], make: &dyn Fn(&str) -> String| {
            let alternation = crate::re::open_word_alternation(words, false);
            crate::re::PackPattern::around(&alternation, now, make)
        };
        let between = |space: &str| {
            crate::re::around_words(crate::re::open_word_alternation(&w.between, false), |b| {
                format!(r"(?:(?:{b}){space}+){{0,2}}")
            })
        };
        // Other words before the name, each a word of letters as a name's are ("in sunny
        // Denver").
        let gap = if w.gap == 0 {
            String::new()
        } else {
            format!(r"(?:[A-Za-z](?:[\w.'-]|’)*\s){{0,{}}}", w.gap)
        };
        // Compiled with ASCII classes, as the built-in patterns are (smaller, and compiled for
        // every posting); any white space may follow a placing word ("à\u{a0}Paris").
        let blank = r"(?:(?u:\s)|[:,(])*";
        Ok(Placing {
            code: code.to_string(),
            words: pattern(&w.placing, &|a| {
                format!(r"(?i)(?:{a}){blank}{}{gap}$", between(r"(?u:\s)"))
            })?,
            // On one line: "based in" at the end of a line does not place a name on the next.
            strong: pattern(&w.strong, &|a| {
                let a = a.replace(' ', r"[ \t]+");
                format!(r"(?i)(?:{a})[ \t:,(]*{}$", between(r"[ \t]"))
            })?,
            mere: pattern(&w.mere, &|a| {
                format!(r"(?i)(?:{a}){blank}(?:[a-z]{{2,3}}(?u:\s)+)?$")
            })?,
        })
    }
}

/// For each phrase of `remote` and word of `remote_alone`, its longest literal word: every
/// match of [`remote_pattern`] holds one, so a text with none needs no search (and the
/// pattern, large with every language's phrases, no compiling: most postings say nothing of
/// remote work).
fn remote_cues(lang: &crate::vocab::LanguageWords) -> Vec<String> {
    let mut cues: Vec<String> = lang
        .remote
        .iter()
        .chain(&lang.remote_alone)
        .filter_map(|phrase| {
            phrase
                .split_whitespace()
                .map(|w| w.trim_matches('*'))
                .max_by_key(|w| w.chars().count())
                .filter(|w| !w.is_empty())
                .map(str::to_string)
        })
        .collect();
    cues.sort();
    cues.dedup();
    cues
}

/// The packs' phrases for remote work, and a word of `remote_alone` followed by a region the
/// work is remote within ("Remote - US", "Remote (Canada)").
fn remote_pattern(
    lang: &crate::vocab::LanguageWords,
    now: bool,
) -> Result<crate::re::PackPattern, String> {
    let phrases = crate::re::phrase_alternation(&lang.remote, true);
    let alone = crate::re::word_alternation(&lang.remote_alone, false);
    let regions = crate::re::word_alternation(&lang.remote_regions, false);
    // First, as the longer match where both start: "work from home (Canada)".
    let within = if alone.is_empty() || regions.is_empty() {
        String::new()
    } else {
        format!(r"(?:{alone})\s*(?:-|–|—|:|\(|,)?\s*(?:{regions})|")
    };
    crate::re::PackPattern::checked(format!("(?i){within}{phrases}"), now)
}

/// The place parts of front matter (`parts`: leaf keys, city first), grouped by the object they
/// are in: `locations: [{city: Austin, state: TX}, {city: Raleigh, state: NC}]` is two places,
/// each with its parts in the order of `parts`. A part already in a group starts the next one.
/// A group is a place under a key of the place (`keys`), or of two parts or more.
fn place_parts<'a>(
    fm: &'a FrontMatter,
    parts: &[String],
    keys: &[&str],
) -> Vec<Vec<&'a FrontMatterField>> {
    let rank = |f: &FrontMatterField| parts.iter().position(|p| *p == f.leaf_key());
    let parent = |f: &FrontMatterField| f.key.rsplit_once('.').map(|(p, _)| p.to_string());
    let mut groups: Vec<Vec<&FrontMatterField>> = Vec::new();
    // Whether the last group may take the next part: another field of its object does not
    // end it, a field elsewhere does.
    let mut open = false;
    for f in &fm.fields {
        let same_object = groups
            .last()
            .is_some_and(|g| parent(f).is_some() && parent(g[0]) == parent(f));
        if rank(f).is_none() || f.value.trim().is_empty() {
            open &= same_object;
            continue;
        }
        let joins = open
            && (same_object
                || groups
                    .last()
                    .is_some_and(|g| parent(g[0]).is_none() && parent(f).is_none()))
            && !groups
                .last()
                .is_some_and(|g| g.iter().any(|p| p.leaf_key() == f.leaf_key()));
        if joins {
            groups.last_mut().expect("a group").push(f);
        } else {
            groups.push(vec![f]);
        }
        open = true;
    }
    let under_place_key = |f: &FrontMatterField| {
        parent(f).is_some_and(|p| {
            let leaf = p
                .rsplit('.')
                .next()
                .unwrap_or(&p)
                .trim()
                .to_ascii_lowercase();
            keys.contains(&leaf.replace([' ', '-'], "_").as_str())
        })
    };
    groups.retain(|g| g.len() > 1 || under_place_key(g[0]));
    for g in &mut groups {
        g.sort_by_key(|f| rank(f));
    }
    groups
}

/// A line that names places and nothing else (see [`PlaceMatcher::place_lines`]).
struct PlaceLine {
    /// Where it is in the text searched.
    range: std::ops::Range<usize>,
    /// How many places it names.
    places: usize,
    /// Whether its names are all places or the gazetteer's small towns (no common word, no
    /// name the vocabulary marks ambiguous).
    towns: bool,
    /// Whether it is a place line only by its code in brackets or its place in the header.
    weak: bool,
}

/// How far into a posting's body its header goes: a line of places alone there is the job's
/// place line ("Östersund" under the title), a small town too.
const HEADER: usize = 400;

#[cfg(test)]
mod tests;
