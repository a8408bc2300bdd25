// Form errors keyed by dotted path (`financiers.1.url`), turned into the nested shape react-hook-form expects.

/** The errors as react-hook-form wants them (nested by path), each with its translated message. */
export function toNestedErrors<E extends { key: string }>(errors: ReadonlyMap<string, E>, messageOf: (error: E) => string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [path, error] of errors) {
    const parts = path.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      const child = node[part];
      node = (child && typeof child === 'object' ? child : (node[part] = {})) as Record<string, unknown>;
    }
    node[parts[parts.length - 1] ?? path] = { type: error.key, message: messageOf(error) };
  }
  return root;
}
