//! What the aligner sees of a unit: its length and a bag of "anchor ids" that survive
//! translation. Both sides are mapped into one id space:
//!
//! * a target word gives its stem id and its spelling-key id;
//! * a source word gives the stem ids of its lexicon renderings and its spelling-key id
//!   (so Собянина meets Sobyanin, кризис meets crisis, НАТО meets NATO);
//! * a number on either side gives the id of its value (15 тыс. meets 15,000);
//! * a capitalised word the lexicon does not know also gives its consonant skeleton
//!   (Лейквуд meets Lakewood);
//! * a question or exclamation mark, quotation mark, bracket or colon gives the id of
//!   its kind, and an emoji its own id.
//!
//! A source token "matches" a target unit when one of its ids is in the target's set.

use crate::lang::{translit, LanguagePair};
use crate::segment::{NumKind, Sentence, TokenKind};
use std::collections::HashMap;

/// Pictographs (emoji and dingbats), without the joiners and variation selectors that
/// combine them.
fn is_emoji(c: char) -> bool {
    matches!(c as u32, 0x1F300..=0x1FAFF | 0x2600..=0x27BF | 0x1F000..=0x1F2FF)
}

/// Interned anchor ids.
#[derive(Default)]
pub struct Vocab {
    map: HashMap<String, u32>,
}

impl Vocab {
    pub fn id(&mut self, key: &str) -> u32 {
        if let Some(&id) = self.map.get(key) {
            return id;
        }
        let id = self.map.len() as u32;
        self.map.insert(key.to_string(), id);
        id
    }

    fn lookup(&self, key: &str) -> Option<u32> {
        self.map.get(key).copied()
    }
}

/// Features of one unit (a sentence, a paragraph or a group of them).
#[derive(Debug, Clone, Default)]
pub struct UnitFeatures {
    /// Length in characters (without surrounding whitespace).
    pub chars: f64,
    /// One entry per content token: the ids it can match. "Known" tokens (numbers,
    /// words the lexicon or gazetteer knows) come first; they match far more often in a
    /// true translation than the rest, so the scorer counts them apart.
    pub tokens: Vec<Box<[u32]>>,
    /// How many of `tokens` are known.
    pub known: usize,
    /// Sorted union of all token ids.
    pub set: Vec<u32>,
    /// (id, token index) for every id of every token, sorted: `match_bits` walks it
    /// against another unit's `set` instead of testing each token.
    postings: Vec<(u32, u32)>,
    /// A Bloom filter of `set` (about 16 bits per id, a power of two), to reject most
    /// lookups without a binary search.
    bloom: Vec<u64>,
    /// The unit reads like republishing boilerplate ("Source link"); see
    /// [`crate::lang::Language::is_boilerplate`].
    pub boilerplate: bool,
}

#[inline]
fn bloom_bits(id: u32, words: usize) -> (usize, u64) {
    let h = id.wrapping_mul(0x9E37_79B1);
    ((h >> 6) as usize & (words - 1), 1u64 << (h >> 26))
}

impl UnitFeatures {
    fn finish(chars: f64, known: Vec<Box<[u32]>>, other: Vec<Box<[u32]>>) -> UnitFeatures {
        let n_known = known.len();
        let mut tokens = known;
        tokens.extend(other);
        let mut postings: Vec<(u32, u32)> = tokens
            .iter()
            .enumerate()
            .flat_map(|(i, t)| t.iter().map(move |&id| (id, i as u32)))
            .collect();
        postings.sort_unstable();
        let mut set: Vec<u32> = postings.iter().map(|&(id, _)| id).collect();
        set.dedup();
        let words = (set.len() * 16 / 64).next_power_of_two().clamp(4, 1024);
        let mut bloom = vec![0u64; words];
        for &id in &set {
            let (w, b) = bloom_bits(id, words);
            bloom[w] |= b;
        }
        UnitFeatures {
            chars,
            tokens,
            known: n_known,
            set,
            postings,
            bloom,
            boilerplate: false,
        }
    }

