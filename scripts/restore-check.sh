#!/usr/bin/env bash
# Proves that a backup restores: outside `./mvnw verify` (it runs two portals one after the other, ~5 minutes).
#
#   1. a fresh PostgreSQL 15 cluster (Debian's postgresql-15, run as the `postgres` user) is the SOURCE; the portal
#      (the local stack of `./mvnw spring-boot:test-run`, pointed at it) fills it with its demo data: companies,
#      programs and applications with their documents, seminars and registrations, bookings; one more application
#      document is added as an upload leaves it (a row plus its file under the upload folder);
#   2. scripts/backup.sh takes the database and the upload folder into one archive while the portal runs;
#   3. a second fresh cluster is the TARGET: scripts/restore.sh restores the archive into it and into a new upload folder;
#   4. the portal starts on the TARGET (no demo data): Flyway and Hibernate's schema validation accept the restored
#      schema and readiness is UP;
#   5. the same companies, applications, documents and registrations are there (row counts and a digest of each
#      table's key columns, source against target), and every document's file is found where the portal's FileStorage
#      looks for it, byte for byte the same.
# Needs: postgresql-15 and postgresql-client-15 (installed with apt-get when missing), JDK 21+, curl; the ports 8080
# (not used), 8180, 3025, 8025 and 54329 of the local stack free, and 18080, 55432, 55433.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_BIN=/usr/lib/postgresql/15/bin
SRC_PORT=55432
DST_PORT=55433
PORTAL_PORT=18080
if [ ! -x "$PG_BIN/postgres" ] || ! command -v pg_dump >/dev/null 2>&1; then
  echo "[check] installing postgresql-15 and postgresql-client-15"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15 postgresql-client-15 >/dev/null
fi
if [ -z "${JAVA_HOME:-}" ]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi

work=$(mktemp -d /tmp/restore-check.XXXXXX)
chmod 755 "$work"
portal_pid=""
as_postgres() { if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
  stop_portal
  for cluster in "$work/source-pg" "$work/target-pg"; do
    [ -f "$cluster/postmaster.pid" ] && as_postgres "$PG_BIN/pg_ctl" -D "$cluster" -m fast stop >/dev/null 2>&1 || true
  done
  echo "[check] work folder kept for inspection: $work"
}
trap cleanup EXIT

start_cluster() { # folder port
  mkdir -p "$1"
  [ "$(id -u)" = "0" ] && chown postgres:postgres "$1"
  as_postgres "$PG_BIN/initdb" -D "$1" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
  as_postgres "$PG_BIN/pg_ctl" -D "$1" -l "$1/server.log" -w \
    -o "-p $2 -k /tmp -c listen_addresses=127.0.0.1 -c timezone=UTC" start >/dev/null
  psql -X -q -h 127.0.0.1 -p "$2" -U postgres -d postgres -c "create database portal encoding 'UTF8' template template0"
}

sql() { # port query
  psql -X -q -At -h 127.0.0.1 -p "$1" -U postgres -d portal -c "$2"
}

start_portal() { # db port, storage dir, demo data, log
  setsid ./mvnw -o -q spring-boot:test-run -Dspring-boot.run.arguments="\
--spring.datasource.url=jdbc:postgresql://127.0.0.1:$1/portal --spring.datasource.username=postgres \
--spring.datasource.password= --server.port=$PORTAL_PORT --portal.base-url=http://localhost:$PORTAL_PORT \
--portal.storage.dir=$2 --portal.demo-data.enabled=$3" > "$4" 2>&1 &
  portal_pid=$!
  for _ in $(seq 1 120); do
    if curl -fsS "http://localhost:$PORTAL_PORT/actuator/health/readiness" 2>/dev/null | grep -q '"UP"'; then
      return 0
    fi
    if ! kill -0 "$portal_pid" 2>/dev/null; then
      echo "[check] the portal stopped; see $4" >&2; tail -30 "$4" >&2; exit 1
    fi
    sleep 5
  done
  echo "[check] the portal did not become ready; see $4" >&2
  exit 1
}

stop_portal() {
  if [ -n "$portal_pid" ] && kill -0 "$portal_pid" 2>/dev/null; then
    kill -TERM -- "-$portal_pid" 2>/dev/null || true
    for _ in $(seq 1 30); do kill -0 "$portal_pid" 2>/dev/null || break; sleep 1; done
  fi
  portal_pid=""
}

# What must survive: counts and a digest of each table's identifying columns.
FACTS="
select 'companies',     count(*), md5(coalesce(string_agg(business_number || '|' || name || '|' || status, ',' order by id), '')) from company
union all
select 'applications',  count(*), md5(coalesce(string_agg(id || '|' || program_id || '|' || company_id || '|' || status, ',' order by id), '')) from grant_application
union all
select 'documents',     count(*), md5(coalesce(string_agg(id || '|' || file_name || '|' || storage_key || '|' || size_bytes, ',' order by id), '')) from application_document
union all
select 'registrations', count(*), md5(coalesce(string_agg(id || '|' || seminar_id || '|' || status, ',' order by id), '')) from seminar_registration
"

