import type { DocumentTexts } from '../en/documents';

/** Greek (modern, Greece) default documents. Every document of the English ones must be present. */
export const documents: DocumentTexts = {
  templates: {
    iip: {
      name: 'Πρότυπο – Ατομικό Σχέδιο Ένταξης',
      header: '{{programme.name}} · Ατομικό Σχέδιο Ένταξης · {{pair.code}}',
      footer: 'Εμπιστευτικό: μόνο για τον/τη mentee, τον/τη μέντορα και τον συντονισμό.',
      blocks: [
        { heading: 'Ατομικό Σχέδιο Ένταξης' },
        {
          table: [
            ['Mentee', '{{mentee.name}}'],
            ['Μέντορας', '{{mentor.name}}'],
            ['Έναρξη', '{{pair.startedOn}}'],
            ['Προγραμματισμένη λήξη', '{{pair.plannedEndOn}}'],
          ],
        },
        { heading: 'Στόχοι' },
        {
          text: 'Οι στόχοι είναι ρεαλιστικοί και μετρήσιμοι μέσα στη διάρκεια του προγράμματος: ο καθένας έχει βήματα, ποιος κάνει τι, και προθεσμία.',
        },
        {
          table: [
            ['Τομέας', 'Στόχος', 'Βήματα και ποιος κάνει τι', 'Προθεσμία', 'Κατάσταση'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.steps}}', '{{goals.targetDate}}', '{{goals.status}}'],
          ],
        },
        { heading: 'Ημερομηνίες ανασκόπησης' },
        { text: 'Ενδιάμεση ανασκόπηση: ____________    Τελική ανασκόπηση: ____________' },
        { heading: 'Υπογραφές' },
        {
          table: [
            ['Mentee', 'Μέντορας', 'Συντονιστής/Συντονίστρια'],
            ['', '', ''],
          ],
        },
      ],
    },
    codeOfConduct: {
      name: 'Πρότυπο – Συμφωνία Κώδικα Δεοντολογίας',
      header: '{{programme.name}} · Κώδικας Δεοντολογίας · {{pair.code}}',
      footer: 'Υπογράφηκε στη συνάντηση γνωριμίας στις {{today}}.',
      blocks: [
        { heading: 'Συμφωνία Κώδικα Δεοντολογίας για το ομότιμο mentoring' },
        { text: 'Μέντορας: {{mentor.name}}. Mentee: {{mentee.name}}.' },
        { heading: 'Ρόλοι και δεσμεύσεις' },
        {
          text: 'Ο/Η μέντορας προσφέρει καθοδήγηση και στήριξη· ο/η mentee συμμετέχει ενεργά και αποφασίζει ο ίδιος/η ίδια για τη ζωή του/της. Και οι δύο τηρούν τις συναντήσεις που συμφωνούν και ενημερώνουν έγκαιρα ο ένας τον άλλον όταν δεν μπορούν να έρθουν.',
        },
        { heading: 'Συναντήσεις' },
        { text: 'Συναντιόμαστε τουλάχιστον δύο φορές τον μήνα τους τρεις πρώτους μήνες και στη συνέχεια όπως έχουμε συμφωνήσει στο σχέδιό μας.' },
        { text: '{{#if pair.diaryLink}}' },
        { text: 'Ημερολόγιο μέντορα, μία καταχώριση μετά από κάθε συνάντηση: {{pair.diaryLink}}' },
        { text: '{{/if}}' },
        { heading: 'Εμπιστευτικότητα και όρια' },
        {
          text: 'Ό,τι λέμε μένει μεταξύ μας, εκτός αν κάποιος κινδυνεύει. Δεν δίνονται χρήματα, δώρα αξίας ή δάνεια. Ο/Η μέντορας δεν αναλαμβάνει ρόλο δικηγόρου, γιατρού ή ιδιοκτήτη κατοικίας.',
        },
        { heading: 'Με ποιον επικοινωνείτε' },
        { text: 'Για κάθε ερώτηση ή δυσκολία, επικοινωνήστε με τον συντονισμό: {{coordinator.email}}.' },
        { heading: 'Υπογραφές' },
        {
          table: [
            ['Mentee', 'Μέντορας', 'Συντονιστής/Συντονίστρια'],
            ['', '', ''],
          ],
        },
      ],
    },
    assessment: {
      name: 'Πρότυπο – Τελική αξιολόγηση ΑΣΕ',
      header: '{{programme.name}} · Τελική αξιολόγηση ΑΣΕ · {{pair.code}}',
      footer: 'Εμπιστευτικό: μόνο για τον/τη mentee, τον/τη μέντορα και τον συντονισμό.',
      blocks: [
        { heading: 'Τελική αξιολόγηση του Ατομικού Σχεδίου Ένταξης' },
        { text: 'Mentee: {{mentee.name}}. Μέντορας: {{mentor.name}}. Ημερομηνία: {{today}}.' },
        { heading: 'Οι στόχοι και η τελική τους κατάσταση' },
        {
          table: [
            ['Τομέας', 'Στόχος', 'Τελική κατάσταση', 'Τεκμήρια'],
            ['{{goals.area}}', '{{goals.goal}}', '{{goals.status}}', '{{goals.evidence}}'],
          ],
        },
        { heading: 'Κύρια αποτελέσματα' },
        { text: '{{assessment.outcomes}}' },
        { heading: 'Δυσκολίες' },
        { text: '{{assessment.challenges}}' },
        { heading: 'Σκέψεις' },
        {
          table: [
            ['Μέντορας', '{{assessment.mentorReflection}}'],
            ['Mentee', '{{assessment.menteeReflection}}'],
          ],
        },
      ],
    },
    proposal: {
      name: 'Πρότυπο – Πρόταση ζεύγους προς τον/τη μέντορα',
      header: '{{programme.name}} · Πρόταση ζεύγους · {{pair.code}}',
      footer: 'Παρακαλούμε κρατήστε αυτές τις πληροφορίες εμπιστευτικές.',
      blocks: [
        { text: 'Αγαπητέ/ή {{mentor.firstName}},' },
        { text: 'Θα θέλαμε να σας προτείνουμε να γίνετε μέντορας για τον/την {{mentee.firstName}}.' },
        {
          table: [
            ['Γλώσσες', '{{mentee.languages}}'],
            ['Ζητά βοήθεια για', '{{mentee.needs}}'],
            ['Διαθεσιμότητα', '{{mentee.availability}}'],
          ],
        },
        { text: 'Γιατί πιστεύουμε ότι ταιριάζετε: {{match.reasons}}.' },
        { text: 'Σας φαίνεται ένα πιθανό ταίριασμα; Αν όχι, μπορείτε να ζητήσετε άλλο.' },
      ],
    },
  },
  shortNames: { iip: 'ΑΣΕ', codeOfConduct: 'Κώδικας Δεοντολογίας', assessment: 'Τελική αξιολόγηση ΑΣΕ', proposal: 'Πρόταση ζεύγους' },
};

/** Words of the templates rightly the same as the English ones. */
export const sameAsEnglish: readonly string[] = ['Mentee'];
