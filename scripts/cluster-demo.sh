#!/usr/bin/env bash
# Cluster mode, live on this machine: a redis-server and three workers as local processes, a batch of photos,
# one worker killed with SIGKILL halfway through, and the batch finishing anyway, byte for byte what local mode
# writes. Everything it starts is stopped on exit (Ctrl-C included).
#   scripts/cluster-demo.sh              # 48 photos made from samples/
#   IMAGES=96 scripts/cluster-demo.sh    # more
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
imgproc_find_jdk
command -v redis-server >/dev/null || { echo "needs redis-server (apt install redis-server)" >&2; exit 1; }
command -v redis-cli >/dev/null || { echo "needs redis-cli (apt install redis-tools)" >&2; exit 1; }
[ -f "$root/cli/target/imgproc.jar" ] || "$root/build"

images=${IMAGES:-48}
filters=${FILTERS:-resize=1600,blur=2,sharpen=0.5}
work=$(mktemp -d /tmp/imgproc-demo.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
url=redis://127.0.0.1:$port
pids=()
start=$(date +%s.%N)

cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

bold=$(tput bold 2>/dev/null || true); dim=$(tput dim 2>/dev/null || true); off=$(tput sgr0 2>/dev/null || true)
say() { printf '%s[%6ss]%s %s\n' "$dim" "$(awk -v now="$(date +%s.%N)" -v t0="$start" 'BEGIN { printf "%.1f", now - t0 }')" "$off" "$*"; }
jar=$root/cli/target/imgproc.jar
imgproc() { "$JAVA_HOME/bin/java" -jar "$jar" "$@"; }
rcli() { redis-cli -p "$port" "$@"; }

say "${bold}redis-server${off} on port $port (no persistence)"
redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" --loglevel warning \
  >"$work/redis.log" 2>&1 &
pids+=($!)
until rcli ping >/dev/null 2>&1; do sleep 0.1; done

say "making $images photos from samples/ in $work/in"
mkdir -p "$work/in"
mapfile -t samples < <(find "$root/samples" -type f \( -name '*.jpg' -o -name '*.png' \) | sort)
for i in $(seq 0 $(( images - 1 ))); do
  src=${samples[$(( i % ${#samples[@]} ))]}
  cp "$src" "$work/in/$(printf 'photo-%03d' "$i").${src##*.}"
done

worker_pids=()
for n in 1 2 3; do
  # java itself in the background (not a function in a subshell), so $! is the worker's pid
  "$JAVA_HOME/bin/java" -jar "$jar" worker --redis "$url" --concurrency 1 --threads 1 --lease 5s --heartbeat 1s \
    >"$work/worker-$n.log" 2>&1 &
  pids+=($!); worker_pids+=($!)
  disown $! # no "Killed" job notice from bash when the demo kills it
  say "${bold}worker $n${off} started (pid $!, 1 slot, lease 5 s)"
done
until [ "$(rcli zcard imgproc:workers)" -ge 3 ]; do sleep 0.2; done

say "${bold}imgproc process --cluster${off} $images photos, filters $filters"
"$JAVA_HOME/bin/java" -jar "$jar" process "$work/in" -o "$work/out" --filters "$filters" --cluster --redis "$url" -q \
  >"$work/client.log" 2>&1 &
client=$!
pids+=("$client")

written_count() {
  [ -d "$work/out" ] || { echo 0; return; }
  find "$work/out" -type f ! -name '.*' | wc -l
}

status_line() {
  local written waiting pending live
  written=$(written_count)
  pending=$(rcli xpending imgproc:q:default:jobs workers 2>/dev/null | head -1)
  waiting=$(( $(rcli xlen imgproc:q:default:jobs) - ${pending:-0} ))
  live=$(rcli zcard imgproc:workers)
  say "written $(printf '%3d' "$written")/$images | waiting $(printf '%3d' "$waiting") | in flight ${pending:-0} | workers live $live"
}

killed=""
while kill -0 "$client" 2>/dev/null; do
  sleep 1
  status_line
  written=$(written_count)
  if [ -z "$killed" ] && [ "$written" -ge $(( images / 2 )) ]; then
    for pid in "${worker_pids[@]}"; do
      held=$(rcli xpending imgproc:q:default:jobs workers - + 100 | grep -c -- "-$pid-" || true)
      if [ "$held" -gt 0 ]; then
        kill -9 "$pid"
        killed=$pid
        say "${bold}SIGKILL worker pid $pid${off}, holding $held job(s): they return to the queue when its lease expires"
        break
      fi
    done
  fi
done
set +e
wait "$client"
code=$?
set -e
status_line
[ -s "$work/client.log" ] && sed 's/^/    /' "$work/client.log"
say "${bold}batch finished, exit code $code${off}"
for n in 1 2 3; do grep -h "took over" "$work/worker-$n.log" | sed "s/^/    worker $n: /" || true; done
if [ -n "$killed" ]; then
  say "worker pid $killed was killed; the others took over its jobs after its lease expired (lines above)"
fi

say "local mode on the same photos, for comparison"
imgproc process "$work/in" -o "$work/local" --filters "$filters" -q
if diff -r "$work/out" "$work/local" >/dev/null; then
  say "${bold}outputs: $(find "$work/out" -type f | wc -l) files, byte-identical to local mode${off}"
else
  say "${bold}outputs differ from local mode!${off}"; code=1
fi
say "pending entries left: $(rcli xpending imgproc:q:default:jobs workers | head -1)"
imgproc cluster status --redis "$url" | sed 's/^/    /'
exit "$code"
