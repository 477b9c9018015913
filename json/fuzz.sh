#!/usr/bin/env bash
# A longer fuzz campaign of the portfolio readers and the OC4IDS importer than the build runs.
#
#   json/fuzz.sh                 # 100,000 mutated documents per reader and for the importer, seed 16
#   json/fuzz.sh 1000000 42      # more, from another seed
#
# It runs FuzzTest with -Dattract.fuzz.tries and -Dattract.fuzz.seed. A failure names the try and
# the exception; replay it with the same arguments. Expect minutes per 100,000 documents on 2 cores.
set -euo pipefail

cd "$(dirname "$0")/.."
TRIES=${1:-100000}
SEED=${2:-16}
mvn -B -pl json -am test \
  -Dtest=FuzzTest -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
  -Dattract.fuzz.tries="$TRIES" -Dattract.fuzz.seed="$SEED"
