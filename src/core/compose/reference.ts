import type { Descriptor, Framework } from '../framework/framework';
import { ratingLabel, roleLabel } from '../query/stages';
import { stageName } from './names';
import { fillTemplate } from './template';
import { wordingOf } from './wording';
import { descriptorTag, MAX_TAG_LENGTH } from '../tags';


/** What the document port needs to insert one descriptor: the text with its reference, and the content control's tag and title. */
export interface DescriptorInsertion {
  descriptorId: string;
  /** The descriptor text, exactly as the source words it. */
  descriptorText: string;
  /** The reference that follows it, e.g. "(Teachers’ Standard 2.1, Main pay range)": the stage as the career stage picker names it. */
  reference: string;
  /** `descriptorText + ' ' + reference`: what goes into the document. */
  text: string;
  /** Content-control tag, `tsd:<descriptor id>`. */
  tag: string;
  /** Content-control title, e.g. "TS 2.1 · Main pay range". */
  title: string;
}

function placeholders(framework: Framework, d: Descriptor): Record<string, string> {
  return {
    standard: d.standard ?? '',
    stage: d.stage ? stageName(framework, d.stage) : '',
    stageCode: d.stage ?? '',
    role: d.role ? roleLabel(framework, d.role) : '',
    roleCode: d.role ?? '',
    rating: d.rating ? ratingLabel(framework, d.rating) : '',
  };
}

/** The reference text for a descriptor, from the edition's wording patterns. */
export function descriptorReference(framework: Framework, d: Descriptor): string {
  const w = wordingOf(framework).reference;
  return fillTemplate(d.source === 'teachers-standards' ? w.teachersStandards : w.careerExpectations, placeholders(framework, d));
}

/** Everything needed to insert one descriptor. Throws for an unknown id. */
export function descriptorInsertion(framework: Framework, id: string): DescriptorInsertion {
  const d = framework.byId.get(id);
  if (!d) throw new Error(`There is no descriptor "${id}" in ${framework.editionKey}.`);
  const w = wordingOf(framework).reference;
  const reference = descriptorReference(framework, d);
  const title = fillTemplate(d.source === 'teachers-standards' ? w.teachersStandardsTitle : w.careerExpectationsTitle, placeholders(framework, d));
  return {
    descriptorId: d.id,
    descriptorText: d.text,
    reference,
    text: `${d.text} ${reference}`,
    tag: descriptorTag(d.id),
    title: title.slice(0, MAX_TAG_LENGTH),
  };
}

/** One item of a descriptor list: a descriptor on its own (no reference), in its own `tsd:` content control. */
export interface DescriptorListItem {
  descriptorId: string;
  /** The descriptor text, exactly as the source words it. */
  text: string;
  tag: string;
  title: string;
}

/**
 * "Insert all": the descriptors of one sub-standard and stage as one tidy list, each item verbatim in its own
 * `tsd:` content control (so the checker reads each as a descriptor), followed by one reference for the whole list.
 */
export interface DescriptorListInsertion {
  items: DescriptorListItem[];
  /** The one reference after the list, e.g. "(Teachers’ Standard 2.1, Main pay range)". */
  reference: string;
  /** The list as plain text: one line per item, then the reference. */
  text: string;
}

/**
 * The list for "Insert all", in source order without repeats. Throws for an unknown id, or for descriptors that do not
 * share one sub-standard and stage (one reference could not name them all).
 */
export function descriptorListInsertion(framework: Framework, ids: readonly string[]): DescriptorListInsertion {
  const found = new Map<string, Descriptor>();
  for (const id of ids) {
    const d = framework.byId.get(id);
    if (!d) throw new Error(`There is no descriptor "${id}" in ${framework.editionKey}.`);
    found.set(id, d);
  }
  const list = [...found.values()].sort((a, b) => a.order - b.order);
  const first = list[0];
  if (!first) throw new Error('A list needs at least one descriptor.');
  const key = (d: Descriptor) => `${d.source}|${d.standard ?? ''}|${d.stage ?? ''}|${d.role ?? ''}|${d.rating ?? ''}`;
  if (list.some((d) => key(d) !== key(first))) throw new Error('The descriptors of one list must share one standard and stage (or role and rating).');
  const items = list.map((d) => {
    const one = descriptorInsertion(framework, d.id);
    return { descriptorId: d.id, text: d.text, tag: one.tag, title: one.title };
  });
  const reference = descriptorReference(framework, first);
  return { items, reference, text: [...items.map((i) => i.text), reference].join('\n') };
}
