#!/usr/bin/env bash
# The portal's load benchmark, one command (README "Benchmark"):
#
#   scripts/benchmark.sh                       # 500 users, 60 s ramp, 180 s each, 200 parked sessions per kind
#   USERS=50 DURATION=60 PARKED=50 scripts/benchmark.sh     # a short smoke run
#   WARMUP=0 scripts/benchmark.sh              # no warm-up run (100 users, 60 s) before the measured load runs
#
# 1. builds the production jar (./mvnw -Pproduction package -DskipTests; SKIP_BUILD=1 reuses target/*.jar);
# 2. starts PostgreSQL, SMTP and Keycloak as the local run does (localstack.StackOnly, test scope; data in
#    target/bench/, new for every run so each one measures the same day: first registrations, first drafts; KEEP_DATA=1
#    reuses it), creates one Keycloak user per concurrent virtual user (scripts/load-users.sh);
# 3. starts the jar against them (prod profile, demo data) and measures start to first successful
#    /actuator/health/readiness, then again with class-data sharing (CDS, Spring Boot's documented way);
# 4. parks N sessions of each kind (anonymous landing, official home, company factory calendar) and reads the live
#    heap after a full GC (jcmd GC.run + GC.heap_info) before and with them;
# 5. runs the Gatling simulation (load/, PortalDaySimulation) and prints per request group p50/p95/p99, errors,
#    throughput, the portal's and Keycloak's CPU, and Keycloak logins per CPU-second.
# Gatling's HTML report: target/gatling/<simulation>-<time>/index.html. All figures: target/bench/summary.txt.
# Ports: portal 18080, PostgreSQL 15432, Keycloak 18180, SMTP 13025, mailbox page 18025. Stops all it started.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

USERS=${USERS:-500}
LOAD_RUNS=${LOAD_RUNS:-$USERS}
for n in $LOAD_RUNS; do [ "$n" -gt "$USERS" ] && USERS=$n; done # users are created for the largest run
RAMP=${RAMP:-60}
DURATION=${DURATION:-180}
MIX=${MIX:-40,30,15,15}
PARKED=${PARKED:-200}
THINK=${THINK:-2}
PORT=${PORT:-18080}
PG_PORT=${PG_PORT:-15432}
KC_PORT=${KC_PORT:-18180}
SMTP_PORT=${SMTP_PORT:-13025}
MAILBOX_PORT=${MAILBOX_PORT:-18025}
STARTS=${STARTS:-1}     # 0: skip the start-time measurements (plain and CDS)
PORTAL_JAVA_OPTS=${PORTAL_JAVA_OPTS:--Xms256m -Xmx2g}
OUT=target/bench
mkdir -p "$OUT"
SUMMARY=$OUT/summary.txt
: > "$SUMMARY"

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; break
    fi
  done
fi
JAVA=$JAVA_HOME/bin/java
command -v jq >/dev/null && command -v psql >/dev/null || {
  echo "[bench] needs jq and psql (apt-get install jq postgresql-client)"; exit 1; }

log() { echo "[bench] $*"; }
figure() { echo "$*" | tee -a "$SUMMARY"; }
load_now() { cut -d' ' -f1-3 /proc/loadavg; }
settle() { # wait (up to 2 min) until the machine is quiet again, so a start figure measures the start
  for _ in $(seq 1 120); do awk '{ exit !($1 < 1.5) }' /proc/loadavg && return 0; sleep 1; done; }
