// The layering rule: entry points reach the core only through its entry modules, and the core imports no
// entry point. It resolves each relative specifier against the importing file, so a deep path is caught
// however it is spelt (`../core/sign.ts`, `../../core/signing/sign.ts`, `./../core/x.ts`), in static and
// dynamic imports, re-exports and `import()` types alike.
import path from 'node:path';
import type { Rule } from 'eslint';
import type { Node } from 'estree';

const SRC = path.resolve(import.meta.dirname, '..', 'src');
const CORE = path.join(SRC, 'core');
const PUBLIC_ENTRY = path.join(CORE, 'index.ts');
const INTERNAL_ENTRY = path.join(CORE, 'internal.ts');

/** The core entry modules an area may import; an area not named may import none (it is not an entry). */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  cli: [PUBLIC_ENTRY],
  mcp: [PUBLIC_ENTRY],
  action: [PUBLIC_ENTRY],
  slack: [PUBLIC_ENTRY],
  sandbox: [PUBLIC_ENTRY, INTERNAL_ENTRY],
};

const inside = (file: string, dir: string): boolean => {
  const rel = path.relative(dir, file);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
};

export const coreEntry: Rule.RuleModule = {
  meta: {
    type: 'problem',
    docs: {
      description:
        'Entry points import the core only through src/core/index.ts (the sandbox also internal.ts).',
    },
    schema: [],
    messages: {
      deep: 'Import the core only through src/core/index.ts{{also}} ("{{spec}}" reaches {{target}}).',
      upward: 'The core imports no entry point ("{{spec}}" reaches {{target}}).',
    },
  },
  create(context) {
    const file = path.resolve(context.filename);
    if (!inside(file, SRC)) return {};
    const area = path.relative(SRC, file).split(path.sep)[0] ?? '';
    const inCore = area === 'core';
    const allowed = ALLOWED[area];
    if (!inCore && !allowed) return {};

    const check = (node: Node, spec: unknown): void => {
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), spec);
      const shown = path.relative(path.dirname(SRC), target).split(path.sep).join('/');
      if (inCore) {
        if (!inside(target, CORE) && inside(target, SRC))
          context.report({ node, messageId: 'upward', data: { spec, target: shown } });
        return;
      }
      if (inside(target, CORE) && !allowed?.includes(target)) {
        const also = allowed?.includes(INTERNAL_ENTRY) ? ' or src/core/internal.ts' : '';
        context.report({ node, messageId: 'deep', data: { spec, target: shown, also } });
      }
    };
    type WithSource = { source?: Node | null | undefined };
    const fromSource = (node: WithSource): void => {
      if (node.source?.type === 'Literal') check(node.source, node.source.value);
    };
    return {
      ImportDeclaration: fromSource,
      ExportNamedDeclaration: fromSource,
      ExportAllDeclaration: fromSource,
      ImportExpression: fromSource,
      // Not an ESTree node: typescript-eslint's `typeof import('…')`, its string in `source` (`argument`
      // before typescript-eslint 8.x).
      TSImportType(node: Node & { source?: Node; argument?: Node }) {
        const arg = node.source ?? node.argument;
        const literal =
          arg?.type === ('TSLiteralType' as string) ? (arg as unknown as { literal: Node }).literal : arg;
        if (literal?.type === 'Literal') check(literal, literal.value);
      },
    };
  },
};

export default { rules: { 'core-entry': coreEntry } };
