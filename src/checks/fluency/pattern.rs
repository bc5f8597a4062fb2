//! Token patterns of the phrasebook, matched against the tokens of one sentence.
//!
//! A pattern is a whitespace-separated sequence of elements:
//!
//! | element | matches |
//! | --- | --- |
//! | `word` | Russian: a word with the same stem (`территория` matches территории), a function word only function words and a content word only content words (`хоть` is not `хотим`, whose stem is also «хот»); English: a regular inflection of the word (`pass` and `passed` match pass, passes, passed, passing — not "passage") |
//! | `=word` | exactly this word form (lower case, ё folded to е) |
//! | `~Word` | this word form, capitalised as written (`~Head` is not "head") |
//! | `pre*` | a word starting with `pre` |
//! | `a\|b\|=c` | any of the alternatives (one token each) |
//! | `(a b\|c)` | any of the alternative sequences ("a b" or "c"); `(…)?` optional |
//! | `x?` | `x` or nothing |
//! | `!x` | one token that is not `x` |
//! | `...` / `...N` | up to 4 (or N) tokens of anything but `.`, `!`, `?`, `;` |
//! | `@num` `@word` `@cap` `@upper` `@any` `@dash` `@quote` | a number, any word, a capitalised word that does not start the sentence, an all-caps word, any token, a dash, a quotation mark |
//! | `^` / `$` | the start / end of the sentence (punctuation aside) |
//! | `[` … `]` | the part of an English match to flag, or of a Russian trigger to quote (default: all of it) |
//! | `,` `«` … | that punctuation mark |
//!
//! A plain element with inner punctuation (`so-called`, `U.S.`) is split the way the
//! text tokenizer splits it.

use crate::lang::{fold, Language};
use crate::segment::{tokens::tokenize, Token, TokenKind};
use std::ops::Range;

