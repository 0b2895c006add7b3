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

use crate::i18n::Lang;
use crate::i18n::score::Score as T;
use crate::model::Position;
use crate::scoring::agenda::{Agenda, LEFT, RIGHT};
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
    error: Option<T>,
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
        lang: Lang,
    ) {
        let (Some(left), Some(right)) = (left, right) else {
            ui.centered_and_justified(|ui| {
                ui.label(T::NeedBoth.get(lang));
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
                ui.label(T::Computing.get(lang));
            });
            return;
        };
        egui::Panel::top("score_view_status").show(ui, |ui| self.status(ui, &c, lang));
        egui::Panel::left("score_view_proposal")
            .resizable(true)
            .default_size(330.0)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("score_view_proposal_scroll")
                    .show(ui, |ui| self.proposal(ui, &c, lang));
            });
        egui::ScrollArea::vertical()
            .id_salt("score_view_main_scroll")
            .show(ui, |ui| {
                let eval = evaluate(&c.analysis, &self.pick_indices(&c.analysis.agenda));
                self.plot(ui, &c, &eval, lang);
                ui.separator();
                if self.monte.versions.is_some()
                    && (self.monte.running.is_some() || self.monte.result.is_some())
                {
                    self.how_sure(ui, &c, lang);
                    ui.separator();
                }
                issue_bars(ui, &c.analysis, lang);
                ui.separator();
                trades(ui, &c.analysis, lang);
                ui.separator();
                sensitivity(ui, &c.analysis, lang);
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
        lang: Lang,
    ) {
        let (Some(left), Some(right)) = (left, right) else {
            ui.centered_and_justified(|ui| {
                ui.label(T::NeedBothMediator.get(lang));
            });
            return;
        };
        self.refresh(ui.ctx(), left, right, versions);
        let Some(c) = self.current.clone() else {
            ui.horizontal(|ui| {
                ui.spinner();
                ui.label(T::Looking.get(lang));
            });
            return;
        };
        let a = &c.analysis;
        egui::ScrollArea::vertical()
            .id_salt("score_view_mediator_scroll")
            .show(ui, |ui| {
                ui.heading(T::MediatorHeading.get(lang));
                ui.label(RichText::new(T::MediatorNote.get(lang)).weak());
                ui.add_space(8.0);
                let verdict = if a.zopa.exists {
                    T::ZopaExists.get(lang)
                } else {
                    T::ZopaAbsent.get(lang)
                };
                ui.label(RichText::new(verdict).size(20.0).strong());
                if !a.zopa.exists || !labels_shared {
                    return;
                }
                ui.add_space(8.0);
                ui.label(RichText::new(T::Suggested.get(lang)).strong());
                let (names, rows) = crate::visibility::suggested_packages(a);
                // The same three columns as `suggested_packages` names them, in the language.
                let names: Vec<&str> = names
                    .iter()
                    .zip([T::SuggestedNash, T::SuggestedKs, T::SuggestedMax])
                    .map(|(_, t)| t.get(lang))
                    .collect();
                egui::Grid::new("mediator-packages")
                    .striped(true)
                    .num_columns(1 + names.len())
                    .spacing([16.0, 4.0])
                    .show(ui, |ui| {
                        ui.label(RichText::new(T::Issue.get(lang)).strong());
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
                    self.error = Some(T::AnalysisStopped);
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

    fn status(&self, ui: &mut Ui, c: &Computed, lang: Lang) {
        let a = &c.analysis;
        ui.horizontal_wrapped(|ui| {
            if let Some(p) = &self.pending {
                ui.spinner();
                ui.label(T::Recomputing.fmt(
                    lang,
                    &[&format!("{:.1}", p.started.elapsed().as_secs_f32())],
                ));
                ui.ctx()
                    .request_repaint_after(std::time::Duration::from_millis(100));
            }
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e.get(lang));
            }
            let zopa = if a.zopa.exists {
                RichText::new(T::ZopaYes.get(lang)).strong()
            } else {
                RichText::new(T::ZopaNone.get(lang))
                    .strong()
                    .color(ui.visuals().error_fg_color)
            };
            ui.label(zopa);
            ui.label(T::StatusLine.fmt(
                lang,
                &[
                    &a.agenda.issues.len(),
                    &a.frontier.len(),
                    &a.acceptable_frontier.len(),
                    &if a.thinned { T::Thinned } else { T::Exact }.get(lang),
                    &format!("{:.1}", c.millis),
                ],
            ));
        });
        for w in &a.warning_notes {
            let w = w.text_in(&a.agenda, lang);
            ui.colored_label(ui.visuals().warn_fg_color, format!("⚠ {w}"));
        }
        for m in &a.zopa.notes {
            ui.label(format!("• {}", m.text_in(&a.agenda, lang)));
        }
    }

    /// "How sure is this?": the Monte Carlo's summary, the most robust package and the
    /// questions to ask first.
    fn how_sure(&mut self, ui: &mut Ui, c: &Arc<Computed>, lang: Lang) {
        let a = &c.analysis;
        let ag = &a.agenda;
        ui.heading(T::HowSure.get(lang));
        if let Some(run) = &self.monte.running {
            ui.horizontal(|ui| {
                ui.spinner();
                let done = run.ctl.done.load(std::sync::atomic::Ordering::Relaxed);
                let total = FIRST_BATCH + run.samples;
                ui.label(T::MonteRunning.fmt(
                    lang,
                    &[
                        &if self.monte.result.is_some() {
                            T::Refining.fmt(lang, &[&run.samples])
                        } else {
                            T::FirstSamples.fmt(lang, &[&FIRST_BATCH])
                        },
                        &format!("{:.0}", 100.0 * (done.min(total) as f64) / total as f64),
                        &format!("{:.1}", run.started.elapsed().as_secs_f32()),
                    ],
                ));
            });
            ui.ctx()
                .request_repaint_after(std::time::Duration::from_millis(100));
        }
        let Some(u) = self.monte.result.clone() else {
            return;
        };
        let pct = |p: f64| format!("{:.0}%", 100.0 * p);
        ui.label(T::MonteSummary.fmt(lang, &[&u.samples, &u.numbers, &u.seed, &pct(u.p_zopa)]));
        for s in [LEFT, RIGHT] {
            if let Some(q) = &u.nash[s] {
                ui.label(T::NashScore.fmt(
                    lang,
                    &[
                        &ag.name_in(s, lang),
                        &format!("{:.1}", q.p10),
                        &format!("{:.1}", q.p90),
                        &format!("{:.1}", q.p50),
                    ],
                ));
            }
        }
        if let Some(n) = &a.nash
            && let Some(o) = u.packages.iter().find(|o| o.package == n.package)
        {
            ui.label(T::TodayNash.fmt(
                lang,
                &[
                    &ag.name_in(LEFT, lang),
                    &pct(o.p_left),
                    &ag.name_in(RIGHT, lang),
                    &pct(o.p_right),
                    &pct(o.p_both),
                    &pct(o.p_nash),
                ],
            ));
        }
        match &u.most_robust {
            Some(o) => {
                ui.horizontal_wrapped(|ui| {
                    ui.strong(
                        T::MostRobustLine.fmt(
                            lang,
                            &[
                                &pct(o.p_both),
                                &if u.robust_proven {
                                    T::NoneBetter
                                } else {
                                    T::BestFound
                                }
                                .get(lang),
                            ],
                        ),
                    );
                    let (l, r) = frontier::scores(ag, &o.package);
                    let p = Point {
                        left: l,
                        right: r,
                        package: o.package.clone(),
                    };
                    if ui
                        .small_button(T::Use.get(lang))
                        .on_hover_text(package_text(ag, T::MostRobustPackage.get(lang), &p, lang))
                        .accessible_name(T::UseRobust.get(lang))
                        .clicked()
                    {
                        self.set_package(ag, &p);
                    }
                });
            }
            None => {
                ui.colored_label(ui.visuals().error_fg_color, T::NoRobust.get(lang));
            }
        }
        let asked: Vec<_> = u
            .ask_first
            .iter()
            .filter(|q| q.share > 0.0)
            .take(ASK_LISTED)
            .collect();
        if !self.monte.complete {
            ui.label(RichText::new(T::AskAfter.get(lang)).weak());
        } else if asked.is_empty() {
            ui.label(T::AskNone.get(lang));
        } else {
            ui.strong(T::AskHeading.get(lang));
            egui::Grid::new("score_ask_first")
                .striped(true)
                .show(ui, |ui| {
                    for q in asked {
                        let n = &q.number;
                        let what = n.describe_in(ag, lang);
                        ui.label(pct(q.share));
                        ui.label(T::AskWhat.fmt(lang, &[&ag.name_in(n.side, lang), &what]))
                            .on_hover_text(T::AskHover.fmt(
                                lang,
                                &[
                                    &format!("{:.1}", n.low),
                                    &format!("{:.1}", n.high),
                                    &format!("{:.1}", n.mode),
                                    &format!("{:.1}", n.mode),
                                    &pct(q.share),
                                    &u.ask_first_samples,
                                ],
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

    fn plot(&self, ui: &mut Ui, c: &Arc<Computed>, eval: &ProposalEval, lang: Lang) {
        let a = &c.analysis;
        let dark = ui.visuals().dark_mode;
        let lc = theme::side_accent(Side::Left, dark);
        let rc = theme::side_accent(Side::Right, dark);
        let weak = ui.visuals().weak_text_color();
        let strong = ui.visuals().strong_text_color();
        let warn = ui.visuals().warn_fg_color;
        let link = ui.visuals().hyperlink_color;
        let zopa_fill = ui.visuals().selection.bg_fill.gamma_multiply(0.25);
        let (ln, rn) = (a.agenda.name_in(LEFT, lang), a.agenda.name_in(RIGHT, lang));
        let res = a.agenda.reservation;
        ui.heading(T::OutcomeSpace.get(lang));
        if a.agenda.issues.is_empty() {
            ui.label(T::NoJointPlot.get(lang));
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
        let mut named: Vec<(T, Vec<[f64; 2]>)> = vec![
            (
                T::Frontier,
                a.frontier.iter().map(|s| xy(&s.point)).collect(),
            ),
            (
                T::AcceptableFrontier,
                a.acceptable_frontier.iter().map(xy).collect(),
            ),
        ];
        for name in SINGLE_POINTS {
            if let Some(p) = single_point(a, name) {
                named.push((name, vec![xy(p)]));
            }
        }
        named.push((T::Proposal, vec![xy(&proposal)]));
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
            named.push((T::MostRobust, vec![xy(p)]));
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
                .x_axis_label(T::AxisScore.fmt(lang, &[&ln]))
                .y_axis_label(T::AxisScore.fmt(lang, &[&rn]))
                .label_formatter(move |pos| {
                    let HoverPosition::NearDataPoint {
                        plot_name, index, ..
                    } = pos
                    else {
                        return None;
                    };
                    let a = &hover_c.analysis;
                    // The series' names are in the view's language: find which one it is.
                    let series = HOVERED.into_iter().find(|t| t.get(lang) == *plot_name)?;
                    let p = match series {
                        T::Frontier => a.frontier.get(*index).map(|s| &s.point),
                        T::AcceptableFrontier => a.acceptable_frontier.get(*index),
                        T::Proposal => Some(&proposal),
                        T::MostRobust => hover_robust.as_ref(),
                        other => single_point(a, other),
                    }?;
                    let mut text = package_text(&a.agenda, plot_name, p, lang);
                    if let Some(u) = &hover_monte {
                        text.push_str(&odds_text(&a.agenda, &u.odds(&p.package), lang));
                    }
                    Some(text)
                })
                .show(ui, |pui| {
                    pui.polygon(
                        Polygon::new(
                            T::ZopaRegion.get(lang),
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
                    pui.vline(VLine::new(T::ReservationOf.fmt(lang, &[&ln]), res[LEFT]).color(lc));
                    pui.hline(HLine::new(T::ReservationOf.fmt(lang, &[&rn]), res[RIGHT]).color(rc));
                    pui.points(
                        Points::new(T::PackagesSample.get(lang), c.cloud.clone())
                            .color(weak.gamma_multiply(0.5))
                            .radius(1.2)
                            .allow_hover(false),
                    );
                    if !spread.is_empty() {
                        // Each sample's Nash point, faint: where the Nash package may really lie.
                        pui.points(
                            Points::new(T::SampleNash.get(lang), spread)
                                .color(theme::SPREAD)
                                .radius(1.5)
                                .allow_hover(false),
                        );
                    }
                    for (key, series) in named {
                        let name = key.get(lang);
                        match key {
                            T::Frontier => {
                                pui.line(
                                    Line::new(T::FrontierLine.get(lang), series.clone())
                                        .color(weak)
                                        .allow_hover(false),
                                );
                                pui.points(Points::new(name, series).color(weak).radius(2.0));
                            }
                            T::AcceptableFrontier => {
                                pui.points(Points::new(name, series).color(strong).radius(2.5));
                            }
                            other => {
                                let (shape, colour, r) = match other {
                                    T::Nash => (MarkerShape::Diamond, warn, 7.0),
                                    T::KalaiSmorodinsky => (MarkerShape::Square, link, 6.0),
                                    T::MaxJointGain => (MarkerShape::Asterisk, strong, 8.0),
                                    T::LeftTarget => (MarkerShape::Up, lc, 7.0),
                                    T::RightTarget => (MarkerShape::Right, rc, 7.0),
                                    T::MostRobust => (MarkerShape::Circle, link, 7.0),
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
                    p.as_ref().map_or(T::NoneText.get(lang).to_owned(), |p| {
                        format!("{:.1} / {:.1}", p.left, p.right)
                    })
                };
                // "Name value": the name in the language, the numbers as they are.
                let named_at = |t: T, v: String| format!("{} {v}", t.get(lang));
                ui.strong(T::Key.fmt(lang, &[&ln, &rn]));
                row(ui, "◆", warn, named_at(T::Nash, at(&a.nash)));
                row(
                    ui,
                    "■",
                    link,
                    named_at(T::KalaiSmorodinsky, at(&a.kalai_smorodinsky)),
                );
                row(ui, "*", strong, named_at(T::MaxJointGain, at(&a.max_joint)));
                row(
                    ui,
                    "▲",
                    lc,
                    T::TargetAt.fmt(lang, &[&ln, &at(&a.targets[LEFT])]),
                );
                row(
                    ui,
                    "▶",
                    rc,
                    T::TargetAt.fmt(lang, &[&rn, &at(&a.targets[RIGHT])]),
                );
                row(
                    ui,
                    "×",
                    strong,
                    named_at(T::Proposal, format!("{:.1} / {:.1}", eval.left, eval.right)),
                );
                row(
                    ui,
                    "●",
                    strong,
                    T::AcceptableCount.fmt(lang, &[&a.acceptable_frontier.len()]),
                );
                row(
                    ui,
                    "—",
                    weak,
                    T::FrontierCount.fmt(
                        lang,
                        &[
                            &a.frontier.len(),
                            &if a.thinned {
                                T::ThinnedShort.get(lang)
                            } else {
                                ""
                            },
                        ],
                    ),
                );
                row(ui, "·", weak, T::PackagesDrawn.fmt(lang, &[&c.cloud.len()]));
                if let Some(u) = &monte {
                    row(
                        ui,
                        "·",
                        theme::SPREAD.gamma_multiply(4.0),
                        T::SampleNashCount.fmt(lang, &[&u.nash_points.len(), &u.samples]),
                    );
                    if let Some(p) = &robust {
                        row(
                            ui,
                            "●",
                            link,
                            named_at(T::MostRobust, format!("{:.1} / {:.1}", p.left, p.right)),
                        );
                    }
                }
                row(
                    ui,
                    "│",
                    lc,
                    T::ReservationAt.fmt(lang, &[&ln, &format!("{:.1}", res[LEFT])]),
                );
                row(
                    ui,
                    "─",
                    rc,
                    T::ReservationAt.fmt(lang, &[&rn, &format!("{:.1}", res[RIGHT])]),
                );
                ui.label(RichText::new(T::Shaded.get(lang)).small().color(weak));
            });
        });
    }

    fn proposal(&mut self, ui: &mut Ui, c: &Arc<Computed>, lang: Lang) {
        let a = &c.analysis;
        let agenda = &a.agenda;
        ui.heading(T::ProposalBuilder.get(lang));
        if agenda.issues.is_empty() {
            ui.label(T::NoJointPropose.get(lang));
            return;
        }
        ui.label(RichText::new(T::OpenScored.get(lang)).small());
        egui::Grid::new("score_view_proposal_grid")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for (k, i) in agenda.issues.iter().enumerate() {
                    ui.label(&i.id).on_hover_text(&i.title);
                    let cur = self.picks.get(&i.id).cloned();
                    let text = cur
                        .clone()
                        .unwrap_or_else(|| T::OpenPick.get(lang).to_owned());
                    egui::ComboBox::from_id_salt(("score_pick", k))
                        .width(190.0)
                        .selected_text(text)
                        .show_ui(ui, |ui| {
                            if ui
                                .selectable_label(cur.is_none(), T::OpenPick.get(lang))
                                .clicked()
                            {
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
                                        T::WalkAwayMark.get(lang)
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
                        .accessible_name(T::ProposalFor.fmt(lang, &[&i.id]));
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
                    RichText::new(format!("{}: {score:.1}", agenda.name_in(s, lang)))
                        .color(theme::side_accent(side, dark))
                        .strong(),
                );
                if eval.acceptable[s] {
                    ui.label(T::Acceptable.get(lang));
                } else {
                    ui.colored_label(ui.visuals().error_fg_color, T::NotAcceptable.get(lang));
                }
                ui.label(
                    T::ReservationParen.fmt(lang, &[&format!("{:.1}", agenda.reservation[s])]),
                );
            });
        }
        if let Some(u) = &self.monte.result {
            let o = u.odds(&eval.package);
            ui.label(odds_text(agenda, &o, lang).trim())
                .on_hover_text(T::OddsHover.fmt(lang, &[&u.samples]));
        }
        if eval.distance <= crate::scoring::EPS {
            ui.label(T::OnFrontier.get(lang));
        } else {
            ui.label(T::CouldGain.fmt(lang, &[&format!("{:.1}", eval.distance)]));
        }
        match eval.distance_acceptable {
            Some(d) if d > crate::scoring::EPS => {
                ui.label(T::CouldGainAcceptable.fmt(lang, &[&format!("{d:.1}")]));
            }
            Some(_) => {
                ui.label(T::OnAcceptable.get(lang));
            }
            None => {}
        }
        if ui.button(T::ClearProposal.get(lang)).clicked() {
            self.picks.clear();
        }
        if !eval.better.is_empty() {
            ui.separator();
            ui.label(T::BetterForBoth.fmt(lang, &[&eval.better.len()]));
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
                        T::FrontierPackage.get(lang),
                        p,
                        lang,
                    ));
                    if ui.small_button(T::Use.get(lang)).clicked() {
                        self.set_package(agenda, p);
                    }
                });
            }
        }
        ui.separator();
        ui.label(T::StartFrom.get(lang));
        ui.horizontal_wrapped(|ui| {
            for (name, p) in [
                (T::Nash, &a.nash),
                (T::KalaiSmorodinsky, &a.kalai_smorodinsky),
                (T::MaxJoint, &a.max_joint),
                (T::LeftTarget, &a.targets[LEFT]),
                (T::RightTarget, &a.targets[RIGHT]),
            ] {
                if let Some(p) = p
                    && ui.small_button(name.get(lang)).clicked()
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
const SINGLE_POINTS: [T; 5] = [
    T::Nash,
    T::KalaiSmorodinsky,
    T::MaxJointGain,
    T::LeftTarget,
    T::RightTarget,
];

/// Every series a hover can name.
const HOVERED: [T; 9] = [
    T::Frontier,
    T::AcceptableFrontier,
    T::Proposal,
    T::MostRobust,
    T::Nash,
    T::KalaiSmorodinsky,
    T::MaxJointGain,
    T::LeftTarget,
    T::RightTarget,
];

fn single_point(a: &Analysis, name: T) -> Option<&Point> {
    match name {
        T::Nash => a.nash.as_ref(),
        T::KalaiSmorodinsky => a.kalai_smorodinsky.as_ref(),
        T::MaxJointGain => a.max_joint.as_ref(),
        T::LeftTarget => a.targets[LEFT].as_ref(),
        T::RightTarget => a.targets[RIGHT].as_ref(),
        _ => None,
    }
}

/// "P(acceptable): US 95% · ROK 80% · both 78%" with a line break before it.
fn odds_text(agenda: &Agenda, o: &[f64; 3], lang: Lang) -> String {
    let pct = |p: f64| format!("{:.0}", 100.0 * p);
    T::Odds.fmt(
        lang,
        &[
            &agenda.name_in(LEFT, lang),
            &pct(o[0]),
            &agenda.name_in(RIGHT, lang),
            &pct(o[1]),
            &pct(o[2]),
        ],
    )
}

fn package_text(agenda: &Agenda, title: &str, p: &Point, lang: Lang) -> String {
    let mut s = format!(
        "{title}\n{} {:.1} · {} {:.1}\n",
        agenda.name_in(LEFT, lang),
        p.left,
        agenda.name_in(RIGHT, lang),
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

/// How one option's value reads in its bar.
#[derive(Clone, Copy)]
struct BarOf {
    value: f64,
    colour: Color32,
    valued: bool,
    acceptable: bool,
}

fn bar(ui: &mut Ui, b: BarOf, lang: Lang) {
    let BarOf {
        value,
        colour,
        valued,
        acceptable,
    } = b;
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
            if acceptable {
                ""
            } else {
                T::BelowWalkAway.get(lang)
            }
        )
    } else {
        T::NotValued.get(lang).to_owned()
    };
    resp.on_hover_text(text);
}

fn issue_bars(ui: &mut Ui, a: &Analysis, lang: Lang) {
    let ag = &a.agenda;
    let dark = ui.visuals().dark_mode;
    let (lc, rc) = (
        theme::side_accent(Side::Left, dark),
        theme::side_accent(Side::Right, dark),
    );
    ui.heading(T::Issues.get(lang));
    ui.label(
        RichText::new(
            T::BarsLegend.fmt(lang, &[&ag.name_in(LEFT, lang), &ag.name_in(RIGHT, lang)]),
        )
        .small(),
    );
    for (ia, i) in a.issues.iter().zip(&ag.issues) {
        let norms = [
            format!("{:.2}", ia.norm[LEFT]),
            format!("{:.2}", ia.norm[RIGHT]),
        ];
        let weight = match ia.cares_more {
            Some(s) => T::CaresMore.fmt(lang, &[&side_label(s, lang), &norms[0], &norms[1]]),
            None => T::EqualWeight.fmt(lang, &[&norms[0], &norms[1]]),
        };
        egui::CollapsingHeader::new(T::IssueHeader.fmt(
            lang,
            &[
                &i.id,
                &ia.kind.label_in(lang),
                &format!("{:.1}", ia.conflict),
                &weight,
            ],
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
                            for (s, colour) in [(LEFT, lc), (RIGHT, rc)] {
                                let b = BarOf {
                                    value: i.value[s][k],
                                    colour,
                                    valued: i.valued[s][k],
                                    acceptable: i.allowed(s, k),
                                };
                                bar(ui, b, lang);
                            }
                        });
                        ui.end_row();
                    }
                });
        });
    }
}

/// A side of the joint agenda by name ("left" / "왼쪽").
fn side_label(s: usize, lang: Lang) -> &'static str {
    let side = if s == LEFT { Side::Left } else { Side::Right };
    crate::i18n::side_name(side, lang)
}

fn trades(ui: &mut Ui, a: &Analysis, lang: Lang) {
    let ag = &a.agenda;
    ui.heading(T::Trades.get(lang));
    if a.trades.is_empty() {
        ui.label(T::NoTrade.get(lang));
        return;
    }
    ui.label(RichText::new(T::TradesNote.get(lang)).small());
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
            ui.strong(format!(
                "{} / {}",
                ag.name_in(LEFT, lang),
                ag.name_in(RIGHT, lang)
            ));
            ui.strong(T::Gets.fmt(lang, &[&ag.name_in(LEFT, lang)]));
            ui.strong(T::Gets.fmt(lang, &[&ag.name_in(RIGHT, lang)]));
            ui.end_row();
            for t in &a.trades {
                ui.label(format!("{:+.1} / {:+.1}", t.delta[LEFT], t.delta[RIGHT]));
                ui.label(list(&t.left_wins));
                ui.label(list(&t.right_wins));
                ui.end_row();
            }
        });
}

fn sensitivity(ui: &mut Ui, a: &Analysis, lang: Lang) {
    let ag = &a.agenda;
    ui.heading(T::Sensitivity.get(lang));
    if a.sensitivity.is_empty() {
        ui.label(T::NoSensitivity.get(lang));
        return;
    }
    ui.label(RichText::new(T::SensitivityNote.get(lang)).small());
    if !a.sensitivity_exact {
        ui.colored_label(ui.visuals().warn_fg_color, T::SensitivityLarge.get(lang));
    }
    egui::Grid::new("score_sensitivity")
        .striped(true)
        .show(ui, |ui| {
            for h in [T::Issue, T::Side, T::Weight, T::KeepsFrom, T::To] {
                ui.strong(h.get(lang));
            }
            ui.end_row();
            for s in &a.sensitivity {
                let Some(i) = ag.issues.get(s.issue) else {
                    continue;
                };
                ui.label(&i.id);
                ui.label(ag.name_in(s.side, lang));
                ui.label(format!("{:.2}", s.weight));
                ui.label(format!("{:.2}", s.low));
                ui.label(
                    s.high
                        .map_or(T::Any.get(lang).to_owned(), |h| format!("{h:.2}")),
                );
                ui.end_row();
            }
        });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frame(view: &mut ScoreView, ctx: &egui::Context, l: &Position, r: &Position, v: (u64, u64)) {
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            view.show(ui, Some(l), Some(r), v, Lang::En);
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
            view.show(ui, None, Some(&r), (2, 1), Lang::Ko);
        });
        out.textures_delta.clear();
    }
}
