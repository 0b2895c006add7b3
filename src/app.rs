//! The window: a thin shell. Each frame it reads the keys through the command table, lets the
//! panels draw from the state (they push commands), applies the commands at the frame end and
//! carries out what they ask of the window (dialogs, focus, full screen, closing).

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{Command, InputContext, ThemeChoice, View};
use crate::dialogs::{DialogBackend, Dialogs, NativeDialogs};
use crate::state::{Effect, State};
use crate::ui;
use crate::workspace::Side;

/// What persists between runs (eframe storage). Every field has a default so that settings
/// from another version never fail to decode.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently used files, newest first.
    pub recent: Vec<PathBuf>,
    /// The left file of the last run.
    pub left: Option<PathBuf>,
    /// The right file of the last run.
    pub right: Option<PathBuf>,
    /// Light, dark or the system's theme.
    pub theme: ThemeChoice,
    /// Zoom of the normal view.
    pub zoom: f32,
    /// Zoom of presentation mode.
    pub present_zoom: f32,
    /// The room (View ▸ Room) each pair of files was last shown in.
    pub rooms: Vec<(String, crate::visibility::Audience)>,
    /// The language picked in View ▸ Language; `None` follows the system's locale.
    pub language: Option<crate::i18n::Lang>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            recent: Vec::new(),
            left: None,
            right: None,
            theme: ThemeChoice::System,
            zoom: 1.0,
            present_zoom: 1.6,
            rooms: Vec::new(),
            language: None,
        }
    }
}

const SETTINGS_KEY: &str = "accord-settings";

/// The Accord application.
#[derive(Debug)]
pub struct AccordApp {
    /// All state, as plain data.
    pub state: State,
    /// Commands pushed outside a frame (tests, start-up), applied at the next frame's end.
    queue: Vec<Command>,
    /// Writes unsaved edits to recovery files.
    pub autosaver: crate::recovery::Autosaver,
    /// File dialogs and their answers.
    pub dialogs: Dialogs,
    score_view: ui::score_view::ScoreView,
    /// Theme and zoom as last applied to the context.
    applied_look: Option<(ThemeChoice, bool, u32)>,
    /// When the window was asked for, if it should close after its first frame.
    first_frame_exit: Option<std::time::Instant>,
}

impl AccordApp {
    /// The score view (read-only: for tests and benchmarks).
    pub fn score_view(&self) -> &ui::score_view::ScoreView {
        &self.score_view
    }

    /// An app with the given files open (files that fail to load show their error).
    pub fn new(ctx: &egui::Context, left: Option<PathBuf>, right: Option<PathBuf>) -> Self {
        Self::new_in(ctx, left, right, crate::i18n::Lang::En)
    }

    /// The app in a language, with these files open (their notices in that language).
    pub fn new_in(
        ctx: &egui::Context,
        left: Option<PathBuf>,
        right: Option<PathBuf>,
        lang: crate::i18n::Lang,
    ) -> Self {
        ui::fonts::install(ctx);
        let mut state = State::new();
        state.lang = lang;
        let mut app = AccordApp {
            state,
            queue: Vec::new(),
            autosaver: crate::recovery::Autosaver::new(None),
            dialogs: Dialogs::new(Box::new(NativeDialogs)),
            score_view: ui::score_view::ScoreView::new(),
            applied_look: None,
            first_frame_exit: None,
        };
        for (side, path) in [(Side::Left, left), (Side::Right, right)] {
            if let Some(path) = path {
                app.apply(Command::Open { side, path }, ctx);
            }
        }
        app
    }

    /// Use another dialog backend (tests script the answers).
    pub fn with_dialogs(mut self, backend: Box<dyn DialogBackend>) -> Self {
        self.dialogs = Dialogs::new(backend);
        self
    }

    /// Turn on autosave into `dir` and look there for an earlier run's snapshots.
    pub fn with_recovery(mut self, dir: Option<PathBuf>) -> Self {
        self.state.recovery_offer = dir
            .as_deref()
            .map(crate::recovery::find)
            .unwrap_or_default();
        self.autosaver = crate::recovery::Autosaver::new(dir);
        self
    }

