# test-tmux: `career`'s prompt driven in a real terminal (Tests/tmux/prompt.sh): a real
# careerd on a temporary socket, the prompt in a detached tmux session 80 columns wide on
# a private tmux server (tmux -L), a question, a follow-up, a suggestion by its number,
# arrow-up history, the wrapped screen checked, Ctrl-D. Included by the top Makefile;
# `make test` runs it. tmux and python3 come from DEB_PACKAGES (`make deps`).
#
#   make test-tmux                 # the binaries of $(CONFIG): $(BIN)
#   make test-tmux TMUX_BIN=.build/release
TMUX_BIN ?= $(BIN)

.PHONY: test-tmux

test-tmux: $(if $(wildcard $(TMUX_BIN)/career),,build)
	@command -v tmux >/dev/null && command -v python3 >/dev/null || $(MAKE) --no-print-directory deps
	@timeout 300 $(SHELL) Tests/tmux/prompt.sh $(TMUX_BIN)
