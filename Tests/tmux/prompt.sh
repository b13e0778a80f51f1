#!/usr/bin/env bash
# `make test-tmux`: drives `career`'s prompt in a real terminal, as a person does. A real
# careerd on a temporary socket; `career --socket S` in a detached tmux session 80
# columns wide, on a private tmux server (-L), so no other tmux is touched. It asks a
# question, a follow-up, picks a suggestion by its number, recalls a question with the
# up arrow, checks that every line on the screen fits the 80 columns (the terminal never
# had to break a line, so no word is cut at the edge) with list items hanging under
# their bullets and salary bars drawn, and leaves with Ctrl-D.
#
#   Tests/tmux/prompt.sh BIN_DIR        (default .build/debug)
set -uo pipefail
bin=$(cd "${1:-.build/debug}" && pwd)
root=$(cd "$(dirname "$0")/../.." && pwd)
tmp=$(mktemp -d "${TMPDIR:-/tmp}/careerd-tmux-XXXXXX")
server="careerd-test-$$"
tm() { tmux -L "$server" "$@"; }
daemon=""
cleanup() {
  tm kill-server 2>/dev/null
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$server"
  [ -n "$daemon" ] && kill "$daemon" 2>/dev/null && wait "$daemon" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
failures=0
fail() { echo "test-tmux: FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "test-tmux: ok: $*"; }
screen() { tm capture-pane -p -J -S -2000 -t career; }
prompts() { screen | grep -c '^career> '; }
# wait_until SECONDS COMMAND...: polls every 0.1 s.
wait_until() {
  local deadline=$((SECONDS + $1)); shift
  until "$@"; do
    [ $SECONDS -ge $deadline ] && return 1
    sleep 0.1
  done
}
has_prompts() { [ "$(prompts)" -ge "$1" ]; }
on_screen() { screen | grep -qF -- "$1"; }
# The screen after the N-th prompt line (the last answer and the prompt after it).
after_prompt() { screen | awk -v n="$1" '/^career> /{c++} c>=n'; }
dump() { echo "---- screen ----"; screen; echo "---- careerd log ----"; cat "$tmp/careerd.log"; }

"$bin/careerd" --socket "$tmp/careerd.sock" --knowledge "$root/Knowledge" >"$tmp/careerd.log" 2>&1 &
daemon=$!
wait_until 30 "$bin/career" --socket "$tmp/careerd.sock" info >/dev/null 2>&1 || { cat "$tmp/careerd.log"; echo "test-tmux: FAIL: careerd did not start"; exit 1; }

mkdir -p "$tmp/home"
tm -u -f /dev/null new-session -d -s career -x 80 -y 40 \
  "env -i PATH=/usr/bin:/bin HOME=$tmp/home XDG_STATE_HOME=$tmp/state TERM=screen LANG=C.UTF-8 \
   $bin/career --socket $tmp/careerd.sock; echo career-exited-\$?; sleep 60"
[ "$(tm display-message -p -t career '#{pane_width}')" = 80 ] || fail "the pane is not 80 columns wide"
wait_until 20 has_prompts 1 || { dump; echo "test-tmux: FAIL: no prompt"; exit 1; }
on_screen "career: connected to $tmp/careerd.sock" && ok "the prompt opens" || fail "no greeting"

ask() {  # ask TEXT N: types TEXT, Enter, waits for the N-th prompt
  tm send-keys -t career -l -- "$1"
  tm send-keys -t career Enter
  wait_until 30 has_prompts "$2" || { dump; fail "no answer to '$1'"; return 1; }
}

# 1. A question whose answer has long list items and salary figures.
ask "how much does a machine learning engineer make in the UK?" 2
answer=$(after_prompt 1)
grep -q '£45,000' <<<"$answer" && ok "the question is answered" || fail "no UK figure in: $answer"
grep -q '^Ranges in GBP, on one scale:' <<<"$answer" && grep -q '^  Entry, UK \[1\] .*█.*£45k–£65k$' <<<"$answer" \
  && ok "salary ranges are drawn as bars" || fail "no salary bars in: $answer"

# 2. A follow-up: the role is inherited from the session.
ask "what skills do they need?" 3
answer=$(after_prompt 2)
grep -q 'Skills a Machine Learning Engineer needs' <<<"$answer" && ok "the follow-up keeps the role" \
  || fail "follow-up lost the role: $answer"

# 3. A digit picks a numbered suggestion.
suggestion=$(grep -m1 -E '^  1\) ' <<<"$answer" | sed -E 's/^  1\) //')
if [ -z "$suggestion" ]; then fail "no numbered suggestion in: $answer"; else
  ask "1" 4
  answer=$(after_prompt 3)
  grep -qF "» $suggestion" <<<"$answer" && ok "'1' asks the first suggestion ($suggestion)" \
    || fail "'1' did not ask '$suggestion': $answer"
fi

# 4. Arrow-up recalls earlier questions (libedit history): two steps back is the follow-up.
tm send-keys -t career Up Up
wait_until 5 sh -c "tmux -L $server capture-pane -p -t career | grep -q '^career> what skills do they need?'" \
  && ok "arrow-up recalls the earlier question" || fail "arrow-up did not recall it: $(screen | tail -3)"
tm send-keys -t career Enter
wait_until 30 has_prompts 5 || fail "the recalled question got no answer"
after_prompt 4 | grep -q 'Skills a Machine Learning Engineer needs' || fail "the recalled question was not asked again"

# 5. Wrapping: no line wider than the pane (so the terminal never broke a word), long
#    list items continue under their text, numbered sources under their title.
widths=$(screen | python3 -c '
import sys, unicodedata
def cols(s):
    return sum(0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)
lines = [l.rstrip() for l in sys.stdin.read().split("\n")]
print(max(cols(l) for l in lines), sum(1 for l in lines if cols(l) > 80))')
read -r widest over <<<"$widths"
[ "$over" = 0 ] && ok "every line fits 80 columns (widest $widest)" || fail "$over lines wider than 80 columns"
screen | grep -A1 '^  - ' | grep -qE '^    [^ -]' && ok "list items hang under their bullet" \
  || fail "no hanging indent under a list item"
screen | grep -A1 -E '^  \[[0-9]+\] ' | grep -qE '^      [^ ]' && ok "numbered sources hang under their title" \
  || fail "no hanging indent under a numbered source"

# 6. Ctrl-D leaves, with status 0, and the history is saved (libedit writes a space as \040).
tm send-keys -t career C-d
wait_until 10 on_screen "career-exited-0" && ok "Ctrl-D leaves (status 0)" || fail "Ctrl-D did not leave: $(screen | tail -3)"
grep -q 'skills' "$tmp/state/career/history" 2>/dev/null && ok "history saved" \
  || fail "no history in $tmp/state/career/history"

# 7. Colour: on a terminal the bars are tinted; with NO_COLOR there is no escape code at
#    all, and the bars are still there. (capture-pane -e keeps the escape codes.)
for no_color in "" 1; do
  tm new-window -t career -n "colour$no_color" \
    "env -i PATH=/usr/bin:/bin HOME=$tmp/home TERM=screen LANG=C.UTF-8 ${no_color:+NO_COLOR=1} \
     $bin/career --socket $tmp/careerd.sock ask 'ML engineer pay in the UK'; echo career-exited-\$?; sleep 60"
  shown() { tm capture-pane -p -e -J -t "career:colour$no_color" | grep -q career-exited-0; }
  wait_until 20 shown || fail "career ask did not finish in a terminal (NO_COLOR=$no_color)"
  text=$(tm capture-pane -p -e -J -t "career:colour$no_color")
  grep -q '█' <<<"$text" || fail "no bars (NO_COLOR=$no_color)"
  if [ -n "$no_color" ]; then
    grep -q $'\e\\[[0-9;]*m' <<<"$text" && fail "escape codes despite NO_COLOR" || ok "NO_COLOR: bars without escape codes"
  else
    grep -q $'\e\\[36m' <<<"$text" && ok "on a terminal the bars are tinted" || fail "no colour on a terminal"
  fi
done

if [ "$failures" -ne 0 ]; then dump; echo "test-tmux: $failures failure(s)"; exit 1; fi
echo "test-tmux: passed"
