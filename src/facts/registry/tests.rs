//! What the facts give the rule engine and `extract` is what the table declares.

use super::{FieldType, REGISTRY, Value, fact_def};
use crate::document::Document;
use crate::facts::{FactsJson, Records};
use crate::source::{Format, Source};
use std::collections::{BTreeMap, BTreeSet};

/// Postings we wrote that between them state every fact: the examples, and a few made to
/// state what no example does (a page in Windows-1252 with broken JSON-LD, front matter that
/// is not YAML, an impossible date, a German title without a marker).
fn postings() -> Vec<Source> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(root.join("examples")).sort_by_file_name() {
        let path = entry.unwrap().into_path();
        if matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("md" | "txt" | "html")
        ) {
            out.push(Source::read(&path).unwrap());
        }
    }
    let ld = r#"{"@type":"JobPosting","title":"Barista","baseSalary":{"currency":"USD","value":{"minValue":25,"maxValue":30,"unitText":"HOUR"}}}"#;
    let mut page = format!(
        "<html><body><h1>Barista</h1><p>Location: Denver, CO</p><p>Pay: $18 - $22 per hour</p>\
         <p>You must work on site every day. Caf\u{e9} staff.</p>\
         <script type=\"application/ld+json\">{ld}</script>\
         <script type=\"application/ld+json\">{{oops</script></body></html>\n"
    )
    .into_bytes();
    // "Café" in Windows-1252: 0xE9 is not UTF-8.
    let e_acute = page
        .windows(2)
        .position(|w| w == "\u{e9}".as_bytes())
        .unwrap();
    page.splice(e_acute..e_acute + 2, [0xE9]);
    out.push(Source::from_bytes("page.html", page, Format::Html).unwrap());
    out.push(Source::new(
        "broken.md",
        "---\ntitle: [Analyst\n---\n# Analyst\n\nLocation: Austin, TX\n\nU.S. citizens only, with an active security clearance.\n\nYou have 3-5 years of experience in analytics.\n\nPosted: 2026-02-30\n",
        Format::Markdown,
    ));
    out.push(Source::new(
        "de.md",
        "# Softwareentwickler\n\nWir suchen Verstärkung für unser Team in Leipzig. Du arbeitest eng mit den Kolleginnen und Kollegen zusammen und bringst eigene Ideen ein.\n",
        Format::Markdown,
    ));
    out
}

fn facts_of(source: &Source) -> (Records, serde_json::Value) {
    let vocab = crate::rules::builtin_vocabulary();
    let doc = Document::parse(source, vocab);
    let facts = crate::facts::BUILTIN_EXTRACTOR.extract(source, &doc);
    let json = serde_json::to_value(FactsJson::new(source, &facts, true)).unwrap();
    (facts.records(2026), json)
}

fn has_type(v: &Value, t: FieldType) -> bool {
    match (v, t) {
        (Value::Num(_), FieldType::Num)
        | (Value::Str(_), FieldType::Str)
        | (Value::Bool(_), FieldType::Bool) => true,
        (Value::Str(s), FieldType::Enum(names)) => names.contains(&s.as_str()),
        _ => false,
    }
}

#[test]
fn records_are_the_facts_and_fields_the_registry_declares() {
    // Every field of every fact seen in some posting, by fact.
    let mut seen: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for source in postings() {
        let (records, _) = facts_of(&source);
        for (name, list) in &records {
            let def = fact_def(name)
                .unwrap_or_else(|| panic!("{}: fact `{name}` is not declared", source.name));
            let fields = seen.entry(def.name).or_default();
            for record in list {
                for (field, value) in &record.fields {
                    let (_, t) = def
                        .fields
                        .iter()
                        .find(|(f, _)| f == field)
                        .unwrap_or_else(|| {
                            panic!("{}: `{name}.{field}` is not declared", source.name)
                        });
                    assert!(
                        has_type(value, *t),
                        "{}: `{name}.{field}` is {value:?}, declared {t:?}",
                        source.name
                    );
                    fields.insert(field);
                }
            }
        }
    }
    // And everything declared is given by some posting: no fact or field is declared and
    // never filled.
    for def in REGISTRY {
        let fields = seen.get(def.name);
        assert!(fields.is_some(), "no posting states `{}`", def.name);
        for (field, _) in def.fields {
            assert!(
                fields.unwrap().contains(field),
                "no posting gives `{}.{field}`",
                def.name
            );
        }
    }
}

#[test]
fn extract_json_has_the_keys_the_registry_declares() {
    let declared: BTreeSet<&str> = REGISTRY
        .iter()
        .flat_map(|d| d.extract_keys.iter().copied())
        .chain(["path", "spans"])
        .collect();
    // `spans` says where each fact of the object came from: by its fact's name, or its key.
    let span_keys: BTreeSet<&str> = REGISTRY
        .iter()
        .filter(|d| !d.extract_keys.is_empty())
        .flat_map(|d| std::iter::once(d.name).chain(d.extract_keys.iter().copied()))
        .collect();
    for source in postings() {
        let (_, json) = facts_of(&source);
        let keys: BTreeSet<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        assert_eq!(keys, declared, "{}", source.name);
        for key in json["spans"].as_object().unwrap().keys() {
            assert!(
                span_keys.contains(key.as_str()),
                "{}: span of `{key}`",
                source.name
            );
        }
    }
    // docs/extract.md describes each key.
    let doc = include_str!("../../../docs/extract.md");
    for key in declared.iter().filter(|k| **k != "spans") {
        assert!(
            doc.contains(&format!("`{key}`")),
            "docs/extract.md: `{key}`"
        );
    }
}

#[test]
fn enum_fields_list_their_values_as_rules_write_them() {
    let values = |fact: &str, field: &str| match fact_def(fact)
        .and_then(|d| d.fields.iter().find(|(f, _)| *f == field))
        .map(|(_, t)| *t)
    {
        Some(FieldType::Enum(v)) => v.to_vec(),
        other => panic!("{fact}.{field}: {other:?}"),
    };
    assert_eq!(
        values("pay", "period"),
        ["hour", "day", "week", "month", "year"]
    );
    assert_eq!(
        values("work_arrangement", "value"),
        ["remote", "hybrid", "onsite"]
    );
    assert_eq!(
        values("employment_type", "value"),
        [
            "FULL_TIME",
            "PART_TIME",
            "CONTRACTOR",
            "TEMPORARY",
            "INTERN",
            "PERMANENT",
            "PER_DIEM",
            "VOLUNTEER"
        ]
    );
    assert_eq!(
        values("benefits", "value"),
        [
            "health",
            "retirement",
            "time_off",
            "equity",
            "bonus",
            "insurance",
            "other"
        ]
    );
    assert_eq!(values("invalid_date", "of"), ["date_posted", "deadline"]);
    assert_eq!(
        values("gender_coded", "lean"),
        ["masculine", "feminine", "neutral"]
    );
}
