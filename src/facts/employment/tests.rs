use crate::document::Document;
use crate::facts::{EmploymentType, Facts, WorkArrangement};
use crate::source::{Format, Source};

fn facts(text: &str) -> Facts {
    let src = Source::new("t", text, Format::Markdown);
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(&src, vocab);
    crate::facts::BUILTIN_EXTRACTOR.extract(&src, &doc)
}

fn arrangements(text: &str) -> Vec<WorkArrangement> {
    facts(text)
        .work_arrangement
        .iter()
        .map(|w| w.value)
        .collect()
}

fn types(text: &str) -> Vec<&'static str> {
    facts(text)
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect()
}

#[test]
fn employment_types_from_fields_titles_and_role_phrases() {
    assert_eq!(
        types("# Nurse\n\nEmployment type: Full-time\n"),
        ["FULL_TIME"]
    );
    assert_eq!(types("# Summer Intern\n\nText.\n"), ["INTERN"]);
    assert_eq!(
        types("# Cashier\n\nThis is a part-time position.\n"),
        ["PART_TIME"]
    );
}

#[test]
fn a_type_standing_alone_is_stated() {
    assert_eq!(
        types("# Engineer\n\n## Job nature\n\n- Full-time\n\n## Pay\n\nGood.\n"),
        ["FULL_TIME"]
    );
    assert_eq!(
        types("# Engineer\n\nFull-time or not: Full-time\n"),
        ["FULL_TIME"]
    );
    assert_eq!(types("# Engineer\n\n• Internship.\n"), ["INTERN"]);
    // A heading names one of the roles a posting may list; a choice states neither.
    assert!(types("# Jobs\n\n## Part-time\n\nBaristas.\n").is_empty());
    assert!(types("# Engineer\n\n- Full-time or part-time\n").is_empty());
    assert!(types("# Engineer\n\n- Full-time students welcome to apply\n").is_empty());
    assert!(types("# Agent\n\nRequired experience: Internship\n").is_empty());
}

#[test]
fn federal_appointment_types_in_front_matter() {
    assert_eq!(
        types("---\ntitle: Engineer\nappointment type: perm\n---\nText.\n"),
        ["PERMANENT"]
    );
    // A term appointment is a fixed term, not a type: the schedule gives the type.
    let f =
        facts("---\ntitle: Engineer\nappointment type: term-limited\n---\nSchedule: full time.\n");
    let kinds: Vec<_> = f
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(kinds, ["FULL_TIME"]);
    assert_eq!(f.fixed_term.len(), 1, "{:?}", f.fixed_term);
    assert!(types("---\ntitle: Engineer\nappointment type: term\n---\nText.\n").is_empty());
    // "term" alone is not a type anywhere else.
    assert!(types("# Engineer\n\nSchedule: long term\n").is_empty());
}

#[test]
fn mentions_that_do_not_state_a_type() {
    assert!(types("# Tutor\n\nWe teach full-time students.\n").is_empty());
    assert!(types("# Cashier\n\nFull-time or part-time positions are available.\n").is_empty());
    assert!(types("# Cashier\n\nFull time / part time schedules.\n").is_empty());
}

#[test]
fn fixed_term_evidence() {
    assert!(
        !facts("# Analyst\n\nThis is a 6-month contract.\n")
            .fixed_term
            .is_empty()
    );
    // A length that is a range or a floor: "6-12 month contract", "6+ month assignment".
    for text in [
        "# Analyst\n\nThis is a 6-12 month contract.\n",
        "# Analyst\n\nLength: 6+ month assignment\n",
    ] {
        assert!(!facts(text).fixed_term.is_empty(), "{text:?}");
    }
    assert!(
        !facts("# Analyst\n\nThis is a term-limited appointment.\n")
            .fixed_term
            .is_empty()
    );
    assert!(
        facts("# Analyst\n\nThis is not a term-limited opportunity.\n")
            .fixed_term
            .is_empty()
    );
    assert!(
        facts("# Analyst\n\nEmployment type: Full-time\n")
            .fixed_term
            .is_empty()
    );
    // One choice of two is not the role's terms.
    for text in [
        "# Analyst\n\nThis position may be filled as a permanent or term appointment.\n",
        "# Analyst\n\nIs this a permanent or term appointment? Use either one.\n",
        "# Analyst\n\nHiring for a permanent/temporary position.\n",
    ] {
        assert!(facts(text).fixed_term.is_empty(), "{text}");
    }
    assert!(
        !facts("# Analyst\n\nThis is a permanent role. It starts as a term appointment.\n")
            .fixed_term
            .is_empty()
    );
}

#[test]
fn work_arrangements() {
    use crate::facts::WorkArrangement::*;
    let f = facts(
        "# Dev\n\nThis role is fully remote. You must be able to work on-site in our Denver office.\n",
    );
    let kinds: Vec<_> = f.work_arrangement.iter().map(|w| w.value).collect();
    assert!(
        kinds.contains(&FullyRemote) && kinds.contains(&OnsiteRequired),
        "{kinds:?}"
    );
    let f = facts("# Dev\n\nYou know hybrid cloud and remote sensing.\n");
    assert!(f.work_arrangement.is_empty(), "{:?}", f.work_arrangement);
    // After a hyphen too; a word that is no such thing still leaves the arrangement.
    let f = facts("# Dev\n\nYou build remote-sensing pipelines for hybrid environments.\n");
    assert!(f.work_arrangement.is_empty(), "{:?}", f.work_arrangement);
    let f = facts("# Dev\n\nWe are a remote-friendly team.\n");
    let kinds: Vec<_> = f.work_arrangement.iter().map(|w| w.value).collect();
    assert_eq!(kinds, vec![Remote]);
}

#[test]
fn a_workplace_fields_value_alone_states_the_arrangement() {
    use crate::facts::WorkArrangement::*;
    let kinds = arrangements;
    // A job board's field, and an ATS export's front matter, give the word alone.
    let body = "# Line Cook\n\nWorkplace Type: onsite\nLocation: Tulsa, OK\n\nPrep and grill.\n";
    assert_eq!(kinds(body), vec![Onsite]);
    let fm = "---\ntitle: Line Cook\nworkplaceType: OnSite\n---\n\nPrep and grill.\n";
    assert_eq!(kinds(fm), vec![Onsite]);
    let fm = "---\ntitle: Line Cook\nwork_arrangement: Hybrid\n---\n\nPrep and grill.\n";
    assert_eq!(kinds(fm), vec![Hybrid]);
    // Not a word alone, or not a workplace key: nothing new.
    let fm = "---\ntitle: Line Cook\nteam: onsite crew\n---\n\nPrep and grill.\n";
    assert!(kinds(fm).is_empty());
    let body = "# Line Cook\n\nWorkplace Type: onsite and remote days\n\nPrep and grill.\n";
    assert!(!kinds(body).contains(&Onsite));
    // A job board's chips, one a line: the word alone states it; a sentence does not.
    let page = "Line Cook\nTulsa, OK\nOn-site\nFull-time\n\nPrep and grill.\n";
    assert_eq!(kinds(page), vec![Onsite]);
    let page = "Line Cook\nTulsa, OK\nOn-site parking\nFull-time\n\nPrep and grill.\n";
    assert!(kinds(page).is_empty(), "{:?}", kinds(page));
    // A word in brackets ending a field's value or a heading; a place field holding the word.
    let field = "# Line Cook\n\nLocation: Tulsa, OK (On-site)\n\nPrep and grill.\n";
    assert_eq!(kinds(field), vec![Onsite]);
    let heading = "# Data Analyst (Hybrid)\n\nBuild the weekly sales reports.\n";
    assert_eq!(kinds(heading), vec![Hybrid]);
    let place = "# Line Cook\n\nWork Location: In person\n\nPrep and grill.\n";
    assert_eq!(kinds(place), vec![Onsite]);
    let alone = "# Clerk\n\nWork Model: Office-based\n\nFile the records.\n";
    assert_eq!(kinds(alone), vec![Onsite]);
    // Words in brackets that are not the word alone, and "office-based" in a sentence.
    let sentence =
        "# Clerk\n\nLocation: Tulsa, OK (on-site parking)\n\nOur office-based team files.\n";
    assert!(kinds(sentence).is_empty(), "{:?}", kinds(sentence));
}

