#!/usr/bin/env bash
# Two portal nodes behind HAProxy on one PostgreSQL and a two-node Keycloak cluster, all on localhost (README
# "Scale out"), then a failover test: the load simulation runs against HAProxy and one portal node is killed with
# SIGKILL in the middle of it.
#
#   scripts/scale-out.sh                 # 60 users, 150 s, node 1 killed 60 s after the start of the load
#   USERS=100 DURATION=200 KILL_AFTER=80 scripts/scale-out.sh
#   KEEP=1 scripts/scale-out.sh          # leave everything running afterwards (Ctrl-C stops it)
#
# What runs where (every port can be set by its environment variable; the defaults keep clear of the benchmark stack,
# scripts/benchmark.sh, which may run at the same time on 15432/18080/18180/13025/18025/18026):
#   PostgreSQL 15 (embedded)   localhost:$PG_PORT (16432)  databases portal (both portal nodes) and keycloak (both
#                              Keycloak nodes)
#   SMTP + mailbox page        localhost:$SMTP_PORT (14025), http://localhost:$MAILBOX_PORT (19025); received mails as
#                              text on MAILBOX_PORT + 1 (19026)
#   Keycloak node 1 / 2        http://localhost:$KC1_PORT / $KC2_PORT (19180 / 19181) ("start" mode, one Infinispan
#                              cluster, discovery through the database: jdbc-ping); management $KC1_MGMT / $KC2_MGMT
#                              (19901 / 19902); JGroups $KC1_JGROUPS / $KC2_JGROUPS (7811 / 7812)
#   portal node 1 / 2          http://localhost:$PORTAL1_PORT / $PORTAL2_PORT (19080 / 19081) (production jar, prod
#                              profile; demo data on node 1)
#   HAProxy                    http://localhost:$LB_PORT (19000, sticky cookie SRV), statistics $STATS_PORT (19001)
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
PG_PORT=${PG_PORT:-16432}
SMTP_PORT=${SMTP_PORT:-14025}
MAILBOX_PORT=${MAILBOX_PORT:-19025}
KC1_PORT=${KC1_PORT:-19180}
KC2_PORT=${KC2_PORT:-19181}
KC1_MGMT=${KC1_MGMT:-19901}
KC2_MGMT=${KC2_MGMT:-19902}
KC1_JGROUPS=${KC1_JGROUPS:-7811}
KC2_JGROUPS=${KC2_JGROUPS:-7812}
PORTAL1_PORT=${PORTAL1_PORT:-19080}
PORTAL2_PORT=${PORTAL2_PORT:-19081}
LB_PORT=${LB_PORT:-19000}
STATS_PORT=${STATS_PORT:-19001}
LB=http://localhost:$LB_PORT
KC1=http://localhost:$KC1_PORT
KC2=http://localhost:$KC2_PORT
REALM_PATH=realms/innocluster
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
log "PostgreSQL :$PG_PORT and SMTP :$SMTP_PORT (mailbox :$MAILBOX_PORT) ..."
# portal=$LB: the realm's redirect, post-logout and back-channel logout URLs of the client "portal" name the balancer
"$JAVA" -cp "$ROOT/target/test-classes:$ROOT/target/classes:$(cat "$ROOT/target/test-classpath.txt")" \
  kr.innocluster.portal.localstack.StackOnly data=target/scale pg=$PG_PORT kc=0 issuer-port=$KC1_PORT \
  smtp=$SMTP_PORT mailbox=$MAILBOX_PORT portal=$LB env="$OUT/stack.env" realm="$OUT/realm/innocluster-realm.json" \
  > "$OUT/stack.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 600); do [ -f "$OUT/stack.env" ] && break; sleep 0.5; done
