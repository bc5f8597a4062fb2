//! Structure: omitted and added paragraphs and sentences (from the alignment), and
//! length-ratio outliers.

use crate::finding::Finding;
use crate::pipeline::Context;
use crate::rules::{rule, Severity};

/// Below this confidence an omission or addition is a warning, not an error.
pub const CONFIDENT: f64 = 0.6;

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let al = &ctx.a.alignment;
    let src = ctx.source();
    let tgt = ctx.target();
    let nbeads = al.paragraphs.len();
    // Sentences moved out of order are translated, only elsewhere.
    let moved_src = |g: usize| al.moved.iter().any(|&(s, _)| s == g);
    let moved_tgt = |g: usize| al.moved.iter().any(|&(_, t)| t == g);
    let all_moved = |r: std::ops::Range<usize>, moved: &dyn Fn(usize) -> bool| {
        !r.is_empty() && r.into_iter().all(moved)
    };
    for (k, b) in al.paragraphs.iter().enumerate() {
        let sev = |base: Severity| capped(b, base);
        if b.is_omission() && all_moved(al.source_sentences.range(&b.source), &moved_src) {
            continue;
        }
        if b.is_addition() && all_moved(al.target_sentences.range(&b.target), &moved_tgt) {
            continue;
        }
        if b.is_omission() {
            let r = rule("omission");
            let p = b.source.start;
            let p1 = p + 1;
            let words = ctx.a.source.units[p].text.split_whitespace().count();
            let place = neighbours(al, k, nbeads, false);
            out.push(
                Finding::new(
                    r,
                    format!(
                        "source paragraph {p1} ({words} words) has no counterpart in the translation{place} (confidence {:.2})",
                        b.confidence
                    ),
                )
                .severity(sev(r.severity))
                .source(src.paragraph_span(p)),
            );
        } else if b.is_addition() {
            let r = rule("addition");
            let p = b.target.start;
            let p1 = p + 1;
            let text = &ctx.a.target.units[p].text;
            let boiler = ctx.pair().target.is_boilerplate(text);
            let msg = if boiler {
                format!("translation paragraph {p1} is republishing boilerplate with no counterpart in the source")
            } else {
                format!(
                    "translation paragraph {p1} has no counterpart in the source (confidence {:.2})",
                    b.confidence
                )
            };
            let mut f = Finding::new(r, msg).target(tgt.paragraph_span(p));
            f = if boiler {
                f.suggest("delete the paragraph")
            } else {
                f.severity(sev(r.severity))
            };
            out.push(f);
        } else {
            length_ratio(ctx, b, out);
        }
    }
    // Sentences skipped inside aligned paragraph groups.
    for (k, (b, &g)) in al.sentences.iter().zip(&al.sentence_group).enumerate() {
        let pb = &al.paragraphs[g];
        if pb.is_omission() || pb.is_addition() {
            continue;
        }
        let sev = |base: Severity| capped(b, base);
        if (b.is_omission() && moved_src(b.source.start))
            || (b.is_addition() && moved_tgt(b.target.start))
        {
            continue;
        }
        if b.is_omission() {
            let r = rule("omitted-sentence");
            let s = b.source.start;
            let (_, _, p, i) = src.sentence(s);
            let mut f = Finding::new(
                r,
                format!(
                    "sentence {} of source paragraph {} has no counterpart in the translation (confidence {:.2})",
                    i + 1,
                    p + 1,
                    b.confidence
                ),
            )
            .severity(sev(r.severity))
            .source(src.sentence_span(s));
            // A short sentence folded into its neighbour's translation ("…, up from
            // 9.8% last year") is no omission the aligner can be sure of.
            if let Some((figure, t)) = folded_figure(ctx, k) {
                // Every figure and most of its words are there: the sentence was merged
                // into its neighbour's translation, nothing is lost.
                if folded_whole(ctx, s, t) {
                    continue;
                }
                let (_, _, tp, ti) = tgt.sentence(t);
                f.message.push_str(&format!(
                    "; its figure «{figure}» is in sentence {} of translation paragraph {}, which may render it",
                    ti + 1,
                    tp + 1
                ));
                f = f.severity(Severity::Warning.min(r.severity));
            } else if attribution(src.sentence_text(s)) {
                // «Об этом говорится в сообщении компании» → "…, the company said":
                // English folds the source of a report into the reported sentence.
                f.message
                    .push_str("; it only names the source of the report, which English often folds into a neighbouring sentence");
                f = f.severity(Severity::Warning.min(r.severity));
            }
            out.push(f);
        } else if b.is_addition() {
            let r = rule("added-sentence");
            let t = b.target.start;
            let (_, _, p, i) = tgt.sentence(t);
            let text = tgt.sentence_text(t);
            let boiler = ctx.pair().target.is_boilerplate(text);
            let what = if boiler {
                " (republishing boilerplate)"
            } else {
                ""
            };
            out.push(
                Finding::new(
                    r,
                    format!(
                        "sentence {} of translation paragraph {}{what} has no counterpart in the source (confidence {:.2})",
                        i + 1,
                        p + 1,
                        b.confidence
                    ),
                )
                .severity(if boiler { r.severity } else { sev(r.severity) })
                .target(tgt.sentence_span(t)),
            );
        }
    }
}

