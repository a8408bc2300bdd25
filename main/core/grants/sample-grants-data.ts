// The sample vault's grants year, written by hand: two open and two targeted calls across Asia, Africa and Latin America
// (texts, checklists, rubrics, their dates counted back from creation), the communities that first reached the network
// through a grant application, and the conflicts of interest declared. The applications are in sample-grants-applications.ts.
import type { CallInput, CallKind, CallText, Criterion, EligibilityItem } from '../../../common/grants/call.schema.js';
import type { CommunityInput } from '../../../common/community/community.schema.js';
import type { StrategyArea } from '../../../common/roster/taxonomy.js';

export type SampleCallKey = 'territory' | 'bridging' | 'rivers' | 'evidence';
/** Who of the sample team: the vault itself (the secretariat) or one of the two facilitators. */
export type SampleMember = 'secretariat' | 'africa' | 'asia';

export interface SampleCall {
  key: SampleCallKey;
  kind: CallKind;
  regions: CallInput['regions'];
  strategyAreas: StrategyArea[];
  texts: CallText[];
  eligibility: EligibilityItem[];
  timeZone: string;
  ceiling: number;
  envelope: number;
  requiredDocuments: string[];
  rubric: Criterion[];
  /** Targeted calls: communities (by key) or support requests (by key of the sample network). */
  targets: { kind: 'community' | 'request'; key: string }[];
  /** Days before creation: drafted, opened (09:00), closing date (17:00, the call's zone), closed, review started, meeting. */
  days: { drafted: number; opens: number; closes: number; closed: number; review: number; meeting: number | null };
  /** Working-group members present at the decision meeting. */
  attendees: SampleMember[];
  meetingNotes: string;
  /** The one conflict of interest declared in the call: which member, on which application (by key), and why. */
  recusal: { member: SampleMember; application: string; reason: string };
}

/** A rubric criterion's name, and what each of its six levels (0 to 5) means. */
const CRITERIA = {
  voice: {
    name: 'Community leadership and voice',
    levels: [
      'Nothing shows the community asked for this.',
      'Written by outsiders; the community is named but not heard.',
      'The community was consulted, but others decide.',
      'Community members lead parts of the work.',
      'The community decided the request in assembly and leads the work.',
      'The community leads, decides, and accounts for the grant to its own members.',
    ],
  },
  strategy: {
    name: 'Clear strategy and realistic plan',
    levels: [
      'No plan.',
      'Activities without a goal.',
      'A goal, but the activities do not lead to it.',
      'A plausible plan with some gaps.',
      'A clear plan whose steps lead to the goal.',
      'A clear plan, with what to do if the financier or company reacts.',
    ],
  },
  urgency: {
    name: 'Urgency and timing',
    levels: [
      'No reason to fund it now.',
      'Could wait a year without harm.',
      'Useful now, but no deadline.',
      'Tied to a coming decision (a board date, a hearing, a permit).',
      'A decision is weeks away, or harm is under way.',
      'People are at risk or a decision is days away.',
    ],
  },
  budget: {
    name: 'Sound, modest budget',
    levels: [
      'No budget.',
      'Costs unexplained or far from local prices.',
      'Several lines unclear or unrelated to the plan.',
      'Realistic, with a few lines to clarify.',
      'Realistic and tied to the plan.',
      'Realistic, tied to the plan, and shows other support the community already has.',
    ],
  },
  safety: {
    name: 'Safety of the people involved',
    levels: [
      'The work would put people at serious risk, with no plan.',
      'Risks named, nothing planned about them.',
      'Some precautions, not enough for the risk.',
      'Precautions that fit most risks.',
      'A safety plan agreed with the people at risk.',
      'A safety plan agreed with them, with allies ready to respond.',
    ],
  },
  fit: {
    name: 'Fit with the need the call names',
    levels: [
      'Unrelated to the need.',
      'Loosely related.',
      'Related, but another need would come first.',
      'Answers part of the need.',
      'Answers the need directly.',
      'Answers the need and leaves the community better able to face the next step.',
    ],
  },
} as const;

function criterion(id: keyof typeof CRITERIA, weight: number): Criterion {
  return { id, name: CRITERIA[id].name, weight, levels: [...CRITERIA[id].levels] };
}

