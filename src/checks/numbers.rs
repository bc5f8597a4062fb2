//! Numbers: figures, percentages, dates and magnitudes compared between aligned
//! sentences, with the paragraph as a fallback (a figure may move to the next sentence
//! when MT splits or merges sentences).

use crate::finding::{Finding, Span};
use crate::lang::Language;
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
    /// «на 84-м году жизни»: the 84th year of life is the age of 83.
    life_year: bool,
    /// A bound written before the figure ("more than", «не более»), with where its
    /// words start: see [`bound_before`].
    bound: Option<(Bound, usize)>,
    /// A time of day: see [`clock_at`].
    clock: Option<Clock>,
    /// A level reached, not a change: "fell to a third", "to a third of its previous
    /// level", «до трети»: see [`level_share`].
    level: bool,
    /// A hedge before the figure ("about", "nearly", «около»): a rounder figure may
    /// stand for a precise one.
    hedge: bool,
    /// A bound of an age in whole years: see [`age_bound`].
    age: Option<AgeBound>,
    /// Degrees Fahrenheit ("72F", "72°F", "72 degrees Fahrenheit").
    fahrenheit: bool,
    /// A day the night before which is meant: «в ночь на 5 июня», "overnight into June
    /// 5" (`Some(true)`); the night after it, "the night of June 4" (`Some(false)`).
    night: Option<bool>,
    /// A bound of a time or a date («не позднее 22:00», "no earlier than July 1", "in
    /// November at the latest"), with where its words are: see [`time_bound`].
    time_bound: Option<(Bound, std::ops::Range<usize>)>,
    /// The unit a price or a rate is given per («$65 за баррель», "$65 a barrel"), with
    /// where its words end: see [`per_unit`].
    per: Option<((&'static str, f64), usize)>,
}

/// Which way a figure is a bound: «более 38 млн» is at least, "fewer than" at most.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Bound {
    AtLeast,
    AtMost,
}

/// A time of day written with figures: "08:17", "8.17am", "8.17 a.m.", "0517 GMT",
/// "3 p.m.".
#[derive(Clone, Debug, PartialEq)]
struct Clock {
    /// Minutes after midnight.
    minutes: i32,
    /// A 12-hour time without a.m. or p.m. ("at 8.17"): the other half of the day fits.
    either_half: bool,
    /// Hours ahead of GMT of a zone written after it: Moscow 3, GMT and UTC 0.
    zone: Option<i32>,
    /// Local time («по местному времени», "local time"): a zone the text does not name.
    local: bool,
    /// The whole time as written.
    span: std::ops::Range<usize>,
}

/// Points written after a figure.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Points {
    No,
    /// «процентных пункта», «п.п.», "percentage points", "pp".
    Percentage,
    /// «пункта», "points": percentage points or points of an index or a score.
    Bare,
    /// «базисных пунктов», "basis points", "bp": hundredths of a percentage point.
    Basis,
    /// «баллов»: points of a score or a grade, which no percentage can say («вырос на
    /// 1,2 балла» is not "by 1.2 percent").
    Score,
}

/// Percentage points after a figure («2 процентных пункта», «3 п.п.», "2 percentage
/// points", "2 pp", "2 percent points"), bare points ("2 points") or basis points («200
/// базисных пунктов», "200 bp").
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
        (a, b) if (a.starts_with("базисн") || a == "basis") && point(b) => Points::Basis,
        ("bp" | "bps" | "bpts" | "бп", _) | ("б" | "b", "п" | "p") => Points::Basis,
        (a, _) if point(a) || a == "pts" => Points::Bare,
        (a, _) if a.starts_with("балл") => Points::Score,
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

/// A figure with the sign written before it: «минус 45», "minus 45", "−45", "+5".
fn signed_span(text: &str, span: &std::ops::Range<usize>) -> std::ops::Range<usize> {
    let before = &text[..span.start];
    if before.ends_with(['-', '−', '–', '+']) {
        let c = before.chars().next_back().map_or(0, char::len_utf8);
        return span.start - c..span.end;
    }
    let word = crate::segment::numbers::word_before(before);
    let spaced = before.trim_end();
    if spaced.len() + 1 == before.len()
        && matches!(
            word.to_lowercase().as_str(),
            "минус" | "minus" | "плюс" | "plus"
        )
        && spaced.ends_with(word.as_str())
    {
        return spaced.len() - word.len()..span.end;
    }
    span.clone()
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

/// "22 below", "22 degrees below" ending its clause or followed by a place or time
/// ("22 below in Moscow"), not "5 degrees below the average".
fn bare_below(text: &str, span: &std::ops::Range<usize>) -> bool {
    let lower = text[span.end..].to_lowercase();
    let Some(at) = lower.find("below") else {
        return false;
    };
    // Only degree signs and words between the figure and "below".
    let between = &lower[..at];
    let degrees_only = between
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| w.starts_with("degree") || matches!(w, "c" | "f" | "celsius" | "fahrenheit"));
    let rest = lower[at + "below".len()..].trim_start();
    let next: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    let ends = next.is_empty() && !rest.starts_with(|c: char| c.is_alphanumeric());
    degrees_only
        && (ends
            || matches!(
                next.as_str(),
                "in" | "on"
                    | "at"
                    | "overnight"
                    | "and"
                    | "today"
                    | "tonight"
                    | "by"
                    | "with"
                    | "during"
                    | "this"
                    | "last"
                    | "celsius"
                    | "fahrenheit"
            ))
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
    "mercury",
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
            // The ordinal "second" («второй день» → "a second day") is no unit.
            .filter(|w| w != "second")
            .find_map(|w| {
                let rest = ["полу", "пол"].iter().find_map(|p| w.strip_prefix(p));
                unit_word(rest.unwrap_or(&w))
            })
    };
    if let Some((factor, _)) = speed_after(text, span) {
        return Some(("speed", factor));
    }
    // Gas in cubic metres said with its magnitude: "1.2 bcm".
    let written = text[span.clone()].to_lowercase();
    if ["mcm", "bcm", "tcm"].iter().any(|u| written.ends_with(u)) {
        return Some(("volume", 1.0));
    }
    let word = crate::segment::numbers::word_after(&text[span.end..]).to_lowercase();
    // A unit glued to the digits, read like a spaced one: "150cm", "20km" (not a
    // magnitude, "$5m", nor a capital, "5G").
    let glued = || {
        let written = &text[span.clone()];
        let letters = &written[written.trim_end_matches(char::is_alphabetic).len()..];
        let lower = !letters.is_empty() && letters.chars().all(char::is_lowercase);
        // Power, energy, frequencies and data keep their capitals glued too: "4.8GW",
        // "300MWh", "4.8GHz", "100Mbps" (not "5G").
        let power = unit_word(&letters.to_lowercase()).filter(|(q, _)| {
            matches!(*q, "power" | "energy" | "frequency" | "bits" | "bytes") && letters.len() > 1
        });
        if !m.spelled && m.magnitude.is_none() && power.is_some() {
            return power;
        }
        (!m.spelled && m.magnitude.is_none() && lower)
            .then(|| unit_word(letters))
            .flatten()
    };
    // «кВт·ч», "kilowatt-hours": the power unit with an hour glued after it is energy.
    let worded = || {
        let after = text[span.end..].trim_start_matches(|c: char| c.is_whitespace() || c == '-');
        let rest = after.get(word.len()..).unwrap_or("");
        // "pounds" weigh unless they are money: "£5", "5 million pounds", "pounds
        // sterling".
        if matches!(word.as_str(), "pound" | "pounds") {
            let money = text[..span.start].trim_end().ends_with('£')
                || m.magnitude.is_some()
                || crate::segment::numbers::word_after(rest).eq_ignore_ascii_case("sterling");
            return (!money).then_some(("mass", 0.453_592));
        }
        let unit = unit_word(&word)?;
        Some(if unit.0 == "power" && hour_after_power(rest) {
            ("energy", unit.1)
        } else {
            unit
        })
    };
    let unit = m
        .spelled
        .then(inside)
        .flatten()
        .or_else(|| area_after(&text[span.end..]))
        .or_else(worded)
        .or_else(glued)?;
    // A century is a length of time only as a count («четверть века»), not «XIX века».
    if unit.1 == DAYS_IN_CENTURY && m.kind == NumKind::Ordinal {
        return None;
    }
    // «в 2023 году», "the 2023 year": a date, not a duration.
    let calendar_year = !m.spelled
        && m.magnitude.is_none()
        && m.value.fract() == 0.0
        && (1000.0..=2100.0).contains(&m.value);
    (!(unit.1 == DAYS_IN_YEAR && calendar_year)).then_some(unit)
}

/// An hour glued after a unit of power, which makes it energy: «кВт·ч», «МВт*ч»,
/// "kW-h", "kilowatt-hours", «киловатт-часов» (a bare "h" or «ч» only with the mark).
fn hour_after_power(rest: &str) -> bool {
    let mark = rest.starts_with(['·', '⋅', '∙', '*', '-', '/']);
    let word: String = rest
        .trim_start_matches(['·', '⋅', '∙', '*', '-', '/', ' '])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    let full = word.starts_with("час") || word.starts_with("hour");
    (mark && matches!(word.as_str(), "ч" | "h")) || ((mark || rest.starts_with(' ')) && full)
}

/// An area written after a figure, in square metres: "square kilometres", "sq km",
/// "km²", «кв. км», «квадратных метров»; hectares and acres are in [`unit_word`].
fn area_after(after: &str) -> Option<(&'static str, f64)> {
    let mut words = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let first = words.next()?;
    // Only the first word right after the figure.
    if crate::segment::numbers::word_after(after).to_lowercase() != first {
        return None;
    }
    let square = matches!(first.as_str(), "square" | "sq" | "кв") || first.starts_with("квадратн");
    let length = |w: &str| unit_word(w).filter(|(q, _)| *q == "length").map(|(_, f)| f);
    if square {
        let f = length(&words.next()?)?;
        return Some(("area", f * f));
    }
    // "km²", "km2": the length squared.
    let f = length(&first)?;
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    rest.get(first.len()..)
        .is_some_and(|r| r.starts_with(['²', '2']))
        .then_some(("area", f * f))
}

/// Speed in km/h ("км/ч", "km/h", "kph", «километров в час», "kilometres per hour"),
/// mph ("mph", "miles an hour") or m/s ("м/с", "metres per second"), written after a
/// figure or glued to it ("100mph"): the factor to km/h and the length of the unit text.
fn speed_after(text: &str, span: &std::ops::Range<usize>) -> Option<(f64, usize)> {
    let written = &text[span.clone()];
    let glued = written.len() - written.trim_end_matches(char::is_alphabetic).len();
    let start = span.end - glued;
    let after = &text[start..];
    let lead = after.len() - after.trim_start().len();
    let rest = after[lead..].to_lowercase();
    // Words with their slashes ("км/ч", also spaced: "km / h"), each with where it ends in
    // `rest`.
    let mut words: Vec<(String, usize)> = Vec::new();
    let mut pos = 0;
    for w in rest.split(|c: char| !(c.is_alphabetic() || c == '/')) {
        let end = pos + w.len();
        pos = end + 1;
        if w.is_empty() {
            continue;
        }
        match words.last_mut() {
            Some(last) if last.0.ends_with('/') || w.starts_with('/') => {
                last.0.push_str(w);
                last.1 = end;
            }
            _ => words.push((w.to_string(), end)),
        }
        if words.len() == 4 {
            break;
        }
    }
    let w = |i: usize| words.get(i).map_or("", |x| x.0.as_str());
    let end = |i: usize| glued + lead + words.get(i).map_or(0, |x| x.1);
    let per =
        |unit: &[&str]| matches!((w(1), w(2)), ("в" | "per" | "an" | "a", u) if unit.contains(&u));
    let hour = ["час", "hour"];
    let second = ["секунду", "second"];
    let km =
        |x: &str| matches!(x, "км" | "km") || x.starts_with("километр") || x.starts_with("kilomet");
    let metre = |x: &str| {
        matches!(x, "м" | "m")
            || x.starts_with("метр")
            || x.starts_with("meter")
            || x.starts_with("metre")
    };
    Some(match w(0) {
        "км/ч" | "км/час" | "km/h" | "km/hr" | "km/hour" | "kph" | "kmh" | "kmph" => {
            (1.0, end(0))
        }
        "mph" | "mi/h" => (1.609_344, end(0)),
        "м/с" | "м/сек" | "m/s" => (3.6, end(0)),
        x if km(x) && per(&hour) => (1.0, end(2)),
        "mile" | "miles" if per(&hour) => (1.609_344, end(2)),
        x if metre(x) && per(&second) => (3.6, end(2)),
        _ => return None,
    })
}

/// A unit of measure, as (quantity, factor to the base unit): "км" is (length, 1000).
fn unit_word(w: &str) -> Option<(&'static str, f64)> {
    let stem = |s: &str| w.starts_with(s);
    Some(match w {
        "км" | "km" => ("length", 1000.0),
        "м" | "m" => ("length", 1.0),
        "см" | "cm" => ("length", 0.01),
        "мм" | "mm" => ("length", 0.001),
        "мкм" | "μm" | "µm" => ("length", 1e-6),
        "мг" | "mg" => ("mass", 1e-6),
        "кг" | "kg" => ("mass", 1.0),
        "г" | "g" => ("mass", 0.001),
        "т" => ("mass", 1000.0),
        // Power in watts and energy in watt-hours: «4800 МВт» is "4.8 GW", «5 млрд
        // кВт·ч» "5 TWh" (the hour glued after «кВт» is read in `unit_after`).
        "квт" | "kw" => ("power", 1e3),
        "мвт" | "mw" => ("power", 1e6),
        "гвт" | "gw" => ("power", 1e9),
        "квтч" | "kwh" => ("energy", 1e3),
        "мвтч" | "mwh" => ("energy", 1e6),
        "гвтч" | "gwh" => ("energy", 1e9),
        "твтч" | "twh" => ("energy", 1e12),
        _ if stem("киловатт") || stem("kilowatt") => ("power", 1e3),
        _ if stem("мегаватт") || stem("megawatt") => ("power", 1e6),
        _ if stem("гигаватт") || stem("gigawatt") => ("power", 1e9),
        _ if stem("тераватт") || stem("terawatt") => ("power", 1e12),
        _ if stem("ватт") || stem("watt") => ("power", 1.0),
        "вт" => ("power", 1.0),
        // Frequencies, data and data rates with their SI prefix, so that a prefix changed
        // («4,8 ГГц» → "4.8 MHz", «1,2 Гбит/с» → "1.2 Mbit/s") is a changed unit. Only
        // unambiguous abbreviations: «Гб» and "Gb" may be bits or bytes.
        "гц" | "hz" => ("frequency", 1.0),
        "кгц" | "khz" => ("frequency", 1e3),
        "мгц" | "mhz" => ("frequency", 1e6),
        "ггц" | "ghz" => ("frequency", 1e9),
        "тгц" | "thz" => ("frequency", 1e12),
        _ if stem("килогерц") || stem("kilohertz") => ("frequency", 1e3),
        _ if stem("мегагерц") || stem("megahertz") => ("frequency", 1e6),
        _ if stem("гигагерц") || stem("gigahertz") => ("frequency", 1e9),
        _ if stem("герц") || stem("hertz") => ("frequency", 1.0),
        "кбит" | "kbit" | "kbps" => ("bits", 1e3),
        "мбит" | "mbit" | "mbps" => ("bits", 1e6),
        "гбит" | "gbit" | "gbps" => ("bits", 1e9),
        "тбит" | "tbit" | "tbps" => ("bits", 1e12),
        _ if stem("килобит") || stem("kilobit") => ("bits", 1e3),
        _ if stem("мегабит") || stem("megabit") => ("bits", 1e6),
        _ if stem("гигабит") || stem("gigabit") => ("bits", 1e9),
        _ if stem("терабит") || stem("terabit") => ("bits", 1e12),
        "кбайт" => ("bytes", 1e3),
        "мбайт" => ("bytes", 1e6),
        "гбайт" => ("bytes", 1e9),
        "тбайт" => ("bytes", 1e12),
        _ if stem("килобайт") || stem("kilobyte") => ("bytes", 1e3),
        _ if stem("мегабайт") || stem("megabyte") => ("bytes", 1e6),
        _ if stem("гигабайт") || stem("gigabyte") => ("bytes", 1e9),
        _ if stem("терабайт") || stem("terabyte") => ("bytes", 1e12),
        "mi" | "mile" | "miles" | "миля" | "мили" | "миль" => ("length", 1609.344),
        "yd" | "yds" | "yard" | "yards" | "ярд" | "ярда" | "ярдов" => {
            ("length", 0.9144)
        }
        "ft" | "foot" | "feet" | "фут" | "фута" | "футов" => ("length", 0.3048),
        // Not "in" ("won 5 in a row"); "pounds" only when they weigh (`unit_after`).
        "inch" | "inches" | "дюйм" | "дюйма" | "дюймов" => ("length", 0.0254),
        "lb" | "lbs" => ("mass", 0.453_592),
        // A centner is 100 kg: «12 ц/га» is "1.2 tonnes per hectare".
        "ц" => ("mass", 100.0),
        _ if stem("центнер") || stem("centner") => ("mass", 100.0),
        // Areas in square metres: «12 тыс. гектаров» is "120 square kilometres".
        "га" | "ha" => ("area", 1e4),
        _ if stem("гектар") || stem("hectare") => ("area", 1e4),
        "acre" | "acres" => ("area", ACRE),
        // Durations in days: «14 суток» is "two weeks", «полтора месяца» "six weeks",
        // «полчаса» "30 minutes". Not "с" (a preposition) nor "h".
        "сек" | "sec" | "secs" => ("time", 1.0 / 86_400.0),
        // Milli- and microseconds: «8 мс» is not "8 seconds".
        "мс" | "ms" | "msec" => ("time", 1e-3 / 86_400.0),
        _ if stem("миллисекунд") || stem("millisecond") => ("time", 1e-3 / 86_400.0),
        "мкс" | "μs" | "µs" => ("time", 1e-6 / 86_400.0),
        _ if stem("микросекунд") || stem("microsecond") => ("time", 1e-6 / 86_400.0),
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
        // «30 лет» is "three decades", «четверть века» "25 years".
        "decade" | "decades" => ("time", 10.0 * DAYS_IN_YEAR),
        _ if stem("десятилети") => ("time", 10.0 * DAYS_IN_YEAR),
        "век" | "века" | "веков" | "century" | "centuries" => ("time", DAYS_IN_CENTURY),
        _ if stem("месяц") || stem("month") => ("time", DAYS_IN_MONTH),
        _ if stem("километр") || stem("kilomet") => ("length", 1000.0),
        _ if stem("микрометр") || stem("micromet") || stem("микрон") || stem("micron") => {
            ("length", 1e-6)
        }
        _ if stem("сантиметр") || stem("centimet") => ("length", 0.01),
        _ if stem("миллиметр") || stem("millimet") => ("length", 0.001),
        _ if stem("метр") || stem("meter") || stem("metre") => ("length", 1.0),
        _ if stem("килограмм") || stem("kilogram") => ("mass", 1.0),
        _ if stem("миллиграмм") || stem("milligram") => ("mass", 1e-6),
        _ if stem("тонн") || stem("tonne") || stem("ton") => ("mass", 1000.0),
        _ if stem("грамм") || stem("gram") => ("mass", 0.001),
        // Volumes in cubic metres: «кубометров», «куб. м», "cubic metres", "barrels".
        _ if stem("кубометр") || stem("кубическ") => ("volume", 1.0),
        "куб" | "cubic" => ("volume", 1.0),
        _ if stem("баррел") || stem("barrel") => ("volume", 0.158_987),
        "bbl" => ("volume", 0.158_987),
        _ if stem("литр") || stem("liter") || stem("litre") => ("volume", 0.001),
        _ if stem("миллилитр") || stem("millilit") => ("volume", 1e-6),
        "мл" | "ml" => ("volume", 1e-6),
        _ if stem("gallon") || stem("галлон") => ("volume", 0.003_785),
        _ => return None,
    })
}

/// The unit written after a figure as it stands: "км/ч", "miles per hour", "км".
fn unit_label(text: &str, span: &std::ops::Range<usize>) -> String {
    match speed_after(text, span) {
        Some((_, len)) => {
            let written = &text[span.clone()];
            let glued = written.len() - written.trim_end_matches(char::is_alphabetic).len();
            // (Offsets of the lower-cased text: `get` in case lower-casing moved them.)
            text.get(span.end..span.end - glued + len)
                .unwrap_or("")
                .trim()
                .to_string()
        }
        None if area_label(&text[span.end..]).is_some() => {
            area_label(&text[span.end..]).unwrap_or_default()
        }
        None => {
            let word = crate::segment::numbers::word_after(&text[span.end..]);
            // "cubic metres", "cubic feet": the measure is the second word.
            let at = text[span.end..].find(&word).map_or(0, |i| i + word.len());
            let rest = &text[span.end + at..];
            if word.to_lowercase() == "cubic" {
                let next = crate::segment::numbers::word_after(rest);
                format!("{word} {next}")
            } else if unit_word(&word.to_lowercase()).is_some_and(|(q, _)| q == "power")
                && hour_after_power(rest)
            {
                // «МВт·ч», "kilowatt-hours": the hour with its mark.
                let hour = rest
                    .char_indices()
                    .skip_while(|(_, c)| !c.is_alphabetic())
                    .find(|(_, c)| !c.is_alphabetic())
                    .map_or(rest.len(), |(i, _)| i);
                format!("{word}{}", &rest[..hour])
            } else {
                word
            }
        }
    }
}

/// An area unit as written after a figure ("кв. м", "square-foot", "km²"), if there is
/// one: its two words, or one with the square sign.
fn area_label(after: &str) -> Option<String> {
    area_after(after)?;
    let rest = after.trim_start_matches(|c: char| c.is_whitespace() || c == '-');
    let first = crate::segment::numbers::word_after(rest);
    let lower = first.to_lowercase();
    let tail = &rest[first.len()..];
    let end = if matches!(lower.as_str(), "square" | "sq" | "кв") || lower.starts_with("квадратн")
    {
        let gap = tail.len() - tail.trim_start_matches(|c: char| !c.is_alphabetic()).len();
        first.len() + gap + crate::segment::numbers::word_after(&tail[gap..]).len()
    } else {
        first.len() + tail.chars().next().map_or(0, char::len_utf8)
    };
    rest.get(..end).map(str::to_string)
}

/// A figure with the unit written after it ("40 минут"); one said in words with its
/// unit inside stays as it is ("полчаса").
fn with_unit(text: &str, n: &Num) -> String {
    if n.unit.is_some_and(|(q, _)| q == "area") {
        if let Some(label) = area_label(&text[n.m.span.end..]) {
            return format!("{} {label}", n.text);
        }
    }
    let after = unit_label(text, &n.m.span);
    let speed = n.unit.is_some_and(|(q, _)| q == "speed");
    let first = after.split(' ').next().unwrap_or("").to_lowercase();
    if !after.is_empty() && (speed || (n.unit.is_some() && unit_word(&first) == n.unit)) {
        // Quoted as written: "four-minute intervals" keeps its hyphen.
        let sep = if text[n.m.span.end..].starts_with('-') {
            "-"
        } else {
            " "
        };
        format!("{}{sep}{after}", n.text)
    } else {
        n.text.to_string()
    }
}

/// Miles, yards, feet, inches, pounds, mph, gallons, acres: converting into them rounds.
/// Their squares too: "581 square feet" for «54 кв. м».
fn is_imperial(factor: f64) -> bool {
    [
        1609.344, 0.9144, 0.3048, 0.0254, 0.453_592, 1.609_344, 0.003_785, ACRE,
    ]
    .iter()
    .any(|&f| {
        (f - factor).abs() <= 1e-9 * f || (f != ACRE && (f * f - factor).abs() <= 1e-9 * f * f)
    })
}

/// An acre in square metres.
const ACRE: f64 = 4046.856;

/// Days in a century.
const DAYS_IN_CENTURY: f64 = 100.0 * DAYS_IN_YEAR;

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