    /// Create the app inside eframe: command-line files first, else the last run's, else the
    /// samples.
    pub fn from_creation(
        cc: &eframe::CreationContext<'_>,
        left: Option<PathBuf>,
        right: Option<PathBuf>,
    ) -> Self {
        let settings: Settings = cc
            .storage
            .and_then(|s| eframe::get_value(s, SETTINGS_KEY))
            .unwrap_or_default();
        let explicit = left.is_some() || right.is_some();
        let last = |p: &Option<PathBuf>| p.clone().filter(|p| p.exists());
        let (l, r) = match (last(&settings.left), last(&settings.right)) {
            _ if explicit => (left, right),
            (Some(l), Some(r)) => (Some(l), Some(r)),
            (l, r) => {
                // Nothing (or one side) to reopen: the user's copies of the embedded samples
                // (written the first time, never over their edits), so that saving works.
                let (sl, sr, written) = crate::samples::default_pair();
                match written {
                    Ok(Some(dir)) => eprintln!("accord: wrote the samples to {}", dir.display()),
                    Ok(None) => {}
                    Err(why) => eprintln!("accord: samples not copied: {why}"),
                }
                let (l, r) = (l.unwrap_or(sl), r.unwrap_or(sr));
                eprintln!("accord: opening {} and {}", l.display(), r.display());
                (Some(l), Some(r))
            }
        };
        let lang = settings
            .language
            .unwrap_or_else(crate::i18n::Lang::from_system);
        let mut app = Self::new_in(&cc.egui_ctx, l, r, lang).with_recovery(crate::recovery::dir());
        app.state.lang_chosen = settings.language.is_some();
        let mut recent = settings.recent;
        for p in app.state.recent.drain(..) {
            recent.retain(|r| r != &p);
            recent.insert(0, p);
        }
        recent.truncate(crate::state::MAX_RECENT);
        app.state.recent = recent;
        app.state.theme = settings.theme;
        app.state.zoom = settings.zoom.clamp(0.5, 4.0);
        app.state.present_zoom = settings.present_zoom.clamp(0.5, 4.0);
        app.state.rooms = settings.rooms.into_iter().collect();
        app
    }

    /// Queue a command for the end of the next frame.
    pub fn push(&mut self, cmd: Command) {
        self.queue.push(cmd);
    }

