//! YAML front matter (`---` … `---`) at the top of a Markdown posting, and Hugo's TOML
//! front matter (`+++` … `+++`).
//!
//! Real repositories keep title, location, pay and dates only here and render them into the body
//! with template tags, so its fields are part of the posting, each with the span of its value.

use crate::source::Span;
use crate::yaml::{self, Located};
use std::collections::BTreeMap;

/// One scalar in the front matter: `key: value`, or one element of a list under `key`.
#[derive(Debug, Clone)]
pub struct FrontMatterField {
    /// The key; nested keys are joined with `.` (`salary.min`).
    pub key: String,
    /// The value as text (numbers and booleans as written).
    pub value: String,
    /// Where the value is written (inside quotes when quoted).
    pub value_span: Span,
}

/// Whether a flag's value is one of the values that say yes (lower case): "Yes", " true".
pub fn says_yes(value: &str, yes: &[String]) -> bool {
    yes.contains(&value.trim().to_lowercase())
}

/// A field's value without the spaces around it and the mark that ends its sentence, if any
/// ("Remote job: Yes.", "Work Location: On-site.", "Contract type: CDD;").
pub fn without_sentence_end(value: &str) -> &str {
    value
        .trim()
        .trim_end_matches(['.', ',', ';', '!'])
        .trim_end()
}

impl FrontMatterField {
    /// The last part of the key, lower-cased, with spaces and dashes as `_`: `salary.salary_min`
    /// → `salary_min`, `Appointment type` → `appointment_type`. Extractors match on this, so that
    /// the spellings real repositories use all count.
    pub fn leaf_key(&self) -> String {
        let leaf = self.key.rsplit('.').next().unwrap_or(&self.key);
        leaf.trim().to_ascii_lowercase().replace([' ', '-'], "_")
    }
}

#[derive(Debug, Clone)]
pub struct FrontMatter {
    /// From the opening `---` through the closing line and its line ending.
    pub span: Span,
    pub fields: Vec<FrontMatterField>,
    /// Why the YAML could not be read, and where.
    pub error: Option<(String, Span)>,
}

impl FrontMatter {
    /// Finds and reads front matter at the start of `text` (after a byte-order mark).
    pub fn parse(text: &str) -> Option<FrontMatter> {
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let rest = &text[start..];
        let first_len = line_len_with_ending(rest);
        if rest[..first_len].trim_end() == "+++" {
            return Self::parse_toml(text, start, first_len);
        }
        if rest[..first_len].trim_end() != "---" {
            return None;
        }
        let inner_start = start + first_len;
        let mut pos = inner_start;
        while pos < text.len() {
            let len = line_len_with_ending(&text[pos..]);
            let line = text[pos..pos + len].trim_end();
            if line == "---" || line == "..." {
                let inner = Span::new(inner_start, pos);
                let span = Span::new(start, pos + len);
                return Some(Self::read(text, span, inner));
            }
            pos += len;
        }
        // An opening `---` with no closing line: a thematic break, not front matter.
        None
    }

    /// Front matter whose opening `---` was forgotten: YAML `key: value` lines from the first
    /// line up to a `---` line. Only taken when it parses as a YAML mapping.
    pub fn parse_unfenced(text: &str) -> Option<FrontMatter> {
        let start = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let first = text[start..].lines().next()?;
        if !is_key_line(first) {
            return None;
        }
        let mut pos = start;
        while pos < text.len() {
            let len = line_len_with_ending(&text[pos..]);
            let line = text[pos..pos + len].trim_end();
            if line == "---" {
                let inner = Span::new(start, pos);
                let fm = Self::read(text, Span::new(start, pos + len), inner);
                return fm.error.is_none().then_some(fm);
            }
            let yaml_like =
                line.is_empty() || line.starts_with([' ', '\t', '#', '-']) || is_key_line(line);
            if !yaml_like {
                return None;
            }
            pos += len;
        }
        None
    }

    /// Hugo's TOML front matter, from the `+++` at `start` (`first_len` long) to the next
    /// `+++` line: `key = value` lines, their keys under the last `[table]` header
    /// (`[salary]` // `min = 140000` is `salary.min`); a one-line array is an item a field.
    /// Values over several lines are not read.
    fn parse_toml(text: &str, start: usize, first_len: usize) -> Option<FrontMatter> {
        let inner_start = start + first_len;
        let mut fields = Vec::new();
        let mut table = String::new();
        let mut pos = inner_start;
        while pos < text.len() {
            let len = line_len_with_ending(&text[pos..]);
            let line = &text[pos..pos + len];
            let trimmed = line.trim();
            if trimmed == "+++" {
                return Some(FrontMatter {
                    span: Span::new(start, pos + len),
                    fields,
                    error: None,
                });
            }
            if let Some(name) = trimmed.strip_prefix('[').and_then(|t| t.strip_suffix(']')) {
                table = name.trim_matches(['[', ']', ' ']).replace('"', "");
            } else if let Some((key, _)) = line.split_once('=')
                && !trimmed.starts_with('#')
            {
                let eq = key.len() + 1;
                let key = key.trim().trim_matches('"');
                let key = if table.is_empty() {
                    key.to_string()
                } else {
                    format!("{table}.{key}")
                };
                for span in toml_values(line, eq) {
                    fields.push(FrontMatterField {
                        key: key.clone(),
                        value: line[span.range()].to_string(),
                        value_span: span.offset(pos),
                    });
                }
            }
            pos += len;
        }
        // No closing line: not front matter.
        None
    }

