/** The usage of each command, in French: `cli <command> --help` prints its own, `cli --help` all. */
export const COMMAND_USAGE = {
  chat:
    '  cli chat [--now AAAA-MM-JJ] [--data DOSSIER]\n' +
    '      conversation suivie (« le premier », « et la date limite ? ») ; Ctrl+D pour quitter.\n' +
    '      Par un tube, une réponse par bloc (séparés par une ligne vide), sans invite ni couleur :\n' +
    "      printf 'postes a noumea\\nle premier\\n' | npm run --silent cli -- chat\n",
  ask:
    '  cli ask "question" [--json] [--now AAAA-MM-JJ] [--data DOSSIER]\n' +
    '      une seule question, sans suite (pour enchaîner : cli chat)\n' +
    '  cli ask --jsonl [--now AAAA-MM-JJ] [--data DOSSIER]\n' +
    '      lignes {"conversation","text","now"?} sur l\'entrée standard, une réponse JSON par ligne\n',
  parse: '  cli parse FICHIER...\n      offres lues, en un tableau JSON\n',
  check:
    '  cli check DOSSIER [--json]\n' +
    '      champs trouvés, manquants et suspects par fichier ;\n' +
    '      code 1 si un fichier est en erreur ou le dossier vide\n',
} as const;

export type CommandName = keyof typeof COMMAND_USAGE;

/** The usage of one command, or of all with the common options. */
export function usage(command?: CommandName): string {
  const lines =
    command === undefined ? Object.values(COMMAND_USAGE).join('') : COMMAND_USAGE[command];
  const common =
    command === undefined ? "  cli COMMANDE --help\n      l'aide d'une commande\n" : '';
  return `Usage :\n${lines}${common}`;
}

/** What the chat session says itself. */
export const CHAT_MESSAGES = {
  prompt: 'vous › ',
  greeting: 'Posez vos questions sur les offres ; Ctrl+D pour quitter.',
  turnFailed: (reason: string) => `Erreur : ${reason}`,
} as const;

/** Why a command line is refused (printed before the usage, exit code 2). */
export const USAGE_ERRORS = {
  missingCommand: 'commande manquante',
  unknownCommand: (command: string) => `commande inconnue : ${command}`,
  missingQuestion: 'question manquante',
  noFile: 'aucun fichier',
  oneFolder: 'un seul dossier attendu',
  unexpected: (args: string[]) => `argument inattendu : ${args.join(' ')}`,
} as const;
