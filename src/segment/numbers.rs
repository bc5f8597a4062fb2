//! Numbers as values: digits in Russian and English formats ("2,5", "1 000 000",
//! "1,000,000", "2.5"), magnitudes ("15 тыс.", "340 млрд", "$3bn", "1.5 million"),
//! percentages, ordinals ("2-го", "1st"), spelled-out numbers ("двух", "two",
//! "полтора миллиона"), days and months ("7 декабря", "December 7").

use super::tokens::{Token, TokenKind};
use crate::lang::{Language, NumberWord};
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumKind {
    /// A count, amount, day of month or year.
    Plain,
    Percent,
    Ordinal,
    /// A month; the value is 1–12.
    Month,
}

#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Byte range in the unit text, covering the digits and any magnitude or % sign.
    pub span: Range<usize>,
    pub value: f64,
    pub kind: NumKind,
    /// Written as words ("two", "двух"), which translators often turn into digits or drop.
    pub spelled: bool,
    /// The magnitude word, if one scaled the number ("млрд", "billion").
    pub magnitude: Option<f64>,
    /// The value before a magnitude word was applied (340 for "340 млрд").
    pub mantissa: f64,
    /// A multiple: «в 2 раза», «вдвое», "doubled", "1.5 times", "twofold".
    pub multiple: bool,
    /// A round number word alone («около сотни», «на тысячу», "a million") or scaling a
    /// figure («три десятка»): it matches a figure of its value, but is too vague to be
    /// reported on its own.
    pub loose: bool,
    /// A one-letter magnitude glued to the digits but left unapplied for want of a
    /// currency sign: "9.12m barrels" is millions, "400m race" metres. The other
    /// language decides (see the number check).
    pub unscaled: Option<f64>,
}

impl NumberMention {
    /// A plain figure said in words ("two-thirds", "one in ten"): no magnitude word.
    fn spelled(span: Range<usize>, value: f64) -> Self {
        NumberMention {
            span,
            value,
            kind: NumKind::Plain,
            spelled: true,
            magnitude: None,
            mantissa: value,
            multiple: false,
            loose: false,
            unscaled: None,
        }
    }

    pub fn text<'a>(&self, unit_text: &'a str) -> &'a str {
        &unit_text[self.span.clone()]
    }
}

fn is_group_space(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, ' ' | '\u{a0}' | '\u{2009}' | '\u{202f}' | '\u{2007}'))
}

/// Parses digits with separators. Returns the value and the number of leading bytes used,
/// and any alphabetic suffix ("st", "bn", "м").
fn parse_digits(s: &str, decimal: char) -> Option<(f64, String)> {
    let digits_end = s
        .char_indices()
        .find(|&(_, c)| !(c.is_ascii_digit() || c == ',' || c == '.'))
        .map_or(s.len(), |(i, _)| i);
    let (num, suffix) = s.split_at(digits_end);
    let num = num.trim_end_matches([',', '.']);
    if num.is_empty() {
        return None;
    }
    let group = if decimal == ',' { '.' } else { ',' };
    let cleaned: String = if num.contains(group) && num.contains(decimal) {
        // "1,234.5" (en) or "1.234,5" (de-style in ru): group then decimal.
        num.replace(group, "").replace(decimal, ".")
    } else if num.contains(group) {
        // The group separator alone: thousands only if every group has three digits.
        let parts: Vec<&str> = num.split(group).collect();
        if parts.len() > 1
            && parts[1..].iter().all(|p| p.len() == 3)
            && !parts[0].is_empty()
            && parts[0].len() <= 3
        {
            num.replace(group, "")
        } else {
            match num.split_once(group) {
                Some((int, frac)) => format!("{int}.{}", frac.replace(group, "")),
                None => num.to_string(),
            }
        }
    } else {
        // Only the first decimal separator counts ("1.2.3" is not a number we trust).
        match num.split_once(decimal) {
            Some((int, frac)) => format!("{int}.{}", frac.replace(decimal, "")),
            None => num.to_string(),
        }
    };
    cleaned
        .parse::<f64>()
        .ok()
        .map(|v| (v, suffix.to_lowercase()))
}

