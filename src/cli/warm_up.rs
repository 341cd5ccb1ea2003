//! Loading the vocabularies and building the extractors' patterns (from the NFAs compiled at
//! build time, `src/re/prebuilt.rs`) on a second CPU while the first parses the command line,
//! loads the configuration and the rules and reads the posting: none of that work depends on
//! the posting.
//!
//! The helper thread is kept off the CPU the main thread runs on. Measured on a 2-CPU Linux VM
//! (README "Performance"): a helper left where the scheduler first puts it, beside the main
//! thread, made the run slower, not faster; moved to the other CPU it saves about 2 ms, and the
//! main thread yielding until the helper has moved cuts the slow runs (90th percentile 14.0 ->
//! 12.8 ms, median unchanged). When the process may use only one CPU, or the CPUs cannot be
//! queried, there is no helper. A pattern the main thread needs while the helper compiles it is
//! waited for, not compiled twice (`LazyLock`), so the helper can only take work off the main
//! thread.

/// The commands whose first job is linting or extracting: those that compile the extractors'
/// patterns at once.
const WARMED_COMMANDS: &[&str] = &["check", "extract"];

/// A started helper; [`WarmUp::settle`] makes sure it has left the main thread's CPU.
pub struct WarmUp {
    #[cfg(target_os = "linux")]
    moved: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

/// Starts the helper when `command` (the first argument) is one of [`WARMED_COMMANDS`] and
/// there is a CPU for it (Linux only). It is started before the command line is parsed: a new
/// thread runs about 0.25 ms after it is spawned (timed on the 2-CPU VM), and parsing the
/// command line takes about 0.4 ms, so the two overlap.
pub fn start(command: Option<&std::ffi::OsStr>) -> Option<WarmUp> {
    if !command.is_some_and(|c| WARMED_COMMANDS.iter().any(|w| c == *w)) {
        return None;
    }
    #[cfg(target_os = "linux")]
    {
        use std::sync::Arc;
        use std::sync::atomic::{AtomicBool, Ordering};
        let cpus = other_cpus()?;
        let moved = Arc::new(AtomicBool::new(false));
        let helper_moved = moved.clone();
        // A failure to start the thread only means the main thread compiles everything.
        std::thread::Builder::new()
            .name("warm-up".into())
            .spawn(move || {
                use nix::sched::sched_setaffinity;
                use nix::unistd::Pid;
                if sched_setaffinity(Pid::from_raw(0), &cpus).is_ok() {
                    helper_moved.store(true, Ordering::Release);
                    hirelint::facts::compile_common_patterns();
                }
            })
            .ok()?;
        Some(WarmUp { moved })
    }
    #[cfg(not(target_os = "linux"))]
    None
}

impl WarmUp {
    /// The helper can only move itself once it runs, and it may be queued behind the main
    /// thread on the main thread's CPU: timed on the 2-CPU VM, it often began 3-4 ms late. So
    /// the main thread yields until the helper has moved, for at most 0.5 ms.
    pub fn settle(self) {
        #[cfg(target_os = "linux")]
        {
            use std::sync::atomic::Ordering;
            let start = std::time::Instant::now();
            while !self.moved.load(Ordering::Acquire)
                && start.elapsed() < std::time::Duration::from_micros(500)
            {
                std::thread::yield_now();
            }
        }
    }
}

/// The CPUs this process may use other than the one the calling thread runs on, if any.
#[cfg(target_os = "linux")]
fn other_cpus() -> Option<nix::sched::CpuSet> {
    use nix::sched::{CpuSet, sched_getaffinity, sched_getcpu};
    use nix::unistd::Pid;
    let mut cpus = sched_getaffinity(Pid::from_raw(0)).ok()?;
    cpus.unset(sched_getcpu().ok()?).ok()?;
    (0..CpuSet::count())
        .any(|i| cpus.is_set(i).unwrap_or(false))
        .then_some(cpus)
}

#[cfg(all(test, target_os = "linux"))]
mod tests {
    use super::other_cpus;
    use nix::sched::{CpuSet, sched_getaffinity, sched_setaffinity};
    use nix::unistd::Pid;

    /// Runs `f` on a new thread allowed only on `cpus`.
    fn on_cpus<T: Send + 'static>(cpus: CpuSet, f: fn() -> T) -> T {
        std::thread::spawn(move || {
            sched_setaffinity(Pid::from_raw(0), &cpus).expect("may narrow its own CPUs");
            f()
        })
        .join()
        .unwrap()
    }

    fn allowed() -> Vec<usize> {
        let cpus = sched_getaffinity(Pid::from_raw(0)).unwrap();
        (0..CpuSet::count())
            .filter(|&i| cpus.is_set(i).unwrap())
            .collect()
    }

    /// The names are matched before clap parses the command line: a renamed subcommand
    /// would silently lose its helper.
    #[test]
    fn the_warmed_commands_are_subcommands() {
        use clap::CommandFactory;
        let cli = crate::cli::Cli::command();
        for name in super::WARMED_COMMANDS {
            assert!(cli.find_subcommand(name).is_some(), "{name}");
        }
    }

    #[test]
    fn only_linting_commands_start_a_helper() {
        for command in [
            None,
            Some("rules"),
            Some("lsp"),
            Some("--help"),
            Some("checks"),
        ] {
            assert!(super::start(command.map(std::ffi::OsStr::new)).is_none());
        }
    }

    #[test]
    fn no_helper_on_a_single_cpu() {
        let mut one = CpuSet::new();
        one.set(allowed()[0]).unwrap();
        assert!(on_cpus(one, other_cpus).is_none());
    }

    #[test]
    fn the_helper_gets_the_other_cpus() {
        let allowed = allowed();
        if allowed.len() < 2 {
            return; // nothing to share on this machine (the single-CPU case is tested above)
        }
        let mut two = CpuSet::new();
        two.set(allowed[0]).unwrap();
        two.set(allowed[1]).unwrap();
        let (here, others) = on_cpus(two, || {
            let here = nix::sched::sched_getcpu().unwrap();
            (here, other_cpus())
        });
        let others = others.expect("a second CPU is allowed");
        let other = if here == allowed[0] {
            allowed[1]
        } else {
            allowed[0]
        };
        assert!(others.is_set(other).unwrap());
        assert!(!others.is_set(here).unwrap());
    }
}
