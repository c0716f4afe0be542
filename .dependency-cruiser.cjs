/**
 * The import rule: data flows one way, files → articles → passages and quotes → index → answer → reply,
 * and so do the imports. Each folder of src/ imports only from the folders before it in LAYERS;
 * commands/ sits on top. Type-only imports count: they tie modules together for a reader too.
 */
const LAYERS = ['model', 'text', 'ingest', 'query', 'service', 'reply', 'app'];

const layerRules = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-only-below`,
  comment: `src/${layer} may import only from ${
    LAYERS.slice(0, i)
      .map((l) => `src/${l}`)
      .join(', ') || 'itself'
  }`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^(src/(${LAYERS.slice(i + 1).join('|')})/|commands/)` },
}));

module.exports = {
  forbidden: [
    ...layerRules,
    {
      name: 'app-stays-below-commands',
      comment: 'command modules are found at run time by the loader, never imported by src/',
      severity: 'error',
      from: { path: '^src/app/' },
      to: { path: '^commands/' },
    },
    {
      name: 'no-circular',
      comment: 'no two modules import each other, directly or through others',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'discord-only-at-the-edge',
      comment: 'discord.js only in the bot and the command definitions, so every answer is testable without Discord',
      severity: 'error',
      from: { path: '^(src|scripts|bench)/', pathNot: '^src/app/bot/|^scripts/deploy-commands\\.ts$' },
      to: { path: 'node_modules/(discord\\.js|@discordjs)/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'an import that resolves to nothing is a typo or a missing dependency',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      extensions: ['.ts', '.mjs', '.js', '.json'],
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
    },
  },
};
