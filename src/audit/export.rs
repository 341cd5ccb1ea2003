//! ATS exports: CSV and JSON Lines files where each row is a posting, and JSON files of
//! postings ([`super::records`]).
//!
//! A row becomes a posting as hirelint reads any other: the mapped columns (`--field
//! location=job_location`) become YAML front matter, which the extractors read as facts; the
//! text columns (`--text-field description`) become its sections, in order. Rows are read one
//! at a time, so an export of any size takes little memory.

use crate::source::{Format, Source};
use std::io::BufRead;
use std::path::Path;

/// How the columns of an export make a posting.
#[derive(Debug, Clone, Default)]
pub struct Columns {
    /// Columns holding the posting's text, joined as sections in this order. Empty: the
    /// `description` column.
    pub text: Vec<String>,
    /// The column naming the row (`FILE:ID`); rows are `FILE:row N` without it.
    pub id: Option<String>,
    /// Facts read from columns: (front matter key, column), e.g. `("location", "job_location")`.
    pub fields: Vec<(String, String)>,
}

/// A row read: a posting, or why it could not be.
pub enum Row {
    Posting(Source),
    Broken { name: String, why: String },
}

/// Whether a file is an export rather than a posting.
pub fn is_export(path: &Path) -> bool {
    matches!(
        path.extension()
            .and_then(|e| e.to_str())
            .map(str::to_ascii_lowercase)
            .as_deref(),
        Some("csv" | "jsonl" | "ndjson" | "json")
    )
}

/// The delimiter of a CSV export, from its header row: the one of `,` `;` tab that it has most
/// of outside quotes (spreadsheets in many locales save with `;`), `,` when it has none.
fn sniff_delimiter(path: &Path) -> std::io::Result<u8> {
    use std::io::{BufRead, Read};
    let mut header = Vec::new();
    std::io::BufReader::new(std::fs::File::open(path)?.take(64 * 1024))
        .read_until(b'\n', &mut header)?;
    let mut counts = [(b',', 0usize), (b';', 0), (b'\t', 0)];
    let mut quoted = false;
    for &b in &header {
        if b == b'"' {
            quoted = !quoted;
        } else if !quoted && let Some(c) = counts.iter_mut().find(|(d, _)| *d == b) {
            c.1 += 1;
        }
    }
    // The first of the most frequent: `,` wins ties.
    let best = counts
        .iter()
        .fold((b',', 0), |best, &c| if c.1 > best.1 { c } else { best });
    Ok(best.0)
}

