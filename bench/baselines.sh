#!/usr/bin/env bash
# Every baseline here and in scikit-learn on the same data, one model at a time:
#   bench/baselines.sh [train rows (3000)] [test rows (2000)] [model ...]   (or ./blindspots bench-baselines)
#   BENCH_SEEDS=N fits each model N times on each side (medians, accuracy ranges)
# Installs Debian's python3-sklearn when missing (as root), packages baseline-trainer when its jar is missing, and runs
# the fits here with the service's own heap (deploy/jvm-options.properties).
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-3000}; tests=${2:-2000}; shift $(( $# > 2 ? 2 : $# )) || true
python=/usr/bin/python3
if ! "$python" -c 'import sklearn' 2>/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-sklearn >/dev/null
fi
app=baseline-trainer/target/quarkus-app
if [[ ! -d $app/lib/main || ! -d baseline-trainer/target/classes ]]; then
  ./mvnw -o -B -q -pl baseline-trainer -am package -DskipTests
fi
flags() { sed -n "s/^$1=//p" deploy/jvm-options.properties; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2046
java $(flags all) $(flags baseline-trainer.memory) -Dseeds="${BENCH_SEEDS:-1}" -cp "baseline-trainer/target/classes:$app/lib/main/*" \
  io.blindspots.baseline.bench.BaselineBench "$rows" "$tests" "$work" "$python" bench/sklearn_fit.py "$@" \
  2> >(grep -v -e '^SLF4J' -e 'SLF4JServiceProvider' >&2) # the service's log binding has no log manager outside Quarkus
