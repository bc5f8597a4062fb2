//! English: abbreviations, stop words, negation, number words, months.

use super::{fold, Language, NumberWord, Script};
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub struct English;

pub static ENGLISH: English = English;

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "gen", "col", "lt", "sgt", "capt", "cmdr",
    "gov", "sen", "rep", "pres", "rev", "hon", "inc", "ltd", "co", "corp", "no", "vs", "etc",
    "e.g", "i.e", "u.s", "u.k", "u.n", "a.m", "p.m", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est", "fig", "vol", "ave", "blvd", "mt",
    "ft", "km", "kg", "min", "max", "dept", "univ", "assn", "bros", "e", "g", "i", "mln", "bn",
    "tn", "op", "cit", "al", "ca", "cf", "ed", "eds", "pp",
];

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "but",
    "if",
    "then",
    "else",
    "of",
    "at",
    "by",
    "for",
    "with",
    "about",
    "against",
    "between",
    "into",
    "through",
    "during",
    "before",
    "after",
    "above",
    "below",
    "to",
    "from",
    "up",
    "down",
    "in",
    "out",
    "on",
    "off",
    "over",
    "under",
    "again",
    "further",
    "once",
    "here",
    "there",
    "when",
    "where",
    "why",
    "how",
    "all",
    "any",
    "both",
    "each",
    "few",
    "more",
    "most",
    "other",
    "some",
    "such",
    "only",
    "own",
    "same",
    "so",
    "than",
    "too",
    "very",
    "can",
    "will",
    "just",
    "should",
    "now",
    "i",
    "me",
    "my",
    "myself",
    "we",
    "our",
    "ours",
    "ourselves",
    "you",
    "your",
    "yours",
    "yourself",
    "he",
    "him",
    "his",
    "himself",
    "she",
    "her",
    "hers",
    "herself",
    "it",
    "its",
    "itself",
    "they",
    "them",
    "their",
    "theirs",
    "themselves",
    "what",
    "which",
    "who",
    "whom",
    "this",
    "that",
    "these",
    "those",
    "am",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "having",
    "do",
    "does",
    "did",
    "doing",
    "would",
    "could",
    "might",
    "must",
    "shall",
    "may",
    "also",
    "as",
    "until",
    "while",
    "not",
    "no",
    "nor",
    "s",
    "t",
    "d",
    "ll",
    "m",
    "o",
    "re",
    "ve",
    "y",
    "whose",
    "upon",
    "onto",
    "via",
    "per",
    "whether",
    "yet",
    "though",
    "although",
    "because",
    "since",
    "unless",
    "whereas",
    "however",
    "therefore",
    "thus",
    "one",
    "ones",
    "let",
    "lets",
    "get",
    "got",
];

const NEGATIONS: &[&str] = &[
    "not",
    "no",
    "never",
    "nobody",
    "nothing",
    "none",
    "neither",
    "nor",
    "nowhere",
    "cannot",
    "can't",
    "don't",
    "doesn't",
    "didn't",
    "won't",
    "wouldn't",
    "isn't",
    "aren't",
    "wasn't",
    "weren't",
    "hasn't",
    "haven't",
    "hadn't",
    "couldn't",
    "shouldn't",
    "mustn't",
    "needn't",
    "without",
    "n't",
];

const CARDINALS: &[(&str, f64)] = &[
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("dozen", 12.0),
];

