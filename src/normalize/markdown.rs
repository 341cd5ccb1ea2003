//! Roles of the lines of a Markdown posting, from pulldown-cmark's events.

use super::{Role, clean, line_at, lines_of};
use crate::document::{BULLETS, Document, is_heading_line, trim_markup};
use crate::source::Span;
use crate::vocab::Vocabulary;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

pub fn assign(
    text: &str,
    lines: &[Span],
    doc: &Document,
    vocab: &Vocabulary,
    veiled: &[bool],
    roles: &mut [Option<Role>],
) {
    let body = doc.body;
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    // How many list items are open around the current event.
    let mut open_items = 0usize;
    // Events inside a block kept as written (code, HTML, a table, a quote) are skipped.
    // (The end of a list item around such a block starts before it, and is not skipped.)
    let mut kept = Span::new(0, 0);
    let parsed = crate::document::for_markdown_parser(&text[body.range()]);
    let events: Vec<_> = Parser::new_ext(&parsed, options)
        .into_offset_iter()
        .collect();
    // The lines where a block kept as written (code, raw HTML, a table, a quote) starts.
    let kept_starts: std::collections::HashSet<usize> = events
        .iter()
        .filter(|(event, _)| {
            matches!(
                event,
                Event::Start(
                    Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Table(_) | Tag::BlockQuote(_)
                )
            )
        })
        .map(|(_, range)| line_at(lines, range.start + body.start))
        .collect();
    // Lines of paragraphs the document reader found chrome by their run (a navigation bar
    // kept one item a line): this reader judges a line alone.
    let mut chrome_runs: Vec<Option<String>> = vec![None; lines.len()];
    for b in &doc.blocks {
        if let crate::document::BlockKind::Chrome { why } = &b.kind {
            for i in lines_of(lines, b.span) {
                chrome_runs[i] = Some(why.clone());
            }
        }
    }
    for (event, range) in events {
        let span = Span::new(range.start + body.start, range.end + body.start);
        if kept.start <= span.start && span.start < kept.end {
            continue;
        }
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let range = lines_of(lines, span);
                let first = *range.start();
                if roles[first].is_some() {
                    continue;
                }
                let content = heading_text(text, lines, range.clone());
                for i in range {
                    roles[i].get_or_insert(Role::HeadingPart);
                }
                roles[first] = Some(Role::Heading {
                    level: heading_level(level),
                    content,
                });
            }
            Event::Start(
                Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::Table(_) | Tag::BlockQuote(_),
            ) => {
                kept = span;
                let range = lines_of(lines, trim_end(text, span));
                let block = *range.start();
                for i in range {
                    roles[i].get_or_insert(Role::Keep { block });
                }
            }
            Event::Start(Tag::Item) => {
                open_items += 1;
                let i = line_at(lines, span.start);
                if roles[i].is_none() {
                    roles[i] = Some(item_line(&text[lines[i].range()], !veiled[i], vocab));
                }
            }
            Event::End(TagEnd::Item) => {
                // A tight item's text comes without a paragraph: its lines (lazy continuation
                // lines too) are the item's text.
                for i in lines_of(lines, trim_end(text, span)) {
                    if roles[i].is_none() && !text[lines[i].range()].trim().is_empty() {
                        let line = Line {
                            raw: &text[lines[i].range()],
                            may_be_chrome: !veiled[i],
                            in_item: true,
                            continues: true,
                            after_text: true,
                            may_be_item: true,
                        };
                        roles[i] = Some(line.role(vocab));
                    }
                }
                open_items = open_items.saturating_sub(1);
            }
            Event::Start(Tag::Paragraph) => {
                // A line continues the paragraph when a line of it comes before (not removed
                // chrome), and follows text when that line is written as text: after a line
                // that became an item, it starts a paragraph anew in the output.
                let (mut continues, mut after_text) = (false, false);
                let range = lines_of(lines, trim_end(text, span));
                // An indented block after the paragraph (`  <style>`) would belong to its last
                // line if that became a list item.
                let last = *range.end();
                // (Only a block written as it is keeps its indent: text lines lose theirs.)
                let indented_after = (last + 1..lines.len())
                    .find(|&j| !text[lines[j].range()].trim().is_empty())
                    .is_some_and(|j| {
                        kept_starts.contains(&j) && text[lines[j].range()].starts_with([' ', '\t'])
                    });
                for i in range {
                    if roles[i].is_none() {
                        let line = Line {
                            raw: &text[lines[i].range()],
                            may_be_chrome: !veiled[i],
                            in_item: open_items > 0,
                            continues,
                            after_text,
                            may_be_item: !(i == last && indented_after),
                        };
                        roles[i] = Some(match &chrome_runs[i] {
                            Some(why) if !veiled[i] => Role::Chrome { why: why.clone() },
                            _ => line.role(vocab),
                        });
                    }
                    if !matches!(roles[i], Some(Role::Chrome { .. })) {
                        continues = true;
                        // (Bullets run together on a text line are written as items.)
                        after_text = match &roles[i] {
                            Some(Role::Text { content }) => {
                                super::inline_items(content, 2, vocab).is_none()
                            }
                            Some(Role::ItemText { .. }) => true,
                            _ => false,
                        };
                    }
                }
            }
            Event::Rule => {
                let i = line_at(lines, span.start);
                roles[i].get_or_insert(Role::Rule);
            }
            _ => {}
        }
    }
    promote_headings(text, lines, roles);
}

