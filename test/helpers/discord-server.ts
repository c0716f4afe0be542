import { type IncomingMessage, type ServerResponse, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';

/**
 * A Discord-compatible server on 127.0.0.1 for end-to-end tests: the REST routes a bot uses and a
 * WebSocket gateway, enough for the real discord.js client to log in, receive interactions and
 * messages, and answer them. It records every REST request so tests assert on what the bot sent.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  body: any;
  /** The error status the server answered with, when a fault was injected. */
  failedWith?: number;
  /** The message the server made of a message the bot sent. */
  response?: any;
  /** The files a multipart request attached. */
  files?: AttachedFile[];
}

export interface AttachedFile {
  filename: string;
  contentType: string;
  data: Buffer;
}

let sequence = 0n;
/** Real-looking snowflakes: discord.js derives timestamps from them. */
export function snowflake(timestamp = BigInt(Date.now()) - 1420070400000n): string {
  sequence += 1n;
  return ((timestamp << 22n) + sequence).toString();
}

/** The shard Discord sends a guild's events to: `(guild_id >> 22) % num_shards`. */
export function shardOf(guildId: string, shards: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shards));
}

/** A guild id that lands on the given shard. */
function guildIdOn(shard: number, shards: number): string {
  const now = BigInt(Date.now()) - 1420070400000n;
  return snowflake(now - (now % BigInt(shards)) + BigInt(shard));
}

export const MANAGE_GUILD = 1n << 5n;

export interface Member {
  id: string;
  username: string;
  permissions: bigint;
  roles?: string[];
}

/** A reply the server gives once, in place of its usual one, to the next request that matches. */
export interface Fault {
  matches: (method: string, path: string) => boolean;
  status: number;
  body: object;
  headers?: Record<string, string>;
}

/** A guild of the server, with its one text channel. */
export interface TestGuild {
  id: string;
  channelId: string;
}

export class DiscordServer {
  readonly applicationId = snowflake();
  readonly botUserId = this.applicationId;
  /** One guild per shard, `guilds[k]` on shard k; the first is `guildId` with its channel `channelId`. */
  readonly guilds: TestGuild[];
  readonly guildId: string;
  readonly channelId: string;
  readonly dmChannelId = snowflake();
  private readonly faults: Fault[] = [];
  /** Roles of the server besides @everyone, sent to the bot when it connects. */
  readonly roles: string[] = [];
  readonly requests: RecordedRequest[] = [];
  private readonly http = createServer((req, res) => void this.route(req, res));
  private readonly gateway = new WebSocketServer({ noServer: true });
  /** Each shard's gateway connection, and the sequence number of its last event. */
  private readonly sockets = new Map<number, { ws: WebSocket; seq: number }>();
  /** The `[shard_id, num_shards]` of every IDENTIFY received, in order. */
  readonly identified: [number, number][] = [];
  private waiters: { test: (r: RecordedRequest) => boolean; resolve: (r: RecordedRequest) => void }[] = [];
  private readyResolve: (() => void) | null = null;
  readonly ready = new Promise<void>((resolve) => (this.readyResolve = resolve));
  port = 0;

  /**
   * With a token, the server refuses any other, at REST (401) and at the gateway (close code 4004), as Discord does.
   * With several shards, `/gateway/bot` recommends that many, and each guild's events go to its shard's connection.
   */
  constructor(
    private readonly token: string | null = null,
    readonly shards = 1,
  ) {
    this.guilds = Array.from({ length: shards }, (_, shard) => ({ id: guildIdOn(shard, shards), channelId: snowflake() }));
    ({ id: this.guildId, channelId: this.channelId } = this.guilds[0]!);
  }

  /** Answers the next request that matches with the given error instead (a 400, a 429), once. */
  failNext(fault: Fault): void {
    this.faults.push(fault);
  }

  async start(): Promise<void> {
    this.http.on('upgrade', (req, socket, head) => this.gateway.handleUpgrade(req, socket, head, (ws) => this.connect(ws)));
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    this.port = (this.http.address() as AddressInfo).port;
  }

  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  async close(): Promise<void> {
    for (const client of this.gateway.clients) client.terminate();
    this.gateway.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }

