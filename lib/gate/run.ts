// The SDK gate, end to end: read the command line, refuse a production key, start the emulator (given
// by the command-line entry, scripts/sdk-gate.ts: lib does not import the emulator) and the
// intercepting proxy in this process, run the SDK's own tests behind it with the keys, the proxy
// and the CA in their environment, judge every request heard, write the verdict (JSON, JUnit,
// Markdown, HTML) and return the exit code. With --url it judges what a running emulator recorded.
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, LOCAL_KEYS, type Settings, settings } from '../config.js';
import { Contract } from '../contract.js';
import { upstreamOperations } from '../docs/upstream.js';
import { REPORTS_DIR, ROOT } from '../paths.js';
import type { RecordedRequest } from '../requests.js';
import { DeclarationError, readDeclaration } from './declare.js';
import { judge } from './judge.js';
import { renderPage } from './page.js';
import { commandEnv, type Exchange, startProxy } from './proxy.js';
import { recordOf } from './record.js';
import { docsCommitOf, EXIT, type GateReport, renderJunit, renderMarkdown, SCHEMA_PATH, verdictOf } from './report.js';
import { identifySdk } from './sdk.js';

export const USAGE = `npm run sdk-gate -- --run "<the SDK's test command>" [options]
npm run sdk-gate -- --url <root URL of a running emulator> [options]

  --run CMD           run CMD behind the gate's proxy: requests to Yuno's hosts (api*.y.uno) and to
                      YUNO_BASE_URL are answered by the gate's emulator and judged
  --url URL           judge what an emulator already running received (npm run emulator)
  --declare FILE      the operations the SDK implements (YAML or JSON: operationIds or "METHOD /path");
                      one its tests never exercise fails the gate
  --sdk-name NAME     the SDK the verdict is about (default: the command folder's package.json,
  --sdk-version V     pyproject.toml or composer.json)
  --cwd DIR           where CMD runs (default: the folder npm was started from)
  --allow-host HOST   let requests to HOST through the proxy (repeatable; SDK_GATE_ALLOW_HOSTS)
  --key-prefix P      the prefix of the keys handed out (default SDK_GATE_KEY_PREFIX, sandbox_)
  --docs DIR          a copy of Yuno's docs: calls to operations it documents outside the contract
                      are reported as coverage gaps, not as the SDK's mistakes
  --out DIR           where the reports go (default reports/sdk-gate)

Exit codes: 0 passed; 1 problems in what the SDK sent; 2 usage or setup error (a bad flag, a
missing file, a production key); 3 the SDK's own tests failed (their exit code is reported);
4 no request reached the gate.`;

class UsageError extends Error {}
class HelpAsked extends Error {}

/** Starts an emulator that accepts these keys (with the settings' faults); resolves with its root URL and a stop. */
export type StartEmulator = (
  keys: { publicApiKey: string; privateSecretKey: string; accountCode: string },
  s: Settings,
) => Promise<{ url: string; stop: () => void }>;

