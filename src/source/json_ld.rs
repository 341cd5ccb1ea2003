//! A saved page's JSON-LD: its `JobPosting`, and the text of a string property with where each
//! of its bytes is written in the page.
//!
//! Pages built by a script (Workday's career sites) ship an empty body; the posting exists only
//! in the JobPosting's `title` and `description`, HTML written inside a JSON string. To read it
//! as the page's text with spans that point into the file, each byte of the string's value is
//! traced back to the escape (`\u003c`, `\n`, `\"`) or character it was written as.

use super::Span;
use serde_json::{Map, Value};

/// The first object whose `@type` is (or includes) `JobPosting`, at any depth (`@graph`,
/// arrays).
pub fn job_posting(v: &Value) -> Option<&Map<String, Value>> {
    match v {
        Value::Object(map) => {
            let is_posting = map.get("@type").is_some_and(|t| match t {
                Value::Array(items) => items.iter().any(|t| t.as_str() == Some("JobPosting")),
                t => t.as_str() == Some("JobPosting"),
            });
            if is_posting {
                return Some(map);
            }
            map.values().find_map(job_posting)
        }
        Value::Array(items) => items.iter().find_map(job_posting),
        _ => None,
    }
}

/// A JSON string as written in the page: its value, and where it is written.
#[derive(Debug)]
pub struct Literal {
    /// The string's value, escapes decoded.
    pub value: String,
    /// Where the literal's content (between its quotes) is in the page.
    pub written: Span,
    /// For each byte of `value` (and its end), where the character it belongs to is written,
    /// relative to `written.start`.
    offsets: Vec<usize>,
}

impl Literal {
    /// Where the value's bytes `span` are written in the page.
    pub fn page_span(&self, span: Span) -> Span {
        let at = |i: usize| self.written.start + self.offsets[i.min(self.value.len())];
        Span::new(at(span.start), at(span.end).max(at(span.start)))
    }

    /// Whether `span` of the value is written as it reads (no escape inside).
    pub fn is_verbatim(&self, span: Span) -> bool {
        let page = self.page_span(span);
        page.end - page.start == span.end - span.start
    }
}

/// The title and the description of the page's first JobPosting, as written in its scripts
/// (`scripts` are spans of `page`).
pub struct PostingText {
    pub title: Option<Literal>,
    pub description: Literal,
}

pub fn posting_text(page: &str, scripts: &[Span]) -> Option<PostingText> {
    scripts.iter().find_map(|&script| {
        let json: Value = serde_json::from_str(&page[script.range()]).ok()?;
        let posting = job_posting(&json)?;
        let find = |key: &str| {
            let wanted = posting.get(key)?.as_str()?;
            literal_of(page, script, key, wanted)
        };
        Some(PostingText {
            title: find("title"),
            description: find("description")?,
        })
    })
}

/// The literal of property `key` in `script` whose value is `wanted` (the same key may be
/// written for other objects: the employer's description).
fn literal_of(page: &str, script: Span, key: &str, wanted: &str) -> Option<Literal> {
    let body = &page[script.range()];
    let quoted = format!("\"{key}\"");
    body.match_indices(&quoted).find_map(|(at, _)| {
        let rest = body[at + quoted.len()..].trim_start();
        let rest = rest.strip_prefix(':')?.trim_start();
        let rest = rest.strip_prefix('"')?;
        let start = body.len() - rest.len();
        let (value, offsets) = decode(rest)?;
        (value == wanted).then(|| Literal {
            written: Span::new(
                script.start + start,
                script.start + start + offsets.last().copied().unwrap_or(0),
            ),
            value,
            offsets,
        })
    })
}

/// Decodes a JSON string's content up to its closing quote: the value, and for each of its
/// bytes (and its end) where its character is written in `s`. `None` when the string is not
/// closed or has an escape JSON does not have.
fn decode(s: &str) -> Option<(String, Vec<usize>)> {
    let mut value = String::new();
    let mut offsets = Vec::new();
    let mut push = |c: char, at: usize, value: &mut String| {
        value.push(c);
        offsets.extend(std::iter::repeat_n(at, c.len_utf8()));
    };
    let hex = |i: usize| {
        s.get(i..i + 4)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let mut i = 0;
    loop {
        let c = s[i..].chars().next()?;
        match c {
            '"' => break,
            '\\' => {
                let (decoded, len) = match s[i + 1..].chars().next()? {
                    e @ ('"' | '\\' | '/') => (e, 2),
                    'b' => ('\u{8}', 2),
                    'f' => ('\u{c}', 2),
                    'n' => ('\n', 2),
                    'r' => ('\r', 2),
                    't' => ('\t', 2),
                    'u' => {
                        let n = hex(i + 2)?;
                        let low = (s.get(i + 6..i + 8) == Some("\\u"))
                            .then(|| hex(i + 8))
                            .flatten()
                            .filter(|l| (0xDC00..0xE000).contains(l));
                        match low {
                            Some(l) if (0xD800..0xDC00).contains(&n) => (
                                char::from_u32(0x10000 + ((n - 0xD800) << 10) + (l - 0xDC00))?,
                                12,
                            ),
                            _ => (char::from_u32(n).unwrap_or('\u{fffd}'), 6),
                        }
                    }
                    _ => return None,
                };
                push(decoded, i, &mut value);
                i += len;
            }
            c => {
                push(c, i, &mut value);
                i += c.len_utf8();
            }
        }
    }
    offsets.push(i);
    Some((value, offsets))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_string_value_maps_back_to_what_is_written() {
        let page = r#"<script>{"@type": "JobPosting", "hiringOrganization": {"description": "Bakers"},
            "title": "Pastry Chef", "description": "\u003cp\u003eCaf\u00e9 \"Rye\" \ud83c\udf5e\nbread\u003c/p\u003e"}</script>"#;
        let script = Span::new(8, page.len() - 9);
        let text = posting_text(page, &[script]).expect("a posting");
        let title = text.title.expect("a title");
        assert_eq!(title.value, "Pastry Chef");
        assert_eq!(&page[title.written.range()], "Pastry Chef");
        let d = &text.description;
        assert_eq!(d.value, "<p>Café \"Rye\" 🍞\nbread</p>");
        let find = |needle: &str| {
            let start = d.value.find(needle).unwrap();
            d.page_span(Span::new(start, start + needle.len()))
        };
        assert_eq!(&page[find("Caf").range()], "Caf");
        assert_eq!(&page[find("é").range()], r"\u00e9");
        assert_eq!(&page[find("\"Rye\"").range()], r#"\"Rye\""#);
        assert_eq!(&page[find("🍞").range()], r"\ud83c\udf5e");
        assert_eq!(&page[find("bread</p>").range()], r"bread\u003c/p\u003e");
        assert!(d.is_verbatim(Span::new(3, 6)) && !d.is_verbatim(Span::new(0, 3)));
    }

    #[test]
    fn no_posting_or_no_description_is_none() {
        for script in [
            r#"{"@type": "Organization", "description": "A bakery"}"#,
            r#"{"@type": "JobPosting", "title": "Baker"}"#,
            r#"{"@type": "JobPosting", "description": "unclosed"#,
        ] {
            assert!(posting_text(script, &[Span::new(0, script.len())]).is_none());
        }
        let graph = r#"{"@graph": [{"@type": ["JobPosting"], "description": "Bake."}]}"#;
        let text = posting_text(graph, &[Span::new(0, graph.len())]).expect("a posting");
        assert_eq!(text.description.value, "Bake.");
        assert!(text.title.is_none());
    }
}