[ -f "$OUT/stack.env" ] || { tail -20 "$OUT/stack.log"; exit 1; }
PGURI="postgresql://postgres@localhost:$PG_PORT"
psql -q "$PGURI/postgres" -c "create database keycloak" 2>/dev/null || true
grep -q "$LB/logout/connect/back-channel/keycloak" "$OUT/realm/innocluster-realm.json" \
  || { echo "[scale] the realm's back-channel logout URL does not name $LB"; exit 1; }

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
start_keycloak() { # node number, http port, management port, JGroups port, extra args
  local n=$1 http=$2 mgmt=$3 jgroups=$4; shift 4
  ( export KC_BOOTSTRAP_ADMIN_USERNAME=benchadmin KC_BOOTSTRAP_ADMIN_PASSWORD=bench-admin-pass \
      SMTP_HOST=127.0.0.1 SMTP_PORT="$SMTP_PORT_VALUE" JAVA_OPTS_KC_HEAP="-Xms64m -Xmx512m" \
      JAVA_OPTS_APPEND="-Djgroups.bind.address=127.0.0.1 -Djgroups.bind.port=$jgroups"
    exec "$KC/bin/kc.sh" start --optimized --http-enabled=true --http-port=$http \
      --http-management-port=$mgmt --hostname=$KC1 \
      --db-url="jdbc:postgresql://localhost:$PG_PORT/keycloak" --db-username=postgres --db-password=unused \
      --cache=ispn --cache-stack=jdbc-ping "$@" ) > "$OUT/keycloak$n.log" 2>&1 &
  PIDS+=($!)
  eval "KC${n}_PID=$!"
}
log "Keycloak node 1 :$KC1_PORT (imports the realm) ..."
start_keycloak 1 "$KC1_PORT" "$KC1_MGMT" "$KC1_JGROUPS" --import-realm
wait_http "$KC1/$REALM_PATH/.well-known/openid-configuration" 300 "$KC1_PID" || { tail -30 "$OUT/keycloak1.log"; exit 1; }
log "Keycloak node 2 :$KC2_PORT ..."
start_keycloak 2 "$KC2_PORT" "$KC2_MGMT" "$KC2_JGROUPS"
wait_http "$KC2/$REALM_PATH/.well-known/openid-configuration" 300 "$KC2_PID" || { tail -30 "$OUT/keycloak2.log"; exit 1; }
# node 1 sees node 2 join (a second view) a moment after node 2 is up
for _ in $(seq 1 60); do grep 'ISPN000094' "$OUT/keycloak1.log" | tail -1 | grep -q '(2)' && break; sleep 0.5; done

figure "== scale-out $(date -u '+%Y-%m-%d %H:%M UTC'), load $(load_now)"
figure "ports: PostgreSQL $PG_PORT, SMTP $SMTP_PORT, mailbox $MAILBOX_PORT, Keycloak $KC1_PORT/$KC2_PORT (management $KC1_MGMT/$KC2_MGMT, JGroups $KC1_JGROUPS/$KC2_JGROUPS), portal $PORTAL1_PORT/$PORTAL2_PORT, HAProxy $LB_PORT (stats $STATS_PORT)"
# one Infinispan cluster: the JGroups view each node logged, and how many members the last one has
for n in 1 2; do
  grep -o 'ISPN000094: Received new cluster view.*' "$OUT/keycloak$n.log" | sed "s/^/  keycloak$n: /" | tee -a "$SUMMARY" || true
