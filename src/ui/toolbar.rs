//! The row under the headers: the view tabs and, in the workspace, the filter.

use egui::{RichText, Ui};

use crate::command::{Action, Command, View, info};
use crate::i18n::workspace::Work;
use crate::state::State;
use crate::ui::{FILTER_ID, keys};

/// View tabs and the filter bar.
pub fn show(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        for v in View::ALL {
            let a = Action::ShowView(v);
            if ui
                .selectable_label(state.view == v, info(a).label_in(state.lang))
                .on_hover_text(keys::tooltip(ui.ctx(), a, state.lang))
                .clicked()
            {
                out.push(Command::Action(a));
            }
        }
        ui.separator();
        if state.view == View::Workspace {
            filter(ui, state, out);
        }
    });
}

fn filter(ui: &mut Ui, state: &State, out: &mut Vec<Command>) {
    let lang = state.lang;
    ui.label(Work::FilterLabel.get(lang));
    let mut text = state.filter.clone();
    let resp = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .id(egui::Id::unique(FILTER_ID))
                .hint_text(
                    Work::FilterHint.fmt(
                        lang,
                        &[&info(Action::FocusFilter)
                            .shortcut()
                            .map(|s| keys::describe(ui.ctx(), s))
                            .unwrap_or_default()],
                    ),
                )
                .desired_width(320.0),
        )
        .accessible_name(Work::A11yFilter.get(lang));
    if resp.changed() {
        out.push(Command::SetFilter(text));
    }
    if !state.filter.is_empty()
        && ui
            .button("✖")
            .on_hover_text(keys::tooltip(ui.ctx(), Action::ClearFilter, state.lang))
            .clicked()
    {
        out.push(Command::Action(Action::ClearFilter));
    }
    let shown = state
        .cached_lines()
        .iter()
        .filter(|l| matches!(l, crate::table::Line::Issue(_)))
        .count();
    ui.label(RichText::new(Work::ShownOf.fmt(lang, &[&shown, &state.table.rows.len()])).weak());
}
