import { normaliseMatchingSettings, type MatchingSettings } from '../../core/matching/settings';
import { readJson, writeJson } from '../workspace/jsonProperties';

/**
 * What matching keeps outside the sheets, in the document properties: the settings, the
 * coordinator's "never pair these two" list (ids only: the private reasons are in the protected
 * Sensitive details sheet), and the ended pairs the coordinator allowed to be suggested again.
 */
const SETTINGS = 'pmd.matching.settings';
const EXCLUSIONS = 'pmd.matching.exclusions';
const LIFTED = 'pmd.matching.lifted';

export interface StoredExclusion {
  mentorId: string;
  menteeId: string;
  at: string;
}

/** The stored settings; `fromSettingsSheet` (the host language) wins, as the sheet is where coordinators see it. */
export function matchingSettings(fromSettingsSheet: Partial<MatchingSettings> = {}): MatchingSettings {
  return normaliseMatchingSettings({ ...(readJson<Partial<MatchingSettings>>(SETTINGS) ?? {}), ...fromSettingsSheet });
}

export function saveMatchingSettings(settings: MatchingSettings | null): void {
  writeJson(SETTINGS, settings ?? {});
}

export function exclusions(): StoredExclusion[] {
  return readJson<StoredExclusion[]>(EXCLUSIONS) ?? [];
}

export function addExclusion(exclusion: StoredExclusion): void {
  saveExclusions([...exclusions().filter((e) => !(e.mentorId === exclusion.mentorId && e.menteeId === exclusion.menteeId)), exclusion]);
}

export function saveExclusions(list: readonly StoredExclusion[]): void {
  writeJson(EXCLUSIONS, list);
}

/** Exclusions as stored before their reasons moved to the Sensitive details sheet (setup moves them). */
export function exclusionsWithLegacyReasons(): (StoredExclusion & { reason?: string })[] {
  return readJson<(StoredExclusion & { reason?: string })[]>(EXCLUSIONS) ?? [];
}

export function liftedPairs(): string[] {
  return readJson<string[]>(LIFTED) ?? [];
}

export function liftEndedPair(key: string): void {
  writeJson(LIFTED, [...new Set([...liftedPairs(), key])]);
}
