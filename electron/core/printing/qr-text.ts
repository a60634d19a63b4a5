/**
 * What the printed QR code holds. With the full red-flag screen (questionnaire 2.0.0 asks 35
 * questions) the plain QuestionnaireResponse JSON is 2.7–2.9 kB: version 39–40 at level L, whose
 * modules print under 0.42 mm on the 72 mm code and fail to scan at 150 dpi. So the symbol holds
 * the same JSON, compressed, behind a prefix that names the format:
 *
 *   btfhir1:<base64url, no padding (RFC 4648 §5)> of <raw DEFLATE (RFC 1951)> of <UTF-8 JSON>
 *
 * About 800 characters: version 22–23 at level M. Any language inflates it in a line (README,
 * "FHIR"). Reading accepts plain JSON as well: sheets printed by questionnaire 1.0.0 held it.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';

export const qrTextPrefix = 'btfhir1:';
/** A QuestionnaireResponse of this questionnaire is a few kB; anything far bigger is not ours. */
const maxJsonBytes = 256 * 1024;

export function encodeQrText(json: string): string {
  return qrTextPrefix + deflateRawSync(Buffer.from(json, 'utf8'), { level: 9 }).toString('base64url');
}

/** The JSON a scanned QR code holds, whether printed compressed (btfhir1:) or plain (1.0.0). */
export function decodeQrText(text: string): string {
  const trimmed = text.trim();
  if (trimmed.startsWith('{')) return trimmed;
  if (!trimmed.startsWith(qrTextPrefix)) {
    throw new Error(`This is not a Backtalk QR code: it starts neither with "{" (plain FHIR JSON) nor with "${qrTextPrefix}".`);
  }
  const body = trimmed.slice(qrTextPrefix.length);
  if (!/^[A-Za-z0-9_-]+$/.test(body)) throw new Error(`The QR text after "${qrTextPrefix}" is not base64url.`);
  try {
    return inflateRawSync(Buffer.from(body, 'base64url'), { maxOutputLength: maxJsonBytes }).toString('utf8');
  } catch {
    throw new Error(`The QR text after "${qrTextPrefix}" does not inflate (it may be cut short or damaged).`);
  }
}
