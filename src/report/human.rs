//! Graphical diagnostics for people, rendered by miette.

use super::{FileResult, Summary};
use crate::finding::Finding;
use crate::rules::Severity;
use crate::source::Source;
use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceSpan,
};
use std::fmt;

/// A finding as a miette diagnostic: the rule id as code, every span labelled.
#[derive(Debug)]
pub struct FindingDiagnostic {
    finding: Finding,
    /// The posting, to show the labelled lines; none when a label is on a line too long to
    /// show (minified HTML), whose place is then written out instead.
    source: Option<CharColumns>,
}

/// The longest line (in characters) shown with its labels. miette pads labels to their column
/// with a formatting width, which cannot exceed 65,535 (a label further right panicked), and a
/// longer line is unreadable in a terminal anyway.
const LONGEST_SHOWN_LINE: usize = 10_000;

/// A posting as miette reads it, with columns counted in characters, as in every other
/// output of hirelint (miette's own count is in bytes: "€" would count three).
#[derive(Debug)]
struct CharColumns {
    name: String,
    text: String,
    language: &'static str,
}

impl miette::SourceCode for CharColumns {
    fn read_span<'a>(
        &'a self,
        span: &SourceSpan,
        before: usize,
        after: usize,
    ) -> Result<Box<dyn miette::SpanContents<'a> + 'a>, miette::MietteError> {
        let inner = self.text.read_span(span, before, after)?;
        let start = inner.span().offset();
        let line_start = start.saturating_sub(inner.column());
        let column = self
            .text
            .get(line_start..start)
            .map_or(inner.column(), |s| s.chars().count());
        let contents = miette::MietteSpanContents::new_named(
            self.name.clone(),
            inner.data(),
            *inner.span(),
            inner.line(),
            column,
            inner.line_count(),
        )
        .with_language(self.language);
        Ok(Box::new(contents))
    }
}

impl FindingDiagnostic {
    pub fn new(finding: &Finding, source: &Source) -> Self {
        // Shown in the file as read: an HTML page's labels point into its HTML.
        let mut finding = finding.clone();
        if let Some(fix) = &finding.fix {
            let how = if fix.safe { "--fix" } else { "--unsafe-fixes" };
            let offer = format!(
                "fix: replace \"{}\" with \"{}\" (hirelint check {how})",
                source.slice(fix.span),
                fix.replacement
            );
            finding.help = Some(match finding.help.take() {
                Some(help) => format!("{help}\n{offer}"),
                None => offer,
            });
        }
        // Posting text is shown as text: no escape sequence reaches the terminal.
        finding.message = super::terminal_safe(&finding.message).into_owned();
        finding.help = finding.help.map(|h| super::terminal_safe(&h).into_owned());
        for label in &mut finding.labels {
            label.span = source.file_span(label.span);
            label.text = super::terminal_safe(&label.text).into_owned();
        }
        let name = super::terminal_safe(&source.name).into_owned();
        let file = source.file_text();
        let line_of = |offset: usize| {
            let offset = crate::re::floor_char_boundary(file, offset.min(file.len()));
            let start = file[..offset].rfind('\n').map_or(0, |i| i + 1);
            let end = file[offset..].find('\n').map_or(file.len(), |i| offset + i);
            &file[start..end]
        };
        let too_long = finding.labels.iter().any(|l| {
            [l.span.start, l.span.end]
                .iter()
                .any(|&o| line_of(o).chars().nth(LONGEST_SHOWN_LINE).is_some())
        });
        if too_long {
            // Where each label is, in words: `file:line:col: label`.
            let places: Vec<String> = finding
                .labels
                .drain(..)
                .map(|l| {
                    let (line, col) = source.line_col_in_file(l.span.start);
                    format!(
                        "at {name}:{line}:{col}: {} (a line too long to show)",
                        l.text
                    )
                })
                .collect();
            let places = places.join("\n");
            finding.help = Some(match finding.help.take() {
                Some(help) => format!("{places}\n{help}"),
                None => places,
            });
            return FindingDiagnostic {
                finding,
                source: None,
            };
        }
        FindingDiagnostic {
            finding,
            source: Some(CharColumns {
                name,
                text: super::terminal_safe(file).into_owned(),
                language: language(source),
            }),
        }
    }
}

fn language(source: &Source) -> &'static str {
    match source.format {
        crate::source::Format::Markdown => "markdown",
        crate::source::Format::Text => "text",
        crate::source::Format::Html => "html",
    }
}

impl fmt::Display for FindingDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.finding.message)
    }
}

impl std::error::Error for FindingDiagnostic {}

