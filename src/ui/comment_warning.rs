//! The question before a save that would drop comments (issue 12): "Saving drops N comments
//! (line 12: // …). Save anyway / Cancel". Drawing only; the answer is
//! [`Command::ConfirmDropComments`]. Its texts are in the `Compare` catalogue.

use crate::command::Command;
use crate::i18n::Lang;
use crate::i18n::compare::Compare as T;
use crate::state::{DropPending, State};

/// At most this many dropped comments are listed; the rest are counted.
const LISTED: usize = 5;

/// The heading and the lines of the question, for `d`.
///
/// With `private`, the room does not see all of the side: only the comments' lines are named,
/// not their text or what they were attached to (a comment, an option label or a list item may
/// say what the room may not see).
pub fn text(d: &DropPending, lang: Lang, private: bool) -> (String, Vec<String>) {
    let n = d.dropped.len();
    let heading = if n == 1 {
        T::DropsOne.get(lang).to_owned()
    } else {
        T::DropsMany.fmt(lang, &[&n])
    };
    let mut lines = vec![T::DropsWhy.fmt(lang, &[&crate::i18n::side_name(d.side, lang)])];
    for c in d.dropped.iter().take(LISTED) {
        let first = c.text.lines().next().unwrap_or_default();
        let short: String = first.chars().take(60).collect();
        let more = if short.len() < c.text.len() {
            " …"
        } else {
            ""
        };
        if private {
            lines.push(T::DropsLinePrivate.fmt(lang, &[&c.line]));
            continue;
        }
        let comment = format!("{short}{more}");
        lines.push(T::DropsLine.fmt(lang, &[&c.line, &comment, &c.anchor.describe_in(lang)]));
    }
    if n > LISTED {
        lines.push(T::DropsMore.fmt(lang, &[&(n - LISTED)]));
    }
    (heading, lines)
}

/// Draw the question.
pub fn show(ctx: &egui::Context, state: &State, d: &DropPending, out: &mut Vec<Command>) {
    let lang = state.lang;
    let (heading, lines) = text(d, lang, !state.may_edit(d.side));
    let resp = egui::Modal::new(egui::Id::unique("drop-comments-question")).show(ctx, |ui| {
        ui.heading(heading);
        for l in &lines {
            ui.label(l);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(T::SaveAnyway.get(lang)).clicked() {
                out.push(Command::ConfirmDropComments(true));
            }
            if ui.button(T::CancelSave.get(lang)).clicked() {
                out.push(Command::ConfirmDropComments(false));
            }
        });
    });
    if resp.should_close()
        && !out
            .iter()
            .any(|c| matches!(c, Command::ConfirmDropComments(_)))
    {
        out.push(Command::ConfirmDropComments(false));
    }
}
