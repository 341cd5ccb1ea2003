use super::*;

fn fmt(name: &str, text: &str) -> Normalized {
    let vocab = crate::rules::builtin_vocabulary();
    let source = Source::new(name, text, Format::from_path(std::path::Path::new(name)));
    let doc = Document::parse(&source, vocab);
    normalize(&source, &doc, vocab)
}

/// Runs of letters and digits, after decoding entities: what fmt must keep, in order.
fn words(text: &str) -> Vec<String> {
    crate::document::decode_entities(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

/// The guarantees on one input: formatting the output again changes nothing, and every word
/// that is not in a removed chrome line is still there, in order.
fn assert_guarantees(name: &str, text: &str) -> Normalized {
    let once = fmt(name, text);
    let twice = fmt(name, &once.text);
    assert_eq!(twice.text, once.text, "not idempotent on {name}:\n{text}");
    let mut kept = text.to_string();
    for r in once.removed.iter().rev() {
        kept.replace_range(r.span.range(), "");
    }
    assert_eq!(words(&once.text), words(&kept), "words changed in {name}");
    once
}

const SCRAPED: &str = "Skip to main content
Careers > Engineering > Denver

Field Service Technician   
Acme Turbines
Posted 3 days ago

Location: Denver, CO
Pay: $28.50 &ndash; $34.00 per hour

ABOUT THE ROLE
You&rsquo;ll keep turbines running &amp;amp; train new technicians.


What you will do:
• Inspect and repair turbine drivetrains
* Write clear service reports after every visit
2) Drive to sites across the region

Skills: Python • SQL • Excel
Two years of field experience • A valid driver&#39;s licence and a clean record • Comfort working at height in all weather
Share this job
© 2026 Acme Turbines. All rights reserved.
";

#[test]
fn a_scraped_text_posting_becomes_clean_markdown() {
    let n = assert_guarantees("job.txt", SCRAPED);
    assert_eq!(
        n.text,
        "# Field Service Technician

Acme Turbines

Location: Denver, CO
Pay: $28.50 – $34.00 per hour

## ABOUT THE ROLE

You’ll keep turbines running &amp; train new technicians.

## What you will do

- Inspect and repair turbine drivetrains
- Write clear service reports after every visit
2) Drive to sites across the region

Skills: Python • SQL • Excel
Two years of field experience

- A valid driver's licence and a clean record
- Comfort working at height in all weather
"
    );
}

#[test]
fn text_comes_out_as_markdown_that_reads_the_same() {
    // A label above a blank line or a list heads it; a colon line above a blank line and a
    // paragraph too; `+ ` is a bullet; a lone `-` is an empty item, not a setext underline;
    // a line Markdown would read as a quote stays text; a lead of bullets run together that
    // reads as a heading is one.
    let text = "Pastry Cook\n\nWhat you will do:\n\nBake croissants every morning.\n\nEducation:\n• Culinary school or two years in a bakery\n\nExperience:\n\nLaminated doughs.\n\n+ Early starts\n+ Weekends\n\nWe bake for three cafés.\n-\n>2 years in a busy kitchen\nYou bring:    •    a steady hand with piping bags    •    a good nose for proofing dough\n\nOn the line:    •    two deck ovens from Italy    •    a spiral mixer for rye\n";
    let once = assert_guarantees("cook.txt", text);
    // What fmt writes is Markdown: read as Markdown, it is in normal form too.
    assert_eq!(fmt("cook.md", &once.text).text, once.text);
    assert_eq!(
        once.text,
        "# Pastry Cook\n\n## What you will do\n\nBake croissants every morning.\n\n## Education\n\n- Culinary school or two years in a bakery\n\n## Experience\n\nLaminated doughs.\n\n- Early starts\n- Weekends\n\nWe bake for three cafés.\n\n\\>2 years in a busy kitchen\n\n## You bring\n\n- a steady hand with piping bags\n- a good nose for proofing dough\n\n## On the line\n\n- two deck ovens from Italy\n- a spiral mixer for rye\n"
    );
}

