//! Sentence-level fluency rules written in code: fragments (TC505), stray title case
//! (TC506), missing articles before names that need one (TC507), overlong sentences
//! (TC508) and Russian typography left in the English (TC602).

use super::pattern::visible;
use super::{Flag, FluencyOptions, SentRef};
use crate::lang::LanguagePair;
use crate::rules::rule;
use crate::segment::{Token, TokenKind};
use std::collections::HashSet;
use std::sync::OnceLock;

pub(super) fn check_sentence(
    src: &[SentRef],
    t: &SentRef,
    pair: &LanguagePair,
    opts: &FluencyOptions,
    out: &mut Vec<Flag>,
) {
    let toks = visible(&t.sent.tokens);
    if toks.is_empty() || shouting(&toks) {
        return;
    }
    fragment(t, &toks, out);
    title_case(src, t, &toks, pair, out);
    missing_article(t, &toks, out);
    overlong(src, t, &toks, opts, out);
    typography(t, &toks, out);
}

fn flag(rule_name: &str, t: &SentRef, a: usize, b: usize, message: String) -> Flag {
    let r = rule(rule_name);
    Flag {
        rule: r,
        entry: None,
        severity: r.severity,
        message,
        suggestion: None,
        target: (t.g, a..b),
        source: None,
    }
}

fn words<'a>(toks: &[&'a Token]) -> Vec<&'a Token> {
    toks.iter().copied().filter(|t| t.is_word()).collect()
}

/// A sentence mostly in capitals (a shouted headline): case says nothing there.
fn shouting(toks: &[&Token]) -> bool {
    let w = words(toks);
    w.len() >= 3 && w.iter().filter(|t| t.all_caps).count() * 2 > w.len()
}

/// Headlines and list items have no final punctuation; articles and verbs are often
/// dropped in them on purpose.
pub(super) fn is_headline(t: &SentRef) -> bool {
    let s = t.str().trim_end();
    !s.ends_with(['.', '!', '?', '…', '"', '”', '»', ')', '\'', '’', ':', ';'])
}

// ---------------------------------------------------------------- fragments (TC505)

/// Sentence openers that only continue the previous sentence.
const FRAGMENT_OPENERS: &[&[&str]] = &[
    &["and", "also"],
    &["as", "well", "as"],
    &["and", "besides"],
    &["and", "moreover"],
    &["and", "in", "addition"],
    &["and", "furthermore"],
    &["and", "likewise"],
    &["and", "as", "well"],
    &["also", "and"],
];

/// Even when the Russian opens the same way («А также …»), which Russian news prose
/// allows, English does not: the fragment is reported.
fn fragment(t: &SentRef, toks: &[&Token], out: &mut Vec<Flag>) {
    let w = words(toks);
    // The opener must start the sentence (quotes and dashes aside).
    let Some(first) = toks.iter().position(|x| x.is_word()) else {
        return;
    };
    if toks[..first]
        .iter()
        .any(|x| x.kind == TokenKind::Number || x.lower == ",")
    {
        return;
    }
    for opener in FRAGMENT_OPENERS {
        if w.len() > opener.len() && w.iter().zip(opener.iter()).all(|(tok, o)| tok.lower == *o) {
            let a = w[0].span.start;
            let b = w[opener.len() - 1].span.end;
            let text = &t.text[a..b];
            let mut f = flag(
                "fragment",
                t,
                a,
                b,
                format!("sentence fragment: “{text} …” continues the previous sentence instead of standing on its own"),
            );
            f.suggestion = Some(format!(
                "join it to the previous sentence (“…, and …”) or make it a full sentence without “{text}”"
            ));
            out.push(f);
            return;
        }
    }
}

// --------------------------------------------------------------- title case (TC506)

