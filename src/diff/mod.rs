//! Keyed diff of position files.

pub mod cli;
