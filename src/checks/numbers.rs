//! Numbers: figures, percentages, dates and magnitudes compared between aligned
//! sentences, with the paragraph as a fallback (a figure may move to the next sentence
//! when MT splits or merges sentences).

use crate::finding::{Finding, Span};
use crate::pipeline::{Context, DocSide};
use crate::rules::{rule, Severity};
use crate::segment::{NumKind, NumberMention};

/// A number with where it is.
#[derive(Clone)]
struct Num<'a> {
    m: &'a NumberMention,
    /// Global sentence index.
    g: usize,
    text: &'a str,
    /// Part of a name or model ("COVID-19", "Су-57", "MS-29"): compared exactly, but
    /// never paired with an unrelated figure or reported as missing, since English
    /// often drops or rewrites it ("COVID").
    in_name: bool,
    /// The unit written after the figure, as (quantity, factor to the base unit):
    /// "км" is (length, 1000).
    unit: Option<(&'static str, f64)>,
    /// The letters of a designation before its hyphen, romanised ("МС-22" → "ms",
    /// "R-22" → "r"), to compare a model or road number with its own counterpart;
    /// and the whole designation as written.
    designation: Option<(String, &'a str)>,
    /// Below zero (`Some(true)`), not (`Some(false)`), or left open by the text
    /// (`None`): see [`below_zero`].
    below_zero: Option<bool>,
    /// A temperature: a degree sign or word, a sign word, or a sentence about
    /// temperature. Only there is a lost minus a changed figure.
    temperature: bool,
    /// Percentage points written after the figure: see [`points_after`].
    points: Points,
}

/// Points written after a figure.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Points {
    No,
    /// «процентных пункта», «п.п.», "percentage points", "pp".
    Percentage,
    /// «пункта», "points": percentage points or points of an index or a score.
    Bare,
}

/// Percentage points after a figure («2 процентных пункта», «3 п.п.», "2 percentage
/// points", "2 pp", "2 percent points") or bare points ("2 points").
fn points_after(text: &str, span: &std::ops::Range<usize>) -> Points {
    let words: Vec<String> = text[span.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2)
        .map(str::to_lowercase)
        .collect();
    // Only the words right after the figure: "2 (points)" or "2 and 3 points" are not.
    let glued = text[span.end..]
        .trim_start_matches(|c: char| c.is_whitespace() || c == '-' || c == '%')
        .starts_with(char::is_alphabetic);
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    let point = |w: &str| w.starts_with("пункт") || w.starts_with("point");
    if !glued {
        return Points::No;
    }
    match (w(0), w(1)) {
        (a, b)
            if (a.starts_with("процентн") || a == "percentage" || a == "percent") && point(b) =>
        {
            Points::Percentage
        }
        ("п", "п") | ("пп" | "pp" | "ppt" | "ppts", _) | ("p", "p") => Points::Percentage,
        (a, _) if point(a) || a == "pts" => Points::Bare,
        _ => Points::No,
    }
}

/// A sign written with a figure.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Sign {
    Minus,
    Plus,
    Unsigned,
    /// A spaced hyphen ("в Якутии - 16"): a minus or a dash.
    Either,
}

/// The sign written before a figure: «минус 32», "minus 32", "−32", "-32", "–32"
/// (a dash glued to the figure after a space, not the dash of a range "5–7" nor the
/// hyphen of "Су-57"), «плюс 5», "+5".
fn sign_before(text: &str, span: &std::ops::Range<usize>) -> Sign {
    let before = &text[..span.start];
    let mut rev = before.chars().rev();
    let glued = rev.next();
    let prev = rev.next();
    let opens = prev.is_none_or(|c| c.is_whitespace() || "(«\"'/".contains(c));
    // "от 5 –7" is a range typed with a stray space: no digit may come before the sign.
    let after_digit = || {
        before[..before.len() - glued.map_or(0, char::len_utf8)]
            .trim_end()
            .ends_with(|c: char| c.is_ascii_digit())
    };
    match glued {
        Some('-' | '−' | '–') if opens && !after_digit() => return Sign::Minus,
        Some('+') if opens => return Sign::Plus,
        _ => {}
    }
    let word = crate::segment::numbers::word_before(before).to_lowercase();
    let spaced = before.trim_end();
    if before.len() - spaced.len() == 1
        && spaced.ends_with(['-', '−'])
        && spaced[..spaced.len() - 1].ends_with(char::is_whitespace)
    {
        return Sign::Either;
    }
    if before.len() == before.trim_end().len() {
        // Glued to a word ("x5"): no sign word.
        return Sign::Unsigned;
    }
    match word.as_str() {
        "минус" | "minus" => Sign::Minus,
        "плюс" | "plus" => Sign::Plus,
        _ => Sign::Unsigned,
    }
}

/// The words after a figure, lower-cased, past a degree sign or word and a scale
/// ("32 градусов мороза" → ["мороза", …], "−32°C below zero" → ["below", "zero", …]);
/// and whether a degree was written.
fn after_degrees(text: &str, span: &std::ops::Range<usize>) -> (Vec<String>, bool) {
    let words: Vec<String> = text[span.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let degree_sign = text[span.end..].trim_start().starts_with(['°', 'º']);
    let skip = |w: &str| {
        w.starts_with("градус")
            || w.starts_with("degree")
            || matches!(w, "c" | "с" | "по" | "цельсию" | "цельсия" | "celsius")
    };
    let n = words.iter().take_while(|w| skip(w)).count();
    let degree_word = words[..n]
        .iter()
        .any(|w| w.starts_with("градус") || w.starts_with("degree"));
    (words[n..].to_vec(), degree_sign || degree_word)
}

/// The sign written after a figure: «32 градуса мороза», «ниже нуля», "32 below
/// zero", "32 degrees of frost"; «5 градусов тепла», "5 above zero".
fn sign_after(words: &[String]) -> Sign {
    let w = |i: usize| words.get(i).map_or("", String::as_str);
    match (w(0), w(1)) {
        ("мороза", _) | ("ниже", "нуля") | ("below", "zero" | "freezing") | ("of", "frost") => {
            Sign::Minus
        }
        ("тепла", _) | ("выше", "нуля") | ("above", "zero" | "freezing") => Sign::Plus,
        _ => Sign::Unsigned,
    }
}

/// Words of a sentence about the cold, in which an unsigned figure may well be below
/// zero («мороз достигнет 30 градусов», "sub-zero temperatures of 30 degrees").
const FROST_WORDS: &[&str] = &[
    "мороз",
    "ниже нуля",
    "frost",
    "sub-zero",
    "subzero",
    "below zero",
    "below freezing",
];

/// Words of a sentence about temperature.
const TEMPERATURE_WORDS: &[&str] = &[
    "температур",
    "temperatur",
    "термометр",
    "thermometer",
    "градус",
    "degree",
    "°",
];

/// The romanised letters glued by a hyphen before a figure ("Су-57" → "su"), and the
/// designation as written.
fn designation_prefix<'a>(
    text: &'a str,
    span: &std::ops::Range<usize>,
) -> Option<(String, &'a str)> {
    let before = text[..span.start].strip_suffix('-')?;
    let letters: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    if letters.is_empty() || letters.chars().count() > 4 {
        return None;
    }
    let lower = letters.to_lowercase();
    let key = if lower.chars().any(|c| c.is_ascii_alphabetic()) {
        lower
    } else {
        crate::lang::translit::romanize_ru(&lower)
    };
    Some((key, &text[before.len() - letters.len()..span.end]))
}

