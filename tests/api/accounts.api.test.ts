import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGovernment, createMember, createWorld, testPassword, tokenOfLink } from '../factories';
import { startSmtpServer } from '../smtp';
import { type Client, createTestApp, signInAs, type TestApp } from '../test-app';

// A real SMTP server on loopback receives the invitation and reset e-mails; a clock the tests move.
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let nowMs = Date.now();
let testApp: TestApp;
beforeAll(async () => {
  smtp = await startSmtpServer();
  testApp = await createTestApp({ mailer: smtp.mailer, clock: () => new Date(nowMs) });
});
afterAll(async () => {
  await testApp.close();
  await smtp.close();
});

const newPassword = 'el río Medellín suena de noche';

function linkIn(text: string, path: string): string {
  const match = new RegExp(`https?://\\S+/${path}#[\\w-]+`).exec(text);
  if (!match) throw new Error(`no ${path} link in:\n${text}`);
  return match[0];
}

async function isSignedIn(client: Client) {
  return (await client.get('/api/auth/session')).statusCode === 200;
}

async function rowsOf<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = await testApp.app.database.db.execute(query);
  return (result as unknown as { rows: T[] }).rows;
}

async function auditActions(entityType: string, entityId: string) {
  const rows = await rowsOf<{ action: string }>(
    sql`select action from audit_log where entity_type = ${entityType} and entity_id = ${entityId} order by id`,
  );
  return rows.map((row) => row.action);
}

describe('change password and sessions', () => {
  it('changes the password with the current one and ends the other sessions, not this one', async () => {
    const { app } = testApp;
    const government = await createGovernment(app.database.db);
    const email = await createMember(app.database.db, government.id, 'coordinator');
    const laptop = await signInAs(app, email, testPassword);
    const phone = await signInAs(app, email, testPassword);

    const wrongCurrent = await laptop.post('/api/auth/password', {
      currentPassword: 'not-my-password',
      newPassword,
    });
    expect(wrongCurrent.statusCode).toBe(422);
    expect(wrongCurrent.json().errors[0]).toMatchObject({
      field: 'currentPassword',
      message: 'La contraseña actual no es correcta.',
    });
    for (const [weak, message] of [
      ['password1234', 'Esa contraseña aparece en listas de contraseñas filtradas'],
      [' '.repeat(12), 'La contraseña es demasiado sencilla'],
      [email, 'La contraseña no puede ser su correo ni su nombre'],
    ] as const) {
      const refused = await laptop.post('/api/auth/password', {
        currentPassword: testPassword,
        newPassword: weak,
      });
      expect(refused.statusCode, weak).toBe(422);
      expect(refused.json().errors[0].field).toBe('newPassword');
      expect(refused.json().errors[0].message).toContain(message);
    }
    const english = await laptop.request({
      method: 'POST',
      url: '/api/auth/password',
      payload: { currentPassword: testPassword, newPassword: 'password1234' },
      headers: { 'accept-language': 'en' },
    });
    expect(english.json().errors[0].message).toContain('leaked passwords');

    const changed = await laptop.post('/api/auth/password', { currentPassword: testPassword, newPassword });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ otherSessionsEnded: 1 });
    expect(await isSignedIn(laptop)).toBe(true);
    expect(await isSignedIn(phone)).toBe(false);
    const old = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email, password: testPassword },
    });
    expect(old.statusCode).toBe(401);
    await signInAs(app, email, newPassword);
  });

  it('signs out everywhere', async () => {
    const { app } = testApp;
    const { email, client } = await createWorld(app, 'viewer');
    const other = await signInAs(app, email, testPassword);
    const response = await client.post('/api/auth/sign-out-everywhere', {});
    expect(response.statusCode).toBe(200);
    expect(await isSignedIn(client)).toBe(false);
    expect(await isSignedIn(other)).toBe(false);
    expect((await app.inject({ method: 'POST', url: '/api/auth/sign-out-everywhere' })).statusCode).toBe(401);
  });
});

