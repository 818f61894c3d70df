/**
 * The canonical intake fields of each kind of form, and how people word those questions in
 * English, Italian, Spanish, French, German and Dutch. A field's key is the column key of the
 * structured sheet its answers land in.
 */
export type FormKind = 'mentor' | 'mentee' | 'diary' | 'mentorSatisfaction' | 'menteeSatisfaction' | 'assessment';

export const FORM_KINDS: readonly FormKind[] = ['mentor', 'mentee', 'diary', 'mentorSatisfaction', 'menteeSatisfaction', 'assessment'];

export interface FieldSpec {
  readonly key: string;
  /** Phrases that name the question (folded: lower case, no accents). Longer phrases win. */
  readonly phrases: readonly string[];
  readonly required?: boolean;
}

const f = (key: string, phrases: string[], required = false): FieldSpec => ({ key, phrases, required });

const PERSON: FieldSpec[] = [
  f('name', ['full name', 'name and surname', 'first and last name', 'your name', 'name', 'nome e cognome', 'nome completo', 'nome', 'cognome', 'nombre completo', 'nombre y apellidos', 'nombre', 'nom complet', 'nom et prenom', 'nom', 'prenom', 'vollstandiger name', 'vor und nachname', 'vorname', 'volledige naam', 'naam', 'voornaam'], true),
  f('email', ['email address', 'email', 'e mail', 'mail', 'indirizzo email', 'posta elettronica', 'correo electronico', 'correo', 'adresse e mail', 'courriel', 'e mail adresse', 'e mailadres', 'emailadres']),
  f('phone', ['phone number', 'telephone', 'phone', 'mobile', 'whatsapp', 'numero di telefono', 'telefono', 'cellulare', 'numero de telefono', 'movil', 'numero de telephone', 'portable', 'telefonnummer', 'handynummer', 'telefon', 'telefoonnummer', 'gsm', 'mobiel']),
  f('birthYear', ['year of birth', 'birth year', 'date of birth', 'birthday', 'age', 'anno di nascita', 'data di nascita', 'eta', 'ano de nacimiento', 'fecha de nacimiento', 'edad', 'annee de naissance', 'date de naissance', 'geburtsjahr', 'geburtsdatum', 'alter', 'geboortejaar', 'geboortedatum', 'leeftijd'], true),
  f('genderPreference', ['preferred gender', 'gender preference', 'prefer a mentor who is', 'gender of your mentee', 'gender of your mentor', 'preferenza di genere', 'preferisci un mentore', 'genere del mentore', 'genere del mentee', 'preferencia de genero', 'preference de genre', 'bevorzugtes geschlecht', 'voorkeur geslacht', 'voorkeur voor een mentor']),
  f('gender', ['gender', 'sex', 'genere', 'sesso', 'genero', 'sexo', 'genre', 'sexe', 'geschlecht', 'geslacht']),
  f('hostLanguageLevel', ['level of italian', 'level of the host language', 'level of dutch', 'level of german', 'level of french', 'level of spanish', 'level of english', 'livello di italiano', 'conoscenza dell italiano', 'nivel de espanol', 'niveau de francais', 'deutschkenntnisse', 'niveau nederlands', 'kennis nederlands']),
  f('languages', ['languages you speak', 'languages spoken', 'languages', 'language', 'lingue parlate', 'lingue che parli', 'lingue', 'idiomas', 'idiomas que hablas', 'langues parlees', 'langues', 'sprachen', 'gesprochene sprachen', 'talen', 'gesproken talen'], true),
  f('origin', ['country or region of origin', 'country of origin', 'where are you from', 'origin', 'nationality', 'paese di origine', 'provenienza', 'nazionalita', 'pais de origen', 'nacionalidad', 'pays d origine', 'nationalite', 'herkunftsland', 'staatsangehorigkeit', 'land van herkomst', 'nationaliteit']),
  f('municipality', ['municipality', 'city', 'town', 'where do you live', 'comune', 'citta', 'dove vivi', 'municipio', 'ciudad', 'commune', 'ville', 'gemeinde', 'wohnort', 'stadt', 'gemeente', 'woonplaats']),
  f('postcode', ['postcode', 'postal code', 'zip code', 'zip', 'cap', 'codice postale', 'codigo postal', 'code postal', 'postleitzahl', 'plz', 'postcode nl']),
  f('timeInCountry', ['how long have you lived', 'time in the country', 'since when', 'arrival', 'da quanto tempo vivi', 'da quanto tempo sei', 'arrivo', 'cuanto tiempo', 'depuis combien de temps', 'seit wann', 'hoe lang woon je', 'aankomst']),
  f('interests', ['interests and hobbies', 'hobbies', 'interests', 'free time', 'interessi e hobby', 'interessi', 'tempo libero', 'intereses', 'aficiones', 'centres d interet', 'loisirs', 'interessen', 'hobbys', 'interesses', 'vrije tijd']),
  f('availability', ['when are you available', 'availability', 'available', 'disponibilita', 'quando sei disponibile', 'disponibilidad', 'disponibilite', 'verfugbarkeit', 'wann hast du zeit', 'beschikbaarheid', 'wanneer ben je beschikbaar']),
  f('hoursPerMonth', ['hours a month', 'hours per month', 'how many hours', 'ore al mese', 'quante ore', 'horas al mes', 'heures par mois', 'stunden pro monat', 'uren per maand']),
  f('periodsAway', ['periods away', 'periods you will be away', 'holidays', 'periodi di assenza', 'assenze', 'periodos de ausencia', 'periodes d absence', 'abwesenheit', 'afwezigheid']),
  f('family', ['family and children', 'family situation', 'children', 'famiglia e figli', 'famiglia', 'figli', 'familia', 'hijos', 'famille', 'enfants', 'familie', 'kinder', 'kinderen', 'gezin']),
  f('temperament', ['describe yourself', 'personality', 'temperament', 'character', 'come ti descrivi', 'carattere', 'personalita', 'como te describes', 'personalidad', 'comment vous decrivez', 'personnalite', 'wie beschreibst du dich', 'personlichkeit', 'hoe beschrijf je jezelf', 'persoonlijkheid']),
  f('motivation', ['why do you want', 'motivation', 'perche vuoi', 'motivazione', 'por que quieres', 'motivacion', 'pourquoi voulez vous', 'warum mochtest du', 'motivatie', 'waarom wil je']),
  f('consentData', ['processing of my data', 'data processing', 'privacy', 'consent', 'gdpr', 'trattamento dei dati', 'consenso', 'tratamiento de datos', 'consentimiento', 'traitement des donnees', 'consentement', 'datenverarbeitung', 'einwilligung', 'datenschutz', 'verwerking van mijn gegevens', 'toestemming'], true),
  f('consentContact', ['may contact me', 'contact me', 'be contacted', 'essere contattato', 'contattarmi', 'contactarme', 'me contacter', 'kontaktieren', 'contact met mij']),
];

