/**
 * The core makes zero network requests while analysing: net, tls, dns, http(s) and fetch are
 * intercepted and every attempt is recorded (and refused).
 */
import dns from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { explain } from '../../src/explain/explain.js';
import { fromRawMessage } from '../../src/adapters/raw-message.js';
import { allFixtures, fixtureBytes } from '../helpers.js';

const attempts: string[] = [];
const refuse = (what: string) => () => {
  attempts.push(what);
  throw new Error(`network access attempted: ${what}`);
};

describe('no network', () => {
  beforeAll(() => {
    vi.spyOn(net.Socket.prototype, 'connect').mockImplementation(refuse('net.Socket.connect'));
    vi.spyOn(net, 'createConnection').mockImplementation(refuse('net.createConnection'));
    vi.spyOn(tls, 'connect').mockImplementation(refuse('tls.connect'));
    vi.spyOn(dns, 'lookup').mockImplementation(refuse('dns.lookup'));
    vi.spyOn(dns.promises, 'lookup').mockImplementation(refuse('dns.promises.lookup'));
    vi.spyOn(dns, 'resolve').mockImplementation(refuse('dns.resolve'));
    vi.spyOn(http, 'request').mockImplementation(refuse('http.request'));
    vi.spyOn(https, 'request').mockImplementation(refuse('https.request'));
    vi.spyOn(globalThis, 'fetch').mockImplementation(refuse('fetch'));
  });
  afterAll(() => vi.restoreAllMocks());

  it('analysing and explaining every fixture makes no request', () => {
    for (const rel of allFixtures()) {
      const v = analyze(fromRawMessage(fixtureBytes(rel)));
      explain(v, { locale: 'ja' });
      explain(v, { locale: 'en' });
    }
    expect(attempts).toEqual([]);
  });

  it('the interception works (a test that can fail)', () => {
    expect(() => dns.lookup('example.com', () => undefined)).toThrow(/network access attempted/);
    attempts.length = 0;
  });
});
