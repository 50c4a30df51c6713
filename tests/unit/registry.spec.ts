// The rule registry holds together: every rule can be broken by a fault (the self-test proves each
// is caught), every fault names what it changes, categories cover every rule, the failure vocabulary
// reads a rule back from a message, and specs/ names only registered rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Contract } from '../../lib/contract.js';
import { allureCategories } from '../../lib/rules/categories.js';
import { because, FAULT_NAMES, FAULTS, RESPONSE_RULES, RULE_IDS, RULES, ruleOfMessage } from '../../lib/rules/index.js';
import { proveRequestFaults } from '../../lib/selftest.js';
import { loadSpecs } from '../../lib/specs.js';
import { RECIPES } from '../support/fixtures/payments.js';

const contract = Contract.load();

test('every rule is broken by at least one fault of the catalogue', () => {
  expect(
    RULE_IDS.filter((id) => Object.keys(RULES[id].faults ?? {}).length === 0),
    'rules no fault breaks (the self-test could not prove them)',
  ).toEqual([]);
});

test('every rule names a docs page, and a refusal rule names its HTTP status and codes', () => {
  for (const id of RULE_IDS) {
    expect(RULES[id].doc, id).toMatch(/^https:\/\/docs\.y\.uno\//);
    expect(RULES[id].statement.length, id).toBeGreaterThan(20);
    const r = RULES[id].refusal;
    if (r)
      expect(
        r.http.every((h) => h >= 400 && h < 600),
        id,
      ).toBe(true);
  }
});

test('every fault names operations the contract has; faults of rules checked on every response name some', () => {
  for (const name of FAULT_NAMES) {
    const f = FAULTS[name];
    for (const op of f.operations ?? []) expect(contract.operations.has(op), `${name}: ${op}`).toBe(true);
    if (RESPONSE_RULES.has(f.rule)) expect(f.operations?.length, `${name} breaks ${f.rule}`).toBeGreaterThan(0);
    expect(
      f.effect.response || f.effect.webhook || f.effect.request || f.effect.waive?.length,
      `${name} has an effect`,
    ).toBeTruthy();
  }
});

test('the Allure categories put every rule in exactly one area category', () => {
  const categories = allureCategories();
  for (const id of RULE_IDS) {
    const message = `Error: ${because(id, 'something broke')}`;
    const hits = categories.filter((c) => new RegExp(c.messageRegex).test(message));
    expect(
      hits.map((c) => c.name),
      id,
    ).toHaveLength(1);
  }
});

test('a failure message is read back as its rule', () => {
  expect(ruleOfMessage(because('capture-within-authorized', 'x'))).toBe('capture-within-authorized');
  expect(ruleOfMessage(`Error: ${because('payment-transition', 'the answer')}\n\nExpected: 1`)).toBe(
    'payment-transition',
  );
  expect(ruleOfMessage('Error: expect(received).toBe(expected)')).toBeUndefined();
  expect(ruleOfMessage('not-a-rule: text')).toBeUndefined();
});

test('specs/ names only registered rules, and every reachable state has a recipe', () => {
  const specs = loadSpecs();
  for (const op of Object.values(specs.transitions.operations))
    for (const l of op.limits ?? []) expect(RULE_IDS).toContain(l);
  expect(
    Object.keys(RECIPES).sort(),
    'states of payment-transitions.yaml `reachable` and the recipes of tests/support/fixtures/payments.ts',
  ).toEqual(Object.keys(specs.transitions.reachable).sort());
});

test('every conflict the rules, specs and emulator cite by name is registered', () => {
  const ids = new Set(loadSpecs().conflicts.conflicts.map((c) => c.id));
  const files = [
    ...readdirSync('specs')
      .filter((f) => f.endsWith('.yaml') && f !== 'doc-conflicts.yaml')
      .map((f) => join('specs', f)),
    ...readdirSync('lib/rules').map((f) => join('lib/rules', f)),
    ...readdirSync('resources')
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('resources', f)),
    ...readdirSync('resources/stores').map((f) => join('resources/stores', f)),
  ];
  const cited = files.flatMap((f) =>
    [...readFileSync(f, 'utf8').matchAll(/conflicts? ([a-z0-9]+(?:-[a-z0-9]+)+)/g)].map((m) => ({
      file: f,
      id: m[1]!,
    })),
  );
  expect(cited.length, 'conflicts cited').toBeGreaterThan(5);
  expect(
    cited.filter((c) => !ids.has(c.id)),
    'conflicts cited by name but not in specs/doc-conflicts.yaml',
  ).toEqual([]);
});

test('every fault of a rule about requests is caught by that rule, and the clean request is not', () => {
  const proofs = proveRequestFaults();
  expect(proofs.length, 'request faults').toBeGreaterThan(5);
  expect(proofs.filter((p) => !p.caught).map((p) => `${p.fault.name}: ${p.detail}`)).toEqual([]);
});
