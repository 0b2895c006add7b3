//! The question before a save that would drop comments (issue 12): "Saving drops N comments
//! (line 12: // …). Save anyway / Cancel". Drawing only; the answer is
//! [`Command::ConfirmDropComments`]. Every string of the question is in this file.

use crate::command::Command;
use crate::state::DropPending;

/// At most this many dropped comments are listed; the rest are counted.
const LISTED: usize = 5;

/// The heading and the lines of the question, for `d`.
pub fn text(d: &DropPending) -> (String, Vec<String>) {
    let n = d.dropped.len();
    let heading = if n == 1 {
        "Saving drops 1 comment".to_owned()
    } else {
        format!("Saving drops {n} comments")
    };
    let mut lines = vec![format!(
        "What they were attached to is gone, so the {} file would no longer hold them:",
        d.side.name()
    )];
    for c in d.dropped.iter().take(LISTED) {
        let first = c.text.lines().next().unwrap_or_default();
        let short: String = first.chars().take(60).collect();
        let more = if short.len() < c.text.len() {
            " …"
        } else {
            ""
        };
        lines.push(format!("line {}: {short}{more} ({})", c.line, c.anchor));
    }
    if n > LISTED {
        lines.push(format!("… and {} more", n - LISTED));
    }
    (heading, lines)
}

/// Draw the question.
pub fn show(ctx: &egui::Context, d: &DropPending, out: &mut Vec<Command>) {
    let (heading, lines) = text(d);
    let resp = egui::Modal::new(egui::Id::unique("drop-comments-question")).show(ctx, |ui| {
        ui.heading(heading);
        for l in &lines {
            ui.label(l);
        }
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button("Save anyway").clicked() {
                out.push(Command::ConfirmDropComments(true));
            }
            if ui.button("Cancel").clicked() {
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
