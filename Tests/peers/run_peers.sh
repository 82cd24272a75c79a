#!/usr/bin/env bash
# Side-by-side hello-world throughput: prep's async and sync servers against uvicorn (uvloop + httptools),
# gunicorn's sync workers and nginx, all on loopback with `wrk -t1 -c50`, in one run so the machine's
# load is shared alike. Then prep async's resident memory with 10,000 idle keep-alive connections.
#
# Each server is measured ROUNDS times, round-robin, and the median is reported, so a neighbour's burst of
# load on a shared machine hits every server alike instead of whichever happened to be running.
#
# Besides requests per second and the 99th-percentile latency, each server's CPU time per request and
# wrk's are reported (user + system, from /proc): they hold steady when neighbours load the machine, and
# whichever side spends more per request is the one that sets the pace.
#
# usage: Tests/peers/run_peers.sh [-t WRK_THREADS] [-d SECONDS] [-c CONNECTIONS] [-r ROUNDS] [--idle N] [--prep-cmd TEMPLATE]
#                                 [--baseline PREP_BINARY] [--skip-build]
#   TEMPLATE runs prep's server; {MODE} {WORKERS} {PORT} are substituted. Default:
#   "<repo>/.build/release/prep serve --mode {MODE} --workers {WORKERS} --port {PORT}"
#   --baseline adds another build's async server to every round, so an old and a new build meet the same load.
set -euo pipefail

DURATION=10
# One wrk thread is the issue's setting; with close-per-request servers (gunicorn sync, prep sync) that
# thread's own connect/close cost becomes the ceiling, so -t 2 shows what the servers can do.
THREADS=1
CONNECTIONS=50
ROUNDS=3
IDLE=10000
SKIP_BUILD=0
BASELINE=""
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
PREP_CMD="$REPO/.build/release/prep serve --mode {MODE} --workers {WORKERS} --port {PORT}"
while [ $# -gt 0 ]; do
  case "$1" in
    -t) THREADS="$2"; shift 2 ;;
    -d) DURATION="$2"; shift 2 ;;
    -c) CONNECTIONS="$2"; shift 2 ;;
    -r) ROUNDS="$2"; shift 2 ;;
    --idle) IDLE="$2"; shift 2 ;;
    --prep-cmd) PREP_CMD="$2"; shift 2 ;;
    --baseline) BASELINE="$2"; shift 2 ;;
    --skip-build) SKIP_BUILD=1; shift ;;
    *) echo "unknown argument: $1" >&2; exit 64 ;;
  esac
done

# 10,000 idle connections need descriptors on both sides; every server started below inherits this.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"

WORK="$(mktemp -d /tmp/prep-peers.XXXXXX)"
PIDS=()
cleanup() {
  for pid in "${PIDS[@]:-}"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
  rm -rf "$WORK"
}
trap cleanup EXIT

need_apt=()
command -v wrk >/dev/null || need_apt+=(wrk)
command -v nginx >/dev/null || [ -x /usr/sbin/nginx ] || need_apt+=(nginx-light)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "installing ${need_apt[*]}" >&2
  apt-get install -y "${need_apt[@]}" >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y "${need_apt[@]}" >/dev/null; }
fi
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"

echo "creating a virtual environment in $WORK/venv" >&2
python3 -m venv "$WORK/venv"
"$WORK/venv/bin/pip" install --quiet "uvicorn[standard]" gunicorn

cat > "$WORK/apps.py" <<'PY'
BODY = b"Hello, world!\n"

