//! The text of one posting and where it came from.
//!
//! Every span in hirelint is a byte range into [`Source::text`], so diagnostics, fixes and
//! machine output all point at the same bytes of the file as it was read.

mod html;
pub mod json_ld;

pub use html::{Rendered, has_markup};
pub(crate) use html::{compile_patterns, render};

use std::fmt;
use std::io::Read;
use std::path::{Path, PathBuf};

/// A half-open byte range `start..end` into a source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub fn len(&self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Shifts a span found in a slice that starts at `offset` back into source coordinates.
    pub fn offset(self, offset: usize) -> Self {
        Span::new(self.start + offset, self.end + offset)
    }

    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share a byte.
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    pub fn cover(self, other: Span) -> Self {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Self {
        Span::new(r.start, r.end)
    }
}

/// How a posting's text is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Markdown,
    Text,
    /// A saved web page: its visible text is read as plain text (see [`Rendered`]).
    Html,
}

impl Format {
    /// Markdown for `.md`/`.markdown`, HTML for `.html`/`.htm`, plain text for everything else.
    pub fn from_path(path: &Path) -> Format {
        match path
            .extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref()
        {
            Some("md" | "markdown") => Format::Markdown,
            Some("html" | "htm") => Format::Html,
            _ => Format::Text,
        }
    }
}

/// One posting: its display name, its text, and how to parse it.
///
/// `text` is what the readers parse and every span points into: the file as read, or for an
/// HTML page its visible text, with [`Rendered`] mapping spans back into the HTML. Whatever is
/// shown to people or tools ([`Source::line_col`], [`Source::file_span`]) is in the file's
/// coordinates.
#[derive(Debug, Clone)]
pub struct Source {
    pub name: String,
    pub path: Option<PathBuf>,
    pub text: String,
    pub format: Format,
    /// For an HTML page: the HTML and the map from `text` back into it.
    pub rendered: Option<Box<Rendered>>,
    /// Lines of the file as read.
    lines: LineIndex,
    /// For a file that is not UTF-8: how it was read instead.
    pub decoded: Option<Box<Decoded>>,
}

/// A file that is not UTF-8 but was read: each byte that is not part of UTF-8 text read as
/// Windows-1252 (what scraped and pasted text that is not UTF-8 nearly always is; Latin-1
/// is its subset), so that `Source::file_text` is the file in Unicode. Every such byte
/// becomes one character, so lines and columns are the file's; byte offsets into
/// `Source::file_text` are offsets into that UTF-8 text.
#[derive(Debug, Clone)]
pub struct Decoded {
    pub encoding: &'static str,
    /// The file's bytes as read, which a rewrite must find unchanged (none for a posting cut
    /// out of the file, which is never rewritten).
    pub bytes: Vec<u8>,
    /// The first byte that is not UTF-8, in the file.
    pub first: BytePosition,
    /// Where that byte's character is in `Source::file_text`.
    pub at: usize,
}

impl Decoded {
    /// The decoding of a file, for one of the postings cut out of it (a JSON file of
    /// postings): where the byte is in the file, pointed at from the posting's start.
    pub fn for_part(&self) -> Box<Decoded> {
        Box::new(Decoded {
            bytes: Vec::new(),
            at: 0,
            ..*self
        })
    }

    /// The decoding of one row of an export read as Windows-1252 ([`decode_part`]): where its
    /// first byte that is not UTF-8 is in the file, pointed at from the posting's start.
    pub fn for_row(first: BytePosition) -> Box<Decoded> {
        Box::new(Decoded {
            encoding: WINDOWS_1252,
            bytes: Vec::new(),
            first,
            at: 0,
        })
    }

    /// For messages: "not UTF-8 (byte 0x92 at line 2, column 3, offset 13); read as Windows-1252".
    pub fn describe(&self) -> String {
        let f = self.first;
        format!(
            "not UTF-8 (byte 0x{:02X} at line {}, column {}, offset {}); read as {}",
            f.byte, f.line, f.column, f.offset, self.encoding
        )
    }
}

/// A byte of a file: its offset, 1-based line and column (in characters), and value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BytePosition {
    pub offset: usize,
    pub line: usize,
    pub column: usize,
    pub byte: u8,
}