/// The unit of measure of a figure, in either language: the word right after it ("1,5
/// км", "1,500-meter"), or one inside a figure said in words («полчаса», "half an
/// hour", "an hour and a half").
fn unit_after(text: &str, m: &NumberMention) -> Option<(&'static str, f64)> {
    let span = &m.span;
    let inside = || {
        text[span.clone()]
            .split(|c: char| !c.is_alphabetic())
            .map(str::to_lowercase)
            .find_map(|w| unit_word(w.strip_prefix("пол").unwrap_or(&w)))
    };
    let word = crate::segment::numbers::word_after(&text[span.end..]).to_lowercase();
    let unit = m
        .spelled
        .then(inside)
        .flatten()
        .or_else(|| unit_word(&word))?;
    // «в 2023 году», "the 2023 year": a date, not a duration.
    let calendar_year = !m.spelled
        && m.magnitude.is_none()
        && m.value.fract() == 0.0
        && (1000.0..=2100.0).contains(&m.value);
    (!(unit.1 == DAYS_IN_YEAR && calendar_year)).then_some(unit)
}

/// A unit of measure, as (quantity, factor to the base unit): "км" is (length, 1000).
fn unit_word(w: &str) -> Option<(&'static str, f64)> {
    let stem = |s: &str| w.starts_with(s);
    Some(match w {
        "км" | "km" => ("length", 1000.0),
        "м" | "m" => ("length", 1.0),
        "см" | "cm" => ("length", 0.01),
        "мм" | "mm" => ("length", 0.001),
        "кг" | "kg" => ("mass", 1.0),
        "г" | "g" => ("mass", 0.001),
        "т" => ("mass", 1000.0),
        "mi" | "mile" | "miles" | "миля" | "мили" | "миль" => ("length", 1609.344),
        "ft" | "foot" | "feet" | "фут" | "фута" | "футов" => ("length", 0.3048),
        // Not "in" ("won 5 in a row") nor "pounds" (sterling too).
        "inch" | "inches" | "дюйм" | "дюйма" | "дюймов" => ("length", 0.0254),
        "lb" | "lbs" => ("mass", 0.453_592),
        // Durations in days: «14 суток» is "two weeks", «полтора месяца» "six weeks",
        // «полчаса» "30 minutes". Not "с" (a preposition) nor "h".
        "сек" | "sec" | "secs" => ("time", 1.0 / 86_400.0),
        _ if stem("секунд") || stem("second") => ("time", 1.0 / 86_400.0),
        "мин" | "min" | "mins" => ("time", 1.0 / 1440.0),
        _ if stem("минут") || stem("minute") => ("time", 1.0 / 1440.0),
        // Whole forms: «часть» is no hour.
        "ч" | "час" | "часа" | "часов" | "часу" | "часам" | "часами" | "часах" | "hr" | "hrs"
        | "hour" | "hours" => ("time", 1.0 / 24.0),
        "сутки" | "суток" | "сутках" | "день" | "дня" | "дней" | "day" | "days" => {
            ("time", 1.0)
        }
        "fortnight" | "fortnights" => ("time", 14.0),
        "год" | "года" | "году" | "годом" | "годы" | "годам" | "годами" | "годах" | "лет"
        | "year" | "years" | "yr" | "yrs" => ("time", DAYS_IN_YEAR),
        _ if stem("недел") || stem("week") => ("time", 7.0),
        _ if stem("месяц") || stem("month") => ("time", DAYS_IN_MONTH),
        _ if stem("километр") || stem("kilomet") => ("length", 1000.0),
        _ if stem("сантиметр") || stem("centimet") => ("length", 0.01),
        _ if stem("миллиметр") || stem("millimet") => ("length", 0.001),
        _ if stem("метр") || stem("meter") || stem("metre") => ("length", 1.0),
        _ if stem("килограмм") || stem("kilogram") => ("mass", 1.0),
        _ if stem("тонн") || stem("tonne") || stem("ton") => ("mass", 1000.0),
        _ if stem("грамм") || stem("gram") => ("mass", 0.001),
        _ => return None,
    })
}

/// A figure with the unit written after it ("40 минут"); one said in words with its
/// unit inside stays as it is ("полчаса").
fn with_unit(text: &str, n: &Num) -> String {
    let after = crate::segment::numbers::word_after(&text[n.m.span.end..]);
    if n.unit.is_some() && unit_word(&after.to_lowercase()) == n.unit {
        format!("{} {after}", n.text)
    } else {
        n.text.to_string()
    }
}

/// Miles, feet, inches, pounds: converting into them rounds.
fn is_imperial(factor: f64) -> bool {
    [1609.344, 0.3048, 0.0254, 0.453_592].contains(&factor)
}

/// Days in an average month: a month said in weeks is approximate («полтора месяца» is
/// "six weeks").
const DAYS_IN_MONTH: f64 = 30.44;

/// Days in a year: a year said in weeks or days is approximate ("52 weeks").
const DAYS_IN_YEAR: f64 = 365.25;

/// "COVID-19" (the digits follow a hyphen glued to a word) or a phone number or code
/// ("229-62-00": three or more digit groups joined by hyphens).
fn code_like(text: &str, span: &std::ops::Range<usize>) -> bool {
    let mut before = text[..span.start].chars().rev();
    let (b1, b2) = (before.next(), before.next());
    if b1 == Some('-') && b2.is_some_and(char::is_alphabetic) {
        return true;
    }
    // The ":00" of a time, which "3 p.m." or "15 h" drop.
    if b1 == Some(':')
        && b2.is_some_and(|c| c.is_ascii_digit())
        && text[span.clone()].chars().all(|c| c == '0')
    {
        return true;
    }
    let is_run = |c: char| c.is_ascii_digit() || c == '-';
    let start = text[..span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_run(c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let end = text[span.start..]
        .char_indices()
        .find(|&(_, c)| !is_run(c))
        .map_or(text.len(), |(i, _)| span.start + i);
    if text[start..end]
        .split('-')
        .filter(|g| !g.is_empty())
        .count()
        >= 3
    {
        return true;
    }
    // A phone number after its area code, grouped by spaces or hyphens as each
    // language likes: "+7 (495) 229 62 01" ↔ "+7 (495) 229-6201".
    let is_phone_run = |c: char| c.is_ascii_digit() || c == '-' || c == ' ';
    let start = text[..span.start]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_phone_run(c))
        .last()
        .map_or(span.start, |(i, _)| i);
    let before = text[..start].trim_end();
    before.ends_with(')')
        && before[..before.len() - 1]
            .rsplit('(')
            .next()
            .is_some_and(|code| !code.is_empty() && code.chars().all(|c| c.is_ascii_digit()))
}

/// Characters a bracketed conversion may have around its figure: "($16.4 million)",
/// "(about 62,000 acres)", "(−49°F)".
const CONVERSION_WORDS: usize = 20;

/// A figure alone in brackets right after another figure: a conversion the translator
/// added ("25,000 hectares (62,000 acres)", "20°C (68°F)", "1.5 billion roubles ($16.4
/// million)"). Like a figure in a name, it is never paired with an unrelated figure nor
/// reported as extra.
fn bracketed_conversion(text: &str, span: &std::ops::Range<usize>) -> bool {
    let Some(open) = text[..span.start].rfind('(') else {
        return false;
    };
    let inside_before = &text[open + 1..span.start];
    let Some(close) = text[span.end..].find(')') else {
        return false;
    };
    let inside_after = &text[span.end..span.end + close];
    let plain = |s: &str| {
        s.chars().count() <= CONVERSION_WORDS && !s.chars().any(|c| c.is_ascii_digit() || c == '(')
    };
    if !plain(inside_before) || !plain(inside_after) {
        return false;
    }
    // The figure converted ends shortly before the bracket, in the same clause.
    let before: String = text[..open]
        .chars()
        .rev()
        .take(CONVERSION_WORDS)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let Some(last_digit) = before.rfind(|c: char| c.is_ascii_digit()) else {
        return false;
    };
    !before[last_digit..].contains([';', ')', '(', '!', '?'])
}

fn collect<'a>(side: &DocSide<'a>, sentences: std::ops::Range<usize>) -> Vec<Num<'a>> {
    let mut v = Vec::new();
    for g in sentences {
        let (unit, sent, _, _) = side.sentence(g);
        let text = unit.text.as_str();
        let sentence = sent.text(text).to_lowercase();
        let about = |words: &[&str]| words.iter().any(|w| sentence.contains(w));
        let (frost, temperature) = (about(FROST_WORDS), about(TEMPERATURE_WORDS));
        let mut signs: Vec<(Sign, Sign)> = Vec::new();
        for m in &sent.numbers {
            let (after, degrees) = after_degrees(text, &m.span);
            let sign = (sign_before(text, &m.span), sign_after(&after));
            signs.push(sign);
            v.push(Num {
                m,
                g,
                text: &text[m.span.clone()],
                in_name: code_like(text, &m.span) || bracketed_conversion(text, &m.span) || m.loose,
                unit: unit_after(text, m),
                designation: designation_prefix(text, &m.span),
                below_zero: match sign {
                    (Sign::Minus, _) | (_, Sign::Minus) => Some(true),
                    (Sign::Plus, _) | (_, Sign::Plus) => Some(false),
                    (Sign::Either, _) => None,
                    _ if frost => None,
                    _ => Some(false),
                },
                temperature: temperature || degrees || sign.1 != Sign::Unsigned,
                points: points_after(text, &m.span),
            });
        }
        // A range states its sign once: «минус 10–15» (the second end may be below zero
        // too), «10–15 градусов мороза» (so is the first).
        let first = v.len() - signs.len();
        for k in 1..signs.len() {
            let (a, b) = (&sent.numbers[k - 1], &sent.numbers[k]);
            let between = text[a.span.end..b.span.start].trim().to_lowercase();
            if !crate::segment::numbers::RANGE_JOINERS.contains(&between.as_str()) {
                continue;
            }
            let unsigned = (Sign::Unsigned, Sign::Unsigned);
            if signs[k] == unsigned && signs[k - 1].0 == Sign::Minus {
                v[first + k].below_zero = None;
            }
            if signs[k - 1] == unsigned && signs[k].1 == Sign::Minus {
                v[first + k - 1].below_zero = Some(true);
            }
        }
    }
    v
}

