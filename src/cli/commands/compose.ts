/**
 * `compose`: the same wording the pane inserts, from the same core, for HR's model wording and for tests.
 *
 *   compose objective   --stage <career stage> --descriptor <id> […] [--success …] [--timescale …] [--support …] [--evidence …]
 *   compose development --stage <career stage> --descriptor <id> […] [--evidence …] [--support …] [--review …]
 *   compose rationale   --stage <career stage> --rating not-met|achieved|exceptional --descriptor <CEF id> […] [--route 1|2] [--note …]
 *   compose pay         --stage <career stage> --rating <rating> --recommendation progress|no-progress|not-eligible|not-applicable [--note …]
 *
 * Each takes `--format text|json` (text by default) and `--framework <folder>` (an edition folder; the bundled one by default).
 * Exit 0 when composed (warnings go to stderr, or into the JSON), 1 when a rule blocks it (the reason on stderr and in
 * `blocked`; text output then prints nothing to stdout), 2 for bad arguments.
 */
import { parseArgs } from 'util';
import type { Framework } from '../../core/framework/framework';
import { FrameworkError } from '../../core/framework/framework';
import { RATING_CODES, type RatingCode } from '../../core/framework/types';
import { formatProblems } from '../../core/framework/validate';
import { findCareerStage } from '../../core/query/stages';
import { ratingForRole } from '../../core/query/descriptors';
import { blockPlainText, PAY_RECOMMENDATION_CODES, type ComposedBlock, type PayRecommendationCode } from '../../core/compose/block';
import { composeObjective } from '../../core/compose/objective';
import { composeDevelopment } from '../../core/compose/development';
import { draftRationale } from '../../core/compose/rationale';
import { composePay } from '../../core/compose/pay';
import { loadFrameworkFolder } from '../framework-folder';
import { UsageError, type CommandIo } from '../io';

const KINDS = ['objective', 'development', 'rationale', 'pay'] as const;
type Kind = (typeof KINDS)[number];

const COMMON = { stage: { type: 'string' }, format: { type: 'string' }, framework: { type: 'string' } } as const;
const OPTIONS = {
  objective: { ...COMMON, descriptor: { type: 'string', multiple: true }, success: { type: 'string' }, timescale: { type: 'string' }, support: { type: 'string' }, evidence: { type: 'string' } },
  development: { ...COMMON, descriptor: { type: 'string', multiple: true }, evidence: { type: 'string' }, support: { type: 'string' }, review: { type: 'string' } },
  rationale: { ...COMMON, rating: { type: 'string' }, descriptor: { type: 'string', multiple: true }, route: { type: 'string' }, note: { type: 'string' } },
  pay: { ...COMMON, rating: { type: 'string' }, recommendation: { type: 'string' }, note: { type: 'string' } },
} as const;

type Values = { [key: string]: string | string[] | undefined };

/** What `--format json` prints. */
export interface ComposeJson {
  text: string;
  title: string;
  tag: string;
  cites: string[];
  warnings: string[];
  blocked: string | null;
}

interface Composed {
  block: ComposedBlock;
  warnings: string[];
  blocked: string | null;
}

