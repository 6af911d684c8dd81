/**
 * The respondent page's own words (everything outside the SurveyJS form:
 * loading, autosave status, submission receipt, error pages, etc.).
 *
 * Locale codes are ISO 639-1 where one exists and ISO 639-3 otherwise
 * (`fil` Filipino, `tet` Tetum). Burmese is `my` (ISO 639-1), not SurveyJS's
 * non-standard `mm`.
 *
 * English (`en`) is the source text. ALL OTHER LOCALES ARE DRAFT
 * TRANSLATIONS (id, ms, th, vi, fil, km, lo, my, tet, pt) — machine-assisted
 * and not yet reviewed by native-speaking translators. That is for staff to
 * know (the workspace and `cli validate` say so), not for respondents: the page
 * shows no draft notice. Keep `{placeholders}` unchanged when editing.
 *
 * Register: polite, formal wording suitable for government officers (e.g.
 * "Anda"/"anda", "ท่าน", "Quý vị", "inyo/po", "លោកអ្នក", "ທ່ານ", "ita-boot").
 * Tetum is Tetun Dili (INL orthography) with Portuguese loans for technical
 * terms. Portuguese is European Portuguese, as written in Timor-Leste, with
 * the neutral "as suas respostas" rather than a gendered form of address.
 */

export const pageLocales = ['en', 'id', 'ms', 'th', 'vi', 'fil', 'km', 'lo', 'my', 'tet', 'pt'] as const;
export type PageLocale = (typeof pageLocales)[number];

export interface PageStrings {
  readonly loading: string;
  readonly language: string;
  readonly saveSaved: string;
  readonly saveSaving: string;
  readonly saveOffline: string;
  readonly saveError: string;
  readonly submitting: string;
  readonly submitInvalid: string;
  readonly submitFailed: string;
  readonly receiptTitle: string;
  readonly receiptReference: string;
  readonly receiptSubmittedAt: string;
  readonly receiptKeep: string;
  readonly yourAnswers: string;
  readonly print: string;
  readonly notFoundTitle: string;
  readonly notFoundBody: string;
  readonly closedTitle: string;
  readonly closedBody: string;
  readonly notOpenTitle: string;
  /** Placeholder: `{date}` (already formatted for the locale). */
  readonly notOpenBody: string;
  readonly alreadySubmittedTitle: string;
  readonly resumed: string;
  readonly tooManyRequestsTitle: string;
  readonly tooManyRequestsBody: string;
  /** Placeholders: `{organisation}` and `{country}` (in the page's language), from the invitation. */
  readonly answeringFor: string;
  /** Under answeringFor when some questions are filled in from the invitation and cannot be changed. */
  readonly answeringForFixed: string;
  readonly skipToContent: string;
  /** Shown after the first page, where the questionnaire's introduction is folded to this one line. */
  readonly showIntroduction: string;
  readonly hideIntroduction: string;
  readonly reviewTitle: string;
  /** The review page before submitting: every answer by page, with a way back to each page. */
  readonly reviewIntro: string;
  readonly reviewChange: string;
  readonly reviewNoAnswers: string;
  readonly reviewSubmit: string;
  readonly reviewBack: string;
  /** Answering stopped because the link was revoked or reissued while the page was open. */
  readonly linkEndedTitle: string;
  readonly linkEndedBody: string;
  readonly keptOnDeviceReopen: string;
  readonly keptOnDeviceNewLink: string;
  /** Placeholder: `{contact}`, the study's contact as the research team wrote it. */
  readonly studyContact: string;
}

