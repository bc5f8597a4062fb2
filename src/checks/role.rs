//! A person's role qualified in the source and not in the translation: a deputy
//! promoted to the post itself («вице-премьер Новак» → "Prime Minister Novak"), an
//! acting head made permanent («врио губернатора» → "governor"), a former minister made
//! current («экс-министр» → "minister"). The name still matches, so the name check
//! cannot see it, and the English reads as fact.

use crate::finding::Finding;
use crate::lang::translit;
use crate::pipeline::Context;
use crate::rules::rule;
use crate::rules::Severity;
use crate::segment::{Sentence, Token, TokenKind};

/// One qualifier of a role: how the source marks it and how English renders it.
struct Qualifier {
    /// What the message calls it.
    what: &'static str,
    /// Whether the source word at `k` marks it.
    marks: fn(&[&Token], usize) -> bool,
    /// English words (lower case, whole words or word beginnings ending in '-') that
    /// render it.
    english: &'static [&'static str],
}

fn deputy(w: &[&Token], k: usize) -> bool {
    let w = w[k].lower.as_str();
    w == "вице"
        || w.starts_with("вице-")
        || w.starts_with("заместител")
        || [
            "замминистр",
            "замглав",
            "замгубернатор",
            "замдиректор",
            "замруководител",
        ]
        .iter()
        .chain(&[
            "замначальник",
            "зампред",
            "заммэр",
            "замгендиректор",
            "замсекретар",
            // «проректор» is a vice-rector.
            "проректор",
        ])
        .any(|p| w.starts_with(p))
}

/// «помощник прокурора», «старший помощник»: an assistant to the post, not its holder.
fn assistant(w: &[&Token], k: usize) -> bool {
    let w = w[k].lower.as_str();
    w.starts_with("помощник") || w.starts_with("помощниц")
}

/// «первый заместитель», «первый вице-премьер»: the first of several deputies.
fn first_deputy(w: &[&Token], k: usize) -> bool {
    w[k].lower.starts_with("перв") && w.len() > k + 1 && deputy(w, k + 1)
}

fn acting(w: &[&Token], k: usize) -> bool {
    let at = |i: usize| w.get(k + i).map_or("", |t| t.lower.as_str());
    at(0) == "врио"
        // «исполняющий обязанности», «и.о.» (split at its points; not the initial of
        // «И. В. Кравцов»).
        || (at(0).starts_with("исполняющ") && at(1).starts_with("обязанност"))
        || at(0).starts_with("и.о")
        || (at(0) == "и"
            && at(1) == "."
            && at(2) == "о"
            && w[k + 1].span.end == w[k + 2].span.start)
}

fn former(w: &[&Token], k: usize) -> bool {
    let w = w[k].lower.as_str();
    w == "экс"
        || w.starts_with("экс-")
        || [
            "бывший",
            "бывшего",
            "бывшему",
            "бывшим",
            "бывшем",
            "бывшая",
            "бывшей",
            "бывшую",
        ]
        .contains(&w)
}

const QUALIFIERS: &[Qualifier] = &[
    Qualifier {
        what: "a deputy",
        marks: deputy,
        // Not "deputies": members of a parliament («сообщила депутатам»).
        english: &[
            "deputy",
            "vice",
            "vice-",
            "second-in-command",
            "pro-rector",
            "prorector",
            "assistant",
        ],
    },
    Qualifier {
        what: "an assistant",
        marks: assistant,
        english: &[
            "assistant",
            "aide",
            "adviser",
            "advisor",
            "deputy",
            "junior",
            "helper",
        ],
    },
    Qualifier {
        what: "a first deputy",
        marks: first_deputy,
        english: &["first"],
    },
    Qualifier {
        what: "acting",
        marks: acting,
        // "stand-in" is split at its hyphen.
        english: &[
            "acting",
            "interim",
            "caretaker",
            "temporary",
            "temporarily",
            "stand",
            "provisional",
        ],
    },
    Qualifier {
        what: "former",
        marks: former,
        english: &[
            "former",
            "formerly",
            "erstwhile",
            // "one-time" is split at its hyphen; "a Spartak player in his day".
            "time",
            "day",
            "ex-",
            "ex",
            "one-time",
            "onetime",
            "previous",
            "previously",
            "past",
            "retired",
            "once",
            "then",
            "used",
            "late",
            "earlier",
            "had",
            // "who served as minister until 2020".
            "served",
            "until",
        ],
    },
];

/// Posts whose holder the qualifier applies to: English words that name a post. A
/// qualifier is only checked when the translation names one, so a deputy of the
/// Duma («депутат», no qualifier) or a sentence that drops the role altogether is
/// left to other rules.
const POSTS: &[&str] = &[
    "minister",
    "premier",
    "president",
    "governor",
    "mayor",
    "head",
    "chairman",
    "chair",
    "chairwoman",
    "director",
    "speaker",
    "chief",
    "prosecutor",
    "secretary",
    "ambassador",
    "commander",
    "manager",
    "rector",
    "coach",
    "leader",
    "spokesman",
    "spokeswoman",
    "ombudsman",
    "senator",
    "judge",
    "general",
];

