// Every check applied to every response: the contract's own (status, content type, headers, body)
// and the object rules of the registry (a rule with `objects`), wherever their objects sit.
import { Contract, select, type Violation } from './contract.js';
import { RULE_IDS, RULES } from './rules/index.js';
import { loadSpecs, type Specs } from './specs.js';
import { count } from './tally.js';

/** The object-rule violations of a response body (or a webhook payload, with status 'request'). */
export function checkObjects(
  contract: Contract,
  operationId: string,
  status: string,
  body: unknown,
  specs: Specs = loadSpecs(),
): Violation[] {
  const out: Violation[] = [];
  for (const id of RULE_IDS) {
    const objects = RULES[id].objects;
    if (!objects) continue;
    const patterns =
      status === 'request'
        ? locateInWebhook(contract, operationId, objects.appliesTo)
        : contract.locate(operationId, status, objects.appliesTo);
    for (const pattern of patterns) {
      for (const { pointer, value } of select(body, pattern)) {
        if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
        count('objects');
        for (const v of objects.check(value as Record<string, unknown>, specs)) {
          out.push({
            rule: id,
            operation: operationId,
            status: status === 'request' ? undefined : Number(status),
            pointer: `${pointer}${v.at ?? ''}`,
            expected: v.expected,
            observed: v.observed,
            doc: RULES[id].doc,
          });
        }
      }
    }
  }
  return out;
}

function locateInWebhook(contract: Contract, operationId: string, schema: string): string[] {
  // Webhook payloads are request bodies: the v2 payment event carries its payment at /data/payment.
  const op = contract.operation(operationId);
  return op.webhook && schema === 'PaymentCore' ? ['/data/payment'] : [];
}

export interface CheckedResponse {
  operationId: string;
  status: number;
  headers: Record<string, string>;
  body: unknown;
  rawBody?: string;
}

/** Every violation of a response: the contract first; the object rules when the body could be read. */
export function checkResponse(res: CheckedResponse, contract: Contract = Contract.load()): Violation[] {
  const violations = contract.checkResponse(res.operationId, res);
  if (!violations.some((v) => v.rule === 'status-code-declared' || v.rule === 'content-type' || v.keyword === 'json')) {
    violations.push(...checkObjects(contract, res.operationId, String(res.status), res.body));
  }
  return violations;
}

/** Every violation of a webhook delivery: its payload against the contract's webhook, its signature header's form. */
export function checkWebhook(
  operationId: string,
  body: unknown,
  headers: Record<string, string | string[] | undefined>,
  contract: Contract = Contract.load(),
): Violation[] {
  const op = contract.operation(operationId);
  const violations = [
    ...contract.validate(op.requestBody!.ref, body, { operation: operationId, doc: op.doc }),
    ...checkObjects(contract, operationId, 'request', body),
  ];
  for (const p of op.parameters.filter((x) => x.in === 'header')) {
    const value = headers[p.name.toLowerCase()];
    if (typeof value !== 'string') {
      if (p.required)
        violations.push({
          rule: 'header',
          operation: operationId,
          pointer: `header:${p.name}`,
          location: p.name,
          expected: 'present',
          observed: 'missing',
          doc: op.doc,
        });
      continue;
    }
    violations.push(
      ...contract
        .validate(p.ref, value, { operation: operationId, doc: op.doc })
        .map((v) => ({ ...v, rule: 'header', pointer: `header:${p.name}${v.pointer}`, location: p.name })),
    );
  }
  return violations;
}
