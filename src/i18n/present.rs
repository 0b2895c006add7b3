//! Texts of presentation mode (ui/present.rs).

crate::catalogue! {
    /// Texts of presentation mode (ui/present.rs).
    pub enum Present {
        PlaceholderPresent => "(unused)", "(사용 안 함)";
    }
}
