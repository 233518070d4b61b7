#!/usr/bin/env bash
# Two portal nodes behind HAProxy on one PostgreSQL and a two-node Keycloak cluster, all on localhost (README
# "Scale out"), then a failover test: the load simulation runs against HAProxy and one portal node is killed with
# SIGKILL in the middle of it.
#
#   scripts/scale-out.sh                 # 60 users, 150 s, node 1 killed 60 s after the start of the load
#   USERS=100 DURATION=200 KILL_AFTER=80 scripts/scale-out.sh
#   KEEP=1 scripts/scale-out.sh          # leave everything running afterwards (Ctrl-C stops it)
#
# What runs where:
#   PostgreSQL 15 (embedded)   localhost:15432   databases portal (both portal nodes) and keycloak (both Keycloak nodes)
#   SMTP + mailbox page        localhost:13025, http://localhost:18025 (received mails as text: :18026/received)
#   Keycloak node 1 / 2        http://localhost:18180 / :18181 ("start" mode, one Infinispan cluster, discovery through
#                              the database: jdbc-ping; management :19001 / :19002; JGroups :7801 / :7802)
#   portal node 1 / 2          http://localhost:18080 / :18081 (production jar, prod profile; demo data on node 1)
#   HAProxy                    http://localhost:18000 (sticky cookie SRV), statistics http://localhost:18001
# Data lives in target/scale/ and is reset by every run. Needs: a JDK >= 21, haproxy (apt-get install haproxy), jq,
# psql (postgresql-client), curl. Output: target/scale/summary.txt and the Gatling report under target/gatling/.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

USERS=${USERS:-60}
RAMP=${RAMP:-20}
DURATION=${DURATION:-150}
KILL_AFTER=${KILL_AFTER:-60}
MIX=${MIX:-40,30,15,15}
OUT=$ROOT/target/scale
PG_PORT=15432
LB=http://localhost:18000
SUMMARY=$OUT/summary.txt

