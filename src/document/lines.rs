//! Line-level helpers shared by the Markdown and text readers.

use crate::source::Span;
use crate::vocab::Vocabulary;

/// Lines of `text` within `within`, each without its line ending. Handles LF, CRLF and lone CR.
pub fn lines(text: &str, within: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = within.start;
    let mut ends = memchr::memchr2_iter(b'\n', b'\r', &bytes[within.range()]);
    while let Some(i) = ends.next().map(|i| within.start + i) {
        out.push(Span::new(start, i));
        start = i + 1;
        if bytes[i] == b'\r' && bytes.get(start) == Some(&b'\n') && start < within.end {
            ends.next();
            start += 1;
        }
    }
    if start < within.end {
        out.push(Span::new(start, within.end));
    }
    out
}

/// `span` without leading and trailing whitespace.
pub fn trim(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let start = span.start + (s.len() - s.trim_start().len());
    let end = span.end - (s.len() - s.trim_end().len());
    if start >= end {
        Span::new(start, start)
    } else {
        Span::new(start, end)
    }
}

/// A recognised `Label: value` line.
pub struct Field {
    pub label: Span,
    pub value: Span,
    pub fact: String,
}

/// Reads `line` as `Label: value` when the vocabulary knows the label. The value may be empty
/// (`**Location:**` with the value on the next line).
pub fn field(text: &str, line: Span, vocab: &Vocabulary) -> Option<Field> {
    let s = &text[line.range()];
    // "Label: value", or with the full-width colon of Chinese text ("工作地点：杭州").
    let (colon, colon_len) = s
        .char_indices()
        .find(|&(_, c)| c == ':' || c == '：')
        .map(|(i, c)| (i, c.len_utf8()))?;
    let label_text = &s[..colon];
    if label_text.trim().is_empty()
        || label_text.len() > 48
        || label_text.split_whitespace().count() > 5
    {
        return None;
    }
    let fact = vocab.label_fact(label_text)?.to_string();
    let label = trim_markup(text, Span::new(line.start, line.start + colon));
    let value = trim_markup(text, Span::new(line.start + colon + colon_len, line.end));
    Some(Field { label, value, fact })
}

/// Reads a Markdown table row of two cells whose first is a label the vocabulary knows ("|
/// **Duration** | 12 weeks |") as a field, as "Duration: 12 weeks" is.
pub fn table_field(text: &str, row: Span, vocab: &Vocabulary) -> Option<Field> {
    let s = &text[row.range()];
    if s.contains('\n') {
        return None;
    }
    // The cells between the pipes (an escaped pipe `\|` is a cell's text), without the empty
    // ends outside the first and last pipe.
    let mut bounds = vec![0];
    let bytes = s.as_bytes();
    bounds.extend((0..s.len()).filter(|&i| bytes[i] == b'|' && (i == 0 || bytes[i - 1] != b'\\')));
    bounds.push(s.len());
    let cells: Vec<Span> = bounds
        .windows(2)
        .map(|w| {
            let start = if w[0] == 0 && bytes.first() != Some(&b'|') {
                0
            } else {
                w[0] + 1
            };
            Span::new(row.start + start.min(w[1]), row.start + w[1])
        })
        .filter(|c| !text[c.range()].trim().is_empty())
        .collect();
    let [label, value] = cells[..] else {
        return None;
    };
    let label = trim_markup(text, label);
    let label_text = &text[label.range()];
    if label_text.len() > 48 || label_text.split_whitespace().count() > 5 {
        return None;
    }
    let fact = vocab.label_fact(label_text)?.to_string();
    Some(Field {
        label,
        value: trim_markup(text, value),
        fact,
    })
}

/// `span` without surrounding whitespace, emphasis markers and list bullets.
pub fn trim_markup(text: &str, span: Span) -> Span {
    let s = &text[span.range()];
    let is_markup = |c: char| c.is_whitespace() || matches!(c, '*' | '_' | '#');
    let lead = s.len() - s.trim_start_matches(is_markup).len();
    let rest = &s[lead..];
    let trail = rest.len() - rest.trim_end_matches(is_markup).len();
    Span::new(span.start + lead, span.end - trail)
}

