#!/usr/bin/env bash
# The browser test of the HTML reports, apart from the Maven build (mvn install does not need a browser).
# Generates report.html (verify) and coverage/index.html (report) from the fixture vault beside this script with
# the plugin as installed in the local repository, then loads both in headless Chromium at 1280 and 390 px
# (pages.test.mjs). Installs Debian's chromium and playwright-core (package-lock.json) when they are missing.
#
#   src/test/browser/run.sh            after mvn install; .ci/run calls it
#   SCREENSHOTS=/tmp/shots src/test/browser/run.sh   also saves a full-page screenshot of each page and width
#   BROWSER_TEST_MVN_ARGS=-o ...       extra Maven arguments, here offline
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
export CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"

if [ ! -x "$CHROMIUM" ]; then
  echo "browser test: installing Debian's chromium"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq chromium > /dev/null
fi
if [ ! -d "$here/node_modules/playwright-core" ]; then
  echo "browser test: installing playwright-core"
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi

# the first <version> of the pom is the project's own (there is no parent)
version=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)
plugin="io.github.backendnotes:backend-notes-maven-plugin:${version}"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the reports go where a project would have them, target/backend-notes under the notes root, so that the
# report's relative links to the notes can be followed
cp -R "$here/vault" "$work/vault"
out="$work/vault/target/backend-notes"
for goal in verify report; do
  (cd "$work" && mvn -B -ntp ${BROWSER_TEST_MVN_ARGS:-} "$plugin:$goal" \
      -Dbackend-notes.notesDirectory="$work/vault" \
      -Dbackend-notes.outputDirectory="$out" \
      -Dbackend-notes.formats=json,html \
      -Dbackend-notes.failOnViolation=false) > "$work/$goal.log" 2>&1 || {
    echo "browser test: the $goal goal failed on the fixture vault:"; tail -n 40 "$work/$goal.log"; exit 1; }
done
test -s "$out/report.html" && test -s "$out/coverage/index.html"

node "$here/pages.test.mjs" "$out"
