//! Element ids. Every id the widget writes starts with its prefix ("srw1-"), so several
//! widgets on one page keep theirs apart and the host's ids never clash with them.

/// An element id: the widget's prefix and a name ("srw1-" + "heading"). Plain concatenation:
/// each `format!` call site costs the bundle code, and there are dozens.
pub fn id(prefix: &str, name: &str) -> String {
    [prefix, name].concat()
}
