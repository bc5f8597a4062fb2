//! The phrasebook: translationese rules as data. A pack is a TOML file of entries
//! (see `src/lang/ru_en/data/phrasebook/README.md` for the format); the built-in packs
//! are embedded in the binary and users add their own with [`load_pack`].

use super::pattern::{visible, Pattern};
use super::{Flag, SentRef};
use crate::error::{Error, Result};
use crate::lang::LanguagePair;
use crate::rules::{rule, Rule, Severity};
use serde::Deserialize;
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// What an entry describes; each kind reports under its own rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntryKind {
    /// A Russian construction rendered word for word (TC501 calque).
    Calque,
    /// An English phrasing that is almost always machine translation (TC502 mt-phrasing).
    Substitution,
    /// A Russian word rendered by its English look-alike (TC503 false-friend).
    FalseFriend,
}

impl EntryKind {
    pub fn rule(self) -> &'static Rule {
        match self {
            EntryKind::Calque => rule("calque"),
            EntryKind::Substitution => rule("mt-phrasing"),
            EntryKind::FalseFriend => rule("false-friend"),
        }
    }
}

/// A Russian sentence and its English translation, for an entry's tests.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub ru: String,
    pub en: String,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
enum OneOrMany<T> {
    One(T),
    Many(Vec<T>),
}

impl<T> Default for OneOrMany<T> {
    fn default() -> Self {
        OneOrMany::Many(Vec::new())
    }
}

impl<T> OneOrMany<T> {
    fn into_vec(self) -> Vec<T> {
        match self {
            OneOrMany::One(x) => vec![x],
            OneOrMany::Many(v) => v,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPack {
    #[serde(default)]
    pack: Option<RawMeta>,
    #[serde(default)]
    entry: Vec<RawEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMeta {
    name: Option<String>,
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    id: String,
    kind: EntryKind,
    #[serde(default)]
    ru: OneOrMany<String>,
    en: OneOrMany<String>,
    #[serde(default)]
    unless_en: Vec<String>,
    #[serde(default)]
    unless_ru: Vec<String>,
    explain: String,
    suggest: Option<String>,
    severity: Option<String>,
    #[serde(default)]
    bad: OneOrMany<Example>,
    #[serde(default)]
    good: OneOrMany<Example>,
}

/// One compiled entry.
#[derive(Debug, Clone)]
pub struct Entry {
    /// Stable id, unique across packs ("v-ramkah"); shown in findings, used to suppress.
    pub id: String,
    pub kind: EntryKind,
    /// Russian triggers (any of them); empty for an English-only substitution.
    pub ru: Vec<Pattern>,
    /// English patterns (any of them); the match (or its `[ … ]` part) is flagged.
    pub en: Vec<Pattern>,
    /// English patterns that cancel a match they overlap.
    pub unless_en: Vec<Pattern>,
    /// Russian patterns that cancel the entry for the sentence pair.
    pub unless_ru: Vec<Pattern>,
    pub explain: String,
    pub suggest: Option<String>,
    /// Overrides the rule's default severity.
    pub severity: Option<Severity>,
    /// Must fire.
    pub bad: Vec<Example>,
    /// Must stay silent.
    pub good: Vec<Example>,
}

/// A pack of entries.
#[derive(Debug, Clone)]
pub struct Phrasebook {
    pub name: String,
    pub entries: Vec<Entry>,
}

/// The built-in packs, embedded in the binary.
const BUILTIN: &[(&str, &str)] = &[
    (
        "calques",
        include_str!("../../lang/ru_en/data/phrasebook/calques.toml"),
    ),
    (
        "false_friends",
        include_str!("../../lang/ru_en/data/phrasebook/false_friends.toml"),
    ),
    (
        "phrasing",
        include_str!("../../lang/ru_en/data/phrasebook/phrasing.toml"),
    ),
    (
        "colloquial",
        include_str!("../../lang/ru_en/data/phrasebook/colloquial.toml"),
    ),
    (
        "idioms",
        include_str!("../../lang/ru_en/data/phrasebook/idioms.toml"),
    ),
    (
        "abbreviations",
        include_str!("../../lang/ru_en/data/phrasebook/abbreviations.toml"),
    ),
];

/// The built-in packs, compiled once.
pub fn builtin() -> &'static [Arc<Phrasebook>] {
    static B: OnceLock<Vec<Arc<Phrasebook>>> = OnceLock::new();
    B.get_or_init(|| {
        let pair = LanguagePair::ru_en();
        BUILTIN
            .iter()
            .map(|(name, text)| {
                // The built-in packs are checked by the tests; a broken one is a bug.
                Arc::new(
                    parse_pack(text, name, pair)
                        .unwrap_or_else(|e| panic!("built-in phrasebook {name}: {e}")),
                )
            })
            .collect()
    })
}

/// Loads a user pack from a TOML file: parses it, compiles every pattern and runs every
/// entry's examples (it must fire on each `bad` pair and stay silent on each `good`
/// one). Any problem is an error naming the file and the entry.
pub fn load_pack(path: &Path) -> Result<Phrasebook> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::Read {
        path: path.to_path_buf(),
        message: e.to_string(),
    })?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().to_string())
        .unwrap_or_else(|| "pack".into());
    let pair = LanguagePair::ru_en();
    let book = parse_pack(&text, &name, pair).map_err(|message| Error::Format {
        path: path.to_path_buf(),
        message,
    })?;
    let problems = verify(&book, pair);
    if let Some(p) = problems.first() {
        return Err(Error::Format {
            path: path.to_path_buf(),
            message: if problems.len() > 1 {
                format!("{p} (and {} more)", problems.len() - 1)
            } else {
                p.clone()
            },
        });
    }
    Ok(book)
}

