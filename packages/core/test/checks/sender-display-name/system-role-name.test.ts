import { describe, expect, it } from 'vitest';
import { analyzeText, eml, fixtureTests, ids } from '../../helpers.js';

const ID = 'sender-display-name/system-role-name';

describe('sender-display-name/system-role-name', () => {
  it.each([
    ['mail administrator from outside', ['From: "Email Server Administrator" <x@example.net>'], 'hit', {}],
    ['Japanese system admin from outside the organisation', ['From: "システム管理者" <x@example.net>', 'To: <taro@kousya.example>'], 'hit', {}],
    ['a Japanese mail-system notice from outside', ['From: "メールシステム通知" <info@notice.example.net>', 'To: <taro@kousya.example>'], 'hit', {}],
    ['a Japanese mail-security body from outside', ['From: "日本メールセキュリティ協会" <test@service.example.net>', 'To: <taro@kousya.example>'], 'hit', {}],
    ['own mail-system notice', ['From: "メールシステム通知" <admin@kousya.example>', 'To: <taro@kousya.example>'], 'miss', {}],
    ['own IT department', ['From: "IT Help Desk" <helpdesk@kousya.example>', 'To: <taro@kousya.example>'], 'miss', {}],
    ['bounce from MAILER-DAEMON', ['From: "Mail Delivery System" <MAILER-DAEMON@mx.example.net>'], 'miss', {}],
    ['ordinary name', ['From: "Ichiro Suzuki" <ichiro@example.net>'], 'miss', {}],
    ['nameless cloud-storage role', ['From: "Cloud Service Notification" <MevaLiM@deck.example.net>'], 'hit', {}],
    ['cloud storage, slash-separated', ['From: "Cloud/Storage" <x@example.net>'], 'hit', {}],
    ['a cloud word inside another word', ['From: "SoundCloud Storage Tips" <x@example.net>'], 'miss', {}],
    ['a company with "cloud" in its name', ['From: "Example Cloud Solutions" <x@example.net>'], 'miss', {}],
  ] as const)('%s', (_title, headers, expected, options) => {
    const v = analyzeText(eml(headers), options);
    expect(ids(v).includes(ID), ids(v).join(', ')).toBe(expected === 'hit');
  });
  fixtureTests(ID, {}, it);
});
