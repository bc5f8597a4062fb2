//! Negation: a negated Russian clause whose English counterpart lost the negation, or
//! an English negation with nothing negative in the source.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::{rule, Severity};
use crate::segment::{Sentence, TokenKind};

/// Russian sequences with a negation word that do not negate the clause.
const NOT_NEGATING: &[&[&str]] = &[
    &["не", "только"],
    &["не", "менее"],
    &["не", "более"],
    // «не меньше 250 тыс.» is "at least", «не больше» "at most".
    &["не", "меньше"],
    &["не", "больше"],
    &["не", "раз"],
    &["не", "так", "давно"],
    &["не", "исключено"],
    &["чуть", "ли", "не"],
    &["едва", "ли", "не"],
    &["не", "без"],
    &["не", "иначе", "как"],
    &["не", "то", "чтобы"],
    &["не", "говоря", "уже"],
    &["нет", "-", "нет"],
    &["да", "или", "нет"],
    &["не", "секрет"],
    // Deadlines: «не позднее 20 июля» is "by July 20", «не ранее 2027 года» "in 2027
    // at the earliest".
    &["не", "позднее"],
    &["не", "позже"],
    &["не", "ранее"],
    &["не", "раньше"],
    // Concessive «ни»: «где бы ни появились» "wherever they appeared", «как бы то ни
    // было» "be that as it may".
    &["бы", "ни"],
    &["бы", "то", "ни"],
    &["как", "никак"],
    // «не один раз» "more than once", «как никогда» "than ever".
    &["не", "один", "раз"],
    &["как", "никогда"],
];

/// English words that carry a negative meaning without a negation particle
/// ("не смог" → "failed"); compared by stem.
const EN_NEGATIVE_WORDS: &[&str] = &[
    "lack",
    "fail",
    "failure",
    "refuse",
    "refusal",
    "deny",
    "denial",
    "reject",
    "rejection",
    "decline",
    "absence",
    "absent",
    "unable",
    "impossible",
    "prevent",
    "avoid",
    "prohibit",
    // «не смогут регистрировать» → "will bar … from registering".
    "bar",
    "ban",
    "forbid",
    "forbidden",
    "neglect",
    "ignore",
    "insufficient",
    "inadequate",
    "invalid",
    "illegal",
    "incorrect",
    "incapable",
    "inability",
    "inaccessible",
    "unlikely",
    "abstain",
    "exempt",
    "withhold",
    "withheld",
    "hardly",
    "barely",
    "rarely",
    "seldom",
    "instead",
    "miss",
    "missing",
    "neither",
    "nor",
    "reluctant",
    "reluctance",
    // "rather than" renders «а не».
    "rather",
    "unwilling",
    "hesitant",
    // «не хватает врачей» → "a shortage of doctors".
    "shortage",
    "deficit",
    "scarce",
    "scarcity",
    // «вряд ли» → "I doubt".
    "doubt",
    "doubtful",
    // «не люблю» → "dislike", «не согласен» → "disagree".
    "dislike",
    "disagree",
    "disapprove",
    "disregard",
    "distrust",
    // «не имеет значения» → "is irrelevant".
    "irrelevant",
    // «не зависеть» → "be independent", «не ограничен» → "indefinitely".
    "independent",
    "indefinite",
    "indefinitely",
    // «не оставляла шансов» → "deprived of".
    "deprive",
    // «не помнит» → "forgot", «не пришёл» → "skipped", «не верят» → "sceptical",
    // «просят не выходить» → "refrain from going out".
    "forget",
    "forgot",
    "forgotten",
    "skip",
    "boycott",
    "sceptical",
    "skeptical",
    "refrain",
    // «не подписал закон» → "vetoed", «не имеют доступа» → "devoid of".
    "veto",
    "devoid",
    // «не признал», «не согласился» → "disputed" (the noun renders «спор», and a word
    // the source has a rendering for stands for that word).
    "dispute",
];

/// Expletive negation: «чуть не утонул» is "nearly drowned", nothing negated. Its
/// «не» does not count, but an English negation for it has lost the "almost".
const ALMOST: &[&[&str]] = &[
    &["чуть", "не"],
    &["чуть", "было", "не"],
    &["едва", "не"],
    &["едва", "было", "не"],
    &["чуть", "-", "чуть", "не"],
];

/// «не так сильно, как ожидалось», «не столь важен»: English says it with a comparative
/// ("less than expected", "more slowly than", "less important"), so with a comparative
/// in the English these do not count.
const NOT_AS: &[&[&str]] = &[
    &["не", "так"],
    &["не", "столь"],
    &["не", "настолько"],
    &["не", "столько"],
];

/// English words that render «не так … как» / «не столь» as a comparison.
const EN_COMPARATIVE: &[&str] = &["less", "fewer", "than", "lesser"];

/// Russian verbs of stopping or refusing: «не» before them is an affirmation («протесты
/// не прекращаются» "protests continue", «не перестаёт» "keeps").
const NEGATIVE_VERBS: &[&str] = &["прекра", "переста"];

/// What the negation scan of one Russian sentence found.
#[derive(Default)]
struct RussianNegations {
    /// Negated clauses.
    clauses: usize,
    /// An idiom with a negation word that does not negate ("не более").
    idiom: bool,
    /// The span of the first expletive «чуть не», «едва не».
    almost: Option<std::ops::Range<usize>>,
    /// The span of the first counted negation cue.
    cue: Option<std::ops::Range<usize>>,
    /// The cue of each negated clause.
    cues: Vec<std::ops::Range<usize>>,
    /// A comparison clause repeating the negated verb was counted with its main clause.
    folded_comparison: bool,
}

/// Punctuation and conjunctions that end a Russian clause for the negation scan.
const CLAUSE_BREAKS: &[&str] = &[",", ";", ":", "—", "–", "и", "а", "но", "или"];

/// Counts the negated clauses of a Russian sentence. `english_compares`: the English
/// has a comparative that renders «не так … как».
fn russian_negations(s: &Sentence, ctx: &Context, english_compares: bool) -> RussianNegations {
    let tokens: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word
                || matches!(t.lower.as_str(), "-" | "," | ";" | ":" | "—" | "–")
        })
        .collect();
    let words: Vec<&str> = tokens.iter().map(|t| t.lower.as_str()).collect();
    let mut masked = vec![false; words.len()];
    let mut out = RussianNegations::default();
    let mask = |pats: &[&[&str]], masked: &mut Vec<bool>| {
        let mut first = None;
        for pat in pats {
            for i in 0..words.len() {
                if i + pat.len() <= words.len() && words[i..i + pat.len()] == **pat {
                    masked[i..i + pat.len()].iter_mut().for_each(|m| *m = true);
                    first = Some(first.map_or(i, |f: usize| f.min(i)));
                }
            }
        }
        first
    };
    out.idiom = mask(NOT_NEGATING, &mut masked).is_some();
    if let Some(i) = mask(ALMOST, &mut masked) {
        out.almost = Some(tokens[i].span.start..tokens[i + 1].span.end);
    }
    if english_compares {
        out.idiom |= mask(NOT_AS, &mut masked).is_some();
    }
    // «не прекращаются»: two negations, an affirmation.
    for i in 0..words.len().saturating_sub(1) {
        if words[i] == "не" && NEGATIVE_VERBS.iter().any(|p| words[i + 1].starts_with(p)) {
            masked[i] = true;
            out.idiom = true;
        }
    }
    let lang = ctx.pair().source;
    // The correlative «ни» («ни УЕФА, ни ФИФА», «ни одного … не было») goes with the «не»
    // of its clause and counts only without one («ни до свидания, ни хорошей дороги»),
    // once.
    let has_ne = (0..words.len()).any(|i| !masked[i] && matches!(words[i], "не" | "нет"));
    let mut bare_ni_counted = false;
    // Cues within three words of each other negate one clause ("никто не пострадал").
    let mut last: Option<usize> = None;
    // Negative concord: after "никаких", "никогда"… a later "не" of the same clause
    // ("никаких замечаний не было") is part of the same negation.
    let mut concord = false;
    // The words after each «не» so far.
    let mut negated_verbs: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        if CLAUSE_BREAKS.contains(w) {
            concord = false;
            continue;
        }
        // «едва ли», «вряд ли»: doubt, "unlikely", "hardly" («едва ли не» is masked).
        let doubt = *w == "ли" && i > 0 && matches!(words[i - 1], "едва" | "вряд");
        if !masked[i] && *w == "ни" {
            if out.cue.is_none() {
                out.cue = Some(tokens[i].span.clone());
            }
            if !has_ne && !bare_ni_counted {
                out.clauses += 1;
                out.cues.push(tokens[i].span.clone());
                bare_ni_counted = true;
            }
            continue;
        }
        if !masked[i] && (doubt || lang.is_negation(w)) {
            let new_clause = !concord && last.is_none_or(|l| i - l > 3);
            // «никаких», «никогда», and «ни один», «ни разу».
            if w.starts_with("ни") {
                concord = true;
            }
            // «не могу не», «нельзя не», «невозможно (было) не»: a double negation is an
            // affirmation ("must", "worth noting"), within one clause.
            let second = (i + 1..words.len())
                .take(3)
                .take_while(|&j| !CLAUSE_BREAKS.contains(&words[j]))
                .find(|&j| words[j] == "не" && !masked[j]);
            if matches!(*w, "не" | "нельзя") && new_clause {
                if let Some(j) = second {
                    masked[j] = true;
                    out.idiom = true;
                    continue;
                }
            }
            if *w == "не"
                && words[..i]
                    .iter()
                    .rev()
                    .take(2)
                    .take_while(|x| !CLAUSE_BREAKS.contains(x))
                    .any(|x| x.starts_with("невозможн"))
            {
                out.idiom = true;
                continue;
            }
            let start = if doubt { i - 1 } else { i };
            let span = tokens[start].span.start..tokens[i].span.end;
            // «не достигнет целей, как не достигли их и предыдущие»: a comparison that
            // repeats the negated verb is one negation for English ("like the previous
            // ones, … will not achieve").
            let repeated = *w == "не"
                && words.get(i + 1).is_some_and(|v| {
                    clause_opens_with_kak(&words[..i])
                        && negated_verbs.iter().any(|p| same_verb(p, v))
                });
            if *w == "не" {
                if let Some(v) = words.get(i + 1) {
                    negated_verbs.push(v);
                }
            }
            if repeated {
                out.folded_comparison = true;
                last = Some(i);
                continue;
            }
            if new_clause {
                out.clauses += 1;
                out.cues.push(span.clone());
            }
            if out.cue.is_none() {
                out.cue = Some(span);
            }
            last = Some(i);
        }
    }
    out
}

/// Whether every English negation of `english` stands in a comparison clause (after
/// ", as", ", just as", ", like"), none before it.
fn negated_only_in_comparison(english: &[&Sentence], ctx: &Context) -> bool {
    // (sentence, token index) of every visible token, in order.
    let tokens: Vec<(&Sentence, usize)> = english
        .iter()
        .flat_map(|s| (0..s.tokens.len()).map(move |k| (*s, k)))
        .filter(|(s, k)| s.tokens[*k].kind != TokenKind::Space)
        .collect();
    let Some(marker) = tokens.windows(2).position(|w| {
        w[0].0.tokens[w[0].1].lower == ","
            && matches!(w[1].0.tokens[w[1].1].lower.as_str(), "as" | "just" | "like")
    }) else {
        return false;
    };
    let negated = |&(s, k): &(&Sentence, usize)| english_negation_at(s, k, ctx);
    !tokens[..marker].iter().any(negated) && tokens[marker..].iter().any(negated)
}

/// Whether the clause that `before` ends in opens with «как» («, как не достигли»,
/// «, как и»): a comparison.
fn clause_opens_with_kak(before: &[&str]) -> bool {
    let start = before
        .iter()
        .rposition(|w| matches!(*w, "," | ";" | ":" | "—" | "–"))
        .map_or(0, |p| p + 1);
    before.get(start).is_some_and(|w| *w == "как")
        || before.get(start..start + 2) == Some(&["так", "же"][..])
}

/// Whether two Russian words are forms of one verb («достигнет», «достигли»): the same
/// first five letters.
fn same_verb(a: &str, b: &str) -> bool {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    a.len() >= 5 && b.len() >= 5 && a[..5] == b[..5]
}

/// Russian words that are negative in meaning, which English often renders with "not".
/// A word negative by its prefix: не- («несложно», «недоволен»; not «несколько»,
/// «нести», «немецкий», «неделя», «недавно», «нефть») or без-/бес-.
fn russian_privative(w: &str) -> bool {
    (w.starts_with("не")
        && w.chars().count() > 4
        && ![
            "несколь",
            "несмотря",
            "нест",
            "несу",
            "несе",
            "несё",
            "несш",
        ]
        .iter()
        .any(|p| w.starts_with(p))
        && !["несла", "несли", "несло"].contains(&w)
        && !w.starts_with("нем")
        && !w.starts_with("нег")
        && !["недел", "недавн", "недр", "недвиж"]
            .iter()
            .any(|p| w.starts_with(p))
        && !w.starts_with("нефт"))
        || (w.starts_with("без") || w.starts_with("бес")) && w.chars().count() > 4
}

fn russian_negative_lexical(s: &Sentence) -> bool {
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            let w = t.lower.as_str();
            russian_privative(w)
                || w.starts_with("без")
                || w.starts_with("отказ")
                || w.starts_with("отсутств")
                || w.starts_with("запрет")
                || w.starts_with("запрещ")
                || w.starts_with("воспрещ")
                || w.starts_with("лиш")
                || w.starts_with("вряд")
                || w.starts_with("мало")
                // «меньше всего хочется» → "I don't want".
                || w == "меньше"
                || w == "менее"
                || w.starts_with("нехват")
                || w.starts_with("прекрат")
                || w.starts_with("перестал")
                || w.starts_with("кроме")
                || w.starts_with("вместо")
                || w.starts_with("ни")
                || w.starts_with("отрица")
                || w.starts_with("опроверг")
                // «сомневаюсь» "not sure"; not «сомнительные» ("questionable", "risky"),
                // an adjective English says with no negation.
                || w.starts_with("сомн") && !w.starts_with("сомнительн")
                || w.starts_with("избега")
                || w.starts_with("избеж")
                // «воздержался от комментариев», «уклонился от ответа», «промолчал»,
                // «проигнорировал», «отложили запуск»: English says "did not".
                || w.starts_with("воздерж")
                || w.starts_with("уклон")
                || w.starts_with("промолч")
                || w.starts_with("игнор")
                || w.starts_with("проигнор")
                || w.starts_with("отлож")
                || w == "ли"
                // «вне объединений» → "no longer in any association".
                || w == "вне"
        })
}

fn negative_stems(lang: &dyn crate::lang::Language) -> &'static std::collections::HashSet<String> {
    static S: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();
    S.get_or_init(|| EN_NEGATIVE_WORDS.iter().map(|w| lang.stem(w)).collect())
}

/// Negated clauses of an English sentence (cues within three words count once) and
/// how many negative words it has besides.
/// Whether token `k` of an English sentence is a negation: not the "No." of a number
/// sign ("building No. 39", "No 5").
fn english_negation_at(s: &Sentence, k: usize, ctx: &Context) -> bool {
    let t = &s.tokens[k];
    if t.kind != TokenKind::Word || !ctx.pair().target.is_negation(&t.lower) {
        return false;
    }
    let mut next = s.tokens[k + 1..]
        .iter()
        .filter(|x| x.kind != TokenKind::Space);
    let number_sign = t.lower == "no" && {
        let mut next = next.clone().skip_while(|x| x.lower == ".");
        next.next().is_some_and(|x| x.kind == TokenKind::Number)
    };
    // "no matter what" renders «любой», «какой бы ни».
    let idiom = t.lower == "no" && next.next().is_some_and(|x| x.lower == "matter");
    !number_sign && !idiom && !english_idiom_at(s, k)
}

/// English idioms whose negation word negates nothing ("without a hitch", "nothing
/// short of", "no later than", "no small feat", "not only … but"): (the words, the
/// index of the negation word among them). A negation inside one counts as a negative
/// word, not a negated clause, so a source with nothing negative is no reversal.
const EN_NOT_NEGATING: &[(&[&str], usize)] = &[
    (&["without", "a", "hitch"], 0),
    (&["without", "a", "glitch"], 0),
    (&["without", "a", "hiccup"], 0),
    (&["without", "fail"], 0),
    (&["without", "doubt"], 0),
    (&["without", "a", "doubt"], 0),
    (&["without", "question"], 0),
    (&["without", "delay"], 0),
    (&["without", "exception"], 0),
    (&["nothing", "short", "of"], 0),
    (&["nothing", "less", "than"], 0),
    (&["nothing", "but"], 0),
    (&["nothing", "if", "not"], 0),
    (&["no", "later", "than"], 0),
    (&["no", "sooner", "than"], 0),
    (&["no", "earlier", "than"], 0),
    (&["no", "more", "than"], 0),
    (&["no", "less", "than"], 0),
    (&["no", "fewer", "than"], 0),
    (&["no", "small"], 0),
    (&["no", "little"], 0),
    (&["no", "mean"], 0),
    (&["no", "doubt"], 0),
    (&["no", "wonder"], 0),
    // "came as no surprise" is «было ожидаемым» as much as «никого не удивило».
    (&["no", "surprise"], 0),
    (&["no", "end", "of"], 0),
    (&["not", "only"], 0),
    (&["not", "just"], 0),
    (&["not", "merely"], 0),
    (&["not", "least"], 0),
    (&["not", "to", "mention"], 0),
    (&["none", "other", "than"], 0),
    (&["none", "the", "less"], 0),
    (&["second", "to", "none"], 2),
    (&["in", "no", "time"], 1),
    (&["like", "never", "before"], 1),
    (&["say", "nothing", "of"], 1),
];

