//! `hirelint lsp`: a language server over stdio (lsp-server, the crate rust-analyzer uses).
//!
//! Diagnostics on open, change (whole texts or ranged edits) and save, with the version they
//! are of and ranges in the client's position encoding; code actions for the fixes rules offer
//! and for "disable for this line" (not in HTML, whose comments are not read as suppressions);
//! hover on a finding shows its rule's documentation. Each posting is configured by its
//! `hirelint.yaml`, which is read again when one is saved or changes on disk, without a restart.
//!
//! The server never dies of a bad message: one that cannot be read, or whose params do not
//! fit, is answered with an error (a request) or logged and ignored (a notification). A
//! document URI that is not a valid URI (`file:///a b.md`) is served all the same, and
//! answered as the client spelled it (`uris`).

mod position;
mod transport;
mod uris;

use crate::config::ConfigError;
use crate::finding::Finding;
use crate::lint::Linter;
use crate::source::{Format, Source};
use crate::workspace::{SetupError, Workspace};
use lsp_server::{Connection, Message, Notification, Request, RequestId, Response};
use lsp_types::{self as lsp, Uri, notification::Notification as _, request::Request as _};
use position::{Encoding, Lines};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

type Error = Box<dyn std::error::Error + Send + Sync>;

/// Runs the server on stdin and stdout until the client says `exit`; the exit code is 0 after
/// a `shutdown` request, else 1 (as the protocol asks).
pub fn run() -> Result<i32, Error> {
    run_on(std::io::stdin(), std::io::stdout())
}

/// Runs the server on any byte streams (the fuzz target feeds it bytes).
pub fn run_on(
    input: impl std::io::Read + Send + 'static,
    mut output: impl std::io::Write + Send + 'static,
) -> Result<i32, Error> {
    let (server_side, client_side) = Connection::memory();
    let Connection {
        sender: to_server,
        receiver: from_server,
    } = client_side;
    let reader = std::thread::spawn(move || -> std::io::Result<()> {
        let mut frames = transport::Reader::new(input);
        while let Some(frame) = frames.next_frame()? {
            let message = match frame {
                transport::Frame::Message(m) => m,
                transport::Frame::Malformed { why, id } => {
                    eprintln!("hirelint lsp: ignored a malformed message: {why}");
                    // A request with an id is answered, by the server (which owns the output).
                    let Some(id) = id else { continue };
                    Notification::new(MALFORMED.into(), (id, why)).into()
                }
            };
            if to_server.send(message).is_err() {
                break;
            }
        }
        Ok(())
    });
    let writer = std::thread::spawn(move || -> std::io::Result<()> {
        for message in from_server {
            transport::write(&mut output, &message)?;
        }
        Ok(())
    });
    let result = serve(&server_side);
    drop(server_side);
    // The reader may be blocked on input that never comes: it is not waited for.
    drop(reader);
    writer.join().map_err(|_| "the writer thread panicked")??;
    result
}

/// How the reader hands the server a request it could not read, to be answered with an error.
const MALFORMED: &str = "$/hirelint/malformedRequest";

/// Waits for `initialize`, answering other requests with an error; `None` when the client
/// leaves first.
fn initialize_start(connection: &Connection) -> Option<(RequestId, lsp::InitializeParams)> {
    for message in &connection.receiver {
        match message {
            Message::Request(req) if req.method == lsp::request::Initialize::METHOD => {
                let params = serde_json::from_value(req.params).unwrap_or_else(|e| {
                    eprintln!(
                        "hirelint lsp: initialize params not understood ({e}); using defaults"
                    );
                    lsp::InitializeParams::default()
                });
                return Some((req.id, params));
            }
            Message::Request(req) => {
                let code = lsp_server::ErrorCode::ServerNotInitialized as i32;
                let response = Response::new_err(req.id, code, "initialize first".into());
                connection.sender.send(response.into()).ok()?;
            }
            Message::Notification(n) if n.method == lsp::notification::Exit::METHOD => {
                return None;
            }
            Message::Notification(_) | Message::Response(_) => {}
        }
    }
    None
}

