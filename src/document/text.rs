//! Plain-text postings as they come from career sites and ATS exports.
//!
//! Structure is recognised line by line: setext underlines (`====`, `----`), `#` headings,
//! ALL-CAPS lines and short colon-terminated lines are headings; lines starting with a bullet
//! glyph are list items; `Label: value` lines with a known label are fields; chrome lines are
//! marked; everything else is running text, consecutive lines forming one paragraph.

use super::lines::{block, field, lines, split_lines, trim};
use super::{Block, BlockKind};
use crate::source::Span;
use crate::vocab::Vocabulary;

/// Characters that start a list item in plain text (followed by a space for `-`, `*` and `+`,
/// Markdown's markers).
pub(crate) const BULLETS: &[char] = &[
    '•', '·', '*', '-', '+', '–', '▪', '●', '◦', '‣', '➢', '►', '■', '□', '✓', '✔', '→',
];

/// `hidden` lines (comments, suppressions) separate blocks like blank lines.
pub fn blocks(text: &str, body: Span, vocab: &Vocabulary, hidden: &[Span]) -> Vec<Block> {
    let all: Vec<Span> = lines(text, body)
        .into_iter()
        .map(|l| trim(text, l))
        .collect();
    let mut out = Vec::new();
    let mut run: Option<Span> = None;
    let flush = |run: &mut Option<Span>, out: &mut Vec<Block>| {
        if let Some(r) = run.take() {
            out.extend(split_lines(text, r, BlockKind::Paragraph, vocab));
        }
    };
    // The next line with text after line `i`: content may follow a heading after a blank
    // line, as Markdown reads it (and fmt writes it).
    let next_content = |i: usize| {
        all[i + 1..]
            .iter()
            .map(|&n| &text[n.range()])
            .find(|n| !n.is_empty())
    };
    let navigation = navigation_runs(text, &all, vocab, |_| true);
    let mut i = 0;
    while i < all.len() {
        let line = all[i];
        let s = &text[line.range()];
        if s.is_empty() || hidden.iter().any(|h| h.contains(line)) {
            flush(&mut run, &mut out);
            i += 1;
            continue;
        }
        if navigation[i] {
            flush(&mut run, &mut out);
            let why = navigation_why(s, vocab);
            out.push(block(BlockKind::Chrome { why }, line, line));
            i += 1;
            continue;
        }
        // Setext heading: this line underlined by the next.
        if let Some(level) = all
            .get(i + 1)
            .and_then(|&n| underline_level(&text[n.range()]))
        {
            flush(&mut run, &mut out);
            out.push(block(
                BlockKind::Heading { level },
                line.cover(all[i + 1]),
                line,
            ));
            i += 2;
            continue;
        }
        if underline_level(s).is_some() {
            // A rule line on its own (`----`) separates blocks.
            flush(&mut run, &mut out);
            i += 1;
            continue;
        }
        let f = field(text, line, vocab);
        // The next line, when it may hold a label's value (not a list item).
        let next = all
            .get(i + 1)
            .copied()
            .filter(|&n| !n.is_empty() && bullet_content(text, n).is_none());
        // A label above a blank line or a list ("Education:") heads what follows.
        let label_heading = f.as_ref().is_some_and(|f| f.value.is_empty())
            && next.is_none()
            && is_heading_line(s, next_content(i));
        if let Some((level, content)) = atx_heading(text, line) {
            flush(&mut run, &mut out);
            out.push(block(BlockKind::Heading { level }, line, content));
        } else if let Some(content) = bullet_content(text, line) {
            flush(&mut run, &mut out);
            out.extend(
                split_lines(text, content, BlockKind::ListItem, vocab)
                    .into_iter()
                    .map(|mut b| {
                        if b.kind == BlockKind::ListItem {
                            b.span = b.span.cover(line);
                        }
                        b
                    }),
            );
        } else if (f.is_some() && !label_heading) || vocab.chrome_reason(s).is_some() {
            flush(&mut run, &mut out);
            // A field whose value is on the next line reads both lines.
            let take_next = f.as_ref().is_some_and(|f| f.value.is_empty()) && next.is_some();
            let span = if take_next {
                line.cover(next.unwrap_or(line))
            } else {
                line
            };
            out.extend(split_lines(text, span, BlockKind::Paragraph, vocab));
            i += usize::from(take_next);
        } else if apply_button(s, next_content(i), vocab) {
            flush(&mut run, &mut out);
            let why = "apply button: no instructions of its own follow".to_string();
            out.push(block(BlockKind::Chrome { why }, line, line));
        } else if is_heading_line(s, next_content(i)) || names_section(s, next_content(i), vocab) {
            flush(&mut run, &mut out);
            let content = trim(
                text,
                Span::new(line.start, line.end - usize::from(s.ends_with(':'))),
            );
            out.push(block(BlockKind::Heading { level: 2 }, line, content));
        } else {
            run = Some(run.map_or(line, |r| r.cover(line)));
        }
        i += 1;
    }
    flush(&mut run, &mut out);
    out
}

