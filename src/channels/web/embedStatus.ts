import type { Request, RequestHandler } from 'express';

/** One CSP source expression of `frame-ancestors` as configured: `https://exemple.nc`, `https://*.exemple.nc:8443`. */
const SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9.-]+)(?::(\d{1,5}))?$/i;
const DEFAULT_PORT: Record<string, string> = { 'http:': '80', 'https:': '443' };

/** The sources of the `frame-ancestors` directive of a CSP header, or null when it has none. */
export function frameAncestorSources(csp: string | undefined): string[] | null {
  for (const directive of (csp ?? '').split(';')) {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name?.toLowerCase() === 'frame-ancestors') return sources;
  }
  return null;
}

function matches(source: string, origin: URL, self: string): boolean {
  if (source === "'self'") return origin.origin === self;
  if (source === '*') return true;
  const m = SOURCE.exec(source);
  if (!m) return false;
  const [, scheme, wildcard, host, port] = m;
  if (origin.protocol !== `${scheme!.toLowerCase()}:`) return false;
  const name = host!.toLowerCase();
  const hostOk = wildcard ? origin.hostname.endsWith(`.${name}`) : origin.hostname === name;
  const originPort = origin.port || DEFAULT_PORT[origin.protocol];
  return hostOk && originPort === (port ?? DEFAULT_PORT[origin.protocol]);
}

/**
 * Whether a page of `origin` may frame this site, as the browser will decide it from the
 * headers already set on this response: CSP `frame-ancestors` when present, else
 * X-Frame-Options (any value allows our own origin only), else anyone.
 */
export function mayFrame(
  headers: { csp?: string; xFrameOptions?: string },
  origin: string | undefined,
  self: string,
): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin ?? '');
  } catch {
    return false;
  }
  if (parsed.origin === 'null') return false;
  const sources = frameAncestorSources(headers.csp);
  if (sources) return sources.some((s) => matches(s, parsed, self));
  return headers.xFrameOptions ? parsed.origin === self : true;
}

const header = (value: unknown): string | undefined =>
  Array.isArray(value) ? value.join(', ') : typeof value === 'string' ? value : undefined;

const selfOrigin = (req: Request): string => `${req.protocol}://${req.get('host') ?? ''}`;

/**
 * `GET /embed-status` → `{ allowed }`: may the page asking (its Origin header) show the chat in
 * a frame? embed.js asks before opening, so a site that is not allowed gets a plain French
 * notice instead of a broken frame. Readable from any origin; it tells nothing the CSP
 * header of every page does not already say.
 */
export function embedStatus(): RequestHandler {
  return (req, res) => {
    const allowed = mayFrame(
      {
        csp: header(res.getHeader('Content-Security-Policy')),
        xFrameOptions: header(res.getHeader('X-Frame-Options')),
      },
      req.get('origin'),
      selfOrigin(req),
    );
    res.setHeader('Access-Control-Allow-Origin', '*');
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin');
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('Vary', 'Origin');
    res.json({ allowed });
  };
}
