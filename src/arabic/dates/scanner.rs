//! The scanner: the words of a text, and reading one expression at each.

use crate::arabic::normalize::normalize;
use crate::arabic::stem::tokenize;

use super::lexicon::{words, Word};
use super::DateExpr;

/// A word of the text prepared for the scanner.
pub(super) struct W {
    pub(super) norm: String,
    pub(super) kind: Option<Word>,
    pub(super) num: Option<u32>,
    pub(super) digits: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) byte_start: usize,
    pub(super) byte_end: usize,
}

pub(super) struct Scanner<'a> {
    pub(super) text: &'a str,
    pub(super) w: Vec<W>,
}

/// What the scanner read at a word.
pub(super) enum Read {
    Date(DateExpr, usize),
    /// Words that look like a date but are not one («كل يوم جمعة»): skip to this index.
    Skip(usize),
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        let table = words();
        let w = tokenize(text)
            .into_iter()
            .map(|t| {
                let norm = normalize(t.text);
                // «الـ16»: the article before a day number.
                let numeric = norm
                    .strip_prefix("ال")
                    .filter(|r| r.len() <= 2)
                    .unwrap_or(&norm);
                let digits = if !numeric.is_empty() && numeric.bytes().all(|b| b.is_ascii_digit()) {
                    numeric.len()
                } else {
                    0
                };
                let num = if digits > 0 && digits <= 4 {
                    numeric.parse().ok()
                } else {
                    None
                };
                // A leading «و»/«ف» (and, so) does not change what a word means: «واليوم».
                // «واحد» (one) is not «و» + «احد» (Sunday): bare weekdays take no «و».
                let kind = table.get(&norm).copied().or_else(|| {
                    let rest = norm.strip_prefix(['و', 'ف'])?;
                    (rest.chars().count() >= 2)
                        .then(|| table.get(rest).copied())?
                        .filter(|k| !matches!(k, Word::BareWeekday(_)))
                });
                W {
                    kind,
                    norm,
                    num,
                    digits,
                    start: t.start,
                    end: t.end,
                    byte_start: t.byte_start,
                    byte_end: t.byte_end,
                }
            })
            .collect();
        Scanner { text, w }
    }

    pub(super) fn kind(&self, j: usize) -> Option<Word> {
        self.w.get(j).and_then(|w| w.kind)
    }

    pub(super) fn norm(&self, j: usize) -> &str {
        self.w.get(j).map_or("", |w| w.norm.as_str())
    }

    /// The normalised word `j` when it joins the previous one, else "".
    pub(super) fn joined_norm(&self, j: usize) -> &str {
        if self.joined(j) {
            self.norm(j)
        } else {
            ""
        }
    }

    /// The normalised word before `j` when it joins `j`, without a leading «و», else "".
    pub(super) fn prev_norm(&self, j: usize) -> &str {
        if j == 0 || !self.joined(j) {
            return "";
        }
        let n = self.norm(j - 1);
        n.strip_prefix('و')
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(n)
    }

    /// The text between word `j - 1` and word `j`, trimmed of spaces.
    pub(super) fn gap(&self, j: usize) -> Option<&'a str> {
        let (a, b) = (self.w.get(j.checked_sub(1)?)?, self.w.get(j)?);
        let g = &self.text[a.byte_end..b.byte_start];
        if g.contains('\n') {
            return None;
        }
        Some(g.trim_matches(|c: char| c.is_whitespace()))
    }

    /// Word `j` joins the previous one: only spaces (or a comma) between them.
    pub(super) fn joined(&self, j: usize) -> bool {
        matches!(self.gap(j), Some("" | "," | "،"))
    }

    /// Like `joined`, and a closing parenthesis may stand between: «مايو (أيار) 1990».
    pub(super) fn joined_paren(&self, j: usize) -> bool {
        self.gap(j).is_some_and(|g| {
            g.trim_matches(|c: char| c == ')' || c == ',' || c == '،' || c.is_whitespace())
                .is_empty()
        })
    }

    pub(super) fn next_is(&self, j: usize, k: Word) -> bool {
        self.joined(j) && self.kind(j) == Some(k)
    }

    /// Try to read one expression starting at word `i`.
    fn read(&self, i: usize) -> Option<Read> {
        let n = self.norm(i);
        // «كل يوم جمعة», «عدا الخميس», «أيام الجمعة»: habits and exceptions, not dates.
        if matches!(n, "كل" | "عدا" | "ماعدا" | "باستثناء" | "خلا" | "ايام")
        {
            let mut k = i + 1;
            if self.next_is(k, Word::Yawm) {
                k += 1;
            }
            if self.joined(k)
                && matches!(
                    self.kind(k),
                    Some(Word::WeekdayName(_) | Word::BareWeekday(_))
                )
            {
                return Some(Read::Skip(k + 1));
            }
            return None;
        }
        if let Some(r) = self
            .ago(i)
            .or_else(|| self.two_days(i))
            .or_else(|| self.range(i))
        {
            return Some(r);
        }
        let (mut e, mut j) = self.core(i)?;
        // «12 يناير 2016 - 22 يناير 2016», «28 أبريل حتى 2 مايو»: a range.
        if e.day.is_some() && e.month.is_some() && e.to.is_none() && !e.hijri {
            let next = if self.gap(j) == Some("-") {
                Some(j)
            } else if matches!(self.joined_norm(j), "الي" | "حتي") {
                Some(j + 1)
            } else {
                None
            };
            if let Some((b, k)) = next.and_then(|n| self.core(n)) {
                let years_agree = e.year.is_some() || b.year.is_none() || e.relative.is_none();
                if b.day.is_some() && b.month.is_some() && b.hijri == e.hijri && years_agree {
                    let last = &self.w[k - 1];
                    e.end = last.end;
                    e.raw = self.text[self.w[i].byte_start..last.byte_end].to_string();
                    e.to = Some(Box::new(b));
                    j = k;
                }
            }
        }
        // «يوم الجمعة من كل أسبوع»: a habit.
        if e.day.is_none()
            && e.month.is_none()
            && e.weekday.is_some()
            && e.day_offset.is_none()
            && self.joined_norm(j) == "من"
            && self.joined_norm(j + 1) == "كل"
        {
            return Some(Read::Skip(j + 2));
        }
        // «في شباط وآذار 1983»: the year is both months'; the second alone is not the span.
        if e.day.is_none()
            && e.month.is_some()
            && self.norm(i).starts_with('و')
            && self.joined(i)
            && (1..=3).any(|b| i >= b && self.month_pair(i - b).is_some_and(|(_, k)| k == i))
        {
            e.blocked =
                Some("the second of coordinated months («شباط وآذار 1983»): a span of months");
        }
        // «منذ», «ومنذ», «فمنذ» (prev_norm drops only «و»).
        if matches!(self.prev_norm(i), "منذ" | "فمنذ") {
            e.since = true;
        }
        Some(Read::Date(e, j))
    }

    /// Finish `e` as the words `i..j`.
    pub(super) fn finish(&self, mut e: DateExpr, i: usize, j: usize) -> Read {
        let last = &self.w[j - 1];
        e.start = self.w[i].start;
        e.end = last.end;
        e.raw = self.text[self.w[i].byte_start..last.byte_end].to_string();
        Read::Date(e, j)
    }
}

/// Every date expression of `text`, Arabic and English, in order, without overlaps.
pub fn find_dates(text: &str) -> Vec<DateExpr> {
    let mut out = find_arabic_dates(text);
    let english = super::english::find_english_dates(text);
    if !english.is_empty() {
        // A numeric date inside English text is read by English rules (either order).
        out.retain(|a| !english.iter().any(|e| e.start < a.end && a.start < e.end));
        out.extend(english);
        out.sort_by_key(|e| e.start);
    }
    out
}

fn find_arabic_dates(text: &str) -> Vec<DateExpr> {
    let sc = Scanner::new(text);
    let mut out = Vec::new();
    let mut i = 0;
    while i < sc.w.len() {
        match sc.read(i) {
            Some(Read::Date(mut e, j)) => {
                e.context = sc.context(i);
                if let Some(to) = e.to.as_mut() {
                    to.context = e.context;
                }
                out.push(e);
                i = j.max(i + 1);
            }
            Some(Read::Skip(j)) => i = j.max(i + 1),
            None => i += 1,
        }
    }
    out
}