/// A sum in another currency right after a figure, joined by "or", "about",
/// "roughly" and the like: a conversion the translator added ("20,000 rubles, or
/// roughly $250"), like one in brackets.
fn appended_conversion(
    text: &str,
    prev: &std::ops::Range<usize>,
    span: &std::ops::Range<usize>,
) -> bool {
    let (Some(a), Some(b)) = (currency(text, prev), currency(text, span)) else {
        return false;
    };
    let gap = text[prev.end..span.start].to_lowercase();
    let joined = gap.split(|c: char| !c.is_alphabetic()).any(|w| {
        matches!(
            w,
            "or" | "about"
                | "roughly"
                | "around"
                | "approximately"
                | "some"
                | "nearly"
                | "equivalent"
                | "или"
                | "около"
                | "примерно"
        )
    });
    a != b
        && joined
        && gap.chars().count() <= 2 * CONVERSION_WORDS
        && !gap.contains(['.', ';', '!', '?'])
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
        let mut kept: Vec<&NumberMention> = Vec::new();
        // The end of the last time of day: its minutes are part of it.
        let mut clock_end = 0;
        let mut prev: Option<&NumberMention> = None;
        for m in &sent.numbers {
            if m.span.start < clock_end {
                continue;
            }
            let converted = prev.is_some_and(|p| appended_conversion(text, &p.span, &m.span));
            prev = Some(m);
            let clock = clock_at(text, m, sent.span.end);
            if let Some(c) = &clock {
                clock_end = c.span.end;
            }
            kept.push(m);
            let (after, degrees) = after_degrees(text, &m.span);
            let mut sign = (sign_before(text, &m.span), sign_after(&after));
            // "the mercury dropped to 22 below": below zero, said about temperature.
            if sign.1 == Sign::Unsigned
                && (temperature || frost || degrees)
                && bare_below(text, &m.span)
            {
                sign.1 = Sign::Minus;
            }
            signs.push(sign);
            v.push(Num {
                m,
                g,
                text: &text[m.span.clone()],
                in_name: code_like(text, &m.span)
                    // A percentage in brackets («17,9 тыс. (+41%)») is a change or a
                    // share, never another unit's conversion of the figure before.
                    || (m.kind != NumKind::Percent && bracketed_conversion(text, &m.span))
                    || converted
                    || m.loose,
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
                life_year: m.kind == NumKind::Ordinal && life_year_after(&text[m.span.end..]),
                bound: bound_before(text, m),
                level: level_share(text, m),
                hedge: hedged(text, m.span.start),
                age: age_bound(text, m),
                fahrenheit: fahrenheit(text, m),
                night: night_of_day(text, m),
                time_bound: time_bound(text, m, clock.as_ref().map(|c| c.span.end), sent.span.end),
                per: per_unit(text, &m.span),
                clock,
            });
        }
        // A range states its sign once: «минус 10–15» (the second end may be below zero
        // too), «10–15 градусов мороза» (so is the first).
        let first = v.len() - signs.len();
        for k in 1..signs.len() {
            let (a, b) = (kept[k - 1], kept[k]);
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

/// A share that is the level reached, not the change: "fell to a third", "to a third
/// of its previous level", «сократился до трети», "to 33% of". ("by a third" is the
/// change.)
fn level_share(text: &str, m: &NumberMention) -> bool {
    let fraction = m.spelled && m.value > 0.0 && m.value < 1.0;
    if !fraction && m.kind != NumKind::Percent {
        return false;
    }
    let words = words_before(text, m.span.start);
    let hedges = [
        "just", "only", "about", "roughly", "around", "barely", "almost", "nearly",
    ];
    let to = words
        .iter()
        .find(|(w, _)| !hedges.contains(&w.as_str()))
        .is_some_and(|(w, _)| w == "to" || w == "до");
    let after: Vec<String> = text[m.span.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(6)
        .map(str::to_lowercase)
        .collect();
    let of = after.first().is_some_and(|w| w == "of");
    // "a third of the pre-pandemic figure", "of the total": the other side of «в три
    // раза больше» (the level is compared with a multiple only).
    let earlier = of
        && after.iter().any(|w| {
            [
                "level", "previous", "former", "earlier", "before", "what", "prior", "pre",
                "figure", "number", "total", "amount",
            ]
            .contains(&w.as_str())
        });
    let by = words.first().is_some_and(|(w, _)| w == "by" || w == "на");
    !by && ((to && (fraction || of)) || (fraction && earlier))
}

/// A bound on a whole figure, as an age is said: «младше 14 лет» is "13 and under".
#[derive(Clone, Copy, PartialEq, Debug)]
struct AgeBound {
    bound: Bound,
    /// "13 and under", «60 лет и старше»; not «младше 14 лет», "over 60".
    inclusive: bool,
    /// Said of an age: years after the figure, "aged" before it, «младше», "older than".
    age: bool,
}

/// A bound on a whole figure that an age may have. Strict: «младше 14 лет», «моложе 14»,
/// «старше 60», «детей до 14 лет», "younger than 14", "under 14", "over 60". Inclusive:
/// "13 and under", "61 or older", "aged 13 years and younger", «60 лет и старше», «не
/// старше 13 лет», "up to 13", "at least 18".
fn age_bound(text: &str, m: &NumberMention) -> Option<AgeBound> {
    use Bound::*;
    if m.magnitude.is_some()
        || m.kind != NumKind::Plain
        || m.value.fract() != 0.0
        || !(1.0..=150.0).contains(&m.value)
    {
        return None;
    }
    let after: Vec<String> = text[m.span.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(5)
        .map(str::to_lowercase)
        .collect();
    let year = |w: &str| {
        w.starts_with("лет") || w.starts_with("год") || w.starts_with("year") || w == "old"
    };
    let skip = after.iter().take_while(|w| year(w)).count();
    let a = |i: usize| after.get(skip + i).map_or("", String::as_str);
    let words = words_before(text, m.span.start);
    let w = |i: usize| words.get(i).map_or("", |x| x.0.as_str());
    let aged = skip > 0 || matches!(w(0), "aged" | "age" | "ages");
    let inclusive = |bound: Bound, age: bool| {
        Some(AgeBound {
            bound,
            inclusive: true,
            age: aged || age,
        })
    };
    match (a(0), a(1)) {
        ("and" | "or", "younger") | ("и" | "или", "младше" | "моложе") => {
            return inclusive(AtMost, true)
        }
        ("and" | "or", "under" | "below" | "less" | "fewer")
        | ("и" | "или", "менее" | "меньше") => return inclusive(AtMost, false),
        ("and" | "or", "older") | ("и" | "или", "старше") => {
            return inclusive(AtLeast, true)
        }
        ("and" | "or", "over" | "above" | "more" | "up") | ("и" | "или", "более" | "больше") => {
            return inclusive(AtLeast, false)
        }
        _ => {}
    }
    // «не старше 13 лет», "no older than 13", "up to 13", "at least 18": inclusive.
    let not = matches!(w(1), "не" | "no");
    let not_than = matches!(w(2), "no" | "not");
    match (w(0), w(1)) {
        ("старше", _) if not => return inclusive(AtMost, true),
        ("младше" | "моложе", _) if not => return inclusive(AtLeast, true),
        ("than", "older") if not_than => return inclusive(AtMost, true),
        ("than", "younger") if not_than => return inclusive(AtLeast, true),
        ("to", "up") | ("most", "at") => return inclusive(AtMost, false),
        ("least", "at") => return inclusive(AtLeast, false),
        _ => {}
    }
    let (bound, age) = match (w(0), w(1)) {
        ("младше" | "моложе", _) | ("than", "younger") => (AtMost, true),
        ("старше", _) | ("than", "older") => (AtLeast, true),
        // «до» is also "up to" a figure: a bound only before years.
        ("до", _) if aged => (AtMost, true),
        ("under" | "below", _) => (AtMost, aged),
        ("over" | "above", _) => (AtLeast, aged),
        _ => return None,
    };
    Some(AgeBound {
        bound,
        inclusive: false,
        age,
    })
}

/// Whether a figure is in degrees Fahrenheit: "72F", "72°F", "72 F", "72 degrees
/// Fahrenheit", "72 degrees F", «72 градуса по Фаренгейту».
fn fahrenheit(text: &str, m: &NumberMention) -> bool {
    let written = &text[m.span.clone()];
    if written
        .strip_suffix('F')
        .is_some_and(|d| d.ends_with(|c: char| c.is_ascii_digit()))
    {
        return true;
    }
    let rest = text[m.span.end..]
        .trim_start()
        .trim_start_matches(['°', 'º', '˚'])
        .trim_start();
    if !rest.starts_with(char::is_alphabetic) {
        return false;
    }
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    // A bare "F" ends there: not the "F" of "5 F-16 jets".
    let f = |w: &str| {
        let bare = w == "F"
            && rest.find('F').is_some_and(|i| {
                !rest[i + 1..].starts_with(|c: char| c.is_alphanumeric() || c == '-')
            });
        let l = w.to_lowercase();
        bare || l.starts_with("fahrenheit") || l.starts_with("фаренгейт")
    };
    let degree = |w: &str| {
        let l = w.to_lowercase();
        l.starts_with("degree") || l.starts_with("градус")
    };
    match words.as_slice() {
        [a, ..] if f(a) => true,
        [a, b, ..] if degree(a) && f(b) => true,
        [a, "по", c] if degree(a) && f(c) => true,
        _ => false,
    }
}

/// Whether a Celsius and a Fahrenheit temperature agree: F = C × 9/5 + 32, rounded to
/// whole degrees (a degree either way), or to a rounder figure after a hedge ("about
/// 70F" for 22 °C). A sign left open by the text may go either way.
fn fahrenheit_agrees(c: &Num, f: &Num) -> bool {
    let signed = |n: &Num| -> Vec<f64> {
        match n.below_zero {
            Some(true) => vec![-n.m.value],
            Some(false) => vec![n.m.value],
            None => vec![n.m.value, -n.m.value],
        }
    };
    let unit = rounding_unit(f.m);
    signed(c).iter().any(|&cv| {
        let expected = cv * 9.0 / 5.0 + 32.0;
        signed(f).iter().any(|&fv| {
            let diff = (expected - fv).abs();
            diff <= 1.0 + 1e-9 || (f.hedge && diff <= unit / 2.0 + 1e-9)
        })
    })
}

/// The step a figure is rounded to as written: 0.1 for "1.6", 10 for "60", 1 for "two",
/// 100,000 for "1.3 million".
fn rounding_unit(m: &NumberMention) -> f64 {
    let scale = m.magnitude.unwrap_or(1.0);
    let d = decimals(m);
    if d > 0 {
        return 10f64.powi(-d) * scale;
    }
    let mut v = m.mantissa.abs().round() as i64;
    let mut unit = 1.0;
    while v != 0 && v % 10 == 0 {
        v /= 10;
        unit *= 10.0;
    }
    unit * scale
}

/// How far a round figure converted into or out of imperial units may be from the exact
/// conversion: "two miles" for 3 km (1.86 miles), "60 mph" for 100 km/h (62.1).
const ROUND_CONVERSION: f64 = 0.1;

/// The day a night is dated by: «в ночь на 5 июня» is the night before the 5th, as is
/// "overnight into June 5" (`Some(true)`); "the night of June 4" is the night after the
/// 4th (`Some(false)`).
fn night_of_day(text: &str, m: &NumberMention) -> Option<bool> {
    if m.spelled
        || m.magnitude.is_some()
        || m.kind != NumKind::Plain
        || m.value.fract() != 0.0
        || !(1.0..=31.0).contains(&m.value)
    {
        return None;
    }
    let words = words_before(text, m.span.start);
    // Past an English month before the day: "the night of June 4".
    let month = words.first().is_some_and(|(w, _)| {
        matches!(
            crate::lang::en::ENGLISH.number_word(w),
            Some(crate::lang::NumberWord::Month(_))
        )
    });
    let w = |i: usize| {
        words
            .get(i + usize::from(month))
            .map_or("", |x| x.0.as_str())
    };
    match (w(0), w(1)) {
        ("на", "ночь" | "ночью") | ("to" | "into", "night" | "overnight") => Some(true),
        ("of", "night") => Some(false),
        _ => None,
    }
}

/// Words that hedge a figure ("about 100,000", «около 100 тыс.»).
const HEDGES: &[&str] = &[
    "about",
    "around",
    "roughly",
    "nearly",
    "almost",
    "some",
    "approximately",
    "approx",
    "circa",
    "over",
    "under",
    "около",
    "примерно",
    "приблизительно",
    "почти",
    "порядка",
    "свыше",
    "более",
    "менее",
];

/// Whether a hedge stands right before a figure: one of [`HEDGES`], "close to", "more
/// than", "less than", "just under".
fn hedged(text: &str, start: usize) -> bool {
    let words = words_before(text, start);
    let w = |i: usize| words.get(i).map_or("", |x| x.0.as_str());
    HEDGES.contains(&w(0))
        || matches!(
            (w(1), w(0)),
            ("close", "to") | ("more" | "less" | "fewer", "than") | ("just", "under" | "over")
        )
}

/// The significant digits of a value ("99,400" has three, "100,000" one): a rounder
/// figure has fewer.
fn significant_digits(v: f64) -> usize {
    let s = format!("{:.6}", v.abs());
    let digits: String = s.chars().filter(char::is_ascii_digit).collect();
    digits.trim_start_matches('0').trim_end_matches('0').len()
}

/// How far a hedged rounder figure may be from the precise one: "about 100,000" for
/// «99,4 тыс.».
const HEDGED_ROUNDING: f64 = 0.03;

/// «на 84-м году жизни», «пошёл 84-й год жизни»: a year of life, not an age.
fn life_year_after(after: &str) -> bool {
    let mut words = after
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    words.next().is_some_and(|w| w.starts_with("год")) && words.next().is_some_and(|w| w == "жизни")
}

/// Up to four words right before a figure, nearest first, lower-cased; past a currency
/// sign, and stopping at anything but a space ("от 5 до 10" gives only «до» for 10). With
/// each word, where it starts.
fn words_before(text: &str, start: usize) -> Vec<(String, usize)> {
    let mut out = Vec::new();
    let mut end = text[..start]
        .trim_end_matches(|c: char| c.is_whitespace() || "$€£₽".contains(c))
        .len();
    while out.len() < 4 {
        let t = &text[..end];
        let word_start = t
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphabetic())
            .last()
            .map_or(end, |(i, _)| i);
        if word_start == end {
            break;
        }
        out.push((t[word_start..].to_lowercase(), word_start));
        let rest = &text[..word_start];
        let trimmed = rest.trim_end();
        if trimmed.len() == rest.len() {
            break;
        }
        end = trimmed.len();
    }
    out
}

/// Russian verbs of change before «до», which is then "to", not "up to": «выросла до
/// 18%», «продлили до 2030 года».
const CHANGE_STEMS_RU: &[&str] = &[
    "вырос",
    "вырас",
    "возрос",
    "снизи",
    "сниж",
    "сократ",
    "сокращ",
    "увелич",
    "уменьш",
    "повыс",
    "повыш",
    "пониз",
    "пониж",
    "подня",
    "подним",
    "опуст",
    "опуск",
    "упа",
    "пада",
    "достиг",
    "дорос",
    "подскоч",
    "рухн",
    "обвал",
    "продл",
    "отлож",
    "перенес",
    "перенос",
    "довед",
    "довест",
    "довод",
    "измен",
    "скоррект",
    "ускор",
    "замедл",
];

/// The bound a figure's words set: «более», «свыше», «не менее», «как минимум», «от»,
/// "more than", "over", "at least", "upwards of", "in excess of" (at least); «менее»,
/// «не более», «до», «почти», "less than", "under", "up to", "no more than", "at most",
/// "almost", "nearly" (at most). Not «около», "about" (either way), nor «до» and «от» of a
/// date, a range («от 5 до 10») or a change («выросла до 18%»).
fn bound_before(text: &str, m: &NumberMention) -> Option<(Bound, usize)> {
    use Bound::*;
    let words = words_before(text, m.span.start);
    let w = |i: usize| words.get(i).map_or("", |x| x.0.as_str());
    // «более чем на 5%», «почти в 3 раза».
    let mut i = usize::from(matches!(w(0), "на" | "в" | "во") && words.len() > 1);
    if w(i) == "чем" {
        i += 1;
    }
    let not = |j: usize| matches!(w(j), "не" | "no" | "not");
    // A date, a time or a year: «до 2030 года», «до 15 марта», «до 18:00».
    let dated = || {
        let after = crate::segment::numbers::word_after(&text[m.span.end..]).to_lowercase();
        let year =
            m.magnitude.is_none() && m.value.fract() == 0.0 && (1000.0..=2100.0).contains(&m.value);
        year || after.starts_with("год")
            || after == "г"
            || after == "гг"
            || MONTHS_GENITIVE_RU.iter().any(|s| after.starts_with(s))
            || text[m.span.end..].starts_with(':')
    };
    // «до» and «от» right before the figure, not after another figure («от 5 до 10»,
    // «с 12 до 8%», «с 5 млн до 10 млн») nor a verb of change.
    let plain_preposition = || {
        i == 0
            && !dated()
            && !text[..words[0].1]
                .trim_end()
                .ends_with(|c: char| c.is_ascii_digit() || c == '%')
            && !matches!(w(1), "тыс" | "млн" | "млрд" | "трлн")
            && !CHANGE_STEMS_RU.iter().any(|s| w(1).starts_with(s))
    };
    // «от» is "at least" for a price, sum, age or rate («билеты от 500 рублей», «штраф от
    // 5 тыс.», «детей от 14 лет») or opening a clause; elsewhere it is "from" or "against"
    // («отклонение от 4%», «защищает от 90% вирусов»).
    let from_price = || w(1).is_empty() || FROM_PRICE_STEMS_RU.iter().any(|s| w(1).starts_with(s));
    // «от 5 до 10»: the first end of a range.
    let range_start = || {
        text[m.span.end..]
            .trim_start_matches(|c: char| c.is_whitespace() || c == '%' || c == '.')
            .split(|c: char| !c.is_alphabetic())
            .find(|x| !x.is_empty() && !matches!(*x, "тыс" | "млн" | "млрд" | "трлн"))
            .is_some_and(|x| x == "до")
    };
    let bound = match w(i) {
        "более" | "больше" | "свыше" if not(i + 1) => AtMost,
        "более" | "больше" | "свыше" | "старше" | "минимум" => AtLeast,
        "менее" | "меньше" if not(i + 1) => AtLeast,
        "менее" | "меньше" | "почти" | "моложе" | "максимум" => {
            AtMost
        }
        // A verb of exceeding right before the figure: «превышало 48 тыс.» is more than
        // 48,000, «не превышала 8 секунд» at most 8 ("did not exceed 8"). (Not «превысил
        // на 5%», exceeded by.)
        v if i == 0 && (v.starts_with("превыш") || v.starts_with("превыс")) => {
            // «не превышает», «не должен превышать», «нельзя превышать».
            let modal = ["долж", "мож", "могут", "буд", "стоит", "следует", "станет"]
                .iter()
                .any(|m| w(1).starts_with(m));
            if not(1) || (modal && not(2)) || w(1) == "нельзя" {
                AtMost
            } else {
                AtLeast
            }
        }
        // "does not exceed", "cannot exceed", "not to exceed".
        "exceed" | "exceeds" | "exceeded" if i == 0 => {
            if not(1) || matches!(w(1), "cannot" | "never") || (w(1) == "to" && not(2)) {
                AtMost
            } else {
                AtLeast
            }
        }
        "до" if plain_preposition() => AtMost,
        "от" if plain_preposition() && !range_start() && from_price() => AtLeast,
        "than" => {
            let negated = not(i + 2);
            match w(i + 1) {
                "more" | "greater" | "higher" | "larger" => {
                    if negated {
                        AtMost
                    } else {
                        AtLeast
                    }
                }
                "less" | "fewer" | "lower" | "smaller" => {
                    if negated {
                        AtLeast
                    } else {
                        AtMost
                    }
                }
                _ => return None,
            }
        }
        "over" | "above" | "exceeding" if i == 0 => AtLeast,
        "least" if w(i + 1) == "at" => AtLeast,
        "most" if w(i + 1) == "at" => AtMost,
        "of" => match (w(i + 1), w(i + 2)) {
            ("upwards", _) | ("excess", "in") | ("minimum", _) => AtLeast,
            ("maximum", _) => AtMost,
            _ => return None,
        },
        "under" | "below" | "almost" | "nearly" if i == 0 => AtMost,
        "to" if w(i + 1) == "up" => AtMost,
        _ => return None,
    };
    // Where the bound's words start: the farthest word read.
    let far = match w(i) {
        "than" | "least" | "most" | "to" => i + 1 + usize::from(not(i + 2) || w(i + 2) == "in"),
        "of" => i + 1 + usize::from(w(i + 1) == "excess"),
        _ => i + usize::from(not(i + 1) || w(i + 1) == "как"),
    };
    Some((bound, words[far.min(words.len() - 1)].1))
}

/// English month names, to read past one in a date ("July 1 at the latest").
const MONTHS_EN: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// The bound of a time or a date: «не позднее 22:00», «не позже 2025 года», "no later
/// than July 1", "not later than", "by 22:00 at the latest" (at most); «не ранее 1
/// июля», «не раньше ноября», "no earlier than", "not before", "not until", "no sooner
/// than", "in November at the earliest" (at least). `clock_end` is where a time of day
/// ends. The figure must be a time, a month, a day of a month or a year. Not "by 22:00"
/// nor "from July 1" (no bound said), nor words apart from the figure.
fn time_bound(
    text: &str,
    m: &NumberMention,
    clock_end: Option<usize>,
    sentence_end: usize,
) -> Option<(Bound, std::ops::Range<usize>)> {
    use Bound::*;
    let after = crate::segment::numbers::word_after(&text[m.span.end..]).to_lowercase();
    let month_en = |w: &str| MONTHS_EN.contains(&w);
    let words = words_before(text, m.span.start);
    // A year is four digits as written ("1,500" is a count).
    let written = &text[m.span.clone()];
    let year = !m.spelled
        && m.magnitude.is_none()
        && written.len() == 4
        && written.bytes().all(|b| b.is_ascii_digit())
        && (1000.0..=2100.0).contains(&m.value);
    let day_month = !m.spelled
        && m.kind == NumKind::Plain
        && m.magnitude.is_none()
        && (MONTHS_GENITIVE_RU.iter().any(|s| after.starts_with(s))
            || month_en(&after)
            || words.first().is_some_and(|w| month_en(&w.0)));
    if clock_end.is_none() && m.kind != NumKind::Month && !year && !day_month {
        return None;
    }
    // "July 1": the words before the month.
    let i = usize::from(m.kind == NumKind::Plain && words.first().is_some_and(|w| month_en(&w.0)));
    let w = |k: usize| words.get(k).map_or("", |x| x.0.as_str());
    let not = |k: usize| matches!(w(k), "не" | "no" | "not");
    let before = match w(i) {
        "позднее" | "позже" if not(i + 1) => Some((AtMost, i + 1)),
        "ранее" | "раньше" if not(i + 1) => Some((AtLeast, i + 1)),
        "than" if not(i + 2) => match w(i + 1) {
            "later" => Some((AtMost, i + 2)),
            "earlier" | "sooner" => Some((AtLeast, i + 2)),
            _ => None,
        },
        "before" | "until" | "till" if w(i + 1) == "not" => Some((AtLeast, i + 1)),
        _ => None,
    };
    if let Some((b, far)) = before {
        return Some((b, words[far].1..m.span.start));
    }
    // After the figure, past the rest of the date: "July 1, 2025 at the latest".
    let end = clock_end.unwrap_or(m.span.end).min(sentence_end);
    let mut at = end;
    loop {
        let rest = &text[at..sentence_end];
        let lead = rest.len()
            - rest
                .trim_start_matches(|c: char| c.is_whitespace() || c.is_ascii_digit() || c == ',')
                .len();
        at += lead;
        let word: String = text[at..sentence_end]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if word.is_empty() || !month_en(&word.to_lowercase()) {
            break;
        }
        at += word.len();
    }
    let rest = text[at..sentence_end].to_lowercase();
    for (phrase, b) in [("at the latest", AtMost), ("at the earliest", AtLeast)] {
        if rest.starts_with(phrase) {
            return Some((b, at..at + phrase.len()));
        }
    }
    None
}

/// A figure with the rest of its date around it: «1» of «1 июля 2025 года», "1" of
/// "July 1, 2025" (a month name before or after, a year after).
fn date_extent(text: &str, span: std::ops::Range<usize>) -> std::ops::Range<usize> {
    let month = |w: &str| {
        let w = w.to_lowercase();
        MONTHS_EN.contains(&w.as_str()) || MONTHS_GENITIVE_RU.iter().any(|s| w.starts_with(s))
    };
    let mut start = span.start;
    let before = crate::segment::numbers::word_before(&text[..start]);
    let spaced = text[..start].trim_end();
    if !before.is_empty() && month(&before) && spaced.ends_with(before.as_str()) {
        start = spaced.len() - before.len();
    }
    let mut end = span.end;
    // The month after the day, then a year after either: «1 июля 2025», "July 1, 2025".
    let rest = &text[end..];
    let lead = rest.len() - rest.trim_start().len();
    let word: String = rest[lead..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if !word.is_empty() && month(&word) {
        end += lead + word.len();
    }
    let rest = &text[end..];
    let lead = rest.len() - rest.trim_start_matches([',', ' ']).len();
    let digits: String = rest[lead..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if digits.len() == 4 && (end != span.end || start != span.start) {
        end += lead + 4;
    }
    start..end
}

/// Words between a price and the unit it is per: a currency or a magnitude («65
/// долларов за баррель», "65 US dollars a barrel").
const PRICE_WORDS: &[&str] = &[
    "долл",
    "руб",
    "евро",
    "юан",
    "цент",
    "копе",
    "фунт",
    "иен",
    "тенге",
    "гривн",
    "франк",
    "тыс",
    "млн",
    "млрд",
    "dollar",
    "rouble",
    "ruble",
    "euro",
    "yuan",
    "cent",
    "pound",
    "yen",
    "franc",
    "thousand",
    "million",
    "billion",
    "us",
    "usd",
    "rub",
    "eur",
];

/// The unit a price or a rate is given per, and where its word ends: «$65 за баррель»,
/// «65 долларов за тонну», "$65 per tonne", "$65 a barrel", "$65/bbl". None when the
/// word after «за», "per" or "a" is no unit ("per 1,000 cubic metres", «за год» is one).
fn per_unit(text: &str, span: &std::ops::Range<usize>) -> Option<((&'static str, f64), usize)> {
    let mut at = span.end;
    let mut per = false;
    for _ in 0..5 {
        let rest = &text[at..];
        let gap_len = rest.find(char::is_alphabetic).unwrap_or(rest.len());
        let gap = &rest[..gap_len];
        if gap.is_empty() && at != span.end {
            return None;
        }
        if !gap
            .chars()
            .all(|c| c.is_whitespace() || c == '/' || c == '.')
        {
            return None;
        }
        let start = at + gap_len;
        let word: String = text[start..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        if word.is_empty() {
            return None;
        }
        let end = start + word.len();
        let lower = word.to_lowercase();
        if per || gap.contains('/') {
            // "$65/bbl", "per barrel": the unit itself, or nothing.
            return unit_word(&lower).map(|u| (u, end));
        }
        if matches!(lower.as_str(), "за" | "per" | "a" | "an") {
            per = true;
        } else if !PRICE_WORDS.iter().any(|p| lower.starts_with(p)) {
            return None;
        }
        at = end;
    }
    None
}

/// Words after which «от» before a figure is "at least": a price, a sum, an age, a rate.
const FROM_PRICE_STEMS_RU: &[&str] = &[
    "цен",
    "стоим",
    "стоит",
    "стоя",
    "обойд",
    "билет",
    "тариф",
    "штраф",
    "сумм",
    "размер",
    "зарплат",
    "доход",
    "пособи",
    "выплат",
    "скидк",
    "ставк",
    "возраст",
    "дет",
    "лиц",
    "граждан",
    "кредит",
    "вклад",
    "депозит",
    "начина",
    "стартова",
];

/// Russian month names in the genitive, by their stems: «15 марта».
const MONTHS_GENITIVE_RU: &[&str] = &[
    "январ",
    "феврал",
    "марта",
    "апрел",
    "мая",
    "июн",
    "июл",
    "август",
    "сентябр",
    "октябр",
    "ноябр",
    "декабр",
];

/// The time of day a figure starts, if it does: "08:17" (the minutes are part of it),
/// "8.17am", "8.17 a.m.", "3 p.m.", "08.17" after "at" or «в», "0517 GMT", "0817 hrs";
/// a zone written after it within the sentence (ending at `end`).
fn clock_at(text: &str, m: &NumberMention, end: usize) -> Option<Clock> {
    if m.spelled || m.magnitude.is_some() || m.kind != NumKind::Plain {
        return None;
    }
    let written = &text[m.span.clone()];
    let digits = written.trim_end_matches(char::is_alphabetic);
    let glued = &written[digits.len()..];
    let before = text[..m.span.start].trim_end();
    if before.ends_with([':', '.'])
        && before[..before.len() - 1].ends_with(|c: char| c.is_ascii_digit())
    {
        return None;
    }
    let after_at = |i: usize| &text[i.min(end)..end];
    // a.m. or p.m. right after the figure (glued or not): whether p.m., and the end.
    let half_of_day = |i: usize, glued: &str| -> Option<(bool, usize)> {
        let g = glued.to_lowercase();
        if g == "am" || g == "pm" {
            return Some((g == "pm", i));
        }
        if !glued.is_empty() {
            return None;
        }
        let rest = after_at(i);
        let lead = rest.len() - rest.trim_start().len();
        let r = rest[lead..].to_lowercase();
        let pm = r.starts_with('p');
        for form in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] {
            if r.starts_with(form) && !r[form.len()..].starts_with(char::is_alphabetic) {
                return Some((pm, i + lead + form.len()));
            }
        }
        None
    };
    let two = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
    let short = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    // How the time is written, its hour and minute, where it ends and whether its hour has
    // a leading zero.
    #[derive(PartialEq)]
    enum Form {
        Colon,
        Dot,
        FourDigits,
        Hour,
    }
    // "08:17", "5: 47 p.m.", "01։23" (an Armenian colon), «с 10-00 до 22-00» (a hyphen
    // after «с», «до», «в», before minutes that start with a zero: «10-15» is a range).
    let separator = text[m.span.end..]
        .chars()
        .next()
        .filter(|c| matches!(c, ':' | '։' | '-'))
        .filter(|_| short(digits) && glued.is_empty());
    let word_before = words_before(text, m.span.start);
    let word_before = word_before.first().map_or("", |w| w.0.as_str());
    let at = matches!(word_before, "at" | "в" | "во");
    // Russian writes decimals with a comma: «в 15.30», «до 9.00» are times.
    let russian_time = matches!(
        word_before,
        "в" | "во" | "к" | "до" | "с" | "со" | "около" | "после"
    );
    let (form, hour, minute, mut stop, leading_zero): (Form, i32, i32, usize, bool) =
        if let Some(sep) = separator {
            let mut from = m.span.end + sep.len_utf8();
            if sep != '-' && text[from..].starts_with(' ') {
                from += 1;
            }
            let mm = text.get(from..from + 2)?;
            let next = text[from + 2..].chars().next();
            let hyphen_ok = sep != '-'
                || (mm.starts_with('0')
                    && next != Some('-')
                    && matches!(word_before, "с" | "со" | "до" | "в" | "во" | "к" | "после")
                    && !text[..m.span.start].ends_with('-'));
            if !two(mm) || next.is_some_and(|c| c.is_ascii_digit()) || !hyphen_ok {
                return None;
            }
            let (h, mm) = (digits.parse().ok()?, mm.parse().ok()?);
            (Form::Colon, h, mm, from + 2, digits.starts_with('0'))
        } else if let Some((mm, e)) = hour_words(text, m.span.end).filter(|_| at && short(digits)) {
            // «в 11 часов 28 минут», «в 15 часов», "at 11 hours 28 minutes" (not «за 15
            // часов», a duration)
            (Form::Colon, digits.parse().ok()?, mm, e, false)
        } else if let Some((h, mm)) = digits.split_once(['.', ':']) {
            if !short(h) || !two(mm) {
                return None;
            }
            let zero = h.starts_with('0') && h.len() == 2;
            (
                Form::Dot,
                h.parse().ok()?,
                mm.parse().ok()?,
                m.span.end,
                zero,
            )
        } else if digits.len() == 4 && glued.is_empty() {
            let (h, mm) = (digits[..2].parse().ok()?, digits[2..].parse().ok()?);
            (Form::FourDigits, h, mm, m.span.end, digits.starts_with('0'))
        } else if short(digits) {
            (Form::Hour, digits.parse().ok()?, 0, m.span.end, false)
        } else {
            return None;
        };
    // A colon says "time" even of an impossible one ("5:74 PM" is a time mistyped, to
    // compare as a time); a decimal or four digits are a time only when they can be.
    if (form != Form::Colon && hour > 24) || (form == Form::Dot && minute > 59) {
        return None;
    }
    let half = half_of_day(stop, if stop == m.span.end { glued } else { "" });
    if let Some((_, e)) = half {
        stop = e;
    }
    // A zone in the next few words.
    let zone_words: Vec<String> = after_at(stop)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(3)
        .map(str::to_lowercase)
        .collect();
    let zw = |i: usize| zone_words.get(i).map_or("", String::as_str);
    let zone = match (zw(0), zw(1)) {
        ("gmt" | "utc" | "greenwich" | "гринвичу", _) | ("по", "гринвичу") => {
            Some(0)
        }
        ("мск" | "msk", _) | ("moscow", "time") | ("по", "московскому") => Some(3),
        _ => None,
    };
    // "local" alone only after a time with a colon: "1500 local businesses" is no time.
    let local_time = matches!(
        (zw(0), zw(1)),
        ("local", "time") | ("по", "местному") | ("местного", "времени")
    );
    let local = local_time || (zw(0) == "local" && form == Form::Colon);
    // A decimal or a year is a time only with something that says so.
    let is_clock = match form {
        Form::Colon => true,
        Form::Dot => {
            half.is_some() || zone.is_some() || local_time || (at && leading_zero) || russian_time
        }
        Form::FourDigits => {
            zone.is_some()
                || (local_time && (at || leading_zero))
                || (leading_zero && (at || matches!(zw(0), "hrs" | "hours")))
        }
        Form::Hour => half.is_some(),
    };
    // "13:50 p.m." is 13:50: a.m. or p.m. only turns a 12-hour time.
    let twelve_hour = half.filter(|_| (1..=12).contains(&hour));
    if !is_clock || (half.is_some() && twelve_hour.is_none() && form != Form::Colon) {
        return None;
    }
    let hour24 = match twelve_hour {
        Some((pm, _)) => hour % 12 + if pm { 12 } else { 0 },
        None => hour,
    };
    Some(Clock {
        minutes: hour24 * 60 + minute,
        either_half: half.is_none() && (1..=12).contains(&hour) && !leading_zero,
        zone,
        local,
        span: m.span.start..stop,
    })
}

/// «часов 28 минут», «ч 5 мин», «часов», "hours 28 minutes" after an hour: the minutes
/// (0 when none are given) and where the words end.
fn hour_words(text: &str, from: usize) -> Option<(i32, usize)> {
    let word_at = |i: usize| -> (usize, String) {
        let rest = &text[i..];
        let lead = rest.len() - rest.trim_start().len();
        let w: String = rest[lead..]
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        (i + lead + w.len(), w.to_lowercase())
    };
    let (end, hour) = word_at(from);
    let hour_word = (hour.starts_with("час") && !hour.starts_with("част"))
        || matches!(hour.as_str(), "ч" | "hour" | "hours" | "h" | "hrs");
    if !hour_word {
        return None;
    }
    // The minutes: a number and «минут», «мин».
    let rest = &text[end..];
    let lead = rest.len() - rest.trim_start().len();
    let digits: String = rest[lead..]
        .chars()
        .take_while(char::is_ascii_digit)
        .collect();
    if (1..=2).contains(&digits.len()) {
        let (e, w) = word_at(end + lead + digits.len());
        if w.starts_with("мин") || w.starts_with("min") {
            return Some((digits.parse().ok()?, e));
        }
    }
    Some((0, end))
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
    // A time and a figure compare as figures: the time's hour ("3 p.m." ↔ «в 15 часов»,
    // «1:10» ↔ "1 to 10").
    if let (Some(ca), Some(cb)) = (&a.clock, &b.clock) {
        return clocks_agree(ca, cb);
    }
    // A temperature in Celsius said in Fahrenheit: «+22 градусов» ↔ "72F".
    if a.fahrenheit != b.fahrenheit {
        let (c, f) = if a.fahrenheit { (b, a) } else { (a, b) };
        return fahrenheit_agrees(c, f);
    }
    // A multiple is no percentage of its own value: «в 2 раза» is not "by 2%" (but
    // "up 100%", `multiple_as_change`).
    if multiple_as_percent(a, b) || multiple_as_percent(b, a) {
        return multiple_as_change(a, b) || multiple_as_change(b, a);
    }
    let (x, y) = (a.m.value, b.m.value);
    if (x - y).abs() <= 1e-9 * x.abs().max(y.abs()).max(1.0) {
        return true;
    }
    // An age bound in whole years: «младше 14 лет» is "13 and under", «старше 60 лет»
    // "61 and over".
    if let (Some(p), Some(q)) = (a.age, b.age) {
        let (strict, inclusive) = if p.inclusive { (y, x) } else { (x, y) };
        let step = if p.bound == Bound::AtMost { -1.0 } else { 1.0 };
        if p.bound == q.bound
            && p.inclusive != q.inclusive
            && (p.age || q.age)
            && (inclusive - strict - step).abs() < 1e-9
        {
            return true;
        }
    }
    // «в ночь на 5 июня» is "the night of June 4".
    if let (Some(na), Some(nb)) = (a.night, b.night) {
        let before = |to: f64, of: f64| (to - of - 1.0).abs() < 1e-9;
        if (na && !nb && before(x, y)) || (!na && nb && before(y, x)) {
            return true;
        }
    }
    // «на 90+3-й минуте» is also "three minutes into stoppage time", "the third minute
    // of added time": the minutes added, said with the stoppage time they are in.
    if stoppage_added(a) == Some(y) && said_as_stoppage(target_text) {
        return true;
    }
    // "9.12m barrels" for «9,12 млн баррелей»: the glued letter was a magnitude.
    for swap in [false, true] {
        let (p, q) = if swap { (b, a) } else { (a, b) };
        let Some(m) = q.m.unscaled else { continue };
        let scaled = NumberMention {
            value: q.m.value * m,
            magnitude: Some(m),
            unscaled: None,
            ..q.m.clone()
        };
        let q = Num {
            m: &scaled,
            ..q.clone()
        };
        if if swap {
            same(&q, p, target_text)
        } else {
            same(p, &q, target_text)
        } {
            return true;
        }
    }
    // The 84th year of life is the age of 83 (or, loosely, 84).
    if a.life_year && (x - 1.0 - y).abs() < 1e-9 {
        return true;
    }
    // 100 basis points are one percentage point.
    let basis = |p: &Num, q: &Num| {
        p.points == Points::Basis
            && q.points != Points::Basis
            && (p.m.value / 100.0 - q.m.value).abs() <= 1e-9 * p.m.value.abs().max(1.0)
    };
    if basis(a, b) || basis(b, a) {
        return true;
    }
    // A multiple said as a change in percent or a fraction: «в 1,5 раза» ↔ "rose 50%".
    if multiple_as_change(a, b) || multiple_as_change(b, a) {
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
        // A conversion rounded to the round figure the translation writes, as newsrooms
        // do: «в 3 км» ↔ "two miles" (1.86), «100 км/ч» ↔ "60 mph" (62.1).
        let diff = (x - y).abs() / fb;
        if qa == qb
            && is_imperial(fa) != is_imperial(fb)
            && diff <= rounding_unit(b.m) / 2.0 + 1e-9
            && (x - y).abs() <= ROUND_CONVERSION * x.abs().max(y.abs())
        {
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
    // A hedged, rounder figure in the translation: «99,4 тыс.» ↔ "about 100,000".
    if b.hedge
        && significant_digits(y) < significant_digits(x)
        && (x - y).abs() <= HEDGED_ROUNDING * x.abs().max(y.abs())
    {
        return true;
    }
    // A percentage said as a fraction: «33%» ↔ "a third", «треть» ↔ "33 percent".
    let share = |p: &Num, f: &Num| {
        p.m.kind == NumKind::Percent
            && f.m.spelled
            && f.points == Points::No
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

/// A month one before the source's, when the source speaks of the month before without
/// naming it («месяцем ранее», «в прошлом месяце»): the translation may name it («В
/// августе … против 148 тыс. месяцем ранее» ↔ "… from 148,000 in July"). The month's
/// counterpart of [`year_before`].
fn month_before(s: &Num, t: &Num, s_text: &str) -> bool {
    let before = if s.m.value == 1.0 {
        12.0
    } else {
        s.m.value - 1.0
    };
    let lower = s_text.to_lowercase();
    s.m.kind == NumKind::Month
        && t.m.kind == NumKind::Month
        && t.m.value == before
        && MONTH_BEFORE.iter().any(|p| lower.contains(p))
}

/// Phrases that compare with the month before: «месяцем ранее», «в прошлом месяце».
const MONTH_BEFORE: &[&str] = &[
    "месяцем ранее",
    "месяцем раньше",
    "месяц назад",
    "месяц тому назад",
    "предыдущего месяца",
    "предыдущим месяцем",
    "предыдущем месяце",
    "предыдущий месяц",
    "прошлого месяца",
    "прошлым месяцем",
    "прошлом месяце",
    "прошлый месяц",
    "минувшего месяца",
    "минувшем месяце",
    "прежнего месяца",
];

/// A year one before a year of the source whose sentence says "the year before" without
/// naming it («В 2024 году … против 4 млн годом ранее» ↔ "… in 2024 from 4 million in
/// 2023"): no figure added.
fn year_before(s: &Num, t: &Num, s_text: &str) -> bool {
    let year = |n: &Num| {
        n.m.kind == NumKind::Plain
            && !n.m.spelled
            && n.m.magnitude.is_none()
            && n.m.value.fract() == 0.0
            && (1000.0..=2100.0).contains(&n.m.value)
    };
    let lower = s_text.to_lowercase();
    year(s)
        && year(t)
        && t.m.value == s.m.value - 1.0
        && YEAR_BEFORE.iter().any(|p| lower.contains(p))
}

/// The minutes added in a minute of stoppage time («90+3-й» gives 3): see
/// `segment::numbers::stoppage_time`, which reads it as one figure, the 93rd minute.
fn stoppage_added(n: &Num) -> Option<f64> {
    let (base, _) = n.text.split_once('+')?;
    let base: f64 = base.trim().parse().ok()?;
    Some(n.m.value - base)
}

/// Whether a sentence speaks of stoppage time ("into stoppage time", "of added time",
/// "injury time").
fn said_as_stoppage(text: &str) -> bool {
    let t = text.to_lowercase();
    ["stoppage", "injury time", "added time", "additional time"]
        .iter()
        .any(|w| t.contains(w))
}

/// Whether two times of day agree: the same minute, in the other half of the day when
/// one is on a 12-hour clock without a.m. or p.m., or in another zone: «08:17 по
/// московскому времени» is "0517 GMT". A Russian time with no zone is taken as Moscow
/// time too when the other side says GMT.
fn clocks_agree(a: &Clock, b: &Clock) -> bool {
    // Local time and a named zone (Moscow, GMT): a whole or half hour apart is the
    // conversion, but the very same time is the zone changed («14:25 по местному
    // времени» → "14:25 Moscow time").
    if a.local != b.local {
        if a.zone.or(b.zone).is_some() {
            let diff = (a.minutes - b.minutes).rem_euclid(1440);
            return diff != 0 && diff % 30 == 0;
        }
        // A time with no zone is the local time of the place.
        return [0, 1440, -1440].contains(&(a.minutes - b.minutes))
            || ([720, -720].contains(&(a.minutes - b.minutes))
                && (a.either_half || b.either_half));
    }
    let shifts: &[i32] = match (a.zone, b.zone) {
        (Some(x), Some(y)) => &[x - y][..],
        (None, Some(0)) => &[0, 3],
        (Some(0), None) => &[0, -3],
        _ => &[0],
    };
    // A shift may cross midnight; an impossible time ("91:00") matches nothing.
    shifts.iter().any(|shift| {
        let diff = a.minutes - b.minutes - shift * 60;
        [0, 1440, -1440].contains(&diff)
            || ([720, -720].contains(&diff) && (a.either_half || b.either_half))
    })
}

/// A multiple with its words, for a message: «в 2 раза», "4.5 times", "2.5-fold".
fn multiple_phrase(text: &str, n: &Num) -> std::ops::Range<usize> {
    let span = n.m.span.clone();
    if !n.m.multiple {
        return span;
    }
    let mut start = span.start;
    let before = text[..start].trim_end();
    if before.len() + 1 == start && matches!(word_before(text, start).as_str(), "в" | "во") {
        start = before.len() - word_before(text, start).len();
    }
    let rest = &text[span.end..];
    let lead = rest.len() - rest.trim_start_matches([' ', '-']).len();
    let word: String = rest[lead..]
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
    let lower = word.to_lowercase();
    let end = if ["раз", "time", "fold"].iter().any(|w| lower.starts_with(w)) {
        span.end + lead + word.len()
    } else {
        span.end
    };
    start..end
}

/// A multiple (`m`) against a percentage (`p`) with digits: «в 2 раза» and "2%".
fn multiple_as_percent(m: &Num, p: &Num) -> bool {
    m.m.multiple && !p.m.multiple && p.m.kind == NumKind::Percent && p.points == Points::No
}

/// A multiple (`m`) said as a change in percent or a fraction (`p`): «в 1,5 раза» is
/// "up 50%", «снизились в 2 раза» "fell 50%" or "by half", «в 2,5 раза» "150%" or (as a
/// share of before) "250%". Within the rounding of the multiple as written (a tenth at
/// least: «в 1,5 раза» is 45–55%), or of a whole percent.
fn multiple_as_change(m: &Num, p: &Num) -> bool {
    if !m.m.multiple || p.m.multiple || m.m.value <= 1.0 {
        return false;
    }
    let percent = if p.m.kind == NumKind::Percent {
        p.m.value
    } else if p.m.spelled && p.m.value > 0.0 && p.m.value < 1.0 && p.points == Points::No {
        p.m.value * 100.0
    } else {
        return false;
    };
    let k = m.m.value;
    let half_unit = 0.5 * 10f64.powi(-decimals(m.m).max(1)) * 100.0;
    // «упал в три раза» is "fell to a third" (the level left), never "by a third".
    let level = if p.level {
        (100.0 / k, half_unit / (k * k))
    } else {
        (f64::NAN, 0.0)
    };
    [
        ((k - 1.0) * 100.0, half_unit),
        ((1.0 - 1.0 / k) * 100.0, half_unit / (k * k)),
        (k * 100.0, half_unit),
        level,
    ]
    .iter()
    .any(|&(expected, tolerance)| (percent - expected).abs() <= tolerance.max(1.0) + 1e-9)
}

/// The digits of a whole figure, sorted; from the written text when no magnitude
/// scales it, so that a leading zero counts ("40" ↔ "04").
/// A decimal counts by its written digits too: «16,4 млн» ↔ "14.6 million" (the
/// magnitude's digits left out). Also the digits in their order, to tell a swap from a
/// moved decimal point («2,1» → "21").
fn digits_sorted(n: &Num) -> Option<(String, String)> {
    let v = n.m.value;
    if v > 1e15 {
        return None;
    }
    let written = |x: f64| {
        format!("{x}")
            .chars()
            .filter(char::is_ascii_digit)
            .collect::<Vec<_>>()
    };
    let d: Vec<char> = if n.m.magnitude.is_none() && !n.m.spelled {
        n.text.chars().filter(char::is_ascii_digit).collect()
    } else if n.m.magnitude.is_some() && n.m.mantissa.fract() != 0.0 {
        written(n.m.mantissa)
    } else if v.fract() == 0.0 {
        written(v)
    } else {
        return None;
    };
    let order: String = d.iter().collect();
    let mut d = d;
    d.sort_unstable();
    Some((d.into_iter().collect(), order))
}

/// The hundredth of a currency a figure counts, from the word after it: «45 копеек»,
/// «45 коп.», "45 kopecks", «20 центов», "20 cents" (not «центр», nor "per cent").
fn subunit(text: &str, span: &std::ops::Range<usize>) -> Option<&'static str> {
    let w = crate::segment::numbers::word_after(&text[span.end..]).to_lowercase();
    if w == "коп" || w.starts_with("копе") || w.starts_with("kopeck") || w.starts_with("kopek")
    {
        Some("kopecks")
    } else if matches!(
        w.as_str(),
        "цент"
            | "цента"
            | "центов"
            | "центы"
            | "центам"
            | "центами"
            | "cent"
            | "cents"
    ) {
        Some("cents")
    } else {
        None
    }
}

/// A sum as written, with its currency or percent word: «45 копеек», "$45", "45 rubles".
fn money_label(text: &str, n: &Num) -> String {
    let sign = text[..n.m.span.start]
        .trim_end()
        .ends_with(['$', '€', '£', '₽']);
    let word = crate::segment::numbers::word_after(&text[n.m.span.end..]);
    if sign || n.m.kind == NumKind::Percent || word.is_empty() {
        n.text.to_string()
    } else {
        format!("{} {word}", n.text)
    }
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
    // A code glued before the digits: "Rb1.5trn", "CNY120bn".
    let before = &text[..span.start];
    let code_start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_ascii_alphabetic())
        .last()
        .map_or(span.start, |(i, _)| i);
    let glued = format!("{}{}", &before[code_start..], &text[span.clone()]);
    if code_start < span.start
        && crate::segment::numbers::glued_currency(&glued) == Some(span.start - code_start)
    {
        return Some(match &before[code_start..] {
            "CNY" | "RMB" | "Y" => "yuan",
            "EUR" => "euros",
            "USD" => "dollars",
            "GBP" => "pounds",
            "JPY" => "yen",
            "INR" => "rupees",
            "UAH" => "hryvnias",
            "KZT" => "tenge",
            "CHF" => "francs",
            _ => "rubles",
        });
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
    // A round word of another order: «более тысячи» → "more than a million".
    let lone = |n: &Num| {
        n.m.spelled
            && n.m.kind == NumKind::Plain
            && ((n.m.loose && n.m.magnitude.is_none())
                || (n.m.mantissa == 1.0 && n.m.magnitude.is_some()))
            && n.m.value >= 1e3
    };
    if lone(s) && lone(t) && s.m.value != t.m.value {
        return Some("magnitude changed");
    }
    if !kinds_compatible(s.m.kind, t.m.kind) || s.m.loose || t.m.loose {
        return None;
    }
    if s.m.kind == NumKind::Month {
        return Some("month changed");
    }
    match (&s.clock, &t.clock) {
        (Some(_), Some(_)) => return Some("time changed"),
        // A time with minutes is no figure with digits swapped: only its hour would be.
        (Some(c), None) | (None, Some(c)) if c.minutes % 60 != 0 => return None,
        _ => {}
    }
    if s.m.multiple && t.m.multiple {
        return Some("multiple changed");
    }
    // A number and its "-teen" («шести» → "sixteen" or "16", «семнадцать» → "7"): a
    // slip between two Russian words that sound alike, written out on one side at least.
    let (lo, hi) = (s.m.value.min(t.m.value), s.m.value.max(t.m.value));
    if (s.m.spelled || t.m.spelled)
        && s.m.kind == NumKind::Plain
        && t.m.kind == NumKind::Plain
        && !s.in_name
        && !t.in_name
        && s.m.magnitude.is_none()
        && t.m.magnitude.is_none()
        && lo.fract() == 0.0
        && (3.0..=9.0).contains(&lo)
        && hi == lo + 10.0
    {
        return Some("figure changed");
    }
    // «в 2 раза» → "by 2%", «на 4,5%» → "4.5 times".
    if (s.m.value - t.m.value).abs() < 1e-9 {
        if multiple_as_percent(s, t) {
            return Some("multiple said as a percentage");
        }
        if multiple_as_percent(t, s) {
            return Some("percentage said as a multiple");
        }
    }
    if s.fahrenheit != t.fahrenheit && s.m.value == t.m.value {
        return Some("temperature scale changed");
    }
    if s.m.magnitude != t.m.magnitude && (s.m.mantissa - t.m.mantissa).abs() < 1e-9 {
        return Some("magnitude changed");
    }
    if let (Some((a, ao)), Some((b, bo))) = (digits_sorted(s), digits_sorted(t)) {
        // (Decimals only with the same magnitude: «16,4 млн» → "1.64 billion" is the
        // figure changed.)
        let scale = s.m.magnitude == t.m.magnitude
            || (s.m.value.fract() == 0.0 && t.m.value.fract() == 0.0);
        if a == b && a.len() > 1 && ao != bo && scale {
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

/// The day of the week a word names (1 is Monday): «в среду», «в минувшую пятницу»,
/// «по средам», "on Tuesday". «Среда» is also "environment": only after a preposition
/// or a word that dates it («в среду», «к среде», «до среды», «прошлую среду»), never «в
/// среде». Not the night before a day («в ночь на воскресенье» is Saturday night), nor
/// a capitalised Russian name mid-sentence (the channel «Пятница»).
fn weekday(tokens: &[crate::segment::Token], k: usize) -> Option<u8> {
    let t = &tokens[k];
    let words: Vec<&crate::segment::Token> = tokens[..k]
        .iter()
        .rev()
        .filter(|x| x.kind != crate::segment::TokenKind::Space)
        .take(2)
        .collect();
    let prev = |i: usize| words.get(i).map_or("", |x| x.lower.as_str());
    let w = t.lower.as_str();
    if w.is_ascii() {
        const EN: [&str; 7] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
        ];
        let day = w.strip_suffix('s').unwrap_or(w);
        return EN
            .iter()
            .position(|d| *d == day)
            .filter(|_| t.capitalized)
            .map(|i| i as u8 + 1);
    }
    const RU: [&str; 7] = [
        "понедельник",
        "вторник",
        "сред",
        "четверг",
        "пятниц",
        "суббот",
        "воскресень",
    ];
    let i = RU.iter().position(|d| w.starts_with(d))?;
    // Whole forms only: «субботник», «пятничный», «средний» are not days.
    let ending = &w[RU[i].len()..];
    let endings: &[&str] = match i {
        0 | 1 | 3 => &["", "а", "у", "ом", "е", "и", "ам", "ами", "ах"],
        6 => &["е", "я", "ю", "ем", "ям", "ями", "ях"],
        _ => &["а", "у", "ы", "е", "ой", "ам", "ами", "ах"],
    };
    if !endings.contains(&ending) || (t.capitalized && !t.sentence_initial) {
        return None;
    }
    if prev(0) == "на" && matches!(prev(1), "ночь" | "ночью") {
        return None;
    }
    if i == 2 {
        const DATING: &[&str] = &[
            "в",
            "во",
            "на",
            "к",
            "до",
            "со",
            "с",
            "по",
            "минувшую",
            "прошлую",
            "позапрошлую",
            "эту",
            "следующую",
            "ближайшую",
            "каждую",
            "минувшей",
            "прошлой",
            "этой",
            "следующей",
            "ближайшей",
            "каждой",
        ];
        if !DATING.contains(&prev(0)) || (matches!(prev(0), "в" | "во") && ending != "у") {
            return None;
        }
    }
    Some(i as u8 + 1)
}

/// A day of the week changed between the sentences of a bead («в среду» → "on
/// Tuesday"): each side names one the other does not.
fn weekdays(ctx: &Context, out: &mut Vec<Finding>) {
    let (src, tgt) = (ctx.source(), ctx.target());
    let days = |side: &DocSide, g: usize| -> Vec<(u8, usize, std::ops::Range<usize>)> {
        let tokens = &side.sentence(g).1.tokens;
        (0..tokens.len())
            .filter(|&k| tokens[k].kind == crate::segment::TokenKind::Word)
            .filter_map(|k| weekday(tokens, k).map(|d| (d, g, tokens[k].span.clone())))
            .collect()
    };
    for bead in &ctx.a.alignment.sentences {
        let s_days: Vec<_> = bead.source.clone().flat_map(|g| days(&src, g)).collect();
        let t_days: Vec<_> = bead.target.clone().flat_map(|g| days(&tgt, g)).collect();
        let s_left: Vec<_> = s_days
            .iter()
            .filter(|(d, _, _)| !t_days.iter().any(|x| x.0 == *d))
            .collect();
        let t_left: Vec<_> = t_days
            .iter()
            .filter(|(d, _, _)| !s_days.iter().any(|x| x.0 == *d))
            .collect();
        let (Some((_, sg, ss)), Some((_, tg, ts))) = (s_left.first(), t_left.first()) else {
            continue;
        };
        let s_word = &src.sentence(*sg).0.text[ss.clone()];
        let t_word = &tgt.sentence(*tg).0.text[ts.clone()];
        let mut f = Finding::new(
            rule("number-mismatch"),
            format!("day of the week changed: «{s_word}» became «{t_word}»"),
        )
        .source(src.span_in(*sg, ss.clone()))
        .target(tgt.span_in(*tg, ts.clone()));
        if bead.confidence < 0.5 {
            f = f.severity(Severity::Warning);
        }
        out.push(f);
    }
}

/// A value said in words: (what it is, Russian words, English words).
type CountWord = (
    &'static str,
    &'static [&'static str],
    &'static [&'static str],
);

/// Figures said by a word that is no number: goals («дубль», "brace" are two; «хет-трик»,
/// "hat-trick" three) and the period a rate is compared over («в годовом выражении»,
/// «год к году», "year on year", "y/y"; «в месячном выражении», «месяц к месяцу»,
/// "month on month", "m/m"). Each is (value, Russian words, English words); a sentence
/// pair that says one value on each side and not the other's is a change.
const COUNT_WORDS: &[(&str, &[CountWord])] = &[
    (
        "figure changed",
        &[
            (
                "two goals",
                &["дубль", "дубля", "дублем", "два гола", "два мяча"],
                &["brace", "braces", "scored twice", "two goals"],
            ),
            (
                "three goals",
                &[
                    "хет-трик",
                    "хет-трика",
                    "хет-триком",
                    "хеттрик",
                    "хеттрика",
                    "три гола",
                    "три мяча",
                ],
                &[
                    "hat-trick",
                    "hat-tricks",
                    "hattrick",
                    "hat trick",
                    "three goals",
                    "scored three times",
                ],
            ),
        ],
    ),
    (
        "comparison period changed",
        &[
            (
                "year on year",
                &[
                    "в годовом выражении",
                    "в годовом исчислении",
                    "год к году",
                    "г/г",
                ],
                &["year on year", "year-on-year", "y/y", "yoy", "y-o-y"],
            ),
            (
                "month on month",
                &[
                    "в месячном выражении",
                    "в месячном исчислении",
                    "месяц к месяцу",
                    "м/м",
                ],
                &["month on month", "month-on-month", "m/m", "m-o-m"],
            ),
        ],
    ),
];

/// Where a phrase stands in a text as whole words (lower-cased), if it does.
fn phrase_at(lower: &str, phrase: &str) -> Option<std::ops::Range<usize>> {
    let mut from = 0;
    while let Some(i) = lower[from..].find(phrase) {
        let (a, b) = (from + i, from + i + phrase.len());
        let edge = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        if edge(lower[..a].chars().next_back()) && edge(lower[b..].chars().next()) {
            return Some(a..b);
        }
        from = b;
    }
    None
}

/// Figures said by words: «дубль» → "hat-trick", «в годовом выражении» → "month on
/// month" (see [`COUNT_WORDS`]).
fn counted_words(ctx: &Context, out: &mut Vec<Finding>) {
    let (src, tgt) = (ctx.source(), ctx.target());
    // The first value of a group a side says, with its sentence and span.
    type Said = Option<(usize, std::ops::Range<usize>)>;
    let find = |side: &DocSide, gs: std::ops::Range<usize>, words: &[&str]| -> Said {
        gs.clone().find_map(|g| {
            let (unit, sent, _, _) = side.sentence(g);
            let text = &unit.text[sent.span.clone()];
            // (Lower-casing keeps the offsets of these scripts.)
            let lower = text.to_lowercase();
            if lower.len() != text.len() {
                return None;
            }
            words.iter().find_map(|w| {
                phrase_at(&lower, w)
                    .map(|r| (g, sent.span.start + r.start..sent.span.start + r.end))
            })
        })
    };
    for bead in &ctx.a.alignment.sentences {
        if bead.source.is_empty() || bead.target.is_empty() {
            continue;
        }
        for (why, values) in COUNT_WORDS {
            let said: Vec<(Said, Said)> = values
                .iter()
                .map(|(_, ru, en)| {
                    (
                        find(&src, bead.source.clone(), ru),
                        find(&tgt, bead.target.clone(), en),
                    )
                })
                .collect();
            // One value on each side, and each side silent on the other's.
            let s_vals: Vec<usize> = (0..said.len()).filter(|&k| said[k].0.is_some()).collect();
            let t_vals: Vec<usize> = (0..said.len()).filter(|&k| said[k].1.is_some()).collect();
            let ([a], [b]) = (s_vals.as_slice(), t_vals.as_slice()) else {
                continue;
            };
            if a == b {
                continue;
            }
            let (Some((sg, ss)), Some((tg, ts))) = (said[*a].0.clone(), said[*b].1.clone()) else {
                continue;
            };
            let s_word = &src.sentence(sg).0.text[ss.clone()];
            let t_word = &tgt.sentence(tg).0.text[ts.clone()];
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "{why}: «{s_word}» ({}) became «{t_word}» ({})",
                    values[*a].0, values[*b].0
                ),
            )
            .source(src.span_in(sg, ss))
            .target(tgt.span_in(tg, ts))
            .suggest(format!("the source says {}", values[*a].0));
            if bead.confidence < 0.5 {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
    }
}

pub fn check(ctx: &Context, out: &mut Vec<Finding>) {
    weekdays(ctx, out);
    counted_words(ctx, out);
    let al = &ctx.a.alignment;
    let src = ctx.source();
    let tgt = ctx.target();
    // The figures in digits of each whole document: one that another paragraph gives
    // (a headline, an earlier mention) is no figure made up.
    let doc_values = |side: &DocSide| -> Vec<f64> {
        side.sentences
            .iter()
            .flatten()
            .flat_map(|s| s.numbers.iter())
            .filter(|m| !m.spelled)
            .map(|m| m.value)
            .collect()
    };
    let src_values = doc_values(&src);
    // The same, with the sentence of each.
    let tgt_sentence_values: Vec<(usize, f64)> = tgt
        .sentences
        .iter()
        .flatten()
        .enumerate()
        .flat_map(|(g, s)| {
            s.numbers
                .iter()
                .filter(|m| !m.spelled)
                .map(move |m| (g, m.value))
        })
        .collect();
    let elsewhere = |values: &[f64], v: f64| {
        values
            .iter()
            .any(|&x| (x - v).abs() <= 1e-9 * x.abs().max(1.0))
    };
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
        // Each pass first pairs only the very same value of the same sort (an ordinal
        // with an ordinal, a name with a name), then anything `same`: the 2 of «АЭС-2»
        // takes the 2 of "NPP-2" before «второй» can, and "third" is left to compare.
        for (pass, strict) in [(0, true), (0, false), (1, true), (1, false)] {
            for (i, s) in s_all.iter().enumerate() {
                if s_used[i] {
                    continue;
                }
                let bead = beads.iter().find(|b| b.source.contains(&s.g));
                let s_text = src.sentence_text(s.g);
                let candidate = |j: usize| {
                    let t = &t_all[j];
                    let in_bead = bead.is_some_and(|b| b.target.contains(&t.g));
                    !t_used[j]
                        && (pass == 1 || in_bead)
                        && (same(s, t, tgt.sentence_text(t.g)) || month_before(s, t, s_text))
                };
                // The very same value first: «в 2 раза … 50%» ↔ "doubled … 50%" pairs the
                // two 50s, not «2 раза» with "50%" (a halving).
                let equal = |j: usize| (s.m.value - t_all[j].m.value).abs() < 1e-9;
                let alike = |j: usize| {
                    let t = &t_all[j];
                    equal(j)
                        && s.m.kind == t.m.kind
                        && s.m.spelled == t.m.spelled
                        && s.in_name == t.in_name
                };
                let found = if strict {
                    (0..t_all.len()).find(|&j| alike(j) && candidate(j))
                } else {
                    (0..t_all.len())
                        .find(|&j| equal(j) && candidate(j))
                        .or_else(|| (0..t_all.len()).find(|&j| candidate(j)))
                };
                if let Some(j) = found {
                    let in_bead = bead.is_some_and(|b| b.target.contains(&t_all[j].g));
                    s_used[i] = true;
                    t_used[j] = true;
                    matched.push((i, j, in_bead));
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
        // Kopecks and cents are a hundredth of their currency: «на 45 копеек» is not "by
        // 45 rubles" nor "by 45 percent", «на 2 рубля» not "by 2 kopecks". Kopecks said
        // as cents move the figure to another currency (a warning: a loose rendering).
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (s_text, t_text) = (
                src.sentence(s.g).0.text.as_str(),
                tgt.sentence(t.g).0.text.as_str(),
            );
            let (ss, ts) = (subunit(s_text, &s.m.span), subunit(t_text, &t.m.span));
            let whole = |text: &str, n: &Num| {
                currency(text, &n.m.span).is_some() || n.m.kind == NumKind::Percent
            };
            let other_currency = matches!((ss, ts), (Some(a), Some(b)) if a != b);
            let lost = match (ss, ts) {
                (Some(_), None) => whole(t_text, t),
                (None, Some(_)) => whole(s_text, s),
                _ => false,
            };
            if !(other_currency || lost)
                || (s.m.value - t.m.value).abs() > 1e-9 * s.m.value.abs().max(1.0)
            {
                continue;
            }
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "unit changed: «{}» became «{}»",
                    money_label(s_text, s),
                    money_label(t_text, t)
                ),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!("the source says {}", money_label(s_text, s)));
            if !in_bead || other_currency {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // The same figure in another unit ("5 км" → "5 miles").
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            // "135 million pounds" is read as money, but for a mass of the source it is
            // wrong either way: as pounds of weight or as a sum.
            let t_unit = t.unit.or_else(|| {
                let mass = s.unit.is_some_and(|(q, _)| q == "mass");
                let text = tgt.sentence(t.g).0.text.as_str();
                let word = crate::segment::numbers::word_after(&text[t.m.span.end..]);
                (mass && matches!(word.to_lowercase().as_str(), "pound" | "pounds"))
                    .then_some(("mass", 0.453_592))
            });
            let (Some((qs, fs)), Some((qt, ft))) = (s.unit, t_unit) else {
                continue;
            };
            if (qs, fs) == (qt, ft) || (s.m.value - t.m.value).abs() > 1e-9 * s.m.value.abs() {
                continue;
            }
            let su = unit_label(src.sentence(s.g).0.text.as_str(), &s.m.span);
            let tu = unit_label(tgt.sentence(t.g).0.text.as_str(), &t.m.span);
            let with = |text: &str, unit: &str| {
                if unit.is_empty() {
                    text.to_string()
                } else {
                    format!("{text} {unit}")
                }
            };
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "unit changed: «{}» became «{}»",
                    with(s.text, &su),
                    with(t.text, &tu)
                ),
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
            let points =
                |n: &Num| matches!(n.points, Points::Percentage | Points::Basis | Points::Score);
            let changed = (points(s) && percent(t)) || (percent(s) && points(t));
            if !changed {
                continue;
            }
            let name = |n: &Num| match n.points {
                Points::Percentage => "percentage points",
                Points::Basis => "basis points",
                Points::Score => "points",
                _ => "percent",
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
        // A bound turned round: «не менее 18» → "no more than 18", «почти 300» → "more
        // than 300". Only for the very same figure: «более 1,9 млн» may be "almost 2
        // million".
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some((a, sa)), Some((b, ta))) = (s.bound, t.bound) else {
                continue;
            };
            let (x, y) = (s.m.value, t.m.value);
            if a == b || (x - y).abs() > 1e-9 * x.abs().max(1.0) || s.in_name || t.in_name {
                continue;
            }
            let (s_text, t_text) = (
                src.sentence(s.g).0.text.as_str(),
                tgt.sentence(t.g).0.text.as_str(),
            );
            let (s_phrase, t_phrase) = (&s_text[sa..s.m.span.end], &t_text[ta..t.m.span.end]);
            // «превысил 10 млн» → "less than 10 million" is the direction check's (a bound
            // passed said as not reached); "almost" and "up to" are left to this one.
            let (s_low, t_low) = (s_phrase.to_lowercase(), t_phrase.to_lowercase());
            if ["превыс", "превыш"].iter().any(|p| s_low.starts_with(p))
                && ["less", "fewer", "under", "below"]
                    .iter()
                    .any(|p| t_low.starts_with(p))
            {
                continue;
            }
            let say = |b: Bound| match b {
                Bound::AtLeast => "at least",
                Bound::AtMost => "at most",
            };
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "bound reversed: «{s_phrase}» ({} {}) became «{t_phrase}» ({} {})",
                    say(a),
                    human(x),
                    say(b),
                    human(y)
                ),
            )
            .source(src.span_in(s.g, sa..s.m.span.end))
            .target(tgt.span_in(t.g, ta..t.m.span.end))
            .suggest(format!("the source says {} {}", say(a), human(x)));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // A time bound turned round: «не позднее 22:00» → "no earlier than 22:00", «не ранее
        // 1 июля» → "no later than July 1". Once per source bound (a date is two figures).
        let mut time_bounds_reported: Vec<(usize, usize)> = Vec::new();
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some((a, sr)), Some((b, tr))) = (&s.time_bound, &t.time_bound) else {
                continue;
            };
            if a == b || time_bounds_reported.contains(&(s.g, sr.start)) {
                continue;
            }
            time_bounds_reported.push((s.g, sr.start));
            let (s_text, t_text) = (
                src.sentence(s.g).0.text.as_str(),
                tgt.sentence(t.g).0.text.as_str(),
            );
            let whole = |text: &str, r: &std::ops::Range<usize>, n: &Num| {
                let end = n.clock.as_ref().map_or(n.m.span.end, |c| c.span.end);
                let date = date_extent(text, n.m.span.start..end);
                r.start.min(date.start)..r.end.max(date.end)
            };
            let (s_span, t_span) = (whole(s_text, sr, s), whole(t_text, tr, t));
            let say = |b: &Bound| match b {
                Bound::AtLeast => "at the earliest",
                Bound::AtMost => "at the latest",
            };
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "time bound reversed: «{}» ({}) became «{}» ({})",
                    &s_text[s_span.clone()],
                    say(a),
                    &t_text[t_span.clone()],
                    say(b)
                ),
            )
            .source(src.span_in(s.g, s_span))
            .target(tgt.span_in(t.g, t_span))
            .suggest(format!("the source says {}", say(a)));
            if !in_bead {
                f = f.severity(Severity::Warning);
            }
            out.push(f);
        }
        // A price per another unit: «$65 за баррель» → "$65 per tonne" (the same figure;
        // a price converted into another unit is another figure).
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            let (Some(((qs, fs), se)), Some(((qt, ft), te))) = (s.per, t.per) else {
                continue;
            };
            if (qs == qt && (fs - ft).abs() <= 1e-9 * fs.abs())
                || (s.m.value - t.m.value).abs() > 1e-9 * s.m.value.abs().max(1.0)
            {
                continue;
            }
            let (s_text, t_text) = (
                src.sentence(s.g).0.text.as_str(),
                tgt.sentence(t.g).0.text.as_str(),
            );
            let (s_span, t_span) = (s.m.span.start..se, t.m.span.start..te);
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "unit changed: «{}» became «{}»",
                    &s_text[s_span.clone()],
                    &t_text[t_span.clone()]
                ),
            )
            .source(src.span_in(s.g, s_span))
            .target(tgt.span_in(t.g, t_span));
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
            if a == b
                || !(s.temperature || t.temperature)
                || s.m.value == 0.0
                || s.fahrenheit != t.fahrenheit
            {
                continue;
            }
            let signed = |n: &Num, below: bool| {
                format!("{}{}", if below { "−" } else { "" }, human(n.m.value))
            };
            // "minus 45 became plus 45", with the sign words as written («минус 45»).
            let said = |n: &Num, below: bool| {
                format!(
                    "{} {}",
                    if below { "minus" } else { "plus" },
                    human(n.m.value)
                )
            };
            let (s_text, t_text) = (
                src.sentence(s.g).0.text.as_str(),
                tgt.sentence(t.g).0.text.as_str(),
            );
            let (s_span, t_span) = (
                signed_span(s_text, &s.m.span),
                signed_span(t_text, &t.m.span),
            );
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "sign changed: «{}» ({}) became «{}» ({})",
                    &s_text[s_span.clone()],
                    said(s, a),
                    &t_text[t_span.clone()],
                    said(t, b)
                ),
            )
            .source(src.span_in(s.g, s_span))
            .target(tgt.span_in(t.g, t_span))
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
        // Figures one side derives from the other's: the rise, the year before, a share of
        // two figures, the night between two days.
        derived(
            &s_all,
            &mut s_used,
            &t_all,
            &mut t_used,
            &beads,
            true,
            &src,
            &tgt,
        );
        derived(
            &t_all,
            &mut t_used,
            &s_all,
            &mut s_used,
            &beads,
            false,
            &tgt,
            &src,
        );
        // Figures said by words that are no figures on the other side: "his second goal"
        // for «дубль», «до четырёх побед» for "best-of-seven".
        rendered_counts(&s_all, &mut s_used, &t_all, &mut t_used, &beads, &src, &tgt);
        // Two figures each paired but turned round: «со 100 до 120» → "from 120 to 100".
        swapped_pairs(&s_all, &t_all, &matched, &beads, &src, &tgt, out);
        // A percentage become a bare figure: «на 9,8%» → "by 9.8".
        for &(i, j, in_bead) in &matched {
            let (s, t) = (&s_all[i], &t_all[j]);
            if !percent_dropped(s, t, &t_all, tgt.sentence(t.g).0.text.as_str()) {
                continue;
            }
            let mut f = Finding::new(
                rule("number-mismatch"),
                format!(
                    "percent sign dropped: «{}» (a percentage) became «{}» (a bare figure)",
                    s.text, t.text
                ),
            )
            .source(src.span_in(s.g, s.m.span.clone()))
            .target(tgt.span_in(t.g, t.m.span.clone()))
            .suggest(format!("the source says {}%", human(s.m.value)));
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
        // Two figures of a sentence that make a range: «15–17», "5-7", "5 to 7".
        let joined = |all: &[Num], side: &DocSide, a: usize, b: usize| {
            let (x, y) = (&all[a], &all[b]);
            x.g == y.g
                && !x.in_name
                && !y.in_name
                && side
                    .sentence(x.g)
                    .0
                    .text
                    .get(x.m.span.end..y.m.span.start)
                    .is_some_and(|w| {
                        crate::segment::numbers::RANGE_JOINERS
                            .contains(&w.trim().to_lowercase().as_str())
                    })
        };
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
                            // An ordinal in words pairs with an ordinal («в первую
                            // очередь» is no figure that became "two").
                            && (!s.m.spelled
                                || (s.m.kind == NumKind::Ordinal) == (t_all[j].m.kind == NumKind::Ordinal))
                            && !t_all[j].in_name
                            // (A time is not "changed" into its own hour.)
                            && (s.clock.is_some() == t_all[j].clock.is_some()
                                || s.m.value != t_all[j].m.value)
                    })
                    .collect();
                // (Figures already reported as changed are no longer candidates.)
                let s_cands = s_left
                    .iter()
                    .filter(|&&k| {
                        !s_reported[k]
                            // (A model number is paired on its own: «Ми-8» → "Mi-17".)
                            && !s_all[k].in_name
                            && s_all[k].m.spelled == s.m.spelled
                            && bead.is_some_and(|b| b.source.contains(&s_all[k].g))
                    })
                    .filter(|&&k| kinds_compatible(s_all[k].m.kind, s.m.kind))
                    .count();
                // A place or a term said in words («четвёртое место» → "fifth place") is
                // compared like a figure when it is the only ordinal on each side.
                let word_ok = !s.m.spelled || matches!(s.m.kind, NumKind::Plain | NumKind::Ordinal);
                (cands.len() == 1 && s_cands == 1 && word_ok && !s.in_name)
                    .then(|| (cands[0], "figure changed"))
            };
            // Both ends of a range changed: «15–17 апреля» → "April 5-7" pairs end with end
            // when the bead has one range left on each side.
            let range_end = || {
                if s.in_name || s.m.spelled {
                    return None;
                }
                let (end, other) = if i + 1 < s_all.len() && joined(&s_all, &src, i, i + 1) {
                    (0, i + 1)
                } else if i > 0 && joined(&s_all, &src, i - 1, i) {
                    (1, i - 1)
                } else {
                    return None;
                };
                if s_used[other] {
                    return None;
                }
                let left = |j: usize| {
                    t_left.contains(&j) && bead.is_some_and(|b| b.target.contains(&t_all[j].g))
                };
                let ranges: Vec<usize> = (0..t_all.len().saturating_sub(1))
                    .filter(|&j| {
                        left(j)
                            && left(j + 1)
                            && (end == 1 || !t_taken[j])
                            && !t_taken[j + 1]
                            && joined(&t_all, &tgt, j, j + 1)
                            && kinds_compatible(s.m.kind, t_all[j + end].m.kind)
                    })
                    .collect();
                match ranges.as_slice() {
                    [j] if !t_taken[j + end] => Some((j + end, "figure changed")),
                    _ => None,
                }
            };
            if let Some((j, why)) = related.or_else(range_end).or_else(single) {
                t_taken[j] = true;
                s_reported[i] = true;
                let t = &t_all[j];
                let r = rule("number-mismatch");
                let (s_text, t_text) = (
                    src.sentence(s.g).0.text.as_str(),
                    tgt.sentence(t.g).0.text.as_str(),
                );
                // A time is shown and pointed at whole ("08:17", "8.19am").
                let (s_span, t_span) = match (&s.clock, &t.clock) {
                    (Some(a), Some(b)) => (a.span.clone(), b.span.clone()),
                    _ => (s.m.span.clone(), t.m.span.clone()),
                };
                let msg = match (&s.designation, &t.designation) {
                    (Some((_, sd)), Some((_, td))) if why == "designation changed" => {
                        format!("{why}: «{sd}» became «{td}»")
                    }
                    _ if why == "time changed" => {
                        let (a, b) = (s.clock.as_ref(), t.clock.as_ref());
                        let zone = |c: Option<&Clock>| match c.and_then(|c| c.zone) {
                            Some(0) => " (GMT)",
                            Some(3) => " (Moscow time)",
                            _ if c.is_some_and(|c| c.local) => " (local time)",
                            _ => "",
                        };
                        // The same hour and minute in another zone: «13:25 мск» → "13:25 GMT".
                        let why = if a.map(|c| c.minutes) == b.map(|c| c.minutes) {
                            "time zone changed"
                        } else {
                            why
                        };
                        format!(
                            "{why}: «{}»{} became «{}»{}",
                            &s_text[s_span.clone()],
                            zone(a),
                            &t_text[t_span.clone()],
                            zone(b)
                        )
                    }
                    _ if why == "temperature scale changed" => {
                        let scale = |n: &Num| {
                            if n.fahrenheit {
                                "Fahrenheit"
                            } else {
                                "Celsius"
                            }
                        };
                        format!(
                            "{why}: «{}» degrees {} became «{}» degrees {}",
                            s.text,
                            scale(s),
                            t.text,
                            scale(t)
                        )
                    }
                    _ if why == "multiple said as a percentage"
                        || why == "percentage said as a multiple" =>
                    {
                        let say = |n: &Num| {
                            if n.m.multiple {
                                format!("{} times", human(n.m.value))
                            } else {
                                format!("{}%", human(n.m.value))
                            }
                        };
                        format!(
                            "{why}: «{}» ({}) became «{}» ({})",
                            &s_text[multiple_phrase(s_text, s)],
                            say(s),
                            &t_text[multiple_phrase(t_text, t)],
                            say(t)
                        )
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
                    .source(src.span_in(s.g, s_span))
                    .target(tgt.span_in(t.g, t_span));
                // Without a confident sentence alignment, a changed figure is only a warning.
                // So is a named zone said as local time: the place may be in that zone.
                let zone_to_local = t.clock.as_ref().is_some_and(|c| c.local)
                    && s.clock.as_ref().is_some_and(|c| !c.local)
                    && s.clock.as_ref().map(|c| c.minutes) == t.clock.as_ref().map(|c| c.minutes);
                if bead.is_none_or(|b| b.confidence < 0.5) || zone_to_local {
                    f = f.severity(Severity::Warning);
                }
                if let Some(sg) = sugg {
                    f = f.suggest(sg);
                }
                out.push(f);
            }
        }
        // 4. Figures with no counterpart at all (digits, and the words of
        // `word_figure_to_keep`: others are often rephrased).
        let r = rule("number-missing");
        // A figure its sentence repeats and the other side says once: «с 01.03.2024 по
        // 31.03.2024» → "from March 1 to 31, 2024".
        let repeated = |all: &[Num], used: &[bool], i: usize| {
            all.iter().enumerate().any(|(k, o)| {
                k != i
                    && used[k]
                    && o.g == all[i].g
                    && o.m.kind == all[i].m.kind
                    && o.m.value == all[i].m.value
            })
        };
        // The minutes of a time the other side writes as one ("в 17 часов 47 минут" ↔ "at
        // 5:47 PM", «с 10-00» ↔ "from 10:00 a.m."): two digits, left over, the minute of a
        // time in the aligned sentences.
        let minute_of_clock = |n: &Num, others: &[Num], other_is_target: bool| {
            let beads_other = |o: &Num| {
                beads.iter().any(|b| {
                    let (mine, theirs) = if other_is_target {
                        (&b.source, &b.target)
                    } else {
                        (&b.target, &b.source)
                    };
                    mine.contains(&n.g) && theirs.contains(&o.g)
                })
            };
            n.text.len() == 2
                && others.iter().any(|o| {
                    o.clock
                        .as_ref()
                        .is_some_and(|c| f64::from(c.minutes % 60) == n.m.value)
                        && beads_other(o)
                })
        };
        for &i in &s_left {
            let s = &s_all[i];
            let (unit, sent, _, _) = src.sentence(s.g);
            if s_reported[i]
                || (s.m.spelled && !word_figure_to_keep(s, &unit.text, sent.span.start))
                || s.in_name
                || s.m.kind == NumKind::Ordinal
                || minute_of_clock(s, &t_all, true)
                || repeated(&s_all, &s_used, i)
            {
                continue;
            }
            let translation = aligned_text(&beads, &tgt, s.g, true);
            let s_text = src.sentence(s.g).0.text.as_str();
            if said_in_words(s.m, &translation)
                || said_as_period(s, &translation, false)
                || score_in_words(s_text, &s.m.span, s.m.value, &translation)
                || (s.m.spelled && said_as_word(s.m.mantissa, &translation))
            {
                continue;
            }
            // Only when another sentence gives it: a figure of the aligned sentence itself
            // is no figure that moved.
            let bead_target = beads
                .iter()
                .find(|b| b.source.contains(&s.g))
                .map(|b| b.target.clone());
            // A sentence the translation leaves out is the omission check's: its figures
            // are not missing one by one.
            if bead_target.as_ref().is_some_and(|r| r.is_empty()) {
                continue;
            }
            let equal = |x: f64| (x - s.m.value).abs() <= 1e-9 * x.abs().max(1.0);
            let outside = |g: usize| !bead_target.as_ref().is_some_and(|r| r.contains(&g));
            // A figure of this paragraph counts only if no source figure took it ("22 of
            // 25 analysts" is the 25 of the analysts, not of a date left out).
            let moved = t_all.iter().enumerate().any(|(j, t)| {
                !t_used[j] && !t_taken[j] && !t.m.spelled && outside(t.g) && equal(t.m.value)
            }) || tgt_sentence_values
                .iter()
                .any(|&(g, x)| !tr.contains(&g) && outside(g) && equal(x));
            let where_ = if moved {
                "in the aligned translation (the translation gives it elsewhere)"
            } else {
                "in the translation"
            };
            out.push(
                Finding::new(
                    r,
                    format!(
                        "the figure «{}» of the source does not appear {where_}",
                        s.text
                    ),
                )
                .source(src.span_in(s.g, s.m.span.clone()))
                .target(span_of_bead_target(&tgt, &beads, s.g, tr.clone())),
            );
        }
        for &j in &t_left {
            let t = &t_all[j];
            if t_taken[j]
                || t.m.spelled
                || t.in_name
                || t.m.kind == NumKind::Ordinal
                || minute_of_clock(t, &s_all, false)
                || repeated(&t_all, &t_used, j)
            {
                continue;
            }
            let _ = &para_target_text;
            // The month or year before, which the source says without naming it.
            if s_all.iter().any(|s| {
                let s_text = src.sentence_text(s.g);
                month_before(s, t, s_text) || year_before(s, t, s_text)
            }) {
                continue;
            }
            let source_text = aligned_text(&beads, &src, t.g, false);
            // A score the source implies ("made it 2-0" for «удвоил преимущество»).
            let t_text = tgt.sentence(t.g).0.text.as_str();
            let implied_score = score_side(t_text, &t.m.span) && about_a_match(&source_text);
            if said_in_words(t.m, &source_text)
                || said_as_period(t, &source_text, true)
                || implied_score
            {
                continue;
            }
            // Given by another paragraph of the source: added from there, unless a small
            // figure that may well be another.
            let given = elsewhere(&src_values, t.m.value);
            if given && (t.m.value.abs() >= 10.0 || t.m.value.fract() != 0.0) {
                continue;
            }
            let where_ = if given {
                "in the aligned source (the source gives it elsewhere)"
            } else {
                "in the source"
            };
            out.push(
                Finding::new(
                    r,
                    format!("the figure «{}» does not appear {where_}", t.text),
                )
                .target(tgt.span_in(t.g, t.m.span.clone())),
            );
        }
    }
}

/// Forms of «дубль» and «хет-трик» (the goals of [`COUNT_WORDS`]) with their number.
fn goal_words_ru(value: f64) -> &'static [&'static str] {
    let k = match value as i64 {
        2 => 0,
        3 => 1,
        _ => return &[],
    };
    COUNT_WORDS[0].1.get(k).map_or(&[], |w| w.1)
}

/// The same in English ("brace", "hat-trick").
fn goal_words_en(value: f64) -> &'static [&'static str] {
    let k = match value as i64 {
        2 => 0,
        3 => 1,
        _ => return &[],
    };
    COUNT_WORDS[0].1.get(k).map_or(&[], |w| w.2)
}

/// Whether a text says one of the phrases as whole words.
fn says_any(text: &str, phrases: &[&str]) -> bool {
    let lower = text.to_lowercase();
    lower.len() == text.len() && phrases.iter().any(|p| phrase_at(&lower, p).is_some())
}

/// English cardinals up to nine, for "best-of-seven".
const SMALL_CARDINALS_EN: &[&str] = &[
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// Figures the other side says by a word that is no figure, marked as paired:
/// - the goals of a «дубль» or «хет-трик» counted as the last of them: "his second goal",
///   "a third goal" (and «второй гол» for "a brace");
/// - the wins a series is played to as its length: «до четырёх побед» is "best-of-seven",
///   «до трёх побед» "best of five" (at most 2N − 1 games).
#[allow(clippy::too_many_arguments)]
fn rendered_counts(
    s_all: &[Num],
    s_used: &mut [bool],
    t_all: &[Num],
    t_used: &mut [bool],
    beads: &[&crate::align::Bead],
    src: &DocSide,
    tgt: &DocSide,
) {
    for (lone, used, side, other, is_source) in [
        (s_all, &mut *s_used, src, tgt, true),
        (t_all, &mut *t_used, tgt, src, false),
    ] {
        for (k, n) in lone.iter().enumerate() {
            if used[k] || n.m.kind != NumKind::Ordinal {
                continue;
            }
            let text = side.sentence(n.g).0.text.as_str();
            let next = crate::segment::numbers::word_after(&text[n.m.span.end..]).to_lowercase();
            let goal = if is_source {
                ["гол", "мяч", "шайб"].iter().any(|w| next.starts_with(w))
            } else {
                next.starts_with("goal")
            };
            let words = if is_source {
                goal_words_en(n.m.value)
            } else {
                goal_words_ru(n.m.value)
            };
            if goal && says_any(&aligned_text(beads, other, n.g, is_source), words) {
                used[k] = true;
            }
        }
    }
    for (i, s) in s_all.iter().enumerate() {
        let v = s.m.value;
        if s_used[i] || v.fract() != 0.0 || !(2.0..=5.0).contains(&v) {
            continue;
        }
        let text = src.sentence(s.g).0.text.as_str();
        let next = crate::segment::numbers::word_after(&text[s.m.span.end..]).to_lowercase();
        if word_before(text, s.m.span.start).to_lowercase() != "до" || !next.starts_with("побед")
        {
            continue;
        }
        let games = 2.0 * v - 1.0;
        let translation = aligned_text(beads, tgt, s.g, true).to_lowercase();
        let word = SMALL_CARDINALS_EN[games as usize];
        let said = ["best-of-", "best of ", "best-of ", "best of-"]
            .iter()
            .any(|b| {
                translation.contains(&format!("{b}{word}"))
                    || translation.contains(&format!("{b}{games}"))
            });
        if !said {
            continue;
        }
        s_used[i] = true;
        // "best-of-7" with digits is the figure that says it.
        for (j, t) in t_all.iter().enumerate() {
            let before = tgt.sentence(t.g).0.text[..t.m.span.start].to_lowercase();
            if !t_used[j]
                && t.m.value == games
                && (before.ends_with("best-of-") || before.ends_with("best of "))
            {
                t_used[j] = true;
            }
        }
    }
}

/// How two figures of a sentence are joined, in a fixed order: from and to («со 100 до
/// 120», "from 100 to 120", "to 120 from 100"), a part and its whole («31 из 33», "31 of
/// 33", "31 shots out of 33"), what is and what it replaces («12 минут вместо 40», "12
/// minutes instead of 40", "instead of 40 minutes, 12").
#[derive(Clone, Copy, PartialEq, Debug)]
enum Joint {
    FromTo,
    PartOf,
    InsteadOf,
}

/// The joined pairs of figures of one side, as (joint, first, second) in the order of
/// the joint (from before to, the part before the whole, what is before what it
/// replaces). `all` are the figures of a paragraph.
fn joints(all: &[Num], side: &DocSide) -> Vec<(Joint, usize, usize)> {
    let mut out = Vec::new();
    for a in 0..all.len().saturating_sub(1) {
        let b = a + 1;
        let (x, y) = (&all[a], &all[b]);
        if x.g != y.g || x.in_name || y.in_name || x.clock.is_some() || y.clock.is_some() {
            continue;
        }
        let text = side.sentence(x.g).0.text.as_str();
        let Some(between) = text.get(x.m.span.end..y.m.span.start) else {
            continue;
        };
        let between = between.to_lowercase();
        let words: Vec<&str> = between
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .collect();
        // At most a noun or two between the figures ("31 shots out of 33").
        if words.is_empty() || words.len() > 4 || between.contains([',', ';', '.', '(']) {
            continue;
        }
        let before = word_before(text, x.m.span.start).to_lowercase();
        let last = words[words.len() - 1];
        let last_two = words[words.len().saturating_sub(2)..].join(" ");
        let joint = match (before.as_str(), last, last_two.as_str()) {
            ("с" | "со" | "от" | "from", "до" | "to", _) => Some((Joint::FromTo, a, b)),
            ("to", "from", _) => Some((Joint::FromTo, b, a)),
            (_, "вместо", _) | (_, _, "instead of") => Some((Joint::InsteadOf, a, b)),
            // In the order written: "33 of 31 shots" is the part 33, turned round.
            (_, "из" | "of", _) if words.len() <= 3 => Some((Joint::PartOf, a, b)),
            ("вместо", _, _) if words.len() <= 2 => Some((Joint::InsteadOf, b, a)),
            ("of", _, _)
                if before_two(text, x.m.span.start) == "instead of" && words.len() <= 2 =>
            {
                Some((Joint::InsteadOf, b, a))
            }
            _ => None,
        };
        out.extend(joint);
    }
    out
}

/// The two words before a position, lower-cased ("instead of").
fn before_two(text: &str, start: usize) -> String {
    let w = words_before(text, start);
    match (w.get(1), w.first()) {
        (Some(a), Some(b)) => format!("{} {}", a.0, b.0),
        _ => String::new(),
    }
}

/// Two figures both paired but turned round by the joint that holds them: «со 100 до
/// 120 рублей» → "from 120 to 100 rubles", «31 бросок из 33» → "33 of 31 shots", «за 12
/// минут вместо 40» → "in 40 minutes instead of 12".
#[allow(clippy::too_many_arguments)]
fn swapped_pairs(
    s_all: &[Num],
    t_all: &[Num],
    matched: &[(usize, usize, bool)],
    beads: &[&crate::align::Bead],
    src: &DocSide,
    tgt: &DocSide,
    out: &mut Vec<Finding>,
) {
    let pair_of = |i: usize| matched.iter().find(|m| m.0 == i).map(|m| (m.1, m.2));
    let t_joints = joints(t_all, tgt);
    for (joint, a, b) in joints(s_all, src) {
        let (Some((ta, in_a)), Some((tb, in_b))) = (pair_of(a), pair_of(b)) else {
            continue;
        };
        if !t_joints.contains(&(joint, tb, ta)) || s_all[a].m.value == s_all[b].m.value {
            continue;
        }
        let (s, t) = (&s_all[a], &t_all[ta]);
        let s_text = src.sentence(s.g).0.text.as_str();
        let t_text = tgt.sentence(t.g).0.text.as_str();
        let (s2, t2) = (&s_all[b], &t_all[tb]);
        let s_span = s.m.span.start.min(s2.m.span.start)..s.m.span.end.max(s2.m.span.end);
        let t_span = t.m.span.start.min(t2.m.span.start)..t.m.span.end.max(t2.m.span.end);
        let what = match joint {
            Joint::FromTo => "from and to",
            Joint::PartOf => "the part and the whole",
            Joint::InsteadOf => "what is and what it replaces",
        };
        let mut f = Finding::new(
            rule("number-mismatch"),
            format!(
                "figures swapped: «{}» became «{}» ({what} turned round)",
                &s_text[s_span.clone()],
                &t_text[t_span.clone()]
            ),
        )
        .source(src.span_in(s.g, s_span))
        .target(tgt.span_in(t.g, t_span))
        .suggest(format!(
            "the source says {} then {}",
            human(s.m.value),
            human(s2.m.value)
        ));
        let bead = beads.iter().find(|x| x.source.contains(&s.g));
        if !(in_a && in_b) || bead.is_none_or(|x| x.confidence < 0.5) {
            f = f.severity(Severity::Warning);
        }
        out.push(f);
    }
}

/// A percentage paired with the same value said as a bare figure: «на 9,8%» → "by 9.8".
/// Not percentage points, a unit, money, a name or a time, nor the first end of a range
/// whose second carries the sign ("from 9.8 to 12%").
fn percent_dropped(s: &Num, t: &Num, t_all: &[Num], t_text: &str) -> bool {
    let bare = |n: &Num| {
        n.m.kind == NumKind::Plain
            && !n.m.spelled
            && !n.m.multiple
            && n.points == Points::No
            && n.unit.is_none()
            && n.per.is_none()
            && n.clock.is_none()
            && !n.in_name
    };
    if s.m.kind != NumKind::Percent
        || s.points != Points::No
        || !bare(t)
        || (s.m.value - t.m.value).abs() > 1e-9 * s.m.value.abs().max(1.0)
        || currency(t_text, &t.m.span).is_some()
    {
        return false;
    }
    let next = crate::segment::numbers::word_after(&t_text[t.m.span.end..]).to_lowercase();
    // A percentage the segmenter did not read as one ("9.8 per cent", "9.8 pct").
    if [
        "per",
        "percent",
        "pct",
        "pc",
        "points",
        "point",
        "percentage",
    ]
    .contains(&next.as_str())
    {
        return false;
    }
    // The next figure of the sentence carries the sign for both.
    !t_all.iter().any(|o| {
        o.g == t.g
            && o.m.span.start >= t.m.span.end
            && o.m.kind == NumKind::Percent
            && t_text
                .get(t.m.span.end..o.m.span.start)
                .is_some_and(|b| b.split_whitespace().count() <= 2)
    })
}

/// Words before a figure that say it is a change: "rose by 300,000", "up 2 points", «на
/// 300 тыс.», "an increase of 300,000".
const CHANGE_WORDS: &[&str] = &[
    "by",
    "up",
    "down",
    "rose",
    "fell",
    "grew",
    "jumped",
    "climbed",
    "dropped",
    "increased",
    "decreased",
    "declined",
    "gained",
    "lost",
    "added",
    "shed",
    "на",
];

/// Nouns of a change before "of": "an increase of 300,000".
const CHANGE_NOUNS_EN: &[&str] = &[
    "increase", "rise", "growth", "gain", "jump", "decrease", "drop", "fall", "decline", "loss",
];

/// Phrases that compare with the year before: «годом ранее», «прошлого года», "a year
/// earlier", "the previous year".
const YEAR_BEFORE: &[&str] = &[
    "годом ранее",
    "годом раньше",
    "год назад",
    "год тому назад",
    "предыдущего года",
    "предыдущим годом",
    "предыдущем году",
    "предыдущий год",
    "прошлого года",
    "прошлым годом",
    "прошлом году",
    "прошлый год",
    "прошлогодн",
    "year earlier",
    "year before",
    "previous year",
    "prior year",
    "year ago",
    "last year",
];

/// Figures of one side (`lone`) left unpaired that the other side (`others`) derives from
/// its own figures, which are then no changed or missing figures:
/// - the difference of two figures of one sentence, one of them paired, as a change: «с
///   1,2 млн до 1,5 млн» → "rose by 300,000 to 1.5 million";
/// - the year compared with, one before a year of the other side whose sentence says
///   "the year before": «в 2024 году … годом ранее» → "down 30% on 2023";
/// - a share said as two figures: «7 из 10» → "seven in ten", «трое из пяти» → "60%";
/// - a day of a night between two days whose other day is paired: «в ночь на 5 июня» →
///   "on the night of June 4–5", «в ночь со 2 на 3 марта» → "on the night of March 2".
#[allow(clippy::too_many_arguments)]
fn derived(
    lone: &[Num],
    lone_used: &mut [bool],
    others: &[Num],
    others_used: &mut [bool],
    beads: &[&crate::align::Bead],
    lone_is_source: bool,
    lone_side: &DocSide,
    other_side: &DocSide,
) {
    let plain = |n: &Num| {
        !n.in_name && n.clock.is_none() && matches!(n.m.kind, NumKind::Plain | NumKind::Percent)
    };
    let year = |n: &Num| {
        !n.m.spelled
            && n.m.magnitude.is_none()
            && n.m.kind == NumKind::Plain
            && n.m.value.fract() == 0.0
            && (1900.0..=2100.0).contains(&n.m.value)
    };
    for i in 0..lone.len() {
        let n = &lone[i];
        if lone_used[i] || !plain(n) {
            continue;
        }
        let Some(bead) = beads.iter().find(|b| {
            if lone_is_source {
                b.source.contains(&n.g)
            } else {
                b.target.contains(&n.g)
            }
        }) else {
            continue;
        };
        let theirs = if lone_is_source {
            bead.target.clone()
        } else {
            bead.source.clone()
        };
        let cands: Vec<usize> = (0..others.len())
            .filter(|&j| theirs.contains(&others[j].g) && plain(&others[j]))
            .collect();
        let text = lone_side.sentence(n.g).0.text.as_str();
        if let Some(q) = time_between(n, text, others, others_used, &theirs) {
            lone_used[i] = true;
            others_used[q] = true;
            continue;
        }
        // A change: the words before say so, or "more", «больше» after (a multiple is one).
        let words = words_before(text, n.m.span.start);
        let w = |i: usize| words.get(i).map_or("", |x| x.0.as_str());
        let multiple = n.m.multiple;
        let after = crate::segment::numbers::word_after(&text[n.m.span.end..]).to_lowercase();
        let change = multiple
            || CHANGE_WORDS.contains(&w(0))
            || CHANGE_STEMS_RU.iter().any(|s| w(0).starts_with(s))
            || (w(0) == "of" && CHANGE_NOUNS_EN.contains(&w(1)))
            || matches!(
                after.as_str(),
                "more" | "fewer" | "less" | "больше" | "меньше" | "более" | "менее"
            );
        // The whole figure or its rounding as written.
        let close = |exact: f64| {
            let diff = (exact - n.m.value).abs();
            let rounded = n.m.magnitude.is_some() || decimals(n.m) > 0;
            diff <= 1e-6 * exact.abs().max(1.0)
                || (rounded
                    && diff <= rounding_unit(n.m) / 2.0 + 1e-9
                    && diff <= MAX_ROUNDING * exact.abs())
        };
        // The change from `from` to `to` as `n` says it: the difference, a percentage of
        // the first ("rose 25% to 1.5 million") or a multiple ("doubled to 4 million").
        let says_change = |from: f64, to: f64| {
            let diff = (to - from).abs();
            if n.m.multiple {
                from != 0.0 && (to / from - n.m.value).abs() <= 0.05 * n.m.value
            } else if n.m.kind == NumKind::Percent && n.points == Points::No {
                from != 0.0 && (diff / from.abs() * 100.0 - n.m.value).abs() <= 0.5 + 1e-9
            } else {
                close(diff)
            }
        };
        let difference = || {
            cands.iter().find_map(|&p| {
                let a = &others[p];
                cands.iter().copied().find(|&q| {
                    let b = &others[q];
                    // In the order written: from `from` to `to`.
                    let (from, to) = if a.m.span.start < b.m.span.start {
                        (a.m.value, b.m.value)
                    } else {
                        (b.m.value, a.m.value)
                    };
                    others_used[p]
                        && q != p
                        && !a.m.multiple
                        && !b.m.multiple
                        && a.g == b.g
                        && a.m.kind == b.m.kind
                        && from != to
                        && (a.m.kind != NumKind::Percent
                            || n.m.kind != NumKind::Percent
                            || n.points != Points::No)
                        && says_change(from, to)
                })
            })
        };
        // The year compared with: "down 30% on 2023", «по сравнению с 2023 годом», "than
        // in 2023", "on the 2023 figure".
        let skip = usize::from(matches!(w(0), "in" | "the" | "в"));
        let compared = matches!(
            w(skip),
            "on" | "than"
                | "from"
                | "with"
                | "to"
                | "against"
                | "over"
                | "versus"
                | "vs"
                | "с"
                | "со"
                | "против"
                | "чем"
                | "к"
        );
        let year_before = || {
            if !year(n) || !compared {
                return None;
            }
            cands.iter().copied().find(|&q| {
                let o = &others[q];
                let said = other_side.sentence_text(o.g).to_lowercase();
                year(o)
                    && o.m.value == n.m.value + 1.0
                    && YEAR_BEFORE.iter().any(|p| said.contains(p))
            })
        };
        if let Some(q) = change.then(difference).flatten().or_else(year_before) {
            lone_used[i] = true;
            others_used[q] = true;
            continue;
        }
        // A share said as two figures: «7 из 10», «трое из пяти» ↔ "seven in ten", "60%".
        let share = if n.m.kind == NumKind::Percent && n.points == Points::No {
            Some((n.m.value / 100.0, 0.005))
        } else if n.m.spelled && n.m.value > 0.0 && n.m.value < 1.0 {
            Some((n.m.value, 1e-6))
        } else {
            None
        };
        let parts = share.and_then(|(v, tolerance)| {
            cands.iter().find_map(|&p| {
                let a = &others[p];
                let said = other_side.sentence(a.g).0.text.as_str();
                cands
                    .iter()
                    .copied()
                    .find(|&q| {
                        let b = &others[q];
                        let between = said
                            .get(a.m.span.end..b.m.span.start)
                            .map(|x| x.trim().to_lowercase());
                        a.g == b.g
                            && a.m.span.end <= b.m.span.start
                            && a.m.kind == NumKind::Plain
                            && b.m.kind == NumKind::Plain
                            && b.m.value > a.m.value
                            && (a.m.value / b.m.value - v).abs() <= tolerance + 1e-9
                            && between.is_some_and(|x| {
                                matches!(
                                    x.as_str(),
                                    "из" | "in" | "of" | "out of" | "out of every" | "in every"
                                )
                            })
                    })
                    .map(|q| (p, q))
            })
        });
        if let Some((p, q)) = parts {
            lone_used[i] = true;
            others_used[p] = true;
            others_used[q] = true;
            continue;
        }
        // The night between two days, the other paired: "June 4–5", «с 4 на 5 июня».
        let night = {
            let t = text.to_lowercase();
            t.contains("ноч") || t.contains("night")
        };
        let joined = |a: &Num, b: &Num| {
            text.get(a.m.span.end..b.m.span.start)
                .map(|x| x.trim().to_lowercase())
                .is_some_and(|x| {
                    crate::segment::numbers::RANGE_JOINERS.contains(&x.as_str()) || x == "на"
                })
        };
        // Unless the other side dates its night the other way: «в ночь на 5 июня» is no
        // night of June 5–6.
        let dated = |day: f64, night: bool| {
            others
                .iter()
                .any(|o| theirs.contains(&o.g) && o.m.value == day && o.night == Some(night))
        };
        let other_day = lone.iter().enumerate().any(|(k, d)| {
            lone_used[k]
                && d.g == n.g
                && d.m.value <= 31.0
                && ((d.m.value == n.m.value + 1.0 && joined(n, d) && !dated(d.m.value, false))
                    || (d.m.value == n.m.value - 1.0 && joined(d, n) && !dated(d.m.value, true)))
        });
        if night && other_day && !n.m.spelled && n.m.value.fract() == 0.0 {
            lone_used[i] = true;
        }
    }
}

/// Words after a length of time («через 9 минут», "nine minutes later") or before it
/// that make it the time between two moments.
const RELATIVE_AFTER: &[&str] = &[
    "later",
    "afterwards",
    "after",
    "earlier",
    "before",
    "спустя",
    "позже",
    "позднее",
    "раньше",
    "ранее",
];
const RELATIVE_BEFORE: &[&str] = &["after", "within", "через", "спустя"];

/// A length of time (`n`) said as the time between two moments the other side gives:
/// «на 7-й минуте … на 16-й минуте» ↔ "in the 7th minute … nine minutes later", «в 10:00
/// … в 13:00» ↔ "three hours later". One of the two moments is paired already; the other,
/// returned, is the one `n` stands for.
fn time_between(
    n: &Num,
    text: &str,
    others: &[Num],
    others_used: &[bool],
    theirs: &std::ops::Range<usize>,
) -> Option<usize> {
    let (q, f) = n.unit?;
    if q != "time" || n.clock.is_some() || n.in_name {
        return None;
    }
    let mut after = text[n.m.span.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    // The unit word, then the word after it (a unit said inside the figure, «полчаса»,
    // has none).
    let first = after.next().unwrap_or_default();
    let next = if unit_word(&first).is_some() {
        after.next().unwrap_or_default()
    } else {
        first
    };
    let before = words_before(text, n.m.span.start);
    let relative = RELATIVE_AFTER.contains(&next.as_str())
        || before
            .first()
            .is_some_and(|(w, _)| RELATIVE_BEFORE.contains(&w.as_str()));
    if !relative {
        return None;
    }
    let length = n.m.value * f;
    // A moment in days: a time of day, or a figure with a unit of time.
    let moment = |o: &Num| match (&o.clock, o.unit) {
        (Some(c), _) => Some(f64::from(c.minutes) / 1440.0),
        (None, Some(("time", g))) if !o.in_name => Some(o.m.value * g),
        _ => None,
    };
    let near = |a: f64, b: f64| (a - b).abs() <= 1e-6 * a.abs().max(b.abs()).max(1e-3);
    (0..others.len()).find_map(|p| {
        let a = &others[p];
        let x = moment(a)?;
        if !others_used[p] || !theirs.contains(&a.g) {
            return None;
        }
        (0..others.len()).find(|&k| {
            let b = &others[k];
            k != p
                && !others_used[k]
                && b.g == a.g
                && (a.clock.is_some() == b.clock.is_some())
                && moment(b).is_some_and(|y| near((y - x).abs(), length))
        })
    })
}

/// A figure said in a word that a translation keeps: a cardinal or a collective numeral
/// («трёх лет», «двое из них»), not a word with a figure inside («двухлетний»), a share,
/// a multiple or a magnitude alone («миллион»); nor «семью», also "family", an idiom
/// («без пяти минут», "soon-to-be"), a rough count («два-три»), or a word of a title
/// («Трое и снежинка»: capitalised inside the sentence, or after an opening quote).
fn word_figure_to_keep(n: &Num, text: &str, sentence_start: usize) -> bool {
    let lower = n.text.to_lowercase();
    let before = text[sentence_start..n.m.span.start].trim_end();
    let title = before.ends_with(['«', '"', '“', '„'])
        || (n.text.starts_with(char::is_uppercase) && !before.is_empty());
    // «два-три дня» is "a couple of days", "a few days": a guess, not a figure.
    let dash = ['-', '–', '—'];
    let rough = text[n.m.span.end..]
        .strip_prefix(dash)
        .is_some_and(|r| r.starts_with(char::is_alphabetic))
        || text[..n.m.span.start]
            .strip_suffix(dash)
            .is_some_and(|b| b.ends_with(char::is_alphabetic));
    let next = crate::segment::numbers::word_after(&text[n.m.span.end..]).to_lowercase();
    let idiom = WORD_FIGURE_IDIOMS_RU.iter().any(|(before, word, after)| {
        (before.is_empty() || word_before(text, n.m.span.start) == *before)
            && lower == *word
            && next.starts_with(after)
    });
    n.m.spelled
        && n.m.kind == NumKind::Plain
        && !n.m.loose
        && !n.m.multiple
        && !n.in_name
        && n.m.mantissa.fract() == 0.0
        && n.m.mantissa >= 2.0
        && crate::segment::numbers::compound_number(&lower).is_none()
        && lower != "семью"
        && !title
        && !idiom
        && !rough
}

/// Idioms with a numeral, as (word before, numeral, start of the word after): «без пяти
/// минут» ("soon-to-be"), «в двух шагах» ("a stone's throw"), «в двух словах»
/// ("briefly"), «на все сто» ("fully").
const WORD_FIGURE_IDIOMS_RU: &[(&str, &str, &str)] = &[
    ("без", "пяти", "минут"),
    ("в", "двух", "шаг"),
    ("в", "двух", "слов"),
    ("в", "трех", "сосн"),
    ("в", "трёх", "сосн"),
    ("все", "сто", ""),
    ("", "семь", "пятниц"),
];

/// The word right before a figure, lower-cased.
fn word_before(text: &str, start: usize) -> String {
    crate::segment::numbers::word_before(&text[..start]).to_lowercase()
}

/// Whether a translation says a small figure with a word that is no figure: "both", "a
/// couple", "a pair", "twice", "a dozen", "a decade", or one of its own number words.
fn said_as_word(value: f64, translation: &str) -> bool {
    let words: &[&str] = match value as i64 {
        2 => &[
            "both", "couple", "pair", "pairs", "twice", "double", "dual", "twin", "twins", "duo",
            "either", "neither",
        ],
        3 => &["trio", "triple", "thrice", "treble"],
        4 => &["quartet", "quadruple"],
        10 => &["decade", "decades"],
        12 => &["dozen"],
        100 => &["century"],
        _ => &[],
    };
    translation
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| {
            words.contains(&w)
                || w.parse::<f64>().is_ok_and(|x| x == value)
                || matches!(
                    crate::lang::en::ENGLISH.number_word(w),
                    Some(crate::lang::NumberWord::Cardinal(x) | crate::lang::NumberWord::Ordinal(x))
                        if x == value
                )
        })
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
            "суток",
            "суточн",
            "круглосуточн",
            "round-the-clock",
            "around-the-clock",
        ]),
        (50.0, true) => has(&["half", "полов"]),
        (2.0, false) if m.multiple => has(&["half", "halv", "полов"]),
        (25.0, true) => has(&["quarter", "четверт"]),
        // «к 200-летию» is "bicentenary".
        (100.0, false) if has(&["centenar", "centennial"]) => true,
        (150.0, false) if has(&["sesquicentenn"]) => true,
        (200.0, false) if has(&["bicentenar", "bicentennial"]) => true,
        (300.0, false) if has(&["tercentenar", "tercentenn", "tricentenn"]) => true,
        // «на 1000 человек» is "per thousand".
        (100.0 | 1000.0 | 1e6, false) => {
            let word = match value {
                100.0 => "hundred",
                1000.0 => "thousand",
                _ => "million",
            };
            ["per", "every", "a"]
                .iter()
                .any(|p| other.contains(&format!("{p} {word}")))
        }
        _ => false,
    }
}

