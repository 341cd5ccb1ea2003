//! A search page's regions that belong to other postings, told by their shape rather than by
//! the site's words: the filter panel (options with the number of postings each finds,
//! "Past week (1,204)", "$60,000+ (843)") and the list of result cards (each a title heading,
//! a smaller heading with the company, then a few short lines: place, pay, a badge). Nothing
//! in them is this posting's: a filter's "$60,000+" is no pay, a card's city no place.
//!
//! A copied page has no headings to go by: its cards are runs of short lines, a title first
//! ("Sous Chef", "Blue Fin Kitchen", "Boston, MA"), each card closed by a badge the chrome
//! vocabulary knows ("2 days ago", "Promoted").

use super::{Block, BlockKind, lines};
use crate::source::Span;
use crate::vocab::Vocabulary;

/// At least this many options make a filter panel, and this many cards a list of results: a
/// posting's own text seldom repeats one shape three times running.
const MIN_RUN: usize = 3;

/// At most this many short blocks between two options of a panel (the next filter's name, a
/// "Done" button) or after a card's headings (place, pay, badge).
const MAX_GAP: usize = 4;

/// A short line: a name, a button, a place or an amount, no sentence.
const SHORT: usize = 80;

/// At most this many lines of text in a card of a copied page (title, company, place, pay, a
/// chip).
const MAX_CARD_LINES: usize = 5;

/// A card's heading: a title, which may be long ("Specialist, Payroll Quality Assurance Team -
/// Payroll Controllership, EMEA and APAC").
const CARD_HEADING: usize = 160;

crate::re::patterns! {
    /// An option of a filter: a label and the count of postings it finds in parentheses (the
    /// label's length is checked apart: a counted repetition of a Unicode class compiles
    /// slowly).
    static OPTION = r"^(?u:[^()\n])+\([0-9]{1,3}(?:(?:[,. ]|(?u:\u{a0}))[0-9]{3})*\+?\)$";
}

/// The regions of `blocks` that are a search page's filter panel or list of result cards, and
/// why; their blocks become chrome.
pub fn regions(text: &str, blocks: &mut Vec<Block>, vocab: &Vocabulary) -> Vec<(Span, String)> {
    let mut regions = filter_panels(text, blocks);
    regions.extend(result_cards(text, blocks));
    let copied = copied_cards(text, blocks, vocab);
    split_at(text, blocks, &copied);
    regions.extend(copied);
    for b in blocks.iter_mut() {
        if let Some((_, why)) = regions.iter().find(|(r, _)| r.contains(b.span)) {
            b.kind = BlockKind::Chrome { why: why.clone() };
        }
    }
    regions.sort_by_key(|(r, _)| r.start);
    regions
}

fn shown<'t>(text: &'t str, b: &Block) -> std::borrow::Cow<'t, str> {
    super::shown(&text[b.content.range()])
}

/// A short block of one line that is no heading: what stands between a panel's options or
/// under a card's headings.
fn is_short(text: &str, b: &Block) -> bool {
    matches!(
        b.kind,
        BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Field { .. }
    ) && {
        let s = shown(text, b);
        !s.contains('\n') && s.chars().count() <= SHORT && !s.ends_with(['.', '!', '?'])
    }
}

fn is_option(text: &str, b: &Block) -> bool {
    matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem) && is_option_line(&shown(text, b))
}

fn is_option_line(line: &str) -> bool {
    // The label's length first: most blocks are sentences, not worth a search.
    line.split('(')
        .next()
        .is_some_and(|label| label.chars().count() <= OPTION_LABEL)
        && OPTION.is_match(line)
}

/// The longest label of a filter option, in characters.
const OPTION_LABEL: usize = 60;

/// Runs of filter options: from the first option to the last, with at most [`MAX_GAP`] short
/// blocks between two of them.
fn filter_panels(text: &str, blocks: &[Block]) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // The run: its first and last option, and how many options.
    let mut run: Option<(usize, usize, usize)> = None;
    let mut gap = 0;
    let mut close = |run: &mut Option<(usize, usize, usize)>| {
        if let Some((first, last, n)) = run.take()
            && n >= MIN_RUN
        {
            out.push((
                blocks[first].span.cover(blocks[last].span),
                "a search page's filter options (each with its count of postings)".to_string(),
            ));
        }
    };
    for (i, b) in blocks.iter().enumerate() {
        if matches!(b.kind, BlockKind::Chrome { .. }) {
            continue;
        }
        if is_option(text, b) {
            run = Some(run.map_or((i, i, 1), |(first, _, n)| (first, i, n + 1)));
            gap = 0;
        } else if run.is_some() && is_short(text, b) && gap < MAX_GAP {
            gap += 1;
        } else {
            close(&mut run);
            gap = 0;
        }
    }
    close(&mut run);
    out
}