fn kinds_compatible(a: NumKind, b: NumKind) -> bool {
    use NumKind::*;
    match (a, b) {
        (Month, Month) => true,
        (Month, _) | (_, Month) => false,
        _ => true,
    }
}

/// Number of decimals written in a mention's mantissa ("2,5" → 1, "1 500" → 0).
fn decimals(m: &NumberMention) -> i32 {
    let printed = format!("{}", m.mantissa);
    printed.split_once('.').map_or(0, |(_, f)| f.len() as i32)
}

/// How far a percentage may be from the fraction that says it ("a third" for 32–35%).
const SHARE_TOLERANCE: f64 = 0.02;

/// The largest share by which a translation may round a figure.
const MAX_ROUNDING: f64 = 0.05;

/// Whether two mentions denote the same figure (allowing rounding and a few
/// conventional conversions).
fn same(a: &Num, b: &Num, target_text: &str) -> bool {
    if !kinds_compatible(a.m.kind, b.m.kind) {
        return false;
    }
    let (x, y) = (a.m.value, b.m.value);
    if (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0) {
        return true;
    }
    // A conversion between units of one quantity: "1,5 км" ↔ "1,500 meters", or a
    // rounded one into imperial units: "8 км" ↔ "5 miles".
    if let (Some((qa, fa)), Some((qb, fb))) = (a.unit, b.unit) {
        let (x, y) = (x * fa, y * fb);
        let tolerance = if is_imperial(fa) != is_imperial(fb) {
            0.03
        } else if (fa == DAYS_IN_MONTH) != (fb == DAYS_IN_MONTH) {
            0.1
        } else if (fa == DAYS_IN_YEAR) != (fb == DAYS_IN_YEAR) {
            0.02
        } else {
            1e-9
        };
        if qa == qb && fa != fb && (x - y).abs() <= tolerance * x.abs().max(y.abs()).max(1.0) {
            return true;
        }
    }
    // The translation rounded to the precision it writes: "1,53 млн" ↔ "1.5 million".
    // Not the other way: "15 тыс." ↔ "15,001" is a changed figure, not a rounding. Nor
    // a rounding of more than 5%: «полтора миллиона» is not "two million".
    let (p, q) = (a, b);
    let scale = q.m.magnitude.unwrap_or(1.0);
    let d = decimals(q.m);
    if q.m.magnitude.is_some() || d > 0 {
        let unit = 10f64.powi(-d) * scale;
        let diff = (p.m.value - q.m.value).abs();
        if diff <= unit / 2.0 + 1e-9 * unit
            && diff <= MAX_ROUNDING * p.m.value.abs().max(q.m.value.abs())
        {
            return true;
        }
    }
    // A percentage said as a fraction: «33%» ↔ "a third", «треть» ↔ "33 percent".
    let share = |p: &Num, f: &Num| {
        p.m.kind == NumKind::Percent
            && f.m.spelled
            && f.m.value < 1.0
            && (p.m.value / 100.0 - f.m.value).abs() <= SHARE_TOLERANCE
    };
    if share(a, b) || share(b, a) {
        return true;
    }
    // Decades and two-digit years: "90-х" ↔ "1990s".
    let (lo, hi) = if x < y { (x, y) } else { (y, x) };
    if lo < 100.0 && lo.fract() == 0.0 && (hi == 1900.0 + lo || hi == 2000.0 + lo) {
        return true;
    }
    // 24-hour clock rendered as 12-hour: "в 15:00" ↔ "at 3 p.m.".
    let tl = target_text.to_lowercase();
    if (tl.contains("p.m") || tl.contains("pm"))
        && x.fract() == 0.0
        && (13.0..=23.0).contains(&x)
        && y == x - 12.0
    {
        return true;
    }
    false
}

/// The digits of a whole figure, sorted; from the written text when no magnitude
/// scales it, so that a leading zero counts ("40" ↔ "04").
fn digits_sorted(n: &Num) -> Option<String> {
    let v = n.m.value;
    if v.fract() != 0.0 || v > 1e15 {
        return None;
    }
    let mut d: Vec<char> = if n.m.magnitude.is_none() && !n.m.spelled {
        n.text.chars().filter(char::is_ascii_digit).collect()
    } else {
        format!("{}", v as i64).chars().collect()
    };
    d.sort_unstable();
    Some(d.into_iter().collect())
}

