//! Joint analysis of two positions. This module starts with the per-issue gap shown in the
//! workspace table; packages, frontier and bargaining points build on it.

pub mod cli;
pub mod gap;
