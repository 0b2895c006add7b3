//! Texts of the diff and merge views and the modal questions (ui/diff_view.rs, ui/merge_view.rs, ui/modals.rs).

crate::catalogue! {
    /// Texts of the diff and merge views and the modal questions (ui/diff_view.rs, ui/merge_view.rs, ui/modals.rs).
    pub enum Compare {
        PlaceholderCompare => "(unused)", "(사용 안 함)";
    }
}
