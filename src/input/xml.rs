//! What the XML readers (XLIFF, TMX) share: safe parsing with roxmltree and the text of
//! an element with inline codes removed and offsets kept.

use super::UnitBuilder;
use crate::error::{Error, Result};
use roxmltree::{Document, Node, NodeType, ParsingOptions};
use std::path::Path;

/// Most nodes a file may have (a large translation memory has a few million).
const NODES_LIMIT: u32 = 20_000_000;

/// Parses XML without expanding entities: a DOCTYPE naming an external DTD (as TMX files
/// often do) is accepted and not fetched; entity declarations are refused outright, so
/// no entity expansion (billion laughs) or external entity can happen.
pub fn parse<'a>(text: &'a str, path: &Path, what: &str) -> Result<Document<'a>> {
    let err = |message: String| Error::Format {
        path: path.to_path_buf(),
        message,
    };
    if let Some(at) = text.find("<!ENTITY") {
        let line = text[..at].matches('\n').count() + 1;
        return Err(err(format!(
            "line {line}: the {what} file declares entities (<!ENTITY); transcheck does not expand DTD entities"
        )));
    }
    let opts = ParsingOptions {
        allow_dtd: true,
        nodes_limit: NODES_LIMIT,
        ..ParsingOptions::default()
    };
    Document::parse_with_options(text, opts)
        .map_err(|e| err(format!("not a well-formed {what} file: {e}")))
}

/// The local name of an element (namespace dropped).
pub fn name<'a>(n: &Node<'a, '_>) -> &'a str {
    n.tag_name().name()
}

/// The first child element with this local name.
pub fn child<'a, 'i>(n: &Node<'a, 'i>, local: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| c.is_element() && name(c) == local)
}

/// An attribute by local name, whatever its namespace (`xml:lang` is `lang`).
pub fn attr<'a>(n: &Node<'a, '_>, local: &str) -> Option<&'a str> {
    n.attributes()
        .find(|a| a.name() == local)
        .map(|a| a.value())
}

/// The primary language subtag, lower case ("ru-RU" → "ru").
pub fn primary(lang: &str) -> String {
    lang.split(['-', '_'])
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Appends the text content of `el` to `b`: text and CDATA with references decoded and
/// whitespace collapsed, the text of inline markup elements (`g`, `mrk`, `pc`, `hi`) kept,
/// elements named in `skip` (native inline codes such as `bpt`, `ph`) left out, and an
/// XLIFF 2 `<cp hex="…"/>` decoded.
pub fn content(el: &Node, text: &str, skip: &[&str], b: &mut UnitBuilder) {
    // Iterative, so that elements nested a hundred thousand deep cannot overflow the
    // stack: (element, next child to visit).
    let mut stack = vec![(*el, el.first_child())];
    while let Some(top) = stack.last_mut() {
        let (parent, Some(c)) = *top else {
            stack.pop();
            continue;
        };
        top.1 = c.next_sibling();
        match c.node_type() {
            NodeType::Text => {
                let start = c.range().start;
                let stop = c
                    .next_sibling()
                    .map_or_else(|| content_end(&parent, text), |n| n.range().start);
                if let Some(raw) = text.get(start..stop.max(start)) {
                    raw_text(raw, start, b);
                }
            }
            NodeType::Element => {
                let n = name(&c);
                if skip.contains(&n) {
                    continue;
                }
                if n == "cp" {
                    if let Some(ch) = attr(&c, "hex")
                        .and_then(|h| u32::from_str_radix(h, 16).ok())
                        .and_then(char::from_u32)
                    {
                        b.replaced(&ch.to_string(), c.range());
                    }
                    continue;
                }
                stack.push((c, c.first_child()));
            }
            _ => {}
        }
    }
}

/// Where the content of an element ends (the start of its end tag).
fn content_end(el: &Node, text: &str) -> usize {
    let r = el.range();
    text.get(r.clone())
        .and_then(|s| s.rfind("</"))
        .map_or(r.end, |i| r.start + i)
}

/// Raw XML character data (text, references, CDATA sections) found at `at`.
fn raw_text(raw: &str, at: usize, b: &mut UnitBuilder) {
    let mut pos = 0;
    while pos < raw.len() {
        let rest = &raw[pos..];
        if let Some(body) = rest.strip_prefix("<![CDATA[") {
            let len = body.find("]]>").unwrap_or(body.len());
            b.collapsing(&body[..len], at + pos + 9);
            pos += 9 + len + 3.min(body.len() - len);
        } else if rest.starts_with('&') {
            match super::html::char_ref(rest).filter(|(_, l)| xml_ref(&rest[..*l])) {
                Some((s, len)) => {
                    if s.chars().all(|c| c.is_ascii_whitespace()) {
                        b.space(at + pos..at + pos + len);
                    } else {
                        b.replaced(&s, at + pos..at + pos + len);
                    }
                    pos += len;
                }
                None => {
                    b.verbatim("&", at + pos);
                    pos += 1;
                }
            }
        } else {
            let stop = rest
                .find(['&', '<'])
                .filter(|&i| i > 0)
                .unwrap_or(rest.len());
            b.collapsing(&rest[..stop], at + pos);
            pos += stop;
        }
    }
}

/// XML knows five named references and numeric ones.
fn xml_ref(r: &str) -> bool {
    r.starts_with("&#") || matches!(r, "&amp;" | "&lt;" | "&gt;" | "&quot;" | "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_with_inline_codes_and_references() {
        let xml = "<seg>Рост &lt;3,1%&gt; <bpt i=\"1\">&lt;b&gt;</bpt>ВВП<ept i=\"1\">&lt;/b&gt;</ept>\n   за <![CDATA[год & квартал]]> <hi>всего</hi>&#x21;</seg>";
        let doc = parse(xml, Path::new("t.tmx"), "TMX").unwrap();
        let mut b = UnitBuilder::new();
        content(&doc.root_element(), xml, &["bpt", "ept"], &mut b);
        let u = b.finish(0, None).unwrap();
        assert_eq!(u.text, "Рост <3,1%> ВВП за год & квартал всего!");
        let s = u.text.find("год").unwrap();
        assert_eq!(
            &xml[u.to_document(s)..u.to_document_end(s + "год & квартал".len())],
            "год & квартал"
        );
        let l = u.text.find('<').unwrap();
        assert_eq!(&xml[u.to_document(l)..u.to_document_end(l + 1)], "&lt;");
    }

    #[test]
    fn refuses_entities_and_bad_xml() {
        let bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n<!ENTITY lol2 \"&lol;&lol;\">\n]>\n<tmx>&lol2;</tmx>";
        let e = parse(bomb, Path::new("b.tmx"), "TMX")
            .unwrap_err()
            .to_string();
        assert!(e.contains("line 3") && e.contains("entities"), "{e}");
        let e = parse("<tmx><body></tmx>", Path::new("b.tmx"), "TMX")
            .unwrap_err()
            .to_string();
        assert!(e.contains("not a well-formed TMX file"), "{e}");
        assert!(!e.contains('\n'));
        assert!(parse(
            "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\"/>",
            Path::new("a.tmx"),
            "TMX"
        )
        .is_ok());
    }
}
