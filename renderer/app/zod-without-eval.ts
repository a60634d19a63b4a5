/**
 * Parse without `eval`. zod compiles fast object parsers with `new Function` where a page allows
 * it, and probes for that the first time it builds one. The kiosk's Content-Security-Policy
 * forbids eval, so the probe was blocked and reported as a policy violation in every session:
 * noise that would hide a real one. Set before any schema is built, zod never probes.
 */
import { z } from 'zod';

z.config({ jitless: true });