const ORDINALS: &[(&str, f64)] = &[
    ("first", 1.0),
    ("second", 2.0),
    ("third", 3.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
    ("eleventh", 11.0),
    ("twelfth", 12.0),
    ("thirteenth", 13.0),
    ("fourteenth", 14.0),
    ("fifteenth", 15.0),
    ("sixteenth", 16.0),
    ("seventeenth", 17.0),
    ("eighteenth", 18.0),
    ("nineteenth", 19.0),
    ("twentieth", 20.0),
    ("thirtieth", 30.0),
    ("hundredth", 100.0),
];

const MAGNITUDES: &[(&str, f64)] = &[
    ("thousand", 1e3),
    ("thousands", 1e3),
    ("k", 1e3),
    ("million", 1e6),
    ("millions", 1e6),
    ("mln", 1e6),
    ("mn", 1e6),
    ("m", 1e6),
    ("billion", 1e9),
    ("billions", 1e9),
    ("bn", 1e9),
    ("bln", 1e9),
    ("trillion", 1e12),
    ("trillions", 1e12),
    ("tn", 1e12),
    ("trln", 1e12),
    ("tln", 1e12),
    ("trn", 1e12),
    // Cubic metres of gas: "1.2 bcm" is 1.2 billion (the unit is read by the number check).
    ("mcm", 1e6),
    ("bcm", 1e9),
    ("tcm", 1e12),
];

/// Multiples said in one word. "double", "triple" and "quadruple" are adjectives too
/// ("a double murder"): the extractor takes them only as verbs.
const MULTIPLES: &[(&str, f64)] = &[
    ("twice", 2.0),
    ("doubled", 2.0),
    ("doubling", 2.0),
    ("double", 2.0),
    ("twofold", 2.0),
    ("halved", 2.0),
    ("halving", 2.0),
    ("thrice", 3.0),
    ("tripled", 3.0),
    ("tripling", 3.0),
    ("trebled", 3.0),
    ("trebling", 3.0),
    ("triple", 3.0),
    ("threefold", 3.0),
    ("quadrupled", 4.0),
    ("quadrupling", 4.0),
    ("quadruple", 4.0),
    ("fourfold", 4.0),
    ("quintupled", 5.0),
    ("fivefold", 5.0),
    ("sixfold", 6.0),
    ("tenfold", 10.0),
];

const MONTHS: &[(&str, u8)] = &[
    ("january", 1),
    ("jan", 1),
    ("february", 2),
    ("feb", 2),
    ("march", 3),
    ("april", 4),
    ("apr", 4),
    ("may", 5),
    ("june", 6),
    ("jun", 6),
    ("july", 7),
    ("jul", 7),
    ("august", 8),
    ("aug", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("october", 10),
    ("oct", 10),
    ("november", 11),
    ("nov", 11),
    ("december", 12),
    ("dec", 12),
];

/// Irregular forms mapped to their base before stemming, so "said" meets "say".
const IRREGULAR: &[(&str, &str)] = &[
    ("arose", "arise"),
    ("arisen", "arise"),
    ("awoke", "awake"),
    ("awoken", "awake"),
    ("was", "be"),
    ("were", "be"),
    ("been", "be"),
    ("bore", "bear"),
    ("borne", "bear"),
    ("beaten", "beat"),
    ("became", "become"),
    ("began", "begin"),
    ("begun", "begin"),
    ("bent", "bend"),
    ("bound", "bind"),
    ("bit", "bite"),
    ("bitten", "bite"),
    ("bled", "bleed"),
    ("blew", "blow"),
    ("blown", "blow"),
    ("broke", "break"),
    ("broken", "break"),
    ("brought", "bring"),
    ("built", "build"),
    ("burnt", "burn"),
    ("bought", "buy"),
    ("caught", "catch"),
    ("chose", "choose"),
    ("chosen", "choose"),
    ("came", "come"),
    ("crept", "creep"),
    ("dealt", "deal"),
    ("dug", "dig"),
    ("did", "do"),
    ("done", "do"),
    ("drew", "draw"),
    ("drawn", "draw"),
    ("dreamt", "dream"),
    ("drank", "drink"),
    ("drunk", "drink"),
    ("drove", "drive"),
    ("driven", "drive"),
    ("ate", "eat"),
    ("eaten", "eat"),
    ("fell", "fall"),
    ("fallen", "fall"),
    ("fed", "feed"),
    ("felt", "feel"),
    ("fought", "fight"),
    ("fled", "flee"),
    ("flew", "fly"),
    ("flown", "fly"),
    ("forbade", "forbid"),
    ("forbidden", "forbid"),
    ("forgot", "forget"),
    ("forgotten", "forget"),
    ("forgave", "forgive"),
    ("forgiven", "forgive"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("got", "get"),
    ("gotten", "get"),
    ("gave", "give"),
    ("given", "give"),
    ("went", "go"),
    ("gone", "go"),
    ("grew", "grow"),
    ("grown", "grow"),
    ("hung", "hang"),
    ("had", "have"),
    ("heard", "hear"),
    ("hid", "hide"),
    ("hidden", "hide"),
    ("held", "hold"),
    ("kept", "keep"),
    ("knew", "know"),
    ("known", "know"),
    ("laid", "lay"),
    ("led", "lead"),
    ("leant", "lean"),
    ("lent", "lend"),
    ("lain", "lie"),
    ("lit", "light"),
    ("lost", "lose"),
    ("made", "make"),
    ("meant", "mean"),
    ("met", "meet"),
    ("misled", "mislead"),
    ("overcame", "overcome"),
    ("paid", "pay"),
    ("rode", "ride"),
    ("ridden", "ride"),
    ("rang", "ring"),
    ("rung", "ring"),
    ("rose", "rise"),
    ("risen", "rise"),
    ("ran", "run"),
    ("said", "say"),
    ("saw", "see"),
    ("seen", "see"),
    ("sought", "seek"),
    ("sold", "sell"),
    ("sent", "send"),
    ("shook", "shake"),
    ("shaken", "shake"),
    ("shone", "shine"),
    ("shot", "shoot"),
    ("showed", "show"),
    ("shown", "show"),
    ("shrank", "shrink"),
    ("shrunk", "shrink"),
    ("sang", "sing"),
    ("sung", "sing"),
    ("sank", "sink"),
    ("sunk", "sink"),
    ("sat", "sit"),
    ("slept", "sleep"),
    ("slid", "slide"),
    ("spoke", "speak"),
    ("spoken", "speak"),
    ("spent", "spend"),
    ("spun", "spin"),
    ("stood", "stand"),
    ("stole", "steal"),
    ("stolen", "steal"),
    ("stuck", "stick"),
    ("stung", "sting"),
    ("struck", "strike"),
    ("swore", "swear"),
    ("sworn", "swear"),
    ("swept", "sweep"),
    ("swam", "swim"),
    ("swum", "swim"),
    ("swung", "swing"),
    ("took", "take"),
    ("taken", "take"),
    ("taught", "teach"),
    ("tore", "tear"),
    ("torn", "tear"),
    ("told", "tell"),
    ("thought", "think"),
    ("threw", "throw"),
    ("thrown", "throw"),
    ("understood", "understand"),
    ("undertook", "undertake"),
    ("undertaken", "undertake"),
    ("woke", "wake"),
    ("woken", "wake"),
    ("wore", "wear"),
    ("worn", "wear"),
    ("won", "win"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("wrote", "write"),
    ("written", "write"),
    ("children", "child"),
    ("men", "man"),
    ("women", "woman"),
    ("people", "person"),
    ("feet", "foot"),
    ("teeth", "tooth"),
    ("mice", "mouse"),
];

fn number_words() -> &'static HashMap<String, NumberWord> {
    static MAP: OnceLock<HashMap<String, NumberWord>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for (w, v) in CARDINALS {
            map.insert(w.to_string(), NumberWord::Cardinal(*v));
        }
        for (w, v) in ORDINALS {
            map.insert(w.to_string(), NumberWord::Ordinal(*v));
        }
        for (w, v) in MAGNITUDES {
            map.insert(w.to_string(), NumberWord::Magnitude(*v));
        }
        for (w, m) in MONTHS {
            map.insert(w.to_string(), NumberWord::Month(*m));
        }
        for (w, v) in MULTIPLES {
            map.insert(w.to_string(), NumberWord::Multiple(*v));
        }
        map
    })
}

fn set(words: &'static [&'static str]) -> HashSet<String> {
    words.iter().map(|w| fold(w)).collect()
}