impl Source {
    pub fn new(name: impl Into<String>, text: impl Into<String>, format: Format) -> Self {
        let file_text = text.into();
        let lines = LineIndex::new(&file_text);
        let (text, rendered) = match format {
            Format::Html => {
                let (text, rendered) = html::render(file_text);
                (text, Some(Box::new(rendered)))
            }
            Format::Markdown | Format::Text => (file_text, None),
        };
        Source {
            name: name.into(),
            path: None,
            text,
            format,
            rendered,
            lines,
            decoded: None,
        }
    }

    /// The file's bytes as read (before a file that is not UTF-8 was decoded).
    pub fn file_bytes(&self) -> &[u8] {
        self.decoded
            .as_ref()
            .map_or(self.file_text().as_bytes(), |d| &d.bytes)
    }

    /// The file as read (the HTML of a page).
    pub fn file_text(&self) -> &str {
        self.rendered.as_ref().map_or(&self.text, |r| &r.html)
    }

    /// Where a span of [`Source::text`] is in the file as read.
    pub fn file_span(&self, span: Span) -> Span {
        self.rendered.as_ref().map_or(span, |r| r.html_span(span))
    }

    /// Where the posting's visible text ends: after it, an HTML page's JSON-LD scripts.
    pub fn visible_end(&self) -> usize {
        self.rendered
            .as_ref()
            .map_or(self.text.len(), |r| r.visible_end)
    }

    /// Reads a file; invalid UTF-8 is an error naming the byte offset.
    pub fn read(path: &Path) -> Result<Source, ReadError> {
        let bytes = std::fs::read(path).map_err(|e| ReadError::Io {
            name: path.display().to_string(),
            error: e,
        })?;
        let mut source =
            Source::from_bytes(path.display().to_string(), bytes, Format::from_path(path))?;
        source.path = Some(path.to_path_buf());
        Ok(source)
    }

    /// A posting from bytes as read; invalid UTF-8 is an error naming the byte offset.
    pub fn from_bytes(
        name: impl Into<String>,
        bytes: Vec<u8>,
        format: Format,
    ) -> Result<Source, ReadError> {
        let name = name.into();
        // A document saved under a posting's name (a PDF, a .docx) can be valid UTF-8 at its
        // start, or even throughout: its signature says what it is.
        if let Some(kind) = signature_kind(&bytes) {
            return Err(ReadError::Binary { name, kind });
        }
        let (text, decoded) = decode(name.clone(), bytes)?;
        let mut source = Source::new(name, text, format);
        source.decoded = decoded.map(Box::new);
        Ok(source)
    }

    /// Reads standard input as a posting named `name` (its extension picks the format).
    pub fn read_stdin(name: &str) -> Result<Source, ReadError> {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| ReadError::Io {
                name: name.to_string(),
                error: e,
            })?;
        Source::from_bytes(name, bytes, Format::from_path(Path::new(name)))
    }

    /// 1-based line and column (in characters), in the file as read, of a byte offset into
    /// [`Source::text`].
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        self.line_col_in_file(self.file_span(Span::new(offset, offset)).start)
    }

    /// 1-based line and column (in characters) of a byte offset into the file as read.
    pub fn line_col_in_file(&self, file_offset: usize) -> (usize, usize) {
        self.lines.line_col(self.file_text(), file_offset)
    }

    /// The text of a span.
    pub fn slice(&self, span: Span) -> &str {
        &self.text[span.range()]
    }
}

/// Decodes UTF-8. A byte-order mark is kept so that offsets stay offsets into the file;
/// the parsers skip it and [`Source::line_col`] does not count it as a column. A file that is
/// not UTF-8 is read as [`Decoded`] describes, unless one of its bytes is none of Windows-1252
/// either (0x81, 0x8D, 0x8F, 0x90, 0x9D): then it is refused, naming that byte.
fn decode(name: String, bytes: Vec<u8>) -> Result<(String, Option<Decoded>), ReadError> {
    let bytes = match String::from_utf8(bytes) {
        Ok(text) => return Ok((text, None)),
        Err(e) => e.into_bytes(),
    };
    if let Some(kind) = binary_kind(&bytes) {
        return Err(ReadError::Binary { name, kind });
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut first = None;
    let mut offset = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        offset += chunk.valid().len();
        for &byte in chunk.invalid() {
            let at = text.len();
            let position = |text: &str| {
                let (line, column) = LineIndex::new(text).line_col(text, at);
                BytePosition {
                    offset,
                    line,
                    column,
                    byte,
                }
            };
            match windows_1252(byte) {
                Some(c) => {
                    if first.is_none() {
                        first = Some((position(&text), at));
                    }
                    text.push(c);
                }
                _ => {
                    return Err(ReadError::Utf8 {
                        name,
                        at: position(&text),
                    });
                }
            }
            offset += 1;
        }
    }
    let (first, at) = first.expect("a text that is not UTF-8 has a byte that is not");
    Ok((
        text,
        Some(Decoded {
            encoding: WINDOWS_1252,
            bytes,
            first,
            at,
        }),
    ))
}

