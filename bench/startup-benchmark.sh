#!/usr/bin/env bash
# Start-up time of bin/run (issue 16): the README's first command from a fresh clone, on the embedded H2
# database with the demo data and the demo population. Each variant is a fresh `git clone` of this
# repository at a revision, with a built WAR and Payara Micro copied in (the build is not timed); each
# round starts each variant twice: the first start (an empty ./data: migrations, regions, demo data, demo
# population) and a restart on the data it left. Timed from bin/run's launch to its "is running" banner;
# the server log's timestamps (logs/console.log) give the phases. Variants alternate within a round, so
# that a busy machine slows all of them alike.
#   bench/startup-benchmark.sh [rounds] [label=revision:war ...]
# Default: 3 rounds of one variant, this checkout's HEAD with modules/web/target/canbao.war. E.g.
#   bench/startup-benchmark.sh 3 before=main:/tmp/before.war after=HEAD:modules/web/target/canbao.war
# JAVA_OPTS passes through to bin/run (e.g. a JFR recording). Needs the WARs built.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
ROUNDS=${1:-3}
shift || true
VARIANTS=("$@")
[ ${#VARIANTS[@]} -gt 0 ] || VARIANTS=("HEAD=HEAD:modules/web/target/canbao.war")
PAYARA_VERSION=$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml)
MICRO=${MICRO:-$HOME/.m2/repository/fish/payara/extras/payara-micro/$PAYARA_VERSION/payara-micro-$PAYARA_VERSION.jar}
[ -f "$MICRO" ] || { echo "Payara Micro not found at $MICRO (set MICRO)"; exit 1; }
WORK=$(mktemp -d /tmp/canbao-startup.XXXXXX)
RUN=
cleanup() {
  if [ -n "$RUN" ]; then kill "$RUN" 2> /dev/null || true; wait "$RUN" 2> /dev/null || true; fi
  rm -rf "$WORK"
}
trap cleanup EXIT
unset CANBAO_DB_URL CANBAO_DB_DRIVER CANBAO_DB_USER CANBAO_DB_PASSWORD CANBAO_MODE CANBAO_DEMO_POPULATION

for v in "${VARIANTS[@]}"; do
  label=${v%%=*} spec=${v#*=}
  rev=${spec%%:*} war=${spec#*:}
  [[ $war = /* ]] || war=$ROOT/$war
  git clone -q "$ROOT" "$WORK/$label"
  git -C "$WORK/$label" checkout -q "$(git rev-parse "$rev")"
  mkdir -p "$WORK/$label/modules/web/target" "$WORK/$label/target/runtime"
  cp "$war" "$WORK/$label/modules/web/target/canbao.war" # newer than the clone's sources: no build
  cp "$MICRO" "$WORK/$label/target/runtime/payara-micro.jar"
  echo "==> $label: $(git -C "$WORK/$label" log -1 --format='%h %s' | cut -c1-80) with $war"
done

# seconds from launch ($1, epoch ms) to the first console-log record matching each marker
phases() {
  python3 - "$1" "$2" << 'EOF'
import re, sys
from datetime import datetime
launch, log = int(sys.argv[1]), sys.argv[2]
marks = [("jvm", "Payara Micro Runtime directory"), ("booted", "startup time : Embedded"),
         ("hibernate", "HHH000204"), ("cdi", "WELD-000900"), ("flyway", "Schema reporting:"),
         ("regions", "Demo regions songgai-villages"), ("kernel", "Demo accounts created"),
         ("population", "Demo population of"), ("deployed", "successfully deployed"),
         ("ready", r"Payara Micro .* ready in")]
seen = {}
for line in open(log, encoding="utf-8", errors="replace"):
    m = re.match(r"\[(\d{4}-\d\d-\d\dT[\d:.]+[+-]\d{4})\]", line)
    if not m:
        continue
    t = datetime.strptime(m.group(1), "%Y-%m-%dT%H:%M:%S.%f%z").timestamp() * 1000
    for name, pattern in marks:
        if name not in seen and re.search(pattern, line):
            seen[name] = (t - launch) / 1000
print(" ".join(f"{n}={seen[n]:.1f}" if n in seen else f"{n}=-" for n, _ in marks))
EOF
}

start() { # label, kind (first|restart): one timed start; prints its line
  local dir=$WORK/$1 port t0 t1
  [ "$2" = first ] && rm -rf "$dir/data" "$dir/logs"
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  t0=$(date +%s%3N)
  (cd "$dir" && PORT=$port exec bin/run > "$dir/run.log" 2>&1) &
  RUN=$!
  until grep -q "is running" "$dir/run.log" 2> /dev/null; do
    kill -0 "$RUN" 2> /dev/null || { cat "$dir/run.log"; tail -30 "$dir/logs/console.log"; exit 1; }
    sleep 0.1
  done
  t1=$(date +%s%3N)
  cp "$dir/logs/console.log" "$WORK/console.log"
  kill "$RUN"
  wait "$RUN" 2> /dev/null || true
  RUN=
  printf '%-8s %-8s %6.1f s   %s\n' "$1" "$2" "$(echo "($t1 - $t0) / 1000" | bc -l)" "$(phases "$t0" "$WORK/console.log")"
}

echo "==> $ROUNDS round(s) on $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB; load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "variant  start    ready      phases (s from launch)"
for r in $(seq 1 "$ROUNDS"); do
  for v in "${VARIANTS[@]}"; do
    start "${v%%=*}" first
    start "${v%%=*}" restart
  done
done
echo "==> load at the end $(cut -d' ' -f1-3 /proc/loadavg)"
