/**
 * Parse without `eval`. zod compiles fast object parsers with `new Function` where a page allows
 * it, and probes for that when it builds its first object schema. The kiosk's Content-Security-
 * Policy forbids eval, so the probe was blocked and reported as a policy violation in every
 * session: noise that would hide a real one. Told first, zod never probes.
 *
 * Only the staff screens parse with zod in the renderer, and they load on demand: each of their
 * entry modules imports this one first, before any module that builds a schema, so zod stays out
 * of the patient's first load.
 */
import { config } from 'zod/v4/core';

config({ jitless: true });
