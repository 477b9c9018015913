#!/usr/bin/env bash
# Mutation testing of core with PIT (the 'mutation' profile of core/pom.xml; not in the default
# build). Report: core/target/pit-reports/<run>/index.html and mutations.xml.
#
#   scripts/mutation.sh                                # all of core's main code and tests
#   scripts/mutation.sh 'io.github.attract.money.*'    # one package, mutated and tested by its own tests
#   scripts/mutation.sh 'io.github.attract.calc.*' 'io.github.attract.*'   # one package, all tests
#
# The second argument (default: the first) selects the tests PIT runs; a package's own tests give a
# shorter run and a lower bound on the score that all tests would give. A single class can be the
# target too ('io.github.attract.money.Money*'), for a quick rerun after new tests. (PIT's
# incremental history now needs a commercial plugin, so each run analyses its targets afresh.)
# THREADS overrides the thread count (default 2), TRIES the property tests' tries (default 100). Run from the repository root.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:-io.github.attract.*}"
tests="${2:-$target}"
run="${target#io.github.attract.}"
run="${run%.\*}"
[ "$run" = '*' ] && run=all
[ "$tests" = "$target" ] || run="$run-alltests"
# test-compile, then the PIT goal alone: Surefire's own run of the suite is not repeated.
mvn -B -pl core -Pmutation test-compile org.pitest:pitest-maven:mutationCoverage \
  -Dpit.threads="${THREADS:-2}" \
  -Dpit.targetClasses="$target" \
  -Dpit.targetTests="$tests" \
  -Dpit.tries="${TRIES:-100}" \
  -Dpit.run="$run"
