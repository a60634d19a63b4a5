/**
 * Lays the summary model out as a self-contained HTML page for one paper size. The same HTML
 * becomes a PDF in Electron (printToPDF) and in the browser shell (Chromium), so every path prints
 * the same sheet. No scripts, no external resources: black and white, print CSS only.
 */
import QRCode from 'qrcode';
import type { SummaryDocument } from '../../../shared/summary/summary-model.ts';
import type { PaperSpec } from './paper.ts';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Byte capacity of a version-40 QR code at error correction M. */
const qrMaxBytesAtM = 2331;

/**
 * The QR code as inline SVG (no image file, no network). Error correction M survives a smudge;
 * the rare response too long for M falls back to L rather than failing to print.
 */
export async function qrSvg(payload: string): Promise<string> {
  const errorCorrectionLevel = new TextEncoder().encode(payload).byteLength <= qrMaxBytesAtM ? 'M' : 'L';
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel, margin: 4, color: { dark: '#000000', light: '#ffffff' } });
}

function list(items: readonly string[], className = ''): string {
  if (items.length === 0) return '<p class="muted">None</p>';
  return `<ul class="${className}">${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

export async function renderSummaryHtml(summary: SummaryDocument, paper: PaperSpec): Promise<string> {
  const receipt = paper.heightMm === null;
  const contentWidthMm = paper.widthMm - 2 * paper.marginMm;
  const qr = await qrSvg(summary.qrPayload);
  const { heading, urgent, patient, therapist } = summary;
  const pageSize = receipt ? `${paper.widthMm}mm auto` : `${paper.widthMm}mm ${paper.heightMm}mm`;

  return `<!doctype html>
<html lang="${summary.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Backtalk summary</title>
<style>
  @page { size: ${pageSize}; margin: ${paper.marginMm}mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; color: #000; background: #fff; }
  body { width: ${contentWidthMm}mm; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: ${receipt ? '8.5pt' : '10pt'}; line-height: 1.3; }
  h1 { font-size: ${receipt ? '12pt' : '16pt'}; margin: 0 0 1mm; }
  h2 { font-size: ${receipt ? '10pt' : '12pt'}; margin: 3mm 0 1mm; border-bottom: 0.3mm solid #000; }
  h3 { font-size: ${receipt ? '9pt' : '10.5pt'}; margin: 2mm 0 0.5mm; }
  p { margin: 0.5mm 0 1mm; }
  ul { margin: 0.5mm 0 1mm; padding-left: 5mm; }
  .clinic { display: flex; justify-content: space-between; flex-wrap: wrap; gap: 2mm; font-weight: bold; }
  .write-in { display: grid; grid-template-columns: ${receipt ? '1fr' : '1fr 1fr'}; gap: 2mm ${receipt ? '0' : '6mm'}; margin: 3mm 0; }
  .write-in div { border-bottom: 0.3mm solid #000; padding-top: 5mm; font-size: 8pt; }
  .urgent { border: 1mm solid #000; padding: 2mm 3mm; margin: 2mm 0; }
  .urgent h2 { border: 0; margin: 0; font-size: ${receipt ? '11pt' : '14pt'}; }
  .level { border: 0.4mm solid #000; padding: 1.5mm 2.5mm; margin: 1mm 0 2mm; }
  .because { font-style: italic; }
  .therapist { ${receipt ? '' : 'break-inside: avoid-page;'} font-size: ${receipt ? '7.5pt' : '8.5pt'}; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.4mm 1mm; border-bottom: 0.1mm solid #555; }
  th { width: ${receipt ? '45%' : '38%'}; font-weight: normal; }
  .flag td, .flag th { font-weight: bold; }
  .qr { display: flex; gap: 3mm; align-items: flex-start; margin-top: 2mm; ${receipt ? 'flex-direction: column;' : ''} }
  .qr svg { width: ${receipt ? `${contentWidthMm}mm` : '62mm'}; height: auto; flex: none; }
  .muted { color: #333; }
  .footer { margin-top: 2mm; font-size: 7.5pt; }
</style>
</head>
<body>
<header>
  <div class="clinic"><span>${escapeHtml(summary.clinic.name)}</span>${summary.clinic.phone ? `<span>${escapeHtml(summary.clinic.phone)}</span>` : ''}</div>
  <h1>${escapeHtml(heading.title)}</h1>
  <p>${escapeHtml(heading.dateLabel)}</p>
  <div class="write-in"><div>${escapeHtml(heading.nameLabel)}</div><div>${escapeHtml(heading.birthDateLabel)}</div></div>
</header>
${
  urgent
    ? `<section class="urgent" data-part="urgent"><h2>${escapeHtml(urgent.title)}</h2><p>${escapeHtml(urgent.body)}</p>${list(urgent.flags)}</section>`
    : ''
}
<section data-part="patient">
  <div class="level"><h3>${escapeHtml(patient.levelTitle)}</h3><p>${escapeHtml(patient.levelBody)}</p></div>
  <h2>${escapeHtml(patient.causesHeading)}</h2>
  ${patient.noLikelyCause ? `<p>${escapeHtml(patient.noLikelyCause)}</p>` : ''}
  ${patient.causes
    .map(
      (cause) =>
        `<h3>${escapeHtml(cause.name)}</h3><p>${escapeHtml(cause.explanation)}</p>${
          cause.because.length ? `<p class="because">${escapeHtml(patient.becauseLabel)}: ${cause.because.map(escapeHtml).join('; ')}</p>` : ''
        }`,
    )
    .join('')}
  <h2>${escapeHtml(patient.meanwhileHeading)}</h2>
  ${list(patient.meanwhile)}
  <p><strong>${escapeHtml(patient.handToTherapist)}</strong></p>
</section>
<section class="therapist" data-part="therapist" lang="en">
  <h2>For the therapist</h2>
  <p>Patient language: ${escapeHtml(therapist.patientLanguage)} · Guidance level: <strong>${escapeHtml(therapist.level)}</strong> · Pain: <strong>${escapeHtml(therapist.painScore)}</strong></p>
  <h3>Red flags</h3>${list(therapist.redFlags)}
  <h3>Therapist signals</h3>${list(therapist.signals)}
  <h3>Causes (score, evidence)</h3>
  <table>${therapist.causes
    .map((c) => `<tr><th>${escapeHtml(c.name)}${c.likely ? ' (likely)' : ''}</th><td>${c.score}${c.evidence.length ? ' · ' + escapeHtml(c.evidence.join(', ')) : ''}</td></tr>`)
    .join('')}</table>
  <h3>Answers</h3>
  <table>${therapist.answers
    .map((row) => `<tr${row.isRedFlag ? ' class="flag"' : ''}><th>${escapeHtml(row.label)}</th><td>${escapeHtml(row.value)}${row.isRedFlag ? ' ⚠' : ''}</td></tr>`)
    .join('')}</table>
  ${therapist.unanswered.length ? `<p class="muted">Not answered: ${escapeHtml(therapist.unanswered.join(', '))}</p>` : ''}
  <div class="qr"><div data-part="qr">${qr}</div><p class="footer">Scan for a FHIR R4 QuestionnaireResponse (codes only).<br>Rule set ${escapeHtml(therapist.ruleSetVersion)} · Questionnaire ${escapeHtml(therapist.questionnaireVersion)}<br>Informational only, not a diagnosis.</p></div>
</section>
</body>
</html>`;
}