/// Comment regions that are not part of the posting: HTML comments and Liquid
/// `{% comment %}` … `{% endcomment %}` blocks.
pub fn hidden_regions(text: &str, body: Span) -> Vec<Span> {
    let mut out = Vec::new();
    let s = &text[body.range()];
    let mut find_pairs = |open: &str, close: &str| {
        let mut from = 0;
        while let Some(i) = s[from..].find(open) {
            let start = from + i;
            let end = s[start + open.len()..]
                .find(close)
                .map_or(s.len(), |j| start + open.len() + j + close.len());
            out.push(Span::new(body.start + start, body.start + end));
            from = end;
        }
    };
    find_pairs("<!--", "-->");
    // Suppressions written on a line of their own in plain text (`hirelint-disable ...`).
    for line in lines(text, body) {
        if text[line.range()].trim_start().starts_with("hirelint-")
            && crate::suppress::is_directive(&text[line.range()])
            && !out.iter().any(|h: &Span| h.contains(line))
        {
            out.push(line);
        }
    }
    // Liquid comments, including the dashed form `{% comment ----- %}`.
    let mut from = 0;
    while let Some(open) = LIQUID_COMMENT_OPEN.find_at(s, from) {
        let end = LIQUID_COMMENT_CLOSE
            .find_at(s, open.end())
            .map_or(s.len(), |m| m.end());
        out.push(Span::new(body.start + open.start(), body.start + end));
        from = end;
    }
    out.sort();
    out
}

use super::{Block, BlockKind};

crate::re::patterns! {
    static LIQUID_COMMENT_OPEN = r"\{%-?\s*comment\b(?u:[^%])*-?%\}";
    static LIQUID_COMMENT_CLOSE = r"\{%-?\s*endcomment\b(?u:[^%])*-?%\}";
}

/// Splits running text into blocks: known `Label: value` lines become fields, chrome lines are
/// marked, and the remaining consecutive lines form blocks of kind `plain`.
pub fn split_lines(text: &str, span: Span, plain: BlockKind, vocab: &Vocabulary) -> Vec<Block> {
    let all = lines(text, span);
    let mut out: Vec<Block> = Vec::new();
    let mut run: Option<Span> = None;
    let flush = |run: &mut Option<Span>, out: &mut Vec<Block>| {
        if let Some(r) = run.take() {
            out.push(block(plain.clone(), r, trim(text, r)));
        }
    };
    let mut i = 0;
    while i < all.len() {
        let line = trim(text, all[i]);
        if line.is_empty() {
            flush(&mut run, &mut out);
            i += 1;
            continue;
        }
        if let Some(mut f) = field(text, line, vocab) {
            flush(&mut run, &mut out);
            let mut whole = line;
            // `**Location:**` with the value on the next line.
            if f.value.is_empty()
                && let Some(next) = all.get(i + 1).map(|&l| trim(text, l))
                && !next.is_empty()
                && field(text, next, vocab).is_none()
            {
                f.value = trim_markup(text, next);
                whole = whole.cover(next);
                i += 1;
            }
            out.push(block(
                BlockKind::Field {
                    label: f.label,
                    value: f.value,
                    fact: f.fact,
                },
                whole,
                whole,
            ));
        } else if let Some(why) = vocab.chrome_reason(&text[line.range()]) {
            flush(&mut run, &mut out);
            out.push(block(BlockKind::Chrome { why }, line, line));
        } else {
            run = Some(run.map_or(line, |r| r.cover(line)));
        }
        i += 1;
    }
    flush(&mut run, &mut out);
    out
}

pub fn block(kind: BlockKind, span: Span, content: Span) -> Block {
    Block {
        kind,
        span,
        content,
        section: 0,
    }
}

/// Decodes HTML entities (`&amp;`, `&#39;`, `&#x2F;`, each ended by `;`) until none are left,
/// so that text escaped twice (`&amp;amp;`, common in scraped pages) reads the same as text
/// escaped once, and formatting twice changes nothing. A decoded line break (`&#13;`) or other
/// control character would start a new line or hide in the text: a space says what the page
/// showed. Characters written as themselves are left alone.
pub fn decode_entities(s: &str) -> String {
    let mut cur = s.to_string();
    for _ in 0..4 {
        if !cur.contains('&') {
            break;
        }
        let next = decode_entities_once(&cur);
        if next == cur {
            break;
        }
        cur = next;
    }
    cur
}

