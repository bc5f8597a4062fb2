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
];

/// Counts negation cues of a Russian sentence that negate it, and whether it has an
/// idiom with a negation word that does not negate ("не более").
fn russian_negations(s: &Sentence, ctx: &Context) -> (usize, bool) {
    let words: Vec<&str> = s
        .tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word
                || matches!(t.lower.as_str(), "-" | "," | ";" | ":" | "—" | "–")
        })
        .map(|t| t.lower.as_str())
        .collect();
    let mut masked = vec![false; words.len()];
    let mut idiom = false;
    for pat in NOT_NEGATING {
        for i in 0..words.len() {
            if i + pat.len() <= words.len() && words[i..i + pat.len()] == **pat {
                idiom = true;
                masked[i..i + pat.len()].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let lang = ctx.pair().source;
    let mut n = 0;
    // Cues within three words of each other negate one clause ("никто не пострадал").
    let mut last: Option<usize> = None;
    // Negative concord: after "никаких", "никогда"… a later "не" of the same clause
    // ("никаких замечаний не было") is part of the same negation.
    let mut concord = false;
    for (i, w) in words.iter().enumerate() {
        if matches!(*w, "," | ";" | ":" | "—" | "–" | "и" | "а" | "но" | "или") {
            concord = false;
            continue;
        }
        if !masked[i] && lang.is_negation(w) {
            let new_clause = !concord && last.is_none_or(|l| i - l > 3);
            // «никаких», «никогда», and «ни один», «ни разу».
            if w.starts_with("ни") {
                concord = true;
            }
            // "не могу не": a double negation is an affirmation.
            if *w == "не" && new_clause && words[i + 1..].iter().take(3).any(|x| *x == "не") {
                masked
                    .iter_mut()
                    .skip(i + 1)
                    .take(3)
                    .for_each(|m| *m = true);
                continue;
            }
            if new_clause {
                n += 1;
            }
            last = Some(i);
        }
    }
    (n, idiom)
}

/// Russian words that are negative in meaning, which English often renders with "not".
fn russian_negative_lexical(s: &Sentence) -> bool {
    s.tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .any(|t| {
            let w = t.lower.as_str();
            // не- words that negate («несложно», «недоволен»), not «несколько»,
            // «нести», «немецкий», «неделя», «недавно», «нефть».
            (w.starts_with("не")
                && w.chars().count() > 4
                && !["несколь", "несмотря", "нест", "несу", "несе", "несё", "несш"]
                    .iter()
                    .any(|p| w.starts_with(p))
                && !["несла", "несли", "несло"].contains(&w)
                && !w.starts_with("нем")
                && !w.starts_with("нег")
                && !["недел", "недавн", "недр", "недвиж"].iter().any(|p| w.starts_with(p))
                && !w.starts_with("нефт"))
                || w.starts_with("без")
                || w.starts_with("отказ")
                || w.starts_with("отсутств")
                || w.starts_with("запрет")
                || w.starts_with("лиш")
                || w.starts_with("вряд")
                || w.starts_with("мало")
                || w.starts_with("нехват")
                || w.starts_with("прекрат")
                || w.starts_with("перестал")
                || w.starts_with("кроме")
                || w.starts_with("вместо")
                || w.starts_with("ни")
                || w.starts_with("отрица")
                || w.starts_with("опроверг")
                || w.starts_with("сомн")
                || w.starts_with("избега")
                || w.starts_with("избеж")
                || w == "ли"
                // «впервые покажут» is "have never been shown before".
                || w == "впервые"
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
    !number_sign && !idiom
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
    // «пока не приняло решения» → "has yet to decide".
    (&["yet"], "to", 1),
    (
        &[
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

/// Whether the word at token `k` opens one of [`NEGATING_PHRASES`].
fn negating_phrase_at(s: &Sentence, k: usize) -> bool {
    let t = &s.tokens[k];
    t.kind == TokenKind::Word
        && NEGATING_PHRASES.iter().any(|(verbs, particle, reach)| {
            verbs.iter().any(|v| t.lower.starts_with(v))
                && s.tokens[k + 1..]
                    .iter()
                    .filter(|x| x.kind == TokenKind::Word)
                    .take(*reach)
                    .any(|x| x.lower == *particle)
        })
}

/// `without_budget`: how many «без» of the source are still to be matched; a "without"
/// that renders one is no negation the source lacks («нельзя принимать без назначения»
/// → "can be taken without a prescription" has lost its negation).
fn english_negations(s: &Sentence, ctx: &Context, without_budget: &mut usize) -> (usize, usize) {
    let lang = ctx.pair().target;
    let mut n = 0;
    let mut lexical = 0;
    let mut last: Option<usize> = None;
    for (i, (k, t)) in s
        .tokens
        .iter()
        .enumerate()
        .filter(|(_, t)| t.kind == TokenKind::Word)
        .enumerate()
    {
        if t.lower == "without" && *without_budget > 0 {
            *without_budget -= 1;
            continue;
        }
        if english_negation_at(s, k, ctx) {
            if last.is_none_or(|l| i - l > 3) {
                n += 1;
            }
            last = Some(i);
        } else if t.lower.starts_with("un") && t.lower.len() > 5
            || t.lower.starts_with("non-")
            || negative_stems(lang).contains(&t.stem)
            || negating_phrase_at(s, k)
        {
            lexical += 1;
        }
    }
    (n, lexical)
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

/// Whether the English says, without negation, the very thing the Russian negates: the
/// word after the first negation particle has a lexicon rendering in the English
/// ("не исключает" → "excludes"). Only then is a lost negation certain enough for an error.
fn negated_word_rendered(ctx: &Context, s: &Sentence, english: &[&Sentence]) -> bool {
    let pair = ctx.pair();
    let words: Vec<_> = s
        .tokens
        .iter()
        .filter(|t| t.kind == TokenKind::Word)
        .collect();
    let Some(i) = words.iter().position(|t| t.lower == "не") else {
        return false;
    };
    let skip = ["же", "бы", "ли", "то", "уже", "ещё", "еще"];
    // "не была готова": the copula carries the negation, the predicate the meaning.
    let meaningful = |t: &&&crate::segment::Token| {
        !skip.contains(&t.lower.as_str()) && !COPULA.contains(&t.lower.as_str())
    };
    // A negation at the end of the clause negates the passive participle just before
    // it («побочных эффектов выявлено не было»); «младенца в палате уже не было» ("was
    // gone") negates no word.
    let participle_before = || {
        i.checked_sub(1)
            .map(|p| &words[p])
            .filter(|t| t.lower.ends_with("но") || t.lower.ends_with("то"))
    };
    let Some(w) = words[i + 1..]
        .iter()
        .find(meaningful)
        .or_else(participle_before)
    else {
        return false;
    };
    let Some(cands) = pair.lexicon.get(&w.stem) else {
        return false;
    };
    english
        .iter()
        .flat_map(|e| e.tokens.iter())
        .any(|t| t.kind == TokenKind::Word && cands.contains(&t.stem))
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let src = ctx.source();
    let tgt = ctx.target();
    let r = rule("negation-mismatch");
    for (b, _) in super::aligned_sentences(ctx) {
        let mut ru_neg = 0;
        let mut ru_lex = false;
        for g in b.source.clone() {
            let (_, s, _, _) = src.sentence(g);
            let (n, idiom) = russian_negations(s, ctx);
            ru_neg += n;
            ru_lex |= idiom || russian_negative_lexical(s);
        }
        let mut without_budget: usize = b
            .source
            .clone()
            .map(|g| {
                src.sentence(g)
                    .1
                    .tokens
                    .iter()
                    .filter(|t| {
                        t.kind == TokenKind::Word && matches!(t.lower.as_str(), "без" | "безо")
                    })
                    .count()
            })
            .sum();
        let mut en_neg = 0;
        let mut en_lex = 0;
        for g in b.target.clone() {
            let (_, s, _, _) = tgt.sentence(g);
            let (n, l) = english_negations(s, ctx, &mut without_budget);
            en_neg += n;
            en_lex += l;
        }
        let confident = b.shape() == (1, 1) && b.confidence >= 0.9;
        // All negation gone is an error (when the pair is certain); one negated clause
        // of several gone is a warning: clause counts vary more between languages.
        let all_lost = ru_neg > 0 && en_neg == 0 && en_lex == 0;
        let one_lost = ru_neg > en_neg + en_lex && !all_lost;
        if all_lost || one_lost {
            // The negation cue, in whichever sentence of the bead holds it (a bead may
            // merge two); else the first sentence.
            let cue_in = |g: usize| {
                src.sentence(g)
                    .1
                    .tokens
                    .iter()
                    .find(|t| t.kind == TokenKind::Word && ctx.pair().source.is_negation(&t.lower))
                    .map(|t| (g, t.span.clone()))
            };
            let (g, neg) =
                b.source.clone().find_map(cue_in).unwrap_or_else(|| {
                    (b.source.start, src.sentence(b.source.start).1.span.clone())
                });
            let (unit, s, _, _) = src.sentence(g);
            let cue = &unit.text[neg.clone()];
            let english: Vec<&Sentence> = b.target.clone().map(|g| tgt.sentence(g).1).collect();
            // A negated question is often a polite or rhetorical one («Не пробовали
            // такой?» "Have you tried one like this?"): never certain.
            let question = unit.text[s.span.clone()].trim_end().ends_with('?');
            let certain =
                confident && all_lost && !question && negated_word_rendered(ctx, s, &english);
            let message = if all_lost {
                format!("the source is negated («{cue}») but the translation has no negation")
            } else {
                format!(
                    "the source has {ru_neg} negated clauses but the translation only {}",
                    en_neg + en_lex
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
        } else if ru_neg == 0 && !ru_lex && en_neg > 0 && !negations_copied(ctx, b) {
            let g = b.target.start;
            let (unit, s, _, _) = tgt.sentence(g);
            let neg = (0..s.tokens.len())
                .find(|&k| english_negation_at(s, k, ctx))
                .map(|k| s.tokens[k].span.clone())
                .unwrap_or(s.span.clone());
            let cue = &unit.text[neg.clone()];
            out.push(
                Finding::new(
                    r,
                    format!("the translation is negated («{cue}») but the source is not"),
                )
                .severity(Severity::Warning)
                .source(src.sentence_span(b.source.start))
                .target(tgt.span_in(g, neg)),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings, fired};

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
}
