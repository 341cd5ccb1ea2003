use super::*;
use crate::source::{Format, Source};

fn parse(text: &str, format: Format) -> (Source, Document) {
    let vocab = crate::rules::builtin_vocabulary();
    let source = Source::new("t", text, format);
    let doc = Document::parse(&source, vocab);
    (source, doc)
}

fn kinds(src: &Source, doc: &Document) -> Vec<(String, String)> {
    doc.blocks
        .iter()
        .map(|b| {
            let k = match &b.kind {
                BlockKind::Heading { level } => format!("h{level}"),
                BlockKind::Paragraph => "p".into(),
                BlockKind::ListItem => "li".into(),
                BlockKind::Field { fact, .. } => format!("field:{fact}"),
                BlockKind::Code => "code".into(),
                BlockKind::Chrome { .. } => "chrome".into(),
            };
            (k, src.slice(b.content).to_string())
        })
        .collect()
}

#[test]
fn front_matter_fields_have_value_spans() {
    let text = "---\ntitle: Data Analyst\nsalary_min: '62,000' # floor\nlocation: Denver, CO\ntags: [a, b]\n---\nBody\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().unwrap();
    assert!(fm.error.is_none());
    let pay = fm.get("salary_min").unwrap();
    assert_eq!(src.slice(pay.value_span), "62,000");
    assert_eq!(
        src.slice(fm.get("location").unwrap().value_span),
        "Denver, CO"
    );
    assert_eq!(src.slice(doc.title.unwrap()), "Data Analyst");
    assert_eq!(doc.body.start, text.find("Body").unwrap());
}

#[test]
fn malformed_front_matter_is_an_error_with_a_span_not_a_crash() {
    let text = "---\ntitle: [unclosed\n---\n# Body\n";
    let (_, doc) = parse(text, Format::Markdown);
    let (message, span) = doc.front_matter.as_ref().unwrap().error.clone().unwrap();
    assert!(!message.is_empty());
    assert!(
        span.start >= 4 && span.end <= text.find("\n---\n").unwrap() + 1,
        "{span:?}"
    );
}

#[test]
fn markdown_blocks_fields_and_sections() {
    let text = "# Nurse\n\nLocation: Denver, CO\nPay: $30/hour\nWe care.\n\n## Benefits\n\n- Health insurance\n- 401(k)\n  - matched\n";
    let (src, doc) = parse(text, Format::Markdown);
    let k = kinds(&src, &doc);
    assert_eq!(k[0], ("h1".into(), "Nurse".into()));
    assert_eq!(
        k[1],
        ("field:location".into(), "Location: Denver, CO".into())
    );
    assert_eq!(k[2].0, "field:pay");
    assert_eq!(k[3], ("p".into(), "We care.".into()));
    assert_eq!(k[4], ("h2".into(), "Benefits".into()));
    assert_eq!(k[5], ("li".into(), "Health insurance".into()));
    assert_eq!(k[6], ("li".into(), "401(k)".into()));
    assert_eq!(k[7], ("li".into(), "matched".into()));
    assert_eq!(doc.sections.len(), 3);
    assert_eq!(doc.sections[2].kind.as_deref(), Some("benefits"));
    assert_eq!(src.slice(doc.title.unwrap()), "Nurse");
}

#[test]
fn a_table_row_of_a_label_and_its_value_is_a_field() {
    let text = "# Support Intern\n\n| | |\n|---|---|\n| **Duration** | 10 weeks |\n| Location | Leeds, UK |\n| Team | Support \\| Care |\n\n| Week | Topic |\n|---|---|\n| 1 | Onboarding |\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fields: Vec<(String, String)> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Field { fact, value, label } => Some((
                format!("{fact}:{}", src.slice(*label)),
                src.slice(*value).to_string(),
            )),
            _ => None,
        })
        .collect();
    // An escaped pipe is a cell's text; a row whose first cell names no fact ("Week", "1") is
    // no field.
    assert_eq!(
        fields,
        [
            ("duration:Duration".to_string(), "10 weeks".to_string()),
            ("location:Location".to_string(), "Leeds, UK".to_string()),
            (
                "department:Team".to_string(),
                "Support \\| Care".to_string()
            ),
        ]
    );
}

