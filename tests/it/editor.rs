//! A real editor: Neovim (headless, from Debian's `neovim` package; `.ci/run` installs it) with
//! its built-in LSP client opens a posting and reads hirelint's diagnostics back. Skipped, with
//! a message, where `nvim` is not installed.

use std::process::Command;

const SCRIPT: &str = r#"
local bin, posting, out = os.getenv("HIRELINT_BIN"), os.getenv("POSTING"), os.getenv("OUT")
local client = vim.lsp.start_client({ name = "hirelint", cmd = { bin, "lsp" }, root_dir = vim.fn.fnamemodify(posting, ":h") })
vim.cmd("edit " .. posting)
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client)
vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
local lines = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ""
  table.insert(lines, string.format("%d:%d:%s:%s:%s", d.lnum, d.col, d.source or "", code, d.message))
end
vim.fn.writefile(lines, out)
vim.lsp.stop_client(client)
vim.cmd("qa!")
"#;

#[test]
fn neovim_shows_the_diagnostics() {
    if Command::new("nvim").arg("--version").output().is_err() {
        eprintln!("skipped: nvim is not installed (.ci/run installs Debian's neovim)");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let posting = dir.path().join("job.md");
    std::fs::write(
        &posting,
        "# Barista\n\nLocation: Boise, ID\n\nPay: €18–€22 an hour. Health insurance. Join our rockstar crew.\n\nAcme is an equal opportunity employer.\n",
    )
    .unwrap();
    let script = dir.path().join("session.lua");
    std::fs::write(&script, SCRIPT).unwrap();
    let out = dir.path().join("diagnostics.txt");
    let status = Command::new("nvim")
        .args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!("luafile {}", script.display()))
        .env("HIRELINT_BIN", env!("CARGO_BIN_EXE_hirelint"))
        .env("POSTING", &posting)
        .env("OUT", &out)
        .status()
        .expect("nvim runs");
    assert!(status.success());
    let diagnostics = std::fs::read_to_string(&out).expect("the session wrote its diagnostics");
    // Line 4 (0-based). The server sends UTF-16 columns (49 here); Neovim keeps byte columns,
    // so a right conversion lands on the byte where "rockstar" starts (55: `€` and `–` are
    // three bytes each).
    let line = "Pay: €18–€22 an hour. Health insurance. Join our rockstar crew.";
    let col = line.find("rockstar").unwrap();
    let expected = format!("4:{col}:hirelint:language/rockstar:");
    assert!(diagnostics.starts_with(&expected), "{diagnostics:?}");
}
