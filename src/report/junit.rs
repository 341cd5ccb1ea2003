//! JUnit XML, for CI systems that show test reports: one test suite, one test case per
//! posting, failed when it has a finding at or above the failing severity.

use super::FileResult;
use crate::rules::Severity;
use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use std::io::Write;

pub fn write(
    results: &[FileResult],
    fails: impl Fn(Severity) -> bool,
    out: &mut impl Write,
) -> std::io::Result<()> {
    let mut suite = TestSuite::new("hirelint");
    for r in results {
        // Every active finding, one line each; findings below the failing severity are kept
        // as the passing case's output.
        let lines: Vec<String> = r.source.as_ref().map_or_else(Vec::new, |source| {
            r.findings
                .iter()
                .filter(|f| f.is_active())
                .map(|f| {
                    let (line, col) = source.line_col(f.primary_start());
                    let sev = f.severity.as_str();
                    format!("{}:{line}:{col}: {sev}[{}] {}", r.name, f.rule, f.message)
                })
                .collect()
        });
        let failing = r
            .findings
            .iter()
            .filter(|f| f.is_active() && fails(f.severity))
            .count();
        let status = if let Some(e) = &r.error {
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
            s.set_message(e.as_str());
            s
        } else if failing > 0 {
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
            s.set_message(format!(
                "{failing} finding(s) at or above the failing severity"
            ));
            s.set_description(lines.join("\n"));
            s
        } else {
            TestCaseStatus::success()
        };
        let mut case = TestCase::new(r.name.as_str(), status);
        case.set_classname("hirelint");
        if failing == 0 && !lines.is_empty() {
            case.set_system_out(lines.join("\n"));
        }
        suite.add_test_case(case);
    }
    let mut report = Report::new("hirelint");
    report.add_test_suite(suite);
    let xml = report.to_string().map_err(std::io::Error::other)?;
    out.write_all(xml.as_bytes())?;
    writeln!(out)
}
