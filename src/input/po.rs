//! gettext PO files: `msgid` is the source, `msgstr` the translation (for a plural
//! entry, `msgid` pairs with `msgstr[0]` and `msgid_plural` with `msgstr[1]`). The
//! header entry (empty `msgid`) and obsolete entries (`#~`) are left out; fuzzy
//! entries are checked like the others. A small parser of our own, because the PO
//! crates do not say where in the file a string is, and spans need that: every piece of
//! a (possibly multi-line, escaped) string keeps its offset.

use super::bilingual::Segment;
use super::UnitBuilder;
use crate::error::{Error, Result};
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Ctxt,
    Id,
    Plural,
    Str(usize),
}

#[derive(Default)]
struct Entry {
    id: Option<UnitBuilder>,
    plural: Option<UnitBuilder>,
    strs: Vec<(usize, UnitBuilder)>,
}

impl Entry {
    fn is_empty(&self) -> bool {
        self.id.is_none() && self.plural.is_none() && self.strs.is_empty()
    }

    fn field(&mut self, f: Field) -> Option<&mut UnitBuilder> {
        match f {
            Field::Ctxt => None,
            Field::Id => self.id.as_mut(),
            Field::Plural => self.plural.as_mut(),
            Field::Str(n) => self.strs.iter_mut().find(|(k, _)| *k == n).map(|(_, b)| b),
        }
    }

    fn into_segments(mut self, out: &mut Vec<Segment>) {
        let Some(id) = self.id.take() else { return };
        if id.text().is_empty() {
            return; // the header
        }
        let mut str_n = |n: usize| {
            self.strs
                .iter()
                .position(|(k, _)| *k == n)
                .map(|i| self.strs.swap_remove(i).1)
                .unwrap_or_default()
        };
        out.push(Segment {
            source: id,
            target: str_n(0),
        });
        if let Some(p) = self.plural.take() {
            out.push(Segment {
                source: p,
                target: str_n(1),
            });
        }
    }
}

pub fn segments(text: &str, path: &Path) -> Result<Vec<Segment>> {
    let err = |line: usize, message: &str| Error::Format {
        path: path.to_path_buf(),
        message: format!("line {line}: {message}"),
    };
    let mut out = Vec::new();
    let mut entry = Entry::default();
    let mut field: Option<Field> = None;
    let mut pos = 0;
    for (n, raw_line) in text.split_inclusive('\n').enumerate() {
        let line_no = n + 1;
        let at = pos;
        pos += raw_line.len();
        let line = raw_line.trim_end_matches(['\n', '\r']);
        let lead = line.len() - line.trim_start().len();
        let body = line.trim();
        if body.is_empty() {
            continue;
        }
        if body.starts_with('#') {
            // Comments, flags, references; `#~` obsolete and `#|` previous strings are
            // comments too. A comment after a msgstr starts the next entry.
            if entry.strs.iter().any(|_| true) {
                std::mem::take(&mut entry).into_segments(&mut out);
                field = None;
            }
            continue;
        }
        let (kw, rest_at) = match body.find(|c: char| c.is_whitespace() || c == '"') {
            _ if body.starts_with('"') => ("", 0),
            Some(i) => (&body[..i], i),
            None => (body, body.len()),
        };
        let rest = &body[rest_at..];
        let rest_off = at + lead + rest_at + (rest.len() - rest.trim_start().len());
        let rest = rest.trim_start();
        let new_field = match kw {
            "" => None,
            "msgctxt" => Some(Field::Ctxt),
            "msgid" => Some(Field::Id),
            "msgid_plural" => Some(Field::Plural),
            _ => match kw
                .strip_prefix("msgstr")
                .map(|r| r.strip_prefix('[').and_then(|r| r.strip_suffix(']')))
            {
                Some(None) if kw == "msgstr" => Some(Field::Str(0)),
                Some(Some(k)) => {
                    Some(Field::Str(k.trim().parse().map_err(|_| {
                        err(line_no, &format!("bad plural index in {kw:?}"))
                    })?))
                }
                _ => {
                    return Err(err(
                        line_no,
                        &format!("expected msgid, msgstr or a quoted string, found {kw:?}"),
                    ))
                }
            },
        };
        if let Some(f) = new_field {
            // msgctxt or msgid after a msgstr starts a new entry.
            if matches!(f, Field::Ctxt | Field::Id) && !entry.strs.is_empty() {
                std::mem::take(&mut entry).into_segments(&mut out);
            }
            let dup = match f {
                Field::Ctxt => false,
                Field::Id => entry.id.is_some(),
                Field::Plural => entry.plural.is_some(),
                Field::Str(k) => entry.strs.iter().any(|(j, _)| *j == k),
            };
            if dup {
                return Err(err(line_no, &format!("{kw} appears twice in one entry")));
            }
            match f {
                Field::Ctxt => {}
                Field::Id => entry.id = Some(UnitBuilder::new()),
                Field::Plural => entry.plural = Some(UnitBuilder::new()),
                Field::Str(k) => {
                    if entry.id.is_none() {
                        return Err(err(line_no, "msgstr without a msgid"));
                    }
                    entry.strs.push((k, UnitBuilder::new()));
                }
            }
            field = Some(f);
        } else if field.is_none() {
            return Err(err(line_no, "a quoted string outside any msgid or msgstr"));
        }
        if !rest.starts_with('"') {
            return Err(err(line_no, "expected a quoted string"));
        }
        let f = field.expect("set above");
        let mut scratch = UnitBuilder::new();
        let b = entry.field(f).unwrap_or(&mut scratch);
        string(rest, rest_off, b).map_err(|m| err(line_no, m))?;
    }
    if !entry.is_empty() {
        entry.into_segments(&mut out);
    }
    Ok(out)
}

