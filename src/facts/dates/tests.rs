use super::*;
use crate::source::{Format, Source};

fn facts(text: &str) -> crate::facts::Facts {
    let src = Source::new("t", text, Format::Markdown);
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(&src, vocab);
    crate::facts::BUILTIN_EXTRACTOR.extract(&src, &doc)
}

#[test]
fn dates_in_common_forms() {
    let d = |s: &str| parse_date(s).map(|(d, _)| d.to_string());
    assert_eq!(d("March 4, 2024").as_deref(), Some("2024-03-04"));
    assert_eq!(d("4 March 2024").as_deref(), Some("2024-03-04"));
    assert_eq!(d("2024-03-04").as_deref(), Some("2024-03-04"));
    assert_eq!(d("3/4/2024").as_deref(), Some("2024-03-04"));
    assert_eq!(d("Mar 2024").as_deref(), Some("2024-03"));
    assert_eq!(
        d("July 19, 2021 at 9:00am EDT").as_deref(),
        Some("2021-07-19")
    );
    // A date-time with its zone is the day as written, not a month.
    assert_eq!(
        d("2025-03-04T22:00:00-08:00").as_deref(),
        Some("2025-03-04")
    );
    assert_eq!(d("2026-08-06T07:39:35.941Z").as_deref(), Some("2026-08-06"));
    // "may" the verb is not a month.
    assert_eq!(d("you may apply"), None);
}

#[test]
fn durations_need_engagement_context() {
    let f = facts("# Intern\n\nThis is a 12-week internship.\n");
    assert_eq!(
        (
            f.durations[0].value.value,
            f.durations[0].value.unit.as_str()
        ),
        (12.0, "week")
    );
    let f = facts("# Dev\n\nDuration: 6 months\n");
    assert_eq!(f.durations[0].value.weeks().round(), 26.0);
    let f = facts("# Dev\n\nThe contract runs for three months.\n");
    assert_eq!(f.durations[0].value.value, 3.0);
    for text in [
        "# Dev\n\nYou have 5 years of experience.\n",
        "# Dev\n\nWe offer 4 weeks of vacation.\n",
        "# Dev\n\nGive 2 weeks notice.\n",
    ] {
        assert!(
            facts(text).durations.is_empty(),
            "{text:?}: {:?}",
            facts(text).durations
        );
    }
}

#[test]
fn durations_in_other_languages() {
    let length = |text: &str| {
        facts(text)
            .durations
            .first()
            .map(|d| (d.value.value, d.value.unit.clone()))
    };
    let month = |n: f64| Some((n, "month".to_string()));
    assert_eq!(
        length("# Soudeur\n\nDurée de contrat : 4 à 7 mois\n"),
        month(7.0)
    );
    assert_eq!(
        length("# Monteur\n\nUne mission intérimaire de 5 mois minimum à Lyon.\n"),
        month(5.0)
    );
    assert_eq!(length("# Werkstudent\n\nDauer:4 Monate\n"), month(4.0));
    assert_eq!(
        length("# Magazynier\n\n- umowa o pracę tymczasową na okres 8 miesięcy\n"),
        month(8.0)
    );
    assert_eq!(
        length("# Becario\n\n**Duración**: 10 semanas\n"),
        Some((10.0, "week".to_string()))
    );
    // A thirteenth-month bonus and years of experience are not lengths of engagement.
    for text in [
        "# Soudeur\n\nRémunération : 14 EUR/h + prime de 13 mois.\n",
        "# Entwickler\n\nDu bringst für diese Rolle 3 Jahre Berufserfahrung mit.\n",
    ] {
        assert!(facts(text).durations.is_empty(), "{text:?}");
    }
}

#[test]
fn date_ranges_and_their_length() {
    let f = facts("# Intern\n\nThe internship runs from June 1, 2026 to August 21, 2026.\n");
    let r = &f.date_ranges[0].value;
    assert_eq!(
        (r.start.to_string(), r.end.to_string()),
        ("2026-06-01".into(), "2026-08-21".into())
    );
    assert_eq!(r.weeks().map(|w| w.round()), Some(12.0));
    let f = facts("# Intern\n\nFrom May to December.\n");
    let (lo, hi) = f.date_ranges[0].value.weeks_between().unwrap();
    assert!(lo > 25.0 && hi < 36.0, "{lo} {hi}");
    // "2019 - 2020" states no months: not an engagement.
    assert!(
        facts("# Dev\n\nWorked there 2019 - 2020.\n")
            .date_ranges
            .is_empty()
    );
}

