// npm run sdk-gate -- --run "<your SDK's test command>"   start an emulator, run the command against it, judge
// npm run sdk-gate -- --url http://127.0.0.1:4010         judge what an emulator already running received
//   [--out DIR]   where the report goes (default reports/sdk-gate: report.json, junit.xml, report.md)
//
// A release gate for an SDK: its own tests run against the emulator, which records and checks every
// request (emulator/recorder.ts). The gate prints, per documented operation, the calls the SDK made
// and what it sent wrong (the pointer, what the contract expects, what was sent, the docs page),
// then the documented operations the SDK never exercised. It writes JUnit and exits 1 on any problem
// (requests sent with `x-conformance-expect: invalid` are the SDK's own tests of a refusal: listed
// apart, not counted). With --run, the command gets YUNO_BASE_URL (…/v1) and the emulator's keys in
// YUNO_PUBLIC_API_KEY, YUNO_PRIVATE_SECRET_KEY and YUNO_ACCOUNT_CODE.
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { RecordedRequest } from '../emulator/recorder.js';
import { createEmulator } from '../emulator/server.js';
import { LOCAL_KEYS, setting } from '../lib/config.js';
import { Contract } from '../lib/contract.js';
import { REPORTS_DIR } from '../lib/paths.js';
import { RULES, type RuleId } from '../lib/rules/index.js';

export interface GateReport {
  operations: Array<{
    operationId: string;
    calls: number;
    problems: Array<RecordedRequest['violations'][number] & { count: number }>;
    deliberate: number;
  }>;
  unknown: Array<{ method: string; path: string; count: number }>;
  neverExercised: string[];
  problems: number;
}

/** What the gate concludes from the requests an emulator recorded. */
export function judge(requests: RecordedRequest[], contract: Contract = Contract.load()): GateReport {
  const documented = [...contract.operations.values()].filter((o) => !o.webhook).map((o) => o.operationId);
  const operations = documented.map((operationId) => {
    const mine = requests.filter((r) => r.operationId === operationId);
    const counted = mine.filter((r) => !r.deliberate);
    const problems = new Map<string, GateReport['operations'][number]['problems'][number]>();
    for (const p of counted.flatMap((r) => r.violations)) {
      const key = `${p.rule} ${p.pointer} ${p.expected}`;
      const seen = problems.get(key);
      if (seen) seen.count++;
      else problems.set(key, { ...p, count: 1 });
    }
    return {
      operationId,
      calls: mine.length,
      problems: [...problems.values()],
      deliberate: mine.length - counted.length,
    };
  });
  const unknown = new Map<string, GateReport['unknown'][number]>();
  for (const r of requests.filter((x) => !x.operationId && !x.deliberate)) {
    const key = `${r.method} ${r.path}`;
    const u = unknown.get(key);
    if (u) u.count++;
    else unknown.set(key, { method: r.method, path: r.path, count: 1 });
  }
  return {
    operations,
    unknown: [...unknown.values()],
    neverExercised: operations.filter((o) => o.calls === 0).map((o) => o.operationId),
    problems:
      operations.reduce((n, o) => n + o.problems.reduce((m, p) => m + p.count, 0), 0) +
      [...unknown.values()].reduce((n, u) => n + u.count, 0),
  };
}

export function renderText(g: GateReport): string {
  const out = ['# SDK gate', '', '| operation | calls | requests sent wrong |', '|---|---|---|'];
  for (const o of g.operations.filter((x) => x.calls > 0))
    out.push(
      `| ${o.operationId} | ${o.calls}${o.deliberate ? ` (${o.deliberate} deliberately invalid)` : ''} | ${o.problems.reduce((n, p) => n + p.count, 0)} |`,
    );
  const wrong = g.operations.filter((o) => o.problems.length);
  if (wrong.length || g.unknown.length) out.push('', '## What the SDK sent wrong', '');
  for (const o of wrong) {
    for (const p of o.problems)
      out.push(
        `- \`${o.operationId}\` ${p.rule} at \`${p.pointer || '(body)'}\`: expected ${p.expected}; sent ${String(p.observed)} (${p.count}×) — ${RULES[p.rule as RuleId].statement} [docs](${p.doc})`,
      );
  }
  for (const u of g.unknown)
    out.push(
      `- \`${u.method} ${u.path}\` is not a documented operation (${u.count}×) — [docs](${RULES['request-documented'].doc})`,
    );
  out.push(
    '',
    `## Documented operations the SDK never exercised (${g.neverExercised.length} of ${g.operations.length})`,
    '',
    g.neverExercised.length ? g.neverExercised.map((o) => `\`${o}\``).join(', ') : 'none',
  );
  out.push(
    '',
    g.problems
      ? `sdk-gate: FAILED, ${g.problems} request(s) sent wrong`
      : `sdk-gate: passed, ${g.operations.reduce((n, o) => n + o.calls, 0)} requests, none sent wrong`,
  );
  return out.join('\n');
}

