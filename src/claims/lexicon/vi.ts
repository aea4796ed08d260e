/** Vietnamese: VnExpress, Tuổi Trẻ, VTV and others quoting the Ukrainian General Staff and Moscow. Words are syllables, so patterns are whole phrases. */
import type { Lexicon } from './types.ts';

export const VI: Lexicon = {
  lang: 'vi',
  loss: ['mất|thiệt hại|tổn thất|thương vong|thiệt mạng|tử trận|bị giết|bị tiêu diệt|tiêu diệt|bị phá hủy|phá hủy|phá huỷ|bị thương|bắn hạ|vô hiệu hóa'],
  notALoss: ['huy động|triển khai|trao đổi|tù binh|dân thường|thường dân|huấn luyện|viện trợ|gửi|chuyển giao'],
  forecast: ['có thể mất|sẽ mất|dự báo|dự kiến sẽ'],
  combined: ['cả hai bên|hai quân đội'],
  side: { ru: 'nga|moscow|điện kremlin', ua: 'kiev|kyiv', enemy: 'đối phương|kẻ thù' },
  military: ['quân đội|binh sĩ|binh lính|lực lượng vũ trang|chiến trường|mặt trận|chiến sự|chiến tranh'],
  metrics: [
    ['personnel', 'loss', 'thương vong|người chết và bị thương'],
    ['personnel', 'troops', 'binh sĩ|binh lính|quân nhân|lính|chiến binh|người'],
    ['afv', 'equipment', 'xe (?:chiến đấu )?bọc thép|xe thiết giáp'],
    ['tanks', 'equipment', 'xe tăng'],
    ['artillery', 'equipment', 'hệ thống pháo(?: binh)?|khẩu pháo|pháo'],
    ['mlrs', 'equipment', 'hệ thống (?:pháo )?phóng rocket(?: đa nòng)?|bệ phóng rocket|pháo phản lực'],
    ['air_defense', 'equipment', 'hệ thống phòng không|tổ hợp phòng không'],
    ['uav', 'equipment', 'máy bay không người lái|uav|drone'],
    ['aircraft', 'equipment', 'máy bay(?: chiến đấu)?|chiến đấu cơ'],
    ['helicopters', 'equipment', 'trực thăng'],
    ['cruise_missiles', 'equipment', 'tên lửa hành trình'],
    ['ships', 'equipment', 'tàu(?: chiến| thuyền)?|xuồng'],
    ['vehicles_fuel_tanks', 'equipment', 'xe cơ giới và bồn chứa nhiên liệu|xe quân sự|xe tải|xe bồn|phương tiện'],
    ['special_equipment', 'equipment', 'thiết bị đặc biệt|khí tài đặc biệt'],
  ],
  fillers: ['chiếc', 'khẩu', 'hệ thống', 'đơn vị'],
  // Half before a scale word: "nửa triệu".
  units: { 'nửa': 0.5 },
  scales: { 'nghìn': 1_000, 'ngàn': 1_000, 'triệu': 1_000_000 },
  digitScales: { 'nghìn': 1_000, 'ngàn': 1_000, 'triệu': 1_000_000 },
  qualifiers: {
    atLeast: ['ít nhất', 'tối thiểu'],
    about: ['khoảng', 'gần', 'chừng', 'xấp xỉ', 'ước tính'],
    moreThan: ['hơn', 'trên', 'vượt quá', 'vượt'],
  },
  kind: {
    daily: ['trong 24 giờ qua|trong 24 giờ vừa qua|trong ngày qua|trong một ngày|chỉ trong một ngày|hôm qua'],
    average: ['trung bình|mỗi ngày|hằng ngày|hàng ngày'],
    cumulative: ['(?:kể )?từ (?:khi )?(?:đầu|bắt đầu) (?:cuộc )?(?:chiến tranh|xung đột|chiến sự)|từ tháng 2/2022|tổng cộng|tổng số'],
    period: [
      ['trong tháng qua|tháng trước', 30],
      ['trong tuần qua|tuần trước', 7],
      ['năm ngoái|trong năm qua', 365],
    ],
  },
  claimants: [
    ['ua_general_staff', 'org', 'bộ tổng tham mưu(?: (?:các lực lượng vũ trang |quân đội )?ukraine)?|bộ quốc phòng ukraine'],
    ['ru_mod', 'org', 'bộ quốc phòng nga'],
    ['uk_mod', 'org', 'tình báo (?:quân sự )?anh|bộ quốc phòng anh'],
    ['us', 'org', 'quan chức mỹ|tình báo mỹ|lầu năm góc'],
  ],
  speech: ['cho biết|tuyên bố|thông báo|khẳng định|ước tính|báo cáo'],
  sourceBefore: ['theo'],
  sameNoun: ['trong đó|trong số đó'],
  ranges: { to: ['đến', 'tới'] },
};