fn words(s: &Sentence) -> Vec<&Token> {
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word || t.lower == ".")
        .collect()
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("role-mismatch");
    for (b, _) in super::aligned_sentences(ctx) {
        // A one-to-one pair the aligner is sure of: the qualifier and the post speak of
        // the same person.
        if b.shape() != (1, 1) || b.confidence < 0.9 {
            continue;
        }
        let (sunit, s, _, _) = src.sentence(b.source.start);
        let (_, t, _, _) = tgt.sentence(b.target.start);
        let sw = words(s);
        let tw = words(t);
        let names_post = tw.iter().any(|x| {
            POSTS.contains(&x.lower.trim_end_matches('s')) || EN_TITLES.contains(&x.lower.as_str())
        });
        if !names_post {
            continue;
        }
        let cx = Pair {
            ctx,
            sunit,
            sw: &sw,
            t,
            tunit: tgt.sentence(b.target.start).0,
            g_src: b.source.start,
            g_tgt: b.target.start,
        };
        // A lost deputy is reported once: «Первый заместитель» → "Prime Minister" lost
        // the deputy, and the lost "first" says nothing more.
        let mut deputy_lost = false;
        for q in QUALIFIERS {
            let Some(k) = (0..sw.len()).find(|&k| (q.marks)(&sw, k)) else {
                continue;
            };
            if q.what == "a first deputy" && deputy_lost {
                continue;
            }
            // "earlier" and "previously" render a «ранее» of the source's own ("Rogozin
            // earlier said" for «Бывший глава … Рогозин ранее заявлял»), not the post.
            let source_says_earlier = sw
                .iter()
                .any(|x| ["ранее", "раньше", "прежде"].contains(&x.lower.as_str()));
            let rendered = t.tokens.iter().any(|x| {
                x.kind == TokenKind::Word
                    && !(source_says_earlier
                        && ["earlier", "previously"].contains(&x.lower.as_str()))
                    && q.english.iter().any(|e| {
                        // "ex-" is a prefix with its hyphen ("ex-minister"), not "expected".
                        if e.ends_with('-') {
                            x.lower.starts_with(e) && x.lower.len() > e.len()
                        } else {
                            x.lower == *e
                        }
                    })
            });
            if rendered {
                continue;
            }
            deputy_lost |= q.what == "a deputy";
            let span = sw[k].span.clone();
            let cue = &sunit.text[span.clone()];
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the source calls the person {} («{cue}») but the translation does not",
                        q.what
                    ),
                )
                // "former" is often said by tense alone ("who headed the ministry"),
                // unless the English gives the title as the person's own now; a first
                // deputy is a deputy still.
                .severity(
                    if (q.what == "former" && !asserts_present(&cx, k))
                        || q.what == "a first deputy"
                    {
                        Severity::Warning
                    } else {
                        r.severity
                    },
                )
                .source(src.span_in(b.source.start, span))
                .target(tgt.sentence_span(b.target.start)),
            );
        }
        added_qualifier(&cx, out);
        post_swapped(&cx, out);
        portfolio_swapped(&cx, out);
    }
}

/// One confidently aligned sentence pair, as the two newer checks see it.
struct Pair<'a> {
    ctx: &'a Context<'a>,
    sunit: &'a crate::input::Unit,
    sw: &'a [&'a Token],
    t: &'a Sentence,
    tunit: &'a crate::input::Unit,
    g_src: usize,
    g_tgt: usize,
}

/// A qualifier the translation puts on a post when the source has none.
struct Added {
    what: &'static str,
    /// English words that state it when a post follows.
    english: &'static [&'static str],
    /// Whether the source says it anywhere in the sentence (word at `k`).
    in_source: fn(&[&Token], usize) -> bool,
    severity: Severity,
}

fn source_deputy(w: &[&Token], k: usize) -> bool {
    deputy(w, k) || w[k].lower == "зам" || w[k].lower.starts_with("помощник")
}

fn source_assistant(w: &[&Token], k: usize) -> bool {
    source_deputy(w, k) || w[k].lower.starts_with("ассистент")
}

fn source_acting(w: &[&Token], k: usize) -> bool {
    let x = w[k].lower.as_str();
    acting(w, k) || x.starts_with("исполня") || x.starts_with("временн") || x.starts_with("врио")
}

/// «бывший», «экс-», and what English also renders as "former": «ранее занимавший»,
/// «в прошлом», «прежний», a past «был министром», «тогдашний», «покойный».
fn source_former(w: &[&Token], k: usize) -> bool {
    let x = w[k].lower.as_str();
    former(w, k)
        || x.starts_with("бывш")
        || x.starts_with("экс")
        || x.starts_with("прежн")
        || x.starts_with("тогдашн")
        || x.starts_with("отставн")
        || x.starts_with("покойн")
        || x.starts_with("ушедш")
        || x.starts_with("уходящ")
        || x.starts_with("занимавш")
        || x.starts_with("возглавлявш")
        || x.starts_with("руководивш")
        || x.starts_with("являвш")
        || x.starts_with("работавш")
        || ([
            "ранее",
            "раньше",
            "прежде",
            "прошлом",
            "тогда",
            "был",
            "была",
            "были",
        ]
        .contains(&x)
            && !earlier_of_saying(w, k))
}

/// «сообщал ранее», «ранее заявил»: "earlier" said of the statement, not of the post.
fn earlier_of_saying(w: &[&Token], k: usize) -> bool {
    const SAYING: &[&str] = &[
        "сообщ",
        "заяв",
        "говор",
        "сказа",
        "рассказ",
        "отмеча",
        "отмети",
        "подчерк",
        "писал",
        "указыва",
        "указал",
        "предупре",
        "поясн",
        "объясн",
    ];
    let saying = |t: &&Token| SAYING.iter().any(|p| t.lower.starts_with(p));
    matches!(w[k].lower.as_str(), "ранее" | "раньше" | "прежде")
        && (k.checked_sub(1).and_then(|i| w.get(i)).is_some_and(saying)
            || w.get(k + 1).is_some_and(saying))
}

const ADDED: &[Added] = &[
    Added {
        what: "a deputy",
        english: &["deputy", "vice"],
        in_source: source_deputy,
        severity: Severity::Error,
    },
    Added {
        what: "an assistant",
        english: &["assistant"],
        in_source: source_assistant,
        severity: Severity::Warning,
    },
    Added {
        what: "acting",
        english: &["acting", "interim", "caretaker"],
        in_source: source_acting,
        severity: Severity::Error,
    },
    Added {
        what: "former",
        english: &["former", "ex", "erstwhile"],
        in_source: source_former,
        severity: Severity::Warning,
    },
];

/// The generic Russian titles («начальник управления», «глава района»), which
/// `POST_CLASSES` leaves out because they render as almost any English title: they
/// still name a post the translation may not make a deputy's.
fn generic_post(t: &Token) -> bool {
    let x = t.lower.as_str();
    [
        "начальник",
        "руководител",
        "председател",
        "командующ",
        "командир",
        "ректор",
        "декан",
        "заведующ",
        "управляющ",
        "секретар",
        "спикер",
        "уполномоченн",
        "прокурор",
    ]
    .iter()
    .any(|p| x.starts_with(p))
        || ["глава", "главы", "главе", "главу", "главой"].contains(&x)
}

