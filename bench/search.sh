#!/usr/bin/env bash
# Indexes 100,000 generated multilingual documents (Korean, Japanese, Indonesian, English) into Amity's embedded
# Lucene search, runs a mixed query load, and runs the same queries as PostgreSQL ILIKE over the same documents in an
# embedded PostgreSQL in the same run; prints indexing docs/s, query p50/p95/p99 of both, the ratios, the load
# average and the goals.
# Arguments go to the benchmark: [--docs=N] [--queries=N] [--ilike-queries=N] [--warmup=N] [--seed=N]
# [--threads=N]. JAVA_OPTS is
# passed to the JVM. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "Compiling Amity and the benchmark..." >&2
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
exec java ${JAVA_OPTS:--Xmx3g} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.amity.search.SearchBenchmark "$@"
