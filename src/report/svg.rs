//! The outcome-space chart as inline SVG: sampled packages, the Pareto frontier, the
//! acceptable frontier, the Nash / Kalai–Smorodinsky / max-joint points and both reservation
//! lines. Coordinates are written with one decimal, so the same analysis gives the same bytes.

use std::fmt::Write as _;

use super::escape::esc;
use crate::scoring::{Analysis, Point};

/// Frontier points drawn at most (an even sample of longer frontiers).
const FRONTIER_DRAWN: usize = 800;

const LEFT_X: f64 = 56.0;
const TOP_Y: f64 = 16.0;
const SIZE: f64 = 400.0;
const WIDTH: f64 = 700.0;
const HEIGHT: f64 = 470.0;

fn x(v: f64) -> f64 {
    LEFT_X + v.clamp(0.0, 100.0) * SIZE / 100.0
}

fn y(v: f64) -> f64 {
    TOP_Y + SIZE - v.clamp(0.0, 100.0) * SIZE / 100.0
}

/// An even sample of at most `max` items, first and last kept.
fn even<T>(v: &[T], max: usize) -> impl Iterator<Item = &T> {
    let n = v.len();
    let shown = n.min(max);
    (0..shown).filter_map(move |t| {
        let k = if shown > 1 {
            t * (n - 1) / (shown - 1)
        } else {
            0
        };
        v.get(k)
    })
}

