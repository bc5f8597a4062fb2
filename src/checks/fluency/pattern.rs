//! Token patterns of the phrasebook, matched against the tokens of one sentence.
//!
//! A pattern is a whitespace-separated sequence of elements:
//!
//! | element | matches |
//! | --- | --- |
//! | `word` | a word with the same stem (`passed` matches pass, passes, passing) |
//! | `=word` | exactly this word form (lower case, ё folded to е) |
//! | `~Word` | this word form, capitalised as written (`~Head` is not "head") |
//! | `pre*` | a word starting with `pre` |
//! | `a\|b\|=c` | any of the alternatives |
//! | `x?` | `x` or nothing |
//! | `!x` | one token that is not `x` |
//! | `...` / `...N` | up to 4 (or N) tokens of anything but `.`, `!`, `?`, `;` |
//! | `@num` `@word` `@cap` `@upper` `@any` `@dash` `@quote` | a number, any word, a capitalised word that does not start the sentence, an all-caps word, any token, a dash, a quotation mark |
//! | `^` / `$` | the start / end of the sentence (punctuation aside) |
//! | `[` … `]` | the part of an English match to flag (default: all of it) |
//! | `,` `«` … | that punctuation mark |
//!
//! A plain element with inner punctuation (`so-called`, `U.S.`) is split the way the
//! text tokenizer splits it.

use crate::lang::{fold, Language};
use crate::segment::{tokens::tokenize, Token, TokenKind};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
enum Atom {
    Stem(String),
    Exact(String),
    Prefix(String),
    /// Word form and whether it is capitalised.
    Case(String, bool),
    Punct(String),
    Num,
    Word,
    Cap,
    Upper,
    Any,
    Dash,
    Quote,
}

#[derive(Debug, Clone, PartialEq)]
enum Elem {
    Alt {
        atoms: Vec<Atom>,
        negated: bool,
        optional: bool,
    },
    Gap(usize),
    Start,
    End,
    Open,
    Close,
}

/// A compiled pattern.
#[derive(Debug, Clone)]
pub struct Pattern {
    elems: Vec<Elem>,
    /// The pattern as written.
    pub text: String,
}

/// One match: token indices (into the non-space tokens) of the whole match and of the
/// flagged part.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Match {
    pub tokens: Range<usize>,
    pub flagged: Range<usize>,
}

const DEFAULT_GAP: usize = 4;
const MAX_GAP: usize = 12;

impl Pattern {
    /// Compiles a pattern; words are stemmed with `lang`.
    pub fn compile(text: &str, lang: &dyn Language) -> Result<Pattern, String> {
        let mut elems = Vec::new();
        for raw in text.split_whitespace() {
            match raw {
                "^" => elems.push(Elem::Start),
                "$" => elems.push(Elem::End),
                "[" => elems.push(Elem::Open),
                "]" => elems.push(Elem::Close),
                _ if raw.starts_with("...") && raw[3..].chars().all(|c| c.is_ascii_digit()) => {
                    let n = if raw.len() == 3 {
                        DEFAULT_GAP
                    } else {
                        raw[3..].parse::<usize>().map_err(|e| e.to_string())?
                    };
                    if n == 0 || n > MAX_GAP {
                        return Err(format!("gap {raw:?}: use ...1 to ...{MAX_GAP}"));
                    }
                    elems.push(Elem::Gap(n));
                }
                _ => compile_element(raw, lang, &mut elems)?,
            }
        }
        let opens = elems.iter().filter(|e| **e == Elem::Open).count();
        let closes = elems.iter().filter(|e| **e == Elem::Close).count();
        if opens > 1 || opens != closes {
            return Err("use at most one [ … ] pair".into());
        }
        if let (Some(o), Some(c)) = (
            elems.iter().position(|e| *e == Elem::Open),
            elems.iter().position(|e| *e == Elem::Close),
        ) {
            if c < o + 2 {
                return Err("[ … ] must enclose at least one element, in that order".into());
            }
        }
        if !elems.iter().any(|e| {
            matches!(
                e,
                Elem::Alt {
                    optional: false,
                    ..
                }
            )
        }) {
            return Err("the pattern must have at least one required token".into());
        }
        if matches!(elems.first(), Some(Elem::Gap(_))) || matches!(elems.last(), Some(Elem::Gap(_)))
        {
            return Err("a pattern cannot start or end with a gap".into());
        }
        Ok(Pattern {
            elems,
            text: text.to_string(),
        })
    }

    /// Every non-overlapping match in `toks` (non-space tokens of one sentence), left to right.
    pub fn find_all(&self, toks: &[&Token]) -> Vec<Match> {
        let mut out = Vec::new();
        let mut start = 0;
        while start < toks.len() {
            if let Some(m) = self.match_at(toks, start) {
                let next = m.tokens.end.max(start + 1);
                out.push(m);
                start = next;
            } else {
                start += 1;
            }
        }
        out
    }

    /// Whether the pattern matches anywhere in `toks`.
    pub fn is_found(&self, toks: &[&Token]) -> bool {
        (0..toks.len()).any(|s| self.match_at(toks, s).is_some())
    }

