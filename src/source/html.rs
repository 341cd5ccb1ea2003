//! Saved career pages (`.html`, `.htm`): the visible text, with a map back into the HTML.
//!
//! The page is tokenized by html5gum (a WHATWG tokenizer that reports byte spans). Its visible
//! text is rendered as plain-text posting lines (`# ` headings, `- ` list items, a blank line
//! between blocks; entities decoded; whitespace collapsed as a browser does), and every byte
//! of that text keeps where it came from in the HTML, so that findings point into the file.
//! Scripts, styles and the `<head>` are not visible; `application/ld+json` scripts are kept
//! after the visible text, verbatim, for the JSON-LD facts.

use super::Span;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// A page rendered as text: what the checks read, and how to get back to the HTML.
#[derive(Debug, Clone)]
pub struct Rendered {
    /// The HTML as read from the file.
    pub html: String,
    /// The visible text ends here; after it come the JSON-LD scripts.
    pub visible_end: usize,
    /// Each `application/ld+json` script, as a span of the rendered text.
    pub json_ld: Vec<Span>,
    /// What the page's head says of it: `<title>`, `og:title`, `og:site_name`.
    pub head: PageHead,
    map: Vec<Segment>,
}

/// What a page's head says of it: not shown, but a title to agree with and an employer's
/// name to cut from it.
#[derive(Debug, Clone, Default)]
pub struct PageHead {
    /// `<title>`, entities decoded, spaces collapsed.
    pub title: Option<String>,
    /// `<meta property="og:title">`.
    pub og_title: Option<String>,
    /// `<meta property="og:site_name">`.
    pub site_name: Option<String>,
}

/// A run of rendered text and the HTML it came from. A verbatim run maps byte for byte; any
/// other (a decoded entity, collapsed whitespace, a `# ` marker) maps as a whole.
#[derive(Debug, Clone, Copy)]
struct Segment {
    rendered: Span,
    html: Span,
    verbatim: bool,
}

impl Rendered {
    /// Where a span of the rendered text is in the HTML.
    pub fn html_span(&self, span: Span) -> Span {
        let start = self.html_offset(span.start, false);
        Span::new(start, self.html_offset(span.end, true).max(start))
    }

    /// Where the text shows the HTML at `html_offset`, if it shows it at all.
    pub fn text_offset(&self, html_offset: usize) -> Option<usize> {
        let seg = self
            .map
            .iter()
            .find(|s| s.html.start <= html_offset && html_offset < s.html.end)?;
        Some(if seg.verbatim {
            seg.rendered.start + (html_offset - seg.html.start)
        } else {
            seg.rendered.start
        })
    }

    fn html_offset(&self, offset: usize, is_end: bool) -> usize {
        if self.map.is_empty() {
            return 0;
        }
        // An end offset belongs to the segment of the byte before it.
        let probe = if is_end {
            offset.saturating_sub(1)
        } else {
            offset
        };
        let i = self
            .map
            .partition_point(|s| s.rendered.start <= probe)
            .saturating_sub(1);
        let seg = self.map[i];
        if seg.verbatim {
            let within = offset.clamp(seg.rendered.start, seg.rendered.end) - seg.rendered.start;
            seg.html.start + within
        } else if is_end {
            seg.html.end
        } else {
            seg.html.start
        }
    }
}

/// Elements whose content is never shown, or is the site's navigation rather than the posting.
const HIDDEN: &[&str] = &[
    "script", "style", "head", "noscript", "template", "svg", "iframe", "object", "select", "nav",
];

/// Elements without content or end tag.
const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr",
];

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "body",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "fieldset",
    "figcaption",
    "figure",
    "footer",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "nav",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// Whether an inline style hides its element: `display: none`, `visibility: hidden`.
fn hides(style: &[u8]) -> bool {
    let style: String = String::from_utf8_lossy(style)
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    style.contains("display:none") || style.contains("visibility:hidden")
}