#[test]
fn a_list_of_other_postings_is_removed_to_the_end_of_its_region() {
    let text = "# Ferry Deckhand\n\nKeep the deck safe. Pay: $24 - $28 per hour.\n\n## Similar jobs\n\n### Harbor Pilot\n\nTacoma, WA $90,000 - $120,000 a year\n\n## People also viewed\n\n- Dock Worker, $19 an hour\n\n## About the company\n\nWe run ferries.\n";
    let once = assert_guarantees("deckhand.md", text);
    assert_eq!(
        once.text,
        "# Ferry Deckhand\n\nKeep the deck safe. Pay: $24 - $28 per hour.\n\n## About the company\n\nWe run ferries.\n"
    );
    assert!(
        once.removed.iter().all(|r| r
            .why
            .contains("other postings, listed under \"Similar jobs\"")),
        "{:?}",
        once.removed
    );
    // In a copied page, a line of its own heads the list; the next section name ends it.
    let text = "Ferry Deckhand\nKeep the deck safe.\nMore jobs at Sound Ferries\nHarbor Pilot\n$90,000 - $120,000 a year\nAbout the job\nDeck work in all weathers.\n";
    let once = assert_guarantees("deckhand.txt", text);
    assert!(!once.text.contains("Harbor Pilot"), "{}", once.text);
    assert!(
        once.text.contains("Deck work in all weathers."),
        "{}",
        once.text
    );
}

#[test]
fn a_short_line_naming_other_jobs_heads_a_list_of_other_postings() {
    // Not a heading the vocabulary lists: its words say what it is.
    for head in [
        "Other roles you might like",
        "More Line Cook jobs in Tacoma",
        "Jobs like this one",
    ] {
        let text = format!(
            "Ferry Deckhand\nTacoma, WA\nKeep the deck safe.\n\n{head}\nHarbor Pilot\nSound Ferries · Seattle, WA\n$90,000 - $120,000 a year\n"
        );
        let once = assert_guarantees("deckhand.txt", &text);
        assert!(!once.text.contains("Harbor Pilot"), "{head}: {}", once.text);
        assert!(once.text.contains("Keep the deck safe."), "{}", once.text);
    }
    // A sentence, or a line without a word for other jobs, is the posting's own.
    for line in [
        "More roles will open in spring, so apply early.",
        "Other duties as assigned",
    ] {
        let text = format!(
            "Ferry Deckhand\n\nKeep the deck safe.\n\n{line}\nCoil the lines after each crossing.\n"
        );
        let once = assert_guarantees("deckhand.txt", &text);
        assert!(
            once.text.contains("Coil the lines after each crossing."),
            "{line}: {}",
            once.text
        );
    }
}

#[test]
fn a_search_pages_result_cards_are_removed_by_their_shape() {
    // Three cards of the same shape (title, company, short lines) under the page's heading;
    // the open posting after them stays.
    let text = "# 2,345 Jobs in Oregon\n\n### Orchard Supervisor\n\n#### Pear Valley Farms\n\nHood River, OR\n\n$58,000 - $64,000\n\n### Cider Maker\n\n#### Gorge Ciderworks\n\nThe Dalles, OR\n\n### Tractor Mechanic\n\n#### Columbia Implements\n\nPendleton, OR\n\n## Irrigation Technician\n\n#### Blue Furrow Co-op\n\nKeep our drip lines flowing.\n";
    let once = assert_guarantees("search.md", text);
    assert_eq!(
        once.text,
        "# 2,345 Jobs in Oregon\n\n## Irrigation Technician\n\n#### Blue Furrow Co-op\n\nKeep our drip lines flowing.\n"
    );
    assert!(
        once.removed.iter().all(|r| r.why.contains("result cards")),
        "{:?}",
        once.removed
    );
    // Two sections of a posting with their sub-headings are no list of cards.
    let text = "# Baker\n\n### What you do\n\n#### Mornings\n\nBake bread.\n\n### What you bring\n\n#### Skills\n\nPatience.\n";
    let once = assert_guarantees("baker.md", text);
    assert!(once.removed.is_empty(), "{:?}", once.removed);
}

