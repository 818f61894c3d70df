import { SUPPORTED_LANGUAGES, type SupportedLanguage } from '../core/i18n';
import { expectOneOf, expectRecord } from '../core/validate';
import { homeDesk } from './home';
import { setUpProgrammeSheets } from './programme';
import { documentsApi } from './documents/api';
import { intakeApi } from './intake/api';
import { matchingApi } from './matching/api';
import { readinessApi } from './matching/readiness';
import { waitingListApi } from './matching/waitingList';
import { coordinatorsApi } from './privacy/coordinatorsApi';
import { anonymiseParticipant, eraseParticipant } from './privacy/erase';
import { exportParticipant } from './privacy/export';
import { retentionDue } from './privacy/retention';
import { outreachApi } from './outreach/api';
import { waitingEmailApi } from './outreach/waitingEmail';
import { supervisionApi, supervisionSettingsApi } from './supervision/api';
import { rpcAll } from './rpc';
import { type SidebarState, sidebarState } from './sidebarState';
import { audit } from './workspace/audit';
import { saveLanguageOverride } from './workspace/preferences';

export interface SettingsInput {
  language: SupportedLanguage | 'auto';
}

/**
 * The functions the sidebar calls through google.script.run. Each checks its arguments:
 * the browser is not trusted.
 */
const shellApi = {
  getSidebarState: (): SidebarState => sidebarState(),

  /** Home: the setup path and what needs the coordinator now (core/home/desk.ts). */
  getHomeDesk: () => homeDesk(),

  saveSettings: (input: SettingsInput): SidebarState => {
    const record = expectRecord(input, 'settings');
    const language = expectOneOf(record.language, ['auto', ...SUPPORTED_LANGUAGES] as const, 'language');
    saveLanguageOverride(language === 'auto' ? null : language);
    audit('settings.language', language);
    return sidebarState();
  },

  setUpProgramme: () => {
    const result = setUpProgrammeSheets();
    return { created: result.created, repaired: result.repaired, message: result.message, state: sidebarState() };
  },
};

export const sidebarApi = rpcAll({
  ...shellApi,
  ...intakeApi,
  ...matchingApi,
  ...readinessApi,
  ...waitingListApi,
  ...supervisionApi,
  ...supervisionSettingsApi,
  ...documentsApi,
  ...outreachApi,
  ...waitingEmailApi,
  ...coordinatorsApi,
  eraseParticipant,
  anonymiseParticipant,
  exportParticipant,
  getRetentionDue: retentionDue,
});

export type SidebarApi = typeof sidebarApi;
