#!/usr/bin/env bash
# The system parts Backtalk's browser shell and tests need, installed when we can (root on
# Debian/Ubuntu), otherwise named exactly. Usage: scripts/system-deps.sh [runtime|test]
set -euo pipefail
mode="${1:-test}"

runtime_pkgs=(chromium fonts-dejavu-core fonts-liberation)
test_pkgs=(chromium-headless-shell cups cups-client cups-ipp-utils printer-driver-cups-pdf poppler-utils zbar-tools procps imagemagick e2fsprogs)
# Every program the kiosk, its tests and its scripts run, and the package that provides it.
# tests/unit/build/system-deps.test.ts fails when code calls a program this table does not name.
declare -A provides=(
  [chromium]=chromium [chromium-headless-shell]=chromium-headless-shell
  [cupsd]=cups
  [lp]=cups-client [lpstat]=cups-client [lpadmin]=cups-client [cancel]=cups-client [cupsctl]=cups-client [lpoptions]=cups-client
  [cupsenable]=cups-client [cupsdisable]=cups-client [cupsaccept]=cups-client [cupsreject]=cups-client
  [ipptool]=cups-ipp-utils
  [pdftotext]=poppler-utils [pdftoppm]=poppler-utils [pdfinfo]=poppler-utils
  [zbarimg]=zbar-tools
  [pgrep]=procps [pkill]=procps
  [chattr]=e2fsprogs
  [convert]=imagemagick [identify]=imagemagick [compare]=imagemagick
)
# Runtime programs (the rest are for tests and scripts).
runtime_cmds=(chromium)

wanted=("${runtime_pkgs[@]}")
[ "$mode" = test ] && wanted+=("${test_pkgs[@]}")

missing=()
for pkg in "${wanted[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if ! command -v dpkg >/dev/null 2>&1; then
  # Not Debian: check commands instead of packages.
  missing=()
  for cmd in "${!provides[@]}"; do
    if [ "$mode" = runtime ] && [[ ! " ${runtime_cmds[*]} " =~ " $cmd " ]]; then continue; fi
    command -v "$cmd" >/dev/null 2>&1 || missing+=("${provides[$cmd]}")
  done
fi
[ -e /usr/lib/cups/backend/cups-pdf ] || { [ "$mode" = test ] && missing+=(printer-driver-cups-pdf); }

if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
readarray -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "Backtalk needs these system packages: ${missing[*]}" >&2
  echo "Install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