fn serve(connection: &Connection) -> Result<i32, Error> {
    let Some((id, init)) = initialize_start(connection) else {
        return Ok(1);
    };
    let encoding = Encoding::negotiate(
        init.capabilities
            .general
            .as_ref()
            .and_then(|g| g.position_encodings.as_deref()),
    );
    let capabilities = lsp::ServerCapabilities {
        position_encoding: Some(encoding.kind()),
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
            lsp::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lsp::TextDocumentSyncKind::INCREMENTAL),
                save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Simple(true)),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        ..Default::default()
    };
    let result = serde_json::json!({
        "capabilities": capabilities,
        "serverInfo": { "name": "hirelint", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .sender
        .send(Response::new_ok(id, result).into())?;
    let watch = init
        .capabilities
        .workspace
        .as_ref()
        .and_then(|w| w.did_change_watched_files)
        .and_then(|d| d.dynamic_registration)
        .unwrap_or(false);
    let mut server = Server {
        connection,
        encoding,
        docs: HashMap::new(),
        workspace: fresh_workspace(),
        staged: Vec::new(),
        spelled: uris::Spellings::default(),
    };
    if watch {
        server.watch_config_files()?;
    }
    let mut shut_down = false;
    for message in &connection.receiver {
        match message {
            Message::Request(req) if shut_down => {
                let code = lsp_server::ErrorCode::InvalidRequest as i32;
                let why = format!("{} after shutdown", req.method);
                server.send(Response::new_err(req.id, code, why).into())?;
            }
            Message::Request(req) if req.method == lsp::request::Shutdown::METHOD => {
                shut_down = true;
                server.send(Response::new_ok(req.id, ()).into())?;
            }
            Message::Request(req) => server.request(req)?,
            Message::Notification(n) if n.method == lsp::notification::Exit::METHOD => {
                return Ok(if shut_down { 0 } else { 1 });
            }
            Message::Notification(n) if n.method == MALFORMED => {
                if let Ok((id, why)) = serde_json::from_value::<(RequestId, String)>(n.params) {
                    let code = lsp_server::ErrorCode::InvalidRequest as i32;
                    server.send(Response::new_err(id, code, why).into())?;
                }
            }
            Message::Notification(_) if shut_down => {}
            Message::Notification(n) => server.notification(n)?,
            Message::Response(_) => {}
        }
        // Changes still queued would make this lint stale at once: lint when the queue is empty.
        if connection.receiver.is_empty() {
            server.flush()?;
        }
    }
    Ok(1)
}

/// One open posting.
struct Doc {
    text: String,
    /// The client's version of the text, sent back with its diagnostics.
    version: Option<i32>,
    /// The last lint: the posting as read and its findings (none while its config is broken).
    source: Source,
    findings: Vec<Finding>,
    linter: Option<Arc<Linter>>,
}

struct Server<'c> {
    connection: &'c Connection,
    encoding: Encoding,
    docs: HashMap<Uri, Doc>,
    /// Configs and rule sets; replaced when a config file changes.
    workspace: Workspace,
    /// Texts opened or changed and not yet linted, in the order they came.
    staged: Vec<(Uri, String, Option<i32>)>,
    /// Document URIs the client spelled as no valid URI, by the valid URI they stand for.
    spelled: uris::Spellings,
}

fn fresh_workspace() -> Workspace {
    Workspace::new(None, &[]).expect("a workspace without --config always starts")
}

/// The path of a `file:` URI (other schemes: the URI's path, for the format and the config).
fn path_of(uri: &Uri) -> PathBuf {
    url::Url::parse(uri.as_str())
        .ok()
        .and_then(|u| u.to_file_path().ok())
        .unwrap_or_else(|| PathBuf::from(uri.path().as_str()))
}

fn is_config_file(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| crate::config::FILE_NAMES.contains(&n))
}