describe('password reset by e-mail', () => {
  it("e-mails a single-use link in the member's language that ends all their sessions", async () => {
    const { app } = testApp;
    const admin = await createWorld(app, 'admin');
    const email = await createMember(app.database.db, admin.government.id, 'liaison');
    const member = await signInAs(app, email, testPassword);
    await member.put('/api/auth/preferences', { preferredLanguage: 'en' });
    const userId = (await member.get('/api/auth/session')).json().user.id;

    const sent = await admin.client.post(`${admin.base}/members/${userId}/password-reset`, {});
    expect(sent.statusCode).toBe(202);
    const mails = smtp.mailsTo(email);
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe('Reset your Vínculo password');
    const token = tokenOfLink(linkIn(mails[0]?.text ?? '', 'reset-password'));
    // Only a hash of the token is stored.
    const stored = await rowsOf(sql`select token_hash from password_resets where user_id = ${userId}`);
    expect(stored).toHaveLength(1);
    expect(JSON.stringify(stored)).not.toContain(token);

    const weak = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'qwerty123456' },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().errors[0].field).toBe('password');
    const reset = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: newPassword },
    });
    expect(reset.statusCode).toBe(200);
    expect(await isSignedIn(member)).toBe(false);
    const again = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token, password: 'otra frase larga para probar' },
    });
    expect(again.statusCode).toBe(422);
    expect(again.json().errors[0]).toMatchObject({ field: 'token' });
    await signInAs(app, email, newPassword);
    expect(await auditActions('password_reset', (await lastResetId(userId)) as string)).toEqual(['create']);
  });

  it('expires the link, and a newer link replaces an older one', async () => {
    const { app } = testApp;
    const admin = await createWorld(app, 'admin');
    const email = await createMember(app.database.db, admin.government.id, 'viewer');
    const userId = (await (await signInAs(app, email, testPassword)).get('/api/auth/session')).json().user.id;
    await admin.client.post(`${admin.base}/members/${userId}/password-reset`, {});
    await admin.client.post(`${admin.base}/members/${userId}/password-reset`, {});
    const [first, second] = smtp
      .mailsTo(email)
      .map((mail) => tokenOfLink(linkIn(mail.text, 'reset-password')));
    expect(first).not.toBe(second);
    const withFirst = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: first, password: newPassword },
    });
    expect(withFirst.statusCode).toBe(422);
    nowMs += 25 * 3_600_000;
    const late = await app.inject({
      method: 'POST',
      url: '/api/auth/password-reset',
      payload: { token: second, password: newPassword },
    });
    nowMs -= 25 * 3_600_000;
    expect(late.statusCode).toBe(422);
    expect(late.json().errors[0].message).toContain('venció');
  });

  it('is for admins of a government the person belongs to: 403 for a viewer, 404 for another government', async () => {
    const { app } = testApp;
    const admin = await createWorld(app, 'admin');
    const email = await createMember(app.database.db, admin.government.id, 'viewer');
    const userId = (await (await signInAs(app, email, testPassword)).get('/api/auth/session')).json().user.id;
    const viewer = await signInAs(app, email, testPassword);
    expect((await viewer.post(`${admin.base}/members/${userId}/password-reset`, {})).statusCode).toBe(403);
    const stranger = await createWorld(app, 'admin');
    expect(
      (await stranger.client.post(`${stranger.base}/members/${userId}/password-reset`, {})).statusCode,
    ).toBe(404);
    expect(
      (await stranger.client.post(`${admin.base}/members/${userId}/password-reset`, {})).statusCode,
    ).toBe(404);
    expect(smtp.mailsTo(email)).toHaveLength(0);
  });
});

async function lastResetId(userId: string) {
  const rows = await rowsOf<{ id: string }>(
    sql`select id from password_resets where user_id = ${userId} order by created_at desc limit 1`,
  );
  return rows[0]?.id;
}

