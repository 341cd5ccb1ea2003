//! `hirelint fmt`: a posting in one clean, canonical Markdown form.
//!
//! Normalizing happens line by line. First each line of the posting gets a [`Role`] from the
//! same readers the checks use (pulldown-cmark for Markdown, the plain-text recogniser for
//! text), so that fmt and check agree on what is a heading, a list item or chrome. Then
//! [`emit`] writes every role in its normal form and puts exactly one blank line between blocks.
//!
//! The normal form:
//! - front matter kept as written (keys and values untouched);
//! - the title as `# ` (in plain text, the first line when it reads as a title), section
//!   headings as `## ` (setext `Heading` + `====`, ALL-CAPS lines, short colon-terminated lines);
//! - bullets as `- ` (glyphs such as `•` and `*`/`+` markers), numbered items kept; several
//!   `•` bullets run together on one line become one item each;
//! - `Label: value` lines kept as such; HTML entities decoded (not inside code; `&lt;`, `&gt;`
//!   and `&amp;` stay escaped: decoded they would be live markup);
//! - page chrome removed (the `chrome` vocabulary), each removal recorded with its reason;
//! - no trailing spaces, one blank line between blocks, one line ending at the end, and the
//!   file's own line ending (LF or CRLF) throughout.
//!
//! Code blocks, HTML blocks, tables, block quotes and comments are kept line for line.

mod emit;
mod markdown;
mod text;

use crate::document::Document;
use crate::source::{Format, Source, Span};
use crate::vocab::Vocabulary;

/// A posting in normal form, and what was removed to get there.
#[derive(Debug, Clone)]
pub struct Normalized {
    pub text: String,
    pub removed: Vec<Removed>,
}

impl Normalized {
    /// Whether the normal form differs from the file as read.
    pub fn changed(&self, source: &Source) -> bool {
        self.text != source.file_text()
    }
}

/// A line of page chrome that fmt dropped.
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub span: Span,
    /// Why it is chrome (the vocabulary's `why`).
    pub why: String,
}

/// What one line of the posting is, and what it becomes.
#[derive(Debug, Clone, PartialEq)]
enum Role {
    /// Kept as written (only trailing spaces go): front matter, code, HTML, tables, quotes,
    /// comments. Lines of one such block share `block`.
    Keep {
        block: usize,
    },
    Blank,
    Heading {
        level: u8,
        content: String,
    },
    /// Part of a heading already written (a setext underline, a heading's second line).
    HeadingPart,
    /// The first line of a list item: `indent` (the line's own leading whitespace, so that
    /// nesting stays as written), then `marker` with the space after it (`- `, `1. `).
    Item {
        indent: String,
        marker: String,
        content: String,
    },
    /// A further line of a list item, after its own leading whitespace `indent`.
    ItemText {
        indent: String,
        content: String,
    },
    /// A line of running text (a paragraph line or a `Label: value` field).
    Text {
        content: String,
    },
    /// A thematic break (`---`, `***`) in Markdown.
    Rule,
    /// A plain-text separator line (`-----` on its own): structure only, no words.
    Separator,
    Chrome {
        why: String,
    },
}

