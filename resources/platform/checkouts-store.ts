// Custom checkouts (checkout builder, beta): per account, a default checkout and the checkouts cloned
// from it, born PUBLISHED; configuration is a sparse upsert over the account's catalog, styling a
// partial merge, any broken rule refusing the whole publish; the lifecycle moves along
// specs/custom-checkout-status.yaml with the default guarded. The account is the X-Account-Code
// header's, and only the emulator's account is in the beta allowlist.
import { randomUUID } from 'node:crypto';
import { enforces } from '../../emulator/faults.js';
import type { Clock } from '../clock.js';
import type { ServeRequest } from '../kit.js';
import { err, type Json, ok, type Result, refuse } from '../result.js';
import { isObject } from './shared.js';

interface Checkout {
  id: string;
  name: string;
  description: string | null;
  status: 'PUBLISHED' | 'NOT_PUBLISHED' | 'ARCHIVED';
  is_default: boolean;
  created_at: string;
  updated_at: string;
  payment_methods: Json[];
  general_settings: Json;
  /** Its own styling once published; until then the account default's. */
  styling: Json | null;
}

const method = (type: string, name: string, category: string, order: number, active: boolean): Json => ({
  payment_method_type: type,
  name,
  description: name,
  icon: `https://sdk.prod.y.uno/brands/${type.toLowerCase()}_logosimbolo.png`,
  category,
  short_name: name,
  hint: '',
  order_to_show: order,
  is_active: active,
  type: 'PAYMENT_METHOD',
  has_enrollment: type === 'CARD',
  conditions_quantity: 0,
  active_enrollment_type: type === 'CARD' ? 'BOTH' : 'NONE',
});

/** The account's payment methods, as the default checkout offers them (fetch-checkout-configuration example). */
const CATALOG = (): Json[] => [
  method('CARD', 'Card', 'CARD', 1, true),
  method('PAYPAL', 'PayPal', 'WALLET', 2, true),
  method('NU_PAY', 'Nu Pay', 'WALLET', 3, false),
  method('GOOGLE_PAY', 'Google Pay', 'WALLET', 4, false),
];

/**
 * The default styling (the fetch example's, its logo left out), published at `publishedAt`: the
 * payment link styles carry the time their styling was last published (fetch-checkout-configuration.json).
 */
const DEFAULT_STYLING = (publishedAt: string): Json => ({
  styles: {
    global: {
      accent_color: '#282A30',
      primary_background_color: '#FFFFFF',
      primary_text_color: '#282A30',
      primary_button_text_color: '#FFFFFF',
      secondary_background_color: '#ECEFF2',
      secondary_text_color: '#84807F',
      secondary_button_background_color: '#FFFFFF',
      secondary_button_text_color: '#282A30',
      font_family: 'Inter',
    },
    header: {
      logo_border_size: 0,
      logo_border_color: '#282A30',
      logo_corner_radius: 8,
      font_size: 18,
      font_weight: 700,
    },
    button: {
      corner_radius: 8,
      border_size: 0,
      primary_border_color: '#282A30',
      secondary_border_color: '#282A30',
      font_size: 18,
      font_weight: 400,
    },
  },
  settings: {
    sdk_type: { web: 'SEAMLESS', mobile: 'SEAMLESS' },
    card: {
      save_on_success: true,
      visualization_mode: 'ONE_STEP',
      enable_ocr: false,
      credit_card_only_processing: false,
      default_network: 'DOM',
    },
    web_sdk: { render_mode: 'MODAL', hide_pay_button: false },
    payment_method_list: {
      unfolded_display: false,
      preselected_payment_method: false,
      condensed_checkout_view: false,
      edit_payment_method_list: false,
    },
    ui: { dark_mode: false, show_secure_payment_tag: true },
    payment_link: { show_result_screen: false },
  },
  external_fonts: [
    {
      family_name: 'Inter',
      files: [{ weight: 400, url: 'https://staging.y.uno/sdk-static-bundles-ms/v1/static/fonts/Inter-Regular.ttf' }],
    },
  ],
  payment_link_styles: {
    panel: { left: { background: { color: '#ECEFF2' } } },
    checkbox: { color: '#282A30' },
    border: { color: '#282A30' },
    radio_button: { color: '#282A30' },
    button: { text: { color: '#876E6E' }, background: { color: '#282A30' } },
    published_at: publishedAt,
  },
});

