import { describe, expect, it } from 'vitest';
import { iso, jpeg, png, vhdx } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/disk-image';

checkSuite(ID, [
  ['.iso', [{ filename: 'a.iso', contentType: 'application/octet-stream', data: iso() }], 'hit'],
  ['.img (an ISO renamed)', [{ filename: 'a.img', contentType: 'application/octet-stream', data: iso() }], 'hit'],
  ['.vhdx', [{ filename: 'a.vhdx', contentType: 'application/octet-stream', data: vhdx() }], 'hit'],
  ['.vhd by name only', [{ filename: 'a.vhd', contentType: 'application/octet-stream', data: 'x' }], 'hit'],
  ['ISO content under an unknown name', [{ filename: 'shipment.dat', contentType: 'application/octet-stream', data: iso() }], 'hit'],
  ['declared type only', [{ filename: 'disk', contentType: 'application/x-iso9660-image', data: 'x' }], 'hit'],
  ['inline PNG', [{ filename: 'logo.png', contentType: 'image/png', data: png(), disposition: 'inline', cid: 'l@example.com' }], 'miss'],
  ['JPEG photo', [{ filename: 'IMG_0001.JPG', contentType: 'image/jpeg', data: jpeg() }], 'miss'],
  ['ISO content named .pdf is type-mismatch, not this check', [{ filename: 'a.pdf', contentType: 'application/pdf', data: iso() }], 'miss'],
]);

describe(ID, () => {
  it('suspicious alone', () => {
    const v = analyzeAttachments([{ filename: 'a.iso', contentType: 'application/octet-stream', data: iso() }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 35, params: { name: 'a.iso', ext: 'iso' } });
    expect(v.level).toBe('suspicious');
  });
});
