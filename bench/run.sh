#!/usr/bin/env bash
# Benchmarks Unified Badges against Style Dictionary 4.4. One command; see bench/README.md.
#
#   bench/run.sh                      # the full run (6-14 min on the 2-core machine, by its load)
#   RUNS_1K=3 RUNS_20K=1 bench/run.sh # fewer runs
#
# Environment (all optional):
#   RUNS_1K (5), RUNS_20K (3), RUNS_100K (3)  whole-process runs per size, ours and theirs alternated
#   INPROC_WARMUP (2), INPROC_RUNS (5)  in-process full generations: warm-ups, measured runs
#   NOOP_WARMUP (5), NOOP_RUNS (10)     no-op reruns: warm-ups, measured runs
#   HEAP_XMX (512m)       max heap for the separate 100,000-pairing full-generation JVM
#   SKIP_SD=1             skip Style Dictionary (ours only)
#   SKIP_INPROC=1         skip the in-process figures
#   BENCH_WORK (bench/target/bench-work)  scratch directory; wiped and recreated
#   BENCH_JAVA_OPTS       extra JVM options for every timed java process (none by default)
#   SEED (20260101)       catalog generator seed
#   WAIT_QUIET_SECONDS (0) first wait up to this long for the 1-minute load average to drop
#                         below nproc + 1 (the machine is shared; wall-clock figures suffer)
#   MAX_SECONDS (600)     time budget: no further Style Dictionary run is started (and the cut is
#                         reported) once the next would not fit, keeping RESERVE_SECONDS (180)
#                         for the rest; ours keeps all its runs
#   BENCH_CLASSPATH       run with this classpath instead of building (the bench classes and the
#                         jars of an earlier build, for a before/after comparison)
#   SKIP_TUNED=1          skip the informational "ours, tuned JVM" runs (TUNED_OPTS, default
#                         "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), alternated with the others
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
WORK=${BENCH_WORK:-$BENCH_DIR/target/bench-work}
RUNS_1K=${RUNS_1K:-5}
RUNS_20K=${RUNS_20K:-3}
RUNS_100K=${RUNS_100K:-3}
INPROC_WARMUP=${INPROC_WARMUP:-2}
INPROC_RUNS=${INPROC_RUNS:-5}
NOOP_RUNS=${NOOP_RUNS:-10}
NOOP_WARMUP=${NOOP_WARMUP:-5}
HEAP_XMX=${HEAP_XMX:-512m}
SKIP_SD=${SKIP_SD:-0}
SKIP_INPROC=${SKIP_INPROC:-0}
SEED=${SEED:-20260101}
MAX_SECONDS=${MAX_SECONDS:-600}
RESERVE_SECONDS=${RESERVE_SECONDS:-180}
read -r -a JAVA_OPTS <<<"${BENCH_JAVA_OPTS:-}"
SKIP_TUNED=${SKIP_TUNED:-0}
TUNED_OPTS=${TUNED_OPTS:--XX:TieredStopAtLevel=1 -XX:+UseSerialGC}
read -r -a TUNED <<<"$TUNED_OPTS"
M2=${MAVEN_REPO:-$HOME/.m2/repository}/dev/unifiedbadges
V=0.1.0-SNAPSHOT
SD_VERSION_WANTED=4.4.

say() { printf '%s\n' "$*" >&2; }
die() { say "run.sh: $*"; exit 1; }
START_ALL=$(date +%s)
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')

command -v java >/dev/null || die "java (17+) is not on the PATH"
command -v mvn >/dev/null || die "mvn is not on the PATH"
if [[ $SKIP_SD != 1 ]]; then
  command -v node >/dev/null || die "node (18+) is not on the PATH; or set SKIP_SD=1"
  command -v npm >/dev/null || die "npm is not on the PATH; or set SKIP_SD=1"
fi

if [[ -n ${BENCH_CLASSPATH:-} ]]; then
  # A saved classpath (e.g. bench/target/bench-lib and classes copied before a change), so that
  # the same script times an earlier build for a before/after comparison.
  CP=$BENCH_CLASSPATH
  say "== using BENCH_CLASSPATH (not building): $CP"
