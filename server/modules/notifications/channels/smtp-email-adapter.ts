import nodemailer, { type Transporter } from 'nodemailer';
import type { NotificationChannel, OutgoingMessage } from './channel';

/** E-mail through an SMTP server (`SMTP_URL`, smtp:// or smtps://); a refusal or a timeout throws, so the job retries. */
export class SmtpEmailAdapter implements NotificationChannel {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transport = nodemailer.createTransport(smtpUrl);
  }

  async send(to: string, message: OutgoingMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, to, subject: message.subject, text: message.text });
  }

  close(): void {
    this.transport.close();
  }
}
