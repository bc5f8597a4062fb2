//! The Russian→English pair: lexicon and gazetteer (data under `data/`, embedded).

pub mod gazetteer;

use super::en::ENGLISH;
use super::ru::RUSSIAN;
use super::{Language, LanguagePair, Lexicon};
use std::collections::HashSet;
use std::sync::OnceLock;

/// The lexicon files, embedded so the binary is self-contained.
const LEXICON_FILES: &[(&str, &str)] = &[
    ("general", include_str!("data/lexicon/general.tsv")),
    ("politics", include_str!("data/lexicon/politics.tsv")),
    ("society", include_str!("data/lexicon/society.tsv")),
    ("economy", include_str!("data/lexicon/economy.tsv")),
    (
        "science_culture",
        include_str!("data/lexicon/science_culture.tsv"),
    ),
    (
        "abbreviations",
        include_str!("data/lexicon/abbreviations.tsv"),
    ),
    ("geography", include_str!("data/lexicon/geography.tsv")),
    ("everyday", include_str!("data/lexicon/everyday.tsv")),
    ("commerce", include_str!("data/lexicon/commerce.tsv")),
    ("frequent", include_str!("data/lexicon/frequent.tsv")),
];

pub(crate) fn build() -> LanguagePair {
    let mut lexicon = Lexicon::default();
    for (_name, text) in LEXICON_FILES {
        load_lexicon_tsv(&mut lexicon, text, &RUSSIAN, &ENGLISH);
    }
    let gazetteer = gazetteer::Gazetteer::builtin(&RUSSIAN, &ENGLISH);
    gazetteer.add_to_lexicon(&mut lexicon, &RUSSIAN, &ENGLISH);
    LanguagePair {
        source: &RUSSIAN,
        target: &ENGLISH,
        lexicon,
        gazetteer,
    }
}

const PERSON_NAMES: &str = include_str!("data/person_names.txt");

/// Words of the person-name list's sections: before the `[russian given names]` marker
/// (English names) or all of them.
fn person_names(english_only: bool) -> HashSet<&'static str> {
    let text = if english_only {
        PERSON_NAMES
            .split("# [russian given names]")
            .next()
            .unwrap_or("")
    } else {
        PERSON_NAMES
    };
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
}

/// Common English given names and surnames (lower case).
pub fn english_person_names() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| person_names(true))
}

/// English and Russian given names as English writes them (lower case), with common
/// English surnames.
pub fn person_names_all() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| person_names(false))
}

/// The lexicon of common words only (without the gazetteer's names): which English
/// stems are ordinary vocabulary.
pub fn core_lexicon() -> &'static Lexicon {
    static L: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
    L.get_or_init(|| {
        let mut lexicon = Lexicon::default();
        for (_name, text) in LEXICON_FILES {
            // Renderings written with a capital ("московский → Moscow") are names too.
            let common: String = text
                .lines()
                .filter_map(|line| {
                    let (lemma, renderings) = line.split_once('\t')?;
                    let kept: Vec<&str> = renderings
                        .split(';')
                        .map(str::trim)
                        .filter(|r| r.chars().next().is_some_and(char::is_lowercase))
                        .collect();
                    (!kept.is_empty()).then(|| format!("{lemma}\t{}\n", kept.join("; ")))
                })
                .collect();
            load_lexicon_tsv(&mut lexicon, &common, &RUSSIAN, &ENGLISH);
        }
        lexicon
    })
}

/// Stems of the content words of a target-language phrase ("take part" → take, part).
pub(crate) fn content_stems(phrase: &str, lang: &dyn Language) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '-')
        .flat_map(|w| w.split('-'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .filter(|w| !lang.is_stopword(w))
        .map(|w| lang.stem(&w))
        .collect()
}

/// Loads `lemma<TAB>rendering; rendering` lines (see `data/README.md`); also used for
/// user dictionaries given with `--dict`.
pub fn load_lexicon_tsv(
    lexicon: &mut Lexicon,
    text: &str,
    source: &dyn Language,
    target: &dyn Language,
) -> usize {
    let mut n = 0;
    for line in text.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((lemma, renderings)) = line.split_once('\t') else {
            continue;
        };
        let lemma = lemma.trim().to_lowercase();
        if lemma.is_empty() || lemma.contains(' ') {
            continue;
        }
        let mut stems = Vec::new();
        for r in renderings.split([';', ',']) {
            for s in content_stems(r.trim(), target) {
                if !stems.contains(&s) {
                    stems.push(s);
                }
            }
        }
        if stems.is_empty() {
            continue;
        }
        let lemma_stem = source.stem(&lemma);
        // Snowball takes a noun's -ит for a verb ending («дефицит» → дефиц) but keeps it
        // in the other cases («дефицита» → дефицит): a consonant-final lemma also
        // enters under the stem of its genitive.
        if lemma.ends_with(|c: char| !"аеёиоуыэюяйьъ".contains(c)) {
            let st = source.stem(&format!("{lemma}а"));
            if st != lemma_stem {
                lexicon.insert(st, stems.clone());
            }
        }
        for form in source.irregular_forms(&lemma) {
            let st = source.stem(&form);
            if st != lemma_stem {
                lexicon.insert(st, stems.clone());
            }
        }
        lexicon.insert(lemma_stem, stems);
        n += 1;
    }
    n
}