fn underline_level(s: &str) -> Option<u8> {
    let s = s.trim();
    if s.len() >= 3 && s.bytes().all(|b| b == b'=') {
        Some(1)
    } else if s.len() >= 3 && s.bytes().all(|b| b == b'-') {
        Some(2)
    } else {
        None
    }
}

fn atx_heading(text: &str, line: Span) -> Option<(u8, Span)> {
    let s = &text[line.range()];
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    // Judged as shown: `#&nbsp;Title` reads `# Title` (and fmt writes it so).
    let spaced = s[hashes..].starts_with([' ', '\t'])
        || first_shown(&s[hashes..]).is_some_and(|(c, _)| c == ' ');
    if hashes == 0 || hashes > 6 || !spaced {
        return None;
    }
    let content = trim(text, Span::new(line.start + hashes, line.end));
    Some((hashes as u8, content))
}

pub(crate) fn bullet_content(text: &str, line: Span) -> Option<Span> {
    // Spaces written as entities (`&nbsp;`) before the marker indent it as shown.
    let mut line = line;
    while let Some((' ', len)) = first_shown(&text[line.range()]) {
        line.start += len;
    }
    let s = &text[line.range()];
    let (first, marker_len) = first_shown(s)?;
    if BULLETS.contains(&first) {
        let rest = &s[marker_len..];
        // "-5 years" or "*required" are not bullets; a bullet is followed by a space (also
        // one written as an entity: `*&nbsp;Item`).
        let spaced =
            rest.starts_with([' ', '\t']) || first_shown(rest).is_some_and(|(c, _)| c == ' ');
        // A marker alone on its line is an empty item (Markdown reads it so), not text.
        if spaced || rest.is_empty() || !matches!(first, '-' | '*' | '+') {
            return Some(trim(text, Span::new(line.start + marker_len, line.end)));
        }
    }
    // Numbered: "1. ", "2) "
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && s[digits..].starts_with([')', '.'])
        && s[digits + 1..].starts_with(' ')
    {
        return Some(trim(text, Span::new(line.start + digits + 1, line.end)));
    }
    None
}

/// The first character of `s` as shown, and its length as written: text scraped from a page
/// often writes a bullet or a space as an entity (`&bull;`, `&#8226;`, `&nbsp;`).
fn first_shown(s: &str) -> Option<(char, usize)> {
    if s.starts_with('&')
        && let Some(end) = s.bytes().take(12).position(|b| b == b';')
    {
        let decoded = super::lines::decode_entities(&s[..=end]);
        let mut chars = decoded.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return Some((c, end + 1));
        }
    }
    s.chars().next().map(|c| (c, c.len_utf8()))
}

/// A navigation bar copied one item a line: this many items in a row, blank lines allowed
/// between them ("Home" // "Jobs" // "Companies"). Fewer may be a posting's own short lines.
const MIN_NAVIGATION_RUN: usize = 3;

/// Which of `all` lines belong to a run of navigation items ([`MIN_NAVIGATION_RUN`] or more).
/// A line for which `may_be_item` is false breaks a run (Markdown: a list item the author wrote).
pub(super) fn navigation_runs(
    text: &str,
    all: &[Span],
    vocab: &Vocabulary,
    may_be_item: impl Fn(usize) -> bool,
) -> Vec<bool> {
    // A bar on one line is one by itself.
    let mut out: Vec<bool> = (0..all.len())
        .map(|i| may_be_item(i) && is_navigation_bar(&text[all[i].range()], vocab))
        .collect();
    let mut run: Vec<usize> = Vec::new();
    let mut close = |run: &mut Vec<usize>| {
        if run.len() >= MIN_NAVIGATION_RUN {
            run.iter().for_each(|&i| out[i] = true);
        }
        run.clear();
    };
    for (i, l) in all.iter().enumerate() {
        let s = &text[l.range()];
        if s.is_empty() {
            continue;
        }
        if vocab.is_navigation_item(s) && may_be_item(i) {
            run.push(i);
        } else {
            close(&mut run);
        }
    }
    close(&mut run);
    out
}