/// A share of the week: a number, days or a percentage, and where, near it in its sentence.
#[test]
fn a_share_of_the_week_decides_between_hybrid_and_the_whole_week() {
    use crate::facts::WorkArrangement::*;
    let kinds = arrangements;
    for (text, want) in [
        // The place before the number, a few words away; a range; a number in words.
        (
            "Be at our Leeds office a minimum of 3 days per week.",
            Hybrid,
        ),
        ("Staff work in-office 2-3 days each week.", Hybrid),
        (
            "You would commute to the office four days per week.",
            Hybrid,
        ),
        ("Up to 40% remote, the rest with the crew.", Hybrid),
        // The whole working week at the office is on site, though the phrase says hybrid.
        ("You will work 5 days a week in the office.", Onsite),
        // Days of a month: part of the time.
        (
            "Expect to be on site 2 days per month for planning.",
            Hybrid,
        ),
        // Other languages, with their packs' words.
        (
            "Wir bieten bis zu 40 Prozent Homeoffice und ein tolles Team in Leipzig.",
            Hybrid,
        ),
        (
            "Homeoffice ca. 4 Tage/Monat ist möglich, der Rest im Team vor Ort in Kiel.",
            Hybrid,
        ),
        (
            "Vous serez au bureau 3 jours par semaine à Nantes, le reste en télétravail.",
            Hybrid,
        ),
        (
            "Trabajo presencial 3 días a la semana en nuestra oficina de Murcia.",
            Hybrid,
        ),
        ("Werken op kantoor 3 dagen per week in Utrecht.", Hybrid),
    ] {
        // `extract` names hybrid where any fact says it, else remote, else on site.
        let text = format!("# Planner\n\n{text}\n");
        let found = kinds(&text);
        let verdict = [Hybrid, Remote, Onsite]
            .into_iter()
            .find(|k| found.contains(k));
        assert_eq!(verdict, Some(want), "{text}: {found:?}");
    }
    // Not a share of the week: no word of where; a percentage of travel; a count of days off;
    // a week's coverage.
    for text in [
        "Office Coordinator, part-time, 3 days per week.",
        "The remote team plans 25% travel each quarter.",
        "Hours: 40 per week, on-site, 10% travel.",
        "Enjoy 25 days of paid leave and home office hardware.",
        "Our support desk answers 7 days a week.",
    ] {
        let text = format!("# Planner\n\n{text}\n");
        let found = kinds(&text);
        assert!(
            !found.contains(&Hybrid) && !found.contains(&Onsite),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_share_at_another_office_for_some_or_in_another_clause_is_no_hybrid() {
    use crate::facts::WorkArrangement::*;
    for (text, want) in [
        // Based at one office, a day at another: on site.
        (
            "The planner is based in our Tulsa office, with one day in the week in the Norman office.",
            vec![Onsite],
        ),
        // The week's days, and remote for all.
        (
            "We need you at least 4 days per week, remote is acceptable.",
            vec![Remote],
        ),
        // Remote for most; a share for those near the office is their option.
        (
            "We hire remote planners in Canada; candidates near our Halifax office will work in the office 2 days per week.",
            vec![Remote],
        ),
        // Based at an office, part of the week there: still hybrid (which `extract` names
        // over the on site of "based in").
        (
            "This role is based in our Tulsa office 3 days a week.",
            vec![Onsite, Hybrid],
        ),
    ] {
        let text = format!("# Planner\n\n{text}\n");
        assert_eq!(arrangements(&text), want, "{text}");
    }
}

#[test]
fn a_role_based_at_a_workplace_is_on_site() {
    use crate::facts::WorkArrangement::Onsite;
    for text in [
        "This position is based in our Omaha office.",
        "The role is based at our plant in Toledo, OH.",
        "You will be located at the Reno distribution center.",
    ] {
        let text = format!("# Planner\n\n{text}\n");
        assert_eq!(arrangements(&text), [Onsite], "{text}");
    }
    // A place that is no workplace says nothing.
    assert!(arrangements("# Planner\n\nWe are based in the Pacific Northwest.\n").is_empty());
}

#[test]
fn part_of_the_week_at_home_or_in_the_office_is_hybrid() {
    use crate::facts::WorkArrangement::Hybrid;
    for text in [
        "# Analyst\n\nYou will work 3 days a week in the office in Austin.\n",
        "# Analyst\n\nThe team in Austin works two days per week from home.\n",
        "# Analyst\n\nThe role is partially remote, with an office in Austin.\n",
    ] {
        let kinds: Vec<_> = facts(text)
            .work_arrangement
            .iter()
            .map(|w| w.value)
            .collect();
        assert!(kinds.contains(&Hybrid), "{text}: {kinds:?}");
    }
}

#[test]
fn seniority_from_title_fields_and_phrases() {
    use crate::facts::Seniority;
    assert_eq!(
        facts("# Junior Developer\n\nText.\n").seniority[0].value,
        Seniority::Junior
    );
    assert_eq!(
        facts("# Dev\n\nSeniority level: Entry level\n").seniority[0].value,
        Seniority::Entry
    );
    assert_eq!(
        facts("# Dev\n\nThis is an entry-level position.\n").seniority[0].value,
        Seniority::Entry
    );
    assert!(
        facts("# Dev\n\nYou will mentor junior staff.\n")
            .seniority
            .is_empty()
    );
    assert_eq!(
        facts("# Jr. Developer\n\nText.\n").seniority[0].value,
        Seniority::Junior
    );
    // A requisition number is not a level.
    assert!(
        facts("# JR0071210 - Data Scientist\n\nText.\n")
            .seniority
            .is_empty()
    );
    // A title named in a sentence states its level; the rest of its paragraph does not
    // ("a senior baker" there is who trains you).
    let f = facts("We bake at dawn. As a Junior Baker, you learn from a senior baker.\n");
    let levels: Vec<_> = f.seniority.iter().map(|s| s.value).collect();
    assert_eq!(levels, [Seniority::Junior]);
}

#[test]
fn a_level_word_that_ends_a_title_is_the_role_itself() {
    use crate::facts::Seniority;
    let level = |text: &str| facts(text).seniority.first().map(|s| s.value);
    // The role ("Dock Associate", "Kitchen Staff") names no level ...
    assert_eq!(level("# Dock Associate\n\nLoad trailers.\n"), None);
    assert_eq!(
        level("# Retail Associate, Part-Time\n\nStock shelves.\n"),
        None
    );
    assert_eq!(level("# Kitchen Staff (Evenings)\n\nPrep.\n"), None);
    assert_eq!(level("# Account Executive\n\nSell.\n"), None);
    // A grade after it does not make it a rank.
    assert_eq!(
        level("# Warehouse Associate II - 2nd Shift\n\nMove pallets.\n"),
        None
    );
    // ... where the same word before another does, and a level named beside it still counts.
    assert_eq!(
        level("# Associate Data Engineer\n\nBuild.\n"),
        Some(Seniority::Mid)
    );
    assert_eq!(
        level("# Senior Dock Associate\n\nLead.\n"),
        Some(Seniority::Senior)
    );
    // First in the title, it is a rank.
    assert_eq!(
        level("# Associate, Tax Advisory\n\nAdvise.\n"),
        Some(Seniority::Mid)
    );
    // A seniority field's value is a level whatever its place.
    assert_eq!(
        level("# Packer\n\nSeniority level: Associate\n"),
        Some(Seniority::Mid)
    );
}

#[test]
fn the_level_of_whom_a_role_serves_is_not_the_roles() {
    use crate::facts::Seniority;
    let level = |text: &str| facts(text).seniority.first().map(|s| s.value);
    assert_eq!(
        level("# Executive Assistant to the CEO\n\nKeep calendars.\n"),
        None
    );
    assert_eq!(
        level("# Assistant to the Director of Nursing\n\nFile.\n"),
        None
    );
    // A level named before it is still the role's.
    assert_eq!(
        level("# Senior Executive Assistant to the CFO\n\nPlan.\n"),
        Some(Seniority::Senior)
    );
    assert_eq!(
        level("# Chief of Staff to the CTO\n\nRun.\n"),
        Some(Seniority::Executive)
    );
    // A "to" that a level does not follow names no one ("Record to Report", a process).
    assert_eq!(
        level("# Record to Report Operations Manager\n\nClose.\n"),
        Some(Seniority::Lead)
    );
    // Nor does a "to" in another chip of the title's lines.
    assert_eq!(
        level("Payments Developer\nContract to hire · Mid-Senior level\n\nBuild.\n"),
        Some(Seniority::Mid)
    );
    // Outside a title "to" means nothing to the level.
    assert_eq!(
        level("# Packer\n\nSeniority level: Director\n"),
        Some(Seniority::Executive)
    );
}

#[test]
fn front_matter_keys_in_their_real_spellings() {
    // "appointment type" with a space, as real repositories write it.
    let f = facts("---\ntitle: Analyst\nappointment type: term\n---\nText.\n");
    assert_eq!(f.fixed_term.len(), 1, "{:?}", f.fixed_term);
    let f = facts("---\ntitle: Analyst\nWork-Schedule: Full time\n---\nText.\n");
    assert_eq!(f.employment_types[0].value.as_str(), "FULL_TIME");
}

#[test]
fn a_prospect_of_a_permanent_role_is_not_a_permanent_role() {
    let f = facts("# Marketing Intern\n\nJoin us as an intern with a view to a permanent role.\n");
    let kinds: Vec<_> = f
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    // The title and "as an intern" state it; the prospect states nothing.
    assert_eq!(kinds, ["INTERN", "INTERN"]);
    let f = facts("# Analyst\n\nThis is a permanent position on our team.\n");
    assert_eq!(f.employment_types[0].value.as_str(), "PERMANENT");
}

#[test]
fn chinese_employment_types() {
    assert_eq!(types("# 后端工程师\n\n工作类型：全职\n"), ["FULL_TIME"]);
    assert_eq!(types("# 后端工程师\n\n是否全职：是\n"), ["FULL_TIME"]);
    assert!(types("# 后端工程师\n\n是否全职：否\n").is_empty());
    assert_eq!(types("# 前端实习生\n\n欢迎在校学生。\n"), ["INTERN"]);
    assert_eq!(
        types("# 设计师\n\n工作性质：兼职，每周两天。\n"),
        ["PART_TIME"]
    );
    // Running text and headings may list several roles.
    assert!(types("# 招聘\n\n## 全职部分\n\n我们暂时只开放全职职位。\n").is_empty());
    assert!(types("# 设计师\n\n是否全职：全职 兼职 实习\n").is_empty());
    assert!(types("# 设计师\n\n工作方式：全职或者兼职\n").is_empty());
    assert!(types("# [远程全职兼职] 设计师\n\n欢迎。\n").is_empty());
    assert_eq!(
        types("# 设计师\n\n是否全职：是（也可兼职）\n"),
        ["FULL_TIME"]
    );
    assert!(types("# 设计师\n\n工作内容：和全职部分相同。\n").is_empty());
    // A choice states neither.
    assert!(types("# 设计师\n\n全职/兼职均可。\n").is_empty());
}

#[test]
fn a_type_in_who_is_sought_and_in_field_values_with_underscores() {
    assert_eq!(
        types("# Analyst\n\nAcme is seeking a part-time Client Support Analyst.\n"),
        ["PART_TIME"]
    );
    assert_eq!(
        types("# Analyst\n\nWe are hiring a full-time analyst to join us.\n"),
        ["FULL_TIME"]
    );
    assert_eq!(
        types("---\njob_type: full_time\n---\n\n# Analyst\n\nText.\n"),
        ["FULL_TIME"]
    );
    // Seeking full-time students is not the role's type.
    assert!(types("# Tutor\n\nWe tutor full-time students.\n").is_empty());
}

#[test]
fn contract_words_of_other_languages_from_the_vocabulary() {
    let fr = "# Technicien de maintenance (H/F)\n\nNous recherchons un technicien pour notre atelier de Lyon, dans une équipe de six personnes.\n\nType de contrat : Contrat à durée déterminée - 6 mois\n\nDurée du travail : 35H (Temps plein)\n";
    let got = types(fr);
    assert!(
        got.contains(&"TEMPORARY") && got.contains(&"FULL_TIME"),
        "{got:?}"
    );
    // A fixed-term contract makes the role fixed-term.
    assert!(!facts(fr).fixed_term.is_empty());
    let de = "# Pflegefachkraft (m/w/d)\n\nWir suchen eine engagierte Pflegefachkraft für unser Team in der Innenstadt.\n\n- Unbefristete Vollzeitstelle\n- 30 Tage Urlaub\n";
    let got = types(de);
    assert!(
        got.contains(&"FULL_TIME") && got.contains(&"PERMANENT"),
        "{got:?}"
    );
    // Not the fixed term of "befristet" inside "Unbefristete".
    assert!(!got.contains(&"TEMPORARY"), "{got:?}");
    // A long line of a company's blurb lists every contract it recruits for: no type.
    let blurb = "# Soudeur (H/F)\n\nNotre agence, spécialiste du recrutement en CDI, CDD et intérim depuis trente ans dans toute la région, recherche des profils variés pour ses clients.\n";
    assert!(types(blurb).is_empty(), "{:?}", types(blurb));
    // In an English posting "CDD" is Customer Due Diligence and "B2B" a kind of business.
    let en = "# Onboarding Analyst\n\nYou will run customer onboarding for our clients.\n\n- Complete Customer Due Diligence (CDD)\n- Prior experience in a B2B role\n";
    assert!(types(en).is_empty(), "{:?}", types(en));
    // Case is ignored beyond ASCII ("À", "É"), and a line with words of two types states both.
    let caps = "# Comptable (H/F)\n\nNous recherchons un comptable pour notre cabinet de Nantes, au sein d'une petite équipe.\n\nCONTRAT À DURÉE DÉTERMINÉE, TEMPS PLEIN\n";
    let got = types(caps);
    assert!(
        got.contains(&"TEMPORARY") && got.contains(&"FULL_TIME"),
        "{got:?}"
    );
}

#[test]
fn type_names_are_the_names_of_all_types() {
    use strum::IntoEnumIterator;
    let names: Vec<&str> = EmploymentType::iter().map(|t| t.as_str()).collect();
    assert_eq!(names, crate::facts::EMPLOYMENT_TYPES);
    for t in EmploymentType::iter() {
        assert_eq!(EmploymentType::from_name(t.as_str()), Some(t));
    }
    assert_eq!(EmploymentType::from_name("full_time"), None);
}

#[test]
fn chips_on_lines_of_their_own_are_stated() {
    // A copied job page runs its chips together, line by line.
    assert_eq!(
        types("# Deckhand\n\nSeattle, WA\nHybrid\nFull-time\nApply\n\nKeep the deck safe.\n"),
        ["FULL_TIME"]
    );
    // A type word inside a sentence of a run of lines is not a chip.
    assert!(types("# Deckhand\n\nWe run ferries\nfull time and more\n").is_empty());
}

/// A line of chips between dots or bars, and a word in brackets that ends a chip ("Springfield,
/// IL (On-site)"), states the terms and the arrangement.
#[test]
fn the_parts_of_a_line_of_chips_are_chips() {
    let read = |text: &str| {
        let f = facts(text);
        let kinds: Vec<_> = f.work_arrangement.iter().map(|w| w.value).collect();
        let types: Vec<_> = f
            .employment_types
            .iter()
            .map(|t| t.value.as_str())
            .collect();
        (kinds, types)
    };
    assert_eq!(
        read(
            "# Deli Clerk\n\nNorthwind Grocers · Springfield, IL (On-site)\n\nSlice meats and help customers choose.\n"
        ),
        (vec![WorkArrangement::Onsite], vec![])
    );
    assert_eq!(
        read(
            "# Data Analyst\n\n**Harbor Point Analytics** · Hybrid (Denver, CO) · Full-time\n\nBuild dashboards for our clients.\n"
        ),
        (vec![WorkArrangement::Hybrid], vec!["FULL_TIME"])
    );
    // A sentence with a dot in it is no line of chips, nor a bracket inside a sentence.
    assert_eq!(
        read(
            "# Deli Clerk\n\nOur store · open since 1990 · hires people who like full time work.\n\nWe slice meats (Full-time) and serve the lunch crowd.\n"
        ),
        (vec![], vec![])
    );
}

/// A level between a job board's separators is the posting's level, as one alone on its line.
#[test]
fn a_level_among_a_lines_chips_is_stated() {
    use crate::facts::Seniority;
    let levels =
        |text: &str| -> Vec<Seniority> { facts(text).seniority.iter().map(|s| s.value).collect() };
    assert_eq!(
        levels(
            "# Payments Developer\n\nContract to hire · Mid-Senior level\n\nBuild the ledger service.\n"
        ),
        [Seniority::Mid]
    );
    assert_eq!(
        levels(
            "# Payments Developer\n\nHybrid | Entry level | Full-time\n\nBuild the ledger service.\n"
        ),
        [Seniority::Entry]
    );
    // A level word in a part that says more is no chip.
    assert!(
        levels("# Payments Developer\n\nAcme · reports to the Director of Finance\n\nBuild.\n")
            .is_empty()
    );
}

#[test]
fn a_summer_student_or_an_internship_co_op_is_an_internship() {
    assert_eq!(
        types("# Summer Student - Ferry Scheduler\n\nPlan sailings.\n"),
        ["INTERN"]
    );
    // Two words of one type are no choice between types.
    assert_eq!(
        types("# Scheduler\n\nOur 2026 Internship/Co-op Opportunity starts in May.\n"),
        ["INTERN"]
    );
    assert!(types("# Scheduler\n\nThe role is full-time or part-time.\n").is_empty());
}

#[test]
fn a_working_student_or_a_minijob_is_part_time() {
    assert_eq!(
        types(
            "# Werkstudent*in Kundenservice (m/w/d)\n\nDu unterstützt unser Team in Leipzig an zwei Tagen pro Woche neben deinem Studium.\n"
        ),
        ["PART_TIME"]
    );
    assert_eq!(
        types(
            "# Aushilfe Empfang (m/w/d) Minijob\n\nWir suchen Unterstützung für unseren Empfang in der Innenstadt, jeweils am Vormittag.\n"
        ),
        ["PART_TIME"]
    );
}

#[test]
fn short_term_employment_by_law_is_temporary() {
    let text = "# Aushilfe Zählung (m/w/d)\n\nWir suchen Unterstützung für eine Verkehrszählung in Kassel.\n\n- Zeitraum: 02.03.2026 - 30.10.2026\n- kurzfristige Beschäftigung\n";
    assert_eq!(types(text), ["TEMPORARY"]);
    let f = facts(text);
    assert!(!f.fixed_term.is_empty(), "{:?}", f.fixed_term);
    // Its dates state its length: nothing for `duration/missing` to ask.
    assert_eq!(f.date_ranges.len(), 1, "{:?}", f.date_ranges);
}

#[test]
fn a_type_beside_a_noun_for_a_job_in_running_text() {
    // Long lines of running text, where a pack's type word alone is not enough.
    assert_eq!(
        types(
            "# Adviseur\n\nVoor ons team in Utrecht zoeken wij versterking. Het gaat om een full-time functie voor een langere periode, met veel ruimte voor eigen initiatief.\n"
        ),
        ["FULL_TIME"]
    );
    assert_eq!(
        types(
            "# Berater (m/w/d)\n\nFür unser Büro in Hamburg suchen wir dich ab sofort für eine Stelle in Teilzeit, mit flexiblen Arbeitszeiten und einem netten Team.\n"
        ),
        ["PART_TIME"]
    );
    assert_eq!(
        types(
            "# Técnico\n\nEn nuestra oficina de Sevilla ofrecemos un puesto de trabajo a jornada completa, con formación continua y un equipo joven y dinámico.\n"
        ),
        ["FULL_TIME"]
    );
    // An English type word is a whole word: "intern" is not "internazionale".
    assert!(
        types("# Sviluppatore\n\nCerchiamo persone con esperienza di lavoro internazionale e ottima conoscenza della lingua inglese per il nostro team di Milano.\n")
            .is_empty()
    );
}

#[test]
fn a_working_week_states_full_or_part_time() {
    assert_eq!(
        types(
            "# Buchhalter (m/w/d)\n\nDie Einstufung erfolgt nach Kollektivvertrag; wir bieten ein Einstiegsgehalt für 38,5h/Woche in unserem Büro in Graz und viel mehr.\n"
        ),
        ["FULL_TIME"]
    );
    assert_eq!(
        types(
            "# Aushilfe (m/w/d)\n\nDu arbeitest 15 bis 20 Stunden pro Woche in unserem Laden in Köln, gern auch am Samstag, und wirst gut eingearbeitet.\n"
        ),
        ["PART_TIME"]
    );
    assert_eq!(
        types(
            "# Comptable (H/F)\n\nLe poste est basé à Nantes, avec 35 heures hebdomadaires, des tickets restaurant et une mutuelle d'entreprise très complète.\n"
        ),
        ["FULL_TIME"]
    );
    // Neither: between part- and full-time.
    assert!(types("# Verkäufer (m/w/d)\n\nDie Arbeitszeit liegt zwischen 32 Stunden pro Woche und mehr, je nach Absprache mit dem Team in Bremen.\n").is_empty());
    // In an English posting the week counts only where no type word says the type.
    assert_eq!(
        types(
            "# Cashier\n\nYou will work about 40 hours per week at our store in Denver, with weekend shifts and a friendly team.\n"
        ),
        ["FULL_TIME"]
    );
    assert_eq!(
        types("# Cashier\n\nA part-time job: you will work about 40 hours per week in December.\n"),
        ["PART_TIME"]
    );
}

#[test]
fn a_working_week_as_a_fields_value_states_the_type() {
    // The week is the value of a label ("Arbeitszeit:", "Hours:"), not running text.
    assert_eq!(
        types(
            "# Buchhalter (m/w/d)\n\nWir suchen Verstärkung für unser Büro in Wien und freuen uns auf Ihre Bewerbung.\n\nArbeitszeit: 40 Stunden pro Woche\n"
        ),
        ["FULL_TIME"]
    );
    assert_eq!(
        types(
            "# Cashier\n\nJoin the team of our store in Denver, where you will serve customers and keep the shelves tidy.\n\nHours: 20 hours per week\n"
        ),
        ["PART_TIME"]
    );
}

#[test]
fn the_role_named_as_an_intern_in_running_text_is_an_internship() {
    assert_eq!(
        types("Welcome\n\nAs a Logistics Intern, you will plan the routes of our vans.\n"),
        ["INTERN"]
    );
    assert_eq!(
        types("Welcome\n\nWe are seeking curious and driven Marine Biology Interns to join us.\n"),
        ["INTERN"]
    );
    // Interns as people the team works with, or a past internship, name no role.
    assert!(types("Welcome\n\nYou will mentor our interns and review their work.\n").is_empty());
    assert!(types("Welcome\n\nWe are hiring engineers who mentor Interns.\n").is_empty());
}

#[test]
fn a_chip_of_the_terms_and_the_hours_is_stated() {
    assert_eq!(
        types(
            "# Ferry Scheduler (Student Position)\n\nHalifax, NS\nTemporary Full Time\n\nPlan sailings.\n"
        ),
        ["TEMPORARY", "FULL_TIME"]
    );
}

#[test]
fn a_part_between_bars_and_a_job_type_sentence_state_the_type() {
    assert_eq!(
        types(
            "# Ledger Analyst\n\nLedger Analyst | Full time | Experience: 2-4 years\n\nClose the books.\n"
        ),
        ["FULL_TIME"]
    );
    assert_eq!(
        types("# Ledger Analyst\n\nMatches your job preferences, job type is Part-time.\n"),
        ["PART_TIME"]
    );
}

#[test]
fn an_english_working_week_states_the_type_when_no_word_does() {
    assert_eq!(
        types(
            "# Help Desk Technician\n\nWork a minimum of 40 hours per work week, Monday to Friday.\n"
        ),
        ["FULL_TIME"]
    );
    // A type stated in words wins over the week.
    assert_eq!(
        types("# Help Desk Technician\n\nThis is a contract role, 40 hours per week.\n"),
        ["CONTRACTOR"]
    );
}

#[test]
fn fixed_term_words_are_whole_words() {
    // "5 years program|ming", "Contract Ro|les": a word that only starts like one states nothing.
    for text in [
        "# Tester\n\nYou have 2-5 years programming experience.\n",
        "# Tester\n\nFull-time employee benefits (not for intern or contract roles).\n",
    ] {
        assert!(facts(text).fixed_term.is_empty(), "{text}");
    }
    assert!(
        !facts("# Tester\n\nThis is a contract role.\n")
            .fixed_term
            .is_empty()
    );
}

#[test]
fn the_gender_neutral_working_student_is_part_time() {
    assert_eq!(
        types(
            "# Werkstudierende im Einkauf (m/w/d)\n\nDu unterstützt unser Team in Kassel an zwei Tagen pro Woche neben deinem Studium.\n"
        ),
        ["PART_TIME"]
    );
    assert_eq!(
        types(
            "# Deine Werkstudierendenstelle im Marketing (m/w/d)\n\nDu planst mit uns Kampagnen für Bremen.\n"
        ),
        ["PART_TIME"]
    );
}

#[test]
fn the_last_part_of_a_compound_names_the_kind_of_contract() {
    // Swedish "heltidsvikariat": full-time + substitute post, a temporary post.
    let sv = "# Receptionist\n\nVi söker en receptionist till vårt kontor i Uppsala.\n\nAnställningsform: Heltidsvikariat\n";
    assert_eq!(types(sv), ["TEMPORARY"]);
    assert!(!facts(sv).fixed_term.is_empty());
    // A word that only starts with a type word keeps it ("Heltidstjänst" is full-time).
    let whole = "# Receptionist\n\nVi söker en receptionist till vårt kontor i Uppsala.\n\nOmfattning: Heltidstjänst\n";
    assert_eq!(types(whole), ["FULL_TIME"]);
}

#[test]
fn a_job_noun_at_the_end_of_a_compound_counts_in_running_text() {
    // Swedish "tillsvidareanställning" (open-ended + employment) ends in a job noun: the
    // hours after it are the role's, in a line of running text.
    let sv = "# Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i Uppsala och erbjuder en tillsvidareanställning på heltid med start i januari.\n";
    assert!(types(sv).contains(&"FULL_TIME"), "{:?}", types(sv));
    // A type word joined to the noun by a linking s ("heltid" + "s" + "anställning").
    let glued = "# Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i Uppsala och erbjuder en heltidsanställning med start i januari.\n";
    assert_eq!(types(glued), ["FULL_TIME"]);
    // Without a job noun, a type word in running text states nothing.
    let bare = "# Lagerarbetare\n\nVi söker en lagerarbetare till vårt lager i Uppsala och du arbetar gärna med oss på heltid från och med januari.\n";
    assert!(types(bare).is_empty(), "{:?}", types(bare));
}

#[test]
fn a_permanent_and_a_fixed_term_contract_side_by_side_state_neither() {
    // An offer of either contract: neither is the role's.
    let pt = "# Desenvolvedor Backend\n\nProcuramos uma pessoa desenvolvedora para o nosso time em Curitiba.\n\n## Contratação\n\n- CLT ou PJ\n";
    let f = facts(pt);
    assert!(f.employment_types.is_empty(), "{:?}", types(pt));
    assert!(f.fixed_term.is_empty());
    // The same choice inside a long line of running text.
    let long = "# Desenvolvedor Backend\n\nProcuramos uma pessoa desenvolvedora para o nosso time em Curitiba.\n\n- Salário de R$ 9.000,00 no regime PJ ou R$ 6.500,00 no regime CLT, conforme a experiência da pessoa candidata.\n";
    assert!(facts(long).fixed_term.is_empty(), "{:?}", types(long));
    // An agency's name that lists what it places: the hours still count.
    let fr = "# Cariste (H/F)\n\nNous recherchons un cariste pour un entrepôt de Rennes.\n\nDurée du travail : 35H Temps plein\n\nEntreprise\nALPHA TRAVAIL CDI CDD\n";
    let f = facts(fr);
    assert_eq!(types(fr), ["FULL_TIME"]);
    assert!(f.fixed_term.is_empty());
    // One contract and the hours on one line are both stated.
    let one = "# Cariste (H/F)\n\nNous recherchons un cariste pour un entrepôt de Rennes.\n\nContrat : CDD, temps plein\n";
    let got = types(one);
    assert!(
        got.contains(&"TEMPORARY") && got.contains(&"FULL_TIME"),
        "{got:?}"
    );
}

#[test]
fn a_type_that_is_wished_for_is_not_stated() {
    let nl = "# Ontwikkelaar\n\nVoor ons kantoor in Zwolle zoeken wij een ontwikkelaar.\n\n* Liefst fulltime beschikbaar\n* Kennis van SQL\n";
    assert!(types(nl).is_empty(), "{:?}", types(nl));
    let de = "# Sachbearbeiter Einkauf (m/w/d)\n\nFür unser Büro in Erfurt suchen wir dich für eine Stelle vorzugsweise in Vollzeit, mit flexiblen Arbeitszeiten und einem netten Team.\n";
    assert!(types(de).is_empty(), "{:?}", types(de));
    // Without the wish the same line states the type.
    let stated = "# Ontwikkelaar\n\nVoor ons kantoor in Zwolle zoeken wij een ontwikkelaar.\n\n* Fulltime beschikbaar\n* Kennis van SQL\n";
    assert_eq!(types(stated), ["FULL_TIME"]);
}

/// A posting in a language other than English: a paragraph long enough for the language
/// detector, then `terms`.
fn posting(title: &str, intro: &str, terms: &str) -> Facts {
    facts(&format!("# {title}\n\n{intro}\n\n{terms}\n"))
}

/// The employment types found, a run of the same one counted once.
fn distinct_types(f: &Facts) -> Vec<&'static str> {
    let mut kinds: Vec<_> = f
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    kinds.dedup();
    kinds
}

#[test]
fn a_fixed_term_contract_with_a_prospect_of_a_permanent_one_is_fixed_term_in_every_language() {
    let cases = [
        (
            "Sachbearbeiter Buchhaltung (m/w/d)",
            "Wir sind ein mittelständischer Hersteller von Gartenmöbeln und suchen für unsere Buchhaltung eine sorgfältige Verstärkung, die gerne mit Zahlen arbeitet.",
            "- Befristet, Übernahme in ein unbefristetes Arbeitsverhältnis möglich",
        ),
        (
            "Comptable fournisseurs (H/F)",
            "Nous sommes un fabricant familial de meubles de jardin et nous recherchons pour notre service comptable une personne rigoureuse qui aime travailler avec les chiffres.",
            "Contrat : CDD de 6 mois, possibilité de CDI.",
        ),
        (
            "Contable de proveedores",
            "Somos un fabricante familiar de muebles de jardín y buscamos para nuestro departamento de contabilidad una persona rigurosa a la que le gusten los números.",
            "Ofrecemos un contrato temporal de 6 meses con posibilidad de pasar a contrato indefinido.",
        ),
        (
            "Contabile fornitori",
            "Siamo un'azienda familiare che produce mobili da giardino e cerchiamo per il nostro ufficio contabilità una persona precisa che ami lavorare con i numeri.",
            "Offriamo un contratto a tempo determinato di 12 mesi, con possibilità di trasformazione a tempo indeterminato.",
        ),
        (
            "Crediteurenadministrateur",
            "Wij zijn een familiebedrijf dat tuinmeubelen maakt en zoeken voor onze financiële administratie een nauwkeurige collega die graag met cijfers werkt.",
            "Je krijgt een tijdelijk contract van 6 maanden met uitzicht op een vast contract.",
        ),
        (
            "Księgowy",
            "Jesteśmy rodzinnym producentem mebli ogrodowych i szukamy do naszego działu księgowości dokładnej osoby, która lubi pracować z liczbami.",
            "Oferujemy umowę na czas określony na 6 miesięcy z możliwością zatrudnienia na czas nieokreślony.",
        ),
        (
            "Assistente de contas a pagar",
            "Somos um fabricante familiar de móveis de jardim e procuramos para o nosso departamento de contabilidade uma pessoa rigorosa que goste de trabalhar com números.",
            "Contrato temporário de 6 meses com possibilidade de contratação CLT.",
        ),
        (
            "Ekonomiassistent",
            "Vi är en familjeägd tillverkare av trädgårdsmöbler och söker till vår ekonomiavdelning en noggrann kollega som gillar att arbeta med siffror.",
            "Tjänsten är ett vikariat på 6 månader med möjlighet till tillsvidareanställning.",
        ),
    ];
    for (title, intro, terms) in cases {
        let f = posting(title, intro, terms);
        assert_eq!(distinct_types(&f), ["TEMPORARY"], "{terms}");
        assert!(!f.fixed_term.is_empty(), "{terms}");
    }
    // English, as the pack's words say it.
    let f = facts("# Analyst\n\nA 6-month fixed-term contract with a view to a permanent role.\n");
    assert!(!f.fixed_term.is_empty());
    assert!(
        f.employment_types
            .iter()
            .all(|t| t.value.as_str() != "PERMANENT")
    );
}

#[test]
fn a_permanent_contract_without_a_prospect_word_stays_permanent() {
    let f = posting(
        "Sachbearbeiter Buchhaltung (m/w/d)",
        "Wir sind ein mittelständischer Hersteller von Gartenmöbeln und suchen für unsere Buchhaltung eine sorgfältige Verstärkung, die gerne mit Zahlen arbeitet.",
        "- Unbefristet, in Vollzeit",
    );
    let kinds: Vec<_> = f
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(kinds, ["PERMANENT", "FULL_TIME"]);
    assert!(f.fixed_term.is_empty());
}

#[test]
fn a_type_that_ends_beside_its_length_states_the_terms_in_running_text() {
    let intro = "Wir sind ein mittelständischer Hersteller von Gartenmöbeln und suchen für unsere Buchhaltung eine sorgfältige Verstärkung, die gerne mit Zahlen arbeitet und im Team mitdenkt.";
    for terms in [
        "Die Tätigkeit ist zunächst auf 12 Monate befristet, weil eine Kollegin in Elternzeit geht und danach zurückkehrt.",
        "Wir bieten dir einen Vertrag, befristet auf 12 Monate, weil eine Kollegin in Elternzeit geht und danach zurückkehrt.",
    ] {
        let f = posting("Sachbearbeiter Buchhaltung (m/w/d)", intro, terms);
        assert_eq!(distinct_types(&f), ["TEMPORARY"], "{terms}");
    }
}

/// A posting reads the words of its own languages' packs and English: a Swedish internship
/// word is not the start of a German word for practices, and French contract words count in
/// the French half of a bilingual posting.
#[test]
fn a_posting_reads_the_packs_of_its_languages() {
    let german = posting(
        "Datenanalyst (m/w/d)",
        "Wir sind ein Versandhändler für Fahrradteile und suchen für unser Controlling eine Person, die Zahlen liebt und gerne mit anderen Abteilungen spricht.",
        "- Erfahrung mit bewährten Praktiken der Datenpflege\n- Unbefristet, in Vollzeit",
    );
    assert!(german.fixed_term.is_empty(), "{:?}", german.fixed_term);
    assert_eq!(distinct_types(&german), ["PERMANENT", "FULL_TIME"]);

    let english = "We run a small chain of bicycle repair shops and are looking for a mechanic who enjoys fixing things and explaining them to customers at the counter.";
    let french = "Nous tenons une petite chaîne d'ateliers de réparation de vélos et cherchons un mécanicien qui aime réparer et expliquer son travail aux clients au comptoir.";
    let text = format!(
        "# Bicycle mechanic\n\n{english} {english}\n\n## En français\n\n{french} {french}\n\n- Poste en CDD de 6 mois\n"
    );
    let f = facts(&text);
    assert_eq!(
        distinct_types(&f),
        ["TEMPORARY"],
        "{:?}",
        f.employment_types
    );
    // The same words in an English posting are not a French contract ("customer due
    // diligence", CDD).
    let english_only = format!(
        "# Compliance analyst\n\n{english}\n\n- Run CDD checks on new clients for 6 months of onboarding\n"
    );
    assert!(facts(&english_only).employment_types.is_empty());
}

#[test]
fn full_time_and_part_time_named_together_in_a_pack_are_a_choice() {
    let de = "# Sachbearbeiter Einkauf (m/w/d)\n\nFür unser Büro in Erfurt suchen wir eine engagierte Kollegin oder einen engagierten Kollegen für den Einkauf.\n\nArbeitszeit: Vollzeit oder Teilzeit\n";
    let got = types(de);
    assert!(
        !got.contains(&"FULL_TIME") && !got.contains(&"PART_TIME"),
        "{got:?}"
    );
    // Named apart, each is stated.
    let sv = "# Lagerarbeitare\n\nVi söker en lagerarbetare till vårt lager i Uppsala med start i januari nästa år.\n\n- Omfattning: heltid\n- Helger: deltid under sommaren, med möjlighet till fler timmar efter överenskommelse\n";
    let got = types(sv);
    assert!(
        got.contains(&"FULL_TIME") && got.contains(&"PART_TIME"),
        "{got:?}"
    );
}

#[test]
fn hours_and_terms_named_together_are_both_stated_not_a_choice() {
    for line in [
        "Full-time, permanent",
        "Permanent, full-time",
        "Job type: Full time/Permanent",
        "Employment type: Full-time / Permanent",
    ] {
        let got = types(&format!("# Engineer\n\nOffice: Leeds\n\n{line}\n"));
        assert!(got.contains(&"FULL_TIME"), "{line}: {got:?}");
        assert!(got.contains(&"PERMANENT"), "{line}: {got:?}");
    }
    assert_eq!(
        types("# Engineer\n\nJob type: Part-time, temporary\n"),
        // The terms first, as a JSON-LD list reads (`extract` shows TEMPORARY).
        ["TEMPORARY", "PART_TIME"]
    );
    // Two hours or two terms remain a choice.
    assert!(types("# Engineer\n\nJob type: Permanent or contract\n").is_empty());
    assert!(types("# Engineer\n\nJob type: Full-time / part-time\n").is_empty());
}

/// The seniority, arrangement and fixed-term words are the English pack's: phrases that may
/// go on ("telecommut*"), spaced phrases and the slots of an obligation to be on site.
#[test]
fn the_english_packs_seniority_arrangement_and_fixed_term_words() {
    use crate::facts::Seniority;
    use crate::facts::WorkArrangement::*;
    let level = |text: &str| facts(text).seniority.first().map(|s| s.value);
    assert_eq!(
        level("# Mid-Senior Analyst\n\nText.\n"),
        Some(Seniority::Mid)
    );
    assert_eq!(level("# Sr. Buyer\n\nText.\n"), Some(Seniority::Senior));
    assert_eq!(
        level("# VP of Sales\n\nText.\n"),
        Some(Seniority::Executive)
    );
    assert_eq!(
        level("# Buyer\n\nWe welcome new graduate candidates.\n"),
        None,
        "no word before the level"
    );
    assert_eq!(
        level("# Buyer\n\nThis is a new graduate role in our team.\n"),
        Some(Seniority::Entry)
    );
    assert_eq!(
        level("# Buyer\n\nEntry-level position in purchasing.\n"),
        Some(Seniority::Entry)
    );

    let arrangement = |text: &str| {
        let f = facts(text);
        let text = text.to_string();
        f.work_arrangement
            .iter()
            .map(|w| (w.value, text[w.span.range()].to_string()))
            .collect::<Vec<_>>()
    };
    // A word that may go on is found whole.
    assert_eq!(
        arrangement("# Clerk\n\nTelecommuting is welcome.\n"),
        [(Remote, "Telecommuting".to_string())]
    );
    assert_eq!(
        arrangement("# Clerk\n\nWe are remote first and proud.\n"),
        [(FullyRemote, "remote first".to_string())]
    );
    assert_eq!(
        arrangement("# Clerk\n\nYou will need to report in our warehouses daily.\n"),
        [(
            OnsiteRequired,
            "will need to report in our warehouse".to_string()
        )]
    );
    assert_eq!(
        arrangement("# Clerk\n\nRelocation to Lower Fenwick is required.\n"),
        [(
            OnsiteRequired,
            "Relocation to Lower Fenwick is required".to_string()
        )]
    );
    assert_eq!(
        arrangement("# Clerk\n\nSorry, no remote options.\n"),
        [
            (OnsiteRequired, "no remote options".to_string()),
            (Remote, "remote".to_string())
        ]
    );

    let fixed = |text: &str| {
        facts(text)
            .fixed_term
            .iter()
            .map(|f| f.value.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        fixed("# Guide\n\nA twelve-month placement at our lodge.\n"),
        ["twelve-month placement"]
    );
    assert_eq!(
        fixed("# Guide\n\nWe offer a 3 – 6 months programme.\n"),
        ["3 – 6 months programme"]
    );
    assert!(fixed("# Guide\n\nThis is no longer a seasonal position.\n").is_empty());
    assert!(fixed("# Guide\n\nA permanent or an NTE appointment.\n").is_empty());
    assert_eq!(
        fixed("---\ntitle: Guide\nappointment_type: This is a temporary post\n---\nText.\n"),
        ["This is a temporary post"]
    );
    // "Contract" that names the work is no contract type.
    assert!(types("# Contract Negotiator\n\nText.\n").is_empty());
    assert_eq!(types("# Contract Buyer\n\nText.\n"), ["CONTRACTOR"]);
}

/// A user's pack adds words to these keys for its language, as to every other key.
#[test]
fn a_users_pack_adds_seniority_words() {
    let text = "# Schichtführung Versand (m/w/d)\n\nWir sind ein Versandhändler für Fahrradteile und suchen für unser Lager eine Person, die Verantwortung übernimmt und gerne mit anderen Abteilungen spricht.\n";
    let f = crate::facts::facts_with_pack(
        "mine/vocab/lang/de.yaml",
        "language: de\nname: German\ndetector: deu\nseniority:\n  levels:\n    lead: [Schichtführung]\n",
        text,
        Format::Markdown,
    )
    .unwrap();
    let levels: Vec<_> = f.seniority.iter().map(|s| s.value).collect();
    assert_eq!(levels, [crate::facts::Seniority::Lead]);
    // The built-in packs alone have no such word.
    assert!(facts(text).seniority.is_empty());
}

#[test]
fn a_volunteer_program_among_the_benefits_is_not_the_role() {
    let benefits = "# Claims Specialist\n\nReview claims.\n\n## Perks\n\n\
                    Two paid days a year through our employee volunteer program.\n";
    assert!(types(benefits).is_empty(), "{:?}", types(benefits));
    // Nor is the candidate's own full-time degree program.
    let studies = "# Lab Aide\n\nYou are enrolled in a full-time program at a college.\n";
    assert!(types(studies).is_empty(), "{:?}", types(studies));
    // The role itself said to be unpaid, and a student's program, still are.
    assert_eq!(
        types("# Trail Guide\n\nThis is a volunteer position for the summer.\n"),
        ["VOLUNTEER"]
    );
    assert_eq!(
        types("# Design Aide\n\nJoin our internship program this summer.\n"),
        ["INTERN"]
    );
}

/// "Toronto, ON / Remote" offers either: the office in Toronto or remote work. It reads as
/// remote work that is allowed, not remote only, and Toronto stays a place of work (its laws
/// apply); it is not hybrid, which asks for days in the office.
#[test]
fn a_city_or_remote_is_remote_allowed_and_keeps_the_city() {
    use crate::facts::WorkArrangement::*;
    let f = facts("# Data Analyst\n\nLocation: Toronto, ON / Remote\n\nBuild dashboards.\n");
    let kinds: Vec<_> = f.work_arrangement.iter().map(|w| w.value).collect();
    assert!(kinds.contains(&Remote), "{kinds:?}");
    assert!(
        !kinds.contains(&FullyRemote) && !kinds.contains(&Hybrid),
        "{kinds:?}"
    );
    let regions: Vec<_> = f
        .locations
        .iter()
        .filter_map(|l| l.value.region.as_deref())
        .collect();
    assert_eq!(regions, ["CA-ON"]);
}

/// Two types joined by a word of the packs' `type_words.or` are a choice and state neither;
/// a type alone on a line may come before a job noun (`job_nouns`).
#[test]
fn a_choice_of_types_is_made_of_the_packs_words() {
    assert_eq!(
        types("# Porter\n\nThis is a contract position at our hotel.\n"),
        ["CONTRACTOR"]
    );
    assert!(
        types("# Porter\n\nThis is a permanent and/or contract position at our hotel.\n")
            .is_empty()
    );
    assert_eq!(
        types("# Porter\n\nWe run a small hotel.\n\n- Seasonal role\n"),
        ["TEMPORARY"]
    );
}

/// A pack's `bare_types` words state a type in a title or a line about the kind of work; a
/// user's pack adds to them.
#[test]
fn a_users_pack_adds_a_bare_type_word() {
    let text =
        "# 仓库助理\n\n工作性质：临时工\n\n我们是一家物流公司，负责商品的入库、出库和盘点工作。\n";
    let f = crate::facts::facts_with_pack(
        "mine/vocab/lang/zh.yaml",
        "language: zh\nname: Chinese\ndetector: cmn\nbare_types:\n  words:\n    TEMPORARY: [临时工]\n",
        text,
        Format::Markdown,
    )
    .unwrap();
    let kinds: Vec<_> = f
        .employment_types
        .iter()
        .map(|t| t.value.as_str())
        .collect();
    assert_eq!(kinds, ["TEMPORARY"]);
    // The built-in packs have no such word; their own still count, and a question answered
    // no states nothing.
    assert!(types(text).is_empty());
    assert_eq!(types(&text.replace("临时工", "实习")), ["INTERN"]);
    assert!(types(&text.replace("工作性质：临时工", "是否全职：否")).is_empty());
}

/// An intern named as the role in running text, by the packs' `type_words.intern_roles`
/// after a word of `as_a` or `seeking`; "seeking" a title that ends otherwise names no type.
#[test]
fn an_intern_named_as_the_role_is_made_of_the_packs_words() {
    let text = |s: &str| format!("# Studio Helper\n\nWe make short films in Cork.\n\n{s}\n");
    assert_eq!(
        types(&text("As a Post-Production Intern, you will log footage.")),
        ["INTERN"]
    );
    assert_eq!(
        types(&text(
            "We are hiring two keen Video Editing Co-op Students for the spring."
        )),
        ["INTERN"]
    );
    assert!(
        types(&text(
            "We are hiring two keen Video Editing Assistants for the spring."
        ))
        .is_empty()
    );
    // Lower case after "seeking" is no title.
    assert!(types(&text("We are seeking help from our interns.")).is_empty());
}

#[test]
fn hours_and_terms_on_one_line_are_one_job_and_the_terms_come_first() {
    // As a JSON-LD list ["FULL_TIME", "CONTRACTOR"] reads.
    assert_eq!(
        types("# Claims Adjuster\n\nEmployment type: Full-time, Contract\n")[0],
        "CONTRACTOR"
    );
    assert_eq!(
        types("# Tax Clerk\n\nSeasonal Full Time\n\nPrepare returns.\n")[0],
        "TEMPORARY"
    );
    // On lines of their own, each keeps its place: the first stated comes first.
    assert_eq!(
        types("# Tax Clerk\n\nEmployment type: Full-time\n\nThis is a seasonal position.\n")[0],
        "FULL_TIME"
    );
    // A sentence end or a clause parts them: another job offered, not this one's terms.
    assert_eq!(
        types("# Tax Clerk\n\nJob type: Full-time. Internship also available.\n"),
        ["FULL_TIME", "INTERN"]
    );
    assert_eq!(
        types("# Tax Clerk\n\nEmployment type: Full-time; contract roles also open\n"),
        ["FULL_TIME", "CONTRACTOR"]
    );
    // A colon within a title is no such end: "Part Time: 3 Month Contract" is one job.
    assert_eq!(
        types("# Stock Associate Part Time: 3 Month Contract\n\nStock shelves.\n")[0],
        "CONTRACTOR"
    );
    assert_eq!(
        types("# 数据分析师\n\n- 是否全职：是，开放实习岗位\n\n负责数据分析。\n")[0],
        "FULL_TIME"
    );
}

#[test]
fn a_title_naming_an_internship_decides_over_a_chip_of_hours_above_it() {
    // A copied page: the board's chip on the first line, then the title.
    let page = "Full-time\n\nSummer Data Analytics Internship\nMadison, WI\n\nJoin us for ten weeks this summer.\n";
    assert_eq!(types(page)[0], "INTERN");
    assert_eq!(
        types(
            "Hybrid · Full-time\n\nContract Payroll Specialist\n\nRun payroll for our clients.\n"
        )[0],
        "CONTRACTOR"
    );
    // Hours in the title stay where they are: the first stated.
    assert_eq!(
        types("# Full-time Barista\n\nThis is a seasonal position.\n")[0],
        "FULL_TIME"
    );
}

#[test]
fn a_remote_flag_field_says_remote_only_when_it_says_yes() {
    // A government board's header of fields.
    let header = |remote: &str| {
        format!(
            "# IT Specialist\n\nLocation: Denver, CO\nRemote job: {remote}\nWork schedule: Full-time\nService: Competitive\n\nYou will run our networks.\n"
        )
    };
    let no = facts(&header("No"));
    assert!(no.work_arrangement.is_empty(), "{:?}", no.work_arrangement);
    assert!(no.locations.iter().all(|l| !l.value.remote));
    assert_eq!(no.locations.len(), 1);
    // The schedule field gives the type beside other fields.
    assert_eq!(types(&header("No")), ["FULL_TIME"]);
    assert_eq!(arrangements(&header("Yes")), [WorkArrangement::Remote]);
    // A value that ends its sentence.
    assert_eq!(arrangements(&header("Yes.")), [WorkArrangement::Remote]);
    assert_eq!(
        arrangements("# Analyst\n\nRemote: Hybrid, two days a week in Denver\n\nRun reports.\n"),
        [WorkArrangement::Hybrid]
    );
}

#[test]
fn an_employer_named_co_op_under_the_title_makes_no_internship() {
    let page = "Find jobs\nCompany reviews\n\nNight Stock Clerk\nRiverbend Food Co-op\nOlympia, WA 98501\n\nJob type\nPart-time\n\nRiverbend Food Co-op is hiring a night stock clerk to keep the shelves full.\n";
    assert_eq!(types(page)[0], "PART_TIME");
    assert!(!types(page).contains(&"INTERN"), "{:?}", types(page));
    // A title that is an internship still says so, with the lines around it.
    let intern = "Find jobs\n\nSummer Co-op Student, Finance\nRiverbend Food Co-op\nOlympia, WA\n\nTen weeks in our finance team.\n";
    assert_eq!(types(intern)[0], "INTERN");
}

#[test]
fn telework_eligibility_is_no_arrangement() {
    // A US federal header: telework by agreement is an option, not the job's arrangement
    // (the place is the duty station).
    let header = |value: &str| {
        format!(
            "# Contract Specialist\n\nLocation: Ogden, UT\nRemote job: No\nTelework eligible: {value}\nWork schedule: Full-time\n\nYou will award and manage contracts.\n"
        )
    };
    for value in ["Yes, as determined by the agency policy.", "Yes", "No"] {
        let f = facts(&header(value));
        assert!(
            f.work_arrangement.is_empty(),
            "{value}: {:?}",
            f.work_arrangement
        );
        assert_eq!(f.locations.len(), 1, "{value}: {:?}", f.locations);
        assert_eq!(f.locations[0].value.region.as_deref(), Some("US-UT"));
    }
    // Nor in the title, or a line of chips.
    let titled = facts(
        "# Budget Analyst (Telework Eligible)\n\nLocation: Ogden, UT\n\nYou will plan budgets.\n",
    );
    assert!(
        titled.work_arrangement.is_empty(),
        "{:?}",
        titled.work_arrangement
    );
    assert!(titled.locations.iter().all(|l| !l.value.remote));
    // A word after "Remote" in a title that makes it something else.
    let sensing = facts(
        "# Remote Sensing Analyst\n\nLocation: Ogden, UT\n\nYou will map rangeland from satellite images.\n",
    );
    assert!(
        sensing.work_arrangement.is_empty(),
        "{:?}",
        sensing.work_arrangement
    );
    assert!(sensing.locations.iter().all(|l| !l.value.remote));
    // "Remote" alone in a title still is.
    assert_eq!(
        arrangements("# Budget Analyst (Remote)\n\nYou will plan budgets.\n"),
        [WorkArrangement::Remote]
    );
}

#[test]
fn a_place_field_holding_an_arrangement_word_is_the_arrangement_and_no_place() {
    let footer = |value: &str| {
        format!(
            "Delivery Driver\n\nYou will deliver parcels on a set route.\n\nJob Type: Full-time\nPay: $19.00 - $22.00 per hour\nWork Location: {value}\n"
        )
    };
    for (value, kind) in [
        ("In person", WorkArrangement::Onsite),
        ("Onsite", WorkArrangement::Onsite),
        ("On-site", WorkArrangement::Onsite),
        ("Hybrid", WorkArrangement::Hybrid),
        // A value that ends like a sentence.
        ("On-site.", WorkArrangement::Onsite),
    ] {
        let f = facts(&footer(value));
        assert!(f.locations.is_empty(), "{value}: {:?}", f.locations);
        assert_eq!(arrangements(&footer(value)), [kind], "{value}");
    }
    // Remote is a location of its own, the explicit remote arrangement.
    let remote = facts(&footer("Remote"));
    assert!(remote.locations.iter().all(|l| l.value.remote));
    // A place beside the word stays a place.
    let placed = facts(&footer("In person in Tulsa, OK 74103"));
    assert_eq!(placed.locations[0].value.region.as_deref(), Some("US-OK"));
}

#[test]
fn a_type_chip_with_its_length_is_the_type_and_the_length() {
    for (chip, kind, length) in [
        ("Seasonal - 4 months (February to May)", "TEMPORARY", 1),
        ("Contract - 6 months", "CONTRACTOR", 1),
        // In brackets the length is no duration's (no word before it says so).
        ("Temporary (3 months)", "TEMPORARY", 0),
    ] {
        let page = format!(
            "Cellar Hand\nTotara Wines\nNapier, New Zealand\n{chip}\n\nHelp us through the vintage.\n"
        );
        let f = facts(&page);
        assert_eq!(types(&page).first().copied(), Some(kind), "{chip}");
        assert!(!f.fixed_term.is_empty(), "{chip}");
        assert_eq!(f.durations.len(), length, "{chip}: {:?}", f.durations);
    }
}
