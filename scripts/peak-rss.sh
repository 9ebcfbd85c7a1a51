#!/usr/bin/env bash
# Peak resident memory of `imgproc process` (through ./imgproc, as users run it) over batches of different sizes, to show that memory stays flat
# however many files there are. Inputs are hard links to the JPEGs of SRC, repeated until each batch has N files.
#   scripts/peak-rss.sh SRC_DIR [FILTERS] [N...]        e.g. scripts/peak-rss.sh /tmp/imgproc-corpus/4k
# Prints one line per batch size: files, peak RSS, wall time. Extra JVM options: IMGPROC_JAVA_OPTS.
set -euo pipefail
src=${1:?usage: peak-rss.sh SRC_DIR [FILTERS] [N...]}
filters=${2:-resize=1920,blur=2,brightness=1.2}
shift $(( $# >= 2 ? 2 : 1 ))
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(50 200 500)
root=$(cd "$(dirname "$0")/.." && pwd)
. "$root/scripts/lib/jdk.sh"
imgproc_find_jdk
[ -f "$root/cli/target/imgproc.jar" ] || "$root/build"
"$root/imgproc" --version >/dev/null # builds or refreshes what the launcher needs before anything is measured
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mapfile -t sources < <(find "$src" -maxdepth 1 -type f -iname '*.jpg' | sort)
[ ${#sources[@]} -gt 0 ] || { echo "no JPEG in $src" >&2; exit 1; }
printf '%-6s %-14s %s\n' files "peak RSS (MB)" "wall (s)"
for n in "${sizes[@]}"; do
  rm -rf "$work/in" "$work/out"; mkdir -p "$work/in"
  for ((i = 0; i < n; i++)); do ln "${sources[i % ${#sources[@]}]}" "$work/in/$(printf 'img%05d.jpg' "$i")"; done
  # shellcheck disable=SC2086
  /usr/bin/time -f '%M %e' -o "$work/time" "$root/imgproc" process "$work/in" -o "$work/out" --filters "$filters" \
    --quiet
  read -r kb seconds < "$work/time"
  printf '%-6s %-14s %s\n' "$n" "$((kb / 1024))" "$seconds"
done
