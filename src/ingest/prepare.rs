//! Turning a raw record into an article ready to write: validation, metadata defaults, publication
//! date, identity hash and the normalised search text. Pure and thread-safe: runs on rayon's pool.

use chrono::Datelike;
use serde_json::{Map, Value as Json};

use super::formats::{Origin, RawArticle};
use crate::arabic::{self, dates};
use crate::archive::content_hash;
use crate::extract;

/// Metadata the command line supplies for records that lack it.
#[derive(Debug, Clone, Default)]
pub struct Defaults {
    pub outlet: Option<String>,
    pub published_at: Option<String>,
    pub lang: Option<String>,
}

pub struct Prepared {
    pub origin: Origin,
    pub url: Option<String>,
    pub title: String,
    pub body: String,
    pub published_at: Option<String>,
    pub published_precision: &'static str,
    pub published_source: Option<&'static str>,
    pub outlet: Option<String>,
    pub lang: Option<String>,
    pub content_hash: String,
    pub fts_title: String,
    pub fts_body: String,
    pub annotations: Option<Map<String, Json>>,
    pub extraction: Option<extract::Extraction>,
    /// HTML/XML markup was removed from the title or body (`clean::markup`): the title and body as
    /// they arrived, kept in `article_originals`.
    pub original: Option<(String, String)>,
}

impl Prepared {
    /// What extraction reads: the title and body cut at `limits::EXTRACT_MAX_BYTES` (the whole
    /// text is archived and indexed).
    pub fn article(&self) -> extract::ArticleView<'_> {
        extract::ArticleView {
            title: crate::limits::extraction_text(&self.title),
            body: crate::limits::extraction_text(&self.body),
            published: crate::period::published_day(
                self.published_at.as_deref(),
                self.published_precision,
            ),
            outlet: self.outlet.as_deref(),
            annotations: self.annotations.as_ref(),
        }
    }
}

