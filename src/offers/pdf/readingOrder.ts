/**
 * The reading order of a PDF page rebuilt from its positioned text runs, as text lines the
 * document parser reads like a text document. Pure: runs in, lines out.
 *
 * Runs are grouped in lines by their baseline, then by x; a line whose runs are split by a wide
 * gap has several columns. Consecutive lines sharing column starts form a region: with two
 * columns whose right-hand blocks start on the rows of short left-hand blocks, it is a
 * label/value table and each row gives "Label : value"; otherwise (flowing columns) it is read
 * column by column. In a column, a line filled to its right edge (the next word would not have
 * fitted) and close to the next one continues there: the two are joined; a wide vertical gap is
 * a blank line.
 */

/** One piece of text as the PDF places it. Coordinates in points, from the page's top left. */
export interface TextRun {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline, from the top of the page. */
  y: number;
  width: number;
  /** Font size (the run's height). */
  size: number;
  /** Page number, from 1. */
  page: number;
}

// Distances in font sizes (em) of the line at hand.
/** Runs whose baselines are this close are on one line (subscripts, mixed fonts). */
const SAME_LINE = 0.3;
/** A gap wider than this between two runs of a line is a space. */
const WORD_GAP = 0.15;
/** A gap wider than this between two runs of a line separates two columns. */
const COLUMN_GAP = 1.5;
/** Baselines at most this far apart may be one wrapped line (single spacing is 1.15–1.25). */
const WRAP_STEP = 1.35;
/** Baselines at least this far apart have a blank line between them (a paragraph break). */
const BLANK_STEP = 2;
/** A column start within this many points of another is the same column. */
const ALIGN_PT = 2;
/** A table's labels take at most this many lines each; longer left blocks are flowing text. */
const MAX_LABEL_LINES = 3;
/**
 * Slack on the right edge: widths of words are estimated from their run's mean character width,
 * which a word of wide letters ("développement") exceeds by ~10 %, and the edge is the widest
 * line seen, at most the real one.
 */
const FIT_SLACK = 1.5;

const BULLET = /^(?:[-–•●▪◦*]|\d+[.)])(?:\s|$)/;

interface Segment {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Estimated width of the first word and the space before it. */
  firstWord: number;
}

interface Line {
  y: number;
  size: number;
  segments: Segment[];
}

/** A paragraph of one column: joined lines, the line it starts on, and a blank line before it. */
interface Block {
  text: string;
  first: number;
  lines: number;
  blankBefore: boolean;
}

/** Text lines in reading order; a blank line (`''`) stands for a paragraph break. */
export function readingOrder(runs: readonly TextRun[]): string[] {
  const out: string[] = [];
  const pages = [...new Set(runs.map((r) => r.page))].sort((a, b) => a - b);
  for (const page of pages) {
    const lines = toLines(runs.filter((r) => r.page === page && r.text.trim() !== ''));
    let previous: Line | null = null;
    for (const region of toRegions(lines)) {
      const first = region.lines[0] as Line;
      const blank = previous !== null && first.y - previous.y >= BLANK_STEP * first.size;
      emit(out, regionText(region), blank);
      previous = region.lines.at(-1) ?? previous;
    }
  }
  while (out.at(-1) === '') out.pop();
  return out;
}

function emit(out: string[], blocks: Block[], blankBefore: boolean): void {
  blocks.forEach((block, i) => {
    if ((block.blankBefore || (i === 0 && blankBefore)) && out.length > 0 && out.at(-1) !== '')
      out.push('');
    out.push(block.text);
  });
}

/** Runs grouped in lines (by baseline, then x), each split in segments at wide gaps. */
function toLines(runs: readonly TextRun[]): Line[] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of sorted) {
    const group = groups.at(-1);
    const head = group?.[0];
    if (group && head && run.y - head.y <= SAME_LINE * Math.max(run.size, head.size))
      group.push(run);
    else groups.push([run]);
  }
  return groups.map((group) => {
    const inLine = group.sort((a, b) => a.x - b.x);
    const size = Math.max(...inLine.map((r) => r.size));
    const segments: Segment[] = [];
    let current: { runs: TextRun[]; right: number } | null = null;
    for (const run of inLine) {
      if (current && run.x - current.right <= COLUMN_GAP * size) {
        current.runs.push(run);
        current.right = Math.max(current.right, run.x + run.width);
      } else {
        if (current) segments.push(segmentOf(current.runs, size));
        current = { runs: [run], right: run.x + run.width };
      }
    }
    if (current) segments.push(segmentOf(current.runs, size));
    return { y: inLine[0]?.y ?? 0, size, segments };
  });
}