/// Loads every pack named (for `CheckOptions.fluency.packs`, from the configuration's
/// `phrasebooks`); stops at the first pack with a problem.
pub fn load_packs(paths: &[std::path::PathBuf]) -> Result<Vec<Arc<Phrasebook>>> {
    paths.iter().map(|p| load_pack(p).map(Arc::new)).collect()
}

/// Parses and compiles a pack (without running its examples).
pub fn parse_pack(
    text: &str,
    default_name: &str,
    pair: &LanguagePair,
) -> std::result::Result<Phrasebook, String> {
    let raw: RawPack = toml::from_str(text).map_err(|e| e.to_string())?;
    let name = raw
        .pack
        .and_then(|m| m.name)
        .unwrap_or_else(|| default_name.to_string());
    let mut ids = HashSet::new();
    let mut entries = Vec::new();
    for r in raw.entry {
        let id = r.id.trim().to_string();
        let ctx = |m: String| format!("entry {id:?}: {m}");
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(ctx(
                "an id is lower-case ASCII letters, digits and '-'".into()
            ));
        }
        if !ids.insert(id.clone()) {
            return Err(ctx("duplicate id".into()));
        }
        let compile_all = |v: Vec<String>, lang: &'static dyn crate::lang::Language| {
            v.iter()
                .map(|p| Pattern::compile(p, lang).map_err(|e| format!("pattern {p:?}: {e}")))
                .collect::<std::result::Result<Vec<_>, _>>()
        };
        let ru = compile_all(r.ru.into_vec(), pair.source).map_err(ctx)?;
        let en = compile_all(r.en.into_vec(), pair.target).map_err(ctx)?;
        let unless_en = compile_all(r.unless_en, pair.target).map_err(ctx)?;
        let unless_ru = compile_all(r.unless_ru, pair.source).map_err(ctx)?;
        if en.is_empty() {
            return Err(ctx("needs an English pattern (en)".into()));
        }
        if ru.is_empty() && r.kind != EntryKind::Substitution {
            return Err(ctx(
                "a calque or false friend needs a Russian trigger (ru)".into()
            ));
        }
        if r.explain.trim().is_empty() {
            return Err(ctx("needs an explanation (explain)".into()));
        }
        let severity = match r.severity.as_deref() {
            None => None,
            Some(s) => match Severity::parse(s) {
                Some(Severity::Error) => {
                    return Err(ctx(
                        "fluency entries are info or warning (raise a rule's severity in the configuration instead)"
                            .into(),
                    ))
                }
                Some(sev) => Some(sev),
                None => return Err(ctx(format!("unknown severity {s:?}"))),
            },
        };
        entries.push(Entry {
            id,
            kind: r.kind,
            ru,
            en,
            unless_en,
            unless_ru,
            explain: r.explain.trim().to_string(),
            suggest: r.suggest.map(|s| s.trim().to_string()),
            severity,
            bad: r.bad.into_vec(),
            good: r.good.into_vec(),
        });
    }
    Ok(Phrasebook { name, entries })
}

