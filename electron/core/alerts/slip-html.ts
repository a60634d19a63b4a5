/**
 * The urgent slip as a self-contained HTML page: a big white-on-black call to act, the flags in
 * clinical words, the time and the kiosk. Short enough for a receipt roll, bold enough to be
 * read across a desk; the same HTML goes through the same print backends as the summary.
 */
import type { UrgentSlip } from '../../../shared/summary/urgent-slip.ts';
import type { PaperSpec } from '../printing/paper.ts';
import { escapeHtml } from '../printing/summary-html.ts';

export function renderUrgentSlipHtml(slip: UrgentSlip, paper: PaperSpec): string {
  const receipt = paper.heightMm === null;
  const contentWidthMm = paper.widthMm - 2 * paper.marginMm;
  const pageSize = receipt ? `${paper.widthMm}mm auto` : `${paper.widthMm}mm ${paper.heightMm}mm`;
  return `<!doctype html>
<html lang="${slip.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Backtalk urgent alert</title>
<style>
  @page { size: ${pageSize}; margin: ${paper.marginMm}mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; color: #000; background: #fff; }
  body { width: ${contentWidthMm}mm; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: ${receipt ? '12pt' : '16pt'}; line-height: 1.25; }
  .call { background: #000; color: #fff; padding: 3mm 4mm; margin: 0 0 3mm; font-size: ${receipt ? '17pt' : '28pt'}; font-weight: bold; line-height: 1.15;
          -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { font-size: ${receipt ? '12pt' : '16pt'}; margin: 2mm 0 1mm; text-transform: uppercase; }
  ul { margin: 0 0 3mm; padding-left: 6mm; }
  li { font-weight: bold; font-size: ${receipt ? '13pt' : '20pt'}; margin: 1mm 0; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 1mm 4mm; margin: 0 0 3mm; }
  dt { font-weight: bold; }
  dd { margin: 0; }
  .note { border-top: 0.6mm solid #000; padding-top: 1.5mm; }
</style>
</head>
<body>
<h1 class="call" data-part="call">${escapeHtml(slip.title)}</h1>
<h2>${escapeHtml(slip.flagsHeading)}</h2>
<ul data-part="flags">${slip.flags.map((flag) => `<li>${escapeHtml(flag)}</li>`).join('')}</ul>
<dl>
  <dt>${escapeHtml(slip.timeLabel)}</dt><dd data-part="time">${escapeHtml(slip.time)}</dd>
  <dt>${escapeHtml(slip.kioskLabel)}</dt><dd data-part="kiosk">${escapeHtml(slip.kioskName)}</dd>
</dl>
<p class="note">${escapeHtml(slip.note)}</p>
</body>
</html>`;
}
