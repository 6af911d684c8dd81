/**
 * An oversized body gets a 413 the client can read: the server reads the rest of the body (up to a bound) before it
 * answers and closes, so a client still sending is not cut off with a reset (EPIPE, ECONNRESET) instead. The order
 * is what is checked (the answer comes after the client's last byte), because whether a reset happens depends on
 * the network's timing.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../helpers/start-test-server.ts';

interface Answer {
  status: number;
  body: string;
  /** The answer began to arrive after the client had written its whole body. */
  afterWholeBody: boolean;
}

function send(url: string, body: Buffer, chunked: boolean): Promise<Answer> {
  return new Promise((resolve, reject) => {
    let wholeBodyWritten = false;
    const outgoing = request(
      url,
      {
        method: 'PUT',
        headers: {
          'content-type': 'application/json',
          ...(chunked ? {} : { 'content-length': String(body.length) }),
        },
      },
      (response) => {
        const afterWholeBody = wholeBodyWritten;
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: text, afterWholeBody }));
      },
    );
    outgoing.on('error', reject);
    // Written in pieces, as a slow uplink would: the server's answer can come while the client is still sending.
    let offset = 0;
    const writeMore = () => {
      if (offset >= body.length) {
        outgoing.end();
        return;
      }
      const piece = body.subarray(offset, offset + 64 * 1024);
      offset += piece.length;
      // The server cannot have read the last byte before it is handed over here.
      if (offset >= body.length) wholeBodyWritten = true;
      if (outgoing.write(piece)) setTimeout(writeMore, 1);
      else outgoing.once('drain', () => setTimeout(writeMore, 1));
    };
    writeMore();
  });
}

describe('an oversized request body', () => {
  let server: TestServer;
  let url: string;
  beforeAll(async () => {
    server = await startTestServer();
    const { token } = await server.invite();
    url = `${server.baseUrl}/api/r/${token}/answers`;
  });
  afterAll(async () => {
    await server?.close();
  });

  const sixMegabytes = Buffer.from(`{"answers":{"q":"${'x'.repeat(6 * 1024 * 1024)}"},"page":0}`);

  it.each([
    ['with a Content-Length', false],
    ['sent chunked', true],
  ])('is answered 413 with a JSON error the client reads, %s, every time', async (_label, chunked) => {
    for (let attempt = 0; attempt < 5; attempt++) {
      const response = await send(url, sixMegabytes, chunked);
      expect(response.status).toBe(413);
      expect(response.afterWholeBody).toBe(true);
      expect(JSON.parse(response.body)).toEqual({
        error: 'payload_too_large',
        message: expect.stringContaining('too large'),
      });
    }
    // Nothing was stored, and the server still answers.
    const health = await fetch(`${server.baseUrl}/api/health`);
    expect(health.status).toBe(200);
  });
});
