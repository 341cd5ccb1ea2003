//! The language server, driven over JSON-RPC like an editor does: initialize, didOpen,
//! didChange, publishDiagnostics, codeAction, hover, a config change, shutdown.

use serde_json::{Value, json};
use std::io::{BufRead, BufReader, Read, Write};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

struct Client {
    child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    next_id: i64,
}

impl Client {
    fn start() -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_hirelint"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("hirelint lsp starts");
        let stdin = child.stdin.take().unwrap();
        let stdout = BufReader::new(child.stdout.take().unwrap());
        Client {
            child,
            stdin,
            stdout,
            next_id: 1,
        }
    }

    fn send(&mut self, message: Value) {
        let body = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let m = self.receive();
            if m["id"] == id && m.get("method").is_none() {
                return m;
            }
        }
    }

    fn receive(&mut self) -> Value {
        let mut length = 0;
        loop {
            let mut line = String::new();
            assert!(
                self.stdout.read_line(&mut line).unwrap() > 0,
                "server closed"
            );
            let line = line.trim_end();
            if line.is_empty() {
                break;
            }
            if let Some(n) = line.strip_prefix("Content-Length: ") {
                length = n.parse().unwrap();
            }
        }
        let mut body = vec![0; length];
        self.stdout.read_exact(&mut body).unwrap();
        let m: Value = serde_json::from_slice(&body).unwrap();
        // Answer the server's own requests (capability registration).
        if m.get("method").is_some() && m.get("id").is_some() {
            let id = m["id"].clone();
            self.send(json!({"jsonrpc": "2.0", "id": id, "result": null}));
        }
        m
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        loop {
            let m = self.receive();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"]["diagnostics"].as_array().unwrap().clone();
            }
        }
    }
}

fn codes(diagnostics: &[Value]) -> Vec<&str> {
    diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

#[test]
fn an_editor_session() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("job.md");
    let uri = url::Url::from_file_path(&path).unwrap().to_string();
    let mut c = Client::start();
    let init = c.request(
        "initialize",
        json!({"processId": null, "rootUri": null, "capabilities": {
            "workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}
        }}),
    );
    assert_eq!(init["result"]["capabilities"]["positionEncoding"], "utf-16");
    c.notify("initialized", json!({}));

    // "€" and "–" are one UTF-16 unit each but three UTF-8 bytes: the range counts units.
    let text = "# Barista\n\nLocation: Boise, ID\n\nPay: €18–€22 an hour. Health insurance. Join our rockstar crew.\n\nAcme is an equal opportunity employer.\n";
    std::fs::write(&path, text).unwrap();
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(codes(&d), ["language/rockstar"]);
    let line = "Pay: €18–€22 an hour. Health insurance. Join our rockstar crew.";
    let utf16_col = line[..line.find("rockstar").unwrap()]
        .encode_utf16()
        .count();
    assert_eq!(
        d[0]["range"]["start"],
        json!({"line": 4, "character": utf16_col})
    );
    assert_eq!(d[0]["severity"], 2);
    assert_eq!(d[0]["source"], "hirelint");

    // A change: the diagnostics follow the text.
    let text2 = "# Salesman\n\nLocation: Boise, ID\n\nPay: €18–€22 an hour. Health insurance.\n\nAcme is an equal opportunity employer.\n";
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": text2}]}),
    );
    let d = c.diagnostics(&uri);
    assert_eq!(codes(&d), ["language/gendered"]);
    let range = d[0]["range"].clone();
    assert_eq!(
        range,
        json!({"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 10}})
    );

    // Code actions: the rule's fix and a suppression with a reason to write.
    let actions = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": range, "context": {"diagnostics": d}}),
    );
    let actions = actions["result"].as_array().unwrap();
    let titles: Vec<&str> = actions
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert_eq!(
        titles,
        [
            "Replace \"Salesman\" with \"Salesperson\"",
            "Disable language/gendered for this line"
        ]
    );
    let fix = &actions[0]["edit"]["changes"][&uri][0];
    assert_eq!(fix["newText"], "Salesperson");
    assert_eq!(fix["range"], range);
    let disable = &actions[1]["edit"]["changes"][&uri][0];
    assert_eq!(
        disable["newText"],
        "<!-- hirelint-disable-next-line language/gendered -- TODO: say why -->\n"
    );

    // Hover on the finding shows the rule's documentation.
    let hover = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": 0, "character": 4}}),
    );
    let value = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        value.starts_with("**language/gendered** (warning)"),
        "{value}"
    );
    assert!(value.contains("What it does:"), "{value}");

    // A config written next to the posting is picked up without a restart.
    std::fs::write(dir.path().join("hirelint.yaml"), "ignore: [language/]\n").unwrap();
    c.notify(
        "workspace/didChangeWatchedFiles",
        json!({"changes": [{"uri": url::Url::from_file_path(dir.path().join("hirelint.yaml")).unwrap().to_string(), "type": 1}]}),
    );
    assert_eq!(codes(&c.diagnostics(&uri)), Vec::<&str>::new());
    // A broken config is shown on the posting, located.
    std::fs::write(dir.path().join("hirelint.yaml"), "ignroe: [x]\n").unwrap();
    c.notify("workspace/didChangeConfiguration", json!({"settings": {}}));
    let d = c.diagnostics(&uri);
    assert!(
        d[0]["message"]
            .as_str()
            .unwrap()
            .contains("unknown field `ignroe`"),
        "{d:?}"
    );

    let shutdown = c.request("shutdown", Value::Null);
    assert!(shutdown["error"].is_null());
    c.notify("exit", Value::Null);
    let status = c.child.wait().unwrap();
    assert!(status.success());
}

