//! What a saved page's `application/ld+json` JobPosting states, and where it contradicts the
//! page's visible text (`jsonld/mismatch`).
//!
//! Search engines show the JSON-LD; applicants read the text. When the two disagree on pay,
//! place or employment type, one of them is wrong, and pay-transparency laws care about both.

use super::employment::ValueTypes;
use super::{EmploymentType, Fact, Facts, Location, Pay, Period, WorkArrangement, Ymd, location};
use crate::document::Document;
use crate::source::{Format, Source, Span};
use serde_json::Value;

/// One contradiction: the page's JSON-LD says `page` (at the fact's span), the visible text says
/// `text` (at `text_span`).
#[derive(Debug, Clone, PartialEq)]
pub struct Mismatch {
    /// `salary`, `location`, `work arrangement` or `employment type`: one mismatch a field.
    pub field: &'static str,
    pub page: String,
    pub text: String,
    pub text_span: Span,
}

/// The JobPosting facts of the page's JSON-LD scripts (the first JobPosting found), each at
/// the span of its property's key.
#[derive(Debug, Default)]
pub struct PageFacts {
    title: Option<Fact<String>>,
    date_posted: Option<Fact<Ymd>>,
    deadline: Option<Fact<Ymd>>,
    pay: Option<Fact<Pay>>,
    places: Vec<Fact<Location>>,
    remote: Option<Span>,
    employment_types: Vec<Fact<EmploymentType>>,
}

impl PageFacts {
    /// Gives `facts` what the JobPosting states and the visible text does not: a page's
    /// structured data is a source of facts like its text (a page built by a script states
    /// its date, type and place nowhere else).
    pub fn fill(self, facts: &mut Facts) {
        if facts.title.is_none() {
            facts.title = self.title;
        }
        if facts.date_posted.is_none() {
            facts.date_posted = self.date_posted;
        }
        if facts.deadline.is_none() {
            facts.deadline = self.deadline;
        }
        if facts.pay.is_empty() {
            facts.pay.extend(self.pay);
        }
        if facts.locations.is_empty() {
            facts.locations = self.places;
        }
        if facts.work_arrangement.is_empty()
            && let Some(span) = self.remote
        {
            facts
                .work_arrangement
                .push(Fact::new(WorkArrangement::FullyRemote, span));
        }
        if facts.employment_types.is_empty() {
            let types = listed_types(self.employment_types);
            for t in &types {
                if t.value.is_fixed_term() {
                    facts
                        .fixed_term
                        .push(Fact::new(t.value.as_str().to_string(), t.span));
                }
            }
            facts.employment_types = types;
        }
    }
}

/// What a list of types (`employmentType: ["FULL_TIME", "CONTRACTOR"]`) says of one job, as
/// the same words in text do: hours and terms together describe it (a full-time contract), and
/// the terms come first, the type `extract` shows; two hours ("FULL_TIME", "PART_TIME") or two
/// terms are a choice and state neither, but terms that all end (a contract or a temporary
/// job) still make the job fixed-term.
fn listed_types(types: Vec<Fact<EmploymentType>>) -> Vec<Fact<EmploymentType>> {
    let distinct = |hours: bool| {
        let mut kinds: Vec<EmploymentType> = types
            .iter()
            .map(|t| t.value)
            .filter(|t| t.is_hours() == hours)
            .collect();
        kinds.dedup();
        kinds
    };
    let terms = distinct(false);
    let one_term = terms.len() <= 1 || terms.iter().all(|t| t.is_fixed_term());
    let one_hours = distinct(true).len() <= 1;
    let (mut terms, hours): (Vec<_>, Vec<_>) = types.into_iter().partition(|t| !t.value.is_hours());
    terms.retain(|_| one_term);
    terms.extend(hours.into_iter().filter(|_| one_hours));
    terms.dedup_by_key(|t| t.value);
    terms
}

/// What a page's JSON-LD gives the checks: where it contradicts the visible text, and where it
/// cannot be read (not JSON, an amount that is not one), each with its span; and what it
/// states.
#[derive(Debug, Default)]
pub struct Embedded {
    pub mismatches: Vec<Fact<Mismatch>>,
    pub invalid: Vec<Fact<String>>,
    pub page: PageFacts,
}