/// Extracts number mentions from a sentence's tokens.
pub fn extract(text: &str, tokens: &[Token], lang: &dyn Language) -> Vec<NumberMention> {
    let mut out: Vec<NumberMention> = Vec::new();
    // Indices of non-space tokens, to look ahead past spaces.
    let idx: Vec<usize> = (0..tokens.len())
        .filter(|&i| tokens[i].kind != TokenKind::Space)
        .collect();
    let tok = |k: usize| -> Option<&Token> { idx.get(k).map(|&i| &tokens[i]) };
    let txt = |t: &Token| &text[t.span.clone()];
    let mut k = 0;
    while k < idx.len() {
        let t = tok(k).unwrap();
        // A currency code glued to the digits ("Rb1.5trn", "CNY120bn") is read like "$".
        let prefix = if t.kind == TokenKind::Word {
            glued_currency(txt(t))
        } else {
            None
        };
        match t.kind {
            _ if t.kind == TokenKind::Number || prefix.is_some() => {
                // A numeric date, «14.03.2024», "14/03/2024", «12.05»: its day, month and year.
                let before = k
                    .checked_sub(1)
                    .and_then(tok)
                    .map_or("", |p| p.lower.as_str());
                if let Some((parts, len)) = prefix
                    .is_none()
                    .then(|| {
                        numeric_date(&text[t.span.start..]).or_else(|| {
                            (lang.decimal_separator() == ',')
                                .then(|| day_month(&text[t.span.start..], before))
                                .flatten()
                        })
                    })
                    .flatten()
                {
                    for (value, r, kind) in parts {
                        let span = t.span.start + r.start..t.span.start + r.end;
                        out.push(NumberMention {
                            kind,
                            spelled: false,
                            ..NumberMention::spelled(span, value)
                        });
                    }
                    let end = t.span.start + len;
                    while tok(k).is_some_and(|x| x.span.start < end) {
                        k += 1;
                    }
                    continue;
                }
                let skip = prefix.unwrap_or(0);
                let raw = &txt(t)[skip..];
                let Some((mut value, suffix)) = parse_digits(raw, lang.decimal_separator()) else {
                    k += 1;
                    continue;
                };
                let start = t.span.start + skip;
                let mut end = t.span.end;
                let mut next = k + 1;
                let mut kind = NumKind::Plain;
                // Thousands groups separated by spaces: "1 000 000".
                if raw.chars().all(|c| c.is_ascii_digit()) && raw.len() <= 3 {
                    let mut j = idx[k] + 1;
                    while j + 1 < tokens.len()
                        && tokens[j].kind == TokenKind::Space
                        && is_group_space(txt(&tokens[j]))
                        && tokens[j + 1].kind == TokenKind::Number
                        && txt(&tokens[j + 1]).len() == 3
                        && txt(&tokens[j + 1]).chars().all(|c| c.is_ascii_digit())
                    {
                        value = value * 1000.0 + txt(&tokens[j + 1]).parse::<f64>().unwrap_or(0.0);
                        end = tokens[j + 1].span.end;
                        j += 2;
                        next = idx.partition_point(|&x| x < j);
                    }
                    // The last group may carry the decimals: «8 134,88», "12 345.6" (a
                    // space-grouped figure with a fraction is one figure, not 8 and 134.88).
                    if j + 1 < tokens.len()
                        && tokens[j].kind == TokenKind::Space
                        && is_group_space(txt(&tokens[j]))
                        && tokens[j + 1].kind == TokenKind::Number
                    {
                        let g = txt(&tokens[j + 1]);
                        let decimal = lang.decimal_separator();
                        let fraction = g.get(3..).and_then(|r| r.strip_prefix(decimal));
                        if g.get(..3)
                            .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
                            && fraction.is_some_and(|f| {
                                !f.is_empty() && f.chars().all(|c| c.is_ascii_digit())
                            })
                        {
                            if let Ok(last) = g.replace(decimal, ".").parse::<f64>() {
                                value = value * 1000.0 + last;
                                end = tokens[j + 1].span.end;
                                j += 2;
                                next = idx.partition_point(|&x| x < j);
                            }
                        }
                    }
                }
                // A vulgar fraction glued to the digits: "7½".
                if let Some(f) = vulgar_fraction(&suffix) {
                    value += f;
                } else if let Some(f) = tok(next)
                    .filter(|f| f.span.start == end && suffix.is_empty())
                    .and_then(|f| vulgar_fraction(txt(f)))
                {
                    value += f;
                    end = tok(next).map_or(end, |f| f.span.end);
                    next += 1;
                }
                let mantissa = value;
                let mut magnitude = None;
                // "$5m" is five million dollars, but "60m" is a distance and "6000K" a
                // temperature: one-letter magnitudes count only after a currency sign.
                let currency = prefix.is_some()
                    || (k > 0
                        && tok(k - 1)
                            .is_some_and(|c| matches!(txt(c), "$" | "€" | "£" | "₽" | "¥")));
                let magnitude_ok = |w: &str| !is_short_magnitude(w) || currency;
                // "12k users", "10.8k": a lower-case k glued to the digits is thousands
                // ("6000K" is a temperature).
                let glued_k = suffix == "k" && raw_suffix_is_lower(txt(t));
                let mut unscaled = None;
                // Suffixes glued to the digits: "1st", "3bn", "5m", "2-го" handled below.
                match suffix.as_str() {
                    "st" | "nd" | "rd" | "th" => kind = NumKind::Ordinal,
                    "" => {}
                    s => {
                        if let Some(NumberWord::Magnitude(m)) = lang.number_word(s) {
                            if magnitude_ok(s) || glued_k {
                                magnitude = Some(m);
                            } else {
                                unscaled = Some(m);
                            }
                        }
                    }
                }
                // "2-го", "10-летний", "3-й": an ordinal or adjective; "-летний" keeps the value.
                if let (Some(dash), Some(after)) = (tok(next), tok(next + 1)) {
                    if txt(dash) == "-"
                        && dash.span.start == end
                        && after.kind == TokenKind::Word
                        && after.span.start == dash.span.end
                    {
                        let a = after.lower.as_str();
                        if matches!(
                            a,
                            "го" | "й"
                                | "я"
                                | "е"
                                | "м"
                                | "х"
                                | "ми"
                                | "ый"
                                | "ой"
                                | "ая"
                                | "ое"
                                | "ого"
                                | "ому"
                                | "ым"
                                | "ых"
                        ) {
                            kind = NumKind::Ordinal;
                            end = after.span.end;
                            next += 2;
                        }
                    }
                }
                // A following magnitude word: "15 тыс.", "340 млрд", "1.5 million", and
                // hyphenated before a noun: "a 214-million-ruble fraud", "$300-million".
                let hyphen = glued_hyphen(next, end, &tok);
                if magnitude.is_none() {
                    let at = if hyphen { next + 1 } else { next };
                    if let Some(w) = tok(at) {
                        if w.kind == TokenKind::Word {
                            if let Some(NumberWord::Magnitude(m)) = lang
                                .number_word(&w.lower)
                                .filter(|_| magnitude_ok(&w.lower))
                            {
                                magnitude = Some(m);
                                end = w.span.end;
                                next = at + 1;
                                if let Some(dot) = tok(next) {
                                    if txt(dot) == "."
                                        && dot.span.start == end
                                        && is_abbrev_magnitude(&w.lower)
                                    {
                                        end = dot.span.end;
                                    }
                                }
                            }
                        }
                    }
                }
                if let Some(m) = magnitude {
                    value *= m;
                }
                // Percent sign or word ("a 5-percent rise" too).
                let hyphen = glued_hyphen(next, end, &tok);
                let at = if hyphen { next + 1 } else { next };
                if let Some(p) = tok(next) {
                    if txt(p) == "%" {
                        kind = NumKind::Percent;
                        end = p.span.end;
                        next += 1;
                    } else if let Some(p) = tok(at)
                        .filter(|p| p.kind == TokenKind::Word && lang.is_percent_word(&p.lower))
                    {
                        kind = NumKind::Percent;
                        end = p.span.end;
                        next = at + 1;
                    } else if p.kind == TokenKind::Word && txt(p) == "per" {
                        if let Some(c) = tok(next + 1) {
                            if c.lower == "cent" {
                                kind = NumKind::Percent;
                                end = c.span.end;
                                next += 2;
                            }
                        }
                    }
                }
                out.push(NumberMention {
                    span: start..end,
                    value,
                    kind,
                    spelled: false,
                    magnitude,
                    mantissa,
                    multiple: false,
                    loose: magnitude.is_some_and(is_round),
                    unscaled,
                });
                k = next;
            }
            TokenKind::Word => {
                match lang.number_word(&t.lower) {
                    Some(NumberWord::Cardinal(mut v)) => {
                        let start = t.span.start;
                        let mut end = t.span.end;
                        let mut next = k + 1;
                        // Compounds: "двадцать пять", "twenty-five" (the hyphen is a token).
                        loop {
                            let mut look = next;
                            if tok(look).is_some_and(|h| txt(h) == "-") {
                                look += 1;
                            }
                            match tok(look).and_then(|w| lang.number_word(&w.lower).map(|n| (w, n)))
                            {
                                // "three hundred" (Russian writes «триста» as one word).
                                Some((w, NumberWord::Cardinal(u)))
                                    if u == 100.0
                                        && (1.0..10.0).contains(&v)
                                        && v.fract() == 0.0 =>
                                {
                                    v *= u;
                                    end = w.span.end;
                                    next = look + 1;
                                }
                                Some((w, NumberWord::Cardinal(u)))
                                    if u < v && v >= 20.0 && (v % 10.0 == 0.0) && u < 10.0 =>
                                {
                                    v += u;
                                    end = w.span.end;
                                    next = look + 1;
                                }
                                _ => break,
                            }
                        }
                        // "two and a half million", «два с половиной миллиона», and
                        // hyphenated before a noun: "a four-and-a-half-year contract".
                        let half = [["and", "a", "half"], ["с", "половиной", ""]]
                            .iter()
                            .find_map(|p| {
                                let mut at = next;
                                for w in p.iter().filter(|w| !w.is_empty()) {
                                    if tok(at).is_some_and(|h| txt(h) == "-") {
                                        at += 1;
                                    }
                                    if tok(at).is_none_or(|t| t.lower != *w) {
                                        return None;
                                    }
                                    at += 1;
                                }
                                Some(at)
                            });
                        if let Some(after) = half {
                            v += 0.5;
                            end = tok(after - 1).map_or(end, |t| t.span.end);
                            next = after;
                        }
                        // A share: "seven in ten", "three out of every four".
                        if let Some((d, last)) = share_in(next, false, &tok, lang)
                            .filter(|(d, _)| v >= 2.0 && v < *d && v.fract() == 0.0)
                        {
                            out.push(NumberMention::spelled(
                                start..tok(last).map_or(end, |l| l.span.end),
                                v / d,
                            ));
                            k = last + 1;
                            continue;
                        }
                        // A fraction: "two-thirds", "three quarters", «две трети».
                        let look = if tok(next).is_some_and(|h| txt(h) == "-") {
                            next + 1
                        } else {
                            next
                        };
                        if let Some((d, w)) = tok(look)
                            .and_then(|w| denominator(&w.lower, true).map(|d| (d, w)))
                            .filter(|(d, _)| v >= 1.0 && v < *d && v.fract() == 0.0)
                        {
                            out.push(NumberMention::spelled(start..w.span.end, v / d));
                            k = look + 1;
                            continue;
                        }
                        let mantissa = v;
                        let mut magnitude = None;
                        if let Some(w) = tok(next) {
                            if let Some(NumberWord::Magnitude(m)) = lang.number_word(&w.lower) {
                                magnitude = Some(m);
                                v *= m;
                                end = w.span.end;
                                next += 1;
                            }
                        }
                        let mut kind = NumKind::Plain;
                        if let Some(p) = tok(next) {
                            if p.kind == TokenKind::Word && lang.is_percent_word(&p.lower) {
                                kind = NumKind::Percent;
                                end = p.span.end;
                                next += 1;
                            } else if p.lower == "per" {
                                // "twenty per cent", like "20 per cent".
                                if let Some(c) = tok(next + 1).filter(|c| c.lower == "cent") {
                                    kind = NumKind::Percent;
                                    end = c.span.end;
                                    next += 2;
                                }
                            }
                        }
                        out.push(NumberMention {
                            span: start..end,
                            value: v,
                            kind,
                            spelled: true,
                            magnitude,
                            mantissa,
                            multiple: false,
                            loose: magnitude.is_some_and(is_round),
                            unscaled: None,
                        });
                        k = next;
                        continue;
                    }
                    Some(NumberWord::Ordinal(v)) => {
                        out.push(NumberMention {
                            span: t.span.clone(),
                            value: v,
                            kind: NumKind::Ordinal,
                            spelled: true,
                            magnitude: None,
                            mantissa: v,
                            multiple: false,
                            loose: false,
                            unscaled: None,
                        });
                    }
                    Some(NumberWord::Month(m)) => {
                        // English month names must be capitalised ("May", not "may").
                        let is_latin = t.lower.chars().all(|c| c.is_ascii_alphabetic());
                        if !is_latin || t.capitalized {
                            out.push(NumberMention {
                                span: t.span.clone(),
                                value: m as f64,
                                kind: NumKind::Month,
                                spelled: true,
                                magnitude: None,
                                mantissa: m as f64,
                                multiple: false,
                                loose: false,
                                unscaled: None,
                            });
                        }
                    }
                    Some(NumberWord::Multiple(v)) => {
                        // "double", "triple" are adjectives too ("a double murder"):
                        // multiples only as verbs, after an auxiliary or "to".
                        let adjective =
                            matches!(t.lower.as_str(), "double" | "triple" | "quadruple");
                        let verb = k > 0
                            && tok(k - 1)
                                .is_some_and(|p| AUXILIARIES_EN.contains(&p.lower.as_str()));
                        if !adjective || verb {
                            out.push(NumberMention {
                                span: t.span.clone(),
                                value: v,
                                kind: NumKind::Plain,
                                spelled: true,
                                magnitude: None,
                                mantissa: v,
                                multiple: true,
                                loose: false,
                                unscaled: None,
                            });
                        }
                    }
                    Some(NumberWord::Magnitude(m)) if lone_magnitude(&t.lower) => {
                        // «около тысячи» is a round guess; «миллион доз» is one million.
                        let exact = m >= 1e6;
                        out.push(NumberMention {
                            span: t.span.clone(),
                            value: m,
                            kind: NumKind::Plain,
                            spelled: true,
                            magnitude: exact.then_some(m),
                            mantissa: if exact { 1.0 } else { m },
                            multiple: false,
                            loose: !exact,
                            unscaled: None,
                        });
                    }
                    _ => {
                        if let Some((mantissa, magnitude, last)) = spelled_share(k, &tok, lang) {
                            let end = tok(last).map_or(t.span.end, |l| l.span.end);
                            out.push(NumberMention {
                                span: t.span.start..end,
                                value: mantissa * magnitude.unwrap_or(1.0),
                                kind: NumKind::Plain,
                                spelled: true,
                                magnitude,
                                mantissa,
                                multiple: false,
                                loose: false,
                                unscaled: None,
                            });
                            k = last + 1;
                            continue;
                        }
                        if let Some(v) = compound_number(&t.lower) {
                            out.push(NumberMention::spelled(t.span.clone(), v));
                            k += 1;
                            continue;
                        }
                        if let Some(v) = roman_century(k, &tok, text) {
                            out.push(NumberMention {
                                span: t.span.clone(),
                                value: v,
                                kind: NumKind::Ordinal,
                                spelled: false,
                                magnitude: None,
                                mantissa: v,
                                multiple: false,
                                loose: false,
                                unscaled: None,
                            });
                        }
                    }
                }
                k += 1;
            }
            _ => k += 1,
        }
    }
    compound_magnitudes(text, &mut out);
    share_range_scale(text, &mut out);
    mark_multiples(text, &mut out);
    stoppage_time(text, &mut out);
    out
}

/// The parts of a numeric date (value, range in the text read, kind), in the order
/// written, and the length read.
type DateParts = (Vec<(f64, Range<usize>, NumKind)>, usize);

