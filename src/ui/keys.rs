//! Shortcuts of the command table, in the toolkit's terms; reading the keys of a frame.

use egui::{Key as EKey, KeyboardShortcut, Modifiers};

use crate::command::{Action, Command, InputContext, Key, Shortcut, When, info, live_bindings};

/// The toolkit's key for one of ours.
fn key(k: Key) -> Option<EKey> {
    Some(match k {
        Key::Letter(c) => EKey::from_name(&c.to_ascii_uppercase().to_string())?,
        Key::Digit(d) => match d {
            0 => EKey::Num0,
            1 => EKey::Num1,
            2 => EKey::Num2,
            3 => EKey::Num3,
            4 => EKey::Num4,
            5 => EKey::Num5,
            6 => EKey::Num6,
            7 => EKey::Num7,
            8 => EKey::Num8,
            _ => EKey::Num9,
        },
        Key::Plus => EKey::Equals,
        Key::Minus => EKey::Minus,
        Key::Escape => EKey::Escape,
        Key::Enter => EKey::Enter,
        Key::Tab => EKey::Tab,
        Key::Space => EKey::Space,
        Key::ArrowUp => EKey::ArrowUp,
        Key::ArrowDown => EKey::ArrowDown,
        Key::ArrowLeft => EKey::ArrowLeft,
        Key::ArrowRight => EKey::ArrowRight,
        Key::PageDown => EKey::PageDown,
        Key::PageUp => EKey::PageUp,
        Key::F(n) => EKey::from_name(&format!("F{n}"))?,
    })
}

/// The toolkit's shortcut for one of ours (`None` only for a key the toolkit lacks).
pub fn to_egui(s: Shortcut) -> Option<KeyboardShortcut> {
    let mut m = Modifiers::NONE;
    if s.ctrl {
        m |= Modifiers::COMMAND;
    }
    if s.shift {
        m |= Modifiers::SHIFT;
    }
    Some(KeyboardShortcut::new(m, key(s.key)?))
}

/// Human text of a shortcut ("Ctrl+Shift+S", or "⇧⌘S" on macOS).
pub fn describe(ctx: &egui::Context, s: Shortcut) -> String {
    to_egui(s).map_or_else(String::new, |k| ctx.format_shortcut(&k))
}

/// An action's tooltip with its keys, e.g. "Redo the last undone edit (Ctrl+Shift+Z, Ctrl+Y)".
pub fn tooltip(ctx: &egui::Context, a: Action, lang: crate::i18n::Lang) -> String {
    let row = info(a);
    let tip = row.tooltip_in(lang);
    let keys: Vec<String> = row.keys.iter().map(|b| describe(ctx, b.shortcut)).collect();
    if keys.is_empty() {
        tip.to_owned()
    } else {
        format!("{tip} ({})", keys.join(", "))
    }
}

/// Consume this frame's key presses that run a live action, most specific first.
pub fn read(ctx: &egui::Context, cx: &InputContext, out: &mut Vec<Command>) {
    for (action, b) in live_bindings(cx) {
        let Some(k) = to_egui(b.shortcut) else {
            continue;
        };
        if ctx.input_mut(|i| i.consume_shortcut(&k)) {
            out.push(Command::Action(action));
        }
    }
}

/// The window turns Ctrl+C / Ctrl+V into copy and paste events rather than key presses: while
/// the table is browsed (no text field has the keyboard, so a field keeps its own copy and
/// paste), a copy copies the selected issue's rows and a paste adds or updates issues.
pub fn clipboard(ctx: &egui::Context, cx: &InputContext, out: &mut Vec<Command>) {
    let copy_live = info(Action::Copy)
        .keys
        .first()
        .map_or(When::Selected, |b| b.when);
    let paste_live = info(Action::Paste)
        .keys
        .first()
        .map_or(When::Table, |b| b.when);
    let events = ctx.input(|i| i.events.clone());
    // Text selected in a label with the mouse is what a copy copies then (egui does it).
    let label_selected = ctx
        .with_plugin::<egui::text_selection::LabelSelectionState, bool>(|s| s.has_selection())
        .unwrap_or(false);
    for e in events {
        match e {
            egui::Event::Copy if copy_live.live(cx) && !label_selected => {
                out.push(Command::Action(Action::Copy));
            }
            egui::Event::Paste(text) if paste_live.live(cx) => out.push(Command::PasteRows(text)),
            _ => {}
        }
    }
}
