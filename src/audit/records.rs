//! JSON files of postings: job-board and ATS API responses (Greenhouse, Lever, Ashby, Workable,
//! aggregators) and any array of posting objects.
//!
//! Which keys hold the list, the text and each fact is data (`rules/vocab/records.yaml`), so a
//! new API is a vocabulary edit. A record becomes a posting as an export row does
//! ([`super::export`]): its facts become YAML front matter, which the extractors read, and its
//! text (HTML rendered as a saved page is) the body.

use super::export::{Columns, Row};
use crate::source::{Format, Source};
use crate::vocab::RecordsVocab;
use serde_json::Value;

/// Whether a file may hold postings as JSON.
pub fn is_json(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// The postings of a JSON file named `name`: one row per record. A file that is not JSON, or
/// holds no list of postings, is one broken row that says why.
pub fn rows(name: &str, text: &str, vocab: &RecordsVocab, columns: &Columns) -> Vec<Row> {
    let broken = |why: String| {
        vec![Row::Broken {
            name: name.to_string(),
            why,
        }]
    };
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return broken(format!(
                "malformed JSON at line {}, column {}: {e}",
                e.line(),
                e.column()
            ));
        }
    };
    let Some(records) = records(&value, vocab, columns) else {
        let keys = match &value {
            Value::Object(o) => o.keys().cloned().collect::<Vec<_>>().join(", "),
            _ => String::new(),
        };
        return broken(format!(
            "no postings: expected an array of postings, or an object with one under {} (keys here: {})",
            vocab.lists.join(", "),
            if keys.is_empty() { "none" } else { &keys }
        ));
    };
    // A mapping the user asked for must name a key of the file.
    let asked = columns
        .fields
        .iter()
        .map(|(_, path)| path)
        .chain(&columns.text)
        .chain(&columns.id);
    for path in asked {
        if !records.iter().any(|r| !values(r, path).is_empty()) {
            let keys = records
                .first()
                .and_then(|r| r.as_object())
                .map(|o| o.keys().cloned().collect::<Vec<_>>().join(", "))
                .unwrap_or_default();
            return broken(format!(
                "no record has `{path}`; the keys of its postings are: {keys}"
            ));
        }
    }
    let rows: Vec<Row> = records
        .iter()
        .enumerate()
        .filter_map(|(i, r)| posting(name, i + 1, r, vocab, columns))
        .collect();
    if rows.is_empty() {
        // A file read as no postings says so, with what it holds.
        return broken(nothing_read(&value, &records, vocab));
    }
    rows
}

/// Why a file whose shape was understood gave no posting: an empty list, or records none of
/// which has a title or a text, named by their keys.
fn nothing_read(value: &Value, records: &[&Value], vocab: &RecordsVocab) -> String {
    let list = match value {
        Value::Array(_) => "the top-level array".to_string(),
        Value::Object(o) => vocab
            .lists
            .iter()
            .find(|k| o.get(k.as_str()).is_some_and(Value::is_array))
            .map_or_else(|| "the object".to_string(), |k| format!("`{k}`")),
        _ => "the file".to_string(),
    };
    let Some(first) = records.first().and_then(|r| r.as_object()) else {
        return format!("no postings: {list} holds no posting objects");
    };
    let keys = first.keys().cloned().collect::<Vec<_>>().join(", ");
    let texts = vocab
        .text
        .iter()
        .filter_map(|way| way.first().map(String::as_str))
        .collect::<Vec<_>>()
        .join(", ");
    format!(
        "no postings: none of the {} objects in {list} has a title or a text (keys tried: {texts}; \
         `audit --text-field KEY` names another); the keys of the first are: {keys}",
        records.len()
    )
}

/// The records of a file: a top-level array, an array under one of the list keys, or an
/// object that is itself a posting.
fn records<'a>(
    value: &'a Value,
    vocab: &RecordsVocab,
    columns: &Columns,
) -> Option<Vec<&'a Value>> {
    let objects =
        |a: &'a Vec<Value>| -> Vec<&'a Value> { a.iter().filter(|v| v.is_object()).collect() };
    match value {
        Value::Array(a) => Some(objects(a)),
        Value::Object(o) => vocab
            .lists
            .iter()
            .find_map(|k| o.get(k).and_then(Value::as_array))
            .map(objects)
            .or_else(|| (!text_paths(value, vocab, columns).is_empty()).then(|| vec![value])),
        _ => None,
    }
}

