import { foldSameLength } from './frenchDate.ts';
import { FIELD_LABELS, SECTION_LABELS, type FieldKey, type SectionKey } from './labels.ts';

/** One label found on a line, with the raw text up to the next label of the line. */
export interface LabelHit {
  kind: 'field' | 'section';
  key: FieldKey | SectionKey;
  line: number;
  /** Where the label starts and ends in the line's text. */
  start: number;
  end: number;
  /** True when the label opens its line (after markdown markers). */
  atLineStart: boolean;
  /** Cleaned text after the label (leading colon removed), up to the next label of the line. */
  value: string;
  /** Cleaned label and value together. */
  full: string;
}

/** A document prepared for the field parsers: cleaned lines and their labels. */
export interface OfferDocument {
  /** Source text, NFC, markdown escapes and links resolved, `**` kept. */
  lines: string[];
  hits: LabelHit[][];
}

interface CompiledLabel {
  kind: 'field' | 'section';
  key: FieldKey | SectionKey;
  pattern: RegExp;
  length: number;
  /** The first character of the folded label. */
  first: string;
}

function labelPattern(label: string): string {
  const folded = foldSameLength(label.normalize('NFC'))
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/\s*\/\s*/g, '\\s*/\\s*')
    .replace(/ +/g, '[\\s*]+')
    .replace(/\\\(s\\\)/g, '(?:\\(s\\)|s)?');
  return `${folded}(?![\\p{L}\\p{N}])`;
}

const COMPILED: CompiledLabel[] = [
  ...Object.entries(FIELD_LABELS).flatMap(([key, spellings]) =>
    spellings.map((s) => ({ kind: 'field' as const, key: key as FieldKey, s })),
  ),
  ...Object.entries(SECTION_LABELS).flatMap(([key, spellings]) =>
    spellings.map((s) => ({ kind: 'section' as const, key: key as SectionKey, s })),
  ),
]
  .sort((a, b) => b.s.length - a.s.length)
  .map(({ kind, key, s }) => ({
    kind,
    key,
    pattern: new RegExp(labelPattern(s), 'uy'),
    length: s.length,
    first: foldSameLength(s.normalize('NFC')).charAt(0),
  }));

/** The labels by the first character of their folded spelling, longest first: a line's character picks a few. */
const BY_FIRST_CHAR = new Map<string, CompiledLabel[]>();
for (const label of COMPILED) {
  BY_FIRST_CHAR.set(label.first, [...(BY_FIRST_CHAR.get(label.first) ?? []), label]);
}

const LINE_START = /^[\s#>*]*/;

/** Removes markdown emphasis and heading marks, and collapses blanks. */
export function cleanInline(text: string): string {
  return text
    .replace(/\*\*|__/g, '')
    .replace(/^[\s#>]+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function labelAt(folded: string, at: number): (CompiledLabel & { end: number }) | null {
  for (const label of BY_FIRST_CHAR.get(folded.charAt(at)) ?? []) {
    label.pattern.lastIndex = at;
    if (label.pattern.test(folded)) return { ...label, end: label.pattern.lastIndex };
  }
  return null;
}

/** Label positions on one line: at its start (fields not in bullets) or right after a `**`. */
function findHits(line: string, index: number): LabelHit[] {
  if (line === '') return [];
  const folded = foldSameLength(line);
  const found: Array<{ label: CompiledLabel; start: number; end: number; atLineStart: boolean }> =
    [];
  const start = LINE_START.exec(line)?.[0].length ?? 0;
  const first = labelAt(folded, start);
  if (first) found.push({ label: first, start, end: first.end, atLineStart: true });
  else {
    const bullet = /^[\s#>*]*(?:[-–•●▪◦]|\d+[.)])[\s*]*/.exec(line)?.[0].length ?? 0;
    const inBullet = bullet > start ? labelAt(folded, bullet) : null;
    if (inBullet?.kind === 'section')
      found.push({ label: inBullet, start: bullet, end: inBullet.end, atLineStart: true });
  }
  let marks = 0;
  // Labels are found left to right: only the last one can still cover `at` (no rescan of them all).
  let covered = found[0]?.end ?? 0;
  for (const m of line.matchAll(/\*\*\s*/g)) {
    if (marks++ % 2 === 1) continue; // a closing `**`: what follows is a value
    const at = (m.index ?? 0) + m[0].length;
    if (at < covered) continue;
    const label = labelAt(folded, at);
    if (label) {
      found.push({ label, start: at, end: label.end, atLineStart: false });
      covered = label.end;
    }
  }
  return found.map((f, i) => {
    const next = found[i + 1]?.start ?? line.length;
    const value = cleanInline(line.slice(f.end, next))
      .replace(/^[:\s]+/, '')
      .trim();
    const full = cleanInline(line.slice(f.start, next));
    return {
      kind: f.label.kind,
      key: f.label.key,
      line: index,
      start: f.start,
      end: f.end,
      atLineStart: f.atLineStart,
      value,
      full,
    };
  });
}

/**
 * Splits the text in lines, resolves markdown escapes and links, and finds the labels. Every
 * pattern here runs on untrusted text and stays linear: the link text stops at the next `[` (from
 * each `[` of a run, `[^\]]*` rescanned the rest of the line), trailing blanks go by `trimEnd()`
 * (`/\s+$/` rescans a run of blanks inside a line from each of its characters).
 */
export function prepareDocument(text: string): OfferDocument {
  const lines = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/\\([\\'"*_#[\]()<>.-])/g, '$1')
        .replace(/\[([^\][]*)\]\((?:[^()\s]|\([^()\s]*\))*\)/g, '$1')
        .trimEnd(),
    );
  return { lines, hits: lines.map((line, i) => findHits(line, i)) };
}

/** True for a bullet line (`- `, `● `, `1. `...). */
export function isBullet(line: string): boolean {
  return /^[\s>]*(?:[-–•●▪◦*](?!\*)|\d+[.)])\s*\S/.test(line);
}

/** The section label opening a cleaned text ("Savoir / Connaissance ... :"), if any. */
export function sectionLabelAtStart(text: string): SectionKey | null {
  const label = labelAt(foldSameLength(text), 0);
  return label?.kind === 'section' ? (label.key as SectionKey) : null;
}