echo "[check] work folder $work"
echo "[check] 1. source PostgreSQL on :$SRC_PORT, the portal fills it with demo data"
start_cluster "$work/source-pg" "$SRC_PORT"
mkdir -p "$work/source-uploads"
start_portal "$SRC_PORT" "$work/source-uploads" true "$work/portal-source.log"
previous=""
for _ in $(seq 1 36); do # demo data is written after startup: wait until the counts stop changing
  now=$(sql "$SRC_PORT" "$FACTS" | cut -d'|' -f1,2 | tr '\n' ' ')
  if [ -n "$previous" ] && [ "$now" = "$previous" ] && ! echo "$now" | grep -q "registrations|0 "; then break; fi
  previous="$now"; sleep 5
done
application=$(sql "$SRC_PORT" "select min(id) from grant_application")
key=$(head -c 16 /dev/urandom | od -An -tx1 | tr -d ' \n')
mkdir -p "$work/source-uploads/${key:0:2}"
printf '%%PDF-1.7\n%% restore check\n1 0 obj <<>> endobj\ntrailer <<>>\n%%%%EOF\n' > "$work/source-uploads/${key:0:2}/$key"
sql "$SRC_PORT" "insert into application_document (application_id, requirement, file_name, file_type, size_bytes,
    storage_key, uploaded_at) values ($application, '사업계획서', '사업계획서.pdf', 'PDF',
    $(stat -c %s "$work/source-uploads/${key:0:2}/$key"), '$key', now())"
sql "$SRC_PORT" "$FACTS" > "$work/source-facts.txt"

echo "[check] 2. backup while the portal runs"
archive=$(PGHOST=127.0.0.1 PGPORT=$SRC_PORT PGUSER=postgres PGDATABASE=portal PORTAL_STORAGE_DIR="$work/source-uploads" \
  scripts/backup.sh "$work/backups")
echo "[check]    $archive ($(du -h "$archive" | cut -f1))"
stop_portal

echo "[check] 3. restore into a fresh PostgreSQL on :$DST_PORT and a new upload folder"
start_cluster "$work/target-pg" "$DST_PORT"
PGHOST=127.0.0.1 PGPORT=$DST_PORT PGUSER=postgres PGDATABASE=portal PORTAL_STORAGE_DIR="$work/restored-uploads" \
  scripts/restore.sh "$archive"

echo "[check] 4. the portal starts on the restored database"
start_portal "$DST_PORT" "$work/restored-uploads" false "$work/portal-target.log"
echo "[check]    readiness: $(curl -fsS "http://localhost:$PORTAL_PORT/actuator/health/readiness")"
echo "[check]    landing page: HTTP $(curl -s -o /dev/null -w '%{http_code}' "http://localhost:$PORTAL_PORT/")"
sql "$DST_PORT" "$FACTS" > "$work/target-facts.txt"

echo "[check] 5. the same data"
printf '%-14s %8s %8s  %s\n' "" source restored "same rows"
failed=0
while IFS='|' read -r what count digest; do
  target_line=$(grep "^$what|" "$work/target-facts.txt" || true)
  target_count=$(echo "$target_line" | cut -d'|' -f2)
  target_digest=$(echo "$target_line" | cut -d'|' -f3)
  same=$([ "$digest" = "$target_digest" ] && [ "$count" = "$target_count" ] && echo yes || echo NO)
  [ "$same" = yes ] || failed=1
  printf '%-14s %8s %8s  %s\n' "$what" "$count" "$target_count" "$same"
done < "$work/source-facts.txt"
documents=0
while IFS='|' read -r stored name; do
  documents=$((documents + 1))
  source_file="$work/source-uploads/${stored:0:2}/$stored"
  restored_file="$work/restored-uploads/${stored:0:2}/$stored"
  if [ -f "$restored_file" ] && cmp -s "$source_file" "$restored_file"; then
    echo "document $name ($stored): restored file identical ($(sha256sum "$restored_file" | cut -c1-16)...)"
  else
    echo "document $name ($stored): MISSING or different"; failed=1
  fi
done < <(sql "$DST_PORT" "select storage_key, file_name from application_document order by id")
[ "$documents" -gt 0 ] || { echo "no document to check"; failed=1; }
stop_portal

if [ "$failed" = 0 ]; then
  echo "[check] RESTORE CHECK PASSED"
else
  echo "[check] RESTORE CHECK FAILED"
  exit 1
fi
