//! Trunk entry point: a panic guard, then every `[data-rights-wizard]` element is mounted.
fn main() {
    stevns_rights_wizard::panic_guard::install();
    stevns_rights_wizard::embed::start();
}

// SAFETY: the widget runs on the browser's main thread only (no wasm threads, no workers), which
// is what `AssumeSingleThreaded` requires.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };
