# Shared by bin/run, bin/test and .ci/run: find a JDK >= 21 and make sure PostgreSQL answers.
# shellcheck shell=bash

java_major() { # prints the major version of the java binary $1
  "$1" -version 2>&1 | awk -F '"' '/version/ {split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit}'
}

pick_jdk() {
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" && $(java_major "$JAVA_HOME/bin/java") -ge 21 ]]; then
    export JAVA_HOME; return
  fi
  local candidate
  for candidate in /usr/lib/jvm/* /opt/java/* /opt/jdk* "$HOME"/.sdkman/candidates/java/*; do
    if [[ -x "$candidate/bin/java" && -x "$candidate/bin/javac" && $(java_major "$candidate/bin/java") -ge 21 ]]; then
      export JAVA_HOME="$candidate"; return
    fi
  done
  if command -v javac >/dev/null && [[ $(java_major "$(command -v java)") -ge 21 ]]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"; export JAVA_HOME; return
  fi
  echo "No JDK 21 or newer found. Install one (e.g. Temurin 21) and set JAVA_HOME." >&2
  exit 1
}

postgres_answers() {
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h 127.0.0.1 -p 5432
  else
    (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null
  fi
}

# Makes sure a PostgreSQL answers on 127.0.0.1:5432: starts the installed cluster if it is down.
ensure_postgres() {
  if postgres_answers; then return; fi
  if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
    local version
    version=$(ls /etc/postgresql | sort -V | tail -1)
    echo "PostgreSQL is down; starting cluster $version/main" >&2
    pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
    for _ in $(seq 1 30); do postgres_answers && return; sleep 1; done
  fi
  if ! postgres_answers; then
    echo "No PostgreSQL answers on 127.0.0.1:5432 and none could be started." >&2
    echo "Install one (Debian: apt-get install postgresql), or give CLS_DB_URL / CLS_TEST_DB_URL." >&2
    return 1
  fi
}

# Creates database $1 on the local server if it does not exist yet.
ensure_database() {
  local name="$1"
  if ! psql -h 127.0.0.1 -U "${CLS_DB_USER:-postgres}" -d postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'" | grep -q 1; then
    psql -h 127.0.0.1 -U "${CLS_DB_USER:-postgres}" -d postgres -qc "CREATE DATABASE $name" >/dev/null
  fi
}
