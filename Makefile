# careerd: `make run` sets up, builds and opens the prompt; `make test` sets up, builds
# and runs every test. Other targets: check, eval, bench, install (mk/install.mk).
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)
DEB_PACKAGES := libsystemd-dev libstemmer-dev libedit-dev libsqlite3-dev socat tmux python3

.PHONY: deps build release run test check eval bench clean

# Installs the Debian packages that are missing (only as root; otherwise says what to install).
deps:
	@missing=$$(for p in $(DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	if [ -n "$$missing" ]; then \
	  if [ $$(id -u) -eq 0 ]; then \
	    echo "installing: $$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "missing Debian packages: $$missing (run: sudo apt-get install $$missing)"; exit 1; fi; \
	fi

build: deps
	$(SWIFT) build -c $(CONFIG)

release: deps
	$(SWIFT) build -c release

-include mk/*.mk
