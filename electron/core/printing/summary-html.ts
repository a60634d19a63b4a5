/**
 * Lays the summary model out as a self-contained HTML page for one paper size. The same HTML
 * becomes a PDF in Electron (printToPDF), in the browser shell (Chromium) and goes to the OS
 * printer in silent printing, so every path prints the same sheet. No scripts, no external
 * resources: black and white only, print CSS only.
 *
 * Two arrangements of one order (clinic, write-in lines, urgent banner, patient part, therapist
 * part, QR): Letter/A4 put the therapist part in two columns beside a 64 mm QR code to fit one
 * page; the 72 mm receipt stacks everything and prints the QR code across the full width.
 */
import QRCode from 'qrcode';
import { hypermobilityLinkIds } from '../../../shared/questionnaire/backtalk-questionnaire.ts';
import type { SummaryAnswerRow, SummaryDocument, UrgentBlock } from '../../../shared/summary/summary-model.ts';
import type { PaperSpec } from './paper.ts';
import { encodeQrText } from './qr-text.ts';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] ?? ch);
}

/** Byte capacity of a version-40 QR code at error correction M. */
const qrMaxBytesAtM = 2331;

/**
 * The QR code's printed width, the same on every paper. 60 mm: the compressed text (btfhir1:,
 * version 22-26 at M) prints modules of 0.47-0.53 mm, and the answers beside it keep room to
 * stay on one Letter page in Spanish.
 */
export const qrWidthMm = 60;
const qrQuietZoneModules = 4;
/**
 * The smallest module that still scans from a 150 dpi scan (2.5 pixels) and prints as at least
 * 3.5 dots on a 203 dpi thermal head. Below it, a lower error correction level (a smaller
 * symbol, so bigger modules) scans more reliably than a stronger one that prints too fine.
 */
export const minQrModuleMm = 0.42;

/** Error correction M survives a smudge; L when M would print modules too fine to scan (or not fit). */
export function chooseQrErrorCorrection(payload: string, widthMm: number): 'M' | 'L' {
  if (new TextEncoder().encode(payload).byteLength > qrMaxBytesAtM) return 'L';
  const modules = QRCode.create(payload, { errorCorrectionLevel: 'M' }).modules.size + 2 * qrQuietZoneModules;
  return widthMm / modules >= minQrModuleMm ? 'M' : 'L';
}

/** The symbol a payload prints as: QR version, error correction and printed module size. */
export function qrSymbol(payload: string, widthMm = qrWidthMm): { version: number; errorCorrectionLevel: 'M' | 'L'; moduleMm: number } {
  const errorCorrectionLevel = chooseQrErrorCorrection(payload, widthMm);
  const code = QRCode.create(payload, { errorCorrectionLevel });
  return { version: code.version, errorCorrectionLevel, moduleMm: widthMm / (code.modules.size + 2 * qrQuietZoneModules) };
}

/** The QR code as inline SVG (no image file, no network), with the 4-module quiet zone scanners need. */
export async function qrSvg(payload: string, widthMm = qrWidthMm): Promise<string> {
  const errorCorrectionLevel = chooseQrErrorCorrection(payload, widthMm);
  return QRCode.toString(payload, { type: 'svg', errorCorrectionLevel, margin: qrQuietZoneModules, color: { dark: '#000000', light: '#ffffff' } });
}

function list(items: readonly string[], none = 'None'): string {
  if (items.length === 0) return `<p class="none">${escapeHtml(none)}</p>`;
  return `<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`;
}

const levelNames: Record<string, string> = {
  'common-harmless': 'Commonly harmless',
  'discuss-with-therapist': 'Discuss with therapist today',
  'tell-front-desk-now': 'TELL FRONT DESK NOW (red flag)',
};

/** Screens of yes/no questions whose plain "No" answers print as one line. */
const foldedGroups = [
  { label: 'Safety questions', includes: (row: SummaryAnswerRow) => row.section === 'safety' },
  { label: 'Hypermobility screen', includes: (row: SummaryAnswerRow) => hypermobilityLinkIds.includes(row.linkId) },
] as const;

/**
 * Every answer, compactly: within a screening group, two or more "No" answers become one line
 * ("Safety questions (6): No to all", or "…, the other 3: No" beside the answers that were not No).
 */
