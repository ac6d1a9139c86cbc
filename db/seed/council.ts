import type { Gender } from '@/lib/domain/constants';
import type { Tx } from '../client';
import { councilMembers, councils, people } from '../schema';
import { IdMap } from './ids';
import { keysByName } from './people';

type Position = typeof councilMembers.$inferInsert.position;

interface CouncilMemberRow {
  position: Position;
  titleVi: string;
  titleEn: string;
  /** A person of people.ts (the chair and the secretary hold demo accounts), or a new person. */
  person: string | { fullName: string; gender: Gender; birthYear: number; unit: string };
}

export const COUNCIL = {
  nameVi: 'Hội đồng Thi đua – Khen thưởng tỉnh Ninh Bình',
  nameEn: 'Emulation and Commendation Council of Ninh Bình Province',
  establishedBy: 'Quyết định số 1520/QĐ-UBND ngày 15/7/2025 của Chủ tịch UBND tỉnh về việc kiện toàn Hội đồng Thi đua – Khen thưởng tỉnh',
  validFrom: '2025-07-15',
};

// 21 members: vote thresholds count all of them, present or not.
export const COUNCIL_MEMBERS: readonly CouncilMemberRow[] = [
  { position: 'chair', titleVi: 'Chủ tịch UBND tỉnh – Chủ tịch Hội đồng', titleEn: 'Chairman of the Provincial People’s Committee – Council Chair', person: 'chutich' },
  { position: 'vice_chair', titleVi: 'Phó Chủ tịch Thường trực UBND tỉnh – Phó Chủ tịch Hội đồng', titleEn: 'Standing Vice-Chairman of the Provincial People’s Committee – Council Vice-Chair', person: { fullName: 'Lê Văn Chiến', gender: 'male', birthYear: 1970, unit: 'T-NINHBINH' } },
  { position: 'vice_chair', titleVi: 'Giám đốc Sở Nội vụ – Phó Chủ tịch Thường trực Hội đồng', titleEn: 'Director of Home Affairs – Standing Council Vice-Chair', person: { fullName: 'Đinh Thị Thanh Thủy', gender: 'female', birthYear: 1973, unit: 'S-NOIVU' } },
  { position: 'vice_chair', titleVi: 'Chủ tịch Ủy ban MTTQ Việt Nam tỉnh – Phó Chủ tịch Hội đồng', titleEn: 'Chairman of the Provincial Fatherland Front Committee – Council Vice-Chair', person: { fullName: 'Ninh Văn Phúc', gender: 'male', birthYear: 1967, unit: 'O-MTTQ' } },
  { position: 'standing_member', titleVi: 'Phó Giám đốc Sở Nội vụ, Trưởng Ban Thi đua – Khen thưởng – Ủy viên Thường trực', titleEn: 'Deputy Director of Home Affairs, Head of the Emulation and Commendation Board – Standing Member', person: { fullName: 'Tô Minh Hiếu', gender: 'male', birthYear: 1975, unit: 'S-NOIVU' } },
  { position: 'standing_member', titleVi: 'Chủ tịch Liên đoàn Lao động tỉnh – Ủy viên Thường trực', titleEn: 'Chair of the Provincial Federation of Labour – Standing Member', person: { fullName: 'Chu Thị Bích Hạnh', gender: 'female', birthYear: 1972, unit: 'O-LDLD' } },
  { position: 'member', titleVi: 'Giám đốc Sở Tài chính – Ủy viên', titleEn: 'Director of Finance – Member', person: { fullName: 'Mai Xuân Trường', gender: 'male', birthYear: 1971, unit: 'S-TAICHINH' } },
  { position: 'member', titleVi: 'Giám đốc Sở Giáo dục và Đào tạo – Ủy viên', titleEn: 'Director of Education and Training – Member', person: { fullName: 'Hà Thị Kim Oanh', gender: 'female', birthYear: 1974, unit: 'S-GIAODUC' } },
  { position: 'member', titleVi: 'Giám đốc Sở Y tế – Ủy viên', titleEn: 'Director of Health – Member', person: { fullName: 'Đào Văn Quân', gender: 'male', birthYear: 1969, unit: 'S-YTE' } },
  { position: 'member', titleVi: 'Giám đốc Sở Xây dựng – Ủy viên', titleEn: 'Director of Construction – Member', person: { fullName: 'Kiều Văn Thịnh', gender: 'male', birthYear: 1972, unit: 'S-XAYDUNG' } },
  { position: 'member', titleVi: 'Giám đốc Sở Nông nghiệp và Môi trường – Ủy viên', titleEn: 'Director of Agriculture and Environment – Member', person: { fullName: 'Lưu Văn Đông', gender: 'male', birthYear: 1970, unit: 'S-NNMT' } },
  { position: 'member', titleVi: 'Giám đốc Sở Văn hóa, Thể thao và Du lịch – Ủy viên', titleEn: 'Director of Culture, Sports and Tourism – Member', person: { fullName: 'Phùng Thị Ngân', gender: 'female', birthYear: 1976, unit: 'S-VHTTDL' } },
  { position: 'member', titleVi: 'Giám đốc Sở Tư pháp – Ủy viên', titleEn: 'Director of Justice – Member', person: { fullName: 'Cao Văn Nam', gender: 'male', birthYear: 1973, unit: 'S-TUPHAP' } },
  { position: 'member', titleVi: 'Giám đốc Sở Công Thương – Ủy viên', titleEn: 'Director of Industry and Trade – Member', person: { fullName: 'Dương Văn Bình', gender: 'male', birthYear: 1971, unit: 'S-CONGTHUONG' } },
  { position: 'member', titleVi: 'Chánh Văn phòng UBND tỉnh – Ủy viên', titleEn: 'Chief of the Office of the Provincial People’s Committee – Member', person: { fullName: 'Lã Thị Phương', gender: 'female', birthYear: 1977, unit: 'A-VPUBND' } },
  { position: 'member', titleVi: 'Bí thư Tỉnh Đoàn – Ủy viên', titleEn: 'Secretary of the Provincial Youth Union – Member', person: { fullName: 'Đồng Minh Khôi', gender: 'male', birthYear: 1985, unit: 'O-TINHDOAN' } },
  { position: 'member', titleVi: 'Chủ tịch Hội Liên hiệp Phụ nữ tỉnh – Ủy viên', titleEn: 'Chair of the Provincial Women’s Union – Member', person: { fullName: 'Trương Thị Huệ', gender: 'female', birthYear: 1975, unit: 'O-HOILHPN' } },
  { position: 'member', titleVi: 'Chủ tịch Hội Nông dân tỉnh – Ủy viên', titleEn: 'Chair of the Provincial Farmers’ Union – Member', person: { fullName: 'Vương Văn Tịnh', gender: 'male', birthYear: 1968, unit: 'O-HOINONGDAN' } },
  { position: 'member', titleVi: 'Giám đốc Công an tỉnh – Ủy viên', titleEn: 'Director of the Provincial Police – Member', person: { fullName: 'Lò Văn Hưng', gender: 'male', birthYear: 1970, unit: 'A-CONGAN' } },
  { position: 'member', titleVi: 'Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh – Ủy viên', titleEn: 'Commander of the Provincial Military Command – Member', person: { fullName: 'Khổng Văn Thắng', gender: 'male', birthYear: 1969, unit: 'A-QUANSU' } },
  { position: 'secretary', titleVi: 'Phó Trưởng Ban Thi đua – Khen thưởng, Sở Nội vụ – Thư ký Hội đồng', titleEn: 'Deputy Head of the Emulation and Commendation Board – Council Secretary', person: 'thuky.hoidong' },
];