impl Language for English {
    fn code(&self) -> &'static str {
        "en"
    }
    fn name(&self) -> &'static str {
        "English"
    }
    fn script(&self) -> Script {
        Script::Latin
    }
    fn is_abbreviation(&self, word_lower: &str) -> bool {
        static S: OnceLock<HashSet<String>> = OnceLock::new();
        S.get_or_init(|| set(ABBREVIATIONS))
            .contains(&fold(word_lower))
    }
    fn stem(&self, word_lower: &str) -> String {
        static STEMMER: OnceLock<frostem::Stemmer> = OnceLock::new();
        static IRR: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
        let folded = fold(word_lower);
        let folded = IRR
            .get_or_init(|| IRREGULAR.iter().copied().collect())
            .get(folded.as_str())
            .map_or(folded.clone(), |b| b.to_string());
        STEMMER
            .get_or_init(|| frostem::Stemmer::new(frostem::Algorithm::English))
            .stem(&folded)
            .into_owned()
    }
    fn is_stopword(&self, word_lower: &str) -> bool {
        static S: OnceLock<HashSet<String>> = OnceLock::new();
        S.get_or_init(|| set(STOPWORDS)).contains(&fold(word_lower))
    }
    fn is_negation(&self, word_lower: &str) -> bool {
        static S: OnceLock<HashSet<String>> = OnceLock::new();
        let w = fold(word_lower);
        S.get_or_init(|| set(NEGATIONS)).contains(&w) || w.ends_with("n't")
    }
    fn number_word(&self, word_lower: &str) -> Option<NumberWord> {
        number_words().get(&fold(word_lower)).copied()
    }
    fn decimal_separator(&self) -> char {
        '.'
    }
    fn is_percent_word(&self, word_lower: &str) -> bool {
        matches!(fold(word_lower).as_str(), "percent" | "per-cent" | "pct")
    }
    fn is_boilerplate(&self, text: &str) -> bool {
        is_boilerplate(text)
    }
}

