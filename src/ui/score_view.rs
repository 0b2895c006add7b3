//! The score view: outcome-space plot, per-issue value bars, trades, sensitivity and a
//! proposal builder. Drawing only; the analysis is [`crate::scoring`], run off the UI thread
//! when the agenda is large enough to take longer than a frame.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

use egui::{Color32, RichText, Ui};
use egui_plot::{
    HLine, HoverPosition, Line, MarkerShape, Plot, PlotPoints, Points, Polygon, VLine,
};

use crate::model::Position;
use crate::scoring::agenda::{Agenda, LEFT, RIGHT, side_name};
use crate::scoring::analysis::{Analysis, ProposalEval, evaluate};
use crate::scoring::analyze;
use crate::scoring::frontier::{self, Point, sample_packages};
use crate::scoring::uncertainty::{self, Control, Uncertainty};
use crate::ui::theme;
use crate::workspace::Side;

/// Packages drawn as the background cloud of the outcome space.
const CLOUD: usize = 3_000;
/// Joint options (summed over issues) up to which the analysis runs inline, within a frame.
const INLINE_OPTIONS: usize = 64;
/// Frontier packages listed as improvements on a proposal.
const BETTER_LISTED: usize = 12;
/// Samples of the Monte Carlo's first batch: shown at once, then refined.
pub const FIRST_BATCH: usize = 1_000;
/// Questions shown in the "ask first" list.
const ASK_LISTED: usize = 10;

/// The Monte Carlo over the files' ranges: a running one, and the latest result.
#[derive(Debug, Default)]
struct Monte {
    /// Versions of the latest result (or of the run in progress).
    versions: Option<(u64, u64)>,
    /// The latest result for `versions` (the first batch until the full run is done).
    result: Option<Arc<Uncertainty>>,
    /// Whether `result` is the full run.
    complete: bool,
    /// The run in progress.
    running: Option<MonteRun>,
}

#[derive(Debug)]
struct MonteRun {
    rx: Receiver<(Uncertainty, bool)>,
    ctl: Arc<Control>,
    started: Instant,
    samples: usize,
}

impl Drop for MonteRun {
    fn drop(&mut self) {
        // Stale or abandoned: stop the worker at its next unit of work.
        self.ctl
            .cancel
            .store(true, std::sync::atomic::Ordering::Relaxed);
    }
}

/// A finished analysis and what the plot needs besides.
#[derive(Debug)]
struct Computed {
    analysis: Analysis,
    cloud: Vec<[f64; 2]>,
    millis: f64,
}

fn compute(left: &Position, right: &Position) -> Computed {
    let t = Instant::now();
    let analysis = analyze(left, right);
    let cloud = sample_packages(&analysis.agenda, CLOUD, 0x005c_07e0)
        .into_iter()
        .map(|(a, b)| [a, b])
        .collect();
    Computed {
        analysis,
        cloud,
        millis: t.elapsed().as_secs_f64() * 1e3,
    }
}

/// A background computation.
#[derive(Debug)]
struct Pending {
    versions: (u64, u64),
    rx: Receiver<Computed>,
    started: Instant,
}

/// State of the score view: the latest analysis, a running one, and the proposal.
#[derive(Debug)]
pub struct ScoreView {
    /// Versions the shown analysis belongs to.
    shown: Option<(u64, u64)>,
    current: Option<Arc<Computed>>,
    pending: Option<Pending>,
    /// The proposal: issue id → chosen label (absent = open).
    picks: BTreeMap<String, String>,
    plot_id: egui::Id,
    error: Option<String>,
    monte: Monte,
}

impl Default for ScoreView {
    fn default() -> Self {
        Self::new()
    }
}

impl ScoreView {
    /// An empty view; the first `show` computes.
    pub fn new() -> Self {
        Self {
            shown: None,
            current: None,
            pending: None,
            picks: BTreeMap::new(),
            plot_id: egui::Id::unique("accord-score-view-plot"),
            error: None,
            monte: Monte::default(),
        }
    }

    /// The latest Monte Carlo result for the shown analysis, if any.
    pub fn uncertainty(&self) -> Option<&Uncertainty> {
        self.monte.result.as_deref()
    }

    /// Whether the Monte Carlo is still running (or refining its first batch).
    pub fn monte_carlo_running(&self) -> bool {
        self.monte.running.is_some()
    }

