import { describe, expect, it } from 'vitest';
import { frameAncestorSources, mayFrame } from '../../../src/channels/web/embedStatus.ts';

const SELF = 'https://avp.exemple.nc';
const CSP =
  "default-src 'self';frame-ancestors 'self' https://partenaire.nc https://*.gouv.nc http://intranet.nc:8080;object-src 'none'";

describe('mayFrame: the browser’s frame-ancestors decision, ahead of time', () => {
  const cases: [
    origin: string | undefined,
    headers: { csp?: string; xFrameOptions?: string },
    allowed: boolean,
  ][] = [
    ['https://partenaire.nc', { csp: CSP }, true],
    ['https://partenaire.nc:443', { csp: CSP }, true],
    ['https://www.gouv.nc', { csp: CSP }, true],
    ['https://a.b.gouv.nc', { csp: CSP }, true],
    ['http://intranet.nc:8080', { csp: CSP }, true],
    [SELF, { csp: CSP }, true],
    // negatives
    ['https://gouv.nc', { csp: CSP }, false],
    ['https://evilgouv.nc', { csp: CSP }, false],
    ['http://partenaire.nc', { csp: CSP }, false],
    ['https://partenaire.nc:8443', { csp: CSP }, false],
    ['http://intranet.nc', { csp: CSP }, false],
    ['https://partenaire.nc.evil.com', { csp: CSP }, false],
    ['null', { csp: CSP }, false],
    [undefined, { csp: CSP }, false],
    ['pas une origine', { csp: CSP }, false],
    ['https://autre.nc', { csp: "frame-ancestors 'self'" }, false],
    // without frame-ancestors: X-Frame-Options (own origin only), else anyone
    ['https://autre.nc', { xFrameOptions: 'SAMEORIGIN' }, false],
    [SELF, { xFrameOptions: 'SAMEORIGIN' }, true],
    ['https://autre.nc', {}, true],
  ];
  it.each(cases)('%s with %o → %s', (origin, headers, allowed) => {
    expect(mayFrame(headers, origin, SELF)).toBe(allowed);
  });

  it('reads the sources of frame-ancestors, or null when the policy has none', () => {
    expect(frameAncestorSources(CSP)).toEqual([
      "'self'",
      'https://partenaire.nc',
      'https://*.gouv.nc',
      'http://intranet.nc:8080',
    ]);
    expect(frameAncestorSources("default-src 'self'")).toBeNull();
    expect(frameAncestorSources(undefined)).toBeNull();
  });
});
