#!/usr/bin/env bash
# Runs the benchmark (src/test/java/io/github/backendnotes/bench/Benchmark.java); see bench/README.md.
# Arguments go to the benchmark; JAVA_OPTS go to its JVM (e.g. JAVA_OPTS=-Xmx256m for the memory run).
# BENCH_NO_BUILD=1 skips the compile step.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  mvn -B -q -Dstyle.color=never -DskipTests -Dinvoker.skip=true test-compile
fi
mkdir -p target/bench
CP_FILE=target/bench/classpath.txt
if [ ! -s "$CP_FILE" ] || [ pom.xml -nt "$CP_FILE" ]; then
  mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$CP_FILE"
fi
exec java ${JAVA_OPTS:-} -cp "target/classes:target/test-classes:$(cat "$CP_FILE")" \
  io.github.backendnotes.bench.Benchmark "$@"
