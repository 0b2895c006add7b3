//! Texts of the workspace: table, detail panel, header editor, banners, toolbar, log and rounds panels.

crate::catalogue! {
    /// Texts of the workspace: table, detail panel, header editor, banners, toolbar, log and rounds panels.
    pub enum Work {
        PlaceholderWork => "(unused)", "(사용 안 함)";
    }
}