/// English nouns and titles that are capitalised inside names of institutions,
/// offices, events and places, and before a person's name; a run next to one is a name.
#[rustfmt::skip]
const NAME_WORDS: &[&str] = &[
    "academy", "administration", "affairs", "agency", "airlines", "airport", "alliance",
    "ambassador", "army", "arena", "assembly", "association", "avenue", "award", "bank",
    "battalion", "bay", "bishop", "board", "bridge", "brigade", "bureau", "cabinet", "camp",
    "canal", "cape", "capital", "cathedral", "center", "centre", "chairman", "chamber",
    "championship", "channel", "chief", "church", "city", "club", "coast", "code", "college",
    "command", "commander", "commission", "commissioner", "committee", "company", "conference",
    "congress", "constitution", "consulate", "convention", "corporation", "cosmodrome",
    "council", "county", "court", "cup", "day", "declaration", "defence", "defense",
    "department", "deputy", "director", "directorate", "directors", "district", "division",
    "doctrine", "duma", "east", "eastern", "economic", "embassy", "emergencies", "emergency",
    "empire", "energy", "exchange", "federal", "federation", "festival", "finance", "fleet",
    "force", "forces", "foreign", "forum", "foundation", "front", "fund", "games", "garden",
    "general", "government", "governor", "grand", "group", "guard", "guards", "gulf", "hall",
    "head", "headquarters", "health", "highway", "holding", "hospital", "house", "industry",
    "institute", "interior", "international", "investigative", "island", "islands",
    "justice", "kingdom", "krai", "lake", "law", "league", "liberal", "line", "lord",
    "mayor", "medal", "metro", "minister", "ministry", "mission", "monastery", "mount",
    "mountains", "movement", "museum", "national", "navy", "network", "north", "northern",
    "oblast", "ocean", "office", "olympic", "olympics", "order", "organization",
    "organisation", "palace", "park", "parliament", "party", "patriarch", "peninsula",
    "people", "plant", "police", "port", "premier", "president", "press", "prime", "prince",
    "prize", "program", "programme", "project", "prosecutor", "province", "railway",
    "railways", "range", "region", "regional", "regiment", "republic", "reserve", "river",
    "road", "royal", "school", "sea", "secretary", "security", "senate", "service",
    "society", "south", "southern", "space", "speaker", "square", "stadium", "state",
    "states", "station", "street", "summit", "supreme", "territory", "theater", "theatre",
    "treaty", "tribunal", "union", "united", "university", "valley", "war", "west",
    "western", "world",
    // titles of people and ranks, capitalised before a name
    "admiral", "adviser", "advisor", "analyst", "associate", "candidate", "captain", "coach",
    "colonel", "coordinator", "correspondent", "doctor", "editor", "executive", "expert",
    "fellow", "founder", "lieutenant", "major", "manager", "marshal", "master", "member",
    "officer", "partner", "professor", "rector", "representative", "researcher", "scientist",
    "senator", "sergeant", "spokesman", "spokesperson", "spokeswoman", "vice",
    // events, documents and places that form names
    "competition", "contest", "decree", "exhibition", "expo", "fair", "marathon", "olympiad",
    "parade", "resolution", "tournament", "laboratory", "clinic", "orchestra", "choir",
    "ensemble", "cinema", "gallery", "library", "zoo", "bill", "act", "revolution", "year",
    "eve", "martyr", "saint", "holy", "great", "orthodox", "christian", "catholic", "muslim",
    "islamic", "jewish", "protestant", "buddhist", "apostle", "virgin", "god", "lord's",
];

/// Function words that stay lower case inside a name ("Bank of Russia").
const LINKS: &[&str] = &["of", "the", "and", "for", "on", "in", "a", "to", "at", "de"];

/// Lower-case words that may sit inside a run of stray capitals ("Use the Moments");
/// other links ("Doctor of Medicine") make the run a title or a name.
const RUN_LINKS: &[&str] = &["the", "a", "an"];

/// Function words that English title case keeps in lower case: capitalised inside a
/// run ("Increase Of The Rate"), they show case applied word by word.
const STRONG_LINKS: &[&str] = &["of", "the", "and", "for", "a", "an", "to"];

