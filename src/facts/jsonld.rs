//! A posting as a schema.org `JobPosting` (JSON-LD), following Google's structured-data
//! guidelines: title, description, datePosted, validThrough, employmentType, hiringOrganization,
//! jobLocation (a `Place` with a `PostalAddress`) or `jobLocationType: TELECOMMUTE` with
//! `applicantLocationRequirements`, and baseSalary (a `MonetaryAmount`).
//!
//! Nothing is invented: a property the posting does not state is left out, and the required
//! ones that are missing are returned so that the caller can report them.

use super::{EmploymentType, Facts, Period, WorkArrangement};
use crate::document::{BlockKind, Document};
use crate::source::Source;
use serde_json::{Map, Value, json};

/// Front-matter keys that name the employer.
const ORGANIZATION_KEYS: &[&str] = &[
    "hiring_organization",
    "organization",
    "organisation",
    "company",
    "employer",
    "agency",
];

/// The JobPosting, and the required properties that could not be filled, each with why.
pub fn job_posting(source: &Source, doc: &Document, facts: &Facts) -> (Value, Vec<String>) {
    let text = source.text.as_str();
    let mut o = Map::new();
    let mut missing = Vec::new();
    o.insert("@context".into(), json!("https://schema.org/"));
    o.insert("@type".into(), json!("JobPosting"));
    match &facts.title {
        Some(t) => {
            o.insert("title".into(), json!(t.value));
        }
        None => missing.push("title: the posting has no title".to_string()),
    }
    let title = facts.title.as_ref().map(|t| t.value.trim());
    let description = description_html(text, doc, title);
    if description.is_empty() {
        missing.push("description: the posting has no text".to_string());
    } else {
        o.insert("description".into(), json!(description));
    }
    match &facts.date_posted {
        Some(d) if d.value.day.is_some() => {
            o.insert("datePosted".into(), json!(d.value.to_string()));
        }
        _ => missing.push("datePosted: the posting states no full posting date".to_string()),
    }
    if let Some(d) = facts.deadline.as_ref().filter(|d| d.value.day.is_some()) {
        o.insert("validThrough".into(), json!(d.value.to_string()));
    }
    let types: Vec<&str> = facts
        .employment_types
        .iter()
        .filter_map(|e| schema_employment_type(e.value))
        .fold(Vec::new(), |mut v, t| {
            if !v.contains(&t) {
                v.push(t);
            }
            v
        });
    match types.as_slice() {
        [] => {}
        [one] => {
            o.insert("employmentType".into(), json!(one));
        }
        many => {
            o.insert("employmentType".into(), json!(many));
        }
    }
    let organization = doc.front_matter.as_ref().and_then(|fm| {
        ORGANIZATION_KEYS
            .iter()
            .find_map(|k| fm.get(k))
            .map(|f| f.value.trim().to_string())
            .filter(|v| !v.is_empty())
    });
    match organization {
        Some(name) => {
            o.insert(
                "hiringOrganization".into(),
                json!({"@type": "Organization", "name": name}),
            );
        }
        None => missing.push(
            "hiringOrganization: the employer is not named in the front matter (company, organization, employer)"
                .to_string(),
        ),
    }
    locations(facts, &mut o, &mut missing);
    if let Some(salary) = facts.pay.first().and_then(|p| base_salary(&p.value)) {
        o.insert("baseSalary".into(), salary);
    }
    (Value::Object(o), missing)
}

/// Google's employment types; `PERMANENT` has none.
fn schema_employment_type(t: EmploymentType) -> Option<&'static str> {
    let s = t.as_str();
    matches!(
        s,
        "FULL_TIME"
            | "PART_TIME"
            | "CONTRACTOR"
            | "TEMPORARY"
            | "INTERN"
            | "VOLUNTEER"
            | "PER_DIEM"
    )
    .then_some(s)
}

