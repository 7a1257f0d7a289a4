import { describe, expect, it } from 'vitest';
import { gzip, ooxml, pdf, rar4, tar, zip } from '../../attachment/builders.js';
import { analyzeAttachments, checkSuite, findingsOf } from './support.js';

const ID = 'attachment/archive-in-archive';

checkSuite(ID, [
  ['ZIP in ZIP', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'b.zip', data: zip([]) }]) }], 'hit'],
  ['RAR in ZIP', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'dir/b.rar', data: 'x' }]) }], 'hit'],
  ['7z in RAR', [{ filename: 'a.rar', contentType: 'application/octet-stream', data: rar4([{ name: 'b.7z' }]) }], 'hit'],
  ['ZIP of PDFs', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.pdf', data: pdf() }]) }], 'miss'],
  ['ZIP of .docx/.xlsx (OOXML are not archives here)', [{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'a.docx', data: ooxml('word') }, { name: 'b.xlsx', data: ooxml('xl') }]) }], 'miss'],
  ['.tar.gz (a tar inside gzip is one format)', [{ filename: 'src.tar.gz', contentType: 'application/gzip', data: gzip('src.tar') }], 'miss'],
  ['plain tar', [{ filename: 'a.tar', contentType: 'application/x-tar', data: tar(['a.txt']) }], 'miss'],
]);

describe(ID, () => {
  it('caution alone (weight 20)', () => {
    const v = analyzeAttachments([{ filename: 'a.zip', contentType: 'application/zip', data: zip([{ name: 'b.zip', data: 'x' }]) }]);
    expect(findingsOf(v, ID)[0]).toMatchObject({ weight: 20, params: { name: 'a.zip', inner: 'b.zip' } });
    expect(v.level).toBe('caution');
  });
});
