//! The posting's title: where a title can be, and what a title looks like.
//!
//! Front matter says it outright, and so does a `Job Title:` field near the top. Otherwise the
//! title is the first heading or line near the top that has the shape of one. Copied pages
//! start with whatever the site put there — a section name ("About the job"), a form field
//! ("Work Term: 2025 - Winter"), a note, a sentence of the description — and none of those is
//! a title: a posting whose top has no title-shaped line has no title (`null`), rather than its
//! first sentence.

use super::page_title::PageTitle;
use super::{Block, BlockKind, FrontMatter, Section};
use crate::source::{Format, Span};
use crate::vocab::Vocabulary;

/// How many text blocks from the top a title may be found in...
const TOP: usize = 8;
/// ...and how many of their lines.
const TOP_LINES: usize = 16;
/// A title is a short line: at most this many words...
const MAX_WORDS: usize = 16;
/// ...and characters.
const MAX_CHARS: usize = 120;
/// The kinds of section (`rules/vocab/sections.yaml`) a title may be shown in. (At the top of
/// a page, "Apply now" is a button above the title, not the closing section.)
const TITLE_MAY_FOLLOW: &[&str] = &[
    "summary",
    "company",
    "location",
    "schedule",
    "pay",
    "how_to_apply",
];
/// Spaces that keep apart what were lines of a page, in a copy that ran them together.
const RUN_OF_SPACES: &str = "   ";
/// A line of at least this many words, two thirds of them in lower case (not counting the
/// vocabulary's `small_words`), is running text.
const MIN_RUNNING_WORDS: usize = 9;
/// A line that ends as a sentence does is one when it has more words than this ("Part Time
/// Job, Daily Pay." is a spam posting's title).
const MAX_TITLE_WITH_STOP: usize = 12;

