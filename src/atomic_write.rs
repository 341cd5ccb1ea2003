//! Replacing a file's contents without ever leaving it half written.
//!
//! The new contents go to a temporary file in the same folder, which then replaces the file in
//! one rename: a reader (or a crash) sees the old file or the new one, never a mix. The file
//! keeps its permissions, and a symbolic link keeps pointing where it did: its target is
//! replaced, not the link.

use std::io::Write;
use std::path::Path;

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
    let target = std::fs::canonicalize(path)?;
    let permissions = std::fs::metadata(&target)?.permissions();
    let dir = target.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".hirelint-")
        .suffix(".tmp")
        .tempfile_in(dir)?;
    tmp.write_all(contents)?;
    tmp.as_file().set_permissions(permissions)?;
    tmp.as_file().sync_all()?;
    // On any error the temporary file is dropped, which deletes it.
    persist(tmp, &target)
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
}
