//! The `hirelint` command line.

mod cli;

/// mimalloc instead of the system allocator: compiling patterns at start-up is allocation-heavy,
/// and this cuts a short run's time noticeably (see `benches/check_one.py`), as in ruff.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = cli::run();
    std::process::exit(code);
}