/// A length of time said as one unit on the other side: «в течение 24 часов» ↔ "within
/// a day", «7 дней» ↔ "a week", «12 месяцев» ↔ "a year", «60 минут» ↔ "an hour", «100
/// лет» ↔ "a century", «24 часа» ↔ "around the clock"; "24 hours" ↔ «в течение суток».
/// `other_ru` says the other side is the Russian one.
fn said_as_period(n: &Num, other: &str, other_ru: bool) -> bool {
    let Some(("time", factor)) = n.unit else {
        return false;
    };
    let days = n.m.value * factor;
    let lower = other.to_lowercase();
    let near = |p: f64| (days - p).abs() <= 0.02 * p;
    if near(1.0)
        && ["round the clock", "round-the-clock", "24/7", "круглосуточн"]
            .iter()
            .any(|w| lower.contains(w))
    {
        return true;
    }
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let period = |w: &str| -> Option<f64> {
        Some(if other_ru {
            match w {
                "минуту" | "минуты" => 1.0 / 1440.0,
                "час" | "часа" => 1.0 / 24.0,
                "сутки" | "суток" | "день" | "дня" => 1.0,
                "неделю" | "недели" | "неделя" => 7.0,
                "месяц" | "месяца" => DAYS_IN_MONTH,
                "год" | "года" => DAYS_IN_YEAR,
                "десятилетие" | "десятилетия" => 10.0 * DAYS_IN_YEAR,
                "век" | "века" | "столетие" | "столетия" => DAYS_IN_CENTURY,
                _ => return None,
            }
        } else {
            match w {
                "minute" => 1.0 / 1440.0,
                "hour" => 1.0 / 24.0,
                "day" => 1.0,
                "week" => 7.0,
                "fortnight" => 14.0,
                "month" => DAYS_IN_MONTH,
                "year" => DAYS_IN_YEAR,
                "decade" => 10.0 * DAYS_IN_YEAR,
                "century" => DAYS_IN_CENTURY,
                _ => return None,
            }
        })
    };
    (0..words.len()).any(|k| {
        let prev = if k > 0 { words[k - 1] } else { "" };
        // English: "a day", "one week", "per hour"; Russian: the word alone («в течение
        // суток»), not after a figure («2023 года»).
        let said = if other_ru {
            !prev.chars().any(|c| c.is_ascii_digit())
        } else {
            matches!(
                prev,
                "a" | "an" | "one" | "per" | "each" | "every" | "whole" | "full"
            )
        };
        said && period(words[k]).is_some_and(near)
    })
}

