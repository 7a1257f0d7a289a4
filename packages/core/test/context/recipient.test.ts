import { describe, expect, it } from 'vitest';
import { inferRecipient } from '../../src/context/recipient.js';

const h = (name: string, value: string) => ({ name, value });

describe('inferRecipient', () => {
  it('Delivered-To wins over To, and the organisation is the registrable domain', () => {
    const r = inferRecipient([h('to', 'a@x.example.com'), h('delivered-to', 'taro@mail.kousya.co.jp')], {});
    expect(r).toMatchObject({ address: 'taro@mail.kousya.co.jp', orgDomain: 'kousya.co.jp', orgLabel: 'kousya', via: 'delivered-to' });
  });
  it('an internationalised domain is a recipient too', () => {
    expect(inferRecipient([h('to', '太郎 <taro@例え.jp>')], {})).toMatchObject({ domain: '例え.jp', orgDomain: '例え.jp' });
  });
  it('a single-label domain keeps the address but names no organisation', () => {
    expect(inferRecipient([h('to', 'phish@pot')], {})).toMatchObject({ address: 'phish@pot', orgDomain: '', orgLabel: '' });
  });
  it('garbage is no recipient', () => {
    expect(inferRecipient([h('delivered-to', 'taro@.kousya.jp')], {})).toBeNull();
    expect(inferRecipient([h('delivered-to', 'no-at-sign')], {})).toBeNull();
  });
  it('two To addresses name no single recipient', () => {
    expect(inferRecipient([h('to', 'a@kousya.jp, b@kousya.jp')], {})).toBeNull();
  });
});