#[test]
fn posting_date_and_deadline() {
    let f =
        facts("---\nopens: 'July 19, 2021 at 9:00am EDT'\ncloses: 'August 2, 2021'\n---\nText\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2021-07-19");
    assert_eq!(f.deadline.unwrap().value.to_string(), "2021-08-02");
    let f = facts("# Dev\n\nPosted 3/4/2024\n\nApply by June 1, 2024.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2024-03-04");
    assert_eq!(f.deadline.unwrap().value.to_string(), "2024-06-01");
    // A full date on a line of its own near the top is the posting date.
    let f = facts("# Dev\n\nMar 4, 2024\n\nWe build tools.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2024-03-04");
    // ... and not the deadline.
    assert!(f.deadline.is_none());
    // Not a month alone, nor a date inside a sentence.
    assert!(
        facts("# Dev\n\nMarch 2024\n\nText.\n")
            .date_posted
            .is_none()
    );
    assert!(
        facts("# Dev\n\nStarts Mar 4, 2024.\n")
            .date_posted
            .is_none()
    );
}

#[test]
fn a_year_written_once_belongs_to_both_ends() {
    let f = facts("# Intern\n\nFrom November to February 2027.\n");
    let r = &f.date_ranges[0].value;
    assert_eq!(
        (r.start.to_string(), r.end.to_string()),
        ("2026-11".into(), "2027-02".into())
    );
}

#[test]
fn the_application_window_is_not_the_engagement() {
    let f = facts(
        "# Analyst\n\n**Opening and closing period for this job application:**\nMay 21, 2018 - May 25, 2018\n",
    );
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
}

#[test]
fn impossible_dates_are_stated_and_say_why() {
    let f = facts("---\ndate_posted: 2019-02-29\ncloses: 2026-04-31\n---\n# Dev\n");
    assert!(f.date_posted.is_none() && f.deadline.is_none());
    let bad: Vec<(&str, &str, &str)> = f
        .invalid_dates
        .iter()
        .map(|d| {
            (
                d.value.of.into(),
                d.value.text.as_str(),
                d.value.why.as_str(),
            )
        })
        .collect();
    assert_eq!(
        bad,
        [
            ("date_posted", "2019-02-29", "February 2019 has 28 days"),
            ("deadline", "2026-04-31", "April 2026 has 30 days"),
        ]
    );
    // A leap day in a leap year, and day/month/year where only that reading is a date.
    let f = facts("---\ndate_posted: 2020-02-29\ncloses: 25/12/2026\n---\n# Dev\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2020-02-29");
    assert_eq!(f.deadline.unwrap().value.to_string(), "2026-12-25");
    assert!(f.invalid_dates.is_empty());
    // In running text an impossible date is no date, not a finding.
    assert_eq!(parse_date("the 2019-20 season").map(|(d, _)| d), None);
}

#[test]
fn a_posting_date_label_with_its_date_further_down() {
    let f = facts("Night Baker\n\nPosting Start Date:\n\n\nSeptember 10, 2025\n\nBake bread.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2025-09-10");
    let f = facts("Night Baker\n\nDate posted\n   \n26-Mar-2026\n\nBake bread.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2026-03-26");
    // A label followed by text is no date.
    let f = facts("Night Baker\n\nPosted on\n\nPosted 30+ days ago\n");
    assert!(f.date_posted.is_none());
}