else
  # --- 1. Our jars: install the project once if the modules the bench needs are missing. ----------
  # jar ships with the JDK (unzip may be missing); grep reads to the end, so no SIGPIPE under pipefail.
  has_class() { [[ -f $1 ]] && jar tf "$1" 2>/dev/null | grep -xF "$2" >/dev/null; }
  if ! has_class "$M2/badge-tokens/$V/badge-tokens-$V.jar" 'dev/unifiedbadges/tokens/TokenExporter.class' ||
    ! has_class "$M2/badge-generator/$V/badge-generator-$V.jar" 'dev/unifiedbadges/generator/FormatRegistry.class' ||
    ! has_class "$M2/badge-test-support/$V/badge-test-support-$V.jar" 'dev/unifiedbadges/testing/SeededCatalog.class'; then
    say "== the project's jars are not installed: mvn -B install -DskipTests (once)"
    (cd "$ROOT" && mvn -B -q install -DskipTests) || die "mvn install failed"
  fi

  # --- 2. The bench itself. ---------------------------------------------------------------------
  say "== building bench"
  (cd "$BENCH_DIR" && mvn -B -q package) || die "building bench failed"
  # Snapshot the jars: other builds may reinstall ~/.m2 artifacts while the benchmark runs.
  rm -rf "$BENCH_DIR/target/bench-lib"
  mkdir -p "$BENCH_DIR/target/bench-lib"
  CP="$BENCH_DIR/target/classes"
  IFS=':' read -r -a DEP_JARS <"$BENCH_DIR/target/classpath.txt" || true # no final newline
  for jar in "${DEP_JARS[@]}"; do
    cp "$jar" "$BENCH_DIR/target/bench-lib/"
    CP="$CP:$BENCH_DIR/target/bench-lib/$(basename "$jar")"
  done
fi

# --- 3. Style Dictionary, pinned by package-lock.json. -----------------------------------------
SD_BIN="$BENCH_DIR/node_modules/style-dictionary/bin/style-dictionary.js"
sd_version() { node -p "require('$BENCH_DIR/node_modules/style-dictionary/package.json').version" 2>/dev/null || true; }
if [[ $SKIP_SD != 1 ]]; then
  if [[ $(sd_version) != "$SD_VERSION_WANTED"* ]]; then
    say "== npm ci (style-dictionary, pinned in package-lock.json)"
    # --ignore-scripts: SD's only install script is a no-op patch-package for its own development.
    (cd "$BENCH_DIR" && npm ci --ignore-scripts --no-audit --no-fund --loglevel=error) || die "npm ci failed"
  fi
  SD_VERSION=$(sd_version)
  [[ $SD_VERSION == "$SD_VERSION_WANTED"* ]] || die "expected style-dictionary $SD_VERSION_WANTED*, found '$SD_VERSION'"
fi

# --- Optionally wait for a quieter machine (the figures are wall-clock times). -----------------
if ((${WAIT_QUIET_SECONDS:-0} > 0)); then
  limit=$(($(nproc) + 1))
  waited=0
  while awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" 'BEGIN {exit !(l >= m)}' &&
    ((waited < WAIT_QUIET_SECONDS)); do
    ((waited % 60 == 0)) && say "== waiting for load average < $limit (now $(cut -d' ' -f1 /proc/loadavg))"
    sleep 10
    waited=$((waited + 10))
  done
  START_ALL=$(date +%s)
  LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
fi

# --- 4. Inputs: the synthetic catalogs, and the same catalog as DTCG (hex colours) for SD. -------
rm -rf "$WORK"
mkdir -p "$WORK"
LOG="$WORK/run.log"
: >"$LOG"
say "== generating catalogs (seed $SEED); log: $LOG"
for n in 1000 20000 100000; do
  java -cp "$CP" dev.unifiedbadges.bench.CatalogGenerator "$WORK/defs/$n" "$n" --seed "$SEED" >>"$LOG" 2>&1 ||
    die "catalog generation failed (see $LOG)"
  java -cp "$CP" dev.unifiedbadges.bench.LoadCheck "$WORK/defs/$n" >>"$LOG" 2>&1 ||
    die "the $n-pairing catalog does not load cleanly (see $LOG)"
done
if [[ $SKIP_SD != 1 ]]; then
  for n in 1000 20000; do
    java -cp "$CP" dev.unifiedbadges.bench.BenchMain tokens "$WORK/defs/$n" "$WORK/dtcg/$n" --hex >>"$LOG" 2>&1 ||
      die "exporting DTCG for SD failed (see $LOG)"
    [[ -s $WORK/dtcg/$n/tokens/badges.light.tokens.json ]] || die "no $WORK/dtcg/$n/tokens/badges.light.tokens.json"
  done
