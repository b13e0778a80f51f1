# The ten checks of run.sh, one function each. Sourced after lib.sh. Each returns 0 when
# the check passed, otherwise sets WHY and returns 1. They run in order a..i against one
# private system; later checks expect the socket unit started by the first.

SOCK=/run/careerd/careerd.sock
QUESTION='{"text":"What does a data scientist do?"}'
OTHER_UID=4242   # an unprivileged uid with no passwd entry: neither root, nor the daemon's, nor 65534

# jfield EXPR: evaluates EXPR over the JSON object `d` read from stdin's first line.
jfield() {
    "$PY" -c 'import json, sys
d = json.loads(sys.stdin.readline())
v = eval(sys.argv[1], {"d": d})
print(json.dumps(v, sort_keys=True) if isinstance(v, (dict, list)) else v)' "$1" 2>/dev/null
}

# As an unprivileged user (OTHER_UID), inside.
rpc_as_other() {
    in_ns setpriv --reuid="$OTHER_UID" --regid="$OTHER_UID" --clear-groups \
        "$PY" "$WORK/shared/rpc.py" "$1" "$SOCK" "${@:2}"
}

answers() { rpc call info | jfield '"result" in d' | grep -qx True; }
service_is() { [ "$(sctl is-active careerd.service)" = "$1" ]; }

check_socket_activation() {
    sctl start careerd.socket || { WHY="systemctl start careerd.socket failed"; return 1; }
    [ "$(sctl is-active careerd.socket)" = active ] || { WHY="socket unit not active"; return 1; }
    service_is inactive || { WHY="careerd.service is $(sctl is-active careerd.service) before any client"; return 1; }
    local modes
    modes=$(in_ns stat -c '%a %U %G' /run/careerd "$SOCK" | tr '\n' ' ')
    [ "$modes" = "755 root root 666 root root " ] || { WHY="unexpected modes: $modes"; return 1; }
    local reply
    reply=$(rpc call info) || { WHY="first connection got no answer: $reply"; return 1; }
    [ "$(echo "$reply" | jfield '"result" in d')" = True ] || { WHY="info: $reply"; return 1; }
    service_is active || { WHY="service is $(sctl is-active careerd.service) after the first request"; return 1; }
    reply=$(rpc call ask "$QUESTION")
    [ -n "$(echo "$reply" | jfield 'd["result"]["answer"].strip()')" ] || { WHY="ask: $reply"; return 1; }
}

check_reload_under_load() {
    answers || { WHY="service does not answer before the reload"; return 1; }
    local pid_before
    pid_before=$(prop careerd.service MainPID)
    rpc steady 8 4 500 > "$WORK/steady.out" 2>&1 &
    local steady_job=$!
    rpc loop 8 > "$WORK/loop.out" 2>&1 &
    local loop_job=$!
    sleep 2
    sctl log-level debug
    local cursor rc
    cursor=$(jctl -n 0 --show-cursor | sed -n 's/^-- cursor: //p')
    sctl reload careerd.service; rc=$?
    local state
    state="$(prop careerd.service ActiveState)/$(prop careerd.service SubState)"
    sctl log-level info
    wait "$steady_job" "$loop_job"
    [ "$rc" = 0 ] || { WHY="systemctl reload exited $rc"; return 1; }
    [ "$state" = active/running ] || { WHY="right after systemctl reload returned the service was $state"; return 1; }
    [ "$(prop careerd.service MainPID)" = "$pid_before" ] || { WHY="the main process changed: restarted, not reloaded"; return 1; }
    [ "$(jfield 'd["errors"] == 0 and d["failures"] == 0 and d["requests"] > 0' < "$WORK/steady.out")" = True ] ||
        { WHY="persistent connections during reload: $(cat "$WORK/steady.out")"; return 1; }
    echo "# persistent connections during reload: $(cat "$WORK/steady.out")"
    [ "$(jfield 'd["errors"] == 0 and d["failures"] == 0 and d["requests"] > 0' < "$WORK/loop.out")" = True ] ||
        { WHY="new connections during reload: $(cat "$WORK/loop.out")"; return 1; }
    echo "# new connections during reload: $(cat "$WORK/loop.out")"
    local order
    order=$(jctl -u careerd.service -o json --after-cursor="$cursor" | "$PY" "$SUITE/journal.py" reload-order) ||
        { WHY="$order"; return 1; }
    echo "# $order"
}