/// A card's first block and its two headings' levels: a heading followed by a smaller one
/// (the title, then the company), with a list item of the same text before it when the page
/// makes each card a list item.
fn card_at(text: &str, blocks: &[Block], i: usize) -> Option<(usize, u8, u8)> {
    let BlockKind::Heading { level } = blocks[i].kind else {
        return None;
    };
    let text_after = |from: usize| {
        blocks[from..]
            .iter()
            .position(|b| !matches!(b.kind, BlockKind::Chrome { .. }))
            .map(|n| from + n)
    };
    let next = text_after(i + 1)?;
    let BlockKind::Heading { level: sub } = blocks[next].kind else {
        return None;
    };
    if sub <= level || !is_short_heading(text, &blocks[next]) || !is_short_heading(text, &blocks[i])
    {
        return None;
    }
    // A page's heading above the cards ("# 120 jobs", then "### Title", "#### Company") is no
    // card: its second heading has a smaller one under it.
    if text_after(next + 1)
        .is_some_and(|n| matches!(blocks[n].kind, BlockKind::Heading { level } if level > sub))
    {
        return None;
    }
    let start = match i.checked_sub(1).map(|p| &blocks[p]) {
        Some(p) if p.kind == BlockKind::ListItem && shown(text, p) == shown(text, &blocks[i]) => {
            i - 1
        }
        _ => i,
    };
    Some((start, level, sub))
}

fn is_short_heading(text: &str, b: &Block) -> bool {
    shown(text, b).chars().count() <= CARD_HEADING
}

/// Runs of at least [`MIN_RUN`] cards of the same shape, each followed by at most
/// [`MAX_GAP`] short blocks.
fn result_cards(text: &str, blocks: &[Block]) -> Vec<(Span, String)> {
    let mut out = Vec::new();
    // The run: its first block, its last block, its shape, how many cards.
    let mut run: Option<(usize, usize, (u8, u8), usize)> = None;
    let mut close = |run: &mut Option<(usize, usize, (u8, u8), usize)>| {
        if let Some((first, last, _, n)) = run.take()
            && n >= MIN_RUN
        {
            out.push((
                blocks[first].span.cover(blocks[last].span),
                "a search page's result cards (other postings)".to_string(),
            ));
        }
    };
    let mut i = 0;
    while i < blocks.len() {
        let Some((start, level, sub)) = card_at(text, blocks, i) else {
            i += 1;
            continue;
        };
        // The card's end: its two headings, then short blocks up to the next card.
        let mut end = i + 1;
        while blocks[end].kind != (BlockKind::Heading { level: sub }) {
            end += 1;
        }
        let mut short = 0;
        let mut j = end + 1;
        while j < blocks.len() && card_at(text, blocks, j).is_none() {
            let b = &blocks[j];
            if matches!(b.kind, BlockKind::Chrome { .. }) {
                j += 1;
                continue;
            }
            // The list item that opens the next card.
            if j + 1 < blocks.len() && card_at(text, blocks, j + 1).is_some_and(|c| c.0 == j) {
                break;
            }
            if !is_short(text, b) || short == MAX_GAP {
                break;
            }
            short += 1;
            j += 1;
        }
        let card_end = j - 1;
        match run {
            Some((first, last, shape, n)) if shape == (level, sub) && last + 1 == start => {
                run = Some((first, card_end, shape, n + 1));
            }
            _ => {
                close(&mut run);
                run = Some((start, card_end, (level, sub), 1));
            }
        }
        i = j;
    }
    close(&mut run);
    out
}

/// A line of a copied page: where it is, and whether it is chrome (a badge).
struct Line {
    span: Span,
    badge: bool,
}

