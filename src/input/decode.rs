//! Bytes → text: BOM sniffing, UTF-8, a forced `--encoding`, or detection of the legacy
//! Russian encodings (windows-1251, KOI8-R, …) with chardetng. A wrong or mixed
//! encoding is an error, never mojibake.

use crate::error::{Error, Result};
use encoding_rs::Encoding;
use std::path::Path;

/// Decoded text and the name of the encoding it was read in.
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub encoding: &'static str,
}

pub fn decode(bytes: &[u8], path: &Path, forced: Option<&str>) -> Result<Decoded> {
    decode_with_hint(bytes, path, forced, None)
}

/// Like [`decode`], with the encoding the file declares itself in (an XML declaration,
/// an HTML `<meta charset>`, a PO header). The order: a forced encoding, a BOM, valid
/// UTF-8, the declared encoding, then detection. A declaration is only a hint: a file
/// saved as UTF-8 whose old declaration says windows-1251 is read as UTF-8.
pub fn decode_with_hint(
    bytes: &[u8],
    path: &Path,
    forced: Option<&str>,
    declared: Option<&'static Encoding>,
) -> Result<Decoded> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    let enc_err = |message: String| Error::Encoding {
        path: path.to_path_buf(),
        message,
    };
    if let Some(label) = forced {
        let enc = Encoding::for_label(label.trim().as_bytes())
            .ok_or_else(|| enc_err(format!("unknown encoding label {label:?}")))?;
        let body = match Encoding::for_bom(bytes) {
            Some((bom_enc, len)) if bom_enc == enc => &bytes[len..],
            _ => bytes,
        };
        return finish(decode_strict(enc, body, path)?, enc.name(), path);
    }
    if let Some((enc, len)) = Encoding::for_bom(bytes) {
        return finish(decode_strict(enc, &bytes[len..], path)?, enc.name(), path);
    }
    if looks_binary(bytes) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => finish(s.to_string(), "UTF-8", path),
        Err(e) => {
            // Text that is mostly valid UTF-8 Cyrillic with a few bad bytes is a broken or
            // mixed file; guessing a single-byte encoding would turn it into mojibake.
            let utf8_cyrillic = bytes
                .windows(2)
                .filter(|w| (w[0] == 0xD0 || w[0] == 0xD1) && (0x80..=0xBF).contains(&w[1]))
                .count();
            if utf8_cyrillic >= 3 || declared == Some(encoding_rs::UTF_8) {
                return Err(enc_err(format!(
                    "invalid UTF-8 at byte {} (the file mixes encodings or is damaged; use --encoding to force one)",
                    e.valid_up_to()
                )));
            }
            if let Some(enc) = declared.filter(|e| *e != encoding_rs::UTF_8 && e.is_single_byte()) {
                return finish(decode_strict(enc, bytes, path)?, enc.name(), path);
            }
            let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            det.feed(bytes, true);
            let enc = det.guess(Some(b"ru"), chardetng::Utf8Detection::Deny);
            // chardetng reports KOI8-R as KOI8-U; they agree on every letter Russian uses.
            let enc = if enc == encoding_rs::KOI8_U {
                encoding_rs::KOI8_R
            } else {
                enc
            };
            finish(decode_strict(enc, bytes, path)?, enc.name(), path)
        }
    }
}

fn decode_strict(enc: &'static Encoding, bytes: &[u8], path: &Path) -> Result<String> {
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|c| c.into_owned())
        .ok_or_else(|| Error::Encoding {
            path: path.to_path_buf(),
            message: format!("the text is not valid {}", enc.name()),
        })
}

fn finish(text: String, encoding: &'static str, path: &Path) -> Result<Decoded> {
    if text.trim().is_empty() {
        return Err(Error::Empty {
            path: path.to_path_buf(),
        });
    }
    if let Some(message) = garbled(&text, encoding) {
        return Err(Error::Encoding {
            path: path.to_path_buf(),
            message,
        });
    }
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{c}'))
        .count();
    if controls * 100 > text.chars().count().max(1) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
        });
    }
    Ok(Decoded { text, encoding })
}

