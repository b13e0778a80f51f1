-- career: ask careerd, the AI and ML career advisor, from Neovim (0.7 and later).
--
-- careerd speaks JSON-RPC 2.0, one message per line, over a Unix socket. This module
-- keeps one connection to it over a vim.loop pipe; every request is asynchronous and
-- its callback runs on the main loop (vim.schedule), so the editor never waits.
-- `ask_sync` and `call_sync` wait with vim.wait, for scripts and tests. See
-- :help career.

local uv = vim.loop

local M = {}

local defaults = {
  -- Path of careerd's socket; nil looks for it as the `career` command does:
  -- $CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock, /run/careerd/careerd.sock.
  socket = nil,
  -- How long to wait for one answer.
  timeout_ms = 30000,
  -- The floating window of :CareerAsk.
  float = { border = "rounded", max_width = 100 },
}

M.config = vim.deepcopy(defaults)

M.SYSTEM_SOCKET = "/run/careerd/careerd.sock"

--- Sets options: `socket`, `timeout_ms`, `float` (see :help career-setup).
function M.setup(opts)
  M.config = vim.tbl_deep_extend("force", vim.deepcopy(defaults), opts or {})
  M.disconnect()
end

-- Errors --------------------------------------------------------------------------

local Error = {}
Error.__index = Error
Error.__tostring = function(e)
  return e.message
end

-- kind: "unreachable" (no daemon answers), "connection" (it went away, timed out,
-- answered garbage) or "rpc" (an error response: code, message, data).
local function new_error(kind, message, fields)
  local e = setmetatable(fields or {}, Error)
  e.kind = kind
  e.message = message
  return e
end

local HINTS = {
  ["no such socket"] = "; start one with 'careerd' or 'make run'",
  ["connection refused"] = "; start one with 'careerd' or 'make run'",
  ["permission denied"] = "; the socket belongs to another user or group",
}

local function unreachable(path, reason)
  return new_error(
    "unreachable",
    ("no careerd answers at %s (%s)%s"):format(path, reason, HINTS[reason] or ""),
    { path = path, reason = reason }
  )
end

local function connection_error(path, reason)
  return new_error("connection", ("careerd at %s: %s"):format(path, reason), { path = path, reason = reason })
end

local REASONS = {
  ENOENT = "no such socket",
  ENOTDIR = "no such socket",
  ECONNREFUSED = "connection refused",
  EACCES = "permission denied",
  EPERM = "permission denied",
}

local function connect_reason(err)
  local name = tostring(err):match("^(E%u+)")
  return REASONS[name] or tostring(err):lower()
end

-- Finding the socket --------------------------------------------------------------

--- The socket paths to try, best first: the configured socket alone, or else
--- $CAREERD_SOCKET, $XDG_RUNTIME_DIR/careerd.sock and /run/careerd/careerd.sock.
function M.candidates()
  if M.config.socket and M.config.socket ~= "" then
    return { vim.fn.expand(M.config.socket) }
  end
  local out = {}
  local function add(path)
    if path and path ~= "" and not vim.tbl_contains(out, path) then
      table.insert(out, path)
    end
  end
  add(os.getenv("CAREERD_SOCKET"))
  local runtime = os.getenv("XDG_RUNTIME_DIR")
  if runtime and runtime ~= "" then
    add(runtime:gsub("/$", "") .. "/careerd.sock")
  end
  add(M.SYSTEM_SOCKET)
  return out
end

-- The connection ------------------------------------------------------------------

local MAX_RESPONSE_BYTES = 16 * 1024 * 1024
local next_id = 0
local conn = nil -- { pipe, path, state = "connecting"|"open", buffer, queue, pending }

local function close_pipe(pipe)
  if pipe and not pipe:is_closing() then
    pipe:close()
  end
end

local function stop_timer(request)
  if request.timer then
    request.timer:stop()
    if not request.timer:is_closing() then
      request.timer:close()
    end
    request.timer = nil
  end
end

local function finish(request, err, result)
  if request.done then
    return
  end
  request.done = true
  stop_timer(request)
  local ok, problem = pcall(request.callback, err, result)
  if not ok then
    vim.notify("career: error in a callback: " .. tostring(problem), vim.log.levels.ERROR)
  end
end

local send -- forward declaration