const xml = (s: string): string =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function renderJunit(g: GateReport): string {
  const cases = g.operations.map((o) => {
    const name = `name="${xml(o.operationId)}" classname="sdk-gate"`;
    if (o.calls === 0) return `  <testcase ${name}><skipped message="never exercised by the SDK's tests"/></testcase>`;
    if (!o.problems.length) return `  <testcase ${name}/>`;
    const text = o.problems
      .map(
        (p) =>
          `${p.rule} at ${p.pointer || '(body)'}: expected ${p.expected}; sent ${String(p.observed)} (${p.count}x) ${p.doc}`,
      )
      .join('\n');
    return `  <testcase ${name}><failure message="${xml(`${o.problems.length} problem(s) in the requests sent`)}">${xml(text)}</failure></testcase>`;
  });
  if (g.unknown.length)
    cases.push(
      `  <testcase name="undocumented operations" classname="sdk-gate"><failure message="requests to undocumented operations">${xml(g.unknown.map((u) => `${u.method} ${u.path} (${u.count}x)`).join('\n'))}</failure></testcase>`,
    );
  const failures = g.operations.filter((o) => o.problems.length).length + (g.unknown.length ? 1 : 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuite name="sdk-gate" tests="${cases.length}" failures="${failures}" skipped="${g.neverExercised.length}">\n${cases.join('\n')}\n</testsuite>\n`;
}

function fail(message: string): never {
  console.error(`sdk-gate: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      run: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: join(REPORTS_DIR, 'sdk-gate') },
    },
  });
  if (!values.run === !values.url)
    fail(
      'give either --run "<command>" (start an emulator and run the command against it) or --url <emulator root URL>',
    );
  let requests: RecordedRequest[];
  let commandCode = 0;
  if (values.run) {
    const { server, emulator } = createEmulator({});
    await new Promise<void>((r) => server.listen(setting('EMULATOR_PORT') ?? 0, '127.0.0.1', r));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    console.error(`sdk-gate: emulator at ${base}/v1; running: ${values.run}`);
    commandCode = await new Promise<number>((resolve) => {
      const child = spawn(values.run!, {
        shell: true,
        stdio: 'inherit',
        env: {
          ...process.env,
          YUNO_BASE_URL: `${base}/v1`,
          YUNO_PUBLIC_API_KEY: LOCAL_KEYS.publicApiKey,
          YUNO_PRIVATE_SECRET_KEY: LOCAL_KEYS.privateSecretKey,
          YUNO_ACCOUNT_CODE: LOCAL_KEYS.accountCode,
        },
      });
      child.on('close', (c) => resolve(c ?? 1));
    });
    requests = emulator.requests.requests;
    server.close();
  } else {
    let r: Response;
    try {
      r = await fetch(new URL('/_emulator/requests', values.url));
    } catch (e) {
      fail(`no emulator answers at ${values.url}: ${(e as Error).message}`);
    }
    if (!r.ok)
      fail(`${values.url} did not give its requests (${r.status}): is it the emulator's root URL (without /v1)?`);
    requests = ((await r.json()) as { requests: RecordedRequest[] }).requests;
  }
  const g = judge(requests);
  const text = renderText(g);
  mkdirSync(values.out!, { recursive: true });
  writeFileSync(join(values.out!, 'report.json'), JSON.stringify({ ...g, requests: requests.length }, null, 2));
  writeFileSync(join(values.out!, 'report.md'), `${text}\n`);
  writeFileSync(join(values.out!, 'junit.xml'), renderJunit(g));
  console.log(text);
  if (commandCode !== 0) console.log(`sdk-gate: the SDK's own tests exited ${commandCode}`);
  if (requests.length === 0)
    console.log("sdk-gate: the emulator received no request: were the SDK's tests pointed at it (YUNO_BASE_URL)?");
  process.exit(g.problems > 0 || requests.length === 0 ? 1 : commandCode);
}

if (process.argv[1]?.endsWith('sdk-gate.ts')) await main();
