//! Three-way merges of sequences: the order of keyed items (issues by id, options by label),
//! and plain lists of text merged element by element.

use std::collections::HashMap;
use std::hash::Hash;

use similar::{Algorithm, DiffOp, capture_diff_slices};

/// Merge the orders of three sequences of unique keys.
///
/// Returns every key of any of the three, once, in the merged order; the caller drops the ones
/// that were deleted. How the order is made:
///
/// 1. On each side, the keys it shares with the base that keep their relative order (a longest
///    increasing subsequence, as the diff's "moved" uses) *stay*; the other shared keys were
///    *moved* by that side, and keys not in the base were *inserted* by it. Moved and inserted
///    keys are *placed* by that side.
/// 2. The skeleton is the base order of the keys neither side placed (deleted keys included,
///    as ghosts, so that what was anchored next to them keeps its place).
/// 3. Each placed key is anchored right after its predecessor on the side that placed it (ours
///    when both did), so a moved block moves as a chain and an insertion follows its neighbour
///    wherever that neighbour went.
/// 4. The result is the skeleton with each key's anchored keys after it. When both sides put
///    something after the same key, an insertion that breaks an adjacency of the base comes
///    before one that keeps it (so theirs' insertion inside a block that ours moved stays inside
///    it), and ours before theirs otherwise.
///
/// Keys that only anchor to each other in a cycle (both sides moved two keys around each
/// other) are appended in ours' order, then theirs'. Linear in the keys, plus `n log n` for the
/// subsequences.
pub fn merge_order<K: Eq + Hash + Copy>(base: &[K], ours: &[K], theirs: &[K]) -> Vec<K> {
    let mut ids: HashMap<K, usize> = HashMap::with_capacity(base.len() + base.len() / 8);
    let mut keys: Vec<K> = Vec::with_capacity(base.len() + base.len() / 8);
    let mut id_of = |k: K, ids: &mut HashMap<K, usize>| -> usize {
        *ids.entry(k).or_insert_with(|| {
            keys.push(k);
            keys.len() - 1
        })
    };
    let b: Vec<usize> = base.iter().map(|&k| id_of(k, &mut ids)).collect();
    let o: Vec<usize> = ours.iter().map(|&k| id_of(k, &mut ids)).collect();
    let t: Vec<usize> = theirs.iter().map(|&k| id_of(k, &mut ids)).collect();
    let n = keys.len();
    let mut base_pos = vec![usize::MAX; n];
    for (i, &x) in b.iter().enumerate() {
        base_pos[x] = i;
    }
    let placed_o = placed(&o, &base_pos);
    let placed_t = placed(&t, &base_pos);

    // Anchors: START is node n; children[p] are the keys placed right after p.
    let start = n;
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); n + 1];
    let mut has_parent = vec![false; n];
    for (side, placed_here, other) in [(&o, &placed_o, None), (&t, &placed_t, Some(&placed_o))] {
        let mut prev = start;
        for &x in side.iter() {
            let placed_by_ours_too = other.is_some_and(|p: &Vec<bool>| p[x]);
            if placed_here[x] && !placed_by_ours_too {
                children[prev].push(x);
                has_parent[x] = true;
            }
            prev = x;
        }
    }
    // Order siblings: those breaking a base adjacency first (stable: ours before theirs).
    let base_next = |p: usize| -> Option<usize> {
        let i = if p == start {
            0
        } else {
            base_pos[p].checked_add(1)?
        };
        b.get(i).copied()
    };
    for (p, kids) in children.iter_mut().enumerate() {
        if kids.len() > 1 {
            let next = base_next(p);
            kids.sort_by_key(|&c| Some(c) == next);
        }
    }

    let mut out = Vec::with_capacity(n);
    let mut done = vec![false; n + 1];
    let emit = |root: usize, out: &mut Vec<usize>, done: &mut Vec<bool>| {
        // Iterative depth-first walk: a node, then its anchored chains.
        let mut stack: Vec<(usize, usize)> = vec![(root, 0)];
        if done[root] {
            return;
        }
        done[root] = true;
        if root != start {
            out.push(root);
        }
        while let Some(top) = stack.last_mut() {
            let (node, k) = *top;
            if let Some(&c) = children[node].get(k) {
                top.1 += 1;
                if !done[c] {
                    done[c] = true;
                    out.push(c);
                    stack.push((c, 0));
                }
            } else {
                stack.pop();
            }
        }
    };
    emit(start, &mut out, &mut done);
    for &x in &b {
        if !has_parent[x] {
            emit(x, &mut out, &mut done);
        }
    }
    for &x in o.iter().chain(t.iter()) {
        emit(x, &mut out, &mut done);
    }
    out.into_iter().map(|x| keys[x]).collect()
}

/// Which keys a side placed: inserted (not in the base) or moved (shared with the base but not
/// in a longest run that keeps the base's order).
fn placed(side: &[usize], base_pos: &[usize]) -> Vec<bool> {
    let mut placed = vec![false; base_pos.len()];
    let shared: Vec<usize> = side
        .iter()
        .filter(|&&x| base_pos[x] != usize::MAX)
        .copied()
        .collect();
    for &x in side {
        if base_pos[x] == usize::MAX {
            placed[x] = true;
        }
    }
    let ranks: Vec<usize> = shared.iter().map(|&x| base_pos[x]).collect();
    if ranks.windows(2).all(|w| w[0] < w[1]) {
        return placed;
    }
    // Base positions are distinct, so a longest increasing subsequence over them is the
    // longest run keeping the base order.
    let keep = crate::diff::lis_members(&ranks);
    for (k, &x) in shared.iter().enumerate() {
        if !keep[k] {
            placed[x] = true;
        }
    }
    placed
}

