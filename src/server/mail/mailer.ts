import nodemailer from 'nodemailer';

/** One outgoing message: plain text (readable everywhere), optionally HTML. */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** extra headers, e.g. List-Unsubscribe */
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/**
 * A mailer on the SMTP server of `smtpUrl` (smtp://user:pass@host:port, smtps:// for TLS),
 * or null when none is configured: then nothing is e-mailed and the UI shows links to copy.
 */
export function createMailer(config: { smtpUrl: string | null; mailFrom: string }): Mailer | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport({
    url: config.smtpUrl,
    // Fail within a request's patience rather than hang on an unreachable server.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ from: config.mailFrom, ...message });
    },
    close() {
      transport.close();
    },
  };
}
