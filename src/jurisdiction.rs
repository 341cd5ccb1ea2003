//! Jurisdictions: where a posting's job is, as codes that laws name.
//!
//! Codes are ISO 3166-1 countries (`US`), ISO 3166-2 regions (`US-CO`, `CA-ON`), a region's
//! own cities and counties (`US-NY-NYC`, from the place vocabulary's `local`), and groups of
//! countries (`EU`). A place is in every code its own code extends: New York City is in
//! `US-NY-NYC`, `US-NY` and `US`.

use crate::facts::{Facts, WorkArrangement};
use crate::source::Span;
use crate::vocab::Places;

/// Where a posting's job is, and where its remote work could be done.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Jurisdictions {
    /// The codes of the posting's places, most specific first, without their parents.
    pub codes: Vec<String>,
    /// For a remote role, the areas it may be done from (`US` for "Remote (US)").
    pub remote: Vec<String>,
    /// Group codes (`EU`) the places belong to.
    groups: Vec<String>,
    /// Where each code was stated.
    spans: Vec<(String, Span)>,
}

impl Jurisdictions {
    /// The jurisdictions of a posting: its locations, and for a remote role the same places
    /// as the areas it may be done from. `assumed` (config or `--jurisdiction`) stands in when
    /// the posting names no place.
    pub fn of(facts: &Facts, places: &Places, assumed: &[String]) -> Jurisdictions {
        let mut codes: Vec<String> = Vec::new();
        let mut spans = Vec::new();
        for fact in &facts.locations {
            let l = &fact.value;
            // The most specific code of each place; its parents follow from it.
            if let Some(code) = l
                .local
                .as_ref()
                .or(l.region.as_ref())
                .or(l.country.as_ref())
            {
                spans.push((code.clone(), fact.span));
                if !codes.contains(code) {
                    codes.push(code.clone());
                }
            }
        }
        if codes.is_empty() {
            codes = assumed.to_vec();
        }
        let remote_role = facts.work_arrangement.iter().any(|w| {
            matches!(
                w.value,
                WorkArrangement::Remote | WorkArrangement::FullyRemote
            )
        }) || facts.locations.iter().any(|l| l.value.remote);
        let remote = if remote_role {
            codes.clone()
        } else {
            Vec::new()
        };
        let mut j = Self::with_groups(codes, remote, places);
        j.spans = spans;
        j
    }

    fn with_groups(codes: Vec<String>, remote: Vec<String>, places: &Places) -> Jurisdictions {
        let mut groups = Vec::new();
        for code in &codes {
            let country = code.split('-').next().unwrap_or(code);
            for g in &places.groups {
                if g.members.iter().any(|m| m == country) && !groups.contains(&g.code) {
                    groups.push(g.code.clone());
                }
            }
        }
        Jurisdictions {
            codes,
            remote,
            groups,
            spans: Vec::new(),
        }
    }

    /// Where the posting states the place that brings it under a law of `law_codes`, and why:
    /// for a finding's label.
    pub fn reason(&self, law_codes: &[String], law_name: &str) -> Option<(Span, String)> {
        for (code, span) in &self.spans {
            if law_codes.iter().any(|l| within(code, l)) {
                return Some((*span, format!("covered by {law_name}")));
            }
        }
        for (code, span) in &self.spans {
            if self.remote.contains(code) && law_codes.iter().any(|l| within(l, code)) {
                return Some((
                    *span,
                    format!("a remote role that could be done in {law_name}"),
                ));
            }
        }
        None
    }

    /// For tests and callers that know the codes already.
    pub fn from_codes(codes: Vec<String>, remote: Vec<String>) -> Jurisdictions {
        Self::with_groups(codes, remote, &crate::vocab::BUILTIN.places)
    }

    /// Whether the job is in `code`: one of its places is `code` or lies within it
    /// (`US-NY-NYC` is in `US-NY`), or belongs to the group `code`.
    pub fn is_in(&self, code: &str) -> bool {
        self.codes.iter().any(|c| within(c, code)) || self.groups.iter().any(|g| g == code)
    }

