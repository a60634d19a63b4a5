#!/usr/bin/env bash
# Starts CUPS if it is not running and creates the tests' PDF queue (cups-pdf).
set -euo pipefail
queue="${BACKTALK_TEST_PRINTER:-KioskPDF}"
if ! lpstat -r 2>/dev/null | grep -q "scheduler is running"; then
  if [ "$(id -u)" != 0 ]; then
    echo "CUPS is not running. Start it with: sudo systemctl start cups (or: sudo cupsd)" >&2
    exit 1
  fi
  # Never start a second cupsd: two would split the socket and the port between them.
  pgrep -x cupsd >/dev/null || cupsd
  for _ in $(seq 50); do lpstat -r 2>/dev/null | grep -q "scheduler is running" && break; sleep 0.1; done
fi
# What docs/INSTALL.md asks of every kiosk: CUPS must not keep printed documents once a job is
# done (the privacy test checks the spool). Job history (no document, no patient data) stays, so
# a finished job's state can still be read. cupsctl restarts the scheduler, so only when needed.
if ! cupsctl | grep -qi '^PreserveJobFiles=No$'; then
  cupsctl PreserveJobFiles=No
  for _ in $(seq 100); do lpstat -r 2>/dev/null | grep -q "scheduler is running" && break; sleep 0.1; done
fi
if ! lpstat -p "$queue" >/dev/null 2>&1; then
  lpadmin -p "$queue" -E -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd 2>/dev/null
fi
# Poppler's cairo renderer keeps the fonts' Unicode maps through cups-pdf, so pdftotext can read the sheet.
lpadmin -p "$queue" -o pdftops-renderer-default=pdftocairo
cupsenable "$queue"
cupsaccept "$queue"
echo "CUPS is running; test queue: $queue"