const gateVersion = (): string => {
  try {
    return (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
};

interface Args {
  run?: string;
  url?: string;
  out: string;
  declare?: string;
  sdkName?: string;
  sdkVersion?: string;
  cwd: string;
  allowHosts: string[];
  keyPrefix: string;
  docs?: string;
}

function readArgs(argv: string[], s: Settings): Args {
  let values: ReturnType<typeof parse>['values'];
  const parse = (a: string[]) =>
    parseArgs({
      args: a,
      strict: true,
      allowPositionals: false,
      options: {
        run: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string' },
        declare: { type: 'string' },
        'sdk-name': { type: 'string' },
        'sdk-version': { type: 'string' },
        cwd: { type: 'string' },
        'allow-host': { type: 'string', multiple: true },
        'key-prefix': { type: 'string' },
        docs: { type: 'string' },
        help: { type: 'boolean' },
      },
    });
  try {
    values = parse(argv).values;
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  if (values.help) throw new HelpAsked('');
  if (!values.run === !values.url)
    throw new UsageError('give either --run "<command>" or --url <root URL of a running emulator>');
  const keyPrefix = values['key-prefix'] ?? s.SDK_GATE_KEY_PREFIX;
  if (keyPrefix.startsWith('prod'))
    throw new UsageError(`--key-prefix ${keyPrefix}: the gate never hands out a production key`);
  const base = s.INIT_CWD ?? process.cwd();
  const cwd = values.cwd ? resolve(base, values.cwd) : base;
  return {
    run: values.run,
    url: values.url,
    out: values.out ? (isAbsolute(values.out) ? values.out : resolve(base, values.out)) : join(REPORTS_DIR, 'sdk-gate'),
    declare: values.declare ? resolve(base, values.declare) : undefined,
    sdkName: values['sdk-name'],
    sdkVersion: values['sdk-version'],
    cwd,
    allowHosts: [
      ...(values['allow-host'] ?? []),
      ...(s.SDK_GATE_ALLOW_HOSTS ?? '')
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean),
    ],
    keyPrefix,
    docs: values.docs ? resolve(base, values.docs) : undefined,
  };
}

/** A production key in the gate's own environment is refused before anything runs. */
function refuseProductionKeys(s: Settings): void {
  for (const name of ['YUNO_PUBLIC_API_KEY', 'YUNO_PRIVATE_SECRET_KEY'] as const) {
    const v = s[name];
    if (v?.startsWith('prod_'))
      throw new UsageError(
        `${name} is a production key (prod_...): the gate refuses it. It hands the SDK sandbox keys of its own; unset ${name}.`,
      );
  }
}

/** Runs the SDK's command behind the gate; resolves with its exit code and the requests heard. */
async function runBehindGate(
  a: Args,
  contract: Contract,
  s: Settings,
  startEmulator: StartEmulator,
): Promise<{ exit: number; requests: RecordedRequest[]; refused: Map<string, number> }> {
  const keys = {
    publicApiKey: `${a.keyPrefix}conformance_public_key`,
    privateSecretKey: `${a.keyPrefix}conformance_private_key`,
    accountCode: LOCAL_KEYS.accountCode,
  };
  const emulator = await startEmulator(keys, s);
  const requests: RecordedRequest[] = [];
  const proxy = await startProxy({
    emulator: emulator.url,
    allowHosts: a.allowHosts,
    onExchange: (e: Exchange) => requests.push(recordOf(contract, e)),
  });
  console.error(
    `sdk-gate: proxy at http://127.0.0.1:${proxy.port} for api*.y.uno (YUNO_BASE_URL http://127.0.0.1:${proxy.port}/v1); running in ${a.cwd}: ${a.run}`,
  );
  try {
    const exit = await new Promise<number>((done) => {
      const child = spawn(a.run!, { shell: true, stdio: 'inherit', cwd: a.cwd, env: commandEnv(proxy, keys) });
      child.on('error', (e) => {
        console.error(`sdk-gate: the command could not start: ${e.message}`);
        done(127);
      });
      child.on('close', (c, signal) => done(c ?? (signal ? 128 : 1)));
    });
    return { exit, requests, refused: proxy.refused };
  } finally {
    await proxy.stop();
    emulator.stop();
  }
}

async function fromEmulator(url: string): Promise<RecordedRequest[]> {
  let r: Response;
  try {
    r = await fetch(new URL('/_emulator/requests', url));
  } catch (e) {
    throw new UsageError(`no emulator answers at ${url}: ${(e as Error).message}`);
  }
  if (!r.ok)
    throw new UsageError(
      `${url} did not give its requests (${r.status}): is it the emulator's root URL (without /v1)?`,
    );
  return ((await r.json()) as { requests: RecordedRequest[] }).requests;
}

/** Operations the docs copy documents that the contract lacks (coverage gaps), by method and path template. */
function documentedElsewhere(
  docs: string,
  contract: Contract,
): Array<{ method: string; path: string; source: string }> {
  try {
    return upstreamOperations(docs, contract)
      .filter((u) => !u.operationId)
      .map((u) => ({ method: u.method, path: u.path.replace(/^\/v\d+(?=\/)/, ''), source: u.file }));
  } catch (e) {
    throw new UsageError(`--docs ${docs}: ${(e as Error).message}`);
  }
}

/** The gate from a command line; returns the exit code (and prints the report). */
export async function main(argv: string[], startEmulator: StartEmulator): Promise<number> {
  let s: Settings;
  let a: Args;
  let declared: string[] | undefined;
  const contract = Contract.load();
  try {
    s = settings();
    a = readArgs(argv, s);
    refuseProductionKeys(s);
    if (a.declare) declared = readDeclaration(a.declare, contract);
  } catch (e) {
    if (e instanceof HelpAsked) {
      console.log(USAGE);
      return EXIT.passed;
    }
    if (e instanceof UsageError || e instanceof DeclarationError || e instanceof ConfigError) {
      if (e.message) console.error(`sdk-gate: ${e.message}\n`);
      console.error(USAGE);
      return EXIT.usage;
    }
    throw e;
  }
  let requests: RecordedRequest[];
  let commandExit: number | null = null;
  let refused = new Map<string, number>();
  const elsewhere = a.docs ? documentedElsewhere(a.docs, contract) : [];
  try {
    if (a.run) {
      const ran = await runBehindGate(a, contract, s, startEmulator);
      requests = ran.requests;
      commandExit = ran.exit;
      refused = ran.refused;
    } else requests = await fromEmulator(a.url!);
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(`sdk-gate: ${e.message}`);
      return EXIT.usage;
    }
    console.error(`sdk-gate: setup failed: ${(e as Error).message}`);
    return EXIT.usage;
  }
  const j = judge(requests, { contract, declared, documentedElsewhere: elsewhere, refusedHosts: refused });
  const v = verdictOf(j, commandExit);
  const report: GateReport = {
    $schema: SCHEMA_PATH,
    gate: { tool: 'yuno-conformance sdk-gate', version: gateVersion() },
    sdk: identifySdk(a.cwd, { name: a.sdkName, version: a.sdkVersion }),
    contract: { version: contract.version, docs_commit: docsCommitOf(contract) },
    date: new Date().toISOString(),
    mode: a.run ? 'run' : 'url',
    command: a.run ? { line: a.run, cwd: a.cwd, exit_code: commandExit ?? 0 } : null,
    verdict: v.verdict,
    exit_code: v.exit,
    summary: v.summary,
    counts: j.counts,
    operations: j.operations,
    unknown: j.unknown,
    unverified_unknown: j.unverifiedUnknown,
    coverage_gaps: j.coverageGaps,
    gate_faults: j.gateFaults,
    never_exercised: j.neverExercised,
    declared: j.declared ? { ...j.declared, file: a.declare! } : null,
    refused_hosts: j.refusedHosts,
    hosts: j.hosts,
  };
  const md = renderMarkdown(report);
  mkdirSync(a.out, { recursive: true });
  writeFileSync(join(a.out, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(a.out, 'report.md'), `${md}\n`);
  writeFileSync(join(a.out, 'junit.xml'), renderJunit(report));
  writeFileSync(join(a.out, 'report.html'), renderPage(report));
  console.log(renderMarkdown(report, { brief: true }));
  console.error(`sdk-gate: reports in ${a.out} (report.json, report.md, junit.xml, report.html); exit ${v.exit}`);
  return v.exit;
}
