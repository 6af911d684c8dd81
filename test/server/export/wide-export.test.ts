import { Writable } from 'node:stream';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../../../server/analysis/response-record.ts';
import { collectCsv, writeCsv } from '../../../server/export/csv-stream.ts';
import { answerCellsWriter, wideCsv, wideHeader } from '../../../server/export/wide-export.ts';
import { loadPilot } from '../analysis/pilot-fixture.ts';
import { parseCsv } from './csv-helpers.ts';

const { codebook, submitted } = loadPilot();

const header = [
  'response_id',
  'country',
  'organisation',
  'organisation_type',
  'version',
  'locale',
  'started_at',
  'submitted_at',
  'synthetic',
  'agency_name',
  'uses_social_media',
  'platforms__facebook',
  'platforms__youtube',
  'platforms__line',
  'platforms__other',
  'platforms__other_text',
  'region',
  'contact_email',
  'staff_count',
  'instruments__law',
  'instruments__plan',
  'accounts__count',
  'final_comments',
];

describe('wideCsv', () => {
  it('has the response columns, then a column per answer: 0/1 per option, one per matrix row, a panel count', () => {
    expect(wideHeader(codebook)).toEqual(header);
  });

  it('writes each response as one row that reads back as submitted, formula-like text neutralised', async () => {
    const rows = await parseCsv(wideCsv(submitted, codebook));
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(1 + submitted.length);
    const times = (day: string) => [`2026-03-${day}T08:00:00.000Z`, `2026-03-${day}T09:30:00.000Z`];
    expect(rows[1]).toEqual(
      ['1', 'TH', 'กรมประชาสัมพันธ์', 'ministry', '1', 'th', ...times('01'), '0', 'กรมประชาสัมพันธ์', 'yes']
        .concat(['1', '0', '1', '0', '', 'national', 'somchai.s@prd.go.th', '12', 'exists', 'exists', '2'])
        .concat(['ดีมาก, ขอบคุณ']),
    );
    const digital = 'Department of "Digital" Affairs, Bangkok';
    expect(rows[2]).toEqual(
      [
        '2',
        'TH',
        digital,
        'agency',
        '1',
        'en',
        ...times('02'),
        '0',
        digital,
        'yes',
        '1',
        '0',
        '0',
        '1',
        "'=1+1",
      ].concat(['local', 'digital@dda.go.th', '5', 'none', 'exists', '1', 'Line one\nLine two, with comma']),
    );
    expect(rows[3]).toEqual(
      [
        '3',
        'TH',
        'Office of the Governor',
        'local_government',
        '1',
        'en',
        ...times('03'),
        '0',
        "'@SUM(A1)",
      ].concat(['no', '', '', '', '', '', 'national', '', '0', 'none', '', '', "'-2+3"]),
    );
    expect(rows.map((row) => row[2])).toContain('Bộ Thông tin và Truyền thông');
    expect(rows.map((row) => row[9])).toContain('ក្រសួងព័ត៌មាន');
  });

  it('quotes only the cells that need it', async () => {
    const text = await collectCsv(wideCsv([submitted[1]!], codebook));
    expect(text.split('\r\n')[1]).toBe(
      '2,TH,"Department of ""Digital"" Affairs, Bangkok",agency,1,en,2026-03-02T08:00:00.000Z,' +
        '2026-03-02T09:30:00.000Z,0,"Department of ""Digital"" Affairs, Bangkok",yes,1,0,0,1,\'=1+1,local,' +
        'digital@dda.go.th,5,none,exists,1,"Line one\nLine two, with comma"',
    );
  });

  it('writes labels in the chosen language instead of codes when asked', async () => {
    const rows = await parseCsv(wideCsv([submitted[0]!], codebook, { labels: true, locale: 'th' }));
    const row = Object.fromEntries(header.map((name, index) => [name, rows[1]![index]]));
    expect(row).toMatchObject({
      uses_social_media: 'ใช่',
      platforms__facebook: '1',
      region: 'ระดับชาติ',
      instruments__law: 'มีแล้ว',
      staff_count: '12',
    });
    const english = await parseCsv(wideCsv([submitted[0]!], codebook, { labels: true }));
    expect(english[1]![10]).toBe('Yes');
  });

  it('keeps negative numbers as numbers and neutralises only text', async () => {
    const record: ResponseRecord = {
      ...submitted[0]!,
      answers: { agency_name: '-3', staff_count: -3, final_comments: '+1' },
    };
    const rows = await parseCsv(wideCsv([record], codebook));
    const row = Object.fromEntries(header.map((name, index) => [name, rows[1]![index]]));
    expect(row).toMatchObject({ agency_name: "'-3", staff_count: '-3', final_comments: "'+1" });
  });

  it('starts with a UTF-8 byte-order mark for Excel when asked', async () => {
    const text = await collectCsv(wideCsv(submitted, codebook, { bom: true }));
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(Papa.parse<string[]>(text.slice(1)).data[0]).toEqual(header);
    expect((await collectCsv(wideCsv(submitted, codebook))).charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes the same bytes from answer cells rendered in advance as from the answers, contacts included', async () => {
    const writeCells = answerCellsWriter(codebook);
    const contact = { contactName: 'Somchai, "S."', contactEmail: '=mail' };
    const withContacts = submitted.map((record) => ({ ...record, ...contact }));
    const rendered = withContacts.map(({ answers, ...record }) => ({
      ...record,
      renderedCells: writeCells(answers),
    }));
    const fromAnswers = await collectCsv(wideCsv(withContacts, codebook, { contacts: true }));
    expect(fromAnswers).toContain(`"Somchai, ""S.""",'=mail`);
    expect(await collectCsv(wideCsv(rendered, codebook, { contacts: true }))).toBe(fromAnswers);
    // Mixed, as an export meets them: some rows stored, some (in progress, or a new layout) from their answers.
    const mixed = withContacts.map((record, index) => (index % 2 ? (rendered[index] ?? record) : record));
    expect(await collectCsv(wideCsv(mixed, codebook, { contacts: true }))).toBe(fromAnswers);
  });

  it('refuses to write labels from cells rendered in codes', async () => {
    const { answers, ...record } = submitted[0]!;
    const rendered = { ...record, renderedCells: answerCellsWriter(codebook)(answers) };
    await expect(collectCsv(wideCsv([rendered], codebook, { labels: true }))).rejects.toThrow(/labelled/);
  });

  it('streams an async source into a slow writable, waiting for it to drain', async () => {
    async function* source() {
      for (let copy = 0; copy < 50; copy++) {
        for (const record of submitted) yield { ...record, id: copy * 100 + record.id };
      }
    }
    let written = '';
    let drains = 0;
    const destination = new Writable({
      highWaterMark: 256,
      write(chunk, _encoding, callback) {
        written += chunk.toString();
        setImmediate(callback);
      },
    });
    destination.on('drain', () => {
      drains += 1;
    });
    await writeCsv(wideCsv(source(), codebook, { batchSize: 10 }), destination);
    destination.end();
    const rows = Papa.parse<string[]>(written, { skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1 + 50 * submitted.length);
    expect(rows.at(-1)?.[0]).toBe('4909');
    expect(drains).toBeGreaterThan(10);
  });
});