const MENTOR_ONLY: FieldSpec[] = [
  f('offers', ['what help can you offer', 'help you can offer', 'what can you help with', 'support you offer', 'in cosa puoi aiutare', 'aiuto che puoi offrire', 'que ayuda puedes ofrecer', 'quelle aide pouvez vous', 'wobei kannst du helfen', 'waarmee kun je helpen']),
  f('mentorKinds', ['kind of mentor', 'type of mentor', 'which mentor', 'tipo di mentore', 'che mentore', 'tipo de mentor', 'type de mentor', 'art von mentor', 'soort mentor']),
  f('skills', ['skills and professional field', 'skills', 'competenze', 'habilidades', 'competences', 'fahigkeiten', 'vaardigheden']),
  f('professionalField', ['professional field', 'profession', 'occupation', 'job', 'settore professionale', 'professione', 'lavoro', 'profesion', 'sector profesional', 'metier', 'beruf', 'beroep']),
];

const MENTEE_ONLY: FieldSpec[] = [
  f('agePreference', ['preferred age of your mentor', 'age of your mentor', 'mentor of what age', 'eta del mentore', 'eta preferita', 'edad del mentor', 'age du mentor', 'alter des mentors', 'leeftijd van de mentor']),
  f('wantsSimilarBackground', ['also came to this country', 'similar experience', 'similar background', 'also came from abroad', 'esperienza simile', 'anche lui arrivato', 'experiencia similar', 'experience similaire', 'ahnliche erfahrung', 'vergelijkbare ervaring']),
  f('needs', ['what do you need help with', 'needs and priorities', 'needs', 'priorities', 'di cosa hai bisogno', 'bisogni', 'priorita', 'que necesitas', 'necesidades', 'de quoi avez vous besoin', 'besoins', 'wobei brauchst du hilfe', 'bedurfnisse', 'waarbij heb je hulp nodig', 'noden'], true),
  f('goals', ['what would you like to achieve', 'goals', 'objectives', 'cosa vorresti raggiungere', 'obiettivi', 'que te gustaria lograr', 'objetivos', 'que souhaitez vous atteindre', 'objectifs', 'was mochtest du erreichen', 'ziele', 'wat wil je bereiken', 'doelen']),
  f('health', ['health', 'health conditions', 'salute', 'condizioni di salute', 'salud', 'sante', 'gesundheit', 'gezondheid']),
  f('permitInOrder', ['residence permit', 'permit in order', 'permesso di soggiorno', 'permiso de residencia', 'titre de sejour', 'aufenthaltstitel', 'aufenthaltserlaubnis', 'verblijfsvergunning']),
];