/// The paths of a record's text: the user's `--text-field`s, else the first way of the
/// vocabulary whose first key the record has.
fn text_paths<'v>(record: &Value, vocab: &'v RecordsVocab, columns: &'v Columns) -> &'v [String] {
    if !columns.text.is_empty() {
        return &columns.text;
    }
    vocab
        .text
        .iter()
        .find(|way| {
            way.first()
                .is_some_and(|p| values(record, p).iter().any(|v| !is_blank(v)))
        })
        .map_or(&[], Vec::as_slice)
}

/// Builds the posting of record `n`; `None` for an object that is no posting at all (a notice
/// beside the postings: no title, no text).
fn posting(
    file: &str,
    n: usize,
    record: &Value,
    vocab: &RecordsVocab,
    columns: &Columns,
) -> Option<Row> {
    let first = |paths: &[String]| first_scalar(record, paths, vocab);
    let id = match &columns.id {
        Some(p) => first(std::slice::from_ref(p)),
        None => vocab.fields.get("id").and_then(|p| first(p)),
    };
    let name = match id {
        Some(id) => format!("{file}:{id}"),
        None => format!("{file}:record {n}"),
    };
    let mut body = String::new();
    for path in text_paths(record, vocab, columns) {
        for v in values(record, path) {
            push_text(&mut body, v);
        }
    }
    let mut front: Vec<(String, Vec<String>)> = Vec::new();
    for (fact, paths) in &vocab.fields {
        if fact == "id" {
            continue;
        }
        let mut found: Vec<String> = Vec::new();
        for p in paths {
            let got = scalars(record, p, vocab);
            if got.is_empty() {
                continue;
            }
            found.extend(got);
            // Every place counts; for the other facts the first key that has it.
            if fact != "location" {
                break;
            }
        }
        if fact.starts_with("date") || fact == "deadline" {
            found = found.iter().filter_map(|d| day(d)).take(1).collect();
        }
        let mut seen = std::collections::HashSet::new();
        found.retain(|v| seen.insert(v.to_lowercase()));
        if !found.is_empty() {
            front.push((fact.clone(), found));
        }
    }
    if let Some(pay) = pay(record, vocab) {
        front.push(("salary".into(), vec![pay]));
    }
    for (key, path) in &columns.fields {
        let got = scalars(record, path, vocab);
        if !got.is_empty() {
            front.retain(|(k, _)| k != key);
            front.push((key.clone(), got));
        }
    }
    let has_title = front.iter().any(|(k, _)| k == "title");
    if body.trim().is_empty() {
        return has_title.then(|| Row::Broken {
            name,
            why: "no text: none of the keys that hold a posting's text".into(),
        });
    }
    let mut text = String::from("---\n");
    for (key, vals) in &front {
        super::export::front_matter_field(&mut text, key, vals);
    }
    text.push_str("---\n\n");
    text.push_str(&labelled_lines(record, vocab));
    text.push_str(body.trim());
    text.push('\n');
    Some(Row::Posting(Source::new(name, text, Format::Text)))
}

/// The labelled values of a record (`labelled` of the vocabulary: Greenhouse's custom fields,
/// `{"name": "Employment Type", "value": "Full-time"}`) as `Label: value` lines, the way a job
/// board shows them above the text, so that the extractors read them as they read any field.
/// A value may be a list ("Hybrid, Remote") or an amount with its unit; an empty one is no line.
fn labelled_lines(record: &Value, vocab: &RecordsVocab) -> String {
    let mut lines = String::new();
    for path in &vocab.labelled {
        for item in values(record, path) {
            let label = item.get("name").and_then(Value::as_str).map(str::trim);
            let value = item.get("value").map(|v| match v {
                Value::Array(a) => a.iter().filter_map(scalar).collect::<Vec<_>>().join(", "),
                Value::Object(o) => o.values().filter_map(scalar).collect::<Vec<_>>().join(" "),
                other => scalar(other).unwrap_or_default(),
            });
            if let (Some(label), Some(value)) = (label, value) {
                let value = value.trim();
                if !label.is_empty() && !value.is_empty() {
                    lines.push_str(&format!("{label}: {value}\n"));
                }
            }
        }
    }
    if !lines.is_empty() {
        lines.push('\n');
    }
    lines
}

