import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../framework-data/schema/framework.schema.json';
import type { FrameworkProblem } from './problems';

export { formatProblems, type FrameworkProblem } from './problems';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  if (!compiled) {
    const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
    compiled = ajv.compile(schema);
  }
  return compiled;
}

function describe(error: ErrorObject): string {
  switch (error.keyword) {
    case 'required':
      return `is missing the required property "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return `has a property that is not allowed: "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'const':
      return `must be ${JSON.stringify(error.params.allowedValue)}`;
    case 'pattern':
      return `${error.message ?? 'does not match its pattern'} (found a value in the wrong form)`;
    default:
      return error.message ?? 'is not valid';
  }
}

/**
 * Checks one parsed framework file against the JSON Schema.
 * Returns the problems, each with the file name and JSON path; an empty list means the file is valid.
 * Schema branches that did not apply (`if`/`then` bookkeeping) are left out, so each problem is one a person can act on.
 */
export function validateAgainstSchema(data: unknown, file: string): FrameworkProblem[] {
  const validate = validator();
  if (validate(data)) return [];
  const seen = new Set<string>();
  const problems: FrameworkProblem[] = [];
  for (const error of validate.errors ?? []) {
    if (error.keyword === 'if' || error.keyword === 'allOf') continue;
    const path = error.instancePath === '' ? '/' : error.instancePath;
    const message = describe(error);
    const key = `${path} ${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    problems.push({ file, path, message });
  }
  return problems;
}