/// The contradictions between a page's JSON-LD and the facts of its visible text, and the
/// JSON-LD that cannot be read.
pub fn read(
    source: &Source,
    places: &location::PlaceMatcher,
    value_types: &ValueTypes,
    visible: &Facts,
) -> Embedded {
    let Some(rendered) = &source.rendered else {
        return Embedded::default();
    };
    let mut invalid = Vec::new();
    // Every script is read, so that each one that is broken is reported; the first JobPosting
    // is compared with the text.
    let mut page = None;
    for &script in &rendered.json_ld {
        let facts = page_facts(&source.text, script, places, value_types, &mut invalid);
        if page.is_none() {
            page = facts;
        }
    }
    let page = page.unwrap_or_default();
    Embedded {
        mismatches: mismatches(source, &page, visible),
        invalid,
        page,
    }
}

/// Where the page's JobPosting contradicts the facts of its visible text: every field that
/// does, each once.
fn mismatches(source: &Source, page: &PageFacts, visible: &Facts) -> Vec<Fact<Mismatch>> {
    let text = |span: Span| source.text[span.range()].trim().to_string();
    let mut out = Vec::new();
    let mut push = |field, page: String, page_span, text_span| {
        out.push(Fact::new(
            Mismatch {
                field,
                page,
                text: text(text_span),
                text_span,
            },
            page_span,
        ));
    };
    if let Some(p) = &page.pay
        && let Some(first) = visible.pay.first()
        && !visible.pay.iter().any(|v| same_pay(&p.value, &v.value))
    {
        push("salary", describe_pay(&p.value), p.span, first.span);
    }
    let seen: Vec<&Fact<Location>> = visible
        .locations
        .iter()
        .filter(|l| !l.value.remote)
        .collect();
    // A remote role's areas are where applicants may be, not a place of work to compare.
    let sites: Vec<&Fact<Location>> = page.places.iter().filter(|p| !p.value.remote).collect();
    if let Some(first) = seen.first()
        && let Some(p) = sites.first()
        && !sites
            .iter()
            .any(|p| seen.iter().any(|v| same_place(&p.value, &v.value)))
    {
        push("location", p.value.text.clone(), p.span, first.span);
    }
    let on_site_only = !visible.work_arrangement.is_empty()
        && visible.work_arrangement.iter().all(|w| {
            matches!(
                w.value,
                WorkArrangement::Onsite | WorkArrangement::OnsiteRequired
            )
        });
    if let Some(span) = page.remote
        && on_site_only
    {
        push(
            "work arrangement",
            "remote work (TELECOMMUTE)".to_string(),
            span,
            visible.work_arrangement[0].span,
        );
    }
    if let (Some(p), Some(first)) = (
        page.employment_types.first(),
        visible.employment_types.first(),
    ) && !page
        .employment_types
        .iter()
        .any(|p| visible.employment_types.iter().any(|v| v.value == p.value))
    {
        push(
            "employment type",
            p.value.as_str().to_string(),
            p.span,
            first.span,
        );
    }
    out
}

