/** The urgent slip as a self-contained HTML page for one paper size (the layout is urgent-slip-sheet.tsx). */
import { createElement } from 'react';
import type { UrgentSlip } from '../../../shared/summary/urgent-slip.ts';
import type { PaperSpec } from '../printing/paper.ts';
import { renderPrintDocument } from '../printing/print-document.tsx';
import { UrgentSlipSheet } from './urgent-slip-sheet.tsx';

export function renderUrgentSlipHtml(slip: UrgentSlip, paper: PaperSpec): string {
  return renderPrintDocument(createElement(UrgentSlipSheet, { slip, paper }));
}
