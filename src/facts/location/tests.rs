use crate::document::Document;
use crate::facts::Location;
use crate::source::{Format, Source};

fn locations(text: &str, format: Format) -> Vec<(Location, String)> {
    let src = Source::new("t", text, format);
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(&src, vocab);
    let facts = crate::facts::BUILTIN_EXTRACTOR.extract(&src, &doc);
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
fn a_country_after_a_mere_in_is_not_where_the_job_is() {
    for text in [
        "Job\n\nMillions of families in Norway shop with us every week.\n",
        "Job\n\nIn the United States, the starting wage depends on the region.\n",
    ] {
        assert!(locations(text, Format::Text).is_empty(), "{text}");
    }
    // Words that place the job there, a heading or a line of places still do.
    let found = locations("Job\n\nThis role is based in Norway.\n", Format::Text);
    assert_eq!(found[0].0.country.as_deref(), Some("NO"), "{found:?}");
    let found = locations(
        "Job\n\nYou can work from anywhere in Norway.\n",
        Format::Text,
    );
    assert!(
        found
            .iter()
            .any(|(l, _)| l.country.as_deref() == Some("NO")),
        "{found:?}"
    );
    let found = locations("Job\n\n## Norway\n\nText.\n", Format::Markdown);
    assert_eq!(found[0].0.country.as_deref(), Some("NO"), "{found:?}");
    // A city after "in" is still a place of work.
    let found = locations("Job\n\nJoin our crew in Oslo.\n", Format::Text);
    assert_eq!(found[0].0.country.as_deref(), Some("NO"), "{found:?}");
    // "our" may stand between the placing words and the place.
    let found = locations(
        "Job\n\nYou will be based out of our Bergen harbour office.\n",
        Format::Text,
    );
    assert_eq!(found[0].1, "Bergen", "{found:?}");
    // A line of places with a part of the city and its postal district.
    let found = locations(
        "Waiter\n\nNorth East Leeds (LS8), North east Leeds\n\nServe.\n",
        Format::Text,
    );
    assert_eq!(found[0].0.city.as_deref(), Some("Leeds"), "{found:?}");
    // A country's three-letter code after a city.
    let found = locations("Job\n\nPune, IND\n\nText.\n", Format::Text);
    assert_eq!(found[0].0.country.as_deref(), Some("IN"), "{found:?}");
}

#[test]
fn the_employer_s_seat_and_name_are_not_where_the_job_is() {
    for text in [
        "Job\n\nWe are a small studio headquartered in Denver, CO and we love maps.\n",
        "Job\n\nOur firm is headquartered in Lisbon.\n",
        "Job\n\nCompany: Northwind (Oslo Ferry Works)\n\nSteer boats.\n",
    ] {
        assert!(locations(text, Format::Text).is_empty(), "{text}");
    }
    let found = locations(
        "Job\n\nHeadquartered in Lisbon, we are hiring in Porto.\n",
        Format::Text,
    );
    let places: Vec<_> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(places, ["Porto"]);
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
    // A title named in a sentence leaves its paragraph running text: "anywhere" there is no
    // way of working, as it would be in a title line.
    let found = locations(
        "Brightloaf is seeking a Head Baker to join a team whose vans take bread anywhere.\n",
        Format::Text,
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn front_matter_location() {
    let found = locations(
        "---\nlocation: 'Washington, DC; San Francisco, CA'\n---\nText\n",
        Format::Markdown,
    );
    // A list of places: each with its own laws.
    let said: Vec<&str> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(said, ["Washington, DC", "San Francisco, CA"]);
    assert_eq!(found[1].0.local.as_deref(), Some("US-CA-SF"));
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

/// The codes of the places found in `text` (a text posting), most specific of each.
fn codes(text: &str) -> Vec<String> {
    locations(text, Format::Text)
        .into_iter()
        .filter_map(|(l, _)| l.local.or(l.region).or(l.country))
        .collect()
}

#[test]
fn two_letter_state_codes_count_only_after_a_place() {
    for text in [
        "Analyst\n\nSkills: Power BI, MS Excel, MS SQL Server.\n",
        "Analyst\n\nYou know Power BI, MS\n",
        "Analyst\n\nWe use Tableau, MS Access and Python, MS Office.\n",
        "Analyst\n\nDegree: Statistics, MS or PhD preferred.\n",
        "Analyst\n\nWe work with Hive, DC and QA, QC tools.\n",
        "Analyst\n\nWe sponsor visas in H-1B, TN and other categories.\n",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
    // A town the gazetteer does not know still counts where the text places the job.
    assert_eq!(
        codes("Analyst\n\nThe job is based in Smallville, MS near the river.\n"),
        ["US-MS"]
    );
    assert_eq!(codes("Analyst\n\nOur office: Jackson, MS\n"), ["US-MS"]);
    assert_eq!(
        codes("Agent\n\nWe are hiring agents in Smallville, NJ.\n"),
        ["US-NJ"]
    );
    assert_eq!(
        codes("Agent\n\nVisit us at 1 Main St, Smallville, NJ 08000\n"),
        ["US-NJ"]
    );
    // Places joined by hyphens, as applicant-tracking systems write them.
    assert_eq!(
        codes("Agent\n\nOther Locations US-MA-Boston, US-NJ-Hoboken\n"),
        ["US-MA", "US-NJ"]
    );
    // A list of "City, ST" pairs with no separator.
    assert_eq!(
        codes("Agent\n\nThis position is based in Atlanta, GA Chicago, IL\n"),
        ["US-GA", "US-IL"]
    );
    // A known city before its state code counts whatever follows.
    assert_eq!(
        codes("Agent\n\nA need for an analyst in Seaside, CA or Alexandria, VA Work hard.\n"),
        ["US-CA", "US-VA"]
    );
    // "New Ulm, MN" that was not taken for a place is not Ulm either.
    assert!(
        codes("Agent\n\nOur friends in New Ulm, MN send greetings.\n")
            .iter()
            .all(|c| c == "US-MN")
    );
}

#[test]
fn a_city_named_with_its_region_is_the_one_there() {
    let found = locations(
        "Engineer\n\nLocation: Pasadena, California, United States\n",
        Format::Text,
    );
    assert_eq!(found[0].0.region.as_deref(), Some("US-CA"), "{found:?}");
    // Without the region, the most populous Pasadena (Texas).
    let found = locations("Engineer\n\nLocation: Pasadena\n", Format::Text);
    assert_eq!(found[0].0.region.as_deref(), Some("US-TX"), "{found:?}");
    // In running text the city, region and country are one place.
    let found = locations(
        "Engineer\n\nThe team is based in Pasadena, California, United States.\n",
        Format::Text,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "Pasadena, California, United States");
    assert_eq!(found[0].0.region.as_deref(), Some("US-CA"));
    // A country in the chain keeps out a town of another country: "Noord" is in Aruba.
    let found = codes("Engineer\n\nOffice: Amsterdam, Noord Holland, Netherlands\n");
    assert_eq!(found, ["NL"]);
    let found = codes("Engineer\n\nWe work from Amsterdam, Noord Holland, Netherlands.\n");
    assert!(found.iter().all(|c| c == "NL"), "{found:?}");
}

#[test]
fn the_state_as_city_is_new_york_city() {
    for place in ["NY, NY", "New York, NY", "New York, New York"] {
        let text = format!("Clerk\n\nLocation: {place}\n");
        assert_eq!(codes(&text), ["US-NY-NYC"], "{place}");
    }
    assert_eq!(
        codes("Clerk\n\nThe role is based in NY, NY.\n"),
        ["US-NY-NYC"]
    );
}

#[test]
fn a_list_of_places_is_a_place_each() {
    assert_eq!(
        codes("Clerk\n\nLocations: Austin, TX; New York, NY; Chicago, IL\n"),
        ["US-TX", "US-NY-NYC", "US-IL"]
    );
    assert_eq!(
        codes("Clerk\n\nLocation: Denver, CO | Seattle, WA\n"),
        ["US-CO", "US-WA"]
    );
    // One place with its parts is still one.
    assert_eq!(
        codes("Clerk\n\nLocation: Toronto, Ontario, Canada\n"),
        ["CA-ON"]
    );
}

#[test]
fn remote_in_a_country_is_remote_across_it() {
    let found = locations("Clerk\n\nLocation: Remote (Canada)\n", Format::Text);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].0.remote);
    assert_eq!(found[0].0.country.as_deref(), Some("CA"));
    // Also on a line of a copied page's top card, with no label.
    for (line, country, text) in [
        ("Remote (Canada)", "CA", "Remote (Canada)"),
        ("Remote - US", "US", "Remote - US"),
        ("Remote, UK", "GB", "Remote, UK"),
    ] {
        let found = locations(
            &format!("Data Engineer\n{line}\n\nYou will build pipelines.\n"),
            Format::Text,
        );
        let remote: Vec<_> = found.iter().filter(|(l, _)| l.remote).collect();
        assert_eq!(remote.len(), 1, "{found:?}");
        assert_eq!(remote[0].0.country.as_deref(), Some(country), "{line}");
        assert_eq!(remote[0].1, text);
    }
    // Remote in a region that is no country says no country.
    let found = locations(
        "Data Engineer\nRemote - Europe\n\nYou will build.\n",
        Format::Text,
    );
    assert!(found.iter().all(|(l, _)| l.country.is_none()), "{found:?}");
}

#[test]
fn gazetteer_cities_by_their_own_local_and_ascii_names() {
    for (place, country, city) in [
        ("Tel Aviv-Yafo", "IL", "Tel Aviv"),
        ("Sofia", "BG", "Sofia"),
        ("München", "DE", "Munich"),
        ("Wien", "AT", "Vienna"),
        ("Milano", "IT", "Milan"),
        ("Warszawa", "PL", "Warsaw"),
        ("Kraków", "PL", "Kraków"),
        ("Krakow", "PL", "Kraków"),
        ("Lisboa", "PT", "Lisbon"),
        ("São Paulo", "BR", "São Paulo"),
        ("Sao Paulo", "BR", "São Paulo"),
        ("Clermont Ferrand", "FR", "Clermont-Ferrand"),
        ("Plovdiv", "BG", "Plovdiv"),
        ("Hamilton, New Zealand", "NZ", "Hamilton"),
    ] {
        let found = locations(&format!("Clerk\n\nLocation: {place}\n"), Format::Text);
        let l = &found[0].0;
        assert_eq!(
            (l.country.as_deref(), l.city.as_deref()),
            (Some(country), Some(city)),
            "{place}"
        );
    }
    // A city of the gazetteer in running text after a placing word.
    assert_eq!(
        codes("Clerk\n\nOur office in Plovdiv is growing.\n"),
        ["BG"]
    );
}

#[test]
fn polish_cities_after_a_placing_word_in_the_locative() {
    for (text, city) in [
        ("Praca w Krakowie, umowa o pracę.", "Kraków"),
        ("Praca stacjonarna w Warszawie.", "Warsaw"),
        ("Nasze biuro mieści się we Wrocławiu.", "Wrocław"),
        ("Zespół pracuje w Poznaniu i zdalnie.", "Poznań"),
        ("Oferujemy pracę w Katowicach.", "Katowice"),
        // A form no ending makes, from the pack's list.
        ("Praca w Łodzi, pełny etat.", "Łódź"),
    ] {
        let found = locations(&format!("# Programista Java\n\n{text}\n"), Format::Markdown);
        assert_eq!(
            found.first().and_then(|l| l.0.city.as_deref()),
            Some(city),
            "{text}: {found:?}"
        );
    }
    // The form is a place only where a word places it.
    assert!(
        locations(
            "# Programista Java\n\nKrakowie dziękujemy.\n",
            Format::Markdown
        )
        .is_empty()
    );
}

#[test]
fn common_words_and_small_towns_need_a_place_context() {
    for text in [
        "Developer\n\nExperience in Mobile development is a plus.\n",
        "Developer\n\nYou enjoy Reading and Split testing at scale.\n",
        "Developer\n\nWe believe in Independence and Liberty of thought.\n",
        // Troy, Michigan has fewer people than a city that counts alone.
        "Developer\n\nOur heroes in Troy were the Greeks.\n",
        // A sign-off, and a line after a team.
        "Developer\n\nThanks for reading.\n\nBest,\nJo\n",
        "Developer\n\nYou report to the development team\nManage the data.\n",
        "Developer\n\nYou must be authorized to work in the US.\n",
        "Developer\n\nOur team is based in Marin County.\n",
        "Developer\n\nYou know Gradient Descent, Quasi-Newton methods.\n",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
    // A "Location:" value, "based in", or the region or country after it says it is a place.
    assert_eq!(codes("Developer\n\nLocation: Reading\n"), ["GB-ENG"]);
    assert_eq!(
        codes("Developer\n\nThe team is based in Reading.\n"),
        ["GB-ENG"]
    );
    assert_eq!(
        codes("Developer\n\nWe are hiring in Reading, UK.\n"),
        ["GB-ENG"]
    );
    assert_eq!(codes("Developer\n\nLocation: Troy, MI\n"), ["US-MI"]);
    assert_eq!(
        codes("Developer\n\nOffice located in Troy, Michigan.\n"),
        ["US-MI"]
    );
    assert_eq!(
        codes("Developer\n\nWe are hiring in Mobile, Alabama.\n"),
        ["US-AL"]
    );
    // Among other words of a value, a small town is not the place.
    let found = locations(
        "Developer\n\nLocation: Americas, Europe, Asia, Africa\n",
        Format::Text,
    );
    assert_eq!(found[0].0.country, None, "{found:?}");
}

#[test]
fn names_starting_with_a_prefix_narrow_word_by_word() {
    let names = ["new haven", "new york", "new york city", "newark", "oslo"];
    let key = |i: usize| names[i];
    let new = super::sorted_prefix_range(0..names.len(), "new", key);
    assert_eq!(new, 0..4);
    let new_york = super::sorted_prefix_range(new, "new york", key);
    assert_eq!(new_york, 1..3);
    // The exact name sorts first among those it starts.
    assert_eq!(names[new_york.start], "new york");
    assert!(super::sorted_prefix_range(new_york, "new york state", key).is_empty());
    assert!(super::sorted_prefix_range(0..names.len(), "paris", key).is_empty());
}

#[test]
fn a_place_is_found_after_words_that_start_like_place_names() {
    // "New" and "York" start gazetteer names; "Newly" and "The" do too, and end there.
    let found = locations(
        "The Newly Opened office is based in New York City.\n",
        Format::Text,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "New York City");
}

#[test]
fn a_quarter_many_cities_have_is_a_place_only_with_its_region() {
    // "Financial District" and "Uptown" are quarters of many cities; the gazetteer's namesake
    // (in New York, in Chicago) is not the posting's place without its region.
    for text in [
        "Barista\n\nOur roastery is located in Financial District, a short walk from the ferry.\n",
        "Barista\n\nLocation: Uptown\n",
        "Barista\n\nA bright office in the Uptown area of town.\n",
    ] {
        assert!(codes(text).is_empty(), "{text}: {:?}", codes(text));
    }
    assert_eq!(
        codes("Barista\n\nOur roastery is located in Financial District, New York.\n"),
        ["US-NY"]
    );
    // The city named beside the quarter is the place.
    assert_eq!(
        codes(
            "Barista\n\nLocation: Portland, OR\n\nOur office is located in Financial District.\n"
        ),
        ["US-OR"]
    );
}

#[test]
fn local_to_a_place_is_a_place_context() {
    // An area the gazetteer does not know, before its state code, after "local to".
    let found = locations(
        "Analyst\n\nCandidates must be local to Lake Region, MN or Fargo, ND.\n",
        Format::Text,
    );
    let regions: Vec<_> = found.iter().filter_map(|(l, _)| l.region.clone()).collect();
    assert_eq!(regions, ["US-MN", "US-ND"], "{found:?}");
    assert_eq!(found[0].1, "Lake Region, MN");
}

/// A pack's placing words may be phrases: Dutch names a city after "centrum van" or "in de buurt
/// van", where "van" alone is no placing word ("het team van Rotterdam" is a team).
#[test]
fn a_dutch_phrase_before_a_city_places_the_job() {
    let intro = "Wij zoeken een collega die graag met klanten praat en onze software verder helpt verbeteren. Je werkt samen met het ontwikkelteam en de afdeling verkoop.";
    for (sentence, city) in [
        (
            "Ons kantoor ligt in het centrum van Groningen, vlak bij het station.",
            "Groningen",
        ),
        (
            "We werken in de buurt van Utrecht, goed bereikbaar met de trein.",
            "Utrecht",
        ),
        ("Je werkt in hartje Amsterdam.", "Amsterdam"),
    ] {
        let found = locations(
            &format!("# Accountmanager\n\n{intro}\n\n{sentence}\n"),
            Format::Markdown,
        );
        assert_eq!(
            found
                .iter()
                .map(|(l, _)| l.city.as_deref())
                .collect::<Vec<_>>(),
            [Some(city)],
            "{sentence}"
        );
    }
}

#[test]
fn a_heading_that_names_the_employer_names_no_place() {
    // "About ..." heads the employer's section: a place in its name is the company's.
    let text = "Pastry Chef\n\nYou will bake.\n\nAbout Texas Ovens\n\nTexas Ovens makes bread ovens for bakeries.\n";
    assert!(locations(text, Format::Text).is_empty());
    // Any other heading that names a place places the job there.
    let text = "Pastry Chef\n\nYou will bake.\n\nDenver, Colorado\n\nThe bakery opens at five.\n";
    let found = locations(text, Format::Text);
    assert_eq!(found[0].0.region.as_deref(), Some("US-CO"), "{found:?}");
}

#[test]
fn a_country_code_after_a_region_of_that_country_is_no_us_state() {
    // "IN" after an Indian state is India, not Indiana; "CA" after a Canadian province is
    // Canada, not California.
    for (value, region) in [
        ("Gurugram, Haryana, IN", "IN-HR"),
        ("Pune, Maharashtra, IN", "IN-MH"),
        ("Halifax, Nova Scotia, CA", "CA-NS"),
    ] {
        let found = locations(&format!("Analyst\n\nLocation: {value}\n"), Format::Text);
        assert_eq!(
            found[0].0.region.as_deref(),
            Some(region),
            "{value}: {found:?}"
        );
    }
    // A US city before its state's code stays there, and so does one named like a region
    // when its country follows.
    for (value, region) in [("Columbus, IN", "US-IN"), ("Ontario, CA, US", "US-CA")] {
        let found = locations(&format!("Analyst\n\nLocation: {value}\n"), Format::Text);
        assert_eq!(
            found[0].0.region.as_deref(),
            Some(region),
            "{value}: {found:?}"
        );
    }
}

#[test]
fn a_city_and_state_stay_on_their_line() {
    // A page's lines above the place ("Pastry Intern", "Kitchen Staff") are not its city.
    let found = locations(
        "Pastry Intern\nKitchen Staff\nBoulder, CO, US\n\nYou will bake.\n",
        Format::Text,
    );
    assert_eq!(found[0].0.city.as_deref(), Some("Boulder"), "{found:?}");
    assert_eq!(found[0].0.region.as_deref(), Some("US-CO"), "{found:?}");
}

#[test]
fn a_list_of_state_codes_pairs_no_city_with_a_state() {
    let text = "Baker\n\nLocation: Denver, CO\n\nPay range in some states (CA, WA, NY, NJ): $20 - $24 an hour.\n";
    let found = locations(text, Format::Text);
    assert!(
        found
            .iter()
            .all(|(l, _)| l.city.as_deref() != Some("CA") && l.city.as_deref() != Some("NY")),
        "{found:?}"
    );
    assert_eq!(found[0].0.city.as_deref(), Some("Denver"), "{found:?}");
}

#[test]
fn words_that_say_remote_alone_count_in_a_title_or_a_value() {
    let found = locations("Job\n\nLocation: Virtual\n", Format::Text);
    assert!(found.iter().any(|(l, _)| l.remote), "{found:?}");
    let found = locations("# Bookkeeper - Work From Home\n\nText.\n", Format::Markdown);
    assert!(found.iter().any(|(l, _)| l.remote), "{found:?}");
    let found = locations(
        "# 后端工程师（全远程）\n\n负责服务端开发。\n",
        Format::Markdown,
    );
    assert!(
        found.iter().any(|(l, s)| l.remote && s == "全远程"),
        "{found:?}"
    );
    // In running text such a word is another word.
    let found = locations("Job\n\nYou will set up virtual machines.\n", Format::Text);
    assert!(found.is_empty(), "{found:?}");
}

/// The English pack's words before a place (`location` in `en.yaml`): words between them and
/// the place, a region after a remote word, phrases across a line break.
#[test]
fn the_english_pack_places_names_and_remote_work() {
    for (text, city) in [
        (
            "Job\n\nYou will cook for guests in sunny Denver.\n",
            "Denver",
        ),
        (
            "Job\n\nOur kitchen is in the greater Denver area.\n",
            "Denver",
        ),
        // A common word that names a city, after words that say the job is there.
        ("Job\n\nThe position is based in Reading.\n", "Reading"),
    ] {
        let found = locations(text, Format::Text);
        assert_eq!(found[0].0.city.as_deref(), Some(city), "{text}: {found:?}");
    }
    // After a mere "in", the common word is none.
    assert!(locations("Job\n\nYou enjoy time in Reading groups.\n", Format::Text).is_empty());
    // A region after a remote word, in running text: remote within it.
    for (text, country) in [
        ("Job\n\nWe hire Remote - U.S. staff for this team.\n", "US"),
        (
            "Job\n\nYou may work from home (Canada) after training.\n",
            "CA",
        ),
    ] {
        let found = locations(text, Format::Text);
        let remote: Vec<_> = found.iter().filter(|(l, _)| l.remote).collect();
        assert_eq!(remote.len(), 1, "{text}: {found:?}");
        assert_eq!(remote[0].0.country.as_deref(), Some(country), "{text}");
    }
    // A phrase broken across a line is still the phrase.
    let found = locations(
        "Job\n\nThis is a fully\nremote role with travel.\n",
        Format::Text,
    );
    assert!(found.iter().any(|(l, _)| l.remote), "{found:?}");
}

/// A user's pack adds placing words and remote regions for its language, as to every key.
#[test]
fn a_users_pack_adds_placing_words_and_remote_regions() {
    let text =
        "Job\n\nYou will be stationed at Mobile harbour. Remote - LATAM applicants welcome.\n";
    let found: Vec<_> = crate::facts::facts_with_pack(
        "mine/vocab/lang/en.yaml",
        "language: en\nname: English\ndetector: eng\nlocation:\n  strong_placing: [stationed at]\n  remote_regions: [LATAM]\n",
        text,
        Format::Text,
    )
    .unwrap()
    .locations
    .into_iter()
    .map(|l| text[l.span.range()].to_string())
    .collect();
    assert_eq!(found, ["Mobile", "Remote - LATAM"]);
    // The built-in packs alone have no such words.
    assert!(locations(text, Format::Text).is_empty());
}

/// "nuestra planta de Sevilla", "notre agence de Lyon": a workplace and "de" place the job in
/// the city that follows, in the languages that say it so.
#[test]
fn a_workplace_of_a_city_places_the_job() {
    for (text, city) in [
        (
            "Operario de producción\n\nBuscamos una persona con ganas de aprender para incorporarse a nuestra planta de Sevilla, con turnos rotativos y contrato indefinido.\n",
            "Sevilla",
        ),
        (
            "Conseiller clientèle\n\nVous rejoignez notre agence de Lyon et accompagnez nos clients particuliers dans leurs projets, du premier rendez-vous à la signature.\n",
            "Lyon",
        ),
        (
            "Magazziniere\n\nCerchiamo una persona affidabile da inserire nel nostro stabilimento di Brescia, per la gestione delle merci in entrata e in uscita.\n",
            "Brescia",
        ),
    ] {
        let found = locations(text, Format::Text);
        assert!(found.iter().any(|(_, s)| s == city), "{text}: {found:?}");
    }
}

/// A page's list of places, one a line, each but the last ending with a slash: every one is a
/// place, also one with no comma of its own ("Lisbon /" between two "City, Country" lines).
#[test]
fn places_listed_one_a_line_with_slashes_are_all_read() {
    let text = "Graduate Programme in Energy Trading\n\nLocations\nHamburg, Germany /\nLeeds, UK /\nLisbon /\nDenver, US\n\nApply by 1 March.\n";
    let found: Vec<String> = locations(text, Format::Text)
        .into_iter()
        .map(|(l, _)| l.country.unwrap_or_default())
        .collect();
    assert_eq!(found, ["DE", "GB", "PT", "US"]);
}

#[test]
fn a_city_and_its_regions_code_on_a_line_is_a_place() {
    // Australian and Canadian addresses, without a comma, with or without a postal code.
    for (line, city, region) in [
        ("Bundaberg QLD", "Bundaberg", "AU-QLD"),
        ("Toowong QLD 4066", "Toowong", "AU-QLD"),
        ("Kiama, NSW 2533", "Kiama", "AU-NSW"),
        ("Guelph ON N1H 3T2", "Guelph", "CA-ON"),
    ] {
        let text = format!(
            "Customer Support Officer\nBlue Gum Software\n{line}\nFull time\n\nYou will answer our customers' questions.\n"
        );
        let found = locations(&text, Format::Text);
        assert_eq!(found.len(), 1, "{line}: {found:?}");
        assert_eq!(found[0].0.city.as_deref(), Some(city), "{line}");
        assert_eq!(found[0].0.region.as_deref(), Some(region), "{line}");
    }
    // A title ending in a capitalised code is no place; an unknown town needs the postal code;
    // "Remote CA" is remote work, in no place.
    for line in ["Senior Engineer ME", "Smallbrook QLD", "Remote CA"] {
        let text = format!("{line}\n\nYou will build our products.\n");
        let found = locations(&text, Format::Text);
        assert!(
            found.iter().all(|(l, _)| l.region.is_none()),
            "{line}: {found:?}"
        );
    }
}

#[test]
fn a_region_after_a_comma_places_the_job_when_the_town_is_unknown() {
    // On a header's place line, the town the gazetteer lacks, then a state and a country.
    let text = "Field Technician\n\nWestbrookfield, Iowa - USA\n\nFull time role\n\nYou will repair farm equipment.\n";
    let found = locations(text, Format::Text);
    assert!(
        found
            .iter()
            .any(|(l, _)| l.region.as_deref() == Some("US-IA")),
        "{found:?}"
    );
    assert!(
        found
            .iter()
            .all(|(l, _)| l.country.as_deref() == Some("US"))
    );
    // In a place field: a code after a comma, whatever the town is written as.
    for (value, region) in [
        ("Westbrookfield, Iowa", "US-IA"),
        ("Smallbrook ON", "CA-ON"),
        ("smallbrook, ON k0k1a0", "CA-ON"),
        ("Smallbrook, NSW 2999", "AU-NSW"),
    ] {
        let found = locations(&format!("Job\n\nLocation: {value}\n"), Format::Text);
        assert_eq!(
            found[0].0.region.as_deref(),
            Some(region),
            "{value}: {found:?}"
        );
    }
}

#[test]
fn a_small_town_after_a_city_of_another_country_is_its_district() {
    // Marlborough is a New Zealand region the gazetteer lacks, and a small town in
    // Massachusetts: after Blenheim it is the region.
    let found = locations(
        "Cellar Hand\nTotara Wines\nBlenheim, Marlborough\n\nHelp us through the vintage.\n",
        Format::Text,
    );
    assert!(!found.is_empty());
    assert!(
        found
            .iter()
            .all(|(l, _)| l.country.as_deref() == Some("NZ")),
        "{found:?}"
    );
}

#[test]
fn the_town_before_an_addresss_postal_code_is_the_place() {
    let found = locations(
        "Ward Clerk\n\nLakeside Community Hospital, Derby, DE22 3NE\n\nYou will keep the ward's records.\n",
        Format::Text,
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0.city.as_deref(), Some("Derby"));
    assert_eq!(found[0].0.country.as_deref(), Some("GB"));
}

#[test]
fn a_date_ending_a_line_is_no_address() {
    let found = locations(
        "Ward Clerk\n\nApplications close on 31 March, 2026\n\nYou will keep the ward's records.\n",
        Format::Text,
    );
    assert!(found.is_empty(), "{found:?}");
}

/// Where a field places the job, a place of running text in another country is not the job's:
/// a suburb the gazetteer lacks that shares a town's name abroad ("Collingwood"), or the
/// company's offices elsewhere. A place of running text in the field's country still counts,
/// and with no field every place of the text does.
#[test]
fn running_text_places_abroad_do_not_add_to_a_fields_place() {
    let countries = |text: &str| -> Vec<String> {
        locations(text, Format::Text)
            .into_iter()
            .filter_map(|(l, _)| l.country)
            .collect()
    };
    let melbourne = "Web Developer\n\nLocation: AU, VIC, Melbourne\n\nJoin our small team in Collingwood, close to the city.\n";
    assert_eq!(countries(melbourne), ["AU"]);
    let offices = "Analyst\n\nLocation: Denver, CO\n\nYou will work in Denver with colleagues from our offices in London and Toronto.\n";
    let found = locations(offices, Format::Text);
    let places: Vec<_> = found.iter().map(|(_, s)| s.as_str()).collect();
    assert_eq!(places, ["Denver, CO", "Denver"]);
    let no_field = "Analyst\n\nYou will work in our London office with a team based in Toronto.\n";
    assert_eq!(countries(no_field), ["GB", "CA"]);
}
