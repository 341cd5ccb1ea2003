//! Writing files without ever losing or half-writing what was there.
//!
//! New contents go to a temporary file in the same folder, which then replaces the file in one
//! rename: a reader (or a crash) sees the old file or the new one, never a mix, and a run that
//! fails or is interrupted removes its temporary file. A symbolic link keeps pointing where it
//! did: its target is replaced, not the link.
//!
//! [`Output`] is a report or export being written; [`rewrite`] replaces a posting the user
//! asked to change (`fmt --write`, `check --fix`), keeping everything about the file but its
//! contents, or refusing with the reason.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

/// Set on Ctrl-C by the commands that rewrite files ([`stop_on_interrupt`]): no new rewrite is
/// started, so that none is cut off halfway and no temporary file is left behind.
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// Makes Ctrl-C stop rewriting files instead of killing the process in the middle of one.
pub fn stop_on_interrupt() {
    let _ = ctrlc::set_handler(|| INTERRUPTED.store(true, Ordering::SeqCst));
}

/// Whether Ctrl-C was pressed since [`stop_on_interrupt`].
pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

pub fn write_atomically(path: &Path, contents: &[u8]) -> std::io::Result<()> {
    write_with(path, contents, |tmp, target| {
        tmp.persist(target).map(drop).map_err(|e| e.error)
    })
}

/// [`write_atomically`] with the final rename given, so that tests can make it fail.
fn write_with(
    path: &Path,
    contents: &[u8],
    persist: impl FnOnce(tempfile::NamedTempFile, &Path) -> std::io::Result<()>,
) -> std::io::Result<()> {
    let target = resolve(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let mut tmp = temp_beside(&target)?;
    tmp.write_all(contents)?;
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    // On any error the temporary file is dropped, which deletes it.
    persist(tmp, &target)
}

/// The file to replace for `path`: a symbolic link keeps pointing where it did, so its target
/// is replaced. Other paths are used as given (resolving them would need every folder above
/// to be searchable).
fn resolve(path: &Path) -> std::io::Result<PathBuf> {
    if std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
        std::fs::canonicalize(path)
    } else {
        Ok(path.to_path_buf())
    }
}

/// A temporary file in the folder of `target`, readable and writable as a new file would be
/// (the umask applies).
fn temp_beside(target: &Path) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".hirelint-").suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder.tempfile_in(dir).map_err(|e| {
        std::io::Error::new(
            e.kind(),
            format!(
                "cannot create a temporary file in the folder {}: {e}",
                dir.display()
            ),
        )
    })
}

/// An output file (a report, an export, a baseline) being written. Until [`Output::commit`] the
/// bytes go to a temporary file beside it, so that the file named keeps its old contents if
/// the run fails or is killed. A device or a pipe (`/dev/stdout`, a FIFO) is written directly.
pub struct Output {
    path: PathBuf,
    target: Target,
}

enum Target {
    Temp(std::io::BufWriter<tempfile::NamedTempFile>, PathBuf),
    Direct(std::io::BufWriter<std::fs::File>),
}

impl Output {
    pub fn create(path: &Path) -> std::io::Result<Output> {
        let target = resolve(path).unwrap_or_else(|_| path.to_path_buf());
        let target = match std::fs::metadata(&target) {
            // Found now, not after the whole run when the rename fails.
            Ok(m) if m.is_dir() => {
                return Err(std::io::Error::other("it is a folder"));
            }
            Ok(m) if !m.is_file() => {
                let file = std::fs::OpenOptions::new().write(true).open(&target)?;
                Target::Direct(std::io::BufWriter::new(file))
            }
            Ok(m) => {
                let tmp = temp_beside(&target)?;
                tmp.as_file().set_permissions(m.permissions())?;
                Target::Temp(std::io::BufWriter::new(tmp), target)
            }
            Err(_) => Target::Temp(std::io::BufWriter::new(temp_beside(&target)?), target),
        };
        Ok(Output {
            path: path.to_path_buf(),
            target,
        })
    }

