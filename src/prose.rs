//! Where a fix may write: the prose of a posting, never its machinery.
//!
//! A rule finds words wherever the text has them, including inside a link's address, a code
//! span or a front-matter key; rewriting those would break the link, the code or the page
//! generator. So fixes are allowed only inside prose: the text runs of a Markdown posting
//! (not code, not HTML, not link or image addresses, not autolinks), the values (not the keys)
//! of its front matter, the visible text of an HTML page, and plain text; and never inside
//! something that looks like a URL, an e-mail address or a file path with a slash.

use crate::document::FrontMatter;
use crate::source::{Format, Source, Span};
use pulldown_cmark::{Event, LinkType, Options, Parser, Tag, TagEnd};
use std::sync::LazyLock;

/// Where fixes may write, in the coordinates of the file as read.
pub struct Prose {
    /// Byte ranges of prose, sorted and disjoint.
    allowed: Vec<Span>,
    /// URLs, addresses and paths inside the prose.
    denied: Vec<Span>,
}

impl Prose {
    pub fn of(source: &Source) -> Prose {
        let file = source.file_text();
        let allowed = match source.format {
            Format::Markdown => markdown(file),
            Format::Text => vec![Span::new(0, file.len())],
            Format::Html => {
                // Visible text only: the JSON-LD scripts after it are data.
                let end = source.file_span(Span::new(source.visible_end(), source.visible_end()));
                vec![Span::new(0, end.start)]
            }
        };
        Prose {
            allowed,
            denied: addresses(file),
        }
    }

    /// Whether a span of the file is prose that a fix may rewrite.
    pub fn allows(&self, span: Span) -> bool {
        let inside = self.allowed.iter().any(|a| a.contains(span));
        let touches = |d: &Span| d.start < span.end.max(span.start + 1) && span.start < d.end;
        inside && !self.denied.iter().any(touches)
    }
}

/// The strings of a posting that fixes must never change, in order: addresses (URLs, e-mail
/// addresses, paths) and, in Markdown, link and image addresses, code spans and blocks, HTML
/// and front-matter keys. Fixing a posting leaves this list as it was (the `fix` fuzz target
/// and the property tests check it).
pub fn machinery(source: &Source) -> Vec<String> {
    let file = source.file_text();
    let mut out: Vec<String> = addresses(file)
        .into_iter()
        .map(|s| file[s.range()].to_string())
        .collect();
    if source.format != Format::Markdown {
        return out;
    }
    let front = FrontMatter::parse(file).or_else(|| FrontMatter::parse_unfenced(file));
    let body_start = front.as_ref().map_or(0, |f| f.span.end);
    out.extend(
        front
            .iter()
            .flat_map(|f| f.fields.iter().map(|field| field.key.clone())),
    );
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    let mut in_code = false;
    for event in Parser::new_ext(&file[body_start..], options) {
        match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                out.push(dest_url.to_string())
            }
            Event::Start(Tag::CodeBlock(_)) => in_code = true,
            Event::End(TagEnd::CodeBlock) => in_code = false,
            Event::Text(t) if in_code => out.push(t.to_string()),
            Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => out.push(t.to_string()),
            _ => {}
        }
    }
    out
}

/// URLs (with a scheme, or starting `www.`), e-mail addresses, and file paths (`/a/b`, `docs/a.pdf`; not `he/she`):
/// a fix inside one would change an address.
fn addresses(text: &str) -> Vec<Span> {
    static ADDRESS: LazyLock<regex::Regex> = LazyLock::new(|| {
        regex::Regex::new(
            r"(?i)\b[a-z][a-z0-9+.-]*://[^\s<>]*|\bwww\.[^\s<>]+|\bmailto:[^\s<>]+|[^\s<>@()\[\]]+@[^\s<>@()\[\]]+\.[a-z]{2,}|(?:\.{1,2})?/[\w.~-]+(?:/[\w.~-]+)+|[\w.~-]+(?:/[\w.~-]+)+\.[a-z0-9]{1,5}\b",
        )
        .expect("the address pattern is valid")
    });
    ADDRESS
        .find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect()
}