/// A numeric date at the start of `s`, day first: «14.03.2024», «5.4.2025», "14/03/2024",
/// and with a two-digit year only when day and month have two digits too («14.03.24»:
/// "1.2.24" may be a version). "03/14/2024", whose second part is no month, is read month
/// first; "2024-03-14" is year first. Returns the day, month and year with their ranges in
/// `s`, and the length read.
fn numeric_date(s: &str) -> Option<DateParts> {
    let digits = |from: usize| s[from..].bytes().take_while(u8::is_ascii_digit).count();
    let l1 = digits(0);
    let sep = *s.as_bytes().get(l1)?;
    if l1 == 4 && sep == b'-' {
        return iso_date(s);
    }
    if !(1..=2).contains(&l1) || !matches!(sep, b'.' | b'/') {
        return None;
    }
    let p2 = l1 + 1;
    let l2 = digits(p2);
    if !(1..=2).contains(&l2) || s.as_bytes().get(p2 + l2) != Some(&sep) {
        return None;
    }
    let p3 = p2 + l2 + 1;
    let l3 = digits(p3);
    let end = p3 + l3;
    // Not a longer run: "1.2.3.4", "14.03.2024.5".
    let rest = &s.as_bytes()[end..];
    if rest.first().is_some_and(|&c| c == sep || c == b',')
        && rest.get(1).is_some_and(u8::is_ascii_digit)
    {
        return None;
    }
    let num = |from: usize, len: usize| s[from..from + len].parse::<u32>().ok();
    let (a, b, y) = (num(0, l1)?, num(p2, l2)?, num(p3, l3)?);
    let year = match l3 {
        4 if (1900..=2100).contains(&y) => y,
        2 if l1 == 2 && l2 == 2 => y + if y < 70 { 2000 } else { 1900 },
        _ => return None,
    };
    let (day, month, day_at, month_at) = if sep == b'/' && b > 12 && a <= 12 {
        (b, a, p2..p2 + l2, 0..l1)
    } else {
        (a, b, 0..l1, p2..p2 + l2)
    };
    if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
        return None;
    }
    let mut parts = vec![
        (f64::from(day), day_at, NumKind::Plain),
        (f64::from(month), month_at, NumKind::Month),
        (f64::from(year), p3..end, NumKind::Plain),
    ];
    parts.sort_by_key(|p| p.1.start);
    Some((parts, end))
}

/// An ISO date, "2024-03-14", at the start of `s` (see [`numeric_date`]).
fn iso_date(s: &str) -> Option<DateParts> {
    let b = s.as_bytes();
    let two = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(two(5) && b.get(7) == Some(&b'-') && two(8)) || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (y, m, d): (u32, u32, u32) = (
        s[..4].parse().ok()?,
        s[5..7].parse().ok()?,
        s[8..10].parse().ok()?,
    );
    if !(1900..=2100).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some((
        vec![
            (f64::from(y), 0..4, NumKind::Plain),
            (f64::from(m), 5..7, NumKind::Month),
            (f64::from(d), 8..10, NumKind::Plain),
        ],
        10,
    ))
}

/// A day and month written «12.05» in Russian text, where a decimal takes a comma: two
/// digits each, not a time («в 12.05», «до 9.30») nor a figure with a unit or currency
/// after it («12.05 рубля»).
fn day_month(s: &str, word_before: &str) -> Option<DateParts> {
    let b = s.as_bytes();
    let two = |i: usize| {
        b.get(i..i + 2)
            .is_some_and(|d| d.iter().all(u8::is_ascii_digit))
    };
    if !(two(0) && b.get(2) == Some(&b'.') && two(3)) {
        return None;
    }
    let rest = &s[5..];
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || (rest.starts_with(['.', ',', ':'])
            && rest[1..].starts_with(|c: char| c.is_ascii_digit()))
    {
        return None;
    }
    let next = word_after(rest).to_lowercase();
    let glued = rest.starts_with(char::is_alphabetic) || rest.trim_start().starts_with('%');
    let time = matches!(
        word_before,
        "в" | "во" | "к" | "до" | "с" | "со" | "около" | "после"
    );
    let free = next.is_empty()
        || matches!(
            next.as_str(),
            "в" | "во" | "и" | "или" | "по" | "до" | "с" | "со" | "на"
        );
    let (d, m): (u32, u32) = (s[..2].parse().ok()?, s[3..5].parse().ok()?);
    if glued || time || !free || !(1..=31).contains(&d) || !(1..=12).contains(&m) {
        return None;
    }
    Some((
        vec![
            (f64::from(d), 0..2, NumKind::Plain),
            (f64::from(m), 3..5, NumKind::Month),
        ],
        5,
    ))
}

/// A sum said in two magnitudes, «3 млн 200 тыс.», «1 млрд 300 млн», "2 billion 500
/// million", or in thousands and units, «3 тыс. 200»: one figure (3.2 million, 3,200), as
/// the other language writes it.
fn compound_magnitudes(text: &str, out: &mut Vec<NumberMention>) {
    let mut i = 1;
    while i < out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let joinable = |m: &NumberMention| {
            !m.spelled && m.kind == NumKind::Plain && !m.loose && m.unscaled.is_none()
        };
        let fits = match (a.magnitude, b.magnitude) {
            (Some(ma), Some(mb)) => mb >= 1e3 && mb < ma && b.value < ma,
            (Some(ma), None) => {
                ma == 1e3 && b.value < 1e3 && b.value.fract() == 0.0 && a.mantissa.fract() == 0.0
            }
            _ => false,
        };
        if fits && joinable(a) && joinable(b) && text[a.span.end..b.span.start].trim().is_empty() {
            let value = a.value + b.value;
            let m = a.magnitude.unwrap_or(1.0);
            out[i - 1] = NumberMention {
                span: a.span.start..b.span.end,
                value,
                mantissa: value / m,
                ..a.clone()
            };
            out.remove(i);
        } else {
            i += 1;
        }
    }
}

/// Minutes a half ends at, which stoppage time is added to: «90+3», "45+2".
const HALF_ENDS: &[f64] = &[45.0, 90.0, 105.0, 120.0];

/// A minute of stoppage time: «на 90+3-й минуте», "in the 90+3rd minute", "45+2'" is
/// one figure, the 93rd or 47th minute (the other language often says it so), not a
/// 90 and a 3. Only in a minute's context: a minute word or a prime after it.
fn stoppage_time(text: &str, out: &mut Vec<NumberMention>) {
    let mut i = 1;
    while i < out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        let joined = text[a.span.end..b.span.start].trim() == "+";
        let after = &text[b.span.end..];
        let word = word_after(after).to_lowercase();
        let minute = word.starts_with("минут")
            || word.starts_with("minute")
            || matches!(word.as_str(), "мин" | "min")
            || after.starts_with(['\'', '′', '’']);
        let plain =
            |m: &NumberMention| !m.spelled && m.magnitude.is_none() && m.value.fract() == 0.0;
        if joined
            && minute
            && plain(a)
            && plain(b)
            && a.kind == NumKind::Plain
            && HALF_ENDS.contains(&a.value)
            && (1.0..=30.0).contains(&b.value)
        {
            let merged = NumberMention {
                span: a.span.start..b.span.end,
                value: a.value + b.value,
                mantissa: a.value + b.value,
                ..b.clone()
            };
            out[i - 1] = merged;
            out.remove(i);
        }
        i += 1;
    }
}

/// Currency codes and abbreviations written glued before the digits, as a sign is:
/// "Rb1.5trn", "RUB4.3bn", "CNY120bn", "EUR5m". One letter ("R20bn", "Y5m") only with a
/// magnitude or a decimal after it: "R2", "Y2K" are names.
const GLUED_CURRENCIES: &[&str] = &[
    "Rbs", "Rb", "RUB", "RUR", "Rub", "CNY", "RMB", "EUR", "USD", "GBP", "JPY", "INR", "UAH",
    "KZT", "CHF", "R", "Y",
];

/// The length of a currency code glued before the digits of a word ("Rb" of "Rb1.5trn").
pub(crate) fn glued_currency(w: &str) -> Option<usize> {
    let code = GLUED_CURRENCIES.iter().find(|c| {
        w.strip_prefix(**c)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
    })?;
    let rest = &w[code.len()..];
    if code.len() == 1 {
        let letters = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        let scaled = matches!(letters, "bn" | "m" | "mn" | "trn" | "tn");
        if !scaled && !rest.contains(['.', ',']) {
            return None;
        }
    }
    Some(code.len())
}

/// The value of a vulgar fraction sign glued to a figure: "7½" is 7.5.
fn vulgar_fraction(s: &str) -> Option<f64> {
    Some(match s {
        "½" => 0.5,
        "¼" => 0.25,
        "¾" => 0.75,
        "⅓" => 1.0 / 3.0,
        "⅔" => 2.0 / 3.0,
        _ => return None,
    })
}

/// The value of a Roman numeral ("XIX", also typed with the Cyrillic «Х» and «І»).
fn roman(w: &str) -> Option<f64> {
    let digit = |c: char| match c {
        'I' | 'І' => Some(1),
        'V' => Some(5),
        'X' | 'Х' => Some(10),
        'L' => Some(50),
        // Not the Cyrillic «С»: «С веками» is "with the centuries".
        'C' => Some(100),
        _ => None,
    };
    let ds: Vec<u32> = w.chars().map(digit).collect::<Option<_>>()?;
    if ds.is_empty() || ds.len() > 8 {
        return None;
    }
    let mut v = 0i64;
    for (i, &d) in ds.iter().enumerate() {
        if ds.get(i + 1).is_some_and(|&n| n > d) {
            v -= i64::from(d);
        } else {
            v += i64::from(d);
        }
    }
    (v > 0).then_some(v as f64)
}

/// A century in Roman numerals: «XIX века», «в XX–XXI веках», "XIX century" (a Roman
/// numeral elsewhere is a name: «Николай II», «II квартал»).
fn roman_century<'t>(
    k: usize,
    tok: &dyn Fn(usize) -> Option<&'t Token>,
    text: &str,
) -> Option<f64> {
    let v = roman(&text[tok(k)?.span.clone()])?;
    // Past a range to its second end: «XX–XXI веках», "XIX and XX centuries".
    let mut next = k + 1;
    if tok(next).is_some_and(|j| RANGE_JOINERS.contains(&j.lower.as_str()))
        && tok(next + 1).is_some_and(|r| roman(&text[r.span.clone()]).is_some())
    {
        next += 2;
    }
    let w = tok(next)?.lower.as_str();
    (w.starts_with("век") || w.starts_with("столет") || w.starts_with("centur")).then_some(v)
}

