/**
 * The printed questionnaire's own words (the instructions next to each question). English is the source; ALL
 * OTHER LOCALES ARE DRAFT TRANSLATIONS, not yet reviewed by native speakers, like client/shared/i18n/page-strings.ts.
 */
export interface PrintStrings {
  chooseOne: string;
  chooseAll: string;
  writeAnswer: string;
  writeNumber: string;
  rankOrder: string;
  onePerRow: string;
  repeat: string;
  required: string;
  organisation: string;
  respondent: string;
  date: string;
  /** Under a question that the online questionnaire fills in from the invitation. */
  fromInvitationFixed: string;
  fromInvitationEditable: string;
}

const en: PrintStrings = {
  chooseOne: 'Choose one',
  chooseAll: 'Choose all that apply',
  writeAnswer: 'Write your answer',
  writeNumber: 'Write a number',
  rankOrder: 'Number the options in order (1 = first)',
  onePerRow: 'Choose one in each row',
  repeat: 'Fill one row for each; add rows if needed',
  required: '* required',
  organisation: 'Organisation',
  respondent: 'Name and position of the respondent',
  date: 'Date',
  fromInvitationFixed: 'Online: filled in from the invitation, not changed by the respondent',
  fromInvitationEditable: 'Online: filled in from the invitation; the respondent may correct it',
};

const drafts: Record<string, PrintStrings> = {
  id: {
    chooseOne: 'Pilih satu',
    chooseAll: 'Pilih semua yang sesuai',
    writeAnswer: 'Tuliskan jawaban Anda',
    writeNumber: 'Tuliskan angka',
    rankOrder: 'Beri nomor urut pada pilihan (1 = pertama)',
    onePerRow: 'Pilih satu di setiap baris',
    repeat: 'Isi satu baris untuk masing-masing; tambahkan baris bila perlu',
    required: '* wajib diisi',
    organisation: 'Organisasi',
    respondent: 'Nama dan jabatan responden',
    date: 'Tanggal',
    fromInvitationFixed: 'Daring: diisi dari undangan, tidak diubah oleh responden',
    fromInvitationEditable: 'Daring: diisi dari undangan; responden dapat memperbaikinya',
  },
  ms: {
    chooseOne: 'Pilih satu',
    chooseAll: 'Pilih semua yang berkenaan',
    writeAnswer: 'Tulis jawapan anda',
    writeNumber: 'Tulis satu nombor',
    rankOrder: 'Nomborkan pilihan mengikut susunan (1 = pertama)',
    onePerRow: 'Pilih satu bagi setiap baris',
    repeat: 'Isi satu baris bagi setiap satu; tambah baris jika perlu',
    required: '* wajib',
    organisation: 'Organisasi',
    respondent: 'Nama dan jawatan responden',
    date: 'Tarikh',
    fromInvitationFixed: 'Dalam talian: diisi daripada jemputan, tidak diubah oleh responden',
    fromInvitationEditable: 'Dalam talian: diisi daripada jemputan; responden boleh membetulkannya',
  },
  th: {
    chooseOne: 'เลือกหนึ่งข้อ',
    chooseAll: 'เลือกได้มากกว่าหนึ่งข้อ',
    writeAnswer: 'เขียนคำตอบของท่าน',
    writeNumber: 'เขียนตัวเลข',
    rankOrder: 'ใส่หมายเลขเรียงลำดับ (1 = อันดับแรก)',
    onePerRow: 'เลือกหนึ่งข้อในแต่ละแถว',
    repeat: 'กรอกหนึ่งแถวต่อหนึ่งรายการ เพิ่มแถวได้ตามต้องการ',
    required: '* จำเป็นต้องตอบ',
    organisation: 'หน่วยงาน',
    respondent: 'ชื่อและตำแหน่งของผู้ตอบ',
    date: 'วันที่',
    fromInvitationFixed: 'ออนไลน์: กรอกจากคำเชิญ ผู้ตอบไม่สามารถแก้ไขได้',
    fromInvitationEditable: 'ออนไลน์: กรอกจากคำเชิญ ผู้ตอบแก้ไขได้',
  },
  vi: {
    chooseOne: 'Chọn một',
    chooseAll: 'Chọn tất cả các phương án phù hợp',
    writeAnswer: 'Viết câu trả lời',
    writeNumber: 'Viết một số',
    rankOrder: 'Đánh số các phương án theo thứ tự (1 = đầu tiên)',
    onePerRow: 'Chọn một ở mỗi dòng',
    repeat: 'Điền một dòng cho mỗi mục; thêm dòng nếu cần',
    required: '* bắt buộc',
    organisation: 'Cơ quan',
    respondent: 'Họ tên và chức vụ của người trả lời',
    date: 'Ngày',
    fromInvitationFixed: 'Trực tuyến: điền sẵn từ thư mời, người trả lời không thay đổi',
    fromInvitationEditable: 'Trực tuyến: điền sẵn từ thư mời; người trả lời có thể sửa',
  },
  fil: {
    chooseOne: 'Pumili ng isa',
    chooseAll: 'Piliin ang lahat ng naaangkop',
    writeAnswer: 'Isulat ang inyong sagot',
    writeNumber: 'Sumulat ng numero',
    rankOrder: 'Lagyan ng numero ang mga opsyon ayon sa pagkakasunod (1 = una)',
    onePerRow: 'Pumili ng isa sa bawat hanay',
    repeat: 'Punan ang isang hanay para sa bawat isa; magdagdag kung kailangan',
    required: '* kailangan',
    organisation: 'Organisasyon',
    respondent: 'Pangalan at posisyon ng sumasagot',
    date: 'Petsa',
    fromInvitationFixed: 'Online: pinunan mula sa imbitasyon, hindi binabago ng sumasagot',
    fromInvitationEditable: 'Online: pinunan mula sa imbitasyon; maaaring itama ng sumasagot',
  },
};

export function printStringsFor(locale: string): PrintStrings {
  return drafts[locale.split('-')[0] ?? ''] ?? en;
}
