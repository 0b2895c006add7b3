//! The window: reads input, draws the panels, applies the frame's commands.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{ACTIONS, Action, Command};
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
}

/// The colour theme.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum ThemeChoice {
    /// Follow the operating system.
    #[default]
    System,
    /// Light.
    Light,
    /// Dark.
    Dark,
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
        }
    }
}

const SETTINGS_KEY: &str = "accord-settings";
const FILTER_ID: &str = "accord-filter";

/// The main views, one at a time in the central area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize, serde::Deserialize)]
pub enum View {
    /// The side-by-side table and detail panel.
    #[default]
    Workspace,
    /// Joint analysis: frontier, Nash point, trades, proposal builder.
    Score,
    /// Differences between two positions.
    Diff,
}

/// What the diff view compares.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum DiffMode {
    /// The left file against the right file.
    #[default]
    Sides,
    /// A side's file on disk against its unsaved edits.
    Saved(Side),
    /// Two files picked by the user (e.g. round 1 and round 2 of one side).
    Files(PathBuf, PathBuf),
}

/// A position read from disk for the diff view: path, stamp when read, result.
type DiskFile = (
    PathBuf,
    Option<crate::workspace::DiskStamp>,
    Result<std::sync::Arc<crate::model::Position>, String>,
);

/// The older and (for two files) newer position read from disk for the diff view.
type DiskPair = (
    std::sync::Arc<crate::model::Position>,
    Option<std::sync::Arc<crate::model::Position>>,
);

/// What to do once the unsaved changes of some sides are saved or discarded.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Open a file on a side.
    Open(Side, PathBuf),
    /// Close the window.
    Quit,
}

/// A pending "Save / Discard / Cancel" question.
#[derive(Debug, Clone, PartialEq)]
pub struct Confirm {
    /// Sides with unsaved changes that would be lost.
    pub sides: Vec<Side>,
    /// What happens after Save or Discard.
    pub then: Then,
}

/// The Accord application.
#[derive(Debug)]
pub struct AccordApp {
    /// All state, as plain data.
    pub state: State,
    /// Commands pushed during this frame, applied at its end.
    queue: Vec<Command>,
    focus_filter: bool,
    show_shortcuts: bool,
    /// Edits typed into one field in one focus session merge into one undo step.
    edit_session: u64,
    /// The table cell being edited in place.
    cell_edit: Option<ui::table::CellEdit>,
    /// The side whose file header is being edited.
    header_edit: Option<Side>,
    /// Writes unsaved edits to recovery files.
    pub autosaver: crate::recovery::Autosaver,
    /// Snapshots of an earlier run, offered for restore at start-up.
    pub recovery_offer: Vec<crate::recovery::Found>,
    /// A question about unsaved changes waiting for an answer.
    pub confirm: Option<Confirm>,
    /// The user chose to close with unsaved changes discarded (or saved them).
    allow_close: bool,
    /// Sides whose file changed on disk, waiting for reload / keep / compare.
    pub disk_changed: Vec<Side>,
    disk_check: Option<std::time::Instant>,
    /// Whether native dialogs may be used (off in tests, where nothing can answer them).
    pub dialogs: bool,
    /// The view shown in the central area.
    pub view: View,
    /// What the diff view compares.
    pub diff_mode: DiffMode,
    score_view: ui::score_view::ScoreView,
    diff_view: ui::diff_view::DiffView,
    /// Positions read from disk for the diff view, by path and disk stamp.
    diff_files: Vec<DiskFile>,
    /// Colour theme.
    pub theme: ThemeChoice,
    /// Theme and zoom as last applied to the context.
    applied_look: Option<(ThemeChoice, bool, u32)>,
    /// Text being typed into the session log.
    log_draft: (crate::session_log::EntryKind, String),
    /// Rounds picked in the rounds panel for comparison.
    round_picks: Vec<PathBuf>,
}

impl AccordApp {
    /// An app with the given files open (files that fail to load show their error).
    pub fn new(ctx: &egui::Context, left: Option<PathBuf>, right: Option<PathBuf>) -> Self {
        ui::fonts::install(ctx);
        let mut app = AccordApp {
            state: State::default(),
            queue: Vec::new(),
            focus_filter: false,
            show_shortcuts: false,
            edit_session: 0,
            cell_edit: None,
            header_edit: None,
            autosaver: crate::recovery::Autosaver::new(None),
            recovery_offer: Vec::new(),
            confirm: None,
            allow_close: false,
            disk_changed: Vec::new(),
            disk_check: None,
            dialogs: true,
            view: View::Workspace,
            diff_mode: DiffMode::Sides,
            score_view: ui::score_view::ScoreView::new(),
            diff_view: ui::diff_view::DiffView::default(),
            diff_files: Vec::new(),
            theme: ThemeChoice::System,
            applied_look: None,
            log_draft: (crate::session_log::EntryKind::Decision, String::new()),
            round_picks: Vec::new(),
        };
        app.state.zoom = 1.0;
        app.state.present_zoom = 1.6;
        for (side, path) in [(Side::Left, left), (Side::Right, right)] {
            if let Some(path) = path {
                app.apply(Command::Open { side, path }, ctx);
            }
        }
        app.state.active = Some(Side::Left);
        app
    }

    /// Turn on autosave into `dir` and look there for an earlier run's snapshots.
    pub fn with_recovery(mut self, dir: Option<PathBuf>) -> Self {
        self.recovery_offer = dir
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
        let pick = |arg: Option<PathBuf>, last: Option<PathBuf>, sample: &str| {
            if explicit {
                return arg;
            }
            last.filter(|p| p.exists())
                .or_else(|| Some(crate::sample_path(sample)))
        };
        let l = pick(left, settings.left.clone(), "us.ron");
        let r = pick(right, settings.right.clone(), "rok.ron");
        let mut app = Self::new(&cc.egui_ctx, l, r).with_recovery(crate::recovery::dir());
        let mut recent = settings.recent;
        for p in app.state.recent.drain(..) {
            recent.retain(|r| r != &p);
            recent.insert(0, p);
        }
        recent.truncate(crate::state::MAX_RECENT);
        app.state.recent = recent;
        app.theme = settings.theme;
        app.state.zoom = settings.zoom.clamp(0.5, 4.0);
        app.state.present_zoom = settings.present_zoom.clamp(0.5, 4.0);
        app
    }

