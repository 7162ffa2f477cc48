#!/usr/bin/env bash
# Profiles one benchmark step with Java Flight Recorder and prints where the samples fall.
#
#   bench/profile.sh tokens [pairings]   # whole-process tokens step (BenchMain tokens), default 20000
#   bench/profile.sh full [pairings]     # in-process full generation + no-op reruns (InProcessBench)
#
# The recording is kept under bench/target/profile/ for `jfr print` or JDK Mission Control.
# Needs the project installed (see README.md); builds the bench module if needed.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
STEP=${1:-tokens}
N=${2:-20000}
OUT=$BENCH_DIR/target/profile
SEED=${SEED:-20260101}

(cd "$BENCH_DIR" && mvn -B -q package) || { echo "building bench failed" >&2; exit 1; }
CP="$BENCH_DIR/target/classes:$(cat "$BENCH_DIR/target/classpath.txt")"
mkdir -p "$OUT"
DEFS=$OUT/defs-$N
if [[ ! -f $DEFS/catalog-0000.badges.yaml ]]; then
  java -cp "$CP" dev.unifiedbadges.bench.CatalogGenerator "$DEFS" "$N" --seed "$SEED"
fi
JFR=$OUT/$STEP-$N.jfr
rm -f "$JFR"
REC="-XX:StartFlightRecording=filename=$JFR,settings=profile"
case $STEP in
  tokens)
    rm -rf "$OUT/out-$N"
    java "$REC" -cp "$CP" dev.unifiedbadges.bench.BenchMain tokens "$DEFS" "$OUT/out-$N" --verbose
    ;;
  full)
    java "$REC" -cp "$CP" dev.unifiedbadges.bench.InProcessBench full "$DEFS" "$OUT/work-$N" \
      --warmup "${INPROC_WARMUP:-2}" --runs "${INPROC_RUNS:-5}" --noop-runs "${NOOP_RUNS:-5}" | grep -v '^RESULT'
    ;;
  *)
    echo "usage: profile.sh tokens|full [pairings]" >&2
    exit 2
    ;;
esac
java -cp "$CP" dev.unifiedbadges.bench.JfrSummary "$JFR" "${TOP:-30}" | tee "$OUT/$STEP-$N.txt"
echo "recording: $JFR; summary: $OUT/$STEP-$N.txt" >&2