    /// Start, follow or cancel the Monte Carlo for the shown analysis.
    fn refresh_monte(&mut self, ctx: &egui::Context, left: &Position, right: &Position) {
        let m = &mut self.monte;
        if let Some(run) = &m.running {
            loop {
                match run.rx.try_recv() {
                    Ok((u, complete)) => {
                        m.result = Some(Arc::new(u));
                        m.complete = complete;
                    }
                    Err(TryRecvError::Empty) => break,
                    Err(TryRecvError::Disconnected) => {
                        m.running = None;
                        break;
                    }
                }
            }
        }
        if m.complete {
            m.running = None;
        }
        let Some(c) = self.current.clone() else {
            return;
        };
        let v = self.shown;
        if m.versions == v {
            return;
        }
        // An edit made what is shown or running stale: dropping the run cancels it.
        m.running = None;
        m.result = None;
        m.complete = false;
        m.versions = v;
        if !(left.uses_ranges() || right.uses_ranges()) {
            return;
        }
        let (tx, rx) = mpsc::channel();
        let ctl = Arc::new(Control::default());
        let (l, r, ctl2, ctx2) = (left.clone(), right.clone(), Arc::clone(&ctl), ctx.clone());
        let spawned = std::thread::Builder::new()
            .name("accord-monte-carlo".to_owned())
            .spawn(move || {
                let a = &c.analysis;
                let first = uncertainty::Options {
                    samples: FIRST_BATCH,
                    ask_first: false,
                    ..uncertainty::Options::default()
                };
                if let Some(u) = uncertainty::run(a, &l, &r, first, &ctl2) {
                    let _ = tx.send((u, false));
                    ctx2.request_repaint();
                }
                let full = uncertainty::Options::default();
                if let Some(u) = uncertainty::run(a, &l, &r, full, &ctl2) {
                    let _ = tx.send((u, true));
                }
                ctx2.request_repaint();
            });
        if spawned.is_ok() {
            m.running = Some(MonteRun {
                rx,
                ctl,
                started: Instant::now(),
                samples: uncertainty::DEFAULT_SAMPLES,
            });
        }
    }

