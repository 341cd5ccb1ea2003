//! lsp: the language server survives any stream of bytes after `initialize` (malformed frames,
//! wrong lengths, ill-typed params, edits out of range): it never panics, answers
//! `initialize`, and ends when its input does.
//!
//! The first byte picks how the rest is sent: even, as bodies separated by 0xFF bytes, each
//! framed with its right Content-Length (to reach the handlers); odd, as raw bytes (to reach
//! the framing).
#![no_main]

use libfuzzer_sys::fuzz_target;
use std::io::Write;
use std::sync::{Arc, Mutex};

/// The server's output, kept to be checked.
#[derive(Clone, Default)]
struct Shared(Arc<Mutex<Vec<u8>>>);

impl Write for Shared {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

fn frame(out: &mut Vec<u8>, body: &[u8]) {
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
}

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else {
        return;
    };
    let mut input = Vec::new();
    frame(
        &mut input,
        br#"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":{}}}"#,
    );
    if mode % 2 == 0 {
        for body in rest.split(|b| *b == 0xFF) {
            frame(&mut input, body);
        }
    } else {
        input.extend_from_slice(rest);
    }
    let output = Shared::default();
    let code = hirelint::lsp::run_on(std::io::Cursor::new(input), output.clone());
    assert!(code.is_ok(), "{code:?}");
    let written = output.0.lock().unwrap();
    assert!(
        written.starts_with(b"Content-Length: "),
        "initialize was not answered"
    );
});