/// Runs of at least [`MIN_RUN`] cards in a copied page: each a few short lines, the first
/// naming a role, closed by one or more badges. The posting's own header has that shape too
/// (its title, company, place, "2 days ago") and is not counted when it opens the text.
fn copied_cards(text: &str, blocks: &[Block], vocab: &Vocabulary) -> Vec<(Span, String)> {
    // The text's lines in order; code and headings of a page break the run.
    let mut runs: Vec<Vec<Line>> = vec![Vec::new()];
    for b in blocks {
        match &b.kind {
            BlockKind::Chrome { .. } => runs.last_mut().into_iter().for_each(|r| {
                r.push(Line {
                    span: b.span,
                    badge: true,
                })
            }),
            BlockKind::Paragraph | BlockKind::ListItem | BlockKind::Field { .. } => {
                let run = runs.last_mut().expect("a run");
                for l in lines::lines(text, b.content) {
                    let l = lines::trim(text, l);
                    if !l.is_empty() {
                        run.push(Line {
                            span: l,
                            badge: false,
                        });
                    }
                }
            }
            BlockKind::Heading { .. } | BlockKind::Code => runs.push(Vec::new()),
        }
    }
    let first_text = blocks.iter().find(|b| b.is_text()).map(|b| b.content.start);
    let mut out = Vec::new();
    for run in &runs {
        // Cards: first line, last line, and whether the first names a role, of each group of
        // short lines closed by badges.
        let mut cards: Vec<(usize, usize, bool)> = Vec::new();
        let mut i = 0;
        while i < run.len() {
            let start = i;
            while i < run.len() && !run[i].badge {
                i += 1;
            }
            let texts_end = i;
            while i < run.len() && run[i].badge {
                i += 1;
            }
            if i == start {
                i += 1;
                continue;
            }
            // The card: the last few short lines before the badges; the first card of a run
            // may follow the posting's last sentence, and starts at a line naming a role.
            let short_from = (start..texts_end)
                .rev()
                .take_while(|&j| is_short_line(&text[run[j].span.range()]))
                .last()
                .unwrap_or(texts_end);
            let window = short_from.max(texts_end.saturating_sub(MAX_CARD_LINES));
            let names_role = |j: usize| vocab.titles.has_role_word(&text[run[j].span.range()]);
            let card_start = if window == start {
                Some(start)
            } else {
                (window..texts_end).find(|&j| names_role(j))
            }
            .filter(|&s| {
                i > texts_end && texts_end - s >= 2 && Some(run[s].span.start) != first_text
            });
            match card_start {
                Some(s) if s == start && !cards.is_empty() => {
                    cards.push((s, i - 1, names_role(s)));
                }
                Some(s) => {
                    close_cards(run, &mut cards, &mut out);
                    cards.push((s, i - 1, names_role(s)));
                }
                None => close_cards(run, &mut cards, &mut out),
            }
        }
        close_cards(run, &mut cards, &mut out);
    }
    out
}

/// A run of cards is other postings when it is long enough and most cards start with a title
/// (one naming a role; the vocabulary does not know every role).
fn close_cards(run: &[Line], cards: &mut Vec<(usize, usize, bool)>, out: &mut Vec<(Span, String)>) {
    let titled = cards.iter().filter(|c| c.2).count();
    if cards.len() >= MIN_RUN && 2 * titled >= cards.len() {
        let (first, last) = (cards[0].0, cards[cards.len() - 1].1);
        out.push((
            run[first].span.cover(run[last].span),
            "result cards of other postings (short lines, each card closed by a badge)".to_string(),
        ));
    }
    cards.clear();
}

fn is_short_line(line: &str) -> bool {
    let s = super::shown(line);
    let s = s.trim();
    s.chars().count() <= SHORT && !s.ends_with(['.', '!', '?'])
}

/// Splits the paragraphs that run into or out of a region at its edges, so that the region's
/// blocks are its own (a copied page runs its last sentence and the first card together).
fn split_at(text: &str, blocks: &mut Vec<Block>, regions: &[(Span, String)]) {
    let straddles = |b: &Block| {
        regions
            .iter()
            .any(|(r, _)| b.span.overlaps(*r) && !r.contains(b.span))
    };
    if !blocks
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph && straddles(b))
    {
        return;
    }
    let mut out = Vec::with_capacity(blocks.len());
    for b in blocks.drain(..) {
        if b.kind != BlockKind::Paragraph || !straddles(&b) {
            out.push(b);
            continue;
        }
        // Parts: lines on the same side of every region's edges.
        let side = |l: Span| regions.iter().position(|(r, _)| r.contains(l));
        let mut part: Option<(Span, Option<usize>)> = None;
        for l in lines::lines(text, b.content) {
            let l = lines::trim(text, l);
            if l.is_empty() {
                continue;
            }
            let here = side(l);
            match part {
                Some((p, s)) if s == here => part = Some((p.cover(l), s)),
                _ => {
                    if let Some((p, _)) = part {
                        out.push(lines::block(BlockKind::Paragraph, p, p));
                    }
                    part = Some((l, here));
                }
            }
        }
        if let Some((p, _)) = part {
            out.push(lines::block(BlockKind::Paragraph, p, p));
        }
    }
    *blocks = out;
}

#[cfg(test)]
mod tests {
    use super::is_option_line;

    #[test]
    fn an_option_is_a_short_label_with_a_count() {
        for line in [
            "Past week (1,613,888)",
            "$60,000+ (753,718)",
            "Remote (12)",
            "Entry level (3.133.330)",
        ] {
            assert!(is_option_line(line), "{line}");
        }
        for line in [
            "Python (3 years)",
            "We grew to 40 people (2,000 customers) in a year and look for more.",
            "Remote",
            // A label longer than an option's is a sentence.
            "Our team has shipped every release on time for the last three years running (12)",
        ] {
            assert!(!is_option_line(line), "{line}");
        }
    }
}