    /// Draw the view for the two positions; `versions` change whenever a side is edited.
    pub fn show(
        &mut self,
        ui: &mut Ui,
        left: Option<&Position>,
        right: Option<&Position>,
        versions: (u64, u64),
    ) {
        let (Some(left), Some(right)) = (left, right) else {
            ui.centered_and_justified(|ui| {
                ui.label("Open a position on both sides to score packages.");
            });
            return;
        };
        self.refresh(ui.ctx(), left, right, versions);
        if self.monte.versions != Some(versions) {
            // An edit made the running Monte Carlo stale: stop it now (dropping it cancels the
            // worker); its last result stays beside the analysis it belongs to until the new
            // analysis is shown.
            self.monte.running = None;
        }
        self.refresh_monte(ui.ctx(), left, right);
        let Some(c) = self.current.clone() else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Computing the joint analysis…");
            });
            return;
        };
        egui::Panel::top("score_view_status").show(ui, |ui| self.status(ui, &c));
        egui::Panel::left("score_view_proposal")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("score_view_proposal_scroll")
                    .show(ui, |ui| self.proposal(ui, &c));
            });
        egui::ScrollArea::vertical()
            .id_salt("score_view_main_scroll")
            .show(ui, |ui| {
                let eval = evaluate(&c.analysis, &self.pick_indices(&c.analysis.agenda));
                self.plot(ui, &c, &eval);
                ui.separator();
                if self.monte.versions.is_some()
                    && (self.monte.running.is_some() || self.monte.result.is_some())
                {
                    self.how_sure(ui, &c);
                    ui.separator();
                }
                issue_bars(ui, &c.analysis);
                ui.separator();
                trades(ui, &c.analysis);
                ui.separator();
                sensitivity(ui, &c.analysis);
            });
    }

    /// The joint room's view: what a mediator may say. The analysis runs on both files, but
    /// only whether a package acceptable to both exists and the suggested packages by their
    /// option labels are shown; never a score, a reservation or a walk-away.
    pub fn show_mediator(
        &mut self,
        ui: &mut Ui,
        left: Option<&Position>,
        right: Option<&Position>,
        versions: (u64, u64),
        labels_shared: bool,
    ) {
        let (Some(left), Some(right)) = (left, right) else {
            ui.centered_and_justified(|ui| {
                ui.label("Open a position on both sides to look for packages.");
            });
            return;
        };
        self.refresh(ui.ctx(), left, right, versions);
        let Some(c) = self.current.clone() else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label("Looking for packages both sides could accept…");
            });
            return;
        };
        let a = &c.analysis;
        egui::ScrollArea::vertical()
            .id_salt("score_view_mediator_scroll")
            .show(ui, |ui| {
                ui.heading("What the mediator can say");
                ui.label(
                    RichText::new(
                        "Joint session: no side's scores, weights, walk-aways or reservation are shown.",
                    )
                    .weak(),
                );
                ui.add_space(8.0);
                let verdict = if a.zopa.exists {
                    "A package acceptable to both sides exists."
                } else {
                    "No package on this agenda is acceptable to both sides as the files stand."
                };
                ui.label(RichText::new(verdict).size(20.0).strong());
                if !a.zopa.exists || !labels_shared {
                    return;
                }
                ui.add_space(8.0);
                ui.label(RichText::new("Suggested packages").strong());
                let (names, rows) = crate::visibility::suggested_packages(a);
                egui::Grid::new("mediator-packages")
                    .striped(true)
                    .num_columns(1 + names.len())
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        ui.label(RichText::new("Issue").strong());
                        for name in &names {
                            ui.label(RichText::new(*name).strong());
                        }
                        ui.end_row();
                        for (title, labels) in rows {
                            ui.label(title);
                            for l in labels {
                                ui.label(l);
                            }
                            ui.end_row();
                        }
                    });
            });
    }

    /// Start (or finish) the analysis for these versions.
    fn refresh(&mut self, ctx: &egui::Context, left: &Position, right: &Position, v: (u64, u64)) {
        if let Some(p) = &self.pending {
            match p.rx.try_recv() {
                Ok(c) => {
                    self.shown = Some(p.versions);
                    self.current = Some(Arc::new(c));
                    self.pending = None;
                }
                Err(TryRecvError::Empty) => {}
                Err(TryRecvError::Disconnected) => {
                    self.error = Some("the analysis stopped unexpectedly".to_owned());
                    self.pending = None;
                }
            }
        }
        let up_to_date =
            self.shown == Some(v) || self.pending.as_ref().is_some_and(|p| p.versions == v);
        if up_to_date {
            return;
        }
        self.error = None;
        let options: usize = left.issues.iter().map(|i| i.options.len()).sum::<usize>()
            + right.issues.iter().map(|i| i.options.len()).sum::<usize>();
        if options <= INLINE_OPTIONS {
            self.current = Some(Arc::new(compute(left, right)));
            self.shown = Some(v);
            self.pending = None;
            return;
        }
        let (tx, rx) = mpsc::channel();
        let (l, r) = (left.clone(), right.clone());
        let ctx2 = ctx.clone();
        let spawned = std::thread::Builder::new()
            .name("accord-score".to_owned())
            .spawn(move || {
                let c = compute(&l, &r);
                // The view may have moved on; a closed channel is fine.
                let _ = tx.send(c);
                ctx2.request_repaint();
            });
        match spawned {
            Ok(_) => {
                self.pending = Some(Pending {
                    versions: v,
                    rx,
                    started: Instant::now(),
                });
            }
            Err(_) => {
                // No thread available: compute here rather than show nothing.
                self.current = Some(Arc::new(compute(left, right)));
                self.shown = Some(v);
                self.pending = None;
            }
        }
    }

    fn status(&self, ui: &mut Ui, c: &Computed) {
        let a = &c.analysis;
        ui.horizontal_wrapped(|ui| {
            if let Some(p) = &self.pending {
                ui.spinner();
                ui.label(format!(
                    "Recomputing after an edit ({:.1} s)… showing the previous analysis.",
                    p.started.elapsed().as_secs_f32()
                ));
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            let zopa = if a.zopa.exists {
                RichText::new("ZOPA: yes").strong()
            } else {
                RichText::new("ZOPA: none")
                    .strong()
                    .color(ui.visuals().error_fg_color)
            };
            ui.label(zopa);
            ui.label(format!(
                "{} joint issues · frontier {} packages ({} acceptable){} · {:.1} ms",
                a.agenda.issues.len(),
                a.frontier.len(),
                a.acceptable_frontier.len(),
                if a.thinned {
                    " — thinned, approximate"
                } else {
                    ", exact"
                },
                c.millis
            ));
        });
        for w in &a.warnings {
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {w}"));
        }
        for m in &a.zopa.messages {
            ui.label(format!("• {m}"));
        }
    }

    /// "How sure is this?": the Monte Carlo's summary, the most robust package and the
    /// questions to ask first.
    fn how_sure(&mut self, ui: &mut Ui, c: &Arc<Computed>) {
        let a = &c.analysis;
        let ag = &a.agenda;
        ui.heading("How sure is this?");
        if let Some(run) = &self.monte.running {
            ui.horizontal(|ui| {
                ui.spinner();
                let done = run.ctl.done.load(std::sync::atomic::Ordering::Relaxed);
                let total = FIRST_BATCH + run.samples;
                ui.label(format!(
                    "Monte Carlo over the ranges: {} ({:.0}%, {:.1} s)…",
                    if self.monte.result.is_some() {
                        format!("refining to {} samples", run.samples)
                    } else {
                        format!("first {FIRST_BATCH} samples")
                    },
                    100.0 * (done.min(total) as f64) / total as f64,
                    run.started.elapsed().as_secs_f32()
                ));
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        let Some(u) = self.monte.result.clone() else {
            return;
        };
        let pct = |p: f64| format!("{:.0}%", 100.0 * p);
        ui.label(format!(
            "{} samples of {} uncertain numbers (triangular: low, most likely, high; seed {}). \
             Some package is acceptable to both in {} of them.",
            u.samples,
            u.numbers,
            u.seed,
            pct(u.p_zopa)
        ));
        for s in [LEFT, RIGHT] {
            if let Some(q) = &u.nash[s] {
                ui.label(format!(
                    "{}'s score of the Nash package: {:.1} – {:.1} (p10 – p90), median {:.1}",
                    ag.name(s),
                    q.p10,
                    q.p90,
                    q.p50
                ));
            }
        }
        if let Some(n) = &a.nash
            && let Some(o) = u.packages.iter().find(|o| o.package == n.package)
        {
            ui.label(format!(
                "Today's Nash package: acceptable to {} {} · {} {} · both {}; the Nash package in {} of the samples.",
                ag.name(LEFT),
                pct(o.p_left),
                ag.name(RIGHT),
                pct(o.p_right),
                pct(o.p_both),
                pct(o.p_nash)
            ));
        }
        match &u.most_robust {
            Some(o) => {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(format!(
                        "Most robust package: acceptable to both in {}{}",
                        pct(o.p_both),
                        if u.robust_proven {
                            " (none does better)"
                        } else {
                            " (best found)"
                        }
                    ));
                    let (l, r) = frontier::scores(ag, &o.package);
                    let p = Point {
                        left: l,
                        right: r,
                        package: o.package.clone(),
                    };
                    if ui
                        .small_button("use")
                        .on_hover_text(package_text(ag, "Most robust package", &p))
                        .accessible_name("Use the most robust package")
                        .clicked()
                    {
                        self.set_package(ag, &p);
                    }
                });
            }
            None => {
                ui.colored_label(
                    ui.visuals().error_fg_color,
                    "No package is acceptable to both in any sample.",
                );
            }
        }
        let asked: Vec<_> = u
            .ask_first
            .iter()
            .filter(|q| q.share > 0.0)
            .take(ASK_LISTED)
            .collect();
        if !self.monte.complete {
            ui.label(RichText::new("Ask first: after the full run.").weak());
        } else if asked.is_empty() {
            ui.label("Ask first: knowing any single number would not change the Nash package.");
        } else {
            ui.strong("Ask first: the numbers whose answer most often changes the Nash package");
            egui::Grid::new("score_ask_first")
                .striped(true)
                .show(ui, |ui| {
                    for q in asked {
                        let n = &q.number;
                        let what = n.describe(ag);
                        ui.label(pct(q.share));
                        ui.label(format!("{}'s {what}", ag.name(n.side)))
                            .on_hover_text(format!(
                                "Between {:.1} and {:.1}, most likely {:.1}: fixing it at {:.1} changes the Nash package in {} of {} probed samples",
                                n.low,
                                n.high,
                                n.mode,
                                n.mode,
                                pct(q.share),
                                u.ask_first_samples
                            ));
                        ui.end_row();
                    }
                });
        }
    }

    fn pick_indices(&self, agenda: &Agenda) -> Vec<Option<usize>> {
        agenda
            .issues
            .iter()
            .map(|i| {
                self.picks
                    .get(&i.id)
                    .and_then(|l| i.labels.iter().position(|x| x == l))
            })
            .collect()
    }

    fn plot(&self, ui: &mut Ui, c: &Arc<Computed>, eval: &ProposalEval) {
        let a = &c.analysis;
        let dark = ui.visuals().dark_mode;
        let lc = theme::side_accent(Side::Left, dark);
        let rc = theme::side_accent(Side::Right, dark);
        let weak = ui.visuals().weak_text_color();
        let strong = ui.visuals().strong_text_color();
        let warn = ui.visuals().warn_fg_color;
        let link = ui.visuals().hyperlink_color;
        let zopa_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.25);
        let (ln, rn) = (a.agenda.name(LEFT), a.agenda.name(RIGHT));
        let res = a.agenda.reservation;
        ui.heading("Outcome space");
        if a.agenda.issues.is_empty() {
            ui.label("No joint issue: nothing to plot.");
            return;
        }
        // Hoverable series: name → coordinates; the hover text finds the package again by
        // name and index (no package is copied per frame).
        let xy = |p: &Point| [p.left, p.right];
        let proposal = Point {
            left: eval.left,
            right: eval.right,
            package: eval.package.clone(),
        };
        let mut named: Vec<(&'static str, Vec<[f64; 2]>)> = vec![
            (
                "Frontier",
                a.frontier.iter().map(|s| xy(&s.point)).collect(),
            ),
            (
                "Acceptable frontier",
                a.acceptable_frontier.iter().map(xy).collect(),
            ),
        ];
        for name in SINGLE_POINTS {
            if let Some(p) = single_point(a, name) {
                named.push((name, vec![xy(p)]));
            }
        }
        named.push(("Proposal", vec![xy(&proposal)]));
        let monte = self.monte.result.clone();
        let robust: Option<Point> = monte
            .as_ref()
            .and_then(|u| u.most_robust.as_ref())
            .map(|o| {
                let (l, r) = frontier::scores(&a.agenda, &o.package);
                Point {
                    left: l,
                    right: r,
                    package: o.package.clone(),
                }
            });
        if let Some(p) = &robust {
            named.push(("Most robust", vec![xy(p)]));
        }
        let spread: Vec<[f64; 2]> = monte
            .as_ref()
            .map(|u| u.nash_points.clone())
            .unwrap_or_default();
        let hover_monte = monte.clone();
        let hover_robust = robust.clone();
        let hover_c = Arc::clone(c);
        let key_width = 260.0;
        ui.horizontal_top(|ui| {
            // Square, so that equal score changes look equal on both axes.
            let side = (ui.available_width() - key_width).clamp(240.0, 560.0);
            Plot::new(self.plot_id)
                .width(side)
                .height(side)
                .data_aspect(1.0)
                .include_x(0.0)
                .include_x(100.0)
                .include_y(0.0)
                .include_y(100.0)
                .x_axis_label(format!("{ln} score"))
                .y_axis_label(format!("{rn} score"))
                .label_formatter(move |pos| {
                    let HoverPosition::NearDataPoint {
                        plot_name, index, ..
                    } = pos
                    else {
                        return None;
                    };
                    let a = &hover_c.analysis;
                    let p = match *plot_name {
                        "Frontier" => a.frontier.get(*index).map(|s| &s.point),
                        "Acceptable frontier" => a.acceptable_frontier.get(*index),
                        "Proposal" => Some(&proposal),
                        "Most robust" => hover_robust.as_ref(),
                        other => single_point(a, other),
                    }?;
                    let mut text = package_text(&a.agenda, plot_name, p);
                    if let Some(u) = &hover_monte {
                        text.push_str(&odds_text(&a.agenda, &u.odds(&p.package)));
                    }
                    Some(text)
                })
                .show(ui, |pui| {
                    pui.polygon(
                        Polygon::new(
                            "ZOPA region",
                            PlotPoints::new(vec![
                                [res[LEFT], res[RIGHT]],
                                [100.0, res[RIGHT]],
                                [100.0, 100.0],
                                [res[LEFT], 100.0],
                            ]),
                        )
                        .fill_color(zopa_fill)
                        .allow_hover(false),
                    );
                    pui.vline(VLine::new(format!("{ln} reservation"), res[LEFT]).color(lc));
                    pui.hline(HLine::new(format!("{rn} reservation"), res[RIGHT]).color(rc));
                    pui.points(
                        Points::new("Packages (sample)", c.cloud.clone())
                            .color(weak.gamma_multiply(0.5))
                            .radius(1.2)
                            .allow_hover(false),
                    );
                    if !spread.is_empty() {
                        // Each sample's Nash point, faint: where the Nash package may really lie.
                        pui.points(
                            Points::new("Sample Nash points", spread)
                                .color(theme::SPREAD)
                                .radius(1.5)
                                .allow_hover(false),
                        );
                    }
                    for (name, series) in named {
                        match name {
                            "Frontier" => {
                                pui.line(
                                    Line::new("Frontier line", series.clone())
                                        .color(weak)
                                        .allow_hover(false),
                                );
                                pui.points(Points::new(name, series).color(weak).radius(2.0));
                            }
                            "Acceptable frontier" => {
                                pui.points(Points::new(name, series).color(strong).radius(2.5));
                            }
                            other => {
                                let (shape, colour, r) = match other {
                                    "Nash" => (MarkerShape::Diamond, warn, 7.0),
                                    "Kalai–Smorodinsky" => (MarkerShape::Square, link, 6.0),
                                    "Max joint gain" => (MarkerShape::Asterisk, strong, 8.0),
                                    "Left target" => (MarkerShape::Up, lc, 7.0),
                                    "Right target" => (MarkerShape::Right, rc, 7.0),
                                    "Most robust" => (MarkerShape::Circle, link, 7.0),
                                    _ => (MarkerShape::Cross, strong, 8.0),
                                };
                                pui.points(
                                    Points::new(name, series)
                                        .shape(shape)
                                        .color(colour)
                                        .radius(r)
                                        .filled(true),
                                );
                            }
                        }
                    }
                });
            ui.vertical(|ui| {
                ui.set_max_width(key_width);
                let row = |ui: &mut Ui, sym: &str, colour: Color32, text: String| {
                    ui.horizontal(|ui| {
                        ui.label(RichText::new(sym).color(colour).strong());
                        ui.label(text);
                    });
                };
                let at = |p: &Option<Point>| {
                    p.as_ref().map_or("none".to_owned(), |p| {
                        format!("{:.1} / {:.1}", p.left, p.right)
                    })
                };
                ui.strong(format!("Key ({ln} / {rn})"));
                row(ui, "◆", warn, format!("Nash {}", at(&a.nash)));
                row(
                    ui,
                    "■",
                    link,
                    format!("Kalai–Smorodinsky {}", at(&a.kalai_smorodinsky)),
                );
                row(
                    ui,
                    "*",
                    strong,
                    format!("Max joint gain {}", at(&a.max_joint)),
                );
                row(ui, "▲", lc, format!("{ln} target {}", at(&a.targets[LEFT])));
                row(
                    ui,
                    "▶",
                    rc,
                    format!("{rn} target {}", at(&a.targets[RIGHT])),
                );
                row(
                    ui,
                    "×",
                    strong,
                    format!("Proposal {:.1} / {:.1}", eval.left, eval.right),
                );
                row(
                    ui,
                    "●",
                    strong,
                    format!("Acceptable frontier ({})", a.acceptable_frontier.len()),
                );
                row(
                    ui,
                    "—",
                    weak,
                    format!(
                        "Frontier ({}){}",
                        a.frontier.len(),
                        if a.thinned { ", thinned" } else { "" }
                    ),
                );
                row(ui, "·", weak, format!("Packages ({} drawn)", c.cloud.len()));
                if let Some(u) = &monte {
                    row(
                        ui,
                        "·",
                        theme::SPREAD.gamma_multiply(4.0),
                        format!(
                            "Sample Nash points ({} of {})",
                            u.nash_points.len(),
                            u.samples
                        ),
                    );
                    if let Some(p) = &robust {
                        row(
                            ui,
                            "●",
                            link,
                            format!("Most robust {:.1} / {:.1}", p.left, p.right),
                        );
                    }
                }
                row(ui, "│", lc, format!("{ln} reservation {:.1}", res[LEFT]));
                row(ui, "─", rc, format!("{rn} reservation {:.1}", res[RIGHT]));
                ui.label(
                    RichText::new(
                        "Shaded: both reservations met. Hover a point to see its package.",
                    )
                    .small()
                    .color(weak),
                );
            });
        });
    }

    fn proposal(&mut self, ui: &mut Ui, c: &Arc<Computed>) {
        let a = &c.analysis;
        let agenda = &a.agenda;
        ui.heading("Proposal builder");
        if agenda.issues.is_empty() {
            ui.label("No joint issue to propose on.");
            return;
        }
        ui.label(RichText::new("Open issues are scored at their common ground.").small());
        egui::Grid::new("score_view_proposal_grid")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (k, i) in agenda.issues.iter().enumerate() {
                    ui.label(&i.id).on_hover_text(&i.title);
                    let cur = self.picks.get(&i.id).cloned();
                    let text = cur.clone().unwrap_or_else(|| "(open)".to_owned());
                    egui::ComboBox::from_id_salt(("score_pick", k))
                        .width(190.0)
                        .selected_text(text)
                        .show_ui(ui, |ui| {
                            if ui.selectable_label(cur.is_none(), "(open)").clicked() {
                                self.picks.remove(&i.id);
                            }
                            for (o, l) in i.labels.iter().enumerate() {
                                let tag = format!(
                                    "{l}   ({:.0} / {:.0}){}",
                                    i.value[LEFT][o],
                                    i.value[RIGHT][o],
                                    if i.allowed_both(o) {
                                        ""
                                    } else {
                                        "  ✗ walk-away"
                                    }
                                );
                                if ui
                                    .selectable_label(cur.as_deref() == Some(l), tag)
                                    .clicked()
                                {
                                    self.picks.insert(i.id.clone(), l.clone());
                                }
                            }
                        })
                        .response
                        .accessible_name(format!("Proposal option for {}", i.id));
                    ui.end_row();
                }
            });
        let eval = evaluate(a, &self.pick_indices(agenda));
        ui.separator();
        let dark = ui.visuals().dark_mode;
        for (s, side) in [(LEFT, Side::Left), (RIGHT, Side::Right)] {
            let score = if s == LEFT { eval.left } else { eval.right };
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!("{}: {score:.1}", agenda.name(s)))
                        .color(theme::side_accent(side, dark))
                        .strong(),
                );
                if eval.acceptable[s] {
                    ui.label("acceptable");
                } else {
                    ui.colored_label(ui.visuals().error_fg_color, "not acceptable");
                }
                ui.label(format!("(reservation {:.1})", agenda.reservation[s]));
            });
        }
        if let Some(u) = &self.monte.result {
            let o = u.odds(&eval.package);
            ui.label(odds_text(agenda, &o).trim())
                .on_hover_text(format!(
                    "Share of the {} samples in which this proposal is acceptable",
                    u.samples
                ));
        }
        if eval.distance <= crate::scoring::EPS {
            ui.label("On the frontier: no package is better for both.");
        } else {
            ui.label(format!(
                "Both sides could gain {:.1} points together (distance to the frontier).",
                eval.distance
            ));
        }
        match eval.distance_acceptable {
            Some(d) if d > crate::scoring::EPS => {
                ui.label(format!(
                    "Within both walk-aways and reservations they could gain {d:.1} together."
                ));
            }
            Some(_) => {
                ui.label("On the acceptable frontier.");
            }
            None => {}
        }
        if ui.button("Clear proposal").clicked() {
            self.picks.clear();
        }
        if !eval.better.is_empty() {
            ui.separator();
            ui.label(format!(
                "{} frontier packages are better for both:",
                eval.better.len()
            ));
            let mut better: Vec<&Point> = eval
                .better
                .iter()
                .filter_map(|&k| a.frontier.get(k).map(|s| &s.point))
                .collect();
            better.sort_by(|x, y| {
                let gx = (x.left - eval.left).min(x.right - eval.right);
                let gy = (y.left - eval.left).min(y.right - eval.right);
                gy.total_cmp(&gx)
            });
            for p in better.into_iter().take(BETTER_LISTED) {
                ui.horizontal(|ui| {
                    ui.label(format!(
                        "{:+.1} / {:+.1}",
                        p.left - eval.left,
                        p.right - eval.right
                    ))
                    .on_hover_text(package_text(
                        agenda,
                        "Frontier package",
                        p,
                    ));
                    if ui.small_button("use").clicked() {
                        self.set_package(agenda, p);
                    }
                });
            }
        }
        ui.separator();
        ui.label("Start from:");
        ui.horizontal_wrapped(|ui| {
            for (name, p) in [
                ("Nash", &a.nash),
                ("Kalai–Smorodinsky", &a.kalai_smorodinsky),
                ("Max joint", &a.max_joint),
                ("Left target", &a.targets[LEFT]),
                ("Right target", &a.targets[RIGHT]),
            ] {
                if let Some(p) = p
                    && ui.small_button(name).clicked()
                {
                    self.set_package(agenda, p);
                }
            }
        });
    }

    fn set_package(&mut self, agenda: &Agenda, p: &Point) {
        self.picks.clear();
        for (i, &k) in agenda.issues.iter().zip(&p.package) {
            if let Some(l) = i.labels.get(k) {
                self.picks.insert(i.id.clone(), l.clone());
            }
        }
    }
}

