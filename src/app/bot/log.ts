/** Writes the bot's log lines to stderr; secrets are masked before anything is written. */
export type BotLogger = (message: string, error?: unknown) => void;

export function createLogger(secrets: readonly string[], write: (line: string) => void = (line) => process.stderr.write(line)): BotLogger {
  const mask = (text: string) => secrets.filter(Boolean).reduce((masked, secret) => masked.split(secret).join('[secret]'), text);
  return (message, error) => {
    const detail = error === undefined ? '' : `: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
    write(`${new Date().toISOString()} ${mask(message + detail)}\n`);
  };
}