-- Drops connection `c`. Requests it had written get one more try on a new connection
-- (the daemon restarted under them); those already retried fail with `reason`.
local function drop(c, reason)
  if conn == c then
    conn = nil
  end
  close_pipe(c.pipe)
  local again = {}
  for _, request in ipairs(c.queue) do
    table.insert(again, request)
  end
  for _, request in ipairs(c.pending) do
    table.insert(again, request)
  end
  c.queue, c.pending = {}, {}
  for _, request in ipairs(again) do
    if not request.done then
      if request.retried or reason.final then
        finish(request, connection_error(c.path, reason.text))
      else
        request.retried = true
        send(request)
      end
    end
  end
end

local function dispatch(c, line)
  local ok, message = pcall(vim.json.decode, line)
  if not ok or type(message) ~= "table" or message.jsonrpc ~= "2.0" then
    drop(c, { text = "malformed response: not a JSON-RPC response", final = true })
    return
  end
  local index = nil
  if message.id == nil or message.id == vim.NIL then
    index = 1 -- a line careerd could not read: it answers the oldest request
  else
    for i, request in ipairs(c.pending) do
      if request.id == message.id then
        index = i
        break
      end
    end
  end
  local request = index and table.remove(c.pending, index)
  if not request then
    return
  end
  if message.error and message.error ~= vim.NIL then
    local e = message.error
    finish(request, new_error("rpc", e.message, { code = e.code, data = e.data ~= vim.NIL and e.data or nil }))
  else
    finish(request, nil, message.result)
  end
end

local function on_data(c, data)
  if conn ~= c and c.pipe:is_closing() then
    return
  end
  c.buffer = c.buffer .. data
  while true do
    local newline = c.buffer:find("\n", 1, true)
    if not newline then
      break
    end
    local line = c.buffer:sub(1, newline - 1)
    c.buffer = c.buffer:sub(newline + 1)
    if line:match("%S") then
      dispatch(c, line)
    end
  end
  if #c.buffer > MAX_RESPONSE_BYTES then
    drop(c, { text = "malformed response: an answer line too long", final = true })
  end
end

local function write(c, request)
  table.insert(c.pending, request)
  c.pipe:write(request.line, function(err)
    if err then
      vim.schedule(function()
        drop(c, { text = "connection closed by the daemon" })
      end)
    end
  end)
end

-- Opens a connection trying `paths` from index `i`; calls `done(c)` or `done(nil, err)`.
local function open(paths, i, failures, done)
  local path = paths[i]
  local pipe = uv.new_pipe(false)
  pipe:connect(path, function(err)
    vim.schedule(function()
      if not err then
        return done({ pipe = pipe, path = path, buffer = "", queue = {}, pending = {} })
      end
      close_pipe(pipe)
      table.insert(failures, unreachable(path, connect_reason(err)))
      if i < #paths then
        return open(paths, i + 1, failures, done)
      end
      -- The most telling failure: an existing but dead or forbidden socket.
      for _, f in ipairs(failures) do
        if f.reason ~= "no such socket" then
          return done(nil, f)
        end
      end
      done(nil, failures[1])
    end)
  end)
end

local function connect()
  local c = { state = "connecting", queue = {}, pending = {}, buffer = "" }
  conn = c
  local paths = M.candidates()
  c.path = paths[1]
  open(paths, 1, {}, function(opened, err)
    if conn ~= c then -- disconnected meanwhile
      if opened then
        close_pipe(opened.pipe)
      end
      return
    end
    if not opened then
      conn = nil
      local queued = c.queue
      c.queue = {}
      for _, request in ipairs(queued) do
        finish(request, err)
      end
      return
    end
    c.pipe, c.path, c.state = opened.pipe, opened.path, "open"
    c.pipe:read_start(function(read_err, data)
      vim.schedule(function()
        if read_err or not data then
          drop(c, { text = "connection closed by the daemon" })
        else
          on_data(c, data)
        end
      end)
    end)
    local queued = c.queue
    c.queue = {}
    for _, request in ipairs(queued) do
      write(c, request)
    end
  end)
  return c
end

send = function(request)
  next_id = next_id + 1
  request.id = next_id
  local message = { jsonrpc = "2.0", id = request.id, method = request.method }
  if request.params ~= nil then
    message.params = request.params
  end
  request.line = vim.json.encode(message) .. "\n"
  local c = conn
  if not c or (c.state == "open" and (c.pipe:is_closing() or not vim.tbl_contains(M.candidates(), c.path))) then
    if c then
      drop(c, { text = "connection closed", final = true })
    end
    c = connect()
  end
  if not request.timer then
    request.timer = uv.new_timer()
    request.timer:start(
      M.config.timeout_ms,
      0,
      vim.schedule_wrap(function()
        if request.done then
          return
        end
        local where = (conn and conn.path) or M.candidates()[1]
        local seconds = M.config.timeout_ms / 1000
        local text = seconds == math.floor(seconds) and ("%d s"):format(seconds) or ("%g s"):format(seconds)
        -- Forget it: a late answer finds no request and is dropped.
        if conn then
          for _, list in ipairs({ conn.pending, conn.queue }) do
            for i, r in ipairs(list) do
              if r == request then
                table.remove(list, i)
                break
              end
            end
          end
        end
        finish(request, connection_error(where, "no answer within " .. text))
      end)
    )
  end
  if c.state == "open" then
    write(c, request)
  else
    table.insert(c.queue, request)
  end