impl Server<'_> {
    fn send(&self, mut message: Message) -> Result<(), Error> {
        // A document is named to the client as the client named it.
        match &mut message {
            Message::Notification(n) => self.spelled.restore(&mut n.params),
            Message::Response(r) => {
                if let Ok(result) = &mut r.response_result {
                    self.spelled.restore(result);
                }
            }
            Message::Request(_) => {}
        }
        self.connection.sender.send(message)?;
        Ok(())
    }

    fn notify<N: lsp::notification::Notification>(&self, params: N::Params) -> Result<(), Error> {
        self.send(Notification::new(N::METHOD.to_string(), params).into())
    }

    fn watch_config_files(&self) -> Result<(), Error> {
        let options = lsp::DidChangeWatchedFilesRegistrationOptions {
            watchers: crate::config::FILE_NAMES
                .iter()
                .map(|n| lsp::FileSystemWatcher {
                    glob_pattern: lsp::GlobPattern::String(format!("**/{n}")),
                    kind: None,
                })
                .collect(),
        };
        let params = lsp::RegistrationParams {
            registrations: vec![lsp::Registration {
                id: "hirelint-config".into(),
                method: lsp::notification::DidChangeWatchedFiles::METHOD.into(),
                register_options: Some(serde_json::to_value(options)?),
            }],
        };
        let req = Request::new(
            RequestId::from("hirelint-watch".to_string()),
            lsp::request::RegisterCapability::METHOD.into(),
            params,
        );
        self.send(req.into())
    }

    /// A notification; one whose params do not fit is logged and ignored (it gets no answer).
    fn notification(&mut self, mut n: Notification) -> Result<(), Error> {
        use lsp::notification::*;
        self.spelled.mend(&mut n.params);
        fn params<P: serde::de::DeserializeOwned>(n: lsp_server::Notification) -> Option<P> {
            serde_json::from_value(n.params)
                .map_err(|e| eprintln!("hirelint lsp: ignored {}: {e}", n.method))
                .ok()
        }
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Some(p) = params::<lsp::DidOpenTextDocumentParams>(n) {
                    let doc = p.text_document;
                    self.stage(doc.uri, doc.text, Some(doc.version));
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Some(p) = params::<lsp::DidChangeTextDocumentParams>(n) {
                    self.change(p)?;
                }
            }
            DidSaveTextDocument::METHOD => {
                let Some(p) = params::<lsp::DidSaveTextDocumentParams>(n) else {
                    return Ok(());
                };
                self.flush()?;
                if is_config_file(&path_of(&p.text_document.uri)) {
                    self.config_changed()?;
                } else if let Some(doc) = self.docs.get(&p.text_document.uri) {
                    let (text, version) = (doc.text.clone(), doc.version);
                    self.open(p.text_document.uri, text, version)?;
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(p) = params::<lsp::DidCloseTextDocumentParams>(n) {
                    self.staged.retain(|(u, _, _)| *u != p.text_document.uri);
                    self.docs.remove(&p.text_document.uri);
                    self.publish(p.text_document.uri, Vec::new(), None)?;
                }
            }
            DidChangeWatchedFiles::METHOD | DidChangeConfiguration::METHOD => {
                self.flush()?;
                self.config_changed()?;
            }
            _ => {}
        }
        Ok(())
    }

    /// Applies a document's changes in order: a change with a range replaces that range, one
    /// without replaces the whole text. A change to a document not open is ignored.
    fn change(&mut self, p: lsp::DidChangeTextDocumentParams) -> Result<(), Error> {
        let uri = p.text_document.uri;
        let staged = self.staged.iter().find(|(u, _, _)| *u == uri);
        let Some(mut text) = staged
            .map(|(_, t, _)| t.clone())
            .or_else(|| self.docs.get(&uri).map(|d| d.text.clone()))
        else {
            eprintln!(
                "hirelint lsp: ignored a change to {}, which is not open",
                uri.as_str()
            );
            return Ok(());
        };
        for change in p.content_changes {
            match change.range {
                Some(range) => {
                    let lines = Lines::new(&text, self.encoding);
                    let start = lines.offset(range.start);
                    let end = lines.offset(range.end).max(start);
                    text.replace_range(start..end, &change.text);
                }
                None => text = change.text,
            }
        }
        self.stage(uri, text, Some(p.text_document.version));
        Ok(())
    }

    /// Keeps a document's new text to be linted once the queue of messages is empty (or
    /// before anything that needs its findings): twenty quick edits are linted once.
    fn stage(&mut self, uri: Uri, text: String, version: Option<i32>) {
        match self.staged.iter_mut().find(|(u, _, _)| *u == uri) {
            Some(entry) => *entry = (uri, text, version),
            None => self.staged.push((uri, text, version)),
        }
    }

    /// Lints the staged documents and publishes their diagnostics.
    fn flush(&mut self) -> Result<(), Error> {
        for (uri, text, version) in std::mem::take(&mut self.staged) {
            self.open(uri, text, version)?;
        }
        Ok(())
    }

    /// A config file changed: read configs and rules again and lint every open posting.
    fn config_changed(&mut self) -> Result<(), Error> {
        self.workspace = fresh_workspace();
        let open: Vec<(Uri, String, Option<i32>)> = self
            .docs
            .iter()
            .map(|(u, d)| (u.clone(), d.text.clone(), d.version))
            .collect();
        for (uri, text, version) in open {
            self.open(uri, text, version)?;
        }
        Ok(())
    }

    /// Lints a posting's text and publishes its diagnostics, with the version they are of.
    fn open(&mut self, uri: Uri, text: String, version: Option<i32>) -> Result<(), Error> {
        let path = path_of(&uri);
        if is_config_file(&path) {
            return Ok(());
        }
        let source = Source::new(
            path.display().to_string(),
            text.clone(),
            Format::from_path(&path),
        );
        let (findings, linter, diagnostics) = match self.workspace.setup(&path) {
            Ok((settings, linter)) => {
                // An editor lints with the same rules on every change: compile them all once.
                linter.compile_all();
                let findings = linter.lint(&source, &settings.lint_options()).findings;
                let diagnostics = self.diagnostics(&uri, &source, &findings);
                (findings, Some(linter), diagnostics)
            }
            Err(e) => (Vec::new(), None, vec![setup_diagnostic(&e)]),
        };
        self.docs.insert(
            uri.clone(),
            Doc {
                text,
                version,
                source,
                findings,
                linter,
            },
        );
        self.publish(uri, diagnostics, version)
    }

    fn publish(
        &self,
        uri: Uri,
        diagnostics: Vec<lsp::Diagnostic>,
        version: Option<i32>,
    ) -> Result<(), Error> {
        self.notify::<lsp::notification::PublishDiagnostics>(lsp::PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        })
    }

    fn diagnostics(
        &self,
        uri: &Uri,
        source: &Source,
        findings: &[Finding],
    ) -> Vec<lsp::Diagnostic> {
        let lines = Lines::new(source.file_text(), self.encoding);
        let range = |span| {
            let s = source.file_span(span);
            lines.range(s.start, s.end)
        };
        findings
            .iter()
            .filter(|f| f.is_active())
            .map(|f| {
                let mut labels = f.labels.iter();
                let first = labels.next();
                let related: Vec<lsp::DiagnosticRelatedInformation> = labels
                    .map(|l| lsp::DiagnosticRelatedInformation {
                        location: lsp::Location::new(uri.clone(), range(l.span)),
                        message: l.text.clone(),
                    })
                    .collect();
                lsp::Diagnostic {
                    range: first.map_or_else(Default::default, |l| range(l.span)),
                    severity: Some(match f.severity {
                        crate::rules::Severity::Error => lsp::DiagnosticSeverity::ERROR,
                        crate::rules::Severity::Warning => lsp::DiagnosticSeverity::WARNING,
                        crate::rules::Severity::Info => lsp::DiagnosticSeverity::INFORMATION,
                    }),
                    code: Some(lsp::NumberOrString::String(f.rule.clone())),
                    code_description: f
                        .docs
                        .as_deref()
                        .and_then(|d| Uri::from_str(d).ok())
                        .map(|href| lsp::CodeDescription { href }),
                    source: Some("hirelint".into()),
                    message: f.message.clone(),
                    related_information: (!related.is_empty()).then_some(related),
                    ..Default::default()
                }
            })
            .collect()
    }

    /// A request; one whose params do not fit gets an InvalidParams error.
    fn request(&mut self, mut req: Request) -> Result<(), Error> {
        use lsp::request::*;
        self.spelled.mend(&mut req.params);
        // Answered on the documents as they are now.
        self.flush()?;
        let result = match req.method.as_str() {
            CodeActionRequest::METHOD => serde_json::from_value(req.params)
                .map(|p: lsp::CodeActionParams| serde_json::to_value(self.code_actions(&p))),
            HoverRequest::METHOD => serde_json::from_value(req.params)
                .map(|p: lsp::HoverParams| serde_json::to_value(self.hover(&p))),
            _ => {
                let response = Response::new_err(
                    req.id,
                    lsp_server::ErrorCode::MethodNotFound as i32,
                    format!("hirelint does not handle {}", req.method),
                );
                return self.send(response.into());
            }
        };
        let response = match result {
            Ok(value) => Response::new_ok(req.id, value?),
            Err(e) => Response::new_err(
                req.id,
                lsp_server::ErrorCode::InvalidParams as i32,
                format!("{}: {e}", req.method),
            ),
        };
        self.send(response.into())
    }

    fn code_actions(&self, p: &lsp::CodeActionParams) -> Vec<lsp::CodeActionOrCommand> {
        let uri = &p.text_document.uri;
        let Some(doc) = self.docs.get(uri) else {
            return Vec::new();
        };
        let file = doc.source.file_text();
        let lines = Lines::new(file, self.encoding);
        let wanted = (lines.offset(p.range.start), lines.offset(p.range.end));
        let eol = if file.contains("\r\n") { "\r\n" } else { "\n" };
        let mut actions = Vec::new();
        for f in doc.findings.iter().filter(|f| f.is_active()) {
            let Some(label) = f.labels.first() else {
                continue;
            };
            let span = doc.source.file_span(label.span);
            // The finding's range meets the asked range (a cursor inside it counts).
            if span.end < wanted.0 || span.start > wanted.1 {
                continue;
            }
            let edit = |range: lsp::Range, new_text: String| lsp::WorkspaceEdit {
                changes: Some(HashMap::from([(
                    uri.clone(),
                    vec![lsp::TextEdit::new(range, new_text)],
                )])),
                ..Default::default()
            };
            if let Some(fix) =
                crate::fix::applicable(&doc.source, std::slice::from_ref(f), true).first()
            {
                actions.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                    title: format!(
                        "Replace \"{}\" with \"{}\"{}",
                        &file[fix.span.range()],
                        fix.replacement,
                        if fix.safe {
                            ""
                        } else {
                            " (check the sentence)"
                        }
                    ),
                    kind: Some(lsp::CodeActionKind::QUICKFIX),
                    edit: Some(edit(
                        lines.range(fix.span.start, fix.span.end),
                        fix.replacement.clone(),
                    )),
                    is_preferred: Some(fix.safe),
                    ..Default::default()
                }));
            }
            // "Disable for this line": a suppression above the line, its reason to be written.
            // An HTML page's comments are not read as suppressions: none is offered there.
            if doc.source.format == Format::Html {
                continue;
            }
            let line_start = lines.line_start(span.start);
            let indent: String = file[line_start..]
                .chars()
                .take_while(|c| *c == ' ' || *c == '\t')
                .collect();
            let directive = format!("hirelint-disable-next-line {} -- TODO: say why", f.rule);
            let text = match doc.source.format {
                Format::Text => format!("{indent}{directive}{eol}"),
                Format::Markdown | Format::Html => format!("{indent}<!-- {directive} -->{eol}"),
            };
            let at = lines.range(line_start, line_start);
            actions.push(lsp::CodeActionOrCommand::CodeAction(lsp::CodeAction {
                title: format!("Disable {} for this line", f.rule),
                kind: Some(lsp::CodeActionKind::QUICKFIX),
                edit: Some(edit(at, text)),
                ..Default::default()
            }));
        }
        actions
    }

    fn hover(&self, p: &lsp::HoverParams) -> Option<lsp::Hover> {
        let at = &p.text_document_position_params;
        let doc = self.docs.get(&at.text_document.uri)?;
        let lines = Lines::new(doc.source.file_text(), self.encoding);
        let offset = lines.offset(at.position);
        let f = doc.findings.iter().filter(|f| f.is_active()).find(|f| {
            f.labels.iter().any(|l| {
                let s = doc.source.file_span(l.span);
                s.start <= offset && offset <= s.end
            })
        })?;
        let rule = doc
            .linter
            .as_ref()
            .and_then(|l| l.rules.rules.iter().find(|r| r.id == f.rule));
        let mut md = format!(
            "**{}** ({})\n\n{}\n",
            f.rule,
            f.severity.as_str(),
            f.message
        );
        if let Some(help) = &f.help {
            md.push_str(&format!("\n{help}\n"));
        }
        if let Some(description) = rule.and_then(|r| r.description.as_deref()) {
            md.push_str(&format!("\n{description}\n"));
        }
        if let Some(docs) = &f.docs {
            md.push_str(&format!("\n[Documentation]({docs})\n"));
        }
        Some(lsp::Hover {
            contents: lsp::HoverContents::Markup(lsp::MarkupContent {
                kind: lsp::MarkupKind::Markdown,
                value: md,
            }),
            range: None,
        })
    }
}

