import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { ratingsForRole, roleLabel, type RoleCode } from '../../core';
import { Disclosure } from '../shell/Disclosure';
import { usePane } from '../shell/pane-context';
import { DescriptorList } from './DescriptorRow';

const useStyles = makeStyles({
  rating: { margin: `${tokens.spacingVerticalS} 0 0`, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  intro: { margin: `${tokens.spacingVerticalXS} 0`, fontStyle: 'italic', color: tokens.colorNeutralForeground2 },
  note: { margin: `${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

/** The role's three rating descriptors from the career expectations framework. */
export function RatingsSection(props: { role: RoleCode; open?: boolean }) {
  const styles = useStyles();
  const { framework } = usePane();
  const ratings = useMemo(() => ratingsForRole(framework, props.role), [framework, props.role]);
  return (
    <Disclosure title={`Ratings: ${roleLabel(framework, props.role)}`} defaultOpen={props.open}>
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
    </Disclosure>
  );
}
