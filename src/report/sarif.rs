//! SARIF 2.1.0 (code scanning in GitHub, GitLab, Azure DevOps), built with serde-sarif's typed
//! model: the rules that ran, each finding with its locations, help, fix and suppression.

use super::FileResult;
use crate::rules::{Rule, Severity};
use serde_sarif::sarif;
use std::collections::BTreeMap;

const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

fn level(s: Severity) -> sarif::ResultLevel {
    match s {
        Severity::Error => sarif::ResultLevel::Error,
        Severity::Warning => sarif::ResultLevel::Warning,
        Severity::Info => sarif::ResultLevel::Note,
    }
}

fn text(s: &str) -> sarif::MultiformatMessageString {
    sarif::MultiformatMessageString::builder().text(s).build()
}

fn message(s: &str) -> sarif::Message {
    sarif::Message::builder().text(s).build()
}

/// A `file:` path as SARIF wants it, a URI reference: relative paths stay relative (to the
/// checked folder), and what a URI cannot hold as it is (a space, `%`, `#`, `?`, non-ASCII) is
/// percent-encoded.
fn uri(path: &str) -> String {
    let path = path.trim_start_matches("./").replace('\\', "/");
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b);
        if keep {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn descriptor(rule: &Rule) -> sarif::ReportingDescriptor {
    let mut d = sarif::ReportingDescriptor::builder()
        .id(rule.id.as_str())
        .short_description(text(&rule.summary))
        .full_description(text(rule.description.as_deref().unwrap_or(&rule.summary)))
        .default_configuration(
            sarif::ReportingConfiguration::builder()
                .level(serde_json::to_value(level(rule.severity)).unwrap_or_default())
                .build(),
        )
        .build();
    d.help = rule.help.as_deref().map(text);
    d.help_uri = rule.docs.clone();
    d
}

pub fn report(results: &[FileResult], rules: &[Rule]) -> sarif::Sarif {
    let mut descriptors: Vec<sarif::ReportingDescriptor> = rules.iter().map(descriptor).collect();
    for (id, summary) in crate::suppress::META_RULES {
        descriptors.push(
            sarif::ReportingDescriptor::builder()
                .id(*id)
                .short_description(text(summary))
                .full_description(text(
                    crate::suppress::meta_description(id).unwrap_or(summary),
                ))
                .build(),
        );
    }
    let index: BTreeMap<&str, i64> = descriptors
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i as i64))
        .collect();
    let mut out = Vec::new();
    for r in results {
        let Some(source) = &r.source else { continue };
        for f in &r.findings {
            let locations: Vec<sarif::Location> = f
                .labels
                .iter()
                .map(|l| {
                    let span = source.file_span(l.span);
                    let (line, col) = source.line_col_in_file(span.start);
                    let (end_line, end_col) = source.line_col_in_file(span.end);
                    let region = sarif::Region::builder()
                        .start_line(line as i64)
                        .start_column(col as i64)
                        .end_line(end_line as i64)
                        .end_column(end_col as i64)
                        .byte_offset(span.start as i64)
                        .byte_length(span.len() as i64)
                        .build();
                    let physical = sarif::PhysicalLocation::builder()
                        .artifact_location(
                            sarif::ArtifactLocation::builder().uri(uri(&r.name)).build(),
                        )
                        .region(region)
                        .build();
                    let mut loc = sarif::Location::builder()
                        .physical_location(physical)
                        .build();
                    if !l.text.is_empty() {
                        loc.message = Some(message(&l.text));
                    }
                    loc
                })
                .collect();
            let mut result = sarif::Result::builder()
                .message(message(&f.message))
                .rule_id(f.rule.as_str())
                .level(level(f.severity))
                .build();
            result.rule_index = index.get(f.rule.as_str()).copied();
            // The first location is where the finding is; the others are what it relates to.
            let mut locations = locations.into_iter();
            result.locations = locations.next().map(|l| vec![l]);
            let related: Vec<sarif::Location> = locations.collect();
            if !related.is_empty() {
                result.related_locations = Some(related);
            }
            if let Some(fix) = &f.fix {
                let span = source.file_span(fix.span);
                let replacement = sarif::Replacement::builder()
                    .deleted_region(
                        sarif::Region::builder()
                            .byte_offset(span.start as i64)
                            .byte_length(span.len() as i64)
                            .build(),
                    )
                    .inserted_content(
                        sarif::ArtifactContent::builder()
                            .text(fix.replacement.as_str())
                            .build(),
                    )
                    .build();
                let change = sarif::ArtifactChange::builder()
                    .artifact_location(sarif::ArtifactLocation::builder().uri(uri(&r.name)).build())
                    .replacements(vec![replacement])
                    .build();
                let safety = if fix.safe { "safe" } else { "unsafe" };
                result.fixes = Some(vec![
                    sarif::Fix::builder()
                        .description(message(&format!(
                            "Replace with \"{}\" ({safety})",
                            fix.replacement
                        )))
                        .artifact_changes(vec![change])
                        .build(),
                ]);
            }
            if let Some(reason) = &f.suppressed {
                result.suppressions = Some(vec![
                    sarif::Suppression::builder()
                        .kind(serde_json::json!("inSource"))
                        .justification(reason.as_str())
                        .build(),
                ]);
            }
            out.push(result);
        }
    }
    let driver = sarif::ToolComponent::builder()
        .name("hirelint")
        .version(env!("CARGO_PKG_VERSION"))
        .information_uri("https://crates.io/crates/hirelint")
        .rules(descriptors)
        .build();
    let run = sarif::Run::builder()
        .tool(sarif::Tool::builder().driver(driver).build())
        .results(out)
        // Columns count characters (Unicode code points), as everywhere in hirelint.
        .column_kind(serde_json::json!("unicodeCodePoints"))
        .build();
    sarif::Sarif::builder()
        .schema(SCHEMA)
        .version(serde_json::json!("2.1.0"))
        .runs(vec![run])
        .build()
}

pub fn write(
    results: &[FileResult],
    rules: &[Rule],
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &report(results, rules))
        .map_err(super::json::io_error)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(super::uri("./jobs/a b#1?.md"), "jobs/a%20b%231%3F.md");
        assert_eq!(super::uri("café 100%.md"), "caf%C3%A9%20100%25.md");
        assert_eq!(super::uri("dir\\x.md"), "dir/x.md");
    }
}