fi

# --- 5. Timed whole-process runs. --------------------------------------------------------------
# Each run writes into a directory that does not exist yet (removed before the clock starts).
now_ns() { date +%s%N; }
run_ours() { # n out
  java "${JAVA_OPTS[@]}" -cp "$CP" dev.unifiedbadges.bench.BenchMain tokens "$WORK/defs/$1" "$2"
}
run_tuned() { # n out: ours with launcher flags suited to a short-lived JVM (informational row)
  java "${JAVA_OPTS[@]}" "${TUNED[@]}" -cp "$CP" dev.unifiedbadges.bench.BenchMain tokens "$WORK/defs/$1" "$2"
}
run_theirs() { # n out
  SD_SOURCE="$WORK/dtcg/$1/tokens/badges.light.tokens.json" SD_BUILD="$2" \
    node "$SD_BIN" build --config "$BENCH_DIR/sd.config.mjs"
}
declare -A TIMES CPUS
TIMEFORMAT='%3R %3U %3S'
timed() { # key fn n out: wall-clock from outside, plus the process tree's user+sys CPU time
  local key=$1 fn=$2 n=$3 out=$4 s e ms cpu
  echo "--- $key: $fn $n" >>"$LOG"
  rm -rf "$out"
  s=$(now_ns)
  { time "$fn" "$n" "$out" >>"$LOG" 2>&1; } 2>"$WORK/time.txt" || die "$fn $n failed (see $LOG)"
  e=$(now_ns)
  ms=$(((e - s) / 1000000))
  cpu=$(awk '{printf "%d", ($2 + $3) * 1000}' "$WORK/time.txt")
  TIMES[$key]="${TIMES[$key]:-} $ms"
  CPUS[$key]="${CPUS[$key]:-} $cpu"
  LAST_MS=$ms
  say "   $key: ${ms} ms wall, ${cpu} ms CPU (load $(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo ?))"
}
check_outputs() { # n
  local n=$1 css vars
  css="$WORK/out/ours-$n/css/badges.css"
  [[ -s $css && -s $WORK/out/ours-$n/tokens/badges.light.tokens.json && -s $WORK/out/ours-$n/js/badges.js ]] ||
    die "ours at $n wrote no css/tokens/js under $WORK/out/ours-$n"
  if [[ $SKIP_SD != 1 && -d $WORK/out/theirs-$n ]]; then
    vars=$(grep -c -- '^  --' "$WORK/out/theirs-$n/css/variables.css" || true)
    [[ -s $WORK/out/theirs-$n/json/tokens.json ]] || die "SD wrote no json at $n"
    # 4 colours per pairing, at least (plus tones and fallbacks).
    ((vars >= 4 * n)) || die "SD wrote only $vars custom properties at $n pairings"
    echo "SD at $n: $vars custom properties in variables.css" >>"$LOG"
  fi
}

# Untimed warm-up of both, so that the first timed run does not pay for a cold page cache.
say "== warm-up (untimed)"
run_ours 1000 "$WORK/out/warm-ours" >>"$LOG" 2>&1 || die "ours failed (see $LOG)"
if [[ $SKIP_SD != 1 ]]; then
  run_theirs 1000 "$WORK/out/warm-theirs" >>"$LOG" 2>&1 || die "SD failed (see $LOG)"
fi

NOTES=()
for spec in "1000 $RUNS_1K" "20000 $RUNS_20K"; do
  read -r n runs <<<"$spec"
  say "== $n pairings: $runs runs each, alternated (ours, tuned, theirs, …)"
  sd_on=$SKIP_SD
  for ((i = 1; i <= runs; i++)); do
    pair_start=$(date +%s)
    timed "ours_$n" run_ours "$n" "$WORK/out/ours-$n"
    if [[ $SKIP_TUNED != 1 ]]; then
      timed "tuned_$n" run_tuned "$n" "$WORK/out/tuned-$n"
    fi
    if [[ $sd_on != 1 ]]; then
      timed "theirs_$n" run_theirs "$n" "$WORK/out/theirs-$n"
      pair_s=$(($(date +%s) - pair_start))
      # Keep the whole script within MAX_SECONDS: stop running Style Dictionary once its next run
      # would not fit. Ours (seconds, not minutes) keeps its runs, so its median stays meaningful.
      if ((i < runs && $(date +%s) - START_ALL + pair_s + RESERVE_SECONDS > MAX_SECONDS)); then
        NOTES+=("$n pairings: Style Dictionary stopped after $i of $runs runs to stay within MAX_SECONDS=$MAX_SECONDS (one round took ${pair_s} s; load average $(cut -d' ' -f1-3 /proc/loadavg)); ours kept all $runs")
        say "   ${NOTES[-1]}"
        sd_on=1
      fi
    fi
  done
  check_outputs "$n"