/// The currency a figure is in, from a sign before it ("$5", "₽ 300") or a word after
/// it ("5 млн рублей", "5 million dollars"), as an English name.
fn currency(text: &str, span: &std::ops::Range<usize>) -> Option<&'static str> {
    let before = text[..span.start].trim_end().chars().last();
    let sign = match before {
        Some('$') => Some("dollars"),
        Some('€') => Some("euros"),
        Some('£') => Some("pounds"),
        Some('₽') => Some("rubles"),
        _ => None,
    };
    if sign.is_some() {
        return sign;
    }
    let after = text[span.end..].trim_start();
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic() || *c == '₽' || *c == '$' || *c == '€')
        .collect::<String>()
        .to_lowercase();
    // Whole words or endings of one stem: "евро" but not "европейский", "руб." and
    // "рублей" but not "рубеж"; "р." is too ambiguous to count.
    let w = word.as_str();
    let stem = |s: &str| w.starts_with(s);
    let any = |ws: &[&str]| ws.contains(&w);
    if any(&["руб", "₽", "rub", "ruble", "rubles", "rouble", "roubles"]) || stem("рубл") {
        Some("rubles")
    } else if any(&["dollar", "dollars", "usd"]) || stem("долл") {
        Some("dollars")
    } else if any(&["евро", "euro", "euros", "eur"]) {
        Some("euros")
    } else if any(&["pound", "pounds", "gbp"]) || stem("фунт") {
        Some("pounds")
    } else if any(&["yuan", "cny"]) || stem("юан") {
        Some("yuan")
    } else if any(&["тенге", "tenge"]) {
        Some("tenge")
    } else if stem("hryvn") || stem("гривн") || stem("гривен") {
        Some("hryvnias")
    } else {
        None
    }
}

/// Why two different figures look like one changed into the other, if they do.
fn relation(s: &Num, t: &Num) -> Option<&'static str> {
    if !kinds_compatible(s.m.kind, t.m.kind) || s.m.loose || t.m.loose {
        return None;
    }
    if s.m.kind == NumKind::Month {
        return Some("month changed");
    }
    if s.m.multiple && t.m.multiple {
        return Some("multiple changed");
    }
    if s.m.magnitude != t.m.magnitude && (s.m.mantissa - t.m.mantissa).abs() < 1e-9 {
        return Some("magnitude changed");
    }
    if let (Some(a), Some(b)) = (digits_sorted(s), digits_sorted(t)) {
        if a == b && a.len() > 1 {
            return Some("digits swapped");
        }
    }
    None
}

/// Formats a value for a message ("340 billion").
fn human(v: f64) -> String {
    let (x, w) = if v.abs() >= 1e12 {
        (v / 1e12, " trillion")
    } else if v.abs() >= 1e9 {
        (v / 1e9, " billion")
    } else if v.abs() >= 1e6 {
        (v / 1e6, " million")
    } else {
        (v, "")
    };
    let s = if x.fract() == 0.0 {
        format!("{}", x as i64)
    } else {
        format!("{x:.3}")
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string()
    };
    format!("{s}{w}")
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    let al = &ctx.a.alignment;
    let src = ctx.source();
    let tgt = ctx.target();
    for (gi, pb) in al.paragraphs.iter().enumerate() {
        if pb.source.is_empty() || pb.target.is_empty() {
            continue;
        }
        let sr = al.source_sentences.range(&pb.source);
        let tr = al.target_sentences.range(&pb.target);
        let para_target_text: String = tr
            .clone()
            .map(|g| tgt.sentence_text(g))
            .collect::<Vec<_>>()
            .join(" ");
        let s_all = collect(&src, sr.clone());
        let t_all = collect(&tgt, tr.clone());
        if s_all.is_empty() && t_all.is_empty() {
            continue;
        }
        let mut s_used = vec![false; s_all.len()];
        // Figures paired in passes 1 and 2: (source, target, inside one sentence bead).
        let mut matched: Vec<(usize, usize, bool)> = Vec::new();
        let mut t_used = vec![false; t_all.len()];
        // 1. Match inside each sentence bead, then 2. anywhere in the paragraph group.
        let beads: Vec<_> = al
            .sentences
            .iter()
            .zip(&al.sentence_group)
            .filter(|(_, &g)| g == gi)
            .map(|(b, _)| b)
            .collect();
        for pass in 0..2 {
            for (i, s) in s_all.iter().enumerate() {
                if s_used[i] {
                    continue;
                }
                let bead = beads.iter().find(|b| b.source.contains(&s.g));
                for (j, t) in t_all.iter().enumerate() {
                    if t_used[j] {
                        continue;
                    }
                    let in_bead = bead.is_some_and(|b| b.target.contains(&t.g));
                    if (pass == 0 && !in_bead) || !same(s, t, tgt.sentence_text(t.g)) {
                        continue;
                    }
                    s_used[i] = true;
                    t_used[j] = true;
                    matched.push((i, j, in_bead));
                    break;
                }
            }
        }
        // The same figure in another currency ("5 млн рублей" → "$5 million").
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some(cs), Some(ct)) = (
                currency(src.sentence(s.g).0.text.as_str(), &s.m.span),
                currency(tgt.sentence(t.g).0.text.as_str(), &t.m.span),
            ) else {
                continue;
            };
            if cs == ct {
                continue;
            }
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "currency changed: «{}» is in {}, the translation says {}",
                    s.text, cs, ct
                ),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!("the source says {cs}"));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // The same figure in another unit ("5 км" → "5 miles").
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some((qs, fs)), Some((qt, ft))) = (s.unit, t.unit) else {
                continue;
            };
            if (qs, fs) == (qt, ft) || (s.m.value - t.m.value).abs() > 1e-9 * s.m.value.abs() {
                continue;
            }
            let name = |text: &str, m: &NumberMention| {
                crate::segment::numbers::word_after(&text[m.span.end..])
            };
            let su = name(src.sentence(s.g).0.text.as_str(), s.m);
            let tu = name(tgt.sentence(t.g).0.text.as_str(), t.m);
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!("unit changed: «{} {su}» became «{} {tu}»", s.text, t.text),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!("the source says {su}"));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // Percentage points said as percent, or the other way round ("на 2 п.п." → "by
        // 2%"): a rate that rose from 10% by 2 points is 12%, by 2% is 10.2%.
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let percent = |n: &Num| n.m.kind == NumKind::Percent && n.points == Points::No;
            let changed = (s.points == Points::Percentage && percent(t))
                || (percent(s) && t.points == Points::Percentage);
            if !changed {
                continue;
            }
            let name = |n: &Num| {
                if n.points == Points::Percentage {
                    "percentage points"
                } else {
                    "percent"
                }
            };
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "unit changed: «{}» ({}) became «{}» ({})",
                    s.text,
                    name(s),
                    t.text,
                    name(t)
                ),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!("the source says {}", name(s)));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // The same temperature with another sign ("минус 32" → "32 degrees").
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some(a), Some(b)) = (s.below_zero, t.below_zero) else {
                continue;
            };
            if a == b || !(s.temperature || t.temperature) || s.m.value == 0.0 {
                continue;
            }
            let signed = |n: &Num, below: bool| {
                format!("{}{}", if below { "−" } else { "" }, human(n.m.value))
            };
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "sign changed: «{}» ({}) became «{}» ({})",
                    s.text,
                    signed(s, a),
                    t.text,
                    signed(t, b)
                ),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!(
                "the source says {} ({} zero)",
                signed(s, a),
                if a { "below" } else { "above" }
            ));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // 3. Pair what is left: a changed figure has a counterpart that differs.
        let s_left: Vec<usize> = (0..s_all.len()).filter(|&i| !s_used[i]).collect();
        let t_left: Vec<usize> = (0..t_all.len()).filter(|&j| !t_used[j]).collect();
        let mut t_taken = vec![false; t_all.len()];
        let mut s_reported = vec![false; s_all.len()];
        for &i in &s_left {
            let s = &s_all[i];
            let bead = beads.iter().find(|b| b.source.contains(&s.g));
            let in_bead: Vec<usize> = t_left
                .iter()
                .copied()
                .filter(|&j| !t_taken[j] && bead.is_some_and(|b| b.target.contains(&t_all[j].g)))
                .collect();
            // A related figure (swapped digits, other magnitude, other month) anywhere in
            // the bead; otherwise, when exactly one figure of a compatible kind is left
            // on each side of the bead, the figure was changed.
            let related = in_bead
                .iter()
                .copied()
                .find_map(|j| relation(s, &t_all[j]).map(|why| (j, why)));
            // A designation with another number: "МС-22" → "MS-23", "Р-22" → "R-23".
            let designation = || {
                let (prefix, _) = s.designation.as_ref()?;
                let mut same = in_bead.iter().copied().filter(|&j| {
                    t_all[j]
                        .designation
                        .as_ref()
                        .is_some_and(|(p, _)| p == prefix)
                });
                let j = same.next()?;
                (same.next().is_none() && t_all[j].m.value != s.m.value)
                    .then_some((j, "designation changed"))
            };
            // A measure with a unit of the same quantity, even if written out on one
            // side only: «полтора часа» → "60 minutes".
            let measure = || {
                let (q, _) = s.unit?;
                let quantity = |n: &Num| n.unit.is_some_and(|(x, _)| x == q) && !n.in_name;
                let mut t_same = in_bead.iter().copied().filter(|&j| quantity(&t_all[j]));
                let j = t_same.next()?;
                let s_same = s_left
                    .iter()
                    .filter(|&&k| {
                        !s_reported[k]
                            && quantity(&s_all[k])
                            && bead.is_some_and(|b| b.source.contains(&s_all[k].g))
                    })
                    .count();
                (t_same.next().is_none() && s_same == 1 && !s.in_name)
                    .then_some((j, "measure changed"))
            };
            let related = related.or_else(designation).or_else(measure);
            // Digits pair with digits and words with words ("две" → "three"): a
            // figure written out on one side only is often rephrased or dropped.
            let single = || {
                let cands: Vec<usize> = in_bead
                    .iter()
                    .copied()
                    .filter(|&j| {
                        kinds_compatible(s.m.kind, t_all[j].m.kind)
                            && t_all[j].m.spelled == s.m.spelled
                            && !t_all[j].in_name
                    })
                    .collect();
                // (Figures already reported as changed are no longer candidates.)
                let s_cands = s_left
                    .iter()
                    .filter(|&&k| {
                        !s_reported[k]
                            && s_all[k].m.spelled == s.m.spelled
                            && bead.is_some_and(|b| b.source.contains(&s_all[k].g))
                    })
                    .filter(|&&k| kinds_compatible(s_all[k].m.kind, s.m.kind))
                    .count();
                let word_ok = !s.m.spelled || s.m.kind == NumKind::Plain;
                (cands.len() == 1 && s_cands == 1 && word_ok && !s.in_name)
                    .then(|| (cands[0], "figure changed"))
            };
            if let Some((j, why)) = related.or_else(single) {
                t_taken[j] = true;
                s_reported[i] = true;
                let t = &t_all[j];
                let r = rule("number-mismatch");
                let msg = match (&s.designation, &t.designation) {
                    (Some((_, sd)), Some((_, td))) if why == "designation changed" => {
                        format!("{why}: «{sd}» became «{td}»")
                    }
                    _ if why == "measure changed" => format!(
                        "{why}: «{}» became «{}»",
                        with_unit(src.sentence(s.g).0.text.as_str(), s),
                        with_unit(tgt.sentence(t.g).0.text.as_str(), t)
                    ),
                    _ => format!(
                        "{why}: «{}» ({}) became «{}» ({})",
                        s.text,
                        human(s.m.value),
                        t.text,
                        human(t.m.value)
                    ),
                };
                let sugg = (why == "magnitude changed")
                    .then(|| format!("the source says {}", human(s.m.value)));
                let mut f = Finding::new(r, msg)
                    .source(src.span_in(s.g, s.m.span.clone()))
                    .target(tgt.span_in(t.g, t.m.span.clone()));
                // Without a confident sentence alignment, a changed figure is only a warning.
                if bead.is_none_or(|b| b.confidence < 0.5) {
                    f = f.severity(Severity::Warning);
                }
                if let Some(sg) = sugg {
                    f = f.suggest(sg);
                }
                out.push(f);
            }
        }
        // 4. Figures with no counterpart at all (digits only: words are often rephrased).
        let r = rule("number-missing");
        for &i in &s_left {
            let s = &s_all[i];
            if s_reported[i] || s.m.spelled || s.in_name || s.m.kind == NumKind::Ordinal {
                continue;
            }
            let translation = aligned_text(&beads, &tgt, s.g, true);
            if said_in_words(s.m, &translation) {
                continue;
            }
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the figure «{}» of the source does not appear in the translation",
                        s.text
                    ),
                )
                .source(src.span_in(s.g, s.m.span.clone()))
                .target(span_of_bead_target(&tgt, &beads, s.g, tr.clone())),
            );
        }
        for &j in &t_left {
            let t = &t_all[j];
            if t_taken[j] || t.m.spelled || t.in_name || t.m.kind == NumKind::Ordinal {
                continue;
            }
            let _ = &para_target_text;
            let source_text = aligned_text(&beads, &src, t.g, false);
            if said_in_words(t.m, &source_text) {
                continue;
            }
            // The minutes of a time whose source says ":00" ("19:00" → "19:01"): the
            // ":00" itself is not compared (English may drop it: "7 p.m."), so a changed
            // minute shows up here, left over.
            if let Some((src_time, g)) = changed_minutes(&src, &tgt, &beads, t) {
                out.push(
                    Finding::new(
                        rule("number-mismatch"),
                        format!(
                            "time changed: «{src_time}» became «{}»",
                            time_at(tgt.sentence(t.g).0.text.as_str(), &t.m.span)
                                .map_or(t.text.to_string(), |(text, _)| text)
                        ),
                    )
                    .source(src.sentence_span(g))
                    .target(tgt.span_in(t.g, t.m.span.clone())),
                );
                continue;
            }
            out.push(
                Finding::new(
                    r,
                    format!("the figure «{}» does not appear in the source", t.text),
                )
                .target(tgt.span_in(t.g, t.m.span.clone())),
            );
        }
    }
}

