#!/usr/bin/env bash
# Builds the project twice from clean and compares every jar byte for byte: the build is
# reproducible when both builds give the same sha256 for each jar (project.build.outputTimestamp
# fixes the entry times). Usage: scripts/check-reproducible.sh [extra Maven arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for run in 1 2; do
  mvn -B -q clean package -DskipTests -Prelease -Dgpg.skip "$@"
  find . -path '*/target/*.jar' -not -path './.git/*' -print0 | sort -z | xargs -0 sha256sum > "$out/run$run.sha256"
done
if diff -u "$out/run1.sha256" "$out/run2.sha256"; then
  echo "reproducible: $(wc -l < "$out/run1.sha256") jars identical in two clean builds"
else
  echo "NOT reproducible: the jars above differ between two clean builds" >&2
  exit 1
fi