    /// Whether the role is remote and could be done in `code`: one of the areas it may be done
    /// from is `code` or contains it ("Remote (US)" could be done in `US-CO`).
    pub fn remote_could_be_in(&self, code: &str) -> bool {
        self.remote
            .iter()
            .any(|area| within(code, area) || within(area, code))
    }

    /// The codes `extract` reports: each place's own city or county code, its region, or its
    /// country when no region is known (`["US-NY-NYC", "US-NY"]`, `["US"]`).
    pub fn listed(facts: &Facts) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for l in &facts.locations {
            let l = &l.value;
            let codes = match (&l.local, &l.region) {
                (Some(local), Some(region)) => vec![local, region],
                (None, Some(region)) => vec![region],
                (Some(local), None) => vec![local],
                (None, None) => l.country.iter().collect(),
            };
            for c in codes {
                if !out.contains(c) {
                    out.push(c.clone());
                }
            }
        }
        out
    }

    /// Every code the job is in, parents and groups included.
    pub fn all(&self) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for code in &self.codes {
            let mut end = code.len();
            loop {
                let c = code[..end].to_string();
                if !out.contains(&c) {
                    out.push(c);
                }
                match code[..end].rfind('-') {
                    Some(i) => end = i,
                    None => break,
                }
            }
        }
        for g in &self.groups {
            if !out.contains(g) {
                out.push(g.clone());
            }
        }
        out
    }
}

/// `place` is `code` or lies within it: `US-NY-NYC` within `US-NY` and `US`.
pub fn within(place: &str, code: &str) -> bool {
    place == code
        || place
            .strip_prefix(code)
            .is_some_and(|rest| rest.starts_with('-'))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;
    use crate::rules::RuleSet;
    use crate::source::{Format, Source};

    fn of(text: &str) -> Jurisdictions {
        let linter = Linter::new(RuleSet::load(&[] as &[&std::path::Path]).unwrap());
        let (_, facts) = linter.facts(&Source::new("t.md", text, Format::Markdown));
        Jurisdictions::of(&facts, &crate::vocab::BUILTIN.places, &[])
    }

    #[test]
    fn cities_with_their_own_laws_are_in_their_state_too() {
        for text in [
            "# Clerk\n\nLocation: New York, NY\n",
            "# Clerk\n\nLocation: Brooklyn\n",
            "# Clerk\n\nOur office is in NYC.\n",
        ] {
            let j = of(text);
            assert!(j.is_in("US-NY-NYC"), "{text}: {j:?}");
            assert!(j.is_in("US-NY") && j.is_in("US"), "{text}: {j:?}");
            assert_eq!(j.all(), ["US-NY-NYC", "US-NY", "US"], "{text}");
        }
        let j = of("# Clerk\n\nLocation: Ithaca, NY\n");
        assert!(j.is_in("US-NY-ITHACA") && !j.is_in("US-NY-NYC"), "{j:?}");
        let j = of("# Clerk\n\nLocation: White Plains, NY\n");
        assert!(j.is_in("US-NY-WESTCHESTER"), "{j:?}");
        let j = of("# Clerk\n\nLocation: Jersey City, NJ\n");
        assert!(j.is_in("US-NJ-JERSEY-CITY") && j.is_in("US-NJ"), "{j:?}");
        let j = of("# Clerk\n\nLocation: Buffalo, NY\n");
        assert!(j.is_in("US-NY") && !j.is_in("US-NY-NYC"), "{j:?}");
    }

    #[test]
    fn provinces_and_eu_members() {
        let j = of("# Clerk\n\nLocation: Toronto, ON\n");
        assert!(j.is_in("CA-ON") && j.is_in("CA") && !j.is_in("US"), "{j:?}");
        let j = of("# Clerk\n\nLocation: Warsaw, Poland\n");
        assert!(j.is_in("PL") && j.is_in("EU"), "{j:?}");
        assert!(j.all().contains(&"EU".to_string()));
    }

    #[test]
    fn remote_roles_could_be_done_anywhere_in_their_area() {
        let j = of("# Clerk\n\nLocation: Remote (United States)\n");
        assert!(j.remote_could_be_in("US-CO"), "{j:?}");
        assert!(j.remote_could_be_in("US-NY-NYC"), "{j:?}");
        assert!(!j.is_in("US-CO"), "{j:?}");
        assert!(!j.remote_could_be_in("CA-BC"), "{j:?}");
        let onsite = of("# Clerk\n\nLocation: Denver, CO\n");
        assert!(onsite.remote.is_empty() && !onsite.remote_could_be_in("US-CA"));
    }

    #[test]
    fn assumed_jurisdictions_stand_in_only_when_no_place_is_named() {
        let linter = Linter::new(RuleSet::load(&[] as &[&std::path::Path]).unwrap());
        let places = &crate::vocab::BUILTIN.places;
        let (_, none) = linter.facts(&Source::new("t.md", "# Clerk\n\nText.\n", Format::Markdown));
        let assumed = ["US-CO".to_string()];
        assert!(Jurisdictions::of(&none, places, &assumed).is_in("US-CO"));
        let (_, ut) = linter.facts(&Source::new(
            "t.md",
            "# Clerk\n\nLocation: Provo, UT\n",
            Format::Markdown,
        ));
        assert!(!Jurisdictions::of(&ut, places, &assumed).is_in("US-CO"));
    }
}

