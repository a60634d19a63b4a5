/**
 * The provisioning file's published JSON Schema (docs/provision.schema.json) is the one generated
 * from the kiosk's own zod schema today (regenerate: npm run -s provision -- schema > docs/provision.schema.json),
 * and the loader accepts what the schema allows at the top level.
 */
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runProvisionCli } from '../../../electron/cli/provision-commands.ts';
import { loadProvisioning, provisioningFileSchema, provisioningJsonSchema } from '../../../electron/core/settings/provisioning.ts';

const published = JSON.parse(readFileSync(new URL('../../../docs/provision.schema.json', import.meta.url), 'utf8')) as Record<string, unknown>;
let scratch = '';
afterEach(() => scratch && rmSync(scratch, { recursive: true, force: true }));

describe('the provisioning file JSON Schema', () => {
  it('docs/provision.schema.json is current (--check: it equals what the zod schema generates)', () => {
    expect(published).toEqual(provisioningJsonSchema());
  });

  it('is what `provision schema` prints (and so what `backtalk --provision schema` prints)', async () => {
    const out: string[] = [];
    const code = await runProvisionCli(['schema'], {
      out: (text) => out.push(text),
      err: () => undefined,
      promptHidden: null,
      readStdin: () => Promise.resolve(''),
    });
    expect(code).toBe(0);
    expect(JSON.parse(out.join('\n'))).toEqual(published);
  });

  it('names every kiosk setting with its limits, and refuses unknown keys as the kiosk does', () => {
    const settings = (published['properties'] as Record<string, { properties: Record<string, unknown>; additionalProperties: boolean }>)['settings'];
    expect(Object.keys(settings?.properties ?? {})).toEqual(
      expect.arrayContaining(['clinicName', 'printer', 'paperSize', 'idleSeconds', 'alertPrinter', 'timeZone']),
    );
    expect(settings?.properties['idleSeconds']).toMatchObject({ type: 'integer', minimum: 15, maximum: 900 });
    expect(settings?.additionalProperties).toBe(false);
    expect(published).toMatchObject({ required: ['version'], additionalProperties: false });
  });

  it('a file with a "$schema" key for the editor loads with no problem, and other unknown keys are still reported', () => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'backtalk-provision-schema-'));
    chmodSync(scratch, 0o755);
    const file = path.join(scratch, 'provision.json');
    const withSchema = { $schema: './provision.schema.json', version: 1, settings: { clinicName: 'Lakeside PT' } };
    expect(provisioningFileSchema.safeParse(withSchema).success).toBe(true);
    writeFileSync(file, JSON.stringify(withSchema), { mode: 0o644 });
    expect(loadProvisioning(file).problem).toBeNull();
    writeFileSync(file, JSON.stringify({ ...withSchema, colour: 'blue' }), { mode: 0o644 });
    expect(loadProvisioning(file).problem?.fields).toEqual(['colour']);
    expect(provisioningFileSchema.safeParse({ ...withSchema, colour: 'blue' }).success).toBe(false);
  });
});
