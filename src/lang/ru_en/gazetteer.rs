//! Names whose English form is established rather than transliterated
//! (Кремль → Kremlin, РИА Новости → RIA Novosti), with the word-by-word renderings
//! ("RIA News") that MT produces instead.

use crate::lang::{Language, Lexicon};
use std::collections::HashMap;

/// One entity: a Russian form and its accepted English forms.
#[derive(Debug, Clone)]
pub struct GazEntry {
    pub kind: String,
    pub ru: String,
    /// Stems of the Russian words, matched against stems of the text.
    pub ru_stems: Vec<String>,
    /// The Russian words themselves (lower case, ё folded), to reject stem collisions
    /// (Медведев and медведи share the stem "медвед").
    pub ru_words: Vec<String>,
    pub en: String,
    /// Accepted English forms: `en` first, then the variants.
    pub accepted: Vec<String>,
    /// Wrong word-by-word renderings.
    pub calques: Vec<String>,
}

#[derive(Default, Clone)]
pub struct Gazetteer {
    pub entries: Vec<GazEntry>,
    /// First Russian stem → entries starting with it, longest first.
    by_first_stem: HashMap<String, Vec<usize>>,
    /// First Russian word → entries starting with it, for the inflected forms whose
    /// Snowball stem differs from the entry's (Казахстан → "казахста", but
    /// Казахстане → "казахстан").
    by_first_word: HashMap<String, Vec<usize>>,
}

/// Noun case endings added to a name ending in a consonant.
const CASE_ENDINGS: &[&str] = &[
    "а", "у", "ом", "е", "ы", "ов", "ам", "ами", "ах", "ой", "ей", "я", "ю", "ем", "и",
];

/// Whether a folded word is the entry word itself or the entry word (ending in a
/// consonant) plus a case ending.
fn inflected_form(word: &str, entry_word: &str) -> bool {
    word == entry_word
        || (entry_word.chars().count() >= 4
            && entry_word
                .chars()
                .last()
                .is_some_and(|c| !"аяоеёиыуюэьй".contains(c))
            && word
                .strip_prefix(entry_word)
                .is_some_and(|rest| CASE_ENDINGS.contains(&rest)))
}

/// Case endings of Russian adjectives (all genders and numbers, ё folded).
pub const ADJECTIVE_ENDINGS: &[&str] = &[
    "ая", "яя", "ой", "ей", "ую", "юю", "ою", "ею", "ий", "ый", "ого", "его", "ому", "ему", "ом",
    "ем", "им", "ым", "ое", "ее", "ие", "ые", "их", "ых", "ими", "ыми",
];

/// The part of an adjectival entry word before its ending («нижегородская» →
/// «нижегородск»), for place adjectives (-ский, -цкий, -ной …) of four letters or more.
fn adjective_base(word: &str) -> Option<&str> {
    let ending = ["ая", "яя", "ий", "ый", "ой", "ое", "ее"]
        .into_iter()
        .find(|e| word.ends_with(e))?;
    let base = &word[..word.len() - ending.len()];
    (base.chars().count() >= 4
        && (base.ends_with("ск") || base.ends_with("цк") || base.ends_with('н')))
    .then_some(base)
}

/// A name found in a sequence of stems.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GazMatch {
    pub entry: usize,
    /// Range of token indices covered.
    pub first: usize,
    pub last: usize,
}

const BUILTIN: &str = include_str!("data/gazetteer.tsv");

impl Gazetteer {
    pub fn builtin(source: &dyn Language, target: &dyn Language) -> Self {
        Self::parse(BUILTIN, source, target)
    }