#[test]
fn numeric_dates_read_day_first_where_the_posting_is_placed_so() {
    let posted = |text: &str| facts(text).date_posted.unwrap().value.to_string();
    assert_eq!(
        posted("# Baker\n\nLocation: Leeds, United Kingdom\n\nPosted 05/08/2025\n"),
        "2025-08-05"
    );
    assert_eq!(
        posted("# Baker\n\nLocation: Toronto, ON, Canada\n\nPosted 05/08/2025\n"),
        "2025-08-05"
    );
    assert_eq!(
        posted("# Baker\n\nLocation: Denver, CO\n\nPosted 05/08/2025\n"),
        "2025-05-08"
    );
    // Without a place, month first; a date that reads one way only is read that way.
    assert_eq!(posted("# Baker\n\nPosted 05/08/2025\n"), "2025-05-08");
    assert_eq!(
        posted("# Baker\n\nLocation: Leeds, United Kingdom\n\nPosted 25/08/2025\n"),
        "2025-08-25"
    );
}

#[test]
fn a_co_op_portal_s_position_dates_are_the_engagement() {
    let f = facts(
        "Scheduler Co-op\n\nPosition Start Date:\t05/01/2026\nPosition End Date:\t08/31/2026\n\nPlan sailings.\n",
    );
    let range = &f.date_ranges.first().expect("a range").value;
    assert_eq!(range.start.to_string(), "2026-05-01");
    assert_eq!(range.end.to_string(), "2026-08-31");
}

#[test]
fn another_field_s_date_is_not_the_posting_date() {
    let f = facts("Scheduler Co-op\n\nPosition Start Date:\t05/01/2026\n\nPlan sailings.\n");
    assert!(f.date_posted.is_none());
}

#[test]
fn an_event_s_date_in_the_front_matter_is_not_the_posting_date() {
    let text = "---\ntitle: Tutor\nwebinars:\n  - date: 2026-01-05\n    topic: Q&A\nopens: 2026-02-01\ncloses: 2026-02-20\n---\n# Tutor\n\nTeach.\n";
    let f = facts(text);
    assert_eq!(
        f.date_posted.map(|d| d.value.to_string()).as_deref(),
        Some("2026-02-01")
    );
    // Named for what it is, a nested key still counts.
    let f = facts("---\njob:\n  date_posted: 2026-03-09\n---\n# Tutor\n\nTeach.\n");
    assert_eq!(
        f.date_posted.map(|d| d.value.to_string()).as_deref(),
        Some("2026-03-09")
    );
}

#[test]
fn a_timestamp_on_a_line_of_its_own_is_the_posting_date() {
    let posted = |text: &str| facts(text).date_posted.map(|d| d.value.to_string());
    let text = "Baker\n\nMenu\nShop\nAbout\nCart\n\nFresh bread\n\nDetails\n2026-04-07T08:15:00+02:00\n\nBake bread at dawn.\n";
    assert_eq!(posted(text).as_deref(), Some("2026-04-07"));
    // The value of the label above it is that label's date.
    let text = "Baker\n\nMenu\nShop\nAbout\nCart\n\nFresh bread\n\nCloses:\n2026-04-07T08:15:00Z\n\nBake bread.\n";
    assert_eq!(posted(text), None);
    // A date written year, month name, day near the top.
    assert_eq!(
        posted("Baker\n\nLeeds\n\n2026 Apr 7\n\nBake bread.\n").as_deref(),
        Some("2026-04-07")
    );
    // "Published Time:" as page readers write it.
    assert_eq!(
        posted("Title: Baker\n\nPublished Time: Tue, 07 Apr 2026 08:15:00 GMT\n\nBake.\n")
            .as_deref(),
        Some("2026-04-07")
    );
}

#[test]
fn the_posting_date_under_the_keys_sites_write() {
    for key in ["posted_at", "createdAt", "publishedAt"] {
        let f = facts(&format!(
            "---\n{key}: 2026-02-03\n---\n# Koch\n\nWir suchen Verstärkung.\n"
        ));
        assert_eq!(
            f.date_posted.map(|d| d.value.to_string()).as_deref(),
            Some("2026-02-03"),
            "{key}"
        );
    }
}

