//! Property tests: decoding and every reader take arbitrary input without panicking,
//! and every unit they return maps its text back to valid offsets of the document.

use proptest::prelude::*;
use std::path::Path;
use transcheck::input::{
    decode, html, markdown, parse_bilingual, po, text, tmx, tsv, xliff, Document, Format, Unit,
};
use transcheck::lang::LanguagePair;

/// Pieces of every syntax we read, so that random strings reach deep into the parsers.
const TOKENS: &[&str] = &[
    "<p>",
    "</p>",
    "<b>",
    "</b>",
    "<br>",
    "<script>",
    "</script>",
    "<nav>",
    "</nav>",
    "<li>",
    "<!--",
    "-->",
    "&amp;",
    "&laquo;",
    "&#x41;",
    "&#0;",
    "&#99999999;",
    "&",
    "**",
    "_",
    "[",
    "](x)",
    "`",
    "```\n",
    "---\n",
    "+++\n",
    "> ",
    "# ",
    "- ",
    "1. ",
    "|",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "\"",
    "\\",
    "\\n",
    "\\\"",
    "\\x4",
    "\\777",
    "msgid ",
    "msgstr ",
    "msgstr[1] ",
    "msgid_plural ",
    "#~ ",
    "#, fuzzy\n",
    "<?xml version=\"1.0\"?>",
    "<xliff version=\"1.2\">",
    "<xliff version=\"2.0\">",
    "</xliff>",
    "<file>",
    "</file>",
    "<trans-unit>",
    "</trans-unit>",
    "<unit>",
    "<segment>",
    "<source>",
    "</source>",
    "<target>",
    "</target>",
    "<g>",
    "</g>",
    "<x/>",
    "<cp hex=\"D800\"/>",
    "<tmx version=\"1.4\">",
    "</tmx>",
    "<tu>",
    "</tu>",
    "<tuv xml:lang=\"ru\">",
    "<tuv lang=\"en\">",
    "</tuv>",
    "<seg>",
    "</seg>",
    "<bpt>",
    "</bpt>",
    "<![CDATA[",
    "]]>",
    "<!DOCTYPE x>",
    "Бюджет",
    "вырос",
    "на",
    "2,8 млрд",
    "рублей.",
    "The",
    "budget",
    "grew",
    "by",
    "2.8 billion",
    "«",
    "»",
    "—",
    "\u{a0}",
    "é",
    "🙂",
];

fn markupish() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|v| v.concat())
}

/// Every offset of a unit's text maps to a char boundary inside the document, starts
/// before ends, and the unit's span is inside the document.
fn offsets_ok(u: &Unit, text: &str) {
    assert!(u.span.start <= u.span.end && u.span.end <= text.len());
    assert!(text.is_char_boundary(u.span.start) && text.is_char_boundary(u.span.end));
    let mut bounds: Vec<usize> = u.text.char_indices().map(|(i, _)| i).collect();
    bounds.push(u.text.len());
    for &i in &bounds {
        let (s, e) = (u.to_document(i), u.to_document_end(i));
        assert!(
            s <= text.len() && e <= text.len(),
            "{i}: {s} {e} > {}",
            text.len()
        );
        assert!(
            text.is_char_boundary(s) && text.is_char_boundary(e),
            "{u:?} at {i}"
        );
    }
}

fn read_all(text: &str) {
    let pair = LanguagePair::ru_en();
    let path = Path::new("p");
    let mut units = text::paragraphs(text);
    units.extend(markdown::units(text));
    units.extend(html::units(text, path).unwrap_or_default());
    for u in &units {
        offsets_ok(u, text);
    }
    let segs = [
        xliff::segments(text, path, pair),
        tmx::segments(text, path, pair),
        po::segments(text, path),
        tsv::segments(text, path),
    ];
    for seg in segs.into_iter().flat_map(|s| s.unwrap_or_default()) {
        for b in [seg.source, seg.target] {
            if let Some(u) = b.finish(0, Some(0)) {
                offsets_ok(&u, text);
            }
        }
    }
    // And through the public entry points, which also check the script.
    for f in [Format::Text, Format::Markdown, Format::Html] {
        let _ = Document::parse("p", text, f, pair.source);
    }
    for f in [Format::Xliff, Format::Tmx, Format::Po, Format::Tsv] {
        let _ = parse_bilingual("p", text.to_string(), "UTF-8", f, pair);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn decoding_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        for forced in [None, Some("koi8-r"), Some("utf-16le")] {
            if let Ok(d) = decode::decode(&bytes, Path::new("p"), forced) {
                prop_assert!(!d.text.trim().is_empty());
            }
        }
        let _ = decode::declared_markup_encoding(&bytes);
        let _ = decode::declared_po_encoding(&bytes);
    }

    #[test]
    fn readers_never_panic_on_markup(text in markupish()) {
        read_all(&text);
    }

    #[test]
    fn readers_never_panic_on_any_text(text in "\\PC{0,300}") {
        read_all(&text);
    }
}
