/**
 * E-mail addresses found in a text, by scanning around each `@` (no regular
 * expression): linear in the text's length whatever the text, since the scan left
 * of an `@` stops at the previous `@` and both scans are bounded.
 */

const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

function isLocalChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || // 0-9
    (code >= 65 && code <= 90) || // A-Z
    (code >= 97 && code <= 122) || // a-z
    code === 46 || // .
    code === 95 || // _
    code === 37 || // %
    code === 43 || // +
    code === 45 // -
  );
}

function isDomainChar(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    code === 46 ||
    code === 45
  );
}

/** An e-mail address and where it starts in the text. */
export interface FoundEmail {
  value: string;
  index: number;
}

function validDomain(domain: string): boolean {
  const labels = domain.split('.');
  const tld = labels.at(-1) ?? '';
  return (
    labels.length >= 2 &&
    labels.every((l) => l !== '' && !l.startsWith('-') && !l.endsWith('-')) &&
    /^[A-Za-z]{2,24}$/.test(tld)
  );
}

/**
 * Every e-mail address of a text, as written, in order.
 *
 * @example
 * findEmails('Mail : DRH-candidature@opt.nc') // [{ value: 'DRH-candidature@opt.nc', index: 7 }]
 */
export function findEmails(text: string): FoundEmail[] {
  const found: FoundEmail[] = [];
  let at = text.indexOf('@');
  while (at !== -1) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at <= MAX_DOMAIN && isDomainChar(text.charCodeAt(end))) end++;
    const tooLong =
      (start > 0 && isLocalChar(text.charCodeAt(start - 1))) ||
      (end < text.length && isDomainChar(text.charCodeAt(end)));
    while (start < at && text.charCodeAt(start) === 46) start++; // no leading dot
    const domain = text.slice(at + 1, end).replace(/[.-]+$/, '');
    if (!tooLong && start < at && validDomain(domain)) {
      found.push({ value: `${text.slice(start, at)}@${domain}`, index: start });
    }
    at = text.indexOf('@', at + 1);
  }
  return found;
}

/** The first e-mail address of a text, or null. */
export function firstEmail(text: string): string | null {
  return findEmails(text)[0]?.value ?? null;
}
