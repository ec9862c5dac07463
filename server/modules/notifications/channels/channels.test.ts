import { createServer, type Server } from 'node:net';
import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loggerOptions } from '../../../platform/logging';
import { LogEmailAdapter, LogSmsAdapter, maskEmail } from './log-adapters';
import { selectChannels } from './select-channels';
import { SmtpEmailAdapter } from './smtp-email-adapter';

/** The app's logger (Fastify's pino, same options) writing lines the test can read. */
function capturedLogger() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(chunk.toString('utf8'));
      done();
    },
  });
  return { logger: Fastify({ logger: { ...loggerOptions('info'), stream } }).log, lines };
}

/** The smallest SMTP server nodemailer talks to: records each message; refuses recipients at refused.invalid. */
function fakeSmtpServer() {
  const received: { from: string; to: string; data: string }[] = [];
  const server: Server = createServer((socket) => {
    let from = '';
    let to = '';
    let data: string[] | null = null;
    let buffer = '';
    socket.write('220 fake ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('utf8');
      let end = buffer.indexOf('\r\n');
      while (end >= 0) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        end = buffer.indexOf('\r\n');
        if (data) {
          if (line === '.') {
            received.push({ from, to, data: data.join('\n') });
            data = null;
            socket.write('250 queued\r\n');
          } else data.push(line);
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake\r\n');
        else if (verb === 'MAIL') {
          from = line;
          socket.write('250 ok\r\n');
        } else if (verb === 'RCPT') {
          to = line;
          socket.write(line.includes('refused.invalid') ? '550 no such mailbox\r\n' : '250 ok\r\n');
        } else if (verb === 'DATA') {
          data = [];
          socket.write('354 go ahead\r\n');
        } else if (verb === 'QUIT') socket.end('221 bye\r\n');
        else socket.write('250 ok\r\n');
      }
    });
  });
  return { server, received };
}

describe('log adapters', () => {
  it('never log a clear mobile number, only the masked one', async () => {
    const { logger, lines } = capturedLogger();
    await new LogSmsAdapter(logger).send('13912345678', { subject: '已受理', text: '【一网通办】您申请的事项已受理。' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain('13912345678');
    expect(lines[0]).not.toContain('12345678');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ channel: 'sms', recipient: '139****5678', text: '【一网通办】您申请的事项已受理。' });
  });

  it('never log a clear e-mail address', async () => {
    const { logger, lines } = capturedLogger();
    await new LogEmailAdapter(logger).send('wang.xiaoming@example.com', { subject: 'Accepted', text: 'Your application was accepted.' });
    expect(lines[0]).not.toContain('wang.xiaoming');
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ channel: 'email', recipient: 'w***@example.com', subject: 'Accepted' });
  });

  it('mask addresses without a mailbox part entirely', () => {
    expect(maskEmail('@example.com')).toBe('************');
    expect(maskEmail('no-at-sign')).toBe('**********');
  });
});

describe('SMTP adapter', () => {
  const smtp = fakeSmtpServer();
  let port = 0;
  beforeAll(async () => {
    await new Promise<void>((resolve) => smtp.server.listen(0, '127.0.0.1', resolve));
    const address = smtp.server.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => smtp.server.close(() => resolve()));
  });

  it('sends through the configured server from EMAIL_FROM', async () => {
    const adapter = new SmtpEmailAdapter(`smtp://127.0.0.1:${port}`, 'noreply@yiwang.invalid');
    await adapter.send('li.na@example.com', { subject: '已办结 | Completed', text: '您申请的事项已办结。' });
    adapter.close();
    expect(smtp.received).toHaveLength(1);
    expect(smtp.received[0]?.from).toContain('noreply@yiwang.invalid');
    expect(smtp.received[0]?.to).toContain('li.na@example.com');
    expect(smtp.received[0]?.data).toMatch(/Subject: /);
  });

  it('throws when the server refuses, so the delivery job can retry', async () => {
    const adapter = new SmtpEmailAdapter(`smtp://127.0.0.1:${port}`, 'noreply@yiwang.invalid');
    await expect(adapter.send('someone@refused.invalid', { subject: 's', text: 't' })).rejects.toThrow(/550|mailbox/);
    adapter.close();
  });

  it('is chosen when NOTIFY_EMAIL=smtp, the log adapters otherwise', () => {
    const { logger } = capturedLogger();
    const base = { sms: 'log' as const, smtpUrl: `smtp://127.0.0.1:${port}`, emailFrom: 'noreply@yiwang.invalid' };
    expect(selectChannels({ ...base, email: 'smtp' }, logger).email).toBeInstanceOf(SmtpEmailAdapter);
    const logged = selectChannels({ ...base, email: 'log' }, logger);
    expect(logged.email).toBeInstanceOf(LogEmailAdapter);
    expect(logged.sms).toBeInstanceOf(LogSmsAdapter);
  });
});
