import { maskMobile } from '../../../platform/crypto/masking';
import type { ChannelLogger, NotificationChannel, OutgoingMessage } from './channel';

/** Keeps the first character of the mailbox and the domain: enough to tell addresses apart, not to use them. */
export function maskEmail(address: string): string {
  const at = address.lastIndexOf('@');
  if (at < 1) return '*'.repeat(Math.max(4, address.length));
  return `${address.charAt(0)}***${address.slice(at)}`;
}

/** Development and demo SMS: writes the message to the log with the number masked; nothing leaves the process. */
export class LogSmsAdapter implements NotificationChannel {
  constructor(private readonly logger: ChannelLogger) {}

  async send(to: string, message: OutgoingMessage): Promise<void> {
    this.logger.info({ channel: 'sms', recipient: maskMobile(to), text: message.text }, 'sms notice (log adapter)');
  }
}

/** Development and demo e-mail: writes the message to the log with the address masked. */
export class LogEmailAdapter implements NotificationChannel {
  constructor(private readonly logger: ChannelLogger) {}

  async send(to: string, message: OutgoingMessage): Promise<void> {
    this.logger.info({ channel: 'email', recipient: maskEmail(to), subject: message.subject, text: message.text }, 'e-mail notice (log adapter)');
  }
}