/// Whether token `k` of an English sentence is the negation word of an idiom of
/// [`EN_NOT_NEGATING`].
fn english_idiom_at(s: &Sentence, k: usize) -> bool {
    let visible: Vec<(usize, &str)> = s
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind != TokenKind::Space)
        .map(|(j, t)| (j, t.lower.as_str()))
        .collect();
    let Some(v) = visible.iter().position(|&(j, _)| j == k) else {
        return false;
    };
    if visible[v].1 == "without" && without_normalcy(&visible[v + 1..]) {
        return true;
    }
    EN_NOT_NEGATING.iter().any(|(pat, at)| {
        v.checked_sub(*at).is_some_and(|start| {
            start + pat.len() <= visible.len()
                && visible[start..start + pat.len()]
                    .iter()
                    .zip(pat.iter())
                    .all(|(&(_, w), p)| w == *p)
        })
    })
}

/// Nouns of a mishap that "without" turns into an idiom of normalcy: "landed without
/// incident" («в штатном режиме»), "without any problems", "ended without a winner"
/// («вничью»).
const EN_MISHAPS: &[&str] = &[
    "incident",
    "incidents",
    "problem",
    "problems",
    "issue",
    "issues",
    "trouble",
    "troubles",
    "complication",
    "complications",
    "mishap",
    "mishaps",
    "interruption",
    "interruptions",
    "disruption",
    "disruptions",
    "delay",
    "delays",
    "hitch",
    "hitches",
    "glitch",
    "glitches",
    "winner",
];

/// Whether the words after a "without" (word, text) name a mishap of [`EN_MISHAPS`],
/// past at most two of "a", "any", "major", "serious", "significant", "further".
fn without_normalcy(after: &[(usize, &str)]) -> bool {
    after
        .iter()
        .take(3)
        .find(|(_, w)| {
            !matches!(
                *w,
                "a" | "any" | "major" | "serious" | "significant" | "further"
            )
        })
        .is_some_and(|(_, w)| EN_MISHAPS.contains(w))
}

/// Whether every English negation of the bead is a word the source itself writes in
/// Latin letters.
fn negations_copied(ctx: &Context, b: &crate::align::Bead) -> bool {
    let (src, tgt) = (ctx.source(), ctx.target());
    let source: String = b
        .source
        .clone()
        .map(|g| src.sentence_text(g))
        .collect::<Vec<_>>()
        .join(" ");
    b.target.clone().all(|g| {
        let s = tgt.sentence(g).1;
        (0..s.tokens.len())
            .filter(|&k| english_negation_at(s, k, ctx))
            .all(|k| copied_from_source(&s.tokens[k].lower, &source))
    })
}

/// Whether the source holds the word as written in Latin letters (a title or brand
/// copied over: «портал Eat This, Not That»).
fn copied_from_source(word: &str, source_text: &str) -> bool {
    let w = word.to_lowercase();
    source_text
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'')
        .any(|x| x.to_lowercase() == w)
}

/// Verbs that, with a particle a few words on, say what the Russian says with «не»:
/// "keep/stop … from" («чтобы регион не скатился» → "to keep the region from
/// sliding"), "advised/warned/decided against" («не рекомендовал заниматься
/// самолечением» → "advised against self-medication"). (verb beginnings, particle, reach)
const NEGATING_PHRASES: &[(&[&str], &str, usize)] = &[
    (&["keep", "kept", "stop"], "from", 5),
    // «не хватает врачей» → "is short of doctors".
    (&["short"], "of", 1),
    // «без сахара», «не облагается налогом» → "free of", "free from".
    (&["free"], "of", 1),
    (&["free"], "from", 1),
    // «не справился с управлением» → "lost control".
    (&["lost", "lose", "losing", "loss"], "control", 2),
    // «пока не приняло решения» → "has yet to decide".
    (&["yet"], "to", 1),
    // «не успели эвакуироваться» → "too late to evacuate", «не спешат возвращаться» →
    // "slow to return".
    (&["too"], "to", 3),
    (&["slow"], "to", 1),
    // «об этом не может быть и речи» → "is out of the question".
    (&["out"], "question", 3),
    // «не стала повышать цены» → "held off raising prices".
    (&["hold", "held"], "off", 1),
    (
        &[
            "opt",
            "chose",
            "choos",
            "advis",
            "warn",
            "caution",
            "recommend",
            "decid",
            "vote",
            "argu",
            "urg",
        ],
        "against",
        2,
    ),
];

/// The particle of the one of [`NEGATING_PHRASES`] the word at token `k` opens.
fn negating_phrase_at(s: &Sentence, k: usize) -> Option<&'static str> {
    let t = &s.tokens[k];
    if t.kind != TokenKind::Word {
        return None;
    }
    NEGATING_PHRASES
        .iter()
        .find(|(verbs, particle, reach)| {
            verbs.iter().any(|v| t.lower.starts_with(v))
                && s.tokens[k + 1..]
                    .iter()
                    .filter(|x| x.kind == TokenKind::Word)
                    .take(*reach)
                    .any(|x| x.lower == *particle)
        })
        .map(|(_, particle, _)| *particle)
}

/// English words negative by their ending («не покладая рук» "tirelessly", «не имеет
/// запахов» "odour-free", «не промокает» "waterproof") or only as whole words.
fn negative_suffix(w: &str) -> bool {
    let n = w.chars().count();
    (n > 6 && (w.ends_with("less") || w.ends_with("lessly") || w.ends_with("lessness")))
        || (n > 5 && (w.ends_with("-free") || w.ends_with("proof")))
        // «не подвержен истиранию» → "wear resistant"; whole words, since their stems
        // are "resistance" and "immunity".
        || matches!(w, "resistant" | "immune")
        // «уже не было» → "was gone" (the stem of "gone" is that of "go").
        || w == "gone"
}

/// How far after a negation "until" may stand in "not … until".
const UNTIL_REACH: usize = 8;

/// How many of the source's words each English construction may render; what renders a
/// source word is no negation the source lacks.
#[derive(Default)]
struct Budget {
    /// «без»: a "without" that renders one is no negation («нельзя принимать без
    /// назначения» → "can be taken without a prescription" has lost its negation).
    without: usize,
    /// «только», «лишь»: "not … until" renders «завершат только в 2026 году».
    only: usize,
}

/// Whether a "not" at word `i` of `words` is the "not … until" of «только».
fn not_until(words: &[&crate::segment::Token], i: usize) -> bool {
    words[i + 1..]
        .iter()
        .take(UNTIL_REACH)
        .take_while(|t| !matches!(t.lower.as_str(), "and" | "but" | "or"))
        .any(|t| matches!(t.lower.as_str(), "until" | "till" | "before"))
}

/// Negated clauses and negative words of an English sentence (each with its token); a
/// negative word that renders a word of the source (`rendered` holds the English stems
/// the source's words have in the lexicon: «пропущенный» "missed") or matches a
/// privative word of the source (`privatives`: «несбалансированным» "unbalanced")
/// stands for that word, not for a negated clause.
fn english_negations(
    s: &Sentence,
    ctx: &Context,
    budget: &mut Budget,
    rendered: &std::collections::HashSet<&str>,
    privatives: &mut usize,
) -> (usize, Vec<(usize, String)>) {
    let lang = ctx.pair().target;
    let mut n = 0;
    let mut lexical = Vec::new();
    let mut last: Option<usize> = None;
    let words: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    for (i, (k, t)) in s
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .enumerate()
    {
        if t.lower == "without" && budget.without > 0 {
            budget.without -= 1;
            continue;
        }
        // "no small feat" for «немалое достижение» or «не маленькое»: a negative word
        // for a lost negation, never a negated clause of its own.
        if lang.is_negation(&t.lower) && english_idiom_at(s, k) {
            lexical.push((k, t.lower.clone()));
            continue;
        }
        if english_negation_at(s, k, ctx) && budget.only > 0 && not_until(&words, i) {
            budget.only -= 1;
            continue;
        }
        // "does not ignite, emit a stench or poison the soil": one negation over a
        // list says what Russian says with a «не» for each verb.
        if t.lower == "or" && last.is_some() {
            lexical.push((k, t.lower.clone()));
            continue;
        }
        if english_negation_at(s, k, ctx) {
            if last.is_none_or(|l| i - l > 3) {
                n += 1;
            }
            last = Some(i);
        } else if t.lower.starts_with("un") && t.lower.len() > 5
            || t.lower.starts_with("non-")
            || negative_suffix(&t.lower)
            // "odour-free" split at its hyphen.
            || t.lower == "free" && k > 0 && s.tokens[k - 1].lower == "-"
        {
            if *privatives > 0 {
                *privatives -= 1;
            } else {
                lexical.push((k, t.lower.clone()));
            }
        } else if negative_stems(lang).contains(&t.stem)
            && (t.stem != "declin" || refusing_decline(s, k))
            // "rather than" renders «а не» even where «лучше» is "rather".
            && (!rendered.contains(t.stem.as_str())
                || matches!(t.lower.as_str(), "rather" | "instead" | "neither" | "nor"))
            // "make little of it" («не придают значения»), not "a little".
            || t.lower == "little" && i.checked_sub(1).is_none_or(|p| words[p].lower != "a")
        {
            lexical.push((k, t.lower.clone()));
        } else if let Some(particle) = negating_phrase_at(s, k) {
            lexical.push((k, format!("{} … {particle}", t.lower)));
        }
    }
    (n, lexical)
}

/// Whether the "decline" at token `k` is a refusal ("declined to comment", "declined
/// the offer"), not a fall ("the natural decline", "sales declined to 5%").
fn refusing_decline(s: &Sentence, k: usize) -> bool {
    let visible: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .collect();
    let Some(v) = visible.iter().position(|t| t.span == s.tokens[k].span) else {
        return false;
    };
    // A noun: "the decline", "a decline".
    if v > 0 && matches!(visible[v - 1].lower.as_str(), "the" | "a" | "its" | "their") {
        return false;
    }
    match visible.get(v + 1).map(|t| t.lower.as_str()) {
        // "declined to comment", not "declined to 5%".
        Some("to") => visible
            .get(v + 2)
            .is_some_and(|t| t.kind == TokenKind::Word),
        Some(
            "the" | "an" | "a" | "his" | "her" | "their" | "its" | "our" | "any" | "all" | "this"
            | "that" | "these" | "those" | "them" | "it" | "him" | "comment" | "comments"
            | "invitation" | "invitations" | "offer" | "offers" | "request" | "requests"
            | "proposal" | "proposals",
        ) => true,
        _ => false,
    }
}

/// Forms of "быть": "не было" is existential ("there was no", "was gone", "lacked") and
/// says nothing about how the English phrased it.
const COPULA: &[&str] = &[
    "быть",
    "был",
    "была",
    "было",
    "были",
    "будет",
    "будут",
    "есть",
    "является",
];

/// Words after «ни» that belong to it: «ни одного происшествия», «ни разу».
const NI_PARTS: &[&str] = &["один", "одного", "одной", "одна", "одну", "одним", "разу"];

/// The words a negation `cue` (a span of `s`) governs: the predicate after «не»
/// (skipping a copula: "не была готова"), with the infinitive it takes («не стал
/// комментировать», «не сумел защитить»); at the end of the clause the passive
/// participle just before it («побочных эффектов выявлено не было»); the noun after «ни
/// одного» or the predicate of its «не»; what there is none of in «X нет». Empty when
/// the negation governs no word («младенца в палате уже не было», "was gone").
/// `without`: the clause is a double negation with «без» («не страдает без работы»).
fn negated_words<'a>(
    ctx: &Context,
    s: &'a Sentence,
    cue: &std::ops::Range<usize>,
) -> (Vec<&'a crate::segment::Token>, bool) {
    let lang = ctx.pair().source;
    // Words and the punctuation that ends a clause.
    let words: Vec<_> = s
        .tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word || matches!(t.lower.as_str(), "," | ";" | ":" | "—" | "–")
        })
        .collect();
    let is_word = |t: &crate::segment::Token| t.kind == TokenKind::Word;
    // The last token of the cue («ли» of «едва ли»).
    let Some(i) = words.iter().rposition(|t| t.span.start < cue.end) else {
        return (Vec::new(), false);
    };
    let cue_word = words[i].lower.as_str();
    let skip = ["же", "бы", "ли", "то", "уже", "ещё", "еще"];
    let meaningful = |t: &&&crate::segment::Token| {
        is_word(t)
            && !skip.contains(&t.lower.as_str())
            && !COPULA.contains(&t.lower.as_str())
            && !NI_PARTS.contains(&t.lower.as_str())
            && !lang.is_negation(&t.lower)
            && !lang.is_stopword(&t.lower)
    };
    // The words after the cue, up to the end of its clause.
    let after = || words[i + 1..].iter().take_while(|t| is_word(t));
    let without = after().any(|t| t.lower.starts_with("без"));
    let after_ne = |j: usize| {
        // «выявлено не было», and the infinitive of a future «сокращаться не будут»
        // (the same as «не будут сокращаться»).
        let future = words.get(j + 1).is_some_and(|t| t.lower.starts_with("буд"));
        let before = j.checked_sub(1).map(|p| &words[p]).filter(|t| is_word(t));
        // Not the "-ти" of a noun («власти не будут»).
        let verb = |t: &&&crate::segment::Token| infinitive(&t.lower) && !t.lower.ends_with("ти");
        if let Some(inf) = before.filter(|t| future && verb(t)) {
            return Some(inf);
        }
        let participle_before =
            || before.filter(|t| t.lower.ends_with("но") || t.lower.ends_with("то"));
        words[j + 1..]
            .iter()
            .take_while(|t| is_word(t))
            .find(|t| !skip.contains(&t.lower.as_str()) && !COPULA.contains(&t.lower.as_str()))
            .or_else(participle_before)
    };
    let w = if cue_word == "нет" && after().next().is_none() {
        // «Угрозы населённым пунктам нет»: what there is none of opens the clause.
        let start = words[..i]
            .iter()
            .rposition(|t| !is_word(t))
            .map_or(0, |p| p + 1);
        words[start..i].iter().find(meaningful)
    } else if cue_word == "не" {
        after_ne(i)
    } else if lang.is_negation(cue_word) && cue_word != "нет" {
        // «никто не пострадал», «ни одного происшествия … не было»: the predicate of
        // the «не» that goes with it, else (a copula) the word after the cue. Without a
        // «не» it is no clause negation («каким-то никаким» "worthless").
        match after().position(|t| t.lower == "не" || t.lower == "нет") {
            Some(p) if words[i + 1 + p].lower == "не" => {
                after_ne(i + 1 + p).or_else(|| after().find(meaningful))
            }
            Some(_) => after().find(meaningful),
            None => None,
        }
    } else {
        // «едва ли помогут», «нет угрозы».
        after().find(meaningful)
    };
    let Some(w) = w else {
        return (Vec::new(), without);
    };
    let w: &'a crate::segment::Token = w;
    let mut out = vec![w];
    // «не стал комментировать»: the infinitive carries the meaning of an auxiliary (not
    // of «не забудьте взять», "remember to take").
    if let Some(next) = words
        .iter()
        .position(|t| std::ptr::eq(*t, w))
        .filter(|_| AUXILIARIES.iter().any(|a| w.lower.starts_with(a)) || w.lower == "надо")
        .and_then(|p| words.get(p + 1))
        .filter(|t| is_word(t) && infinitive(&t.lower))
    {
        out.push(*next);
    }
    (out, without)
}

/// Beginnings of Russian verbs that take an infinitive for their meaning: «стал», «мочь»,
/// «суметь», «хотеть», «начать», «собираться», «планировать», «пытаться», «успеть»,
/// and the «придётся», «нужно», «обязан» of obligation.
/// Not «спешить»: «не спешит возвращаться» is "slow to return", not "does not return".
const AUXILIARIES: &[&str] = &[
    "стал",
    "стан",
    "мож",
    "мог",
    "смог",
    "смож",
    "сумел",
    "сумеет",
    "сумеют",
    "умел",
    "умеет",
    "умеют",
    "хоч",
    "хотел",
    "хотят",
    "хотим",
    "захот",
    "нача",
    "начин",
    "собира",
    "планир",
    "намер",
    "пыта",
    "попыт",
    "успе",
    // «не придётся платить», «не нужно платить», «не обязаны платить» → "will have to
    // pay": the infinitive says what is reversed.
    "придет",
    "придёт",
    "пришлось",
    "нужн",
    "обязан",
];

