//! Meeting event reports on sentences of the kinds real news uses: receptions, phone calls, English
//! articles, status from tense, the venue rather than the topic, and what is not a meeting.
//! Every sentence here is our own.

mod common;

use common::Archive;

/// An archive holding one article per sentence (published 2025-03-10, a Monday), in order.
fn per_sentence(sentences: &[&str]) -> Archive {
    let a = Archive::new();
    let mut jsonl = String::new();
    for (i, s) in sentences.iter().enumerate() {
        jsonl.push_str(
            &serde_json::json!({
                "url": format!("https://example.org/{i}"),
                "title": format!("خبر {i}"),
                "body": s,
                "published_at": "2025-03-10",
            })
            .to_string(),
        );
        jsonl.push('\n');
    }
    let f = a.write("a.jsonl", jsonl);
    a.cmd(&["import", f.to_str().unwrap()]).assert().success();
    a
}

/// `article_id,rest` CSV rows grouped per article (ids 1..=n).
fn by_article(rows: Vec<String>, n: usize) -> Vec<Vec<String>> {
    let mut out = vec![Vec::new(); n];
    for row in rows {
        let (id, rest) = row.split_once(',').unwrap();
        out[id.parse::<usize>().unwrap() - 1].push(rest.trim_matches('"').to_string());
    }
    out
}

/// Import one article per sentence (published 2025-03-10, a Monday) and return, per article, its
/// reports as `kind|status|place|participants` (participants `name:role`, sorted; a discovered
/// person by its Arabic name).
fn reports(sentences: &[&str]) -> Vec<Vec<String>> {
    let rows = per_sentence(sentences).sql(
        "SELECT r.article_id, r.kind || '|' || r.status || '|' || coalesce(p.name_en, '-') || '|' || \
         coalesce((SELECT group_concat(x, ',') FROM (SELECT coalesce(e.name_en, e.name_ar) || ':' || rp.role AS x \
           FROM report_participants rp JOIN entities e ON e.id = rp.entity_id \
           WHERE rp.report_id = r.id ORDER BY 1)), '') \
         FROM event_reports r LEFT JOIN entities p ON p.id = r.place_entity_id ORDER BY r.article_id, r.start",
    );
    by_article(rows, sentences.len())
}

#[test]
fn receptions_have_host_and_visitor() {
    let r = reports(&[
        "استقبل الرئيس التركي رجب طيب أردوغان في أنقرة أمس وزير الخارجية السوري أسعد الشيباني.",
        "وكان الرئيس الفرنسي إيمانويل ماكرون قد استقبل نظيره اللبناني جوزاف عون في باريس يوم الجمعة الماضي.",
    ]);
    assert_eq!(
        r[0],
        ["reception|held|Ankara|Asaad al-Shaibani:visitor,Recep Tayyip Erdogan:host"]
    );
    assert_eq!(
        r[1],
        ["reception|held|Paris|Emmanuel Macron:host,Joseph Aoun:visitor"]
    );
}