/// Month and day names, capitalised in English.
#[rustfmt::skip]
const CALENDAR: &[&str] = &[
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday",
];

fn name_words() -> &'static HashSet<&'static str> {
    static S: OnceLock<HashSet<&'static str>> = OnceLock::new();
    S.get_or_init(|| NAME_WORDS.iter().copied().collect())
}

/// Ordinary English vocabulary: a function word, a number word, or a word the core
/// lexicon (without the gazetteer's names) uses in a rendering.
fn is_common(t: &Token, pair: &LanguagePair) -> bool {
    let w = t.lower.as_str();
    pair.target.is_stopword(w)
        || pair.target.number_word(w).is_some()
        || crate::lang::ru_en::core_lexicon().knows_target(&t.stem)
}

/// A capitalised word inside a sentence that English writes in lower case: a common
/// word that is not a name word, a month or an acronym.
fn stray_capital(t: &Token, pair: &LanguagePair) -> bool {
    if !t.is_word() || !t.capitalized || t.sentence_initial || t.all_caps {
        return false;
    }
    let w = t.lower.as_str();
    if w.chars().count() < 2 || name_words().contains(w) || CALENDAR.contains(&w) {
        return false;
    }
    is_common(t, pair)
}

/// A capitalised word that belongs to a name: not a stray capital (a proper name, a
/// name word) — a sentence-initial word counts only when it is not common.
fn name_like(t: &Token, pair: &LanguagePair) -> bool {
    t.is_word()
        && t.capitalized
        && !stray_capital(t, pair)
        && (!t.sentence_initial || !is_common(t, pair))
}

fn is_link(t: &Token) -> bool {
    t.is_word() && !t.capitalized && LINKS.contains(&t.lower.as_str())
}

/// Whether the run `toks[start..end]` is tied to a name on its left or right, directly
/// or through up to two links ("Chamber of Control and Accounts", "Head of the Genome
/// Engineering Laboratory").
fn tied_to_name(toks: &[&Token], start: usize, end: usize, pair: &LanguagePair) -> bool {
    let mut k = start;
    for _ in 0..3 {
        let Some(prev) = k.checked_sub(1).map(|i| toks[i]) else {
            break;
        };
        // Through a link, any capitalised word extends the name: "Minister for
        // Innovations and Technological Development", "Fund for the Support of Russian
        // Writers" (English capitalises every content word of such a name).
        if name_like(prev, pair) || (prev.capitalized && k < start) {
            return true;
        }
        if !is_link(prev) {
            break;
        }
        k -= 1;
    }
    // On the right only a word naming an institution, office or event counts ("Central
    // Election Commission"); a proper name may be in apposition ("the Manned Ship Soyuz").
    for (n, next) in toks[end.min(toks.len())..].iter().take(3).enumerate() {
        if next.is_word() && next.capitalized {
            return name_words().contains(next.lower.as_str()) || n > 0;
        }
        if !is_link(next) {
            break;
        }
    }
    false
}

fn has_strong_link(run: &[&Token]) -> bool {
    run.iter()
        .skip(1)
        .any(|x| x.capitalized && STRONG_LINKS.contains(&x.lower.as_str()))
}

