// ESLint rule `local/layering`: fails on an import that crosses a layer boundary or uses a package the layer may not use.
import path from 'node:path';
import { layerOf, LAYERS, packageAllowed } from './layers.js';
import { sqlInDbRule } from './sql-rule.js';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

function relativeToRoot(file) {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

/** @type {import('eslint').Rule.RuleModule} */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the process layers of design/architecture.md' },
    schema: [],
    messages: {
      layer: "'{{from}}' may not import from '{{to}}' (allowed: {{allowed}}).",
      package: "'{{from}}' may not use the package '{{pkg}}' (allowed: {{allowed}}).",
    },
  },
  create(context) {
    const file = context.filename;
    // Build configuration (e.g. renderer/vite.config.ts) runs in Node at build time, not in its folder's runtime.
    if (/\.config\.[cm]?[jt]s$/.test(file)) return {};
    const layer = layerOf(relativeToRoot(file));
    if (!layer) return {};

    function check(node, specifier) {
      if (typeof specifier !== 'string') return;
      if (specifier.startsWith('.')) {
        const target = relativeToRoot(path.resolve(path.dirname(file), specifier));
        const targetLayer = layerOf(target) ?? LAYERS.find((l) => `${target}/`.startsWith(l.prefix));
        const name = targetLayer?.name ?? target.split('/')[0];
        if (!layer.mayImport.includes(name)) {
          context.report({ node, messageId: 'layer', data: { from: layer.name, to: name, allowed: layer.mayImport.join(', ') } });
        }
        return;
      }
      if (!packageAllowed(layer, specifier)) {
        context.report({ node, messageId: 'package', data: { from: layer.name, pkg: specifier, allowed: layer.packages.join(', ') } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node.arguments[0], node.arguments[0].value);
        }
      },
    };
  },
};

/** The project's own rules: `local/layering` (imports between layers) and `local/sql-in-db` (sql-rule.js). */
export const localPlugin = { rules: { layering: layeringRule, 'sql-in-db': sqlInDbRule } };
