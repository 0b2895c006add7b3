//! Shortcuts of the command table, in the toolkit's terms.

use egui::{Key as EKey, KeyboardShortcut, Modifiers};

use crate::command::{Key, Shortcut};

/// The toolkit's shortcut for one of ours.
pub fn to_egui(s: Shortcut) -> KeyboardShortcut {
    let mut m = Modifiers::NONE;
    if s.ctrl {
        m |= Modifiers::COMMAND;
    }
    if s.shift {
        m |= Modifiers::SHIFT;
    }
    let key = match s.key {
        Key::O => EKey::O,
        Key::S => EKey::S,
        Key::F => EKey::F,
        Key::Q => EKey::Q,
        Key::Z => EKey::Z,
        Key::Y => EKey::Y,
        Key::Escape => EKey::Escape,
        Key::F1 => EKey::F1,
        Key::F5 => EKey::F5,
        Key::F11 => EKey::F11,
        Key::Plus => EKey::Equals,
        Key::Minus => EKey::Minus,
        Key::Zero => EKey::Num0,
        Key::L => EKey::L,
        Key::E => EKey::E,
        Key::PageDown => EKey::PageDown,
        Key::PageUp => EKey::PageUp,
    };
    KeyboardShortcut::new(m, key)
}

/// Human text of a shortcut ("Ctrl+Shift+S", or "⇧⌘S" on macOS).
pub fn describe(ctx: &egui::Context, s: Shortcut) -> String {
    ctx.format_shortcut(&to_egui(s))
}