    /// The path as given.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Puts the output in place: flushes it and renames the temporary file over the file named.
    pub fn commit(self) -> std::io::Result<()> {
        match self.target {
            Target::Direct(mut w) => w.flush(),
            Target::Temp(w, target) => {
                let tmp = w.into_inner().map_err(|e| e.into_error())?;
                tmp.as_file().sync_all()?;
                tmp.persist(target).map(drop).map_err(|e| e.error)
            }
        }
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.target {
            Target::Temp(w, _) => w.write(buf),
            Target::Direct(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.target {
            Target::Temp(w, _) => w.flush(),
            Target::Direct(w) => w.flush(),
        }
    }
}

/// What a file is, for telling whether two paths name the same one.
fn identity(path: &Path) -> Option<(u64, u64)> {
    let m = std::fs::metadata(path).ok()?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((m.dev(), m.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = m;
        None
    }
}

/// Whether two paths name the same file: the same file on disk, or the same place.
pub fn same_file(a: &Path, b: &Path) -> bool {
    if let (Some(x), Some(y)) = (identity(a), identity(b)) {
        return x == y;
    }
    let place = |p: &Path| {
        std::fs::canonicalize(p)
            .or_else(|_| std::path::absolute(p))
            .ok()
    };
    place(a).is_some_and(|x| Some(x) == place(b))
}

/// Checks, before anything is opened for writing, that no output names an input or another
/// output; the error says which option names which file. `outputs` are (option, path).
pub fn check_outputs(outputs: &[(&str, &Path)], inputs: &[&Path]) -> Result<(), String> {
    for (i, (option, path)) in outputs.iter().enumerate() {
        if let Some(input) = inputs.iter().find(|input| same_file(path, input)) {
            return Err(format!(
                "{option} {} names the input {}: writing it would destroy the input; choose another file",
                path.display(),
                input.display()
            ));
        }
        if let Some((other, _)) = outputs[..i].iter().find(|(_, p)| same_file(path, p)) {
            return Err(format!(
                "{option} and {other} both name {}: one would overwrite the other",
                path.display()
            ));
        }
    }
    Ok(())
}

/// Why a posting was not rewritten.
#[derive(Debug)]
pub enum RewriteError {
    /// Rewriting would lose something about the file, or another's edits: nothing was touched.
    Refused(String),
    /// Writing failed: the file is as it was.
    Io(std::io::Error),
}

impl std::fmt::Display for RewriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RewriteError::Refused(why) => write!(f, "{why}; the file was not changed"),
            RewriteError::Io(e) => write!(f, "{e}; the file was not changed"),
        }
    }
}

impl From<std::io::Error> for RewriteError {
    fn from(e: std::io::Error) -> Self {
        RewriteError::Io(e)
    }
}

/// Replaces a posting that was read as `original` by `contents`, keeping its owner, group,
/// permissions and extended attributes (ACLs among them). Refuses, touching nothing, a file
/// that is not a regular file, has other hard links (the rename would split them), is
/// read-only, or has changed since it was read (another program's edits would be lost).
pub fn rewrite(path: &Path, original: &[u8], contents: &[u8]) -> Result<(), RewriteError> {
    let refuse = |why: &str| Err(RewriteError::Refused(why.to_string()));
    if interrupted() {
        return refuse("interrupted");
    }
    // Asked of the path first: `/dev/stdin` is a link to a pipe that has no name to resolve.
    if !std::fs::metadata(path)?.is_file() {
        return refuse("not a regular file (a pipe, a device or a folder)");
    }
    let target = resolve(path)?;
    let meta = std::fs::metadata(&target)?;
    if meta.permissions().readonly() {
        return refuse("the file is read-only");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return refuse(&format!(
                "the file has {} hard links, and replacing it would split them",
                meta.nlink()
            ));
        }
    }
    // Opening for writing (without truncating) tells whether this user may write it; the
    // handle's lock keeps two hirelint runs from rewriting it at once.
    let lock = match std::fs::OpenOptions::new().write(true).open(&target) {
        Ok(f) => f,
        Err(e) if e.kind() == std::io::ErrorKind::PermissionDenied => {
            return refuse("the file is read-only for this user");
        }
        Err(e) => return Err(e.into()),
    };
    #[cfg(unix)]
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive)
        .map_err(std::io::Error::from)?;
    if std::fs::read(&target)? != original {
        return refuse("the file changed since it was read (edited by another program?)");
    }
    let tmp = temp_beside(&target)?;
    let mut writer = std::io::BufWriter::new(tmp);
    writer.write_all(contents)?;
    let tmp = writer.into_inner().map_err(|e| e.into_error())?;
    keep_metadata(&meta, &target, tmp.as_file())?;
    tmp.as_file().sync_all()?;
    tmp.persist(&target).map_err(|e| e.error)?;
    Ok(())
}