/// The text runs of a Markdown posting, and its front-matter values.
fn markdown(text: &str) -> Vec<Span> {
    let front = FrontMatter::parse(text).or_else(|| FrontMatter::parse_unfenced(text));
    let body_start = front.as_ref().map_or(0, |f| f.span.end);
    let mut allowed: Vec<Span> = front
        .iter()
        .flat_map(|f| f.fields.iter().map(|field| field.value_span))
        .collect();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // Inside code blocks, autolinks and e-mail links every text run is machinery.
    let mut machinery = 0usize;
    for (event, range) in Parser::new_ext(&text[body_start..], options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_)) => {
                machinery += 1
            }
            Event::Start(Tag::Link {
                link_type: LinkType::Autolink | LinkType::Email,
                ..
            }) => machinery += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_)) => {
                machinery = machinery.saturating_sub(1)
            }
            Event::End(TagEnd::Link) if machinery > 0 => {
                // Only an autolink or e-mail link can be open here: code blocks hold no links.
                machinery -= 1
            }
            Event::Text(_) if machinery == 0 => {
                allowed.push(Span::new(range.start + body_start, range.end + body_start))
            }
            _ => {}
        }
    }
    allowed.sort();
    allowed
}

#[cfg(test)]
mod tests {
    use super::*;

    fn prose_words(text: &str, format: Format, word: &str) -> Vec<bool> {
        let source = Source::new("t", text, format);
        let prose = Prose::of(&source);
        text.match_indices(word)
            .map(|(i, w)| prose.allows(Span::new(i, i + w.len())))
            .collect()
    }

    #[test]
    fn markdown_prose_is_open_and_its_machinery_is_not() {
        let text = "# Salesman\n\nA salesman. [salesman page](https://x.example/salesman-42) \
                    <https://x.example/salesman> ![salesman](img/salesman.png) `salesman`\n\n\
                    See https://x.example/careers/salesman/ or www.salesman.example.\n\n\
                    <a href=\"https://x.example/salesman\">salesman</a>\n\n\
                    ```\nsalesman\n```\n";
        // prose, link text, link address, autolink, alt text, image path, code span, bare URL,
        // www address, HTML attribute, the text between HTML tags, code block.
        assert_eq!(
            prose_words(text, Format::Markdown, "salesman"),
            [
                true, true, false, false, true, false, false, false, false, false, true, false
            ]
        );
        assert_eq!(prose_words(text, Format::Markdown, "Salesman"), [true]);
    }

    #[test]
    fn fixing_leaves_the_machinery_as_it_was() {
        let linter = crate::lint::Linter::new(crate::rules::RuleSet::load(&[] as &[&str]).unwrap());
        let text = "---\nsalesman: x\n---\n\nThe salesman and our guys. [salesman](https://x.example/salesman) `salesman` \
                    <b title=\"salesman\">chairman</b> docs/salesman.pdf salesman@x.example\n\n```\nsalesman\n```\n";
        let source = Source::new("t.md", text, Format::Markdown);
        let before = machinery(&source);
        let fixed = crate::fix::fix(&linter, source, &Default::default(), true);
        assert!(fixed.applied >= 2, "{}", fixed.source.text);
        assert_eq!(machinery(&fixed.source), before, "{}", fixed.source.text);
    }

    #[test]
    fn front_matter_values_are_prose_and_keys_are_not() {
        let text = "---\nsalesman: The salesman role\n---\n\nBody salesman.\n";
        assert_eq!(
            prose_words(text, Format::Markdown, "salesman"),
            [false, true, true]
        );
    }

    #[test]
    fn plain_text_urls_and_paths_are_closed() {
        let text = "A salesman. Mail salesman@x.example or see docs/salesman.pdf, the salesman/saleswoman.";
        assert_eq!(
            prose_words(text, Format::Text, "salesman"),
            [true, false, false, true]
        );
    }

    #[test]
    fn a_page_s_json_ld_is_not_prose() {
        let text = "<p>A salesman.</p><script type=\"application/ld+json\">{\"title\":\"salesman\"}</script>";
        assert_eq!(prose_words(text, Format::Html, "salesman"), [true, false]);
    }
}