/// Russian numerals as the first part of a compound word: «стобалльный», «двухлетний»,
/// «пятиэтажный». (Not «одно-»: English says "single-storey", "one" is no figure.)
const COMPOUND_NUMERALS_RU: &[(&str, f64)] = &[
    ("одиннадцати", 11.0),
    ("двенадцати", 12.0),
    ("пятнадцати", 15.0),
    ("двадцати", 20.0),
    ("тридцати", 30.0),
    ("сорока", 40.0),
    ("пятидесяти", 50.0),
    ("шестидесяти", 60.0),
    ("семидесяти", 70.0),
    ("восьмидесяти", 80.0),
    ("девяноста", 90.0),
    ("двухсот", 200.0),
    ("трехсот", 300.0),
    ("четырехсот", 400.0),
    ("пятисот", 500.0),
    ("тысяче", 1000.0),
    ("двух", 2.0),
    ("дву", 2.0),
    ("трех", 3.0),
    ("четырех", 4.0),
    ("пяти", 5.0),
    ("шести", 6.0),
    ("семи", 7.0),
    ("восьми", 8.0),
    ("девяти", 9.0),
    ("десяти", 10.0),
    ("сто", 100.0),
];

/// What may follow a numeral in a compound that keeps its figure ("two-year",
/// "five-storey", "100-point"), with a factor for a magnitude («пятитысячная купюра»).
/// Not «-сторонний», «-язычный», «-летие»: "bilateral", "bilingual" and «столетие» (a
/// century) carry no figure in English.
const COMPOUND_HEADS_RU: &[(&str, f64)] = &[
    ("балл", 1.0),
    ("летн", 1.0),
    ("летк", 1.0),
    ("годичн", 1.0),
    ("веков", 1.0),
    ("месячн", 1.0),
    ("недельн", 1.0),
    ("дневн", 1.0),
    ("часов", 1.0),
    ("минутн", 1.0),
    ("секундн", 1.0),
    ("комнатн", 1.0),
    ("этажн", 1.0),
    ("этажк", 1.0),
    ("кратн", 1.0),
    ("местн", 1.0),
    ("серийн", 1.0),
    ("томн", 1.0),
    ("звездн", 1.0),
    ("звездоч", 1.0),
    ("процентн", 1.0),
    ("километров", 1.0),
    ("метров", 1.0),
    ("сантиметров", 1.0),
    ("миллиметров", 1.0),
    ("литров", 1.0),
    ("тонн", 1.0),
    ("килограммов", 1.0),
    ("градусн", 1.0),
    ("уровнев", 1.0),
    ("ярусн", 1.0),
    ("палубн", 1.0),
    ("моторн", 1.0),
    ("полосн", 1.0),
    ("дверн", 1.0),
    ("квартирн", 1.0),
    ("этапн", 1.0),
    ("рублев", 1.0),
    ("тысячн", 1e3),
    ("миллионн", 1e6),
    ("миллиардн", 1e9),
];

/// The figure inside a Russian compound word («стобалльник» 100, «двухлетний» 2,
/// «пятитысячная» 5,000), which English says with a figure ("100-point", "two-year").
pub(crate) fn compound_number(w: &str) -> Option<f64> {
    COMPOUND_NUMERALS_RU.iter().find_map(|(prefix, v)| {
        let rest = w.strip_prefix(prefix)?;
        let (_, factor) = COMPOUND_HEADS_RU
            .iter()
            .find(|(h, _)| rest.starts_with(h))?;
        Some(v * factor)
    })
}

/// Words after which "double" or "triple" is a verb ("will double", "to triple").
const AUXILIARIES_EN: &[&str] = &[
    "to", "will", "would", "could", "can", "may", "might", "should", "must", "did", "does", "do",
    "not", "set", "expected",
];

/// The word right after a figure ("40 минут", "2-fold"), past spaces and a hyphen.
pub fn word_after(text_after: &str) -> String {
    text_after
        .trim_start_matches(|c: char| c.is_whitespace() || c == '-')
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect()
}

/// The word right before a figure («в 2 раза», "minus 32"), past spaces.
pub fn word_before(text_before: &str) -> String {
    let t = text_before.trim_end();
    let start = t
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map_or(t.len(), |(i, _)| i);
    t[start..].to_string()
}

/// Figures that are multiples: «в 2 раза», «в полтора раза», "1.5 times", "2-fold",
/// "two-fold".
fn mark_multiples(text: &str, out: &mut [NumberMention]) {
    for m in out.iter_mut() {
        let after = word_after(&text[m.span.end..]).to_lowercase();
        let before = word_before(&text[..m.span.start]).to_lowercase();
        let russian =
            matches!(after.as_str(), "раз" | "раза") && matches!(before.as_str(), "в" | "во");
        if russian || matches!(after.as_str(), "times" | "fold") {
            m.multiple = true;
        }
    }
}

/// Words and marks that join the two ends of a range ("1,5–2 млн", «от 1,5 до 15 тыс.»,
/// "between 1.5 and 2 billion", "2 or 3 percent").
pub(crate) const RANGE_JOINERS: &[&str] = &["-", "–", "—", "до", "или", "to", "and", "or"];

/// The first figure of a range or change takes the percent sign of the second, and its
/// magnitude when it has none of its own and the two ends are then closer in size than
/// without it (a range or change joins figures of one order): «от 1,5 до 15 тыс.» is
/// 1,500 to 15,000, «с 46 до 12 тыс.» 46,000 to 12,000 and «с 12 до 8%» 12% to 8%, but
/// «от 500 до 2 тыс.» is 500 to 2,000.
fn share_range_scale(text: &str, out: &mut [NumberMention]) {
    for i in 1..out.len() {
        let (a, b) = (&out[i - 1], &out[i]);
        if a.spelled || b.spelled || a.magnitude.is_some() || a.kind != NumKind::Plain {
            continue;
        }
        let between = text[a.span.end..b.span.start].trim().to_lowercase();
        if !RANGE_JOINERS.contains(&between.as_str()) || season_tail(text, &a.span) {
            continue;
        }
        // Scaled, the ends differ by max(a, b)/min(a, b); unscaled, by b·m/a. A mantissa
        // is under 1000: "in 2024 to 132 million" starts with a year.
        let magnitude = b.magnitude.filter(|&m| {
            a.value <= b.mantissa
                || (a.value < 1000.0 && a.value * a.value < m * b.mantissa * b.mantissa)
        });
        // "2021 — 8,4%" is a year and its rate, not a range of percentages.
        let percent = b.kind == NumKind::Percent && a.value < 1000.0;
        let a = &mut out[i - 1];
        if let Some(m) = magnitude {
            a.value = a.mantissa * m;
            a.magnitude = Some(m);
        }
        if percent {
            a.kind = NumKind::Percent;
        }
    }
}

/// Whether a figure closes a season or fiscal-year label ("2024/25", "2024/2025",
/// "2024–25"): the label is one name, not the end of a range («на сезон 2024/25 до 42,3
/// млн тонн» is the 2024/25 season, to 42.3 million).
pub(crate) fn season_tail(text: &str, span: &Range<usize>) -> bool {
    let Some(before) = text[..span.start].strip_suffix(['/', '-', '–', '—']) else {
        return false;
    };
    let year: String = before
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    let (Ok(y), Ok(t)) = (year.parse::<u32>(), text[span.clone()].parse::<u32>()) else {
        return false;
    };
    let written = span.len();
    year.len() == 4
        && (1900..2100).contains(&y)
        && ((written == 2 && t == (y + 1) % 100) || (written == 4 && t == y + 1))
}

/// The denominator a fraction word stands for: "third(s)", "quarter(s)", «треть»,
/// «четверти». «третью» is also the ordinal («третью неделю»): a fraction only after a
/// numeral (`after_numeral`).
fn denominator(w: &str, after_numeral: bool) -> Option<f64> {
    Some(match w {
        "third" | "thirds" | "треть" | "трети" | "третей" => 3.0,
        "третью" if after_numeral => 3.0,
        "quarter" | "quarters" | "fourth" | "fourths" | "четверть" | "четверти" | "четвертей"
        | "четвертью" => 4.0,
        "fifth" | "fifths" => 5.0,
        "sixth" | "sixths" => 6.0,
        "seventh" | "sevenths" => 7.0,
        "eighth" | "eighths" => 8.0,
        "ninth" | "ninths" => 9.0,
        "tenth" | "tenths" => 10.0,
        _ => return None,
    })
}

