// The sample vault's network, written by hand: fictional communities, harmful projects, financiers and companies (each
// financier and company says so in its name) in real countries, their support requests, and a collaboration in every lifecycle state. Days count back from creation.
import type { ActivityKind, CollaborationState, Learning } from '../../../common/community/collaboration.schema.js';
import type { CommunityInput, HarmfulProjectInput } from '../../../common/community/community.schema.js';
import type { RequestStatus, Urgency } from '../../../common/community/taxonomy.js';
import type { Level, StrategyArea } from '../../../common/roster/taxonomy.js';

export interface SampleCommunity extends CommunityInput {
  key: string;
}

export interface SampleProject extends HarmfulProjectInput {
  key: string;
}

export interface SampleStruggle {
  community: string;
  project: string;
  resisting: string;
  sinceDaysAgo: number;
}

export interface SampleRequest {
  key: string;
  community: string;
  /** The project of the community's struggle this request is about, if any. */
  project: string | null;
  strategyAreas: StrategyArea[];
  level: Level;
  languages: string[];
  urgency: Urgency;
  deadlineInDays: number | null;
  description: string;
  daysAgo: number;
  /** Where the request ends up once its collaboration (if any) has been made. */
  finalStatus: RequestStatus;
}

export interface SampleCollaboration {
  request: string;
  owner: string;
  /** How many of the best matches become members. */
  members: number;
  role: string;
  /** The lifecycle, oldest first: created as proposed `daysAgo` days ago, then each step on its day. */
  daysAgo: number;
  steps: { to: CollaborationState; daysAgo: number }[];
  activities: { kind: ActivityKind; daysAgo: number; text: string }[];
  /** Days from today (negative: overdue). */
  nextFollowUpInDays: number | null;
  outcomes: string;
  learnings: Learning[];
}

const FINANCIER_MERIDIAN = 'Meridian Development Bank (fictional)';
const FINANCIER_CONTINENTAL = 'Continental Development Bank (fictional)';
const FINANCIER_SOUTHERN = 'Southern Cone Development Bank (fictional)';

/**
 * Two real public lenders, named only as financiers of one invented project (its ids say so), so that a complaint to
 * their accountability mechanisms (the World Bank Inspection Panel, the IFC's CAO) can be tried on the sample.
 */
export const SAMPLE_PUBLIC_LENDERS: readonly string[] = ['World Bank (IBRD)', 'International Finance Corporation (IFC)'];

export const SAMPLE_COMMUNITIES: SampleCommunity[] = [
  { key: 'lamphan', name: 'Lam Phan river fishing villages', country: 'LA', area: 'Upper Lam Phan valley', languages: ['lo', 'th'], sharing: 'regional', notes: 'Eleven villages along the river; a fisherfolk committee speaks for them.' },
  { key: 'bansok', name: 'Ban Sok upland farmers', country: 'LA', area: 'Ban Sok plateau', languages: ['lo'], sharing: 'secretariat', notes: 'Leaders have received threats; contact only through the regional facilitator.' },
  { key: 'dulangan', name: 'Dulangan highland communities', country: 'PH', area: 'Dulangan range', languages: ['tl', 'en'], sharing: 'regional', notes: '' },
  { key: 'tanjung', name: 'Tanjung Biru coastal fisherfolk', country: 'ID', area: 'Tanjung Biru bay', languages: ['id'], sharing: 'network', notes: 'Women-led cooperative of small-scale fishers.' },
  { key: 'lusanga', name: 'Lusanga valley pastoralists', country: 'TZ', area: 'Lusanga valley', languages: ['sw', 'en'], sharing: 'regional', notes: '' },
  { key: 'nkome', name: 'Nkome wetland farmers', country: 'UG', area: 'Nkome wetlands', languages: ['en', 'sw'], sharing: 'network', notes: '' },
  { key: 'samou', name: 'Samou river communities', country: 'GN', area: 'Middle Samou', languages: ['fr'], sharing: 'secretariat', notes: 'Several leaders were detained in the past year.' },
  { key: 'ebute', name: 'Ebute creek fishing settlements', country: 'NG', area: 'Ebute creek', languages: ['en', 'yo'], sharing: 'network', notes: '' },
  { key: 'sanisidro', name: 'Comunidad ribereña San Isidro del Alto', country: 'HN', area: 'Valle del Alto Tinto', languages: ['es'], sharing: 'regional', notes: '' },
  { key: 'yurumi', name: 'Resguardo indígena Alto Yurumí', country: 'CO', area: 'Alto Yurumí', languages: ['es'], sharing: 'regional', notes: 'The council decides every outside contact in assembly.' },
  { key: 'jacare', name: 'Comunidade quilombola Vale do Jacaré', country: 'BR', area: 'Vale do Jacaré', languages: ['pt'], sharing: 'network', notes: '' },
  { key: 'huaylla', name: 'Comunidad campesina Huaylla Alta', country: 'PE', area: 'Huaylla Alta', languages: ['es', 'qu'], sharing: 'regional', notes: '' },
];

