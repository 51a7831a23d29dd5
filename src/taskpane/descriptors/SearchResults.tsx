import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { earlierStages, searchDescriptors, type CareerStage } from '../../core';
import { usePane } from '../shell/pane-context';
import { DescriptorList } from './DescriptorRow';

const LIMIT = 40;

const useStyles = makeStyles({
  count: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2 },
});

/** Ranked matches for the query: the career stage's own descriptors (and earlier ones if shown), or every stage. */
export function SearchResults(props: { query: string; careerStage: CareerStage | null; allStages: boolean; includeEarlier: boolean }) {
  const styles = useStyles();
  const { framework } = usePane();
  const { query, careerStage, allStages, includeEarlier } = props;
  const hits = useMemo(() => {
    if (allStages || !careerStage) return searchDescriptors(framework, query);
    const stages = careerStage.stage ? [careerStage.stage, ...(includeEarlier ? earlierStages(framework, careerStage.stage) : [])] : [];
    return searchDescriptors(framework, query, { stages, roles: [careerStage.role] });
  }, [framework, query, careerStage, allStages, includeEarlier]);
  const shown = hits.slice(0, LIMIT).map((h) => h.descriptor);
  const scope = allStages || !careerStage ? 'across all stages' : `for ${careerStage.name}`;
  return (
    <section aria-label="Search results">
      <p className={styles.count} aria-live="polite">
        {hits.length === 0
          ? `No descriptors match “${query.trim()}” ${scope}.`
          : hits.length > LIMIT
            ? `Showing the best ${LIMIT} of ${hits.length} matches ${scope}.`
            : `${hits.length} ${hits.length === 1 ? 'match' : 'matches'} ${scope}.`}
      </p>
      <DescriptorList descriptors={shown} query={query} />
    </section>
  );
}
