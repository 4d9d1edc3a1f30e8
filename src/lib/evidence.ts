/**
 * Evidence levels: their order (weakest first, from the vocabulary) decides which of a case's
 * effects is its strongest evidence, e.g. for the topic comparison table.
 */
import { evidenceLevels, type EvidenceLevel } from '../schema/vocabulary.ts';

/** 1 for anecdotal … 5 for randomised; 0 when there is no evidence at all. */
export function evidenceRank(level: EvidenceLevel | undefined): number {
  return level === undefined ? 0 : evidenceLevels.indexOf(level) + 1;
}

/** The highest evidence level among `effects`, or undefined when no effect is reported. */
export function strongestEvidence(effects: readonly { evidence: EvidenceLevel }[]): EvidenceLevel | undefined {
  let strongest: EvidenceLevel | undefined;
  for (const effect of effects) {
    if (evidenceRank(effect.evidence) > evidenceRank(strongest)) strongest = effect.evidence;
  }
  return strongest;
}

