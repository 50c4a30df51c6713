// What a test is about: the operation(s) it exercises and the rules it checks, declared with the
// test so they are known before it runs. Playwright keeps them as tags (@rule) and annotations
// (operation); the labels fixture turns them into Allure epic / feature / story and docs links, the
// self-test picks tests by them, and `--grep @rule` selects by rule. Rule ids are typed: an unknown
// id does not compile.
import type { TestInfo } from '@playwright/test';
import { isRuleId, type RuleId } from '../../lib/rules/index.js';
import type { OpId, WebhookId } from './client.js';
import type { Capability } from './target.js';

/** An operation of the contract, the webhooks included. */
export type Subject = OpId | WebhookId;

export interface AboutDetails {
  tag: string[];
  annotation: Array<{ type: 'operation' | 'needs'; description: string }>;
  /**
   * The capabilities the test needs (tests/support/target.ts): on a target without them it is skipped,
   * with the reason, before any fixture is set up (a skip costs nothing).
   */
  needs(...caps: Capability[]): AboutDetails;
}

function details(tag: string[], annotation: AboutDetails['annotation']): AboutDetails {
  const d = { tag, annotation } as AboutDetails;
  // Not enumerable: Playwright reads the details' tag and annotation only.
  Object.defineProperty(d, 'needs', {
    value: (...caps: Capability[]) =>
      details(tag, caps.length ? [...annotation, { type: 'needs', description: caps.join(',') }] : annotation),
  });
  return d;
}

export function about(operations: Subject | readonly Subject[], ...rules: [RuleId, ...RuleId[]]): AboutDetails {
  const ops = typeof operations === 'string' ? [operations] : [...operations];
  return details(
    rules.map((r) => `@${r}`),
    ops.map((op) => ({ type: 'operation', description: op })),
  );
}

/** The capabilities a test declared with about(...).needs(...). */
export function neededBy(annotations: ReadonlyArray<{ type: string; description?: string }>): Capability[] {
  return annotations
    .filter((a) => a.type === 'needs' && a.description)
    .flatMap((a) => a.description!.split(',') as Capability[]);
}

/** The operations and rules a test declared (from its tags and annotations). */
export function declared(
  tags: readonly string[],
  annotations: ReadonlyArray<{ type: string; description?: string }>,
): { operations: string[]; rules: RuleId[] } {
  return {
    operations: annotations.filter((a) => a.type === 'operation' && a.description).map((a) => a.description!),
    rules: tags.map((t) => t.replace(/^@/, '')).filter(isRuleId),
  };
}

export function declaredBy(info: Pick<TestInfo, 'tags' | 'annotations'>): { operations: string[]; rules: RuleId[] } {
  return declared(info.tags, info.annotations);
}