/// A share said in words from the token `k` on: "a third of", «треть», "one-third",
/// "one and a half billion", "half a dozen", "half a million". Returns the value (before
/// any magnitude), the magnitude and the last token used. ("one" alone is no figure:
/// it is mostly a pronoun.)
fn spelled_share<'t>(
    k: usize,
    tok: &dyn Fn(usize) -> Option<&'t Token>,
    lang: &dyn Language,
) -> Option<(f64, Option<f64>, usize)> {
    let t = tok(k)?;
    let next = |x: usize| tok(k + x).map(|t| t.lower.as_str());
    // «треть бюджета»: the Russian noun alone; «полмиллиона».
    if !t.lower.is_ascii() {
        // «полмиллиона», «полумиллиона».
        if let Some(NumberWord::Magnitude(m)) = ["полу", "пол"]
            .iter()
            .find_map(|p| t.lower.strip_prefix(p))
            .and_then(|rest| lang.number_word(rest))
        {
            return Some((0.5, Some(m), k));
        }
        // «пол-очка», «пол-литра»: half of what is glued after the hyphen.
        if t.lower == "пол"
            && next(1) == Some("-")
            && tok(k + 1).is_some_and(|h| h.span.start == t.span.end)
            && tok(k + 2).is_some_and(|w| w.kind == TokenKind::Word)
        {
            return Some((0.5, None, k + 2));
        }
        // «каждый пятый» is one in five.
        if t.lower.starts_with("кажд") {
            if let Some(NumberWord::Ordinal(v)) = next(1).and_then(|w| lang.number_word(w)) {
                return (v >= 2.0).then_some((1.0 / v, None, k + 1));
            }
        }
        // «четверть миллиона».
        if let (Some(d), Some(NumberWord::Magnitude(m))) = (
            denominator(&t.lower, false),
            next(1).and_then(|w| lang.number_word(w)),
        ) {
            if m >= 1e3 {
                return Some((1.0 / d, Some(m), k + 1));
            }
        }
        // «полчаса», «полгода», «полкилометра», «полувека»: half of a unit of time or
        // measure.
        if ["полу", "пол"].iter().any(|p| {
            t.lower.strip_prefix(p).is_some_and(|rest| {
                HALF_UNITS_RU.contains(&rest) || HALF_MEASURES_RU.contains(&rest)
            })
        }) {
            return Some((0.5, None, k));
        }
        // «половина опрошенных» (not «во второй половине дня», an afternoon).
        if HALF_NOUN_RU.contains(&t.lower.as_str())
            && !(k > 0 && tok(k - 1).is_some_and(|p| halving_ordinal(&p.lower, lang)))
        {
            return Some((0.5, None, k));
        }
        return denominator(&t.lower, false).map(|d| (1.0 / d, None, k));
    }
    let time_unit = |x: usize| next(x).is_some_and(|w| TIME_UNITS_EN.contains(&w));
    match t.lower.as_str() {
        // "an hour and a half", "a year and a half".
        "a" | "an"
            if time_unit(1)
                && next(2) == Some("and")
                && next(3) == Some("a")
                && next(4) == Some("half") =>
        {
            Some((1.5, None, k + 4))
        }
        // "half an hour", "half a year".
        "half" if matches!(next(1), Some("a" | "an")) && time_unit(2) => Some((0.5, None, k + 2)),
        // "a million" is one million ("a m" is no figure).
        "a" if matches!(
            next(1).and_then(|w| lang.number_word(w)),
            Some(NumberWord::Magnitude(m)) if m >= 1e3
        ) && next(1).is_some_and(|w| w.len() > 2) =>
        {
            match lang.number_word(next(1)?) {
                Some(NumberWord::Magnitude(m)) => Some((1.0, Some(m), k + 1)),
                _ => None,
            }
        }
        // "a quarter of a million".
        "a" if denominator(next(1)?, false).is_some()
            && next(2) == Some("of")
            && next(3) == Some("a")
            && matches!(
                next(4).and_then(|w| lang.number_word(w)),
                Some(NumberWord::Magnitude(m)) if m >= 1e3
            ) =>
        {
            let d = denominator(next(1)?, false)?;
            match lang.number_word(next(4)?) {
                Some(NumberWord::Magnitude(m)) => Some((1.0 / d, Some(m), k + 4)),
                _ => None,
            }
        }
        // "a quarter of a century", "a third of a year": a share of a unit of time.
        "a" if denominator(next(1)?, false).is_some()
            && next(2) == Some("of")
            && matches!(next(3), Some("a" | "an"))
            && time_unit(4) =>
        {
            Some((1.0 / denominator(next(1)?, false)?, None, k + 4))
        }
        // "a third of", "grew by a third.", "up a quarter in May", "an eighth" ("a fifth
        // term" is an ordinal): a fraction unless a noun follows.
        "a" | "an" => {
            let d = denominator(next(1)?, false)?;
            let after = tok(k + 2);
            let ends = after.is_none_or(|t| t.kind != TokenKind::Word)
                || after.is_some_and(|t| FRACTION_FOLLOWERS_EN.contains(&t.lower.as_str()));
            ends.then_some((1.0 / d, None, k + 1))
        }
        // "cut by half", "up by half" (not "by half a point").
        "half"
            if k > 0
                && tok(k - 1).is_some_and(|p| p.lower == "by")
                && !matches!(next(1), Some("a" | "an")) =>
        {
            Some((0.5, None, k))
        }
        "one" if next(1) == Some("and") && next(2) == Some("a") && next(3) == Some("half") => {
            match next(4).and_then(|w| lang.number_word(w)) {
                Some(NumberWord::Magnitude(m)) => Some((1.5, Some(m), k + 4)),
                _ => Some((1.5, None, k + 3)),
            }
        }
        // "one million": "one" before a magnitude is the figure 1.
        "one"
            if matches!(
                next(1).and_then(|w| lang.number_word(w)),
                Some(NumberWord::Magnitude(m)) if m >= 1e3
            ) && next(1).is_some_and(|w| w.len() > 2) =>
        {
            match lang.number_word(next(1)?) {
                Some(NumberWord::Magnitude(m)) => Some((1.0, Some(m), k + 1)),
                _ => None,
            }
        }
        // "one in five", "one out of every ten": a share.
        "one" if matches!(next(1), Some("in" | "out")) => {
            let mut at = 2 + usize::from(next(1) == Some("out") && next(2) == Some("of"));
            at += usize::from(next(at) == Some("every"));
            let w = next(at)?;
            let v = match lang.number_word(w) {
                Some(NumberWord::Cardinal(v)) => v,
                _ if w.bytes().all(|b| b.is_ascii_digit()) => w.parse().ok()?,
                _ => return None,
            };
            (v >= 2.0).then_some((1.0 / v, None, k + at))
        }
        // "one hotel in ten", "one Russian out of five": the share split by its noun.
        "one"
            if tok(k + 1).is_some_and(|w| {
                w.kind == TokenKind::Word
                    && lang.number_word(&w.lower).is_none()
                    && !SHARE_BREAKERS_EN.contains(&w.lower.as_str())
            }) && share_in(k + 2, true, tok, lang).is_some() =>
        {
            let (d, last) = share_in(k + 2, true, tok, lang)?;
            Some((1.0 / d, None, last))
        }
        // "every fifth" («каждый пятый»; not "every second", a unit of time).
        "every" => match next(1).and_then(|w| lang.number_word(w)) {
            Some(NumberWord::Ordinal(v)) if v >= 3.0 => Some((1.0 / v, None, k + 1)),
            _ => None,
        },
        "one" => {
            let at = if next(1) == Some("-") { 2 } else { 1 };
            denominator(next(at)?, true).map(|d| (1.0 / d, None, k + at))
        }
        // "half a percentage point", "half a point": 0.5 of the points that follow.
        "half"
            if matches!(next(1), Some("a" | "an"))
                && next(2).is_some_and(|w| HALF_POINTS_EN.contains(&w)) =>
        {
            Some((0.5, None, k + 1))
        }
        // "half a mile", "half a litre": half of a unit of measure.
        "half"
            if matches!(next(1), Some("a" | "an"))
                && next(2).is_some_and(|w| HALF_MEASURES_EN.contains(&w)) =>
        {
            Some((0.5, None, k + 2))
        }
        // "a nearly half trillion dollar bill": half of the magnitude.
        "half"
            if matches!(
                next(1).and_then(|w| lang.number_word(w)),
                Some(NumberWord::Magnitude(m)) if m >= 1e3
            ) && next(1).is_some_and(|w| w.len() > 2) =>
        {
            match lang.number_word(next(1)?) {
                Some(NumberWord::Magnitude(m)) => Some((0.5, Some(m), k + 1)),
                _ => None,
            }
        }
        // "half of those polled", "half the population", "lost half its harvest", "almost
        // half" (not "the first half of", nor "almost half a million", read below).
        "half"
            if (next(1).is_some_and(|w| HALF_OF_EN.contains(&w))
                || (k > 0
                    && tok(k - 1).is_some_and(|p| HALF_HEDGES_EN.contains(&p.lower.as_str()))
                    && !matches!(next(1), Some("a" | "an"))))
                && !(k > 0 && tok(k - 1).is_some_and(|p| halving_ordinal(&p.lower, lang))) =>
        {
            Some((0.5, None, k))
        }
        // "half a dozen", "half a million".
        "half" if next(1) == Some("a") => match lang.number_word(next(2)?)? {
            NumberWord::Cardinal(x) => Some((x / 2.0, None, k + 2)),
            NumberWord::Magnitude(m) => Some((0.5, Some(m), k + 2)),
            _ => None,
        },
        _ => None,
    }
}

/// Words after which "a third", "a quarter" is a fraction, not an ordinal before its
/// noun ("a third time"): "of", prepositions and conjunctions.
const FRACTION_FOLLOWERS_EN: &[&str] = &[
    "of",
    "in",
    "on",
    "from",
    "to",
    "and",
    "or",
    "but",
    "since",
    "compared",
    "over",
    "than",
    "this",
    "last",
    "after",
    "as",
    "by",
    "with",
    "between",
    "against",
    "while",
    "during",
    "at",
    "until",
    "when",
    "amid",
    "following",
    "versus",
    "vs",
];

/// Units of time in the genitive singular, which «пол-» halves: «полчаса», «полгода».
const HALF_UNITS_RU: &[&str] = &[
    "секунды",
    "минуты",
    "часа",
    "суток",
    "дня",
    "недели",
    "месяца",
    "года",
];

/// Units of measure in the genitive, which «пол-» halves: «полкилометра» is 500 metres.
const HALF_MEASURES_RU: &[&str] = &[
    "километра",
    "метра",
    "сантиметра",
    "миллиметра",
    "литра",
    "тонны",
    "килограмма",
    "кило",
    "мили",
    "гектара",
    "века",
    "процента",
];

/// «половина» in its cases: a half.
const HALF_NOUN_RU: &[&str] = &[
    "половина",
    "половины",
    "половину",
    "половиной",
    "половиною",
    "половине",
];

/// Points after "half a": "half a percentage point" is 0.5 points.
const HALF_POINTS_EN: &[&str] = &["point", "percentage", "percent", "per"];

/// Words after which "half" is a share: "half of", "half the", "half its".
const HALF_OF_EN: &[&str] = &[
    "of", "the", "its", "their", "his", "her", "our", "your", "my", "all", "these", "those",
];

/// Hedges before "half" that make it a share: "almost half", "more than half".
const HALF_HEDGES_EN: &[&str] = &[
    "almost", "nearly", "about", "around", "roughly", "than", "over", "under", "some",
];

/// Units of measure after "half a": "half a mile".
const HALF_MEASURES_EN: &[&str] = &[
    "mile",
    "kilometre",
    "kilometer",
    "metre",
    "meter",
    "litre",
    "liter",
    "tonne",
    "ton",
    "kilogram",
    "kilo",
    "pound",
    "hectare",
    "acre",
    "gallon",
    "degree",
];

/// A word before "half" or «половина» that makes it a part of a period, not a share:
/// "the first half of the year", «во второй половине дня», "the latter half".
fn halving_ordinal(w: &str, lang: &dyn Language) -> bool {
    matches!(lang.number_word(w), Some(NumberWord::Ordinal(_)))
        || matches!(
            w,
            "other" | "latter" | "former" | "back" | "front" | "другой" | "другую" | "другая"
        )
}

/// Units of time in the singular: "half an hour", "an hour and a half", "half a
/// century".
const TIME_UNITS_EN: &[&str] = &[
    "second", "minute", "hour", "day", "week", "month", "year", "decade", "century",
];

/// Words after "one" that make no share of "one X in ten": "one of", "one in".
const SHARE_BREAKERS_EN: &[&str] = &[
    "of", "in", "out", "and", "or", "to", "at", "by", "for", "with", "from", "on", "is", "was",
    "more", "another", "after",
];