    fn match_at(&self, toks: &[&Token], start: usize) -> Option<Match> {
        let mut marks = (None, None);
        let end = step(&self.elems, 0, toks, start, &mut marks)?;
        if end == start {
            return None;
        }
        let flagged = match marks {
            (Some(a), Some(b)) if b > a => a..b,
            _ => start..end,
        };
        // Trim a flagged part to its first and last real tokens.
        Some(Match {
            tokens: start..end,
            flagged,
        })
    }
}

fn compile_element(raw: &str, lang: &dyn Language, elems: &mut Vec<Elem>) -> Result<(), String> {
    let mut body = raw;
    let optional = body.len() > 1 && body.ends_with('?');
    if optional {
        body = &body[..body.len() - 1];
    }
    let negated = body.len() > 1 && body.starts_with('!');
    if negated {
        body = &body[1..];
    }
    let alts: Vec<&str> = if body.contains('|') && body.len() > 1 {
        body.split('|').collect()
    } else {
        vec![body]
    };
    // A single plain word with inner punctuation expands to a token sequence.
    if alts.len() == 1 && !negated && !optional {
        let a = alts[0];
        if is_plain_word(a) {
            let pieces = word_pieces(a, lang);
            if pieces.len() > 1 {
                for p in pieces {
                    elems.push(Elem::Alt {
                        atoms: vec![p],
                        negated: false,
                        optional: false,
                    });
                }
                return Ok(());
            }
        }
    }
    let mut atoms = Vec::new();
    for a in alts {
        if a.is_empty() {
            return Err(format!("empty alternative in {raw:?}"));
        }
        atoms.push(compile_atom(a, lang).map_err(|e| format!("{raw:?}: {e}"))?);
    }
    elems.push(Elem::Alt {
        atoms,
        negated,
        optional,
    });
    Ok(())
}

fn is_plain_word(a: &str) -> bool {
    a.chars().any(char::is_alphanumeric)
        && !a.starts_with('=')
        && !a.starts_with('@')
        && !a.starts_with('~')
        && (!a.ends_with('*') || a.len() <= 1)
}

/// How the text tokenizer splits a word with inner punctuation ("so-called").
fn word_pieces(word: &str, lang: &dyn Language) -> Vec<Atom> {
    tokenize(word, 0..word.len(), lang)
        .into_iter()
        .filter(|t| t.kind != TokenKind::Space)
        .map(|t| match t.kind {
            TokenKind::Word => Atom::Stem(t.stem),
            _ => Atom::Exact(t.lower),
        })
        .collect()
}

fn compile_atom(a: &str, lang: &dyn Language) -> Result<Atom, String> {
    if let Some(class) = a.strip_prefix('@') {
        return match class {
            "num" => Ok(Atom::Num),
            "word" => Ok(Atom::Word),
            "cap" => Ok(Atom::Cap),
            "upper" => Ok(Atom::Upper),
            "any" => Ok(Atom::Any),
            "dash" => Ok(Atom::Dash),
            "quote" => Ok(Atom::Quote),
            _ => Err(format!("unknown class @{class}")),
        };
    }
    if let Some(w) = a.strip_prefix('~') {
        let Some(first) = w.chars().next() else {
            return Err("empty case-sensitive form".into());
        };
        return Ok(Atom::Case(fold(w), first.is_uppercase()));
    }
    if let Some(w) = a.strip_prefix('=') {
        if w.is_empty() {
            return Err("empty exact form".into());
        }
        return Ok(Atom::Exact(fold(w)));
    }
    if a.len() > 1 && a.ends_with('*') {
        return Ok(Atom::Prefix(fold(&a[..a.len() - 1])));
    }
    if !a.chars().any(char::is_alphanumeric) {
        return Ok(Atom::Punct(a.to_string()));
    }
    let pieces = word_pieces(a, lang);
    match pieces.as_slice() {
        [one] => Ok(one.clone()),
        _ => Err(format!(
            "{a:?} is several tokens; write them as separate elements"
        )),
    }
}

fn atom_matches(atom: &Atom, t: &Token) -> bool {
    match atom {
        Atom::Stem(s) => t.kind == TokenKind::Word && t.stem == *s,
        Atom::Exact(w) => t.lower == *w,
        Atom::Prefix(p) => t.kind == TokenKind::Word && t.lower.starts_with(p.as_str()),
        Atom::Case(w, cap) => t.kind == TokenKind::Word && t.lower == *w && t.capitalized == *cap,
        Atom::Punct(p) => t.kind == TokenKind::Punct && t.lower == *p,
        Atom::Num => t.kind == TokenKind::Number,
        Atom::Word => t.kind == TokenKind::Word,
        Atom::Cap => t.kind == TokenKind::Word && t.capitalized && !t.sentence_initial,
        Atom::Upper => t.kind == TokenKind::Word && t.all_caps,
        Atom::Any => true,
        Atom::Dash => t.kind == TokenKind::Punct && matches!(t.lower.as_str(), "—" | "–" | "-"),
        Atom::Quote => {
            t.kind == TokenKind::Punct
                && matches!(
                    t.lower.as_str(),
                    "\"" | "“" | "”" | "«" | "»" | "„" | "‘" | "’" | "'"
                )
        }
    }
}

