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
            if utf8_cyrillic >= 3 {
                return Err(enc_err(format!(
                    "invalid UTF-8 at byte {} (the file mixes encodings or is damaged; use --encoding to force one)",
                    e.valid_up_to()
                )));
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
}