    /// Parses the 5-column TSV described in `data/README.md`; bad lines are skipped.
    pub fn parse(text: &str, source: &dyn Language, _target: &dyn Language) -> Self {
        let mut g = Gazetteer::default();
        for line in text.lines() {
            if line.starts_with("kind\t") || line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            if cols.len() < 3 {
                continue;
            }
            let list = |i: usize| -> Vec<String> {
                cols.get(i)
                    .map(|c| {
                        c.split('|')
                            .map(str::trim)
                            .filter(|s| !s.is_empty())
                            .map(String::from)
                            .collect()
                    })
                    .unwrap_or_default()
            };
            let ru = cols[1].trim().to_string();
            let ru_stems: Vec<String> = ru
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(|w| source.stem(&w.to_lowercase()))
                .collect();
            if ru_stems.is_empty() {
                continue;
            }
            let ru_words: Vec<String> = ru
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(crate::lang::fold)
                .collect();
            let en = cols[2].trim().to_string();
            let mut accepted = vec![en.clone()];
            accepted.extend(list(3));
            g.entries.push(GazEntry {
                kind: cols[0].trim().to_string(),
                ru,
                ru_stems,
                ru_words,
                en,
                accepted,
                calques: list(4),
            });
        }
        for (i, e) in g.entries.iter().enumerate() {
            g.by_first_stem
                .entry(e.ru_stems[0].clone())
                .or_default()
                .push(i);
            if let Some(w) = e.ru_words.first() {
                g.by_first_word.entry(w.clone()).or_default().push(i);
            }
        }
        let entries = &g.entries;
        for v in g
            .by_first_stem
            .values_mut()
            .chain(g.by_first_word.values_mut())
        {
            v.sort_by_key(|&i| std::cmp::Reverse(entries[i].ru_stems.len()));
        }
        g
    }

    /// Finds entries in a sequence of source stems (with the folded words they come
    /// from), longest match first, no overlaps. A word must also look like an inflected
    /// form of the entry's word: it starts with the entry word minus its last letter.
    pub fn find(&self, stems: &[String], words: &[String]) -> Vec<GazMatch> {
        let agrees = |w: &str, e: &str| {
            let n = e.chars().count();
            let ends_in_consonant = e
                .chars()
                .last()
                .is_some_and(|c| !"аяоеёиыуюэьй".contains(c));
            // A surname made from the name is another word: Нилов is no form of Нил,
            // Иванов none of Иван.
            if ends_in_consonant
                && w.strip_prefix(e).is_some_and(|rest| {
                    ["ов", "ев", "ёв", "ин", "ын"]
                        .iter()
                        .any(|s| rest.starts_with(s))
                })
            {
                return false;
            }
            if ends_in_consonant && n >= 4 {
                // Собянин → Собянину, Песков → Пескова; not Золотов → золотой.
                w.starts_with(e)
            } else if let Some(base) = adjective_base(e) {
                // Нижегородская → Нижегородской: an adjective changes its whole ending.
                w.strip_prefix(base)
                    .is_some_and(|rest| ADJECTIVE_ENDINGS.contains(&rest))
            } else if n >= 4 {
                let head: String = e.chars().take(n - 1).collect();
                w.starts_with(&head)
            } else {
                w.starts_with(e)
            }
        };
        let mut out = Vec::new();
        let mut i = 0;
        while i < stems.len() {
            let mut advanced = false;
            let by_word = words.get(i).and_then(|w| {
                CASE_ENDINGS
                    .iter()
                    .chain(std::iter::once(&""))
                    .find_map(|e| w.strip_suffix(e).and_then(|h| self.by_first_word.get(h)))
            });
            let cands = self
                .by_first_stem
                .get(&stems[i])
                .into_iter()
                .chain(by_word)
                .flatten();
            {
                for &e in cands {
                    let need = &self.entries[e].ru_stems;
                    let entry_words = &self.entries[e].ru_words;
                    let same_word = |k: usize| {
                        stems[i + k] == need[k]
                            || entry_words
                                .get(k)
                                .zip(words.get(i + k))
                                .is_some_and(|(ew, w)| inflected_form(w, ew))
                    };
                    if i + need.len() <= stems.len()
                        && (0..need.len()).all(same_word)
                        && (0..need.len()).all(|k| {
                            entry_words
                                .get(k)
                                .is_none_or(|ew| words.get(i + k).is_some_and(|w| agrees(w, ew)))
                        })
                    {
                        out.push(GazMatch {
                            entry: e,
                            first: i,
                            last: i + need.len() - 1,
                        });
                        i += need.len();
                        advanced = true;
                        break;
                    }
                }
            }
            if !advanced {
                i += 1;
            }
        }
        out
    }

