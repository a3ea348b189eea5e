import { cleanInline, isBullet, sectionLabelAtStart, type OfferDocument } from './document.ts';
import type { SectionKey } from './labels.ts';
import type { FieldParser } from './types.ts';

interface Section {
  key: SectionKey;
  bullets: string[];
  paragraphs: string[];
}

const ENDS_SENTENCE = /[.;:!?]$/;

function stripBullet(line: string): string {
  return cleanInline(line.replace(/^[\s>]*(?:[-–•●▪◦*]|\d+[.)])\s*/, ''));
}

/** The list an item was last added to, and the last line added to that item. */
interface LastItem {
  list: string[];
  /** Checked instead of the whole item: reading the end of a long joined string flattens it each time. */
  tail: string;
}

/** Adds a line to a section, joining it to the previous item when it merely continues it. */
function addLine(
  section: Section,
  text: string,
  bullet: boolean,
  last: LastItem | null,
): LastItem | null {
  if (text === '') return last;
  const previous = last?.list.at(-1);
  if (
    !bullet &&
    last &&
    previous !== undefined &&
    /^\p{Ll}/u.test(text) &&
    !ENDS_SENTENCE.test(last.tail)
  ) {
    last.list[last.list.length - 1] = `${previous} ${text}`;
    return { list: last.list, tail: text };
  }
  const list = bullet ? section.bullets : section.paragraphs;
  list.push(text);
  return { list, tail: text };
}

/** Splits the document in labelled sections, with their bullets and paragraphs. */
export function readSections(doc: OfferDocument): Section[] {
  const sections: Section[] = [];
  let current: Section | null = null;
  let last: LastItem | null = null;
  doc.lines.forEach((line, i) => {
    const first = doc.hits[i]?.[0];
    if (first?.atLineStart && first.kind === 'section') {
      // "Profil du candidat Savoir / Connaissance ...": the second label opens the section.
      const second = sectionLabelAtStart(first.value);
      const inner = second !== null && second !== first.key ? second : null;
      current = { key: inner ?? (first.key as SectionKey), bullets: [], paragraphs: [] };
      sections.push(current);
      const inline = inner ? '' : first.value.replace(/^[\s:]+/, '');
      const asBullet = isBullet(line) || /^[•●▪◦]/.test(inline);
      last = addLine(current, asBullet ? stripBullet(inline) : inline, asBullet, null);
      return;
    }
    if (current === null || (first?.atLineStart && first.kind === 'field')) return;
    if (line.trim() === '') return;
    const bullet = isBullet(line);
    last = addLine(current, bullet ? stripBullet(line) : cleanInline(line), bullet, last);
  });
  return sections;
}

/** A section's items: its bullets, or its real paragraphs when it has no bullet. */
function items(section: Section): string[] {
  if (section.bullets.length > 0) return section.bullets;
  return section.paragraphs.filter((p) => !p.endsWith(':') && p.split(' ').length >= 3);
}

/**
 * Missions (bullets under "Missions" and "Activités principales") and
 * requirements (bullets under "Savoir / Connaissance / Diplôme exigé"). A section
 * without bullets gives its paragraphs; an absent section gives an empty list.
 */
export const sectionsParser: FieldParser = {
  name: 'sections',
  parse({ doc }, draft) {
    const sections = readSections(doc);
    draft.missions = sections
      .filter((s) => s.key === 'missions' || s.key === 'activities')
      .flatMap(items);
    draft.requirements = sections.filter((s) => s.key === 'requirements').flatMap(items);
  },
};