/// The rows of an export, read lazily. Opening the file is the only error that stops it.
pub fn rows(
    path: &Path,
    columns: &Columns,
    records: &crate::vocab::RecordsVocab,
) -> std::io::Result<Box<dyn Iterator<Item = Row>>> {
    let name = path.display().to_string();
    if super::records::is_json(path) {
        let rows = match Source::read(path) {
            Ok(source) => {
                let mut rows = super::records::rows(&name, &source.text, records, columns);
                if let Some(d) = &source.decoded {
                    for row in &mut rows {
                        if let Row::Posting(p) = row {
                            p.decoded = Some(d.for_part());
                        }
                    }
                }
                rows
            }
            Err(e) => vec![Row::Broken {
                name,
                why: e.reason(),
            }],
        };
        return Ok(Box::new(rows.into_iter()));
    }
    // A UTF-16 export (as some spreadsheets save) is named for what it is, not read as one
    // garbled column.
    let mut head = Vec::new();
    std::io::Read::read_to_end(
        &mut std::io::Read::take(std::fs::File::open(path)?, 8192),
        &mut head,
    )?;
    if let Some(kind) = crate::source::not_text_kind(&head) {
        let why = format!("not a text export: this looks like {kind}; save it as UTF-8");
        return Ok(Box::new(std::iter::once(Row::Broken { name, why })));
    }
    let file = std::fs::File::open(path)?;
    let columns = columns.clone();
    let path = path.to_path_buf();
    let is_csv = path
        .extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("csv"));
    if is_csv {
        let delimiter = sniff_delimiter(&path)?;
        let mut reader = csv::ReaderBuilder::new()
            .flexible(false)
            .delimiter(delimiter)
            .from_reader(file);
        let headers = match reader.byte_headers() {
            Ok(h) => h.clone(),
            Err(e) => {
                let row = Row::Broken {
                    name: name.clone(),
                    why: format!("not a CSV file with a header row: {e}"),
                };
                return Ok(Box::new(std::iter::once(row)));
            }
        };
        let headers: Vec<String> = headers
            .iter()
            .map(|h| String::from_utf8_lossy(h).trim().to_string())
            .collect();
        if let Some(why) = missing_text_columns(&columns, |c| headers.iter().any(|h| h == c)) {
            return Ok(Box::new(std::iter::once(Row::Broken { name, why })));
        }
        let records = reader
            .into_byte_records()
            .enumerate()
            .map(move |(i, record)| {
                let n = i + 1;
                let record = match record {
                    Ok(r) => r,
                    Err(e) => {
                        return Row::Broken {
                            name: format!("{name}:row {n}"),
                            why: format!("malformed row: {e}"),
                        };
                    }
                };
                let mut values = Vec::with_capacity(headers.len());
                // A row that is not UTF-8: whether one of its bytes is in no encoding either.
                let mut not_utf8 = None;
                for (h, v) in headers.iter().zip(record.iter()) {
                    match crate::source::decode_part(v) {
                        Ok(v) => {
                            if matches!(v, std::borrow::Cow::Owned(_)) {
                                not_utf8.get_or_insert(false);
                            }
                            values.push((h.as_str(), v.into_owned()));
                        }
                        Err(_) => {
                            not_utf8 = Some(true);
                            break;
                        }
                    }
                }
                let decoded = match not_utf8 {
                    None => None,
                    Some(undefined) => {
                        // Where the byte is is found in the row as the file has it.
                        let (offset, line) = record
                            .position()
                            .map_or((0, 1), |p| (p.byte() as usize, p.line() as usize));
                        // Quotes doubled, delimiters and a line ending: at most this long.
                        let most = 2 * record.as_slice().len() + 3 * record.len() + 2;
                        match raw_bytes(&path, offset, most) {
                            Ok(raw) => match row_decoding(&raw, offset, line, undefined) {
                                Ok(d) => Some(d),
                                Err(why) => {
                                    return Row::Broken {
                                        name: format!("{name}:row {n}"),
                                        why,
                                    };
                                }
                            },
                            Err(e) => {
                                return Row::Broken {
                                    name: format!("{name}:row {n}"),
                                    why: format!("cannot read: {e}"),
                                };
                            }
                        }
                    }
                };
                with_decoding(
                    posting(&name, n, &columns, |col| {
                        values
                            .iter()
                            .find(|(h, _)| *h == col)
                            .map(|(_, v)| v.clone())
                    }),
                    decoded,
                )
            });
        return Ok(Box::new(records));
    }
    let mut lines = std::io::BufReader::new(file).split(b'\n').enumerate();
    // A JSON Lines file whose first rows have none of the text columns, or are not objects,
    // is not an export of postings (or needs --text-field): one problem for the file, not one
    // per row. Until that is known, the first rows wait; at most FIRST_ROWS of them, so that
    // a file of any size is streamed.
    let mut pending: std::collections::VecDeque<Row> = std::collections::VecDeque::new();
    let mut decided = false;
    let mut stopped = false;
    let mut objects = 0;
    let mut seen = 0;
    // Where the next line starts in the file.
    let mut offset = 0;
    let rows = std::iter::from_fn(move || {
        loop {
            if stopped {
                return None;
            }
            if decided && let Some(row) = pending.pop_front() {
                return Some(row);
            }
            let Some((i, line)) = lines.next() else {
                if !decided {
                    decided = true;
                    if objects > 0 {
                        // Not one object had a text column.
                        pending.clear();
                        let why = missing_text_columns(&columns, |_| false).unwrap_or_default();
                        return Some(Row::Broken {
                            name: name.clone(),
                            why,
                        });
                    }
                }
                return pending.pop_front();
            };
            let n = i + 1;
            let start = offset;
            offset += line.as_ref().map_or(0, |l| l.len() + 1);
            let row = match json_row(&line, (n, start), &name, &columns) {
                None => continue,
                Some((row, has_text)) => {
                    seen += 1;
                    if has_text.is_some() {
                        objects += 1;
                    }
                    decided |= has_text == Some(true);
                    row
                }
            };
            if decided {
                pending.push_back(row);
                continue;
            }
            pending.push_back(row);
            if seen >= FIRST_ROWS {
                decided = true;
                pending.clear();
                let why = if objects == 0 {
                    "not one is a JSON object: not JSON Lines of postings (one JSON object a line)"
                        .to_string()
                } else {
                    missing_text_columns(&columns, |_| false).unwrap_or_default()
                };
                // Nothing more is read from this file.
                stopped = true;
                return Some(Row::Broken {
                    name: name.clone(),
                    why: format!("the first {FIRST_ROWS} rows: {why}"),
                });
            }
        }
    });
    Ok(Box::new(rows))
}

