//! Roles of the lines of a plain-text posting, from the blocks the text reader found.

use super::{Role, clean, lines_of};
use crate::document::{BlockKind, Document, bullet_content, trim};
use crate::source::Span;
use crate::vocab::Vocabulary;

pub fn assign(
    text: &str,
    lines: &[Span],
    doc: &Document,
    vocab: &Vocabulary,
    roles: &mut [Option<Role>],
) {
    for block in &doc.blocks {
        let range = lines_of(lines, block.span);
        for i in range.clone() {
            if roles[i].is_some() {
                continue;
            }
            let line = lines[i];
            let role = match &block.kind {
                BlockKind::Chrome { why } => Role::Chrome { why: why.clone() },
                BlockKind::Heading { level } if i == *range.start() => Role::Heading {
                    level: *level,
                    content: clean(&text[block.content.range()]),
                },
                BlockKind::Heading { .. } => Role::HeadingPart,
                BlockKind::Code => continue,
                // A bulleted line is an item whatever its text is (`• Location: Denver`).
                _ => match bullet_content(text, trim(text, line)) {
                    Some(content) => item(text, trim(text, line), content),
                    // What fmt writes is Markdown: a line that would open a block there
                    // (`>4 years`) is escaped to stay text.
                    None => {
                        super::text_role(super::markdown::keep_as_text(&clean(&text[line.range()])))
                    }
                },
            };
            roles[i] = Some(role);
        }
    }
    // Lines no block holds that are only `-----` or `=====` separate blocks; any other line no
    // block holds (a comment after a bullet) is kept as written.
    for (i, role) in roles.iter_mut().enumerate() {
        let line = text[lines[i].range()].trim();
        let rule =
            line.len() >= 3 && (line.bytes().all(|b| b == b'-') || line.bytes().all(|b| b == b'='));
        if role.is_some() {
            continue;
        }
        let trimmed = trim(text, lines[i]);
        if rule {
            *role = Some(Role::Separator);
        } else if let Some(content) = bullet_content(text, trimmed) {
            // A bullet holding only a comment: still an item of its list.
            *role = Some(item(text, trimmed, content));
        }
    }
    promote_title(text, lines, doc, vocab, roles);
}

/// A bulleted or numbered line: glyphs become `-`, numbers (`1.`, `2)`) are kept.
fn item(text: &str, line: Span, content: Span) -> Role {
    // A bullet with nothing after it holds no words: it separates like a blank line.
    if text[content.range()].trim().is_empty() {
        return Role::Blank;
    }
    let marker = text[line.start..content.start].trim();
    let numbered = marker
        .strip_suffix(['.', ')'])
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    Role::Item {
        indent: String::new(),
        marker: if numbered {
            format!("{marker} ")
        } else {
            "- ".to_string()
        },
        content: clean(&text[content.range()]),
    }
}

/// In a plain-text posting the first line is the title (see [`Document`]'s `title`): it becomes
/// the `# ` heading when it reads as one: short, not a sentence, not a field.
fn promote_title(
    _text: &str,
    lines: &[Span],
    doc: &Document,
    vocab: &Vocabulary,
    roles: &mut [Option<Role>],
) {
    // A page's title is its `<h1>`, already a heading.
    if doc.format == crate::source::Format::Html {
        return;
    }
    let Some(first) = roles.iter().position(|r| {
        !matches!(
            r,
            None | Some(Role::Keep { .. } | Role::Chrome { .. } | Role::Separator | Role::Blank)
        )
    }) else {
        return;
    };
    let next_is_own_block = roles
        .get(first + 1)
        .is_none_or(|r| !matches!(r, Some(Role::Text { .. })));
    let block_kind = doc
        .blocks
        .iter()
        .find(|b| lines_of(lines, b.span).contains(&first))
        .map(|b| &b.kind);
    let promote = match (&roles[first], block_kind) {
        // Whatever made it a heading: formatting the output again must promote it too.
        (Some(Role::Heading { .. }), _) => true,
        (Some(Role::Text { content }), Some(BlockKind::Paragraph)) => {
            // Judged on what the line will read as: the lead, when bullets run together on it
            // become items of their own (see `emit`).
            let split = super::inline_items(content, 2, vocab);
            let lead = split.as_ref().map_or(content.as_str(), |(l, _)| l);
            // Judged as shown: U+FEFF is invisible (and dropped first in the output).
            let lead = lead.trim_start_matches('\u{feff}');
            // A line of its own (as written, or once its bullets are items under it), or a
            // short line above others (the company, the place) rather than the first line of
            // a wrapped paragraph.
            let next_is_own_block = next_is_own_block || split.is_some();
            let short = lead.chars().count() <= 60 && lead.split_whitespace().count() <= 8;
            (next_is_own_block || short)
                && lead.chars().count() <= 100
                && !lead.ends_with(['.', ',', ';', ':', '!', '?'])
                && lead.chars().any(char::is_alphabetic)
                && vocab.chrome_reason(lead).is_none()
        }
        _ => false,
    };
    if promote && let Some(Role::Heading { content, .. } | Role::Text { content }) = &roles[first] {
        roles[first] = Some(Role::Heading {
            level: 1,
            content: content.clone(),
        });
    }
}