/// The sentences aligned with sentence `g`, joined: of the target (`other`) when `g` is
/// a source sentence, of the source otherwise.
fn aligned_text(
    beads: &[&crate::align::Bead],
    other: &DocSide,
    g: usize,
    g_is_source: bool,
) -> String {
    let sides = |b: &crate::align::Bead| {
        if g_is_source {
            (b.source.clone(), b.target.clone())
        } else {
            (b.target.clone(), b.source.clone())
        }
    };
    beads
        .iter()
        .map(|b| sides(b))
        .find(|(mine, _)| mine.contains(&g))
        .map(|(_, theirs)| {
            theirs
                .map(|x| other.sentence_text(x))
                .collect::<Vec<_>>()
                .join(" ")
        })
        .unwrap_or_default()
}

/// Whether the other side of the sentence pair says the figure in words that are no
/// number: «за сутки» ↔ "in the past 24 hours", "круглосуточно" ↔ "24/7", "50%" ↔
/// "half", "25%" ↔ "a quarter", «в 2 раза» ↔ "by half".
fn said_in_words(m: &NumberMention, other: &str) -> bool {
    let (value, percent) = (m.value, m.kind == NumKind::Percent);
    let other = other.to_lowercase();
    let has = |stems: &[&str]| {
        other
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| stems.iter().any(|s| w.starts_with(s)))
    };
    match (value, percent) {
        (24.0, false) => has(&[
            "сутк",
            "круглосуточн",
            "round-the-clock",
            "around-the-clock",
        ]),
        (50.0, true) => has(&["half", "полов"]),
        (2.0, false) if m.multiple => has(&["half", "halv", "полов"]),
        (25.0, true) => has(&["quarter", "четверт"]),
        _ => false,
    }
}