/// Words a qualifier may stand before on its way to the post ("former Agriculture
/// Minister", "deputy prime minister"): not "acting as", "acting on behalf of".
fn qualifies_post(ctx: &Context, tw: &[&Token], i: usize) -> bool {
    let en = ctx.pair().target;
    for x in tw.iter().skip(i + 1).take(4) {
        let w = x.lower.as_str();
        if POSTS.contains(&w.trim_end_matches('s')) || w == "prime" {
            return true;
        }
        if x.lower == "." || en.is_stopword(w) || w == "as" {
            return false;
        }
    }
    false
}

/// "Deputy Finance Minister Anton Siluanov" for «Министр финансов Антон Силуанов»: the
/// translation demotes, makes acting or retires a person the source gives the post
/// plainly. Only when the source names a post and says the qualifier nowhere.
fn added_qualifier(p: &Pair, out: &mut Vec<Finding>) {
    let r = rule("role-mismatch");
    if !(0..p.sw.len()).any(|k| post_class(p.sw, k).is_some() || generic_post(p.sw[k])) {
        return;
    }
    let tw = words(p.t);
    for a in ADDED {
        if (0..p.sw.len()).any(|k| (a.in_source)(p.sw, k)) {
            continue;
        }
        let Some(i) = (0..tw.len())
            .find(|&i| a.english.contains(&tw[i].lower.as_str()) && qualifies_post(p.ctx, &tw, i))
        else {
            continue;
        };
        let cue = &p.tunit.text[tw[i].span.clone()];
        out.push(
            Finding::new(
                r,
                format!(
                    "the translation calls the person {} (“{cue}”) but the source does not",
                    a.what
                ),
            )
            .severity(a.severity)
            .source(p.ctx.source().sentence_span(p.g_src))
            .target(p.ctx.target().span_in(p.g_tgt, tw[i].span.clone())),
        );
    }
}

/// A class of posts: the Russian words that name it and the English words that render
/// it (generously: "head" renders a governor, "manager" a coach).
struct PostClass {
    what: &'static str,
    /// Word beginnings; "a b" is two consecutive words.
    ru: &'static [&'static str],
    /// Whole word forms (short words whose beginnings mean other things: «мэрия»).
    ru_exact: &'static [&'static str],
    en: &'static [&'static str],
}

/// Only posts with a definite English rendering: «глава», «руководитель»,
/// «председатель» may become almost any title and are left alone.
const POST_CLASSES: &[PostClass] = &[
    // «председатель» alone is generic, but the board's chair is a definite post, not
    // the chief executive's.
    PostClass {
        what: "chairman of the board",
        ru: &[
            "председател совет директор",
            "председател наблюдательн совет",
        ],
        ru_exact: &[],
        en: &[
            "chairman",
            "chairwoman",
            "chair",
            "chairperson",
            "chairs",
            "board",
            "head",
        ],
    },
    PostClass {
        what: "scientific director",
        ru: &["научн руководител"],
        ru_exact: &[],
        en: &[
            "scientific",
            "science",
            "research",
            "academic",
            "supervisor",
            "adviser",
            "advisor",
            "scholar",
        ],
    },
    PostClass {
        what: "director general",
        ru: &["генеральн директор", "гендиректор"],
        ru_exact: &[],
        en: &[
            "director",
            "ceo",
            "chief",
            "executive",
            "head",
            "general",
            "manager",
            "managing",
            "boss",
            "president",
            // Not "chairman": that is the board's chair («председатель совета
            // директоров»), another person.
            "md",
        ],
    },
    PostClass {
        what: "governor",
        ru: &["губернатор"],
        ru_exact: &[],
        en: &[
            "governor",
            "governors",
            "gubernatorial",
            "head",
            "chief",
            "leader",
            "governorship",
        ],
    },
    PostClass {
        what: "mayor",
        ru: &["градоначальник"],
        ru_exact: &["мэр", "мэра", "мэру", "мэром", "мэре", "мэры", "мэров"],
        en: &[
            "mayor",
            "mayors",
            "mayoral",
            "head",
            "chief",
            "leader",
            "mayoralty",
        ],
    },
    PostClass {
        what: "prime minister",
        ru: &["премьер"],
        ru_exact: &[],
        en: &[
            "premier",
            "prime",
            "pm",
            "head",
            "chief",
            "leader",
            "premiership",
            "minister",
        ],
    },
    PostClass {
        what: "minister",
        ru: &["министр"],
        ru_exact: &[],
        en: &[
            "minister",
            "ministers",
            "ministry",
            "ministerial",
            "secretary",
            "head",
            "chief",
            "premier",
            "pm",
        ],
    },
    PostClass {
        what: "president",
        ru: &["президент"],
        ru_exact: &[],
        en: &[
            "president",
            "presidents",
            "presidential",
            "presidency",
            "head",
            "chief",
            "leader",
            "ceo",
            "chairman",
            "chairwoman",
            "chair",
        ],
    },
    PostClass {
        what: "producer",
        ru: &["продюсер"],
        ru_exact: &[],
        en: &[
            "producer",
            "producers",
            "produced",
            "producing",
            "production",
            "co-producer",
        ],
    },
    PostClass {
        what: "film director",
        ru: &["режиссер"],
        ru_exact: &[],
        en: &[
            "director",
            "directors",
            "directed",
            "directing",
            "filmmaker",
            "filmmakers",
            "film-maker",
            "helmer",
            "auteur",
        ],
    },
    PostClass {
        what: "director",
        ru: &["директор"],
        ru_exact: &[],
        en: &[
            "director",
            "directors",
            "head",
            "chief",
            "manager",
            "principal",
            "headmaster",
            "headmistress",
            "headteacher",
            "ceo",
            "executive",
            "boss",
            "president",
            "chairman",
            "curator",
            "administrator",
        ],
    },
    PostClass {
        what: "ambassador",
        ru: &[],
        ru_exact: &["посол", "посла", "послу", "послом", "послы", "послов"],
        en: &[
            "ambassador",
            "ambassadors",
            "envoy",
            "envoys",
            "diplomat",
            "ambassadorial",
        ],
    },
    PostClass {
        what: "prosecutor",
        ru: &["прокурор"],
        ru_exact: &[],
        en: &[
            "prosecutor",
            "prosecutors",
            "prosecution",
            "attorney",
            "procurator",
            "da",
        ],
    },
    PostClass {
        what: "judge",
        ru: &[],
        ru_exact: &[
            "судья",
            "судьи",
            "судью",
            "судьей",
            "судье",
            "судей",
            "судьям",
        ],
        en: &[
            "judge",
            "judges",
            "justice",
            "magistrate",
            "referee",
            "referees",
            "umpire",
            "arbiter",
            "court",
            "official",
            "ref",
        ],
    },
    PostClass {
        what: "coach",
        ru: &["тренер", "наставник"],
        ru_exact: &[],
        en: &[
            "coach",
            "coaches",
            "coaching",
            "coached",
            "trainer",
            "manager",
            "boss",
            "mentor",
            "head",
            "instructor",
            "tactician",
            "gaffer",
            "helmsman",
        ],
    },
    PostClass {
        what: "captain",
        ru: &["капитан"],
        ru_exact: &[],
        en: &[
            "captain",
            "captains",
            "captained",
            "captaincy",
            "skipper",
            "skippered",
            "commander",
            "master",
            "armband",
        ],
    },
    PostClass {
        what: "spokesman",
        ru: &["пресс-секретар", "пресс секретар"],
        ru_exact: &[],
        en: &[
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "spokesmen",
            "spokespeople",
            "secretary",
            "press",
            "aide",
            "representative",
            "speaker",
            "mouthpiece",
        ],
    },
];

