/** The respondent page's own words in Portuguese (pt): Portuguese (European, as in Timor-Leste) — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const portuguesePageStrings: PageStrings = {
  loading: 'A carregar o questionário…',
  language: 'Língua',
  saveSaved: 'Todas as alterações foram guardadas',
  saveSaving: 'A guardar…',
  saveOffline:
    'Sem ligação — as suas respostas ficam guardadas neste dispositivo e serão enviadas quando voltar a estar ligado',
  saveError: 'Não foi possível guardar agora — voltaremos a tentar',
  submitting: 'A enviar…',
  submitInvalid: 'Algumas respostas precisam de atenção. Verifique as perguntas assinaladas a vermelho.',
  submitFailed: 'Não foi possível enviar as suas respostas. Verifique a ligação e tente novamente.',
  receiptTitle: 'Obrigado — as suas respostas foram enviadas',
  receiptReference: 'Código de referência',
  receiptSubmittedAt: 'Enviado em',
  receiptKeep: 'Guarde este código de referência para os seus registos.',
  yourAnswers: 'As respostas que enviou (apenas leitura)',
  print: 'Imprimir',
  notFoundTitle: 'Esta ligação não é válida',
  notFoundBody:
    'Verifique se copiou a ligação completa do seu convite ou contacte a equipa de investigação que o convidou.',
  closedTitle: 'Este questionário está encerrado',
  closedBody: 'O inquérito já não aceita respostas. Contacte a equipa de investigação se precisar de ajuda.',
  notOpenTitle: 'Este questionário ainda não está aberto',
  notOpenBody: 'O inquérito abre em {date}. Volte nessa data.',
  alreadySubmittedTitle: 'Já enviado',
  resumed: 'Bem-vindo de volta — as respostas que guardou foram recuperadas.',
  tooManyRequestsTitle: 'Demasiadas tentativas',
  tooManyRequestsBody: 'Aguarde alguns minutos e tente novamente.',
  skipToContent: 'Saltar para o questionário',
  showIntroduction: 'Mostrar a introdução',
  hideIntroduction: 'Ocultar a introdução',
  reviewButton: 'Rever respostas',
  reviewTitle: 'Reveja as suas respostas antes de enviar',
  reviewIntro:
    'Verifique as suas respostas. Para alterar uma resposta, volte à respetiva página. As suas respostas só são enviadas quando premir o botão no fim desta lista.',
  reviewChange: 'Alterar as respostas desta página',
  reviewNoAnswers: 'Nenhuma pergunta desta página foi respondida.',
  reviewSubmit: 'Enviar as respostas',
  reviewBack: 'Voltar ao questionário',
  linkEndedTitle: 'Esta ligação já não funciona',
  linkEndedBody:
    'A equipa de investigação retirou esta ligação de convite ou enviou-lhe uma nova, pelo que já não é possível guardar respostas através dela.',
  keptOnDeviceReopen:
    'O que escreveu continua guardado neste dispositivo, neste navegador. Se o inquérito voltar a abrir, abra de novo esta ligação neste navegador e as suas respostas serão enviadas.',
  keptOnDeviceNewLink:
    'O que escreveu continua guardado neste dispositivo, neste navegador, pelo que nada se perdeu. Contacte a equipa de investigação para obter uma nova ligação.',
  studyContact: 'Contacto: {contact}',
  answeringFor: 'A responder por {organisation}, {country}',
  answeringForFixed:
    'As respostas retiradas do seu convite são mostradas, mas não podem ser alteradas. Se alguma estiver errada, contacte a equipa de investigação.',
};