/// A Russian infinitive («комментировать», «защитить», «сдержаться», «помочь»).
fn infinitive(w: &str) -> bool {
    w.chars().count() > 4
        && ["ть", "ться", "ти", "тись", "чь", "чься"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// The English stems the lexicon gives for a source word; a form the stemmer leaves
/// whole falls back to its longest prefix (of five letters or more, at most three
/// letters short) that the lexicon knows («вырастут» → «выраст»), a past form to its
/// base («знал» → «зна»).
fn renderings<'a>(ctx: &'a Context, t: &crate::segment::Token) -> Option<&'a [String]> {
    let lexicon = &ctx.pair().lexicon;
    let chars: Vec<char> = t.lower.chars().collect();
    let prefix = |n: usize| lexicon.get(&chars[..n].iter().collect::<String>());
    lexicon
        .get(&t.stem)
        .or_else(|| {
            (chars.len().saturating_sub(3).max(5)..chars.len())
                .rev()
                .find_map(prefix)
        })
        .or_else(|| {
            ["л", "ла", "ло", "ли"]
                .iter()
                .find(|e| t.lower.ends_with(*e))
                .map(|e| chars.len() - e.chars().count())
                .filter(|&n| n >= 3)
                .and_then(prefix)
        })
}

/// Renderings the lexicon lacks for verbs that news often negates, which the rule
/// needs to tell a reversed verb («не выступит» → "will compete") from a paraphrase:
/// (Russian beginnings, English stems).
const MORE_RENDERINGS: &[(&[&str], &[&str])] = &[
    (
        &["выступ"],
        &["compet", "particip", "race", "skate", "play"],
    ),
    (
        &["поед", "поех", "едет", "едут", "ездит"],
        &["go", "travel", "visit", "attend"],
    ),
    (
        &["вышл", "вышел", "вышли", "выйт", "выйд"],
        &["reach", "start", "advanc", "qualifi", "enter"],
    ),
    (
        &["пострада", "постраж"],
        &["casualti", "harm", "damag", "wound"],
    ),
    (
        &["отстава", "отстаё", "отстае", "отстают", "отстан"],
        &["lag", "trail"],
    ),
];

/// The stem of an English word in American spelling ("recognises" → "recogn", as the
/// lexicon has it).
fn american_stem(ctx: &Context, e: &crate::segment::Token) -> Option<String> {
    ["is", "ys"].iter().find_map(|from| {
        let i = e.lower.rfind(from)?;
        let rest = &e.lower[i + 2..];
        ["e", "es", "ed", "ing", "ation", "ations", "er", "ers"]
            .contains(&rest)
            .then(|| {
                let to = if *from == "is" { "iz" } else { "yz" };
                ctx.pair()
                    .target
                    .stem(&format!("{}{to}{rest}", &e.lower[..i]))
            })
    })
}

/// Whether an English word renders the source word `t` by the lexicon.
fn rendered_in(ctx: &Context, t: &crate::segment::Token, english: &[&Sentence]) -> bool {
    let more: Vec<&str> = MORE_RENDERINGS
        .iter()
        .filter(|(ru, _)| ru.iter().any(|p| t.lower.starts_with(p)))
        .flat_map(|(_, en)| en.iter().copied())
        .collect();
    let cands = renderings(ctx, t).unwrap_or(&[]);
    if cands.is_empty() && more.is_empty() {
        return false;
    }
    let is = |stem: &str| cands.iter().any(|c| c == stem) || more.contains(&stem);
    english
        .iter()
        .flat_map(|e| e.tokens.iter())
        .filter(|e| e.kind == TokenKind::Word)
        .any(|e| is(&e.stem) || american_stem(ctx, e).is_some_and(|s| is(&s)))
}

/// Whether the English says, without negation, the very thing the Russian negates: a
/// word the negation `cue` (a span of `s`) governs has a lexicon rendering in the
/// English ("не исключает" → "excludes", «Угрозы … нет» → "There is a threat", «ни
/// одного происшествия» → "an incident", «не стал комментировать» → "commented"). Only
/// then is a lost negation certain enough for an error.
fn negated_word_rendered(
    ctx: &Context,
    s: &Sentence,
    cue: &std::ops::Range<usize>,
    english: &[&Sentence],
) -> bool {
    let (words, without) = negated_words(ctx, s, cue);
    // «не страдает без работы», «не останется без ответа»: a double negation, often
    // rendered as an affirmation ("have plenty of work"); unless the English keeps the
    // "without" («ни один центр не заработает без людей» → "every center will work
    // without people").
    let english_without = english
        .iter()
        .flat_map(|e| e.tokens.iter())
        .any(|t| t.lower == "without");
    if without && !english_without {
        return false;
    }
    // After an auxiliary the infinitive decides: «не хотел уходить» → "wanted to stay"
    // keeps "want" and reverses "leave".
    words.last().is_some_and(|w| rendered_in(ctx, w, english))
}

/// Beginnings of Russian verbs of being able or managing («не смогла», «не сумел», «не
/// удалось»).
const RU_ABILITY: &[&str] = &["смог", "смож", "сумел", "сумеет", "сумеют", "удал"];

/// English phrases that assert ability or success ("was able to", "managed to").
const EN_ABILITY: &[&[&str]] = &[
    &["able", "to"],
    &["managed", "to"],
    &["manages", "to"],
    &["succeeded"],
    &["succeeds"],
];

/// English adverbs that say something came about in the end ("has finally been
/// completed"), the opposite of «так и не».
const EN_IN_THE_END: &[&[&str]] = &[
    &["finally"],
    &["eventually"],
    &["ultimately"],
    &["at", "last"],
];

/// Whether the English asserts the opposite of the negated clause at `cue` even where
/// it renders the negated verb with a word the lexicon lacks: a negated «смог», «сумел»,
/// «удалось» against "was able to", "managed to" («не смогла выплатить» → "was able to
/// repay"); «так и не» ("never in the end") against "finally", "eventually".
fn opposite_asserted(
    ctx: &Context,
    s: &Sentence,
    cue: &std::ops::Range<usize>,
    english: &[&Sentence],
) -> bool {
    let (negated, _) = negated_words(ctx, s, cue);
    let ability = negated
        .first()
        .is_some_and(|w| RU_ABILITY.iter().any(|p| w.lower.starts_with(p)));
    if ability
        && EN_ABILITY
            .iter()
            .any(|p| find_phrase(english, p, &[]).is_some())
    {
        return true;
    }
    let before: Vec<&str> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.span.end <= cue.start)
        .map(|t| t.lower.as_str())
        .collect();
    before.ends_with(&["так", "и"])
        && EN_IN_THE_END
            .iter()
            .any(|p| find_phrase(english, p, &[]).is_some())
}

/// Positive English renderings of a negated Russian predicate, the meaning of "not X"
/// in a word or phrase: (beginnings of the negated word or of the infinitive it takes,
/// `=` for an exact form; English phrases). A phrase is a list of words, each within
/// three words of the one before; `*` ends a word beginning. They count only when the
/// English does not render the negated word itself ("ruled out" for «не исключают»).
type NegatedAs = (&'static [&'static str], &'static [&'static [&'static str]]);
const NEGATED_AS: &[NegatedAs] = &[
    // «не исключают, что ставка вырастет» → "the rate may/could rise", "possibly".
    (
        &["исключ"],
        &[
            &["may"],
            &["might"],
            &["could"],
            &["can"],
            &["possib*"],
            &["likel*"],
            &["perhaps"],
            &["probabl*"],
            &["potential*"],
            &["chance*"],
            // «Минфин не исключает корректировки» → "is open to changing", "is
            // considering".
            &["open", "to"],
            &["consider*"],
        ],
    ),
    // «не согласился с позицией» → "disputed", "challenged", "contested".
    (
        &["согла"],
        &[
            &["disput*"],
            &["challeng*"],
            &["contest*"],
            &["object*"],
            &["oppos*"],
            &["rebut*"],
        ],
    ),
    // «не поддерживают реформу» → "oppose", "voted down", "are against".
    (
        &["поддерж"],
        &[
            &["oppos*"],
            &["against"],
            &["vot*", "down"],
            &["turn*", "down"],
            &["block*"],
            &["objected"],
            &["objecting"],
            &["critic*"],
        ],
    ),
    // «не ограничиваться индексацией» → "go further than", "beyond".
    (
        &["огранич"],
        &[
            &["beyond"],
            &["further"],
            &["farther"],
            &["more", "than"],
            &["extend*"],
            &["expand*"],
            &["addition*"],
        ],
    ),
    // Not stopping is going on: «не будут заморожены», «не остановят», «не закроют» →
    // "continue", "go on", "keep", "remain open".
    (
        &[
            "замор",
            "останов",
            "приостанов",
            "законч",
            "заканч",
            "заверш",
            "отмен",
            "закры",
            "закро",
            "прерв",
            "прерыв",
            "сверн",
            "сворач",
        ],
        &[
            &["continu*"],
            &["go*", "on"],
            &["carr*", "on"],
            &["keep*"],
            &["kept"],
            &["ongoing"],
            &["still"],
            &["resum*"],
            &["open*"],
        ],
    ),
    // Not growing is standing still: «не индексировались», «не повышали» → "frozen".
    (
        &[
            "индекс",
            "повыс",
            "повыш",
            "подним",
            "подня",
            "раст",
            "=рос",
            "=росла",
            "=росло",
            "=росли",
            "выраст",
            "вырос",
            "увелич",
            "дорож",
            "подорож",
        ],
        &[
            &["froz*"],
            &["freez*"],
            &["flat"],
            &["stagnat*"],
            &["stall*"],
            &["steady"],
            &["stable"],
        ],
    ),
    // «цены не изменились» → "held steady", "were flat".
    (
        &["измен", "поменя", "меняе", "меняю", "менял"],
        &[
            &["steady"],
            &["stable"],
            &["flat"],
            &["same"],
            &["constant"],
            &["intact"],
        ],
    ),
    // «не скрывал разочарования» → "was openly disappointed", "admitted".
    (
        &["скрыва", "скрыл", "скрыт", "скро"],
        &[
            &["open*"],
            &["frank*"],
            &["candid*"],
            &["plain*"],
            &["public*"],
            &["admit*"],
            &["clear*"],
            &["visibl*"],
            &["obvious*"],
            &["evident*"],
        ],
    ),
    // Not keeping is losing: «не сумел защитить титул» → "lost his title".
    (
        &["защит", "защищ", "сохран", "удерж", "отсто"],
        &[
            &["lost"],
            &["lose*"],
            &["losing"],
            &["relinquish*"],
            &["surrender*"],
            &["forfeit*"],
            &["conced*"],
            &["gave", "up"],
            &["giv*", "up"],
        ],
    ),
    // Not holding back is showing: «не смогла сдержать слёз» → "was in tears".
    (
        &["сдерж", "удерж"],
        &[
            &["tear*"],
            &["cried"],
            &["cry*"],
            &["wept"],
            &["weep*"],
            &["burst*"],
            &["broke", "down"],
            &["sob*"],
            &["laugh*"],
        ],
    ),
    // «не превысит 1,5 трлн» → "stay within", "below", "at most".
    (
        &["превыс", "превыш"],
        &[
            &["within"],
            &["below"],
            &["under"],
            &["at", "most"],
            &["up", "to"],
            &["maximum"],
            &["cap*"],
            &["limit*"],
            &["less", "than"],
        ],
    ),
    // Not surviving is dying: «пилот не выжил» → "the pilot died".
    (
        &["выжи", "уцеле"],
        &[
            &["died"],
            &["die*"],
            &["dead"],
            &["death*"],
            &["killed"],
            &["perish*"],
            &["lost"],
        ],
    ),
    // Not hurt is safe: «никто не пострадал» → "all passengers are safe".
    (
        &["пострада", "постраж"],
        &[&["safe*"], &["escap*"], &["intact"], &["spared"]],
    ),
    // No threat is safety: «угрозы посёлкам нет» → "the villages are safe".
    (
        &["угроз", "опасн"],
        &[&["safe*"], &["secure"], &["out", "of", "danger"]],
    ),
    // Not planning is ruling out: «клуб не планирует покупок» → "ruled out signings".
    (
        &["планир", "намер", "собира"],
        &[&["rul*", "out"], &["dismiss*"], &["reject*"]],
    ),
    // Not observing is breaking: «не соблюдали режим» → "violated the lockdown".
    (
        &["соблюд", "выполн", "исполн"],
        &[
            &["violat*"],
            &["breach*"],
            &["broke"],
            &["break*"],
            &["flout*"],
            &["defi*"],
            &["disobey*"],
        ],
    ),
    // «никто не ожидал» → "came as a surprise".
    (&["ожид"], &[&["surpris*"], &["shock*"]]),
    // Not working is closed: «магазины не работают» → "shops are closed".
    (
        &["работа"],
        &[&["closed"], &["shut*"], &["idle"], &["down"]],
    ),
    // Not forgetting is remembering: «не забудьте взять паспорт» → "remember to".
    (
        &["забы", "забуд"],
        &[&["remember*"], &["recall*"], &["mind"]],
    ),
    // «матч не состоялся» → "was called off", "cancelled", "fell through".
    (
        &["состо"],
        &[
            &["cancel*"],
            &["postpon*"],
            &["call*", "off"],
            &["put", "off"],
            &["scrap*"],
            &["delay*"],
            &["fell", "through"],
            &["fall*", "through"],
        ],
    ),
    // «мост не выдержал нагрузки» → "collapsed", "gave way".
    (
        &["выдерж", "выдюж"],
        &[
            &["collaps*"],
            &["gave", "way"],
            &["giv*", "way"],
            &["broke"],
            &["crack*"],
            &["buckl*"],
        ],
    ),
    // «не получил поддержки» → "was rebuffed", "was snubbed".
    (&["получ"], &[&["rebuff*"], &["snub*"], &["turn*", "down"]]),
    // «реформа не коснётся пенсионеров» → "pensioners will be spared".
    (&["косн", "касает", "касают", "затрон"], &[&["spare*"]]),
    // «не прошло и недели» → "less than a week later", "within a week".
    (
        &["=прошло", "=прошла", "=прошел", "=прошли", "=пройдет"],
        &[&["less"], &["within"], &["only"], &["just"], &["under"]],
    ),
];

/// A verb of staying with a word of place or state renders many a negated predicate:
/// «не выходить на лёд» → "stay off the ice", «не приближаться» → "keep away", «пока не
/// закрывают» → "remain open", «не изменились» → "held steady". (verbs, what follows
/// within three words)
const STAY_AS: &[(&[&str], &[&str])] = &[
    // "remain in hospital", "remains in custody" («пока не выписаны», «не освобождён»),
    // "stayed at 7.5%".
    (&["stay*", "remain*"], &["in", "at"]),
    (
        &["stay*", "remain*", "keep*", "kept"],
        &[
            "off",
            "away",
            "out",
            "back",
            "behind",
            "open",
            "closed",
            "shut",
            "unchanged",
            "steady",
            "stable",
            "flat",
            "intact",
            "within",
            "below",
            "under",
            "silent",
            "quiet",
            "still",
            "awake",
            "busy",
            "home",
            "indoors",
            "inside",
            "clear",
            "level",
            "constant",
            "same",
            "firm",
        ],
    ),
    // Not "held under", "held at": the meeting held.
    (
        &["hold*", "held"],
        &[
            "steady",
            "stable",
            "flat",
            "firm",
            "level",
            "constant",
            "unchanged",
        ],
    ),
];

/// Adverbs before «не» of what has not happened yet («пока не вступил в силу», «ещё не
/// принято», «до сих пор не», «по-прежнему не») and the English words that say it
/// without a negation: "can still be appealed", "still pending".
const NOT_YET: &[&str] = &["пока", "ещё", "еще", "пор", "прежнему"];
const EN_NOT_YET: &[&[&str]] = &[
    &["still"],
    &["pending"],
    &["await*"],
    &["remain*", "to", "be"],
];

/// Whether an English word matches a pattern of [`NEGATED_AS`] (`*`: a beginning).
fn en_word_is(w: &str, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(p) => w.starts_with(p),
        None => w == pat,
    }
}

/// Where an English phrase starts in `english` (sentence, token) that is not in `used`,
/// and its words.
fn find_phrase(
    english: &[&Sentence],
    phrase: &[&str],
    used: &[(usize, usize)],
) -> Option<((usize, usize), String)> {
    english.iter().enumerate().find_map(|(e, s)| {
        let words: Vec<(usize, &str)> = s
            .tokens
            .iter()
            .enumerate()
            .filter(|(_, t)| t.kind == TokenKind::Word)
            .map(|(k, t)| (k, t.lower.as_str()))
            .collect();
        (0..words.len()).find_map(|i| {
            let at = (e, words[i].0);
            if used.contains(&at) || !en_word_is(words[i].1, phrase[0]) {
                return None;
            }
            let mut found = vec![words[i].1];
            let mut last = i;
            for pat in &phrase[1..] {
                last = (last + 1..words.len())
                    .take(3)
                    .find(|&j| en_word_is(words[j].1, pat))?;
                found.push(words[last].1);
            }
            Some((at, found.join(" … ")))
        })
    })
}