/// One line of a JSON Lines file: its row, and for an object whether it has a text column
/// (`None` for a line that is not an object). Blank lines are no row.
fn json_row(
    line: &std::io::Result<Vec<u8>>,
    (n, start): (usize, usize),
    name: &str,
    columns: &Columns,
) -> Option<(Row, Option<bool>)> {
    let broken = |why: String| {
        Some((
            Row::Broken {
                name: format!("{name}:row {n}"),
                why,
            },
            None,
        ))
    };
    let line = match line {
        Ok(l) => l,
        Err(e) => return broken(format!("cannot read: {e}")),
    };
    if line.iter().all(u8::is_ascii_whitespace) {
        return None;
    }
    let (text, decoded) = match crate::source::decode_part(line) {
        Ok(std::borrow::Cow::Borrowed(t)) => (std::borrow::Cow::Borrowed(t), None),
        Ok(t) => match row_decoding(line, start, n, false) {
            Ok(d) => (t, Some(d)),
            Err(why) => return broken(why),
        },
        Err(_) => return broken(row_decoding(line, start, n, true).err().unwrap_or_default()),
    };
    let object: serde_json::Map<String, serde_json::Value> = match serde_json::from_str(&text) {
        Ok(serde_json::Value::Object(o)) => o,
        Ok(_) => return broken("not a JSON object".into()),
        Err(e) => return broken(format!("malformed JSON at column {}: {e}", e.column())),
    };
    let has_text = text_columns(columns).iter().any(|c| object.contains_key(c));
    let row = posting(name, n, columns, |col| {
        object.get(col).and_then(|v| match v {
            serde_json::Value::Null => None,
            serde_json::Value::String(s) => Some(s.clone()),
            other => Some(other.to_string()),
        })
    });
    Some((with_decoding(row, decoded), Some(has_text)))
}

/// How a row that is not UTF-8 was read, from its bytes as the file has them (`raw`, starting
/// at byte `offset`, line `line` of the file): where its first such byte is, for the
/// `encoding/not-utf8` finding; or, when one of its bytes is `undefined` in Windows-1252 too,
/// why the row is refused, naming that byte.
fn row_decoding(
    raw: &[u8],
    offset: usize,
    line: usize,
    undefined: bool,
) -> Result<Box<crate::source::Decoded>, String> {
    let start = crate::source::BytePosition {
        offset,
        line,
        column: 1,
        byte: 0,
    };
    let at = crate::source::locate_in_part(raw, start, undefined).unwrap_or(start);
    if undefined {
        return Err(format!(
            "not valid UTF-8 nor Windows-1252 at line {}, column {} (byte 0x{:02x} at offset {}); save the file as UTF-8",
            at.line, at.column, at.byte, at.offset
        ));
    }
    Ok(crate::source::Decoded::for_row(at))
}

/// Up to `most` bytes of a file from `offset`: a row as the file has it.
fn raw_bytes(path: &Path, offset: usize, most: usize) -> std::io::Result<Vec<u8>> {
    use std::io::{Read, Seek};
    let mut file = std::fs::File::open(path)?;
    file.seek(std::io::SeekFrom::Start(offset as u64))?;
    let mut raw = Vec::new();
    file.take(most as u64).read_to_end(&mut raw)?;
    Ok(raw)
}