/// A config or rule folder that cannot be used, shown at the top of the posting.
fn setup_diagnostic(e: &SetupError) -> lsp::Diagnostic {
    let message = match e {
        SetupError::Config(ConfigError { file, message, .. }) => format!("{file}: {message}"),
        SetupError::Rules(r) => r.to_string(),
    };
    lsp::Diagnostic {
        range: lsp::Range::default(),
        severity: Some(lsp::DiagnosticSeverity::ERROR),
        source: Some("hirelint".into()),
        message,
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn notification(method: &str, params: serde_json::Value) -> Message {
        Notification::new(method.into(), params).into()
    }

    #[test]
    fn changes_queued_together_are_linted_once_at_their_last_version() {
        let (server, client) = Connection::memory();
        let uri = "file:///p/job.md";
        let send = |m: Message| client.sender.send(m).unwrap();
        send(
            Request::new(
                RequestId::from(1),
                "initialize".into(),
                serde_json::json!({"capabilities": {}}),
            )
            .into(),
        );
        send(notification("initialized", serde_json::json!({})));
        send(notification(
            "textDocument/didOpen",
            serde_json::json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": "# Salesman\n"}}),
        ));
        for v in 2..=21 {
            send(notification(
                "textDocument/didChange",
                serde_json::json!({"textDocument": {"uri": uri, "version": v}, "contentChanges": [
                    {"range": {"start": {"line": 1, "character": 0}, "end": {"line": 1, "character": 0}}, "text": "x\n"}
                ]}),
            ));
        }
        // A request is answered on the text as it is now: the changes are linted first.
        send(
            Request::new(
                RequestId::from(2),
                "textDocument/hover".into(),
                serde_json::json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 4}}),
            )
            .into(),
        );
        send(
            Request::new(
                RequestId::from(3),
                "shutdown".into(),
                serde_json::Value::Null,
            )
            .into(),
        );
        send(notification("exit", serde_json::Value::Null));
        // Everything is queued before the server reads anything.
        assert_eq!(serve(&server).unwrap(), 0);
        let published: Vec<lsp::PublishDiagnosticsParams> = client
            .receiver
            .try_iter()
            .filter_map(|m| match m {
                Message::Notification(n) if n.method == "textDocument/publishDiagnostics" => {
                    serde_json::from_value(n.params).ok()
                }
                _ => None,
            })
            .collect();
        assert_eq!(published.len(), 1, "one lint for 21 versions");
        assert_eq!(published[0].version, Some(21));
        // Every edit applied: the title is still flagged, on the text with twenty more lines.
        let codes: Vec<_> = published[0]
            .diagnostics
            .iter()
            .filter_map(|d| d.code.clone())
            .collect();
        assert!(
            codes.contains(&lsp::NumberOrString::String("language/gendered".into())),
            "{codes:?}"
        );
    }
}
