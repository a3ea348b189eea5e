import type { ParseContext } from '../types.ts';
import {
  capitalise,
  escapeRegExp,
  expansionBefore,
  fold,
  joinedLines,
  lineAt,
  ORG_WORDS,
  phraseAlternation,
  quoteLine,
  sentenceCase,
  startsWithDirectionWord,
  startsWithUnitWord,
  TRAILING_PUNCTUATION,
  tidy,
  titleOf,
  titleParts,
  trimChars,
  labelLine,
  foldJoined,
} from './orgText.ts';
import type { Sourced } from './sourced.ts';
import { readSupervisor } from './supervisor.ts';

/** The unit below the direction the post belongs to: "Section Marketing", "Agence Entreprises". */
export type Service = string;

const ORG_LABEL = new RegExp(`^(?:${phraseAlternation(ORG_WORDS.organisationLabels)})(?![a-z])`);
const ACRONYM = /^\p{Lu}{2,8}$/u;
const UNIT_ALTERNATION = ORG_WORDS.unitWords.map((w) => escapeRegExp(fold(w))).join('|');
const HEADS = ORG_WORDS.functionHeads.map((w) => escapeRegExp(fold(w))).join('|');
const HEAD = new RegExp(`^(?:${HEADS})(?![a-z])`);
/** "de service", "section": the unit word of a function title ("chef de service"). */
const TITLE_UNIT = new RegExp(`^ (?:de |d')?(?:${UNIT_ALTERNATION})(?![a-z])`);
const ARTICLE = /^ (?:de la |de l'|du |des |d'|de )/;
const SENTENCE = new RegExp(
  `(?:^|[.:;] )(?:${phraseAlternation(ORG_WORDS.serviceSentence.opening)}) (.{5,200}?) (?:${phraseAlternation(ORG_WORDS.serviceSentence.closing)})`,
  'dg',
);

/** What an acronym stands for in the document: "CERT" → "Centre d'exploitation ... (CERT)". */
function expandInDocument(text: string, acronym: string): string | null {
  for (const m of text.matchAll(new RegExp(`\\(${escapeRegExp(acronym)}\\)`, 'g'))) {
    const expansion = expansionBefore(text, m.index ?? 0, acronym);
    if (expansion) return `${sentenceCase(expansion)} (${acronym})`;
  }
  return null;
}

/** "centre CPMC" written somewhere: the unit word an unexpanded acronym goes with. */
function unitWithAcronym(text: string, acronym: string): string | null {
  const pattern = new RegExp(
    `(?<![a-z])(?:${UNIT_ALTERNATION}) ${escapeRegExp(fold(acronym))}(?![a-z])`,
  );
  const m = pattern.exec(foldJoined(text));
  if (!m) return null;
  const found = text.slice(m.index, m.index + m[0].length);
  return found.endsWith(acronym) ? capitalise(found) : null;
}

/** A unit named by the document's words (a unit word, or an acronym it expands). */
function unitOf(words: string, text: string): string | null {
  const value = trimChars(tidy(words), TRAILING_PUNCTUATION);
  if (startsWithUnitWord(value)) return capitalise(value);
  if (ACRONYM.test(value)) return expandInDocument(text, value) ?? unitWithAcronym(text, value);
  return null;
}

/** "Unité organisationnelle : Section Marketing" (not when it names the direction). */
function fromOrganisationLine(context: ParseContext): Sourced<Service> | null {
  const { lines } = context.doc;
  for (let i = 0; i < lines.length; i++) {
    const { text, folded } = labelLine(lines[i] ?? '');
    const m = ORG_LABEL.exec(folded);
    if (!m) continue;
    const value = trimChars(text.slice(m[0].length), `${TRAILING_PUNCTUATION}/`);
    if (!/\p{L}/u.test(value) || startsWithDirectionWord(value)) return null;
    return { value: capitalise(value), quote: quoteLine(context, i) };
  }
  return null;
}

