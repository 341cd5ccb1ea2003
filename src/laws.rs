//! Laws: what a jurisdiction requires of job postings or bans in them, and since when.
//!
//! The laws are data (`rules/laws/*.yaml`, extendable with `DIR/laws/*.yaml`). A rule names a
//! duty (`law: { duty: pay }`); where a law in force on the posting's date covers the posting's
//! jurisdictions, reaches its employer and has that duty, the finding takes the law's severity
//! (never below the rule's own where it reports elsewhere) and names it.
//!
//! A law reaches an employer by its size (`employees`: from how many; an employer of unknown
//! size is assumed covered, and the message says so), its kind (`public_employers: false`,
//! `employer: federal_contractor`) and, for remote roles, its `remote` reach: where the work
//! could be done, or where the employer is (`employer-location`).

use crate::jurisdiction::Jurisdictions;
use crate::rules::Severity;
use jiff::civil::Date;
use serde::Deserialize;
use serde::de::{self, Deserializer, MapAccess, Visitor};
use std::fmt;
use std::sync::LazyLock;

include!(concat!(env!("OUT_DIR"), "/builtin_laws.rs"));

/// The built-in laws (`rules/laws/*.yaml`, converted to JSON when hirelint is built).
pub static BUILTIN: LazyLock<Vec<Law>> = LazyLock::new(|| {
    BUILTIN_LAWS_JSON
        .iter()
        .flat_map(|(file, json)| {
            serde_json::from_str::<Vec<Law>>(json)
                .unwrap_or_else(|e| panic!("{file}: {e} (checked by tests)"))
        })
        .collect()
});

/// Reads a user's laws file (`DIR/laws/*.yaml`).
pub fn parse_file(text: &str) -> Result<Vec<Law>, crate::yaml::YamlError> {
    crate::yaml::parse(text)
}

/// One law, as written in the laws file.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Law {
    /// A stable id: `us-co-pay-transparency`.
    pub id: String,
    /// Who requires it, as a message names them: "Colorado", "New York City".
    pub name: String,
    /// The law's own name: "Equal Pay for Equal Work Act".
    pub title: String,
    /// Where to read it: "C.R.S. § 8-5-201".
    pub citation: String,
    /// A public page about it.
    #[serde(default)]
    pub docs: Option<String>,
    /// Where it applies: `US-CO`, `US-NY-NYC`, `CA-ON`, `EU`, `US`.
    pub jurisdictions: Vec<String>,
    /// The first day it applies.
    pub from: LawDate,
    /// The last day it applies, when it has ended.
    #[serde(default)]
    pub until: Option<LawDate>,
    /// Which remote roles it covers besides those placed in its jurisdictions: `true` (or
    /// `[could-be-done-there]`) for roles that could be done there, `employer-location` for
    /// remote roles of an employer located there.
    #[serde(default, deserialize_with = "deserialize_reach")]
    pub remote: Vec<Reach>,
    /// Only for employers of this kind.
    #[serde(default)]
    pub employer: Option<EmployerKind>,
    /// It applies to employers with at least this many employees (1 when unset).
    #[serde(default)]
    pub employees: Option<u32>,
    /// Whether it applies to public employers (government); `false` when it excludes them.
    #[serde(default = "yes")]
    pub public_employers: bool,
    /// Does not apply when this holds of the employer's jobs.
    #[serde(default)]
    pub unless: Option<Exemption>,
    /// What it requires or bans: duty name → severity (`pay: error`), or a map with
    /// `severity`, `from`, `until`, `unconfirmed`.
    #[serde(deserialize_with = "deserialize_duties")]
    pub duties: Vec<(String, Duty)>,
    /// Facts about the law that are not verified: its duties are warnings at most.
    #[serde(default)]
    pub unconfirmed: bool,
    /// Anything a reader of the data should know.
    #[serde(default)]
    pub notes: Option<String>,
    /// The day its facts were last checked against its sources.
    #[serde(default)]
    pub checked: Option<LawDate>,
    /// Where its facts come from: the statute, the agency's page, law-firm summaries.
    #[serde(default)]
    pub sources: Vec<String>,
}

fn yes() -> bool {
    true
}