/// Three-way merge of a list of text, element by element (as diff3 does with lines): runs that
/// only one side changed take that side's run; runs both changed the same way are taken once;
/// runs changed differently are a conflict (`None`).
pub fn merge_list<T: Eq + Hash + Clone>(base: &[T], ours: &[T], theirs: &[T]) -> Option<Vec<T>> {
    if ours == base {
        return Some(theirs.to_vec());
    }
    if theirs == base || ours == theirs {
        return Some(ours.to_vec());
    }
    let mo = matches(base, ours);
    let mt = matches(base, theirs);
    let mut out = Vec::new();
    let (mut ib, mut io, mut it) = (0, 0, 0);
    loop {
        // Next base element matched on both sides, at or after ib.
        let sync = (ib..base.len()).find(|&j| mo[j].is_some() && mt[j].is_some());
        let (jo, jt, jb) = match sync {
            Some(j) => (
                mo[j].unwrap_or(ours.len()),
                mt[j].unwrap_or(theirs.len()),
                j,
            ),
            None => (ours.len(), theirs.len(), base.len()),
        };
        if sync.is_some() && jb == ib && jo == io && jt == it {
            out.push(base[ib].clone());
            ib += 1;
            io += 1;
            it += 1;
            continue;
        }
        let (cb, co, ct) = (&base[ib..jb], &ours[io..jo], &theirs[it..jt]);
        if co == cb {
            out.extend_from_slice(ct);
        } else if ct == cb || co == ct {
            out.extend_from_slice(co);
        } else {
            return None;
        }
        if sync.is_none() {
            return Some(out);
        }
        (ib, io, it) = (jb, jo, jt);
    }
}

/// For each base element, the index of the element it is matched with on a side (a shortest
/// edit script's common elements).
fn matches<T: Eq + Hash>(base: &[T], side: &[T]) -> Vec<Option<usize>> {
    let mut m = vec![None; base.len()];
    for op in capture_diff_slices(Algorithm::Myers, base, side) {
        if let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = op
        {
            for k in 0..len {
                m[old_index + k] = Some(new_index + k);
            }
        }
    }
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(b: &str, o: &str, t: &str) -> String {
        let v = |s: &str| s.chars().collect::<Vec<char>>();
        merge_order(&v(b), &v(o), &v(t)).into_iter().collect()
    }

    /// Keep only the keys that survive (in both sides, or added by one).
    fn survivors(b: &str, o: &str, t: &str) -> String {
        order(b, o, t)
            .chars()
            .filter(|c| {
                let in_b = b.contains(*c);
                let in_o = o.contains(*c);
                let in_t = t.contains(*c);
                if in_b { in_o && in_t } else { in_o || in_t }
            })
            .collect()
    }

    #[test]
    fn orders_merge_as_the_two_sides_made_them() {
        let cases = [
            // base, ours, theirs, expected
            ("abcdef", "abcdef", "abcdef", "abcdef"),
            ("abcdef", "abxcdef", "abcdef", "abxcdef"),
            ("abcdef", "abcdef", "abcdefy", "abcdefy"),
            // ours inserts, theirs deletes elsewhere
            ("abcdef", "axbcdef", "abcdf", "axbcdf"),
            // ours moves a block to the end, theirs inserts before the block's old place
            ("abcdefghij", "abfghijcde", "abyzcdefghij", "abyzfghijcde"),
            // theirs inserts inside the block ours moved: the insertion travels with it
            ("abcdefgh", "afghbcde", "abcXdefgh", "afghbcXde"),
            // both insert after the same key: ours first
            ("abc", "abxc", "abyc", "abxyc"),
            // both move the same key to the same place
            ("abcd", "bcda", "bcda", "bcda"),
            // one moves, the other deletes the moved key
            ("abcd", "bcda", "bcd", "bcd"),
            // ours deletes the key theirs inserted after
            ("abcd", "acd", "abxcd", "axcd"),
        ];
        for (b, o, t, want) in cases {
            assert_eq!(survivors(b, o, t), want, "base {b} ours {o} theirs {t}");
        }
    }

    #[test]
    fn one_sided_changes_come_back_exactly() {
        let cases = [
            ("abcdefgh", "hgfedcba"),
            ("abcdefgh", "efghabcd"),
            ("abcdefgh", "xaybzc"),
            ("abc", ""),
            ("", "abc"),
            ("abcdefgh", "bdfhaceg"),
        ];
        for (b, x) in cases {
            assert_eq!(survivors(b, x, b), x, "ours {x}");
            assert_eq!(survivors(b, b, x), x, "theirs {x}");
            assert_eq!(survivors(b, x, x), x, "both {x}");
        }
    }

    #[test]
    fn lists_merge_element_wise() {
        let v = |s: &str| s.chars().collect::<Vec<char>>();
        let m = |b: &str, o: &str, t: &str| {
            merge_list(&v(b), &v(o), &v(t)).map(|r| r.into_iter().collect::<String>())
        };
        assert_eq!(m("abc", "xabc", "abcy").as_deref(), Some("xabcy"));
        assert_eq!(m("abc", "ac", "abcy").as_deref(), Some("acy"));
        assert_eq!(m("abc", "aXc", "aXc").as_deref(), Some("aXc"));
        assert_eq!(m("abc", "aXc", "aYc"), None);
        assert_eq!(m("abc", "aXc", "ac"), None);
        assert_eq!(m("abcde", "aXcde", "abcdY").as_deref(), Some("aXcdY"));
        assert_eq!(m("", "x", "y"), None);
        assert_eq!(m("", "x", "x").as_deref(), Some("x"));
    }
}
