import { parseArgs } from 'node:util';
import { readFile } from 'node:fs/promises';
import { createAssistant } from '../../createAssistant.ts';
import { checkDocuments, renderCheck } from '../../offers/checkDocuments.ts';
import { parseOfferDocument } from '../../offers/parse/index.ts';
import { decodeDocument } from '../../offers/readDocument.ts';
import { fixedClock, systemClock } from '../../time/clock.ts';
import { runJsonl } from './jsonl.ts';
import { renderText } from './renderText.ts';

const USAGE = `Usage :
  cli ask "question" [--json] [--now AAAA-MM-JJ] [--data DOSSIER]
  cli ask --jsonl [--now AAAA-MM-JJ] [--data DOSSIER]   (lignes {"conversation","text","now"?} sur l'entrée standard)
  cli parse FICHIER...                                   (offres lues, en un tableau JSON)
  cli check DOSSIER [--json]                             (champs trouvés, manquants et suspects par fichier ;
                                                          code 1 si un fichier est en erreur ou le dossier vide)
`;

async function ask(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      jsonl: { type: 'boolean' },
      now: { type: 'string' },
      data: { type: 'string' },
    },
  });
  const clock = values.now === undefined ? systemClock : fixedClock(values.now);
  const assistant = await createAssistant({ dataDir: values.data ?? 'data/offers', clock });
  if (values.jsonl) return (await runJsonl(assistant, process.stdin, process.stdout)) > 0 ? 1 : 0;
  const question = positionals.join(' ').trim();
  if (question === '') throw new UsageError('question manquante');
  const answer = await assistant.ask({ conversation: 'cli', text: question, channel: 'cli' });
  process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : renderText(answer));
  return 0;
}

async function parse(files: string[]): Promise<number> {
  if (files.length === 0) throw new UsageError('aucun fichier');
  const offers = [];
  let failures = 0;
  for (const file of files) {
    try {
      const document = decodeDocument(await readFile(file));
      if (!document.ok) throw new Error(document.reason);
      offers.push(parseOfferDocument(document.text, file));
    } catch (error) {
      failures += 1;
      process.stderr.write(`${file} : ${(error as Error).message}\n`);
    }
  }
  process.stdout.write(`${JSON.stringify(offers, null, 2)}\n`);
  return failures > 0 ? 1 : 0;
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { json: { type: 'boolean' } },
  });
  const [dir, ...extra] = positionals;
  if (dir === undefined || extra.length > 0) throw new UsageError('un seul dossier attendu');
  const report = await checkDocuments(dir).catch((error: unknown) => {
    throw new Error(`dossier illisible : ${dir} (${(error as Error).message})`);
  });
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : renderCheck(report));
  return report.summary.errors > 0 || report.summary.files === 0 ? 1 : 0;
}

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'ask') return await ask(rest);
    if (command === 'parse') return await parse(rest);
    if (command === 'check') return await check(rest);
    throw new UsageError(
      command === undefined ? 'commande manquante' : `commande inconnue : ${command}`,
    );
  } catch (error) {
    process.stderr.write(`Erreur : ${(error as Error).message}\n`);
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      process.stderr.write(USAGE);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