struct Renderer<'a> {
    html: &'a str,
    out: String,
    map: Vec<Segment>,
    /// Open hidden elements (their names), innermost last.
    hidden: Vec<String>,
    /// A block boundary is due before the next text: `"\n\n"` between blocks, `"\n"` for
    /// `<br>` and between list items.
    pending: Option<&'static str>,
    /// A marker (`# `, `- `) for the next text, and the tag it stands for.
    marker: Option<(String, Span)>,
    in_pre: bool,
    /// An inline element ended and no text has come since; then another started: text in it
    /// that would touch the text before and starts as a chip does, with a capital or a digit
    /// ("Boston, MA" // "Internship", a job board's chips laid out by CSS), starts a line. A
    /// word split across elements ("behavioral d" // "atasets", an animation's) stays one.
    inline_closed: bool,
    inline_sibling: bool,
    json_ld: Vec<Span>,
    /// Inside an `application/ld+json` script: where its text starts.
    in_json_ld: Option<usize>,
    /// Whether the outermost hidden element is an `aria-hidden` block, and how many bytes of
    /// text such blocks hid.
    behind_dialog: bool,
    behind_dialog_bytes: usize,
    /// Inside `<title>`: its text so far.
    in_title: Option<String>,
    head: PageHead,
}

pub fn render(html: String) -> (String, Rendered) {
    // Front matter before the page (a Jekyll or Hugo `.html` post) is kept as written, for the
    // document to read as front matter; the page after it is rendered.
    let front = crate::document::FrontMatter::parse(&html).map_or(0, |f| f.span.end);
    if front > 0 {
        let (text, mut page) = render(html[front..].to_string());
        for seg in &mut page.map {
            seg.rendered = seg.rendered.offset(front);
            seg.html = seg.html.offset(front);
        }
        let whole = Span::new(0, front);
        page.map.insert(
            0,
            Segment {
                rendered: whole,
                html: whole,
                verbatim: true,
            },
        );
        for script in &mut page.json_ld {
            *script = script.offset(front);
        }
        page.visible_end += front;
        let mut out = html[..front].to_string();
        out.push_str(&text);
        page.html = html;
        return (out, page);
    }
    // `aria-hidden` blocks hide their text, as on most pages they are a visual copy or a
    // closed menu; but a page saved with a dialog open marks all it shows behind the dialog
    // so. When such blocks hid most of the page, it is read again with them shown.
    let (out, rendered, behind_dialog) = render_page(html, false);
    if behind_dialog > 4 * out.len() {
        let (out, rendered, _) = render_page(rendered.html, true);
        return (out, rendered);
    }
    (out, rendered)
}

