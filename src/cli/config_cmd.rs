//! `hirelint config PATH` (the settings that apply to a posting) and `hirelint init` (a
//! commented starter config).

use super::{EXIT_ERROR, RuleArgs};
use clap::Args;
use std::fmt::Write as _;
use std::path::PathBuf;

#[derive(Args)]
pub struct ConfigArgs {
    /// A posting (or a folder) whose configuration to show.
    #[arg(value_name = "PATH", default_value = ".")]
    path: PathBuf,
    #[command(flatten)]
    rules: RuleArgs,
}

#[derive(Args)]
pub struct InitArgs {
    /// The folder to write `hirelint.yaml` in.
    #[arg(value_name = "DIR", default_value = ".")]
    dir: PathBuf,
}

pub fn show(args: ConfigArgs) -> Result<i32, i32> {
    let mut workspace = args.rules.workspace()?;
    // A folder's settings are those of a posting in it.
    let probe = if args.path.is_dir() {
        args.path.join("posting.md")
    } else {
        args.path.clone()
    };
    let (settings, linter) = workspace
        .setup(&probe)
        .map_err(|e| args.rules.setup_failed(&e))?;
    let excluded = workspace.excludes(&probe).unwrap_or(false);
    let mut o = String::new();
    let list = |items: &[String]| format!("[{}]", items.join(", "));
    match &settings.origin {
        Some(file) => {
            let _ = writeln!(o, "# {}: {}", args.path.display(), file.display());
        }
        None => {
            let _ = writeln!(
                o,
                "# {}: no hirelint.yaml here or above; defaults",
                args.path.display()
            );
        }
    }
    if !settings.overrides.is_empty() {
        let _ = writeln!(
            o,
            "# overrides that apply: {}",
            settings.overrides.join(", ")
        );
    }
    if excluded {
        let _ = writeln!(o, "# excluded: skipped when its folder is checked");
    }
    let c = &settings.choice;
    let _ = writeln!(
        o,
        "select: {}",
        c.select.as_ref().map_or("all".into(), |s| list(s))
    );
    let _ = writeln!(o, "ignore: {}", list(&c.ignore));
    if c.severity.is_empty() {
        let _ = writeln!(o, "severity: {{}}");
    } else {
        let _ = writeln!(o, "severity:");
        for (rule, sev) in &c.severity {
            let _ = writeln!(o, "  {rule}: {}", sev.as_str());
        }
    }
    let _ = writeln!(o, "jurisdictions: {}", list(&settings.jurisdictions));
    let _ = writeln!(
        o,
        "as_of: {}",
        settings
            .as_of
            .map_or("the posting's own date".into(), |d| d.to_string())
    );
    let _ = writeln!(o, "federal_contractor: {}", settings.federal_contractor);
    let _ = writeln!(
        o,
        "citizenship_required_by_law: {}",
        settings.citizenship_required_by_law
    );
    let _ = writeln!(
        o,
        "employees: {}",
        settings
            .employees
            .map_or("unknown (laws assumed to apply)".into(), |n| n.to_string())
    );
    let _ = writeln!(o, "public_employer: {}", settings.public_employer);
    let _ = writeln!(
        o,
        "employer_location: {}",
        settings.employer_location.as_deref().unwrap_or("unknown")
    );
    let folders: Vec<String> = settings
        .rules
        .iter()
        .map(|p| p.display().to_string())
        .collect();
    let _ = writeln!(o, "rules: {}", list(&folders));
    let running = linter.rules.rules.iter().filter(|r| c.runs(&r.id)).count();
    let _ = writeln!(o, "# {running} of {} rules run", linter.rules.rules.len());
    print!("{o}");
    Ok(0)
}

pub fn init(args: InitArgs) -> Result<i32, i32> {
    let path = args.dir.join("hirelint.yaml");
    // A config under another name would be shadowed by the new one and silently stop applying.
    if let Some(existing) = hirelint::config::FILE_NAMES
        .iter()
        .map(|n| args.dir.join(n))
        .find(|p| p.exists())
    {
        eprintln!(
            "error: {} already exists; it was left as it is, and no other config was written",
            existing.display()
        );
        return Err(EXIT_ERROR);
    }
    // Never overwrite a config someone wrote (one may appear since the check above).
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&path);
    let written = file.and_then(|mut f| {
        use std::io::Write;
        f.write_all(hirelint::config::STARTER.as_bytes())
    });
    match written {
        Ok(()) => {
            eprintln!("wrote {}", path.display());
            Ok(0)
        }
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            eprintln!(
                "error: {} already exists; it was left as it is",
                path.display()
            );
            Err(EXIT_ERROR)
        }
        Err(e) => {
            eprintln!("error: cannot write {}: {e}", path.display());
            Err(EXIT_ERROR)
        }
    }
}