/// The name of the encoding a text that is not UTF-8 is read in.
const WINDOWS_1252: &str = "Windows-1252";

/// The character a byte that is not part of UTF-8 text stands for in Windows-1252; `None` for
/// the five bytes it leaves undefined (WHATWG's Windows-1252 gives them as C1 controls).
fn windows_1252(byte: u8) -> Option<char> {
    let one = [byte];
    let (c, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&one);
    c.chars()
        .next()
        .filter(|c| !('\u{80}'..='\u{9f}').contains(c))
}

/// One part of a file read on its own (a row of an export, a value of it) that need not be
/// UTF-8: read as a file is ([`Decoded`]), each byte that is not part of UTF-8 text as
/// Windows-1252. `Err` gives the index of a byte that is neither.
pub fn decode_part(bytes: &[u8]) -> Result<std::borrow::Cow<'_, str>, usize> {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.into());
    }
    let mut text = String::with_capacity(bytes.len() + bytes.len() / 8);
    let mut index = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        index += chunk.valid().len();
        for &byte in chunk.invalid() {
            text.push(windows_1252(byte).ok_or(index)?);
            index += 1;
        }
    }
    Ok(text.into())
}

/// Where in its file the first byte of `part` that is not UTF-8 is (with `undefined`, the
/// first that is not Windows-1252 either), `part` starting at `start` in the file; columns
/// count characters, each such byte one.
pub fn locate_in_part(part: &[u8], start: BytePosition, undefined: bool) -> Option<BytePosition> {
    let (mut line, mut column, mut offset) = (start.line, start.column, start.offset);
    for chunk in part.utf8_chunks() {
        for c in chunk.valid().chars() {
            (line, column) = if c == '\n' {
                (line + 1, 1)
            } else {
                (line, column + 1)
            };
        }
        offset += chunk.valid().len();
        for &byte in chunk.invalid() {
            if !undefined || windows_1252(byte).is_none() {
                return Some(BytePosition {
                    offset,
                    line,
                    column,
                    byte,
                });
            }
            column += 1;
            offset += 1;
        }
    }
    None
}

/// What a file that is not UTF-8 is when it is not text either (known signatures are judged
/// before decoding, in [`Source::from_bytes`]): UTF-16, or (as git and ripgrep judge) one with a
/// NUL byte near the start. A posting that is UTF-8 with stray NUL bytes is read as text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if bytes.starts_with(b"\xff\xfe") || bytes.starts_with(b"\xfe\xff") {
        return Some("UTF-16 text");
    }
    bytes[..bytes.len().min(8192)]
        .contains(&0)
        .then_some("a binary file")
}

/// What the start of a file says it is when it is not UTF-8 text (UTF-16, a PDF, a binary
/// file), for readers that do not go through [`Source::from_bytes`] (CSV exports).
pub fn not_text_kind(head: &[u8]) -> Option<&'static str> {
    signature_kind(head).or_else(|| binary_kind(head))
}

/// The kind of file a known signature at its start says it is.
fn signature_kind(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (
            b"PK\x03\x04",
            "a ZIP archive (or a .docx, .xlsx or .odt document)",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
            "an old Microsoft Office document (.doc, .xls)",
        ),
        (b"{\\rtf", "an RTF document"),
        (b"\x89PNG", "a PNG image"),
        (b"\xff\xd8\xff", "a JPEG image"),
        (b"GIF8", "a GIF image"),
        (b"\x1f\x8b", "a gzip archive"),
        (b"\x7fELF", "a program"),
        // UTF-32 with its byte-order mark (UTF-16's is told when decoding fails).
        (b"\xff\xfe\x00\x00", "UTF-32 text"),
        (b"\x00\x00\xfe\xff", "UTF-32 text"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|(_, kind)| *kind)
        .or_else(|| wide_text_kind(bytes))
}