done
members() { grep -o 'ISPN000094: Received new cluster view.*' "$OUT/keycloak$1.log" | tail -1 | sed -n 's/.*] (\([0-9]*\)) .*/\1/p'; }
MEMBERS1=$(members 1); MEMBERS2=$(members 2)
figure "Keycloak cluster: last view of node 1 has ${MEMBERS1:-?} members, of node 2 ${MEMBERS2:-?}: $( [ "${MEMBERS1:-0}" = 2 ] && [ "${MEMBERS2:-0}" = 2 ] && echo "one cluster of 2: ok" || echo "NOT one cluster")"
# a sign-in on node 1 is valid on node 2: the portal's own flow (authorization code with PKCE, client "portal"): the
# login form of node 1, the code redeemed at node 2, then userinfo, introspection and refresh on node 2
login_form_action() { # HTML of Keycloak's login page -> the form's action URL
  tr -d '\n' | sed -n 's/.*<form[^>]*id="kc-form-login"[^>]*action="\([^"]*\)".*/\1/p; s/.*<form[^>]*action="\([^"]*\)"[^>]*id="kc-form-login".*/\1/p' \
    | head -1 | sed 's/&amp;/\&/g'
}
PORTAL_SECRET=$(grep '^KEYCLOAK_CLIENT_SECRET=' "$OUT/stack.env" | cut -d= -f2-)
VERIFIER=$(head -c 48 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')
CHALLENGE=$(printf %s "$VERIFIER" | openssl dgst -sha256 -binary | base64 | tr '+/' '-_' | tr -d '=\n')
REDIRECT_URI="$LB/login/oauth2/code/keycloak"
KC_JAR=$OUT/cookies-keycloak.txt; rm -f "$KC_JAR"
ACTION=$(curl -s -c "$KC_JAR" -b "$KC_JAR" -G "$KC1/$REALM_PATH/protocol/openid-connect/auth" \
  -d client_id=portal -d response_type=code -d scope=openid --data-urlencode "redirect_uri=$REDIRECT_URI" -d state=scale \
  -d "code_challenge=$CHALLENGE" -d code_challenge_method=S256 | login_form_action)
CODE=""
if [ -n "$ACTION" ]; then
  CODE=$(curl -s -c "$KC_JAR" -b "$KC_JAR" -o /dev/null -w '%{redirect_url}' --data-urlencode username=company \
    --data-urlencode password=demo1234 -d credentialId= "$ACTION" | sed -n 's/.*[?&]code=\([^&]*\).*/\1/p')
fi
TOKENS=$(curl -s -u "portal:$PORTAL_SECRET" -d grant_type=authorization_code -d "code=$CODE" \
  --data-urlencode "redirect_uri=$REDIRECT_URI" -d "code_verifier=$VERIFIER" "$KC2/$REALM_PATH/protocol/openid-connect/token")
AT=$(echo "$TOKENS" | jq -r '.access_token // empty' 2>/dev/null); RT=$(echo "$TOKENS" | jq -r '.refresh_token // empty' 2>/dev/null)
if [ -n "$AT" ]; then
  WHO=$(curl -s -H "Authorization: Bearer $AT" "$KC2/$REALM_PATH/protocol/openid-connect/userinfo" | jq -r '.preferred_username // "refused"' 2>/dev/null)
  # the access token's audience is "account" (Keycloak 26 lets only an audience introspect it); the ID token's is "portal"
  IDT=$(echo "$TOKENS" | jq -r '.id_token // empty')
  ACTIVE=$(curl -s -u "portal:$PORTAL_SECRET" -d "token=$IDT" "$KC2/$REALM_PATH/protocol/openid-connect/token/introspect" | jq -r ".active" 2>/dev/null)
  REFRESHED=$(curl -s -u "portal:$PORTAL_SECRET" -d grant_type=refresh_token -d "refresh_token=$RT" \
    "$KC2/$REALM_PATH/protocol/openid-connect/token" | jq -r 'if .access_token then "ok" else (.error // "refused") end' 2>/dev/null)
  figure "sign-in on Keycloak node 1 (login form, authorization code), code redeemed on node 2; on node 2: userinfo says '$WHO', introspection of the ID token active=$ACTIVE, refresh $REFRESHED: $( [ "$WHO" = company ] && [ "$ACTIVE" = true ] && [ "$REFRESHED" = ok ] && echo ok || echo FAILED)"
else
  figure "sign-in on Keycloak node 1, code redeemed on node 2: FAILED (${CODE:+code $CODE, }$TOKENS)"
fi

# ---- portal nodes --------------------------------------------------------------------------------------------------------
start_portal() { # node number, port, demo data
  local n=$1 port=$2 demo=$3
  ( set -a; . "$OUT/stack.env"; set +a
    export SPRING_PROFILES_ACTIVE=prod PORT=$port DEMO_DATA=$demo PORTAL_BASE_URL=$LB PORTAL_NODE_NAME=portal$n
    exec "$JAVA" -Xms256m -Xmx1g -jar "$JAR" ) > "$OUT/portal$n.log" 2>&1 &
  PIDS+=($!)
  eval "PORTAL${n}_PID=$!"
}
log "portal node 1 :$PORTAL1_PORT (migrations, demo data) ..."
start_portal 1 "$PORTAL1_PORT" true
wait_http "http://localhost:$PORTAL1_PORT/actuator/health/readiness" 600 "$PORTAL1_PID" || { tail -30 "$OUT/portal1.log"; exit 1; }
log "portal node 2 :$PORTAL2_PORT ..."
start_portal 2 "$PORTAL2_PORT" false
wait_http "http://localhost:$PORTAL2_PORT/actuator/health/readiness" 600 "$PORTAL2_PID" || { tail -30 "$OUT/portal2.log"; exit 1; }

# ---- HAProxy ------------------------------------------------------------------------------------------------------------
ERRORS_DIR=$ROOT/docker/haproxy/errors
if [ ! -f "$ERRORS_DIR/503.http" ]; then
  log "docker/haproxy/errors/503.http is missing (written by the site's design): using a plain fallback"
  ERRORS_DIR=$OUT/errors; mkdir -p "$ERRORS_DIR"
  printf 'HTTP/1.0 503 Service Unavailable\r\nCache-Control: no-cache\r\nConnection: close\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n503 portal unavailable\n' > "$ERRORS_DIR/503.http"
fi
( export LB_BIND="127.0.0.1:$LB_PORT" PORTAL1=127.0.0.1:$PORTAL1_PORT PORTAL2=127.0.0.1:$PORTAL2_PORT \
    STATS_BIND=127.0.0.1:$STATS_PORT ERRORS_DIR
  exec haproxy -db -f docker/haproxy/haproxy.cfg ) > "$OUT/haproxy.log" 2>&1 &
PIDS+=($!)
wait_http "$LB/actuator/health/readiness" 30 || { tail -20 "$OUT/haproxy.log"; exit 1; }
stats_state() { curl -s "http://127.0.0.1:$STATS_PORT/;csv" | awk -F, -v s="$1" '$1 == "portal_nodes" && $2 == s { print $18 }'; }
for _ in $(seq 1 30); do [ "$(stats_state portal1)" = UP ] && [ "$(stats_state portal2)" = UP ] && break; sleep 0.5; done
log "HAProxy on $LB"

# ---- a Keycloak-side logout ends the portal session on whichever node holds it ---------------------------------------
# A person signs in through HAProxy (the sticky cookie chooses the node); the Keycloak admin API ends the person's
# Keycloak sessions, and Keycloak POSTs a logout token to the portal's back-channel URL, the balancer, which hands it to
# any node. That node records it (table oidc_logout); the node holding the session ends it at once or at its next poll.
kc_admin_token() {
  curl -sf -d grant_type=password -d client_id=admin-cli -d username=benchadmin -d password=bench-admin-pass \
    "$KC1/realms/master/protocol/openid-connect/token" | jq -r .access_token
}
portal_status() { # cookie jar -> "<status> <redirect>" of a signed-in page
  curl -s -o /dev/null -b "$1" -w '%{http_code} %{redirect_url}' "$LB/account"
}
portal_sign_in() { # cookie jar, node cookie (p1 / p2), username
  local jar=$1 node=$2 user=$3 form action
  printf 'localhost\tFALSE\t/\tFALSE\t0\tSRV\t%s\n' "$node" > "$jar"
  form=$(curl -s -L -c "$jar" -b "$jar" "$LB/oauth2/authorization/keycloak")
  action=$(echo "$form" | login_form_action)
  [ -n "$action" ] || { echo "no Keycloak login form for $user" >&2; return 1; }
  curl -s -L -c "$jar" -b "$jar" -o /dev/null --data-urlencode "username=$user" --data-urlencode password=demo1234 \
    -d credentialId= "$action"
}
backchannel_logout() { # username, node cookie
  local user=$1 node=$2 jar="$OUT/cookies-$1.txt" before after id token t0 t1 ended recorded
  portal_sign_in "$jar" "$node" "$user" || { figure "back-channel logout: sign-in of $user failed"; return 0; }
  before=$(portal_status "$jar")
  token=$(kc_admin_token)
  id=$(curl -sf -H "Authorization: Bearer $token" "$KC1/admin/realms/innocluster/users?username=$user&exact=true" | jq -r '.[0].id')
  recorded=$(psql -tAq "$PGURI/portal" -c "select coalesce(max(id), 0) from oidc_logout")
  t0=$(date +%s%N)
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" "$KC1/admin/realms/innocluster/users/$id/logout"
  t1=$(date +%s%N)
  ended=no
  for _ in $(seq 1 200); do
    after=$(portal_status "$jar")
    case "$after" in 302*oauth2/authorization*) ended=yes; break;; esac
    sleep 0.05
  done
  local t2; t2=$(date +%s%N)
  # which node received each logout token, and which node ended the session (from the nodes' logs)
  local records="" rid by_node k ended_on
  for rid in $(psql -tAq "$PGURI/portal" -c "select id from oidc_logout where id > $recorded order by id"); do
    by_node=$(psql -tAq "$PGURI/portal" -c "select recorded_by from oidc_logout where id = $rid")
    ended_on=""
    for k in 1 2; do
      if grep -q "recorded as $rid by portal$k; [1-9][0-9]* session" "$OUT/portal$k.log" 2>/dev/null \
        || grep -q "Keycloak logout $rid (.*[1-9][0-9]* session(s) ended on portal$k" "$OUT/portal$k.log" 2>/dev/null; then
        ended_on="${ended_on:+$ended_on+}p$k"
      fi
    done
    records="${records:+$records; }token #$rid received by ${by_node/portal/p}, session ended by ${ended_on:-none}"
    if [ -n "$ended_on" ] && [ "$ended_on" != "${by_node/portal/p}" ]; then CROSS_NODE=$((CROSS_NODE + 1)); fi
  done
  figure "$(awk -v u="$user" -v n="$node" -v r="${records:-no logout token recorded}" -v b="${before%% *}" -v e="$ended" -v t0="$t0" -v t1="$t1" -v t2="$t2" \
    'BEGIN { printf "back-channel logout: %s signed in through HAProxy on node %s (page %s); Keycloak admin logout call %.2f s; %s; portal session ended: %s, %.2f s after the logout call (a request with its cookies is redirected to sign-in)", u, n, b, (t1 - t0) / 1e9, r, e, (t2 - t0) / 1e9 }')"
}
# people on both nodes, logged out one after the other: Keycloak's cookie-less POST lands on either node; the lines
# say which node received each logout token and which node ended the session (different nodes: the cross-node path)
CROSS_NODE=0
backchannel_logout attendee p1
backchannel_logout mentor p2
backchannel_logout company3 p1
backchannel_logout company2 p2
figure "back-channel logouts ended by a node other than the one that received the token: $CROSS_NODE of 4"

