/**
 * Does CUPS keep printed documents? With `PreserveJobFiles` on (the CUPS default keeps them one
 * day) every printed summary stays in /var/spool/cups after it printed, so the staff screen warns.
 * Read from `cupsctl` (the scheduler's live settings) or, with the scheduler down, cupsd.conf.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { runCupsCommand } from './cups-client.ts';

/** A CUPS boolean-or-time value: Yes/No/On/Off/True/False, seconds, or a time like "1d", "30m". */
const retentionValueSchema = z
  .string()
  .trim()
  .regex(/^(?:yes|no|on|off|true|false|\d+[smhdw]?)$/i, 'not a CUPS yes/no or time value')
  .transform((value): { keeps: boolean; seconds: number | null } => {
    const lower = value.toLowerCase();
    if (['yes', 'on', 'true'].includes(lower)) return { keeps: true, seconds: null };
    if (['no', 'off', 'false'].includes(lower)) return { keeps: false, seconds: 0 };
    const unit = { s: 1, m: 60, h: 3600, d: 86_400, w: 604_800 }[lower.at(-1) ?? ''] ?? 1;
    const seconds = Number.parseInt(lower, 10) * unit;
    return { keeps: seconds > 0, seconds };
  });

export type RetentionValue = z.output<typeof retentionValueSchema>;

export interface JobRetention {
  /** Documents stay in the spool after printing. */
  readonly keepsJobFiles: boolean;
  readonly preserveJobFiles: RetentionValue;
  readonly preserveJobHistory: RetentionValue;
  /** Where the values came from; "default" means neither cupsctl nor cupsd.conf set them. */
  readonly source: 'cupsctl' | 'cupsd.conf' | 'default';
}

/** CUPS 2.x defaults (cupsd.conf(5)): job files for one day, job history for ever. */
const cupsDefaults = { PreserveJobFiles: '86400', PreserveJobHistory: 'Yes' } as const;

/**
 * Top-level directives of `cupsctl` output (`Name=Value`) or cupsd.conf (`Name Value`), skipping
 * comments and everything inside `<Location>`/`<Policy>` blocks. Names are case-insensitive.
 */
export function parseCupsDirectives(text: string): Map<string, string> {
  const directives = new Map<string, string>();
  let depth = 0;
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    if (/^<\//.test(line)) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (line.startsWith('<')) {
      depth += 1;
      continue;
    }
    if (depth > 0) continue;
    const match = /^([A-Za-z_][\w-]*)(?:\s*=\s*|\s+)(.*)$/.exec(line);
    if (match?.[1] && match[2] !== undefined) directives.set(match[1].toLowerCase(), match[2].trim());
  }
  return directives;
}

/** The retention settings from directives, falling back to the CUPS defaults (a bad value counts as the default). */
export function jobRetentionFrom(directives: ReadonlyMap<string, string>, source: JobRetention['source']): JobRetention {
  const value = (name: keyof typeof cupsDefaults) => {
    const parsed = retentionValueSchema.safeParse(directives.get(name.toLowerCase()) ?? cupsDefaults[name]);
    return parsed.success ? parsed.data : retentionValueSchema.parse(cupsDefaults[name]);
  };
  const preserveJobFiles = value('PreserveJobFiles');
  const preserveJobHistory = value('PreserveJobHistory');
  const explicit = directives.has('preservejobfiles') || directives.has('preservejobhistory');
  return { keepsJobFiles: preserveJobFiles.keeps, preserveJobFiles, preserveJobHistory, source: explicit ? source : 'default' };
}

export async function readJobRetention(options: { cupsdConfPath?: string } = {}): Promise<JobRetention> {
  const live = await runCupsCommand('cupsctl', []);
  if (live.code === 0 && live.stdout.trim()) return jobRetentionFrom(parseCupsDirectives(live.stdout), 'cupsctl');
  try {
    const conf = await readFile(options.cupsdConfPath ?? '/etc/cups/cupsd.conf', 'utf8');
    return jobRetentionFrom(parseCupsDirectives(conf), 'cupsd.conf');
  } catch {
    return jobRetentionFrom(new Map(), 'default');
  }
}