describe('invitations', () => {
  it('invites a new person, who chooses name and password and only then becomes a member', async () => {
    const { app } = testApp;
    const { client, base, government } = await createWorld(app, 'admin');
    const department = (await client.post(`${base}/departments`, { name: 'Secretaría de Movilidad' })).json();
    const email = `nueva.${government.id.slice(0, 8)}@medellin.gov.co`;
    const created = await client.post(`${base}/invitations`, {
      email: email.toUpperCase(),
      role: 'liaison',
      departmentId: department.id,
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      email,
      role: 'liaison',
      departmentId: department.id,
      isEmailSent: true,
      acceptUrl: null,
    });
    expect((await client.get(`${base}/members`)).json()).toHaveLength(1);
    expect(
      (await client.get(`${base}/invitations`)).json().map((row: { email: string }) => row.email),
    ).toEqual([email]);

    const [mail] = smtp.mailsTo(email);
    expect(mail?.subject).toContain('Invitación a');
    expect(mail?.text).toContain('enlace de dependencia');
    const token = tokenOfLink(linkIn(mail?.text ?? '', 'invitation'));
    const preview = await app.inject({ method: 'POST', url: '/api/invitations/preview', payload: { token } });
    expect(preview.json()).toMatchObject({
      email,
      role: 'liaison',
      hasAccount: false,
      governmentName: government.name,
    });

    const missing = await app.inject({ method: 'POST', url: '/api/invitations/accept', payload: { token } });
    expect(missing.statusCode).toBe(422);
    expect(
      missing
        .json()
        .errors.map((error: { field: string }) => error.field)
        .sort(),
    ).toEqual(['name', 'password']);
    const weak = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Nueva Persona', password: 'password1234' },
    });
    expect(weak.statusCode).toBe(422);
    const accepted = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Nueva Persona', password: newPassword },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships).toEqual([
      expect.objectContaining({ governmentId: government.id, role: 'liaison', departmentId: department.id }),
    ]);
    expect(accepted.cookies.find((cookie) => cookie.name === 'vinculo_session')).toBeTruthy();
    const members = (await client.get(`${base}/members`)).json();
    expect(members.find((member: { email: string }) => member.email === email)).toMatchObject({
      name: 'Nueva Persona',
      role: 'liaison',
    });
    expect((await client.get(`${base}/invitations`)).json()).toEqual([]);
    const reused = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Otra', password: newPassword },
    });
    expect(reused.statusCode).toBe(404);
    expect(reused.json().code).toBe('invitation_invalid');
    expect(await auditActions('invitation', created.json().id)).toEqual(['create', 'status_change']);
    await signInAs(app, email, newPassword);
  });

  it("reveals nothing about another government's user, who accepts signed in as themselves", async () => {
    const { app } = testApp;
    const medellin = await createWorld(app, 'admin');
    const mexico = await createWorld(app, 'admin');
    const person = await createWorld(app, 'coordinator');
    await person.client.put('/api/auth/preferences', { preferredLanguage: 'pt' });
    const brandNew = await medellin.client.post(`${medellin.base}/invitations`, {
      email: `nadie.${Date.now()}@prueba.gov.co`,
      role: 'viewer',
    });
    const existing = await medellin.client.post(`${medellin.base}/invitations`, {
      email: person.email,
      role: 'viewer',
    });
    expect(existing.statusCode).toBe(201);
    // The same shape and the same fields whether or not the address has an account: no name, no hint.
    expect(Object.keys(existing.json()).sort()).toEqual(Object.keys(brandNew.json()).sort());
    expect(existing.body).not.toContain('Persona coordinator');
    expect(existing.json()).not.toHaveProperty('name');
    // The e-mail goes out in the invited person's own language.
    const [mail] = smtp.mailsTo(person.email);
    expect(mail?.subject).toContain('Convite para');
    const token = tokenOfLink(linkIn(mail?.text ?? '', 'invitation'));

    const anonymous = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token },
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('sign_in_to_accept');
    // Someone else signed in cannot take it, nor can the inviting admin.
    expect((await mexico.client.post('/api/invitations/accept', { token })).statusCode).toBe(403);
    expect((await medellin.client.post('/api/invitations/accept', { token })).statusCode).toBe(403);
    // A stranger with a new name and password cannot take over the existing account either.
    const takeover = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token, name: 'Intruso', password: newPassword },
    });
    expect(takeover.statusCode).toBe(401);
    expect((await person.client.get(`${medellin.base}/partners`)).statusCode).toBe(404);

    const accepted = await person.client.post('/api/invitations/accept', { token });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().memberships).toHaveLength(2);
    expect((await person.client.get(`${medellin.base}/partners`)).statusCode).toBe(200);
    // Another government's admin sees neither the invitations nor the members of this one.
    expect((await mexico.client.get(`${medellin.base}/invitations`)).statusCode).toBe(404);
    expect((await mexico.client.get(`${medellin.base}/members`)).statusCode).toBe(404);
  });

  it('answers ten concurrent invitations of one new e-mail with one 201 and nine 409', async () => {
    const { client, base } = await createWorld(testApp.app, 'admin');
    const email = `carrera.${Date.now()}@prueba.gov.co`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => client.post(`${base}/invitations`, { email, role: 'viewer' })),
    );
    const statuses = responses.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const conflict = responses.find((response) => response.statusCode === 409);
    expect(conflict?.json()).toMatchObject({ code: 'invitation_pending' });
    expect((await client.get(`${base}/invitations`)).json()).toHaveLength(1);
  });

  it('checks the department inside the government, refuses members, revokes, and renews an expired one', async () => {
    const { app } = testApp;
    const { client, base, email: adminEmail } = await createWorld(app, 'admin');
    const other = await createWorld(app, 'admin');
    const foreign = (
      await other.client.post(`${other.base}/departments`, { name: 'Secretaría ajena' })
    ).json();
    const email = `enlace.${Date.now()}@prueba.gov.co`;
    const wrongDepartment = await client.post(`${base}/invitations`, {
      email,
      role: 'liaison',
      departmentId: foreign.id,
    });
    expect(wrongDepartment.statusCode).toBe(422);
    expect(wrongDepartment.json().errors[0]).toMatchObject({ field: 'departmentId' });
    const member = await client.post(`${base}/invitations`, { email: adminEmail, role: 'viewer' });
    expect(member.statusCode).toBe(422);
    expect(member.json().errors[0]).toMatchObject({
      field: 'email',
      message: 'Esa persona ya tiene acceso a este gobierno.',
    });

    const first = (await client.post(`${base}/invitations`, { email, role: 'viewer' })).json();
    const token = tokenOfLink(linkIn(smtp.mailsTo(email)[0]?.text ?? '', 'invitation'));
    expect((await other.client.delete(`${other.base}/invitations/${first.id}`)).statusCode).toBe(404);
    expect((await other.client.delete(`${base}/invitations/${first.id}`)).statusCode).toBe(404);
    expect((await client.delete(`${base}/invitations/${first.id}`)).statusCode).toBe(200);
    const revoked = await app.inject({ method: 'POST', url: '/api/invitations/preview', payload: { token } });
    expect(revoked.statusCode).toBe(404);
    expect(await auditActions('invitation', first.id)).toEqual(['create', 'status_change']);

    // An expired invitation shows as such and no longer blocks a new one.
    const second = (await client.post(`${base}/invitations`, { email, role: 'viewer' })).json();
    nowMs += 8 * 86_400_000;
    const listed = (await client.get(`${base}/invitations`)).json();
    expect(listed).toEqual([expect.objectContaining({ id: second.id, isExpired: true })]);
    const secondToken = tokenOfLink(linkIn(smtp.mailsTo(email)[1]?.text ?? '', 'invitation'));
    const expired = await app.inject({
      method: 'POST',
      url: '/api/invitations/accept',
      payload: { token: secondToken, name: 'Tarde', password: newPassword },
    });
    expect(expired.statusCode).toBe(404);
    expect((await client.post(`${base}/invitations`, { email, role: 'viewer' })).statusCode).toBe(201);
    nowMs -= 8 * 86_400_000;
  });

  it('is for admins only: a viewer and a coordinator get 403', async () => {
    const { app } = testApp;
    for (const role of ['viewer', 'coordinator'] as const) {
      const { client, base } = await createWorld(app, role);
      expect(
        (await client.post(`${base}/invitations`, { email: 'x@prueba.gov.co', role: 'admin' })).statusCode,
      ).toBe(403);
      expect((await client.get(`${base}/invitations`)).statusCode).toBe(403);
    }
  });
});

