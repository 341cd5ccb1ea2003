//! Roles of the lines of a plain-text posting, from the blocks the text reader found.

use super::{Role, clean, lines_of};
use crate::document::{BlockKind, Document, bullet_content};
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
                _ => match bullet_content(text, line) {
                    Some(content) => item(text, line, content),
                    None => Role::Text {
                        content: clean(&text[line.range()]),
                    },
                },
            };
            roles[i] = Some(role);
        }
    }
    // Lines no block holds, other than blank ones, are separators such as `-----`.
    for (i, role) in roles.iter_mut().enumerate() {
        if role.is_none() && !text[lines[i].range()].trim().is_empty() {
            *role = Some(Role::Separator);
        }
    }
    promote_title(text, lines, doc, vocab, roles);
}

/// A bulleted or numbered line: glyphs become `-`, numbers (`1.`, `2)`) are kept.
fn item(text: &str, line: Span, content: Span) -> Role {
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
    text: &str,
    lines: &[Span],
    doc: &Document,
    vocab: &Vocabulary,
    roles: &mut [Option<Role>],
) {
    // A page's title is its `<h1>`, already a heading.
    if doc.format == crate::source::Format::Html {
        return;
    }
    let Some(first) = roles
        .iter()
        .position(|r| !matches!(r, None | Some(Role::Keep { .. } | Role::Chrome { .. })))
    else {
        return;
    };
    let raw = text[lines[first].range()].trim();
    let next_is_own_block = roles
        .get(first + 1)
        .is_none_or(|r| !matches!(r, Some(Role::Text { .. })));
    let block_kind = doc
        .blocks
        .iter()
        .find(|b| lines_of(lines, b.span).contains(&first))
        .map(|b| &b.kind);
    let promote = match (&roles[first], block_kind) {
        (Some(Role::Heading { .. }), _) => !raw.ends_with(':'),
        (Some(Role::Text { content }), Some(BlockKind::Paragraph)) => {
            // A line of its own, or a short line above others (the company, the place)
            // rather than the first line of a wrapped paragraph.
            let short = content.chars().count() <= 60 && content.split_whitespace().count() <= 8;
            (next_is_own_block || short)
                && content.chars().count() <= 100
                && !content.ends_with(['.', ',', ';', ':', '!', '?'])
                && content.chars().any(char::is_alphabetic)
                && vocab.chrome_reason(content).is_none()
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