# ---- load users ---------------------------------------------------------------------------------------------------------
IFS=, read -r M_ANON M_ATT M_COM M_OFF <<< "$MIX"
# scripts/load-users.sh still writes "on conflict (business_number)", which the partial unique index of V61
# (company_business_number_live_key ... where status <> 'REJECTED') no longer matches: run a corrected copy
sed "s/on conflict (business_number) do nothing/on conflict (business_number) where status <> 'REJECTED' do nothing/" \
  scripts/load-users.sh > "$OUT/load-users.sh"
KC_URL=$KC1 PGURI="$PGURI/portal" bash "$OUT/load-users.sh" $(( USERS * M_ATT / 100 )) \
  $(( USERS * M_COM / 100 )) $(( USERS * M_OFF / 100 ))

if [ "${KEEP:-0}" = 1 ] && [ "${FAILOVER:-1}" = 0 ]; then
  log "running; Ctrl-C stops everything"; wait; exit 0
fi

# ---- failover under load -------------------------------------------------------------------------------------------------
log "load: $USERS users against $LB for $DURATION s; node 1 is killed after $KILL_AFTER s"
RUN_START=$(psql -tAq "$PGURI/portal" -c "select now()")
# ShedLock's lock rows, sampled every 0.2 s on one connection while the load runs: each new locked_at is one run of a job
( while true; do echo "select name, locked_at, lock_until from shedlock;"; sleep 0.2; done \
    | psql -tAq -F $'\t' "$PGURI/portal" 2>/dev/null ) > "$OUT/shedlock-samples.txt" &
