/** A problem with what the user asked or passed, explained in words they can act on; never a crash. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
