# careerd: `make run` sets up, builds and opens the prompt; `make test` sets up, builds
# and runs every test. Other targets: check, eval, bench, install (mk/install.mk).
SHELL := /bin/bash
SWIFT ?= swift
CONFIG ?= debug
BIN := .build/$(CONFIG)
DEB_PACKAGES := libsystemd-dev libstemmer-dev libedit-dev libsqlite3-dev liburing-dev socat tmux python3

.PHONY: deps build release run stop test check eval bench fuzz clean

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

RUN_DIR := $(CURDIR)/.run
RUN_SOCKET ?= $(RUN_DIR)/careerd.sock

# Starts careerd on a private socket unless one already answers there, then opens the
# prompt. The daemon keeps running after the prompt exits; `make stop` ends it.
run: release
	@mkdir -p $(RUN_DIR)
	@if ! .build/release/career info --socket $(RUN_SOCKET) >/dev/null 2>&1; then \
	  echo "starting careerd on $(RUN_SOCKET) (log: $(RUN_DIR)/careerd.log)"; \
	  nohup .build/release/careerd --socket $(RUN_SOCKET) --knowledge $(CURDIR)/Knowledge >$(RUN_DIR)/careerd.log 2>&1 & echo $$! > $(RUN_DIR)/careerd.pid; \
	  for i in $$(seq 100); do .build/release/career info --socket $(RUN_SOCKET) >/dev/null 2>&1 && break; sleep 0.1; done; \
	fi
	@.build/release/career --socket $(RUN_SOCKET)

stop:
	@if [ -f $(RUN_DIR)/careerd.pid ]; then kill $$(cat $(RUN_DIR)/careerd.pid) 2>/dev/null; rm -f $(RUN_DIR)/careerd.pid; echo stopped; fi

# Every test: unit tests, the daemon over a real socket (question sets included), the
# prompt in tmux (mk/tmux.mk), `make install` into a temporary folder (mk/install.mk),
# the clients, and, as root, the service under a real systemd.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build 2>&1 | tee $(RUN_DIR).test.log; test $${PIPESTATUS[0]} -eq 0
	$(MAKE) --no-print-directory test-tmux
	$(MAKE) --no-print-directory test-install CONFIG=$(CONFIG)
	$(MAKE) --no-print-directory test-clients
	$(MAKE) --no-print-directory test-reliability
	FUZZ_OPT=-Onone Fuzz/run.sh $(FUZZ_TEST_SECONDS)
	$(MAKE) --no-print-directory test-systemd

check: build
	$(BIN)/careerd check Knowledge

# Scores the daemon started by `make run` on a question file (default: the project's own).
EVAL_FILE ?= Tests/Eval/questions.jsonl
eval: release
	.build/release/career eval --socket $(RUN_SOCKET) $(EVAL_FILE)

clean:
	rm -rf .build .run .run.test.log

# Benchmarks (docs/PERFORMANCE.md): the daemon under load beside the machine's ceiling
# (Benchmarks/load.sh), the cost of one ask in process (Benchmarks/ask-cost.sh),
# start-up to READY=1, memory with 10,000 sessions, the scale tables
# (Benchmarks/scale.sh; add 1000000 to SCALE_SIZES for the 1M row, several minutes
# more), then the micro-benchmarks
# (ordo-one/benchmark), checked against the stored malloc thresholds (Benchmarks/Thresholds).
SCALE_SIZES ?= 1000 10000 100000
# valgrind counts the instructions of an ask (Benchmarks/ask-cost.sh).
BENCH_DEB_PACKAGES := valgrind
bench:
	@$(MAKE) --no-print-directory deps DEB_PACKAGES="$(DEB_PACKAGES) $(BENCH_DEB_PACKAGES)"
	$(SWIFT) build -c release --product careerd
	Benchmarks/load.sh 5
	@echo; echo "| question set | CPU µs per ask, min | median | instructions per ask |"; echo "| --- | ---: | ---: | ---: |"
	@Benchmarks/ask-cost.sh
	@echo; echo "| knowledge | intent model | starts | to READY=1 ms (median) | slowest ms | CPU ms to ready | RSS MB | model training or reading ms (median, range) | of which kernel CPU ms | peak RSS MB | page faults, thousands |"; echo "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
	@Benchmarks/startup.py .build/release/careerd Knowledge 5
	@echo; echo "| knowledge | sessions opened | sessions held | RSS MB at start | RSS MB after | KiB per session |"; echo "| --- | ---: | ---: | ---: | ---: | ---: |"
	@Benchmarks/sessions.py .build/release/careerd Knowledge 10000
	@echo; Benchmarks/scale.sh $(SCALE_SIZES)
	$(SWIFT) package --package-path Benchmarks benchmark
	$(SWIFT) package --package-path Benchmarks benchmark thresholds check --metric mallocCountTotal --path $(CURDIR)/Benchmarks/Thresholds

# libFuzzer over the request parser, the question analyzer and the whole ask pipeline
# (Fuzz/run.sh SECONDS), then the line framer's differential fuzz test for as long.
# `make test` runs each target for FUZZ_TEST_SECONDS, built with -Onone (minutes less).
FUZZ_SECONDS ?= 60
FUZZ_TEST_SECONDS ?= 10
fuzz:
	Fuzz/run.sh $(FUZZ_SECONDS)
	$(SWIFT) build --build-tests
	FRAMER_FUZZ_SECONDS=$(FUZZ_SECONDS) $(SWIFT) test --skip-build --filter LineFramerFuzzTests