SAMPLER_PID=$!
PIDS+=($SAMPLER_PID)
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
sql() { psql -tAq "$PGURI/portal" -c "$1"; }
SSO=$(( $(total "sign-in: Keycloak login page") - $(total "sign-in: submit credentials") ))
figure "sign-ins through Keycloak's single sign-on, without a password (login page requests without a credentials submit): $SSO"
check() { if [ "$1" -le "$2" ] && [ "$2" -le "$3" ]; then echo "ok"; else echo "VIOLATED"; fi; }
LOAD_APPS="from program_audit a join grant_application g on g.id = a.application_id join company c on c.id = g.company_id
  where c.business_number like '9%' and a.occurred_at >= '$RUN_START'"
# seminar registrations: every successful click creates one registration (the button is gone once registered)
REG_OK=$(count "register: submit"); REG_ALL=$(total "register: submit")
REG_ROWS=$(sql "select count(*) from seminar_registration where email like 'load-att-%'")
figure "seminar registrations (one row per click): succeeded $REG_OK <= rows $REG_ROWS <= attempted $REG_ALL: $(check "$REG_OK" "$REG_ROWS" "$REG_ALL")"
# "apply" opens the company's existing application to the program, or starts a new draft (one per company and
# program): drafts started <= clicks attempted; successful clicks are no lower bound (most reopen a draft)
APP_OK=$(count "apply (new draft)"); APP_ALL=$(total "apply (new draft)")
APP_NEW=$(sql "select count(*) $LOAD_APPS and a.action = 'APPLICATION_STARTED'")
APP_COMPANIES=$(sql "select count(distinct g.company_id) $LOAD_APPS and a.action = 'APPLICATION_STARTED'")
figure "application drafts started (audit APPLICATION_STARTED, $APP_COMPANIES companies): $APP_NEW <= 'apply' clicks attempted $APP_ALL ($APP_OK succeeded, most reopen an existing draft): $( [ "$APP_NEW" -le "$APP_ALL" ] && { [ "$APP_OK" = 0 ] || [ "$APP_NEW" -ge 1 ]; } && echo ok || echo VIOLATED)"
# "save draft": every successful save records one DRAFT_SAVED audit event in the same transaction
SAVE_OK=$(count "draft: save"); SAVE_ALL=$(total "draft: save")
SAVE_ROWS=$(sql "select count(*) $LOAD_APPS and a.action = 'DRAFT_SAVED'")
figure "application drafts saved (audit DRAFT_SAVED): succeeded $SAVE_OK <= events $SAVE_ROWS <= attempted $SAVE_ALL: $(check "$SAVE_OK" "$SAVE_ROWS" "$SAVE_ALL")"