/// The first line of a list item, its indentation kept (nested lists stay nested) and its
/// bullet made `-` (same width, so nothing under it moves).
fn item_line(line: &str, may_be_chrome: bool, vocab: &Vocabulary) -> Role {
    let rest = line.trim_start();
    let indent = &line[..line.len() - rest.len()];
    let marker_len = rest.find(char::is_whitespace).unwrap_or(rest.len());
    let after = &rest[marker_len..];
    let gap = &after[..after.len() - after.trim_start().len()];
    let marker = match &rest[..marker_len] {
        // (`* --` stays: `- --` is a thematic break.)
        "*" | "+"
            if !after
                .trim()
                .chars()
                .all(|c| c == '-' || c == ' ' || c == '\t') =>
        {
            "-"
        }
        other => other,
    };
    let content = clean(after);
    match vocab.chrome_reason(&content).filter(|_| may_be_chrome) {
        Some(why) if !content.is_empty() => Role::Chrome { why },
        _ => Role::Item {
            indent: indent.to_string(),
            marker: format!("{marker}{}", if content.is_empty() { "" } else { gap }),
            content,
        },
    }
}

/// A line of a paragraph.
struct Line<'a> {
    raw: &'a str,
    /// It may be judged page chrome (no comment runs through it).
    may_be_chrome: bool,
    /// Inside a list item, where a line's indentation says what it belongs to.
    in_item: bool,
    /// Not the paragraph's first line.
    continues: bool,
    /// Written right after a line of text of the same paragraph (not after an item).
    after_text: bool,
    /// A bullet on it may be made a list item.
    may_be_item: bool,
}

impl Line<'_> {
    /// Chrome; a bullet the Markdown reader took as text (`• Item`, or `1. Item` indented
    /// under a paragraph); or text.
    fn role(&self, vocab: &Vocabulary) -> Role {
        let trimmed = self.raw.trim();
        if let Some(why) = vocab.chrome_reason(trimmed).filter(|_| self.may_be_chrome) {
            return Role::Chrome { why };
        }
        let indent = &self.raw[..self.raw.len() - self.raw.trim_start().len()];
        // Judged as it reads: `&bull; Item` is a bullet.
        let decoded = crate::document::decode_entities(trimmed);
        let decoded = decoded.trim();
        // A bullet whose text would open a block of its own once it is a list item (`• ---`, a
        // thematic break; `• <!-- -->`, raw HTML) stays text, and so does one with no words.
        if let Some((marker, content)) = self.bullet(decoded).filter(|(_, content)| {
            let content = content.trim_start();
            self.may_be_item && content.chars().any(char::is_alphanumeric) && !opens_block(content)
        }) {
            return Role::Item {
                indent: if self.in_item { indent } else { "" }.to_string(),
                marker,
                content: clean(content),
            };
        }
        let mut content = clean(trimmed);
        // A line that cleaning made start a block (`&nbsp;>` is `>`, a quote that would
        // interrupt the paragraph; `*&nbsp;*Location` is `* *Location`, a list item): escaped,
        // so that it stays text.
        let made_a_block = opens_block(&content)
            && reads_as_paragraph(self.raw.trim_start())
            && !reads_as_paragraph(&content);
        if self.in_item {
            return Role::ItemText {
                indent: indent.to_string(),
                content: if made_a_block {
                    keep_as_text(&content)
                } else {
                    content
                },
            };
        }
        // The first line of a paragraph whose marker-like start was kept from opening a block
        // only by what cleaning removed (`*` and a vertical tab, which Markdown does not count
        // as a space): escaped too.
        if !self.after_text || made_a_block {
            content = keep_as_text(&content);
        }
        // A continuation line that would start a block of its own once unindented (`#`, `>`,
        // a fence, a setext underline) keeps its indentation, and so stays text. (Judged as
        // written out: an escaped line opens nothing, and the next reading drops its indent.)
        let indent = if self.after_text && opens_block(&content) {
            indent
        } else {
            ""
        };
        super::text_role(format!("{indent}{content}"))
    }

    /// The list marker (made `- ` for bullets) and text of a line that reads as a list item.
    fn bullet<'t>(&self, trimmed: &'t str) -> Option<(String, &'t str)> {
        let mut chars = trimmed.chars();
        let first = chars.next()?;
        let spaced = |rest: &str| rest.starts_with(char::is_whitespace);
        if BULLETS.contains(&first) && spaced(chars.as_str()) {
            // `-`, `*` and `+` start a list where Markdown allows one; here they follow an
            // indented line of a paragraph.
            let glyph_only = !matches!(first, '-' | '*' | '+');
            if glyph_only || self.continues {
                return Some(("- ".to_string(), &trimmed[first.len_utf8()..]));
            }
        }
        let digits = trimmed.bytes().take_while(u8::is_ascii_digit).count();
        let numbered = (1..=9).contains(&digits)
            && trimmed[digits..].starts_with(['.', ')'])
            && spaced(&trimmed[digits + 1..]);
        if numbered && self.continues {
            return Some((format!("{} ", &trimmed[..=digits]), &trimmed[digits + 1..]));
        }
        None
    }
}

