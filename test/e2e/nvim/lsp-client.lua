-- A second LSP client for the server: headless Neovim 0.7+ (vim.lsp.start_client, as in Debian 12).
-- Run by test/e2e/run-neovim.mjs:
--   BRIEFING_SERVER=dist/server.js BRIEFING_WS=<folder> BRIEFING_RECORD=<file> \
--     timeout 60 nvim --headless --clean -c 'luafile test/e2e/nvim/lsp-client.lua'
-- Starts `node dist/server.js --stdio` with initializationOptions, opens a broken record, checks
-- the diagnostics (code, line, severity set by the options) and completion after "rank: dai t".
-- Exits with :qa! when every check passed and :cq otherwise.
local server = assert(os.getenv('BRIEFING_SERVER'), 'BRIEFING_SERVER')
local root = assert(os.getenv('BRIEFING_WS'), 'BRIEFING_WS')
local record = assert(os.getenv('BRIEFING_RECORD'), 'BRIEFING_RECORD')
local failures = 0

local function out(s) io.stdout:write(s .. '\n') end
local function check(ok, what)
  out((ok and '  ok   ' or '  FAIL ') .. what)
  if not ok then failures = failures + 1 end
end
local function finish()
  out(('neovim: %d failed'):format(failures))
  vim.cmd(failures == 0 and 'qa!' or 'cq')
end

local record_uri = vim.uri_from_fname(record)
local published = nil
local client_id = vim.lsp.start_client({
  name = 'briefing',
  cmd = { 'node', server, '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'ws' } },
  -- The same settings as VS Code's "briefing" section; here one rule is lowered to a warning
  -- and the messages are asked for in Vietnamese.
  init_options = { settings = { locale = 'vi', rules = { ['unknown-issuer'] = 'error', ['thousands-separator'] = 'warning' } } },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result.uri == record_uri then published = result.diagnostics end
    end,
  },
})
out(('nvim %d.%d.%d, client %s'):format(vim.version().major, vim.version().minor, vim.version().patch, tostring(client_id)))
check(client_id ~= nil, 'the client started')

vim.cmd('edit ' .. vim.fn.fnameescape(record))
vim.lsp.buf_attach_client(0, client_id)

-- Diagnostics pushed for the opened record.
local got = vim.wait(30000, function() return published ~= nil and #published > 0 end, 50)
check(got, 'diagnostics published for the record')
local by_code = {}
for _, d in ipairs(published or {}) do
  out(('    L%d:%d %s [%s] %s'):format(d.range.start.line + 1, d.range.start.character + 1, tostring(d.code), tostring(d.severity), d.message))
  by_code[tostring(d.code)] = d
end
local function expect(code, line, col, severity)
  local d = by_code[code]
  check(d ~= nil and d.source == 'briefing' and d.range.start.line == line and d.range.start.character == col and d.severity == severity,
    ('%s at line %d col %d, severity %d'):format(code, line + 1, col + 1, severity))
end
expect('unknown-rank', 12, 8, 1)
expect('thousands-separator', 19, 11, 2) -- lowered to a warning by init_options
expect('unknown-key', 24, 4, 1)
expect('unknown-issuer', 27, 15, 1) -- raised to an error by init_options
check(#(published or {}) == 4, 'exactly four diagnostics')
local ts = by_code['thousands-separator']
check(ts ~= nil and ts.message:find('YAML đọc 1.457 là số thập phân', 1, true) ~= nil, 'the message is in Vietnamese')

-- Completion after "rank: dai t" (the buffer edit reaches the server as didChange).
vim.api.nvim_buf_set_lines(0, 12, 13, false, { '  rank: dai t' })
local responses = vim.lsp.buf_request_sync(0, 'textDocument/completion', {
  textDocument = { uri = record_uri },
  position = { line = 12, character = #'  rank: dai t' },
}, 10000)
local labels = {}
for _, res in pairs(responses or {}) do
  local items = res.result and (res.result.items or res.result) or {}
  for _, item in ipairs(items) do table.insert(labels, item.label) end
end
out('    completion: ' .. table.concat(labels, ', '))
check(vim.tbl_contains(labels, 'Đại tướng'), 'completion after "rank: dai t" offers Đại tướng')

vim.lsp.stop_client(client_id)
finish()
