/**
 * Staff PINs (and IT's one-time setup codes) are stored only as a slow, salted scrypt hash and compared in constant time. The
 * encoded form names its own parameters, so a provisioning file written today still verifies
 * after the defaults change.
 *
 *   scrypt$<log2 N>$<r>$<p>$<salt base64>$<hash base64>
 */
import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { z } from 'zod';

export interface ScryptCost {
  /** log2 of scrypt's CPU/memory cost N. */
  readonly log2N: number;
  readonly r: number;
  readonly p: number;
}

/**
 * OWASP's current scrypt minimum (N = 2^17, r = 8, p = 1): 128 MiB and a few tenths of a second
 * per check on a kiosk PC, slow for a guesser, fine at a front desk. Older hashes (2^15) name
 * their own cost and still verify.
 */
export const defaultPinCost: ScryptCost = { log2N: 17, r: 8, p: 1 };

/** scrypt's working memory is 128·N·r bytes; a hash asking for more than this is refused. */
const maxScryptMemoryBytes = 256 * 1024 * 1024;

const saltBytes = 16;
const keyBytes = 32;
const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

export const pinHashSchema = z
  .string()
  .regex(/^scrypt\$\d{1,2}\$\d{1,2}\$\d{1,2}\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/, 'Not a Backtalk PIN hash (run: npm run provision -- hash-pin).')
  .transform((encoded, context) => {
    const [, log2N, r, p, salt, hash] = encoded.split('$');
    const cost = { log2N: Number(log2N), r: Number(r), p: Number(p) };
    const parts = { salt: base64.safeParse(salt), hash: base64.safeParse(hash) };
    // Bounds keep a hostile file from asking for gigabytes of memory or minutes of CPU.
    const outOfRange = cost.log2N < 14 || cost.log2N > 20 || cost.r < 1 || cost.r > 16 || cost.p < 1 || cost.p > 4;
    if (outOfRange || scryptMemoryBytes(cost) > maxScryptMemoryBytes || !parts.salt.success || !parts.hash.success) {
      context.addIssue({ code: 'custom', message: 'The PIN hash has parameters out of range.' });
      return z.NEVER;
    }
    const saltBuffer = Buffer.from(parts.salt.data, 'base64');
    const hashBuffer = Buffer.from(parts.hash.data, 'base64');
    if (saltBuffer.length < 16 || hashBuffer.length !== keyBytes) {
      context.addIssue({ code: 'custom', message: 'The PIN hash has the wrong length.' });
      return z.NEVER;
    }
    return { encoded, cost, salt: saltBuffer, hash: hashBuffer };
  });
export type PinHash = z.output<typeof pinHashSchema>;

function scryptMemoryBytes(cost: ScryptCost): number {
  return 128 * 2 ** cost.log2N * cost.r;
}

function scryptOptions(cost: ScryptCost): ScryptOptions {
  // Node refuses scrypt above maxmem (32 MiB by default), which N = 2^17 needs four times over.
  return { N: 2 ** cost.log2N, r: cost.r, p: cost.p, maxmem: scryptMemoryBytes(cost) + 1024 * 1024 };
}

function derive(pin: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(pin.normalize('NFKC'), salt, keyBytes, scryptOptions(cost), (error, key) => (error ? reject(error) : resolve(key)));
  });
}

/** The encoded hash of a PIN, with a fresh random salt. */
export async function hashPin(pin: string, cost: ScryptCost = defaultPinCost): Promise<string> {
  const salt = randomBytes(saltBytes);
  const hash = await derive(pin, salt, cost);
  return ['scrypt', cost.log2N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `pin` matches; the comparison takes the same time wherever the bytes differ. */
export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  const candidate = await derive(pin, stored.salt, stored.cost);
  return timingSafeEqual(candidate, stored.hash);
}
