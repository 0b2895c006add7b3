//! Joint analysis of two positions: the per-issue gap shown in the workspace table, and the
//! package analysis behind `accord score` and the score view (joint agenda, exact Pareto
//! frontier, ZOPA, Nash / Kalai–Smorodinsky / max-joint points, trades, sensitivity).
//! Definitions and sources: docs/scoring.md. Nothing here knows about egui.

pub mod agenda;
pub mod analysis;
pub mod cli;
pub mod frontier;
pub mod gap;
pub mod note;
pub mod own;
pub mod report;
pub mod uncertainty;

#[cfg(test)]
mod tests;

pub use agenda::{Agenda, EPS, JointIssue, LEFT, RIGHT};
pub use analysis::{Analysis, analyze, analyze_agenda, evaluate};
pub use frontier::{MAX_FRONTIER, Point};
