#!/usr/bin/env bash
# Restores an archive of scripts/backup.sh: the database into an EMPTY database and the upload folder into an empty
# (or not yet existing) folder. Stop the portal first; start it afterwards (Flyway finds the schema up to date).
#
# Usage:  scripts/restore.sh <innocluster-backup-....tar.gz>
# Database from PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (default portal; it must exist and be empty, e.g.
# `createdb -T template0 -E UTF8 portal`); upload folder PORTAL_STORAGE_DIR (default data/uploads).
# It refuses to write over a database that has tables or over a non-empty upload folder: nothing is ever merged.
set -euo pipefail

archive="${1:?usage: scripts/restore.sh <backup archive>}"
storage_dir="${PORTAL_STORAGE_DIR:-data/uploads}"
export PGDATABASE="${PGDATABASE:-portal}"

command -v pg_restore >/dev/null 2>&1 || {
  echo "pg_restore not found: install Debian's postgresql-client-15" >&2; exit 1; }

tables=$(psql -X -q -At -c "select count(*) from information_schema.tables where table_schema = 'public'")
if [ "$tables" != "0" ]; then
  echo "database $PGDATABASE is not empty ($tables tables): restore into a new, empty database" >&2
  exit 1
fi
if [ -d "$storage_dir" ] && [ -n "$(ls -A "$storage_dir")" ]; then
  echo "upload folder $storage_dir is not empty: restore into a new, empty folder" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
tar -C "$work" -xzf "$archive"
[ -f "$work/database.dump" ] || { echo "$archive holds no database.dump" >&2; exit 1; }

pg_restore --no-owner --no-privileges --exit-on-error --single-transaction --dbname="$PGDATABASE" "$work/database.dump"
mkdir -p "$storage_dir"
if [ -d "$work/uploads" ]; then
  cp -a "$work/uploads/." "$storage_dir/"
fi
sed -n '1,6p' "$work/manifest.txt" 2>/dev/null || true
echo "restored $(find "$storage_dir" -type f | wc -l) files into $storage_dir and the database into $PGDATABASE"
