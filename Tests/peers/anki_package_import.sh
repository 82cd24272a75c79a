#!/usr/bin/env bash
# Anki packages made by Anki itself, imported into prep: installs PyPI `anki` (26.x, its real Rust backend)
# into a throw-away virtual environment under /tmp, builds prep, makes a collection with new, learning,
# review, relearning, suspended and buried cards, reversed and cloze notes, one media file and a revlog over
# three weeks (with a set-due-date and a non-rescheduling cram entry), exports it as a current .apkg (zstd),
# a legacy .apkg (deflate) and a .colpkg, imports each into a fresh prep database twice, and compares every
# state, due date, grade, timestamp and duration, and prep's FSRS S and D with Anki's (1e-5 relative).
#
# usage: Tests/peers/anki_package_import.sh [--venv DIR] [--skip-build] [--fixtures DIR]
#   --venv DIR       reuse (or create) this virtual environment instead of a new one under /tmp
#   --fixtures DIR   also write the packages the Swift tests read (Tests/PrepStudyTests/Fixtures/AnkiPackages)
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
VENV=""
SKIP_BUILD=0
FIXTURES=()
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) VENV="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    --fixtures) FIXTURES=(--fixtures "$(cd "$2" && pwd)"); shift 2 ;;
    -h|--help) sed -n '2,11p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done
# Anki starts its days at 04:00 local time; in UTC that matches the day arithmetic of the checks.
export TZ=UTC
WORK="$(mktemp -d /tmp/prep-anki-package.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "$VENV" ]; then VENV="$WORK/venv"; fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet 'anki>=26,<27'
fi
echo "anki $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("anki"))')"
if [ "$SKIP_BUILD" = 0 ]; then (cd "$REPO" && swift build --product prep >/dev/null); fi
"$VENV/bin/python" "$REPO/Tests/peers/anki_package_import.py" "$REPO/.build/debug/prep" "$WORK" "${FIXTURES[@]}"
