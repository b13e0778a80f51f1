# Reliability suites on the real daemon with clients run as other uids (Tests/soak/,
# Python standard library only; as root, else each prints SKIP). Included by the top
# Makefile; `make test` runs test-reliability after the Swift tests.
#
#   make soak                         # 10 minutes, 64 connections from 4 uids
#   make soak SOAK_SECONDS=60         # the short run make test does
#   make test-reliability             # limits.py, faults.py, then a 60-second soak
RELIABILITY_CAREERD ?= $(abspath $(BIN)/careerd)
RELIABILITY_PYTHON ?= python3
SOAK_SECONDS ?= 600
SOAK_CONNECTIONS ?= 64

.PHONY: soak test-reliability

soak: build
	CAREERD=$(RELIABILITY_CAREERD) $(RELIABILITY_PYTHON) Tests/soak/soak.py $(SOAK_SECONDS) $(SOAK_CONNECTIONS)

# Runs all three; fails if any failed.
test-reliability:
	@status=0; \
	for suite in "limits.py" "faults.py" "soak.py 60 $(SOAK_CONNECTIONS)"; do \
	  echo "== Tests/soak/$$suite"; \
	  CAREERD=$(RELIABILITY_CAREERD) $(RELIABILITY_PYTHON) Tests/soak/$$suite || status=1; \
	done; exit $$status
