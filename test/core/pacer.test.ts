import { describe, expect, it } from 'vitest';
import { createPacer } from '../../src/core/index.ts';

/** A clock that moves only when slept on, recording each sleep. */
function fakeClock() {
  const clock = { t: 0, slept: [] as number[] };
  return {
    clock,
    now: () => clock.t,
    sleep: async (ms: number) => {
      clock.slept.push(ms);
      clock.t += ms;
    },
  };
}

describe('createPacer', () => {
  it('spaces requests evenly at the rate, never in a burst', async () => {
    const fake = fakeClock();
    const pacer = createPacer(5, fake);
    for (let i = 0; i < 4; i += 1) await pacer.wait();
    expect(fake.clock.slept).toEqual([200, 200, 200]);
    expect(fake.clock.t).toBe(600);
  });

  it('time spent elsewhere counts: a request after a long page waits no more', async () => {
    const fake = fakeClock();
    const pacer = createPacer(5, fake);
    await pacer.wait();
    fake.clock.t += 150;
    await pacer.wait();
    fake.clock.t += 1000;
    await pacer.wait();
    expect(fake.clock.slept).toEqual([50]);
  });

  it('a rate of 0 does not wait', async () => {
    const fake = fakeClock();
    const pacer = createPacer(0, fake);
    await pacer.wait();
    await pacer.wait();
    expect(fake.clock.slept).toEqual([]);
  });
});