check_broken_knowledge() {
    local file="$KNOWLEDGE/language/intents.yaml"
    [ -f "$file" ] || { WHY="no $file to break"; return 1; }
    local before pid_before rc
    before=$(rpc call ask "$QUESTION" | jfield 'd["result"]["answer"]')
    pid_before=$(prop careerd.service MainPID)
    cp -p "$file" "$WORK/intents.yaml.good"
    printf 'intents: [ {{{ this is not YAML\n' > "$file"
    sctl reload careerd.service 2>/dev/null; rc=$?
    local status state after
    status=$(prop careerd.service StatusText)
    state=$(sctl is-active careerd.service)
    after=$(rpc call ask "$QUESTION" | jfield 'd["result"]["answer"]')
    cp -p "$WORK/intents.yaml.good" "$file"
    [ "$rc" != 0 ] || { WHY="systemctl reload succeeded with broken knowledge"; return 1; }
    [ "$state" = active ] || { WHY="service is $state after the failed reload"; return 1; }
    [ "$(prop careerd.service MainPID)" = "$pid_before" ] || { WHY="the daemon restarted"; return 1; }
    [ -n "$before" ] && [ "$after" = "$before" ] || { WHY="answer changed or missing after the failed reload: '$after'"; return 1; }
    echo "$status" | grep -qiE 'reload|fail|error|invalid' || { WHY="StatusText does not show the error: '$status'"; return 1; }
    echo "# StatusText after the failed reload: $status"
    sctl reload careerd.service || { WHY="reload after repairing the knowledge failed"; return 1; }
    echo "# StatusText after repairing: $(prop careerd.service StatusText)"
}

check_watchdog() {
    answers || { WHY="service does not answer before the hang"; return 1; }
    local restarts pid_before
    restarts=$(prop careerd.service NRestarts)
    pid_before=$(prop careerd.service MainPID)
    [ "$(prop careerd.service WatchdogUSec)" = 3s ] || { WHY="WatchdogUSec is $(prop careerd.service WatchdogUSec), not 3s"; return 1; }
    rpc call debug.hang '{"seconds":30}' > "$WORK/hang.out" 2>&1 &
    local hang_job=$!
    restarted() { [ "$(prop careerd.service NRestarts)" -gt "$restarts" ]; }
    if ! wait_for 20 restarted; then
        kill "$hang_job" 2>/dev/null
        WHY="no restart within 20 s (NRestarts $(prop careerd.service NRestarts)); debug.hang said: $(head -c 300 "$WORK/hang.out")"
        return 1
    fi
    wait "$hang_job"
    local seen
    seen=$(jctl -u careerd.service -o json | "$PY" "$SUITE/journal.py" watchdog) || { WHY="$seen"; return 1; }
    echo "# $seen"
    wait_for 20 answers || { WHY="no answer after the restart"; return 1; }
    [ "$(prop careerd.service MainPID)" != "$pid_before" ] || { WHY="same main PID after the restart"; return 1; }
}

check_journal() {
    local out
    out=$(jctl -u careerd.service -o json | "$PY" "$SUITE/journal.py" structured) || { WHY="$out"; return 1; }
    echo "# $out"
}

check_verify() {
    local out
    # The repository's files (copied where the private system can see them), with the
    # binaries they name installed at /usr/bin.
    out=$(in_ns systemd-analyze verify "$WORK/shared/careerd.service" "$WORK/shared/careerd.socket" 2>&1) ||
        { WHY="$(echo "$out" | head -5 | tr '\n' ' ')"; return 1; }
    [ -z "$out" ] || { WHY="warnings: $(echo "$out" | head -5 | tr '\n' ' ')"; return 1; }
}

check_security() {
    local out level
    out=$(systemd-analyze security --offline=true --no-pager "$REPO/systemd/careerd.service" 2>&1)
    level=$(echo "$out" | sed -n 's/.*Overall exposure level for careerd.service: \([0-9.]*\).*/\1/p')
    [ -n "$level" ] || { WHY="no exposure level in: $(echo "$out" | tail -3 | tr '\n' ' ')"; return 1; }
    echo "# exposure $level"
    awk -v l="$level" 'BEGIN { exit !(l <= 1.0) }' || { WHY="exposure $level > 1.0"; return 1; }
}

