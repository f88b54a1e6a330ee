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
  exec /usr/lib/libreoffice/program/unopkg add --force --suppress-license "$here/build/perfeval.oxt"
fi

if [ $# -eq 0 ]; then
  set -- "$here/extension/samples/seed-form.ods"
fi
exec "$here/build/bin/perfeval-check" "$@"