/// A string (its entities decoded) or a number as text.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(decode(s.trim())),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// The first value any of `paths` gives, as text.
fn first_scalar(record: &Value, paths: &[String], vocab: &RecordsVocab) -> Option<String> {
    paths
        .iter()
        .find_map(|p| scalars(record, p, vocab).into_iter().next())
}

/// Every value at a dotted path; arrays on the way are read element by element.
fn values<'a>(value: &'a Value, path: &str) -> Vec<&'a Value> {
    let mut current = vec![value];
    for key in path.split('.') {
        let mut next = Vec::new();
        for v in current {
            match v {
                Value::Object(o) => next.extend(o.get(key)),
                Value::Array(a) => next.extend(a.iter().filter_map(|e| e.get(key))),
                _ => {}
            }
        }
        current = next;
    }
    // An array at the end is its elements.
    current
        .into_iter()
        .flat_map(|v| match v {
            Value::Array(a) => a.iter().collect(),
            other => vec![other],
        })
        .filter(|v| !v.is_null())
        .collect()
}

/// The values at a path as text: strings trimmed, numbers as written, an object (an address)
/// as its parts. Blank strings and booleans are not a value.
fn scalars(record: &Value, path: &str, vocab: &RecordsVocab) -> Vec<String> {
    values(record, path)
        .into_iter()
        .filter_map(|v| match v {
            Value::Object(o) => {
                let parts: Vec<String> = vocab
                    .address_parts
                    .iter()
                    .filter_map(|k| o.get(k).and_then(Value::as_str))
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect();
                Some(parts.join(", "))
            }
            other => scalar(other),
        })
        .filter(|s| !s.is_empty())
        .collect()
}

fn is_blank(v: &Value) -> bool {
    match v {
        Value::String(s) => s.trim().is_empty(),
        Value::Array(a) => a.is_empty(),
        Value::Null => true,
        _ => false,
    }
}

/// Appends one part of a posting's text: a string (HTML rendered), or an array of sections
/// (`{text: heading, content: html}`).
fn push_text(body: &mut String, v: &Value) {
    match v {
        Value::String(s) => {
            body.push_str(&render(s));
            body.push_str("\n\n");
        }
        Value::Object(o) => {
            let heading = ["text", "title", "name", "heading"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str));
            let content = ["content", "description", "body", "value"]
                .iter()
                .find_map(|k| o.get(*k).and_then(Value::as_str));
            if let Some(h) = heading.filter(|h| !h.trim().is_empty()) {
                body.push_str(&format!("# {}\n\n", h.trim()));
            }
            if let Some(c) = content {
                body.push_str(&render(c));
                body.push_str("\n\n");
            }
        }
        _ => {}
    }
}

/// A text value as posting lines: HTML (also HTML written with entities) as a page renders,
/// plain text as it is.
fn render(s: &str) -> String {
    let html = if crate::source::has_markup(s) {
        s.to_string()
    } else if ESCAPED_TAG.is_match(s) {
        html_escape::decode_html_entities(s).into_owned()
    } else {
        return s.trim().to_string();
    };
    let source = Source::new("", html, Format::Html);
    source.text[..source.visible_end()].trim().to_string()
}

/// Entities in a short value (`Project &amp; Program Management`).
fn decode(s: &str) -> String {
    if s.contains('&') {
        html_escape::decode_html_entities(s).into_owned()
    } else {
        s.to_string()
    }
}

/// The day of a date value: an ISO date or date-time (the day as written, whatever its zone),
/// or epoch seconds or milliseconds (the day in UTC).
fn day(value: &str) -> Option<String> {
    let v = value.trim();
    if let Some(d) = v.get(..10).filter(|d| ISO_DAY.is_match(d)) {
        return Some(d.to_string());
    }
    let n: i64 = v.parse().ok()?;
    // Milliseconds since 1970 pass 10^11 in 1973; seconds will not before the year 5138.
    let seconds = if n.abs() >= 100_000_000_000 {
        n / 1000
    } else {
        n
    };
    let days = jiff::Span::new()
        .try_days(seconds.div_euclid(86_400))
        .ok()?;
    let date = jiff::civil::date(1970, 1, 1).checked_add(days).ok()?;
    Some(date.to_string())
}

