// A destination the forward proxy calls in tests: a local HTTP receiver (never an outside host) that
// records what it receives and answers like the forward-proxy guide's processor, echoing the card
// number it was sent (which the proxy must redact before answering). The emulator reaches it through
// the routePciProxyHost control, which stands in for the public DNS of the allowlisted host.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

export interface Destination {
  /** The base URL the emulator is routed to (http://127.0.0.1:port). */
  url: string;
  received: Received[];
  close(): Promise<void>;
}

export async function startDestination(o: { unref?: boolean } = {}): Promise<Destination> {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      received.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body });
      let number: unknown = null;
      try {
        number = (JSON.parse(body) as { card?: { number?: unknown } }).card?.number ?? null;
      } catch {
        /* not JSON: nothing to echo */
      }
      const text = JSON.stringify({ status: 'approved', card: { number } });
      res.writeHead(200, { 'content-type': 'application/json', 'x-destination': 'yuno-conformance' }).end(text);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  if (o.unref) server.unref();
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

let shared: Promise<Destination> | undefined;

/** One receiver for the process, for the scenarios' valid requests (never closed; it does not hold the process). */
export function sharedDestination(): Promise<Destination> {
  shared ??= startDestination({ unref: true });
  return shared;
}
