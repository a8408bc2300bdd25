// The sample grants year's forty applications, written by hand: who applied to which call, through which channel and in
// which language (with the translation beside it), the budget in local currency at a recorded rate, and where each one
// ends up, from received to closed. Days count back from the creation of the sample vault.
import type { ApplicantContact, ApplicationState, IntakeChannel } from '../../../common/grants/application.schema.js';
import type { SampleCallKey, SampleMember } from './sample-grants-data.js';

/**
 * Where an award stands, in the schedule the writer gives each call's awards: unsigned or signed and unpaid (awarded),
 * the first tranche paid, a report received, sent back for changes, overdue, or everything done (closed).
 */
export type AwardStory = 'unsigned' | 'signed' | 'paid-1' | 'r1-received' | 'r1-overdue' | 'r2-received' | 'r2-overdue' | 'override' | 'closed';

export interface SampleApplication {
  key: string;
  call: SampleCallKey;
  /** A community of the sample network, an applicant community (sample-grants-data.ts), or 'mabwe' (from the Africa facilitator). */
  community: string;
  /** The support request of the sample network it answers (the bridging call's targets). */
  request?: string;
  title: string;
  by: SampleMember;
  channel: IntakeChannel;
  receivedDaysAgo: number;
  language: string;
  text: string;
  /** In English, beside the original. */
  translation?: string;
  letter: 'en' | 'es' | 'fr' | 'pt';
  /** Description, amount, currency: each line converted at the rate recorded in SAMPLE_RATES. */
  budget: [string, number, string][];
  outcome: ApplicationState;
  /** The screening note; with `unmet`, the checklist item screening found not met. */
  note?: string;
  unmet?: string;
  late?: string;
  intermediary?: string;
  contact?: ApplicantContact;
  /** Approved for less than requested. */
  approved?: number;
  rationale?: string;
  story?: AwardStory;
}

/** US dollars for one unit of each currency, as the secretariat recorded them when the budgets were entered. */
export const SAMPLE_RATES: Readonly<Record<string, number>> = {
  USD: 1, COP: 0.00025, BRL: 0.185, PEN: 0.27, HNL: 0.038, KES: 0.00775, TZS: 0.0004, UGX: 0.000274, XOF: 0.00167,
  GNF: 0.000116, NGN: 0.000645, MZN: 0.0156, ZMW: 0.036, PHP: 0.0172, IDR: 0.0000613, LAK: 0.000046, BDT: 0.0082, KHR: 0.00025,
};

const phone = (value: string, note: string): ApplicantContact => ({ type: 'phone', value, note });
const whatsapp = (value: string, note: string): ApplicantContact => ({ type: 'whatsapp', value, note });

