//! Plain text: a paragraph is a maximal run of non-blank lines.

use super::Unit;

/// Splits text into paragraphs with their byte ranges (LF or CRLF line ends).
pub fn paragraphs(text: &str) -> Vec<Unit> {
    let mut units = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let blank = content.trim().is_empty();
        if blank {
            if let Some(s) = start.take() {
                units.push(Unit::verbatim(units.len(), text, s..end));
            }
        } else {
            // Leading spaces of the first line are indentation, not text.
            let lead = content.len() - content.trim_start().len();
            if start.is_none() {
                start = Some(pos + lead);
            }
            end = pos + content.trim_end().len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        units.push(Unit::verbatim(units.len(), text, s..end));
    }
    units
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_on_blank_lines_with_crlf() {
        let t = "Title\r\n\r\n  First line\r\nsecond line\r\n \r\n\r\nLast";
        let p = paragraphs(t);
        assert_eq!(p.len(), 3);
        assert_eq!(p[0].text, "Title");
        assert_eq!(p[1].text, "First line\r\nsecond line");
        assert_eq!(&t[p[1].span.clone()], p[1].text);
        assert_eq!(p[2].text, "Last");
        assert_eq!(p[2].index, 2);
    }
}