export const pageStrings: Record<PageLocale, PageStrings> = {
  en: {
    loading: 'Loading the questionnaire…',
    language: 'Language',
    saveSaved: 'All changes saved',
    saveSaving: 'Saving…',
    saveOffline: 'Offline — your answers are kept on this device and will be sent when you reconnect',
    saveError: 'Could not save just now — we will try again',
    submitting: 'Submitting…',
    submitInvalid: 'Some answers need attention. Please check the questions marked in red.',
    submitFailed: 'Your answers could not be submitted. Please check your connection and try again.',
    receiptTitle: 'Thank you — your answers have been submitted',
    receiptReference: 'Reference code',
    receiptSubmittedAt: 'Submitted on',
    receiptKeep: 'Please keep this reference code for your records.',
    yourAnswers: 'Your submitted answers (read only)',
    print: 'Print',
    notFoundTitle: 'This link is not valid',
    notFoundBody:
      'Please check that you copied the whole link from your invitation, or contact the research team who invited you.',
    closedTitle: 'This questionnaire is closed',
    closedBody:
      'The survey is no longer accepting answers. Please contact the research team if you need help.',
    notOpenTitle: 'This questionnaire is not open yet',
    notOpenBody: 'The survey opens on {date}. Please come back then.',
    alreadySubmittedTitle: 'Already submitted',
    resumed: 'Welcome back — your saved answers have been restored.',
    tooManyRequestsTitle: 'Too many attempts',
    tooManyRequestsBody: 'Please wait a few minutes and try again.',
    skipToContent: 'Skip to the questionnaire',
    showIntroduction: 'Show introduction',
    hideIntroduction: 'Hide introduction',
    reviewTitle: 'Review your answers before submitting',
    reviewIntro:
      'Please check your answers. To change one, go back to its page. Your answers are submitted only when you press the button at the end of this list.',
    reviewChange: 'Change answers on this page',
    reviewNoAnswers: 'No question on this page has been answered.',
    reviewSubmit: 'Submit answers',
    reviewBack: 'Back to the questionnaire',
    linkEndedTitle: 'This link no longer works',
    linkEndedBody:
      'The research team has withdrawn this invitation link or sent you a new one, so answers can no longer be saved through it.',
    keptOnDeviceReopen:
      'What you typed is kept on this device, in this browser. If the survey opens again, open this link again in this browser and your answers will be sent.',
    keptOnDeviceNewLink:
      'What you typed is kept on this device, in this browser, so nothing is lost. Please contact the research team for a new link.',
    studyContact: 'Contact: {contact}',
    answeringFor: 'Answering for {organisation}, {country}',
    answeringForFixed:
      'Answers taken from your invitation are shown but cannot be changed. If one is wrong, please contact the research team.',
  },

  // Indonesian — DRAFT
  id: {
    loading: 'Memuat kuesioner…',
    language: 'Bahasa',
    saveSaved: 'Semua perubahan telah disimpan',
    saveSaving: 'Menyimpan…',
    saveOffline:
      'Luring — jawaban Anda disimpan di perangkat ini dan akan dikirim saat Anda kembali terhubung',
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
  },

  // Malay — DRAFT
  ms: {
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
  },

  // Thai — DRAFT
  th: {
    loading: 'กำลังโหลดแบบสอบถาม…',
    language: 'ภาษา',
    saveSaved: 'บันทึกการเปลี่ยนแปลงทั้งหมดแล้ว',
    saveSaving: 'กำลังบันทึก…',
    saveOffline: 'ออฟไลน์ — คำตอบของท่านถูกเก็บไว้ในอุปกรณ์นี้ และจะถูกส่งเมื่อท่านเชื่อมต่ออินเทอร์เน็ตอีกครั้ง',
    saveError: 'ไม่สามารถบันทึกได้ในขณะนี้ — ระบบจะลองใหม่อีกครั้ง',
    submitting: 'กำลังส่ง…',
    submitInvalid: 'คำตอบบางข้อต้องได้รับการแก้ไข โปรดตรวจสอบคำถามที่ทำเครื่องหมายสีแดงไว้',
    submitFailed: 'ไม่สามารถส่งคำตอบของท่านได้ โปรดตรวจสอบการเชื่อมต่อแล้วลองอีกครั้ง',
    receiptTitle: 'ขอขอบคุณ — ส่งคำตอบของท่านเรียบร้อยแล้ว',
    receiptReference: 'รหัสอ้างอิง',
    receiptSubmittedAt: 'ส่งเมื่อ',
    receiptKeep: 'โปรดเก็บรหัสอ้างอิงนี้ไว้เป็นหลักฐาน',
    yourAnswers: 'คำตอบที่ท่านส่งแล้ว (อ่านได้อย่างเดียว)',
    print: 'พิมพ์',
    notFoundTitle: 'ลิงก์นี้ไม่ถูกต้อง',
    notFoundBody: 'โปรดตรวจสอบว่าท่านได้คัดลอกลิงก์จากหนังสือเชิญมาครบถ้วน หรือติดต่อคณะผู้วิจัยที่เชิญท่าน',
    closedTitle: 'แบบสอบถามนี้ปิดแล้ว',
    closedBody: 'การสำรวจนี้ไม่รับคำตอบแล้ว หากท่านต้องการความช่วยเหลือ โปรดติดต่อคณะผู้วิจัย',
    notOpenTitle: 'แบบสอบถามนี้ยังไม่เปิด',
    notOpenBody: 'การสำรวจจะเปิดในวันที่ {date} โปรดกลับมาอีกครั้งในวันดังกล่าว',
    alreadySubmittedTitle: 'ส่งแล้ว',
    resumed: 'ยินดีต้อนรับกลับ — ระบบได้กู้คืนคำตอบที่ท่านบันทึกไว้แล้ว',
    tooManyRequestsTitle: 'พยายามหลายครั้งเกินไป',
    tooManyRequestsBody: 'โปรดรอสักครู่ประมาณสองสามนาที แล้วลองอีกครั้ง',
    skipToContent: 'ข้ามไปยังแบบสอบถาม',
    showIntroduction: 'แสดงคำชี้แจง',
    hideIntroduction: 'ซ่อนคำชี้แจง',
    reviewTitle: 'ตรวจทานคำตอบของท่านก่อนส่ง',
    reviewIntro:
      'โปรดตรวจทานคำตอบของท่าน หากต้องการแก้ไขคำตอบใด ให้กลับไปยังหน้านั้น คำตอบจะถูกส่งเมื่อท่านกดปุ่มท้ายรายการนี้เท่านั้น',
    reviewChange: 'แก้ไขคำตอบในหน้านี้',
    reviewNoAnswers: 'ยังไม่มีคำถามที่ตอบในหน้านี้',
    reviewSubmit: 'ส่งคำตอบ',
    reviewBack: 'กลับไปยังแบบสอบถาม',
    linkEndedTitle: 'ลิงก์นี้ใช้งานไม่ได้แล้ว',
    linkEndedBody: 'คณะผู้วิจัยได้ยกเลิกลิงก์คำเชิญนี้หรือส่งลิงก์ใหม่ให้ท่านแล้ว จึงไม่สามารถบันทึกคำตอบผ่านลิงก์นี้ได้อีก',
    keptOnDeviceReopen:
      'สิ่งที่ท่านพิมพ์ไว้ยังคงเก็บอยู่ในอุปกรณ์นี้ ในเบราว์เซอร์นี้ หากการสำรวจเปิดอีกครั้ง โปรดเปิดลิงก์นี้อีกครั้งในเบราว์เซอร์นี้ แล้วคำตอบของท่านจะถูกส่ง',
    keptOnDeviceNewLink:
      'สิ่งที่ท่านพิมพ์ไว้ยังคงเก็บอยู่ในอุปกรณ์นี้ ในเบราว์เซอร์นี้ จึงไม่มีสิ่งใดสูญหาย โปรดติดต่อคณะผู้วิจัยเพื่อขอลิงก์ใหม่',
    studyContact: 'ติดต่อ: {contact}',
    answeringFor: 'ตอบในนามของ {organisation} ({country})',
    answeringForFixed: 'คำตอบที่นำมาจากคำเชิญของท่านจะแสดงไว้แต่ไม่สามารถแก้ไขได้ หากข้อมูลใดไม่ถูกต้อง โปรดติดต่อทีมวิจัย',
  },

  // Vietnamese — DRAFT
  vi: {
    loading: 'Đang tải bảng hỏi…',
    language: 'Ngôn ngữ',
    saveSaved: 'Đã lưu mọi thay đổi',
    saveSaving: 'Đang lưu…',
    saveOffline:
      'Ngoại tuyến — câu trả lời của Quý vị được lưu trên thiết bị này và sẽ được gửi khi có kết nối trở lại',
    saveError: 'Hiện chưa lưu được — hệ thống sẽ thử lại',
    submitting: 'Đang gửi…',
    submitInvalid:
      'Một số câu trả lời cần được xem lại. Xin vui lòng kiểm tra các câu hỏi được đánh dấu màu đỏ.',
    submitFailed: 'Không thể gửi câu trả lời của Quý vị. Xin vui lòng kiểm tra kết nối mạng và thử lại.',
    receiptTitle: 'Xin cảm ơn — câu trả lời của Quý vị đã được gửi',
    receiptReference: 'Mã tham chiếu',
    receiptSubmittedAt: 'Thời gian gửi',
    receiptKeep: 'Xin vui lòng lưu lại mã tham chiếu này để đối chiếu khi cần.',
    yourAnswers: 'Câu trả lời Quý vị đã gửi (chỉ xem)',
    print: 'In',
    notFoundTitle: 'Đường liên kết này không hợp lệ',
    notFoundBody:
      'Xin vui lòng kiểm tra Quý vị đã sao chép đầy đủ đường liên kết trong thư mời hay chưa, hoặc liên hệ với nhóm nghiên cứu đã mời Quý vị.',
    closedTitle: 'Bảng hỏi này đã đóng',
    closedBody:
      'Cuộc khảo sát không còn nhận câu trả lời. Xin vui lòng liên hệ với nhóm nghiên cứu nếu Quý vị cần hỗ trợ.',
    notOpenTitle: 'Bảng hỏi này chưa mở',
    notOpenBody: 'Cuộc khảo sát sẽ mở vào {date}. Xin vui lòng quay lại vào thời điểm đó.',
    alreadySubmittedTitle: 'Đã gửi',
    resumed: 'Chào mừng Quý vị quay lại — các câu trả lời đã lưu đã được khôi phục.',
    tooManyRequestsTitle: 'Quá nhiều lần thử',
    tooManyRequestsBody: 'Xin vui lòng đợi vài phút rồi thử lại.',
    skipToContent: 'Chuyển đến bảng hỏi',
    showIntroduction: 'Hiện phần giới thiệu',
    hideIntroduction: 'Ẩn phần giới thiệu',
    reviewTitle: 'Xem lại câu trả lời trước khi gửi',
    reviewIntro:
      'Xin vui lòng kiểm tra các câu trả lời của Quý vị. Để sửa một câu trả lời, hãy quay lại trang của câu hỏi đó. Câu trả lời chỉ được gửi khi Quý vị nhấn nút ở cuối danh sách này.',
    reviewChange: 'Sửa câu trả lời trên trang này',
    reviewNoAnswers: 'Chưa có câu hỏi nào trên trang này được trả lời.',
    reviewSubmit: 'Gửi câu trả lời',
    reviewBack: 'Quay lại bảng hỏi',
    linkEndedTitle: 'Đường liên kết này không còn hiệu lực',
    linkEndedBody:
      'Nhóm nghiên cứu đã thu hồi đường liên kết mời này hoặc đã gửi cho Quý vị một đường liên kết mới, vì vậy không thể lưu câu trả lời qua đường liên kết này nữa.',
    keptOnDeviceReopen:
      'Những gì Quý vị đã nhập vẫn được lưu trên thiết bị này, trong trình duyệt này. Nếu cuộc khảo sát được mở lại, xin vui lòng mở lại đường liên kết này trong trình duyệt này và câu trả lời sẽ được gửi.',
    keptOnDeviceNewLink:
      'Những gì Quý vị đã nhập vẫn được lưu trên thiết bị này, trong trình duyệt này, nên không có gì bị mất. Xin vui lòng liên hệ với nhóm nghiên cứu để nhận đường liên kết mới.',
    studyContact: 'Liên hệ: {contact}',
    answeringFor: 'Trả lời thay mặt {organisation}, {country}',
    answeringForFixed:
      'Các câu trả lời lấy từ thư mời của Quý vị được hiển thị nhưng không thể thay đổi. Nếu có thông tin sai, xin vui lòng liên hệ nhóm nghiên cứu.',
  },

  // Filipino — DRAFT
  fil: {
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
  },

  // Khmer — DRAFT
  km: {
    loading: 'កំពុងផ្ទុកកម្រងសំណួរ…',
    language: 'ភាសា',
    saveSaved: 'បានរក្សាទុកការផ្លាស់ប្តូរទាំងអស់',
    saveSaving: 'កំពុងរក្សាទុក…',
    saveOffline: 'គ្មានអ៊ីនធឺណិត — ចម្លើយរបស់លោកអ្នកត្រូវបានរក្សាទុកនៅលើឧបករណ៍នេះ ហើយនឹងត្រូវបញ្ជូននៅពេលលោកអ្នកភ្ជាប់អ៊ីនធឺណិតឡើងវិញ',
    saveError: 'មិនអាចរក្សាទុកបាននៅពេលនេះទេ — យើងនឹងព្យាយាមម្តងទៀត',
    submitting: 'កំពុងបញ្ជូន…',
    submitInvalid: 'ចម្លើយមួយចំនួនត្រូវការការពិនិត្យ។ សូមពិនិត្យសំណួរដែលបានសម្គាល់ជាពណ៌ក្រហម។',
    submitFailed: 'មិនអាចបញ្ជូនចម្លើយរបស់លោកអ្នកបានទេ។ សូមពិនិត្យការតភ្ជាប់របស់លោកអ្នក ហើយព្យាយាមម្តងទៀត។',
    receiptTitle: 'សូមអរគុណ — ចម្លើយរបស់លោកអ្នកត្រូវបានបញ្ជូនរួចរាល់ហើយ',
    receiptReference: 'លេខកូដយោង',
    receiptSubmittedAt: 'បានបញ្ជូននៅ',
    receiptKeep: 'សូមរក្សាទុកលេខកូដយោងនេះសម្រាប់ជាឯកសាររបស់លោកអ្នក។',
    yourAnswers: 'ចម្លើយដែលលោកអ្នកបានបញ្ជូន (សម្រាប់អានតែប៉ុណ្ណោះ)',
    print: 'បោះពុម្ព',
    notFoundTitle: 'តំណនេះមិនត្រឹមត្រូវទេ',
    notFoundBody: 'សូមពិនិត្យថាលោកអ្នកបានចម្លងតំណទាំងមូលពីលិខិតអញ្ជើញរបស់លោកអ្នក ឬទាក់ទងក្រុមស្រាវជ្រាវដែលបានអញ្ជើញលោកអ្នក។',
    closedTitle: 'កម្រងសំណួរនេះត្រូវបានបិទហើយ',
    closedBody: 'ការស្ទង់មតិនេះលែងទទួលចម្លើយទៀតហើយ។ សូមទាក់ទងក្រុមស្រាវជ្រាវ ប្រសិនបើលោកអ្នកត្រូវការជំនួយ។',
    notOpenTitle: 'កម្រងសំណួរនេះមិនទាន់បើកនៅឡើយទេ',
    notOpenBody: 'ការស្ទង់មតិនឹងបើកនៅ {date}។ សូមត្រឡប់មកវិញនៅពេលនោះ។',
    alreadySubmittedTitle: 'បានបញ្ជូនរួចហើយ',
    resumed: 'សូមស្វាគមន៍ការត្រឡប់មកវិញ — ចម្លើយដែលលោកអ្នកបានរក្សាទុកត្រូវបានស្ដារឡើងវិញហើយ។',
    tooManyRequestsTitle: 'ព្យាយាមច្រើនដងពេក',
    tooManyRequestsBody: 'សូមរង់ចាំពីរបីនាទី ហើយព្យាយាមម្តងទៀត។',
    skipToContent: 'រំលងទៅកម្រងសំណួរ',
    showIntroduction: 'បង្ហាញសេចក្តីផ្តើម',
    hideIntroduction: 'លាក់សេចក្តីផ្តើម',
    reviewTitle: 'ពិនិត្យចម្លើយរបស់លោកអ្នកមុនពេលបញ្ជូន',
    reviewIntro:
      'សូមពិនិត្យចម្លើយរបស់លោកអ្នក។ ដើម្បីកែចម្លើយណាមួយ សូមត្រឡប់ទៅទំព័ររបស់វាវិញ។ ចម្លើយរបស់លោកអ្នកនឹងត្រូវបានបញ្ជូន តែនៅពេលលោកអ្នកចុចប៊ូតុងនៅចុងបញ្ជីនេះប៉ុណ្ណោះ។',
    reviewChange: 'កែចម្លើយនៅលើទំព័រនេះ',
    reviewNoAnswers: 'មិនទាន់មានសំណួរណាមួយនៅលើទំព័រនេះត្រូវបានឆ្លើយទេ។',
    reviewSubmit: 'បញ្ជូនចម្លើយ',
    reviewBack: 'ត្រឡប់ទៅកម្រងសំណួរវិញ',
    linkEndedTitle: 'តំណនេះលែងដំណើរការហើយ',
    linkEndedBody:
      'ក្រុមស្រាវជ្រាវបានដកតំណអញ្ជើញនេះវិញ ឬបានផ្ញើតំណថ្មីជូនលោកអ្នក ដូច្នេះចម្លើយមិនអាចរក្សាទុកតាមរយៈតំណនេះបានទៀតទេ។',
    keptOnDeviceReopen:
      'អ្វីដែលលោកអ្នកបានវាយ នៅតែរក្សាទុកនៅលើឧបករណ៍នេះ ក្នុងកម្មវិធីរុករកនេះ។ ប្រសិនបើការស្ទង់មតិត្រូវបានបើកម្តងទៀត សូមបើកតំណនេះម្តងទៀតក្នុងកម្មវិធីរុករកនេះ ហើយចម្លើយរបស់លោកអ្នកនឹងត្រូវបានបញ្ជូន។',
    keptOnDeviceNewLink:
      'អ្វីដែលលោកអ្នកបានវាយ នៅតែរក្សាទុកនៅលើឧបករណ៍នេះ ក្នុងកម្មវិធីរុករកនេះ ដូច្នេះគ្មានអ្វីបាត់បង់ទេ។ សូមទាក់ទងក្រុមស្រាវជ្រាវ ដើម្បីសុំតំណថ្មី។',
    studyContact: 'ទំនាក់ទំនង៖ {contact}',
    answeringFor: 'ឆ្លើយក្នុងនាម {organisation}, {country}',
    answeringForFixed:
      'ចម្លើយដែលយកចេញពីលិខិតអញ្ជើញរបស់លោកអ្នកត្រូវបានបង្ហាញ ប៉ុន្តែមិនអាចកែប្រែបានទេ។ ប្រសិនបើមានកំហុស សូមទាក់ទងក្រុមស្រាវជ្រាវ។',
  },

  // Lao — DRAFT
  lo: {
    loading: 'ກຳລັງໂຫຼດແບບສອບຖາມ…',
    language: 'ພາສາ',
    saveSaved: 'ບັນທຶກການປ່ຽນແປງທັງໝົດແລ້ວ',
    saveSaving: 'ກຳລັງບັນທຶກ…',
    saveOffline: 'ບໍ່ໄດ້ເຊື່ອມຕໍ່ອິນເຕີເນັດ — ຄຳຕອບຂອງທ່ານຖືກເກັບໄວ້ໃນອຸປະກອນນີ້ ແລະ ຈະຖືກສົ່ງເມື່ອທ່ານເຊື່ອມຕໍ່ອີກຄັ້ງ',
    saveError: 'ບໍ່ສາມາດບັນທຶກໄດ້ໃນຕອນນີ້ — ລະບົບຈະລອງໃໝ່ອີກຄັ້ງ',
    submitting: 'ກຳລັງສົ່ງ…',
    submitInvalid: 'ມີບາງຄຳຕອບທີ່ຕ້ອງກວດສອບ. ກະລຸນາກວດເບິ່ງຄຳຖາມທີ່ໝາຍດ້ວຍສີແດງ.',
    submitFailed: 'ບໍ່ສາມາດສົ່ງຄຳຕອບຂອງທ່ານໄດ້. ກະລຸນາກວດສອບການເຊື່ອມຕໍ່ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.',
    receiptTitle: 'ຂໍຂອບໃຈ — ຄຳຕອບຂອງທ່ານໄດ້ຖືກສົ່ງແລ້ວ',
    receiptReference: 'ລະຫັດອ້າງອີງ',
    receiptSubmittedAt: 'ສົ່ງເມື່ອ',
    receiptKeep: 'ກະລຸນາເກັບລະຫັດອ້າງອີງນີ້ໄວ້ເປັນຫຼັກຖານ.',
    yourAnswers: 'ຄຳຕອບທີ່ທ່ານໄດ້ສົ່ງ (ອ່ານໄດ້ຢ່າງດຽວ)',
    print: 'ພິມ',
    notFoundTitle: 'ລິ້ງນີ້ບໍ່ຖືກຕ້ອງ',
    notFoundBody: 'ກະລຸນາກວດເບິ່ງວ່າທ່ານໄດ້ສຳເນົາລິ້ງທັງໝົດຈາກໜັງສືເຊີນຂອງທ່ານແລ້ວ ຫຼື ຕິດຕໍ່ທີມງານຄົ້ນຄວ້າທີ່ໄດ້ເຊີນທ່ານ.',
    closedTitle: 'ແບບສອບຖາມນີ້ປິດແລ້ວ',
    closedBody: 'ການສຳຫຼວດນີ້ບໍ່ຮັບຄຳຕອບອີກແລ້ວ. ກະລຸນາຕິດຕໍ່ທີມງານຄົ້ນຄວ້າ ຖ້າທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອ.',
    notOpenTitle: 'ແບບສອບຖາມນີ້ຍັງບໍ່ທັນເປີດ',
    notOpenBody: 'ການສຳຫຼວດຈະເປີດໃນວັນທີ {date}. ກະລຸນາກັບມາອີກຄັ້ງໃນເວລານັ້ນ.',
    alreadySubmittedTitle: 'ສົ່ງແລ້ວ',
    resumed: 'ຍິນດີຕ້ອນຮັບກັບຄືນ — ຄຳຕອບທີ່ທ່ານບັນທຶກໄວ້ໄດ້ຖືກກູ້ຄືນແລ້ວ.',
    tooManyRequestsTitle: 'ພະຍາຍາມຫຼາຍເທື່ອເກີນໄປ',
    tooManyRequestsBody: 'ກະລຸນາລໍຖ້າສອງສາມນາທີ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.',
    skipToContent: 'ຂ້າມໄປຫາແບບສອບຖາມ',
    showIntroduction: 'ສະແດງຄຳນຳ',
    hideIntroduction: 'ເຊື່ອງຄຳນຳ',
    reviewTitle: 'ກວດຄືນຄຳຕອບຂອງທ່ານກ່ອນສົ່ງ',
    reviewIntro:
      'ກະລຸນາກວດຄືນຄຳຕອບຂອງທ່ານ. ເພື່ອປ່ຽນຄຳຕອບໃດໜຶ່ງ, ໃຫ້ກັບໄປທີ່ໜ້າຂອງມັນ. ຄຳຕອບຂອງທ່ານຈະຖືກສົ່ງກໍຕໍ່ເມື່ອທ່ານກົດປຸ່ມຢູ່ທ້າຍລາຍການນີ້ເທົ່ານັ້ນ.',
    reviewChange: 'ປ່ຽນຄຳຕອບໃນໜ້ານີ້',
    reviewNoAnswers: 'ຍັງບໍ່ມີຄຳຖາມໃດໃນໜ້ານີ້ຖືກຕອບ.',
    reviewSubmit: 'ສົ່ງຄຳຕອບ',
    reviewBack: 'ກັບໄປທີ່ແບບສອບຖາມ',
    linkEndedTitle: 'ລິ້ງນີ້ໃຊ້ບໍ່ໄດ້ອີກແລ້ວ',
    linkEndedBody: 'ທີມງານຄົ້ນຄວ້າໄດ້ຍົກເລີກລິ້ງເຊີນນີ້ ຫຼື ໄດ້ສົ່ງລິ້ງໃໝ່ໃຫ້ທ່ານແລ້ວ, ສະນັ້ນຈຶ່ງບໍ່ສາມາດບັນທຶກຄຳຕອບຜ່ານລິ້ງນີ້ໄດ້ອີກ.',
    keptOnDeviceReopen:
      'ສິ່ງທີ່ທ່ານໄດ້ພິມໄວ້ ຍັງຖືກເກັບໄວ້ໃນອຸປະກອນນີ້, ໃນບຣາວເຊີນີ້. ຖ້າການສຳຫຼວດເປີດຄືນອີກ, ກະລຸນາເປີດລິ້ງນີ້ອີກຄັ້ງໃນບຣາວເຊີນີ້ ແລະ ຄຳຕອບຂອງທ່ານຈະຖືກສົ່ງ.',
    keptOnDeviceNewLink:
      'ສິ່ງທີ່ທ່ານໄດ້ພິມໄວ້ ຍັງຖືກເກັບໄວ້ໃນອຸປະກອນນີ້, ໃນບຣາວເຊີນີ້, ສະນັ້ນບໍ່ມີຫຍັງເສຍໄປ. ກະລຸນາຕິດຕໍ່ທີມງານຄົ້ນຄວ້າເພື່ອຂໍລິ້ງໃໝ່.',
    studyContact: 'ຕິດຕໍ່: {contact}',
    answeringFor: 'ຕອບໃນນາມ {organisation}, {country}',
    answeringForFixed:
      'ຄຳຕອບທີ່ເອົາມາຈາກຄຳເຊີນຂອງທ່ານຖືກສະແດງໄວ້ ແຕ່ບໍ່ສາມາດປ່ຽນແປງໄດ້. ຖ້າມີຂໍ້ມູນໃດບໍ່ຖືກຕ້ອງ, ກະລຸນາຕິດຕໍ່ທີມງານຄົ້ນຄວ້າ.',
  },

  // Burmese — DRAFT
  my: {
    loading: 'မေးခွန်းလွှာကို ဖွင့်နေပါသည်…',
    language: 'ဘာသာစကား',
    saveSaved: 'ပြောင်းလဲမှုအားလုံးကို သိမ်းဆည်းပြီးပါပြီ',
    saveSaving: 'သိမ်းဆည်းနေပါသည်…',
    saveOffline: 'အော့ဖ်လိုင်း — သင့်အဖြေများကို ဤစက်ပစ္စည်းတွင် သိမ်းထားပြီး အင်တာနက် ပြန်လည်ချိတ်ဆက်မိသည့်အခါ ပေးပို့ပါမည်',
    saveError: 'ယခု သိမ်းဆည်း၍ မရသေးပါ — ထပ်မံကြိုးစားပါမည်',
    submitting: 'ပေးပို့နေပါသည်…',
    submitInvalid: 'အဖြေအချို့ကို ပြန်လည်စစ်ဆေးရန် လိုအပ်ပါသည်။ အနီရောင်ဖြင့် အမှတ်အသားပြထားသော မေးခွန်းများကို ကျေးဇူးပြု၍ စစ်ဆေးပါ။',
    submitFailed: 'သင့်အဖြေများကို ပေးပို့၍ မရပါ။ ကျေးဇူးပြု၍ အင်တာနက်ချိတ်ဆက်မှုကို စစ်ဆေးပြီး ထပ်မံကြိုးစားပါ။',
    receiptTitle: 'ကျေးဇူးတင်ပါသည် — သင့်အဖြေများကို ပေးပို့ပြီးပါပြီ',
    receiptReference: 'ရည်ညွှန်းကုဒ်',
    receiptSubmittedAt: 'ပေးပို့သည့်အချိန်',
    receiptKeep: 'ကျေးဇူးပြု၍ ဤရည်ညွှန်းကုဒ်ကို သင့်မှတ်တမ်းအတွက် သိမ်းထားပါ။',
    yourAnswers: 'သင်ပေးပို့ခဲ့သော အဖြေများ (ဖတ်ရှုရန်သာ)',
    print: 'ပုံနှိပ်ရန်',
    notFoundTitle: 'ဤလင့်ခ်သည် မမှန်ကန်ပါ',
    notFoundBody: 'ဖိတ်ကြားစာမှ လင့်ခ်တစ်ခုလုံးကို ကူးယူထားကြောင်း စစ်ဆေးပါ၊ သို့မဟုတ် သင့်ကို ဖိတ်ကြားခဲ့သော သုတေသနအဖွဲ့ကို ဆက်သွယ်ပါ။',
    closedTitle: 'ဤမေးခွန်းလွှာကို ပိတ်ထားပြီးဖြစ်ပါသည်',
    closedBody: 'ဤစစ်တမ်းသည် အဖြေများကို လက်ခံခြင်း မရှိတော့ပါ။ အကူအညီလိုအပ်ပါက သုတေသနအဖွဲ့ကို ဆက်သွယ်ပါ။',
    notOpenTitle: 'ဤမေးခွန်းလွှာကို မဖွင့်သေးပါ',
    notOpenBody: 'စစ်တမ်းကို {date} တွင် ဖွင့်ပါမည်။ ထိုအချိန်တွင် ပြန်လာပါ။',
    alreadySubmittedTitle: 'ပေးပို့ပြီးဖြစ်ပါသည်',
    resumed: 'ပြန်လည်ကြိုဆိုပါသည် — သင်သိမ်းဆည်းထားသော အဖြေများကို ပြန်လည်ရယူပြီးပါပြီ။',
    tooManyRequestsTitle: 'ကြိုးစားမှု အကြိမ်ရေ များလွန်းပါသည်',
    tooManyRequestsBody: 'မိနစ်အနည်းငယ် စောင့်ပြီး ထပ်မံကြိုးစားပါ။',
    skipToContent: 'မေးခွန်းလွှာသို့ တိုက်ရိုက်သွားရန်',
    showIntroduction: 'နိဒါန်းကို ပြပါ',
    hideIntroduction: 'နိဒါန်းကို ဖျောက်ပါ',
    reviewTitle: 'မပေးပို့မီ သင့်အဖြေများကို ပြန်လည်စစ်ဆေးပါ',
    reviewIntro:
      'သင့်အဖြေများကို စစ်ဆေးပါ။ အဖြေတစ်ခုကို ပြောင်းလိုပါက ၎င်း၏စာမျက်နှာသို့ ပြန်သွားပါ။ ဤစာရင်း၏အဆုံးရှိ ခလုတ်ကို နှိပ်မှသာ သင့်အဖြေများကို ပေးပို့မည်ဖြစ်သည်။',
    reviewChange: 'ဤစာမျက်နှာရှိ အဖြေများကို ပြောင်းပါ',
    reviewNoAnswers: 'ဤစာမျက်နှာတွင် ဖြေဆိုထားသော မေးခွန်း မရှိသေးပါ။',
    reviewSubmit: 'အဖြေများ ပေးပို့ပါ',
    reviewBack: 'မေးခွန်းလွှာသို့ ပြန်သွားပါ',
    linkEndedTitle: 'ဤလင့်ခ် အလုပ်မလုပ်တော့ပါ',
    linkEndedBody:
      'သုတေသနအဖွဲ့သည် ဤဖိတ်ကြားချက်လင့်ခ်ကို ပြန်လည်ရုပ်သိမ်းလိုက်သည် သို့မဟုတ် လင့်ခ်အသစ်တစ်ခု ပေးပို့ထားသဖြင့် ၎င်းမှတစ်ဆင့် အဖြေများကို သိမ်းဆည်း၍ မရတော့ပါ။',
    keptOnDeviceReopen:
      'သင်ရိုက်ထည့်ထားသည်များကို ဤစက်ပစ္စည်း၊ ဤဘရောက်ဇာတွင် သိမ်းဆည်းထားဆဲဖြစ်သည်။ စစ်တမ်းကို ထပ်မံဖွင့်လှစ်ပါက ဤလင့်ခ်ကို ဤဘရောက်ဇာတွင် ထပ်ဖွင့်ပါ၊ သင့်အဖြေများကို ပေးပို့ပါမည်။',
    keptOnDeviceNewLink:
      'သင်ရိုက်ထည့်ထားသည်များကို ဤစက်ပစ္စည်း၊ ဤဘရောက်ဇာတွင် သိမ်းဆည်းထားဆဲဖြစ်သဖြင့် မည်သည့်အရာမျှ မပျောက်ပါ။ လင့်ခ်အသစ်ရယူရန် သုတေသနအဖွဲ့ကို ဆက်သွယ်ပါ။',
    studyContact: 'ဆက်သွယ်ရန်- {contact}',
    answeringFor: '{organisation}၊ {country} ကိုယ်စား ဖြေဆိုနေပါသည်',
    answeringForFixed:
      'သင့်ဖိတ်ကြားစာမှ ယူထားသော အဖြေများကို ပြသထားသော်လည်း ပြောင်းလဲ၍ မရပါ။ မှားယွင်းနေပါက သုတေသနအဖွဲ့ကို ဆက်သွယ်ပါ။',
  },

  // Tetum (Tetun Dili) — DRAFT
  tet: {
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
  },

  // Portuguese (European, as in Timor-Leste) — DRAFT
  pt: {
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
    closedBody:
      'O inquérito já não aceita respostas. Contacte a equipa de investigação se precisar de ajuda.',
    notOpenTitle: 'Este questionário ainda não está aberto',
    notOpenBody: 'O inquérito abre em {date}. Volte nessa data.',
    alreadySubmittedTitle: 'Já enviado',
    resumed: 'Bem-vindo de volta — as respostas que guardou foram recuperadas.',
    tooManyRequestsTitle: 'Demasiadas tentativas',
    tooManyRequestsBody: 'Aguarde alguns minutos e tente novamente.',
    skipToContent: 'Saltar para o questionário',
    showIntroduction: 'Mostrar a introdução',
    hideIntroduction: 'Ocultar a introdução',
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
  },
};

function isPageLocale(code: string): code is PageLocale {
  return (pageLocales as readonly string[]).includes(code);
}

/**
 * Strings for a BCP 47-ish locale tag: exact match (case-insensitive, `_`
 * treated as `-`), else the language part before the first `-`, else English.
 * e.g. "km" → km, "fil-PH" → fil, "pt-TL" → pt, "de" → en.
 */
export function pageStringsFor(locale: string): PageStrings {
  const tag = locale.trim().replace(/_/g, '-').toLowerCase();
  if (isPageLocale(tag)) return pageStrings[tag];
  const language = tag.split('-')[0] ?? '';
  if (isPageLocale(language)) return pageStrings[language];
  return pageStrings.en;
}

/**
 * Replaces `{name}` placeholders with `values[name]`. Placeholders with no
 * matching value are left as they are.
 */
export function formatPageString(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (match: string, name: string): string =>
    Object.hasOwn(values, name) ? (values[name] ?? match) : match,
  );
}
