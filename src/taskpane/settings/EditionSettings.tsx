import { Button, Label, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { useEffect, useId, useRef, type ChangeEvent, type ReactNode } from 'react';
import { EDITION_FILE_LIST } from '../../core/edition/files';
import type { FrameworkProblem } from '../../core/framework/validate';
import { useEditionState, type EditionNotice } from './useEdition';
import { Disclosure } from '../shell/Disclosure';
import { useSummaryStyles } from './EditionSummary';

const useStyles = makeStyles({
  section: { minWidth: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  text: { margin: 0, overflowWrap: 'anywhere' },
  hint: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  file: { maxWidth: '100%', minWidth: 0 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  error: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1,
    color: tokens.colorStatusDangerForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    overflowWrap: 'anywhere',
  },
  success: {
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusSuccessBackground1,
    color: tokens.colorNeutralForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusSuccessBorder1}`,
    overflowWrap: 'anywhere',
  },
});

/** The most problems listed; the rest are counted. */
const SHOWN_PROBLEMS = 12;

function ProblemList(props: { problems: readonly FrameworkProblem[] }) {
  const styles = useStyles();
  const { problems } = props;
  return (
    <ul className={styles.problems}>
      {problems.slice(0, SHOWN_PROBLEMS).map((p, i) => (
        <li key={i}>{`${p.file}: ${p.path}: ${p.message}`}</li>
      ))}
      {problems.length > SHOWN_PROBLEMS ? <li>{`and ${problems.length - SHOWN_PROBLEMS} more`}</li> : null}
    </ul>
  );
}

function NoticeText(props: { notice: EditionNotice; bundledKey: string }) {
  const styles = useStyles();
  const { notice, bundledKey } = props;
  switch (notice.kind) {
    case 'loaded':
      return (
        <p className={styles.text}>
          {`Now using the draft edition ${notice.editionKey}. `}
          {notice.stored
            ? `It is kept for you in this browser until you return to ${bundledKey}.`
            : 'This browser would not store it, so it lasts until the pane is closed.'}
        </p>
      );
    case 'returned':
      return <p className={styles.text}>{`Now using ${notice.editionKey}, the edition this add-in was built with.`}</p>;
    case 'rejected':
      return (
        <>
          <p className={styles.text}>{`These files cannot be used, so the edition in use has not changed (${notice.problems.length} ${notice.problems.length === 1 ? 'problem' : 'problems'}):`}</p>
          <ProblemList problems={notice.problems} />
        </>
      );
    case 'stored-rejected':
      return (
        <>
          <p className={styles.text}>{`The draft edition kept in this browser no longer passes the checks, so it has been removed and ${bundledKey} is in use:`}</p>
          <ProblemList problems={notice.problems} />
        </>
      );
  }
}

/**
 * The pane's Settings section: which edition is in use, trying a draft edition from its JSON files, and returning to
 * the bundled edition. Closed until opened; the edition in use is always shown under the pane's title.
 */
/** The Settings section; `children` (e.g. the Word self-test) go at the end of its panel. */
export function SettingsSection(props: { children?: ReactNode } = {}) {
  const styles = useStyles();
  const summaryStyles = useSummaryStyles();
  const state = useEditionState();
  const inputId = useId();
  const noticeRef = useRef<HTMLDivElement>(null);
  const shownSerial = useRef<number | null>(null);

  // After the edition changes the pane starts afresh; bring the reader back to the outcome.
  useEffect(() => {
    if (!state) return;
    if (state.notice && (state.notice.kind === 'loaded' || state.notice.kind === 'returned') && shownSerial.current !== state.serial && state.settingsOpen) {
      noticeRef.current?.focus();
    }
    shownSerial.current = state.serial;
  }, [state]);

  if (!state?.framework) return null;
  const { framework, bundled, isDraft, busy, notice, settingsOpen, setSettingsOpen, tryDraft, returnToBundled } = state;

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    event.target.value = '';
    if (files.length > 0) void tryDraft(files);
  };
  const isError = notice?.kind === 'rejected' || notice?.kind === 'stored-rejected';

  return (
    <div data-testid="settings" className={styles.section}>
      <Disclosure title="Settings" open={settingsOpen} onToggle={setSettingsOpen}>
        <div className={styles.panel}>
          <h3 className={styles.heading}>Framework edition</h3>
          <p className={styles.text} data-testid="edition-title">
            {framework.edition.title}
          </p>
          <div className={summaryStyles.summary}>
            <span className={summaryStyles.key}>{framework.editionKey}</span>
            {isDraft ? (
              <span className={summaryStyles.draft}>Draft</span>
            ) : (
              <span>(the edition this add-in was built with)</span>
            )}
          </div>
          {notice ? (
            <div ref={noticeRef} tabIndex={-1} className={isError ? styles.error : styles.success} role={isError ? 'alert' : 'status'}>
              <NoticeText notice={notice} bundledKey={bundled.editionKey} />
            </div>
          ) : null}
          {isDraft ? (
            <Button appearance="secondary" onClick={returnToBundled}>
              {`Return to ${bundled.editionKey}`}
            </Button>
          ) : null}
          <h3 className={styles.heading}>Try a draft edition</h3>
          <p className={styles.hint}>
            {`Choose the edition's files together: ${EDITION_FILE_LIST.join(', ')} (optional). They are checked first; if anything is wrong, nothing changes. A draft applies only to you, in this browser.`}
          </p>
          <Label htmlFor={inputId}>Edition files</Label>
          <input id={inputId} className={styles.file} type="file" multiple accept=".json,application/json" disabled={busy} onChange={choose} />
          {busy ? <Spinner size="tiny" label="Checking the files…" /> : null}
          {props.children}
        </div>
      </Disclosure>
    </div>
  );
}