/// The "H:MM" time whose minutes are at `minutes` in `text`: (the time, its hour).
fn time_at(text: &str, minutes: &std::ops::Range<usize>) -> Option<(String, u32)> {
    let before = &text[..minutes.start];
    let hour_text = before.strip_suffix(':')?;
    let digits = &hour_text[hour_text
        .trim_end_matches(|c: char| c.is_ascii_digit())
        .len()..];
    if digits.is_empty() || digits.len() > 2 || minutes.len() != 2 {
        return None;
    }
    let hour: u32 = digits.parse().ok()?;
    Some((format!("{digits}:{}", &text[minutes.clone()]), hour))
}

/// Every "H:00" time of a text: (the time, its hour).
fn full_hours(text: &str) -> Vec<(String, u32)> {
    let b = text.as_bytes();
    text.match_indices(":00")
        .map(|(i, _)| i)
        .filter(|&i| !b.get(i + 3).is_some_and(u8::is_ascii_digit))
        .filter_map(|i| time_at(text, &(i + 1..i + 3)))
        .collect()
}

/// A target minute figure left unmatched, in a time whose hour a source ":00" time of the
/// aligned sentence has: (the source time, its sentence).
fn changed_minutes(
    src: &DocSide,
    tgt: &DocSide,
    beads: &[&crate::align::Bead],
    t: &Num,
) -> Option<(String, usize)> {
    let (_, hour) = time_at(tgt.sentence(t.g).0.text.as_str(), &t.m.span)?;
    if t.text == "00" {
        return None;
    }
    let bead = beads.iter().find(|b| b.target.contains(&t.g))?;
    bead.source.clone().find_map(|g| {
        full_hours(src.sentence_text(g))
            .into_iter()
            .find(|&(_, h)| h == hour || h == hour + 12)
            .map(|(time, _)| (time, g))
    })
}

/// The target sentence aligned with a source sentence (for pointing at where a figure is missing).
fn span_of_bead_target(
    tgt: &DocSide,
    beads: &[&crate::align::Bead],
    s: usize,
    tr: std::ops::Range<usize>,
) -> Span {
    let g = beads
        .iter()
        .find(|b| b.source.contains(&s) && !b.target.is_empty())
        .map(|b| b.target.start)
        .unwrap_or(tr.start);
    tgt.sentence_span(g)
}

#[cfg(test)]
mod tests {
    use crate::checks::testing::{findings, fired};