/// Which remote roles a law reaches beyond those placed in its jurisdictions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reach {
    /// A remote role that could be done in the jurisdiction ("Remote (US)" in Colorado).
    CouldBeDoneThere,
    /// A remote role of an employer located in the jurisdiction (`employer_location`).
    EmployerLocation,
}

impl Reach {
    pub fn as_str(self) -> &'static str {
        match self {
            Reach::CouldBeDoneThere => "could-be-done-there",
            Reach::EmployerLocation => "employer-location",
        }
    }
}

/// `remote: true`, `false`, or a list of reaches.
fn deserialize_reach<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Reach>, D::Error> {
    struct V;
    impl<'de> Visitor<'de> for V {
        type Value = Vec<Reach>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("true, false, or a list of `could-be-done-there`, `employer-location`")
        }
        fn visit_bool<E: de::Error>(self, b: bool) -> Result<Vec<Reach>, E> {
            Ok(if b {
                vec![Reach::CouldBeDoneThere]
            } else {
                Vec::new()
            })
        }
        fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<Reach>, A::Error> {
            let mut out = Vec::new();
            while let Some(r) = seq.next_element::<Reach>()? {
                out.push(r);
            }
            Ok(out)
        }
    }
    d.deserialize_any(V)
}

/// Kinds of employer that some laws are limited to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EmployerKind {
    FederalContractor,
}

/// What takes a posting outside a law.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Exemption {
    /// A law, regulation or government contract requires citizenship for the job.
    CitizenshipRequiredByLaw,
}

/// One duty of a law.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Duty {
    pub severity: Severity,
    /// When the duty started later than the law (Colorado's deadline duty, 2024).
    #[serde(default)]
    pub from: Option<LawDate>,
    #[serde(default)]
    pub until: Option<LawDate>,
    /// Not verified at the time of writing: a warning at most, never an error.
    #[serde(default)]
    pub unconfirmed: bool,
    /// What the law requires, in its own terms, where it differs from what the rule says
    /// (`{law.requires}`): "the collective-agreement minimum pay and whether more may be paid".
    #[serde(default)]
    pub requires: Option<String>,
    /// What a posting may say instead (`commission-only`): the rule that checks the duty
    /// defines each as a condition, and a posting that meets it is not held to the duty.
    #[serde(default)]
    pub except: Vec<String>,
    /// A cap on a range's width, as full-time annual pay (`pay-range-width`).
    #[serde(default)]
    pub max_annual_width: Option<f64>,
    /// Pay whose top is above this (annual) is exempt from the cap.
    #[serde(default)]
    pub exempt_above: Option<f64>,
}

/// The numeric parameters a duty may set, which rules read as `law.<name>`
/// (`above: law.max_annual_width`) and messages as `{law.<name>}`.
pub const DUTY_PARAMS: &[&str] = &["max_annual_width", "exempt_above"];

impl Duty {
    /// A numeric parameter of the duty (one of [`DUTY_PARAMS`]), when the law sets it.
    pub fn param(&self, name: &str) -> Option<f64> {
        match name {
            "max_annual_width" => self.max_annual_width,
            "exempt_above" => self.exempt_above,
            _ => None,
        }
    }

    fn of_severity(severity: Severity) -> Duty {
        Duty {
            severity,
            from: None,
            until: None,
            unconfirmed: false,
            requires: None,
            except: Vec::new(),
            max_annual_width: None,
            exempt_above: None,
        }
    }
}

/// A `YYYY-MM-DD` date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LawDate(pub Date);

impl<'de> Deserialize<'de> for LawDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse::<Date>()
            .map(LawDate)
            .map_err(|_| de::Error::custom(format!("`{s}` is not a date; write YYYY-MM-DD")))
    }
}

/// The duties map: `{ pay: error, deadline: { severity: error, from: 2024-01-01 } }`, in the
/// order written.
impl<'de> Deserialize<'de> for DutiesField {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DutiesField;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of duty names to a severity or `{ severity: ..., from: ... }`")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<DutiesField, A::Error> {
                let mut out = Vec::new();
                while let Some(name) = map.next_key::<String>()? {
                    out.push((name, map.next_value::<DutyValue>()?.0));
                }
                Ok(DutiesField(out))
            }
        }
        d.deserialize_map(V)
    }
}

/// `Vec<(String, Duty)>` read from a map.
pub struct DutiesField(pub Vec<(String, Duty)>);