#[test]
fn markdown_label_with_value_on_next_line() {
    let text = "**Location:**\n{{ page.location }}\n";
    let (src, doc) = parse(text, Format::Markdown);
    match &doc.blocks[0].kind {
        BlockKind::Field { value, fact, .. } => {
            assert_eq!(fact, "location");
            assert_eq!(src.slice(*value), "{{ page.location }}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn text_structure_is_recognised() {
    let text = "Senior Nurse\n============\nLocation: US, CO, Denver\n\nREQUIREMENTS\n• Two years of experience\n· A licence\n\nWhat we offer:\nHealth insurance and a pension.\nSign in to save this job\n";
    let (src, doc) = parse(text, Format::Text);
    let k = kinds(&src, &doc);
    assert_eq!(k[0], ("h1".into(), "Senior Nurse".into()));
    assert_eq!(k[1].0, "field:location");
    assert_eq!(k[2], ("h2".into(), "REQUIREMENTS".into()));
    assert_eq!(k[3], ("li".into(), "Two years of experience".into()));
    assert_eq!(k[4], ("li".into(), "A licence".into()));
    assert_eq!(k[5], ("h2".into(), "What we offer".into()));
    assert_eq!(k[6], ("p".into(), "Health insurance and a pension.".into()));
    assert_eq!(k[7].0, "chrome");
    let kinds: Vec<_> = doc.sections.iter().map(|s| s.kind.as_deref()).collect();
    // Before the title, the title's section, REQUIREMENTS, "What we offer:".
    assert_eq!(kinds, [None, None, Some("requirements"), Some("benefits")]);
}

#[test]
fn crlf_and_lone_cr_keep_spans_exact() {
    let text = "Title\r\nLocation: Denver, CO\rPay: $20/hour\r\n";
    let (src, doc) = parse(text, Format::Text);
    let k = kinds(&src, &doc);
    assert_eq!(
        k[1],
        ("field:location".into(), "Location: Denver, CO".into())
    );
    assert_eq!(k[2], ("field:pay".into(), "Pay: $20/hour".into()));
}

#[test]
fn comments_are_hidden() {
    let text = "# Job\n\n<!-- Pay: $1/hour -->\n\n{% comment %}\nLocation: Mars\n{% endcomment %}\nReal text.\n";
    let (src, doc) = parse(text, Format::Markdown);
    let k = kinds(&src, &doc);
    assert!(
        k.iter()
            .all(|(kind, t)| !kind.starts_with("field") || !t.contains("Mars")),
        "{k:?}"
    );
    assert!(
        doc.text_blocks()
            .all(|b| !src.slice(b.content).contains("$1"))
    );
}

#[test]
fn dashed_liquid_comments_are_hidden() {
    let text = "# Job\n\n{% comment ------------- %}\nSalary: $1/hour\n{% endcomment ---------- %}\nReal.\n";
    let (src, doc) = parse(text, Format::Markdown);
    assert!(
        doc.text_blocks()
            .all(|b| !src.slice(b.content).contains("$1")),
        "{:?}",
        kinds(&src, &doc)
    );
}

#[test]
fn front_matter_without_its_opening_line() {
    let text = "title: Analyst\nappointment type: term\nsalary_min: 5\n---\n\n# Body\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().expect("unfenced front matter");
    assert_eq!(
        src.slice(fm.get("appointment type").unwrap().value_span),
        "term"
    );
    // Ordinary Markdown is not taken for front matter.
    let (_, doc) = parse(
        "Hello: world, this is a sentence.\nAnd more.\n\n---\n",
        Format::Markdown,
    );
    assert!(doc.front_matter.is_none());
}

#[test]
fn invalid_front_matter_still_yields_its_simple_fields() {
    let text = "---\ntitle: Analyst\nlocation: Denver, CO\nlist:\n  - a: b: c\n---\nBody\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().unwrap();
    assert!(fm.error.is_some());
    assert_eq!(
        src.slice(fm.get("location").unwrap().value_span),
        "Denver, CO"
    );
}

#[test]
fn multibyte_text_in_front_matter_lists_is_safe() {
    let text = "---\nitems:\n  - Fellow’s plan\n  - “quoted” ünïcode\n---\nBody\n";
    let (src, doc) = parse(text, Format::Markdown);
    for f in &doc.front_matter.as_ref().unwrap().fields {
        assert!(
            src.text.is_char_boundary(f.value_span.start)
                && src.text.is_char_boundary(f.value_span.end)
        );
    }
}

#[test]
fn each_object_of_a_front_matter_list_has_its_own_span() {
    let text = "---\nlocations:\n  - city: Austin\n    state: TX\n  - city: Raleigh\n    state: NC\n---\nBody\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().unwrap();
    let written: Vec<(&str, &str)> = fm
        .fields
        .iter()
        .map(|f| (f.value.as_str(), src.slice(f.value_span)))
        .collect();
    assert_eq!(
        written,
        [
            ("Austin", "Austin"),
            ("TX", "TX"),
            ("Raleigh", "Raleigh"),
            ("NC", "NC")
        ]
    );
}

#[test]
fn entities_are_decoded_one_by_one() {
    use super::decode_entities;
    assert_eq!(decode_entities("a &amp;amp; b"), "a & b");
    assert_eq!(decode_entities("it&#39;s &#x2F; &lt;b&gt;"), "it's / <b>");
    // A decoded control character is a space; one written as itself is left alone.
    assert_eq!(decode_entities("a&#13;b\0c"), "a b\0c");
    // Not entities: no `;`, unknown names, a multi-byte character after the name.
    assert_eq!(
        decode_entities("R&D &nosuch; AT&T&€; &"),
        "R&D &nosuch; AT&T&€; &"
    );
}

#[test]
fn text_headings_after_a_tab_or_an_entity_space() {
    for text in ["#\tDenver office\nText.\n", "#&nbsp;Denver office\nText.\n"] {
        let (src, doc) = parse(text, Format::Text);
        assert_eq!(kinds(&src, &doc)[0].0, "h1", "{text:?}");
    }
}

#[test]
fn a_lone_cr_ends_a_front_matter_line() {
    let text = "---\rtitle: Barista\r---\rBody\r";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().expect("front matter");
    assert!(fm.error.is_none());
    assert_eq!(src.slice(fm.get("title").unwrap().value_span), "Barista");
    assert_eq!(doc.body.start, text.find("Body").unwrap());
}

fn title(text: &str, format: Format) -> Option<String> {
    let (src, doc) = parse(text, format);
    doc.title.map(|t| src.slice(t).to_string())
}

#[test]
fn the_title_is_the_first_line_near_the_top_that_looks_like_one() {
    // A copied page: a section name, a form field and a counter come before the title.
    let page =
        "About the job\nWork Term:\t2026 - Fall\n12 applicants\nLine Cook\n\nYou will cook.\n";
    assert_eq!(title(page, Format::Text).as_deref(), Some("Line Cook"));
    // A logo's text and a short widget word are not titles; a role word marks one.
    let page = "Acme Foods Logo\nNew\nSenior Pastry Chef\nDenver, CO\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Senior Pastry Chef")
    );
    // A field that names the title wins.
    let form = "JOB POSTING INFORMATION\nJob Title:\tDeveloper Co-op\nOrganization:\tAcme\n";
    assert_eq!(
        title(form, Format::Text).as_deref(),
        Some("Developer Co-op")
    );
    // Titles in the words of other languages.
    let de = "Jetzt bewerben\nSoftwareentwickler Backend (m/w/d)\n\nIhre Aufgaben: ...\n";
    assert_eq!(
        title(de, Format::Text).as_deref(),
        Some("Softwareentwickler Backend (m/w/d)")
    );
}

#[test]
fn a_section_name_among_a_pages_navigation_does_not_hide_the_title() {
    // The navigation bar, then the page it is on ("Benefits"), then the title.
    let page = "Home | Teams | Benefits | Locations\nBenefits\nLead Dental Hygienist\nBoise, ID · Full-time\n\nAbout the role\nYou will care for patients.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Lead Dental Hygienist")
    );
    let page = "Careers at Orchard\nTeams\nCulture\nBenefits\nLead Dental Hygienist\nBoise, ID\n\nAbout the role\nYou will care for patients.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Lead Dental Hygienist")
    );
    // Under a benefits section after the posting's text, a line naming a role is no title.
    let page =
        "Dental Hygienist\n\nYou will care for patients.\n\nBenefits\nLead Hygienist mentoring\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Dental Hygienist")
    );
}

