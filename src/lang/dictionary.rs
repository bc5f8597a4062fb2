//! External bilingual dictionaries given with `--dict FILE`, loaded at run time (they
//! are not shipped: the best free English–Russian dictionary, Debian's `mueller7-dict`,
//! is GPL). Two formats:
//!
//! * TSV in the lexicon format (`source lemma<TAB>rendering; rendering`), see
//!   `src/lang/ru_en/data/README.md`;
//! * dictd (`NAME.index` with `NAME.dict` or `NAME.dict.dz` beside it): a
//!   target→source dictionary such as Müller's English–Russian one, inverted: every
//!   one-word source-language rendering in an article points to its headword.

use super::{Language, LanguagePair, Lexicon};
use crate::error::{Error, Result};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Loads a dictionary file into `lexicon`; returns the number of entries added.
pub fn load(path: &Path, lexicon: &mut Lexicon, pair: &LanguagePair) -> Result<usize> {
    let name = path.to_string_lossy();
    if name.ends_with(".index") || name.ends_with(".dict") || name.ends_with(".dict.dz") {
        return load_dictd(path, lexicon, pair);
    }
    let text = std::fs::read_to_string(path).map_err(|e| read_err(path, e))?;
    Ok(super::ru_en::load_lexicon_tsv(
        lexicon,
        &text,
        pair.source,
        pair.target,
    ))
}

fn read_err(path: &Path, e: std::io::Error) -> Error {
    Error::Read {
        path: path.to_path_buf(),
        message: e.to_string().to_lowercase(),
    }
}

/// dictd's base64 numbers (offsets and lengths in the index).
fn b64(s: &str) -> Option<usize> {
    let mut v: usize = 0;
    for c in s.bytes() {
        let d = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            _ => return None,
        } as usize;
        v = v.checked_mul(64)?.checked_add(d)?;
    }
    Some(v)
}

fn dictd_files(path: &Path) -> (PathBuf, Vec<PathBuf>) {
    let s = path.to_string_lossy();
    let stem = s
        .strip_suffix(".index")
        .or_else(|| s.strip_suffix(".dict.dz"))
        .or_else(|| s.strip_suffix(".dict"))
        .unwrap_or(&s)
        .to_string();
    (
        PathBuf::from(format!("{stem}.index")),
        vec![
            PathBuf::from(format!("{stem}.dict")),
            PathBuf::from(format!("{stem}.dict.dz")),
        ],
    )
}

fn load_dictd(path: &Path, lexicon: &mut Lexicon, pair: &LanguagePair) -> Result<usize> {
    let (index_path, data_paths) = dictd_files(path);
    let index = std::fs::read_to_string(&index_path).map_err(|e| read_err(&index_path, e))?;
    let data_path = data_paths
        .iter()
        .find(|p| p.exists())
        .ok_or_else(|| Error::Read {
            path: data_paths[0].clone(),
            message: "no .dict or .dict.dz file next to the index".into(),
        })?;
    let raw = std::fs::read(data_path).map_err(|e| read_err(data_path, e))?;
    // .dict.dz is dictzip, a gzip file: one decompression gives the whole text.
    let data = if data_path.to_string_lossy().ends_with(".dz") {
        let mut out = Vec::new();
        flate2::read::MultiGzDecoder::new(&raw[..])
            .read_to_end(&mut out)
            .map_err(|e| Error::Format {
                path: data_path.clone(),
                message: format!("cannot decompress: {e}"),
            })?;
        out
    } else {
        raw
    };
    let mut added = 0;
    for (n, line) in index.lines().enumerate() {
        let f: Vec<&str> = line.split('\t').collect();
        if f.len() < 3 {
            continue;
        }
        let (Some(off), Some(len)) = (b64(f[1]), b64(f[2])) else {
            return Err(Error::Format {
                path: index_path.clone(),
                message: format!("line {}: bad offset or length", n + 1),
            });
        };
        let head = f[0].trim();
        // Only one-word headwords of the target language (skip the database's own
        // "00-database-…" entries and phrases).
        if head.starts_with("00")
            || head.contains(' ')
            || !head.chars().all(|c| c.is_alphabetic() || c == '-')
        {
            continue;
        }
        let Some(article) = data.get(off..off.saturating_add(len)) else {
            continue;
        };
        let article = String::from_utf8_lossy(article);
        let target_stems = super::ru_en::content_stems(head, pair.target);
        if target_stems.is_empty() {
            continue;
        }
        for word in source_words(&article, pair.source) {
            let stem = pair.source.stem(&word);
            for form in pair.source.irregular_forms(&word) {
                lexicon.insert_extra(pair.source.stem(&form), target_stems.clone());
            }
            lexicon.insert_extra(stem, target_stems.clone());
            added += 1;
        }
    }
    Ok(added)
}