export function foldNoAnswers(rows: readonly SummaryAnswerRow[]): { label: string; value: string; isRedFlag: boolean }[] {
  const out: { label: string; value: string; isRedFlag: boolean }[] = [];
  const placed = new Set<string>();
  for (const row of rows) {
    const group = foldedGroups.find((g) => g.includes(row));
    const members = group ? rows.filter((r) => group.includes(r)) : [];
    const noes = members.filter((r) => r.isNo);
    if (!group || !row.isNo || noes.length < 2) {
      out.push(row);
      continue;
    }
    if (placed.has(group.label)) continue;
    placed.add(group.label);
    const all = noes.length === members.length;
    out.push({ label: all ? `${group.label} (${noes.length})` : `${group.label}, the other ${noes.length}`, value: all ? 'No to all' : 'No', isRedFlag: false });
  }
  return out;
}

function styles(paper: PaperSpec): string {
  const receipt = paper.heightMm === null;
  const contentWidthMm = paper.widthMm - 2 * paper.marginMm;
  const pageSize = receipt ? `${paper.widthMm}mm auto` : `${paper.widthMm}mm ${paper.heightMm}mm`;
  // Receipt type is larger than it looks on screen: thermal print, read at arm's length, often by older eyes.
  const size = receipt
    ? { body: '10pt', h1: '14pt', h2: '11.5pt', h3: '10.5pt', therapist: '8.5pt', th3: '8.5pt' }
    : { body: '10pt', h1: '15pt', h2: '11.5pt', h3: '10.5pt', therapist: '7.6pt', th3: '8pt' };
  return `
  @page { size: ${pageSize}; margin: ${paper.marginMm}mm; }
  * { box-sizing: border-box; }
  html, body { margin: 0; padding: 0; color: #000; background: #fff; }
  body { width: ${contentWidthMm}mm; font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: ${size.body}; line-height: 1.25; }
  h1 { font-size: ${size.h1}; margin: 0.5mm 0; line-height: 1.15; }
  h2 { font-size: ${size.h2}; margin: 2mm 0 0.8mm; padding-bottom: 0.3mm; border-bottom: 0.4mm solid #000; }
  h3 { font-size: ${size.h3}; margin: 1.5mm 0 0.2mm; }
  p { margin: 0.3mm 0 0.6mm; }
  ul { margin: 0.3mm 0 0.6mm; padding-left: 4.5mm; }
  li { margin: 0.2mm 0; }
  .sample { border: 0.6mm dashed #000; padding: 1.5mm 2mm; margin: 0 0 2mm; font-weight: bold; text-align: center; }
  .clinic { display: flex; justify-content: space-between; flex-wrap: wrap; column-gap: 4mm; font-weight: bold; font-size: ${receipt ? '11pt' : '12pt'}; }
  .title { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: baseline; column-gap: 4mm; }
  .date { font-size: ${receipt ? '9.5pt' : '10pt'}; }
  .write-in { display: grid; grid-template-columns: ${receipt ? '1fr' : '3fr 2fr'}; gap: 0 6mm; margin: 0 0 1.5mm; }
  .write-in div { border-bottom: 0.3mm solid #000; padding-top: 6.5mm; font-size: 8pt; }
  /* The red-flag block leads the sheet: white on black, larger than anything else. */
  .urgent { background: #000; color: #fff; padding: 2mm 3.5mm; margin: 0 0 2mm; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .urgent-block + .urgent-block { margin-top: 1.5mm; padding-top: 1.5mm; border-top: 0.4mm solid #fff; }
  .urgent h2 { border: 0; margin: 0 0 0.6mm; padding: 0; font-size: ${receipt ? '16pt' : '18pt'}; line-height: 1.12; }
  .urgent h2::before { content: "! "; }
  .urgent p, .urgent li { font-weight: bold; font-size: ${receipt ? '11pt' : '11pt'}; }
  .urgent .emergency { margin-top: 0.8mm; font-size: ${receipt ? '11pt' : '11.5pt'}; }
  .urgent ul { margin-bottom: 0.5mm; }
  .urgent-block--staff h2 { font-size: ${receipt ? '12pt' : '12pt'}; }
  .urgent-block--staff li { font-size: 9pt; margin: 0; }
  .patient-grid.patient-grid--urgent { display: block; }
  .patient-grid--urgent ul { columns: 2; column-gap: 8mm; }
  .level { border: 0.5mm solid #000; padding: 1.2mm 2.5mm; margin: 2mm 0 1mm; }
  .level h2 { border: 0; margin: 0 0 0.5mm; padding: 0; }
  .because { font-style: italic; }
  .hand-over { font-weight: bold; margin-top: 1.5mm; }
  .none { font-style: italic; }
  /* The guidance comes first in reading order (and on the receipt); sheets put the causes beside it. */
  .patient-grid { display: ${receipt ? 'block' : 'grid'}; grid-template-columns: 1fr 70mm; grid-template-rows: auto 1fr; gap: 0 6mm; align-items: start; }
  .level-part { grid-column: 2; grid-row: 1; }
  .causes-part { grid-column: 1; grid-row: 1 / span 2; }
  .meanwhile-part { grid-column: 2; grid-row: 2; }
  .therapist { font-size: ${size.therapist}; line-height: 1.18; margin-top: 2.5mm; border-top: 0.8mm solid #000; padding-top: 0.8mm; }
  .therapist h2 { font-size: ${receipt ? '10pt' : '10pt'}; margin: 0 0 0.5mm; border: 0; padding: 0; }
  .therapist h3 { font-size: ${size.th3}; margin: 1.2mm 0 0.2mm; text-transform: uppercase; letter-spacing: 0.02em; }
  .therapist ul { padding-left: 3.5mm; margin: 0; }
  .therapist li { margin: 0; }
  .facts { display: flex; flex-wrap: wrap; gap: 0.3mm 4mm; margin: 0 0 0.5mm; font-size: ${receipt ? '9pt' : '8.5pt'}; }
  .therapist-grid { display: ${receipt ? 'block' : 'grid'}; grid-template-columns: 1fr ${qrWidthMm}mm; gap: 0 5mm; align-items: start; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0 0.8mm; border-bottom: 0.1mm solid #000; }
  th { width: ${receipt ? '42%' : '36%'}; font-weight: normal; }
  .flag th, .flag td { font-weight: bold; }
  .causes th { width: ${receipt ? '40%' : '36%'}; }
  .therapist p { margin: 0.2mm 0; }
  .causes td.score { width: 6mm; text-align: right; }
  .causes .cause-name th { border-bottom: 0; padding-top: 0.6mm; }
  .causes .evidence td { padding-left: 3mm; }
  .qr { margin-top: 1.5mm; }
  .qr svg { display: block; width: ${qrWidthMm}mm; height: ${qrWidthMm}mm; }
  .qr p { font-size: 7pt; margin: 0.3mm 0 1mm; }
  .keep { break-inside: avoid; }
`;
}