fn title_case(
    src: &[SentRef],
    t: &SentRef,
    toks: &[&Token],
    pair: &LanguagePair,
    out: &mut Vec<Flag>,
) {
    if src.is_empty() {
        return;
    }
    let w = words(toks);
    if w.len() < 5 || is_headline(t) {
        return;
    }
    // Title-case headlines: half their common words or more capitalised.
    let common: Vec<&&Token> = w
        .iter()
        .filter(|x| {
            !x.sentence_initial
                && (stray_capital(x, pair) || (!x.capitalized && is_common(x, pair)))
        })
        .collect();
    let caps = common.iter().filter(|x| x.capitalized).count();
    if caps * 2 >= common.len() {
        return;
    }
    let mut i = 0;
    while i < toks.len() {
        if !stray_capital(toks[i], pair) {
            i += 1;
            continue;
        }
        // Extend the run over stray capitals, hyphens and "the"/"a".
        let start = i;
        let mut end = i + 1;
        let mut n_caps = 1;
        loop {
            match toks.get(end) {
                Some(x) if stray_capital(x, pair) => {
                    n_caps += 1;
                    end += 1;
                }
                Some(x)
                    if (x.lower == "-"
                        || (x.is_word()
                            && !x.capitalized
                            && RUN_LINKS.contains(&x.lower.as_str())))
                        && toks.get(end + 1).is_some_and(|y| stray_capital(y, pair)) =>
                {
                    end += 1;
                }
                _ => break,
            }
        }
        i = end;
        let run = &toks[start..end];
        // "The Fifth Element", "A Beautiful Mind": the title of a work.
        if n_caps < 2 || STRONG_LINKS.contains(&run[0].lower.as_str()) {
            continue;
        }
        // "Gymnasium No. 1", "Hospital No 5": a numbered institution's name.
        let numbered = matches!(run[run.len() - 1].lower.as_str(), "no" | "number")
            && toks[end..]
                .iter()
                .find(|x| x.lower != ".")
                .is_some_and(|x| x.kind == crate::segment::TokenKind::Number);
        if numbered {
            continue;
        }
        let strong = has_strong_link(run);
        if !strong && tied_to_name(toks, start, end, pair) {
            continue;
        }
        // A quoted title keeps English title case, which Russian does not use
        // («Импрессионисты из частных собраний» → "Impressionists from Private Collections").
        if (start > 0 && is_opening(toks[start - 1])) || inside_quotes(&toks[..start]) {
            continue;
        }
        // The source must show these words in lower case.
        if !source_lower_case(src, run, pair) && !strong {
            continue;
        }
        let a = run[0].span.start;
        let b = run[run.len() - 1].span.end;
        let text = &t.text[a..b];
        let mut f = flag(
            "title-case",
            t,
            a,
            b,
            format!("“{text}”: common words in Title Case in the middle of a sentence"),
        );
        f.suggestion = Some(format!("write “{}”", text.to_lowercase()));
        out.push(f);
    }
}

