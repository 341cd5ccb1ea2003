//! Reading and writing JSON-RPC messages (`Content-Length` framing) without ever giving up.
//!
//! lsp-server's own stdio transport ends the connection at the first malformed message, and
//! the server with it. Here a frame that is not a message is reported and skipped: a body
//! that does not parse, a header without a `Content-Length`, or a `Content-Length` larger than
//! its body (which swallows the start of the next message: reading resumes at the
//! `Content-Length` found inside the bad body).

use lsp_server::Message;
use std::io::{Read, Write};

/// What one frame of the stream held.
#[derive(Debug)]
pub enum Frame {
    Message(Message),
    /// Not a message, and why; a request's id when one could be read from it.
    Malformed {
        why: String,
        id: Option<lsp_server::RequestId>,
    },
}

/// Frames read from a byte stream.
pub struct Reader<R> {
    inner: R,
    /// Bytes read and not yet taken.
    buf: Vec<u8>,
    eof: bool,
}

const HEADER_END: &[u8] = b"\r\n\r\n";
const LENGTH: &[u8] = b"content-length:";

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn find_length(haystack: &[u8]) -> Option<usize> {
    haystack
        .windows(LENGTH.len())
        .position(|w| w.eq_ignore_ascii_case(LENGTH))
}

impl<R: Read> Reader<R> {
    pub fn new(inner: R) -> Self {
        Reader {
            inner,
            buf: Vec::new(),
            eof: false,
        }
    }

    /// Reads more bytes; false at the end of the stream.
    fn fill(&mut self) -> std::io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        let mut chunk = [0u8; 8192];
        let n = loop {
            match self.inner.read(&mut chunk) {
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                other => break other?,
            }
        };
        self.eof = n == 0;
        self.buf.extend_from_slice(&chunk[..n]);
        Ok(n > 0)
    }

    /// The next frame, or `None` at the end of the stream.
    pub fn next_frame(&mut self) -> std::io::Result<Option<Frame>> {
        let header_len = loop {
            if let Some(i) = find(&self.buf, HEADER_END) {
                break i + HEADER_END.len();
            }
            if !self.fill()? {
                if self.buf.iter().all(u8::is_ascii_whitespace) {
                    return Ok(None);
                }
                self.buf.clear();
                return Ok(Some(malformed("the stream ended inside a header")));
            }
        };
        let header = String::from_utf8_lossy(&self.buf[..header_len]).into_owned();
        let length = header.lines().find_map(|line| {
            let (name, value) = line.split_once(':')?;
            name.trim()
                .eq_ignore_ascii_case("content-length")
                .then(|| value.trim().parse::<usize>().ok())
        });
        let Some(Some(length)) = length else {
            self.skip_to_next_header(header_len);
            return Ok(Some(malformed("a header without a valid Content-Length")));
        };
        while self.buf.len() < header_len + length {
            if !self.fill()? {
                self.buf.clear();
                return Ok(Some(malformed("the stream ended inside a message")));
            }
        }
        let body = &self.buf[header_len..header_len + length];
        match serde_json::from_slice::<Message>(body) {
            Ok(message) => {
                self.buf.drain(..header_len + length);
                Ok(Some(Frame::Message(message)))
            }
            Err(e) => {
                let id = request_id(body);
                let why = format!("not a JSON-RPC message ({e})");
                // A Content-Length too large takes in the next message's header: resume there.
                match find_length(body) {
                    Some(i) => drop(self.buf.drain(..header_len + i)),
                    None => drop(self.buf.drain(..header_len + length)),
                }
                Ok(Some(Frame::Malformed { why, id }))
            }
        }
    }

    /// Drops a bad header, and anything up to the next `Content-Length`.
    fn skip_to_next_header(&mut self, header_len: usize) {
        let next = find_length(&self.buf[header_len..]).map_or(self.buf.len(), |i| header_len + i);
        self.buf.drain(..next);
    }
}

fn malformed(why: &str) -> Frame {
    Frame::Malformed {
        why: why.to_string(),
        id: None,
    }
}

/// The id of a request that is JSON but not a valid message, so that it can be answered.
fn request_id(body: &[u8]) -> Option<lsp_server::RequestId> {
    let value: serde_json::Value = serde_json::from_slice(body).ok()?;
    value.get("method")?;
    serde_json::from_value(value.get("id")?.clone()).ok()
}

/// Writes one message with its header, and flushes it.
pub fn write(w: &mut impl Write, message: &Message) -> std::io::Result<()> {
    message.write(w)?;
    w.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    fn frames(stream: &str) -> Vec<String> {
        let mut reader = Reader::new(stream.as_bytes());
        let mut out = Vec::new();
        while let Some(f) = reader.next_frame().unwrap() {
            out.push(match f {
                Frame::Message(Message::Notification(n)) => n.method,
                Frame::Message(m) => format!("{m:?}"),
                Frame::Malformed { id, .. } => format!("malformed {id:?}"),
            });
        }
        out
    }

    #[test]
    fn bad_frames_are_reported_and_the_stream_goes_on() {
        let good = |m: &str| frame(&format!(r#"{{"jsonrpc":"2.0","method":"{m}"}}"#));
        let stream = [
            good("a"),
            frame("{not json"),
            good("b"),
            // Content-Length larger than the body: it swallows the next header.
            format!(
                "Content-Length: 60\r\n\r\n{}",
                r#"{"jsonrpc":"2.0","method":"x"}"#
            ),
            good("c"),
            "X-Nothing: 1\r\n\r\n".to_string(),
            good("d"),
            frame(r#"{"jsonrpc":"2.0","id":7,"method":3}"#),
            good("e"),
        ]
        .concat();
        assert_eq!(
            frames(&stream),
            [
                "a",
                "malformed None",
                "b",
                "malformed None",
                "c",
                "malformed None",
                "d",
                "malformed Some(RequestId(I32(7)))",
                "e"
            ]
        );
    }

    #[test]
    fn a_stream_cut_inside_a_message_ends_with_a_malformed_frame() {
        assert_eq!(
            frames("Content-Length: 99\r\n\r\n{\"jsonrpc\""),
            ["malformed None"]
        );
    }
}
