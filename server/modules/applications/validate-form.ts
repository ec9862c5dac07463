import { createHash } from 'node:crypto';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { ProblemList } from '../../platform/errors/app-error';
import { fieldMessage } from '../../platform/http/field-messages';
import type { Lang } from '../../platform/http/language';

// Application forms are JSON Schema (from the catalogue); a submission is checked against the pinned version's
// schema and every broken rule is reported with its field, in the applicant's language.

const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
addFormats(ajv);
const compiled = new Map<string, ValidateFunction>();

function validatorFor(schema: Record<string, unknown>): ValidateFunction {
  const key = createHash('sha256').update(JSON.stringify(schema)).digest('base64url');
  let validate = compiled.get(key);
  if (!validate) {
    validate = ajv.compile(schema);
    if (compiled.size > 500) compiled.clear();
    compiled.set(key, validate);
  }
  return validate;
}

/** Adds a problem `form.<field>` for every rule the values break. */
export function checkForm(problems: ProblemList, schema: Record<string, unknown>, values: Record<string, unknown>, lang: Lang): void {
  const validate = validatorFor(schema);
  if (validate(values)) return;
  for (const error of validate.errors ?? []) {
    const params = error.params as Record<string, unknown>;
    const property =
      error.keyword === 'required' ? String(params.missingProperty) : error.keyword === 'additionalProperties' ? String(params.additionalProperty) : error.instancePath.split('/')[1] ?? '';
    problems.add(`form.${property}`, error.keyword, fieldMessage(error.keyword, params, lang));
  }
}