function segmentOf(runs: readonly TextRun[], size: number): Segment {
  let text = '';
  let right = -Infinity;
  for (const run of runs) {
    const spaced = text !== '' && run.x - right > WORD_GAP * size;
    text += (spaced ? ' ' : '') + run.text;
    right = Math.max(right, run.x + run.width);
  }
  const first = runs[0] as TextRun;
  const clean = text.replace(/\s+/g, ' ').trim();
  // Mean character width over the whole segment: a first run may be a ligature glyph alone ("ff").
  const perChar = (right - first.x) / Math.max(1, clean.length);
  const word = /^\S+/.exec(clean)?.[0].length ?? 0;
  return { text: clean, x: first.x, right, y: first.y, size, firstWord: (word + 1) * perChar };
}

interface Region {
  lines: Line[];
  /** Column starts (x), left to right. */
  columns: number[];
}

function columnOf(columns: readonly number[], x: number): number {
  return columns.findIndex((c) => Math.abs(c - x) <= ALIGN_PT);
}

/**
 * Consecutive lines sharing column starts. A line of one segment stays in a region of columns
 * when it starts on one of them, ends before the next, and follows without a paragraph gap.
 */
function toRegions(lines: readonly Line[]): Region[] {
  const regions: Region[] = [];
  for (const line of lines) {
    const region = regions.at(-1);
    const last = region?.lines.at(-1);
    const close = last !== undefined && line.y - last.y < BLANK_STEP * line.size;
    if (line.segments.length > 1) {
      const fits =
        region !== undefined &&
        region.columns.length > 1 &&
        close &&
        line.segments.every((s) => columnOf(region.columns, s.x) >= 0);
      if (fits) region.lines.push(line);
      else regions.push({ lines: [line], columns: line.segments.map((s) => s.x) });
      continue;
    }
    const segment = line.segments[0] as Segment;
    const column = region ? columnOf(region.columns, segment.x) : -1;
    const next = region?.columns[column + 1] ?? Infinity;
    if (region && region.columns.length > 1 && close && column >= 0 && segment.right < next)
      region.lines.push(line);
    else if (region && region.columns.length === 1) region.lines.push(line);
    else regions.push({ lines: [line], columns: [segment.x] });
  }
  return regions;
}

/** A region's paragraphs in reading order: table rows as "Label : value", else column by column. */
function regionText(region: Region): Block[] {
  const columns = region.columns.map((_, k) =>
    blocksOf(
      region.lines.flatMap((line, i) => {
        const inColumn = line.segments.filter(
          (s) => (region.columns.length === 1 ? 0 : columnOf(region.columns, s.x)) === k,
        );
        return inColumn.map((segment) => ({ line: i, segment }));
      }),
    ),
  );
  const [labels, values] = columns;
  if (columns.length === 2 && labels && values && isTable(labels, values))
    return labels.map((label, i) => {
      const end = labels[i + 1]?.first ?? Infinity;
      const value = values
        .filter((v) => v.first >= label.first && v.first < end)
        .map((v) => v.text)
        .join(' ');
      const name = label.text.replace(/\s*:$/, '');
      // Rows are spaced by the taller of their cells: only the region's own gap is a blank line.
      const text = value === '' ? label.text : `${name} : ${value}`;
      return { ...label, text, blankBefore: false };
    });
  return columns.flat();
}

/** Two columns are a label/value table when every value starts on a label's row and labels are short. */
function isTable(labels: readonly Block[], values: readonly Block[]): boolean {
  const rows = new Set(labels.map((b) => b.first));
  return labels.every((b) => b.lines <= MAX_LABEL_LINES) && values.every((b) => rows.has(b.first));
}

/** A column's lines joined in paragraphs where a line was wrapped. */
function blocksOf(entries: ReadonlyArray<{ line: number; segment: Segment }>): Block[] {
  const edge = Math.max(...entries.map((e) => e.segment.right));
  const blocks: Block[] = [];
  let previous: Segment | null = null;
  for (const { line, segment } of entries) {
    const block = blocks.at(-1);
    const step = previous ? segment.y - previous.y : 0;
    const wrapped =
      previous !== null &&
      block !== undefined &&
      step <= WRAP_STEP * segment.size &&
      !BULLET.test(segment.text) &&
      previous.right + segment.firstWord + FIT_SLACK * segment.size > edge;
    if (wrapped && block) {
      // A line broken after a word's own hyphen ("primo-" / "information") joins without a space.
      const glue = /\p{L}-$/u.test(block.text) && /^\p{L}/u.test(segment.text) ? '' : ' ';
      block.text = `${block.text}${glue}${segment.text}`;
      block.lines += 1;
    } else
      blocks.push({
        text: segment.text,
        first: line,
        lines: 1,
        blankBefore: previous !== null && step >= BLANK_STEP * segment.size,
      });
    previous = segment;
  }
  return blocks;
}