/// Text that decoded without error but reads as mojibake: UTF-8 read as windows-1251 or
/// Latin-1 and saved again, or a line of a single-byte file in another single-byte
/// encoding (KOI8-R in a windows-1251 file). Returns the message of the error.
fn garbled(text: &str, encoding: &str) -> Option<String> {
    let single_byte = !encoding.starts_with("UTF-");
    for (n, line) in text.lines().enumerate() {
        let line_no = n + 1;
        let mut cyr = 0usize;
        let (mut cp1251_pairs, mut latin1_pairs) = (0usize, 0usize);
        let mut prev = ' ';
        for c in line.chars() {
            if ('\u{400}'..='\u{4ff}').contains(&c) {
                cyr += 1;
            }
            // UTF-8 lead bytes 0xD0/0xD1 read as windows-1251 are Р/С, and every
            // continuation byte (0x80-0xBF) is one of the characters below.
            if matches!(prev, 'Р' | 'С') && is_cp1251_high(c) {
                cp1251_pairs += 1;
            }
            if matches!(prev, 'Ð' | 'Ñ') && ('\u{80}'..='\u{bf}').contains(&c) {
                latin1_pairs += 1;
            }
            prev = c;
        }
        if cp1251_pairs >= 4 && cp1251_pairs * 3 >= cyr {
            return Some(format!(
                "line {line_no} is garbled: it looks like UTF-8 text read as windows-1251 (mojibake such as «РџСЂ…»); the file mixes encodings or was converted twice"
            ));
        }
        if latin1_pairs >= 4 {
            return Some(format!(
                "line {line_no} is garbled: it looks like UTF-8 text read as Latin-1 (mojibake such as «ÐŸÑ€…»); the file mixes encodings or was converted twice"
            ));
        }
        if single_byte && inverted_case(line) {
            return Some(format!(
                "line {line_no} does not read as {encoding} (its letters come out in inverted case, as KOI8-R read as windows-1251 or the reverse does): the file mixes encodings; use --encoding to force one"
            ));
        }
    }
    None
}

/// Characters that windows-1251 maps the bytes 0x80–0xBF to.
fn is_cp1251_high(c: char) -> bool {
    matches!(
        c,
        'Ђ' | 'Ѓ'
            | '‚'
            | 'ѓ'
            | '„'
            | '…'
            | '†'
            | '‡'
            | '€'
            | '‰'
            | 'Љ'
            | '‹'
            | 'Њ'
            | 'Ќ'
            | 'Ћ'
            | 'Џ'
            | 'ђ'
            | '‘'
            | '’'
            | '“'
            | '”'
            | '•'
            | '–'
            | '—'
            | '™'
            | 'љ'
            | '›'
            | 'њ'
            | 'ќ'
            | 'ћ'
            | 'џ'
            | '\u{a0}'
            | 'Ў'
            | 'ў'
            | 'Ј'
            | '¤'
            | 'Ґ'
            | '¦'
            | '§'
            | 'Ё'
            | '©'
            | 'Є'
            | '«'
            | '¬'
            | '\u{ad}'
            | '®'
            | 'Ї'
            | '°'
            | '±'
            | 'І'
            | 'і'
            | 'ґ'
            | 'µ'
            | '¶'
            | '·'
            | 'ё'
            | '№'
            | 'є'
            | '»'
            | 'ј'
            | 'Ѕ'
            | 'ѕ'
            | 'ї'
    )
}

/// A line of Cyrillic words mostly in capitals, with words in "inverted" capitalisation
/// (`пТЕЪХДЕОФ`: a small letter followed only by capitals). KOI8-R and windows-1251 put
/// small and capital letters in swapped halves, so a text read in the other encoding
/// comes out this way; a headline in capitals has no inverted words.
fn inverted_case(line: &str) -> bool {
    let (mut upper, mut lower, mut inverted) = (0usize, 0usize, 0usize);
    for word in line.split(|c: char| !(('\u{400}'..='\u{4ff}').contains(&c))) {
        let mut chars = word.chars();
        let Some(first) = chars.next() else { continue };
        for c in word.chars() {
            if c.is_uppercase() {
                upper += 1;
            } else if c.is_lowercase() {
                lower += 1;
            }
        }
        let rest: Vec<char> = chars.collect();
        if rest.len() >= 2 && first.is_lowercase() && rest.iter().all(|c| c.is_uppercase()) {
            inverted += 1;
        }
    }
    upper + lower >= 20 && upper * 10 >= (upper + lower) * 7 && inverted >= 1
}

/// The encoding an XML declaration (`<?xml … encoding="…"?>`) or an HTML
/// `<meta charset>` at the top of the file names, if it names one encoding_rs knows.
pub fn declared_markup_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(2048)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let value = if head.trim_start().starts_with("<?xml") {
        let decl = &head[..head.find("?>")?];
        let at = decl.find("encoding")? + "encoding".len();
        let rest = decl[at..].trim_start().strip_prefix('=')?.trim_start();
        let quote = rest.chars().next().filter(|c| *c == '"' || *c == '\'')?;
        rest[1..].split(quote).next()?.to_string()
    } else {
        let at = head.find("charset")? + "charset".len();
        let rest = head[at..].trim_start().strip_prefix('=')?.trim_start();
        let rest = rest.trim_start_matches(['"', '\'']);
        rest.split(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
            .next()?
            .to_string()
    };
    Encoding::for_label(value.trim().as_bytes())
}