/// Runs every entry's examples; returns one line per failure.
pub fn verify(book: &Phrasebook, pair: &LanguagePair) -> Vec<String> {
    let mut problems = Vec::new();
    for e in &book.entries {
        if e.bad.is_empty() || e.good.is_empty() {
            problems.push(format!(
                "entry {:?}: needs at least one bad and one good example",
                e.id
            ));
            continue;
        }
        for ex in &e.bad {
            if super::entry_fires(e, &ex.ru, &ex.en, pair).is_empty() {
                problems.push(format!(
                    "entry {:?}: does not fire on its bad example {:?}",
                    e.id, ex.en
                ));
            }
        }
        for ex in &e.good {
            let hits = super::entry_fires(e, &ex.ru, &ex.en, pair);
            if !hits.is_empty() {
                problems.push(format!(
                    "entry {:?}: fires on its good example {:?} at {:?}",
                    e.id, ex.en, hits
                ));
            }
        }
    }
    problems
}

/// Matches one entry on a group of aligned sentences and one target sentence.
pub(super) fn match_entry(
    e: &Entry,
    src: &[SentRef],
    tgt: &SentRef,
    tgt_toks: &[&crate::segment::Token],
    src_toks: &[Vec<&crate::segment::Token>],
    out: &mut Vec<Flag>,
) {
    // The source condition: the first Russian trigger found, and no exclusion.
    let mut source = None;
    if !e.ru.is_empty() {
        'outer: for p in &e.ru {
            for (s, toks) in src.iter().zip(src_toks) {
                if let Some(m) = p.find_all(toks).into_iter().next() {
                    // The marked part (or the whole match), without punctuation at its
                    // edges: a negated element that ends a trigger may take a comma.
                    let words = trim_punct(toks, m.flagged);
                    let a = toks[words.start].span.start;
                    let b = toks[words.end - 1].span.end;
                    source = Some((s.g, a..b, s.text[a..b].to_string()));
                    break 'outer;
                }
            }
        }
        if source.is_none() {
            return;
        }
    }
    if e.unless_ru
        .iter()
        .any(|p| src_toks.iter().any(|t| p.is_found(t)))
    {
        return;
    }
    let exclusions: Vec<_> = e
        .unless_en
        .iter()
        .flat_map(|p| p.find_all(tgt_toks))
        .map(|m| m.tokens)
        .collect();
    // Several patterns of one entry may match the same words: report them once.
    let mut taken: Vec<std::ops::Range<usize>> = Vec::new();
    for p in &e.en {
        for m in p.find_all(tgt_toks) {
            let overlaps =
                |x: &std::ops::Range<usize>| x.start < m.tokens.end && m.tokens.start < x.end;
            if exclusions.iter().any(overlaps) || taken.iter().any(overlaps) {
                continue;
            }
            taken.push(m.tokens.clone());
            let a = tgt_toks[m.flagged.start].span.start;
            let b = tgt_toks[m.flagged.end - 1].span.end;
            let en_text = &tgt.text[a..b];
            let r = e.kind.rule();
            let message = match (&source, e.kind) {
                (Some((_, _, ru)), EntryKind::Calque) => {
                    format!("“{en_text}” renders «{ru}» word for word: {}", e.explain)
                }
                (Some((_, _, ru)), EntryKind::FalseFriend) => {
                    format!("“{en_text}” for «{ru}» is a false friend: {}", e.explain)
                }
                _ => format!("“{en_text}” reads as machine translation: {}", e.explain),
            } + &format!(" [{}]", e.id);
            out.push(Flag {
                rule: r,
                entry: Some(e.id.clone()),
                severity: e.severity.unwrap_or(r.severity),
                message,
                suggestion: e.suggest.clone(),
                target: (tgt.g, a..b),
                source: source.as_ref().map(|(g, r, _)| (*g, r.clone())),
            });
        }
    }
}

/// `r` without punctuation tokens at either end (all of it if it is only punctuation).
pub(super) fn trim_punct(
    toks: &[&crate::segment::Token],
    r: std::ops::Range<usize>,
) -> std::ops::Range<usize> {
    let punct = |i: usize| toks[i].kind == crate::segment::TokenKind::Punct;
    let (mut a, mut b) = (r.start, r.end);
    while a < b && punct(a) {
        a += 1;
    }
    while b > a && punct(b - 1) {
        b -= 1;
    }
    if a < b {
        a..b
    } else {
        r
    }
}

/// The tokens the patterns see, for each sentence of a group.
pub(super) fn group_tokens<'a>(sents: &[SentRef<'a>]) -> Vec<Vec<&'a crate::segment::Token>> {
    sents.iter().map(|s| visible(&s.sent.tokens)).collect()
}
