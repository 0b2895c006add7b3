//! File ▸ Export writes the report in the app's language (View ▸ Language), switched through
//! the real menu.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use accord::i18n::Lang;
use egui_kittest::kittest::Queryable;

#[test]
fn export_follows_the_apps_language() {
    let (dir, l, r) = common::copies();
    let mut h = common::app(Some(l), Some(r));
    // English by default.
    let en = dir.path().join("en.html");
    h.state_mut().state.export_to(&en);
    let text = std::fs::read_to_string(&en).unwrap();
    assert!(text.contains("<html lang=\"en\">"));
    assert!(text.contains("<h2 id=\"parties\">Parties</h2>"));
    // View ▸ 한국어, then export again (the dialog is bypassed: tests pass the path).
    h.get_by_label("View").click();
    h.run();
    h.get_by_label("한국어").click();
    let _ = h.try_run();
    assert_eq!(h.state().state.lang, Lang::Ko);
    for ext in ["html", "md", "csv"] {
        let ko = dir.path().join(format!("ko.{ext}"));
        h.state_mut().state.export_to(&ko);
        assert!(h.state().state.error.is_none());
        let text = std::fs::read_to_string(&ko).unwrap();
        match ext {
            "html" => {
                assert!(text.contains("<html lang=\"ko\">"));
                assert!(text.contains("<h2 id=\"parties\">당사자</h2>"));
            }
            "md" => assert!(text.contains("## 당사자\n")),
            _ => assert!(text.starts_with("\u{feff}쟁점 ID,주제,제목,")),
        }
    }
}