    /// Concatenation of several units (a paragraph from its sentences, a coarse block).
    pub fn concat<'a>(parts: impl IntoIterator<Item = &'a UnitFeatures>) -> UnitFeatures {
        let mut chars = 0.0;
        let mut known = Vec::new();
        let mut other = Vec::new();
        let mut all_boiler = true;
        let mut any = false;
        for p in parts {
            any = true;
            all_boiler &= p.boilerplate;
            chars += p.chars + 1.0;
            known.extend(p.tokens[..p.known].iter().cloned());
            other.extend(p.tokens[p.known..].iter().cloned());
        }
        let mut f = UnitFeatures::finish((chars - 1.0).max(0.0), known, other);
        f.boilerplate = any && all_boiler;
        f
    }

    #[inline]
    pub fn contains(&self, id: u32) -> bool {
        let (w, b) = bloom_bits(id, self.bloom.len());
        self.bloom[w] & b != 0 && self.set.binary_search(&id).is_ok()
    }

    /// Numbers of this unit's (known, other) tokens with an id in `other`.
    pub fn matched_in(&self, other: &UnitFeatures) -> (usize, usize) {
        let hit = |ids: &[u32]| ids.iter().any(|&id| other.contains(id));
        let k = self.tokens[..self.known]
            .iter()
            .filter(|ids| hit(ids))
            .count();
        let u = self.tokens[self.known..]
            .iter()
            .filter(|ids| hit(ids))
            .count();
        (k, u)
    }

    /// Like [`matched_in`](Self::matched_in) against the union of several units.
    pub fn matched_in_any(&self, others: &[UnitFeatures]) -> (usize, usize) {
        let hit = |ids: &[u32]| ids.iter().any(|&id| others.iter().any(|o| o.contains(id)));
        let k = self.tokens[..self.known]
            .iter()
            .filter(|ids| hit(ids))
            .count();
        let u = self.tokens[self.known..]
            .iter()
            .filter(|ids| hit(ids))
            .count();
        (k, u)
    }

    /// Appends a bitset (64 tokens per word) of this unit's tokens with an id in `other`.
    pub fn match_bits(&self, other: &UnitFeatures, out: &mut Vec<u64>) {
        let start = out.len();
        out.resize(start + self.tokens.len().div_ceil(64), 0);
        // One merge walk of this unit's sorted postings against the other's id set.
        let (p, s) = (&self.postings, &other.set);
        let (mut i, mut j) = (0, 0);
        while i < p.len() && j < s.len() {
            match p[i].0.cmp(&s[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let t = p[i].1 as usize;
                    out[start + t / 64] |= 1 << (t % 64);
                    i += 1;
                }
            }
        }
    }

    /// Numbers of (known, other) tokens.
    pub fn counts(&self) -> (usize, usize) {
        (self.known, self.tokens.len() - self.known)
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }
}

/// A word's ids and whether the lexicon knows it.
type CachedIds = (Box<[u32]>, bool);

/// Builds features for both sides of a pair with a shared vocabulary.
pub struct FeatureBuilder<'p> {
    pair: &'p LanguagePair,
    vocab: Vocab,
    /// Ids (and whether the lexicon knows the word) per source stem and per target word.
    source_cache: HashMap<(String, bool, bool), CachedIds>,
    target_cache: HashMap<(String, bool, bool), CachedIds>,
}

const KEY_PREFIX: usize = 5;
const SKELETON_MIN: usize = 3;

impl<'p> FeatureBuilder<'p> {
    pub fn new(pair: &'p LanguagePair) -> Self {
        FeatureBuilder {
            pair,
            vocab: Vocab::default(),
            source_cache: HashMap::new(),
            target_cache: HashMap::new(),
        }
    }

    fn key_id(&mut self, key: &str, all_caps: bool) -> Option<u32> {
        let n = key.chars().count();
        if n >= 4 || (all_caps && n >= 2) {
            let prefix: String = key.chars().take(KEY_PREFIX).collect();
            Some(self.vocab.id(&format!("k:{prefix}")))
        } else {
            None
        }
    }

