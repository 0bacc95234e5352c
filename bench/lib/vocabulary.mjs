// Words the record generator draws from: Vietnamese names, provinces, departments, tasks and statistics.
export const HO = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Trịnh',
  'Lương',
  'Mai',
];
export const DEM = ['Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thanh', 'Ngọc', 'Xuân', 'Anh', 'Công', 'Trọng', 'Mạnh', 'Thế', 'Quang', 'Tiến'];
export const TEN = [
  'Hùng',
  'Dũng',
  'Tuấn',
  'Hải',
  'Long',
  'Nam',
  'Sơn',
  'Thắng',
  'Trung',
  'Cường',
  'Hiếu',
  'Phong',
  'Bình',
  'Khánh',
  'Lâm',
  'Thành',
  'Tùng',
  'Việt',
  'Đạt',
  'Huy',
  'Kiên',
  'Lộc',
  'Nghĩa',
  'Phúc',
  'Quân',
  'Tâm',
  'Thịnh',
  'Toàn',
  'Vinh',
  'Yên',
];

/** Provincial police valid throughout 2023 (before the 2025 mergers). */
export const PROVINCES = [
  'Hà Giang',
  'Cao Bằng',
  'Bắc Kạn',
  'Tuyên Quang',
  'Lào Cai',
  'Điện Biên',
  'Lai Châu',
  'Sơn La',
  'Yên Bái',
  'Hòa Bình',
  'Thái Nguyên',
  'Lạng Sơn',
  'Quảng Ninh',
  'Bắc Giang',
  'Phú Thọ',
  'Vĩnh Phúc',
];

export const CUC = [
  'Cục Cảnh sát hình sự',
  'Cục Cảnh sát điều tra tội phạm về ma túy',
  'Cục Cảnh sát giao thông',
  'Cục An ninh điều tra',
  'Cục Quản lý xuất nhập cảnh',
  'Cục Cảnh sát phòng, chống tội phạm về môi trường',
];

export const VERBS = ['Tăng cường', 'Tập trung', 'Chủ động', 'Tiếp tục', 'Đẩy mạnh', 'Triển khai quyết liệt', 'Nâng cao hiệu quả'];
export const TASKS = [
  'đấu tranh, trấn áp các loại tội phạm',
  'phòng ngừa, phát hiện tội phạm ma túy trên các tuyến biên giới',
  'bảo đảm trật tự, an toàn giao thông',
  'công tác phòng cháy, chữa cháy và cứu nạn, cứu hộ',
  'tuyên truyền, vận động nhân dân giao nộp vũ khí, vật liệu nổ',
  'kiểm tra cơ sở kinh doanh có điều kiện về an ninh, trật tự',
  'giải quyết thủ tục hành chính trên Cổng dịch vụ công',
  'xây dựng lực lượng Công an xã chính quy',
];
export const PLACES = ['trên địa bàn', 'tại các khu công nghiệp', 'ở vùng sâu, vùng xa', 'tại các tuyến, địa bàn trọng điểm', 'trong dịp cao điểm cuối năm'];
export const TOPICS = [
  'phòng, chống tội phạm',
  'phòng, chống tội phạm về ma túy',
  'an toàn giao thông',
  'phòng cháy, chữa cháy',
  'xây dựng lực lượng',
  'dịch vụ công trực tuyến',
];
export const STAT_KINDS = [
  { label: 'Vụ phạm tội về trật tự xã hội được điều tra, khám phá', unit: 'vụ', lo: 10, hi: 20000 },
  { label: 'Đối tượng phạm tội về ma túy bị bắt giữ', unit: 'đối tượng', lo: 5, hi: 15000 },
  { label: 'Heroin thu giữ', unit: 'kg', lo: 1, hi: 500, decimal: true },
  { label: 'Ma túy tổng hợp thu giữ (tính theo viên)', unit: 'viên', lo: 100, hi: 400000 },
  { label: 'Vụ vi phạm pháp luật về pháo bị phát hiện', unit: 'vụ', lo: 1, hi: 900 },
  { label: 'Súng các loại được nhân dân giao nộp', unit: 'khẩu', lo: 1, hi: 7000 },
  { label: 'Cán bộ, chiến sĩ được huy động chữa cháy, cứu nạn', unit: 'lượt', lo: 100, hi: 30000 },
  { label: 'Tỷ lệ điều tra khám phá', unit: '%', lo: 50, hi: 99, decimal: true, rate: true },
];

/** A month of 2023 as articles write it, with its ISO start and end. */
