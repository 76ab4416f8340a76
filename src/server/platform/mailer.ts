import nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string; html?: string };
export type Mailer = { isEnabled: boolean; send: (message: MailMessage) => Promise<void>; close: () => void };

/**
 * E-mail through the SMTP server of SMTP_URL (smtp://user:pass@host:port, smtps:// for TLS).
 * Without it, e-mail is off and reminders reach people only through the in-app list.
 */
export function createMailer(smtpUrl: string | undefined, from: string): Mailer {
  if (!smtpUrl) return { isEnabled: false, send: async () => undefined, close: () => undefined };
  const transport = nodemailer.createTransport(smtpUrl);
  return {
    isEnabled: true,
    async send(message) {
      await transport.sendMail({ from, ...message });
    },
    close: () => transport.close(),
  };
}