#[derive(Debug, Clone, PartialEq)]
enum Atom {
    /// A Russian word: its stem, and whether it is a function word (a stop word). A
    /// short Snowball stem is shared by unrelated words («хоть» and «хотим» are both
    /// «хот»); a function word only matches function words of its stem and a content
    /// word only content words, so the particle does not match the verb.
    Stem(String, bool),
    /// English word forms (regular inflections of a word).
    Forms(Vec<String>),
    Exact(String),
    /// A word beginning, and the short masculine form of an adjective stem it may be.
    Prefix(String, Option<String>),
    /// Word form, whether it is capitalised, and whether it is all capitals (an
    /// abbreviation: `~USE` is not the verb "Use" at the start of a sentence).
    Case(String, bool, bool),
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
    /// Alternatives, each a sequence of atoms (one, or several for "self-isolation").
    Alt {
        alts: Vec<Vec<Atom>>,
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
#[derive(Clone)]
pub struct Pattern {
    elems: Vec<Elem>,
    /// The pattern as written.
    pub text: String,
    /// The language of the words (a token's stop-word status is looked up at match time).
    lang: &'static dyn Language,
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pattern")
            .field("text", &self.text)
            .field("lang", &self.lang.code())
            .finish()
    }
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
    pub fn compile(text: &str, lang: &'static dyn Language) -> Result<Pattern, String> {
        let mut elems = Vec::new();
        for raw in split_elements(text)? {
            let raw = raw.as_str();
            if let Some(group) = raw.strip_prefix('(') {
                let (body, optional) = match group.strip_suffix(")?") {
                    Some(b) => (b, true),
                    None => (group.strip_suffix(')').unwrap_or(group), false),
                };
                let mut alts = Vec::new();
                for alt in body.split('|') {
                    let mut seq = Vec::new();
                    for w in alt.split_whitespace() {
                        if is_plain_word(w) {
                            seq.extend(word_pieces(w, lang));
                        } else {
                            seq.push(compile_atom(w, lang).map_err(|e| format!("{raw:?}: {e}"))?);
                        }
                    }
                    if seq.is_empty() {
                        return Err(format!("empty alternative in {raw:?}"));
                    }
                    alts.push(seq);
                }
                elems.push(Elem::Alt {
                    alts,
                    negated: false,
                    optional,
                });
                continue;
            }
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
            lang,
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
        let end = step(&self.elems, 0, toks, start, &mut marks, self.lang)?;
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

/// Splits a pattern into elements at white space, keeping `( … )` groups whole.
fn split_elements(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' if cur.is_empty() && depth == 0 => {
                depth = 1;
                cur.push(c);
            }
            ')' if depth > 0 => {
                depth = 0;
                cur.push(c);
            }
            // "a|(b c)" would silently match nothing: a group opens an element.
            '(' | ')' => {
                return Err(format!(
                    "a ( … ) group must be a whole element, as in (a|b c); found {:?}",
                    format!("{cur}{c}")
                ))
            }
            c if c.is_whitespace() && depth == 0 => {
                if !cur.is_empty() {
                    out.push(std::mem::take(&mut cur));
                }
            }
            c => cur.push(c),
        }
    }
    if depth > 0 {
        return Err("unclosed ( group".into());
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
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
    let mut seqs = Vec::new();
    for a in alts {
        if a.is_empty() {
            return Err(format!("empty alternative in {raw:?}"));
        }
        // A plain word with inner punctuation ("self-isolation") is the token
        // sequence the text tokenizer makes of it.
        let seq = if is_plain_word(a) {
            word_pieces(a, lang)
        } else {
            vec![compile_atom(a, lang).map_err(|e| format!("{raw:?}: {e}"))?]
        };
        if seq.is_empty() {
            return Err(format!("{raw:?}: nothing to match in {a:?}"));
        }
        if negated && seq.len() > 1 {
            return Err(format!("{raw:?}: a negated alternative must be one token"));
        }
        seqs.push(seq);
    }
    elems.push(Elem::Alt {
        alts: seqs,
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
            TokenKind::Word if lang.code() == "en" => Atom::Forms(english_forms(&t.lower)),
            TokenKind::Word => Atom::Stem(t.stem, lang.is_stopword(&t.lower)),
            _ => Atom::Exact(t.lower),
        })
        .collect()
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Regular inflections of an English word given in any of its forms: the bases it may
/// come from (passed → pass, referring → refer, studies → study), then each base with
/// -s/-es, -ed/-d, -ing, -'s and their spelling changes. Stemming would be looser
/// (organs ~ organized, reference ~ referring), so English patterns match forms.
fn english_forms(word: &str) -> Vec<String> {
    let w = word.to_string();
    let mut bases = vec![w.clone()];
    let strip = |suffix: &str| w.strip_suffix(suffix).map(str::to_string);
    for (suffix, add) in [
        ("ies", "y"),
        ("ied", "y"),
        ("es", ""),
        ("s", ""),
        ("ed", ""),
        ("ed", "e"),
        ("d", ""),
        ("ing", ""),
        ("ing", "e"),
    ] {
        if let Some(stem) = strip(suffix) {
            if stem.chars().count() >= 2 {
                bases.push(format!("{stem}{add}"));
                // Undouble: referred → refer, stopping → stop.
                let cs: Vec<char> = stem.chars().collect();
                if add.is_empty()
                    && cs.len() >= 3
                    && cs[cs.len() - 1] == cs[cs.len() - 2]
                    && !is_vowel(cs[cs.len() - 1])
                {
                    bases.push(cs[..cs.len() - 1].iter().collect());
                }
            }
        }
    }
    let mut out = Vec::new();
    for b in bases {
        let cs: Vec<char> = b.chars().collect();
        let last = cs.last().copied().unwrap_or(' ');
        let before = cs.len().checked_sub(2).map(|i| cs[i]);
        out.push(b.clone());
        out.push(format!("{b}'s"));
        if last == 'y' && before.is_some_and(|c| !is_vowel(c)) {
            let stem: String = cs[..cs.len() - 1].iter().collect();
            out.push(format!("{stem}ies"));
            out.push(format!("{stem}ied"));
        } else if b.ends_with('s')
            || b.ends_with('x')
            || b.ends_with('z')
            || b.ends_with("ch")
            || b.ends_with("sh")
        {
            out.push(format!("{b}es"));
        } else {
            out.push(format!("{b}s"));
        }
        if last == 'e' {
            out.push(format!("{b}d"));
            out.push(format!("{}ing", &b[..b.len() - 1]));
        } else {
            out.push(format!("{b}ed"));
            out.push(format!("{b}ing"));
            // Doubling: stop → stopped, refer → referring.
            if cs.len() >= 3
                && !is_vowel(last)
                && !matches!(last, 'w' | 'x' | 'y')
                && before.is_some_and(is_vowel)
                && !is_vowel(cs[cs.len() - 3])
            {
                out.push(format!("{b}{last}ed"));
                out.push(format!("{b}{last}ing"));
            }
        }
    }
    out.sort();
    out.dedup();
    out
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
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let all_caps = letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase());
        return Ok(Atom::Case(fold(w), first.is_uppercase(), all_caps));
    }
    if let Some(w) = a.strip_prefix('=') {
        if w.is_empty() {
            return Err("empty exact form".into());
        }
        return Ok(Atom::Exact(fold(w)));
    }
    if a.len() > 1 && a.ends_with('*') {
        let p = fold(&a[..a.len() - 1]);
        let short = short_adjective(&p);
        return Ok(Atom::Prefix(p, short));
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

/// The short masculine form of a Russian adjective whose stem ends in a consonant and
/// «н», which inserts a vowel and so does not begin with the stem: «актуальн*» →
/// «актуален» («вопрос не актуален»), «нужн*» → «нужен».
fn short_adjective(stem: &str) -> Option<String> {
    let base = stem.strip_suffix('н')?;
    let base = base.strip_suffix('ь').unwrap_or(base);
    let last = base.chars().last()?;
    let consonant = ('а'..='я').contains(&last) && !"аеиоуыэюяйь".contains(last);
    (consonant && base.chars().count() >= 2).then(|| format!("{base}ен"))
}

fn atom_matches(atom: &Atom, t: &Token, lang: &dyn Language) -> bool {
    match atom {
        Atom::Stem(s, function) => {
            t.kind == TokenKind::Word && t.stem == *s && lang.is_stopword(&t.lower) == *function
        }
        Atom::Forms(f) => t.kind == TokenKind::Word && f.contains(&t.lower),
        Atom::Exact(w) => t.lower == *w,
        Atom::Prefix(p, short) => {
            t.kind == TokenKind::Word
                && (t.lower.starts_with(p.as_str())
                    || short.as_ref().is_some_and(|s| t.lower == *s))
        }
        Atom::Case(w, cap, all_caps) => {
            t.kind == TokenKind::Word
                && t.lower == *w
                && t.capitalized == *cap
                && (!*all_caps || t.all_caps)
        }
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
    lang: &dyn Language,
) -> Option<usize> {
    let Some(e) = elems.get(ei) else {
        return Some(ti);
    };
    match e {
        Elem::Start => toks[..ti]
            .iter()
            .all(|t| t.kind == TokenKind::Punct)
            .then(|| step(elems, ei + 1, toks, ti, marks, lang))
            .flatten(),
        Elem::End => toks[ti..]
            .iter()
            .all(|t| t.kind == TokenKind::Punct)
            .then_some(ti),
        Elem::Open => {
            let saved = *marks;
            marks.0 = Some(ti);
            let r = step(elems, ei + 1, toks, ti, marks, lang);
            if r.is_none() {
                *marks = saved;
            }
            r
        }
        Elem::Close => {
            let saved = *marks;
            marks.1 = Some(ti);
            let r = step(elems, ei + 1, toks, ti, marks, lang);
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
                if let Some(end) = step(elems, ei + 1, toks, ti + k, marks, lang) {
                    return Some(end);
                }
            }
            None
        }
        Elem::Alt {
            alts,
            negated,
            optional,
        } => {
            if *negated {
                if let Some(t) = toks.get(ti) {
                    if !alts.iter().any(|seq| atom_matches(&seq[0], t, lang)) {
                        if let Some(end) = step(elems, ei + 1, toks, ti + 1, marks, lang) {
                            return Some(end);
                        }
                    }
                }
            } else {
                for seq in alts {
                    let n = seq.len();
                    if ti + n <= toks.len()
                        && seq
                            .iter()
                            .zip(&toks[ti..ti + n])
                            .all(|(a, t)| atom_matches(a, t, lang))
                    {
                        if let Some(end) = step(elems, ei + 1, toks, ti + n, marks, lang) {
                            return Some(end);
                        }
                    }
                }
            }
            if *optional {
                step(elems, ei + 1, toks, ti, marks, lang)
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

    fn matches(pat: &str, text: &str, lang: &'static dyn Language) -> Vec<String> {
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
    fn an_adjective_stem_also_matches_its_short_form() {
        assert_eq!(short_adjective("актуальн").as_deref(), Some("актуален"));
        assert_eq!(short_adjective("нужн").as_deref(), Some("нужен"));
        assert_eq!(short_adjective("син"), None);
        assert_eq!(
            matches("актуальн*", "Вопрос сейчас не актуален.", &RUSSIAN),
            vec!["актуален"]
        );
        assert!(matches("актуальн*", "Актуализация данных.", &RUSSIAN).is_empty());
    }

    #[test]
    fn a_function_word_does_not_match_a_content_word_of_its_stem() {
        // «хоть» and «хотим» share the Snowball stem «хот».
        assert_eq!(matches("хоть", "Хоть раз приди.", &RUSSIAN), vec!["Хоть"]);
        assert!(matches("хоть", "Мы хотим мира.", &RUSSIAN).is_empty());
        assert!(matches("хотите", "Хоть раз приди.", &RUSSIAN).is_empty());
        // A content word still matches its inflections, a function word its own forms.
        assert_eq!(
            matches("хотите", "Они хотят мира.", &RUSSIAN),
            vec!["хотят"]
        );
        assert_eq!(matches("были", "Дома была тишина.", &RUSSIAN), vec!["была"]);
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
    fn a_capitalised_form_in_capitals_is_an_abbreviation() {
        assert_eq!(matches("~USE", "They sat the USE.", &ENGLISH), vec!["USE"]);
        assert!(matches("~USE", "Use the exam results.", &ENGLISH).is_empty());
        assert!(matches("~GAI", "Valeria Gai directed it.", &ENGLISH).is_empty());
        // A capitalised form not in capitals still matches any casing after the first letter.
        assert_eq!(matches("~Head", "the Head of", &ENGLISH), vec!["Head"]);
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
    fn english_words_match_their_inflections_only() {
        for (pat, yes, no) in [
            (
                "pass",
                &["passed", "passes", "passing", "pass"][..],
                &["passage", "passenger"][..],
            ),
            ("passed", &["pass", "passes"], &["passage"]),
            (
                "organs",
                &["organ", "organs"],
                &["organized", "organization"],
            ),
            (
                "referring",
                &["refer", "referred", "refers"],
                &["reference"],
            ),
            ("study", &["studies", "studied", "studying"], &["student"]),
            ("stop", &["stopped", "stopping"], &["stoppage"]),
            ("take", &["takes", "taking"], &["taken"]),
            ("country", &["countries", "country's"], &["countryside"]),
        ] {
            let forms = english_forms(pat);
            for y in yes {
                assert!(
                    forms.contains(&y.to_string()),
                    "{pat} should match {y}: {forms:?}"
                );
            }
            for n in no {
                assert!(
                    !forms.contains(&n.to_string()),
                    "{pat} should not match {n}"
                );
            }
        }
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
            "head|(chief of) state",
            "a b)",
        ] {
            assert!(Pattern::compile(bad, &ENGLISH).is_err(), "{bad:?}");
        }
    }
}