/// Physical places as `jobLocation`; a fully remote role as `TELECOMMUTE` with the areas it is
/// open to.
fn locations(facts: &Facts, o: &mut Map<String, Value>, missing: &mut Vec<String>) {
    let remote = facts
        .work_arrangement
        .iter()
        .any(|w| w.value == WorkArrangement::FullyRemote)
        || (!facts.locations.is_empty() && facts.locations.iter().all(|l| l.value.remote));
    let places: Vec<Value> = facts
        .locations
        .iter()
        .map(|l| &l.value)
        .filter(|l| l.city.is_some() || l.region.is_some() || l.country.is_some())
        .map(|l| {
            let mut address = Map::new();
            address.insert("@type".into(), json!("PostalAddress"));
            if let Some(c) = &l.city {
                address.insert("addressLocality".into(), json!(c));
            }
            if let Some(r) = &l.region {
                // ISO 3166-2 without its country: "US-CO" is "CO".
                let short = r.split_once('-').map_or(r.as_str(), |(_, s)| s);
                address.insert("addressRegion".into(), json!(short));
            }
            if let Some(c) = &l.country {
                address.insert("addressCountry".into(), json!(c));
            }
            json!({"@type": "Place", "address": Value::Object(address)})
        })
        .fold(Vec::new(), |mut v: Vec<Value>, p| {
            if !v.contains(&p) {
                v.push(p);
            }
            v
        });
    if remote {
        o.insert("jobLocationType".into(), json!("TELECOMMUTE"));
        let areas: Vec<Value> = facts
            .locations
            .iter()
            .map(|l| &l.value)
            .filter_map(|l| match (&l.region, &l.country) {
                (Some(r), _) => Some(json!({"@type": "State", "name": r})),
                (None, Some(c)) => Some(json!({"@type": "Country", "name": c})),
                _ => None,
            })
            .collect();
        if areas.is_empty() {
            missing.push(
                "applicantLocationRequirements: a remote role that names no country or region"
                    .to_string(),
            );
        } else {
            o.insert("applicantLocationRequirements".into(), json!(areas));
        }
    } else if places.is_empty() {
        missing.push("jobLocation: the posting states no work location".to_string());
    } else if places.len() == 1 {
        o.insert(
            "jobLocation".into(),
            places.into_iter().next().expect("one"),
        );
    } else {
        o.insert("jobLocation".into(), json!(places));
    }
}

/// `baseSalary` as a `MonetaryAmount`; none without a currency (schema.org requires one).
fn base_salary(pay: &super::Pay) -> Option<Value> {
    let currency = pay.currency.as_ref()?;
    let mut value = Map::new();
    value.insert("@type".into(), json!("QuantitativeValue"));
    match (pay.min, pay.max) {
        (Some(a), Some(b)) if a == b => {
            value.insert("value".into(), json!(a));
        }
        (min, max) => {
            if let Some(a) = min {
                value.insert("minValue".into(), json!(a));
            }
            if let Some(b) = max {
                value.insert("maxValue".into(), json!(b));
            }
        }
    }
    if let Some(p) = pay.period {
        let unit = match p {
            Period::Hour => "HOUR",
            Period::Day => "DAY",
            Period::Week => "WEEK",
            Period::Month => "MONTH",
            Period::Year => "YEAR",
        };
        value.insert("unitText".into(), json!(unit));
    }
    Some(json!({
        "@type": "MonetaryAmount",
        "currency": currency,
        "value": Value::Object(value),
    }))
}

