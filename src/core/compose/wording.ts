import type { Framework } from '../framework/framework';
import bundledWording from '../../../framework-data/wording.json';

/** The wording patterns of an edition (`framework-data/wording.json`). Wording is data, so a school can localise it. */
export type Wording = typeof bundledWording;

/** The edition's wording patterns, or the bundled Hampshire ones where the edition has none. */
export function wordingOf(framework: Framework): Wording {
  return (framework.wording as Wording | undefined) ?? bundledWording;
}