machine_busy_seconds() { # all CPUs, since boot: user + nice + system + irq + softirq + steal
  awk -v hz="$(getconf CLK_TCK)" '/^cpu / { print ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; }
cpu_seconds() { # user+system CPU seconds of a process and its children that were waited for
  awk -v hz="$(getconf CLK_TCK)" '{ print ($14 + $15 + $16 + $17) / hz }' "/proc/$1/stat" 2>/dev/null || echo 0; }

STACK_PID=""; PORTAL_PID=""
stop_pid() { # TERM, wait up to 30 s, then KILL: only the processes this script started
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() { stop_pid "$PORTAL_PID"; stop_pid "$STACK_PID"; }
trap cleanup EXIT INT TERM

# ---- 1. build -------------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/innocluster-portal-*.jar >/dev/null 2>&1; then
  log "building the production jar (./mvnw -Pproduction package -DskipTests) ..."
  ./mvnw -q -Pproduction package -DskipTests
fi
JAR=${JAR:-$(ls target/innocluster-portal-*.jar | grep -v original | head -1)}
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$OUT/test-classpath.txt" -Dmdep.includeScope=test
./mvnw -q -f load/pom.xml test-compile
KC_HOME=$(ls -d "$ROOT"/target/keycloak/keycloak-* | head -1)

# ---- 2. PostgreSQL, SMTP, Keycloak ------------------------------------------------------------------------------------
log "starting PostgreSQL :$PG_PORT, SMTP, Keycloak :$KC_PORT (first start about a minute) ..."
rm -f "$OUT/stack.env"
[ "${KEEP_DATA:-0}" = 1 ] || rm -rf "$OUT/postgres" "$OUT/keycloak"
KC_BOOTSTRAP_ADMIN_USERNAME=benchadmin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-pass \
  "$JAVA" -cp "target/test-classes:target/classes:$(cat "$OUT/test-classpath.txt")" -Dkeycloak.home="$KC_HOME" \
  kr.innocluster.portal.localstack.StackOnly data="$OUT" pg="$PG_PORT" kc="$KC_PORT" smtp="$SMTP_PORT" mailbox="$MAILBOX_PORT" \
  portal="http://localhost:$PORT" env="$OUT/stack.env" > "$OUT/stack.log" 2>&1 &
STACK_PID=$!
for _ in $(seq 1 600); do
  [ -f "$OUT/stack.env" ] && break
  kill -0 "$STACK_PID" 2>/dev/null || { tail -30 "$OUT/stack.log"; exit 1; }
  sleep 0.5
done
[ -f "$OUT/stack.env" ] || { log "the stack did not start"; exit 1; }
KC_JAVA_PID=$(pgrep -f "kc.home.dir=$KC_HOME" | head -1 || true)
PGURI="postgresql://postgres@localhost:$PG_PORT/portal"

IFS=, read -r M_ANON M_ATT M_COM M_OFF <<< "$MIX"
N_ATT=$(( USERS * M_ATT / 100 )); N_COM=$(( USERS * M_COM / 100 )); N_OFF=$(( USERS * M_OFF / 100 ))
[ "$PARKED" -gt "$N_COM" ] && N_COM_USERS=$PARKED || N_COM_USERS=$N_COM
[ "$PARKED" -gt "$N_OFF" ] && N_OFF_USERS=$PARKED || N_OFF_USERS=$N_OFF

# ---- 3. the portal, start time -----------------------------------------------------------------------------------------
start_portal() { # $1 = label, rest = java arguments before -jar; sets PORTAL_PID, READY_MS, READY_CPU
  local label=$1; shift
  local t0; t0=$(date +%s%N)
  ( set -a; . "$OUT/stack.env"; set +a
    export SPRING_PROFILES_ACTIVE=prod PORT="$PORT"
    # start figures as production starts: no demo data (its idempotent check runs before readiness)
    case $label in plain|cds|aot) export DEMO_DATA=false ;; esac
    # shellcheck disable=SC2086
    exec "$JAVA" $PORTAL_JAVA_OPTS "$@" ) > "$OUT/portal-$label.log" 2>&1 &
  PORTAL_PID=$!
  until curl -sf "http://localhost:$PORT/actuator/health/readiness" >/dev/null 2>&1; do
    kill -0 "$PORTAL_PID" 2>/dev/null || { tail -40 "$OUT/portal-$label.log"; exit 1; }
    sleep 0.1
  done
  READY_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
  READY_CPU=$(cpu_seconds "$PORTAL_PID")
}

# the first start on a fresh database migrates it and loads demo data: not what the target is about (the start
# figures below are taken with the data in place, as a production restart finds it)
log "first start (migrations, demo data) ..."
start_portal warmup -jar "$JAR"
stop_pid "$PORTAL_PID"

log "creating load users: $N_ATT attendees, $N_COM_USERS companies, $N_OFF_USERS officials ..."
KC_URL="http://localhost:$KC_PORT" PGURI="$PGURI" scripts/load-users.sh "$N_ATT" "$N_COM_USERS" "$N_OFF_USERS"

figure "== InnoCluster Portal benchmark $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(java_major "$JAVA_HOME") JDK"
if [ "$STARTS" = 1 ]; then
settle; LOAD=$(load_now); start_portal plain -jar "$JAR"
figure "$(printf 'start to readiness (plain jar)     %6d ms, %5.1f CPU-s   target < 6000 ms    load %s' "$READY_MS" "$READY_CPU" "$LOAD")"
stop_pid "$PORTAL_PID"

# CDS, Spring Boot's documented way: extract, one training run that exits after the context refresh, then the archive
CDS=$ROOT/$OUT/cds
rm -rf "$CDS"
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination "$CDS" >/dev/null
CDS_JAR=$(ls "$CDS"/*.jar | head -1)
( set -a; . "$OUT/stack.env"; set +a; export SPRING_PROFILES_ACTIVE=prod PORT="$PORT" DEMO_DATA=false
  cd "$CDS" && "$JAVA" -XX:ArchiveClassesAtExit=application.jsa -Dspring.context.exit=onRefresh -jar "$CDS_JAR" ) \
  > "$OUT/portal-cds-training.log" 2>&1 || true
if [ -f "$CDS/application.jsa" ]; then
  settle; LOAD=$(load_now); start_portal cds -XX:SharedArchiveFile="$CDS/application.jsa" -jar "$CDS_JAR"
  figure "$(printf 'start to readiness (CDS)           %6d ms, %5.1f CPU-s   target < 4000 ms    load %s' "$READY_MS" "$READY_CPU" "$LOAD")"
  stop_pid "$PORTAL_PID"
else
  figure "start to readiness (CDS)           no archive written, see $OUT/portal-cds-training.log"
fi
# JDK 25: the AOT cache (JEP 483/514/515, CDS's successor: classes loaded and linked, method profiles), the same
# training run as above with -XX:AOTCacheOutput, documented by Spring Boot next to CDS
if [ "$(java_major "$JAVA_HOME")" -ge 25 ]; then
  ( set -a; . "$OUT/stack.env"; set +a; export SPRING_PROFILES_ACTIVE=prod PORT="$PORT" DEMO_DATA=false
    cd "$CDS" && "$JAVA" -XX:AOTCacheOutput=application.aot -Dspring.context.exit=onRefresh -jar "$CDS_JAR" ) \
    > "$OUT/portal-aot-training.log" 2>&1 || true
  if [ -f "$CDS/application.aot" ]; then
    settle; LOAD=$(load_now); start_portal aot -XX:AOTCache="$CDS/application.aot" -jar "$CDS_JAR"
    figure "$(printf 'start to readiness (AOT cache)     %6d ms, %5.1f CPU-s   target < 4000 ms    load %s' "$READY_MS" "$READY_CPU" "$LOAD")"
    stop_pid "$PORTAL_PID"
  else
    figure "start to readiness (AOT cache)     no cache written, see $OUT/portal-aot-training.log"
  fi
fi
fi

log "starting the portal for the load run ..."
start_portal run -jar "$JAR"
PID=$PORTAL_PID

# ---- 4. live heap per parked session -------------------------------------------------------------------------------------
live_heap_kb() { # after a full GC
  jcmd "$PID" GC.run >/dev/null
  sleep 1
  jcmd "$PID" GC.heap_info | grep -o 'used [0-9]*K' | head -1 | tr -dc '0-9'
}
gatling() { # simulation class, then -D options
  local simulation=$1; shift
  ./mvnw -q -f load/pom.xml gatling:test -Dgatling.simulationClass="kr.innocluster.load.$simulation" \
    -DbaseUrl="http://localhost:$PORT" "$@"
}
# warm the JIT a little so the first parked UIs do not carry one-time costs (class loading, caches)
gatling ParkedSessionsSimulation -Dkind=anonymous -Dsessions=20 -Dpark=1 -Dramp=5 > "$OUT/gatling-warmup.log" 2>&1 || true
# Two batches of N parked sessions per kind: the figure is what the SECOND batch adds (the first one also fills
# one-time caches, some of them softly referenced, which a full GC may or may not clear: that made single-batch
# figures jump by tens of KB between runs). Also printed: Vaadin state nodes per UI (a class histogram).
park_batch() { # kind, batch number; leaves Gatling parked, sets GATLING_PID
  rm -f "$OUT/parked.ready"
  gatling ParkedSessionsSimulation -Dkind="$1" -Dsessions="$PARKED" -Dpark=150 -Dramp=30 \
    -DreadyFile="$ROOT/$OUT/parked.ready" > "$OUT/gatling-parked-$1-$2.log" 2>&1 &
  GATLING_PID=$!
  for _ in $(seq 1 600); do [ -f "$OUT/parked.ready" ] && break; kill -0 $GATLING_PID 2>/dev/null || break; sleep 0.5; done
  sleep 3
}
count_of() { jcmd "$PID" GC.class_histogram | awk -v c="$1" '$4 == c { print $2 }' | head -1; }
for kind in anonymous official company; do
  h0=$(live_heap_kb); uis0=$(count_of com.vaadin.flow.component.UI); nodes0=$(count_of com.vaadin.flow.internal.StateNode)
  park_batch "$kind" 1; FIRST=$GATLING_PID
  h1=$(live_heap_kb)
  park_batch "$kind" 2; SECOND=$GATLING_PID
  LOAD=$(load_now)
  h2=$(live_heap_kb); uis2=$(count_of com.vaadin.flow.component.UI); nodes2=$(count_of com.vaadin.flow.internal.StateNode)
  figure "$(printf 'live heap per session %-10s  %6d KB (2nd batch: %d KB -> %d KB; 1st batch: %d KB each; %d sessions per batch, %d UIs open, %d state nodes per UI)  target <= 200 KB  load %s' \
    "$kind" $(( (h2 - h1) / PARKED )) "$h1" "$h2" $(( (h1 - h0) / PARKED )) "$PARKED" "$(( ${uis2:-0} - ${uis0:-0} ))" \
    $(( (${nodes2:-0} - ${nodes0:-0}) / ( (${uis2:-0} - ${uis0:-0}) > 0 ? (${uis2:-0} - ${uis0:-0}) : 1 ) )) "$LOAD")"
  kill "$FIRST" "$SECOND" 2>/dev/null || true; wait "$FIRST" "$SECOND" 2>/dev/null || true
done

# ---- 5. the load run --------------------------------------------------------------------------------------------------
# A warm-up first (WARMUP users for WARMUP_DURATION s, every scenario; WARMUP=0: none): a portal node that has served
# traffic for a minute has its hot code compiled; without it the measured run also times the JIT compiling under load.
WARMUP=${WARMUP:-100}
[ "$WARMUP" -gt "$USERS" ] && WARMUP=$USERS # only as many as there are load users
if [ "$WARMUP" -gt 0 ]; then
  log "warm-up: $WARMUP users, ${WARMUP_DURATION:-60} s (not measured) ..."
  gatling PortalDaySimulation -Dusers="$WARMUP" -Dmix="$MIX" -Dramp=20 -Dduration="${WARMUP_DURATION:-60}" \
    -Dthink="$THINK" > "$OUT/gatling-warmup-load.log" 2>&1 || log "the warm-up reported failures (see $OUT/gatling-warmup-load.log)"
  figure "warm-up before the load runs: $WARMUP users, ${WARMUP_DURATION:-60} s, not measured"
  sleep 10
fi
# LOAD_RUNS: one or more user counts, one run each, e.g. LOAD_RUNS="500 250" (the first is USERS by default)
for users in ${LOAD_RUNS:-$USERS}; do
  log "load: $users users (mix $MIX), ramp $RAMP s, $DURATION s each ..."
  m0=$(machine_busy_seconds); cpu0=$(cpu_seconds "$PID"); kc0=$( [ -n "$KC_JAVA_PID" ] && cpu_seconds "$KC_JAVA_PID" || echo 0); t0=$(date +%s)
  LOAD_START=$(load_now)
  gatling PortalDaySimulation -Dusers="$users" -Dmix="$MIX" -Dramp="$RAMP" -Dduration="$DURATION" -Dthink="$THINK" \
    -DroundTrips="$ROOT/$OUT/roundtrips-$users.txt" > "$OUT/gatling-load-$users.log" 2>&1 || log "Gatling reported failures (see $OUT/gatling-load-$users.log)"
  LOAD_END=$(load_now)
  m1=$(machine_busy_seconds); cpu1=$(cpu_seconds "$PID"); kc1=$( [ -n "$KC_JAVA_PID" ] && cpu_seconds "$KC_JAVA_PID" || echo 0); t1=$(date +%s)
  REPORT=$(ls -td target/gatling/portaldaysimulation-* | head -1)
  figure ""
  figure "== load: $users users (mix anonymous,attendee,company,official = $MIX), ramp $RAMP s, $DURATION s, think $THINK±$(echo "$THINK/2" | bc -l | cut -c1-3) s; load at start $LOAD_START, at end $LOAD_END"
  python3 scripts/gatling-summary.py "$REPORT/index.html" | tee -a "$SUMMARY"
  [ -f "$OUT/roundtrips-$users.txt" ] && tee -a "$SUMMARY" < "$OUT/roundtrips-$users.txt"
  wall=$(( t1 - t0 ))
  figure "$(awk -v a="$cpu0" -v b="$cpu1" -v w="$wall" 'BEGIN { printf "portal CPU: %.0f CPU-s in %d s = %.2f cores on average", b - a, w, (b - a) / w }')"
  figure "$(awk -v a="$cpu0" -v b="$cpu1" -v n="$(python3 scripts/gatling-summary.py "$REPORT/index.html" --all 2>/dev/null || echo 0)" 'BEGIN { if (n > 0) printf "portal CPU per request: %.1f ms (%d requests)", 1000 * (b - a) / n, n }')"
  figure "$(awk -v m0="$m0" -v m1="$m1" -v a="$cpu0" -v b="$cpu1" -v k0="$kc0" -v k1="$kc1" -v w="$wall" -v c="$(nproc)" 'BEGIN { m = m1 - m0; printf "machine: %.2f of %d cores busy on average (portal %.2f, Keycloak %.2f, the rest: Gatling, PostgreSQL, the OS %.2f)", m / w, c, (b - a) / w, (k1 - k0) / w, (m - (b - a) - (k1 - k0)) / w }')"
  logins=$(python3 scripts/gatling-summary.py "$REPORT/index.html" --count "sign-in: submit credentials")
  figure "$(awk -v a="$kc0" -v b="$kc1" -v w="$wall" -v n="$logins" 'BEGIN { c = b - a; printf "Keycloak: %d password logins, %.0f CPU-s (all its work) = %.1f logins per CPU-second (sizing guide: 15 per vCPU)", n, c, (c > 0 ? n / c : 0) }')"
  figure "heap after the run: $(live_heap_kb) KB live; RSS $(awk '/VmRSS/ { print $2 " KB" }' "/proc/$PID/status")"
  figure "Gatling report: $REPORT/index.html"
  sleep 20 # let the previous run's sessions settle before the next one
done
log "figures written to $SUMMARY"