end

--- Closes the connection; the next request opens a new one.
function M.disconnect()
  if conn then
    drop(conn, { text = "disconnected", final = true })
  end
end

--- The socket path of the current connection, or nil.
function M.connected_path()
  return conn and conn.state == "open" and conn.path or nil
end

-- Requests ------------------------------------------------------------------------

--- Calls `method` with `params` (a table or nil); `callback(err, result)` runs on the
--- main loop. `err` is nil or a table with `kind`, `message` (and `code`, `data` for
--- an error response); tostring(err) is its message.
function M.request(method, params, callback)
  send({ method = method, params = params, callback = callback or function() end })
end

--- Asks a question; `callback(err, result)` gets the `ask` result (`answer`, `intent`,
--- `sources`, `suggestions`, ...). `opts.session` names a conversation.
function M.ask(text, callback, opts)
  local params = { text = text }
  if opts and opts.session then
    params.session = opts.session
  end
  M.request("ask", params, callback)
end

--- Calls `method` and waits up to `timeout_ms`; returns the result, or nil and an error.
function M.call_sync(method, params, timeout_ms)
  local done, err, result = false, nil, nil
  M.request(method, params, function(e, r)
    done, err, result = true, e, r
  end)
  local wait = timeout_ms or M.config.timeout_ms
  if not vim.wait(wait, function()
    return done
  end, 5) then
    return nil, connection_error((conn and conn.path) or M.candidates()[1], ("no answer within %g s"):format(wait / 1000))
  end
  if err then
    return nil, err
  end
  return result
end

--- Asks and waits up to `timeout_ms` (default: the configured timeout); returns the
--- result table, or nil and an error.
function M.ask_sync(text, timeout_ms, opts)
  local params = { text = text }
  if opts and opts.session then
    params.session = opts.session
  end
  return M.call_sync("ask", params, timeout_ms)
end

--- A fresh session id.
function M.new_session()
  return ("nvim-%d-%06x"):format(vim.fn.getpid(), math.random(0, 0xffffff))
end

local function notify_error(err)
  vim.notify(err.kind == "rpc" and ("careerd: " .. err.message) or err.message, vim.log.levels.ERROR)
end

-- Rendering -----------------------------------------------------------------------

local ns = vim.api.nvim_create_namespace("career")

M.highlights = {
  source = "Comment",
  heading = "Title",
  suggestion = "Identifier",
  speaker = "Statement",
  error = "ErrorMsg",
}

-- The answer's lines, its source lines (the trailing "Sources:" block), and the
-- suggestions, for display.
local function answer_parts(result)
  local lines = vim.split(result.answer or "", "\n", true)
  local body, sources = {}, {}
  local sources_at = nil
  for i, line in ipairs(lines) do
    if line == "Sources:" and lines[i - 1] == "" then
      sources_at = i
    end
  end
  for i, line in ipairs(lines) do
    if sources_at and i >= sources_at then
      table.insert(sources, line)
    elseif not (sources_at and i == sources_at - 1) then
      table.insert(body, line)
    end
  end
  local suggestions = type(result.suggestions) == "table" and result.suggestions or {}
  return body, sources, suggestions
end

