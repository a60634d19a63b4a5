/**
 * What grew between two heap snapshots (e.g. the soak's --heap-snapshots after session 10 and
 * after the last): self size and count per constructor, Blink class or node type, largest growth
 * first. The same grouping as the Comparison view in DevTools' Memory tab, from the command line.
 *
 *   tsx bench/soak/heap-snapshot-diff.ts before.heapsnapshot after.heapsnapshot [--top 25]
 */
import { readFileSync } from 'node:fs';
import type { CDPSession } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';

const snapshotSchema = z.object({
  snapshot: z.object({
    meta: z.object({ node_fields: z.array(z.string()), node_types: z.array(z.unknown()) }),
  }),
  nodes: z.array(z.number()),
  strings: z.array(z.string()),
});

export interface HeapGroup {
  readonly group: string;
  readonly count: number;
  readonly selfSize: number;
}

/**
 * A native (Blink) object's group: its class (`Attr`, `blink::ComputedStyle`); an element, which
 * Chromium names by its markup (`<div class="patient-app" ...>`), by its tag alone.
 */
function nativeName(name: string): string {
  const tag = /^<([\w-]+)/.exec(name);
  return tag ? `<${tag[1] ?? ''}>` : name.slice(0, 80);
}

/** A heap snapshot of the page behind `cdp`, as the JSON text DevTools saves. */
export async function takeHeapSnapshot(cdp: CDPSession): Promise<string> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => void chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  return chunks.join('');
}

/**
 * Self size and count per group: objects by constructor name, Chromium's own (native) objects by
 * class or element tag, everything else by node type.
 */
export function groupHeapSnapshot(json: unknown): Map<string, HeapGroup> {
  const parsed = snapshotSchema.parse(json);
  const fields = parsed.snapshot.meta.node_fields;
  const types = z.array(z.string()).parse(parsed.snapshot.meta.node_types[0]);
  const stride = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  if (typeAt < 0 || nameAt < 0 || sizeAt < 0) throw new Error('This is not a V8 heap snapshot (no type, name or self_size field).');
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < parsed.nodes.length; i += stride) {
    const type = types[parsed.nodes[i + typeAt] as number] ?? 'unknown';
    const name = parsed.strings[parsed.nodes[i + nameAt] as number] ?? '';
    const group = type === 'object' || type === 'closure' ? `${type} ${name.slice(0, 80)}` : type === 'native' ? `native ${nativeName(name)}` : `(${type})`;
    const current = groups.get(group) ?? { group, count: 0, selfSize: 0 };
    groups.set(group, { group, count: current.count + 1, selfSize: current.selfSize + (parsed.nodes[i + sizeAt] as number) });
  }
  return groups;
}

export interface HeapGroupDelta {
  readonly group: string;
  readonly countDelta: number;
  readonly sizeDelta: number;
}

export function diffHeapGroups(before: Map<string, HeapGroup>, after: Map<string, HeapGroup>): HeapGroupDelta[] {
  const names = new Set([...before.keys(), ...after.keys()]);
  return [...names]
    .map((group) => ({
      group,
      countDelta: (after.get(group)?.count ?? 0) - (before.get(group)?.count ?? 0),
      sizeDelta: (after.get(group)?.selfSize ?? 0) - (before.get(group)?.selfSize ?? 0),
    }))
    .filter((delta) => delta.countDelta !== 0 || delta.sizeDelta !== 0)
    .sort((a, b) => b.sizeDelta - a.sizeDelta);
}

function main(): void {
  const { values, positionals } = parseArgs({ options: { top: { type: 'string', default: '25' } }, allowPositionals: true });
  const [beforeFile, afterFile] = positionals;
  if (!beforeFile || !afterFile) throw new Error('usage: heap-snapshot-diff.ts <before.heapsnapshot> <after.heapsnapshot> [--top N]');
  const read = (file: string) => groupHeapSnapshot(JSON.parse(readFileSync(file, 'utf8')));
  const deltas = diffHeapGroups(read(beforeFile), read(afterFile));
  const total = deltas.reduce((sum, delta) => sum + delta.sizeDelta, 0);
  process.stdout.write(`total self size change: ${(total / 1024).toFixed(1)} KB\n`);
  for (const delta of deltas.slice(0, Number(values.top))) {
    process.stdout.write(`${(delta.sizeDelta / 1024).toFixed(1).padStart(9)} KB  ${String(delta.countDelta).padStart(7)}  ${delta.group}\n`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    main();
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