/// Appends a C-style quoted string (`"…"`, with escapes) found at `at` to `b`.
fn string(s: &str, at: usize, b: &mut UnitBuilder) -> std::result::Result<(), &'static str> {
    let inner = &s[1..];
    let mut pos = 0;
    let mut run = 0;
    loop {
        let Some(c) = inner[pos..].chars().next() else {
            return Err("unterminated string");
        };
        match c {
            '"' => {
                b.verbatim(&inner[run..pos], at + 1 + run);
                if !inner[pos + 1..].trim().is_empty() {
                    return Err("text after the closing quote");
                }
                return Ok(());
            }
            '\\' => {
                b.verbatim(&inner[run..pos], at + 1 + run);
                let esc = inner[pos + 1..]
                    .chars()
                    .next()
                    .ok_or("unterminated string")?;
                let (value, len) = match esc {
                    'n' => ('\n', 2),
                    't' => ('\t', 2),
                    'r' => ('\r', 2),
                    '"' => ('"', 2),
                    '\\' => ('\\', 2),
                    'a' => ('\u{7}', 2),
                    'b' => ('\u{8}', 2),
                    'f' => ('\u{c}', 2),
                    'v' => ('\u{b}', 2),
                    '0'..='7' => {
                        let digits: String = inner[pos + 1..]
                            .chars()
                            .take(3)
                            .take_while(|d| d.is_digit(8))
                            .collect();
                        let v = u32::from_str_radix(&digits, 8).map_err(|_| "bad escape")?;
                        (char::from_u32(v).ok_or("bad escape")?, 1 + digits.len())
                    }
                    'x' => {
                        let digits: String = inner[pos + 2..]
                            .chars()
                            .take(2)
                            .take_while(|d| d.is_ascii_hexdigit())
                            .collect();
                        let v = u32::from_str_radix(&digits, 16).map_err(|_| "bad escape")?;
                        (char::from_u32(v).ok_or("bad escape")?, 2 + digits.len())
                    }
                    _ => return Err("unknown escape sequence"),
                };
                let range = at + 1 + pos..at + 1 + pos + len;
                if value.is_whitespace() {
                    b.space(range);
                } else {
                    b.replaced(&value.to_string(), range);
                }
                pos += len;
                run = pos;
            }
            _ => pos += c.len_utf8(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(po: &str) -> Result<Vec<(String, String)>> {
        Ok(segments(po, Path::new("t.po"))?
            .into_iter()
            .map(|s| (s.source.text().to_string(), s.target.text().to_string()))
            .collect())
    }

    #[test]
    fn entries_with_continuations_plurals_and_comments() {
        let po = "# Header comment\nmsgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n\n#: a.c:1\n#, fuzzy\nmsgctxt \"ctx\"\nmsgid \"Бюджет \"\n\"вырос на \\\"10%\\\"\"\nmsgstr \"The budget grew by \\\"10%\\\"\"\n\nmsgid \"Один файл\"\nmsgid_plural \"%d файлов\"\nmsgstr[0] \"One file\"\nmsgstr[1] \"%d files\"\n\nmsgid \"Не переведено\"\nmsgstr \"\"\n\n#~ msgid \"Старое\"\n#~ msgstr \"Old\"\n";
        assert_eq!(
            read(po).unwrap(),
            [
                (
                    "Бюджет вырос на \"10%\"".into(),
                    "The budget grew by \"10%\"".into()
                ),
                ("Один файл".into(), "One file".into()),
                ("%d файлов".into(), "%d files".into()),
                ("Не переведено".into(), String::new()),
            ]
        );
    }

    #[test]
    fn offsets_of_escaped_strings() {
        let po = "msgid \"Рост \\\"ВВП\\\" 3%\"\nmsgstr \"GDP\"\n";
        let seg = segments(po, Path::new("t.po")).unwrap().remove(0);
        let u = seg.source.finish(0, Some(0)).unwrap();
        assert_eq!(u.text, "Рост \"ВВП\" 3%");
        let s = u.text.find("ВВП").unwrap();
        assert_eq!(
            &po[u.to_document(s)..u.to_document_end(s + "ВВП".len())],
            "ВВП"
        );
        let q = u.text.find('"').unwrap();
        assert_eq!(&po[u.to_document(q)..u.to_document_end(q + 1)], "\\\"");
    }

    #[test]
    fn malformed() {
        for (po, want) in [
            ("msgid \"abc\nmsgstr \"x\"\n", "line 1: unterminated string"),
            (
                "msgid \"a\"\nmsgstr \"b\" junk\n",
                "line 2: text after the closing quote",
            ),
            ("\"orphan\"\n", "line 1: a quoted string outside"),
            ("msgstr \"b\"\n", "line 1: msgstr without a msgid"),
            ("foo \"b\"\n", "line 1: expected msgid"),
            ("msgid \"a\\q\"\n", "line 1: unknown escape"),
        ] {
            let e = read(po).unwrap_err().to_string();
            assert!(e.contains(want), "{po:?}: {e}");
        }
    }
}
