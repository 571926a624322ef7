#!/usr/bin/env bash
# Checks that the committed generated files equal what their generators write (docs/generated-files.md).
# Each generator runs in an empty temporary copy of the repository (it writes relative to its own location), so
# the working tree is never touched; then every file it wrote is compared with the committed one, and every
# committed file that names the generator as its exporter must have been written by it.
# Needs only python3 (the generators use the standard library alone; gen_forms.py reads data/years and
# data/working-calendar, copied into the temporary copy as inputs). Exit status 1 on any difference.
set -euo pipefail
cd "$(dirname "$0")/.."

# the generators kept; each one owns exactly the files it writes (other forms and BPMN files are hand-written)
generators=(
  tools/forms/gen_forms.py
  tools/forms/gen_internal_index_forms.py
  tools/bpmn/par_annual_cycle.py
  tools/bpmn/internal_index_period.py
)

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "check-generated: $*" >&2; failures=$((failures + 1)); }

for generator in "${generators[@]}"; do
  copy="$work/$(basename "$generator" .py)"
  mkdir -p "$copy/$(dirname "$generator")"
  cp "$generator" "$copy/$generator"
  # the modules a generator imports from its own folder (tools/bpmn/bpmn_labels.py)
  for module in "$(dirname "$generator")"/*.py; do [ -e "$copy/$module" ] || cp "$module" "$copy/$module"; done
  # the data a generator reads (gen_forms.py: the years' calendars for the cycle's start form); inputs, not output
  mkdir -p "$copy/data"
  cp -r data/years data/working-calendar "$copy/data/"
  if ! python3 -B "$copy/$generator" >"$work/log" 2>&1; then
    cat "$work/log" >&2
    fail "$generator failed"
    continue
  fi
  written=0
  failures_before=$failures
  while IFS= read -r -d '' file; do
    path=${file#"$copy/"}
    written=$((written + 1))
    if [ ! -f "$path" ]; then
      fail "$path is written by $generator but not committed: commit it, or remove it from the generator"
    elif ! cmp -s "$file" "$path"; then
      diff -u --label "$path (committed)" --label "$path (from $generator)" "$path" "$file" | head -n 40 >&2 || true
      fail "$path differs from what $generator writes: edit the generator, run python3 $generator, commit both"
    fi
  done < <(find "$copy" -type f ! -path "$copy/tools/*" ! -path "$copy/data/*" -print0 | sort -z)
  [ "$written" -gt 0 ] || fail "$generator wrote no file"

  # a committed file that still names this generator as its exporter but is no longer written by it
  while IFS= read -r path; do
    [ -f "$copy/$path" ] || fail "$path names $generator as its exporter, but the generator does not write it"
  done < <(grep -rlF -e "\"name\": \"$generator\"" -e "exporter=\"$generator\"" forms processes || true)

  if [ "$failures" -eq "$failures_before" ]; then
    echo "check-generated: $generator: $written file(s) equal to the committed ones"
  fi
done

if [ "$failures" -gt 0 ]; then
  echo "check-generated: FAILED, $failures problem(s): generated files must equal what their generator writes (docs/generated-files.md)" >&2
  exit 1
fi
