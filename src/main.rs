//! Trunk entry point: a panic guard, then every `[data-rights-wizard]` element is mounted.
fn main() {
    stevns_rights_wizard::panic_guard::install();
    stevns_rights_wizard::embed::start();
}