#[test]
fn a_copied_page_without_a_title_takes_none_from_its_sections_or_labels() {
    // A section's name on a line of its own heads that section, whatever its case; what the
    // duties or requirements say is no title, even when it names a role.
    let page = "About the job\nBrightloaf bakes bread for the whole valley and ships it at dawn every day.\n\nResponsibilities\n\nTrain every new baker on the ovens and the mixers\n\nQualifications\n\nTwo years as a baker\n";
    let (_, doc) = parse(page, Format::Text);
    let kinds: Vec<_> = doc
        .sections
        .iter()
        .filter_map(|s| s.kind.as_deref())
        .collect();
    assert_eq!(kinds, ["summary", "responsibilities", "requirements"]);
    assert_eq!(title(page, Format::Text), None);
    // A label over its value, and a section name with a dangling dash, are no titles.
    let page = "Application Deadline:\n\n03/15/2026\nAddress:\n\n1 Main Street\n";
    assert_eq!(title(page, Format::Text), None);
    let page = "Job Description -\n\nJob Summary\nYou will bake bread for the valley.\n";
    assert_eq!(title(page, Format::Text), None);
    // A slogan, a line that speaks to the reader, a line of places, and a long line of
    // running text are no titles, even when they name a role.
    for top in [
        "BE PART OF SOMETHING WARM",
        "You Knead the Dough. We Bring the Ovens.",
        "Denver, Colorado, United States",
        "Remote - US",
        "Remote US",
        "12 Mill Lane, Denver, Colorado 80202",
        "Requisition ID: 4417BK",
        "Shape, proof and bake our breads and pastries.",
        "Train new bakers on the ovens and mixers to bake bread for the whole valley",
    ] {
        let page = format!(
            "{top}\n\nBrightloaf bakes bread for the whole valley and ships it at dawn every day.\n"
        );
        assert_eq!(title(&page, Format::Text), None, "{top}");
    }
    // Titles in sentence case with the small words of their language stay titles.
    let fr = "Responsable des ressources humaines et de la paie (H/F)\n\nNous recrutons.\n";
    assert_eq!(
        title(fr, Format::Text).as_deref(),
        Some("Responsable des ressources humaines et de la paie (H/F)")
    );
    // A year before a role and places is a title; so is a role qualified in parentheses by a
    // word that elsewhere names a list of jobs.
    for top in [
        "2026 Summer Baker Intern, Denver, CO",
        "Pastry Cook (Early Careers)",
    ] {
        let page = format!("{top}\n\nBrightloaf bakes bread for the whole valley.\n");
        assert_eq!(title(&page, Format::Text).as_deref(), Some(top));
    }
    // A role's name after the employer's blurb is still the title.
    let page = "About the job\nAbout Brightloaf\n\nBrightloaf bakes bread for the whole valley and ships it at dawn.\n\nHead Baker\n\nYou will run the night shift.\n";
    assert_eq!(title(page, Format::Text).as_deref(), Some("Head Baker"));
}