/// The class of the post named at word `k` and how many words it takes.
fn post_class(w: &[&Token], k: usize) -> Option<(&'static PostClass, usize)> {
    let x = w[k].lower.as_str();
    POST_CLASSES.iter().find_map(|c| {
        if c.ru_exact.contains(&x) {
            return Some((c, 1));
        }
        c.ru.iter().find_map(|p| {
            let parts: Vec<&str> = p.split(' ').collect();
            let ok = parts
                .iter()
                .enumerate()
                .all(|(j, part)| w.get(k + j).is_some_and(|t| t.lower.starts_with(part)));
            ok.then_some((c, parts.len()))
        })
    })
}

/// The surname of the person a post at word `k` (taking `len` words) is attached to:
/// the first run of two capitalised words within a few words after it («губернатор
/// Ростовской области Юрий Слюсарь»), else a capitalised word right after it
/// («министр Силуанов»).
fn attached_surname<'a>(w: &[&'a Token], k: usize, len: usize) -> Option<&'a Token> {
    let start = k + len;
    let cap = |t: &Token| t.capitalized && !t.all_caps && t.lower != ".";
    let end = (start + 5).min(w.len());
    let mut i = start;
    while i < end {
        if i > start && post_class(w, i).is_some() {
            break;
        }
        if cap(w[i]) && w.get(i + 1).is_some_and(|t| cap(t)) {
            let mut j = i + 1;
            while w.get(j + 1).is_some_and(|t| cap(t)) {
                j += 1;
            }
            return Some(w[j]);
        }
        i += 1;
    }
    w.get(start).filter(|t| cap(t)).copied()
}

/// A post in an oblique case before a name in the nominative is a complement of
/// another title, not the person's own: «пресс-секретарь президента Дмитрий Песков».
fn complement(w: &[&Token], k: usize, len: usize) -> bool {
    let post = w[k + len - 1].lower.as_str();
    let oblique = ["а", "я", "у", "ю", "ом", "ем", "е", "и", "ы", "ой"]
        .iter()
        .any(|e| post.ends_with(e))
        && post != "судья";
    // The first capitalised word after the post: a masculine name in the nominative
    // ends in a consonant, -й or -ь (Дмитрий, Антон); the genitive adds -а/-я.
    let nominative = w[k + len..]
        .iter()
        .take(5)
        .find(|t| t.capitalized && !t.all_caps)
        .and_then(|t| t.lower.chars().last())
        .is_some_and(|c| !"аяуюеиыоё".contains(c));
    oblique && nominative
}

/// English words that name a post, for the title a translation puts before a name.
const EN_TITLES: &[&str] = &[
    "founder",
    "co-founder",
    "cofounder",
    "owner",
    "co-owner",
    "shareholder",
    "producer",
    "ceo",
    "captain",
    "filmmaker",
    "envoy",
    "referee",
    "spokesperson",
    "boss",
    "executive",
    "principal",
    "trainer",
    "skipper",
    "mentor",
    "official",
];

/// Generic English titles: a mismatch with them is a warning, not an error.
const EN_GENERIC: &[&str] = &[
    "head",
    "chief",
    "leader",
    "boss",
    "official",
    "executive",
    "manager",
];

/// A minister's portfolio: how the source names it right after «министр» and the
/// English words that render it (word beginnings).
struct Portfolio {
    what: &'static str,
    /// Word beginnings after «министр(а)»; "a b" is two consecutive words («по» is
    /// skipped: «министр по чрезвычайным ситуациям»).
    after: &'static [&'static str],
    /// Word beginnings that mention the portfolio anywhere in the source (a ministry's
    /// short name too): then an English word for it may render that mention.
    anywhere: &'static [&'static str],
    en: &'static [&'static str],
}

