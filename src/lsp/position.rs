//! Byte offsets to LSP positions and back, in the position encoding agreed with the client
//! (UTF-16 by default: postings are full of `–`, `€` and `’`, which are one UTF-16 unit but
//! three UTF-8 bytes).

use lsp_types::{Position, PositionEncodingKind, Range};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Encoding {
    Utf8,
    Utf16,
    Utf32,
}

impl Encoding {
    /// The first of the client's encodings this server speaks; UTF-16 when it names none.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> Encoding {
        offered
            .into_iter()
            .flatten()
            .find_map(|k| match k.as_str() {
                "utf-8" => Some(Encoding::Utf8),
                "utf-16" => Some(Encoding::Utf16),
                "utf-32" => Some(Encoding::Utf32),
                _ => None,
            })
            .unwrap_or(Encoding::Utf16)
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
            Encoding::Utf32 => PositionEncodingKind::UTF32,
        }
    }

    fn units(self, c: char) -> u32 {
        match self {
            Encoding::Utf8 => c.len_utf8() as u32,
            Encoding::Utf16 => c.len_utf16() as u32,
            Encoding::Utf32 => 1,
        }
    }
}

/// Where each line of a text starts (LF, CRLF and lone CR end lines, as in LSP).
pub struct Lines<'a> {
    text: &'a str,
    starts: Vec<usize>,
    encoding: Encoding,
}

impl<'a> Lines<'a> {
    pub fn new(text: &'a str, encoding: Encoding) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        for (i, &b) in bytes.iter().enumerate() {
            if b == b'\n' || (b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
                starts.push(i + 1);
            }
        }
        Lines {
            text,
            starts,
            encoding,
        }
    }

    pub fn position(&self, offset: usize) -> Position {
        let offset = offset.min(self.text.len());
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        let character = self
            .text
            .get(start..offset)
            .map_or(0, |s| s.chars().map(|c| self.encoding.units(c)).sum());
        Position::new(line as u32, character)
    }

    pub fn range(&self, start: usize, end: usize) -> Range {
        Range::new(self.position(start), self.position(end))
    }

    /// The byte offset of a position; positions past a line's end mean its end.
    pub fn offset(&self, p: Position) -> usize {
        let Some(&start) = self.starts.get(p.line as usize) else {
            return self.text.len();
        };
        let end = self
            .starts
            .get(p.line as usize + 1)
            .copied()
            .unwrap_or(self.text.len());
        let line = &self.text[start..end];
        let mut units = 0;
        for (i, c) in line.char_indices() {
            if units >= p.character || c == '\n' || c == '\r' {
                return start + i;
            }
            units += self.encoding.units(c);
        }
        end
    }

    /// The start of the line holding `offset`.
    pub fn line_start(&self, offset: usize) -> usize {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        self.starts[line]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_counts_units_not_bytes() {
        let text = "Pay: €50–€60\r\nnext 😀x\rlast";
        let l = Lines::new(text, Encoding::Utf16);
        let x = text.find("😀x").unwrap() + '😀'.len_utf8();
        assert_eq!(l.position(x), Position::new(1, 7)); // the emoji is two UTF-16 units
        assert_eq!(l.offset(Position::new(1, 7)), x);
        let after = text.find("–€60").unwrap();
        assert_eq!(l.position(after), Position::new(0, 8));
        assert_eq!(l.position(text.find("last").unwrap()), Position::new(2, 0));
        let u8 = Lines::new(text, Encoding::Utf8);
        assert_eq!(u8.position(after), Position::new(0, after as u32));
        assert_eq!(
            Lines::new(text, Encoding::Utf32).position(x),
            Position::new(1, 6)
        );
    }

    #[test]
    fn negotiation_prefers_what_the_client_lists_first() {
        let kinds = [PositionEncodingKind::UTF8, PositionEncodingKind::UTF16];
        assert_eq!(Encoding::negotiate(Some(&kinds)), Encoding::Utf8);
        assert_eq!(Encoding::negotiate(None), Encoding::Utf16);
    }
}