#[test]
fn a_title_run_together_with_fields_by_spaces() {
    let page = "Pastry Chef - Remote   Duration: Permanent   Location: Leeds   Start: ASAP   We bake bread.\n\nYou will bake.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Pastry Chef - Remote")
    );
    // Spaces that pad a title are part of it.
    let page = "Pastry Chef          (Remote)\n\nYou will bake.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Pastry Chef          (Remote)")
    );
}

#[test]
fn a_posting_without_a_title_line_has_no_title() {
    // A sentence of the description is not a title, nor a section name.
    let text = "Acme bakes bread for the whole town, and has done so since 1921 with three ovens.\n\nAbout Acme\n\nWe bake.\n";
    assert_eq!(title(text, Format::Text), None);
    let md = "Location: Boise, ID\n\n## Requirements:\n\n- Patience\n";
    assert_eq!(title(md, Format::Markdown), None);
    // A short sentence with its subject and verb, even one that names a role.
    let text = "About the job\n\nWe are open to 4 and 8-month co-op terms.\n\nYou will bake.\n";
    assert_eq!(title(text, Format::Text), None);
    // A careers page's own heading is no posting's title.
    let page = "<h1>Careers</h1><h3>Job Description</h3><h4>Baker Tasks Include:</h4><p>Knead.</p>";
    assert_eq!(title(page, Format::Html), None);
}