/// One-word renderings in the source language of a dictionary article: the pieces
/// between `;` and `,` of each sense that are a single word of the source script
/// (Müller: "1) бюджет; финансовая смета" gives "бюджет").
fn source_words(article: &str, lang: &dyn Language) -> Vec<String> {
    let script_ok = |w: &str| match lang.script() {
        super::Script::Cyrillic => w
            .chars()
            .all(|c| ('\u{400}'..='\u{4ff}').contains(&c) || c == '-'),
        super::Script::Latin => w.chars().all(|c| c.is_ascii_alphabetic() || c == '-'),
    };
    let mut out = Vec::new();
    for line in article.lines().skip(1) {
        // Drop the transcription, sense numbers and grammar labels (_n., _v., _уст.).
        let mut cleaned = String::new();
        let mut depth = 0;
        for c in line.chars() {
            match c {
                '[' => depth += 1,
                ']' => depth = (depth - 1).max(0),
                c if depth == 0 => cleaned.push(c),
                _ => {}
            }
        }
        for piece in cleaned.split([';', ',']) {
            let words: Vec<&str> = piece
                .split_whitespace()
                .filter(|w| {
                    !w.starts_with('_')
                        && !w.ends_with(')')
                        && !w.chars().all(|c| c.is_ascii_digit() || c == '.')
                })
                .collect();
            if words.len() == 1 {
                let w = words[0]
                    .trim_matches(|c: char| !c.is_alphabetic())
                    .to_lowercase();
                if w.chars().count() >= 3
                    && script_ok(&w)
                    && !lang.is_stopword(&w)
                    && !out.contains(&w)
                {
                    out.push(w);
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_numbers() {
        assert_eq!(b64("A"), Some(0));
        assert_eq!(b64("Fh"), Some(5 * 64 + 33));
        assert_eq!(b64("!"), None);
    }

    #[test]
    fn one_word_renderings_of_an_article() {
        let art = "budget\n   [↗bʌdʒɪt]\n   1. _n.\n      1) бюджет; финансовая смета\n      2) запас; a budget of news куча новостей\n   2. _v.\n      1) предусматривать в бюджете, ассигновать (for)\n";
        let w = source_words(art, &crate::lang::ru::RUSSIAN);
        assert!(w.contains(&"бюджет".to_string()));
        assert!(w.contains(&"запас".to_string()));
        assert!(w.contains(&"ассигновать".to_string()));
        assert!(!w.iter().any(|x| x.contains(' ')));
    }

    #[test]
    fn dictd_files_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let article = "crisis\n   [kraɪsɪs] _n. кризис; перелом\n";
        std::fs::write(dir.path().join("t.dict"), article).unwrap();
        let index = format!("crisis\tA\t{}\n", {
            // length in dictd base64
            let n = article.len();
            let alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
            format!("{}{}", alphabet[n / 64] as char, alphabet[n % 64] as char)
        });
        std::fs::write(dir.path().join("t.index"), index).unwrap();
        let pair = LanguagePair::ru_en();
        let mut lex = Lexicon::default();
        let n = load(&dir.path().join("t.index"), &mut lex, pair).unwrap();
        assert_eq!(n, 2);
        let cands = lex.get(&pair.source.stem("перелом")).unwrap();
        assert!(cands.contains(&pair.target.stem("crisis")), "{cands:?}");
    }
}
