// Records used by the language server tests. Line numbers matter: tests assert ranges.

/** Line 3: impossible date; line 5: misspelt rank; line 9: 1.457 for a count. */
export const BROKEN = `meeting:
  kind: sơ kết
  title: Hội nghị
  date: 2020-02-30
chair:
  rank: Đại tưóng
  name: Tô Lâm
statistics:
  - label: Vụ
    value: 1.457
    unit: vụ
source:
  publisher: X
  published: 2020-03-01
`;

/** meeting lacks its title; line 9: unknown measure "con"; lines 10/13: the same statistic twice. */
export const DUPLICATES = `meeting:
  kind: sơ kết
  date: 2020-02-20
chair:
  rank: Đại tướng
  name: Tô Lâm
statistics:
  - label: Vụ
    value: 12
    unit: con
  - label: Vụ
    value: 12
    unit: vụ
  - label: Vụ
    value: 12
    unit: vụ
source:
  publisher: X
  published: 2020-02-21
`;

/** A valid record except for the measurement unit "con" (not in the bundled catalog), line 10. */
export const UNKNOWN_MEASURE = `meeting:
  kind: sơ kết
  title: Hội nghị sơ kết
  date: 2020-02-20
chair:
  rank: Đại tướng
  name: Tô Lâm
statistics:
  - label: Chó nghiệp vụ được huấn luyện
    value: 12
    unit: con
source:
  publisher: X
  published: 2020-02-21
`;
