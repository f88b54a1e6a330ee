#!/usr/bin/env bash
# Checks that the UNO component packed in the .oxt loads in any LibreOffice on
# Linux x86_64: its NEEDED entries may name only the UNO runtime, libstdc++,
# libgcc_s, libc and libm. A library such as libicuuc.so.72 exists in one
# distribution's LibreOffice only. Prints the newest GLIBC_, GLIBCXX_,
# CXXABI_ and GCC_ symbol versions the library requires (README, Platforms).
#
# usage: check_oxt_needed.sh OXT LIBRARY_NAME
set -euo pipefail

oxt=${1:?usage: check_oxt_needed.sh OXT LIBRARY_NAME}
libname=${2:?usage: check_oxt_needed.sh OXT LIBRARY_NAME}

allowed=(
  libuno_sal.so.3 libuno_cppu.so.3 libuno_cppuhelpergcc3.so.3 libuno_salhelpergcc3.so.3
  libstdc++.so.6 libgcc_s.so.1 libc.so.6 libm.so.6
)

fail() { echo "FAIL: $*" >&2; exit 1; }

for tool in unzip objdump; do
  command -v "$tool" >/dev/null || fail "$tool not found (Debian packages unzip, binutils)"
done
[ -f "$oxt" ] || fail "$oxt does not exist (build the target oxt first)"

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
unzip -q "$oxt" -d "$tmp" || fail "cannot unzip $oxt"

lib=$(find "$tmp" -type f -name "$libname" | head -n 1)
[ -n "$lib" ] || fail "$libname is not inside $oxt"
echo "checking ${lib#"$tmp"/} in $oxt"

bad=0
while read -r soname; do
  ok=0
  for a in "${allowed[@]}"; do
    [ "$soname" = "$a" ] && ok=1
  done
  if [ $ok -eq 1 ]; then
    echo "  NEEDED $soname"
  else
    echo "  NEEDED $soname   <-- not allowed" >&2
    bad=1
  fi
done < <(objdump -p "$lib" | awk '$1 == "NEEDED" { print $2 }')

# Every other ELF file in the .oxt would be loaded too: none is expected.
while read -r f; do
  [ "$f" = "$lib" ] && continue
  if head -c 4 "$f" | grep -q $'^\x7fELF'; then
    echo "  unexpected ELF file in the .oxt: ${f#"$tmp"/}" >&2
    bad=1
  fi
done < <(find "$tmp" -type f)

# The newest symbol version required of each runtime (undefined symbols).
for prefix in GLIBC GLIBCXX CXXABI GCC; do
  newest=$(objdump -T "$lib" | awk '/\*UND\*/' |
           grep -oE "\b${prefix}_[0-9]+(\.[0-9]+)*\b" | sort -u -V | tail -n 1 || true)
  echo "  newest ${prefix}_ required: ${newest:-none}"
done

[ $bad -eq 0 ] || fail "$libname needs libraries outside the allowed list: ${allowed[*]}"
echo "OK: $libname needs only ${allowed[*]} (or fewer)"
