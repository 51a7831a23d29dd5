import { useCallback, useRef, useState } from 'react';
import { bundledFramework, type Framework } from '../../core';
import type { CheckDocument, CheckResult } from '../../core/check';
import { usePane } from '../shell/pane-context';
import { plainMessage } from '../shell/messages';

export type CheckPhase = 'idle' | 'reading' | 'checking' | 'done' | 'failed';

export interface CheckState {
  phase: CheckPhase;
  result: CheckResult | null;
  /** The model the result came from: block and paragraph indexes in the findings point into it. */
  doc: CheckDocument | null;
  error: string | null;
  /** The edition the document was checked against: the one it records when the pane has it, else the pane's own. */
  against: Framework | null;
}

const IDLE: CheckState = { phase: 'idle', result: null, doc: null, error: null, against: null };

/** Lets the progress text paint before the (synchronous) check runs. */
const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Runs the consistency check on the open document: read the model through the port, then the core's checker.
 * The pane's career stage is used when the document itself records none the edition knows (core/stage.ts).
 */
export function useCheck(): [CheckState, () => Promise<CheckResult | null>] {
  const { framework, port, careerStage } = usePane();
  const [state, setState] = useState<CheckState>(IDLE);
  const running = useRef(false);

  const run = useCallback(async (): Promise<CheckResult | null> => {
    if (running.current) return null;
    running.current = true;
    setState((old) => ({ ...old, phase: 'reading', error: null }));
    try {
      const doc = await port.readDocumentModel();
      setState((old) => ({ ...old, phase: 'checking' }));
      await nextFrame();
      // The checker (matcher, word diff, editions) is fetched when a check is first run, not with the pane's first load.
      const { checkWithEditions, editionMap } = await import(/* webpackChunkName: "checker" */ '../../core/edition/check');
      // The pane has two editions to hand: the one it was built with, and a draft the user may be trying. The checker
      // picks the one the document was written under, and takes the pane's stage where the document records none.
      const available = editionMap([bundledFramework(), framework]);
      const result = checkWithEditions(framework, available, doc, careerStage ? { careerStage: careerStage.name } : {});
      const against = available.get(result.edition) ?? framework;
      setState({ phase: 'done', result, doc, error: null, against });
      return result;
    } catch (error) {
      console.error(error);
      setState((old) => ({ ...old, phase: 'failed', error: plainMessage(error) }));
      return null;
    } finally {
      running.current = false;
    }
  }, [framework, port, careerStage]);

  return [state, run];
}
