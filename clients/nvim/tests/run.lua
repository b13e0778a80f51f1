-- Headless tests of the career plugin against the real careerd.
--
--   nvim --headless -u NONE -i NONE -c 'luafile clients/nvim/tests/run.lua'
--
-- Starts $CAREERD (default .build/debug/careerd of the repository) on a private
-- socket with $CAREERD_KNOWLEDGE (default Knowledge/), runs every test, prints
-- "nvim: N passed, N failed" and exits 0 only when none failed.

local uv = vim.loop
local here = debug.getinfo(1, "S").source:sub(2):match("(.*/)") or "./"
local root = vim.fn.fnamemodify(here .. "..", ":p")
local repo = vim.fn.fnamemodify(root .. "../..", ":p")

vim.opt.runtimepath:prepend(root)
vim.cmd("runtime! plugin/career.lua")
local career = require("career")

local function out(...)
  io.stdout:write(table.concat({ ... }), "\n")
end

local function abs(path, base)
  if path:sub(1, 1) == "/" then
    return path
  end
  return base .. path
end

local binary = abs(os.getenv("CAREERD") or ".build/debug/careerd", repo)
local knowledge = abs(os.getenv("CAREERD_KNOWLEDGE") or "Knowledge", repo)
local dir = uv.fs_mkdtemp("/tmp/careerd-nvim-XXXXXX")
local socket = dir .. "/careerd.sock"
local job = nil

local function wait_for(predicate, ms)
  return vim.wait(ms or 10000, predicate, 5)
end

local function start_daemon()
  job = vim.fn.jobstart({ binary, "--socket", socket, "--knowledge", knowledge, "--threads", "2" }, {
    env = { CAREERD_TEST_HOOKS = "1" },
  })
  assert(job > 0, "cannot start " .. binary)
  career.setup({ socket = socket, timeout_ms = 2000 })
  assert(
    wait_for(function()
      return career.call_sync("info", nil, 1000) ~= nil or vim.fn.jobwait({ job }, 0)[1] ~= -1
    end, 20000),
    "careerd did not answer"
  )
  assert(vim.fn.jobwait({ job }, 0)[1] == -1, "careerd exited")
  career.setup({ socket = socket, timeout_ms = 10000 })
end

local function stop_daemon()
  if job then
    vim.fn.jobstop(job)
    vim.fn.jobwait({ job }, 15000)
    job = nil
  end
end

local function eq(got, want, what)
  if not vim.deep_equal(got, want) then
    error(("%s: expected %s, got %s"):format(what or "value", vim.inspect(want), vim.inspect(got)), 2)
  end
end

local function has(haystack, needle, what)
  if type(haystack) ~= "string" or not haystack:find(needle, 1, true) then
    error(("%s: %s not found in %s"):format(what or "text", vim.inspect(needle), vim.inspect(haystack)), 2)
  end
end

local function buffer_text(buf)
  return table.concat(vim.api.nvim_buf_get_lines(buf, 0, -1, false), "\n")
end

local function floats()
  local list = {}
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_config(win).relative ~= "" then
      table.insert(list, win)
    end
  end
  return list
end

local function entity_ids(result)
  local ids = {}
  for _, e in ipairs(result.entities or {}) do
    ids[e.id] = true
  end
  return ids
end

local function with_socket(path, fn)
  career.setup({ socket = path, timeout_ms = 10000 })
  local ok, err = pcall(fn)
  career.setup({ socket = socket, timeout_ms = 10000 })
  if not ok then
    error(err, 0)
  end
end

local function chat_idle(buf)
  return wait_for(function()
    return career.chat_state(buf).waiting == 0
  end)
end

local tests = {}
local function test(name, fn)
  table.insert(tests, { name = name, fn = fn })
end

-- The plugin ----------------------------------------------------------------------

test("plugin defines the commands", function()
  eq(vim.fn.exists(":CareerAsk"), 2, ":CareerAsk")
  eq(vim.fn.exists(":CareerChat"), 2, ":CareerChat")
end)

test("help file has its tags", function()
  local copy = uv.fs_mkdtemp("/tmp/career-doc-XXXXXX")
  vim.fn.writefile(vim.fn.readfile(root .. "doc/career.txt"), copy .. "/career.txt")
  vim.cmd("helptags " .. vim.fn.fnameescape(copy))
  local tags = table.concat(vim.fn.readfile(copy .. "/tags"), "\n")
  for _, tag in ipairs({ "career.txt", ":CareerAsk", ":CareerChat", "career.setup()", "career.ask()", "career.ask_sync()" }) do
    has(tags, tag .. "\t", "tags")
  end
  vim.fn.delete(copy, "rf")
end)

