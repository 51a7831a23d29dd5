import { useCallback, useState } from 'react';
import type { ComposedBlock } from '../../core';
import type { ComposedInsertOutcome } from '../../document/port';
import { plainMessage } from '../shell/messages';
import { usePane } from '../shell/pane-context';

/**
 * Inserting a formatted block (an objective or a rating rationale) with the pane's insert options, reporting the
 * outcome in the status area. Returns the outcome, or null when nothing was inserted. Focus is left where it is.
 */
export function useInsertComposed(): { insert: (block: ComposedBlock, what: string) => Promise<ComposedInsertOutcome | null>; busy: boolean } {
  const { framework, port, settings, notify } = usePane();
  const [busy, setBusy] = useState(false);
  const insert = useCallback(
    async (block: ComposedBlock, what: string) => {
      if (!port.insertComposedBlock) {
        notify('error', `Formatted blocks cannot be inserted into ${port.documentLabel}. Copy the preview text instead.`);
        return null;
      }
      setBusy(true);
      try {
        const outcome = await port.insertComposedBlock(block, {
          mode: settings.replaceSelection ? 'replace' : 'after-selection',
          asPlainText: settings.asPlainText,
          edition: framework.editionKey,
        });
        const done = `Inserted ${what}${outcome.asPlainText ? ' as plain paragraphs' : ''}.`;
        notify('success', outcome.notice ? `${done} ${outcome.notice}` : done);
        return outcome;
      } catch (error) {
        console.error(error);
        notify('error', plainMessage(error));
        return null;
      } finally {
        setBusy(false);
      }
    },
    [framework, port, settings, notify],
  );
  return { insert, busy };
}
