import type { PaperSize } from '../../../shared/settings/kiosk-settings.ts';

/** Physical page geometry per paper size; the receipt is continuous, so its height is measured. */
export interface PaperSpec {
  readonly size: PaperSize;
  readonly widthMm: number;
  /** null for continuous paper: the PDF renderer measures the content. */
  readonly heightMm: number | null;
  readonly marginMm: number;
  /** The CUPS `media` keyword; absent for continuous paper. */
  readonly cupsMedia?: string;
}

export const paperSpecs: Readonly<Record<PaperSize, PaperSpec>> = {
  letter: { size: 'letter', widthMm: 215.9, heightMm: 279.4, marginMm: 10, cupsMedia: 'Letter' },
  a4: { size: 'a4', widthMm: 210, heightMm: 297, marginMm: 10, cupsMedia: 'A4' },
  // 80 mm roll, 72 mm printable: 4 mm each side.
  'receipt-80mm': { size: 'receipt-80mm', widthMm: 80, heightMm: null, marginMm: 4 },
};
