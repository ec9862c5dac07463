import type { Logger } from '../../../platform/logging';

/** What a channel sends: the subject (e-mail only) and the text. */
export interface OutgoingMessage {
  subject: string;
  text: string;
}

/** One way to reach a person outside the app (an SMS gateway, an e-mail server); throws when sending failed. */
export interface NotificationChannel {
  send(to: string, message: OutgoingMessage): Promise<void>;
}

export interface Channels {
  sms: NotificationChannel;
  email: NotificationChannel;
}

/** The part of the app logger the log adapters write to. */
export type ChannelLogger = Pick<Logger, 'info'>;
