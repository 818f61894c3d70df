/**
 * The English message catalogue: the source of every user-facing string.
 * Other languages must provide every key (the type of `it.ts` enforces it).
 * Placeholders are written {name} and filled by `format`.
 */
export const en = {
  'app.name': 'Peer Mentoring Desk',
  'menu.openSidebar': 'Open sidebar',
  'menu.setUp': 'Set up programme',
  'menu.help': 'Help',
  'help.title': 'Peer Mentoring Desk',
  'help.body':
    'Open the sidebar from this menu to manage intake, matching, supervision, documents and indicators. The coordinator always decides: nothing is matched or shared without you.',
  'nav.label': 'Sections',
  'nav.home': 'Home',
  'nav.intake': 'Intake',
  'nav.matching': 'Matching',
  'nav.pairs': 'Pairs and supervision',
  'nav.documents': 'Documents',
  'nav.indicators': 'Indicators',
  'nav.settings': 'Settings',
  'home.title': 'Your programme',
  'home.notSetUp': 'This spreadsheet is not set up yet. Set up the programme to create its sheets.',
  'home.setUpButton': 'Set up programme',
  'home.ready': 'The programme is set up.',
  'home.sheetCount': '{count} sheets in this spreadsheet',
  'home.responseSheets': 'Form response sheets: {names}',
  'home.noResponseSheets': 'No linked form response sheets yet.',
  'area.comingSoon': 'This section is being built. Its data will appear here once the programme is set up.',
  'settings.title': 'Settings',
  'settings.language': 'Language of the add-on',
  'settings.languageAuto': 'Follow the spreadsheet ({language})',
  'settings.save': 'Save',
  'settings.saved': 'Settings saved.',
  'settings.viewersWarning':
    'Anyone with access to this spreadsheet can read every sheet, including sensitive ones. Share the spreadsheet only with coordinators.',
  'setup.done': 'Programme set up: {created} sheets created, {repaired} repaired.',
  'common.loading': 'Loading…',
  'common.retry': 'Try again',
  'common.close': 'Close',
  'error.generic': 'Something went wrong: {message}',
  'error.busy': 'Another person or process is updating the programme. Please try again in a moment.',
  'error.badArgument': 'The request was not understood: {detail}',
  'language.en': 'English',
  'language.it': 'Italiano',
} as const;

export type MessageKey = keyof typeof en;
