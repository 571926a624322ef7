#!/usr/bin/env bash
# Lints every model in processes/ (or the .bpmn files given as arguments) with bpmnlint:
# recommended rules + Camunda 7.24 compatibility, from /.bpmnlintrc. Exits non-zero on any error.
# Needs `npm ci --prefix tools/bpmnlint` first. bpmnlint resolves plugins from the working
# directory, so it runs inside tools/bpmnlint with absolute paths.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
if [ "$#" -gt 0 ]; then
  models=()
  for f in "$@"; do models+=("$(cd "$(dirname "$f")" && pwd)/$(basename "$f")"); done
else
  mapfile -t models < <(find "$root/processes" -name '*.bpmn' | sort)
fi
if [ "${#models[@]}" -eq 0 ]; then
  echo "bpmnlint: no .bpmn files found under processes/" >&2
  exit 1
fi
cd "$root/tools/bpmnlint"
node_modules/.bin/bpmnlint --config "$root/.bpmnlintrc" "${models[@]}"
echo "bpmnlint: ${#models[@]} model(s) OK"
