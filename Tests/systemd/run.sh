#!/bin/bash
# careerd under a real systemd: socket activation, reload under load, a refused reload,
# the watchdog, a restart after SIGKILL that keeps a stated profile, journald fields, unit verification, the security exposure, peer
# credentials and a clean stop. Run by `make test-systemd` (as root).
#
# It boots a private systemd 252 as PID 1 of new PID, mount, cgroup, UTS, IPC and network
# namespaces (the machine itself is not booted with systemd). Inside, /usr is an overlay
# with `make install PREFIX=/usr DESTDIR=...` on top, so the shipped units run unchanged;
# /tmp, /var/tmp and /var/log/journal are private tmpfs; /etc/systemd/system holds only
# careerd's units, a test drop-in (Tests/systemd/careerd-test.conf) and masks for units
# that would touch the host. The system is powered off at the end, whatever happens.
#
# Prints "SKIP: reason" and exits 0 when it cannot run (not root, no systemd, no unshare).
# Otherwise one line per check, "ok - name" or "not ok - name: why", lines starting with
# "#" as notes, then "N passed, N failed"; exits 1 when any check failed.
#
# Environment: CAREERD_BIN_DIR (default .build/release if built, else .build/debug);
# CAREERD_SYSTEMD_LOG, where a failed run leaves the journal (.build/systemd-test-journal.log);
# when set, every run leaves it there.
set -u
SUITE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SUITE/../.." && pwd)
export SYSTEMD_PAGER=cat SYSTEMD_COLORS=0 LC_ALL=C.UTF-8

skip=""
[ "$(id -u)" = 0 ] || skip="${skip}SKIP: not root (the suite boots a private systemd)"$'\n'
[ -x /lib/systemd/systemd ] || skip="${skip}SKIP: /lib/systemd/systemd is missing"$'\n'
for tool in unshare nsenter setpriv python3 systemd-analyze; do
    command -v "$tool" >/dev/null || skip="${skip}SKIP: $tool is missing"$'\n'
done
if [ -z "$skip" ]; then
    unshare --pid --fork --mount --cgroup --uts --ipc --net true 2>/dev/null ||
        skip="SKIP: cannot create namespaces here (unshare --pid --mount --cgroup --net failed)"$'\n'
fi
if [ -n "$skip" ]; then printf '%s' "$skip"; exit 0; fi

BIN_DIR=${CAREERD_BIN_DIR:-}
if [ -z "$BIN_DIR" ]; then
    BIN_DIR=.build/debug
    [ -x "$REPO/.build/release/careerd" ] && [ -x "$REPO/.build/release/career" ] && BIN_DIR=.build/release
fi
case "$BIN_DIR" in /*) ;; *) BIN_DIR="$REPO/$BIN_DIR" ;; esac

source "$SUITE/lib.sh"
source "$SUITE/checks.sh"

WORK=$(mktemp -d /var/lib/careerd-systemd-test.XXXXXX)
chmod 0755 "$WORK"
KNOWLEDGE="$WORK/root/usr/share/careerd/knowledge"
cleanup() {
    teardown_system
    if [ -n "${WORK:-}" ] && [ -d "$WORK" ]; then rm -rf "$WORK"; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PASSED=0 FAILED=0
report() { # report NAME RESULT [WHY]
    if [ "$2" = 0 ]; then echo "ok - $1"; PASSED=$((PASSED + 1))
    else echo "not ok - $1: $3"; FAILED=$((FAILED + 1)); fi
}

CHECKS="socket-activation:check_socket_activation reload-under-load:check_reload_under_load
broken-knowledge-reload:check_broken_knowledge watchdog:check_watchdog journal-fields:check_journal
verify-units:check_verify security-exposure:check_security peer-credentials:check_peer_credentials
sigkill-restart:check_sigkill_restart clean-stop:check_stop"
OFFLINE="check_security"

setup_error=""
if [ ! -x "$BIN_DIR/careerd" ] || [ ! -x "$BIN_DIR/career" ]; then
    setup_error="no careerd/career in $BIN_DIR (build first: make build, or make release)"
elif ! "$BIN_DIR/careerd" --help >/dev/null 2>&1; then
    setup_error="$BIN_DIR/careerd --help fails"
elif ! make -s -C "$REPO" install DESTDIR="$WORK/root" PREFIX=/usr INSTALL_FROM="$BIN_DIR" > "$WORK/install.log" 2>&1; then
    setup_error="make install failed: $(tail -3 "$WORK/install.log" | tr '\n' ' ')"
else
    prepare_system
    boot_system || setup_error="the private systemd did not boot"
fi
[ -n "$setup_error" ] && echo "# setup: $setup_error"

for entry in $CHECKS; do
    name=${entry%%:*} fn=${entry#*:}
    if [ -n "$setup_error" ] && [[ " $OFFLINE " != *" $fn "* ]]; then
        report "$name" 1 "$setup_error"
        continue
    fi
    WHY=""
    "$fn"
    report "$name" $? "$WHY"
done

if [ "$FAILED" != 0 ] || [ -n "${CAREERD_SYSTEMD_LOG:-}" ]; then
    save_journal "${CAREERD_SYSTEMD_LOG:-$REPO/.build/systemd-test-journal.log}"
fi
cleanup
trap - EXIT
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
