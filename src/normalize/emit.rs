//! Writes lines with their roles in normal form, one blank line between blocks.

use super::{Role, split_inline_bullets};
use crate::source::Span;

/// Which block an output line belongs to: a blank line goes between lines of different blocks,
/// and between two lines of one block only where the posting had one (a loose list).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Block {
    Kept(usize),
    Heading,
    Rule,
    List,
    Paragraph,
}

struct Writer<'a> {
    out: String,
    eol: &'a str,
    last: Option<Block>,
    blank_pending: bool,
}

impl Writer<'_> {
    fn line(&mut self, block: Block, line: &str) {
        // U+FEFF at the very start of the output would be read as a byte-order mark next
        // time: at the start of the first line it is dropped (it is invisible there anyway),
        // and what it kept from opening a block (`\u{feff}- x` is text) is escaped.
        let unmarked;
        let line = match line.strip_prefix('\u{feff}') {
            Some(rest) if self.out.is_empty() => {
                unmarked = if matches!(block, Block::Kept(_)) {
                    rest.trim_start_matches('\u{feff}').to_string()
                } else {
                    let rest =
                        rest.trim_start_matches(|c: char| c == '\u{feff}' || c.is_whitespace());
                    super::markdown::keep_as_text(rest)
                };
                unmarked.as_str()
            }
            _ => line,
        };
        if self.out.is_empty() && line.trim().is_empty() {
            return;
        }
        if let Some(last) = self.last {
            let standalone = |b: Block| matches!(b, Block::Heading | Block::Rule);
            if self.blank_pending || last != block || standalone(last) || standalone(block) {
                self.out.push_str(self.eol);
            }
        }
        self.out.push_str(line.trim_end());
        self.out.push_str(self.eol);
        self.last = Some(block);
        self.blank_pending = false;
    }

    /// Running text; several bullets run together on one line become items.
    fn text(&mut self, block: Block, indent: &str, content: &str, min_bullets: usize) {
        // A lead of only markers and punctuation (`- - - • one two three`) would read as
        // something else on a line of its own (a thematic break): the line stays as it is.
        // Nor are bullets split off whose text would open a block as an item (`• <p>...`).
        let split = split_inline_bullets(content, min_bullets).filter(|(lead, items)| {
            let own = lead.trim_start_matches('-').trim();
            (own.is_empty() || own.chars().any(char::is_alphanumeric))
                && !items.iter().any(|item| super::markdown::opens_block(item))
        });
        match split {
            Some((lead, items)) => {
                // A lead that is only the item's own marker (`- • one • two`) is no line.
                if !lead.trim_start_matches('-').trim().is_empty() {
                    self.line(block, &format!("{indent}{lead}"));
                }
                for item in items {
                    self.line(Block::List, &format!("{indent}- {item}"));
                }
            }
            None => self.line(block, &format!("{indent}{content}")),
        }
    }
}

pub fn emit(text: &str, lines: &[Span], roles: &[Role]) -> String {
    let eol = match text.find('\n') {
        Some(i) if text[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    };
    let bom = text.starts_with('\u{feff}');
    let mut w = Writer {
        out: String::with_capacity(text.len() + text.len() / 8),
        eol,
        last: None,
        blank_pending: false,
    };
    if bom {
        w.out.push('\u{feff}');
    }
    for (line, role) in lines.iter().zip(roles) {
        match role {
            Role::Keep { block } => {
                // (A byte-order mark is not part of the first line: see `normalize`.)
                w.line(Block::Kept(*block), &text[line.range()]);
            }
            Role::Blank | Role::Separator => w.blank_pending = w.last.is_some(),
            Role::HeadingPart | Role::Chrome { .. } => {}
            Role::Heading { level, content } => {
                let hashes = "#".repeat(usize::from(*level));
                let content = &escape_closing_hashes(content);
                // Bullets run together on a heading's line become items under it.
                match split_inline_bullets(content, 2) {
                    Some((lead, items)) if !lead.is_empty() => {
                        w.line(Block::Heading, &format!("{hashes} {lead}"));
                        for item in items {
                            w.line(Block::List, &format!("- {item}"));
                        }
                    }
                    _ => w.line(Block::Heading, &format!("{hashes} {content}")),
                }
            }
            // `---` first in the file would open front matter next time.
            Role::Rule if w.out.trim_start_matches('\u{feff}').is_empty() => {
                w.line(Block::Rule, "***")
            }
            Role::Rule => w.line(Block::Rule, text[line.range()].trim()),
            Role::Item {
                indent,
                marker,
                content,
            } => {
                if marker.starts_with('-') {
                    w.text(Block::List, indent, &format!("{marker}{content}"), 1);
                } else {
                    w.line(Block::List, &format!("{indent}{marker}{content}"));
                }
            }
            // A line of only Unicode spaces (an em space) separates blocks like a blank one.
            Role::ItemText { content, .. } | Role::Text { content } if content.is_empty() => {
                w.blank_pending = w.last.is_some();
            }
            Role::ItemText { indent, content } => {
                w.line(Block::List, &format!("{indent}{content}"));
            }
            Role::Text { content } => w.text(Block::Paragraph, "", content, 2),
        }
    }
    w.out
}

/// A heading's text as an ATX heading keeps it: hashes at its end after a space (`C #`) would
/// be read as the closing sequence and dropped, so the first of them is escaped (`C \#`).
fn escape_closing_hashes(content: &str) -> std::borrow::Cow<'_, str> {
    let body = content.trim_end_matches('#');
    if body.len() == content.len() || !(body.is_empty() || body.ends_with([' ', '\t'])) {
        return std::borrow::Cow::Borrowed(content);
    }
    std::borrow::Cow::Owned(format!("{body}\\{}", &content[body.len()..]))
}
