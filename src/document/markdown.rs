//! Markdown postings, read through pulldown-cmark's offset iterator.

use super::lines::{block, split_lines, trim};
use super::{Block, BlockKind};
use crate::source::Span;
use crate::vocab::Vocabulary;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

struct OpenItem {
    start: usize,
    /// Where the item's own text ends: the start of its first nested block.
    own_end: Option<usize>,
    has_paragraph: bool,
}

pub fn blocks(text: &str, body: Span, vocab: &Vocabulary) -> Vec<Block> {
    let parsed = super::for_markdown_parser(&text[body.range()]);
    let src = parsed.as_ref();
    let mut out = Vec::new();
    let mut items: Vec<OpenItem> = Vec::new();
    let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for (event, range) in Parser::new_ext(src, options).into_offset_iter() {
        let span = Span::new(range.start + body.start, range.end + body.start);
        match event {
            Event::Start(Tag::Heading { level, .. }) => {
                let content = heading_content(text, span);
                out.push(block(
                    BlockKind::Heading {
                        level: heading_level(level),
                    },
                    span,
                    content,
                ));
            }
            Event::Start(Tag::Paragraph) => {
                let in_item = items.last_mut().map(|item| {
                    item.has_paragraph = true;
                    item.own_end.get_or_insert(span.end);
                });
                let kind = if in_item.is_some() {
                    BlockKind::ListItem
                } else {
                    BlockKind::Paragraph
                };
                out.extend(split_lines(text, span, kind, vocab));
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                match super::lines::table_field(text, trim(text, span), vocab) {
                    Some(f) => out.push(block(
                        BlockKind::Field {
                            label: f.label,
                            value: f.value,
                            fact: f.fact,
                        },
                        span,
                        trim(text, span),
                    )),
                    None => out.extend(split_lines(text, span, BlockKind::Paragraph, vocab)),
                }
            }
            Event::Start(Tag::Item) => {
                items.push(OpenItem {
                    start: span.start,
                    own_end: None,
                    has_paragraph: false,
                });
            }
            Event::Start(
                Tag::List(_) | Tag::CodeBlock(_) | Tag::BlockQuote(_) | Tag::HtmlBlock,
            ) => {
                if let Some(item) = items.last_mut() {
                    item.own_end.get_or_insert(span.start);
                }
                match event {
                    Event::Start(Tag::CodeBlock(_)) => out.push(block(BlockKind::Code, span, span)),
                    Event::Start(Tag::HtmlBlock) => out.extend(html_blocks(text, span, vocab)),
                    _ => {}
                }
            }
            Event::End(TagEnd::Item) => {
                if let Some(item) = items.pop()
                    && !item.has_paragraph
                {
                    let own = Span::new(item.start, item.own_end.unwrap_or(span.end).min(span.end));
                    let content = item_content(text, own);
                    if !content.is_empty() {
                        let mut parts = split_lines(text, content, BlockKind::ListItem, vocab);
                        if let Some(first) = parts.first_mut()
                            && first.kind == BlockKind::ListItem
                        {
                            first.span = first.span.cover(Span::new(own.start, own.start));
                        }
                        out.extend(parts);
                    }
                }
            }
            _ => {}
        }
    }
    out.sort_by_key(|b| (b.span.start, b.span.end));
    navigation(text, body, out, vocab)
}