test("only APIs of Neovim 0.7", function()
  for _, file in ipairs({ "lua/career/init.lua", "plugin/career.lua" }) do
    local text = table.concat(vim.fn.readfile(root .. file), "\n")
    for _, api in ipairs({ "vim.system", "vim.uv", "vim.fs.", "vim.iter", "vim.islist", "vim.print", "nvim_set_hl(" }) do
      assert(not text:find(api, 1, true), file .. " uses " .. api)
    end
  end
end)

-- Finding the socket --------------------------------------------------------------

test("candidates follow career", function()
  local saved = { vim.env.CAREERD_SOCKET, vim.env.XDG_RUNTIME_DIR }
  career.setup({})
  vim.env.CAREERD_SOCKET = "/a.sock"
  vim.env.XDG_RUNTIME_DIR = "/run/user/7/"
  local got = career.candidates()
  vim.env.CAREERD_SOCKET, vim.env.XDG_RUNTIME_DIR = saved[1], saved[2]
  eq(got, { "/a.sock", "/run/user/7/careerd.sock", "/run/careerd/careerd.sock" }, "candidates")
  career.setup({ socket = "/only.sock" })
  eq(career.candidates(), { "/only.sock" }, "explicit socket")
  career.setup({ socket = socket, timeout_ms = 10000 })
end)

test("the environment finds the daemon", function()
  local saved = vim.env.CAREERD_SOCKET
  career.setup({})
  vim.env.CAREERD_SOCKET = socket
  local info, err = career.call_sync("info")
  vim.env.CAREERD_SOCKET = saved
  career.setup({ socket = socket, timeout_ms = 10000 })
  assert(info, tostring(err))
  eq(info.protocol, 1, "protocol")
end)

test("a missing daemon is one clear message", function()
  local path = dir .. "/missing.sock"
  with_socket(path, function()
    local result, err = career.ask_sync("what does a data engineer do?", 5000)
    eq(result, nil, "result")
    eq(err.kind, "unreachable", "kind")
    eq(
      tostring(err),
      ("no careerd answers at %s (no such socket); start one with 'careerd' or 'make run'"):format(path),
      "message"
    )
  end)
end)

test("a stale socket is connection refused", function()
  local path = dir .. "/stale.sock"
  -- Bound but not listening: what a crashed daemon leaves behind.
  local pipe = uv.new_pipe(false)
  assert(pipe:bind(path))
  local ok, problem = pcall(with_socket, path, function()
    local _, err = career.call_sync("info", nil, 5000)
    eq(err.reason, "connection refused", "reason")
    has(tostring(err), "(connection refused); start one with 'careerd' or 'make run'")
  end)
  pipe:close()
  assert(ok, problem)
end)

-- Asking --------------------------------------------------------------------------

