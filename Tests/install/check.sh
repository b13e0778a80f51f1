#!/usr/bin/env bash
# `make test-install`: runs `make install` into a temporary DESTDIR (PREFIX=/usr, from the
# binaries in BIN_DIR), checks that the man pages and the bash, zsh and fish completions
# are in place and work, then `make uninstall` and checks they are gone.
#
#   Tests/install/check.sh MAKE BIN_DIR CONFIG
set -uo pipefail
make=${1:-make} bin=${2:-.build/debug} config=${3:-debug}
dest=$(mktemp -d "${TMPDIR:-/tmp}/careerd-install-XXXXXX")
trap 'rm -rf "$dest"' EXIT
root=$dest/usr
failures=0
fail() { echo "test-install: FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "test-install: ok: $*"; }

echo "== make install DESTDIR=$dest PREFIX=/usr (binaries from $bin)"
if ! $make --no-print-directory install DESTDIR="$dest" PREFIX=/usr INSTALL_FROM="$bin" MANUAL_CONFIG="$config" \
    >"$dest.log" 2>&1; then
  cat "$dest.log"; rm -f "$dest.log"; echo "test-install: FAIL: make install"; exit 1
fi
rm -f "$dest.log"

files=(bin/career bin/careerd share/man/man1/career.1 share/man/man1/careerd.1
  share/bash-completion/completions/career share/bash-completion/completions/careerd
  share/zsh/site-functions/_career share/zsh/site-functions/_careerd
  share/fish/vendor_completions.d/career.fish share/fish/vendor_completions.d/careerd.fish)
for f in "${files[@]}"; do [ -s "$root/$f" ] || fail "missing or empty: /usr/$f"; done
[ "$failures" -eq 0 ] && ok "every file in place"

# The man page: mdoc from the parser, naming every subcommand and option; rendered by
# man(1) when the machine has it.
page=$root/share/man/man1/career.1
for sub in prompt ask search get list info reload eval; do
  grep -q "^\.It Em $sub\$" "$page" || fail "career.1 does not describe '$sub'"
done
for opt in socket json timeout width session; do
  grep -q "^\.It Fl -$opt" "$page" || fail "career.1 does not describe --$opt"
done
grep -q '^\.Nm career$' "$page" && grep -q '^\.Sh DESCRIPTION$' "$page" || fail "career.1 is not an mdoc page for career"
if command -v man >/dev/null; then
  text=$(MANWIDTH=80 man -l "$page" 2>/dev/null)
  grep -q "career — Ask careerd" <<<"$text" || fail "man -l career.1 does not render the NAME line"
fi
ok "man pages"

# bash: load the completion as bash-completion would and complete three command lines.
out=$(bash -c '
  shopt -s extglob
  source "$1"
  comp() {
    COMP_LINE=$1; COMP_POINT=${#COMP_LINE}; read -ra COMP_WORDS <<<"$COMP_LINE"
    [[ $COMP_LINE == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
    _career "${COMP_WORDS[0]}" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
    echo "${COMPREPLY[*]}"
  }
  complete -p career
  comp "career rel"
  comp "career ask --se"
  comp "career list "
' _ "$root/share/bash-completion/completions/career" 2>&1)
expected=$'complete -o filenames -F _career career\nreload\n--session\nrole skill resource certification trend'
[ "$out" = "$expected" ] && ok "bash completes subcommands, options and entity types" \
  || fail "bash completion: got <<$out>>, expected <<$expected>>"

grep -q '^#compdef career' "$root/share/zsh/site-functions/_career" || fail "_career is not a zsh completion"
if command -v zsh >/dev/null; then zsh -n "$root/share/zsh/site-functions/_career" || fail "_career: zsh syntax"; fi
grep -q "^complete -c 'career'\|^complete -c career" "$root/share/fish/vendor_completions.d/career.fish" \
  || fail "career.fish defines no completion"
if command -v fish >/dev/null; then fish -n "$root/share/fish/vendor_completions.d/career.fish" || fail "career.fish: fish syntax"; fi
ok "zsh and fish scripts"

$make --no-print-directory uninstall DESTDIR="$dest" PREFIX=/usr >/dev/null 2>&1 || fail "make uninstall"
left=$(cd "$root" && for f in "${files[@]}"; do [ -e "$f" ] && echo "$f"; done)
[ -z "$left" ] && ok "make uninstall removes them" || fail "left after uninstall: $left"

if [ "$failures" -ne 0 ]; then echo "test-install: $failures failure(s)"; exit 1; fi
echo "test-install: passed"