/// Every jurisdiction code a rule set knows: its places' countries, regions, groups and city
/// or county codes, and the places its laws apply in.
pub fn known_codes(rules: &crate::rules::RuleSet) -> std::collections::BTreeSet<String> {
    let places = &rules.vocab.places;
    places
        .countries
        .iter()
        .map(|c| c.code.clone())
        .chain(places.regions.iter().map(|r| r.code.clone()))
        .chain(places.groups.iter().map(|g| g.code.clone()))
        .chain(places.cities.iter().filter_map(|c| c.local.clone()))
        .chain(
            rules
                .laws
                .iter()
                .flat_map(|l| l.jurisdictions.iter().cloned()),
        )
        .map(|c| c.to_ascii_uppercase())
        .collect()
}

/// Why `code` is not a jurisdiction `known` has, with the nearest known ones; `None` when it is.
pub fn unknown(code: &str, known: &std::collections::BTreeSet<String>) -> Option<String> {
    let code = code.to_ascii_uppercase();
    if known.contains(&code) {
        return None;
    }
    if code.trim().is_empty() {
        return Some("an empty jurisdiction; codes look like US-CO, US-NY-NYC, CA-ON, EU".into());
    }
    let mut near: Vec<(usize, &String)> = known
        .iter()
        .map(|k| (edit_distance(&code, k), k))
        .filter(|(d, _)| *d <= 2)
        .collect();
    near.sort();
    let hint = match near.first() {
        Some(_) => format!(
            "; did you mean {}?",
            near.iter()
                .take(3)
                .map(|(_, k)| k.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        ),
        None => "; codes look like US-CO, US-NY-NYC, CA-ON, EU".to_string(),
    };
    Some(format!("unknown jurisdiction `{code}`{hint}"))
}

/// Levenshtein distance, for "did you mean".
pub(crate) fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod known_tests {
    #[test]
    fn unknown_codes_get_a_suggestion() {
        let rules = crate::rules::builtin();
        let known = super::known_codes(rules);
        for code in ["US-CO", "us-ny-nyc", "CA-ON", "EU", "US"] {
            assert_eq!(super::unknown(code, &known), None, "{code}");
        }
        let why = super::unknown("US-CX", &known).unwrap();
        assert!(
            why.starts_with("unknown jurisdiction `US-CX`; did you mean"),
            "{why}"
        );
        assert!(why.contains("US-CO"), "{why}");
        let why = super::unknown("ATLANTIS-9", &known).unwrap();
        assert!(why.contains("codes look like"), "{why}");
    }
}
