#!/usr/bin/env bash
# Mutation testing of core with PIT (the 'mutation' profile of core/pom.xml; not in the default
# build). Report: core/target/pit-reports/index.html and mutations.xml.
#
#   scripts/mutation.sh                          # all of core's main code, 2 threads
#   scripts/mutation.sh 'io.github.attract.money.*'   # one package, for a machine too slow for all
#
# THREADS overrides the thread count. Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-io.github.attract.*}"
mvn -B -pl core -Pmutation test \
  -Dpit.threads="${THREADS:-2}" \
  -Dpit.targetClasses="$target"