done
# Scaling: 100,000 alternated with further 20,000 runs, so both sizes see the same machine load.
say "== 100000 pairings: ours only, $RUNS_100K runs, alternated with 20000"
for ((i = 1; i <= RUNS_100K; i++)); do
  timed "ours_100000" run_ours 100000 "$WORK/out/ours-100000"
  timed "ours_20000" run_ours 20000 "$WORK/out/ours-20000"
  if [[ $SKIP_TUNED != 1 ]]; then
    timed "tuned_100000" run_tuned 100000 "$WORK/out/tuned-100000"
    timed "tuned_20000" run_tuned 20000 "$WORK/out/tuned-20000"
  fi
done
check_outputs 100000

# --- 6. In-process figures. --------------------------------------------------------------------
INPROC_LOG="$WORK/inprocess.log"
HEAP_LOG="$WORK/heap.log"
: >"$INPROC_LOG"
: >"$HEAP_LOG"
if [[ $SKIP_INPROC != 1 ]]; then
  say "== in-process: full generation at 20000 ($INPROC_WARMUP warm-ups, $INPROC_RUNS runs), no-op reruns ($NOOP_WARMUP warm-ups, $NOOP_RUNS runs)"
  java "${JAVA_OPTS[@]}" -cp "$CP" dev.unifiedbadges.bench.InProcessBench full "$WORK/defs/20000" "$WORK/inproc" \
    --warmup "$INPROC_WARMUP" --runs "$INPROC_RUNS" --noop-warmup "$NOOP_WARMUP" --noop-runs "$NOOP_RUNS" >"$INPROC_LOG" 2>&1 ||
    die "in-process bench failed (see $INPROC_LOG)"
  grep -v '^RESULT' "$INPROC_LOG" | sed 's/^/   /' >&2
  say "== in-process: full generation at 100000 in a separate JVM with -Xmx$HEAP_XMX"
  java "${JAVA_OPTS[@]}" "-Xmx$HEAP_XMX" -cp "$CP" dev.unifiedbadges.bench.InProcessBench heap "$WORK/defs/100000" "$WORK/heap" \
    >"$HEAP_LOG" 2>&1 || true
  grep -v '^RESULT' "$HEAP_LOG" | tail -5 | sed 's/^/   /' >&2
fi
result() { # file key
  grep -m1 "^RESULT $2=" "$1" 2>/dev/null | cut -d= -f2 || true
}

# --- 7. The table. -----------------------------------------------------------------------------
median() { tr ' ' '\n' | sort -n | awk 'NF {a[++n] = $1} END {if (n == 0) exit; if (n % 2) print a[(n + 1) / 2]; else print (a[n / 2] + a[n / 2 + 1]) / 2}'; }
secs() { [[ -z $1 ]] && { echo "—"; return; }; awk -v ms="$1" 'BEGIN {printf "%.2f s", ms/1000}'; }
commas() { echo "$1" | sed -e :a -e 's/\([0-9]\)\([0-9]\{3\}\)\($\|,\)/\1,\2\3/;ta'; }
ratio() { [[ -z $1 || -z $2 ]] && { echo "—"; return; }; awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f×", a/b}'; }
ge() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a >= b)}'; }
lt() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a < b)}'; }
le() { awk -v a="$1" -v b="$2" 'BEGIN {exit !(a <= b)}'; }
verdict() { if "$@"; then echo PASS; else echo MISS; fi; }
runs_of() { echo "${TIMES[$1]:-}" | wc -w; }
all_of() { echo "${TIMES[$1]:-}" | sed 's/^ //'; }