/// Gives `new` the owner, group, permissions and extended attributes of the file `old`.
fn keep_metadata(
    meta: &std::fs::Metadata,
    old: &Path,
    new: &std::fs::File,
) -> Result<(), RewriteError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        use xattr::FileExt;
        // The owner first: changing it clears set-user-ID bits that the mode then restores.
        if std::os::unix::fs::fchown(new, Some(meta.uid()), Some(meta.gid())).is_err() {
            let now = new.metadata()?;
            if (now.uid(), now.gid()) != (meta.uid(), meta.gid()) {
                return Err(RewriteError::Refused(format!(
                    "the file belongs to user {} and group {}, which this user cannot keep",
                    meta.uid(),
                    meta.gid()
                )));
            }
        }
        new.set_permissions(meta.permissions())?;
        // ACLs are extended attributes (`system.posix_acl_access`) and come along.
        if xattr::SUPPORTED_PLATFORM {
            for name in xattr::list(old)? {
                let Some(value) = xattr::get(old, &name)? else {
                    continue;
                };
                new.set_xattr(&name, &value).map_err(|e| {
                    RewriteError::Refused(format!(
                        "cannot keep the extended attribute {}: {e}",
                        name.to_string_lossy()
                    ))
                })?;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = old;
        new.set_permissions(meta.permissions())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_contents_and_keeps_permissions() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("posting.md");
        std::fs::write(&path, "old\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        }
        write_atomically(&path, b"new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o640);
        }
        // No temporary file is left behind.
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1);
    }

    #[cfg(unix)]
    #[test]
    fn writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.md");
        let link = dir.path().join("link.md");
        std::fs::write(&real, "old\n").unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomically(&link, b"new\n").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new\n");
    }

    #[test]
    fn a_failed_rename_leaves_the_original_intact_and_no_temporary_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("posting.md");
        std::fs::write(&path, "old\n").unwrap();
        let mut renamed = false;
        let result = write_with(&path, b"new contents\n", |tmp, _| {
            // The new contents are complete in the temporary file when the rename fails.
            assert_eq!(std::fs::read(tmp.path()).unwrap(), b"new contents\n");
            renamed = true;
            Err(std::io::Error::other("rename failed (simulated)"))
        });
        assert!(renamed);
        assert_eq!(result.unwrap_err().to_string(), "rename failed (simulated)");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "the temporary file is removed");
    }

    #[test]
    fn a_failed_write_leaves_the_file_alone() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("posting.md");
        assert!(write_atomically(&missing, b"new\n").is_err());
    }

    fn posting(dir: &Path, name: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, "old\n").unwrap();
        path
    }

    fn refusal(result: Result<(), RewriteError>) -> String {
        match result {
            Err(RewriteError::Refused(why)) => why,
            other => panic!("expected a refusal, got {other:?}"),
        }
    }

    fn only_file(dir: &Path) {
        let names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temporary file is left: {names:?}");
    }

    #[test]
    fn rewrite_replaces_a_file_that_is_as_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = posting(dir.path(), "p.md");
        rewrite(&path, b"old\n", b"new\n").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        only_file(dir.path());
    }

    #[test]
    fn rewrite_refuses_a_file_changed_since_it_was_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = posting(dir.path(), "p.md");
        std::fs::write(&path, "edited by someone else\n").unwrap();
        let why = refusal(rewrite(&path, b"old\n", b"new\n"));
        assert!(why.contains("changed since it was read"), "{why}");
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "edited by someone else\n"
        );
        only_file(dir.path());
    }

    #[cfg(unix)]
    #[test]
    fn rewrite_refuses_hard_links_read_only_files_and_pipes() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let a = posting(dir.path(), "a.md");
        std::fs::hard_link(&a, dir.path().join("b.md")).unwrap();
        assert!(refusal(rewrite(&a, b"old\n", b"new\n")).contains("2 hard links"));
        assert_eq!(
            std::fs::read_to_string(dir.path().join("b.md")).unwrap(),
            "old\n"
        );

        let ro = posting(dir.path(), "ro.md");
        std::fs::set_permissions(&ro, std::fs::Permissions::from_mode(0o444)).unwrap();
        assert!(refusal(rewrite(&ro, b"old\n", b"new\n")).contains("read-only"));
        assert_eq!(std::fs::read_to_string(&ro).unwrap(), "old\n");

        let fifo = dir.path().join("fifo.md");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(made.success());
        assert!(refusal(rewrite(&fifo, b"old\n", b"new\n")).contains("not a regular file"));
        assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
        use std::os::unix::fs::FileTypeExt;
    }

    #[cfg(unix)]
    #[test]
    fn rewrite_keeps_mode_owner_and_extended_attributes() {
        use std::os::unix::fs::{MetadataExt, PermissionsExt};
        let dir = tempfile::tempdir().unwrap();
        let path = posting(dir.path(), "p.md");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        xattr::set(&path, "user.origin", b"ats-42").unwrap();
        // Only root can give a file away; as anyone else the owner is ours already.
        let owner = if std::os::unix::fs::chown(&path, Some(12345), Some(23456)).is_ok() {
            (12345, 23456)
        } else {
            let m = std::fs::metadata(&path).unwrap();
            (m.uid(), m.gid())
        };
        rewrite(&path, b"old\n", b"new\n").unwrap();
        let m = std::fs::metadata(&path).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new\n");
        assert_eq!(m.permissions().mode() & 0o7777, 0o640);
        assert_eq!((m.uid(), m.gid()), owner);
        assert_eq!(
            xattr::get(&path, "user.origin").unwrap().as_deref(),
            Some(&b"ats-42"[..])
        );
        only_file(dir.path());
    }

    #[test]
    fn an_output_keeps_the_old_file_until_committed() {
        let dir = tempfile::tempdir().unwrap();
        let path = posting(dir.path(), "out.csv");
        let mut out = Output::create(&path).unwrap();
        out.write_all(b"half").unwrap();
        out.flush().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        drop(out);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old\n");
        only_file(dir.path());
        let mut out = Output::create(&path).unwrap();
        out.write_all(b"whole\n").unwrap();
        out.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "whole\n");
        only_file(dir.path());
    }

    #[test]
    fn outputs_naming_inputs_or_each_other_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let input = posting(dir.path(), "jobs.csv");
        let other = dir.path().join("out.csv");
        let via_dot = dir.path().join(".").join("jobs.csv");
        let e = check_outputs(&[("--output", &via_dot)], &[&input]).unwrap_err();
        assert!(
            e.contains("--output") && e.contains("names the input"),
            "{e}"
        );
        let e =
            check_outputs(&[("--output", &other), ("--report", &other)], &[&input]).unwrap_err();
        assert!(e.contains("--report and --output both name"), "{e}");
        assert!(check_outputs(&[("--output", &other)], &[&input]).is_ok());
        let folder = Output::create(dir.path()).err().unwrap();
        assert_eq!(folder.to_string(), "it is a folder");
        assert!(!other.exists(), "nothing is created by checking");
    }
}
