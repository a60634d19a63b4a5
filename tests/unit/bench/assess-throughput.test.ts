/** The assess() throughput loop runs in a Node process of its own, and its rates come back parsed. */
import { describe, expect, it } from 'vitest';
import { assessRatesInOwnProcess } from '../../../bench/figures/assess-throughput.ts';

describe('assessRatesInOwnProcess', () => {
  it('returns one rate per run, timed in a child process', async () => {
    const rates = await assessRatesInOwnProcess(3, 2_000, 50);
    expect(rates).toHaveLength(3);
    // 2,000 assessments take well over a microsecond and well under ten seconds each way.
    for (const rate of rates) expect(rate).toBeGreaterThan(200);
    for (const rate of rates) expect(rate).toBeLessThan(2_000_000_000);
  });

  it("fails with the child's reason when the loop cannot run", async () => {
    await expect(assessRatesInOwnProcess(3, 2_000, 0)).rejects.toThrow(/usage: assess-throughput-process\.ts/);
  });
});