-- Lines and highlights for one answer: { lines = {...}, marks = { {row, group}, ... },
-- suggestions = { [row] = text } } with rows counted from 0.
function M.render(result, prefix)
  local body, sources, suggestions = answer_parts(result)
  local out = { lines = {}, marks = {}, suggestions = {} }
  local function add(line, group)
    table.insert(out.lines, line)
    if group then
      table.insert(out.marks, { #out.lines - 1, group })
    end
  end
  for i, line in ipairs(body) do
    add(i == 1 and prefix and (prefix .. line) or line)
  end
  if #body == 0 and prefix then
    add(prefix)
  end
  if prefix then
    table.insert(out.marks, { 0, M.highlights.speaker, 0, #prefix })
  end
  if #sources > 0 then
    add("")
    for _, line in ipairs(sources) do
      add(line, M.highlights.source)
    end
  end
  if #suggestions > 0 then
    add("")
    add("Try:", M.highlights.heading)
    for i, s in ipairs(suggestions) do
      add(("  %d. %s"):format(i, s), M.highlights.suggestion)
      out.suggestions[#out.lines - 1] = s
    end
  end
  return out
end

local function apply_marks(buf, first_row, rendered)
  for _, m in ipairs(rendered.marks) do
    vim.api.nvim_buf_add_highlight(buf, ns, m[2], first_row + m[1], m[3] or 0, m[4] or -1)
  end
end

-- :CareerAsk: a floating window ------------------------------------------------------

local float_win = nil

local function close_float()
  if float_win and vim.api.nvim_win_is_valid(float_win) then
    vim.api.nvim_win_close(float_win, true)
  end
  float_win = nil
end

local function float_size(lines, max_width)
  local width = math.min(max_width, vim.o.columns - 4)
  local longest = 0
  for _, line in ipairs(lines) do
    longest = math.max(longest, vim.fn.strdisplaywidth(line))
  end
  width = math.max(20, math.min(width, longest))
  local height = 0
  for _, line in ipairs(lines) do
    height = height + math.max(1, math.ceil(vim.fn.strdisplaywidth(line) / width))
  end
  return width, math.max(1, math.min(height, vim.o.lines - 6))
end

--- Shows `result` (an ask result) for `question` in a floating window; returns it.
function M.show_float(question, result)
  close_float()
  local rendered = M.render(result)
  local buf = vim.api.nvim_create_buf(false, true)
  vim.api.nvim_buf_set_lines(buf, 0, -1, false, rendered.lines)
  apply_marks(buf, 0, rendered)
  vim.api.nvim_buf_set_option(buf, "modifiable", false)
  vim.api.nvim_buf_set_option(buf, "bufhidden", "wipe")
  vim.api.nvim_buf_set_option(buf, "filetype", "career")
  vim.api.nvim_buf_set_var(buf, "career_question", question)
  local width, height = float_size(rendered.lines, M.config.float.max_width or 100)
  float_win = vim.api.nvim_open_win(buf, true, {
    relative = "editor",
    width = width,
    height = height,
    row = math.max(0, math.floor((vim.o.lines - height) / 2) - 1),
    col = math.floor((vim.o.columns - width) / 2),
    style = "minimal",
    border = M.config.float.border,
  })
  vim.api.nvim_win_set_option(float_win, "wrap", true)
  vim.api.nvim_win_set_option(float_win, "linebreak", true)
  local opts = { buffer = buf, nowait = true, silent = true }
  vim.keymap.set("n", "q", close_float, opts)
  vim.keymap.set("n", "<Esc>", close_float, opts)
  vim.keymap.set("n", "<CR>", function()
    local row = vim.api.nvim_win_get_cursor(0)[1] - 1
    local s = rendered.suggestions[row]
    if s then
      M.ask_float(s)
    end
  end, opts)
  return float_win
end

--- Asks `question` and shows the answer in a floating window when it comes.
function M.ask_float(question)
  if not question or not question:match("%S") then
    vim.notify("careerd: type a question, e.g. :CareerAsk how much does a data analyst make?", vim.log.levels.WARN)
    return
  end
  M.ask(question, function(err, result)
    if err then
      return notify_error(err)
    end
    M.show_float(question, result)
  end)
end

-- :CareerChat: a prompt buffer keeping one session ----------------------------------

local chats = {} -- buf -> { session, suggestions = {...}, waiting }

local function chat_append(buf, lines)
  -- Lines go above the prompt line, which is always the last.
  local count = vim.api.nvim_buf_line_count(buf)
  vim.api.nvim_buf_set_lines(buf, count - 1, count - 1, false, lines)
  vim.api.nvim_buf_set_option(buf, "modified", false)
  return count - 1
end

local function chat_scroll(buf)
  for _, win in ipairs(vim.api.nvim_list_wins()) do
    if vim.api.nvim_win_get_buf(win) == buf then
      vim.api.nvim_win_set_cursor(win, { vim.api.nvim_buf_line_count(buf), 0 })
    end
  end
end

--- Asks `question` in chat buffer `buf` (default: the current buffer). With
--- `opts.echo` the question is first written into the transcript (the prompt line
--- already shows what was typed there).
function M.chat_ask(question, buf, opts)
  buf = (buf and buf ~= 0) and buf or vim.api.nvim_get_current_buf()
  local chat = chats[buf]
  if not chat then
    return vim.notify("careerd: not a :CareerChat buffer", vim.log.levels.ERROR)
  end
  question = vim.trim(question or "")
  if question == "" then
    return
  end
  if opts and opts.echo then
    chat_append(buf, { "> " .. question })
  end
  if question == "/reset" then
    return M.request("session.reset", { session = chat.session }, function(err)
      if vim.api.nvim_buf_is_valid(buf) then
        chat_append(buf, { err and ("careerd: " .. tostring(err)) or "(conversation forgotten)", "" })
      end
    end)
  end
  local n = tonumber(question)
  if n then
    if not chat.suggestions[n] then
      chat_append(buf, { ("careerd: there is no suggestion %d"):format(n), "" })
      return
    end
    question = chat.suggestions[n]
    chat_append(buf, { "  = " .. question })
  end
  local row = chat_append(buf, { "careerd: ..." })
  local mark = vim.api.nvim_buf_set_extmark(buf, ns, row, 0, {})
  chat.waiting = chat.waiting + 1
  M.ask(question, function(err, result)
    if not vim.api.nvim_buf_is_valid(buf) then
      return
    end
    chat.waiting = chat.waiting - 1
    local at = vim.api.nvim_buf_get_extmark_by_id(buf, ns, mark, {})[1]
    vim.api.nvim_buf_del_extmark(buf, ns, mark)
    if err then
      vim.api.nvim_buf_set_lines(buf, at, at + 1, false, { "careerd: " .. tostring(err), "" })
      vim.api.nvim_buf_add_highlight(buf, ns, M.highlights.error, at, 0, -1)
      return
    end
    local rendered = M.render(result, "careerd: ")
    table.insert(rendered.lines, "")
    vim.api.nvim_buf_set_lines(buf, at, at + 1, false, rendered.lines)
    apply_marks(buf, at, rendered)
    vim.api.nvim_buf_set_option(buf, "modified", false)
    chat.suggestions = type(result.suggestions) == "table" and result.suggestions or {}
    chat_scroll(buf)
  end, { session = chat.session })
end

local function chat_pick_suggestion(buf)
  local text = vim.api.nvim_get_current_line():match("^  %d+%. (.+)$")
  if text then
    M.chat_ask(text, buf, { echo = true })
  end
end

--- Opens the chat buffer (creating it once); returns its number.
function M.chat()
  for buf, _ in pairs(chats) do
    if vim.api.nvim_buf_is_valid(buf) then
      local win = vim.fn.bufwinid(buf)
      if win ~= -1 then
        vim.api.nvim_set_current_win(win)
      else
        vim.cmd("split")
        vim.api.nvim_win_set_buf(0, buf)
      end
      return buf
    end
    chats[buf] = nil
  end
  local buf = vim.api.nvim_create_buf(true, true)
  vim.api.nvim_buf_set_name(buf, "career://chat")
  vim.api.nvim_buf_set_option(buf, "buftype", "prompt")
  vim.api.nvim_buf_set_option(buf, "bufhidden", "hide")
  vim.api.nvim_buf_set_option(buf, "filetype", "careerchat")
  chats[buf] = { session = M.new_session(), suggestions = {}, waiting = 0 }
  vim.fn.prompt_setprompt(buf, "> ")
  vim.fn.prompt_setcallback(buf, function(text)
    M.chat_ask(text, buf)
  end)
  vim.api.nvim_buf_set_lines(buf, 0, 0, false, {
    "Chat with careerd: type a question after > and press Enter. A number asks that",
    "suggestion; Enter on a suggestion in normal mode asks it; /reset forgets the conversation.",
    "",
  })
  vim.api.nvim_buf_add_highlight(buf, ns, M.highlights.source, 0, 0, -1)
  vim.api.nvim_buf_add_highlight(buf, ns, M.highlights.source, 1, 0, -1)
  vim.keymap.set("n", "<CR>", function()
    chat_pick_suggestion(buf)
  end, { buffer = buf, silent = true })
  vim.api.nvim_create_autocmd("BufWipeout", {
    buffer = buf,
    callback = function()
      chats[buf] = nil
    end,
  })
  vim.cmd("split")
  vim.api.nvim_win_set_buf(0, buf)
  vim.api.nvim_win_set_option(0, "wrap", true)
  vim.api.nvim_win_set_option(0, "linebreak", true)
  vim.cmd("startinsert")
  return buf
end

--- The chat state of buffer `buf` (session id, waiting count, last suggestions).
function M.chat_state(buf)
  return chats[buf or vim.api.nvim_get_current_buf()]
end

return M