/** The patient's block in full; the staff copy is the call and the flags in clinical words only. */
function urgentBlock(block: UrgentBlock, index: number): string {
  if (index > 0) {
    return `<div class="urgent-block urgent-block--staff" lang="${block.language}"><h2>${escapeHtml(block.title)}</h2>${list(block.flags)}</div>`;
  }
  return `<div class="urgent-block" lang="${block.language}"><h2>${escapeHtml(block.title)}</h2><p>${escapeHtml(block.body)}</p>${list(block.flags)}<p class="emergency">${escapeHtml(block.emergency)}</p></div>`;
}

export async function renderSummaryHtml(summary: SummaryDocument, paper: PaperSpec): Promise<string> {
  const receipt = paper.heightMm === null;
  const qr = await qrSvg(encodeQrText(summary.qrPayload));
  const { heading, urgent, patient, therapist } = summary;

  const causesPart = urgent ? '' : `<h2>${escapeHtml(patient.causesHeading)}</h2>
  ${patient.noLikelyCause ? `<p>${escapeHtml(patient.noLikelyCause)}</p>` : ''}
  ${patient.causes
    .map(
      (cause) =>
        `<div class="keep"><h3>${escapeHtml(cause.name)}</h3><p>${escapeHtml(cause.explanation)}</p>${
          cause.becauseClauses.length ? `<p class="because">${escapeHtml(patient.becauseLabel)}: ${cause.becauseClauses.map(escapeHtml).join('; ')}.</p>` : ''
        }</div>`,
    )
    .join('')}`;
  const levelPart = `<div class="level keep"><h2>${escapeHtml(patient.levelTitle)}</h2><p>${escapeHtml(patient.levelBody)}</p></div>`;
  const meanwhilePart = `<h2>${escapeHtml(patient.meanwhileHeading)}</h2>
  ${list(patient.meanwhile)}
  <p class="hand-over">${escapeHtml(patient.handToTherapist)}</p>`;

  const facts = `<div class="facts">
    <span>Level: <b>${escapeHtml(levelNames[therapist.level] ?? therapist.level)}</b></span>
    <span>Pain: <b>${escapeHtml(therapist.painScore)}</b></span>
    <span>Patient language: <b>${escapeHtml(therapist.patientLanguage)}</b></span>
  </div>`;
  const flagsAndSignals = `<p class="flags"><b>Red flags:</b> ${escapeHtml(therapist.redFlags.join('; ') || 'none')}</p>
  <p><b>Risk markers:</b> ${escapeHtml(therapist.riskMarkers.join('; ') || 'none')}. <b>Hypermobility screen:</b> ${escapeHtml(therapist.hypermobilityScreen)}</p>
  <p><b>Therapist signals:</b> ${escapeHtml(therapist.signals.join('; ') || 'none')}</p>`;
  const causesTable = `<h3>Causes: score, evidence</h3>
  <table class="causes">${therapist.causes
    .map((c) => {
      const name = `<th>${escapeHtml(c.name)}${c.likely ? ' (likely)' : ''}</th><td class="score">${c.score}</td>`;
      const evidence = escapeHtml(c.evidence.join(', ') || '-');
      // The receipt is too narrow for three columns: the evidence goes on its own line.
      return receipt
        ? `<tr class="${c.likely ? 'flag ' : ''}cause-name"><th colspan="2">${escapeHtml(c.name)}${c.likely ? ' (likely)' : ''}: ${c.score}</th></tr><tr class="evidence"><td colspan="2">${evidence}</td></tr>`
        : `<tr${c.likely ? ' class="flag"' : ''}>${name}<td>${evidence}</td></tr>`;
    })
    .join('')}</table>`;
  const answersTable = `<h3>Answers</h3>
  <table class="answers">${foldNoAnswers(therapist.answers)
    .map((row) => `<tr${row.isRedFlag ? ' class="flag"' : ''}><th>${escapeHtml(row.label)}</th><td>${row.isRedFlag ? '! ' : ''}${escapeHtml(row.value)}</td></tr>`)
    .join('')}</table>
  ${therapist.unanswered.length ? `<p>Not answered: ${escapeHtml(therapist.unanswered.join(', '))}</p>` : ''}`;
  const qrBlock = `<div class="qr keep" data-part="qr">${qr}<p>FHIR R4 QuestionnaireResponse (btfhir1: compressed; read with backtalk-assess).<br>Rules ${escapeHtml(therapist.ruleSetVersion)} · questionnaire ${escapeHtml(therapist.questionnaireVersion)}. Not a diagnosis.</p></div>`;

  return `<!doctype html>
<html lang="${summary.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Backtalk summary</title>
<style>${styles(paper)}</style>
</head>
<body>
${summary.sampleNotice ? `<p class="sample" data-part="sample">${escapeHtml(summary.sampleNotice)}</p>` : ''}
${urgent ? `<section class="urgent keep" data-part="urgent">${[urgent, ...(urgent.staff ? [urgent.staff] : [])].map(urgentBlock).join('')}</section>` : ''}
<header>
  <div class="clinic"><span>${escapeHtml(summary.clinic.name)}</span>${summary.clinic.phone ? `<span>${escapeHtml(summary.clinic.phone)}</span>` : ''}</div>
  <div class="title"><h1>${escapeHtml(heading.title)}</h1><p class="date">${escapeHtml(heading.dateLabel)}</p></div>
  <div class="write-in"><div>${escapeHtml(heading.nameLabel)}</div><div>${escapeHtml(heading.birthDateLabel)}</div></div>
</header>
${
  urgent
    ? // The urgent block already says what to do: the patient part keeps only what to do meanwhile.
      `<section class="patient-grid patient-grid--urgent" data-part="patient"><div class="meanwhile-part">${meanwhilePart}</div></section>`
    : `<section class="patient-grid" data-part="patient">
  <div class="level-part">${levelPart}</div>
  <div class="causes-part">${causesPart}</div>
  <div class="meanwhile-part">${meanwhilePart}</div>
</section>`
}
<section class="therapist" data-part="therapist" lang="en">
  <h2>For the therapist</h2>
  ${facts}
  ${flagsAndSignals}
  <div class="therapist-grid">
    <div>${causesTable}${answersTable}</div>
    ${qrBlock}
  </div>
</section>
</body>
</html>`;
}
