//! Gazetteer mentions on sentences written for these tests (issue #18, items 3 and 4): every
//! common-word and containment trap the issue lists yields no wrong entity, homographs are told
//! apart by vowel marks or a type word, and nationality adjectives are mentions of their country
//! with the form `adjective` — but not when the word is a family or given name.

use marsad::db::{self, Mode};
use marsad::extract::{self, ArticleView, Gazetteer};
use marsad::vocab::MentionForm;

fn gazetteer() -> (tempfile::TempDir, Gazetteer) {
    let dir = tempfile::tempdir().unwrap();
    let conn = db::open(&dir.path().join("a.db"), Mode::Write).unwrap();
    let g = marsad::archive::gazetteer::load(&conn).unwrap();
    (dir, g)
}

/// (entity key, form, surface) of each mention of `body`, in order.
fn mentions(g: &Gazetteer, body: &str) -> Vec<(String, MentionForm, String)> {
    let x = extract::extract_article(
        g,
        &ArticleView {
            title: "",
            body,
            published: None,
            outlet: None,
            annotations: None,
        },
    );
    x.mentions
        .iter()
        .map(|m| {
            (
                // A discovered name (no gazetteer entry) as its archive key.
                match x.discovered_of(m.entity) {
                    Some(d) => d.key(),
                    None => g.entity(m.entity).key.clone().unwrap_or_default(),
                },
                m.form,
                m.surface.clone(),
            )
        })
        .collect()
}

fn keys(g: &Gazetteer, body: &str) -> Vec<String> {
    mentions(g, body).into_iter().map(|m| m.0).collect()
}

use MentionForm::{Adjective as A, Name as N};

/// An expected mention: entity key, form, surface.
type Expected = (&'static str, MentionForm, &'static str);