/// Normalizes a posting. `doc` is the posting as the checks parsed it.
pub fn normalize(source: &Source, doc: &Document, vocab: &Vocabulary) -> Normalized {
    let text = source.text.as_str();
    // An HTML page's JSON-LD scripts (after its visible text) are not part of the posting, and
    // a byte-order mark is not part of the first line (emit writes it back).
    let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
    let lines = crate::document::lines(text, Span::new(bom, source.visible_end().max(bom)));
    // `None`: not yet known. Front matter and comments come first: kept whatever is inside.
    let mut roles: Vec<Option<Role>> = vec![None; lines.len()];
    if let Some(fm) = &doc.front_matter {
        keep(text, &lines, &mut roles, fm.span);
    }
    // Lines a comment runs through (`<!--` or `-->` on them): removed as chrome, they would
    // make the comment open or close elsewhere.
    let mut veiled = vec![false; lines.len()];
    for &hidden in &doc.hidden {
        for i in lines_of(&lines, hidden) {
            veiled[i] = true;
        }
    }
    match source.format {
        Format::Markdown => markdown::assign(text, &lines, doc, vocab, &veiled, &mut roles),
        Format::Text | Format::Html => {
            // Markdown has its own HTML blocks; in plain text, comments are kept as written.
            for &hidden in &doc.hidden {
                keep(text, &lines, &mut roles, hidden);
            }
            text::assign(text, &lines, doc, vocab, &mut roles);
        }
    }
    // Whatever no reader claimed (link reference definitions, stray markup) is kept as written.
    let mut run_start = None;
    let roles: Vec<Role> = roles
        .into_iter()
        .enumerate()
        .map(|(i, role)| match role {
            // Text of only U+FEFF (invisible) separates blocks like a blank line.
            Some(Role::Text { content } | Role::ItemText { content, .. })
                if invisible(&content) =>
            {
                run_start = None;
                Role::Blank
            }
            Some(role) => {
                run_start = None;
                role
            }
            None if text[lines[i].range()].trim().is_empty() => {
                run_start = None;
                Role::Blank
            }
            None => Role::Keep {
                block: *run_start.get_or_insert(i),
            },
        })
        .collect();
    // Lines of only spaces at the end of the file end nothing (not even a kept block): the
    // output ends with its last line of text.
    let mut roles = roles;
    for (i, role) in roles.iter_mut().enumerate().rev() {
        if !text[lines[i].range()].trim().is_empty() {
            break;
        }
        *role = Role::Blank;
    }
    // A page's lists of other postings are not this posting.
    for (region, why) in &doc.other_postings {
        for i in lines_of(&lines, *region) {
            if !matches!(roles[i], Role::Blank) {
                roles[i] = Role::Chrome { why: why.clone() };
            }
        }
    }
    // In plain text, a chrome line that opens a comment after its text (`Careers > <!--`) is
    // kept as written (the Markdown reader judges no such line chrome).
    for (i, role) in roles.iter_mut().enumerate() {
        if veiled[i] && matches!(role, Role::Chrome { .. }) {
            *role = Role::Keep { block: i };
        }
    }
    let removed = lines
        .iter()
        .zip(&roles)
        .filter_map(|(&span, role)| match role {
            Role::Chrome { why } => Some(Removed {
                span,
                why: why.clone(),
            }),
            _ => None,
        })
        .collect();
    let mut out = emit::emit(text, &lines, &roles, vocab);
    if source.format == Format::Html {
        // A page's text has its entities decoded: a `<` in it was `&lt;` (markup is gone), and
        // printed as it is it would be live HTML in the Markdown.
        out = out
            .replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;");
    }
    Normalized { text: out, removed }
}

/// A line of text; one of only U+FEFF (invisible) and spaces separates blocks like a blank one.
fn text_role(content: String) -> Role {
    if invisible(&content) {
        Role::Blank
    } else {
        Role::Text { content }
    }
}

/// Nothing but spaces and U+FEFF.
fn invisible(content: &str) -> bool {
    content
        .trim_matches(|c: char| c == '\u{feff}' || c.is_whitespace())
        .is_empty()
}

/// Marks the lines of `within` as kept: every line it overlaps, except a line where other text
/// comes before it (`Apply now <!-- note -->` stays running text). Text is judged as shown:
/// `&nbsp;` before the block is space, as it is once written (`fmt` writes it as one).
fn keep(text: &str, lines: &[Span], roles: &mut [Option<Role>], within: Span) {
    let mut block = None;
    let blank = |s: &str| {
        crate::document::shown(s)
            .trim_matches(|c: char| c == '\u{feff}' || c.is_whitespace())
            .is_empty()
    };
    for (i, l) in lines.iter().enumerate() {
        let overlaps = l.start < within.end && within.start <= l.end;
        // Blank lines before the first kept line are separators, not part of the block: the
        // writer puts one there anyway.
        let leading_blank = block.is_none() && blank(&text[l.range()]);
        let before = &text[l.start..within.start.clamp(l.start, l.end)];
        if overlaps && !leading_blank && blank(before) && roles[i].is_none() {
            roles[i] = Some(Role::Keep {
                block: *block.get_or_insert(i),
            });
        }
    }
}

/// The index of the line that holds byte `offset`.
fn line_at(lines: &[Span], offset: usize) -> usize {
    lines
        .partition_point(|l| l.start <= offset)
        .saturating_sub(1)
}

/// The lines a span covers (a span's final line ending does not start another line).
fn lines_of(lines: &[Span], span: Span) -> std::ops::RangeInclusive<usize> {
    let first = line_at(lines, span.start);
    let last = line_at(lines, span.end.saturating_sub(1).max(span.start));
    first..=last.max(first)
}

