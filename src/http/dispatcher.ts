// The module itself, not its named exports: getCACertificates exists from Node 22.15 on, and is looked up when used.
import tls from 'node:tls';
import type { Dispatcher } from 'undici';
import { InputError } from '../core/errors.js';
import { MAX_CA_BUNDLE_BYTES, readBoundedFile } from '../core/files.js';

export interface TransportOptions {
  env: Readonly<Record<string, string | undefined>>;
  caFile: string | undefined;
  forwardProxy: string | undefined;
}

/**
 * The undici dispatcher for the run, or undefined when Node's default one will do (no proxy, no
 * CA file: most runs). undici is imported on first use so a bundle keeps it in a chunk those runs
 * never load. The npm undici 7 dispatchers work with the built-in fetch of Node 20 (undici 6) and
 * Node 24 (undici 7); checked by hand on v20.20.2 and v24.21.0.
 */
export function lazyDispatcher(options: TransportOptions): { get(): Promise<Dispatcher | undefined> } {
  let pending: Promise<Dispatcher | undefined> | undefined;
  return { get: () => (pending ??= createDispatcher(options)) };
}

export function proxySettings(env: TransportOptions['env']): { httpProxy: string; httpsProxy: string; noProxy: string } {
  // Lower case wins, as in curl and undici; an empty value means "not set".
  const pick = (name: string) => env[name.toLowerCase()] || env[name.toUpperCase()] || '';
  return { httpProxy: pick('http_proxy'), httpsProxy: pick('https_proxy'), noProxy: pick('no_proxy') };
}

async function createDispatcher(options: TransportOptions): Promise<Dispatcher | undefined> {
  const proxies = proxySettings(options.env);
  const useEnvProxy = Boolean(proxies.httpProxy || proxies.httpsProxy);
  if (!options.forwardProxy && !useEnvProxy && !options.caFile) return undefined;

  const undici = await loadUndici();
  const ca = options.caFile ? trustedRoots(options.caFile, options.env) : undefined;
  const tlsOptions = ca ? { ca } : {};

  if (options.forwardProxy) {
    // The Pipelines auth proxy wants `GET http://api.bitbucket.org/2.0/…` sent to it as is, and
    // refuses CONNECT. undici 7.30's code defaults proxyTunnel to true (its docs say false), so it
    // is set explicitly. The customer's HTTPS_PROXY is deliberately not consulted here.
    return new undici.ProxyAgent({ uri: options.forwardProxy, proxyTunnel: false, requestTls: tlsOptions });
  }
  if (useEnvProxy) {
    // Every value is passed, even empty, because EnvHttpProxyAgent falls back to process.env for any left undefined.
    return new undici.EnvHttpProxyAgent({ ...proxies, connect: tlsOptions, requestTls: tlsOptions });
  }
  return new undici.Agent({ connect: tlsOptions });
}

type Undici = Pick<typeof import('undici'), 'Agent' | 'ProxyAgent' | 'EnvHttpProxyAgent'>;

/** Node's loader gives a CommonJS package's exports by name; an esbuild chunk gives them only as `default`. */
async function loadUndici(): Promise<Undici> {
  const ns: Undici & { default?: Partial<Undici> } = await import('undici');
  return ns.default?.ProxyAgent ? (ns.default as Undici) : ns;
}

/**
 * Passing `ca` replaces Node's trust store for the connection, so the default roots (and, where
 * Node can tell us, NODE_EXTRA_CA_CERTS and the system store) are put back alongside the file.
 */
function trustedRoots(caFile: string, env: TransportOptions['env']): string[] {
  const own = readCaBundle(caFile);
  const getCACertificates = (tls as { getCACertificates?: (type: 'default') => string[] }).getCACertificates;
  const defaults = getCACertificates ? getCACertificates('default') : [...tls.rootCertificates];
  // Node 20 has no getCACertificates, and rootCertificates lacks NODE_EXTRA_CA_CERTS; Node itself only warns about a bad one.
  const extraPath = env.NODE_EXTRA_CA_CERTS;
  return [...defaults, ...(extraPath && !getCACertificates ? extraRoots(extraPath) : []), ...own];
}

function extraRoots(path: string): string[] {
  try {
    return readCaBundle(path, 'NODE_EXTRA_CA_CERTS');
  } catch {
    return [];
  }
}

/**
 * The certificates of a PEM bundle: a regular file under the size cap holding at least one
 * certificate, or an InputError naming the setting. Also called while settings are resolved, so a
 * bad CA_FILE is exit 2 before anything is sent.
 */
/** Read once per run: the early check (exit 2 before anything is sent) and every client's dispatcher share it. */
const bundles = new Map<string, string[]>();

export function readCaBundle(path: string, setting = 'CA_FILE'): string[] {
  const known = bundles.get(path);
  if (known) return known;
  const text = readBoundedFile(path, { setting, what: 'a PEM bundle of CA certificates', maxBytes: MAX_CA_BUNDLE_BYTES });
  const certs = text.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g);
  if (!certs) throw new InputError(`${setting} contains no PEM certificate ("-----BEGIN CERTIFICATE-----")`, { source: path });
  bundles.set(path, certs);
  return certs;
}