med() { echo "${TIMES[$1]:-}" | median; }
cmed() { echo "${CPUS[$1]:-}" | median; }
O1=$(med ours_1000); T1=$(med theirs_1000); O20=$(med ours_20000); T20=$(med theirs_20000); O100=$(med ours_100000)
CO1=$(cmed ours_1000); CT1=$(cmed theirs_1000); CO20=$(cmed ours_20000); CT20=$(cmed theirs_20000); CO100=$(cmed ours_100000)
FULL=$(result "$INPROC_LOG" full_median_ms)
FULL_CPU=$(result "$INPROC_LOG" full_cpu_median_ms)
FULL_RUNS=$(result "$INPROC_LOG" full_runs_ms)
NOOP=$(result "$INPROC_LOG" noop_median_ms)
NOOP_CPU=$(result "$INPROC_LOG" noop_cpu_median_ms)
NOOP_RUNS_MS=$(result "$INPROC_LOG" noop_runs_ms)
FILES=$(result "$INPROC_LOG" output_files)
GENERATIONS=$(result "$INPROC_LOG" generations)
FAILURES=$(result "$INPROC_LOG" failures)
FIRST_FAILURE=$(grep -m1 '^RESULT first_failure=' "$INPROC_LOG" 2>/dev/null | cut -d= -f2- || true)
PEAK=$(result "$INPROC_LOG" peak_heap_mib)
POOLS=$(result "$INPROC_LOG" pool_peaks_mib)
MAXH=$(result "$INPROC_LOG" max_heap_mib)
HEAP_OUT=$(result "$HEAP_LOG" heap_outcome)
HEAP_PEAK=$(result "$HEAP_LOG" peak_heap_mib)
HEAP_POOLS=$(result "$HEAP_LOG" pool_peaks_mib)
HEAP_MS=$(result "$HEAP_LOG" heap_cold_ms)
quot() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
row() { # label oursKey theirsKey
  local o t co ct
  o=$(med "$2"); co=$(cmed "$2")
  if [[ -n $3 && -n ${TIMES[$3]:-} ]]; then
    t=$(med "$3"); ct=$(cmed "$3")
    echo "| $1 | $(all_of "$2") | $(secs "$o") | $(secs "$co") | $(all_of "$3") | $(secs "$t") | $(secs "$ct") | **$(ratio "$t" "$o")** | $(ratio "$ct" "$co") |"
  else
    echo "| $1 | $(all_of "$2") | $(secs "$o") | $(secs "$co") | — | — | — | — | — |"
  fi
}

