#!/usr/bin/env bash
# The one test command (README): installs what the tests need, builds, type-checks, runs every
# test (core, CLI, real Thunderbird, Outlook task pane in Chromium) and prints a closing
# "N passed, N failed" line. Safe to re-run.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PKGS=(thunderbird thunderbird-l10n-ja xvfb xauth x11-apps xdotool zip chromium fonts-noto-cjk fonts-dejavu-core libxml2-utils imagemagick pff-tools pst-utils)
missing=()
for p in "${APT_PKGS[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ "${#missing[@]}" -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "test-all: installing Debian packages: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "test-all: missing Debian packages (${missing[*]}); run as root with apt-get, or set AYASHII_SKIP_THUNDERBIRD=1 / AYASHII_SKIP_BROWSER=1" >&2
  fi
fi

PNPM="npx --yes pnpm@10"
$PNPM install --frozen-lockfile --reporter=silent
$PNPM run build
$PNPM run typecheck
# Add-in packaging checks: web-ext lint of the Thunderbird build, Outlook manifests validated offline.
$PNPM --filter @ayashii/thunderbird-ext run lint
$PNPM --filter @ayashii/outlook-addin run validate
mkdir -p test-output
set +e
npx vitest run --reporter=default --reporter=json --outputFile.json=test-output/vitest.json "$@"
rc=$?
set -e
node -e '
const r = JSON.parse(require("fs").readFileSync("test-output/vitest.json", "utf8"));
const skipped = (r.numPendingTests || 0) + (r.numTodoTests || 0);
console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
' || true
exit $rc
