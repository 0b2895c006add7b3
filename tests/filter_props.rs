//! The table filter: narrowing as the user types gives exactly what a fresh search gives.
// Tests and benchmarks may panic on a broken fixture: that is their way to fail.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use accord::command::Command;
use accord::state::State;
use accord::table::{Column, Line};
use accord::workspace::Side;
use proptest::prelude::*;

fn state() -> State {
    let mut st = State::default();
    for (side, f) in [(Side::Left, "us.ron"), (Side::Right, "rok.ron")] {
        st.apply(Command::Open {
            side,
            path: accord::sample_path(f),
        });
    }
    st
}

fn ids(st: &State, lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .filter_map(|l| match l {
            Line::Issue(r) => Some(st.table.rows[*r].id.clone()),
            Line::Topic { .. } => None,
        })
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn typing_narrows_like_a_fresh_search(
        text in "[a-z 가-힣]{1,8}|(fms|sup|tech|co-|mro|공급|the )[a-z]{0,3}",
        sort in proptest::option::of(any::<bool>()),
        backspaces in 0usize..3,
    ) {
        let mut st = state();
        if let Some(desc) = sort {
            st.apply(Command::SortBy(Column::Gap));
            if desc {
                st.apply(Command::SortBy(Column::Gap));
            }
        }
        let chars: Vec<char> = text.chars().collect();
        let mut typed: Vec<String> = (1..=chars.len()).map(|n| chars[..n].iter().collect()).collect();
        // Then delete a few characters again (widening must not reuse narrowed results).
        for k in 0..backspaces.min(chars.len().saturating_sub(1)) {
            typed.push(chars[..chars.len() - 1 - k].iter().collect());
        }
        for t in typed {
            st.apply(Command::SetFilter(t.clone()));
            st.prepare_lines();
            let fresh = st.table.lines(&st.ws, &t, st.sort);
            prop_assert_eq!(ids(&st, st.cached_lines()), ids(&st, &fresh), "filter {:?}", t);
        }
    }
}

#[test]
fn a_narrowed_filter_finds_hangul_and_every_field() {
    let mut st = state();
    for (needle, id) in [
        ("공급", "sosa-priority"),
        ("16 existing sosas", "sosa-priority"),
        ("k9 self-propelled", "third-country-markets"),
    ] {
        st.apply(Command::SetFilter(needle.to_owned()));
        st.prepare_lines();
        let found = ids(&st, st.cached_lines());
        assert!(found.contains(&id.to_owned()), "{needle}: {found:?}");
    }
}
