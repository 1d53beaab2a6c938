-- Neovim (0.7+) headless client for the Neovim e2e test: attaches the news-annotator language
-- server to the article given on the command line, waits for its diagnostics, asks for a hover,
-- and writes what it got as JSON to $NEWS_RESULT. Inputs (environment):
--   NEWS_SERVER_JS   path of dist/server.js
--   NEWS_RESULT      where to write the JSON result
--   NEWS_HOVER_LINE, NEWS_HOVER_CHARACTER   LSP position (0-based, UTF-16) to hover
--   NEWS_MIN_DIAGNOSTICS   how many diagnostics to wait for
-- This is the lspconfig-free setup the README shows (vim.lsp.start_client works on 0.7 to 0.10).
local function finish(result)
  local file = io.open(os.getenv('NEWS_RESULT'), 'w')
  file:write(vim.fn.json_encode(result))
  file:close()
  vim.cmd('qa!')
end

vim.api.nvim_create_autocmd('VimEnter', { callback = function()
  local client_id = vim.lsp.start_client({
    name = 'news-annotator',
    cmd = { 'node', os.getenv('NEWS_SERVER_JS'), '--stdio' },
    root_dir = vim.fn.getcwd(),
  })
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)

  local wanted = tonumber(os.getenv('NEWS_MIN_DIAGNOSTICS'))
  -- vim.wait keeps the event loop (and so the LSP client) running while it waits.
  local arrived = vim.wait(20000, function() return #vim.diagnostic.get(buf) >= wanted end, 20)

  local diagnostics = {}
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(diagnostics, { lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
      code = d.code, message = d.message, source = d.source })
  end

  local params = {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = tonumber(os.getenv('NEWS_HOVER_LINE')), character = tonumber(os.getenv('NEWS_HOVER_CHARACTER')) },
  }
  local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000) or {}
  local hover = responses[client_id] and responses[client_id].result
  local server_pid = vim.lsp.get_client_by_id(client_id).rpc.pid
  vim.lsp.stop_client(client_id)
  finish({ arrived = arrived, diagnostics = diagnostics, hover = hover and hover.contents or vim.NIL, server_pid = server_pid })
end })