/// The English phrase that says positively what the negated clause at `cue` says with
/// «не» («не поддерживают» → "oppose", «пока не принято» → "still pending", «не выходить
/// на лёд» → "stay off"), unless the English renders the negated word itself (then the
/// negation is lost: «не исключают» → "ruled out … could"). The phrase's start goes into
/// `used`, so one phrase renders one clause.
fn negation_rendered_as(
    ctx: &Context,
    s: &Sentence,
    cue: &std::ops::Range<usize>,
    english: &[&Sentence],
    used: &mut Vec<(usize, usize)>,
) -> Option<String> {
    // «…, пока цены не вернутся» is "until prices return": the «не» belongs to the
    // conjunction, and the English keeps the verb ("return") without a negation.
    if until_clause(s, cue) {
        for p in [&["until"][..], &["till"], &["unless"], &["before"]] {
            if let Some((at, words)) = find_phrase(english, p, used) {
                used.push(at);
                return Some(words);
            }
        }
    }
    let (negated, _) = negated_words(ctx, s, cue);
    // After an auxiliary the infinitive decides («не хотел уходить» → "wanted to stay").
    if negated.last().is_none_or(|w| rendered_in(ctx, w, english)) {
        return None;
    }
    let ru_is = |w: &str, pat: &str| match pat.strip_prefix('=') {
        Some(exact) => w == exact,
        None => w.starts_with(pat),
    };
    let mut phrases: Vec<Vec<&str>> = NEGATED_AS
        .iter()
        .filter(|(ru, _)| {
            negated
                .iter()
                .any(|w| ru.iter().any(|p| ru_is(&w.lower, p)))
        })
        .flat_map(|(_, en)| en.iter().map(|p| p.to_vec()))
        .collect();
    let before: Vec<&str> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.span.end <= cue.start)
        .map(|t| t.lower.as_str())
        .collect();
    if before.iter().rev().take(2).any(|w| NOT_YET.contains(w)) {
        phrases.extend(EN_NOT_YET.iter().map(|p| p.to_vec()));
    }
    // «ни один пуск не закончился аварией» → "all launches were successful": a mishap
    // denied is a success asserted; only with the mishap in the negated clause.
    if clause_after(s, cue)
        .iter()
        .any(|w| RU_MISHAPS.iter().any(|m| w.starts_with(m)))
    {
        phrases.extend(EN_SUCCESS.iter().map(|p| vec![*p]));
    }
    for (verbs, what) in STAY_AS {
        for v in *verbs {
            for w in *what {
                phrases.push(vec![v, w]);
            }
        }
    }
    phrases.iter().find_map(|p| {
        let (at, words) = find_phrase(english, p, used)?;
        used.push(at);
        Some(words)
    })
}

/// Beginnings of Russian nouns of a mishap («аварией», «катастрофы», «сбоев»).
const RU_MISHAPS: &[&str] = &[
    "авари",
    "катастроф",
    "крушени",
    "инцидент",
    "происшеств",
    "сбо",
    "поломк",
    "неполад",
    "неудач",
    "провал",
];

/// English words that assert the success a denied mishap implies.
const EN_SUCCESS: &[&str] = &[
    "success*",
    "safe*",
    "smooth*",
    "flawless*",
    "uneventful*",
    "intact",
    "unscathed",
];

/// The lower-case words after `cue` up to the end of its clause.
fn clause_after<'a>(s: &'a Sentence, cue: &std::ops::Range<usize>) -> Vec<&'a str> {
    s.tokens
        .iter()
        .filter(|t| t.span.start >= cue.end && t.kind != TokenKind::Space)
        .take_while(|t| t.kind == TokenKind::Word)
        .map(|t| t.lower.as_str())
        .collect()
}

/// Whether the «не» at `cue` is in a clause opened by the conjunction «пока» ("until"):
/// «пока» at the start of the sentence or of a clause (after a comma, a dash or «до тех
/// пор»), not the adverb of «решение пока не принято» ("not yet").
fn until_clause(s: &Sentence, cue: &std::ops::Range<usize>) -> bool {
    let toks: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|t| t.kind != TokenKind::Space && t.span.end <= cue.start)
        .collect();
    let Some(at) = toks.iter().rposition(|t| t.lower == "пока") else {
        return false;
    };
    // Another clause between «пока» and «не» ("…, пока шли переговоры, цены не росли").
    if toks[at + 1..].iter().any(|t| t.kind == TokenKind::Punct) {
        return false;
    }
    at == 0 || toks[at - 1].kind == TokenKind::Punct || toks[at - 1].lower == "пор"
}

/// English words that render the "almost" of «чуть не».
const EN_ALMOST: &[&str] = &["almost", "nearly", "narrowly", "barely", "close", "near"];

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("negation-mismatch");
    for (b, _) in super::aligned_sentences(ctx) {
        let english: Vec<&Sentence> = b.target.clone().map(|g| tgt.sentence(g).1).collect();
        let english_has = |list: &[&str]| {
            english
                .iter()
                .flat_map(|e| e.tokens.iter())
                .any(|t| t.kind == TokenKind::Word && list.contains(&t.lower.as_str()))
        };
        let english_compares = english_has(EN_COMPARATIVE);
        let english_almost = english_has(EN_ALMOST);
        let mut ru_neg = 0;
        let mut ru_lex = false;
        // The first Russian negation cue and the first «чуть не»: (sentence, span).
        let mut first_cue = None;
        let mut almost = None;
        // Every clause's cue: (sentence, span).
        let mut cues = Vec::new();
        let mut budget = Budget::default();
        for g in b.source.clone() {
            let (_, s, _, _) = src.sentence(g);
            let found = russian_negations(s, ctx, english_compares);
            ru_neg += found.clauses;
            // The fold holds only if the English negates its main clause: "will achieve
            // its goals, as the previous ones did not" kept the negation of the
            // comparison only.
            if found.folded_comparison && negated_only_in_comparison(&english, ctx) {
                ru_neg += 1;
            }
            ru_lex |= found.idiom || russian_negative_lexical(s);
            // «впервые покажут» is "have never been shown before"; an English that says
            // "first" has rendered it, and its negation is the translation's own.
            ru_lex |= s
                .tokens
                .iter()
                .any(|t| t.kind == TokenKind::Word && t.lower == "впервые")
                && !english_has(&["first", "firstly"]);
            // «чуть не» rendered "nearly" is no negation either way.
            ru_lex |= found.almost.is_some() && english_almost;
            first_cue = first_cue.or(found.cue.map(|c| (g, c)));
            cues.extend(found.cues.into_iter().map(|c| (g, c)));
            almost = almost.or(found.almost.map(|c| (g, c)));
            for t in s.tokens.iter().filter(|t| t.kind == TokenKind::Word) {
                match t.lower.as_str() {
                    "без" | "безо" => budget.without += 1,
                    "только" | "лишь" => budget.only += 1,
                    _ => {}
                }
            }
        }
        // English stems the source's words have in the lexicon, and the source's
        // privative words: what renders them is no negation of a clause.
        let mut rendered = std::collections::HashSet::new();
        let mut privatives = 0;
        for g in b.source.clone() {
            for t in src.sentence(g).1.tokens.iter() {
                if t.kind != TokenKind::Word {
                    continue;
                }
                if russian_privative(&t.lower) {
                    privatives += 1;
                }
                if let Some(c) = renderings(ctx, t) {
                    rendered.extend(c.iter().map(String::as_str));
                }
            }
        }
        let ru_only = budget.only;
        // A refusal verb of the source and whether the English says any refusal.
        let refusal = b.source.clone().find_map(|g| {
            src.sentence(g)
                .1
                .tokens
                .iter()
                .find(|t| {
                    t.kind == TokenKind::Word
                        && (t.lower.starts_with("отказал") || t.lower.starts_with("отказыва"))
                })
                .map(|t| (g, t.span.clone()))
        });
        let english_refuses = b.target.clone().any(|g| {
            tgt.sentence(g).1.tokens.iter().any(|t| {
                t.kind == TokenKind::Word && EN_REFUSAL_STEMS.iter().any(|p| t.lower.starts_with(p))
            })
        });
        let mut en_neg = 0;
        let mut en_words = Vec::new();
        // The English words counted, by (sentence of the bead, token).
        let mut used = Vec::new();
        for (e, g) in b.target.clone().enumerate() {
            let (_, s, _, _) = tgt.sentence(g);
            let (n, l) = english_negations(s, ctx, &mut budget, &rendered, &mut privatives);
            en_neg += n;
            for (k, w) in l {
                used.push((e, k));
                en_words.push(w);
            }
        }
        // Negated clauses the English says positively ("oppose" for «не поддерживают»,
        // "stay off" for «не выходить на»): each takes one English phrase that no other
        // clause took.
        if ru_neg > en_neg + en_words.len() {
            for (g, cue) in &cues {
                if let Some(phrase) =
                    negation_rendered_as(ctx, src.sentence(*g).1, cue, &english, &mut used)
                {
                    en_words.push(phrase);
                }
            }
        }
        let en_lex = en_words.len();
        let confident = b.shape() == (1, 1) && b.confidence >= 0.9;
        // All negation gone is an error (when the pair is certain); one negated clause
        // of several gone is a warning: clause counts vary more between languages.
        // «никогда не снимал того, во что не верил» → "only filmed what he believed
        // in": two negations make a restriction.
        let restriction = ru_neg >= 2 && ru_only == 0 && english_has(&["only", "solely"]);
        let all_lost = ru_neg > 0 && en_neg == 0 && en_lex == 0 && !restriction;
        let one_lost = ru_neg > en_neg + en_lex && !all_lost && !restriction;
        if all_lost || one_lost {
            // The negation cue, in whichever sentence of the bead holds it (a bead may
            // merge two); else the first sentence.
            let (g, neg) = first_cue
                .clone()
                .unwrap_or_else(|| (b.source.start, src.sentence(b.source.start).1.span.clone()));
            let (unit, s, _, _) = src.sentence(g);
            let cue = &unit.text[neg.clone()];
            // A negated question is often a polite or rhetorical one («Не пробовали
            // такой?» "Have you tried one like this?"): never certain.
            let question = unit.text[s.span.clone()].trim_end().ends_with('?');
            // «Ни один из фильмов не был снят» → "All the films remained": a
            // negated "none" may come out as a positive "all".
            let words: Vec<&str> = s
                .tokens
                .iter()
                .filter(|t| t.kind == TokenKind::Word)
                .map(|t| t.lower.as_str())
                .collect();
            let none_as_all = words
                .windows(2)
                .any(|w| w[0] == "ни" && (w[1] == "один" || w[1].starts_with("одн")))
                && english_has(&[
                    "all",
                    "every",
                    "each",
                    "both",
                    "everyone",
                    "everybody",
                    "everything",
                ])
                // «ни один … не заработает без людей» → "every … will work without
                // people" keeps the «без» and loses the sense.
                && !english_has(&["without"]);
            let certain = confident
                && all_lost
                && !question
                && !none_as_all
                && (negated_word_rendered(ctx, s, &neg, &english)
                    || opposite_asserted(ctx, s, &neg, &english));
            let message = if all_lost {
                format!("the source is negated («{cue}») but the translation has no negation")
            } else {
                // Say what was counted: a count of negative words alone reads like a
                // count of negations the English does not have.
                let mut counted: Vec<String> = en_words.iter().map(|w| format!("'{w}'")).collect();
                if en_neg > 0 {
                    let s = if en_neg == 1 { "" } else { "s" };
                    counted.insert(0, format!("{en_neg} negation{s}"));
                }
                format!(
                    "the source has {ru_neg} negated clauses but the translation only {} ({})",
                    en_neg + en_lex,
                    counted.join(", ")
                )
            };
            out.push(
                Finding::new(r, message)
                    .severity(if certain {
                        r.severity
                    } else {
                        Severity::Warning
                    })
                    .source(src.span_in(g, neg))
                    .target(tgt.sentence_span(b.target.start)),
            );
        } else if let Some((g, span)) = almost.filter(|_| !english_almost && en_neg > ru_neg) {
            // «чуть не сбил» → "did not hit": what almost happened did not happen.
            let cue = &src.sentence(g).0.text[span.clone()];
            out.push(
                Finding::new(
                    r,
                    format!("the source says «{cue}» (almost) but the translation is negated"),
                )
                .severity(if confident {
                    r.severity
                } else {
                    Severity::Warning
                })
                .source(src.span_in(g, span))
                .target(tgt.sentence_span(b.target.start)),
            );
        } else if ru_neg == 0 && !ru_lex && en_neg > 0 && !negations_copied(ctx, b) {
            // The first English negation, in whichever sentence of the bead holds it.
            let (g, k) = b
                .target
                .clone()
                .find_map(|g| {
                    let s = tgt.sentence(g).1;
                    (0..s.tokens.len())
                        .find(|&k| english_negation_at(s, k, ctx))
                        .map(|k| (g, k))
                })
                .unwrap_or((b.target.start, 0));
            let (unit, s, _, _) = tgt.sentence(g);
            let neg = s.tokens.get(k).map_or(s.span.clone(), |t| t.span.clone());
            let cue = &unit.text[neg.clone()];
            // «Власти согласились» → "did not agree": the negated English word renders a
            // word of the source, so the translation says the opposite; certain when the
            // pair is, and no question.
            let question = unit.text[s.span.clone()].trim_end().ends_with('?');
            let certain = confident
                && !question
                && !source_stops(ctx, b)
                && verbal_negation(&s.tokens[k].lower)
                && plain_english_negation(s, k)
                && english_negated_word(s, k).is_some_and(|w| {
                    !ctx.pair().target.is_stopword(&w.lower)
                        && !EN_LIGHT_VERBS.contains(&w.lower.as_str())
                        && words_of(&src, b.source.clone())
                            .iter()
                            .any(|(_, t)| renders_english(ctx, t, w))
                });
            out.push(
                Finding::new(
                    r,
                    format!("the translation is negated («{cue}») but the source is not"),
                )
                .severity(if certain {
                    r.severity
                } else {
                    Severity::Warning
                })
                .source(src.sentence_span(b.source.start))
                .target(tgt.span_in(g, neg)),
            );
        } else if let Some((g, span, ge, espan, word)) = privative_reversed(ctx, b)
            .or_else(|| english_privative_reversed(ctx, b))
            .or_else(|| antonym_reversed(ctx, b, OPPOSITES))
            .or_else(|| contrast_swapped(ctx, b))
        {
            // «водитель был нетрезв» → "the driver was sober": the opposite word.
            let cue = &src.sentence(g).0.text[span.clone()];
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the source says «{cue}» but the translation says '{word}', its opposite"
                    ),
                )
                .severity(if confident {
                    r.severity
                } else {
                    Severity::Warning
                })
                .source(src.span_in(g, span))
                .target(tgt.span_in(ge, espan)),
            );
        } else if let Some((g, span, ge, espan, word)) =
            success_reversed(ctx, b).filter(|_| ru_neg == 0 && !ru_lex && en_neg == 0)
        {
            // «Команде удалось выйти в финал» → "The team failed to reach the final".
            let cue = &src.sentence(g).0.text[span.clone()];
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the source says «{cue}» (succeeded) but the translation says '{word}', its opposite"
                    ),
                )
                .severity(if confident {
                    r.severity
                } else {
                    Severity::Warning
                })
                .source(src.span_in(g, span))
                .target(tgt.span_in(ge, espan)),
            );
        } else if let Some((g, span)) =
            refusal.filter(|_| ru_neg == 0 && en_neg == 0 && !english_refuses)
        {
            // «отказался комментировать» → "commented": the refusal is gone; certain
            // when the English renders what was refused («от комментариев» → "commented").
            let (unit, s, _, _) = src.sentence(g);
            let cue = &unit.text[span.clone()];
            let certain = confident
                && !unit.text[s.span.clone()].trim_end().ends_with('?')
                && refused_word(ctx, s, &span).is_some_and(|w| rendered_in(ctx, w, &english));
            out.push(
                Finding::new(
                    r,
                    format!("the source says «{cue}» (refused) but the translation has no refusal"),
                )
                .severity(if certain {
                    r.severity
                } else {
                    Severity::Warning
                })
                .source(src.span_in(g, span))
                .target(tgt.sentence_span(b.target.start)),
            );
        }
    }
}

/// Beginnings of Russian verbs of stopping, which English may say as "not … since":
/// «индексацию приостановили в 2016 году» → "have not been indexed since 2016".
const RU_STOPPING: &[&str] = &[
    "приостан",
    "останов",
    "заморо",
    "заморажив",
    "прерв",
    "прерыв",
    "сверну",
    "свёрну",
    "сворач",
    "прекращ",
];

