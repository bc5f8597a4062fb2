//! HTML articles, read with lol_html (a streaming HTML5 tokenizer that gives the byte
//! position of every text chunk). Units: the text of block elements (`p`, `h1`–`h6`,
//! `li`, `blockquote`, `td`/`th`, `figcaption`, `dt`/`dd`, and any other block-level
//! container holding loose text). Dropped: `head`, `script`, `style`, `noscript`,
//! `template`, `nav`, `aside`, `form` and form controls, `svg`, `iframe`, `pre`,
//! page-level `header` and `footer` (those inside `article` or `main` are the article's
//! own and are kept), and elements marked `hidden`, `aria-hidden="true"` or with a
//! navigation/banner/contentinfo/complementary/search role. Whitespace collapses as a
//! browser renders it; character references are decoded; every piece of text keeps
//! where it came from.

use super::{Unit, UnitBuilder};
use crate::error::{Error, Result};
use lol_html::html_content::{Element, TextChunk, TextType};
use lol_html::{doc_text, element, HtmlRewriter, Settings};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;

/// Elements whose whole content is dropped.
const DROPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "nav", "aside", "form", "button", "select",
    "textarea", "option", "iframe", "svg", "math", "canvas", "object", "video", "audio", "map",
    "dialog", "menu", "pre", "noembed", "noframes",
];

/// Chrome when at page level, the article's own inside `article`/`main`.
const PAGE_CHROME: &[&str] = &["header", "footer"];

/// Elements that are not blocks: their text runs on in the surrounding unit.
const INLINE: &[&str] = &[
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "font", "i", "kbd",
    "mark", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strike", "strong", "sub",
    "sup", "time", "tt", "u", "var", "wbr", "del", "ins", "img", "picture", "source", "label",
    "nobr",
];

const CHROME_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
    "menu",
    "menubar",
    "toolbar",
];

#[derive(Default)]
struct State {
    units: Vec<Unit>,
    cur: UnitBuilder,
    /// Depth of dropped elements we are inside.
    dropped: usize,
    /// Depth of `article`/`main` elements we are inside.
    article: usize,
    /// Text of the current text node so far, and where it starts.
    pending: String,
    pending_at: usize,
}

impl State {
    fn flush(&mut self) {
        let cur = std::mem::take(&mut self.cur);
        if let Some(u) = cur.finish(self.units.len(), None) {
            self.units.push(u);
        }
    }
}

/// Cuts an HTML document into units.
pub fn units(text: &str, path: &Path) -> Result<Vec<Unit>> {
    let state = Rc::new(RefCell::new(State::default()));
    let on_element = {
        let state = Rc::clone(&state);
        move |el: &mut Element| {
            let name = el.tag_name();
            let n = name.as_str();
            let mut st = state.borrow_mut();
            if n == "br" {
                let at = el.source_location().bytes();
                st.cur.space(at);
                return Ok(());
            }
            if INLINE.contains(&n) {
                return Ok(());
            }
            st.flush();
            let chrome = DROPPED.contains(&n)
                || (PAGE_CHROME.contains(&n) && st.article == 0)
                || el.has_attribute("hidden")
                || el
                    .get_attribute("aria-hidden")
                    .is_some_and(|v| v.eq_ignore_ascii_case("true"))
                || el
                    .get_attribute("role")
                    .is_some_and(|r| CHROME_ROLES.contains(&r.to_ascii_lowercase().as_str()));
            let article = matches!(n, "article" | "main");
            if chrome {
                st.dropped += 1;
            }
            if article {
                st.article += 1;
            }
            drop(st);
            if let Some(handlers) = el.end_tag_handlers() {
                let state = Rc::clone(&state);
                handlers.push(Box::new(move |_end| {
                    let mut st = state.borrow_mut();
                    st.flush();
                    if chrome {
                        st.dropped = st.dropped.saturating_sub(1);
                    }
                    if article {
                        st.article = st.article.saturating_sub(1);
                    }
                    Ok(())
                }));
            } else if chrome {
                // A void element (no content, no end tag).
                state.borrow_mut().dropped -= 1;
            }
            Ok(())
        }
    };
    let on_text = {
        let state = Rc::clone(&state);
        move |t: &mut TextChunk| {
            let mut st = state.borrow_mut();
            let st = &mut *st;
            if st.dropped > 0 || t.text_type() != TextType::Data {
                st.pending.clear();
                return Ok(());
            }
            if st.pending.is_empty() {
                st.pending_at = t.source_location().bytes().start;
            }
            st.pending.push_str(t.as_str());
            if t.last_in_text_node() {
                let raw = std::mem::take(&mut st.pending);
                push_text(&mut st.cur, &raw, st.pending_at);
            }
            Ok(())
        }
    };
    let settings = Settings::new()
        .append_element_content_handler(element!("*", on_element))
        .append_document_content_handler(doc_text!(on_text))
        .with_strict(false);
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    let fail = |e: lol_html::errors::RewritingError| Error::Format {
        path: path.to_path_buf(),
        message: format!("cannot read the HTML: {e}"),
    };
    rewriter.write(text.as_bytes()).map_err(fail)?;
    rewriter.end().map_err(fail)?;
    let mut st = state.borrow_mut();
    st.flush();
    Ok(std::mem::take(&mut st.units))
}