/// Names of the single marked points on the plot.
const SINGLE_POINTS: [&str; 5] = [
    "Nash",
    "Kalai–Smorodinsky",
    "Max joint gain",
    "Left target",
    "Right target",
];

fn single_point<'a>(a: &'a Analysis, name: &str) -> Option<&'a Point> {
    match name {
        "Nash" => a.nash.as_ref(),
        "Kalai–Smorodinsky" => a.kalai_smorodinsky.as_ref(),
        "Max joint gain" => a.max_joint.as_ref(),
        "Left target" => a.targets[LEFT].as_ref(),
        "Right target" => a.targets[RIGHT].as_ref(),
        _ => None,
    }
}

/// "P(acceptable): US 95% · ROK 80% · both 78%" with a line break before it.
fn odds_text(agenda: &Agenda, o: &[f64; 3]) -> String {
    format!(
        "\nP(acceptable): {} {:.0}% · {} {:.0}% · both {:.0}%",
        agenda.name(LEFT),
        100.0 * o[0],
        agenda.name(RIGHT),
        100.0 * o[1],
        100.0 * o[2]
    )
}

fn package_text(agenda: &Agenda, title: &str, p: &Point) -> String {
    let mut s = format!(
        "{title}\n{} {:.1} · {} {:.1}\n",
        agenda.name(LEFT),
        p.left,
        agenda.name(RIGHT),
        p.right
    );
    for (i, &k) in agenda.issues.iter().zip(&p.package) {
        s.push_str(&format!(
            "{}: {}\n",
            i.id,
            i.labels.get(k).map_or("?", String::as_str)
        ));
    }
    s
}

