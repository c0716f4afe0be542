/**
 * `npm run eval -- FILE.jsonl … [--conversations] [options]`: questions asked one by one (eval-qa.ts), or with
 * `--conversations`, conversations asked turn by turn, each follow-up in the context of the turns before (eval-conversations.ts).
 */
if (process.argv.includes('--conversations')) await import('./eval-conversations.ts');
else await import('./eval-qa.ts');
export {};
