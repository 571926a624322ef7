#!/usr/bin/env bash
# Lints every model in processes/ with bpmnlint (recommended rules + Camunda 7.24 compatibility); fails on errors.
# bpmnlint resolves plugins from the working directory, so it runs inside tools/bpmnlint.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
mapfile -t models < <(find "$root/processes" -name '*.bpmn' | sort)
cd "$root/tools/bpmnlint"
node_modules/.bin/bpmnlint --config "$root/.bpmnlintrc" "${models[@]}"
