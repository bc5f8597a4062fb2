//! Direction of change: a source sentence that says something went down whose
//! translation says it went up, or the reverse («на 6% ниже» → "6% higher", «цены
//! снизились» → "prices rose"). MT and hurried editors flip these, and the figures
//! still match, so the number check cannot see it.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::rule;
use crate::segment::{NumKind, Sentence, TokenKind};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Up,
    Down,
}

/// Words that say "up" or "down": word beginnings, and whole words where a beginning
/// would also catch other words («рост» / «Ростов», «выше» / «вышел», «ниже» /
/// «нижегородский»). «больше»/«меньше» and «более»/«менее» are left out: they mostly
/// mean "more than"/"less than", not a change.
struct Cues {
    prefixes: &'static [&'static str],
    words: &'static [&'static str],
}

impl Cues {
    fn matches(&self, lower: &str) -> bool {
        self.words.contains(&lower) || self.prefixes.iter().any(|p| lower.starts_with(p))
    }
}

const RU_UP: Cues = Cues {
    prefixes: &[
        "вырос",
        "выраст",
        "увелич",
        "повыс",
        "повыш",
        "подорож",
        "прирост",
        "подскоч",
        "укрепи",
        "укрепл",
        "подним",
        "поднял",
        "усилил",
        "усилит",
        "усилив",
        "возрос",
        "растущ",
        // A multiplying verb is a rise: «удвоилась», «утроили», «учетверился».
        "удвои",
        "удвоен",
        "удваив",
        "утроил",
        "утроен",
        "утроит",
        "утраив",
        "учетвер",
        // Passing a bound is a rise past it: «превысила 100 тыс.» is no "fell short".
        "превыс",
        "превыш",
        "превзо",
        // A gap or a loss that widens or deepens grows («разрыв расширился»).
        "расширил",
        "расширит",
        "расширя",
        // «расширение», not «расширенное заседание» (an enlarged meeting) nor
        // «углублённое изучение» (in-depth study).
        "расширени",
        "углубил",
        "углубит",
        "углубля",
        "углублени",
    ],
    words: &[
        "рост",
        "роста",
        "росту",
        "ростом",
        "росте",
        "растёт",
        "растет",
        "растут",
        "рос",
        "росла",
        "росло",
        "росли",
        "расти",
        "возрастает",
        "возрастают",
        "возрастать",
        "выше",
        "дороже",
        "подороже",
        // Of the weather: «на 3 градуса теплее нормы».
        "теплее",
    ],
};
const RU_DOWN: Cues = Cues {
    prefixes: &[
        "снизил",
        "снизи",
        "снизя",
        "сниж",
        "пониз",
        "пониж",
        "сократя",
        "сократил",
        "сократи",
        "сокращ",
        "упал",
        "упад",
        "пада",
        "опустил",
        "опустит",
        "опустя",
        "паден",
        "уменьш",
        "подешев",
        "спад",
        "ослаб",
        "обвал",
        "сузи",
        "сужа",
        "сужени",
        // «естественная убыль населения» is a decline ("natural population decline"),
        // as «прирост» is growth.
        "убыва",
        "убыван",
    ],
    words: &[
        "ниже",
        "пониже",
        "дешевле",
        "подешевле",
        "холоднее",
        "убыль",
        "убыли",
        "убылью",
        "убыло",
    ],
};

/// English cues; "up"/"down"/"more"/"less" are left out for the same reason, and so
/// are words with a common unrelated sense ("fall" the season, "cut" a ribbon,
/// "decline" to comment, a "contract").
const EN_UP: Cues = Cues {
    prefixes: &[
        "increas",
        "grow",
        "grew",
        "jump",
        "surg",
        "climb",
        "soar",
        "strengthen",
        "intensif",
        "hike",
        "exceed",
        "surpass",
        // A gap, a loss or a market widens, expands, deepens: it grows ("the loss
        // widened" for «убыток вырос»).
        "widen",
        "expand",
        "expansion",
        "deepen",
        "costlier",
        "dearer",
    ],
    // A multiple is a rise ("doubled" for «выросло вдвое»), and "warmer" is "higher"
    // of the weather. The bare "double"/"triple" are read in context.
    words: &[
        "rise",
        "rises",
        "rose",
        "risen",
        "rising",
        "higher",
        "pricier",
        "raise",
        "raises",
        "raised",
        "raising",
        "warmer",
        "doubled",
        "doubling",
        "tripled",
        "tripling",
        "quadrupled",
        "quadrupling",
    ],
};
const EN_DOWN: Cues = Cues {
    prefixes: &[
        "decreas", "dropp", "reduc", "shrink", "shrank", "slump", "plung", "plummet", "tumbl",
        "weaken", "lowered", "lowering", "slash",
    ],
    // "cut" as a verb of rates and prices; "a cut" is the same direction. "narrowed",
    // "eased" are falls ("the deficit narrowed"); the bare "narrow" and "ease" mostly
    // are not ("a narrow street", "with ease"), and "downturn" keeps "the downturn
    // deepened" from reading as a rise alone.
    words: &[
        "drop",
        "drops",
        "fell",
        "fallen",
        "falling",
        "falls",
        "lower",
        "cheaper",
        "cut",
        "cuts",
        "cutting",
        "colder",
        "halve",
        "halved",
        "halving",
        "narrowed",
        "narrowing",
        "narrows",
        "eased",
        "easing",
        "eases",
        "downturn",
        "downturns",
    ],
};

/// Comparatives that say "up" or "down" only right after a change by a figure: «на 12%
/// меньше», «в 2 раза больше», "12% more", "three times less". Alone they mostly mean
/// "more than" and are no cue.
struct Comparatives {
    more: &'static [&'static str],
    less: &'static [&'static str],
    /// Words after the figure that make it a change: a percentage or a factor.
    units: &'static [&'static str],
    /// Whether a word is a number word («два», "three").
    number_word: fn(&str) -> bool,
    /// Whether a word is a factor by itself («вдвое больше», "twice more").
    multiple: fn(&str) -> bool,
    /// A plain count is a change of that many: after «на» in Russian («на три меньше»,
    /// «на 5 человек больше», «меньше на 3»), before "than" in English ("three more
    /// than a year earlier"; "12 more people" is no comparison).
    count: fn(&[crate::segment::Token], usize) -> bool,
}

fn ru_number_word(w: &str) -> bool {
    crate::lang::Language::number_word(&crate::lang::ru::RUSSIAN, w).is_some()
}

fn en_number_word(w: &str) -> bool {
    crate::lang::Language::number_word(&crate::lang::en::ENGLISH, w).is_some()
}

/// A number word, or "one"/"half" that the lexicon leaves out as too common: next to a
/// unit of change they count ("one and a half times less", "down by half").
fn en_figure_word(w: &str) -> bool {
    en_number_word(w) || matches!(w, "one" | "half")
}

fn ru_multiple(w: &str) -> bool {
    matches!(
        crate::lang::Language::number_word(&crate::lang::ru::RUSSIAN, w),
        Some(crate::lang::NumberWord::Multiple(_))
    )
}

fn en_multiple(w: &str) -> bool {
    matches!(
        crate::lang::Language::number_word(&crate::lang::en::ENGLISH, w),
        Some(crate::lang::NumberWord::Multiple(_))
    )
}

const RU_COMPARATIVES: Comparatives = Comparatives {
    more: &["больше", "более"],
    less: &["меньше", "менее"],
    // «на 1,2 млрд рублей меньше»: a change by an amount is a change too.
    units: &[
        "процент",
        "раз",
        "тыс",
        "млн",
        "млрд",
        "трлн",
        "рубл",
        "доллар",
        "евро",
    ],
    number_word: ru_number_word,
    multiple: ru_multiple,
    count: ru_count,
};
const EN_COMPARATIVES: Comparatives = Comparatives {
    more: &["more"],
    less: &["less", "fewer"],
    units: &[
        "percent", "cent", "times", "thousand", "million", "billion", "trillion", "rubles",
        "roubles", "dollars", "euros",
    ],
    number_word: en_figure_word,
    multiple: en_multiple,
    count: en_count,
};

/// Whether a token is a figure in Russian: a number or a number word.
fn ru_figure(t: &crate::segment::Token) -> bool {
    t.kind == TokenKind::Number || ru_number_word(&t.lower)
}

/// «на три меньше», «на 5 человек больше» (one word may name what is counted), or
/// after the comparative, «меньше на 3».
fn ru_count(tokens: &[crate::segment::Token], i: usize) -> bool {
    let before: Vec<_> = prev_tokens(tokens, i).take(3).collect();
    let na = |t: Option<&&crate::segment::Token>| t.is_some_and(|t| t.lower == "на");
    let counted = match before.as_slice() {
        [f, p, ..] if ru_figure(f) && na(Some(p)) => true,
        [w, f, p] => w.kind == TokenKind::Word && ru_figure(f) && na(Some(p)),
        _ => false,
    };
    let mut after = next_tokens(tokens, i);
    counted || (na(after.next().as_ref()) && after.next().is_some_and(ru_figure))
}

/// "three more than a year earlier", "12 fewer cases than in 2020": a figure just
/// before and "than" just after, not "more than 300" after a year ("in 2020 more than 300
/// people") nor "more than a third".
fn en_count(tokens: &[crate::segment::Token], i: usize) -> bool {
    let figure = prev_tokens(tokens, i).next().is_some_and(|t| {
        let year = t.kind == TokenKind::Number
            && t.lower.len() == 4
            && t.lower
                .parse::<u32>()
                .is_ok_and(|y| (1800..=2100).contains(&y));
        (t.kind == TokenKind::Number || en_figure_word(&t.lower)) && !year
    });
    // One word may name what is counted ("three more launches than").
    let mut after = next_tokens(tokens, i).peekable();
    if after
        .peek()
        .is_some_and(|t| t.kind == TokenKind::Word && t.lower != "than")
    {
        after.next();
    }
    let than = after.next().is_some_and(|t| t.lower == "than");
    let fraction = |t: &crate::segment::Token| {
        en_figure(t) || matches!(t.lower.as_str(), "third" | "quarter" | "dozen")
    };
    let bound = match after.next() {
        Some(t) if matches!(t.lower.as_str(), "a" | "an") => after.next().is_some_and(fraction),
        Some(t) => fraction(t),
        None => false,
    };
    figure && than && !bound
}

/// How many tokens before a comparative the figure may stand («на 12 % меньше», "one
/// and a half times less").
const FIGURE_REACH: usize = 5;

impl Comparatives {
    /// The direction of the comparative at token `i`, if a changed figure precedes it.
    fn direction(&self, tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
        let lower = tokens[i].lower.as_str();
        let dir = if self.more.contains(&lower) {
            Direction::Up
        } else if self.less.contains(&lower) {
            Direction::Down
        } else {
            return None;
        };
        // Past the point of an abbreviated unit («на 700 тыс. меньше»).
        let before: Vec<_> = tokens[..i]
            .iter()
            .rev()
            .filter(|t| t.kind != TokenKind::Space && t.lower != ".")
            .take(FIGURE_REACH)
            .collect();
        // The token just before must be the unit or the figure itself ("12% more",
        // "2 раза больше"), so that "12 more people" is no change of 12%.
        let unit = |t: &&crate::segment::Token| {
            t.lower == "%" || self.units.iter().any(|u| t.lower.starts_with(u))
        };
        let figure = before
            .iter()
            .any(|t| t.kind == TokenKind::Number || (self.number_word)(&t.lower));
        // «вдвое больше»: the factor is the figure and its unit at once.
        let multiple = before.first().is_some_and(|t| (self.multiple)(&t.lower));
        let counted = (self.count)(tokens, i);
        (multiple || counted || before.first().is_some_and(unit) && figure).then_some(dir)
    }
}

/// All the direction words of one language.
struct DirectionWords {
    up: Cues,
    down: Cues,
    comparatives: Comparatives,
    /// Words that are a cue only in some contexts.
    in_context: fn(&[crate::segment::Token], usize) -> Option<Direction>,
    /// Whether the cues read the negation before them themselves («не менее»), so that
    /// it does not turn them.
    reads_negation: bool,
    /// How many words before a figure its cue may stand when cues are paired with
    /// figures.
    figure_reach: usize,
}

/// Words after a figure that make it an amount of change («добавил 2%», «потерял 3
/// пункта», «прибавил 1,5 млрд рублей»), not «добавил 42-летний».
const RU_AMOUNT_UNITS: &[&str] = &[
    "%",
    "процент",
    "пункт",
    "п",
    "б",
    "базисн",
    "рубл",
    "доллар",
    "евро",
    "цент",
    "копе",
    "тыс",
    "млн",
    "млрд",
    "трлн",
    "кг",
    "килограмм",
];

/// Words of degree between a verb and its figure («прибавил почти 2%»).
const RU_HEDGES: &[&str] = &[
    "почти",
    "около",
    "более",
    "свыше",
    "порядка",
    "примерно",
    "еще",
    "сразу",
    "целых",
    "лишь",
    "только",
    "менее",
];

/// The figure after token `i`, past words of degree, and the token after it.
fn ru_figure_after(
    tokens: &[crate::segment::Token],
    i: usize,
) -> Option<(&crate::segment::Token, Option<&crate::segment::Token>)> {
    let mut next = next_tokens(tokens, i).skip_while(|t| RU_HEDGES.contains(&t.lower.as_str()));
    let figure = next.next().filter(|t| ru_figure(t))?;
    Some((figure, next.next()))
}

/// «рынок прибавил 19,5%», «индекс добавил 2 пункта», «акции потеряли 3%», «лишился
/// 20% стоимости»: a gain or loss by a figure. «добавил» mostly says "he added", so
/// its figure must be an amount; «потерял» and «лишился» without a figure are no fall
/// («потерял работу»).
fn ru_in_context(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    // «подъём воды», «подъём уровня» is a rise; «подъём флага», «подъём на гору» none.
    if w.starts_with("подъем") || w.starts_with("подъём") {
        let of_level = next_tokens(tokens, i)
            .find(|t| t.kind == TokenKind::Word)
            .is_some_and(|t| {
                ["вод", "уровн", "цен", "температур", "ставк"]
                    .iter()
                    .any(|p| t.lower.starts_with(p))
            });
        return of_level.then_some(Direction::Up);
    }
    let gain = w.starts_with("прибав") || w.starts_with("добав");
    let loss = [
        "потерял",
        "потеряв",
        "потеряет",
        "потеряют",
        "потерять",
        "теряет",
        "теряют",
        "терял",
        "лишил",
        "лишит",
    ]
    .iter()
    .any(|p| w.starts_with(p));
    if !gain && !loss {
        return None;
    }
    let (_, unit) = ru_figure_after(tokens, i)?;
    let amount = unit.is_some_and(|u| RU_AMOUNT_UNITS.iter().any(|p| u.lower.starts_with(p)));
    if w.starts_with("добав") && !amount {
        return None;
    }
    Some(if gain { Direction::Up } else { Direction::Down })
}