    /// Apply one command now, and carry out what it asks of the window.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        if let Some(effect) = self.state.apply(cmd) {
            self.effect(effect, ctx);
        }
    }

    fn effect(&mut self, effect: Effect, ctx: &egui::Context) {
        match effect {
            Effect::Dialog(req) => {
                if let Some(cmd) = self.dialogs.show(req) {
                    self.apply(cmd, ctx);
                }
            }
            Effect::FocusFilter => {
                ctx.memory_mut(|m| m.request_focus(egui::Id::unique(ui::FILTER_ID)));
            }
            Effect::FocusCellEditor => {
                ctx.memory_mut(|m| m.request_focus(egui::Id::unique(ui::CELL_EDITOR_ID)));
            }
            Effect::Unfocus => ctx.memory_mut(|m| {
                if let Some(id) = m.focused() {
                    m.surrender_focus(id);
                }
            }),
            Effect::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
            Effect::Close => {
                self.autosaver.clear_all();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            Effect::AdoptRecovery(sides) => {
                for side in sides {
                    self.autosaver.adopt(side);
                }
            }
            Effect::DiscardRecovery => self.autosaver.clear_all(),
            Effect::CopyText(text) => ctx.copy_text(text),
            Effect::RequestPaste => ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste),
        }
    }

    /// Theme, high contrast and zoom, applied when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let zoom = self.state.zoom_factor();
        let key = (self.state.theme, self.state.presentation, zoom.to_bits());
        if self.applied_look == Some(key) {
            return;
        }
        self.applied_look = Some(key);
        ctx.set_theme(match self.state.theme {
            ThemeChoice::System => egui::ThemePreference::System,
            ThemeChoice::Light => egui::ThemePreference::Light,
            ThemeChoice::Dark => egui::ThemePreference::Dark,
        });
        for theme in [egui::Theme::Dark, egui::Theme::Light] {
            let visuals = if self.state.presentation {
                ui::theme::high_contrast(theme)
            } else {
                theme.default_visuals()
            };
            ctx.set_visuals_of(theme, visuals);
        }
        ctx.set_zoom_factor(zoom);
    }

    /// The settings to persist now.
    pub fn settings(&self) -> Settings {
        Settings {
            recent: self.state.recent.clone(),
            left: self.state.ws.left.as_ref().and_then(|d| d.path.clone()),
            right: self.state.ws.right.as_ref().and_then(|d| d.path.clone()),
            theme: self.state.theme,
            zoom: self.state.zoom,
            present_zoom: self.state.present_zoom,
            language: self.state.lang_chosen.then_some(self.state.lang),
            rooms: self
                .state
                .rooms
                .iter()
                .map(|(k, v)| (k.clone(), *v))
                .collect(),
        }
    }

    /// The keyboard context now: the one input to which keys are live.
    fn input_context(&self, ctx: &egui::Context) -> InputContext {
        let focused = ctx.memory(|m| m.focused());
        let is = |id: &str| focused == Some(egui::Id::unique(id));
        InputContext {
            typing: ctx.egui_wants_keyboard_input(),
            cell_editing: self.state.cell_edit.is_some(),
            log_typing: is(ui::LOG_ID),
            filter_focused: is(ui::FILTER_ID),
            filter_set: !self.state.filter.is_empty(),
            presenting: self.state.presentation,
            view: self.state.view,
            selected: self.state.selected.is_some(),
            modal: ui::modals::open(&self.state),
            merging: self.state.merge.is_some(),
        }
    }

    /// Files dropped on the window: on the half they are dropped on; two at once fill both.
    fn dropped_files(ctx: &egui::Context, out: &mut Vec<Command>) {
        let (dropped, pos, width) = ctx.input(|i| {
            (
                i.raw.dropped_files.clone(),
                i.pointer.latest_pos(),
                i.viewport_rect().width(),
            )
        });
        for (k, f) in dropped.into_iter().take(2).enumerate() {
            let path = f.path().to_path_buf();
            if path.as_os_str().is_empty() {
                continue;
            }
            let side = match pos {
                _ if k == 1 => Side::Right,
                Some(p) if p.x > width / 2.0 => Side::Right,
                _ => Side::Left,
            };
            out.push(Command::Open { side, path });
        }
    }

    /// Closing the window asks about unsaved edits; losing focus writes recovery files.
    fn window_events(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && !self.state.allow_close {
            if self.state.dirty_sides().is_empty() {
                self.autosaver.clear_all();
            } else {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.apply(Command::Action(crate::command::Action::Quit), ctx);
            }
        }
        let focus_lost = ctx.input(|i| {
            i.raw
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        if self.state.recovery_offer.is_empty() {
            // Never overwrite an earlier run's snapshots before the user has answered.
            self.autosaver.tick(&self.state.ws, focus_lost);
            if self.state.ws.any_dirty() {
                ctx.request_repaint_after(crate::recovery::INTERVAL);
            }
        }
    }

    /// Draw one frame and apply its commands (also called by the tests).
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        self.window_events(&ctx);
        let mut out = std::mem::take(&mut self.queue);
        out.extend(self.dialogs.answers());
        if self.dialogs.open > 0 {
            ctx.request_repaint_after(std::time::Duration::from_millis(100));
        }
        self.state.prepare_frame(std::time::Instant::now());
        ctx.request_repaint_after(crate::state::POLL);
        let cx = self.input_context(&ctx);
        ui::keys::read(&ctx, &cx, &mut out);
        ui::keys::clipboard(&ctx, &cx, &mut out);
        Self::dropped_files(&ctx, &mut out);
        self.panels(ui, &mut out);
        if !out.is_empty() {
            // State changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for cmd in out {
            self.apply(cmd, &ctx);
        }
    }

    fn panels(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let st = &self.state;
        let presenting = st.presentation;
        if !presenting {
            egui::Panel::top("menu").show(ui, |ui| ui::menu::bar(ui, st, out));
        }
        egui::Panel::top("banners").show(ui, |ui| {
            ui::header::marking_banner(ui, st);
            ui::header::estimate_banner(ui, st);
            if let Some(err) = &st.error {
                ui::banners::error(ui, err, st.lang, out);
            }
            if presenting {
                return;
            }
            for &side in &st.disk_changed {
                ui::banners::disk_changed(ui, st, side, out);
            }
            ui::header::headers(ui, st, out);
            ui.add_space(2.0);
            ui::toolbar::show(ui, st, out);
        });
        let autosave = match (&self.autosaver.last_error, self.autosaver.dir()) {
            (Some(e), _) => Err(e.as_str()),
            (None, d) => Ok(d),
        };
        egui::Panel::bottom("status").show(ui, |ui| ui::banners::status(ui, st, autosave));
        if presenting {
            // The marking stays on screen at the bottom too.
            egui::Panel::bottom("present-marking").show(ui, |ui| {
                ui::header::marking_banner(ui, st);
                ui::header::estimate_banner(ui, st);
            });
        }
        if st.show_log {
            egui::Panel::right("session-log")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| ui::log_panel::show(ui, st, out));
        }
        if st.selected.is_some() && st.view == View::Workspace && !presenting {
            let mut cx = ui::detail::EditCtx {
                out: &mut *out,
                session: st.edit_run,
                new_session: false,
                party: String::new(),
                focus_title: st.focus_title,
            };
            egui::Panel::bottom("detail")
                .resizable(true)
                .default_size(340.0)
                .size_range(120.0..=900.0)
                .show(ui, |ui| ui::detail::show(ui, st, &mut cx));
            if cx.new_session {
                out.push(Command::NewEditRun);
            }
        }
        let score_view = &mut self.score_view;
        egui::CentralPanel::default().show(ui, |ui| {
            if let Some(m) = &st.merge {
                ui::merge_view::show(ui, st, m, out);
                return;
            }
            if st.ws.left.is_none() && st.ws.right.is_none() {
                ui.centered_and_justified(|ui| {
                    ui.label(RichText::new(
                        crate::i18n::present::Present::OpenFirst.get(st.lang),
                    ));
                });
                return;
            }
            if presenting {
                ui::present::show(ui, st, out);
                return;
            }
            match st.view {
                View::Workspace => ui::table::show(ui, st, out),
                View::Score => match st.insight() {
                    crate::visibility::Insight::Full => score_view.show(
                        ui,
                        st.ws.position(Side::Left),
                        st.ws.position(Side::Right),
                        st.ws.versions(),
                        st.lang,
                    ),
                    crate::visibility::Insight::Mediator => {
                        let labels = Side::BOTH
                            .iter()
                            .all(|&s| !st.hidden(s).has(crate::model::Field::Options));
                        score_view.show_mediator(
                            ui,
                            st.ws.position(Side::Left),
                            st.ws.position(Side::Right),
                            st.ws.versions(),
                            labels,
                            st.lang,
                        );
                    }
                    other => ui::own_view::show(ui, st, other),
                },
                View::Diff => {
                    egui::Panel::left("rounds")
                        .resizable(true)
                        .default_size(260.0)
                        .show(ui, |ui| {
                            egui::ScrollArea::vertical()
                                .id_salt("rounds-scroll")
                                .show(ui, |ui| ui::rounds::show(ui, st, out));
                        });
                    ui::diff_view::show(ui, st, out);
                }
            }
        });
        ui::header_editor::show(&ctx, st, out);
        ui::modals::shortcuts(&ctx, st, out);
        ui::modals::show(&ctx, st, out);
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            ui::banners::drop_hint(&ctx, st.lang);
        }
    }
}