const FEATURE_FLAGS = { custom_required_fields: true, custom_logo_icon: true };

/** Settings in beta, refused when sent non-empty (publish-checkout-configuration.json). */
const BETA_LOCKED = ['urls', 'click_to_pay', 'form', 'google_pay'];

/** Merges what a publish sent into styling: objects field by field, null and omitted fields kept. */
function mergeKept(into: Json, sent: Json): Json {
  const out: Json = { ...into };
  for (const [k, v] of Object.entries(sent)) {
    if (v === null || v === undefined) continue;
    out[k] = isObject(v) && isObject(into[k]) ? mergeKept(into[k] as Json, v) : structuredClone(v);
  }
  return out;
}

const checkoutErr = (status: number, code: string, message: string): Result => err(status, code, message);

export class CustomCheckouts {
  private readonly accounts = new Map<string, Map<string, Checkout>>();

  constructor(
    private readonly clock: Clock,
    /** The one account in the beta allowlist: the emulator's. */
    private readonly allowlisted: string,
  ) {}

  /** The account of a request (X-Account-Code), or the 401 of an account not in the beta allowlist. */
  private account(req: ServeRequest): Map<string, Checkout> | Result {
    const code = req.headers['x-account-code'];
    const account = typeof code === 'string' ? code : '';
    if (account !== this.allowlisted && enforces('checkout-account-access'))
      return refuse('checkout-account-access', 'Not authenticated', 'NOT_AUTHENTICATED');
    let all = this.accounts.get(account);
    if (!all) {
      const t = this.clock.iso();
      const d: Checkout = {
        id: randomUUID(),
        name: 'Main Checkout',
        description: '',
        status: 'PUBLISHED',
        is_default: true,
        created_at: t,
        updated_at: t,
        payment_methods: CATALOG(),
        general_settings: { country_documents: [] },
        styling: DEFAULT_STYLING(t),
      };
      all = new Map([[d.id, d]]);
      this.accounts.set(account, all);
    }
    return all;
  }

  private static isMap(v: Map<string, Checkout> | Result): v is Map<string, Checkout> {
    return v instanceof Map;
  }

  private found(all: Map<string, Checkout>, code: string): Checkout | Result {
    return (
      all.get(code) ??
      refuse('resource-found', `No Custom Checkout found for checkout_code: ${code}`, 'CHECKOUT_NOT_FOUND', 404)
    );
  }

  private defaultOf(all: Map<string, Checkout>): Checkout | undefined {
    return [...all.values()].find((c) => c.is_default);
  }

