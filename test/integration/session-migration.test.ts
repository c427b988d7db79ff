import { randomBytes } from 'node:crypto'
import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { AtpAgent } from '@atproto/api'
import { decodeJwt, SignJWT } from 'jose'
import { Migrator, sql } from 'kysely'
import pg from 'pg'
import { describe, expect, it } from 'vitest'
import { migrationsFor } from '#migrations/index.js'
import { readConfig } from '#src/config.js'
import { createAppContext } from '#src/context.js'
import { createDatabase } from '#src/db/database.js'
import { createServer } from '#src/server.js'
import { dialects, TEST_PG_URL } from '../helpers/db.js'
import { freePort } from '../helpers/test-server.js'
import { xrpcError } from '../helpers/xrpc-error.js'

describe.each(dialects())('moving refresh tokens into sessions (migration 0008, %s)', (dialect) => {
  it('keeps a refresh token issued before session ids working, and drops rotated ones', async () => {
    const dataDirectory = await fs.mkdtemp(path.join(os.tmpdir(), 'pds-session-migration-'))
    const schema = `t_${randomBytes(6).toString('hex')}`
    const secret = randomBytes(32).toString('hex')
    const port = await freePort()
    const base = readConfig({
      PDS_DATA_DIRECTORY: dataDirectory,
      PDS_PORT: String(port),
      PDS_JWT_SECRET: secret,
      // @NOTE no PLC directory runs: getSession's DID document lookup must fail locally, not go out
      PDS_DID_PLC_URL: `http://127.0.0.1:${await freePort()}`,
      PDS_DEV_MODE: 'true',
      LOG_LEVEL: 'silent',
    })
    const config = {
      ...base,
      database:
        dialect === 'postgres' && TEST_PG_URL
          ? { dialect: 'postgres' as const, url: TEST_PG_URL, schema, poolSize: 2 }
          : base.database,
    }
    const did = 'did:plc:legacyaccount0000000000'
    const expiresAt = new Date(Date.now() + 86_400_000)
    try {
      // a database as it was before 0008, holding one live and one rotated refresh token
      const old = createDatabase(config.database)
      if (dialect === 'postgres') await sql`create schema ${sql.id(schema)}`.execute(old)
      const raw = old.withoutPlugins()
      const migrator = new Migrator({
        db: raw,
        provider: { getMigrations: async () => migrationsFor(dialect) },
        migrationTableSchema: dialect === 'postgres' ? schema : undefined,
      })
      const { error } = await migrator.migrateTo('0006-email-tokens')
      expect(error).toBeUndefined()
      await sql`insert into account (did, handle, email, password_scrypt, created_at) values (${did}, 'legacy.test', 'l@example.com', null, ${new Date().toISOString()})`.execute(
        raw,
      )
      await sql`insert into refresh_token (id, did, expires_at, next_id) values ('live-jti', ${did}, ${expiresAt.toISOString()}, null), ('rotated-jti', ${did}, ${expiresAt.toISOString()}, 'live-jti')`.execute(
        raw,
      )
      await old.destroy()

      const ctx = await createAppContext(config, { blobGcIntervalMs: 0, cleanupIntervalMs: 0 })
      const server = createServer(ctx)
      await server.listen(port, '127.0.0.1')
      try {
        const legacy = (jti: string) =>
          new SignJWT({ scope: 'com.atproto.refresh' })
            .setProtectedHeader({ alg: 'HS256', typ: 'refresh+jwt' })
            .setAudience(ctx.config.serviceDid)
            .setSubject(did)
            .setJti(jti)
            .setIssuedAt()
            .setExpirationTime(expiresAt)
            .sign(new TextEncoder().encode(secret))
        const agent = new AtpAgent({ service: `http://127.0.0.1:${port}` })
        const bearer = async (token: string | Promise<string>) => ({
          headers: { authorization: `Bearer ${await token}` },
        })
        const { data } = await agent.com.atproto.server.refreshSession(undefined, await bearer(legacy('live-jti')))
        expect(decodeJwt(data.accessJwt)).toMatchObject({ sid: 'live-jti', sub: did })
        const { data: me } = await agent.com.atproto.server.getSession(undefined, await bearer(data.accessJwt))
        expect(me.did).toBe(did)
        expect(
          await xrpcError(agent.com.atproto.server.refreshSession(undefined, await bearer(legacy('rotated-jti')))),
        ).toMatchObject({ status: 400, error: 'ExpiredToken' })
      } finally {
        await server.close(2_000)
      }
    } finally {
      await fs.rm(dataDirectory, { recursive: true, force: true })
      if (dialect === 'postgres') {
        const client = new pg.Client({ connectionString: TEST_PG_URL })
        await client.connect()
        await client.query(`drop schema if exists "${schema}" cascade`)
        await client.end()
      }
    }
  })
})
