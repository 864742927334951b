-- A real other editor as the server's client: headless Neovim (0.7 or later) starts
-- `node dist/cli.js lsp --stdio` with its built-in LSP client, opens an article, waits for the
-- diagnostics, asks for a hover, and writes what it got as JSON to the file named by
-- $ARTICLE_LENS_NVIM_OUT. Run by test/neovim/neovim.test.ts; on any failure it exits 1.
local out_path = os.getenv('ARTICLE_LENS_NVIM_OUT')
local article = os.getenv('ARTICLE_LENS_NVIM_ARTICLE')
local cli = os.getenv('ARTICLE_LENS_NVIM_CLI')
local result = { diagnostics = {}, hover = nil, error = nil }

local function finish()
  local f = io.open(out_path, 'w')
  f:write(vim.fn.json_encode(result))
  f:close()
  vim.cmd(result.error and 'cquit 1' or 'qall!')
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(article))
  local buf = vim.api.nvim_get_current_buf()
  vim.bo[buf].filetype = 'article'
  local client_id = vim.lsp.start_client({
    name = 'article-lens',
    cmd = { 'node', cli, 'lsp', '--stdio' },
    root_dir = vim.fn.fnamemodify(article, ':h'),
  })
  assert(client_id, 'the language server did not start')
  vim.lsp.buf_attach_client(buf, client_id)
  local got = vim.wait(15000, function() return #vim.diagnostic.get(buf) > 0 end, 50)
  assert(got, 'no diagnostics within 15 s')
  for _, d in ipairs(vim.diagnostic.get(buf)) do
    table.insert(result.diagnostics, { line = d.lnum, col = d.col, message = d.message, code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) })
  end
  -- Hover on the first word of the third line (the person's name, 0-based line 2).
  local line = vim.api.nvim_buf_get_lines(buf, 2, 3, false)[1]
  local col = assert(line:find('Vale'), 'no name on line 3') - 1
  local params = { textDocument = { uri = vim.uri_from_bufnr(buf) }, position = { line = 2, character = col } }
  local answers = vim.lsp.buf_request_sync(buf, 'textDocument/hover', params, 10000)
  assert(answers, 'no hover answer within 10 s')
  for _, a in pairs(answers) do
    if a.result and a.result.contents then result.hover = a.result.contents.value or a.result.contents end
  end
  vim.lsp.stop_client(client_id)
end)
if not ok then result.error = tostring(err) end
finish()