const DIARY: FieldSpec[] = [
  f('mentorEmail', ['your email', 'mentor email', 'email address', 'email', 'indirizzo email', 'correo electronico', 'adresse e mail', 'e mail adresse', 'e mailadres'], true),
  f('pairCode', ['pair code', 'pair', 'codice coppia', 'coppia', 'codigo de pareja', 'code du binome', 'tandem code', 'paarcode', 'duo code']),
  f('date', ['date of the meeting', 'meeting date', 'date', 'data dell incontro', 'data', 'fecha', 'date de la rencontre', 'datum'], true),
  f('durationMinutes', ['duration', 'how long', 'minutes', 'durata', 'quanto e durato', 'duracion', 'duree', 'dauer', 'duur']),
  f('mode', ['mode', 'in person or online', 'how did you meet', 'modalita', 'modalidad', 'modalite', 'art des treffens', 'manier']),
  f('activity', ['activity', 'what did you do', 'attivita', 'cosa avete fatto', 'actividad', 'activite', 'aktivitat', 'activiteit']),
  f('themes', ['themes', 'topics', 'temi', 'argomenti', 'temas', 'themes abordes', 'themen', 'thema s', 'onderwerpen']),
  f('communityActivity', ['community activity', 'attivita nella comunita', 'attivita comunitaria', 'actividad comunitaria', 'activite communautaire', 'gemeinschaftsaktivitat', 'buurtactiviteit']),
  f('needsSupport', ['support from the coordinator', 'need support', 'supporto del coordinatore', 'hai bisogno di supporto', 'apoyo del coordinador', 'soutien du coordinateur', 'unterstutzung', 'steun van de coordinator']),
  f('concerns', ['concerns', 'problems', 'difficulties', 'preoccupazioni', 'problemi', 'difficolta', 'preocupaciones', 'problemas', 'preoccupations', 'difficultes', 'sorgen', 'probleme', 'zorgen', 'moeilijkheden']),
];

const SATISFACTION: FieldSpec[] = [
  f('personEmail', ['your email', 'email address', 'email', 'indirizzo email', 'correo electronico', 'adresse e mail', 'e mail adresse', 'e mailadres'], true),
  f('pairCode', ['pair code', 'codice coppia', 'codigo de pareja', 'code du binome', 'paarcode', 'duo code']),
  f('overall', ['overall', 'how satisfied', 'satisfaction', 'soddisfazione complessiva', 'quanto sei soddisfatto', 'satisfaccion', 'satisfaction globale', 'zufriedenheit', 'tevredenheid'], true),
  f('comments', ['comments', 'suggestions', 'anything else', 'commenti', 'suggerimenti', 'comentarios', 'commentaires', 'kommentare', 'opmerkingen']),
];

const ASSESSMENT: FieldSpec[] = [
  f('pairCode', ['pair code', 'codice coppia', 'codigo de pareja', 'code du binome', 'paarcode', 'duo code'], true),
  f('outcomes', ['key outcomes', 'outcomes', 'results', 'risultati', 'resultados', 'resultats', 'ergebnisse', 'resultaten']),
  f('challenges', ['challenges', 'difficulties', 'sfide', 'difficolta', 'desafios', 'defis', 'herausforderungen', 'uitdagingen']),
  f('mentorReflection', ['mentor reflection', 'reflection of the mentor', 'riflessione del mentore', 'reflexion del mentor', 'reflexion du mentor', 'reflexion des mentors', 'reflectie mentor']),
  f('menteeReflection', ['mentee reflection', 'reflection of the mentee', 'riflessione del mentee', 'reflexion del mentee', 'reflexion du mentore', 'reflexion des mentees', 'reflectie mentee']),
];

export const FIELDS: Record<FormKind, readonly FieldSpec[]> = {
  mentor: [...PERSON, ...MENTOR_ONLY],
  mentee: [...PERSON, ...MENTEE_ONLY],
  diary: DIARY,
  mentorSatisfaction: SATISFACTION,
  menteeSatisfaction: SATISFACTION,
  assessment: ASSESSMENT,
};

/** What Google Forms names its own columns, in the languages Sheets is used in. */
export const TIMESTAMP_HEADERS = ['timestamp', 'informazioni cronologiche', 'marca temporal', 'horodateur', 'zeitstempel', 'tijdstempel', 'carimbo de data hora'];
export const EMAIL_HEADERS = ['email address', 'indirizzo email', 'direccion de correo electronico', 'adresse e mail', 'e mail adresse', 'e mailadres', 'endereco de e mail'];