    /// The first field with this key (case-insensitive).
    pub fn get(&self, key: &str) -> Option<&FrontMatterField> {
        self.fields.iter().find(|f| f.key.eq_ignore_ascii_case(key))
    }

    /// Fields whose [`FrontMatterField::leaf_key`] is one of `names`, in order.
    pub fn fields_named<'a>(
        &'a self,
        names: &'a [&str],
    ) -> impl Iterator<Item = &'a FrontMatterField> {
        self.fields
            .iter()
            .filter(move |f| names.contains(&f.leaf_key().as_str()))
    }

    /// Flag fields that say yes: a key of `names` whose value is one of `yes` (lower case),
    /// whatever its case (`remote: True`).
    pub fn flags_set<'a>(
        &'a self,
        names: &'a [&str],
        yes: &'a [String],
    ) -> impl Iterator<Item = &'a FrontMatterField> {
        self.fields_named(names)
            .filter(move |f| says_yes(&f.value, yes))
    }

    fn read(text: &str, span: Span, inner: Span) -> FrontMatter {
        let yaml_text = &text[inner.range()];
        let mut fm = FrontMatter {
            span,
            fields: Vec::new(),
            error: None,
        };
        if yaml_text.trim().is_empty() {
            return fm;
        }
        match yaml::parse::<BTreeMap<String, Located<serde_json::Value>>>(yaml_text) {
            Ok(map) => {
                for (key, value) in &map {
                    let offset = yaml::located_offset(yaml_text, value);
                    let len = yaml::located_len(value);
                    collect(
                        yaml_text,
                        inner.start,
                        key,
                        &value.value,
                        offset,
                        len,
                        &mut fm.fields,
                    );
                }
                fm.fields.sort_by_key(|f| f.value_span.start);
            }
            Err(e) => {
                let at = inner.start + e.offset.min(yaml_text.len());
                let end = text[at..inner.end].find('\n').map_or(inner.end, |i| at + i);
                fm.error = Some((e.message, Span::new(at, end.max(at))));
                // The site may still render the simple fields: read top-level `key: value` lines.
                fm.fields = top_level_fields(text, inner);
            }
        }
        fm
    }
}

fn collect(
    yaml_text: &str,
    base: usize,
    key: &str,
    value: &serde_json::Value,
    offset: usize,
    len: usize,
    out: &mut Vec<FrontMatterField>,
) {
    use serde_json::Value;
    // Offsets come from the parser or from searching; never slice inside a character.
    let offset = floor_boundary(yaml_text, offset);
    match value {
        Value::Array(items) => {
            let mut from = offset;
            for item in items {
                let text = scalar_text(item);
                let found = yaml_text[from..].find(&text).filter(|_| !text.is_empty());
                let at = found.map_or(from, |i| from + i);
                if item.is_object() || item.is_array() {
                    let before = out.len();
                    collect(yaml_text, base, key, item, at, 0, out);
                    // The next item is looked for after this one's values, not at its own
                    // keys again (`- city: Austin` // `- city: Raleigh`).
                    if let Some(end) = out[before..].iter().map(|f| f.value_span.end).max() {
                        from = from.max(end - base);
                    }
                } else {
                    let span = Span::new(at, at + if found.is_some() { text.len() } else { 0 });
                    out.push(FrontMatterField {
                        key: key.to_string(),
                        value: text,
                        value_span: span.offset(base),
                    });
                    from = span.end;
                }
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                let child_key = format!("{key}.{k}");
                let at = yaml_text[offset.min(yaml_text.len())..]
                    .find(k.as_str())
                    .map_or(offset, |i| offset + i);
                let after_colon = yaml_text[at..].find(':').map_or(at, |i| at + i + 1);
                let val_at = after_colon
                    + (yaml_text[after_colon..].len()
                        - yaml_text[after_colon..].trim_start().len());
                collect(yaml_text, base, &child_key, v, val_at, 0, out);
            }
        }
        _ => {
            let text = scalar_text(value);
            // A value of a flow mapping (`{city: Austin, state: TX}`) ends where its text does,
            // not at the end of the line.
            let len = if len == 0 && value.is_string() {
                written_len(&yaml_text[offset..], &text)
            } else {
                len
            };
            let span = scalar_span(yaml_text, offset, len);
            out.push(FrontMatterField {
                key: key.to_string(),
                value: text,
                value_span: span.offset(base),
            });
        }
    }
}

