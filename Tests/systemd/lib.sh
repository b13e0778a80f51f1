# Helpers for run.sh: a private systemd in its own namespaces, and ways to talk to it.
# Sourced, not run. Everything created lives under $WORK and in the namespaces; the only
# host-side traces are the cgroup $CGROUP (removed at teardown) and, when the host has no
# /var/lib/private, the StateDirectory= that systemd creates (removed likewise).

SYSTEMD_PID=""      # the private systemd (PID 1 inside), as seen from here
UNSHARE_PID=""      # the unshare process that forked it
CGROUP=""           # its cgroup v2 root, delegated to it through a cgroup namespace
STATE_EXISTED=0     # whether /var/lib/careerd was there before (then it is left alone)
PRIVATE_EXISTED=0   # likewise /var/lib/private

# Units that touch the shared file system, kernel or clock, or that just slow the boot.
MASKED_UNITS="systemd-tmpfiles-setup.service systemd-tmpfiles-setup-dev.service
systemd-tmpfiles-clean.timer systemd-tmpfiles-clean.service systemd-sysctl.service
systemd-modules-load.service systemd-timesyncd.service systemd-journal-flush.service
systemd-update-utmp.service systemd-random-seed.service systemd-firstboot.service
systemd-binfmt.service systemd-udevd.service systemd-udev-trigger.service
systemd-remount-fs.service systemd-hwdb-update.service ldconfig.service
systemd-machine-id-commit.service systemd-pstore.service systemd-boot-update.service
getty.target console-getty.service apt-daily.timer apt-daily-upgrade.timer
e2scrub_all.timer fstrim.timer man-db.timer logrotate.timer"

# The system's Python (a user's pyenv shim would not run for other uids).
PY=/usr/bin/python3
[ -x "$PY" ] || PY=$(command -v python3)

# Runs a command inside the private system's namespaces.
in_ns() {
    nsenter -t "$SYSTEMD_PID" -m -p -u -i -n -C -- "$@"
}

sctl() { timeout 90 nsenter -t "$SYSTEMD_PID" -m -p -u -i -n -C -- systemctl --no-pager "$@"; }
jctl() { in_ns journalctl --no-pager "$@"; }

# rpc MODE METHOD [PARAMS]: the suite's JSON-RPC client, as root, inside.
rpc() { in_ns "$PY" "$WORK/shared/rpc.py" "$1" /run/careerd/careerd.sock "${@:2}"; }

# Prepares $WORK/units (the private /etc/systemd/system), $WORK/boot.sh, and
# $WORK/shared: what commands inside use from the checkout, which may be under /tmp and
# so hidden there (the repository's units, as shipped, and the client).
prepare_system() {
    local units="$WORK/units"
    mkdir -p "$WORK/shared"
    cp "$SUITE/rpc.py" "$REPO/systemd/careerd.service" "$REPO/systemd/careerd.socket" "$WORK/shared/"
    chmod -R a+rX "$WORK/shared"
    mkdir -p "$units/careerd.service.d"
    cp "$WORK/root/lib/systemd/system/careerd.service" "$WORK/root/lib/systemd/system/careerd.socket" "$units/"
    cp "$SUITE/careerd-test.conf" "$units/careerd.service.d/test.conf"
    for unit in $MASKED_UNITS; do ln -sf /dev/null "$units/$unit"; done
    cat > "$WORK/boot.sh" <<BOOT
#!/bin/bash
# Runs as the first process of the new namespaces, then becomes systemd (PID 1).
set -e
mount -t tmpfs -o mode=1777 tmpfs /tmp
mount -t tmpfs -o mode=1777 tmpfs /var/tmp
# A private /run even where the host's is a mount (a host booted with systemd).
mount -t tmpfs -o mode=0755,nosuid,nodev tmpfs /run
if [ -d /var/log/journal ]; then mount -t tmpfs tmpfs /var/log/journal; fi
if [ -d /var/lib/private ]; then mount -t tmpfs -o mode=0700 tmpfs /var/lib/private; fi
# The unit's CacheDirectory= lands in the namespace's own /var/cache, not the host's.
mount -t tmpfs -o mode=0755 tmpfs /var/cache
# /usr as the installed packaging layout (PREFIX=/usr) over the host's /usr.
mount -t overlay overlay -o "lowerdir=$WORK/root/usr:/usr" /usr
# The knowledge stays writable from outside, so the suite can break and repair it.
mount --bind "$WORK/root/usr/share/careerd" /usr/share/careerd
mount --bind "$units" /etc/systemd/system
mount -t proc proc /proc
umount -R /sys/fs/cgroup
mount -t cgroup2 cgroup2 /sys/fs/cgroup
export container=careerd-test
exec /lib/systemd/systemd --system --unit=basic.target </dev/null >"$WORK/systemd.out" 2>&1
BOOT
    chmod 0755 "$WORK/boot.sh"
}