  /** The create and lifecycle answers: no status, is_active instead (serving traffic). */
  private summary(c: Checkout): Json {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      is_default: c.is_default,
      is_active: c.status === 'PUBLISHED',
      created_at: c.created_at,
    };
  }

  /** A checkout as the list shows it: its identity, status and dates. */
  private listed(c: Checkout): Json {
    return {
      id: c.id,
      name: c.name,
      description: c.description,
      status: c.status,
      is_default: c.is_default,
      created_at: c.created_at,
      updated_at: c.updated_at,
    };
  }

  /** A checkout as a read answers it: the list's fields, its configuration and styling. */
  private full(all: Map<string, Checkout>, c: Checkout): Json {
    return {
      ...this.listed(c),
      config: {
        payment_methods: structuredClone(c.payment_methods).sort(
          (a, b) => Number(a.order_to_show) - Number(b.order_to_show),
        ),
        general_settings: structuredClone(c.general_settings),
        feature_flags: { ...FEATURE_FLAGS },
      },
      styling: structuredClone(c.styling ?? this.defaultOf(all)?.styling ?? DEFAULT_STYLING(c.created_at)),
    };
  }

  private nameTaken(all: Map<string, Checkout>, name: string, except?: string): boolean {
    return [...all.values()].some((c) => c.name === name && c.id !== except);
  }

  create(req: ServeRequest): Result {
    const all = this.account(req);
    if (!CustomCheckouts.isMap(all)) return all;
    const name = String(req.body.name);
    if (this.nameTaken(all, name))
      return checkoutErr(
        409,
        'DUPLICATE_CHECKOUT_NAME',
        `A Custom Checkout with name '${name}' already exists for this account`,
      );
    const base = this.defaultOf(all);
    if (!base)
      return checkoutErr(404, 'DEFAULT_CHECKOUT_NOT_FOUND', 'No default Custom Checkout found for this account');
    const t = this.clock.iso();
    const c: Checkout = {
      id: randomUUID(),
      name,
      description: typeof req.body.description === 'string' ? req.body.description : null,
      status: 'PUBLISHED',
      is_default: false,
      created_at: t,
      updated_at: t,
      payment_methods: structuredClone(base.payment_methods),
      general_settings: structuredClone(base.general_settings),
      styling: null,
    };
    all.set(c.id, c);
    return ok(this.summary(c), 201);
  }

  list(req: ServeRequest): Result {
    const all = this.account(req);
    if (!CustomCheckouts.isMap(all)) return all;
    const q = req.query as Record<string, string | string[] | undefined>;
    const has = (v: string | undefined, part: string | undefined): boolean =>
      part === undefined ||
      String(v ?? '')
        .toLowerCase()
        .includes(String(part).toLowerCase());
    const statuses = [q.status ?? []]
      .flat()
      .flatMap((s) => String(s).split(','))
      .filter(Boolean);
    const within = (t: string, after?: string | string[], before?: string | string[]): boolean =>
      (after === undefined || Date.parse(t) >= Date.parse(String(after))) &&
      (before === undefined || Date.parse(t) <= Date.parse(String(before)));
    const items = [...all.values()]
      .filter(
        (c) =>
          has(c.name, q.name as string | undefined) &&
          has(c.id, q.id as string | undefined) &&
          (!statuses.length || statuses.includes(c.status)) &&
          within(c.created_at, q.created_after, q.created_before) &&
          within(c.updated_at, q.updated_after, q.updated_before),
      )
      .sort((a, b) => Number(b.is_default) - Number(a.is_default) || b.updated_at.localeCompare(a.updated_at))
      .map((c) => this.listed(c));
    if (q.page === undefined && q.size === undefined) return ok(items);
    const page = Number(q.page ?? 1);
    const size = Number(q.size ?? 25);
    return ok({ data: items.slice((page - 1) * size, page * size), pagination: { page, size, total: items.length } });
  }

  retrieve(req: ServeRequest): Result {
    const all = this.account(req);
    if (!CustomCheckouts.isMap(all)) return all;
    const c = this.found(all, req.path.checkout_code ?? '');
    return 'id' in c ? ok(this.full(all, c)) : c;
  }

  publish(req: ServeRequest): Result {
    const all = this.account(req);
    if (!CustomCheckouts.isMap(all)) return all;
    const c = this.found(all, req.path.checkout_code ?? '');
    if (!('id' in c)) return c;
    if (c.status === 'ARCHIVED' && enforces('checkout-lifecycle', { from: c.status }))
      return refuse(
        'checkout-lifecycle',
        "Cannot transition from 'ARCHIVED' via this operation",
        'INVALID_STATUS_TRANSITION',
        400,
      );
    const config = isObject(req.body.config) ? req.body.config : undefined;
    const styling = isObject(req.body.styling) ? req.body.styling : undefined;
    const problems: string[] = [];
    const methods = structuredClone(c.payment_methods);
    ((config?.payment_methods ?? []) as Json[]).forEach((m, i) => {
      if (typeof m.payment_method_type !== 'string') return;
      const target = methods.find((x) => x.payment_method_type === m.payment_method_type);
      if (!target) {
        problems.push(
          `payment_methods[${i}].payment_method_type ${m.payment_method_type} is not a payment method of the account`,
        );
        return;
      }
      for (const k of ['order_to_show', 'is_active', 'active_enrollment_type'])
        if (m[k] !== undefined && m[k] !== null) target[k] = m[k];
      if (Array.isArray(m.conditions_to_override)) target.conditions_quantity = m.conditions_to_override.length;
    });
    const settings = (styling?.settings ?? {}) as Json;
    for (const k of BETA_LOCKED) {
      const v = settings[k];
      if (v !== undefined && v !== null && !(isObject(v) && Object.keys(v).length === 0))
        problems.push(`styling.settings.${k} is in beta and cannot be set`);
    }
    const logo = ((styling?.styles as Json | undefined)?.header as Json | undefined)?.logo;
    if (typeof logo === 'string' && (/^(data|javascript|http):/i.test(logo) || /\.svg(\?|$)/i.test(logo)))
      problems.push(
        'styles.header.logo must be an HTTPS URL to a public host or a relative path (no data:, SVG or javascript:)',
      );
    if (problems.length && enforces('checkout-publish-stored'))
      return refuse('checkout-publish-stored', problems.join('; '), 'INVALID_PARAMETERS');
    const changed: Checkout = { ...c, updated_at: this.clock.iso() };
    if (config) {
      changed.payment_methods = methods;
      const documents = (config.general_settings as Json | undefined)?.country_documents;
      if (Array.isArray(documents)) changed.general_settings = { ...c.general_settings, country_documents: documents };
    }
    const flags = isObject(styling?.flags) ? styling.flags : {};
    if (styling) {
      let base =
        flags.force_default_styles === true
          ? DEFAULT_STYLING(changed.updated_at)
          : (c.styling ?? (this.full(all, c).styling as Json));
      const { flags: _flags, ...rest } = styling;
      base = mergeKept(base, rest);
      if (isObject(base.payment_link_styles))
        base.payment_link_styles = { ...base.payment_link_styles, published_at: changed.updated_at };
      changed.styling = base;
    }
    if (enforces('checkout-publish-stored', { stored: true })) all.set(c.id, changed);
    // The publish answer shows the flags it applied too (publish-checkout-configuration.json), {} for none.
    const answer = this.full(all, changed);
    answer.styling = { ...(answer.styling as Json), flags: structuredClone(flags) };
    return ok(answer);
  }

  lifecycle(req: ServeRequest): Result {
    const all = this.account(req);
    if (!CustomCheckouts.isMap(all)) return all;
    const c = this.found(all, req.path.checkout_code ?? '');
    if (!('id' in c)) return c;
    const b = req.body;
    const changed: Checkout = { ...c };
    if (typeof b.name === 'string') {
      if (this.nameTaken(all, b.name, c.id))
        return checkoutErr(
          409,
          'DUPLICATE_CHECKOUT_NAME',
          `A Custom Checkout with name '${b.name}' already exists for this account`,
        );
      changed.name = b.name;
    }
    if (b.description !== undefined) changed.description = (b.description as string | null) ?? null;
    const previous = this.defaultOf(all);
    if (b.is_default === true) {
      // Promotion publishes from any status and wins over a status sent with it.
      changed.is_default = true;
      changed.status = 'PUBLISHED';
    } else if (typeof b.status === 'string') {
      const to = b.status as Checkout['status'];
      const from = c.status;
      const refusal = this.refusedMove(c, from, to);
      if (refusal) return refusal;
      if (enforces('resource-transition', { operation: req.operationId, from })) changed.status = to;
    }
    changed.updated_at = this.clock.iso();
    if (changed.is_default && previous && previous.id !== c.id)
      all.set(previous.id, { ...previous, is_default: false, updated_at: changed.updated_at });
    all.set(c.id, changed);
    return ok(this.summary(changed));
  }

  /** The refusal of a status move the table excludes (or undefined when the move is allowed). */
  private refusedMove(c: Checkout, from: Checkout['status'], to: Checkout['status']): Result | undefined {
    if (from === to && enforces('checkout-lifecycle', { from, to }))
      return refuse('checkout-lifecycle', `The checkout is already ${from}`, 'INVALID_STATUS_TRANSITION', 400);
    if (c.is_default && to === 'ARCHIVED' && enforces('checkout-lifecycle', { from, to, guard: true }))
      return refuse(
        'checkout-lifecycle',
        'Cannot archive the default Custom Checkout. Promote another checkout as default first.',
        'CANNOT_ARCHIVE_DEFAULT_CHECKOUT',
        409,
      );
    if (c.is_default && to === 'NOT_PUBLISHED' && enforces('checkout-lifecycle', { from, to, guard: true }))
      return refuse(
        'checkout-lifecycle',
        'Cannot unpublish the default Custom Checkout. Promote another checkout as default first.',
        'CANNOT_UNPUBLISH_DEFAULT_CHECKOUT',
        409,
      );
    if (from === 'ARCHIVED' && to === 'PUBLISHED' && enforces('checkout-lifecycle', { from, to }))
      return refuse(
        'checkout-lifecycle',
        "Cannot transition from 'ARCHIVED' via this operation",
        'INVALID_STATUS_TRANSITION',
        400,
      );
    return undefined;
  }
}
