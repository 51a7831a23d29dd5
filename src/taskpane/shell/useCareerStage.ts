import { useCallback, useEffect, useState } from 'react';
import { findCareerStage, type CareerStage, type Framework } from '../../core';
import { detectCareerStage } from '../../core/detect/career-stage';
import type { CareerStageStore, DocumentPort } from '../../document/port';
import { plainMessage } from './messages';

export type CareerStageSource = 'saved' | 'detected' | 'chosen' | 'none';

export interface CareerStageState {
  loading: boolean;
  careerStage: CareerStage | null;
  source: CareerStageSource;
  /** Where a saved or chosen stage is kept. */
  storedIn: CareerStageStore | null;
  /** Words found in the document when the stage was detected. */
  evidence: string | null;
  /** A stage name saved in the document that this edition does not know. */
  unknownName: string | null;
  error: string | null;
}

const START: CareerStageState = { loading: true, careerStage: null, source: 'none', storedIn: null, evidence: null, unknownName: null, error: null };

/** The document's career stage: the saved property first, else detected from the text, else none (the user is asked). */
export function useCareerStage(framework: Framework, port: DocumentPort): [CareerStageState, (name: string) => Promise<void>] {
  const [state, setState] = useState<CareerStageState>(START);

  useEffect(() => {
    let live = true;
    (async () => {
      let unknownName: string | null = null;
      try {
        const saved = await port.readCareerStage();
        if (saved) {
          const careerStage = findCareerStage(framework, saved.name);
          if (careerStage) {
            if (live) setState({ ...START, loading: false, careerStage, source: 'saved', storedIn: saved.storedIn });
            return;
          }
          unknownName = saved.name;
        }
        const detected = detectCareerStage(framework, await port.readText());
        if (!live) return;
        if (detected) setState({ ...START, loading: false, careerStage: detected.careerStage, source: 'detected', evidence: detected.evidence, unknownName });
        else setState({ ...START, loading: false, unknownName });
      } catch (error) {
        if (live) setState({ ...START, loading: false, unknownName, error: plainMessage(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [framework, port]);

  const choose = useCallback(
    async (name: string) => {
      const careerStage = findCareerStage(framework, name) ?? null;
      setState((old) => ({ ...old, careerStage, source: careerStage ? 'chosen' : 'none', storedIn: null, evidence: null, error: null }));
      if (!careerStage) return;
      try {
        const storedIn = await port.saveCareerStage(careerStage.name);
        setState((old) => (old.careerStage === careerStage ? { ...old, storedIn } : old));
      } catch (error) {
        setState((old) => ({ ...old, error: plainMessage(error) }));
      }
    },
    [framework, port],
  );

  return [state, choose];
}