/** "Giám đốc Sở Y tế – Ủy viên" → "Giám đốc Sở Y tế": the office held outside the council. */
function officeOf(councilTitle: string): string {
  const cut = councilTitle.lastIndexOf(' – ');
  return cut < 0 ? councilTitle : councilTitle.slice(0, cut);
}

interface CouncilSessionRow {
  heldOn: string;
  /** Where the council sat, printed on the minutes. */
  location: string;
  round: number;
  /** Whether secret ballots were on the agenda; the October session took only the early dossiers of
   * awards reviewed without a ballot (standing committee), the flags and fighters waited for November. */
  ballots: boolean;
  /** Positions in COUNCIL_MEMBERS of the members absent, and of those who voted in writing. */
  absent: readonly number[];
  writtenVote: readonly number[];
}

export const COUNCIL_SESSIONS: readonly CouncilSessionRow[] = [
  { heldOn: '2025-12-26', location: 'Phòng họp số 1, trụ sở Ủy ban nhân dân tỉnh Ninh Bình', round: 2025, ballots: true, absent: [17], writtenVote: [19] },
  { heldOn: '2026-10-23', location: 'Phòng họp số 2, trụ sở Ủy ban nhân dân tỉnh Ninh Bình', round: 2026, ballots: false, absent: [15, 19], writtenVote: [] },
  { heldOn: '2026-11-20', location: 'Phòng họp số 1, trụ sở Ủy ban nhân dân tỉnh Ninh Bình', round: 2026, ballots: true, absent: [18], writtenVote: [16, 17] },
];