#[test]
fn a_search_pages_filter_options_are_removed_by_their_shape() {
    let text = "Date posted\n\nPast day (1,204)\n\nPast week (9,876)\n\nDone\n\nSalary\n\n$50,000+ (7,310)\n\n$70,000+ (5,002)\n\n# Irrigation Technician\n\nKeep our drip lines flowing.\n";
    let once = assert_guarantees("search.md", text);
    assert!(!once.text.contains("(9,876)"), "{}", once.text);
    assert!(!once.text.contains("$70,000+"), "{}", once.text);
    assert!(
        once.text.contains("Keep our drip lines flowing."),
        "{}",
        once.text
    );
    assert!(
        once.removed
            .iter()
            .all(|r| r.why.contains("filter options")),
        "{:?}",
        once.removed
    );
}

#[test]
fn chrome_lines_are_removed_with_their_reason() {
    let n = fmt("job.txt", SCRAPED);
    let removed: Vec<(&str, &str)> = n
        .removed
        .iter()
        .map(|r| (&SCRAPED[r.span.range()], r.why.as_str()))
        .collect();
    assert_eq!(removed.len(), 5, "{removed:?}");
    assert_eq!(
        removed[0],
        ("Skip to main content", "navigation or page control")
    );
    assert!(removed[1].1.contains("breadcrumb"), "{removed:?}");
    assert!(removed[2].1.contains("posting-date"), "{removed:?}");
    assert_eq!(removed[3].0, "Share this job");
    assert!(removed[4].1.contains("copyright"), "{removed:?}");
}

#[test]
fn a_label_line_is_not_chrome() {
    let n = assert_guarantees("job.txt", "Engineer\n\nEmail:\njobs@example.com\n");
    assert!(n.removed.is_empty(), "{:?}", n.removed);
    assert!(n.text.contains("Email\n\njobs@example.com"), "{}", n.text);
}

const NORMAL_MARKDOWN: &str = "---
title: Data Analyst
location:   Denver, CO
tags: [analytics, sql]
---

# Data Analyst

Acme & Co. is hiring. <!-- inline note --> Read *this* and **that**.

## What you will do

- Build dashboards in `SQL & Python`
  - nested under the first item
    1. and deeper
- Second item
  continues here

1. First
2. Second

## Details

| Pay | Location |
|-----|----------|
| $80,000–$95,000 | Denver, CO |

```text
  indented code
```

> A quote
> on two lines

<!--
hirelint-disable-next-line pay/missing -- pay is on the careers page
-->

[careers]: https://example.com/careers

---

Equal opportunity employer.
";

#[test]
fn markdown_in_normal_form_comes_back_byte_for_byte() {
    let n = fmt("job.md", NORMAL_MARKDOWN);
    assert_eq!(n.text, NORMAL_MARKDOWN);
    assert!(n.removed.is_empty());
}

#[test]
fn markdown_structure_is_normalized() {
    let messy = "Data Analyst\n============\n\nREQUIREMENTS\n\n* one\n* two\n    + nested\n\n**What we offer:**\n+ pay\n\nIntro line\nSecond line   \n\n\n\nEnd &nbsp;here.";
    let n = assert_guarantees("job.md", messy);
    assert_eq!(
        n.text,
        "# Data Analyst\n\n## REQUIREMENTS\n\n- one\n- two\n    - nested\n\n## What we offer\n\n- pay\n\nIntro line\nSecond line\n\nEnd here.\n"
    );
}

#[test]
fn a_list_indented_under_a_paragraph_becomes_a_list() {
    // Indented by four spaces, these lines continue the paragraph for Markdown; the writer
    // meant a list.
    let messy = "**Responsibilities:**\n    1. Build models\n    2. Ship them\n";
    let n = assert_guarantees("job.md", messy);
    assert_eq!(
        n.text,
        "## Responsibilities\n\n1. Build models\n2. Ship them\n"
    );
}