    #[test]
    fn magnitude_and_digit_swap() {
        let f = fired(
            "Бюджет города составит 340 млрд рублей.",
            "The city budget will amount to 340 million rubles.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["340 million".to_string()]);
        let f = fired(
            "Инфляция составила 18% за год.",
            "Inflation was 81% over the year.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["81%".to_string()]);
    }

    #[test]
    fn a_designation_with_another_number_is_a_change() {
        let ru = "Авария произошла на трассе Р-22, где разбился Ту-154.";
        assert_eq!(
            fired(
                ru,
                "The accident happened on the R-23 highway, where a Tu-154 crashed.",
                "number-mismatch"
            ),
            vec!["23".to_string()]
        );
        assert!(fired(
            ru,
            "A Tu-154 crashed on the R-22 highway.",
            "number-mismatch"
        )
        .is_empty());
        // Another designation of the same figure is not a change.
        assert!(fired(
            "Летали на Ил-76 и Ту-154.",
            "They flew Tu-154 and Il-76 planes.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn correct_conversions_do_not_fire() {
        for (ru, en) in [
            (
                "На митинг пришли 15 тыс. человек.",
                "15,000 people came to the rally.",
            ),
            (
                "На митинг пришли 15 тыс. человек.",
                "Some 15 thousand people came to the rally.",
            ),
            ("Ставка выросла до 7,5%.", "The rate rose to 7.5 percent."),
            (
                "Это произошло 7 декабря 2021 г.",
                "It happened on December 7, 2021.",
            ),
            (
                "В зале было 1 000 000 книг.",
                "The hall held 1,000,000 books.",
            ),
            (
                "Расходы составили 1,53 млн рублей.",
                "Spending came to 1.5 million rubles.",
            ),
            (
                "В 90-х годах всё было иначе.",
                "In the 1990s everything was different.",
            ),
            (
                "Встреча двух лидеров прошла в Москве.",
                "The meeting of the two leaders took place in Moscow.",
            ),
        ] {
            let f = findings(ru, en);
            assert!(
                !f.iter()
                    .any(|f| f.rule.name == "number-mismatch" || f.rule.name == "number-missing"),
                "{ru} / {en}: {:?}",
                f.iter().map(|f| &f.message).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn a_change_from_one_figure_to_another_shares_its_magnitude() {
        let ru = "Площадь пожаров сократилась с 46 до 12 тыс. гектаров.";
        for rule in ["number-mismatch", "number-missing"] {
            assert!(
                fired(ru, "The area shrank from 46,000 to 12,000 hectares.", rule).is_empty(),
                "{rule}"
            );
        }
        assert_eq!(
            fired(
                ru,
                "The area shrank from 64,000 to 12,000 hectares.",
                "number-mismatch"
            ),
            vec!["64,000".to_string()]
        );
    }

    #[test]
    fn a_lost_minus_on_a_temperature_is_a_change() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        let ru = "Температура опустилась до минус 32 градусов.";
        assert_eq!(
            severities(
                ru,
                "The temperature dropped to 32 degrees.",
                "number-mismatch"
            ),
            vec![Severity::Error]
        );
        for en in [
            "The temperature dropped to minus 32 degrees.",
            "The temperature dropped to -32 degrees.",
            "The temperature dropped to −32°C.",
            "The temperature dropped to 32 degrees below zero.",
            "The temperature dropped to 32 degrees of frost.",
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        // Said the Russian way round: «N градусов мороза», «-N», a plus.
        assert_eq!(
            fired(
                "Ночью ожидается 20 градусов мороза.",
                "At night it will be 20 degrees.",
                "number-mismatch"
            ),
            vec!["20".to_string()]
        );
        assert!(fired(
            "Ночью до -20 °C.",
            "At night down to minus 20°C.",
            "number-mismatch"
        )
        .is_empty());
        assert_eq!(
            fired(
                "Днём до плюс 5 градусов.",
                "In the daytime up to minus 5 degrees.",
                "number-mismatch"
            ),
            vec!["5".to_string()]
        );
        assert!(fired(
            "Днём до плюс 5 градусов.",
            "In the daytime up to 5 degrees above zero.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn dashes_of_ranges_and_frost_without_a_sign_are_no_minus() {
        for (ru, en) in [
            (
                "Температура воздуха составит 5–7 градусов.",
                "The air temperature will be 5-7 degrees.",
            ),
            (
                "Ночью минус 10–15 градусов.",
                "At night the temperature will be minus 10 to minus 15.",
            ),
            (
                "Ночью 10–15 градусов мороза.",
                "At night it will be minus 10 to 15 degrees.",
            ),
            (
                "Мороз достигнет 30 градусов.",
                "The temperature will drop to minus 30 degrees.",
            ),
            // A spaced hyphen may be a dash.
            ("Отзыв: - 16 С°, солнышко.", "Review: -16°C, sunny."),
            // Not a temperature: a minus of growth is left to the direction check.
            ("Рост ВВП составил -3%.", "GDP grew by 3%."),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                "Ночью 10–15 градусов мороза.",
                "At night it will be 10 to 15 degrees.",
                "number-mismatch"
            )
            .len(),
            2
        );
    }

    #[test]
    fn percentage_points_are_not_percent() {
        for ru in [
            "Доля выросла на 2 процентных пункта.",
            "Доля выросла на 2 п.п.",
            "Доля выросла на 2 п. п.",
        ] {
            for (en, figure) in [
                ("The share rose by 2%.", "2%"),
                ("The share rose by 2 percent.", "2 percent"),
            ] {
                assert_eq!(
                    fired(ru, en, "number-mismatch"),
                    vec![figure.to_string()],
                    "{ru} / {en}"
                );
            }
            for en in [
                "The share rose by 2 percentage points.",
                "The share rose by 2 points.",
                "The share rose by 2 pp.",
                "The share rose by 2 percent points.",
            ] {
                assert!(fired(ru, en, "number-mismatch").is_empty(), "{ru} / {en}");
            }
        }
        // The other way round.
        assert_eq!(
            fired(
                "Доля выросла на 2%.",
                "The share rose by 2 percentage points.",
                "number-mismatch"
            ),
            vec!["2".to_string()]
        );
        assert!(fired(
            "Доля выросла на 2%.",
            "The share rose by 2%.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn precision_the_source_does_not_have_is_a_change() {
        // Rounding is the translation's privilege, not an invented last digit.
        let f = fired(
            "На учениях было около 15 тыс. военных.",
            "About 15,001 troops took part in the exercise.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["15,001".to_string()]);
    }

    #[test]
    fn leading_zero_and_dimensions() {
        let f = fired(
            "Флот получит 40 кораблей.",
            "The fleet will get 04 ships.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["04".to_string()]);
        let f = fired(
            "Матрас размером 105х195 см.",
            "A mattress of 105x159 cm.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["159".to_string()]);
        let f = findings("Матрас размером 105х195 см.", "A 105 × 195 cm mattress.");
        assert!(!f
            .iter()
            .any(|f| f.rule.category == crate::rules::Category::Accuracy));
    }

    #[test]
    fn names_and_phone_numbers_are_not_paired_with_other_figures() {
        let f = findings(
            "В России зарегистрировано 5765 больных COVID-19 за сутки.",
            "In Russia, 5765 COVID cases have been registered in the past 24 hours.",
        );
        assert!(!f.iter().any(|f| f.rule.name == "number-mismatch"));
        let f = findings(
            "Телефон: +7 (495) 229-62-00, факс 229-62-01.",
            "Telephone: +7 (495) 229-6200, fax 229-6201.",
        );
        assert!(!f.iter().any(|f| f.rule.name == "number-mismatch"));
        // A changed model number is still a changed figure.
        let f = fired(
            "Корабль «Союз МС-29» стартовал.",
            "The Soyuz MS-92 ship launched.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["92".to_string()]);
    }

    #[test]
    fn a_bracketed_conversion_is_no_extra_figure() {
        for (ru, en) in [
            (
                "Пожар охватил 25 тыс. гектаров.",
                "The fire covered 25,000 hectares (62,000 acres).",
            ),
            (
                "Вакцину хранят при температуре 20 °С.",
                "The vaccine is kept at 20°C (68°F).",
            ),
            (
                "На ремонт выделят 1,5 млрд рублей.",
                "1.5 billion roubles ($16.4 million) will go to repairs.",
            ),
        ] {
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        // The converted figure itself is still compared.
        assert_eq!(
            fired(
                "На ремонт выделят 1,5 млрд рублей.",
                "2.5 billion roubles ($16.4 million) will go to repairs.",
                "number-mismatch"
            ),
            vec!["2.5 billion".to_string()]
        );
        // A bracketed figure with more in the brackets is an ordinary figure (both
        // are extra here).
        assert_eq!(
            fired(
                "Прибыль выросла на 10%.",
                "Profit rose 10% (5% in 2022).",
                "number-missing"
            ),
            vec!["5%".to_string(), "2022".to_string()]
        );
    }

    #[test]
    fn durations_convert_between_days_weeks_and_months() {
        for (ru, en) in [
            (
                "Вакцину хранят 14 суток.",
                "The vaccine is kept for two weeks.",
            ),
            (
                "Работы продлятся полтора месяца.",
                "The work will take six weeks.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                "Работы продлятся 3 месяца.",
                "The work will take 3 weeks.",
                "number-mismatch"
            ),
            vec!["3".to_string()]
        );
    }

    #[test]
    fn roman_centuries_are_figures() {
        assert_eq!(
            fired(
                "Усадьба построена в XIX веке.",
                "The manor was built in the 18th century.",
                "number-mismatch"
            ),
            vec!["18th".to_string()]
        );
        for (ru, en) in [
            (
                "Усадьба построена в XIX веке.",
                "The manor was built in the 19th century.",
            ),
            (
                "Усадьба построена в XIX веке.",
                "The manor was built in the nineteenth century.",
            ),
            (
                "Такие дома строили в XX–XXI веках.",
                "Such houses were built in the 20th and 21st centuries.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
    }

    #[test]
    fn round_number_words_alone_match_figures() {
        for (ru, en) in [
            ("Пришло около сотни человек.", "About 100 people came."),
            (
                "Смертность составила 3,4 случая на тысячу родившихся.",
                "Mortality was 3.4 cases per 1,000 live births.",
            ),
            ("Сгорело около десятка машин.", "About 10 cars burned."),
            ("Сгорело около десятка машин.", "About a dozen cars burned."),
            ("Пришли две сотни человек.", "200 people came."),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        // Another figure is still one from nowhere; a round word is never a change.
        assert_eq!(
            fired(
                "Пришло около сотни человек.",
                "About 300 people came.",
                "number-missing"
            ),
            vec!["300".to_string()]
        );
        assert!(fired(
            "Пришло около сотни человек.",
            "About 300 people came.",
            "number-mismatch"
        )
        .is_empty());
        // A round word after a figure scales it, as vaguely: «три десятка лет» is "three
        // decades", «шести десятках» may be "six dozen".
        for (ru, en) in [
            (
                "Границу открыли впервые за три десятка лет.",
                "The border was opened for the first time in three decades.",
            ),
            (
                "Штамм нашли в шести десятках государств.",
                "The strain was found in six dozen states.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn multiples_match_their_words() {
        for (ru, en) in [
            ("Цены выросли в 2 раза.", "Prices doubled."),
            ("Цены выросли в 2 раза.", "Prices rose twofold."),
            ("Цены выросли в 2 раза.", "Prices rose two times."),
            ("Цены выросли вдвое.", "Prices doubled."),
            ("Цены выросли в два раза.", "Prices have doubled."),
            ("Цены вырастут втрое.", "Prices will triple."),
            ("Цены выросли в 1,5 раза.", "Prices rose 1.5 times."),
            ("Цены выросли в 3 раза.", "Prices rose threefold."),
            ("Выпуск сократился в 2 раза.", "Output was cut by half."),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        for (ru, en, figure) in [
            ("Зарплаты выросли втрое.", "Wages doubled.", "doubled"),
            ("Цены выросли в 2 раза.", "Prices tripled.", "tripled"),
            ("Цены выросли в 1,5 раза.", "Prices rose 2.5 times.", "2.5"),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![figure.to_string()],
                "{en}"
            );
        }
    }

    #[test]
    fn durations_convert_between_seconds_minutes_hours_and_years() {
        for (ru, en) in [
            (
                "Совещание длилось полчаса.",
                "The meeting lasted 30 minutes.",
            ),
            (
                "Совещание длилось полчаса.",
                "The meeting lasted half an hour.",
            ),
            (
                "Совещание длилось полтора часа.",
                "The meeting lasted 90 minutes.",
            ),
            (
                "Совещание длилось полтора часа.",
                "The meeting lasted an hour and a half.",
            ),
            ("Поездка займёт 40 минут.", "The trip will take 40 minutes."),
            ("Ремонт займёт 2 года.", "The repairs will take 24 months."),
            (
                "Ремонт займёт полгода.",
                "The repairs will take six months.",
            ),
            ("Сигнал идёт 3 секунды.", "The signal takes 3 seconds."),
            // A calendar year is no duration.
            ("Это было в 2021 году.", "It happened in 2021."),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        for (ru, en, figure) in [
            (
                "Поездка займёт 40 минут.",
                "The trip will take 40 hours.",
                "40",
            ),
            (
                "Совещание длилось 2 часа.",
                "The meeting lasted 2 minutes.",
                "2",
            ),
            (
                "Ремонт займёт 2 года.",
                "The repairs will take 2 months.",
                "2",
            ),
            (
                "Совещание длилось полтора часа.",
                "The meeting lasted 60 minutes.",
                "60",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![figure.to_string()],
                "{en}"
            );
        }
    }

    #[test]
    fn shares_said_in_words_match_their_figures() {
        for (ru, en) in [
            ("Треть жителей против.", "33% of residents are against."),
            (
                "Две трети жителей против.",
                "Two-thirds of residents are against.",
            ),
            (
                "Полтора миллиарда рублей выделят на ремонт.",
                "One and a half billion roubles will go to repairs.",
            ),
            (
                "Судья показал шесть жёлтых карточек.",
                "The referee showed half a dozen yellow cards.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                "Полтора миллиарда рублей выделят на ремонт.",
                "One and a half million roubles will go to repairs.",
                "number-mismatch"
            ),
            vec!["One and a half million".to_string()]
        );
        assert_eq!(
            fired(
                "Две трети жителей против.",
                "A third of residents are against.",
                "number-mismatch"
            ),
            vec!["A third".to_string()]
        );
    }

    #[test]
    fn spelled_figures_pair_with_spelled_figures() {
        let f = fired(
            "Первыми резидентами станут две компании.",
            "The first residents will be three companies.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["three".to_string()]);
        // A figure written out on one side and in digits on the other is compared by
        // value only.
        let f = findings(
            "Первыми резидентами станут две компании.",
            "The first residents will be 2 companies.",
        );
        assert!(!f.iter().any(|f| f.rule.name == "number-mismatch"));
    }

    #[test]
    fn figures_said_in_words() {
        let ru = "В России зарегистрировано 5765 новых случаев за сутки.";
        let en = "Russia registered 5,765 new cases in the past 24 hours.";
        assert!(fired(ru, en, "number-missing").is_empty());
        let ru = "Для студентов предусмотрена скидка 50%.";
        assert!(fired(ru, "Students pay half price.", "number-missing").is_empty());
        // Another figure is still one from nowhere.
        let en = "Russia registered 5,765 new cases in the past 48 hours.";
        let ru = "В России зарегистрировано 5765 новых случаев за сутки.";
        assert_eq!(fired(ru, en, "number-missing"), vec!["48".to_string()]);
        let ru = "Для студентов предусмотрена скидка 50%.";
        assert_eq!(
            fired(ru, "Students get a discount.", "number-missing").len(),
            1
        );
    }

    #[test]
    fn rounding_is_small() {
        let ru = "Население города составляет 1,53 млн человек.";
        assert!(fired(ru, "The city has 1.5 million people.", "number-mismatch").is_empty());
        let ru = "Капитализация выросла до полутора миллионов рублей.";
        assert_eq!(
            fired(
                ru,
                "Capitalization grew to two million rubles.",
                "number-mismatch"
            ),
            vec!["two million".to_string()]
        );
    }

    #[test]
    fn a_changed_minute_is_a_changed_time() {
        let ru = "Перемирие начнется в 00:00 27 июля, а пункт выдачи работает с 10:00.";
        let f = fired(
            ru,
            "The ceasefire will begin at 00:01 on July 27, and the pickup point opens at 10:00.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["01".to_string()]);
        let f = fired(
            "Встреча назначена на 19:00.",
            "The meeting is scheduled for 7:05 p.m.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["05".to_string()]);
        // The same time, with or without its minutes, is no change.
        for en in [
            "The meeting is scheduled for 19:00.",
            "The meeting is scheduled for 7 p.m.",
            "The meeting is scheduled for 7:00 p.m.",
        ] {
            for rule in ["number-mismatch", "number-missing"] {
                assert!(
                    fired("Встреча назначена на 19:00.", en, rule).is_empty(),
                    "{en}"
                );
            }
        }
    }

    #[test]
    fn a_time_in_twelve_hour_format_keeps_its_figures() {
        let f = findings(
            "Заседание началось в 15:00 мск.",
            "The meeting began at 3 p.m. Moscow time.",
        );
        assert!(
            !f.iter().any(|f| f.rule.name.starts_with("number")),
            "{:?}",
            f.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
    }

    #[test]
    fn unit_conversions_are_the_same_figure() {
        let ru = "Дорога длиной 1,5 км выдерживает груз массой 2 т.";
        let ok = "The 1,500-meter road can bear a load of 2,000 kilograms.";
        assert!(fired(ru, ok, "number-mismatch").is_empty());
        let changed = "The 2.5 km road can bear a load of 2 tonnes.";
        assert_eq!(
            fired(ru, changed, "number-mismatch"),
            vec!["2.5".to_string()]
        );
    }

    #[test]
    fn phone_numbers_grouped_differently() {
        let f = findings(
            "Телефон: +7 (495) 229 62 00, факс: +7 (495) 229 62 01.",
            "Telephone: +7 (495) 229-6200, fax: +7 (495) 229-6201.",
        );
        assert!(
            !f.iter().any(|f| f.rule.name.starts_with("number")),
            "{:?}",
            f.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
        // Not every figure after a bracket: "(2021) 15 tonnes" is a figure.
        assert_eq!(
            fired(
                "Урожай (по данным 2021 г.) составил 15 т.",
                "The harvest (according to 2021 data) was 16 tonnes.",
                "number-mismatch"
            ),
            vec!["16".to_string()]
        );
    }

    #[test]
    fn unit_changed() {
        let ru = "Пробка растянулась на 5 км.";
        assert_eq!(
            fired(
                ru,
                "The traffic jam stretched for 5 miles.",
                "number-mismatch"
            ),
            vec!["5".to_string()]
        );
        for en in [
            "The traffic jam stretched for 5 km.",
            "The traffic jam stretched for 5 kilometers.",
            // Converted and rounded for an American reader.
            "The traffic jam stretched for 3.1 miles.",
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn currency_changed() {
        let f = fired(
            "Бюджет проекта составит 5 млн рублей.",
            "The project budget will be $5 million.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["5 million".to_string()]);
        for en in [
            "The project budget will be 5 million rubles.",
            "The project budget will be RUB 5 million.",
            "The project budget will be 5 million.",
        ] {
            assert!(
                fired(
                    "Бюджет проекта составит 5 млн рублей.",
                    en,
                    "number-mismatch"
                )
                .is_empty(),
                "{en}"
            );
        }
        // "евро" is a currency, "европейских" is not.
        assert!(fired(
            "В проекте участвуют 5 европейских стран.",
            "Five European countries take part in the project, with $5 million.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn month_changed() {
        let f = fired(
            "Выборы пройдут 12 марта.",
            "The election will be held on April 12.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["April".to_string()]);
    }

    #[test]
    fn missing_figure_is_a_warning() {
        let f = findings(
            "В соревнованиях приняли участие 48 команд.",
            "Teams from all over the country took part in the competition.",
        );
        let m: Vec<_> = f
            .iter()
            .filter(|f| f.rule.name == "number-missing")
            .collect();
        assert_eq!(m.len(), 1);
        assert_eq!(m[0].severity, crate::rules::Severity::Warning);
    }
}
