//! A person's role qualified in the source and not in the translation: a deputy
//! promoted to the post itself («вице-премьер Новак» → "Prime Minister Novak"), an
//! acting head made permanent («врио губернатора» → "governor"), a former minister made
//! current («экс-министр» → "minister"). The name still matches, so the name check
//! cannot see it, and the English reads as fact.

use crate::finding::Finding;
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
        let names_post = tw
            .iter()
            .any(|x| POSTS.contains(&x.lower.trim_end_matches('s')));
        if !names_post {
            continue;
        }
        for q in QUALIFIERS {
            let Some(k) = (0..sw.len()).find(|&k| (q.marks)(&sw, k)) else {
                continue;
            };
            // "earlier" and "previously" render a «ранее» of the source's own ("Rogozin
            // earlier said" for «Бывший глава … Рогозин ранее заявлял»), not the post.
            let source_says_earlier = sw
                .iter()
                .any(|x| ["ранее", "раньше", "прежде"].contains(&x.lower.as_str()));
            let rendered = t.tokens.iter().any(|x| {
                x.kind == TokenKind::Word
                    && !(source_says_earlier
                        && ["earlier", "previously"].contains(&x.lower.as_str()))
                    && q.english.iter().any(|e| match e.strip_suffix('-') {
                        Some(prefix) => x.lower.starts_with(prefix) && x.lower.len() > prefix.len(),
                        None => x.lower == *e,
                    })
            });
            if rendered {
                continue;
            }
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
                // "former" is often said by tense alone ("who headed the ministry"), and a
                // first deputy is a deputy still.
                .severity(if q.what == "former" || q.what == "a first deputy" {
                    Severity::Warning
                } else {
                    r.severity
                })
                .source(src.span_in(b.source.start, span))
                .target(tgt.sentence_span(b.target.start)),
            );
        }
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
        let bad = "Minister Andrei Belov gave an interview.";
        assert_eq!(
            severities(ru, bad, "role-mismatch"),
            vec![Severity::Warning]
        );
        let good = "Former minister Andrei Belov gave an interview.";
        assert!(fired(ru, good, "role-mismatch").is_empty());
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
    }

    #[test]
    fn no_post_in_the_translation_is_left_to_other_rules() {
        // «заместитель» rendered by a paraphrase without any post word.
        let ru = "Его заместитель ушёл в отставку.";
        let en = "His number two resigned.";
        assert!(fired(ru, en, "role-mismatch").is_empty());
    }
}