#[test]
fn lines_keep_their_indentation_inside_lists() {
    // A tab-indented nested list and lazy continuation lines stay where they belong.
    let messy = "- Veterans:\n\t- claim preference\n    - submit forms\nlazy line\n- Next\n";
    let n = assert_guarantees("job.md", messy);
    assert_eq!(n.text, messy);
}

#[test]
fn line_endings_and_byte_order_mark_are_kept() {
    let crlf = "\u{feff}TITLE LINE\r\n\r\n\r\n• one\r\n";
    let n = assert_guarantees("job.txt", crlf);
    assert_eq!(n.text, "\u{feff}# TITLE LINE\r\n\r\n- one\r\n");
    let cr_only = fmt("job.txt", "Title\rBody text.\r");
    assert_eq!(cr_only.text, "# Title\n\nBody text.\n");
}

#[test]
fn entities_are_decoded_outside_code() {
    let n = assert_guarantees(
        "job.md",
        "Pay &amp;amp; perks, `a &amp; b`, line&#13;break, caf&eacute;\n",
    );
    assert_eq!(n.text, "Pay &amp; perks, `a &amp; b`, line break, café\n");
}

#[test]
fn a_page_s_escaped_markup_stays_escaped_in_its_markdown() {
    let n = fmt(
        "job.html",
        "<h1>Web Developer</h1><p>You know &lt;script&gt;alert(1)&lt;/script&gt; &amp; R&amp;D.</p>",
    );
    assert_eq!(
        n.text,
        "# Web Developer\n\nYou know &lt;script&gt;alert(1)&lt;/script&gt; &amp; R&amp;D.\n"
    );
}

#[test]
fn escaped_markup_stays_escaped() {
    // Shown as text where it was written; decoded it would be live HTML in the Markdown.
    for name in ["job.md", "job.txt"] {
        let n = assert_guarantees(
            name,
            "You know &lt;div&gt; and &#60;script&#x3E;alert(1)&lt;/script&gt;, Tom &amp; Jerry, R&D &amp;lt;b&amp;gt;\n",
        );
        assert_eq!(
            n.text,
            "You know &lt;div&gt; and &lt;script&gt;alert(1)&lt;/script&gt;, Tom &amp; Jerry, R&D &lt;b&gt;\n",
            "{name}"
        );
    }
}

#[test]
fn unusual_input_keeps_the_guarantees() {
    let cases = [
        ("empty.md", ""),
        ("blank.txt", "\n\n   \n"),
        ("only-chrome.txt", "Share this job\nSimilar jobs\n"),
        ("em-space.md", "One\n\u{2003}\nTwo\n"),
        ("setext-two-lines.md", "Senior\nEngineer\n===\nText\n"),
        ("no-final-newline.txt", "Title\nLast line"),
        ("hashes.md", "# C#\n\n## Title ##\n\n#hashtag\n"),
        ("unclosed-fence.md", "Text\n```\ncode   \n"),
        (
            "chinese.md",
            "## 岗位职责\n1、负责后端开发\n熟悉 HTML、CSS 等。\n",
        ),
        ("comment.txt", "Title\n<!-- a\n   note -->\nBody\n"),
        (
            "liquid.md",
            "{% comment %}\n# not a heading\n{% endcomment %}\nText\n",
        ),
        ("quote-in-item.md", "- item\n  > quoted\n  > more\n- next\n"),
        ("deep.md", &format!("{}x\n", "> ".repeat(50))),
        (
            "deep-list.md",
            &(0..40)
                .map(|i| format!("{}- {i}\n", "  ".repeat(i)))
                .collect::<String>(),
        ),
        (
            "separators.txt",
            "Title\n-----\n\n------------\nBody\n=====\n",
        ),
        ("fields.txt", "Job\nLocation:\nDenver\nType: Full-time\n"),
    ];
    for (name, text) in cases {
        assert_guarantees(name, text);
    }
}

#[test]
fn short_items_run_together_are_an_inline_list_not_bullets() {
    assert_eq!(split_inline_bullets("Python • SQL • Excel", 2), None);
    assert_eq!(
        split_inline_bullets("Lead • first long item here • second long item here", 2),
        Some((
            "Lead",
            vec!["first long item here", "second long item here"]
        ))
    );
    // One bullet inside a bulleted line is enough.
    assert_eq!(
        split_inline_bullets("- one long item • another long item", 1),
        Some(("- one long item", vec!["another long item"]))
    );
}

