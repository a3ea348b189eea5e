import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  verifyWebexSignature,
  webexSignature,
} from '../../../src/channels/webex/verifySignature.ts';
import { messageText, renderWebex } from '../../../src/channels/webex/renderWebex.ts';

const SECRET = 'webex-secret';
const BODY = Buffer.from('{"resource":"messages","event":"created"}');
const GOOD = createHmac('sha1', SECRET).update(BODY).digest('hex');

describe('verifyWebexSignature', () => {
  it('is the hex HMAC-SHA1 of the raw body', () => {
    expect(webexSignature(SECRET, BODY)).toBe(GOOD);
    expect(verifyWebexSignature(SECRET, GOOD, BODY)).toBe('ok');
    expect(verifyWebexSignature(SECRET, GOOD.toUpperCase(), BODY)).toBe('ok');
  });

  it.each([
    ['absent', null, BODY, 'missing'],
    ['empty', '', BODY, 'missing'],
    ['short', GOOD.slice(0, 20), BODY, 'malformed'],
    ['SHA-256 length', 'a'.repeat(64), BODY, 'malformed'],
    ['wrong', `${GOOD.slice(0, -1)}${GOOD.endsWith('0') ? '1' : '0'}`, BODY, 'invalid'],
    [
      'of a re-serialised body',
      GOOD,
      Buffer.from('{"resource": "messages", "event": "created"}'),
      'invalid',
    ],
  ] as const)('%s → %s', (_name, signature, body, expected) => {
    expect(verifyWebexSignature(SECRET, signature, body)).toBe(expected);
  });
});

describe('Webex rendering', () => {
  it('drops the leading mention of the bot and the tags', () => {
    const html =
      '<p><spark-mention data-object-type="person" data-object-id="B1">AVP Bot</spark-mention> quels postes à <b>Nouméa</b> ?</p>';
    expect(messageText('AVP Bot quels postes à Nouméa ?', html)).toBe('quels postes à Nouméa ?');
    expect(messageText('  bonjour ', null)).toBe('bonjour');
  });

  it('lists quick replies under the answer and escapes markdown', () => {
    const out = renderWebex({
      text: 'Poste *A*',
      offers: [],
      suggestions: [],
      quickReplies: ['Aide', 'Offres ouvertes'],
      intent: 'x',
    });
    expect(out.markdown).toBe(
      'Poste \\*A\\*\n\nVous pouvez aussi demander :\n- Aide\n- Offres ouvertes',
    );
    expect(out.text).toContain('- Offres ouvertes');
  });
});
