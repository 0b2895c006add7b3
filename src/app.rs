//! The window: reads input, draws the panels, applies the frame's commands.

use std::path::PathBuf;

use egui::{RichText, Ui};

use crate::command::{ACTIONS, Action, Command};
use crate::state::{Effect, State};
use crate::ui;
use crate::workspace::Side;

/// What persists between runs (eframe storage). Every field has a default so that settings
/// from another version never fail to decode.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Recently used files, newest first.
    pub recent: Vec<PathBuf>,
    /// The left file of the last run.
    pub left: Option<PathBuf>,
    /// The right file of the last run.
    pub right: Option<PathBuf>,
}

const SETTINGS_KEY: &str = "accord-settings";
const FILTER_ID: &str = "accord-filter";

/// The Accord application.
#[derive(Debug)]
pub struct AccordApp {
    /// All state, as plain data.
    pub state: State,
    /// Commands pushed during this frame, applied at its end.
    queue: Vec<Command>,
    focus_filter: bool,
    show_shortcuts: bool,
    /// Whether native dialogs may be used (off in tests, where nothing can answer them).
    pub dialogs: bool,
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
            dialogs: true,
        };
        for (side, path) in [(Side::Left, left), (Side::Right, right)] {
            if let Some(path) = path {
                app.apply(Command::Open { side, path }, ctx);
            }
        }
        app.state.active = Some(Side::Left);
        app
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
        let mut app = Self::new(&cc.egui_ctx, l, r);
        let mut recent = settings.recent;
        for p in app.state.recent.drain(..) {
            recent.retain(|r| r != &p);
            recent.insert(0, p);
        }
        recent.truncate(crate::state::MAX_RECENT);
        app.state.recent = recent;
        app
    }

    /// Queue a command for the end of this frame.
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
            Effect::Quit => ctx.send_viewport_cmd(egui::ViewportCommand::Close),
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

    /// The settings to persist now.
    pub fn settings(&self) -> Settings {
        Settings {
            recent: self.state.recent.clone(),
            left: self.state.ws.left.as_ref().and_then(|d| d.path.clone()),
            right: self.state.ws.right.as_ref().and_then(|d| d.path.clone()),
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
        if self.state.selected.is_some()
            && !filter_focused
            && ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape))
        {
            self.push(Command::Select(None));
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
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);
        let mut out = std::mem::take(&mut self.queue);
        self.state.prepare_lines();

        egui::Panel::top("menu").show(ui, |ui| self.menu_bar(ui, &mut out));
        egui::Panel::top("banners").show(ui, |ui| {
            ui::header::marking_banner(ui, &self.state);
            if let Some(err) = &self.state.error {
                error_banner(ui, err, &mut out);
            }
            ui::header::headers(ui, &self.state, &mut out);
            ui.add_space(2.0);
            self.filter_bar(ui, &mut out);
        });
        egui::Panel::bottom("status").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new(&self.state.status).small());
            });
        });
        if self.state.selected.is_some() {
            egui::Panel::bottom("detail")
                .resizable(true)
                .default_size(300.0)
                .size_range(120.0..=900.0)
                .show(ui, |ui| ui::detail::show(ui, &self.state, &mut out));
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.state.ws.left.is_none() && self.state.ws.right.is_none() {
                ui.centered_and_justified(|ui| {
                    ui.label(
                        "Open a position file (Ctrl+O), or drop one on each half of the window.",
                    );
                });
                return;
            }
            ui::table::show(ui, &self.state, self.state.cached_lines(), &mut out);
        });
        self.state.scroll_to_selected = false;
        if self.show_shortcuts {
            self.shortcut_window(&ctx);
        }
        if ctx.input(|i| !i.raw.hovered_files.is_empty()) {
            drop_hint(&ctx);
        }
        for cmd in out {
            self.apply(cmd, &ctx);
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
                item(ui, Action::Quit, out);
            });
            ui.menu_button("View", |ui| {
                item(ui, Action::FocusFilter, out);
                item(ui, Action::ClearFilter, out);
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
            let resp = ui.add(
                egui::TextEdit::singleline(&mut text)
                    .id(egui::Id::unique(FILTER_ID))
                    .hint_text("search every text field of both sides (Ctrl+F)")
                    .desired_width(320.0),
            );
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
