import { describe, expect, it } from 'vitest';
import { takingTurns } from '../../../server/results/taking-turns.ts';

async function* records(count: number): AsyncGenerator<number> {
  for (let index = 0; index < count; index++) yield index;
}

describe('takingTurns', () => {
  it('lets work waiting for the event loop run between records once its turn is spent', async () => {
    let waitingWorkRan = false;
    setImmediate(() => {
      waitingWorkRan = true;
    });
    const seenBefore: boolean[] = [];
    // A turn of 0 ms is spent after every record.
    for await (const _ of takingTurns(records(3), 0)) seenBefore.push(waitingWorkRan);
    expect(seenBefore).toEqual([false, true, true]);
  });

  it('passes every record through, in order', async () => {
    const seen: number[] = [];
    for await (const record of takingTurns(records(1000))) seen.push(record);
    expect(seen).toEqual(Array.from({ length: 1000 }, (_, index) => index));
  });

  it('without it, an async stream runs to its end before the event loop gets a turn', async () => {
    let waitingWorkRan = false;
    setImmediate(() => {
      waitingWorkRan = true;
    });
    for await (const _ of records(3)) expect(waitingWorkRan).toBe(false);
  });
});
