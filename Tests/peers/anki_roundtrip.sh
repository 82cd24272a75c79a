#!/usr/bin/env bash
# prep's Anki exports imported by Anki itself: installs PyPI `anki` (26.x, its real Rust backend) into a
# throw-away virtual environment under /tmp, builds prep, gives a fresh prep database a seeded review history
# (through `prep restore`), and imports `prep export --format anki` and `--format apkg` into fresh English and
# Traditional Chinese collections with Anki's own importers. The checks are listed in anki_roundtrip.py.
#
# usage: Tests/peers/anki_roundtrip.sh [--venv DIR] [--skip-build]
#   --venv DIR   reuse (or create) this virtual environment instead of a new one under /tmp
set -euo pipefail

REPO="$(cd "$(dirname "$0")/../.." && pwd)"
VENV=""
SKIP_BUILD=0
while [ $# -gt 0 ]; do
  case "$1" in
    --venv) VENV="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    -h|--help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 64 ;;
  esac
done
# Anki starts its days at 04:00 local time; in UTC that matches the day arithmetic of the checks.
export TZ=UTC
WORK="$(mktemp -d /tmp/prep-anki-roundtrip.XXXXXX)"
trap 'rm -rf "$WORK"' EXIT
if [ -z "$VENV" ]; then VENV="$WORK/venv"; fi
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install --quiet 'anki>=26,<27'
fi
echo "anki $("$VENV/bin/python" -c 'import importlib.metadata as m; print(m.version("anki"))')"
if [ "$SKIP_BUILD" = 0 ]; then (cd "$REPO" && swift build --product prep >/dev/null); fi
"$VENV/bin/python" "$REPO/Tests/peers/anki_roundtrip.py" "$REPO/.build/debug/prep" "$REPO/content" "$WORK"
