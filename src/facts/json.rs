//! The facts as the documented `extract --format json` object. Unknown values are `null`.

use super::{EmploymentType, Facts, WorkArrangement};
use crate::source::{Source, Span};
use serde::Serialize;

#[derive(Serialize)]
pub struct FactsJson {
    pub path: String,
    pub title: Option<String>,
    pub pay: Option<PayJson>,
    pub locations: Vec<LocationJson>,
    pub jurisdictions: Vec<String>,
    pub work_arrangement: Option<&'static str>,
    pub employment_type: Option<&'static str>,
    pub fixed_term: bool,
    pub duration: Option<DurationJson>,
    pub start_date: Option<String>,
    pub end_date: Option<String>,
    pub date_posted: Option<String>,
    pub deadline: Option<String>,
    pub eeo_statement: bool,
    /// A concrete benefit is named.
    pub benefits: bool,
    pub experience_years: Option<ExperienceJson>,
    pub seniority: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub spans: Option<std::collections::BTreeMap<&'static str, [usize; 2]>>,
}

#[derive(Serialize)]
pub struct PayJson {
    pub min: Option<f64>,
    pub max: Option<f64>,
    pub currency: Option<String>,
    pub period: Option<&'static str>,
}

#[derive(Serialize)]
pub struct LocationJson {
    pub text: String,
    pub city: Option<String>,
    pub region: Option<String>,
    pub country: Option<String>,
}

impl LocationJson {
    /// The same place written the same way, whatever its case.
    fn is_same(&self, other: &LocationJson) -> bool {
        self.text.to_lowercase() == other.text.to_lowercase()
            && (&self.city, &self.region, &self.country)
                == (&other.city, &other.region, &other.country)
    }
}

#[derive(Serialize)]
pub struct DurationJson {
    pub value: f64,
    pub unit: String,
}

#[derive(Serialize)]
pub struct ExperienceJson {
    pub min: f64,
    pub max: Option<f64>,
}

impl FactsJson {
    pub fn new(source: &Source, f: &Facts, with_spans: bool) -> Self {
        // Hybrid, else remote, else on site: the first fact of the kind decides, and is its span.
        let (arrangement, arrangement_span) = {
            let first = |w: &[WorkArrangement]| {
                f.work_arrangement
                    .iter()
                    .find(|a| w.contains(&a.value))
                    .map(|a| a.span)
            };
            let remote_place = f.locations.iter().find(|l| l.value.remote).map(|l| l.span);
            if let Some(s) = first(&[WorkArrangement::Hybrid]) {
                (Some("hybrid"), Some(s))
            } else if let Some(s) =
                first(&[WorkArrangement::FullyRemote, WorkArrangement::Remote]).or(remote_place)
            {
                (Some("remote"), Some(s))
            } else if let Some(s) =
                first(&[WorkArrangement::Onsite, WorkArrangement::OnsiteRequired])
            {
                (Some("onsite"), Some(s))
            } else {
                (None, None)
            }
        };
        let employment = f.employment_types.iter().find_map(|e| match e.value {
            EmploymentType::Permanent => None,
            // `extract`'s type is one of the six that job boards and the hand labels use;
            // schema.org's PER_DIEM and VOLUNTEER are OTHER there (rules see the exact type).
            EmploymentType::PerDiem | EmploymentType::Volunteer => Some("OTHER"),
            other => Some(other.as_str()),
        });
        let range = f.date_ranges.first();
        let known = |d: &super::Ymd| d.year.is_some().then(|| d.to_string());
        let mut spans = std::collections::BTreeMap::new();
        let mut span = |k: &'static str, s: Option<Span>| {
            if let Some(s) = s {
                // Byte offsets into the file as read (an HTML page's HTML).
                let s = source.file_span(s);
                spans.insert(k, [s.start, s.end]);
            }
        };
        span("title", f.title.as_ref().map(|t| t.span));
        span("pay", f.pay.first().map(|p| p.span));
        span("location", f.locations.first().map(|p| p.span));
        span("work_arrangement", arrangement_span);
        span(
            "employment_type",
            f.employment_types.first().map(|p| p.span),
        );
        span("fixed_term", f.fixed_term.first().map(|p| p.span));
        span("duration", f.durations.first().map(|p| p.span));
        span("dates", range.map(|p| p.span));
        span("date_posted", f.date_posted.as_ref().map(|p| p.span));
        span("deadline", f.deadline.as_ref().map(|p| p.span));
        span("eeo_statement", f.eeo_statement.first().map(|p| p.span));
        span("benefits", f.benefits.first().map(|p| p.span));
        span("experience_years", f.experience.first().map(|p| p.span));
        span("seniority", f.seniority.first().map(|p| p.span));
        FactsJson {
            path: source.name.clone(),
            title: f.title.as_ref().map(|t| t.value.clone()),
            pay: f.pay.first().map(|p| PayJson {
                min: p.value.min,
                max: p.value.max,
                currency: p.value.currency.clone(),
                period: p.value.period.map(|x| x.as_str()),
            }),
            locations: f
                .locations
                .iter()
                .map(|l| LocationJson {
                    text: l.value.text.clone(),
                    city: l.value.city.clone(),
                    region: l.value.region.clone(),
                    country: l.value.country.clone(),
                })
                .fold(Vec::new(), |mut places: Vec<LocationJson>, place| {
                    // Each place once, however often the posting names it ("Location:
                    // Denver, CO" and "our Denver, CO bakery").
                    if !places.iter().any(|p| p.is_same(&place)) {
                        places.push(place);
                    }
                    places
                }),
            jurisdictions: crate::jurisdiction::Jurisdictions::listed(f),
            work_arrangement: arrangement,
            employment_type: employment,
            fixed_term: !f.fixed_term.is_empty(),
            duration: f.durations.first().map(|d| DurationJson {
                value: d.value.value,
                unit: d.value.unit.clone(),
            }),
            start_date: range.and_then(|r| known(&r.value.start)),
            end_date: range.and_then(|r| known(&r.value.end)),
            date_posted: f.date_posted.as_ref().map(|d| d.value.to_string()),
            deadline: f.deadline.as_ref().map(|d| d.value.to_string()),
            eeo_statement: !f.eeo_statement.is_empty(),
            benefits: !f.benefits.is_empty(),
            experience_years: f.experience.first().map(|e| ExperienceJson {
                min: e.value.min,
                max: e.value.max,
            }),
            seniority: f.seniority.first().map(|s| s.value.as_str()),
            spans: with_spans.then_some(spans),
        }
    }
}
