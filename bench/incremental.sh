#!/usr/bin/env bash
# Incremental builds (issue 17 item 4; BENCHMARKS.md): times `astro build` and the postbuild
# (search index, service worker) separately for, with COMMONS_INCREMENTAL=1,
#   1. a cold build, 2. a rebuild with no change, 3. a rebuild after one case's title and body
#   changed; then 4. a cold build without the flag of the changed content, and diffs 3 against 4.
# Usage: bench/incremental.sh [entries] [case id to change]   (defaults: 1000 real-case-3)
# Writes a real-shaped corpus (bench/real-shaped.ts) to /tmp/commons-incremental-N/content and the
# builds to .incr/ (outputs must be under the working folder, as in scripts/bench.ts). Load
# averages are printed beside every time: on a shared machine, compare runs made under one load.
set -euo pipefail
entries=${1:-1000}
changed=${2:-real-case-3}
repo=$(cd "$(dirname "$0")/.." && pwd)
cd "$repo"
export PATH="$repo/node_modules/.bin:$PATH" ASTRO_TELEMETRY_DISABLED=1
corpus=/tmp/commons-incremental-$entries
work=$repo/.incr/n$entries
logs=$work/logs
rm -rf "$corpus" "$work"
mkdir -p "$logs"
content=$(node -e "import('$repo/bench/real-shaped.ts').then((m) => console.log(m.writeRealShapedContent('$corpus', $entries, '$repo/content')))")
export COMMONS_CONTENT_DIR=$content

load() { cut -d' ' -f1 /proc/loadavg; }
# build LABEL OUT CACHE INCREMENTAL(0|1)
build() {
  local label=$1 t0 t1 t2 l0 l1
  export COMMONS_OUT_DIR=$2 COMMONS_CACHE_DIR=$3
  if [ "$4" = 1 ]; then export COMMONS_INCREMENTAL=1; else unset COMMONS_INCREMENTAL; fi
  l0=$(load); t0=$(date +%s.%N)
  nice -n 10 astro build > "$logs/$label.astro.log" 2>&1
  t1=$(date +%s.%N); l1=$(load)
  nice -n 10 node scripts/postbuild.ts > "$logs/$label.postbuild.log" 2>&1
  t2=$(date +%s.%N)
  printf '%-18s astro build %6.1f s (load %s → %s)   postbuild %5.1f s (load → %s)   pages reused %s\n' "$label" \
    "$(echo "$t1 - $t0" | bc)" "$l0" "$l1" "$(echo "$t2 - $t1" | bc)" "$(load)" \
    "$(grep -c '(cached)\|(restored)' "$logs/$label.astro.log" || true)"
}

build cold "$work/inc/dist" "$work/inc/cache" 1
build no-change "$work/inc/dist" "$work/inc/cache" 1
file=$(ls "$content/cases/$changed".md* | head -1)
sed -n 2p "$file" | grep -q '^title: ".*"$' || { echo "expected a quoted title on line 2 of $file" >&2; exit 1; }
sed -i '2s/"$/ (renamed Zyxwort)"/' "$file"
printf '\nAn added closing paragraph about the quillometer evaluation.\n' >> "$file"
build one-change "$work/inc/dist" "$work/inc/cache" 1
build cold-reference "$work/ref/dist" "$work/ref/cache" 0

# The data package's creation time is the only difference a correct rebuild may show.
echo "files that differ from the cold reference (data/datapackage.json: its build time):"
diff -rq "$work/inc/dist" "$work/ref/dist" || true
echo "pages naming the new title: $(grep -rl Zyxwort "$work/inc/dist" | wc -l) (reference: $(grep -rl Zyxwort "$work/ref/dist" | wc -l))"
