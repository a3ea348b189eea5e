import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { createAssistant } from '../../createAssistant.ts';
import { checkDocuments, renderCheck } from '../../offers/checkDocuments.ts';
import { parseOfferDocument } from '../../offers/parse/index.ts';
import { decodeDocument } from '../../offers/readDocument.ts';
import { fixedClock, systemClock } from '../../time/clock.ts';
import { runChat, wantsColor } from './chat.ts';
import { runJsonl } from './jsonl.ts';
import { type CommandName, USAGE_ERRORS, usage } from './messages.fr.ts';
import { renderText } from './renderText.ts';

class UsageError extends Error {}

/** `--help`/`-h` on every command. */
const HELP = { help: { type: 'boolean', short: 'h' } } as const;
/** The options of the commands that load the catalog. */
const CATALOG = { now: { type: 'string' }, data: { type: 'string' } } as const;

/** Parses a command's arguments (strict: an unknown option is a usage error); null when help was asked. */
function commandArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: string[],
  options: O,
) {
  const parsed = parseArgs({ args, allowPositionals: true, options: { ...options, ...HELP } });
  return (parsed.values as { help?: boolean }).help ? null : parsed;
}

function loadAssistant(values: { now?: string; data?: string }) {
  const clock = values.now === undefined ? systemClock : fixedClock(values.now);
  return createAssistant({ dataDir: values.data ?? 'data/offers', clock });
}

async function chat(args: string[]): Promise<number> {
  const parsed = commandArgs(args, CATALOG);
  if (parsed === null) return help('chat');
  if (parsed.positionals.length > 0)
    throw new UsageError(USAGE_ERRORS.unexpected(parsed.positionals));
  const assistant = await loadAssistant(parsed.values);
  const interactive = process.stdin.isTTY === true && process.stdout.isTTY === true;
  const failures = await runChat(assistant, process.stdin, process.stdout, {
    conversation: `cli:${randomUUID()}`,
    interactive,
    color: interactive && wantsColor(process.stdout, process.env),
  });
  return failures > 0 ? 1 : 0;
}

async function ask(args: string[]): Promise<number> {
  const parsed = commandArgs(args, {
    ...CATALOG,
    json: { type: 'boolean' },
    jsonl: { type: 'boolean' },
  });
  if (parsed === null) return help('ask');
  const { values, positionals } = parsed;
  const question = positionals.join(' ').trim();
  if (!values.jsonl && question === '') throw new UsageError(USAGE_ERRORS.missingQuestion);
  const assistant = await loadAssistant(values);
  if (values.jsonl) return (await runJsonl(assistant, process.stdin, process.stdout)) > 0 ? 1 : 0;
  const answer = await assistant.ask({ conversation: 'cli', text: question, channel: 'cli' });
  process.stdout.write(values.json ? `${JSON.stringify(answer, null, 2)}\n` : renderText(answer));
  return 0;
}

async function parse(args: string[]): Promise<number> {
  const parsed = commandArgs(args, {});
  if (parsed === null) return help('parse');
  const files = parsed.positionals;
  if (files.length === 0) throw new UsageError(USAGE_ERRORS.noFile);
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
  const parsed = commandArgs(args, { json: { type: 'boolean' } });
  if (parsed === null) return help('check');
  const [dir, ...extra] = parsed.positionals;
  if (dir === undefined || extra.length > 0) throw new UsageError(USAGE_ERRORS.oneFolder);
  const report = await checkDocuments(dir).catch((error: unknown) => {
    throw new Error(`dossier illisible : ${dir} (${(error as Error).message})`);
  });
  const json = parsed.values.json === true;
  process.stdout.write(json ? `${JSON.stringify(report, null, 2)}\n` : renderCheck(report));
  return report.summary.errors > 0 || report.summary.files === 0 ? 1 : 0;
}

/** Prints a usage on stdout: asked for, so not an error. */
function help(command?: CommandName): number {
  process.stdout.write(usage(command));
  return 0;
}

const COMMANDS: Record<CommandName, (args: string[]) => Promise<number>> = {
  chat,
  ask,
  parse,
  check,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === '--help' || command === '-h' || command === 'help') return help();
    if (command !== undefined && Object.hasOwn(COMMANDS, command))
      return await COMMANDS[command as CommandName](rest);
    throw new UsageError(
      command === undefined ? USAGE_ERRORS.missingCommand : USAGE_ERRORS.unknownCommand(command),
    );
  } catch (error) {
    process.stderr.write(`Erreur : ${(error as Error).message}\n`);
    const known = command !== undefined && Object.hasOwn(COMMANDS, command);
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    )
      process.stderr.write(usage(known ? (command as CommandName) : undefined));
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
