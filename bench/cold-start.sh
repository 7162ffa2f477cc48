#!/usr/bin/env bash
# Cold start: the plugin's own figure ("… in N ms" in its Badges: line) over fresh Maven JVMs,
# each generating the example (the built-in catalog: 11 domains, 47 pairings) into a new
# directory, so every run is a first run in a new JVM. Prints each run and the median.
#
#   bench/cold-start.sh            # 5 runs
#   RUNS=9 bench/cold-start.sh
#   MAVEN_REPO=/path/to/repo bench/cold-start.sh   # run a plugin installed in another repository
#
# Needs the plugin installed (mvn -B install -DskipTests at the root). The formatting check is
# skipped (-Dspotless.check.skip): it is not the plugin's time and would only add noise.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUNS=${RUNS:-5}
REPO_ARGS=()
[[ -n ${MAVEN_REPO:-} ]] && REPO_ARGS=("-Dmaven.repo.local=$MAVEN_REPO")
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
figures=()
for ((i = 1; i <= RUNS; i++)); do
  line=$(mvn -B -o "${REPO_ARGS[@]}" -f "$ROOT/examples/tenantatlas/pom.xml" -Dspotless.check.skip=true \
    generate-resources "-Dbadges.outputDirectory=$WORK/run-$i" 2>&1 | grep -m1 '^\[INFO\] Badges:' || true)
  ms=$(sed -n 's/.* in \([0-9][0-9]*\) ms.*/\1/p' <<<"$line")
  [[ -n $ms ]] || { echo "cold-start.sh: run $i printed no Badges: line (is the plugin installed?)" >&2; exit 1; }
  [[ $line == *"0 unchanged"* ]] || { echo "cold-start.sh: run $i was not a fresh run: $line" >&2; exit 1; }
  echo "run $i: $ms ms"
  figures+=("$ms")
done
median=$(printf '%s\n' "${figures[@]}" | sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}')
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "RESULT cold_start_ms=${figures[*]} median=$median"