/// Every trap of issue #18 (common words, names inside longer names, homographs, the brief's
/// additions): the sentence must not yield the wrong entity.
#[test]
fn no_trap_of_the_issue_yields_the_wrong_entity() {
    let (_d, g) = gazetteer();
    let traps: &[(&str, &str)] = &[
        ("سنعود غدا أو بعد غد إلى الموضوع.", "palau"),
        ("قال فيصل بن فرحان إن الحوار مستمر.", "benin"),
        ("تضررت البنية التحتية في المدينة.", "benin"),
        ("قدمت الحكومة مساعدات للبنان الأسبوع الماضي.", "benin"),
        ("استقبل الرئيس عبد اللهيان في مكتبه.", "mazloum-abdi"),
        ("هنأ الرئيس عبد المجيد تبون الفائزين.", "mazloum-abdi"),
        ("تأجل الموعد إلى منتصف آب المقبل.", "apia"),
        ("فتح الوزير باب النقاش أمام الجميع.", "apia"),
        ("وبالتالي لم يتغير شيء في الموقف.", "tallinn"),
        ("عرضت وزارة المالية أرقام العجز.", "male"),
        ("والمالية العامة تعاني عجزاً كبيراً.", "male"),
        ("وأكد الوزير دوماً أنّ الحوار مستمر.", "douma"),
        ("أعلنت كتائب شهداء الأقصى مسؤوليتها.", "taipei"),
        ("سوف تجتمع اللجنة في الصباح.", "suva"),
        (
            "تراجعت أعداد الهجرة غير النظامية هذا العام.",
            "hikmat-al-hijri",
        ),
        ("دعا البيان إلى احترام الشرعية الدولية.", "ahmed-al-sharaa"),
        ("نال المخرج جائزة الأسد الذهبي عن فيلمه.", "bashar-al-assad"),
        (
            "سقطت صواريخ قرب قاعدة عين الأسد غرب العراق.",
            "bashar-al-assad",
        ),
        ("تقدمت فرقة مدرعة نحو الحدود.", "raqqa"),
        (
            "قال قائد في قوات سوريا الديمقراطية إن الهدنة صامدة.",
            "syria",
        ),
        ("ذكرت قناة القاهرة الإخبارية أن الجلسة انتهت.", "cairo"),
        ("تجمع المعتصمون عند دوار الكويت وسط عمّان.", "kuwait"),
        ("دفن الشاعر في مسقط رأسه بعد وفاته.", "muscat"),
        ("أقر مجلس الدوما قانونا جديدا للضرائب.", "douma"),
        ("نال حزب حماة الوطن مقاعد جديدة.", "hama"),
        ("تبنت كتائب حزب الله الهجوم على القاعدة.", "hezbollah"),
        ("أظهر الفحص أن الجنين في صحة جيدة.", "jenin"),
        // Behind a preposition too, where the tagger (not the gazetteer scan) finds the word.
        (
            "قال الطبيب إن صحة الجنين جيدة، واهتمت الأم بالجنين.",
            "jenin",
        ),
        ("قال الطبيب إن للجنين حقوقاً.", "jenin"),
        ("يتحدث الوزير في عمّان عن الاستثمار.", "oman"),
        ("يقيم السفير في عمّان منذ عامين.", "oman"),
        ("سافر الوفد إلى عُمان للقاء المسؤولين.", "amman"),
        ("تحدث المسؤول باللغة الفرنسية أمام الصحافيين.", "france"),
        ("عبرت السفينة المحيط الهندي في أسبوعين.", "india"),
        ("قال محمد المصري إن المشروع تأخر.", "egypt"),
        ("وقال الأمير تركي الفيصل إن المرحلة صعبة.", "turkiye"),
        ("قال عبد الله المصري إن الاتفاق وشيك.", "egypt"),
        ("ناقش مجلس الأمن القومي خطة الحرب.", "un-security-council"),
        (
            "قال مجلس الأمن الأرميني في بيان إن الحدود آمنة.",
            "un-security-council",
        ),
        ("رحبت بعثة الأمم المتحدة بالاتفاق.", "un"),
        (
            "رفع المحتجون شعارات ضد اليمين المتطرف ولليمين حضور قوي.",
            "lima",
        ),
        ("أبدى المدرب الحماس الكبير قبل المباراة.", "hamas"),
        // A name's search form is a stem, which folds ordinary words into it: the word itself
        // must be the name's.
        ("ركبت البلدية كاميرات المراقبة في الشوارع.", "cameroon"),
        ("صادرت الشرطة الكاميرا ووكاميرا أخرى.", "cameroon"),
        ("دعمت الدول الحركة مالياً وسياسياً.", "mali"),
        ("أشاد البيان بحركات المقاومة الإسلامية في المنطقة.", "hamas"),
        ("صعد المتنزهون إلى قمة جبل الشيخ.", "jableh"),
        ("قال المدرب فيكتور إن الفريق جاهز.", "victoria"),
        ("تقع الجنينة خلف البيت.", "jenin"),
        ("فاز الفريق في مسابقة رياضية محلية.", "riyadh"),
        // A one-word name always written with ال: without it, a given name.
        ("وقال خليل الدقران إن المستشفى ممتلئ.", "hebron"),
        ("وصرح رياض منصور بأن الجلسة أرجئت.", "riyadh"),
        // A place that ends a person's name is part of the name.
        (
            "وقال المبعوث الأميركي روبرت مالي إن المحادثات مستمرة.",
            "mali",
        ),
        // A country's name with a region's adjective names another region.
        ("تعاني دول أميركا اللاتينية من تراجع النمو.", "united-states"),
        ("وصل المبعوث إلى أمريكا الجنوبية في جولة.", "united-states"),
        ("حكم الحزب ألمانيا الشرقية عقودا.", "germany"),
        ("انفصل السودان الجنوبي عام 2011.", "sudan"),
        // English capitalises a longer name's every word.
        ("Paris Hilton arrived at the party.", "paris"),
        ("The politician Jordan Bardella met voters.", "jordan"),
        ("Leaders of Latin America met in Lima.", "united-states"),
        ("Delegates praised the Paris Agreement again.", "paris"),
    ];
    let failed: Vec<String> = traps
        .iter()
        .filter_map(|(text, wrong)| {
            let k = keys(&g, text);
            k.iter()
                .any(|x| x == wrong)
                .then(|| format!("{text} → {wrong} ({k:?})"))
        })
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

/// The right reading is still found where the evidence is there.
#[test]
fn names_and_homographs_with_evidence() {
    let (_d, g) = gazetteer();
    let has = |text: &str, key: &str| {
        let k = keys(&g, text);
        assert!(k.iter().any(|x| x == key), "{text}: {k:?}");
    };
    // A one-word name written as the gazetteer writes it, long and no ordinary word, needs no
    // tagger's support, even at the start of a headline.
    has("الكرملين يقول إنّ الحوار مستمر.", "kremlin");
    has("يريفان تتهم باكو بخرق الهدنة.", "yerevan");
    // Vowel marks: the shadda of «عمّان», the damma of «عُمان».
    has("يتحدث الوزير في عمّان عن الاستثمار.", "amman");
    has("سافر الوفد إلى عُمان للقاء المسؤولين.", "oman");
    // No marks: a type word decides, else nothing is guessed.
    has("زار الوزير سلطنة عمان أمس.", "oman");
    let m = mentions(&g, "وصل الوفد إلى العاصمة الأردنية عمان مساء.");
    assert_eq!(
        m.iter().filter(|m| m.0 == "amman").count(),
        2,
        "the descriptor and the name: {m:?}"
    );
    has("نقل المصاب إلى مدينة عمان للعلاج.", "amman");
    let k = keys(&g, "وصل الوزير إلى عمان أمس.");
    assert!(!k.iter().any(|x| x == "amman" || x == "oman"), "{k:?}");
    // The places themselves, outside the longer names.
    has("وصل الوفد إلى الكويت أمس.", "kuwait");
    has("قصفت الطائرات مدينة حماة فجرا.", "hama");
    has("اقتحمت القوات مدينة جنين فجرا.", "jenin");
    has("اقتحمت القوات مدينة الخليل فجرا.", "hebron");
    has("وصل الوفد إلى الرياض، ثم بالخليل.", "hebron");
    // A country is written without ال in construct: only cities always take it.
    has("تحدث الكاتب عن مصير عراق صدام بعد الحرب.", "iraq");
    has("عاد السلطان إلى مسقط أمس.", "muscat");
    has("اقتحمت القوات مدينة دوما في ريف دمشق.", "douma");
    has("زار الوزير القاهرة أمس.", "cairo");
    // A region's adjective after a city names a part of it; a name with the adjective in the
    // gazetteer is that name.
    has("اقتحمت القوات أحياء القدس الشرقية.", "jerusalem");
    has("أطلقت كوريا الشمالية صاروخا.", "north-korea");
    has("Macron arrived in Paris Tuesday for talks.", "paris");
    has("Blinken Visits Cairo For Talks", "cairo");
    has("Talks were held in East Jerusalem.", "jerusalem");
    has("أعلنت حماس موافقتها على الهدنة.", "hamas");
    has("عقد مجلس الأمن جلسة طارئة.", "un-security-council");
    // A mission for the UN is not a body of the UN's own name.
    has("طالب الوزير بإرسال بعثة للأمم المتحدة إلى المنطقة.", "un");
    // «نظام الأسد»: the president's regime, never another entity.
    let k = keys(&g, "قال معارضون إن نظام الأسد سقط.");
    assert!(k.iter().all(|x| x == "bashar-al-assad"), "{k:?}");
    // The name behind its clitics, with or without the article.
    has("أرسلت فرنسا مساعدات للكاميرون أمس.", "cameroon");
    has("قدمت الحكومة دعماً لألمانيا في الملف.", "germany");
    has("عاد الوزير من البيرو أمس.", "peru");
    has("التقى الوزير نظيره وبالقاهرة عقد مؤتمراً.", "cairo");
    // Glued to «أنّ» in scraped text.
    has(
        "ذكرت الصحيفة أن وزير الخارجية الإسرائيليةأنّ الوفد وصل.",
        "israel",
    );
    // «ابن سلمان», the press's short name for the crown prince, after his full name.
    let m = mentions(
        &g,
        "استقبل ولي العهد السعودي محمد بن سلمان الوزير. وقال ابن سلمان إن المحادثات مثمرة.",
    );
    assert!(
        m.iter()
            .any(|m| m.0 == "mohammed-bin-salman" && m.2 == "ابن سلمان"),
        "{m:?}"
    );
}

/// Nationality adjectives of every inflection, with and without ال and clitics, are mentions of
/// their country with the form `adjective`.
#[test]
fn nationality_adjectives_are_mentions_of_their_country() {
    let (_d, g) = gazetteer();
    let cases: &[(&str, &[Expected])] = &[
        (
            "أكد الرئيس السوري أن الحكومة السورية ترحب بعودة السوريين.",
            &[
                ("syria", A, "السوري"),
                ("syria", A, "السورية"),
                ("syria", A, "السوريين"),
            ],
        ),
        (
            "التقى مسؤولان سوريان وفدا إيرانيا، وقال السوريون إن الأسعار ارتفعت.",
            &[
                ("syria", A, "سوريان"),
                ("iran", A, "إيرانيا"),
                ("syria", A, "السوريون"),
            ],
        ),
        (
            "أكد الأمريكيون والأميركيون دعمهم للمبادرة الإيرانية.",
            &[
                ("united-states", A, "الأمريكيون"),
                ("united-states", A, "والأميركيون"),
                ("iran", A, "الإيرانية"),
            ],
        ),
        (
            "التقى الوزير التركي نظيره الروسي، والتقى المصري نظيره.",
            &[("turkiye", A, "التركي"), ("russia", A, "الروسي")],
        ),
        (
            "وصل وفد تركي إلى بغداد والتقى مسؤولين روسا وأتراكا.",
            &[
                ("turkiye", A, "تركي"),
                ("baghdad", N, "بغداد"),
                ("russia", A, "روسا"),
                ("turkiye", A, "وأتراكا"),
            ],
        ),
        (
            "قال وزير الخارجية السوري إن اللقاء مثمر.",
            &[("syria", A, "السوري")],
        ),
        (
            "أعلنت الخارجية السورية موقفها.",
            &[("syrian-mfa", N, "الخارجية السورية")],
        ),
        (
            "حذر الكوريون الجنوبيون من التصعيد، ورد المسؤول الكوري الشمالي.",
            &[
                ("south-korea", A, "الكوريون الجنوبيون"),
                ("north-korea", A, "الكوري الشمالي"),
            ],
        ),
        (
            "هناك رغبة سورية في الحوار، وزار الوزير سورية أمس.",
            &[("syria", A, "سورية"), ("syria", N, "سورية")],
        ),
        // A country's name that is also an adjective's accusative form («سوريا», «كينيا») is
        // the name after a noun in construct, the adjective only after an accusative noun.
        (
            "التقى رئيس إستونيا نظيره رئيس سوريا، واستقبل وفدا سوريا.",
            &[
                ("estonia", N, "إستونيا"),
                ("syria", N, "سوريا"),
                ("syria", A, "سوريا"),
            ],
        ),
        (
            "أعلنت الحكومة السعودية أن السعودية ستستضيف القمة.",
            &[
                ("saudi-arabia", A, "السعودية"),
                ("saudi-arabia", N, "السعودية"),
            ],
        ),
        (
            "أيدت الحكومة المصرية والمواطنون المصريون والمصريات القرار للمصريين.",
            &[
                ("egypt", A, "المصرية"),
                ("egypt", A, "المصريون"),
                ("egypt", A, "والمصريات"),
                ("egypt", A, "للمصريين"),
            ],
        ),
    ];
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = mentions(&g, text);
        let want: Vec<(String, MentionForm, String)> = want
            .iter()
            .map(|(k, f, s)| (k.to_string(), *f, s.to_string()))
            .collect();
        if got != want {
            failed.push(format!("{text}\n  got  {got:?}\n  want {want:?}"));
        }
    }
    assert!(failed.is_empty(), "{}", failed.join("\n"));
}

