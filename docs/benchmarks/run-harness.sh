#!/bin/sh
# Runs a harness main class from src/test/java on the test classpath (the exec plugin is not in the offline
# repository). Usage: docs/benchmarks/run-harness.sh <main class> [-Dname=value ...]
# e.g. docs/benchmarks/run-harness.sh eu.csep.portal.budget.boundary.LedgerThroughputBenchmark
#      docs/benchmarks/run-harness.sh eu.csep.portal.budget.boundary.LedgerCrashHarness
set -e
cd "$(dirname "$0")/../.."
main="$1"; shift
./mvnw -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/harness.classpath
exec "${JAVA_HOME:+$JAVA_HOME/bin/}java" "$@" -cp "target/test-classes:target/classes:$(cat target/harness.classpath)" "$main"