#[test]
fn a_start_date_then_an_end_date_in_one_sentence_is_the_engagement() {
    let f = facts(
        "# Intern\n\nNote: the start date will be June 8, 2026 and the end date will be August 28th, 2026.\n",
    );
    let r = &f.date_ranges[0].value;
    assert_eq!(
        (r.start.to_string(), r.end.to_string()),
        ("2026-06-08".into(), "2026-08-28".into())
    );
    // In two sentences they are two statements, not read as one.
    let f = facts("# Intern\n\nThe start date is flexible. The end date is in August.\n");
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
    // A choice of dates on either side is no one engagement; one of each still is.
    let f = facts(
        "# Intern\n\nStart date options: June 1, 2026 or June 15, 2026; end date options: August 21, 2026 or September 4, 2026.\n",
    );
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
    let f =
        facts("# Intern\n\nThe start date is June 1, 2026 and the end date is August 21, 2026.\n");
    assert_eq!(f.date_ranges.len(), 1, "{:?}", f.date_ranges);
    // A date far from its label is not the one it names.
    let f = facts(
        "# Intern\n\nThe start date depends on the cohort you join and on the visa office, which takes weeks, June 1, 2026 or later; the end date is August 21, 2026.\n",
    );
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
}

#[test]
fn a_commitment_and_a_length_of_either_of_two_are_durations() {
    let f = facts("# Analyst\n\nYou commit to a minimum 10-week commitment.\n");
    assert_eq!(f.durations[0].value.value, 10.0);
    let f = facts("# Analyst\n\nYou complete a 2/3-year commitment in the program.\n");
    assert_eq!(f.durations[0].value.unit, "year");
    // A round-the-clock schedule is no length.
    assert!(
        facts("# Analyst\n\nWe run a 24/7 support desk.\n")
            .durations
            .is_empty()
    );
}

/// The start and end of the first range found, as written in ISO form.
fn first_range(text: &str) -> (String, String) {
    let f = facts(text);
    let r = &f.date_ranges.first().expect("a range").value;
    (r.start.to_string(), r.end.to_string())
}

#[test]
fn a_dotted_date_range_is_day_first_in_any_language() {
    assert_eq!(
        first_range(
            "# Aushilfe Inventur (m/w/d)\n\n- Einsatzort: Kassel\n- Zeitraum: 02.03.2026 - 30.10.2026\n- 14,00 € pro Stunde\n"
        ),
        ("2026-03-02".into(), "2026-10-30".into())
    );
    // A range word of the pack between, and a start without its year ("vom 01.03. bis ...").
    assert_eq!(
        first_range("# Aushilfe\n\nDer Einsatz läuft vom 01.03. bis 31.08.2026 in Kassel.\n"),
        ("2026-03-01".into(), "2026-08-31".into())
    );
    assert_eq!(
        first_range("# Praktyka\n\nPraktyka trwa od 1.03.2026 do 31.08.2026 w Poznaniu.\n"),
        ("2026-03-01".into(), "2026-08-31".into())
    );
    // A dotted date on its own is day first too ("Veröffentlicht: 04.02.2026").
    let f = facts("# Aushilfe (m/w/d)\n\nVeröffentlicht: 04.02.2026\n\nWir suchen Aushilfen.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2026-02-04");
}

#[test]
fn a_slashed_range_reads_as_the_language_or_the_place_writes_dates() {
    // A French posting: day first, also when both numbers could be a month.
    let french = "# Stagiaire comptable (H/F)\n\nNous recherchons un stagiaire pour notre cabinet d'expertise comptable. Le stage se déroulera du 01/03/2026 au 30/06/2026 au sein de notre équipe, avec un tuteur dédié pendant toute la durée de la mission.\n";
    assert_eq!(
        first_range(french),
        ("2026-03-01".into(), "2026-06-30".into())
    );
    let italian = "# Tirocinio amministrativo\n\nCerchiamo una persona per un tirocinio nel nostro ufficio amministrativo. Il tirocinio si svolgerà dal 02/03/2026 al 04/09/2026, con orario flessibile e un tutor aziendale.\n";
    assert_eq!(
        first_range(italian),
        ("2026-03-02".into(), "2026-09-04".into())
    );
    // An English posting placed in the UK: day first; in the US: month first.
    assert_eq!(
        first_range(
            "# Summer Intern\n\nLocation: Leeds, United Kingdom\n\nThe placement runs 01/06/2026 - 04/09/2026.\n"
        ),
        ("2026-06-01".into(), "2026-09-04".into())
    );
    assert_eq!(
        first_range(
            "# Summer Intern\n\nLocation: Denver, CO\n\nThe internship runs 06/01/2026 - 08/07/2026.\n"
        ),
        ("2026-06-01".into(), "2026-08-07".into())
    );
    // A number above 12 on either end decides the order of both.
    assert_eq!(
        first_range(
            "# Summer Intern\n\nLocation: Toronto, ON, Canada\n\nThe term runs 05/01/2026 to 08/31/2026.\n"
        ),
        ("2026-05-01".into(), "2026-08-31".into())
    );
}