/// What a share may not be counted in ("two in five minutes", "one goal in ten games"
/// are rates, not shares of people or things).
const RATE_UNITS_EN: &[&str] = &[
    "second",
    "minute",
    "hour",
    "day",
    "week",
    "month",
    "year",
    "decade",
    "game",
    "match",
    "matches",
    "attempt",
    "shot",
    "start",
    "race",
    "round",
    "season",
    "tries",
    "appearance",
    "fight",
    "bout",
    "test",
];

/// Words that may follow the denominator of a share split by its noun: "one hotel in
/// ten is open" (but "one defeat in 24 fights" counts fights).
const SHARE_ENDS_EN: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "had",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "do",
    "does",
    "did",
    "now",
    "still",
    "say",
    "says",
    "said",
    "who",
    "that",
    "which",
    "already",
    "also",
    "in",
    "across",
    "nationwide",
    "worldwide",
];

/// The denominator of a share from token `at` on: "in ten", "out of every four", "in
/// 10" (up to 100), and the last token used. Not before a unit of a rate ("in ten
/// minutes") nor a magnitude ("in ten thousand"); `split` (the noun came before: "one
/// hotel in ten") or in digits, only before the end of the phrase or a verb.
fn share_in<'t>(
    at: usize,
    split: bool,
    tok: &dyn Fn(usize) -> Option<&'t Token>,
    lang: &dyn Language,
) -> Option<(f64, usize)> {
    let w = |x: usize| tok(x).map(|t| t.lower.as_str());
    let mut i = match (w(at)?, w(at + 1)) {
        ("in", _) => at + 1,
        ("out", Some("of")) => at + 2,
        _ => return None,
    };
    i += usize::from(w(i) == Some("every"));
    let (d, digits) = match lang.number_word(w(i)?) {
        Some(NumberWord::Cardinal(d)) => (d, false),
        _ if w(i)?.bytes().all(|b| b.is_ascii_digit()) => (w(i)?.parse().ok()?, true),
        _ => return None,
    };
    let ends = tok(i + 1)
        .is_none_or(|t| t.kind != TokenKind::Word || SHARE_ENDS_EN.contains(&t.lower.as_str()));
    if (split || digits) && !ends {
        return None;
    }
    let rate = tok(i + 1).is_some_and(|t| {
        let x = t.lower.as_str();
        let singular = x.strip_suffix('s').unwrap_or(x);
        RATE_UNITS_EN.contains(&singular)
            || RATE_UNITS_EN.contains(&x)
            || matches!(lang.number_word(x), Some(NumberWord::Magnitude(_)))
    });
    ((2.0..=100.0).contains(&d) && !rate).then_some((d, i))
}

/// A round number that scales a figure, vaguely: «три десятка лет» is "three decades"
/// or "30 years", «шести десятках» "six dozen".
fn is_round(magnitude: f64) -> bool {
    magnitude < 1e3
}

/// A Russian magnitude word alone names one of it: «около тысячи», «на тысячу»,
/// «сотня»; not a plural («тысячами», «миллионов», «десятки») nor an abbreviation
/// («тыс.»). (A magnitude after a figure is taken with it.) Not the English "a million":
/// a loose figure is never reported, and the translation's own figures must be.
fn lone_magnitude(w: &str) -> bool {
    if w.is_ascii() {
        return false;
    }
    let plural = ["ов", "ам", "ами", "ах", "ям", "ями", "ях"]
        .iter()
        .any(|e| w.ends_with(e))
        || matches!(w, "тысяч" | "десятки" | "дюжин" | "сотен");
    !plural && !is_abbrev_magnitude(w) && !is_short_magnitude(w)
}

/// Whether token `k` is a hyphen glued to the figure ending at `end` and to the word
/// after it: "214-million", "5-percent" (not "5 - 7" nor a range "5-10").
fn glued_hyphen<'t>(k: usize, end: usize, tok: &dyn Fn(usize) -> Option<&'t Token>) -> bool {
    tok(k).is_some_and(|h| {
        h.lower == "-"
            && h.span.start == end
            && tok(k + 1).is_some_and(|w| w.kind == TokenKind::Word && w.span.start == h.span.end)
    })
}

/// Whether the letters after the digits of a number token are lower case ("12k").
fn raw_suffix_is_lower(raw: &str) -> bool {
    raw.chars()
        .skip_while(|c| !c.is_alphabetic())
        .all(|c| !c.is_alphabetic() || c.is_lowercase())
}

fn is_short_magnitude(w: &str) -> bool {
    matches!(w, "m" | "k" | "mn" | "м" | "к")
}