pub(super) fn find(
    text: &str,
    fm: Option<&FrontMatter>,
    blocks: &[Block],
    sections: &[Section],
    format: Format,
    page: &PageTitle,
    vocab: &Vocabulary,
) -> Option<Title> {
    let cleaned = |line: Span| {
        let line = super::page_title::without_employer(text, line, &page.employers, vocab);
        without_title_label(text, without_page_words(text, line, vocab), vocab)
    };
    // `title:`, else a key the label vocabulary says names the title (`role`, `job_title`,
    // `position.title`).
    // An identifier (`iOS_Software_Engineer`, a file name's slug) names the title to a tool,
    // not to readers.
    let given = |f: &&super::FrontMatterField| {
        let v = f.value.trim();
        let slug = v.contains('_') && !v.contains(' ');
        !v.is_empty() && !slug
    };
    let from_front_matter = fm.and_then(|fm| {
        fm.get("title")
            .filter(given)
            .or_else(|| fm.get("role_name").filter(given))
            .or_else(|| {
                fm.fields.iter().filter(given).find(|f| {
                    vocab.label_fact(&f.key.replace(['_', '-', '.'], " ")) == Some("title")
                })
            })
    });
    if let Some(f) = from_front_matter {
        return Some(Title::shown(cleaned(f.value_span)));
    }
    let top: Vec<&Block> = blocks
        .iter()
        .filter(|b| b.is_text() && !text[b.content.range()].trim().is_empty())
        .take(TOP)
        .collect();
    // A field that names the title: `Job Title: Line Cook`.
    let field = top
        .iter()
        .find_map(|b| match &b.kind {
            BlockKind::Field { value, fact, .. } if fact == "title" => Some(*value),
            _ => None,
        })
        .map(|v| first_line(text, v))
        .filter(|v| {
            let s = &text[v.range()];
            !s.trim().is_empty() && s.split_whitespace().count() <= MAX_WORDS
        });
    let headings = |max: u8| {
        blocks
            .iter()
            .filter(move |b| matches!(b.kind, BlockKind::Heading { level } if level <= max))
    };
    // Where a title is without a doubt when it has the shape of one: the top heading of
    // Markdown or a page, the first line of text.
    let top_heading = headings(1).next();
    let top_heading_line = top_heading.map(|b| link_text(text, first_line(text, b.content)));
    // (A site's name above its navigation comes before the first line: "LinkedIn" // "Home" //
    // "Jobs" // "Delivery Drivers".)
    let first = top.iter().find(|b| !site_name(text, b, blocks, vocab));
    let marked: Vec<Span> = top_heading_line
        .into_iter()
        .chain(first.map(|b| first_but_host(text, b.content)))
        .collect();
    // Where a title is looked for, most likely first. Markdown and pages mark it as their top
    // heading (navigation may come before it); text has it among its first lines, which a
    // copied page runs together with badges and counters.
    let candidates: Vec<&Block> = match format {
        Format::Markdown => headings(1)
            .chain(headings(6))
            .chain(top.iter().copied())
            .collect(),
        Format::Html => headings(1).chain(top.iter().copied()).collect(),
        Format::Text => top.clone(),
    };
    // What the duties, requirements or benefits sections hold is not the title, nor
    // is a label that heads what follows ("Application Deadline:" above its date), even when
    // it names a role ("Collaborate with fellow developers"). A page may show the title after
    // a summary, its employer's blurb or a place, so those sections do not count.
    let in_named_section = |b: &Block| {
        sections
            .get(b.section)
            .and_then(|s| s.kind.as_deref())
            .is_some_and(|kind| !TITLE_MAY_FOLLOW.contains(&kind))
    };
    // A section's name among a page's navigation ("Home | Teams | Benefits" // "Benefits" //
    // "Senior Payroll Specialist"): a heading with only short lines above it, none of the
    // posting's text, right above a line that names a role. That line is the page's title,
    // not the first of the section.
    let under_navigation = |b: &Block| {
        let Some(h) = sections.get(b.section).and_then(|s| s.heading) else {
            return false;
        };
        let next = blocks[h + 1..].iter().find(|n| n.is_text());
        // Something above: the posting's short lines, or a bar already read as chrome.
        let chrome = |p: &Block| matches!(p.kind, BlockKind::Chrome { .. });
        let mut above = blocks[..h]
            .iter()
            .filter(|p| p.is_text() || chrome(p))
            .peekable();
        next.is_some_and(|n| n.span == b.span)
            && above.peek().is_some()
            && above.all(|p| chrome(p) || navigation_like(text, p))
            && vocab
                .titles
                .has_role_word(&text[first_line(text, b.content).range()])
    };
    let label_heading = |b: &Block| {
        matches!(b.kind, BlockKind::Heading { .. })
            && text[b.span.range()].trim_end().ends_with([':', '：'])
    };
    let shaped: Vec<Span> = candidates
        .into_iter()
        .flat_map(|b| lines_of(text, b, vocab).map(move |line| (b, line)))
        .take(TOP_LINES)
        .filter(|(b, line)| {
            (!in_named_section(b) || under_navigation(b))
                && !label_heading(b)
                && !site_name(text, b, blocks, vocab)
                && is_title_shaped(&text[line.range()], b, vocab)
        })
        .map(|(_, line)| line)
        .collect();
    let names_role = |line: &Span| vocab.titles.has_role_word(&text[line.range()]);
    // Its author marked the top heading as the title: only a field, a section name or chrome
    // is not one, whatever its length ("Human Resources Assistant/Legal Assistant/...").
    let heading = top_heading.zip(top_heading_line).and_then(|(b, line)| {
        (b.is_text() && is_heading_title(&text[line.range()], b, vocab)).then_some(line)
    });
    // A top heading that names no role is often the employer ("# Stadt Kassel"); the heading
    // right after it that names a role is the title ("## Verwaltungsfachangestellte (m/w/d)").
    let role_after_heading = heading.filter(|l| !names_role(l)).and_then(|_| {
        let top = top_heading?;
        let next = blocks
            .iter()
            .find(|b| b.span.start >= top.span.end && b.is_text())
            .filter(|b| matches!(b.kind, BlockKind::Heading { .. }))?;
        let line = link_text(text, first_line(text, next.content));
        (!in_named_section(next)
            && is_title_shaped(&text[line.range()], next, vocab)
            && names_role(&line))
        .then_some(line)
    });
    // A search or listing page ("46 jobs in India") shows the posting it has open first
    // among the headings after its own: the first of them that names a role.
    let after_listing = top_heading
        .filter(|b| names_listing(&text[b.content.range()], vocab))
        .and_then(|top| {
            blocks
                .iter()
                .filter(|b| {
                    b.span.start > top.span.end && matches!(b.kind, BlockKind::Heading { .. })
                })
                .map(|b| (b, first_line(text, b.content)))
                .find(|(b, line)| {
                    is_title_shaped(&text[line.range()], b, vocab) && names_role(line)
                })
                .map(|(_, line)| line)
        });
    // A saved page's head names its title (`<title>`, `og:title`, without the site's name): a
    // heading that starts with it agrees ("Cybersecurity" in "## Cybersecurity hired").
    // A search page's head names its list ("46 jobs in India"), not a posting.
    let agreed = page
        .head_titles
        .iter()
        .filter(|t| !names_listing(t, vocab))
        .find_map(|want| {
            blocks
                .iter()
                .filter(|b| b.is_text() && matches!(b.kind, BlockKind::Heading { .. }))
                .map(|b| link_text(text, first_line(text, b.content)))
                .find_map(|line| {
                    let s = &text[line.range()];
                    let head = s.get(..want.len())?;
                    let after = s[want.len()..].chars().next();
                    (head.to_lowercase() == want.to_lowercase()
                        && !after.is_some_and(char::is_alphanumeric))
                    .then(|| Span::new(line.start, line.start + want.len()))
                })
        });
    // The top heading that names a role; a field that names the title; a heading the page's
    // head agrees with; the top heading; the first heading after a listing's; the first line
    // that names a role; else the first line, when it is where a title is marked (a title in
    // words the vocabulary does not know yet), not a line further down.
    heading
        .filter(names_role)
        .or(field)
        .or(agreed)
        .or(role_after_heading)
        .or(heading)
        .or(after_listing)
        .or_else(|| shaped.iter().copied().find(names_role))
        .or_else(|| {
            shaped
                .iter()
                .copied()
                .find(|&l| hired_in_plural(text, l, blocks, vocab))
        })
        .or_else(|| {
            // A first line that names no role (the employer: "Pinecrest Outfitters") yields to
            // the next, that names roles in the plural in two words or more ("Seasonal
            // Warehouse Associates"), as a posting for several hires is headed.
            let first = shaped.first().filter(|l| marked.contains(l))?;
            shaped
                .get(1)
                .copied()
                .filter(|l| {
                    let s = &text[l.range()];
                    s.split_whitespace().count() >= 2 && vocab.titles.has_role_word_or_plural(s)
                })
                .or(Some(*first))
        })
        .map(|line| Title::shown(cleaned(without_tail(text, link_text(text, line)))))
        .or_else(|| {
            named_in_sentence(text, blocks, vocab).map(|span| Title {
                span,
                in_sentence: true,
            })
        })
}