/// Whether a quotation opened among `before` is still open.
fn inside_quotes(before: &[&Token]) -> bool {
    let (mut straight, mut depth) = (false, 0usize);
    for t in before {
        match t.lower.as_str() {
            "\"" => straight = !straight,
            "“" | "«" | "„" => depth += 1,
            "”" | "»" => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    straight || depth > 0
}

fn is_opening(t: &Token) -> bool {
    matches!(
        t.lower.as_str(),
        "\"" | "“" | "«" | "„" | "‘" | "'" | ":" | "(" | "["
    )
}

/// Whether the source renders the run's words in lower case: at least one word has a
/// lower-case Russian counterpart (by the lexicon) and none a capitalised one.
fn source_lower_case(src: &[SentRef], run: &[&Token], pair: &LanguagePair) -> bool {
    let mut lower = false;
    for w in run.iter().filter(|x| x.is_word() && x.capitalized) {
        for s in src {
            for r in s.sent.words() {
                let Some(ens) = pair.lexicon.get(&r.stem) else {
                    continue;
                };
                if !ens.contains(&w.stem) {
                    continue;
                }
                if r.capitalized && !r.sentence_initial {
                    return false;
                }
                if !r.capitalized {
                    lower = true;
                }
            }
        }
    }
    lower
}

// --------------------------------------------------------- missing article (TC507)

/// Names that take "the" in running text, as written (case matters), and whether they
/// are also used as modifiers without it ("US officials", "Kremlin aide").
const NEED_THE: &[(&str, bool)] = &[
    ("USA", false),
    ("US", true),
    ("UK", true),
    ("UAE", true),
    ("EU", true),
    ("UN", true),
    ("KHL", true),
    ("NHL", true),
    ("NBA", true),
    ("FSB", true),
    ("KGB", true),
    ("IMF", true),
    ("CIS", true),
    ("OSCE", true),
    ("ECB", true),
    ("FBI", true),
    ("CIA", true),
    ("SCO", true),
    ("WTO", true),
    ("IOC", true),
    ("ICC", true),
    ("Kremlin", true),
    ("Netherlands", true),
    ("Philippines", true),
    ("Emirates", false),
    ("Hague", false),
    ("Vatican", true),
    ("Pentagon", true),
    ("Bahamas", false),
    ("Maldives", false),
    ("Caucasus", true),
    ("Balkans", true),
    ("Baltics", false),
];

/// Head nouns of institution names that take "the" ("the Emergencies Ministry").
const INSTITUTION_HEADS: &[&str] = &[
    "Ministry",
    "Committee",
    "Council",
    "Duma",
    "Commission",
    "Directorate",
    "Department",
    "Court",
    "Federation",
    "Republic",
    "Union",
    "Administration",
];

/// Words after which English puts an article before such a name.
const BEFORE_ARTICLE: &[&str] = &[
    "in",
    "of",
    "from",
    "to",
    "at",
    "for",
    "with",
    "by",
    "on",
    "into",
    "across",
    "against",
    "between",
    "about",
    "over",
    "near",
    "towards",
    "toward",
    "throughout",
    "within",
    "under",
    "via",
    "and",
    "or",
    "inside",
    "outside",
    "than",
    "like",
];

fn missing_article(t: &SentRef, toks: &[&Token], out: &mut Vec<Flag>) {
    if is_headline(t) {
        return;
    }
    // After a preposition or "and".
    let prev_ok = |i: usize| {
        i > 0 && {
            let p = toks[i - 1];
            p.is_word() && !p.capitalized && BEFORE_ARTICLE.contains(&p.lower.as_str())
        }
    };
    // … that does not itself sit inside a capitalised name or title ("Public Relations
    // and Media Department", "Head of Research Department").
    let inside_name = |i: usize| i >= 2 && toks[i - 2].is_word() && toks[i - 2].capitalized;
    // Whether the token after position `i` makes the name a modifier ("US troops").
    let modifier_follows = |i: usize| {
        toks.get(i + 1).is_some_and(|n| {
            (n.is_word() && !is_function_word(&n.lower))
                || n.kind == TokenKind::Number
                || n.lower == "-"
        })
    };
    let mut i = 0;
    while i < toks.len() {
        let tok = toks[i];
        let text = &t.text[tok.span.clone()];
        if !tok.is_word() || !prev_ok(i) {
            i += 1;
            continue;
        }
        if let Some((_, attributive)) = NEED_THE.iter().find(|(n, _)| *n == text) {
            if !(*attributive && modifier_follows(i)) {
                let mut f = flag(
                    "missing-article",
                    t,
                    tok.span.start,
                    tok.span.end,
                    format!("“{text}” needs the definite article here"),
                );
                f.suggestion = Some(format!("write “the {text}”"));
                out.push(f);
            }
            i += 1;
            continue;
        }
        // A capitalised run ending in an institution head: "of Emergencies Ministry".
        if tok.capitalized && !tok.sentence_initial {
            let mut j = i;
            while j + 1 < toks.len()
                && toks[j + 1].is_word()
                && toks[j + 1].capitalized
                && !INSTITUTION_HEADS.contains(&&t.text[toks[j].span.clone()])
            {
                j += 1;
            }
            let head = &t.text[toks[j].span.clone()];
            let possessive = toks[i..=j].iter().any(|x| {
                t.text[x.span.clone()].ends_with("'s") || t.text[x.span.clone()].ends_with("’s")
            });
            if j > i
                && INSTITUTION_HEADS.contains(&head)
                && !possessive
                && !modifier_follows(j)
                && !inside_name(i)
            {
                let a = tok.span.start;
                let b = toks[j].span.end;
                let name = &t.text[a..b];
                let mut f = flag(
                    "missing-article",
                    t,
                    a,
                    b,
                    format!("“{name}” needs the definite article here"),
                );
                f.suggestion = Some(format!("write “the {name}”"));
                out.push(f);
            }
            i = j + 1;
            continue;
        }
        i += 1;
    }
}

fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "and"
            | "or"
            | "but"
            | "of"
            | "in"
            | "on"
            | "at"
            | "to"
            | "for"
            | "from"
            | "with"
            | "by"
            | "is"
            | "are"
            | "was"
            | "were"
            | "has"
            | "have"
            | "had"
            | "will"
            | "would"
            | "can"
            | "could"
            | "should"
            | "may"
            | "might"
            | "must"
            | "that"
            | "which"
            | "who"
            | "as"
            | "since"
            | "until"
            | "after"
            | "before"
            | "because"
            | "if"
            | "when"
            | "where"
            | "while"
            | "than"
            | "said"
            | "says"
            | "also"
            | "did"
            | "does"
            | "do"
            | "not"
            | "itself"
            | "alone"
            | "too"
            | "again"
            | "so"
            | "now"
            | "then"
            | "yet"
            | "last"
            | "this"
            | "next"
            | "over"
            | "about"
            | "into"
            | "through"
            | "during"
    )
}

