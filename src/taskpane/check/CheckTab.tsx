import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import { descriptorInsertion } from '../../core';
import { FINDING_KINDS, FINDING_KIND_LABELS, needsAttention, type CheckResult, type Finding } from '../../core/check';
import type { CareerStageSource } from '../../core/stage';
import { usePane } from '../shell/pane-context';
import { plainMessage } from '../shell/messages';
import { CoverageChart } from './CoverageChart';
import { FindingItem } from './FindingItem';
import { useCheck } from './useCheck';

const useStyles = makeStyles({
  tab: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  run: { alignSelf: 'flex-start' },
  messages: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, ':empty': { display: 'none' } },
  summary: { margin: 0, overflowWrap: 'anywhere', ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  heading: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  count: { fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground2 },
  list: { margin: 0, padding: 0 },
  message: { margin: 0, padding: tokens.spacingHorizontalS, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground3, overflowWrap: 'anywhere' },
  error: { backgroundColor: tokens.colorStatusDangerBackground1, color: tokens.colorStatusDangerForeground1 },
});

const STAGE_SOURCE: Record<CareerStageSource, string> = { property: 'as recorded in the document', settings: 'as recorded in the document', detected: 'as named in its text', chosen: 'as chosen in this pane' };

function summaryOf(result: CheckResult, editionKey: string): string {
  const stage = result.careerStage ? `for ${result.careerStage.name} (${STAGE_SOURCE[result.careerStage.source]})` : 'without a career stage';
  const n = result.findings.length;
  const attention = result.findings.filter(needsAttention).length;
  const found = n === 0 ? 'no findings.' : `${n} finding${n === 1 ? '' : 's'}, ${attention} to look at.`;
  return `Checked against ${editionKey}, ${stage}: ${found}`;
}

interface Note {
  kind: 'success' | 'error';
  text: string;
}

/**
 * The Check tab: checks the open document against the framework edition and lists what it finds, grouped by kind,
 * with Go to for each place and Restore official wording for an edited descriptor; then how well the objectives and
 * descriptors cover the eight standards. Focus moves only when a Restore removes the button that had it.
 */
export function CheckTab() {
  const styles = useStyles();
  const { framework, port } = usePane();
  const [state, run] = useCheck();
  const [note, setNote] = useState<Note | null>(null);
  const [acting, setActing] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const { phase, result } = state;
  const busy = phase === 'reading' || phase === 'checking' || acting;

  const numbered = useMemo(() => new Map((result?.findings ?? []).map((f, i) => [f, i + 1])), [result]);
  const groups = useMemo(
    () => FINDING_KINDS.map((kind) => ({ kind, findings: (result?.findings ?? []).filter((f) => f.kind === kind) })).filter((g) => g.findings.length > 0),
    [result],
  );

  const start = async () => {
    setNote(null);
    await run();
  };

  const goTo = async (finding: Finding) => {
    const { block, paragraph } = finding.location;
    setActing(true);
    try {
      if (block !== null) await port.selectBlock(block);
      else if (paragraph !== null) await port.selectParagraph(paragraph);
      else return;
      setNote({ kind: 'success', text: 'Selected in the document. Click in the document to carry on typing.' });
    } catch (error) {
      console.error(error);
      setNote({ kind: 'error', text: plainMessage(error) });
    } finally {
      setActing(false);
    }
  };

  /**
   * Rewrites one descriptor block: `restore` puts back the wording of the edition the document was checked against;
   * `update` brings an outdated block to the pane's current edition.
   */
  const rewrite = async (finding: Finding, how: 'restore' | 'update') => {
    if (finding.location.block === null || !finding.id) return;
    const source = how === 'update' ? framework : (state.against ?? framework);
    const done = how === 'update' ? 'Updated to the current wording' : 'Restored the official wording';
    setActing(true);
    try {
      const official = descriptorInsertion(source, finding.id);
      await port.replaceBlockText(finding.location.block, official.text);
      setNote({ kind: 'success', text: `${done} of ${official.descriptorId}. Checking again…` });
    } catch (error) {
      console.error(error);
      setNote({ kind: 'error', text: plainMessage(error) });
      setActing(false);
      return;
    }
    setActing(false);
    const again = await run();
    if (again) {
      const left = again.findings.some((f) => f.kind === finding.kind && f.id === finding.id && f.location.block === finding.location.block);
      setNote({
        kind: 'success',
        text: `${done} of ${finding.id}${left ? ', but it still reads differently. Look at it in the document.' : '.'} Undo in Word puts your words back.`,
      });
    }
    // The button that had the focus has gone with its finding: give the focus to the result it led to.
    summaryRef.current?.focus();
  };

  const canGoTo = (f: Finding) => f.location.block !== null || f.location.paragraph !== null;
  const canRestore = (f: Finding) =>
    f.kind === 'edited-descriptor' && f.location.block !== null && !!f.id && (state.against ?? framework).byId.has(f.id);
  const canUpdate = (f: Finding) =>
    f.kind === 'outdated-wording' && f.currentText !== undefined && f.location.block !== null && !!f.id && framework.byId.has(f.id);

  const progress = phase === 'reading' ? 'Reading the document…' : phase === 'checking' ? 'Checking…' : '';

  return (
    <div className={styles.tab}>
      <p className={styles.intro}>Checks the descriptors, objectives and ratings in this document against the framework.</p>
      <Button className={styles.run} appearance="primary" disabledFocusable={busy} onClick={() => void start()}>
        {result ? 'Run check again' : 'Run check'}
      </Button>
      <div className={styles.messages}>
        <div role="status" aria-live="polite">
          {progress ? <Spinner size="tiny" label={progress} labelPosition="after" /> : null}
          {note && note.kind === 'success' ? <p className={styles.message}>{note.text}</p> : null}
        </div>
        <div role="alert">
          {note && note.kind === 'error' ? <p className={`${styles.message} ${styles.error}`}>{note.text}</p> : null}
          {phase === 'failed' && state.error ? <p className={`${styles.message} ${styles.error}`}>{state.error}</p> : null}
        </div>
      </div>
      {result ? (
        <>
          <p ref={summaryRef} tabIndex={-1} className={styles.summary} data-testid="check-summary">
            {summaryOf(result, (state.against ?? framework).editionKey)}
          </p>
          {groups.map((group) => (
            <section key={group.kind} aria-labelledby={`check-${group.kind}`}>
              <h2 id={`check-${group.kind}`} className={styles.heading}>
                {FINDING_KIND_LABELS[group.kind]} <span className={styles.count}>({group.findings.length})</span>
              </h2>
              <ul className={styles.list}>
                {group.findings.map((f) => (
                  <FindingItem
                    key={numbered.get(f)}
                    finding={f}
                    number={numbered.get(f) ?? 0}
                    busy={busy}
                    onGoTo={canGoTo(f) ? () => void goTo(f) : undefined}
                    onRestore={canRestore(f) ? () => void rewrite(f, 'restore') : undefined}
                    onUpdate={canUpdate(f) ? () => void rewrite(f, 'update') : undefined}
                  />
                ))}
              </ul>
            </section>
          ))}
          <section aria-labelledby="check-coverage">
            <h2 id="check-coverage" className={styles.heading}>
              Coverage of the standards
            </h2>
            <CoverageChart coverage={result.coverage} />
          </section>
        </>
      ) : null}
    </div>
  );
}
