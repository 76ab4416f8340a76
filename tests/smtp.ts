import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer } from '../src/server/platform/mailer';

export type ReceivedMail = { to: string[]; raw: string; text: string; subject: string };

/** Undoes quoted-printable soft breaks and escapes, enough to read links and words in a test. */
function decodeQuotedPrintable(raw: string): string {
  return raw.replace(/=\r?\n/g, '').replace(/(?:=[0-9A-F]{2})+/g, (match) => {
    const bytes = match
      .split('=')
      .filter(Boolean)
      .map((hex) => Number.parseInt(hex, 16));
    return Buffer.from(bytes).toString('utf8');
  });
}

function decodeSubject(raw: string): string {
  const line = /^Subject: (.*(?:\r?\n[ \t].*)*)/m.exec(raw)?.[1] ?? '';
  return line
    .replace(/\r?\n[ \t]/g, '')
    .replace(/=\?UTF-8\?([BQ])\?([^?]*)\?=\s*/gi, (_, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? Buffer.from(text, 'base64').toString('utf8')
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

/** A real SMTP server on loopback: what the app sends is received, not mocked. */
export async function startSmtpServer() {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    onData(stream, session, callback) {
      let raw = '';
      stream.on('data', (chunk: Buffer) => {
        raw += chunk.toString('utf8');
      });
      stream.on('end', () => {
        const body = raw
          .split(/\r?\n\r?\n/)
          .slice(1)
          .join('\n\n');
        received.push({
          to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
          raw,
          text: /Content-Transfer-Encoding: base64/i.test(raw)
            ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
            : decodeQuotedPrintable(body),
          subject: decodeSubject(raw),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.server.address() as AddressInfo).port;
  const mailer: Mailer = createMailer(`smtp://127.0.0.1:${port}`, 'Vínculo <no-reply@vinculo.test>');
  return {
    received,
    mailer,
    /** The mails sent to one address, oldest first. */
    mailsTo: (address: string) => received.filter((mail) => mail.to.includes(address)),
    async close() {
      mailer.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
