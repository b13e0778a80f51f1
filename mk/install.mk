# install / uninstall / test-systemd. Included by the top Makefile.
#
#   make release && sudo make install                    # /usr/local (the default)
#   make release && make install PREFIX=/usr DESTDIR=pkg  # packaging: the layout the units in
#                                                         # systemd/ name (/usr/bin, /usr/share)
# Installs the binaries to $(PREFIX)/bin, Knowledge/ to $(PREFIX)/share/careerd/knowledge
# (replacing what was there), the units to $(UNITDIR) with their paths rewritten for
# $(PREFIX), and docs/OPERATIONS.md plus the drop-in examples to $(PREFIX)/share/doc/careerd.
# Units: /lib/systemd/system when PREFIX=/usr, else $(PREFIX)/lib/systemd/system (which
# systemd also searches for /usr/local). After installing: systemctl daemon-reload &&
# systemctl enable --now careerd.socket (docs/OPERATIONS.md).
PREFIX ?= /usr/local
DESTDIR ?=
INSTALL_FROM ?= .build/release
UNITDIR ?= $(if $(filter /usr,$(PREFIX)),/lib/systemd/system,$(PREFIX)/lib/systemd/system)
CAREERD_BINARIES := careerd career
CAREERD_UNITS := careerd.socket careerd.service
CAREERD_EXAMPLES := $(wildcard systemd/*.example)
KNOWLEDGE_DEST = $(DESTDIR)$(PREFIX)/share/careerd/knowledge

.PHONY: install uninstall test-systemd

install:
	@for b in $(CAREERD_BINARIES); do \
	  [ -x "$(INSTALL_FROM)/$$b" ] || { echo "install: $(INSTALL_FROM)/$$b is missing (run: make release)" >&2; exit 1; }; \
	done
	install -d -m 0755 "$(DESTDIR)$(PREFIX)/bin" "$(DESTDIR)$(UNITDIR)" "$(DESTDIR)$(PREFIX)/share/doc/careerd"
	install -m 0755 $(addprefix $(INSTALL_FROM)/,$(CAREERD_BINARIES)) "$(DESTDIR)$(PREFIX)/bin/"
	rm -rf "$(KNOWLEDGE_DEST)"
	install -d -m 0755 "$(KNOWLEDGE_DEST)"
	cd Knowledge && find . -type d -exec install -d -m 0755 "$(KNOWLEDGE_DEST)/{}" \; \
	  && find . -type f -exec install -m 0644 "{}" "$(KNOWLEDGE_DEST)/{}" \;
	for u in $(CAREERD_UNITS); do \
	  sed -e 's|/usr/bin/|$(PREFIX)/bin/|g' -e 's|/usr/share/careerd/|$(PREFIX)/share/careerd/|g' \
	    -e 's|/usr/share/doc/careerd/|$(PREFIX)/share/doc/careerd/|g' \
	    "systemd/$$u" > "$(DESTDIR)$(UNITDIR)/$$u" && chmod 0644 "$(DESTDIR)$(UNITDIR)/$$u"; \
	done
	install -m 0644 docs/OPERATIONS.md $(CAREERD_EXAMPLES) "$(DESTDIR)$(PREFIX)/share/doc/careerd/"

uninstall:
	rm -f $(addprefix "$(DESTDIR)$(PREFIX)/bin/,$(addsuffix ",$(CAREERD_BINARIES)))
	rm -f $(addprefix "$(DESTDIR)$(UNITDIR)/,$(addsuffix ",$(CAREERD_UNITS)))
	rm -rf "$(DESTDIR)$(PREFIX)/share/careerd" "$(DESTDIR)$(PREFIX)/share/doc/careerd"

# The suite under a private systemd (root only; prints SKIP lines otherwise). It tests the
# binaries of $(CONFIG) unless CAREERD_BIN_DIR says otherwise.
test-systemd:
	CAREERD_BIN_DIR="$${CAREERD_BIN_DIR:-$(BIN)}" $(SHELL) Tests/systemd/run.sh