/// Inputs the fuzzer (fuzz/, target `fmt`) found breaking a guarantee, shrunk by hand.
#[test]
fn bullets_written_as_entities_are_items() {
    let n = fmt(
        "job.txt",
        "Title\n\nIntro text.\n\n&bull; Item one here\n&#8226; Item two here\n",
    );
    assert_eq!(
        n.text,
        "# Title\n\nIntro text.\n\n- Item one here\n- Item two here\n"
    );
}

#[test]
fn fuzz_regressions() {
    let cases: &[(&str, &str)] = &[
        // A line of U+2028 in a block quote: Markdown reads it as text that goes on the quote,
        // the writer took it for a blank line that ended it, and `&mp;` after it was decoded
        // as text on the next pass.
        ("job.md", ">%\n\u{2028}\r&mp;"),
        // `&nbsp;` before a Liquid comment tag: text before it kept the line running text, and
        // once written as a space the tag opened a kept block on the next pass.
        ("job.txt", "~\n&nbsp;{%comment%}"),
        // A byte-order mark before an ATX heading: the heading was read as text and a second
        // `# ` put in front of it.
        ("job.md", "\u{feff}# Frontend Developer\n\nText.\n"),
        // A comment opened in the title line and closed lines later: the blank line the
        // writer put after the title became part of the kept comment, and a second blank
        // line was added before it on the next pass.
        (
            "job.txt",
            "Intro <!-- note, in React and\r\nTypeScript.\r\n\r\nWe offer -->ok\r\n",
        ),
        // A kept block (raw HTML, code) running to the end of a file that ends in spaces: the
        // spaces became a blank line, which the next pass dropped.
        ("job.md", "# T\n\n<script>\n{ \"a\": 1 }\n    "),
        ("job.md", "```\ncode\n  \t"),
        // A paragraph's indented line after a chrome line that is removed: the line kept its
        // indentation and became a code block on the next pass.
        (
            "job.md",
            "# Title\nCareers > Engineering > Denver\n    <p>Health</p>\n   more text.\n",
        ),
        // Raw HTML inside a list item: the item's lazy lines before it were left unread (kept
        // as written) and cleaned on the next pass.
        (
            "job.md",
            "- item\ntitle: x\ns  <title>a</title>\n  <main>\n",
        ),
        // A line of control characters and an entity, which fmt writes as one space: too long
        // to be a heading as written, short enough once written.
        (
            "job.txt",
            "ABOUT\r\nY\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0\0ou&rsquo;ll keep turbines running:\r\nTwo years of field work\r\n",
        ),
        // Control characters around a bullet: they became spaces (the line had an `&`), and
        // the text read as a list item on the next pass. Only decoded entities become spaces.
        ("job.md", "\0\0*\0\0New York & more\nnext line\n"),
        ("job.md", "a &#0;* b &amp; c\n"),
        // A long first line whose bullets run together, above more text: its lead stands alone
        // once the bullets are items, and was promoted to the title only on the next pass.
        (
            "job.txt",
            "Five years of experience, entry level, internship, twelve weeks, from May to July- • • First item of the list here\r\nmore text &amp; words\r\n",
        ),
        // A lone CR after an indented code line: pulldown-cmark read the next line as code.
        ("job.md", "\te\r\u{1}"),
        ("job.md", "# Title\r\r    code\rtext after\r"),
        // Bullets run together after nested empty items: the lead `- - -` became a thematic
        // break on a line of its own (found by the property test).
        (
            "job.md",
            "- - - • <!-- hirelint-disable-next-line pay/missing -- why -->\n",
        ),
        // A glyph bullet holding only `---`, lazily continuing an item: made `- ---`, a
        // thematic break in a new item on the next pass.
        ("job.md", "- Item text\r\n• ---\ntitle: x\n---\n# Barista\n"),
        // ...and one holding a comment, followed by a lazy line: the comment became an HTML
        // block in an item, which a lazy line cannot continue.
        (
            "job.md",
            "- Item text\r\n• <!-- note here now -->\nMore text after",
        ),
        // U+FEFF after a blank first line: it started the output, a byte-order mark next time.
        ("job.md", "\n\u{feff}"),
        ("job.txt", "\n\u{feff}Title\n\nText\n"),
        // U+FEFF alone on a kept line (inside an unclosed comment): it was dropped, leaving a
        // blank line at the end, which the next pass dropped too.
        ("job.txt", "<!--\n\u{feff}"),
        ("job.md", "\n\u{feff} <"),
        ("job.md", " \u{feff}-\r;"),
        // An entity that made a paragraph's later line start like a list item.
        ("job.md", "Shots and steam\n*&nbsp;*Location: Denver\n"),
        // A paragraph line after one that became an item starts a paragraph of its own.
        ("job.md", "• s\n <"),
        ("job.md", "• o\n*"),
        // A space written as an entity after a bullet.
        ("job.txt", "*&nbsp;;"),
        // Hashes ending a heading after a space: the closing sequence of an ATX heading.
        ("job.md", "\u{19} #\n-"),
        ("job.md", "Skills C #\n---\n\nText.\n"),
        // A thematic break first after a lone CR: `---` first in the file opens front matter.
        ("job.md", "\r---\n<h1\n---\n>"),
        // A chrome line that opens a comment.
        ("job.txt", "Careers > Jobs <!--\nhidden\n"),
        // A line after a text line whose bullets become items.
        ("job.md", "d &bull; one two three &bull; four five six\n*"),
        // A bullet after a space written as an entity.
        ("job.txt", "&nbsp;&bull;"),
        ("job.md", "&nbsp;&bull; q"),
        // `* --` is an item; `- --` would be a thematic break.
        ("job.md", "* --"),
        // Lines of only U+FEFF and spaces.
        ("job.md", " \u{feff} \u{feff}"),
        ("job.txt", " \u{feff}\np"),
        // Bullets run together, one of them raw HTML: as an item it would be an HTML block.
        (
            "job.md",
            "- Pay: $18 per hour \u{2003}• <p>html</p>Location: Denver, CO\n• \r\n",
        ),
        // A glyph bullet made an item would take in the indented raw HTML after it.
        ("job.md", "• p\n  <style\nt"),
        ("job.md", "&bull; y\n\n \u{3}"),
        // A setext heading whose first line is only an entity space.
        ("job.md", "&nbsp;\n\0\n-"),
        // A bullet written as an entity in Markdown.
        ("job.md", "&bull; C"),
        // Chrome written with an entity and doubled spaces: judged as written it was text,
        // and chrome once cleaned on the next pass.
        (
            "job.txt",
            "Skip &nbsp;to main content\r\nField Service Technician\r\nAcme\r\n",
        ),
        // A marker followed by a vertical tab (not a space to Markdown), which cleaning
        // trimmed: `*` alone is a list item next time.
        ("job.md", "*\u{b}"),
        ("job.md", "Intro\n\n1.\u{b}\n\n#\u{c}\n"),
        // Bullets written as entities: text once, items once decoded.
        ("job.txt", "&bull;"),
        ("job.txt", "& €40,000–€50,000; a"),
        (
            "job.txt",
            "Title\n\nIntro text.\n\n&bull; Item one here\n&#8226; Item two here\n",
        ),
        // An indented paragraph line whose bullets become items: its lead lost the indent
        // that kept it from opening an HTML block.
        ("job.md", "p\n    <p &bull; &bull; n a u"),
        ("job.md", "=\n    <p &bull; &bull; A v i"),
        // An entity made a lazy line of a list item start a quote, which would interrupt it.
        ("job.md", "- /\n&nbsp;>"),
        // An escaped continuation line keeps no indent: the next pass drops it.
        ("job.md", "m\n <p&nbsp;"),
        // A heading whose bullets become items, above an indented code block: the block would
        // belong to the last item.
        ("job.md", "# e &bull;&nbsp;&bull; A v d\n    &#9;"),
        // The lead alone is chrome, and would be removed next time: no split.
        ("job.txt", "Careers>&nbsp;&bull; &bull; C a :"),
        (
            "job.txt",
            "\u{a9}\u{0}6 Acme Turbines.nPnce &bull; lhireline\u{a9}\u{0}6 Acme Turbines.nPnce \u{2022} lnnPp to main co?ten to main co?ntenPntePPino?ntenPenPco?ntenPenPnPco?ntenPePp to main co?ten to main co?ntenPntePPin co?ntenPenPco?ntenPenP",
        ),
        // A heading marker followed by a tab in plain text.
        ("job.txt", "#\t\u{0}\nr"),
        // An item whose line opens an indented code block or a quote continued below it.
        ("job.md", "+\t\t\u{0}\n\t\t\u{0}"),
        ("job.md", "- >e\n :"),
        // A title that is 100 characters long once U+FEFF before it is dropped.
        (
            "job.txt",
            "\r\u{feff}eer of m > m >eas om >rs of m > m >> mars of m >rs of m > m >> m >>> m >ars of m >rs of m > m >> m >",
        ),
        // A comment opened among bullets run together hides what follows it.
        ("job.txt", "&bull;<!--l &bull; d s n"),
        // A heading marker followed by a space written as an entity, in plain text.
        ("job.txt", "#&nbsp;!\rt"),
        // An indented paragraph line after a line that became a block of its own (a heading
        // once the chrome between them went, a chrome line kept because it opens a comment):
        // it starts a paragraph, and keeps no indent.
        ("job.md", "Aex:\nCareers>\n <"),
        ("job.md", "n\nCareers><!--\n <"),
        // A line of spaces ending raw HTML in a list item.
        ("job.md", "- <p\n   \nB"),
        // A glyph bullet above an indented paragraph (not a block kept as written).
        ("job.md", "\u{2022} I\n\n *c"),
        // A vertical tab before a comment is no text before it.
        ("job.txt", "\0\n\u{b}<!---->l"),
        // A chrome line that closes a comment opened in the line before: removing it left the
        // comment open.
        ("job.md", "i<!--\r\u{a9}-->\n\u{a9}<!--"),
        // A lone CR ends a line of front matter too.
        ("job.md", "---\n\r---\n---"),
    ];
    for (name, text) in cases {
        assert_guarantees(name, text);
    }
    assert_eq!(
        fmt("job.md", "\u{feff}# Dev\r\n\r\nText.\r\n").text,
        "\u{feff}# Dev\r\n\r\nText.\r\n"
    );
}

