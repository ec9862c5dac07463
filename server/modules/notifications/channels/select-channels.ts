import type { Config } from '../../../config';
import type { ChannelLogger, Channels } from './channel';
import { LogEmailAdapter, LogSmsAdapter } from './log-adapters';
import { SmtpEmailAdapter } from './smtp-email-adapter';

/** The adapters the configuration names (NOTIFY_SMS, NOTIFY_EMAIL, SMTP_URL, EMAIL_FROM). */
export function selectChannels(config: Config['notifications'], logger: ChannelLogger): Channels {
  const email = config.email === 'smtp' && config.smtpUrl ? new SmtpEmailAdapter(config.smtpUrl, config.emailFrom) : new LogEmailAdapter(logger);
  return { sms: new LogSmsAdapter(logger), email };
}
