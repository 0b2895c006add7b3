//! Texts of the score view and the delegation's own view (ui/score_view.rs, ui/own_view.rs).

crate::catalogue! {
    /// Texts of the score view and the delegation's own view (ui/score_view.rs, ui/own_view.rs).
    pub enum Score {
        PlaceholderScore => "(unused)", "(사용 안 함)";
    }
}
