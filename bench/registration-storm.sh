#!/usr/bin/env bash
# The registration storm: two Amity instances on one PostgreSQL, 10,000 registration attempts for 500 places; checks
# exactly 500 confirmed, the rest waitlisted, no duplicates and no errors, and prints registrations/s beside pgbench's
# rate for a single-row update transaction on the same database in the same run, with the ratio, and pgbench's rate
# for a registration's own SQL (the ceiling of any application writing those rows). Arguments go to the
# benchmark: [--attempts=N] [--places=N] [--in-flight=N] [--pool-size=N] [--tomcat-threads=N] [--warmup=N]
# [--pgbench-seconds=N] [--pgbench-clients=N] [--instance-options="JVM OPTIONS"].
# JAVA_OPTS is passed to the benchmark's JVM. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# The embedded PostgreSQL binaries hold the server but no pgbench; Debian's client package has it.
pgbench=$(command -v pgbench || true)
if [[ -z "$pgbench" ]]; then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "pgbench is missing; installing Debian's postgresql-client:" >&2
    echo "  apt-get install -y postgresql-client" >&2
    apt-get install -y postgresql-client >&2 || { apt-get update >&2 && apt-get install -y postgresql-client >&2; }
    pgbench=$(command -v pgbench)
  else
    echo "The reference needs pgbench: sudo apt-get install postgresql-client" >&2
    exit 1
  fi
fi

echo "Compiling Amity and the benchmark..." >&2
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
exec java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.amity.bench.RegistrationStormBenchmark --pgbench="$pgbench" "$@"