fn is_stop(t: &Token) -> bool {
    t.kind == TokenKind::Punct && matches!(t.lower.as_str(), "." | "!" | "?" | ";")
}

/// Matches `elems[ei..]` from token `ti`; returns the end token index.
fn step(
    elems: &[Elem],
    ei: usize,
    toks: &[&Token],
    ti: usize,
    marks: &mut (Option<usize>, Option<usize>),
) -> Option<usize> {
    let Some(e) = elems.get(ei) else {
        return Some(ti);
    };
    match e {
        Elem::Start => toks[..ti]
            .iter()
            .all(|t| t.kind == TokenKind::Punct)
            .then(|| step(elems, ei + 1, toks, ti, marks))
            .flatten(),
        Elem::End => toks[ti..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct)
            .then_some(ti),
        Elem::Open => {
            let saved = *marks;
            marks.0 = Some(ti);
            let r = step(elems, ei + 1, toks, ti, marks);
            if r.is_none() {
                *marks = saved;
            }
            r
        }
        Elem::Close => {
            let saved = *marks;
            marks.1 = Some(ti);
            let r = step(elems, ei + 1, toks, ti, marks);
            if r.is_none() {
                *marks = saved;
            }
            r
        }
        Elem::Gap(n) => {
            for k in 0..=*n {
                if k > 0 && toks.get(ti + k - 1).is_none_or(|t| is_stop(t)) {
                    break;
                }
                if let Some(end) = step(elems, ei + 1, toks, ti + k, marks) {
                    return Some(end);
                }
            }
            None
        }
        Elem::Alt {
            atoms,
            negated,
            optional,
        } => {
            if let Some(t) = toks.get(ti) {
                let hit = atoms.iter().any(|a| atom_matches(a, t));
                if hit != *negated {
                    if let Some(end) = step(elems, ei + 1, toks, ti + 1, marks) {
                        return Some(end);
                    }
                }
            }
            if *optional {
                step(elems, ei + 1, toks, ti, marks)
            } else {
                None
            }
        }
    }
}

/// The non-space tokens of a sentence, as the patterns see them.
pub fn visible(tokens: &[Token]) -> Vec<&Token> {
    tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::ENGLISH, ru::RUSSIAN};
    use crate::segment::segment;

    fn matches(pat: &str, text: &str, lang: &dyn Language) -> Vec<String> {
        let p = Pattern::compile(pat, lang).unwrap();
        let mut out = Vec::new();
        for s in segment(text, lang) {
            let toks = visible(&s.tokens);
            for m in p.find_all(&toks) {
                let a = toks[m.flagged.start].span.start;
                let b = toks[m.flagged.end - 1].span.end;
                out.push(text[a..b].to_string());
            }
        }
        out
    }

    #[test]
    fn stems_gaps_and_marks() {
        assert_eq!(
            matches(
                "[ pass ] ...3 calm*|smooth*",
                "Trading passed very calmly.",
                &ENGLISH
            ),
            vec!["passed"]
        );
        assert!(matches(
            "[ pass ] ...1 calm*",
            "It passed, oddly and calmly.",
            &ENGLISH
        )
        .is_empty());
        assert_eq!(
            matches(
                "within the framework of",
                "Within the framework of the visit",
                &ENGLISH
            ),
            vec!["Within the framework of"]
        );
    }

    #[test]
    fn russian_inflection_and_alternatives() {
        assert_eq!(
            matches(
                "с|со ссылкой на",
                "Как сообщает ТАСС со ссылкой на источник",
                &RUSSIAN
            ),
            vec!["со ссылкой на"]
        );
        assert_eq!(
            matches("территория", "на территориях области", &RUSSIAN),
            vec!["территориях"]
        );
        assert_eq!(
            matches("прош*", "Встреча прошла спокойно", &RUSSIAN),
            vec!["прошла"]
        );
    }

    #[test]
    fn optional_negated_anchors_and_split_words() {
        assert_eq!(
            matches("^ and also", "And also the banks.", &ENGLISH),
            vec!["And also"]
        );
        assert!(matches("^ and also", "Prices, and also wages.", &ENGLISH).is_empty());
        assert_eq!(
            matches("in !the usa", "They live in USA now.", &ENGLISH),
            Vec::<String>::new(),
            "negation consumes a token"
        );
        assert_eq!(matches("in the? =usa", "in USA", &ENGLISH), vec!["in USA"]);
        assert_eq!(
            matches("so-called", "the so-called plan", &ENGLISH),
            vec!["so-called"]
        );
        assert_eq!(
            matches("@num percent", "up 5 percent", &ENGLISH),
            vec!["5 percent"]
        );
    }

    #[test]
    fn bad_patterns_are_rejected() {
        for bad in [
            "",
            "...",
            "a [ b",
            "] a [",
            "a ...99 b",
            "@nope",
            "the? a? ...",
            "[ ] a",
        ] {
            assert!(Pattern::compile(bad, &ENGLISH).is_err(), "{bad:?}");
        }
    }
}
