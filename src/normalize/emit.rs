//! Writes lines with their roles in normal form, one blank line between blocks.

use super::{Role, inline_items};
use crate::source::Span;
use crate::vocab::Vocabulary;

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
    vocab: &'a Vocabulary,
    last: Option<Block>,
    blank_pending: bool,
    /// Blank lines of the last kept block, written only if the block goes on after them:
    /// at its end they separate it from what follows like any blank line.
    kept_blanks: usize,
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
        // A kept line is blank as Markdown says: only spaces and tabs. (A line of U+2028 goes
        // on a paragraph; written as an empty line, it would end it.)
        let kept = matches!(block, Block::Kept(_));
        let blank = if kept {
            line.trim_matches([' ', '\t']).is_empty()
        } else {
            line.trim().is_empty()
        };
        if self.out.is_empty() && blank {
            return;
        }
        // Blank lines before a kept block's first line of text, or after its last, separate
        // it from what comes before or after; they are not part of it.
        if kept && blank {
            if self.last == Some(block) {
                self.kept_blanks += 1;
            } else {
                self.blank_pending = true;
            }
            return;
        }
        let kept_blanks = std::mem::take(&mut self.kept_blanks);
        if kept_blanks > 0 {
            if self.last == Some(block) {
                self.out.push_str(&self.eol.repeat(kept_blanks));
            } else {
                self.blank_pending = true;
            }
        }
        if let Some(last) = self.last {
            let standalone = |b: Block| matches!(b, Block::Heading | Block::Rule);
            if self.blank_pending || last != block || standalone(last) || standalone(block) {
                self.out.push_str(self.eol);
            }
        }
        self.out.push_str(if kept {
            line.trim_end_matches([' ', '\t'])
        } else {
            line.trim_end()
        });
        self.out.push_str(self.eol);
        self.last = Some(block);
        self.blank_pending = false;
    }

    /// Running text; several bullets run together on one line become items (see
    /// [`inline_items`]), unless `whole` says the line stays as it is.
    fn text(&mut self, block: Block, indent: &str, content: &str, min_bullets: usize, whole: bool) {
        match inline_items(content, min_bullets, self.vocab).filter(|_| !whole) {
            Some((lead, items)) => {
                // The lead keeps the indentation that kept it from opening a block
                // (`    <p • ...` continuing a paragraph).
                let lead_indent = &content[..content.len() - content.trim_start().len()];
                // A lead that reads as a heading above its items ("Specifically, we look
                // for: • ...") is one, as the next reading sees it.
                let heading = block == Block::Paragraph
                    && indent.is_empty()
                    && lead_indent.is_empty()
                    && crate::document::is_heading_line(lead.trim(), items.first().copied());
                // A lead that is only the item's own marker (`- • one • two`) is no line.
                if heading {
                    let words = lead.trim().strip_suffix(':').unwrap_or(lead.trim());
                    self.line(Block::Heading, &format!("## {}", words.trim_end()));
                } else if !lead.trim_start_matches('-').trim().is_empty() {
                    self.line(block, &format!("{indent}{lead_indent}{lead}"));
                }
                for item in items {
                    self.line(Block::List, &format!("{indent}- {item}"));
                }
            }
            None => self.line(block, &format!("{indent}{content}")),
        }
    }
}

pub fn emit(text: &str, lines: &[Span], roles: &[Role], vocab: &Vocabulary) -> String {
    let eol = match text.find('\n') {
        Some(i) if text[..i].ends_with('\r') => "\r\n",
        _ => "\n",
    };
    let bom = text.starts_with('\u{feff}');
    let mut w = Writer {
        out: String::with_capacity(text.len() + text.len() / 8),
        eol,
        vocab,
        last: None,
        blank_pending: false,
        kept_blanks: 0,
    };
    if bom {
        w.out.push('\u{feff}');
    }
    // A line followed by an indented block written as is (code, raw HTML) is not split into
    // items: the block would then belong to the last item.
    let mut before_indented = vec![false; roles.len()];
    let mut next_indented = false;
    for (i, role) in roles.iter().enumerate().rev() {
        before_indented[i] = next_indented;
        match role {
            Role::Blank | Role::Separator | Role::Chrome { .. } | Role::HeadingPart => {}
            Role::Keep { .. } => {
                next_indented = text[lines[i].range()].starts_with([' ', '\t']);
            }
            _ => next_indented = false,
        }
    }
    for (i, (line, role)) in lines.iter().zip(roles).enumerate() {
        let whole = before_indented[i];
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
                match inline_items(content, 2, vocab).filter(|_| !whole) {
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
                // An item whose line opens a block kept as written (`- > quote`, `- ```…`)
                // is written as that block's first line: nothing may come between them.
                let block = match roles.get(i + 1) {
                    Some(Role::Keep { block }) if *block == i => Block::Kept(i),
                    _ => Block::List,
                };
                if marker.starts_with('-') {
                    w.text(block, indent, &format!("{marker}{content}"), 1, whole);
                } else {
                    w.line(block, &format!("{indent}{marker}{content}"));
                }
            }
            // A line of only Unicode spaces (an em space) separates blocks like a blank one.
            Role::ItemText { content, .. } | Role::Text { content } if content.is_empty() => {
                w.blank_pending = w.last.is_some();
            }
            Role::ItemText { indent, content } => {
                w.line(Block::List, &format!("{indent}{content}"));
            }
            Role::Text { content } => {
                // A line keeps its indentation only to continue a paragraph (`  # not a
                // heading`); one that starts a paragraph here, after a line that became a
                // block of its own (a heading, a kept comment), is written as a first line.
                let starts = w.blank_pending || w.last != Some(Block::Paragraph);
                let first;
                let content = if starts && content.starts_with([' ', '\t']) {
                    first = super::markdown::keep_as_text(content.trim_start());
                    &first
                } else {
                    content
                };
                w.text(Block::Paragraph, "", content, 2, whole);
            }
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
