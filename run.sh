#!/usr/bin/env bash
# ./run.sh [FILE...]        check FILE (default: the bundled sample form)
# ./run.sh --install-user   install build/perfeval.oxt into your everyday
#                           LibreOffice profile (run as that user, not root)
#
# Installs what is missing (as root), builds, installs the extension into a
# private profile (build/profile, never your own) and checks each file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
here="$PWD"

./scripts/setup-deps.sh
./scripts/build.sh >/dev/null

if [ "${1:-}" = "--install-user" ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "run.sh: unopkg does not install into a user profile as root; run this as the user" >&2
    echo "        (or in LibreOffice: Tools > Extension Manager > Add > $here/build/perfeval.oxt)" >&2
    exit 2
  fi
  # unopkg lives next to soffice: PERFEVAL_OFFICE (soffice, program/ or the
  # root), else soffice on PATH with links resolved.
  office="${PERFEVAL_OFFICE:-$(command -v soffice || true)}"
  if [ -z "$office" ]; then
    echo "run.sh: LibreOffice not found: install libreoffice-calc or set PERFEVAL_OFFICE" >&2
    exit 2
  fi
  office="$(readlink -f "$office")"
  if [ -d "$office/program" ]; then office="$office/program"
  elif [ ! -d "$office" ]; then office="$(dirname "$office")"; fi
  if [ ! -x "$office/unopkg" ]; then
    echo "run.sh: LibreOffice not found at ${PERFEVAL_OFFICE:-the soffice on PATH} (no unopkg in $office)" >&2
    exit 2
  fi
  exec "$office/unopkg" add --force --suppress-license "$here/build/perfeval.oxt"
fi

if [ $# -eq 0 ]; then
  set -- "$here/extension/samples/seed-form.ods"
fi
exec "$here/build/bin/perfeval-check" "$@"
