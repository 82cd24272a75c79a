#!/usr/bin/env bash
# On demand, not part of `swift test`: fits prep's 2,500-review synthetic log with fsrs-rs (PyPI
# fsrs-rs-python, in a throw-away venv under /tmp) and with `prep scheduler optimize`, then scores both
# weight sets and the defaults with fsrs-rs's own evaluate.
# Usage: Tests/peers/fsrs_optimizer_peer.sh [LOG.jsonl]   (default: the log `prep bench optimize` generates)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
venv="${FSRS_PEER_VENV:-/tmp/fsrs-peer-venv}"
work="$(mktemp -d /tmp/fsrs-peer.XXXXXX)"
trap 'rm -rf "$work"' EXIT

if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet fsrs-rs-python
fi
(cd "$root" && swift build -c release --product prep >/dev/null)
prep="$root/.build/release/prep"
log="${1:-}"
if [ -z "$log" ]; then
    log="$work/synthetic.jsonl"
    PREP_BENCH_OPTIMIZER_LOG="$log" "$prep" bench optimize >/dev/null 2>&1
fi
"$prep" --db "$work/unused.sqlite" scheduler optimize --reviews "$log" --json > "$work/prep.json"
echo "prep:" && cat "$work/prep.json"
"$venv/bin/python" "$here/fsrs_optimizer_peer.py" "$log" "$work/prep.json"
