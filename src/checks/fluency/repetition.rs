//! Repetition (TC504): the same content word several times in one English sentence (or
//! in two adjacent sentences of a paragraph) when the source does not repeat it.

use super::{Flag, FluencyOptions, Group, SentRef};
use crate::lang::LanguagePair;
use crate::rules::rule;
use crate::segment::Token;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// Words that news repeats by necessity (units, figures, dates).
const EXEMPT: &[&str] = &[
    "year",
    "percent",
    "per",
    "cent",
    "million",
    "billion",
    "trillion",
    "thousand",
    "ruble",
    "rouble",
    "dollar",
    "euro",
    "day",
    "month",
    "week",
    "time",
    "people",
    "said",
    "say",
    "also",
    "mr",
    "ms",
    "mrs",
    "one",
    "two",
    "three",
    "first",
    "second",
    "more",
    "less",
    "well",
    "even",
    "still",
    "only",
    "other",
    "many",
    "much",
    "very",
    "like",
    // Units of measure (each form: Snowball keeps "feet" apart from "foot").
    "foot",
    "feet",
    "inch",
    "mile",
    "yard",
    "pound",
    "ounce",
    "ton",
    "tonne",
    "meter",
    "metre",
    "kilometer",
    "kilometre",
    "centimeter",
    "centimetre",
    "millimeter",
    "millimetre",
    "kilogram",
    "gram",
    "liter",
    "litre",
    "gallon",
    "acre",
    "hectare",
    "degree",
    "hour",
    "minute",
    "watt",
    "kilowatt",
    "megawatt",
    "gigawatt",
    "barrel",
    "km",
    "kg",
    "cm",
    "mm",
    "mph",
    "kmh",
];

/// Words between a figure and the noun it counts ("2.3 million doses", «400 тыс. доз»).
const MAGNITUDES: &[&str] = &[
    "hundred",
    "thousand",
    "million",
    "billion",
    "trillion",
    "mln",
    "bn",
    "тыс",
    "тысяч",
    "тысячи",
    "тысяча",
    "млн",
    "млрд",
    "трлн",
    "миллион",
    "миллиона",
    "миллионов",
    "миллиард",
    "миллиарда",
    "миллиардов",
];

/// Whether the word at `i` is counted by a figure just before it ("400,000 doses",
/// "1.1 million doses", «400 тыс. доз»).
fn counted(toks: &[&Token], i: usize) -> bool {
    let at = |k: Option<usize>| k.and_then(|k| toks.get(k));
    let mut j = i.checked_sub(1);
    if at(j).is_some_and(|t| t.lower == ".") {
        j = j.and_then(|j| j.checked_sub(1));
    }
    if at(j).is_some_and(|t| MAGNITUDES.contains(&t.lower.as_str())) {
        j = j.and_then(|j| j.checked_sub(1));
    }
    at(j).is_some_and(|t| t.kind == crate::segment::TokenKind::Number)
}

/// The most times the source names one noun after a figure: a list of amounts that
/// repeats its counted noun («2,3 млн доз …, около 400 тысяч доз») is translated so.
fn source_counted_repeat(src: &[SentRef]) -> usize {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for s in src {
        let toks = s.sent.visible();
        for (i, t) in toks.iter().enumerate() {
            // «3,5 млн»: the magnitude word is part of the figure, not a counted noun.
            if t.is_word() && !MAGNITUDES.contains(&t.lower.as_str()) && counted(&toks, i) {
                *counts.entry(t.stem.as_str()).or_default() += 1;
            }
        }
    }
    counts.values().copied().max().unwrap_or(0)
}

fn exempt_stems(pair: &LanguagePair) -> &'static HashSet<String> {
    static S: OnceLock<HashSet<String>> = OnceLock::new();
    S.get_or_init(|| EXEMPT.iter().map(|w| pair.target.stem(w)).collect())
}

/// Stems of the content words of a sentence, with their tokens.
fn content<'a>(s: &SentRef<'a>, pair: &LanguagePair) -> HashMap<String, Vec<&'a Token>> {
    let mut m: HashMap<String, Vec<&Token>> = HashMap::new();
    let toks = s.sent.visible();
    for (i, t) in toks.iter().enumerate() {
        let w = t.lower.as_str();
        // Parts of a hyphenated compound ("son-in-law") are not words of their own.
        let hyphen = |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|x| x.lower == "-");
        if !t.is_word()
            || w.chars().count() < 3
            || !w.chars().all(char::is_alphabetic)
            || pair.target.is_stopword(w)
            || pair.target.number_word(w).is_some()
            || exempt_stems(pair).contains(&t.stem)
            // Names are repeated on purpose (and capitalised mid-sentence).
            || (t.capitalized && !t.sentence_initial)
            || t.all_caps
            || hyphen(i.checked_sub(1))
            || hyphen(Some(i + 1))
        {
            continue;
        }
        m.entry(t.stem.clone()).or_default().push(t);
    }
    m
}