#[test]
fn a_field_after_a_number_sign_is_no_title() {
    // "# of positions" in copied text is a field; the title is the line that names the role.
    let text = "Pay Range: $40,000 - $70,000\n\n2026 Summer Co-op - Intern, Ferry Scheduler\n\nDuration: May to August\n\n# of positions available: 2\n\nPlan sailings.\n";
    assert_eq!(
        title(text, Format::Text).as_deref(),
        Some("2026 Summer Co-op - Intern, Ferry Scheduler")
    );
    // A title may start with a lower-case letter inside a word.
    assert_eq!(
        title("# iOS Engineer\n\nBuild apps.\n", Format::Markdown).as_deref(),
        Some("iOS Engineer")
    );
}

#[test]
fn a_page_title_loses_its_requisition_number_and_site() {
    for (line, want) in [
        ("Staff Baker - 106226 - Acme Foods", "Staff Baker"),
        ("Pastry Chef | Pastry", "Pastry Chef | Pastry"),
        (
            "Baker, pay 10000 - 12000 USD",
            "Baker, pay 10000 - 12000 USD",
        ),
        (
            "Night Manager - Denver -  - 304438",
            "Night Manager - Denver",
        ),
        ("Sous Chef - Denver", "Sous Chef - Denver"),
        // What a page or its saver writes around the title.
        ("Job Description for Night Baker", "Night Baker"),
        ("Night Baker - Job Description", "Night Baker"),
        ("Night Baker Job Details | Acme Foods", "Night Baker"),
        ("Job Posting: Night Baker", "Night Baker"),
        ("Job Description Writer", "Job Description Writer"),
        ("Vacancy Analyst", "Vacancy Analyst"),
        // And in other languages.
        (
            "Desenvolvedor Backend - Vaga de Emprego",
            "Desenvolvedor Backend",
        ),
        ("Stellenangebot: Entwickler (m/w/d)", "Entwickler (m/w/d)"),
    ] {
        let text = format!("{line}\n\nYou will cook.\n");
        assert_eq!(title(&text, Format::Text).as_deref(), Some(want), "{line}");
    }
}

#[test]
fn a_front_matter_title_loses_page_words_too() {
    let page = "---\ntitle: 'Padeiro Noturno @ Padaria Sol - Vaga de Emprego'\n---\n# Padeiro Noturno\n\nVocê vai assar pães.\n";
    let (src, doc) = parse(page, Format::Markdown);
    assert_eq!(
        doc.title.map(|t| src.slice(t)),
        Some("Padeiro Noturno @ Padaria Sol")
    );
}

