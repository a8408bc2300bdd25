// ESLint rule `local/sql-in-db`: SQL runs only in db/; elsewhere a call of `.prepare`, `.pragma`, `.transaction`, or `.exec` on SQL text fails lint.
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

/** Where running SQL is allowed: the repositories, and tests and benchmarks that count rows directly or compare drivers. */
export const SQL_ALLOWED_PREFIXES = ['db/', 'tests/', 'scripts/bench/'];

/** Methods of a database handle that run SQL or open a transaction, whatever their arguments. */
const ALWAYS = new Set(['prepare', 'pragma', 'transaction']);

function relativeToRoot(file) {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function propertyName(member) {
  if (!member.computed && member.property.type === 'Identifier') return member.property.name;
  if (member.computed && member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}

function isText(node) {
  return (node?.type === 'Literal' && typeof node.value === 'string') || node?.type === 'TemplateLiteral';
}

/** `/re/.exec(…)` and `new RegExp(…).exec(…)` match text; they run no SQL. */
function isRegExp(node) {
  if (node.type === 'Literal' && node.regex) return true;
  return node.type === 'NewExpression' && node.callee.type === 'Identifier' && node.callee.name === 'RegExp';
}

/** @type {import('eslint').Rule.RuleModule} */
export const sqlInDbRule = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL lives in db/: outside it, no .prepare, .pragma, .transaction, or .exec of SQL text' },
    schema: [],
    messages: {
      sql: "'.{{method}}(…)' runs SQL outside db/. Move it into a repository function in db/ that takes the handle first; for several writes in one transaction use inTransaction(db, () => …) from db/handles.ts.",
    },
  },
  create(context) {
    const file = relativeToRoot(context.filename);
    if (file.startsWith('..') || SQL_ALLOWED_PREFIXES.some((prefix) => file.startsWith(prefix))) return {};
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression') return;
        const method = propertyName(callee);
        if (method === null) return;
        // `.exec` is also RegExp's: SQL is run with a string or template literal, a regex with anything else.
        const runsSql = ALWAYS.has(method) || (method === 'exec' && isText(node.arguments[0]) && !isRegExp(callee.object));
        if (runsSql) context.report({ node: callee.property, messageId: 'sql', data: { method } });
      },
    };
  },
};