impl eframe::App for AccordApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
        if let Some(t0) = self.first_frame_exit.take() {
            // `ACCORD_FIRST_FRAME_EXIT` (benches/startup.rs, .ci/deb-smoke): say when the first
            // frame is drawn and close.
            eprintln!(
                "accord: first frame after {:.1} ms",
                t0.elapsed().as_secs_f64() * 1e3
            );
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings());
    }

    fn on_exit(&mut self) {
        // Closed without our prompt (e.g. the session ends): keep a last snapshot of anything
        // unsaved, written now rather than by the background thread, which may not get to run.
        if self.state.allow_close {
            return;
        }
        if let Some(dir) = self.autosaver.dir() {
            for side in Side::BOTH {
                if let Some(doc) = self.state.ws.doc(side).filter(|d| d.is_dirty()) {
                    let _ = crate::recovery::write(dir, side, doc.path.as_deref(), &doc.position);
                }
            }
        }
    }
}

/// The window icon (also installed as the desktop icon): `assets/accord.png`.
pub const ICON_PNG: &[u8] = include_bytes!("../assets/accord.png");

/// Open the window.
pub fn run_native(left: Option<PathBuf>, right: Option<PathBuf>) -> Result<(), eframe::Error> {
    let t0 = std::time::Instant::now();
    let first_frame_exit = std::env::var_os("ACCORD_FIRST_FRAME_EXIT").is_some();
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("Accord")
        // Matches assets/accord.desktop (its file name and StartupWMClass), so that the
        // desktop shows the window under the menu entry's icon.
        .with_app_id("accord")
        .with_inner_size([1400.0, 860.0])
        .with_min_inner_size([700.0, 400.0])
        .with_drag_and_drop(true);
    match eframe::icon_data::from_png_bytes(ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(icon),
        Err(e) => eprintln!("accord: window icon not set: {e}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        "Accord",
        options,
        Box::new(move |cc| {
            let mut app = AccordApp::from_creation(cc, left, right);
            app.first_frame_exit = first_frame_exit.then_some(t0);
            Ok(Box::new(app))
        }),
    )
}
