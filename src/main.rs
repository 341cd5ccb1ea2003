//! The `hirelint` command line.

mod cli;

fn main() {
    let code = cli::run();
    std::process::exit(code);
}