    /// Queue a command for the end of this frame.
    pub fn push(&mut self, cmd: Command) {
        self.queue.push(cmd);
    }

    /// Apply one command now, and carry out what it asks of the window.
    pub fn apply(&mut self, cmd: Command, ctx: &egui::Context) {
        // Opening over unsaved edits asks first.
        if let Command::Open { side, path } = &cmd
            && self.state.ws.doc(*side).is_some_and(|d| d.is_dirty())
        {
            self.confirm = Some(Confirm {
                sides: vec![*side],
                then: Then::Open(*side, path.clone()),
            });
            return;
        }
        if let Some(effect) = self.state.apply(cmd) {
            self.effect(effect, ctx);
        }
    }

    fn dirty_sides(&self) -> Vec<Side> {
        Side::BOTH
            .into_iter()
            .filter(|&s| self.state.ws.doc(s).is_some_and(|d| d.is_dirty()))
            .collect()
    }

    /// Ask before quitting with unsaved changes; otherwise close.
    fn request_quit(&mut self, ctx: &egui::Context) {
        let sides = self.dirty_sides();
        if sides.is_empty() || self.allow_close {
            self.allow_close = true;
            self.autosaver.clear_all();
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        } else {
            self.confirm = Some(Confirm {
                sides,
                then: Then::Quit,
            });
        }
    }

