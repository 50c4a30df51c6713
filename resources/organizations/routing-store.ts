// Connections and routings (reference/organizations/connections/ and routing/): a connection is made
// from a provider's catalog entry and starts ACTIVE (specs/connection-status.yaml); a routing is one
// per (account, payment_method), its steps referencing ACTIVE connections of that account that
// support the method, and an update replaces its configuration whole. Their refusals come in the
// family's envelope {type, code, message, details} (conflict connections-routing-error-envelope).
// Recommendations rank the candidates sent; the account's reported history is not kept here, so every
// answer is INSUFFICIENT_DATA in request order, as the page says it falls back "as a last resort".
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import { type RuleId, refusalOf } from '../../lib/rules/index.js';
import type { Clock } from '../clock.js';
import type { Json, Result } from '../result.js';
import { allParams, type CatalogEntry, catalogAnswer, missingParam, PROVIDERS } from './catalog.js';

/** A refusal in the connections and routing envelope, with a status and code its rule allows. */
export function envelope(
  rule: RuleId,
  status: number,
  type: string,
  code: string,
  message: string,
  details?: Json,
): Result {
  const r = refusalOf(rule);
  if (!r.http.includes(status)) throw new Error(`envelope(${rule}): ${status} is not one of ${r.http.join(', ')}`);
  if (Array.isArray(r.codes) && !r.codes.includes(code))
    throw new Error(`envelope(${rule}): ${code} is not one of ${r.codes.join(', ')}`);
  return { status, body: { type, code, message, ...(details ? { details } : {}) } };
}

interface Connection {
  connection_id: string;
  account_id: string;
  merchant_connection_id: string;
  provider_id: string;
  status: string;
  flow_type: string;
  payment_methods: string[];
  params: Array<{ param_id: string; value: unknown }>;
  costs: unknown[];
  created_at: string;
  updated_at: string;
}

interface Step {
  index: number;
  provider_id: string;
  connection_id: string;
  output?: Array<{ status: string; next?: number | null }> | null;
}
interface Route {
  steps: Step[];
}

interface Routing {
  id: string;
  account_id: string;
  payment_method: string;
  name: string;
  default_route: Route;
  condition_sets: Array<{ route: Route } & Json>;
  created_at: string;
  updated_at: string;
}

export class ConnectionsAndRoutings {
  readonly connections = new Map<string, Connection>();
  readonly routings = new Map<string, Routing>();

  constructor(private readonly clock: Clock) {}

  // ---- connections -------------------------------------------------------------------------------

  catalog(providerId: string): Result {
    const entry = PROVIDERS[providerId];
    if (!entry)
      return envelope(
        'resource-found',
        404,
        'not_found',
        'PROVIDER_NOT_FOUND',
        `Provider '${providerId}' is not in the Yuno provider catalog`,
        { provider_id: providerId },
      );
    return { status: 200, body: catalogAnswer(entry) };
  }

  /** A connection from the provider's catalog entry, ACTIVE, its secret params read back as "***". */
  createConnection(body: Json): Result {
    const provider = String(body.provider_id);
    const entry: CatalogEntry | undefined = PROVIDERS[provider];
    if (!entry)
      return envelope(
        'connection-catalog',
        400,
        'validation_error',
        'PROVIDER_NOT_FOUND',
        `Provider '${provider}' is not in the Yuno provider catalog`,
        { provider_id: provider },
      );
    const methods = (body.payment_methods as string[]).map(String);
    const unsupported = methods.find((m) => !entry.payment_method_type.includes(m));
    if (unsupported)
      return envelope(
        'connection-catalog',
        400,
        'validation_error',
        'UNSUPPORTED_PAYMENT_METHOD',
        `Provider '${provider}' does not support payment method '${unsupported}'`,
        { provider_id: provider, payment_method: unsupported },
      );
    const params = (body.params as Json[]).map((p) => ({ param_id: String(p.param_id), value: p.value }));
    const missing = missingParam(entry.params, new Map(params.map((p) => [p.param_id, p.value])));
    if (missing && enforces('connection-catalog', { check: 'params' }))
      return envelope(
        'connection-catalog',
        400,
        'validation_error',
        'MISSING_REQUIRED_PARAM',
        `Required param '${missing}' is missing for provider '${provider}'`,
        { provider_id: provider, param_id: missing },
      );
    const account = String(body.account_id);
    const label = String(body.merchant_connection_id);
    const taken = [...this.connections.values()].some(
      (c) => c.account_id === account && c.merchant_connection_id === label,
    );
    if (taken && enforces('connection-catalog', { check: 'label' }))
      return envelope(
        'connection-catalog',
        409,
        'conflict',
        'CONNECTION_MERCHANT_ID_CONFLICT',
        `A connection with merchant_connection_id '${label}' already exists in this account`,
        { merchant_connection_id: label },
      );
    const t = this.clock.iso();
    const c: Connection = {
      connection_id: randomUUID(),
      account_id: account,
      merchant_connection_id: label,
      provider_id: provider,
      status: 'ACTIVE',
      flow_type: 'PAYIN',
      payment_methods: methods,
      params,
      costs: Array.isArray(body.costs) ? structuredClone(body.costs) : [],
      created_at: t,
      updated_at: t,
    };
    this.connections.set(c.connection_id, c);
    return { status: 201, body: this.connectionAnswer(c) };
  }