/// For the omitted source sentence of sentence bead `k`: a figure of it that the
/// translation of another bead of its paragraph gives while that bead's source does not —
/// the sentence was merged into its neighbour, or moved up into the lead ("…, his first
/// visit since September 2022") («Это выше, чем в прошлом году, когда
/// индексация составила 9,8 %» → "…, up from 9.8% last year"). Returns the figure as
/// written and the target sentence that has it.
fn folded_figure(ctx: &Context, k: usize) -> Option<(String, usize)> {
    let al = &ctx.a.alignment;
    let (src, tgt) = (ctx.source(), ctx.target());
    let s = al.sentences[k].source.start;
    let (unit, sent, p, _) = src.sentence(s);
    // Nearest beads first; only those of the same source paragraph.
    let mut near: Vec<usize> = (0..al.sentences.len()).filter(|&n| n != k).collect();
    near.sort_by_key(|&n| n.abs_diff(k));
    for n in near {
        let nb = &al.sentences[n];
        if nb.source.is_empty() || nb.target.is_empty() {
            continue;
        }
        if src.sentence(nb.source.start).2 != p {
            continue;
        }
        let has = |numbers: &[crate::segment::NumberMention], v: f64| {
            numbers
                .iter()
                .any(|x| (x.value - v).abs() <= 1e-9 * v.abs().max(1.0))
        };
        for m in &sent.numbers {
            // Farther away, a small figure ("first", "two") is too common to tell.
            if n.abs_diff(k) > 1 && m.value.abs() <= 10.0 {
                continue;
            }
            let in_source = nb
                .source
                .clone()
                .any(|i| has(&src.sentence(i).1.numbers, m.value));
            if in_source {
                continue;
            }
            if let Some(t) = nb
                .target
                .clone()
                .find(|&j| has(&tgt.sentence(j).1.numbers, m.value))
            {
                return Some((m.text(&unit.text).to_string(), t));
            }
        }
    }
    None
}

/// Whether target sentence `t` holds every figure of source sentence `s` and the
/// lexicon's renderings of two thirds of its known words (three at least).
fn folded_whole(ctx: &Context, s: usize, t: usize) -> bool {
    let (src, tgt) = (ctx.source(), ctx.target());
    let (_, ss, _, _) = src.sentence(s);
    let (_, ts, _, _) = tgt.sentence(t);
    let figures = ss.numbers.iter().all(|m| {
        ts.numbers
            .iter()
            .any(|x| (x.value - m.value).abs() <= 1e-9 * m.value.abs().max(1.0))
    });
    if !figures {
        return false;
    }
    let pair = ctx.pair();
    let target: std::collections::HashSet<&str> = ts
        .tokens
        .iter()
        .filter(|x| x.is_word())
        .map(|x| x.stem.as_str())
        .collect();
    let (mut known, mut found) = (0, 0);
    for w in ss.tokens.iter().filter(|x| x.is_word()) {
        if pair.source.is_stopword(&w.lower) {
            continue;
        }
        if let Some(renderings) = pair.lexicon.get(&w.stem) {
            known += 1;
            if renderings.iter().any(|r| target.contains(r.as_str())) {
                found += 1;
            }
        }
    }
    known >= 3 && found * 3 >= known * 2
}

