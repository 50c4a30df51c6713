// Keeps key values out of everything the suite writes: by header name and by value.
export const SECRET_HEADERS = new Set([
  'public-api-key',
  'private-secret-key',
  'authorization',
  'x-api-key',
  'x-secret',
  'account-code',
  'x-account-code',
  'x-organization-code',
  'proxy-authorization',
  'cookie',
  'set-cookie',
]);
export const REDACTED = '[REDACTED]';

export class Redactor {
  private readonly values: string[];
  constructor(values: Iterable<string>) {
    // Longest first, so that a secret containing another is replaced whole.
    this.values = [...new Set([...values].filter((v) => v && v.length >= 6))].sort((a, b) => b.length - a.length);
  }

  text(s: string): string {
    let out = s;
    for (const v of this.values) {
      if (out.includes(v)) out = out.split(v).join(REDACTED);
      const enc = encodeURIComponent(v);
      if (enc !== v && out.includes(enc)) out = out.split(enc).join(REDACTED);
    }
    return out;
  }

  headers(h: Record<string, string>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(h).map(([k, v]) => [k, SECRET_HEADERS.has(k.toLowerCase()) ? REDACTED : this.text(v)]),
    );
  }

  /** Any JSON value, with every string redacted. */
  value<T>(v: T): T {
    if (typeof v === 'string') return this.text(v) as T;
    if (Array.isArray(v)) return v.map((x) => this.value(x)) as T;
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.text(k), this.value(x)])) as T;
    return v;
  }
}