/// The span of a scalar starting at `offset`: inside quotes when quoted; to the end of the line
/// (less a trailing comment) when the parser did not record a length.
fn scalar_span(yaml_text: &str, offset: usize, len: usize) -> Span {
    let offset = floor_boundary(yaml_text, offset);
    let line_end = yaml_text[offset..]
        .find(['\n', '\r'])
        .map_or(yaml_text.len(), |i| offset + i);
    let mut end = if len > 0 {
        (offset + len).min(yaml_text.len())
    } else {
        line_end
    };
    let s = &yaml_text[offset..end];
    if len == 0 {
        let cut = s.find(" #").unwrap_or(s.len());
        end = offset + s[..cut].trim_end().len();
    }
    let s = &yaml_text[offset..end];
    let quoted = s.len() >= 2
        && ((s.starts_with('\'') && s.ends_with('\'')) || (s.starts_with('"') && s.ends_with('"')));
    if quoted {
        Span::new(offset + 1, end - 1)
    } else {
        Span::new(offset, end)
    }
}

/// The length of `text` written at the start of `s`, in quotes or not; 0 when it is written
/// otherwise (escapes, a folded line), for [`scalar_span`] to find its end.
fn written_len(s: &str, text: &str) -> usize {
    if text.is_empty() {
        return 0;
    }
    for quote in ["'", "\""] {
        if let Some(rest) = s.strip_prefix(quote)
            && rest
                .strip_prefix(text)
                .is_some_and(|r| r.starts_with(quote))
        {
            return text.len() + 2;
        }
    }
    if s.starts_with(text) { text.len() } else { 0 }
}

/// The largest char boundary at or before `i` (clamped to the text).
fn floor_boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn scalar_text(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// Top-level `key: value` lines, for front matter that is not valid YAML as a whole.
fn top_level_fields(text: &str, inner: Span) -> Vec<FrontMatterField> {
    let mut out = Vec::new();
    let mut pos = inner.start;
    while pos < inner.end {
        let len = line_len_with_ending(&text[pos..inner.end]);
        let line = &text[pos..pos + len];
        if is_key_line(line)
            && let Some(colon) = line.find(':')
        {
            let key = line[..colon].trim().to_string();
            let rest = &line[colon + 1..];
            let lead = rest.len() - rest.trim_start().len();
            let value_start = colon + 1 + lead;
            let span = scalar_span(line, value_start, 0).offset(pos);
            let value = text[span.range()].to_string();
            if !value.is_empty() {
                out.push(FrontMatterField {
                    key,
                    value,
                    value_span: span,
                });
            }
        }
        pos += len;
    }
    out
}

/// `key: value` or `key:` at the start of a line (keys may contain spaces: `appointment type:`).
fn is_key_line(line: &str) -> bool {
    let Some((key, _)) = line.split_once(':') else {
        return false;
    };
    !key.is_empty()
        && key.len() <= 40
        && key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | ' '))
}

/// The length of the first line with its ending: LF, CRLF or a lone CR (a line ending in
/// CommonMark, and everywhere else hirelint reads lines).
fn line_len_with_ending(s: &str) -> usize {
    match s.find(['\n', '\r']) {
        Some(i) if s[i..].starts_with("\r\n") => i + 2,
        Some(i) => i + 1,
        None => s.len(),
    }
}

/// The spans in `line` of the scalars of a TOML value that starts after `from`: a quoted
/// string (inside its quotes), a bare number, date or boolean (up to a comment), or each of
/// them in a one-line array.
fn toml_values(line: &str, from: usize) -> Vec<Span> {
    let mut out = Vec::new();
    let rest = &line[from..];
    let lead = rest.len() - rest.trim_start().len();
    let mut at = from + lead;
    let array = line[at..].starts_with('[');
    if array {
        at += 1;
    }
    while at < line.len() {
        let s = &line[at..];
        let skip = s.len() - s.trim_start_matches([' ', '\t', ',']).len();
        at += skip;
        let s = &line[at..];
        let Some(c) = s.chars().next() else { break };
        if c == '"' || c == '\'' {
            let Some(close) = s[1..].find(c) else { break };
            out.push(Span::new(at + 1, at + 1 + close));
            at += close + 2;
        } else if c == ']' || c == '#' || c == '\n' || c == '\r' || c == '[' || c == '{' {
            break;
        } else {
            let end = s.find([',', ']', '#', '\n', '\r']).unwrap_or(s.len());
            let value = s[..end].trim_end();
            if !value.is_empty() {
                out.push(Span::new(at, at + value.len()));
            }
            at += end;
        }
        if !array {
            break;
        }
    }
    out
}
