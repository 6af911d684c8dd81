/** The respondent page's own words in Malay (ms): Malay — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const malayPageStrings: PageStrings = {
  loading: 'Memuatkan soal selidik…',
  language: 'Bahasa',
  saveSaved: 'Semua perubahan telah disimpan',
  saveSaving: 'Menyimpan…',
  saveOffline:
    'Luar talian — jawapan anda disimpan pada peranti ini dan akan dihantar apabila anda disambungkan semula',
  saveError: 'Tidak dapat menyimpan buat masa ini — kami akan cuba lagi',
  submitting: 'Menghantar…',
  submitInvalid: 'Beberapa jawapan perlu diberi perhatian. Sila semak soalan yang bertanda merah.',
  submitFailed: 'Jawapan anda tidak dapat dihantar. Sila semak sambungan anda dan cuba lagi.',
  receiptTitle: 'Terima kasih — jawapan anda telah dihantar',
  receiptReference: 'Kod rujukan',
  receiptSubmittedAt: 'Dihantar pada',
  receiptKeep: 'Sila simpan kod rujukan ini untuk rekod anda.',
  yourAnswers: 'Jawapan yang telah anda hantar (baca sahaja)',
  print: 'Cetak',
  notFoundTitle: 'Pautan ini tidak sah',
  notFoundBody:
    'Sila pastikan anda telah menyalin keseluruhan pautan daripada jemputan anda, atau hubungi pasukan penyelidik yang menjemput anda.',
  closedTitle: 'Soal selidik ini telah ditutup',
  closedBody:
    'Tinjauan ini tidak lagi menerima jawapan. Sila hubungi pasukan penyelidik sekiranya anda memerlukan bantuan.',
  notOpenTitle: 'Soal selidik ini belum dibuka',
  notOpenBody: 'Tinjauan ini akan dibuka pada {date}. Sila kembali pada masa itu.',
  alreadySubmittedTitle: 'Telah dihantar',
  resumed: 'Selamat kembali — jawapan anda yang telah disimpan telah dipulihkan.',
  tooManyRequestsTitle: 'Terlalu banyak percubaan',
  tooManyRequestsBody: 'Sila tunggu beberapa minit dan cuba lagi.',
  skipToContent: 'Langkau ke soal selidik',
  showIntroduction: 'Tunjukkan pengenalan',
  hideIntroduction: 'Sembunyikan pengenalan',
  reviewButton: 'Semak jawapan',
  reviewTitle: 'Semak jawapan anda sebelum menghantar',
  reviewIntro:
    'Sila semak jawapan anda. Untuk mengubah jawapan, kembali ke halamannya. Jawapan anda hanya dihantar apabila anda menekan butang di hujung senarai ini.',
  reviewChange: 'Ubah jawapan pada halaman ini',
  reviewNoAnswers: 'Tiada soalan pada halaman ini telah dijawab.',
  reviewSubmit: 'Hantar jawapan',
  reviewBack: 'Kembali ke soal selidik',
  linkEndedTitle: 'Pautan ini tidak lagi berfungsi',
  linkEndedBody:
    'Pasukan penyelidik telah menarik balik pautan jemputan ini atau menghantar pautan baharu kepada anda, jadi jawapan tidak lagi boleh disimpan melaluinya.',
  keptOnDeviceReopen:
    'Apa yang anda taip disimpan pada peranti ini, dalam pelayar ini. Jika tinjauan dibuka semula, buka pautan ini sekali lagi dalam pelayar ini dan jawapan anda akan dihantar.',
  keptOnDeviceNewLink:
    'Apa yang anda taip disimpan pada peranti ini, dalam pelayar ini, jadi tiada apa-apa yang hilang. Sila hubungi pasukan penyelidik untuk mendapatkan pautan baharu.',
  studyContact: 'Hubungi: {contact}',
  answeringFor: 'Menjawab bagi pihak {organisation}, {country}',
  answeringForFixed:
    'Jawapan yang diambil daripada jemputan anda dipaparkan tetapi tidak boleh diubah. Jika ada yang salah, sila hubungi pasukan penyelidik.',
};
