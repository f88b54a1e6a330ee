#!/usr/bin/env bash
# Installs every Debian package the build, the run and the tests need.
# Idempotent: asks apt only for what is missing, so a second run costs ~0.1 s.
set -euo pipefail

packages=(
  cmake g++ make pkg-config
  libreoffice-dev libreoffice-calc libreoffice-l10n-zh-cn
  libboost1.81-dev libboost-regex1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev libutf8proc-dev
  libgtest-dev libgmock-dev
  zip unzip
  python3-uno
  xvfb x11-utils imagemagick xauth xdotool
  fonts-noto-cjk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "setup-deps: missing packages: ${missing[*]}" >&2
  echo "setup-deps: run as root (or: sudo apt-get install ${missing[*]})" >&2
  exit 1
fi

echo "setup-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