const COMMUNITY_LED: EligibilityItem = { id: 'community-led', text: 'The applicant is the affected community, or a group it chose to speak for it.' };
const FACING_PROJECT: EligibilityItem = { id: 'facing-project', text: 'The community is affected by a project financed by a development bank or another public financier.' };
const ENDORSED: EligibilityItem = { id: 'assembly-endorsed', text: 'The request was agreed in a community assembly or by the community’s recognised leaders.' };
const NO_PARTY: EligibilityItem = { id: 'no-party', text: 'No political party or government office would manage the funds.' };

const ENDORSEMENT = 'Letter or minutes of the community assembly';
const BUDGET_SHEET = 'Budget (any format, any currency)';

export const SAMPLE_CALLS: SampleCall[] = [
  {
    key: 'territory',
    kind: 'open',
    regions: ['latin_america'],
    strategyAreas: ['courts_complaints', 'community_organizing', 'advocacy'],
    texts: [
      {
        language: 'es',
        title: 'Fondo para la defensa del territorio: convocatoria abierta para América Latina',
        text: 'Pequeñas donaciones de hasta 5.000 dólares para comunidades que enfrentan proyectos financiados por bancos de desarrollo: asambleas, asesoría legal, quejas ante los mecanismos de rendición de cuentas, monitoreo comunitario. Se reciben solicitudes por escrito, por teléfono o por nota de voz, en cualquier idioma.',
      },
      {
        language: 'pt',
        title: 'Fundo de defesa do território: chamada aberta para a América Latina',
        text: 'Pequenas doações de até 5.000 dólares para comunidades que enfrentam projetos financiados por bancos de desenvolvimento: assembleias, assessoria jurídica, queixas aos mecanismos de prestação de contas, monitoramento comunitário. Pedidos por escrito, por telefone ou por mensagem de voz, em qualquer língua.',
      },
      {
        language: 'en',
        title: 'Territory defence fund: open call for Latin America',
        text: 'Small grants of up to US$5,000 for communities facing projects financed by development banks: assemblies, legal advice, complaints to accountability mechanisms, community monitoring. Applications are taken in writing, by phone or by voice note, in any language.',
      },
    ],
    eligibility: [COMMUNITY_LED, FACING_PROJECT, ENDORSED, NO_PARTY],
    timeZone: 'America/Bogota',
    ceiling: 5000,
    envelope: 40_000,
    requiredDocuments: [ENDORSEMENT, BUDGET_SHEET],
    rubric: [criterion('voice', 3), criterion('strategy', 2), criterion('urgency', 2), criterion('budget', 1)],
    targets: [],
    days: { drafted: 338, opens: 330, closes: 292, closed: 289, review: 285, meeting: 258 },
    attendees: ['secretariat', 'africa'],
    meetingNotes:
      'Decision meeting by video call. Mirlio Xanarath sent apologies; he had declared a conflict on one application and would not have counted for it. Eight grants approved within the envelope; one kept on the waiting list should funds come back.',
    recusal: { member: 'asia', application: 'territory-guabal', reason: 'I advised the community council on its complaint last year and still speak with its lawyer every month.' },
  },
  {
    key: 'bridging',
    kind: 'targeted',
    regions: ['africa', 'latin_america'],
    strategyAreas: ['courts_complaints', 'financial_research', 'community_organizing'],
    texts: [
      {
        language: 'en',
        title: 'Bridging grants for support requests still waiting for allies',
        text: 'For the communities of four open support requests: a grant of up to US$3,000 to pay for the advice or the travel the network could not yet find a volunteer for.',
      },
      {
        language: 'es',
        title: 'Donaciones puente para solicitudes de apoyo que aún esperan aliados',
        text: 'Para las comunidades de cuatro solicitudes de apoyo abiertas: una donación de hasta 3.000 dólares para pagar la asesoría o los viajes que la red aún no consiguió con voluntarios.',
      },
      {
        language: 'fr',
        title: 'Subventions relais pour les demandes de soutien encore sans alliés',
        text: 'Pour les communautés de quatre demandes de soutien ouvertes : une subvention de 3 000 dollars au plus pour payer les conseils ou les déplacements que le réseau n’a pas encore trouvés parmi ses bénévoles.',
      },
      {
        language: 'pt',
        title: 'Doações-ponte para pedidos de apoio que ainda esperam aliados',
        text: 'Para as comunidades de quatro pedidos de apoio abertos: uma doação de até 3.000 dólares para pagar a assessoria ou as viagens que a rede ainda não conseguiu com voluntários.',
      },
    ],
    eligibility: [COMMUNITY_LED, ENDORSED],
    timeZone: 'America/Lima',
    ceiling: 3000,
    envelope: 12_000,
    requiredDocuments: [BUDGET_SHEET],
    rubric: [criterion('fit', 2), criterion('strategy', 1), criterion('budget', 1)],
    targets: [
      { kind: 'request', key: 'lusanga-courts' },
      { kind: 'request', key: 'nkome-finance' },
      { kind: 'request', key: 'yurumi-courts' },
      { kind: 'request', key: 'huaylla-organizing' },
    ],
    days: { drafted: 126, opens: 122, closes: 101, closed: 100, review: 98, meeting: 86 },
    attendees: ['secretariat', 'africa', 'asia'],
    meetingNotes: 'Short meeting: three bridging grants approved, one declined because the collaboration it would pay for has already found a lawyer.',
    recusal: { member: 'africa', application: 'bridging-lusanga', reason: 'My brother-in-law chairs the pastoralists’ council that applies.' },
  },
  {
    key: 'rivers',
    kind: 'targeted',
    regions: ['asia'],
    strategyAreas: ['technical_analysis', 'security_support', 'media_campaigning'],
    texts: [
      {
        language: 'en',
        title: 'Rivers and ancestral lands: response grants for six Asian communities',
        text: 'A targeted call for the six communities of the Mekong, Mindanao and Sumatra struggles the network follows: up to US$5,000 each for independent technical reviews, safety measures for leaders and documentation of harm.',
      },
    ],
    eligibility: [COMMUNITY_LED, ENDORSED, NO_PARTY],
    timeZone: 'Asia/Bangkok',
    ceiling: 5000,
    envelope: 25_000,
    requiredDocuments: [ENDORSEMENT],
    rubric: [criterion('fit', 2), criterion('safety', 2), criterion('strategy', 1), criterion('budget', 1)],
    targets: [
      { kind: 'community', key: 'lamphan' },
      { kind: 'community', key: 'bansok' },
      { kind: 'community', key: 'dulangan' },
      { kind: 'community', key: 'tanjung' },
      { kind: 'community', key: 'lumot' },
      { kind: 'community', key: 'airmerah' },
    ],
    days: { drafted: 96, opens: 92, closes: 68, closed: 67, review: 64, meeting: 46 },
    attendees: ['secretariat', 'africa', 'asia'],
    meetingNotes:
      'Four grants approved, one declined, one waitlisted. Mirlio Xanarath left the room for the Ban Sok application. The Ban Sok grant goes through an ally organisation, as the leaders asked.',
    recusal: { member: 'asia', application: 'rivers-bansok', reason: 'I am related to two of the Ban Sok village committee members.' },
  },
  {
    key: 'evidence',
    kind: 'open',
    regions: ['africa', 'asia'],
    strategyAreas: ['technical_analysis', 'media_campaigning', 'community_organizing'],
    texts: [
      {
        language: 'en',
        title: 'Community evidence and monitoring: open call for Africa and Asia',
        text: 'Grants of up to US$5,000 for communities that document what a financed project does to their land, water and health: water testing, mapping, photo and video evidence, community monitors. Facilitators can enter applications received by phone, on paper or by voice note.',
      },
      {
        language: 'fr',
        title: 'Preuves et surveillance communautaires : appel ouvert pour l’Afrique et l’Asie',
        text: 'Des subventions de 5 000 dollars au plus pour les communautés qui documentent ce qu’un projet financé fait à leurs terres, à leur eau et à leur santé : analyses d’eau, cartographie, photos et vidéos, surveillants communautaires. Les facilitateurs peuvent saisir les demandes reçues par téléphone, sur papier ou par message vocal.',
      },
      {
        language: 'pt',
        title: 'Provas e monitoramento comunitários: chamada aberta para a África e a Ásia',
        text: 'Doações de até 5.000 dólares para comunidades que documentam o que um projeto financiado faz às suas terras, à sua água e à sua saúde: análises de água, mapeamento, fotos e vídeos, monitores comunitários. Os facilitadores podem registrar pedidos recebidos por telefone, em papel ou por mensagem de voz.',
      },
    ],
    eligibility: [COMMUNITY_LED, FACING_PROJECT, ENDORSED],
    timeZone: 'Africa/Nairobi',
    ceiling: 5000,
    envelope: 60_000,
    requiredDocuments: [ENDORSEMENT, BUDGET_SHEET],
    rubric: [criterion('voice', 3), criterion('strategy', 2), criterion('safety', 2), criterion('urgency', 1), criterion('budget', 1)],
    targets: [],
    days: { drafted: 62, opens: 56, closes: 14, closed: 10, review: 7, meeting: null },
    attendees: [],
    meetingNotes: '',
    recusal: {
      member: 'secretariat',
      application: 'evidence-sokala',
      reason: 'The secretariat’s finance officer is a founding member of the women’s collective that applies.',
    },
  },
];

