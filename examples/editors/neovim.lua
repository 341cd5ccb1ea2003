-- Neovim (0.7 or later): hirelint diagnostics, fixes and hover in Markdown and text postings.
-- Put this in your init.lua (or a file under ~/.config/nvim/plugin/).
vim.api.nvim_create_autocmd("FileType", {
  pattern = { "markdown", "text", "html" },
  callback = function(args)
    local root = vim.fs and vim.fs.dirname(vim.fs.find({ "hirelint.yaml", ".hirelint.yaml", ".git" }, { upward = true })[1] or "")
    local client = vim.lsp.start_client({
      name = "hirelint",
      cmd = { "hirelint", "lsp" },
      root_dir = (root ~= nil and root ~= "") and root or vim.fn.getcwd(),
    })
    if client then
      vim.lsp.buf_attach_client(args.buf, client)
    end
  end,
})
-- Code actions (fixes, "disable for this line"): vim.lsp.buf.code_action(); hover: K.