/// The JobPosting facts of one script; why it cannot be read goes to `invalid`.
fn page_facts(
    text: &str,
    script: Span,
    places: &location::PlaceMatcher,
    value_types: &ValueTypes,
    invalid: &mut Vec<Fact<String>>,
) -> Option<PageFacts> {
    let json: Value = match serde_json::from_str(&text[script.range()]) {
        Ok(json) => json,
        Err(e) => {
            invalid.push(json_error(text, script, &e));
            return None;
        }
    };
    let posting = crate::source::json_ld::job_posting(&json)?;
    // A property's span: where its key is written in the script.
    let key_span = |key: &str| {
        let quoted = format!("\"{key}\"");
        text[script.range()].find(&quoted).map_or(script, |i| {
            Span::new(script.start + i, script.start + i + quoted.len())
        })
    };
    let mut facts = PageFacts::default();
    let string = |key: &str| {
        posting
            .get(key)
            .and_then(Value::as_str)
            .map(|s| html_escape::decode_html_entities(s.trim()).into_owned())
            .filter(|s| !s.is_empty())
    };
    facts.title = string("title").map(|t| Fact::new(t, key_span("title")));
    let date = |key: &str| {
        let (day, _) = super::dates::parse_date(&string(key)?)?;
        Some(Fact::new(day, key_span(key)))
    };
    facts.date_posted = date("datePosted");
    facts.deadline = date("validThrough");
    if let Some(salary) = posting.get("baseSalary") {
        let span = key_span("baseSalary");
        let mut problems = Vec::new();
        facts.pay = pay_of(salary, &mut problems).map(|p| Fact::new(p, span));
        invalid.extend(
            problems
                .into_iter()
                .map(|why| Fact::new(format!("baseSalary: {why}"), span)),
        );
    }
    if let Some(loc) = posting.get("jobLocation") {
        let span = key_span("jobLocation");
        for address in one_or_many(loc).filter_map(address_text) {
            facts
                .places
                .extend(parse_place(&address, places).map(|l| Fact::new(l, span)));
        }
    }
    // A remote role's areas (`Country`, `State`: "USA"): places it may be done from.
    if let Some(areas) = posting.get("applicantLocationRequirements") {
        let span = key_span("applicantLocationRequirements");
        for area in one_or_many(areas) {
            let name = area.get("name").and_then(Value::as_str).map(str::to_string);
            if let Some(mut place) = name
                .or_else(|| address_text(area))
                .and_then(|a| parse_place(&a, places))
            {
                place.remote = true;
                facts.places.push(Fact::new(place, span));
            }
        }
    }
    if posting
        .get("jobLocationType")
        .and_then(Value::as_str)
        .is_some_and(|t| t.eq_ignore_ascii_case("TELECOMMUTE"))
    {
        facts.remote = Some(key_span("jobLocationType"));
    }
    if let Some(types) = posting.get("employmentType") {
        let span = key_span("employmentType");
        facts.employment_types = one_or_many(types)
            .filter_map(Value::as_str)
            .filter_map(|w| value_types.get(w))
            .map(|t| Fact::new(t, span))
            .collect();
    }
    Some(facts)
}

fn one_or_many(v: &Value) -> impl Iterator<Item = &Value> {
    match v {
        Value::Array(items) => items.iter().collect::<Vec<_>>().into_iter(),
        other => vec![other].into_iter(),
    }
}

/// An amount of money: a number, or a string of one ("52,000"). One that is not finite or is
/// below zero (`1e400`, `-5`) is no amount: why goes to `problems`.
fn amount(key: &str, v: &Value, problems: &mut Vec<String>) -> Option<f64> {
    let n = match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) => s.trim().replace(',', "").parse::<f64>().ok(),
        _ => None,
    }?;
    if n.is_finite() && n >= 0.0 {
        // A template's `0.0` states no amount.
        (n > 0.0).then_some(n)
    } else {
        problems.push(format!("{key} {v} is not an amount of money"));
        None
    }
}

/// A `MonetaryAmount`: `{currency, value: {minValue, maxValue | value, unitText}}`.
fn pay_of(salary: &Value, problems: &mut Vec<String>) -> Option<Pay> {
    let currency = salary
        .get("currency")
        .and_then(Value::as_str)
        .map(|c| c.trim().to_ascii_uppercase());
    let value = salary.get("value").unwrap_or(salary);
    let mut get = |key: &str, v: Option<&Value>| v.and_then(|v| amount(key, v, problems));
    let (min, max) = match value {
        Value::Object(q) => {
            let single = get("value", q.get("value"));
            (
                get("minValue", q.get("minValue")).or(single),
                get("maxValue", q.get("maxValue")).or(single),
            )
        }
        other => {
            let n = get("value", Some(other));
            (n, n)
        }
    };
    if min.is_none() && max.is_none() {
        return None;
    }
    let unit = value
        .get("unitText")
        .or_else(|| salary.get("unitText"))
        .and_then(Value::as_str)
        .map(str::to_ascii_lowercase);
    Some(Pay {
        min,
        max,
        currency,
        period: unit.as_deref().and_then(Period::parse),
    })
}