/// A line that names a role in the plural ("Field Service Technicians") is a department or a
/// list, unless the first paragraphs hire for it in the same words, after a word that says a
/// role follows ("is looking for Field Service Technicians to"): the two sources agree.
fn hired_in_plural(text: &str, line: Span, blocks: &[Block], vocab: &Vocabulary) -> bool {
    let words = |s: &str| {
        s.split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
    };
    let title = words(&text[line.range()]);
    if !vocab.titles.has_role_word_or_plural(&title) {
        return false;
    }
    blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph) && !b.span.contains(line))
        .take(TOP)
        .any(|b| {
            let p = words(&text[b.content.range()]);
            vocab.titles.named_in_sentence.iter().any(|frame| {
                let said = format!("{} {title}", frame.before);
                p.match_indices(&said).any(|(i, _)| {
                    let end = i + said.len();
                    !p[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric)
                        && !p[end..].chars().next().is_some_and(char::is_alphanumeric)
                })
            })
        })
}

/// Where the posting's title is.
#[derive(Clone, Copy, Debug)]
pub(super) struct Title {
    pub span: Span,
    /// Named in a sentence of running text ("As a Line Cook, you ..."), not shown as a title:
    /// the paragraph around it stays running text.
    pub in_sentence: bool,
}

impl Title {
    fn shown(span: Span) -> Self {
        Title {
            span,
            in_sentence: false,
        }
    }
}