fn bar(ui: &mut Ui, value: f64, colour: Color32, valued: bool, acceptable: bool) {
    let (rect, resp) = ui.allocate_exact_size(egui::vec2(110.0, 12.0), egui::Sense::hover());
    let p = ui.painter();
    p.rect_filled(rect, 2.0, ui.visuals().extreme_bg_color);
    let w = rect.width() * (value.clamp(0.0, 100.0) / 100.0) as f32;
    let fill = if acceptable {
        colour
    } else {
        colour.gamma_multiply(0.35)
    };
    p.rect_filled(
        egui::Rect::from_min_size(rect.min, egui::vec2(w, rect.height())),
        2.0,
        fill,
    );
    let text = if valued {
        format!(
            "{value:.0}{}",
            if acceptable { "" } else { " (below walk-away)" }
        )
    } else {
        "not valued: counted as 0".to_owned()
    };
    resp.on_hover_text(text);
}

fn issue_bars(ui: &mut Ui, a: &Analysis) {
    let ag = &a.agenda;
    let dark = ui.visuals().dark_mode;
    let (lc, rc) = (
        theme::side_accent(Side::Left, dark),
        theme::side_accent(Side::Right, dark),
    );
    ui.heading("Issues");
    ui.label(
        RichText::new(format!(
            "Bars: {} above, {} below; faded = below that side's walk-away; ? = not valued; ★ = common ground.",
            ag.name(LEFT),
            ag.name(RIGHT)
        ))
        .small(),
    );
    for (ia, i) in a.issues.iter().zip(&ag.issues) {
        egui::CollapsingHeader::new(format!(
            "{} — {} · conflict {:.1} · {}",
            i.id,
            ia.kind.as_str(),
            ia.conflict,
            match ia.cares_more {
                Some(s) => format!(
                    "{} cares more ({:.2} vs {:.2})",
                    side_name(s),
                    ia.norm[LEFT],
                    ia.norm[RIGHT]
                ),
                None => format!(
                    "equal weight ({:.2} vs {:.2})",
                    ia.norm[LEFT], ia.norm[RIGHT]
                ),
            }
        ))
        .id_salt(("score_issue", &i.id))
        .default_open(true)
        .show(ui, |ui| {
            egui::Grid::new(("score_issue_grid", &i.id))
                .min_col_width(260.0)
                .show(ui, |ui| {
                    for (k, label) in i.labels.iter().enumerate() {
                        let mut t = label.clone();
                        if k == ia.common_ground {
                            t = format!("★ {t}");
                        }
                        if !i.valued[LEFT][k] || !i.valued[RIGHT][k] {
                            t = format!("{t} ?");
                        }
                        ui.label(t);
                        ui.vertical(|ui| {
                            ui.spacing_mut().item_spacing.y = 1.0;
                            bar(
                                ui,
                                i.value[LEFT][k],
                                lc,
                                i.valued[LEFT][k],
                                i.allowed(LEFT, k),
                            );
                            bar(
                                ui,
                                i.value[RIGHT][k],
                                rc,
                                i.valued[RIGHT][k],
                                i.allowed(RIGHT, k),
                            );
                        });
                        ui.end_row();
                    }
                });
        });
    }
}

