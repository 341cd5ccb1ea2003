//! What a page's title template writes around the posting's title: the employer ("Line Cook -
//! Acme", "Acme | Line Cook", "Line Cook at Acme", "Line Cook in Leeds | Kitchen at Acme") and,
//! in such a template, the place.
//!
//! A suffix is cut only when it names the employer: a name the posting gives as its employer
//! (front matter, a `Company:` field, the JSON-LD `hiringOrganization`), or one the page speaks
//! of as a company ("About Acme", "At Acme, we ...": the vocabulary's `employer_before`).
//! Anything else after a dash stays: it is as often part of the title ("Data Engineer -
//! Austria", "Software Engineer - Developer Experience").

use super::{Block, BlockKind, FrontMatter};
use crate::source::{Source, Span};
use crate::vocab::Vocabulary;

/// Separators between a title and the employer's name in a page's title.
const SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — "];
/// An employer's name is short.
const MAX_NAME_WORDS: usize = 6;

/// The names the posting gives for its employer: a front-matter key or a field the label
/// vocabulary says names the company, and the JSON-LD `hiringOrganization`.
fn employer_names(
    source: &Source,
    fm: Option<&FrontMatter>,
    blocks: &[Block],
    vocab: &Vocabulary,
) -> Vec<String> {
    let text = source.text.as_str();
    let from_front_matter = fm.into_iter().flat_map(|fm| {
        fm.fields
            .iter()
            .filter(|f| vocab.label_fact(&f.key.replace(['_', '-', '.'], " ")) == Some("company"))
            .map(|f| f.value.trim().to_string())
    });
    let from_fields = blocks.iter().filter_map(|b| match &b.kind {
        BlockKind::Field { value, fact, .. } if fact == "company" => {
            Some(text[value.range()].trim().to_string())
        }
        _ => None,
    });
    let from_json_ld = source
        .rendered
        .iter()
        .flat_map(|r| r.json_ld.iter())
        .filter_map(|script| {
            let json: serde_json::Value = serde_json::from_str(&text[script.range()]).ok()?;
            let org = crate::source::json_ld::job_posting(&json)?.get("hiringOrganization")?;
            let name = org.as_str().or_else(|| org.get("name")?.as_str())?;
            Some(name.trim().to_string())
        });
    from_front_matter
        .chain(from_fields)
        .chain(from_json_ld)
        .filter(|n| !n.is_empty())
        .collect()
}

/// What a page says of its title besides its text: the employer's names, and its head's
/// titles (`<title>`, `og:title`) without them.
#[derive(Debug, Default)]
pub(super) struct PageTitle {
    pub employers: Vec<String>,
    pub head_titles: Vec<String>,
}

impl PageTitle {
    pub(super) fn new(
        source: &Source,
        fm: Option<&FrontMatter>,
        blocks: &[Block],
        vocab: &Vocabulary,
    ) -> PageTitle {
        let text = source.text.as_str();
        let head = source.rendered.as_ref().map(|r| &r.head);
        let mut employers = employer_names(source, fm, blocks, vocab);
        employers.extend(head.and_then(|h| h.site_name.clone()));
        let nowhere = Span::new(0, 0);
        let head_titles = head
            .into_iter()
            .flat_map(|h| [&h.title, &h.og_title])
            .flatten()
            .map(|t| {
                let kept = cut(t, |name| {
                    is_employer(text, nowhere, name, &employers, vocab)
                });
                t[kept].trim().to_string()
            })
            .filter(|t| !t.is_empty())
            .collect();
        PageTitle {
            employers,
            head_titles,
        }
    }
}

/// `line` without the employer's name a page's title template put before or after it, and
/// without the place such a template puts after the title ("... in Leeds, England").
pub(super) fn without_employer(
    text: &str,
    line: Span,
    employers: &[String],
    vocab: &Vocabulary,
) -> Span {
    let s = &text[line.range()];
    let kept = cut(s, |name| is_employer(text, line, name, employers, vocab));
    let kept = Span::new(line.start + kept.start, line.start + kept.end);
    if text[kept.range()].trim().is_empty() {
        return line;
    }
    super::lines::trim(text, kept)
}

/// The part of a page's title `s` that is the posting's, when `is_employer` finds the name of
/// the employer before or after it; all of `s` otherwise.
fn cut(s: &str, is_employer: impl Fn(&str) -> bool) -> std::ops::Range<usize> {
    let mut start = 0;
    let mut end = s.len();
    // After the title: " - Acme", " at Acme", " | Kitchen at Acme".
    let suffix = cuts(s).find(|&(at, sep)| is_employer(s[at + sep.len()..].trim()));
    if let Some((at, sep)) = suffix {
        end = at;
        // "Title | Category at Company": the category goes with the employer.
        if sep == " at "
            && let Some(bar) = s[..at].rfind(" | ")
            && !SEPARATORS.iter().any(|sep| s[bar + 3..at].contains(sep))
        {
            end = bar;
        }
    } else if let Some((at, sep)) = cuts(s)
        .find(|&(_, sep)| sep != " at ")
        .filter(|&(at, _)| is_employer(s[..at].trim()))
    {
        // Before it: "Acme | Line Cook".
        start = at + sep.len();
    }
    if (start, end) == (0, s.len()) {
        return 0..s.len();
    }
    // The template that names the employer puts the place after the title: "Line Cook in
    // Leeds, England".
    if let Some(at) = s[start..end].rfind(" in ").map(|i| start + i)
        && names_place(&s[at + 4..end])
    {
        end = at;
    }
    if s[start..end].trim().is_empty() {
        return 0..s.len();
    }
    start..end
}