/// A posting whose top has no title line may name its role in a sentence of its first
/// paragraphs ("As a Line Cook, you will ..."): a few capitalised words naming a role, between the words of one of
/// the vocabulary's frames.
fn named_in_sentence(text: &str, blocks: &[Block], vocab: &Vocabulary) -> Option<Span> {
    // The first paragraphs (a list above them, "what to paste here", does not count), each
    // in ASCII lower case, which keeps every byte where it is.
    let paragraphs: Vec<(&Block, &str, String)> = blocks
        .iter()
        .filter(|b| matches!(b.kind, BlockKind::Paragraph))
        .take(TOP)
        .map(|b| {
            let s = &text[b.content.range()];
            (b, s, s.to_ascii_lowercase())
        })
        .collect();
    // The frames in the vocabulary's order, the most telling first ("As a Junior Baker, you"
    // before "looking for a Baker to join").
    vocab.titles.named_in_sentence.iter().find_map(|frame| {
        paragraphs.iter().find_map(|(b, s, lower)| {
            lower
                .match_indices(frame.before.as_str())
                .find_map(|(i, _)| {
                    let at_word = !lower[..i]
                        .chars()
                        .next_back()
                        .is_some_and(char::is_alphanumeric);
                    let start = i + frame.before.len();
                    let rest = &lower[start..];
                    let len = rest.len() - rest.trim_start().len();
                    let start = start + len;
                    let end = start + lower[start..].find(frame.after.as_str())?;
                    // A comma ends the title ("As a Baker Intern, reporting to our Head
                    // Baker, you ...").
                    let end = lower[start..end].find(',').map_or(end, |i| start + i);
                    // The title is the capitalised words before the end; words in lower
                    // case before them describe the person ("a talented and motivated
                    // Software Engineer to join").
                    if s[start..end].split_whitespace().count() > 2 * MAX_NAMED_WORDS {
                        return None;
                    }
                    let start = start + capitalised_tail(&s[start..end], vocab);
                    let title = &s[start..end];
                    let words = title.split_whitespace().count();
                    (at_word
                        && len > 0
                        && (1..=MAX_NAMED_WORDS).contains(&words)
                        && vocab.titles.has_role_word_or_plural(title))
                    .then(|| Span::new(b.content.start + start, b.content.start + end))
                })
        })
    })
}

/// Where the run of capitalised words that ends `s` starts (small words inside it count, not
/// at its start): "talented and motivated Software Engineer" gives "Software Engineer".
fn capitalised_tail(s: &str, vocab: &Vocabulary) -> usize {
    let mut start = s.len();
    for (i, w) in s
        .split_whitespace()
        .rev()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
    {
        if w.chars().next().is_some_and(|c| !c.is_lowercase()) {
            start = i;
        } else if !vocab.titles.is_small_word(w) {
            break;
        }
    }
    start
}

/// A title named in a sentence is short.
const MAX_NAMED_WORDS: usize = 6;

/// The title without what a page or its saver writes around it (the vocabulary's
/// `page_words`): "Job Description for Line Cook", "Line Cook - Job Description", "Line Cook
/// Job Details | Acme".
fn without_page_words(text: &str, line: Span, vocab: &Vocabulary) -> Span {
    const SEPARATORS: &[char] = &['|', '-', '–', '—', ':', '@', '·'];
    let lower = text[line.range()].to_ascii_lowercase();
    let (mut start, mut end) = (0, lower.len());
    for word in &vocab.titles.page_words {
        // Before the title: the words, then "for", a colon or a dash.
        if let Some(rest) = lower[start..].strip_prefix(word.as_str()) {
            let joined = rest.trim_start();
            let joined = joined
                .strip_prefix("for ")
                .or_else(|| joined.strip_prefix(SEPARATORS));
            if let Some(after) = joined.map(str::trim_start).filter(|a| !a.is_empty()) {
                start = lower.len() - after.len();
            }
        }
        // After it: the words at the end, or before a separator.
        let found = lower[start..end]
            .match_indices(word.as_str())
            .find(|&(i, _)| {
                let before = &lower[start..start + i];
                let after = lower[start + i + word.len()..end].trim_start();
                before.ends_with([' ', '-', '|'])
                    && !before.trim_end_matches(SEPARATORS).trim().is_empty()
                    && (after.is_empty() || after.starts_with(SEPARATORS))
            });
        if let Some((i, _)) = found {
            end = start
                + lower[start..start + i]
                    .trim_end()
                    .trim_end_matches(SEPARATORS)
                    .trim_end()
                    .len();
        }
    }
    Span::new(line.start + start, line.start + end)
}

/// The title without a label that names it, when a heading or line holds both ("# Puesto:
/// Analista de datos", "Stanowisko: Magazynier"): a field of the `title` fact.
fn without_title_label(text: &str, line: Span, vocab: &Vocabulary) -> Span {
    match super::lines::field(text, line, vocab) {
        Some(f) if f.fact == "title" && !f.value.is_empty() => f.value,
        _ => line,
    }
}

