//! Segmentation of a unit's text into sentences, words and numbers, all with byte
//! ranges into the unit text.

pub mod numbers;
pub mod sentences;
pub mod tokens;

use crate::lang::Language;
pub use numbers::{NumKind, NumberMention};
use std::ops::Range;
pub use tokens::{Token, TokenKind};

/// A sentence of a unit, with its words and numbers.
#[derive(Debug, Clone)]
pub struct Sentence {
    /// Byte range in the unit text (trimmed of surrounding whitespace).
    pub span: Range<usize>,
    pub tokens: Vec<Token>,
    pub numbers: Vec<NumberMention>,
}

impl Sentence {
    pub fn text<'a>(&self, unit_text: &'a str) -> &'a str {
        &unit_text[self.span.clone()]
    }

    /// Word tokens only.
    pub fn words(&self) -> impl Iterator<Item = &Token> {
        self.tokens.iter().filter(|t| t.kind == TokenKind::Word)
    }

    /// Every token but the spaces: words, numbers and punctuation, as checks that look
    /// at neighbours ("the word before the comma") need them.
    pub fn visible(&self) -> Vec<&Token> {
        self.tokens
            .iter()
            .filter(|t| t.kind != TokenKind::Space)
            .collect()
    }
}

/// Splits a unit's text into sentences and analyses each.
pub fn segment(text: &str, lang: &dyn Language) -> Vec<Sentence> {
    sentences::split(text, lang)
        .into_iter()
        .map(|span| analyse(text, span, lang))
        .collect()
}

/// Treats a given range of text as one sentence (pre-segmented input).
pub fn analyse(text: &str, span: Range<usize>, lang: &dyn Language) -> Sentence {
    let tokens = tokens::tokenize(text, span.clone(), lang);
    let numbers = numbers::extract(text, &tokens, lang);
    Sentence {
        span,
        tokens,
        numbers,
    }
}
