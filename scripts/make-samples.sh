#!/usr/bin/env bash
# Regenerates the sample spreadsheets in extension/samples/:
#   seed-form.fods  (written by make_seed_form.py, the source of truth)
#   seed-form.ods   (converted by LibreOffice)
#   seed-form.xlsx  (converted by LibreOffice)
# Uses a private, throwaway LibreOffice profile, so it never touches the
# user's profile and does not clash with a running office. Works as root.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
samples="$repo/extension/samples"
# The office: $SOFFICE, else soffice on PATH (wherever LibreOffice is installed).
soffice="${SOFFICE:-$(command -v soffice || true)}"
if [ -z "$soffice" ] || [ ! -x "$soffice" ]; then
  echo "make-samples: LibreOffice not found: install libreoffice-calc or set SOFFICE" >&2
  exit 1
fi

/usr/bin/python3 "$samples/make_seed_form.py" "$samples/seed-form.fods" \
  --cells "$repo/tests/data/seed-form.cells" >/dev/null

profile="$(mktemp -d /tmp/make-samples-lo.XXXXXX)"
outdir="$(mktemp -d /tmp/make-samples-out.XXXXXX)"
trap 'rm -rf "$profile" "$outdir"' EXIT

convert() {  # convert <filter> : converts seed-form.fods into $outdir
  "$soffice" --headless --norestore --nologo --nolockcheck \
    "-env:UserInstallation=file://$profile" \
    --convert-to "$1" --outdir "$outdir" "$samples/seed-form.fods" \
    >>"$outdir/soffice.log" 2>&1 || { cat "$outdir/soffice.log" >&2; exit 1; }
}

convert 'ods:calc8'
convert 'xlsx:Calc MS Excel 2007 XML'

for ext in ods xlsx; do
  if [ ! -s "$outdir/seed-form.$ext" ]; then
    echo "make-samples: conversion to $ext failed" >&2
    cat "$outdir/soffice.log" >&2
    exit 1
  fi
  mv -f "$outdir/seed-form.$ext" "$samples/seed-form.$ext"
done

echo "make-samples: wrote $samples/seed-form.{fods,ods,xlsx}"
