#!/usr/bin/env bash
# Times Amity's network metrics on the real partnership graph against python-igraph and NetworkX in the same run,
# checks that the exact betweenness equals igraph's, and prints the ratios and the goals. Arguments go to the
# benchmark: [ROUNDS] [--warmup=N] [--threads=N] [--sample=K] [--edges=FILE] [--no-peers]. JAVA_OPTS is passed to
# the JVM. See bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

# The first python3 on the PATH that has both peers; more than one python3 may be installed side by side.
has_peers() { "$1" -c 'import networkx, igraph' >/dev/null 2>&1; }
find_python() {
  local candidate
  while read -r candidate; do
    if has_peers "$candidate"; then
      echo "$candidate"
      return 0
    fi
  done < <(type -ap python3 | awk '!seen[$0]++')
  return 1
}

python=""
if [[ " $* " != *" --no-peers "* ]]; then
  if ! python=$(find_python); then
    if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
      echo "python-igraph or NetworkX is missing; installing the Debian packages:" >&2
      echo "  apt-get install -y python3-networkx python3-igraph" >&2
      apt-get install -y python3-networkx python3-igraph >&2
      python=$(find_python) || { echo "Still no python3 with igraph and networkx on the PATH." >&2; exit 1; }
    else
      echo "The peers need python3 with igraph and networkx. Install them with" >&2
      echo "  sudo apt-get install python3-networkx python3-igraph" >&2
      echo "or: pip install networkx python-igraph; or run with --no-peers to time Amity alone." >&2
      exit 1
    fi
  fi
  echo "Peers run on $python" >&2
fi

echo "Compiling Amity and the benchmark..." >&2
./mvnw -q -B -DskipTests test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test

# shellcheck disable=SC2086 # JAVA_OPTS holds several options on purpose
exec java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat target/bench.classpath)" \
  org.amity.bench.NetworkBenchmark ${python:+"--python=$python"} "$@"
