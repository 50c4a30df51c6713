// The emulator is a stand-in SDK teams run their own tests against: for every operation, its answer
// to a valid request carries every field at least half of the docs' own examples show, nested ones
// included (specs/docs-fields.yaml, generated from the docs by npm run docs:fields: the resource and
// each object in it, arrays by their first item), with what was sent echoed. The last test proves the
// comparison sees a nested field go missing.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { Contract } from '../../lib/contract.js';
import { type DocsFields, FIELDS_FILE, missingFields } from '../../lib/docs/fields.js';
import { hasOperation, operationEntry } from '../../resources/index.js';
import { runScenario } from '../../resources/scenario.js';
import type { OpId } from '../support/client.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

const fields = (parse(readFileSync(FIELDS_FILE, 'utf8')) as DocsFields).operations;
type Json = Record<string, unknown>;

/** The top-level keys of a schema's properties (through $ref, allOf, anyOf and oneOf). */
function keysOf(contract: Contract, schema: unknown, out = new Set<string>(), depth = 0): Set<string> {
  if (typeof schema !== 'object' || schema === null || depth > 10) return out;
  let s = schema as Json;
  if (typeof s.$ref === 'string') s = contract.schemaAt(s.$ref);
  for (const k of Object.keys((s.properties as Json | undefined) ?? {})) out.add(k);
  for (const part of [s.allOf, s.anyOf, s.oneOf].flat()) keysOf(contract, part, out, depth + 1);
  return out;
}

/** What a request of the operation's resource may send and an answer echoes: null there is the request's. */
function echoesOf(operationId: string): Set<string> {
  const contract = Contract.load();
  const out = new Set<string>();
  if (!hasOperation(operationId)) return out;
  for (const op of Object.keys(operationEntry(operationId).resource.operations)) {
    const body = contract.operations.get(op)?.requestBody;
    if (body) keysOf(contract, contract.schemaAt(body.ref), out);
  }
  return out;
}

/** The resource an answer is about: the body, or a list's first item. */
const resourceOf = (body: unknown): Json | undefined => (Array.isArray(body) ? body[0] : body) as Json | undefined;

for (const [operationId, docs] of Object.entries(fields)) {
  test(
    `${operationId}: the answer carries the fields the docs' ${docs.examples} example(s) show, nested ones too`,
    about(operationId as OpId, 'stand-in-fidelity').needs('isEmulator'),
    async ({ scenario }) => {
      const res = await runScenario(operationId as OpId, scenario);
      const resource = resourceOf(res.ok());
      expect(resource, because('stand-in-fidelity', `${operationId} answered nothing to compare`)).toBeDefined();
      expect(
        missingFields(resource, docs, echoesOf(operationId)),
        because(
          'stand-in-fidelity',
          `${operationId}: fields most docs examples show (JSON pointers), missing from the emulator's answer`,
        ),
      ).toEqual([]);
    },
  );
}

test(
  'fidelity: a nested field removed from an answer is named by its pointer',
  about('captureAuthorization', 'stand-in-fidelity').needs('isEmulator'),
  async ({ scenario }) => {
    const docs = fields.captureAuthorization!;
    const answer = structuredClone(resourceOf((await runScenario('captureAuthorization', scenario)).ok()))!;
    expect(missingFields(answer, docs)).toEqual([]);
    delete (answer.provider_data as Json).third_party_transaction_id;
    delete (answer.payment as Json).amount;
    expect(missingFields(answer, docs)).toEqual(['/provider_data/third_party_transaction_id', '/payment/amount']);
    (answer as Json).provider_data = null;
    expect(missingFields(answer, docs)).toContain('/provider_data (null where every docs example shows an object)');
  },
);