test("ask_sync returns the result table", function()
  local result, err = career.ask_sync("how much does a data analyst make?", 10000)
  assert(result, tostring(err))
  eq(result.intent, "role.salary", "intent")
  assert(entity_ids(result)["data-analyst"], "data-analyst entity")
  has(result.answer, "$55,000")
  assert(#result.sources > 0 and result.sources[1].publisher, "sources")
  assert(#result.suggestions > 0, "suggestions")
end)

test("ask is asynchronous", function()
  local got = nil
  career.ask("what does a machine learning engineer do?", function(err, result)
    got = { err = err, result = result }
  end)
  eq(got, nil, "called back before returning")
  assert(wait_for(function()
    return got ~= nil
  end), "no answer")
  assert(got.err == nil, tostring(got.err))
  has(got.result.answer, "Machine Learning Engineer")
end)

test("a session carries follow-ups", function()
  local session = career.new_session()
  assert(career.ask_sync("what does a data engineer do?", 10000, { session = session }))
  local follow_up = assert(career.ask_sync("what skills do they need?", 10000, { session = session }))
  eq(follow_up.intent, "role.skills", "intent")
  assert(entity_ids(follow_up)["data-engineer"], "inherited entity")
  local alone = assert(career.ask_sync("what skills do they need?", 10000))
  assert(not entity_ids(alone)["data-engineer"], "no session, no inheritance")
end)

test("error responses", function()
  local result, err = career.call_sync("no.such.method")
  eq(result, nil, "result")
  eq(err.kind, "rpc", "kind")
  eq(err.code, -32601, "code")
  eq(err.data, { method = "no.such.method" }, "data")
  has(tostring(err), "no.such.method")
  local _, bad = career.call_sync("ask", { session = "x" })
  eq(bad.code, -32602, "invalid params")
  local _, long = career.ask_sync(("x"):rep(70000))
  eq(long.code, -32001, "line too long")
  eq(assert(career.call_sync("info")).protocol, 1, "still in step")
end)

test("many requests in flight come back to their callers", function()
  local roles = {}
  for _, item in ipairs(assert(career.call_sync("list", { type = "role" })).items) do
    table.insert(roles, item.id)
  end
  local got = {}
  for _, id in ipairs(roles) do
    career.request("get", { type = "role", id = id }, function(err, result)
      table.insert(got, err and tostring(err) or result.id)
    end)
  end
  assert(wait_for(function()
    return #got == #roles
  end), "answers missing")
  eq(got, roles, "order")
end)

test("a timeout fails the request and the next one works", function()
  career.setup({ socket = socket, timeout_ms = 500 })
  local result, err = career.call_sync("debug.hang", { seconds = 1 })
  career.setup({ socket = socket, timeout_ms = 10000 })
  eq(result, nil, "result")
  eq(err.kind, "connection", "kind")
  has(tostring(err), "no answer within 0.5 s")
  eq(assert(career.call_sync("info")).protocol, 1, "next call")
end)

-- :CareerAsk ----------------------------------------------------------------------

test(":CareerAsk opens a floating window that q closes", function()
  vim.cmd("CareerAsk how much does a data analyst make?")
  assert(wait_for(function()
    return #floats() == 1
  end), "no floating window")
  local win = floats()[1]
  local buf = vim.api.nvim_win_get_buf(win)
  local text = buffer_text(buf)
  has(text, "Data Analyst pay")
  has(text, "Sources:")
  has(text, "Try:")
  eq(vim.api.nvim_get_current_win(), win, "focused")
  eq(vim.api.nvim_buf_get_option(buf, "modifiable"), false, "modifiable")
  vim.api.nvim_feedkeys("q", "x", false)
  eq(#floats(), 0, "floats after q")
end)

test("Enter on a suggestion in the float asks it", function()
  vim.cmd("CareerAsk what does a data engineer do?")
  assert(wait_for(function()
    return #floats() == 1
  end), "no floating window")
  local win = floats()[1]
  local lines = vim.api.nvim_buf_get_lines(vim.api.nvim_win_get_buf(win), 0, -1, false)
  local row, suggestion = nil, nil
  for i, line in ipairs(lines) do
    local s = line:match("^  1%. (.+)$")
    if s then
      row, suggestion = i, s
    end
  end
  assert(row, "no numbered suggestion")
  vim.api.nvim_win_set_cursor(win, { row, 0 })
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("<CR>", true, false, true), "x", false)
  assert(wait_for(function()
    local f = floats()[1]
    return f and f ~= win and vim.api.nvim_buf_get_var(vim.api.nvim_win_get_buf(f), "career_question") == suggestion
  end), "the suggestion's answer did not open")
  vim.api.nvim_feedkeys("q", "x", false)
  eq(#floats(), 0, "floats after q")
end)

test(":CareerAsk without a daemon says so once", function()
  local messages = {}
  local notify = vim.notify
  vim.notify = function(msg, level)
    table.insert(messages, { msg, level })
  end
  local path = dir .. "/missing.sock"
  career.setup({ socket = path, timeout_ms = 10000 })
  vim.cmd("CareerAsk what does a data engineer do?")
  wait_for(function()
    return #messages > 0
  end, 3000)
  vim.wait(100)
  vim.notify = notify
  career.setup({ socket = socket, timeout_ms = 10000 })
  eq(#messages, 1, "messages")
  eq(messages[1][1], ("no careerd answers at %s (no such socket); start one with 'careerd' or 'make run'"):format(path), "message")
  eq(messages[1][2], vim.log.levels.ERROR, "level")
  eq(#floats(), 0, "floats")
end)

-- :CareerChat ---------------------------------------------------------------------

test(":CareerChat keeps a session", function()
  vim.cmd("CareerChat")
  vim.cmd("stopinsert")
  local buf = vim.api.nvim_get_current_buf()
  eq(vim.api.nvim_buf_get_option(buf, "buftype"), "prompt", "buftype")
  local state = career.chat_state(buf)
  assert(state and state.session, "session")
  career.chat_ask("what does a data engineer do?", buf, { echo = true })
  assert(chat_idle(buf), "no answer")
  has(buffer_text(buf), "> what does a data engineer do?\ncareerd: Data Engineer: ")
  career.chat_ask("what skills do they need?", buf, { echo = true })
  assert(chat_idle(buf), "no answer")
  assert(
    buffer_text(buf):find("> what skills do they need%?\ncareerd: [^\n]*Data Engineer"),
    "the follow-up did not inherit the role: " .. buffer_text(buf)
  )
  -- The prompt line stays the last (it shows "> " once Insert mode is entered).
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  assert(lines[#lines]:match("^>? ?$"), "prompt line: " .. lines[#lines])
end)

test("typing in the chat prompt asks", function()
  local buf = career.chat()
  vim.cmd("stopinsert")
  local before = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_feedkeys("A" .. "what does a data analyst do?" .. vim.api.nvim_replace_termcodes("<CR><Esc>", true, false, true), "x", false)
  assert(vim.api.nvim_buf_line_count(buf) > before, "the prompt callback did not run")
  assert(chat_idle(buf), "no answer")
  has(buffer_text(buf), "> what does a data analyst do?\ncareerd: Data Analyst")
end)

test("a number asks that suggestion; Enter on one asks it", function()
  local buf = career.chat()
  vim.cmd("stopinsert")
  local state = career.chat_state(buf)
  local first = state.suggestions[1]
  assert(first, "suggestions kept")
  career.chat_ask("1", buf, { echo = true })
  assert(chat_idle(buf), "no answer")
  has(buffer_text(buf), "> 1\n  = " .. first .. "\ncareerd: ")
  -- Enter in normal mode on a suggestion line.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local row, text = nil, nil
  for i = #lines, 1, -1 do
    local s = lines[i]:match("^  2%. (.+)$")
    if s then
      row, text = i, s
      break
    end
  end
  assert(row, "no suggestion line")
  vim.api.nvim_win_set_cursor(0, { row, 0 })
  vim.api.nvim_feedkeys(vim.api.nvim_replace_termcodes("<CR>", true, false, true), "x", false)
  assert(chat_idle(buf), "no answer")
  has(buffer_text(buf), "> " .. text .. "\ncareerd: ")
  career.chat_ask("9", buf, { echo = true })
  has(buffer_text(buf), "careerd: there is no suggestion 9")
end)

test("/reset forgets the conversation", function()
  local buf = career.chat()
  vim.cmd("stopinsert")
  career.chat_ask("/reset", buf, { echo = true })
  assert(wait_for(function()
    return buffer_text(buf):find("(conversation forgotten)", 1, true) ~= nil
  end), "no reset")
end)

-- Restarts ------------------------------------------------------------------------

test("reconnects after the daemon restarts", function()
  eq(assert(career.call_sync("info")).protocol, 1, "before")
  assert(career.connected_path(), "connected")
  stop_daemon()
  start_daemon()
  local result, err = career.ask_sync("what does a data scientist do?")
  assert(result, tostring(err))
  has(result.answer, "Data Scientist")
  -- The chat carries on too (a new daemon has no sessions: ask afresh).
  local buf = career.chat()
  vim.cmd("stopinsert")
  career.chat_ask("what does an MLOps engineer do?", buf, { echo = true })
  assert(chat_idle(buf), "no answer")
  has(buffer_text(buf), "> what does an MLOps engineer do?\ncareerd: MLOps Engineer")
end)

test("a daemon gone while connected gives the advice", function()
  assert(career.call_sync("info"))
  stop_daemon()
  local _, err = career.call_sync("info")
  eq(err and err.kind, "unreachable", "kind")
  has(tostring(err), "start one with 'careerd' or 'make run'")
  start_daemon()
  eq(assert(career.call_sync("info")).protocol, 1, "after")
end)

-- Running -------------------------------------------------------------------------

local passed, failed = 0, 0
local ok, err = pcall(start_daemon)
if not ok then
  out("nvim: cannot start careerd: ", tostring(err))
  failed = #tests
else
  for _, t in ipairs(tests) do
    local good, problem = xpcall(t.fn, debug.traceback)
    if good then
      passed = passed + 1
      out("ok    ", t.name)
    else
      failed = failed + 1
      out("FAIL  ", t.name, "\n", tostring(problem))
    end
  end
end
stop_daemon()
vim.fn.delete(dir, "rf")
out(("nvim: %d passed, %d failed"):format(passed, failed))
vim.cmd(failed == 0 and "qall!" or "cquit 1")
