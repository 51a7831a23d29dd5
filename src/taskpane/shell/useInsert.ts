import { useCallback, useState } from 'react';
import { useFeedbackAnchor } from './InlineFeedback';
import { descriptorInsertion, descriptorListInsertion, type ComposedBlock } from '../../core';
import type { ComposedInsertOutcome, InsertOptions, InsertOutcome } from '../../document/port';
import { plainMessage } from './messages';
import { usePane } from './pane-context';

export interface Inserter {
  /** Inserts these descriptors at the cursor, each with its reference, tag and title. */
  insertDescriptors(ids: readonly string[], what: string): Promise<InsertOutcome | null>;
  /**
   * "Insert all": these descriptors (of one sub-standard and stage) as one bulleted list, each item verbatim in its own
   * tagged block, then one reference for the whole list in a paragraph of its own (core `descriptorListInsertion`).
   */
  insertDescriptorList(ids: readonly string[], what: string): Promise<InsertOutcome | null>;
  /** Inserts one formatted block the core composed (an objective, a rating rationale, and what later tabs add). */
  insertBlock(block: ComposedBlock, what: string): Promise<ComposedInsertOutcome | null>;
  /** True while this component's insertion is under way. */
  busy: boolean;
  /** Where this component's confirmations show: put `<InlineFeedback anchor={feedback} />` beside its Insert button. */
  feedback: string;
}

/**
 * The pane's one insertion path, used by every tab that inserts: the insert options from the pane's settings, the
 * edition the text comes from, the confirmation (with the adapter's one-off notice) or the error in plain words in
 * the InlineFeedback beside the control that was used (a live region). An insertion returns the adapter's outcome, or
 * null when nothing was inserted. Focus stays where it is.
 */
export function useInsert(): Inserter {
  const { framework, port, settings, notify } = usePane();
  const [busy, setBusy] = useState(false);
  const feedback = useFeedbackAnchor();

  const run = useCallback(
    async <O extends InsertOutcome>(what: string, plainly: string, write: (options: InsertOptions) => Promise<O>): Promise<O | null> => {
      setBusy(true);
      try {
        const outcome = await write({
          mode: settings.replaceSelection ? 'replace' : 'after-selection',
          asPlainText: settings.asPlainText,
          edition: framework.editionKey,
        });
        const done = `Inserted ${what}${outcome.asPlainText ? ` as ${plainly}` : ''}.`;
        notify('success', outcome.notice ? `${done} ${outcome.notice}` : done, feedback);
        return outcome;
      } catch (error) {
        console.error(error);
        notify('error', plainMessage(error), feedback);
        return null;
      } finally {
        setBusy(false);
      }
    },
    [framework, settings, notify, feedback],
  );

  const insertDescriptors = useCallback(
    (ids: readonly string[], what: string) => run(what, 'plain text', (options) => port.insertBlocks(ids.map((id) => descriptorInsertion(framework, id)), options)),
    [run, framework, port],
  );
  const insertDescriptorList = useCallback(
    (ids: readonly string[], what: string) =>
      run(what, 'plain text', (options) => {
        const list = descriptorListInsertion(framework, ids);
        return port.insertDescriptorList({ items: list.items.map(({ text, tag, title }) => ({ text, tag, title })), reference: list.reference }, options);
      }),
    [run, framework, port],
  );
  const insertBlock = useCallback((block: ComposedBlock, what: string) => run(what, 'plain paragraphs', (options) => port.insertComposedBlock(block, options)), [run, port]);

  return { insertDescriptors, insertDescriptorList, insertBlock, busy, feedback };
}
