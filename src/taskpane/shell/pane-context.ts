import { createContext, useContext } from 'react';
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
  /** Copies text to the clipboard and reports the outcome. */
  copyText(text: string, what: string): Promise<void>;
  /** Shows a confirmation or an error in the status area (insertions report through this: see useInsert). */
  notify(kind: 'success' | 'error', text: string): void;
}

export const PaneContext = createContext<PaneContextValue | null>(null);

export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane() is used outside the pane.');
  return value;
}
