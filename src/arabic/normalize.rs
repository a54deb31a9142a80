pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c) && *c != '\u{0640}')
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ى' => 'ي',
            'ة' => 'ه',
            c => c.to_lowercase().next().unwrap_or(c),
        })
        .collect()
}