# mails: every outbox row to a load user was delivered at least once (GreenMail's received list)
sleep 35 # one more dispatcher round (portal.mail.retry-delay 30 s)
kill "$SAMPLER_PID" 2>/dev/null || true
OUTBOX=$(sql "select count(*) from outbound_mail where recipient like 'load-%'")
OUTBOX_SENT=$(sql "select count(*) from outbound_mail where recipient like 'load-%' and sent_at is not null")
curl -s "http://127.0.0.1:$((MAILBOX_PORT + 1))/received" > "$OUT/received.txt" || true
RECEIVED=$(grep -c 'load-' "$OUT/received.txt" || true)
DISTINCT=$(grep 'load-' "$OUT/received.txt" | cut -f1,3 | sort | uniq | wc -l)
MISSING=$(sql "select recipient || E'\t' || subject from outbound_mail where recipient like 'load-%'" \
  | sort | uniq | comm -23 - <(grep 'load-' "$OUT/received.txt" | awk -F'\t' '{ print $1 "\t" $3 }' | sort | uniq) | grep -c . || true)
figure "mail: $OUTBOX outbox rows to load users ($OUTBOX_SENT marked sent), $RECEIVED received by SMTP ($DISTINCT distinct recipient+subject), missing: $MISSING"
# the outbox sender's effect, from both nodes' logs: each mail sent by one node, once
SENT_LINES=$(cat "$OUT/portal1.log" "$OUT/portal2.log" | grep -o '\[mail\] sent #[0-9]*' | wc -l)
SENT_IDS=$(cat "$OUT/portal1.log" "$OUT/portal2.log" | grep -o '\[mail\] sent #[0-9]*' | sort -u | wc -l)
figure "outbox sends in the node logs: $SENT_LINES (node 1 $(grep -c '\[mail\] sent #' "$OUT/portal1.log" || true), node 2 $(grep -c '\[mail\] sent #' "$OUT/portal2.log" || true)) for $SENT_IDS mails: $( [ "$SENT_LINES" = "$SENT_IDS" ] && echo "each sent once" || echo "$((SENT_LINES - SENT_IDS)) sent twice")"
# scheduled jobs under ShedLock: each run holds the job's lock row; runs seen while the load ran, and whether two
# runs of one job ever overlapped (a run starting before the previous one's lock was released or expired)
# A run's lock is released when it ends (lock_until = then); the next run may take the lock only after that, in one
# conditional UPDATE. The samples show, for consecutive runs, whether the release was seen before the next run began.
figure "ShedLock runs during the load (lock rows sampled every 0.2 s; jobs under a lock run on one node at a time):"
grep . "$OUT/shedlock-samples.txt" | awk -F'\t' '
  { key = $1 SUBSEP $2; if (!(key in last)) { order[++n] = key; } last[key] = $3 }
  END {
    for (i = 1; i <= n; i++) { split(order[i], k, SUBSEP); runs[k[1]]++;
      if (k[1] in prevUntil) { if (k[2] >= prevUntil[k[1]]) after[k[1]]++; else unseen[k[1]]++ }
      prevUntil[k[1]] = last[order[i]] }
    for (job in runs) printf "  %s: %d run(s); next run began after the previous one released the lock: %d, release not sampled: %d\n", job, runs[job], after[job] + 0, unseen[job] + 0
  }' | tee -a "$SUMMARY"
figure "ShedLock rows now: $(sql "select string_agg(name || ' locked ' || to_char(locked_at, 'HH24:MI:SS') || ' until ' || to_char(lock_until, 'HH24:MI:SS'), ', ') from shedlock")"
figure "Gatling report: $REPORT/index.html"

if [ "${KEEP:-0}" = 1 ]; then
  log "node 1 stays down; node 2, Keycloak and HAProxy keep running; Ctrl-C stops everything"; wait
fi
