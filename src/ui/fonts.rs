//! Fonts: egui's bundled fonts have no Hangul, so Accord ships NanumGothic (SIL OFL 1.1, see
//! `assets/NanumGothic-LICENSE.txt`) and registers it as a fallback for every family.

use std::sync::Arc;

const NANUM_GOTHIC: &[u8] = include_bytes!("../../assets/NanumGothic.ttf");

/// Add the Korean fallback font to the context's fonts.
pub fn install(ctx: &egui::Context) {
    let mut fonts = egui::FontDefinitions::default();
    fonts.font_data.insert(
        "NanumGothic".to_owned(),
        Arc::new(egui::FontData::from_static(NANUM_GOTHIC)),
    );
    for family in [egui::FontFamily::Proportional, egui::FontFamily::Monospace] {
        fonts
            .families
            .entry(family)
            .or_default()
            .push("NanumGothic".to_owned());
    }
    ctx.set_fonts(fonts);
}
