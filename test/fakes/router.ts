/**
 * Path templates in the vendors' own notation (`/repositories/{workspace}/{repo_slug}`), so a route
 * in a fake reads like the line of the API contract it implements, and fault matchers can use the
 * same notation.
 */

export type Params = Record<string, string>;

/** A `{name}` segment matches one non-empty segment; a trailing `*` matches the rest of the path. */
export function compileTemplate(template: string): (path: string) => Params | undefined {
  const parts = template.split('/');
  const rest = parts[parts.length - 1] === '*';
  if (rest) parts.pop();
  return (path) => {
    const segments = path.split('/');
    if (rest ? segments.length < parts.length : segments.length !== parts.length) return undefined;
    const params: Params = {};
    for (let i = 0; i < parts.length; i++) {
      const part = parts[i]!;
      const segment = segments[i]!;
      if (part.startsWith('{') && part.endsWith('}')) {
        if (segment === '') return undefined;
        params[part.slice(1, -1)] = safeDecode(segment);
      } else if (part !== segment) {
        return undefined;
      }
    }
    return params;
  };
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

export interface Route<H> {
  readonly method: string;
  readonly template: string;
  /** Short stable name recorded on each request (`comments.create`), for tests and fault matchers. */
  readonly name: string;
  readonly handler: H;
}

export type RouteLookup<H> =
  | { kind: 'found'; route: Route<H>; params: Params }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'not-found' };

export class Router<H> {
  private readonly routes: Array<Route<H> & { match: (path: string) => Params | undefined; literals: number }> = [];

  add(method: string, template: string, name: string, handler: H): this {
    const literals = template.split('/').filter((s) => !s.startsWith('{')).length;
    this.routes.push({ method, template, name, handler, match: compileTemplate(template), literals });
    return this;
  }

  lookup(method: string, path: string): RouteLookup<H> {
    let best: { route: Route<H>; params: Params; literals: number } | undefined;
    const allowed = new Set<string>();
    for (const route of this.routes) {
      const params = route.match(path);
      if (!params) continue;
      if (route.method !== method) {
        allowed.add(route.method);
        continue;
      }
      // More literal segments is the more specific route (`/reports/{id}/annotations` vs `/reports/{id}`).
      if (!best || route.literals > best.literals) best = { route, params, literals: route.literals };
    }
    if (best) return { kind: 'found', route: best.route, params: best.params };
    return allowed.size ? { kind: 'method-not-allowed', allowed: [...allowed] } : { kind: 'not-found' };
  }
}
