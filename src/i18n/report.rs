//! Texts of reports and handouts (src/report/, the text score report) and the command line's messages.

crate::catalogue! {
    /// Texts of reports and handouts (src/report/, the text score report) and the command line's messages.
    pub enum Report {
        PlaceholderReport => "(unused)", "(사용 안 함)";
    }
}