#[test]
fn front_matter_before_a_page_is_read_as_front_matter() {
    let page = "---\nlayout: post\ntitle: Oferta programador Android\n---\n<p>Buscamos un <b>programador</b>.</p>\n";
    let (src, doc) = parse(page, Format::Html);
    assert_eq!(
        doc.title.map(|t| src.slice(t)),
        Some("Oferta programador Android")
    );
    // Spans still point into the file: the body's text is where the page has it.
    let body = doc
        .text_blocks()
        .find(|b| src.slice(b.content).starts_with("Buscamos"))
        .expect("the page's text");
    let in_file = src.file_span(body.content);
    assert!(src.file_text()[in_file.range()].starts_with("Buscamos un <b>"));
}

#[test]
fn raw_html_blocks_in_markdown_are_read_as_html() {
    let text = "# Line Cook\n\n<h2>Perks</h2>\n<ul>\n  <li>Paid <b>sick</b> leave</li>\n  <li>Free meals &amp; uniforms</li>\n</ul>\n\n<p>Location: Boise, ID</p>\n\n<div align=\"center\"><img src=\"x.png\"></div>\n";
    let (src, doc) = parse(text, Format::Markdown);
    assert_eq!(
        kinds(&src, &doc),
        [
            ("h1".into(), "Line Cook".into()),
            ("h2".into(), "Perks".into()),
            // Spans into the Markdown file: inline tags and entities as written there.
            ("li".into(), "Paid <b>sick</b> leave".into()),
            ("li".into(), "Free meals &amp; uniforms".into()),
            ("field:location".into(), "Location: Boise, ID".into()),
            // No text shown: kept as code.
            (
                "code".into(),
                "<div align=\"center\"><img src=\"x.png\"></div>\n".into()
            ),
        ]
    );
    // The heading starts its section, as a Markdown heading would.
    let perks = doc
        .blocks
        .iter()
        .find(|b| src.slice(b.content) == "Perks")
        .unwrap();
    let item = &doc.blocks[2];
    assert_eq!(item.section, perks.section);
    assert_eq!(doc.sections[item.section].kind.as_deref(), Some("benefits"));
}

#[test]
fn a_search_page_is_titled_by_the_posting_it_has_open() {
    // A saved search page: its own heading names the list, then the cards, the open one first.
    let page = "<html><head><title>212 Jobs in Ohio | JobSite</title></head><body>\
        <h1>212 jobs in Ohio</h1><ul>\
        <li><h3>Maintenance Technician</h3><h4>Riverbend Mills</h4><p>Dayton, OH</p></li>\
        <li><h3>Forklift Operator</h3><h4>Lakeshore Supply</h4></li></ul>\
        <div><h2>Maintenance Technician</h2><p>Riverbend Mills is hiring.</p></div></body></html>";
    let (src, doc) = parse(page, Format::Html);
    assert_eq!(
        doc.title.map(|t| src.slice(t)),
        Some("Maintenance Technician")
    );
    // Other list headings are no titles either, in any language.
    for heading in [
        "# All Jobs",
        "# Stellenangebote in Berlin",
        "# Job search results",
    ] {
        let (src, doc) = parse(&format!("{heading}\n\nWe bake bread.\n"), Format::Markdown);
        assert_eq!(doc.title.map(|t| src.slice(t)), None, "{heading}");
    }
    // A title with "job" in it is still a title.
    let (src, doc) = parse("# Job Coach\n\nHelp clients find work.\n", Format::Markdown);
    assert_eq!(doc.title.map(|t| src.slice(t)), Some("Job Coach"));
}