/// A side of a score written with digits: "2-0", "0–1", «2:1» (one or two digits each).
fn score_side(text: &str, span: &std::ops::Range<usize>) -> bool {
    let short = |s: &str| (1..=2).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !short(&text[span.clone()]) {
        return false;
    }
    let joiners = ['-', '–', '—', ':'];
    let before = &text[..span.start];
    let after = &text[span.end..];
    let left = before.strip_suffix(joiners).is_some_and(|h| {
        let d = &h[h.trim_end_matches(|c: char| c.is_ascii_digit()).len()..];
        short(d)
    });
    let right = after.strip_prefix(joiners).is_some_and(|t| {
        let d = &t[..t.len() - t.trim_start_matches(|c: char| c.is_ascii_digit()).len()];
        short(d)
    });
    left || right
}

/// Words of a Russian sentence that tell of a match and its goals («удвоил
/// преимущество», «открыл счет», «забил», «сравнял»), besides [`SCORE_WORDS_RU`].
const GOAL_WORDS_RU: &[&str] = &[
    "преимуществ",
    "забил",
    "забит",
    "отличил",
    "мяч",
    "отыгра",
    "сравня",
    "шайб",
];

/// Whether a Russian text tells of a match (not «голос», a vote).
fn about_a_match(text: &str) -> bool {
    text.to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| {
            !w.starts_with("голос")
                && SCORE_WORDS_RU
                    .iter()
                    .chain(GOAL_WORDS_RU)
                    .any(|s| w.starts_with(s))
        })
}