export const SAMPLE_APPLICATIONS: SampleApplication[] = [
  // Territory defence fund (Latin America, open call, decided eight months ago).
  {
    key: 'territory-sanisidro', call: 'territory', community: 'sanisidro', title: 'Monitoreo comunitario del agua del Alto Tinto', by: 'secretariat', channel: 'phone', receivedDaysAgo: 318,
    language: 'es', text: 'Queremos formar a ocho jóvenes para medir cada mes la turbiedad y el caudal del río en cuatro puntos, y presentar los datos al banco antes del segundo desembolso.',
    translation: 'We want to train eight young people to measure the river’s turbidity and flow at four points every month, and present the data to the bank before the second disbursement.',
    letter: 'es', budget: [['Kits de medición y reactivos', 52_000, 'HNL'], ['Transporte y alimentación de los monitores', 38_000, 'HNL'], ['Taller con un hidrólogo', 800, 'USD']],
    outcome: 'closed', rationale: 'Community-led monitoring tied to a disbursement date; modest, clear budget.', story: 'closed',
    contact: whatsapp('+000 504 3301 2210', 'Secretary of the water board'),
  },
  {
    key: 'territory-yurumi', call: 'territory', community: 'yurumi', title: 'Asamblea del resguardo y asesoría para la queja ante el banco', by: 'secretariat', channel: 'in_person', receivedDaysAgo: 315,
    language: 'es', text: 'El cabildo pide apoyo para reunir a las once comunidades del resguardo en asamblea y pagar la asesoría de una abogada durante la admisión de la queja.',
    translation: 'The council asks for support to gather the reserve’s eleven communities in assembly and pay a lawyer’s advice while the complaint is being admitted.',
    letter: 'es', budget: [['Asamblea general (transporte, alimentación)', 9_200_000, 'COP'], ['Honorarios de la abogada', 6_800_000, 'COP']],
    outcome: 'closed', rationale: 'Decided in assembly; the complaint is at a decisive stage.', story: 'closed',
  },
  {
    key: 'territory-jacare', call: 'territory', community: 'jacare', title: 'Mapeamento do território titulado do quilombo', by: 'secretariat', channel: 'voice_note', receivedDaysAgo: 310,
    language: 'pt', text: 'Somos a associação do quilombo Vale do Jacaré. Queremos fazer o mapa do nosso território titulado, com GPS e com os mais velhos, para mostrar ao banco por onde a linha de transmissão vai passar.',
    translation: 'We are the Vale do Jacaré quilombo association. We want to map our titled territory, with GPS and with the elders, to show the bank where the transmission line would cross it.',
    letter: 'pt', budget: [['Aparelhos de GPS e baterias', 6_500, 'BRL'], ['Oficinas de mapeamento com os mais velhos', 9_000, 'BRL'], ['Impressão dos mapas', 3_200, 'BRL']],
    outcome: 'reporting', rationale: 'Strong evidence for the bank’s review of the route; the elders lead it.', story: 'r2-overdue',
  },
  {
    key: 'territory-huaylla', call: 'territory', community: 'huaylla', title: 'Escuela de formación del comité de agua', by: 'secretariat', channel: 'paper', receivedDaysAgo: 306,
    language: 'es', text: 'La comunidad pide una escuela de seis sesiones para el nuevo comité de agua: derechos, vigilancia de los manantiales y cómo hablar con la empresa.',
    translation: 'The community asks for a six-session school for its new water committee: rights, watching over the springs, and how to talk to the company.',
    letter: 'es', budget: [['Facilitadora (seis sesiones)', 4_200, 'PEN'], ['Materiales y refrigerios', 2_600, 'PEN']],
    outcome: 'waitlisted', rationale: 'Good and cheap, but less urgent than the others; first on the list if funds come back.',
  },
  {
    key: 'territory-guabal', call: 'territory', community: 'guabal', title: 'Queja ante el mecanismo independiente por la titulación colectiva', by: 'secretariat', channel: 'email', receivedDaysAgo: 301,
    language: 'es', text: 'El consejo comunitario presentará una queja ante el mecanismo independiente del banco porque el puerto fluvial ocupa tierras en trámite de titulación colectiva. Pedimos apoyo para la traducción y dos viajes a Bogotá.',
    translation: 'The community council will file a complaint with the bank’s independent mechanism because the river port occupies land under collective titling. We ask for support for translation and two trips to Bogotá.',
    letter: 'es', budget: [['Traducción de la queja al inglés', 3_400_000, 'COP'], ['Dos viajes a Bogotá (cuatro personas)', 9_600_000, 'COP'], ['Reuniones de preparación', 2_500_000, 'COP']],
    outcome: 'reporting', rationale: 'A clear route to a remedy, led by the council.', story: 'r2-received',
  },
  {
    key: 'territory-cerroazul', call: 'territory', community: 'cerroazul', title: 'Radio comunitaria lenca para la consulta', by: 'secretariat', channel: 'phone', receivedDaysAgo: 299,
    language: 'es', text: 'Queremos un transmisor para la radio comunitaria, para que las aldeas escuchen en lenca y español lo que se decide sobre la represa.',
    translation: 'We want a transmitter for the community radio, so the villages hear in Lenca and Spanish what is decided about the dam.',
    letter: 'es', budget: [['Transmisor y antena', 3_900, 'USD'], ['Instalación', 22_000, 'HNL']],
    note: 'The first budget came to US$7,400 with a studio; the community kept the transmitter only, and the facilitator entered that budget.',
    outcome: 'declined', rationale: 'Equipment outside the call’s purpose; referred to a community media fund.',
  },
  {
    key: 'territory-santaluzia', call: 'territory', community: 'santaluzia', title: 'Oficinas sobre direitos e licenciamento ambiental', by: 'secretariat', channel: 'messaging', receivedDaysAgo: 297,
    language: 'pt', text: 'A comunidade pede apoio para três oficinas sobre direitos e licenciamento ambiental, com um advogado popular, antes da audiência pública da hidrovia.',
    translation: 'The community asks for support for three workshops on rights and environmental licensing, with a people’s lawyer, before the public hearing on the waterway.',
    letter: 'pt', budget: [['Três oficinas (barco, alimentação)', 11_000, 'BRL'], ['Advogado popular', 6_000, 'BRL']],
    outcome: 'closed', rationale: 'Timed to the public hearing; good use of a small amount.', story: 'closed',
    contact: whatsapp('+000 55 9 8100 4477', 'Community president; messages only'),
  },
  {
    key: 'territory-bahia', call: 'territory', community: 'bahia', title: 'Registro del daño al manglar por la ampliación del puerto', by: 'secretariat', channel: 'paper', receivedDaysAgo: 289,
    language: 'es', text: 'Las recolectoras queremos registrar con fotos, mapas y un cuaderno diario cómo el relleno del puerto destruye el manglar donde trabajamos.',
    translation: 'We shell collectors want to record, with photos, maps and a daily notebook, how the port’s landfill destroys the mangrove we work in.',
    letter: 'es', budget: [['Teléfonos y cámaras resistentes al agua', 1_900, 'USD'], ['Talleres de registro', 1_400, 'USD'], ['Lanchas para los recorridos', 1_100, 'USD']],
    late: 'Posted by registered mail five days before the deadline (the postmark is on file); it arrived three days after it.',
    outcome: 'reporting', rationale: 'Women-led evidence work; the hearing on the port is this year.', story: 'override',
  },
  {
    key: 'territory-llaqta', call: 'territory', community: 'llaqta', title: 'Traducción al quechua del estudio de impacto ambiental', by: 'secretariat', channel: 'voice_note', receivedDaysAgo: 296,
    language: 'es', text: 'Pedimos que el resumen del estudio de impacto ambiental se traduzca al quechua y se lea en las asambleas. La municipalidad distrital administraría el dinero.',
    translation: 'We ask that the summary of the environmental impact study be translated into Quechua and read in the assemblies. The district municipality would manage the money.',
    letter: 'es', budget: [['Traducción y grabación', 5_600, 'PEN'], ['Asambleas', 3_000, 'PEN']],
    unmet: 'no-party', note: 'The funds would be managed by the district municipality. Told the community it can apply again through its own assembly.',
    outcome: 'ineligible',
  },
  {
    key: 'territory-yurumi-youth', call: 'territory', community: 'yurumi', title: 'Guardia indígena juvenil: formación y equipos', by: 'secretariat', channel: 'in_person', receivedDaysAgo: 294,
    language: 'es', text: 'Los jóvenes de la guardia indígena piden formación en primeros auxilios y radios para recorrer el territorio.',
    translation: 'The young members of the indigenous guard ask for first-aid training and radios to patrol the territory.',
    letter: 'es', budget: [['Radios portátiles', 2_300, 'USD'], ['Formación en primeros auxilios', 4_000_000, 'COP']],
    outcome: 'declined', rationale: 'Worthwhile, but the council’s own application comes first; suggested a security fund.',
  },
  {
    key: 'territory-jacare-women', call: 'territory', community: 'jacare', title: 'Feira e assembleia das mulheres quilombolas', by: 'secretariat', channel: 'voice_note', receivedDaysAgo: 300,
    language: 'pt', text: 'As mulheres do quilombo querem realizar uma feira e uma assembleia para discutir a linha de transmissão e preparar a nossa carta ao banco.',
    translation: 'The women of the quilombo want to hold a fair and an assembly to discuss the transmission line and prepare our letter to the bank.',
    letter: 'pt', budget: [['Feira e assembleia', 9_500, 'BRL'], ['Transporte das comunidades vizinhas', 4_000, 'BRL']],
    outcome: 'closed', approved: 2200, rationale: 'Approved without the fair’s stalls, which the association covers itself.', story: 'closed',
  },
  {
    key: 'territory-sanisidro-legal', call: 'territory', community: 'sanisidro', title: 'Asesoría legal para el amparo sobre el agua', by: 'secretariat', channel: 'email', receivedDaysAgo: 295,
    language: 'es', text: 'La junta de agua necesita asesoría legal para presentar un recurso de amparo: la represa dejaría sin agua potable a 300 familias.',
    translation: 'The water board needs legal advice to file a constitutional claim: the dam would leave 300 families without drinking water.',
    letter: 'es', budget: [['Honorarios legales', 3_500, 'USD'], ['Peritaje del caudal', 30_000, 'HNL']],
    outcome: 'reporting', rationale: 'Drinking water at stake; the claim has a deadline.', story: 'r2-overdue',
  },
  // Bridging grants (targeted to four support requests, decided three months ago).
  {
    key: 'bridging-lusanga', call: 'bridging', community: 'lusanga', request: 'lusanga-courts', title: 'Legal advice on the grazing land taken for the sugar estate', by: 'africa', channel: 'phone', receivedDaysAgo: 116,
    language: 'sw', text: 'Baraza la wafugaji wa bonde la Lusanga linaomba msaada wa kumlipa wakili atakayetushauri kuhusu uchukuaji wa ardhi yetu ya malisho, na kusafiri hadi Dodoma kukutana na benki.',
    translation: 'The Lusanga valley pastoralists’ council asks for support to pay a lawyer to advise us on the taking of our grazing land, and to travel to Dodoma to meet the bank.',
    letter: 'en', budget: [['Wakili (ushauri, siku 6)', 3_600_000, 'TZS'], ['Safari ya Dodoma', 2_400_000, 'TZS']],
    outcome: 'reporting', rationale: 'The collaboration is paused while the clans consult; this keeps the legal advice going.', story: 'r1-overdue',
    contact: phone('+000 255 7120 4410', 'Council chair; calls after 6 pm'),
  },
  {
    key: 'bridging-nkome', call: 'bridging', community: 'nkome', request: 'nkome-finance', title: 'Paid research on the estate’s financiers', by: 'africa', channel: 'email', receivedDaysAgo: 112,
    language: 'en', text: 'No volunteer researcher was found. We ask for a small fee for a researcher to map the estate’s financiers and their safeguard commitments, with us.',
    letter: 'en', budget: [['Researcher’s fee (12 days)', 1_800, 'USD'], ['Meeting to present the findings', 1_500_000, 'UGX']],
    outcome: 'closed', rationale: 'Fills exactly the gap the declined collaboration left.', story: 'closed',
  },
  {
    key: 'bridging-yurumi', call: 'bridging', community: 'yurumi', request: 'yurumi-courts', title: 'Viajes de los voceros para la queja', by: 'secretariat', channel: 'messaging', receivedDaysAgo: 110,
    language: 'es', text: 'Pedimos pasajes para que dos voceros acompañen la visita del mecanismo al territorio.',
    translation: 'We ask for fares so that two spokespeople can accompany the mechanism’s visit to the territory.',
    letter: 'es', budget: [['Pasajes y estadía de dos voceros', 5_200_000, 'COP']],
    outcome: 'declined', rationale: 'The mechanism pays the travel of the visit itself; nothing left to bridge.',
  },
  {
    key: 'bridging-huaylla', call: 'bridging', community: 'huaylla', request: 'huaylla-organizing', title: 'Formación del comité de agua', by: 'secretariat', channel: 'paper', receivedDaysAgo: 107,
    language: 'es', text: 'Volvemos a pedir la formación del comité de agua, ahora con un plan de vigilancia de los manantiales frente a la nueva carretera.',
    translation: 'We ask again for the water committee’s training, now with a plan to watch over the springs along the new road.',
    letter: 'es', budget: [['Facilitadora y materiales', 5_900, 'PEN'], ['Recorridos a los manantiales', 1_400, 'PEN']],
    outcome: 'reporting', rationale: 'Waitlisted in the territory call; the road makes it urgent now.', story: 'r1-received',
  },
  // Rivers and ancestral lands (targeted to six Asian communities, decided six weeks ago).
  {
    key: 'rivers-lamphan', call: 'rivers', community: 'lamphan', title: 'Independent review of the fisheries baseline', by: 'asia', channel: 'in_person', receivedDaysAgo: 84,
    language: 'en', text: 'Written by the fisherfolk committee with a teacher’s help. We ask for an independent fisheries expert to check the dam’s baseline study against our own catch records from eleven villages.',
    letter: 'en', budget: [['Fisheries expert (10 days)', 2_600, 'USD'], ['Village meetings to collect catch records', 33_000_000, 'LAK']],
    outcome: 'reporting', rationale: 'Evidence the bank has asked for; the committee already keeps the records.', story: 'paid-1',
  },
  {
    key: 'rivers-bansok', call: 'rivers', community: 'bansok', title: 'Protection measures for threatened leaders', by: 'asia', channel: 'in_person', receivedDaysAgo: 80,
    language: 'en', text: 'Told to the facilitator in Lao through an interpreter. Three leaders were threatened after the village meeting; they need safe phones, a place to stay in town, and a lawyer on call.',
    letter: 'en', budget: [['Safe phones and data', 900, 'USD'], ['Safe accommodation (3 months)', 41_000_000, 'LAK'], ['Lawyer on call', 1_200, 'USD']],
    intermediary: 'Mekong Rights Support Group (fictional)', outcome: 'awarded', rationale: 'Urgent protection; paid through an ally organisation as the leaders asked.', story: 'unsigned',
  },
  {
    key: 'rivers-dulangan', call: 'rivers', community: 'dulangan', title: 'Independent review of the mine expansion EIA', by: 'asia', channel: 'voice_note', receivedDaysAgo: 78,
    language: 'tl', text: 'Hinihiling ng aming konseho ng mga nakatatanda ang pondo para sa isang independiyenteng pagsusuri ng pag-aaral sa epekto sa kapaligiran ng pagpapalawak ng minahan, bago ang pampublikong pagdinig.',
    translation: 'Our council of elders asks for funds for an independent review of the mine expansion’s environmental impact study, before the public hearing.',
    letter: 'en', budget: [['Hydrogeologist’s review', 150_000, 'PHP'], ['Community presentation of the review', 45_000, 'PHP']],
    outcome: 'awarded', rationale: 'Exactly what the request asked for, before the hearing.', story: 'signed',
  },
  {
    key: 'rivers-tanjung', call: 'rivers', community: 'tanjung', title: 'Documenting the dredging damage', by: 'asia', channel: 'messaging', receivedDaysAgo: 75,
    language: 'id', text: 'Koperasi nelayan perempuan Tanjung Biru meminta dana untuk mendokumentasikan kerusakan wilayah tangkap akibat pengerukan, dengan foto, video dan catatan hasil tangkapan harian.',
    translation: 'The Tanjung Biru women fishers’ cooperative asks for funds to document the damage to fishing grounds from dredging, with photos, video and daily catch records.',
    letter: 'en', budget: [['Cameras and boat fuel', 38_000_000, 'IDR'], ['Training on recording evidence', 22_000_000, 'IDR']],
    outcome: 'approved', rationale: 'Supports the complaint the cooperative is preparing.',
  },
  {
    key: 'rivers-lumot', call: 'rivers', community: 'lumot', title: 'Forest watch equipment', by: 'asia', channel: 'paper', receivedDaysAgo: 73,
    language: 'tl', text: 'Gusto naming bumili ng mga kamera at drone para bantayan ang kagubatan sa itaas ng aming barangay.',
    translation: 'We want to buy cameras and a drone to watch over the forest above our barangay.',
    letter: 'en', budget: [['Drone and cameras', 160_000, 'PHP']],
    outcome: 'declined', rationale: 'Equipment only: no plan for who uses it or how the footage is kept safe. Invited to the evidence call.',
  },
  {
    key: 'rivers-airmerah', call: 'rivers', community: 'airmerah', title: 'Residents’ meeting and legal support on compensation', by: 'asia', channel: 'phone', receivedDaysAgo: 67,
    language: 'id', text: 'Kami meminta bantuan untuk pertemuan warga dari tujuh kampung dan untuk pendampingan hukum tentang ganti rugi lahan.',
    translation: 'We ask for help for a meeting of residents from seven villages and for legal support on land compensation.',
    letter: 'en', budget: [['Meeting of seven villages', 30_000_000, 'IDR'], ['Legal support', 1_500, 'USD']],
    late: 'The boat to the district town runs twice a week; the committee phoned the morning after the deadline.',
    outcome: 'waitlisted', rationale: 'Sound, but the compensation talks are months away.',
  },
  // Community evidence and monitoring (Africa and Asia, open call, closed two weeks ago and under review).
  {
    key: 'evidence-samou', call: 'evidence', community: 'samou', title: 'Documenter les expulsions le long du chemin de fer', by: 'africa', channel: 'phone', receivedDaysAgo: 48,
    language: 'fr', text: 'Nos responsables ont été détenus après la manifestation. Nous voulons documenter les expulsions le long du tracé, maison par maison, avec photos et témoignages, pour la plainte auprès de la banque.',
    translation: 'Our leaders were detained after the protest. We want to document the evictions along the route, house by house, with photos and testimonies, for the complaint to the bank.',
    letter: 'fr', budget: [['Enquêteurs communautaires (20 jours)', 1_200_000, 'GNF'], ['Téléphones et stockage chiffré', 1_100, 'USD'], ['Avocat pour les témoignages', 13_000_000, 'GNF']],
    intermediary: 'Association guinéenne d’appui juridique (fictional)', outcome: 'in_review',
  },
  {
    key: 'evidence-sokala', call: 'evidence', community: 'sokala', title: 'Analyses de l’eau des puits et registre des maladies', by: 'africa', channel: 'paper', receivedDaysAgo: 45,
    language: 'fr', text: 'Le collectif veut faire analyser l’eau des puits et des parcelles près de la nouvelle centrale, et former six femmes à tenir un registre des maladies.',
    translation: 'The collective wants the water of the wells and plots near the new power plant tested, and six women trained to keep a register of illnesses.',
    letter: 'fr', budget: [['Analyses de laboratoire', 1_400_000, 'XOF'], ['Formation de six femmes', 650_000, 'XOF']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-benia', call: 'evidence', community: 'benia', title: 'Analyses de l’eau et du poisson de la lagune', by: 'africa', channel: 'voice_note', receivedDaysAgo: 41,
    language: 'fr', text: 'Message vocal du chef du village : la lagune est polluée depuis le dragage du port. Nous voulons des analyses de l’eau et du poisson faites par un laboratoire indépendant.',
    translation: 'Voice note from the village chief: the lagoon has been polluted since the port was dredged. We want the water and the fish tested by an independent laboratory.',
    letter: 'fr', budget: [['Laboratoire indépendant', 1_700_000, 'XOF'], ['Prélèvements et transport', 500_000, 'XOF']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-mabwe', call: 'evidence', community: 'mabwe', title: 'Monitores da água a jusante da plantação', by: 'africa', channel: 'in_person', receivedDaysAgo: 20,
    language: 'pt', text: 'Os acampamentos de pesca do rio Mabwe pedem apoio para formar monitores que testem a água a jusante da plantação de açúcar planeada, e para enviar as amostras a um laboratório em Maputo.',
    translation: 'The Mabwe river fishing camps ask for support to train monitors to test the water downstream of the planned sugar estate, and to send the samples to a laboratory in Maputo.',
    letter: 'pt', budget: [['Formação de monitores', 95_000, 'MZN'], ['Análises em Maputo', 120_000, 'MZN']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-mwembe', call: 'evidence', community: 'mwembe', title: 'Monthly water testing of the Mwembe river', by: 'africa', channel: 'phone', receivedDaysAgo: 38,
    language: 'sw', text: 'Chama chetu kinataka kupima maji ya mto Mwembe kila mwezi kwa mwaka mmoja, kwa sababu ng’ombe wanaugua tangu mradi wa umwagiliaji uanze kumwaga maji machafu.',
    translation: 'Our association wants to test the water of the Mwembe river every month for a year, because the cattle have been falling sick since the irrigation scheme began discharging dirty water.',
    letter: 'en', budget: [['Water tests (12 months)', 420_000, 'KES'], ['Monitors’ transport', 220_000, 'KES']],
    note: 'The first budget came to KES 812,000 (US$6,293 at the recorded rate), over the ceiling; the association dropped the second borehole test and this trimmed budget was entered.',
    outcome: 'in_review', contact: phone('+000 254 7220 1188', 'Association treasurer'),
  },
  {
    key: 'evidence-lusanga', call: 'evidence', community: 'lusanga', title: 'Mapping livestock routes and closed water sources', by: 'africa', channel: 'phone', receivedDaysAgo: 30,
    language: 'sw', text: 'Tunaomba fedha za kuchora ramani ya njia za mifugo na vyanzo vya maji vilivyozibwa na uzio wa shamba la miwa.',
    translation: 'We ask for funds to map the livestock routes and the water sources closed off by the sugar estate’s fence.',
    letter: 'en', budget: [['GPS mapping with herders', 4_000_000, 'TZS'], ['Printing and meetings', 2_000_000, 'TZS']],
    outcome: 'eligible',
  },
  {
    key: 'evidence-nkome', call: 'evidence', community: 'nkome', title: 'Wetland drainage photo record', by: 'africa', channel: 'form', receivedDaysAgo: 35,
    language: 'en', text: 'Farmers will photograph the same twenty points of the wetland every month and keep a record of the water level, to show the drainage downstream of the estate.',
    letter: 'en', budget: [['Phones and solar chargers', 1_300, 'USD'], ['Monitors’ allowances', 4_000_000, 'UGX']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-ebute', call: 'evidence', community: 'ebute', title: 'Creek dredging evidence', by: 'africa', channel: 'email', receivedDaysAgo: 33,
    language: 'en', text: 'We want to film the dredging of the creek and test the sediment for heavy metals.',
    letter: 'en', budget: [['Sediment tests', 2_100_000, 'NGN'], ['Filming', 900, 'USD']],
    unmet: 'facing-project', note: 'The dredging is by a private contractor; no public financier was found yet. To apply again if the financial research finds one.',
    outcome: 'ineligible',
  },
  {
    key: 'evidence-lamphan', call: 'evidence', community: 'lamphan', title: 'Fish catch and water quality diary', by: 'asia', channel: 'in_person', receivedDaysAgo: 44,
    language: 'en', text: 'The committee will extend its catch records to water quality at the eleven villages, with simple test kits, and share them with the fisheries expert.',
    letter: 'en', budget: [['Test kits', 1_500, 'USD'], ['Village recorders', 40_000_000, 'LAK']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-dulangan', call: 'evidence', community: 'dulangan', title: 'Community water monitors below the mine', by: 'asia', channel: 'voice_note', receivedDaysAgo: 40,
    language: 'tl', text: 'Magsasanay kami ng sampung tagabantay mula sa mga barangay para kumuha ng sampol ng tubig sa ilog sa ibaba ng minahan at itala ang mga pagbabago.',
    translation: 'We will train ten monitors from the barangays to take water samples from the river below the mine and record the changes.',
    letter: 'en', budget: [['Training of ten monitors', 90_000, 'PHP'], ['Laboratory tests', 110_000, 'PHP']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-tanjung', call: 'evidence', community: 'tanjung', title: 'Coal dust at the jetty and the school', by: 'asia', channel: 'messaging', receivedDaysAgo: 27,
    language: 'id', text: 'Kami ingin melatih anggota koperasi mengukur debu batu bara di dermaga dan di sekolah dasar terdekat.',
    translation: 'We want to train cooperative members to measure coal dust at the jetty and at the nearest primary school.',
    letter: 'en', budget: [['Dust monitors', 45_000_000, 'IDR'], ['Training', 15_000_000, 'IDR']],
    outcome: 'eligible',
  },
  {
    key: 'evidence-lumot', call: 'evidence', community: 'lumot', title: 'Recording cracks and dry wells near the quarry', by: 'asia', channel: 'voice_note', receivedDaysAgo: 12,
    language: 'tl', text: 'Ipinadala namin ito sa pamamagitan ng voice message. Nais naming itala ang mga bitak sa mga bahay at ang pagkatuyo ng mga balon mula nang magsimula ang pagpapasabog sa quarry.',
    translation: 'We sent this by voice message. We want to record the cracks in the houses and the wells drying up since blasting began at the quarry.',
    letter: 'en', budget: [['Survey of houses and wells', 120_000, 'PHP'], ['Engineer’s visit', 60_000, 'PHP']],
    late: 'Recorded on the closing day in the market town; the facilitator had no signal at the camp and could only receive and transcribe it two days later.',
    outcome: 'received',
  },
  {
    key: 'evidence-airmerah', call: 'evidence', community: 'airmerah', title: 'Mapping flooded gardens and springs', by: 'asia', channel: 'phone', receivedDaysAgo: 36,
    language: 'id', text: 'Warga akan memetakan kebun dan sumber air yang tergenang sejak bendungan kecil di hulu dibangun.',
    translation: 'Residents will map the gardens and water sources flooded since the small dam upstream was built.',
    letter: 'en', budget: [['Mapping', 40_000_000, 'IDR'], ['Village meetings', 18_000_000, 'IDR']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-charkukri', call: 'evidence', community: 'charkukri', title: 'Erosion and salinity record of the char', by: 'asia', channel: 'paper', receivedDaysAgo: 16,
    language: 'en', text: 'Written by the school teacher for the fishing hamlets. We will measure the salinity of the ponds and photograph the riverbank erosion since the embankment works began.',
    letter: 'en', budget: [['Salinity meters', 95_000, 'BDT'], ['Monitors and boat hire', 180_000, 'BDT']],
    outcome: 'received',
  },
  {
    key: 'evidence-bansok', call: 'evidence', community: 'bansok', title: 'Flood-line markers for the reservoir', by: 'asia', channel: 'in_person', receivedDaysAgo: 42,
    language: 'en', text: 'Told to the facilitator in Lao through an interpreter. The farmers will mark the flood line on their fields and photograph it each season.',
    letter: 'en', budget: [['Markers and survey', 50_000_000, 'LAK'], ['Cameras', 600, 'USD']],
    outcome: 'in_review',
  },
  {
    key: 'evidence-kafue', call: 'evidence', community: 'kafue', title: 'Fish kill reporting network', by: 'africa', channel: 'form', receivedDaysAgo: 18,
    language: 'en', text: 'We will set up a phone tree so that every fish kill on the flats is photographed and reported the same day.',
    letter: 'en', budget: [['Phones and airtime', 40_000, 'ZMW'], ['Training days', 28_000, 'ZMW']],
    outcome: 'received',
  },
  {
    key: 'evidence-kanteni', call: 'evidence', community: 'kanteni', title: 'Clôture des champs', by: 'africa', channel: 'phone', receivedDaysAgo: 29,
    language: 'fr', text: 'Ma famille demande une aide pour clôturer nos champs contre le bétail de la société minière.',
    translation: 'My family asks for help to fence our fields against the mining company’s cattle.',
    letter: 'fr', budget: [['Grillage et poteaux', 1_900_000, 'XOF']],
    unmet: 'assembly-endorsed', note: 'A request from one family, not discussed in the village assembly. Suggested the family raise it with the village council first.',
    outcome: 'ineligible',
  },
  {
    key: 'evidence-tonle', call: 'evidence', community: 'tonle', title: 'Water level and fish diary of the floating villages', by: 'asia', channel: 'messaging', receivedDaysAgo: 24,
    language: 'en', text: 'Sent in English by the village youth group. Ten households will keep a daily diary of water levels and catch, to compare with the dam operator’s releases.',
    letter: 'en', budget: [['Diaries, gauges and phones', 8_000_000, 'KHR'], ['Youth group allowances', 6_000_000, 'KHR']],
    outcome: 'eligible',
  },
];