/// A site's navigation bar kept one item a line ("Home" // "Jobs" // "Companies", a page
/// saved as Markdown) is chrome, as in plain text; only lines of paragraphs count, so a
/// list the author wrote ("- Community" // "- Careers") stays.
fn navigation(text: &str, body: Span, blocks: Vec<Block>, vocab: &Vocabulary) -> Vec<Block> {
    let all: Vec<Span> = super::lines::lines(text, body)
        .into_iter()
        .map(|l| trim(text, l))
        .collect();
    let in_paragraph = |l: Span| {
        blocks
            .iter()
            .any(|b| b.kind == BlockKind::Paragraph && b.span.contains(l))
    };
    let flags = super::text::navigation_runs(text, &all, vocab, |i| in_paragraph(all[i]));
    if !flags.contains(&true) {
        return blocks;
    }
    let nav: Vec<Span> = all
        .iter()
        .zip(&flags)
        .filter_map(|(&l, &f)| f.then_some(l))
        .collect();
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks {
        if b.kind != BlockKind::Paragraph || !nav.iter().any(|&l| b.span.contains(l)) {
            out.push(b);
            continue;
        }
        // The paragraph's other lines are read again, around the bar's.
        let mut rest: Option<Span> = None;
        for l in super::lines::lines(text, b.span)
            .into_iter()
            .map(|l| trim(text, l))
        {
            if nav.contains(&l) && !l.is_empty() {
                if let Some(r) = rest.take() {
                    out.extend(split_lines(text, r, BlockKind::Paragraph, vocab));
                }
                let why = super::text::navigation_why(&text[l.range()], vocab);
                out.push(block(BlockKind::Chrome { why }, l, l));
            } else if !l.is_empty() {
                rest = Some(rest.map_or(l, |r| r.cover(l)));
            }
        }
        if let Some(r) = rest {
            out.extend(split_lines(text, r, BlockKind::Paragraph, vocab));
        }
    }
    out
}

/// A raw HTML block (`<ul><li>Dental insurance</li></ul>`, `<p>We are an equal opportunity
/// employer</p>`): read as a page is, its visible text rendered (`source::html`) and read as
/// plain text, each block's spans taken back into the Markdown file. A block that shows no
/// text (an image, a `<div>` alone) is kept as code.
fn html_blocks(text: &str, span: Span, vocab: &Vocabulary) -> Vec<Block> {
    let (shown, page) = crate::source::render(text[span.range()].to_string());
    let visible = Span::new(0, page.visible_end);
    let back = |s: Span| page.html_span(s).offset(span.start);
    let mut out: Vec<Block> = super::text::blocks(&shown, visible, vocab, &[])
        .into_iter()
        .map(|b| {
            let kind = match b.kind {
                BlockKind::Field { label, value, fact } => BlockKind::Field {
                    label: back(label),
                    value: back(value),
                    fact,
                },
                other => other,
            };
            Block {
                kind,
                span: back(b.span),
                content: back(b.content),
                section: 0,
            }
        })
        .collect();
    if out.is_empty() {
        out.push(block(BlockKind::Code, span, span));
    }
    out
}

fn heading_level(level: HeadingLevel) -> u8 {
    match level {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

/// The heading's words: without `#` markers (ATX) or the underline (setext).
fn heading_content(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    if s.trim_start().starts_with('#') {
        let line_end = s.find(['\n', '\r']).unwrap_or(s.len());
        let line = &s[..line_end];
        let lead = line.len() - line.trim_start().trim_start_matches('#').len();
        let body = line[lead..].trim_end().trim_end_matches('#');
        return trim(
            text,
            Span::new(span.start + lead, span.start + lead + body.len()),
        );
    }
    let first = s.find(['\n', '\r']).unwrap_or(s.len());
    trim(text, Span::new(span.start, span.start + first))
}

/// A list item's text without its bullet or number.
fn item_content(text: &str, own: Span) -> Span {
    let s = &text[own.range()];
    let t = s.trim_start();
    let mut skip = s.len() - t.len();
    let marker = t.find(|c: char| c.is_whitespace()).unwrap_or(t.len());
    let m = &t[..marker];
    if matches!(m, "-" | "*" | "+")
        || (m.len() > 1
            && m[..m.len() - 1].bytes().all(|b| b.is_ascii_digit())
            && (m.ends_with('.') || m.ends_with(')')))
    {
        skip += marker;
    }
    trim(text, Span::new(own.start + skip, own.end))
}