#[test]
fn phone_calls_are_meetings_without_a_venue() {
    let r = reports(&[
        "أجرى وزير الخارجية الروسي سيرغي لافروف اتصالاً هاتفياً مع نظيره التركي هاكان فيدان أمس.",
        "وتلقى الرئيس السوري أحمد الشرع مكالمة هاتفية من ولي العهد السعودي محمد بن سلمان يوم السبت.",
        "Russian Foreign Minister Sergey Lavrov held a phone call with Hakan Fidan on Sunday.",
    ]);
    assert_eq!(
        r[0],
        ["phone_call|held|-|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert_eq!(
        r[1],
        ["phone_call|held|-|Ahmed al-Sharaa:participant,Mohammed bin Salman:participant"]
    );
    assert_eq!(
        r[2],
        ["phone_call|held|-|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
}

#[test]
fn english_articles_get_meetings() {
    let r = reports(&[
        "Syrian Foreign Minister Asaad al-Shaibani met Ron Dermer in Paris on Thursday, according to AFP.",
        "Marco Rubio will meet Hakan Fidan in Ankara next week.",
        "Emmanuel Macron visited Beirut on Friday.",
    ]);
    assert_eq!(
        r[0],
        ["meeting|held|Paris|Asaad al-Shaibani:participant,Ron Dermer:participant"]
    );
    assert_eq!(
        r[1],
        ["meeting|planned|Ankara|Hakan Fidan:participant,Marco Rubio:participant"]
    );
    assert_eq!(r[2], ["visit|held|Beirut|Emmanuel Macron:participant"]);
}

#[test]
fn status_from_tense() {
    let r = reports(&[
        // A relative clause «عقده» says the meeting took place.
        "وأكد الرئيس رجب طيب أردوغان خلال لقاء عقده مع نظيره الإيراني مسعود بزشكيان في طهران ضرورة التهدئة.",
        // «ستعقد … المقبل» is a plan, whatever the date's month.
        "ستعقد القمة العربية في بغداد في السادس عشر من أيار المقبل.",
        // Talks under way.
        "تتواصل المحادثات بين سيرغي لافروف وهاكان فيدان في أنقرة.",
    ]);
    assert_eq!(
        r[0],
        ["meeting|held|Tehran|Masoud Pezeshkian:participant,Recep Tayyip Erdogan:participant"]
    );
    assert_eq!(r[1], ["summit|planned|Baghdad|"]);
    assert_eq!(
        r[2],
        ["talks|ongoing|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
}

#[test]
fn status_from_the_verb_the_meeting_noun_is_the_setting_of() {
    let r = reports(&[
        // A past reporting verb said «خلال لقائه»: the meeting took place.
        "وقال سيرغي لافروف خلال لقائه هاكان فيدان في أنقرة إن العلاقات جيدة.",
        // A future verb with the meeting as its setting, or right before the noun: a plan.
        "وسيبحث هاكان فيدان خلال لقائه سيرغي لافروف في أنقرة ملف الحدود.",
        "وأعلنت إيران أنها ستحضر قمة في الرياض.",
        // The future of the claim after «أنّ» is not the meeting's tense, and the present is no
        // tense at all: unknown.
        "سيرغي لافروف يؤكد بعد لقائه هاكان فيدان في أنقرة أنّ بلاده ستدعم الحل.",
        // A future inside the claim before the meeting is the claim's: no status, so the bare
        // weekday stays unresolved (it once resolved to the coming Thursday).
        "وأكد سيرغي لافروف أن بلاده ستدعم الحل، وذلك خلال لقائه هاكان فيدان في أنقرة يوم الخميس.",
        // The noun's own relative clause in the future: a plan; another clause's future is not.
        "وصل القادة إلى أنقرة للمشاركة في قمّة منتدى الجوار في إسطنبول، والتي ستُعقد بين 12 و14 من الشهر الجاري.",
        "ووقّع الجانبان الاتفاق في إطار زيارة سيرغي لافروف إلى أنقرة، وسيساعد الاتفاق على التبادل.",
    ]);
    let status = |rows: &[String]| -> Vec<String> {
        rows.iter()
            .map(|x| x.split('|').nth(1).unwrap().to_string())
            .collect()
    };
    assert_eq!(status(&r[0]), ["held"]);
    assert_eq!(status(&r[1]), ["planned"]);
    assert_eq!(status(&r[2]), ["planned"]);
    assert_eq!(status(&r[3]), ["unknown"]);
    assert!(r[4].iter().all(|x| !x.contains("planned")), "{:?}", r[4]);
    assert_eq!(status(&r[5]), ["planned"], "{:?}", r[5]);
    assert!(status(&r[6]).iter().all(|s| s != "planned"), "{:?}", r[6]);
}

#[test]
fn status_across_a_list_of_names_and_a_relative_clause() {
    let r = reports(&[
        "عقد سيرغي لافروف وهاكان فيدان وأسعد الشيباني وأيمن الصفدي اجتماعاً في أنقرة.",
        "سيعقد سيرغي لافروف وهاكان فيدان وأسعد الشيباني وأيمن الصفدي اجتماعاً في أنقرة.",
        "وأكد هاكان فيدان خلال الاجتماع الذي سيعقده مع سيرغي لافروف في أنقرة أهمية الحوار.",
        // A date between commas does not cut the verb from its noun.
        "وقال متحدث إن سيرغي لافروف عقد، الجمعة، لقاءً مع هاكان فيدان في أنقرة.",
        // «في وقت سابق» dates the statement, not the meeting, which is still to come.
        "وقال هاكان فيدان، في وقت سابق، إن اجتماعاً مع سيرغي لافروف في أنقرة بات قريباً.",
    ]);
    let four = "Asaad al-Shaibani:participant,Ayman Safadi:participant,Hakan Fidan:participant,Sergey Lavrov:participant";
    assert_eq!(r[0], [format!("meeting|held|Ankara|{four}")]);
    assert_eq!(r[1], [format!("meeting|planned|Ankara|{four}")]);
    assert_eq!(
        r[2],
        ["meeting|planned|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert_eq!(
        r[3],
        ["meeting|held|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert!(r[4].iter().all(|x| !x.contains("|held|")), "{:?}", r[4]);
}

#[test]
fn the_venue_not_the_topic_nor_a_title() {
    let r = reports(&[
        // Talks in Moscow about Sudan are in Moscow.
        "التقى سيرغي لافروف في موسكو اليوم بنظيره هاكان فيدان لبحث الأوضاع في السودان.",
        // «وزير … في مالي» is a title; the venue is Ankara.
        "التقى وزير التجارة التركي في العاصمة أنقرة أمس وزير الصناعة والتجارة في مالي.",
        // An arrival names the venue of the visit.
        "وصل وزير الخارجية الروسي سيرغي لافروف إلى طهران اليوم في زيارة رسمية.",
        // The topic alone gives no venue.
        "التقى سيرغي لافروف وهاكان فيدان أمس لبحث الحرب في السودان.",
        // Nor does the place of the intervention a meeting is feared to approve.
        "وقال المتحدث إن هدف اجتماع سيرغي لافروف وهاكان فيدان هو الموافقة على تدخل عسكري وشيك في طهران.",
    ]);
    assert_eq!(
        r[0],
        ["meeting|held|Moscow|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    // The Turkish minister, named by title only, is his country.
    assert_eq!(r[1], ["meeting|held|Ankara|Türkiye:participant"]);
    assert_eq!(r[2], ["visit|held|Tehran|Sergey Lavrov:participant"]);
    assert_eq!(
        r[3],
        ["meeting|held|-|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert!(r[4].iter().all(|x| !x.contains("Tehran")), "{:?}", r[4]);
}

#[test]
fn participants_include_people_the_gazetteer_does_not_know() {
    // None of the Arabic names below is in the gazetteer: the tagger finds them.
    let r = reports(&[
        "استقبل الرئيس الجزائري عبد المجيد تبون نظيره الموريتاني محمد ولد الغزواني في الجزائر أمس.",
        "بحث وزير الخارجية العماني بدر البوسعيدي مع نظيره الأردني أيمن الصفدي في مسقط أمس العلاقات الثنائية.",
        // The speaker of the next sentence took no part in the meeting.
        "التقى رئيس المكتب السياسي لحركة حماس إسماعيل هنية وزير الخارجية القطري في الدوحة أمس. \
         وقال نبيه بري إن اللقاء كان مهماً.",
        "اجتمع وزير الخارجية القطري مع رئيس البرلمان نبيه بري في بيروت أمس.",
    ]);
    assert_eq!(
        r[0],
        ["reception|held|Algeria|عبد المجيد تبون:host,محمد ولد الغزواني:visitor"]
    );
    assert_eq!(
        r[1],
        ["talks|held|Muscat|Ayman Safadi:participant,بدر البوسعيدي:participant"]
    );
    // The Qatari minister, named by title only, is his country.
    assert_eq!(
        r[2],
        ["meeting|held|Doha|Qatar:participant,إسماعيل هنية:participant"]
    );
    assert_eq!(
        r[3],
        ["meeting|held|Beirut|Qatar:participant,نبيه بري:participant"]
    );
}

#[test]
fn reports_naming_different_people_in_one_city_stay_apart() {
    let r = reports(&[
        // Two pairs of people in the same city on the same day: two meetings.
        "التقى سيرغي لافروف هاكان فيدان في أنقرة أمس. والتقى أسعد الشيباني أيمن الصفدي في أنقرة أمس.",
        // The same people again: one meeting.
        "التقى سيرغي لافروف هاكان فيدان في أنقرة أمس. وقال المتحدث إن لقاء سيرغي لافروف وهاكان فيدان في أنقرة كان إيجابياً.",
    ]);
    assert_eq!(
        r[0],
        [
            "meeting|held|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant",
            "meeting|held|Ankara|Asaad al-Shaibani:participant,Ayman Safadi:participant"
        ]
    );
    assert_eq!(
        r[1],
        ["meeting|held|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
}

#[test]
fn not_meetings() {
    let r = reports(&[
        "وقال سيرغي لافروف في لقاء مع صحافيين في موسكو إن بلاده لن تتراجع.",
        "وخلال مؤتمر صحفي في أنقرة قال هاكان فيدان إن المحادثات مستمرة.",
        "ويلتقي فريق الاتحاد مع نادي الهلال في الرياض مساء الخميس في لقاء الجولة الخامسة من الدوري.",
        "وأجرى المنتخب جولة تحضيرية في الدوحة استعداداً للبطولة.",
        "وقال هاكان فيدان في مقابلة مع قناة تلفزيونية في إسطنبول إن اللقاء لم يتحدد بعد.",
        "التقى سيرغي لافروف بالصحافيين في مؤتمر صحفي عقده في موسكو أمس.",
    ]);
    for (i, got) in r.iter().enumerate() {
        assert!(got.is_empty(), "sentence {i} is no meeting: {got:?}");
    }
}

#[test]
fn widening_the_kinds_keeps_every_index_and_row() {
    let a = Archive::new();
    a.at_schema(
        11,
        "INSERT INTO articles (id, title, body, content_hash, imported_at) VALUES (1, 't', 'b', 'h', 'now');
         INSERT INTO events (id, kind, status) VALUES (7, 'visit', 'held');
         INSERT INTO event_reports (id, event_id, article_id, status, trigger_text, start, end, kind)
         VALUES (3, 7, 1, 'held', 'زار', 0, 1, 'visit');",
    );
    let indexes = "SELECT name FROM sqlite_master WHERE type = 'index' \
                   AND tbl_name IN ('events', 'event_reports') AND sql IS NOT NULL ORDER BY 1";
    let before = a.sql(indexes);
    assert!(before.len() >= 6, "{before:?}");
    a.cmd(&["migrate"]).assert().success();
    assert_eq!(a.sql(indexes), before);
    assert_eq!(
        a.sql("SELECT r.id, e.id, r.kind, e.status FROM event_reports r JOIN events e ON e.id = r.event_id"),
        ["3,7,visit,held"]
    );
    // The new kinds and status are accepted.
    a.at_schema(
        marsad::db::latest_known_version(),
        "INSERT INTO events (kind, status) VALUES ('phone_call', 'ongoing'), ('reception', 'held');",
    );
}

#[test]
fn countries_are_the_sides_only_when_no_person_is_named() {
    let r = reports(&[
        "انعقدت أمس في بغداد جولة محادثات بين السعودية وإيران.",
        "التقى سيرغي لافروف في أنقرة أمس مع هاكان فيدان ومع إيران لاحقاً.",
        // A place after «في» or a topic is not a side.
        "عقد اجتماع أمس في الدوحة لبحث العلاقات مع مصر.",
    ]);
    assert_eq!(
        r[0],
        ["talks|held|Baghdad|Iran:participant,Saudi Arabia:participant"]
    );
    assert_eq!(
        r[1],
        ["meeting|held|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert_eq!(r[2], ["meeting|held|Doha|"]);
}

#[test]
fn a_denied_or_hypothetical_meeting_is_not_held() {
    let r = reports(&[
        "ونفى مسؤول تركي أن يكون هاكان فيدان قد التقى سيرغي لافروف في باكو الأسبوع الماضي.",
        "وقال المتحدث إن الوزيرين لم يلتقيا في أنقرة، وإذا التقى هاكان فيدان سيرغي لافروف في أنقرة فسيكون ذلك مفاجأة.",
        // A joint press conference after the talks does not undo them.
        "التقى سيرغي لافروف هاكان فيدان في أنقرة أمس وعقدا مؤتمرا صحفيا مشتركا.",
    ]);
    for got in &r[..2] {
        assert!(got.iter().all(|x| !x.contains("|held|")), "{got:?}");
    }
    assert_eq!(
        r[2],
        ["meeting|held|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
}

#[test]
fn a_date_that_contradicts_the_status_is_not_the_meetings() {
    // Published 2025-03-10: yesterday's invitation is not the date of the planned visit.
    let a = Archive::new();
    let f = a.write(
        "a.jsonl",
        serde_json::json!({
            "title": "دعوة",
            "body": "وجّه هاكان فيدان أمس الأحد دعوة إلى سيرغي لافروف لزيارة مرتقبة إلى أنقرة.",
            "published_at": "2025-03-10",
        })
        .to_string(),
    );
    a.cmd(&["import", f.to_str().unwrap()]).assert().success();
    let rows = a.sql("SELECT status, coalesce(date_start, '-') FROM event_reports");
    assert!(!rows.is_empty());
    for r in rows {
        assert!(!r.contains("2025-03-09"), "{r}");
    }
}

#[test]
fn vowel_marks_tell_amman_from_oman_and_none_links_neither() {
    let r = reports(&[
        "التقى أسعد الشيباني أيمن الصفدي في عمّان أمس.",
        "التقى أسعد الشيباني أيمن الصفدي في عُمان أمس.",
        "التقى أسعد الشيباني أيمن الصفدي في عمان أمس.",
    ]);
    assert_eq!(
        r[0],
        ["meeting|held|Amman|Asaad al-Shaibani:participant,Ayman Safadi:participant"]
    );
    assert_eq!(
        r[1],
        ["meeting|held|Oman|Asaad al-Shaibani:participant,Ayman Safadi:participant"]
    );
    assert_eq!(
        r[2],
        ["meeting|held|-|Asaad al-Shaibani:participant,Ayman Safadi:participant"]
    );
}

/// Import one article per sentence (published 2025-03-10) and return `status|place|date_start` per
/// report.
fn dated(sentences: &[&str]) -> Vec<Vec<String>> {
    let rows = per_sentence(sentences).sql(
        "SELECT r.article_id, r.status || '|' || coalesce(p.name_en, '-') || '|' || coalesce(r.date_start, '-') \
         FROM event_reports r LEFT JOIN entities p ON p.id = r.place_entity_id ORDER BY r.article_id, r.start",
    );
    by_article(rows, sentences.len())
}

#[test]
fn a_date_in_another_clause_a_conflict_place_and_an_invitation() {
    let r = dated(&[
        // The date of the war's start, across «حيث», is not the talks' date.
        "اندلع القتال في الإقليم في 3 شباط/فبراير الماضي، حيث عقدت مفاوضات بين الوفدين في جنيف.",
        // «لإنهاء الحرب الدائرة في السودان»: the topic country is not the venue.
        "يرعى وزير الخارجية السعودي مفاوضات بين الطرفين لإنهاء الحرب الدائرة في السودان.",
        // An invitation yesterday: the visit is planned, and yesterday is not its date.
        "دعا الرئيس التركي رجب طيب أردوغان، مساء أمس الأحد، الرئيس الإيراني إلى زيارة أنقرة.",
    ]);
    assert!(r[0].iter().all(|x| !x.contains("2025-02-03")), "{r:?}");
    assert!(r[1].iter().all(|x| !x.contains("Sudan")), "{r:?}");
    assert!(
        r[2].iter()
            .all(|x| x.starts_with("planned|") && x.ends_with("|-")),
        "{r:?}"
    );
    assert!(!r[2].is_empty(), "{r:?}");
}

#[test]
fn a_place_in_the_claim_or_another_clause_is_not_the_venue() {
    let r = dated(&[
        "وقال المندوب الأردني في الاجتماع الطارئ للجمعية العامة إنّ القصف يطال المدنيين في سوريا.",
        "عقد وزراء المالية اجتماعاً في الرياض، فيما رفضت دول أخرى الانتقادات الموجهة إلى روسيا.",
        "بحث الرئيس التركي رجب طيب أردوغان ونظيره الإيراني التطورات في قطاع غزة.",
    ]);
    assert!(r[0].iter().all(|x| !x.contains("Syria")), "{r:?}");
    assert!(r[1].iter().all(|x| !x.contains("Russia")), "{r:?}");
    assert!(r[1].iter().any(|x| x.contains("Riyadh")), "{r:?}");
    assert!(r[2].iter().all(|x| !x.contains("Gaza")), "{r:?}");
}

/// The day a statement was made, a journey to the meeting, an event the meeting came after or a
/// reference point («قبل ذلك بيوم») is not the meeting's date; a date inside the meeting's own
/// clause still is (found in an audit of 2023 articles; the sentences are our own).
#[test]
fn the_date_of_a_statement_a_journey_or_an_earlier_event_is_not_the_meetings() {
    let r = dated(&[
        "أعلنت الرئاسة السورية، اليوم الاثنين، أنّ الرئيس أحمد الشرع سيلتقي نظيره التركي رجب طيب أردوغان في أنقرة.",
        "تناولت صحيفة الوطن، اليوم الاثنين، زيارة وزير الخارجية الإيراني عباس عراقجي إلى دمشق.",
        "سيذهب الرئيس الأميركي إلى نيودلهي في 20 آذار/مارس الجاري للمشاركة في قمة مجموعة العشرين.",
        "والتقى الوزير اللبناني الرئيس السوري أحمد الشرع في دمشق بعد الزلزال المدمر في شباط/فبراير الماضي.",
        "علقت الجامعة عضوية سوريا في تشرين الثاني/نوفمبر 2011، ثم أعادتها قبل القمة العربية في الرياض.",
        "ألقى بايدن خطاباً في وارسو يوم الثلاثاء الماضي، وقبل ذلك بيوم واحد قام بزيارة مفاجئة إلى كييف.",
        // Kept: the meeting's own clause, a statement made during the meeting, a date after «أنّ».
        "أكد وزير الخارجية المصري، خلال لقائه نظيره الأردني أيمن الصفدي في عمّان اليوم الاثنين، ضرورة وقف الحرب.",
        "أعلنت الرئاسة، اليوم الاثنين، أنّ الرئيس سيزور باريس في 20 آذار/مارس الجاري.",
        "عقد وزير الدفاع الروسي، اليوم الاثنين، اجتماعاً بنظيره الصيني في موسكو.",
        "نشر موقع صيني، اليوم الاثنين، مقالاً عن القمة الثانية مع قادة جزر المحيط الهادئ في واشنطن التي عقدت الشهر الماضي.",
        "أكد الرئيس التركي رجب طيب أردوغان، اليوم الاثنين، أنّ الحرب يجب أن تتوقف، وذلك خلال اتصال هاتفي مع أمير قطر تميم بن حمد آل ثاني.",
    ]);
    for (k, rows) in r.iter().enumerate().take(6) {
        assert!(k == 2 || !rows.is_empty(), "{k}: {r:?}");
        assert!(rows.iter().all(|x| x.ends_with("|-")), "{k}: {r:?}");
    }
    assert!(r[6].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
    assert!(r[7].iter().any(|x| x.ends_with("|2025-03-20")), "{r:?}");
    assert!(r[8].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
    assert!(r[9].iter().any(|x| x.ends_with("|2025-02-01")), "{r:?}");
    assert!(r[10].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
}

/// A later sentence about the visit during which a meeting is held, or about an earlier meeting
/// («الاجتماع السابق»), lends the meeting none of its dates.
#[test]
fn another_sentence_lends_a_date_only_to_the_same_kind_of_meeting() {
    let r = dated(&[
        "سيلتقي الرئيس البرازيلي لولا دا سيلفا الرئيس الصيني شي جين بينغ في بكين. وستكون أوكرانيا على جدول أعمال الزيارة التي تبدأ رسمياً الثلاثاء.",
        "عقد الأمناء العامون للفصائل اجتماعهم في القاهرة. ويعد الاجتماع الأول منذ الاجتماع السابق الذي عقد في القاهرة في أيلول/سبتمبر 2020.",
        // The same meeting, named again with its day: the date is kept.
        "التقى وزير الخارجية التركي هاكان فيدان نظيره الإيراني عباس عراقجي في طهران. وتناولت المحادثات التي جرت أمس الأحد ملف سوريا.",
    ]);
    assert!(
        !r[0].is_empty() && r[0].iter().all(|x| x.ends_with("|-")),
        "{r:?}"
    );
    assert!(r[1].iter().any(|x| x.contains("Cairo|-")), "{r:?}");
    assert!(r[2].iter().any(|x| x.ends_with("|2025-03-09")), "{r:?}");
}

/// Tours and trips are visits, a conference between parties is a meeting (a press conference, a
/// flight or a party named «المؤتمر» is not), «جولة» before talks is a round of them, and a side
/// named only by a title and a nationality adjective is its country.
#[test]
fn tours_trips_conferences_and_sides_named_by_nationality() {
    let r = reports(&[
        "بدأ وزير الخارجية الأميركي أنتوني بلينكن جولته الخليجية في الرياض.",
        "أنهت رئيسة تايوان رحلتها إلى غواتيمالا.",
        "عقد المؤتمر الدولي في الرياض بمشاركة ممثلي عشرين دولة.",
        "عقد وزير الخارجية مؤتمراً صحفياً في بغداد.",
        "استأنف الوفدان جولة جديدة من المفاوضات في جنيف.",
        "التقى وزير الخارجية التركي نظيره الإيراني في أنقرة.",
        "التقى الرئيس التركي رجب طيب أردوغان نظيره الإيراني في أنقرة.",
        "استقبل أردوغان، الرئيس التركي، وزير الخارجية الإيراني في أنقرة.",
        "فاز حزب المؤتمر الوطني في الانتخابات في الخرطوم.",
        "ألغيت رحلة جوية إلى القاهرة.",
    ]);
    assert_eq!(r[0], ["visit|unknown|Riyadh|Antony Blinken:participant"]);
    assert_eq!(r[1], ["visit|unknown|Guatemala|"]);
    assert_eq!(r[2], ["summit|held|Riyadh|"]);
    assert!(r[3].is_empty(), "{r:?}");
    assert_eq!(r[4], ["talks|unknown|Geneva|"]);
    assert_eq!(
        r[5],
        ["meeting|held|Ankara|Iran:participant,Türkiye:participant"]
    );
    assert_eq!(
        r[6],
        ["meeting|held|Ankara|Iran:participant,Recep Tayyip Erdogan:participant"]
    );
    assert_eq!(
        r[7],
        ["reception|held|Ankara|Iran:visitor,Recep Tayyip Erdogan:host"]
    );
    assert!(r[8].is_empty() && r[9].is_empty(), "{r:?}");
}

/// An article that calls its day «اليوم الأربعاء» while dated Monday (stamped after midnight, or
/// wrong): its «اليوم» and «أمس» are not placed against the publication day.
#[test]
fn today_named_with_another_weekday_places_no_relative_date() {
    let r = dated(&[
        "قالت الرئاسة اليوم الأربعاء إنّ الرئيس سيزور أنقرة. ومن المقرر أن يغادر الرئيس التركي رجب طيب أردوغان، اليوم، في زيارة إلى باريس.",
        "ومن المقرر أن يغادر الرئيس التركي رجب طيب أردوغان، اليوم، في زيارة إلى باريس.",
    ]);
    assert!(
        !r[0].is_empty() && r[0].iter().all(|x| x.ends_with("|-")),
        "{r:?}"
    );
    assert!(r[1].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
}

/// A place the gazetteer does not know, found by the tagger, is the venue when the text says «في
/// X» (or «في مدينة X») after the trigger.
#[test]
fn a_discovered_place_after_in_is_the_venue() {
    let rows = per_sentence(&[
        "التقى الرئيس الكولومبي غوستافو بيترو ممثلي المعارضة الفنزويلية في سوبو أمس.",
        "التقى الرئيس الكولومبي غوستافو بيترو ممثلي المعارضة الفنزويلية في مدينة كارتاخينا أمس.",
    ])
    .sql(
        "SELECT r.article_id || '|' || coalesce(p.name_ar, '-') FROM event_reports r \
         LEFT JOIN entities p ON p.id = r.place_entity_id ORDER BY r.article_id",
    );
    assert_eq!(rows, ["1|سوبو", "2|كارتاخينا"]);
}

/// Per article, its reports as `kind|place|date_text|date_start` (`-` for none).
fn placed_dates(sentences: &[&str]) -> Vec<Vec<String>> {
    let rows = per_sentence(sentences).sql(
        "SELECT r.article_id, r.kind || '|' || coalesce(p.name_en, '-') || '|' || \
         coalesce(r.date_text, '-') || '|' || coalesce(r.date_start, '-') FROM event_reports r \
         LEFT JOIN entities p ON p.id = r.place_entity_id ORDER BY r.article_id, r.start",
    );
    by_article(rows, sentences.len())
}

/// «وصل … إلى» is a visit only when a person or delegation reaches a place: planes, exports,
/// sentences and power do not visit.
#[test]
fn arrivals_of_things_are_not_visits() {
    let r = placed_dates(&[
        "ووصلت الأحد إلى جيبوتي طائرتان عسكريتان تحملان مئتي شخص من الرعايا.",
        "ووصل تصدير النفط الروسي إلى الصين مستوى قياسياً خلال الشهر الماضي.",
        "وأعلن الجيش أن إجمالي ثلاث طائرات من طراز إيرباص وصل إلى السودان لغرض الإجلاء.",
        "لكن المستشار الألماني الذي وصل إلى السلطة في نهاية عام 2021 يفضل الحديث عن فترة أخرى.",
        "ووصل وزير الخارجية السوري أسعد الشيباني، أمس، إلى موسكو في زيارة رسمية.",
        "وزيرة الخارجية الليبية، نجلاء المنقوش، تصل إلى العاصمة الإيرانية طهران.",
        "وصل القائد الإيطالي غراتسياني إلى بنغازي.",
    ]);
    for (k, a) in r.iter().enumerate().take(4) {
        assert!(a.is_empty(), "article {}: {a:?}", k + 1);
    }
    assert_eq!(r[4].len(), 1, "{r:?}");
    assert!(r[4][0].starts_with("visit|"), "{r:?}");
    // a traveller named by a title only, before the verb or after it
    assert_eq!(r[5], ["visit|Tehran|-|-"]);
    assert_eq!(r[6], ["visit|Benghazi|-|-"]);
}

/// «ستستقبل السفن»: a reception that nobody gives or attends is not one.
#[test]
fn a_reception_of_ships_is_not_a_meeting() {
    let r = placed_dates(&[
        "وتقول الخطة إن الإمارات ستكون مركز الموانئ التي ستستقبل السفن القادمة على الخط البحري من الهند إلى الإمارات.",
        "واستقبلت رئيسة الوزراء، اليوم في روما، قادة دول البحر المتوسط.",
    ]);
    assert!(r[0].is_empty(), "{r:?}");
    // nobody named, but a head of government receives leaders
    assert_eq!(r[1].len(), 1, "{r:?}");
}

/// Each of two visits joined by «و» keeps the date and place of its own clause.
#[test]
fn joined_visits_keep_their_own_dates() {
    let r = placed_dates(&[
        "وكانت زيارة الرئيس الصيني شي جين بينغ إلى السعودية في كانون الأول/ديسمبر 2022 وزيارة الرئيس الإيراني إبراهيم رئيسي إلى الصين في شباط/فبراير 2023 قد مهدتا للاتفاق.",
    ]);
    assert_eq!(
        r[0],
        [
            "visit|Saudi Arabia|كانون الأول/ديسمبر 2022|2022-12-01",
            "visit|China|شباط/فبراير 2023|2023-02-01"
        ]
    );
}

/// A date tied to another act by «بعد», «عقب» (glued to its noun too, «بعداندلاع»), or in the
/// phrase «بعد …» opens before the verb, is not the meeting's.
#[test]
fn dates_of_acts_related_by_after_are_not_the_meetings() {
    let r = placed_dates(&[
        "ووقع هجوم على السفارة يوم 4 آذار/مارس الحالي بعد ساعات من عودة الرئيس الكوبي إلى هافانا عقب حضوره اجتماعات الجمعية العامة في نيويورك.",
        "وتعثرت المفاوضات بين البلدين في جنيف بعداندلاع اشتباكات على الحدود في 2 آذار/مارس الحالي.",
        "وبعد معركة قرب البيضاء في الحادي عشر من شباط/فبراير 1931، وصل القائد الإيطالي رودولفو غراتسياني إلى بنغازي.",
    ]);
    for a in &r {
        assert!(!a.is_empty(), "{r:?}");
        assert!(a.iter().all(|x| x.ends_with("|-|-")), "{r:?}");
    }
}

/// A day and month without a year, in a sentence that names another year, is that story's day:
/// left unresolved with its raw text, never placed in the publication's year.
#[test]
fn a_yearless_day_in_a_story_of_another_year_stays_unresolved() {
    let r = placed_dates(&[
        "ووصل القائد الإيطالي رودولفو غراتسياني إلى بنغازي في الرابع من آذار/مارس، بعد أسابيع من معركة عام 1931.",
        "ووصل وزير الخارجية السوري أسعد الشيباني إلى موسكو في الرابع من آذار/مارس.",
    ]);
    assert_eq!(r[0], ["visit|Benghazi|الرابع من آذار/مارس|-"]);
    assert_eq!(r[1], ["visit|Moscow|الرابع من آذار/مارس|2025-03-04"]);
}

/// Gatherings and interviews are not meetings: «لقاء مع الشباب», «اللقاء الذي نظم», an outlet
/// that «التقى» someone.
#[test]
fn gatherings_and_an_outlets_interview_are_not_meetings() {
    let r = reports(&[
        "وقال الرئيس التركي رجب طيب أردوغان في لقاء مع الشباب في أنقرة إن العمل مستمر.",
        "وتحدث الوزير في اللقاء الذي نظم في بيروت أمس عن الوضع.",
        "والتقى الميادين نت مع الأمين العام للحركة في الخرطوم لسؤاله عن الوضع.",
    ]);
    assert!(r.iter().all(|a| a.is_empty()), "{r:?}");
}

/// The president an adviser works for is not at the adviser's meeting; a region is no venue.
#[test]
fn an_advisers_president_is_no_participant_and_a_region_no_venue() {
    let r = reports(&[
        "وقام بريت ماكغورك، كبير مستشاري الرئيس الأميركي جو بايدن، برحلة إلى سلطنة عمان الشهر الماضي.",
        "وطالب الرئيس الفلسطيني محمود عباس بعقد مؤتمر دولي للسلام في الشرق الأوسط.",
    ]);
    assert_eq!(r[0].len(), 1, "{r:?}");
    assert!(!r[0][0].contains("Joe Biden"), "{r:?}");
    assert!(
        r[1].iter().all(|x| x.split('|').nth(2) == Some("-")),
        "{r:?}"
    );
}

/// Rounds of strikes or elections, converging views, the peak of something and visits to a
/// shrine are no meetings.
#[test]
fn figurative_meetings_rounds_and_visits_to_places_are_not_meetings() {
    let r = reports(&[
        "وكانت الطائرات تستعد لشن جولة ثانية من الضربات الجوية في سوريا.",
        "وحصل المرشح على 45 في المئة في الجولة الأولى في تركيا.",
        "والتقت هذه التفسيرات مع مقولات المحافظين في واشنطن.",
        "وأظهرتها الهجمات في قمة عجزها في غزة.",
        "وأنهى المرشح حملته بزيارة ضريح أتاتورك في أنقرة يوم 13 أيار/مايو 2023.",
        "وكانت قمة مجموعة بريكس قد انطلقت أمس في جوهانسبرغ.",
    ]);
    assert!(r[..5].iter().all(|a| a.is_empty()), "{r:?}");
    // «قمة مجموعة»: the «ة» normalised to «ه» is no pronoun
    assert_eq!(r[5].len(), 1, "{r:?}");
}

/// «قبل يومين من اجتماع», «… القمة …، أعقبها … عام 2005»: the date is of something before or
/// after the meeting; an earlier meeting named in the sentence lends no date.
#[test]
fn dates_before_or_after_the_meeting_are_not_its_date() {
    let r = placed_dates(&[
        "وبدأ الناشط إضرابه عن الطعام قبل يومين فقط من اجتماع حقوقي في جنيف.",
        "وعقدت القمة في الرياض، أعقبها تولي الرئيس منصبه عام 2005.",
        "ووصفت الصحف الصينية، اليوم الاثنين، بكين بأنها وسيط ناجح، وذلك بعد مكالمة هاتفية بين الرئيس الصيني شي جين بينغ والرئيس الأوكراني فولوديمير زيلينسكي.",
    ]);
    for a in &r {
        assert!(!a.is_empty(), "{r:?}");
        assert!(a.iter().all(|x| x.ends_with("|-|-")), "{r:?}");
    }
}

#[test]
fn a_condition_is_no_plan_whatever_its_date() {
    let r = reports(&[
        "If Marco Rubio meets Hakan Fidan in Ankara next month, the talks could resume.",
        "Marco Rubio will meet Hakan Fidan in Ankara next month.",
        // A date says when, not whether.
        "وإذا التقى سيرغي لافروف وهاكان فيدان في أنقرة الشهر المقبل فستتغير المعادلة.",
    ]);
    assert_eq!(
        r[2],
        ["meeting|unknown|Ankara|Hakan Fidan:participant,Sergey Lavrov:participant"]
    );
    assert_eq!(
        r[0],
        ["meeting|unknown|Ankara|Hakan Fidan:participant,Marco Rubio:participant"]
    );
    assert_eq!(
        r[1],
        ["meeting|planned|Ankara|Hakan Fidan:participant,Marco Rubio:participant"]
    );
}

/// Found in an audit of fresh 2023 articles (the sentences are our own): the year of an act that
/// came after a visit («انسحبت … عام 2019 بعد زيارة»), the day agreements were signed, the day
/// of the meeting at which an invitation was made, a visit a traveller only plans, «اليوم» of a
/// clause that «فـ» leaves behind, and «اليوم» in a heading are not the meeting's date.
#[test]
fn dates_of_other_acts_plans_and_headings_are_not_the_meetings() {
    let r = placed_dates(&[
        "وأعلنت الحكومة انسحابها من الاتفاقية عام 2019 بعد زيارة الرئيس الكيني إلى القاهرة.",
        "ووصل وفد اقتصادي رفيع إلى طهران لمتابعة الاتفاقات الموقعة بين البلدين، في كانون الثاني/يناير الماضي.",
        "والتقى الرئيس التركي رجب طيب أردوغان نظيره الإيراني الشهر الماضي ودعاه إلى زيارة أنقرة.",
        "وكان الأمين العام قد وصل إلى سيؤول يوم أمس الأحد في زيارة تستمر يومين، التقى خلالها كبار المسؤولين، وهو يخطط لزيارة دمشق في وقت لاحق.",
        "ويرى الكاتب أن الرئيس يعد نفسه زعيم العالم اليوم، فخلال اجتماع قادة دول الجوار في وارسو وعد بدعم مفتوح.",
        "قضية اليوم: العاصمة اللبنانية بيروت تحتضن المؤتمر العربي العام.",
        // Kept: a statement made yesterday right after the meeting dates it.
        "وقال وزير الخارجية المصري أمس بعد لقائه نظيره الأردني في عمّان إن الحرب يجب أن تتوقف.",
    ]);
    for (k, a) in r.iter().enumerate().take(6) {
        assert!(!a.is_empty(), "{k}: {r:?}");
        let placed_on = |x: &String| x.rsplit('|').next() != Some("-");
        match k {
            2 => assert!(
                a.iter()
                    .filter(|x| x.contains("|Ankara|"))
                    .all(|x| !placed_on(x)),
                "{r:?}"
            ),
            3 => {
                assert!(a.iter().any(|x| x.contains("|Damascus|")), "{r:?}");
                assert!(
                    a.iter()
                        .filter(|x| x.contains("|Damascus|"))
                        .all(|x| !placed_on(x)),
                    "{r:?}"
                );
            }
            _ => assert!(a.iter().all(|x| !placed_on(x)), "{k}: {r:?}"),
        }
    }
    assert!(r[6].iter().any(|x| x.ends_with("|2025-03-09")), "{r:?}");
}

/// Not meetings: meetings an authority bans, a politician who «وصل إلى السلطة», a minister's
/// visit to an exhibition, a domestic flight, a president «received» with booing, tanks that
/// arrive (found in the same audit; our own sentences).
#[test]
fn banned_meetings_power_and_exhibitions_are_not_meetings() {
    let r = reports(&[
        "وحظرت السلطات في نيسان/أبريل الماضي اجتماعات قادة الحزب في تونس.",
        "عندما وصل الرئيس فلاديمير بوتين إلى السلطة في روسيا عام 2000، كان الوضع مختلفاً.",
        "وأكد وزير الداخلية أثناء زيارته لمعرض الصناعات الدفاعية في طهران، أواخر شباط/فبراير الماضي، أن المعدات متطورة.",
        "وقتل عشرة أشخاص في تحطم طائرة أثناء رحلة داخلية إلى موسكو.",
        "وفي العاشر من آذار/مارس الجاري استقبل المحتجون الرئيس الفرنسي إيمانويل ماكرون بصيحات الاستهجان في ليون.",
        "وستصل دبابات أبرامز إلى ألمانيا الشهر المقبل.",
    ]);
    assert!(r.iter().all(|a| a.is_empty()), "{r:?}");
}

/// A range whose first day is glued to «و» («يومي 5و 6 آب») and a month named twice with two
/// different months («تموز/يونيو») are left unresolved with their raw text, never one of them.
#[test]
fn a_glued_range_and_disagreeing_month_names_stay_unresolved() {
    let r = placed_dates(&[
        "وعقد الاجتماع التشاوري الأول في جدة يومي 5و 6 آب/أغسطس 2023.",
        "وينتظر أن يلتقي الوزيران في باريس في الثاني من تموز/يونيو المقبل.",
    ]);
    assert_eq!(r[0].len(), 1, "{r:?}");
    assert!(r[0][0].ends_with("|-"), "{r:?}");
    assert_eq!(r[1].len(), 1, "{r:?}");
    assert!(r[1][0].ends_with("|-"), "{r:?}");
}

/// A meeting named inside a quotation lends no date to, and takes none from, the report told
/// outside it: «في المؤتمر نفسه، في 21 شباط» is not the day of the summit the speaker recalls.
#[test]
fn a_quoted_meeting_and_the_narrators_stay_apart() {
    let r = placed_dates(&[
        "وفي المؤتمر نفسه، في 21 شباط/فبراير الماضي، قال الرئيس الإيراني إنّ \"لقاءه الأخير مع الرئيس الروسي في قمة أستانة في طهران كان مثمراً\".",
    ]);
    assert!(
        r[0].iter()
            .all(|x| !(x.contains("|Tehran|") && x.ends_with("2025-02-21"))),
        "{r:?}"
    );
}

/// The day of a decision whose subject has a long title is the decision's, not that of the
/// meeting it was taken over (our own sentence, after one in the audit of 2023 articles).
#[test]
fn the_day_of_a_decision_over_a_meeting_is_not_the_meetings() {
    let r = placed_dates(&[
        "وجاء ذلك بعدما أصدر رئيس وزراء حكومة الوحدة الوطنية الليبية المؤقتة في العاصمة، مساء الأحد، قراراً بإيقاف الوزيرة عن العمل على خلفية لقائها وزير الخارجية الإسرائيلي في روما. وكان الوزير الإسرائيلي قد عقد لقاءً مع الوزيرة في روما الأسبوع الماضي.",
    ]);
    assert!(!r[0].is_empty(), "{r:?}");
    assert!(r[0].iter().all(|x| x.ends_with("|-")), "{r:?}");
}

/// «ناقش موضوع غزة», «طالبا خلال لقائهما … بوقف إطلاق النار في غزة»: the subject of the talks
/// or of a demand is not where they met (found in the audit of 2023 articles; our own sentences).
#[test]
fn a_subject_or_a_demand_is_not_the_venue() {
    let r = reports(&[
        "وكان الرئيس التركي رجب طيب أردوغان قد ناقش موضوع المساعدات هاتفياً مع رئيس الوزراء القطري يوم السبت، وأبلغه جهود أنقرة لوقف إطلاق النار ووصول المساعدات إلى غزة.",
        "وطالب وزيرا خارجية الأردن ومصر أمس، خلال لقائهما وزير الخارجية الأميركي، بوقف إطلاق النار في غزة.",
        "وأكد الرئيس المصري خلال استقباله مدير وكالة الاستخبارات الأميركية ضرورة الوقف الفوري لإطلاق النار في قطاع غزة.",
    ]);
    assert!(r[..2].iter().all(|a| !a.is_empty()), "{r:?}");
    assert!(
        r.iter().flatten().all(|x| x.split('|').nth(2) == Some("-")),
        "{r:?}"
    );
}

/// A visit the traveller is expected to make, or agreed to make («على أن يزور»), after one he
/// made yesterday is planned and takes no date from the first (our own sentences, after the audit
/// of 2023 articles).
#[test]
fn an_expected_visit_after_one_made_takes_none_of_its_date() {
    let r = dated(&[
        "وكان الأمين العام قد وصل إلى سيؤول يوم أمس الأحد في زيارة تستمر يومين، ومن المتوقع أن يزور دمشق في وقت لاحق.",
        "وكان الأمين العام قد وصل إلى سيؤول يوم أمس الأحد في زيارة تستمر يومين، على أن يزور دمشق في وقت لاحق.",
    ]);
    for a in &r {
        assert_eq!(a.len(), 1, "{r:?}");
        assert_eq!(a[0], "planned|Damascus|-", "{r:?}");
    }
}

/// «وصل، اليوم الاثنين، وفد … رفيع المستوى إلى طهران»: a date and a long subject between the
/// arrival verb and «إلى» still make a visit, with its day (our own sentence, after the audit of
/// 2023 articles).
#[test]
fn an_arrival_with_a_date_and_a_long_subject_is_a_visit() {
    let r = placed_dates(&[
        "وصل، اليوم الاثنين، وفد سياسي واقتصادي سوري رفيع المستوى إلى طهران، لمتابعة تنفيذ الاتفاقات.",
    ]);
    assert_eq!(r[0], ["visit|Tehran|اليوم الاثنين|2025-03-10"]);
}

/// «أكد X في اتصال هاتفي مع Y»: the speaker is a side of the call; «عقب مباحثاته مع نظيره»:
/// talks with a pronoun are one party's particular talks (our own sentences, after the audit of
/// 2023 articles).
#[test]
fn a_speakers_call_and_his_own_talks_are_reported() {
    let r = reports(&[
        "أكد الرئيس الإيراني إبراهيم رئيسي في اتصال هاتفي مع الرئيس الروسي فلاديمير بوتين دعم طهران للقيادة الروسية.",
        "وأكد وزير الخارجية الروسي سيرغي لافروف ذلك عقب مباحثاته مع نظيره الصومالي في موسكو.",
    ]);
    assert_eq!(r[0].len(), 1, "{r:?}");
    assert!(r[0][0].starts_with("phone_call|"), "{r:?}");
    assert!(r[0][0].contains("Vladimir Putin:participant"), "{r:?}");
    assert_eq!(r[1].len(), 1, "{r:?}");
    assert!(r[1][0].starts_with("talks|"), "{r:?}");
    assert!(r[1][0].contains("Sergey Lavrov:participant"), "{r:?}");
}

/// «التقى X Y في تشرين الثاني 2022 على هامش قمة …»: the date before the occasion is the
/// meeting's; «دعا إلى استضافة محادثات» is a call for talks still to come (our own sentences,
/// after the audit of 2023 articles).
#[test]
fn the_date_before_an_occasion_and_a_call_for_talks() {
    let r = dated(&[
        "وكان الرئيس الأميركي جو بايدن التقى الرئيس الصيني شي جين بينغ في تشرين الثاني/نوفمبر 2022 على هامش قمة مجموعة العشرين في بالي.",
        "ودعا وزير الخارجية السويسري أمس إلى استضافة محادثات سلام بين روسيا وأوكرانيا في جنيف.",
    ]);
    assert!(r[0].iter().any(|x| x.ends_with("|2022-11-01")), "{r:?}");
    assert_eq!(r[1], ["planned|Geneva|-"], "{r:?}");
}

/// Found in an audit of fresh 2023 articles (our own sentences): the day of a proposal, of a
/// judgement, of an act done in response to a visit, and of the next stop after «ثم» are not the
/// meeting's date. Before, each gave its day to the meeting.
#[test]
fn dates_of_proposals_responses_and_next_stops_are_not_the_meetings() {
    let r = placed_dates(&[
        "وكان رئيس الوزراء الهندي قد اقترح، خلال اتصال هاتفي مع نظيره الياباني في 3 آذار/مارس، عقد اجتماع لقادة المجموعة في نيودلهي.",
        "وأجرت البحرية الصينية مناورات واسعة، السبت الماضي، رداً على زيارة رئيس البرلمان التايواني إلى واشنطن.",
        "وانتقدت صحيفة بريطانية، اليوم الأربعاء، مشاركة إسرائيل في القمة الثانية من أجل الديمقراطية في واشنطن.",
        "وتبدأ جولة المستشار الألماني في الأرجنتين، ثم يتوجه غداً الأحد إلى تشيلي.",
        // Kept: the meeting's own day; a month of a response to a visit is the visit's too.
        "والتقى وزير الخارجية الصيني نظيره الروسي في موسكو، السبت الماضي.",
        "وأجرت البحرية الصينية مناورات واسعة في آب/أغسطس 2022، رداً على زيارة رئيسة مجلس النواب الأميركي إلى تايبيه.",
    ]);
    for (k, a) in r.iter().enumerate().take(4) {
        let meeting = a
            .iter()
            .find(|x| {
                ["|New Delhi|", "|Washington|", "|Argentina|"]
                    .iter()
                    .any(|p| x.contains(p))
            })
            .unwrap_or_else(|| panic!("{k}: {r:?}"));
        assert!(meeting.ends_with("|-|-"), "{k}: {r:?}");
    }
    assert!(r[4].iter().any(|x| x.ends_with("|2025-03-08")), "{r:?}");
    assert!(r[5].iter().any(|x| x.ends_with("|2022-08-01")), "{r:?}");
    // A proposed meeting is not held; the call it was proposed in is.
    let s = reports(&[
        "وكان رئيس الوزراء الهندي قد اقترح، خلال اتصال هاتفي مع نظيره الياباني في 3 آذار/مارس، عقد اجتماع لقادة المجموعة في نيودلهي.",
    ]);
    assert!(
        s[0].iter()
            .any(|x| x.starts_with("meeting|unknown|New Delhi")),
        "{s:?}"
    );
}

/// More from the same audit (our own sentences): a relative clause of another noun, a claim after
/// «إنّ», an anniversary, and an act about the meeting («تقرير عن زيارة») hold their own dates;
/// the meeting's own relative clause across a comma still dates it.
#[test]
fn dates_of_other_clauses_anniversaries_and_acts_about_the_meeting_are_not_its() {
    let r = placed_dates(&[
        "وبحث الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي، الوضع في المنطقة، على ضوء خطاب بوتين الذي ألقاه الثلاثاء الماضي.",
        "وقال الوزير الأسترالي، أول وزير دفاع يزور فيجي، إنّ سفينة حربية ستكون هنا في أيار/مايو المقبل.",
        "واحتفلت الوكالة في 9 نيسان/أبريل 2021 بالذكرى الستين لزيارة الرائد إلى موسكو.",
        "وفي آذار/مارس الماضي قدّم المدير العام تقريره عن زيارة طهران.",
        // the pronoun glued to the noun before it in scraped text
        "وبحث الرئيس الروسي فلاديمير بوتين ونظيره التركي رجب طيب أردوغان، خلال اتصال هاتفي، الوضع في المنطقة، على ضوء خطاببوتينالذي ألقاه الثلاثاء الماضي.",
        // Kept: the meeting's own clause, after a comma, with a verb of holding or making it.
        "وشارك وزير الخارجية الروسي سيرغي لافروف في القمة في بروكسل، التي عقدت الشهر الماضي بحضور القادة.",
        "وأعلنت الرئاسة أنّ زيارة الدولة، التي كان سيقوم بها الملك تشارلز الثالث إلى باريس، في 26 آذار/مارس الجاري قد أرجئت.",
        "واستقبل الرئيس التركي رجب طيب أردوغان وزير الخارجية السوري أسعد الشيباني الذي وصل إلى أنقرة مساء اليوم الاثنين.",
        "وبعد لقائه نظيره اللبناني جوزاف عون في بيروت التي وصلها، اليوم الاثنين، قال الرئيس الفرنسي إيمانويل ماكرون إن الحرب يجب أن تتوقف.",
    ]);
    for (k, a) in r.iter().enumerate().take(5) {
        assert!(!a.is_empty(), "{k}: {r:?}");
        assert!(a.iter().all(|x| x.ends_with("|-|-")), "{k}: {r:?}");
    }
    assert!(r[5].iter().any(|x| x.ends_with("|2025-02-01")), "{r:?}");
    assert!(r[6].iter().any(|x| x.ends_with("|2025-03-26")), "{r:?}");
    // the guest's arrival in a relative clause is the reception's day
    assert!(r[7].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
    assert!(r[8].iter().any(|x| x.ends_with("|2025-03-10")), "{r:?}");
}

/// A relative date inside a quotation counts from the day the words were said: when the sentence
/// dates the statement to another day, the date is left unresolved with its text (our own
/// sentences, after a 2023 article where «العام المقبل» in a November statement became the year
/// after publication). Said today, it resolves.
#[test]
fn relative_dates_quoted_from_an_earlier_statement_stay_unresolved() {
    let r = placed_dates(&[
        "وذكّرت الصحيفة بتصريحات للوزير، في تشرين الثاني/نوفمبر الماضي، بأن الرئيس \"سيقوم بزيارة إلى باريس في شباط/فبراير من العام المقبل\".",
        "وقال الوزير، اليوم، إن الرئيس \"سيقوم بزيارة إلى باريس في شباط/فبراير من العام المقبل\".",
    ]);
    assert_eq!(r[0].len(), 1, "{r:?}");
    assert!(r[0][0].ends_with("|-"), "{r:?}");
    assert!(!r[0][0].ends_with("|-|-"), "the raw text is kept: {r:?}");
    assert_eq!(r[1].len(), 1, "{r:?}");
    assert!(r[1][0].ends_with("|2026-02-01"), "{r:?}");
}

/// A later report at the same venue with people and a date of its own is another meeting: it
/// does not lend its date to an earlier, undated report without people (our own sentences, after
/// a 2023 article where a minister's recent visit to Beijing took a president's visit of 2019).
/// One that refers back with a pronoun still joins.
#[test]
fn another_visit_to_the_same_city_lends_no_date() {
    let r = placed_dates(&[
        "وأجرى وزير خارجية بنما مؤخراً زيارة إلى بكين. وفي أثناء زيارة الرئيس التركي رجب طيب أردوغان إلى بكين في العام 2019 حصلت أنقرة على قروض.",
        "ووصل وزير خارجية بنما إلى بكين. والتقى وزير الخارجية الصيني وانغ يي خلال زيارته إلى بكين أمس.",
    ]);
    assert_eq!(r[0].len(), 2, "{r:?}");
    assert!(r[0][0].ends_with("|-|-"), "{r:?}");
    assert!(r[0][1].ends_with("|2019-01-01"), "{r:?}");
    assert_eq!(r[1].len(), 1, "{r:?}");
}

/// Found in a fresh-slice audit of 2023 articles (our own sentences): a deadline after «بحلول»,
/// the day of a description («وصفت …، اليوم، زيارة»), the month of an act done «في أعقاب» a
/// visit, and «العام الحالي» of an office («الأمين العام الحالي») each dated a meeting. A
/// two-day summit «في 14 و15 أيار» got its second day.
#[test]
fn deadlines_descriptions_and_aftermaths_do_not_date_a_meeting() {
    let r = placed_dates(&[
        "وفشل وزراء الطاقة في الاتفاق على خفض الانبعاثات بحلول عام 2030، خلال اجتماع مجموعة العشرين في نيودلهي.",
        "ووصفت المتحدثة باسم الخارجية الروسية، اليوم الإثنين، زيارة الرئيس الفرنسي إلى كييف بأنها استعراض.",
        "وأجرت البحرية الصينية في وقت سابق هذا الشهر مناورات في أعقاب زيارة رئيس البرلمان التايواني إلى واشنطن.",
        "وستحضر في اجتماعات القمة في فيلنيوس مسألة خليفة الأمين العام الحالي للحلف.",
        "وكانت القمة قد عقدت في باريس في 14 و15 شباط/فبراير الماضي.",
        // The day a visit ended, the day of an earlier understanding, the day of a description.
        "وكان رئيس الوزراء البلجيكي قد اختتم، أمس الأحد، زيارة رسمية استمرت أربعة أيام إلى فيتنام.",
        "وأوضحت طوكيو أن زيارة المبعوث الياباني ستُبنى على تفاهم رئيسي البلدين في أوساكا العام الماضي حول الحوار.",
        "وقبل يومين، وصف الرئيس الغاني ونظيره التوغولي محادثاتهما الأخيرة في لومي بأنها \"مثمرة\".",
        // «وصفت» without «و» before it, and a day of taking part in something else.
        "وصفت المتحدثة باسم الخارجية الروسية، اليوم الإثنين، زيارة الرئيس الفرنسي إلى كييف بأنها استعراض.",
        "وقال الرئيس الغاني إنه سعيد بزيارة نيجيريا والمشاركة غداً في احتفالات يوم الاستقلال.",
        // Kept: «العاشر من شهر آب المقبل» is a day.
        "ومن المنتظر أن تعقد القمة في أوسلو في العاشر من شهر آب/أغسطس المقبل.",
    ]);
    // Each of these was dated before; a report left with nothing to say is not written.
    for k in [5, 6, 7, 8, 9] {
        assert!(r[k].iter().all(|x| x.ends_with("|-|-")), "{k}: {r:?}");
    }
    for k in [5, 8, 9] {
        assert!(!r[k].is_empty(), "{k}: {r:?}");
    }
    assert!(r[10].iter().any(|x| x.ends_with("|2025-08-10")), "{r:?}");
    for (k, a) in r.iter().enumerate().take(4) {
        assert!(!a.is_empty(), "{k}: {r:?}");
        assert!(a.iter().all(|x| x.ends_with("|-|-")), "{k}: {r:?}");
    }
    assert!(r[4].iter().any(|x| x.ends_with("|2025-02-14")), "{r:?}");
}

/// «بزيارة لأوسلو بين الأول والثالث من نيسان»: the range of days is the visit's date, from its
/// first day, and not the sides of the meeting (before, «الأول والثالث من نيسان» was stored as
/// the participants' text and only the third day as the date).
#[test]
fn between_two_ordinal_days_is_a_date_not_the_sides() {
    let rows = per_sentence(&[
        "وسيقوم الوزير بزيارة لأوسلو بين الأول والثالث من نيسان/أبريل المقبل، يجري خلالها محادثات مع نظيره النرويجي.",
    ])
    .sql(
        "SELECT r.article_id, coalesce(r.participants_text, '-') || '|' || coalesce(r.date_start, '-') \
         || '|' || coalesce(r.date_end, '-') FROM event_reports r WHERE r.kind = 'visit'",
    );
    let r = by_article(rows, 1);
    assert_eq!(r[0], ["-|2025-04-01|2025-04-03"], "{r:?}");
}

/// «حركة الجهاد الإسلامي في فلسطين» is an organisation's name: its «في فلسطين» is not the venue
/// (found on a fresh slice of 2023 articles, our own sentences).
#[test]
fn a_place_inside_an_organisations_name_is_not_the_venue() {
    let r = dated(&[
        "وصل وفد من حركة الجهاد الإسلامي في فلسطين إلى بغداد أمس، والتقى رئيس الوزراء العراقي.",
        "استقبل الرئيس الإيراني الأمين العام لحركة الجهاد الإسلامي في فلسطين زياد النخالة في طهران.",
    ]);
    assert!(r[0].iter().any(|x| x.starts_with("held|Baghdad|")), "{r:?}");
    assert!(r[1].iter().any(|x| x.starts_with("held|Tehran|")), "{r:?}");
}

/// Places that are not where the meeting happens, found on fresh slices of 2023 articles and in
/// the kinds of the held-out set's wrong places (our own sentences): a relative clause that does
/// not hold the meeting, a statement made during it, a cause («اعتراضاً على»), a trade
/// («تصدير … إلى»), «إذ» opening another clause, a season taken for a place, and the subject of
/// a response after «هذه الزيارة». The city after «عاصمة <country>،» is the venue.
#[test]
fn places_of_other_clauses_causes_and_trades_are_not_venues() {
    let r = dated(&[
        "ويتزامن التصعيد مع المفاوضات البلغارية - التركية، والتي عدّتها الأحزاب تهديداً لنفوذها في تراقيا.",
        "وسبقت ذلك قمةٌ في البيت الأبيض يوم الاثنين بين الرئيس الأميركي وقادة دول الكاريبي، أعلن خلالها الرئيس اعتراف بلاده بجزر كوك.",
        "وشهد اجتماع الأمناء العامين للأحزاب، اليوم، مقاطعة حزبين اعتراضاً على استمرار الاعتقال السياسي في الضفة الغربية.",
        "وعلى طاولة الاجتماعات نفسها، ستحضر معضلة أخرى، إذ تتجه أنظار الأوروبيين هذه الأيام إلى واشنطن.",
        "والقمة المقبلة ستعقد في خريف عام 2026 في قازان.",
        "وتصاعد التوتر بعد زيارة وزير الدفاع الأسترالي إلى الفلبين. وردّاً على هذه الزيارة أطلقت الصين طائرات مسيّرة.",
        "كما بحث الرئيسان إمكانية تصدير الأرجنتين قمحاً إلى الجزائر خلال الصيف.",
        "وذلك خلال المباحثات المرتقبة في عاصمة جورجيا، تبليسي.",
    ]);
    let places: Vec<Vec<&str>> = r
        .iter()
        .map(|a| {
            a.iter()
                .map(|x| x.split('|').nth(1).unwrap_or(""))
                .collect()
        })
        .collect();
    // Thrace is a discovered place (no English name): no report may carry a place at all.
    assert!(places[0].iter().all(|p| *p == "-"), "{r:?}");
    for (k, bad) in [
        (1, "Cook Islands"),
        (2, "West Bank"),
        (3, "Washington"),
        (5, "China"),
        (6, "Algeria"),
    ] {
        assert!(!places[k].contains(&bad), "{k}: {r:?}");
    }
    assert!(
        places[4].iter().all(|p| *p == "-" || *p == "Kazan"),
        "{r:?}"
    );
    assert_eq!(places[7], ["Tbilisi"], "{r:?}");
}

/// A parenthetical relative clause ends at its comma: the venue after it stands («اللقاء بين
/// مسؤولي البلدين، اللذين قطعا علاقاتهما منذ 2016، على هامش … في المنامة»).
#[test]
fn a_venue_after_a_parenthetical_clause_stands() {
    let r = dated(&[
        "وجاء اللقاء بين وزيري خارجية البلدين، التي قطعت علاقاتها منذ 2016، على هامش انعقاد الجمعية البرلمانية في المنامة.",
    ]);
    assert!(r[0].iter().any(|x| x.contains("|Manama|")), "{r:?}");
}

/// Kept and refused after a second look at the fresh slices (our own sentences): a meeting «الذي
/// حصل» somewhere keeps its venue; «زار سابقاً السعودية» and
/// «زيارة جنوب لبنان» keep theirs; a summit inside a relative clause after the day of an
/// acknowledgement, a place after «بعد عام من», and the day of what the participants in a summit did
/// are not the meeting's.
#[test]
fn hosting_verbs_adverbs_and_counted_from_events() {
    let r = dated(&[
        "وخلال الاجتماع الذي حصل هذا الأسبوع في قاعدة عسكرية في هولندا، قال الخبير إنّ الطائرات سريعة.",
        "ووقع صفقات في الإمارات، فيما زار سابقاً السعودية وقطر.",
        "أقرّ الأمين العام للحلف، اليوم الإثنين، بانقسام الأعضاء بشأن العضوية التي ستكون على جدول أعمال قمة فيلنيوس.",
        "ويُعقد الاجتماع بعد عام تماماً من بدء العملية العسكرية في أوكرانيا.",
        "وأمس، اتفق المشاركون في القمة الأفريقية الأوروبية في أديس أبابا على خطة عمل.",
    ]);
    assert!(r[0].iter().any(|x| x.contains("|Netherlands|")), "{r:?}");
    assert!(r[1].iter().any(|x| x.contains("|Saudi Arabia|")), "{r:?}");
    assert!(r[2].iter().all(|x| x.ends_with("|-")), "{r:?}");
    assert!(r[3].iter().all(|x| !x.contains("|Ukraine|")), "{r:?}");
    // What the participants did yesterday is one day of the summit, not its first.
    assert!(
        !r[4].is_empty() && r[4].iter().all(|x| x.ends_with("|-")),
        "{r:?}"
    );
}

/// «وكان من المقرر في وقت سابق إجراء مباحثات خلال القمة»: the schedule further back outranks «في
/// وقت سابق» (a held-out error kind; our own sentence).
#[test]
fn earlier_in_time_says_nothing_of_the_status() {
    let r = reports(&[
        "أعلنت الرئاسة الإكوادورية أن قمة رابطة دول الأنديز ستعقد في كيتو، في الخامس من شهر أيلول/سبتمبر المقبل. وكان من المقرر في وقت سابق إجراء مباحثات خلال القمة بين غابرييل بوريك وفوميو كيشيدا.",
    ]);
    assert_eq!(r[0].len(), 2, "{r:?}");
    assert!(
        r[0].iter().all(|x| x.starts_with("summit|planned|")),
        "{r:?}"
    );
    // «في وقت سابق» with a statement made during the meeting still says it was held.
    let r = reports(&["وصرّح الرئيس الروسي فلاديمير بوتين، في وقت سابق اليوم خلال القمة الروسية الأفريقية في سانت بطرسبرغ، بأنّ بلاده ستساعد."]);
    assert!(r[0].iter().any(|x| x.starts_with("summit|held|")), "{r:?}");
}

/// Found on the last fresh slice of 2023 articles (our own sentences): a meeting only supposed
/// («بالرد إذا التقى») takes no date of the threat; a parenthesis opened before the date is
/// another clause; «إنّ» glued to the next word still ends the statement's reach; a dated
/// reception of other people at the same venue lends its day to no undated meeting.
#[test]
fn suppositions_parentheses_glued_anna_and_other_peoples_days() {
    let r = placed_dates(&[
        "هددت الصين، اليوم الأربعاء، بالرد إذا التقى رئيس مجلس النواب الأميركي بالرئيسة التايوانية في كاليفورنيا.",
        "الأولى، لقاء الرئيس الأميركي في البيت الأبيض مع قادة المعارضة الأفغانية (انتشر الخبر في عام 2017، حين كانت الحرب مستعرة) في واشنطن.",
        "وقال ولي العهد السعودي محمد بن سلمان، أمس الأربعاء، إنّالسعودية عملت من خلال القمة العربية في الرياض على إيجاد حراك مشترك.",
        "قال المتحدث باسم الخارجية المصرية، اليوم الاثنين، إنّ الرئيس السوري بشار الأسد التقى وزير الخارجية المصري سامح شكري في دمشق.\nواستقبل الرئيس السوري بشار الأسد، أمس، رؤساء الوفود البرلمانية العربية التي وصلت إلى سوريا.",
    ]);
    for (k, a) in r.iter().enumerate().take(3) {
        assert!(a.iter().all(|x| x.ends_with("|-")), "{k}: {r:?}");
    }
    // An airline's flight is no visit.
    let f = placed_dates(&["وذكرت وسائل إعلام أنّ رحلة لشركة طيران \"الأجنحة\" مرّت، للمرة الأولى، فوق السعودية في طريقها إلى عاصمة جنوب أفريقيا، جوهانسبرغ."]);
    assert!(f[0].is_empty(), "{f:?}");
    let damascus: Vec<&String> = r[3].iter().filter(|x| x.contains("|Damascus|")).collect();
    assert!(
        !damascus.is_empty() && damascus.iter().all(|x| x.ends_with("|-")),
        "{r:?}"
    );
}

/// A city in construct with a meeting noun is its venue only when nothing else says where: not
/// past an explicit venue, not a side of two, not a meeting talked about, and not after a host.
#[test]
fn a_construct_city_is_a_venue_only_as_a_fallback() {
    let r = dated(&[
        "وعقد اجتماع طهران وواشنطن غير المباشر في مسقط.",
        "واختتمت محادثات موسكو وكييف في إسطنبول دون نتائج.",
        "وعقد وزير الخارجية الأردني اجتماعاً مع نظيره السوري حول اجتماع عمّان الخماسي.",
        "وستعقد قمة فيلنيوس الشهر المقبل.",
    ]);
    assert!(r[0].iter().all(|x| x.contains("|Muscat|")), "{r:?}");
    assert!(r[1].iter().all(|x| x.contains("|Istanbul|")), "{r:?}");
    assert!(r[2].iter().all(|x| !x.contains("|Amman|")), "{r:?}");
    assert!(r[3].iter().any(|x| x.contains("|Vilnius|")), "{r:?}");
}

/// Found on unseen Saudi news of 2015 (sentences our own): a weekday in brackets is checked like
/// one without, and one that contradicts the publication day leaves every day counted from it
/// unresolved; a date in a relative clause that closes before the trigger, or of an act whose
/// topic the meeting is, is not the meeting's; in a sports report «يلتقي» is a match.
#[test]
fn a_doubtful_publication_day_another_acts_date_and_a_sports_match() {
    let r = dated(&[
        "واستقبل الرئيس الفرنسي اليوم (الثلاثاء) في باريس نظيره المصري.",
        "واستقبل الرئيس الفرنسي اليوم (الاثنين) في باريس نظيره المصري.",
        "والتقى وزير الخارجية المصري أمس (السبت) نظيره الأردني في القاهرة.\nواستقبل الرئيس الفرنسي اليوم في باريس نظيره المصري.",
        "وكان العضو السابق، الذي انضم إلى اللجنة عام 1999، قد حضر الاجتماع مع وزير الداخلية في عمّان.",
        "يصل وزير الخارجية الفرنسي الثلاثاء المقبل لبحث زيارة الرئيس ماكرون إلى الرياض.",
        "يلتقي الهلال مساء اليوم نظيره النصر في الرياض. وكان الهلال قد خسر في الشوط الثاني من لقاء الذهاب. ويتصدر الفريق ترتيب الدوري، وقال المدرب إنّ الفوز ممكن.",
    ]);
    assert_eq!(r[0], ["held|Paris|-"], "{r:?}");
    assert_eq!(r[1], ["held|Paris|2025-03-10"], "{r:?}");
    assert!(
        !r[2].is_empty() && r[2].iter().all(|x| x.ends_with("|-")),
        "{r:?}"
    );
    assert!(r[3].iter().all(|x| x.ends_with("|-")), "{r:?}");
    assert!(r[4].iter().all(|x| x.ends_with("|-")), "{r:?}");
    assert!(r[5].is_empty(), "{r:?}");
}

/// Names between a verb and the date of its clause do not push the date out of reach: a reception
/// after a long title and name gets its day; a date across a comma still has to be near.
#[test]
fn a_long_title_and_name_before_the_date() {
    let r = dated(&[
        "استقبل خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز آل سعود ملك المملكة العربية السعودية في قصر السلام بجدة أمس رئيس وزراء باكستان نواز شريف.",
        "استقبل صاحب السمو الملكي الأمير محمد بن نايف بن عبدالعزيز ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية في مكتبه بالرياض اليوم سفير اليابان.",
    ]);
    assert_eq!(r[0], ["held|Jeddah|2025-03-09"], "{r:?}");
    assert_eq!(r[1], ["held|Riyadh|2025-03-10"], "{r:?}");
}

/// Another act's date in the meeting's sentence (found on unseen SaudiNewsNet articles): the day
/// something else is moved to; a date past the comma after «بعد اجتماع»; the year of a first visit
/// listed beside a second one; the day a quotation was said. A team's match and a denied meeting
/// are no meetings; a president-elect and the Prisoners' Club are not sport.
#[test]
fn another_acts_date_a_listed_visit_a_match_and_a_denied_meeting() {
    let r = dated(&[
        "وأعلن رئيس الاتحاد سامي الخطيب بعد اجتماع الأمناء في الدوحة، تأجيل الدورة إلى السنة المقبلة.",
        "ووافق المجلس على تأجيل اجتماع الأمناء في الدوحة إلى السنة المقبلة.",
        "وقال الكاتب إنه لم ينس زيارته الأولى للمدينة سنة 1990 وزيارة الرئيس الفرنسي إيمانويل ماكرون له في منزله بالقاهرة.",
        "ويلتقي منتخبنا عصر اليوم مع نظيره البحريني في الرياض.",
        "ويلتقي منتخبها مع نظيره العماني في مسقط غدا.",
        "التقى الرئيس المنتخب جو بايدن أمس الرئيس الفرنسي إيمانويل ماكرون في باريس.",
        "واستقبل رئيس نادي الأسير قدورة فارس أمس في رام الله وفدا من الصليب الأحمر.",
        "وقال الوزير في تصريحات أمس: \"كيف يريد الرئيس الأميركي حل الأزمة ولا يجتمع بأطرافها\".",
    ]);
    assert_eq!(r[0], ["unknown|Doha|-"], "{r:?}");
    assert_eq!(r[1], ["planned|Doha|2026-01-01"], "{r:?}");
    assert_eq!(r[2], ["unknown|Cairo|-"], "{r:?}");
    assert!(r[3].is_empty() && r[4].is_empty(), "{r:?}");
    assert_eq!(r[5], ["held|Paris|2025-03-09"], "{r:?}");
    assert_eq!(r[6], ["held|Ramallah|2025-03-09"], "{r:?}");
    assert!(r[7].iter().all(|x| x.ends_with("|-")), "{r:?}");
}

/// «رئيس الحكومة في مالي», «المسؤول الأمني في مالي», «نائب الرئيس في مالي» name an office, not
/// where the meeting was: the title list was once written with «ئ» and «ؤ», which tokens in normal
/// form never carry, so these offices were taken for venues.
#[test]
fn an_office_scoped_by_a_country_with_hamza_in_its_title_is_no_venue() {
    let r = dated(&[
        "والتقى وزير الخارجية الروسي سيرغي لافروف أمس رئيس الحكومة في مالي.",
        "والتقى وزير الخارجية الروسي سيرغي لافروف أمس المسؤول الأمني في مالي.",
        "والتقى وزير الخارجية الروسي سيرغي لافروف أمس نائب الرئيس في مالي.",
    ]);
    for x in &r {
        assert_eq!(x, &["held|-|2025-03-09"], "{r:?}");
    }
}

/// More of the same kinds (unseen SaudiNewsNet sample 3, then the 2023 pool): the date of the act
/// «قبل أن» introduces, unless a comma closes that clause first; «في نفس اليوم» is the day just
/// told; a game of football and a book's title are no meetings; an act on the meeting («أطلقت
/// … على القمة اسم») has the date, a response to it («رداً على زيارة») keeps the month; a refused
/// meeting is not held.
#[test]
fn before_that_the_same_day_a_game_a_title_and_an_act_on_the_meeting() {
    let r = dated(&[
        "قبل أن تجتاح القوات الحدود في الخامس من أيار 1980، كانت القمة التي عقدت في بغداد قبل ذلك بشهرين قد حذرت من الحرب.",
        "كانت قضية النازحين محور اهتمام الوزير منذ أن تولى الملف الشائك، وآخرها كان أمس الأحد في اجتماع اللجنة الوزارية في بيروت برئاسة رئيس الحكومة نجيب ميقاتي.",
        "أعلن في الدوحة أمس عن لقاء ضم وزير الخارجية الروسي سيرغي لافروف مع خالد مشعل. كما التقى لافروف في نفس اليوم أحمد معاذ الخطيب في الدوحة.",
        "يخوض فريق الوحدة لكرة القدم مساء اليوم الاثنين لقاء وديا أمام حرس الحدود في القاهرة.",
        "وصدرت لها رواية \"الرحلة: أيام في أمريكا\" (1983)، ثم \"حجر دافئ\" (1985).",
        "وأطلقت الحكومة في أيلول الماضي على القمة التي انعقدت في الجزائر اسم قمة الوحدة.",
        "وأجرت الصين مناورات في آب 2022، رداً على زيارة رئيسة مجلس النواب الأميركي نانسي بيلوسي إلى تايبيه.",
        "وكانت بكين قد رفضت عقد لقاء بين وزير الدفاع الأميركي لويد أوستن ونظيره الصيني في سنغافورة.",
        "يجتمع الرئيس العام لرعاية الشباب الأمير عبدالله بن مساعد ظهر اليوم برئيس الاتحاد السعودي لكرة القدم وأعضاء الاتحاد في الرياض.",
    ]);
    assert_eq!(r[0], ["held|Baghdad|-"], "{r:?}");
    assert_eq!(r[1], ["held|Beirut|2025-03-09"], "{r:?}");
    assert!(
        r[2].iter().all(|x| x.ends_with("|-")) && r[2].iter().any(|x| x.contains("|Doha|")),
        "{r:?}"
    );
    assert!(r[3].is_empty() && r[4].is_empty(), "{r:?}");
    assert_eq!(r[5], ["held|Algeria|-"], "{r:?}");
    assert_eq!(r[6], ["unknown|Taipei|2022-08-01"], "{r:?}");
    assert_eq!(r[7], ["unknown|Singapore|-"], "{r:?}");
    // The football federation's officials hold real meetings.
    assert_eq!(r[8], ["unknown|Riyadh|2025-03-10"], "{r:?}");
}

/// The meeting another act is to discuss («ليبحث الزيارة المرتقبة») is not dated by that act; a
/// friendly match in an article that sport words mark («بهدفين», «اللاعب», «التشكيلة») is no
/// meeting, whoever the tagger finds in it.
#[test]
fn a_visit_to_be_discussed_and_a_friendly_match() {
    let r = dated(&[
        "وسيصل وزير الخارجية السعودي عادل الجبير إلى موسكو منتصف الشهر الحالي ليبحث الزيارة المرتقبة للملك سلمان بن عبد العزيز إلى روسيا أواخر العام.",
        "كسب فريق الهلال ودية العين بهدفين مقابل هدف في اللقاء الذي جمعهما أمس في النمسا. وغاب اللاعب البرازيلي ماركوس سيلفا عن التشكيلة.",
    ]);
    assert_eq!(r[0], ["planned|Russia|-"], "{r:?}");
    assert!(r[1].is_empty(), "{r:?}");
}

/// From SaudiNewsNet sample 4 (our own sentences): a definite mention of talks five sentences later
/// («وتستأنف اليوم … المحادثات») is another day's event and lends the meeting no date; a joint
/// statement issued today «بمناسبة زيارة» does not date the visit; the arrival of a body is no visit;
/// a numeric Hijri date is converted («يوم الخميس 14/10/1436هـ» is 30 July 2015).
#[test]
fn a_far_definite_mention_an_occasion_a_body_and_a_hijri_date() {
    let r = dated(&[
        "والتقى وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره العماني بدر البوسعيدي في مسقط. وبحث الجانبان العلاقات الثنائية. وأكد الوزير أن بلاده تدعم الحوار. وأشار إلى أن المنطقة تمر بظروف صعبة. وقال إن التعاون الاقتصادي يتوسع. وتستأنف اليوم في مسقط المحادثات بين الجانبين.",
        "صدر اليوم بيان مشترك بمناسبة زيارة ولي العهد الأمير محمد بن سلمان إلى الأردن. وجاء في البيان أن الجانبين اتفقا على التعاون.",
        "يصل جثمان الفقيد الوزير سامي الحلبي إلى الرياض فجر اليوم.",
        "وكانت القمة التي عقدت في الرياض يوم الخميس 14/10/1436هـ قد بحثت الأزمة.",
    ]);
    assert_eq!(r[0], ["held|Muscat|-"], "{r:?}");
    assert_eq!(r[1], ["unknown|Jordan|-"], "{r:?}");
    assert!(r[2].is_empty(), "{r:?}");
    assert_eq!(r[3], ["held|Riyadh|2015-07-30"], "{r:?}");
}

/// A relative pronoun agrees with its noun: «اجتماع … في دورته الثالثة، والتي تبدأ في …» dates
/// the term, not the (masculine) meeting; «الاجتماع الذي عقد … يوم الخميس 14/10/1436هـ» is the
/// meeting's day.
#[test]
fn a_relative_clause_dates_the_noun_it_agrees_with() {
    let r = dated(&[
        "وبحث اجتماع مجلس الإدارة في دورته الثالثة، والتي تبدأ في 16/10/1436هـ، خطة الشركة بحضور الوزير سامي الحلبي في الرياض.",
        "وبحث الاجتماع الذي عقد في الرياض يوم الخميس 14/10/1436هـ خطة الشركة بحضور الوزير سامي الحلبي.",
    ]);
    assert_eq!(r[0], ["unknown|Riyadh|-"], "{r:?}");
    assert_eq!(r[1], ["held|Riyadh|2015-07-30"], "{r:?}");
}

/// «عام 2015 هو عام زيارة الفلبين» names a tourism campaign; «هذه المحادثات، التي ستبدأ اليوم»
/// sentences after a meeting in another city is a meeting still to come, which lends no date.
#[test]
fn a_campaigns_name_and_a_clause_of_talks_to_come() {
    let r = dated(&[
        "عام 2015 هو عام زيارة الفلبين بحسب وزارة السياحة.",
        "وتعهد القائد سامي الحلبي خلال اجتماع موسع عقده مع أمراء المحاور في مدينة بنغازي بعدم السماح بالتظاهر. وقالت المصادر إن الرجل تعرض للخطف. وأضافت أن الخاطفين طلبوا أموالا. وأشارت إلى أن المدينة هادئة. وعقد البرلمان جلسة تشاورية لتحديد موقفه من استمرار مشاركته في هذه المحادثات، التي ستبدأ اليوم وتستمر حتى الأربعاء المقبل.",
    ]);
    assert!(r[0].is_empty(), "{r:?}");
    assert_eq!(r[1], ["held|Benghazi|-"], "{r:?}");
}

/// From SaudiNewsNet sample 5 (our own sentences): a judgement of a visit's results dates the
/// judgement, even from the next sentence; an artists' evening is no meeting, and «السبت» in a
/// name is no Saturday; a month glued to a place («تايوانفي نيسان») is still the visit's.
#[test]
fn a_judgement_of_results_an_artists_evening_and_a_glued_place() {
    let r = dated(&[
        "وفي سياق متصل، رحبت جامعة الدول العربية بإعلان القاهرة الذي صدر في ختام زيارة الأمير محمد بن سلمان إلى مصر. وعدَّ الأمين العام للجامعة العربية د. نبيل العربي في بيان أمس الجمعة نتائج الزيارة خطوة كبيرة في سبيل المزيد من التطوير.",
        "وكانت ليلة الافتتاح بمثابة لقاء فني حضره فنانون كأحمد السبت وخالد الحلبي في الرياض.",
        "ومؤخراً، تعهّد رئيس البلاد، أليخاندرو جياماتي، الدعم المطلق لتايوان. كما زار أليخاندرو جياماتي تايوانفي نيسان/أبريل الماضي.",
    ]);
    assert_eq!(r[0], ["held|Egypt|-"], "{r:?}");
    assert!(r[1].is_empty(), "{r:?}");
    assert_eq!(r[2], ["held|-|2024-04-01"], "{r:?}");
}

/// Found by a break-it round on this session's rules (our own sentences): another act's clause
/// opened by «وقد», «وكنا قد» holds its own date; «منتخبة» and «المنتخب» after a nisba are
/// «elected»; «يخوض … لقاءً» with officials is a meeting; a verb's own people in a sports report
/// meet; «ناقش اجتماع» is the meeting's day; «محمد علي بزيارة» is a name; «حرص … على لقاء» is the
/// meeting itself; «رفض خلال لقائه» refuses something else; a president named by his country's
/// nisba meets in that country.
#[test]
fn break_it_round_regressions() {
    let r = dated(&[
        "وقال الوزير أمس: \"التقيت الرئيس في دمشق، وكنا قد اتفقنا في 2 شباط على التهدئة\".",
        "استقبل الرئيس العراقي وزير الخارجية الأمريكي في بغداد، وقد وصلت القوات في 3 آذار.",
        "التقى رئيس الوزراء الفرنسي أمس في باريس رئيس حكومة منتخبة حديثاً في مالي.",
        "يخوض الوزير مع نظيره الإيراني لقاءً صعباً في مسقط غداً.",
        "استقبل سامر الخطيب أمس في مكتبه بعمّان مراد أوزكان لبحث استعدادات المونديال. وتناول اللقاء تطوير الدوري والملعب الجديد ومشاركة اللاعبين.",
        "وأمس ناقش اجتماع وزراء الخارجية العرب في القاهرة الأزمة السودانية.",
        "وفي 5 آذار الجاري قام رئيس الوزراء محمد علي بزيارة إلى القاهرة.",
        "وحرص الرئيس أمس على لقاء الجالية في باريس.",
        "رفض الملك خلال لقائه الرئيس الأمريكي أمس في عمّان أي تهجير للفلسطينيين.",
        "التقى الرئيس التونسي بالرئيس الجزائري في الجزائر أمس.",
        "التقى الرئيس الأمريكي المنتخب دونالد ترامب أمس الرئيس الفرنسي إيمانويل ماكرون في باريس.",
    ]);
    assert_eq!(r[0], ["held|Damascus|-"], "{r:?}");
    assert_eq!(r[1], ["held|Baghdad|-"], "{r:?}");
    assert_eq!(r[2], ["held|Paris|2025-03-09"], "{r:?}");
    assert_eq!(r[3], ["planned|Muscat|2025-03-11"], "{r:?}");
    assert_eq!(r[4], ["held|Amman|2025-03-09"], "{r:?}");
    assert_eq!(r[5], ["held|Cairo|2025-03-09"], "{r:?}");
    assert_eq!(r[6], ["unknown|Cairo|2025-03-05"], "{r:?}");
    assert_eq!(r[7], ["held|Paris|2025-03-09"], "{r:?}");
    assert_eq!(r[8], ["held|Amman|2025-03-09"], "{r:?}");
    assert_eq!(r[9], ["held|Algeria|2025-03-09"], "{r:?}");
    assert_eq!(r[10], ["held|Paris|2025-03-09"], "{r:?}");
}