/// A word shaped like a nationality adjective that is a family name, a given name, a language or
/// part of an ocean's name is no mention at all (not even of what its stem matched).
#[test]
fn adjective_shaped_names_are_not_linked() {
    let (_d, g) = gazetteer();
    for text in [
        "قال محمد المصري إن المشروع تأخر.",
        "قال عبد الله التركي إن الاتفاق وشيك.",
        "وقال الأمير تركي الفيصل إن المرحلة صعبة.",
        "تحدث المسؤول باللغة الفرنسية.",
        "عبرت السفينة المحيط الهندي.",
        "قال المصري إن الاتفاق وشيك.",
    ] {
        // A name the tagger discovers («محمد المصري», «المحيط الهندي») is right; no gazetteer entity is.
        let m = mentions(&g, text);
        assert!(
            m.iter().all(|x| x.0.starts_with("discovered:")),
            "{text}: {m:?}"
        );
    }
    // Part of a person's full name.
    let m = mentions(
        &g,
        "حذر رئيس الوزراء العراقي محمد شياع السوداني من التصعيد.",
    );
    assert!(!m.iter().any(|x| x.0 == "sudan"), "{m:?}");
    assert!(m.iter().any(|x| x.0 == "iraq" && x.1 == A), "{m:?}");
}

/// The table covers every country of the gazetteer: a row per country, and a country without an
/// adjective says why.
#[test]
fn adjective_table_covers_every_country() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/gazetteer");
    let keys = |file: &str| -> Vec<String> {
        csv::Reader::from_path(root.join(file))
            .unwrap()
            .records()
            .map(|r| r.unwrap()[0].to_string())
            .collect()
    };
    assert_eq!(keys("adjectives.csv"), keys("countries.csv"));
    let mut rdr = csv::Reader::from_path(root.join("adjectives.csv")).unwrap();
    for r in rdr.records() {
        let r = r.unwrap();
        assert!(
            !r[1].is_empty() || !r[4].is_empty(),
            "{} says nothing",
            &r[0]
        );
    }
    // Every phrase that is not a mention names an entity of the gazetteer it shields.
    let all: Vec<String> = [
        "countries.csv",
        "capitals.csv",
        "people.csv",
        "orgs.csv",
        "outlets.csv",
    ]
    .iter()
    .flat_map(|f| keys(f))
    .collect();
    let mut rdr = csv::Reader::from_path(root.join("not_mentions.csv")).unwrap();
    for r in rdr.records() {
        let r = r.unwrap();
        assert!(all.contains(&r[1].to_string()), "unknown key {}", &r[1]);
    }
}

/// A nationality adjective right after a visit is the visitor's country, never the venue.
#[test]
fn an_adjective_is_never_a_meeting_venue() {
    let (_d, g) = gazetteer();
    for (text, wrong) in [
        (
            "زار الرئيس المصري عبد الفتاح السيسي المملكة العربية السعودية الشهر الماضي.",
            "egypt",
        ),
        (
            "بدأ الوزير زيارة رسمية بالتزامن مع زيارة وفد سعودي رام الله.",
            "saudi-arabia",
        ),
    ] {
        let x = extract::extract_article(
            &g,
            &ArticleView {
                title: "",
                body: text,
                published: None,
                outlet: None,
                annotations: None,
            },
        );
        let places: Vec<Option<String>> = x
            .events
            .iter()
            .map(|e| e.place.and_then(|p| g.entity(p).key.clone()))
            .collect();
        assert!(
            !places.iter().any(|p| p.as_deref() == Some(wrong)),
            "{text}: {places:?}"
        );
    }
}
