#!/usr/bin/env bash
# Starts CUPS if it is not running and creates the tests' PDF queue (cups-pdf).
set -euo pipefail
queue="${BACKTALK_TEST_PRINTER:-KioskPDF}"
if ! lpstat -r 2>/dev/null | grep -q "scheduler is running"; then
  if [ "$(id -u)" != 0 ]; then
    echo "CUPS is not running. Start it with: sudo systemctl start cups (or: sudo cupsd)" >&2
    exit 1
  fi
  cupsd
  for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "scheduler is running" && break; sleep 0.1; done
fi
if ! lpstat -p "$queue" >/dev/null 2>&1; then
  lpadmin -p "$queue" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
fi
# Poppler's cairo renderer keeps the fonts' Unicode maps through cups-pdf, so pdftotext can read the sheet.
lpadmin -p "$queue" -o pdftops-renderer-default=pdftocairo
cupsenable "$queue"
cupsaccept "$queue"
echo "CUPS is running; test queue: $queue"