impl Client {
    fn started() -> Client {
        let mut c = Client::start();
        c.request("initialize", json!({"processId": null, "capabilities": {}}));
        c.notify("initialized", json!({}));
        c
    }

    fn open(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "markdown", "version": 1, "text": text}}),
        );
    }

    /// The next diagnostics published for `uri`, whole (with their version).
    fn published(&mut self, uri: &str) -> Value {
        loop {
            let m = self.receive();
            if m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri {
                return m["params"].clone();
            }
        }
    }

    fn raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).unwrap();
        self.stdin.flush().unwrap();
    }
}

const GENDERED: &str = "# Salesman\n\nLocation: Boise, ID\n";

#[test]
fn bad_messages_are_answered_or_ignored_and_every_document_stays_served() {
    let mut c = Client::started();
    c.open("file:///p/kept.md", GENDERED);
    assert!(codes(&c.diagnostics("file:///p/kept.md")).contains(&"language/gendered"));
    // Notifications that do not fit are ignored.
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": "file:///p/a.md", "languageId": "markdown", "version": 1, "text": 42}}),
    );
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": "file:///p/kept.md", "version": 2}}),
    );
    c.open("file:///p/a b.md", GENDERED);
    // Bytes that are not a message, and a Content-Length larger than its body.
    c.raw(b"Content-Length: 9\r\n\r\n{not json");
    c.raw(b"X-Header: without a length\r\n\r\n");
    c.raw(b"Content-Length: 60\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"x\"}");
    // Requests that do not fit get an error each.
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": "file:///p/kept.md"}}),
    );
    assert_eq!(r["error"]["code"], -32602, "{r}");
    let r = c.request("textDocument/hover", json!("not an object"));
    assert_eq!(r["error"]["code"], -32602, "{r}");
    c.send(json!({"jsonrpc": "2.0", "id": 99, "method": 5}));
    let answer = loop {
        let m = c.receive();
        if m["id"] == 99 {
            break m;
        }
    };
    assert_eq!(answer["error"]["code"], -32600, "{answer}");
    // The server still serves: the open document, and a new one.
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///p/kept.md"}, "position": {"line": 0, "character": 9}}),
    );
    let shown = r["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        shown.contains("Boise") || shown.starts_with("**"),
        "{shown}"
    );
    c.open("file:///p/next.md", GENDERED);
    assert!(codes(&c.diagnostics("file:///p/next.md")).contains(&"language/gendered"));
}