const PORTFOLIOS: &[Portfolio] = &[
    Portfolio {
        what: "finance",
        after: &["финанс"],
        anywhere: &["финанс", "минфин"],
        en: &["financ", "treasury", "exchequer"],
    },
    Portfolio {
        what: "economic development",
        after: &["экономик", "экономическ"],
        anywhere: &["экономи", "минэк"],
        en: &["econom"],
    },
    Portfolio {
        what: "defence",
        after: &["оборон"],
        anywhere: &["оборон", "минобор", "пентагон", "военн"],
        en: &["defen", "pentagon"],
    },
    Portfolio {
        what: "foreign affairs",
        after: &["иностранн дел"],
        anywhere: &["иностранн", "мид", "внешн"],
        en: &["foreign", "external"],
    },
    Portfolio {
        what: "interior",
        after: &["внутренн дел"],
        anywhere: &["внутренн", "мвд", "полиц"],
        en: &["interior", "internal", "home", "police"],
    },
    Portfolio {
        what: "health",
        after: &["здравоохранен"],
        anywhere: &["здрав", "минздрав", "медиц"],
        en: &["health", "medic"],
    },
    Portfolio {
        what: "education",
        after: &["просвещен", "образован", "наук"],
        anywhere: &["просвещ", "образова", "наук", "минобр", "школ"],
        en: &["educat", "enlightenment", "school", "scien", "higher"],
    },
    Portfolio {
        what: "justice",
        after: &["юстиц"],
        anywhere: &["юстиц", "минюст", "суд"],
        en: &["justice", "legal", "law"],
    },
    Portfolio {
        what: "culture",
        after: &["культур"],
        anywhere: &["культур", "минкульт"],
        en: &["cultur", "arts"],
    },
    Portfolio {
        what: "agriculture",
        after: &["сельск хозяйств"],
        anywhere: &["сельск", "сельхоз", "аграр", "минсельхоз"],
        en: &["agricultur", "farm", "food", "rural"],
    },
    Portfolio {
        what: "industry and trade",
        after: &["промышленност", "торговл"],
        anywhere: &["промышлен", "торгов", "минпромторг"],
        en: &["industr", "trade", "commerce"],
    },
    Portfolio {
        what: "energy",
        after: &["энергетик"],
        anywhere: &["энерг", "минэнерго"],
        en: &["energy", "fuel", "oil"],
    },
    Portfolio {
        what: "transport",
        after: &["транспорт"],
        anywhere: &["транспорт", "минтранс"],
        en: &["transport"],
    },
    Portfolio {
        what: "labour",
        after: &["труд"],
        anywhere: &["труд", "социальн", "минтруд"],
        en: &["labo", "work", "employment", "social"],
    },
    Portfolio {
        what: "sport",
        after: &["спорт"],
        anywhere: &["спорт", "минспорт"],
        en: &["sport"],
    },
    Portfolio {
        what: "natural resources",
        after: &["природн"],
        anywhere: &["природ", "экологи", "минприрод"],
        en: &["natural", "environment", "ecolog", "resource"],
    },
    Portfolio {
        what: "construction",
        after: &["строительств"],
        anywhere: &["строительств", "минстрой"],
        en: &["construction", "building", "housing"],
    },
    Portfolio {
        what: "digital development",
        after: &["цифров"],
        anywhere: &["цифров", "минцифр", "связ"],
        en: &["digital", "communication", "telecom"],
    },
    Portfolio {
        what: "emergencies",
        after: &["чрезвычайн"],
        anywhere: &["чрезвычайн", "мчс"],
        en: &["emergenc", "civil"],
    },
];

/// The portfolio named right after a «министр» at word `k`.
fn portfolio_at(w: &[&Token], k: usize) -> Option<&'static Portfolio> {
    let x = w[k].lower.as_str();
    if !x.starts_with("министр") || x.starts_with("министерств") {
        return None;
    }
    let start = if w.get(k + 1).is_some_and(|t| t.lower == "по") {
        k + 2
    } else {
        k + 1
    };
    PORTFOLIOS.iter().find(|p| {
        p.after.iter().any(|pat| {
            pat.split(' ')
                .enumerate()
                .all(|(j, part)| w.get(start + j).is_some_and(|t| t.lower.starts_with(part)))
        })
    })
}

/// «Министр финансов Антон Силуанов» → "Economy Minister Anton Siluanov" or "Prime
/// Minister Anton Siluanov": the English minister keeps the name and gets another
/// portfolio. Flagged when the source names exactly one portfolio after «министр»,
/// nothing in the English sentence renders it, and a "minister"/"secretary" of the
/// translation carries another portfolio the source mentions nowhere (or "prime",
/// when the source says nothing of a premier or a government).
fn portfolio_swapped(p: &Pair, out: &mut Vec<Finding>) {
    let r = rule("role-mismatch");
    let said: Vec<(usize, &Portfolio)> = (0..p.sw.len())
        .filter_map(|k| portfolio_at(p.sw, k).map(|f| (k, f)))
        .collect();
    let Some(&(k, lost)) = said.first() else {
        return;
    };
    if said.iter().any(|(_, f)| !std::ptr::eq(*f, lost)) {
        return;
    }
    let tw = words(p.t);
    let en_has = |f: &Portfolio, x: &str| f.en.iter().any(|e| x.starts_with(e));
    if tw.iter().any(|x| en_has(lost, &x.lower)) {
        return;
    }
    let source_mentions = |f: &Portfolio| {
        p.sw.iter()
            .any(|x| f.anywhere.iter().any(|a| x.lower.starts_with(a)))
    };
    let premier_in_source = p.sw.iter().any(|x| {
        ["премьер", "правительств", "кабмин", "кабинет"]
            .iter()
            .any(|a| x.lower.starts_with(a))
    });
    // The words around each English minister: "Economy Minister", "Minister of the
    // Economy", "Minister for Economic Development".
    let en = p.ctx.pair().target;
    // The title phrase: words up to a stop word or a point ("working with the
    // minister" is no labour minister).
    let content = |x: &&&Token| x.lower != "." && !en.is_stopword(&x.lower);
    for (i, m) in tw.iter().enumerate() {
        if !["minister", "secretary"].contains(&m.lower.as_str()) {
            continue;
        }
        let before = tw[i.saturating_sub(3)..i].iter().rev().take_while(content);
        let near: Vec<&&Token> = if tw
            .get(i + 1)
            .is_some_and(|x| ["of", "for"].contains(&x.lower.as_str()))
        {
            let after = tw[i + 2..]
                .iter()
                .skip_while(|x| x.lower == "the")
                .take(3)
                .take_while(content);
            before.chain(after).collect()
        } else {
            before.collect()
        };
        let other = near.iter().find_map(|x| {
            if x.lower == "prime" && !premier_in_source {
                return Some((*x, "prime minister"));
            }
            PORTFOLIOS
                .iter()
                .find(|f| !std::ptr::eq(*f, lost) && en_has(f, &x.lower) && !source_mentions(f))
                .map(|f| (*x, f.what))
        });
        let Some((word, what)) = other else {
            continue;
        };
        let cue = &p.sunit.text[p.sw[k].span.start..p.sw[k + 1].span.end];
        let said = &p.tunit.text[word.span.clone()];
        out.push(
            Finding::new(
                r,
                format!(
                    "the source names the {} minister («{cue}…») but the translation says “{said}” ({what})",
                    lost.what
                ),
            )
            .source(p.ctx.source().span_in(p.g_src, p.sw[k].span.start..p.sw[k + 1].span.end))
            .target(p.ctx.target().span_in(p.g_tgt, word.span.clone())),
        );
        return;
    }
}