    /// Answer the pending question: `Some(true)` save, `Some(false)` discard, `None` cancel.
    pub fn answer(&mut self, save: Option<bool>, ctx: &egui::Context) {
        let Some(c) = self.confirm.take() else {
            return;
        };
        let Some(save) = save else {
            self.state.status = "Cancelled: nothing was changed".into();
            return;
        };
        if save {
            for &side in &c.sides {
                self.apply(Command::Save(side), ctx);
            }
            if c.sides
                .iter()
                .any(|&s| self.state.ws.doc(s).is_some_and(|d| d.is_dirty()))
            {
                // Not saved (error or no path chosen): keep the edits, do nothing further.
                return;
            }
        }
        match c.then {
            Then::Open(side, path) => {
                if let Some(e) = self.state.apply(Command::Open { side, path }) {
                    self.effect(e, ctx);
                }
            }
            Then::Quit => {
                self.allow_close = true;
                self.autosaver.clear_all();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn effect(&mut self, effect: Effect, ctx: &egui::Context) {
        match effect {
            Effect::OpenDialog(side) => {
                if !self.dialogs {
                    return;
                }
                let mut dlg = rfd::FileDialog::new()
                    .add_filter("Position files", &["ron"])
                    .add_filter("All files", &["*"])
                    .set_title(format!("Open a position on the {}", side.name()));
                if let Some(dir) = self.current_dir(side) {
                    dlg = dlg.set_directory(dir);
                }
                if let Some(path) = dlg.pick_file() {
                    self.apply(Command::Open { side, path }, ctx);
                }
            }
            Effect::SaveAsDialog(side) => {
                if !self.dialogs {
                    return;
                }
                let name = self
                    .state
                    .ws
                    .doc(side)
                    .map(|d| d.display_name())
                    .filter(|n| n.ends_with(".ron"))
                    .unwrap_or_else(|| "position.ron".into());
                let mut dlg = rfd::FileDialog::new()
                    .add_filter("Position files", &["ron"])
                    .set_file_name(name)
                    .set_title(format!("Save the {} position as", side.name()));
                if let Some(dir) = self.current_dir(side) {
                    dlg = dlg.set_directory(dir);
                }
                if let Some(mut path) = dlg.save_file() {
                    if path.extension().is_none() {
                        path.set_extension("ron");
                    }
                    self.apply(Command::SaveAs { side, path }, ctx);
                }
            }
            Effect::FocusFilter => self.focus_filter = true,
            Effect::ShowShortcuts => self.show_shortcuts = true,
            Effect::EditHeader(side) => self.header_edit = Some(side),
            Effect::ExportDialog => {
                if !self.dialogs {
                    return;
                }
                let mut dlg = rfd::FileDialog::new()
                    .add_filter("HTML report", &["html"])
                    .add_filter("Markdown", &["md"])
                    .add_filter("CSV (Excel)", &["csv"])
                    .set_file_name("accord-report.html")
                    .set_title("Export a report");
                if let Some(dir) = self.current_dir(Side::Left) {
                    dlg = dlg.set_directory(dir);
                }
                if let Some(mut path) = dlg.save_file() {
                    if path.extension().is_none() {
                        path.set_extension("html");
                    }
                    self.export_to(&path);
                }
            }
            Effect::ToggleFullscreen => {
                let full = ctx.input(|i| i.viewport().fullscreen.unwrap_or(false));
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
            Effect::CompareWithDisk(side) => {
                self.diff_mode = DiffMode::Saved(side);
                self.view = View::Diff;
            }
            Effect::Quit => self.request_quit(ctx),
        }
    }

    fn current_dir(&self, side: Side) -> Option<PathBuf> {
        self.state
            .ws
            .doc(side)
            .or_else(|| self.state.ws.doc(side.other()))
            .and_then(|d| d.path.as_ref())
            .and_then(|p| p.parent().map(|d| d.to_path_buf()))
    }

    /// Write a report of the open positions to `path` (format by extension).
    pub fn export_to(&mut self, path: &std::path::Path) {
        match export_workspace(&self.state, path) {
            Ok(()) => self.state.status = format!("Exported {}", path.display()),
            Err(e) => {
                self.state.error = Some(crate::state::Notice {
                    title: "The report was not written".into(),
                    detail: e,
                })
            }
        }
    }

    /// Theme, high contrast and zoom, applied when they change.
    fn apply_look(&mut self, ctx: &egui::Context) {
        let zoom = self.state.zoom_factor();
        let key = (self.theme, self.state.presentation, zoom.to_bits());
        if self.applied_look == Some(key) {
            return;
        }
        self.applied_look = Some(key);
        ctx.set_theme(match self.theme {
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
            theme: self.theme,
            zoom: self.state.zoom,
            present_zoom: self.state.present_zoom,
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        let filter_focused = ctx.memory(|m| m.focused()) == Some(egui::Id::unique(FILTER_ID));
        for info in ACTIONS {
            let Some(s) = info.shortcut else { continue };
            if info.action == Action::ClearFilter && self.state.filter.is_empty() && !filter_focused
            {
                // Esc belongs to other uses (closing the detail panel) when there is no filter.
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&ui::keys::to_egui(s))) {
                self.push(Command::Action(info.action));
            }
        }
        let typing = ctx.memory(|m| m.focused()).is_some() || self.cell_edit.is_some();
        if typing {
            return;
        }
        if self.state.presentation {
            let pressed = |k: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k));
            if pressed(egui::Key::ArrowRight) || pressed(egui::Key::Space) {
                self.push(Command::Action(Action::NextIssue));
            }
            if pressed(egui::Key::ArrowLeft) {
                self.push(Command::Action(Action::PreviousIssue));
            }
            if pressed(egui::Key::Escape) {
                self.push(Command::Action(Action::TogglePresentation));
            }
            return;
        }
        if self.state.selected.is_some()
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.push(Command::Select(None));
        }
        let pressed = |k: egui::Key| ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, k));
        let step: i64 = if pressed(egui::Key::ArrowDown) {
            1
        } else if pressed(egui::Key::ArrowUp) {
            -1
        } else {
            0
        };
        if step > 0 {
            self.push(Command::Action(Action::NextIssue));
        } else if step < 0 {
            self.push(Command::Action(Action::PreviousIssue));
        }
        let cols = ui::table::COLUMNS.len();
        if pressed(egui::Key::ArrowRight) {
            self.push(Command::CursorColumn(
                (self.state.cursor_col + 1).min(cols - 1),
            ));
        }
        if pressed(egui::Key::ArrowLeft) {
            self.push(Command::CursorColumn(
                self.state.cursor_col.saturating_sub(1),
            ));
        }
        if (pressed(egui::Key::Enter) || pressed(egui::Key::F2))
            && let Some(id) = self.state.selected.clone()
        {
            self.cell_edit = ui::table::begin_edit(&self.state, &id, self.state.cursor_col);
            if self.cell_edit.is_none() {
                self.push(Command::Notify(
                    "This cell is not editable here: use the detail panel below".into(),
                ));
            }
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let (dropped, pos, width) = ctx.input(|i| {
            (
                i.raw.dropped_files.clone(),
                i.pointer.latest_pos(),
                i.viewport_rect().width(),
            )
        });
        let mut sides = vec![];
        for (k, f) in dropped.into_iter().enumerate() {
            let path = f.path().to_path_buf();
            if path.as_os_str().is_empty() {
                continue;
            }
            // Dropped on the left half opens on the left; two files at once fill both sides.
            let side = match pos {
                _ if k == 1 => Side::Right,
                Some(p) if p.x > width / 2.0 => Side::Right,
                _ => Side::Left,
            };
            if k < 2 {
                sides.push(Command::Open { side, path });
            }
        }
        self.queue.extend(sides);
    }

    /// Draw one frame and apply its commands (also called by the tests).
    pub fn frame(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        if ctx.input(|i| i.viewport().close_requested()) && !self.allow_close {
            if self.dirty_sides().is_empty() {
                self.autosaver.clear_all();
            } else {
                ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
                self.request_quit(&ctx);
            }
        }
        let focus_lost = ctx.input(|i| {
            i.raw
                .events
                .iter()
                .any(|e| matches!(e, egui::Event::WindowFocused(false)))
        });
        if self.recovery_offer.is_empty() {
            // Never overwrite an earlier run's snapshots before the user has answered.
            self.autosaver.tick(&self.state.ws, focus_lost);
            if self.state.ws.any_dirty() {
                ctx.request_repaint_after(crate::recovery::INTERVAL);
            }
        }
        if self
            .disk_check
            .is_none_or(|t| t.elapsed().as_secs_f32() > 2.0)
        {
            self.disk_check = Some(std::time::Instant::now());
            self.disk_changed = self.state.changed_on_disk();
            ctx.request_repaint_after(std::time::Duration::from_secs(2));
        }
        if self.confirm.is_some() || !self.recovery_offer.is_empty() {
            self.modals(&ctx);
        } else {
            self.shortcuts(&ctx);
        }
        self.dropped_files(&ctx);
        let mut out = std::mem::take(&mut self.queue);
        self.state.prepare_lines();

        let presenting = self.state.presentation;
        if !presenting {
            egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, &mut out));
        }
        egui::Panel::top("banners").show(ui, |ui| {
            ui::header::marking_banner(ui, &self.state);
            if let Some(err) = &self.state.error {
                error_banner(ui, err, &mut out);
            }
            if presenting {
                return;
            }
            for &side in &self.disk_changed {
                disk_banner(ui, &self.state, side, &mut out);
            }
            ui::header::headers(ui, &self.state, &mut out);
            ui.add_space(2.0);
            ui.horizontal(|ui| {
                for (v, label, tip) in [
                    (View::Workspace, "Workspace", "Both positions side by side (F2 edits a cell)"),
                    (View::Score, "Score", "Joint analysis: frontier, Nash point, ZOPA, trades, proposal builder"),
                    (View::Diff, "Diff", "What differs between the sides, or what moved since the saved file or an earlier round"),
                ] {
                    if ui.selectable_label(self.view == v, label).on_hover_text(tip).clicked() {
                        self.view = v;
                    }
                }
                ui.separator();
                if self.view == View::Workspace {
                    self.filter_bar(ui, &mut out);
                }
            });
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&self.state.status).small());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if let Some(e) = &self.autosaver.last_error {
                        ui.label(
                            RichText::new(format!("※ {e}"))
                                .small()
                                .color(ui::theme::ERROR_TEXT),
                        );
                    } else if let Some(d) = self.autosaver.dir()
                        && self.state.ws.any_dirty()
                    {
                        ui.label(
                            RichText::new("unsaved edits are autosaved for recovery")
                                .small()
                                .weak(),
                        )
                        .on_hover_text(format!("Recovery files: {}", d.display()));
                    }
                });
            });
        });
        if presenting {
            // The marking stays on screen at the bottom too.
            egui::Panel::bottom("present-marking").show(ui, |ui| {
                ui::header::marking_banner(ui, &self.state);
            });
        }
        if self.state.show_log {
            egui::Panel::right("session-log")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| {
                    ui::log_panel::show(ui, &self.state, &mut self.log_draft, &mut out)
                });
        }
        if self.state.selected.is_some() && self.view == View::Workspace && !presenting {
            let mut cx = ui::detail::EditCtx {
                out: &mut out,
                session: self.edit_session,
                new_session: false,
                party: String::new(),
            };
            egui::Panel::bottom("detail")
                .resizable(true)
                .default_size(340.0)
                .size_range(120.0..=900.0)
                .show(ui, |ui| ui::detail::show(ui, &self.state, &mut cx));
            self.edit_session = cx.session;
        }
        let mut table_out = ui::table::TableOutput::default();
        egui::CentralPanel::default().show(ui, |ui| {
            if self.state.ws.left.is_none() && self.state.ws.right.is_none() {
                ui.centered_and_justified(|ui| {
                    ui.label(
                        "Open a position file (Ctrl+O), or drop one on each half of the window.",
                    );
                });
                return;
            }
            if presenting {
                ui::present::show(ui, &self.state, &mut out);
                return;
            }
            match self.view {
                View::Workspace => {
                    table_out = ui::table::show(
                        ui,
                        &self.state,
                        self.state.cached_lines(),
                        &mut out,
                        &mut self.cell_edit,
                    );
                }
                View::Score => {
                    let versions = self.state.ws.versions();
                    self.score_view.show(
                        ui,
                        self.state.ws.position(Side::Left),
                        self.state.ws.position(Side::Right),
                        versions,
                    );
                }
                View::Diff => {
                    egui::Panel::left("rounds")
                        .resizable(true)
                        .default_size(260.0)
                        .show(ui, |ui| {
                            egui::ScrollArea::vertical()
                                .id_salt("rounds-scroll")
                                .show(ui, |ui| self.rounds_panel(ui));
                        });
                    if let Some(id) = self.diff_ui(ui) {
                        out.push(Command::Select(Some(id)));
                        self.state.scroll_to_selected = true;
                        self.view = View::Workspace;
                    }
                }
            }
        });
        if let Some((commit, tab)) = table_out.finish
            && let Some(e) = self.cell_edit.take()
        {
            if commit {
                match ui::table::commit_edit(&self.state, &e) {
                    Ok(Some(cmd)) => out.push(cmd),
                    Ok(None) => {}
                    Err(msg) => out.push(Command::Notify(msg)),
                }
            }
            if tab {
                // Tab: on to the next editable cell of the row, then the next rows.
                table_out.begin = self.next_editable(&e.id, e.col);
            }
        }
        if let Some((id, col)) = table_out.begin {
            out.push(Command::Select(Some(id.clone())));
            out.push(Command::CursorColumn(col));
            self.cell_edit = ui::table::begin_edit(&self.state, &id, col);
        }
        if let Some(side) = self.header_edit {
            self.header_window(&ctx, side, &mut out);
        }
        self.state.scroll_to_selected = false;
        if self.show_shortcuts {
            self.shortcut_window(&ctx);
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_hint(&ctx);
        }
        if !out.is_empty() {
            // State changed after this frame was drawn: draw it again.
            ctx.request_repaint();
        }
        for cmd in out {
            self.apply(cmd, &ctx);
        }
    }

    /// The editable cell after (id, col) in table order.
    fn next_editable(&self, id: &str, col: usize) -> Option<(String, usize)> {
        let rows = self.state.visible_rows();
        let start = rows
            .iter()
            .position(|&r| self.state.table.rows[r].id == id)?;
        let n = ui::table::COLUMNS.len();
        let mut c = col + 1;
        for &r in &rows[start..] {
            let row = &self.state.table.rows[r];
            while c < n {
                if ui::table::editable(row, c) {
                    return Some((row.id.clone(), c));
                }
                c += 1;
            }
            c = 0;
        }
        None
    }

    fn header_window(&mut self, ctx: &egui::Context, side: Side, out: &mut Vec<Command>) {
        use crate::edit::{Edit, HeaderField as H, Value};
        let Some(p) = self.state.ws.position(side) else {
            self.header_edit = None;
            return;
        };
        let mut open = true;
        let mut new_session = false;
        let session = self.edit_session;
        let problems: Vec<crate::format::Problem> = self
            .state
            .problems(side)
            .iter()
            .filter(|pr| pr.path.0.len() == 1)
            .cloned()
            .collect();
        egui::Window::new(format!("File header: {} ({})", p.party, side.name()))
            .id(egui::Id::unique(("header-edit", side)))
            .open(&mut open)
            .default_width(520.0)
            .show(ctx, |ui| {
                let mut push = |f: H, v: Value, merge: bool| {
                    let key = {
                        use std::hash::{Hash, Hasher};
                        let mut h = std::collections::hash_map::DefaultHasher::new();
                        (side, f.name(), session).hash(&mut h);
                        h.finish()
                    };
                    out.push(Command::Edit {
                        side,
                        edit: Edit::SetHeader(f, v),
                        merge: merge.then_some(key),
                    });
                };
                egui::Grid::new("header-grid").num_columns(2).spacing([8.0, 6.0]).show(ui, |ui| {
                    for (label, f, cur) in [
                        ("Party", H::Party, &p.party),
                        ("Party name", H::PartyName, &p.party_name),
                        ("Title", H::Title, &p.title),
                    ] {
                        ui.label(label);
                        let mut t = cur.clone();
                        let r = ui
                            .add(egui::TextEdit::singleline(&mut t).desired_width(380.0))
                            .accessible_name(label);
                        new_session |= r.gained_focus();
                        if r.changed() {
                            push(f, Value::Text(t), true);
                        }
                        ui.end_row();
                    }
                    for (label, f, cur, hint) in [
                        ("Marking", H::Marking, &p.marking, "e.g. ILLUSTRATIVE – NOT OFFICIAL POLICY"),
                        ("As of", H::AsOf, &p.as_of, "YYYY-MM-DD"),
                    ] {
                        ui.label(label);
                        let mut t = cur.clone().unwrap_or_default();
                        let r = ui
                            .add(egui::TextEdit::singleline(&mut t).hint_text(hint).desired_width(380.0))
                            .accessible_name(label);
                        new_session |= r.gained_focus();
                        if r.changed() {
                            push(f, Value::OptText((!t.is_empty()).then_some(t)), true);
                        }
                        ui.end_row();
                    }
                    ui.label("Round");
                    let mut round = p.round;
                    let r = ui
                        .add(egui::DragValue::new(&mut round).range(1..=10_000))
                        .accessible_name("Round");
                    new_session |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(H::Round, Value::Round(round), true);
                    }
                    ui.end_row();
                    ui.label("Reservation");
                    let mut res = p.reservation;
                    let r = ui
                        .add(egui::DragValue::new(&mut res).range(0.0..=100.0).speed(0.5))
                        .accessible_name("Reservation")
                        .on_hover_text("Overall score (0–100) of the no-deal alternative: below it this party walks away");
                    new_session |= r.gained_focus() || r.drag_started();
                    if r.changed() {
                        push(H::Reservation, Value::Number(res), true);
                    }
                    ui.end_row();
                    ui.label("BATNA");
                    let mut t = p.batna.clone();
                    let r = ui
                        .add(egui::TextEdit::multiline(&mut t).desired_rows(3).desired_width(380.0))
                        .accessible_name("BATNA");
                    new_session |= r.gained_focus();
                    if r.changed() {
                        push(H::Batna, Value::Text(t), true);
                    }
                    ui.end_row();
                });
                for pr in &problems {
                    ui.label(RichText::new(format!("※ {}: {}", pr.path, pr.message)).color(ui::theme::ERROR_TEXT))
                        .on_hover_text(&pr.hint);
                }
            });
        if new_session {
            self.edit_session += 1;
        }
        if !open {
            self.header_edit = None;
        }
    }

    /// A position read from disk for the diff view (cached until the file changes).
    fn disk_position(
        &mut self,
        path: &std::path::Path,
    ) -> Result<std::sync::Arc<crate::model::Position>, String> {
        let stamp = crate::workspace::disk_stamp(path);
        if let Some((_, _, r)) = self
            .diff_files
            .iter()
            .find(|(p, s, _)| p == path && *s == stamp)
        {
            return r.clone();
        }
        let r = crate::format::load_file(path)
            .map(std::sync::Arc::new)
            .map_err(|e| e.to_string());
        self.diff_files.retain(|(p, _, _)| p != path);
        self.diff_files.push((path.to_path_buf(), stamp, r.clone()));
        r
    }

    /// The rounds found beside the open files: pick two to compare; the concession chart.
    fn rounds_panel(&mut self, ui: &mut Ui) {
        ui.heading("Rounds");
        let mut series: Vec<(Side, Vec<[f64; 2]>)> = Vec::new();
        for side in Side::BOTH {
            let Some(doc) = self.state.ws.doc(side) else {
                continue;
            };
            let party = doc.position.party.clone();
            let Some(path) = doc.path.clone() else {
                continue;
            };
            let rounds = crate::state::rounds_beside(&path);
            ui.label(RichText::new(&party).strong());
            for (n, p) in &rounds {
                let name = p
                    .file_name()
                    .map_or(String::new(), |n| n.to_string_lossy().into_owned());
                let mut on = self.round_picks.contains(p);
                if ui
                    .checkbox(&mut on, format!("round {n}: {name}"))
                    .on_hover_text(p.display().to_string())
                    .changed()
                {
                    if on {
                        self.round_picks.push(p.clone());
                        while self.round_picks.len() > 2 {
                            self.round_picks.remove(0);
                        }
                    } else {
                        self.round_picks.retain(|x| x != p);
                    }
                }
            }
            // Concessions round by round, in the other side's points (as open now).
            let other = self.state.ws.position(side.other()).cloned();
            let mut total = 0.0;
            let mut points = vec![];
            let loaded: Vec<(u32, Result<std::sync::Arc<crate::model::Position>, String>)> = rounds
                .iter()
                .map(|(n, p)| (*n, self.disk_position(p)))
                .collect();
            for pair in loaded.windows(2) {
                if let ((a, Ok(old)), (b, Ok(new))) = (&pair[0], &pair[1]) {
                    if points.is_empty() {
                        points.push([f64::from(*a), 0.0]);
                    }
                    let c = crate::diff::concession::concessions(old, new, other.as_ref());
                    total += c.other_points().unwrap_or(0.0);
                    points.push([f64::from(*b), total]);
                }
            }
            if !points.is_empty() {
                series.push((side, points));
            }
        }
        let picked = self.round_picks.len() == 2;
        if ui
            .add_enabled(picked, egui::Button::new("Compare the two ticked"))
            .on_hover_text("Tick two files (e.g. round 1 and round 2 of one side)")
            .clicked()
        {
            let mut pair = self.round_picks.clone();
            pair.sort_by_key(|p| {
                crate::state::rounds_beside(p)
                    .into_iter()
                    .find(|(_, q)| q == p)
                    .map_or(0, |(n, _)| n)
            });
            self.diff_mode = DiffMode::Files(pair[0].clone(), pair[1].clone());
        }
        if series.iter().any(|(_, pts)| pts.len() >= 2) {
            ui.separator();
            ui.label(RichText::new("Concessions over rounds").strong())
                .on_hover_text("Cumulative points each side's moves are worth to the other side (scored with the other side's open position)");
            let dark = ui.visuals().dark_mode;
            egui_plot::Plot::new("concession-chart")
                .height(180.0)
                .allow_scroll(false)
                .allow_drag(false)
                .x_axis_label("round")
                .y_axis_label("points to the other side")
                .legend(egui_plot::Legend::default())
                .show(ui, |plot| {
                    for (side, pts) in series {
                        let name = self
                            .state
                            .ws
                            .position(side)
                            .map_or(side.name().to_owned(), |p| p.party.clone());
                        plot.line(
                            egui_plot::Line::new(name, egui_plot::PlotPoints::from(pts))
                                .color(ui::theme::side_accent(side, dark))
                                .width(2.0),
                        );
                    }
                });
        }
    }

    /// The diff view with its mode picker. Returns an issue id to jump to.
    fn diff_ui(&mut self, ui: &mut Ui) -> Option<String> {
        let party = |st: &State, s: Side| {
            st.ws
                .position(s)
                .map_or(s.name().to_owned(), |p| p.party.clone())
        };
        let mode_label = |st: &State, m: &DiffMode| match m {
            DiffMode::Sides => format!(
                "{} file ↔ {} file",
                party(st, Side::Left),
                party(st, Side::Right)
            ),
            DiffMode::Saved(s) => format!("{}: saved file ↔ unsaved edits", party(st, *s)),
            DiffMode::Files(a, b) => format!(
                "{} ↔ {}",
                a.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned()),
                b.file_name()
                    .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
            ),
        };
        ui.horizontal(|ui| {
            ui.label("Compare:");
            let current = mode_label(&self.state, &self.diff_mode);
            let mut modes = vec![
                DiffMode::Sides,
                DiffMode::Saved(Side::Left),
                DiffMode::Saved(Side::Right),
            ];
            if let DiffMode::Files(..) = &self.diff_mode {
                modes.push(self.diff_mode.clone());
            }
            egui::ComboBox::from_id_salt("diff-mode")
                .selected_text(current)
                .show_ui(ui, |ui| {
                    for m in modes {
                        let l = mode_label(&self.state, &m);
                        if ui.selectable_label(self.diff_mode == m, l).clicked() {
                            self.diff_mode = m;
                        }
                    }
                })
                .response
                .accessible_name("Compare");
            if ui
                .button("Compare two files…")
                .on_hover_text(
                    "Pick an older and a newer file, e.g. round 1 and round 2 of one side",
                )
                .clicked()
                && self.dialogs
            {
                let dir = self.current_dir(Side::Left);
                let pick = |title: &str| {
                    let mut d = rfd::FileDialog::new()
                        .add_filter("Position files", &["ron"])
                        .set_title(title);
                    if let Some(dir) = &dir {
                        d = d.set_directory(dir);
                    }
                    d.pick_file()
                };
                if let Some(a) = pick("Older file (e.g. round 1)")
                    && let Some(b) = pick("Newer file (e.g. round 2)")
                {
                    self.diff_mode = DiffMode::Files(a, b);
                }
            }
        });
        ui.separator();
        // Borrow the open positions (no per-frame copies of a large file); read files from disk
        // through the cache.
        let mode = self.diff_mode.clone();
        let disk: Result<Option<DiskPair>, String> = match &mode {
            DiffMode::Sides => Ok(None),
            DiffMode::Saved(side) => match self.state.ws.doc(*side).and_then(|d| d.path.clone()) {
                Some(path) => self.disk_position(&path).map(|p| Some((p, None))),
                None => Err(format!(
                    "No saved file on the {} side to compare with.",
                    side.name()
                )),
            },
            DiffMode::Files(a, b) => match (self.disk_position(a), self.disk_position(b)) {
                (Ok(x), Ok(y)) => Ok(Some((x, Some(y)))),
                (Err(e), _) | (_, Err(e)) => Err(e),
            },
        };
        let ws = &self.state.ws;
        let view = &mut self.diff_view;
        match (&mode, disk) {
            (_, Err(msg)) => {
                ui.label(RichText::new(msg).weak());
                None
            }
            (DiffMode::Sides, Ok(_)) => match (ws.doc(Side::Left), ws.doc(Side::Right)) {
                (Some(a), Some(b)) => view.show(
                    ui,
                    &a.position,
                    &b.position,
                    &format!("{} ({})", a.display_name(), a.position.party),
                    &format!("{} ({})", b.display_name(), b.position.party),
                ),
                _ => {
                    ui.label(
                        RichText::new("Open a position on both sides to compare them.").weak(),
                    );
                    None
                }
            },
            (DiffMode::Saved(side), Ok(Some((saved, _)))) => match ws.doc(*side) {
                Some(doc) => {
                    let name = doc.display_name();
                    view.show(
                        ui,
                        &saved,
                        &doc.position,
                        &format!("{name} on disk"),
                        &format!("{name} with your edits"),
                    )
                }
                None => None,
            },
            (DiffMode::Files(a, b), Ok(Some((x, Some(y))))) => view.show(
                ui,
                &x,
                &y,
                &a.display().to_string(),
                &b.display().to_string(),
            ),
            _ => None,
        }
    }

    fn menu_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        let ctx = ui.ctx().clone();
        let item = |ui: &mut Ui, a: Action, out: &mut Vec<Command>| {
            let info = crate::command::info(a);
            let mut b = egui::Button::new(info.label);
            if let Some(s) = info.shortcut {
                b = b.shortcut_text(ui::keys::describe(&ctx, s));
            }
            if ui.add(b).on_hover_text(info.tooltip).clicked() {
                out.push(Command::Action(a));
                ui.close();
            }
        };
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                item(ui, Action::OpenLeft, out);
                item(ui, Action::OpenRight, out);
                for side in Side::BOTH {
                    ui.menu_button(format!("Open recent on the {}", side.name()), |ui| {
                        if self.state.recent.is_empty() {
                            ui.label(RichText::new("No recent files").weak());
                        }
                        for p in &self.state.recent {
                            if ui.button(p.display().to_string()).clicked() {
                                out.push(Command::Open {
                                    side,
                                    path: p.clone(),
                                });
                                ui.close();
                            }
                        }
                    });
                }
                ui.separator();
                item(ui, Action::SaveAll, out);
                item(ui, Action::SaveLeft, out);
                item(ui, Action::SaveRight, out);
                item(ui, Action::SaveAs, out);
                ui.separator();
                item(ui, Action::StartNextRound, out);
                item(ui, Action::Export, out);
                ui.separator();
                item(ui, Action::Quit, out);
            });
            ui.menu_button("Edit", |ui| {
                for (a, label) in [
                    (
                        Action::Undo,
                        self.state.undo_label().map(|l| format!("Undo {l}")),
                    ),
                    (
                        Action::Redo,
                        self.state.redo_label().map(|l| format!("Redo {l}")),
                    ),
                ] {
                    let info = crate::command::info(a);
                    let mut b = egui::Button::new(label.unwrap_or_else(|| info.label.to_owned()));
                    if let Some(s) = info.shortcut {
                        b = b.shortcut_text(ui::keys::describe(&ctx, s));
                    }
                    let enabled = match a {
                        Action::Undo => self.state.undo_label().is_some(),
                        _ => self.state.redo_label().is_some(),
                    };
                    if ui
                        .add_enabled(enabled, b)
                        .on_hover_text(info.tooltip)
                        .clicked()
                    {
                        out.push(Command::Action(a));
                        ui.close();
                    }
                }
                ui.separator();
                item(ui, Action::NewIssueLeft, out);
                item(ui, Action::NewIssueRight, out);
                ui.separator();
                item(ui, Action::EditHeaderLeft, out);
                item(ui, Action::EditHeaderRight, out);
            });
            ui.menu_button("View", |ui| {
                item(ui, Action::TogglePresentation, out);
                item(ui, Action::ToggleLog, out);
                item(ui, Action::ToggleFullscreen, out);
                item(ui, Action::ZoomIn, out);
                item(ui, Action::ZoomOut, out);
                item(ui, Action::ZoomReset, out);
                ui.separator();
                ui.label(RichText::new("Theme").weak());
                for (t, label) in [
                    (ThemeChoice::System, "Follow the system"),
                    (ThemeChoice::Light, "Light"),
                    (ThemeChoice::Dark, "Dark"),
                ] {
                    if ui.radio(self.theme == t, label).clicked() {
                        self.theme = t;
                        ui.close();
                    }
                }
                ui.separator();
                item(ui, Action::FocusFilter, out);
                item(ui, Action::ClearFilter, out);
                ui.separator();
                for side in Side::BOTH {
                    if ui
                        .add_enabled(
                            self.state.ws.doc(side).is_some_and(|d| d.path.is_some()),
                            egui::Button::new(format!("Compare {} with saved", side.name())),
                        )
                        .on_hover_text("The unsaved edits of this side against its file on disk")
                        .clicked()
                    {
                        out.push(Command::CompareWithDisk(side));
                        ui.close();
                    }
                }
            });
            ui.menu_button("Help", |ui| {
                item(ui, Action::ShowShortcuts, out);
            });
        });
    }

    fn filter_bar(&mut self, ui: &mut Ui, out: &mut Vec<Command>) {
        ui.horizontal(|ui| {
            ui.label("Filter:");
            let mut text = self.state.filter.clone();
            let resp = ui
                .add(
                    egui::TextEdit::singleline(&mut text)
                        .id(egui::Id::unique(FILTER_ID))
                        .hint_text("search every text field of both sides (Ctrl+F)")
                        .desired_width(320.0),
                )
                .accessible_name("Filter");
            if self.focus_filter {
                resp.request_focus();
                self.focus_filter = false;
            }
            if resp.changed() {
                out.push(Command::SetFilter(text));
            }
            if !self.state.filter.is_empty()
                && ui
                    .button("✖")
                    .on_hover_text("Clear the filter (Esc)")
                    .clicked()
            {
                out.push(Command::Action(Action::ClearFilter));
            }
            let shown = self
                .state
                .cached_lines()
                .iter()
                .filter(|l| matches!(l, crate::table::Line::Issue(_)))
                .count();
            ui.label(
                RichText::new(format!("{shown} of {} issues", self.state.table.rows.len())).weak(),
            );
        });
    }

    fn modals(&mut self, ctx: &egui::Context) {
        if !self.recovery_offer.is_empty() {
            let mut choice = None;
            egui::Modal::new(egui::Id::unique("recovery-offer")).show(ctx, |ui| {
                ui.heading("Restore unsaved edits?");
                ui.label("Accord did not close normally last time. These unsaved edits were kept:");
                for f in &self.recovery_offer {
                    let when = f.meta.written_unix;
                    let ago = std::time::SystemTime::now()
                        .duration_since(std::time::UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs())
                        .saturating_sub(when);
                    ui.label(format!(
                        "• {} side: {} ({}, {} issues), autosaved {} min ago",
                        f.side.name(),
                        f.meta
                            .original
                            .as_ref()
                            .map_or("a new position".into(), |p| p.display().to_string()),
                        f.position.party,
                        f.position.issues.len(),
                        ago / 60
                    ));
                }
                ui.horizontal(|ui| {
                    if ui.button("Restore").clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Discard them").clicked() {
                        choice = Some(false);
                    }
                });
            });
            match choice {
                Some(true) => {
                    for f in std::mem::take(&mut self.recovery_offer) {
                        self.autosaver.adopt(f.side);
                        self.apply(
                            Command::Restore {
                                side: f.side,
                                path: f.meta.original,
                                position: Box::new(f.position),
                            },
                            ctx,
                        );
                    }
                }
                Some(false) => {
                    self.recovery_offer.clear();
                    self.autosaver.clear_all();
                }
                None => {}
            }
            return;
        }
        let Some(c) = &self.confirm else {
            return;
        };
        let names: Vec<String> = c
            .sides
            .iter()
            .filter_map(|&s| {
                self.state
                    .ws
                    .doc(s)
                    .map(|d| format!("{} ({})", d.display_name(), d.position.party))
            })
            .collect();
        let what = match &c.then {
            Then::Quit => "before closing".to_owned(),
            Then::Open(_, p) => format!("before opening {}", p.display()),
        };
        let mut answer: Option<Option<bool>> = None;
        let resp = egui::Modal::new(egui::Id::unique("confirm-unsaved")).show(ctx, |ui| {
            ui.heading("Unsaved changes");
            ui.label(format!(
                "Save the changes to {} {what}?",
                names.join(" and ")
            ));
            ui.horizontal(|ui| {
                if ui.button("Save").clicked() {
                    answer = Some(Some(true));
                }
                if ui.button("Discard").clicked() {
                    answer = Some(Some(false));
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(None);
                }
            });
        });
        if resp.should_close() && answer.is_none() {
            answer = Some(None);
        }
        if let Some(a) = answer {
            self.answer(a, ctx);
        }
    }

    fn shortcut_window(&mut self, ctx: &egui::Context) {
        let mut open = true;
        egui::Window::new("Keyboard shortcuts")
            .open(&mut open)
            .collapsible(false)
            .resizable(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcuts").striped(true).show(ui, |ui| {
                    for info in ACTIONS {
                        if let Some(s) = info.shortcut {
                            ui.label(RichText::new(ui::keys::describe(ctx, s)).monospace());
                            ui.label(info.label.trim_end_matches('…'));
                            ui.label(RichText::new(info.tooltip).weak());
                            ui.end_row();
                        }
                    }
                });
            });
        self.show_shortcuts = open;
    }
}

