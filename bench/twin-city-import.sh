#!/usr/bin/env bash
# Times the resolved twin-city import against a bare PostgreSQL COPY of the same file, in the same run, and prints
# rows/s and the ratio. Arguments go to the benchmark: [ROUNDS] [--warmup=N] [--pairs=FILE] [--geocoded=FILE]
# [--no-rerun]. JAVA_OPTS is passed to the JVM (for a heap size or a flight recording). See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Compiling Amity and the benchmark..." >&2
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
exec java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.amity.bench.TwinCityImportBenchmark "$@"