/// Whether a line starting with `s` may open a Markdown block other than a paragraph: a
/// heading, quote, fence, raw HTML, table, setext underline, thematic break or list item.
pub(super) fn opens_block(s: &str) -> bool {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    s.starts_with(['#', '>', '`', '~', '<', '|', '=', '-', '_', '*', '+'])
        || (digits > 0 && s[digits..].starts_with(['.', ')']))
}

/// `line`, escaped where needed so that Markdown reads it on its own as a paragraph.
pub(super) fn keep_as_text(line: &str) -> String {
    if opens_block(line) && !reads_as_paragraph(line) {
        escape_block_start(line)
    } else {
        line.to_string()
    }
}

/// Whether Markdown reads `line`, on its own, as a paragraph.
fn reads_as_paragraph(line: &str) -> bool {
    matches!(
        Parser::new_ext(line, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH).next(),
        Some(Event::Start(Tag::Paragraph))
    )
}

/// `line` with a backslash before the character that makes it open a block (`\*`, `\#`,
/// `1\.`), so that Markdown reads it as text.
fn escape_block_start(line: &str) -> String {
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    let at = if digits > 0 { digits } else { 0 };
    format!("{}\\{}", &line[..at], &line[at..])
}

/// Headings written as a line of their own (`REQUIREMENTS`, `**What you'll do:**`): a text
/// line with no other text line before or after it becomes a `## ` heading.
fn promote_headings(text: &str, lines: &[Span], roles: &mut [Option<Role>]) {
    let is_text = |r: Option<&Option<Role>>| matches!(r, Some(Some(Role::Text { .. })));
    for i in 0..roles.len() {
        let alone = is_text(roles.get(i))
            && !is_text(i.checked_sub(1).and_then(|p| roles.get(p)))
            && !is_text(roles.get(i + 1));
        if !alone {
            continue;
        }
        let next = lines[i + 1..]
            .iter()
            .map(|l| &text[l.range()])
            .find(|l| !l.trim().is_empty());
        let bare = strip_emphasis(text[lines[i].range()].trim());
        if is_heading_line(bare, next) {
            roles[i] = Some(Role::Heading {
                level: 2,
                content: clean(bare.strip_suffix(':').unwrap_or(bare)),
            });
        }
    }
}

/// `**Text**` → `Text`: emphasis around a whole line.
fn strip_emphasis(s: &str) -> &str {
    let span = trim_markup(s, Span::new(0, s.len()));
    &s[span.range()]
}

/// A heading's words on one line: without `#` markers (ATX) or underline (setext); the lines
/// of a setext heading joined.
fn heading_text(text: &str, lines: &[Span], range: std::ops::RangeInclusive<usize>) -> String {
    let first = text[lines[*range.start()].range()].trim();
    // An ATX heading is one line; a setext heading has its underline on another.
    if first.starts_with('#') && range.start() == range.end() {
        let body = first.trim_start_matches('#');
        let body = body.trim_end().trim_end_matches('#');
        // `## Title ##`: the closing hashes need a space before them to be markers.
        return clean(if body.ends_with(' ') || body.is_empty() {
            body
        } else {
            first.trim_start_matches('#')
        });
    }
    let words: Vec<String> = range
        .clone()
        .take(range.count().saturating_sub(1).max(1))
        .map(|i| clean(&text[lines[i].range()]))
        .filter(|line| !line.is_empty())
        .collect();
    words.join(" ")
}

fn heading_level(level: HeadingLevel) -> u8 {
    level as u8
}

/// A span without its trailing line ending, so that it does not reach into the next line.
fn trim_end(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    Span::new(
        span.start,
        span.start + s.trim_end_matches(['\n', '\r']).len(),
    )
}