/// A duty written as a bare severity or as a map.
struct DutyValue(Duty);

impl<'de> Deserialize<'de> for DutyValue {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = DutyValue;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a severity (error, warning, info) or `{ severity: ..., from: ... }`")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<DutyValue, E> {
                let severity = Severity::deserialize(de::value::StrDeserializer::<E>::new(s))?;
                Ok(DutyValue(Duty::of_severity(severity)))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<DutyValue, A::Error> {
                Duty::deserialize(de::value::MapAccessDeserializer::new(map)).map(DutyValue)
            }
        }
        d.deserialize_any(V)
    }
}

pub(crate) fn deserialize_duties<'de, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<(String, Duty)>, D::Error> {
    DutiesField::deserialize(d).map(|f| f.0)
}

/// What the judged posting's employer is, for laws limited to some employers. Unknown facts
/// (`employees: None`) count as covered: hirelint assumes the law applies and says so.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Employer {
    pub federal_contractor: bool,
    pub citizenship_required_by_law: bool,
    /// How many people it employs, when told (`employees`, `--employees`).
    pub employees: Option<u32>,
    /// A government employer (`public_employer`, `--public-employer`).
    pub public: bool,
    /// Where it is located (`employer_location`, `--employer-location`): a jurisdiction code.
    pub location: Option<String>,
}

/// A law that covers a posting for one duty.
#[derive(Debug, Clone, Copy)]
pub struct Covering<'a> {
    pub law: &'a Law,
    pub duty: &'a Duty,
    pub severity: Severity,
    /// The day the duty took effect.
    pub since: Date,
    /// The employer size the law starts at, when the employer's is unknown and hirelint
    /// assumes it is covered.
    pub assumed_employees: Option<u32>,
}

impl Law {
    /// Whether the law reaches a posting in `places`, at `as_of`, for `employer`.
    pub fn covers(&self, j: &Jurisdictions, as_of: Date, employer: &Employer) -> bool {
        if as_of < self.from.0 || self.until.is_some_and(|u| as_of > u.0) {
            return false;
        }
        if self.employer == Some(EmployerKind::FederalContractor) && !employer.federal_contractor {
            return false;
        }
        if employer.public && !self.public_employers {
            return false;
        }
        if let (Some(min), Some(n)) = (self.employees, employer.employees)
            && n < min
        {
            return false;
        }
        let remote_role = !j.remote.is_empty();
        self.jurisdictions.iter().any(|code| {
            j.is_in(code)
                || self.remote.iter().any(|reach| match reach {
                    Reach::CouldBeDoneThere => j.remote_could_be_in(code),
                    Reach::EmployerLocation => {
                        remote_role
                            && employer
                                .location
                                .as_deref()
                                .is_some_and(|l| crate::jurisdiction::within(l, code))
                    }
                })
        })
    }

    /// Whether the employer's jobs are outside this law (`unless`).
    pub fn exempts(&self, employer: &Employer) -> bool {
        self.unless == Some(Exemption::CitizenshipRequiredByLaw)
            && employer.citizenship_required_by_law
    }

    /// The duty named `name`, as written.
    pub fn duty_def(&self, name: &str) -> Option<&Duty> {
        self.duties.iter().find(|(n, _)| n == name).map(|(_, d)| d)
    }

    /// The duty's severity at `as_of`, when the law has it then.
    pub fn duty(&self, name: &str, as_of: Date) -> Option<(Severity, Date)> {
        let duty = self.duty_def(name)?;
        let (severity, since) = self.duty_terms(name)?;
        if as_of < since || duty.until.is_some_and(|u| as_of > u.0) {
            return None;
        }
        Some((severity, since))
    }

    /// The duty's severity and first day, whatever the date. Unconfirmed facts give a warning
    /// at most.
    pub fn duty_terms(&self, name: &str) -> Option<(Severity, Date)> {
        let duty = self.duty_def(name)?;
        let since = duty.from.unwrap_or(self.from).0.max(self.from.0);
        let severity = if self.is_unconfirmed(duty) {
            duty.severity.min(Severity::Warning)
        } else {
            duty.severity
        };
        Some((severity, since))
    }