/// Words English doubles on purpose ("very, very", "no, no", "knock knock").
const DOUBLED_ON_PURPOSE: &[&str] = &[
    "very", "so", "no", "yes", "ha", "bye", "well", "oh", "ah", "hey", "wow", "more", "again",
    "far", "long", "many", "much", "that", "had", "is", "knock", "step", "little", "by", "come",
    "go", "now", "there", "here", "please", "quick", "faster", "bravo", "hurrah", "hooray", "blah",
    "la", "tut", "ho", "hi", "bang", "boom", "night", "slowly", "round", "over",
    // "the player we have been looking for for a year": a stranded preposition.
    "for",
];

/// Whether a source sentence doubles a word itself («Молись и воруй, воруй и молись»,
/// «Озвучь, озвучь», «бла-бла-бла»): the same stem twice with at most a comma or a dash
/// between, or around a conjunction.
fn source_doubles(src: &[SentRef], pair: &LanguagePair) -> bool {
    src.iter().any(|s| {
        let toks = s.sent.visible();
        toks.iter().enumerate().any(|(i, a)| {
            a.is_word()
                && toks[i + 1..]
                    .iter()
                    .take(3)
                    .any(|b| b.is_word() && b.stem == a.stem && !pair.source.is_stopword(&a.lower))
        })
    })
}

/// A word or a phrase of up to three words said twice in a row ("through the bridge,
/// the bridge", "the the"), which machine translation produces when it stutters: the
/// byte range of the second copy.
fn stutter(t: &SentRef, pair: &LanguagePair) -> Option<std::ops::Range<usize>> {
    let toks = t.sent.visible();
    // The surface form: `lower` drops a possessive 's ("what's what" is not a stutter).
    let form = |x: &Token| t.text[x.span.clone()].to_lowercase();
    for n in (1..=3).rev() {
        for i in 0..toks.len() {
            let Some(first) = toks.get(i..i + n) else {
                break;
            };
            if !first.iter().all(|x| x.is_word()) {
                continue;
            }
            let mut j = i + n;
            let comma = toks.get(j).is_some_and(|x| x.lower == ",");
            if comma {
                j += 1;
            }
            let Some(second) = toks.get(j..j + n) else {
                continue;
            };
            let same = first.iter().zip(second).all(|(a, b)| form(a) == form(b));
            if !same || (n == 1 && DOUBLED_ON_PURPOSE.contains(&first[0].lower.as_str())) {
                continue;
            }
            // Across a comma, function words start a new clause ("I bought it, it
            // tasted awful"); only content words stutter there.
            if comma && first.iter().all(|x| pair.target.is_stopword(&x.lower)) {
                continue;
            }
            // A word inside a hyphenated compound ("so-so", "attorney, attorney-at-law").
            let hyphen = |k: usize| toks.get(k).is_some_and(|x| x.lower == "-");
            if hyphen(i + n) || hyphen(j + n) || (i > 0 && hyphen(i - 1)) {
                continue;
            }
            return Some(second[0].span.start..second[n - 1].span.end);
        }
    }
    None
}

/// The most times one content word is repeated in the source: a source that repeats
/// itself (a refrain, a saying) is translated with repetition too.
fn source_max_repeat(src: &[SentRef], pair: &LanguagePair) -> usize {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for r in src.iter().flat_map(|s| s.sent.words()) {
        if r.lower.chars().count() >= 3 && !pair.source.is_stopword(&r.lower) {
            *counts.entry(r.stem.as_str()).or_default() += 1;
        }
    }
    counts.values().copied().max().unwrap_or(0)
}

/// How many words of the source render `en_stem` (by the lexicon).
fn source_count(src: &[SentRef], en_stem: &str, pair: &LanguagePair) -> usize {
    src.iter()
        .flat_map(|s| s.sent.words())
        .filter(|r| {
            pair.lexicon
                .get(&r.stem)
                .is_some_and(|ens| ens.iter().any(|e| e == en_stem))
        })
        .count()
}

/// Two occurrences in compounds with different partners ("the front wheel … the rear
/// wheel", "good people … a good life"), or the first one a label ("Case: …"): the
/// repetition says something each time.
fn distinct_compounds(t: &SentRef, toks: &[&Token], pair: &LanguagePair) -> bool {
    if toks.len() != 2 {
        return false;
    }
    let all: Vec<&Token> = t.sent.visible();
    let at = |tok: &Token| all.iter().position(|x| x.span == tok.span);
    let (Some(a), Some(b)) = (at(toks[0]), at(toks[1])) else {
        return false;
    };
    let content = |i: Option<usize>| -> Option<&str> {
        let x = all.get(i?)?;
        (x.is_word()
            && x.lower.chars().count() >= 3
            && x.lower.chars().all(char::is_alphabetic)
            && !pair.target.is_stopword(&x.lower))
        .then_some(x.lower.as_str())
    };
    // A label ("Warranty: the warranty period is …") names what the sentence is about.
    if all.get(a + 1).is_some_and(|x| x.lower == ":") {
        return true;
    }
    let (pa, pb) = (content(a.checked_sub(1)), content(b.checked_sub(1)));
    let differ = |x: Option<&str>, y: Option<&str>| matches!((x, y), (Some(x), Some(y)) if x != y);
    // A modifier before one occurrence or different ones before both: "all cookers except
    // induction cookers", "the front wheel … the rear wheel".
    (pa != pb && (pa.is_some() || pb.is_some()))
        || differ(content(Some(a + 1)), content(Some(b + 1)))
}