java_major() { "$1/bin/java" -version 2>&1 | sed -n 's/.*version "\([0-9]*\).*/\1/p' | head -1; }
if [ -z "${JAVA_HOME:-}" ] || [ "$(java_major "$JAVA_HOME")" -lt 21 ] 2>/dev/null; then
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/temurin-21-jdk-amd64 /usr/lib/jvm/*; do
    if [ -x "$candidate/bin/java" ] && [ "$(java_major "$candidate")" -ge 21 ] 2>/dev/null; then
      export JAVA_HOME="$candidate"; break
    fi
  done
fi
JAVA=$JAVA_HOME/bin/java
for tool in haproxy jq psql curl; do
  command -v $tool >/dev/null || { echo "[scale] needs $tool (apt-get install haproxy jq postgresql-client curl)"; exit 1; }
done

log() { echo "[scale] $(date -u +%H:%M:%S) $*"; }
figure() { echo "$*" | tee -a "$SUMMARY"; }
load_now() { cut -d' ' -f1-3 /proc/loadavg; }

PIDS=()
stop_pid() {
  local pid=$1
  kill -0 "$pid" 2>/dev/null || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.5; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  for (( i=${#PIDS[@]}-1; i>=0; i-- )); do stop_pid "${PIDS[$i]}"; done
}
trap cleanup EXIT INT TERM

wait_http() { # url, seconds, pid to watch
  for _ in $(seq 1 $(( $2 * 2 ))); do
    curl -sf -o /dev/null "$1" && return 0
    [ -n "${3:-}" ] && ! kill -0 "$3" 2>/dev/null && return 1
    sleep 0.5
  done
  return 1
}

# ---- build --------------------------------------------------------------------------------------------------------------
if [ "${SKIP_BUILD:-0}" != 1 ] || ! ls target/innocluster-portal-*.jar >/dev/null 2>&1; then
  log "building the production jar ..."
  ./mvnw -q -Pproduction package -DskipTests
fi
JAR=$(ls "$ROOT"/target/innocluster-portal-*.jar | grep -v original | head -1)
./mvnw -q dependency:build-classpath -Dmdep.outputFile="$ROOT/target/test-classpath.txt" -Dmdep.includeScope=test
./mvnw -q -f load/pom.xml test-compile

rm -rf "$OUT/postgres" "$OUT"/*.log "$OUT/realm" "$OUT/stack.env"
mkdir -p "$OUT/realm"
: > "$SUMMARY"

# ---- PostgreSQL + SMTP (no Keycloak: the cluster below) ------------------------------------------------------------------
log "PostgreSQL :$PG_PORT and SMTP ..."
"$JAVA" -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/test-classpath.txt")" \
  kr.innocluster.portal.localstack.StackOnly data=target/scale pg=$PG_PORT kc=0 issuer-port=18180 \
  portal=$LB env="$OUT/stack.env" realm="$OUT/realm/innocluster-realm.json" > "$OUT/stack.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do [ -f "$OUT/stack.env" ] && break; sleep 0.5; done
[ -f "$OUT/stack.env" ] || { tail -20 "$OUT/stack.log"; exit 1; }
PGURI="postgresql://postgres@localhost:$PG_PORT"
psql -q "$PGURI/postgres" -c "create database keycloak" 2>/dev/null || true

# ---- Keycloak cluster --------------------------------------------------------------------------------------------------
KC_DIST=$(ls -d "$ROOT"/target/keycloak/keycloak-* | head -1)
KC=$OUT/keycloak
if [ ! -x "$KC/bin/kc.sh" ]; then
  log "copying Keycloak to $KC and building it for PostgreSQL + Infinispan cluster (once) ..."
  rm -rf "$KC"; cp -r "$KC_DIST" "$KC"; rm -rf "$KC/data"
  "$KC/bin/kc.sh" build --db=postgres --cache=ispn --health-enabled=true > "$OUT/keycloak-build.log" 2>&1
fi
mkdir -p "$KC/data/import"
cp "$OUT/realm/innocluster-realm.json" "$KC/data/import/"
SMTP_PORT_VALUE=$(grep '^SMTP_PORT=' "$OUT/stack.env" | cut -d= -f2)
start_keycloak() { # node number, extra args
  local n=$1; shift
  ( export KC_BOOTSTRAP_ADMIN_USERNAME=benchadmin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-pass \
      SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT_VALUE" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
      JAVA_OPTS_APPEND="-Djgroups.bind.address=127.0.0.1 -Djgroups.bind.port=$((7800 + n))"
    exec "$KC/bin/kc.sh" start --optimized --http-enabled=true --http-port=$((18179 + n)) \
      --http-management-port=$((19000 + n)) --hostname=http://localhost:18180 \
      --db-url="jdbc:postgresql://localhost:$PG_PORT/keycloak" --db-username=postgres --db-password=unused \
      --cache=ispn --cache-stack=jdbc-ping "$@" ) > "$OUT/keycloak$n.log" 2>&1 &
  PIDS+=($!)
  eval "KC${n}_PID=$!"
}
log "Keycloak node 1 (imports the realm) ..."
start_keycloak 1 --import-realm
wait_http http://localhost:18180/realms/innocluster/.well-known/openid-configuration 300 "$KC1_PID" \
  || { tail -30 "$OUT/keycloak1.log"; exit 1; }
log "Keycloak node 2 ..."
start_keycloak 2
wait_http http://localhost:18181/realms/innocluster/.well-known/openid-configuration 300 "$KC2_PID" \
  || { tail -30 "$OUT/keycloak2.log"; exit 1; }
sleep 5

figure "== scale-out $(date -u '+%Y-%m-%d %H:%M UTC'), load $(load_now)"
figure "Keycloak cluster views (node 1 log): $(grep -o 'ISPN000094: Received new cluster view[^]]*]' "$OUT/keycloak1.log" | tail -1)"
figure "Keycloak cluster views (node 2 log): $(grep -o 'ISPN000094: Received new cluster view[^]]*]' "$OUT/keycloak2.log" | tail -1)"
# a sign-in on node 1 is valid on node 2 (the user session lives in the cluster and the shared database)
TOKENS=$(curl -sf -d grant_type=password -d client_id=admin-cli -d username=attendee -d password=demo1234 \
  http://localhost:18180/realms/innocluster/protocol/openid-connect/token || echo '{}')
AT=$(echo "$TOKENS" | jq -r '.access_token // empty'); RT=$(echo "$TOKENS" | jq -r '.refresh_token // empty')
if [ -n "$AT" ]; then
  WHO=$(curl -s -H "Authorization: Bearer $AT" http://localhost:18181/realms/innocluster/protocol/openid-connect/userinfo | jq -r '.preferred_username // "refused"')
  REFRESHED=$(curl -s -d grant_type=refresh_token -d client_id=admin-cli -d "refresh_token=$RT" \
    http://localhost:18181/realms/innocluster/protocol/openid-connect/token | jq -r 'if .access_token then "ok" else (.error // "refused") end')
  figure "sign-in on Keycloak node 1, userinfo on node 2: $WHO; refresh on node 2: $REFRESHED"
else
  figure "sign-in on Keycloak node 1 failed: $TOKENS"
fi

# ---- portal nodes --------------------------------------------------------------------------------------------------------
start_portal() { # node number, demo data
  local n=$1 demo=$2
  ( set -a; . "$OUT/stack.env"; set +a
    export SPRING_PROFILES_ACTIVE=prod PORT=$((18079 + n)) DEMO_DATA=$demo PORTAL_BASE_URL=$LB
    exec "$JAVA" -Xms256m -Xmx1g -jar "$JAR" ) > "$OUT/portal$n.log" 2>&1 &
  PIDS+=($!)
  eval "PORTAL${n}_PID=$!"
}
log "portal node 1 (migrations, demo data) ..."
start_portal 1 true
wait_http http://localhost:18080/actuator/health/readiness 600 "$PORTAL1_PID" || { tail -30 "$OUT/portal1.log"; exit 1; }
log "portal node 2 ..."
start_portal 2 false
wait_http http://localhost:18081/actuator/health/readiness 600 "$PORTAL2_PID" || { tail -30 "$OUT/portal2.log"; exit 1; }

# ---- HAProxy ------------------------------------------------------------------------------------------------------------
ERRORS_DIR=$ROOT/docker/haproxy/errors
if [ ! -f "$ERRORS_DIR/503.http" ]; then
  log "docker/haproxy/errors/503.http is missing (written by the site's design): using a plain fallback"
  ERRORS_DIR=$OUT/errors; mkdir -p "$ERRORS_DIR"
  printf 'HTTP/1.0 503 Service Unavailable\r\nCache-Control: no-cache\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n503 portal unavailable\n' > "$ERRORS_DIR/503.http"
fi
( export LB_BIND="*:18000" PORTAL1=127.0.0.1:18080 PORTAL2=127.0.0.1:18081 STATS_BIND=127.0.0.1:18001 ERRORS_DIR
  exec haproxy -db -f docker/haproxy/haproxy.cfg ) > "$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
wait_http "$LB/actuator/health/readiness" 30 || { tail -20 "$OUT/haproxy.log"; exit 1; }
log "HAProxy on $LB"

# ---- load users ---------------------------------------------------------------------------------------------------------
IFS=, read -r M_ANON M_ATT M_COM M_OFF <<< "$MIX"
KC_URL=http://localhost:18180 PGURI="$PGURI/portal" scripts/load-users.sh $(( USERS * M_ATT / 100 )) \
  $(( USERS * M_COM / 100 )) $(( USERS * M_OFF / 100 ))

if [ "${KEEP:-0}" = 1 ] && [ "${FAILOVER:-1}" = 0 ]; then
  log "running; Ctrl-C stops everything"; wait; exit 0
fi

# ---- failover under load -------------------------------------------------------------------------------------------------
stats_state() { curl -s "http://127.0.0.1:18001/;csv" | awk -F, -v s="$1" '$1 == "portal_nodes" && $2 == s { print $18 }'; }
log "load: $USERS users against $LB for $DURATION s; node 1 is killed after $KILL_AFTER s"
T0=$(date +%s)
./mvnw -q -f load/pom.xml gatling:test -Dgatling.simulationClass=kr.innocluster.load.PortalDaySimulation \
  -DbaseUrl=$LB -Dusers="$USERS" -Dmix="$MIX" -Dramp="$RAMP" -Dduration="$DURATION" \
  -DroundTrips="$OUT/roundtrips.txt" > "$OUT/gatling.log" 2>&1 &
GATLING_PID=$!
sleep "$KILL_AFTER"
kill -9 "$PORTAL1_PID"
T_KILL=$(date +%s%N)
log "portal node 1 killed (SIGKILL)"
until [ "$(stats_state portal1)" = DOWN ]; do sleep 0.1; done
T_DOWN=$(date +%s%N)
# a browser that still carries the cookie of node 1 gets a page again (redispatched to node 2)
until [ "$(curl -s -o /dev/null -w '%{http_code}' -H 'Cookie: SRV=p1' "$LB/")" = 200 ]; do sleep 0.1; done
T_SERVED=$(date +%s%N)
wait "$GATLING_PID" || true
REPORT=$(ls -td "$ROOT"/target/gatling/portaldaysimulation-* | head -1)

figure ""
figure "== failover: $USERS users (mix $MIX), node 1 killed at +$KILL_AFTER s; load now $(load_now)"
figure "$(awk -v k="$T_KILL" -v d="$T_DOWN" -v s="$T_SERVED" 'BEGIN { printf "HAProxy marked node 1 DOWN after %.1f s; a request with the cookie of node 1 was served by node 2 after %.1f s", (d - k) / 1e9, (s - k) / 1e9 }')"
python3 scripts/gatling-summary.py "$REPORT/index.html" | tee -a "$SUMMARY"
[ -f "$OUT/roundtrips.txt" ] && tee -a "$SUMMARY" < "$OUT/roundtrips.txt"
KO=$(python3 - "$REPORT/index.html" <<'PY'
import sys, importlib.util
spec = importlib.util.spec_from_file_location("s", "scripts/gatling-summary.py"); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
for r in m.rows(sys.argv[1]):
    if r["id"] == "ROOT": print(r.get("ko", "0"))
PY
)
figure "errors (KO requests) in the whole run, all of them around the failover: $KO; 'recover' rows above: users that started over on node 2"

count() { python3 scripts/gatling-summary.py "$REPORT/index.html" --count "$1"; }
total() { python3 - "$REPORT/index.html" "$1" <<'PY'
import sys, importlib.util
spec = importlib.util.spec_from_file_location("s", "scripts/gatling-summary.py"); m = importlib.util.module_from_spec(spec); spec.loader.exec_module(m)
print(sum(int(r.get("total", "0").replace(",", "")) for r in m.rows(sys.argv[1]) if r["name"] == sys.argv[2]))
PY
}
REG_OK=$(count "register: submit"); REG_ALL=$(total "register: submit")
REG_ROWS=$(psql -tAq "$PGURI/portal" -c "select count(*) from seminar_registration where email like 'load-att-%'")
APP_OK=$(count "apply (new draft)"); APP_ALL=$(total "apply (new draft)")
APP_ROWS=$(psql -tAq "$PGURI/portal" -c "select count(*) from grant_application a join company c on c.id = a.company_id where c.business_number like '9%'")
check() { if [ "$1" -le "$2" ] && [ "$2" -le "$3" ]; then echo "ok"; else echo "VIOLATED"; fi; }
figure "seminar registrations: succeeded $REG_OK <= rows $REG_ROWS <= attempted $REG_ALL: $(check "$REG_OK" "$REG_ROWS" "$REG_ALL")"
figure "application drafts:    succeeded $APP_OK <= rows $APP_ROWS <= attempted $APP_ALL: $(check "$APP_OK" "$APP_ROWS" "$APP_ALL")"

# mails: every outbox row to a load user was delivered at least once (GreenMail's received list)
sleep 35 # one more dispatcher round (portal.mail.retry-delay 30 s)
OUTBOX=$(psql -tAq "$PGURI/portal" -c "select count(*) from outbound_mail where recipient like 'load-%'")
OUTBOX_SENT=$(psql -tAq "$PGURI/portal" -c "select count(*) from outbound_mail where recipient like 'load-%' and sent_at is not null")
curl -s http://127.0.0.1:18026/received > "$OUT/received.txt" || true
RECEIVED=$(grep -c 'load-' "$OUT/received.txt" || true)
DISTINCT=$(grep 'load-' "$OUT/received.txt" | cut -f1,3 | sort | uniq | wc -l)
MISSING=$(psql -tAq "$PGURI/portal" -c "select recipient || E'\t' || subject from outbound_mail where recipient like 'load-%'" \
  | sort | uniq | comm -23 - <(grep 'load-' "$OUT/received.txt" | awk -F'\t' '{ print $1 "\t" $3 }' | sort | uniq) | grep -c . || true)
figure "mail: $OUTBOX outbox rows to load users ($OUTBOX_SENT marked sent), $RECEIVED received by SMTP ($DISTINCT distinct recipient+subject), missing: $MISSING"
figure "ShedLock (scheduled jobs run on one node at a time): $(psql -tAq "$PGURI/portal" -c "select string_agg(name || ' until ' || to_char(lock_until, 'HH24:MI:SS'), ', ') from shedlock")"
figure "Gatling report: $REPORT/index.html"

if [ "${KEEP:-0}" = 1 ]; then
  log "node 1 stays down; node 2, Keycloak and HAProxy keep running; Ctrl-C stops everything"; wait
fi