/// Whether the source of the bead has a verb of stopping: an English negation there may
/// paraphrase it, so it is never certain.
fn source_stops(ctx: &Context, b: &crate::align::Bead) -> bool {
    words_of(&ctx.source(), b.source.clone())
        .iter()
        .any(|(_, t)| RU_STOPPING.iter().any(|p| t.lower.starts_with(p)))
}

/// English words between a negation and the word it negates: auxiliaries, articles and
/// adverbs ("did not", "has never been", "will not even").
const EN_NEGATION_SKIP: &[&str] = &[
    "be",
    "been",
    "being",
    "is",
    "are",
    "was",
    "were",
    "am",
    "do",
    "does",
    "did",
    "have",
    "has",
    "had",
    "will",
    "would",
    "shall",
    "should",
    "can",
    "could",
    "may",
    "might",
    "must",
    "to",
    "yet",
    "even",
    "ever",
    "always",
    "also",
    "really",
    "quite",
    "fully",
    "entirely",
    "necessarily",
    "actually",
    "a",
    "an",
    "the",
    "any",
    "single",
];

/// Verbs too general to say what a negation reverses ("can't make any headway", "did
/// not go through"): an idiom as often as a verb of the source.
const EN_LIGHT_VERBS: &[&str] = &[
    "make", "makes", "made", "do", "does", "did", "done", "get", "gets", "got", "take", "takes",
    "took", "taken", "go", "goes", "went", "gone", "come", "comes", "came", "have", "give",
    "gives", "gave", "given", "let", "put", "keep", "kept", "see", "saw", "seen", "say", "said",
    "seem", "seems", "seemed", "look", "looks", "looked", "wait",
];

/// Whether an English negation word negates a verb ("not", "never", "didn't"), not a
/// noun: "No passengers died" for «Все пассажиры выжили» keeps the noun and reverses the
/// verb.
fn verbal_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "cannot") || w.ends_with("n't")
}

/// Whether an English negation at token `k` of `s` plainly negates its clause: not
/// "without" ("it goes without saying"), not hedged ("might not be convenient" for «как
/// кому удобно»), not an emphatic idiom ("can't recommend it enough", "couldn't agree
/// more", "can't be too careful", "not only … but").
fn plain_english_negation(s: &Sentence, k: usize) -> bool {
    let words: Vec<&str> = s
        .tokens
        .iter()
        .take(k)
        .filter(|t| t.kind == TokenKind::Word)
        .map(|t| t.lower.as_str())
        .collect();
    let hedged = words.last().is_some_and(|w| matches!(*w, "may" | "might"));
    let emphatic = s.tokens[k + 1..]
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .take_while(|t| t.kind == TokenKind::Word)
        .any(|t| {
            matches!(
                t.lower.as_str(),
                "enough" | "more" | "too" | "than" | "only" | "but" | "until" | "till" | "before"
            )
        });
    // "in no time" renders «в кратчайший срок».
    let in_no_time = s.tokens[k].lower == "no"
        && words.last() == Some(&"in")
        && english_negated_word(s, k).is_some_and(|w| w.lower == "time");
    s.tokens[k].lower != "without" && !hedged && !emphatic && !in_no_time
}

/// The English word a negation at token `k` of `s` negates: the first word after it,
/// past auxiliaries and adverbs, before any punctuation.
fn english_negated_word(s: &Sentence, k: usize) -> Option<&crate::segment::Token> {
    s.tokens
        .get(k + 1..)?
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| !EN_NEGATION_SKIP.contains(&t.lower.as_str()))
}

/// Whether the source word `t` has the English word `e` among its renderings.
fn renders_english(ctx: &Context, t: &crate::segment::Token, e: &crate::segment::Token) -> bool {
    let is = |stem: &str| {
        renderings(ctx, t).is_some_and(|c| c.iter().any(|x| x == stem))
            || MORE_RENDERINGS
                .iter()
                .any(|(ru, en)| ru.iter().any(|p| t.lower.starts_with(p)) && en.contains(&stem))
    };
    is(&e.stem) || american_stem(ctx, e).is_some_and(|s| is(&s))
}

/// The word a refusal verb at `span` of `s` governs: «отказался от комментариев»,
/// «отказался комментировать».
fn refused_word<'a>(
    ctx: &Context,
    s: &'a Sentence,
    span: &std::ops::Range<usize>,
) -> Option<&'a crate::segment::Token> {
    s.tokens
        .iter()
        .filter(|t| t.span.start >= span.end && t.kind != TokenKind::Space)
        .take_while(|t| t.kind == TokenKind::Word)
        .find(|t| {
            !matches!(t.lower.as_str(), "от" | "бы" | "же" | "ли")
                && !ctx.pair().source.is_stopword(&t.lower)
        })
}

/// English words that, just before a word, negate it or its degree: "not sober",
/// "hardly legal", "little-known", "failed to succeed", "far from certain".
const EN_BEFORE_NEGATED: &[&str] = &[
    "not",
    "n't",
    "no",
    "never",
    "hardly",
    "barely",
    "scarcely",
    "without",
    "non",
    "un",
    "less",
    "little",
    "lack",
    "lacks",
    "lacked",
    "lacking",
    "fail",
    "fails",
    "failed",
    "failing",
    "far",
    "anything",
    "nor",
    "neither",
    "none",
    "nothing",
    "nobody",
    "cannot",
    "nowhere",
    "short",
    "free",
    "instead",
    "rather",
    "lost",
    "loses",
    "lose",
    "losing",
    "end",
    "ended",
    "denied",
    "deny",
    "rid",
    "absence",
    "lacklustre",
    "too",
    "than",
    // «непогода» "bad weather", «нездоровье» "poor health", «неизвестно» "who knows".
    "bad",
    "poor",
    "ill",
    "who",
];

/// English words a privative's base may render that say an amount or a time, where
/// English turns the negation round: «немало» "quite a few", «неоднократно" "more than
/// once", «недолго» "before long", «некоторый» "some".
const EN_AMOUNT_WORDS: &[&str] = &[
    "few", "once", "little", "much", "many", "long", "far", "often", "soon", "some", "several",
    "which", "certain", "one", "lot", "more", "most", "way", "time", "ever", "majority",
    "minority", "bulk",
];

/// The source sentence and span of a reversed privative word, and the target sentence,
/// span and text of the English word that reverses it.
pub(super) type Reversal = (
    usize,
    std::ops::Range<usize>,
    usize,
    std::ops::Range<usize>,
    String,
);

/// A privative source word («нетрезвый», «неудачный», «незаконно») rendered by the
/// positive word of its base ("sober", "successful", "legal") with no negation in
/// front: the meaning is reversed. Only a base whose rendering nothing else in the
/// source explains counts, so "a small town with a big history" for «небольшой город с
/// большой историей» is no reversal.
fn privative_reversed(ctx: &Context, b: &crate::align::Bead) -> Option<Reversal> {
    let pair = ctx.pair();
    let (src, tgt) = (ctx.source(), ctx.target());
    let english = words_of(&tgt, b.target.clone());
    let source = words_of(&src, b.source.clone());
    for (k, &(g, w)) in source.iter().enumerate() {
        // A capitalised word mid-sentence is a name («Некрасов»).
        if !w.lower.starts_with("не")
            || !russian_privative(&w.lower)
            || (w.capitalized && !w.sentence_initial)
        {
            continue;
        }
        // A verbal noun («нераспространение», «нежелание») names an act not done, which
        // English says many ways ("spread prevention", "a desire to avoid").
        if verbal_noun(&w.lower) {
            continue;
        }
        let base: String = w.lower.chars().skip(2).collect();
        let base_stem = pair.source.stem(&base);
        if base_stem.chars().count() < 3 || pair.source.is_stopword(&base) {
            continue;
        }
        let extra: Vec<String> = PRIVATIVE_BASES
            .iter()
            .filter(|(ru, _)| base.starts_with(ru))
            .flat_map(|(_, en)| en.iter().map(|e| pair.target.stem(e)))
            .collect();
        let positive: Vec<String> = pair
            .lexicon
            .get(&base_stem)
            .map(|c| c.to_vec())
            .unwrap_or_default()
            .into_iter()
            .chain(extra)
            .collect();
        if positive.is_empty() {
            continue;
        }
        // The privative word rendered as a whole ("drunk" for «нетрезвый»; not the
        // "working" of its own entry "not working").
        let own = pair.lexicon.get(&w.stem).unwrap_or(&[]);
        if english
            .iter()
            .any(|(_, t)| own.contains(&t.stem) && !positive.contains(&t.stem))
        {
            continue;
        }
        let explained_elsewhere = |stem: &str| {
            source.iter().enumerate().any(|(x, (_, t))| {
                x != k
                    && (t.stem == base_stem
                        || pair
                            .lexicon
                            .get(&t.stem)
                            .is_some_and(|c| c.iter().any(|e| e == stem)))
            })
        };
        for (y, &(ge, e)) in english.iter().enumerate() {
            if !positive.contains(&e.stem)
                || pair.target.is_stopword(&e.lower)
                || EN_AMOUNT_WORDS.contains(&e.lower.as_str())
                || explained_elsewhere(&e.stem)
            {
                continue;
            }
            let negated = english[y.saturating_sub(3)..y].iter().any(|(_, p)| {
                EN_BEFORE_NEGATED.contains(&p.lower.as_str())
                    || pair.target.is_negation(&p.lower)
                    || p.lower.ends_with("n't")
            });
            if !negated {
                return Some((g, w.span.clone(), ge, e.span.clone(), e.lower.clone()));
            }
        }
    }
    None
}

/// Russian words of success: «удалось», «удаётся», «удастся», «сумел», «смог».
fn russian_success(w: &str) -> bool {
    [
        "удалось",
        "удался",
        "удалась",
        "удались",
        "удавал",
        "удаёт",
        "удает",
        "удаст",
        "сумел",
        "сумеет",
        "сумеют",
    ]
    .iter()
    .any(|p| w.starts_with(p))
        || matches!(
            w,
            "смог" | "смогла" | "смогли" | "смогло" | "сможет" | "смогут"
        )
}

/// A success the translation turns into a failure («Компании удалось сохранить
/// прибыль» → "failed to keep"): the source has a word of success, the English "fail"
/// ("failed to", "fails to"), and nothing in the source speaks of failure or
/// prevention («удалось избежать провала»).
fn success_reversed(ctx: &Context, b: &crate::align::Bead) -> Option<Reversal> {
    let (src, tgt) = (ctx.source(), ctx.target());
    let source = words_of(&src, b.source.clone());
    let &(g, w) = source.iter().find(|(_, t)| russian_success(&t.lower))?;
    let failure = source.iter().any(|(_, t)| {
        [
            "провал",
            "неудач",
            "сорв",
            "срыв",
            "избе",
            "предотвра",
            "помеша",
        ]
        .iter()
        .any(|p| t.lower.starts_with(p))
    });
    if failure {
        return None;
    }
    let english = words_of(&tgt, b.target.clone());
    let y = (0..english.len()).find(|&y| {
        matches!(english[y].1.lower.as_str(), "fail" | "fails" | "failed")
            && english.get(y + 1).is_some_and(|(_, t)| t.lower == "to")
    })?;
    let (ge, e) = english[y];
    Some((g, w.span.clone(), ge, e.span.clone(), e.lower.clone()))
}

/// Bases of privative predicatives the lexicon lacks, with their English renderings
/// («недопустимо» → "acceptable" reverses «допустимо»).
const PRIVATIVE_BASES: &[(&str, &[&str])] = &[
    (
        "допустим",
        &["acceptable", "admissible", "permissible", "allowed"],
    ),
    ("доступн", &["accessible", "available"]),
    ("приемлем", &["acceptable"]),
    ("законн", &["legal", "lawful"]),
    ("возможн", &["possible"]),
    ("известн", &["known"]),
    ("достаточн", &["enough", "sufficient", "sufficiently"]),
    ("эффективн", &["effective", "efficient"]),
    ("справедлив", &["fair"]),
];

/// Pairs of opposites: Russian word beginnings (or exact forms after `=`) and the
/// English words of each side.
pub(super) type Pole = (&'static [&'static str], &'static [&'static str]);
const OPPOSITES: &[(Pole, Pole)] = &[((&["низк"], &["low"]), (&["высок"], &["high", "tall"]))];

/// A word of one pole rendered by the other («с низкими доходами» → "high incomes",
/// «к западу от» → "east of", «левый двигатель» → "the right engine"): the source has
/// only the one pole, the translation only the other, and nothing else in the source
/// renders the English word.
pub(super) fn antonym_reversed(
    ctx: &Context,
    b: &crate::align::Bead,
    pairs: &[(Pole, Pole)],
) -> Option<Reversal> {
    let pair = ctx.pair();
    let (src, tgt) = (ctx.source(), ctx.target());
    let source = words_of(&src, b.source.clone());
    let english = words_of(&tgt, b.target.clone());
    let is_ru = |w: &str, pole: &Pole| {
        pole.0.iter().any(|p| match p.strip_prefix('=') {
            Some(exact) => w == exact,
            None => w.starts_with(p),
        })
    };
    // «за Уралом», «Забайкалье» lie east (as seen from the west of Russia, which is how
    // Russian names them), «за Полярным кругом» north: (the span, whether it is so).
    let beyond = |k: usize, pole: &Pole| -> Option<std::ops::Range<usize>> {
        let (g, w) = source[k];
        let east = pole.1.contains(&"east");
        let north = pole.1.contains(&"north");
        let next = source.get(k + 1).filter(|(h, _)| *h == g).map(|(_, t)| *t);
        let names: &[&str] = if east {
            &["урал", "байкал"]
        } else if north {
            &["полярн"]
        } else {
            return None;
        };
        if w.lower == "за" {
            let n = next.filter(|t| names.iter().any(|p| t.lower.starts_with(p)))?;
            return Some(w.span.start..n.span.end);
        }
        names
            .iter()
            .any(|p| w.lower.starts_with(&format!("за{p}")))
            .then(|| w.span.clone())
    };
    let ru_at = |k: usize, pole: &Pole| -> Option<std::ops::Range<usize>> {
        if is_ru(&source[k].1.lower, pole) {
            Some(source[k].1.span.clone())
        } else {
            beyond(k, pole)
        }
    };
    // "left" after a determiner or before "-wing"/"-hand": not the verb ("he left").
    let is_en = |y: usize, pole: &Pole| {
        let w = english[y].1.lower.as_str();
        pole.1.contains(&w)
            && (w != "left" && w != "right"
                || y.checked_sub(1).is_some_and(|p| {
                    matches!(
                        english[p].1.lower.as_str(),
                        "the" | "a" | "his" | "her" | "its" | "their" | "our" | "my" | "your"
                    )
                }))
    };
    for &(a, z) in pairs {
        for (this, other) in [(a, z), (z, a)] {
            let Some((k, span)) = (0..source.len()).find_map(|k| ru_at(k, &this).map(|s| (k, s)))
            else {
                continue;
            };
            let (g, w) = source[k];
            if (0..source.len()).any(|x| ru_at(x, &other).is_some())
                || (0..english.len()).any(|y| is_en(y, &this))
            {
                continue;
            }
            let Some(y) = (0..english.len()).find(|&y| is_en(y, &other)) else {
                continue;
            };
            let (ge, e) = english[y];
            // Another source word that the English word renders («крупный» "high").
            let explained = source.iter().any(|(_, t)| {
                !is_ru(&t.lower, &this)
                    && !std::ptr::eq(*t, w)
                    && pair
                        .lexicon
                        .get(&t.stem)
                        .is_some_and(|c| c.contains(&e.stem))
            });
            if !explained {
                return Some((g, span, ge, e.span.clone(), e.lower.clone()));
            }
        }
    }
    None
}

/// The content words of `toks[range]`, closest to the contrast last.
fn content_words<'a>(
    toks: &[&'a crate::segment::Token],
    range: std::ops::Range<usize>,
    stop: impl Fn(&str) -> bool,
) -> Vec<&'a crate::segment::Token> {
    toks[range]
        .iter()
        .filter(|t| t.kind == TokenKind::Word && !stop(&t.lower))
        .copied()
        .collect()
}

/// The clause around a contrast cue at `at..at + len` of `toks`: the words back to
/// the previous punctuation mark (the comma right before the cue aside) and forward to
/// the next one.
fn contrast_sides(
    toks: &[&crate::segment::Token],
    at: usize,
    len: usize,
) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let punct = |t: &&crate::segment::Token| t.kind == TokenKind::Punct;
    let before = if at > 0 && punct(&toks[at - 1]) {
        at - 1
    } else {
        at
    };
    let start = toks[..before].iter().rposition(punct).map_or(0, |p| p + 1);
    let end = toks[at + len..]
        .iter()
        .position(punct)
        .map_or(toks.len(), |p| at + len + p);
    (start..before, at + len..end)
}

