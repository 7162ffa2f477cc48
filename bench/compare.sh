#!/usr/bin/env bash
# Before/after: times two builds alternately in one run, so both see the same machine load.
#
#   bench/compare.sh <before-classpath> <after-classpath>
#
# Each classpath is the bench classes plus the jars of one build (run.sh leaves the current
# build's in bench/target/classes and bench/target/bench-lib; copy them away before a change).
# Times, alternated before/after: the tokens step whole-process at 1,000 and 20,000 pairings
# (RUNS, default 5), then the in-process full generation at 20,000 (INPROC_RUNS, default 5, after
# 2 warm-ups), each build in its own JVM, twice. Prints medians and after/before ratios.
# Needs the catalogs run.sh generated (BENCH_WORK, default bench/target/bench-work).
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WORK=${BENCH_WORK:-$BENCH_DIR/target/bench-work}
RUNS=${RUNS:-5}
INPROC_RUNS=${INPROC_RUNS:-5}
die() { echo "compare.sh: $*" >&2; exit 1; }
(($# == 2)) || { echo "usage: compare.sh <before-classpath> <after-classpath>" >&2; exit 2; }
declare -A CPS=([before]=$1 [after]=$2)
for n in 1000 20000; do
  [[ -d $WORK/defs/$n ]] || { echo "no catalog at $WORK/defs/$n: run bench/run.sh once first" >&2; exit 1; }
done
OUT=$WORK/compare
rm -rf "$OUT"
mkdir -p "$OUT"
declare -A WALL CPU
TIMEFORMAT='%3R %3U %3S'
median() { tr ' ' '\n' | sort -n | awk 'NF {a[++n] = $1} END {if (n == 0) exit; if (n % 2) print a[(n + 1) / 2]; else print (a[n / 2] + a[n / 2 + 1]) / 2}'; }
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
for n in 1000 20000; do
  for ((i = 1; i <= RUNS; i++)); do
    for build in before after; do
      rm -rf "$OUT/tokens"
      # The JVM's own output goes to a log, so time.txt holds only the times.
      { time java -cp "${CPS[$build]}" dev.unifiedbadges.bench.BenchMain tokens "$WORK/defs/$n" "$OUT/tokens" >"$OUT/tokens.log" 2>&1; } 2>"$OUT/time.txt" ||
        die "the $build build failed on $n pairings: $(tail -3 "$OUT/tokens.log")"
      read -r wall user sys <"$OUT/time.txt"
      WALL[$build-$n]="${WALL[$build-$n]:-} $(awk -v w="$wall" 'BEGIN {printf "%d", w * 1000}')"
      CPU[$build-$n]="${CPU[$build-$n]:-} $(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%d", (u + s) * 1000}')"
    done
  done
done
for round in 1 2; do
  for build in before after; do
    java -cp "${CPS[$build]}" dev.unifiedbadges.bench.InProcessBench full "$WORK/defs/20000" "$OUT/inproc-$build" \
      --warmup 2 --runs "$INPROC_RUNS" --noop-warmup 0 --noop-runs 1 >"$OUT/inproc-$build-$round.log" 2>&1 ||
      die "the $build build's full generation failed (see $OUT/inproc-$build-$round.log)"
    runs=$(grep -m1 '^RESULT full_runs_ms=' "$OUT/inproc-$build-$round.log" | cut -d= -f2)
    WALL[$build-full]="${WALL[$build-full]:-} $runs"
    files=$(grep -m1 '^RESULT output_files=' "$OUT/inproc-$build-$round.log" | cut -d= -f2)
    echo "full generation, $build, round $round: $runs ms ($files files)"
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
echo "| step | before: runs (ms) | before | after: runs (ms) | after | after / before |"
echo "|---|---|---:|---|---:|---:|"
for key in 1000 20000 full; do
  b=$(echo "${WALL[before-$key]}" | median)
  a=$(echo "${WALL[after-$key]}" | median)
  label=$([[ $key == full ]] && echo "full generation, 20,000, in process (wall)" || echo "tokens step, whole process, $key (wall)")
  echo "| $label |${WALL[before-$key]} | $b |${WALL[after-$key]} | $a | $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}') |"
  if [[ $key != full ]]; then
    b=$(echo "${CPU[before-$key]}" | median)
    a=$(echo "${CPU[after-$key]}" | median)
    echo "| tokens step, whole process, $key (CPU) |${CPU[before-$key]} | $b |${CPU[after-$key]} | $a | $(awk -v a="$a" -v b="$b" 'BEGIN {printf "%.2f", a / b}') |"
  fi
done