/// Words of a score in a Russian sentence: «со счетом 2:1», «сыграли вничью 1:1».
const SCORE_WORDS_RU: &[&str] = &[
    "счет",
    "счёт",
    "матч",
    "игр",
    "ничь",
    "вничь",
    "побед",
    "поражени",
    "обыгра",
    "проигра",
    "выигра",
    "сыгра",
    "разгром",
    "гол",
    "тайм",
];

/// English numerals up to twenty, by value: a score said in words ("by two goals to
/// one", "a one-all draw").
const SCORE_NUMERALS_EN: &[&str] = &[
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
];

/// Whether a side of a score («2:1» in a sentence about a match) is said in words in
/// the translation: 0:0 is "a goalless draw" or "scoreless", "nil"; 2:1 "by two goals
/// to one"; 1:1 "one-all", "one apiece".
fn score_in_words(
    text: &str,
    span: &std::ops::Range<usize>,
    value: f64,
    translation: &str,
) -> bool {
    let side = |s: &str| {
        !s.is_empty()
            && s.len() <= 2
            && s.chars().all(|c| c.is_ascii_digit())
            && (s == "0" || !s.starts_with('0'))
    };
    // The other side of the colon: «2:1».
    let (b, a) = (&text[..span.start], &text[span.end..]);
    let other = if let Some(head) = b.strip_suffix(':') {
        Some(&head[head.trim_end_matches(|c: char| c.is_ascii_digit()).len()..])
    } else {
        a.strip_prefix(':').map(|tail| {
            &tail[..tail.len() - tail.trim_start_matches(|c: char| c.is_ascii_digit()).len()]
        })
    };
    let score = side(&text[span.clone()]) && other.is_some_and(side);
    // Words starting with a stem of a match (not «голос», a vote).
    let lower = text.to_lowercase();
    let about_a_match = lower
        .split(|c: char| !c.is_alphabetic())
        .any(|w| !w.starts_with("голос") && SCORE_WORDS_RU.iter().any(|s| w.starts_with(s)));
    if !score || !about_a_match {
        return false;
    }
    let words: Vec<String> = translation
        .to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .map(str::to_string)
        .collect();
    let has = |w: &str| words.iter().any(|x| x == w);
    if value == 0.0 {
        ["goalless", "scoreless", "nil", "nothing", "zero"]
            .iter()
            .any(|w| has(w))
    } else {
        SCORE_NUMERALS_EN
            .get(value as usize)
            .is_some_and(|w| value.fract() == 0.0 && has(w))
    }
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
    fn square_metres_convert_into_square_feet() {
        let ru = "В квартире площадью 54 кв. м платеж вырастет.";
        assert!(fired(
            ru,
            "In a 581-square-foot flat the bill will rise.",
            "number-mismatch"
        )
        .is_empty());
        assert!(fired(
            ru,
            "In a 581 sq ft flat the bill will rise.",
            "number-mismatch"
        )
        .is_empty());
        // Another area, and the same figure in another unit, shown with the whole unit.
        assert_eq!(
            messages(
                ru,
                "In a 700-square-foot flat the bill will rise.",
                "number-mismatch"
            ),
            vec!["measure changed: «54 кв. м» became «700 square-foot»".to_string()]
        );
        assert_eq!(
            messages(
                ru,
                "In a 54 square feet flat the bill will rise.",
                "number-mismatch"
            ),
            vec!["unit changed: «54 кв. м» became «54 square feet»".to_string()]
        );
    }

    #[test]
    fn a_time_between_two_moments_is_their_difference() {
        let ru = "Смирнов забил на 5-й минуте, а на 21-й минуте Петров удвоил счет.";
        for en in [
            "Smirnov scored in the 5th minute, and Petrov doubled the lead 16 minutes later.",
            "Smirnov scored in the 5th minute, and Petrov doubled the lead sixteen minutes later.",
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                ru,
                "Smirnov scored in the 5th minute, and Petrov doubled the lead 14 minutes later.",
                "number-mismatch"
            ),
            vec!["14".to_string()]
        );
        // Not without a word that makes it relative.
        assert!(!fired(
            ru,
            "Smirnov scored in the 5th minute, and Petrov doubled the lead in 16 minutes of play.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn the_goals_of_a_brace_counted_as_the_last() {
        assert!(fired(
            "Во втором тайме Смирнов оформил дубль.",
            "Smirnov scored his second goal of the match.",
            "number-mismatch"
        )
        .is_empty());
        assert!(fired(
            "В четвертом раунде Смирнов оформил хет-трик.",
            "Smirnov scored his third goal of the night.",
            "number-mismatch"
        )
        .is_empty());
        // Without the brace, the ordinal is still compared.
        assert_eq!(
            fired(
                "В четвертом раунде Смирнов забил гол.",
                "Smirnov scored his third goal of the night.",
                "number-mismatch"
            ),
            vec!["third".to_string()]
        );
    }

    #[test]
    fn a_series_to_n_wins_is_best_of_2n_minus_1() {
        for (ru, en) in [
            (
                "Финал играется до четырех побед.",
                "The final is a best-of-seven series.",
            ),
            (
                "Финал играется до трех побед.",
                "The final is best of five.",
            ),
            ("Финал играется до трех побед.", "The final is best-of-5."),
        ] {
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        assert!(!fired(
            "Финал играется до четырех побед.",
            "The final is best-of-five.",
            "number-missing"
        )
        .is_empty());
    }

    #[test]
    fn a_figure_of_another_source_paragraph_is_no_addition() {
        let ru = "Спутник вывел на орбиту 42 аппарата\n\nРакета стартовала в среду и вывела на орбиту зонд и 41 малый аппарат.";
        let en = "Rocket puts 42 craft into orbit\n\nThe rocket carrying 42 craft lifted off on Wednesday, placing a probe and 41 small satellites in orbit.";
        assert!(fired(ru, en, "number-missing").is_empty());
        // A figure no paragraph of the source gives is still reported.
        let en = "Rocket puts 42 craft into orbit\n\nThe rocket carrying 43 craft lifted off on Wednesday, placing a probe and 41 small satellites in orbit.";
        assert_eq!(fired(ru, en, "number-missing"), vec!["43".to_string()]);
    }

    #[test]
    fn swapped_digits_are_labelled_alike() {
        for (ru, en) in [
            (
                "Выручка составила 16,4 млн рублей.",
                "Revenue was 14.6 million rubles.",
            ),
            (
                "Закон вступит в силу в 2023 году.",
                "The law takes effect in 2032.",
            ),
        ] {
            let m = messages(ru, en, "number-mismatch");
            assert_eq!(m.len(), 1);
            assert!(m[0].starts_with("digits swapped"), "{}", m[0]);
        }
        // A moved decimal point is no swap.
        let m = messages(
            "Выручка составила 2,1 млн рублей.",
            "Revenue was 21 million rubles.",
            "number-mismatch",
        );
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("figure changed"), "{}", m[0]);
    }

    #[test]
    fn figures_turned_round_by_their_joint() {
        for (ru, en, said) in [
            (
                "Цена выросла со 200 до 250 рублей.",
                "The price rose from 250 to 200 rubles.",
                "250 to 200",
            ),
            (
                "Цена выросла со 200 до 250 рублей.",
                "The price rose to 200 rubles from 250.",
                "200 rubles from 250",
            ),
            (
                "Вратарь отразил 27 бросков из 29.",
                "The goalkeeper saved 29 of 27 shots.",
                "29 of 27",
            ),
            (
                "До вокзала можно доехать за 15 минут вместо 50.",
                "The station can be reached in 50 minutes instead of 15.",
                "50 minutes instead of 15",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![said.to_string()],
                "{en}"
            );
        }
        for (ru, en) in [
            (
                "Цена выросла со 200 до 250 рублей.",
                "The price rose from 200 to 250 rubles.",
            ),
            (
                "Цена выросла со 200 до 250 рублей.",
                "The price rose to 250 rubles from 200.",
            ),
            (
                "Вратарь отразил 27 бросков из 29.",
                "The goalkeeper saved 27 shots out of 29.",
            ),
            (
                "До вокзала можно доехать за 15 минут вместо 50.",
                "The station can be reached in 15 minutes instead of 50.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_percentage_said_as_a_bare_figure() {
        assert_eq!(
            fired(
                "Тарифы вырастут на 7,6%.",
                "Tariffs will rise by 7.6.",
                "number-mismatch"
            ),
            vec!["7.6".to_string()]
        );
        for en in [
            "Tariffs will rise by 7.6%.",
            "Tariffs will rise by 7.6 per cent.",
            "Tariffs will rise by 7.6 percent.",
        ] {
            assert!(
                fired("Тарифы вырастут на 7,6%.", en, "number-mismatch").is_empty(),
                "{en}"
            );
        }
        // The second end of a range carries the sign for both.
        assert!(fired(
            "Ставка вырастет с 7,6 до 9%.",
            "The rate will rise from 7.6 to 9%.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn both_ends_of_a_range_changed() {
        assert_eq!(
            fired(
                "Пик паводка ожидается 23–25 мая.",
                "The flood is expected to peak on May 3-5.",
                "number-mismatch"
            ),
            vec!["3".to_string(), "5".to_string()]
        );
        assert!(fired(
            "Пик паводка ожидается 23–25 мая.",
            "The flood is expected to peak on May 23-25.",
            "number-mismatch"
        )
        .is_empty());
        // A model number does not keep a changed quantity from its pair.
        assert_eq!(
            fired(
                "В поисках участвуют 3,4 тыс. человек и вертолет Ка-32.",
                "The search involves 34 thousand people and a Ka-32 helicopter.",
                "number-mismatch"
            ),
            vec!["34 thousand".to_string()]
        );
    }

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
            // (The sign is pointed at with the figure.)
            vec!["minus 5".to_string()]
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
    fn score_points_are_not_percent() {
        let ru = "Средний балл экзамена вырос на 1,2 балла.";
        assert_eq!(
            fired(
                ru,
                "The average exam score rose by 1.2 percent.",
                "number-mismatch"
            ),
            vec!["1.2 percent".to_string()]
        );
        for en in [
            "The average exam score rose by 1.2 points.",
            "The average exam score rose by 1.2.",
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
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
    fn collective_numerals_count_people() {
        let ru = "Ещё четверо воздержались.";
        assert_eq!(
            fired(ru, "Five more abstained.", "number-mismatch").len(),
            1
        );
        assert!(fired(ru, "Four more abstained.", "number-mismatch").is_empty());
        let ru = "На борту были 87 пассажиров и пятеро членов экипажа.";
        let en = "There were 87 passengers and five crew members on board.";
        assert!(fired(ru, en, "number-mismatch").is_empty());
    }

    #[test]
    fn places_and_terms_in_words_are_compared_and_a_second_day_is_no_unit() {
        let ru = "Лю заняла четвёртое место.";
        assert_eq!(fired(ru, "Liu finished fifth.", "number-mismatch").len(), 1);
        assert!(fired(ru, "Liu finished fourth.", "number-mismatch").is_empty());
        let ru = "Это его второй срок.";
        assert_eq!(
            fired(ru, "This is his third term.", "number-mismatch").len(),
            1
        );
        // «в первую очередь» is "first of all", not a figure.
        let ru = "В первую очередь он отметил два новых объекта.";
        assert!(fired(
            ru,
            "He noted upfront the two new venues.",
            "number-mismatch"
        )
        .is_empty());
        let ru = "Снег идёт уже второй день.";
        assert!(fired(
            ru,
            "It has been snowing for a second day.",
            "number-mismatch"
        )
        .is_empty());
        assert_eq!(
            fired(
                ru,
                "It has been snowing for a third day.",
                "number-mismatch"
            )
            .len(),
            1
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
        assert_eq!(f, vec!["00:01".to_string()]);
        let f = fired(
            "Встреча назначена на 19:00.",
            "The meeting is scheduled for 7:05 p.m.",
            "number-mismatch",
        );
        assert_eq!(f, vec!["7:05 p.m.".to_string()]);
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
    fn hyphenated_amounts_keep_their_magnitude_and_units_their_hyphen() {
        for (ru, en) in [
            (
                "Его осудили за растрату 214 млн рублей.",
                "He was convicted of a 214-million-ruble embezzlement.",
            ),
            (
                "Выделено 300 млн долларов.",
                "A $300-million grant was allocated.",
            ),
            (
                "Выделено 1,2 млрд рублей.",
                "A 1.2-billion-ruble grant was allocated.",
            ),
        ] {
            assert!(findings(ru, en).is_empty(), "{en}");
        }
        assert_eq!(
            fired(
                "Выделено 300 млн долларов.",
                "A $300-billion grant was allocated.",
                "number-mismatch"
            )
            .len(),
            1
        );
        // The changed measure is quoted as written, hyphen and all.
        let ru = "Интервал движения поездов составит 3 минуты.";
        let messages: Vec<String> = findings(ru, "Trains will run at four-minute intervals.")
            .into_iter()
            .map(|f| f.message)
            .collect();
        assert!(
            messages.iter().any(|m| m.contains("«four-minute»")),
            "{messages:?}"
        );
        let messages: Vec<String> = findings(ru, "Trains will run every four minutes.")
            .into_iter()
            .map(|f| f.message)
            .collect();
        assert!(
            messages.iter().any(|m| m.contains("«four minutes»")),
            "{messages:?}"
        );
    }

    #[test]
    fn a_changed_si_prefix_is_a_changed_unit() {
        for (ru, bad, goods) in [
            (
                "Скорость передачи достигла 1,2 Гбит/с.",
                "The transfer speed reached 1.2 Mbit/s.",
                &[
                    "The transfer speed reached 1.2 Gbit/s.",
                    "The transfer speed reached 1.2 Gbps.",
                    "The transfer speed reached 1,200 Mbit/s.",
                ][..],
            ),
            (
                "Частота процессора составляет 4,8 ГГц.",
                "The processor frequency is 4.8 MHz.",
                &[
                    "The processor frequency is 4.8 GHz.",
                    "The processor runs at 4.8GHz.",
                ][..],
            ),
            (
                "Задержка сигнала составила 8 мс.",
                "The signal delay was 8 seconds.",
                &[
                    "The signal delay was 8 ms.",
                    "The signal delay was 8 milliseconds.",
                ][..],
            ),
            (
                "Задержка сигнала составила 8 миллисекунд.",
                "The signal delay was 8 seconds.",
                &["The signal delay was 8 ms."][..],
            ),
            (
                "Мощность станции составит 300 кВт.",
                "The plant's capacity will be 300 watts.",
                &["The plant's capacity will be 300 kilowatts."][..],
            ),
        ] {
            assert_eq!(fired(ru, bad, "number-mismatch").len(), 1, "{bad}");
            for en in goods {
                assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
            }
        }
        // "5G" is a name, no gram.
        assert!(fired(
            "Оператор запустил сеть 5G.",
            "The operator launched a 5G network.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_mass_said_in_pounds_with_a_magnitude() {
        let ru = "Урожай зерна составил 135 млн тонн.";
        assert_eq!(
            fired(
                ru,
                "The grain harvest was 135 million pounds.",
                "number-mismatch"
            ),
            vec!["135 million".to_string()]
        );
        assert!(fired(
            ru,
            "The grain harvest was 135 million tonnes.",
            "number-mismatch"
        )
        .is_empty());
        // A sum in pounds against a sum is a currency question, not a unit one.
        assert!(fired(
            "Сделка стоила 135 млн.",
            "The deal cost 135 million pounds.",
            "number-mismatch"
        )
        .is_empty());
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

    /// No finding of either number rule.
    fn silent(ru: &str, en: &str) {
        for rule in ["number-mismatch", "number-missing"] {
            assert!(fired(ru, en, rule).is_empty(), "{rule}: {ru} / {en}");
        }
    }

    #[test]
    fn english_fractions_after_by_or_up_are_shares() {
        for en in [
            "The company's revenue grew by a third.",
            "The company's revenue was up a third.",
            "The company's revenue grew by one third.",
        ] {
            silent("Доходы компании выросли на треть.", en);
        }
        silent(
            "Три четверти жителей против.",
            "Three quarters of residents are against.",
        );
        // Another fraction is a change; an ordinal before its noun stays an ordinal.
        assert_eq!(
            fired(
                "Доходы компании выросли на треть.",
                "The company's revenue grew by a quarter.",
                "number-mismatch"
            ),
            vec!["a quarter".to_string()]
        );
        silent("Он выиграл в третий раз.", "He won for a third time.");
    }

    #[test]
    fn multiples_said_as_percentages() {
        for (ru, en) in [
            ("Продажи выросли в 1,5 раза.", "Sales rose 50%."),
            ("Продажи выросли в 2,5 раза.", "Sales have risen 150%."),
            (
                "Продажи выросли в 1,8 раза.",
                "Sales rose 80% year on year.",
            ),
            ("Продажи выросли на 80%.", "Sales rose 1.8-fold."),
            ("Продажи снизились в 2 раза.", "Sales fell 50%."),
            ("Продажи снизились в 1,5 раза.", "Sales fell by a third."),
        ] {
            silent(ru, en);
        }
        assert_eq!(
            fired(
                "Продажи выросли в 1,5 раза.",
                "Sales rose 60%.",
                "number-mismatch"
            ),
            vec!["60%".to_string()]
        );
    }

    #[test]
    fn gas_in_bcm_and_a_glued_m_for_millions() {
        silent(
            "Транзит составил 1,2 млрд кубометров.",
            "Transit was 1.2 bcm.",
        );
        silent(
            "Добыча составила 9,12 млн баррелей в сутки.",
            "Output was 9.12m barrels a day.",
        );
        silent("Он пробежал 400 м.", "He ran the 400m.");
        assert_eq!(
            fired(
                "Транзит составил 1,2 млрд кубометров.",
                "Transit was 1.2 mcm.",
                "number-mismatch"
            ),
            vec!["1.2 mcm".to_string()]
        );
        assert_eq!(
            fired(
                "Добыча составила 9,12 млн баррелей.",
                "Output was 9.12bn barrels.",
                "number-mismatch"
            ),
            vec!["9.12bn".to_string()]
        );
    }

    #[test]
    fn the_nth_year_of_life_is_the_age_before() {
        for en in [
            "He died at the age of 83.",
            "He died at 83.",
            "He died at 84.",
            "He died in his 84th year.",
        ] {
            silent("Он скончался на 84-м году жизни.", en);
        }
        assert_eq!(
            fired(
                "Он скончался на 84-м году жизни.",
                "He died at the age of 82.",
                "number-mismatch"
            ),
            vec!["82".to_string()]
        );
        // Only a year of life: «84-й год» of something else is the 84th.
        assert_eq!(
            fired(
                "Шёл 84-й год войны.",
                "It was the 83rd year of the war.",
                "number-mismatch"
            ),
            vec!["83rd".to_string()]
        );
    }

    #[test]
    fn speeds_convert_between_kmh_and_mph() {
        for en in [
            "The speed reached 100 mph.",
            "The speed reached 99 miles per hour.",
            "The speed reached 160 km/h.",
            "The speed reached 160 kilometres an hour.",
        ] {
            silent("Скорость достигла 160 км/ч.", en);
        }
        silent("Ветер до 15 м/с.", "Wind of up to 15 metres per second.");
        for (ru, en, figure) in [
            (
                "Скорость ограничена 90 км/ч.",
                "Speed is limited to 90 mph.",
                "90",
            ),
            ("Скорость достигла 160 км/ч.", "It reached 120 mph.", "120"),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![figure.to_string()],
                "{en}"
            );
        }
    }

    #[test]
    fn russian_compounds_carry_their_figure() {
        for (ru, en) in [
            (
                "В этом году 312 стобалльных результатов.",
                "This year 312 students scored the maximum 100 points.",
            ),
            (
                "Стобалльникам выплатят премию.",
                "Each 100-point scorer will get a bonus.",
            ),
            (
                "Двухлетний контракт подписан.",
                "A two-year contract was signed.",
            ),
            (
                "Он живёт в пятиэтажном доме.",
                "He lives in a 5-storey building.",
            ),
            (
                "Пятитысячная купюра подорожала.",
                "The 5,000-rouble note got dearer.",
            ),
            // No figure in «двусторонний» ("bilateral") nor in «столетие».
            (
                "Двусторонняя встреча прошла в прошлом столетии.",
                "The bilateral meeting took place last century.",
            ),
        ] {
            silent(ru, en);
        }
        assert_eq!(
            fired(
                "Двухлетний контракт подписан.",
                "A three-year contract was signed.",
                "number-mismatch"
            ),
            vec!["three".to_string()]
        );
    }

    #[test]
    fn basis_points_are_hundredths_of_a_point() {
        for (ru, en) in [
            (
                "ЦБ повысил ставку на 200 базисных пунктов, до 18%.",
                "The central bank raised the rate by two percentage points to 18%.",
            ),
            (
                "ЦБ повысил ставку на 200 базисных пунктов, до 18%.",
                "The central bank raised the rate by 2 pp to 18%.",
            ),
            (
                "ЦБ повысил ставку на 2 процентных пункта, до 18%.",
                "The central bank raised the rate by 200 basis points to 18%.",
            ),
        ] {
            silent(ru, en);
        }
        assert_eq!(
            fired(
                "ЦБ повысил ставку на 200 базисных пунктов, до 18%.",
                "The central bank raised the rate by 3 percentage points to 18%.",
                "number-mismatch"
            ),
            vec!["3".to_string()]
        );
        // Basis points said as percent are a changed unit, as percentage points are.
        assert_eq!(
            fired(
                "ЦБ повысил ставку на 200 базисных пунктов.",
                "The central bank raised the rate by 2%.",
                "number-mismatch"
            ),
            vec!["2%".to_string()]
        );
    }

    #[test]
    fn clock_times_in_any_format() {
        let ru = "Взрыв произошёл в 08:17 по московскому времени.";
        for en in [
            "The blast happened at 8.17am Moscow time.",
            "The blast happened at 8.17 a.m. Moscow time.",
            "The blast happened at 0817 Moscow time.",
            "The blast happened at 08.17 Moscow time.",
            "The blast happened at 0517 GMT.",
        ] {
            silent(ru, en);
        }
        silent(
            "Взрыв произошёл в 20:17 по московскому времени.",
            "The blast happened at 8.17pm Moscow time.",
        );
        silent(
            "В 17 часов 47 минут поступило сообщение.",
            "At 5:47 PM, a report came in.",
        );
        silent(
            "Часы работы с 10-00 до 22-00.",
            "It is open from 10:00 a.m. to 10:00 p.m.",
        );
        for (en, time) in [
            ("The blast happened at 8.19am Moscow time.", "8.19am"),
            ("The blast happened at 0617 GMT.", "0617"),
            ("The blast happened at 8.17pm Moscow time.", "8.17pm"),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![time.to_string()],
                "{en}"
            );
        }
        // The hour and minute kept, the zone changed.
        let f = findings("Это случилось в 13:25 мск.", "It happened at 13:25 GMT.");
        assert!(
            f.iter().any(|f| f.message.starts_with("time zone changed")),
            "{:?}",
            f.iter().map(|f| &f.message).collect::<Vec<_>>()
        );
    }

    #[test]
    fn a_verb_of_exceeding_is_a_bound() {
        // «превышало 48 тыс.» is more than 48,000; «не превышала» at most.
        assert_eq!(
            fired(
                "Вкладчиков, число которых превышало 48 тыс., стало больше.",
                "There were more depositors, who numbered almost 48,000.",
                "number-mismatch"
            ),
            vec!["almost 48,000".to_string()]
        );
        assert_eq!(
            fired(
                "Задержка сигнала не превышала 8 секунд.",
                "The signal delay was more than 8 seconds.",
                "number-mismatch"
            ),
            vec!["more than 8".to_string()]
        );
        for (ru, en) in [
            (
                "Вкладчиков, число которых превышало 48 тыс., стало больше.",
                "There were more depositors, who numbered more than 48,000.",
            ),
            (
                "Задержка сигнала не превышала 8 секунд.",
                "The signal delay did not exceed 8 seconds.",
            ),
            (
                "Задержка сигнала не превышала 8 секунд.",
                "The signal delay was at most 8 seconds.",
            ),
            (
                "Задержка сигнала не должна превышать 8 секунд.",
                "The signal delay should not exceed 8 seconds.",
            ),
            (
                "Задержка сигнала не должна превышать 8 секунд.",
                "The signal delay cannot exceed 8 seconds.",
            ),
            // Exceeded by a figure is no bound of it.
            (
                "Спрос превысил на 5% прошлогодний.",
                "Demand was almost 5% higher than last year.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_bound_turned_round_is_a_change() {
        for (ru, en, phrase) in [
            (
                "Планируется не менее 18 пусков.",
                "No more than 18 launches are planned.",
                "No more than 18",
            ),
            (
                "Фильм посмотрели более 38 млн зрителей.",
                "The film was seen by fewer than 38 million viewers.",
                "fewer than 38 million",
            ),
            (
                "На свадьбу пришли почти 300 гостей.",
                "More than 300 guests came to the wedding.",
                "More than 300",
            ),
            (
                "Пострадали свыше 50 человек.",
                "Under 50 people were injured.",
                "Under 50",
            ),
            (
                "Цены снизились более чем на 5%.",
                "Prices fell by less than 5%.",
                "less than 5%",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![phrase.to_string()],
                "{en}"
            );
        }
        for (ru, en) in [
            (
                "Планируется не менее 18 пусков.",
                "At least 18 launches are planned.",
            ),
            (
                "Фильм посмотрели более 38 млн зрителей.",
                "The film was seen by over 38 million viewers.",
            ),
            (
                "На свадьбу пришли почти 300 гостей.",
                "Nearly 300 guests came.",
            ),
            // «около» is either way; a bound on one side only is no change.
            ("Пришли около 300 гостей.", "More than 300 guests came."),
            ("Пришли 300 гостей.", "Fewer than 300 guests came."),
            // «до» of a change, a date or a range is no bound.
            ("Ставка выросла до 18%.", "The rate rose to over 18%."),
            (
                "Программа рассчитана до 2030 года.",
                "The programme runs beyond 2030.",
            ),
            (
                "Цены выросли с 12 до 18%.",
                "Prices rose from 12% to over 18%.",
            ),
            // «от» that is "from": only a price, an age or a sum is "at least".
            (
                "Инфляция отклонилась вниз от 4%.",
                "Inflation deviated below 4%.",
            ),
            (
                "Детям до 14 лет вход бесплатный.",
                "Entry is free for children under 14.",
            ),
            // Not the very same figure: a paraphrase.
            ("Более 1,9 млн человек.", "Almost 2 million people."),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{ru} / {en}");
        }
    }

    #[test]
    fn a_changed_unit_of_mass_or_volume() {
        for en in [
            "Output was 234 million barrels.",
            "Output was 234 million cubic metres.",
        ] {
            assert_eq!(
                fired("Добыча составила 234 млн тонн.", en, "number-mismatch"),
                vec!["234 million".to_string()],
                "{en}"
            );
        }
        for en in [
            "Output was 234 million tonnes.",
            "Output was 234 million tons.",
        ] {
            silent("Добыча составила 234 млн тонн.", en);
        }
        silent(
            "Добыча газа составила 5 млрд кубометров.",
            "Gas output was 5 billion cubic meters.",
        );
    }

    #[test]
    fn a_changed_day_of_the_week() {
        for (ru, en, day) in [
            (
                "Это случилось в минувшую пятницу.",
                "It happened last Thursday.",
                "Thursday",
            ),
            (
                "Совещание прошло в среду.",
                "The meeting took place on Tuesday.",
                "Tuesday",
            ),
            (
                "Заседание пройдёт во вторник, 5 марта.",
                "The meeting will be held on Wednesday, March 5.",
                "Wednesday",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![day.to_string()],
                "{en}"
            );
        }
        for (ru, en) in [
            (
                "Это случилось в минувшую пятницу.",
                "It happened last Friday.",
            ),
            (
                "Совещание прошло в среду.",
                "The meeting took place this week.",
            ),
            // «среда» the environment, the night before Sunday, a channel's name.
            (
                "Загрязнение окружающей среды растёт, сообщили в среду.",
                "Pollution is growing, officials said on Wednesday.",
            ),
            (
                "Он работает в среде разработчиков с понедельника.",
                "He has worked among developers since Monday.",
            ),
            (
                "В ночь на воскресенье прошёл ливень.",
                "A downpour hit on Saturday night.",
            ),
            (
                "Канал «Пятница» покажет сериал в четверг.",
                "The Friday channel will show the series on Thursday.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{ru} / {en}");
        }
    }

    #[test]
    fn an_abbreviated_month_keeps_its_day_in_the_sentence() {
        let ru = "Прощание пройдёт 17 февраля.";
        assert_eq!(
            fired(
                ru,
                "The farewell will take place on Feb. 18.",
                "number-mismatch"
            ),
            vec!["18".to_string()]
        );
        assert!(fired(
            ru,
            "The farewell will take place on Feb. 18.",
            "added-sentence"
        )
        .is_empty());
        silent(ru, "The farewell will take place on Feb. 17.");
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

    /// Neither rule fires on any of the pairs.
    fn quiet(pairs: &[(&str, &str)]) {
        for (ru, en) in pairs {
            let f = findings(ru, en);
            let hits: Vec<_> = f
                .iter()
                .filter(|f| f.rule.name == "number-mismatch" || f.rule.name == "number-missing")
                .map(|f| &f.message)
                .collect();
            assert!(hits.is_empty(), "{ru} / {en}: {hits:?}");
        }
    }

    #[test]
    fn a_multiple_down_is_the_level_left() {
        let ru = "Импорт упал в три раза.";
        quiet(&[
            (ru, "Imports fell to a third of their previous level."),
            (ru, "Imports fell to a third."),
        ]);
        // "by a third" is the change, not the level: a third less is not a third left.
        assert_eq!(
            fired(ru, "Imports fell by a third.", "number-mismatch"),
            vec!["a third".to_string()]
        );
    }

    #[test]
    fn areas_convert_between_hectares_square_kilometres_and_acres() {
        let ru = "Пожар охватил 12 тыс. гектаров леса.";
        quiet(&[
            (ru, "The fire covered 120 square kilometres of forest."),
            (ru, "The fire covered 120 sq km of forest."),
            (ru, "The fire covered 120 km² of forest."),
            (ru, "The fire covered nearly 30,000 acres of forest."),
            ("Площадь составила 5 кв. км.", "The area was 500 hectares."),
        ]);
        assert_eq!(
            fired(
                ru,
                "The fire covered 150 square kilometres of forest.",
                "number-mismatch"
            ),
            vec!["150".to_string()]
        );
        assert_eq!(
            fired(
                ru,
                "The fire covered nearly 40,000 acres of forest.",
                "number-mismatch"
            ),
            vec!["40,000".to_string()]
        );
    }

    #[test]
    fn a_unit_glued_to_the_digits_is_read() {
        let ru = "Уровень воды поднялся на 1,5 метра.";
        quiet(&[
            (ru, "The water level rose 150cm."),
            (ru, "The water level rose 150 cm."),
            ("Они пробежали 20 километров.", "They ran 20km."),
        ]);
        assert_eq!(
            fired(ru, "The water level rose 15cm.", "number-mismatch"),
            vec!["15cm".to_string()]
        );
    }

    #[test]
    fn a_centner_is_a_tenth_of_a_tonne() {
        quiet(&[
            (
                "Урожайность составила 12 центнеров с гектара.",
                "The yield was 1.2 tonnes per hectare.",
            ),
            (
                "Урожайность составила 12 ц/га.",
                "The yield was 1.2 tonnes per hectare.",
            ),
            (
                "Урожайность составила 28,4 ц/га.",
                "The yield was 2.84 tonnes per hectare.",
            ),
        ]);
        assert_eq!(
            fired(
                "Урожайность составила 12 ц/га.",
                "The yield was 12 tonnes per hectare.",
                "number-mismatch"
            ),
            vec!["12".to_string()]
        );
    }

    #[test]
    fn a_season_label_is_no_range() {
        let ru = "Прогноз экспорта на сезон 2024/25 понизили до 42,3 млн тонн.";
        quiet(&[
            (
                ru,
                "The export forecast for the 2024/25 season was cut to 42.3 million tonnes.",
            ),
            (
                "Прогноз на сезон 2024–25 понизили до 42,3 млн тонн.",
                "The forecast for the 2024-25 season was cut to 42.3 million tonnes.",
            ),
        ]);
        // A range still shares its magnitude: «от 25 до 42,3 млн».
        quiet(&[(
            "Экспорт вырастет с 25 до 42,3 млн тонн.",
            "Exports will rise from 25 million to 42.3 million tonnes.",
        )]);
        assert_eq!(
            fired(
                ru,
                "The export forecast for the 2024/25 season was cut to 42.3 thousand tonnes.",
                "number-mismatch"
            ),
            vec!["42.3 thousand".to_string()]
        );
    }

    #[test]
    fn degrees_below_without_zero_are_below_zero() {
        let ru = "Ночью было минус 22 градуса.";
        quiet(&[
            (ru, "At night the mercury dropped to 22 below."),
            (ru, "At night it was 22 degrees below in Moscow."),
        ]);
        // Below an average is no sign.
        assert_eq!(
            fired(
                ru,
                "At night it was 22 degrees below the average.",
                "number-mismatch"
            ),
            vec!["22".to_string()]
        );
    }

    #[test]
    fn a_hedged_round_figure_may_round_a_little_more() {
        let ru = "Миграционный прирост составил 99,4 тыс. человек.";
        quiet(&[
            (ru, "Net migration was about 100,000."),
            (ru, "Net migration was close to 100,000."),
        ]);
        // Without a hedge, or beyond 3%, or no rounder, it is a changed figure.
        for en in [
            "Net migration was 100,000.",
            "Net migration was about 105,000.",
            "Net migration was about 99,700.",
        ] {
            assert_eq!(fired(ru, en, "number-mismatch").len(), 1, "{en}");
        }
    }

    #[test]
    fn a_currency_code_glued_to_the_digits_is_read() {
        quiet(&[
            (
                "Расходы составят 1,5 трлн рублей.",
                "Spending will be Rb1.5trn.",
            ),
            (
                "Расходы составят 1,5 трлн рублей.",
                "Spending will be RUB1.5 trillion.",
            ),
            ("Прибыль составила 4,3 млрд рублей.", "Profit was Rb4.3bn."),
            (
                "Зарплата составила 109 400 рублей.",
                "The salary was Rb109,400.",
            ),
            ("Импорт составил 120 млрд юаней.", "Imports were CNY120bn."),
        ]);
        assert_eq!(
            fired(
                "Расходы составят 20 млрд рублей.",
                "Spending will be Rb20m.",
                "number-mismatch"
            ),
            vec!["20m".to_string()]
        );
        assert_eq!(
            fired(
                "Расходы составят 20 млрд рублей.",
                "Spending will be CNY20bn.",
                "number-mismatch"
            ),
            vec!["20bn".to_string()]
        );
    }

    #[test]
    fn round_figures_said_in_words() {
        quiet(&[
            ("Работы займут сутки.", "The work will take 24 hours."),
            (
                "Ответ дадут в течение суток.",
                "An answer will be given within 24 hours.",
            ),
            (
                "Штраф составит 1 млн рублей.",
                "The fine will be a million rubles.",
            ),
            (
                "Вакцинировались 20% жителей.",
                "One in five residents has been vaccinated.",
            ),
            (
                "Вакцинировался каждый пятый житель.",
                "One in five residents has been vaccinated.",
            ),
            (
                "Он работал там 30 лет.",
                "He worked there for three decades.",
            ),
            (
                "Там живут 250 тысяч человек.",
                "A quarter of a million people live there.",
            ),
            (
                "Там живут около полумиллиона человек.",
                "About 500,000 people live there.",
            ),
            ("Он отстал на пол-очка.", "He trailed by 0.5 points."),
            (
                "Памятник открыли к 200-летию города.",
                "It was unveiled for the city's bicentenary.",
            ),
            (
                "Памятник открыли к 100-летию города.",
                "It was unveiled for the city's centenary.",
            ),
            ("Это длилось четверть века.", "It lasted 25 years."),
            (
                "Смертность составила 12 на 1000 человек.",
                "Mortality was 12 per thousand.",
            ),
        ]);
        assert_eq!(
            fired(
                "Вакцинировался каждый пятый житель.",
                "One in four residents has been vaccinated.",
                "number-mismatch"
            ),
            vec!["One in four".to_string()]
        );
        assert_eq!(
            fired(
                "Штраф составит 1 млн рублей.",
                "The fine will be a billion rubles.",
                "number-mismatch"
            ),
            vec!["a billion".to_string()]
        );
        assert_eq!(
            fired(
                "Памятник открыли к 300-летию города.",
                "It was unveiled for the city's bicentenary.",
                "number-missing"
            ),
            vec!["It was unveiled for the city's bicentenary.".to_string()]
        );
        assert_eq!(
            fired(
                "Он работал там 40 лет.",
                "He worked there for three decades.",
                "number-mismatch"
            ),
            vec!["three".to_string()]
        );
        assert_eq!(
            fired(
                "Более тысячи человек вышли на улицы.",
                "More than a million people took to the streets.",
                "number-mismatch"
            ),
            vec!["a million".to_string()]
        );
    }

    #[test]
    fn a_sum_converted_into_another_currency_is_no_extra_figure() {
        quiet(&[(
            "Штраф составит 20 тыс. рублей.",
            "The fine will be 20,000 rubles, or roughly $250.",
        )]);
        // The same currency is no conversion.
        assert_eq!(
            fired(
                "Штраф составит 20 тыс. рублей.",
                "The fine will be 20,000 rubles, or roughly 25,000 rubles with fees.",
                "number-missing"
            ),
            vec!["25,000".to_string()]
        );
    }

    #[test]
    fn power_and_energy_convert_between_their_prefixes() {
        quiet(&[
            (
                "Станции общей мощностью 4800 МВт.",
                "The plants have a combined capacity of 4.8 GW.",
            ),
            ("Мощность станции 1200 МВт.", "Its capacity is 1.2GW."),
            ("Выработка составила 5 млрд кВт·ч.", "Output reached 5 TWh."),
            (
                "Выработка составила 5 млрд кВт·ч.",
                "Output reached 5 billion kilowatt-hours.",
            ),
        ]);
        // The same figure in another unit, or power for energy, is a change.
        for (ru, en, hit) in [
            (
                "Мощность станции 1200 МВт.",
                "Its capacity is 1,200 kW.",
                "1,200",
            ),
            (
                "Мощность станции 1200 МВт.",
                "Its capacity is 1.2 MW.",
                "1.2",
            ),
            (
                "Выработка составила 500 МВт·ч.",
                "Output reached 500 MW.",
                "500",
            ),
        ] {
            assert_eq!(
                fired(ru, en, "number-mismatch"),
                vec![hit.to_string()],
                "{en}"
            );
        }
    }

    #[test]
    fn a_minute_of_stoppage_time_is_one_figure() {
        let ru = "Нападающий забил на 90+3-й минуте.";
        quiet(&[
            (ru, "The striker scored in the 93rd minute."),
            (ru, "The striker scored three minutes into stoppage time."),
            (ru, "The striker scored in the third minute of added time."),
            (ru, "The striker scored in the 90+3rd minute."),
        ]);
        // Another minute is still a change, and the added minutes alone need the
        // stoppage time to be said.
        assert_eq!(
            fired(
                ru,
                "The striker scored in the 94th minute.",
                "number-mismatch"
            ),
            vec!["94th".to_string()]
        );
        assert_eq!(
            fired(
                ru,
                "The striker scored three minutes later.",
                "number-mismatch"
            ),
            vec!["three".to_string()]
        );
    }

    #[test]
    fn a_share_of_the_earlier_figure_is_a_multiple_seen_from_the_other_side() {
        let ru = "В прошлом году Россию посетили около 430 тысяч китайских туристов, тогда \
                  как до пандемии их было почти в три раза больше.";
        quiet(&[
            (
                ru,
                "Some 430,000 Chinese tourists visited Russia last year, roughly a third \
                 of the pre-pandemic figure.",
            ),
            (
                ru,
                "Some 430,000 Chinese tourists visited Russia last year, a third of the \
                 total before the pandemic.",
            ),
        ]);
        // Another share is still a change.
        assert_eq!(
            fired(
                ru,
                "Some 430,000 Chinese tourists visited Russia last year, roughly a quarter \
                 of the pre-pandemic figure.",
                "number-mismatch"
            ),
            vec!["a quarter".to_string()]
        );
    }

    #[test]
    fn shares_in_words_split_by_their_noun_or_said_in_percent() {
        let (fifth, tenth, seventy) = (
            "Каждый пятый турист выбирает Крым.",
            "Лишь каждый десятый отель работает круглый год.",
            "Около 70% россиян поддерживают закон.",
        );
        quiet(&[
            (fifth, "Twenty per cent of tourists choose Crimea."),
            (fifth, "Twenty percent of tourists choose Crimea."),
            (fifth, "A fifth of tourists choose Crimea."),
            (tenth, "Only one hotel in ten is open all year round."),
            (
                tenth,
                "Only one in every ten hotels is open all year round.",
            ),
            (seventy, "Roughly seven in ten Russians support the law."),
            (
                "Этому празднику 25 лет.",
                "It is a quarter of a century old.",
            ),
            ("Этому празднику 50 лет.", "It is half a century old."),
        ]);
        for (ru, en, rule, hit) in [
            (
                fifth,
                "Thirty per cent of tourists choose Crimea.",
                "number-mismatch",
                "Thirty per cent",
            ),
            (
                tenth,
                "Only one hotel in five is open all year round.",
                "number-mismatch",
                "one hotel in five",
            ),
            (
                "Этому празднику 25 лет.",
                "It is half a century old.",
                "number-mismatch",
                "half a century",
            ),
        ] {
            assert_eq!(fired(ru, en, rule), vec![hit.to_string()], "{en}");
        }
        assert_eq!(
            fired(
                seventy,
                "Roughly six in ten Russians support the law.",
                "number-missing"
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_score_said_in_words_is_no_missing_figure() {
        quiet(&[
            (
                "Матч завершился со счетом 0:0.",
                "The match ended in a goalless draw.",
            ),
            (
                "Матч завершился со счетом 0:0.",
                "The match ended in a scoreless draw.",
            ),
            (
                "«Зенит» победил со счетом 2:1.",
                "Zenit won by two goals to one.",
            ),
            (
                "Матч завершился со счетом 1:1.",
                "The match ended in a one-all draw.",
            ),
            ("Команды сыграли 1:1.", "The teams drew one apiece."),
        ]);
        // A score not said is still missing, and so is a ratio that is no score.
        assert_eq!(
            fired(
                "«Зенит» победил со счетом 3:1.",
                "Zenit won by two goals to one.",
                "number-missing"
            )
            .len(),
            1
        );
        assert_eq!(
            fired(
                "Соотношение составило 2:1.",
                "The ratio was two to one.",
                "number-missing"
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_age_bound_restated_in_whole_years() {
        quiet(&[
            (
                "Среди заболевших много детей младше 14 лет.",
                "Among the sick are many children aged 13 and under.",
            ),
            (
                "Жителям старше 60 лет рекомендуют остаться дома.",
                "Residents aged 61 and over are advised to stay at home.",
            ),
            (
                "Вакцинируют детей до 14 лет.",
                "Children aged 13 or younger are vaccinated.",
            ),
            (
                "Вход для детей моложе 7 лет бесплатный.",
                "Entry is free for children aged six and under.",
            ),
            (
                "Билеты для лиц 65 лет и старше бесплатны.",
                "Tickets are free for people over 64.",
            ),
            ("Дети не старше 13 лет.", "Children under 14."),
            ("Водители не моложе 18 лет.", "Drivers over 17."),
            ("Дети до 14 лет бесплатно.", "Free for children up to 13."),
        ]);
        // A figure off by more than the year, or the wrong way, is still changed.
        let ru = "Среди заболевших много детей младше 14 лет.";
        for en in [
            "Among the sick are many children aged 12 and under.",
            "Among the sick are many children aged 16 and under.",
            "Among the sick are many children aged 15 and over.",
        ] {
            assert_eq!(fired(ru, en, "number-mismatch").len(), 1, "{en}");
        }
        assert_eq!(
            fired(
                "Жителям старше 60 лет рекомендуют остаться дома.",
                "Residents aged 59 and over are advised to stay at home.",
                "number-mismatch"
            ),
            vec!["59".to_string()]
        );
    }

    #[test]
    fn a_conversion_into_miles_rounded_to_a_round_figure() {
        quiet(&[
            (
                "Снаряд упал в 3 км от границы.",
                "The shell fell two miles from the border.",
            ),
            (
                "Снаряд упал в 3 км от границы.",
                "The shell fell about two miles from the border.",
            ),
            (
                "Снаряд упал в 5 км от границы.",
                "The shell fell three miles from the border.",
            ),
            ("Скорость составила 100 км/ч.", "The speed was 60 mph."),
            (
                "Поезд шёл со скоростью 200 км/ч.",
                "The train was travelling at 120 mph.",
            ),
            (
                "Пожар был в 500 метрах от дома.",
                "The fire was 550 yards from the house.",
            ),
            ("Ребенок весил 5 кг.", "The baby weighed 11 pounds."),
            // Pounds of money are no weight.
            (
                "Штраф составил 5 млн фунтов стерлингов.",
                "The fine was 5 million pounds.",
            ),
        ]);
        for (ru, en) in [
            (
                "Поселок находится в 2,5 км от города.",
                "The village is 16 miles from the town.",
            ),
            (
                "Поселок находится в 10 км от города.",
                "The village is seven miles from the town.",
            ),
            (
                "Поезд шёл со скоростью 200 км/ч.",
                "The train was travelling at 150 mph.",
            ),
            ("Скорость составила 100 км/ч.", "The speed was 70 mph."),
            ("Ребенок весил 5 кг.", "The baby weighed 15 pounds."),
        ] {
            assert_eq!(fired(ru, en, "number-mismatch").len(), 1, "{en}");
        }
    }

    #[test]
    fn celsius_said_in_fahrenheit() {
        let ru = "Днём воздух прогреется до +22 градусов.";
        quiet(&[
            (ru, "Daytime temperatures will reach 72F."),
            (ru, "Daytime temperatures will reach 72°F."),
            (ru, "Daytime temperatures will reach 72 degrees Fahrenheit."),
            (
                "Ночью температура опустится до минус 10 градусов.",
                "At night the temperature will drop to 14F.",
            ),
        ]);
        for en in [
            "Daytime temperatures will reach 75F.",
            "Daytime temperatures will reach 22°F.",
        ] {
            assert_eq!(fired(ru, en, "number-mismatch").len(), 1, "{en}");
        }
        // The "F" of a name is no Fahrenheit.
        quiet(&[(
            "Закупили 5 истребителей F-16.",
            "They bought 5 F-16 fighter jets.",
        )]);
        // Minus ten is 14 °F, not 14 degrees, nor 50 °F.
        let ru = "Ночью температура опустится до минус 10 градусов.";
        for en in [
            "At night the temperature will drop to 14 degrees.",
            "At night the temperature will drop to 50F.",
        ] {
            assert_eq!(fired(ru, en, "number-mismatch").len(), 1, "{en}");
        }
    }

    #[test]
    fn a_figure_derived_from_two_of_the_other_side() {
        quiet(&[
            (
                "Число туристов увеличилось с 1,2 млн до 1,5 млн.",
                "The number of tourists rose by 300,000 to 1.5 million.",
            ),
            (
                "Выручка выросла на 30 млн рублей, до 150 млн.",
                "Revenue rose from 120 million to 150 million rubles.",
            ),
            (
                "В 2024 году на дороге произошло 9 подобных инцидентов, что на 30% меньше, \
                 чем годом ранее.",
                "Last year it recorded nine such incidents, down 30% on 2023.",
            ),
            (
                "В 2023 году экспорт вырос на 5% по сравнению с предыдущим годом.",
                "Exports grew 5% in 2023 compared with 2022.",
            ),
            (
                "В 2024 году экспорт вырос по сравнению с 2023 годом.",
                "Exports grew in 2024 compared with the previous year.",
            ),
            (
                "В 2024 году аварий было на 10% меньше, чем в прошлом году.",
                "There were 10% fewer accidents than in 2023.",
            ),
            // The change as a percentage of the first figure, or a multiple.
            (
                "Цена выросла со 100 до 120 рублей.",
                "The price rose by 20% to 120 rubles.",
            ),
            (
                "Выпуск вырос с 2 до 4 млн машин.",
                "Output doubled to 4 million cars.",
            ),
            // A share said as two figures.
            (
                "7 из 10 россиян поддерживают реформу.",
                "Seven in ten Russians support the reform.",
            ),
            (
                "Трое из пяти опрошенных против.",
                "60% of respondents are against.",
            ),
        ]);
        assert_eq!(
            fired(
                "Цена выросла со 100 до 120 рублей.",
                "The price rose by 30% to 120 rubles.",
                "number-mismatch"
            ),
            vec!["30%".to_string()]
        );
        assert_eq!(
            fired(
                "Трое из пяти опрошенных против.",
                "70% of respondents are against.",
                "number-missing"
            )
            .len(),
            3
        );
        // A wrong difference, or a year without "the year before", is still a change.
        assert_eq!(
            fired(
                "Число туристов увеличилось с 1,2 млн до 1,5 млн.",
                "The number of tourists rose by 400,000 to 1.5 million.",
                "number-mismatch"
            ),
            vec!["400,000".to_string()]
        );
        assert_eq!(
            fired(
                "В 2023 году экспорт вырос на 5%.",
                "Exports grew 5% in 2022.",
                "number-mismatch"
            ),
            vec!["2022".to_string()]
        );
        // Nor is the year itself, said the year before, though the sentence compares.
        assert_eq!(
            fired(
                "В 2023 году экспорт вырос на 5% по сравнению с прошлым годом.",
                "In 2022 exports grew 5% on the previous year.",
                "number-mismatch"
            ),
            vec!["2022".to_string()]
        );
        assert_eq!(
            fired(
                "В 2023 году экспорт вырос на 5% по сравнению с предыдущим годом.",
                "Exports grew 5% in 2023 compared with 2021.",
                "number-missing"
            ),
            vec!["2021".to_string()]
        );
    }

    #[test]
    fn numeric_dates_match_dates_in_words() {
        quiet(&[
            (
                "Сделка была закрыта 14.03.2024.",
                "The deal closed on March 14, 2024.",
            ),
            (
                "Сделка была закрыта 05.04.2025.",
                "The deal closed on April 5, 2025.",
            ),
            (
                "Сделка была закрыта 14.03.2024.",
                "The deal closed on 14 March 2024.",
            ),
            (
                "Сделка была закрыта 14.03.2024.",
                "The deal closed on 14/03/2024.",
            ),
            (
                "Договор подписан 14.03.24.",
                "The contract was signed on March 14, 2024.",
            ),
            (
                "Сделка была закрыта 14.03.2024.",
                "The deal closed on 2024-03-14.",
            ),
            // A day and a month without a year.
            (
                "Встреча 12.05 в 15:00.",
                "The meeting is on May 12 at 3 p.m.",
            ),
            // A month and a year said once for two dates.
            (
                "Акция продлится с 01.03.2024 по 31.03.2024.",
                "The promotion runs from March 1 to 31, 2024.",
            ),
        ]);
        let ru = "Сделка была закрыта 14.03.2024.";
        assert_eq!(
            fired(ru, "The deal closed on March 15, 2024.", "number-mismatch"),
            vec!["15".to_string()]
        );
        assert_eq!(
            fired(ru, "The deal closed on April 14, 2024.", "number-mismatch"),
            vec!["April".to_string()]
        );
    }

    #[test]
    fn halves_eighths_and_compound_sums() {
        quiet(&[
            (
                "Ставка выросла на 0,5 процентного пункта.",
                "The rate rose by half a percentage point.",
            ),
            ("Цены выросли на 12,5%.", "Prices rose by one-eighth."),
            ("Цены выросли на 12,5%.", "Prices rose by an eighth."),
            (
                "Собрали 3 тыс. 200 подписей.",
                "They collected 3,200 signatures.",
            ),
            (
                "Выручка составила 3 млн 200 тыс. рублей.",
                "Revenue was 3.2 million rubles.",
            ),
            (
                "Бюджет составил 1 млрд 300 млн рублей.",
                "The budget was 1.3 billion rubles.",
            ),
            (
                "Колонна растянулась почти на полкилометра.",
                "The column stretched for almost 500 metres.",
            ),
            ("Расходы сократились на 50%.", "Spending was cut by half."),
        ]);
        // Another half, a sum of parts compared whole, another measure.
        assert_eq!(
            fired(
                "Ставка выросла на 1,5 процентного пункта.",
                "The rate rose by half a percentage point.",
                "number-missing"
            )
            .len(),
            1
        );
        assert_eq!(
            fired(
                "Выручка составила 3 млн 200 тыс. рублей.",
                "Revenue was 3.5 million rubles.",
                "number-mismatch"
            ),
            vec!["3.5 million".to_string()]
        );
        assert_eq!(
            fired(
                "Колонна растянулась на полкилометра.",
                "The column stretched for 800 metres.",
                "number-mismatch"
            ),
            vec!["800".to_string()]
        );
    }

    #[test]
    fn the_night_to_a_day_is_the_night_of_the_day_before() {
        quiet(&[
            (
                "Атака произошла в ночь на 5 июня.",
                "The attack happened on the night of June 4–5.",
            ),
            (
                "Атака произошла в ночь на 5 июня.",
                "The attack happened on the night of June 4.",
            ),
            (
                "Атака произошла в ночь с 4 на 5 июня.",
                "The attack happened overnight into June 5.",
            ),
            (
                "В ночь со 2 на 3 марта шел снег.",
                "It snowed on the night of March 2.",
            ),
        ]);
        assert_eq!(
            fired(
                "Атака произошла в ночь на 5 июня.",
                "The attack happened on the night of June 3.",
                "number-mismatch"
            ),
            vec!["3".to_string()]
        );
        assert_eq!(
            fired(
                "Атака произошла в ночь на 5 июня.",
                "The attack happened on the night of June 5–6.",
                "number-missing"
            ),
            vec!["6".to_string()]
        );
    }

    #[test]
    fn a_figure_said_in_a_word_may_not_vanish() {
        assert_eq!(
            fired(
                "Пострадали 12 человек, двое из них погибли.",
                "Twelve people were injured.",
                "number-missing"
            ),
            vec!["Twelve people were injured.".to_string()]
        );
        assert_eq!(
            fired(
                "Он работал там в течение трёх лет.",
                "He worked there this year.",
                "number-missing"
            )
            .len(),
            1
        );
        assert_eq!(
            fired(
                "Половина опрошенных поддерживает реформу.",
                "A third of those polled support the reform.",
                "number-mismatch"
            ),
            vec!["A third".to_string()]
        );
        quiet(&[
            (
                "Пострадали 12 человек, двое из них погибли.",
                "Twelve people were injured, two of them fatally.",
            ),
            (
                "Пострадали 12 человек, двое из них погибли.",
                "Twelve people were injured, both of them fatally.",
            ),
            (
                "Он работал там в течение трёх лет.",
                "He worked there for 36 months.",
            ),
            (
                "Половина опрошенных поддерживает реформу.",
                "Half of those polled support the reform.",
            ),
            (
                "В первой половине года выручка выросла.",
                "In the first six months of the year revenue grew.",
            ),
            // An idiom and a title are no figures to keep.
            (
                "Он говорил со своей без пяти минут женой.",
                "He talked to his soon-to-be wife.",
            ),
            (
                "Дом находится в двух шагах от метро.",
                "The house is a stone's throw from the metro.",
            ),
            ("Это займет два-три дня.", "It will take a few days."),
            ("Почти половина жителей против.", "Almost half are against."),
            (
                "Он снял комедию «Трое и снежинка».",
                "He shot the comedy Troe i Snezhinka.",
            ),
        ]);
    }

    /// The messages of one rule's findings.
    fn messages(ru: &str, en: &str, rule: &str) -> Vec<String> {
        findings(ru, en)
            .into_iter()
            .filter(|f| f.rule.name == rule)
            .map(|f| f.message)
            .collect()
    }

    #[test]
    fn a_space_grouped_figure_with_decimals_is_compared_whole() {
        let ru = "Выплата вырастет с 8 134,88 до 8 728,73 рубля.";
        assert!(findings(
            ru,
            "The payment will rise from 8,134.88 to 8,728.73 rubles."
        )
        .iter()
        .all(|f| !f.rule.name.starts_with("number")));
        assert_eq!(
            fired(
                ru,
                "The payment will rise from 8,134.88 to 8,782.73 rubles.",
                "number-mismatch"
            ),
            vec!["8,782.73".to_string()]
        );
    }

    #[test]
    fn a_designation_pairs_with_its_counterpart_before_an_ordinal_does() {
        // «второй» must not be satisfied by the 2 of "NPP-2", which «АЭС-2» needs.
        let ru = "Второй энергоблок Курской АЭС-2 подключен к сети.";
        assert_eq!(
            fired(
                ru,
                "The third power unit of Kursk NPP-2 has been connected to the grid.",
                "number-mismatch"
            ),
            vec!["third".to_string()]
        );
        assert!(findings(
            ru,
            "The second power unit of Kursk NPP-2 has been connected to the grid."
        )
        .iter()
        .all(|f| !f.rule.name.starts_with("number")));
        // «пятого поколения (5G)»: the 5G pairs with "5G", the ordinal with "fifth".
        for en in [
            "The company tested a fifth-generation (5G) network.",
            "The company tested a 5G network.",
        ] {
            assert!(
                findings("Компания протестировала сеть пятого поколения (5G).", en)
                    .iter()
                    .all(|f| !f.rule.name.starts_with("number")),
                "{en}"
            );
        }
    }

    #[test]
    fn the_month_before_said_for_a_month_earlier() {
        let ru = "В августе банки выдали 89 тыс. кредитов против 148 тыс. месяцем ранее.";
        for en in [
            "The number of loans fell to 89,000 from 148,000 in July.",
            "In August banks issued 89,000 loans against 148,000 in July.",
        ] {
            assert!(
                findings(ru, en)
                    .iter()
                    .all(|f| !f.rule.name.starts_with("number")),
                "{en}"
            );
        }
        // Without the relative date, or another month, it is a change.
        assert_eq!(
            fired(
                "В августе банки выдали 89 тыс. кредитов.",
                "In July banks issued 89,000 loans.",
                "number-mismatch"
            ),
            vec!["July".to_string()]
        );
        assert_eq!(
            fired(
                ru,
                "The number of loans fell to 89,000 from 148,000 in June.",
                "number-mismatch"
            ),
            vec!["June".to_string()]
        );
        // The year before.
        assert!(findings(
            "В 2024 году выпуск вырос до 5 млн против 4 млн годом ранее.",
            "Output rose to 5 million in 2024 from 4 million in 2023."
        )
        .iter()
        .all(|f| !f.rule.name.starts_with("number")));
        assert_eq!(
            fired(
                "В 2024 году выпуск вырос до 5 млн против 4 млн.",
                "Output rose to 5 million in 2024 from 4 million in 2023.",
                "number-missing"
            ),
            vec!["2023".to_string()]
        );
    }

    #[test]
    fn a_number_and_its_teen_are_one_figure_changed() {
        let ru = "Ипотека доступна семьям с детьми до шести лет, а ставка осталась на уровне 6%.";
        assert_eq!(
            fired(
                ru,
                "The mortgage is available to families with children under sixteen, and the rate remained at 6%.",
                "number-mismatch"
            ),
            vec!["sixteen".to_string()]
        );
        assert_eq!(
            fired(
                "Ипотека доступна семьям с детьми до шести лет.",
                "The mortgage is available to families with children under 16.",
                "number-mismatch"
            ),
            vec!["16".to_string()]
        );
        assert!(fired(
            ru,
            "The mortgage is available to families with children under six, and the rate remained at 6%.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn elsewhere_means_another_sentence() {
        let ru = "Ставка составит 7%.";
        let same_sentence = messages(ru, "The rate will be 9%, up 7 points.", "number-missing");
        assert!(
            same_sentence.iter().all(|m| !m.contains("elsewhere")),
            "{same_sentence:?}"
        );
        let other = messages(
            "Ставка составит 7%.\n\nОб этом сообщили в банке.",
            "The rate will be 9%.\n\nThe bank said this on day 7.",
            "number-missing",
        );
        assert!(other.iter().any(|m| m.contains("elsewhere")), "{other:?}");
    }

    #[test]
    fn an_omitted_sentence_or_a_figure_taken_is_no_figure_given_elsewhere() {
        // The 25 of the translation is the analysts', which the first sentence took; the
        // date's sentence is left out, which the omission check reports.
        let ru = "Прогноз поддержали 18 из 30 экспертов. Следующая встреча пройдёт 30 мая.";
        let m = messages(
            ru,
            "The forecast was backed by 18 of 30 experts.",
            "number-missing",
        );
        assert!(m.is_empty(), "{m:?}");
        // A sentence kept with its figure dropped is still reported.
        let m = messages(
            ru,
            "The forecast was backed by 18 of 30 experts. The next meeting will be held in May.",
            "number-missing",
        );
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(!m[0].contains("elsewhere"), "{m:?}");
    }

    #[test]
    fn a_percentage_in_brackets_is_content_not_a_conversion() {
        let ru = "Продажи составили 17,9 тыс. штук (+41%).";
        assert_eq!(
            fired(ru, "Sales were 17,900 units.", "number-missing"),
            vec!["Sales were 17,900 units.".to_string()]
        );
        for good in [
            "Sales were 17,900 units, up 41%.",
            "Sales were 17,900 units (+41%).",
        ] {
            assert!(fired(ru, good, "number-missing").is_empty(), "{good}");
        }
        // A sum in brackets after another is still a conversion the translator may drop.
        assert!(fired(
            "Штраф составил 300 долларов (около 27 тыс. рублей).",
            "The fine was $300.",
            "number-missing"
        )
        .is_empty());
    }

    #[test]
    fn kopecks_and_cents_are_a_hundredth_of_their_currency() {
        use crate::checks::testing::severities;
        use crate::rules::Severity;
        for (ru, en, severity) in [
            (
                "Курс доллара снизился на 45 копеек, до 88,7 рубля.",
                "The dollar fell by 45 rubles to 88.7 rubles.",
                Severity::Error,
            ),
            (
                "Курс доллара снизился на 45 копеек.",
                "The dollar fell by 45 percent.",
                Severity::Error,
            ),
            (
                "Курс рубля укрепился на 2 рубля.",
                "The ruble strengthened by 2 kopecks.",
                Severity::Error,
            ),
            (
                "Курс доллара снизился на 45 копеек.",
                "The dollar fell by 45 cents.",
                Severity::Warning,
            ),
        ] {
            assert_eq!(
                severities(ru, en, "number-mismatch"),
                vec![severity],
                "{en}"
            );
        }
        for (ru, en) in [
            (
                "Курс доллара снизился на 45 копеек, до 88,7 рубля.",
                "The dollar fell by 45 kopecks to 88.7 rubles.",
            ),
            (
                "Курс доллара снизился на 45 коп.",
                "The dollar fell by 45 kopeks.",
            ),
            (
                "Акции подешевели на 20 центов.",
                "The shares fell by 20 cents.",
            ),
            (
                "Курс рубля укрепился на 2 рубля.",
                "The ruble gained 2 rubles.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn oblique_ordinals_are_compared() {
        let ru = "Блок отделился от третьей ступени.";
        assert_eq!(
            fired(
                ru,
                "The block separated from the second stage.",
                "number-mismatch"
            )
            .len(),
            1
        );
        assert!(fired(
            ru,
            "The block separated from the third stage.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_multiple_said_as_a_percentage_of_its_value_is_a_change() {
        for (ru, en) in [
            ("Продажи выросли в 2 раза.", "Sales rose by 2%."),
            ("Продажи выросли в 1,5 раза.", "Sales rose by 1.5%."),
            (
                "Расходы выросли в 2,5 раза, до 1,9 млрд рублей.",
                "Spending rose by 2.5 percent to 1.9 billion rubles.",
            ),
            (
                "Концентрация превысила норму на 4,5%.",
                "The concentration exceeded the norm 4.5 times.",
            ),
        ] {
            let m = messages(ru, en, "number-mismatch");
            assert_eq!(m.len(), 1, "{en}: {m:?}");
            assert!(
                m[0].contains("percentage") && m[0].contains("times"),
                "{m:?}"
            );
        }
        assert_eq!(
            messages(
                "Продажи выросли в 2 раза.",
                "Sales rose by 2%.",
                "number-mismatch"
            ),
            vec!["multiple said as a percentage: «в 2 раза» (2 times) became «2%» (2%)"]
        );
        for en in [
            "Sales doubled.",
            "Sales rose 2.5 times.",
            "Sales rose 2.5-fold.",
            "Sales rose 150%.",
            "Sales rose by a factor of 2.5.",
        ] {
            let ru = if en.contains("doubled") {
                "Продажи выросли в 2 раза."
            } else {
                "Продажи выросли в 2,5 раза."
            };
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
        // A multiple and a percentage of the same value, both kept: paired each with its own.
        assert!(fired(
            "Цены выросли на 2%, а зарплаты в 2 раза.",
            "Wages doubled, while prices rose 2%.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn a_time_bound_turned_round_is_a_change() {
        for (ru, en, phrase) in [
            (
                "Пассажиров отправят не позднее 22:00.",
                "Passengers will be sent no earlier than 22:00.",
                "no earlier than 22:00",
            ),
            (
                "Пассажиров отправят не позднее 22:00.",
                "Passengers will be sent not before 22:00.",
                "not before 22:00",
            ),
            (
                "Закон вступит в силу не ранее 1 июля.",
                "The law will take effect no later than July 1.",
                "no later than July 1",
            ),
            (
                "Проект завершат не позднее 2025 года.",
                "The project will be completed no earlier than 2025.",
                "no earlier than 2025",
            ),
            (
                "Вопрос будет рассмотрен не раньше ноября.",
                "The issue will be considered in November at the latest.",
                "November at the latest",
            ),
        ] {
            assert_eq!(fired(ru, en, "number-mismatch"), vec![phrase.to_string()]);
        }
        for (ru, en) in [
            (
                "Пассажиров отправят не позднее 22:00.",
                "Passengers will be sent by 22:00.",
            ),
            (
                "Пассажиров отправят не позднее 22:00.",
                "Passengers will be sent no later than 22:00.",
            ),
            (
                "Закон вступит в силу не ранее 1 июля.",
                "The law will take effect not before July 1.",
            ),
            (
                "Закон вступит в силу не ранее 1 июля.",
                "The law will take effect on July 1 at the earliest.",
            ),
            (
                "Закон вступит в силу не ранее 1 июля.",
                "The law will take effect from July 1.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn local_time_and_a_named_zone_differ() {
        let m = messages(
            "Самолет приземлился в 14:25 по местному времени.",
            "The plane landed at 14:25 Moscow time.",
            "number-mismatch",
        );
        assert_eq!(m.len(), 1);
        assert!(m[0].starts_with("time zone changed") && m[0].contains("local time"));
        // Moscow time said as local time may be right (the place may be in Moscow's
        // zone): a warning.
        assert_eq!(
            crate::checks::testing::severities(
                "Самолет приземлился в 14:25 по московскому времени.",
                "The plane landed at 14:25 local time.",
                "number-mismatch"
            ),
            vec![crate::rules::Severity::Warning]
        );
        for (ru, en) in [
            (
                "Поезд прибыл в 14:25 по московскому времени.",
                "The train arrived at 16:25 local time.",
            ),
            (
                "Поезд прибыл в 14:25 по местному времени.",
                "The train arrived at 14:25 local time.",
            ),
            (
                "Поезд прибыл в 14:25.",
                "The train arrived at 14:25 local time.",
            ),
            // "local" after four digits is no zone: no time at all.
            (
                "В городе 1500 местных предприятий.",
                "The city has 1500 local businesses.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_price_per_another_unit_is_a_change() {
        assert_eq!(
            fired(
                "Цена составила $65 за баррель.",
                "The price was $65 per tonne.",
                "number-mismatch"
            ),
            vec!["65 per tonne".to_string()]
        );
        for en in [
            "The price was $65 per barrel.",
            "The price was $65 a barrel.",
        ] {
            assert!(fired(
                "Цена составила 65 долларов за баррель.",
                en,
                "number-mismatch"
            )
            .is_empty());
        }
        assert!(fired(
            "Газ стоит $300 за тысячу кубометров.",
            "Gas costs $300 per 1,000 cubic metres.",
            "number-mismatch"
        )
        .is_empty());
    }

    #[test]
    fn goals_and_comparison_periods_said_in_words() {
        let m = messages(
            "Нападающий оформил дубль.",
            "The striker scored a hat-trick.",
            "number-mismatch",
        );
        assert_eq!(m.len(), 1);
        assert!(m[0].contains("two goals") && m[0].contains("three goals"));
        assert_eq!(
            fired(
                "Нападающий оформил хет-трик.",
                "The striker scored a brace.",
                "number-mismatch"
            ),
            vec!["brace".to_string()]
        );
        assert_eq!(
            fired(
                "Инфляция в годовом выражении составила 8%.",
                "Inflation was 8% month on month.",
                "number-mismatch"
            ),
            vec!["month on month".to_string()]
        );
        for (ru, en) in [
            ("Нападающий оформил дубль.", "The striker scored twice."),
            (
                "Нападающий оформил хет-трик.",
                "The striker scored a hat-trick.",
            ),
            (
                "Инфляция в годовом выражении составила 8%.",
                "Inflation was 8% year on year.",
            ),
            (
                "Инфляция в годовом выражении составила 8%.",
                "Annual inflation was 8%.",
            ),
        ] {
            assert!(fired(ru, en, "number-mismatch").is_empty(), "{en}");
        }
    }

    #[test]
    fn a_length_of_time_said_as_one_unit_is_no_missing_figure() {
        for (ru, en) in [
            (
                "Компания уведомила регулятора в течение 24 часов.",
                "The company notified the regulator within a day.",
            ),
            (
                "Компания уведомила регулятора в течение 7 дней.",
                "The company notified the regulator within a week.",
            ),
            (
                "Компания уведомила регулятора в течение 12 месяцев.",
                "The company notified the regulator within a year.",
            ),
            (
                "Компания уведомила регулятора в течение 60 минут.",
                "The company notified the regulator within an hour.",
            ),
            (
                "Компания работает уже 100 лет.",
                "The company has been operating for a century.",
            ),
            (
                "Магазин работает 24 часа в сутки.",
                "The shop is open around the clock.",
            ),
            (
                "Компания уведомила регулятора в течение суток.",
                "The company notified the regulator within 24 hours.",
            ),
        ] {
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        // Another length is still missing.
        assert_eq!(
            fired(
                "Компания уведомила регулятора в течение 48 часов.",
                "The company notified the regulator within a day.",
                "number-missing"
            )
            .len(),
            1
        );
    }

    #[test]
    fn a_score_the_source_implies_is_no_added_figure() {
        for (ru, en) in [
            (
                "Педро удвоил преимущество хозяев на 34-й минуте.",
                "Pedro made it 2-0 in the 34th minute.",
            ),
            (
                "Педро открыл счет на 34-й минуте.",
                "Pedro made it 1-0 in the 34th minute.",
            ),
        ] {
            assert!(fired(ru, en, "number-missing").is_empty(), "{en}");
        }
        // Not outside a match: a range the source does not have.
        assert_eq!(
            fired(
                "Совещание перенесли на следующую неделю.",
                "The meeting was moved to next week, 2-3 days later.",
                "number-missing"
            )
            .len(),
            2
        );
    }

    #[test]
    fn temperature_messages_name_the_scale_and_the_sign() {
        let m = messages(
            "Температура воздуха достигает 36 градусов.",
            "The air temperature reaches 36 degrees Fahrenheit.",
            "number-mismatch",
        );
        assert_eq!(
            m,
            vec!["temperature scale changed: «36» degrees Celsius became «36» degrees Fahrenheit"]
        );
        let m = messages(
            "Температура опустилась до минус 45 градусов.",
            "The temperature dropped to 45 degrees.",
            "number-mismatch",
        );
        assert_eq!(
            m,
            vec!["sign changed: «минус 45» (minus 45) became «45» (plus 45)"]
        );
        assert!(messages(
            "Температура опустилась до минус 45 градусов.",
            "The temperature dropped to minus 45 degrees.",
            "number-mismatch"
        )
        .is_empty());
    }
}