/// «Пожар возник из-за грозы, а не по вине человека» → "The fire was caused by people,
/// not by a thunderstorm": the two sides of a contrast change places. Only the words
/// next to the contrast count (as many as the other side has, and one more), so the
/// shared context ("the fire") renders on both sides of neither.
fn contrast_swapped(ctx: &Context, b: &crate::align::Bead) -> Option<Reversal> {
    let pair = ctx.pair();
    let (src, tgt) = (ctx.source(), ctx.target());
    for g in b.source.clone() {
        let st = src.sentence(g).1.visible();
        let Some(at) = (0..st.len().saturating_sub(1))
            .find(|&i| st[i].lower == "а" && st[i + 1].lower == "не")
        else {
            continue;
        };
        let (l, r) = contrast_sides(&st, at, 2);
        let ru_stop = |w: &str| pair.source.is_stopword(w);
        let ru_right = content_words(&st, r.clone(), ru_stop);
        let ru_left_all = content_words(&st, l.clone(), ru_stop);
        if ru_right.is_empty() || ru_left_all.is_empty() {
            continue;
        }
        let ru_left = &ru_left_all[ru_left_all.len().saturating_sub(ru_right.len().min(3))..];
        for ge in b.target.clone() {
            let (_, es, _, _) = tgt.sentence(ge);
            let et = es.visible();
            // ", not …", "and not …", "rather than …", "instead of …".
            let cue = (0..et.len()).find_map(|i| match et[i].lower.as_str() {
                "not" if i > 0 && matches!(et[i - 1].lower.as_str(), "," | "and" | "but") => {
                    let k = if et[i - 1].lower == "," { 1 } else { 2 };
                    Some((i + 1 - k, k))
                }
                "rather" | "instead"
                    if et
                        .get(i + 1)
                        .is_some_and(|t| matches!(t.lower.as_str(), "than" | "of")) =>
                {
                    Some((i, 2))
                }
                _ => None,
            });
            let en_stop = |w: &str| pair.target.is_stopword(w);
            // (affirmed, negated) sides: "A, not B" or "not A, but B".
            let sides = if let Some((eat, elen)) = cue {
                let (el, er) = contrast_sides(&et, eat, elen);
                let negated = content_words(&et, er, en_stop);
                let all = content_words(&et, el, en_stop);
                let affirmed = all[all.len().saturating_sub(negated.len() + 1)..].to_vec();
                (affirmed, negated)
            } else {
                let Some(not) = et.iter().position(|t| t.lower == "not") else {
                    continue;
                };
                let Some(comma) = (not + 1..et.len()).find(|&j| et[j].kind == TokenKind::Punct)
                else {
                    continue;
                };
                if et[comma].lower != "," || et.get(comma + 1).is_none_or(|t| t.lower != "but") {
                    continue;
                }
                let negated = content_words(&et, not + 1..comma, en_stop);
                let (_, after) = contrast_sides(&et, comma + 1, 1);
                let all = content_words(&et, after, en_stop);
                let affirmed = all[..all.len().min(negated.len() + 1)].to_vec();
                (affirmed, negated)
            };
            let (en_left, en_right) = (&sides.0[..], &sides.1[..]);
            if en_right.is_empty() || en_left.is_empty() {
                continue;
            }
            let any = |ru: &[&crate::segment::Token], en: &[&crate::segment::Token]| {
                ru.iter()
                    .any(|t| en.iter().any(|e| renders_english(ctx, t, e)))
            };
            if any(ru_left, en_right)
                && any(&ru_right, en_left)
                && !any(ru_left, en_left)
                && !any(&ru_right, en_right)
            {
                let span = ru_left[0].span.start..ru_right[ru_right.len() - 1].span.end;
                let (a, z) = (
                    en_left[0].span.start.min(en_right[0].span.start),
                    en_left[en_left.len() - 1]
                        .span
                        .end
                        .max(en_right[en_right.len() - 1].span.end),
                );
                let espan = a..z;
                let word = tgt.sentence(ge).0.text[espan.clone()].to_string();
                return Some((g, span, ge, espan, word));
            }
        }
    }
    None
}

/// The words of some sentences of one side, each with its sentence's global index.
fn words_of<'a>(
    side: &crate::pipeline::DocSide<'a>,
    sentences: std::ops::Range<usize>,
) -> Vec<(usize, &'a crate::segment::Token)> {
    sentences
        .flat_map(|g| side.sentence(g).1.tokens.iter().map(move |t| (g, t)))
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .collect()
}

/// The mirror of [`privative_reversed`]: an English privative ("unsuccessful",
/// "illegal", "inaccurate", "non-working") whose base renders a source word that nothing
/// negates («удачным», «законной»). The English word itself must render nothing of the
/// source, so "unemployment" for «безработица» is no reversal.
fn english_privative_reversed(ctx: &Context, b: &crate::align::Bead) -> Option<Reversal> {
    let pair = ctx.pair();
    let (src, tgt) = (ctx.source(), ctx.target());
    let source = words_of(&src, b.source.clone());
    let renders = |t: &crate::segment::Token, stem: &str| {
        pair.lexicon
            .get(&t.stem)
            .is_some_and(|c| c.iter().any(|e| e == stem))
    };
    for g in b.target.clone() {
        let toks = &tgt.sentence(g).1.tokens;
        for (k, e) in toks.iter().enumerate() {
            if e.kind != TokenKind::Word || pair.target.is_stopword(&e.lower) {
                continue;
            }
            // "non-working": the base is the word after "non-".
            let after_non = k >= 2 && toks[k - 1].lower == "-" && toks[k - 2].lower == "non";
            let base = if after_non {
                Some(e.lower.as_str())
            } else {
                english_privative_base(&e.lower)
            };
            // An adjective or adverb ("unsuccessful", "illegally", "non-working"),
            // not a lexicalised noun ("imprisonment", "unwell").
            const ADJECTIVE: &[&str] = &[
                "ful", "fully", "able", "ably", "ible", "ibly", "al", "ally", "ent", "ently",
                "ant", "antly", "ive", "ively", "ous", "ously", "ed", "ing", "ic", "ical", "ar",
                "ary", "ory", "ate", "ately", "ile",
            ];
            let Some(base) = base.filter(|b| {
                b.chars().count() >= 4
                    && !pair.target.is_stopword(b)
                    && ADJECTIVE.iter().any(|s| b.ends_with(s))
                    && !b.ends_with("ment")
                    // "unloading" is a verb of its own; "non-working" an adjective.
                    && (after_non || !b.ends_with("ing"))
            }) else {
                continue;
            };
            let base_stem = pair.target.stem(base);
            let whole_stem = if after_non {
                format!("non{}", e.stem)
            } else {
                e.stem.clone()
            };
            // The source has a privative of its own («антипригарный» "non-stick").
            if source.iter().any(|(_, t)| {
                renders(t, &whole_stem)
                    || (after_non && renders(t, "non"))
                    || russian_privative(&t.lower)
                    || t.lower.starts_with("анти")
                    || t.lower.starts_with("противо")
            }) {
                continue;
            }
            let words: Vec<&str> = source.iter().map(|(_, t)| t.lower.as_str()).collect();
            let hit = source.iter().enumerate().find(|(x, (_, t))| {
                renders(t, &base_stem)
                    && !pair.source.is_stopword(&t.lower)
                    // «не удачным», «без законных оснований».
                    && !words[x.saturating_sub(2)..*x]
                        .iter()
                        .any(|w| matches!(*w, "не" | "ни" | "нет" | "без" | "безо"))
            });
            if let Some((_, &(gs, t))) = hit {
                let span = if after_non {
                    toks[k - 2].span.start..e.span.end
                } else {
                    e.span.clone()
                };
                let word = tgt.sentence(g).0.text[span.clone()].to_string();
                return Some((gs, t.span.clone(), g, span, word));
            }
        }
    }
    None
}

/// The base of an English privative adjective or adverb: "un" + any word
/// ("unsuccessful"), "in" before a vowel ("inaccurate"; not "income"), "im" before p, b
/// or m ("impossible"), "il" before l, "ir" before r.
fn english_privative_base(w: &str) -> Option<&str> {
    let rest = |p: &str| w.strip_prefix(p);
    if let Some(r) = rest("un") {
        return Some(r);
    }
    for (prefix, next) in [("in", "aeiou"), ("im", "pbm"), ("il", "l"), ("ir", "r")] {
        if let Some(r) = rest(prefix) {
            if r.starts_with(|c: char| next.contains(c)) {
                return Some(r);
            }
        }
    }
    None
}

/// A Russian verbal noun in -ние/-тие, in any case.
fn verbal_noun(w: &str) -> bool {
    ["ни", "ти"].iter().any(|suffix| {
        ["е", "я", "ю", "ем", "и", "й", "ям", "ями", "ях"]
            .iter()
            .any(|ending| w.ends_with(&format!("{suffix}{ending}")))
    })
}

