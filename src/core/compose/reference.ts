import type { Descriptor, Framework } from '../framework/framework';
import { ratingLabel, roleLabel, stageColumn } from '../query/stages';
import { fillTemplate } from './template';
import { wordingOf } from './wording';
import { descriptorTag, fitTitle } from '../tags';


/** What the document port needs to insert one descriptor: the text with its reference, and the content control's tag and title. */
export interface DescriptorInsertion {
  descriptorId: string;
  /** The descriptor text, exactly as the source words it. */
  descriptorText: string;
  /** The reference that follows it, e.g. "(Teachers' Standard 2.1, MPR)". */
  reference: string;
  /** `descriptorText + ' ' + reference`: what goes into the document. */
  text: string;
  /** Content-control tag, `tsd:<descriptor id>`. */
  tag: string;
  /** Content-control title, e.g. "TS 2.1 · MPR". */
  title: string;
}

function placeholders(framework: Framework, d: Descriptor): Record<string, string> {
  return {
    standard: d.standard ?? '',
    stage: d.stage ? stageColumn(framework, d.stage).label : '',
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
    title: fitTitle(title),
  };
}