// ------------------------------------------------------- overlong sentence (TC508)

fn overlong(
    src: &[SentRef],
    t: &SentRef,
    toks: &[&Token],
    opts: &FluencyOptions,
    out: &mut Vec<Flag>,
) {
    if src.is_empty() || opts.overlong_min_words == 0 {
        return;
    }
    let n = words(toks).len();
    let m: usize = src.iter().map(|s| s.sent.words().count()).sum();
    if n < opts.overlong_min_words || m == 0 {
        return;
    }
    let ratio = n as f64 / m as f64;
    let merged = src.len() >= 2;
    if ratio >= opts.overlong_ratio || (merged && n >= opts.overlong_min_words + 10) {
        let why = if merged && ratio < opts.overlong_ratio {
            format!(
                "{} source sentences merged into one of {n} words",
                src.len()
            )
        } else {
            format!("{n} words for a source of {m} ({ratio:.1}×)")
        };
        let mut f = flag(
            "overlong-sentence",
            t,
            t.sent.span.start,
            t.sent.span.end,
            format!("overlong sentence: {why}"),
        );
        f.suggestion = Some("split it, or tighten wordy phrasing".into());
        out.push(f);
    }
}

// ------------------------------------------------------ Russian typography (TC602)

/// Words that follow a dash introducing or closing a quotation, Russian style.
const SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "stated",
    "states",
    "noted",
    "notes",
    "added",
    "adds",
    "stressed",
    "emphasized",
    "emphasised",
    "explained",
    "told",
    "wrote",
    "writes",
    "commented",
    "declared",
    "announced",
    "believes",
    "believed",
    "according",
    "reported",
    "reports",
    "concluded",
    "recalled",
    "asked",
    "replied",
    "answered",
    "underlined",
    "pointed",
    "assured",
    "warned",
    "complained",
    "admitted",
    "continued",
    "the",
    "he",
    "she",
    "they",
    "we",
];

/// A figure written with a Russian decimal comma ("84,47", "2,5"): English groups
/// thousands with commas, three digits at a time, so "2,5" can only be Russian.
fn decimal_comma(text: &str) -> bool {
    let mut groups = text.split(',');
    let first = groups.next().unwrap_or("");
    let rest: Vec<&str> = groups.collect();
    !first.is_empty()
        && first.chars().all(|c| c.is_ascii_digit())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
        && rest.iter().any(|g| g.len() != 3)
}

/// Whether a « before byte `at` of the unit text is still open there.
fn opened_before(text: &str, at: usize) -> bool {
    let before = &text[..at];
    before.matches('«').count() > before.matches('»').count()
}

pub const DIALOGUE_DASH: &str = "a dash opening a line of dialogue is Russian punctuation";