#[test]
fn a_line_that_is_only_a_link_is_no_title_but_a_linked_heading_is() {
    // A link to the posting in another language, then the posting without a title line.
    let page =
        "[Auf Deutsch](/de/stellen/baecker/)\n\n## Your day\n\nYou bake rye bread at night.\n";
    assert_eq!(title(page, Format::Markdown), None);
    let page = "# [Night Baker](https://example.com/jobs/42)\n\nYou bake rye bread at night.\n";
    assert_eq!(
        title(page, Format::Markdown).as_deref(),
        Some("Night Baker")
    );
}

#[test]
fn a_copied_pages_result_cards_are_other_postings() {
    // The posting's own header has a card's shape too; it stays. The three cards after it
    // (title, company, place, pay, each closed by a badge) are other postings.
    let page = "Line Cook\nHarbor Grill\nPortland, ME\n2 days ago\n\nAbout the job\nYou cook breakfast on our line. We pay $18 an hour.\nSous Chef\nBlue Fin Kitchen\nBoston, MA\n$30/hour\n3 days ago\nDishwasher\nCorner Diner\nBangor, ME\n1 week ago\nPromoted\nPrep Cook\nMaple Table\nAugusta, ME\n$16/hour\n5 days ago\n";
    let (src, doc) = parse(page, Format::Text);
    let chrome: Vec<&str> = doc
        .blocks
        .iter()
        .filter(|b| matches!(&b.kind, BlockKind::Chrome { why } if why.contains("result cards")))
        .map(|b| src.slice(b.content))
        .collect();
    assert_eq!(
        chrome.first(),
        Some(&"Sous Chef\nBlue Fin Kitchen\nBoston, MA\n$30/hour")
    );
    assert!(chrome.iter().any(|c| c.contains("Prep Cook")), "{chrome:?}");
    let text: Vec<&str> = doc.text_blocks().map(|b| src.slice(b.content)).collect();
    assert!(
        text.iter()
            .any(|t| t.ends_with("You cook breakfast on our line. We pay $18 an hour.")),
        "{text:?}"
    );
    assert!(text.iter().any(|t| t.starts_with("Line Cook")), "{text:?}");
    assert!(
        !text
            .iter()
            .any(|t| t.contains("Boston") || t.contains("$16")),
        "{text:?}"
    );
    // Two cards are not a run: they may be the posting's own lines.
    let short = "About the job\nYou cook.\nSous Chef\nBlue Fin Kitchen\n3 days ago\nDishwasher\nCorner Diner\n1 week ago\n";
    let (_, doc) = parse(short, Format::Text);
    assert!(
        !doc.blocks
            .iter()
            .any(|b| matches!(&b.kind, BlockKind::Chrome { why } if why.contains("result cards")))
    );
}

#[test]
fn a_posting_without_a_title_line_may_name_its_role_in_a_sentence() {
    let page = "Please paste the posting here. Include:\n- its title\n- its pay\n- its place\n- its hours\n- its duties\n- its perks\n- its company\n- its team\n\nWe roast coffee in small batches.\nAs a Coffee Roaster Apprentice, you will learn the trade.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Coffee Roaster Apprentice")
    );
    // A role in lower case is a description, not a title.
    let page = "Please paste the posting here. Include its pay.\n\nAs a roaster on our team, you will learn the trade from our head roaster.\n";
    assert_eq!(title(page, Format::Text), None);
    // Words that describe the person come before the title in lower case; the title is the
    // capitalised words ("seeking a patient and careful Head Baker to join").
    let page = "## About the Role\n\nWe are seeking a patient and careful Head Baker to join our night shift.\n";
    assert_eq!(title(page, Format::Markdown).as_deref(), Some("Head Baker"));
    let page =
        "We bake at dawn. As a Baker Intern, reporting to our Head of Baking, you will learn.\n";
    assert_eq!(title(page, Format::Text).as_deref(), Some("Baker Intern"));
    let page = "Brightloaf is looking for a Sr. Pastry Chef who will run our laminating room.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Sr. Pastry Chef")
    );
    // A role in the plural, with no article: the sentence says a role follows.
    let page = "We bake at dawn.\n\nWe're seeking Pastry Interns who will learn laminating.\n";
    assert_eq!(title(page, Format::Text).as_deref(), Some("Pastry Interns"));
    let page = "We bake at dawn.\n\nBrightloaf is hiring Night Bakers who like the quiet.\n";
    assert_eq!(title(page, Format::Text).as_deref(), Some("Night Bakers"));
    // In lower case the plural is a description.
    let page = "We bake at dawn.\n\nWe are seeking bakers who like the quiet.\n";
    assert_eq!(title(page, Format::Text), None);
}