/// UTF-16 or UTF-32 text without a byte-order mark. It is valid UTF-8 (the NUL bytes are
/// characters) and would be linted as garbage, so it is told by where its NUL bytes are: in
/// the first 1 KB, nearly every byte at the positions where a wide encoding puts the zero
/// high bytes of ASCII, and nearly none elsewhere.
fn wide_text_kind(bytes: &[u8]) -> Option<&'static str> {
    let head = &bytes[..bytes.len().min(1024)];
    if head.len() < 16 || !head.contains(&0) {
        return None;
    }
    // The share of NUL bytes among positions `i % period == phase`, in thousandths.
    let nul_share = |period: usize, phases: &[usize]| -> usize {
        let at: Vec<u8> = head
            .iter()
            .enumerate()
            .filter(|(i, _)| phases.contains(&(i % period)))
            .map(|(_, b)| *b)
            .collect();
        1000 * at.iter().filter(|b| **b == 0).count() / at.len().max(1)
    };
    let wide = |zero: usize, other: usize| zero >= 900 && other <= 100;
    if wide(nul_share(4, &[1, 2, 3]), nul_share(4, &[0])) {
        Some("UTF-32 text (little-endian, without a byte-order mark)")
    } else if wide(nul_share(4, &[0, 1, 2]), nul_share(4, &[3])) {
        Some("UTF-32 text (big-endian, without a byte-order mark)")
    } else if wide(nul_share(2, &[1]), nul_share(2, &[0])) {
        Some("UTF-16 text (little-endian, without a byte-order mark)")
    } else if wide(nul_share(2, &[0]), nul_share(2, &[1])) {
        Some("UTF-16 text (big-endian, without a byte-order mark)")
    } else {
        None
    }
}

/// Why a posting could not be read.
#[derive(Debug)]
pub enum ReadError {
    Io {
        name: String,
        error: std::io::Error,
    },
    /// Neither UTF-8 nor Windows-1252: the first byte that is neither.
    Utf8 {
        name: String,
        at: BytePosition,
    },
    /// Not text at all.
    Binary {
        name: String,
        kind: &'static str,
    },
    /// A JSON file that holds no posting, or more than one where one is read.
    Records {
        name: String,
        why: String,
    },
}

impl ReadError {
    /// What went wrong, without the file's name (for lists that name the file already).
    pub fn reason(&self) -> String {
        match self {
            ReadError::Io { error, .. } => format!("cannot read: {error}"),
            ReadError::Utf8 { at, .. } => format!(
                "not valid UTF-8 nor Windows-1252 at line {}, column {} (byte 0x{:02x} at offset {}); save the file as UTF-8",
                at.line, at.column, at.byte, at.offset
            ),
            ReadError::Binary { kind, .. } => format!(
                "not a text posting: this looks like {kind}; save the posting as UTF-8 text, Markdown or HTML"
            ),
            ReadError::Records { why, .. } => why.clone(),
        }
    }
}

impl fmt::Display for ReadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            // `file:line:column:` as compilers write it, for editors and CI logs to link.
            ReadError::Utf8 { name, at } => write!(
                f,
                "{name}:{}:{}: not valid UTF-8 nor Windows-1252 (byte 0x{:02x} at offset {}); save the file as UTF-8",
                at.line, at.column, at.byte, at.offset
            ),
            ReadError::Io { name, .. }
            | ReadError::Binary { name, .. }
            | ReadError::Records { name, .. } => {
                write!(f, "{name}: {}", self.reason())
            }
        }
    }
}

impl std::error::Error for ReadError {}

/// Byte offsets of line starts, for turning offsets into line/column.
#[derive(Debug, Clone, Default)]
struct LineIndex {
    starts: Vec<usize>,
    /// Characters before every [`CHECKPOINT`]th byte (rounded down to a character boundary),
    /// so that a column on a very long line is counted from a nearby checkpoint rather than
    /// from the line's start: a 1 MB line with thousands of findings stays linear.
    chars_before: Vec<usize>,
}

const CHECKPOINT: usize = 4096;

