/**
 * The QR code printed on the summary: its size on paper, its error correction level, and the
 * symbol itself as inline SVG (no image file, no network).
 */
import QRCode from 'qrcode';

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