    /// The consonant skeleton of a name (Лейквуд ↔ Lakewood, Остин ↔ Austin), whose spelling
    /// keys differ when a name comes back from Russian; three sound classes at least (allowing
    /// two, as in Коули ↔ Cowley, measured no better on the WMT sets).
    fn skeleton_id(&mut self, latin_lower: &str) -> Option<u32> {
        let sk = translit::skeleton(latin_lower);
        (sk.chars().count() >= SKELETON_MIN).then(|| self.vocab.id(&format!("sk:{sk}")))
    }

    fn number_id(&mut self, value: f64, kind: NumKind) -> u32 {
        let tag = match kind {
            NumKind::Month => "m",
            _ => "n",
        };
        self.vocab.id(&format!("{tag}:{}", canonical_number(value)))
    }

    /// Question and exclamation marks, quotation marks, brackets and colons mostly
    /// survive translation, and they are what a short unit ("Вот так!", "А гости что?")
    /// has to go on: an id for each kind the unit holds (once, however many).
    fn punctuation_ids(&mut self, s: &Sentence, text: &str) -> Vec<Box<[u32]>> {
        let mut out: Vec<Box<[u32]>> = Vec::new();
        for (marks, key) in [
            (&["?"][..], "p:?"),
            (&["!"][..], "p:!"),
            (&["«", "»", "“", "”", "„", "\""][..], "p:q"),
            (&["("][..], "p:("),
            (&[":"][..], "p::"),
        ] {
            if s.tokens
                .iter()
                .any(|t| t.kind == TokenKind::Punct && marks.contains(&t.text(text)))
            {
                out.push(Box::new([self.vocab.id(key)]));
            }
        }
        // Emoji are copied, not translated ("Мастер своего дела👍" / "A true pro👍").
        let mut emoji: Vec<char> = text
            .get(s.span.clone())
            .unwrap_or("")
            .chars()
            .filter(|&c| is_emoji(c))
            .collect();
        emoji.sort_unstable();
        emoji.dedup();
        for c in emoji {
            out.push(Box::new([self.vocab.id(&format!("e:{c}"))]));
        }
        out
    }