    /// Whether the law, or this duty of it, is not verified.
    pub fn is_unconfirmed(&self, duty: &Duty) -> bool {
        self.unconfirmed || duty.unconfirmed
    }

    /// The last day of the duty, if it has ended or will end.
    pub fn duty_until(&self, duty: &Duty) -> Option<Date> {
        match (duty.until, self.until) {
            (Some(a), Some(b)) => Some(a.0.min(b.0)),
            (a, b) => a.or(b).map(|d| d.0),
        }
    }
}

/// The laws in force that cover a posting for `duty`, the most severe first, then the oldest;
/// and whether a law that would cover it exempts this employer (then the duty is excused, and a
/// rule tied to it reports nothing where no other law covers the posting).
pub fn covering<'a>(
    laws: &'a [Law],
    duty: &str,
    j: &Jurisdictions,
    as_of: Date,
    employer: &Employer,
) -> (Vec<Covering<'a>>, bool) {
    // The duty first: few laws have a given duty, and `covers` walks the places.
    let in_force = laws
        .iter()
        .filter(|law| law.duty(duty, as_of).is_some() && law.covers(j, as_of, employer));
    let (exempt, binding): (Vec<&Law>, Vec<&Law>) = in_force.partition(|law| law.exempts(employer));
    let mut out: Vec<Covering<'a>> = binding
        .into_iter()
        .filter_map(|law| {
            let (severity, since) = law.duty(duty, as_of)?;
            Some(Covering {
                law,
                duty: law.duty_def(duty)?,
                severity,
                since,
                assumed_employees: law
                    .employees
                    .filter(|n| *n > 1 && employer.employees.is_none()),
            })
        })
        .collect();
    out.sort_by(|a, b| b.severity.cmp(&a.severity).then(a.since.cmp(&b.since)));
    (out, !exempt.is_empty())
}

/// The laws that bind a posting for at least one duty in force at `as_of`: those that
/// [`covering`] returns for some duty, found in one pass over the laws.
pub fn binding_for_any_duty<'a>(
    laws: &'a [Law],
    j: &Jurisdictions,
    as_of: Date,
    employer: &Employer,
) -> impl Iterator<Item = &'a Law> {
    laws.iter().filter(move |law| {
        law.duties
            .iter()
            .any(|(name, _)| law.duty(name, as_of).is_some())
            && law.covers(j, as_of, employer)
            && !law.exempts(employer)
    })
}