/** The unit closing the title ("... – Service pilotage et performance"); null: none; false: the direction. */
function fromTitle(context: ParseContext, text: string): Sourced<Service> | null | false {
  const title = titleOf(context);
  if (!title) return null;
  const { parts } = titleParts(title.text);
  for (let k = 1; k < parts.length; k++) {
    const part = parts[k];
    if (!part) continue;
    if (startsWithDirectionWord(part.text)) return false; // "... - Direction": attached to it
    if (startsWithUnitWord(part.text)) {
      const value = parts
        .slice(k)
        .map((p, n) => (n === 0 ? p.text : `${p.dash}${p.text}`))
        .join('');
      return { value: capitalise(value), quote: quoteLine(context, title.line) };
    }
    if (k === parts.length - 1 && ACRONYM.test(part.text)) {
      const unit = unitOf(part.text, text);
      if (unit) return { value: unit, quote: quoteLine(context, title.line) };
    }
  }
  return null;
}

/** The unit named with the superior's function: "chef du service X", "responsable du BRP". */
function fromSupervisor(context: ParseContext, text: string): Sourced<Service> | null {
  const supervisor = readSupervisor(context);
  if (!supervisor) return null;
  const written = supervisor.value;
  const folded = fold(written);
  const head = HEAD.exec(folded);
  if (!head) return null;
  let at = head[0].length;
  const titleUnit = TITLE_UNIT.exec(folded.slice(at));
  if (titleUnit) {
    at += titleUnit[0].length;
    const word = written.slice(at - titleUnit[0].length).replace(/^ (?:de |d')?/i, '');
    // "Chef de service Pilotage et Performance": the unit is named right after the title.
    if (folded.charAt(at) === ' ' && !ARTICLE.test(folded.slice(at))) {
      return { value: capitalise(word), quote: supervisor.quote };
    }
  }
  const article = ARTICLE.exec(folded.slice(at));
  if (!article) return null;
  const unit = unitOf(written.slice(at + article[0].length), text);
  return unit ? { value: unit, quote: supervisor.quote } : null;
}

/** "Le service en charge de ... a pour missions" in the details. */
function fromSentence(context: ParseContext): Sourced<Service> | null {
  const { text, starts } = joinedLines(context);
  for (const m of foldJoined(text).matchAll(SENTENCE)) {
    const [start, end] = m.indices?.[0] ?? [0, 0];
    const opening = fold(text.slice(start, end)).search(/[a-z]/);
    const closing = (m.indices?.[1]?.[1] ?? end) - start;
    const words = text.slice(start + opening, start + closing);
    const value = tidy(words.replace(/^\p{L}+\s/u, ''));
    if (startsWithUnitWord(value))
      return {
        value: capitalise(value),
        quote: quoteLine(context, lineAt(starts, start + opening)),
      };
  }
  return null;
}

/**
 * The service (section, pôle, agence, centre, bureau, zone...) below the direction, by the
 * first of: the "Unité organisationnelle" line unless it names the direction; the unit closing
 * the title ("DPSP – Chef de projet – Service Pilotage et Performance"; an acronym there is
 * expanded from the document: "CERT" → "Centre d'exploitation ... (CERT)"; a title closing on
 * "- Direction" means no service); the unit of the superior's function ("sous l'autorité du
 * chef du service X"); a "Le service ... a pour missions" sentence. Null otherwise.
 */
export function readService(context: ParseContext): Sourced<Service> | null {
  const organisation = fromOrganisationLine(context);
  if (organisation) return organisation;
  const { text } = joinedLines(context);
  const title = fromTitle(context, text);
  if (title === false) return null;
  return title ?? fromSupervisor(context, text) ?? fromSentence(context);
}

/** The service from a bare value (the feed's `service_libelle`): null when empty or a direction. */
export function serviceOf(text: string | null): Sourced<Service> | null {
  if (!text) return null;
  const value = trimChars(tidy(text), `${TRAILING_PUNCTUATION}/`);
  if (!/\p{L}/u.test(value) || startsWithDirectionWord(value)) return null;
  return { value: capitalise(value), quote: tidy(text) };
}