/// The lines of a block that may hold a title: a heading's first, each line of a paragraph.
fn lines_of<'a>(
    text: &'a str,
    block: &'a Block,
    vocab: &'a Vocabulary,
) -> impl Iterator<Item = Span> + 'a {
    let content = block.content;
    let all = !matches!(
        block.kind,
        BlockKind::Heading { .. } | BlockKind::Field { .. }
    );
    let mut start = content.start;
    std::iter::from_fn(move || {
        if start >= content.end {
            return None;
        }
        let line = first_line(text, Span::new(start, content.end));
        let rest = &text[line.end..content.end];
        let next = rest.find('\n').map_or(content.end, |i| line.end + i + 1);
        start = if all { next } else { content.end };
        // A copy that ran a page's lines together keeps them apart by runs of spaces
        // ("Line Cook   Location: Leeds   Start: ASAP"): a field after such a run ends the
        // title. (Spaces alone may be padding inside a title.)
        let run = text[line.range()]
            .find(RUN_OF_SPACES)
            .map(|i| line.start + i)
            .filter(|&i| {
                let after = super::lines::trim(text, Span::new(i, line.end));
                super::lines::field(text, after, vocab).is_some()
            });
        Some(Span::new(line.start, run.unwrap_or(line.end)))
    })
    .filter(|l| !l.is_empty())
}

/// A heading that is only a link (`# [Line Cook](https://...)`) is titled by the link's text.
fn link_text(text: &str, line: Span) -> Span {
    match LINK_ONLY
        .captures(&text[line.range()])
        .and_then(|c| c.get(1))
    {
        Some(m) => Span::new(line.start + m.start(), line.start + m.end()),
        None => line,
    }
}

/// A block's first line (a title is one line).
fn first_line(text: &str, content: Span) -> Span {
    let s = &text[content.range()];
    let end = s
        .find(['\n', '\r'])
        .map_or(content.end, |i| content.start + i);
    let line = &text[content.start..end];
    let lead = line.len() - line.trim_start().len();
    Span::new(content.start + lead, content.start + line.trim_end().len())
}

/// A block's first line, or its second where the first is a host name ("Pracuj.pl" // the
/// title): the site a page was copied from, above the page.
fn first_but_host(text: &str, content: Span) -> Span {
    let line = first_line(text, content);
    if !is_host_name(bare(&text[line.range()])) || line.end >= content.end {
        return line;
    }
    let rest = &text[line.end..content.end];
    let start = line.end + rest.len() - rest.trim_start().len();
    let next = first_line(text, Span::new(start, content.end));
    if next.is_empty() { line } else { next }
}

/// Whether the top heading is a title: not a field, a section name or chrome.
fn is_heading_title(line: &str, block: &Block, vocab: &Vocabulary) -> bool {
    let line = bare(line);
    !line.is_empty()
        && line.chars().count() <= 2 * MAX_CHARS
        && !matches!(block.kind, BlockKind::Field { .. })
        // `Label<TAB>value`: a form's field, whatever the label (a colon alone is not enough:
        // "Freight Associate : Part Time" is a title).
        && !line.contains('\t')
        // "Requirements:", "Position Objective:" introduce a section.
        && !line.ends_with([':', '：'])
        // A title starts with a capital or a digit ("iOS Engineer" too); "# of positions
        // available: 1" is a field whose label starts with a number sign.
        && !line.split_whitespace().next().is_some_and(|w| {
            // (Scripts without case, "实习生", have neither.)
            w.chars().any(char::is_lowercase) && !w.chars().any(char::is_uppercase)
        })
        && vocab.section_kind(line).is_none()
        && vocab.chrome_reason(line).is_none()
        && !names_listing(line, vocab)
        && !names_only_places(line, vocab)
}

/// Whether a block may be a page's navigation: a heading, or lines of a few words each that
/// end no sentence ("Home | Teams | Benefits | Locations", "Careers" // "Teams").
fn navigation_like(text: &str, b: &Block) -> bool {
    /// A navigation bar's line: a few items of a word or two.
    const MAX_NAVIGATION_WORDS: usize = 8;
    match b.kind {
        BlockKind::Heading { .. } => true,
        BlockKind::Paragraph => text[b.content.range()].lines().all(|l| {
            let l = l.trim();
            let words = l
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric));
            words.count() <= MAX_NAVIGATION_WORDS && !l.ends_with(['.', '!', '?'])
        }),
        _ => false,
    }
}