/// The previous target sentence, its group's source and its content words.
type Previous<'g, 'a> = (
    &'g SentRef<'a>,
    &'g [SentRef<'a>],
    HashMap<String, Vec<&'a Token>>,
);

pub(super) fn check(
    groups: &[Group],
    pair: &LanguagePair,
    opts: &FluencyOptions,
    out: &mut Vec<Flag>,
) {
    let min = opts.repetition_min.max(2);
    let short_max = opts.repetition_short_max_words;
    let r = rule("repetition");
    let mut prev: Option<Previous> = None;
    for grp in groups {
        for t in &grp.tgt {
            let c = content(t, pair);
            // In a short sentence (a saying, a headline) one repeat is already heavy.
            let short = short_max > 0 && t.sent.words().count() <= short_max;
            let here_min = if short { 2 } else { min };
            let mut flagged: Vec<&str> = Vec::new();
            let mut stems: Vec<&String> = c.keys().collect();
            stems.sort();
            if let Some(span) = stutter(t, pair).filter(|_| !source_doubles(&grp.src, pair)) {
                let words = t.text[span.clone()].to_lowercase();
                out.push(Flag {
                    rule: r,
                    entry: None,
                    severity: r.severity,
                    message: format!("“{words}” twice in a row"),
                    suggestion: Some("delete the repeated words".into()),
                    target: (t.g, span.clone()),
                    source: None,
                });
                // The repeated words are not flagged again below.
                flagged.extend(
                    c.iter()
                        .filter(|(_, v)| v.iter().any(|x| span.contains(&x.span.start)))
                        .map(|(k, _)| k.as_str()),
                );
            }
            for stem in stems {
                let toks = &c[stem];
                if toks.len() < here_min {
                    continue;
                }
                // Below the general threshold only the same word form counts: "drafted …
                // in the draft" is word play, "judge … judge" a lost synonym.
                if toks.len() < min
                    && (toks.iter().any(|x| x.lower != toks[0].lower)
                        || distinct_compounds(t, toks, pair))
                {
                    continue;
                }
                // The source repeats it (or itself) too: the translation is faithful.
                // (A short sentence must have a source word for every occurrence.)
                let slack = usize::from(toks.len() >= min);
                // Counted after figures (all but one) where the source repeats its
                // counted noun too: "2.3 million doses, … 400,000 doses".
                let all = t.sent.visible();
                let n_counted = toks
                    .iter()
                    .filter(|x| {
                        all.iter()
                            .position(|y| y.span == x.span)
                            .is_some_and(|i| counted(&all, i))
                    })
                    .count();
                if n_counted + 1 >= toks.len() && source_counted_repeat(&grp.src) >= 2 {
                    continue;
                }
                if source_count(&grp.src, stem, pair) + slack >= toks.len()
                    || source_max_repeat(&grp.src, pair) >= toks.len()
                {
                    continue;
                }
                let last = toks[toks.len() - 1];
                let word = &t.text[toks[0].span.clone()];
                out.push(Flag {
                    rule: r,
                    entry: None,
                    severity: r.severity,
                    message: format!(
                        "“{}” {} times in one sentence",
                        word.to_lowercase(),
                        toks.len()
                    ),
                    suggestion: Some(
                        "use a pronoun or a synonym, or drop the repeated word".into(),
                    ),
                    target: (t.g, last.span.clone()),
                    source: None,
                });
                flagged.push(stem);
            }
            let adj = opts.repetition_adjacent_min;
            if let Some((p, psrc, pc)) = &prev {
                if adj >= 2 && p.paragraph == t.paragraph && p.g + 1 == t.g {
                    let mut stems: Vec<&String> = c.keys().collect();
                    stems.sort();
                    for stem in stems {
                        let (here, before) = (c[stem].len(), pc.get(stem).map_or(0, Vec::len));
                        if before == 0
                            || here + before < adj
                            || flagged.contains(&stem.as_str())
                            || here >= min
                            || before >= min
                        {
                            continue;
                        }
                        let mut both: Vec<SentRef> = psrc.to_vec();
                        both.extend(grp.src.iter().copied());
                        if source_count(&both, stem, pair) + 1 >= here + before {
                            continue;
                        }
                        let last = c[stem][here - 1];
                        out.push(Flag {
                            rule: r,
                            entry: None,
                            severity: r.severity,
                            message: format!(
                                "“{}” {} times in two adjacent sentences",
                                t.text[last.span.clone()].to_lowercase(),
                                here + before
                            ),
                            suggestion: Some(
                                "use a pronoun or a synonym, or drop the repeated word".into(),
                            ),
                            target: (t.g, last.span.clone()),
                            source: None,
                        });
                    }
                }
            }
            prev = Some((t, &grp.src, c));
        }
    }
}