const RU_WORDS: DirectionWords = DirectionWords {
    up: RU_UP,
    down: RU_DOWN,
    comparatives: RU_COMPARATIVES,
    in_context: ru_in_context,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_WORDS: DirectionWords = DirectionWords {
    up: EN_UP,
    down: EN_DOWN,
    comparatives: EN_COMPARATIVES,
    in_context: en_in_context,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

const NO_COMPARATIVES: Comparatives = Comparatives {
    more: &[],
    less: &[],
    units: &[],
    number_word: |_| false,
    multiple: |_| false,
    count: |_, _| false,
};

/// The second class of opposites: for the better or the worse («ситуация улучшилась» →
/// "worsened"). Verbs and nouns only: «лучше»/"better" mostly compare ("better known",
/// "had better") rather than say something changed.
const RU_QUALITY: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["улучш"],
        words: &[],
    },
    down: Cues {
        prefixes: &["ухудш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| ru_comparative(tokens, i, &["лучше"], &["хуже"]),
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_QUALITY: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["improv"],
        words: &[],
    },
    down: Cues {
        prefixes: &["worsen", "deteriorat"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        // Not "you had better", "you'd better".
        let advice = prev_tokens(tokens, i)
            .next()
            .is_some_and(|t| t.lower == "had" || t.lower.ends_with("'d"));
        if advice {
            return None;
        }
        en_comparative(tokens, i, &["better"], &["worse"], &[], &[])
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// A Russian comparative of a pair of opposites («слабее»/«сильнее»), not the
/// superlative «сильнее всего» ("most of all") nor «проще говоря» ("simply put").
fn ru_comparative(
    tokens: &[crate::segment::Token],
    i: usize,
    up: &[&str],
    down: &[&str],
) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    let dir = if up.contains(&w) {
        Direction::Up
    } else if down.contains(&w) {
        Direction::Down
    } else {
        return None;
    };
    let next = next_tokens(tokens, i).next().map(|t| t.lower.as_str());
    (!matches!(next, Some("всего" | "всех" | "говоря"))).then_some(dir)
}

/// An English comparative of a pair of opposites: a word ("stronger") or "more"/"less"
/// before a base ("more slowly", "more difficult"; "less difficult" is the other way).
fn en_comparative(
    tokens: &[crate::segment::Token],
    i: usize,
    up: &[&str],
    down: &[&str],
    up_base: &[&str],
    down_base: &[&str],
) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    if up.contains(&w) {
        return Some(Direction::Up);
    }
    if down.contains(&w) {
        return Some(Direction::Down);
    }
    let base_up = if up_base.contains(&w) {
        true
    } else if down_base.contains(&w) {
        false
    } else {
        return None;
    };
    let more = match prev_tokens(tokens, i).next().map(|t| t.lower.as_str()) {
        Some("more") => true,
        Some("less") => false,
        _ => return None,
    };
    Some(if more == base_up {
        Direction::Up
    } else {
        Direction::Down
    })
}

/// Strength: «половодье было слабее» → "stronger".
const RU_STRENGTH: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| ru_comparative(tokens, i, &["сильнее"], &["слабее"]),
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_STRENGTH: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        en_comparative(
            tokens,
            i,
            &["stronger"],
            &["weaker", "milder"],
            &["strongly", "powerful", "severe", "intense"],
            &["weakly"],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Difficulty and weight: «легче» ("easier", "lighter") against «тяжелее», «сложнее».
const RU_DIFFICULTY: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        ru_comparative(
            tokens,
            i,
            &["тяжелее", "сложнее", "труднее"],
            &["легче", "проще"],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_DIFFICULTY: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        en_comparative(
            tokens,
            i,
            &["harder", "heavier"],
            &["easier", "lighter", "simpler"],
            &["difficult", "complicated", "complex"],
            &[],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The third class: a vote for or against («проголосовали против» → "voted in favour").
/// «за» is a cue only after a verb of voting; «против» and "against" always are, but
/// they count only when the other side has a cue too.
const RU_VOTE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &["против"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let voted = || {
            tokens[..i]
                .iter()
                .rev()
                .filter(|t| t.kind == TokenKind::Word)
                .take(2)
                .any(|t| t.lower.contains("голосова") || t.lower.starts_with("высказал"))
        };
        (tokens[i].lower == "за" && voted()).then_some(Direction::Up)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_VOTE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &["against"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let prev = tokens[..i]
            .iter()
            .rev()
            .find(|t| t.kind == TokenKind::Word)
            .map(|t| t.lower.as_str());
        let up = match tokens[i].lower.as_str() {
            "favour" | "favor" => prev == Some("in"),
            "for" => matches!(prev, Some("voted" | "vote" | "votes" | "voting")),
            _ => false,
        };
        up.then_some(Direction::Up)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The fourth class: faster or slower («инфляция замедлилась» → "accelerated").
const RU_SPEED: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["ускор"],
        words: &[],
    },
    down: Cues {
        prefixes: &["замедл"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| ru_comparative(tokens, i, &["быстрее"], &["медленнее"]),
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_SPEED: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["accelerat", "quicken"],
        words: &["speeded", "sped"],
    },
    down: Cues {
        prefixes: &["slowed", "slowing", "slowdown", "decelerat"],
        words: &["slow", "slows"],
    },
    comparatives: NO_COMPARATIVES,
    // "rose more slowly" for «рост замедлился».
    in_context: |tokens, i| {
        en_comparative(
            tokens,
            i,
            &["faster", "quicker"],
            &["slower"],
            &["quickly", "rapidly"],
            &["slowly"],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The fifth class: a level at its highest or lowest («самый низкий с 2015 года» → "the
/// highest since 2015", «исторического минимума» → "record high").
const RU_LEVEL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["наибольш", "наивысш", "пиков"],
        words: &["пик", "пика", "пике", "пиком"],
    },
    down: Cues {
        prefixes: &["наименьш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: ru_level,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_LEVEL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["highest", "maximal", "peak", "peaks", "peaked"],
    },
    down: Cues {
        prefixes: &[],
        words: &["lowest", "minimal"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        // "record high", "all-time low", "a 20-year low"; a bare "high"/"low" is no
        // extreme.
        let dir = match tokens[i].lower.as_str() {
            "high" | "highs" => Direction::Up,
            "low" | "lows" => Direction::Down,
            // "a minimum of 10", "at a minimum" are bounds ("at least"), as «минимум 10».
            w @ ("maximum" | "minimum") => {
                let mut next = next_tokens(tokens, i).skip_while(|t| t.lower == "of");
                let bound = next.next().is_some_and(en_figure)
                    || prev_tokens(tokens, i)
                        .nth(1)
                        .is_some_and(|t| t.lower == "at");
                return (!bound).then_some(if w == "maximum" {
                    Direction::Up
                } else {
                    Direction::Down
                });
            }
            _ => return None,
        };
        prev_tokens(tokens, i)
            .next()
            .is_some_and(|t| {
                let w = t.lower.as_str();
                matches!(w, "record" | "historic" | "historical")
                    || ["time", "week", "month", "year", "decade", "century"]
                        .iter()
                        .any(|p| w.ends_with(p))
            })
            .then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// «минимум»/«максимум», «минимальный»/«максимальный», and «низкий»/«высокий» made
/// extreme («самый низкий», «рекордно высокого», «наиболее высокий»). Not «минимум 10
/// человек» or «как минимум» ("at least"), nor the adverb «максимально быстро».
fn ru_level(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    let prev = prev_tokens(tokens, i).find(|t| t.kind == TokenKind::Word);
    let prev = prev.map(|t| t.lower.as_str()).unwrap_or("");
    let (min, max) = (w.starts_with("минимум"), w.starts_with("максимум"));
    if min || max {
        let bound = next_tokens(tokens, i)
            .next()
            .is_some_and(|t| t.kind == TokenKind::Number || ru_number_word(&t.lower));
        if bound || prev == "как" {
            return None;
        }
        return Some(if max { Direction::Up } else { Direction::Down });
    }
    let adjective = !w.ends_with('о');
    if w.starts_with("минимальн") && adjective {
        return Some(Direction::Down);
    }
    if w.starts_with("максимальн") && adjective {
        return Some(Direction::Up);
    }
    let extreme = (prev.starts_with("сам") && prev.chars().count() <= 6)
        || matches!(prev, "рекордно" | "наиболее" | "исторически");
    if !extreme {
        return None;
    }
    if w.starts_with("низк") {
        Some(Direction::Down)
    } else if w.starts_with("высок") {
        Some(Direction::Up)
    } else {
        None
    }
}

/// The sixth class: «не менее успешный» ("just as successful") rendered "less
/// successful", the negation lost. Only that way: «не менее»/«не меньше» before a word
/// says "no less", "less" before a word says less; «тем не менее» ("nevertheless"),
/// «не менее чем» and «не менее 5 лет» ("at least") are none.
const RU_DEGREE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        if !matches!(tokens[i].lower.as_str(), "менее" | "меньше") {
            return None;
        }
        let mut before = prev_tokens(tokens, i);
        let negated = before.next().is_some_and(|t| t.lower == "не")
            && before.next().is_none_or(|t| t.lower != "тем");
        let next = tokens[i + 1..].iter().find(|t| t.kind != TokenKind::Space);
        let quality = next.is_some_and(|t| {
            t.kind == TokenKind::Word
                && !matches!(t.lower.as_str(), "чем" | "того" | "всего" | "половины")
                && !ru_number_word(&t.lower)
        });
        (negated && quality).then_some(Direction::Up)
    },
    reads_negation: true,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_DEGREE_WORDS: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        if tokens[i].lower != "less" {
            return None;
        }
        let next = tokens[i + 1..].iter().find(|t| t.kind != TokenKind::Space);
        next.is_some_and(|t| {
            t.kind == TokenKind::Word
                && !matches!(t.lower.as_str(), "than" | "and" | "of" | "or")
                && !en_figure_word(&t.lower)
        })
        .then_some(Direction::Down)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Words of Russian verbs that keep a level («сохранил ставку на уровне 16%», «осталась
/// на уровне 8%»).
const RU_KEEP_VERBS: &[&str] = &[
    "сохранил",
    "сохранит",
    "сохраня",
    "сохранят",
    "оставил",
    "оставит",
    "оставля",
    "оставят",
    "остал",
    "остает",
    "останет",
    "удержал",
    "удержит",
    "удержива",
];

/// The seventh class: a level kept against a level moved («ЦБ сохранил ставку на уровне
/// 16%» → "raised the key rate to 16%"). "Changed" is any cue of the first class or of
/// speed; "unchanged" is «без изменений», «неизменной», «на прежнем уровне», «на том же
/// уровне», or a verb of keeping before «на уровне». A bare «сохранил» is none
/// («сохранил пост», «сохраняется рост»).
fn ru_unchanged(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    if RU_WORDS
        .cue(tokens, i)
        .or_else(|| RU_SPEED.cue(tokens, i))
        .is_some()
    {
        return Some(Direction::Up);
    }
    let w = tokens[i].lower.as_str();
    let mut before = prev_tokens(tokens, i).map(|t| t.lower.as_str());
    let prev = before.next();
    let kept = w.starts_with("неизменн")
        || w == "изменений" && prev == Some("без")
        || w.starts_with("прежн") && matches!(prev, Some("на" | "в"))
        || w == "уровне" && prev == Some("же") && before.next() == Some("том")
        || RU_KEEP_VERBS.iter().any(|p| w.starts_with(p)) && {
            let next: Vec<&str> = next_tokens(tokens, i)
                .filter(|t| t.kind == TokenKind::Word)
                .take(5)
                .map(|t| t.lower.as_str())
                .collect();
            next.windows(2).any(|p| p == ["на", "уровне"])
        };
    kept.then_some(Direction::Down)
}

/// English verbs that keep a level ("kept the rate at 16%", "left it unchanged").
const EN_KEEP_VERBS: &[&str] = &[
    "kept",
    "keep",
    "keeps",
    "keeping",
    "held",
    "hold",
    "holds",
    "holding",
    "left",
    "leave",
    "leaves",
    "leaving",
    "maintained",
    "maintain",
    "maintains",
    "maintaining",
    "retained",
    "retain",
    "retains",
    "retaining",
    "remained",
    "remain",
    "remains",
    "stayed",
    "stay",
    "stays",
];

/// What a kept level is kept as ("held steady", "left unchanged").
const EN_KEPT: &[&str] = &["unchanged", "steady", "stable", "flat", "intact"];

fn en_unchanged(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    if EN_WORDS
        .cue(tokens, i)
        .or_else(|| EN_SPEED.cue(tokens, i))
        .is_some()
    {
        return Some(Direction::Up);
    }
    let w = tokens[i].lower.as_str();
    if w == "unchanged" {
        return Some(Direction::Down);
    }
    if !EN_KEEP_VERBS.contains(&w) {
        return None;
    }
    // "kept the key rate at 16%", "held steady", "left the rate unchanged", "kept on
    // hold", "remained the same".
    let next: Vec<&crate::segment::Token> = next_tokens(tokens, i).take(8).collect();
    let kept = next.iter().take(5).enumerate().any(|(k, t)| {
        let l = t.lower.as_str();
        let after = |n: usize| next.get(k + n).map(|t| t.lower.as_str());
        EN_KEPT.contains(&l)
            || l == "at" && next[k + 1..].iter().take(4).any(|t| en_figure(t))
            || l == "on" && after(1) == Some("hold")
            || l == "the" && after(1) == Some("same")
    });
    kept.then_some(Direction::Down)
}

const RU_KEPT: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: ru_unchanged,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_KEPT_WORDS: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: en_unchanged,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The eighth class: ahead against behind («спрос продолжает опережать возможности» →
/// "lag behind"). Not «отставка» (a resignation) nor «отстаивать» (to defend).
const RU_AHEAD: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["опереж", "опереди", "обогна", "обгоня", "обгон"],
        words: &[],
    },
    down: Cues {
        prefixes: &[
            "отстает",
            "отстают",
            "отставал",
            "отставан",
            "отстал",
            "отстать",
            "отстающ",
            "отстанет",
            "отстанут",
            // «отстаёт», «отставая от лидера на очко».
            "отстаё",
            "отставая",
        ],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_AHEAD: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[
            "outpac",
            "outstrip",
            "outperform",
            "overtak",
            "overtook",
            "outgrow",
            "outgrew",
        ],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[
            "lag", "lags", "lagged", "lagging", "laggard", "laggards", "trail", "trails",
            "trailed", "trailing",
        ],
    },
    comparatives: NO_COMPARATIVES,
    // "stay ahead of", "fell behind", "is far behind"; not "ahead of the elections"
    // (before them) nor "the man behind the attack".
    in_context: |tokens, i| {
        let dir = match tokens[i].lower.as_str() {
            "ahead" => Direction::Up,
            "behind" => Direction::Down,
            _ => return None,
        };
        let prev = prev_tokens(tokens, i).next().map(|t| t.lower.as_str());
        let placed = prev.is_some_and(|p| {
            EN_BE.contains(&p)
                || matches!(
                    p,
                    "remain"
                        | "remains"
                        | "remained"
                        | "stay"
                        | "stays"
                        | "stayed"
                        | "far"
                        | "well"
                        | "way"
                        | "fall"
                        | "falls"
                        | "fell"
                        | "fallen"
                        | "falling"
                        | "pulled"
                        | "moved"
                        | "got"
                        | "get"
                        | "keep"
                        | "kept"
                )
        });
        // "one point ahead of", "two places behind": a margin in a ranking.
        let margin = prev.is_some_and(|p| {
            matches!(
                p,
                "point" | "points" | "place" | "places" | "goal" | "goals" | "spot" | "spots"
            )
        });
        (placed || margin).then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Time units before "early"/"late" ("40 minutes early", "a day late").
const EN_TIME_UNITS: &[&str] = &[
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years",
];

/// What «раньше»/«позже» may be measured against: «раньше срока», «позже запланированного».
const RU_SCHEDULES: &[&str] = &[
    "срока",
    "графика",
    "плана",
    "запланированного",
    "намеченного",
    "назначенного",
    "ожидаемого",
    "ожидалось",
    "обычного",
    "обычно",
    "положенного",
    "планировалось",
    "предполагалось",
    "прогнозировалось",
];

/// «раньше»/«позже» of a schedule or by a figure («на 40 минут позже», «раньше срока»),
/// not «раньше он жил» ("he used to live").
fn ru_time(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    // «досрочные выборы», not «условно-досрочное освобождение» (parole).
    if tokens[i].lower.starts_with("досрочн") {
        let parole = prev_tokens(tokens, i)
            .find(|t| t.kind == TokenKind::Word)
            .is_some_and(|t| t.lower == "условно");
        return (!parole).then_some(Direction::Down);
    }
    // «рейс задержали на три часа»; a bare «задержали» is as often "detained".
    let held = ["задержал", "задержат", "задержив", "задержан"];
    if held.iter().any(|p| tokens[i].lower.starts_with(p)) {
        let mut next = next_tokens(tokens, i);
        let by = next.next().is_some_and(|t| t.lower == "на") && next.next().is_some_and(ru_figure);
        return by.then_some(Direction::Up);
    }
    let dir = match tokens[i].lower.as_str() {
        "позже" | "позднее" => Direction::Up,
        "раньше" | "ранее" => Direction::Down,
        _ => return None,
    };
    let by = prev_tokens(tokens, i).take(3).any(|t| t.lower == "на");
    let measured = next_tokens(tokens, i)
        .filter(|t| t.kind == TokenKind::Word)
        .find(|t| t.lower != "чем")
        .is_some_and(|t| RU_SCHEDULES.contains(&t.lower.as_str()));
    (by || measured).then_some(dir)
}

/// "early"/"late", "earlier"/"later" by a figure ("40 minutes early", "two days
/// later than planned"), before "than", or after a verb of arrival or completion at the
/// end of a clause ("arrived late."); not "early next year" nor "late last year".
fn en_time(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    let dir = match w {
        "late" | "later" => Direction::Up,
        "early" | "earlier" => Direction::Down,
        "delay" | "delays" | "delayed" | "delaying" => {
            let without = prev_tokens(tokens, i)
                .next()
                .is_some_and(|t| t.lower == "without");
            return (!without).then_some(Direction::Up);
        }
        _ if w.starts_with("postpon") => return Some(Direction::Up),
        // "ahead of schedule", "behind schedule".
        "ahead" | "behind" => {
            let mut next =
                next_tokens(tokens, i).skip_while(|t| t.lower == "of" || t.lower == "the");
            let schedule = next
                .next()
                .is_some_and(|t| matches!(t.lower.as_str(), "schedule" | "time" | "plan"));
            return schedule.then_some(if w == "ahead" {
                Direction::Down
            } else {
                Direction::Up
            });
        }
        _ => return None,
    };
    let mut before = prev_tokens(tokens, i);
    let prev = before.next();
    // "arrived 40 minutes early"; not a point of reference ("A week later, he…", "than
    // a year earlier").
    let by_figure = prev.is_some_and(|t| EN_TIME_UNITS.contains(&t.lower.as_str()))
        && before
            .next()
            .is_some_and(|t| en_figure(t) || matches!(t.lower.as_str(), "a" | "an"))
        && before.next().is_some_and(|t| {
            t.kind == TokenKind::Word
                && !matches!(
                    t.lower.as_str(),
                    "than"
                        | "from"
                        | "with"
                        | "to"
                        | "and"
                        | "or"
                        | "but"
                        | "since"
                        | "as"
                        | "until"
                        | "till"
                        | "before"
                        | "after"
                        | "of"
                        | "on"
                        | "in"
                        | "at"
                        | "by"
                        | "compared"
                        | "for"
                        | "over"
                        | "within"
                        | "about"
                        | "some"
                )
        });
    let next = next_tokens(tokens, i).next();
    let than = next.is_some_and(|t| t.lower == "than");
    let arrived = matches!(w, "early" | "late")
        && prev.is_some_and(|t| {
            EN_BE.contains(&t.lower.as_str())
                || matches!(
                    t.lower.as_str(),
                    "arrived"
                        | "arrive"
                        | "arrives"
                        | "came"
                        | "come"
                        | "comes"
                        | "finished"
                        | "completed"
                        | "ended"
                        | "started"
                        | "began"
                        | "opened"
                        | "delivered"
                        | "paid"
                        | "repaid"
                        | "released"
                        | "returned"
                        | "landed"
                        | "departed"
                        | "left"
                        | "ran"
                        | "runs"
                        | "running"
                )
        })
        && next.is_none_or(|t| {
            t.kind == TokenKind::Punct || matches!(t.lower.as_str(), "by" | "and" | "but")
        });
    (by_figure || than || arrived).then_some(dir)
}

/// The ninth class: late against early («прибыл с опозданием на 40 минут» → "arrived
/// 40 minutes early"). Not «задержан» (detained): «задержка» is a delay.
const RU_TIME: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[
            "опоздал",
            "опоздан",
            "опоздав",
            "опаздыва",
            "задержк",
            "отложил",
            "отложат",
            "отложить",
        ],
        words: &[],
    },
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: ru_time,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_TIME: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: en_time,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The tenth class: above a bound against below it («ущерб превысил 10 млн рублей» →
/// "came to less than 10 million"). «более 300», «свыше 300», "more than 300", "over
/// 300" against «менее 10», "fewer than 10", "under 10". Only a cue right before a
/// figure is paired with it.
fn ru_bound(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let dir = match tokens[i].lower.as_str() {
        "более" | "больше" | "свыше" => Direction::Up,
        "менее" | "меньше" => Direction::Down,
        _ => return None,
    };
    let figure = next_tokens(tokens, i)
        .find(|t| t.lower != "чем" && t.kind != TokenKind::Punct)
        .is_some_and(ru_figure);
    figure.then_some(dir)
}

/// A figure, or "a"/"an" before a fraction or a figure word ("a third", "a million").
fn en_figure_after(tokens: &[crate::segment::Token], i: usize) -> bool {
    let mut next = next_tokens(tokens, i);
    let fraction = |t: &crate::segment::Token| {
        en_figure(t) || matches!(t.lower.as_str(), "third" | "quarter" | "dozen")
    };
    match next.next() {
        Some(t) if matches!(t.lower.as_str(), "a" | "an") => next.next().is_some_and(fraction),
        Some(t) => fraction(t),
        None => false,
    }
}

fn en_bound(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    let (dir, than) = match w {
        "more" => (Direction::Up, true),
        "less" | "fewer" => (Direction::Down, true),
        "over" | "above" => (Direction::Up, false),
        "under" | "below" => (Direction::Down, false),
        "short" => (Direction::Down, false),
        _ => return None,
    };
    let j = if than || w == "short" {
        let word = if than { "than" } else { "of" };
        let (k, t) = tokens
            .iter()
            .enumerate()
            .skip(i + 1)
            .find(|(_, t)| t.kind != TokenKind::Space)?;
        if t.lower != word {
            return None;
        }
        k
    } else {
        i
    };
    en_figure_after(tokens, j).then_some(dir)
}

const RU_BOUND: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["превыс", "превыш", "превзо"],
        words: &[],
    },
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: ru_bound,
    reads_negation: false,
    figure_reach: 2,
};
const EN_BOUND: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["exceed", "surpass"],
        words: &["topped"],
    },
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: en_bound,
    reads_negation: false,
    figure_reach: 2,
};

/// The eleventh class: a contest won against one lost («Зенит выиграл у Ростова» →
/// "Zenit lost to Rostov", «проиграл выборы» → "won the election"). Verbs only: the
/// nouns («победа», "victory") name the event as often as its outcome. Who won is told
/// by the subject, so the check asks that both sides put the same one before the verb
/// (see `same_subject`): "Rostov lost to Zenit" renders «Зенит выиграл у Ростова».
const RU_OUTCOME: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[
            "выиграл",
            "выиграв",
            "выиграет",
            "выиграют",
            "выиграть",
            "выигрыва",
            "обыграл",
            "обыграв",
            "обыграет",
            "обыграют",
            "обыгрыва",
            "победил",
            "побежда",
            "одержал",
            "одержав",
        ],
        // Not «победитель» (the winner may well be named as the subject of "lost to").
        words: &["победит", "победят", "одержит", "одержат"],
    },
    down: Cues {
        prefixes: &[
            "проиграл",
            "проиграв",
            "проиграет",
            "проиграют",
            "проиграть",
            "проигрыва",
            "уступил",
            "уступив",
        ],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    // «потерпел поражение» ("was defeated").
    in_context: |tokens, i| {
        (tokens[i].lower.starts_with("поражени")
            && prev_tokens(tokens, i)
                .next()
                .is_some_and(|t| t.lower.starts_with("потерп")))
        .then_some(Direction::Down)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_OUTCOME: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["win", "wins", "beat", "beats", "outplayed", "triumphed"],
    },
    down: Cues {
        prefixes: &[],
        words: &["lose", "loses", "losing", "lost"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: en_outcome,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// "won", not the Korean currency ("1,000 won"); "defeated" as a win, unless passive
/// ("was defeated by" lost); "defeat" a loss as a noun ("suffered a defeat", "conceded
/// defeat") and a win as a verb ("will defeat").
fn en_outcome(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let prev = prev_tokens(tokens, i).next();
    let prev_word = prev.map_or("", |t| t.lower.as_str());
    match tokens[i].lower.as_str() {
        "won" => {
            let currency = prev.is_some_and(|t| t.kind == TokenKind::Number)
                || matches!(prev_word, "korean" | "million" | "billion" | "trillion");
            (!currency).then_some(Direction::Up)
        }
        "defeated" => Some(if EN_BE.contains(&prev_word) || prev_word == "been" {
            Direction::Down
        } else {
            Direction::Up
        }),
        "defeat" | "defeats" => {
            if EN_VERB_BEFORE.contains(&prev_word) && prev_word != "not" {
                Some(Direction::Up)
            } else if matches!(
                prev_word,
                "a" | "the"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "heavy"
                    | "crushing"
                    | "narrow"
                    | "suffered"
                    | "conceded"
                    | "admitted"
            ) {
                Some(Direction::Down)
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Words a Russian subject does not end in: the dative and instrumental of a name
/// («Ростову проиграл Зенит» is "Zenit lost to Rostov").
const RU_OBLIQUE_ENDINGS: &[&str] = &["у", "ю", "ом", "ем", "ой", "ым", "им"];

/// English words between a subject and its verb ("has narrowly won", "will lose").
const EN_AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "could",
    "may",
    "might",
    "can",
    "should",
    "did",
    "does",
    "do",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "also",
    "then",
    "finally",
    "again",
    "only",
    "just",
    "still",
    "eventually",
    "ultimately",
    "ll",
    "'ll",
    "'s",
    "s",
];

/// Russian pronouns and their English renderings, which the lexicon leaves out.
const PRONOUNS: &[(&str, &str)] = &[
    ("он", "he"),
    ("она", "she"),
    ("они", "they"),
    ("мы", "we"),
    ("я", "i"),
    ("вы", "you"),
];

/// Whether the English word `e` renders the Russian word `r`: by the lexicon, as a
/// pronoun, or as a transliterated name («Зенит» / Zenit).
fn renders(ctx: &Context, r: &crate::segment::Token, e: &crate::segment::Token) -> bool {
    if PRONOUNS
        .iter()
        .any(|(ru, en)| r.lower == *ru && e.lower == *en)
    {
        return true;
    }
    let lexicon = &ctx.pair().lexicon;
    if lexicon.get(&r.stem).is_some_and(|c| c.contains(&e.stem)) {
        return true;
    }
    use crate::lang::translit::{key, romanize_ru, skeleton, skeletons_match};
    let (a, b) = (key(&romanize_ru(&r.lower)), key(&e.lower));
    let (sa, sb) = (skeleton(&a), skeleton(&b));
    sa.chars().count() >= 2 && skeletons_match(&sa, &sb, a.chars().next() == b.chars().next())
}

/// Whether both sides tell the outcome of the same contestant: the English words just
/// before the verb (its subject, past auxiliaries and adverbs) render a Russian word
/// before the verb that can be a subject (no preposition before it, no oblique case
/// ending). Unsure is no: "Rostov lost to Zenit" for «Зенит выиграл у Ростова» is
/// right, and a reversal that cannot be told from it is left alone.
fn same_subject(
    ctx: &Context,
    s: &Sentence,
    sspan: &std::ops::Range<usize>,
    t: &Sentence,
    tspan: &std::ops::Range<usize>,
) -> bool {
    let en = ctx.pair().target;
    // Quotation marks round a team's name ("\"Metallurg\" lost") are skipped.
    let quote = |x: &crate::segment::Token| {
        matches!(
            x.lower.as_str(),
            "\"" | "“" | "”" | "'" | "‘" | "’" | "«" | "»"
        )
    };
    let subject: Vec<&crate::segment::Token> = t
        .tokens
        .iter()
        .filter(|x| x.span.end <= tspan.start && x.kind != TokenKind::Space && !quote(x))
        .rev()
        .skip_while(|x| EN_AUXILIARIES.contains(&x.lower.as_str()) || x.lower.ends_with("ly"))
        .take_while(|x| {
            let pronoun = PRONOUNS.iter().any(|(_, p)| x.lower == *p);
            x.kind == TokenKind::Word && (!en.is_stopword(&x.lower) || pronoun)
        })
        .take(3)
        .collect();
    // "Omsk rested and lost", "Omsk were behind but lost": a verb after "and", "but"
    // shares the subject that opens the sentence.
    let subject = if subject.is_empty() && coordinated(t, tspan) {
        t.tokens
            .iter()
            .filter(|x| x.kind != TokenKind::Space && !quote(x))
            .skip_while(|x| x.lower == "the")
            .take_while(|x| {
                let pronoun = PRONOUNS.iter().any(|(_, p)| x.lower == *p);
                x.kind == TokenKind::Word && (!en.is_stopword(&x.lower) || pronoun)
            })
            .take(3)
            .collect()
    } else {
        subject
    };
    let words: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|x| x.span.end <= sspan.start && x.kind != TokenKind::Space)
        .collect();
    // A word that renders the object too («кандидат проиграл кандидату от ЕР» → "the
    // United Russia candidate beat the Communist candidate") tells nothing.
    let object: Vec<&crate::segment::Token> = s
        .tokens
        .iter()
        .filter(|x| x.span.start >= sspan.end && x.kind == TokenKind::Word)
        .collect();
    let subject: Vec<&crate::segment::Token> = subject
        .into_iter()
        .filter(|e| !object.iter().any(|r| renders(ctx, r, e)))
        .collect();
    // «жительница, которая продала» → "a resident who bought": a relative pronoun in
    // the nominative right before the verb on both sides is the same subject.
    let relative_ru = words
        .iter()
        .rev()
        .find(|x| x.kind == TokenKind::Word)
        .is_some_and(|x| {
            matches!(
                x.lower.as_str(),
                "который" | "которая" | "которое" | "которые"
            )
        });
    let relative_en = t
        .tokens
        .iter()
        .filter(|x| x.span.end <= tspan.start && x.kind == TokenKind::Word)
        .rev()
        .find(|x| !EN_AUXILIARIES.contains(&x.lower.as_str()) && !x.lower.ends_with("ly"))
        .is_some_and(|x| matches!(x.lower.as_str(), "who" | "which" | "that"));
    if relative_ru && relative_en {
        return true;
    }
    let ru = ctx.pair().source;
    words.iter().enumerate().any(|(k, r)| {
        let oblique = RU_OBLIQUE_ENDINGS.iter().any(|e| r.lower.ends_with(e))
            && !PRONOUNS.iter().any(|(p, _)| r.lower == *p);
        // A preposition before it, past an opening quote («у «Ростова»).
        let governed = words[..k]
            .iter()
            .rev()
            .find(|x| x.kind == TokenKind::Word)
            .is_some_and(|x| {
                matches!(
                    x.lower.as_str(),
                    "у" | "к" | "с" | "со" | "над" | "от" | "для" | "в" | "на" | "по" | "из"
                )
            });
        r.kind == TokenKind::Word
            && !oblique
            && !governed
            && (!ru.is_stopword(&r.lower) || PRONOUNS.iter().any(|(p, _)| r.lower == *p))
            && subject.iter().any(|e| renders(ctx, r, e))
    })
}

/// Whether the English verb at `tspan` is the second of two coordinated predicates: an
/// "and", "but" or "yet" just before it (past auxiliaries, adverbs and a comma), with no
/// subject of its own.
fn coordinated(t: &Sentence, tspan: &std::ops::Range<usize>) -> bool {
    t.tokens
        .iter()
        .filter(|x| x.span.end <= tspan.start && x.kind != TokenKind::Space)
        .rev()
        .find(|x| {
            x.kind == TokenKind::Word
                && !EN_AUXILIARIES.contains(&x.lower.as_str())
                && !x.lower.ends_with("ly")
        })
        .is_some_and(|x| matches!(x.lower.as_str(), "and" | "but" | "yet"))
}

/// Words that make a sentence speak of a court («суд оправдал», «осудили заочно»), so
/// that «оправдал» is no "justified" («оправдал ожидания») and «осудил» no "condemned"
/// alone.
fn ru_court(tokens: &[crate::segment::Token]) -> bool {
    tokens.iter().any(|t| {
        let w = t.lower.as_str();
        matches!(
            w,
            "суд"
                | "суда"
                | "суду"
                | "судом"
                | "суде"
                | "суды"
                | "судов"
                | "судами"
                | "судах"
        ) || ["судь", "судей", "присяжн", "приговор", "трибунал", "заочн"]
            .iter()
            .any(|p| w.starts_with(p))
    })
}

/// Whether a word of guilt follows token `i` within four words, and which: «признал
/// его виновным» (guilty, Down), «невиновным» (not guilty, Up). «признал себя виновным»
/// is a plea, not a verdict.
fn ru_guilt_after(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    for t in next_tokens(tokens, i)
        .filter(|t| t.kind == TokenKind::Word)
        .take(4)
    {
        let w = t.lower.as_str();
        if w == "себя" {
            return None;
        }
        if w.starts_with("невиновн") {
            return Some(Direction::Up);
        }
        if w.starts_with("виновн") {
            return Some(Direction::Down);
        }
    }
    None
}

/// The twelfth class: a verdict, acquittal (Up) against conviction (Down) («суд
/// оправдал бывшего мэра» → "convicted"). Who was tried does not turn it.
const RU_VERDICT: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        if w.starts_with("оправдательн") {
            return Some(Direction::Up);
        }
        if w.starts_with("обвинительн") && ru_court(tokens) {
            return Some(Direction::Down);
        }
        if w.starts_with("признал") || w.starts_with("признан") {
            return ru_guilt_after(tokens, i);
        }
        // The short passive «осуждён», «осуждены» is a conviction without a court in
        // sight («двое фигурантов осуждены», «осуждён на шесть лет»); «осудил» alone
        // may be "condemned".
        if matches!(
            w,
            "осужден" | "осуждён" | "осуждена" | "осуждено" | "осуждены"
        ) {
            return Some(Direction::Down);
        }
        if !ru_court(tokens) {
            return None;
        }
        if w.starts_with("оправдал") || w.starts_with("оправдан") {
            return Some(Direction::Up);
        }
        // A court's arrest («заочно арестовали») is no acquittal either.
        let convicted = [
            "осудил",
            "осужден",
            "осуждён",
            "приговорил",
            "приговорен",
            "приговорён",
            "арестова",
        ]
        .iter()
        .any(|p| w.starts_with(p));
        convicted.then_some(Direction::Down)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_VERDICT: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["acquit"],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[
            "convicted",
            "convicts",
            "convict",
            "conviction",
            "convictions",
            "sentenced",
        ],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        // "cleared of all charges".
        if w == "cleared" {
            return next_tokens(tokens, i)
                .next()
                .is_some_and(|t| t.lower == "of")
                .then_some(Direction::Up);
        }
        // "found him guilty", "found the mayor not guilty", "declared innocent": the
        // verb is the cue, so that the "not" of "not guilty" does not read as a
        // negation of it.
        if !matches!(
            w,
            "found" | "find" | "finds" | "declared" | "ruled" | "pronounced" | "deemed"
        ) {
            return None;
        }
        let mut prev = "";
        for t in next_tokens(tokens, i)
            .take_while(|t| t.kind == TokenKind::Word)
            .take(5)
        {
            match t.lower.as_str() {
                "guilty" if prev == "not" => return Some(Direction::Up),
                "guilty" => return Some(Direction::Down),
                "innocent" => return Some(Direction::Up),
                _ => prev = t.lower.as_str(),
            }
        }
        None
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The thirteenth class: a profit against a loss («компания получила прибыль» → "posted
/// a loss"). «прибыли» is as often "arrived" («прибыли в Москву»), and «прибыл» always.
const RU_RESULT: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["прибыльн"],
        words: &[
            "прибыль",
            "прибылью",
            "прибылей",
            "прибылям",
            "прибылях",
            "прибылями",
        ],
    },
    down: Cues {
        // «убыток», «убытки», «убыточный»; not «безубыточный» (break-even).
        prefixes: &["убыт"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        if tokens[i].lower != "прибыли" {
            return None;
        }
        let arrived = next_tokens(tokens, i).next().is_none_or(|t| {
            t.kind != TokenKind::Word
                || matches!(
                    t.lower.as_str(),
                    "в" | "во"
                        | "на"
                        | "из"
                        | "к"
                        | "ко"
                        | "с"
                        | "со"
                        | "домой"
                        | "туда"
                        | "сюда"
                )
        });
        (!arrived).then_some(Direction::Up)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_RESULT: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: Cues {
        prefixes: &[],
        words: &["loss-making", "lossmaking"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let prev = prev_tokens(tokens, i)
            .find(|t| t.kind == TokenKind::Word)
            .map_or("", |t| t.lower.as_str());
        // Not "non-profit", "not-for-profit".
        if w.starts_with("profit") {
            return (!matches!(prev, "non" | "for")).then_some(Direction::Up);
        }
        if !matches!(w, "loss" | "losses") {
            return None;
        }
        // "loss of life", "loss of control", "job losses" are no financial result; "a
        // loss of 5 billion rubles" is.
        let mut next = next_tokens(tokens, i);
        let of_what = next.next().is_some_and(|t| t.lower == "of")
            && !next
                .next()
                .is_some_and(|t| en_figure(t) || t.lower == "about");
        let other = matches!(
            prev,
            "weight" | "job" | "jobs" | "hearing" | "memory" | "blood" | "heat" | "life" | "human"
        );
        (!of_what && !other).then_some(Direction::Down)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// A balance: «профицит» ("surplus") against «дефицит» ("deficit", "shortfall").
const RU_BALANCE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["профицит"],
        words: &[],
    },
    down: Cues {
        prefixes: &["дефицит"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_BALANCE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["surplus", "surpluses"],
    },
    down: Cues {
        prefixes: &[],
        words: &[
            "deficit",
            "deficits",
            "shortfall",
            "shortfalls",
            "shortage",
            "shortages",
        ],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Trade: «экспорт», «вывоз» ("exports") against «импорт», «ввоз» ("imports").
const RU_TRADE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["экспорт", "вывоз", "вывез", "вывёз"],
        words: &[],
    },
    down: Cues {
        prefixes: &["импорт", "ввоз", "ввез", "ввёз"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_TRADE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &[
            "export",
            "exports",
            "exported",
            "exporting",
            "exporter",
            "exporters",
        ],
    },
    down: Cues {
        prefixes: &[],
        words: &[
            "import",
            "imports",
            "imported",
            "importing",
            "importer",
            "importers",
        ],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// A deal: «продал» ("sold") against «купил», «приобрёл» ("bought", "acquired"); who
/// sold is told by the subject («Y купил у X» is "X sold to Y"), so the class needs the
/// same subject on both sides.
const RU_DEAL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[
            "продал",
            "продаст",
            "продадут",
            "продаёт",
            "продает",
            "продают",
            "продава",
        ],
        words: &[],
    },
    down: Cues {
        prefixes: &[
            "купил",
            "покупал",
            "покупает",
            "покупают",
            "приобрел",
            "приобрёл",
            "приобретет",
            "приобретёт",
            "приобретут",
            "приобрета",
            "выкупил",
            "закупил",
        ],
        words: &["купит", "купят"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_DEAL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["sold", "sell", "sells", "selling"],
    },
    down: Cues {
        prefixes: &[],
        words: &[
            "bought",
            "buy",
            "buys",
            "buying",
            "purchased",
            "acquired",
            "acquire",
            "acquires",
        ],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Travel: arrival («прибытие», «прилёт», «приезд», «въезд») against departure
/// («отправление», «вылет», «отъезд», «выезд»).
const RU_TRAVEL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["прибыти", "прилет", "прилёт", "приезд", "въезд"],
        words: &[],
    },
    down: Cues {
        prefixes: &["отправлени", "вылет", "отъезд", "выезд"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_TRAVEL: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["arrival", "arrivals", "entry"],
    },
    down: Cues {
        prefixes: &[],
        words: &["departure", "departures", "exit"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Words that make «условно» a sentence's («два года условно», «условный срок»).
fn ru_sentence_near(tokens: &[crate::segment::Token], i: usize) -> bool {
    let near = |t: &crate::segment::Token| {
        [
            "год",
            "лет",
            "срок",
            "месяц",
            "приговор",
            "наказани",
            "заключени",
            "лишени",
        ]
        .iter()
        .any(|p| t.lower.starts_with(p))
    };
    prev_tokens(tokens, i).take(4).any(near) || next_tokens(tokens, i).take(3).any(near)
}

/// A sentence: served in prison («лишения свободы», «колонии», «реальный срок») against
/// suspended («условно», «условный срок»); not «условно-досрочно» (parole).
const RU_CUSTODY: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let mut next = next_tokens(tokens, i);
        if w.starts_with("условн") {
            let parole = next.next().is_some_and(|t| t.lower == "-");
            return (!parole && ru_sentence_near(tokens, i)).then_some(Direction::Down);
        }
        let next = next.find(|t| t.kind == TokenKind::Word);
        let up = (w.starts_with("лишени") && next.is_some_and(|t| t.lower == "свободы"))
            || (w.starts_with("реальн") && next.is_some_and(|t| t.lower.starts_with("срок")))
            || w.starts_with("колони") && ru_sentence_near(tokens, i);
        up.then_some(Direction::Up)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_CUSTODY: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let next = next_tokens(tokens, i).find(|t| t.kind == TokenKind::Word);
        let prev: Vec<&str> = prev_tokens(tokens, i)
            .filter(|t| t.kind == TokenKind::Word)
            .take(2)
            .map(|t| t.lower.as_str())
            .collect();
        match w {
            "probation" => Some(Direction::Down),
            "suspended" => {
                let of_sentence = next.is_some_and(|t| {
                    matches!(
                        t.lower.as_str(),
                        "sentence" | "sentences" | "term" | "jail" | "prison"
                    )
                }) || prev
                    .first()
                    .is_some_and(|p| matches!(*p, "years" | "year" | "months" | "month"));
                of_sentence.then_some(Direction::Down)
            }
            "prison" | "jail" | "imprisonment" | "incarceration" | "colony" | "bars" => {
                // "a suspended prison sentence"; "behind bars", "penal colony".
                let suspended = prev.contains(&"suspended");
                let fits = match w {
                    "bars" => prev.first() == Some(&"behind"),
                    "colony" => prev.first() == Some(&"penal"),
                    _ => true,
                };
                (fits && !suspended).then_some(Direction::Up)
            }
            _ => None,
        }
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// A Russian adjective made extreme: «самый», «рекордно», «наиболее» before it.
fn ru_extreme(tokens: &[crate::segment::Token], i: usize) -> bool {
    let prev = prev_tokens(tokens, i).find(|t| t.kind == TokenKind::Word);
    let prev = prev.map_or("", |t| t.lower.as_str());
    (prev.starts_with("сам") && prev.chars().count() <= 6)
        || matches!(prev, "рекордно" | "наиболее" | "аномально")
}

/// The fourteenth class: the hottest against the coldest («самым жарким летом» → "the
/// coldest summer").
const RU_HEAT: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["жарчайш", "теплейш"],
        words: &[],
    },
    down: Cues {
        prefixes: &["холоднейш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let dir = if ["жарк", "тепл", "знойн"].iter().any(|p| w.starts_with(p)) {
            Direction::Up
        } else if ["холодн", "прохладн", "морозн"]
            .iter()
            .any(|p| w.starts_with(p))
        {
            Direction::Down
        } else {
            return None;
        };
        ru_extreme(tokens, i).then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_HEAT: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["hottest", "warmest"],
    },
    down: Cues {
        prefixes: &[],
        words: &["coldest", "coolest", "chilliest"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// A superlative of one scale: synthetic forms (`up` / `down` beginnings) always, plain
/// adjectives (`up_plain` / `down_plain`) after «самый», «наиболее» (see [`ru_extreme`]).
fn ru_superlative(
    tokens: &[crate::segment::Token],
    i: usize,
    up_plain: &[&str],
    down_plain: &[&str],
) -> Option<Direction> {
    let w = tokens[i].lower.as_str();
    let dir = if up_plain.iter().any(|p| w.starts_with(p)) {
        Direction::Up
    } else if down_plain.iter().any(|p| w.starts_with(p)) {
        Direction::Down
    } else {
        return None;
    };
    ru_extreme(tokens, i).then_some(dir)
}

/// The class of size: the largest against the smallest («крупнейший музей» → "the
/// smallest museum"). «мелкий» is the class of depth.
const RU_SIZE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["крупнейш", "величайш"],
        words: &[],
    },
    down: Cues {
        prefixes: &["мельчайш", "малейш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        ru_superlative(
            tokens,
            i,
            &["крупн", "больш", "огромн"],
            &["маленьк", "мал"],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_SIZE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["largest", "biggest"],
    },
    down: Cues {
        prefixes: &[],
        words: &["smallest", "tiniest"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The class of depth: the deepest against the shallowest («самая глубокая станция» →
/// "the shallowest station").
const RU_DEPTH: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["глубочайш"],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        ru_superlative(tokens, i, &["глубок", "глубин"], &["мелк", "мелководн"])
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_DEPTH: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["deepest"],
    },
    down: Cues {
        prefixes: &[],
        words: &["shallowest"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The superlative of speed: the fastest against the slowest («самым быстрым» → "the
/// slowest"); the verbs and comparatives are the class of speed.
const RU_FASTEST: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["быстрейш", "скорейш"],
        words: &[],
    },
    down: Cues {
        prefixes: &[],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        ru_superlative(
            tokens,
            i,
            &["быстр", "скоростн", "стремительн"],
            &["медленн", "медлительн"],
        )
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_FASTEST: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["fastest", "quickest", "speediest"],
    },
    down: Cues {
        prefixes: &[],
        words: &["slowest"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The fifteenth class: the best against the worst («лучший старт» → "the worst
/// start"). «лучше»/«хуже» compare and are the class of quality.
const RU_RANK: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["наилучш"],
        words: &[],
    },
    down: Cues {
        prefixes: &["худш", "наихудш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        (w.starts_with("лучш") && w != "лучше").then_some(Direction::Up)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_RANK: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["best"],
    },
    down: Cues {
        prefixes: &[],
        words: &["worst"],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |_, _| None,
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The class of price: the dearest against the cheapest («самый дорогой трансфер» →
/// "the cheapest transfer"). The comparatives «дороже»/"cheaper" are the class of
/// up and down.
const RU_PRICE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &["дорожайш"],
        words: &[],
    },
    down: Cues {
        prefixes: &["дешевейш", "дешёвейш"],
        words: &[],
    },
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        // Not «дорога» (a road): «самой дорогой» is also "the road itself".
        let dir = if [
            "дорогой",
            "дорогим",
            "дорогая",
            "дорогое",
            "дорогого",
            "дорогую",
        ]
        .contains(&w)
            || ["дорогостоящ", "дорогих", "дорогие", "дорогому", "дорогом"]
                .iter()
                .any(|p| w.starts_with(p))
        {
            Direction::Up
        } else if ["дешёв", "дешев"].iter().any(|p| w.starts_with(p)) {
            Direction::Down
        } else {
            return None;
        };
        ru_extreme(tokens, i).then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_PRICE: DirectionWords = DirectionWords {
    up: Cues {
        prefixes: &[],
        words: &["priciest", "costliest", "dearest"],
    },
    down: Cues {
        prefixes: &[],
        words: &["cheapest"],
    },
    comparatives: NO_COMPARATIVES,
    // "the most expensive", "the least expensive".
    in_context: |tokens, i| {
        if !matches!(
            tokens[i].lower.as_str(),
            "expensive" | "costly" | "pricey" | "pricy"
        ) {
            return None;
        }
        match prev_tokens(tokens, i).next().map(|t| t.lower.as_str()) {
            Some("most") => Some(Direction::Up),
            Some("least") => Some(Direction::Down),
            _ => None,
        }
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// Words of an expectation or forecast.
fn expectation(t: &crate::segment::Token) -> bool {
    [
        "ожидан",
        "прогноз",
        "надежд",
        "expectation",
        "forecast",
        "estimate",
        "expected",
    ]
    .iter()
    .any(|p| t.lower.starts_with(p))
}

/// Whether an expectation follows token `i` within `n` words.
fn expectation_after(tokens: &[crate::segment::Token], i: usize, n: usize) -> bool {
    next_tokens(tokens, i)
        .filter(|t| t.kind == TokenKind::Word)
        .take(n)
        .any(expectation)
}

/// The sixteenth class: expectations beaten against missed («не оправдали ожиданий» →
/// "exceeded expectations"). «не оправдали» reads its own negation: the cue starts at
/// «не» (see `extent`).
const RU_EXPECT: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let dir = if w.starts_with("оправда") {
            let negated = prev_tokens(tokens, i)
                .next()
                .is_some_and(|t| t.lower == "не");
            if !negated {
                return None;
            }
            Direction::Down
        } else if ["превзо", "превыс", "превыш"]
            .iter()
            .any(|p| w.starts_with(p))
            || matches!(w, "выше" | "лучше")
        {
            Direction::Up
        } else if matches!(w, "ниже" | "хуже") {
            Direction::Down
        } else {
            return None;
        };
        expectation_after(tokens, i, 2).then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};
const EN_EXPECT: DirectionWords = DirectionWords {
    up: NO_CUES,
    down: NO_CUES,
    comparatives: NO_COMPARATIVES,
    in_context: |tokens, i| {
        let w = tokens[i].lower.as_str();
        let prev = prev_tokens(tokens, i)
            .next()
            .map_or("", |t| t.lower.as_str());
        let dir = match w {
            "exceeded" | "exceed" | "exceeds" | "surpassed" | "beat" | "beats" | "topped"
            | "outstripped" | "outperformed" | "above" => Direction::Up,
            "better" => Direction::Up,
            "worse" | "below" | "missed" | "missing" => Direction::Down,
            // "fell short of expectations"; "failed to meet", "did not live up to".
            "short" if prev == "fell" || prev == "falls" || prev == "fall" || prev == "came" => {
                Direction::Down
            }
            "meet" | "live" | "met" if matches!(prev, "to" | "not" | "n't" | "never") => {
                let failed = prev_tokens(tokens, i)
                    .take(3)
                    .any(|t| matches!(t.lower.as_str(), "failed" | "not" | "n't" | "never"));
                if !failed {
                    return None;
                }
                Direction::Down
            }
            _ => return None,
        };
        expectation_after(tokens, i, 4).then_some(dir)
    },
    reads_negation: false,
    figure_reach: FIGURE_CUE_REACH,
};

/// The span a cue stands for in the message and in the negation test: a factor and
/// "as many" ("twice as many", "three times as much"), a multiple and its comparative
/// («вдвое меньше»), a verdict and its word of guilt («признал виновным», "found him
/// not guilty"), and a negation a cue reads itself («не оправдали», "failed to meet").
fn extent(tokens: &[crate::segment::Token], i: usize) -> std::ops::Range<usize> {
    let span = tokens[i].span.clone();
    let w = tokens[i].lower.as_str();
    let words: Vec<(usize, &crate::segment::Token)> = tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind != TokenKind::Space)
        .collect();
    let Some(k) = words.iter().position(|(j, _)| *j == i) else {
        return span;
    };
    let back = |n: usize| k.checked_sub(n).map(|m| words[m].1);
    // "twice as many", "three times as much", "a third as large".
    if en_as_many(tokens, i).is_some() {
        let start = match back(2) {
            Some(f) if f.lower == "times" => back(3).unwrap_or(f),
            Some(f) if matches!(f.lower.as_str(), "third" | "quarter" | "fifth" | "tenth") => {
                back(3)
                    .filter(|a| matches!(a.lower.as_str(), "a" | "one"))
                    .unwrap_or(f)
            }
            Some(f) => f,
            None => return span,
        };
        return start.span.start..span.end;
    }
    // «вдвое меньше», «втрое больше».
    if matches!(w, "больше" | "меньше" | "более" | "менее") {
        return match back(1) {
            Some(m) if ru_multiple(&m.lower) => m.span.start..span.end,
            _ => span,
        };
    }
    // «не оправдали ожиданий», "failed to meet", "did not live up to".
    if w.starts_with("оправда") || matches!(w, "meet" | "met" | "live") {
        let reach = if w.starts_with("оправда") {
            1
        } else {
            3
        };
        let neg = (1..=reach)
            .filter_map(back)
            .find(|t| matches!(t.lower.as_str(), "не" | "failed" | "not" | "n't" | "never"));
        if let Some(n) = neg {
            return n.span.start..span.end;
        }
        return span;
    }
    // «признал его виновным», "found the mayor not guilty".
    if w.starts_with("признал") || w.starts_with("признан") || w == "found" || w == "declared"
    {
        let end = words[k + 1..]
            .iter()
            .take(6)
            .find(|(_, t)| {
                let l = t.lower.as_str();
                l.starts_with("виновн")
                    || l.starts_with("невиновн")
                    || l == "guilty"
                    || l == "innocent"
            })
            .map(|(_, t)| t.span.end);
        return span.start..end.unwrap_or(span.end);
    }
    span
}

const NO_CUES: Cues = Cues {
    prefixes: &[],
    words: &[],
};

/// Whether a class needs both sides to speak of the same holder before it can tell.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Holder {
    /// The direction is the same whoever the sentence names first.
    Any,
    /// Who won is told by the subject: «Зенит выиграл у Ростова» is "Rostov lost to
    /// Zenit", so the two subjects must render each other (`same_subject`).
    Subject,
}

/// The classes of opposites, with the words the message uses for each direction.
const CLASSES: &[(&DirectionWords, &DirectionWords, [&str; 2], Holder)] = &[
    (&RU_WORDS, &EN_WORDS, ["up", "down"], Holder::Any),
    (&RU_QUALITY, &EN_QUALITY, ["better", "worse"], Holder::Any),
    (&RU_VOTE, &EN_VOTE, ["for", "against"], Holder::Any),
    (&RU_SPEED, &EN_SPEED, ["faster", "slower"], Holder::Any),
    (
        &RU_STRENGTH,
        &EN_STRENGTH,
        ["stronger", "weaker"],
        Holder::Any,
    ),
    (
        &RU_DIFFICULTY,
        &EN_DIFFICULTY,
        ["harder", "easier"],
        Holder::Any,
    ),
    (&RU_BOUND, &EN_BOUND, ["above", "below"], Holder::Any),
    (&RU_AHEAD, &EN_AHEAD, ["ahead", "behind"], Holder::Any),
    (&RU_TIME, &EN_TIME, ["late", "early"], Holder::Any),
    (
        &RU_KEPT,
        &EN_KEPT_WORDS,
        ["changed", "unchanged"],
        Holder::Any,
    ),
    (&RU_LEVEL, &EN_LEVEL, ["high", "low"], Holder::Any),
    (
        &RU_DEGREE,
        &EN_DEGREE_WORDS,
        ["no less", "less"],
        Holder::Any,
    ),
    (&RU_OUTCOME, &EN_OUTCOME, ["won", "lost"], Holder::Subject),
    (
        &RU_VERDICT,
        &EN_VERDICT,
        ["acquitted", "convicted"],
        Holder::Any,
    ),
    (&RU_RESULT, &EN_RESULT, ["a profit", "a loss"], Holder::Any),
    (
        &RU_HEAT,
        &EN_HEAT,
        ["the hottest", "the coldest"],
        Holder::Any,
    ),
    (&RU_RANK, &EN_RANK, ["the best", "the worst"], Holder::Any),
    (
        &RU_SIZE,
        &EN_SIZE,
        ["the largest", "the smallest"],
        Holder::Any,
    ),
    (
        &RU_DEPTH,
        &EN_DEPTH,
        ["the deepest", "the shallowest"],
        Holder::Any,
    ),
    (
        &RU_FASTEST,
        &EN_FASTEST,
        ["the fastest", "the slowest"],
        Holder::Any,
    ),
    (
        &RU_PRICE,
        &EN_PRICE,
        ["the most expensive", "the cheapest"],
        Holder::Any,
    ),
    (
        &RU_BALANCE,
        &EN_BALANCE,
        ["a surplus", "a deficit"],
        Holder::Any,
    ),
    (&RU_TRADE, &EN_TRADE, ["exports", "imports"], Holder::Any),
    (&RU_DEAL, &EN_DEAL, ["sold", "bought"], Holder::Subject),
    (
        &RU_TRAVEL,
        &EN_TRAVEL,
        ["arrival", "departure"],
        Holder::Any,
    ),
    (
        &RU_CUSTODY,
        &EN_CUSTODY,
        ["a prison term", "a suspended sentence"],
        Holder::Any,
    ),
    (
        &RU_EXPECT,
        &EN_EXPECT,
        ["above expectations", "below expectations"],
        Holder::Any,
    ),
];

/// Words before a bare "fall" that make it the verb ("will fall", "expected to fall"),
/// not the season.
const EN_VERB_BEFORE: &[&str] = &[
    "will", "would", "could", "may", "might", "can", "should", "must", "to", "not", "also",
    "further", "ll",
];

/// Words after "fall" in phrases that are no decrease ("fall asleep", "fall ill").
const EN_FALL_PHRASES: &[&str] = &[
    "asleep", "ill", "sick", "victim", "prey", "silent", "apart", "in", "into", "out", "short",
    "behind", "under", "on", "over", "through", "back", "for", "foul", "pregnant", "flat", "off",
    "down",
];

/// Forms of "be" before a predicate "up"/"down" ("sales were down 12%").
const EN_BE: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "being", "'s", "s", "'re", "re",
];

/// Words of degree between "up"/"down"/"above"/"below" and the figure ("up by almost
/// 8%", "down some 3 points").
const EN_DEGREE: &[&str] = &[
    "by",
    "from",
    "about",
    "almost",
    "nearly",
    "some",
    "roughly",
    "around",
    "approximately",
    "over",
    "just",
    "only",
    "a",
    "an",
    "more",
    "than",
    "less",
    "well",
];

/// Adverbs that make "was up"/"were down" a change without a figure ("were down
/// sharply"); "the site was down" is an outage.
const EN_CHANGE_ADVERBS: &[&str] = &[
    "sharply",
    "slightly",
    "significantly",
    "substantially",
    "markedly",
    "considerably",
    "marginally",
    "modestly",
    "strongly",
    "steeply",
    "year-on-year",
];

/// Units that make a figure a change or a distance from a level ("12% down", "4.6
/// degrees below the norm").
const EN_CHANGE_UNITS: &[&str] = &["%", "percent", "cent", "points", "pp", "degrees", "times"];

/// What "above"/"below" may be measured against: «выше нормы», «ниже среднего».
const EN_NORMS: &[&str] = &[
    "norm",
    "normal",
    "average",
    "usual",
    "expected",
    "expectations",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "zero",
    "freezing",
    "level",
    "levels",
    "mean",
    "median",
    "threshold",
    "benchmark",
];

/// Words skipped between "above"/"below" and the norm ("below the national average").
const EN_NORM_QUALIFIERS: &[&str] = &[
    "the",
    "its",
    "their",
    "this",
    "that",
    "last",
    "year's",
    "national",
    "regional",
    "seasonal",
    "climatic",
    "climate",
    "annual",
    "monthly",
    "long-term",
    "historical",
    "federal",
    "russian",
    "all-russian",
    "country's",
    "market",
    "analysts'",
];

/// Whether a token is a figure: a number, a number word or a currency sign.
fn en_figure(t: &crate::segment::Token) -> bool {
    t.kind == TokenKind::Number
        || matches!(t.lower.as_str(), "$" | "€" | "£")
        || en_figure_word(&t.lower)
}

/// The non-space tokens after token `i`.
fn next_tokens(
    tokens: &[crate::segment::Token],
    i: usize,
) -> impl Iterator<Item = &crate::segment::Token> {
    tokens[i + 1..]
        .iter()
        .filter(|t| t.kind != TokenKind::Space)
}

/// The non-space tokens before token `i`, nearest first.
fn prev_tokens(
    tokens: &[crate::segment::Token],
    i: usize,
) -> impl Iterator<Item = &crate::segment::Token> {
    tokens[..i]
        .iter()
        .rev()
        .filter(|t| t.kind != TokenKind::Space)
}

/// Whether a figure follows token `i`, past words of degree ("up by almost 8%").
fn figure_follows(tokens: &[crate::segment::Token], i: usize) -> bool {
    next_tokens(tokens, i)
        .take(4)
        .find(|t| !EN_DEGREE.contains(&t.lower.as_str()))
        .is_some_and(en_figure)
}

/// Whether a change by a figure ends just before token `i` ("12% down", "4.6 degrees
/// below").
fn figure_precedes(tokens: &[crate::segment::Token], i: usize) -> bool {
    let mut before = prev_tokens(tokens, i);
    match before.next() {
        Some(t) if t.kind == TokenKind::Number => true,
        Some(t) if EN_CHANGE_UNITS.contains(&t.lower.as_str()) => {
            // "per cent", "percentage points": the unit may take two words.
            before
                .take(2)
                .any(|t| t.kind == TokenKind::Number || en_number_word(&t.lower))
        }
        _ => false,
    }
}

/// "up"/"down" as a direction: news idiom for a change by a figure ("sales were down
/// 12%", "up 8% on the year", "12% down"), not "up to 12%" (= «до»), nor a phrasal
/// verb ("set up 3 firms", "shot down 2 drones", "made up 40%"): before the figure it
/// must follow a form of "be", a change verb of motion, or a pause (", up 8%").
fn en_up_down(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let dir = match tokens[i].lower.as_str() {
        "up" => Direction::Up,
        "down" => Direction::Down,
        _ => return None,
    };
    let next = next_tokens(tokens, i).next();
    // "up to 12%" is «до 12%»; "a 10% down payment", "3% up front" are no change.
    if next.is_some_and(|t| matches!(t.lower.as_str(), "to" | "payment" | "payments" | "front")) {
        return None;
    }
    if figure_precedes(tokens, i) {
        return Some(dir);
    }
    // The word before, past one adverb ("were also down 3%", "was sharply up").
    let mut before = prev_tokens(tokens, i);
    let mut prev = before.next();
    if prev.is_some_and(|t| t.lower.ends_with("ly") || matches!(t.lower.as_str(), "also" | "still"))
    {
        prev = before.next();
    }
    let be = prev.is_some_and(|t| EN_BE.contains(&t.lower.as_str()));
    let predicate = be
        || prev.is_none_or(|t| t.kind == TokenKind::Punct)
        || prev.is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "went"
                    | "go"
                    | "goes"
                    | "going"
                    | "gone"
                    | "came"
                    | "come"
                    | "comes"
                    | "coming"
                    | "moved"
                    | "ticked"
                    | "edged"
                    | "inched"
                    | "ended"
                    | "closed"
                    | "finished"
            )
        });
    if !predicate {
        return None;
    }
    let adverb = next.is_some_and(|t| EN_CHANGE_ADVERBS.contains(&t.lower.as_str()));
    (figure_follows(tokens, i) || be && adverb).then_some(dir)
}

/// "above"/"below" as a direction: measured from a norm or by a figure ("4.6 degrees
/// below the norm", "below normal", "above 4%"), not "the sky above the city".
fn en_above_below(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let dir = match tokens[i].lower.as_str() {
        "above" => Direction::Up,
        "below" => Direction::Down,
        _ => return None,
    };
    let norm = next_tokens(tokens, i)
        .take(4)
        .find(|t| !EN_NORM_QUALIFIERS.contains(&t.lower.as_str()))
        .is_some_and(|t| EN_NORMS.contains(&t.lower.as_str()));
    // A distance in any unit ("seven centimeters above the threshold").
    let mut before = prev_tokens(tokens, i);
    let measured = before.next().is_some_and(|t| t.kind == TokenKind::Word)
        && before.next().is_some_and(en_figure);
    (norm || measured || figure_precedes(tokens, i) || figure_follows(tokens, i)).then_some(dir)
}

/// "twice as many", "three times as much" are rises, "half as many", "a third as
/// large" falls: the word after "as" carries the factor before it («вдвое больше» →
/// "half as many"). "at times as many as" is no factor.
fn en_as_many(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let mut before = prev_tokens(tokens, i);
    if before.next().is_none_or(|t| t.lower != "as") {
        return None;
    }
    // "as many as 300" is a bound, not a comparison.
    if next_tokens(tokens, i).nth(1).is_some_and(en_figure) {
        return None;
    }
    let factor = before.next()?;
    match factor.lower.as_str() {
        "twice" | "thrice" => Some(Direction::Up),
        "times" => before
            .next()
            .is_some_and(en_figure)
            .then_some(Direction::Up),
        "half" | "third" | "quarter" | "fifth" | "tenth" => Some(Direction::Down),
        _ => None,
    }
}

/// "fall" as a verb, and "decline" unless it declines to do something ("declined to
/// comment"; "declined to 5%" is a fall).
fn en_in_context(tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
    let lower = tokens[i].lower.as_str();
    if let Some(dir) = en_up_down(tokens, i).or_else(|| en_above_below(tokens, i)) {
        return Some(dir);
    }
    if let Some(dir) = en_as_many(tokens, i) {
        return Some(dir);
    }
    // "will narrow", "to narrow the gap"; not "a narrow street".
    if lower == "narrow" {
        return prev_tokens(tokens, i)
            .next()
            .is_some_and(|t| EN_VERB_BEFORE.contains(&t.lower.as_str()))
            .then_some(Direction::Down);
    }
    // "the economy contracted by 2%", "contracted sharply", "contracted."; not
    // "contracted the virus" nor "contracting parties".
    if matches!(lower, "contracted" | "contracting") {
        let next = next_tokens(tokens, i).next();
        let change = next.is_none_or(|t| {
            t.kind == TokenKind::Punct
                || matches!(t.lower.as_str(), "by" | "in" | "for" | "again")
                || EN_CHANGE_ADVERBS.contains(&t.lower.as_str())
                || en_figure(t)
        });
        return change.then_some(Direction::Down);
    }
    // "more expensive" («дороже»), "less expensive", "more affordable".
    if matches!(lower, "expensive" | "costly" | "pricey" | "affordable") {
        let prev = prev_tokens(tokens, i).next().map(|t| t.lower.as_str());
        let more = match prev {
            Some("more") => true,
            Some("less") => false,
            _ => return None,
        };
        return Some(if more == (lower == "affordable") {
            Direction::Down
        } else {
            Direction::Up
        });
    }
    // "will double" is a rise; "a double room" is none.
    if matches!(lower, "double" | "triple" | "quadruple") {
        return prev_tokens(tokens, i)
            .next()
            .is_some_and(|t| EN_VERB_BEFORE.contains(&t.lower.as_str()))
            .then_some(Direction::Up);
    }
    if lower == "fall" {
        let before = tokens[..i]
            .iter()
            .rev()
            .find(|t| t.kind != TokenKind::Space);
        let mut next = tokens[i + 1..]
            .iter()
            .filter(|t| t.kind != TokenKind::Space);
        let after = next.next();
        // "fall for two more days", "fall in three days": a span of time, not "fall for
        // a trick" or "fall in love".
        let timed = after.is_some_and(|t| t.lower == "for" || t.lower == "in")
            && next.next().is_some_and(|t| {
                t.kind == TokenKind::Number
                    || en_number_word(&t.lower)
                    || ["several", "a", "another", "the"].contains(&t.lower.as_str())
                        && next.next().is_some_and(|u| {
                            u.kind == TokenKind::Number
                                || en_number_word(&u.lower)
                                || ["few", "couple", "next", "coming"].contains(&u.lower.as_str())
                        })
            });
        return (before.is_some_and(|t| EN_VERB_BEFORE.contains(&t.lower.as_str()))
            && (timed || !after.is_some_and(|t| EN_FALL_PHRASES.contains(&t.lower.as_str()))))
        .then_some(Direction::Down);
    }
    // "Oil gained 1.8%", "shares lost 3%": a gain or loss by a figure, not "gained
    // access" or "lost the match".
    let gain = matches!(lower, "gain" | "gains" | "gained" | "gaining");
    let loss = matches!(
        lower,
        "lose" | "loses" | "lost" | "losing" | "shed" | "sheds"
    );
    if gain || loss {
        let next = tokens[i + 1..].iter().find(|t| t.kind != TokenKind::Space);
        let figure = next.is_some_and(|t| {
            t.kind == TokenKind::Number || t.lower == "$" || en_number_word(&t.lower)
        });
        return figure.then_some(if gain { Direction::Up } else { Direction::Down });
    }
    // "the index added 2%", "added $3 billion"; "he added" says something more.
    if matches!(lower, "add" | "adds" | "added" | "adding") {
        let mut next = next_tokens(tokens, i);
        let amount = match next.next() {
            Some(t) if matches!(t.lower.as_str(), "$" | "€" | "£") => true,
            Some(t) if t.kind == TokenKind::Number => next.next().is_some_and(|u| {
                u.lower == "%"
                    || EN_CHANGE_UNITS.contains(&u.lower.as_str())
                    || EN_COMPARATIVES.units.contains(&u.lower.as_str())
            }),
            _ => false,
        };
        return amount.then_some(Direction::Up);
    }
    if lower.starts_with("declin") {
        let mut rest = tokens[i + 1..]
            .iter()
            .filter(|t| t.kind != TokenKind::Space);
        let next = rest.next();
        let to_a_verb = next.is_some_and(|t| t.lower == "to")
            && rest.next().is_some_and(|t| t.kind == TokenKind::Word);
        return (!to_a_verb).then_some(Direction::Down);
    }
    None
}

impl DirectionWords {
    /// The direction the word at token `i` speaks of, if any.
    fn cue(&self, tokens: &[crate::segment::Token], i: usize) -> Option<Direction> {
        let lower = tokens[i].lower.as_str();
        if self.up.matches(lower) {
            Some(Direction::Up)
        } else if self.down.matches(lower) {
            Some(Direction::Down)
        } else {
            self.comparatives
                .direction(tokens, i)
                .or_else(|| (self.in_context)(tokens, i))
        }
    }
}

/// The direction words of a sentence, in order.
fn directions(s: &Sentence, words: &DirectionWords) -> Vec<Cue> {
    s.tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .filter_map(|(i, _)| Some((words.cue(&s.tokens, i)?, extent(&s.tokens, i))))
        .collect()
}

/// How many cues say up and how many down.
fn counts(cues: &[Cue]) -> (usize, usize) {
    let u = cues.iter().filter(|(d, _)| *d == Direction::Up).count();
    (u, cues.len() - u)
}

/// The one direction a Russian sentence speaks of, if it speaks of exactly one.
pub fn source_direction(s: &Sentence) -> Option<Direction> {
    only(counts(&directions(s, &RU_WORDS)))
}

/// One direction only, if the sentence has any.
fn only(counts: (usize, usize)) -> Option<Direction> {
    match counts {
        (u, 0) if u > 0 => Some(Direction::Up),
        (0, d) if d > 0 => Some(Direction::Down),
        _ => None,
    }
}

/// How many words before a figure its direction cue may stand («вырос на 25%», "fell
/// by almost 25%"); after the figure only the next word counts («на 6% ниже», "25%
/// higher"), since a word further on belongs to what the figure counts.
const FIGURE_CUE_REACH: usize = 3;

type Cue = (Direction, std::ops::Range<usize>);

/// The direction cue nearest to each figure of a sentence: (value, cue).
fn figure_cues(s: &Sentence, dwords: &DirectionWords) -> Vec<(f64, Cue)> {
    let words: Vec<(usize, &crate::segment::Token)> = s
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .collect();
    let mut out = Vec::new();
    // The last figure with a cue: where it ends, its cue, and the preposition before it.
    let mut last: Option<(usize, Cue, Option<&str>)> = None;
    for n in &s.numbers {
        // A figure that is a cue itself ("doubled", "halved") says its own direction.
        let own = words
            .iter()
            .find(|(_, t)| t.span == n.span)
            .and_then(|(i, t)| Some((dwords.cue(&s.tokens, *i)?, t.span.clone())));
        if let Some(cue) = own {
            out.push((n.value, cue));
            last = None;
            continue;
        }
        let prep = preposition_before(s, &n.span);
        // Words before and after the figure, nearest first.
        let before = words
            .iter()
            .rev()
            .filter(|(_, t)| t.span.end <= n.span.start);
        let after = words.iter().filter(|(_, t)| t.span.start >= n.span.end);
        let mut nearest: Option<(usize, Cue)> = None;
        for (side, list) in [before.collect::<Vec<_>>(), after.collect::<Vec<_>>()]
            .into_iter()
            .enumerate()
        {
            let reach = if side == 0 { dwords.figure_reach } else { 1 };
            for (dist, (i, _)) in list.into_iter().take(reach).enumerate() {
                if let Some(dir) = dwords.cue(&s.tokens, *i) {
                    // Ties go to the cue before the figure ("rose by 25%").
                    let d = 2 * dist + side;
                    if nearest.as_ref().is_none_or(|(best, _)| d < *best) {
                        nearest = Some((d, (dir, extent(&s.tokens, *i))));
                    }
                    break;
                }
            }
        }
        if let Some((_, cue)) = nearest {
            out.push((n.value, cue.clone()));
            last = Some((n.span.end, cue, prep));
            continue;
        }
        // «кредиты увеличились на 1,9%, а ипотечные — на 2,3%»: a figure after the same
        // preposition as the last one, with no cue between, shares its verb, which the
        // second clause leaves out.
        let Some((end, cue, Some(p))) = &last else {
            continue;
        };
        let between: Vec<_> = words
            .iter()
            .filter(|(_, t)| t.span.start >= *end && t.span.end <= n.span.start)
            .collect();
        let gapped = prep == Some(*p)
            && between.len() <= GAP_REACH
            && between
                .iter()
                .all(|(i, _)| dwords.cue(&s.tokens, *i).is_none());
        if gapped {
            out.push((n.value, cue.clone()));
        }
    }
    out
}

/// Words of degree between a verb of change and its preposition («снизился почти до»,
/// "fell by almost").
const HEDGES: &[&str] = &[
    "почти",
    "около",
    "примерно",
    "приблизительно",
    "порядка",
    "almost",
    "nearly",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "just",
    "only",
    "slightly",
    "sharply",
    "significantly",
];

/// A figure after a verb of change: its preposition («до», «на», "to", "by"), if the
/// figure is a level or an amount (not a year: "reduce by 2030").
fn change_preposition(
    s: &Sentence,
    n: &crate::segment::NumberMention,
    words: &DirectionWords,
    speed: &DirectionWords,
) -> Option<(&'static str, std::ops::Range<usize>)> {
    let year = n.value.fract() == 0.0
        && (1800.0..=2100.0).contains(&n.value)
        && n.kind != NumKind::Percent;
    // «до 1 июля», "by July 1": a date is a deadline.
    let date = s
        .tokens
        .iter()
        .find(|t| t.kind == TokenKind::Word && t.span.start >= n.span.end)
        .is_some_and(|t| {
            [
                &crate::lang::ru::RUSSIAN as &dyn crate::lang::Language,
                &crate::lang::en::ENGLISH,
            ]
            .iter()
            .any(|l| {
                matches!(
                    l.number_word(&t.lower),
                    Some(crate::lang::NumberWord::Month(_))
                )
            })
        });
    if year || date || n.multiple || matches!(n.kind, NumKind::Month | NumKind::Ordinal) {
        return None;
    }
    let i = s
        .tokens
        .iter()
        .rposition(|t| t.kind != TokenKind::Space && t.span.end <= n.span.start)?;
    let prep = GAP_PREPOSITIONS.iter().find(|p| **p == s.tokens[i].lower)?;
    // "by up to 30%" and «до» read as "up to" are no level.
    let mut before = (0..i)
        .rev()
        .filter(|&k| s.tokens[k].kind != TokenKind::Space);
    let mut k = before.next()?;
    if s.tokens[k].lower == "up" {
        return None;
    }
    while HEDGES.contains(&s.tokens[k].lower.as_str()) {
        k = before.next()?;
    }
    let verb = words.cue(&s.tokens, k).or_else(|| speed.cue(&s.tokens, k));
    verb.map(|_| (*prep, s.tokens[i].span.clone()))
}

/// A level rendered as a change by it, or the reverse: «снизился до 2,4%» → "fell by
/// 2.4%", «вырос на 5%» → "rose to 5%". Both sides give the figure once, each after a
/// verb of change. Returns the two prepositions and whether the source gives the level.
fn level_or_change(
    s: &Sentence,
    t: &Sentence,
) -> Option<(std::ops::Range<usize>, std::ops::Range<usize>, bool)> {
    let once = |a: &Sentence, v: f64| a.numbers.iter().filter(|n| n.value == v).count() == 1;
    s.numbers.iter().find_map(|sn| {
        if !once(s, sn.value) || !once(t, sn.value) {
            return None;
        }
        let tn = t.numbers.iter().find(|n| n.value == sn.value)?;
        let (sp, sspan) = change_preposition(s, sn, &RU_WORDS, &RU_SPEED)?;
        let (tp, tspan) = change_preposition(t, tn, &EN_WORDS, &EN_SPEED)?;
        match (sp, tp) {
            ("до", "by") => Some((sspan, tspan, true)),
            ("на", "to") => Some((sspan, tspan, false)),
            _ => None,
        }
    })
}

/// Prepositions of a change or a level a gapped clause repeats («на 2,3%», "by 2.3%").
const GAP_PREPOSITIONS: &[&str] = &["на", "до", "by", "to"];

/// How many words a gapped clause may have before its figure («а ипотечных — на»).
const GAP_REACH: usize = 6;

/// The preposition of change or level just before a figure, if any.
fn preposition_before<'a>(s: &'a Sentence, span: &std::ops::Range<usize>) -> Option<&'a str> {
    s.tokens
        .iter()
        .rev()
        .find(|t| t.kind != TokenKind::Space && t.span.end <= span.start)
        .map(|t| t.lower.as_str())
        .filter(|w| GAP_PREPOSITIONS.contains(w))
}

/// A figure both sentences give, once each, whose nearest cues point opposite ways.
fn by_figure(
    s: &Sentence,
    t: &Sentence,
    ru: &DirectionWords,
    en: &DirectionWords,
) -> Option<(Cue, Cue)> {
    let sc = figure_cues(s, ru);
    let tc = figure_cues(t, en);
    let once = |list: &[(f64, Cue)], v: f64| list.iter().filter(|(x, _)| *x == v).count() == 1;
    let same_figures =
        |a: &Sentence, v: f64| a.numbers.iter().filter(|n| n.value == v).count() == 1;
    sc.iter().find_map(|(v, scue)| {
        if !once(&sc, *v) || !same_figures(s, *v) || !same_figures(t, *v) {
            return None;
        }
        let (_, tcue) = tc.iter().find(|(x, _)| x == v)?;
        (scue.0 != tcue.0).then(|| (scue.clone(), tcue.clone()))
    })
}

/// As many cues on each side, but not as many saying up: a cue turned around («на 7,5%
/// выше…, но ниже среднего» → "…higher…, and higher than the average"). Which of the
/// cues is turned is read from their order: the first place where the two sides part
/// in the way the counts do. A negation anywhere near a cue leaves it undecided.
fn by_count(
    s: &Sentence,
    t: &Sentence,
    sc: &[Cue],
    tc: &[Cue],
    ctx: &Context,
) -> Option<(Cue, Cue)> {
    let ((su, _), (tu, _)) = (counts(sc), counts(tc));
    if sc.len() != tc.len() || sc.len() < 2 || su == tu {
        return None;
    }
    if sc.iter().any(|(_, r)| negated(s, r, ctx, true))
        || tc.iter().any(|(_, r)| negated(t, r, ctx, false))
    {
        return None;
    }
    // The source says this direction more often than the translation.
    let said = if su > tu {
        Direction::Up
    } else {
        Direction::Down
    };
    let parted = |(a, b): &(&Cue, &Cue)| a.0 == said && b.0 != said;
    let pairs: Vec<(&Cue, &Cue)> = sc.iter().zip(tc).collect();
    let (a, b) = pairs.iter().find(|p| parted(p)).copied().or_else(|| {
        let a = sc.iter().rev().find(|(d, _)| *d == said)?;
        let b = tc.iter().rev().find(|(d, _)| *d != said)?;
        Some((a, b))
    })?;
    Some((a.clone(), b.clone()))
}

/// The value of the first figure after a cue.
fn figure_after(s: &Sentence, cue: &std::ops::Range<usize>) -> Option<f64> {
    s.numbers
        .iter()
        .find(|n| n.span.start >= cue.end)
        .map(|n| n.value)
}

/// Both directions on each side, each cue followed by a figure, and every figure of the
/// source standing after the opposite cue in the translation («наибольшая … (34,8%),
/// наименьшая … (21,2%)» → "the lowest … (34.8%), the highest … (21.2%)"): the
/// counts agree, the attributions are swapped. A reordered translation moves the
/// figures with their cues and is no swap.
fn by_swap(
    s: &Sentence,
    t: &Sentence,
    sc: &[Cue],
    tc: &[Cue],
    ctx: &Context,
) -> Option<(Cue, Cue)> {
    if sc.len() != tc.len() || sc.len() < 2 || only(counts(sc)).is_some() {
        return None;
    }
    if sc.iter().any(|(_, r)| negated(s, r, ctx, true))
        || tc.iter().any(|(_, r)| negated(t, r, ctx, false))
    {
        return None;
    }
    let sf: Vec<f64> = sc
        .iter()
        .map(|(_, r)| figure_after(s, r))
        .collect::<Option<_>>()?;
    let tf: Vec<f64> = tc
        .iter()
        .map(|(_, r)| figure_after(t, r))
        .collect::<Option<_>>()?;
    // Distinct figures, so that each cue has its own.
    let distinct = |f: &[f64]| f.iter().enumerate().all(|(i, a)| !f[..i].contains(a));
    if !distinct(&sf) || !distinct(&tf) {
        return None;
    }
    let mut first = None;
    for (a, v) in sc.iter().zip(&sf) {
        let j = tf.iter().position(|x| x == v)?;
        if tc[j].0 == a.0 {
            return None;
        }
        first = first.or(Some((a.clone(), tc[j].clone())));
    }
    first
}

/// Of the cues of two sentences, the pair that stand at the most similar place in
/// their sentences: a translation that adds a cue of its own ("a pause in policy
/// easing" for «смягчении») should not take the place of the one that renders the
/// source's («рост издержек» → "cost decreases").
fn nearest_pair(s: &Sentence, t: &Sentence, sc: &[Cue], tc: &[Cue]) -> (Cue, Cue) {
    let at = |x: &Sentence, r: &std::ops::Range<usize>| {
        let first = x.tokens.first().map_or(0, |t| t.span.start);
        let last = x.tokens.last().map_or(1, |t| t.span.end);
        (r.start - first.min(r.start)) as f64 / (last - first).max(1) as f64
    };
    let mut best = (f64::MAX, 0, 0);
    for (i, a) in sc.iter().enumerate() {
        for (j, b) in tc.iter().enumerate() {
            let d = (at(s, &a.1) - at(t, &b.1)).abs();
            if d < best.0 {
                best = (d, i, j);
            }
        }
    }
    (sc[best.1].clone(), tc[best.2].clone())
}

/// The currency a rate change is said of: the one named last before the cue («курс
/// доллара вырос», "the ruble weakened"). Said of the other currency of the pair, the
/// same change goes the other way («доллар вырос» is "the ruble weakened").
fn currency_before(s: &Sentence, cue: &std::ops::Range<usize>) -> Option<&'static str> {
    const CURRENCIES: &[(&str, &str)] = &[
        ("рубл", "RUB"),
        ("доллар", "USD"),
        ("евро", "EUR"),
        ("юан", "CNY"),
        ("ruble", "RUB"),
        ("rouble", "RUB"),
        ("dollar", "USD"),
        ("euro", "EUR"),
        ("yuan", "CNY"),
    ];
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.span.end <= cue.start)
        .rev()
        .find_map(|t| {
            CURRENCIES
                .iter()
                .find(|(p, _)| t.lower.starts_with(p))
                .map(|(_, c)| *c)
        })
}

/// Words before a cue in which a negation turns it («не выросли», "hasn't risen").
const NEGATION_REACH: usize = 3;

/// Whether a negation stands just before the word at `cue`.
fn negated(s: &Sentence, cue: &std::ops::Range<usize>, ctx: &Context, source: bool) -> bool {
    let lang = if source {
        ctx.pair().source
    } else {
        ctx.pair().target
    };
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word && t.span.end <= cue.start)
        .rev()
        .take(NEGATION_REACH)
        .any(|t| lang.is_negation(&t.lower))
}

/// Whether the pairing of a sentence bead can be trusted: the aligner is sure of it,
/// or it is the one sentence of each side of a paragraph pair that is itself one to
/// one (a headline, a one-sentence paragraph, a one-line file), where the aligner's
/// doubt is only that so short a pair carries few anchors.
fn sure(ctx: &Context, b: &crate::align::Bead, g: usize) -> bool {
    if b.confidence >= 0.9 {
        return true;
    }
    let al = &ctx.a.alignment;
    let Some(p) = al.paragraphs.get(g) else {
        return false;
    };
    let lone = al.source_sentences.range(&p.source).len() == 1
        && al.target_sentences.range(&p.target).len() == 1;
    b.shape() == (1, 1) && p.shape() == (1, 1) && lone && b.confidence >= 0.5
}

/// Opposite directions of place, read by the opposite-pole matcher the negation check
/// uses for «низкий»/"high" (`negation::antonym_reversed`).
const COMPASS: &[(super::negation::Pole, super::negation::Pole)] = &[
    (
        (&["запад"], &["west", "western", "westward", "westwards"]),
        (
            &["восток", "восточн"],
            &["east", "eastern", "eastward", "eastwards"],
        ),
    ),
    (
        (
            &["север"],
            &["north", "northern", "northward", "northwards"],
        ),
        (
            &["=юг", "=юга", "=югу", "=югом", "=юге", "южн"],
            &["south", "southern", "southward", "southwards"],
        ),
    ),
    (
        (
            &[
                "=левый",
                "=левая",
                "=левое",
                "=левого",
                "=левой",
                "=левому",
                "=левом",
                "=левую",
                "=левые",
                "=левых",
                "=левыми",
            ],
            &["left"],
        ),
        (
            &[
                "=правый",
                "=правая",
                "=правое",
                "=правого",
                "=правой",
                "=правому",
                "=правом",
                "=правую",
                "=правые",
                "=правых",
                "=правыми",
            ],
            &["right"],
        ),
    ),
];

/// «на севере города» → "in the south of the city", «за Уралом» → "west of the Urals":
/// a reversed direction of place, in any aligned pair (a warning unless the pair is a
/// confident 1-1).
fn place_directions(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let d = rule("direction-mismatch");
    for (b, _) in super::aligned_sentences(ctx) {
        let Some((g, span, ge, espan, word)) = super::negation::antonym_reversed(ctx, b, COMPASS)
        else {
            continue;
        };
        let confident = b.shape() == (1, 1) && b.confidence >= 0.9;
        let cue = &src.sentence(g).0.text[span.clone()];
        out.push(
            Finding::new(
                d,
                format!("the source says «{cue}» but the translation says '{word}', the opposite direction"),
            )
            .severity(if confident { d.severity } else { crate::rules::Severity::Warning })
            .source(src.span_in(g, span))
            .target(tgt.span_in(ge, espan)),
        );
    }
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("direction-mismatch");
    place_directions(ctx, out);
    for (b, g) in super::aligned_sentences(ctx) {
        if b.source.is_empty() || b.target.is_empty() || !sure(ctx, b, g) {
            continue;
        }
        // One sentence on each side, so that the two directions speak of the same
        // thing; in a split or merged bead only a cue tied to a figure both sentences
        // give says what it speaks of.
        let found = if b.shape() == (1, 1) {
            let (_, s, _, _) = src.sentence(b.source.start);
            let (_, t, _, _) = tgt.sentence(b.target.start);
            CLASSES.iter().find_map(|(ru, en, names, holder)| {
                let sc = directions(s, ru);
                let tc = directions(t, en);
                let found = match (only(counts(&sc)), only(counts(&tc))) {
                    (Some(_), Some(_)) => Some(nearest_pair(s, t, &sc, &tc)),
                    // Both directions in one sentence («спрос вырос на 25%, а чек
                    // снизился на 8%»): pair each cue with the figure it governs,
                    // else compare how many cues say each way.
                    _ => by_figure(s, t, ru, en)
                        .or_else(|| by_count(s, t, &sc, &tc, ctx))
                        .or_else(|| by_swap(s, t, &sc, &tc, ctx)),
                }?;
                // Agreeing cues of one class leave the other class to decide.
                let ((sdir, sspan), (tdir, tspan)) = &found;
                let inverted = matches!(
                    (currency_before(s, sspan), currency_before(t, tspan)),
                    (Some(a), Some(b)) if a != b
                );
                if inverted {
                    return None;
                }
                let turned = !ru.reads_negation && negated(s, sspan, ctx, true);
                if sdir == tdir || turned || negated(t, tspan, ctx, false) {
                    return None;
                }
                if *holder == Holder::Subject && !same_subject(ctx, s, sspan, t, tspan) {
                    return None;
                }
                let reads = ru.reads_negation;
                Some((
                    b.source.start,
                    b.target.start,
                    found.0,
                    found.1,
                    names,
                    reads,
                ))
            })
        } else {
            b.source.clone().find_map(|i| {
                b.target.clone().find_map(|j| {
                    let (_, s, _, _) = src.sentence(i);
                    let (_, t, _, _) = tgt.sentence(j);
                    by_figure(s, t, &RU_WORDS, &EN_WORDS)
                        .map(|(sc, tc)| (i, j, sc, tc, &CLASSES[0].2, false))
                })
            })
        };
        let Some((si, ti, (sdir, sspan), (tdir, tspan), names, reads)) = found else {
            if b.shape() == (1, 1) {
                let (_, s, _, _) = src.sentence(b.source.start);
                let (_, t, _, _) = tgt.sentence(b.target.start);
                if let Some((sspan, tspan, level)) = level_or_change(s, t) {
                    let (si, ti) = (b.source.start, b.target.start);
                    let (sword, tword) = (
                        &src.sentence(si).0.text[sspan.clone()],
                        &tgt.sentence(ti).0.text[tspan.clone()],
                    );
                    let message = if level {
                        format!("the source gives the level reached («{sword}») but the translation a change by that much (“{tword}”)")
                    } else {
                        format!("the source gives a change by a figure («{sword}») but the translation the level reached (“{tword}”)")
                    };
                    out.push(
                        Finding::new(r, message)
                            .source(src.span_in(si, sspan))
                            .target(tgt.span_in(ti, tspan)),
                    );
                }
            }
            continue;
        };
        let (_, s, _, _) = src.sentence(si);
        let (_, t, _, _) = tgt.sentence(ti);
        // "did not fall" for «выросли»? A negation just before a cue can turn it.
        let turned = !reads && negated(s, &sspan, ctx, true);
        if sdir == tdir || turned || negated(t, &tspan, ctx, false) {
            continue;
        }
        let (sword, tword) = (
            &src.sentence(si).0.text[sspan.clone()],
            &tgt.sentence(ti).0.text[tspan.clone()],
        );
        let (said, now) = match sdir {
            Direction::Up => (names[0], names[1]),
            Direction::Down => (names[1], names[0]),
        };
        out.push(
            Finding::new(
                r,
                format!(
                    "the source says {said} («{sword}») but the translation says {now} (“{tword}”)"
                ),
            )
            .source(src.span_in(si, sspan))
            .target(tgt.span_in(ti, tspan)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;

    /// Asserts that each (ru, en) pair fires on exactly the given target word.
    fn flags(cases: &[(&str, &str, &str)]) {
        for (ru, en, word) in cases {
            assert_eq!(
                fired(ru, en, "direction-mismatch"),
                vec![word.to_string()],
                "{ru} → {en}"
            );
        }
    }

    /// Asserts that no (ru, en) pair fires.
    fn silent(cases: &[(&str, &str)]) {
        for (ru, en) in cases {
            assert!(
                fired(ru, en, "direction-mismatch").is_empty(),
                "{ru} → {en}"
            );
        }
    }

    #[test]
    fn superlatives_of_size_depth_and_speed_are_cues() {
        flags(&[
            (
                "Это самая глубокая шахта района.",
                "It is the shallowest mine in the district.",
                "shallowest",
            ),
            (
                "Это самое мелкое озеро края.",
                "It is the deepest lake in the region.",
                "deepest",
            ),
            (
                "Это крупнейший завод области.",
                "It is the region's smallest plant.",
                "smallest",
            ),
            (
                "Лифт стал самым быстрым в городе.",
                "The lift became the slowest in the city.",
                "slowest",
            ),
        ]);
        silent(&[
            (
                "Это крупнейший завод области.",
                "It is the region's largest plant.",
            ),
            // A plain adjective is no superlative.
            ("Это глубокая шахта.", "It is the shallowest mine."),
            ("Лифт был быстрым.", "The lift was the slowest one."),
        ]);
    }

    #[test]
    fn extremes_swapped_between_two_figures_are_a_reversal() {
        flags(&[(
            "Наибольший рост отмечен в Кировском районе (12,5%), наименьший — в Ленинском (3,1%).",
            "The lowest growth was in the Kirovsky district (12.5%), the highest in the Leninsky (3.1%).",
            "lowest",
        )]);
        silent(&[
            // Reordered with the figures: no swap.
            (
                "Наибольший рост отмечен в Кировском районе (12,5%), наименьший — в Ленинском (3,1%).",
                "The lowest growth was in the Leninsky district (3.1%), the highest in the Kirovsky (12.5%).",
            ),
            (
                "Наибольший рост отмечен в Кировском районе (12,5%), наименьший — в Ленинском (3,1%).",
                "The highest growth was in the Kirovsky district (12.5%), the lowest in the Leninsky (3.1%).",
            ),
        ]);
    }

    #[test]
    fn a_short_passive_conviction_needs_no_court() {
        flags(&[
            (
                "Трое обвиняемых осуждены.",
                "Three defendants were acquitted.",
                "acquitted",
            ),
            (
                "Петров осуждён на пять лет.",
                "Petrov was acquitted and got five years.",
                "acquitted",
            ),
        ]);
        silent(&[
            (
                "Трое обвиняемых осуждены.",
                "Three defendants were convicted.",
            ),
            // «осудил» without a court may be "condemned".
            (
                "Министр осудил нападение.",
                "The minister was acquitted of the attack.",
            ),
        ]);
    }

    #[test]
    fn a_rise_of_water_is_a_cue() {
        flags(&[(
            "Подъём воды продлится ещё трое суток.",
            "The drop in the water will last three more days.",
            "drop",
        )]);
        silent(&[
            (
                "Подъём воды продлится ещё трое суток.",
                "The rise in the water will last three more days.",
            ),
            // The raising of a flag is no change of level.
            (
                "Подъём флага прошёл утром.",
                "The flag fell in the morning.",
            ),
        ]);
    }

    #[test]
    fn a_coordinated_verb_shares_the_opening_subject() {
        flags(&[(
            "Омичи отдохнули и выиграли три матча подряд.",
            "Omsk rested and lost three games in a row.",
            "lost",
        )]);
        silent(&[(
            "Омичи отдохнули и выиграли три матча подряд.",
            "Omsk rested and won three games in a row.",
        )]);
    }

    #[test]
    fn up_and_down_by_a_figure_are_cues() {
        flags(&[
            (
                "Выручка компании выросла на 12%.",
                "The company's revenue was down 12%.",
                "down",
            ),
            (
                "Выручка выросла на 12% за год.",
                "Revenue was 12% down on the year.",
                "down",
            ),
            ("Продажи снизились на 8%.", "Sales were up 8%.", "up"),
            (
                "Продажи снизились на 8%.",
                "Sales were up by almost 8% in May.",
                "up",
            ),
            (
                "Индекс вырос на 3 пункта.",
                "The index, down 3 points, closed at 1,000.",
                "down",
            ),
            ("Рубль укрепился на 2%.", "The ruble went down 2%.", "down"),
        ]);
        silent(&[
            ("Выручка выросла на 12%.", "Revenue was up 12%."),
            ("Продажи снизились на 8%.", "Sales were down 8%."),
            // «до 12%» is "up to 12%", "down to 3%": no direction of its own.
            ("Ставка снизится до 12%.", "The rate will be up to 12%."),
            ("Ставка вырастет до 3%.", "The rate will come down to 3%."),
            // Phrasal verbs with a figure are no change.
            (
                "Выручка выросла, компания создала 3 фирмы.",
                "Revenue rose; the company set up 3 firms.",
            ),
            (
                "Число атак выросло, сбиты 2 дрона.",
                "Attacks rose, and 2 drones were shot down.",
            ),
            (
                "Расходы выросли и составили 40% бюджета.",
                "Spending rose and made up 40% of the budget.",
            ),
            (
                "Цены выросли, сайт не работал.",
                "Prices rose, and the website was down.",
            ),
            (
                "Цены выросли на 10%.",
                "Prices rose by 10%, with a 10% down payment.",
            ),
        ]);
    }

    #[test]
    fn multiples_are_rises_and_halves_falls() {
        flags(&[
            ("Выручка выросла в два раза.", "Revenue halved.", "halved"),
            ("Выручка увеличилась вдвое.", "Revenue halved.", "halved"),
            ("Выручка сократилась вдвое.", "Revenue doubled.", "doubled"),
            ("Выручка упала в два раза.", "Revenue doubled.", "doubled"),
            (
                "Число заказов уменьшилось в три раза.",
                "The number of orders tripled.",
                "tripled",
            ),
            (
                "Туристов стало в полтора раза больше.",
                "There were one and a half times less tourists.",
                "less",
            ),
            (
                "Туристов стало вдвое меньше.",
                "There were two times more tourists.",
                "more",
            ),
            (
                "Число заказов удвоилось.",
                "The number of orders fell.",
                "fell",
            ),
        ]);
        silent(&[
            (
                "Туристов стало в полтора раза меньше.",
                "There were a third fewer tourists.",
            ),
            ("Выручка выросла в 1,5 раза.", "Revenue rose by 50%."),
            ("Выручка сократилась вдвое.", "Revenue halved."),
            ("Выручка выросла в два раза.", "Revenue doubled."),
            ("Выручка втрое выросла.", "Revenue tripled."),
            (
                "Туристов стало вдвое больше.",
                "There were twice as many tourists.",
            ),
            (
                "Цены выросли, номер стоит 100 долларов.",
                "Prices rose; a double room costs 100 dollars.",
            ),
        ]);
    }

    #[test]
    fn above_and_below_a_norm_are_cues() {
        flags(&[
            (
                "Средняя температура была на 4,6 градуса выше нормы.",
                "The average temperature was 4.6 degrees below the norm.",
                "below",
            ),
            (
                "Температура была выше нормы.",
                "The temperature was below normal.",
                "below",
            ),
            (
                "Температура была ниже нормы.",
                "The temperature was warmer than usual.",
                "warmer",
            ),
            (
                "Температура на юге будет выше.",
                "It will be colder in the south.",
                "colder",
            ),
        ]);
        silent(&[
            (
                "Температура была выше нормы.",
                "The temperature was warmer than usual.",
            ),
            (
                "Температура была выше нормы.",
                "The temperature was above normal.",
            ),
            (
                "Безработица опустилась ниже 3%.",
                "Unemployment fell below 3%.",
            ),
            (
                "Инфляция не опустится ниже 4%.",
                "Inflation will stay above 4%.",
            ),
            (
                "Температура не поднимется выше нуля.",
                "The temperature will stay below freezing.",
            ),
            (
                "Цены выросли меньше, чем ожидалось.",
                "Prices rose less than expected.",
            ),
            // A distance in any unit counts: with "above" the sentence has both ways.
            (
                "Вода держалась на отметке, что на семь сантиметров превышает нижний порог.",
                "The water stayed at a mark seven centimeters above the lower threshold.",
            ),
            // Above a place is no direction.
            (
                "Цены снизились.",
                "Prices fell in the village above the river.",
            ),
        ]);
    }

    #[test]
    fn passing_a_bound_is_a_rise() {
        flags(&[(
            "Число заболевших превысило 100 тыс.",
            "The number of cases fell short of 100,000.",
            "fell",
        )]);
        silent(&[
            (
                "Число заболевших превысило 100 тыс.",
                "The number of cases exceeded 100,000.",
            ),
            ("Цены не превысят 2%.", "Prices will rise by 2% at most."),
        ]);
    }

    #[test]
    fn as_many_cues_each_way_on_both_sides() {
        let ru = "Зарплаты на 7,5% выше, чем год назад, но ниже среднероссийского уровня.";
        flags(&[(
            ru,
            "Salaries are 7.5% higher than a year ago, and higher than the national average.",
            "higher",
        )]);
        silent(&[
            (
                ru,
                "Salaries are 7.5% higher than a year ago, but lower than the national average.",
            ),
            // The order may differ; the counts agree.
            (
                "Зарплаты ниже среднего, хотя и на 7,5% выше, чем год назад.",
                "Salaries are 7.5% higher than a year ago but still lower than average.",
            ),
            // A negation leaves the counts undecided.
            (
                "Цены выросли, но не ниже, чем год назад.",
                "Prices rose, and were higher than a year ago.",
            ),
        ]);
    }

    #[test]
    fn a_record_low_rendered_as_a_high_is_flagged() {
        flags(&[
            (
                "Безработица достигла самого низкого уровня с 2015 года.",
                "Unemployment reached the highest level since 2015.",
                "highest",
            ),
            (
                "Курс рубля опустился до исторического минимума.",
                "The ruble reached an all-time high.",
                "high",
            ),
            (
                "Индекс достиг исторического минимума.",
                "The index hit a record high.",
                "high",
            ),
            (
                "Цены на нефть достигли максимума за 7 лет.",
                "Oil prices hit a 7-year low.",
                "low",
            ),
        ]);
        silent(&[
            (
                "Безработица достигла самого низкого уровня с 2015 года.",
                "Unemployment reached its lowest level since 2015.",
            ),
            (
                "Индекс достиг исторического минимума.",
                "The index reached an all-time low.",
            ),
            (
                "Цены на нефть достигли максимума за 7 лет.",
                "Oil prices hit a 7-year high.",
            ),
            // «как минимум», «минимум 10» are "at least"; a bare "low" is no extreme.
            (
                "Как минимум 10 человек получили максимальные баллы.",
                "At least 10 people got the highest scores.",
            ),
            (
                "Минимум 10 человек получили самые высокие баллы.",
                "A minimum of 10 people got low scores.",
            ),
        ]);
    }

    #[test]
    fn no_less_rendered_as_less_is_flagged() {
        let ru = "Новый фильм оказался не менее успешным.";
        flags(&[(ru, "The new film was less successful.", "less")]);
        silent(&[
            (ru, "The new film was just as successful."),
            (ru, "The new film was no less successful."),
            (
                "Тем не менее фильм оказался успешным.",
                "Nevertheless, the film was less successful than hoped.",
            ),
            (
                "Срок составит не менее 5 лет.",
                "The term will be no less than 5 years.",
            ),
            (
                "Фильм оказался менее успешным.",
                "The film was less successful.",
            ),
        ]);
    }

    #[test]
    fn a_multiple_that_is_its_own_figure_keeps_its_direction() {
        let ru = "Рейтинг упал, а потом вырос вдвое за сутки.";
        flags(&[(ru, "The rating fell and then halved in a day.", "halved")]);
        silent(&[(ru, "The rating fell and then doubled in a day.")]);
    }

    #[test]
    fn a_fall_rendered_as_a_rise_is_flagged() {
        let ru = "Средняя цена составила 4,7 млн рублей, что на 6% ниже, чем годом ранее.";
        let bad = "The average price was 4.7 million rubles, 6% higher than a year earlier.";
        assert_eq!(
            fired(ru, bad, "direction-mismatch"),
            vec!["higher".to_string()]
        );
        let good = "The average price was 4.7 million rubles, 6% lower than a year earlier.";
        assert!(fired(ru, good, "direction-mismatch").is_empty());
        let ru = "Продажи выросли на 12%.";
        assert_eq!(
            fired(ru, "Sales fell by 12%.", "direction-mismatch"),
            vec!["fell".to_string()]
        );
        assert!(fired(ru, "Sales grew by 12%.", "direction-mismatch").is_empty());
    }

    #[test]
    fn infinitives_gains_and_losses_and_votes_are_cues() {
        let ru = "Цены на нефть при этом продолжают расти.";
        let bad = "Oil prices, meanwhile, continue to fall.";
        assert_eq!(
            fired(ru, bad, "direction-mismatch"),
            vec!["fall".to_string()]
        );
        let good = "Oil prices, meanwhile, continue to rise.";
        assert!(fired(ru, good, "direction-mismatch").is_empty());
        let ru = "Нефть подорожала на 1,8%.";
        assert_eq!(
            fired(ru, "Oil lost 1.8%.", "direction-mismatch"),
            vec!["lost".to_string()]
        );
        assert!(fired(ru, "Oil gained 1.8%.", "direction-mismatch").is_empty());
        // "gained" without a figure is no rise.
        let ru = "Акции подешевели, а компания получила доступ к рынку.";
        let en = "Shares fell, and the company gained access to the market.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
        let ru = "Депутаты проголосовали против законопроекта.";
        assert_eq!(
            fired(
                ru,
                "Deputies voted in favour of the bill.",
                "direction-mismatch"
            ),
            vec!["favour".to_string()]
        );
        assert!(fired(ru, "Deputies voted against the bill.", "direction-mismatch").is_empty());
        let ru = "Депутаты проголосовали за законопроект.";
        assert_eq!(
            fired(ru, "Deputies voted against the bill.", "direction-mismatch"),
            vec!["against".to_string()]
        );
        assert!(fired(ru, "Deputies voted for the bill.", "direction-mismatch").is_empty());
    }

    #[test]
    fn rate_decisions_and_speed_have_directions() {
        let ru = "ЦБ понизил ставку до 16%.";
        assert_eq!(
            fired(
                ru,
                "The central bank raised the rate to 16%.",
                "direction-mismatch"
            ),
            vec!["raised".to_string()]
        );
        assert!(fired(
            ru,
            "The central bank cut the rate to 16%.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "ЦБ повысил ставку до 21%.";
        assert_eq!(
            fired(
                ru,
                "The central bank cut the rate to 21%.",
                "direction-mismatch"
            ),
            vec!["cut".to_string()]
        );
        let ru = "Инфляция замедлилась до 8,1%.";
        assert_eq!(
            fired(ru, "Inflation accelerated to 8.1%.", "direction-mismatch"),
            vec!["accelerated".to_string()]
        );
        assert!(fired(ru, "Inflation slowed to 8.1%.", "direction-mismatch").is_empty());
    }

    #[test]
    fn an_exchange_rate_said_of_the_other_currency_is_no_flip() {
        let ru = "Курс доллара вырос до 100 рублей.";
        let en = "The ruble weakened to 100 per dollar.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
        assert_eq!(
            fired(ru, "The dollar fell to 100 rubles.", "direction-mismatch"),
            vec!["fell".to_string()]
        );
    }

    #[test]
    fn a_change_by_an_amount_has_a_direction() {
        let ru = "Долг на 1,2 млрд рублей меньше, чем год назад.";
        let bad = "The debt is 1.2 billion rubles more than a year ago.";
        assert_eq!(
            fired(ru, bad, "direction-mismatch"),
            vec!["more".to_string()]
        );
        let good = "The debt is 1.2 billion rubles less than a year ago.";
        assert!(fired(ru, good, "direction-mismatch").is_empty());
        // "12 more people" counts people, not a change of 12 units of anything.
        let ru = "На площадь пришли ещё 12 человек, меньше, чем ждали.";
        let en = "Another 12 people came to the square, fewer than expected.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
    }

    #[test]
    fn future_and_plural_verbs_are_cues() {
        let ru = "Температура поднимется до +27 °С.";
        assert_eq!(
            fired(
                ru,
                "The temperature will fall to 27 °C.",
                "direction-mismatch"
            ),
            vec!["fall".to_string()]
        );
        assert!(fired(
            ru,
            "The temperature will rise to 27 °C.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "Тарифы снизятся на 5%.";
        assert_eq!(
            fired(ru, "Tariffs will rise by 5%.", "direction-mismatch"),
            vec!["rise".to_string()]
        );
        // "fall" the season or "fall asleep", "decline to comment" are no fall.
        let ru = "Объем продаж вырос на 5%, сообщили в компании.";
        assert!(fired(
            ru,
            "Sales grew by 5%, the company said, but declined to comment further.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "Еда на ночь способствует повышению температуры тела на 1 градус.";
        assert!(fired(
            ru,
            "Food at night raises body temperature by 1 degree, making it harder to fall asleep.",
            "direction-mismatch"
        )
        .is_empty());
        // "fall for two more days" is a fall over time; "fall for a trick" is none.
        let ru = "Подъем воды продлится еще двое суток.";
        assert_eq!(
            fired(
                ru,
                "The water will fall for two more days.",
                "direction-mismatch"
            ),
            vec!["fall".to_string()]
        );
        assert!(fired(
            ru,
            "The water will keep rising for two more days; nobody should fall for rumours.",
            "direction-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_split_sentence_keeps_the_direction_of_its_figure() {
        let ru = "В больницы обратились более 390 тыс. человек, а число заболевших выросло на 8 %, до 1,9 тыс. человек.";
        let bad = "More than 390,000 people went to hospital. The number of cases decreased by 8%, to 1,900 people.";
        assert_eq!(
            fired(ru, bad, "direction-mismatch"),
            vec!["decreased".to_string()]
        );
        let good = "More than 390,000 people went to hospital. The number of cases rose by 8%, to 1,900 people.";
        assert!(fired(ru, good, "direction-mismatch").is_empty());
    }

    #[test]
    fn a_fall_in_the_table_is_a_fall() {
        let ru = "«Спартак» с 27 очками опустился на пятое место.";
        assert_eq!(
            fired(
                ru,
                "Spartak, with 27 points, rose to fifth place.",
                "direction-mismatch"
            ),
            vec!["rose".to_string()]
        );
        assert!(fired(
            ru,
            "Spartak, with 27 points, dropped to fifth place.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "На декорации опускается вихрь из купюр.";
        assert!(fired(
            ru,
            "A whirlwind of banknotes rises over the set.",
            "direction-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn in_a_sentence_of_both_directions_each_figure_keeps_its_own() {
        let ru = "Спрос на курорты вырос на 25% по сравнению с прошлым годом, а средний чек снизился на 8%.";
        let bad = "Demand for resorts fell by 25% compared to last year, while the average check decreased by 8%.";
        assert_eq!(
            fired(ru, bad, "direction-mismatch"),
            vec!["fell".to_string()]
        );
        let good = "Demand for resorts rose by 25% compared to last year, while the average check fell by 8%.";
        assert!(fired(ru, good, "direction-mismatch").is_empty());
        // A figure with no cue of its own next to it decides nothing.
        let ru = "Из 25 компаний у десяти выручка выросла, у остальных снизилась.";
        let en = "Of the 25 companies, ten saw revenue drop and the rest saw it grow.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
    }

    #[test]
    fn a_comparative_after_a_changed_figure_is_a_direction() {
        let ru = "В прошлом году аварий на теплосетях стало на 12% меньше.";
        assert_eq!(
            fired(
                ru,
                "Last year there were 12% more accidents.",
                "direction-mismatch"
            ),
            vec!["more".to_string()]
        );
        assert!(fired(
            ru,
            "Last year there were 12% fewer accidents.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "Туристов стало в два раза больше.";
        assert_eq!(
            fired(
                ru,
                "There were half as many tourists, two times less.",
                "direction-mismatch"
            ),
            vec!["less".to_string()]
        );
        // Without a figure of change, «больше»/"more" are no cue.
        let ru = "Больше всего туристов приехало из Китая.";
        assert!(fired(ru, "Fewer tourists came from China.", "direction-mismatch").is_empty());
        let ru = "Пришли еще 12 человек, на 12% меньше.";
        assert!(fired(ru, "12 more people came, 12% fewer.", "direction-mismatch").is_empty());
    }

    #[test]
    fn mixed_negated_or_unrelated_directions_are_not_flagged() {
        // Both directions on one side: which is which is beyond a word list.
        let ru = "Цены выросли, а спрос снизился на 5%.";
        let en = "Prices rose while demand fell by 5%.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
        // A negation can turn a direction around.
        let ru = "Цены не выросли.";
        assert!(fired(ru, "Prices fell.", "direction-mismatch").is_empty());
        // «пониже … повыше»: both directions, one of them a comparative.
        let ru = "Если служащий рангом пониже, а цель его — продвинуться повыше, лучше молчать.";
        let en =
            "If an employee is lower in rank and wants to move higher, he had better keep quiet.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
        // «падать» is a cue: «выше» alone would have said up. (The present
        // «опускается» is not: mostly a thing coming down, "a whirlwind of bucks
        // descends"; the past «опустился» is, as in a table.)
        let ru = "Ставки будут падать - они могут опуститься к 4,2-4,5% (сейчас едва выше 4,5%).";
        let en = "Rates will fall - they could drop to 4.2-4.5% (currently barely above 4.5%).";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
        // "more than" is no change.
        let ru = "В акции приняли участие более 300 человек, число которых снизилось.";
        let en = "More than 300 people took part, a number that has decreased.";
        assert!(fired(ru, en, "direction-mismatch").is_empty());
    }

    #[test]
    fn better_rendered_as_worse_is_flagged() {
        let ru = "Ситуация с пожарами заметно улучшилась.";
        assert_eq!(
            fired(
                ru,
                "The situation with fires has noticeably worsened.",
                "direction-mismatch"
            ),
            vec!["worsened".to_string()]
        );
        assert!(fired(
            ru,
            "The situation with fires has noticeably improved.",
            "direction-mismatch"
        )
        .is_empty());
        let ru = "Состояние пациента резко ухудшилось.";
        assert_eq!(
            fired(
                ru,
                "The patient's condition improved sharply.",
                "direction-mismatch"
            ),
            vec!["improved".to_string()]
        );
        assert!(fired(
            ru,
            "The patient's condition deteriorated sharply.",
            "direction-mismatch"
        )
        .is_empty());
        // A negation can turn it; and agreeing figures leave the other class to decide.
        let ru = "Ситуация не улучшилась.";
        assert!(fired(ru, "The situation worsened.", "direction-mismatch").is_empty());
        let ru = "Продажи выросли на 5%, а качество улучшилось.";
        assert_eq!(
            fired(
                ru,
                "Sales rose by 5% and quality deteriorated.",
                "direction-mismatch"
            ),
            vec!["deteriorated".to_string()]
        );
    }

    #[test]
    fn widening_and_narrowing_are_directions() {
        let ru = "После индексации разница должна сократиться до 3–4%.";
        flags(&[
            (
                ru,
                "After indexation, the difference should widen to 3–4%.",
                "widen",
            ),
            (
                "Дефицит бюджета вырос.",
                "The budget deficit narrowed.",
                "narrowed",
            ),
            (
                "Экономика сократилась на 2%.",
                "The economy expanded by 2%.",
                "expanded",
            ),
            (
                "Разрыв между ними расширился.",
                "The gap between them has eased.",
                "eased",
            ),
        ]);
        silent(&[
            (
                ru,
                "After indexation, the difference should narrow to 3–4%.",
            ),
            ("Убыток компании вырос.", "The company's loss widened."),
            (
                "Дефицит бюджета сократился.",
                "The budget deficit narrowed.",
            ),
            (
                "Экономика сократилась на 2%.",
                "The economy contracted by 2%.",
            ),
            // A deepening fall is a fall; the virus one contracts is no change.
            ("Спад углубился.", "The downturn deepened."),
            (
                "Он заразился, когда число случаев росло.",
                "He contracted the virus as cases grew.",
            ),
            (
                "Цены выросли, на узкой улице пробки.",
                "Prices rose, and the narrow street is jammed.",
            ),
        ]);
    }

    #[test]
    fn a_factor_before_as_many_is_a_direction() {
        let ru = "В этом году он получил 14 грамот, что вдвое больше, чем в прошлом году.";
        flags(&[
            (
                ru,
                "This year he received 14 letters, which is half as many as last year.",
                "half as many",
            ),
            (
                "Туристов стало вдвое меньше.",
                "There were twice as many tourists.",
                "twice as many",
            ),
        ]);
        // "a third" for «в три раза» is a changed figure: the number check reports it once.
        assert_eq!(
            crate::checks::testing::fired(
                "Выручка выросла в три раза.",
                "Revenue was a third as large.",
                "number-mismatch"
            )
            .len(),
            1
        );
        silent(&[
            (
                ru,
                "This year he received 14 letters, which is twice as many as last year.",
            ),
            (
                "Туристов стало вдвое меньше.",
                "There were half as many tourists.",
            ),
            (
                "Туристов стало в полтора раза больше.",
                "There were one and a half times as many tourists.",
            ),
            // "as many as 300" is a bound ("up to").
            (
                "Число гостей снизилось, пришли до 300 человек.",
                "The number of guests fell; as many as 300 people came.",
            ),
        ]);
    }

    #[test]
    fn a_plain_count_more_or_less_is_a_direction() {
        let ru = "В этом году было 19 космических пусков, что на три меньше, чем годом ранее.";
        flags(&[
            (
                ru,
                "This year there were 19 space launches, which is three more than a year earlier.",
                "more",
            ),
            (
                "Туристов стало на 5 человек больше.",
                "There were 5 fewer tourists than last year.",
                "fewer",
            ),
            (
                "Туристов стало меньше на 5.",
                "There were 5 more tourists than last year.",
                "more",
            ),
        ]);
        silent(&[
            (
                ru,
                "This year there were 19 space launches, which is three fewer than a year earlier.",
            ),
            // A year or a bound before "more than" is no change of a count.
            (
                "Число туристов снизилось, в 2019 году их было больше трети.",
                "The number of tourists fell; in 2019 more than a third came.",
            ),
            (
                "Число туристов снизилось, но пришли еще 12 человек.",
                "The number of tourists fell, but 12 more people came.",
            ),
        ]);
    }

    #[test]
    fn comparatives_of_opposites_are_directions() {
        flags(&[
            (
                "В прошлом году весеннее половодье было значительно слабее.",
                "Last year, the spring flood was much stronger.",
                "stronger",
            ),
            (
                "Билеты стали дешевле.",
                "Tickets became more expensive.",
                "expensive",
            ),
            (
                "Задача стала легче.",
                "The task became more difficult.",
                "difficult",
            ),
            ("Поезд шёл медленнее.", "The train went faster.", "faster"),
            (
                "Ситуация стала хуже.",
                "The situation got better.",
                "better",
            ),
        ]);
        silent(&[
            (
                "В прошлом году весеннее половодье было значительно слабее.",
                "Last year, the spring flood was much weaker.",
            ),
            ("Билеты стали дороже.", "Tickets became more expensive."),
            ("Рост цен замедлился.", "Prices rose more slowly."),
            // "had better" gives advice, «сильнее всего» is "most of all".
            (
                "Ситуация ухудшилась.",
                "The situation worsened, and we had better leave.",
            ),
            (
                "Сильнее всего пострадал юг.",
                "The south, the weaker side, suffered most.",
            ),
        ]);
    }

    #[test]
    fn gains_and_losses_by_a_figure_are_directions() {
        let ru = "По сравнению с февралём рынок прибавил 19,5%.";
        flags(&[
            (ru, "Compared to February, the market lost 19.5%.", "lost"),
            (
                "Индекс добавил 2 пункта.",
                "The index lost 2 points.",
                "lost",
            ),
            ("Акции потеряли 3%.", "Shares added 3%.", "added"),
        ]);
        silent(&[
            (ru, "Compared to February, the market gained 19.5%."),
            ("Рубль ослаб.", "The dollar gained against the ruble."),
            // «добавил» says "he added", unless an amount follows.
            (
                "«Рынок прибавил 19,5%», — добавил 42-летний аналитик.",
                "'The market gained 19.5%,' added the 42-year-old analyst.",
            ),
        ]);
    }

    #[test]
    fn the_flagged_cue_is_the_one_in_the_same_place() {
        let ru = "Риски указывают на паузу в смягчении политики: возможный рост издержек и восстановление спроса.";
        let en = "Risks point to a pause in policy easing: possible cost decreases and a recovery in demand.";
        flags(&[(ru, en, "decreases")]);
    }

    #[test]
    fn a_level_kept_rendered_as_moved_is_flagged() {
        let ru = "В апреле Центробанк сохранил ключевую ставку на уровне 16%.";
        flags(&[
            (
                ru,
                "In April, the Central Bank raised the key rate to 16%.",
                "raised",
            ),
            (
                "Центробанк оставил ставку без изменений.",
                "The Central Bank cut the rate.",
                "cut",
            ),
            (
                "Центробанк повысил ставку.",
                "The Central Bank kept the rate unchanged.",
                "kept",
            ),
        ]);
        silent(&[
            (ru, "In April, the Central Bank kept the key rate at 16%."),
            (
                ru,
                "In April, the Central Bank left the key rate unchanged at 16%.",
            ),
            // A kept post or growth that goes on is no level kept.
            (
                "Министр сохранил пост, а цены выросли.",
                "The minister kept his post, and prices rose.",
            ),
            (
                "ЦБ сохранил ставку на уровне 16%, несмотря на ускорение инфляции.",
                "The central bank kept the rate at 16% despite rising inflation.",
            ),
        ]);
    }

    #[test]
    fn the_dearest_against_the_cheapest() {
        flags(&[
            (
                "Это самая дорогая покупка в истории компании.",
                "This is the cheapest purchase in the company's history.",
                "cheapest",
            ),
            (
                "Квартира стала самым дешёвым лотом аукциона.",
                "The flat became the most expensive lot of the auction.",
                "expensive",
            ),
        ]);
        silent(&[
            (
                "Это самая дорогая покупка в истории компании.",
                "This is the most expensive purchase in the company's history.",
            ),
            // A dear thing that is no superlative says nothing of rank.
            (
                "Это дорогая покупка для компании.",
                "This is the cheapest option the company had.",
            ),
        ]);
    }

    #[test]
    fn a_margin_in_a_ranking_and_an_abbreviated_amount() {
        flags(&[
            (
                "«Ротор» отстаёт от «Сокола» на два очка.",
                "Rotor are two points ahead of Sokol.",
                "ahead",
            ),
            (
                "«Ротор» опережает «Сокол» на два очка.",
                "Rotor trail Sokol by two points.",
                "trail",
            ),
            (
                "Выручка оказалась на 300 тыс. меньше, чем годом ранее.",
                "Revenue was 300,000 more than a year earlier.",
                "more",
            ),
        ]);
        silent(&[
            (
                "«Ротор» отстаёт от «Сокола» на два очка.",
                "Rotor are two points behind Sokol.",
            ),
            (
                "Выручка оказалась на 300 тыс. меньше, чем годом ранее.",
                "Revenue was 300,000 less than a year earlier.",
            ),
            // "ahead" of a time is no ranking.
            (
                "«Ротор» отстаёт от «Сокола» на два очка.",
                "Rotor trail Sokol by two points ahead of the derby.",
            ),
        ]);
    }

    #[test]
    fn ahead_rendered_as_behind_is_flagged() {
        let ru = "Рост спроса продолжает существенно опережать возможности производства.";
        flags(&[
            (
                ru,
                "Demand growth continues to significantly lag behind production capacity.",
                "lag",
            ),
            (
                "Регион отстает от соседей.",
                "The region is ahead of its neighbours.",
                "ahead",
            ),
        ]);
        silent(&[
            (
                ru,
                "Demand growth continues to significantly outpace production capacity.",
            ),
            (
                "Регион отстает от соседей.",
                "The region lags behind its neighbours.",
            ),
            // «отставка» is a resignation; "ahead of" a date is "before".
            (
                "Министр опередил всех и подал в отставку.",
                "The minister outpaced everyone and resigned ahead of the vote.",
            ),
        ]);
    }

    #[test]
    fn late_rendered_as_early_is_flagged() {
        let ru = "Поезд прибыл с опозданием на 40 минут.";
        flags(&[
            (ru, "The train arrived 40 minutes early.", "early"),
            (
                "Поезд прибыл на 40 минут раньше.",
                "The train was delayed by 40 minutes.",
                "delayed",
            ),
            (
                "Работы завершили раньше срока.",
                "The work was completed behind schedule.",
                "behind",
            ),
            (
                "Рейс задержали на три часа.",
                "The flight left three hours early.",
                "early",
            ),
        ]);
        silent(&[
            (ru, "The train arrived 40 minutes late."),
            (ru, "The train was 40 minutes late."),
            (
                "Рейс задержали на три часа.",
                "The flight was delayed by three hours.",
            ),
            // Detained is no delay.
            (
                "Полицейские задержали водителя, который приехал раньше.",
                "Police detained the driver, who had arrived early.",
            ),
            // «раньше» without a schedule is "before"; "A week later" is a point in time;
            // «условно-досрочное освобождение» is parole.
            (
                "Раньше он жил в Москве, потом переехал.",
                "He used to live in Moscow and later moved.",
            ),
            (
                "Через неделю суд отказал в условно-досрочном освобождении.",
                "A week later, the court refused parole.",
            ),
        ]);
    }

    #[test]
    fn a_bound_passed_rendered_as_not_reached_is_flagged() {
        let ru = "Ущерб превысил 10 млн рублей.";
        flags(&[
            (
                ru,
                "The damage came to less than 10 million rubles.",
                "less",
            ),
            // («более 300» → "fewer than 300" is the number check's bound reversal.)
            (
                "Число участников акции превысило 300 человек.",
                "Fewer than 300 people took part.",
                "Fewer",
            ),
        ]);
        // A reversed «менее»/«более» bound is reported once, by the number check.
        assert_eq!(
            crate::checks::testing::fired(
                "Ущерб составил менее 10 млн рублей.",
                "The damage was over 10 million rubles.",
                "number-mismatch"
            ),
            vec!["over 10 million".to_string()]
        );
        silent(&[
            (ru, "The damage exceeded 10 million rubles."),
            (ru, "The damage came to more than 10 million rubles."),
            // Each bound is paired with its own figure.
            (
                "Заболели более 300 детей младше 5 лет, из них менее 10 — тяжело.",
                "More than 300 children under 5 fell ill, fewer than 10 of them seriously.",
            ),
        ]);
    }

    #[test]
    fn a_gapped_clause_keeps_the_verb_of_the_first() {
        let ru = "Портфель потребительских кредитов увеличился на 1,9%, а ипотечных — на 2,3%.";
        flags(&[(
            ru,
            "The consumer loan portfolio increased by 1.9%, and mortgage loans decreased by 2.3%.",
            "decreased",
        )]);
        silent(&[
            (
                ru,
                "The consumer loan portfolio increased by 1.9%, and mortgage loans by 2.3%.",
            ),
            (
                ru,
                "The consumer loan portfolio increased by 1.9%, and mortgage loans rose by 2.3%.",
            ),
            // A cue between the figures governs the second one.
            (
                "Кредиты выросли на 1,9%, а вклады снизились на 2,3%.",
                "Loans rose by 1.9%, while deposits fell by 2.3%.",
            ),
        ]);
    }

    #[test]
    fn a_level_rendered_as_a_change_is_flagged() {
        let ru = "Уровень безработицы снизился до 2,4%.";
        flags(&[
            (ru, "Unemployment fell by 2.4%.", "by"),
            ("Цены выросли на 5%.", "Prices rose to 5%.", "to"),
        ]);
        silent(&[
            (ru, "Unemployment fell to 2.4%."),
            ("Цены выросли на 5%.", "Prices rose by 5%."),
            // «до» may be "up to"; a year or a date after "by" is a deadline.
            ("Тарифы вырастут до 30%.", "Tariffs will rise by up to 30%."),
            (
                "Выбросы нужно сократить до 2030 года.",
                "Emissions must be reduced by 2030.",
            ),
            (
                "Выбросы сократят до 1 июля.",
                "Emissions will be reduced by 1 July.",
            ),
        ]);
    }

    /// The message quotes the words that carry the direction, the factor with "as
    /// many" and with «вдвое меньше».
    #[test]
    fn a_factor_is_quoted_with_its_comparative() {
        let found = crate::checks::testing::findings(
            "Нарушений стало почти вдвое меньше, чем в прошлом году.",
            "There were almost twice as many violations as last year.",
        );
        let f = found
            .iter()
            .find(|f| f.rule.name == "direction-mismatch")
            .expect("a finding");
        assert!(f.message.contains("«вдвое меньше»"), "{}", f.message);
        assert!(f.message.contains("“twice as many”"), "{}", f.message);
        // Without a factor the comparative alone is quoted.
        let found = crate::checks::testing::findings(
            "Продажи оказались на 5% меньше.",
            "Sales were 5% more.",
        );
        let f = found
            .iter()
            .find(|f| f.rule.name == "direction-mismatch")
            .expect("a finding");
        assert!(f.message.contains("«меньше»"), "{}", f.message);
    }

    #[test]
    fn a_contest_won_and_lost_by_the_same_subject() {
        flags(&[
            (
                "«Зенит» выиграл у «Ростова».",
                "Zenit lost to Rostov.",
                "lost",
            ),
            (
                "Зенит обыграл Ростов со счетом 4:1.",
                "Zenit lost to Rostov 4-1.",
                "lost",
            ),
            (
                "Наш кандидат проиграл всего 86 голосов.",
                "Our candidate won by only 86 votes.",
                "won",
            ),
            (
                "Кандидат победил на выборах.",
                "The candidate lost the election.",
                "lost",
            ),
            (
                "Кандидат проиграл выборы.",
                "The candidate has narrowly won the election.",
                "won",
            ),
            (
                "Он потерпел поражение во втором туре.",
                "He won the runoff.",
                "won",
            ),
        ]);
        silent(&[
            // The object made the subject: the same outcome told the other way round.
            ("«Зенит» выиграл у «Ростова».", "Rostov lost to Zenit."),
            (
                "Зенит обыграл Ростов со счетом 4:1.",
                "Rostov lost 4-1 to Zenit.",
            ),
            ("Ростов проиграл Зениту.", "Zenit beat Rostov."),
            // «Ростову» is dative: Zenit lost, which "Rostov beat Zenit" says.
            ("Ростову проиграл Зенит.", "Rostov beat Zenit."),
            ("Кандидат проиграл выборы.", "His rival won the election."),
            // The same noun names both sides.
            (
                "Кандидат от КПРФ уступил кандидату от «Единой России».",
                "The United Russia candidate beat the Communist candidate.",
            ),
            ("Кандидат проиграл выборы.", "The candidate was defeated."),
            (
                "Кандидат победил на выборах.",
                "The candidate won the election.",
            ),
            // A subject that renders nothing before the verb: no telling.
            ("Со счетом 4:1 победил Зенит.", "Rostov lost 4-1."),
        ]);
    }

    #[test]
    fn a_conviction_or_arrest_in_absentia_against_an_acquittal() {
        flags(&[
            (
                "Бизнесмена осудили заочно.",
                "The businessman was acquitted in absentia.",
                "acquitted",
            ),
            (
                "Его заочно арестовали в мае.",
                "He was acquitted in absentia in May.",
                "acquitted",
            ),
        ]);
        silent(&[
            (
                "Бизнесмена осудили заочно.",
                "The businessman was convicted in absentia.",
            ),
            // «осудили» alone may be "condemned".
            (
                "Коллеги осудили его поступок.",
                "His colleagues acquitted him of any blame.",
            ),
        ]);
    }

    #[test]
    fn a_verdict_of_acquittal_against_one_of_guilt() {
        flags(&[
            (
                "Суд оправдал бывшего мэра.",
                "The court convicted the former mayor.",
                "convicted",
            ),
            (
                "Суд признал его виновным.",
                "The court acquitted him.",
                "acquitted",
            ),
            (
                "Суд осудил бывшего мэра.",
                "The court acquitted the former mayor.",
                "acquitted",
            ),
            (
                "Суд оправдал бизнесмена.",
                "The court found the businessman guilty.",
                "found the businessman guilty",
            ),
        ]);
        silent(&[
            (
                "Суд признал его невиновным.",
                "The court found him not guilty.",
            ),
            (
                "Суд оправдал бизнесмена.",
                "The court cleared the businessman of all charges.",
            ),
            // A plea is no verdict; «осудил» without a court is "condemned".
            (
                "Он не признал себя виновным, но суд его осудил.",
                "He pleaded not guilty, but the court convicted him.",
            ),
            (
                "Министр осудил это решение.",
                "The minister condemned the acquittal.",
            ),
            (
                "Расходы не оправдали ожиданий суда.",
                "The court found the costs unjustified.",
            ),
        ]);
    }

    #[test]
    fn a_profit_against_a_loss() {
        flags(&[
            (
                "Компания получила прибыль.",
                "The company posted a loss.",
                "loss",
            ),
            (
                "Компания получила убыток.",
                "The company posted a profit.",
                "profit",
            ),
            (
                "Банк завершил год с чистой прибылью.",
                "The bank ended the year loss-making.",
                "loss",
            ),
        ]);
        silent(&[
            ("Прибыль снизилась на 3%.", "Profit fell 3%."),
            (
                "Компания сократила убыток.",
                "The loss-making company narrowed its loss.",
            ),
            ("Убыток компании вырос.", "The company's loss widened."),
            // Not a financial loss; «прибыли в» is "arrived in".
            (
                "Компания получила прибыль.",
                "The company made money despite the loss of a key client.",
            ),
            (
                "Делегации прибыли в Москву.",
                "The delegations arrived in Moscow.",
            ),
            ("Фонд работает без прибыли.", "The fund is a non-profit."),
        ]);
    }

    #[test]
    fn the_hottest_against_the_coldest_and_the_best_against_the_worst() {
        flags(&[
            (
                "Это лето может стать самым жарким за всю историю наблюдений.",
                "This summer may become the coldest on record.",
                "coldest",
            ),
            (
                "Москва стала самым теплым городом страны.",
                "Moscow became the coolest city in the country.",
                "coolest",
            ),
            (
                "Это лучший старт российского фильма за последние пять лет.",
                "This is the worst start for a Russian film in five years.",
                "worst",
            ),
            (
                "Это худший результат команды.",
                "This is the team's best result.",
                "best",
            ),
        ]);
        silent(&[
            (
                "Это лето может стать самым жарким за всю историю наблюдений.",
                "This summer may be the hottest on record.",
            ),
            // A plain «холодный» is no extreme; «лучше» compares.
            (
                "Лето было холодным.",
                "It was the warmest of the cold summers.",
            ),
            (
                "Это лучший старт года.",
                "This is the best start of the year.",
            ),
        ]);
    }

    #[test]
    fn expectations_beaten_against_missed() {
        flags(&[
            (
                "Сборы не оправдали ожиданий.",
                "Box office takings exceeded expectations.",
                "exceeded",
            ),
            (
                "Сборы превзошли ожидания аналитиков.",
                "Takings failed to meet analysts' expectations.",
                "failed to meet",
            ),
        ]);
        silent(&[
            (
                "Сборы не оправдали ожиданий.",
                "Box office takings fell short of expectations.",
            ),
            ("Сборы оправдали ожидания.", "Takings met expectations."),
            ("Сборы превзошли ожидания.", "Takings beat expectations."),
        ]);
    }

    #[test]
    fn natural_decline_is_a_fall() {
        flags(&[
            (
                "Естественная убыль населения сократилась до 5 250 человек.",
                "Natural population growth narrowed to 5,250.",
                "growth",
            ),
            (
                "Естественная убыль населения составила 5 250 человек.",
                "Natural population increase was 5,250.",
                "increase",
            ),
        ]);
        silent(&[
            (
                "Естественная убыль населения сократилась до 5 250 человек.",
                "Natural population decline narrowed to 5,250.",
            ),
            (
                "Естественная убыль населения выросла.",
                "The natural decline in population increased.",
            ),
        ]);
    }

    /// A one-sentence file pairs its one sentence with certainty, even where the aligner
    /// has few anchors to be sure by; so does a one-sentence paragraph of a longer text.
    #[test]
    fn a_lone_sentence_pair_is_trusted() {
        flags(&[(
            "Сборы превысили ожидания.",
            "Box office takings fell short of expectations.",
            "fell",
        )]);
    }

    #[test]
    fn opposite_terms_of_trade_and_balance_are_reversals() {
        flags(&[
            (
                "Дефицит бюджета составил 1,8 млрд рублей.",
                "The budget surplus amounted to 1.8 billion rubles.",
                "surplus",
            ),
            (
                "Экспорт угля вырос на 4%.",
                "Coal imports rose by 4%.",
                "imports",
            ),
            (
                "Фермер продал участок.",
                "The farmer bought a plot.",
                "bought",
            ),
            (
                "Отправление поезда задержали на час.",
                "The train's arrival was delayed by an hour.",
                "arrival",
            ),
            // A relative pronoun is the subject on both sides.
            (
                "Ущерб понесла жительница Твери, которая продала квартиру.",
                "The loss was suffered by a Tver resident who bought an apartment.",
                "bought",
            ),
        ]);
        silent(&[
            (
                "Дефицит бюджета составил 1,8 млрд рублей.",
                "The budget deficit amounted to 1.8 billion rubles.",
            ),
            (
                "Экспорт угля вырос, а импорт упал.",
                "Coal exports rose while imports fell.",
            ),
            // Who sold is who bought from: the subjects differ.
            (
                "Фермер продал участок соседу.",
                "A neighbour bought the plot from the farmer.",
            ),
            (
                "Это сосед, которому фермер продал участок.",
                "This is the neighbour who bought the plot from the farmer.",
            ),
        ]);
    }

    #[test]
    fn a_suspended_sentence_and_a_prison_term_are_opposites() {
        flags(&[
            (
                "Он получил три года условно.",
                "He received three years in prison.",
                "prison",
            ),
            (
                "Он приговорён к трём годам лишения свободы.",
                "He was given a three-year suspended sentence.",
                "suspended",
            ),
        ]);
        silent(&[
            (
                "Он получил три года условно.",
                "He received a three-year suspended sentence.",
            ),
            (
                "Он приговорён к трём годам лишения свободы.",
                "He was sentenced to three years in prison.",
            ),
            (
                "Его освободили условно-досрочно после двух лет в колонии.",
                "He was released on parole after two years in prison.",
            ),
        ]);
    }

    #[test]
    fn a_team_name_in_quotes_is_still_the_subject() {
        flags(&[(
            "«Спартак» обыграл «Зенит».",
            "\"Spartak\" lost to \"Zenit\".",
            "lost",
        )]);
        silent(&[(
            "«Спартак» обыграл «Зенит».",
            "\"Zenit\" lost to \"Spartak\".",
        )]);
    }
}
