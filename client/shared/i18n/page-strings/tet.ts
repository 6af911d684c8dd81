/** The respondent page's own words in Tetum (tet): Tetum (Tetun Dili) — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const tetumPageStrings: PageStrings = {
  loading: 'Karrega hela kestionáriu…',
  language: 'Lian',
  saveSaved: 'Mudansa hotu rai ona',
  saveSaving: 'Rai hela…',
  saveOffline:
    "Offline — ita-boot nia resposta sira rai iha dispozitivu ida-ne'e no sei haruka bainhira ita-boot konekta fali",
  saveError: 'Agora daudaun la konsege rai — ami sei koko fali',
  submitting: 'Haruka hela…',
  submitInvalid: "Resposta balun presiza atensaun. Favór haree pergunta sira ne'ebé iha marka mean.",
  submitFailed:
    'La konsege haruka ita-boot nia resposta sira. Favór haree ita-boot nia koneksaun no koko fali.',
  receiptTitle: 'Obrigadu — ita-boot nia resposta sira haruka ona',
  receiptReference: 'Kódigu referénsia',
  receiptSubmittedAt: 'Haruka iha',
  receiptKeep: "Favór rai kódigu referénsia ida-ne'e ba ita-boot nia rejistu.",
  yourAnswers: "Resposta sira ne'ebé ita-boot haruka ona (lee de'it)",
  print: 'Imprime',
  notFoundTitle: "Link ida-ne'e la válidu",
  notFoundBody:
    "Favór haree katak ita-boot kopia link tomak husi ita-boot nia konvite, ka kontaktu ekipa peskiza ne'ebé konvida ita-boot.",
  closedTitle: "Kestionáriu ida-ne'e taka ona",
  closedBody: "Inkéritu ne'e la simu tan resposta. Favór kontaktu ekipa peskiza se ita-boot presiza ajuda.",
  notOpenTitle: "Kestionáriu ida-ne'e seidauk loke",
  notOpenBody: "Inkéritu sei loke iha {date}. Favór fila fali iha loron ne'ebá.",
  alreadySubmittedTitle: 'Haruka tiha ona',
  resumed: "Bemvindu fali — ita-boot nia resposta sira ne'ebé rai ona, rekupera fali ona.",
  tooManyRequestsTitle: 'Koko barak liu ona',
  tooManyRequestsBody: 'Favór hein minutu balun no koko fali.',
  skipToContent: 'Ba kestionáriu kedas',
  showIntroduction: 'Hatudu introdusaun',
  hideIntroduction: 'Subar introdusaun',
  reviewButton: 'Haree fila resposta sira',
  reviewTitle: 'Haree fali ita-boot nia resposta sira molok haruka',
  reviewIntro:
    "Favór haree fali ita-boot nia resposta sira. Atu muda resposta ida, fila ba ninia pájina. Ita-boot nia resposta sira sei haruka de'it bainhira ita-boot hili butaun iha lista ida-ne'e nia rohan.",
  reviewChange: "Muda resposta sira iha pájina ida-ne'e",
  reviewNoAnswers: "Seidauk iha pergunta ida iha pájina ida-ne'e ne'ebé hatán ona.",
  reviewSubmit: 'Haruka resposta sira',
  reviewBack: 'Fila ba kestionáriu',
  linkEndedTitle: "Ligasaun ida-ne'e la funsiona ona",
  linkEndedBody:
    "Ekipa peskiza foti fali ligasaun konvite ida-ne'e ka haruka ona ligasaun foun ida ba ita-boot, tan ne'e la bele rai tan resposta sira liuhusi ligasaun ida-ne'e.",
  keptOnDeviceReopen:
    "Buat ne'ebé ita-boot hakerek sei rai hela iha dispozitivu ida-ne'e, iha navegadór ida-ne'e. Se peskiza loke fali, favór loke fali ligasaun ida-ne'e iha navegadór ida-ne'e no ita-boot nia resposta sira sei haruka.",
  keptOnDeviceNewLink:
    "Buat ne'ebé ita-boot hakerek sei rai hela iha dispozitivu ida-ne'e, iha navegadór ida-ne'e, tan ne'e la lakon buat ida. Favór kontaktu ekipa peskiza atu hetan ligasaun foun.",
  studyContact: 'Kontaktu: {contact}',
  answeringFor: 'Hatán ba {organisation}, {country}',
  answeringForFixed:
    "Resposta sira ne'ebé foti husi ita-boot nia konvite hatudu maibé labele muda. Se iha sala ruma, favór kontaktu ekipa peskiza.",
};