/// Why a line [`navigation_runs`] flagged is chrome.
pub(super) fn navigation_why(s: &str, vocab: &Vocabulary) -> String {
    if is_navigation_bar(s, vocab) {
        "navigation bar: short items between bars".to_string()
    } else {
        "navigation bar copied one item a line".to_string()
    }
}

/// A navigation bar copied on one line: at least [`MIN_BAR_ITEMS`] short items between bars,
/// none a sentence's or a fact's (no sentence end, comma, colon or digit but a counter), one of
/// them an item of `chrome.navigation` ("Home | Jobs | Teams | Life at Acme | Sign in"). A
/// posting's own header ("Barista | Seattle, WA | Part-time") names no navigation item and
/// mostly has fewer items or a place's comma.
fn is_navigation_bar(s: &str, vocab: &Vocabulary) -> bool {
    /// Items of a bar are short.
    const MAX_ITEM_WORDS: usize = 4;
    if s.matches('|').count() + 1 < MIN_BAR_ITEMS {
        return false;
    }
    let shown = super::lines::shown(s);
    let items: Vec<&str> = shown
        .trim()
        .trim_matches('|')
        .split('|')
        .map(str::trim)
        .collect();
    items.len() >= MIN_BAR_ITEMS
        && items.iter().all(|item| {
            let words = item.split_whitespace().count();
            let bare = item.trim_end_matches(|c: char| c == ')' || c.is_ascii_digit());
            let bare = bare.trim_end_matches('(').trim_end();
            (1..=MAX_ITEM_WORDS).contains(&words)
                && !bare.contains(SENTENCE_END)
                && !bare.contains([':', '：'])
                && !bare.chars().any(|c| c.is_ascii_digit())
        })
        && items.iter().any(|item| vocab.is_navigation_item(item))
}

/// The fewest items of a navigation bar copied on one line ([`is_navigation_bar`]).
const MIN_BAR_ITEMS: usize = 4;

/// A short line that is a section's name ("Qualifications", "Wir bieten") heads what follows
/// it, as a copied page shows its headings: on a line of their own, in no particular case.
fn names_section(s: &str, next: Option<&str>, vocab: &Vocabulary) -> bool {
    /// Section names are short; a longer line starting "About" is a sentence.
    const MAX_WORDS: usize = 6;
    let s = s.trim();
    next.is_some_and(|n| !n.trim().is_empty())
        && s.split_whitespace().count() <= MAX_WORDS
        && !s.ends_with(SENTENCE_END)
        && !s.chars().any(|c| c.is_ascii_digit())
        && vocab.section_kind(s).is_some()
}

/// Whether a line that names the how-to-apply section ("Apply") is a page's button: what
/// follows it is chrome ("Save") or another section's name ("About the job"), not how to apply;
/// or, a word or two ("Apply now"), it ends the page with nothing after it.
fn apply_button(s: &str, next: Option<&str>, vocab: &Vocabulary) -> bool {
    let s = s.trim();
    if vocab.section_kind(s) != Some("how_to_apply") || s.ends_with(':') {
        return false;
    }
    match next.map(str::trim).filter(|n| !n.is_empty()) {
        Some(next) => vocab.chrome_reason(next).is_some() || names_section(next, Some("."), vocab),
        None => s.split_whitespace().count() <= 2,
    }
}

/// What ends a sentence or a clause, in Latin and CJK punctuation.
const SENTENCE_END: &[char] = &['.', ',', ';', '!', '?', '。', '，', '；', '！', '？', '、'];

/// ALL-CAPS lines and short colon-terminated lines are headings in plain-text postings. The
/// line is read as it shows: HTML entities left by a scraper (`&amp;`) are decoded first.
pub(crate) fn is_heading_line(s: &str, next: Option<&str>) -> bool {
    // Judged as shown (and as fmt writes it).
    let shown = super::lines::shown(s);
    if shown != s {
        return is_heading_line(&shown, next);
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 3 || s.chars().count() > 80 {
        return false;
    }
    let cased: Vec<char> = s
        .chars()
        .filter(|c| c.is_lowercase() || c.is_uppercase())
        .collect();
    // Most letters cased and all of those capitals: a Chinese sentence with an acronym in it
    // ("熟悉 HTML、CSS") is not shouting.
    let all_caps =
        cased.len() >= 3 && cased.len() * 2 >= letters && cased.iter().all(|c| c.is_uppercase());
    if all_caps && !s.ends_with(SENTENCE_END) {
        return true;
    }
    // "What you'll do:" followed by content, not "Note: ..." mid-sentence.
    let words = s.split_whitespace().count();
    s.ends_with(':')
        && s.matches(':').count() == 1
        && words <= 8
        && !s.contains(". ")
        && next.is_some_and(|n| !n.trim().is_empty())
}