/** The next session, called but not yet held on the demo's day: its agenda holds two of the collectives
 * forwarded to the council (the others wait for an agenda); attendance is taken on the day. */
export const UPCOMING_COUNCIL_SESSION = {
  heldOn: '2026-12-03',
  location: 'Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh Ninh Bình',
  /** Nominees (unit codes) of nominations in the council's hands, in agenda order. */
  agenda: ['P-TAMDIEP', 'P-TAYHOALU'],
} as const;

export interface SeededCouncil {
  councilId: number;
  /** council_members ids, in the order of COUNCIL_MEMBERS. */
  memberIds: number[];
  /** People created for the council (the others are seeded in people.ts). */
  peopleAdded: number;
}

/** Inserts the council, the people who sit on it and are not seeded elsewhere, and its members. */
export async function seedCouncil(tx: Tx, unitIds: IdMap, personIds: IdMap, provinceId: number): Promise<SeededCouncil> {
  const newPeople = COUNCIL_MEMBERS.flatMap((m) => (typeof m.person === 'string' ? [] : [{ ...m.person, position: officeOf(m.titleVi) }]));
  const inserted = await tx
    .insert(people)
    .values(newPeople.map((p) => ({ fullName: p.fullName, gender: p.gender, birthYear: p.birthYear, position: p.position, unitId: unitIds.get(p.unit) })))
    .returning({ id: people.id, name: people.fullName });
  const memberPeople = keysByName('council member', newPeople.map((p) => ({ key: p.fullName, name: p.fullName })), inserted);

  const [council] = await tx
    .insert(councils)
    .values({ provinceUnitId: provinceId, ...COUNCIL })
    .returning({ id: councils.id });
  if (!council) throw new Error('Demo seed: council not inserted');

  const members = await tx
    .insert(councilMembers)
    .values(
      COUNCIL_MEMBERS.map((m) => ({
        councilId: council.id,
        personId: typeof m.person === 'string' ? personIds.get(m.person) : memberPeople.get(m.person.fullName),
        position: m.position,
        titleVi: m.titleVi,
        titleEn: m.titleEn,
        validFrom: COUNCIL.validFrom,
      })),
    )
    .returning({ id: councilMembers.id, personId: councilMembers.personId });
  const memberIdByPerson = new Map(members.map((m) => [m.personId, m.id]));
  const memberIds = COUNCIL_MEMBERS.map((m) => {
    const personId = typeof m.person === 'string' ? personIds.get(m.person) : memberPeople.get(m.person.fullName);
    const id = memberIdByPerson.get(personId);
    if (id === undefined) throw new Error('Demo seed: council member not inserted');
    return id;
  });
  return { councilId: council.id, memberIds, peopleAdded: inserted.length };
}
