//! Loading a config file: a located error, or settings for any path; rule ids checked
//! against the built-in rules.
#![no_main]

use hirelint::config::Config;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let path = Path::new("/repo/hirelint.yaml");
    match Config::parse(path, text.to_string()) {
        Ok(config) => {
            let _ = config.check_rule_ids(hirelint::rules::builtin());
            for p in ["/repo/jobs/a.md", "/repo/x/y/z.txt", "/elsewhere/b.html"] {
                let settings = config.settings_for(Path::new(p));
                let _ = settings.lint_options();
                let _ = config.excludes(Path::new(p));
            }
        }
        Err(e) => {
            assert!(
                e.span.end <= text.len(),
                "error span outside the config file"
            );
            let _ = e.to_string();
        }
    }
});