  /** Resolves with the first request (already recorded or to come) that passes the test. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 20_000): Promise<RecordedRequest> {
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching request within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ test, resolve: (r) => (clearTimeout(timer), resolve(r)) });
    });
  }

  private record(request: RecordedRequest): void {
    this.requests.push(request);
    this.waiters = this.waiters.filter((w) => !(w.test(request) && (w.resolve(request), true)));
  }

  // ---- gateway -------------------------------------------------------------------------------

  /** Sends an event to the shard its guild lands on; an event outside guilds (a direct message) to shard 0. */
  private dispatch(event: string, data: object, shard = this.shardFor(data)): void {
    const connection = this.sockets.get(shard);
    if (!connection) return;
    connection.seq += 1;
    connection.ws.send(JSON.stringify({ op: 0, t: event, s: connection.seq, d: data }));
  }

  private connect(ws: WebSocket): void {
    ws.on('message', (raw) => this.onGatewayMessage(ws, JSON.parse(String(raw))));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
  }

  private onGatewayMessage(ws: WebSocket, message: { op: number; d: any }): void {
    if (message.op === 1) ws.send(JSON.stringify({ op: 11 }));
    if (message.op !== 2) return;
    if (this.token !== null && message.d?.token !== this.token) {
      ws.close(4004, 'Authentication failed.');
      return;
    }
    const [shard, shards] = (message.d?.shard ?? [0, 1]) as [number, number];
    this.identified.push([shard, shards]);
    // As Discord: a bot in more guilds than one connection may serve must shard; a shard outside the count is refused.
    if (shards < this.shards) return ws.close(4011, 'Sharding required.');
    if (shard >= shards) return ws.close(4010, 'Invalid shard.');
    this.sockets.set(shard, { ws, seq: 0 });
    const guilds = this.guilds.filter((guild) => shardOf(guild.id, shards) === shard);
    this.dispatch(
      'READY',
      {
        v: 10,
        user: this.botUser(),
        application: { id: this.applicationId, flags: 0 },
        guilds: guilds.map((guild) => ({ id: guild.id, unavailable: true })),
        session_id: `test-session-${shard}`,
        resume_gateway_url: `ws://127.0.0.1:${this.port}/gateway`,
        shard: [shard, shards],
      },
      shard,
    );
    for (const guild of guilds) this.dispatch('GUILD_CREATE', this.guild(guild), shard);
    if (this.sockets.size === this.shards) setTimeout(() => this.readyResolve?.(), 50);
  }

  private shardFor(data: object): number {
    const guildId = (data as { guild_id?: string }).guild_id;
    return guildId ? shardOf(guildId, this.shards) : 0;
  }

  /** The guild a channel (or a thread in it) belongs to. */
  private guildOf(channelId: string): TestGuild {
    const parent = this.threads.get(channelId)?.parentId ?? channelId;
    return this.guilds.find((guild) => guild.channelId === parent) ?? this.guilds[0]!;
  }

  botUser() {
    return { id: this.botUserId, username: 'Dateline', discriminator: '0', global_name: 'Dateline', avatar: null, bot: true };
  }

  private guild({ id, channelId }: TestGuild) {
    return {
      id,
      name: 'Test server',
      icon: null,
      owner_id: snowflake(),
      unavailable: false,
      member_count: 2,
      large: false,
      features: [],
      emojis: [],
      stickers: [],
      members: [],
      presences: [],
      voice_states: [],
      threads: [],
      stage_instances: [],
      guild_scheduled_events: [],
      roles: [
        {
          id,
          name: '@everyone',
          permissions: '1024',
          position: 0,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        },
        ...this.roles.map((id, i) => ({
          id,
          name: `role ${i + 1}`,
          permissions: '0',
          position: i + 1,
          color: 0,
          hoist: false,
          managed: false,
          mentionable: false,
          flags: 0,
        })),
      ],
      channels: [{ id: channelId, type: 0, name: 'news', position: 0, permission_overwrites: [], guild_id: id }],
    };
  }

