import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  cumulativeForStage,
  nextStageAdditions,
  stageColumn,
  type CumulativeSubStandard,
  type Descriptor,
  type StageCode,
} from '../../core';
import { Disclosure, onDisclosureKeys, useDisclosureGroupClass } from '../shell/Disclosure';
import { usePane } from '../shell/pane-context';
import { InlineFeedback } from '../shell/InlineFeedback';
import { useInsert } from '../shell/useInsert';
import { DescriptorList } from './DescriptorRow';

const useStyles = makeStyles({
  preamble: { margin: `0 0 ${tokens.spacingVerticalS}`, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  sub: { marginBottom: tokens.spacingVerticalL, minWidth: 0 },
  subHead: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  subTitle: { flexGrow: 1, margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, overflowWrap: 'anywhere' },
  empty: { color: tokens.colorNeutralForeground3, margin: `${tokens.spacingVerticalXS} 0` },
  group: {
    marginTop: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  next: { borderLeftColor: tokens.colorBrandStroke1 },
  groupTitle: { margin: 0, fontSize: tokens.fontSizeBase200, fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
});

interface NextGroup {
  stage: StageCode;
  descriptors: Descriptor[];
}

function SubStandardBlock(props: { sub: CumulativeSubStandard; includeEarlier: boolean; next: NextGroup[] }) {
  const styles = useStyles();
  const { framework } = usePane();
  const { insertDescriptorList, feedback } = useInsert();
  const { sub, includeEarlier, next } = props;
  const ids = sub.descriptors.map((d) => d.id);
  return (
    <section className={styles.sub} aria-label={`Standard ${sub.number}`}>
      <div className={styles.subHead}>
        <h3 className={styles.subTitle}>
          {sub.number} {sub.title}
        </h3>
        {ids.length > 0 ? (
          <Button size="small" aria-label={`Insert all ${ids.length} ${ids.length === 1 ? 'descriptor' : 'descriptors'} of Standard ${sub.number}`} onClick={() => void insertDescriptorList(ids, `${ids.length} ${ids.length === 1 ? 'descriptor' : 'descriptors'} of Standard ${sub.number}`)}>
            Insert all
          </Button>
        ) : null}
      </div>
      <InlineFeedback anchor={feedback} />
      {sub.descriptors.length > 0 ? <DescriptorList descriptors={sub.descriptors} /> : <p className={styles.empty}>No descriptors at this stage.</p>}
      {includeEarlier
        ? sub.inherited
            .filter((g) => g.descriptors.length > 0)
            .map((g) => (
              <div key={g.stage} className={styles.group}>
                <h4 className={styles.groupTitle}>
                  From {stageColumn(framework, g.stage).label}: {g.preamble}
                </h4>
                <DescriptorList descriptors={g.descriptors} />
              </div>
            ))
        : null}
      {next.map((g) => (
        <div key={g.stage} className={`${styles.group} ${styles.next}`}>
          <h4 className={styles.groupTitle}>{stageColumn(framework, g.stage).label} adds</h4>
          {g.descriptors.length > 0 ? <DescriptorList descriptors={g.descriptors} /> : <p className={styles.empty}>Nothing new here.</p>}
        </div>
      ))}
    </section>
  );
}

/** Standards 1–8 for a stage, each expandable to its sub-standards and descriptors. */
export function StandardsView(props: { stage: StageCode; includeEarlier: boolean; compareNext: boolean }) {
  const styles = useStyles();
  const { framework } = usePane();
  const groupClass = useDisclosureGroupClass();
  const { stage, includeEarlier, compareNext } = props;
  const standards = useMemo(() => cumulativeForStage(framework, stage), [framework, stage]);
  const nextBySub = useMemo(() => {
    const map = new Map<string, NextGroup[]>();
    if (!compareNext) return map;
    for (const { stage: nextStage, standards: nextStandards } of nextStageAdditions(framework, stage)) {
      for (const standard of nextStandards) {
        for (const sub of standard.subStandards) {
          const list = map.get(sub.number) ?? [];
          list.push({ stage: nextStage, descriptors: sub.descriptors });
          map.set(sub.number, list);
        }
      }
    }
    return map;
  }, [framework, stage, compareNext]);

  // The standards open and close independently; a plain disclosure (not Fluent's Accordion) keeps the first screen light.
  return (
    <div className={groupClass} onKeyDown={onDisclosureKeys}>
      {standards.map((standard) => (
        <Disclosure
          key={standard.number}
          title={`Standard ${standard.number}: ${standard.heading}`}
        >
          {standard.preamble ? <p className={styles.preamble}>{standard.preamble}</p> : null}
          {standard.subStandards.map((sub) => (
            <SubStandardBlock key={sub.number} sub={sub} includeEarlier={includeEarlier} next={nextBySub.get(sub.number) ?? []} />
          ))}
        </Disclosure>
      ))}
    </div>
  );
}