/// Appends HTML text (character references not yet decoded) found at `at`.
pub(crate) fn push_text(b: &mut UnitBuilder, raw: &str, at: usize) {
    let mut rest = 0;
    while let Some(i) = raw[rest..].find('&').map(|i| rest + i) {
        b.collapsing(&raw[rest..i], at + rest);
        match char_ref(&raw[i..]) {
            Some((s, len)) => {
                b.replaced(&s, at + i..at + i + len);
                rest = i + len;
            }
            None => {
                b.verbatim("&", at + i);
                rest = i + 1;
            }
        }
    }
    b.collapsing(&raw[rest..], at + rest);
}

/// Decodes the character reference at the start of `s` (`&amp;`, `&#171;`, `&#xAB;`):
/// the text it stands for and its length in `s`.
pub(crate) fn char_ref(s: &str) -> Option<(String, usize)> {
    let body = s.strip_prefix('&')?;
    let end = body.find(';').filter(|&e| e <= 32)?;
    let name = &body[..end];
    let len = end + 2;
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code).filter(|&c| c != '\0')?;
        return Some((c.to_string(), len));
    }
    named(name).map(|c| (c.to_string(), len))
}

/// The named character references an article is likely to use (HTML has 2,231; the
/// rest stay as they are written).
fn named(name: &str) -> Option<&'static str> {
    Some(match name {
        "amp" | "AMP" => "&",
        "lt" | "LT" => "<",
        "gt" | "GT" => ">",
        "quot" | "QUOT" => "\"",
        "apos" => "'",
        "nbsp" => "\u{a0}",
        "ensp" => "\u{2002}",
        "emsp" => "\u{2003}",
        "thinsp" => "\u{2009}",
        "hairsp" => "\u{200a}",
        "zwnj" => "\u{200c}",
        "zwj" => "\u{200d}",
        "shy" => "\u{ad}",
        "ndash" => "–",
        "mdash" => "—",
        "minus" => "−",
        "hyphen" | "dash" => "‐",
        "laquo" => "«",
        "raquo" => "»",
        "lsaquo" => "‹",
        "rsaquo" => "›",
        "ldquo" => "“",
        "rdquo" => "”",
        "bdquo" => "„",
        "lsquo" => "‘",
        "rsquo" => "’",
        "sbquo" => "‚",
        "prime" => "′",
        "Prime" => "″",
        "hellip" => "…",
        "middot" => "·",
        "bull" => "•",
        "sect" => "§",
        "para" => "¶",
        "copy" => "©",
        "reg" => "®",
        "trade" => "™",
        "deg" => "°",
        "plusmn" => "±",
        "times" => "×",
        "divide" => "÷",
        "frac12" => "½",
        "frac14" => "¼",
        "frac34" => "¾",
        "sup1" => "¹",
        "sup2" => "²",
        "sup3" => "³",
        "permil" => "‰",
        "micro" => "µ",
        "euro" => "€",
        "pound" => "£",
        "yen" => "¥",
        "cent" => "¢",
        "curren" => "¤",
        "numero" => "№",
        "larr" => "←",
        "rarr" => "→",
        "uarr" => "↑",
        "darr" => "↓",
        "le" => "≤",
        "ge" => "≥",
        "ne" => "≠",
        "asymp" => "≈",
        "infin" => "∞",
        "iexcl" => "¡",
        "iquest" => "¿",
        "acute" => "´",
        "uml" => "¨",
        "ordf" => "ª",
        "ordm" => "º",
        "not" => "¬",
        "macr" => "¯",
        "cedil" => "¸",
        "brvbar" => "¦",
        "Agrave" => "À",
        "Aacute" => "Á",
        "Acirc" => "Â",
        "Atilde" => "Ã",
        "Auml" => "Ä",
        "Aring" => "Å",
        "AElig" => "Æ",
        "Ccedil" => "Ç",
        "Egrave" => "È",
        "Eacute" => "É",
        "Ecirc" => "Ê",
        "Euml" => "Ë",
        "Iacute" => "Í",
        "Ntilde" => "Ñ",
        "Oacute" => "Ó",
        "Ouml" => "Ö",
        "Oslash" => "Ø",
        "Uacute" => "Ú",
        "Uuml" => "Ü",
        "szlig" => "ß",
        "agrave" => "à",
        "aacute" => "á",
        "acirc" => "â",
        "atilde" => "ã",
        "auml" => "ä",
        "aring" => "å",
        "aelig" => "æ",
        "ccedil" => "ç",
        "egrave" => "è",
        "eacute" => "é",
        "ecirc" => "ê",
        "euml" => "ë",
        "igrave" => "ì",
        "iacute" => "í",
        "icirc" => "î",
        "iuml" => "ï",
        "ntilde" => "ñ",
        "ograve" => "ò",
        "oacute" => "ó",
        "ocirc" => "ô",
        "otilde" => "õ",
        "ouml" => "ö",
        "oslash" => "ø",
        "ugrave" => "ù",
        "uacute" => "ú",
        "ucirc" => "û",
        "uuml" => "ü",
        "yacute" => "ý",
        "yuml" => "ÿ",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(html: &str) -> Vec<String> {
        units(html, Path::new("t.html"))
            .unwrap()
            .into_iter()
            .map(|u| u.text)
            .collect()
    }

    #[test]
    fn blocks_become_units_and_chrome_is_dropped() {
        let html = r#"<!DOCTYPE html>
<html><head><title>Сайт</title><style>p { color: red }</style></head>
<body>
<header><a href="/">Главная</a> | <a href="/news">Новости</a></header>
<nav><ul><li>Меню</li></ul></nav>
<article>
  <header><h1>Бюджет  Москвы</h1></header>
  <p>Первый
     абзац &laquo;с&nbsp;цитатой&raquo;.<br>Вторая строка.</p>
  <script>var x = "<p>не текст</p>";</script>
  <!-- комментарий -->
  <ul><li>Пункт <b>один</b></li><li>Пункт два</ul>
  <blockquote><p>Цитата.</p></blockquote>
  <figure><img src="a.jpg" alt="картинка"><figcaption>Подпись</figcaption></figure>
  <table><tr><th>Год</th><td>2024</td></tr></table>
  <div class="x" hidden>Скрыто</div>
  <div>Свободный текст в div</div>
</article>
<aside>Реклама</aside>
<footer>© Редакция</footer>
<form><label>Поиск</label><input type="text"></form>
</body></html>"#;
        assert_eq!(
            texts(html),
            [
                "Бюджет Москвы",
                "Первый абзац «с\u{a0}цитатой». Вторая строка.",
                "Пункт один",
                "Пункт два",
                "Цитата.",
                "Подпись",
                "Год",
                "2024",
                "Свободный текст в div",
            ]
        );
    }

    #[test]
    fn offsets_point_into_the_file() {
        let html = "<p>Бюджет составит <b>2,8&nbsp;млрд</b> рублей &mdash; рекорд.</p>";
        let u = &units(html, Path::new("t.html")).unwrap()[0];
        assert_eq!(u.text, "Бюджет составит 2,8\u{a0}млрд рублей — рекорд.");
        let s = u.text.find("2,8").unwrap();
        let e = u.text.find(" рублей").unwrap();
        assert_eq!(
            &html[u.to_document(s)..u.to_document_end(e)],
            "2,8&nbsp;млрд"
        );
        let r = u.text.find("рекорд").unwrap();
        assert_eq!(
            &html[u.to_document(r)..u.to_document_end(r + "рекорд".len())],
            "рекорд"
        );
        assert_eq!(&html[u.span.clone()], &html[3..html.len() - 4]);
    }

    #[test]
    fn character_references() {
        assert_eq!(char_ref("&amp;x"), Some(("&".into(), 5)));
        assert_eq!(char_ref("&#171;"), Some(("«".into(), 6)));
        assert_eq!(char_ref("&#xBB;"), Some(("»".into(), 6)));
        assert_eq!(char_ref("&#0;"), None);
        assert_eq!(char_ref("&nosuch;"), None);
        assert_eq!(char_ref("& more"), None);
    }
}