/// Nationality and place words of the geography lexicon whose English renderings are
/// capitalised (российский → Russian, поляк → Pole): Russian stem → renderings.
pub fn demonyms() -> &'static std::collections::HashMap<String, Vec<String>> {
    static M: OnceLock<std::collections::HashMap<String, Vec<String>>> = OnceLock::new();
    M.get_or_init(|| {
        let text = LEXICON_FILES
            .iter()
            .find(|(name, _)| *name == "geography")
            .map(|(_, t)| *t)
            .unwrap_or("");
        let mut m: std::collections::HashMap<String, Vec<String>> = Default::default();
        let places = text.split("# --- not places").next().unwrap_or("");
        for line in places.lines().filter(|l| !l.starts_with('#')) {
            let Some((lemma, renderings)) = line.split_once('\t') else {
                continue;
            };
            let capitalised: Vec<String> = renderings
                .split(';')
                .map(str::trim)
                .filter(|r| r.chars().next().is_some_and(char::is_uppercase))
                .map(String::from)
                .collect();
            // Only words that are nothing but a capitalised rendering (not "north").
            if capitalised.is_empty() || renderings.split(';').count() != capitalised.len() {
                continue;
            }
            m.entry(RUSSIAN.stem(&lemma.trim().to_lowercase()))
                .or_default()
                .extend(capitalised);
        }
        m
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_lemma_is_in_one_lexicon_line_only() {
        // data/README.md: "The same Russian lemma may appear only once across all files";
        // a second line would silently merge with the first.
        let mut seen: std::collections::HashMap<String, &str> = Default::default();
        let mut twice = Vec::new();
        for (name, text) in LEXICON_FILES {
            for line in text.lines().filter(|l| !l.starts_with('#')) {
                let Some((lemma, _)) = line.split_once('\t') else {
                    continue;
                };
                let key = lemma.trim().to_lowercase().replace('ё', "е");
                if let Some(first) = seen.insert(key.clone(), name) {
                    twice.push(format!("{key} ({first}, {name})"));
                }
            }
        }
        assert!(twice.is_empty(), "lemmas listed twice: {twice:?}");
    }

    #[test]
    fn loads_tsv_lines() {
        let mut lex = Lexicon::default();
        let n = load_lexicon_tsv(
            &mut lex,
            "# c\nзаявить\tsay; state\nучастие\ttake part; participation\nbad line\n",
            &RUSSIAN,
            &ENGLISH,
        );
        assert_eq!(n, 2);
        let cands = lex.get(&RUSSIAN.stem("заявил")).unwrap();
        assert!(cands.contains(&ENGLISH.stem("said")));
        assert!(lex
            .get(&RUSSIAN.stem("участия"))
            .unwrap()
            .contains(&"particip".to_string()));
    }

    /// Inflected forms that Snowball stems apart from their dictionary form still reach
    /// the lexicon entry (систему → сист, граждан → гражда, погибли → погибл), and a
    /// stem shared by two lemmas (страна, странный → стран) holds both meanings.
    #[test]
    fn inflected_forms_find_their_entry() {
        let lex = &LanguagePair::ru_en().lexicon;
        let cases = [
            ("систему", "system"),
            ("проблему", "problem"),
            ("героев", "hero"),
            ("граждан", "citizens"),
            ("россиянам", "Russians"),
            ("людьми", "people"),
            ("детьми", "children"),
            ("друзей", "friends"),
            ("денег", "money"),
            ("дочери", "daughter"),
            ("церкви", "church"),
            ("любви", "love"),
            ("времени", "time"),
            ("суток", "day"),
            ("лет", "years"),
            ("погибли", "died"),
            ("подчеркнул", "stressed"),
            ("стран", "countries"),
            ("странный", "strange"),
        ];
        for (ru, en) in cases {
            let stem = RUSSIAN.stem(ru);
            let want = ENGLISH.stem(&en.to_lowercase());
            let got = lex.get(&stem).unwrap_or(&[]);
            assert!(got.contains(&want), "{ru} ({stem}) -> {got:?}, want {want}");
        }
        // A verb in -нуть after a vowel keeps -ну- in the past: протянуть must not
        // lend its meanings to против.
        let against = lex.get(&RUSSIAN.stem("против")).unwrap_or(&[]);
        assert!(!against.contains(&"stretch".to_string()), "{against:?}");
    }
}
