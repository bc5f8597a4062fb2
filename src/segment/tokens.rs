//! Words, numbers and punctuation of a sentence (UAX #29 word boundaries).

use crate::lang::{fold, Language};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    /// Letters (possibly with digits, apostrophes, inner dots: "U.S", "don't").
    Word,
    /// Starts with a digit ("2,5", "1st", "2021").
    Number,
    /// One punctuation or symbol character.
    Punct,
    /// Spaces between tokens (kept: thousands separators in "1 000 000" are spaces).
    Space,
}

#[derive(Debug, Clone)]
pub struct Token {
    /// Byte range in the unit text.
    pub span: Range<usize>,
    pub kind: TokenKind,
    /// Lower-cased, ё folded to е, possessive 's removed.
    pub lower: String,
    /// Snowball stem of `lower` (empty for non-words).
    pub stem: String,
    /// First letter is upper case.
    pub capitalized: bool,
    /// Two or more letters, all upper case ("НАТО", "МИД", "USA").
    pub all_caps: bool,
    /// First word of its sentence.
    pub sentence_initial: bool,
}

impl Token {
    pub fn text<'a>(&self, unit_text: &'a str) -> &'a str {
        &unit_text[self.span.clone()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }
}

/// Tokens of `text[span]`, with ranges into `text`.
pub fn tokenize(text: &str, span: Range<usize>, lang: &dyn Language) -> Vec<Token> {
    let mut out = Vec::new();
    let mut seen_word = false;
    for (i, piece) in text[span.clone()].split_word_bound_indices() {
        let start = span.start + i;
        let first = piece.chars().next().unwrap_or(' ');
        let kind = if first.is_whitespace() {
            TokenKind::Space
        } else if first.is_ascii_digit() {
            TokenKind::Number
        } else if first.is_alphabetic() || piece.chars().any(char::is_alphabetic) {
            TokenKind::Word
        } else {
            TokenKind::Punct
        };
        // Split multi-character punctuation runs so that "»." gives two tokens.
        if kind == TokenKind::Punct && piece.chars().count() > 1 {
            for (j, c) in piece.char_indices() {
                out.push(plain(
                    start + j..start + j + c.len_utf8(),
                    TokenKind::Punct,
                    c.to_string(),
                ));
            }
            continue;
        }
        if kind == TokenKind::Number {
            push_number(&mut out, piece, start);
            continue;
        }
        if kind != TokenKind::Word {
            out.push(plain(start..start + piece.len(), kind, piece.to_string()));
            continue;
        }
        let mut lower = fold(piece);
        for suffix in ["'s", "'"] {
            if lower.len() > suffix.len() + 1 && lower.ends_with(suffix) {
                lower.truncate(lower.len() - suffix.len());
                break;
            }
        }
        let letters: Vec<char> = piece.chars().filter(|c| c.is_alphabetic()).collect();
        let capitalized = letters.first().is_some_and(|c| c.is_uppercase());
        let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        let stem = lang.stem(&lower);
        out.push(Token {
            span: start..start + piece.len(),
            kind,
            lower,
            stem,
            capitalized,
            all_caps,
            sentence_initial: !seen_word,
        });
        seen_word = true;
    }
    out
}

/// Pushes a number token, split at dimension signs: "105х195" (Cyrillic or Latin x, or
/// ×) is two figures, which UAX #29 keeps as one word.
fn push_number(out: &mut Vec<Token>, piece: &str, start: usize) {
    let mut from = 0;
    let chars: Vec<(usize, char)> = piece.char_indices().collect();
    for w in 1..chars.len().saturating_sub(1) {
        let (i, c) = chars[w];
        if matches!(c, 'x' | 'X' | 'х' | 'Х' | '×')
            && chars[w - 1].1.is_ascii_digit()
            && chars[w + 1].1.is_ascii_digit()
        {
            let num = &piece[from..i];
            out.push(plain(
                start + from..start + i,
                TokenKind::Number,
                num.to_string(),
            ));
            let after = i + c.len_utf8();
            out.push(plain(
                start + i..start + after,
                TokenKind::Punct,
                c.to_string(),
            ));
            from = after;
        }
    }
    out.push(plain(
        start + from..start + piece.len(),
        TokenKind::Number,
        piece[from..].to_string(),
    ));
}

fn plain(span: Range<usize>, kind: TokenKind, text: String) -> Token {
    Token {
        span,
        kind,
        lower: text,
        stem: String::new(),
        capitalized: false,
        all_caps: false,
        sentence_initial: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::ENGLISH, ru::RUSSIAN};

    #[test]
    fn words_numbers_punct() {
        let t = "«Газпром» получил 2,5 млрд.";
        let toks = tokenize(t, 0..t.len(), &RUSSIAN);
        let kinds: Vec<_> = toks
            .iter()
            .filter(|t| t.kind != TokenKind::Space)
            .map(|t| (t.text(t_ref(t)), t.kind))
            .collect();
        fn t_ref(_: &Token) -> &'static str {
            "«Газпром» получил 2,5 млрд."
        }
        assert_eq!(kinds[0], ("«", TokenKind::Punct));
        assert_eq!(kinds[1], ("Газпром", TokenKind::Word));
        assert_eq!(kinds[4], ("2,5", TokenKind::Number));
        assert!(toks[1].capitalized && toks[1].sentence_initial);
    }

    #[test]
    fn possessive_and_caps() {
        let t = "Russia's NATO policy";
        let toks: Vec<Token> = tokenize(t, 0..t.len(), &ENGLISH)
            .into_iter()
            .filter(|t| t.is_word())
            .collect();
        assert_eq!(toks[0].lower, "russia");
        assert!(toks[1].all_caps);
        assert!(!toks[2].capitalized);
    }
}
