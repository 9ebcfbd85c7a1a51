#!/usr/bin/env bash
# Times imgproc (through its launcher, ./imgproc, as users run it) and every peer tool the team's peer scripts cover (libvips CLI, ImageMagick, Pillow, OpenCV,
# sharp) as whole commands on the same JPEGs, alternating tool by tool in each round, and prints the median wall
# time, images/s and the largest process's peak RSS (GNU time's %M) of each. `imgproc bench --peers` covers
# imgproc's own scenarios and the two CLI peers with more care; this adds the library peers.
#   scripts/bench-peers.sh PEERS_DIR IN_DIR [PIPE] [RUNS] [WORKERS]
#     PEERS_DIR  folder with the shared peer scripts (one.sh, py_bench.py, sharp_bench.js)
#     IN_DIR     folder of JPEGs, e.g. /tmp/imgproc-corpus/4k
#     PIPE       P1 P2 P3 P4 (default P2); RUNS rounds (default 3); WORKERS processes at once (default: cores)
# Tools that are not installed are skipped; TOOLS="imgproc cv2 sharp" runs only those (names: imgproc vips im pil cv2
# sharp). sharp needs NODE_PATH pointing at a node_modules with sharp in it.
set -euo pipefail
peers=${1:?usage: bench-peers.sh PEERS_DIR IN_DIR [PIPE] [RUNS] [WORKERS]}
in=${2:?usage: bench-peers.sh PEERS_DIR IN_DIR [PIPE] [RUNS] [WORKERS]}
pipe=${3:-P2}
runs=${4:-3}
workers=${5:-$(nproc)}
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
imgproc_find_jdk
[ -f "$root/cli/target/imgproc.jar" ] || "$root/build"
"$root/imgproc" --version >/dev/null # builds or refreshes what the launcher needs before anything is timed
[ -x /usr/bin/time ] || { echo "bench-peers.sh: needs GNU time (/usr/bin/time; Debian package 'time')" >&2; exit 2; }
filters=$(case $pipe in
  P1) echo 'resize=800x800' ;; P2) echo 'resize=1920,blur=2,brightness=1.2' ;;
  P3) echo 'blur=8,sharpen,grayscale' ;; P4) echo 'grayscale,edges' ;;
  *) echo "bench-peers.sh: unknown pipeline $pipe" >&2; exit 2 ;; esac)
mapfile -t files < <(find "$in" -maxdepth 1 -type f -iname '*.jpg' | sort)
[ ${#files[@]} -gt 0 ] || { echo "bench-peers.sh: no .jpg in $in" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
printf '%s\0' "${files[@]}" > "$work/files"

# name and command of each tool found; the command writes into $out (set per run)
tools=(imgproc)
command -v vips >/dev/null && command -v vipsthumbnail >/dev/null && tools+=(vips)
[ -x /usr/bin/convert ] && /usr/bin/convert -version 2>/dev/null | grep -q ImageMagick && tools+=(im)
/usr/bin/python3 -c 'import PIL' 2>/dev/null && tools+=(pil)
/usr/bin/python3 -c 'import cv2' 2>/dev/null && tools+=(cv2)
command -v node >/dev/null && node -e 'require("sharp")' 2>/dev/null && tools+=(sharp)
if [ -n "${TOOLS:-}" ]; then # e.g. TOOLS="imgproc cv2 sharp" for long batches that ImageMagick would take minutes on
  mapfile -t tools < <(printf '%s\n' "${tools[@]}" | grep -Fxf <(tr ' ' '\n' <<< "$TOOLS"))
fi
run_tool() { # TOOL OUTDIR, the inputs NUL-separated in $work/files
  local files
  mapfile -d '' -t files < "$work/files"
  case $1 in
    imgproc) "$root/imgproc" process "${files[@]}" -o "$2" --filters "$filters" --quality 85 --quiet ;;
    vips|im) xargs -0 -P "$workers" -n 1 bash "$peers/one.sh" "$1" "$pipe" "$2" < "$work/files" ;;
    pil|cv2) /usr/bin/python3 "$peers/py_bench.py" --lib "$1" --workers "$workers" --pipe "$pipe" --out "$2" \
               "${files[@]}" ;;
    sharp) node "$peers/sharp_bench.js" "$pipe" "$2" "${files[@]}" ;;
  esac
}
export -f run_tool
export root pipe filters workers peers work JAVA_HOME IMGPROC_JAVA_OPTS

echo "bench-peers: ${#files[@]} files from $in, $pipe, $runs rounds, $workers workers; tools: ${tools[*]}" >&2
for ((r = 1; r <= runs; r++)); do
  for tool in "${tools[@]}"; do
    out="$work/out-$tool"; rm -rf "$out"; mkdir -p "$out"
    # shellcheck disable=SC2016
    /usr/bin/time -f '%e %M' -o "$work/time" bash -c 'run_tool "$0" "$1"' "$tool" "$out" >/dev/null \
      2> "$work/log-$tool" || true
    read -r seconds kb < <(tail -n 1 "$work/time")
    written=$(find "$out" -maxdepth 1 -name '*.jpg' | wc -l)
    echo "$tool $seconds $kb $written" >> "$work/results"
    echo "  round $r: $tool ${seconds}s, wrote $written of ${#files[@]}" >&2
    [ "$written" -eq ${#files[@]} ] || tail -n 3 "$work/log-$tool" >&2
  done
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
printf '%-8s %10s %9s %14s %8s\n' tool "wall s" "images/s" "max RSS MiB" written
for tool in "${tools[@]}"; do
  wall=$(awk -v t="$tool" '$1 == t { print $2 }' "$work/results" | median)
  rss=$(awk -v t="$tool" '$1 == t { print $3 }' "$work/results" | median)
  written=$(awk -v t="$tool" '$1 == t { print $4 }' "$work/results" | sort -n | head -1)
  printf '%-8s %10.2f %9.2f %14.0f %5s/%s\n' "$tool" "$wall" "$(echo "${#files[@]} $wall" | awk '{ print $1 / $2 }')" \
    "$(echo "$rss" | awk '{ print $1 / 1024 }')" "$written" "${#files[@]}"
done
echo "(medians over $runs rounds; max RSS is the largest single process, as GNU time reports it)" >&2
