use crate::document::Document;
use crate::facts::{Extractor, Location};
use crate::source::{Format, Source};

fn locations(text: &str, format: Format) -> Vec<(Location, String)> {
    let src = Source::new("t", text, format);
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(&src, vocab);
    let facts = Extractor::new(vocab).unwrap().extract(&src, &doc);
    facts
        .locations
        .into_iter()
        .map(|l| (l.value, src.slice(l.span).to_string()))
        .collect()
}

#[test]
fn location_fields_in_every_export_shape() {
    let l = &locations("Job\n\nLocation: US, NY, New York\n", Format::Text)[0].0;
    assert_eq!(
        (l.country.as_deref(), l.region.as_deref(), l.city.as_deref()),
        (Some("US"), Some("US-NY"), Some("New York"))
    );
    let l = &locations("Job\n\nLocation: GB, , London\n", Format::Text)[0].0;
    assert_eq!(
        (l.country.as_deref(), l.city.as_deref()),
        (Some("GB"), Some("London"))
    );
    let l = &locations("Job\n\nLocation: Burbank, California\n", Format::Text)[0].0;
    assert_eq!(
        (l.country.as_deref(), l.region.as_deref()),
        (Some("US"), Some("US-CA"))
    );
    let l = &locations("Job\n\nLocation: Smallville, KS\n", Format::Text)[0].0;
    assert_eq!(
        (l.region.as_deref(), l.city.as_deref()),
        (Some("US-KS"), Some("Smallville"))
    );
    // Unknown places still state a location.
    let l = &locations("Job\n\nLocation: Atlantis Station 4\n", Format::Text)[0].0;
    assert_eq!(l.text, "Atlantis Station 4");
}

#[test]
fn places_in_running_text_need_a_placing_word() {
    let found = locations(
        "Job\n\nWe are hiring in Denver, CO for our payments team.\n",
        Format::Text,
    );
    assert_eq!(found[0].1, "Denver, CO");
    let found = locations("Job\n\nThe role is based in Toronto.\n", Format::Text);
    assert_eq!(found[0].0.region.as_deref(), Some("CA-ON"), "{found:?}");
    // A place that does not place the job.
    assert!(
        locations(
            "Job\n\nOur clients read the Chicago Tribune.\n",
            Format::Text
        )
        .is_empty()
    );
    // Lower-case words are not places.
    assert!(locations("Job\n\nYou enjoy reading and mobile apps.\n", Format::Text).is_empty());
}

#[test]
fn remote_arrangements_are_locations() {
    let found = locations("Job\n\nThis is a fully remote role.\n", Format::Text);
    assert!(found[0].0.remote);
    let found = locations("# Support Engineer (Remote)\n\nText.\n", Format::Markdown);
    assert!(found.iter().any(|l| l.0.remote), "{found:?}");
    assert!(
        locations(
            "Job\n\nExperience with remote sensing data.\n",
            Format::Text
        )
        .is_empty()
    );
}

#[test]
fn front_matter_location() {
    let found = locations(
        "---\nlocation: 'Washington, DC; San Francisco, CA'\n---\nText\n",
        Format::Markdown,
    );
    assert_eq!(found[0].1, "Washington, DC; San Francisco, CA");
    assert_eq!(found[0].0.country.as_deref(), Some("US"));
}

#[test]
fn a_region_after_the_city_wins_over_a_namesake() {
    let region = |text: &str| locations(text, Format::Text)[0].0.region.clone();
    assert_eq!(
        region("Job\n\nLocation: Richmond, BC\n").as_deref(),
        Some("CA-BC")
    );
    assert_eq!(
        region("Job\n\nLocation: Richmond, VA\n").as_deref(),
        Some("US-VA")
    );
}

#[test]
fn cities_with_their_own_laws_carry_their_code() {
    let local = |text: &str| locations(text, Format::Text)[0].0.local.clone();
    assert_eq!(
        local("Job\n\nLocation: Brooklyn\n").as_deref(),
        Some("US-NY-NYC")
    );
    assert_eq!(
        local("Job\n\nLocation: Columbus, OH\n").as_deref(),
        Some("US-OH-COLUMBUS")
    );
    assert_eq!(local("Job\n\nLocation: Columbus, GA\n"), None);
    assert_eq!(local("Job\n\nLocation: Buffalo, NY\n"), None);
}

#[test]
fn places_and_remote_work_in_other_languages() {
    // A label of another language states the place, known or not.
    let found = locations(
        "Soudeur\n\nLieu de travail : 44 - SAINT-NAZAIRE\n",
        Format::Text,
    );
    assert_eq!(found[0].1, "44 - SAINT-NAZAIRE");
    let found = locations(
        "Magazynier\n\nMiejsce pracy: Gdańsk i okolice\n",
        Format::Text,
    );
    assert_eq!(found[0].1, "Gdańsk i okolice");
    // A known place after a word of another language that places the work there.
    let found = locations(
        "Utvecklare\n\nVi är ett litet team som sitter i Stockholm och jobbar med webben.\n",
        Format::Text,
    );
    assert_eq!(found[0].0.country.as_deref(), Some("SE"));
    // Remote work in the words of a language.
    let found = locations(
        "Programador\n\nOfrecemos trabajo en remoto desde cualquier punto del país.\n",
        Format::Text,
    );
    assert!(found.iter().any(|(l, _)| l.remote), "{found:?}");
    let found = locations(
        "Programista\n\nTryb pracy: praca zdalna z możliwością spotkań w biurze.\n",
        Format::Text,
    );
    assert!(found.iter().any(|(l, _)| l.remote), "{found:?}");
}

#[test]
fn a_line_of_places_is_a_place_of_work() {
    // A copied page's place line, with the site's meta after " · ".
    let found = locations(
        "Deckhand\n\nUtrecht, Netherlands · 2 days ago · 40 applicants\n\nKeep the deck safe.\n",
        Format::Text,
    );
    assert!(
        found
            .iter()
            .any(|(l, _)| l.country.as_deref() == Some("NL")),
        "{found:?}"
    );
    // A place in a sentence still needs a word that places the job there.
    let found = locations("Deckhand\n\nLisbon, Portugal is lovely.\n", Format::Text);
    assert!(found.is_empty(), "{found:?}");
}
