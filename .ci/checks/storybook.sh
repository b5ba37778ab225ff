#!/usr/bin/env bash
# Storybook: builds it offline (no telemetry) and opens every story in every toolbar locale and
# theme in headless Chromium, failing on console/page errors, widgets not in their expected
# state, play functions that fail, or axe violations (scripts/storybook-smoke.mjs --variants).
# Then drives the built Storybook's own UI: controls change the element, events reach Actions
# (test/storybook/controls.test.mjs).
set -euo pipefail
cd "$(dirname "$0")/../.."
export STORYBOOK_DISABLE_TELEMETRY=1
# Docs and controls are generated from the Custom Elements Manifest.
if [ ! -f custom-elements.json ]; then
  npm run --silent manifest
fi
node scripts/storybook-smoke.mjs --variants
node --test test/storybook/
