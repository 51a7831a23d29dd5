import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ratingsForRole, roleLabel, type RoleCode } from '../../core';
import { usePane } from '../shell/pane-context';
import { DescriptorList } from './DescriptorRow';

const useStyles = makeStyles({
  rating: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0`, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  note: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  headerText: { overflowWrap: 'anywhere', textAlign: 'start' },
});

/** The role's three rating descriptors from the career expectations framework. */
export function RatingsSection(props: { role: RoleCode; open?: boolean }) {
  const styles = useStyles();
  const { framework } = usePane();
  const ratings = useMemo(() => ratingsForRole(framework, props.role), [framework, props.role]);
  return (
    <Accordion collapsible defaultOpenItems={props.open ? ['ratings'] : []}>
      <AccordionItem value="ratings">
        <AccordionHeader as="h2" size="medium">
          <span className={styles.headerText}>Ratings: {roleLabel(framework, props.role)}</span>
        </AccordionHeader>
        <AccordionPanel>
          {ratings.map((rating) => (
            <section key={rating.rating} aria-label={rating.label}>
              <h3 className={styles.rating}>{rating.label}</h3>
              {rating.routes.map((route) => (
                <div key={route.route}>
                  {route.intro ? <p className={styles.intro}>{route.intro}</p> : null}
                  <DescriptorList descriptors={route.descriptors} />
                </div>
              ))}
              {rating.note ? <p className={styles.note}>{rating.note}</p> : null}
            </section>
          ))}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