/// Renders a page without front matter: its text, the map, and how many bytes of text
/// `aria-hidden` blocks hid (none with `show_aria_blocks`).
fn render_page(html: String, show_aria_blocks: bool) -> (String, Rendered, usize) {
    let mut r = Renderer {
        html: &html,
        out: String::with_capacity(html.len() / 3),
        map: Vec::new(),
        hidden: Vec::new(),
        pending: None,
        marker: None,
        in_pre: false,
        inline_closed: false,
        inline_sibling: false,
        json_ld: Vec::new(),
        in_json_ld: None,
        behind_dialog: false,
        behind_dialog_bytes: 0,
        in_title: None,
        head: PageHead::default(),
    };
    let mut emitter = DefaultEmitter::<usize>::new_with_span();
    // Script and style content is raw text, not markup.
    emitter.naively_switch_states(true);
    let mut json_scripts: Vec<Span> = Vec::new();
    for token in Tokenizer::new_with_emitter(html.as_str(), emitter).flatten() {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                let span = Span::new(tag.span.start, tag.span.end);
                if name == "script"
                    && tag.attributes.iter().any(|(k, v)| {
                        &**k == b"type"
                            && String::from_utf8_lossy(v)
                                .trim()
                                .eq_ignore_ascii_case("application/ld+json")
                    })
                {
                    r.in_json_ld = Some(span.end);
                }
                if name == "title" && r.head.title.is_none() {
                    r.in_title = Some(String::new());
                }
                if name == "meta" {
                    let attr = |key: &[u8]| {
                        tag.attributes
                            .iter()
                            .find(|(k, _)| k.eq_ignore_ascii_case(key))
                            .map(|(_, v)| String::from_utf8_lossy(v).into_owned())
                    };
                    let content = attr(b"content").map(|c| head_text(&c));
                    match attr(b"property").or_else(|| attr(b"name")).as_deref() {
                        Some("og:title") => r.head.og_title = r.head.og_title.take().or(content),
                        Some("og:site_name") => {
                            r.head.site_name = r.head.site_name.take().or(content);
                        }
                        _ => {}
                    }
                }
                // `hidden`, `aria-hidden="true"` elements and those an inline style hides
                // (`display: none`) are not shown either; but see `aria_blocks` for blocks.
                let aria = |v: &[u8]| v.eq_ignore_ascii_case(b"true");
                let aria_block = BLOCKS.contains(&name.as_str())
                    && tag
                        .attributes
                        .iter()
                        .any(|(k, v)| &**k == b"aria-hidden" && aria(v));
                let hidden_attr = tag.attributes.iter().any(|(k, v)| {
                    &**k == b"hidden"
                        || (&**k == b"style" && hides(v))
                        || (&**k == b"aria-hidden" && aria(v) && !aria_block)
                });
                if r.hidden.is_empty() {
                    r.behind_dialog = aria_block && !hidden_attr;
                }
                r.start_tag(
                    &name,
                    span,
                    tag.self_closing,
                    hidden_attr || (aria_block && !show_aria_blocks),
                );
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "script"
                    && let Some(start) = r.in_json_ld.take()
                {
                    json_scripts.push(Span::new(start, tag.span.start));
                }
                if name == "title"
                    && let Some(title) = r.in_title.take()
                {
                    r.head.title = Some(head_text(&title)).filter(|t| !t.is_empty());
                }
                r.end_tag(&name);
            }
            Token::String(s) => {
                if let Some(title) = &mut r.in_title {
                    title.push_str(&html[s.span.start..s.span.end]);
                }
                if r.hidden.is_empty() {
                    r.text(Span::new(s.span.start, s.span.end));
                } else if r.behind_dialog {
                    r.behind_dialog_bytes += s.span.end - s.span.start;
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    // A script shell (an app root and little else): the posting is its JobPosting's title and
    // description, read as the page's text.
    if let Some(posting) = super::json_ld::posting_text(&html, &json_scripts) {
        let words = |s: &str| s.split_whitespace().count();
        if 4 * words(&r.out) < words(&posting.description.value) {
            r.push_posting(&posting);
        }
    }
    if !r.out.is_empty() && !r.out.ends_with('\n') {
        r.out.push('\n');
    }
    let visible_end = r.out.len();
    for script in json_scripts {
        r.out.push('\n');
        let start = r.out.len();
        r.out.push_str(&html[script.range()]);
        r.map.push(Segment {
            rendered: Span::new(start, r.out.len()),
            html: script,
            verbatim: true,
        });
        r.json_ld.push(Span::new(start, r.out.len()));
        r.out.push('\n');
    }
    let Renderer {
        out,
        map,
        json_ld,
        behind_dialog_bytes,
        head,
        ..
    } = r;
    let rendered = Rendered {
        html,
        visible_end,
        json_ld,
        head,
        map,
    };
    (out, rendered, behind_dialog_bytes)
}

/// A head's text as shown: entities decoded, spaces collapsed.
fn head_text(s: &str) -> String {
    let decoded = html_escape::decode_html_entities(s);
    decoded.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Renderer<'_> {
    fn start_tag(&mut self, name: &str, span: Span, self_closing: bool, hidden_attr: bool) {
        // Inside a hidden element, nested elements are tracked too, so that their end tags
        // close them and not the hidden one.
        if HIDDEN.contains(&name) || hidden_attr || !self.hidden.is_empty() {
            if !self_closing && !VOID.contains(&name) {
                self.hidden.push(name.to_string());
            }
            return;
        }
        match name {
            "br" => self.pending = Some(self.pending.unwrap_or("\n")),
            "li" => {
                self.block_break_at_least("\n");
                self.marker = Some(("- ".to_string(), span));
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                self.block_break();
                let level = usize::from(name.as_bytes()[1] - b'0');
                self.marker = Some((format!("{} ", "#".repeat(level)), span));
            }
            "pre" => {
                self.block_break();
                self.in_pre = true;
            }
            "td" | "th" => self.pending = Some(self.pending.unwrap_or(" ")),
            _ if BLOCKS.contains(&name) => self.block_break(),
            _ => self.inline_sibling |= self.inline_closed,
        }
    }

    fn end_tag(&mut self, name: &str) {
        if let Some(i) = self.hidden.iter().rposition(|h| h == name) {
            self.hidden.truncate(i);
            return;
        }
        if name == "pre" {
            self.in_pre = false;
        }
        if !BLOCKS.contains(&name) && !VOID.contains(&name) {
            self.inline_closed = true;
        }
        if name == "li" {
            self.block_break_at_least("\n");
        } else if BLOCKS.contains(&name) && !matches!(name, "td" | "th") {
            self.block_break();
        }
        if name.starts_with('h') || name == "li" {
            self.marker = None;
        }
    }

    fn block_break(&mut self) {
        self.pending = Some("\n\n");
    }

    /// A line break at least (list items follow each other line by line).
    fn block_break_at_least(&mut self, brk: &'static str) {
        if self.pending != Some("\n\n") {
            self.pending = Some(brk);
        }
    }

    /// Appends a JobPosting's title (as the top heading) and description (HTML, or plain text
    /// kept line by line) after the visible text, mapped to where their JSON strings are.
    fn push_posting(&mut self, posting: &super::json_ld::PostingText) {
        let blank_line = |out: &mut String| {
            while !out.is_empty() && !out.ends_with("\n\n") {
                out.push('\n');
            }
        };
        if let Some(title) = &posting.title {
            blank_line(&mut self.out);
            self.push_synthetic("# ", title.written);
            self.push_literal(title);
        }
        blank_line(&mut self.out);
        self.push_literal(&posting.description);
        self.pending = Some("\n\n");
    }

    /// Appends a JSON string's value rendered: as a page when it holds markup, else its lines.
    fn push_literal(&mut self, literal: &super::json_ld::Literal) {
        let value = &literal.value;
        let (text, map) = if has_markup(value) || value.contains('&') {
            let (text, rendered) = render(value.clone());
            let end = rendered.visible_end;
            (text[..end].trim_end().to_string(), rendered.map)
        } else {
            let mut text = String::new();
            let mut map = Vec::new();
            let mut at = 0;
            for line in value.split_inclusive('\n') {
                let kept = line.trim();
                if !kept.is_empty() {
                    let lead = line.len() - line.trim_start().len();
                    let start = text.len();
                    text.push_str(kept);
                    map.push(Segment {
                        rendered: Span::new(start, text.len()),
                        html: Span::new(at + lead, at + lead + kept.len()),
                        verbatim: true,
                    });
                }
                text.push('\n');
                at += line.len();
            }
            (text.trim_end().to_string(), map)
        };
        let base = self.out.len();
        self.out.push_str(&text);
        for seg in map.into_iter().filter(|s| s.rendered.start < text.len()) {
            let rendered = Span::new(seg.rendered.start, seg.rendered.end.min(text.len()));
            self.map.push(Segment {
                rendered: rendered.offset(base),
                html: literal.page_span(seg.html),
                verbatim: seg.verbatim && literal.is_verbatim(seg.html),
            });
        }
    }

    /// Appends synthesized text that stands for `html`.
    fn push_synthetic(&mut self, s: &str, html: Span) {
        let start = self.out.len();
        self.out.push_str(s);
        self.map.push(Segment {
            rendered: Span::new(start, self.out.len()),
            html,
            verbatim: false,
        });
    }

    /// Appends HTML text `html[from..to]` as it is.
    fn push_verbatim(&mut self, from: usize, to: usize) {
        if from >= to {
            return;
        }
        let start = self.out.len();
        self.out.push_str(&self.html[from..to]);
        match self.map.last_mut() {
            Some(last) if last.verbatim && last.rendered.end == start && last.html.end == from => {
                last.rendered.end = self.out.len();
                last.html.end = to;
            }
            _ => self.map.push(Segment {
                rendered: Span::new(start, self.out.len()),
                html: Span::new(from, to),
                verbatim: true,
            }),
        }
    }

    /// Visible text: whitespace collapsed (kept in `<pre>`), entities decoded.
    fn text(&mut self, span: Span) {
        let raw = &self.html[span.range()];
        let at_line_start = |out: &str| out.is_empty() || out.ends_with('\n');
        let mut i = 0;
        let mut run_start = 0;
        while i < raw.len() {
            let c = raw[i..].chars().next().unwrap_or(' ');
            let is_space = !self.in_pre && c.is_ascii_whitespace();
            let entity = if c == '&' { entity_at(&raw[i..]) } else { None };
            if !is_space && entity.is_none() {
                if run_start == i {
                    self.before_text(span.start + i);
                }
                i += c.len_utf8();
                continue;
            }
            // Flush the verbatim run before this space or entity.
            self.push_verbatim(span.start + run_start, span.start + i);
            if is_space {
                let len = raw[i..].len()
                    - raw[i..]
                        .trim_start_matches(|c: char| c.is_ascii_whitespace())
                        .len();
                let ws = Span::new(span.start + i, span.start + i + len);
                if self.pending.is_none() && !at_line_start(&self.out) && !self.out.ends_with(' ') {
                    if &raw[i..i + len] == " " {
                        self.push_verbatim(ws.start, ws.end);
                    } else {
                        self.push_synthetic(" ", ws);
                    }
                }
                i += len;
            } else if let Some((len, decoded)) = entity {
                self.before_text(span.start + i);
                let decoded = if decoded == "\u{a0}" {
                    " ".to_string()
                } else {
                    decoded
                };
                self.push_synthetic(&decoded, Span::new(span.start + i, span.start + i + len));
                i += len;
            }
            run_start = i;
        }
        self.push_verbatim(span.start + run_start, span.start + raw.len());
        if !raw.is_empty() {
            self.inline_closed = false;
            self.inline_sibling = false;
        }
    }

    /// Before the first character of text: the pending block break and marker.
    fn before_text(&mut self, at: usize) {
        if std::mem::take(&mut self.inline_sibling)
            && self.pending.is_none()
            && self
                .out
                .ends_with(|c: char| c.is_alphanumeric() || c == ')')
            && self.html[at..].starts_with(|c: char| c.is_uppercase() || c.is_numeric() || c == '(')
        {
            self.pending = Some("\n");
        }
        if let Some(brk) = self.pending.take()
            && !self.out.is_empty()
        {
            let trimmed = self.out.trim_end_matches(' ').len();
            self.out.truncate(trimmed);
            let brk = if self.out.ends_with("\n\n") {
                ""
            } else if self.out.ends_with('\n') && brk == "\n\n" {
                "\n"
            } else {
                brk
            };
            self.push_synthetic(brk, Span::new(at, at));
        }
        if let Some((marker, tag)) = self.marker.take() {
            self.push_synthetic(&marker, tag);
        }
    }
}

/// Whether a string holds HTML tags (a JSON string's value is then a page, not plain text).
pub fn has_markup(s: &str) -> bool {
    HTML_TAG.is_match(s)
}

crate::re::patterns! {
    static HTML_TAG = r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s(?u:[^<>])*)?/?>";
}

/// An HTML character reference at the start of `s` (`&amp;`, `&#39;`, `&#x2013;`): its length
/// and what it stands for.
fn entity_at(s: &str) -> Option<(usize, String)> {
    let end = s
        .char_indices()
        .take(40)
        .find(|&(_, c)| c == ';' || c.is_whitespace())?;
    if end.1 != ';' {
        return None;
    }
    let candidate = &s[..=end.0];
    let decoded = html_escape::decode_html_entities(candidate);
    (decoded != candidate).then(|| (candidate.len(), decoded.into_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render_str(html: &str) -> (String, Rendered) {
        render(html.to_string())
    }

    #[test]
    fn inline_chips_side_by_side_start_lines_of_their_own() {
        // A job board lays chips out with CSS: no space between them in the HTML.
        let (text, rendered) = render_str(
            "<body><div class=\"chips\"><span>Tacoma, WA</span><!-- --><span>Seasonal</span><svg><path/></svg><a href=\"#\">Apply</a></div>\
             <p><strong>Pay:</strong><span>$18/hour</span> and <em>paid</em> <b>breaks</b>; we are <b>hir</b>ing.</p></body>",
        );
        assert!(text.contains("Tacoma, WA\nSeasonal\nApply\n"), "{text}");
        // Text right after an element, after a sign, or in lower case is not a chip.
        assert!(
            text.contains("Pay:$18/hour and paid breaks; we are hiring."),
            "{text}"
        );
        let at = text.find("Seasonal").unwrap();
        let html = &rendered.html[rendered.html_span(Span::new(at, at + 8)).range()];
        assert_eq!(html, "Seasonal");
        let (split, _) =
            render_str("<p><span>Our behavioral d</span><span>atasets grow</span></p>");
        assert_eq!(split.trim(), "Our behavioral datasets grow");
    }

    #[test]
    fn a_page_behind_a_dialog_is_read_a_hidden_copy_is_not() {
        // Saved with a sign-in dialog open: the page behind it is marked aria-hidden.
        let (text, _) = render_str(
            "<body><div aria-hidden=\"true\"><h1>Baker</h1><p>Bake bread<span aria-hidden=\"true\"> \u{2022}</span> daily in our shop by the harbour, from four in the morning.</p></div><div role=dialog>Sign in</div></body>",
        );
        assert!(
            text.contains("# Baker") && text.contains("Bake bread daily"),
            "{text}"
        );
        assert!(!text.contains('\u{2022}'), "{text}");
        // A small hidden block beside the page (a visual copy, a closed menu) stays hidden.
        let (text, _) = render_str(
            "<body><div aria-hidden=\"true\">Menu Jobs Teams</div><h1>Baker</h1><p>Bake bread daily.</p></body>",
        );
        assert!(!text.contains("Menu"), "{text}");
    }

    #[test]
    fn visible_text_as_posting_lines() {
        let html = "<!doctype html><html><head><title>Ignored</title><style>p{color:red}</style></head>\
            <body><nav><a href=/>Home</a></nav><div hidden><div>Not</div> shown</div><h1>Barista</h1><p>Pay: $18&ndash;$22   per hour</p>\
            <ul><li>Pull shots</li><li>Greet <b>guests</b></li></ul><script>var x = '<p>no</p>';</script>\
            <p>Line<br>break</p></body></html>";
        let (text, _) = render_str(html);
        assert_eq!(
            text,
            "# Barista\n\nPay: $18–$22 per hour\n\n- Pull shots\n- Greet guests\n\nLine\nbreak\n"
        );
    }

    #[test]
    fn what_an_inline_style_hides_is_not_shown() {
        let html = "<h1>Barista</h1><div style=\"DISPLAY : None\"><p>{\"data\": 1}</p></div>\
            <span style='visibility:hidden'>Filter by $40,000+</span><p style=\"color: red\">Shown</p>";
        let (text, _) = render_str(html);
        assert_eq!(text, "# Barista\n\nShown\n");
    }

    #[test]
    fn spans_map_back_into_the_html() {
        let html = "<p>Pay: <b>$18</b>&ndash;$22 per hour</p>";
        let (text, r) = render_str(html);
        let find = |needle: &str| {
            let start = text.find(needle).unwrap();
            r.html_span(Span::new(start, start + needle.len()))
        };
        assert_eq!(&html[find("$18").range()], "$18");
        assert_eq!(&html[find("per hour").range()], "per hour");
        // A span across markup covers the markup in the HTML.
        assert_eq!(&html[find("$18–$22").range()], "$18</b>&ndash;$22");
    }

    #[test]
    fn json_ld_is_kept_after_the_visible_text() {
        let html =
            r#"<p>Hello</p><script type="application/ld+json">{"@type":"JobPosting"}</script>"#;
        let (text, r) = render_str(html);
        assert_eq!(&text[..r.visible_end], "Hello\n");
        assert_eq!(r.json_ld.len(), 1);
        let json = &text[r.json_ld[0].range()];
        assert_eq!(json, r#"{"@type":"JobPosting"}"#);
        assert_eq!(&html[r.html_span(r.json_ld[0]).range()], json);
    }

    #[test]
    fn broken_html_does_not_break_rendering() {
        for html in [
            "<p>unclosed <b>bold",
            "</div></div>text",
            "<<<>>>&&&;",
            "<script>never closed",
            "&#xD800; &#0;",
        ] {
            let (text, r) = render_str(html);
            let _ = r.html_span(Span::new(0, text.len()));
        }
    }
}
