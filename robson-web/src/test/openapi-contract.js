import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The server's checked-in OpenAPI document, and a strict check of a JSON value against one of
 * its schemas: types, decimal-string patterns, required properties, and no property the
 * document does not name. The same subset of JSON Schema the server's own conformance test
 * checks; an unknown keyword is reported rather than passed.
 */
// Vitest runs from robson-web/ (jsdom gives import.meta.url no file: scheme).
export const openapi = JSON.parse(readFileSync(resolve(process.cwd(), '../docs/openapi.json'), 'utf8'));

const KNOWN = new Set(['type', 'format', 'pattern', 'properties', 'required', 'items', '$ref', 'enum',
  'description', 'additionalProperties', 'exclusiveMinimum', 'minimum', 'maximum', 'minLength', 'maxLength',
  'example', 'default', 'title']);

function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (Number.isInteger(value)) return 'integer';
  return typeof value;
}

function fits(type, value) {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

function check(schema, value, at, problems) {
  if (schema.$ref) {
    const name = schema.$ref.replace('#/components/schemas/', '');
    check(openapi.components.schemas[name], value, at, problems);
    return;
  }
  Object.keys(schema).filter((keyword) => !KNOWN.has(keyword))
    .forEach((keyword) => problems.push(`${at}: schema keyword '${keyword}' not checked`));
  const types = schema.type === undefined ? [] : [].concat(schema.type);
  if (types.length && !types.some((type) => fits(type, value))) {
    problems.push(`${at}: ${typeOf(value)} where ${types.join('|')} is documented`);
    return;
  }
  if (schema.enum && !schema.enum.includes(value)) {
    problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'string' && schema.pattern && !new RegExp(schema.pattern).test(value)) {
    problems.push(`${at}: "${value}" does not match ${schema.pattern}`);
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => check(schema.items, item, `${at}[${i}]`, problems));
  } else if (typeOf(value) === 'object') {
    const properties = schema.properties ?? {};
    (schema.required ?? []).filter((name) => !(name in value))
      .forEach((name) => problems.push(`${at}: required property '${name}' is missing`));
    Object.entries(value).forEach(([name, property]) => {
      if (properties[name]) {
        check(properties[name], property, `${at}.${name}`, problems);
      } else if (schema.additionalProperties !== true) {
        problems.push(`${at}: property '${name}' is not documented`);
      }
    });
  }
}

/** What is wrong with `body` as the `status` answer of `operation` ("GET /api/…/"); [] when it conforms. */
export function violations(operation, body, { status = 200, mediaType = 'application/json' } = {}) {
  const [method, path] = operation.split(' ');
  const documented = openapi.paths[path]?.[method.toLowerCase()];
  if (!documented) return [`${operation} is not documented`];
  const schema = documented.responses[String(status)]?.content?.[mediaType]?.schema;
  if (!schema) return [`${operation} → ${status} ${mediaType} is not documented`];
  const problems = [];
  check(schema, body, '$', problems);
  return problems;
}
