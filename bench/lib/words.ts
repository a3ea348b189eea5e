import type { BenchServer } from './server.ts';
import { type Row, mb } from './stats.ts';

/** One flood: how many distinct words of which length each question holds. */
export interface WordsPhase {
  name: string;
  wordsPerQuestion: number;
  wordLength: number;
}

/** Six new 60-letter words a question, then one new 500-letter word (the channels' cap). */
export const WORDS_PHASES: readonly WordsPhase[] = [
  { name: '6 words of 60 letters', wordsPerQuestion: 6, wordLength: 60 },
  { name: '1 word of 500 letters', wordsPerQuestion: 1, wordLength: 500 },
];

export interface WordsOptions {
  /** Length of each phase, in seconds. */
  seconds: number;
  /** Clients posting at once, each in its own conversation. */
  clients: number;
  /** Heap sampled this often (from /metrics). */
  sampleMs: number;
  log: (line: string) => void;
}

const LETTERS = 'bcdfghjklmnpqrstvwxz';
const VOWELS = 'aeiou';

/** The `n`-th distinct word of `length` letters: `n` in consonant-vowel syllables, then filler. */
function distinctWord(n: number, length: number): string {
  let word = '';
  for (let rest = n; word.length < 8 || rest > 0; rest = Math.floor(rest / LETTERS.length))
    word += LETTERS.charAt(rest % LETTERS.length) + VOWELS.charAt(rest % VOWELS.length);
  const filler = 'constitutionnellement';
  while (word.length < length) word += filler;
  return word.slice(0, length);
}

/** `nodejs_heap_size_used_bytes` from the server's /metrics (0 when absent). */
async function heapUsed(port: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  return Number(/^nodejs_heap_size_used_bytes (\d+)/m.exec(text)?.[1] ?? 0);
}

/**
 * Soak: for each phase, `clients` loops post questions made of never-seen long words to
 * `/api/ask` for `seconds`, while the server's heap (used, from /metrics) and RSS are printed
 * every `sampleMs`. Bounded caches keep the heap flat; unbounded ones make it climb.
 */
export async function wordsSoak(server: BenchServer, options: WordsOptions): Promise<Row[]> {
  const rows: Row[] = [];
  let next = 0;
  for (const phase of WORDS_PHASES) {
    const section = `words: ${phase.name}`;
    const until = performance.now() + options.seconds * 1000;
    let answered = 0;
    let failed = 0;
    const client = async () => {
      let conversation: string | undefined;
      while (performance.now() < until) {
        const words = Array.from({ length: phase.wordsPerQuestion }, () =>
          distinctWord(next++, phase.wordLength),
        );
        const response = await fetch(`http://127.0.0.1:${server.port}/api/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ conversation, text: words.join(' ') }),
        });
        const body = (await response.json()) as { conversation?: string };
        if (response.ok) {
          answered += 1;
          conversation ??= body.conversation;
        } else failed += 1;
      }
    };
    const samples: number[] = [];
    const started = performance.now();
    const sampler = setInterval(async () => {
      const heap = await heapUsed(server.port);
      samples.push(heap);
      const at = ((performance.now() - started) / 1000).toFixed(0).padStart(3);
      options.log(
        `${phase.name}, ${at} s: ${answered} questions, heap used ${mb(heap)}, RSS ${mb(server.rss())}`,
      );
    }, options.sampleMs);
    await Promise.all(Array.from({ length: options.clients }, client));
    clearInterval(sampler);
    // The lowest samples (just after a collection) follow the live heap; compare the run's thirds.
    const third = Math.max(1, Math.floor(samples.length / 3));
    const first = Math.min(...samples.slice(0, third));
    const last = Math.min(...samples.slice(-third));
    rows.push(
      { section, metric: 'questions answered / failed', value: `${answered} / ${failed}` },
      {
        section,
        metric: 'lowest heap used, first third → last third',
        value: `${mb(first)} → ${mb(last)}`,
        target: 'growth <= 10 MB',
        ok: last - first <= 10 * 1024 * 1024,
      },
      { section, metric: 'server RSS after', value: mb(server.rss()) },
    );
  }
  return rows;
}
