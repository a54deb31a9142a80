//! Common-word traps of the gazetteer (issue #18, item 3), on sentences written for this test: a
//! short or ordinary-word alias is kept only inside a tagged span of its kind or after a type cue.

use marsad::db::{self, Mode};
use marsad::extract::{self, ArticleView, Gazetteer};

fn keys(g: &Gazetteer, body: &str) -> Vec<String> {
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
        .filter(|m| x.discovered_of(m.entity).is_none())
        .filter_map(|m| g.entity(m.entity).key.clone())
        .collect()
}

fn gazetteer() -> (tempfile::TempDir, Gazetteer) {
    let dir = tempfile::tempdir().unwrap();
    let conn = db::open(&dir.path().join("a.db"), Mode::Write).unwrap();
    let g = marsad::archive::gazetteer::load(&conn).unwrap();
    (dir, g)
}

#[test]
fn ordinary_words_do_not_become_entities() {
    let (_d, g) = gazetteer();
    let traps = [
        ("سيعقد الاجتماع في الأسبوع المقبل أو بعده بقليل.", "palau"),
        ("ووصل الوفد في منتصف شهر آب الماضي إلى العاصمة.", "apia"),
        ("وبالتالي فإن القرار لم يتخذ بعد.", "tallinn"),
        ("وقال وزير المالية إن العجز تراجع هذا العام.", "male"),
        ("وكان محمد بن سلمان قد استقبل الوفد في قصره.", "benin"),
        (
            "التقى وزير الخارجية الإيراني حسين أمير عبد اللهيان نظيره العماني.",
            "mazloum-abdi",
        ),
        ("وقال إن الحكومة سوف تعلن قرارها غدا.", "suva"),
        ("وانتشرت فرقة من الجيش على الطريق الدولي.", "raqqa"),
        (
            "وناقش المؤتمر ملف الهجرة غير النظامية إلى أوروبا.",
            "hikmat-al-hijri",
        ),
        ("وأعلنت كتائب المقاومة مسؤوليتها عن الهجوم.", "taipei"),
        ("ووقف المحتجون عند باب الوزارة طوال النهار.", "apia"),
        ("وتحتاج البنية التحتية إلى استثمارات كبيرة.", "benin"),
        ("ووصل المبعوث الأميركي للبنان أمس.", "benin"),
        (
            "ودعا البيان إلى احترام الشرعية الدولية وقراراتها.",
            "ahmed-al-sharaa",
        ),
        (
            "وفاز الفيلم بجائزة الأسد الذهبي في المهرجان.",
            "bashar-al-assad",
        ),
    ];
    let failed: Vec<String> = traps
        .iter()
        .filter_map(|(text, wrong)| {
            let k = keys(&g, text);
            k.iter()
                .any(|x| x == wrong)
                .then(|| format!("{text} → {wrong}"))
        })
        .collect();
    assert!(failed.is_empty(), "{failed:#?}");
}

#[test]
fn short_names_with_support_still_match() {
    let (_d, g) = gazetteer();
    let k = keys(&g, "وصل أمير قطر إلى القاهرة أمس في زيارة رسمية.");
    assert!(k.iter().any(|x| x == "qatar"), "{k:?}");
    let k = keys(&g, "وأعلنت دولة بنين أنها ستشارك في القمة.");
    assert!(k.iter().any(|x| x == "benin"), "{k:?}");
    // A Latin acronym is no ordinary Arabic word.
    let k = keys(&g, "وأفاد موقع RT أن الوزير سيصل غدا.");
    assert!(k.iter().any(|x| x == "rt"), "{k:?}");
}

/// The README's figure: micro F1 0.825 on the held-out part of ../shared/ner (every 10th sentence).
#[test]
fn held_out_score_is_the_readme_figure() {
    let ner = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/ner");
    assert!(
        ner.is_dir(),
        "{} is missing: the shared corpora sit beside the repository",
        ner.display()
    );
    let out = assert_cmd::Command::cargo_bin("marsad")
        .unwrap()
        .args(["tagger", "eval", "--ner-dir"])
        .arg(&ner)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let micro: Vec<&str> = text
        .lines()
        .find(|l| l.starts_with("micro"))
        .unwrap()
        .split('\t')
        .collect();
    assert_eq!(micro[1..4], ["0.845", "0.806", "0.825"], "{text}");
}