#[test]
fn month_names_of_the_packs_make_ranges() {
    assert_eq!(
        first_range(
            "# Kontorsassistent\n\n**Anställningsform**: Vikariat\n**Period**: Mars 2026 - Augusti 2026\n"
        ),
        ("2026-03".into(), "2026-08".into())
    );
    assert_eq!(
        first_range(
            "# Praktikum Marketing (m/w/d)\n\nDas Praktikum dauert vom 1. März bis 31. August 2026.\n"
        ),
        ("2026-03-01".into(), "2026-08-31".into())
    );
    assert_eq!(
        first_range(
            "# Becario\n\nLas prácticas serán del 1 de marzo de 2026 al 31 de agosto de 2026.\n"
        ),
        ("2026-03-01".into(), "2026-08-31".into())
    );
    // English: the start, then how long it runs.
    let f = facts(
        "# Data Intern\n\nThe placement will begin in June and runs until September, based in Ottawa.\n",
    );
    let r = &f.date_ranges.first().expect("a range").value;
    assert_eq!((r.start.month, r.end.month), (Some(6), Some(9)));
}

#[test]
fn a_deadline_s_dates_are_not_the_engagement() {
    let f = facts(
        "# Aushilfe (m/w/d)\n\nBewerbungsfrist: 01.02.2026 - 28.02.2026\n\nWir suchen Aushilfen in Kassel.\n",
    );
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
    // Nor numbers that are no dates.
    for text in [
        "# Dev\n\nVersion 1.2.3 - 4.5.6 of our tools.\n",
        "# Dev\n\nScores 10/20/30 - 40/50/60.\n",
    ] {
        assert!(facts(text).date_ranges.is_empty(), "{text:?}");
    }
}

#[test]
fn a_length_with_a_word_for_one_in_another_language() {
    let f = facts(
        "# Becario de laboratorio\n\nConvocamos una beca de prácticas por un año en Valencia.\n",
    );
    let d = &f.durations.first().expect("a length").value;
    assert_eq!((d.value, d.unit.as_str()), (1.0, "year"));
    let f = facts("# Praktikum\n\nDas Praktikum ist für ein Jahr in Leipzig.\n");
    let d = &f.durations.first().expect("a length").value;
    assert_eq!((d.value, d.unit.as_str()), (1.0, "year"));
}