#[test]
fn a_copied_pages_result_cards_are_removed() {
    let text = "Line Cook\nHarbor Grill\nPortland, ME\n\nAbout the job\nYou cook breakfast on our line. We pay $18 an hour.\nSous Chef\nBlue Fin Kitchen\nBoston, MA\n$30/hour\n3 days ago\nDishwasher\nCorner Diner\nBangor, ME\n1 week ago\nPrep Cook\nMaple Table\nAugusta, ME\n$16/hour\n5 days ago\n";
    let once = assert_guarantees("cards.txt", text);
    assert!(once.text.contains("We pay $18 an hour."), "{}", once.text);
    for gone in ["Sous Chef", "Corner Diner", "$16/hour", "days ago"] {
        assert!(!once.text.contains(gone), "{gone}: {}", once.text);
    }
    assert!(
        once.removed
            .iter()
            .any(|r| r.why.contains("result cards of other postings")),
        "{:?}",
        once.removed
    );
}

#[test]
fn a_navigation_bar_copied_one_item_a_line_is_chrome() {
    let page = "Home\nJobs\n\nCompanies\nSalaries\nSign in\n\nPastry Cook\n\nApply now\n\n\
                Bake laminated doughs for our two shops.\n\nSkills\n\nJobs\nLamination\n";
    let n = assert_guarantees("job.txt", page);
    let removed: Vec<&str> = n.removed.iter().map(|r| &page[r.span.range()]).collect();
    assert_eq!(
        removed,
        [
            "Home",
            "Jobs",
            "Companies",
            "Salaries",
            "Sign in",
            "Apply now"
        ],
        "{:?}",
        n.removed
    );
    assert!(n.text.starts_with("# Pastry Cook"), "{}", n.text);
    // A job board's header: three items of its own.
    let page = "Find jobs\nCompany reviews\nFind salaries\n\nNight Baker\nMill Street Bakery\n\n\
                Bake bread for the morning shops.\n";
    let n = assert_guarantees("job.txt", page);
    let removed: Vec<&str> = n.removed.iter().map(|r| &page[r.span.range()]).collect();
    assert_eq!(removed, ["Find jobs", "Company reviews", "Find salaries"]);
    // Two items in a row may be the posting's own lines: kept.
    let n = assert_guarantees(
        "job.txt",
        "Pastry Cook\n\nWhere you will work:\n\nHome\nJobs\n",
    );
    assert!(n.removed.is_empty(), "{:?}", n.removed);
}

