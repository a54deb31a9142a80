pub struct Token<'a> {
    pub text: &'a str,
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
}
pub fn tokenize(s: &str) -> Vec<Token<'_>> {
    let mut out = Vec::new();
    let mut cur: Option<(usize, usize)> = None;
    let mut ci = 0;
    for (bi, c) in s.char_indices() {
        let w = c.is_alphanumeric() || ('\u{064B}'..='\u{0652}').contains(&c) || c == '\u{0640}';
        match (w, cur) {
            (true, None) => cur = Some((bi, ci)),
            (false, Some((b0, c0))) => {
                out.push(Token {
                    text: &s[b0..bi],
                    start: c0,
                    end: ci,
                    byte_start: b0,
                    byte_end: bi,
                });
                cur = None;
            }
            _ => {}
        }
        ci += 1;
    }
    if let Some((b0, c0)) = cur {
        out.push(Token {
            text: &s[b0..],
            start: c0,
            end: ci,
            byte_start: b0,
            byte_end: s.len(),
        });
    }
    out
}
pub fn search_form(word: &str) -> String {
    let n = super::normalize(word);
    for p in ["وال", "بال", "كال", "فال", "لل", "ال"] {
        if let Some(r) = n.strip_prefix(p) {
            if r.chars().count() >= 2 {
                return r.to_string();
            }
        }
    }
    n
}
pub fn index_text(s: &str) -> String {
    tokenize(s)
        .iter()
        .map(|t| search_form(t.text))
        .collect::<Vec<_>>()
        .join(" ")
}
