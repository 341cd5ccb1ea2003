//! The `hirelint` command line.

#![forbid(unsafe_code)]

mod cli;

/// mimalloc instead of the system allocator: compiling patterns at start-up is allocation-heavy,
/// and this cuts a short run's time noticeably (see `benches/check_one.py`), as in ruff. Its
/// arenas use transparent huge pages: one fault per 2 MB instead of 512, which matters because
/// compiling the patterns allocates and frees tens of megabytes (with `MIMALLOC_ALLOW_THP=0`
/// the check takes 4 ms longer).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = cli::run();
    std::process::exit(code);
}