fn trades(ui: &mut Ui, a: &Analysis) {
    let ag = &a.agenda;
    ui.heading("Trades");
    if a.trades.is_empty() {
        ui.label("No trade leaves both sides better off than splitting the difference.");
        return;
    }
    ui.label(
        RichText::new(
            "Each side wins what it weighs more; change against splitting the difference.",
        )
        .small(),
    );
    let list = |w: &[(usize, usize)]| {
        w.iter()
            .filter_map(|&(i, k)| {
                let i = ag.issues.get(i)?;
                Some(format!("{} = {}", i.id, i.labels.get(k)?))
            })
            .collect::<Vec<_>>()
            .join("; ")
    };
    egui::Grid::new("score_trades")
        .striped(true)
        .show(ui, |ui| {
            ui.strong(format!("{} / {}", ag.name(LEFT), ag.name(RIGHT)));
            ui.strong(format!("{} gets", ag.name(LEFT)));
            ui.strong(format!("{} gets", ag.name(RIGHT)));
            ui.end_row();
            for t in &a.trades {
                ui.label(format!("{:+.1} / {:+.1}", t.delta[LEFT], t.delta[RIGHT]));
                ui.label(list(&t.left_wins));
                ui.label(list(&t.right_wins));
                ui.end_row();
            }
        });
}

fn sensitivity(ui: &mut Ui, a: &Analysis) {
    let ag = &a.agenda;
    ui.heading("Sensitivity of the Nash package");
    if a.sensitivity.is_empty() {
        ui.label("No Nash package (no package is acceptable to both), so nothing to test.");
        return;
    }
    ui.label(
        RichText::new("How far each weight can move before the Nash package changes.").small(),
    );
    if !a.sensitivity_exact {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Large agenda: checked against today's frontier only; the ranges are upper bounds.",
        );
    }
    egui::Grid::new("score_sensitivity")
        .striped(true)
        .show(ui, |ui| {
            ui.strong("Issue");
            ui.strong("Side");
            ui.strong("Weight");
            ui.strong("Keeps Nash from");
            ui.strong("to");
            ui.end_row();
            for s in &a.sensitivity {
                let Some(i) = ag.issues.get(s.issue) else {
                    continue;
                };
                ui.label(&i.id);
                ui.label(ag.name(s.side));
                ui.label(format!("{:.2}", s.weight));
                ui.label(format!("{:.2}", s.low));
                ui.label(s.high.map_or("any".to_owned(), |h| format!("{h:.2}")));
                ui.end_row();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(view: &mut ScoreView, ctx: &egui::Context, l: &Position, r: &Position, v: (u64, u64)) {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            view.show(ui, Some(l), Some(r), v);
        });
        out.textures_delta.clear();
    }

    #[test]
    fn draws_the_samples_and_follows_versions() {
        let l = crate::format::load_file(&crate::sample_path("us.ron")).unwrap();
        let r = crate::format::load_file(&crate::sample_path("rok.ron")).unwrap();
        let ctx = egui::Context::default();
        let mut view = ScoreView::new();
        // The sample files are large enough to go to the worker thread: wait for it.
        for n in 0..500 {
            frame(&mut view, &ctx, &l, &r, (1, 1));
            if view.shown == Some((1, 1)) {
                break;
            }
            assert!(n < 499, "the analysis never arrived");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        let c = view.current.clone().unwrap();
        assert!(!c.analysis.frontier.is_empty());
        // A proposal from the Nash package sits on the frontier.
        let nash = c.analysis.nash.clone().unwrap();
        view.set_package(&c.analysis.agenda, &nash);
        let e = evaluate(&c.analysis, &view.pick_indices(&c.analysis.agenda));
        assert!(e.distance_acceptable.unwrap() <= 1e-9);
        assert!(e.acceptable == [true, true]);
        // An edit (new version) keeps showing the old analysis while recomputing.
        frame(&mut view, &ctx, &l, &r, (2, 1));
        assert!(view.current.is_some());
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            view.show(ui, None, Some(&r), (2, 1));
        });
        out.textures_delta.clear();
    }
}
