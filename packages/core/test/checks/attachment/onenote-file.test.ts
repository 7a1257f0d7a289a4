import { describe, expect, it } from 'vitest';
import { jpeg, latin1, onenote, pdf, pe, png } from '../../attachment/builders.js';
import { analyzeAttachments, analyzeDirect, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/onenote-file';

checkSuite(ID, [
  ['.one with an embedded batch file', [{ filename: 'a.one', contentType: 'application/octet-stream', data: onenote([latin1('@echo off')]) }], 'hit'],
  ['.one with pictures only', [{ filename: 'a.one', contentType: 'application/onenote', data: onenote([png(), jpeg()]) }], 'hit'],
  ['OneNote content under an unknown name', [{ filename: 'notes.bin', contentType: 'application/octet-stream', data: onenote() }], 'hit'],
  ['.onepkg by name', [{ filename: 'a.onepkg', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['a PDF', [{ filename: 'a.pdf', contentType: 'application/pdf', data: pdf() }], 'miss'],
  ['a .one-like name that is not one', [{ filename: 'phone.txt', contentType: 'text/plain', data: 'x' }], 'miss'],
]);

describe(ID, () => {
  it('caution for a plain section, suspicious with an embedded non-picture file', () => {
    const plain = analyzeAttachments([{ filename: 'a.one', contentType: 'application/onenote', data: onenote([png()]) }]);
    expect(findingsOf(plain, ID)[0]).toMatchObject({ weight: 20, params: { embeddedFiles: 0 } });
    expect(plain.level).toBe('caution');
    const armed = analyzeAttachments([{ filename: 'a.one', contentType: 'application/onenote', data: onenote([png(), pe()]) }]);
    expect(findingsOf(armed, ID)[0]).toMatchObject({ weight: 40, severity: 'danger', params: { embeddedFiles: 1 } });
    expect(armed.level).toBe('suspicious');
  });
  it('without bytes: flagged by name, count unknown', () => {
    const v = analyzeDirect([{ filename: 'a.one', contentType: 'application/octet-stream', size: 1 }]);
    expect(findingsOf(v, ID)[0]?.params).toEqual({ name: 'a.one', embeddedFiles: null });
  });
});