describe('member roles', () => {
  it('changes role and department with optimistic locking, and removes access', async () => {
    const { app } = testApp;
    const { client, base, government } = await createWorld(app, 'admin');
    const department = (await client.post(`${base}/departments`, { name: 'Secretaría de Cultura' })).json();
    const email = await createMember(app.database.db, government.id, 'viewer');
    const member = await signInAs(app, email, testPassword);
    const row = (await client.get(`${base}/members`))
      .json()
      .find((item: { email: string }) => item.email === email);
    const foreign = await createWorld(app, 'admin');
    const foreignDepartment = (
      await foreign.client.post(`${foreign.base}/departments`, { name: 'Ajena' })
    ).json();
    const unknown = await client.put(`${base}/members/${row.userId}`, {
      role: 'liaison',
      departmentId: foreignDepartment.id,
      version: row.version,
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors[0].field).toBe('departmentId');
    const updated = await client.put(`${base}/members/${row.userId}`, {
      role: 'liaison',
      departmentId: department.id,
      version: row.version,
    });
    expect(updated.statusCode).toBe(200);
    const stale = await client.put(`${base}/members/${row.userId}`, { role: 'admin', version: row.version });
    expect(stale.statusCode).toBe(409);
    const session = (await member.get('/api/auth/session')).json();
    expect(session.memberships[0]).toMatchObject({ role: 'liaison', departmentId: department.id });
    const self = (await client.get('/api/auth/session')).json().user.id;
    expect((await client.put(`${base}/members/${self}`, { role: 'viewer', version: 1 })).statusCode).toBe(
      422,
    );
    expect((await foreign.client.delete(`${base}/members/${row.userId}`)).statusCode).toBe(404);
    expect((await client.delete(`${base}/members/${row.userId}`)).statusCode).toBe(200);
    expect((await member.get(`${base}/partners`)).statusCode).toBe(404);
    expect(await auditActions('membership', row.userId)).toEqual(['create', 'update', 'delete']);
  });
});

describe('without an SMTP server', () => {
  it('hands the admin the invitation link, and refuses to reset a password it cannot e-mail', async () => {
    const plain = await createTestApp();
    try {
      const { client, base, government } = await createWorld(plain.app, 'admin');
      const created = await client.post(`${base}/invitations`, {
        email: 'sin.correo@prueba.gov.co',
        role: 'viewer',
      });
      expect(created.json()).toMatchObject({ isEmailSent: false });
      expect(created.json().acceptUrl).toMatch(/\/invitation#[\w-]{40,}$/);
      const email = await createMember(plain.app.database.db, government.id, 'viewer');
      const userId = (await (await signInAs(plain.app, email, testPassword)).get('/api/auth/session')).json()
        .user.id;
      const reset = await client.post(`${base}/members/${userId}/password-reset`, {});
      expect(reset.statusCode).toBe(422);
      expect(reset.json().code).toBe('mail_not_configured');
    } finally {
      await plain.close();
    }
  });
});
