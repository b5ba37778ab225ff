#!/usr/bin/env bash
# The committed custom-elements.json must match what `npm run manifest` makes from the sources.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=node_modules/.cache/manifest-check
rm -rf "$out"
npx --no-install cem analyze --config custom-elements-manifest.config.mjs --quiet --outdir "$out"
if ! diff -q custom-elements.json "$out/custom-elements.json" >/dev/null; then
  diff -u custom-elements.json "$out/custom-elements.json" | head -40 || true
  echo "custom-elements.json is stale: run \`npm run manifest\` and commit it." >&2
  exit 1
fi
echo "custom-elements.json is up to date."