export const SAMPLE_PROJECTS: SampleProject[] = [
  {
    key: 'lamphan-dam', name: 'Lam Phan 2 hydropower dam', country: 'LA', location: 'Upper Lam Phan river', sectors: ['hydropower', 'energy'],
    financiers: [{ name: FINANCIER_MERIDIAN, projectId: 'MDB-LA-0412', url: null }, { name: 'Pacific Infrastructure Fund (fictional)', projectId: '', url: null }],
    companies: ['Sanhe River Power Co. (fictional)'], stage: 'implementation', riskCategory: 'A', investment: { amount: 820_000_000, currency: 'USD' }, boardDate: '2024-06-12',
  },
  {
    key: 'tanjung-port', name: 'Tanjung Biru coal port', country: 'ID', location: 'Tanjung Biru bay', sectors: ['transport', 'extractives', 'infrastructure'],
    financiers: [{ name: FINANCIER_MERIDIAN, projectId: 'MDB-ID-0977', url: null }], companies: ['Coastline Ports Holding (fictional)'], stage: 'approved', riskCategory: 'A',
    investment: { amount: 460_000_000, currency: 'USD' }, boardDate: '2025-03-20',
  },
  {
    key: 'dulangan-mine', name: 'Dulangan nickel mine expansion', country: 'PH', location: 'Dulangan range', sectors: ['extractives'],
    financiers: [{ name: 'Northern Export Credit Agency (fictional)', projectId: 'NECA-7781', url: null }], companies: ['Atlas Minerals Ltd (fictional)'], stage: 'implementation', riskCategory: 'A',
  },
  {
    key: 'lusanga-sugar', name: 'Lusanga irrigation and sugar estate', country: 'TZ', location: 'Lusanga valley', sectors: ['agriculture_forestry', 'water_sanitation'],
    financiers: [{ name: FINANCIER_CONTINENTAL, projectId: 'CDB-TZ-2231', url: null }, { name: FINANCIER_MERIDIAN, projectId: 'MDB-FI-0090', url: null }],
    companies: ['Verde Agro SA (fictional)'], stage: 'approved', riskCategory: 'B', investment: { amount: 150_000_000, currency: 'USD' },
  },
  {
    key: 'samou-rail', name: 'Samou bauxite railway', country: 'GN', location: 'Middle Samou', sectors: ['extractives', 'transport'],
    financiers: [{ name: FINANCIER_CONTINENTAL, projectId: 'CDB-GN-0415', url: null }], companies: ['Atlas Minerals Ltd (fictional)'], stage: 'pending', riskCategory: 'A',
  },
  {
    key: 'yurumi-palm', name: 'Alto Yurumí oil palm expansion', country: 'CO', location: 'Alto Yurumí', sectors: ['agriculture_forestry'],
    financiers: [{ name: FINANCIER_SOUTHERN, projectId: 'SCDB-CO-118', url: null }], companies: ['Verde Agro SA (fictional)'], stage: 'implementation', riskCategory: 'FI',
  },
  {
    key: 'jacare-line', name: 'Jacaré transmission line', country: 'BR', location: 'Vale do Jacaré', sectors: ['energy', 'infrastructure'],
    financiers: [{ name: FINANCIER_SOUTHERN, projectId: 'SCDB-BR-207', url: null }], stage: 'pending', riskCategory: 'B',
  },
  {
    key: 'sanisidro-hydro', name: 'San Isidro hydro cascade', country: 'HN', location: 'Río Alto Tinto', sectors: ['hydropower'],
    financiers: [{ name: FINANCIER_MERIDIAN, projectId: 'MDB-HN-0331', url: null }], companies: ['Sanhe River Power Co. (fictional)'], stage: 'approved', riskCategory: 'A',
    investment: { amount: 95_000_000, currency: 'USD' },
  },
  {
    key: 'huaylla-mine', name: 'Qollpa Orqo copper mine and access road', country: 'PE', location: 'Huaylla Alta headwaters', sectors: ['extractives', 'transport'],
    financiers: [
      { name: 'World Bank (IBRD)', projectId: 'FICTIONAL-P000000', url: null },
      { name: 'International Finance Corporation (IFC)', projectId: 'FICTIONAL-IFC-00000', url: null },
    ],
    companies: ['Cobre Andino Rojo SA (fictional)'], stage: 'implementation', riskCategory: 'A', investment: { amount: 310_000_000, currency: 'USD' },
    notes: 'Sample record. An invented project: neither lender ever financed it. They are named so that a complaint to the World Bank Inspection Panel and the IFC’s CAO can be tried.',
  },
];