/// The character boundary at or before `i`.
fn boundary_before(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl LineIndex {
    fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let bytes = text.as_bytes();
        for i in line_ends(bytes) {
            starts.push(i + 1);
        }
        let mut chars_before = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let (mut at, mut count) = (0, 0);
        for k in 0..=text.len() / CHECKPOINT {
            let b = boundary_before(text, k * CHECKPOINT);
            count += text[at..b].chars().count();
            chars_before.push(count);
            at = b;
        }
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// Characters in `text[..offset]`; `offset` is a character boundary.
    fn chars_to(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHECKPOINT;
        let b = boundary_before(text, k * CHECKPOINT);
        self.chars_before[k] + text[b..offset].chars().count()
    }

    fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let offset = offset.min(text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let column = if !text.is_char_boundary(offset) || !text.is_char_boundary(start) {
            offset - start
        } else if offset - start <= CHECKPOINT {
            text[start..offset].chars().count()
        } else {
            self.chars_to(text, offset) - self.chars_to(text, start)
        };
        let bom = usize::from(line == 0 && offset >= 3 && text.starts_with('\u{feff}'));
        (line + 1, column - bom + 1)
    }
}

/// Where lines end: at each LF, and at each lone CR (CRLF counts once, at the LF).
fn line_ends(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    bytes.iter().enumerate().filter_map(|(i, &b)| {
        (b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n'))).then_some(i)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_col_counts_characters_and_all_line_endings() {
        let s = Source::new("t", "ab\r\n€x\ry\nz", Format::Text);
        assert_eq!(s.line_col(0), (1, 1));
        assert_eq!(s.line_col(4), (2, 1));
        assert_eq!(s.line_col(7), (2, 2)); // after the 3-byte euro sign
        assert_eq!(s.line_col(9), (3, 1)); // after a lone CR
        assert_eq!(s.line_col(11), (4, 1));
        assert_eq!(s.line_col(999), (4, 2));
    }

    #[test]
    fn columns_on_a_very_long_line_count_characters() {
        // Multi-byte characters on both sides of many checkpoints, after a short first line.
        let line: String = "aé€😀".repeat(5_000);
        let text = format!("title\n{line}");
        let s = Source::new("t", text.clone(), Format::Text);
        for offset in (6..text.len())
            .filter(|&o| text.is_char_boundary(o))
            .step_by(997)
        {
            let expected = text[6..offset].chars().count() + 1;
            assert_eq!(s.line_col(offset), (2, expected), "offset {offset}");
        }
        assert_eq!(s.line_col(text.len()), (2, line.chars().count() + 1));
    }

    #[test]
    fn a_byte_of_no_encoding_is_refused_with_its_place() {
        // 0x8D is undefined in Windows-1252; the 0x92 before it is a right quote there.
        let err = decode("f.txt".into(), b"Cook\nWe\x92re \x8d".to_vec()).unwrap_err();
        assert_eq!(
            err.to_string(),
            "f.txt:2:7: not valid UTF-8 nor Windows-1252 (byte 0x8d at offset 11); save the file as UTF-8"
        );
    }

    #[test]
    fn windows_1252_is_read_and_the_first_such_byte_named() {
        // UTF-8 (the e-acute) and Windows-1252 bytes (a right quote, a pound sign) together.
        let bytes = b"Caf\xc3\xa9 cook\nWe\x92re paying \xa312".to_vec();
        let (text, decoded) = decode("f.txt".into(), bytes.clone()).unwrap();
        assert_eq!(text, "Café cook\nWe\u{2019}re paying £12");
        let d = decoded.unwrap();
        assert_eq!(
            (d.encoding, d.bytes.as_slice()),
            ("Windows-1252", &bytes[..])
        );
        let expected = BytePosition {
            offset: 13,
            line: 2,
            column: 3,
            byte: 0x92,
        };
        assert_eq!(d.first, expected);
        assert_eq!(&text[d.at..d.at + 3], "\u{2019}");
        // Lines and columns are the file's: one character a byte.
        let s = Source::from_bytes("f.txt", bytes, Format::Text).unwrap();
        assert_eq!(s.line_col(s.text.find('£').unwrap()), (2, 14));
        assert_eq!(s.file_bytes(), &s.decoded.as_ref().unwrap().bytes[..]);
    }

    #[test]
    fn bom_keeps_offsets_but_not_columns() {
        let (text, _) = decode("f".into(), b"\xEF\xBB\xBFhi".to_vec()).unwrap();
        let s = Source::new("f", text, Format::Text);
        assert_eq!(s.line_col(3), (1, 1));
        assert_eq!(s.line_col(4), (1, 2));
    }
}
