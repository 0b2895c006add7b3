//! Shared by the UI benchmarks: one headless frame of the real app, and timing statistics.

use std::time::{Duration, Instant};

use accord::app::AccordApp;

/// Run one frame of the app at 1400×900 logical pixels, tessellation included (part of a real
/// frame's CPU cost); returns how long it took.
pub fn frame(ctx: &egui::Context, app: &mut AccordApp) -> Duration {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1400.0, 900.0),
        )),
        ..Default::default()
    };
    let t = Instant::now();
    let out = ctx.run_ui(input, |ui| app.frame(ui));
    let _ = ctx.tessellate(out.shapes, out.pixels_per_point);
    t.elapsed()
}

/// Minimum, median and 95th percentile, in milliseconds.
pub fn stats(mut v: Vec<Duration>) -> (f64, f64, f64) {
    v.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1e3;
    (ms(v[0]), ms(v[v.len() / 2]), ms(v[v.len() * 95 / 100]))
}