fn is_abbrev_magnitude(w: &str) -> bool {
    matches!(
        w,
        "тыс" | "млн" | "млрд" | "трлн" | "mln" | "bn" | "bln" | "tn" | "trln"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{en::ENGLISH, ru::RUSSIAN};
    use crate::segment::tokens::tokenize;

    fn nums(t: &str, lang: &dyn Language) -> Vec<(f64, NumKind, String)> {
        let toks = tokenize(t, 0..t.len(), lang);
        extract(t, &toks, lang)
            .into_iter()
            .map(|m| (m.value, m.kind, t[m.span].to_string()))
            .collect()
    }

    #[test]
    fn shares_and_halves_in_words() {
        let values = |t: &str, lang: &dyn Language| -> Vec<f64> {
            nums(t, lang).into_iter().map(|(v, _, _)| v).collect()
        };
        assert_eq!(
            values(
                "One and a half billion roubles, half a dozen cards.",
                &ENGLISH
            ),
            vec![1.5e9, 6.0]
        );
        assert_eq!(
            values("Two-thirds of voters, a third of the total.", &ENGLISH),
            vec![2.0 / 3.0, 1.0 / 3.0]
        );
        assert_eq!(
            values(
                "Две трети жителей, треть бюджета, полмиллиона долларов.",
                &RUSSIAN
            ),
            vec![2.0 / 3.0, 1.0 / 3.0, 5e5]
        );
        // Ordinals stay ordinals: "a fifth term", «третью неделю».
        assert_eq!(
            nums("He won a fifth term.", &ENGLISH)[0].1,
            NumKind::Ordinal
        );
        assert_eq!(nums("Уже третью неделю.", &RUSSIAN)[0].1, NumKind::Ordinal);
        // "one" alone is no figure; before a magnitude it is.
        assert!(nums("One of them left.", &ENGLISH).is_empty());
        assert_eq!(nums("It cost one million rubles.", &ENGLISH)[0].0, 1e6);
        // A lower-case k glued to the digits is thousands; a capital K is kelvins.
        assert_eq!(nums("Users grew to 12k, then 10.8k.", &ENGLISH)[0].0, 12e3);
        assert_eq!(
            nums("Users grew to 12k, then 10.8k.", &ENGLISH)[1].0,
            10.8e3
        );
        assert_eq!(nums("A 6000K lamp.", &ENGLISH)[0].0, 6000.0);
        // A lone «миллион» is one million, exactly; a lone «тысяча» a round guess.
        let lone = |t: &str| {
            let toks = tokenize(t, 0..t.len(), &RUSSIAN);
            extract(t, &toks, &RUSSIAN)
                .into_iter()
                .map(|m| (m.value, m.loose))
                .collect::<Vec<_>>()
        };
        assert_eq!(lone("Закупят ещё миллион доз."), vec![(1e6, false)]);
        assert_eq!(lone("Пришло около тысячи человек."), vec![(1e3, true)]);
    }

    #[test]
    fn english_fractions_without_of() {
        let values = |t: &str| -> Vec<(f64, NumKind)> {
            nums(t, &ENGLISH)
                .into_iter()
                .map(|(v, k, _)| (v, k))
                .collect()
        };
        assert_eq!(
            values("Revenue grew by a third."),
            vec![(1.0 / 3.0, NumKind::Plain)]
        );
        assert_eq!(
            values("It was up a quarter in May."),
            vec![(0.25, NumKind::Plain), (5.0, NumKind::Month)]
        );
        assert_eq!(
            values("Output was cut by half."),
            vec![(0.5, NumKind::Plain)]
        );
        // Before a noun, an ordinal; "by half a point" is half a point (see
        // `halves_of_points_measures_and_shares`).
        assert_eq!(values("For a third time."), vec![(3.0, NumKind::Ordinal)]);
        assert_eq!(
            values("It rose by half a point."),
            vec![(0.5, NumKind::Plain)]
        );
    }

    #[test]
    fn a_glued_letter_magnitude_without_a_currency_is_kept_aside() {
        let toks = |t: &str| {
            let tk = tokenize(t, 0..t.len(), &ENGLISH);
            extract(t, &tk, &ENGLISH)
                .into_iter()
                .map(|m| (m.value, m.unscaled))
                .collect::<Vec<_>>()
        };
        assert_eq!(toks("Output was 9.12m barrels."), vec![(9.12, Some(1e6))]);
        assert_eq!(toks("It cost $5m."), vec![(5e6, None)]);
        assert_eq!(toks("Transit was 1.2 bcm."), vec![(1.2e9, None)]);
    }

    #[test]
    fn russian_compound_words_with_a_numeral() {
        let values = |t: &str| -> Vec<(f64, String)> {
            nums(t, &RUSSIAN)
                .into_iter()
                .map(|(v, _, s)| (v, s))
                .collect()
        };
        assert_eq!(
            values(
                "Стобалльники, двухлетний контракт, пятитысячная купюра, трёхкомнатная квартира."
            ),
            vec![
                (100.0, "Стобалльники".into()),
                (2.0, "двухлетний".into()),
                (5000.0, "пятитысячная".into()),
                (3.0, "трёхкомнатная".into())
            ]
        );
        // Not «двусторонний» ("bilateral"), «столетие» (a century), «стол», «пятница».
        assert!(values("Двусторонний стол, столетие, пятница, семинар.").is_empty());
    }

    #[test]
    fn roman_centuries() {
        assert_eq!(
            nums("В XIX веке и в XX–XXI веках.", &RUSSIAN),
            vec![
                (19.0, NumKind::Ordinal, "XIX".into()),
                (20.0, NumKind::Ordinal, "XX".into()),
                (21.0, NumKind::Ordinal, "XXI".into())
            ]
        );
        assert_eq!(nums("The XIV century.", &ENGLISH)[0].0, 14.0);
        // A monarch or a quarter is no century.
        assert!(nums("Николай II, II квартал, Louis XIV.", &RUSSIAN).is_empty());
    }

    #[test]
    fn round_number_words_alone() {
        let loose = |t: &str, lang: &dyn Language| -> Vec<(f64, bool)> {
            let toks = tokenize(t, 0..t.len(), lang);
            extract(t, &toks, lang)
                .into_iter()
                .map(|m| (m.value, m.loose))
                .collect()
        };
        assert_eq!(
            loose(
                "Около сотни человек, 3,4 случая на тысячу, десяток машин.",
                &RUSSIAN
            ),
            vec![(100.0, true), (3.4, false), (1000.0, true), (10.0, true)]
        );
        // Scaling a figure, they are as vague.
        assert_eq!(
            loose("Две сотни и 3 десятка, 2 тыс.", &RUSSIAN),
            vec![(200.0, true), (30.0, true), (2000.0, false)]
        );
        // "a million" is one million, exactly.
        assert_eq!(loose("It cost a million.", &ENGLISH), vec![(1e6, false)]);
        // Plurals are no figures.
        assert!(loose("Десятки тысяч и сотнями, thousands of people.", &RUSSIAN).is_empty());
    }

    #[test]
    fn multiples() {
        let multiples = |t: &str, lang: &dyn Language| -> Vec<(f64, String)> {
            let toks = tokenize(t, 0..t.len(), lang);
            extract(t, &toks, lang)
                .into_iter()
                .filter(|m| m.multiple)
                .map(|m| (m.value, t[m.span].to_string()))
                .collect()
        };
        assert_eq!(
            multiples(
                "Цены выросли в 2 раза, зарплаты втрое, пенсии в полтора раза и удвоились.",
                &RUSSIAN
            ),
            vec![
                (2.0, "2".into()),
                (3.0, "втрое".into()),
                (1.5, "полтора".into()),
                (2.0, "удвоились".into())
            ]
        );
        assert_eq!(
            multiples(
                "Prices doubled, wages rose 1.5 times and will triple, a two-fold rise.",
                &ENGLISH
            ),
            vec![
                (2.0, "doubled".into()),
                (1.5, "1.5".into()),
                (3.0, "triple".into()),
                (2.0, "two".into())
            ]
        );
        // Not a double murder, nor «2 раза в неделю», nor the morning.
        assert!(nums("A double murder and a triple jump.", &ENGLISH).is_empty());
        assert!(multiples("Он приходил 2 раза утром.", &RUSSIAN).is_empty());
    }

    #[test]
    fn halves_of_units_of_time() {
        let spans = |t: &str, lang: &dyn Language| -> Vec<(f64, String)> {
            nums(t, lang).into_iter().map(|(v, _, s)| (v, s)).collect()
        };
        assert_eq!(
            spans("Прошло полчаса, потом полгода.", &RUSSIAN),
            vec![(0.5, "полчаса".into()), (0.5, "полгода".into())]
        );
        assert_eq!(
            spans("It took half an hour, then an hour and a half.", &ENGLISH),
            vec![
                (0.5, "half an hour".into()),
                (1.5, "an hour and a half".into())
            ]
        );
        // Not noon nor a floor, nor half of something else.
        assert!(nums("В полдень он вымыл пол.", &RUSSIAN).is_empty());
        assert!(nums("Half an apple and a half-hearted hour.", &ENGLISH).is_empty());
    }

    #[test]
    fn a_range_shares_its_magnitude_and_percent_sign() {
        let values = |t: &str, lang: &dyn Language| -> Vec<(f64, NumKind)> {
            nums(t, lang).into_iter().map(|(v, k, _)| (v, k)).collect()
        };
        assert_eq!(
            values("Билеты стоили от 1,5 до 15 тыс. рублей.", &RUSSIAN),
            vec![(1500.0, NumKind::Plain), (15000.0, NumKind::Plain)]
        );
        assert_eq!(
            values("Tickets cost 1.5-2 million rubles.", &ENGLISH),
            vec![(1_500_000.0, NumKind::Plain), (2_000_000.0, NumKind::Plain)]
        );
        assert_eq!(
            values("Ставка снизилась с 12 до 8%.", &RUSSIAN),
            vec![(12.0, NumKind::Percent), (8.0, NumKind::Percent)]
        );
        // The first figure is larger than the second's mantissa: it stands alone.
        assert_eq!(
            values("Цены от 500 до 2 тыс. рублей.", &RUSSIAN),
            vec![(500.0, NumKind::Plain), (2000.0, NumKind::Plain)]
        );
        // A fall: 46,000 to 12,000 (46 hectares to 12,000 would be no "fall").
        assert_eq!(
            values("Площадь сократилась с 46 до 12 тыс. гектаров.", &RUSSIAN),
            vec![(46_000.0, NumKind::Plain), (12_000.0, NumKind::Plain)]
        );
        assert_eq!(
            values("The area shrank from 46 to 12 thousand hectares.", &ENGLISH),
            vec![(46_000.0, NumKind::Plain), (12_000.0, NumKind::Plain)]
        );
        // A rise from 500 to 2,000 keeps its first figure; dates and years are no range
        // of a magnitude.
        assert_eq!(
            values("The forecast for 2024 to 132 million tons.", &ENGLISH),
            vec![(2024.0, NumKind::Plain), (132e6, NumKind::Plain)]
        );
        assert_eq!(
            values("Число выросло с 500 до 2 тыс.", &RUSSIAN),
            vec![(500.0, NumKind::Plain), (2000.0, NumKind::Plain)]
        );
        assert_eq!(
            values(
                "С 2019 до 2023 года выпуск вырос до 5 тыс. машин.",
                &RUSSIAN
            ),
            vec![
                (2019.0, NumKind::Plain),
                (2023.0, NumKind::Plain),
                (5000.0, NumKind::Plain)
            ]
        );
        // A year and its rate.
        assert_eq!(
            values("Инфляция: 2021 — 8,4%.", &RUSSIAN),
            vec![(2021.0, NumKind::Plain), (8.4, NumKind::Percent)]
        );
    }

    #[test]
    fn russian_formats() {
        let n = nums(
            "Бюджет составит 340 млрд рублей, рост 2,5%, 15 тыс. человек и 1 000 000 книг.",
            &RUSSIAN,
        );
        assert_eq!(n[0], (340e9, NumKind::Plain, "340 млрд".into()));
        assert_eq!(n[1], (2.5, NumKind::Percent, "2,5%".into()));
        assert_eq!(n[2], (15e3, NumKind::Plain, "15 тыс.".into()));
        assert_eq!(n[3], (1e6, NumKind::Plain, "1 000 000".into()));
    }

    #[test]
    fn space_grouped_figures_with_decimals_are_one_figure() {
        let n = nums("Выплата вырастет с 8 134,88 до 8 728,73 рубля.", &RUSSIAN);
        assert_eq!(n.len(), 2, "{n:?}");
        assert!((n[0].0 - 8134.88).abs() < 1e-9, "{n:?}");
        assert_eq!(n[0].2, "8 134,88");
        assert!((n[1].0 - 8728.73).abs() < 1e-9, "{n:?}");
        let n = nums("Население составило 12 345,6 тыс. человек.", &RUSSIAN);
        assert_eq!(n.len(), 1, "{n:?}");
        assert!((n[0].0 - 12_345_600.0).abs() < 1e-6, "{n:?}");
        // Not a group: a figure of two digits after the comma is no thousands group.
        let n = nums("Их было 8 13,5 тонны.", &RUSSIAN);
        assert_eq!(n.len(), 2);
        assert_eq!(n[0].0, 8.0);
        // A figure alone keeps its plain reading.
        let n = nums("Выплата составит 8 134 рубля.", &RUSSIAN);
        assert_eq!(n[0].0, 8134.0);
    }

    #[test]
    fn russian_dates_and_words() {
        let n = nums(
            "7 декабря 2021 г. двух держав, полтора миллиона, 2-го числа",
            &RUSSIAN,
        );
        let vals: Vec<f64> = n.iter().map(|x| x.0).collect();
        assert_eq!(vals, vec![7.0, 12.0, 2021.0, 2.0, 1.5e6, 2.0]);
        assert_eq!(n[1].1, NumKind::Month);
        assert_eq!(n[5].1, NumKind::Ordinal);
    }

    #[test]
    fn english_formats() {
        let n = nums("On December 7, 2021 it cost $3.4bn, or 1,500,000 rubles, up 18 percent; twenty-five people, 1st place", &ENGLISH);
        let vals: Vec<(f64, NumKind)> = n.iter().map(|x| (x.0, x.1)).collect();
        assert_eq!(
            vals,
            vec![
                (12.0, NumKind::Month),
                (7.0, NumKind::Plain),
                (2021.0, NumKind::Plain),
                (3.4e9, NumKind::Plain),
                (1.5e6, NumKind::Plain),
                (18.0, NumKind::Percent),
                (25.0, NumKind::Plain),
                (1.0, NumKind::Ordinal),
            ]
        );
    }

    #[test]
    fn one_letter_magnitudes_need_a_currency() {
        assert_eq!(nums("He won the 400m race", &ENGLISH)[0].0, 400.0);
        assert_eq!(nums("It cost $5m in total", &ENGLISH)[0].0, 5e6);
        assert_eq!(nums("It cost $3.4 tln", &ENGLISH)[0].0, 3.4e12);
    }

    #[test]
    fn hyphenated_magnitudes_and_percent_before_a_noun() {
        for (t, v, kind) in [
            ("a 214-million-ruble fraud", 214e6, NumKind::Plain),
            ("a $300-million grant", 300e6, NumKind::Plain),
            ("a 1.2-billion-ruble grant", 1.2e9, NumKind::Plain),
            ("a 5-thousand-ruble fine", 5e3, NumKind::Plain),
            ("a 5-percent rise", 5.0, NumKind::Percent),
        ] {
            let n = nums(t, &ENGLISH);
            assert_eq!((n[0].0, n[0].1), (v, kind), "{t}");
        }
        // A hyphen with a space, or a range, is no compound.
        assert_eq!(nums("a 214 - million", &ENGLISH)[0].0, 214.0);
        let range = nums("a 5-10 million rise", &ENGLISH);
        assert_eq!((range[0].0, range[1].0), (5e6, 10e6));
        assert_eq!(nums("a 12-year-old boy", &ENGLISH)[0].0, 12.0);
    }

    #[test]
    fn hyphenated_halves_and_hundreds_in_words() {
        assert_eq!(
            nums("He signed a four-and-a-half-year contract.", &ENGLISH)[0].0,
            4.5
        );
        assert_eq!(
            nums("Three hundred people took part.", &ENGLISH)[0].0,
            300.0
        );
        assert_eq!(nums("Three people took part.", &ENGLISH)[0].0, 3.0);
    }

    #[test]
    fn english_may_is_not_always_a_month() {
        assert!(nums("It may rain", &ENGLISH).is_empty());
        assert_eq!(nums("In May it rained", &ENGLISH)[0].1, NumKind::Month);
    }

    #[test]
    fn glued_currencies_fractions_and_shares_in_words() {
        let values = |t: &str, lang: &dyn Language| -> Vec<f64> {
            nums(t, lang).into_iter().map(|(v, _, _)| v).collect()
        };
        // A currency code glued to the digits scales a one-letter magnitude, as "$" does.
        assert_eq!(
            values("Rb1.5trn, CNY120bn, Rb20m, Rb109,400.", &ENGLISH),
            vec![1.5e12, 120e9, 20e6, 109_400.0]
        );
        // A name is no sum: "R2", "Y2K", "USB3".
        assert_eq!(values("R2 and Y2K.", &ENGLISH), Vec::<f64>::new());
        // A vulgar fraction glued to the digits.
        assert_eq!(values("He scored 7½/9.", &ENGLISH), vec![7.5, 9.0]);
        assert_eq!(
            values("One in five, one out of every 10, every fifth.", &ENGLISH),
            vec![0.2, 0.1, 0.2]
        );
        assert_eq!(
            values("A million rubles, a quarter of a million people.", &ENGLISH),
            vec![1e6, 2.5e5]
        );
        // "a fifth term" is still an ordinal, "one" alone no figure.
        assert_eq!(
            nums("A fifth term for one of them.", &ENGLISH)[0].1,
            NumKind::Ordinal
        );
        assert_eq!(
            values(
                "Каждый пятый, полумиллиона, пол-очка, четверть миллиона.",
                &RUSSIAN
            ),
            vec![0.2, 5e5, 0.5, 2.5e5]
        );
        // «пол» alone is a floor.
        assert!(values("Упал на пол.", &RUSSIAN).is_empty());
    }

    #[test]
    fn a_season_label_takes_no_magnitude_of_a_range() {
        let t = "Прогноз на сезон 2024/25 до 42,3 млн тонн, с 25 до 42,3 млн тонн.";
        let toks = tokenize(t, 0..t.len(), &RUSSIAN);
        let m = extract(t, &toks, &RUSSIAN);
        let values: Vec<f64> = m.iter().map(|m| m.value).collect();
        assert_eq!(values, vec![2024.0, 25.0, 42.3e6, 25e6, 42.3e6]);
        assert!(season_tail("2023/2024", &(5..9)));
        assert!(!season_tail("2023/25", &(5..7)));
    }

    #[test]
    fn stoppage_time_is_one_minute() {
        let v = |t: &str, lang: &dyn Language| -> Vec<(f64, String)> {
            nums(t, lang).into_iter().map(|(v, _, s)| (v, s)).collect()
        };
        assert_eq!(
            v("Он забил на 90+3-й минуте.", &RUSSIAN),
            vec![(93.0, "90+3-й".to_string())]
        );
        assert_eq!(v("Гол на 45+2 минуте.", &RUSSIAN)[0].0, 47.0);
        assert_eq!(v("He scored in the 90+3rd minute.", &ENGLISH)[0].0, 93.0);
        // Not without a minute, nor from another figure than the end of a half.
        assert_eq!(v("Счёт 90+3 очка.", &RUSSIAN).len(), 2);
        assert_eq!(v("На 80+3-й минуте.", &RUSSIAN).len(), 2);
    }

    #[test]
    fn shares_said_in_words_split_or_in_percent() {
        let v = |t: &str| -> Vec<(f64, NumKind, String)> { nums(t, &ENGLISH) };
        // "twenty per cent" is 20%, like "20 per cent".
        let p = v("Twenty per cent of tourists choose Crimea.");
        assert_eq!((p[0].0, p[0].1), (20.0, NumKind::Percent));
        // A share split by its noun, or of more than one.
        assert_eq!(v("Only one hotel in ten is open.")[0].0, 0.1);
        assert_eq!(v("Roughly seven in ten Russians agree.")[0].0, 0.7);
        assert_eq!(v("Three out of every four voters.")[0].0, 0.75);
        // A rate is no share: the figures stay.
        let r = v("He scored two in five minutes.");
        assert_eq!(r.iter().map(|x| x.0).collect::<Vec<_>>(), vec![2.0, 5.0]);
        assert_eq!(v("One goal in ten games.")[0].0, 10.0);
        assert!(v("One of ten hotels.").iter().all(|x| x.0 == 10.0));
        assert_eq!(v("He has one defeat in 24 MMA fights.")[0].0, 24.0);
        assert_eq!(v("He won two in 24 fights.")[1].0, 24.0);
        // "one quarter" is still a fraction.
        assert_eq!(v("One quarter of voters.")[0].0, 0.25);
        // A share of a unit of time keeps the unit.
        assert_eq!(
            v("It is a quarter of a century old.")[0].2,
            "a quarter of a century"
        );
        assert_eq!(v("Half a century later.")[0].0, 0.5);
    }

    #[test]
    fn numeric_dates_are_a_day_a_month_and_a_year() {
        let n = |t: &str, lang: &dyn Language| -> Vec<(f64, NumKind, String)> { nums(t, lang) };
        assert_eq!(
            n("Сделка закрыта 14.03.2024.", &RUSSIAN),
            vec![
                (14.0, NumKind::Plain, "14".into()),
                (3.0, NumKind::Month, "03".into()),
                (2024.0, NumKind::Plain, "2024".into())
            ]
        );
        assert_eq!(
            n("Подписан 05.04.25, вступит 1.7.2025.", &RUSSIAN)
                .iter()
                .map(|x| x.0)
                .collect::<Vec<_>>(),
            vec![5.0, 4.0, 2025.0, 1.0, 7.0, 2025.0]
        );
        // Slashes, day first, or month first when the second part is no month (in the
        // order written).
        assert_eq!(
            n("On 14/03/2024 and 03/15/2024.", &ENGLISH)
                .iter()
                .map(|x| (x.0, x.1))
                .collect::<Vec<_>>(),
            vec![
                (14.0, NumKind::Plain),
                (3.0, NumKind::Month),
                (2024.0, NumKind::Plain),
                (3.0, NumKind::Month),
                (15.0, NumKind::Plain),
                (2024.0, NumKind::Plain)
            ]
        );
        assert_eq!(
            n("Closed on 2024-03-14.", &ENGLISH)
                .iter()
                .map(|x| (x.0, x.1))
                .collect::<Vec<_>>(),
            vec![
                (2024.0, NumKind::Plain),
                (3.0, NumKind::Month),
                (14.0, NumKind::Plain)
            ]
        );
        // A day and month in Russian, not a time nor a sum.
        assert_eq!(
            n("Встреча 12.05 в 15:00.", &RUSSIAN)
                .iter()
                .map(|x| (x.0, x.1))
                .collect::<Vec<_>>(),
            vec![
                (12.0, NumKind::Plain),
                (5.0, NumKind::Month),
                (15.0, NumKind::Plain),
                (0.0, NumKind::Plain)
            ]
        );
        for t in ["Начало в 12.05.", "Курс 12.05 рубля.", "Рост 12.05%."] {
            assert!(n(t, &RUSSIAN).iter().all(|x| x.1 != NumKind::Month), "{t}");
        }
        // No date: a version, an address, a two-digit year after a one-digit day, a 13th
        // month.
        for t in ["Версия 1.2.3.4.", "Версия 2.10.15.", "Дата 14.13.2024."] {
            assert!(n(t, &RUSSIAN).iter().all(|x| x.1 != NumKind::Month), "{t}");
        }
    }

    #[test]
    fn a_sum_in_two_magnitudes_is_one_figure() {
        let values = |t: &str| -> Vec<(f64, String)> {
            nums(t, &RUSSIAN)
                .into_iter()
                .map(|(v, _, s)| (v, s))
                .collect()
        };
        assert_eq!(
            values("Выручка: 3 млн 200 тыс. рублей, бюджет 1 млрд 300 млн."),
            vec![
                (3.2e6, "3 млн 200 тыс.".into()),
                (1.3e9, "1 млрд 300 млн.".into())
            ]
        );
        assert_eq!(
            values("Собрали 3 тыс. 200 подписей."),
            vec![(3200.0, "3 тыс. 200".into())]
        );
        // Two sums of one magnitude, or a larger second part, stay apart.
        assert_eq!(values("От 5 млн до 20 млн, 2 тыс. 3 млн.").len(), 4);
    }

    #[test]
    fn halves_of_points_measures_and_shares() {
        let spans = |t: &str, lang: &dyn Language| -> Vec<(f64, String)> {
            nums(t, lang).into_iter().map(|(v, _, s)| (v, s)).collect()
        };
        assert_eq!(
            spans(
                "Up by half a percentage point over half a mile; half of those polled.",
                &ENGLISH
            ),
            vec![
                (0.5, "half a".into()),
                (0.5, "half a mile".into()),
                (0.5, "half".into())
            ]
        );
        assert_eq!(
            spans(
                "Rose by one-eighth, then three-eighths, then an eighth.",
                &ENGLISH
            ),
            vec![
                (0.125, "one-eighth".into()),
                (0.375, "three-eighths".into()),
                (0.125, "an eighth".into())
            ]
        );
        assert_eq!(
            spans(
                "Половина опрошенных, полкилометра, полувека назад.",
                &RUSSIAN
            ),
            vec![
                (0.5, "Половина".into()),
                (0.5, "полкилометра".into()),
                (0.5, "полувека".into())
            ]
        );
        assert_eq!(
            spans(
                "He lost half his harvest; almost half agree; almost half a million.",
                &ENGLISH
            ),
            vec![
                (0.5, "half".into()),
                (0.5, "half".into()),
                (5e5, "half a million".into())
            ]
        );
        assert_eq!(
            spans("A nearly half trillion dollar bill.", &ENGLISH),
            vec![(5e11, "half trillion".into())]
        );
        // Half of a period is no share: "the first half of", «во второй половине дня».
        assert!(spans("In the first half of the year.", &ENGLISH)
            .iter()
            .all(|x| x.0 != 0.5));
        assert!(spans("Во второй половине дня.", &RUSSIAN)
            .iter()
            .all(|x| x.0 != 0.5));
        // Nor a peninsula.
        assert!(spans("Крымский полуостров.", &RUSSIAN).is_empty());
    }
}
