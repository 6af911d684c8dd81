/** The respondent page's own words in Indonesian (id): Indonesian — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const indonesianPageStrings: PageStrings = {
  loading: 'Memuat kuesioner…',
  language: 'Bahasa',
  saveSaved: 'Semua perubahan telah disimpan',
  saveSaving: 'Menyimpan…',
  saveOffline: 'Luring — jawaban Anda disimpan di perangkat ini dan akan dikirim saat Anda kembali terhubung',
  saveError: 'Belum dapat menyimpan saat ini — kami akan mencoba lagi',
  submitting: 'Mengirim…',
  submitInvalid: 'Beberapa jawaban perlu diperiksa. Silakan periksa pertanyaan yang ditandai merah.',
  submitFailed: 'Jawaban Anda tidak dapat dikirim. Silakan periksa koneksi Anda dan coba lagi.',
  receiptTitle: 'Terima kasih — jawaban Anda telah dikirim',
  receiptReference: 'Kode referensi',
  receiptSubmittedAt: 'Dikirim pada',
  receiptKeep: 'Mohon simpan kode referensi ini sebagai catatan Anda.',
  yourAnswers: 'Jawaban yang telah Anda kirim (hanya dapat dibaca)',
  print: 'Cetak',
  notFoundTitle: 'Tautan ini tidak valid',
  notFoundBody:
    'Silakan pastikan Anda telah menyalin seluruh tautan dari undangan Anda, atau hubungi tim peneliti yang mengundang Anda.',
  closedTitle: 'Kuesioner ini sudah ditutup',
  closedBody:
    'Survei ini tidak lagi menerima jawaban. Silakan hubungi tim peneliti jika Anda memerlukan bantuan.',
  notOpenTitle: 'Kuesioner ini belum dibuka',
  notOpenBody: 'Survei ini dibuka pada {date}. Silakan kembali pada waktu tersebut.',
  alreadySubmittedTitle: 'Sudah dikirim',
  resumed: 'Selamat datang kembali — jawaban Anda yang tersimpan telah dipulihkan.',
  tooManyRequestsTitle: 'Terlalu banyak percobaan',
  tooManyRequestsBody: 'Silakan tunggu beberapa menit, lalu coba lagi.',
  skipToContent: 'Langsung ke kuesioner',
  showIntroduction: 'Tampilkan pengantar',
  hideIntroduction: 'Sembunyikan pengantar',
  reviewButton: 'Periksa jawaban',
  reviewTitle: 'Periksa jawaban Anda sebelum mengirim',
  reviewIntro:
    'Silakan periksa jawaban Anda. Untuk mengubah jawaban, kembali ke halamannya. Jawaban Anda baru dikirim ketika Anda menekan tombol di akhir daftar ini.',
  reviewChange: 'Ubah jawaban di halaman ini',
  reviewNoAnswers: 'Belum ada pertanyaan yang dijawab di halaman ini.',
  reviewSubmit: 'Kirim jawaban',
  reviewBack: 'Kembali ke kuesioner',
  linkEndedTitle: 'Tautan ini tidak berlaku lagi',
  linkEndedBody:
    'Tim peneliti telah menarik tautan undangan ini atau mengirimkan tautan baru kepada Anda, sehingga jawaban tidak dapat lagi disimpan melalui tautan ini.',
  keptOnDeviceReopen:
    'Apa yang Anda ketik tetap tersimpan di perangkat ini, di peramban ini. Jika survei dibuka kembali, buka lagi tautan ini di peramban ini dan jawaban Anda akan dikirim.',
  keptOnDeviceNewLink:
    'Apa yang Anda ketik tetap tersimpan di perangkat ini, di peramban ini, sehingga tidak ada yang hilang. Silakan hubungi tim peneliti untuk meminta tautan baru.',
  studyContact: 'Kontak: {contact}',
  answeringFor: 'Menjawab atas nama {organisation}, {country}',
  answeringForFixed:
    'Jawaban yang diambil dari undangan Anda ditampilkan tetapi tidak dapat diubah. Jika ada yang keliru, silakan hubungi tim peneliti.',
};