/// A sentence that only attributes the report: «Об этом сообщает ТАСС», «Об этом
/// говорится в сообщении перевозчика», «Как сообщила пресс-служба …».
fn attribution(text: &str) -> bool {
    let lower = text.trim_start().to_lowercase();
    let opening = [
        "об этом ",
        "о том ",
        "как сообщ",
        "как говорится",
        "такие данные",
        "такие сведения",
        "это следует из",
    ];
    const SAYING: &[&str] = &[
        "сообщ",
        "говорит",
        "заяв",
        "рассказ",
        "пишет",
        "передает",
        "передаёт",
        "информир",
        "отмеч",
        "следует",
        "приводит",
        "объявил",
        "уточн",
    ];
    opening.iter().any(|o| lower.starts_with(o))
        && lower.split_whitespace().count() <= 14
        && lower
            .split(|c: char| !c.is_alphabetic())
            .any(|w| SAYING.iter().any(|s| w.starts_with(s)))
}

/// A rule's severity, at most a warning when the aligner is unsure of the bead.
fn capped(b: &crate::align::Bead, base: Severity) -> Severity {
    if b.confidence >= CONFIDENT {
        base
    } else {
        Severity::Warning.min(base)
    }
}

/// " (between translation paragraphs 3 and 4)".
fn neighbours(al: &crate::align::Alignment, k: usize, n: usize, _target: bool) -> String {
    let before = al.paragraphs[..k]
        .iter()
        .rev()
        .find(|b| !b.target.is_empty())
        .map(|b| b.target.end - 1);
    let after = al.paragraphs[k + 1..n]
        .iter()
        .find(|b| !b.target.is_empty())
        .map(|b| b.target.start);
    match (before, after) {
        (Some(a), Some(b)) => format!(
            " (expected between translation paragraphs {} and {})",
            a + 1,
            b + 1
        ),
        (Some(a), None) => format!(" (expected after translation paragraph {})", a + 1),
        (None, Some(b)) => format!(" (expected before translation paragraph {})", b + 1),
        (None, None) => String::new(),
    }
}

/// Minimum length (characters) for a length-ratio judgement: short units vary too much.
const MIN_CHARS: f64 = 60.0;