  /** The connection as create and retrieve answer it: no account_id, secrets masked. */
  private connectionAnswer(c: Connection): Json {
    const masked = enforces('connection-catalog', { check: 'secret' });
    const secret = new Set(
      allParams(PROVIDERS[c.provider_id]?.params ?? [])
        .filter((p) => p.secret && masked)
        .map((p) => p.param_id),
    );
    const { account_id: _account, ...rest } = c;
    return {
      ...structuredClone(rest),
      params: c.params.map((p) => ({ param_id: p.param_id, value: secret.has(p.param_id) ? '***' : p.value })),
    };
  }

  retrieveConnection(id: string): Result {
    const c = this.connections.get(id);
    if (!c)
      return envelope('resource-found', 404, 'not_found', 'CONNECTION_NOT_FOUND', `Connection '${id}' was not found`, {
        connection_id: id,
      });
    return { status: 200, body: this.connectionAnswer(c) };
  }

  // ---- routings ----------------------------------------------------------------------------------

  /** Every step of a configuration, with where it sits (for the refusal's details.path). */
  private steps(config: { default_route: Route; condition_sets: Array<{ route: Route }> }): Array<[string, Step]> {
    const out: Array<[string, Step]> = config.default_route.steps.map((s, i) => [`default_route.steps[${i}]`, s]);
    config.condition_sets.forEach((set, j) => {
      for (const [i, s] of (set.route?.steps ?? []).entries()) out.push([`condition_sets[${j}].route.steps[${i}]`, s]);
    });
    return out;
  }

  /** The rules of a route the schema cannot say: indexes contiguous from 1, each output's next a higher index of the route. */
  private invalidRoute(route: Route, at: string): Result | undefined {
    for (const [i, s] of route.steps.entries()) {
      if (s.index !== i + 1 && enforces('routing-validation'))
        return envelope(
          'routing-validation',
          400,
          'validation_error',
          'ROUTING_VALIDATION_FAILED',
          `${at}.steps[].index must be contiguous starting at 1`,
          { path: `${at}.steps[${i}].index`, expected: i + 1, received: s.index },
        );
      for (const [k, o] of (s.output ?? []).entries()) {
        if (o.next === undefined || o.next === null) continue;
        if (o.next <= s.index || o.next > route.steps.length)
          return envelope(
            'routing-validation',
            400,
            'validation_error',
            'ROUTING_VALIDATION_FAILED',
            `${at}.steps[${i}].output[${k}].next must point to a higher index of the route`,
            { path: `${at}.steps[${i}].output[${k}].next`, expected: `> ${s.index}`, received: o.next },
          );
      }
    }
    return undefined;
  }

  /** The refusal of a configuration: a broken route, or a step whose connection is not ACTIVE for the account on the method. */
  private refused(
    account: string,
    method: string,
    config: { default_route: Route; condition_sets: Array<{ route: Route }> },
  ): Result | undefined {
    const broken =
      this.invalidRoute(config.default_route, 'default_route') ??
      config.condition_sets
        .map((set, j) => (set.route?.steps ? this.invalidRoute(set.route, `condition_sets[${j}].route`) : undefined))
        .find(Boolean);
    if (broken) return broken;
    for (const [path, s] of this.steps(config)) {
      const c = this.connections.get(s.connection_id);
      const available =
        c !== undefined &&
        c.status === 'ACTIVE' &&
        c.account_id === account &&
        c.provider_id === s.provider_id &&
        c.payment_methods.includes(method);
      if (!available && enforces('routing-connection-active'))
        return envelope(
          'routing-connection-active',
          400,
          'validation_error',
          'ROUTING_PROVIDER_NOT_AVAILABLE',
          `${path} references ('${s.provider_id}', '${s.connection_id}'), not active for the account on ${method}`,
          { path, provider_id: s.provider_id, connection_id: s.connection_id },
        );
    }
    return undefined;
  }