/// Whether a block is a site's name above the page's chrome: one word that names no role
/// ("LinkedIn", "Jobline") alone, the next block chrome (its navigation, "Sign in"). A one-word
/// title names its role ("Barista"), or is followed by the posting ("Stolarz" // its text).
fn site_name(text: &str, b: &Block, blocks: &[Block], vocab: &Vocabulary) -> bool {
    let line = bare(&text[b.content.range()]);
    let lone = !matches!(b.kind, BlockKind::Heading { .. })
        && line.split_whitespace().count() == 1
        && !vocab.titles.has_role_word_or_plural(line);
    lone && blocks
        .iter()
        .find(|n| n.span.start >= b.span.end)
        .is_some_and(|n| matches!(n.kind, BlockKind::Chrome { .. }))
}

/// Whether a line names only places or a way of working ("Toronto, Ontario, Canada",
/// "Remote-US", "Seattle, WA"): where the job is, shown above it, not its title.
fn names_only_places(line: &str, vocab: &Vocabulary) -> bool {
    let arrangement = |w: &str| {
        vocab
            .titles
            .arrangement_words
            .iter()
            .any(|a| a.eq_ignore_ascii_case(w))
    };
    let place = |p: &str| vocab.is_place_heading(p) || crate::facts::location::names_a_city(p);
    // Whether some part names a place or a way of working, not only streets.
    let mut named = false;
    let all = line
        .split([',', ';', '|', '/', '(', ')', '-', '–', '—', '·'])
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .all(|p| {
            // A way of working before a place ("Remote US"), a postal code after one
            // ("Washington 98101").
            let p = match p.split_once(char::is_whitespace) {
                Some((first, rest)) if arrangement(first) => rest.trim(),
                _ => p,
            };
            let p = match p.rsplit_once(char::is_whitespace) {
                Some((rest, code))
                    if code.len() >= 4 && code.chars().all(|c| c.is_ascii_digit()) =>
                {
                    rest.trim()
                }
                _ => p,
            };
            if place(p) || arrangement(p) {
                named = true;
                return true;
            }
            // A street of an address starts with its number ("1600 7th Avenue"); a title that
            // starts with a year names a role ("2026 Summer Intern").
            p.starts_with(|c: char| c.is_ascii_digit()) && !vocab.titles.has_role_word(p)
        });
    all && named
}

/// Whether a line names a list of postings ("46 jobs in India", "All Jobs"): a listing word
/// of the vocabulary, as whole words.
fn names_listing(line: &str, vocab: &Vocabulary) -> bool {
    // What parentheses add qualifies a title ("Quality Engineer (Early Careers)").
    let mut lower = line.to_lowercase();
    while let Some((open, close)) = lower.find('(').zip(lower.find(')')) {
        if close < open {
            break;
        }
        lower.replace_range(open..=close, "");
    }
    vocab.titles.listing_words.iter().any(|w| {
        lower.match_indices(w.as_str()).any(|(i, _)| {
            let before = lower[..i].chars().next_back();
            let after = lower[i + w.len()..].chars().next();
            !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
        })
    })
}