/// A record's pay as one line the pay reader understands: a salary text, or its lowest and
/// highest amounts with currency and period.
fn pay(record: &Value, vocab: &RecordsVocab) -> Option<String> {
    let first = |paths: &[String]| first_scalar(record, paths, vocab);
    // Lever's "per-hour-wage": words the pay reader knows once the dashes are spaces; Ashby's
    // "1 YEAR" is one a year, and its "NONE" (an equity component's) no period.
    let period = vocab
        .pay
        .period
        .iter()
        .flat_map(|p| scalars(record, p, vocab))
        .map(|p| p.replace(['-', '_'], " "))
        .find(|p| !p.eq_ignore_ascii_case("none"))
        .map(|p| match p.strip_prefix("1 ") {
            Some(unit) => format!("per {unit}"),
            None => p,
        })
        .unwrap_or_default();
    let (min, max) = (first(&vocab.pay.min), first(&vocab.pay.max));
    let amounts = match (min, max) {
        (Some(lo), Some(hi)) if lo != hi => format!("{lo} - {hi}"),
        (Some(one), _) | (None, Some(one)) => one,
        // A summary's text ("CA$70K – CA$85K") with the period the record gives beside it.
        (None, None) => {
            let text = first(&vocab.pay.text)?;
            return Some(format!("{text} {period}").trim_end().to_string());
        }
    };
    let currency = first(&vocab.pay.currency).unwrap_or_default();
    Some(
        format!("{amounts} {currency} {period}")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    )
}