fn typography(t: &SentRef, toks: &[&Token], out: &mut Vec<Flag>) {
    let mut i = 0;
    while i < toks.len() {
        let tok = toks[i];
        if tok.kind == crate::segment::TokenKind::Number {
            let text = &t.text[tok.span.clone()];
            if decimal_comma(text) {
                let mut f = flag(
                    "russian-typography",
                    t,
                    tok.span.start,
                    tok.span.end,
                    format!("“{text}”: a decimal comma is Russian; English writes a decimal point"),
                );
                f.suggestion = Some(format!("write “{}”", text.replace(',', ".")));
                out.push(f);
            }
        }
        match tok.lower.as_str() {
            "«" | "„" => {
                // Flag the quotation up to its closing mark (or the sentence end).
                let close = toks[i + 1..]
                    .iter()
                    .position(|x| matches!(x.lower.as_str(), "»" | "“" | "”"))
                    .map(|k| i + 1 + k);
                let end = close.unwrap_or(toks.len() - 1);
                let a = tok.span.start;
                let b = toks[end].span.end;
                let mark = if tok.lower == "«" { "«»" } else { "„“" };
                let mut f = flag(
                    "russian-typography",
                    t,
                    a,
                    b,
                    format!("Russian quotation marks {mark} in English text"),
                );
                f.suggestion =
                    Some("use English quotation marks “…” (or none around company names)".into());
                out.push(f);
                i = end + 1;
                continue;
            }
            // A quotation of several sentences was flagged from its opening «, in an
            // earlier sentence of the paragraph: its closing mark is the same finding.
            "»" if opened_before(t.text, tok.span.start) => {}
            "»" => {
                let mut f = flag(
                    "russian-typography",
                    t,
                    tok.span.start,
                    tok.span.end,
                    "Russian closing quotation mark » in English text".into(),
                );
                f.suggestion = Some("use ” (or no quotation marks)".into());
                out.push(f);
            }
            "№" => {
                let mut f = flag(
                    "russian-typography",
                    t,
                    tok.span.start,
                    tok.span.end,
                    "the numero sign № is not used in English".into(),
                );
                f.suggestion = Some("write “No.” (or “number”)".into());
                out.push(f);
            }
            "—" | "–" | "-" => {
                // ", — said" / "», — said": a dash introducing the speaker.
                let spaced = tok.span.start > 0
                    && t.text[..tok.span.start].ends_with(' ')
                    && t.text[tok.span.end..].starts_with(' ');
                // The comma before the dash, or before the closing quotation mark
                // ('"…," — he said').
                let quote =
                    |k: usize| matches!(toks[k].lower.as_str(), "\"" | "”" | "“" | "'" | "’");
                let comma_at = if i > 0 && toks[i - 1].lower == "," {
                    Some(i - 1)
                } else if i > 1 && quote(i - 1) && toks[i - 2].lower == "," {
                    Some(i - 2)
                } else {
                    None
                };
                let comma_before = comma_at.is_some();
                // The speech verb next, or after its subject ("— the director said").
                let next_speech = toks[i + 1..]
                    .iter()
                    .filter(|n| n.is_word())
                    .take(3)
                    .any(|n| SPEECH.contains(&n.lower.as_str()));
                let opens = i == 0 && tok.lower != "-" && t.text[tok.span.end..].starts_with(' ');
                if spaced && comma_before && next_speech {
                    let a = toks[comma_at.unwrap_or(i)].span.start;
                    let mut f = flag(
                        "russian-typography",
                        t,
                        a,
                        tok.span.end,
                        "“, —” before the speaker is Russian punctuation of a quotation".into(),
                    );
                    f.suggestion = Some(
                        "close the quotation with a comma inside the quotation marks: “…,” he said"
                            .into(),
                    );
                    out.push(f);
                } else if opens {
                    let mut f = flag(
                        "russian-typography",
                        t,
                        tok.span.start,
                        tok.span.end,
                        DIALOGUE_DASH.into(),
                    );
                    f.suggestion = Some("put the spoken words in quotation marks".into());
                    out.push(f);
                }
            }
            _ => {}
        }
        i += 1;
    }
}