impl Diagnostic for FindingDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(&self.finding.rule))
    }

    fn severity(&self) -> Option<miette::Severity> {
        Some(match self.finding.severity {
            Severity::Error => miette::Severity::Error,
            Severity::Warning => miette::Severity::Warning,
            Severity::Info => miette::Severity::Advice,
        })
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.finding
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn url<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.finding
            .docs
            .as_ref()
            .map(|d| Box::new(d) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        Some(Box::new(self.finding.labels.iter().map(|l| {
            let text = (!l.text.is_empty()).then(|| l.text.clone());
            LabeledSpan::new_with_span(text, SourceSpan::from(l.span.start..l.span.end))
        })))
    }
}

/// Renders any diagnostic with the given color choice.
pub fn render(diagnostic: &dyn Diagnostic, color: bool) -> String {
    let theme = if color {
        GraphicalTheme::unicode()
    } else {
        GraphicalTheme::unicode_nocolor()
    };
    let handler = GraphicalReportHandler::new_themed(theme)
        .with_links(false)
        .with_width(100);
    let mut out = String::new();
    if handler.render_report(&mut out, diagnostic).is_err() {
        out = format!("{diagnostic}\n");
    }
    out
}

/// Writes all findings and a summary line.
pub fn write(
    results: &[FileResult],
    color: bool,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    for r in results {
        write_file(r, color, out)?;
    }
    let summary = Summary::of(results);
    writeln!(out, "{summary}")
}

/// The findings of one file.
pub fn write_file(
    r: &FileResult,
    color: bool,
    out: &mut (impl std::io::Write + ?Sized),
) -> std::io::Result<()> {
    let Some(source) = &r.source else {
        return Ok(());
    };
    for f in r.findings.iter().filter(|f| f.is_active()) {
        let d = FindingDiagnostic::new(f, source);
        write!(out, "{}", render(&d, color))?;
        writeln!(out)?;
    }
    Ok(())
}

/// A rule, vocabulary or config file that cannot be used, as a compiler-style diagnostic.
#[derive(Debug)]
pub struct LoadDiagnostic {
    code: &'static str,
    message: String,
    help: Option<String>,
    span: Option<(usize, usize)>,
    source: Option<NamedSource<String>>,
}

impl LoadDiagnostic {
    pub fn new(e: &crate::rules::LoadError) -> Self {
        use crate::rules::LoadError;
        match e {
            LoadError::Rule(r) => LoadDiagnostic {
                code: "hirelint::rules",
                message: format!("invalid rule file: {}", r.message),
                help: r.help.clone(),
                span: Some((r.span.start, r.span.len())),
                source: Some(NamedSource::new(&r.file, r.text.clone()).with_language("yaml")),
            },
            LoadError::Vocab(v) => LoadDiagnostic {
                code: "hirelint::rules",
                message: format!("invalid vocabulary file: {}", v.error.message),
                help: None,
                span: Some((v.error.offset, 0)),
                source: Some(NamedSource::new(&v.file, v.text.clone()).with_language("yaml")),
            },
            LoadError::Io { path, error } => LoadDiagnostic {
                code: "hirelint::rules",
                message: format!("cannot read rules from {path}: {error}"),
                help: Some("--rules takes a folder of .yaml rule files".into()),
                span: None,
                source: None,
            },
        }
    }
}

impl LoadDiagnostic {
    pub fn config(e: &crate::config::ConfigError) -> Self {
        LoadDiagnostic {
            code: "hirelint::config",
            message: e.message.clone(),
            help: e.help.clone(),
            span: (!e.text.is_empty()).then_some((e.span.start, e.span.len())),
            source: (!e.text.is_empty())
                .then(|| NamedSource::new(&e.file, e.text.clone()).with_language("yaml")),
        }
    }

    pub fn setup(e: &crate::workspace::SetupError) -> Self {
        match e {
            crate::workspace::SetupError::Config(c) => LoadDiagnostic::config(c),
            crate::workspace::SetupError::Rules(r) => LoadDiagnostic::new(r),
        }
    }
}

impl fmt::Display for LoadDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for LoadDiagnostic {}

impl Diagnostic for LoadDiagnostic {
    fn code<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        Some(Box::new(self.code))
    }

    fn help<'a>(&'a self) -> Option<Box<dyn fmt::Display + 'a>> {
        self.help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }

    fn source_code(&self) -> Option<&dyn miette::SourceCode> {
        self.source.as_ref().map(|s| s as &dyn miette::SourceCode)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let (start, len) = self.span?;
        Some(Box::new(std::iter::once(LabeledSpan::new_with_span(
            Some("here".into()),
            SourceSpan::from((start, len)),
        ))))
    }
}
