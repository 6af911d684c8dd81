import { describe, expect, it } from 'vitest';
import { createExportSlots } from '../../../server/export/export-slots.ts';

describe('export slots', () => {
  it('lets each user run one export and everyone two in all', () => {
    const slots = createExportSlots({ perUser: 1, total: 2 });
    expect(slots.claim(1).outcome).toBe('claimed');
    expect(slots.claim(1)).toEqual({ outcome: 'refused', bound: 'perUser' });
    expect(slots.claim(2).outcome).toBe('claimed');
    expect(slots.claim(3)).toEqual({ outcome: 'refused', bound: 'total' });
    expect(slots.running()).toBe(2);
  });

  it('frees a slot on release, once however often release is called', () => {
    const slots = createExportSlots({ perUser: 1, total: 2 });
    const first = slots.claim(1);
    slots.claim(2);
    if (first.outcome !== 'claimed') throw new Error('the first claim was refused');
    first.release();
    first.release();
    expect(slots.running()).toBe(1);
    expect(slots.claim(1).outcome).toBe('claimed');
    expect(slots.claim(3)).toEqual({ outcome: 'refused', bound: 'total' });
  });
});