export const SAMPLE_STRUGGLES: SampleStruggle[] = [
  { community: 'lamphan', project: 'lamphan-dam', resisting: 'Loss of fisheries and resettlement without consent', sinceDaysAgo: 700 },
  { community: 'bansok', project: 'lamphan-dam', resisting: 'Flooding of farmland by the reservoir', sinceDaysAgo: 400 },
  { community: 'tanjung', project: 'tanjung-port', resisting: 'Dredging of fishing grounds and coal dust', sinceDaysAgo: 300 },
  { community: 'dulangan', project: 'dulangan-mine', resisting: 'Mining on ancestral land without free, prior and informed consent', sinceDaysAgo: 900 },
  { community: 'lusanga', project: 'lusanga-sugar', resisting: 'Fencing of grazing land and water diversion', sinceDaysAgo: 500 },
  { community: 'nkome', project: 'lusanga-sugar', resisting: 'Drainage of the wetlands downstream', sinceDaysAgo: 250 },
  { community: 'samou', project: 'samou-rail', resisting: 'Evictions along the railway corridor', sinceDaysAgo: 200 },
  { community: 'yurumi', project: 'yurumi-palm', resisting: 'Deforestation of the resguardo’s forest', sinceDaysAgo: 800 },
  { community: 'jacare', project: 'jacare-line', resisting: 'A line through the quilombo’s titled land', sinceDaysAgo: 120 },
  { community: 'sanisidro', project: 'sanisidro-hydro', resisting: 'Loss of the river the community drinks from', sinceDaysAgo: 260 },
  { community: 'huaylla', project: 'huaylla-mine', resisting: 'An access road across the springs the community drinks from, built without consultation', sinceDaysAgo: 150 },
];