fn error_banner(ui: &mut Ui, err: &crate::state::Notice, out: &mut Vec<Command>) {
    egui::Frame::new()
        .fill(ui::theme::ERROR_BG)
        .inner_margin(egui::Margin::same(8))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(&err.title)
                        .strong()
                        .color(ui::theme::ERROR_FG),
                );
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    if ui.button("Dismiss").clicked() {
                        out.push(Command::DismissError);
                    }
                });
            });
            egui::ScrollArea::vertical()
                .id_salt("error-detail")
                .max_height(140.0)
                .show(ui, |ui| {
                    ui.label(
                        RichText::new(&err.detail)
                            .monospace()
                            .color(ui::theme::ERROR_FG),
                    );
                });
        });
}

fn disk_banner(ui: &mut Ui, state: &State, side: Side, out: &mut Vec<Command>) {
    let Some(doc) = state.ws.doc(side) else {
        return;
    };
    egui::Frame::new()
        .fill(ui::theme::MARKING_BG)
        .inner_margin(egui::Margin::same(6))
        .corner_radius(4.0)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "{} changed on disk (someone else saved it, or a git pull).",
                        doc.display_name()
                    ))
                    .strong()
                    .color(ui::theme::MARKING_FG),
                );
                if ui
                    .button("Reload theirs")
                    .on_hover_text("Replace what is open with the file on disk (Ctrl+Z undoes)")
                    .clicked()
                {
                    out.push(Command::ReloadFromDisk(side));
                }
                if ui
                    .button("Keep mine")
                    .on_hover_text("Keep what is open; saving will overwrite the file on disk")
                    .clicked()
                {
                    out.push(Command::KeepMine(side));
                }
            });
        });
}

fn drop_hint(ctx: &egui::Context) {
    let rect = ctx.content_rect();
    let painter = ctx.layer_painter(egui::LayerId::new(
        egui::Order::Foreground,
        egui::Id::unique("drop-hint"),
    ));
    painter.rect_filled(rect, 0.0, egui::Color32::from_black_alpha(160));
    let mid = rect.center().x;
    for (x, text) in [
        ((rect.left() + mid) / 2.0, "Drop here for the left side"),
        ((mid + rect.right()) / 2.0, "Drop here for the right side"),
    ] {
        painter.text(
            egui::pos2(x, rect.center().y),
            egui::Align2::CENTER_CENTER,
            text,
            egui::FontId::proportional(22.0),
            egui::Color32::WHITE,
        );
    }
    painter.vline(
        mid,
        rect.y_range(),
        egui::Stroke::new(2.0, egui::Color32::WHITE),
    );
}

impl eframe::App for AccordApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, SETTINGS_KEY, &self.settings());
    }

    fn on_exit(&mut self) {
        // Closed without our prompt (e.g. the session ends): keep a last snapshot of anything
        // unsaved, written now rather than by the background thread, which may not get to run.
        if self.allow_close {
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

/// Open the window.
pub fn run_native(left: Option<PathBuf>, right: Option<PathBuf>) -> Result<(), eframe::Error> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Accord")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([700.0, 400.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Accord",
        options,
        Box::new(move |cc| Ok(Box::new(AccordApp::from_creation(cc, left, right)))),
    )
}