async def asgi(scope, receive, send):
    if scope["type"] != "http":
        return
    await send({"type": "http.response.start", "status": 200,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", b"14")]})
    await send({"type": "http.response.body", "body": BODY})

def wsgi(environ, start_response):
    start_response("200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "14")])
    return [BODY]
PY

if [ "$SKIP_BUILD" = 0 ] && [[ "$PREP_CMD" == "$REPO/.build/release/prep"* ]]; then
  echo "building prep (release)" >&2
  (cd "$REPO" && swift build -c release --product prep >/dev/null)
fi

PORT=18500
start_server() {  # name, command...; sets SERVER_PID and PORT
  PORT=$((PORT + 1))
  local name="$1"; shift
  local command="${*//\{PORT\}/$PORT}"
  sed "s/@PORT@/$PORT/" "$WORK/nginx.conf" > "$WORK/nginx-$PORT.conf"
  (cd "$WORK" && exec bash -c "exec $command" >"$WORK/$name.log" 2>&1) &
  SERVER_PID=$!
  PIDS+=("$SERVER_PID")
  for _ in $(seq 1 100); do
    curl -s -o /dev/null "http://127.0.0.1:$PORT/" && return 0
    sleep 0.1
  done
  echo "$name did not start; log:" >&2
  cat "$WORK/$name.log" >&2
  return 1
}

stop_server() {
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
}

cpu_ticks() {  # user + system clock ticks of a process, its threads and its children, so far
  local total=0
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(cat /proc/"$pid"/task/*/stat 2>/dev/null | awk '{ ticks += $14 + $15 } END { print ticks + 0 }')))
  done
  echo "$total"
}

rss_kb() {  # total VmRSS of a process and its children
  local total=0
  for pid in "$1" $(pgrep -P "$1" || true); do
    total=$((total + $(awk '/VmRSS/ {print $2}' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo "$total"
}

cat > "$WORK/nginx.conf" <<NGINX
worker_processes 1;
daemon off;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 4096; }
http {
  access_log off;
  server {
    listen 127.0.0.1:@PORT@;
    location / { default_type text/plain; return 200 "Hello, world!\n"; }
  }
}
NGINX

prep() { local t="${PREP_CMD//\{MODE\}/$1}"; echo "${t//\{WORKERS\}/$2}"; }

SERVERS=(
  "nginx, 1 worker|$NGINX -p $WORK -c $WORK/nginx-{PORT}.conf"
  "uvicorn, 1 worker (uvloop+httptools)|$WORK/venv/bin/uvicorn apps:asgi --port {PORT} --loop uvloop --http httptools --no-access-log --log-level warning"
  "gunicorn sync, 4 workers|$WORK/venv/bin/gunicorn apps:wsgi -w 4 -k sync -b 127.0.0.1:{PORT} --log-level warning"
  "prep async, 1 loop|$(prep async 1)"
  "prep sync, 4 workers|$(prep sync 4)"
)
if [ -n "$BASELINE" ]; then
  SERVERS+=("prep async, 1 loop (baseline)|$BASELINE serve --mode async --workers 1 --port {PORT}")
fi
TICKS_PER_SECOND="$(getconf CLK_TCK)"

median() { sort -n | awk '{ values[NR] = $1 } END { print values[int((NR + 1) / 2)] }'; }

for round in $(seq 1 "$ROUNDS"); do
  echo "round $round of $ROUNDS" >&2
  for index in "${!SERVERS[@]}"; do
    entry="${SERVERS[$index]}"
    start_server "server$index" "${entry#*|}" || continue
    server_ticks="$(cpu_ticks "$SERVER_PID")"
    TIMEFORMAT="%U %S"
    output="$( { time wrk --latency -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" "http://127.0.0.1:$PORT/" 2>&1; } 2>"$WORK/wrk-time")"
    server_ticks=$(( $(cpu_ticks "$SERVER_PID") - server_ticks ))
    requests="$(echo "$output" | awk '/requests in/ {print $1}')"
    echo "$output" | awk '/Requests\/sec/ {printf "%d\n", $2}' >> "$WORK/rps.$index"
    echo "$output" | awk '$1 == "99%" {print $2}' >> "$WORK/p99.$index"
    awk -v ticks="$server_ticks" -v hz="$TICKS_PER_SECOND" -v n="${requests:-0}" \
      'BEGIN { printf "%.1f\n", n ? ticks / hz * 1e6 / n : 0 }' >> "$WORK/server-us.$index"
    awk -v n="${requests:-0}" '{ printf "%.1f\n", n ? ($1 + $2) * 1e6 / n : 0 }' "$WORK/wrk-time" >> "$WORK/wrk-us.$index"
    echo "$output" | awk '/Socket errors|Non-2xx/ {print}' >> "$WORK/errors.$index"
    echo "$(( $(rss_kb "$SERVER_PID") / 1024 ))" >> "$WORK/rss.$index"
    stop_server
  done
done

echo
printf "%-40s %10s %8s %12s %12s  %-26s %s\n" "server (wrk -t$THREADS -c$CONNECTIONS -d${DURATION}s, hello)" "median/s" "RSS" \
  "server CPU" "wrk CPU" "each round (req/s)" "each round (p99 latency)"
for index in "${!SERVERS[@]}"; do
  [ -s "$WORK/rps.$index" ] || continue
  name="${SERVERS[$index]%%|*}"
  printf "%-40s %10s %5s MB %5s µs/req %5s µs/req  %-26s %s %s\n" "$name" "$(median < "$WORK/rps.$index")" "$(median < "$WORK/rss.$index")" \
    "$(median < "$WORK/server-us.$index")" "$(median < "$WORK/wrk-us.$index")" \
    "$(tr '\n' ' ' < "$WORK/rps.$index")" "$(tr '\n' ' ' < "$WORK/p99.$index")" "$(sort -u "$WORK/errors.$index" | tr '\n' ' ')"
done

# Idle keep-alive connections held by one async loop, then the latency of a fresh request.
start_server prep_idle "$(prep async 1)"
cat > "$WORK/idle.py" <<'PY'
import resource, socket, subprocess, sys, time
port, count, pid = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
resource.setrlimit(resource.RLIMIT_NOFILE, (min(hard, count + 1000), hard))
def rss_mb():
    with open(f"/proc/{pid}/status") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024
before = rss_mb()
request = b"GET / HTTP/1.1\r\nHost: x\r\n\r\n"
sockets = []
for _ in range(count):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(request)
    sockets.append(s)
for s in sockets:
    data = b""
    while b"Hello" not in data:
        data += s.recv(4096)
time.sleep(0.5)
held = rss_mb()
start = time.perf_counter()
probe = socket.create_connection(("127.0.0.1", port))
probe.sendall(request)
probe.recv(4096)
elapsed = (time.perf_counter() - start) * 1000
print(f"prep async, 1 loop: {count} idle keep-alive connections: RSS {before:.1f} MB -> {held:.1f} MB; "
      f"a new request took {elapsed:.2f} ms")
PY
"$WORK/venv/bin/python" "$WORK/idle.py" "$PORT" "$IDLE" "$SERVER_PID"
stop_server
