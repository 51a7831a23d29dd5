import { useCallback, useEffect, useState } from 'react';
import { findCareerStage, type CareerStage, type Framework } from '../../core';
import { resolveCareerStage, type CareerStageInputs, type CareerStageSource } from '../../core/stage';
import type { CareerStageStore, DocumentPort } from '../../document/port';
import { plainMessage } from './messages';

export interface CareerStageState {
  loading: boolean;
  careerStage: CareerStage | null;
  /** Where the stage came from (core/stage.ts), or `none` while the user has yet to choose. */
  source: CareerStageSource | 'none';
  /** Where a saved or chosen stage is kept. */
  storedIn: CareerStageStore | null;
  /** Words found in the document when the stage was detected. */
  evidence: string | null;
  /** A stage name saved in the document that this edition does not know. */
  unknownName: string | null;
  error: string | null;
}

const START: CareerStageState = { loading: true, careerStage: null, source: 'none', storedIn: null, evidence: null, unknownName: null, error: null };

/** Where the port says it keeps a saved stage, in the core's words. */
const SOURCE_OF_STORE: Record<CareerStageStore, 'property' | 'settings'> = { 'document-property': 'property', 'add-in-settings': 'settings' };

/**
 * The document's career stage, resolved by the core (core/stage.ts): the saved stage first, else detected from the
 * text (read only when needed), else none (the user is asked).
 */
export async function readCareerStage(framework: Framework, port: DocumentPort): Promise<CareerStageState> {
  let unknownName: string | null = null;
  try {
    const saved = await port.readCareerStage();
    const inputs: CareerStageInputs = { recorded: saved ? { name: saved.name, source: SOURCE_OF_STORE[saved.storedIn] } : null };
    let found = resolveCareerStage(framework, inputs);
    unknownName = found.unknownName;
    if (!found.resolved) found = resolveCareerStage(framework, { ...inputs, text: await port.readText() });
    const { resolved } = found;
    if (!resolved) return { ...START, loading: false, unknownName };
    return {
      ...START,
      loading: false,
      careerStage: resolved.careerStage,
      source: resolved.source,
      storedIn: saved && resolved.source !== 'detected' ? saved.storedIn : null,
      evidence: resolved.evidence ?? null,
      unknownName,
    };
  } catch (error) {
    return { ...START, loading: false, unknownName, error: plainMessage(error) };
  }
}

/**
 * A career stage read started by the pane's entry before React's first render, so Word's round trip overlaps the
 * pane's start-up, and a pane that gets the answer in time opens with the stage's descriptors in one render.
 */
export interface EarlyCareerStageRead {
  framework: Framework;
  promise: Promise<CareerStageState>;
  /** The answer, once it has come. */
  result: CareerStageState | null;
}

export function startCareerStageRead(framework: Framework, port: DocumentPort): EarlyCareerStageRead {
  const read: EarlyCareerStageRead = { framework, result: null, promise: readCareerStage(framework, port) };
  void read.promise.then((state) => (read.result = state));
  return read;
}

/**
 * How long the first render waits for the document's career stage. A quick answer (Word on Windows or Mac, the
 * preview) opens the pane with the stage's descriptors in one render; a slow one (Word on the web) gets
 * "Reading the document…" first.
 */
export const STAGE_WAIT_MS = 150;

/** Waits for an early read, but no longer than `ms`: past that the pane opens with "Reading the document…". */
export async function settleCareerStageRead(read: EarlyCareerStageRead, ms = STAGE_WAIT_MS): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  await Promise.race([read.promise, new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)))]);
  clearTimeout(timer);
}

/**
 * The pane's career stage state: from an early read of the same framework when there is one, otherwise read when the
 * pane mounts. (The picker is disabled until the read has come, so a choice cannot cross it.)
 */
export function useCareerStage(framework: Framework, port: DocumentPort, early?: EarlyCareerStageRead | null): [CareerStageState, (name: string) => Promise<void>] {
  const usable = early && early.framework === framework ? early : null;
  const [state, setState] = useState<CareerStageState>(() => usable?.result ?? START);

  useEffect(() => {
    if (usable?.result) return;
    let live = true;
    void (usable?.promise ?? readCareerStage(framework, port)).then((read) => {
      if (live) setState(read);
    });
    return () => {
      live = false;
    };
  }, [framework, port, usable]);

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
