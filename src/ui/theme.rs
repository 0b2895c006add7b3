//! Colours and sizes, in one place.

use egui::Color32;

use crate::workspace::Side;

/// Accent colour of a side (headers, value bars).
pub fn side_accent(side: Side, dark: bool) -> Color32 {
    match (side, dark) {
        (Side::Left, true) => Color32::from_rgb(110, 160, 255),
        (Side::Left, false) => Color32::from_rgb(30, 90, 200),
        (Side::Right, true) => Color32::from_rgb(255, 140, 110),
        (Side::Right, false) => Color32::from_rgb(190, 60, 40),
    }
}

/// Colour of a gap of `size` (0–100): green when close, red when far apart.
pub fn gap_colour(size: f64) -> Color32 {
    let t = (size / 60.0).clamp(0.0, 1.0) as f32;
    let lerp = |a: f32, b: f32| (a + (b - a) * t).round() as u8;
    Color32::from_rgb(lerp(60.0, 215.0), lerp(170.0, 70.0), lerp(90.0, 60.0))
}

/// Background of the marking banner.
pub const MARKING_BG: Color32 = Color32::from_rgb(150, 110, 0);
/// Text on the marking banner.
pub const MARKING_FG: Color32 = Color32::WHITE;
/// Background of the estimate banner ("ESTIMATE of ROK's position").
pub const ESTIMATE_BG: Color32 = Color32::from_rgb(40, 70, 140);
/// Text on the estimate banner.
pub const ESTIMATE_FG: Color32 = Color32::WHITE;
/// Faint dots of the sample Nash points in the score view.
pub const SPREAD: Color32 = Color32::from_rgba_premultiplied(40, 90, 200, 40);
/// Background of the error banner.
pub const ERROR_BG: Color32 = Color32::from_rgb(120, 25, 25);
/// Text on the error banner.
pub const ERROR_FG: Color32 = Color32::WHITE;
/// Marker for unsaved changes.
pub const DIRTY: Color32 = Color32::from_rgb(230, 160, 30);
/// Topic heading rows.
pub fn topic_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_gray(45)
    } else {
        Color32::from_gray(225)
    }
}

/// Height of one table row.
pub const ROW_HEIGHT: f32 = 22.0;

/// Text of validation problems shown in place.
pub const ERROR_TEXT: Color32 = Color32::from_rgb(230, 80, 70);

/// A high-contrast look for projectors: pure black on white (light) or white on black (dark),
/// strong strokes, no faint text.
pub fn high_contrast(theme: egui::Theme) -> egui::Visuals {
    let mut v = theme.default_visuals();
    let (bg, fg) = match theme {
        egui::Theme::Dark => (Color32::BLACK, Color32::WHITE),
        egui::Theme::Light => (Color32::WHITE, Color32::BLACK),
    };
    v.override_text_color = Some(fg);
    v.panel_fill = bg;
    v.window_fill = bg;
    v.extreme_bg_color = bg;
    v.faint_bg_color = if theme == egui::Theme::Dark {
        Color32::from_gray(30)
    } else {
        Color32::from_gray(230)
    };
    for w in [
        &mut v.widgets.noninteractive,
        &mut v.widgets.inactive,
        &mut v.widgets.hovered,
        &mut v.widgets.active,
    ] {
        w.fg_stroke = egui::Stroke::new(w.fg_stroke.width.max(1.5), fg);
        w.bg_stroke = egui::Stroke::new(w.bg_stroke.width.max(1.0), fg);
    }
    v
}

/// Background of words one side of a merge conflict changed (merge view).
pub fn merge_changed_bg(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(30, 90, 45)
    } else {
        Color32::from_rgb(200, 245, 205)
    }
}

/// Frame colour of the conflict shown in the merge view.
pub fn merge_current(dark: bool) -> Color32 {
    if dark {
        Color32::from_rgb(235, 190, 90)
    } else {
        Color32::from_rgb(160, 100, 0)
    }
}
