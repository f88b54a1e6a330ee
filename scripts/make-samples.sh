#!/usr/bin/env bash
# Regenerates the sample spreadsheets in extension/samples/:
#   seed-form.fods  (written by make_seed_form.py, the source of truth)
#   seed-form.ods   (converted by LibreOffice)
#   seed-form.xlsx  (converted by LibreOffice)
# and tests/data/seed-form.cells (the same cells as text, for the unit tests).
#
#   scripts/make-samples.sh [--outdir DIR]
#
# --outdir DIR (or $PERFEVAL_SAMPLES_OUTDIR) writes all four files into DIR
# instead, leaving the committed ones alone (the fixture check compares them).
# Uses a private, throwaway LibreOffice profile (under $TMPDIR), so it never
# touches the user's profile and does not clash with a running office. Each
# conversion runs in its own process group under a deadline and is killed as
# a group if it overruns or this script is interrupted. Works as root.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$repo/extension/samples"
# The office: $SOFFICE, else soffice on PATH (wherever LibreOffice is installed).
soffice="${SOFFICE:-$(command -v soffice || true)}"
if [ -z "$soffice" ] || [ ! -x "$soffice" ]; then
  echo "make-samples: LibreOffice not found: install libreoffice-calc or set SOFFICE" >&2
  exit 1
fi

outdir="${PERFEVAL_SAMPLES_OUTDIR:-}"
while [ $# -gt 0 ]; do
  case "$1" in
    --outdir) outdir="${2:?--outdir needs a directory}"; shift 2 ;;
    --outdir=*) outdir="${1#--outdir=}"; shift ;;
    *) echo "usage: $0 [--outdir DIR]" >&2; exit 2 ;;
  esac
done
if [ -n "$outdir" ]; then
  mkdir -p "$outdir"
  outdir="$(cd "$outdir" && pwd)"
  fods="$outdir/seed-form.fods" cells="$outdir/seed-form.cells" dest="$outdir"
else
  fods="$samples/seed-form.fods" cells="$repo/tests/data/seed-form.cells" dest="$samples"
fi

/usr/bin/python3 "$samples/make_seed_form.py" "$fods" --cells "$cells" >/dev/null

tmp="${TMPDIR:-/tmp}"
profile="$(mktemp -d "$tmp/make-samples-lo.XXXXXX")"
work="$(mktemp -d "$tmp/make-samples-out.XXXXXX")"
pid=""
# `timeout` makes itself the leader of a new process group holding soffice and
# every process it starts; killing that group stops the whole office.
stop_office() { [ -z "$pid" ] || kill -KILL -- "-$pid" 2>/dev/null || true; }
trap 'stop_office; rm -rf "$profile" "$work"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

convert() {  # convert <filter> : converts $fods into $work
  # In the background so that a signal reaches the trap while we wait.
  timeout -k 10 120 "$soffice" --headless --norestore --nologo --nolockcheck \
    "-env:UserInstallation=file://$profile" \
    --convert-to "$1" --outdir "$work" "$fods" \
    >>"$work/soffice.log" 2>&1 &
  pid=$!
  local rc=0
  wait "$pid" || rc=$?
  pid=""
  if [ "$rc" -ne 0 ]; then
    echo "make-samples: soffice --convert-to $1 failed (exit $rc)" >&2
    cat "$work/soffice.log" >&2
    exit 1
  fi
}

convert 'ods:calc8'
convert 'xlsx:Calc MS Excel 2007 XML'

for ext in ods xlsx; do
  if [ ! -s "$work/seed-form.$ext" ]; then
    echo "make-samples: conversion to $ext failed" >&2
    cat "$work/soffice.log" >&2
    exit 1
  fi
  mv -f "$work/seed-form.$ext" "$dest/seed-form.$ext"
done

echo "make-samples: wrote $dest/seed-form.{fods,ods,xlsx} and $cells"
