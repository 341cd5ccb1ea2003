//! The gazetteer: cities of at least 15,000 people from GeoNames (`rules/vocab/gazetteer.tsv`,
//! written by `scripts/gazetteer.py`), looked up by name. build.rs sorts their names into one
//! text with an index of line starts, so that nothing is parsed or allocated at start-up: a
//! lookup is a binary search.

pub use super::word_hash::first_word;
use super::word_hash::first_word_bit;
use std::ops::Range;

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// A city of the gazetteer under one of its names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct City {
    /// Its own name (`Vienna` for "Wien").
    pub name: &'static str,
    /// ISO 3166-1 code.
    pub country: &'static str,
    /// ISO 3166-2 code, where hirelint lists the country's regions.
    pub region: Option<&'static str>,
    pub population: u32,
    /// Whether the name looked up is the city's own (or its ASCII fold), not another city's
    /// other name.
    pub own_name: bool,
}

/// The number of names in the gazetteer: each city's line index is below it.
pub fn len() -> usize {
    GAZETTEER_LINES.len()
}

/// The cities called `lower` (a name in lower case), the city's own names first, then the
/// most populous.
pub fn lookup(lower: &str) -> impl Iterator<Item = (usize, City)> {
    let names = starting_with(0..len(), lower);
    names
        .take_while(move |&i| name(i) == lower)
        .map(|i| (i, city(i)))
}

/// Whether some name may start with the word `first` (in lower case, as [`first_word`] cuts
/// it): false means none does; true, that one may (a filter of hashes).
pub fn may_start_with(first: &str) -> bool {
    let bit = first_word_bit(first);
    GAZETTEER_FIRST_WORDS[bit / 8] & (1 << (bit % 8)) != 0
}

/// The lines within `within` whose names start with `prefix`. Narrowing the lines of a name's
/// first words to those of the next word, a caller trying the words after a capital one by
/// one stops at the first that no name continues with.
pub fn starting_with(within: Range<usize>, prefix: &str) -> Range<usize> {
    super::sorted_prefix_range(within, prefix, name)
}

/// The city of line `i`.
pub fn city(i: usize) -> City {
    let (at, len) = GAZETTEER_LINES[i];
    let line = &GAZETTEER[at as usize + usize::from(len) + 1..];
    let line = &line[..line.find('\n').unwrap_or(line.len())];
    let mut cols = line.split('\t');
    let mut next = || cols.next().unwrap_or_default();
    let own_name = next() == "1";
    let name = next();
    let country = next();
    let region = Some(next()).filter(|r| !r.is_empty());
    let population = next().parse().unwrap_or_default();
    City {
        name,
        country,
        region,
        population,
        own_name,
    }
}

/// The lines of the cities of `country` (an ISO 3166-1 code), under each of their names.
pub fn of_country(country: &str) -> Vec<usize> {
    let column = format!("\t{country}\t");
    memchr::memmem::find_iter(GAZETTEER.as_bytes(), column.as_bytes())
        .map(|at| GAZETTEER_LINES.partition_point(|&(start, _)| start as usize <= at) - 1)
        .filter(|&i| city(i).country == country)
        .collect()
}

/// The lower-case name of line `i`.
pub fn name(i: usize) -> &'static str {
    let (at, len) = GAZETTEER_LINES[i];
    &GAZETTEER[at as usize..at as usize + usize::from(len)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_city_is_found_by_its_own_local_and_ascii_names() {
        let vienna = lookup("wien").next().expect("Wien").1;
        assert_eq!(
            (vienna.name, vienna.country, vienna.own_name),
            ("Vienna", "AT", false)
        );
        let krakow = lookup("krakow").next().expect("Krakow").1;
        assert_eq!((krakow.name, krakow.country), ("Kraków", "PL"));
        assert_eq!(
            lookup("münchen").next().expect("München").1.region,
            Some("DE-BY")
        );
        assert!(lookup("no such town").next().is_none());
    }

    #[test]
    fn a_country_has_its_cities_under_each_of_their_names() {
        let polish: Vec<&str> = of_country("PL").into_iter().map(name).collect();
        assert!(polish.contains(&"kraków") && polish.contains(&"krakow"));
        assert!(polish.contains(&"warszawa"));
        assert!(!polish.contains(&"berlin"));
    }

    #[test]
    fn cities_of_one_name_come_most_populous_first() {
        let pasadenas: Vec<City> = lookup("pasadena").map(|(_, c)| c).collect();
        assert!(pasadenas.len() >= 2);
        assert!(
            pasadenas
                .windows(2)
                .all(|w| w[0].population >= w[1].population)
        );
        assert!(pasadenas.iter().any(|c| c.region == Some("US-CA")));
    }
}
