//! Trunk entry point: mounts every `[data-rights-wizard]` element on the page.
fn main() {
    stevns_rights_wizard::embed::start();
}
