import { Button, FluentProvider, makeStyles, tokens } from '@fluentui/react-components';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Framework } from '../core';
import type { DocumentPort } from '../document/port';
import { paneTabs } from './tabs';
import { themes, type ThemeKind } from './theme';
import { CareerStagePicker } from './shell/CareerStagePicker';
import { PaneTabs } from './shell/PaneTabs';
import { lazyPart, PartErrorBoundary } from './shell/lazy-part';
import { PaneContext, StatusContext, type PaneContextValue, type PaneStatus } from './shell/pane-context';
import { StatusArea, type StatusMessage } from './shell/StatusArea';
import { copyToClipboard } from './shell/clipboard';
import { usePaneSettings } from './shell/settings';
import { useAfterFirstPaint } from './shell/useAfterFirstPaint';
import { useCareerStage, type EarlyCareerStageRead } from './shell/useCareerStage';
import { EditionContext, EditionLoading, EditionSummary, useEdition } from './settings';
import type { SelfTestReport } from '../document/word/self-test-report';

const useStyles = makeStyles({
  root: { minHeight: '100vh', display: 'flex', flexDirection: 'column', overflowX: 'hidden', backgroundColor: tokens.colorNeutralBackground1 },
  // The top-right corner (about 40 × 40 px) belongs to Office's own pane menu.
  header: { padding: `${tokens.spacingVerticalM} 48px ${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, minHeight: '24px' },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, lineHeight: tokens.lineHeightBase400 },
  body: { flexGrow: 1, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: `0 ${tokens.spacingHorizontalM} ${tokens.spacingVerticalL}`, minWidth: 0 },
  focusNote: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
  panel: { minWidth: 0 },
  loading: { margin: 0, color: tokens.colorNeutralForeground3 },
  failed: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: tokens.spacingVerticalS },
  failedText: { margin: 0 },
});

// Insert options and Settings are below the first screen: loaded from their own script once it has painted.
const belowFirstScreenPart = lazyPart(() => import(/* webpackChunkName: "pane-settings" */ './shell/BelowFirstScreen').then((m) => m.BelowFirstScreen));
const BelowFirstScreen = belowFirstScreenPart.Component;

/**
 * Loads every part of the pane that has its own script. The pane starts this once its first screen has painted (a
 * failure shows when the part is opened); the component tests await it, so that nothing in them waits on a script.
 */
export function loadPaneParts(): Promise<unknown> {
  return Promise.all([belowFirstScreenPart.preload(), ...paneTabs.map((t) => t.preload?.())]);
}

export interface AppProps {
  /** The edition the add-in was built with; a user may try a draft edition instead (Settings). */
  framework: Framework;
  port: DocumentPort;
  theme: ThemeKind;
  /** The career stage read the entry started before the first render (used by the pane's first start only). */
  careerStageRead?: EarlyCareerStageRead;
  /** In Word: "Test this copy of Word" in Settings (src/document/word/self-test.ts). */
  selfTest?: () => Promise<SelfTestReport>;
}

/** The task pane with the edition in use. When the edition changes, the pane starts afresh with it. */
export function App({ framework: bundled, port, theme, careerStageRead, selfTest }: AppProps) {
  const edition = useEdition(bundled);
  return (
    <EditionContext.Provider value={edition}>
      {edition.framework ? (
        <Pane key={edition.serial} framework={edition.framework} port={port} theme={theme} careerStageRead={edition.serial === 0 ? careerStageRead : undefined} selfTest={selfTest} />
      ) : (
        <EditionLoading theme={theme} />
      )}
    </EditionContext.Provider>
  );
}

/** The task pane: career stage, the registered tabs, insert options and a status strip. The same code runs in Word and the preview. */
function Pane({ framework, port, theme, careerStageRead, selfTest }: AppProps) {
  const styles = useStyles();
  const [settings, updateSettings] = usePaneSettings();
  const [stageState, chooseStage] = useCareerStage(framework, port, careerStageRead);
  const [message, setMessage] = useState<StatusMessage | null>(null);
  const serial = useRef(0);
  const [tabId, setTabId] = useState(paneTabs[0]?.id ?? '');
  const belowFirstScreen = useAfterFirstPaint();
  useEffect(() => {
    if (belowFirstScreen) loadPaneParts().catch(() => undefined);
  }, [belowFirstScreen]);

  const say = useCallback((kind: StatusMessage['kind'], text: string, near?: string) => setMessage({ kind, text, serial: ++serial.current, near }), []);
  const status = useMemo<PaneStatus>(() => ({ message, dismiss: () => setMessage(null) }), [message]);

  const copyText = useCallback(
    async (text: string, what: string, near?: string) => {
      try {
        await copyToClipboard(text);
        say('success', `Copied ${what} to the clipboard.`, near);
      } catch {
        say('error', 'The clipboard is not available here. Select the text and copy it instead.', near);
      }
    },
    [say],
  );

  const context = useMemo<PaneContextValue>(
    () => ({ framework, careerStage: stageState.careerStage, port, settings, copyText, notify: say }),
    [framework, stageState.careerStage, port, settings, copyText, say],
  );

  const active = paneTabs.find((t) => t.id === tabId) ?? paneTabs[0];
  const Panel = active?.Panel;

  return (
    <FluentProvider theme={themes[theme]} className={styles.root} data-theme={theme}>
      <PaneContext.Provider value={context}>
        <StatusContext.Provider value={status}>
        <div className={styles.header}>
          <h1 className={styles.title}>Standards Companion</h1>
          <EditionSummary />
        </div>
        <main className={styles.body}>
          <CareerStagePicker framework={framework} state={stageState} onChoose={(name) => void chooseStage(name)} />
          <PaneTabs tabs={paneTabs} selected={active?.id ?? ''} onSelect={setTabId} />
          <p className={styles.focusNote}>After inserting, click in the document to carry on typing: the cursor stays in this pane until you do.</p>
          {active && Panel ? (
            <div role="tabpanel" id={`panel-${active.id}`} aria-labelledby={`tab-${active.id}`} className={styles.panel}>
              <PartErrorBoundary
                key={active.id}
                fallback={(retry) => (
                  <div className={styles.failed} role="alert">
                    <p className={styles.failedText}>{`The ${active.label} tab could not be loaded from the add-in's server.`}</p>
                    <Button onClick={retry}>Try again</Button>
                  </div>
                )}
              >
                <Suspense fallback={<p className={styles.loading} role="status" data-testid="tab-loading">{`Loading ${active.label}…`}</p>}>
                  <Panel />
                </Suspense>
              </PartErrorBoundary>
            </div>
          ) : null}
          {belowFirstScreen ? (
            <PartErrorBoundary
              fallback={(retry) => (
                <div className={styles.failed} role="alert">
                  <p className={styles.failedText}>Insert options and Settings could not be loaded from the add-in's server.</p>
                  <Button onClick={retry}>Try again</Button>
                </div>
              )}
            >
              <Suspense fallback={null}>
                <BelowFirstScreen settings={settings} onChange={updateSettings} selfTest={selfTest} />
              </Suspense>
            </PartErrorBoundary>
          ) : null}
        </main>
        <StatusArea message={message} onDismiss={() => setMessage(null)} />
        </StatusContext.Provider>
      </PaneContext.Provider>
    </FluentProvider>
  );
}