export const SAMPLE_REQUESTS: SampleRequest[] = [
  { key: 'lamphan-finance', community: 'lamphan', project: 'lamphan-dam', strategyAreas: ['financial_research', 'advocacy'], level: 'international', languages: ['lo', 'en'], urgency: 'high', deadlineInDays: null, description: 'Find out who finances the dam and how to raise the resettlement plan with them.', daysAgo: 245, finalStatus: 'closed' },
  { key: 'bansok-security', community: 'bansok', project: 'lamphan-dam', strategyAreas: ['security_support', 'community_organizing'], level: 'local', languages: ['lo'], urgency: 'critical', deadlineInDays: 10, description: 'Protection plan for leaders who received threats after a village meeting.', daysAgo: 92, finalStatus: 'linked' },
  { key: 'tanjung-media', community: 'tanjung', project: 'tanjung-port', strategyAreas: ['media_campaigning', 'courts_complaints'], level: 'international', languages: ['id', 'en'], urgency: 'high', deadlineInDays: 45, description: 'A complaint to the bank’s accountability mechanism and coverage of the dredging.', daysAgo: 22, finalStatus: 'linked' },
  { key: 'dulangan-technical', community: 'dulangan', project: 'dulangan-mine', strategyAreas: ['technical_analysis'], level: 'national', languages: ['tl', 'en'], urgency: 'medium', deadlineInDays: 60, description: 'Independent review of the expansion’s environmental impact assessment.', daysAgo: 4, finalStatus: 'linked' },
  { key: 'lusanga-courts', community: 'lusanga', project: 'lusanga-sugar', strategyAreas: ['courts_complaints', 'advocacy'], level: 'international', languages: ['sw', 'en'], urgency: 'high', deadlineInDays: null, description: 'Legal advice on the land acquisition and a complaint to the financiers.', daysAgo: 205, finalStatus: 'linked' },
  { key: 'nkome-finance', community: 'nkome', project: 'lusanga-sugar', strategyAreas: ['financial_research'], level: 'international', languages: ['en'], urgency: 'medium', deadlineInDays: null, description: 'Map the estate’s financiers and their safeguard commitments.', daysAgo: 155, finalStatus: 'matching' },
  { key: 'samou-security', community: 'samou', project: 'samou-rail', strategyAreas: ['security_support', 'community_organizing'], level: 'local', languages: ['fr'], urgency: 'critical', deadlineInDays: 7, description: 'Leaders detained after a protest need legal and security support.', daysAgo: 2, finalStatus: 'new' },
  { key: 'yurumi-courts', community: 'yurumi', project: 'yurumi-palm', strategyAreas: ['courts_complaints', 'financial_research'], level: 'international', languages: ['es'], urgency: 'high', deadlineInDays: null, description: 'A complaint on consent to the bank and its financial intermediary.', daysAgo: 305, finalStatus: 'closed' },
  { key: 'jacare-technical', community: 'jacare', project: 'jacare-line', strategyAreas: ['technical_analysis', 'media_campaigning'], level: 'national', languages: ['pt'], urgency: 'medium', deadlineInDays: 90, description: 'Alternative routes for the line that avoid the titled land.', daysAgo: 6, finalStatus: 'new' },
  { key: 'sanisidro-advocacy', community: 'sanisidro', project: 'sanisidro-hydro', strategyAreas: ['advocacy', 'financial_research'], level: 'international', languages: ['es', 'en'], urgency: 'high', deadlineInDays: 30, description: 'Raise the community’s water concerns with the bank before the next disbursement.', daysAgo: 48, finalStatus: 'linked' },
  { key: 'huaylla-organizing', community: 'huaylla', project: null, strategyAreas: ['community_organizing'], level: 'local', languages: ['es', 'qu'], urgency: 'low', deadlineInDays: null, description: 'Training for the new water committee.', daysAgo: 130, finalStatus: 'closed' },
  { key: 'huaylla-complaint', community: 'huaylla', project: 'huaylla-mine', strategyAreas: ['courts_complaints', 'advocacy'], level: 'international', languages: ['es', 'qu'], urgency: 'high', deadlineInDays: 21, description: 'A complaint to the World Bank Inspection Panel about the access road, and to the IFC’s CAO about the mine: the community needs allies who work in Spanish and know both mechanisms.', daysAgo: 5, finalStatus: 'new' },
  { key: 'ebute-media', community: 'ebute', project: null, strategyAreas: ['media_campaigning'], level: 'national', languages: ['en'], urgency: 'medium', deadlineInDays: null, description: 'A documentary crew asked to film the creek.', daysAgo: 70, finalStatus: 'declined' },
];

const ASIA = 'Asia facilitator';
const AFRICA = 'Africa facilitator';
const LATIN_AMERICA = 'Latin America facilitator';

