#!/usr/bin/env bash
# Restore an archive of ops/backup.sh into a fresh install, with the platform stopped:
#   ops/restore.sh [--replace] koinagora-backup-YYYYMMDD-HHMMSS.tar.gz
# The database (KOINAGORA_DB_URL/_USER/_PASSWORD, or the launcher's embedded one) must be empty;
# with --replace whatever it holds is dropped first (e.g. the empty schema or demo data of a first
# start). The data directory (KOINAGORA_DATA_DIR) gets the archive's files; the search index is
# removed and rebuilt from the database at the next start. Then start the platform as usual:
# Flyway finds the schema at the backup's version and applies only newer migrations.
# For the embedded database the platform must be stopped: this script starts its MariaDB alone.
# Docker (KOINAGORA_COMPOSE=docker/compose.yaml): stop the app service, keep db running
# (docker-compose -f docker/compose.yaml stop app), restore, then start app again.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
replace=false
if [ "${1:-}" = "--replace" ]; then replace=true; shift; fi
archive="${1:?usage: ops/restore.sh [--replace] ARCHIVE}"
[ -r "$archive" ] || { echo "cannot read $archive" >&2; exit 2; }
# shellcheck source=ops/common.sh
. "$here/common.sh"

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT
tar -C "$work" -xzf "$archive"
[ -f "$work/database.sql" ] || { echo "$archive holds no database.sql" >&2; exit 2; }

listening() { (exec 3<>"/dev/tcp/$DB_HOST/$DB_PORT") 2>/dev/null; }

if [ "$EMBEDDED" = true ]; then
  if listening; then
    echo "Something listens on $DB_HOST:$DB_PORT: stop the platform (Ctrl+C on mvn -Prun package) first." >&2
    exit 2
  fi
  home="$DATA_DIR/mariadb"
  extra=()
  [ "$(id -u)" = 0 ] && extra+=(--user=root)
  mkdir -p "$home/tmp"
  "$home/server/bin/mariadbd" --no-defaults --basedir="$home/server" --datadir="$home/data" \
    --tmpdir="$home/tmp" --socket="$home/tmp/restore.sock" --port="$DB_PORT" \
    --bind-address=127.0.0.1 --skip-ssl --character-set-server=utf8mb4 \
    --collation-server=utf8mb4_unicode_ci "${extra[@]}" >"$home/tmp/restore.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 60); do
    listening && break
    kill -0 "$server_pid" 2>/dev/null || { cat "$home/tmp/restore.log" >&2; exit 1; }
    sleep 1
  done
fi

tables="$(db_client mariadb --batch --skip-column-names \
  -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$DB_NAME'")"
if [ "$tables" != 0 ]; then
  if [ "$replace" != true ]; then
    echo "Database $DB_NAME holds $tables tables; restore into an empty one, or pass --replace to drop them." >&2
    exit 2
  fi
  db_client mariadb -e "DROP DATABASE \`$DB_NAME\`"
fi
db_client mariadb -e \
  "CREATE DATABASE IF NOT EXISTS \`$DB_NAME\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
db_client mariadb --default-character-set=utf8mb4 "$DB_NAME" <"$work/database.sql"

if [ ${#COMPOSE[@]} -gt 0 ]; then
  # the app's volume: emptied of the platform's data when replacing, the search index always
  if [ "$replace" = true ]; then
    "${COMPOSE[@]}" run --rm --no-deps -T --entrypoint sh app -c \
      "find $DATA_DIR -mindepth 1 -maxdepth 1 -exec rm -rf {} +"
  else
    "${COMPOSE[@]}" run --rm --no-deps -T --entrypoint rm app -rf "$DATA_DIR/search-index"
  fi
else
  mkdir -p "$DATA_DIR"
  if [ "$replace" = true ]; then
    find "$DATA_DIR" -mindepth 1 -maxdepth 1 ! -name mariadb ! -name payara -exec rm -rf {} +
  fi
  rm -rf "${KOINAGORA_SEARCH_INDEX_DIR:-$DATA_DIR/search-index}"
fi
tar -C "$work/data" -cf - . | data_tar -xf -

version="$(grep '^flyway-version=' "$work/backup.properties" 2>/dev/null | cut -d= -f2 || true)"
echo "Restored $archive into $DB_NAME@$DB_HOST:$DB_PORT (schema version ${version:-?}) and $DATA_DIR."
echo "Start the platform: Flyway applies any newer migrations, the search index is rebuilt."