#[test]
fn ranged_changes_are_applied_and_diagnostics_carry_the_version() {
    let mut c = Client::started();
    let uri = "file:///p/job.md";
    c.open(uri, GENDERED);
    let p = c.published(uri);
    assert_eq!(p["version"], 1);
    // "Salesman" (line 0, characters 2..10) becomes "Clerk"; then a line is added.
    c.notify(
        "textDocument/didChange",
        json!({"textDocument": {"uri": uri, "version": 2}, "contentChanges": [
            {"range": {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 10}}, "text": "Clerk"},
            {"range": {"start": {"line": 3, "character": 0}, "end": {"line": 3, "character": 0}}, "text": "\nOur guys are great.\n"}
        ]}),
    );
    let p = c.published(uri);
    assert_eq!(p["version"], 2);
    // "Clerk" is not gendered; "guys" on the added line is, where the edits put it.
    let d = p["diagnostics"].as_array().unwrap();
    let gendered: Vec<&Value> = d
        .iter()
        .filter(|x| x["code"] == "language/gendered")
        .collect();
    assert_eq!(gendered.len(), 1, "{d:?}");
    assert_eq!(
        gendered[0]["range"]["start"],
        json!({"line": 4, "character": 4})
    );
}

#[test]
fn html_postings_are_offered_no_suppression_comment() {
    let mut c = Client::started();
    let uri = "file:///p/page.html";
    let page = "<html><body>\n<h1>Salesman</h1>\n<p>Location: Boise, ID.</p>\n</body></html>\n";
    c.notify(
        "textDocument/didOpen",
        json!({"textDocument": {"uri": uri, "languageId": "html", "version": 1, "text": page}}),
    );
    let d = c.diagnostics(uri);
    let g: Vec<&Value> = d
        .iter()
        .filter(|x| x["code"] == "language/gendered")
        .collect();
    assert_eq!(g.len(), 1, "{d:?}");
    let r = c.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": uri}, "range": g[0]["range"], "context": {"diagnostics": [g[0]]}}),
    );
    let titles: Vec<&str> = r["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["title"].as_str().unwrap())
        .collect();
    assert!(
        !titles.iter().any(|t| t.starts_with("Disable")),
        "{titles:?}"
    );
}

#[test]
fn shutdown_and_exit_follow_the_protocol() {
    // A request after shutdown is an error; exit then ends with 0.
    let mut c = Client::started();
    assert!(c.request("shutdown", Value::Null)["error"].is_null());
    let r = c.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": "file:///x.md"}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(r["error"]["code"], -32600, "{r}");
    c.notify("exit", Value::Null);
    assert_eq!(c.child.wait().unwrap().code(), Some(0));
    // Exit without shutdown ends with 1.
    let mut c = Client::started();
    c.notify("exit", Value::Null);
    assert_eq!(c.child.wait().unwrap().code(), Some(1));
}

#[test]
fn a_document_uri_with_a_space_is_served_and_named_as_sent() {
    let mut c = Client::started();
    for uri in ["file:///p/a b.md", "file:///p/café 100%.md"] {
        c.open(uri, GENDERED);
        let published = c.published(uri);
        let diagnostics = published["diagnostics"].as_array().unwrap();
        assert!(
            codes(diagnostics).contains(&"language/gendered"),
            "{uri}: {published}"
        );
        // Requests on it are answered, with its own spelling in what they return.
        let r = c.request(
            "textDocument/codeAction",
            json!({"textDocument": {"uri": uri}, "range": {"start": {"line": 0, "character": 2}, "end": {"line": 0, "character": 10}}, "context": {"diagnostics": []}}),
        );
        let text = r["result"].to_string();
        assert!(text.contains(uri), "{uri}: {r}");
        assert!(!text.contains("%20"), "{uri}: {r}");
    }
}
