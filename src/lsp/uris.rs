//! Document URIs that are not valid URIs. Some clients send a path as it is
//! (`file:///postings/a b.md`, `file:///tmp/café.md`), which the protocol's URI type refuses:
//! such a document is served under the URI it stands for (the same with its characters
//! percent-encoded), and named back to the client as the client spelled it.

use lsp_types::Uri;
use serde_json::Value;
use std::collections::HashMap;
use std::str::FromStr;

/// The client's spellings, by the valid URI each stands for.
#[derive(Default)]
pub struct Spellings(HashMap<String, String>);

impl Spellings {
    /// Replaces `textDocument.uri` in a message's params by a valid URI when it is none, and
    /// remembers how the client spelled it.
    pub fn mend(&mut self, params: &mut Value) {
        let Some(uri) = params
            .get_mut("textDocument")
            .and_then(|d| d.get_mut("uri"))
        else {
            return;
        };
        let Some(spelled) = uri.as_str() else {
            return;
        };
        if Uri::from_str(spelled).is_ok() {
            return;
        }
        let encoded = encode(spelled);
        if Uri::from_str(&encoded).is_ok() {
            self.0.insert(encoded.clone(), spelled.to_string());
            *uri = Value::String(encoded);
        }
    }

    /// Names every mended document in an outgoing message as the client spelled it: string
    /// values, and object keys (a workspace edit's `changes`).
    pub fn restore(&self, value: &mut Value) {
        if self.0.is_empty() {
            return;
        }
        match value {
            Value::String(s) => {
                if let Some(spelled) = self.0.get(s.as_str()) {
                    *s = spelled.clone();
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|v| self.restore(v)),
            Value::Object(map) => {
                let renamed: Vec<String> = map
                    .keys()
                    .filter(|k| self.0.contains_key(k.as_str()))
                    .cloned()
                    .collect();
                for key in renamed {
                    if let Some(v) = map.remove(&key) {
                        map.insert(self.0[&key].clone(), v);
                    }
                }
                map.values_mut().for_each(|v| self.restore(v));
            }
            _ => {}
        }
    }
}

/// `s` with every character a URI may not hold percent-encoded (its UTF-8 bytes), and a `%`
/// that starts no escape too.
fn encode(s: &str) -> String {
    const KEPT: &str = "-._~:/?#[]@!$&'()*+,;=";
    let bytes = s.as_bytes();
    let mut out = String::with_capacity(s.len() + 8);
    for (i, c) in s.char_indices() {
        let escape = c == '%'
            && bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
            && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        if c.is_ascii_alphanumeric() || KEPT.contains(c) || escape {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_that_are_no_uri_are_mended_and_restored() {
        let mut s = Spellings::default();
        for (spelled, valid) in [
            ("file:///postings/a b.md", "file:///postings/a%20b.md"),
            (
                "file:///tmp/café 100%.md",
                "file:///tmp/caf%C3%A9%20100%25.md",
            ),
        ] {
            let mut params = serde_json::json!({"textDocument": {"uri": spelled}});
            s.mend(&mut params);
            assert_eq!(params["textDocument"]["uri"], valid);
            let mut out = serde_json::json!({"uri": valid, "changes": {valid: [1]}});
            s.restore(&mut out);
            assert_eq!(
                out,
                serde_json::json!({"uri": spelled, "changes": {spelled: [1]}})
            );
        }
        // A valid URI is left as it is.
        let mut params = serde_json::json!({"textDocument": {"uri": "file:///a%20b.md"}});
        s.mend(&mut params);
        assert_eq!(params["textDocument"]["uri"], "file:///a%20b.md");
    }
}
