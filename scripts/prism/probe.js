#!/usr/bin/env node
// Compile every request-body schema of a spec the way Prism's validator does, and report
// the ones Prism would silently skip. Prism wraps the Ajv compile in Option.tryCatch, so a
// schema that fails to compile means "no validation" (the request passes), not an error.
// Usage: node probe.js <spec.(json|yml)> [--responses]  -> prints a JSON report on stdout
// (request bodies always; response bodies too with --responses, which takes longer).
'use strict';
const path = require('path');
const prismHttp = path.dirname(require.resolve('@stoplight/prism-http/package.json'));
const { getHttpOperationsFromSpec } = require('@stoplight/prism-http');
const { stripReadOnlyProperties, stripWriteOnlyProperties } = require(path.join(prismHttp, 'dist/utils/filterRequiredProperties'));
const mergeAllOf = require('@stoplight/json-schema-merge-allof');
const addFormats = require('ajv-formats');
const drafts = {
  default: require('ajv').default,
  '2019': require('ajv/dist/2019').default,
  '2020': require('ajv/dist/2020').default,
};

// Same options as prism-http/dist/validator/validators/utils.js.
const options = { allErrors: true, allowUnionTypes: true, allowMatchingProperties: true, strict: false, logger: false };
const instances = {};
function ajvFor($schema, coerce) {
  let draft = 'default';
  if (/^https?:\/\/json-schema.org\/draft\/2019-09\/schema#?$/.test(String($schema))) draft = '2019';
  if (/^https?:\/\/json-schema.org\/draft\/2020-12\/schema#?$/.test(String($schema))) draft = '2020';
  const key = `${draft}:${coerce}`;
  if (!instances[key]) {
    instances[key] = new drafts[draft]({ ...options, coerceTypes: coerce });
    addFormats(instances[key]);
  }
  return instances[key];
}

function withoutAllOf(schema) {
  try {
    return mergeAllOf(schema, { deep: true, ignoreAdditionalProperties: true });
  } catch (_e) {
    return schema;
  }
}

const FORM = ['application/x-www-form-urlencoded', 'multipart/form-data'];

// undefined: no schema; null: compiles; string: why Prism would skip validation.
function check(op, content, filter) {
  if (!content.schema) return undefined;
  const form = FORM.includes(content.mediaType);
  // Prism passes the bundle for JSON bodies only (see validator/validators/body.js).
  const bundle = form ? undefined : op.__bundled__;
  // The filters return an fp-ts Option; None means Prism validates nothing.
  const filtered = filter(withoutAllOf(content.schema));
  if (filtered._tag !== 'Some') return 'no schema left after readOnly/writeOnly filtering';
  const schema = filtered.value;
  try {
    const validate = ajvFor(schema.$schema, form).compile({ ...schema, __bundled__: bundle });
    // Ajv compiles some referenced schemas lazily: run it once so those compile too.
    validate(form ? {} : { __probe__: true });
    return null;
  } catch (e) {
    return String(e.message).slice(0, 300);
  }
}

async function main() {
  const spec = process.argv[2];
  const withResponses = process.argv.includes('--responses');
  const operations = await getHttpOperationsFromSpec(path.resolve(spec));
  const report = {
    operations: operations.length,
    bodies: 0,
    compiled: 0,
    skipped: [],
    responses: 0,
    responsesCompiled: 0,
    responsesSkipped: [],
  };
  for (const op of operations) {
    const contents = (op.request && op.request.body && op.request.body.contents) || [];
    for (const content of contents) {
      const where = { method: op.method.toUpperCase(), path: op.path, mediaType: content.mediaType };
      const error = check(op, content, stripReadOnlyProperties);
      if (error === undefined) continue;
      report.bodies += 1;
      if (error === null) report.compiled += 1;
      else report.skipped.push({ ...where, error });
    }
    for (const response of withResponses ? op.responses || [] : []) {
      for (const content of response.contents || []) {
        const where = { method: op.method.toUpperCase(), path: op.path, status: response.code, mediaType: content.mediaType };
        const error = check(op, content, stripWriteOnlyProperties);
        if (error === undefined) continue;
        report.responses += 1;
        if (error === null) report.responsesCompiled += 1;
        else report.responsesSkipped.push({ ...where, error });
      }
    }
  }
  process.stdout.write(JSON.stringify(report, null, 1) + '\n');
}

main().catch(e => {
  process.stderr.write(String(e && e.stack || e) + '\n');
  process.exit(1);
});