/// The English token of a Russian surname: a capitalised word spelled like it.
/// The surname may be in an oblique case («по словам … Ильи Сивцева»): its stem
/// without the case ending is tried too.
fn english_name(tw_all: &[Token], surname: &Token) -> Option<usize> {
    let lower = surname.lower.as_str();
    let keys: Vec<String> = std::iter::once(lower)
        .chain(
            ["ому", "ого", "ым", "ом", "ой", "а", "у", "е"]
                .iter()
                .filter_map(|e| lower.strip_suffix(e))
                .filter(|stem| stem.chars().count() >= 3),
        )
        .map(|f| translit::key(&translit::romanize_ru(f)))
        .collect();
    tw_all.iter().position(|x| {
        x.kind == TokenKind::Word
            && x.capitalized
            && keys
                .iter()
                .any(|k| translit::key_similarity(&translit::key(&x.lower), k) >= 0.86)
    })
}

/// The title the translation puts before the name at token `n`: back over the name and
/// the title phrase, not past a comma, a bracket or a verb-like function word.
fn title_before<'a>(p: &Pair<'a>, n: usize) -> Option<&'a Token> {
    let mut seen = 0;
    for x in p.t.tokens[..n].iter().rev() {
        if x.kind != TokenKind::Word {
            if x.lower == "'" || x.lower == "’" || x.lower == "-" || x.lower.trim().is_empty() {
                continue;
            }
            return None;
        }
        seen += 1;
        if seen > 7 {
            return None;
        }
        let w = x.lower.as_str();
        if POSTS.contains(&w.trim_end_matches('s')) || EN_TITLES.contains(&w) {
            return Some(x);
        }
        if !["the", "of", "a", "an"].contains(&w)
            && !x.capitalized
            && p.ctx.pair().target.is_stopword(w)
        {
            return None;
        }
    }
    None
}

/// A title in apposition after the name at token `n`: "Rogozin, the head of
/// Roscosmos," (a post word within a few words after the comma).
fn title_after(p: &Pair, n: usize) -> bool {
    let mut rest = p.t.tokens[n + 1..]
        .iter()
        .filter(|x| !x.lower.trim().is_empty());
    if rest.next().is_none_or(|x| x.lower != ",") {
        return false;
    }
    rest.take_while(|x| x.kind == TokenKind::Word)
        .take(5)
        .any(|x| POSTS.contains(&x.lower.trim_end_matches('s')))
}

/// Whether the translation states that the person a «бывший» at source word `k`
/// qualifies holds the post now: "the current head", or a title attached to their
/// name ("The head of Roscosmos Dmitry Rogozin said", "Rogozin, the head of
/// Roscosmos, said"). A post named elsewhere in the sentence may be past by context
/// ("Rogozin, who headed …") and stays a warning.
fn asserts_present(p: &Pair, k: usize) -> bool {
    let tw = words(p.t);
    if tw
        .iter()
        .any(|x| ["current", "currently", "incumbent", "sitting"].contains(&x.lower.as_str()))
    {
        return true;
    }
    let Some(surname) = attached_surname(p.sw, k, 1) else {
        return false;
    };
    if surname.lower.chars().count() < 3 {
        return false;
    }
    english_name(&p.t.tokens, surname)
        .is_some_and(|n| title_before(p, n).is_some() || title_after(p, n))
}