#[test]
fn a_navigation_bar_on_one_line_is_chrome_but_a_postings_header_is_not() {
    let page = "Home | Careers | Our Kitchens | Life at Brindle | Sign in\n\nLine Cook\n\n\
                Prep and cook for dinner service.\n";
    let n = assert_guarantees("job.txt", page);
    let removed: Vec<&str> = n.removed.iter().map(|r| &page[r.span.range()]).collect();
    assert_eq!(removed, [page.lines().next().unwrap()], "{:?}", n.removed);
    assert!(n.removed[0].why.contains("between bars"), "{:?}", n.removed);
    assert!(n.text.contains("Line Cook"), "{}", n.text);
    // The same bar kept as a line of a Markdown paragraph.
    let n = assert_guarantees("job.md", page);
    assert_eq!(n.removed.len(), 1, "{:?}", n.removed);
    // A posting's own header of facts, and a line of benefits, stay.
    for kept in [
        "Line Cook | Portland, OR | Full-time | $19/hour\n\nPrep and cook.\n",
        "Line Cook | Kitchen | Full-time | Jobs Board\n\nPrep and cook.\n",
        "Line Cook\n\nMedical | Dental | Paid Time Off | 401k match\n",
    ] {
        let n = assert_guarantees("job.txt", kept);
        assert!(n.removed.is_empty(), "{kept}: {:?}", n.removed);
    }
}