fn length_ratio(ctx: &Context, b: &crate::align::Bead, out: &mut Vec<Finding>) {
    let chars = |doc: &crate::input::Document, r: &std::ops::Range<usize>| -> f64 {
        r.clone()
            .map(|p| doc.units[p].text.chars().count() as f64)
            .sum()
    };
    let ls = chars(&ctx.a.source, &b.source);
    let lt = chars(&ctx.a.target, &b.target);
    // The source must be long enough: a short headline grows a lot in English
    // («режим ЧС» → "a state of emergency") without anything added.
    if ls < MIN_CHARS {
        return;
    }
    let expected = ls * ctx.a.alignment.model.ratio;
    let ratio = lt / expected.max(1.0);
    if !(0.5..=2.0).contains(&ratio) {
        let r = rule("length-ratio");
        let p = b.target.start;
        let what = if ratio < 1.0 { "shorter" } else { "longer" };
        let factor = if ratio < 1.0 { 1.0 / ratio } else { ratio };
        out.push(
            Finding::new(
                r,
                format!(
                    "translation paragraph {} is {factor:.1}× {what} than this document's length ratio predicts ({} characters for {} in the source)",
                    p + 1,
                    lt as usize,
                    ls as usize
                ),
            )
            .source(ctx.source().paragraph_span(b.source.start))
            .target(ctx.target().paragraph_span(p)),
        );
    }
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::fired;

    #[test]
    fn a_sentence_folded_whole_into_its_neighbour() {
        let ru = "Зонд несёт радар, который снимает поверхность планеты сквозь облака. \
            Разрешение съёмки достигает 40 метров.";
        let check = |en: &str| {
            let a = crate::checks::testing::analysis(ru, en);
            let opts = crate::pipeline::CheckOptions::default();
            let ctx = crate::pipeline::Context { a: &a, opts: &opts };
            super::folded_whole(&ctx, 1, 0)
        };
        assert!(check(
            "The probe carries a radar that images the planet's surface through clouds, at a resolution of up to 40 metres."
        ));
        // The figure alone is not the sentence.
        assert!(!check(
            "The probe carries a radar that images the planet's surface through clouds from 40 metres up."
        ));
        assert!(!check(
            "The probe carries a radar that images the planet's surface through clouds, at a resolution of up to 50 metres."
        ));
    }

    const RU: &str = "Мэр Москвы утвердил бюджет города на следующий год.\n\n\
        Расходы на общественный транспорт вырастут на двенадцать процентов.\n\n\
        Депутаты городской думы поддержали документ единогласно.";

    #[test]
    fn omission_positive_and_negative() {
        let en_missing = "The mayor of Moscow approved the city budget for next year.\n\n\
            The deputies of the city duma supported the document unanimously.";
        assert_eq!(fired(RU, en_missing, "omission").len(), 1);
        let en_full = "The mayor of Moscow approved the city budget for next year.\n\n\
            Spending on public transport will grow by twelve percent.\n\n\
            The deputies of the city duma supported the document unanimously.";
        assert!(fired(RU, en_full, "omission").is_empty());
        assert!(fired(RU, en_full, "addition").is_empty());
    }

    #[test]
    fn swapped_paragraphs_are_neither_omitted_nor_added() {
        let ru = "Сборная России обыграла Сербию\n\n            Сборная России по волейболу обыграла команду Сербии со счётом 3:1 в матче Лиги наций в Казани.\n\n            Самым результативным игроком встречи стал Дмитрий Волков, набравший 24 очка.\n\n            Главный тренер Константин Брянский похвалил команду за игру на подаче.\n\n            Следующий матч россияне проведут 14 июня против сборной Японии.";
        let swapped = "Russia beat Serbia\n\n            Russia's volleyball team beat Serbia 3-1 in a Nations League match in Kazan.\n\n            Head coach Konstantin Bryansky praised the team for its serving.\n\n            Dmitry Volkov was the top scorer of the match with 24 points.\n\n            The Russians play their next match on June 14 against Japan.";
        for rule in ["omitted-sentence", "added-sentence", "omission", "addition"] {
            assert!(fired(ru, swapped, rule).is_empty(), "{rule}");
        }
        // Dropping one of the two is still an omission.
        let dropped = "Russia beat Serbia\n\n            Russia's volleyball team beat Serbia 3-1 in a Nations League match in Kazan.\n\n            Head coach Konstantin Bryansky praised the team for its serving.\n\n            The Russians play their next match on June 14 against Japan.";
        assert_eq!(
            fired(ru, dropped, "omission").len() + fired(ru, dropped, "omitted-sentence").len(),
            1
        );
    }

    #[test]
    fn a_sentence_folded_into_its_neighbour_is_at_most_a_warning() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        let ru = "Тарифы вырастут\n\nПо словам губернатора, с 1 июля 2025 года плата за коммунальные услуги в регионе вырастет в среднем на 13,5 %. Это выше, чем в прошлом году, когда индексация составила 9,8 %.";
        let folded = "Tariffs to rise\n\nUtility bills in the region will rise by an average of 13.5% from July 1, 2025, the governor said, up from 9.8% last year.";
        let dropped = "Tariffs to rise\n\nUtility bills in the region will rise by an average of 13.5% from July 1, 2025, the governor said.";
        let omitted = |en: &str| severities(ru, en, "omitted-sentence");
        assert!(omitted(folded).iter().all(|s| *s < Severity::Error));
        assert_eq!(omitted(dropped), vec![Severity::Error]);
        // Moved up into the lead, two sentences away.
        let ru = "Министр иностранных дел Сергей Лавров во вторник прибыл с визитом в Ташкент. В аэропорту его встретил глава МИД Узбекистана Бахтиёр Саидов. Это первый визит Лаврова в республику с сентября 2022 года.";
        let moved = "Foreign Minister Sergei Lavrov arrived in Tashkent on Tuesday, his first visit to Uzbekistan since September 2022. He was met at the airport by Uzbek Foreign Minister Bakhtiyor Saidov.";
        let dropped = "Foreign Minister Sergei Lavrov arrived in Tashkent on Tuesday. He was met at the airport by Uzbek Foreign Minister Bakhtiyor Saidov.";
        let omitted = |en: &str| severities(ru, en, "omitted-sentence");
        assert!(omitted(moved).iter().all(|s| *s < Severity::Error));
        assert_eq!(omitted(dropped), vec![Severity::Error]);
        // The source of a report, folded into "…, the airline said".
        let ru = "Авиакомпания «Победа» за год перевезла 25 млн пассажиров, что на 18,5% больше, чем годом ранее. Об этом говорится в сообщении перевозчика, опубликованном в пятницу. Компания планирует открыть десять новых направлений.";
        let folded = "Pobeda carried 25 million passengers in the year, up 18.5% from a year earlier, the airline said on Friday. The company plans to open ten new routes.";
        let omitted = |en: &str| severities(ru, en, "omitted-sentence");
        assert!(omitted(folded).iter().all(|s| *s < Severity::Error));
        assert!(super::attribution("Об этом сообщает ТАСС."));
        assert!(!super::attribution(
            "Об этом мечтали многие жители района, но стройка затянулась."
        ));
    }

    #[test]
    fn a_sentence_moved_across_a_paragraph_boundary_is_not_lost() {
        let ru = "«Зенит» обыграл ЦСКА со счётом 2:1. Матч прошёл 23 апреля на «Газпром Арене».\n\n\
            Счёт на 12-й минуте открыл Матеус Кассьерра. Во втором тайме Фёдор Чалов сравнял счёт.\n\n\
            В финале «Зенит» встретится со «Спартаком».";
        // The first sentence of the second paragraph ends the first one in English.
        let moved = "Zenit beat CSKA 2-1. The match took place on April 23 at the Gazprom Arena. \
            Mateus Cassierra opened the scoring in the 12th minute.\n\n\
            In the second half Fyodor Chalov equalised.\n\n\
            In the final Zenit will face Spartak.";
        for rule in ["omitted-sentence", "added-sentence", "omission", "addition"] {
            assert!(fired(ru, moved, rule).is_empty(), "{rule}");
        }
        // A sentence really dropped at the same place is still reported.
        let dropped =
            "Zenit beat CSKA 2-1. The match took place on April 23 at the Gazprom Arena.\n\n\
            In the second half Fyodor Chalov equalised.\n\n\
            In the final Zenit will face Spartak.";
        assert_eq!(fired(ru, dropped, "omitted-sentence").len(), 1);
    }

    #[test]
    fn addition_recognises_boilerplate() {
        let en = "The mayor of Moscow approved the city budget for next year.\n\n\
            Spending on public transport will grow by twelve percent.\n\n\
            The deputies of the city duma supported the document unanimously.\n\n\
            Source link";
        let f = crate::checks::testing::findings(RU, en);
        let add: Vec<_> = f.iter().filter(|f| f.rule.name == "addition").collect();
        assert_eq!(add.len(), 1);
        assert!(add[0].message.contains("boilerplate"));
    }

    #[test]
    fn length_ratio_positive_and_negative() {
        let ru = "Вода в реке поднялась на два с половиной метра за сутки, подтоплены сотни домов в шести сёлах, эвакуированы более тысячи жителей, среди них триста детей.";
        assert_eq!(
            fired(ru, "The water in the river rose.", "length-ratio").len(),
            1
        );
        let good = "The river rose by two and a half metres in a day, flooding hundreds of homes in six villages; more than a thousand residents, including three hundred children, were evacuated.";
        assert!(fired(ru, good, "length-ratio").is_empty());
        // A short source may grow a lot: an abbreviation spelled out is no addition.
        let short = "В Якутии объявлен режим ЧС.";
        let spelled =
            "A state of emergency has been declared across the Republic of Sakha (Yakutia).";
        assert!(fired(short, spelled, "length-ratio").is_empty());
    }
}