/// The posting's text (title, front matter, chrome and code left out) as simple HTML:
/// headings, paragraphs and lists.
fn description_html(text: &str, doc: &Document, title: Option<&str>) -> String {
    let mut html = String::new();
    let mut in_list = false;
    for b in doc.text_blocks() {
        let raw = text[b.content.range()].trim();
        // The title is its own property (it may be a heading, or front matter's `title`).
        if doc
            .title
            .is_some_and(|t| b.content.contains(t) || t.contains(b.content))
            || (matches!(b.kind, BlockKind::Heading { .. }) && Some(raw) == title)
        {
            continue;
        }
        let content = inline_html(raw);
        if content.is_empty() {
            continue;
        }
        let is_item = b.kind == BlockKind::ListItem;
        if in_list && !is_item {
            html.push_str("</ul>");
        }
        if is_item && !in_list {
            html.push_str("<ul>");
        }
        in_list = is_item;
        match &b.kind {
            BlockKind::Heading { .. } => html.push_str(&format!("<h2>{content}</h2>")),
            BlockKind::ListItem => html.push_str(&format!("<li>{content}</li>")),
            BlockKind::Field { .. } => html.push_str(&format!(
                "<p>{}</p>",
                inline_html(text[b.span.range()].trim())
            )),
            _ => html.push_str(&format!("<p>{content}</p>")),
        }
    }
    if in_list {
        html.push_str("</ul>");
    }
    html
}

/// Markdown emphasis and links as HTML, the rest escaped: `**Pay:**` is "Pay:", and
/// `[text](url)` a link. Entities are decoded once, then everything is escaped once (`&amp;`
/// stays `&amp;`). A link to a script (`javascript:`, `vbscript:`, `data:`) is kept as its text.
fn inline_html(s: &str) -> String {
    let text = |s: &str| escape(&html_escape::decode_html_entities(&strip_emphasis(s)));
    let mut out = String::new();
    let mut rest = s;
    while let Some(open) = rest.find('[') {
        let Some((label, url, end)) = link_at(&rest[open..]) else {
            out.push_str(&text(&rest[..=open]));
            rest = &rest[open + 1..];
            continue;
        };
        out.push_str(&text(&rest[..open]));
        let url = html_escape::decode_html_entities(url);
        if runs_script(&url) {
            out.push_str(&text(label));
        } else {
            out.push_str(&format!("<a href=\"{}\">{}</a>", escape(&url), text(label)));
        }
        rest = &rest[open + end..];
    }
    out.push_str(&text(rest));
    out
}

/// Whether a link address runs code when followed, as browsers read it (case and the blanks
/// and control characters they skip do not matter).
fn runs_script(url: &str) -> bool {
    let scheme: String = url
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .take_while(|c| *c != ':')
        .collect::<String>()
        .to_ascii_lowercase();
    url.contains(':') && matches!(scheme.as_str(), "javascript" | "vbscript" | "data")
}

/// `[text](url)` or `[text](url "title")` at the start of `s`: the text, the url, and where
/// the link ends. The address may hold balanced parentheses (`/wiki/Acme_(company)`).
fn link_at(s: &str) -> Option<(&str, &str, usize)> {
    let close = s.find("](")?;
    let text = &s[1..close];
    if text.contains(['[', ']']) {
        return None;
    }
    let start = close + 2;
    let mut depth = 0usize;
    let mut end = None;
    for (i, c) in s[start..].char_indices() {
        match c {
            '(' => depth += 1,
            ')' if depth == 0 => {
                end = Some(start + i);
                break;
            }
            ')' => depth -= 1,
            _ => {}
        }
    }
    let end = end?;
    let inside = s[start..end].trim();
    let url = inside.split_whitespace().next()?;
    let title = inside[url.len()..].trim();
    let titled = title.is_empty() || title.starts_with(['"', '\'', '(']);
    titled.then_some((text, url, end + 1))
}

