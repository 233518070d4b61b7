#!/usr/bin/env bash
# Backup of the InnoCluster Portal: the PostgreSQL database (pg_dump of Debian's postgresql-client-15, custom format)
# and the upload folder (every stored document and photo), in ONE timestamped archive:
#
#   innocluster-backup-<UTC yyyymmddThhmmssZ>.tar.gz
#     database.dump     pg_dump --format=custom (restore with scripts/restore.sh or pg_restore)
#     uploads/          the upload folder (PORTAL_STORAGE_DIR) as it was right after the dump
#     manifest.txt      when, from where, row counts and the number of files, for a quick look
#
# Usage:  scripts/backup.sh [target folder, default ./backups]
# The database is taken from the standard libpq variables PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (default
# database: portal); the upload folder from PORTAL_STORAGE_DIR (default data/uploads). Run it while the portal runs:
# pg_dump reads one consistent snapshot. Files uploaded while the dump runs may be in the archive without their row
# (harmless: orphans, never the other way round, because the folder is copied after the dump).
set -euo pipefail

target_dir="${1:-backups}"
storage_dir="${PORTAL_STORAGE_DIR:-data/uploads}"
export PGDATABASE="${PGDATABASE:-portal}"

if ! command -v pg_dump >/dev/null 2>&1; then
  echo "pg_dump not found: install Debian's postgresql-client-15 (apt-get install postgresql-client-15)" >&2
  exit 1
fi
pg_major=$(pg_dump --version | sed -n 's/.* \([0-9][0-9]*\)\..*/\1/p')
if [ "${pg_major:-0}" -lt 15 ]; then
  echo "pg_dump $pg_major is older than the server (15): install postgresql-client-15" >&2
  exit 1
fi

stamp=$(date -u +%Y%m%dT%H%M%SZ)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$target_dir" "$work/backup/uploads"

pg_dump --format=custom --no-owner --no-privileges --file="$work/backup/database.dump"
if [ -d "$storage_dir" ]; then
  cp -a "$storage_dir/." "$work/backup/uploads/"
else
  echo "note: upload folder $storage_dir does not exist; the archive holds the database only" >&2
fi

{
  echo "InnoCluster Portal backup"
  echo "taken:    $stamp"
  echo "database: ${PGHOST:-local socket}:${PGPORT:-5432}/$PGDATABASE ($(pg_dump --version))"
  echo "uploads:  $storage_dir ($(find "$work/backup/uploads" -type f | wc -l) files)"
  psql -X -q -At -c "select 'rows:     companies=' || (select count(*) from company)
      || ' applications=' || (select count(*) from grant_application)
      || ' documents=' || (select count(*) from application_document)
      || ' registrations=' || (select count(*) from seminar_registration)" 2>/dev/null || true
} > "$work/backup/manifest.txt"

archive="$target_dir/innocluster-backup-$stamp.tar.gz"
tar -C "$work/backup" -czf "$archive.part" .
mv "$archive.part" "$archive"
echo "$archive"