#[test]
fn a_line_names_a_role_in_another_form_for_one_person_not_in_the_plural() {
    // The feminine forms of German and Spanish role words ("Projektleiterin" of
    // "Leiter", "Programadora" of "programador"), after a line that names no role.
    let de = "Karriere bei Brotwerk\nProjektleiterin Bau (w/m/d)\n\nIhre Aufgaben: planen.\n";
    assert_eq!(
        title(de, Format::Text).as_deref(),
        Some("Projektleiterin Bau (w/m/d)")
    );
    let es = "Sobre nosotros\nProgramadora Backend\n\nTus tareas: programar.\n";
    assert_eq!(
        title(es, Format::Text).as_deref(),
        Some("Programadora Backend")
    );
    // A line in the plural names a team or a list, and "-er" or "-ing" make other words.
    for line in ["Plant Operators", "Leader", "Engineering"] {
        let page = format!("About the job\n{line}\n\nWe bake at dawn.\n");
        assert_eq!(title(&page, Format::Text), None, "{line}");
    }
}

#[test]
fn a_line_in_the_plural_is_the_title_when_the_text_hires_for_it_in_its_words() {
    // A page hiring several people: the line and the sentence agree.
    let page = "Saltmarsh Ferries\nDeckhands and Ticket Agents\nMobile, AL · 3 days ago\n\n\
                About the job\nSaltmarsh Ferries is hiring Deckhands and Ticket Agents for \
                the summer crossings.\n";
    assert_eq!(
        title(page, Format::Text).as_deref(),
        Some("Deckhands and Ticket Agents")
    );
    // A department named in the plural, and a sentence that only mentions it, do not agree.
    let page = "About the job\nTicket Agents\n\nOur ticket agents sell crossings.\n";
    assert_eq!(title(page, Format::Text), None);
}

#[test]
fn toml_front_matter_is_read_as_front_matter() {
    // Hugo's `+++` front matter, with a table and an array.
    let text = "+++\ntitle = \"Kiln Technician\" # shown as the heading\ndate = 2026-03-02\nlocations = [\"Asheville, NC\", 'Hendersonville, NC']\ndraft = false\n\n[salary]\nmin = 52000\nmax = 61000\ncurrency = \"USD\"\n+++\n\nYou will fire our kilns.\n";
    let (src, doc) = parse(text, Format::Markdown);
    let fm = doc.front_matter.as_ref().unwrap();
    assert!(fm.error.is_none());
    assert_eq!(src.slice(doc.title.unwrap()), "Kiln Technician");
    assert_eq!(src.slice(fm.get("salary.min").unwrap().value_span), "52000");
    assert_eq!(fm.get("date").unwrap().value, "2026-03-02");
    let places: Vec<&str> = fm
        .fields
        .iter()
        .filter(|f| f.key == "locations")
        .map(|f| src.slice(f.value_span))
        .collect();
    assert_eq!(places, ["Asheville, NC", "Hendersonville, NC"]);
    assert_eq!(doc.body.start, text.find("+++\n\nYou").unwrap() + 4);
    // No closing line: no front matter.
    let open = "+++\ntitle = \"Kiln Technician\"\n\nYou will fire our kilns.\n";
    assert!(parse(open, Format::Markdown).1.front_matter.is_none());
}
