// Words the drafter reads by: speech and role verbs, directive verbs and openings, addressees.
// Ranks, positions, units and measures come from the catalogs; these are the words around them.

/** Verbs that end a person's titles ("… Bộ trưởng Bộ Công an chủ trì Hội nghị"). */
export const PREDICATE =
  /\s(?:đã\s|chủ trì|phát biểu|cho biết|nêu rõ|nhấn mạnh|thông tin|mong muốn|yêu cầu|đề nghị|báo cáo|trình bày|tham dự|dự\s|khẳng định|chỉ đạo|kết luận|cùng\s|cảm ơn|đánh giá|lưu ý|biểu dương|trao|điều hành|khai mạc|nhận định|thông báo)/u;

/** Roles by the words around a mention, strongest first. */
export const ROLES: { role: string; pattern: RegExp }[] = [
  { role: 'chủ trì điểm cầu', pattern: /chủ trì\s+(?:tại\s+)?điểm cầu/iu },
  { role: 'chủ trì', pattern: /chủ trì|dưới sự điều hành/iu },
  { role: 'phát biểu chỉ đạo', pattern: /phát biểu chỉ đạo/iu },
  { role: 'kết luận', pattern: /kết luận/iu },
  { role: 'báo cáo', pattern: /báo cáo|trình bày/iu },
  { role: 'phát biểu', pattern: /phát biểu|cho biết|nêu rõ|nhấn mạnh|thông tin|khẳng định|trao đổi|trả lời|khai mạc|yêu cầu|đề nghị|mong muốn/iu },
  { role: 'tham dự', pattern: /(?:^|\s)(?:tham dự|dự)(?:\s|$)|cùng dự/iu },
];

/** Verbs that introduce a directive right after the speaker. */
export const DIRECTIVE_VERB =
  /(?:^|[\s,;])(?<!(?:để|lãnh đạo,)\s)(yêu cầu|đề nghị|chỉ đạo|mong muốn|lưu ý|nhấn mạnh(?=\s+(?:cần|phải)))(?!\s+(?:đặt ra|của|đối với))[\s,:]*/u;

/** Verbs a speaker's words open with (the speaker is remembered for the sentences that follow). */
export const SPEECH_VERB = /(?:^|\s)(?:nêu rõ|nhấn mạnh|phát biểu|cho biết|kết luận|khẳng định)/u;

/** Openings of an instruction sentence ("Tiếp tục …", "Cụ thể, đảm bảo …"). */
export const IMPERATIVE =
  /^["“]?(?:(?:Cụ thể|Cùng với đó|Đồng thời|Bên cạnh đó|Ngoài ra|Mặt khác),\s*)?(?:tiếp tục|tập trung|đảm bảo|bảo đảm|tăng cường|chủ động|kịp thời|nâng cao|đẩy mạnh|đẩy nhanh|triển khai|tổ chức|thực hiện|khẩn trương|mở đợt|thi đua|làm tốt|quán triệt|kiên quyết|xây dựng|phối hợp|rà soát|theo dõi|chú trọng|đấu tranh|quyết liệt|nắm chắc|siết chặt|rà soát|hoàn thành|phát huy|tổng kết|sơ kết|làm rõ|nghiên cứu|chuẩn bị|bám sát|mỗi)\s/iu;

/** Who directives are addressed to, longest first. */
export const ADDRESSEES = [
  'Công an các đơn vị, địa phương',
  'Công an các đơn vị địa phương',
  'thủ trưởng các đơn vị',
  'các cơ quan báo chí',
  'các cơ quan thông tấn báo chí',
  'lực lượng Công an nhân dân',
  'toàn lực lượng Công an',
  'lực lượng Công an',
  'các đơn vị, địa phương',
  'Công an các tỉnh, thành phố',
  'các cục nghiệp vụ',
  'văn phòng',
];

/** After an addressee: the modal that starts the instruction. */
export const MODAL = /^\s*(?:phải|cần|cần phải)\s+/iu;
