# test-clients: the clients in clients/ against the real daemon. Included by the top
# Makefile; `make test` runs it after the Swift tests.
#
#   make test-clients                          # the daemon of $(CONFIG): $(BIN)/careerd
#   make test-clients CLIENTS_CAREERD=/x/careerd
#
# Installs what it needs itself: as root, Debian's emacs-nox, neovim, ngircd (and
# python3-venv) when missing; then a virtual environment in $(CLIENTS_VENV) with
# pytest, irc, mypy and the two Python packages (pip install clients/python
# clients/irc). Each suite starts its own careerd on a private socket (the IRC one also
# its own ngircd, on a free port of 127.0.0.1 with a generated configuration); all four
# run, and the target fails if any failed.
CLIENTS_CAREERD ?= $(abspath $(BIN)/careerd)
CLIENTS_CAREER ?= $(abspath $(dir $(CLIENTS_CAREERD))career)
CLIENTS_KNOWLEDGE ?= $(CURDIR)/Knowledge
CLIENTS_PYTHON ?= python3
CLIENTS_VENV := .build/clients-venv
CLIENTS_DEB_PACKAGES := emacs-nox neovim ngircd
CLIENTS_TIMEOUT ?= 300
CLIENTS_ENV = CAREERD=$(CLIENTS_CAREERD) CAREER=$(CLIENTS_CAREER) CAREERD_KNOWLEDGE=$(CLIENTS_KNOWLEDGE)
CLIENTS_PY_SOURCES := clients/python/pyproject.toml $(wildcard clients/python/src/careerd_client/*.py) \
  clients/irc/pyproject.toml $(wildcard clients/irc/careerbot/*.py)

.PHONY: test-clients clients-deps test-clients-python test-clients-emacs test-clients-nvim test-clients-irc

# Debian packages: only what is missing, apt-get update first. Debian's ngircd package
# starts a system service when installed; the tests run their own server on their own
# port, so that service is stopped and disabled again (only when installed here).
clients-deps:
	@missing=$$(for p in $(CLIENTS_DEB_PACKAGES); do dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || echo $$p; done); \
	$(CLIENTS_PYTHON) -c 'import ensurepip' 2>/dev/null || missing="$$missing python3-venv"; \
	missing=$$(echo $$missing); \
	if [ -n "$$missing" ]; then \
	  if [ $$(id -u) -ne 0 ]; then echo "test-clients: missing Debian packages: $$missing (run: sudo apt-get install $$missing)"; exit 1; fi; \
	  echo "installing: $$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $$missing >/dev/null || exit 1; \
	  case " $$missing " in *" ngircd "*) \
	    (systemctl disable --now ngircd.service || { service ngircd stop; update-rc.d ngircd disable; }) >/dev/null 2>&1 || true;; \
	  esac; \
	fi

# The virtual environment, remade when the Python packages change.
$(CLIENTS_VENV)/.ready: $(CLIENTS_PY_SOURCES) mk/clients.mk | clients-deps
	@test -x $(CLIENTS_VENV)/bin/python || $(CLIENTS_PYTHON) -m venv $(CLIENTS_VENV)
	$(CLIENTS_VENV)/bin/pip install -q --disable-pip-version-check pytest irc mypy
	$(CLIENTS_VENV)/bin/pip install -q --disable-pip-version-check ./clients/python ./clients/irc
	@touch $@

# The daemon is built only when it is missing (`make test` has just built it).
test-clients: clients-deps $(CLIENTS_VENV)/.ready $(if $(wildcard $(CLIENTS_CAREERD)),,build)
	@test -x $(CLIENTS_CAREERD) || { echo "test-clients: no careerd at $(CLIENTS_CAREERD)"; exit 1; }
	@failed=""; \
	for suite in python emacs nvim irc; do \
	  $(MAKE) --no-print-directory test-clients-$$suite || failed="$$failed $$suite"; \
	done; \
	if [ -n "$$failed" ]; then echo "test-clients: FAILED:$$failed"; exit 1; fi; \
	echo "test-clients: the python, emacs, nvim and irc suites passed"

test-clients-python: | $(CLIENTS_VENV)/.ready
	@echo "== clients/python: pytest"
	@$(CLIENTS_ENV) timeout $(CLIENTS_TIMEOUT) $(CLIENTS_VENV)/bin/python -m pytest -q -p no:cacheprovider clients/python/tests

test-clients-emacs:
	@echo "== clients/emacs: ERT ($$(emacs --version | head -1))"
	@$(CLIENTS_ENV) timeout $(CLIENTS_TIMEOUT) emacs -Q --batch -L clients/emacs \
	  -l clients/emacs/test/career-test.el -f career-test-run

test-clients-nvim:
	@echo "== clients/nvim: headless ($$(nvim --version | head -1))"
	@$(CLIENTS_ENV) timeout $(CLIENTS_TIMEOUT) nvim --headless -u NONE -i NONE \
	  -c 'luafile clients/nvim/tests/run.lua' -c 'cquit 2'

test-clients-irc: | $(CLIENTS_VENV)/.ready
	@echo "== clients/irc: pytest against ngircd"
	@$(CLIENTS_ENV) timeout $(CLIENTS_TIMEOUT) $(CLIENTS_VENV)/bin/python -m pytest -q -p no:cacheprovider clients/irc/tests