# Boots the private systemd and waits until it is running (or degraded). Returns 1 if not.
boot_system() {
    if [ -e /var/lib/careerd ] || [ -L /var/lib/careerd ]; then STATE_EXISTED=1; fi
    if [ -e /var/lib/private ]; then PRIVATE_EXISTED=1; fi
    CGROUP="/sys/fs/cgroup/unified/careerd-test.$$"
    [ -d /sys/fs/cgroup/unified ] || CGROUP="/sys/fs/cgroup/careerd-test.$$"
    mkdir "$CGROUP" || return 1
    # The subshell moves itself into the new cgroup, then becomes unshare.
    ( echo "$BASHPID" > "$CGROUP/cgroup.procs" &&
      exec unshare --pid --fork --mount --propagation private --cgroup --uts --ipc --net "$WORK/boot.sh" ) &
    UNSHARE_PID=$!
    local i state
    for i in $(seq 1 100); do
        SYSTEMD_PID=$(cat /proc/"$UNSHARE_PID"/task/*/children 2>/dev/null | awk '{print $1}')
        [ -n "$SYSTEMD_PID" ] && [ "$(cat /proc/"$SYSTEMD_PID"/comm 2>/dev/null)" = systemd ] && break
        SYSTEMD_PID=""
        sleep 0.1
    done
    [ -n "$SYSTEMD_PID" ] || { echo "# systemd did not start: $(cat "$WORK/systemd.out" 2>/dev/null)"; return 1; }
    for i in $(seq 1 120); do
        state=$(sctl is-system-running 2>/dev/null)
        case "$state" in running|degraded) echo "# private systemd $SYSTEMD_PID is $state"; return 0 ;; esac
        sleep 0.5
    done
    echo "# private systemd did not finish booting (state: ${state:-none})"
    return 1
}

# Powers the private systemd off (kills it if it will not go) and removes what it left.
teardown_system() {
    if [ -n "$SYSTEMD_PID" ] && kill -0 "$SYSTEMD_PID" 2>/dev/null; then
        timeout 20 nsenter -t "$SYSTEMD_PID" -m -p -- systemctl poweroff >/dev/null 2>&1
        local i
        for i in $(seq 1 150); do kill -0 "$UNSHARE_PID" 2>/dev/null || break; sleep 0.2; done
        if kill -0 "$SYSTEMD_PID" 2>/dev/null; then
            echo "# private systemd ignored poweroff; killing PID $SYSTEMD_PID"
            kill -KILL "$SYSTEMD_PID" 2>/dev/null
        fi
    fi
    [ -n "$UNSHARE_PID" ] && wait "$UNSHARE_PID" 2>/dev/null
    if [ -n "$CGROUP" ] && [ -d "$CGROUP" ]; then
        find "$CGROUP" -depth -type d -exec rmdir {} \; 2>/dev/null
    fi
    if [ "$STATE_EXISTED" = 0 ] && [ -L /var/lib/careerd ]; then rm -f /var/lib/careerd; fi
    if [ "$PRIVATE_EXISTED" = 0 ] && [ -d /var/lib/private ]; then
        rm -rf /var/lib/private/careerd
        rmdir /var/lib/private 2>/dev/null
    fi
    SYSTEMD_PID=""
}

# wait_for SECONDS COMMAND...: polls every 0.2 s until COMMAND succeeds.
wait_for() {
    local deadline=$((SECONDS + $1)); shift
    until "$@" >/dev/null 2>&1; do
        [ "$SECONDS" -ge "$deadline" ] && return 1
        sleep 0.2
    done
}

# prop UNIT PROPERTY: one property's value.
prop() { sctl show -p "$2" --value "$1" 2>/dev/null; }

# save_journal FILE: the private system's whole journal, for a failed run's post-mortem.
save_journal() {
    [ -n "$SYSTEMD_PID" ] || return 0
    mkdir -p "$(dirname "$1")" && jctl -o short-monotonic > "$1" 2>&1 && echo "# journal: $1"
}
