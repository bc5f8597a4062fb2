//! Everything language-specific lives here, behind two seams:
//!
//! * [`Language`] describes one language (abbreviations, stop words, negation cues,
//!   number words, months, stemming, script), implemented by [`ru::Russian`] and
//!   [`en::English`];
//! * [`LanguagePair`] adds what depends on the direction: the bilingual lexicon,
//!   transliteration, the gazetteer of names.
//!
//! The pipeline (segment → align → check) only talks to these two types, so another
//! pair (uk→en, en→ru) is a new module here, not a change elsewhere.

pub mod dictionary;
pub mod en;
pub mod ru;
pub mod ru_en;
pub mod ru_forms;
pub mod translit;

use std::collections::HashMap;
use std::sync::OnceLock;

/// Writing system a language is expected to use; the input stage checks it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Script {
    Cyrillic,
    Latin,
}

/// What kind of quantity a number word or number token stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum NumberWord {
    /// A cardinal ("два", "two").
    Cardinal(f64),
    /// An ordinal ("второго", "second").
    Ordinal(f64),
    /// A multiplier that scales the preceding number ("млн", "million").
    Magnitude(f64),
    /// A month name; the value is 1–12.
    Month(u8),
    /// A multiple said in one word ("вдвое", "doubled", "threefold"): the factor.
    Multiple(f64),
}

pub trait Language: Send + Sync {
    /// ISO 639-1 code ("ru").
    fn code(&self) -> &'static str;
    fn name(&self) -> &'static str;
    fn script(&self) -> Script;
    /// Words that end in a full stop without ending a sentence, lower case, without the stop.
    fn is_abbreviation(&self, word_lower: &str) -> bool;
    /// Snowball stem of a lower-case word.
    fn stem(&self, word_lower: &str) -> String;
    /// Function words that carry no content for alignment.
    fn is_stopword(&self, word_lower: &str) -> bool;
    /// A word that negates its clause ("не", "never").
    fn is_negation(&self, word_lower: &str) -> bool;
    /// Number words, magnitudes, ordinals and months, in every inflected form.
    fn number_word(&self, word_lower: &str) -> Option<NumberWord>;
    /// Decimal separator of written numbers (',' in Russian, '.' in English).
    fn decimal_separator(&self) -> char;
    /// Words that mark a percentage after a number ("процентов", "percent").
    fn is_percent_word(&self, word_lower: &str) -> bool;
    /// Inflected forms of a dictionary form whose stems differ from its own stem
    /// (Russian "сказать" → "скажет"); the lexicon indexes them too.
    fn irregular_forms(&self, _lemma: &str) -> Vec<String> {
        Vec::new()
    }
    /// Whether a short unit reads like a republishing site's own line ("Source link",
    /// a subscription plea, an ad-blocker note) rather than article text.
    fn is_boilerplate(&self, _text: &str) -> bool {
        false
    }
}

/// A direction of translation with its bilingual resources.
pub struct LanguagePair {
    pub source: &'static dyn Language,
    pub target: &'static dyn Language,
    /// source stem → target stems of its usual renderings.
    pub lexicon: Lexicon,
    /// Names with an established target form.
    pub gazetteer: ru_en::gazetteer::Gazetteer,
}

impl LanguagePair {
    /// The default pair: Russian original, English translation.
    pub fn ru_en() -> &'static LanguagePair {
        static PAIR: OnceLock<LanguagePair> = OnceLock::new();
        PAIR.get_or_init(ru_en::build)
    }

    /// This pair with external dictionaries added to its lexicon (`--dict`). The pair
    /// lives for the rest of the process, like the built-in one.
    pub fn with_dictionaries(
        &'static self,
        paths: &[std::path::PathBuf],
    ) -> crate::Result<&'static LanguagePair> {
        if paths.is_empty() {
            return Ok(self);
        }
        let mut lexicon = self.lexicon.clone();
        for p in paths {
            dictionary::load(p, &mut lexicon, self)?;
        }
        Ok(Box::leak(Box::new(LanguagePair {
            source: self.source,
            target: self.target,
            lexicon,
            gazetteer: self.gazetteer.clone(),
        })))
    }

    /// Looks a pair up by its codes ("ru", "en").
    pub fn by_codes(source: &str, target: &str) -> Option<&'static LanguagePair> {
        match (source, target) {
            ("ru", "en") => Some(Self::ru_en()),
            _ => None,
        }
    }

    /// Romanisation key used to compare names and cognates across scripts.
    pub fn name_key_source(&self, word: &str) -> String {
        translit::key(&translit::romanize_ru(word))
    }

    pub fn name_key_target(&self, word: &str) -> String {
        translit::key(&word.to_lowercase())
    }
}

/// A bilingual stem lexicon: source stem → target stems.
#[derive(Default, Clone)]
pub struct Lexicon {
    entries: HashMap<String, Vec<String>>,
    /// Target stems that appear in any rendering, for reverse coverage.
    target_stems: std::collections::HashSet<String>,
    /// Stems of common vocabulary (the lexicon files), as opposed to names.
    common_source: std::collections::HashSet<String>,
    common_target: std::collections::HashSet<String>,
}

impl Lexicon {
    pub fn insert(&mut self, source_stem: String, target_stems: Vec<String>) {
        self.common_source.insert(source_stem.clone());
        for t in &target_stems {
            self.common_target.insert(t.clone());
        }
        self.insert_entry(source_stem, target_stems);
    }

    fn insert_entry(&mut self, source_stem: String, target_stems: Vec<String>) {
        for t in &target_stems {
            self.target_stems.insert(t.clone());
        }
        let slot = self.entries.entry(source_stem).or_default();
        for t in target_stems {
            if !slot.contains(&t) {
                slot.push(t);
            }
        }
    }

    /// Adds a name's stems: like [`insert`](Self::insert), but remembered as names so
    /// that the name checks can tell "Moscow" from a common word.
    pub fn insert_name(&mut self, source_stem: String, target_stems: Vec<String>) {
        self.insert_entry(source_stem, target_stems);
    }

    /// Adds an entry of an external dictionary (`--dict`): an anchor for the aligner,
    /// not evidence that a capitalised word is common vocabulary.
    pub fn insert_extra(&mut self, source_stem: String, target_stems: Vec<String>) {
        self.insert_entry(source_stem, target_stems);
    }

    /// Whether a source stem is common vocabulary (from the lexicon, not only a name).
    pub fn is_common_source(&self, source_stem: &str) -> bool {
        self.common_source.contains(source_stem)
    }

    /// Whether a target stem is common vocabulary (not only part of a name).
    pub fn is_common_target(&self, target_stem: &str) -> bool {
        self.common_target.contains(target_stem)
    }

    pub fn get(&self, source_stem: &str) -> Option<&[String]> {
        self.entries.get(source_stem).map(|v| v.as_slice())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    pub fn knows_target(&self, target_stem: &str) -> bool {
        self.target_stems.contains(target_stem)
    }
}

/// Whether a character is in the basic Cyrillic block, which holds every Russian letter.
pub fn is_cyrillic(c: char) -> bool {
    ('\u{400}'..='\u{4ff}').contains(&c)
}

/// Lower-cases and folds letters that spelling varies on (ё → е) so that lookups agree.
pub fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| match c {
            'ё' => 'е',
            '’' | 'ʼ' => '\'',
            c => c,
        })
        .collect()
}
