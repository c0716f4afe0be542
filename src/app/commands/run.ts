import { errorReply, type Reply } from '../../reply/reply.ts';
import { InputError } from '../../model/errors.ts';
import type { Command, CommandContext } from './contract.ts';

export type Logger = (message: string, error?: unknown) => void;

/**
 * The one error boundary around a command: a bad input becomes a short private message saying
 * what was wrong; anything else is logged in full and the user gets a short apology.
 */
export async function runCommand(command: Command, context: CommandContext, log: Logger): Promise<Reply> {
  if (!context.archive.ready) return errorReply('The archive is still loading; please ask again in a few seconds.');
  try {
    return await command.execute(context);
  } catch (error) {
    if (error instanceof InputError) return errorReply(error.message);
    log(`command ${command.data.name} failed`, error);
    return errorReply('Something went wrong while answering; the details are in the log. Please try again.');
  }
}
