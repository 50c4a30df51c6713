// Bad configuration and a dead target stop the run with one message naming the cause, within
// 10 s. This file sorts first among the tools tests so that these timings are taken before the
// heavy child runs of the other files load the machine.
import { createServer } from 'node:http';
import { expect, test } from '@playwright/test';
import { listen, startEmulator } from '../support/local-servers.js';
import { subrun } from '../support/subrun.js';

test.describe.configure({ mode: 'parallel' });
const emulator = startEmulator;

test.describe('bad configuration fails fast with one message', () => {
  const keys = {
    YUNO_PUBLIC_API_KEY: 'pk_dummy_fast_000001',
    YUNO_PRIVATE_SECRET_KEY: 'sk_dummy_fast_000001',
    YUNO_ACCOUNT_CODE: 'a1c0de00-0000-4000-8000-000000000002',
  };

  test('a malformed base URL', async () => {
    const run = await subrun(['--project=sandbox'], { ...keys, YUNO_BASE_URL: 'api-sandbox y.uno/v1' }, 30_000);
    expect(run.code).not.toBe(0);
    expect(run.output).toContain('YUNO_BASE_URL is not a URL: "api-sandbox y.uno/v1"');
    expect(run.timeTo(/YUNO_BASE_URL is not a URL/), 'ms until the message').toBeLessThan(10_000);
  });

  test('an unreachable host', async () => {
    const closed = createServer();
    const port = await listen(closed);
    closed.close();
    const run = await subrun(['--project=sandbox'], { ...keys, YUNO_BASE_URL: `http://127.0.0.1:${port}/v1` }, 30_000);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(
      /Preflight failed, no test was run:\s+- sandbox: target unavailable: http:\/\/127\.0\.0\.1:\d+ .*ECONNREFUSED/,
    );
    expect(run.stats?.expected ?? 0, 'no test ran').toBe(0);
    expect(run.timeTo(/target unavailable/), 'ms until the message').toBeLessThan(10_000);
  });

  test('a target that answers HTML', async () => {
    const html = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>Sign in</title>'),
    );
    const port = await listen(html);
    try {
      const run = await subrun(['--project=sandbox'], { ...keys, YUNO_BASE_URL: `http://127.0.0.1:${port}` }, 30_000);
      expect(run.code).not.toBe(0);
      expect(run.output).toContain(`127.0.0.1:${port} answers HTML, not JSON (status 200)`);
      expect(run.timeTo(/answers HTML, not JSON/), 'ms until the message').toBeLessThan(10_000);
    } finally {
      html.close();
    }
  });
});

test('the sandbox project without keys does not run and says why', async () => {
  const run = await subrun(
    ['--project=sandbox'],
    { YUNO_PUBLIC_API_KEY: '', YUNO_PRIVATE_SECRET_KEY: '', YUNO_ACCOUNT_CODE: '', YUNO_BASE_URL: '' },
    30_000,
  );
  expect(run.code).not.toBe(0);
  expect(run.output).toContain('YUNO_PUBLIC_API_KEY is not set');
  expect(run.output).toContain('YUNO_PRIVATE_SECRET_KEY is not set');
  expect(run.stats?.expected ?? 0, 'no test ran').toBe(0);
  expect(run.timeTo(/YUNO_PRIVATE_SECRET_KEY is not set/), 'ms until the message').toBeLessThan(10_000);
});

test('under 100% injected faults the run stops early with a clear message', async () => {
  const emu = await emulator({ chaos: 1 });
  try {
    const run = await subrun(['--project=emulator'], { YUNO_BASE_URL: `${emu.url}/v1` }, 30_000);
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/Preflight failed, no test was run:\s+- emulator: target unavailable/);
    expect(run.stats?.expected ?? 0, 'no test ran').toBe(0);
    expect(run.timeTo(/target unavailable/), 'ms until the message').toBeLessThan(10_000);
  } finally {
    emu.close();
  }
});