export const SAMPLE_COLLABORATIONS: SampleCollaboration[] = [
  {
    request: 'lamphan-finance', owner: ASIA, members: 2, role: 'Financial research', daysAgo: 240,
    steps: [{ to: 'introduced', daysAgo: 232 }, { to: 'active', daysAgo: 225 }, { to: 'concluded', daysAgo: 60 }],
    activities: [
      { kind: 'introduction', daysAgo: 232, text: 'Introduced by video call with interpretation into Lao.' },
      { kind: 'meeting', daysAgo: 200, text: 'Mapped the co-financiers from the bank’s disclosure portal.' },
      { kind: 'document_shared', daysAgo: 150, text: 'Briefing on the resettlement plan sent to the bank’s board members.' },
      { kind: 'note', daysAgo: 70, text: 'The bank postponed the second disbursement.' },
    ],
    nextFollowUpInDays: null, outcomes: 'The bank postponed the second disbursement pending a resettlement audit.',
    learnings: [
      { whatWorked: 'Tracing every co-financier through the bank’s disclosure portal gave the community leverage before the board meeting.', whatDidNot: 'Letters in English only went unanswered by the company.', strategyArea: 'financial_research', text: 'Start with the financiers’ own published documents; they are harder to dismiss.' },
    ],
  },
  {
    request: 'bansok-security', owner: ASIA, members: 2, role: 'Security support', daysAgo: 90,
    steps: [{ to: 'introduced', daysAgo: 85 }, { to: 'active', daysAgo: 80 }],
    activities: [{ kind: 'meeting', daysAgo: 40, text: 'Risk assessment with the village committee.' }],
    nextFollowUpInDays: -5, outcomes: '', learnings: [],
  },
  {
    request: 'tanjung-media', owner: ASIA, members: 2, role: 'Complaint and media', daysAgo: 20,
    steps: [{ to: 'introduced', daysAgo: 12 }],
    activities: [{ kind: 'introduction', daysAgo: 12, text: 'Introduced the cooperative to a complaints lawyer and a journalist.' }],
    nextFollowUpInDays: 6, outcomes: '', learnings: [],
  },
  { request: 'dulangan-technical', owner: ASIA, members: 1, role: 'EIA review', daysAgo: 3, steps: [], activities: [], nextFollowUpInDays: 10, outcomes: '', learnings: [] },
  {
    request: 'lusanga-courts', owner: AFRICA, members: 2, role: 'Legal advice', daysAgo: 200,
    steps: [{ to: 'introduced', daysAgo: 190 }, { to: 'active', daysAgo: 180 }, { to: 'paused', daysAgo: 75 }],
    activities: [{ kind: 'note', daysAgo: 76, text: 'Paused while the pastoralists’ council consults the clans.' }],
    nextFollowUpInDays: null, outcomes: '',
    learnings: [{ whatWorked: 'Filing jointly with the downstream farmers showed the harm reached beyond the estate.', whatDidNot: '', strategyArea: 'courts_complaints', text: '' }],
  },
  { request: 'nkome-finance', owner: AFRICA, members: 1, role: 'Financial research', daysAgo: 150, steps: [{ to: 'declined', daysAgo: 140 }], activities: [], nextFollowUpInDays: null, outcomes: 'The researcher had no time this season.', learnings: [] },
  {
    request: 'yurumi-courts', owner: LATIN_AMERICA, members: 2, role: 'Complaint', daysAgo: 300,
    steps: [{ to: 'introduced', daysAgo: 290 }, { to: 'active', daysAgo: 280 }, { to: 'paused', daysAgo: 200 }, { to: 'active', daysAgo: 170 }, { to: 'concluded', daysAgo: 100 }],
    activities: [
      { kind: 'introduction', daysAgo: 290, text: 'The council met the lawyers in assembly.' },
      { kind: 'document_shared', daysAgo: 210, text: 'Complaint filed with the bank’s accountability mechanism.' },
      { kind: 'follow_up', daysAgo: 120, text: 'The mechanism found the complaint eligible.' },
    ],
    nextFollowUpInDays: null, outcomes: 'The complaint was found eligible; the company paused new planting.',
    learnings: [
      { whatWorked: 'Naming the financial intermediary in the complaint brought the bank’s own policy into play.', whatDidNot: 'Waiting for the company’s grievance process lost three months.', strategyArea: 'courts_complaints', text: 'Go to the financier’s mechanism early when the company does not answer.' },
    ],
  },
  {
    request: 'sanisidro-advocacy', owner: LATIN_AMERICA, members: 2, role: 'Advocacy with the bank', daysAgo: 45,
    steps: [{ to: 'introduced', daysAgo: 40 }, { to: 'active', daysAgo: 30 }],
    activities: [{ kind: 'follow_up', daysAgo: 10, text: 'Letter to the bank’s country office drafted with the community.' }],
    nextFollowUpInDays: 3, outcomes: '', learnings: [],
  },
];
