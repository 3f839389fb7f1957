// Checks every answer the server-API tests recorded (INSIGHTS_RECORD_EXCHANGES) against
// resources/openapi.yaml: the status is documented for that operation, the media type is one
// it lists, the body matches its schema (ajv, on the dereferenced document), and the headers
// it marks required (ETag, Location, ...) are there. Fails on the first kind of mismatch with
// every place it was seen; consumes (deletes) the recordings it read.
//
// node validate.mjs OPENAPI.yaml DIR
import { readFileSync, readdirSync, unlinkSync } from "node:fs";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const require = createRequire(resolve(process.env.INSIGHTS_NODE_MODULES ?? "node_modules") + "/");
const YAML = require("yaml");
const $RefParser = require("@apidevtools/json-schema-ref-parser");
const Ajv = require("ajv");
const addFormats = require("ajv-formats");

const [specFile, dir] = process.argv.slice(2);
const spec = await $RefParser.dereference(YAML.parse(readFileSync(specFile, "utf8")));
const ajv = new Ajv({ strict: false, allErrors: true, discriminator: true });
addFormats(ajv);

// "/api/v1/customers/{id}" → a RegExp, most literal segments first so that
// "/services/{id}/suspend" wins over "/services/{id}".
const operations = Object.entries(spec.paths).map(([template, item]) => ({
  template,
  item,
  regex: new RegExp("^" + template.replace(/\{[^/]+\}/g, "[^/]+") + "$"),
  literal: template.split("/").filter((s) => !s.startsWith("{")).length,
})).sort((a, b) => b.literal - a.literal);

const validators = new Map();
function validatorFor(key, schema) {
  if (!validators.has(key)) validators.set(key, ajv.compile(schema));
  return validators.get(key);
}

const failures = new Map(); // message → example places
const fail = (message, where) => {
  if (!failures.has(message)) failures.set(message, []);
  const list = failures.get(message);
  if (list.length < 3) list.push(where);
};
const seen = new Set();
let checked = 0, unrouted = 0;

const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl"));
for (const file of files) {
  for (const line of readFileSync(join(dir, file), "utf8").split("\n")) {
    if (!line) continue;
    const x = JSON.parse(line);
    const method = x.method.toLowerCase();
    const where = `${file.replace(/-\d+\.jsonl$/, "")}: ${x.method} ${x.path}${x.query ? "?" + x.query : ""} → ${x.status}`;
    const op = operations.find((o) => o.regex.test(x.path));
    if (!op || !op.item[method]) {
      // Unknown paths and methods are the router's own 404 and 405 (and a 413 refuses an
      // oversized request before any routing); the document has no operation to hold them.
      if ([404, 405, 413].includes(x.status)) { unrouted++; continue; }
      fail(`${x.method} ${x.path}: no such operation in openapi.yaml`, where);
      continue;
    }
    const operation = op.item[method];
    const name = `${x.method} ${op.template}`;
    seen.add(name);
    checked++;
    const response = operation.responses[String(x.status)] ??
      operation.responses[`${String(x.status)[0]}XX`] ?? operation.responses.default;
    if (!response) {
      fail(`${name}: status ${x.status} is not documented`, where);
      continue;
    }
    for (const [header, h] of Object.entries(response.headers ?? {})) {
      if (h.required && !(header.toLowerCase() in x.headers))
        fail(`${name} ${x.status}: the required header ${header} is missing`, where);
    }
    const body = x.base64 ? Buffer.from(x.body, "base64") : x.body;
    const content = response.content ?? {};
    if (Object.keys(content).length === 0) {
      if (body.length > 0 && x.method !== "HEAD")
        fail(`${name} ${x.status}: a body was sent where the document describes none`, where);
      continue;
    }
    const type = (x.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
    const media = content[type];
    if (!media) {
      fail(`${name} ${x.status}: Content-Type ${type || "(none)"} is not one of ${Object.keys(content).join(", ")}`, where);
      continue;
    }
    if (!media.schema) continue;
    let value = body;
    if (type.endsWith("json")) {
      try { value = JSON.parse(body); } catch (e) {
        fail(`${name} ${x.status}: the body is not JSON`, where);
        continue;
      }
    }
    const validate = validatorFor(`${name} ${x.status} ${type}`, media.schema);
    if (!validate(value)) {
      for (const e of validate.errors.slice(0, 5))
        fail(`${name} ${x.status}: ${e.instancePath || "(body)"} ${e.message}` +
             (e.params?.additionalProperty ? ` (${e.params.additionalProperty})` : ""), where);
    }
  }
}

const documented = operations.flatMap((o) =>
  Object.keys(o.item).filter((m) => ["get", "post", "put", "patch", "delete"].includes(m))
    .map((m) => `${m.toUpperCase()} ${o.template}`));
const untested = documented.filter((d) => !seen.has(d));
console.log(`${checked} answers from ${files.length} recordings checked against ${seen.size} of ` +
            `${documented.length} operations (${unrouted} 404/405 for unknown routes)`);
if (untested.length) console.log(`not exercised by these tests: ${untested.join(", ")}`);
for (const [message, places] of failures) {
  console.log(`FAIL ${message}`);
  for (const p of places) console.log(`     e.g. ${p}`);
}
for (const file of files) unlinkSync(join(dir, file));
if (checked === 0) { console.log("FAIL nothing was recorded"); process.exit(1); }
process.exit(failures.size ? 1 : 0);
