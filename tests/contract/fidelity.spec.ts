// The emulator is a stand-in SDK teams run their own tests against: for every operation, its answer
// to a valid request carries every field at least half of the docs' own examples show
// (specs/docs-fields.yaml, generated from the docs by npm run docs:fields), with what was sent echoed.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { type DocsFields, FIELDS_FILE, usualFields } from '../../lib/docs/fields.js';
import { runScenario } from '../../resources/scenario.js';
import type { OpId } from '../support/client.js';
import { about, because, expect, test } from '../support/fixtures/index.js';

const fields = (parse(readFileSync(FIELDS_FILE, 'utf8')) as DocsFields).operations;
type Json = Record<string, unknown>;

for (const [operationId, docs] of Object.entries(fields)) {
  test(
    `${operationId}: the answer carries the fields the docs' ${docs.examples} example(s) show`,
    about(operationId as OpId, 'stand-in-fidelity').needs('isEmulator'),
    async ({ scenario }) => {
      const res = await runScenario(operationId as OpId, scenario);
      const body = res.ok() as Json | Json[];
      const resource = (Array.isArray(body) ? body[0] : body) as Json | undefined;
      expect(resource, because('stand-in-fidelity', `${operationId} answered nothing to compare`)).toBeDefined();
      const missing = usualFields(docs.fields, docs.examples).filter((k) => !(k in resource!));
      expect(
        missing,
        because(
          'stand-in-fidelity',
          `${operationId}: fields most docs examples show, missing from the emulator's answer`,
        ),
      ).toEqual([]);
      if (docs.payment) {
        const payment = resource!.payment as Json;
        expect(
          usualFields(docs.payment, docs.examples).filter((k) => !(k in payment)),
          because('stand-in-fidelity', `${operationId}: fields of the nested payment missing`),
        ).toEqual([]);
      }
    },
  );
}
