//! The menu bar, generated from the command table: labels, shortcuts and tooltips come from
//! [`crate::command::ACTIONS`]; this file only says which action goes in which menu.

use egui::{RichText, Ui};

use crate::command::{Action, Command, ROOMS, ThemeChoice, View, info};
use crate::i18n::{Lang, Menu};
use crate::state::State;
use crate::ui::keys;
use crate::workspace::Side;

/// One entry of a menu.
#[derive(Debug, Clone, Copy)]
enum Item {
    /// An action of the command table.
    Do(Action),
    /// A line between groups.
    Separator,
    /// A weak heading.
    Heading(Menu),
    /// The recent files, opened on a side.
    Recent(Side),
}

use Action as A;
use Item::{Do, Heading, Recent, Separator};

const MENUS: &[(Menu, &[Item])] = &[
    (
        Menu::File,
        &[
            Do(A::NewPosition(Side::Left)),
            Do(A::NewPosition(Side::Right)),
            Do(A::NewFromAgenda(Side::Left)),
            Do(A::NewFromAgenda(Side::Right)),
            Separator,
            Do(A::Open(Side::Left)),
            Do(A::Open(Side::Right)),
            Recent(Side::Left),
            Recent(Side::Right),
            Do(A::Import(Side::Left)),
            Do(A::Import(Side::Right)),
            Separator,
            Do(A::SaveAll),
            Do(A::Save(Side::Left)),
            Do(A::Save(Side::Right)),
            Do(A::SaveAs),
            Separator,
            Do(A::StartNextRound),
            Do(A::Export),
            Do(A::ExportPosition),
            Separator,
            Do(A::Quit),
        ],
    ),
    (
        Menu::Edit,
        &[
            Do(A::Undo),
            Do(A::Redo),
            Separator,
            Do(A::Copy),
            Do(A::Paste),
            Separator,
            Do(A::NewIssue(Side::Left)),
            Do(A::NewIssue(Side::Right)),
            Separator,
            Do(A::EditHeader(Side::Left)),
            Do(A::EditHeader(Side::Right)),
        ],
    ),
    (
        Menu::View,
        &[
            Do(A::ShowView(View::Workspace)),
            Do(A::ShowView(View::Score)),
            Do(A::ShowView(View::Diff)),
            Separator,
            Do(A::TogglePresentation),
            Do(A::ToggleLog),
            Do(A::ToggleFullscreen),
            Do(A::ZoomIn),
            Do(A::ZoomOut),
            Do(A::ZoomReset),
            Separator,
            Heading(Menu::Theme),
            Do(A::SetTheme(ThemeChoice::System)),
            Do(A::SetTheme(ThemeChoice::Light)),
            Do(A::SetTheme(ThemeChoice::Dark)),
            Separator,
            Heading(Menu::Room),
            Do(A::SetRoom(ROOMS[0])),
            Do(A::SetRoom(ROOMS[1])),
            Do(A::SetRoom(ROOMS[2])),
            Do(A::SetRoom(ROOMS[3])),
            Separator,
            Heading(Menu::Language),
            Do(A::SetLanguage(Lang::En)),
            Do(A::SetLanguage(Lang::Ko)),
            Separator,
            Do(A::FocusFilter),
            Do(A::ClearFilter),
            Separator,
            Do(A::CompareSides),
            Do(A::CompareWithSaved(Side::Left)),
            Do(A::CompareWithSaved(Side::Right)),
            Do(A::CompareTwoFiles),
        ],
    ),
    (Menu::Help, &[Do(A::ShowShortcuts)]),
];

/// A button for an action, as menus and toolbars show it: label, shortcut, tooltip, greyed
/// out when it can do nothing. Returns whether it was clicked.
pub fn action_button(ui: &mut Ui, state: &State, a: Action, out: &mut Vec<Command>) -> bool {
    let row = info(a);
    let label = state.menu_label(a);
    let resp = match state.checked(a) {
        Some(on) if matches!(a, A::SetTheme(_) | A::SetRoom(_) | A::SetLanguage(_)) => {
            ui.radio(on, label)
        }
        Some(on) => {
            let mut b = egui::Button::selectable(on, label);
            if let Some(s) = row.shortcut() {
                b = b.shortcut_text(keys::describe(ui.ctx(), s));
            }
            ui.add_enabled(state.enabled(a), b)
        }
        None => {
            let mut b = egui::Button::new(label);
            if let Some(s) = row.shortcut() {
                b = b.shortcut_text(keys::describe(ui.ctx(), s));
            }
            ui.add_enabled(state.enabled(a), b)
        }
    };
    let clicked = resp
        .on_hover_text(keys::tooltip(ui.ctx(), a, state.lang))
        .clicked();
    if clicked {
        out.push(Command::Action(a));
    }
    clicked
}

/// Draw the menu bar.
pub fn bar(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    egui::MenuBar::new().ui(ui, |ui| {
        for (title, items) in MENUS {
            ui.menu_button(title.get(state.lang), |ui| {
                for item in *items {
                    match *item {
                        Do(a) => {
                            if action_button(ui, state, a, out) {
                                ui.close();
                            }
                        }
                        Separator => {
                            ui.separator();
                        }
                        Heading(h) => {
                            ui.label(RichText::new(h.get(state.lang)).weak());
                        }
                        Recent(side) => recent(ui, state, side, out),
                    }
                }
            });
        }
    });
}

fn recent(ui: &mut Ui, state: &State, side: Side, out: &mut Vec<Command>) {
    let lang = state.lang;
    let name = crate::i18n::side_name(side, lang);
    ui.menu_button(Menu::OpenRecent.fmt(lang, &[&name]), |ui| {
        if state.recent.is_empty() {
            ui.label(RichText::new(Menu::NoRecent.get(lang)).weak());
        }
        for p in &state.recent {
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

/// Every action placed in a menu (for the test that each reachable action is placed somewhere
/// or has a key).
pub fn menu_actions() -> Vec<Action> {
    MENUS
        .iter()
        .flat_map(|(_, items)| items.iter())
        .filter_map(|i| match i {
            Do(a) => Some(*a),
            _ => None,
        })
        .collect()
}