export interface SampleApplicantCommunity extends CommunityInput {
  key: string;
}

/** Communities the network first heard of through their grant application, registered when it arrived. */
export const SAMPLE_APPLICANT_COMMUNITIES: SampleApplicantCommunity[] = [
  { key: 'guabal', name: 'Consejo comunitario del Río Guabal', country: 'CO', area: 'Bajo Guabal', languages: ['es'], sharing: 'regional', notes: 'Afro-Colombian community council; first contact through its grant application.' },
  { key: 'cerroazul', name: 'Comunidad lenca de Cerro Azul Alto', country: 'HN', area: 'Cerro Azul', languages: ['es'], sharing: 'regional', notes: '' },
  { key: 'santaluzia', name: 'Comunidade ribeirinha de Santa Luzia do Igarapé', country: 'BR', area: 'Igarapé Fundo', languages: ['pt'], sharing: 'network', notes: '' },
  { key: 'bahia', name: 'Asociación de recolectoras de concha de Bahía Turquesa', country: 'EC', area: 'Bahía Turquesa', languages: ['es'], sharing: 'network', notes: 'Women shell collectors in the mangroves.' },
  { key: 'llaqta', name: 'Comunidad campesina Llaqta Qocha', country: 'PE', area: 'Alto Qocha', languages: ['qu', 'es'], sharing: 'regional', notes: 'Meets in Quechua; minutes kept in Spanish.' },
  { key: 'lumot', name: 'Barangay Lumot upland farmers', country: 'PH', area: 'Lumot watershed', languages: ['tl', 'en'], sharing: 'regional', notes: 'Registered by the Asia facilitator after a visit, for the rivers call.' },
  { key: 'airmerah', name: 'Kampung Air Merah river villages', country: 'ID', area: 'Air Merah river, Sumatra', languages: ['id'], sharing: 'regional', notes: 'Registered by the Asia facilitator after a visit, for the rivers call.' },
  { key: 'tonle', name: 'Prek Tonle floating villages', country: 'KH', area: 'Prek Tonle', languages: ['km'], sharing: 'regional', notes: '' },
  { key: 'charkukri', name: 'Char Kukri fishing hamlets', country: 'BD', area: 'Char Kukri', languages: ['bn'], sharing: 'network', notes: '' },
  { key: 'mwembe', name: 'Mto Mwembe herders’ association', country: 'KE', area: 'Mto Mwembe', languages: ['sw', 'en'], sharing: 'regional', notes: '' },
  { key: 'sokala', name: 'Collectif des maraîchères de Sokala', country: 'SN', area: 'Vallée de Sokala', languages: ['fr', 'wo'], sharing: 'network', notes: 'Women market gardeners.' },
  { key: 'benia', name: 'Communauté riveraine de Bénia', country: 'CI', area: 'Lagune de Bénia', languages: ['fr'], sharing: 'regional', notes: '' },
  { key: 'kanteni', name: 'Village de Kanténi', country: 'ML', area: 'Cercle de Kéniéba', languages: ['fr', 'bm'], sharing: 'regional', notes: '' },
  { key: 'kafue', name: 'Kafue flats fishing camps', country: 'ZM', area: 'Kafue flats', languages: ['en'], sharing: 'network', notes: '' },
];