/// The charset a PO header declares (`"Content-Type: text/plain; charset=UTF-8\n"`).
pub fn declared_po_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let head = String::from_utf8_lossy(head).to_ascii_lowercase();
    let at = head.find("charset=")? + "charset=".len();
    let value: String = head[at..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'))
        .collect();
    Encoding::for_label(value.as_bytes())
}

/// NUL bytes or many control bytes: an image, an archive, a compiled file.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(8192)];
    if sample.contains(&0) {
        return true;
    }
    let controls = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 100 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x.txt")
    }

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(
            decode("Привет".as_bytes(), p(), None).unwrap().text,
            "Привет"
        );
        let mut b = vec![0xEF, 0xBB, 0xBF];
        b.extend_from_slice("Привет".as_bytes());
        let d = decode(&b, p(), None).unwrap();
        assert_eq!(d.text, "Привет");
        assert_eq!(d.encoding, "UTF-8");
    }

    #[test]
    fn legacy_russian_encodings() {
        let text = "Мэр Москвы Сергей Собянин заявил, что бюджет города вырастет.";
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let d = decode(&cp, p(), None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "windows-1251");
        let (koi, _, _) = encoding_rs::KOI8_R.encode(text);
        let d = decode(&koi, p(), None).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, "KOI8-R");
    }

    #[test]
    fn utf16_with_bom() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Да".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode(&b, p(), None).unwrap().text, "Да");
    }

    #[test]
    fn rejects_empty_binary_and_mixed() {
        assert!(matches!(
            decode(b"  \n", p(), None),
            Err(Error::Empty { .. })
        ));
        assert!(matches!(
            decode(&[0, 1, 2, 3, 0, 159], p(), None),
            Err(Error::Binary { .. })
        ));
        let mut mixed = "Привет, мир, как дела".as_bytes().to_vec();
        mixed.extend_from_slice(&[0xCF, 0xF0, 0xE8]);
        assert!(matches!(
            decode(&mixed, p(), None),
            Err(Error::Encoding { .. })
        ));
    }

    #[test]
    fn forced_encoding() {
        let (cp, _, _) = encoding_rs::WINDOWS_1251.encode("Тест");
        assert_eq!(decode(&cp, p(), Some("cp1251")).unwrap().text, "Тест");
        assert!(decode(&cp, p(), Some("no-such")).is_err());
    }

    #[test]
    fn headlines_in_capitals_are_not_mojibake() {
        let text = "СРОЧНО: БЮДЖЕТ МОСКВЫ НА СЛЕДУЮЩИЙ ГОД ВЫРОС НА ТРИ ПРОЦЕНТА\n\nМэр Москвы Сергей Собянин заявил, что бюджет города вырастет.";
        for enc in [encoding_rs::WINDOWS_1251, encoding_rs::KOI8_R] {
            let (b, _, _) = enc.encode(text);
            let d = decode(&b, p(), None).unwrap();
            assert_eq!(d.text, text);
        }
        // The same text read in the other encoding is refused.
        let (b, _, _) = encoding_rs::WINDOWS_1251.encode(text);
        let e = decode(&b, p(), Some("koi8-r")).unwrap_err().to_string();
        assert!(e.contains("line 3") && e.contains("mixes encodings"), "{e}");
    }

    #[test]
    fn double_encoded_utf8_is_refused() {
        let text = "Мэр Москвы Сергей Собянин заявил, что бюджет города вырастет.";
        let (twice, _, _) = encoding_rs::WINDOWS_1251.decode(text.as_bytes());
        let e = decode(twice.as_bytes(), p(), None).unwrap_err().to_string();
        assert!(e.contains("read as windows-1251"), "{e}");
        // Real text with Р and С before a guillemet or ё is fine.
        let fine = "Агентство «ТАСС» и «РИА» сообщили, что Сёмин уехал в СССР.";
        assert!(decode(fine.as_bytes(), p(), None).is_ok());
    }

    #[test]
    fn declared_encodings() {
        let x = b"<?xml version='1.0' encoding='windows-1251'?><xliff/>";
        assert_eq!(declared_markup_encoding(x), Some(encoding_rs::WINDOWS_1251));
        let h = b"<!doctype html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=koi8-r\">";
        assert_eq!(declared_markup_encoding(h), Some(encoding_rs::KOI8_R));
        assert_eq!(declared_markup_encoding(b"<p>no charset</p>"), None);
        let po = b"msgid \"\"\nmsgstr \"\"\n\"Content-Type: text/plain; charset=CP1251\\n\"\n";
        assert_eq!(declared_po_encoding(po), Some(encoding_rs::WINDOWS_1251));
        // A declared single-byte encoding is used when the bytes are not UTF-8.
        let (b, _, _) = encoding_rs::KOI8_R.encode("Да");
        let d = decode_with_hint(&b, p(), None, Some(encoding_rs::KOI8_R)).unwrap();
        assert_eq!((d.text.as_str(), d.encoding), ("Да", "KOI8-R"));
    }
}