function str(values: Values, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

function careerStageOf(framework: Framework, values: Values): string {
  const name = str(values, 'stage');
  if (name === undefined) throw new UsageError('--stage is required: the career stage, e.g. --stage "Main pay range".');
  const found = findCareerStage(framework, name);
  if (!found) throw new UsageError(`There is no career stage "${name}". The career stages are: ${framework.careerStages.map((cs) => `"${cs.name}"`).join(', ')}.`);
  return found.name;
}

function descriptorsOf(framework: Framework, values: Values, required: boolean): string[] {
  const ids = (values.descriptor as string[] | undefined) ?? [];
  if (required && ids.length === 0) throw new UsageError('At least one --descriptor <id> is required.');
  for (const id of ids) if (!framework.byId.has(id)) throw new UsageError(`There is no descriptor "${id}" in ${framework.editionKey}.`);
  return ids;
}

function ratingOf(values: Values): RatingCode {
  const rating = str(values, 'rating');
  if (rating === undefined) throw new UsageError(`--rating is required: one of ${RATING_CODES.join(', ')}.`);
  if (!RATING_CODES.includes(rating as RatingCode)) throw new UsageError(`--rating must be one of ${RATING_CODES.join(', ')}, not "${rating}".`);
  return rating as RatingCode;
}

/** Runs a composer; an Error it throws for bad input (a descriptor of another stage, a stage with no standards column) is a usage error. */
function guarded(compose: () => Composed): Composed {
  try {
    return compose();
  } catch (error) {
    if (error instanceof Error && !(error instanceof TypeError) && !(error instanceof RangeError)) throw new UsageError(error.message);
    throw error;
  }
}

function composeKind(framework: Framework, kind: Kind, values: Values): Composed {
  const careerStageName = careerStageOf(framework, values);
  switch (kind) {
    case 'objective': {
      const descriptorIds = descriptorsOf(framework, values, true);
      const v = { successCriteria: str(values, 'success'), timescale: str(values, 'timescale'), support: str(values, 'support'), evidence: str(values, 'evidence') };
      return guarded(() => composeObjective(framework, { careerStageName, descriptorIds, number: 1, values: definedOnly(v) }));
    }
    case 'development': {
      const descriptorIds = descriptorsOf(framework, values, true);
      const v = { evidence: str(values, 'evidence'), support: str(values, 'support'), review: str(values, 'review') };
      return guarded(() => composeDevelopment(framework, { careerStageName, descriptorIds, number: 1, values: definedOnly(v) }));
    }
    case 'rationale': {
      const rating = ratingOf(values);
      const tickedIds = descriptorsOf(framework, values, false);
      const role = findCareerStage(framework, careerStageName)?.role;
      const routes = role ? ratingForRole(framework, role, rating).routes.length : 1;
      const routeText = str(values, 'route');
      let route: number | undefined;
      if (routeText !== undefined) {
        route = Number(routeText);
        if (!Number.isInteger(route) || route < 1 || route > routes) {
          throw new UsageError(`--route must be ${routes === 1 ? '1' : `from 1 to ${routes}`} for ${careerStageName}, ${rating}; not "${routeText}".`);
        }
      }
      return guarded(() => draftRationale(framework, { careerStageName, rating, tickedIds, route, overallNote: str(values, 'note') ?? '' }));
    }
    case 'pay': {
      const rating = ratingOf(values);
      const recommendation = str(values, 'recommendation');
      if (recommendation === undefined || !PAY_RECOMMENDATION_CODES.includes(recommendation as PayRecommendationCode)) {
        throw new UsageError(`--recommendation must be one of ${PAY_RECOMMENDATION_CODES.join(', ')}${recommendation === undefined ? '' : `, not "${recommendation}"`}.`);
      }
      return guarded(() => composePay(framework, { careerStageName, rating, recommendation: recommendation as PayRecommendationCode, note: str(values, 'note') ?? '' }));
    }
  }
}

function definedOnly<T extends Record<string, string | undefined>>(values: T): Partial<Record<keyof T, string>> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<Record<keyof T, string>>;
}

export function runCompose(args: string[], io: CommandIo): number {
  const [kind, ...rest] = args;
  if (kind === undefined || !KINDS.includes(kind as Kind)) {
    throw new UsageError(`compose needs one of ${KINDS.join(', ')}${kind === undefined ? '' : `, not "${kind}"`}.`);
  }
  let values: Values;
  try {
    ({ values } = parseArgs({ args: rest, options: OPTIONS[kind as Kind], allowPositionals: false, strict: true }) as { values: Values });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const format = str(values, 'format') ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  let framework: Framework;
  try {
    framework = loadFrameworkFolder(str(values, 'framework'));
  } catch (error) {
    if (error instanceof FrameworkError) {
      io.stderr(formatProblems(error.problems));
      return 2;
    }
    throw error;
  }
  const { block, warnings, blocked } = composeKind(framework, kind as Kind, values);
  if (format === 'json') {
    const json: ComposeJson = { text: blockPlainText(block), title: block.title, tag: block.tag, cites: block.citedIds, warnings, blocked };
    io.stdout(`${JSON.stringify(json, null, 2)}\n`);
  } else if (blocked === null) {
    io.stdout(`${blockPlainText(block)}\n`);
  }
  for (const warning of warnings) io.stderr(`Warning: ${warning}\n`);
  if (blocked !== null) {
    io.stderr(`Not composed: ${blocked}\n`);
    return 1;
  }
  return 0;
}