crate::re::patterns! {
    static ESCAPED_TAG = r"&lt;/?[a-zA-Z][a-zA-Z0-9]*(?:\s|/?&gt;)";
    static ISO_DAY = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(json: &str, columns: &Columns) -> Vec<Result<(String, String), (String, String)>> {
        rows("jobs.json", json, &crate::vocab::BUILTIN.records, columns)
            .into_iter()
            .map(|r| match r {
                Row::Posting(s) => Ok((s.name, s.text)),
                Row::Broken { name, why } => Err((name, why)),
            })
            .collect()
    }

    fn one(json: &str) -> (String, String) {
        let got = read(json, &Columns::default());
        assert_eq!(got.len(), 1, "{got:?}");
        got.into_iter().next().unwrap().expect("a posting")
    }

    #[test]
    fn a_job_board_response_with_escaped_html_becomes_postings() {
        // The shape of Greenhouse's job-board API: HTML written with entities, a zoned time.
        let json = r#"{"jobs": [{"id": 71, "title": "Night Baker", "location": {"name": "Portland, OR"},
            "first_published": "2025-03-04T22:00:00-08:00",
            "content": "&lt;h2&gt;What you will do&lt;/h2&gt;&lt;ul&gt;&lt;li&gt;Bake bread &amp;amp; rolls&lt;/li&gt;&lt;/ul&gt;"}],
            "meta": {"total": 1}}"#;
        let (name, text) = one(json);
        assert_eq!(name, "jobs.json:71");
        assert!(text.starts_with("---\n"), "{text}");
        assert!(text.contains("title: \"Night Baker\"\n"), "{text}");
        assert!(text.contains("location: \"Portland, OR\"\n"), "{text}");
        // The day as written, not the day in UTC (2025-03-05).
        assert!(text.contains("date_posted: \"2025-03-04\"\n"), "{text}");
        assert!(text.contains("# What you will do\n"), "{text}");
        assert!(text.contains("- Bake bread & rolls"), "{text}");
        assert!(!text.contains("&lt;") && !text.contains("<li>"), "{text}");
    }

    #[test]
    fn an_array_of_postings_with_sections_and_epoch_dates() {
        // Lever's shape: the title in `text`, the type and place under `categories`, lists of
        // sections, the date in epoch milliseconds.
        let json = r#"[{"id": "a-1", "text": "Line Cook", "createdAt": 1711403416463,
            "categories": {"commitment": "Part-time", "location": "Leeds, United Kingdom"},
            "description": "<p>Our kitchen is small.</p>",
            "lists": [{"text": "You bring", "content": "<li>Knife skills</li>"}],
            "additional": "<p>Staff meals.</p>"}]"#;
        let (_, text) = one(json);
        assert!(text.contains("title: \"Line Cook\""), "{text}");
        assert!(text.contains("employment_type: \"Part-time\""), "{text}");
        assert!(text.contains("date_posted: \"2024-03-25\""), "{text}");
        let kitchen = text.find("Our kitchen").unwrap();
        let bring = text.find("# You bring").unwrap();
        let knife = text.find("- Knife skills").unwrap();
        let meals = text.find("Staff meals").unwrap();
        assert!(kitchen < bring && bring < knife && knife < meals, "{text}");
        assert_eq!(day("1711403416"), Some("2024-03-25".into()));
        assert_eq!(day("2026-06-22"), Some("2026-06-22".into()));
        assert_eq!(day("soon"), None);
    }

    #[test]
    fn every_place_and_the_pay_fields_are_kept() {
        let json = r#"{"jobs": [{"title": "Courier", "descriptionPlain": "Deliver parcels by bike.",
            "location": "Denver, CO",
            "secondaryLocations": [{"location": "Boulder, CO"}, {"location": "Denver, CO"}],
            "address": {"postalAddress": {"addressLocality": "Denver"}},
            "salaryMin": 20, "salaryMax": 24, "salaryCurrency": "USD", "salaryPeriod": "hourly"}]}"#;
        let (name, text) = one(json);
        assert_eq!(name, "jobs.json:record 1");
        assert!(
            text.contains("location:\n  - \"Denver, CO\"\n  - \"Boulder, CO\"\n"),
            "{text}"
        );
        assert!(text.contains("salary: \"20 - 24 USD hourly\""), "{text}");
        assert!(text.ends_with("Deliver parcels by bike.\n"), "{text}");
    }

    #[test]
    fn workable_exports_are_read_whatever_their_version() {
        // The widget shape: the company's own name and text beside its jobs, which are the
        // postings; a place as an address list and as loose fields.
        let widget = r#"{"name": "Quillfeather", "description": "<p>We make pens.</p>",
            "jobs": [{"title": "Ink Chemist", "shortcode": "9F3A21", "employment_type": "Full-time",
            "telecommuting": false, "published_on": "2025-09-12", "created_at": "2025-08-01",
            "country": "United States", "city": "Albany", "state": "New York",
            "locations": [{"country": "United States", "countryCode": "US", "city": "Albany", "region": "New York", "hidden": false}],
            "description": "<p>Mix inks that do not smudge.</p>"}]}"#;
        let (name, text) = one(widget);
        assert_eq!(name, "jobs.json:9F3A21");
        assert!(text.contains("title: \"Ink Chemist\""), "{text}");
        assert!(text.contains("employment_type: \"Full-time\""), "{text}");
        assert!(text.contains("date_posted: \"2025-09-12\""), "{text}");
        assert!(text.contains("Albany, New York, United States"), "{text}");
        assert!(
            text.contains("Mix inks") && !text.contains("We make pens"),
            "{text}"
        );
        // The API's shape: the place an object with its workplace, pay an object.
        let api = r#"{"jobs": [{"id": "a1", "title": "Kiln Operator", "shortcode": "77B0C1",
            "state": "published", "created_at": "2025-10-02T09:00:00Z",
            "location": {"location_str": "Leeds, England, United Kingdom", "country": "United Kingdom",
              "region": "England", "city": "Leeds", "workplace_type": "on_site"},
            "salary": {"salary_from": 31000, "salary_to": 35000, "salary_currency": "GBP"},
            "description": "Fire the kilns."}], "paging": {}}"#;
        let (_, text) = one(api);
        assert!(
            text.contains("location: \"Leeds, England, United Kingdom\""),
            "{text}"
        );
        assert!(text.contains("work_arrangement: \"on_site\""), "{text}");
        assert!(text.contains("salary: \"31000 - 35000 GBP\""), "{text}");
        assert!(!text.contains("published"), "{text}");
    }

    #[test]
    fn a_file_read_as_no_postings_says_what_it_holds() {
        let why = |json: &str| match &read(json, &Columns::default())[..] {
            [Err((n, why))] if n == "jobs.json" => why.clone(),
            got => panic!("{got:?}"),
        };
        assert!(why(r#"{"jobs": []}"#).contains("`jobs` holds no posting objects"));
        assert!(why("[1, 2]").contains("the top-level array holds no posting objects"));
        let w = why(r#"[{"ref": 1, "summary": "Cook."}, {"ref": 2}]"#);
        assert!(
            w.contains("none of the 2 objects in the top-level array")
                && w.contains("keys of the first are: ref, summary")
                && w.contains("descriptionHtml"),
            "{w}"
        );
    }

    #[test]
    fn labelled_values_become_lines_at_the_top_of_the_text() {
        // Greenhouse's custom fields: a list, an amount with its unit, an empty value.
        let (_, text) = one(
            r#"{"id": 5, "title": "Baker", "content": "Bake bread.", "metadata": [
                {"name": "Employment Type", "value": "Full-time"},
                {"name": "Shifts", "value": ["Early", "Late"]},
                {"name": "Salary Floor", "value": {"amount": "52000.0", "unit": "USD"}},
                {"name": "Cost Center", "value": null},
                {"name": "Notes", "value": "  "}]}"#,
        );
        let body = text.split("---\n\n").nth(1).unwrap();
        assert_eq!(
            body,
            "Employment Type: Full-time\nShifts: Early, Late\nSalary Floor: 52000.0 USD\n\nBake bread.\n"
        );
        // A record with custom fields and no text is still one without text.
        let got = read(
            r#"[{"id": 6, "title": "Baker", "metadata": [{"name": "Type", "value": "Full-time"}]}]"#,
            &Columns::default(),
        );
        assert!(
            matches!(&got[..], [Err((_, why))] if why.starts_with("no text")),
            "{got:?}"
        );
    }

    #[test]
    fn an_address_object_is_read_as_its_parts() {
        let json = r#"[{"title": "Nurse", "description": "Night shifts.",
            "locations": [{"country": "United States", "city": "Boston", "region": "Massachusetts", "hidden": false}]}]"#;
        let (_, text) = one(json);
        assert!(
            text.contains("location: \"Boston, Massachusetts, United States\""),
            "{text}"
        );
    }

    #[test]
    fn notices_are_skipped_and_postings_without_text_are_named() {
        let json = r#"[{"legal": "Terms of use apply."}, {"id": 5, "title": "Porter"},
            {"id": 6, "title": "Host", "description": "Greet guests."}]"#;
        let got = read(json, &Columns::default());
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(matches!(&got[0], Err((n, why)) if n == "jobs.json:5" && why.contains("no text")));
        assert!(matches!(&got[1], Ok((n, _)) if n == "jobs.json:6"));
    }

    #[test]
    fn what_is_not_a_file_of_postings_says_why() {
        let got = read("{\"jobs\": [1, 2,\n  ]}", &Columns::default());
        assert!(
            matches!(&got[..], [Err((n, why))] if n == "jobs.json" && why.contains("line 2, column 3")),
            "{got:?}"
        );
        let got = read(r#"{"version": 2, "count": 0}"#, &Columns::default());
        assert!(
            matches!(&got[..], [Err((_, why))] if why.contains("keys here: version, count")),
            "{got:?}"
        );
    }

    #[test]
    fn a_mapping_that_names_no_key_lists_the_keys() {
        let columns = Columns {
            fields: vec![("location".into(), "site.city".into())],
            ..Columns::default()
        };
        let got = read(r#"[{"title": "Cook", "description": "Cook."}]"#, &columns);
        assert!(
            matches!(&got[..], [Err((_, why))] if why.contains("`site.city`") && why.contains("title, description")),
            "{got:?}"
        );
        // A mapping that exists overrides the vocabulary's.
        let columns = Columns {
            fields: vec![("location".into(), "site.city".into())],
            text: vec!["body".into()],
            id: Some("ref".into()),
        };
        let json = r#"[{"ref": "R9", "title": "Cook", "location": "Nowhere", "site": {"city": "Austin, TX"}, "body": "Cook."}]"#;
        let got = read(json, &columns);
        let Ok((name, text)) = &got[0] else {
            panic!("{got:?}")
        };
        assert_eq!(name, "jobs.json:R9");
        assert!(
            text.contains("location: \"Austin, TX\"") && !text.contains("Nowhere"),
            "{text}"
        );
    }
}