/// Where `s` may be cut into a title and an employer's name, left to right: each separator,
/// and " at " before a capital.
fn cuts(s: &str) -> impl DoubleEndedIterator<Item = (usize, &'static str)> + '_ {
    let mut all: Vec<(usize, &'static str)> = SEPARATORS
        .iter()
        .flat_map(|sep| s.match_indices(sep).map(|(i, _)| (i, *sep)))
        .chain(s.match_indices(" at ").map(|(i, _)| (i, " at ")))
        .collect();
    all.sort_unstable();
    all.into_iter()
}

/// Whether `name` is the employer's: short, capitalised, and given as the employer or spoken of
/// as a company in the text outside `line`.
fn is_employer(
    text: &str,
    line: Span,
    name: &str,
    employers: &[String],
    vocab: &Vocabulary,
) -> bool {
    let words = name.split_whitespace().count();
    if words == 0 || words > MAX_NAME_WORDS || name.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    if employers.iter().any(|e| e.eq_ignore_ascii_case(name)) {
        return true;
    }
    text.match_indices(name).any(|(i, _)| {
        let whole = !text[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
            && !text[i + name.len()..]
                .chars()
                .next()
                .is_some_and(char::is_alphanumeric);
        let before = text[..i].trim_end_matches(' ');
        let before =
            &before[crate::re::floor_char_boundary(before, before.len().saturating_sub(24))..];
        let before = before.to_lowercase();
        whole
            && !line.contains(Span::new(i, i + name.len()))
            && vocab.titles.employer_before.iter().any(|w| {
                before.strip_suffix(w.as_str()).is_some_and(|rest| {
                    !rest.chars().next_back().is_some_and(char::is_alphanumeric)
                })
            })
    })
}

/// Whether `s` names a place: a city the gazetteer knows, or the shape of a place with its
/// region and country ("Pune, Maharashtra, IN"), every part capitalised.
fn names_place(s: &str) -> bool {
    let parts: Vec<&str> = s.split(',').map(str::trim).collect();
    let capitalised = |p: &&str| p.chars().next().is_some_and(char::is_uppercase);
    match parts[..] {
        [city] => !city.is_empty() && crate::facts::location::names_a_city(city),
        _ => parts.iter().all(capitalised),
    }
}

#[cfg(test)]
mod tests {
    use crate::source::{Format, Source};

    fn title(text: &str, format: Format) -> Option<String> {
        let vocab = crate::rules::builtin_vocabulary();
        let source = Source::new("t", text, format);
        let doc = super::super::Document::parse(&source, vocab);
        doc.title.map(|t| source.slice(t).to_string())
    }

    #[test]
    fn a_page_title_loses_the_employer_the_page_speaks_of() {
        let body =
            "\n\nAbout Orchard Lane Bakery\n\nAt Orchard Lane Bakery, we bake bread at night.\n";
        for (line, want) in [
            ("Night Baker - Orchard Lane Bakery", "Night Baker"),
            ("Night Baker | Orchard Lane Bakery", "Night Baker"),
            ("Orchard Lane Bakery | Night Baker", "Night Baker"),
            ("Night Baker at Orchard Lane Bakery", "Night Baker"),
            (
                "Night Baker in Leeds | Production at Orchard Lane Bakery",
                "Night Baker",
            ),
            (
                "Night Baker in Nowhereton, Wessex, GB | Production at Orchard Lane Bakery",
                "Night Baker",
            ),
            // What the page does not speak of as a company stays.
            ("Night Baker - Weekends", "Night Baker - Weekends"),
            ("Night Baker - Leeds", "Night Baker - Leeds"),
        ] {
            let text = format!("Title: {line}\n{body}");
            assert_eq!(title(&text, Format::Text).as_deref(), Some(want), "{line}");
        }
        // A place stays when no employer's name shows the line is a page's title template.
        let text = format!("Night Baker in Leeds\n{body}");
        assert_eq!(
            title(&text, Format::Text).as_deref(),
            Some("Night Baker in Leeds")
        );
    }

    #[test]
    fn a_page_title_loses_the_employer_the_posting_names() {
        let md = "---\ntitle: Dispatcher - Kestrel Freight\ncompany: Kestrel Freight\n---\nYou route trucks.\n";
        assert_eq!(title(md, Format::Markdown).as_deref(), Some("Dispatcher"));
        let html = r#"<html><body><h1>Dispatcher at Kestrel Freight</h1><p>You route trucks.</p>
            <script type="application/ld+json">{"@type": "JobPosting", "title": "Dispatcher",
            "hiringOrganization": {"@type": "Organization", "name": "Kestrel Freight"}}</script>
            </body></html>"#;
        assert_eq!(title(html, Format::Html).as_deref(), Some("Dispatcher"));
    }

    #[test]
    fn a_heading_the_pages_head_agrees_with_is_the_title() {
        // The page's first line is the site's logo; its head names the title, after which the
        // site's name; the posting's heading carries a badge after the title.
        let html = r#"<html><head><title>Data Steward - Civic Data Office</title>
            <meta property="og:site_name" content="Civic Data Office"></head><body>
            <p>Civic Data</p><ul><li>Home</li><li>Docs</li></ul>
            <h2>Data Steward <span>open</span></h2><p>You keep our registers tidy.</p>
            </body></html>"#;
        assert_eq!(title(html, Format::Html).as_deref(), Some("Data Steward"));
        // A search page's head names the list, not the posting it has open.
        let html = r#"<html><head><title>12 jobs in Ohio</title></head><body>
            <h1>12 Jobs in Ohio</h1><h2>Data Analyst</h2><p>You keep our registers tidy.</p>
            </body></html>"#;
        assert_eq!(title(html, Format::Html).as_deref(), Some("Data Analyst"));
    }
}
