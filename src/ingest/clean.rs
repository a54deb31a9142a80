//! Markup left in scraped text: HTML/XML character references and tags.
//!
//! A scraped body such as `في &#1576;&#1575;&#1585;&#1610;&#1587;<br>` hides «باريس» from search and
//! extraction and indexes `quot` and `br` as words. [`markup`] decodes character references (named and
//! numeric, each ending in `;`, through the `html-escape` crate; text escaped twice, `&amp;quot;`, is
//! decoded twice), drops tags, comments and the content of `<script>`/`<style>`, and turns paragraph
//! and line-break tags (`p`, `br`, `div`, `li`, `h1`–`h6`, `tr`, `blockquote`) into line breaks.
//!
//! Only what is unambiguously markup is touched: `<` must open a tag name (`<p`, `</div`, `<!--`)
//! and close with `>` within [`MAX_TAG`] bytes, before any other `<`, so «x < y» and «AT&T» stay
//! as they are. Cleaning is exact (no guess), and the import keeps the title and body as they
//! arrived in `article_originals` for every article it cleaned.

use std::borrow::Cow;

/// The longest tag recognised, in bytes (attributes included).
const MAX_TAG: usize = 1000;

/// Tags that end a paragraph or a line: replaced by a line break.
const BREAKS: [&str; 13] = [
    "p",
    "br",
    "div",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "blockquote",
    "hr",
];

/// `s` without markup, or `s` itself (borrowed) when it holds none.
pub fn markup(s: &str) -> Cow<'_, str> {
    let has_tag = s.contains('<');
    let has_ref = s.contains('&');
    if !has_tag && !has_ref {
        return Cow::Borrowed(s);
    }
    let mut text: Cow<'_, str> = if has_tag {
        strip_tags(s)
    } else {
        Cow::Borrowed(s)
    };
    for _ in 0..2 {
        if !text.contains('&') {
            break;
        }
        match html_escape::decode_html_entities(text.as_ref()) {
            Cow::Borrowed(_) => break,
            Cow::Owned(d) => text = Cow::Owned(d),
        }
    }
    if let Cow::Owned(t) = &text {
        // NBSP from &nbsp; is a space to every reader of the text.
        if t.contains('\u{A0}') {
            text = Cow::Owned(t.replace('\u{A0}', " "));
        }
    }
    text
}

/// The tag starting at `s[0] == '<'`: its byte length and lower-cased name (`!--` for a comment),
/// or None when this `<` is not markup.
fn tag_at(s: &str) -> Option<(usize, String)> {
    let b = s.as_bytes();
    if s.starts_with("<!--") {
        let end = s.find("-->")?;
        return Some((end + 3, "!--".into()));
    }
    let name_start = if b.get(1) == Some(&b'/') { 2 } else { 1 };
    let name: String = s[name_start..]
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric())
        .collect();
    if name.is_empty() || !name.as_bytes()[0].is_ascii_alphabetic() {
        return None;
    }
    let after = name_start + name.len();
    if !matches!(b.get(after), Some(b'>' | b'/' | b' ' | b'\t' | b'\n')) {
        return None;
    }
    // Byte search is safe: '<' and '>' are ASCII, never inside a UTF-8 sequence.
    let rest = &b[after..];
    let gt = rest[..rest.len().min(MAX_TAG)]
        .iter()
        .position(|&c| c == b'>' || c == b'<')?;
    if rest[gt] != b'>' {
        return None;
    }
    let end = after + gt + 1;
    Some((end, name.to_ascii_lowercase()))
}

fn strip_tags(s: &str) -> Cow<'_, str> {
    let mut out = String::with_capacity(s.len());
    let mut pos = 0;
    let mut changed = false;
    while let Some(off) = s[pos..].find('<') {
        let at = pos + off;
        let Some((len, name)) = tag_at(&s[at..]) else {
            out.push_str(&s[pos..=at]);
            pos = at + 1;
            continue;
        };
        changed = true;
        out.push_str(&s[pos..at]);
        pos = at + len;
        let closing = s[at..].starts_with("</");
        if !closing && (name == "script" || name == "style") {
            // Their content is code, not text: skip to the closing tag (or the end).
            let close = format!("</{name}");
            let rest = &s[pos..];
            let lower = rest.to_ascii_lowercase();
            pos += lower.find(&close).unwrap_or(rest.len());
            continue;
        }
        if BREAKS.contains(&name.as_str()) && !out.is_empty() && !out.ends_with('\n') {
            out.push('\n');
        }
    }
    if !changed {
        return Cow::Borrowed(s);
    }
    out.push_str(&s[pos..]);
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::markup;

    #[test]
    fn references_are_decoded_and_tags_dropped() {
        let s = "التقى الوزير في &#1576;&#1575;&#1585;&#1610;&#1587; نظيره.<br>وقال إن &quot;المحادثات&quot; &amp; اللقاءات ستتواصل.<br/>";
        assert_eq!(
            markup(s),
            "التقى الوزير في باريس نظيره.\nوقال إن \"المحادثات\" & اللقاءات ستتواصل.\n"
        );
        assert_eq!(
            markup("<p>الفقرة الأولى</p><p>الفقرة <b>الثانية</b></p>"),
            "الفقرة الأولى\nالفقرة الثانية\n"
        );
        assert_eq!(markup("&#x627;&#x644;&#x642;&#x62F;&#x633;"), "القدس");
        assert_eq!(markup("نص&nbsp;ثان"), "نص ثان");
        assert_eq!(markup("&amp;quot;مزدوج&amp;quot;"), "\"مزدوج\"");
        assert_eq!(
            markup("قبل<script>var x = '<p>';</script><!-- تعليق -->بعد"),
            "قبلبعد"
        );
        assert_eq!(markup("<DIV class=\"x\">أ</DIV>ب"), "أ\nب");
    }

    #[test]
    fn text_that_only_looks_like_markup_is_kept() {
        for s in [
            "نسبة x < y في الجدول، و AT&T شركة",
            "السهم <- هنا و 3 <5",
            "&nosuchentity; و &#0; و &",
            "بلا علامات",
            "< p>",
        ] {
            assert!(matches!(markup(s), std::borrow::Cow::Borrowed(_)), "{s}");
        }
    }
}
