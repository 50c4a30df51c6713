// Yuno's per-endpoint OpenAPI files (a copy of the docs, passed with --docs) read as a second
// description of the API: every operation they document, matched to the operation of our contract
// with the same method and path (path parameter names and the version segment aside), and every
// request and response example they carry. Nothing is kept by hand: an operation added to the
// contract is matched to its upstream file by its method and path.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Contract } from '../contract.js';
import { InputFileError, readJsonFile } from '../yaml-file.js';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/** A path as both sides can compare it: parameters unnamed, no version segment, no trailing slash. */
export function normalPath(path: string): string {
  return path
    .replace(/\/+$/, '')
    .replace(/\{[^}]+\}/g, '{}')
    .replace(/^\/v\d+(?=\/)/, '');
}

/** One operation of an upstream file. */
export interface UpstreamOperation {
  /** The file, relative to the copy's openapi/ folder. */
  file: string;
  method: string;
  /** The path as the file writes it (without its server's prefix). */
  path: string;
  /** Our operation with the same method and path, if the contract has one. */
  operationId?: string;
  /** The file's own operation object, $refs not followed. */
  raw: Json;
  /** The whole file, for following $refs. */
  doc: Json;
}

/** One example of an upstream file: a response's, or the request body's (`status` 'request'). */
export interface UpstreamExample {
  file: string;
  method: string;
  path: string;
  operationId: string;
  status: string;
  contentType: string;
  name: string;
  value: unknown;
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...filesUnder(p));
    else if (name.endsWith('.json')) out.push(p);
  }
  return out;
}

/** The openapi/ folder of a docs copy, or a clear error naming what is wrong with the path given. */
export function upstreamDir(docsDir: string): string {
  const base = join(docsDir, 'openapi');
  if (!existsSync(base))
    throw new InputFileError(docsDir, '', 'is not a yuno-docs checkout: it has no openapi/ folder');
  return base;
}

/**
 * Every operation the per-endpoint files document, each matched to ours by method and path. Files
 * about webhooks the merchant receives (served at the merchant's own URL) and the sandbox-tested
 * copies are not API operations and are left out.
 */
export function upstreamOperations(docsDir: string, contract: Contract): UpstreamOperation[] {
  const base = upstreamDir(docsDir);
  const ours = new Map<string, string>();
  for (const op of contract.operations.values())
    if (!op.webhook) ours.set(`${op.method} ${normalPath(op.path)}`, op.operationId);
  const out: UpstreamOperation[] = [];
  for (const path of filesUnder(base)) {
    const file = relative(base, path);
    if (file.startsWith('yuno_sandbox_tested')) continue;
    const doc = readJsonFile(path);
    if (!isObject(doc) || !isObject(doc.paths))
      throw new InputFileError(path, '/paths', 'missing: not an OpenAPI document');
    const server = Array.isArray(doc.servers) && isObject(doc.servers[0]) ? String(doc.servers[0].url ?? '') : '';
    if (server.includes('merchant_base_URL')) continue;
    const prefix = server.replace(/^https?:\/\/[^/]+/, '');
    for (const [p, item] of Object.entries(doc.paths)) {
      if (!isObject(item)) continue;
      for (const method of METHODS) {
        const raw = item[method];
        if (!isObject(raw)) continue;
        const full = /^\/v\d+\//.test(p) ? p : `${prefix}${p}`;
        out.push({
          file,
          method: method.toUpperCase(),
          path: p,
          operationId: ours.get(`${method.toUpperCase()} ${normalPath(full)}`),
          raw,
          doc,
        });
      }
    }
  }
  return out;
}

/** A local $ref followed to what it points at (responses and examples are shared that way). */
function deref(doc: Json, node: unknown, file: string, place: string): unknown {
  for (let seen = 0; isObject(node) && typeof node.$ref === 'string'; seen++) {
    const ref = node.$ref;
    if (seen > 20) throw new InputFileError(file, place, 'reference cycle');
    if (!ref.startsWith('#/')) throw new InputFileError(file, place, `only local references are followed: ${ref}`);
    let target: unknown = doc;
    for (const raw of ref.slice(2).split('/')) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      target = isObject(target) ? target[key] : undefined;
    }
    if (target === undefined) throw new InputFileError(file, place, `$ref ${ref} points at nothing`);
    node = target;
  }
  return node;
}

/** The examples of one media type object: its named `examples` ($refs followed) and its single `example`. */
function mediaExamples(
  doc: Json,
  media: Json,
  file: string,
  place: string,
  status: string,
): Array<{ name: string; value: unknown }> {
  const out: Array<{ name: string; value: unknown }> = [];
  if (isObject(media.examples)) {
    for (const [name, rawEx] of Object.entries(media.examples)) {
      const ex = deref(doc, rawEx, file, `${place}/examples/${name}`);
      out.push({ name, value: isObject(ex) ? ex.value : undefined });
    }
  }
  if ('example' in media) out.push({ name: `${status} example`, value: media.example });
  return out;
}

/** Every request and response example of a matched upstream operation. */
export function examplesOf(u: UpstreamOperation): UpstreamExample[] {
  if (!u.operationId) return [];
  const place = `/paths/${u.path}/${u.method.toLowerCase()}`;
  const op = deref(u.doc, u.raw, u.file, place);
  if (!isObject(op)) return [];
  const out: UpstreamExample[] = [];
  const base = { file: u.file, method: u.method, path: u.path, operationId: u.operationId };
  const body = deref(u.doc, op.requestBody, u.file, `${place}/requestBody`);
  if (isObject(body) && isObject(body.content)) {
    for (const [contentType, media] of Object.entries(body.content)) {
      if (!isObject(media)) continue;
      for (const ex of mediaExamples(u.doc, media, u.file, `${place}/requestBody/content/${contentType}`, 'request'))
        out.push({ ...base, status: 'request', contentType, ...ex });
    }
  }
  for (const [status, rawResponse] of Object.entries(isObject(op.responses) ? op.responses : {})) {
    const response = deref(u.doc, rawResponse, u.file, `${place}/responses/${status}`);
    if (!isObject(response) || !isObject(response.content)) continue;
    for (const [contentType, media] of Object.entries(response.content)) {
      if (!isObject(media)) continue;
      for (const ex of mediaExamples(
        u.doc,
        media,
        u.file,
        `${place}/responses/${status}/content/${contentType}`,
        status,
      ))
        out.push({ ...base, status, contentType, ...ex });
    }
  }
  return out;
}
