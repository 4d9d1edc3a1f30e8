import { describe, expect, it } from 'vitest';
import { evidenceRank, strongestEvidence } from '../../src/lib/evidence.ts';

describe('strongestEvidence', () => {
  it('picks the highest level in the vocabulary order, whatever the written order', () => {
    expect(strongestEvidence([{ evidence: 'survey' }, { evidence: 'randomised' }, { evidence: 'before-after' }])).toBe('randomised');
    expect(strongestEvidence([{ evidence: 'controlled' }, { evidence: 'anecdotal' }])).toBe('controlled');
  });
  it('is undefined when no effect is reported', () => {
    expect(strongestEvidence([])).toBeUndefined();
  });
});

describe('evidenceRank', () => {
  it('orders no evidence below anecdotal below randomised', () => {
    expect(evidenceRank(undefined)).toBe(0);
    expect(evidenceRank('anecdotal')).toBe(1);
    expect(evidenceRank('randomised')).toBe(5);
  });
});
