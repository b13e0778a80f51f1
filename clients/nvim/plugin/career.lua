-- careerd's commands. The module (lua/career/init.lua) loads on first use.
if vim.g.loaded_career then
  return
end
vim.g.loaded_career = true

vim.api.nvim_create_user_command("CareerAsk", function(opts)
  local career = require("career")
  if opts.args ~= "" then
    return career.ask_float(opts.args)
  end
  vim.ui.input({ prompt = "Ask careerd: " }, function(question)
    if question and question ~= "" then
      career.ask_float(question)
    end
  end)
end, { nargs = "*", desc = "Ask careerd; the answer opens in a floating window" })

vim.api.nvim_create_user_command("CareerChat", function()
  require("career").chat()
end, { nargs = 0, desc = "Open a chat with careerd that keeps one conversation" })
