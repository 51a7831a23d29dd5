import { createContext, useContext } from 'react';
import type { StatusMessage } from './StatusArea';
import type { CareerStage, Framework } from '../../core';
import type { DocumentPort } from '../../document/port';
import type { PaneSettings } from './settings';

/** What every tab can use: the framework, the chosen career stage, the document and the pane's shared actions. */
export interface PaneContextValue {
  framework: Framework;
  /** The career stage in force, or null while none is chosen. */
  careerStage: CareerStage | null;
  port: DocumentPort;
  settings: PaneSettings;
  /** Copies text to the clipboard and reports the outcome (next to the control `near` names, when given). */
  copyText(text: string, what: string, near?: string): Promise<void>;
  /**
   * Shows and announces a confirmation or an error: with `near` (an id from useFeedbackAnchor), in that
   * InlineFeedback, next to the control that was used; otherwise in the strip at the bottom of the pane. Insertions
   * report through this: see useInsert.
   */
  notify(kind: 'success' | 'error', text: string, near?: string): void;
}

/** The message on show and how to dismiss it, for the InlineFeedback next to each control that reports. */
export interface PaneStatus {
  message: StatusMessage | null;
  dismiss(): void;
}

export const StatusContext = createContext<PaneStatus>({ message: null, dismiss: () => undefined });

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane() is used outside the pane.');
  return value;
}
