//! The parsed posting: front matter, blocks and sections, all as spans into the source.
//!
//! Markdown goes through pulldown-cmark ([`markdown`]); plain text from career sites and ATS
//! exports through a small structure recogniser ([`text`]). Both produce the same [`Block`]s,
//! so extractors and rules never care which format a posting came in.

mod front_matter;
pub(crate) mod lines;
mod listing;
mod markdown;
mod page_title;
mod text;
mod title;

pub use front_matter::{FrontMatter, FrontMatterField, says_yes, without_sentence_end};
pub(crate) use lines::{decode_entities, for_markdown_parser, lines, shown, trim, trim_markup};
pub(crate) use text::{BULLETS, bullet_content, is_heading_line};

use crate::source::{Format, Source, Span};
use crate::vocab::Vocabulary;

/// What a block is.
#[derive(Debug, Clone, PartialEq)]
pub enum BlockKind {
    /// A heading; `level` 1 is the title level.
    Heading { level: u8 },
    /// Running text: one paragraph, or consecutive plain lines.
    Paragraph,
    /// One item of a bulleted or numbered list (its own text, without nested lists).
    ListItem,
    /// A `Label: value` line whose label the vocabulary knows (`Location: Denver, CO`).
    Field {
        label: Span,
        value: Span,
        fact: String,
    },
    /// Code or raw HTML: kept, but not read as posting text.
    Code,
    /// Page chrome (navigation, cookie notices, badges): ignored by the checks.
    Chrome { why: String },
}

/// One leaf block of the posting.
#[derive(Debug, Clone)]
pub struct Block {
    pub kind: BlockKind,
    /// The whole block, markers included.
    pub span: Span,
    /// The block's text without list or heading markers.
    pub content: Span,
    /// Index into [`Document::sections`].
    pub section: usize,
}

impl Block {
    /// Whether the checks read this block as posting text.
    pub fn is_text(&self) -> bool {
        !matches!(self.kind, BlockKind::Code | BlockKind::Chrome { .. })
    }
}

/// A heading and everything up to the next heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// The heading block, or `None` for the text before the first heading.
    pub heading: Option<usize>,
    /// What the section is about, from the section vocabulary (`requirements`, `benefits`, ...).
    pub kind: Option<String>,
    pub span: Span,
}

/// A parsed posting.
#[derive(Debug, Clone)]
pub struct Document {
    pub format: Format,
    pub front_matter: Option<FrontMatter>,
    pub blocks: Vec<Block>,
    pub sections: Vec<Section>,
    /// The posting's title: front matter `title`, a `Job Title:` field, or the first heading or
    /// line near the top that looks like a title ([`title`]).
    pub title: Option<Span>,
    /// The title is named in a sentence of running text ("As a Line Cook, you ...").
    pub title_in_sentence: bool,
    /// The text after the front matter.
    pub body: Span,
    /// Comments (`<!-- -->`, `{% comment %}`) that are not part of the posting.
    pub hidden: Vec<Span>,
    /// A page's lists of other postings ("Similar jobs" to the end of its region), and a
    /// search page's filter panel and result cards ([`listing`]): chrome, and why.
    pub other_postings: Vec<(Span, String)>,
}

impl Document {
    pub fn parse(source: &Source, vocab: &Vocabulary) -> Document {
        let text = source.text.as_str();
        let front_matter = FrontMatter::parse(text).or_else(|| match source.format {
            Format::Markdown => FrontMatter::parse_unfenced(text),
            Format::Text | Format::Html => None,
        });
        let body_start = front_matter
            .as_ref()
            .map_or_else(|| bom_len(text), |f| f.span.end);
        // An HTML page's JSON-LD scripts come after its visible text: not posting text.
        let body = Span::new(body_start, source.visible_end());
        let hidden = lines::hidden_regions(text, body);
        let mut blocks = match source.format {
            Format::Markdown => markdown::blocks(text, body, vocab),
            Format::Text | Format::Html => text::blocks(text, body, vocab, &hidden),
        };
        blocks.retain(|b| !hidden.iter().any(|h| h.contains(b.content)));
        let mut other_postings = other_postings(text, &mut blocks, vocab);
        other_postings.extend(listing::regions(text, &mut blocks, vocab));
        let sections = assign_sections(text, &mut blocks, body, vocab);
        let page = page_title::PageTitle::new(source, front_matter.as_ref(), &blocks, vocab);
        let found = title::find(
            text,
            front_matter.as_ref(),
            &blocks,
            &sections,
            source.format,
            &page,
            vocab,
        );
        Document {
            format: source.format,
            front_matter,
            blocks,
            sections,
            title: found.map(|t| t.span),
            title_in_sentence: found.is_some_and(|t| t.in_sentence),
            body,
            hidden,
            other_postings,
        }
    }

    /// Whether a block's content shows the title (holds it, or is part of it): what it says
    /// stands for the whole posting ("Line Cook - Remote"). A paragraph that names the title
    /// in a sentence is running text.
    pub fn shows_title(&self, content: Span) -> bool {
        !self.title_in_sentence
            && self
                .title
                .is_some_and(|t| content.contains(t) || t.contains(content))
    }