fn strip_emphasis(s: &str) -> String {
    s.replace("**", "").replace("__", "")
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lint::Linter;
    use crate::rules::RuleSet;
    use crate::source::Format;

    fn ld(text: &str) -> (Value, Vec<String>) {
        let linter = Linter::new(RuleSet::load(&[] as &[&std::path::Path]).unwrap());
        let src = Source::new("t.md", text, Format::Markdown);
        let (doc, facts) = linter.facts(&src);
        job_posting(&src, &doc, &facts)
    }

    #[test]
    fn a_complete_posting() {
        let (v, missing) = ld(
            "---\ncompany: Acme Tools\ndate: 2026-02-03\ncloses: 2026-03-01\n---\n# Barista\n\n**Location:** Denver, CO\n\n**Pay:** $19.50 – $22.00 per hour\n\nFull-time role.\n\n## Duties\n\n- Make coffee & tea\n",
        );
        assert!(missing.is_empty(), "{missing:?}");
        assert_eq!(v["@type"], "JobPosting");
        assert_eq!(v["title"], "Barista");
        assert_eq!(v["datePosted"], "2026-02-03");
        assert_eq!(v["validThrough"], "2026-03-01");
        assert_eq!(v["employmentType"], "FULL_TIME");
        assert_eq!(v["hiringOrganization"]["name"], "Acme Tools");
        assert_eq!(v["jobLocation"]["address"]["addressLocality"], "Denver");
        assert_eq!(v["jobLocation"]["address"]["addressRegion"], "CO");
        assert_eq!(v["jobLocation"]["address"]["addressCountry"], "US");
        let salary = &v["baseSalary"];
        assert_eq!(salary["currency"], "USD");
        assert_eq!(salary["value"]["minValue"], 19.5);
        assert_eq!(salary["value"]["maxValue"], 22.0);
        assert_eq!(salary["value"]["unitText"], "HOUR");
        let d = v["description"].as_str().unwrap();
        assert!(
            d.contains("<h2>Duties</h2><ul><li>Make coffee &amp; tea</li></ul>"),
            "{d}"
        );
        assert!(!d.contains("Barista"), "the title is not repeated: {d}");
    }

    #[test]
    fn markdown_inline_markup_becomes_html_and_the_title_is_not_repeated() {
        let (v, _) = ld(
            "---\ntitle: Support Agent\n---\n# Support Agent\n\n**Pay:** $20 per hour. See [our site](https://example.com/jobs?a=1&b=2) <now>.\n",
        );
        let d = v["description"].as_str().unwrap();
        assert_eq!(
            d,
            "<p>Pay: $20 per hour. See <a href=\"https://example.com/jobs?a=1&amp;b=2\">our site</a> &lt;now&gt;.</p>"
        );
    }

    #[test]
    fn links_are_whole_script_links_are_text_and_entities_decode_once() {
        let (v, _) = ld(
            "# Dev\n\nRead [about us](https://x.example/wiki/Acme_(company)) and [apply](https://x.example/a \"Apply now\"). [click](JavaScript:alert(5)) [data]( data:text/html,x). Tom &amp; Jerry, R&amp;D.\n",
        );
        let d = v["description"].as_str().unwrap();
        assert_eq!(
            d,
            "<p>Read <a href=\"https://x.example/wiki/Acme_(company)\">about us</a> and <a href=\"https://x.example/a\">apply</a>. click data. Tom &amp; Jerry, R&amp;D.</p>"
        );
    }

    #[test]
    fn remote_roles_and_what_is_not_invented() {
        let (v, missing) =
            ld("# Support Agent\n\n**Location:** Remote (United States)\n\nAnswer questions.\n");
        assert_eq!(v["jobLocationType"], "TELECOMMUTE");
        assert_eq!(v["applicantLocationRequirements"][0]["name"], "US");
        assert!(v.get("jobLocation").is_none());
        assert!(v.get("baseSalary").is_none());
        assert!(v.get("datePosted").is_none());
        assert!(
            missing.iter().any(|m| m.starts_with("datePosted")),
            "{missing:?}"
        );
        assert!(
            missing.iter().any(|m| m.starts_with("hiringOrganization")),
            "{missing:?}"
        );
        assert!(
            !missing.iter().any(|m| m.starts_with("jobLocation")),
            "{missing:?}"
        );
    }
}
