import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../src/core/index.ts';

describe('createPacer', () => {
  it('gives start times 1000/qps ms apart, in call order, the first at once', async () => {
    const now = 1_000;
    const starts: number[] = [];
    // Time stands still: each caller's start is when its sleep would end.
    const pacer = createPacer(
      5,
      () => now,
      async (ms) => {
        starts.push(now + ms);
      },
    );
    await Promise.all([0, 1, 2, 3].map(() => pacer.wait()));
    expect(starts).toEqual([1_200, 1_400, 1_600]);
  });

  it('does not wait when the caller is already slower than the limit', async () => {
    let now = 0;
    const slept: number[] = [];
    const pacer = createPacer(
      5,
      () => now,
      async (ms) => {
        slept.push(ms);
      },
    );
    await pacer.wait();
    now += 500;
    await pacer.wait();
    now += 100;
    await pacer.wait();
    expect(slept).toEqual([100]);
  });

  it('rejects a wait when its signal aborts', async () => {
    const pacer = createPacer(1);
    await pacer.wait();
    const controller = new AbortController();
    const waiting = pacer.wait(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toThrow();
  });
});

describe('createPacer on the real clock', () => {
  it('never starts a caller before its slot, even when a timer fires early', async () => {
    const pacer = createPacer(50);
    const began = performance.now();
    const starts: number[] = [];
    for (let k = 0; k < 10; k++) {
      await pacer.wait();
      starts.push(performance.now() - began);
    }
    // Request k at k × 20 ms or later: a timer counted from a stale loop time would make some early.
    for (const [k, at] of starts.entries()) expect(at).toBeGreaterThanOrEqual(k * 20);
  });
});