/// Text as it should read in the normal form: HTML entities decoded and runs of spaces made
/// one (outside code spans), trimmed.
fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    // Odd segments between backticks are code spans, kept as written; a backtick without a
    // closing one opens none.
    let parts: Vec<&str> = s.split('`').collect();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push('`');
        }
        if i % 2 == 1 && i + 1 < parts.len() {
            out.push_str(part);
        } else {
            // Runs of spaces (often left where a page had `&nbsp;` or tags) read as one.
            let decoded = decode_inert(part);
            let mut last_space = false;
            for c in decoded.chars() {
                let space = c == ' ' || c == '\t';
                if !(space && last_space) {
                    out.push(if space { ' ' } else { c });
                }
                last_space = space;
            }
        }
    }
    out.trim().to_string()
}

/// Decodes HTML entities, except that a `<`, `>` or `&` written as an entity stays one: the
/// text showed it as a character, and decoded it would be live markup (`&lt;script&gt;`).
fn decode_inert(s: &str) -> String {
    static ENTITY: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        // An entity, with any `&amp;` in front of it (text encoded twice or more).
        regex::Regex::new(r"&(?:amp;)*#?[A-Za-z0-9]+;?").expect("the entity pattern is valid")
    });
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for m in ENTITY.find_iter(s) {
        out.push_str(&s[last..m.start()]);
        let decoded = crate::document::decode_entities(m.as_str());
        if decoded == m.as_str() {
            out.push_str(&decoded);
        } else {
            for c in decoded.chars() {
                match c {
                    '<' => out.push_str("&lt;"),
                    '>' => out.push_str("&gt;"),
                    '&' => out.push_str("&amp;"),
                    c => out.push(c),
                }
            }
        }
        last = m.end();
    }
    out.push_str(&s[last..]);
    out
}

/// How a line with bullets run together is written: its lead, then one item per bullet; `None`
/// when it is written as it is. The writer and the readers that must foresee it share this.
/// A split is made only where the lines it gives read the same next time: not when the lead is
/// only markers and punctuation (`- - - • one two three` would become a thematic break), nor
/// when an item would open a block (`• <p>...`), nor when the lead alone is chrome (`Careers >
/// • ...` would be removed next time), nor on a line that opens a comment.
fn inline_items<'s>(
    s: &'s str,
    min_bullets: usize,
    vocab: &Vocabulary,
) -> Option<(&'s str, Vec<&'s str>)> {
    // A comment opened on the line hides what follows it, and would hide the items' lines.
    if s.contains("<!--") {
        return None;
    }
    split_inline_bullets(s, min_bullets).filter(|(lead, items)| {
        let own = lead.trim_start_matches('-').trim();
        (own.is_empty()
            || (own.chars().any(char::is_alphanumeric) && vocab.chrome_reason(own).is_none()))
            && !items.iter().any(|item| markdown::opens_block(item))
    })
}

/// Bullet glyphs that scraped text runs together on one line (`• one • two`).
const INLINE_BULLETS: &[char] = &['•', '▪', '●', '◦', '►', '➢', '■'];

/// Splits a line where at least `min_bullets` bullets are run together into its lead text and
/// its items. Only when every item reads as a phrase (three words or more): `Python • SQL •
/// Tableau` is an inline list of skills, not bullets that lost their line breaks.
fn split_inline_bullets(s: &str, min_bullets: usize) -> Option<(&str, Vec<&str>)> {
    let cuts: Vec<(usize, usize)> = s
        .char_indices()
        .filter(|&(i, c)| {
            INLINE_BULLETS.contains(&c)
                && s[..i].ends_with(char::is_whitespace)
                && s[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map(|(i, c)| (i, i + c.len_utf8()))
        .collect();
    if cuts.len() < min_bullets.max(1) {
        return None;
    }
    let items: Vec<&str> = cuts
        .iter()
        .enumerate()
        .map(|(k, &(_, after))| {
            let end = cuts.get(k + 1).map_or(s.len(), |&(next, _)| next);
            s[after..end].trim()
        })
        .filter(|item| !item.is_empty())
        .collect();
    if items.iter().any(|item| item.split_whitespace().count() < 3) {
        return None;
    }
    Some((s[..cuts[0].0].trim(), items))
}

#[cfg(test)]
mod tests;
