//! The text extractors read: each text block once, with what the block is.

use crate::document::{BlockKind, Document};
use crate::re::Regex;
use crate::source::Span;

/// What kind of text a segment is.
#[derive(Debug, Clone, PartialEq)]
pub enum SegmentKind {
    Heading,
    /// Running text or a list item.
    Text,
    /// The value of a `Label: value` line, with the fact its label names.
    FieldValue(String),
}

#[derive(Debug, Clone)]
pub struct Segment {
    pub span: Span,
    pub kind: SegmentKind,
    /// The kind of the section the segment is in (`benefits`, `requirements`, ...).
    pub section: Option<String>,
    /// Whether this segment is (part of) the title.
    pub is_title: bool,
    /// For a field value, its label (`月薪` in "月薪：15k-25k").
    pub label: Option<Span>,
}

pub struct Scan<'a> {
    pub text: &'a str,
    pub segments: Vec<Segment>,
    /// The posting's body and its sections, whose languages decide which language packs'
    /// words count.
    body: Span,
    /// The running text of each section (its paragraphs and list items).
    sections: Vec<Vec<Span>>,
    /// What tells them: by default whatlang's detector of every language it knows.
    detector: Option<&'a super::language::Detector>,
    /// Their languages, told on first use (see [`Scan::languages`]).
    languages: std::sync::OnceLock<Vec<&'static str>>,
}

impl<'a> Scan<'a> {
    pub fn new(text: &'a str, doc: &Document) -> Self {
        let mut segments = Vec::new();
        for b in doc.text_blocks() {
            let section = doc.sections.get(b.section).and_then(|s| s.kind.clone());
            let is_title = doc.shows_title(b.content);
            match &b.kind {
                BlockKind::Field { value, fact, label } => {
                    segments.push(Segment {
                        span: *value,
                        kind: SegmentKind::FieldValue(fact.clone()),
                        section,
                        is_title,
                        label: Some(*label),
                    });
                }
                BlockKind::Heading { .. } => {
                    segments.push(Segment {
                        span: b.content,
                        kind: SegmentKind::Heading,
                        section,
                        is_title,
                        label: None,
                    });
                }
                _ => segments.push(Segment {
                    span: b.content,
                    kind: SegmentKind::Text,
                    section,
                    is_title,
                    label: None,
                }),
            }
        }
        Scan {
            text,
            segments,
            body: doc.body,
            sections: {
                let mut sections = vec![Vec::new(); doc.sections.len()];
                for b in doc.text_blocks() {
                    if matches!(b.kind, BlockKind::Paragraph | BlockKind::ListItem)
                        && let Some(s) = sections.get_mut(b.section)
                    {
                        s.push(b.content);
                    }
                }
                sections
            },
            detector: None,
            languages: std::sync::OnceLock::new(),
        }
    }

    /// The scan with its languages told by `detector` ([`super::language::detector`]).
    pub fn with_detector(mut self, detector: &'a super::language::Detector) -> Self {
        self.detector = Some(detector);
        self
    }

    /// The languages of the posting, as whatlang's ISO 639-3 codes (`deu`): its body's first,
    /// then those of long sections in another language ([`super::language::languages`]).
    /// Empty when none can be told. Told once.
    pub fn languages(&self) -> &[&'static str] {
        self.languages.get_or_init(|| {
            let lines = self
                .segments
                .iter()
                .flat_map(|s| s.label.into_iter().chain([s.span]));
            let all;
            let detector = match self.detector {
                Some(d) => d,
                None => {
                    all = super::language::Detector::all();
                    &all
                }
            };
            super::language::languages(detector, self.text, self.body, &self.sections, lines)
        })
    }

    /// Where the posting's body starts (after front matter).
    pub fn body_start(&self) -> usize {
        self.body.start
    }

    /// The language of the posting's body, when it can be told.
    pub fn language(&self) -> Option<&'static str> {
        self.languages().first().copied()
    }

    /// Whether a word of the language pack whose detector code is `code` counts in this
    /// posting: English words always, others in a posting with a part in their language.
    pub fn counts_in(&self, code: &str) -> bool {
        code == super::language::ENGLISH || self.languages().contains(&code)
    }

    pub fn slice(&self, span: Span) -> &'a str {
        &self.text[span.range()]
    }

    /// Matches of `re` in every segment, in source coordinates.
    pub fn matches<'s, 'r>(
        &'s self,
        re: &'r Regex,
    ) -> impl Iterator<Item = (crate::re::Captures<'a>, &'s Segment)> + use<'s, 'r, 'a> {
        self.segments.iter().flat_map(move |seg| {
            re.captures_iter(&self.text[seg.span.range()])
                .map(move |c| (c, seg))
        })
    }

    /// Values of fields whose label states `fact`.
    pub fn field_values(&self, fact: &str) -> impl Iterator<Item = &Segment> {
        self.segments
            .iter()
            .filter(move |s| matches!(&s.kind, SegmentKind::FieldValue(f) if f == fact))
    }
}

/// The span of the whole match in source coordinates.
pub fn match_span(c: &crate::re::Captures<'_>, seg: &Segment) -> Span {
    let m = c.get(0).expect("group 0 always matches");
    Span::new(m.start(), m.end()).offset(seg.span.start)
}