  private config(body: Json): { default_route: Route; condition_sets: Array<{ route: Route } & Json> } {
    return {
      default_route: structuredClone(body.default_route) as Route,
      condition_sets: Array.isArray(body.condition_sets)
        ? (structuredClone(body.condition_sets) as Array<{ route: Route } & Json>)
        : [],
    };
  }

  createRouting(body: Json): Result {
    const account = String(body.account_id);
    const method = String(body.payment_method);
    const existing = [...this.routings.values()].find((r) => r.account_id === account && r.payment_method === method);
    if (existing && enforces('routing-one-per-method'))
      return envelope(
        'routing-one-per-method',
        409,
        'conflict',
        'ROUTING_ALREADY_EXISTS',
        `A routing already exists for account '${account}' and payment_method '${method}'`,
        { payment_method: method, existing_routing_id: existing.id },
      );
    const config = this.config(body);
    const refused = this.refused(account, method, config);
    if (refused) return refused;
    const t = this.clock.iso();
    const r: Routing = {
      id: `r_${randomUUID()}`,
      account_id: account,
      payment_method: method,
      name: String(body.name),
      ...config,
      created_at: t,
      updated_at: t,
    };
    this.routings.set(r.id, r);
    return { status: 201, body: structuredClone(r) };
  }

  private unknownRouting(id: string): Result {
    return envelope('resource-found', 404, 'not_found', 'ROUTING_NOT_FOUND', `Routing '${id}' was not found`, {
      routing_id: id,
    });
  }

  retrieveRouting(id: string): Result {
    const r = this.routings.get(id);
    return r ? { status: 200, body: structuredClone(r) } : this.unknownRouting(id);
  }

  /** The routings of an account, optionally of one payment method (a bare array, empty when none). */
  listRoutings(query: Record<string, string>): Result {
    const out = [...this.routings.values()].filter(
      (r) => r.account_id === query.account_id && (!query.payment_method || r.payment_method === query.payment_method),
    );
    return { status: 200, body: structuredClone(out) };
  }

  /** The new configuration supersedes the live one whole: "There is no field-level merge" (update-routing.mdx). */
  updateRouting(id: string, body: Json): Result {
    const r = this.routings.get(id);
    if (!r) return this.unknownRouting(id);
    if (
      typeof body.payment_method === 'string' &&
      body.payment_method !== r.payment_method &&
      enforces('routing-payment-method-immutable')
    )
      return envelope(
        'routing-payment-method-immutable',
        400,
        'validation_error',
        'ROUTING_PAYMENT_METHOD_IMMUTABLE',
        'payment_method cannot be changed on an existing routing',
        { routing_id: id, current_payment_method: r.payment_method, received_payment_method: body.payment_method },
      );
    const method = typeof body.payment_method === 'string' ? body.payment_method : r.payment_method;
    const config = this.config(body);
    const refused = this.refused(r.account_id, r.payment_method, config);
    if (refused) return refused;
    if (!('condition_sets' in body) && !enforces('routing-update-live', { merge: true }))
      config.condition_sets = r.condition_sets;
    const updated: Routing = {
      ...r,
      payment_method: method,
      name: String(body.name),
      ...config,
      updated_at: this.clock.iso(),
    };
    if (enforces('routing-update-live', { persist: true })) this.routings.set(id, updated);
    return { status: 200, body: structuredClone(updated) };
  }

  // ---- recommendations ---------------------------------------------------------------------------

  /**
   * The candidates ranked: without reported history (decision_source INSUFFICIENT_DATA) the ranking
   * keeps the request's order, every rate null and every sample 0 (the page's INSUFFICIENT_DATA example).
   */
  recommend(body: Json, accountKnown: boolean): Result {
    if (!accountKnown)
      return {
        status: 400,
        body: {
          code: 'INVALID_ACCOUNT_ID',
          messages: [`The account ${String(body.account_id)} does not belong to the organization.`],
        },
      };
    const ranking = (body.candidates as Json[]).map((c) => ({
      provider_id: String(c.provider_id),
      merchant_connection_id: typeof c.merchant_connection_id === 'string' ? c.merchant_connection_id : null,
      approval_rate: null,
      avg_latency_ms: null,
      sample_size: 0,
    }));
    const top = ranking[0]!;
    return {
      status: 200,
      body: {
        recommendation_id: randomUUID(),
        merchant_order_id: typeof body.merchant_order_id === 'string' ? body.merchant_order_id : null,
        optimized_for: typeof body.optimize_for === 'string' ? body.optimize_for : 'APPROVAL_RATE',
        decision_source: 'INSUFFICIENT_DATA',
        recommended: { provider_id: top.provider_id, merchant_connection_id: top.merchant_connection_id },
        ranking,
      },
    };
  }
}
