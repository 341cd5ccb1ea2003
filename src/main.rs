//! The `hirelint` command line.

#![forbid(unsafe_code)]

mod cli;

/// mimalloc instead of the system allocator: building the patterns' engines at start-up is
/// allocation-heavy, as in ruff (the system allocator: 27.9 ms against 22.4 ms for the bench
/// posting). Built without transparent huge pages (Cargo.toml, `no_thp`): with them an audit
/// held 2 MB pages for a few live bytes each (10x the corpus: peak 111 MB against 93 MB, the
/// same CPU time), while a one-shot check gained 2.5% (0.4 ms, `benches/ab.py`, 150 runs).
/// Its arenas are reserved 64 MiB at a time and it serves the C library's `malloc` too, so that
/// a run fits in little address space (`ulimit -v`; `.cargo/config.toml`, docs/BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let code = cli::run();
    std::process::exit(code);
}