    /// Features of a source-language sentence.
    pub fn source(&mut self, s: &Sentence, text: &str) -> UnitFeatures {
        let src = self.pair.source;
        let mut known: Vec<Box<[u32]>> = Vec::new();
        let mut other: Vec<Box<[u32]>> = Vec::new();
        for n in &s.numbers {
            known.push(Box::new([self.number_id(n.value, n.kind)]));
        }
        known.extend(self.punctuation_ids(s, text));
        for t in s.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            if in_number(s, t.span.start)
                || t.lower.chars().count() < 2
                || src.is_stopword(&t.lower)
            {
                continue;
            }
            // Words repeat: their ids are computed once per document.
            let name_like = t.capitalized && !t.all_caps;
            // A name's ids depend on its form, not only its stem (see below).
            let cache_key = if name_like {
                (t.lower.clone(), t.all_caps, true)
            } else {
                (t.stem.clone(), t.all_caps, false)
            };
            let (ids, is_known) = match self.source_cache.get(&cache_key) {
                Some(v) => v.clone(),
                None => {
                    let mut ids: Vec<u32> = Vec::new();
                    let cands = self.pair.lexicon.get(&t.stem).or_else(|| {
                        compound_rest(&t.stem).and_then(|rest| self.pair.lexicon.get(rest))
                    });
                    for c in cands.unwrap_or(&[]) {
                        ids.push(self.vocab.id(&format!("s:{c}")));
                    }
                    let romanized = translit::romanize_ru(&t.stem);
                    let key = translit::key(&romanized);
                    if let Some(id) = self.key_id(&key, t.all_caps) {
                        ids.push(id);
                    }
                    // A short name loses its ending to the stemmer (Ирина → ирин), so its
                    // key falls short of the English spelling's (irin / irina): the
                    // nominative form keys as the English does.
                    if name_like && key.chars().count() < KEY_PREFIX {
                        let whole = translit::key(&translit::romanize_ru(&t.lower));
                        if whole != key {
                            ids.extend(self.key_id(&whole, t.all_caps));
                        }
                    }
                    if name_like && cands.is_none() {
                        ids.extend(self.skeleton_id(&romanized));
                    }
                    let v: (Box<[u32]>, bool) = (ids.into_boxed_slice(), cands.is_some());
                    self.source_cache.insert(cache_key, v.clone());
                    v
                }
            };
            if ids.is_empty() {
                continue;
            }
            // A word in Latin letters inside Russian (a brand, a model: H&M, Zara) is
            // copied as it is, so it is as telling as a known word when it is missing.
            let latin = t.lower.chars().all(|c| c.is_ascii_alphabetic());
            if is_known || latin {
                known.push(ids);
            } else {
                other.push(ids);
            }
        }
        UnitFeatures::finish(s.text(text).chars().count() as f64, known, other)
    }

    /// Features of a target-language sentence.
    pub fn target(&mut self, s: &Sentence, text: &str) -> UnitFeatures {
        let tgt = self.pair.target;
        let mut known: Vec<Box<[u32]>> = Vec::new();
        let mut other: Vec<Box<[u32]>> = Vec::new();
        for n in &s.numbers {
            known.push(Box::new([self.number_id(n.value, n.kind)]));
        }
        known.extend(self.punctuation_ids(s, text));
        for t in s.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
            if in_number(s, t.span.start)
                || t.lower.chars().count() < 2
                || tgt.is_stopword(&t.lower)
            {
                continue;
            }
            let name_like = t.capitalized && !t.all_caps;
            let cache_key = (t.lower.clone(), t.all_caps, name_like);
            let (ids, is_known) = match self.target_cache.get(&cache_key) {
                Some(v) => v.clone(),
                None => {
                    let mut ids = vec![self.vocab.id(&format!("s:{}", t.stem))];
                    let key = translit::key(&t.lower);
                    if let Some(id) = self.key_id(&key, t.all_caps) {
                        ids.push(id);
                    }
                    let known = self.pair.lexicon.knows_target(&t.stem);
                    if name_like && !known {
                        ids.extend(self.skeleton_id(&t.lower));
                    }
                    let v: (Box<[u32]>, bool) = (ids.into_boxed_slice(), known);
                    self.target_cache.insert(cache_key, v.clone());
                    v
                }
            };
            if is_known {
                known.push(ids);
            } else {
                other.push(ids);
            }
        }
        let mut f = UnitFeatures::finish(s.text(text).chars().count() as f64, known, other);
        f.boilerplate = tgt.is_boilerplate(s.text(text));
        f
    }

    /// Whether the vocabulary already knows a key (for tests and diagnostics).
    pub fn knows(&self, key: &str) -> bool {
        self.vocab.lookup(key).is_some()
    }
}

/// Russian compounds whose first part is a combining form (автостоянка, фотовыставка,
/// электросамокат) mean what their second part means, give or take: the part after the
/// form, when it is long enough to be a word of its own.
fn compound_rest(stem: &str) -> Option<&str> {
    const FORMS: &[&str] = &[
        "авто",
        "фото",
        "видео",
        "мото",
        "аэро",
        "электро",
        "радио",
        "теле",
        "эко",
        "био",
        "микро",
        "мини",
        "супер",
        "гипер",
        "мега",
        "экс",
        "вице",
        "гидро",
        "агро",
        "энерго",
        "нефте",
        "газо",
        "медиа",
        "кибер",
        "спорт",
        "евро",
    ];
    FORMS.iter().find_map(|f| {
        let rest = stem.strip_prefix(f)?.trim_start_matches('-');
        (rest.chars().count() >= 4).then_some(rest)
    })
}

fn in_number(s: &Sentence, offset: usize) -> bool {
    s.numbers
        .iter()
        .any(|n| n.span.start <= offset && offset < n.span.end)
}

/// A value written so that 15000, 15 000 and 1.5e4 agree.
pub fn canonical_number(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{:.6e}", v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::analyse;

    fn source_of(fb: &mut FeatureBuilder, ru: &str) -> UnitFeatures {
        fb.source(&analyse(ru, 0..ru.len(), fb.pair.source), ru)
    }

    fn target_of(fb: &mut FeatureBuilder, en: &str) -> UnitFeatures {
        fb.target(&analyse(en, 0..en.len(), fb.pair.target), en)
    }

    #[test]
    fn names_numbers_and_lexicon_match_across_languages() {
        let pair = LanguagePair::ru_en();
        let mut fb = FeatureBuilder::new(pair);
        let ru = "Собянина поддержали 15 тыс. жителей.";
        let en = "Sobyanin was backed by 15,000 residents.";
        let fs = source_of(&mut fb, ru);
        let ft = target_of(&mut fb, en);
        // The name and the number match whatever the lexicon holds.
        let (k, u) = fs.matched_in(&ft);
        assert!(k + u >= 2, "{fs:?} {ft:?}");
        let other = "The weather was fine.";
        let fo = target_of(&mut fb, other);
        assert_eq!(fs.matched_in(&fo), (0, 0));
    }

    #[test]
    fn back_transliterated_names_and_punctuation_match() {
        let pair = LanguagePair::ru_en();
        let mut fb = FeatureBuilder::new(pair);
        let mut pair_of = |ru: &str, en: &str| {
            let fs = source_of(&mut fb, ru);
            let ft = target_of(&mut fb, en);
            let (k, u) = fs.matched_in(&ft);
            k + u
        };
        // Лейквуд and Lakewood share no spelling-key prefix, only the consonants.
        assert_eq!(pair_of("Так решили в Лейквуд.", "So Lakewood decided."), 2);
        assert_eq!(pair_of("Так решили в Лейквуд.", "So Hillsong decided."), 1);
        // A short question has little else to go on.
        assert_eq!(pair_of("А гости что?", "And the guests?"), 2);
        assert_eq!(pair_of("А гости что?", "And the guests."), 1);
        // An emoji is copied: the same one matches, another does not.
        assert_eq!(pair_of("Мастер своего дела👍", "A true pro👍"), 1);
        assert_eq!(pair_of("Мастер своего дела👍", "A true pro😀"), 0);
    }

    #[test]
    fn a_compound_means_what_its_second_part_means() {
        assert_eq!(compound_rest("автостоянк"), Some("стоянк"));
        assert_eq!(compound_rest("электросамокат"), Some("самокат"));
        // Too short a rest is not a word of its own; other words are left alone.
        assert_eq!(compound_rest("автор"), None);
        assert_eq!(compound_rest("стоянк"), None);
        let pair = LanguagePair::ru_en();
        let mut fb = FeatureBuilder::new(pair);
        let fs = source_of(&mut fb, "Большая автостоянка.");
        let ft = target_of(&mut fb, "Lots of parking.");
        assert_eq!(fs.matched_in(&ft).0, 1);
    }

    #[test]
    fn latin_words_in_russian_count_as_known_tokens() {
        let pair = LanguagePair::ru_en();
        let mut fb = FeatureBuilder::new(pair);
        let (known, other) = source_of(&mut fb, "Бюджетные варианты есть в Mango и Zara.").counts();
        assert!(known >= 2, "{known} known, {other} other");
        let (known_before, _) = source_of(&mut fb, "Бюджетные варианты есть.").counts();
        assert_eq!(known, known_before + 2);
    }

    #[test]
    fn concat_sums_lengths_and_tokens() {
        let a = UnitFeatures::finish(10.0, vec![Box::new([1, 2])], vec![]);
        let b = UnitFeatures::finish(5.0, vec![], vec![Box::new([3])]);
        let c = UnitFeatures::concat([&a, &b]);
        assert_eq!(c.chars, 16.0);
        assert_eq!(c.len(), 2);
        assert_eq!(c.counts(), (1, 1));
        assert!(c.contains(3) && c.contains(1) && !c.contains(4));
    }
}
