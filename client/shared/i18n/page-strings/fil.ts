/** The respondent page's own words in Filipino (fil): Filipino — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const filipinoPageStrings: PageStrings = {
  loading: 'Nilo-load ang talatanungan…',
  language: 'Wika',
  saveSaved: 'Nai-save na ang lahat ng pagbabago',
  saveSaving: 'Sine-save…',
  saveOffline:
    'Offline — nakatago ang inyong mga sagot sa device na ito at ipapadala ang mga ito kapag muli kayong nakakonekta',
  saveError: 'Hindi ma-save sa ngayon — susubukan naming muli',
  submitting: 'Isinusumite…',
  submitInvalid: 'May ilang sagot na kailangang suriin. Pakitingnan ang mga tanong na may markang pula.',
  submitFailed: 'Hindi maisumite ang inyong mga sagot. Pakisuri ang inyong koneksyon at subukang muli.',
  receiptTitle: 'Salamat po — naisumite na ang inyong mga sagot',
  receiptReference: 'Reference code',
  receiptSubmittedAt: 'Isinumite noong',
  receiptKeep: 'Pakitago po ang reference code na ito para sa inyong talaan.',
  yourAnswers: 'Ang inyong mga isinumiteng sagot (para basahin lamang)',
  print: 'I-print',
  notFoundTitle: 'Hindi wasto ang link na ito',
  notFoundBody:
    'Pakitiyak po na nakopya ninyo ang buong link mula sa inyong imbitasyon, o makipag-ugnayan sa pangkat ng mananaliksik na nag-imbita sa inyo.',
  closedTitle: 'Sarado na ang talatanungang ito',
  closedBody:
    'Hindi na tumatanggap ng mga sagot ang survey. Makipag-ugnayan po sa pangkat ng mananaliksik kung kailangan ninyo ng tulong.',
  notOpenTitle: 'Hindi pa bukas ang talatanungang ito',
  notOpenBody: 'Magbubukas ang survey sa {date}. Pakibalikan po ito sa petsang iyon.',
  alreadySubmittedTitle: 'Naisumite na',
  resumed: 'Maligayang pagbabalik — naibalik na ang inyong mga naka-save na sagot.',
  tooManyRequestsTitle: 'Masyadong maraming pagtatangka',
  tooManyRequestsBody: 'Pakihintay po ng ilang minuto at subukang muli.',
  skipToContent: 'Lumaktaw sa talatanungan',
  showIntroduction: 'Ipakita ang panimula',
  hideIntroduction: 'Itago ang panimula',
  reviewButton: 'Suriin ang mga sagot',
  reviewTitle: 'Suriin ang inyong mga sagot bago ipasa',
  reviewIntro:
    'Pakisuri ang inyong mga sagot. Para baguhin ang isang sagot, bumalik sa pahina nito. Maipapasa lamang ang inyong mga sagot kapag pinindot ninyo ang button sa dulo ng listahang ito.',
  reviewChange: 'Baguhin ang mga sagot sa pahinang ito',
  reviewNoAnswers: 'Wala pang nasagot na tanong sa pahinang ito.',
  reviewSubmit: 'Ipasa ang mga sagot',
  reviewBack: 'Bumalik sa talatanungan',
  linkEndedTitle: 'Hindi na gumagana ang link na ito',
  linkEndedBody:
    'Binawi ng pangkat ng pananaliksik ang link ng imbitasyong ito o pinadalhan kayo ng bago, kaya hindi na maaaring i-save ang mga sagot sa pamamagitan nito.',
  keptOnDeviceReopen:
    'Nakatago sa device na ito, sa browser na ito, ang inyong mga tinype. Kapag muling binuksan ang survey, buksan muli ang link na ito sa browser na ito at ipapadala ang inyong mga sagot.',
  keptOnDeviceNewLink:
    'Nakatago sa device na ito, sa browser na ito, ang inyong mga tinype, kaya walang nawala. Mangyaring makipag-ugnayan sa pangkat ng pananaliksik para sa bagong link.',
  studyContact: 'Makipag-ugnayan: {contact}',
  answeringFor: 'Sumasagot para sa {organisation}, {country}',
  answeringForFixed:
    'Ang mga sagot na kinuha mula sa inyong imbitasyon ay ipinapakita ngunit hindi mababago. Kung may mali, mangyaring makipag-ugnayan sa pangkat ng pananaliksik.',
};
