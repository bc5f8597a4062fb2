//! Markdown (CommonMark with GitHub tables, footnotes and strikethrough), read with
//! pulldown-cmark's offset iterator. Units: headings, paragraphs, list items, block
//! quote paragraphs, table cells and footnote definitions. Skipped: code blocks, HTML
//! blocks and comments, front matter (YAML between `---` or TOML between `+++` at the
//! top), image alt text, footnote markers. Inline markup (emphasis, links, inline HTML)
//! is removed from the unit text, and every piece of text keeps where it came from, so
//! spans point at the right bytes of the file.

use super::{Unit, UnitBuilder};
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS
        | Options::ENABLE_PLUSES_DELIMITED_METADATA_BLOCKS
}

/// Whether a tag starts or ends a block (and so ends the unit being collected).
fn is_block(tag: &Tag) -> bool {
    !matches!(
        tag,
        Tag::Emphasis
            | Tag::Strong
            | Tag::Strikethrough
            | Tag::Superscript
            | Tag::Subscript
            | Tag::Link { .. }
            | Tag::Image { .. }
    )
}

fn is_block_end(tag: &TagEnd) -> bool {
    !matches!(
        tag,
        TagEnd::Emphasis
            | TagEnd::Strong
            | TagEnd::Strikethrough
            | TagEnd::Superscript
            | TagEnd::Subscript
            | TagEnd::Link
            | TagEnd::Image
    )
}

/// Whether the content of a tag is not text to check.
fn is_skipped(tag: &Tag) -> bool {
    matches!(
        tag,
        Tag::CodeBlock(_) | Tag::HtmlBlock | Tag::MetadataBlock(_) | Tag::Image { .. }
    )
}

fn is_skipped_end(tag: &TagEnd) -> bool {
    matches!(
        tag,
        TagEnd::CodeBlock | TagEnd::HtmlBlock | TagEnd::MetadataBlock(_) | TagEnd::Image
    )
}

/// Cuts a Markdown document into units.
pub fn units(text: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut cur = UnitBuilder::new();
    let mut skip = 0usize;
    let flush = |cur: &mut UnitBuilder, units: &mut Vec<Unit>| {
        if let Some(u) = std::mem::take(cur).finish(units.len(), None) {
            units.push(u);
        }
    };
    for (event, range) in Parser::new_ext(text, options()).into_offset_iter() {
        match event {
            Event::Start(tag) => {
                if is_block(&tag) {
                    flush(&mut cur, &mut units);
                }
                if is_skipped(&tag) {
                    skip += 1;
                }
            }
            Event::End(tag) => {
                if is_skipped_end(&tag) {
                    skip = skip.saturating_sub(1);
                }
                if is_block_end(&tag) {
                    flush(&mut cur, &mut units);
                }
            }
            _ if skip > 0 => {}
            Event::Text(t) | Event::Code(t) => {
                let raw = text.get(range.clone()).unwrap_or("");
                if raw == &*t {
                    cur.verbatim(&t, range.start);
                } else if let Some(i) = raw.find(&*t) {
                    // Inline code: the text inside the backticks.
                    cur.verbatim(&t, range.start + i);
                } else {
                    // An entity or a backslash escape.
                    cur.replaced(&t, range);
                }
            }
            Event::SoftBreak | Event::HardBreak => cur.space(range),
            Event::InlineMath(t) | Event::DisplayMath(t) => cur.replaced(&t, range),
            // Inline HTML and comments, footnote markers, rules, task boxes: not text.
            _ => {}
        }
    }
    flush(&mut cur, &mut units);
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(md: &str) -> Vec<String> {
        units(md).into_iter().map(|u| u.text).collect()
    }

    #[test]
    fn blocks_become_units() {
        let md = "---\ntitle: Бюджет\n---\n\n# Заголовок *статьи*\n\nПервый абзац,\nвторая строка.\n\n- пункт один\n- пункт **два**\n\n> Цитата в блоке.\n\n```\nкод = 1\n```\n\n<!-- комментарий -->\n\n| Год | Сумма |\n| --- | --- |\n| 2024 | 3,1 трлн |\n";
        assert_eq!(
            texts(md),
            [
                "Заголовок статьи",
                "Первый абзац, вторая строка.",
                "пункт один",
                "пункт два",
                "Цитата в блоке.",
                "Год",
                "Сумма",
                "2024",
                "3,1 трлн",
            ]
        );
    }

    #[test]
    fn toml_front_matter_and_loose_lists() {
        let md = "+++\ntitle = \"x\"\n+++\n\n1. Первый пункт.\n\n2. Второй [пункт](http://x.ru).\n   Продолжение.\n";
        assert_eq!(texts(md), ["Первый пункт.", "Второй пункт. Продолжение."]);
    }

    #[test]
    fn offsets_point_into_the_file() {
        let md = "Бюджет составит **2,8 млрд** рублей &mdash; [рекорд](http://x).\n";
        let u = &units(md)[0];
        assert_eq!(u.text, "Бюджет составит 2,8 млрд рублей — рекорд.");
        let s = u.text.find("2,8").unwrap();
        let e = s + "2,8 млрд".len();
        assert_eq!(&md[u.to_document(s)..u.to_document_end(e)], "2,8 млрд");
        let d = u.text.find('—').unwrap();
        assert_eq!(
            &md[u.to_document(d)..u.to_document_end(d + '—'.len_utf8())],
            "&mdash;"
        );
        let r = u.text.find("рекорд").unwrap();
        assert_eq!(
            &md[u.to_document(r)..u.to_document_end(r + "рекорд".len())],
            "рекорд"
        );
    }
}
