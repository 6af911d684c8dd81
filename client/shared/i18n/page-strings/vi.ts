/** The respondent page's own words in Vietnamese (vi): Vietnamese — DRAFT. See ../page-strings.ts. */
import type { PageStrings } from '../page-strings.ts';

export const vietnamesePageStrings: PageStrings = {
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
  reviewButton: 'Xem lại câu trả lời',
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
};
