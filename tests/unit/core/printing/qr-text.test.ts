/** The printed QR code's text: the QuestionnaireResponse JSON, compressed behind `btfhir1:`. */
import QRCode from 'qrcode';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeQrText, encodeQrText, qrTextPrefix } from '../../../../electron/core/printing/qr-text.ts';
import { chooseQrErrorCorrection, qrWidthMm } from '../../../../electron/core/printing/qr-symbol.ts';
import { sampleCaseNames, sampleCases } from '../../../../shared/summary/sample-answers.ts';
import { summaryOfAnswers } from '../../../../shared/summary/sample-summary.ts';

describe('QR text', () => {
  it('round-trips every sample response, both languages, and says what it is', () => {
    for (const name of sampleCaseNames) {
      for (const language of ['en', 'es'] as const) {
        const json = summaryOfAnswers(sampleCases[name], language).qrPayload;
        const text = encodeQrText(json);
        expect(text.startsWith(qrTextPrefix)).toBe(true);
        expect(text).toMatch(/^btfhir1:[A-Za-z0-9_-]+$/);
        expect(decodeQrText(text)).toBe(json);
      }
    }
  });

  it('fits a small symbol at error correction M (version 35 before the red-flag screen grew; plain JSON would need 39-40 at L)', () => {
    for (const name of sampleCaseNames) {
      const json = summaryOfAnswers(sampleCases[name], 'es').qrPayload;
      const text = encodeQrText(json);
      expect(chooseQrErrorCorrection(text, qrWidthMm)).toBe('M');
      expect(QRCode.create(text, { errorCorrectionLevel: 'M' }).version).toBeLessThanOrEqual(26);
      expect(text.length).toBeLessThan(json.length / 2.5);
    }
  });

  it('reads the plain JSON that questionnaire 1.0.0 printed', () => {
    expect(decodeQrText(' {"resourceType":"QuestionnaireResponse"}\n')).toBe('{"resourceType":"QuestionnaireResponse"}');
  });

  it('says calmly what is wrong with text that is not ours, cut short or too big', () => {
    expect(() => decodeQrText('https://example.org/')).toThrow(/not a Backtalk QR code/);
    expect(() => decodeQrText(`${qrTextPrefix}abc$%`)).toThrow(/not base64url/);
    const cut = encodeQrText('{"a":"' + 'x'.repeat(500) + '"}').slice(0, 20);
    expect(() => decodeQrText(cut)).toThrow(/does not inflate/);
    const bomb = qrTextPrefix + deflateRawSync(Buffer.alloc(10 * 1024 * 1024, 32)).toString('base64url');
    expect(() => decodeQrText(bomb)).toThrow(/does not inflate/);
  });
});