/// «Губернатор Ростовской области Юрий Слюсарь» → "Rostov Mayor Yuri Slyusar": the
/// person keeps the name and gets another post. Flagged when the title before the
/// same name in the translation is a post word and nothing in the sentence renders
/// the source's post.
fn post_swapped(p: &Pair, out: &mut Vec<Finding>) {
    let r = rule("role-mismatch");
    let tw_all = &p.t.tokens;
    let words_t = words(p.t);
    let mut k = 0;
    while k < p.sw.len() {
        let Some((class, len)) = post_class(p.sw, k) else {
            k += 1;
            continue;
        };
        let here = k;
        k += len;
        let Some(surname) = attached_surname(p.sw, here, len) else {
            continue;
        };
        if surname.lower.chars().count() < 3 || complement(p.sw, here, len) {
            continue;
        }
        if words_t.iter().any(|x| class.en.contains(&x.lower.as_str())) {
            continue;
        }
        let Some(n) = english_name(tw_all, surname) else {
            continue;
        };
        let Some(title) = title_before(p, n) else {
            continue;
        };
        let cue = &p.sunit.text[p.sw[here].span.start..p.sw[here + len - 1].span.end];
        let said = &p.tunit.text[title.span.clone()];
        let generic = EN_GENERIC.contains(&title.lower.as_str());
        out.push(
            Finding::new(
                r,
                format!(
                    "the source calls {} a {} («{cue}») but the translation calls them “{said}”",
                    &p.sunit.text[surname.span.clone()],
                    class.what
                ),
            )
            .severity(if generic {
                Severity::Warning
            } else {
                r.severity
            })
            .source(p.ctx.source().span_in(
                p.g_src,
                p.sw[here].span.start..p.sw[here + len - 1].span.end,
            ))
            .target(p.ctx.target().span_in(p.g_tgt, title.span.clone())),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{fired, severities};
    use crate::rules::Severity;

    #[test]
    fn a_deputy_promoted_to_the_post_is_an_error() {
        let ru = "Вице-премьер Александр Новак заявил о росте добычи.";
        let bad = "Prime Minister Alexander Novak announced a rise in output.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        let good = "Deputy Prime Minister Alexander Novak announced a rise in output.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Замглавы Минфина Иван Чебесков прокомментировал решение.";
        let bad = "Head of the Finance Ministry Ivan Chebeskov commented on the decision.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        let good = "Deputy Finance Minister Ivan Chebeskov commented on the decision.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // A vice-rector is no rector.
        let ru = "Проректор университета Иван Петров подал в отставку.";
        assert_eq!(
            fired(
                ru,
                "University rector Ivan Petrov resigned.",
                "role-mismatch"
            )
            .len(),
            1
        );
        assert!(fired(ru, "Vice-rector Ivan Petrov resigned.", "role-mismatch").is_empty());
    }

    #[test]
    fn earlier_said_of_a_statement_is_no_former_post() {
        let ru = "Стоимость работ оценивается в 170 млрд рублей, сообщал ранее вице-премьер Денис Мантуров.";
        let bad = "The work is estimated at 170 billion rubles, former Deputy Prime Minister Denis Manturov said earlier.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        let good = "The work is estimated at 170 billion rubles, Deputy Prime Minister Denis Manturov said earlier.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // «ранее занимавший пост» is a former post.
        assert!(fired(
            "Ранее занимавший пост вице-премьера Денис Мантуров посетил завод.",
            "Former Deputy Prime Minister Denis Manturov visited the plant.",
            "role-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn an_assistant_is_not_the_post_and_the_post_not_an_assistant() {
        let ru =
            "«Дело направлено в суд», — заявила старший помощник прокурора области Елена Миронова.";
        let bad = "\"The case has been sent to court,\" said regional prosecutor Elena Mironova.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        for good in [
            "\"The case has been sent to court,\" said senior assistant regional prosecutor Elena Mironova.",
            "\"The case has been sent to court,\" said Elena Mironova, an aide to the regional prosecutor.",
        ] {
            assert!(fired(ru, good, "role-mismatch").is_empty(), "{good}");
        }
        let ru = "«Дело направлено в суд», — заявил прокурор области Игорь Лосев.";
        let bad =
            "\"The case has been sent to court,\" said assistant regional prosecutor Igor Losev.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "\"The case has been sent to court,\" said regional prosecutor Igor Losev.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn acting_and_former_must_survive() {
        let ru = "Врио губернатора Алексей Смирнов посетил больницу.";
        let bad = "Governor Alexei Smirnov visited the hospital.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        let good = "Acting Governor Alexei Smirnov visited the hospital.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let good = "Stand-in governor Alexei Smirnov visited the hospital.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "И.о. мэра Олег Ким открыл школу.";
        assert_eq!(
            fired(ru, "Mayor Oleg Kim opened a school.", "role-mismatch").len(),
            1
        );
        // An initial is no «и.о.».
        let ru = "Об этом сказал главный тренер И. В. Кравцов.";
        assert!(fired(ru, "Head coach Igor Kravtsov said so.", "role-mismatch").is_empty());
        let ru = "Бывший министр Андрей Белов дал интервью.";
        // The title is given as his own now: an error.
        let bad = "Minister Andrei Belov gave an interview.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        let good = "Former minister Andrei Belov gave an interview.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        assert!(fired(
            ru,
            "Ex-minister Andrei Belov gave an interview.",
            "role-mismatch"
        )
        .is_empty());
        // A word that merely starts with "ex" renders nothing.
        let bad = "Minister Andrei Belov gave an expected interview.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
    }

    #[test]
    fn qualifiers_are_rendered_by_the_words_for_the_post_not_by_others() {
        // Duma members are no deputy minister.
        let ru = "Заместитель министра труда Ольга Баталина сообщила депутатам о планах.";
        let bad = "Labour Minister Olga Batalina told deputies about the plans.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        let good = "Deputy Labour Minister Olga Batalina told MPs about the plans.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // "earlier" renders the source's «ранее», not «бывший».
        let ru = "Бывший глава Роскосмоса Дмитрий Рогозин ранее заявлял об этом.";
        let bad = "Head of Roscosmos Dmitry Rogozin earlier stated this.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        let good = "Former Roscosmos head Dmitry Rogozin had earlier stated this.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Бывший министр экономического развития Максим Орешкин дал интервью.";
        let good = "Maxim Oreshkin, who served as economic development minister until 2020, gave an interview.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // A first deputy made a plain one.
        let ru = "Первый вице-премьер Денис Мантуров посетил завод.";
        let bad = "Deputy Prime Minister Denis Manturov visited the plant.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "First Deputy Prime Minister Denis Manturov visited the plant.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // A first deputy made the head: the lost deputy is one finding, not two.
        let ru = "Первый заместитель председателя правительства Олег Петров открыл форум.";
        let bad = "Prime Minister Oleg Petrov opened the forum.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        let half = "Deputy Prime Minister Oleg Petrov opened the forum.";
        assert_eq!(
            severities(ru, half, "role-mismatch"),
            vec![Severity::Warning]
        );
    }

    #[test]
    fn a_qualifier_the_source_lacks_is_flagged() {
        let ru = "Министр финансов Антон Силуанов заявил журналистам об этом.";
        for bad in [
            "Deputy Finance Minister Anton Siluanov told reporters about it.",
            "Acting Finance Minister Anton Siluanov told reporters about it.",
        ] {
            assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        }
        let bad = "Former Finance Minister Anton Siluanov told reporters about it.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "Finance Minister Anton Siluanov told reporters about it.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Президент зернового союза Аркадий Злочевский заявил об этом.";
        let bad = "Vice President of the grain union Arkady Zlochevsky said so.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        // The source says it another way: «экс-», «ранее занимавший».
        let ru = "Экс-министр Андрей Карпов заявил об этом.";
        assert!(fired(ru, "Ex-minister Andrei Karpov said this.", "role-mismatch").is_empty());
        let ru = "Андрей Карпов, ранее занимавший пост министра, заявил об этом.";
        let good = "Andrei Karpov, the former minister, said this.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // A member of parliament and "acting" as a verb are no qualifiers.
        let ru = "Министр Андрей Карпов заявил об этом депутату Госдумы.";
        let good = "Minister Andrei Karpov said this to a State Duma deputy.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Министр Андрей Карпов заявил об этом, выступая как эксперт.";
        let good = "Minister Andrei Karpov said this, acting as an expert.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn another_post_for_the_same_person_is_flagged() {
        let ru = "Губернатор Ростовской области Юрий Слюсарь заявил об этом.";
        assert_eq!(
            severities(ru, "Rostov Mayor Yuri Slyusar said so.", "role-mismatch"),
            vec![Severity::Error]
        );
        let good = "Rostov Region Governor Yuri Slyusar said so.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "На красной дорожке появился продюсер картины Федор Бондарчук.";
        let bad = "The film's director Fyodor Bondarchuk walked the red carpet.";
        assert_eq!(fired(ru, bad, "role-mismatch").len(), 1);
        let good = "The film's producer Fyodor Bondarchuk walked the red carpet.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        // A generic title is a warning.
        let ru = "Об этом сообщил научный руководитель Гидрометцентра Роман Вильфанд.";
        let bad = "This was reported by the head of the Hydrometcentre Roman Vilfand.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "This was reported by the Hydrometcentre's scientific director Roman Vilfand.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn equivalent_titles_and_titles_of_others_are_left_alone() {
        // «пресс-секретарь президента»: the president is not Peskov's post.
        let ru = "Пресс-секретарь президента Дмитрий Песков заявил об этом.";
        assert!(fired(
            ru,
            "Kremlin spokesman Dmitry Peskov said so.",
            "role-mismatch"
        )
        .is_empty());
        let ru = "Главный тренер «Зенита» Сергей Семак заявил об этом.";
        assert!(fired(ru, "Zenit manager Sergei Semak said so.", "role-mismatch").is_empty());
        let ru = "Об этом заявил генеральный директор компании Дмитрий Белов.";
        let good = "This was stated by the company's CEO Dmitry Belov.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn another_kind_of_chief_for_the_same_person_is_flagged() {
        // The board's chair is not the chief executive, nor the founder.
        let ru = "По словам генерального директора фирмы Петра Зуева, спрос растёт.";
        for bad in [
            "According to the firm's founder Pyotr Zuev, demand is growing.",
            "According to the firm's chairman Pyotr Zuev, demand is growing.",
        ] {
            assert_eq!(
                severities(ru, bad, "role-mismatch"),
                vec![Severity::Error],
                "{bad}"
            );
        }
        let good = "According to the firm's CEO Pyotr Zuev, demand is growing.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Председатель совета директоров завода Олег Ломов подписал договор.";
        let bad = "The plant's CEO Oleg Lomov signed the contract.";
        assert_eq!(fired(ru, bad, "role-mismatch"), vec!["CEO".to_string()]);
        let good = "The chairman of the plant's board Oleg Lomov signed the contract.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn a_ministers_portfolio_must_survive() {
        let ru = "Министр финансов Антон Силуанов заявил журналистам об этом.";
        for (bad, word) in [
            (
                "Economy Minister Anton Siluanov told reporters about it.",
                "Economy",
            ),
            (
                "Prime Minister Anton Siluanov told reporters about it.",
                "Prime",
            ),
            (
                "The Minister of Economic Development Anton Siluanov told reporters about it.",
                "Economic",
            ),
        ] {
            assert_eq!(
                fired(ru, bad, "role-mismatch"),
                vec![word.to_string()],
                "{bad}"
            );
        }
        for good in [
            "Finance Minister Anton Siluanov told reporters about it.",
            "The Minister of Finance Anton Siluanov told reporters about it.",
            // Not a portfolio: a word before the minister outside the title.
            "Anton Siluanov, working as minister, told reporters about it.",
        ] {
            assert!(fired(ru, good, "role-mismatch").is_empty(), "{good}");
        }
        // Both portfolios in the source: the English may name either person's.
        let ru = "Министр обороны Иван Лосев встретился с главой МИД Китая.";
        let good = "Defence Minister Ivan Losev met China's Foreign Minister.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let bad = "Foreign Minister Ivan Losev met the head of China's diplomacy.";
        assert!(
            fired(
                "Министр обороны Иван Лосев встретился с коллегой из Китая.",
                bad,
                "role-mismatch"
            )
            .len()
                == 1
        );
        // A premier the source speaks of is no swap.
        let ru = "Министр Антон Силуанов доложил премьеру о бюджете.";
        let good = "Minister Anton Siluanov reported to the Prime Minister on the budget.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn a_deputy_added_to_a_generic_title_is_flagged() {
        let ru = "Об этом сообщил начальник управления Игорь Зотов.";
        let bad = "This was reported by deputy head of the department Igor Zotov.";
        assert_eq!(severities(ru, bad, "role-mismatch"), vec![Severity::Error]);
        let good = "This was reported by the head of the department Igor Zotov.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
        let ru = "Об этом сообщил заместитель начальника управления Игорь Зотов.";
        let good = "This was reported by deputy head of the department Igor Zotov.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn a_dropped_former_is_an_error_when_the_title_is_given_as_current() {
        let ru = "Бывший глава агентства Пётр Ерёмин заявил об этом.";
        for bad in [
            "The head of the agency Pyotr Eremin said this.",
            "Pyotr Eremin, the head of the agency, said this.",
            "The agency's current head, Pyotr Eremin, said this.",
        ] {
            assert_eq!(
                severities(ru, bad, "role-mismatch"),
                vec![Severity::Error],
                "{bad}"
            );
        }
        // The post named apart from the person: the English may leave it to context.
        let bad = "Pyotr Eremin said this to the head of the agency.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "Former agency head Pyotr Eremin said this.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
    }

    #[test]
    fn no_post_in_the_translation_is_left_to_other_rules() {
        // «заместитель» rendered by a paraphrase without any post word.
        let ru = "Его заместитель ушёл в отставку.";
        let en = "His number two resigned.";
        assert!(fired(ru, en, "role-mismatch").is_empty());
    }
}