{
  echo "## Results ($(date -u +%Y-%m-%dT%H:%MZ))"
  echo
  echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'), $(awk '/MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo) RAM;"
  echo "$(java -version 2>&1 | sed -n 1p); node $(node -v 2>/dev/null || echo '—'); Style Dictionary ${SD_VERSION:-(skipped)}."
  echo "Load average at start: $LOAD_START; at end: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo
  echo "Whole process, timed from outside: a fresh JVM or node process per run, writing into a fresh"
  echo "directory; ours and theirs alternated. Wall = elapsed time; CPU = user + system time of the process."
  echo "Ours: \`BenchMain tokens\`, i.e. load + validate + lint the definitions, then CSS (+ minified), DTCG light/dark/resolver and JS/d.ts via \`TokenExporter.write\`."
  echo "Theirs: Style Dictionary building \`css/variables\` + \`json\` from the same catalog's DTCG light tokens (exported by us with \`ColorFormat.HEX\`)."
  echo
  echo "| pairings | ours: runs (ms) | ours wall | ours CPU | SD: runs (ms) | SD wall | SD CPU | SD / ours (wall) | SD / ours (CPU) |"
  echo "|---:|---|---:|---:|---|---:|---:|---:|---:|"
  row "1,000" ours_1000 theirs_1000
  row "20,000" ours_20000 theirs_20000
  row "100,000" ours_100000 ""
  if [[ $SKIP_TUNED != 1 ]]; then
    echo
    echo "For information (not a target): ours with JVM flags suited to a short-lived process, \`$TUNED_OPTS\` (C1 only, serial GC):"
    echo
    echo "| pairings | tuned: runs (ms) | tuned wall | tuned CPU | SD wall | SD / tuned (wall) | SD / tuned (CPU) |"
    echo "|---:|---|---:|---:|---:|---:|---:|"
    for k in 1000 20000 100000; do
      [[ -n ${TIMES[tuned_$k]:-} ]] || continue
      tw=$(med "tuned_$k"); tc=$(cmed "tuned_$k"); sw=$(med "theirs_$k"); sc=$(cmed "theirs_$k")
      echo "| $(commas "$k") | $(all_of "tuned_$k") | $(secs "$tw") | $(secs "$tc") | $(secs "$sw") | $(ratio "$sw" "$tw") | $(ratio "$sc" "$tc") |"
    done
  fi
  echo
  echo "Medians. The 20,000 row includes the $RUNS_100K runs alternated with the 100,000 runs (for the scaling figure)."
  echo "Scaling, ours 100,000 / 20,000: $(ratio "$O100" "$O20") wall, $(ratio "$CO100" "$CO20") CPU."
  echo
  for note in "${NOTES[@]}"; do echo "Note: $note."; done
  echo
  if [[ $SKIP_INPROC != 1 ]]; then
    echo "In process (\`InProcessBench\`, one JVM, default heap, after $INPROC_WARMUP warm-up generations):"
    echo
    echo "| figure | value |"
    echo "|---|---:|"
    echo "| full generation (CSS + tokens + JS + site, ${FILES:-?} files) of 20,000 pairings into a fresh directory, median of $INPROC_RUNS (runs: ${FULL_RUNS:-—} ms) | $(secs "$FULL") (CPU $(secs "$FULL_CPU")) |"
    echo "| no-op rerun (same inputs, output up to date, nothing written), 20,000 pairings, median of $NOOP_RUNS after $NOOP_WARMUP warm-ups (runs: ${NOOP_RUNS_MS:-—} ms) | ${NOOP:-—} ms (CPU ${NOOP_CPU:-—} ms) |"
    while IFS='|' read -r phase pw pc; do
      echo "| &nbsp;&nbsp;buffered pipeline, step: $phase (median of $INPROC_RUNS, this thread's CPU) | $pw ms (CPU $pc ms) |"
    done < <(grep '^RESULT phase' "$INPROC_LOG" | cut -d= -f2-)
    if [[ -n $FAILURES && $FAILURES != 0 ]]; then
      echo "| **failed generations** (each retried; not in the timings) | **$FAILURES of $GENERATIONS**: \`$FIRST_FAILURE\` |"
    fi
    echo "| peak heap during the full runs at 20,000: used before GC / sum of pool peaks / max heap | ${PEAK:-—} / ${POOLS:-—} / ${MAXH:-—} MiB |"
    echo "| full generation of 100,000 pairings, separate cold JVM with -Xmx$HEAP_XMX | ${HEAP_OUT:-failed}$([[ $HEAP_OUT == ok ]] && echo " in $(secs "$HEAP_MS")"); peak ${HEAP_PEAK:-—} MiB used before GC (pool peaks ${HEAP_POOLS:-—} MiB) |"
    echo
  fi
  echo "## Targets"
  echo
  echo "| target | measured (median) | result |"
  echo "|---|---:|---|"
  if [[ -n $T1 && -n $O1 ]]; then
    echo "| tokens step, whole process, ≥ 2× faster than Style Dictionary at 1,000 | $(ratio "$T1" "$O1") ($(secs "$T1") vs $(secs "$O1")) | $(verdict ge "$(quot "$T1" "$O1")" 2) |"
  fi
  if [[ -n $T20 && -n $O20 ]]; then
    echo "| tokens step, whole process, ≥ 30× faster than Style Dictionary at 20,000 | $(ratio "$T20" "$O20") ($(secs "$T20") vs $(secs "$O20")) | $(verdict ge "$(quot "$T20" "$O20")" 30) |"
  fi
  if [[ -n $O100 && -n $O20 ]]; then
    echo "| linear scaling: 100,000 ≤ 6× the time of 20,000 (tokens step, whole process) | $(ratio "$O100" "$O20") ($(secs "$O100") vs $(secs "$O20")) | $(verdict le "$(quot "$O100" "$O20")" 6) |"
  fi
  if [[ $SKIP_INPROC != 1 ]]; then
    [[ -n $FULL ]] && echo "| full generation at 20,000 < 2 s, in process | $(secs "$FULL") | $(verdict lt "$FULL" 2000) |"
    [[ -n $NOOP ]] && echo "| no-op rerun < 50 ms (20,000 pairings, in process) | $NOOP ms | $(verdict lt "$NOOP" 50) |"
  fi
  echo
  echo "Total script time: $(($(date +%s) - START_ALL)) s. Logs: \`$LOG\`, \`$INPROC_LOG\`, \`$HEAP_LOG\`."
} | tee "$WORK/results.md"