/// Write the chart into `o`.
pub(crate) fn chart(
    o: &mut String,
    a: &Analysis,
    cloud: &[(f64, f64)],
    names: [&str; 2],
    lang: crate::i18n::Lang,
) {
    use crate::i18n::report::Report as R;
    let (ln, rn) = (esc(names[0]), esc(names[1]));
    let _ = writeln!(
        o,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {HEIGHT}\" \
         width=\"{WIDTH}\" height=\"{HEIGHT}\" role=\"img\" aria-labelledby=\"chart-title\" \
         font-family=\"sans-serif\" font-size=\"12\">\n<title id=\"chart-title\">{}</title>",
        R::SvgTitle.fmt(lang, &[&ln, &rn])
    );
    // Plot area, grid and axes.
    let _ = writeln!(
        o,
        "<rect x=\"{LEFT_X}\" y=\"{TOP_Y}\" width=\"{SIZE}\" height=\"{SIZE}\" fill=\"#fafafa\" \
         stroke=\"#999\"/>"
    );
    for t in (0..=100).step_by(20) {
        let v = f64::from(t);
        let (gx, gy) = (x(v), y(v));
        let _ = writeln!(
            o,
            "<line x1=\"{gx:.1}\" y1=\"{TOP_Y}\" x2=\"{gx:.1}\" y2=\"{:.1}\" stroke=\"#e3e3e3\"/>\
             <line x1=\"{LEFT_X}\" y1=\"{gy:.1}\" x2=\"{:.1}\" y2=\"{gy:.1}\" stroke=\"#e3e3e3\"/>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{t}</text>\
             <text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{t}</text>",
            TOP_Y + SIZE,
            LEFT_X + SIZE,
            gx,
            TOP_Y + SIZE + 16.0,
            LEFT_X - 6.0,
            gy + 4.0
        );
    }
    let _ = writeln!(
        o,
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-weight=\"bold\">{}\
         </text>\n<text transform=\"translate(16 {:.1}) rotate(-90)\" text-anchor=\"middle\" \
         font-weight=\"bold\">{}</text>",
        LEFT_X + SIZE / 2.0,
        TOP_Y + SIZE + 34.0,
        R::SvgScore.fmt(lang, &[&ln]),
        TOP_Y + SIZE / 2.0,
        R::SvgScore.fmt(lang, &[&rn])
    );
    let res = a.agenda.reservation;
    // Both reservations met: the region right of and above the two lines.
    let _ = writeln!(
        o,
        "<rect x=\"{:.1}\" y=\"{TOP_Y}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"#edf5ed\"/>",
        x(res[0]),
        x(100.0) - x(res[0]),
        y(res[1]) - TOP_Y
    );
    if a.agenda.issues.is_empty() {
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" fill=\"#8a4b00\">{}</text>",
            LEFT_X + SIZE / 2.0,
            TOP_Y + SIZE / 2.0,
            R::SvgNoIssue.get(lang)
        );
    }
    // Sampled packages: one path of zero-length round-capped segments (compact).
    if !cloud.is_empty() {
        o.push_str("<path fill=\"none\" stroke=\"#9aa3ad\" stroke-width=\"3\" stroke-linecap=\"round\" stroke-opacity=\"0.5\" d=\"");
        for &(l, r) in cloud {
            let _ = write!(o, "M{:.1} {:.1}h0", x(l), y(r));
        }
        o.push_str("\"/>\n");
    }
    // The frontier as a line, the acceptable part as dots.
    if !a.frontier.is_empty() {
        o.push_str("<polyline fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"1.5\" points=\"");
        for (k, s) in even(&a.frontier, FRONTIER_DRAWN).enumerate() {
            if k > 0 {
                o.push(' ');
            }
            let _ = write!(o, "{:.1},{:.1}", x(s.point.left), y(s.point.right));
        }
        o.push_str("\"/>\n");
    }
    if !a.acceptable_frontier.is_empty() {
        o.push_str("<path fill=\"none\" stroke=\"#2e7d32\" stroke-width=\"5\" stroke-linecap=\"round\" d=\"");
        for p in even(&a.acceptable_frontier, FRONTIER_DRAWN) {
            let _ = write!(o, "M{:.1} {:.1}h0", x(p.left), y(p.right));
        }
        o.push_str("\"/>\n");
    }
    // Reservation lines.
    let _ = writeln!(
        o,
        "<line x1=\"{rx:.1}\" y1=\"{TOP_Y}\" x2=\"{rx:.1}\" y2=\"{:.1}\" {dash}/>\n\
         <line x1=\"{LEFT_X}\" y1=\"{ry:.1}\" x2=\"{:.1}\" y2=\"{ry:.1}\" {dash}/>",
        TOP_Y + SIZE,
        LEFT_X + SIZE,
        rx = x(res[0]),
        ry = y(res[1]),
        dash = "stroke=\"#b3261e\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\""
    );
    // Points.
    let marks: [(&str, Option<&Point>, &str); 3] = [
        (R::SvgNash.get(lang), a.nash.as_ref(), "#d35400"),
        (R::SvgKs.get(lang), a.kalai_smorodinsky.as_ref(), "#8e44ad"),
        (R::SvgMax.get(lang), a.max_joint.as_ref(), "#111111"),
    ];
    for (_, p, colour) in marks {
        if let Some(p) = p {
            let _ = writeln!(
                o,
                "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"6\" fill=\"none\" stroke=\"{colour}\" \
                 stroke-width=\"2.5\"/>",
                x(p.left),
                y(p.right)
            );
        }
    }
    // Legend.
    let mut items: Vec<(Swatch, String)> = vec![
        (
            Swatch::Dot("#9aa3ad", 2.0),
            R::SvgPackages.fmt(lang, &[&cloud.len()]),
        ),
        (
            Swatch::Line("#1f5fa8", ""),
            R::SvgFrontier.fmt(lang, &[&a.frontier.len()]),
        ),
        (
            Swatch::Dot("#2e7d32", 2.5),
            R::SvgAcceptable.fmt(lang, &[&a.acceptable_frontier.len()]),
        ),
        (
            Swatch::Line("#b3261e", " stroke-dasharray=\"6 4\""),
            R::SvgReservations.fmt(
                lang,
                &[&format!("{:.1}", res[0]), &format!("{:.1}", res[1])],
            ),
        ),
    ];
    for (name, p, colour) in marks {
        let label = match p {
            Some(p) => format!("{name} ({:.1} / {:.1})", p.left, p.right),
            None => R::SvgNone.fmt(lang, &[&name]),
        };
        items.push((Swatch::Ring(colour), label));
    }
    let lx = LEFT_X + SIZE + 24.0;
    for (k, (swatch, label)) in items.iter().enumerate() {
        let ly = TOP_Y + 10.0 + 22.0 * k as f64;
        match swatch {
            Swatch::Dot(c, r) => {
                let _ = write!(
                    o,
                    "<circle cx=\"{:.1}\" cy=\"{ly:.1}\" r=\"{r}\" fill=\"{c}\"/>",
                    lx + 8.0
                );
            }
            Swatch::Line(c, extra) => {
                let _ = write!(
                    o,
                    "<path d=\"M{lx:.1} {ly:.1}h16\" fill=\"none\" stroke=\"{c}\" stroke-width=\"1.5\"{extra}/>"
                );
            }
            Swatch::Ring(c) => {
                let _ = write!(
                    o,
                    "<circle cx=\"{:.1}\" cy=\"{ly:.1}\" r=\"6\" fill=\"none\" stroke=\"{c}\" \
                     stroke-width=\"2.5\"/>",
                    lx + 8.0
                );
            }
        }
        let _ = writeln!(
            o,
            "<text x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            lx + 22.0,
            ly + 4.0,
            esc(label)
        );
    }
    o.push_str("</svg>\n");
}

/// A legend swatch.
enum Swatch {
    /// A filled dot: colour, radius.
    Dot(&'static str, f64),
    /// A short line: colour, extra attributes.
    Line(&'static str, &'static str),
    /// A ring: colour.
    Ring(&'static str),
}