/// English words that render a refusal («отказался», «отказывается») without a
/// negation: "refused", "declined", "rejected", "withdrew", "pulled out", "gave up".
const EN_REFUSAL_STEMS: &[&str] = &[
    "refus", "declin", "reject", "withdr", "pull", "quit", "abandon", "gave", "give", "drop",
    "turn", "renounc", "waiv", "forgo", "forwent", "opt", "ditch", "scrap", "shun", "spurn",
    "avoid", "stop", "end", "back", "resign", "deni", "deny", "without",
    // "ruled out", "dismissed the suit", "vetoed", "rebuffed", "walked away", "retracted",
    // "passed on", "balked", "parted ways", "threw out", "bowed out", "shelved".
    "rul", "dismiss", "veto", "rebuff", "walk", "retract", "pass", "balk", "part", "threw", "throw",
    "snub", "nix", "cancel", "terminat", "revok", "halt", "suspend", "bow", "shelv", "resist",
    "refrain", // «отказал двигатель» "the engine failed".
    "fail",
    // «отказался от должности» → "stepped down", "left the post".
    "step", "left", "leav",
];

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings, fired, severities};
    use crate::rules::Severity;

    #[test]
    fn came_as_no_surprise_is_no_negation() {
        let n = "negation-mismatch";
        let en = "The extension came as no surprise.";
        assert!(fired("Продление было ожидаемым.", en, n).is_empty());
        assert!(fired("Продление никого не удивило.", en, n).is_empty());
        // Any other "no" still needs a negation in the source.
        let bad = "The extension brought no savings.";
        assert_eq!(fired("Продление принесло экономию.", bad, n).len(), 1);
    }

    #[test]
    fn an_antonym_renders_a_negated_verb() {
        let n = "negation-mismatch";
        assert!(fired("Он не получил поддержки.", "He was rebuffed.", n).is_empty());
        assert_eq!(
            fired("Он не получил поддержки.", "He got support.", n).len(),
            1
        );
        // A mishap denied is a success asserted.
        let ru = "Ни один запуск не закончился аварией.";
        assert!(fired(ru, "All the launches were successful.", n).is_empty());
        // Without a mishap in the negated clause "successful" renders nothing.
        let ru = "Матч не закончился.";
        assert_eq!(fired(ru, "The match was successful.", n).len(), 1);
    }

    #[test]
    fn an_ability_or_an_ending_asserted_is_a_certain_loss() {
        let n = "negation-mismatch";
        let ru = "Фирма не смогла выплатить кредит.";
        for bad in [
            "The firm was able to repay the loan.",
            "The firm managed to repay the loan.",
        ] {
            assert_eq!(severities(ru, bad, n), vec![Severity::Error], "{bad}");
        }
        let ru = "Мост так и не достроили.";
        let bad = "The bridge has finally been completed.";
        assert_eq!(severities(ru, bad, n), vec![Severity::Error]);
        // Without "finally" the lexicon decides: a paraphrase stays a warning.
        let bad = "The bridge has been completed.";
        assert_eq!(severities(ru, bad, n), vec![Severity::Warning]);
    }

    #[test]
    fn a_decline_that_is_a_fall_is_no_negation() {
        let n = "negation-mismatch";
        let ru = "Приток не смог компенсировать естественную убыль.";
        let bad = "The inflow was able to compensate for the natural decline.";
        assert_eq!(fired(ru, bad, n).len(), 1);
        // A refusal still renders «не».
        let ru = "Он не стал комментировать решение.";
        assert!(fired(ru, "He declined to comment on the decision.", n).is_empty());
        assert!(fired(ru, "He declined the invitation to comment.", n).is_empty());
    }

    #[test]
    fn without_a_mishap_is_an_idiom_of_normalcy() {
        let n = "negation-mismatch";
        let ru = "Самолёт сел в обычном режиме.";
        for good in [
            "The aircraft touched down without incident.",
            "The aircraft landed without any problems.",
            "The aircraft landed without major complications.",
        ] {
            assert!(fired(ru, good, n).is_empty(), "{good}");
        }
        // Symmetric: «без происшествий» is "without incident" too.
        let ru = "Самолёт сел без происшествий.";
        assert!(fired(ru, "The aircraft touched down without incident.", n).is_empty());
        // "without" a thing that is no mishap still negates.
        let ru = "Самолёт сел с пассажирами.";
        assert_eq!(
            fired(ru, "The aircraft landed without passengers.", n).len(),
            1
        );
    }

    #[test]
    fn a_doubtful_adjective_is_no_negation() {
        let n = "negation-mismatch";
        let ru = "Фирма совершала сомнительные сделки.";
        let bad = "The firm did not make questionable deals.";
        assert_eq!(fired(ru, bad, n).len(), 1);
        // «сомневаюсь» is "not sure".
        let ru = "Я сомневаюсь в этом.";
        assert!(fired(ru, "I am not sure about it.", n).is_empty());
    }

    #[test]
    fn a_first_time_rendered_as_first_does_not_excuse_a_negation() {
        let n = "negation-mismatch";
        let ru = "Учёные впервые доказали, что сплав способен выдержать нагрузку.";
        let bad =
            "For the first time, scientists proved that the alloy is not able to bear the load.";
        assert_eq!(fired(ru, bad, n).len(), 1);
        let ru = "Эти снимки впервые покажут публике.";
        let good = "These pictures have never been shown to the public before.";
        assert!(fired(ru, good, n).is_empty());
    }

    #[test]
    fn a_stopping_verb_said_as_not_since_is_a_warning() {
        let n = "negation-mismatch";
        let ru = "Выплаты возобновят; их приостановили в 2019 году.";
        let en = "Payments will resume; they have not been paid since 2019.";
        assert_eq!(severities(ru, en, n), vec![Severity::Warning]);
        let ru = "Выплаты возобновят; их увеличили в 2019 году.";
        let en = "Payments will resume; they have not been increased since 2019.";
        assert_eq!(severities(ru, en, n), vec![Severity::Error]);
    }

    #[test]
    fn an_obligation_lost_is_decided_by_its_infinitive() {
        let n = "negation-mismatch";
        let ru = "Жителям не придётся оплачивать ремонт.";
        let bad = "Residents will have to pay for the repairs.";
        assert_eq!(severities(ru, bad, n), vec![Severity::Error]);
        let good = "Residents will not have to pay for the repairs.";
        assert!(fired(ru, good, n).is_empty());
        // A paraphrase that does not render the infinitive stays a warning.
        let free = "The repairs will be free for residents.";
        assert_eq!(severities(ru, free, n), vec![Severity::Warning]);
    }

    #[test]
    fn a_negated_agreement_or_exclusion_said_positively() {
        let n = "negation-mismatch";
        let ru = "Защитник не согласился с решением суда.";
        assert!(fired(ru, "The defender disputed the court's decision.", n).is_empty());
        assert!(fired(ru, "The defender challenged the court's decision.", n).is_empty());
        assert_eq!(
            fired(ru, "The defender agreed with the court's decision.", n).len(),
            1
        );
        let ru = "Правительство не исключает изменения тарифов.";
        assert!(fired(ru, "The government is open to changing the tariffs.", n).is_empty());
        assert_eq!(
            fired(ru, "The government ruled out changing the tariffs.", n).len(),
            1
        );
    }

    #[test]
    fn a_negative_word_that_renders_a_source_word_does_not_hide_a_lost_negation() {
        // "unbalanced" renders «несбалансированным», "missed" «пропущенный».
        let ru = "Мы не намерены наращивать добычу, пока рынок остаётся несбалансированным.";
        let bad = "We intend to increase output while the market remains unbalanced.";
        assert_eq!(fired(ru, bad, "negation-mismatch").len(), 1);
        let good = "We do not intend to raise output while the market remains unbalanced.";
        assert!(fired(ru, good, "negation-mismatch").is_empty());
        let ru = "Дистанционное обучение не вводится: пропущенный материал дети наверстают позже.";
        let bad =
            "Distance learning is introduced: children will catch up on missed lessons later.";
        assert_eq!(fired(ru, bad, "negation-mismatch").len(), 1);
        // An "un-" word for a «не» of the clause still renders it.
        let ru = "Ситуация на рынке не стабильна.";
        assert!(fired(ru, "The market is unstable.", "negation-mismatch").is_empty());
        // "deficit" renders «дефицита» (a noun in -ит, which the stemmer cuts short
        // in the nominative), not the «не».
        let ru = "Мы не ожидаем дефицита зерна.";
        assert_eq!(
            fired(ru, "We expect a deficit of grain.", "negation-mismatch").len(),
            1
        );
        assert!(fired(ru, "We do not expect a grain deficit.", "negation-mismatch").is_empty());
    }

    #[test]
    fn barred_from_renders_a_negated_ability() {
        let ru = "По закону он не может баллотироваться на третий срок.";
        let good = "By law he is barred from running for a third term.";
        assert!(fired(ru, good, "negation-mismatch").is_empty());
        let bad = "By law he can run for a third term.";
        assert_eq!(fired(ru, bad, "negation-mismatch").len(), 1);
    }

    #[test]
    fn a_lost_refusal_is_reported() {
        let ru = "Песков отказался комментировать сообщения СМИ.";
        assert_eq!(
            findings(ru, "Peskov commented on media reports.")
                .iter()
                .filter(|f| f.message.contains("refused"))
                .count(),
            1
        );
        for en in [
            "Peskov declined to comment on media reports.",
            "Peskov would not comment on media reports.",
            "Peskov passed on commenting on media reports.",
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn two_negations_may_become_a_restriction_and_a_ban_may_become_may_not() {
        let ru = "Ланской никогда не снимал того, во что не верил.";
        let en = "Lanskoy only filmed what he believed in.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        let ru = "Он никогда не снимал рекламу.";
        assert_eq!(
            fired(ru, "He only filmed commercials.", "negation-mismatch").len(),
            1
        );
        let ru = "Посещения пациентов в стационарах запрещены.";
        let en = "Hospital patients may not receive visitors.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        let ru = "Посещения пациентов в стационарах разрешены.";
        assert_eq!(fired(ru, en, "negation-mismatch").len(), 1);
        let ru = "Семья тратит на неделю в Сочи не меньше 250 тыс. рублей.";
        let en = "A family spends at least 250,000 roubles on a week in Sochi.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
    }

    #[test]
    fn a_without_that_renders_bez_is_no_negation() {
        let ru = "Антибиотики против вируса не помогают, их нельзя принимать без назначения врача.";
        let bad =
            "Antibiotics do not help against the virus, they can be taken without a prescription.";
        assert_eq!(fired(ru, bad, "negation-mismatch").len(), 1);
        let good = "Antibiotics do not help against the virus and must not be taken without a prescription.";
        assert!(fired(ru, good, "negation-mismatch").is_empty());
        // «чтобы … не» as "keep … from" is a negation too.
        let ru = "Москва прислала врио, чтобы регион не скатился без власти.";
        let en = "Moscow sent an acting governor to keep the region from sliding without power.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        // "advised against" renders «не рекомендовал».
        let ru = "Врач не рекомендовал заниматься самолечением.";
        assert!(fired(
            ru,
            "The doctor advised against self-medication.",
            "negation-mismatch"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "The doctor recommended self-medication.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // "not without": the negation is still there.
        let ru = "Решение было принято не без колебаний.";
        assert!(fired(
            ru,
            "The decision was not taken without hesitation.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn the_cue_is_found_in_any_sentence_of_a_merged_pair() {
        // Two Russian sentences, one English sentence: the «не» is in the second.
        let ru =
            "Подготовка выставки заняла два года. Владельцы долго не соглашались отдать картины.";
        let en = "Preparing the show took two years, as the owners agreed to lend their paintings.";
        let a = crate::checks::testing::analysis(ru, en);
        let f: Vec<_> = crate::pipeline::check(&a, &Default::default())
            .into_iter()
            .filter(|f| f.rule.name == "negation-mismatch")
            .collect();
        assert_eq!(f.len(), 1, "{f:?}");
        let s = f[0].source.as_ref().unwrap();
        assert_eq!(&a.source.text[s.start..s.end], "не");
    }

    #[test]
    fn copied_titles_idioms_and_ne_words() {
        // "Not" of a title the source writes in Latin letters.
        let ru = "Его слова приводит портал Eat This, Not That.";
        let en = "His words are quoted by the Eat This, Not That portal.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        // "no matter" renders «любой».
        let ru = "Можно подобрать любую модель под любые цели.";
        let en = "You can pick a model for any purpose, no matter what it is.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        // «несложно» is a negation; "rather than" renders «а не».
        let ru = "Вам было несложно играть эту роль?";
        assert!(fired(ru, "Wasn't it hard to play this role?", "negation-mismatch").is_empty());
        let ru = "Политика делается на пляжах, а не в переговорных.";
        let en = "Politics is played out on beaches rather than in conference rooms.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        // «несколько» is not.
        let ru = "Он провел там несколько лет.";
        assert_eq!(
            fired(ru, "He did not spend years there.", "negation-mismatch").len(),
            1
        );
    }

    #[test]
    fn a_number_sign_is_no_negation() {
        let ru = "Они побывали в трех квартирах дома № 39.";
        for en in [
            "They visited three flats of building No. 39.",
            "They visited three flats of building No 39.",
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        // A real "no" still counts.
        let ru = "Они побывали в трех квартирах дома.";
        assert_eq!(
            fired(
                ru,
                "They visited no flats in the building.",
                "negation-mismatch"
            )
            .len(),
            1
        );
    }

    #[test]
    fn first_time_and_reluctance_render_negations() {
        let ru = "Большая часть полотен впервые будет показана публике.";
        let en = "Most of the paintings have never been shown in public before.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        let ru = "Владельцы долго не соглашались отдать картины.";
        let en = "The owners were reluctant to lend their paintings.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
    }

    #[test]
    fn deadlines_concord_and_yet_to_are_no_lost_negation() {
        for (ru, en) in [
            (
                "Ни один жилой дом пока не пострадал.",
                "Not a single home has been damaged so far.",
            ),
            (
                "Пересдача пройдёт не позднее 20 июля.",
                "Retakes will be held by July 20.",
            ),
            (
                "Это станет возможно не ранее 2027 года.",
                "This will be possible in 2027 at the earliest.",
            ),
            (
                "Министерство пока не приняло решения.",
                "The ministry has yet to decide.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_negation_after_its_participle_is_certain_when_lost() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        let ru = "Серьёзных побочных эффектов выявлено не было.";
        let lost = severities(
            ru,
            "Serious side effects were detected.",
            "negation-mismatch",
        );
        assert_eq!(lost, vec![Severity::Error]);
        assert!(fired(
            ru,
            "No serious side effects were detected.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn lost_negation() {
        let f = fired(
            "В результате пожара никто не пострадал.",
            "Everyone was injured in the fire.",
            "negation-mismatch",
        );
        assert_eq!(f.len(), 1);
        // Behind a copula the predicate decides: "ready" renders «готова», so the
        // lost «не» is certain.
        let f = findings(
            "Команда не была готова к такому сопротивлению.",
            "The team was ready for such resistance.",
        );
        let neg: Vec<_> = f
            .iter()
            .filter(|f| f.rule.name == "negation-mismatch")
            .collect();
        assert_eq!(neg.len(), 1);
        assert_eq!(neg[0].severity, crate::rules::Severity::Error);
        // A negated question is often a polite one: a warning at most.
        let f = findings(
            "Команда не была готова к такому сопротивлению?",
            "Was the team ready for such resistance?",
        );
        let neg: Vec<_> = f
            .iter()
            .filter(|f| f.rule.name == "negation-mismatch")
            .collect();
        assert_eq!(neg.len(), 1);
        assert_eq!(neg[0].severity, crate::rules::Severity::Warning);
    }

    #[test]
    fn kept_negation_and_idioms() {
        for (ru, en) in [
            (
                "В результате пожара никто не пострадал.",
                "No one was injured in the fire.",
            ),
            (
                "Он не только пел, но и танцевал.",
                "He sang and danced as well.",
            ),
            (
                "В акции приняли участие не менее тысячи человек.",
                "At least a thousand people took part in the protest.",
            ),
            (
                "Министр отказался комментировать ситуацию.",
                "The minister did not comment on the situation.",
            ),
            (
                "Компания не смогла выполнить план.",
                "The company failed to meet the plan.",
            ),
        ] {
            assert!(
                !findings(ru, en)
                    .iter()
                    .any(|f| f.rule.name == "negation-mismatch"),
                "{ru} / {en}"
            );
        }
    }

    #[test]
    fn almost_is_no_negation_but_a_negated_almost_is_lost() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, en) in [
            ("Ребёнок чуть не утонул.", "The child nearly drowned."),
            (
                "Водитель чуть не сбил пешехода.",
                "The driver almost hit a pedestrian.",
            ),
            (
                "Он чуть было не опоздал на поезд.",
                "He very nearly missed the train.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        let f = severities(
            "Водитель чуть не сбил пешехода.",
            "The driver did not hit a pedestrian.",
            "negation-mismatch",
        );
        assert_eq!(f, vec![Severity::Error]);
    }

    #[test]
    fn not_until_renders_only() {
        let en = "The work will not be completed until 2026.";
        assert!(fired(
            "Работы завершат только в 2026 году.",
            en,
            "negation-mismatch"
        )
        .is_empty());
        assert!(fired(
            "Решение примут лишь в следующем месяце.",
            "The decision won't be taken until next month.",
            "negation-mismatch"
        )
        .is_empty());
        // Without «только» the "not" is the translation's own.
        assert_eq!(
            fired("Работы завершат в 2026 году.", en, "negation-mismatch").len(),
            1
        );
    }

    #[test]
    fn the_sides_of_a_contrast_swapped_are_a_reversal() {
        let ru = "Пожар возник из-за грозы, а не по вине человека.";
        assert_eq!(
            fired(
                ru,
                "The fire was caused by people, not by a thunderstorm.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        let ru2 = "Деньги пойдут на школы, а не на дороги.";
        assert_eq!(
            fired(
                ru2,
                "The money will go to roads, not schools.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // "not A, but B" affirms B.
        let ru3 = "Около 80% пожаров возникли из-за сухих гроз, а не по вине человека.";
        assert_eq!(
            fired(
                ru3,
                "About 80% of fires arose not because of dry thunderstorms, but through the fault of a person.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        for (ru, en) in [
            (
                ru3,
                "About 80% of fires were caused not by people, but by dry thunderstorms.",
            ),
            (ru, "The fire was caused by a thunderstorm, not by people."),
            (
                ru,
                "The fire was started by lightning rather than by people.",
            ),
            (ru2, "The money will go to schools, not roads."),
            (ru2, "The money will go to schools rather than roads."),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn no_threat_is_safe_and_no_plans_is_ruled_out() {
        for (ru, good, bad) in [
            (
                "Угрозы населенным пунктам нет.",
                "Settlements are safe.",
                "Settlements are under threat.",
            ),
            (
                "Клуб не планирует больше покупок.",
                "The club ruled out further signings.",
                "The club plans further signings.",
            ),
        ] {
            assert!(fired(ru, good, "negation-mismatch").is_empty(), "{good}");
            assert_eq!(fired(ru, bad, "negation-mismatch").len(), 1, "{bad}");
        }
    }

    #[test]
    fn until_renders_the_negated_clause_of_poka() {
        for (ru, en) in [
            (
                "Рубль останется под давлением, пока цены на нефть не вернутся выше $65.",
                "The ruble will remain under pressure until oil prices return above $65.",
            ),
            (
                "Переговоры продолжатся, пока стороны не договорятся.",
                "Talks will continue until the parties reach agreement.",
            ),
            (
                "Рубль будет слабеть до тех пор, пока нефть не подорожает.",
                "The ruble will weaken until oil becomes more expensive.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        // The adverb «пока» ("not yet") is no "until": the negation is lost.
        assert_eq!(
            fired(
                "Решение пока не принято, хотя до выборов осталось два месяца.",
                "The decision has been taken, two months until the election.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // Without "until" the clause lost its sense.
        assert_eq!(
            fired(
                "Переговоры продолжатся, пока стороны не договорятся.",
                "Talks will continue as the parties reach agreement.",
                "negation-mismatch"
            )
            .len(),
            1
        );
    }

    /// Negation findings about a reversal that name the English `word`.
    fn reversals(ru: &str, en: &str, word: &str) -> usize {
        findings(ru, en)
            .iter()
            .filter(|f| {
                matches!(f.rule.name, "negation-mismatch" | "direction-mismatch")
                    && f.message.contains(word)
            })
            .count()
    }

    #[test]
    fn a_word_rendered_by_its_opposite_pole_is_a_reversal() {
        for (ru, en, word) in [
            (
                "Пособие получат семьи с низкими доходами.",
                "Families with high incomes will receive the benefit.",
                "high",
            ),
            (
                "Станция находится в 20 км к западу от города.",
                "The station is 20 km east of the city.",
                "east",
            ),
            (
                "После взлёта отказал левый двигатель.",
                "The right engine failed after takeoff.",
                "right",
            ),
        ] {
            assert!(reversals(ru, en, word) >= 1, "{en}");
        }
        for (ru, en) in [
            (
                "Пособие получат семьи с низкими доходами.",
                "Low-income families will receive the benefit.",
            ),
            (
                "Станция находится в 20 км к западу от города.",
                "The station is 20 km west of the city.",
            ),
            (
                "Он покинул правое крыло партии.",
                "He left the party's right wing.",
            ),
            // Both poles in the source: nothing to compare.
            (
                "Высокие цены и низкие зарплаты.",
                "High prices and low wages.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "direction-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_reversed_direction_of_place_is_a_direction_mismatch() {
        for (ru, en) in [
            (
                "Новый парк разобьют на севере района.",
                "The new park will be laid out in the south of the district.",
            ),
            (
                "Это крупнейший завод за Уралом.",
                "It is the largest plant west of the Urals.",
            ),
        ] {
            assert_eq!(fired(ru, en, "direction-mismatch").len(), 1, "{en}");
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        for (ru, en) in [
            (
                "Это крупнейший завод за Уралом.",
                "It is the largest plant east of the Urals.",
            ),
            (
                "Это крупнейший завод за Уралом.",
                "It is the largest plant beyond the Urals.",
            ),
            (
                "Новый парк разобьют на севере района.",
                "The new park will be laid out in the north of the district.",
            ),
        ] {
            assert!(fired(ru, en, "direction-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn english_idioms_with_a_negation_word_negate_nothing() {
        for (ru, en) in [
            (
                "Испытания прошли штатно.",
                "The tests went off without a hitch.",
            ),
            (
                "Это был настоящий успех для команды.",
                "It was nothing short of a success for the team.",
            ),
            (
                "Работы завершат в срок.",
                "The work will be finished no later than planned.",
            ),
            (
                "Выручка выросла на 7%.",
                "Revenue grew by 7%, no small feat.",
            ),
            (
                "Его поддержали и учёные, и врачи.",
                "He was backed not only by scientists but also by doctors.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        // A real negation next to an idiom is still one.
        assert_eq!(
            fired(
                "Испытания прошли штатно.",
                "The tests did not go off as planned.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // An idiom may render a lost negation: «не маленькое» → "no small".
        assert!(fired(
            "Это не маленькое достижение.",
            "This is no small achievement.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_comparison_repeating_the_negated_verb_is_one_negation() {
        for en in [
            "Like the previous ones, the plan will not achieve its goals.",
            "The plan will fail, just as the previous ones did.",
        ] {
            assert!(
                fired(
                    "План не достигнет целей, как не достигли их и предыдущие.",
                    en,
                    "negation-mismatch"
                )
                .is_empty(),
                "{en}"
            );
        }
        // The English negates only the comparison: the main clause lost its negation.
        assert_eq!(
            fired(
                "План не достигнет целей, как не достигли их и предыдущие.",
                "The plan will achieve its goals, as the previous ones did not achieve them.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // Two different verbs are two negations.
        assert_eq!(
            fired(
                "План не достигнет целей, как не помогли и прежние меры.",
                "The plan will not achieve its goals, as the previous measures helped.",
                "negation-mismatch"
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_infinitive_before_a_negated_future_is_the_negated_word() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for ru in [
            "Пенсии сокращаться не будут.",
            "Пенсии не будут сокращаться.",
        ] {
            assert_eq!(
                severities(ru, "Pensions will be reduced.", "negation-mismatch"),
                vec![Severity::Error],
                "{ru}"
            );
        }
        assert!(fired(
            "Пенсии сокращаться не будут.",
            "Pensions will not be reduced.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_privative_predicative_rendered_by_its_base_is_a_reversal() {
        assert_eq!(
            reversals(
                "Такое поведение недопустимо.",
                "Such behaviour is acceptable.",
                "acceptable"
            ),
            1
        );
        assert!(fired(
            "Такое поведение недопустимо.",
            "Such behaviour is unacceptable.",
            "negation-mismatch"
        )
        .is_empty());
        // «необходимо» is no privative of anything.
        assert!(fired(
            "Необходимо завершить работу.",
            "The work must be completed.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_success_turned_into_a_failure_is_a_reversal() {
        for (ru, en) in [
            (
                "Команде удалось выйти в полуфинал.",
                "The team failed to reach the semi-final.",
            ),
            (
                "Заводу удалось сохранить объёмы выпуска.",
                "The plant failed to maintain its output.",
            ),
        ] {
            assert_eq!(reversals(ru, en, "failed"), 1, "{en}");
        }
        for (ru, en) in [
            (
                "Команде удалось выйти в полуфинал.",
                "The team managed to reach the semi-final.",
            ),
            (
                "Команде удалось избежать провала.",
                "The team never failed to impress.",
            ),
        ] {
            assert_eq!(reversals(ru, en, "failed"), 0, "{en}");
        }
    }

    #[test]
    fn an_english_privative_of_a_source_word_is_a_reversal() {
        for (ru, en, word) in [
            (
                "Запуск оказался удачным.",
                "The launch was unsuccessful.",
                "unsuccessful",
            ),
            (
                "Сделка признана законной.",
                "The deal was declared illegal.",
                "illegal",
            ),
            (
                "Работающие пенсионеры получат доплату.",
                "Non-working pensioners will get a supplement.",
                "Non-working",
            ),
        ] {
            assert!(reversals(ru, en, word) >= 1, "{en}");
        }
        for (ru, en) in [
            ("Запуск оказался неудачным.", "The launch was unsuccessful."),
            ("Уровень безработицы снизился.", "Unemployment fell."),
            ("Импорт через порт вырос.", "Imports through the port rose."),
            (
                "Его приговорили к пяти годам тюрьмы.",
                "He was sentenced to five years' imprisonment.",
            ),
            (
                "Сковорода с антипригарным покрытием.",
                "A frying pan with a non-stick coating.",
            ),
            ("Сделка признана законной.", "The deal was declared legal."),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_privative_word_rendered_by_its_opposite_is_a_reversal() {
        for (ru, en, word) in [
            ("Водитель был нетрезв.", "The driver was sober.", "sober"),
            (
                "Сделка была признана незаконной.",
                "The deal was declared legal.",
                "legal",
            ),
            (
                "Неработающим пенсионерам повысят пенсии.",
                "Pensions will be raised for working pensioners.",
                "working",
            ),
        ] {
            assert_eq!(reversals(ru, en, word), 1, "{en}");
        }
        for (ru, en) in [
            ("Водитель был нетрезв.", "The driver was drunk."),
            ("Водитель был нетрезв.", "The driver was not sober."),
            (
                "Сделка была признана незаконной.",
                "The deal was declared illegal.",
            ),
            (
                "Неработающим пенсионерам повысят пенсии.",
                "Pensions will be raised for non-working pensioners.",
            ),
            // The base's rendering is explained by another word of the source.
            (
                "Небольшой город с большой историей.",
                "A small town with a big history.",
            ),
            // Amounts and times turn the negation round in English.
            (
                "Он неоднократно нарушал правила.",
                "He broke the rules more than once.",
            ),
            (
                "Из-за непогоды отменили рейсы.",
                "Flights were cancelled due to bad weather.",
            ),
            (
                "Неизвестный художник продал картину.",
                "A little-known artist sold a painting.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn lexical_negations_render_ne() {
        for (ru, en) in [
            (
                "Больнице не хватает врачей.",
                "The hospital is short of doctors.",
            ),
            (
                "Больнице не хватает врачей.",
                "There is a shortage of doctors at the hospital.",
            ),
            ("Коврики не имеют запахов.", "The mats are odor-free."),
            ("Он трудится не покладая рук.", "He works tirelessly."),
            (
                "В Европе не прекращаются протесты противников вакцинации.",
                "Anti-vaccination protests continue in Europe.",
            ),
            (
                "Цены выросли не так сильно, как ожидалось.",
                "Prices rose less than expected.",
            ),
            (
                "Российская сторона уже не один раз отвергла эти обвинения.",
                "Russia has more than once dismissed these accusations.",
            ),
            (
                "Водитель не справился с управлением.",
                "The driver lost control of the car.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        for (ru, en) in [
            (
                "Больнице не хватает врачей.",
                "The hospital has enough doctors.",
            ),
            (
                "Цены выросли не так сильно, как ожидалось.",
                "Prices rose as strongly as expected.",
            ),
        ] {
            assert_eq!(fired(ru, en, "negation-mismatch").len(), 1, "{en}");
        }
    }

    #[test]
    fn doubt_is_a_negation() {
        let ru = "Едва ли эти меры помогут бизнесу.";
        assert!(fired(
            ru,
            "These measures are unlikely to help business.",
            "negation-mismatch"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "These measures are likely to help business.",
                "negation-mismatch"
            ),
            vec!["These measures are likely to help business.".to_string()]
        );
        // «едва ли не» is "almost".
        let ru = "Это едва ли не самый крупный проект года.";
        assert!(fired(
            ru,
            "This is perhaps the largest project of the year.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn correlative_ni_goes_with_its_ne() {
        let ru = "Решение не было бы поддержано ни УЕФА, ни ФИФА.";
        assert!(fired(
            ru,
            "The decision wouldn't be supported by either UEFA or FIFA.",
            "negation-mismatch"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "The decision would be supported by UEFA and FIFA.",
                "negation-mismatch"
            )
            .len(),
            1
        );
        // Concessive «бы ни» is no negation.
        let ru = "Американцы несли смерть любой стране, где бы ни появились.";
        let en = "The Americans brought death to any country they appeared in.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
    }

    #[test]
    fn a_lost_negation_of_a_rendered_word_is_certain() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, lost, kept) in [
            (
                "Мы не хотели делать музейный спектакль.",
                "We wanted to make a museum performance.",
                "We did not want to make a museum performance.",
            ),
            (
                "Угрозы населённым пунктам на сегодняшний день нет.",
                "There is a threat to settlements today.",
                "There is no threat to settlements today.",
            ),
            (
                "Ни одного серьёзного происшествия за всё время у нас не было.",
                "We had a serious incident during the whole time.",
                "We did not have a single serious incident the whole time.",
            ),
        ] {
            assert_eq!(
                severities(ru, lost, "negation-mismatch"),
                vec![Severity::Error],
                "{lost}"
            );
            assert!(fired(ru, kept, "negation-mismatch").is_empty(), "{kept}");
        }
        // A double negation with «без» is often an affirmation: a warning at most;
        // with the "without" kept, the lost negation is certain.
        let ru = "Теперь ни один из местных жителей не страдает без работы.";
        let en = "Now the local residents have plenty of work.";
        assert!(!severities(ru, en, "negation-mismatch").contains(&Severity::Error));
        let ru = "Ни один новый центр не заработает без людей.";
        let en = "Every new center will work without people.";
        assert_eq!(
            severities(ru, en, "negation-mismatch"),
            vec![Severity::Error]
        );
        // "going" is no "gone".
        let ru = "Строительство шло хорошо, но мы не превысили смету.";
        let en = "The construction was going well, but we exceeded the estimate.";
        assert_eq!(fired(ru, en, "negation-mismatch").len(), 1);
        // «было» negates no word: "was gone" is a paraphrase.
        let ru = "Младенца в палате уже не было.";
        assert!(fired(
            ru,
            "The infant was already gone from the ward.",
            "negation-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_double_negation_is_an_affirmation() {
        for (ru, en) in [
            (
                "Нельзя не отметить успехи команды.",
                "The team's achievements are worth noting.",
            ),
            (
                "Невозможно не заметить эти перемены.",
                "These changes are obvious.",
            ),
            ("Он не может не знать об этом.", "He must know about it."),
            (
                "Я не могу не согласиться с этим.",
                "I cannot help but agree with this.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
        // One «нельзя» is a ban; two «не» of two clauses are two negations.
        let ru = "Нельзя трогать экспонаты руками.";
        let en = "You can touch the exhibits with your hands.";
        assert_eq!(fired(ru, en, "negation-mismatch").len(), 1);
        let ru = "Ткань не мнётся, не растягивается со временем.";
        let en = "The fabric creases and stretches over time.";
        assert_eq!(fired(ru, en, "negation-mismatch").len(), 1);
    }

    #[test]
    fn a_lost_negation_of_an_inflected_or_auxiliary_verb_is_certain() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, lost, kept) in [
            // «вырастут»: a form the stemmer leaves whole.
            (
                "Цены на бензин не вырастут.",
                "Gasoline prices will rise.",
                "Gasoline prices will not rise.",
            ),
            // «не стал комментировать»: the infinitive carries the meaning.
            (
                "Он не стал комментировать заявление министра.",
                "He commented on the minister's statement.",
                "He declined to comment on the minister's statement.",
            ),
        ] {
            assert_eq!(
                severities(ru, lost, "negation-mismatch"),
                vec![Severity::Error],
                "{lost}"
            );
            assert!(fired(ru, kept, "negation-mismatch").is_empty(), "{kept}");
        }
    }

    #[test]
    fn a_negated_predicate_said_positively_is_no_lost_negation() {
        for (ru, en) in [
            (
                "Аналитики банка не исключают, что до конца года ставка может вырасти.",
                "The bank's analysts say the rate could rise by the end of the year.",
            ),
            (
                "Гинцбург не исключил, что осенью возможна вторая волна.",
                "Gintsburg said a second wave could come in the autumn.",
            ),
            (
                "Большинство граждан не поддерживают реформу.",
                "Most citizens oppose the reform.",
            ),
            (
                "Депутаты не поддержали законопроект.",
                "The deputies voted down the bill.",
            ),
            (
                "Власти не будут ограничиваться индексацией.",
                "The authorities will go further than indexation.",
            ),
            (
                "Тарифы не будут заморожены.",
                "Tariffs will continue to rise.",
            ),
            (
                "Он не скрывал своего разочарования.",
                "He was openly disappointed.",
            ),
            (
                "Чемпион не сумел защитить титул.",
                "The champion lost his title.",
            ),
            ("Она не смогла сдержать слёз.", "She was in tears."),
            (
                "Приговор пока не вступил в законную силу.",
                "The verdict can still be appealed.",
            ),
            (
                "Дефицит бюджета не превысит 1,5 трлн рублей.",
                "The budget deficit will stay within 1.5 trillion roubles.",
            ),
            (
                "Школы пока не переводят на карантин.",
                "Schools remain open.",
            ),
            ("Цены не изменились.", "Prices held steady."),
            (
                "Не прошло и недели, как он вернулся.",
                "Less than a week later, he returned.",
            ),
            ("Решение пока не принято.", "The decision is still pending."),
            (
                "Жителей просят не выходить на лёд и не приближаться к реке.",
                "Residents are urged to stay off the ice and keep away from the river.",
            ),
            ("Пенсии не индексировались.", "Pensions have been frozen."),
            ("Пилот не выжил.", "The pilot died."),
            (
                "Губернатор не скрывал удовлетворения.",
                "The governor was visibly pleased.",
            ),
            (
                "Пострадавшие пока не выписаны из больницы.",
                "The injured remain in hospital.",
            ),
            (
                "Матч не состоялся из-за дождя.",
                "The match was called off because of rain.",
            ),
            (
                "Президент не подписал закон.",
                "The president vetoed the law.",
            ),
            (
                "Мост не выдержал нагрузки.",
                "The bridge collapsed under the load.",
            ),
            (
                "Бизнес не спешит возвращаться в офисы.",
                "Businesses are slow to return to offices.",
            ),
            (
                "Жители не успели эвакуироваться.",
                "Residents were too late to evacuate.",
            ),
            // After an auxiliary the infinitive is what English reverses.
            (
                "Он не хотел уходить из клуба.",
                "He wanted to stay at the club.",
            ),
            (
                "Компания не стала повышать цены.",
                "The company held off raising prices.",
            ),
            (
                "Не забудьте взять с собой паспорт.",
                "Remember to take your passport with you.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_positive_rendering_does_not_hide_a_reversal() {
        // The English says the negated word itself, or nothing that renders "not X".
        for (ru, en) in [
            (
                "Аналитики не исключают, что ставка вырастет.",
                "Analysts ruled out that the rate could rise.",
            ),
            (
                "Большинство граждан не поддерживают реформу.",
                "Most citizens support the reform.",
            ),
            (
                "Он не скрывал своего разочарования.",
                "He hid his disappointment.",
            ),
            (
                "Чемпион не сумел защитить титул.",
                "The champion defended his title.",
            ),
            ("Она не смогла сдержать слёз.", "She held back her tears."),
            (
                "Приговор пока не вступил в законную силу.",
                "The verdict has entered into force.",
            ),
            (
                "Дефицит бюджета не превысит 1,5 трлн рублей.",
                "The budget deficit will exceed 1.5 trillion roubles.",
            ),
            ("Цены не изменились.", "Prices changed."),
            ("Пенсии не индексировались.", "Pensions have been indexed."),
            (
                "Компания не будет повышать цены.",
                "The company will keep raising prices.",
            ),
            (
                "Врачи не рекомендуют выходить из дома.",
                "Doctors recommend staying at home.",
            ),
            (
                "Он не стал комментировать заявление.",
                "He commented on the statement.",
            ),
            (
                "Матч не состоялся из-за дождя.",
                "The match took place despite the rain.",
            ),
            (
                "Мост не выдержал нагрузки.",
                "The bridge withstood the load.",
            ),
        ] {
            assert_eq!(fired(ru, en, "negation-mismatch").len(), 1, "{en}");
        }
        // One clause rendered, one lost: the message says what was counted.
        let ru = "Жителей просят не выходить на лёд и не приближаться к реке.";
        let en = "Residents are urged to go out on the ice but keep away from the river.";
        let f = findings(ru, en);
        let neg: Vec<_> = f
            .iter()
            .filter(|f| f.rule.name == "negation-mismatch")
            .collect();
        assert_eq!(neg.len(), 1);
        assert!(
            neg[0].message.contains("only 1 ('keep … from')"),
            "{}",
            neg[0].message
        );
    }

    #[test]
    fn a_lost_refusal_of_a_rendered_word_is_certain() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, lost) in [
            (
                "Песков отказался от комментариев.",
                "Peskov commented on the matter.",
            ),
            (
                "Песков отказался комментировать сообщения СМИ.",
                "Peskov commented on media reports.",
            ),
        ] {
            assert_eq!(
                severities(ru, lost, "negation-mismatch"),
                vec![Severity::Error],
                "{lost}"
            );
        }
        for (ru, en) in [
            (
                "Песков отказался от комментариев.",
                "Peskov declined to comment.",
            ),
            (
                "Режиссёр отказался от поста из-за задержек съёмок.",
                "The director stepped down because of delays in filming.",
            ),
        ] {
            assert!(fired(ru, en, "negation-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_lost_negation_is_certain_past_lexicon_gaps_and_spelling() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, lost, kept) in [
            (
                "Александра Трусова не выступит на чемпионате.",
                "Alexandra Trusova will compete at the championship.",
                "Alexandra Trusova will not compete at the championship.",
            ),
            // A past form the stemmer leaves whole.
            (
                "Он не знал об этом.",
                "He knew about it.",
                "He did not know about it.",
            ),
            // British spelling against the lexicon's "recognize".
            (
                "Россия не признаёт итоги выборов.",
                "Russia recognises the results of the election.",
                "Russia does not recognise the results of the election.",
            ),
        ] {
            assert_eq!(
                severities(ru, lost, "negation-mismatch"),
                vec![Severity::Error],
                "{lost}"
            );
            assert!(fired(ru, kept, "negation-mismatch").is_empty(), "{kept}");
        }
    }

    #[test]
    fn an_added_negation_of_a_rendered_word_is_certain() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, added, faithful) in [
            (
                "Власти согласились на переговоры.",
                "The authorities did not agree to talks.",
                "The authorities agreed to talks.",
            ),
            (
                "Эти меры защищают граждан.",
                "These measures do not protect citizens.",
                "These measures protect citizens.",
            ),
            (
                "Строительство отставало от планов.",
                "Construction did not lag behind plans.",
                "Construction lagged behind plans.",
            ),
        ] {
            assert_eq!(
                severities(ru, added, "negation-mismatch"),
                vec![Severity::Error],
                "{added}"
            );
            assert!(
                fired(ru, faithful, "negation-mismatch").is_empty(),
                "{faithful}"
            );
        }
        // A source verb negative in meaning, an idiom, a hedge or a light verb: a
        // warning at most.
        for (ru, en) in [
            (
                "Полиция воздержалась от комментариев.",
                "Police did not comment.",
            ),
            (
                "Настоятельно рекомендую это место!",
                "I can't recommend this place enough!",
            ),
            (
                "Расположение как кому удобно.",
                "The location might not be convenient for some.",
            ),
            (
                "Ошибку исправили в кратчайший срок.",
                "The error was fixed in no time.",
            ),
            (
                "Они уже прошли процедуру получения убежища.",
                "They did not go through the asylum procedure.",
            ),
            // "No" negates the noun, which renders the source's.
            ("Все пассажиры выжили.", "No passengers died."),
        ] {
            assert!(
                !severities(ru, en, "negation-mismatch").contains(&Severity::Error),
                "{en}"
            );
        }
    }

    #[test]
    fn one_negation_over_a_list_renders_a_negation_per_verb() {
        let ru =
            "Это нужно, чтобы свалка не загорелась, не источала зловоние и не отравляла почву.";
        let en = "This is needed so that the landfill does not ignite, emit a stench or poison the soil.";
        assert!(fired(ru, en, "negation-mismatch").is_empty());
        let ru = "Он не пришёл на встречу и не позвонил.";
        let en = "He did not come to the meeting but called.";
        assert_eq!(fired(ru, en, "negation-mismatch").len(), 1);
    }
}
