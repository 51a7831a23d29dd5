import { createContext, useCallback, useContext, useEffect, useState } from 'react';
import type { Framework } from '../../core/framework/framework';
import type { FrameworkProblem } from '../../core/framework/validate';
import { checkDraftEdition, checkDraftFiles, forgetDraft, storeDraft, storedDraft } from './draft-edition';

/** The outcome of the last thing the user did in the settings, shown there until the next one. */
export type EditionNotice =
  | { kind: 'loaded'; editionKey: string; stored: boolean }
  | { kind: 'returned'; editionKey: string }
  | { kind: 'rejected'; problems: FrameworkProblem[]; files: string[] }
  /** A draft stored earlier no longer passes (e.g. the add-in was updated); it has been removed. */
  | { kind: 'stored-rejected'; problems: FrameworkProblem[] };

export interface EditionState {
  /** The edition the pane uses; null only while a stored draft is being checked at start-up. */
  framework: Framework | null;
  bundled: Framework;
  isDraft: boolean;
  /** True while chosen files are being read and checked. */
  busy: boolean;
  notice: EditionNotice | null;
  /** Changes whenever the edition in use changes, so the pane can start afresh with it. */
  serial: number;
  /** Whether the Settings section is open (kept here so it stays open when the pane starts afresh). */
  settingsOpen: boolean;
  setSettingsOpen(open: boolean): void;
  tryDraft(files: readonly File[]): Promise<void>;
  returnToBundled(): void;
}

export const EditionContext = createContext<EditionState | null>(null);

export function useEditionState(): EditionState | null {
  return useContext(EditionContext);
}

/** The edition in use: the bundled one, or a draft the user chose (checked again from storage at start-up). */
export function useEdition(bundled: Framework): EditionState {
  const [stored] = useState(storedDraft);
  const [framework, setFramework] = useState<Framework | null>(stored ? null : bundled);
  const [isDraft, setIsDraft] = useState(false);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<EditionNotice | null>(null);
  const [serial, setSerial] = useState(0);
  const [settingsOpen, setSettingsOpen] = useState(false);

  useEffect(() => {
    if (!stored) return;
    let live = true;
    void checkDraftFiles(stored, bundled)
      .catch((error: unknown) => ({ ok: false as const, problems: [{ file: 'stored draft', path: '/', message: String((error as Error)?.message ?? error) }] }))
      .then((outcome) => {
        if (!live) return;
        if (outcome.ok) {
          setFramework(outcome.framework);
          setIsDraft(true);
        } else {
          forgetDraft();
          setFramework(bundled);
          setNotice({ kind: 'stored-rejected', problems: outcome.problems });
        }
      });
    return () => {
      live = false;
    };
  }, [stored, bundled]);

  const tryDraft = useCallback(
    async (files: readonly File[]) => {
      setBusy(true);
      try {
        const outcome = await checkDraftEdition(files, bundled);
        if (!outcome.ok) {
          setNotice({ kind: 'rejected', problems: outcome.problems, files: files.map((f) => f.name) });
          return;
        }
        const kept = storeDraft(outcome.files);
        setFramework(outcome.framework);
        setIsDraft(true);
        setSerial((n) => n + 1);
        setNotice({ kind: 'loaded', editionKey: outcome.framework.editionKey, stored: kept });
      } catch (error) {
        setNotice({ kind: 'rejected', problems: [{ file: files.map((f) => f.name).join(', '), path: '/', message: `could not be read (${(error as Error)?.message ?? String(error)})` }], files: files.map((f) => f.name) });
      } finally {
        setBusy(false);
      }
    },
    [bundled],
  );

  const returnToBundled = useCallback(() => {
    forgetDraft();
    setFramework(bundled);
    setIsDraft(false);
    setSerial((n) => n + 1);
    setNotice({ kind: 'returned', editionKey: bundled.editionKey });
  }, [bundled]);

  return { framework, bundled, isDraft, busy, notice, serial, settingsOpen, setSettingsOpen, tryDraft, returnToBundled };
}