/// Phrases of the lines that aggregator sites add around an article.
const BOILERPLATE_MARKERS: &[&str] = &[
    "source link",
    "source:",
    "read more",
    "read also",
    "see also",
    "subscribe to our",
    "subscribe to the",
    "subscribe now",
    "ad blocker",
    "adblock",
    "ad-blocker",
    "advertisement",
    "advertising money",
    "all rights reserved",
    "copyright",
    "©",
    "follow us",
    // Not "share this optimism".
    "share this article",
    "share this story",
    "share this post",
    "share this page",
    "share this news",
    "share on",
    "newsletter",
    "click here",
    "sign up",
    "comments are closed",
    "leave a comment",
    "loading...",
    "photo:",
    "photo by",
    "image:",
    "best regards",
    "the editors",
    "editorial board",
    // Not a recipe's "cookies".
    "use cookies",
    "uses cookies",
    "accept cookies",
    "cookie policy",
    "cookie settings",
    "telegram channel",
    "our channel",
    "our site",
    "our website",
    "funded by",
    "continue reading",
    "related news",
    "related articles",
    "found a typo",
    "found a mistake",
    "ctrl+enter",
    "reproduction of materials",
    "informational purposes",
    "join us on",
    "download our app",
    "support our journalism",
];

/// See [`Language::is_boilerplate`]: short units with a marker phrase.
pub fn is_boilerplate(text: &str) -> bool {
    let t = text.trim();
    if t.chars().count() > 300 {
        return false;
    }
    let lower = t.to_lowercase();
    BOILERPLATE_MARKERS.iter().any(|m| lower.contains(m))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_and_negation() {
        assert_eq!(
            ENGLISH.number_word("Billion"),
            Some(NumberWord::Magnitude(1e9))
        );
        assert_eq!(ENGLISH.number_word("december"), Some(NumberWord::Month(12)));
        assert!(ENGLISH.is_negation("didn't"));
        assert!(ENGLISH.is_negation("never"));
        assert!(!ENGLISH.is_negation("know"));
        assert_eq!(ENGLISH.stem("sanctions"), ENGLISH.stem("sanction"));
    }

    #[test]
    fn boilerplate_lines() {
        assert!(is_boilerplate("Source link"));
        assert!(is_boilerplate(
            "Please disable your ad blocker to continue reading the news."
        ));
        assert!(!is_boilerplate(
            "The source of the leak was not named, the ministry said."
        ));
        assert!(!is_boilerplate("Putin said the talks were constructive."));
        assert!(is_boilerplate("Share this article with your friends."));
        assert!(!is_boilerplate(
            "Experts from the Higher School of Economics share this optimism."
        ));
        assert!(!is_boilerplate("She baked cookies for the volunteers."));
    }
}