#[test]
fn the_english_pack_s_words_around_dates_and_lengths_are_read() {
    // Phrases of `dates.deadline` listed out with their optional words.
    for text in [
        "# Dev\n\nApplications are due by June 1, 2026.\n",
        "# Dev\n\nThe application deadline is on June 1, 2026.\n",
        "# Dev\n\nDeadline for applications: June 1, 2026\n",
    ] {
        let d = facts(text).deadline.map(|d| d.value.to_string());
        assert_eq!(d.as_deref(), Some("2026-06-01"), "{text:?}");
    }
    // `dates.posted` and `posted_on`; `posted_label` with its date in the next block.
    let f = facts("# Dev\n\nListed on March 4, 2026\n\nWe build tools.\n");
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2026-03-04");
    let f = facts(
        "# Dev\n\nWe build tools.\n\nFor shops.\n\nIn Ohio.\n\nSince 2001.\n\nPosting Start Date:\n\nMarch 4, 2026\n",
    );
    assert_eq!(f.date_posted.unwrap().value.to_string(), "2026-03-04");
    // `start_label` and `end_label`, a line break between the words of a label.
    let f = facts(
        "# Intern\n\nThe starting\ndate is June 1, 2026 and the ending date August 14, 2026.\n",
    );
    assert_eq!(f.date_ranges.len(), 1, "{:?}", f.date_ranges);
    // `application`: interviews are no engagement.
    let f = facts("# Intern\n\nInterviews will be held March 2 - March 6, 2026.\n");
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
    // `just_before`, `period_of` and `about`; `after` with `after_kind`.
    let f = facts("# Dev\n\nHired for a period of approximately 8 months.\n");
    assert_eq!(f.durations[0].value.value, 8.0);
    let f = facts("# Intern\n\nJoin our 10-week long paid internship.\n");
    assert_eq!(f.durations[0].value.value, 10.0);
    // `not_after`: of relevant experience, even across a line break.
    let f = facts("# Dev\n\nFor 6 months of relevant\nexperience we pay more.\n");
    assert!(f.durations.is_empty(), "{:?}", f.durations);
    // `before_weeks`: a length in weeks or months, not the years of a business nor days.
    let f = facts("# Intern\n\nThe program runs over 12 weeks in the summer.\n");
    assert_eq!(f.durations[0].value.value, 12.0);
    assert_eq!(f.durations[0].value.unit, "week");
    let f = facts("# Intern\n\nWe have served Ohio for over 20 years.\n");
    assert!(f.durations.is_empty(), "{:?}", f.durations);
    let f = facts("# Intern\n\nInterviews take place over 2 days.\n");
    assert!(f.durations.is_empty(), "{:?}", f.durations);
    let f = facts("# Dev\n\nYou bring over 6 months of experience.\n");
    assert!(f.durations.is_empty(), "{:?}", f.durations);
}

/// The words of a range written the English way come from the packs: the months and their
/// abbreviations (`dates.months`), the word before the start (`dates.from`), the range words
/// (`ranges.to`, `dates.to`) and "and" after "between" alone (`ranges.and`, `ranges.between`).
#[test]
fn english_ranges_are_made_of_the_packs_words() {
    assert_eq!(
        first_range("# Tutor\n\nThe tutoring term runs Sept. 8 - Dec. 18, 2026, in Leeds.\n"),
        ("2026-09-08".into(), "2026-12-18".into())
    );
    assert_eq!(
        first_range("# Camp Aide\n\nThe camp runs starting Jun 29 thru Aug 7, 2026.\n"),
        ("2026-06-29".into(), "2026-08-07".into())
    );
    assert_eq!(
        first_range("# Field Aide\n\nFieldwork takes place between Feb 2 and Apr 24, 2026.\n"),
        ("2026-02-02".into(), "2026-04-24".into())
    );
    // "and" without "between" joins two dates that make no range.
    let f = facts("# Field Aide\n\nThe office is closed on Feb 2 and Apr 24, 2026.\n");
    assert!(f.date_ranges.is_empty(), "{:?}", f.date_ranges);
    // A date's abbreviated month is its number.
    let d = |s: &str| parse_date(s).map(|(d, _)| d.to_string());
    assert_eq!(d("the 4th of Oct 2026").as_deref(), Some("2026-10-04"));
    assert_eq!(d("Sept 30, 2026").as_deref(), Some("2026-09-30"));
}

/// A user's English pack adds a word before the start of a range, as to every other key.
#[test]
fn a_users_pack_adds_a_word_before_a_range() {
    let text = "# Survey Aide\n\nA seasonal post commencing May 4 until Sept 25, 2026.\n";
    let f = crate::facts::facts_with_pack(
        "mine/vocab/lang/en.yaml",
        "language: en\nname: English\ndetector: eng\ndates:\n  from: [commencing]\n",
        text,
        Format::Markdown,
    )
    .unwrap();
    let with = f.date_ranges.first().expect("a range").span;
    assert_eq!(&text[with.range()], "commencing May 4 until Sept 25, 2026");
    // The built-in packs find the range without that word.
    let without = facts(text).date_ranges.first().expect("a range").span;
    assert_eq!(&text[without.range()], "May 4 until Sept 25, 2026");
}