check_peer_credentials() {
    local cursor reply
    cursor=$(jctl -n 0 --show-cursor | sed -n 's/^-- cursor: //p')
    reply=$(rpc_as_other call reload)
    [ "$(echo "$reply" | jfield 'd["error"]["code"]')" = -32003 ] ||
        { WHY="reload as uid $OTHER_UID: ${reply:-no answer}"; return 1; }
    local refusal="$reply"
    reply=$(rpc_as_other call info)
    [ "$(echo "$reply" | jfield '"result" in d')" = True ] || { WHY="info as uid $OTHER_UID: $reply"; return 1; }
    local info="$reply"
    reply=$(rpc_as_other call ask "$QUESTION")
    [ "$(echo "$reply" | jfield '"result" in d')" = True ] || { WHY="ask as uid $OTHER_UID: $reply"; return 1; }
    # The daemon must see the real uid (no PrivateUsers= mapping to 65534): it says so in
    # the refusal's data, in `info` or in its log.
    local seen
    if ! echo "$refusal$info" | grep -q "$OTHER_UID"; then
        seen=$(jctl -u careerd.service -o json --after-cursor="$cursor" | "$PY" "$SUITE/journal.py" mentions "$OTHER_UID") ||
            { WHY="uid $OTHER_UID appears neither in the refusal, nor in info, nor in the daemon's log"; return 1; }
        echo "# peer uid in the journal: $seen"
    fi
    reply=$(rpc call reload)
    [ "$(echo "$reply" | jfield '"result" in d')" = True ] || { WHY="root may not reload: $reply"; return 1; }
    running() { [ "$(prop careerd.service SubState)" = running ]; }
    wait_for 20 running || { WHY="stuck in $(prop careerd.service SubState) after root's reload"; return 1; }
}

# SIGKILL under load: systemd restarts the service (Restart=on-failure), the socket keeps
# accepting meanwhile, so clients that retry are answered; the profile a user stated
# before the kill is in the state directory and comes back; the restart reads the intent
# model the first start trained and stored in the unit's CacheDirectory=.
check_sigkill_restart() {
    answers || { WHY="service does not answer before the kill"; return 1; }
    local profile='{"text":"I know Python and SQL and want to become a data engineer","session":"keep"}'
    rpc_as_other call ask "$profile" >/dev/null || { WHY="stating a profile failed"; return 1; }
    sleep 0.5
    local pid_before reply with_profile reference
    pid_before=$(prop careerd.service MainPID)
    rpc steady 6 4 100 > "$WORK/steady-kill.out" 2>&1 &
    local job=$!
    sleep 1
    sctl kill -s KILL careerd.service
    wait "$job"
    restarted() { local p; p=$(prop careerd.service MainPID); [ -n "$p" ] && [ "$p" != 0 ] && [ "$p" != "$pid_before" ]; }
    wait_for 30 restarted || { WHY="not restarted after SIGKILL (MainPID $(prop careerd.service MainPID))"; return 1; }
    reply=$(rpc call info)
    [ "$(echo "$reply" | jfield '"result" in d')" = True ] || { WHY="no answer after the restart: $reply"; return 1; }
    with_profile=$(rpc_as_other call ask '{"text":"which roles fit me?","session":"keep"}' | jfield 'd["result"]["answer"]')
    rpc_as_other call ask "${profile/keep/ref}" >/dev/null
    reference=$(rpc_as_other call ask '{"text":"which roles fit me?","session":"ref"}' | jfield 'd["result"]["answer"]')
    [ -n "$reference" ] && [ "$with_profile" = "$reference" ] ||
        { WHY="the profile stated before SIGKILL is gone"; return 1; }
    local origins
    origins=$(jctl -u careerd.service -o json | "$PY" "$SUITE/journal.py" model-origins) ||
        { WHY="no 'intent model ready' entry in the journal"; return 1; }
    case "$origins" in
        "trained+stored"*cache) ;;
        *) WHY="the restarts did not read the cached model (model per start: $origins)"; return 1 ;;
    esac
    echo "# intent model per start: $origins"
    echo "# after SIGKILL: restarted as pid $(prop careerd.service MainPID); load during the kill: $(tail -c 200 "$WORK/steady-kill.out")"
}

check_stop() {
    answers || { WHY="service does not answer before the stop"; return 1; }
    local cursor
    cursor=$(jctl -n 0 --show-cursor | sed -n 's/^-- cursor: //p')
    sctl log-level debug
    sctl stop careerd.service 2>/dev/null; local rc=$?
    sctl log-level info
    [ "$rc" = 0 ] || { WHY="systemctl stop exited $rc"; return 1; }
    local result="$(prop careerd.service Result) code=$(prop careerd.service ExecMainCode) status=$(prop careerd.service ExecMainStatus)"
    [ "$result" = "success code=1 status=0" ] || { WHY="not a clean exit: $result (code 1 = exited)"; return 1; }
    local seen
    seen=$(jctl -u careerd.service -o json --after-cursor="$cursor" | "$PY" "$SUITE/journal.py" stopping) || { WHY="$seen"; return 1; }
    [ "$(sctl is-active careerd.socket)" = active ] || { WHY="the socket unit stopped with the service"; return 1; }
    answers || { WHY="a new connection after the stop did not start the service again"; return 1; }
    sctl stop careerd.socket careerd.service
    in_ns test ! -e "$SOCK" || { WHY="$SOCK left behind after stopping the socket unit"; return 1; }
}
