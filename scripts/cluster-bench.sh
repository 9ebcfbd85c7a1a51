#!/usr/bin/env bash
# Cluster-mode measurements, re-runnable: prints each figure with the commands' medians.
#   scripts/cluster-bench.sh                 # all four
#   scripts/cluster-bench.sh latency         # or: throughput, overhead, recovery
# Inputs come from CORPUS (default /tmp/imgproc-corpus/4k: 3840x2160 JPEGs), normalised with ImageMagick's
# convert. Needs redis-server, redis-cli, taskset and convert. The figures are wall-clock medians on whatever else
# the machine is doing: the load average is printed with each.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=lib/jdk.sh
. "$root/scripts/lib/jdk.sh"
imgproc_find_jdk
jar=$root/cli/target/imgproc.jar
[ -f "$jar" ] || "$root/build"
java=$JAVA_HOME/bin/java
corpus=${CORPUS:-/tmp/imgproc-corpus/4k}
filters=${FILTERS:-resize=1920,blur=2}
runs=${RUNS:-3}
work=$(mktemp -d /tmp/imgproc-bench.XXXXXX)
port=$(( 20000 + RANDOM % 20000 ))
url=redis://127.0.0.1:$port
pids=()

cleanup() {
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

load() { cut -d' ' -f1 /proc/loadavg; }
median() { sort -g | awk '{ a[NR] = $1 } END { if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }
now_ms() { date +%s%3N; }

redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$work" --loglevel warning \
  >"$work/redis.log" 2>&1 &
pids+=($!); disown $!
until redis-cli -p "$port" ping >/dev/null 2>&1; do sleep 0.1; done

# worker [taskset cpu|-] [worker options...]: starts a worker, echoes its pid
worker() {
  local cpu=$1; shift
  local log
  log=$(mktemp "$work/worker-XXXX.log")
  if [ "$cpu" = "-" ]; then
    "$java" -jar "$jar" worker --redis "$url" "$@" >"$log" 2>&1 &
  else
    taskset -c "$cpu" "$java" -XX:ActiveProcessorCount=1 -jar "$jar" worker --redis "$url" --concurrency 1 \
      --threads 1 "$@" >"$log" 2>&1 &
  fi
  local pid=$!
  pids+=("$pid"); disown "$pid"
  until grep -q "serving queue" "$log"; do sleep 0.1; done
  echo "$pid"
}
stop_workers() { for pid in "$@"; do kill -TERM "$pid"; done; for pid in "$@"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done; done; }

# batch_seconds DIR [process options...]: runs one batch into a fresh folder, prints its elapsed seconds
batch_seconds() {
  local in=$1; shift
  rm -rf "$work/out"
  "$java" -jar "$jar" process "$in" -o "$work/out" --filters "$filters" -q --report "$work/report.json" "$@"
  grep -o '"millis" : [0-9]*' "$work/report.json" | head -1 | awk '{ printf "%.2f\n", $3 / 1000 }'
}

one_4k() {
  mkdir -p "$work/one"
  convert "$(find "$corpus" -name '*.jpg' | sort | head -1)" -resize '3840x2160!' -quality 90 "$work/one/4k.jpg"
}

large_48() {
  mkdir -p "$work/large"
  mapfile -t files < <(find "$corpus" -name '*.jpg' | sort)
  for i in $(seq 0 47); do
    convert "${files[$(( i % ${#files[@]} ))]}" -resize '3840x2160!' -quality $(( 80 + i % 15 )) \
      "$work/large/$(printf 'large-%02d' "$i").jpg"
  done
}

latency() {
  one_4k
  local w; w=$(worker -)
  for _ in 1 2 3 4 5; do batch_seconds "$work/one" --cluster --redis "$url" >/dev/null; done # warm the worker
  local samples=()
  for _ in $(seq 1 20); do
    batch_seconds "$work/one" --cluster --redis "$url" >/dev/null
    samples+=("$(grep -o '"millis" : [0-9]*' "$work/report.json" | tail -1 | awk '{ print $3 }')")
  done
  stop_workers "$w"
  echo "latency: one 3840x2160 JPEG ($filters), submit to file written, median of 20: $(printf '%s\n' "${samples[@]}" | median) ms" \
    "(min $(printf '%s\n' "${samples[@]}" | sort -n | head -1), max $(printf '%s\n' "${samples[@]}" | sort -n | tail -1); load $(load))"
}

# Runs alternate A B A B..., so that a change in the machine's load hits both sides alike; the ratio is the median
# of the pairs' ratios.
pair_ratio() { awk '{ print $1 / $2 }' | median; }

# Both workers stay up and warm; named queues decide who may work: queue "one" is served by the first worker only,
# queue "both" by both.
throughput() {
  [ -d "$work/large" ] || large_48
  local w1 w2 pairs=() one=() two=()
  w1=$(worker 0 --queue one --queue both)
  w2=$(worker 1 --queue both)
  batch_seconds "$work/large" --cluster --redis "$url" --queue both >/dev/null # warm-up, both workers
  for _ in $(seq 1 "$runs"); do
    local a b
    a=$(batch_seconds "$work/large" --cluster --redis "$url" --queue one)
    b=$(batch_seconds "$work/large" --cluster --redis "$url" --queue both)
    one+=("$a"); two+=("$b"); pairs+=("$a $b")
  done
  stop_workers "$w1" "$w2"
  echo "throughput: 48 large JPEGs, 1 worker on cpu 0: $(printf '%s\n' "${one[@]}" | median) s;" \
    "2 workers on cpus 0 and 1: $(printf '%s\n' "${two[@]}" | median) s;" \
    "speed-up $(printf '%s\n' "${pairs[@]}" | pair_ratio)x (median of $runs alternating pairs; load $(load))"
}

overhead() {
  [ -d "$work/large" ] || large_48
  local w pairs=() cluster=() local_s=()
  for _ in $(seq 1 "$runs"); do
    local a b
    b=$(batch_seconds "$work/large" -j 2)
    w=$(worker - --concurrency 2 --threads 2)
      a=$(batch_seconds "$work/large" --cluster --redis "$url")
    stop_workers "$w"
    cluster+=("$a"); local_s+=("$b"); pairs+=("$a $b")
  done
  echo "overhead: 48 large JPEGs, local mode: $(printf '%s\n' "${local_s[@]}" | median) s;" \
    "cluster, one worker on both cores: $(printf '%s\n' "${cluster[@]}" | median) s;" \
    "cluster/local $(printf '%s\n' "${pairs[@]}" | pair_ratio) (median of $runs alternating pairs; load $(load))"
}

recovery() {
  local lease=${LEASE:-30s}
  [ -d "$work/large" ] || large_48
  local a b killed_at took_at
  a=$(worker - --concurrency 1 --threads 1 --lease "$lease")
  b=$(worker - --concurrency 1 --threads 1 --lease "$lease")
  rm -rf "$work/out"
  "$java" -jar "$jar" process "$work/large" -o "$work/out" --filters "$filters" -q --cluster --redis "$url" &
  local client=$!
  until redis-cli -p "$port" xpending imgproc:q:default:jobs workers - + 10 | grep -q -- "-$a-"; do sleep 0.05; done
  kill -9 "$a"
  killed_at=$(now_ms)
  local log
  log=$(grep -l "serving queue.*lease" "$work"/worker-*.log | xargs grep -l -- "-$b-" | head -1)
  until grep -q "took over" "$log"; do sleep 0.05; done
  took_at=$(date -d "$(grep -m1 "took over" "$log" | cut -d' ' -f1)" +%s%3N)
  wait "$client" || true
  stop_workers "$b"
  echo "recovery: lease $lease: $(awk -v a="$killed_at" -v b="$took_at" 'BEGIN { printf "%.1f", (b - a) / 1000 }') s" \
    "from SIGKILL until another worker took over the dead worker's job (load $(load))"
}

echo "machine: $(nproc) cores, load $(load), $(redis-server --version | cut -d' ' -f3)"
for part in "${@:-latency throughput overhead recovery}"; do
  for p in $part; do "$p"; done
done