/// A row's posting, told how its row was read.
fn with_decoding(row: Row, decoded: Option<Box<crate::source::Decoded>>) -> Row {
    match row {
        Row::Posting(mut p) if decoded.is_some() => {
            p.decoded = decoded;
            Row::Posting(p)
        }
        other => other,
    }
}

/// How many rows of a JSON Lines file may lack every text column (or not be objects) before it
/// is taken for something other than an export of postings.
const FIRST_ROWS: usize = 20;

fn text_columns(columns: &Columns) -> Vec<String> {
    if columns.text.is_empty() {
        vec!["description".to_string()]
    } else {
        columns.text.clone()
    }
}

/// Why an export cannot give postings: none of its text columns exists.
fn missing_text_columns(columns: &Columns, has: impl Fn(&str) -> bool) -> Option<String> {
    let wanted = text_columns(columns);
    (!wanted.iter().any(|c| has(c))).then(|| {
        format!(
            "no column {}; name the columns with the posting text with --text-field",
            wanted.join(", ")
        )
    })
}

/// Builds the posting of row `n` from its columns.
fn posting(file: &str, n: usize, columns: &Columns, get: impl Fn(&str) -> Option<String>) -> Row {
    let id = columns
        .id
        .as_deref()
        .and_then(&get)
        .filter(|v| !v.trim().is_empty());
    let name = match id {
        Some(id) => format!("{file}:{}", id.trim()),
        None => format!("{file}:row {n}"),
    };
    let default_text = ["description".to_string()];
    let text_columns: &[String] = if columns.text.is_empty() {
        &default_text
    } else {
        &columns.text
    };
    let mut body = String::new();
    for col in text_columns {
        if let Some(v) = get(col).filter(|v| !v.trim().is_empty()) {
            // Each text column is a section of its own, named after the column.
            body.push_str(&format!("## {}\n\n{}\n\n", heading(col), v.trim()));
        }
    }
    let mut front = String::new();
    for (key, col) in &columns.fields {
        if let Some(v) = get(col).filter(|v| !v.trim().is_empty()) {
            front_matter_field(&mut front, key, &[v.trim().to_string()]);
        }
    }
    // Structured columns without the posting's text are not a posting to judge.
    if body.is_empty() {
        return Row::Broken {
            name,
            why: format!("no text in {}", text_columns.join(", ")),
        };
    }
    let text = if front.is_empty() {
        body
    } else {
        format!("---\n{front}---\n\n{body}")
    };
    Row::Posting(Source::new(name, text, Format::Markdown))
}

/// Writes `key: value` (or a list under `key`) as a YAML front matter line. Values are
/// written as JSON strings, which are YAML strings: quotes, colons and line breaks stay data.
pub(super) fn front_matter_field(out: &mut String, key: &str, values: &[String]) {
    let quoted = |v: &String| serde_json::Value::String(v.clone());
    if let [one] = values {
        out.push_str(&format!("{key}: {}\n", quoted(one)));
    } else {
        out.push_str(&format!("{key}:\n"));
        for v in values {
            out.push_str(&format!("  - {}\n", quoted(v)));
        }
    }
}