fn decode_entities_once(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let name_len = tail[1..]
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '#'))
            .unwrap_or(tail.len() - 1);
        let ended = tail[1 + name_len..].starts_with(';');
        let entity = if ended { &tail[..name_len + 2] } else { "" };
        let decoded = (ended && (1..=32).contains(&name_len))
            .then(|| html_escape::decode_html_entities(entity))
            .filter(|d| d.as_ref() != entity);
        match decoded {
            Some(d) => {
                out.extend(d.chars().map(|c| {
                    if c == '\u{a0}' || c.is_control() {
                        ' '
                    } else {
                        c
                    }
                }));
                rest = &tail[entity.len()..];
            }
            None => {
                out.push('&');
                rest = &tail[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The text as pulldown-cmark should read it: each lone CR (a line ending, as CommonMark says)
/// made LF, which is the same length, so offsets into it are offsets into `text`. pulldown-cmark
/// 0.13 reads a lone CR inside an indented code block as part of the line, and the next line as
/// code too.
pub fn for_markdown_parser(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let lone_cr = |i: usize| bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n');
    if !(0..bytes.len()).any(lone_cr) {
        return std::borrow::Cow::Borrowed(text);
    }
    let fixed: String = text
        .char_indices()
        .map(|(i, c)| if c == '\r' && lone_cr(i) { '\n' } else { c })
        .collect();
    std::borrow::Cow::Owned(fixed)
}

/// A line as a reader sees it and as `fmt` writes it: entities decoded, control characters,
/// no-break spaces and runs of spaces read as one space, trimmed. Judgements about a line
/// (is it a heading? chrome?) are made on this, so that they do not change once the line is
/// written in normal form.
pub fn shown(s: &str) -> std::borrow::Cow<'_, str> {
    let odd_space = |c: char| c.is_control() || c == '\u{a0}';
    // One look at the bytes (every line of a posting comes here, most of them plain): an
    // entity, two spaces, a control character (C0, DEL, or C1 as 0xC2 0x80-0x9F) or a no-break
    // space (0xC2 0xA0).
    let bytes = s.as_bytes();
    let plain = !bytes.iter().enumerate().any(|(i, &b)| match b {
        b'&' | 0..=0x1f | 0x7f => true,
        b' ' => bytes.get(i + 1) == Some(&b' '),
        0xc2 => matches!(bytes.get(i + 1), Some(0x80..=0xa0)),
        _ => false,
    });
    if plain {
        return std::borrow::Cow::Borrowed(s.trim());
    }
    let decoded = decode_entities(s).replace(odd_space, " ");
    std::borrow::Cow::Owned(decoded.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::borrow::Cow;

    #[test]
    fn a_plain_line_is_shown_as_it_is_and_any_odd_character_is_read() {
        assert!(matches!(shown(" Apply now "), Cow::Borrowed("Apply now")));
        assert!(matches!(shown("Pay: 40 €/h, in Kraków"), Cow::Borrowed(_)));
        assert_eq!(shown("Apply&nbsp;now"), "Apply now");
        assert_eq!(shown("Apply  now"), "Apply now");
        assert_eq!(shown("Apply\u{a0}now"), "Apply now");
        assert_eq!(shown("Apply\tnow\u{85}"), "Apply now");
        assert_eq!(shown("Apply\u{7f}now"), "Apply now");
        // Every character the byte check stands for reads as the character check would.
        for c in ('\0'..='\u{17f}').chain(['\u{2028}', '€', '中']) {
            let line = format!("a{c}b");
            let odd = c.is_control() || c == '\u{a0}' || c == '&';
            assert_eq!(matches!(shown(&line), Cow::Owned(_)), odd, "{:?}", c);
        }
    }

    #[test]
    fn lines_end_at_lf_crlf_and_lone_cr() {
        let text = "a\r\nb\rc\n\nd";
        let got: Vec<&str> = lines(text, Span::new(0, text.len()))
            .iter()
            .map(|s| &text[s.range()])
            .collect();
        assert_eq!(got, ["a", "b", "c", "", "d"]);
        // A CRLF cut by the end of the span ends its line at the CR.
        let got = lines(text, Span::new(0, 2));
        assert_eq!(got, [Span::new(0, 1)]);
    }
}
