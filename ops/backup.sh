#!/usr/bin/env bash
# Backup: one dated archive koinagora-backup-YYYYMMDD-HHMMSS.tar.gz holding
#   database.sql  a consistent dump of the whole database (one transaction, InnoDB tables not
#                 locked: the platform keeps serving while it runs), with routines and triggers;
#   data/         the data directory (pictures), without the search index (rebuilt at start) and
#                 the launcher's own directories (embedded MariaDB, Payara);
#   backup.properties  when, from where, the last Flyway migration.
# Documents (quotes, calls, offers) live in the database. Run it while the platform runs.
# Usage: ops/backup.sh [directory]   (default: ./backups)
# Same settings as the platform: KOINAGORA_DB_URL/_USER/_PASSWORD, KOINAGORA_DATA_DIR; without
# KOINAGORA_DB_URL the launcher's embedded database; KOINAGORA_COMPOSE=docker/compose.yaml for the
# Docker deployment (see ops/common.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=ops/common.sh
. "$here/common.sh"

out_dir="${1:-backups}"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"
stamp="$(date -u +%Y%m%d-%H%M%S)"
archive="$out_dir/koinagora-backup-$stamp.tar.gz"
work="$(mktemp -d "$out_dir/.backup-$stamp.XXXXXX")"
trap 'rm -rf "$work"' EXIT

db_client mariadb-dump \
  --single-transaction --skip-lock-tables --routines --triggers --hex-blob \
  --default-character-set=utf8mb4 --no-tablespaces \
  "$DB_NAME" >"$work/database.sql"
grep -q -- '-- Dump completed' "$work/database.sql" || { echo "the dump is incomplete" >&2; exit 1; }

mkdir -p "$work/data"
if [ ${#COMPOSE[@]} -gt 0 ] || [ -d "$DATA_DIR" ]; then
  data_tar "${DATA_EXCLUDES[@]}" -cf - . | tar -C "$work/data" -xf -
fi

migration="$(db_client mariadb --batch --skip-column-names "$DB_NAME" \
  -e 'SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1' 2>/dev/null || true)"
{
  echo "created=$(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo "database=$DB_NAME@$DB_HOST:$DB_PORT"
  echo "flyway-version=$migration"
} >"$work/backup.properties"

tar -C "$work" -czf "$archive.partial" database.sql data backup.properties
mv "$archive.partial" "$archive"
echo "$archive"