/// Whether a line looks like a job title: what a heading may be, short, and not a sentence.
fn is_title_shaped(line: &str, block: &Block, vocab: &Vocabulary) -> bool {
    let bare = bare(line);
    let words = bare.split_whitespace().count();
    if words > MAX_WORDS || bare.chars().count() > MAX_CHARS {
        return false;
    }
    // A line that is only a link points to another page ("[In English](/en/job)", "[Back to
    // all jobs](/jobs)"): navigation, unless its author made it the heading.
    if LINK_ONLY.is_match(bare) && !matches!(block.kind, BlockKind::Heading { .. }) {
        return false;
    }
    // A sentence: it ends as one and is longer than a title with a period ("IT Lead - 115k.").
    let sentence_end = bare.ends_with(['.', '!', '?', '。', '！', '？']);
    // ("As a Line Cook, you will learn." speaks to the reader.)
    let addresses_reader = || {
        let lower = bare.to_lowercase();
        vocab
            .titles
            .named_in_sentence
            .iter()
            .any(|f| lower.contains(f.after.as_str()))
    };
    // A long line mostly in lower case is running text ("Design agent architectures to
    // coordinate complex financial tasks"); a title in sentence case is shorter, or holds
    // mostly the small words of its language ("Responsable des ressources humaines et de la
    // paie").
    let lower_case = bare
        .split_whitespace()
        .filter(|w| {
            w.chars().next().is_some_and(char::is_lowercase)
                && !vocab.titles.is_small_word(&w.to_lowercase())
        })
        .count();
    let running_text = words >= MIN_RUNNING_WORDS && 3 * lower_case >= 2 * words;
    // A stop after a word in lower case ends a sentence ("... software solutions."); after an
    // abbreviation or a figure it may end a title ("Sales Lead, Jr.", "IT Lead - 115k.").
    let stop_after_word = || {
        let last = bare.trim_end_matches(['.', '!', '?', '。', '！', '？']);
        let word = last
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        word.chars().count() >= 4 && word.chars().all(char::is_lowercase)
    };
    let sentence = (sentence_end
        && (words > MAX_TITLE_WITH_STOP
            || SUBJECT.is_match(bare)
            || addresses_reader()
            || stop_after_word()))
        || SENTENCES.is_match(bare)
        || running_text
        || vocab.titles.has_sentence_word(bare);
    !sentence
        && !names_an_identifier(bare)
        && !is_host_name(bare)
        && is_heading_title(line, block, vocab)
}

/// Whether a line is only a host name ("Pracuj.pl", "www.stepstone.de"): the site a page was
/// copied from, not the role.
fn is_host_name(line: &str) -> bool {
    let labels: Vec<&str> = line.split('.').collect();
    let top = labels.last().copied().unwrap_or("");
    labels.len() >= 2
        && (2..=6).contains(&top.len())
        && top.chars().all(|c| c.is_ascii_alphabetic())
        && labels
            .iter()
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_alphanumeric() || c == '-'))
}

/// Whether a line is a label and an identifier, a date or a count ("Job ID: 698809BR",
/// "Posted: 2026-03-01", "Openings: 2"): one of the page's fields, whatever its label.
fn names_an_identifier(line: &str) -> bool {
    line.split_once([':', '：']).is_some_and(|(label, value)| {
        let mut tokens = value.split_whitespace();
        let value = tokens.next().unwrap_or("");
        !label.trim().is_empty()
            && label.split_whitespace().count() <= 3
            && tokens.next().is_none()
            && value.chars().any(|c| c.is_ascii_digit())
    })
}

/// A line without surrounding space, emphasis or heading marks, and a separator left
/// dangling at its end ("Job Description -").
fn bare(line: &str) -> &str {
    line.trim()
        .trim_matches(['*', '_', '#'])
        .trim()
        .trim_end_matches([' ', '-', '–', '—', '|'])
}

/// The title without what a page's `<title>` adds after it: a requisition number and what
/// follows ("Staff Engineer - 106226 - Acme"). What follows a bar stays: it is as often part of
/// the title ("Director of Engineering | Applications") as the site's name.
fn without_tail(text: &str, line: Span) -> Span {
    let s = &text[line.range()];
    let cut = TAIL.find(s).map_or(s.len(), |m| m.start());
    let kept = s[..cut].trim_end();
    if kept.is_empty() {
        return line;
    }
    Span::new(line.start, line.start + kept.len())
}

crate::re::patterns! {
    /// Two sentences: a full stop after a word (not an abbreviation: "Jr. Developer"), then
    /// a capital.
    static SENTENCES = r"[a-z]{4,}[.!?]\s+[A-Z]";
    /// A sentence's subject and verb at the start: "We are open to co-op terms.", "You will
    /// learn."
    static SUBJECT = r"^(?:We|You|Our\s+\w+|They|This|It|I)\s+(?:are|is|will|have|has|were|was|can|offer|need|seek|believe|would|do|look)\b";
    /// A line that is one Markdown link and nothing else; its text.
    static LINK_ONLY = r"^\[((?u:[^\]\n])+)\]\((?u:[^)\s])*(?:\s+\x22(?u:[^\x22])*\x22)?\)$";
    /// A page title's tail: " - 106226 - Acme", " | 106226", " -  - 304438", a dangling " -".
    static TAIL = r"(?:\s+(?u:[-–|])\s+(?:(?u:[-–|])\s+)*[0-9]{4,}(?:\s+(?u:[-–|])\s(?u:.)*)?$)|(?:(?:\s+(?u:[-–]))+\s*$)";
}