    /// Blocks the checks read as posting text.
    pub fn text_blocks(&self) -> impl Iterator<Item = &Block> {
        self.blocks.iter().filter(|b| b.is_text())
    }

    /// The span a "something is missing" finding points at: the title, else the first line.
    pub fn anchor(&self, text: &str) -> Span {
        if let Some(t) = self.title {
            return t;
        }
        let start = self.body.start;
        let rest = &text[start..];
        let skip = rest.len() - rest.trim_start().len();
        let first = &rest[skip..];
        let len = first.find(['\n', '\r']).unwrap_or(first.len());
        Span::new(start + skip, start + skip + len)
    }

    /// The section a byte offset falls in.
    pub fn section_at(&self, offset: usize) -> Option<&Section> {
        self.sections.iter().rev().find(|s| s.span.start <= offset)
    }
}

/// A page's lists of other postings: from a heading the vocabulary names ("Similar jobs",
/// "People also viewed") to the next heading of its level or above, or the next section name
/// ("About the job"), every block is chrome: other postings' titles, pay and places are not
/// this posting's. The regions, and why.
fn other_postings(text: &str, blocks: &mut Vec<Block>, vocab: &Vocabulary) -> Vec<(Span, String)> {
    let heads = |line: &str| vocab.heads_other_postings(line);
    // Most postings have no such list.
    if !blocks
        .iter()
        .any(|b| text[b.content.range()].lines().any(heads))
    {
        return Vec::new();
    }
    // In a copied page's run of lines, the line that heads a list and a section name after it
    // start blocks of their own: the region starts and ends there.
    let mut split = Vec::with_capacity(blocks.len());
    for b in blocks.drain(..) {
        if b.kind != BlockKind::Paragraph {
            split.push(b);
            continue;
        }
        let mut part: Option<Span> = None;
        for line in lines::lines(text, b.content) {
            let line = trim(text, line);
            let s = &text[line.range()];
            if s.is_empty() {
                continue;
            }
            if let Some(p) = part.filter(|_| heads(s) || vocab.section_kind(s).is_some()) {
                split.push(lines::block(BlockKind::Paragraph, p, p));
                part = None;
            }
            part = Some(part.map_or(line, |p| p.cover(line)));
        }
        if let Some(p) = part {
            split.push(lines::block(BlockKind::Paragraph, p, p));
        }
    }
    *blocks = split;
    let mut regions = Vec::new();
    // The open region: its first block, the level that ends it, and why.
    let mut open: Option<(usize, u8, String)> = None;
    for i in 0..blocks.len() {
        let b = &blocks[i];
        let line = text[b.content.range()].lines().next().unwrap_or("");
        let level = match b.kind {
            BlockKind::Heading { level } => Some(level),
            _ => None,
        };
        let heads = vocab.heads_other_postings(line);
        if let Some((start, end_level, why)) = &open
            && !heads
            && (level.is_some_and(|l| l <= *end_level) || vocab.section_kind(line).is_some())
        {
            regions.push((blocks[*start].span.cover(blocks[i - 1].span), why.clone()));
            open = None;
        }
        if open.is_none() && heads {
            // A line that is no heading ends at any heading.
            let why = format!("other postings, listed under \"{}\"", line.trim());
            open = Some((i, level.unwrap_or(6), why));
        }
    }
    if let Some((start, _, why)) = open
        && let Some(last) = blocks.last()
    {
        regions.push((blocks[start].span.cover(last.span), why));
    }
    for b in blocks.iter_mut() {
        if let Some((_, why)) = regions.iter().find(|(r, _)| r.contains(b.span)) {
            b.kind = BlockKind::Chrome { why: why.clone() };
        }
    }
    regions
}

/// Compiles the parser's patterns now (see [`crate::facts::compile_patterns`]).
pub(crate) fn compile_patterns() {
    lines::compile_patterns();
    listing::compile_patterns();
    title::compile_patterns();
}

fn bom_len(text: &str) -> usize {
    if text.starts_with('\u{feff}') { 3 } else { 0 }
}

fn assign_sections(
    text: &str,
    blocks: &mut [Block],
    body: Span,
    vocab: &Vocabulary,
) -> Vec<Section> {
    let mut sections = vec![Section {
        heading: None,
        kind: None,
        span: Span::new(body.start, body.end),
    }];
    for i in 0..blocks.len() {
        if let BlockKind::Heading { .. } = blocks[i].kind {
            let start = blocks[i].span.start;
            if let Some(last) = sections.last_mut() {
                last.span.end = start;
            }
            let heading = &text[blocks[i].content.range()];
            // A heading that names only a place divides the section above by place ("Benefits",
            // then "United States", "Canada"): it continues that section's kind.
            let kind = match vocab.section_kind(heading) {
                Some(kind) => Some(kind.to_string()),
                None if vocab.is_place_heading(heading) => {
                    sections.last().and_then(|s| s.kind.clone())
                }
                None => None,
            };
            sections.push(Section {
                heading: Some(i),
                kind,
                span: Span::new(start, body.end),
            });
        }
        blocks[i].section = sections.len() - 1;
    }
    sections
}

#[cfg(test)]
mod tests;
