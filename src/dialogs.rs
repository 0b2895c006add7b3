//! File dialogs that never block the window and never fail silently.
//!
//! The state asks for a dialog with a [`DialogRequest`]; a [`DialogBackend`] shows it and its
//! answer comes back as a [`Command`] on a channel the window polls each frame. The native
//! backend prepares rfd's asynchronous dialog on the UI thread (macOS wants that) and waits for
//! it on a worker thread, so the window keeps painting. When no dialog can be shown (a Linux
//! desktop without an xdg portal or zenity), the answer is [`Command::DialogFailed`] and the
//! user is told what else works.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, Sender, channel};

use crate::command::Command;
use crate::state::DialogRequest;

/// Shows file dialogs. Implementations send exactly one command per request: the answer
/// ([`Command::DialogDone`]) or why none could be had ([`Command::DialogFailed`]).
pub trait DialogBackend: std::fmt::Debug {
    /// Show the dialog; send its answer on `reply` (now or later, from any thread).
    fn show(&mut self, req: DialogRequest, reply: Sender<Command>);
}

/// The operating system's dialogs, through rfd.
#[derive(Debug, Default)]
pub struct NativeDialogs;

/// Why no dialog can be shown on this desktop, when that can be told beforehand.
pub fn unavailable() -> Option<String> {
    #[cfg(all(unix, not(target_os = "macos")))]
    {
        let on_path = |name: &str| {
            std::env::var_os("PATH")
                .is_some_and(|paths| std::env::split_paths(&paths).any(|d| d.join(name).is_file()))
        };
        if on_path("zenity") {
            return None;
        }
        let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
            || std::env::var_os("XDG_RUNTIME_DIR")
                .is_some_and(|d| std::path::Path::new(&d).join("bus").exists());
        let portal = [
            "/usr/share/dbus-1/services/org.freedesktop.portal.Desktop.service",
            "/usr/local/share/dbus-1/services/org.freedesktop.portal.Desktop.service",
        ]
        .iter()
        .any(|p| std::path::Path::new(p).exists());
        if !(bus && portal) {
            return Some(
                "This desktop has neither an xdg desktop portal (on a session bus) nor zenity, \
                 which Accord's file dialogs need."
                    .into(),
            );
        }
    }
    None
}

/// A dialog that closes sooner than a person could cancel it did not really open.
const TOO_FAST: std::time::Duration = std::time::Duration::from_millis(150);

impl DialogBackend for NativeDialogs {
    fn show(&mut self, req: DialogRequest, reply: Sender<Command>) {
        if let Some(why) = unavailable() {
            let _ = reply.send(Command::DialogFailed(why));
            return;
        }
        let mut d = rfd::AsyncFileDialog::new().set_title(&req.title);
        for (name, exts) in &req.filters {
            d = d.add_filter(name, exts);
        }
        if let Some(dir) = &req.dir {
            d = d.set_directory(dir);
        }
        if let Some(name) = &req.file_name {
            d = d.set_file_name(name);
        }
        let purpose = req.purpose;
        let started = std::time::Instant::now();
        let send = move |picked: Option<PathBuf>| {
            let cmd = if picked.is_none() && started.elapsed() < TOO_FAST {
                Command::DialogFailed(
                    "The file dialog closed as soon as it opened: no dialog backend answered."
                        .into(),
                )
            } else {
                Command::DialogDone(purpose, picked)
            };
            let _ = reply.send(cmd);
        };
        if req.save {
            let fut = d.save_file();
            std::thread::spawn(move || {
                send(pollster::block_on(fut).map(|h| h.path().to_path_buf()));
            });
        } else {
            let fut = d.pick_file();
            std::thread::spawn(move || {
                send(pollster::block_on(fut).map(|h| h.path().to_path_buf()));
            });
        }
    }
}

/// Dialogs for tests: answers given in advance, in order (`Ok(None)` = the user cancelled,
/// `Err` = no dialog could be shown); every request is recorded. With no answer left, a
/// request is cancelled.
#[derive(Debug, Default)]
pub struct ScriptedDialogs {
    /// Answers still to give.
    pub answers: std::collections::VecDeque<Result<Option<PathBuf>, String>>,
    /// Every request shown, oldest first.
    pub requests: std::sync::Arc<std::sync::Mutex<Vec<DialogRequest>>>,
}

impl DialogBackend for ScriptedDialogs {
    fn show(&mut self, req: DialogRequest, reply: Sender<Command>) {
        if let Ok(mut r) = self.requests.lock() {
            r.push(req.clone());
        }
        let cmd = match self.answers.pop_front() {
            Some(Ok(p)) => Command::DialogDone(req.purpose, p),
            Some(Err(why)) => Command::DialogFailed(why),
            None => Command::DialogDone(req.purpose, None),
        };
        let _ = reply.send(cmd);
    }
}

/// The channel dialog answers come back on.
#[derive(Debug)]
pub struct Dialogs {
    /// Shows the dialogs.
    pub backend: Box<dyn DialogBackend>,
    tx: Sender<Command>,
    rx: Receiver<Command>,
    /// Dialogs shown and not answered yet.
    pub open: usize,
}

impl Dialogs {
    /// Dialogs through this backend.
    pub fn new(backend: Box<dyn DialogBackend>) -> Self {
        let (tx, rx) = channel();
        Dialogs {
            backend,
            tx,
            rx,
            open: 0,
        }
    }

    /// Show a dialog (one at a time: a second request while one is open is refused with a
    /// notice, as native dialogs are modal).
    pub fn show(&mut self, req: DialogRequest) -> Option<Command> {
        if self.open > 0 {
            return Some(Command::Notify(
                "A file dialog is already open: answer it first".into(),
            ));
        }
        self.open += 1;
        self.backend.show(req, self.tx.clone());
        None
    }

    /// Answers that arrived since the last call.
    pub fn answers(&mut self) -> Vec<Command> {
        let v: Vec<Command> = self.rx.try_iter().collect();
        self.open = self.open.saturating_sub(v.len());
        v
    }
}