  /** Sends a slash command (type 2), autocomplete (type 4) or button press (type 3) from a member; returns its token. */
  interact(member: Member, type: 2 | 3 | 4, data: object, message?: object, channelId = this.channelId): string {
    const id = snowflake();
    const token = `token-${id}`;
    const channelType = this.threads.has(channelId) ? 11 : 0;
    const guild = this.guildOf(channelId);
    this.dispatch('INTERACTION_CREATE', {
      id,
      token,
      type,
      version: 1,
      application_id: this.applicationId,
      guild_id: guild.id,
      channel_id: channelId,
      channel: { id: channelId, type: channelType, guild_id: guild.id, ...(channelType === 11 && { parent_id: guild.channelId }) },
      member: {
        user: this.user(member),
        roles: member.roles ?? [],
        permissions: member.permissions.toString(),
        joined_at: new Date().toISOString(),
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: '2147483647',
      entitlements: [],
      authorizing_integration_owners: {},
      locale: 'en-US',
      guild_locale: 'en-US',
      data,
      ...(message && { message }),
    });
    return token;
  }

  command(
    member: Member,
    name: string,
    options: { name: string; value: string | number; focused?: boolean }[] = [],
    type: 2 | 4 = 2,
    channelId = this.channelId,
  ): string {
    const data = { id: snowflake(), name, type: 1, options: options.map((o) => ({ type: typeof o.value === 'number' ? 4 : 3, ...o })) };
    return this.interact(member, type, data, undefined, channelId);
  }

  pressButton(member: Member, customId: string, message: object): string {
    return this.interact(member, 3, { custom_id: customId, component_type: 2 }, message);
  }

  /**
   * Posts a message from a user in the server's channel or in a thread, mentioning the bot when asked, or
   * as a reply to one of the bot's messages (which mentions the bot, as Discord's replies do by default); returns its id.
   */
  postMessage(member: Member, content: string, mentionBot: boolean, where: { channelId?: string; replyTo?: string } = {}): string {
    const id = snowflake();
    const channelId = where.channelId ?? this.channelId;
    const guildId = this.guildOf(channelId).id;
    this.dispatch('MESSAGE_CREATE', {
      ...this.message(id, content, this.user(member)),
      channel_id: channelId,
      guild_id: guildId,
      member: { roles: [], joined_at: new Date().toISOString(), deaf: false, mute: false, flags: 0 },
      mentions: mentionBot || where.replyTo ? [this.botUser()] : [],
      ...(where.replyTo && {
        type: 19,
        message_reference: { message_id: where.replyTo, channel_id: channelId, guild_id: guildId },
        referenced_message: this.message(where.replyTo, '', this.botUser(), { channel_id: channelId }),
      }),
    });
    return id;
  }

  /** The threads opened on the server, by id: the message each was opened on is its id, as on Discord. */
  readonly threads = new Map<string, { name: string; parentId: string }>();
  /** Refuses to open threads, as Discord does for a bot without Create Public Threads. */
  refuseThreads = false;

  private openThread(channelId: string, messageId: string, name: string) {
    const thread = {
      id: messageId,
      type: 11,
      guild_id: this.guildOf(channelId).id,
      parent_id: channelId,
      owner_id: this.botUserId,
      name,
      last_message_id: null,
      message_count: 0,
      member_count: 1,
      rate_limit_per_user: 0,
      flags: 0,
      thread_metadata: { archived: false, auto_archive_duration: 60, archive_timestamp: new Date().toISOString(), locked: false },
      total_message_sent: 0,
    };
    this.threads.set(messageId, { name, parentId: channelId });
    this.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return thread;
  }

  /** Sends the bot a direct message from a user (no server, a DM channel); returns its id. */
  directMessage(member: Member, content: string): string {
    const id = snowflake();
    this.dispatch('MESSAGE_CREATE', {
      ...this.message(id, content, this.user(member)),
      channel_id: this.dmChannelId,
      channel_type: 1,
    });
    return id;
  }

  private user(member: Member) {
    return { id: member.id, username: member.username, discriminator: '0', global_name: member.username, avatar: null };
  }

  message(id: string, content: string, author: object, extra: object = {}) {
    return {
      id,
      channel_id: this.channelId,
      author,
      content,
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...extra,
    };
  }

  // ---- REST ----------------------------------------------------------------------------------

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks);
    const path = decodeURIComponent((req.url ?? '').split('?')[0]!.replace(/^\/api\/v10/, ''));
    const { body, files } = parseBody(raw, req.headers['content-type']);
    const json = (status: number, value?: unknown, headers: Record<string, string> = {}) => {
      res.writeHead(status, value === undefined ? headers : { 'content-type': 'application/json', ...headers });
      res.end(value === undefined ? '' : JSON.stringify(value));
    };
    // Interaction callbacks and webhooks carry their own token in the path, and no bot token.
    const needsToken = !/^\/(interactions|webhooks)\//.test(path);
    if (this.token !== null && needsToken && req.headers.authorization !== `Bot ${this.token}`) {
      return json(401, { message: '401: Unauthorized', code: 0 });
    }
    const fault = this.faults.findIndex((f) => f.matches(req.method ?? 'GET', path));
    if (fault !== -1) {
      const [{ status, body: error, headers }] = this.faults.splice(fault, 1) as [Fault];
      this.record({ method: req.method ?? 'GET', path, body, failedWith: status });
      return json(status, error, headers);
    }
    if (req.method === 'GET' && path === '/gateway/bot') {
      return json(200, {
        url: `ws://127.0.0.1:${this.port}/gateway`,
        shards: this.shards,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (req.method === 'GET' && path === '/gateway') return json(200, { url: `ws://127.0.0.1:${this.port}/gateway` });
    const recorded: RecordedRequest = { method: req.method ?? 'GET', path, body, ...(files.length > 0 && { files }) };
    this.record(recorded);
    if (req.method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      return json(
        200,
        (body as any[]).map((command) => ({ ...command, id: snowflake(), application_id: this.applicationId, version: snowflake() })),
      );
    }
    if (/^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return json(204);
    const thread = /^\/channels\/(\d+)\/messages\/(\d+)\/threads$/.exec(path);
    if (req.method === 'POST' && thread) {
      if (this.refuseThreads) return json(403, { message: 'Missing Permissions', code: 50013 });
      return json(201, this.openThread(thread[1]!, thread[2]!, body?.name ?? ''));
    }
    if (/^\/webhooks\/\d+\/[^/]+(\/messages\/@original)?$/.test(path) || /^\/channels\/\d+\/messages$/.test(path)) {
      if (req.method === 'DELETE') return json(204);
      const channelId = /^\/channels\/(\d+)\//.exec(path)?.[1] ?? this.channelId;
      const extra = { channel_id: channelId, embeds: body?.embeds ?? [], components: body?.components ?? [] };
      recorded.response = this.message(snowflake(), body?.content ?? '', this.botUser(), extra);
      return json(200, recorded.response);
    }
    json(404, { message: 'Unknown route', code: 0 });
  }
}

/** A request's JSON body; for multipart (a message with files), its `payload_json` part and the files. */
function parseBody(raw: Buffer, type: string | undefined): { body: any; files: AttachedFile[] } {
  if (raw.length === 0) return { body: null, files: [] };
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type ?? '');
  if (!type?.startsWith('multipart/form-data') || !boundary) return { body: parseJson(raw.toString('utf8')), files: [] };
  let body: any = null;
  const files: AttachedFile[] = [];
  for (const part of multipartParts(raw, `--${boundary[1] ?? boundary[2]}`)) {
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString('utf8');
    const data = part.subarray(headerEnd + 4);
    const filename = /filename="([^"]*)"/.exec(headers)?.[1];
    if (filename !== undefined) files.push({ filename, contentType: /content-type:\s*(\S+)/i.exec(headers)?.[1] ?? '', data });
    else if (/name="payload_json"/.test(headers)) body = JSON.parse(data.toString('utf8'));
  }
  return { body, files };
}

/** The parts of a multipart body, each without its delimiter and final line break. */
function multipartParts(raw: Buffer, delimiter: string): Buffer[] {
  const parts: Buffer[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const from = start + delimiter.length + 2;
    const next = raw.indexOf(delimiter, from);
    if (next === -1) break;
    parts.push(raw.subarray(from, next - 2));
    start = next;
  }
  return parts;
}

function parseJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