/// `job_description` → `Job description`.
fn heading(column: &str) -> String {
    let words = column.replace(['_', '-'], " ");
    let mut chars = words.trim().chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(
        name: &str,
        content: &[u8],
        columns: &Columns,
    ) -> Vec<Result<(String, String), (String, String)>> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(name);
        std::fs::write(&path, content).unwrap();
        rows(&path, columns, &crate::vocab::BUILTIN.records)
            .unwrap()
            .map(|r| match r {
                Row::Posting(s) => Ok((s.name.rsplit(':').next().unwrap().to_string(), s.text)),
                Row::Broken { name, why } => {
                    Err((name.rsplit(':').next().unwrap().to_string(), why))
                }
            })
            .collect()
    }

    #[test]
    fn semicolon_and_tab_separated_exports_are_read() {
        for (sep, quoted) in [(";", "\"Cook; Denver, CO\""), ("\t", "\"Cook\tDenver\"")] {
            let csv = format!("job_id{sep}description\n1{sep}{quoted}\n2{sep}Barista\n");
            let got = read("export.csv", csv.as_bytes(), &Columns::default());
            assert_eq!(got.len(), 2, "{sep:?}: {got:?}");
            let (id, text) = got[0].as_ref().unwrap();
            assert_eq!(id, "row 1", "{sep:?}");
            assert!(text.contains(quoted.trim_matches('"')), "{sep:?}: {text}");
        }
    }

    #[test]
    fn csv_rows_become_postings_with_front_matter() {
        let columns = Columns {
            text: vec!["description".into(), "benefits".into()],
            id: Some("job_id".into()),
            fields: vec![
                ("location".into(), "city".into()),
                ("date_posted".into(), "posted".into()),
            ],
        };
        let csv = "job_id,city,posted,description,benefits\n17,\"Denver, CO\",2024-03-01,\"Pour coffee.\nSmile.\",Health insurance\n18,,,,\n";
        let got = read("export.csv", csv.as_bytes(), &columns);
        assert_eq!(
            got[0],
            Ok((
                "17".into(),
                "---\nlocation: \"Denver, CO\"\ndate_posted: \"2024-03-01\"\n---\n\n## Description\n\nPour coffee.\nSmile.\n\n## Benefits\n\nHealth insurance\n\n".into()
            ))
        );
        assert!(matches!(&got[1], Err((id, why)) if id == "18" && why.contains("no text")));
    }

    #[test]
    fn json_lines_of_non_objects_are_one_problem_and_never_held() {
        // Rows wait only until FIRST_ROWS of them are known: a file of a million arrays is
        // given up after as many, not held to its end (a posting after them is not read).
        let mut jsonl: String = (0..FIRST_ROWS + 5).map(|i| format!("[{i}]\n")).collect();
        jsonl.push_str("{\"description\": \"A\"}\n");
        let got = read("export.jsonl", jsonl.as_bytes(), &Columns::default());
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            matches!(&got[0], Err((_, why)) if why.contains("not one is a JSON object")),
            "{got:?}"
        );
        // Fewer rows than that: each says why.
        let got = read("export.jsonl", b"[1]\n2\n", &Columns::default());
        assert_eq!(got.len(), 2, "{got:?}");
    }

    #[test]
    fn a_utf16_export_is_named_for_what_it_is() {
        let utf16: Vec<u8> = b"\xff\xfe"
            .iter()
            .copied()
            .chain(
                "description\nBarista\n"
                    .encode_utf16()
                    .flat_map(u16::to_le_bytes),
            )
            .collect();
        for name in ["export.csv", "export.jsonl"] {
            let got = read(name, &utf16, &Columns::default());
            assert!(
                matches!(&got[..], [Err((_, why))] if why.contains("UTF-16")),
                "{name}: {got:?}"
            );
        }
    }

    #[test]
    fn broken_rows_say_why_and_the_rest_goes_on() {
        let jsonl = "{\"description\": \"A\"}\nnot json\n\n[1,2]\n{\"description\": \"B\"}\n";
        let got = read("export.jsonl", jsonl.as_bytes(), &Columns::default());
        assert_eq!(got.len(), 4);
        assert!(got[0].is_ok() && got[3].is_ok());
        assert!(matches!(&got[1], Err((n, why)) if n == "row 2" && why.contains("malformed JSON")));
        assert!(
            matches!(&got[2], Err((n, why)) if n == "row 4" && why.contains("not a JSON object"))
        );
        // 0x81 is neither UTF-8 nor Windows-1252 (0xFF would be read, as 'ÿ').
        let csv = b"description,x\nfine,1\n\"too\",many,cells\nbad\x81,2\n";
        let got = read("export.csv", csv, &Columns::default());
        assert!(got[0].is_ok());
        assert!(
            matches!(&got[1], Err((_, why)) if why.contains("malformed row")),
            "{got:?}"
        );
        assert!(
            matches!(&got[2], Err((_, why)) if why.contains("not valid UTF-8 nor Windows-1252 at line 4, column 4")),
            "{got:?}"
        );
    }
}