/// A `Place`'s address as a line of text: "Denver, CO, US".
fn address_text(place: &Value) -> Option<String> {
    let address = place.get("address").unwrap_or(place);
    if let Some(s) = address.as_str() {
        return Some(s.to_string());
    }
    let part = |key: &str| {
        address.get(key).and_then(|v| {
            v.as_str()
                .or_else(|| v.get("name").and_then(Value::as_str))
                .map(str::to_string)
        })
    };
    let parts: Vec<String> = ["addressLocality", "addressRegion", "addressCountry"]
        .iter()
        .filter_map(|k| part(k))
        .filter(|p| !p.trim().is_empty())
        .collect();
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// Reads an address with the same place vocabulary as the visible text.
fn parse_place(address: &str, places: &location::PlaceMatcher) -> Option<Location> {
    let source = Source::new("json-ld", format!("Location: {address}\n"), Format::Text);
    let doc = Document::parse(&source, &crate::vocab::BUILTIN);
    let scan = super::scan::Scan::new(&source.text, &doc);
    let mut found = places.extract(&scan, &doc).into_iter().map(|f| f.value);
    let mut place = found.next()?;
    place.text = address.to_string();
    Some(place)
}

/// The same pay: amounts within 1%, and currency and period equal where both state them.
fn same_pay(a: &Pay, b: &Pay) -> bool {
    let close = |x: Option<f64>, y: Option<f64>| match (x, y) {
        (Some(x), Some(y)) => (x - y).abs() <= 0.01 * x.abs().max(y.abs()),
        _ => true,
    };
    let agree = |x: Option<&str>, y: Option<&str>| x.is_none() || y.is_none() || x == y;
    close(a.min, b.min)
        && close(a.max, b.max)
        && agree(a.currency.as_deref(), b.currency.as_deref())
        && agree(a.period.map(Period::as_str), b.period.map(Period::as_str))
}

/// The same place at the most precise level both state: region, else country, else city.
fn same_place(a: &Location, b: &Location) -> bool {
    match (&a.region, &b.region, &a.country, &b.country) {
        (Some(x), Some(y), _, _) => x == y,
        (_, _, Some(x), Some(y)) if x != y => false,
        _ => match (&a.city, &b.city) {
            (Some(x), Some(y)) => x.eq_ignore_ascii_case(y),
            _ => true,
        },
    }
}

fn describe_pay(p: &Pay) -> String {
    let amount = |v: Option<f64>| v.map(super::format_number);
    let range = match (amount(p.min), amount(p.max)) {
        (Some(a), Some(b)) if a == b => a,
        (Some(a), Some(b)) => format!("{a}–{b}"),
        (Some(a), None) | (None, Some(a)) => a,
        (None, None) => String::new(),
    };
    let currency = p
        .currency
        .as_deref()
        .map(|c| format!("{c} "))
        .unwrap_or_default();
    let period = p
        .period
        .map(|p| format!(" per {}", p.as_str()))
        .unwrap_or_default();
    format!("{currency}{range}{period}")
}

/// A script that is not JSON: why, at the place in the page where the parser stopped.
fn json_error(text: &str, script: Span, e: &serde_json::Error) -> Fact<String> {
    let body = &text[script.range()];
    // The parser counts lines from 1 and the bytes of a line from 1.
    let line_start: usize = body
        .split_inclusive('\n')
        .take(e.line().saturating_sub(1))
        .map(str::len)
        .sum();
    let at = (line_start + e.column().saturating_sub(1)).min(body.len());
    let at = crate::re::floor_char_boundary(body, at);
    // One character there, or the script's last when the text ended early.
    let one = |i: usize| body[i..].chars().next().map_or(0, char::len_utf8);
    let (start, len) = match one(at) {
        0 => {
            let last = body.trim_end().char_indices().last().map_or(0, |(i, _)| i);
            (last, one(last))
        }
        n => (at, n),
    };
    let message = e.to_string();
    // "... at line 1 column 180": the span says where.
    let why = message
        .rsplit_once(" at line ")
        .map_or(message.as_str(), |(why, _)| why);
    Fact::new(
        format!("not valid JSON: {why}"),
        Span::new(script.start + start, script.start + start + len),
    )
}