/// Build the report input from the open workspace and write it: both positions, the previous
/// round of each side when one lies beside it, and the session log.
fn export_workspace(state: &State, path: &std::path::Path) -> Result<(), String> {
    let (Some(l), Some(r)) = (state.ws.doc(Side::Left), state.ws.doc(Side::Right)) else {
        return Err("Open a position on both sides to export a report.".into());
    };
    let previous = |doc: &crate::workspace::Document| {
        let path = doc.path.as_deref()?;
        let round = doc.position.round;
        crate::state::rounds_beside(path)
            .into_iter()
            .rfind(|(n, p)| *n < round && p.as_path() != path)
            .and_then(|(_, p)| crate::format::load_file(&p).ok())
    };
    let (pl, pr) = (previous(l), previous(r));
    let names = [
        format!("{} ({})", l.display_name(), l.position.party),
        format!("{} ({})", r.display_name(), r.position.party),
    ];
    let input = crate::report::ReportInput {
        left: &l.position,
        right: &r.position,
        left_name: &names[0],
        right_name: &names[1],
        previous_left: pl.as_ref(),
        previous_right: pr.as_ref(),
        log: (!state.log.entries.is_empty()).then_some(&state.log),
        generated: Some(crate::session_log::now_utc()),
    };
    crate::report::export(&input, path)
}