    /// Feeds one-word names into the lexicon so the aligner sees Москвы ↔ Moscow.
    pub fn add_to_lexicon(
        &self,
        lexicon: &mut Lexicon,
        source: &dyn Language,
        target: &dyn Language,
    ) {
        for e in &self.entries {
            let abbreviation = e.ru.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && e.ru.chars().all(|c| !c.is_alphabetic() || c.is_uppercase());
            let mut stems = Vec::new();
            for form in &e.accepted {
                for s in super::content_stems(form, target) {
                    if !stems.contains(&s) {
                        stems.push(s);
                    }
                }
            }
            if stems.is_empty() {
                continue;
            }
            for (rs, word) in e.ru_stems.iter().zip(&e.ru_words) {
                // A common word of a longer name, or a common word an abbreviation's
                // stem collides with (СВО and «своём»), keeps its own renderings.
                let common = lexicon.is_common_source(rs) || source.is_stopword(word);
                if common && (abbreviation || e.ru_stems.len() > 1) {
                    continue;
                }
                lexicon.insert_name(rs.clone(), stems.clone());
                // Snowball reads the -ан of Казахстан as a verb ending: its inflected
                // forms stem differently ("казахста" but "казахстан").
                for ending in ["а", "е"] {
                    let form = format!("{word}{ending}");
                    if inflected_form(&form, word) {
                        let s = source.stem(&form);
                        if s != *rs {
                            lexicon.insert_name(s, stems.clone());
                        }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::en::ENGLISH;
    use crate::lang::ru::RUSSIAN;

    const SAMPLE: &str = "kind\tru\ten\tvariants\tcalques\n\
        media\tРИА Новости\tRIA Novosti\t\tRIA News\n\
        org\tГосдума\tState Duma\tDuma\t\n\
        city\tМосква\tMoscow\t\t\n";

    #[test]
    fn finds_inflected_multiword_names() {
        let g = Gazetteer::parse(SAMPLE, &RUSSIAN, &ENGLISH);
        assert_eq!(g.entries.len(), 3);
        let words: Vec<String> = ["сообщает", "риа", "новостям", "в", "москве"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let stems: Vec<String> = words.iter().map(|w| RUSSIAN.stem(w)).collect();
        let found = g.find(&stems, &words);
        assert_eq!(found.len(), 2);
        assert_eq!(g.entries[found[0].entry].en, "RIA Novosti");
        assert_eq!((found[0].first, found[0].last), (1, 2));
        assert_eq!(g.entries[found[1].entry].en, "Moscow");
        assert_eq!(g.entries[0].calques, vec!["RIA News".to_string()]);
    }

    #[test]
    fn finds_names_whose_inflected_stem_differs() {
        // Snowball stems Казахстан to "казахста" but Казахстане to "казахстан".
        let g = Gazetteer::parse("country\tКазахстан\tKazakhstan\t\t\n", &RUSSIAN, &ENGLISH);
        for w in ["казахстан", "казахстане", "казахстана", "казахстаном"]
        {
            let words = vec!["в".to_string(), w.to_string()];
            let stems: Vec<String> = words.iter().map(|w| RUSSIAN.stem(w)).collect();
            assert_eq!(g.find(&stems, &words).len(), 1, "{w}");
        }
        // Not a longer word that merely starts with the name.
        let words = vec!["казахстанский".to_string()];
        let stems: Vec<String> = words.iter().map(|w| RUSSIAN.stem(w)).collect();
        assert!(g.find(&stems, &words).is_empty());
    }

    #[test]
    fn a_surname_made_from_a_name_is_not_the_name() {
        let g = Gazetteer::parse("river\tНил\tNile\t\t\n", &RUSSIAN, &ENGLISH);
        let found = |w: &str| {
            let words = vec![w.to_string()];
            let stems: Vec<String> = words.iter().map(|w| RUSSIAN.stem(w)).collect();
            g.find(&stems, &words).len()
        };
        assert_eq!(found("нила"), 1);
        assert_eq!(found("нилом"), 1);
        assert_eq!(found("нилов"), 0);
        assert_eq!(found("ниловым"), 0);
    }

    #[test]
    fn abbreviations_do_not_lend_renderings_to_common_words() {
        // СВО stems like «своём»: the common word must not render "Ukraine".
        let g = Gazetteer::parse(
            "event\tСВО\tspecial military operation\tmilitary operation in Ukraine\t\n",
            &RUSSIAN,
            &ENGLISH,
        );
        let mut lexicon = Lexicon::default();
        lexicon.insert(RUSSIAN.stem("свой"), vec!["own".to_string()]);
        g.add_to_lexicon(&mut lexicon, &RUSSIAN, &ENGLISH);
        let renderings = lexicon.get(&RUSSIAN.stem("своем")).unwrap();
        assert_eq!(renderings, ["own".to_string()]);
    }
}
