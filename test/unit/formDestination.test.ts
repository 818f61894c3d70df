import { describe, expect, it } from 'vitest';
import { formIdFromUrl, nextStep, responseSheetOf, type StandardFormRecord } from '../../src/core/forms/destination';

const record = (kind: StandardFormRecord['kind'], formId: string, sheetId: number | null): StandardFormRecord => ({
  kind,
  formId,
  title: kind,
  language: 'en',
  editUrl: `https://docs.google.com/forms/d/${formId}/edit`,
  publishedUrl: `https://docs.google.com/forms/d/e/published-${formId}/viewform`,
  createdAt: '2026-11-23T09:00:00.000Z',
  sheetId,
});

describe('which response sheet is a form’s', () => {
  it('reads the form id out of its URLs, never out of a published /d/e/ URL', () => {
    expect(formIdFromUrl('https://docs.google.com/forms/d/1AbC-d_9/edit')).toBe('1AbC-d_9');
    expect(formIdFromUrl('https://docs.google.com/forms/d/1AbC-d_9/viewform')).toBe('1AbC-d_9');
    expect(formIdFromUrl('https://docs.google.com/forms/u/0/d/1AbC-d_9/viewform')).toBe('1AbC-d_9');
    expect(formIdFromUrl('https://docs.google.com/forms/d/e/1FAIpQLSe/viewform')).toBeNull();
    expect(formIdFromUrl(null)).toBeNull();
  });

  it('finds the sheet whose form URL names the form, whatever the URL’s ending', () => {
    const sheets = [
      { sheetId: 1, formUrl: null },
      { sheetId: 2, formUrl: 'https://docs.google.com/forms/d/other/viewform' },
      { sheetId: 3, formUrl: 'https://docs.google.com/forms/d/mine/viewform' },
    ];
    expect(responseSheetOf('mine', sheets)).toBe(3);
    expect(responseSheetOf('missing', sheets)).toBeNull();
  });

  it('reuses a waiting or linked form of the kind, and makes one only when none is left', () => {
    const waiting = record('mentee', 'f1', null);
    const linked = record('mentor', 'f2', 7);
    expect(nextStep('mentee', [waiting, linked], new Set([7]))).toEqual({ action: 'link', record: waiting });
    expect(nextStep('mentor', [waiting, linked], new Set([7]))).toEqual({ action: 'existing', record: linked });
    // Its response sheet was deleted: a new form may be made.
    expect(nextStep('mentor', [waiting, linked], new Set([8]))).toEqual({ action: 'create' });
    expect(nextStep('diary', [waiting, linked], new Set([7]))).toEqual({ action: 'create' });
  });

  it('keeps one form per second language: an Arabic mentee form is not the plain one, nor the Ukrainian one', () => {
    const plain = record('mentee', 'f1', 7);
    const arabic = { ...record('mentee', 'f2', 8), secondLanguage: 'ar' as const };
    expect(nextStep('mentee', [plain, arabic], new Set([7, 8]))).toEqual({ action: 'existing', record: plain });
    expect(nextStep('mentee', [plain, arabic], new Set([7, 8]), 'ar')).toEqual({ action: 'existing', record: arabic });
    expect(nextStep('mentee', [plain, arabic], new Set([7, 8]), 'uk')).toEqual({ action: 'create' });
    expect(nextStep('mentee', [arabic], new Set([8]))).toEqual({ action: 'create' });
  });
});