#[test]
fn a_navigation_bar_kept_in_markdown_is_chrome_but_a_written_list_is_not() {
    let page = "Home\nJobs\nCompanies\nSalaries\n\n# Dock Associate\n\nLoad trailers.\n\n\
                ## Where we help\n\n- Careers\n- Community\n- Network\n";
    let n = assert_guarantees("job.md", page);
    let removed: Vec<&str> = n.removed.iter().map(|r| &page[r.span.range()]).collect();
    assert_eq!(
        removed,
        ["Home", "Jobs", "Companies", "Salaries"],
        "{:?}",
        n.removed
    );
    assert!(n.text.starts_with("# Dock Associate"), "{}", n.text);
    assert!(
        n.text.contains("- Careers\n- Community\n- Network"),
        "{}",
        n.text
    );
}

#[test]
fn a_navigation_item_with_a_counter_is_still_an_item() {
    let page = "Careers Home\nSearch Jobs\nSaved Jobs (0)\nJob Alerts\n\nGrill Cook\n\nCook.\n";
    let n = assert_guarantees("job.txt", page);
    let removed: Vec<&str> = n.removed.iter().map(|r| &page[r.span.range()]).collect();
    assert_eq!(
        removed,
        [
            "Careers Home",
            "Search Jobs",
            "Saved Jobs (0)",
            "Job Alerts"
        ],
        "{:?}",
        n.removed
    );
    // A line that only ends in a number in parentheses is no counter of an item.
    let n = assert_guarantees(
        "job.txt",
        "Grill Cook\n\nHome\nJobs\nShifts (2026)\n\nCook.\n",
    );
    assert!(n.removed.is_empty(), "{:?}", n.removed);
}