/// Every duty name the laws know, for checking rule files.
pub fn duty_names(laws: &[Law]) -> Vec<&str> {
    let mut names: Vec<&str> = laws
        .iter()
        .flat_map(|l| l.duties.iter().map(|(n, _)| n.as_str()))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// The YAML sources parse on their own (with located errors), ids are unique, and every
    /// law names a known severity for each duty and a plausible jurisdiction code.
    #[test]
    fn builtin_laws_are_well_formed() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/laws");
        let mut count = 0;
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let laws = parse_file(&text).unwrap_or_else(|e| {
                panic!("{}:{}:{}: {}", path.display(), e.line, e.column, e.message)
            });
            count += laws.len();
        }
        assert_eq!(count, BUILTIN.len());
        let mut ids: Vec<&str> = BUILTIN.iter().map(|l| l.id.as_str()).collect();
        ids.sort_unstable();
        let n = ids.len();
        ids.dedup();
        assert_eq!(ids.len(), n, "duplicate law ids");
        for law in BUILTIN.iter() {
            assert!(!law.duties.is_empty(), "{} has no duties", law.id);
            for code in &law.jurisdictions {
                assert!(
                    code.bytes().all(|b| b.is_ascii_uppercase() || b == b'-'),
                    "{}: {code}",
                    law.id
                );
            }
        }
    }

    fn law(yaml: &str) -> Law {
        crate::yaml::parse::<Vec<Law>>(yaml).unwrap().remove(0)
    }

    const CO: &str = "- id: co\n  name: Colorado\n  title: T\n  citation: C\n  jurisdictions: [US-CO]\n  from: 2021-01-01\n  remote: true\n  duties:\n    pay: error\n    deadline: { severity: error, from: 2024-01-01 }\n    open-ended-pay: { severity: error, unconfirmed: true }\n";

    fn places(codes: &[&str], remote: &[&str]) -> Jurisdictions {
        Jurisdictions::from_codes(
            codes.iter().map(|s| s.to_string()).collect(),
            remote.iter().map(|s| s.to_string()).collect(),
        )
    }

    #[test]
    fn a_law_covers_its_places_within_its_window() {
        let co = law(CO);
        let denver = places(&["US-CO"], &[]);
        let e = &Employer::default();
        assert!(co.covers(&denver, date(2021, 1, 1), e));
        assert!(!co.covers(&denver, date(2020, 12, 31), e));
        assert!(!co.covers(&places(&["US-UT"], &[]), date(2022, 1, 1), e));
        // A remote role open across the US could be done in Colorado.
        assert!(co.covers(&places(&["US"], &["US"]), date(2022, 1, 1), e));
        assert!(!co.covers(&places(&["US"], &[]), date(2022, 1, 1), e));
    }

    #[test]
    fn an_exempted_employer_is_excused_from_the_duty() {
        let law = law(
            "- id: us\n  name: US\n  title: T\n  citation: C\n  jurisdictions: [US]\n  from: 1986-11-06\n  unless: citizenship_required_by_law\n  duties:\n    citizenship: error\n",
        );
        let austin = places(&["US-TX"], &[]);
        let laws = [law];
        let at = date(2024, 1, 1);
        let (binding, exempt) = covering(&laws, "citizenship", &austin, at, &Employer::default());
        assert_eq!((binding.len(), exempt), (1, false));
        let employer = Employer {
            citizenship_required_by_law: true,
            ..Employer::default()
        };
        let (binding, exempt) = covering(&laws, "citizenship", &austin, at, &employer);
        assert_eq!((binding.len(), exempt), (0, true));
    }

    #[test]
    fn the_laws_binding_for_any_duty_are_those_covering_some_duty() {
        let laws = &BUILTIN[..];
        let exempt = Employer {
            citizenship_required_by_law: true,
            ..Employer::default()
        };
        for (codes, remote) in [
            (&["US-CO"][..], &[][..]),
            (&["US-NY-NYC"], &[]),
            (&["US"], &["US"]),
            (&["DE", "FR"], &[]),
            (&[], &[]),
        ] {
            let j = places(codes, remote);
            for at in [date(2019, 6, 1), date(2024, 1, 1), date(2026, 7, 1)] {
                for employer in [&Employer::default(), &exempt] {
                    let mut expected: Vec<&str> = duty_names(laws)
                        .into_iter()
                        .flat_map(|d| covering(laws, d, &j, at, employer).0)
                        .map(|c| c.law.id.as_str())
                        .collect();
                    expected.sort_unstable();
                    expected.dedup();
                    let mut got: Vec<&str> = binding_for_any_duty(laws, &j, at, employer)
                        .map(|l| l.id.as_str())
                        .collect();
                    got.sort_unstable();
                    assert_eq!(got, expected, "{codes:?} {remote:?} {at}");
                }
            }
        }
        let nyc = places(&["US-NY-NYC"], &[]);
        assert!(
            binding_for_any_duty(laws, &nyc, date(2024, 1, 1), &Employer::default()).count() > 1
        );
    }

    #[test]
    fn duties_have_their_own_start_and_unconfirmed_ones_are_warnings() {
        let co = law(CO);
        assert_eq!(co.duty("deadline", date(2023, 12, 31)), None);
        assert_eq!(
            co.duty("deadline", date(2024, 1, 1)),
            Some((Severity::Error, date(2024, 1, 1)))
        );
        assert_eq!(
            co.duty("open-ended-pay", date(2024, 1, 1)).map(|d| d.0),
            Some(Severity::Warning)
        );
        assert_eq!(co.duty("benefits", date(2024, 1, 1)), None);
    }

    #[test]
    fn bad_dates_and_severities_are_located() {
        let bad = CO.replace("2021-01-01", "2021-13-01");
        let e = crate::yaml::parse::<Vec<Law>>(&bad).unwrap_err();
        assert_eq!(e.line, 6, "{}", e.message);
        assert!(e.message.contains("not a date"), "{}", e.message);
        let bad = CO.replace("pay: error", "pay: fatal");
        let e = crate::yaml::parse::<Vec<Law>>(&bad).unwrap_err();
        assert_eq!(e.line, 9, "{}", e.message);
    }
}