fn clean(s: Option<String>) -> Option<String> {
    s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A title or body trimmed, except that leading whitespace stays when what follows it starts like
/// a spreadsheet formula (`= + - @`): trimming «\t=1+1» exposed `=1+1` to every later reader of a
/// plain CSV export. The value then stays as it arrived (and `--excel` output neutralises it).
fn clean_text(s: Option<String>) -> Option<String> {
    let s = s?;
    let start = s.trim_start();
    let keep_lead = start.len() != s.len() && start.starts_with(['=', '+', '-', '@']);
    let t = if keep_lead { s.trim_end() } else { s.trim() };
    (!t.trim().is_empty()).then(|| t.to_string())
}

/// The sort-friendly text form of a publication date at its precision.
fn format_date(at: chrono::NaiveDateTime, p: dates::Precision) -> String {
    match p {
        dates::Precision::Time => at.format("%Y-%m-%dT%H:%M:%S").to_string(),
        dates::Precision::Month => at.format("%Y-%m").to_string(),
        dates::Precision::Year => at.format("%Y").to_string(),
        _ => at.format("%Y-%m-%d").to_string(),
    }
}

pub fn parse_date_arg(s: &str) -> Result<(String, &'static str), String> {
    match dates::parse_published(s) {
        Some(p) if (1000..=9999).contains(&p.at.year()) => Ok((p.text(), p.precision.as_str())),
        Some(_) => Err(format!("date '{s}' is out of range (years 1000 to 9999)")),
        None if matches!(dates::numeric_date(s), Some(dates::NumericDate::EitherOrder)) => Err(format!(
            "ambiguous date '{s}': day/month or month/day? Both are dates, and a metadata field does not say \
             which order its source writes; give it as ISO 8601 (YYYY-MM-DD)"
        )),
        None => Err(format!(
            "unparseable date '{s}' (expected ISO 8601 such as 2025-07-26 or 2025-07-26T18:30:00, or an Arabic date such as 26 يوليو 2025)"
        )),
    }
}

/// The field without its markup (see `clean::markup`), or None when it has none.
fn without_markup(s: &Option<String>) -> Option<String> {
    match super::clean::markup(s.as_deref()?) {
        std::borrow::Cow::Borrowed(_) => None,
        std::borrow::Cow::Owned(c) => Some(c),
    }
}

pub fn prepare(origin: Origin, raw: RawArticle, defaults: &Defaults) -> Result<Prepared, String> {
    let (title_clean, body_clean) = (without_markup(&raw.title), without_markup(&raw.body));
    // Copied only when cleaning changed something: the original is kept in article_originals.
    let original = (title_clean.is_some() || body_clean.is_some()).then(|| {
        (
            raw.title.clone().unwrap_or_default(),
            raw.body.clone().unwrap_or_default(),
        )
    });
    let title = clean_text(title_clean.or(raw.title)).ok_or("missing title")?;
    let body = clean_text(body_clean.or(raw.body).map(|b| {
        if b.contains('\r') {
            b.replace("\r\n", "\n")
        } else {
            b
        }
    }))
    .ok_or("missing body")?;
    if title.contains('\0') || body.contains('\0') {
        return Err("NUL byte in the text".into());
    }
    let url = clean(raw.url);
    let outlet = clean(raw.outlet).or_else(|| defaults.outlet.clone());
    let lang = clean(raw.lang).or_else(|| defaults.lang.clone());

    // Precedence: the record's own metadata, then a date the article states in its header, then --published-at.
    let (published_at, published_precision, published_source) =
        if let Some(s) = clean(raw.published_at) {
            let (d, p) = parse_date_arg(&s)?;
            (Some(d), p, Some("metadata"))
        } else if let Some(h) = dates::find_header_date(&body) {
            (
                Some(format_date(h.at, h.precision)),
                h.precision.as_str(),
                Some("header"),
            )
        } else if let Some(s) = &defaults.published_at {
            let (d, p) = parse_date_arg(s)?;
            (Some(d), p, Some("flag"))
        } else {
            (None, dates::Precision::Unresolved.as_str(), None)
        };

    let fts_title = arabic::index_text(&title);
    let fts_body = arabic::index_text(&body);
    let content_hash = content_hash(&fts_title, &fts_body);
    Ok(Prepared {
        origin,
        url,
        title,
        body,
        published_at,
        published_precision,
        published_source,
        outlet,
        lang,
        content_hash,
        fts_title,
        fts_body,
        annotations: raw.annotations,
        extraction: None,
        original,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            file: "t".into(),
            line: 1,
        }
    }

    #[test]
    fn missing_fields_are_named() {
        let raw = RawArticle {
            title: Some("  ".into()),
            body: Some("b".into()),
            ..Default::default()
        };
        assert_eq!(
            prepare(origin(), raw, &Defaults::default()).err().unwrap(),
            "missing title"
        );
        let raw = RawArticle {
            title: Some("t".into()),
            ..Default::default()
        };
        assert_eq!(
            prepare(origin(), raw, &Defaults::default()).err().unwrap(),
            "missing body"
        );
    }

    #[test]
    fn markup_is_cleaned_before_indexing() {
        let raw = RawArticle {
            title: Some("لقاء في &#1576;&#1575;&#1585;&#1610;&#1587;".into()),
            body: Some("<p>التقى الوزيران.</p><p>&quot;جولة&quot; ثانية</p>".into()),
            ..Default::default()
        };
        let p = prepare(origin(), raw, &Defaults::default()).unwrap();
        assert_eq!(
            p.original.as_ref().map(|o| o.0.as_str()),
            Some("لقاء في &#1576;&#1575;&#1585;&#1610;&#1587;")
        );
        assert_eq!(p.title, "لقاء في باريس");
        assert_eq!(p.body, "التقى الوزيران.\n\"جولة\" ثانية");
        assert!(!p.fts_body.contains("quot") && !p.fts_title.contains("1576"));
        let plain = RawArticle {
            title: Some("x < y".into()),
            body: Some("AT&T".into()),
            ..Default::default()
        };
        assert!(prepare(origin(), plain, &Defaults::default())
            .unwrap()
            .original
            .is_none());
        // A body that was only markup is a missing body.
        let empty = RawArticle {
            title: Some("t".into()),
            body: Some("<br><br/>".into()),
            ..Default::default()
        };
        assert_eq!(
            prepare(origin(), empty, &Defaults::default())
                .err()
                .unwrap(),
            "missing body"
        );
    }

    #[test]
    fn dates_metadata_then_flag() {
        let d = Defaults {
            published_at: Some("2024-01-02".into()),
            ..Default::default()
        };
        let raw = RawArticle {
            title: Some("t".into()),
            body: Some("b".into()),
            published_at: Some("2025-07-26T18:30:00".into()),
            ..Default::default()
        };
        let p = prepare(origin(), raw.clone(), &d).unwrap();
        assert_eq!(
            (p.published_at.as_deref(), p.published_precision),
            (Some("2025-07-26T18:30:00"), "time")
        );
        let p = prepare(
            origin(),
            RawArticle {
                published_at: None,
                ..raw.clone()
            },
            &d,
        )
        .unwrap();
        assert_eq!(
            (p.published_at.as_deref(), p.published_source),
            (Some("2024-01-02"), Some("flag"))
        );
        let bad = RawArticle {
            published_at: Some("last tuesday".into()),
            ..raw
        };
        assert!(prepare(origin(), bad, &d)
            .err()
            .unwrap()
            .starts_with("unparseable date 'last tuesday'"));
    }

    /// A numeric date in a metadata field is read only when its order is not in doubt: the
    /// field has no language around it, and 03/12/2025 is 3 December in Beirut and 12 March in
    /// New York.
    #[test]
    fn numeric_metadata_dates_only_when_the_order_is_known() {
        for (given, want) in [
            ("13/12/2025", "2025-12-13"),
            ("12/13/2025", "2025-12-13"),
            ("05.05.2024", "2024-05-05"),
            ("31-01-2024", "2024-01-31"),
            ("13/12/2025 14:30", "2025-12-13T14:30:00"),
        ] {
            assert_eq!(
                parse_date_arg(given).map(|d| d.0),
                Ok(want.to_string()),
                "{given}"
            );
        }
        for given in ["03/12/2025", "3/4/2024 10:00", "01-02-2023"] {
            let err = parse_date_arg(given).unwrap_err();
            assert!(
                err.starts_with(&format!("ambiguous date '{given}'")),
                "{err}"
            );
        }
        // Not a date in either order: unparseable, not ambiguous.
        assert!(parse_date_arg("31/31/2024")
            .unwrap_err()
            .starts_with("unparseable"));
    }

    mod props {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(300))]
            #[test]
            fn prepare_never_panics(title in ".{0,40}", body in ".{0,200}", date in ".{0,30}") {
                let raw = RawArticle {
                    title: Some(title.clone()),
                    body: Some(body.clone()),
                    published_at: Some(date),
                    ..Default::default()
                };
                if let Ok(p) = prepare(origin(), raw, &Defaults::default()) {
                    // Keys and identity are deterministic, and the stored date is in the archive's text form.
                    prop_assert_eq!(&p.fts_body, &arabic::index_text(&p.body));
                    prop_assert_eq!(p.content_hash, content_hash(&p.fts_title, &p.fts_body));
                    if let Some(d) = p.published_at {
                        prop_assert!(d.len() >= 4 && d[..4].bytes().all(|b| b.is_ascii_digit()), "{}", d);
                    }
                }
            }
        }
    }
}
